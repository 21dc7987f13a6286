# Comprehensions (LIST_APPEND, SET_ADD, MAP_ADD), displays (BUILD_SET,
# SET_UPDATE, LIST_EXTEND, LIST_TO_TUPLE, DICT_UPDATE, BUILD_CONST_KEY_MAP),
# and every call shape (KW_NAMES, CALL_FUNCTION_EX, DICT_MERGE, bound and
# builtin methods through PRECALL/CALL).

squares = [n * n for n in range(6) if n % 2]
evens = {n for n in range(8) if not n % 2}
table = {n: str(n) for n in range(3)}
pairs = [(a, b) for a in range(3) for b in "xy" if a != 1]
nested = [[c for c in word] for word in ("ab", "cd")]
print(squares, evens, table, pairs, nested)

first, *middle, last = range(6)
*head, tail = "abc"
a, (b, *c), d = 1, (2, 3, 4), 5
print(first, middle, last, head, tail, a, b, c, d)

items = [1, 2]
more = (3, 4)
print([*items, *more, 5], (*items, *more), {*items, *more})
print({**table, "extra": True, **{"k": "v"}})
print({"a": 1, "b": 2, "c": 3})


def show(*args, **kwargs):
    return "args=%r kwargs=%r" % (args, list(kwargs.items()))


print(show(1, 2, x=3, y=4))
print(show(*items, *more))
print(show(*items, **{"z": 26}, w=23))
print(show(**{"a": 1}, **{"b": 2}))
print(show(*range(3)))
print(show(*"hi", sep=", "))


class Mapping:
    def keys(self):
        return ["m1", "m2"]

    def __getitem__(self, key):
        return key.upper()


print(show(**Mapping()))
print({**Mapping()})

try:
    show(**{"a": 1}, a=2)
except TypeError as e:
    print("TypeError:", e)
try:
    show(*5)
except TypeError as e:
    print("TypeError:", e)
try:
    show(**5)
except TypeError as e:
    print("TypeError:", e)
try:
    {**5}
except TypeError as e:
    print("TypeError:", e)


def keyword_only(a, *, b, c=3):
    return a, b, c


print(keyword_only(1, b=2), keyword_only(a=1, b=2, c=4))
try:
    keyword_only(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    keyword_only(1)
except TypeError as e:
    print("TypeError:", e)


def positional_only(a, b=2, /, c=3):
    return a, b, c


print(positional_only(1), positional_only(1, 2, c=5))
try:
    positional_only(a=1)
except TypeError as e:
    print("TypeError:", e)


class Greeter:
    def __init__(self, name):
        self.name = name

    def greet(self, greeting="hello", *, punctuation="!"):
        return "%s %s%s" % (greeting, self.name, punctuation)

    @staticmethod
    def static(x):
        return x * 2

    @classmethod
    def make(cls, name):
        return cls(name)


g = Greeter("world")
bound = g.greet
print(bound(), bound("hi", punctuation="?"), g.greet(punctuation="."))
print(Greeter.greet(g), Greeter.static(4), g.static(5), Greeter.make("cls").name)
print(getattr(g, "greet")("hey"))
method_of_builtin = [3, 1, 2].copy
copied = method_of_builtin()
copied.sort(reverse=True)
print(copied, "-".join(["a", "b"]), str.upper("abc"))
print(dict(a=1, b=2), list(range(3)), (lambda v, *, key: key(v))(3, key=lambda v: -v))


def kw_defaults(x, y=10, *args, z=20, **rest):
    return x, y, args, z, rest


print(kw_defaults(1), kw_defaults(1, 2, 3, 4, z=5, q=6))
print(kw_defaults(*[1, 2], **{"z": 0}))
args = (1,)
kwargs = {"y": 2}
print(kw_defaults(*args, **kwargs))

words = ["apple", "bob"]
print("a" in words, "apple" in words, "x" not in "xyz", 2 in {1: 2})
print(not words, not [], f"{words[0]!r:>10} and {len(words):03d}", f"{'ok'}")
print(-(5), +(-3), ~7)
assert squares, "never fails"
try:
    assert not squares, "assert message"
except AssertionError as e:
    print("AssertionError:", e)

box = {"k": 1, "j": 2}
del box["k"]
print(box)


class Holder:
    pass


h = Holder()
h.attr = 5
del h.attr
try:
    del h.attr
except AttributeError as e:
    print("AttributeError:", e)

i = 0
while not i >= 3:
    i += 1
node = [1, [2, [3, None]]]
while node is not None:
    print("node", node[0])
    node = node[1]
counter = None
while counter is None:
    counter = 0
print(i, counter)
