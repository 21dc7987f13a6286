# Graph algorithms on dicts of sets and lists: BFS, DFS, topological order,
# connected components, shortest paths with a sorted list as a queue.
edges = [("a", "b"), ("b", "c"), ("c", "d"), ("a", "d"), ("e", "f"), ("f", "g"),
         ("d", "h"), ("h", "a"), ("x", "y")]

graph = {}
for u, v in edges:
    graph.setdefault(u, set()).add(v)
    graph.setdefault(v, set()).add(u)
print({k: sorted(v) for k, v in sorted(graph.items())})
print(graph)


def bfs(start):
    seen = {start}
    order = []
    frontier = [start]
    while frontier:
        node = frontier.pop(0)
        order.append(node)
        for nxt in sorted(graph[node]):
            if nxt not in seen:
                seen.add(nxt)
                frontier.append(nxt)
    return order, seen


def dfs(start, seen=None):
    seen = set() if seen is None else seen
    seen.add(start)
    out = [start]
    for nxt in sorted(graph[start], reverse=True):
        if nxt not in seen:
            out += dfs(nxt, seen)
    return out


print(bfs("a"))
print(dfs("a"))

components = []
remaining = set(graph)
while remaining:
    node = min(remaining)
    _, comp = bfs(node)
    components.append(frozenset(comp))
    remaining -= comp
print(components, len(components), set().union(*components) == set(graph))

deps = {"app": ["lib", "utils"], "lib": ["core"], "utils": ["core", "log"], "core": [], "log": []}
indegree = dict.fromkeys(deps, 0)
for node, reqs in deps.items():
    for r in reqs:
        indegree[node] += 1
ready = sorted(n for n, d in indegree.items() if d == 0)
order = []
while ready:
    n = ready.pop(0)
    order.append(n)
    for m, reqs in deps.items():
        if n in reqs:
            indegree[m] -= 1
            if indegree[m] == 0:
                ready.append(m)
                ready.sort()
print(order)

weights = {("a", "b"): 4, ("b", "c"): 1, ("a", "c"): 7, ("c", "d"): 2, ("b", "d"): 6}
dist = {"a": 0}
queue = [(0, "a")]
while queue:
    queue.sort(reverse=True)
    d, node = queue.pop()
    for (u, v), w in weights.items():
        if u == node and d + w < dist.get(v, float("inf")):
            dist[v] = d + w
            queue.append((d + w, v))
print(dist, sorted(dist.values()), list(reversed(dist)))
