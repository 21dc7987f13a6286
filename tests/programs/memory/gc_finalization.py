# The cycle collector's order: finalizers in a ring, cycles through exceptions, tracebacks, frames and generators, WeakValueDictionary, weakref.finalize, a __del__ that collects, classes, metaclasses, __slots__, builtin-type subclasses.
import gc, sys, weakref
gc.collect()
class F:
    def __init__(self, name): self.name = name
    def __del__(self): print("del", self.name)
# order of finalization across a bigger cycle
objs = [F("n%d" % i) for i in range(6)]
for i, o in enumerate(objs):
    o.next = objs[(i + 2) % 6]
    o.data = {"k": [o]}
del objs, o
print("ring", gc.collect())
# exception <-> frame cycle
def fail():
    try:
        1 / 0
    except ZeroDivisionError as e:
        return e
def keep():
    e = fail()
    holder = F("holder")
    holder.exc = e
    e.holder = holder
keep()
print("exception cycle", gc.collect())
def frame_cycle():
    me = F("frame-local")
    me.frame = sys._getframe()
frame_cycle()
print("frame cycle", gc.collect())
# generator in a cycle with a finally
def gen(owner):
    try:
        yield 1
        yield 2
    finally:
        print("generator finally", owner.name)
o = F("gen-owner"); o.g = gen(o); next(o.g)
del o
print("generator cycle", gc.collect())
# weakref callback order and WeakValueDictionary
class K: pass
wd = weakref.WeakValueDictionary()
for i in range(3):
    k = K(); k.me = k; wd[i] = k
del k
print(len(wd), gc.collect(), len(wd))
# finalize
import weakref as w2
class Res: pass
r = Res(); r.me = r
fin = w2.finalize(r, print, "finalizer ran")
del r
print("finalize", gc.collect(), fin.alive)
# __del__ that creates a new cycle and calls gc.collect
class Evil:
    def __del__(self):
        n = F("new-in-del"); n.me = n
        print("inner collect", gc.collect())
e = Evil(); e.me = e; del e
print("evil", gc.collect())
print("again", gc.collect())
# nested classes
def make_class():
    class Local:
        def method(self): return self
    return Local()
make_class()
print("local class", gc.collect())
class Meta(type): pass
class WithMeta(metaclass=Meta): pass
del WithMeta
print("metaclass", gc.collect())
class Slots:
    __slots__ = ("a", "b")
s = Slots(); s.a = s; s.b = [s]; del s
print("slots", gc.collect())
class LSub(list): pass
ls = LSub(); ls.append(ls); ls.x = ls; del ls
print("list subclass", gc.collect())
class DSub(dict): pass
ds = DSub(); ds["me"] = ds; del ds
print("dict subclass", gc.collect())
class ESub(Exception): pass
ex = ESub(); ex.me = ex; del ex
print("exception subclass", gc.collect())
print("end")
