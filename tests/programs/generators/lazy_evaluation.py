# Lazy evaluation with generators: infinite sequences, take/drop/chunk helpers, evaluation order traces, and exhaustion.
trace = []


def numbers(label):
    n = 0
    while True:
        trace.append("%s%d" % (label, n))
        yield n
        n += 1


def take(n, it):
    it = iter(it)
    return [next(it) for _ in range(n)]


def drop(n, it):
    it = iter(it)
    for _ in range(n):
        next(it, None)
    return it


def chunks(it, size):
    chunk = []
    for item in it:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def mapped(f, it):
    for x in it:
        yield f(x)


def filtered(pred, it):
    for x in it:
        if pred(x):
            yield x


pipeline = mapped(lambda v: v * v, filtered(lambda v: v % 3 == 0, numbers("n")))
print(take(4, pipeline), trace)
trace.clear()
print(take(3, drop(5, numbers("d"))), trace)
print(list(chunks(range(10), 4)), list(chunks([], 3)), list(chunks("abcde", 2)))
evens = (x for x in numbers("e") if x % 2 == 0)
trace.clear()
print(next(evens), next(evens), trace)
finite = iter([1, 2, 3])
print(list(finite), list(finite), next(finite, "exhausted"))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


print(take(10, fib()), next(x for x in fib() if x > 1000), sum(take(50, fib())))
squares = map(lambda x: x * x, range(5))
print(type(squares).__name__, list(squares), list(squares))
z = zip(numbers("z1"), "ab")
trace.clear()
print(list(z), trace)
it = iter(range(10))
pairs = list(zip(it, it))
print(pairs)
gen = (print("evaluated", i) or i for i in range(3))
print("generator created")
print(sum(gen))
print(any(x > 2 for x in numbers("a")), all(x < 2 for x in numbers("b")))
