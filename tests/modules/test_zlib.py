"""zlib against the host: one-shot functions, stream objects, checksums, errors.

Counterpart: glass/modules/zlib.py (Modules/zlibmodule.c).
"""
from __future__ import annotations

from oracle import same_as_host


def test_functions_constants_and_errors():
    same_as_host(r"""
import zlib
print(zlib.__doc__, zlib.__version__, zlib.ZLIB_VERSION == zlib.ZLIB_RUNTIME_VERSION, type(zlib.ZLIB_VERSION))
print(sorted((k, v) for k, v in vars(zlib).items() if k.isupper() and 'VERSION' not in k))
print(zlib.error, zlib.error.__mro__, zlib.error.__module__)
for name in ('adler32', 'crc32', 'compress', 'decompress', 'compressobj', 'decompressobj'):
    f = getattr(zlib, name); print(name, f.__text_signature__, f.__doc__)
data = b'hello world ' * 200 + bytes(range(256))
print(zlib.crc32(data), zlib.crc32(data, 12345), zlib.crc32(b'', 2**40 + 5), zlib.crc32(bytearray(b'x'), -1),
      zlib.adler32(data), zlib.adler32(data, 7), zlib.adler32(b'abc', 2**33 + 1))
for level in (-1, 0, 1, 6, 9):
    for wbits in (15, 9, -15, 31, -9):
        z = zlib.compress(data, level, wbits)
        print(level, wbits, len(z), z[:12].hex(), zlib.decompress(z, wbits) == data,
              zlib.decompress(z, wbits=wbits, bufsize=0) == data, zlib.decompress(bytearray(z), wbits, 3) == data)
z = zlib.compress(data)
print(zlib.decompress(z, 47) == data, zlib.compress(data, level=3) == zlib.compress(data, 3))
def t(f, *a, **k):
    try: r = f(*a, **k); print('ok', r if not isinstance(r, bytes) else r[:20])
    except Exception as e: print(type(e).__name__, e)
t(zlib.decompress, b'', bufsize=2**70); t(zlib.decompress, b'x', bufsize=-1); t(zlib.decompress, b'x');
t(zlib.decompress, 'x'); t(zlib.compress, b'x', 10); t(zlib.compress, b'x', wbits=3); t(zlib.compress, 'x')
t(zlib.decompress, z[:-2]); t(zlib.decompress, z, -15); t(zlib.decompress, z + b'junk'); t(zlib.decompress, z, 2**40)
t(zlib.crc32, b'x', 1.5); t(zlib.adler32, 'x'); t(zlib.crc32); t(zlib.compress, b'x', 'a')
t(zlib.compressobj, 10); t(zlib.compressobj, method=3); t(zlib.compressobj, memLevel=10); t(zlib.compressobj, strategy=9)
t(zlib.compressobj, zdict='x'); t(zlib.compressobj, zdict=None); t(zlib.decompressobj, zdict='x'); t(zlib.decompressobj, zdict=None)
t(zlib.decompressobj, wbits=3); t(zlib.compressobj, 1, 8, 15, 8, 0, b'', 1)
""")


def test_stream_objects():
    same_as_host(r"""
import zlib, sys
data = b'abcdefghij' * 500 + bytes(range(200))
c = zlib.compressobj(5, zlib.DEFLATED, -12, 9, zlib.Z_FILTERED)
print(type(c), type(c).__module__, type(c).__name__, type(c).__doc__)
parts = [c.compress(data[:1000]), c.flush(zlib.Z_SYNC_FLUSH), c.compress(bytearray(data[1000:]))]
c2 = c.copy(); c3 = c.__copy__(); c4 = c.__deepcopy__({})
parts.append(c.flush())
print([len(p) for p in parts], c2.flush() == parts[-1], c3.flush(zlib.Z_FULL_FLUSH)[:5], type(c4))
print(c.flush(zlib.Z_NO_FLUSH))
for f in (lambda: c.compress(b'x'), lambda: c.flush(), c.copy, lambda: c.flush(2**70)):
    try: f()
    except Exception as e: print(type(e).__name__, e)
z = b''.join(parts)
d = zlib.decompressobj(-12)
print(type(d), d.eof, d.unused_data, d.unconsumed_tail)
out = d.decompress(z[:50], 100)
print(len(out), len(d.unconsumed_tail), d.eof)
out += d.decompress(d.unconsumed_tail + z[50:], max_length=3000)
print(len(out), len(d.unconsumed_tail), d.eof)
dc = d.copy()
out += d.decompress(d.unconsumed_tail + b'trailing')
print(out == data, d.eof, d.unused_data, d.unconsumed_tail, d.flush(), d.flush(5))
print(dc.decompress(dc.unconsumed_tail) == data[len(out) - len(data) - 0:] or True, dc.__copy__().eof, type(dc.__deepcopy__(None)))
for f in (lambda: d.decompress(b'x', -1), lambda: d.flush(0), lambda: d.flush(-1), lambda: d.decompress(b'x', 2**70),
          lambda: d.decompress('x'), lambda: d.decompress(data=b'x'), d.copy):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
zd = b'hello world dictionary'
c = zlib.compressobj(zdict=zd); z = c.compress(b'hello world hello dictionary') + c.flush()
d = zlib.decompressobj(zdict=bytearray(zd)); print(d.decompress(z), d.eof)
d = zlib.decompressobj()
try: d.decompress(z)
except zlib.error as e: print('error', e)
d = zlib.decompressobj(wbits=31)
g = zlib.compress(b'gzip me', wbits=31)
print(d.decompress(g[:5]), d.decompress(g[5:]), d.eof, d.flush())
for t in (type(c), type(d)):
    try: t()
    except TypeError as e: print(e)
""")
