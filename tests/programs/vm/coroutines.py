# Coroutines driven by a tiny event loop: GET_AWAITABLE, SEND, coroutine
# wrappers, __await__, cr_await, and the errors of `await`.


class Sleep:
    """An awaitable that suspends the coroutine once (yields to the loop)."""

    def __init__(self, label):
        self.label = label

    def __await__(self):
        reply = yield ("sleep", self.label)
        return "woke " + str(reply)


def run(coro):
    """Drive a coroutine to completion, answering each suspension."""
    step = 0
    value = None
    while True:
        try:
            request = coro.send(value)
        except StopIteration as stop:
            return stop.value
        step += 1
        print("  loop got", request)
        value = step


async def leaf(x):
    answer = await Sleep("leaf%d" % x)
    return x * 10, answer


async def middle():
    a = await leaf(1)
    b = await leaf(2)
    return [a, b]


print(run(middle()))

c = middle()
print(type(c).__name__, c.__name__, c.__qualname__, c.cr_running, c.cr_await)
print(c.send(None))
print(type(c.cr_await).__name__)
c.close()
print(c.cr_frame)


async def fails():
    await Sleep("before failure")
    raise ValueError("inside coroutine")


try:
    run(fails())
except ValueError as e:
    print("caught", repr(e))


async def catches():
    try:
        await Sleep("waiting")
    except KeyError as e:
        print("coroutine caught", repr(e))
        return "handled"


co = catches()
print(co.send(None))
try:
    co.throw(KeyError("thrown"))
except StopIteration as stop:
    print("result", stop.value)


async def bad_await():
    await 42


try:
    run(bad_await())
except TypeError as e:
    print("TypeError:", e)


class BadAwait:
    def __await__(self):
        return 5


async def bad_iter():
    await BadAwait()


try:
    run(bad_iter())
except TypeError as e:
    print("TypeError:", e)

done = leaf(3)
print(run(done))
try:
    done.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

w = leaf(4).__await__()
print(type(w).__name__)
print(next(w))
try:
    w.send("x")
except StopIteration as e:
    print("wrapper result", e.value)


async def awaits_twice(inner):
    return await inner


inner = leaf(5)
first = awaits_twice(inner)
first.send(None)
second = awaits_twice(inner)
try:
    second.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
first.close()
second.close()


def plain_gen():
    yield 1


async def yield_from_coroutine():
    return 1


def uses_yield_from(coro):
    yield from coro


pending = yield_from_coroutine()
try:
    next(uses_yield_from(pending))
except TypeError as e:
    print("TypeError:", e)
pending.close()


async def returns_none():
    pass


try:
    returns_none().send(None)
except StopIteration as e:
    print("StopIteration", e.value)

pending = returns_none()
try:
    pending.send(1)
except TypeError as e:
    print("TypeError:", e)
pending.close()
