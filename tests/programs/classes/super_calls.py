# super() in methods, classmethods, cooperative multiple inheritance, and super errors.
class Base:
    def greet(self):
        return "Base"

    @classmethod
    def make(cls):
        return "make " + cls.__name__

    def __repr__(self):
        return "<%s>" % type(self).__name__


class Left(Base):
    def greet(self):
        return "Left>" + super().greet()

    @classmethod
    def make(cls):
        return "Left " + super().make()


class Right(Base):
    def greet(self):
        return "Right>" + super().greet()


class Both(Left, Right):
    def greet(self):
        return "Both>" + super().greet()


print(Both().greet(), Both.make(), Left.make(), super(Left, Both()).greet(), super(Right, Both()).greet())
print(super(Both, Both).make(), super(Left, Both).greet(Both()), type(super(Both, Both())).__name__)
s = super(Left, Both())
print(s.__thisclass__.__name__, type(s.__self__).__name__, s.__self_class__.__name__, repr(s)[:20])


class Cooperative:
    def __init__(self, **kwargs):
        print("Cooperative end", kwargs)
        super().__init__(**kwargs)


class A(Cooperative):
    def __init__(self, a=None, **kwargs):
        print("A", a)
        super().__init__(**kwargs)


class B(Cooperative):
    def __init__(self, b=None, **kwargs):
        print("B", b)
        super().__init__(**kwargs)


class C(A, B):
    def __init__(self, **kwargs):
        print("C")
        super().__init__(**kwargs)


C(a=1, b=2)
try:
    C(a=1, b=2, c=3)
except TypeError as error:
    print("TypeError", error)


def outside():
    return super().greet()


try:
    outside()
except RuntimeError as error:
    print("RuntimeError", error)


class NoArgs:
    @staticmethod
    def static():
        return super().x


try:
    NoArgs.static()
except RuntimeError as error:
    print("RuntimeError", error)
for action in [lambda: super(Base, 1), lambda: super(1, Base()), lambda: super(Both, Base()), lambda: super(Base, Base()).missing,
               lambda: super(Base, Base()).greet(), lambda: super()]:
    try:
        print(action())
    except (TypeError, AttributeError, RuntimeError) as error:
        print(type(error).__name__, error)


class Prop(Base):
    @property
    def value(self):
        return 10


class PropChild(Prop):
    @property
    def value(self):
        return super().value + 5


print(PropChild().value)


class Dunders:
    def __init__(self, items):
        self.items = items

    def __len__(self):
        return len(self.items)

    def __getitem__(self, index):
        return self.items[index]


class Doubled(Dunders):
    def __getitem__(self, index):
        return super().__getitem__(index) * 2

    def __len__(self):
        return super().__len__() + 100


d = Doubled([1, 2, 3])
print(len(d), d[1], list(d)[:3] if False else [d[i] for i in range(3)])


class ListChild(list):
    def append(self, value):
        print("appending", value)
        super().append(value * 10)


lc = ListChild([1])
lc.append(2)
print(lc, type(lc).__name__, super(ListChild, lc).__len__())


class Cell:
    def method(self):
        __class__
        return __class__.__name__


print(Cell().method())


class Changing:
    def method(self):
        self = None
        return super().method()


try:
    Changing().method()
except Exception as error:
    print(type(error).__name__, error)
