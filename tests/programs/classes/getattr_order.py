# __getattribute__ vs __getattr__ order, AttributeError fallbacks, __setattr__/__delattr__ hooks.
class Logged:
    cls_attr = "class level"

    def __init__(self):
        object.__setattr__(self, "real", "real value")

    def __getattribute__(self, name):
        print("getattribute", name)
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        print("getattr fallback", name)
        if name.startswith("dyn_"):
            return name[4:].upper()
        raise AttributeError("%s has no %r" % (type(self).__name__, name))


obj = Logged()
print(obj.real)
print(obj.cls_attr)
print(obj.dyn_value)
try:
    obj.missing
except AttributeError as error:
    print("AttributeError", error)
print(getattr(obj, "other", "default"), hasattr(obj, "dyn_x"))


class Hooks:
    def __setattr__(self, name, value):
        print("setattr", name, value)
        if name == "forbidden":
            raise AttributeError("cannot set " + name)
        super().__setattr__(name, value * 2 if isinstance(value, int) else value)

    def __delattr__(self, name):
        print("delattr", name)
        super().__delattr__(name)


h = Hooks()
h.x = 21
print(h.x, h.__dict__)
try:
    h.forbidden = 1
except AttributeError as error:
    print("AttributeError", error)
del h.x
try:
    del h.x
except AttributeError as error:
    print("AttributeError", error)


class PropertyRaises:
    @property
    def value(self):
        raise AttributeError("inner problem")

    def __getattr__(self, name):
        return "fallback for " + name


print(PropertyRaises().value)


class GetattributeRaises:
    def __getattribute__(self, name):
        if name == "boom":
            raise KeyError(name)
        raise AttributeError(name)

    def __getattr__(self, name):
        return "rescued " + name


g = GetattributeRaises()
print(g.anything)
try:
    g.boom
except KeyError as error:
    print("KeyError", error)


class Plain:
    pass


plain = Plain()
for action in [lambda: plain.nothing, lambda: Plain.nothing, lambda: (1).nothing, lambda: "s".nothing, lambda: [].nothing,
               lambda: None.nothing, lambda: type.nothing, lambda: plain.__nothing__, lambda: object().x]:
    try:
        action()
    except AttributeError as error:
        print("AttributeError", error, repr(error.name), type(error.obj).__name__)


class Recursive:
    def __getattr__(self, name):
        return self.other_missing_thing


try:
    Recursive().start
except RecursionError as error:
    print("RecursionError", str(error)[:32])


class Special:
    def __getattr__(self, name):
        print("asked for", name)
        raise AttributeError(name)


try:
    len(Special())
except TypeError as error:
    print("TypeError", error)
try:
    Special() + 1
except TypeError as error:
    print("TypeError", error)
s = Special()
s.__len__ = lambda: 5
try:
    print(len(s))
except TypeError as error:
    print("TypeError: implicit lookup skips the instance:", error)
print(s.__len__())


class ClassGetattr:
    def __class_getitem__(cls, item):
        return "generic of " + repr(item)


print(ClassGetattr[int], ClassGetattr[1, 2], list[int], dict[str, list[int]], type(list[int]).__name__)
