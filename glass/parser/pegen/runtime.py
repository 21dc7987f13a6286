"""The parser's machinery: tokens, memo, lookahead, and the SyntaxErrors it raises.

Counterpart: Parser/pegen.c (the Parser struct, _PyPegen_expect_token,
_PyPegen_lookahead, _PyPegen_is_memoized, _PyPegen_run_parser) and
Parser/pegen_errors.c (_PyPegen_raise_error, _PyPegen_set_syntax_error,
_PyPegen_tokenize_full_source_to_check_for_errors).

The generated parser (python_parser.py) subclasses `Parser`; its rule
methods call the small methods here.  Tokens come from Glass's tokenizer
(glass/parser/tokenizer.py) and are copied into `Token` records holding
what pegen's Token holds: an exact type (keywords get types of their own),
the string, the position in UTF-8 bytes as the AST wants it, the bracket
level, and the memo of the rules tried at that position.

Errors are Python exceptions: where C sets p->error_indicator and returns
NULL up the stack, Glass raises, and the exception unwinds the rules.
"""
from __future__ import annotations

import sys
import unicodedata

from glass.parser import ast_nodes as ast
from glass.parser.token import (
    ASYNC, AWAIT, DEDENT, ENDMARKER, ERRORTOKEN, INDENT, LBRACE, LPAR, LSQB,
    NAME, NEWLINE, NUMBER, RBRACE, RPAR, RSQB, STRING, TYPE_IGNORE,
)
from glass.parser.source import program_text
from glass.parser.tokenizer import E_EOF, E_OK

CURRENT_POS = -5        # "the tokenizer's position", for an error's end

OPENERS = (LPAR, LSQB, LBRACE)
CLOSERS = (RPAR, RSQB, RBRACE)


class Token:
    """pegen's Token: what the parser knows of one token.

    Columns are UTF-8 byte offsets, as in the AST (the tokenizer counts
    characters).  `level` is the bracket depth after the token, `memo` the
    results of the memoised rules that started here (rule name -> (result,
    end mark)).
    """
    __slots__ = ("type", "string", "lineno", "col_offset", "end_lineno",
                 "end_col_offset", "level", "memo", "line")

    def __init__(self, type, string, lineno, col_offset, end_lineno, end_col_offset,
                 level, line):
        self.type = type
        self.string = string
        self.lineno = lineno
        self.col_offset = col_offset
        self.end_lineno = end_lineno
        self.end_col_offset = end_col_offset
        self.level = level
        self.memo = {}
        self.line = line

    def __repr__(self):
        return "Token(%r, %r, %d:%d-%d:%d)" % (self.type, self.string, self.lineno,
                                               self.col_offset, self.end_lineno,
                                               self.end_col_offset)


def byte_col(text, col):
    """The UTF-8 byte offset of character column `col` in `text`."""
    if col <= 0 or text.isascii():
        return col
    return len(text[:col].encode("utf-8", "surrogateescape"))


class TokenSource:
    """Copies the tokenizer's tokens into pegen's records, as _PyPegen_fill_token.

    TYPE_IGNORE tokens are set aside for the Module's type_ignores; NAME
    tokens that are keywords get the keyword's type; an ERRORTOKEN becomes
    the exception pegen raises for it (_Pypegen_tokenizer_error).
    """

    def __init__(self, tokenizer, keywords):
        self.tokenizer = tokenizer
        self.keywords = keywords
        self.level = 0
        self.type_ignores = []
        self.parser = None          # set by the parser reading these tokens

    def next(self):
        tokenizer = self.tokenizer
        while True:
            tok = tokenizer.get()
            type = tok.type
            if type == ERRORTOKEN and tokenizer.done != E_OK:
                if tokenizer.done == E_EOF and tokenizer.level and self.parser is not None:
                    self.parser.raise_unclosed_parentheses_error()
                raise tokenizer.done_error()
            if type != TYPE_IGNORE:
                break
            self.type_ignores.append(ast.TypeIgnore(tok.start[0], tok.string))
        string = tok.string
        if type == NAME:
            type = self.keywords.get(string, NAME)
        elif type in OPENERS:
            self.level += 1
        elif type in CLOSERS:
            self.level -= 1
        (lineno, col), (end_lineno, end_col) = tok.start, tok.end
        line = tok.line
        if not line.isascii():
            if lineno == end_lineno:
                col = byte_col(line, col)
                end_col = byte_col(line, end_col)
            else:
                lines = line.split("\n")
                col = byte_col(lines[0], col)
                end_col = byte_col(lines[min(end_lineno - lineno, len(lines) - 1)], end_col)
        return Token(type, string, lineno, col, end_lineno, end_col, self.level, line)

    def all(self):
        """Every token up to ENDMARKER.  On the way, `heaviest_line` is set
        to the weight of the heaviest logical line: its tokens, an f-string
        counting its length (see parser.depth_bound, which needs it)."""
        tokens = []
        append = tokens.append
        line_start = 0
        heaviest = 0
        extra = 0
        while True:
            tok = self.next()
            append(tok)
            kind = tok.type
            if kind == NEWLINE or kind == ENDMARKER:
                weight = len(tokens) - line_start + extra
                if weight > heaviest:
                    heaviest = weight
                if kind == ENDMARKER:
                    self.heaviest_line = heaviest
                    return tokens
                line_start = len(tokens)
                extra = 0
            elif kind == STRING and "f" in tok.string[:3].lower():
                extra += len(tok.string)


class LazyTokens(list):
    """The token array filled on demand, as C's p->tokens and p->fill.

    Used when the input has an error: then which tokens the parser has read
    matters (a tokenizer error is raised only once the parser gets to it, and
    "invalid syntax" points at the last token read), so the parse is run
    again over this list.  len(self) is p->fill.
    """

    def __init__(self, source):
        list.__init__(self)
        self.source = source

    def __getitem__(self, index):
        while index >= list.__len__(self):
            list.append(self, self.source.next())
        return list.__getitem__(self, index)


def new_identifier(name):
    """_PyPegen_new_identifier: names are NFKC-normalised (PEP 3131)."""
    if name.isascii():
        return name
    return unicodedata.normalize("NFKC", name)


def parse_number(text):
    """parsenumber (Parser/pegen.c): the value of a NUMBER token."""
    text = text.replace("_", "")
    last = text[-1]
    if last in "jJ":
        return complex(0.0, float(text[:-1]))
    if text[:2].lower() in ("0x", "0o", "0b"):
        return int(text, 0)
    if "." in text or "e" in text or "E" in text:
        return float(text)
    return int(text)


class Parser:
    """pegen's Parser struct and the functions of pegen.c that use it."""

    KEYWORDS = {}
    SOFT_KEYWORDS = ()
    barry_as_flufl = False       # PyPARSE_BARRY_AS_BDFL: compile()'s CO_FUTURE_BARRY_AS_BDFL

    def __init__(self, tokens, tokenizer, filename="<unknown>", mode="exec",
                 feature_version=None, type_ignores=None, string_warnings=None):
        self.tokens = tokens
        self.tokenizer = tokenizer
        self.mark = 0
        self.filename = filename
        self.mode = mode
        self.feature_version = 11 if feature_version is None else feature_version
        self.call_invalid_rules = False
        self.type_ignores = type_ignores if type_ignores is not None else []
        self.known_err_token = None
        self.warnings = string_warnings     # None: issue warnings with warnings.warn
        # For the f-string sub-parsers (fstring_compile_expr): where the
        # expression's text sits in the file.
        self.starting_lineno = 0
        self.starting_col_offset = 0

    # --- Reading tokens -------------------------------------------------------------

    def expect(self, type):
        """_PyPegen_expect_token: the next token if it has this type."""
        tok = self.tokens[self.mark]
        if tok.type == type:
            self.mark += 1
            return tok
        return None

    def expect_any(self, types):
        """A group of bare tokens, ('.' | '...'): the next token if its type is one of them."""
        tok = self.tokens[self.mark]
        if tok.type in types:
            self.mark += 1
            return tok
        return None

    def expect_forced(self, type, expected):
        """_PyPegen_expect_forced_token: `&&':'` fails at once if ':' is missing."""
        tok = self.tokens[self.mark]
        if tok.type != type:
            self.raise_error_known_location(SyntaxError, tok.lineno, tok.col_offset,
                                            tok.end_lineno, tok.end_col_offset,
                                            "expected '%s'" % expected)
        self.mark += 1
        return tok

    def expect_soft_keyword(self, keyword):
        """_PyPegen_expect_soft_keyword: a NAME spelled `keyword`, as an ast.Name."""
        tok = self.tokens[self.mark]
        if tok.type == NAME and tok.string == keyword:
            return self.name()
        return None

    def soft_keyword(self):
        """_PyPegen_soft_keyword_token: any soft keyword."""
        tok = self.tokens[self.mark]
        if tok.type == NAME and tok.string in self.SOFT_KEYWORDS:
            return self.name()
        return None

    def name(self):
        """_PyPegen_name_token: a NAME token as an ast.Name (Load)."""
        tok = self.tokens[self.mark]
        if tok.type != NAME:
            return None
        self.mark += 1
        name = tok.string
        if not name.isascii():
            name = new_identifier(name)
        return ast.Name(name, LOAD, tok.lineno, tok.col_offset, tok.end_lineno,
                        tok.end_col_offset)

    def number(self):
        """_PyPegen_number_token: a NUMBER token as an ast.Constant."""
        tok = self.tokens[self.mark]
        if tok.type != NUMBER:
            return None
        self.mark += 1
        text = tok.string
        if self.feature_version < 6 and "_" in text:
            self.raise_syntax_error("Underscores in numeric literals are only supported "
                                    "in Python 3.6 and greater")
        try:
            value = parse_number(text)
        except ValueError as error:       # more digits than int() converts
            self.raise_syntax_error_known_location(tok, str(error))
        return ast.Constant(value, None, tok.lineno, tok.col_offset, tok.end_lineno,
                            tok.end_col_offset)

    def string(self):
        """_PyPegen_string_token: a STRING token (strings concatenates them)."""
        tok = self.tokens[self.mark]
        if tok.type != STRING:
            return None
        self.mark += 1
        return tok

    def positive_lookahead(self, rule):
        """_PyPegen_lookahead(1, ...): does `rule` match here?  Nothing is consumed."""
        mark = self.mark
        res = rule()
        self.mark = mark
        return bool(res)

    def negative_lookahead(self, rule):
        """_PyPegen_lookahead(0, ...)."""
        mark = self.mark
        res = rule()
        self.mark = mark
        return not res

    def last_nonwhitespace_token(self):
        """_PyPegen_get_last_nonnwhitespace_token: where the text just matched ends.

        NEWLINE, INDENT, DEDENT and ENDMARKER do not count, so a block ends at
        its last statement, not at the DEDENT after it.
        """
        tokens = self.tokens
        m = self.mark - 1
        tok = None
        while m >= 0:
            tok = tokens[m]
            if tok.type != ENDMARKER and not (NEWLINE <= tok.type <= DEDENT):
                break
            m -= 1
        return tok

    # --- Helpers the actions call (Parser/action_helpers.c, pegen.c) ----------------

    def make_module(self, statements):
        """_PyPegen_make_module: the Module, with the `# type: ignore` comments."""
        return ast.Module(statements or [], self.type_ignores)

    def interactive_exit(self):
        """_PyPegen_interactive_exit: the end of interactive input fails the rule."""
        return None

    def check_version(self, version, message, node):
        """CHECK_VERSION: reject syntax newer than feature_version (3.x)."""
        if node is None:
            return None
        if self.feature_version < version:
            self.raise_syntax_error("%s only supported in Python 3.%d and greater"
                                    % (message, version))
        return node

    def check_barry_as_flufl(self, tok):
        """_PyPegen_check_barry_as_flufl: the tokenizer reads both '!=' and
        '<>' as NOTEQUAL; only '!=' is a comparison, unless compile() was
        given CO_FUTURE_BARRY_AS_BDFL, which allows only '<>'.  (As in
        3.11, the future import in the source itself does not change how
        its own text is parsed.)"""
        if self.barry_as_flufl:
            if tok.string != "<>":
                self.raise_syntax_error("with Barry as BDFL, use '<>' instead of '!='")
            return tok
        return tok if tok.string == "!=" else None

    def ensure_real(self, number):
        """_PyPegen_ensure_real."""
        if isinstance(number.value, complex):
            self.raise_syntax_error_known_location(number, "real number required in complex literal")
        return number

    def ensure_imaginary(self, number):
        """_PyPegen_ensure_imaginary."""
        if not isinstance(number.value, complex):
            self.raise_syntax_error_known_location(number, "imaginary number required in complex literal")
        return number

    def dummy_name(self):
        """_PyPegen_dummy_name: a placeholder the caller replaces."""
        return ast.Name("", LOAD, 1, 0, 1, 0)

    def concatenate_strings(self, tokens):
        """_PyPegen_concatenate_strings: adjacent STRING tokens to one node."""
        from glass.parser.string_parser import concatenate_strings
        return concatenate_strings(self, tokens)

    def check_legacy_stmt(self, name):
        """_PyPegen_check_legacy_stmt: `print x` and `exec x` get their own message."""
        return type(name) is ast.Name and name.id in ("print", "exec")

    def nonparen_genexp_in_call(self, args, comprehensions):
        """_PyPegen_nonparen_genexp_in_call: f(a, x for x in y)."""
        if len(args.args) <= 1:
            return None
        from glass.parser.pegen.action_helpers import get_last_comprehension_item
        return self.raise_syntax_error_known_range(
            args.args[-1], get_last_comprehension_item(comprehensions[-1]),
            "Generator expression must be parenthesized")

    def arguments_parsing_error(self, call):
        """_PyPegen_arguments_parsing_error: a positional argument after keywords."""
        if any(keyword.arg is None for keyword in call.keywords):
            message = "positional argument follows keyword argument unpacking"
        else:
            message = "positional argument follows keyword argument"
        return self.raise_syntax_error(message)

    # --- Raising SyntaxErrors (Parser/pegen_errors.c) -------------------------------

    def raise_syntax_error(self, message):
        """RAISE_SYNTAX_ERROR: at the last token read."""
        self.raise_error(SyntaxError, message)

    def raise_indentation_error(self, message):
        """RAISE_INDENTATION_ERROR."""
        self.raise_error(IndentationError, message)

    def raise_syntax_error_known_location(self, a, message):
        """RAISE_SYNTAX_ERROR_KNOWN_LOCATION: at node or token `a`."""
        self.raise_error_known_location(SyntaxError, a.lineno, a.col_offset, a.end_lineno,
                                        a.end_col_offset, message)

    def raise_syntax_error_known_range(self, a, b, message):
        """RAISE_SYNTAX_ERROR_KNOWN_RANGE: from the start of `a` to the end of `b`."""
        self.raise_error_known_location(SyntaxError, a.lineno, a.col_offset, b.end_lineno,
                                        b.end_col_offset, message)

    def raise_syntax_error_starting_from(self, a, message):
        """RAISE_SYNTAX_ERROR_STARTING_FROM: from `a` to where the tokenizer is."""
        self.raise_error_known_location(SyntaxError, a.lineno, a.col_offset, CURRENT_POS,
                                        CURRENT_POS, message)

    def raise_syntax_error_invalid_target(self, kind, e):
        """_RAISE_SYNTAX_ERROR_INVALID_TARGET: "cannot assign to ..." at the culprit."""
        from glass.parser.pegen.action_helpers import (
            DEL_TARGETS, get_expr_name, get_invalid_target)
        target = get_invalid_target(e, kind)
        if target is None:
            return None
        verb = "delete" if kind == DEL_TARGETS else "assign to"
        self.raise_syntax_error_known_location(
            target, "cannot %s %s" % (verb, get_expr_name(target)))

    def raise_unclosed_parentheses_error(self):
        """raise_unclosed_parentheses_error: "'(' was never closed", at the bracket."""
        tok = self.tokenizer
        lineno = tok.parenlinenostack[-1]
        col = tok.parencolstack[-1]
        line_start = 0
        for _ in range(lineno - 1 - (self.starting_lineno - 1 if self.starting_lineno else 0)):
            line_start = tok.text.find("\n", line_start) + 1
        col = len(tok.text[line_start:line_start + col].encode("utf-8", "surrogateescape"))
        self.raise_error_known_location(SyntaxError, lineno, col, lineno, -1,
                                        "'%s' was never closed" % tok.parenstack[-1])

    def raise_error(self, errtype, message):
        """_PyPegen_raise_error: at the last token read (p->tokens[p->fill-1])."""
        tokens = self.tokens
        fill = list.__len__(tokens)
        if fill == 0:
            self.raise_error_known_location(errtype, 0, -1, 0, -2, message)
        tok = self.known_err_token or list.__getitem__(tokens, fill - 1)
        if tok.col_offset == -1:
            col_offset = self.tokenizer_col()
        else:
            col_offset = tok.col_offset + 1
        end_col_offset = tok.end_col_offset + 1 if tok.end_col_offset != -1 else -1
        self.raise_located(errtype, message, tok.lineno, col_offset, tok.end_lineno,
                           end_col_offset)

    def error_line_from_tokenizer_buffers(self, lineno):
        """get_error_line_from_tokenizer_buffers: line `lineno` of the source
        string, without its newline (counted from the f-string expression's
        first line in a sub-parser)."""
        relative = lineno - self.starting_lineno + 1 if self.starting_lineno else lineno
        text = self.tokenizer.text
        start = 0
        for _ in range(relative - 1):
            newline = text.find("\n", start)
            if newline < 0 or newline + 1 > self.tokenizer.inp:
                break
            start = newline + 1
        end = text.find("\n", start)
        return text[start:] if end < 0 else text[start:end]

    def tokenizer_col(self):
        """The tokenizer's column (p->tok->cur - line_start) in bytes."""
        tok = self.tokenizer
        if tok.cur == tok.buf:
            return 0
        return len(tok.text[tok.line_start:tok.cur].encode("utf-8", "surrogateescape"))

    def raise_error_known_location(self, errtype, lineno, col_offset, end_lineno,
                                   end_col_offset, message):
        """RAISE_ERROR_KNOWN_LOCATION: 0-based byte columns made 1-based."""
        col = col_offset if col_offset == CURRENT_POS else col_offset + 1
        end_col = end_col_offset if end_col_offset == CURRENT_POS else end_col_offset + 1
        self.raise_located(errtype, message, lineno, col, end_lineno, end_col)

    def raise_located(self, errtype, message, lineno, col_offset, end_lineno, end_col_offset):
        """_PyPegen_raise_error_known_location: build and raise the SyntaxError.

        Columns come in as 1-based byte offsets and leave as 1-based character
        offsets into the error's text line.
        """
        tok = self.tokenizer
        if end_lineno == CURRENT_POS:
            end_lineno = tok.lineno
        if end_col_offset == CURRENT_POS:
            end_col_offset = self.tokenizer_col()
        if self.mode == "fstring":
            message = "f-string: " + message
        disk = None
        if tok.file_input and not tok.from_file:
            disk = program_text(tok.filename, lineno, tok.encoding)
        if tok.from_file:
            error_line = tok.source_line(lineno)        # _PyErr_ProgramDecodedTextObject
        elif disk is not None:
            error_line = disk
        elif tok.lineno <= lineno and tok.inp > tok.buf:
            error_line = tok.text[tok.buf:tok.inp]
        else:
            error_line = self.error_line_from_tokenizer_buffers(lineno)
        if self.mode == "fstring":
            col_offset -= self.starting_col_offset
            end_col_offset -= self.starting_col_offset
        col_number = col_offset
        end_col_number = end_col_offset
        if tok.encoding is not None:
            col_number = byte_offset_to_character_offset(error_line, col_offset)
            if end_col_number > 0:
                end_col_number = byte_offset_to_character_offset(error_line, end_col_number)
        raise make_syntax_error(errtype, message, self.filename, lineno, col_number,
                                printable(error_line), end_lineno, end_col_number)


def byte_offset_to_character_offset(line, col_offset):
    """_PyPegen_byte_offset_to_character_offset: how many characters the first
    `col_offset` bytes of the line decode to (1-based in, 1-based out)."""
    data = line.encode("utf-8", "surrogateescape")
    if col_offset > len(data) + 1:
        col_offset = len(data) + 1
    if col_offset <= 0:
        return col_offset
    # C decodes col_offset bytes of a NUL-terminated string: one past the
    # end reads the NUL, which counts as one more character.
    extra = 1 if col_offset == len(data) + 1 else 0
    return len(data[:col_offset].decode("utf-8", "replace")) + extra


def printable(text):
    if any("\udc80" <= ch <= "\udcff" for ch in text):
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return text


def make_syntax_error(errtype, message, filename, lineno, offset, text, end_lineno, end_offset):
    """A SyntaxError with all six location fields (set one by one on 3.9 hosts)."""
    if sys.version_info >= (3, 10):
        return errtype(message, (filename, lineno, offset, text, end_lineno, end_offset))
    error = errtype(message, (filename, lineno, offset, text))
    error.end_lineno = end_lineno
    error.end_offset = end_offset
    return error


LOAD = ast.Load()
