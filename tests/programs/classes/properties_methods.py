# property (getter/setter/deleter, doc), classmethod, staticmethod, bound-method behaviour.
class Temperature:
    def __init__(self):
        self._celsius = 0

    @property
    def celsius(self):
        "Degrees Celsius."
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._celsius = value

    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._celsius = None

    fahrenheit = property(lambda self: self._celsius * 9 / 5 + 32, doc="Degrees F")


t = Temperature()
t.celsius = 100
print(t.celsius, t.fahrenheit, Temperature.celsius.__doc__, Temperature.fahrenheit.__doc__)
del t.celsius
print(t.celsius)
for action in [lambda: setattr(t, "celsius", -300), lambda: setattr(t, "fahrenheit", 1), lambda: delattr(t, "fahrenheit")]:
    try:
        action()
    except (ValueError, AttributeError) as error:
        print(type(error).__name__, error)
p = Temperature.__dict__["celsius"]
print(type(p).__name__, p.fget.__name__, p.fset.__name__, p.fdel.__name__, property().fget, property(None, None, None, "d").__doc__)
try:
    property().__get__(t)
except AttributeError as error:
    print("AttributeError", error)


class Counter:
    created = 0

    def __init__(self):
        Counter.created += 1

    @classmethod
    def make_many(cls, n):
        return [cls() for _ in range(n)]

    @staticmethod
    def describe(x):
        return "static %r" % (x,)

    @classmethod
    @property
    def count_prop(cls):
        return cls.created


Counter.make_many(3)
print(Counter.created, Counter.describe(1), Counter().describe(2), Counter.created, Counter.count_prop)
cm = Counter.__dict__["make_many"]
sm = Counter.__dict__["describe"]
print(type(cm).__name__, type(sm).__name__, cm.__func__.__name__, sm.__func__.__name__, callable(sm), sm(3))
print(type(Counter.make_many).__name__, Counter.make_many.__self__ is Counter, type(Counter.describe).__name__)


class Sub(Counter):
    pass


print(len(Sub.make_many(2)), type(Sub.make_many(1)[0]).__name__)


class Methods:
    def normal(self, x):
        return ("normal", type(self).__name__, x)


m = Methods()
bound = m.normal
print(bound(1), Methods.normal(m, 2), bound.__name__, bound.__qualname__, bound.__self__ is m, bound == m.normal, bound is m.normal)
try:
    Methods.normal(3)
except TypeError as error:
    print("TypeError", error)
try:
    m.normal()
except TypeError as error:
    print("TypeError", error)
try:
    m.normal(1, 2)
except TypeError as error:
    print("TypeError", error)
m.normal = lambda x: ("instance attr", x)
print(m.normal(5))
del m.normal
print(m.normal(6))


class Cached:
    def __init__(self):
        self.calls = 0

    @property
    def expensive(self):
        self.calls += 1
        return self.calls


c = Cached()
print(c.expensive, c.expensive, c.calls)


class Prop2:
    x = property()
    y = property(lambda s: 1)


for action in [lambda: Prop2().x, lambda: setattr(Prop2(), "x", 1), lambda: delattr(Prop2(), "y"), lambda: setattr(Prop2(), "y", 2)]:
    try:
        action()
    except AttributeError as error:
        print("AttributeError", error)


class Getter:
    @property
    def value(self):
        return "v"


Getter.value = Getter.value.getter(lambda self: "replaced")
print(Getter().value, staticmethod(len)("abc"), classmethod(lambda cls: cls.__name__).__get__(None, Getter)())

# property.__set_name__ counts its arguments itself (METH_VARARGS).
bare = property()
for args, keywords in [((), {}), ((1, 2, 3), {}), ((1,), {}), ((1, 2), {'x': 1})]:
    try:
        bare.__set_name__(*args, **keywords)
    except TypeError as error:
        print(error)
bare.__set_name__(object, "named")
print(bare.__set_name__.__text_signature__)
