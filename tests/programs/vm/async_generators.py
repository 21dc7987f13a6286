# Async generators, async for and async with, driven without asyncio:
# ASYNC_GEN_WRAP, GET_AITER, GET_ANEXT, END_ASYNC_FOR, BEFORE_ASYNC_WITH,
# asend/athrow/aclose.


class Tick:
    def __await__(self):
        yield "tick"


def run(coro):
    ticks = 0
    while True:
        try:
            coro.send(None)
        except StopIteration as stop:
            if ticks:
                print("  (%d ticks)" % ticks)
            return stop.value
        ticks += 1


async def agen(n):
    for i in range(n):
        await Tick()
        yield i
    print("agen finished")


async def consume():
    seen = []
    async for value in agen(3):
        seen.append(value)
    return seen


print(run(consume()))


async def comprehension():
    return [v * 2 async for v in agen(2)]


print(run(comprehension()))


class AsyncRange:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i


async def use_class():
    total = 0
    async for v in AsyncRange(4):
        total += v
    return total


print(run(use_class()))


class AsyncManager:
    def __init__(self, swallow):
        self.swallow = swallow

    async def __aenter__(self):
        print("aenter")
        await Tick()
        return "resource"

    async def __aexit__(self, t, v, tb):
        print("aexit", t.__name__ if t else None)
        return self.swallow


async def use_manager():
    async with AsyncManager(False) as r:
        print("inside", r)
    async with AsyncManager(True):
        raise ValueError("swallowed by aexit")
    return "managed"


print(run(use_manager()))


async def manual():
    g = agen(2)
    print(type(g).__name__, g.__name__, g.ag_running)
    print(await g.__anext__())
    print(await g.asend(None))
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration")
    g2 = agen(5)
    print(await g2.__anext__())
    await g2.aclose()
    print("closed", g2.ag_frame)
    try:
        await g2.__anext__()
    except StopAsyncIteration:
        print("exhausted after aclose")


run(manual())


async def catching():
    try:
        yield 1
    except KeyError as e:
        print("agen caught", repr(e))
        yield 2


async def use_athrow():
    g = catching()
    print(await g.__anext__())
    print(await g.athrow(KeyError("k")))
    try:
        await g.athrow(ValueError("v"))
    except ValueError as e:
        print("propagated", repr(e))


run(use_athrow())


async def not_iterable():
    async for x in 5:
        pass


try:
    run(not_iterable())
except TypeError as e:
    print("TypeError:", e)


class NoAnext:
    def __aiter__(self):
        return self


async def no_anext():
    async for x in NoAnext():
        pass


try:
    run(no_anext())
except TypeError as e:
    print("TypeError:", e)


async def not_async_manager():
    async with object():
        pass


try:
    run(not_async_manager())
except TypeError as e:
    print("TypeError:", e)


async def stop_inside():
    yield 1
    raise StopAsyncIteration


async def use_stop_inside():
    async for v in stop_inside():
        print("got", v)


try:
    run(use_stop_inside())
except RuntimeError as e:
    print("RuntimeError:", e)


async def breaks_early():
    g = agen(10)
    async for v in g:
        if v == 1:
            break
    await g.aclose()
    return v


print(run(breaks_early()))
