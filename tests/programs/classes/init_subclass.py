# __init_subclass__ with keywords, __set_name__ order, __class_getitem__, __mro_entries__.
class Plugin:
    registry = {}

    def __init_subclass__(cls, /, name=None, **kwargs):
        print("init_subclass", cls.__name__, name, kwargs)
        super().__init_subclass__(**kwargs)
        Plugin.registry[name or cls.__name__.lower()] = cls


class Alpha(Plugin, name="alpha"):
    pass


class Beta(Plugin):
    pass


class Gamma(Beta, name="g"):
    pass


print(sorted(Plugin.registry), Plugin.registry["g"].__name__)
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as error:
    print("TypeError", error)
try:
    class Bad2(object, anything=1):
        pass
except TypeError as error:
    print("TypeError", error)


class Field:
    order = []

    def __init__(self, default):
        self.default = default

    def __set_name__(self, owner, name):
        Field.order.append((owner.__name__, name))
        self.name = name


class Tracking:
    def __init_subclass__(cls):
        print("subclass sees fields", [n for n, v in vars(cls).items() if isinstance(v, Field)], Field.order[-2:])


class Form(Tracking):
    first = Field(1)
    second = Field(2)


print(Field.order)


class Wrapper:
    def __init__(self, base):
        self.base = base

    def __mro_entries__(self, bases):
        print("mro_entries", len(bases))
        return (self.base,)


class Real:
    def hello(self):
        return "hello from Real"


class UsesWrapper(Wrapper(Real)):
    pass


print(UsesWrapper().hello(), [k.__name__ for k in UsesWrapper.__mro__], UsesWrapper.__orig_bases__[0].__class__.__name__)


class Generic:
    def __class_getitem__(cls, params):
        return (cls.__name__, params)


print(Generic[int], Generic[int, str], Generic[()])
try:
    Real[int]
except TypeError as error:
    print("TypeError", error)


class Counting:
    count = 0

    @classmethod
    def __init_subclass__(cls, **kwargs):
        Counting.count += 1
        cls.serial = Counting.count


class One(Counting):
    pass


class Two(Counting):
    pass


class Three(Two):
    pass


print(One.serial, Two.serial, Three.serial, Counting.count)


class Owner:
    pass


class Named:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)


Owner.later = Named()
print("no set_name call for late assignment")
NS = type("NS", (), {"attr": Named(), "other": Named()})
print(NS.__name__)
