"""_struct against the host: formats, sizes, every code, and CPython's messages.

Counterpart: glass/modules/_struct.py (Modules/_struct.c).
"""
from __future__ import annotations

import pytest
from oracle import same_as_host


def test_every_code_every_order_range_checks():
    same_as_host(r"""
import _struct as struct
class Idx:
    def __index__(self): return 7
class Big:
    def __index__(self): return 2**70
vals = [-2**64-1, -2**64, -2**63-1, -2**63, -2**31-1, -2**31, -32769, -32768, -129, -128, -1, 0, 127, 128, 255, 256, 32767, 32768, 65535, 65536, 2**31-1, 2**31, 2**32-1, 2**32, 2**63-1, 2**63, 2**64-1, 2**64, 1.5, '1', None, True, Idx(), Big(), b'a']
for pre in '@=<>!':
    for c in 'bBhHiIlLqQnNP?efd':
        for v in vals:
            try:
                r = struct.pack(pre + c, v)
                out = r.hex()
            except Exception as e:
                out = '%s: %s' % (type(e).__name__, e)
            print(pre, c, repr(v)[:10] if not isinstance(v, (Idx, Big)) else type(v).__name__, out)
""")


def test_struct_type_unpack_pack_into_and_errors():
    same_as_host(r"""
import _struct
S = _struct.Struct
try: _struct.unpack("0p", b"")
except SystemError as e: print(e)
print(S, S.__module__, S.__name__, _struct.error, _struct.error.__module__, _struct.error.__mro__, _struct.error.__doc__)
s = S('i'); print(s.format, s.size, S(b'<5s2i').format)
it = s.iter_unpack(b'12345678'); print(type(it), it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__(), iter(it) is it)
data = bytes(range(256)) * 2
for fmt in ['@bBhHiIlLqQnNP?efd', '<bBhHiIlLqQ?efd', '>bBhHiIlLqQ?efd', '=bBhHiIlLqQ?efd', '!hHiI',
            '@b h b i b q b e b d', '3s 2x 5p c ?', '0s0i2c', '@c3h', '@ci', '@hP', '<255p', '>300p', '@2e', '@?H?f?d']:
    size = _struct.calcsize(fmt)
    print(fmt, size, _struct.unpack(fmt, data[:size]), _struct.unpack_from(fmt, data, 7), S(fmt).unpack_from(data, offset=-size - 3))
print(_struct.pack('5s', b'ab'), _struct.pack('2s', b'abcd'), _struct.pack('5p', b'ab'), _struct.pack('3p', b'abcdef'),
      _struct.pack('0p', b'a'), _struct.pack('1p', b'abc'), _struct.pack('300p', b'x' * 280)[:3], _struct.pack('s', bytearray(b'z')))
print(_struct.unpack('5p', b'\x09abcd'), _struct.unpack('3p', b'\x01ab'), _struct.unpack('?', b'\x02'), _struct.unpack('<?', b'\x02'))
print(_struct.pack('?', []), _struct.pack('<?', [1]), _struct.pack('>e', 1.5), _struct.pack('<e', 65504), _struct.pack('d', 1), _struct.pack('f', True))
print(_struct.pack('<d', float('nan')), _struct.pack('<e', float('-inf')), _struct.pack('<f', 3.4028235e38), _struct.pack('@f', 3.4028235e38), _struct.pack('@f', 3.5e38), _struct.pack('@f', -1e39))
print(_struct.pack('xxic', 5, b'a'), _struct.pack('3i', 1, 2, 3), _struct.pack('   i  h ', 1, 2))
b = bytearray(12)
_struct.pack_into('<hi', b, 2, 5, 6); print(b)
try: _struct.pack_into('<3h', b, 0, 7, 8, 'x')
except _struct.error as e: print(e, b)
S('<h').pack_into(b, -2, -1); print(b)
class Idx:
    def __index__(self): return 7
class Bad:
    def __index__(self): raise KeyError('idx')
class Fl:
    def __float__(self): return 2.5
class BadBool:
    def __bool__(self): raise ValueError('no bool')
print(_struct.pack('i', Idx()), _struct.pack('d', Fl()), _struct.pack('e', Idx()))
for f in (lambda: S(), lambda: S(1), lambda: S('é'), lambda: S('i\0'), lambda: S('3'), lambda: S('y'), lambda: S('<P'), lambda: S('9999999999999999999q'),
          lambda: S('99999999999999999999q'), lambda: S('@c' + '9' * 18 + 'i').size, lambda: s.pack(), lambda: s.pack_into(), lambda: s.pack_into(bytearray(4)), lambda: s.pack_into(b'1234', 0, 1),
          lambda: s.pack_into(bytearray(4), -5, 1), lambda: s.pack_into(bytearray(4), -3, 1), lambda: s.pack_into(bytearray(4), 2, 1),
          lambda: s.pack_into(bytearray(4), 'a', 1), lambda: s.unpack('abcd'), lambda: s.unpack(b'abc'), lambda: s.unpack_from(b'abcd', -5),
          lambda: s.unpack_from(b'abcd', 1), lambda: s.unpack_from(b'abcde', offset=1), lambda: S('').iter_unpack(b''), lambda: s.iter_unpack(b'abc'),
          lambda: type(it)(), lambda: _struct.pack('s', 'a'), lambda: _struct.pack('p', 1), lambda: _struct.pack('c', b'ab'), lambda: _struct.pack(1),
          lambda: _struct.calcsize(b'\xff'), lambda: _struct.pack('<f', 1e300), lambda: _struct.pack('<f', 10**400), lambda: _struct.pack('@P', -1),
          lambda: _struct.pack('2x'), lambda: s.pack_into(bytearray(4), 2**70, 1), lambda: _struct.unpack_from('i', b'abcd', 2**70),
          lambda: _struct.calcsize([]), lambda: _struct.pack('i'), lambda: S('i').pack(1, 2), lambda: _struct.pack_into('i', bytearray(4)),
          lambda: _struct.unpack_from('i'), lambda: _struct.iter_unpack('i', 'ab'), lambda: _struct.pack('i', Bad()), lambda: _struct.pack('?', BadBool()),
          lambda: _struct.pack('>Q', -Idx().__index__()), lambda: _struct.pack('P', 2**64), lambda: _struct.pack('P', -2**63 - 1),
          lambda: _struct.pack('e', 1e300), lambda: _struct.pack('<e', 10**400), lambda: _struct.calcsize('i' * 5 + '10s'), lambda: _struct.calcsize('!'),
          lambda: _struct.unpack(b'<h', bytearray(b'ab')), lambda: _struct.calcsize('\t\ni'), lambda: _struct.pack('c', bytearray(b'a')),
          lambda: _struct.pack_into('i', bytearray(b'abcdefgh'), 4, 0x41424344)):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
_struct._clearcache()
class MyS(S):
    def __init__(self, fmt, extra):
        super().__init__(fmt); self.extra = extra
m = MyS('>h', 'x'); print(m.pack(258), m.extra, m.size, type(m).__mro__)
m.__init__('<q'); print(m.size, m.format)
import weakref; r = weakref.ref(s); print(r() is s)
print(S.pack.__doc__ == _struct.Struct.pack.__doc__, _struct.calcsize.__text_signature__, S.unpack_from.__text_signature__)
import sys
for f in ['b', 'BHILfdspP', 'B' * 10, 'xxxx', '100H', '0s', '0c', '']:
    print(repr(f), S(f).__sizeof__(), sys.getsizeof(S(f)))
print(S.__basicsize__, type(S('b').iter_unpack(b'a')).__basicsize__)
""")


def test_negative_offsets_messages():
    same_as_host(r"""
        import struct
        b = bytearray(10)
        for off in (-2, -4, -11, -10, 8, 7, 11, 10):
            try:
                print(off, struct.unpack_from("<I", b, off))
            except struct.error as e:
                print(off, e)
            try:
                struct.pack_into("<I", b, off, 1); print(off, "packed")
            except struct.error as e:
                print(off, e)
    """)


def test_pack_into_an_array():
    same_as_host(r"""
        import struct, array
        test_string = b'Reykjavik rocks, eow!'
        buf = array.array('b', b' ' * 100)
        s = struct.Struct('21s')
        s.pack_into(buf, 0, test_string); print(buf.tobytes()[:21])
        s.pack_into(buf, 10, test_string); print(buf.tobytes()[:31])
        small = array.array('b', b' ' * 10)
        for args in ((small, 0, test_string), (small, 2, test_string)):
            try:
                s.pack_into(*args)
            except struct.error as e:
                print(e)
        struct.pack_into('21s', buf, 50, test_string); print(buf.tobytes()[50:71])
        buf.append(1); print(len(buf))
        a = array.array('i', [0, 0]); struct.pack_into('i', a, 4, 7); print(a)
        try:
            struct.pack_into('i', b'xxxx', 0, 1)
        except TypeError as e:
            print(e)
    """)


def test_pack_into_any_writable_buffer():
    same_as_host(r"""
import mmap, struct
m = mmap.mmap(-1, 64)
mv = memoryview(m)
struct.pack_into('q', mv, 0, 5); print(m[:8])
struct.pack_into('q', m, 8, 6); print(m[8:16])
b = bytearray(16); struct.pack_into('q', memoryview(b), 0, 7); print(b)
b2 = bytearray(16); struct.pack_into('2i', memoryview(b2).cast('i'), 4, 1, 2); print(b2)
for target in (memoryview(b'x' * 8), b'x' * 8, 'text'):
    try: struct.pack_into('q', target, 0, 1)
    except TypeError as e: print(e)
try: struct.pack_into('q', mv, 60, 1)
except struct.error as e: print(e)
mv.release(); m.close()
""")
