"""Generator pipelines (yield, yield from, next)."""


def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


def squares(source):
    for value in source:
        yield value * value


def evens(source):
    for value in source:
        if value % 2 == 0:
            yield value


def chained(n):
    yield from evens(squares(count_up(n)))
    yield from squares(count_up(n // 2))


total = 0
for _ in range(120):
    for value in chained(2000):
        total += value
print(total)
