# Class vs instance attributes, shadowing, mutation through instances, __dict__ contents, __name__/__qualname__/__module__, dir().
class Config:
    defaults = {"level": 1}
    count = 0
    name = "base"

    def __init__(self, name=None):
        Config.count += 1
        if name:
            self.name = name

    class Nested:
        class Deeper:
            pass

    def method(self):
        def local():
            pass
        return local


a, b = Config(), Config("custom")
print(a.name, b.name, Config.name, a.count, b.count, Config.count)
a.defaults["level"] = 5
print(b.defaults, Config.defaults)
a.count = 100
print(a.count, b.count, Config.count, "count" in vars(a), "count" in vars(b))
del a.count
print(a.count)
try:
    del a.count
except AttributeError as error:
    print("AttributeError", error)
print(Config.Nested.__name__, Config.Nested.__qualname__, Config.Nested.Deeper.__qualname__, Config.method.__qualname__, a.method().__qualname__)
print(Config.__module__, Config.__name__, type(Config.__dict__).__name__, sorted(k for k in Config.__dict__ if not k.startswith("__")))
print(Config.__doc__, Config.__bases__, Config.__base__.__name__, type(a).__name__, a.__class__ is Config, Config.__class__.__name__)
Config.added_later = "late"
print(a.added_later, hasattr(b, "added_later"), [k for k in dir(a) if not k.startswith("_")])
for action in [lambda: setattr(Config, "__name__", 5), lambda: setattr(Config, "__qualname__", 5), lambda: Config.__dict__.__setitem__("x", 1), lambda: setattr(int, "new_attr", 1), lambda: delattr(Config, "__name__"), lambda: delattr(Config, "__qualname__"), lambda: setattr(Config, "__doc__", "new doc")]:
    try:
        action()
        print("ok")
    except (TypeError, AttributeError) as error:
        print(type(error).__name__, error)
Config.__name__ = "Renamed"
Config.__qualname__ = "Outer.Renamed"
print(Config.__name__, Config.__qualname__, repr(Config)[:30], Config.__doc__)


class Counter:
    instances = []

    def __init__(self):
        self.instances.append(self)
        self.id = len(self.instances)


c1, c2, c3 = Counter(), Counter(), Counter()
print([c.id for c in Counter.instances], c1.instances is Counter.instances)
c1.instances = []
print(len(c1.instances), len(Counter.instances), len(c2.instances))


class Base:
    shared = "base"

    @classmethod
    def set_shared(cls, value):
        cls.shared = value


class Child(Base):
    pass


Child.set_shared("child")
print(Base.shared, Child.shared, "shared" in Child.__dict__)
Base.set_shared("base2")
print(Base.shared, Child.shared)
del Child.shared
print(Child.shared)
print(type.__dict__["__name__"].__get__(int), int.__name__, int.__qualname__, int.__module__, str.__doc__[:20], object.__doc__)
