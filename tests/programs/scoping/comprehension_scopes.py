# Comprehension scoping: own scope, first iterable evaluated outside, class-body comprehensions, walrus.
x = "global x"
values = [x for x in range(3)]
print(values, x)
print({k: v for k, v in zip("ab", [1, 2])}, {c for c in "hello"} == set("hello"), list(c.upper() for c in "ab"))


class Table:
    rows = [1, 2, 3]
    doubled = [r * 2 for r in rows]
    try:
        scaled = [r * factor for r in rows for factor in [10]]
    except NameError as error:
        scaled = str(error)
    factor = 5
    try:
        uses_class_name = [r * factor for r in rows]
    except NameError as error:
        uses_class_name = "NameError: " + str(error)


print(Table.doubled, Table.scaled, Table.uses_class_name)
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i in range(3) for row in matrix if row[i] % 2], [[row[i] for row in matrix] for i in range(3)])
print([(i, j) for i in range(3) for j in range(i)], [y for x in matrix for y in x if y > 4])
if (n := len(matrix)) > 2:
    print("walrus n", n)
print([last := v for v in range(4)], last)
print([total := 0] and [total := total + v for v in range(5)], total)


def func_walrus():
    result = [found for item in ["a", "bb", "ccc"] if len(found := item) > 1]
    return result, found


print(func_walrus())
for source in ["[i := 0 for i in range(3)]", "[x for x in range(3) if (x := 1)]", "class C:\n    [y := 1 for _ in range(2)]",
               "[(lambda: (z := 1)) for _ in range(1)]", "def f():\n    [(j := 1) for j in range(2)]"]:
    try:
        exec(source, {})
        print("compiled", repr(source))
    except SyntaxError as error:
        print("SyntaxError", error.msg)
gen = (i * i for i in range(3))
print(gen.gi_code.co_name, [f.__code__.co_name for f in [lambda: 0]], (lambda: [a for a in "z"])())


def first_iterable_eager():
    def source():
        print("source evaluated")
        return [1, 2]

    g = (v * 10 for v in source())
    print("generator created")
    return list(g)


print(first_iterable_eager())
try:
    list(v for v in undefined_iterable)
except NameError as error:
    print("NameError", error)
nested = [[j for j in range(i)] for i in range(4)]
print(nested, sum(nested, []), {i: [c for c in "ab" * i] for i in range(3)})
print(sorted({(a, b) for a in range(3) for b in range(3) if a + b == 2}), max((len(w), w) for w in "one three fifteen".split()))
i = "outer i"
squares = {i: i * i for i in range(3)}
print(i, squares)
