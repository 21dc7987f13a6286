# Operator precedence and associativity, checked by printing values of tricky expressions and their parenthesized forms.
expressions = [
    "2 + 3 * 4", "(2 + 3) * 4", "2 ** 3 ** 2", "(2 ** 3) ** 2", "-2 ** 2", "(-2) ** 2", "2 ** -1", "not 1 == 2", "not (1 == 2)",
    "1 + 2 << 3", "1 + (2 << 3)", "6 & 3 | 8", "6 & (3 | 8)", "5 ^ 3 & 1", "~5 + 1", "-~5", "~-5", "10 - 4 - 3", "10 - (4 - 3)",
    "100 / 10 / 5", "100 / (10 / 5)", "7 // 2 * 2", "7 % 3 * 2", "2 * 7 % 3", "1 < 2 == 2", "(1 < 2) == 2", "1 if 0 else 2 if 0 else 3",
    "True + True * 3", "'a' * 2 + 'b'", "[1] * 2 + [3]", "0 or 1 and 2", "(0 or 1) and 2", "not 0 or 0", "not (0 or 0)",
    "3 in [1, 2, 3] == True", "(3 in [1, 2, 3]) == True", "1 < 2 < 3 > 2", "-1 ** 0.5 if False else -1 ** 2", "2 * -3 ** 2",
    "lambda: 1 if True else 2", "(lambda x: x + 1)(2) * 3", "[1, 2, 3][1:][0]", "{'a': 1}['a'] + 1", "-(-(-3))", "+-+-1", "1 - - 1",
    "(5 > 3) is not False", "None is None is not False", "1 << 2 ** 2", "(1 << 2) ** 2", "8 >> 1 >> 1", "2 ** 2 ** -1", "abs(-3) ** 2",
    "1 + 2j * 2", "(1 + 2j) * 2", "0.1 * 3 == 0.3", "3 * 0.1 == 0.3 or 'close'", "4 // -3", "-4 // 3", "-(4 // 3)", "4 % -3", "-4 % 3",
]
for source in expressions:
    value = eval(source)
    print("%-36s -> %r" % (source, value if not callable(value) else "<function>"))
x = 5
x = y = x + 1
print(x, y)
a = [1, 2, 3]
i = 0
i, a[i] = 1, 9
print(i, a)
b = c = []
b.append(1)
print(b, c, b is c)
d = {}
d["k"] = d.get("k", 0) + 1
print(d)
