"""Glass's symbol tables against the stdlib `symtable` module.

Counterpart: Lib/test/test_symtable.py (in spirit); tests glass/compiler/symtable.py.
"""
from __future__ import annotations

import textwrap

import pytest

from glass.compiler import symtable as glass_symtable
from oracle import needs_cpython311_host


class _HostSymtable:
    """The oracle, imported on first use: PyPy's stdlib symtable module needs
    a _symtable that PyPy does not have, and those tests skip there anyway."""

    def __getattr__(self, name):
        import symtable
        return getattr(symtable, name)


host_symtable = _HostSymtable()

SNIPPETS = {
    "globals": """
        x = 1
        def f(a, b=2, *args, c, **kw):
            global x
            y = a + x
            return y
    """,
    "closures": """
        def outer():
            n = 0
            def inner():
                nonlocal n
                n += 1
                return n
            return inner
    """,
    "class_cell": """
        class C:
            attr = 1
            def m(self):
                return super().m(), __class__
            def n(self):
                return attr
    """,
    "comprehensions": """
        def f(xs):
            a = [x * y for x in xs for y in range(x)]
            b = {k: v for k, v in xs}
            c = (z for z in xs if z)
            return [(w := i) for i in xs], w
    """,
    "lambda_generator": """
        g = lambda q, *r: q + len(r)
        def gen():
            yield 1
            yield from g
        async def coro():
            await gen()
    """,
    "mangling": """
        class K:
            __private = 1
            def __m(self):
                return self.__private, __other
    """,
    "imports_annotations": """
        import os.path
        from sys import argv as av
        def f(x: int) -> str:
            y: int = 0
            z: list
            return os
    """,
}

QUESTIONS = ("is_local", "is_global", "is_declared_global", "is_free",
             "is_parameter", "is_referenced", "is_imported", "is_assigned",
             "is_nonlocal", "is_annotated", "is_namespace")


def _describe(table):
    """Everything the stdlib API answers about a table, recursively."""
    symbols = {}
    for name in table.get_identifiers():
        symbol = table.lookup(name)
        symbols[name] = tuple(bool(getattr(symbol, q)()) for q in QUESTIONS)
    return (table.get_type(), table.get_name(), table.get_lineno(),
            list(table.get_identifiers()), symbols,
            [_describe(child) for child in table.get_children()])


@needs_cpython311_host
@pytest.mark.parametrize("name", sorted(SNIPPETS))
def test_same_as_host(name):
    source = textwrap.dedent(SNIPPETS[name])
    expected = _describe(host_symtable.symtable(source, "<s>", "exec"))
    got = _describe(glass_symtable.symtable(source, "<s>", "exec"))
    assert got == expected


@needs_cpython311_host
def test_function_views():
    source = textwrap.dedent(SNIPPETS["globals"])
    host_f = host_symtable.symtable(source, "<s>", "exec").get_children()[0]
    glass_f = glass_symtable.symtable(source, "<s>", "exec").get_children()[0]
    for method in ("get_parameters", "get_locals", "get_globals", "get_frees",
                   "get_nonlocals"):
        assert getattr(glass_f, method)() == getattr(host_f, method)(), method


@pytest.mark.parametrize("source, message", [
    ("def f():\n    x = 1\n    global x\n",
     "name 'x' is assigned to before global declaration"),
    ("def f(a):\n    global a\n", "name 'a' is parameter and global"),
    ("nonlocal x\n", "nonlocal declaration not allowed at module level"),
    ("def f():\n    nonlocal q\n", "no binding for nonlocal 'q' found"),
    ("def f(a, a):\n    pass\n", "duplicate argument 'a' in function definition"),
    ("def f():\n    print(x)\n    global x\n",
     "name 'x' is used prior to global declaration"),
    ("[(yield) for x in y]\n", "'yield' inside list comprehension"),
])
def test_syntax_errors(source, message):
    with pytest.raises(SyntaxError) as info:
        glass_symtable.symtable(source, "<s>", "exec")
    assert info.value.msg == message


def test_mangle():
    assert glass_symtable.mangle("Ham", "__spam") == "_Ham__spam"
    assert glass_symtable.mangle("_Ham", "__spam") == "_Ham__spam"
    assert glass_symtable.mangle("Ham", "__spam__") == "__spam__"
    assert glass_symtable.mangle("___", "__spam") == "__spam"
    assert glass_symtable.mangle(None, "__spam") == "__spam"
