"""The _abc module against the host.

Counterpart: glass/modules/_abc.py (Modules/_abc.c).
"""
from __future__ import annotations
from oracle import same_as_host

SHOW = r'''
def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)
'''


def test_abstract_methods_and_instantiation():
    same_as_host(SHOW + r'''
import abc, _abc
print(abc._abc_init is _abc._abc_init, abc.ABCMeta.__module__)
class A(abc.ABC):
    @abc.abstractmethod
    def f(self): pass
    @abc.abstractmethod
    def g(self): pass
    def concrete(self): return 'c'
print(sorted(A.__abstractmethods__), type(A.__abstractmethods__).__name__)
show(A)
class B(A):
    def f(self): return 1
print(sorted(B.__abstractmethods__))
show(B)
class C(B):
    def g(self): return 2
print(C.__abstractmethods__, C().f(), C().g(), C().concrete())
class D(C):
    g = abc.abstractmethod(lambda self: 0)
show(D)
class Plain(metaclass=abc.ABCMeta):
    pass
print(Plain.__abstractmethods__, type(Plain()).__name__)
print(type(A._abc_impl), type(A._abc_impl).__module__)
print('_abc_impl' in A.__dict__, '_abc_impl' in B.__dict__)
# The helpers called directly.
class Fake:
    _abc_impl = 5
for name in ('_get_dump', '_reset_caches', '_reset_registry'):
    show(getattr(_abc, name), Fake)
show(_abc._abc_subclasscheck, Fake, int)
show(_abc._abc_instancecheck, Fake, 1)
show(_abc._abc_register, Fake, 1)
show(_abc._abc_init, int)
show(_abc._abc_subclasscheck, A, 1)
show(_abc._abc_init)
show(_abc._abc_init, 3)
class NotAClass:
    __bases__ = (A,)
    g = 0
ns = NotAClass()
ns.h = abc.abstractmethod(lambda: 0)
print(_abc._abc_init(ns), sorted(ns.__abstractmethods__), type(ns._abc_impl).__name__)
ns.__bases__ = [A]
show(_abc._abc_init, ns)
data_type = type(A._abc_impl)
dump = _abc._get_dump(type('Z', (), {'_abc_impl': data_type()}))
print(type(data_type(1, x=2)).__name__, dump[:3], dump[3] == _abc.get_cache_token())
show(type, 'Sub', (data_type,), {})
print([n for n in dir(_abc) if not n.startswith('__')])
print(_abc._abc_init.__doc__)
print(_abc.get_cache_token.__text_signature__, _abc._abc_register.__text_signature__)
''')


def test_register_and_caches():
    same_as_host(SHOW + r'''
import abc, _abc
class A(abc.ABC):
    pass
class B(A):
    pass
class X:
    pass
class Y(X):
    pass
token = abc.get_cache_token()
print(isinstance(X(), A), issubclass(Y, A))
reg, cache, neg, version = _abc._get_dump(A)
print(len(reg), len(cache), sorted(r().__name__ for r in neg), version == token)
print(A.register(X) is X, abc.get_cache_token() == token + 1)
print(isinstance(X(), A), issubclass(Y, A), isinstance(Y(), A))
reg, cache, neg, version = _abc._get_dump(A)
print([r().__name__ for r in reg], sorted(r().__name__ for r in cache),
      len(neg), version == abc.get_cache_token())
print(A.register(B) is B, A.register(A) is A, abc.get_cache_token() == token + 1)
show(B.register, A)
show(A.register, 3)
show(A.register, X())
show(issubclass, 3, A)
show(isinstance, 3, A)
print(issubclass(int, A), isinstance(3, A))
A.register(int)
print(issubclass(int, A), isinstance(3, A), issubclass(bool, A), isinstance(True, A))
_abc._reset_caches(A)
reg, cache, neg, version = _abc._get_dump(A)
print(len(reg), len(cache), len(neg))
_abc._reset_registry(A)
print(issubclass(X, A), issubclass(int, A))
print(type(_abc._get_dump(A)).__name__, [type(x).__name__ for x in _abc._get_dump(A)])
# __class__ differing from the type
class Liar:
    @property
    def __class__(self):
        return X
C2 = abc.ABCMeta('C2', (), {})
C2.register(X)
print(isinstance(Liar(), C2), isinstance(Liar(), X))
# Subclasses of ABCs are found through __subclasses__
class Root(abc.ABC): pass
class Leaf(Root): pass
class Virtual: pass
Leaf.register(Virtual)
print(issubclass(Virtual, Root), issubclass(Virtual, Leaf))
''')


def test_subclasshook():
    same_as_host(SHOW + r'''
import abc, _abc
class Sized(abc.ABC):
    calls = []
    @classmethod
    def __subclasshook__(cls, C):
        cls.calls.append(C.__name__)
        if cls is Sized:
            if any("size" in B.__dict__ for B in C.__mro__):
                return True
            if any("nosize" in B.__dict__ for B in C.__mro__):
                return False
        return NotImplemented
class S:
    def size(self): return 1
class N:
    nosize = 1
class Other:
    pass
print(issubclass(S, Sized), issubclass(S, Sized), isinstance(S(), Sized))
print(issubclass(N, Sized), issubclass(N, Sized), issubclass(Other, Sized))
print(Sized.calls)
reg, cache, neg, version = _abc._get_dump(Sized)
print(sorted(r().__name__ for r in cache), sorted(r().__name__ for r in neg))
Sized.register(N)     # the negative cache goes stale, but the hook says False
print(issubclass(N, Sized), Sized.calls)
class Bad(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return 1
show(issubclass, int, Bad)
class BadSubclasses(abc.ABCMeta):
    def __subclasses__(cls):
        return ()
class Q(metaclass=BadSubclasses):
    pass
show(issubclass, int, Q)
class Raises(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        raise KeyError(C.__name__)
show(issubclass, int, Raises)
show(isinstance, 1, Raises)
''')


def test_collections_abc_builtins():
    same_as_host(r'''
import collections.abc as c
checks = [([], c.Sequence), ([], c.MutableSequence), ((), c.Sequence),
          ((), c.MutableSequence), ('', c.Sequence), ({}, c.Mapping),
          ({}, c.MutableMapping), ({}.keys(), c.KeysView), ({}.keys(), c.Set),
          ({}.items(), c.ItemsView), ({}.values(), c.ValuesView), (set(), c.MutableSet),
          (frozenset(), c.Set), (frozenset(), c.MutableSet), (range(3), c.Sequence),
          (iter([]), c.Iterator), ([], c.Iterable), (3, c.Iterable), (3, c.Hashable),
          ([], c.Hashable), (len, c.Callable), ((x for x in ()), c.Generator),
          (b'', c.ByteString), (memoryview(b''), c.Sequence), (3, c.Container),
          ('', c.Container), ([], c.Reversible), ({}, c.Reversible), ([], c.Collection),
          ([], c.Sized)]
for obj, cls in checks:
    print(type(obj).__name__, cls.__name__, isinstance(obj, cls), issubclass(type(obj), cls))
class H:
    __hash__ = None
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
class Len:
    def __len__(self): return 0
print(isinstance(H(), c.Hashable), isinstance(It(), c.Iterator), isinstance(It(), c.Iterable),
      isinstance(Len(), c.Sized), isinstance(Len(), c.Collection))
class MyMap(c.Mapping):
    def __init__(self, d): self.d = d
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = MyMap({'a': 1})
print(isinstance(m, c.Mapping), isinstance(m, c.MutableMapping), dict(m.items()), 'a' in m)
print(c.Sequence.__flags__ & 96, c.Mapping.__flags__ & 96, c.MutableSequence.__flags__ & 96,
      c.Set.__flags__ & 96, '__abc_tpflags__' in vars(c.Sequence), MyMap.__flags__ & 96)
''')


def test_match_sequence_and_mapping():
    same_as_host(SHOW + r'''
import abc
import collections.abc as c
def kind(subject):
    match subject:
        case []:
            return 'empty seq'
        case [x, *rest]:
            return 'seq starting %r' % (x,)
        case {'k': v}:
            return 'map k=%r' % (v,)
        case {}:
            return 'map'
        case _:
            return 'other'
class MySeq(c.Sequence):
    def __getitem__(self, i): return [1, 2][i]
    def __len__(self): return 2
class Empty(c.Sequence):
    def __getitem__(self, i): raise IndexError
    def __len__(self): return 0
class MyMap(c.Mapping):
    def __getitem__(self, k): return {'k': 9}[k]
    def __iter__(self): return iter(['k'])
    def __len__(self): return 1
class SubSeq(MySeq): pass
class VSeq:
    def __getitem__(self, i): return [5][i]
    def __len__(self): return 1
class VSeqChild(VSeq): pass
class VMap:
    def __getitem__(self, k): return 4
    def get(self, k, default=None): return 4
    def keys(self): return ['k']
    def __len__(self): return 1
    def __iter__(self): return iter(['k'])
for obj in (MySeq(), Empty(), SubSeq(), MyMap(), VSeq(), VSeqChild(), VMap(), [], {}, 'ab'):
    print(type(obj).__name__, kind(obj))
c.Sequence.register(VSeq)
c.Mapping.register(VMap)
for obj in (VSeq(), VSeqChild(), VMap()):
    print(type(obj).__name__, kind(obj))
class LaterChild(VSeq): pass
print(kind(LaterChild()))
# A class registered as a Mapping after being a Sequence switches.
class Both:
    def __getitem__(self, k): return 1
    def get(self, k, default=None): return 1
    def __len__(self): return 1
    def __iter__(self): return iter(['k'])
    def keys(self): return ['k']
c.Sequence.register(Both)
print(kind(Both()))
c.Mapping.register(Both)
print(kind(Both()))
# A user ABC with __abc_tpflags__.
class MySeqABC(abc.ABC):
    __abc_tpflags__ = 1 << 5
class R:
    def __len__(self): return 1
    def __getitem__(self, i): return [0][i]
MySeqABC.register(R)
print(kind(R()), '__abc_tpflags__' in vars(MySeqABC), MySeqABC.__flags__ & 96)
class Strange(abc.ABC):
    __abc_tpflags__ = 'x'
print('__abc_tpflags__' in vars(Strange), Strange.__flags__ & 96)
def make(flags):
    return abc.ABCMeta('T', (), {'__abc_tpflags__': flags})
show(make, (1 << 5) | (1 << 6))
show(make, 1 << 70)
show(make, True)
print(make(True).__flags__ & 96, make(-1 & ~64).__flags__ & 96)
# Registering a builtin type does not change its flags.
c.Sequence.register(bytearray)
print(kind(bytearray(b'a')), kind(b'a'), kind('a'))
''')


def test_dump_registry():
    same_as_host(r'''
import abc, io
class A(abc.ABC):
    pass
C = abc.update_abstractmethods(type('C', (), {}))
print(C.__name__, hasattr(C, '__abstractmethods__'))
out = io.StringIO()
A.register(int)
print(issubclass(bool, A), issubclass(str, A))
A._dump_registry(out)
print([line.split(':')[0] for line in out.getvalue().splitlines()])
''')


def test_update_abstractmethods():
    same_as_host(SHOW + r'''
import abc
class A(abc.ABC):
    @abc.abstractmethod
    def f(self): pass
class B(A):
    pass
show(B)
B.f = lambda self: 'now concrete'
print(abc.update_abstractmethods(B) is B, B.__abstractmethods__, B().f())
B.g = abc.abstractmethod(lambda self: 0)
A.g = B.g
print(sorted(abc.update_abstractmethods(A).__abstractmethods__))
show(A)
del A.__abstractmethods__
print(type(A()).__name__)
show(getattr, type, '__abstractmethods__')
''')


def test_abstract_descriptors():
    same_as_host(SHOW + r'''
import abc
class A(abc.ABC):
    @property
    @abc.abstractmethod
    def p(self): pass
    @staticmethod
    @abc.abstractmethod
    def s(): pass
    @classmethod
    @abc.abstractmethod
    def k(cls): pass
print(sorted(A.__abstractmethods__))
show(A)
class B(A):
    p = 1
    s = k = None
print(B.__abstractmethods__, type(B()).__name__)
''')


def test_weak_caches_forget_dead_classes():
    same_as_host(r'''
import abc, gc, _abc
class A(abc.ABC): pass
class X: pass
A.register(X)
print(issubclass(X, A))
del X
gc.collect()
reg, cache, neg, version = _abc._get_dump(A)
print(len(reg), len(cache), len(neg))
''')


def test_stdlib_users():
    same_as_host(r'''
import functools, typing, io, numbers, collections, os
@functools.singledispatch
def f(x): return 'base'
@f.register
def _(x: collections.abc.Sequence): return 'seq'
@f.register
def _(x: numbers.Integral): return 'int'
print(f([1]), f(3), f(3.0), f('s'))
print(isinstance(io.BytesIO(), io.IOBase), isinstance(io.StringIO(), io.TextIOBase),
      isinstance(3, numbers.Number), isinstance(3.5, numbers.Integral),
      issubclass(bool, numbers.Integral), isinstance(1j, numbers.Real))
@typing.runtime_checkable
class Q(typing.Protocol):
    def meth(self): ...
class Impl:
    def meth(self): return 1
print(isinstance(Impl(), Q), isinstance(3, Q))
print(isinstance(os.environ, collections.abc.MutableMapping))
match os.environ:
    case {'PATH': _}: print('has PATH')
    case _: print('no')
print(issubclass(collections.OrderedDict, collections.abc.MutableMapping))
print(isinstance(collections.deque(), collections.abc.MutableSequence))
match collections.deque([1, 2]):
    case [a, b]: print('deque', a, b)
match collections.UserList([3]):
    case [a]: print('UserList', a)
match collections.UserDict(k=1):
    case {'k': v}: print('UserDict', v)
''')
