# Class bodies and module namespaces: LOAD_BUILD_CLASS, SETUP_ANNOTATIONS,
# STORE_NAME/LOAD_NAME/DELETE_NAME, the __class__ cell, __prepare__,
# __init_subclass__, __set_name__, star imports (IMPORT_STAR, IMPORT_FROM).
from sys import *
from sys import maxsize as biggest, modules

print("star import:", version_info[0], biggest == maxsize, "sys" in modules)

module_annotated: int = 5
other: "str"
print(__annotations__)


class Base:
    registry = []

    def __init_subclass__(cls, tag=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.tag = tag
        Base.registry.append(cls.__name__)

    def who(self):
        return "Base"


class Descriptor:
    def __set_name__(self, owner, name):
        self.name = "%s.%s" % (owner.__name__, name)

    def __get__(self, obj, objtype=None):
        return self.name


class Child(Base, tag="child"):
    x: int = 1
    y: str
    temporary = "gone soon"
    del temporary
    field = Descriptor()

    def who(self):
        return "Child via " + super().who() + " in " + __class__.__name__

    def __repr__(self):
        return "<Child>"


print(Child.tag, Base.registry, Child.__annotations__, Child.field)
print(Child().who(), hasattr(Child, "temporary"), Child.__qualname__, Child.__module__)
print(repr(Child()))

try:
    class Broken:
        del undefined_name
except NameError as e:
    print("NameError:", e)


class Recorder(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        print("prepare", name, kwargs)
        return {"injected": 42}

    def __new__(mcls, name, bases, ns, **kwargs):
        print("new", name, [k for k in ns if not k.startswith("__")])
        return super().__new__(mcls, name, bases, ns)


class Recorded(metaclass=Recorder, flag=True):
    value = injected + 1


print(Recorded.value, type(Recorded).__name__)


class Namespace:
    from sys import version_info as vi
    a = 1
    b = a + 1
    items = [n * 2 for n in range(3)]


print(Namespace.vi[0], Namespace.b, Namespace.items)


def nested_class():
    value = "closure"

    class Local:
        def get(self):
            return value

        @property
        def prop(self):
            return value.upper()

    return Local


Local = nested_class()
local = Local()
print(local.get(), local.prop, type(local).__qualname__)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1


s = Slotted()
print(s.a, hasattr(s, "b"))
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError:", e)

try:
    from sys import does_not_exist
except ImportError as e:
    print("ImportError:", e)

print("exit" in globals(), callable(exit))


class Entry:
    def __mro_entries__(self, bases):
        return (dict,)


class FromEntry(Entry()):
    pass


print(type(FromEntry.__orig_bases__[0]).__name__, FromEntry.__mro__)


class DropsNamespace(type):
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, {})


try:
    class NoCell(metaclass=DropsNamespace):
        def f(self):
            return __class__
except RuntimeError as e:
    print("RuntimeError:", str(e).split(" as ")[0])


class BadPrepare(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5


try:
    class WithBadPrepare(metaclass=BadPrepare):
        pass
except TypeError as e:
    print("TypeError:", e)


def not_a_class(name, bases, ns):
    return name, [key for key in ns]


class Plain(metaclass=not_a_class):
    x = 1


print(Plain)
