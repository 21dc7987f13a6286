# Rich comparisons: reflection order, NotImplemented fallback to identity, chained comparisons, total ordering by hand.
class Loud:
    def __init__(self, name, value):
        self.name = name
        self.value = value

    def __eq__(self, other):
        print(self.name, "__eq__", getattr(other, "name", other))
        return NotImplemented if not isinstance(other, Loud) else self.value == other.value

    def __lt__(self, other):
        print(self.name, "__lt__", getattr(other, "name", other))
        return NotImplemented if not isinstance(other, Loud) else self.value < other.value

    def __gt__(self, other):
        print(self.name, "__gt__", getattr(other, "name", other))
        return NotImplemented if not isinstance(other, Loud) else self.value > other.value


a, b = Loud("a", 1), Loud("b", 2)
print(a == b, a != b, a < b, a > b, b < a)
print(a == 1, 1 == a, a != "x")
try:
    a <= b
except TypeError as error:
    print("TypeError", error)
try:
    a < 5
except TypeError as error:
    print("TypeError", error)


class SubLoud(Loud):
    def __eq__(self, other):
        print(self.name, "SubLoud.__eq__")
        return True

    def __lt__(self, other):
        print(self.name, "SubLoud.__lt__")
        return "sub-lt"

    def __gt__(self, other):
        print(self.name, "SubLoud.__gt__")
        return "sub-gt"


s = SubLoud("s", 0)
print(a == s, a < s, s > a)


class NeOnlyFromEq:
    def __eq__(self, other):
        print("eq called")
        return "truthy string"


print(NeOnlyFromEq() != 3, NeOnlyFromEq() == 3)


class Identity:
    pass


i, j = Identity(), Identity()
print(i == i, i == j, i != j, i != i, [i] == [i], (i, 1) == (i, 1))
x = 5
print(1 < x < 10, 1 < x > 10, 1 < 2 < 3 < 4 > 2, x == 5 == 5.0, x is not None is not False, 3 in [3] in [[3]])


def noisy(v):
    print("eval", v)
    return v


print(noisy(1) < noisy(0) < noisy(5))
print(noisy(1) < noisy(3) < noisy(2))


class BadBool:
    def __bool__(self):
        raise ValueError("no truth")


class ReturnsBad:
    def __lt__(self, other):
        return BadBool()


r = ReturnsBad()
print(type(r < 1).__name__)
try:
    if r < 1:
        pass
except ValueError as error:
    print("ValueError", error)
try:
    print(sorted([r, r]))
except ValueError as error:
    print("ValueError in sort", error)
for expr in ["[1, 2] < [1, 'a']", "(1, 2) < (1, 2)", "[1, [2]] < [1, [3]]", "{1} < {1, 2}", "{1: 2} == {1: 2.0}", "None < 1",
             "'a' < 1", "1 < 1.0", "2 ** 100 > 1e30", "float('nan') == float('nan')", "[float('nan')] == [float('nan')]",
             "(lambda n: [n] == [n])(float('nan'))", "1 == 1.0 == True", "'1' == 1", "b'a' == 'a'", "(1, 2) == [1, 2]",
             "range(3) == [0, 1, 2]", "[] < []", "() > ()", "frozenset() == set()", "1j == 1j", "1j < 1", "object() < object()"]:
    try:
        print(expr, "->", eval(expr))
    except TypeError as error:
        print(expr, "!", error)


class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __le__(self, other):
        return self.parts <= other.parts

    def __repr__(self):
        return ".".join(map(str, self.parts))


versions = [Version(v) for v in ["1.10", "1.2", "1.2.1", "0.9", "1.2"]]
print(sorted(versions), max(versions), min(versions), Version("1.2") in versions, versions.count(Version("1.2")))
print(Version("2.0") >= Version("1.9"), Version("1.0") > Version("1.0"))
