# Shortest paths with a hand-written binary heap: Dijkstra, path reconstruction, and heap invariants checked.
class MinHeap:
    def __init__(self):
        self.items = []

    def push(self, item):
        items = self.items
        items.append(item)
        i = len(items) - 1
        while i > 0:
            parent = (i - 1) // 2
            if items[parent] <= items[i]:
                break
            items[parent], items[i] = items[i], items[parent]
            i = parent

    def pop(self):
        items = self.items
        if not items:
            raise IndexError("pop from empty heap")
        last = items.pop()
        if not items:
            return last
        top, items[0] = items[0], last
        i = 0
        while True:
            left, right, smallest = 2 * i + 1, 2 * i + 2, i
            if left < len(items) and items[left] < items[smallest]:
                smallest = left
            if right < len(items) and items[right] < items[smallest]:
                smallest = right
            if smallest == i:
                return top
            items[i], items[smallest] = items[smallest], items[i]
            i = smallest

    def __len__(self):
        return len(self.items)

    def valid(self):
        return all(self.items[(i - 1) // 2] <= self.items[i] for i in range(1, len(self.items)))


heap = MinHeap()
for value in [5, 3, 9, 1, 7, 3, 8, 2, 6, 0, 4]:
    heap.push(value)
    assert heap.valid()
print([heap.pop() for _ in range(len(heap))])
try:
    heap.pop()
except IndexError as error:
    print("IndexError", error)
edges = """A B 7
A C 9
A F 14
B C 10
B D 15
C D 11
C F 2
D E 6
E F 9
G H 1"""
graph = {}
for line in edges.splitlines():
    a, b, w = line.split()
    graph.setdefault(a, []).append((b, int(w)))
    graph.setdefault(b, []).append((a, int(w)))


def dijkstra(graph, source):
    distance = {source: 0}
    previous = {}
    queue = MinHeap()
    queue.push((0, source))
    visited = set()
    while len(queue):
        d, node = queue.pop()
        if node in visited:
            continue
        visited.add(node)
        for neighbour, weight in sorted(graph[node]):
            candidate = d + weight
            if candidate < distance.get(neighbour, float("inf")):
                distance[neighbour] = candidate
                previous[neighbour] = node
                queue.push((candidate, neighbour))
    return distance, previous


def path(previous, target):
    route = [target]
    while route[-1] in previous:
        route.append(previous[route[-1]])
    return route[::-1]


distance, previous = dijkstra(graph, "A")
for node in sorted(graph):
    if node in distance:
        print(node, distance[node], "->".join(path(previous, node)))
    else:
        print(node, "unreachable")
tasks = MinHeap()
for priority, name in [(3, "write"), (1, "plan"), (2, "code"), (1, "coffee"), (5, "ship")]:
    tasks.push((priority, name))
while len(tasks):
    print(tasks.pop())
