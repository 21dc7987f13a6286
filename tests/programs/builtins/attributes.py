# getattr, setattr, delattr, hasattr, isinstance and issubclass with their hooks.
class Meta(type):
    def __instancecheck__(cls, instance):
        return instance == "anything"

    def __subclasscheck__(cls, subclass):
        return subclass is int


class Magic(metaclass=Meta):
    pass


class Pretender:
    __class__ = int


class Dynamic:
    def __getattr__(self, name):
        if name.startswith("auto_"):
            return name[5:]
        raise AttributeError(name)


class Slots:
    __slots__ = ("a",)


d = Dynamic()
print(getattr(d, "auto_value"), getattr(d, "missing", "fallback"), hasattr(d, "auto_x"), hasattr(d, "y"))
s = Slots()
setattr(s, "a", 5)
print(s.a, hasattr(s, "a"))
delattr(s, "a")
print(hasattr(s, "a"))
for action in [lambda: setattr(s, "b", 1), lambda: getattr(s, 5), lambda: delattr(s, "a"),
               lambda: setattr(1, "real", 2), lambda: getattr(1, "nope"), lambda: hasattr(1, 2),
               lambda: delattr(len, "__name__"), lambda: getattr(), lambda: getattr(1, "x", 2, 3),
               lambda: getattr(1, "x", default=2)]:
    try:
        print(action())
    except (TypeError, AttributeError) as error:
        print(type(error).__name__, error)
print(isinstance("anything", Magic), isinstance("other", Magic), issubclass(int, Magic), issubclass(str, Magic))
print(isinstance(Pretender(), int), isinstance(Pretender(), Pretender), isinstance(3, (str, (bytes, int))))
print(issubclass(bool, int), issubclass(int, (str, object)), issubclass(Magic, object))


class FakeClass:
    __bases__ = ()


class FakeChild:
    __bases__ = (FakeClass(),)


print(issubclass(FakeChild(), FakeChild.__bases__[0]))
for action in [lambda: isinstance(1, 2), lambda: issubclass(1, int), lambda: issubclass(int, 2),
               lambda: isinstance(1, (int, 2)), lambda: isinstance(1, (str, 2)), lambda: issubclass()]:
    try:
        print(action())
    except TypeError as error:
        print("TypeError:", error)
print(Dynamic().no_such_attribute)
