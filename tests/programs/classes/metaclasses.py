# Metaclasses: __new__/__init__/__call__/__prepare__, class keywords, conflicts, mro.
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        print("prepare", name, [b.__name__ for b in bases], sorted(kwargs))
        return {"prepared": True}

    def __new__(mcls, name, bases, namespace, **kwargs):
        print("meta new", name, sorted(k for k in namespace if not k.startswith("__")))
        cls = super().__new__(mcls, name, bases, namespace)
        cls.options = kwargs
        return cls

    def __init__(cls, name, bases, namespace, **kwargs):
        print("meta init", name)
        super().__init__(name, bases, namespace)

    def __call__(cls, *args, **kwargs):
        print("meta call", cls.__name__, args)
        instance = super().__call__(*args, **kwargs)
        print("instance made")
        return instance

    def __repr__(cls):
        return "<class %s via Meta>" % cls.__name__

    def describe(cls):
        return "described " + cls.__name__


class Base(metaclass=Meta, flavour="vanilla"):
    x = 1

    def __init__(self, value):
        print("Base init", value)
        self.value = value


class Child(Base, flavour="chocolate", size=3):
    y = 2


print(Base, Child, Base.options, Child.options, Child.prepared, type(Child).__name__, Child.describe())
c = Child(10)
print(c.value, type(c).__name__, [k.__name__ for k in Child.__mro__])
try:
    c.describe()
except AttributeError as error:
    print("AttributeError", error)


class Registry(type):
    classes = []

    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        if bases:
            Registry.classes.append(name)


class Plugin(metaclass=Registry):
    pass


class First(Plugin):
    pass


class Second(First):
    pass


print(Registry.classes)


class OtherMeta(type):
    pass


try:
    class Mixed(Base, metaclass=OtherMeta):
        pass
except TypeError as error:
    print("TypeError", error)


class DerivedMeta(Meta, OtherMeta):
    pass


class Fine(Base, metaclass=DerivedMeta):
    pass


print(type(Fine).__name__, Fine.options)
Dynamic = type("Dynamic", (object,), {"answer": 42, "__repr__": lambda self: "Dynamic!"})
print(Dynamic.answer, Dynamic(), Dynamic.__name__, Dynamic.__qualname__, Dynamic.__module__, Dynamic.__bases__)
for args in [("X",), ("X", (), {}, 1), (1, (), {}), ("X", 1, {}), ("X", (), []), ("X", (1,), {}), ("X", (bool,), {})]:
    try:
        result = type(*args)
        print("type", args, "->", result.__name__ if isinstance(result, type) else result)
    except TypeError as error:
        print("TypeError", error)


class Singleton(type):
    instances = {}

    def __call__(cls, *args):
        if cls not in Singleton.instances:
            Singleton.instances[cls] = super().__call__(*args)
        return Singleton.instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, name):
        print("Config init", name)
        self.name = name


a = Config("first")
b = Config("second")
print(a is b, a.name)


class Diamond:
    pass


class L(Diamond):
    pass


class R(Diamond):
    pass


class Bottom(L, R):
    pass


print([k.__name__ for k in Bottom.__mro__], [k.__name__ for k in Bottom.mro()])
try:
    class Impossible(L, Bottom):
        pass
except TypeError as error:
    print("TypeError", error)
try:
    class Duplicate(L, L):
        pass
except TypeError as error:
    print("TypeError", error)


class NamespaceMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5


try:
    class BadNamespace(metaclass=NamespaceMeta):
        pass
except TypeError as error:
    print("TypeError", error)


def function_meta(name, bases, ns):
    print("function as metaclass", name, sorted(k for k in ns if not k.startswith("__")))
    return 99


class NotAClass(metaclass=function_meta):
    a = 1


print(NotAClass)
