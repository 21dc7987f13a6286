# Binary operators with reflected operands, NotImplemented, subclass priority, in-place fallbacks.
class Vec:
    def __init__(self, *c):
        self.c = c

    def __repr__(self):
        return "Vec%r" % (self.c,)

    def __add__(self, other):
        print("Vec.__add__", type(other).__name__)
        if isinstance(other, Vec):
            return Vec(*[a + b for a, b in zip(self.c, other.c)])
        if isinstance(other, (int, float)):
            return Vec(*[a + other for a in self.c])
        return NotImplemented

    def __radd__(self, other):
        print("Vec.__radd__", type(other).__name__)
        return self + other if isinstance(other, (int, float)) else NotImplemented

    def __mul__(self, k):
        return Vec(*[a * k for a in self.c]) if isinstance(k, int) else NotImplemented

    __rmul__ = __mul__

    def __matmul__(self, other):
        return sum(a * b for a, b in zip(self.c, other.c))

    def __neg__(self):
        return Vec(*[-a for a in self.c])

    def __pos__(self):
        return self

    def __abs__(self):
        return sum(a * a for a in self.c) ** 0.5

    def __invert__(self):
        return Vec(*reversed(self.c))


v = Vec(1, 2)
print(v + Vec(3, 4), v + 1, 1 + v, 2.5 + v, v * 3, 3 * v, v @ Vec(5, 6), -v, +v, abs(Vec(3, 4)), ~v)
for action in [lambda: v + "s", lambda: "s" + v, lambda: v * 1.5, lambda: v - v, lambda: v @ 1, lambda: v / 2, lambda: 2 ** v,
               lambda: v < v, lambda: v % 1, lambda: divmod(v, 1), lambda: v << 1, lambda: v & v]:
    try:
        print(action())
    except TypeError as error:
        print("TypeError", error)


class Base:
    def __add__(self, other):
        return "Base.add"

    def __radd__(self, other):
        return "Base.radd"


class Derived(Base):
    def __radd__(self, other):
        return "Derived.radd"


class Unrelated:
    def __radd__(self, other):
        return "Unrelated.radd"


print(Base() + Derived(), Derived() + Base(), Base() + Unrelated(), 1 + Base())


class InPlace:
    def __init__(self):
        self.items = []

    def __iadd__(self, other):
        print("iadd")
        self.items.append(other)
        return self

    def __isub__(self, other):
        return NotImplemented

    def __sub__(self, other):
        print("sub fallback")
        return "subtracted"

    def __repr__(self):
        return "InPlace%r" % self.items


x = InPlace()
alias = x
x += 1
x += 2
print(x, x is alias)
x -= 5
print(x)
y = InPlace()
try:
    y *= 2
except TypeError as error:
    print("TypeError", error)
lst = [1]
tup = (1,)
before_l, before_t = lst, tup
lst += [2]
tup += (2,)
print(lst is before_l, tup is before_t, lst, tup)
try:
    t = ([1],)
    t[0] += [2]
except TypeError as error:
    print("TypeError", error, t)


class Pow:
    def __pow__(self, other, mod=None):
        return ("pow", other, mod)

    def __rpow__(self, other, mod=None):
        return ("rpow", other, mod)


print(Pow() ** 2, 2 ** Pow(), pow(Pow(), 2, 5))
try:
    pow(2, Pow(), 5)
except TypeError as error:
    print("TypeError", error)


class Bits:
    def __init__(self, v):
        self.v = v

    def __and__(self, o):
        return Bits(self.v & o.v)

    def __or__(self, o):
        return Bits(self.v | o.v)

    def __xor__(self, o):
        return Bits(self.v ^ o.v)

    def __lshift__(self, n):
        return Bits(self.v << n)

    def __rshift__(self, n):
        return Bits(self.v >> n)

    def __repr__(self):
        return bin(self.v)


a, b = Bits(0b1100), Bits(0b1010)
print(a & b, a | b, a ^ b, a << 2, a >> 2)
print(1 + 2.0, 2 * 3j, 1 - True, 7 / 2j, 2 ** 0.5, 10 % 3.5, -5 // 2.0, 1j ** 2, (1 + 2j) * (3 - 1j))
for expr in ["1 + None", "[] + ()", "{} + {}", "'a' - 'b'", "1 @ 2", "~1.5", "-'s'", "+[]", "1 << -1", "1 >> -1", "1.5 << 1", "2 ** 'x'", "1j < 2j", "1j // 1", "1j % 1"]:
    try:
        print(expr, "=", eval(expr))
    except (TypeError, ValueError, ZeroDivisionError) as error:
        print(expr, "!", type(error).__name__, error)
