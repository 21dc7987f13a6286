"""Bad input: deep nesting, huge files, random bytes, a small host stack.

Counterpart: Lib/test/test_syntax.py (test_error_parenthesis, the deep
nesting tests), Lib/test/test_ast.py (test_ast_recursion_limit) and
Parser/pegen.c's MAXSTACK.  Whatever the bytes, Glass's parser answers with
a tree or with the exception CPython 3.11 raises (SyntaxError, MemoryError
for more than 6000 nested rules, RecursionError when the tree is too deep
to become Python objects): never a host exception, a hang or a crash.

The expected answers are written out, so these tests run on PyPy too; on a
CPython 3.11 host each one is also checked against the host's ast.parse,
so the table cannot drift from what 3.11 says.
"""
from __future__ import annotations

import os
import random
import subprocess
import sys
import textwrap
import warnings

import pytest

from glass.parser.parser import parse
from glass.tools.stdlib import HOST_IS_CPYTHON_311
from oracle import needs_cpython311_host

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

AST_DEPTH = ("RecursionError", "maximum recursion depth exceeded during ast construction")
TOO_DEEP = ("MemoryError", "")


def outcome(function, source, mode="exec"):
    """What a parse gives: 'ok', or the exception's class and message
    (and, for a SyntaxError, its location and text)."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            function(source, "<unknown>", mode)
    except SyntaxError as error:
        return (type(error).__name__, error.msg, error.lineno, error.offset,
                getattr(error, "end_lineno", None), getattr(error, "end_offset", None),
                error.text)
    except (MemoryError, RecursionError, ValueError) as error:
        return (type(error).__name__, str(error))
    return "ok"


def host_outcome(source, mode="exec"):
    import ast
    return outcome(ast.parse, source, mode)


def nested_fstring(levels):
    text = "x"
    for i in range(levels):
        quote = "'" if i % 2 == 0 else '"'
        text = "f" + quote + "{" + text + "}" + quote
    return text


# name -> (source, the first fields of what 3.11 answers)
DEEP = {
    "parens_100": ("(" * 100 + ")" * 100, "ok"),
    "parens_200": ("(" * 200 + ")" * 200, "ok"),
    "parens_201": ("(" * 201 + ")" * 201, ("SyntaxError", "too many nested parentheses")),
    "parens_100000": ("(" * 100000 + ")" * 100000,
                      ("SyntaxError", "too many nested parentheses")),
    "unclosed_parens_150": ("(" * 150, ("SyntaxError", "'(' was never closed")),
    "lists_199": ("[" * 199 + "]" * 199, "ok"),
    "dicts_150": ("{1:" * 150 + "1" + "}" * 150, "ok"),
    "calls_199": ("f(" * 199 + ")" * 199, "ok"),
    "subscripts_150": ("a[" * 150 + "0" + "]" * 150, "ok"),
    "plus_1000": ("+".join(["a"] * 1000), "ok"),
    "plus_10000": ("+".join(["a"] * 10000), AST_DEPTH),
    "not_1000": ("not " * 1000 + "x", "ok"),
    "not_100000": ("not " * 100000 + "x", TOO_DEEP),
    "minus_100000": ("-" * 100000 + "1", TOO_DEEP),
    "lambda_10000": ("lambda: " * 10000 + "x", TOO_DEEP),
    "ifexp_10000": ("a if b else " * 10000 + "c", TOO_DEEP),
    "power_10000": ("**".join(["a"] * 10000), TOO_DEEP),
    "attribute_chain_10000": ("a" + ".b" * 10000, AST_DEPTH),
    "call_chain_10000": ("f" + "()" * 10000, AST_DEPTH),
    "subscript_chain_10000": ("a" + "[0]" * 10000, AST_DEPTH),
    "comparisons_10000": ("<".join(["a"] * 10000), "ok"),
    "strings_10000": ("'a' " * 10000, "ok"),
    "star_1000": ("*" * 1000 + "a", ("SyntaxError", "invalid syntax")),
    "indent_101": ("".join(" " * i + "if a:\n" for i in range(101)) + " " * 101 + "pass\n",
                   ("IndentationError", "too many levels of indentation")),
    "fstring_nested_2": (nested_fstring(2), "ok"),
    "fstring_nested_10": (nested_fstring(10), ("SyntaxError", "f-string: unterminated string")),
    "fstring_spec_nested": ("f'{x:{y:{z}}}'",
                            ("SyntaxError", "f-string: expressions nested too deeply")),
}

# The 100,000-long chains take Glass several seconds each.
SLOW = {
    "lambda_100000": ("lambda: " * 100000 + "x", TOO_DEEP),
    "ifexp_100000": ("a if b else " * 100000 + "c", TOO_DEEP),
    "power_100000": ("**".join(["a"] * 100000), TOO_DEEP),
    "strings_100000": ("'a' " * 100000, "ok"),
    "plus_100000": ("+".join(["a"] * 100000), AST_DEPTH),
    "attribute_chain_100000": ("a" + ".b" * 100000, AST_DEPTH),
    "call_chain_100000": ("f" + "()" * 100000, AST_DEPTH),
    "subscript_chain_100000": ("a" + "[0]" * 100000, AST_DEPTH),
}


def check_deep(source, expected):
    mine = outcome(parse, source)
    if expected == "ok":
        assert mine == "ok"
    else:
        assert mine[:len(expected)] == expected
    if HOST_IS_CPYTHON_311:
        assert mine == host_outcome(source)


@pytest.mark.parametrize("name", sorted(DEEP))
def test_deep_nesting(name):
    check_deep(*DEEP[name])


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(SLOW))
def test_deep_chains_of_100000(name):
    """slow: a 100,000-long chain takes Glass 2-14 s to parse."""
    check_deep(*SLOW[name])


@pytest.mark.parametrize("mode", ["exec", "eval", "single"])
def test_deep_nesting_in_every_mode(mode):
    source = "-" * 100000 + "4"
    assert outcome(parse, source, mode) == TOO_DEEP
    if HOST_IS_CPYTHON_311:
        assert host_outcome(source, mode) == TOO_DEEP


def test_tree_depth_counts_from_the_callers_depth():
    """PyAST_mod2obj's budget is 3 * (limit - depth): 'a' + '.b' * n nests
    n + 3 nodes (Module, Expr, n Attributes, the Name)."""
    source = "a" + ".b" * 2000             # 2003 nodes deep
    assert outcome(parse, source) == "ok"
    fits = lambda s, f, m: parse(s, f, m, recursion_limit=1000, recursion_depth=332)
    assert outcome(fits, source) == "ok"                # budget 2004
    too_deep = lambda s, f, m: parse(s, f, m, recursion_limit=1000, recursion_depth=333)
    assert outcome(too_deep, source) == AST_DEPTH       # budget 2001
    compile_only = lambda s, f, m: parse(s, f, m, recursion_limit=None)
    assert outcome(compile_only, "+".join(["a"] * 10000)) == "ok"


@needs_cpython311_host
def test_tree_depth_boundary_as_the_host():
    """The first n for which 'a' + '.b' * n is too deep tells the host's
    starting depth d (n + 3 > 3 * (1000 - d)); from that same depth Glass
    must fail first at the same n.  (The host's d also counts C-level
    recursion, so it is read from the host, not from the frames.)"""
    import ast

    def first_failing(parser):
        low, high = 1, 4000
        while low < high:
            middle = (low + high) // 2
            try:
                parser("a" + ".b" * middle)
                low = middle + 1
            except RecursionError:
                high = middle
        return low

    limit = sys.getrecursionlimit()
    host = first_failing(lambda s: ast.parse(s))
    depth, remainder = divmod(3 * limit - host - 2, 3)
    assert remainder == 0
    mine = first_failing(lambda s: parse(s, recursion_limit=limit, recursion_depth=depth))
    assert mine == host


# --- Huge and random input ------------------------------------------------------------

def test_50_megabytes_of_string_and_comment():
    big = "x = '" + "a" * (25 * 1024 * 1024) + "'\n# " + "b" * (25 * 1024 * 1024) + "\ny = 1\n"
    tree = parse(big)
    assert [type(s).__name__ for s in tree.body] == ["Assign", "Assign"]
    assert len(tree.body[0].value.value) == 25 * 1024 * 1024


def test_50_megabytes_unterminated():
    big = "x = '''" + "a\n" * (25 * 1024 * 1024)
    mine = outcome(parse, big)
    assert mine[:4] == ("SyntaxError", "unterminated triple-quoted string literal "
                        "(detected at line 26214400)", 1, 5)
    if HOST_IS_CPYTHON_311:
        assert mine == host_outcome(big)


def random_inputs():
    """Seeded: random bytes, and random soups of Python's tokens."""
    rng = random.Random(311)
    inputs = [bytes(rng.randrange(256) for _ in range(rng.randrange(1, 200)))
              for _ in range(60)]
    words = ["(", ")", "[", "]", "{", "}", ":", ",", "=", "+", "*", "**", "lambda", "if",
             "else", "for", "in", "not", "def", "class", "x", "1", "'s'", "f'{x}'", "\n",
             "    ", "\t", "\\\n", "#c", "async", "await", "yield", "return", "match",
             "case", "|", "@", ".", "...", ";", "->", ":=", "import", "from", "as",
             "try", "except", "finally", "with", "del", "global", "0x", "1e", "'''"]
    for _ in range(240):
        inputs.append(" ".join(rng.choice(words) for _ in range(rng.randrange(1, 30))))
    return inputs


def test_random_input_gives_a_tree_or_cpythons_exception():
    for source in random_inputs():
        mine = outcome(parse, source)
        assert mine == "ok" or mine[0] in ("SyntaxError", "IndentationError", "TabError",
                                           "ValueError", "UnicodeDecodeError", "MemoryError")
        if HOST_IS_CPYTHON_311:
            assert mine == host_outcome(source), source


# --- The host stack -------------------------------------------------------------------

SMALL_STACK_SCRIPT = textwrap.dedent("""
    import sys, threading
    sys.path.insert(0, %r)
    from glass.parser.parser import parse
    answers = []
    def work():
        for source in ["not " * 100000 + "x", "-" * 100000 + "1", "(" * 199 + ")" * 199,
                       "lambda: " * 5000 + "x", "+".join(["a"] * 20000)]:
            try:
                parse(source)
                answers.append("ok")
            except (MemoryError, RecursionError, SyntaxError) as error:
                answers.append(type(error).__name__)
    threading.stack_size(%d)
    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    print(" ".join(answers))
""")


@pytest.mark.parametrize("stack_size", [256 * 1024, 1024 * 1024])
def test_parsing_needs_no_more_than_a_bounded_host_stack(stack_size):
    """A caller's thread with a small stack: no crash, CPython's answers."""
    done = subprocess.run([sys.executable, "-c", SMALL_STACK_SCRIPT % (REPO, stack_size)],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=300)
    assert done.returncode == 0, done.stderr.decode()[-2000:]
    assert done.stdout.decode().split() == [
        "MemoryError", "MemoryError", "ok", "MemoryError", "RecursionError"]


# The first depth at which 3.11 gives up (MemoryError), for chains whose
# every link nests one or two rules: Glass must fail first at the same one.
MAXSTACK_BOUNDARY = {
    "not": (lambda n: "not " * n + "x", 5970),
    "minus": (lambda n: "-" * n + "1", 5970),
    "lambda": (lambda n: "lambda: " * n + "x", 2985),
    "ifexp": (lambda n: "a if b else " * n + "c", 5970),
    "power": (lambda n: "**".join(["a"] * n), 2986),
    "inside_parens": (lambda n: "(" * 150 + "-" * n + "1" + ")" * 150, 1816),
}


@pytest.mark.parametrize("name", sorted(MAXSTACK_BOUNDARY))
def test_maxstack_boundary(name):
    make, first_failing = MAXSTACK_BOUNDARY[name]
    parse_only = lambda s, f, m: parse(s, f, m, recursion_limit=None)
    assert outcome(parse_only, make(first_failing - 1)) == "ok"
    assert outcome(parse_only, make(first_failing)) == TOO_DEEP
    if HOST_IS_CPYTHON_311:
        def host_compile(source, filename, mode):
            try:
                compile(source, filename, mode)
            except RecursionError:          # the compiler's limit, after parsing
                pass
        assert outcome(host_compile, make(first_failing - 1)) == "ok"
        assert outcome(host_compile, make(first_failing)) == TOO_DEEP
