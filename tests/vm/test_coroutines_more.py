"""Coroutines against the host: the "never awaited" warning, cr_origin,
cr_await while running, and clearing the frames of a running coroutine
(causes of test_coroutines failures).

Counterpart: glass/objects/genobject.py (_PyGen_Finalize,
_PyErr_WarnUnawaitedCoroutine, compute_cr_origin, _PyGen_yf) and
glass/objects/frame.py (frame_clear).
"""
from __future__ import annotations

import pytest
from oracle import same_as_host


def test_unawaited_coroutine_warns_once():
    same_as_host("""
        import sys, warnings
        async def corofn(): pass
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter("always")
            corofn()
            print([str(x.message) for x in w], [x.category.__name__ for x in w])
        sys.set_coroutine_origin_tracking_depth(1)
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter("always")
            corofn()
            print([str(x.message).splitlines()[0] for x in w])
        sys.set_coroutine_origin_tracking_depth(0)
        def hook(u):
            print("unraisable", type(u.exc_value).__name__, u.exc_value, type(u.object).__name__)
        sys.unraisablehook = hook
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            corofn()
        del warnings._warn_unawaited_coroutine
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            corofn()
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter("always")
            corofn()
            print([str(x.message) for x in w])
        c = corofn(); c.close()                 # closed: no warning
        async def awaited(): await corofn()
        a = awaited()
        try:
            a.send(None)
        except StopIteration:
            print("done")
    """)


def test_cr_origin():
    same_as_host("""
        import sys
        async def corofn(): pass
        c = corofn()
        print(sys.get_coroutine_origin_tracking_depth(), c.cr_origin)
        c.close()
        def make(): return corofn()
        def outer(): return make()
        for depth in (1, 2, 5):
            sys.set_coroutine_origin_tracking_depth(depth)
            c = outer()
            print(depth, [(line, name) for _, line, name in c.cr_origin])
            c.close()
        try:
            sys.set_coroutine_origin_tracking_depth(-1)
        except ValueError as e:
            print(e)
        sys.set_coroutine_origin_tracking_depth(0)
    """)


def test_cr_await_while_running_and_frame_clear():
    same_as_host("""
        import types, traceback
        @types.coroutine
        def a():
            print("a running, b awaits", coro_b.cr_await)
            yield
        async def c():
            await a()
        async def b():
            print("b running", coro_b.cr_await)
            await c()
            print("b again", coro_b.cr_await)
        coro_b = b()
        print(coro_b.cr_await)
        coro_b.send(None)
        print(coro_b.cr_await.cr_await.gi_code.co_name)
        try:
            coro_b.send(None)
        except StopIteration:
            print("finished", coro_b.cr_await)

        async def running():
            try:
                raise KeyError(1)
            except KeyError as e:
                try:
                    e.__traceback__.tb_frame.clear()
                except RuntimeError as err:
                    print("RuntimeError", err)
                traceback.clear_frames(e.__traceback__)
            return "ok"
        try:
            running().send(None)
        except StopIteration as e:
            print(e.value)
        def gen():
            try:
                yield 1
            finally:
                print("gen closed")
        g = gen(); next(g)
        g.gi_frame.clear()
        print(g.gi_frame)
    """)


def test_unawaited_warning_display():
    same_as_host("""
        async def corofn(): pass
        corofn()
    """)


def test_throw_of_a_class_making_no_exception_and_unraisable_traceback():
    same_as_host("""
        import sys
        class E(Exception):
            def __new__(cls, *args, **kwargs):
                return cls
        def boring_generator():
            yield
        gen = boring_generator()
        try:
            gen.throw(E)
        except TypeError as e:
            print(e)
        try:
            next(gen)
        except StopIteration:
            print("finished")
        def generator():
            try:
                yield
            except TypeError as e:
                print("inside:", e)
        gen = generator(); next(gen)
        try:
            gen.throw(E)
        except StopIteration:
            print("finished too")
        def f():
            try:
                yield
            except GeneratorExit:
                yield
        g = f()
        next(g)
        del g
        def hook(u):
            print(type(u.exc_value).__name__, u.exc_traceback is not None,
                  u.exc_traceback.tb_lineno)
        sys.unraisablehook = hook
        g = f(); next(g)
        del g
    """)


def test_replaced_unawaited_hook_is_called():
    same_as_host("""
        import warnings, sys
        async def corofn(): pass
        orig = warnings._warn_unawaited_coroutine
        warnings._warn_unawaited_coroutine = lambda coro: 1/0
        def hook(u):
            print("unraisable", type(u.exc_value).__name__, type(u.object).__name__)
        sys.unraisablehook = hook
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter("always")
            c = corofn(); del c
            print([str(x.message) for x in w])
        warnings._warn_unawaited_coroutine = lambda coro: print("hook called", type(coro).__name__)
        c = corofn(); del c
        warnings._warn_unawaited_coroutine = orig
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter("always")
            c = corofn(); del c
            print([str(x.message) for x in w])
    """)
