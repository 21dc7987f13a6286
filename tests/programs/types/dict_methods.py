# dict methods, views and set operations on views, ordering, and errors.
d = {"b": 2, "a": 1}
d["c"] = 3
d.update({"d": 4}, e=5)
d.update([("f", 6)])
print(d, len(d), d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("a", 100), d.setdefault("g"), d)
print(d.pop("g"), d.pop("zz", "dflt"), d.popitem(), d, list(d), list(d.keys()), list(d.values()), list(d.items()))
keys, values, items = d.keys(), d.values(), d.items()
d["new"] = 0
print(len(keys), "new" in keys, 0 in values, ("new", 0) in items, ("new", 1) in items, keys & {"a", "zz"}, sorted(keys | {"q"}))
print(sorted(keys - {"a"}), sorted(keys ^ {"a", "y"}), keys == {"b", "a", "c", "d", "e", "new"}, items & {("a", 1)}, keys.isdisjoint({"x"}))
print(type(keys).__name__, type(values).__name__, type(items).__name__, repr(keys)[:15], reversed(keys).__class__.__name__)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], []), dict(a=1), dict([(1, 2)], x=3), dict({1: 2}), dict(zip("ab", "cd")))
print(d | {"z": 26}, {"a": 0} | d == {**{"a": 0}, **d}, {1: 1, True: 2, 1.0: 3}, {0: "a", False: "b", 0.0: "c", -0.0: "d"})
d2 = dict(d)
d2 |= {"a": "merged"}
d2 |= [("pairs", 1)]
print(d2, d2 == d, d2 != d, d2.copy() == d2, dict(sorted(d2.items(), key=lambda kv: str(kv[1]))))
print(list(reversed(d)), list(reversed(d.items()))[:2], list(d.values().mapping)[:2] if hasattr(d.values(), "mapping") else None)
for action in [lambda: d["missing"], lambda: {}.popitem(), lambda: {}.pop(1), lambda: {[]: 1}, lambda: d.update(1),
               lambda: d.update([1]), lambda: d.update([(1, 2, 3)]), lambda: dict(1), lambda: {1: 2} < {1: 2},
               lambda: {1: 2} + {3: 4}, lambda: d.get(), lambda: d.setdefault([], 1), lambda: {}.fromkeys(5),
               lambda: dict([("a",)]), lambda: d.keys()[0], lambda: hash({}), lambda: {1: 2} | [1], lambda: {}.__getitem__({}),
               lambda: {frozenset(): 1}[set()], lambda: d.pop()]:
    try:
        print(repr(action()))
    except Exception as error:
        print(type(error).__name__ + ":", error)
try:
    for k in d:
        d["boom"] = 1
except RuntimeError as error:
    print("RuntimeError:", error)
try:
    for k in d:
        del d["boom"]
except RuntimeError as error:
    print("RuntimeError:", error)


class Missing(dict):
    def __missing__(self, key):
        print("missing", key)
        return key * 2


m = Missing(a=1)
print(m["a"], m["bc"], m.get("zz"), "bc" in m, m)


class Key:
    def __init__(self, name, h):
        self.name, self.h = name, h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        print("compare", self.name, other.name)
        return self.h == other.h and self.name[0] == other.name[0]

    def __repr__(self):
        return self.name


table = {Key("a1", 1): "first", Key("b1", 1): "second"}
print(len(table), table[Key("a2", 1)], table.get(Key("c", 2)))
selfref = {}
selfref["me"] = selfref
print(selfref, {1: {2: {3: {}}}}, {"k": [1, (2, 3)]}, {(1, 2): None, None: (), 2.5: "f"})
