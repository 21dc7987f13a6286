"""glass/bytecode/code.py: Glass's code objects against the host's."""
import dis
import sys

import pytest

from glass.bytecode.code import Code, code_differences, const_key
from glass.tools.stdlib import stdlib_sources
from oracle import needs_cpython311_host

pytestmark = needs_cpython311_host

SNIPPETS = {
    "closure": "def f(a, b=1, *c, d, **e):\n    def g():\n        return a + d\n    return g\n",
    "cell argument and cell local": "def f(x):\n    y = 2\n    return lambda: x + y\n",
    "class": "class C:\n    def m(self):\n        return __class__\n",
    "try": "try:\n    1/0\nexcept ZeroDivisionError as e:\n    pass\nfinally:\n    x = 1\n",
    "long lines": "x = (1,\n     2)\n" + "y = 1\n" * 300 + "z = [i for i in range(3)]\n",
    "async": "async def f():\n    async with a as b:\n        await b\n    async for x in y:\n        yield x\n",
    "positions": "def f(a):\n    return a.b.c(d, e)[f:g] + very_long_name_" + "x" * 150 + "\n",
}


def _walk(code):
    yield code
    for const in code.co_consts:
        if hasattr(const, "co_code"):
            yield from _walk(const)


def _check_same(host_code):
    glass_code = Code.from_host(host_code)
    assert glass_code.to_host() == host_code
    for host, glass in zip(_walk(host_code), _walk(glass_code)):
        assert list(glass.co_positions()) == list(host.co_positions())
        assert list(glass.co_lines()) == list(host.co_lines())
        assert [e._key() for e in glass.exception_entries()] == \
            [tuple(e) for e in dis._parse_exception_table(host)]
        for view in ("co_varnames", "co_cellvars", "co_freevars", "co_nlocals"):
            assert getattr(glass, view) == getattr(host, view), view


@pytest.mark.parametrize("name", sorted(SNIPPETS))
def test_snippet_matches_host(name):
    _check_same(compile(SNIPPETS[name], "<%s>" % name, "exec"))


def test_stdlib_sample_matches_host():
    files = stdlib_sources()[::12]            # a deterministic eighth or so
    checked = 0
    for path in files:
        try:
            with open(path, "rb") as file:
                host_code = compile(file.read(), path, "exec")
        except (SyntaxError, ValueError):
            continue
        _check_same(host_code)
        checked += 1
    assert checked > 100


def test_code_differences_names_the_field():
    a = Code.from_host(compile("def f():\n    return 1\n", "x", "exec"))
    b = Code.from_host(compile("def f():\n    return 2\n", "x", "exec"))
    assert code_differences(a, a) == []
    assert code_differences(a, b) == [("f", "co_consts[1]")] or \
        ("<module>.f", "co_consts[1]") in code_differences(a, b)


@pytest.mark.parametrize("left, right", [(1, 1.0), (1, True), (0.0, -0.0),
                                         ((1,), (1.0,)), (1j, complex(0, 1.0) * -1)])
def test_const_key_keeps_apart_what_cpython_keeps_apart(left, right):
    assert const_key(left) != const_key(right)
    assert const_key(left) == const_key(left)


def test_nan_equals_itself_as_a_constant():
    nan = float("nan")
    assert const_key(nan) == const_key(float("nan"))


def test_repr_like_cpython():
    host = compile("pass", "file.py", "exec")
    text = repr(Code.from_host(host))
    assert text.startswith('<code object <module> at 0x')
    assert text.endswith(', file "file.py", line 1>')
