# Generator object attributes across their lifecycle: gi_frame, gi_running, gi_yieldfrom, gi_suspended, f_locals of suspended frames.
import sys


def inner():
    x = yield "inner-1"
    yield "inner-2 got %r" % (x,)


def outer(n):
    total = 0
    for i in range(n):
        total += i
        yield total
    result = yield from inner()
    return result


g = outer(3)
print(g.gi_frame is not None, g.gi_running, g.gi_yieldfrom, g.gi_suspended, g.gi_code.co_name, g.__name__, g.__qualname__)
print(next(g), g.gi_suspended, g.gi_frame.f_lineno, sorted(g.gi_frame.f_locals))
print(next(g), next(g), g.gi_frame.f_locals["total"])
print(next(g), type(g.gi_yieldfrom).__name__, g.gi_yieldfrom.gi_code.co_name)
print(g.send("sent"), g.gi_yieldfrom is not None)
try:
    next(g)
except StopIteration as stop:
    print("stop", stop.value, g.gi_frame, g.gi_suspended, g.gi_yieldfrom)


def running_check():
    print("inside: running =", me.gi_running)
    yield
    print("resumed: running =", me.gi_running)


me = running_check()
next(me)
print("outside: running =", me.gi_running)
next(me, None)
g2 = outer(1)
g2.__name__ = "renamed"
g2.__qualname__ = "Outer.renamed"
print(g2.__name__, g2.__qualname__, repr(g2).startswith("<generator object Outer.renamed at"))
for bad in [lambda: setattr(g2, "__name__", 5), lambda: setattr(g2, "gi_frame", None), lambda: setattr(g2, "__qualname__", None)]:
    try:
        bad()
    except (TypeError, AttributeError) as error:
        print(type(error).__name__, error)


def frame_lines():
    yield sys._getframe().f_lineno
    yield sys._getframe().f_lineno
    yield sys._getframe().f_back.f_code.co_name


print(list(frame_lines()))


def local_state():
    a = 1
    yield
    b = 2
    yield
    del a
    yield


ls = local_state()
for _ in range(3):
    next(ls)
    print(sorted(ls.gi_frame.f_locals.items()))
gen_expr = (i for i in range(3))
print(gen_expr.__name__, gen_expr.gi_code.co_name, sorted(gen_expr.gi_frame.f_locals), list(gen_expr), gen_expr.gi_frame)
