# Coroutines driven to completion, closed before starting, and awaiting one another by hand.
import sys


async def job(n):
    return n * 2


def run(coro):
    try:
        coro.send(None)
    except StopIteration as stop:
        return stop.value


print(run(job(21)))
closed = job(1)
closed.close()
print("closed without warning")
results = [run(job(i)) for i in range(4)]
print(results)


async def chain(n):
    total = 0
    for i in range(n):
        total += await job(i)
    return total


print(run(chain(5)))
started = chain(3)
print(type(started).__name__, started.cr_frame is not None, started.cr_running)
print(run(started), started.cr_frame)
