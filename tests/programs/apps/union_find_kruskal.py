# Union-find with path compression and union by rank; Kruskal's MST; connected components; cycle detection.
class DisjointSet:
    def __init__(self, items):
        self.parent = {x: x for x in items}
        self.rank = {x: 0 for x in items}
        self.finds = 0

    def find(self, x):
        self.finds += 1
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.rank[ra] < self.rank[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        if self.rank[ra] == self.rank[rb]:
            self.rank[ra] += 1
        return True

    def groups(self):
        result = {}
        for x in self.parent:
            result.setdefault(self.find(x), []).append(x)
        return sorted(sorted(g) for g in result.values())


edges = [("A", "B", 4), ("A", "H", 8), ("B", "C", 8), ("B", "H", 11), ("C", "D", 7), ("C", "F", 4), ("C", "I", 2), ("D", "E", 9),
         ("D", "F", 14), ("E", "F", 10), ("F", "G", 2), ("G", "H", 1), ("G", "I", 6), ("H", "I", 7), ("X", "Y", 3)]
nodes = sorted({n for a, b, _ in edges for n in (a, b)})
ds = DisjointSet(nodes)
tree, total = [], 0
for a, b, w in sorted(edges, key=lambda e: (e[2], e[0], e[1])):
    if ds.union(a, b):
        tree.append((a, b, w))
        total += w
    else:
        print("skip", a, b, w, "(would form a cycle)")
print("MST edges:", tree)
print("MST weight:", total, "components:", ds.groups(), "finds:", ds.finds)
friends = DisjointSet(range(10))
for a, b in [(0, 1), (2, 3), (1, 3), (5, 6), (7, 8), (8, 9), (9, 7)]:
    print((a, b), "merged" if friends.union(a, b) else "already connected")
print(friends.groups(), len(friends.groups()), friends.find(3) == friends.find(0), friends.find(4) == friends.find(5))
try:
    friends.find(42)
except KeyError as error:
    print("KeyError", error)
