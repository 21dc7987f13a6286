"""_bz2 and _lzma against the host: the stream objects, the one-shot
functions of bz2 and lzma, filter chains, errors, and tarfile / zipfile with
those compressions.

Counterpart: glass/modules/_bz2.py (Modules/_bz2module.c), glass/modules/_lzma.py
(Modules/_lzmamodule.c).
"""
from __future__ import annotations

from oracle import same_as_host


def test_bz2_tarfile_zipfile():
    same_as_host(r"""
import bz2, _bz2, io, os, tempfile, tarfile, zipfile
def t(f,*a,**k):
    try: r = f(*a,**k); print('ok', r if not isinstance(r, bytes) else (len(r), r[:16]))
    except Exception as e: print(type(e).__name__, e)
print(_bz2.__doc__, _bz2.BZ2Compressor.__doc__, _bz2.BZ2Decompressor.decompress.__doc__[:50])
data = b'hello bz2 world ' * 1000 + bytes(range(256))
for level in (1, 5, 9):
    z = bz2.compress(data, level); print(level, len(z), z[:10], bz2.decompress(z) == data)
c = _bz2.BZ2Compressor(); parts = [c.compress(data[:100]), c.compress(bytearray(data[100:])), c.flush()]; print([len(p) for p in parts]); t(c.flush); t(c.compress, b'x')
d = _bz2.BZ2Decompressor(); z = b''.join(parts) + b'junk'
print(d.eof, d.needs_input, d.unused_data)
a = d.decompress(z[:50], 10); print(len(a), d.needs_input, d.eof)
b = d.decompress(z[50:]); print(len(a + b), d.eof, d.unused_data, d.needs_input); t(d.decompress, b'x')
t(_bz2.BZ2Compressor, 0); t(_bz2.BZ2Compressor, 10); t(_bz2.BZ2Compressor, 'x'); t(_bz2.BZ2Compressor, 1.5); t(_bz2.BZ2Compressor, compresslevel=3)
t(_bz2.BZ2Decompressor, 1); t(_bz2.BZ2Decompressor().decompress, b'not bz2 data'); t(_bz2.BZ2Decompressor().decompress, 'x')
t(bz2.decompress, b'BZh9'); t(bz2.decompress, z[:-10]); print(bz2.decompress(bz2.compress(b'a') + bz2.compress(b'b')))
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, 'f.bz2')
    with bz2.open(path, 'wt') as f: f.write('line one\nline two\n' * 50)
    with bz2.open(path, 'rt') as f: print(f.readline(), len(f.read()))
    with bz2.BZ2File(path) as f: print(f.read(5), f.seek(100), f.read(4), f.tell())
    src = os.path.join(tmp, 'member.txt')
    with open(src, 'w') as f: f.write('member contents\n' * 10)
    for mode in ('w:bz2', 'w:xz', 'w:gz'):
        tp = os.path.join(tmp, 'a.tar.' + mode[2:])
        with tarfile.open(tp, mode) as tf: tf.add(src, arcname='member.txt')
        with tarfile.open(tp) as tf: print(mode, tf.getnames(), tf.extractfile('member.txt').read()[:15])
    zp = os.path.join(tmp, 'a.zip')
    with zipfile.ZipFile(zp, 'w') as zf:
        zf.writestr('b.txt', 'bzip ' * 100, compress_type=zipfile.ZIP_BZIP2)
        zf.writestr('l.txt', 'lzma ' * 100, compress_type=zipfile.ZIP_LZMA)
        zf.writestr('d.txt', 'defl ' * 100, compress_type=zipfile.ZIP_DEFLATED)
    with zipfile.ZipFile(zp) as zf:
        for info in zf.infolist(): print(info.filename, info.compress_type, info.file_size, zf.read(info)[:10])
""")


def test_lzma():
    same_as_host(r"""
import lzma, _lzma
def t(f,*a,**k):
    try: r = f(*a,**k); print('ok', r if not isinstance(r, bytes) else (len(r), r[:16]))
    except Exception as e: print(type(e).__name__, e)
print(sorted((n, getattr(_lzma, n)) for n in dir(_lzma) if n.isupper()), _lzma.LZMAError.__mro__, _lzma.LZMAError.__module__)
print(_lzma.LZMADecompressor.__doc__[:40], _lzma.is_check_supported.__doc__)
data = b'hello lzma world ' * 1000 + bytes(range(256))
for fmt in (lzma.FORMAT_XZ, lzma.FORMAT_ALONE):
    for preset in (0, 6, 9 | lzma.PRESET_EXTREME):
        z = lzma.compress(data, format=fmt, preset=preset); print(fmt, preset, len(z), z[:12], lzma.decompress(z) == data)
for check in (lzma.CHECK_NONE, lzma.CHECK_CRC32, lzma.CHECK_CRC64, lzma.CHECK_SHA256):
    z = lzma.compress(data, check=check); d = lzma.LZMADecompressor(); out = d.decompress(z); print(check, len(z), d.check, d.eof, out == data, lzma.is_check_supported(check))
filters = [{'id': lzma.FILTER_DELTA, 'dist': 4}, {'id': lzma.FILTER_LZMA2, 'preset': 7 | lzma.PRESET_EXTREME}]
z = lzma.compress(data, format=lzma.FORMAT_RAW, filters=filters); print(len(z), lzma.decompress(z, format=lzma.FORMAT_RAW, filters=filters) == data)
z = lzma.compress(data, filters=[{'id': lzma.FILTER_X86}, {'id': lzma.FILTER_LZMA2, 'dict_size': 1 << 20, 'lc': 3, 'mf': lzma.MF_BT4, 'mode': lzma.MODE_NORMAL, 'nice_len': 64}]); print(len(z), lzma.decompress(z) == data)
p = _lzma._encode_filter_properties({'id': lzma.FILTER_LZMA1, 'preset': 6}); print(p, _lzma._decode_filter_properties(lzma.FILTER_LZMA1, p))
print(_lzma._decode_filter_properties(lzma.FILTER_DELTA, b'\x03'), _lzma._encode_filter_properties({'id': lzma.FILTER_DELTA, 'dist': 9}))
t(_lzma._encode_filter_properties, {'preset': 6}); t(_lzma._encode_filter_properties, {'id': 99}); t(_lzma._decode_filter_properties, 99, b'')
t(lzma.compress, data, format=lzma.FORMAT_RAW); t(lzma.compress, data, format=lzma.FORMAT_XZ, filters=[{'id': lzma.FILTER_LZMA2, 'bogus': 1}])
t(lzma.LZMACompressor, format=9); t(lzma.LZMACompressor, check=99); t(lzma.LZMACompressor, preset=99); t(lzma.LZMACompressor, 'x')
t(lzma.decompress, b'not lzma'); t(lzma.decompress, lzma.compress(b'abc')[:-3]); t(lzma.LZMADecompressor, memlimit=5, format=lzma.FORMAT_RAW)
t(lzma.LZMADecompressor, format=lzma.FORMAT_XZ, filters=filters)
d = lzma.LZMADecompressor(memlimit=10); t(d.decompress, lzma.compress(data))
c = lzma.LZMACompressor(); parts = [c.compress(data[:100]), c.compress(memoryview(data[100:])), c.flush()]; t(c.flush)
z = b''.join(parts); d = lzma.LZMADecompressor(); a = d.decompress(z + b'tail', 100); print(len(a), d.needs_input, d.eof, d.check)
b = d.decompress(b''); print(len(a + b) == len(data), d.eof, d.unused_data, d.needs_input); t(d.decompress, b'x')
print(lzma.decompress(lzma.compress(b'one') + lzma.compress(b'two')))
import io
with lzma.open(io.BytesIO(lzma.compress(b'line1\nline2\n')), 'rt') as f: print(f.readlines())
""")
