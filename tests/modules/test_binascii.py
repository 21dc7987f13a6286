"""binascii against the host.

Counterpart: glass/modules/binascii.py (Modules/binascii.c).
"""
from __future__ import annotations

import pytest
from oracle import same_as_host


def test_encodings_round_trips_and_errors():
    same_as_host(r"""
import binascii as b
print(b.Error.__mro__, b.Incomplete.__mro__, b.Error.__module__, b.Error.__doc__, b.__doc__)
data = bytes(range(256)) + b'hello world\n\t =x'
for d in (b'', b'a', b'ab', b'abc', data, bytearray(b'xyz')):
    print(b.hexlify(d), b.b2a_hex(d, '-'), b.hexlify(d, b':', 2), b.hexlify(d, ' ', -3), b.b2a_base64(d), b.b2a_base64(d, newline=False),
          b.crc32(d), b.crc32(d, 12345), b.crc32(d, -1), b.crc_hqx(d, 0), b.crc_hqx(d, 0x1234), b.b2a_qp(d), b.b2a_qp(d, True, False, True),
          b.b2a_uu(d[:45]), b.b2a_uu(d[:45], backtick=True))
    print(b.a2b_base64(b.b2a_base64(d)) == d, b.a2b_hex(b.hexlify(d)) == d, b.unhexlify(b.hexlify(d).decode()) == d,
          b.a2b_uu(b.b2a_uu(d[:45])) == d[:45], b.a2b_qp(b.b2a_qp(d)), b.a2b_qp(b.b2a_qp(d, header=True), header=True))
print(b.a2b_base64('YWJj\nZA=='), b.a2b_base64(b'YW Jj!!'), b.a2b_qp('a=3Db_c', header=True), b.a2b_uu(''), b.a2b_uu(b' '))
for f in (lambda: b.a2b_hex(1), lambda: b.a2b_hex('é'), lambda: b.b2a_hex('a'), lambda: b.b2a_hex(b'ab', 1), lambda: b.b2a_hex(b'ab', 'é'),
          lambda: b.b2a_hex(b'ab', '::'), lambda: b.b2a_hex(b'abc', ':', 1.5), lambda: b.b2a_hex(b'abc', ':', 2**40), lambda: b.crc32(b'a', 1.5),
          lambda: b.crc32(b'a', 2**70), lambda: b.crc_hqx(b'a', 2**70), lambda: b.crc_hqx(b'a'), lambda: b.b2a_base64(b'a', newline=1.5),
          lambda: b.b2a_base64(b'a', newline=[]), lambda: b.b2a_base64(b'a', newline=2**40), lambda: b.a2b_base64(b'a', strict_mode=[]),
          lambda: b.b2a_qp(b'a', quotetabs=[]), lambda: b.a2b_qp(b'a', header=2**40), lambda: b.b2a_uu(b'a', backtick=1.5),
          lambda: b.a2b_hex(bytearray(b'zz')), lambda: b.a2b_hex(b'abc'), lambda: b.a2b_base64(b'abcde'), lambda: b.a2b_base64(b'ab=c', strict_mode=True),
          lambda: b.a2b_base64(b'=abc', strict_mode=True), lambda: b.a2b_base64(b'a'), lambda: b.a2b_uu(b'zzzz'), lambda: b.b2a_uu(b'x' * 46),
          lambda: b.a2b_base64(b'ab!c', strict_mode=True), lambda: b.crc32('abc'), lambda: b.b2a_hex(data=b'a', sep=b':', bytes_per_sep=0)):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e, isinstance(e, ValueError))
try: b.a2b_hex('0')
except b.Error as e: print('caught', repr(e))
""")


def test_a_strided_buffer_is_refused():
    same_as_host(r"""
import binascii
strided = memoryview(bytearray(b'noncontig'))[::-2]
for name in ('b2a_hex', 'hexlify', 'crc32', 'b2a_base64', 'a2b_hex'):
    try:
        getattr(binascii, name)(strided)
    except Exception as error:
        print(name, type(error).__name__, error)
""")
