# match: MATCH_CLASS, MATCH_MAPPING, MATCH_SEQUENCE, MATCH_KEYS, GET_LEN,
# COPY and SWAP, and the TypeErrors of class patterns.


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Plain:
    def __init__(self):
        self.a = 1


def describe(subject):
    match subject:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case int(n) if n < 0:
            return "negative %d" % n
        case float() | complex():
            return "other number"
        case "hello" | "hi":
            return "greeting"
        case str(s):
            return "string of %d" % len(s)
        case []:
            return "empty sequence"
        case [x]:
            return "one item %r" % (x,)
        case [first, *rest] if len(rest) > 2:
            return "long, first %r, %d more" % (first, len(rest))
        case [a, b]:
            return "pair %r %r" % (a, b)
        case (a, b, c):
            return "triple"
        case {"kind": "circle", "radius": r}:
            return "circle r=%r" % (r,)
        case {"kind": kind, **others}:
            return "shape %s with %d others" % (kind, len(others))
        case {}:
            return "some mapping"
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return "on y axis at %r" % (y,)
        case Point(x, y) if x == y:
            return "diagonal"
        case Point(x=px):
            return "point with x %r" % (px,)
        case Plain(a=1):
            return "plain with a=1"
        case None:
            return "None"
        case True:
            return "True"
        case _:
            return "something else"


for value in [0, 2, -5, 7, 1.5, "hi", "hello world", [], [9], (1, 2),
              [1, 2, 3], [1, 2, 3, 4, 5], {"kind": "circle", "radius": 2},
              {"kind": "square", "side": 1, "color": "red"}, {"x": 1},
              Point(0, 0), Point(0, 5), Point(3, 3), Point(1, 2), Plain(),
              None, True, object, "x" * 0, b"bytes", range(2)]:
    print(repr(value) if not isinstance(value, (Point, Plain)) else type(value).__name__,
          "->", describe(value))


def nested(data):
    match data:
        case {"points": [Point(x=x1), Point(x=x2), *_]}:
            return x1 + x2
        case [[a, b], [c, d]]:
            return a * d - b * c
        case [*_, last]:
            return "last %r" % (last,)
    return "no match"


print(nested({"points": [Point(1, 2), Point(3, 4), Point(5, 6)]}))
print(nested([[1, 2], [3, 4]]))
print(nested([7, 8, 9]))
print(nested("abc"))


def capture(value):
    match value:
        case (1 | 2) as small:
            return "captured %r" % (small,)
        case [1, (2 | 3) as mid, *tail]:
            return "mid %r tail %r" % (mid, tail)
    return "none"


print(capture(2), capture([1, 3, 4, 5]), capture(9))


class TooMany:
    __match_args__ = ("a",)
    a = 1


class BadArgs:
    __match_args__ = ["a"]
    a = 1


class NotStrings:
    __match_args__ = (1,)


for subject, pattern in [(TooMany(), "two"), (BadArgs(), "one"), (NotStrings(), "one"),
                         (Plain(), "plain"), (5, "int2")]:
    try:
        if pattern == "two":
            match subject:
                case TooMany(x, y):
                    pass
        elif pattern == "one" and isinstance(subject, BadArgs):
            match subject:
                case BadArgs(x):
                    pass
        elif pattern == "one":
            match subject:
                case NotStrings(x):
                    pass
        elif pattern == "plain":
            match subject:
                case Plain(x):
                    pass
        else:
            match subject:
                case int(a, b):
                    pass
    except TypeError as e:
        print("TypeError:", e)

try:
    match Point(1, 2):
        case Point(1, x=2):
            pass
except TypeError as e:
    print("TypeError:", e)

not_a_class = 5
try:
    match 3:
        case not_a_class.real():
            pass
except TypeError as e:
    print("TypeError:", e)


class Missing(dict):
    def __missing__(self, key):
        return "made up"


missing = Missing()
missing["a"] = 1
match missing:
    case {"b": value}:
        print("matched b", value)
    case {"a": value}:
        print("matched a", value)
