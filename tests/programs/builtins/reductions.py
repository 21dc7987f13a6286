# min, max, sum, sorted, all, any: keys, defaults, stability and the errors.
class Item:
    def __init__(self, name, weight):
        self.name, self.weight = name, weight

    def __repr__(self):
        return self.name


items = [Item("a", 3), Item("b", 1), Item("c", 3), Item("d", 1)]
weight = lambda item: item.weight
print(max(items, key=weight), min(items, key=weight), sorted(items, key=weight))
print(sorted(items, key=weight, reverse=True), max(3, 9, 4), min("b", "a", "c"))
print(max([], default=None), min((), default="empty"), max([[1], [0, 9]]))
print(max(range(5), key=lambda v: -v), min([2, 1.0, True], key=float))
print(sum([]), sum([1, 2, 3], 10), sum([0.1] * 10), sum([[1], [2, 3]], []), sum((True, True)))
print(sum(range(100), start=-4950), sum([1j, 2]), sum([1, 2.5]))
print(all(x > 0 for x in [1, 2]), any(x > 5 for x in [1, 2]), all([]), any([]))
print(sorted({3: "c", 1: "a", 2: "b"}), sorted("hello"), sorted([3, 1, 2], reverse=False))
print(sorted([(1, "b"), (1, "a"), (0, "z")]), sorted(["B", "a", "C"], key=str.lower))
calls = []


def key(value):
    calls.append(value)
    return -value


print(sorted([1, 3, 2], key=key), calls)
for source in ["max()", "max([])", "min([], key=len)", "max(1, 2, default=0)",
               "max([1], bad=1)", "max([1], key=1, default=2, extra=3)", "max(5)",
               "max(1, 'a')", "sum()", "sum([1], 2, 3)", "sum(['a', 'b'], '')",
               "sum([b'a'], b'')", "sum([1, 'x'])", "sum(5)", "sorted()",
               "sorted([1], 2)", "sorted([1], cmp=None)", "sorted([2, 'a'])",
               "sorted(iterable=[1])", "min([], default=1, key=None)", "all(3)", "any()"]:
    try:
        print(source, "->", eval(source))
    except (TypeError, ValueError) as error:
        print(source, "!!", type(error).__name__, error)
max([], key=len)
