# list.sort is CPython's timsort: the same comparisons, in the same order,
# so a key whose __lt__ logs (or lies) sees exactly what CPython's sort does.



class Key:
    log = []

    def __init__(self, value, tag):
        self.value = value
        self.tag = tag

    def __lt__(self, other):
        Key.log.append((self.tag, other.tag))
        return self.value < other.value

    def __repr__(self):
        return "%s%s" % (self.value, self.tag)


def lcg(seed):
    state = seed
    while True:
        state = (state * 1103515245 + 12345) % (1 << 31)
        yield state


def sample(n, spread, seed):
    gen = lcg(seed)
    return [next(gen) % spread for _ in range(n)]


def run(values, **kwargs):
    Key.log = []
    items = [Key(v, i) for i, v in enumerate(values)]
    items.sort(**kwargs)
    fingerprint = 0
    for a, b in Key.log:
        fingerprint = (fingerprint * 31 + a * 7 + b) % 1000000007
    return len(Key.log), fingerprint, [k.tag for k in items][:12]


for n in (0, 1, 2, 3, 5, 17, 64, 65, 100, 257):
    for spread in (3, 100000):
        print(n, spread, run(sample(n, spread, n * 7 + spread)))

# Runs: ascending, descending, sawtooth, organ pipe, mostly sorted.
shapes = {
    "ascending": list(range(300)),
    "descending": list(range(300, 0, -1)),
    "sawtooth": [i % 37 for i in range(500)],
    "organ": list(range(150)) + list(range(150, 0, -1)),
    "mostly": [i if i % 50 else -i for i in range(400)],
    "plateaus": [i // 40 for i in range(400)],
}
for name, values in shapes.items():
    print(name, run(values), run(values, reverse=True))

# A key function, reverse, stability.
words = ["pear", "Fig", "apple", "fig", "Apple", "banana", "kiwi", "Pear", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
pairs = [(i % 3, i) for i in range(12)]
pairs.sort(key=lambda p: p[0], reverse=True)
print(pairs)

# An inconsistent __lt__: the result depends on the exact algorithm.
class Liar:
    calls = 0

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Liar.calls += 1
        return (self.v * 7 + other.v * 3 + Liar.calls) % 5 < 2

    def __repr__(self):
        return str(self.v)


liars = [Liar(v) for v in sample(80, 1000, 99)]
liars.sort()
print(Liar.calls, [l.v for l in liars][:20])

# Mixed numbers and the host's fast path agree.
mixed = [3, 1.5, True, -2, 2.0, 10 ** 20, -0.0, 0, False]
print(sorted(mixed), sorted(mixed, reverse=True))
print(sorted(["b", "a", "é", "A", "😀", ""]))
