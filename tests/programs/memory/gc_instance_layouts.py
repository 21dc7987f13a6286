# Which instances keep their attributes inline (no dict of their own for the collector to count), by solid base.
import gc
gc.collect()
for base in (object, int, str, list, dict, tuple, set, Exception, float, bytes, type(None).__base__):
    try:
        C = type("C", (base,), {})
        x = C(); x.me = x; del x
        print(base.__name__, gc.collect() - 0)
    except Exception as e:
        print(base.__name__, "err", e)
    del C; gc.collect()
class P: pass
class Q(P): pass
q = Q(); q.me = q; del q; print("Q(P)", gc.collect())
class S:
    __slots__ = ("__dict__", "a")
s = S(); s.me = s; del s; print("slots dict", gc.collect())
import weakref
