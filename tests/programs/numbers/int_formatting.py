# int formatting: format specs, %-formatting, thousands separators, alternate forms, and errors.
numbers = [0, 7, -7, 255, -255, 1234567, -1234567890, 2 ** 64, -(2 ** 70)]
specs = ["", "d", "5d", "<8", ">8", "^9", "=+10", "+", "-", " ", ",", "_", "08", "+08,d", "x", "#x", "X", "#X", "o", "#o",
         "b", "#b", "_b", "#_x", "c", "n", "e", ".2e", "f", ".3f", "%", ".1%", "g", "G", "E", "*^12,", "0=10", "#010x", ",.2f"]
for spec in specs:
    cells = []
    for n in numbers:
        try:
            if spec == "c" and not 0 <= n < 0x110000:
                raise OverflowError("skip")
            cells.append(format(n, spec))
        except (ValueError, OverflowError) as error:
            cells.append("!" + type(error).__name__)
    print(repr(spec), cells)
for template in ["%d", "%5d", "%-5d|", "%05d", "%+d", "% d", "%x", "%#x", "%X", "%#X", "%o", "%#o", "%i", "%u", "%c", "%e", "%.3f", "%r", "%s", "%a", "%%d"]:
    try:
        print(repr(template), [template % n for n in (0, 42, -42)])
    except (TypeError, ValueError, OverflowError) as error:
        print(repr(template), type(error).__name__, error)
for bad in [(",x", 5), ("_c", 5), (",b", 5), (".2d", 5), ("=s", 5), ("z", 5), ("#c", 65), ("+c", 65), ("c", -1), ("c", 0x110000), (",_", 5), ("_,", 5), ("%", "x")]:
    try:
        print(bad, format(*bad))
    except (ValueError, OverflowError, TypeError) as error:
        print(bad, type(error).__name__, error)
for template, value in [("%d", "x"), ("%x", 1.5), ("%c", "ab"), ("%c", 1.5), ("%d %d", (1,)), ("%d", (1, 2)), ("%(a)d", {"a": 1}), ("%(a)s %(b)s", {"a": 1}), ("%z", 1), ("%", 1), ("%.*d", (3, 5)), ("%*d", (6, 5)), ("%-*d|", (6, 5))]:
    try:
        print(repr(template), repr(template % value))
    except (TypeError, ValueError, KeyError) as error:
        print(repr(template), type(error).__name__, error)
print(f"{12345:,}", f"{-12345:_}", f"{255:#010b}", f"{3:*>5}", f"{3:{'<'}{5}}", f"{'x'!r:>5}", f"{2**100:e}", f"{True:5}", f"{False:>5d}")
print(str(2 ** 200), repr(-(10 ** 30)), (123).__format__(">6"), int.__format__(5, "x"), (10).bit_length(), (-1).bit_length(), (255).to_bytes(2, "big"))
print(int.from_bytes(b"\x01\x00", "little"), int.from_bytes(b"\xff", "big", signed=True), (1024).to_bytes(3, "little"), (-1).to_bytes(2, "big", signed=True))
for action in [lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"), lambda: (1).to_bytes(1, "middle"), lambda: int.from_bytes("x", "big")]:
    try:
        print(action())
    except (OverflowError, ValueError, TypeError) as error:
        print(type(error).__name__, error)
print((7).as_integer_ratio(), (10).conjugate(), (-5).__abs__(), (17).__divmod__(5), (5).__rtruediv__(10), (3).__pow__(2, 5), int.__index__(9), (6).numerator, (6).denominator, (6).real, (6).imag)
