# Generator protocol: send, throw, close, return values, GeneratorExit handling, states.
def accumulator():
    total = 0
    try:
        while True:
            value = yield total
            if value is None:
                break
            total += value
    except ValueError as error:
        print("caught inside", error)
        yield "recovered"
    finally:
        print("accumulator finally")
    return "final total %d" % total


gen = accumulator()
print(next(gen), gen.send(5), gen.send(10), gen.throw(ValueError("bad")))
try:
    next(gen)
except StopIteration as stop:
    print("StopIteration value", stop.value)
gen = accumulator()
next(gen)
gen.send(3)
try:
    gen.send(None)
except StopIteration as stop:
    print("returned", stop.value, stop.args)
try:
    accumulator().send(1)
except TypeError as error:
    print("TypeError", error)
g = accumulator()
print(g.send(None))
g.close()
g.close()
print("closed twice fine")
try:
    next(g)
except StopIteration:
    print("exhausted after close")


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("ignoring exit")
        yield 2


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as error:
    print("RuntimeError", error)


def states():
    yield 1


import sys
st = states()
print(st.gi_running, st.gi_frame is not None, st.gi_code.co_name, st.__name__, st.__qualname__)
next(st)
print(st.gi_frame.f_lineno if st.gi_frame else None)
list(st)
print(st.gi_frame)


def thrower():
    try:
        yield "first"
    except KeyError:
        print("KeyError handled")
    yield "after"


t = thrower()
print(next(t), t.throw(KeyError), next(t, "done"))
try:
    thrower().throw(ZeroDivisionError("unstarted"))
except ZeroDivisionError as error:
    print("ZeroDivisionError", error)
try:
    t2 = thrower()
    next(t2)
    t2.throw(TypeError, TypeError("legacy form"))
except TypeError as error:
    print("TypeError", error)


def reentrant():
    yield gen_self.send(None)


gen_self = reentrant()
try:
    next(gen_self)
except ValueError as error:
    print("ValueError", error)


def stop_inside():
    yield 1
    raise StopIteration("leaks")


try:
    list(stop_inside())
except RuntimeError as error:
    print("RuntimeError", error, type(error.__cause__).__name__)


def returns_early(n):
    for i in range(n):
        if i == 2:
            return i * 100
        yield i


def collect(gen):
    items = []
    while True:
        try:
            items.append(next(gen))
        except StopIteration as stop:
            return items, stop.value


print(collect(returns_early(10)), collect(returns_early(1)))
squares = (x * x for x in range(4))
print(type(squares).__name__, next(squares), list(squares), list(squares))
try:
    (x for x in 5)
except TypeError as error:
    print("TypeError", error)
lazy = (1 / x for x in [1, 0])
print(next(lazy))
try:
    next(lazy)
except ZeroDivisionError as error:
    print("ZeroDivisionError", error)


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


f = fib()
print([next(f) for _ in range(15)])
f.close()
print(next(f, "closed"))
