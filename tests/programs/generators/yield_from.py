# yield from: delegation of send/throw/close, return values, nested delegation.
def inner():
    print("inner start")
    received = yield "inner-1"
    print("inner got", received)
    try:
        yield "inner-2"
    except KeyError as error:
        print("inner caught", repr(error))
        yield "inner-recovered"
    return "inner-result"


def outer():
    result = yield from inner()
    print("outer got result", result)
    yield "outer-end"
    return "outer-result"


g = outer()
print(next(g))
print(g.send("hello"))
print(g.throw(KeyError("k")))
print(next(g))
try:
    next(g)
except StopIteration as stop:
    print("stop", stop.value)


def closer():
    try:
        yield 1
        yield 2
    finally:
        print("closer cleanup")


def delegate():
    try:
        yield from closer()
    finally:
        print("delegate cleanup")


d = delegate()
next(d)
d.close()


def from_iterables():
    yield from [1, 2]
    yield from "ab"
    yield from range(3, 5)
    yield from (x * 10 for x in range(2))
    r = yield from []
    print("empty delegation returns", r)


print(list(from_iterables()))


def tree(depth, label="r"):
    if depth == 0:
        yield label
        return 1
    left = yield from tree(depth - 1, label + "L")
    right = yield from tree(depth - 1, label + "R")
    return left + right


t = tree(3)
leaves = []
while True:
    try:
        leaves.append(next(t))
    except StopIteration as stop:
        print(leaves, "count", stop.value)
        break


def echo():
    while True:
        try:
            value = yield
        except GeneratorExit:
            print("echo exiting")
            raise
        print("echo", value)


def relay():
    yield from echo()


r = relay()
next(r)
r.send(1)
r.send("two")
r.close()


def no_throw_iterator():
    yield from iter([1, 2, 3])


n = no_throw_iterator()
next(n)
try:
    n.throw(ValueError("into list iterator"))
except ValueError as error:
    print("propagated", error)


class Custom:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration("custom value")


def uses_custom():
    value = yield from Custom()
    print("custom returned", value)
    yield "done"


print(list(uses_custom()))


def bad_delegate():
    yield from 5


try:
    list(bad_delegate())
except TypeError as error:
    print("TypeError", error)


def stop_value():
    return (yield from [])


try:
    next(stop_value())
except StopIteration as stop:
    print("value", stop.value)


def chain(*gens):
    for g in gens:
        yield from g


print(list(chain(range(2), "xy", [None])))
