# Data and non-data descriptors: lookup precedence, __set_name__, __delete__, class access.
class Traced:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = "_" + name

    def __get__(self, instance, owner=None):
        if instance is None:
            print("class access via", owner.__name__)
            return self
        print("get", self.name)
        return getattr(instance, self.name, "unset")

    def __set__(self, instance, value):
        print("set", self.name, value)
        setattr(instance, self.name, value)

    def __delete__(self, instance):
        print("delete", self.name)
        delattr(instance, self.name)


class NonData:
    def __get__(self, instance, owner=None):
        return "non-data from descriptor"


class Model:
    size = Traced()
    label = Traced()
    hint = NonData()

    def __init__(self, size):
        self.size = size


m = Model(3)
print(m.size, m.label, Model.size.name, type(Model.__dict__["size"]).__name__)
m.__dict__["size"] = "instance dict loses to data descriptor"
print(m.size)
print(m.hint)
m.__dict__["hint"] = "instance dict wins over non-data"
print(m.hint)
del m.size
print(m.size)
try:
    del m.size
except AttributeError as error:
    print("AttributeError", error)


class ReadOnly:
    def __get__(self, instance, owner):
        return 42


class Holder:
    value = ReadOnly()


h = Holder()
h.value = "shadow"
print(h.value, Holder.value)


class GetOnlyData:
    def __get__(self, instance, owner):
        return "data get"

    def __set__(self, instance, value):
        raise AttributeError("read-only attribute")


class Holder2:
    value = GetOnlyData()


h2 = Holder2()
try:
    h2.value = 1
except AttributeError as error:
    print("AttributeError", error)
try:
    del h2.value
except AttributeError as error:
    print("AttributeError", error)


class Bound:
    def method(self):
        return "called on " + type(self).__name__


f = Bound.__dict__["method"]
bound = f.__get__(Bound(), Bound)
print(type(bound).__name__, bound(), f.__get__(None, Bound) is f, type(Bound.method).__name__)
print(bound.__self__.__class__.__name__, bound.__func__ is f, bound == Bound.method.__get__(bound.__self__))


class Typed:
    def __init__(self, kind):
        self.kind = kind

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, instance, owner):
        if instance is None:
            return self
        return instance.__dict__[self.name]

    def __set__(self, instance, value):
        if not isinstance(value, self.kind):
            raise TypeError("%s must be %s, not %s" % (self.name, self.kind.__name__, type(value).__name__))
        instance.__dict__[self.name] = value


class Record:
    name = Typed(str)
    age = Typed(int)

    def __init__(self, name, age):
        self.name = name
        self.age = age


r = Record("ann", 30)
print(r.name, r.age)
for bad in [("bob", "x"), (5, 1)]:
    try:
        Record(*bad)
    except TypeError as error:
        print("TypeError", error)


class BadSetName:
    def __set_name__(self, owner, name):
        raise ValueError("nope " + name)


try:
    class Broken:
        attr = BadSetName()
except Exception as error:
    print(type(error).__name__, error, error.__cause__, getattr(error, "__notes__", None))


class Late:
    pass


Late.added = Traced()
print(hasattr(Late.__dict__["added"], "name"))
print(type(int.__dict__["real"]).__name__, type(str.__dict__["upper"]).__name__, type(dict.__dict__["fromkeys"]).__name__)
print(int.real.__get__(7), str.upper.__get__("ab")(), type(object.__dict__["__class__"]).__name__, type(type.__dict__["__dict__"]).__name__)
