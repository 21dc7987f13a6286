# all, any, sum, min, max with iterables, defaults, keys and their errors.
def show(source, namespace=None):
    try:
        print(source, "->", repr(eval(source, namespace or {})))
    except Exception as error:
        print(source, "!!", type(error).__name__ + ":", error)


for source in [
    "all([])", "all([1, 2, 0])", "all(x > 0 for x in range(1, 5))", "any([])",
    "any([0, '', None, 3])", "any(iter([0, 0]))", "all(5)", "any(None)",
    "sum([])", "sum([1, 2, 3])", "sum([1, 2], 10)", "sum([0.1] * 10)", "sum([[1], [2]], [])",
    "sum(['a', 'b'], '')", "sum([b'a'], b'')", "sum([bytearray(b'a')], bytearray())",
    "sum(range(101))", "sum([1.5, 2, True])", "sum([1j, 2])", "sum(x for x in range(5))",
    "sum([1, 'a'])", "sum(1)", "sum([], start=5)", "sum([2**64, 2**64])",
    "min(3, 1, 2)", "max(3, 1, 2)", "min([4, 5, -1])", "max('hello')", "min([], default=7)",
    "max([], default=None)", "min([])", "max()", "min(1)", "max([1, 'a'])",
    "min(['bb', 'a', 'ccc'], key=len)", "max(['bb', 'a', 'ccc'], key=len)",
    "max([1, 2], [1, 3])", "min((1, 'b'), (1, 'a'))", "max([3, 1], default=0, key=lambda v: -v)",
    "min(1, 2, default=0)", "max(1, 2, key=None)", "max([1, 2, 3], key=lambda v: v % 2)",
    "min([float('nan'), 1.0])", "max([1.0, float('nan')])", "min(True, 0)", "max(1, 1.0)",
    "max(1.0, 1)", "min('b', 'a', 'c')", "max({1: 'a', 5: 'b'})", "min(x * x for x in [-3, 2])",
    "max(iter([]), default='empty')", "min(1, 2, foo=3)", "sum([1, 2], start=1, x=2)",
]:
    show(source)


class Ordered:
    calls = 0

    def __init__(self, value):
        self.value = value

    def __lt__(self, other):
        Ordered.calls += 1
        return self.value < other.value

    def __gt__(self, other):
        Ordered.calls += 1
        return self.value > other.value

    def __repr__(self):
        return "Ordered(%r)" % self.value


items = [Ordered(v) for v in [5, 3, 9, 3, 9, 1]]
print(min(items), Ordered.calls)
print(max(items), Ordered.calls)
print(max(items, key=lambda o: o.value % 4))
print(min(items, key=lambda o: -o.value))


class Adder:
    def __init__(self, n):
        self.n = n

    def __add__(self, other):
        return Adder(self.n + (other.n if isinstance(other, Adder) else other))

    def __radd__(self, other):
        print("radd with", other)
        return Adder(other + self.n)

    def __repr__(self):
        return "Adder(%d)" % self.n


print(sum([Adder(1), Adder(2), Adder(3)]))
print(sum([Adder(1), Adder(2)], Adder(10)))


class Truthy:
    def __init__(self, value):
        self.value = value

    def __bool__(self):
        print("bool of", self.value)
        return bool(self.value)


print(all([Truthy(1), Truthy(0), Truthy(1)]))
print(any([Truthy(0), Truthy(2), Truthy(3)]))


class BadBool:
    def __bool__(self):
        return 2


try:
    all([BadBool()])
except TypeError as error:
    print("TypeError", error)


def counting(n):
    for i in range(n):
        print("yield", i)
        yield i


print(any(v > 1 for v in counting(5)))
print(all(v < 1 for v in counting(5)))
