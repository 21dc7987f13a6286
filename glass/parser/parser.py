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

import gc
import platform
import sys
import threading

from glass.parser import ast_nodes as ast
from glass.parser.pegen.runtime import LazyTokens, TokenSource
from glass.parser.python_parser import PythonParser
from glass.parser.token import ENDMARKER, ERRORTOKEN, NEWLINE, STRING
from glass.parser.tokenizer import E_EOF, E_OK, MAXINDENT, Tokenizer

MODES = {"exec": "file", "eval": "eval", "single": "interactive",
         "func_type": "func_type", "fstring": "fstring"}

# The C parser gives up with MemoryError beyond MAXSTACK (6000) nested rule
# calls (p->level).  Glass's rules are host frames, one per C rule call (the
# generated parser has a method for each C function, the _raw halves of
# left-recursive rules included), so the host's recursion limit does most
# of the counting for free: the parse runs with the limit MAXSTACK frames
# above the caller's depth.  Other frames count too (expect, an AST
# constructor, C-level recursion the host counts), so reaching that limit
# means "MAXSTACK levels, or nearly": then the parse runs again with
# CountingParser, whose rule methods count p->level exactly as C does, and
# that run gives the answer.  Deep input is rare, so the exact count costs
# nothing on ordinary input.  PyPy counts its limit in bytes of stack, not
# in frames, so there CountingParser always runs (its JIT makes it cheap).
MAXSTACK = 6000
HOST_COUNTS_FRAMES = platform.python_implementation() == "CPython"


class _NearMaxstack(Exception):
    """The frame-counted parse reached the limit: count exactly instead."""


# The host stack the parse needs is therefore bounded (MAXSTACK frames, and
# as many again for each nested f-string sub-parser, at most four).  CPython
# 3.11 keeps Python frames on the heap, so any thread will do; CPython 3.9
# and 3.10 and PyPy use the C stack for them, so there the parse runs on a
# thread of Glass's own with a stack of PARSER_STACK_SIZE bytes, whatever
# stack the caller's thread has.
FRAMES_ON_HEAP = (platform.python_implementation() == "CPython"
                  and sys.version_info >= (3, 11))
PARSER_STACK_SIZE = 256 * 1024 * 1024
_parser_thread = threading.local()          # .on_parser_stack: in Glass's thread
_stack_size_lock = threading.Lock()

# PyAST_mod2obj: turning the C tree into Python objects counts the nesting of
# nodes, and gives up beyond three times the recursion limit.
COMPILER_STACK_FRAME_SCALE = 3


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
                 outer=None, pending_error=None, barry_as_flufl=False):
        self.text = text
        self.barry_as_flufl = barry_as_flufl
        self.pending_error = pending_error   # a file's bad line (source.read_file)
        self.filename = filename
        self.mode = mode
        self.type_comments = type_comments
        self.feature_version = feature_version
        self.encoding = encoding
        self.from_file = from_file
        self.starting_lineno = starting_lineno
        self.starting_col_offset = starting_col_offset
        self.outer = outer          # the parser of the string, for an f-string expression
        # PythonParser, or CountingParser when nesting is counted exactly.
        self.parser_class = type(outer) if outer is not None else PythonParser
        self.tokens = None          # the tokens read on demand (the exact road)
        self.heaviest_line = None   # or what the fast road found of them (depth_bound)

    def tokenizer(self, warn=None):
        tokenizer = Tokenizer(self.text, self.filename,
                              exec_input=self.mode in ("exec", "fstring"),
                              from_file=self.from_file, encoding=self.encoding,
                              type_comments=self.type_comments,
                              async_hacks=self.feature_version < 7,
                              pending_error=self.pending_error, warn=warn)
        if self.mode == "fstring":
            tokenizer.lineno = self.starting_lineno - 1
        tokenizer.file_input = self.mode == "exec"
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
        p = self.parser_class(tokens, tokenizer, self.filename, self.mode,
                              self.feature_version, source.type_ignores)
        source.parser = p
        if self.outer is not None:
            p.warnings = self.outer.warnings
        p.starting_lineno = self.starting_lineno
        p.starting_col_offset = self.starting_col_offset
        p.barry_as_flufl = self.barry_as_flufl
        return p


def _counting(rule):
    """A rule method that counts its nesting as C's rules do (p->level++)."""
    def counted(self):
        level = self.level + 1
        if level > MAXSTACK:
            raise MemoryError()
        self.level = level
        try:
            return rule(self)
        finally:
            self.level = level - 1
    counted.__name__ = rule.__name__
    counted.__doc__ = rule.__doc__
    return counted


class CountingParser(PythonParser):
    """PythonParser with every rule method counting p->level (for PyPy)."""
    level = 0


for _name, _rule in list(vars(PythonParser).items()):
    if callable(_rule) and not _name.startswith("__"):
        setattr(CountingParser, _name, _counting(_rule))

def start_rule(p):
    return getattr(p, MODES[p.mode])()


def run_parser(job):
    """_PyPegen_run_parser: the tree, or the SyntaxError CPython raises.

    Runs on a thread with a stack of known size unless the host keeps its
    frames on the heap (see PARSER_STACK_SIZE); see MAXSTACK for the two
    ways the nesting is counted.
    """
    if HOST_COUNTS_FRAMES:
        try:
            return _on_bounded_stack(_run_counted_by_frames, job)
        except _NearMaxstack:
            pass
    job.parser_class = CountingParser
    return _on_bounded_stack(_run_counting_levels, job)


def _on_bounded_stack(function, job):
    if FRAMES_ON_HEAP or getattr(_parser_thread, "on_parser_stack", False):
        return function(job)
    return _on_parser_thread(function, job)


def _run_counted_by_frames(job):
    """The parse with the host's recursion limit MAXSTACK frames above here.

    The host's cycle collector is off meanwhile: a parse allocates hundreds
    of thousands of containers (tokens, memo dicts, nodes) and makes no
    garbage worth collecting, so collecting during it only costs time.
    (7% on bench/parse.py, CPython 3.11.)
    """
    limit = sys.getrecursionlimit()
    collecting = gc.isenabled()
    gc.disable()
    # Frames from here to the start rule's: _run_parser, start_rule.  Rule
    # level L is then at most frame depth + 2 + L, so MAXSTACK + 2 frames
    # are never reached before C's limit is.
    sys.setrecursionlimit(_stack_depth() + 2 + MAXSTACK)
    try:
        return _run_parser(job)
    except RecursionError:
        raise _NearMaxstack() from None
    finally:
        sys.setrecursionlimit(limit)
        if collecting:
            gc.enable()


def _run_counting_levels(job):
    """The parse with CountingParser, which raises C's MemoryError itself.

    The host's limit must only never stop it first: two frames a level (the
    wrapper, the rule), for the parser and each of up to four nested
    f-string sub-parsers, with the helpers on top.
    """
    limit = sys.getrecursionlimit()
    collecting = gc.isenabled()
    gc.disable()
    sys.setrecursionlimit(_stack_depth() + 12 * MAXSTACK)
    try:
        return _run_parser(job)
    except RecursionError:          # cannot happen within the bound above
        raise MemoryError() from None
    finally:
        sys.setrecursionlimit(limit)
        if collecting:
            gc.enable()


def _on_parser_thread(function, *args):
    """function(*args) on a new thread with PARSER_STACK_SIZE bytes of stack;
    its result is returned and its exception raised here."""
    outcome = []

    def target():
        _parser_thread.on_parser_stack = True
        try:
            outcome.append((True, function(*args)))
        except BaseException as error:      # handed over to the caller's thread
            outcome.append((False, error))

    with _stack_size_lock:
        previous = threading.stack_size(PARSER_STACK_SIZE)
        try:
            thread = threading.Thread(target=target, name="glass-parser", daemon=True)
            thread.start()
        finally:
            threading.stack_size(previous)
    thread.join()
    ok, value = outcome[0]
    if ok:
        return value
    raise value


def _tokenizer_warning_sink(filename):
    """The tokenizer's warn(): a SyntaxWarning through diagnostics (which
    raises it when a filter makes it an error)."""
    def warn(category, message, lineno):
        from glass.parser import diagnostics
        diagnostics.warn_explicit(SyntaxWarning, message, filename, lineno)
    return warn


def _run_parser(job):
    if job.mode != "single":
        # The fast road: all tokens at once, first pass only.
        tokenizer = job.tokenizer()
        source = job.source(tokenizer)
        try:
            tokens = source.all()
        except SyntaxError:
            tokens = None
        if tokenizer.warnings:
            # The tokenizer's SyntaxWarnings are issued as C issues them,
            # while tokens are read (one may be an error): the exact road.
            tokens = None
        if tokens is not None:
            p = job.parser(tokens, tokenizer, source)
            if job.outer is None:
                p.warnings = []         # collected: the exact road issues them
            try:
                result = start_rule(p)
            except SyntaxError:
                result = None
            if result is not None and p.warnings:
                result = None           # warnings to issue where C issues them
            if result is not None:
                job.heaviest_line = source.heaviest_line
                return result
    # The exact road: tokens on demand, as C reads them.
    tokenizer = job.tokenizer(warn=_tokenizer_warning_sink(job.filename))
    source = job.source(tokenizer)
    tokens = job.tokens = LazyTokens(source)
    job.heaviest_line = None
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
            # An identifier that is not UTF-8 (E_DECODE): here C lets the
            # codec's UnicodeDecodeError itself out, unconverted.
            unicode_error = getattr(tokenizer_error, "unicode_error", None)
            return unicode_error if unicode_error is not None else tokenizer_error
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
          feature_version=None, from_file=False, recursion_limit=1000,
          recursion_depth=0, barry_as_flufl=False):
    """ast.parse: the AST of `source` (str or bytes), or CPython's SyntaxError.

    `feature_version` is a (3, minor) tuple or a minor number; syntax newer
    than it is rejected as CPython rejects it.

    `recursion_limit` and `recursion_depth` are the guest's recursion limit
    and the depth of the frame calling ast.parse: as PyAST_mod2obj does, a
    tree nested deeper than COMPILER_STACK_FRAME_SCALE times (limit - depth)
    raises RecursionError("maximum recursion depth exceeded during ast
    construction").  compile() to bytecode makes no Python objects of the
    tree and so has no such check: pass recursion_limit=None.

    `barry_as_flufl`: compile()'s CO_FUTURE_BARRY_AS_BDFL, spelling '!=' '<>'.
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
    pending_error = None
    if isinstance(source, (bytes, bytearray)) and from_file:
        # `python3 FILE`'s road: line by line, a cookie switching the codec,
        # a bad line reported only when the tokenizer reaches it.
        from glass.parser.source import read_file
        text, pending_error, encoding = read_file(bytes(source), filename)
        encoding = encoding or "utf-8"
    elif isinstance(source, (bytes, bytearray)):
        from glass.parser.source import decode_string
        data = bytes(source)
        if b"\0" in data and not from_file:
            # source_as_string (Python/pythonrun.c) refuses NUL before decoding.
            raise SyntaxError("source code string cannot contain null bytes")
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
                   from_file=from_file, pending_error=pending_error,
                   barry_as_flufl=barry_as_flufl)
    tree = run_parser(job)
    if recursion_limit is not None:
        budget = COMPILER_STACK_FRAME_SCALE * (recursion_limit - recursion_depth)
        if depth_bound(job) > budget and deeper_than(tree, budget):
            raise RecursionError("maximum recursion depth exceeded during ast construction")
    return tree


# The fields of each node class that can hold counted nodes: not names,
# numbers or constants, and not the simple sums (expr_context, operator...),
# which ast2obj makes by a switch over singletons, counting no depth.
_SIMPLE = {"identifier", "int", "string", "constant",
           "expr_context", "boolop", "operator", "unaryop", "cmpop"}


def _child_fields():
    fields = {}
    for cls in ast.NODE_CLASSES.values():
        names = []
        for field in ast.NODE_FIELDS.get(cls.__name__, ()):
            if field.type not in _SIMPLE:
                names.append(field.name)
        fields[cls] = tuple(names)
    return fields


CHILD_FIELDS = _child_fields()


def depth_bound(job):
    """A bound on how deeply the tree of these tokens can nest, cheap enough
    to spare walking the tree (deeper_than) for almost every file.

    A path from the root crosses at most MAXINDENT + 1 levels of compound
    statements (two nodes each: an If and its body, a Try and its handler),
    and then stays within one logical line, where each node owns a token of
    its own, or shares its span with at most two others (Expr, withitem,
    arguments): so at most 3 nodes a token.  An f-string is one token that
    holds expressions, so it weighs its length in characters.
    The fast road weighs the lines as it reads the tokens (TokenSource.all).
    """
    if job.heaviest_line is not None:
        return 2 * (MAXINDENT + 1) + 1 + 3 * job.heaviest_line
    heaviest = weight = 0
    for tok in list.__iter__(job.tokens):
        kind = tok.type
        if kind == NEWLINE:
            if weight > heaviest:
                heaviest = weight
            weight = 0
        elif kind == STRING and "f" in tok.string[:3].lower():
            weight += len(tok.string)
        else:
            weight += 1
    return 2 * (MAXINDENT + 1) + 1 + 3 * max(heaviest, weight)


def deeper_than(tree, budget):
    """Is some chain of nodes in `tree` longer than `budget`?  (ast2obj_* counts
    state->recursion_depth up for each node it converts.)  Walked with a list
    of its own, not host recursion."""
    children = CHILD_FIELDS
    pending = [(tree, 1)]
    pop = pending.pop
    push = pending.append
    while pending:
        node, depth = pop()
        if depth > budget:
            return True
        depth += 1
        names = children[node.__class__]
        if names:
            fields = node.__dict__
            for name in names:
                value = fields.get(name)
                if value is None:
                    continue
                if value.__class__ is list:
                    for item in value:
                        if item is not None:
                            push((item, depth))
                else:
                    push((value, depth))
    return False


def parse_fstring_expression(outer, text, starting_lineno, starting_col_offset):
    """The sub-parser of fstring_compile_expr: `text` is "(" + expression + ")"."""
    job = ParseJob(text, outer.filename, "fstring", False, outer.feature_version,
                   "utf-8", starting_lineno=starting_lineno,
                   starting_col_offset=starting_col_offset, outer=outer)
    return _run_parser(job)


def dump(node, annotate_fields=True, include_attributes=False, indent=None):
    """ast.dump for Glass trees (see ast_nodes.dump)."""
    return ast.dump(node, annotate_fields, include_attributes, indent)
