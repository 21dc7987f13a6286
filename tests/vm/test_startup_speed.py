"""The paths start-up's speed work changed, against the host: module
attribute lookups without a thrown-away AttributeError (module_getattro,
the import statement's __path__ probe), FileIO's generic getattro, line
numbers from the per-code line table, the cached fast loop, and the exit
after the guest's finalization.

Counterpart: glass/objects/module.py, glass/vm/imports.py, glass/vm/frame.py,
glass/vm/fastloop.py, glass/main.py (exit_after_guest), glass/run.py.
"""
from __future__ import annotations

import os
import sys

from oracle import run_glass, same_as_host


def test_module_attributes_and_module_getattr():
    same_as_host("""
        import sys, types

        m = types.ModuleType("m")
        m.x = 1
        def module_getattr(name):
            if name == "lazy":
                return "made " + name
            raise AttributeError("no %s here" % name)
        m.__getattr__ = module_getattr
        sys.modules["m"] = m
        print(m.x, m.lazy, hasattr(m, "lazy"), hasattr(m, "nope"), getattr(m, "nope", 0))
        try:
            m.nope
        except AttributeError as e:
            print("AttributeError", e)
        from m import lazy
        print(lazy)
        try:
            from m import nope
        except ImportError as e:
            print("ImportError", e)

        # A __getattr__ that answers __path__ makes the module a package
        # for `from m2 import sub`.
        m2 = types.ModuleType("m2")
        def package_getattr(name):
            if name == "__path__":
                return []
            raise AttributeError(name)
        m2.__getattr__ = package_getattr
        sys.modules["m2"] = m2
        try:
            from m2 import sub
        except ImportError as e:
            print("ImportError", type(e).__name__, e)

        # No __getattr__: the messages, with and without a __name__.
        print(hasattr(sys, "nope"), getattr(sys, "nope", "default"))
        try:
            sys.nope
        except AttributeError as e:
            print(e, e.name, e.obj is sys)
        bare = types.ModuleType.__new__(types.ModuleType)
        try:
            bare.x
        except AttributeError as e:
            print(e)

        # A property of a module subclass that raises AttributeError falls
        # back to the module's __getattr__, as module_getattro does.
        class Module(types.ModuleType):
            @property
            def prop(self):
                raise AttributeError("from the property")
        m3 = Module("m3")
        try:
            m3.prop
        except AttributeError as e:
            print("plain", e)
        m3.__getattr__ = lambda name: "hook " + name
        print(m3.prop, hasattr(m3, "prop"))

        # A module whose __getattr__ raises something else.
        m4 = types.ModuleType("m4")
        def failing(name):
            raise KeyError(name)
        m4.__getattr__ = failing
        try:
            hasattr(m4, "x")
        except KeyError as e:
            print("KeyError", e)
        from os import path
        from collections import abc
        import os.path
        print(path is os.path, abc.__name__)
    """)


def test_partially_initialized_module_message(tmp_path):
    (tmp_path / "first.py").write_text("import second\nvalue = 1\n")
    (tmp_path / "second.py").write_text(
        "import first\n"
        "try:\n"
        "    first.value\n"
        "except AttributeError as e:\n"
        "    print(e)\n"
        "print(hasattr(first, 'value'), getattr(first, 'value', 'later'))\n")
    from oracle import same_as_python
    same_as_python(["-S", "-c", "import first; print(first.value)"], cwd=str(tmp_path))


def test_line_numbers_in_tracebacks_and_frames():
    same_as_host("""
        import sys, traceback

        def where():
            return sys._getframe(1).f_lineno

        def long_function(n):
            total = 0
            for i in range(n):
                total += i
            a = where()
            if total:
                b = where()
            else:
                b = 0
            try:
                [][n]
            except IndexError:
                c = sys.exc_info()[2].tb_lineno
            return a, b, c

        print(long_function(3), long_function(0))

        def deep(k):
            if k == 0:
                raise ValueError("bottom")
            x = k * 2
            return deep(k - 1) + x

        try:
            deep(4)
        except ValueError:
            for entry in traceback.extract_tb(sys.exc_info()[2]):
                print(entry.lineno, entry.name, entry.line)
        f = sys._getframe()
        print(f.f_lineno, f.f_lasti > 0)
        try:
            exec(compile("x = 1\\n\\n\\ny = 1 / 0\\n", "<made>", "exec"))
        except ZeroDivisionError:
            tb = sys.exc_info()[2]
            while tb.tb_next:
                tb = tb.tb_next
            print(tb.tb_lineno)
    """)


def test_fileio_keeps_a_generic_getattribute():
    same_as_host("""
        import _io, os
        print("__getattribute__" in _io.FileIO.__dict__,
              _io.FileIO.__getattribute__ is object.__getattribute__)
        fd = os.open(os.devnull, os.O_RDONLY)
        f = _io.FileIO(fd, "r")
        print(hasattr(f, "nope"), getattr(f, "nope", None), f.closed, f.mode)
        try:
            f.nope
        except AttributeError as e:
            print(e)
        f.close()
        print(f.closed, repr(f).startswith("<_io.FileIO [closed]"))
        with open(os.devnull, "rb") as g:
            print(g.read(), g.raw.closefd)
        print(g.closed)
    """)


def test_exit_status_output_and_exit_functions_after_the_guest():
    same_as_host("""
        import atexit, sys, threading, time
        atexit.register(print, "guest atexit")
        def worker():
            time.sleep(0.05)
            print("thread done")
        threading.Thread(target=worker).start()
        sys.stdout.write("no newline, still flushed")
        sys.exit(7)
    """)
    run = run_glass(["-S", "-c", "raise SystemExit('bye')"])
    assert (run.status, run.stderr) == (1, "bye\n")


def test_fast_loop_cache_serves_what_it_stored(tmp_path, monkeypatch):
    from glass.vm import fastloop
    monkeypatch.setattr(fastloop, "_cache_path",
                        lambda key, suffix: str(tmp_path / ("fastloop-%s%s" % (key, suffix))))
    code = compile("def fast_loop(tstate, frame):\n    return 42\n", "<glass fast loop>", "exec")
    assert fastloop._cached_code("k") is None
    fastloop._store_code("k", code)
    assert fastloop._cached_code("k") == code
    path = tmp_path / ("fastloop-k.%s.code" % sys.implementation.cache_tag)
    path.write_bytes(b"\x00garbage")
    assert fastloop._cached_code("k") is None
    fastloop._store_source("k", "source text")
    assert fastloop._cached_source("k") == "source text"
    # The key follows the files the loop is made from.
    assert fastloop._cache_key() == fastloop._cache_key()
    assert len(fastloop._cache_key()) == 16
    assert os.path.basename(fastloop.__file__) == "fastloop.py"
