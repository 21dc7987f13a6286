# Generators: RETURN_GENERATOR, YIELD_VALUE, SEND, send/throw/close, PEP 479.
import sys


def counter(n):
    i = 0
    while i < n:
        received = yield i
        if received is not None:
            print("received", received)
        i += 1
    return "done"


print(list(counter(4)))
g = counter(3)
print(g.__name__, g.__qualname__, type(g).__name__)
print(next(g), g.send("x"), next(g))
try:
    g.send(None)
except StopIteration as e:
    print("StopIteration value:", e.value)
try:
    next(g)
except StopIteration as e:
    print("again:", e.value)
try:
    g.send(1)
except StopIteration as e:
    print("send after end:", e.value)

fresh = counter(2)
try:
    fresh.send(5)
except TypeError as e:
    print("TypeError:", e)

print(list(x * x for x in range(5)), tuple(x for x in "ab"))
print([y for y in (x + 1 for x in range(3))])


def outer():
    def inner():
        yield 1
    return inner


print(outer()().__qualname__)


def delegate():
    result = yield from counter(2)
    print("subgenerator returned", result)
    yield from "ab"
    return "outer done"


d = delegate()
print(list(d))
d = delegate()
print(next(d), d.gi_yieldfrom is not None, d.gi_running, d.gi_suspended)
print(d.gi_code.co_name, d.gi_frame.f_code.co_name)


def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("catcher got", repr(e))
            yield "recovered"


c = catcher()
print(next(c))
print(c.throw(ValueError("v1")))
print(next(c))
print(c.throw(ValueError, "v2"))
print(next(c))
try:
    c.throw(KeyError("not caught"))
except KeyError as e:
    print("propagated", repr(e))
print(c.gi_frame)


def forwarding():
    yield from catcher()


f = forwarding()
next(f)
print(f.throw(ValueError("through yield from")))


def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("finally runs")


w = with_finally()
print(next(w))
w.close()
print("closed", w.gi_frame)
w.close()

w = with_finally()
print(next(w))
del w
print("after del")


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuses"


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)


def stop_inside():
    yield 1
    raise StopIteration("explicit")


try:
    list(stop_inside())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))


def reentrant():
    yield me.send(None)


me = reentrant()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)


def exc_state():
    print("in gen before:", sys.exc_info()[0])
    try:
        raise KeyError("in gen")
    except KeyError:
        yield sys.exc_info()[0].__name__
        print("resumed, still handling:", sys.exc_info()[0].__name__)
    yield sys.exc_info()[0]


e = exc_state()
try:
    raise ValueError("outer")
except ValueError:
    print(next(e))
    print("outer sees:", sys.exc_info()[0].__name__)
print(next(e))
print("outside:", sys.exc_info())


def sub_close():
    try:
        yield 1
    finally:
        print("sub closed")


def main_close():
    yield from sub_close()


m = main_close()
next(m)
m.close()


def thrower():
    yield 1


t = thrower()
try:
    t.throw(ValueError("into fresh"))
except ValueError as e:
    print("fresh throw:", e)
print(t.gi_frame)


def recursive(n):
    if n:
        yield n
        yield from recursive(n - 1)


print(list(recursive(30)))


def ret_value():
    return 42
    yield


for item in ret_value():
    print("never")
print(list(ret_value()))

g = (i for i in range(3))
print(next(g), list(g))


def gen_error():
    yield 1
    raise ValueError("from generator")


for value in gen_error():
    print("value", value)
