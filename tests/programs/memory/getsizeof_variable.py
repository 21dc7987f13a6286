# sys.getsizeof of variable-sized objects (struct sequences, tuple subclasses, generators and frames by their code, memoryviews by their dimensions), the layouts of weakref, SimpleNamespace and io types, and getsizeof's error handling.
import _io, collections, itertools, sys, types, weakref

class T(tuple): pass
class TS(tuple):
    __slots__ = ()
print("structseq", sys.getsizeof(sys.flags), sys.getsizeof(sys.float_info),
      sys.getsizeof(sys.version_info), sys.getsizeof(sys.hash_info))
print("tuple subclass", [sys.getsizeof(T(range(n))) for n in (0, 1, 5)],
      [sys.getsizeof(TS(range(n))) for n in (0, 3)], T.__basicsize__, T.__itemsize__)

def g0():
    yield
def g3(a, b):
    c = a + b
    yield c
    yield [a, b, c, (a, (b, (c,)))]
async def co(x):
    return x
async def ag(x):
    yield x
gens = [g0(), g3(1, 2), co(1), ag(1), (i for i in range(3))]
print("generators", [sys.getsizeof(x) for x in gens])
next(gens[1])
print("started", sys.getsizeof(gens[1]))
list(gens[1])
print("finished", sys.getsizeof(gens[1]))
gens[2].close()

def frame_sizes(a, b=2, *args, **kw):
    x = y = z = 0
    def inner():
        return a, x
    return sys.getsizeof(sys._getframe()), inner
print("frames", frame_sizes(1)[0], sys.getsizeof(sys._getframe()))

m = memoryview(bytes(range(24)))
print("memoryview", sys.getsizeof(m), sys.getsizeof(m.cast("B", (4, 6))),
      sys.getsizeof(m.cast("B", (2, 3, 4))), sys.getsizeof(m[::2]))

for t in (weakref.ref, weakref.ProxyType, weakref.CallableProxyType, types.SimpleNamespace,
          types.GenericAlias, types.UnionType, collections.deque, itertools._tee,
          _io._IOBase, _io.FileIO, _io.BytesIO, _io.StringIO, _io.TextIOWrapper,
          _io.BufferedReader, _io.BufferedRWPair, KeyError):
    print(t.__name__, t.__basicsize__, t.__dictoffset__, t.__weakrefoffset__)

class C: pass
def f(): pass
print("weakrefs", sys.getsizeof(weakref.ref(C)), sys.getsizeof(weakref.proxy(C())),
      sys.getsizeof(weakref.proxy(f)), sys.getsizeof(weakref.ref(C, print)))
class R(weakref.ref): pass
class RS(weakref.ref):
    __slots__ = ("tag",)
print("ref subclasses", R.__basicsize__, R.__weakrefoffset__, sys.getsizeof(R(C)),
      RS.__basicsize__, sys.getsizeof(RS(C)))
print("namespace", sys.getsizeof(types.SimpleNamespace()),
      sys.getsizeof(types.SimpleNamespace(a=1, b=2)), sys.getsizeof(list[int]),
      sys.getsizeof(int | str), sys.getsizeof(KeyError()))

# __sizeof__ that misbehaves
class Bad:
    def __sizeof__(self):
        raise ValueError("no size")
class ReturnsNone:
    def __sizeof__(self):
        return None
class ReturnsFloat:
    def __sizeof__(self):
        return 4.5
class Negative:
    def __sizeof__(self):
        return -1
class Huge(int):
    def __sizeof__(self):
        return int(self)
sentinel = ["sentinel"]
for make in (Bad, ReturnsNone, ReturnsFloat, Negative, lambda: Huge(sys.maxsize),
             lambda: Huge(sys.maxsize + 1), lambda: Huge(-1)):
    for args in ((), (sentinel,)):
        try:
            print(sys.getsizeof(make(), *args))
        except Exception as e:
            print(type(e).__name__, e)
