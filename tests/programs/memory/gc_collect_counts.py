# The cycle collector: gc.collect() counts for cycles of every kind of object, tracking, finalizers and resurrection, weakref callbacks, debug flags, callbacks, referents, freeze.
import gc, sys, weakref, io, re, contextlib
gc.collect()
# 1. collect() counts
class A: pass
def cycle_of(n):
    objs = [A() for i in range(n)]
    for i in range(n):
        objs[i].next = objs[(i + 1) % n]
for n in (1, 2, 5):
    cycle_of(n)
    print("instances", n, gc.collect())
l = []; l.append(l); del l
print("list", gc.collect())
d = {}; d['d'] = d; del d
print("dict", gc.collect())
class B: pass
B.me = B
del B
print("class", gc.collect())
def f(): pass
f.me = f
del f
print("function", gc.collect())
def outer():
    def inner(): return inner
    return inner
outer()
print("closure", gc.collect())
# 2. tracking
print([gc.is_tracked(x) for x in (1, "a", (), (1, 2), [], {}, {1: 2}, {1: []}, A(), A, int, f if False else len, set(), frozenset(), lambda: 0)])
t = (1, 2); print(gc.is_tracked(t)); gc.collect(); print(gc.is_tracked(t))
t2 = ([],); gc.collect(); print(gc.is_tracked(t2))
d2 = {"a": 1}; d2["b"] = []; print(gc.is_tracked(d2))
a = A(); a.x = 1; print(gc.is_tracked(a), gc.is_tracked(a.__dict__))
a2 = A(); a2.x = []; print(gc.is_tracked(a2.__dict__))
# 3. finalizers and order
class F:
    def __init__(self, name): self.name = name
    def __del__(self): print("del", self.name)
x = F("x"); y = F("y"); x.other = y; y.other = x
del x, y
print("finalize", gc.collect())
# resurrection
saved = []
class R:
    def __del__(self):
        print("resurrect"); saved.append(self)
r = R(); r.me = r; del r
print("resurrected", gc.collect(), len(saved), gc.is_finalized(saved[0]))
saved.clear()
print("after clear", gc.collect())
# 4. weakref callbacks during gc
class W: pass
w = W(); w.me = w
def cb(ref): print("callback", ref() is None)
ref = weakref.ref(w, cb)
del w
print("weak", gc.collect(), ref())
# weakref that is garbage itself: no callback
w = W(); w.me = w; w.ref = weakref.ref(w, cb)
del w
print("weak garbage", gc.collect())
# 5. stats and counts
gc.collect()
print(gc.get_count())
print([sorted(s) for s in gc.get_stats()], gc.get_stats()[2]["collections"] > 0)
# 6. debug saveall
gc.set_debug(gc.DEBUG_SAVEALL)
l = []; l.append(l); del l
print(gc.collect(), len(gc.garbage), type(gc.garbage[0]))
gc.set_debug(0); gc.garbage.clear()
# 7. debug stats to a buffer
buf = io.StringIO()
with contextlib.redirect_stderr(buf):
    gc.set_debug(gc.DEBUG_STATS | gc.DEBUG_COLLECTABLE)
    l = []; l.append(l); del l
    gc.collect()
    gc.set_debug(0)
text = re.sub(r"\d+\.\d+s elapsed", "Ts elapsed", buf.getvalue())
text = re.sub(r"0x[0-9a-f]+", "ADDR", text)
text = re.sub(r"generation: .*", "generation: N", text)
text = re.sub(r"each generation: .*", "each generation: N", text)
print(text)
# 8. callbacks
def gccb(phase, info): print(phase, sorted(info.items()))
gc.callbacks.append(gccb)
l = []; l.append(l); del l
gc.collect(1)
gc.callbacks.remove(gccb)
# 9. referents/referrers
class C: pass
c = C(); c.attr = [1, 2]
print(len(gc.get_referents(c)), [type(x).__name__ for x in gc.get_referents([1, "a", c])])
lst = [c]
print(any(r is lst for r in gc.get_referrers(c)))
# 10. freeze
gc.freeze(); print(gc.get_freeze_count() > 0); gc.unfreeze(); print(gc.get_freeze_count())
print(gc.get_threshold()); gc.set_threshold(100, 5); print(gc.get_threshold())
