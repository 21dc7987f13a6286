# Sorting: keys, reverse, stability, multi-pass sorts, comparisons raising, mutation during sort, sorted() on iterables.
people = [("ann", 30, "nyc"), ("bob", 25, "sf"), ("cat", 30, "la"), ("dan", 25, "nyc"), ("eve", 35, "sf"), ("fay", 30, "sf")]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
by_city = sorted(people, key=lambda p: p[2])
print(sorted(by_city, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
words = "The quick brown Fox jumps over the lazy Dog then THE end".split()
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
print(sorted(set(words), key=lambda w: (w.lower(), w)), sorted("Mississippi"), sorted({3: "c", 1: "a", 2: "b"}.items()))
numbers = [5, -3, 2.5, 0, -0.0, 10 ** 20, True, -7]
print(sorted(numbers), sorted(numbers, key=abs), min(numbers, key=abs), max(numbers, key=abs))
data = list(range(20))
data.sort(key=lambda v: v % 3)
print(data)
data.sort(key=lambda v: v % 3, reverse=True)
print(data)


class Tracked:
    comparisons = 0

    def __init__(self, key, tag):
        self.key, self.tag = key, tag

    def __lt__(self, other):
        Tracked.comparisons += 1
        return self.key < other.key

    def __repr__(self):
        return "%s%s" % (self.key, self.tag)


tracked = [Tracked(k, t) for k, t in zip([3, 1, 2, 1, 3, 2, 1], "abcdefg")]
print(sorted(tracked), Tracked.comparisons > 0)
print(sorted(tracked, reverse=True))
for bad in [[1, "a", 2], [None, None], [{1}, {2}, {1, 2}], [1j, 2j], [[1], ["a"]]]:
    try:
        print(sorted(bad))
    except TypeError as error:
        print("TypeError", error)


def bad_key(value):
    if value == 3:
        raise ValueError("key failed on 3")
    return value


items = [5, 4, 3, 2, 1]
try:
    items.sort(key=bad_key)
except ValueError as error:
    print("ValueError", error, items)
victim = [3, 1, 2]


def mutating_key(value):
    victim.append(value)
    return value


try:
    victim.sort(key=mutating_key)
except ValueError as error:
    print("ValueError", error)
print(victim)
print(sorted([]), sorted(""), sorted(range(5, 0, -1)), sorted((x * x for x in range(-3, 3))), sorted([[2, 1], [1, 2], [1]], key=sum))
for bad_call in ["sorted()", "sorted([1], key=1)", "sorted([1], reverse='x')", "[].sort(1)", "sorted([1], lambda x: x)", "sorted([1], cmp=None)"]:
    try:
        print(bad_call, eval(bad_call))
    except TypeError as error:
        print(bad_call, "TypeError", error)
records = [{"n": "b", "v": 2}, {"n": "a", "v": 2}, {"n": "c", "v": 1}]
records.sort(key=lambda r: r["n"])
records.sort(key=lambda r: r["v"])
print([r["n"] for r in records])
print(sorted([0.1, 0.3, 0.2], reverse=True), sorted(["b", "A", "a", "B"]), sorted([b"b", b"a"]), sorted([(1, "b"), (1, "a"), (0, "z")]))
