"""Lib/tokenize.py's token stream, made by Glass's tokenizer.

Counterpart: Lib/tokenize.py (3.11): detect_encoding, _tokenize, TokenError.

`python3 -m tokenize` does not show what the parser reads.  In 3.11 it runs
Lib/tokenize.py, a separate tokenizer built from regular expressions, and
`glass tokens` must print what it prints.  On valid programs the two
tokenizers agree, apart from what Lib/tokenize.py adds: COMMENT and NL
tokens, an ENCODING token first, the generic OP type, and its own positions
for NEWLINE, INDENT, DEDENT and ENDMARKER.  So `CompatTokenizer` is the
parser's tokenizer (tokenizer.py) with `extra_tokens` on, and this module
overrides only the steps where Lib/tokenize.py behaves differently.  Those
are mostly its answers to bad input, where the C tokenizer raises an error
and Lib/tokenize.py keeps going:

- A character that starts no token becomes an ERRORTOKEN of one character,
  and so does every blank before it ("x = $" gives ERRORTOKEN ' ' then
  ERRORTOKEN '$'), because its regular expression fails as a whole, blanks
  included.  Likewise an unterminated string's opening quote (its prefix
  first becomes a NAME), a backslash not before a newline, a '\\r' not
  before '\\n', and a non-ASCII character that is not a letter or digit.
- Names are runs of letters and digits (regex \\w+); a run whose first
  character cannot start an identifier ('²') is an OP token.
- A number is the longest prefix matching the number grammar, whatever
  follows ("1__0" is NUMBER '1', NAME '__0'); no warnings.
- No bracket checks: a closer only decrements the nesting count, which may
  go negative.  '<>' is two operators.
- A single-quoted string continued with a backslash that then does not end
  on the next line becomes one ERRORTOKEN holding all its lines; the rest
  of that line is skipped.
- End of input inside brackets, after a continuation or in a triple-quoted
  string raises TokenError; a bad dedent raises IndentationError at the
  line's first token; tabs are never an error and there is no depth limit.
- A line starting with a backslash is indented like any other line (3.11's
  C tokenizer takes the indentation from the continued line).
- Lines are split at '\\n' only: '\\r\\n' ends a line as one NEWLINE/NL token
  '\\r\\n', and a lone '\\r' is an ordinary (bad) character.
"""
from __future__ import annotations

import collections
import re

from glass.parser import source
from glass.parser.token import (
    COLONEQUAL, DEDENT, ENCODING, ENDMARKER, ERRORTOKEN, EXACT_TOKEN_TYPES,
    INDENT, LPAR, NAME, NEWLINE, NL, NUMBER, OP, STRING, COMMENT)
from glass.parser.tokenizer import _NAME_RUN, _TRIPLE_BODY, TABSIZE, Token, Tokenizer


class TokenError(Exception):
    """Lib/tokenize.py's TokenError: args are (message, (line, column))."""


# The number grammar as Lib/tokenize.py spells it (Imagnumber, Floatnumber,
# Intnumber, tried in that order).  On valid input it ends numbers where the
# C rules do; on bad input it takes the longest prefix that matches.
_DIGITPART = r"[0-9](?:_?[0-9])*"
_EXPONENT = r"[eE][-+]?" + _DIGITPART
_POINTFLOAT = (r"(?:%s\.(?:%s)?|\.%s)(?:%s)?"
               % (_DIGITPART, _DIGITPART, _DIGITPART, _EXPONENT))
_EXPFLOAT = _DIGITPART + _EXPONENT
_FLOAT = "(?:%s|%s)" % (_POINTFLOAT, _EXPFLOAT)
_NUMBER = re.compile(
    "(?:%s[jJ]|%s[jJ]|%s|0[xX](?:_?[0-9a-fA-F])+|0[bB](?:_?[01])+|0[oO](?:_?[0-7])+"
    "|0(?:_?0)*|[1-9](?:_?[0-9])*)" % (_DIGITPART, _FLOAT, _FLOAT))
_WORD = re.compile(r"\w+")

# Single-quoted strings, line by line as Lib/tokenize.py reads them: the
# first line must close the string or end with a backslash-newline
# (ContStr); each further line is searched for the closing quote (endpats).
_CONTSTR_FIRST = {
    q: re.compile(r"%s[^\n%s\\]*(?:\\.[^\n%s\\]*)*(?:%s|\\\r?\n)" % (q, q, q, q))
    for q in "'\""}
_STRING_TAIL = {
    q: re.compile(r"[^%s\\]*(?:\\.[^%s\\]*)*%s" % (q, q, q)) for q in "'\""}
_STRING_TAIL3 = {
    q: re.compile(r"[^%s\\]*(?:(?:\\.|%s(?!%s%s))[^%s\\]*)*%s%s%s" % ((q,) * 8))
    for q in "'\""}

_OPERATORS_BY_LENGTH = (
    {s: t for s, t in EXACT_TOKEN_TYPES.items() if len(s) == 3},
    {s: t for s, t in EXACT_TOKEN_TYPES.items() if len(s) == 2},
    {s: t for s, t in EXACT_TOKEN_TYPES.items() if len(s) == 1},
)


class CompatTokenizer(Tokenizer):
    """The C tokenizer's steps, with Lib/tokenize.py's answers where they differ.

    `text` holds the lines as Lib/tokenize.py reads them (split at '\\n',
    '\\r' kept, no newline added).  `pending_error` is raised when reading
    would reach past `text` (a line that could not be decoded).
    """

    REJECT_NUL = False

    def __init__(self, text, pending_error=None):
        Tokenizer.__init__(self, text, "<tokenize>", exec_input=False,
                           extra_tokens=True, translate_newlines=False,
                           pending_error=pending_error)
        self.queue = collections.deque()
        self.needcont = False       # see _contstr

    def get(self):
        """The next token, as Lib/tokenize.py's generator would yield it."""
        if self.queue:
            return self.queue.popleft()
        token = Tokenizer.get(self)
        if LPAR <= token.type <= COLONEQUAL:
            # Lib/tokenize.py gives operators the generic type OP.
            return Token(OP, token.string, token.start, token.end, token.line)
        return token

    def __iter__(self):
        while True:
            token = self.get()
            yield token
            if token.type == ENDMARKER:
                return

    def _error_char(self):
        """No token matched at `ws_start`: its one character is an ERRORTOKEN.

        Lib/tokenize.py's pseudo-token regex includes the blanks before a
        token, so when it fails the blank itself is reported, then retried.
        """
        pos = self.ws_start
        self.cur = pos + 1
        return self._token(ERRORTOKEN, pos, pos + 1)

    # --- Indentation: the "new statement" branch of _tokenize ---------------------

    def _indentation(self):
        """_tokenize's "new statement" branch, for each line outside brackets.

        Unlike tokenizer.c: a comment-only or blank line gives COMMENT and NL
        tokens here (the NL holds the rest of the line, even a lone '\\r'); a
        line of only blanks at the very end stops tokenizing; there is no
        second measure, so no TabError, and no depth limit; a bad dedent is
        an IndentationError located at the line's first token.
        """
        if self.cur >= self.inp and not self._underflow():
            if self.level != 0:
                raise TokenError("EOF in multi-line statement", (self.lineno + 1, 0))
            return self._finish(self.lineno + 1, self.line)
        if self.level != 0:
            return None                 # "continued statement": no indentation
        text = self.text
        line_start = self.line_start
        pos = line_start
        column = 0
        while pos < self.inp:
            c = text[pos]
            if c == " ":
                column += 1
            elif c == "\t":
                column = (column // TABSIZE + 1) * TABSIZE
            elif c == "\x0c":
                column = 0
            else:
                break
            pos += 1
        if pos == self.inp:
            # A last line of nothing but blanks (and no newline) ends the
            # input there; the line before it ended with a newline, so no
            # NEWLINE is added.
            return self._finish(self.lineno, "")
        self.cur = pos
        c = text[pos]
        if c in "#\r\n":                # a comment-only or blank line
            if c == "#":
                comment_end = len(text[pos:self.inp].rstrip("\r\n")) + pos
                self.queue.append(self._token(COMMENT, pos, comment_end))
                pos = comment_end
            self.queue.append(self._token(NL, pos, self.inp))
            self.cur = self.inp
            self.atbol = True
            return self.queue.popleft()
        indstack = self.indstack
        col = pos - line_start
        if column > indstack[-1]:
            indstack.append(column)
            self.queue.append(Token(INDENT, text[line_start:pos], (self.lineno, 0),
                                    (self.lineno, col), self.line))
        while column < indstack[-1]:
            if column not in indstack:
                raise IndentationError(
                    "unindent does not match any outer indentation level",
                    ("<tokenize>", self.lineno, col, self.line))
            indstack.pop()
            self.queue.append(Token(DEDENT, "", (self.lineno, col), (self.lineno, col),
                                    self.line))
        return self.queue.popleft() if self.queue else None

    # --- End of input ----------------------------------------------------------------

    def _eof(self, start):
        """The input ended in the middle of a line (no final newline)."""
        if self.pending_error is not None:
            raise self.pending_error
        return self._finish(self.lineno + 1, self.line)

    def _finish(self, lnum, last_line):
        """The end of _tokenize: the implicit NEWLINE, the DEDENTs, ENDMARKER."""
        if self.level != 0:
            raise TokenError("EOF in multi-line statement", (lnum, 0))
        self.cur = self.end
        self.atbol = False
        queue = self.queue
        if (last_line and last_line[-1] not in "\r\n"
                and not last_line.strip().startswith("#")):
            width = len(last_line)
            queue.append(Token(NEWLINE, "", (lnum - 1, width), (lnum - 1, width + 1), ""))
        for _ in self.indstack[1:]:
            queue.append(Token(DEDENT, "", (lnum, 0), (lnum, 0), ""))
        del self.indstack[1:]
        queue.append(Token(ENDMARKER, "", (lnum, 0), (lnum, 0), ""))
        return queue.popleft()

    # --- Names, numbers, strings ------------------------------------------------------

    def _identifier(self, start):
        """Names are runs of \\w: ASCII ones as in C; others may be NAME, OP or ERRORTOKEN.

        A run whose first character can start an identifier is a NAME, else
        (a digit of another script, '\u00b2') it falls to the operator branch
        of _tokenize and is an OP; a character that is not \\w at all ('\u20ac',
        '\u00b7') matches nothing.
        """
        text = self.text
        run_end = _NAME_RUN.match(text, start).end()
        if text[start:run_end].isascii():
            return Tokenizer._identifier(self, start)
        match = _WORD.match(text, start)
        if match is None:
            return self._error_char()
        end = match.end()
        self.cur = end
        if text[start].isidentifier():
            return self._token(NAME, start, end)
        return self._token(OP, start, end)

    def _async_type(self, word):
        """'async' and 'await' are plain names to Lib/tokenize.py."""
        return NAME

    def _number(self, start):
        # The C rules end numbers elsewhere on bad input ('07else' is one
        # NUMBER there), so the grammar alone decides here.
        end = _NUMBER.match(self.text, start).end()
        self.cur = end
        return self._token(NUMBER, start, end)

    def _string(self, start, quote_at):
        """Strings as in C, except while `needcont` is stuck on (see _contstr)."""
        quote = self.text[quote_at]
        if self.needcont and self.text.startswith(quote * 3, quote_at):
            body_end = _TRIPLE_BODY[quote].match(self.text, quote_at + 3).end()
            if body_end + 3 > self.inp or not self.text.startswith(quote * 3, body_end):
                # A triple-quoted string over several lines, read while
                # `needcont` is stuck on.
                return self._contstr(start, _STRING_TAIL3[quote])
        token = Tokenizer._string(self, start, quote_at)
        if token.type == STRING and token.start[0] != token.end[0]:
            self.needcont = False       # the contstr branch ended a string
        return token

    def _unterminated_string(self, start, quote_at, quote_size, detected_at):
        """No error: TokenError at the end for a triple-quoted string; for a
        single-quoted one, an ERRORTOKEN quote (after its prefix, as a NAME),
        or, if its first line ends with a backslash, the contstr branch."""
        if quote_size == 3:
            if self.pending_error is not None:
                raise self.pending_error    # reading the line that failed to decode
            raise TokenError("EOF in multi-line string",
                             (self.lineno, start - self.line_start))
        quote = self.text[quote_at]
        if not _CONTSTR_FIRST[quote].match(self.text, quote_at, self.inp):
            if start < quote_at:
                # The prefix alone is a name; the quote fails on its own.
                self.cur = quote_at
                return self._token(NAME, start, quote_at)
            return self._error_char()
        self.needcont = True
        return self._contstr(start, _STRING_TAIL[quote])

    def _contstr(self, start, tail):
        """The `contstr` branch of _tokenize: a string going on over more lines.

        Each further line is searched for the end of the string (`tail`).
        While `needcont` is set, a line without the end must itself end
        with a backslash, or the whole string so far is one ERRORTOKEN and
        the rest of that line is skipped.  Lib/tokenize.py sets `needcont`
        for a single-quoted string continued by a backslash and clears it
        only when a string ends on a later line, so after such an
        ERRORTOKEN it stays set, and applies to triple-quoted strings too.
        """
        strstart = (self.lineno, start - self.line_start)
        contstr = self.text[start:self.inp]
        contline = self.line
        while True:
            self.cur = self.inp
            if not self._underflow(in_token=True):
                raise TokenError("EOF in multi-line string", strstart)
            line = self.line
            match = tail.match(line)
            if match:
                end = match.end()
                self.cur = self.line_start + end
                self.needcont = False
                return Token(STRING, contstr + line[:end], strstart, (self.lineno, end),
                             contline + line)
            if self.needcont and not line.endswith(("\\\n", "\\\r\n")):
                self.cur = self.inp
                self.atbol = True
                return Token(ERRORTOKEN, contstr + line, strstart,
                             (self.lineno, len(line)), contline)
            contstr += line
            contline += line

    # --- Continuation lines and operators ----------------------------------------------

    def _continuation(self, start):
        """A backslash not before a newline is an ERRORTOKEN; at the end, TokenError."""
        text = self.text
        if text.startswith("\\\n", start):
            after = start + 2
        elif text.startswith("\\\r\n", start):
            after = start + 3
        else:
            return self._error_char()
        self.cur = after
        if not self._underflow(in_token=True):
            raise TokenError("EOF in multi-line statement", (self.lineno + 1, 0))
        return None

    def _operator(self, start, c):
        """The longest operator of EXACT_TOKEN_TYPES, or an ERRORTOKEN.

        '\\r\\n' ends a line here.  Brackets only count: a closer without an
        opener makes the count negative, and no error is raised.
        """
        text = self.text
        if c == "\r":
            if text.startswith("\r\n", start):
                self.atbol = True
                self.cur = start + 2
                type_ = NL if self.level > 0 else NEWLINE
                return self._token(type_, start, start + 2)
            return self._error_char()
        for length, table in zip((3, 2, 1), _OPERATORS_BY_LENGTH):
            type_ = table.get(text[start:start + length])
            if type_ is not None:
                self.cur = start + length
                if c in "([{":
                    self.level += 1
                elif c in ")]}":
                    self.level -= 1
                return self._token(type_, start, start + length)
        return self._error_char()


# --- Reading the source: detect_encoding and the two ways in -------------------------

_COOKIE = re.compile(r"^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)", re.ASCII)
_BLANK = re.compile(br"^[ \t\f]*(?:[#\r\n]|$)", re.ASCII)


def detect_encoding(lines, filename=None):
    """detect_encoding: the encoding Lib/tokenize.py decodes `lines` (bytes) with.

    Reads at most the first two lines: a UTF-8 BOM, then a coding cookie on
    line 1, or on line 2 if line 1 is blank or a comment.  Returns
    (encoding, bom_found).  Raises SyntaxError with Lib/tokenize.py's messages,
    which differ from the interpreter's.
    """
    def find_cookie(line):
        try:
            line_string = line.decode("utf-8")
        except UnicodeDecodeError:
            message = "invalid or missing encoding declaration"
            if filename is not None:
                message = "%s for %r" % (message, filename)
            raise SyntaxError(message) from None
        match = _COOKIE.match(line_string)
        if not match:
            return None
        encoding = source.get_normal_name(match.group(1))
        try:
            source.codecs.lookup(encoding)
        except LookupError:
            if filename is None:
                message = "unknown encoding: " + encoding
            else:
                message = "unknown encoding for %r: %s" % (filename, encoding)
            raise SyntaxError(message) from None
        if bom_found:
            if encoding != "utf-8":
                if filename is None:
                    message = "encoding problem: utf-8"
                else:
                    message = "encoding problem for %r: utf-8" % filename
                raise SyntaxError(message)
            encoding += "-sig"
        return encoding

    bom_found = False
    default = "utf-8"
    first = lines[0] if lines else b""
    if first.startswith(source.BOM_UTF8):
        bom_found = True
        first = first[3:]
        default = "utf-8-sig"
    if not first:
        return default, bom_found
    encoding = find_cookie(first)
    if encoding:
        return encoding, bom_found
    if not _BLANK.match(first):
        return default, bom_found
    second = lines[1] if len(lines) > 1 else b""
    if not second:
        return default, bom_found
    encoding = find_cookie(second)
    if encoding:
        return encoding, bom_found
    return default, bom_found


def tokenize_bytes(data, filename=None):
    """tokenize.tokenize over the lines of `data`: ENCODING, then the tokens.

    Raises SyntaxError (encoding), TokenError, IndentationError, or the
    UnicodeDecodeError of a line that does not decode, when tokenizing
    reaches that line, as Lib/tokenize.py does.
    """
    lines = source._split_lines(data)
    encoding, bom_found = detect_encoding(lines, filename)
    if bom_found:
        lines[0] = lines[0][3:]
    if encoding == "utf-8-sig":
        encoding = "utf-8"          # the BOM is already gone
    yield Token(ENCODING, encoding, (0, 0), (0, 0), "")
    decoded = []
    pending_error = None
    for line in lines:
        try:
            decoded.append(line.decode(encoding))
        except (UnicodeError, LookupError) as err:
            pending_error = err
            break
    yield from CompatTokenizer("".join(decoded), pending_error)


def tokenize_lines(lines, pending_error=None):
    """tokenize.generate_tokens over text lines (no ENCODING token)."""
    yield from CompatTokenizer("".join(lines), pending_error)
