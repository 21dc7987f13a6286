# list methods, slicing assignment, comparisons and common errors.
items = [5, 3, 8, 1]
items.append(9)
items.extend(range(2))
items.insert(2, 7)
items.insert(-100, -1)
items.insert(100, 100)
print(items, len(items), items.index(8), items.count(1), items.pop(), items.pop(0), items.pop(-2))
items.remove(8)
print(items, items[::-1], items[1:-1:2], items[-3:], items[100:], items[:-100])
items[1:3] = ["a", "b", "c"]
print(items)
items[::2] = range(len(items[::2]))
print(items)
del items[1::2]
print(items)
items[:0] = [-5]
items[len(items):] = [99]
print(items, items * 2, [0] * 3, 2 * [1, 2], [] * 5)
copy = items.copy()
copy.reverse()
print(copy, copy == items[::-1], copy is not items, [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [1] == [1.0])
nested = [[0] * 2] * 2
nested[0][0] = 1
print(nested, [[0] * 2 for _ in range(2)])
items.clear()
print(items, list(), list("abc"), list((1, 2)), list({"x": 1}), list(range(3)))
a = [1, 2, 3]
a += (4, 5)
a *= 2
print(a, a.index(4, 4), a.index(1, -5))
for action in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(2), lambda: [1].index(2), lambda: [1, 2][2],
               lambda: [1][-2], lambda: [1][str("a")], lambda: [1] + (2,), lambda: [1] * [2], lambda: [1].insert("a", 1),
               lambda: [1, 2].__setitem__(slice(0, 2, 1), 5), lambda: [1, 2, 3].__setitem__(slice(0, 3, 2), [1]),
               lambda: [1] < ["a"], lambda: [3, "a"].sort(), lambda: hash([]), lambda: list(1), lambda: [].index(),
               lambda: [1].__delitem__(3), lambda: [1, 2][1:2:0], lambda: [].extend(5), lambda: list([1], [2]),
               lambda: [0] * (2**62), lambda: [1].pop("x"), lambda: [1, 2, 3].index(3, 0, 2)]:
    try:
        print(repr(action()))
    except Exception as error:
        print(type(error).__name__ + ":", error)
selfref = [1, 2]
selfref.append(selfref)
print(selfref, repr(selfref), str([selfref, selfref]))
print([1, [2, [3, [4]]]], ["s", 'q"', "q'", 1.0, None, True], [(1,), (), ((),)])


class Recorder:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("eq", self.v, other.v if isinstance(other, Recorder) else other)
        return isinstance(other, Recorder) and self.v == other.v


rs = [Recorder(1), Recorder(2), Recorder(3)]
print(rs.index(Recorder(2)), rs.count(Recorder(3)), Recorder(3) in rs)
rs.remove(Recorder(1))
print(len(rs), [r.v for r in rs])
same = Recorder(9)
print([same] == [same], same in [same])
