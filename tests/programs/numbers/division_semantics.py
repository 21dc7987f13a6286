# Division, floor division and modulo across int/float/bool/negative operands, divmod identities, and zero handling.
values = [7, -7, 7.5, -7.5, 2, -2, 0.5, True, 3 ** 40]
for a in values:
    row = []
    for b in [3, -3, 2.5, -0.5, True]:
        q, r = divmod(a, b)
        assert q * b + r == a or abs(q * b + r - a) < 1e-9
        row.append("%r/%r=%r //=%r %%=%r" % (a, b, a / b, a // b, a % b))
    print("; ".join(row))
for a, b in [(1, 0), (1.0, 0), (1, 0.0), (0, 0), (0.0, 0.0), (True, False), (10 ** 30, 0), (-1, -0.0)]:
    for op in ["/", "//", "%", "divmod"]:
        try:
            result = divmod(a, b) if op == "divmod" else eval("a %s b" % op)
            print(a, op, b, "=", result)
        except ZeroDivisionError as error:
            print(a, op, b, "ZeroDivisionError:", error)
print(10 ** 20 / 3, 10 ** 20 // 3, (10 ** 20) % 7, -(10 ** 20) // 7, 2 ** 64 / 2 ** 63, (2 ** 64 + 1) / 2, 10 ** 308 / 10 ** 300)
print(7 // 2.0, -7 // 2.0, 7 % -2.0, -0.0 // 1, 0.0 // -1, 1e308 // 1e-308 if False else 5.5 // 1.1, 5.5 % 1.1)
print(round(7 / 3, 5), 22 / 7, 1 / 3 + 1 / 3 + 1 / 3 == 1, 0.1 + 0.2, (0.1 + 0.2) / 3, 1e-320 / 10, 1 / 1e-320 if False else 1 / 1e-300)
for a, b in [(10 ** 400, 10 ** 399), (10 ** 400, 3), (1, 10 ** 400), (-(10 ** 400), 10 ** 399)]:
    try:
        print("true division", a / b if len(str(a)) < 500 else a // b, (a / b) if abs(a) < 10 ** 500 else "")
    except OverflowError as error:
        print("OverflowError", error)
print(int(7 / 2), int(-7 / 2), -7 // 2, round(-7 / 2), round(7 / 2), 7 / 2 == 3.5, (7).__truediv__(2), (7).__floordiv__(-2), (-7).__mod__(2))
