# int methods and attributes: bit operations, to/from bytes, conversions, rounding, and constructors on subclasses.
values = [0, 1, -1, 7, -8, 255, 256, -256, 2 ** 31 - 1, -(2 ** 31), 2 ** 63, 10 ** 20, -(10 ** 20)]
for v in values:
    print(v, v.bit_length(), bin(v).count("1"), v.to_bytes((v.bit_length() + 8) // 8 or 1, "big", signed=True).hex(),
          v.__round__(-1), round(v, -2), divmod(v, 7), v // -3, v % -3, -v, abs(v), ~v, v >> 3, v << 3, v & 0xF0, v | 1, v ^ -1)
print((10).as_integer_ratio(), (-3).as_integer_ratio(), (5).conjugate(), (5).real, (5).imag, (5).numerator, (5).denominator)
print(int.from_bytes(b"\x00\x10", "big"), int.from_bytes(b"\x00\x10", "little"), int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes([1, 2, 3], "big"))
print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"), (-2).to_bytes(1, "big", signed=True), (0).to_bytes(0, "big"), (127).to_bytes(1, byteorder="big", signed=True))
print(int("  42  "), int("-0"), int("+17"), int("0b1010", 2), int("0o777", 8), int("0xFF", 16), int("ff", 16), int("Z", 36), int("1" * 50, 2), int("٤٢"))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(5, 2), round(15, -1), round(25, -1), round(-15, -1), round(0, -5))
print(pow(3, 4), pow(3, -1), pow(3, 4, 5), pow(-3, 3, 7), pow(3, -1, 7), pow(12, 0, 1), 7 ** 0, 0 ** 0, (-2) ** 3, (-2) ** -3, 2 ** 0.5)
print((17).__floordiv__(5), (17).__rfloordiv__(5), (17).__truediv__(0.5), (17).__mod__(-5), (17).__lt__(18), (17).__eq__(17.0), (17).__add__(1.5), (17).__bool__())
for action in [lambda: (1).to_bytes(0, "big"), lambda: (-1).to_bytes(1, "big"), lambda: (256).to_bytes(1, "little"), lambda: int.from_bytes(b"", "big"),
               lambda: int.from_bytes(b"x", "sideways"), lambda: (5).bit_length(1), lambda: int("12", base=2), lambda: int("1e3"), lambda: int("0x", 16),
               lambda: int(b"  12  "), lambda: int("١٢٣"), lambda: int("12", 0), lambda: int("012", 0), lambda: int("0_7", 0), lambda: int(" 1 2 "),
               lambda: (2).__pow__(3, 0), lambda: (7).__round__("x"), lambda: (7).__round__(None), lambda: int.__new__(int, "5"), lambda: (3).__index__()]:
    try:
        print(repr(action()))
    except (ValueError, TypeError, OverflowError) as error:
        print(type(error).__name__, error)


class Meters(int):
    def __repr__(self):
        return "%dm" % int(self)


m = Meters(5)
print(m, repr(m + 1), type(m + 1).__name__, type(-m).__name__, type(abs(m)).__name__, type(m * 1).__name__, Meters("12"), Meters("z", 36), int(m), type(int(m)).__name__)
print(m == 5, hash(m) == hash(5), m.bit_length(), type(m.real).__name__, type(m.numerator).__name__, isinstance(m, int), Meters.__mro__[1].__name__)
print(True.bit_length(), (True).to_bytes(1, "big"), int.from_bytes(b"\x01", "big") is not True, type(bool.from_bytes(b"\x01", "big")).__name__)
