# getattr/setattr/delattr/hasattr, vars, dir, isinstance/issubclass with tuples and abstract hooks.
class Point:
    kind = "point"

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
print(getattr(p, "x"), getattr(p, "z", "missing"), getattr(Point, "kind"), hasattr(p, "y"), hasattr(p, "q"))
setattr(p, "z", 3)
print(sorted(vars(p).items()))
delattr(p, "z")
print(sorted(vars(p)), [name for name in dir(p) if not name.startswith("__")])
for call in [lambda: getattr(p, "nope"), lambda: getattr(p, 5), lambda: setattr(p, 5, 1),
             lambda: delattr(p, "nope"), lambda: delattr(p, 1), lambda: getattr(p), lambda: vars(5),
             lambda: vars(p, p), lambda: hasattr(p, None), lambda: getattr(1, "real", 0, 1),
             lambda: setattr(1, "real", 2), lambda: setattr(object(), "x", 1), lambda: delattr(Point, "zz"),
             lambda: getattr(Point, "zz"), lambda: getattr(None, "x"), lambda: setattr(int, "x", 1),
             lambda: delattr(str, "upper"), lambda: getattr([], "appendd")]:
    try:
        print(call())
    except Exception as error:
        print(type(error).__name__, error)


class Raising:
    @property
    def broken(self):
        raise ValueError("property failed")

    @property
    def missing(self):
        raise AttributeError("inner missing")


r = Raising()
print(hasattr(r, "missing"), getattr(r, "missing", "fallback"))
try:
    hasattr(r, "broken")
except ValueError as error:
    print("hasattr propagates", error)

print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, (float, int))), isinstance(1, ()))
print(issubclass(bool, int), issubclass(int, (str, object)), issubclass(Point, Point), issubclass(type, object))
for call in [lambda: isinstance(1, 1), lambda: issubclass(1, int), lambda: issubclass(int, 1),
             lambda: isinstance(1, (int, 1)), lambda: isinstance(1, [int])]:
    try:
        print(call())
    except TypeError as error:
        print("TypeError", error)


class Meta(type):
    def __instancecheck__(cls, instance):
        print("instancecheck", type(instance).__name__)
        return isinstance(instance, str)

    def __subclasscheck__(cls, sub):
        print("subclasscheck", sub.__name__)
        return sub is bytes


class StringLike(metaclass=Meta):
    pass


print(isinstance("x", StringLike), isinstance(3, StringLike), issubclass(bytes, StringLike), issubclass(int, StringLike))
print(isinstance(StringLike(), StringLike))


class Proxy:
    def __init__(self, target):
        self.target = target

    @property
    def __class__(self):
        return type(self.target)


print(isinstance(Proxy(5), int), isinstance(Proxy("s"), int), type(Proxy(5)).__name__)
print(sorted(vars(Point))[:4], type(vars(Point)).__name__)
print(dir(Point) == sorted(dir(Point)), "kind" in dir(Point), "x" in dir(Point))


class Custom:
    def __dir__(self):
        return ["b", "a", "c", "a"]


print(dir(Custom()))


class Namespaced:
    __slots__ = ("a",)


try:
    vars(Namespaced())
except TypeError as error:
    print("TypeError", error)
g = {"__builtins__": __builtins__}
exec("x = 1\ny = x + 1", g)
print(sorted(k for k in g if k != "__builtins__"), eval("x + y", g), eval("x * 10", g, {"x": 7}))
