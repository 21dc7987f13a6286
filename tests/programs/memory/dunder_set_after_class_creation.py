# A dunder set on a class after it was made (copyreg._slotnames sets
# __slotnames__ when an instance is pickled) updates the class's slots, but
# tp_traverse and tp_clear stay subtype_traverse and subtype_clear: the
# instance __dict__ of a dict subclass is still shown to the collector.
import gc, weakref


class D(dict):
    pass


def collected(cls):
    class A:
        d = cls()
    A.d.x = [A]
    r = weakref.ref(A)
    del A
    found = gc.collect()
    return found > 0, r() is None


print(collected(D))
D.__slotnames__ = []
print(collected(D))
D.__foo__ = 1
print(collected(D))
D().__getstate__()
print(collected(D))
