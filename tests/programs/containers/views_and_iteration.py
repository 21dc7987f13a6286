# Dictionary views as live objects, iteration order after deletes/reinserts, mutation errors, copying semantics.
d = dict.fromkeys("abcde", 0)
keys, values, items = d.keys(), d.values(), d.items()
del d["b"]
d["b"] = 1
d["f"] = 2
print(list(keys), list(values), list(items)[-2:], len(keys), "b" in keys, 1 in values, ("f", 2) in items)
d.pop("a")
print(list(keys), keys == {"c", "d", "e", "b", "f"}, keys - {"c"} == {"d", "e", "b", "f"}, sorted(keys & "cde"), sorted(keys | ["z"]))
print(items >= {("c", 0)}, items < {("c", 0)}, sorted(items ^ {("c", 0), ("q", 9)}), values == values, list(reversed(items))[0])
it = iter(d)
print(next(it))
d["new"] = 1
try:
    next(it)
except RuntimeError as error:
    print("RuntimeError", error)
it = iter(d.values())
next(it)
del d["new"]
try:
    next(it)
except RuntimeError as error:
    print("RuntimeError", error)
it = iter(d)
d["c"] = 100
print("value change ok", next(it), list(it))
s = {1, 2, 3}
it = iter(s)
next(it)
s.add(4)
try:
    next(it)
except RuntimeError as error:
    print("RuntimeError", error)
l = [1, 2, 3]
for x in l:
    if x == 1:
        l.append(4)
print(l)
l = [1, 2, 3, 4]
for x in l:
    l.remove(x)
print(l)
original = {"list": [1, 2], "num": 1}
shallow = original.copy()
shallow["list"].append(3)
shallow["num"] = 2
print(original, shallow, dict(original) == original, dict(original) is original)
nested = [[0]] * 3
nested[0].append(1)
print(nested, [row is nested[0] for row in nested])
mapping = {}
for word in "the cat and the hat and the bat".split():
    mapping.setdefault(len(word), []).append(word)
print(mapping, sorted(mapping.items()), list(mapping)[::-1])
counts = {}
for ch in "abracadabra":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts, key=counts.get, reverse=True), max(counts.items(), key=lambda kv: kv[1]))
inverted = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inverted, {k: v for k, v in sorted(counts.items()) if v > 1})
ordered = {}
for k in [3, 1, 2]:
    ordered[k] = str(k)
ordered[1] = "one"
del ordered[3]
ordered[3] = "three"
print(ordered, list(ordered.items()), ordered == {1: "one", 2: "2", 3: "three"}, list(ordered) == [1, 2, 3])
print(type({}.keys()).__name__, type(iter({}.items())).__name__, type(reversed({}.values())).__name__, len({}.keys()))
try:
    {}.keys().add(1)
except AttributeError as error:
    print("AttributeError", error)
try:
    hash({}.keys())
except TypeError as error:
    print("TypeError", error)
print({1: 2}.items() == {(1, 2)}, {1: 2}.keys() == [1], {1: 2}.values() == [2], {"a": 1}.keys().isdisjoint("bc"), repr({"x": [1]}.items()))
