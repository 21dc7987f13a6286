"""Glass's compiler against the host's compile(), snippet by snippet and on
a deterministic sample of the stdlib.

Counterpart: Lib/test/test_compile.py (in spirit); tests glass/compiler/codegen.py
and the passes behind it.
"""
from __future__ import annotations

import os
import textwrap

import pytest

from glass.bytecode.code import Code, code_differences
from glass.compiler import compile_source
from oracle import needs_cpython311_host

SNIPPETS = {
    "assign_unpack": "a, b = b, a\nx, *y, z = q\n(p, q), r = s\nt = u = 3\n",
    "augassign": "x += 1\no.a *= 2\no[i] -= 3\no[i:j] //= 4\n",
    "annotations": "x: int = 1\ny: list\nclass C:\n    z: str = 'a'\n",
    "future_annotations":
        "from __future__ import annotations\n"
        "def f(a: list[int], *b: 'x', c: a.b | None = 1) -> dict[str, int]: pass\n"
        "v: lambda x: x ** -1 = 2\n",
    "calls": "f(1, *a, k=2, **kw)\no.m(1, x=2)\nf(*a)\nf(**k)\nprint(*a, sep='')\n",
    "comprehensions":
        "def f(xs):\n"
        "    return ([x for x in xs if x], {x: y for x, y in xs},\n"
        "            {x for x in xs for y in [x]}, (x async for x in xs))\n",
    "closures":
        "def f(a):\n    def g(b):\n        nonlocal a\n        a = b\n"
        "        return lambda: a + b\n    return g\n",
    "class_super":
        "class C(B, metaclass=M):\n    'doc'\n    def m(self):\n"
        "        return super().m() + __class__.x\n",
    "control":
        "for i in r:\n    if i > 2 and not i < 9:\n        continue\n"
        "    elif i:\n        break\nelse:\n    pass\n"
        "while a < b < c or d:\n    a += 1\n",
    "try_finally":
        "def f():\n    try:\n        return g()\n    except (A, B) as e:\n"
        "        raise C from e\n    except D:\n        pass\n    else:\n"
        "        h()\n    finally:\n        k()\n",
    "try_star":
        "try:\n    f()\nexcept* ValueError as e:\n    g(e)\nexcept* TypeError:\n    h()\n",
    "with":
        "async def f():\n    async with a as b, c:\n        with d as (e, f):\n"
        "            await g()\n    async for x in y:\n        yield x\n",
    "generators":
        "def g():\n    x = yield 1\n    yield from x\n    return 2\n",
    "constants":
        "x = 2 ** 10 + 3 * 4 - (1, 2)[0]\ny = 'a' * 5\nz = -1.5j\n"
        "w = not (a is b)\nv = x in [1, 2, 3]\nu = '%s-%r' % (x, y)\n"
        "big = 2 ** 200\nnan = 1e309 - 1e309\n",
    "fstrings": "s = f'{a!r:>{w}} and {b}'\nt = f'{x}' f'{y=}'\n",
    "imports": "import a.b.c as d\nfrom . import x\nfrom .m import (y as z, w)\nimport os.path\n",
    "decorators": "@a\n@b.c(1)\ndef f(x=1, *, y=2): pass\n@d\nclass K: pass\n",
    "docstrings": "'module doc'\ndef f():\n    'fdoc'\n    return 1\n",
    "assert_del_global":
        "def f():\n    global g\n    assert g, 'msg'\n    del g\n    del h.i, j[k]\n",
    "many_args": "f(%s)\n" % ", ".join("a%d" % i for i in range(40)),
    "big_dict": "d = {%s}\n" % ", ".join("'k%d': %d" % (i, i) for i in range(40)),
    "extended_arg": "x = [%s]\n" % ", ".join("v%d" % i for i in range(300)),
}


def _compare(source, filename="<s>"):
    expected = Code.from_host(compile(source, filename, "exec", dont_inherit=True))
    got = compile_source(source, filename, "exec", "glass")
    return code_differences(got, expected)


@needs_cpython311_host
@pytest.mark.parametrize("name", sorted(SNIPPETS))
def test_snippet_same_as_host(name):
    assert _compare(textwrap.dedent(SNIPPETS[name])) == []


def _stdlib_sample(count=100):
    from glass.tools.stdlib import stdlib_sources
    files = sorted(stdlib_sources())
    step = max(1, len(files) // count)
    return files[::step][:count]


@needs_cpython311_host
def test_stdlib_sample_same_as_host():
    differing = []
    for path in _stdlib_sample():
        with open(path, "rb") as file:
            source = file.read()
        try:
            compile(source, path, "exec", dont_inherit=True)
        except (SyntaxError, ValueError):
            continue
        if _compare(source, path):
            differing.append(os.path.basename(path))
    assert differing == []


@pytest.mark.parametrize("source, message", [
    ("return 1\n", "'return' outside function"),
    ("break\n", "'break' outside loop"),
    ("continue\n", "'continue' not properly in loop"),
    ("def f():\n    yield from x\n    await y\n", "'await' outside async function"),
    ("x = 1\nfrom __future__ import annotations\n",
     "from __future__ imports must occur at the beginning of the file"),
    ("f(a=1, a=2)\n", "keyword argument repeated: a"),
])
def test_compiler_errors(source, message):
    with pytest.raises(SyntaxError) as info:
        compile_source(source, "<s>", "exec", "glass")
    assert info.value.msg == message
