"""The builtins module against the host.

Counterpart: glass/modules/builtins.py (Python/bltinmodule.c), with
glass/objects/enumobject.py and glass/objects/itertypes.py.  The larger
programs are in tests/programs/builtins/.
"""
from __future__ import annotations

import builtins
import types

import pytest
from oracle import needs_cpython311_host, same_as_host


@pytest.fixture(scope="module", autouse=True)
def object_space():
    from glass.vm import pylifecycle
    pylifecycle.initialize()


def _guest_builtins():
    from glass.vm import pystate
    return pystate.interpreter().w_builtins


@needs_cpython311_host
def test_every_builtin_function_has_cpythons_signature_and_doc():
    """`open` waits for the I/O issue; everything else is there, as in 3.11."""
    w_builtins = _guest_builtins()
    for name in dir(builtins):
        host = getattr(builtins, name)
        if not isinstance(host, types.BuiltinFunctionType) or name == "open":
            continue
        w_func = w_builtins.getitem_str(name)
        assert w_func is not None, name
        assert w_func.signature.text == host.__text_signature__, name
        assert w_func.doc == host.__doc__, name


@needs_cpython311_host
def test_builtin_types_and_exceptions_are_exposed_by_name():
    w_builtins = _guest_builtins()
    missing = [name for name in dir(builtins)
               if isinstance(getattr(builtins, name), type)
               and w_builtins.getitem_str(name) is None]
    assert missing in ([], ["memoryview"])        # memoryview: another issue


def test_argument_errors_are_cpythons():
    """Argument Clinic's messages (METH_O, _PyArg_CheckPositional,
    _PyArg_UnpackKeywords) and the hand-written ones."""
    same_as_host(r'''
        cases = """len() | len(1, 2) | len(obj=1) | abs() | divmod(1) | divmod(1, 2, 3)
        divmod(x=1, y=2) | getattr(1) | getattr(1, 2, 3, 4) | getattr(1, 'x', d=1) | getattr(1, 2)
        next() | next(1, 2, 3) | next(iter([]), d=1) | next(5) | iter() | iter(1, 2, 3) | iter(1, 2)
        max() | max(1) | max([]) | max(1, 2, default=3) | max([1], foo=2) | max(1, 2, key=5)
        sorted() | sorted([], 1) | sorted([], foo=1) | sorted(iterable=[]) | sum() | sum([1], 2, 3)
        pow() | pow(2) | pow(2, 3, 4, 5) | pow(base=2, exp=3, mod=None, x=1) | round() | round(1, 2, 3)
        round(number=1.5, ndigits=None, other=1) | vars(1, 2) | dir(1, 2) | hasattr(1) | setattr(1, 2, 3)
        isinstance(1) | chr(2**40) | format(1, 2) | callable() | hash(1, 2) | any() | locals(1)
        enumerate() | enumerate([1], 2, 3) | enumerate([], start='a') | enumerate(iterable=[], start=1, x=2)
        enumerate(x=[]) | reversed() | reversed(seq=[]) | map() | map(len) | map(len, [], x=1)
        filter() | filter(None, [], x=1) | zip([], x=1) | zip([], strict=1, x=2) | compile()
        compile('x', 'f', 'exec', flags='x') | eval() | exec() | input(1, 2) | print(sep=1)
        print(flush=1, foo=2) | __import__() | __build_class__() | __build_class__(1, 2)
        __build_class__(lambda: 0, 2) | aiter(5) | anext(5) | aiter() | ord() | bin(1, 2)"""
        for case in cases.replace("\n", "|").split("|"):
            case = case.strip()
            try:
                print(case, "->", eval(case))
            except Exception as error:
                print(case, "!!", type(error).__name__, error)
        for method in ["[].append()", "[].insert(1)", "[].pop(1, 2)", "[].copy(1)",
                       "[].append(x=1)", "{}.get()", "[].sort(1)", "''.split(x=1)",
                       "''.split(1, 2, 3)", "(1).to_bytes(1, 2, 3, 4)"]:
            try:
                eval(method)
            except TypeError as error:
                print(method, "!!", error)
    ''')


def test_lazy_iterators_keep_their_protocol():
    same_as_host('''
        import sys
        m = map(str.upper, "ab")
        f = filter(str.isdigit, "a1b2")
        z = zip("xy", [1, 2], strict=True)
        e = enumerate("pq", 7)
        r = reversed(range(3))
        for it in (m, f, z, e, r):
            print(type(it).__name__, iter(it) is it, list(it), list(it))
        print(sys.getrefcount(m) >= 2, type(m).__name__)
        class Seq:
            def __getitem__(self, i):
                if i > 2:
                    raise StopIteration
                return i
            def __len__(self):
                return 5
        print(list(reversed(Seq())), list(enumerate(Seq())))
        def gen():
            yield 1
            raise ValueError("in the middle")
        for make in (lambda: list(zip(gen(), gen(), strict=True)), lambda: list(map(abs, gen())),
                     lambda: list(enumerate(gen())), lambda: list(filter(None, gen()))):
            try:
                make()
            except ValueError as error:
                print("ValueError", error)
    ''')


def test_dir_of_mapping_locals_and_top_level_await_code():
    # Glass's own compiler (same_as_python), for the CO_COROUTINE flag of
    # code compiled with PyCF_ALLOW_TOP_LEVEL_AWAIT.
    from oracle import same_as_python
    same_as_python(["-S", "-c", """if 1:
        import ast, asyncio
        class D(dict):
            def __getitem__(self, key):
                return 12 if key == 'a' else dict.__getitem__(self, key)
            def keys(self):
                return list('zyx')
        d = D()
        print(eval('a', {}, d), eval('dir()', {}, d), eval('locals()', {}, d) is d)
        flags = ast.PyCF_ALLOW_TOP_LEVEL_AWAIT
        for source, mode in (("a = await asyncio.sleep(0, result=1)", "single"),
                             ("await x", "eval"), ("x = 1", "exec"),
                             ("[x async for x in y]", "eval"), ("(x async for x in y)", "eval")):
            print(source, compile(source, "<s>", mode, flags=flags).co_flags & 0x80)
        co = compile("a = await asyncio.sleep(0, result=1)\\nprint(a)", "<s>", "exec",
                     flags=flags)
        coro = eval(co, {"asyncio": asyncio})
        print(type(coro).__name__, coro.__name__, coro.__qualname__)
        asyncio.run(coro)
        """])


def test_module_code_as_a_function_uses_its_globals_as_locals():
    same_as_host("""
        import ast, asyncio, types
        async def arange(n):
            for i in range(n):
                yield i
        for mode in ('single', 'exec'):
            for src in ['a = await asyncio.sleep(0, result=1)',
                        'a = [x async for x in arange(2)][1]',
                        'async with asyncio.Lock() as l:\\n    a = 1\\n']:
                co = compile(src, '?', mode, flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
                g = {'asyncio': asyncio, 'a': 0, 'arange': arange}
                asyncio.run(types.FunctionType(co, g)())
                h = {'asyncio': asyncio, 'a': 0, 'arange': arange}
                asyncio.run(eval(co, h))
                print(mode, g['a'], h['a'])
        co = compile("x = 5\\nprint(x, y)", "?", "exec")
        g = {"y": 2}
        types.FunctionType(co, g)(); print(g["x"])
    """)


def test_memoryview_docstrings():
    # test_builtin runs the doctest in memoryview.hex's docstring.
    same_as_host('''
        for name in sorted(dir(memoryview)):
            print(name, repr(getattr(memoryview, name).__doc__))
        import doctest, types
        module = types.ModuleType("m")
        module.__test__ = {"hex": memoryview.hex.__doc__}
        print(doctest.testmod(module))
    ''')
