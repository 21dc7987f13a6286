"""Subclasses of int, float and complex, and bool as an int."""
class MyInt(int):
    def __repr__(self):
        return "MyInt(" + str(int(self)) + ")"
class Plain(int):
    pass
class MyFloat(float):
    pass
class MyComplex(complex):
    pass
class Adder(int):
    def __add__(self, other):
        return "added"
    def __radd__(self, other):
        return "radded"
m = MyInt(5)
print(m, repr(m), str(m), m + 1, type(m + 1), -m, type(-m), +m, type(+m), abs(m), type(abs(m)))
print(type(m.real), m.real, m.numerator, m.denominator, m.imag, type(m.conjugate()), m.__index__(), type(int(m)))
print(f"{m}", f"{m:d}", f"{m:>6}", m.__format__(''), m.__format__('x'), m == 5, hash(m) == hash(5))
p = Plain('0x1f', 16)
p.attr = 'ok'
print(p, p.attr, type(p).__name__, isinstance(p, int), p.__dict__, Plain(), Plain(3.9), Plain('  12  '))
print(int.__new__(Plain, 7), type(int.__new__(Plain, 7)).__name__)
f = MyFloat('2.5')
print(f, type(f).__name__, f + 1, type(f + 1).__name__, f.real, type(f.real).__name__, repr(f), MyFloat(), MyFloat(3))
print(MyFloat.fromhex('0x1p1'), type(MyFloat.fromhex('0x1p1')).__name__, float.fromhex('0x1p2'))
print(f.__getnewargs__(), f.__round__(), type(f.__round__()).__name__, f"{f}", f"{f:.3f}")
c = MyComplex(1, 2)
print(c, type(c).__name__, c + 1, type(c + 1).__name__, complex(c), type(complex(c)).__name__, c.real, c.imag)
print(MyComplex('1+2j'), MyComplex(), type(MyComplex(1j)).__name__, c.__getnewargs__(), c.conjugate())
a = Adder(3)
print(a + 1, 1 + a, a - 1, 2.5 + a, a * 2.5)
print(int.from_bytes(b'\x00\x10', 'big'), MyInt.from_bytes(b'\x00\x10', 'little'), type(MyInt.from_bytes(b'\x01')).__name__)
print(int.from_bytes(b'\xff\xfe', 'little', signed=True), (-2).to_bytes(2, 'little', signed=True), (1024).to_bytes(2), (0).to_bytes(0, 'big'))
print(True + True, True * 3.5, True / 2, True == 1, hash(True), True is bool(1), bool(), bool(0.0), bool(0j), bool('x'), bool([]))
print(True & True, True & 1, type(True & 1).__name__, False | False, True ^ True, 1 ^ True, type(1 ^ True).__name__, ~False, -True)
print(repr(True), str(False), f"{True}", f"{True:d}", f"{True:>5}", f"{False!r:^7}", True.__format__(''), int(True), float(False))
print(isinstance(True, int), issubclass(bool, int), bool.__mro__, True.real, True.numerator, (True).bit_length(), True.__sizeof__())
try:
    class B(bool): pass
except TypeError as e:
    print("TypeError", e)
print(int(), float(), complex(), int(-0.9), int(' -7 '), int(b'12'), float(b' 1e3 '), int(2.9e20), int(-1e-300))
print((5).__trunc__(), (5).__floor__(), (5).__ceil__(), (5).__round__(2), (1234567).__round__(-3), (5).as_integer_ratio(), (5).__getnewargs__())
print(float.__getformat__('double'), (0.1).__sizeof__() if False else '', (3).__sizeof__(), (2**100).__sizeof__(), (1.0).__sizeof__(), (1j).__sizeof__())
print(int.__doc__[:20], float.__doc__, complex.__doc__.splitlines()[0], bool.__doc__.splitlines()[0])
print(int.bit_length.__doc__.splitlines()[0], int.to_bytes.__text_signature__, float.__round__.__text_signature__)
print(1 == 1.0 == 1+0j, hash(1) == hash(1.0) == hash(1+0j), {1: 'a', 1.0: 'b', 1+0j: 'c'}, 0.1 + 0.2, 1e16, 1e-5, 123456789012345678.0)
x = 10
x += 5; x -= 1; x *= 3; x //= 4; x **= 2; x %= 7; x <<= 3; x >>= 1; x &= 12; x |= 3; x ^= 5
y = 2.5
y += 1; y -= 0.5; y *= 4; y /= 3; y //= 0.5; y %= 3; y **= 2
print(x, y)
