# enumerate, reversed, map, filter, zip, iter and next: laziness, errors, pickling state.
log = []


def noisy(name, values):
    for value in values:
        log.append((name, value))
        yield value


pairs = map(lambda a, b: a * b, noisy("a", [1, 2, 3]), noisy("b", [10, 20]))
print(log, next(pairs), log)
print(list(pairs), log)
print(list(filter(None, [0, 1, "", "x", None, [], [0]])), list(filter(bool, [0, 2])))
print(list(filter(lambda v: v > 1, range(5))), list(map(len, ["", "ab"])))
print(list(zip("abc", range(10), [True, False])), list(zip()), list(zip(range(3))))
for extra in ([1, 2, 3], [1], [1, 2]):
    try:
        print(list(zip([1, 2], extra, strict=True)))
    except ValueError as error:
        print("ValueError:", error)
try:
    print(list(zip([1, 2], [1, 2], [9], strict=True)))
except ValueError as error:
    print("ValueError:", error)
try:
    print(list(zip([1], [1, 2], [1, 2], strict=True)))
except ValueError as error:
    print("ValueError:", error)
print(list(enumerate("xyz")), list(enumerate("xy", start=-5)), list(enumerate([], 3)))
print(list(enumerate(["big"], 2**63 - 1)), list(enumerate("ab", 2**64)))
e = enumerate("abc", 10)
next(e)
print(e.__reduce__()[0] is enumerate, e.__reduce__()[1][1], iter(e) is e)
print(list(reversed([1, 2, 3])), list(reversed((4, 5))), list(reversed("abc")), list(reversed(range(0, 10, 3))))
r = reversed([1, 2, 3, 4])
print(r.__length_hint__(), next(r), r.__length_hint__(), r.__reduce__()[1:])
r.__setstate__(1)
print(list(r), r.__length_hint__(), r.__reduce__()[1])


class Seq:
    def __len__(self):
        return 3

    def __getitem__(self, index):
        if index >= 3:
            raise IndexError(index)
        return index * 100


class NotReversible:
    __reversed__ = None

    def __len__(self):
        return 1

    def __getitem__(self, index):
        return index


class OwnReversed:
    def __reversed__(self):
        return iter("own")


print(list(reversed(Seq())), list(iter(Seq())), list(reversed(OwnReversed())))
for bad in (NotReversible(), {1, 2}, 5):
    try:
        reversed(bad)
    except TypeError as error:
        print("TypeError:", error)
counter = iter([1, 2, 3, 0, 4].pop, 3)
print(list(counter))
values = iter([1, 2])
print(next(values), next(values), next(values, "default"))
try:
    next(values)
except StopIteration as stop:
    print("StopIteration", stop.args, stop.value)


class Counting(map):
    pass


class Tagged(zip):
    def __init__(self, *args, **kwargs):
        self.tag = "tagged"


print(list(Counting(abs, [-1, -2])), type(Counting(abs, [])).__name__)
t = Tagged("ab", "cd")
print(t.tag, list(t))
print(map.__reduce__(map(abs, [1]))[0] is map, zip([1], strict=True).__reduce__()[2])
print(type(iter(range(0))).__name__, type(iter(int, 1)).__name__)
for name, factory in [("map", lambda: map(abs)), ("filter", lambda: filter(None)),
                      ("zip", lambda: zip(1)), ("enumerate", lambda: enumerate(1, 2, 3)),
                      ("iter", lambda: iter(1, 2)), ("next", lambda: next([]))]:
    try:
        factory()
    except TypeError as error:
        print(name, "TypeError:", error)
it = enumerate(["last"])
next(it)
next(it)
