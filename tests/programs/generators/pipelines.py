# Generator pipelines for text processing: lazy evaluation order, infinite streams, itertools-free helpers.
log = []


def source(lines):
    for number, line in enumerate(lines, 1):
        log.append("read %d" % number)
        yield number, line


def strip_comments(pairs):
    for number, line in pairs:
        code = line.split("#", 1)[0].rstrip()
        if code:
            yield number, code


def tokens(pairs):
    for number, line in pairs:
        for word in line.split():
            yield number, word


def take(n, iterable):
    result = []
    for item in iterable:
        if len(result) == n:
            break
        result.append(item)
    return result


text = """x = 1  # set x
# only a comment

y = x + 2
print(x, y)  # show
""".splitlines()
pipeline = tokens(strip_comments(source(text)))
print(take(4, pipeline))
print(log)
print(list(pipeline))
print(log)


def naturals(start=0):
    while True:
        yield start
        start += 1


def sieve():
    found = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n


def windowed(iterable, size):
    window = []
    for item in iterable:
        window.append(item)
        if len(window) > size:
            window.pop(0)
        if len(window) == size:
            yield tuple(window)


print(take(20, sieve()))
print(take(5, windowed(sieve(), 3)))
print(take(6, (a * b for a, b in windowed(naturals(1), 2))))


def grouped(items, key):
    current, group = object(), []
    sentinel = current
    for item in items:
        k = key(item)
        if k != current and current is not sentinel:
            yield current, group
            group = []
        current = k
        group.append(item)
    if group:
        yield current, group


words = "apple avocado banana blueberry cherry cranberry coconut date".split()
for letter, group in grouped(words, lambda w: w[0]):
    print(letter, group)


def running_stats(values):
    count = total = 0
    low = high = None
    for v in values:
        count += 1
        total += v
        low = v if low is None or v < low else low
        high = v if high is None or v > high else high
        yield count, total / count, low, high


for row in running_stats([5, 3, 8, 1, 9, 2]):
    print("n=%d mean=%.3f min=%d max=%d" % row)


def interleave(*iterables):
    iterators = [iter(it) for it in iterables]
    while iterators:
        for it in list(iterators):
            try:
                yield next(it)
            except StopIteration:
                iterators.remove(it)


print(list(interleave("abc", [1, 2], range(100, 105))))
gen = (len(w) for w in words)
print(sum(gen), sum(gen), max(len(w) for w in words), sorted({len(w) for w in words}))
