# A numeric class implementing the full operator protocol, checked against int for every operator.
import sys


class N:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return "N(%r)" % (self.v,)


BINARY = ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "or", "xor", "matmul", "divmod"]
for name in BINARY:
    def forward(self, other, _name=name):
        o = other.v if isinstance(other, N) else other
        if _name == "matmul":
            return N(self.v * o + 1)
        if _name == "divmod":
            return tuple(N(x) for x in divmod(self.v, o))
        return N(getattr(self.v, "__%s__" % _name)(o))

    def reflected(self, other, _name=name):
        if _name == "matmul":
            return N(other * self.v + 2)
        if _name == "divmod":
            return tuple(N(x) for x in divmod(other, self.v))
        return N(getattr(other, "__%s__" % _name)(self.v))

    def inplace(self, other, _name=name):
        print("  in-place", _name)
        return forward(self, other)

    setattr(N, "__%s__" % name, forward)
    setattr(N, "__r%s__" % name, reflected)
    if name != "divmod":
        setattr(N, "__i%s__" % name, inplace)
for name in ["neg", "pos", "abs", "invert"]:
    setattr(N, "__%s__" % name, lambda self, _n=name: N(getattr(self.v, "__%s__" % _n)()))
N.__int__ = lambda self: int(self.v)
N.__float__ = lambda self: float(self.v)
N.__index__ = lambda self: int(self.v)
N.__round__ = lambda self, n=None: N(round(self.v, n))
N.__trunc__ = lambda self: N(int(self.v))
N.__bool__ = lambda self: bool(self.v)
N.__complex__ = lambda self: complex(self.v)
a, b = N(17), N(5)
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b, a << b, a >> N(2), a & b, a | b, a ^ b, a @ b, divmod(a, b))
print(3 + a, 3 - a, 3 * a, 34 / a, 40 // a, 40 % a, 2 ** N(10), 1 << N(4), 64 >> N(2), 12 & a, 12 | a, 12 ^ a, 3 @ a, divmod(40, a))
print(-a, +a, abs(N(-4)), ~a, int(a), float(a), complex(a), round(N(2.567), 2), bool(N(0)), [10, 20, 30][N(1)], hex(a), pow(a, b, 7) if False else "")
x = N(3)
for op in ["+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^=", "@="]:
    y = N(9)
    exec("y %s x" % op)
    print(op, y)
try:
    pow(a, b, N(7))
except (TypeError, AttributeError) as error:
    print(type(error).__name__, error)
print(sum([N(1), N(2), N(3)]), sorted([3, 1, 2], key=lambda v: N(v).v), max(N(1).v, N(2).v))
