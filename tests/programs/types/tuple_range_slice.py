# tuple, range and slice objects: methods, indexing, comparison, hashing, errors.
t = (1, "two", 3.0, None, (5,))
print(t, len(t), t[1], t[-1][0], t[1:3], t[::-2], t.index(3.0), t.count(None), t + (6,), t * 2, (1,) * 0, () == tuple())
print((1, 2) < (1, 2, 3), (2,) > (1, 99), (1, "a") == (1, "a"), hash((1, 2)) == hash((1, 2)), tuple("ab"), tuple(range(3)), tuple([]))
print(tuple(x for x in "xyz"), (1,), ((),), (1, (2, (3,))), repr(()), str((None,)), ("a", 'b"', "c'"))
for action in [lambda: t[10], lambda: t.index(99), lambda: t + [1], lambda: hash((1, [2])), lambda: (1, 2) < (1, "a"),
               lambda: t.__setitem__(0, 1), lambda: tuple(5), lambda: t["x"], lambda: t.count(), lambda: t * 1.5]:
    try:
        print(repr(action()))
    except Exception as error:
        print(type(error).__name__ + ":", error)
r = range(3, 20, 4)
print(r, list(r), len(r), r[0], r[-1], r[1:3], r[::-1], list(r[::-1]), 7 in r, 8 in r, r.index(11), r.count(15), r.start, r.stop, r.step)
print(range(5) == range(0, 5), range(0) == range(5, 2), range(1, 10, 3) == range(1, 11, 3), hash(range(0)) == hash(range(3, 3)), range(10)[2:8:2])
print(list(range(10, 0, -3)), list(range(-5)), len(range(0, 2**100, 7)), range(2**100)[-1], 2**99 in range(2**100), range(5)[True])
print(repr(range(0, 5, 1)), repr(range(-3, 3, 2)), bool(range(0)), bool(range(1)), reversed(range(3)).__class__.__name__, list(reversed(range(1, 10, 4))))
for action in [lambda: range(0, 10, 0), lambda: range(1.5), lambda: range(), lambda: range(1, 2, 3, 4), lambda: range(3)[5],
               lambda: range(3).index(7), lambda: range("a"), lambda: range(3)["x"], lambda: range(3) < range(4), lambda: len(range(2**64)),
               lambda: range(3).__setitem__(0, 1)]:
    try:
        print(repr(action()))
    except Exception as error:
        print(type(error).__name__ + ":", error)
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None), slice(1, 2), s.indices(6), slice(None, None, -1).indices(5), slice(-100, 100).indices(10))
print(slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3), "abcdefgh"[s], [0, 1, 2, 3, 4, 5][slice(None, None, -2)], repr(slice("a", [1], None)))
for action in [lambda: slice(), lambda: slice(1, 2, 0).indices(5), lambda: slice(1).indices(-1), lambda: slice("a").indices(5),
               lambda: hash(slice(1)), lambda: [1, 2][slice("a")], lambda: slice(1, 2, 3, 4)]:
    try:
        print(repr(action()))
    except Exception as error:
        print(type(error).__name__ + ":", error)


class Seq:
    def __getitem__(self, key):
        return key


q = Seq()
print(q[1], q[1:2], q[::], q[1:2, 3], q[..., None], q[:, 1], q["k"], q[1:2:3])
