# float repr, str, formatting with every presentation type, rounding and special values.
values = [0.0, -0.0, 1.0, -1.5, 0.1, 1 / 3, 2 / 3, 1e16, 1e-5, 1e-4, 123456789.0, 1.5e300, 5e-324, 2.5, 3.5, 1e22, 1e23, float("inf"), float("-inf"), float("nan")]
for v in values:
    print(repr(v), str(v), format(v, ""), format(v, "g"), format(v, ".3g"), format(v, "e"), format(v, ".2f"), format(v, "%"), format(v, "+.1E"), format(v, "G"))
for spec in ["10.3f", "<10.1f|", "^12.4e", "=+12.2f", "012.3f", ",.2f", "_.1f", ".0f", "#.0f", ".0e", "#.0e", "#g", ".10g", "n", ".2%", "a>10", "z.1f", "-", " .2f"]:
    out = []
    for v in [3.14159, -2.71828, 1234567.891, -0.0001, float("inf"), -0.0]:
        try:
            out.append(format(v, spec))
        except ValueError as error:
            out.append("!" + str(error))
    print(repr(spec), out)
for template in ["%f", "%.2f", "%10.3f", "%-10.1f|", "%e", "%.0e", "%g", "%G", "%#g", "%+.3g", "%r", "%s", "%d", "%x"]:
    try:
        print(repr(template), [template % v for v in (0.5, -1234.5678, 1e-7)])
    except TypeError as error:
        print(repr(template), "TypeError", error)
print(round(2.675, 2), round(0.5), round(1.5), round(2.5), round(-2.5), round(0.125, 2), round(0.375, 2), round(1e15 + 0.5), round(123.456, -1), round(5e-324, 400))
print(1.5.is_integer(), 2.0.is_integer(), (0.1).as_integer_ratio(), (2.5).hex(), float.fromhex("0x1.8p1"), (-0.0).hex(), float.fromhex("inf"), (1e300).hex())
print((3.7).__trunc__(), (3.7).__floor__(), (3.2).__ceil__(), (-3.7).__round__(), (2.5).__round__(), (7.0).conjugate(), (7.5).real, (7.5).imag, float.__getformat__("double"))
for action in [lambda: float("1e5000") == float("inf"), lambda: int(float("inf")), lambda: int(float("nan")), lambda: round(float("inf")), lambda: round(float("nan"), 2),
               lambda: float("inf") - float("inf"), lambda: 1e308 * 10, lambda: 10.0 ** 400, lambda: 2.0 ** 10000, lambda: (-8.0) ** (1 / 3), lambda: 0.0 ** -1,
               lambda: 1 / 0.0, lambda: 1e308 + 1e308, lambda: float.fromhex("0x1p99999"), lambda: float.fromhex("zz"), lambda: format(1.5, "d"), lambda: format(1.5, ",d"),
               lambda: format(1.5, "=s"), lambda: format(1.5, "c"), lambda: format(float("nan"), "010f"), lambda: (1.5).as_integer_ratio(), lambda: float("inf").as_integer_ratio(),
               lambda: float("nan").as_integer_ratio(), lambda: divmod(5.0, 0), lambda: 5.0 % float("inf"), lambda: -5.0 % float("inf"), lambda: float("inf") % 3]:
    try:
        print(repr(action()))
    except (OverflowError, ValueError, ZeroDivisionError, TypeError) as error:
        print(type(error).__name__, error)
total = 0.0
for i in range(10):
    total += 0.1
print(total, total == 1.0, sum([0.1] * 10), 0.1 * 3, 0.3 - 0.1, 1 - 0.9, 100 * 1.1, 4.35 * 100, 1.1 + 2.2, 1e16 + 1, 2 ** 53 + 1.0)
print(float("  1.5e3 "), float("-0"), float("+inf"), float("nAn"), float("1_000.000_1"), float("  .5"), float("5."), 1_000.5e-1_0)
