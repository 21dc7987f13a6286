"""anext_awaitable, what anext(aiterator, default) returns, against the host.

Counterpart: glass/objects/iterobject.py (Objects/iterobject.c,
anextawaitableobject) and builtin_anext of Python/bltinmodule.c.
"""
from __future__ import annotations

from oracle import same_as_host


def test_await_anext_with_default_over_every_kind_of_aiterator():
    same_as_host("""
        import types

        async def agen():
            yield 1
            yield 2

        class ByCoroutine:
            def __init__(self): self.i = 0
            def __aiter__(self): return self
            async def __anext__(self):
                self.i += 1
                if self.i > 2:
                    raise StopAsyncIteration
                return self.i * 10

        @types.coroutine
        def legacy(value):
            yield "suspended"
            if value > 2:
                raise StopAsyncIteration
            return value

        class ByGeneratorCoroutine:
            # (An __anext__ that raises at once crashes 3.11's anext().)
            def __init__(self): self.i = 0
            def __aiter__(self): return self
            def __anext__(self):
                self.i += 1
                return legacy(self.i)

        class Step:
            def __init__(self, value): self.value = value
            def __await__(self): return self
            def __iter__(self): return self
            def __next__(self):
                if self.value is None:
                    raise StopAsyncIteration
                raise StopIteration(self.value)

        class ByIterator:
            def __init__(self): self.i = 0
            def __aiter__(self): return self
            def __anext__(self):
                self.i += 1
                return Step(self.i if self.i <= 2 else None)

        def drive(coro):
            out = []
            try:
                while True:
                    out.append(coro.send(None))
            except StopIteration as e:
                return out, e.value

        async def consume(ait):
            return [await anext(ait, "dflt") for _ in range(4)]

        for ait in (agen(), ByCoroutine(), ByGeneratorCoroutine(), ByIterator()):
            print(type(ait).__name__, drive(consume(ait)))
    """)


def test_the_awaitable_step_by_step():
    same_as_host("""
        import gc, sys

        async def agen():
            yield 1

        def show(f):
            try:
                print(repr(f()))
            except BaseException as e:
                print(type(e).__name__, repr(e.args), repr(e.__cause__))

        g = agen()
        aw = anext(g, "d")
        t = type(aw)
        print(t.__name__, t.__module__, t.__flags__, t.__doc__, sorted(vars(t)))
        print(aw.__await__() is aw, iter(aw) is aw, gc.is_tracked(aw), len(gc.get_referents(aw)))
        print(sys.getsizeof(aw), t.send.__doc__, t.throw.__doc__, t.close.__doc__)
        show(lambda: next(aw))
        show(lambda: next(aw))                      # the asend object is spent
        show(lambda: next(anext(g, "d")))
        show(lambda: next(anext(g)))
        show(lambda: anext(g, "d").send(None))
        show(lambda: anext(g, None).send(None))      # StopIteration() without args
        show(lambda: anext(g, (1, 2)).send(None))    # 3.11's SystemError
        show(lambda: anext(g, ValueError("v")).send(None))
        show(lambda: aw.send()); show(lambda: aw.send(1, 2)); show(lambda: aw.close(k=1))
        show(lambda: t()); show(lambda: anext(1, 2))
    """)


def test_send_throw_and_close_reach_the_wrapped_iterator():
    same_as_host("""
        class Recorder:
            def __init__(self): self.log = []
            def __await__(self): return self
            def __iter__(self): return self
            def __next__(self): self.log.append("next"); return "n"
            def send(self, *a): self.log.append(("send", a)); return "s"
            def throw(self, *a): self.log.append(("throw", a)); return "t"
            def close(self, *a): self.log.append(("close", a)); return "c"

        class A:
            def __init__(self): self.w = Recorder()
            def __aiter__(self): return self
            def __anext__(self): return self.w

        a = A()
        aw = anext(a, 42)
        print(next(aw), aw.send(1), aw.send((1, 2)), aw.send(()), aw.throw(ValueError),
              aw.throw(ValueError, 1, None), aw.throw(), aw.close(), aw.close(1, 2))
        print(a.w.log)

        class Ends:
            def __aiter__(self): return self
            async def __anext__(self): raise StopAsyncIteration

        for step in (lambda x: x.throw(ValueError), lambda x: x.close(),
                     lambda x: x.send(None), lambda x: next(x)):
            try:
                print(repr(step(anext(Ends(), 7))))
            except Exception as e:
                print(type(e).__name__, e.args)
    """)


def test_bad_awaitables():
    same_as_host("""
        import warnings
        warnings.simplefilter("ignore")

        async def co(): return 3

        class AwaitsCoroutine:
            def __await__(self): return co()

        class AwaitsInt:
            def __await__(self): return 5

        for result in (5, AwaitsInt(), AwaitsCoroutine()):
            class A:
                def __aiter__(self): return self
                def __anext__(self): return result
            x = anext(A(), 1)
            for step in (next, lambda x: x.send(None), lambda x: x.throw(ValueError),
                         lambda x: x.close()):
                try:
                    step(x)
                except Exception as e:
                    print(type(e).__name__, e)
    """)


def test_next_keeps_the_value_a_class_stops_with():
    # next() and anext_awaitable see StopIteration(value) from a class's __next__.
    same_as_host("""
        class I:
            def __iter__(self): return self
            def __next__(self): raise StopIteration(5)
        try:
            next(I())
        except StopIteration as e:
            print(e.args)
        print(next(I(), "default"))
    """)
