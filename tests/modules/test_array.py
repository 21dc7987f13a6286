"""array against the host: every typecode, the sequence protocol, methods, messages.

Counterpart: glass/modules/array.py (Modules/arraymodule.c).
"""
from __future__ import annotations

from oracle import same_as_host


def test_typecodes_ranges_and_messages():
    same_as_host(r"""
import array
print(array.typecodes, array.ArrayType is array.array, array.array, array.__doc__)
print(array.array.__doc__ == array.ArrayType.__doc__, array.array.__module__)
class I:
    def __index__(self): return 5
class F:
    def __float__(self): return 2.5
for tc in 'bBuhHiIlLqQfd':
    a = array.array(tc)
    print(tc, a.itemsize, a.typecode, repr(a), a.__sizeof__())
    for v in (-2**64-1, -2**63-1, -2**63, -2**31-1, -32769, -129, -1, 0, 127, 255, 256, 65535, 65536, 2**32, 2**63, 2**64, 1.5, 'a', 'ab', I(), F(), True, None, 1e300):
        try:
            a = array.array(tc, [v]); print(' ', repr(a), a.tobytes().hex())
        except Exception as e:
            print(' ', type(e).__name__, e)
def t(f, *a, **k):
    try: r = f(*a, **k); print('ok', r)
    except Exception as e: print(type(e).__name__, e)
t(array.array); t(array.array, 1); t(array.array, 'ab'); t(array.array, 'x'); t(array.array, 'i', [], 3); t(array.array, 'i', x=1); t(array.array, typecode='i')
t(array.array, 'i', 'abc'); t(array.array, 'i', array.array('u', 'a')); t(array.array, 'u', array.array('i', [1])); t(array.array, 'd', array.array('i', [1, 2]))
t(array.array, 'i', 5); t(array.array, 'b', b'\x01\xff'); t(array.array, 'i', b'abc'); t(array.array, 'u', 'xyz'); t(array.array, 'i', iter([1, 2]))
t(array.array, 'i', range(3)); t(array.array, 'i', {1: 2}); t(array.array, 'h', bytearray(b'abcd')); t(array.array, 'i', (1, 2)); t(array.array, 'd', array.array('d', [0.5]))
t(array.array, 'B', [1, 300]); t(array.array, 'i', (x for x in [1, 'a']))
""")


def test_sequence_protocol_and_methods():
    same_as_host(r"""
import array, sys
def t(f, *a, **k):
    try: r = f(*a, **k); print('ok', r)
    except Exception as e: print(type(e).__name__, e)
a = array.array('i', [1, 2, 3])
print(a, len(a), a[0], a[-1], a[1:], a[::-1], a[::2], a[5:1], a + a, a * 2, 3 * a, a * -1, 2 in a, 2.0 in a, 'x' in a, a.tolist(), a.tobytes())
a.append(4); a.extend([5, 6]); a.extend(array.array('i', [7])); a.extend(a); a.insert(0, 0); a.insert(-100, -1); a.insert(100, 100)
print(a, a.pop(), a.pop(0), a.pop(-2), a, a.index(3), a.index(3, 4), a.index(3, -5, -1) if 3 in a[-5:-1] else None, a.count(2), a.buffer_info()[1])
a.remove(5); print(a)
a[1:3] = array.array('i', [9, 9, 9]); print(a); del a[::2]; print(a); a.reverse(); print(a)
a[::-2] = array.array('i', [7] * len(a[::-2])); print(a); del a[1:3]; print(a); a[len(a):] = a; print(a)
a[0] = 42; a[-1] = -42; del a[0]; del a[-1]; print(a)
a += array.array('i', [1]); print(a); a *= 2; print(a); a *= 0; print(a, len(a))
t(a.__add__, [1]); t(a.__add__, array.array('b')); t(a.__iadd__, [1]); t(a.__iadd__, array.array('b')); t(a.extend, array.array('b')); t(a.extend, [1, 'x']); print(a)
a = array.array('i', [1, 2, 3])
t(a.__getitem__, 'x'); t(a.__setitem__, 'x', 1); t(a.__setitem__, slice(0, 2), [1]); t(a.__setitem__, slice(0, 2), array.array('b')); t(a.__setitem__, slice(0, 4, 2), array.array('i', [1, 2, 3]))
t(a.__getitem__, 10); t(a.__setitem__, 10, 1); t(a.__delitem__, 10); t(a.pop, 10); t(array.array('i').pop); t(a.remove, 9); t(a.index, 9); t(a.index, 1, 1)
t(a.fromunicode, 'x'); t(a.tounicode); t(a.fromunicode, 1); t(a.fromlist, (1,)); t(a.frombytes, b'abc'); t(a.frombytes, 'ab'); t(a.__setitem__, 0, 'x')
t(a.fromfile, None, -1); t(a.fromfile, None, 1); t(a.insert, 'x', 1); t(a.__getitem__, 2**70); t(a.__getitem__, 1.5)
t(a.fromlist, [1, 2, 'x']); print(a); a.fromlist([4, 5]); a.frombytes(b'\x06\x00\x00\x00'); a.frombytes(bytearray(8)); print(a)
print(a < [1], a == array.array('d', a), array.array('u', 'a') == array.array('i', [97]), a != a[:-1], a[:2] < a, a > array.array('d', [1, 2.5]),
      array.array('d', [float('nan')]) == array.array('d', [float('nan')]), a <= a, a >= array.array('b', [1, 3]))
t(a.__lt__, array.array('u', 'a')); t(hash, a)
u = array.array('u', 'hello'); u.fromunicode(' world'); u.append('!'); print(u, u.tounicode(), u[1], u[::2], u.count('l'), u.index('w'), u.tolist()[:3])
t(u.append, 'xy'); t(u.append, 1); t(array.array('u').tounicode)
f = array.array('f', [1.1, 2.5, -0.0, float('inf')]); d = array.array('d', [1.1, 1e300]); print(f, d, f.tobytes().hex(), d.tobytes().hex(), f == d, f[0] == 1.1)
t(f.append, 1e300); t(f.append, 'x'); f.append(3); f.append(True); print(f)
b = array.array('h', [1, 256, -2]); b.byteswap(); print(b, bytes(b), bytearray(b), b''.join([b, b'|']), b.__copy__(), b.__deepcopy__(None), type(b.buffer_info()[0]))
i = iter(b); print(next(i), i.__reduce__(), list(i), i.__reduce__(), list(i)); j = iter(b); j.__setstate__(2); print(list(j)); j = iter(b); j.__setstate__(-5); print(list(j))
print(type(iter(b)), iter(b).__class__.__name__); t(type(iter(b)))
for tc in 'bBuhHiIlLqQfd':
    x = array.array(tc, 'ab' if tc == 'u' else [1, 2])
    print(tc, x.__reduce_ex__(2), x.__reduce_ex__(3), x.__reduce_ex__(0))
class A(array.array):
    pass
x = A('b', b'\x01\x02'); x.y = 1
print(x, x[:1], type(x[:1]), type(x + x), type(x * 2), type(x.__copy__()), x.__reduce_ex__(4), x.__reduce_ex__(1), x.y)
print(array._array_reconstructor(array.array, 'i', 9, b'\x00\x00\x00\x01'), array._array_reconstructor(A, 'd', 15, b'?\xf0\x00\x00'),
      array._array_reconstructor(array.array, 'u', 18, 'hé'.encode('utf-16-le')), array._array_reconstructor(array.array, 'H', 3, b'\x01\x02\x03\x04'),
      array._array_reconstructor(array.array, 'q', 13, b'\xff' * 8), array._array_reconstructor(array.array, 'b', 1, b'\xff\x01'))
t(array._array_reconstructor, 1, 'i', 1, b''); t(array._array_reconstructor, int, 'i', 1, b''); t(array._array_reconstructor, array.array, 'x', 1, b'')
t(array._array_reconstructor, array.array, 'i', 99, b''); t(array._array_reconstructor, array.array, 'i', 8, 'x')
s = array.array('i')
for k in range(40):
    s.append(k)
    if k % 7 == 0: print(len(s), s.__sizeof__())
s.extend(range(100)); print(s.__sizeof__()); del s[5:]; print(s.__sizeof__()); print(array.array('i', [1, 2, 3]).__sizeof__(), array.array('b', b'xx').__sizeof__())
import weakref; r = weakref.ref(s); print(r() is s)
""")


def test_files():
    same_as_host(r"""
import array, _io, os, tempfile
class Reader:
    def __init__(self, data): self.data = data
    def read(self, n):
        print('read', n); out, self.data = self.data[:n], self.data[n:]; return out
class Writer:
    def write(self, b): print('write', type(b).__name__, len(b)); return len(b)
a = array.array('h')
a.fromfile(Reader(b'\x01\x00\x02\x00\x03'), 2); print(a)
try: a.fromfile(Reader(b'\x01\x00\x02\x00\x03'), 3)
except ValueError as e: print('ValueError', e, a)
try: a.fromfile(Reader(b'\x01\x00\x02\x00'), 3)
except EOFError as e: print('EOFError', e, a)
class Bad:
    def read(self, n): return 'str'
try: a.fromfile(Bad(), 1)
except TypeError as e: print(e)
array.array('d', range(20000)).tofile(Writer()); array.array('b').tofile(Writer())
""")


def test_exported_array_refuses_fromlist_and_bad_unicode_items():
    # fromlist resizes before converting (BufferError first while exported,
    # nothing to undo); a 'u' item beyond U+10FFFF is a guest ValueError.
    same_as_host(r"""
import array
def t(f, *a):
    try: print('ok', f(*a))
    except Exception as e: print(type(e).__name__, e)
a = array.array('i', [1, 2]); m = memoryview(a)
t(a.fromlist, [3]); t(a.fromlist, []); t(a.fromlist, ['x']); print(a)
m.release()
t(a.fromlist, [3]); t(a.fromlist, [4, 'x']); print(a)
u = array.array('u', b'\xff\xff\xff\xff' * 2)
for f in (u.tounicode, lambda: str(u), lambda: u[1], u.tolist, lambda: list(u), u.pop):
    t(f)
""")
