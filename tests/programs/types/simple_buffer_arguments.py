"""Arguments that take a simple (C-contiguous) buffer refuse a strided view: BufferError,
or the TypeError of a caller that replaces it; a strided view is accepted where
CPython asks for a full buffer (bytes(), slice assignment)."""
m=memoryview(b'abcdef')[::2]
ba = bytearray(b'xy')
def iadd():
    global ba
    ba += m
    return ba
for f in (lambda: b'abc'.split(m), lambda: b'abc'.replace(m, b''), lambda: bytes.maketrans(m,m), lambda: b'x'.join([m]), lambda: bytearray(b'x').join([b'a', m]), lambda: b'ace'.removeprefix(m), lambda: b'abc'.startswith(m), lambda: b'abc'.startswith((b'x', m)), lambda: b'abc'.find(m), lambda: b'abc'.count(m), lambda: bytearray(b'abc').index(m), lambda: bytearray(b'abc')+m, lambda: b'abc'+m, iadd, lambda: m in b'abc', lambda: bytes(m), lambda: bytearray(m), lambda: b'abc'.partition(m), lambda: b'%s' % m, lambda: b'abc'.strip(m), lambda: bytearray(b'abc').extend(m)):
  try: print(f())
  except Exception as e: print(type(e).__name__, e)
import zlib, bz2, lzma
for f in (lambda: zlib.crc32(m), lambda: zlib.compress(m), lambda: bz2.compress(m), lambda: lzma.compress(m)):
  try: print(f())
  except Exception as e: print(type(e).__name__, e)
v = memoryview(bytearray(b'abcd')); v[0:2] = m[:2]; print(v.tobytes())
