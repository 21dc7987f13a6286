# Star expressions everywhere: calls, displays, assignments, for targets, returns, with function signatures.
def f(*args, **kwargs):
    return args, kwargs


first, *rest = f(1, *[2, 3], *(4,), **{"a": 5}, b=6)[0]
print(first, rest)
print(f(*range(3), *"xy", **dict(k=1), **{"z": 2}))
nums = [1, 2, 3]
print([*nums, *nums], (*nums,), {*nums, 4}, {**{"a": 1}, **{"a": 2}}, [*{"k": 1}.items()], [*map(str, nums)])
head, *middle, tail = "python"
print(head, middle, tail)
for a, *b in [(1, 2, 3), (4,), "xyz"]:
    print(a, b)
[x, *y], z = [1, 2, 3], 4
print(x, y, z)


def split(seq):
    return seq[0], *seq[1:]


print(split([9, 8, 7]), split("ab"))


def pack():
    return *nums, "end"


print(pack())
print(*nums, sep=" | ")
print(*"abc", *[1, 2], end=" <end>\n")
matrix = [[1, 2], [3, 4], [5, 6]]
print(*matrix)
print([*zip(*matrix)])
print(max(*nums), min(*nums, 0), sum([*nums, *nums]))
args = ("%s-%s", "a", "b")
print(str.__mod__(args[0], (*args[1:],)))
kw = {"sep": "+", "end": "!\n"}
print(1, 2, 3, **kw)
try:
    f(**{"a": 1}, a=2)
except TypeError as error:
    print("TypeError", error)
try:
    a, *b, c = [1]
except ValueError as error:
    print("ValueError", error)
try:
    print(*5)
except TypeError as error:
    print("TypeError", error)
for source in ["*a = [1]", "*a, *b = [1, 2]", "a = *b", "print(*a for a in [1])", "f(**a for a in [1])", "[*a for a in [[1]]]", "del *a"]:
    try:
        compile(source, "<star>", "exec")
        print(repr(source), "compiles")
    except SyntaxError as error:
        print(repr(source), "SyntaxError", error.msg)
