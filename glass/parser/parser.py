"""Parsing entry points: source text or bytes in, a Glass AST out.

Counterpart: Parser/pegen.c (_PyPegen_run_parser,
_PyPegen_run_parser_from_string) and Parser/pegen_errors.c
(_PyPegen_set_syntax_error, _PyPegen_tokenize_full_source_to_check_for_errors);
`parse` is what ast.parse() (compile() with PyCF_ONLY_AST) does.

    parse(source, filename='<unknown>', mode='exec', type_comments=False,
          feature_version=None) -> ast_nodes.Module / Expression / ...

How a parse runs, as in CPython:

1. First pass, without the invalid_ rules.  Glass reads all the tokens up
   front for speed; if that goes well and the parse succeeds, that is all.
2. Otherwise the input has an error, and where it is reported depends on
   how far the parser read, so Glass parses again reading tokens on demand
   as C does (LazyTokens): a tokenizer error is raised when the parser
   reaches it, "invalid syntax" points at the last token read.
3. If that first pass fails without an exception, the second pass runs
   with the invalid_ rules on, to find a specific message.
4. _PyPegen_set_syntax_error decides what is raised; a tokenizer error
   further on in the source takes precedence over a parser error.
"""
from __future__ import annotations

import sys

from glass.parser import ast_nodes as ast
from glass.parser.pegen.runtime import LazyTokens, TokenSource
from glass.parser.python_parser import PythonParser
from glass.parser.token import ENDMARKER, ERRORTOKEN, NEWLINE
from glass.parser.tokenizer import E_EOF, E_OK, Tokenizer

MODES = {"exec": "file", "eval": "eval", "single": "interactive",
         "func_type": "func_type", "fstring": "fstring"}

# The C parser gives up with MemoryError beyond MAXSTACK (6000) nested rule
# calls.  Glass's rules are host frames, about one per C rule call, so the
# host's recursion limit is set that far above the caller's depth for the
# parse, and a RecursionError becomes CPython's MemoryError.  (C counts
# exactly; Glass counts frames, which its helper methods add to a little.)
MAXSTACK = 6000


def _stack_depth():
    frame = sys._getframe(1)
    depth = 0
    while frame is not None:
        depth += 1
        frame = frame.f_back
    return depth


class SingleInputSource(TokenSource):
    """_PyPegen_fill_token in Py_single_input mode: the first ENDMARKER becomes
    a NEWLINE (with the pending DEDENTs), so `if x:\\n pass` ends its statement."""

    def __init__(self, tokenizer, keywords):
        TokenSource.__init__(self, tokenizer, keywords)
        self.parsing_started = False

    def next(self):
        tok = TokenSource.next(self)
        if tok.type == ENDMARKER and self.parsing_started:
            tok.type = NEWLINE
            self.parsing_started = False
            tokenizer = self.tokenizer
            indent = len(tokenizer.indstack) - 1
            if indent:
                tokenizer.pendin = -indent
                del tokenizer.indstack[1:]
                del tokenizer.altindstack[1:]
        else:
            self.parsing_started = True
        return tok


class FstringSource(TokenSource):
    """The tokens of an f-string expression, moved to where it sits in the file.

    As initialize_token does for p->starting_lineno / starting_col_offset:
    only tokens the tokenizer reads on the expression's first line move right.
    """

    def __init__(self, tokenizer, keywords, starting_lineno, starting_col_offset):
        TokenSource.__init__(self, tokenizer, keywords)
        self.starting_lineno = starting_lineno
        self.starting_col_offset = starting_col_offset

    def next(self):
        tok = TokenSource.next(self)
        if self.tokenizer.lineno == self.starting_lineno:
            tok.col_offset += self.starting_col_offset
            tok.end_col_offset += self.starting_col_offset
        return tok


class ParseJob:
    """Everything needed to (re)start one parse: how to make the tokenizer,
    the token source and the parser (a parse may run twice, see above)."""

    def __init__(self, text, filename, mode, type_comments, feature_version, encoding,
                 from_file=False, starting_lineno=0, starting_col_offset=0,
                 outer=None):
        self.text = text
        self.filename = filename
        self.mode = mode
        self.type_comments = type_comments
        self.feature_version = feature_version
        self.encoding = encoding
        self.from_file = from_file
        self.starting_lineno = starting_lineno
        self.starting_col_offset = starting_col_offset
        self.outer = outer          # the parser of the string, for an f-string expression

    def tokenizer(self):
        tokenizer = Tokenizer(self.text, self.filename,
                              exec_input=self.mode in ("exec", "fstring"),
                              from_file=self.from_file, encoding=self.encoding,
                              type_comments=self.type_comments,
                              async_hacks=self.feature_version < 7)
        if self.mode == "fstring":
            tokenizer.lineno = self.starting_lineno - 1
        return tokenizer

    def source(self, tokenizer):
        keywords = PythonParser.KEYWORDS
        if self.mode == "single":
            return SingleInputSource(tokenizer, keywords)
        if self.mode == "fstring":
            return FstringSource(tokenizer, keywords, self.starting_lineno,
                                 self.starting_col_offset)
        return TokenSource(tokenizer, keywords)

    def parser(self, tokens, tokenizer, source):
        p = PythonParser(tokens, tokenizer, self.filename, self.mode, self.feature_version,
                         source.type_ignores)
        source.parser = p
        if self.outer is not None:
            p.warnings = self.outer.warnings
        p.starting_lineno = self.starting_lineno
        p.starting_col_offset = self.starting_col_offset
        return p


def start_rule(p):
    return getattr(p, MODES[p.mode])()


def run_parser(job):
    """_PyPegen_run_parser: the tree, or the SyntaxError CPython raises."""
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(_stack_depth() + MAXSTACK)
    try:
        return _run_parser(job)
    except RecursionError:
        raise MemoryError() from None
    finally:
        sys.setrecursionlimit(limit)


def _run_parser(job):
    if job.mode != "single":
        # The fast road: all tokens at once, first pass only.
        tokenizer = job.tokenizer()
        source = job.source(tokenizer)
        try:
            tokens = source.all()
        except SyntaxError:
            tokens = None
        if tokens is not None:
            p = job.parser(tokens, tokenizer, source)
            try:
                result = start_rule(p)
            except SyntaxError:
                result = None
            if result is not None:
                return result
    # The exact road: tokens on demand, as C reads them.
    tokenizer = job.tokenizer()
    source = job.source(tokenizer)
    tokens = LazyTokens(source)
    p = job.parser(tokens, tokenizer, source)
    result = None
    try:
        result = start_rule(p)
    except SyntaxError as error:
        set_syntax_error(p, None, error)
    if result is not None:
        if job.mode == "single" and bad_single_statement(p):
            p.raise_syntax_error("multiple statements found while compiling a single statement")
        return result
    last_token = list.__getitem__(tokens, len(tokens) - 1)
    # reset_parser_state_for_error_pass
    for tok in list.__iter__(tokens):
        tok.memo = {}
    p.mark = 0
    p.call_invalid_rules = True
    try:
        start_rule(p)
    except SyntaxError as error:
        set_syntax_error(p, last_token, error)
    set_syntax_error(p, last_token, None)


def set_syntax_error(p, last_token, error):
    """_PyPegen_set_syntax_error: raise the error the parse ends with."""
    tokenizer = p.tokenizer
    if error is not None:
        # Tokenizer errors further on win over the parser's own errors.
        if tokenizer.done == E_OK and isinstance(error, SyntaxError):
            error = tokenize_full_source_to_check_for_errors(p, error)
        raise error
    if last_token.type == ERRORTOKEN and tokenizer.done == E_EOF:
        if tokenizer.level:
            p.raise_unclosed_parentheses_error()
        p.raise_syntax_error("unexpected EOF while parsing")
    if last_token.type in (5, 6):               # INDENT, DEDENT
        p.raise_indentation_error("unexpected indent" if last_token.type == 5
                                  else "unindent does not match any outer indentation level")
    # The generic error is placed at the last token of the first pass, not
    # wherever the invalid_ rules of the second pass got to.
    try:
        p.raise_error_known_location(SyntaxError, last_token.lineno, last_token.col_offset,
                                     last_token.end_lineno, last_token.end_col_offset,
                                     "invalid syntax")
    except SyntaxError as generic:
        raise tokenize_full_source_to_check_for_errors(p, generic)


def tokenize_full_source_to_check_for_errors(p, error):
    """_PyPegen_tokenize_full_source_to_check_for_errors: read the rest of the
    tokens; a tokenizer error there replaces `error`."""
    tokens = p.tokens
    current = p.known_err_token or list.__getitem__(tokens, len(tokens) - 1)
    current_err_line = current.lineno
    tokenizer = p.tokenizer
    while True:
        try:
            tok = tokenizer.get()
        except SyntaxError as tokenizer_error:
            return tokenizer_error
        if tok.type == ERRORTOKEN:
            if tokenizer.level != 0:
                error_lineno = tokenizer.parenlinenostack[-1]
                if current_err_line > error_lineno:
                    try:
                        p.raise_unclosed_parentheses_error()
                    except SyntaxError as unclosed:
                        return unclosed
            return error
        if tok.type == ENDMARKER:
            return error


def bad_single_statement(p):
    """bad_single_statement: anything but blanks and comments after the statement?"""
    tokenizer = p.tokenizer
    text = tokenizer.text
    i = tokenizer.cur
    n = len(text)
    while True:
        while i < n and text[i] in " \t\n\x0c":
            i += 1
        if i >= n:
            return False
        if text[i] != "#":
            return True
        while i < n and text[i] != "\n":
            i += 1


# --- Entry points ----------------------------------------------------------------------

def _bytes_encoding(data):
    """tok->encoding for bytes input: set only by a BOM or a coding cookie."""
    from glass.parser.source import BOM_UTF8, get_coding_spec
    if data.startswith(BOM_UTF8):
        return "utf-8"
    lines = data.split(b"\n", 2)
    for line in lines[:2]:
        spec = get_coding_spec(line)
        if spec is not None:
            return spec
    return None


def parse(source, filename="<unknown>", mode="exec", type_comments=False,
          feature_version=None, from_file=False):
    """ast.parse: the AST of `source` (str or bytes), or CPython's SyntaxError.

    `feature_version` is a (3, minor) tuple or a minor number; syntax newer
    than it is rejected as CPython rejects it.
    """
    if mode not in ("exec", "eval", "single", "func_type"):
        raise ValueError("compile() mode must be 'exec', 'eval' or 'single'")
    if isinstance(feature_version, tuple):
        major, minor = feature_version
        if major != 3:
            raise ValueError("Unsupported major version: %d" % major)
        feature_version = minor
    if feature_version is None or feature_version < 0:
        feature_version = 11
    if isinstance(source, (bytes, bytearray)):
        from glass.parser.source import decode_string
        data = bytes(source)
        encoding = _bytes_encoding(data)
        text = decode_string(data, filename, exec_input=mode == "exec")
    else:
        text = source
        encoding = "utf-8"
        if "\0" in text:
            # 3.11.7 raises a SyntaxError without a location (3.11.0 raised
            # ValueError); the host is the oracle.
            raise SyntaxError("source code string cannot contain null bytes")
    job = ParseJob(text, filename, mode, type_comments, feature_version, encoding,
                   from_file=from_file)
    return run_parser(job)


def parse_fstring_expression(outer, text, starting_lineno, starting_col_offset):
    """The sub-parser of fstring_compile_expr: `text` is "(" + expression + ")"."""
    job = ParseJob(text, outer.filename, "fstring", False, outer.feature_version,
                   "utf-8", starting_lineno=starting_lineno,
                   starting_col_offset=starting_col_offset, outer=outer)
    return _run_parser(job)


def dump(node, annotate_fields=True, include_attributes=False, indent=None):
    """ast.dump for Glass trees (see ast_nodes.dump)."""
    return ast.dump(node, annotate_fields, include_attributes, indent)
