# Subclassing builtins: which methods see overrides (dict.get ignores __getitem__), results' types, __new__ for immutables.
class LoudDict(dict):
    def __getitem__(self, key):
        print("LoudDict.__getitem__", key)
        return super().__getitem__(key)

    def __setitem__(self, key, value):
        print("LoudDict.__setitem__", key)
        super().__setitem__(key, value.upper() if isinstance(value, str) else value)


d = LoudDict(a="x")
d["b"] = "y"
d.update(c="z")
print(d, d["a"], d.get("a"), dict(d), {**d}, list(d.items()), d.setdefault("e", "w"), d.copy().__class__.__name__)


class UpperStr(str):
    def __new__(cls, value):
        return super().__new__(cls, str(value).upper())

    def shout(self):
        return self + "!"


u = UpperStr("hello")
print(u, repr(u), type(u).__name__, u.shout(), type(u.shout()).__name__, type(u + "x").__name__, type(u[1:]).__name__, type(u.lower()).__name__, u == "HELLO", len(u))


class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    def __repr__(self):
        return "Point(%r, %r)" % self


p = Point(1, 2)
print(p, p.x, p + (3,), type(p + (3,)).__name__, p[::-1], type(p[:]).__name__, hash(p) == hash((1, 2)), p == (1, 2), tuple(p))


class Stack(list):
    def push(self, item):
        self.append(item)
        return self

    def peek(self):
        return self[-1]


s = Stack([1, 2]).push(3).push(4)
print(s, s.peek(), type(s).__name__, type(s + [5]).__name__, type(s[:2]).__name__, type(s * 2).__name__, type(sorted(s)).__name__, s == [1, 2, 3, 4])
s += [9]
print(type(s).__name__, s)


class Celsius(float):
    def __repr__(self):
        return "%.1f°C" % self


t = Celsius(21.456)
print(t, repr(t), str(t), type(t + 1).__name__, t * 2, round(t, 1), type(round(t, 1)).__name__, int(t), f"{t:.2f}", f"{t!r}")


class CountingSet(set):
    adds = 0

    def add(self, item):
        CountingSet.adds += 1
        super().add(item)


cs = CountingSet([1, 2])
cs.add(3)
cs |= {4}
print(sorted(cs), CountingSet.adds, type(cs | {5}).__name__, type(cs.copy()).__name__, type(cs - {1}).__name__)


class Flag(int):
    def __new__(cls, value, name):
        obj = super().__new__(cls, value)
        obj.name = name
        return obj

    def __repr__(self):
        return "<Flag %s=%d>" % (self.name, int(self))

    def __or__(self, other):
        return Flag(int(self) | int(other), self.name + "|" + getattr(other, "name", str(other)))


READ, WRITE = Flag(4, "READ"), Flag(2, "WRITE")
print(READ, READ | WRITE, READ + WRITE, type(READ + WRITE).__name__, READ == 4, {READ: "r"}[4], sorted([READ, WRITE]), bin(READ | WRITE))


class Weird:
    def __new__(cls, *args):
        print("Weird.__new__", args)
        if args and args[0] == "other":
            return 42
        return super().__new__(cls)

    def __init__(self, *args):
        print("Weird.__init__", args)


print(type(Weird()).__name__, Weird("other"))


class BadInit:
    def __init__(self):
        return 5


try:
    BadInit()
except TypeError as error:
    print("TypeError", error)


class NewArgs:
    def __init__(self, a):
        self.a = a


for action in [lambda: NewArgs(), lambda: NewArgs(1, 2), lambda: type(object.__new__(NewArgs, 1)).__name__, lambda: object.__init__(NewArgs(1), 2), lambda: NewArgs.__new__(NewArgs).__dict__]:
    try:
        print(action())
    except TypeError as error:
        print("TypeError", error)
