# Async generators driven by hand: __anext__, asend, athrow, aclose, async for/with/comprehensions.
class Tick:
    def __init__(self, n):
        self.n = n

    def __await__(self):
        yield ("tick", self.n)
        return self.n


async def counter(limit):
    try:
        for i in range(limit):
            got = await Tick(i)
            received = yield got * 10
            if received is not None:
                print("counter received", received)
    finally:
        print("counter finally")


def drive(awaitable):
    """Run an awaitable to completion, printing what it yields."""
    try:
        while True:
            print("  yielded", awaitable.send(None))
    except StopIteration as stop:
        return stop.value


agen = counter(3)
print(type(agen).__name__, agen.__name__)
print(drive(agen.__anext__()))
print(drive(agen.asend("hi")))
print(drive(agen.__anext__()))
try:
    drive(agen.__anext__())
except StopAsyncIteration as error:
    print("StopAsyncIteration", error.args)


async def consume():
    results = []
    async for value in counter(3):
        results.append(value)
    squares = [v * v async for v in counter(2)]
    return results, squares


print(drive(consume()))


async def catcher():
    while True:
        try:
            yield "waiting"
        except ValueError as error:
            print("catcher got", error)
            yield "after error"
            return


c = catcher()
print(drive(c.__anext__()))
print(drive(c.athrow(ValueError("thrown"))))
try:
    drive(c.__anext__())
except StopAsyncIteration:
    print("catcher done")
c2 = counter(5)
drive(c2.__anext__())
print(drive(c2.aclose()))
try:
    drive(c2.__anext__())
except StopAsyncIteration:
    print("closed generator stops")


class AsyncContext:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        print("aenter", self.name)
        await Tick(-1)
        return self.name.upper()

    async def __aexit__(self, exc_type, exc, tb):
        print("aexit", self.name, exc_type.__name__ if exc_type else None)
        return exc_type is KeyError


async def uses_context():
    async with AsyncContext("one") as value:
        print("inside", value)
    async with AsyncContext("two"):
        raise KeyError("suppressed")
    async with AsyncContext("three"):
        raise IndexError("escapes")


try:
    drive(uses_context())
except IndexError as error:
    print("IndexError", error)


async def bad_yield_in_finally():
    try:
        yield 1
    finally:
        yield 2


b = bad_yield_in_finally()
drive(b.__anext__())
try:
    drive(b.aclose())
except RuntimeError as error:
    print("RuntimeError", error)


async def agen_return_value():
    yield 1


a = agen_return_value()
print(a.ag_running, a.ag_code.co_name, a.ag_await, type(a.__aiter__()).__name__, a.__aiter__() is a)


class NotAsyncIterable:
    pass


async def bad_async_for():
    async for x in NotAsyncIterable():
        pass


try:
    drive(bad_async_for())
except TypeError as error:
    print("TypeError", error)


async def bad_async_with():
    async with NotAsyncIterable():
        pass


try:
    drive(bad_async_with())
except (TypeError, AttributeError) as error:
    print(type(error).__name__, error)
