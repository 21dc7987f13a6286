# Special-method protocols: __bool__/__len__ truth, __contains__ fallbacks, __iter__ = None, __index__ in slices, __class__ assignment.
class LenOnly:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class BoolWins:
    def __bool__(self):
        return False

    def __len__(self):
        return 10


print(bool(LenOnly(0)), bool(LenOnly(3)), bool(BoolWins()), not LenOnly(0), "yes" if LenOnly(2) else "no")
for cls, value in [("bool", 1), ("bool", "x"), ("len", -1), ("len", "3"), ("len", 2 ** 70), ("len", -2 ** 70), ("len", 3.0), ("len", True)]:
    method = "__bool__" if cls == "bool" else "__len__"
    Weird = type("Weird", (), {method: lambda self, v=value: v})
    for action in (bool, len):
        try:
            print(cls, repr(value), action.__name__, action(Weird()))
        except (TypeError, ValueError, OverflowError) as error:
            print(cls, repr(value), action.__name__, type(error).__name__, error)


class GetItemOnly:
    def __getitem__(self, index):
        if index >= 4:
            raise IndexError
        return index * 10


class ContainsCustom:
    def __contains__(self, item):
        print("contains asked", item)
        return item == "magic"


class IterOnly:
    def __iter__(self):
        return iter([1, 2, 3])


class NotIterable:
    __iter__ = None

    def __getitem__(self, index):
        return index


print(20 in GetItemOnly(), 50 in GetItemOnly(), "magic" in ContainsCustom(), "other" not in ContainsCustom(), 2 in IterOnly(), list(GetItemOnly()))
for action in [lambda: iter(NotIterable()), lambda: 1 in NotIterable(), lambda: list(NotIterable()), lambda: 1 in 5, lambda: "a" in 5, lambda: 1 in "abc", lambda: [] in {}, lambda: None in "x"]:
    try:
        print(action())
    except TypeError as error:
        print("TypeError", error)


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


data = list(range(10))
print(data[Idx(2):Idx(8):Idx(2)], data[Idx(-1)], "abcdef"[Idx(1)], (1, 2, 3)[Idx(0)], range(10)[Idx(3)], bin(Idx(5)), [0] * Idx(3), "ab" * Idx(2))
print(hex(Idx(255)), oct(Idx(8)), int(Idx(7)) if hasattr(Idx, "__int__") else "no __int__", format(Idx(3), "") if False else "", data[slice(Idx(1), None)])
for action in [lambda: data[Idx("x")], lambda: data[1.5], lambda: data[Idx(2 ** 70)], lambda: data[Idx(2):"z"]]:
    try:
        print(action())
    except (TypeError, IndexError) as error:
        print(type(error).__name__, error)


class A:
    def who(self):
        return "A"


class B:
    def who(self):
        return "B"


obj = A()
print(obj.who(), type(obj).__name__)
obj.__class__ = B
print(obj.who(), type(obj).__name__, isinstance(obj, B), isinstance(obj, A))
for bad in [int, lambda: None, 5]:
    try:
        obj.__class__ = bad
    except TypeError as error:
        print("TypeError", error)


class Slotted:
    __slots__ = ("x",)


try:
    obj.__class__ = Slotted
except TypeError as error:
    print("TypeError", error)
obj.__dict__ = {"replaced": True}
print(obj.replaced, vars(obj))
try:
    obj.__dict__ = []
except TypeError as error:
    print("TypeError", error)


class Callable:
    def __call__(self, *args, **kwargs):
        return ("called", args, sorted(kwargs))


c = Callable()
print(c(1, k=2), callable(c), callable(Callable), Callable.__call__(c, 3))
c.__call__ = lambda: "instance attribute ignored"
print(c())


class Reversible:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return "abc"[i]


print(list(reversed(Reversible())), sorted(Reversible(), reverse=True), "".join(Reversible()), max(Reversible()), dict.fromkeys(Reversible()))


class NoReverse:
    __reversed__ = None


try:
    reversed(NoReverse())
except TypeError as error:
    print("TypeError", error)
