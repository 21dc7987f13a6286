"""_ctypes against the host: simple types, structures, unions, bit fields,
arrays, pointers, keep-alive, foreign calls into libc and _ctypes_test,
callbacks, errors.

Counterpart: glass/modules/_ctypes*.py (Modules/_ctypes/).
"""
from __future__ import annotations

from oracle import same_as_host


def test_simple_types():
    same_as_host(r"""
from ctypes import *
from ctypes import _SimpleCData
import sys
def t(f, *a):
    try: print('ok', f(*a))
    except Exception as e: print(type(e).__name__, e)
for T in (c_byte, c_ubyte, c_short, c_ushort, c_int, c_uint, c_long, c_ulong,
          c_longlong, c_ulonglong, c_float, c_double, c_longdouble, c_bool, c_char,
          c_wchar, c_char_p, c_wchar_p, c_void_p, c_size_t, c_ssize_t, py_object):
    print(T.__name__, sizeof(T), alignment(T), T._type_, type(T).__name__, T.__mro__[1].__name__)
print(c_int(5), c_int(2**40 + 3).value, c_ubyte(-1).value, c_byte(200).value, c_double(1.5),
      c_float(1.1).value, c_bool(3).value, c_char(b'x'), c_char(65).value, c_wchar('z'))
print(c_char_p(b'abc').value, c_wchar_p('xyz').value, c_void_p(3).value, c_void_p().value,
      c_void_p(-1).value, bool(c_int(0)), bool(c_double(0.5)))
t(c_int, 1.5); t(c_int, 'a'); t(c_double, 'a'); t(c_char, 'a'); t(c_char, 300)
t(c_wchar, b'a'); t(c_wchar, 'ab'); t(c_char_p, 'a'); t(c_wchar_p, b'a'); t(c_void_p, 'a')
x = c_int(3); x.value = 9; print(x.value, x._objects, x._b_base_, x._b_needsfree_)
t(delattr, x, 'value')
class I(c_int): pass
i = I(4); print(type(i).__name__, i.value, repr(i)[:3], i.__ctypes_from_outparam__() is i,
                 c_int(4).__ctypes_from_outparam__())
print(c_int.__ctype_be__.__name__, c_int.__ctype_be__(1).value, bytes(c_int.__ctype_be__(1)),
      c_int.__ctype_le__ is c_int, c_double.__ctype_be__(2.0).value)
print(c_int.from_param(3), c_double.from_param(2), c_char.from_param(b'a'),
      c_char_p.from_param(None), c_void_p.from_param(3), c_int.from_param(I(5)).value)
t(c_int.from_param, 'x'); t(c_char_p.from_param, 3); t(c_void_p.from_param, 1.5)
for code in ('v', 'X', 's', 'ii', 1):
    try:
        class S(_SimpleCData): _type_ = code
        print(code, sizeof(S))
    except Exception as e: print(type(e).__name__, e)
try:
    class S(_SimpleCData): pass
except Exception as e: print(type(e).__name__, e)
t(sizeof, 3); t(alignment, 3); t(sizeof, Structure)
for obj in (c_int(7), c_double(), c_int.__ctype_be__(), (c_short * 3)(), c_char(b'a')):
    m = memoryview(obj); print(m.format, m.itemsize, m.shape, m.nbytes, bytes(m))
print(c_int(5).__reduce__()[1][1], bytes(c_int(258)))
""")


def test_structures_and_unions():
    same_as_host(r"""
from ctypes import *
def t(f, *a):
    try: print('ok', f(*a))
    except Exception as e: print(type(e).__name__, e)
class POINT(Structure):
    _fields_ = [("x", c_int), ("y", c_int)]
class RECT(Structure):
    _fields_ = [("a", POINT), ("b", POINT), ("c", c_char), ("d", c_double)]
r = RECT((1, 2), POINT(3, 4), b'z', 2.5)
print(sizeof(POINT), sizeof(RECT), alignment(RECT), r.a.x, r.a.y, r.b.y, r.c, r.d)
print(RECT.a, RECT.c, RECT.d, RECT.d.offset, RECT.d.size, r.a._b_base_ is r)
r.a.x = 10; print(r.a.x, POINT(1).y, POINT(y=5).y)
t(POINT, 1, 2, 3); t(POINT, 1, x=2); t(setattr, r, 'c', 5); t(setattr, r, 'a', 5)
class Packed(Structure):
    _pack_ = 1
    _fields_ = [("a", c_char), ("b", c_int), ("c", c_short)]
print(sizeof(Packed), Packed.b.offset, Packed.c.offset)
class Bits(Structure):
    _fields_ = [("a", c_int, 3), ("b", c_int, 5), ("c", c_uint, 20), ("d", c_short, 4),
                ("e", c_longlong, 40)]
b = Bits(3, -2, 1000, 7, 2**39 - 1)
print(sizeof(Bits), Bits.a, Bits.b, Bits.c, Bits.d, Bits.e, b.a, b.b, b.c, b.d, b.e, bytes(b).hex())
b.a = 9; print(b.a)
for bad in ([("x", c_double, 3)], [("x", c_int, 0)], [("x", c_int, 33)], [("x", 3)], [3],
            [("x",)], 5):
    try:
        class B(Structure): _fields_ = bad
    except Exception as e: print(type(e).__name__, e)
class U(Union):
    _fields_ = [("i", c_int), ("c", c_char * 4), ("d", c_double)]
u = U(); u.i = 0x41424344; print(sizeof(U), u.c, U.c, u.i)
class Anon(Structure):
    _anonymous_ = ("u",)
    _fields_ = [("x", c_int), ("u", U)]
a = Anon(); a.i = 7; print(a.i, a.u.i, Anon.i, Anon.d)
class Sub(POINT):
    _fields_ = [("z", c_int)]
print(sizeof(Sub), Sub(1, 2, 3).z, Sub.z)
class Empty(Structure): pass
print(sizeof(Empty))
t(setattr, POINT, '_fields_', [])
class Late(Structure): pass
Late._fields_ = [("q", c_int)]
print(sizeof(Late))
t(setattr, Late, '_fields_', [("q", c_int)])
class BE(BigEndianStructure):
    _fields_ = [("a", c_int), ("b", c_short, 4)]
be = BE(1, 3); print(bytes(be).hex(), be.a, be.b)
class LE(LittleEndianStructure):
    _fields_ = [("a", c_int)]
print(bytes(LE(1)).hex())
import pickle
p = pickle.loads(pickle.dumps(POINT(5, 6))); print(p.x, p.y)
t(pickle.dumps, pointer(c_int(1)))
print(POINT.from_buffer_copy(b'\x01\x00\x00\x00\x02\x00\x00\x00').y)
ba = bytearray(8); pp = POINT.from_buffer(ba); pp.y = 3; print(ba)
t(POINT.from_buffer_copy, b'12'); t(POINT.from_buffer, b'12345678')
""")


def test_arrays_pointers_keepalive():
    same_as_host(r"""
from ctypes import *
def t(f, *a):
    try: print('ok', f(*a))
    except Exception as e: print(type(e).__name__, e)
A = c_int * 4
a = A(1, 2, 3)
print(A.__name__, A is c_int * 4, len(a), list(a), a[-1], a[1:3], a[::-1], sizeof(A))
a[1:3] = [7, 8]; print(list(a))
t(a.__getitem__, 4); t(a.__getitem__, 'x'); t(a.__delitem__, 0); t(A, 1, 2, 3, 4, 5)
t(a.__setitem__, slice(0, 2), [1])
s = create_string_buffer(b"hello", 8)
print(s.value, s.raw, s[1], s[1:3], sizeof(s), len(s))
s.value = b"hi"; print(s.raw); t(setattr, s, 'value', b'x' * 9); t(delattr, s, 'raw')
w = create_unicode_buffer("abc"); print(w.value, w[1], w[:2], len(w))
for length in (-1, 1.5):
    try:
        class T(Array): _type_ = c_int; _length_ = length
    except Exception as e: print(type(e).__name__, e)
i = c_int(42)
p = pointer(i)
print(p.contents.value, p[0], type(p).__name__, POINTER(c_int) is type(p), bool(p),
      bool(POINTER(c_int)()), p._objects)
p[0] = 5; print(i.value)
p.contents = c_int(9); print(p.contents.value, i.value, sorted(p._objects))
t(setattr, p, 'contents', 5); t(POINTER(c_int)().__getitem__, 0)
ap = cast(a, POINTER(c_int)); print(ap[2], ap[0:3], cast(ap, c_void_p).value == addressof(a))
print(POINTER(c_int).from_param(i)._obj is i, POINTER(c_int).from_param(None),
      POINTER(c_int).from_param(a) is a)
t(POINTER(c_int).from_param, c_double())
t(cast, 1.5, c_void_p); t(cast, a, c_int)
print(byref(i)._obj is i, byref(i, 4)._obj is i)
t(byref, 3); t(addressof, 3); t(POINTER, 3)
lp = POINTER("node"); print(lp.__name__)
arr = (c_char_p * 3)(); arr[1] = b"abc"; print(arr._objects, arr[1], arr[0])
class X(Structure):
    _fields_ = [("p", c_char_p), ("arr", c_char_p * 2)]
x = X(); x.p = b"q"; x.arr[1] = b"r"; print(x._objects)
buf = create_string_buffer(16)
memmove(buf, b"abcdef", 6); memset(addressof(buf) + 2, ord('Z'), 2)
print(buf.raw, string_at(buf), string_at(addressof(buf), 3), wstring_at(create_unicode_buffer("xy")))
resize(buf, 32); print(sizeof(buf), buf.raw[:6])
t(resize, buf, 4); t(resize, c_int.from_address(addressof(buf)), 8)
v = c_int.from_address(addressof(a)); print(v.value, v._b_needsfree_)
from _ctypes import buffer_info
print(buffer_info(c_int)[1:], buffer_info(A)[1:])
""")


def test_foreign_calls_and_callbacks():
    same_as_host(r"""
from ctypes import *
import ctypes, _ctypes_test, errno
def t(f, *a):
    try: print('ok', f(*a))
    except Exception as e: print(type(e).__name__, e)
libc = CDLL(None)
print(libc.strlen(b"hello"), libc.abs(-7), libc.labs.restype)
strlen = libc.strlen
strlen.argtypes = [c_char_p]; strlen.restype = c_size_t
print(strlen(b"abcdef"), strlen.argtypes, strlen.restype)
t(strlen, 1); t(strlen, 1.5); t(libc.abs, 1.5)
t(getattr, libc, "no_such_function_xyz")
def errcheck(result, func, args):
    return result * 10
strlen.errcheck = errcheck; print(strlen(b"ab")); t(setattr, strlen, 'errcheck', 3)
strlen.errcheck = None
dll = CDLL(_ctypes_test.__file__)
f = dll._testfunc_i_bhilfd
f.argtypes = [c_byte, c_short, c_int, c_long, c_float, c_double]
print(f(1, 2, 3, 4, 5.0, 6.0))
f.restype = c_double; print(f(1, 2, 3, 4, 5.0, 6.0))
g = dll._testfunc_p_p; g.restype = c_char_p; g.argtypes = [c_char_p]
print(g(b"xyz"), g(None))
class POINT(Structure):
    _fields_ = [("x", c_int), ("y", c_int)]
pt = POINT(15, 25)
print(dll._testfunc_byval(pt, byref(pt)), pt.x, pt.y)
CMP = CFUNCTYPE(c_int, POINTER(c_int), POINTER(c_int))
calls = []
def cmp(x, y):
    calls.append(1)
    return x[0] - y[0]
arr = (c_int * 6)(5, 1, 4, 2, 6, 3)
libc.qsort(arr, len(arr), sizeof(c_int), CMP(cmp)); print(list(arr), len(calls) > 0)
CB = CFUNCTYPE(c_int, c_int)
cb = CB(lambda n: n * 3); print(cb(7), cb.restype if hasattr(cb, 'restype') else None)
integrate = dll.integrate; integrate.argtypes = (c_double, c_double, CFUNCTYPE(c_double, c_double), c_long)
integrate.restype = c_double
print(round(integrate(0.0, 1.0, CFUNCTYPE(c_double, c_double)(lambda x: x * x), 10), 6))
def bad(n): raise ValueError("boom")
import sys, io
err = sys.stderr = io.StringIO()
print(CB(bad)(1))
sys.stderr = sys.__stderr__
print(err.getvalue().splitlines()[0], err.getvalue().splitlines()[-1])
t(CFUNCTYPE(c_int, c_int), 3.5); t(CFUNCTYPE(c_int, c_int))
print(bool(CFUNCTYPE(c_int)()), type(CB).__name__)
libc_e = CDLL(None, use_errno=True)
set_errno(0)
libc_e.close(-1); print(get_errno() == errno.EBADF, set_errno(5), get_errno())
print(c_int.in_dll(pythonapi, "Py_OptimizeFlag").value >= 0)
t(c_int.in_dll, libc, "no_such_symbol_xyz")
""")
