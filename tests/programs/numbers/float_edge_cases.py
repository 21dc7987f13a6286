# Float edge cases: inf/nan arithmetic and comparisons, signed zero, round/divmod/mod identities, int conversion limits.
inf, nan = float("inf"), float("nan")
print(inf + 1, inf - inf, inf * 0, -inf * -1, inf / inf, 1 / inf, -1 / inf, inf > 10 ** 1000, -inf < -(10 ** 1000), nan != nan, nan > 0, nan < 0, nan == nan)
print(max(nan, 1), max(1, nan), min(nan, 1), min(1, nan), sorted([3, nan, 1]), sorted([nan, 3, 1]), abs(-nan), -nan, inf == float("infinity"))
print(0.0 == -0.0, str(-0.0), repr(0.0 * -1), -0.0 + 0.0, -0.0 - 0.0, -0.0 * 0, 0 * -1.0, round(-0.4), round(-0.0), abs(-0.0), (-0.0).__abs__())
print(divmod(-7.0, 2), divmod(7.0, -2), divmod(-0.0, 5), divmod(5.5, 0.5), -7.0 % 2, 7.0 % -2, -0.0 % 5, 0.0 % -5, 1e-300 % 1e300, -1e-300 % 1e300)
print(7.0 // 2, -7.0 // 2, 7.5 // -2, -0.5 // 1, 0.5 // -1, 1e300 // 1e-300 if False else 1e30 // 1e-3, inf // 1 if False else "skip")
for expression in ["inf // 1", "inf % 1", "1 % inf", "-1 % inf", "divmod(inf, 1)", "divmod(1, inf)", "divmod(-1, inf)", "nan // 1", "int(inf)", "int(-inf)", "int(nan)",
                   "round(inf)", "round(nan)", "round(inf, 1)", "round(1e308, -308)", "round(1.5e308, -308)", "inf ** 0", "nan ** 0", "1 ** nan", "0.0 ** 0.0", "(-1.0) ** 0.5",
                   "(-1.0) ** inf", "2.0 ** -inf", "0.5 ** -inf", "10.0 ** 309", "(-10.0) ** 309", "1e308 * 10", "-1e308 * 10", "float(2 ** 1024)", "float(-(2 ** 1024))",
                   "2 ** 1023 * 2.0", "(2 ** 1024) / 1", "(2 ** 1024) / (2 ** 1023)", "1 / (2 ** 2000)", "(2 ** 2000) // 1.0", "pow(2.0, 2 ** 100)", "pow(-2.0, 0.5)",
                   "5e-324 / 2", "5e-324 * 0.5", "1.7976931348623157e308 + 1e292", "float('1e-400')", "float('-1e-400')", "0.1 + 0.2", "1 - 1e-17 == 1"]:
    try:
        print(expression, "=", repr(eval(expression)))
    except (OverflowError, ValueError, ZeroDivisionError) as error:
        print(expression, "!", type(error).__name__, error)
for value in [0.5, 1.5, 2.5, -0.5, -1.5, 0.125, 0.375, 2.675, 1.005, 12345.6789, -12345.6789, 1e16, 5e-324]:
    print(value, [round(value, n) for n in (None, 0, 1, 2, -1)])
print(float.fromhex("0x1.fffffffffffffp+1023"), float.fromhex("0x0.0000000000001p-1022"), (5e-324).hex(), (1.7976931348623157e308).hex(), (0.1).hex())
print([x / 10 for x in range(-5, 6)], [int(x / 10) for x in range(-15, 16, 5)], [int(-x) for x in (0.9, 1.1, 2.999)])
print(sum([1e100, 1.0, -1e100]), 1e100 + 1.0 - 1e100, sum(0.1 for _ in range(10)), 3 * 0.1 == 0.3, round(3 * 0.1, 10) == 0.3)
print(1e16 == 10 ** 16, 1e23 == 10 ** 23, float(10 ** 23), 10 ** 23 < 1e23, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53, hash(2 ** 53 + 1) == hash(2.0 ** 53 + 1))
