# Unpacking: starred targets, nested targets, errors for too many/too few values, iterable unpacking in calls and displays.
a, b = 1, 2
a, b = b, a
print(a, b)
first, *middle, last = range(6)
print(first, middle, last)
*head, tail = "abc"
print(head, tail)
(x, y), z = "ab", [3]
print(x, y, z)
[p, [q, *r]] = [1, [2, 3, 4]]
print(p, q, r)
for index, (key, value) in enumerate({"k": 1, "j": 2}.items()):
    print(index, key, value)
*empty, = []
print(empty)
one, *rest = [1]
print(one, rest)
for source, value in [("a, b = v", [1, 2, 3]), ("a, b = v", [1]), ("a, b, c = v", "ab"), ("a, *b, c = v", [1]), ("a, = v", []),
                      ("a, b = v", 5), ("a, b = v", None), ("(a, b), c = v", [1, 2]), ("a, b = v", {"x": 1, "y": 2, "z": 3}),
                      ("a, *b = v", iter([])), ("[a, b] = v", range(10 ** 6)), ("a, b = v", (i for i in range(3))),
                      ("a, *b, c, d = v", "abc")]:
    try:
        ns = {"v": value}
        exec(source, ns)
        print(source, "ok", {k: ns[k] for k in "abcd" if k in ns})
    except (ValueError, TypeError) as error:
        print(source, type(error).__name__, error)
print([*range(3), *"ab", *{"k": 1}], (*[1], *(2,)), {*[1, 2], *{3}}, {**{"a": 1}, "b": 2, **{"a": 3}})


def spread(*args, **kwargs):
    return args, kwargs


print(spread(*[1, 2], *(3,), **{"k": 1}, **{"j": 2}), spread(*"xy", sep=1))
for bad in ["spread(*5)", "spread(**5)", "spread(**{1: 2})", "spread(**{'k': 1}, **{'k': 2})", "spread(*None)", "[*5]", "{**[1]}", "{**{}, **None}"]:
    try:
        eval(bad)
    except TypeError as error:
        print(bad, "TypeError", error)


class Pair:
    def __init__(self, a, b):
        self.a, self.b = a, b

    def __iter__(self):
        yield self.a
        yield self.b


left, right = Pair("L", "R")
print(left, right, [*Pair(1, 2)], dict([Pair("key", "value")]))


class Mapping:
    def keys(self):
        return ["x", "y"]

    def __getitem__(self, key):
        return key.upper()


print({**Mapping()}, spread(**Mapping()), dict(Mapping()))
matrix = [(1, 2, 3), (4, 5, 6)]
print(list(zip(*matrix)), [sum(col) for col in zip(*matrix)])
swap = [5, 1]
swap[0], swap[1] = swap[1], swap[0]
print(swap)
i = 0
lst = [10, 20]
i, lst[i] = 1, 99
print(i, lst)
d = {}
d["a"], d["b"] = d["c"], d["d"] = 1, 2
print(d)
