# __slots__: attribute storage, errors, inheritance, __dict__ and __weakref__ slots.
class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"), Point.__slots__, type(Point.x).__name__)
for action in [lambda: setattr(p, "z", 3), lambda: p.__dict__, lambda: Point.__dict__["x"].__get__(Point.__new__(Point)),
               lambda: delattr(Point.__new__(Point), "y"), lambda: getattr(Point.__new__(Point), "x")]:
    try:
        print(action())
    except AttributeError as error:
        print("AttributeError", error)
del p.x
print(hasattr(p, "x"), p.y)


class Point3(Point):
    __slots__ = ("z",)


q = Point3(1, 2)
q.z = 3
print(q.x, q.y, q.z, hasattr(q, "__dict__"))


class Open(Point):
    pass


o = Open(5, 6)
o.anything = "ok"
print(o.__dict__, o.x)


class WithDict:
    __slots__ = ("a", "__dict__")


w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.__dict__)


class Single:
    __slots__ = "only"


s = Single()
s.only = "one"
print(s.only, Single.__slots__)


for bad_slots in [("a", "a"), (1,), ("__dict__", "__dict__"), ("bad name",)]:
    try:
        type("Bad", (), {"__slots__": bad_slots})
        print("created", bad_slots)
    except (TypeError, ValueError) as error:
        print(type(error).__name__, error)
try:
    class Conflict:
        __slots__ = ("v",)
        v = 1
except ValueError as error:
    print("ValueError", error)
try:
    class IntSlots(int):
        __slots__ = ("extra",)
except TypeError as error:
    print("TypeError", error)


class Mangled:
    __slots__ = ("__secret", "public")

    def __init__(self):
        self.__secret = "hidden"

    def reveal(self):
        return self.__secret


m = Mangled()
print(m.reveal(), sorted(n for n in dir(Mangled) if "secret" in n))


class A:
    __slots__ = ("a",)


class B:
    __slots__ = ("b",)


try:
    class AB(A, B):
        pass
except TypeError as error:
    print("TypeError", error)


class Empty:
    __slots__ = ()


try:
    Empty().x = 1
except AttributeError as error:
    print("AttributeError", error)


class Counter:
    __slots__ = ("count",)

    def __init__(self):
        self.count = 0

    def __repr__(self):
        return "Counter(%d)" % self.count


counters = [Counter() for _ in range(3)]
for i, c in enumerate(counters):
    c.count += i * 10
print(counters, [getattr(c, "count") for c in counters])
