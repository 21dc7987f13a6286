# An LRU cache with a doubly linked list, a memoizing decorator built on it, and hit/miss statistics.
class Node:
    __slots__ = ("key", "value", "prev", "next")

    def __init__(self, key=None, value=None):
        self.key, self.value = key, value
        self.prev = self.next = None


class LRU:
    def __init__(self, capacity):
        if capacity < 1:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self.map = {}
        self.head, self.tail = Node(), Node()
        self.head.next, self.tail.prev = self.tail, self.head
        self.hits = self.misses = self.evictions = 0

    def _unlink(self, node):
        node.prev.next, node.next.prev = node.next, node.prev

    def _push_front(self, node):
        node.next, node.prev = self.head.next, self.head
        self.head.next.prev = node
        self.head.next = node

    def get(self, key, default=None):
        node = self.map.get(key)
        if node is None:
            self.misses += 1
            return default
        self.hits += 1
        self._unlink(node)
        self._push_front(node)
        return node.value

    def put(self, key, value):
        node = self.map.get(key)
        if node is not None:
            node.value = value
            self._unlink(node)
            self._push_front(node)
            return
        if len(self.map) == self.capacity:
            victim = self.tail.prev
            self._unlink(victim)
            del self.map[victim.key]
            self.evictions += 1
        node = Node(key, value)
        self.map[key] = node
        self._push_front(node)

    def keys(self):
        out, node = [], self.head.next
        while node is not self.tail:
            out.append(node.key)
            node = node.next
        return out

    def __len__(self):
        return len(self.map)

    def __contains__(self, key):
        return key in self.map

    def __repr__(self):
        return "LRU(%s)" % ", ".join("%r: %r" % (k, self.map[k].value) for k in self.keys())


cache = LRU(3)
for op in ["put a 1", "put b 2", "put c 3", "get a", "put d 4", "get b", "get c", "put a 10", "put e 5", "get d", "get a"]:
    parts = op.split()
    if parts[0] == "put":
        cache.put(parts[1], int(parts[2]))
        print(op.ljust(10), cache)
    else:
        print(op.ljust(10), "->", cache.get(parts[1]), cache.keys())
print(len(cache), "a" in cache, "b" in cache, cache.hits, cache.misses, cache.evictions)
try:
    LRU(0)
except ValueError as error:
    print("ValueError", error)


def memoize(capacity):
    def decorate(function):
        store = LRU(capacity)

        def wrapper(*args):
            marker = object()
            value = store.get(args, marker)
            if value is marker:
                value = function(*args)
                store.put(args, value)
            return value

        wrapper.cache = store
        wrapper.__name__ = function.__name__
        return wrapper

    return decorate


@memoize(100)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@memoize(2)
def slow_square(n):
    print("  computing", n)
    return n * n


print(fib(90), fib.cache.hits, fib.cache.misses, len(fib.cache), fib.__name__)
for n in [1, 2, 1, 3, 1, 2]:
    print(n, slow_square(n))
print(slow_square.cache.keys(), slow_square.cache.evictions)
