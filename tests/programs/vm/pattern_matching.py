# Structural pattern matching: literals, sequences, mappings, class patterns, guards, captures, OR patterns and wildcards.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


class Circle:
    __match_args__ = ("center", "radius")

    def __init__(self, center, radius):
        self.center, self.radius = center, radius


def describe(value):
    match value:
        case None:
            return "nothing"
        case True | False:
            return "boolean %s" % value
        case 0:
            return "zero"
        case int(n) if n < 0:
            return "negative int %d" % n
        case int() | float() as number:
            return "number %r" % number
        case "":
            return "empty string"
        case str(text) if text.isdigit():
            return "digit string %s" % text
        case str():
            return "string of %d" % len(value)
        case []:
            return "empty list"
        case [x]:
            return "singleton %r" % (x,)
        case [first, *rest] if len(rest) > 2:
            return "long sequence starting %r (+%d)" % (first, len(rest))
        case (a, b):
            return "pair %r, %r" % (a, b)
        case {"type": "user", "name": str(name), **extra}:
            return "user %s with %s" % (name, sorted(extra))
        case {"type": kind}:
            return "mapping of type %s" % kind
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return "on y axis at %r" % y
        case Point(x, y) if x == y:
            return "diagonal point %r" % x
        case Point():
            return "some point"
        case Circle(Point(x, y), r) if r > 10:
            return "big circle at %r,%r" % (x, y)
        case Circle(_, r):
            return "circle radius %r" % r
        case _:
            return "unknown %s" % type(value).__name__


for value in [None, True, 0, -5, 7, 2.5, "", "123", "abc", [], [1], [1, 2], (1, 2, 3), [1, 2, 3, 4], {"type": "user", "name": "ann", "age": 3},
              {"type": "admin"}, {"name": "x"}, Point(0, 0), Point(0, 5), Point(3, 3), Point(1, 2), Circle(Point(1, 1), 20), Circle(Point(1, 1), 2), {1, 2}, b"x"]:
    print(repr(value) if not isinstance(value, (Point, Circle)) else type(value).__name__, "->", describe(value))


def command(text):
    match text.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return "moving " + direction
        case ["take", item, *more]:
            return "taking %s%s" % (item, " and more" if more else "")
        case ["quit" | "exit"]:
            return "bye"
        case []:
            return "say something"
        case [verb, *_]:
            return "unknown verb " + verb


for text in ["go north", "go up", "take lamp", "take lamp key", "quit", "exit", "", "dance wildly"]:
    print(repr(text), "->", command(text))


class NoMatchArgs:
    pass


try:
    match NoMatchArgs():
        case NoMatchArgs(1):
            pass
except TypeError as error:
    print("TypeError", error)
