# Nested containers: copies, merges, LIFO popitem, tuple and frozenset keys,
# recursive reprs, comparisons, slicing and in-place operations.
stock = {
    ("apple", "red"): {"qty": 10, "price": 0.5, "tags": ["fruit", "fresh"]},
    ("apple", "green"): {"qty": 3, "price": 0.6, "tags": ["fruit"]},
    ("pear", None): {"qty": 0, "price": 0.8, "tags": []},
}
print(stock)
shallow = stock.copy()
shallow[("apple", "red")]["qty"] -= 1
print(stock[("apple", "red")]["qty"], shallow is stock, shallow == stock)

deep = {k: {**v, "tags": list(v["tags"])} for k, v in stock.items()}
deep[("apple", "green")]["tags"].append("sour")
print(stock[("apple", "green")]["tags"], deep[("apple", "green")]["tags"])

defaults = {"qty": 0, "price": 1.0, "tags": [], "origin": "local"}
merged = {k: defaults | v for k, v in stock.items()}
print(merged[("pear", None)])
update = {("kiwi", "brown"): {"qty": 7}}
stock |= update
print(list(stock))
while stock:
    key, value = stock.popitem()
    print("popped", key, value)

groups = {frozenset({"a", "b"}): "ab", frozenset({"c"}): "c"}
print(groups[frozenset("ba")], frozenset("c") in groups, {"a", "b"} == frozenset("ab"))

matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix, [row[1] for row in matrix], list(zip(*matrix)))
matrix[1][1:2] = ["x", "y"]
print(matrix)
flat = sum(matrix, [])
print(flat, flat[::2], flat[-1::-3])
flat[2:5] = ()
del flat[::4]
print(flat)

cycle = {"name": "root", "children": []}
cycle["children"].append(cycle)
cycle["self"] = cycle
print(cycle)
t = ([1, 2], {"k": (3,)})
t[0].append(t)
print(t)

records = [("bob", 25, 3.5), ("alice", 30, 3.9), ("carol", 25, 3.9), ("dave", 30, 2.8)]
print(sorted(records))
print(sorted(records, key=lambda r: (r[1], -r[2])))
print(sorted(records, key=lambda r: r[2], reverse=True))
print(max(records, key=lambda r: r[2]), min(records))
print([1, 2, 3] < [1, 2, 4], (1, 2) < (1, 2, 0), [[1], [2]] == [[1], [2]], {1: [2]} == {1: [2]})
queue = list(range(5))
queue += [5, 6]
queue *= 2
print(queue.count(3), queue.index(6), queue.index(6, 7), queue.pop(0), queue.pop())
queue.insert(3, "mid")
queue.remove(4)
print(queue)
print(stock.get("missing", "default"), stock.setdefault("new", []), stock)
print(stock["absent"])
