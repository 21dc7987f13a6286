# Topological sorting of a build graph (Kahn's algorithm and DFS), cycle reporting and build-order levels.
graph = {
    "app": ["lib", "utils", "config"],
    "lib": ["utils", "core"],
    "utils": ["core"],
    "config": [],
    "core": [],
    "tests": ["app", "fixtures"],
    "fixtures": ["core"],
}


def kahn(graph):
    indegree = {node: 0 for node in graph}
    for deps in graph.values():
        for dep in deps:
            indegree.setdefault(dep, 0)
    reverse = {node: [] for node in indegree}
    for node, deps in graph.items():
        for dep in deps:
            indegree[node] += 1
            reverse[dep].append(node)
    ready = sorted(n for n, d in indegree.items() if d == 0)
    order = []
    while ready:
        node = ready.pop(0)
        order.append(node)
        for dependent in sorted(reverse[node]):
            indegree[dependent] -= 1
            if indegree[dependent] == 0:
                ready.append(dependent)
                ready.sort()
    if len(order) != len(indegree):
        stuck = sorted(n for n, d in indegree.items() if d > 0)
        raise ValueError("cycle among: " + ", ".join(stuck))
    return order


def dfs_order(graph):
    state, order = {}, []

    def visit(node, path):
        if state.get(node) == "done":
            return
        if state.get(node) == "active":
            cycle = path[path.index(node):] + [node]
            raise ValueError("cycle: " + " -> ".join(cycle))
        state[node] = "active"
        for dep in sorted(graph.get(node, [])):
            visit(dep, path + [node])
        state[node] = "done"
        order.append(node)

    for node in sorted(graph):
        visit(node, [])
    return order


def levels(graph):
    memo = {}

    def level(node):
        if node not in memo:
            memo[node] = 1 + max((level(d) for d in graph.get(node, [])), default=-1)
        return memo[node]

    grouped = {}
    for node in graph:
        grouped.setdefault(level(node), []).append(node)
    return {k: sorted(v) for k, v in sorted(grouped.items())}


print(kahn(graph))
print(dfs_order(graph))
print(levels(graph))
cyclic = dict(graph, core=["tests"])
for algorithm in (kahn, dfs_order):
    try:
        algorithm(cyclic)
    except ValueError as error:
        print(algorithm.__name__, "ValueError:", error)
print(kahn({}), dfs_order({"solo": []}), levels({"a": ["b"], "b": ["c"], "c": []}))
