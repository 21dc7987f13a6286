# Equality and hashing across int, float, complex and bool; containers keyed by mixed numbers.
values = [0, 0.0, -0.0, False, 0j, 1, 1.0, True, 1 + 0j, 2 ** 61 - 1, 2.0 ** 61, -1, -1.0, 0.5, 1e100, 10 ** 100]
for v in values:
    print(repr(v).ljust(24), type(v).__name__.ljust(8), hash(v))
print(hash(float("inf")), hash(float("-inf")), hash(complex(1, 1)), hash(complex(0, 1)), hash(-2), hash(2 ** 64), hash(-(2 ** 64)))
print(hash(1e-300) == hash(1e-300), hash(2 ** 61) == hash(1), hash(0.1), hash(1 / 3), hash(12345.678))
d = {}
for v in [1, 1.0, True, 1 + 0j, 2, 2.0, 0, False, -0.0]:
    d[v] = type(v).__name__
print(d)
s = {0.0, 0, False, 1, True, 1.0, 3, 3.0}
print(sorted(s), len({1, 1.0, True}), len({10 ** 20, float(10 ** 20)}), 10 ** 20 == float(10 ** 20), 2 ** 53 + 1 == float(2 ** 53 + 1))
print(1 == 1.0, 1 == 1 + 0j, 1.0 == 1 + 0j, True == 1 + 0j, 0.1 + 0.2 == 0.3, 2 ** 0.5 * 2 ** 0.5 == 2, 9007199254740993 == 9007199254740992.0)
print(float("nan") in [float("nan")], (lambda n: n in [n])(float("nan")), {float("nan"): 1}.get(float("nan")), len({float("nan"), float("nan")}))
print(10 ** 400 > 1e308, 10 ** 400 < float("inf"), -(10 ** 400) > float("-inf"), 10 ** 400 == float("inf"), (2 ** 1024 - 1) > 1.7976931348623157e308)
print(sorted([3, 1.5, True, -2, 0.0, 2 ** 70, -1e10]), max(1, 1.0), max(1.0, 1), min(0, -0.0), min(-0.0, 0))
print(1 < 1.0000000000000002, 2 ** 63 > 9.223372036854776e18, 2 ** 63 == 9.223372036854776e18, int(9.223372036854776e18) == 2 ** 63)


class MyInt(int):
    pass


class MyFloat(float):
    def __hash__(self):
        return 7


print(hash(MyInt(5)) == hash(5), MyInt(5) == 5, {MyInt(5): "sub"}[5], hash(MyFloat(2.0)), {MyFloat(1.0): 1}.get(1.0), MyFloat(1.0) == 1)


class Unhashable:
    __hash__ = None


class EqNoHash:
    def __eq__(self, other):
        return True


for obj in [Unhashable(), EqNoHash(), [1], {1: 2}, {1}, bytearray(), (1, [2]), slice(1)]:
    try:
        hash(obj)
        print(type(obj).__name__, "hashable")
    except TypeError as error:
        print("TypeError", error)
print(EqNoHash.__hash__, Unhashable.__hash__, type(object.__hash__).__name__)


class HashBig:
    def __hash__(self):
        return 2 ** 100


class HashNeg:
    def __hash__(self):
        return -1


class HashBad:
    def __hash__(self):
        return "x"


print(hash(HashBig()) == hash(2 ** 100), hash(HashNeg()))
try:
    hash(HashBad())
except TypeError as error:
    print("TypeError", error)
print(hash(()), hash((1,)) == hash((1.0,)), hash((1, 2)) != hash((2, 1)), hash(frozenset({1, 2})) == hash(frozenset({2.0, 1.0})))
print(hash(""), hash(b""), hash(None) == hash(None), hash(...) == hash(...), hash(range(3)) == hash(range(0, 3)))
