"""Generators, coroutines and async generators against the host.

Counterpart: glass/objects/genobject.py (Objects/genobject.c) and the
generator opcodes of glass/vm/ceval.py.  Whole programs live in
tests/programs/vm/ (generators.py, coroutines.py, async_generators.py).
"""
from __future__ import annotations

from oracle import same_as_host


def test_traceback_through_generator_frames():
    same_as_host("""
        def inner():
            yield 1
            raise ValueError("deep")

        def outer():
            yield from inner()

        for value in outer():
            print(value)
    """)


def test_exception_state_and_chaining_across_generators():
    same_as_host("""
        import sys

        def gen():
            try:
                yield sys.exc_info()[0]
                raise KeyError("raised in generator")
            except KeyError as e:
                print("context:", repr(e.__context__))
                yield "handling " + type(sys.exception()).__name__
            yield sys.exc_info()[0]

        g = gen()
        try:
            raise ValueError("caller's")
        except ValueError:
            print(next(g))                  # the caller's exception is visible
            print(next(g))
        print(next(g))                      # nothing handled any more

        def catcher():
            try:
                raise OSError("inside")
            except OSError:
                yield 1

        c = catcher()
        next(c)
        try:
            c.throw(RuntimeError("thrown"))
        except RuntimeError as e:
            print("thrown context:", repr(e.__context__))

        def plain():
            yield 1
        p = plain()
        next(p)
        try:
            c2 = p.throw(TypeError, "by type and value")
        except TypeError as e:
            print(repr(e), e.__context__)
        for bad in (1, "x"):
            try:
                plain().throw(bad)
            except TypeError as e:
                print("TypeError:", e)
        try:
            plain().throw(ValueError("v"), 1)
        except TypeError as e:
            print("TypeError:", e)
    """)


def test_finalization_and_unraisable_errors():
    same_as_host("""
        def noisy():
            try:
                yield 1
            finally:
                print("finally of", "noisy")
                raise RuntimeError("finally failed")

        g = noisy()
        next(g)
        del g
        print("after del")

        def ignores():
            try:
                yield
            except GeneratorExit:
                yield "ignored"

        i = ignores()
        next(i)
        try:
            i.close()
        except RuntimeError as e:
            print("RuntimeError:", e)
        print("end")
    """)


def test_generator_attributes():
    same_as_host("""
        def gen():
            x = yield 1
            yield x

        g = gen()
        print(g.gi_frame.f_lineno, g.gi_running, g.gi_suspended, g.gi_yieldfrom)
        next(g)
        print(g.gi_frame.f_lineno, g.gi_suspended, g.gi_code.co_name)
        g.__name__ = "renamed"
        g.__qualname__ = "Q.renamed"
        print(g.__name__, g.__qualname__, repr(g).split(" at ")[0])
        try:
            g.__name__ = 5
        except TypeError as e:
            print("TypeError:", e)
        print(g.send("sent"), list(g), g.gi_frame)
        print(type(g).__name__, iter(g) is g)

        async def coro():
            return 1
        c = coro()
        print(c.cr_frame is not None, c.cr_running, c.cr_await, c.cr_suspended, c.cr_origin)
        try:
            c.send(None)
        except StopIteration as e:
            print("value", e.value)
        print(c.cr_frame)
    """)


def test_async_generator_protocol_edges():
    same_as_host("""
        async def agen():
            try:
                yield 1
                yield 2
            finally:
                print("agen finally")

        def step(awaitable, value=None):
            try:
                return ("yielded", awaitable.send(value))
            except StopIteration as e:
                return ("done", e.value)
            except StopAsyncIteration:
                return ("StopAsyncIteration",)

        g = agen()
        nxt = g.__anext__()
        print(step(nxt))
        try:
            nxt.send(None)
        except RuntimeError as e:
            print("RuntimeError:", e)
        print(step(g.asend(None)))
        closing = g.aclose()
        print(step(closing))
        try:
            closing.send(None)
        except RuntimeError as e:
            print("RuntimeError:", e)
        print(step(g.__anext__()))
        print(step(g.athrow(ValueError)))

        async def refuses():
            try:
                yield 1
            except GeneratorExit:
                yield 2

        r = refuses()
        print(step(r.__anext__()))
        try:
            r.aclose().send(None)
        except RuntimeError as e:
            print("RuntimeError:", e)
    """)


def test_async_generator_hooks_firstiter_and_finalizer():
    # async_gen_init_hooks and the finalizer branch of _PyGen_Finalize: what
    # asyncio relies on to close async generators (shutdown_asyncgens, and
    # aclose() scheduled when one is dropped while suspended).
    same_as_host("""
        import sys

        async def agen(name):
            try:
                yield name + "-1"
                yield name + "-2"
            finally:
                print("finally", name)

        def step(aw):
            try:
                return aw.send(None)
            except StopIteration as e:
                return e.value

        seen, closing = [], []
        sys.set_asyncgen_hooks(firstiter=lambda g: seen.append(g.__name__),
                               finalizer=lambda g: closing.append(g))
        print(sys.get_asyncgen_hooks().firstiter is not None)
        g = agen("a")
        print(seen)                                  # nothing until first iterated
        print(step(g.__anext__()), seen)
        del g                                         # suspended: goes to the finalizer
        print(len(closing), closing[0].ag_frame is not None)
        print(step(closing[0].aclose()), "closed by hand")
        closing.clear()

        h = agen("b")
        print(step(h.asend(None)), seen)
        sys.set_asyncgen_hooks(None, None)           # the generator keeps its finalizer
        del h
        print(len(closing))
        closing.clear()

        done = agen("c")                              # finished: no finalizer call
        print(step(done.__anext__()), step(done.__anext__()))
        try:
            step(done.__anext__())
        except StopAsyncIteration:
            print("exhausted")
        del done
        print(len(closing))

        never = agen("d")                             # no hooks when it first ran
        print(step(never.__anext__()))
        del never

        def bad_firstiter(g):
            raise KeyError("firstiter")
        sys.set_asyncgen_hooks(firstiter=bad_firstiter)
        e = agen("e")
        try:
            e.athrow(ValueError)
        except KeyError as error:
            print("athrow", error)
        print(step(e.__anext__()))                   # hooks run once only
        sys.set_asyncgen_hooks(firstiter=None)

        def failing_finalizer(g):
            raise ValueError("in finalizer")
        sys.set_asyncgen_hooks(finalizer=failing_finalizer)
        sys.unraisablehook = lambda u: print("unraisable", u.exc_type.__name__, u.object.__name__)
        f = agen("f")
        print(step(f.__anext__()))
        del f
        sys.set_asyncgen_hooks(finalizer=None)
    """)


def test_async_generator_hooks_belong_to_their_thread():
    same_as_host("""
        import sys, threading
        sys.set_asyncgen_hooks(firstiter=print)
        out = []
        t = threading.Thread(target=lambda: out.append(sys.get_asyncgen_hooks()))
        t.start(); t.join()
        print(out, sys.get_asyncgen_hooks().firstiter is print)
        sys.set_asyncgen_hooks(firstiter=None)
    """)


def test_asyncio_closes_async_generators_at_shutdown():
    same_as_host("""
        import asyncio

        async def numbers():
            try:
                yield 1
                yield 2
            finally:
                print("closing numbers")
                1/0

        it = numbers()
        messages = []

        async def main():
            asyncio.get_running_loop().set_exception_handler(
                lambda loop, context: messages.append(context))
            async for i in it:
                print("got", i)
                break

        asyncio.run(main())
        print([(m["message"].split(" <")[0], type(m["exception"]).__name__, m["asyncgen"] is it)
               for m in messages])
    """)
