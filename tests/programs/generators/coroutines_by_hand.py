# async def coroutines driven manually with send(): awaitables, exceptions, close, warnings-free cleanup.
class Suspend:
    def __init__(self, label):
        self.label = label

    def __await__(self):
        print("suspending at", self.label)
        received = yield self.label
        print("resumed", self.label, "with", received)
        return received * 2 if isinstance(received, int) else received


async def compute(x):
    a = await Suspend("first")
    b = await Suspend("second")
    return x + a + b


def run(coro, values):
    result = None
    try:
        yielded = coro.send(None)
        for value in values:
            print("  loop saw", yielded)
            yielded = coro.send(value)
        print("  unexpected yield", yielded)
    except StopIteration as stop:
        result = stop.value
    return result


print(run(compute(1), [10, 20]))


async def nested():
    total = 0
    for i in range(3):
        total += await compute(i)
    return total


print(run(nested(), [1, 1, 2, 2, 3, 3]))


async def failing():
    await Suspend("before failure")
    raise ValueError("coroutine failed")


c = failing()
c.send(None)
try:
    c.send("x")
except ValueError as error:
    print("ValueError", error)


async def catches():
    try:
        await Suspend("waiting")
    except KeyError as error:
        print("coroutine caught", repr(error))
        return "handled"


c = catches()
c.send(None)
try:
    c.throw(KeyError("injected"))
except StopIteration as stop:
    print("returned", stop.value)


async def cleanup():
    try:
        await Suspend("cleanup point")
    finally:
        print("finally in coroutine")


c = cleanup()
c.send(None)
c.close()
print(type(c).__name__, c.cr_frame, c.__name__, c.__qualname__, c.cr_running)
c2 = compute(0)
print(c2.cr_code.co_name, c2.cr_await)
c2.send(None)
print(type(c2.cr_await).__name__)
c2.close()
try:
    c2.send(None)
except RuntimeError as error:
    print("RuntimeError", error)
done = compute(0)
try:
    done.send(None); done.send(1); done.send(2)
except StopIteration as stop:
    print("done", stop.value)
try:
    done.send(None)
except RuntimeError as error:
    print("RuntimeError", error)


class NotAwaitable:
    pass


async def awaits_bad():
    await NotAwaitable()


try:
    awaits_bad().send(None)
except TypeError as error:
    print("TypeError", error)


class BadAwait:
    def __await__(self):
        return 5


async def awaits_bad2():
    await BadAwait()


try:
    awaits_bad2().send(None)
except TypeError as error:
    print("TypeError", error)
co = compute(1)
try:
    next(co)
except TypeError as error:
    print("TypeError", error)
try:
    iter(co)
except TypeError as error:
    print("TypeError", error)
co.close()


async def reuse():
    return 1


r = reuse()
aw = r.__await__()
print(type(aw).__name__)
try:
    next(aw)
except StopIteration as stop:
    print("via __await__", stop.value)


async def double_await(inner):
    return await inner


shared = reuse()
try:
    double_await(shared).send(None)
except StopIteration as stop:
    print("first await", stop.value)
try:
    double_await(shared).send(None)
except RuntimeError as error:
    print("RuntimeError", error)
