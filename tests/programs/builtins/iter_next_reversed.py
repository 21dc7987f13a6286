# iter with sentinel, next with default, reversed protocol, enumerate, zip strict, map, filter.
def show(source):
    try:
        print(source, "->", repr(eval(source)))
    except Exception as error:
        print(source, "!!", type(error).__name__ + ":", error)


values = [3, 1, 4, 1, 5, 9, 2, 6]
stack = list(values)
print(list(iter(stack.pop, 1)), stack)
counter = iter(range(3))
print(next(counter), next(counter), next(counter), next(counter, "done"), next(counter, None))
try:
    next(counter)
except StopIteration as error:
    print("StopIteration", error.args, error.value)
print(list(reversed(values)), list(reversed(range(5))), list(reversed("abc")))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1}.values())), list(reversed({"x": 1}.items())))
print(list(enumerate("abc")), list(enumerate("abc", 10)), list(enumerate("ab", start=-1)))
print(list(zip()), list(zip("ab", [1, 2, 3])), list(zip("abc", range(3), strict=True)))
print(list(map(pow, [2, 3], [5, 2])), list(map(str.upper, "ab")), list(filter(None, [0, 1, "", "x"])))
print(list(filter(lambda v: v % 2, range(10))), list(map(lambda *a: a, "ab", "cd", "ef")))


class Countdown:
    def __init__(self, start):
        self.start = start

    def __len__(self):
        return self.start

    def __getitem__(self, index):
        if index >= self.start:
            raise IndexError(index)
        return self.start - index


print(list(Countdown(4)), list(reversed(Countdown(4))), 3 in Countdown(4), 9 in Countdown(4))
print(list(iter(Countdown(3))), sorted(Countdown(5)))


class OwnReversed:
    def __reversed__(self):
        return iter("reversed!")


print("".join(reversed(OwnReversed())))

for source in [
    "iter(5)", "iter(len, 1, 2)", "iter(5, 1)", "next([1])", "next(5)", "reversed(5)",
    "reversed({1, 2})", "reversed(iter([1]))", "list(zip('ab', 'abc', strict=True))",
    "list(zip('abc', 'ab', strict=True))", "list(zip('a', 'b', 'cd', strict=True))",
    "enumerate(5)", "enumerate('a', 'b')", "map(len)", "map()", "filter(len)", "list(map(len, [1]))",
    "zip(1)", "list(zip([1], 5))", "reversed([1], [2])", "list(enumerate('ab', start=2**70))",
    "next(iter([]), 'default')", "iter()", "list(iter(lambda: 1/0, 0))",
]:
    show(source)

it = iter([1, 2, 3])
print(type(it).__name__, type(iter("")).__name__, type(iter(())).__name__, type(iter({})).__name__,
      type(iter(range(2))).__name__, type(reversed([])).__name__, type(iter(Countdown(1))).__name__,
      type(iter(stack.pop, 0)).__name__, type(zip()).__name__, type(enumerate([])).__name__)
print(it.__length_hint__(), next(it), it.__length_hint__())
rev = reversed([1, 2, 3])
print(rev.__length_hint__(), list(rev), rev.__length_hint__())
z = zip([1, 2], [3, 4])
print(iter(z) is z, next(z), list(z), list(z))
e = enumerate(["a", "b"])
print(iter(e) is e, next(e), next(e), next(e, "end"))


class Exhaust:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration("finished")
        return self.n * 10


print(list(Exhaust()), [x for x in Exhaust()], tuple(Exhaust()), set(Exhaust()) == {10, 20, 30})


class BadIter:
    def __iter__(self):
        return 42


try:
    iter(BadIter())
except TypeError as error:
    print("TypeError", error)
try:
    for x in BadIter():
        pass
except TypeError as error:
    print("TypeError", error)
