"""Pathological sources: Glass's compiler gives what the host's compile() gives.

Counterpart: Lib/test/test_compile.py's stress tests (test_stack_overflow,
test_extended_arg, test_big_dict_literal, test_too_many_nested_blocks...);
tests glass/compiler/ (issue 6, "Bad input").  Each case compiles under
both compilers: both give code objects identical field by field, or both
raise the same exception (type, message, and for a SyntaxError its
position).  Never a host RecursionError of Glass's own, never a hang.

The depth at which CPython stops ("maximum recursion depth exceeded during
compilation") depends on how deep the calling frame is; the cases keep far
from that boundary on either side.
"""
from __future__ import annotations

import sys

import pytest

from glass.bytecode.code import Code, code_differences
from glass.compiler import compile_source
from oracle import needs_cpython311_host

pytestmark = needs_cpython311_host


def _outcome(compile_function):
    try:
        return "code", compile_function()
    except (SyntaxError, RecursionError, MemoryError, ValueError, OverflowError) as error:
        position = ((error.lineno, error.offset, error.end_lineno, error.end_offset)
                    if isinstance(error, SyntaxError) else None)
        return "error", (type(error).__name__, str(error), position)


def assert_same_as_host(source, mode="exec"):
    host = _outcome(lambda: compile(source, "<bad>", mode, dont_inherit=True))
    glass = _outcome(lambda: compile_source(source, "<bad>", mode, "glass"))
    if host[0] == "error" or glass[0] == "error":
        assert glass == host
        return
    # Converting deeply nested code objects recurses once per level.
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(limit, 20000))
    try:
        differences = code_differences(glass[1], Code.from_host(host[1]))
    finally:
        sys.setrecursionlimit(limit)
    assert not differences, differences[:3]


def nested(header, levels, body="pass", indent=" "):
    """`levels` compound statements, each inside the one before."""
    lines = [indent * level + header % {"level": level} for level in range(levels)]
    return "\n".join(lines + [indent * levels + body]) + "\n"


# --- Many statements, long jumps, many names ----------------------------------

def test_many_statements_in_one_function():
    # 20,000 statements in a loop: the backward jump and the exits need
    # two EXTENDED_ARG prefixes; the line table is long.
    body = "".join("        x%d = %d\n" % (index % 300, index) for index in range(20000))
    assert_same_as_host("def f(a):\n    while a:\n" + body + "    return x1\n")


def test_many_locals_and_constants():
    # More than 65,536 names and constants: EXTENDED_ARG on LOAD_CONST,
    # STORE_FAST and LOAD_GLOBAL.
    body = "".join("    v%d = %d.5\n" % (index, index) for index in range(16000))
    body += "".join("    g%d\n" % index for index in range(1000))
    assert_same_as_host("def f():\n" + body + "    return v1\n")


def test_many_elifs_compile_and_too_many_do_not():
    # elif chains nest as orelse: 500 compile, 5000 exceed the depth limit.
    chain = "if a: pass\n" + "".join("elif a%d: x = %d\n" % (i, i) for i in range(500))
    assert_same_as_host(chain)
    chain = "if a: pass\n" + "".join("elif a%d: pass\n" % i for i in range(5000))
    assert_same_as_host(chain)


# --- Nested blocks --------------------------------------------------------------

@pytest.mark.parametrize("header", [
    "for x%(level)d in y:", "while x:", "with a as b%(level)d:", "async for x in y:",
])
def test_nested_blocks_up_to_the_limit_and_over(header):
    for levels in (20, 21, 30):
        source = nested(header, levels)
        if "async" in header:
            source = "async def f():\n" + "".join(" " + line + "\n"
                                                 for line in source.splitlines())
        assert_same_as_host(source)


def test_nested_try_blocks():
    def tries(levels):
        opening = "".join("  " * level + "try:\n" for level in range(levels))
        closing = "".join("  " * level + "finally:\n" + "  " * level + " f()\n"
                          for level in reversed(range(levels)))
        return opening + "  " * levels + "pass\n" + closing
    for levels in (19, 20, 21, 25):
        assert_same_as_host(tries(levels))
    handlers = "".join("  " * level + "try:\n" for level in range(12)) + "  " * 12 + "f()\n"
    handlers += "".join("  " * level + "except E%d as e:\n" % level + "  " * level + " g(e)\n"
                        for level in reversed(range(12)))
    assert_same_as_host(handlers)


def test_too_many_indentation_levels():
    # 100 levels of anything: the tokenizer's IndentationError, in both.
    for header in ("if x:", "def f%(level)d():", "class C%(level)d:"):
        assert_same_as_host(nested(header, 100))
        assert_same_as_host(nested(header, 99))


def test_nested_functions_and_classes():
    functions = nested("def f%(level)d(a, *b, c=1, **d):", 98, "return a + b + c + d")
    assert_same_as_host(functions)
    closures = "def f0():\n x = 0\n" + "".join(
        " " * (level + 1) + "def f%d():\n" % (level + 1) + " " * (level + 2) + "nonlocal x\n"
        for level in range(60)) + " " * 62 + "return x\n"
    assert_same_as_host(closures)
    assert_same_as_host(nested("class C%(level)d:", 98, "def m(self): return __class__"))


# --- Huge constants and collections ---------------------------------------------

def test_huge_constant_tuple_and_collections():
    numbers = ", ".join(str(index) for index in range(30000))
    assert_same_as_host("x = (%s)\n" % numbers)
    assert_same_as_host("x = [%s]\nfor i in (%s): pass\n" % (numbers[:40000], numbers[:40000]))
    assert_same_as_host("x = {%s}\n" % ", ".join("%d: 's%d'" % (i, i) for i in range(5000)))
    assert_same_as_host("x = {%s}\n" % ", ".join("'s%d'" % i for i in range(5000)))
    assert_same_as_host("x = (%s)\n" % ", ".join("(%d, (%d,), 'a')" % (i, i)
                                                for i in range(5000)))
    # Folding stops where 3.11's safe_multiply and safe_power stop.
    assert_same_as_host("a = (1,) * 256\nb = (1,) * 257\nc = 'ab' * 2048\nd = 'ab' * 2049\n"
                        "e = 2 ** 128\nf = 2 ** 127\ng = (1, 2) * 200\nh = b'x' * 5000\n")


def test_deep_constant_folding_and_string_concatenation():
    assert_same_as_host("x = " + " + ".join(["1"] * 2000) + "\n")
    assert_same_as_host("x = " + " + ".join(["'a'"] * 2000) + "\n")
    assert_same_as_host("x = " + " + ".join(["'a'"] * 10000) + "\n")


# --- 255 and more arguments -----------------------------------------------------

def test_more_than_255_arguments():
    names = ["a%d" % index for index in range(300)]
    assert_same_as_host("def f(%s): return a299\n" % ", ".join(names))
    assert_same_as_host("def f(%s, *, %s): pass\n" % (
        ", ".join("%s=%d" % (name, i) for i, name in enumerate(names)),
        ", ".join("k" + name for name in names)))
    assert_same_as_host("f = lambda %s: a0\n" % ", ".join(names))
    assert_same_as_host("f(%s)\n" % ", ".join(str(i) for i in range(300)))
    assert_same_as_host("f(%s)\n" % ", ".join("%s=%d" % (n, i) for i, n in enumerate(names)))
    assert_same_as_host("o.m(*a, %s, **k)\n" % ", ".join(names))
    assert_same_as_host("class C(%s): pass\n" % ", ".join(names))
    assert_same_as_host("def f(a, a): pass\n")       # the compiler's own SyntaxError


# --- Deep expression trees ------------------------------------------------------

@pytest.mark.parametrize("levels", [1000, 10000])
def test_deep_expressions(levels):
    assert_same_as_host("x = " + "+".join(["a"] * levels) + "\n")
    assert_same_as_host("x = " + "not " * levels + "a\n")
    assert_same_as_host("x = " + "-" * levels + "a\n")
    assert_same_as_host("x = a" + "()" * levels + "\n")
    assert_same_as_host("x = a" + ".b" * levels + "\n")
    assert_same_as_host("x = a" + "[0]" * levels + "\n")


def test_long_flat_expressions():
    assert_same_as_host("x = " + " and ".join(["a"] * 5000) + "\n")
    assert_same_as_host("x = " + " < ".join(["a"] * 3000) + "\n")
    assert_same_as_host("x = f'" + "{a}" * 1000 + "'\n")
    assert_same_as_host("x = " + " if a else ".join(["b"] * 1000) + "\n")


def test_deep_nesting_of_brackets_lambdas_and_comprehensions():
    assert_same_as_host("x = " + "(" * 190 + "1" + ")" * 190 + "\n")
    assert_same_as_host("x = " + "[" * 190 + "]" * 190 + "\n")
    assert_same_as_host("x = " + "(" * 250 + "1" + ")" * 250 + "\n")    # the parser's limit
    # (500: comparing nested code objects field by field is quadratic.)
    assert_same_as_host("x = " + "lambda: " * 500 + "1\n")
    assert_same_as_host("x = " + "[" * 50 + "a" + " for a in b]" * 50 + "\n")
    assert_same_as_host("match x:\n case " + "[" * 150 + "a" + "]" * 150 + ": pass\n")


def test_deep_expression_in_eval_mode():
    assert_same_as_host("+".join(["a"] * 1000), "eval")
    assert_same_as_host("+".join(["a"] * 10000), "eval")


@pytest.mark.parametrize("source", [
    "[i for i in (lambda: (j := range(5)))()]",
    "[i for i in [j for j in range(5) if (j := 0)]]",
    "[i for i in [1] if [j for j in (k := [1])]]",
    "[i for i in range(5) if (j := 0) for k[j + 1] in range(5)]",
    "[i for i in (lambda: [(j := 1) for _ in 'a'])()]",
])
def test_walrus_in_a_comprehension_iterable_and_the_blocks_inside_it(source):
    # A lambda or comprehension inside the iterable inherits the refusal.
    assert_same_as_host(source)
