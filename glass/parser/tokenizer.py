"""The tokenizer: program text to the tokens the parser reads, as CPython 3.11 makes them.

Counterpart: Parser/tokenizer.c (tok_get and the helpers it calls), with the
error reporting that Parser/pegen_errors.c does for it (_Pypegen_tokenizer_error).

How to read this file
---------------------
`Tokenizer.get()` is tok_get: each call returns the next token.  It runs the
same steps, in the same order, as the C function:

1. At the beginning of a line, measure its indentation and compare it with
   the indentation stack (`_indentation`); that queues INDENT and DEDENT
   tokens, or fails with TabError / IndentationError.
2. Skip blanks; skip a comment (unless it is a `# type:` comment).
3. At the end of the input: ENDMARKER.
4. A letter, '_' or any non-ASCII character starts a name (`_identifier`),
   or, if the name is a string prefix followed by a quote, a string.
5. A newline ends a logical line: NEWLINE, unless the line was blank or we
   are inside brackets (implicit line joining).
6. A digit, or '.' before a digit, starts a number (`_number`).
7. A quote starts a string (`_string`); f-strings are strings too in 3.11.
8. A backslash before a newline joins two lines (`_continuation`).
9. Anything else is an operator (`_operator`), and brackets are counted.

Each step raises the SyntaxError CPython raises, with the same message,
line, offset and end.  Reading the source bytes (encoding cookies, the BOM)
happens before, in source.py; Lib/tokenize.py's different stream (COMMENT
and NL tokens, ERRORTOKEN instead of errors) is a subclass in
tokenize_compat.py.

Positions
---------
Lines count from 1, columns from 0, in characters.  In parser mode (the
default) tokens are what pegen's Token holds: INDENT, DEDENT, ENDMARKER and
the ERRORTOKEN of an error have column -1; a NEWLINE token is empty and
starts and ends at the newline, except after a comment, which it then spans
(tok->start still points at the '#').  CPython counts columns in UTF-8
bytes; the parser converts where the AST needs bytes.  With
`extra_tokens=True` tokens are those of Lib/tokenize.py instead.
"""
from __future__ import annotations

import re
import sys
from collections import namedtuple

from glass.parser import source
from glass.parser.token import (
    ASYNC, AWAIT, COMMENT, DEDENT, DOT, ELLIPSIS, ENDMARKER, ERRORTOKEN,
    EXACT_TOKEN_TYPES, INDENT, NAME, NEWLINE, NL, NOTEQUAL, NUMBER, OP, STRING,
    TYPE_COMMENT, TYPE_IGNORE, tok_name)

TABSIZE = 8         # "Don't ever change this -- it would break the portability of Python code"
ALTTABSIZE = 1      # the second measure, used only to detect inconsistent tabs
MAXINDENT = 100     # indentation levels (Parser/tokenizer.h)
MAXLEVEL = 200      # nested brackets (Parser/tokenizer.h)

# tok->done: why the tokenizer stopped.  Only E_OK and E_EOF are not errors.
E_OK = "E_OK"
E_EOF = "E_EOF"             # end of input
E_ERROR = "E_ERROR"         # a SyntaxError was raised (syntaxerror())
E_DECODE = "E_DECODE"       # bytes that are not UTF-8 inside an identifier
E_TABSPACE = "E_TABSPACE"   # inconsistent tabs and spaces
E_DEDENT = "E_DEDENT"       # dedent to a column not on the indentation stack
E_TOODEEP = "E_TOODEEP"     # more than MAXINDENT levels
E_LINECONT = "E_LINECONT"   # something after a line-continuation backslash


class Token(namedtuple("Token", "type string start end line")):
    """One token: `type` (a number from token.py), `string` (its source text),
    `start` and `end` ((line, column) pairs), and `line` (the physical line
    or lines it lies on).  The same shape as Lib/tokenize.py's TokenInfo.

    In parser mode `type` is already exact (LPAR, not OP), as the C tokenizer
    hands it to pegen; `exact_type` gives the exact type in both modes.
    """
    __slots__ = ()

    @property
    def exact_type(self):
        if self.type == OP:
            return EXACT_TOKEN_TYPES.get(self.string, OP)
        return self.type

    def __repr__(self):
        return "Token(%s, %r, %r, %r)" % (
            tok_name.get(self.type, self.type), self.string, self.start, self.end)


# --- Character classes and scanners ------------------------------------------
# Parser/tokenizer.c tests characters one at a time; Glass lets small regular
# expressions scan the runs (digits, name characters, string bodies), which is
# the same test and far faster in Python.

_BLANKS = re.compile(r"[ \t\f]*")
_COMMENT = re.compile(r"#[^\r\n]*")
_TYPE_COMMENT_PREFIX = re.compile(r"#[ \t]*type:[ \t]*")    # "# type: ", a blank = [ \t]*
# is_potential_identifier_char: ASCII letters, digits, '_' and every
# non-ASCII character; which of those may really be in a name is decided
# afterwards (verify_identifier).
_NAME_RUN = re.compile("[0-9A-Za-z_\u0080-\U0010ffff]*")
_IDENTIFIER_START = frozenset(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_")
_IDENTIFIER_CHAR = _IDENTIFIER_START | frozenset("0123456789")
_DIGITS = frozenset("0123456789")
_DIGIT_RUN = re.compile(r"[0-9]*")
_HEX_DIGITS = frozenset("0123456789abcdefABCDEF")
_HEX_RUN = re.compile(r"[0-9a-fA-F]*")
_OCT_DIGITS = frozenset("01234567")
_OCT_RUN = re.compile(r"[0-7]*")
_BIN_DIGITS = frozenset("01")
_BIN_RUN = re.compile(r"[01]*")
_QUOTES = frozenset("'\"")
# Valid string prefixes: any case, any order, of '', b, r, u, f, br, fr.
STRING_PREFIXES = frozenset(
    ["", "b", "r", "u", "f", "br", "rb", "fr", "rf"])

# String bodies, up to the closing quote or to where the string cannot go on.
# A backslash escapes any character, a newline included.  ('\\\r\n' is listed
# for Lib/tokenize.py, which keeps '\r' in its lines; the parser never sees '\r'.)
_SINGLE_BODY = {
    "'": re.compile(r"(?:[^'\\\n]+|\\\r\n|\\.)*", re.S),
    '"': re.compile(r'(?:[^"\\\n]+|\\\r\n|\\.)*', re.S),
}
_TRIPLE_BODY = {
    "'": re.compile(r"(?:[^'\\]+|\\.|'(?!''))*", re.S),
    '"': re.compile(r'(?:[^"\\]+|\\.|"(?!""))*', re.S),
}

# PyToken_TwoChars and PyToken_ThreeChars: note '<>', which the C tokenizer
# reads as NOTEQUAL (the parser then rejects it unless `barry_as_FLUFL`).
THREE_CHAR_OPS = {s: t for s, t in EXACT_TOKEN_TYPES.items() if len(s) == 3}
TWO_CHAR_OPS = {s: t for s, t in EXACT_TOKEN_TYPES.items() if len(s) == 2}
TWO_CHAR_OPS["<>"] = NOTEQUAL
ONE_CHAR_OPS = {s: t for s, t in EXACT_TOKEN_TYPES.items() if len(s) == 1}

_CLOSING = {"(": ")", "[": "]", "{": "}"}
_new_tuple = tuple.__new__

# verify_end_of_number: a number directly followed by one of these keywords
# only warns (existing code like `1if x else y` keeps working).
_KEYWORD_TAILS = {"a": "nd", "e": "lse", "f": "or", "o": "r", "n": "ot"}


class Tokenizer:
    """tok_state and tok_get: the tokenizer's state, and `get()` for the next token.

    `text` is the program, already decoded (see source.py).  Options:

    - `filename`: for error messages.
    - `exec_input`: the source is a module (compile(..., 'exec') or a file);
      translate_newlines then makes sure it ends with a newline.
    - `from_file`: the program came from a file; pegen then quotes the
      erroneous physical line in its errors (rather than its buffer).
    - `encoding`: tok->encoding; None when the source was bytes with neither
      BOM nor cookie, in which case pegen reports byte offsets (a 3.11 quirk).
    - `type_comments`: return TYPE_COMMENT and TYPE_IGNORE tokens (PEP 484).
    - `async_hacks`: feature_version < (3, 7): 'async' and 'await' are names
      except around an `async def`.
    - `extra_tokens`: also return COMMENT and NL tokens and give NEWLINE,
      INDENT and DEDENT the strings and positions Lib/tokenize.py gives them.
    - `pending_error`: raised when reading goes past the end of `text`:
      the error for a file's first undecodable line (source.read_file).
    - `bom`: the file began with a UTF-8 BOM (pegen quotes its first line
      with the BOM, which shifts offsets in errors).
    - `warn`: called as warn(category, message, lineno) for SyntaxWarnings
      ("invalid decimal literal" before a keyword); a warning it raises
      becomes a SyntaxError, as in CPython when warnings are errors.
      Without it, warnings collect in `self.warnings`.
    """

    # Lib/tokenize.py tolerates NUL; the C tokenizer refuses it.
    REJECT_NUL = True

    def __init__(self, text, filename="<string>", *, exec_input=True,
                 from_file=False, encoding="utf-8", type_comments=False,
                 async_hacks=False, extra_tokens=False, warn=None,
                 translate_newlines=True, pending_error=None, bom=False):
        # A file's last line may lack its newline; the tokenizer reads one
        # anyway, but pegen quotes the file as it is.
        self.added_newline = exec_input and not text.endswith(("\n", "\r"))
        if translate_newlines:
            text = source.translate_newlines(text, exec_input)
        self.text = text
        self.end = len(text)
        self.filename = filename
        self.from_file = from_file
        self.encoding = encoding
        self.type_comments = type_comments
        self.async_hacks = async_hacks
        self.extra_tokens = extra_tokens
        self.warn = warn
        self.warnings = []
        self.pending_error = pending_error
        self.bom = bom
        # pegen's p->start_rule == Py_file_input (set by the parser): errors
        # then quote the file named `filename` if there is one (program_text).
        self.file_input = False
        # The reading position, as indices into `text` (C keeps pointers).
        self.cur = 0                # tok->cur: next character to read
        self.line_start = 0         # tok->line_start: start of the current line
        self.inp = 0                # tok->inp: end of the current line (past its '\n')
        self.buf = 0                # tok->buf: where the current buffer began
        self.lineno = 0             # tok->lineno: the line `cur` is on
        self.line = ""              # the current physical line
        self.done = E_OK            # tok->done
        # Indentation: tok->indstack, tok->altindstack, tok->pendin, tok->atbol.
        self.indstack = [0]         # columns of the open indentation levels
        self.altindstack = [0]      # the same, counting a tab as one column
        self.pendin = 0             # INDENTs (> 0) or DEDENTs (< 0) to return
        self.atbol = True           # at the beginning of a line
        self.blankline = False      # the current line is blank or a comment
        self.cont_line = False      # the line was joined to the previous one
        # Brackets: tok->level and the stacks of what opened them, and where.
        self.level = 0
        self.parenstack = []
        self.parenlinenostack = []
        self.parencolstack = []
        # Where the last string began (tok->first_lineno, tok->multi_line_start).
        self.first_lineno = 0
        self.multi_line_start = 0
        # async/await as names for feature_version < 3.7 (tok->async_def...).
        self.async_def = False
        self.async_def_indent = 0
        self.async_def_nl = False
        self._nul_at = text.find("\0") if self.REJECT_NUL else -1

    # --- Reading lines --------------------------------------------------------

    def _underflow(self, in_token=False):
        """tok_underflow_string: make the next line current.  False at the end.

        `in_token` says a token (a string, a continuation) spans the line
        break; then tok->buf keeps pointing at the line the token began on,
        which shows in some error offsets and texts.
        """
        if self.inp >= self.end:
            if self.pending_error is not None:
                self.done = E_DECODE     # tok_underflow_file's decoding error
                raise self.pending_error
            self.done = E_EOF
            if self.from_file and not in_token:
                # tok_underflow_file empties its buffer before reading a
                # line outside a token: at the end, cur == buf.
                self.buf = self.cur = self.inp
            return False
        start = self.inp
        newline = self.text.find("\n", start)
        self.inp = self.end if newline < 0 else newline + 1
        self.cur = self.line_start = start
        if not in_token:
            self.buf = start
        self.lineno += 1
        self.line = self.text[start:self.inp]
        if 0 <= self._nul_at < self.inp:
            self._null_bytes_error()
        return True

    def _null_bytes_error(self):
        """tok_nextc: "source code cannot contain null bytes".

        Raised when the line holding the NUL is read, at its start; the text
        stops at the NUL, as a C string does.  Lines read inside a string
        count too, so first make the NUL's line current.
        """
        nul = self._nul_at
        if nul < self.line_start:       # cannot happen: lines are checked on reading
            nul = self.line_start
        self.lineno += self.text.count("\n", self.line_start, nul)
        self.line_start = self.text.rfind("\n", 0, nul) + 1
        newline = self.text.find("\n", nul)
        self.inp = self.end if newline < 0 else newline + 1
        self.cur = self.line_start
        line = self.text[self.line_start:self.inp]
        cut = min(line.find("\0"), len(line.rstrip("\n")))
        self._raise_syntax_error("source code cannot contain null bytes",
                                 text=line[:cut])

    def _advance_lines(self, pos):
        """Make the line containing `pos` current (a token ended there)."""
        if 0 <= self._nul_at < pos:
            self._null_bytes_error()
        # Counted from `cur` (the token's start, on the current line), not
        # from line_start: on a line of 100,000 strings that is the
        # difference between linear and quadratic time.
        count = self.text.count("\n", self.cur, pos)
        if count:
            self.lineno += count
            self.line_start = self.text.rfind("\n", 0, pos) + 1
            newline = self.text.find("\n", pos)
            self.inp = self.end if newline < 0 else newline + 1
            self.line = self.text[self.line_start:self.inp]
            if 0 <= self._nul_at < self.inp:
                self._null_bytes_error()

    def _char(self, i):
        """The character at index i, or '' past the end (C's EOF)."""
        return self.text[i] if i < self.end else ""

    # --- tok_get --------------------------------------------------------------

    def get(self):
        """tok_get: the next token.

        Raises SyntaxError for the errors tokenizer.c raises itself
        (tok->done == E_ERROR).  For the errors it leaves to pegen
        (indentation, a bad continuation, end of input inside brackets) it
        returns an ERRORTOKEN with `done` set, as tokenizer.c does; call
        `done_error()` for the exception pegen makes of it.
        """
        if self.done not in (E_OK, E_EOF):
            return self._error_token()
        text = self.text
        while True:                                     # nextline:
            if self.atbol:
                self.atbol = False
                self.blankline = False
                token = self._indentation()
                if token is not None:
                    return token
            if self.pendin:
                return self._pending_indent()
            if self.async_def:
                self._check_async_def_end()
            while True:                                 # again:
                token = self._get_on_line(text)
                if token is not None:
                    return token
                if self.atbol:
                    break                               # goto nextline
                # else: a line continuation: goto again

    def _get_on_line(self, text):
        """The body of tok_get after `again:`; None means "read on"."""
        # Skip blanks.  (Most tokens have none or one before them, so the
        # regular expression runs only when there is one.)
        start = self.ws_start = self.cur
        c = text[start] if start < self.end else ""
        if c == " " or c == "\t" or c == "\x0c":
            start = self.cur = _BLANKS.match(text, start).end()
            c = text[start] if start < self.end else ""

        if c == "#":
            token = self._comment(start)
            if token is not None:
                return token
            # tok->start stays at the '#': a NEWLINE after a comment starts there.
            return self._after_comment(start)

        if c == "":
            return self._eof(start)

        if c in _IDENTIFIER_START or c >= "\x80":
            return self._identifier(start)

        if c == "\n":
            return self._newline(start, start)

        if c == ".":
            c2 = self._char(start + 1)
            if c2 in _DIGITS:
                return self._number(start)
            if text.startswith("...", start):
                self.cur = start + 3
                return self._token(ELLIPSIS, start, start + 3)
            self.cur = start + 1
            return self._token(DOT, start, start + 1)

        if c in _DIGITS:
            return self._number(start)

        if c in _QUOTES:
            return self._string(start, start)

        if c == "\\":
            return self._continuation(start)

        return self._operator(start, c)

    def _after_comment(self, comment_start):
        """What follows a skipped comment: its newline, or the end of input."""
        end = self.cur
        if end >= self.end:
            return self._eof(end)
        return self._newline(comment_start, end)

    def _token(self, type_, start, end):
        """A token on the current line, from index `start` to `end`."""
        line_start = self.line_start
        lineno = self.lineno
        # Token(...) without namedtuple's keyword-handling __new__: one
        # token per call, so this is among the hottest lines of the parser.
        return _new_tuple(Token, (type_, self.text[start:end],
                                  (lineno, start - line_start),
                                  (lineno, end - line_start), self.line))

    def _error_token(self):
        """The ERRORTOKEN of an error left to pegen: no text, column -1."""
        return Token(ERRORTOKEN, "", (self.lineno, -1), (self.lineno, -1), self.line)

    # --- 1. Indentation ---------------------------------------------------------

    def _indentation(self):
        """The "Get indentation level" block of tok_get.

        Measures the line's leading blanks twice: `col` with tabs to the next
        multiple of 8, `altcol` with tabs as one column.  If the two measures
        disagree about whether the line is indented more, less or the same as
        the enclosing block, the indentation depends on the tab size: TabError.
        Blank and comment-only lines do not count, nor do lines inside brackets.
        A backslash at the start of a line continues it; the column of the
        first such backslash then decides the indentation.
        """
        col = altcol = 0
        cont_line_col = 0
        text = self.text
        if self.cur >= self.inp and not self._underflow():
            c = ""
        else:
            i = self.cur
            blanks_end = _BLANKS.match(text, i).end()
            if text.count(" ", i, blanks_end) == blanks_end - i:
                # Only spaces (the usual case): both measures are their number.
                col = altcol = blanks_end - i
                i = blanks_end
            while True:
                c = text[i] if i < self.end else ""
                if c == " ":
                    col += 1
                    altcol += 1
                elif c == "\t":
                    col = (col // TABSIZE + 1) * TABSIZE
                    altcol = (altcol // ALTTABSIZE + 1) * ALTTABSIZE
                elif c == "\x0c":                  # form feed: "For Emacs users"
                    col = altcol = 0
                elif c == "\\":
                    # tok_continuation_line, at the start of a line.
                    cont_line_col = cont_line_col or col
                    if self._char(i + 1) != "\n":
                        return self._bad_continuation(i)
                    self.cur = i + 2
                    if not self._underflow():
                        self.cur = self.inp
                        return self._error_token()      # done == E_EOF
                    i = self.cur
                    continue
                else:
                    break
                i += 1
            self.cur = i
        if c == "#" or c == "\n":
            # Blank and comment-only lines do not change the indentation and
            # give no NEWLINE token to the parser.
            self.blankline = True
            return None
        if self.level:
            return None
        if cont_line_col:
            col = altcol = cont_line_col
        indstack = self.indstack
        if col == indstack[-1]:                         # no change
            if altcol != self.altindstack[-1]:
                return self._indent_error(E_TABSPACE)
        elif col > indstack[-1]:                        # indent: always one
            if len(indstack) >= MAXINDENT:
                return self._indent_error(E_TOODEEP)
            if altcol <= self.altindstack[-1]:
                return self._indent_error(E_TABSPACE)
            self.pendin += 1
            indstack.append(col)
            self.altindstack.append(altcol)
        else:                                           # dedent: any number
            while len(indstack) > 1 and col < indstack[-1]:
                self.pendin -= 1
                indstack.pop()
                self.altindstack.pop()
            if col != indstack[-1]:
                return self._indent_error(E_DEDENT)
            if altcol != self.altindstack[-1]:
                return self._indent_error(E_TABSPACE)
        return None

    def _indent_error(self, done):
        """indenterror and friends: stop, leaving the message to pegen."""
        self.done = done
        self.cur = self.inp
        return self._error_token()

    def _pending_indent(self):
        """Return one of the INDENT or DEDENT tokens the indentation queued."""
        if self.pendin < 0:
            self.pendin += 1
            type_ = DEDENT
        else:
            self.pendin -= 1
            type_ = INDENT
        if self.extra_tokens:
            # Lib/tokenize.py: INDENT spans the blanks; DEDENT is empty, at
            # the first token of the line.
            col = self.cur - self.line_start
            if type_ == INDENT:
                return Token(INDENT, self.text[self.line_start:self.cur],
                             (self.lineno, 0), (self.lineno, col), self.line)
            return Token(DEDENT, "", (self.lineno, col), (self.lineno, col), self.line)
        return Token(type_, "", (self.lineno, -1), (self.lineno, -1), self.line)

    def _check_async_def_end(self):
        """Leaving an `async def` body ends the async/await keywords (async_hacks)."""
        c = self._char(self.cur)
        if (not self.blankline and c != "\n" and self.level == 0
                and self.async_def_nl
                and self.async_def_indent >= len(self.indstack) - 1):
            self.async_def = False
            self.async_def_indent = 0
            self.async_def_nl = False

    # --- 2. Comments --------------------------------------------------------------

    def _comment(self, start):
        """Skip a comment, or return it as a TYPE_COMMENT / TYPE_IGNORE / COMMENT token.

        A comment runs to the end of the line; `cur` is left at its newline.
        """
        end = _COMMENT.match(self.text, start).end()
        self.cur = end
        if self.type_comments:
            token = self._type_comment(start, end)
            if token is not None:
                return token
        if self.extra_tokens:
            return self._token(COMMENT, start, end)
        return None

    def _type_comment(self, start, end):
        """PEP 484 comments: '# type: <type>' and '# type: ignore[...]'.

        "type: ignore" must be followed by the end of the comment or by an
        ASCII character that is not a letter or digit; the token's string is
        what follows "ignore".  A TYPE_IGNORE alone on its line also eats the
        newline.
        """
        text = self.text
        match = _TYPE_COMMENT_PREFIX.match(text, start, end)
        if match is None:
            return None
        p = match.end()
        ignore_end = p + 6
        after = text[ignore_end] if ignore_end < end else ""
        if (text.startswith("ignore", p) and ignore_end <= end
                and not (after and (after >= "\x80" or after.isalnum()))):
            token = self._token(TYPE_IGNORE, ignore_end, end)
            self.cur = end
            if self.blankline:
                self.cur = min(end + 1, self.end)
                self.atbol = True
            return token
        self.cur = end
        # In C, `blankline` is local to tok_get, so the next call forgets it
        # and a type comment alone on its line is followed by a NEWLINE.
        self.blankline = False
        return self._token(TYPE_COMMENT, p, end)

    # --- 3. End of input ----------------------------------------------------------

    def _eof(self, start):
        """End of input: ENDMARKER, or an ERRORTOKEN inside open brackets."""
        self.cur = start
        self.done = E_EOF
        if self.level:
            return self._error_token()          # pegen: "'(' was never closed"
        return Token(ENDMARKER, "", (self.lineno, -1), (self.lineno, -1), self.line)

    # --- 4. Names -----------------------------------------------------------------

    def _identifier(self, start):
        """A name, or the prefix of a string (b, r, u, f and their combinations).

        All non-ASCII characters are read as part of the name first;
        verify_identifier then checks them against PEP 3131.  'async' and
        'await' get their own token types (ASYNC, AWAIT) for the parser.
        """
        text = self.text
        end = _NAME_RUN.match(text, start).end()
        if end < self.end and text[end] in _QUOTES:
            if text[start:end].lower() in STRING_PREFIXES:
                return self._string(start, end)
        word = text[start:end]
        self.cur = end
        if not word.isascii():
            self._verify_identifier(start, word)
        if len(word) == 5 and word[0] == "a":
            if word == "async" or word == "await":
                type_ = self._async_type(word)
                if type_ != NAME:
                    return self._token(type_, start, end)
        return self._token(NAME, start, end)

    def _verify_identifier(self, start, word):
        """verify_identifier: is the name made of the characters PEP 3131 allows?

        The first character must be XID_Start or '_', the others
        XID_Continue (str.isidentifier tests the same).  The error points
        just after the first bad character.
        """
        if any("\udc80" <= ch <= "\udcff" for ch in word):
            self._decode_error(word)
        invalid = 0
        if word[0] == "_" or word[0].isidentifier():
            invalid = 1
            for ch in word[1:]:
                if not ("_" + ch).isidentifier():
                    break
                invalid += 1
        if invalid == len(word):
            return
        ch = word[invalid]
        self.cur = start + invalid + 1
        if ch.isprintable():
            self._raise_syntax_error("invalid character '%s' (U+%04X)" % (ch, ord(ch)))
        self._raise_syntax_error("invalid non-printable character U+%04X" % ord(ch))

    def _decode_error(self, word):
        """E_DECODE: an identifier whose bytes are not UTF-8.

        Only bytes given to compile() can get here (files are checked line
        by line first).  pegen's raise_decode_error reports the codec's
        message at the end of the name.
        """
        raw = word.encode("utf-8", "surrogateescape")
        try:
            raw.decode("utf-8")
            decode_error = None
            message = "unknown error"
        except UnicodeDecodeError as err:
            decode_error = err
            message = str(err)
        self.done = E_DECODE
        error = self._pegen_error(SyntaxError, "(unicode error) " + message, self.lineno,
                                  self._current_col(), self.lineno, -1)
        # pegen converts the codec's exception only when the parser asked for
        # the token; _PyPegen_tokenize_full_source_to_check_for_errors lets
        # the UnicodeDecodeError itself out.  Keep it for that case.
        error.unicode_error = decode_error
        raise error

    def _async_type(self, word):
        """ASYNC or AWAIT, or NAME under async_hacks outside an `async def`."""
        if not self.async_hacks or self.async_def:
            return ASYNC if word == "async" else AWAIT
        if word == "async":
            # Look one token ahead, on a copy of the state, for 'def'.
            ahead = self._copy()
            try:
                token = ahead.get()
            except SyntaxError:
                return NAME
            if token.type == NAME and token.string == "def":
                self.async_def_indent = len(self.indstack) - 1
                self.async_def = True
                return ASYNC
        return NAME

    def _copy(self):
        ahead = object.__new__(type(self))
        ahead.__dict__.update(self.__dict__)
        for name in ("indstack", "altindstack", "parenstack", "parenlinenostack",
                     "parencolstack"):
            setattr(ahead, name, list(getattr(self, name)))
        ahead.warnings = []
        ahead.warn = None
        return ahead

    # --- 5. Newlines ----------------------------------------------------------------

    def _newline(self, token_start, newline_at):
        """The end of a line: NEWLINE, or nothing if blank or inside brackets.

        `token_start` is where a comment began, if the line had one (C's
        tok->start still points there); `newline_at` is the '\\n'.
        """
        self.atbol = True
        self.cur = newline_at + 1
        if self.blankline or self.level > 0:
            if self.extra_tokens:
                return self._token(NL, newline_at, newline_at + 1)
            return None                                 # goto nextline
        self.cont_line = False
        if self.async_def:
            self.async_def_nl = True
        if self.extra_tokens:
            return self._token(NEWLINE, newline_at, newline_at + 1)
        return self._token(NEWLINE, token_start, newline_at)

    # --- 6. Numbers -------------------------------------------------------------------

    def _number(self, start):
        """A number: decimal, 0x/0o/0b integers, floats, imaginary; '_' between digits.

        Follows tok_get's number block character by character, because its
        error messages and offsets depend on where exactly it gives up.
        """
        text = self.text
        c = text[start]
        i = start + 1                   # index of the next character to read
        if c == ".":                    # ".5": straight to the fraction
            return self._fraction(start, i)
        if c == "0":
            c = self._char(i)
            if c in ("x", "X"):
                return self._radix_number(start, i + 1, _HEX_DIGITS, _HEX_RUN,
                                          "hexadecimal", None)
            if c in ("o", "O"):
                return self._radix_number(start, i + 1, _OCT_DIGITS, _OCT_RUN,
                                          "octal", "octal")
            if c in ("b", "B"):
                return self._radix_number(start, i + 1, _BIN_DIGITS, _BIN_RUN,
                                          "binary", "binary")
            return self._zero_number(start, i)
        i = self._decimal_tail(start)
        return self._float_rest(start, i)

    def _decimal_tail(self, i):
        """tok_decimal_tail: digits, with single underscores between them.

        `i` is at a digit; returns the index after the run.
        """
        text = self.text
        while True:
            i = _DIGIT_RUN.match(text, i).end()
            if i >= self.end or text[i] != "_":
                return i
            if self._char(i + 1) not in _DIGITS:
                self.cur = i + 1                    # after the '_'
                self._raise_syntax_error("invalid decimal literal")
            i += 1

    def _radix_number(self, start, i, digits, run, kind, digit_kind):
        """0x, 0o and 0b literals.  `i` is just after the letter.

        A '_' may precede each group of digits.  For octal and binary, a
        decimal digit out of range gets its own message ("invalid digit '8'
        in octal literal").
        """
        text = self.text
        while True:
            c = self._char(i)
            if c == "_":
                i += 1
                c = self._char(i)
            if c not in digits:             # ('' at the end is in no set)
                if digit_kind and c in _DIGITS:
                    self.cur = i + 1
                    self._raise_syntax_error(
                        "invalid digit '%s' in %s literal" % (c, digit_kind))
                self.cur = i
                self._raise_syntax_error("invalid %s literal" % kind)
            i = run.match(text, i).end()
            if self._char(i) != "_":
                break
        c = self._char(i)
        if digit_kind and c in _DIGITS:
            self.cur = i + 1
            self._raise_syntax_error("invalid digit '%s' in %s literal" % (c, digit_kind))
        i = self._verify_end_of_number(i, kind)
        return self._number_token(start, i)

    def _zero_number(self, start, i):
        """A number starting with '0' that is not 0x/0o/0b.

        Zeros (and underscores) are fine; other digits may follow only if the
        number turns out to be a float or imaginary: "leading zeros in
        decimal integer literals are not permitted" (old octal, 0777).
        """
        while True:
            c = self._char(i)
            if c == "_":
                i += 1
                c = self._char(i)
                if c not in _DIGITS:
                    self.cur = i
                    self._raise_syntax_error("invalid decimal literal")
            if c != "0":
                break
            i += 1
        zeros_end = i + 1                   # C's tok->cur after reading c
        nonzero = c in _DIGITS
        if nonzero:
            i = self._decimal_tail(i)
            c = self._char(i)
        if c == ".":
            return self._fraction(start, i + 1)
        if c in ("e", "E"):
            return self._exponent(start, i)
        if c in ("j", "J"):
            return self._imaginary(start, i + 1)
        if nonzero:
            self.cur = i
            # syntaxerror_known_range: this message alone gives its columns
            # as C computes them, in UTF-8 bytes.
            line = self.text[self.line_start:zeros_end]
            before = len(line[:start - self.line_start].encode("utf-8", "surrogateescape"))
            self._raise_syntax_error(
                "leading zeros in decimal integer literals are not permitted; "
                "use an 0o prefix for octal integers",
                col=before + 1, end_col=len(line.encode("utf-8", "surrogateescape")))
        i = self._verify_end_of_number(i, "decimal")
        return self._number_token(start, i)

    def _float_rest(self, start, i):
        """After the integer digits of a decimal: '.', an exponent, or 'j'."""
        c = self._char(i)
        if c == ".":
            return self._fraction(start, i + 1)
        if c in ("e", "E"):
            return self._exponent(start, i)
        if c in ("j", "J"):
            return self._imaginary(start, i + 1)
        i = self._verify_end_of_number(i, "decimal")
        return self._number_token(start, i)

    def _fraction(self, start, i):
        """The digits after the point; `i` is just after the '.'."""
        if self._char(i) in _DIGITS:
            i = self._decimal_tail(i)
        c = self._char(i)
        if c in ("e", "E"):
            return self._exponent(start, i)
        if c in ("j", "J"):
            return self._imaginary(start, i + 1)
        i = self._verify_end_of_number(i, "decimal")
        return self._number_token(start, i)

    def _exponent(self, start, e):
        """'e' or 'E' at index `e`: an exponent, or the end of the number before it."""
        i = e + 1
        c = self._char(i)
        if c in ("+", "-"):
            i += 1
            if self._char(i) not in _DIGITS:
                self.cur = i
                self._raise_syntax_error("invalid decimal literal")
        elif c not in _DIGITS:
            # Not an exponent: the number ended before the 'e' ("1else").
            self.cur = e + 1
            self._verify_end_of_number(e, "decimal")
            return self._number_token(start, e)
        i = self._decimal_tail(i)
        c = self._char(i)
        if c in ("j", "J"):
            return self._imaginary(start, i + 1)
        i = self._verify_end_of_number(i, "decimal")
        return self._number_token(start, i)

    def _imaginary(self, start, i):
        """After the 'j' of an imaginary literal."""
        i = self._verify_end_of_number(i, "imaginary")
        return self._number_token(start, i)

    def _number_token(self, start, end):
        self.cur = end
        return self._token(NUMBER, start, end)

    def _verify_end_of_number(self, i, kind):
        """verify_end_of_number: a number must not run into a name ("1abc").

        Directly followed by 'and', 'else', 'for', 'if', 'in', 'is', 'not' or
        'or' it is still accepted, with a SyntaxWarning: old code such as
        `0x1for x in y` keeps working.  Returns `i` (the end of the number).
        """
        c = self._char(i)
        if c == "":
            return i
        text = self.text
        keyword = False
        if c == "i":
            keyword = self._char(i + 1) in ("f", "n", "s")
        elif c in _KEYWORD_TAILS:
            tail = _KEYWORD_TAILS[c]
            after = i + 1 + len(tail)
            keyword = (text.startswith(tail, i + 1)
                       and not self._is_identifier_char(self._char(after)))
        if keyword:
            self.cur = i
            self._syntax_warning("invalid %s literal" % kind)
            return i
        if c in _IDENTIFIER_CHAR:
            # Only ASCII: a non-ASCII character after a number ends it, and
            # is then read as a name ("1é" is NUMBER, NAME).
            self.cur = i
            self._raise_syntax_error("invalid %s literal" % kind)
        return i

    @staticmethod
    def _is_identifier_char(c):
        return c != "" and (c in _IDENTIFIER_CHAR or c >= "\x80")

    # --- 7. Strings ---------------------------------------------------------------------

    def _string(self, start, quote_at):
        """A string literal: `start` is its prefix, `quote_at` its opening quote.

        One quote or three; a backslash escapes the next character, so a
        single-quoted string may continue on the next line after a '\\'.
        f-strings are plain strings here (3.11 parses them later).
        """
        text = self.text
        quote = text[quote_at]
        self.first_lineno = self.lineno
        self.multi_line_start = self.line_start
        if text.startswith(quote * 3, quote_at):
            body = quote_at + 3
            end = _TRIPLE_BODY[quote].match(text, body).end()
            if not text.startswith(quote * 3, end):
                return self._unterminated_string(start, quote_at, 3, self.end)
            end += 3
        else:
            body = quote_at + 1
            end = _SINGLE_BODY[quote].match(text, body).end()
            if end >= self.end or text[end] != quote:
                # A newline not escaped, or the end of the input (perhaps
                # after a lone backslash).
                detected = end if end < self.end and text[end] == "\n" else self.end
                return self._unterminated_string(start, quote_at, 1, detected)
            end += 1
        first_line_start = self.line_start
        self._advance_lines(end)
        self.cur = end
        line = self.line
        if self.line_start != first_line_start:
            line = text[first_line_start:self.inp]
        return Token(STRING, text[start:end],
                     (self.first_lineno, start - first_line_start),
                     (self.lineno, end - self.line_start), line)

    def _unterminated_string(self, start, quote_at, quote_size, detected_at):
        """An unterminated string: the error points at its first character.

        `detected_at` is the newline that ended a single-quoted string, or
        the end of the input.  The message names the line where that was.
        """
        at_eof = detected_at >= self.end
        read_up_to = self.end if at_eof else detected_at
        if 0 <= self._nul_at < read_up_to:
            self._null_bytes_error()        # C read that line first
        if at_eof:
            if self.pending_error is not None:
                raise self.pending_error    # C would be reading the next line
            detected_at = self.end - 1      # the last line read
        detected_line = self.lineno + self.text.count("\n", self.line_start, detected_at)
        self.cur = start + 1
        if quote_size == 3:
            self._raise_syntax_error(
                "unterminated triple-quoted string literal (detected at line %d)"
                % detected_line)
        self._raise_syntax_error(
            "unterminated string literal (detected at line %d)" % detected_line)

    # --- 8. Line continuation -------------------------------------------------------------

    def _continuation(self, start):
        """A backslash joins this line to the next (explicit line joining).

        Anything but a newline after it is an error; so is the end of input
        right after the newline.
        """
        if self._char(start + 1) != "\n":
            return self._bad_continuation(start)
        self.cur = start + 2
        if not self._underflow(in_token=True):
            self.cur = self.inp
            return self._error_token()                  # done == E_EOF
        self.cont_line = True
        return None                                     # goto again

    def _bad_continuation(self, backslash):
        """E_LINECONT: the backslash is not followed by a newline.

        C has read one more byte (the first of the next character); pegen
        reports tok->cur - tok->buf, so remember that in bytes.
        """
        self.done = E_LINECONT
        if backslash + 1 < self.end:
            self.cur = backslash + 2
            self.linecont_offset = self._bytes(self.buf, backslash + 1) + 1
        else:
            self.cur = self.inp
            self.linecont_offset = self._bytes(self.buf, self.cur)
        return self._error_token()

    # --- 9. Operators and brackets -----------------------------------------------------------

    def _operator(self, start, c):
        """Operators and delimiters, longest first; brackets are counted."""
        text = self.text
        two = text[start:start + 2]
        type_ = TWO_CHAR_OPS.get(two)
        if type_ is not None:
            three = text[start:start + 3]
            type3 = THREE_CHAR_OPS.get(three)
            end = start + 2
            if type3 is not None:
                type_ = type3
                end = start + 3
            self.cur = end
            return self._token(type_, start, end)
        self.cur = start + 1
        if c in "([{)]}":
            self._track_brackets(start, c)
        type_ = ONE_CHAR_OPS.get(c)
        if type_ is None:
            return self._unknown_character(start, c)
        return self._token(type_, start, start + 1)

    def _unknown_character(self, start, c):
        """A character no token starts with.

        A non-printable one (a control character) is an error; a printable
        one ('$', '?', '!', '`') becomes a one-character OP token, and the
        parser reports "invalid syntax" on it.
        """
        if not c.isprintable():
            self._raise_syntax_error("invalid non-printable character U+%04X" % ord(c))
        return self._token(OP, start, start + 1)

    def _track_brackets(self, start, c):
        """Count bracket nesting (implicit line joining); check each closer."""
        if c in "([{":
            if self.level >= MAXLEVEL:
                self._raise_syntax_error("too many nested parentheses")
            self.parenstack.append(c)
            self.parenlinenostack.append(self.lineno)
            self.parencolstack.append(start - self.line_start)
            self.level += 1
            return
        if not self.level:
            self._raise_syntax_error("unmatched '%s'" % c)
        self.level -= 1
        opening = self.parenstack.pop()
        opening_line = self.parenlinenostack.pop()
        self.parencolstack.pop()
        if _CLOSING[opening] != c:
            if opening_line != self.lineno:
                self._raise_syntax_error(
                    "closing parenthesis '%s' does not match opening parenthesis "
                    "'%s' on line %d" % (c, opening, opening_line))
            self._raise_syntax_error(
                "closing parenthesis '%s' does not match opening parenthesis '%s'"
                % (c, opening))

    # --- Warnings and errors -------------------------------------------------------------

    def _syntax_warning(self, message):
        """parser_warn: a SyntaxWarning; if the warning is an error, a SyntaxError."""
        if self.warn is None:
            self.warnings.append(("SyntaxWarning", message, self.lineno))
            return
        try:
            self.warn("SyntaxWarning", message, self.lineno)
        except Exception:
            self._raise_syntax_error(message)

    def _raise_syntax_error(self, message, col=None, end_col=None, text=None):
        """syntaxerror / _syntaxerror_range: tokenizer.c raises this itself.

        The offset is the number of characters from the start of the line to
        `cur` (so it points at the last character read); the text is the
        line without its newline.
        """
        self.done = E_ERROR
        line_end = self.text.find("\n", self.line_start)
        if line_end < 0:
            line_end = self.end
        if col is None:
            # The characters C decodes ('replace') from line_start to cur.
            col = len(_printable(self.text[self.line_start:self.cur]))
        if end_col is None:
            end_col = col
        if text is None:
            text = _printable(self.text[self.line_start:line_end])
        raise _make_error(SyntaxError, message, self.filename, self.lineno, col,
                          text, self.lineno, end_col, E_ERROR)

    def done_error(self):
        """The exception pegen raises for the ERRORTOKEN `get()` just returned.

        Counterpart: _Pypegen_tokenizer_error (Parser/pegen_errors.c), with the
        location _PyPegen_raise_error computes when the ERRORTOKEN is the last
        token the parser read.
        """
        done = self.done
        lineno = self.lineno
        if done == E_EOF:
            if self.level:
                return self.unclosed_bracket_error()
            return self._pegen_error(SyntaxError, "unexpected EOF while parsing",
                                     lineno, self._current_col(), lineno, -1)
        if done == E_DEDENT:
            return self._pegen_error(
                IndentationError, "unindent does not match any outer indentation level",
                lineno, self._current_col(), lineno, -1)
        if done == E_TABSPACE:
            return self._pegen_error(TabError, "inconsistent use of tabs and spaces "
                                     "in indentation", lineno, 1, lineno, 0)
        if done == E_TOODEEP:
            return self._pegen_error(IndentationError, "too many levels of indentation",
                                     lineno, 1, lineno, 0)
        if done == E_LINECONT:
            # col_offset = tok->cur - tok->buf - 1, then + 1: counted from the
            # buffer, which may start lines earlier than the current one.
            return self._pegen_error(
                SyntaxError, "unexpected character after line continuation character",
                lineno, self.linecont_offset, lineno, 0)
        return self._pegen_error(SyntaxError, "unknown parsing error", lineno, 1, lineno, 0)

    def unclosed_bracket_error(self):
        """raise_unclosed_parentheses_error: "'(' was never closed", at the bracket."""
        lineno = self.parenlinenostack[-1]
        line = self.source_line(lineno)
        col = len(line[:self.parencolstack[-1]].encode("utf-8", "surrogateescape"))
        return self._pegen_error(SyntaxError, "'%s' was never closed" % self.parenstack[-1],
                                 lineno, col + 1, lineno, 0)

    def _bytes(self, start, end):
        """The length in UTF-8 of text[start:end]: C's pointer difference."""
        chunk = self.text[start:end]
        if chunk.isascii():
            return end - start
        return len(chunk.encode("utf-8", "surrogateescape"))

    def _current_col(self):
        """_PyPegen_raise_error's column for a token without one: tok->cur."""
        if self.cur == self.buf:
            return 0
        return self._bytes(self.line_start, self.cur)

    def _raise_pegen_error(self, message, lineno, col, end_lineno, end_col):
        raise self._pegen_error(SyntaxError, message, lineno, col, end_lineno, end_col)

    def _pegen_error(self, cls, message, lineno, col, end_lineno, end_col):
        """_PyPegen_raise_error_known_location: pegen's SyntaxError.

        `col` and `end_col` are pegen's offsets: 1-based, in UTF-8 bytes (or
        -1 and 0 for "none").  The text is the erroneous line as pegen finds
        it: from a file, the physical line; from a string, the tokenizer's
        buffer (several lines, when a token spanned them).  pegen then turns
        the offsets into characters by decoding that much of the text, so a
        buffer of several lines shifts them, as in CPython.
        """
        disk = None
        if self.file_input and not self.from_file:
            disk = source.program_text(self.filename, lineno, self.encoding)
        if self.from_file:
            text = self.source_line(lineno)
            if self.added_newline and self.text.endswith(text):
                text = text[:-1]
            if self.bom and lineno == 1:
                text = "\ufeff" + text
        elif disk is not None:
            text = disk
        elif self.lineno > lineno or self.inp <= self.buf:
            text = self.source_line(lineno).rstrip("\n")
        else:
            text = self.text[self.buf:self.inp]
        text = _printable(text)
        if self.encoding is not None:
            # Without tok->encoding (bytes with no cookie) pegen leaves them in bytes.
            col = _byte_offset_to_character_offset(text, col)
            if end_col > 0:
                end_col = _byte_offset_to_character_offset(text, end_col)
        return _make_error(cls, message, self.filename, lineno, col, text,
                           end_lineno, end_col, self.done)

    def source_line(self, lineno):
        """The physical line `lineno` of the program, with its newline."""
        start = 0
        for _ in range(lineno - 1):
            start = self.text.find("\n", start) + 1
            if start == 0:
                return ""
        end = self.text.find("\n", start)
        return self.text[start:] if end < 0 else self.text[start:end + 1]

    # --- Iteration ----------------------------------------------------------------------

    def __iter__(self):
        """All tokens up to ENDMARKER; ERRORTOKENs become pegen's exceptions."""
        while True:
            token = self.get()
            if token.type == ERRORTOKEN and self.done != E_OK:
                raise self.done_error()
            yield token
            if token.type == ENDMARKER:
                return


def _byte_offset_to_character_offset(text, col):
    """_PyPegen_byte_offset_to_character_offset: the characters in `col` bytes of `text`.

    Past the end it counts the C string's terminating NUL as one more.
    """
    if col <= 0:
        return col
    if text.isascii():
        return min(col, len(text) + 1)
    data = text.encode("utf-8", "surrogateescape")
    if col > len(data):
        return len(data.decode("utf-8", "replace")) + 1
    return len(data[:col].decode("utf-8", "replace"))


def _printable(text):
    """Error text as CPython decodes it: undecodable bytes become U+FFFD."""
    if any("\udc80" <= ch <= "\udcff" for ch in text):
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return text


def _make_error(cls, message, filename, lineno, offset, text, end_lineno, end_offset,
                done):
    """A SyntaxError with all six location fields (set one by one on 3.9 hosts)."""
    if sys.version_info >= (3, 10):
        err = cls(message, (filename, lineno, offset, text, end_lineno, end_offset))
    else:
        err = cls(message, (filename, lineno, offset, text))
        err.end_lineno = end_lineno
        err.end_offset = end_offset
    err.done = done             # tok->done: which kind of tokenizer error this was
    return err


def generate_tokens(source, filename="<string>", **options):
    """The tokens of `source` (str), as the parser sees them; errors are raised.

    A convenience over `Tokenizer`; see its docstring for the options.
    """
    return iter(Tokenizer(source, filename, **options))
