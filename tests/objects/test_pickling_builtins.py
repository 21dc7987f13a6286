"""Pickling builtin objects against the host: object_getstate_default's
layout test, and the __reduce__ of methods, method-wrappers, Ellipsis and
NotImplemented.

Counterpart: glass/objects/objectreduce.py (Objects/typeobject.c),
descr.py and funcobject.py (meth_reduce, wrapper_reduce), none.py.
"""
from __future__ import annotations

from oracle import same_as_host


def test_what_pickles_and_what_cannot():
    same_as_host(r"""
import pickle, types, copy
class S:
    __slots__ = ('a', 'b')
class D: pass
class L(list): pass
class W(int): pass
class P(property): pass
for o in (staticmethod(len), classmethod(len), property(), types.SimpleNamespace(a=1), iter([]), (x for x in []), memoryview(b''),
          S(), D(), L([1]), W(5), ..., NotImplemented, P(), object(), slice(1, 2), range(3), {1: 2}.keys(), bytearray(b'x')):
    for proto in (0, 2):
        try: print(proto, type(o).__name__, len(pickle.dumps(o, proto)) > 0)
        except Exception as e: print(proto, type(o).__name__, type(e).__name__, e)
s = S(); s.a = 1; print(copy.copy(s).a)
""")


def test_reduce_of_methods_and_singletons():
    same_as_host(r"""
import pickle
class A:
    def __repr__(self): return '<A>'
    def f(self): return 'f'
    @classmethod
    def c(cls): return cls.__name__
a = A()
for o in (a.f, A.c, a.__eq__, [].append, len, A.f, ..., NotImplemented):
    try: print(type(o).__name__, o.__reduce__())
    except Exception as e: print(type(o).__name__, type(e).__name__, e)
print([type(o).__reduce__.__doc__ for o in (a.f, a.__eq__, [].append, ..., NotImplemented)])
print([type(o).__reduce__.__text_signature__ for o in (a.f, a.__eq__, ..., NotImplemented)])
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    print(pickle.loads(pickle.dumps(a.f, proto))(), pickle.loads(pickle.dumps(A.c, proto))(),
          pickle.loads(pickle.dumps([1, 2].__len__, proto))(), pickle.loads(pickle.dumps(..., proto)),
          pickle.loads(pickle.dumps(NotImplemented, proto)))
""")
