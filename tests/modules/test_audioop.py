"""audioop against the host.

Counterpart: glass/modules/audioop.py (Modules/audioop.c).
"""
from __future__ import annotations

import warnings

import pytest
from oracle import same_as_host

# The snippets import audioop with its DeprecationWarning silenced, except
# where the warning itself is tested.
IMPORT = """
import warnings
with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    import audioop
import array, math
def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e, type(e).__module__)
# Samples at the edges of every width, in the machine's byte order.
def packed(values, width):
    return b''.join(v.to_bytes(width, 'little', signed=True) for v in values)
EDGES = {w: packed([0, 1, -1, 2, -2, 3, (1 << (8 * w - 1)) - 1, -(1 << (8 * w - 1)),
                    (1 << (8 * w - 2)), -(1 << (8 * w - 2)) - 1, 5, 5, 0, 7, -9, 1], w)
         for w in (1, 2, 3, 4)}
RAMP = bytes((i * 37 + (i >> 3)) & 0xFF for i in range(4 * 3 * 20))
"""


def test_measurements_on_every_width():
    same_as_host(IMPORT + r"""
for w in (1, 2, 3, 4):
    for d in (b'', EDGES[w], RAMP, bytearray(RAMP), memoryview(RAMP), EDGES[w][:w]):
        print(w, audioop.max(d, w), audioop.minmax(d, w), audioop.avg(d, w), audioop.rms(d, w),
              audioop.avgpp(d, w), audioop.maxpp(d, w), audioop.cross(d, w))
    print([audioop.getsample(EDGES[w], w, i) for i in range(len(EDGES[w]) // w)])
print(audioop.max(array.array('h', [1, -300, 20]), 2), audioop.rms(array.array('i', [2**31 - 1] * 9), 4))
""")


def test_transforms_clip_wrap_and_round_down():
    same_as_host(IMPORT + r"""
factors = (0.0, -0.0, 1.0, -1.0, 0.5, -1.5, 2.0, 1e10, -1e10, math.inf, -math.inf, math.nan, 0.9999999)
for w in (1, 2, 3, 4):
    d = EDGES[w]
    for f in factors:
        print(w, f, audioop.mul(d, w, f), audioop.tomono(d, w, f, 0.25), audioop.tostereo(d, w, f, -f))
    print(audioop.add(d, d, w), audioop.add(d, d[::-1], w), audioop.reverse(d, w), audioop.byteswap(d, w))
    for b in (0, 1, -1, 127, -129, 2**31 - 1, -2**31, 123456789):
        print(audioop.bias(d, w, b))
    for nw in (1, 2, 3, 4):
        print(w, nw, audioop.lin2lin(d, w, nw), audioop.lin2lin(RAMP, w, nw)[:30])
""")


def test_ulaw_alaw_and_adpcm():
    same_as_host(IMPORT + r"""
codes = bytes(range(256))
for w in (1, 2, 3, 4):
    print(audioop.ulaw2lin(codes, w), audioop.alaw2lin(codes, w))
    for d in (EDGES[w], RAMP):
        print(audioop.lin2ulaw(d, w), audioop.lin2alaw(d, w))
        print(audioop.lin2adpcm(d, w, None), audioop.lin2adpcm(d, w, (-32768, 88)),
              audioop.lin2adpcm(d, w, (32767, 0)))
    print(audioop.adpcm2lin(RAMP[:40], w, None), audioop.adpcm2lin(RAMP[:41], w, (1000, 40)))
# A round trip in pieces carries the state along.
state, pieces = None, []
for i in range(0, len(RAMP), 24):
    code, state = audioop.lin2adpcm(RAMP[i:i + 24], 2, state)
    pieces.append(code)
print(pieces, state, audioop.adpcm2lin(b''.join(pieces), 2, None))
""")


def test_ratecv_and_its_state():
    same_as_host(IMPORT + r"""
for w in (1, 2, 3, 4):
    for nch in (1, 2, 3):
        d = RAMP[:len(RAMP) // (w * nch) * (w * nch)]
        for inrate, outrate in ((8000, 8000), (8000, 11025), (44100, 8000), (3, 7), (48000, 16000)):
            for weights in ((), (1, 0), (1, 1), (3, 2)):
                print(w, nch, inrate, outrate, weights, audioop.ratecv(d, w, nch, inrate, outrate, None, *weights))
# Fed in pieces, the state carries the conversion over.
state, out = None, []
for i in range(0, len(RAMP), 12):
    piece, state = audioop.ratecv(RAMP[i:i + 12], 2, 2, 11025, 8000, state, 2, 1)
    out.append(piece)
print(out, state)
print(audioop.ratecv(b'', 2, 1, 8000, 16000, (-3, ((100, 200),))))
# (A state's d is negative: CPython's output buffer has no room for more.)
print(audioop.ratecv(RAMP[:8], 4, 2, 1, 2, (-1, ((2**31 - 1, -2**31), (7, 8)))))
print(audioop.ratecv(RAMP[:8], 4, 1, 1, 3, (-2, ((2**31 - 1, -2**31),)), 5, 3))
""")


def test_findfit_findfactor_findmax():
    same_as_host(IMPORT + r"""
import struct
a = struct.pack('40h', *[(i * 997) % 3001 - 1500 for i in range(40)])
r = a[20:36]
print(audioop.findfit(a, r), audioop.findfit(a, a), audioop.findfactor(a, a[::-1][:len(a)]),
      audioop.findfactor(r, r), audioop.findmax(a, 5), audioop.findmax(a, 0), audioop.findmax(a, 40))
print(audioop.findfit(b'', b''), audioop.findfit(b'\1\0', b''), audioop.findfactor(b'\0\0', b'\0\0'),
      audioop.findfactor(b'\1\0', b'\0\0'), audioop.findfactor(b'\xff\xff', b'\0\0'), audioop.findmax(b'', 0))
""")


def test_errors_and_argument_conversion():
    same_as_host(IMPORT + r"""
print(audioop.error.__mro__, audioop.error.__module__, audioop.__doc__)
print(audioop.ratecv.__text_signature__, audioop.max.__doc__, audioop.max.__text_signature__)
class Index:
    def __index__(self): return 2
class Float:
    def __float__(self): return 2.5
cases = [
    (audioop.max, 'abc', 1), (audioop.max, memoryview(b'abcd')[::2], 1), (audioop.max, b'abc', 1.0),
    (audioop.max, b'abc', 2**40), (audioop.max, b'abc', 5), (audioop.max, b'abc', 0), (audioop.max, b'abc', 2),
    (audioop.max, b'abc'), (audioop.mul, b'abc', 1, 'x'), (audioop.mul, 'ab', 5, 'x'), (audioop.mul, b'ab', 1, 2**2000),
    (audioop.mul, b'ab', Index(), Float()), (audioop.bias, b'abcd', 1, 2**31), (audioop.getsample, b'abcd', 1, 4),
    (audioop.getsample, b'abcd', 1, -1), (audioop.getsample, b'abcd', 1, 2**70), (audioop.getsample, b'ab', 5, 'x'),
    (audioop.findmax, b'abcd', 3), (audioop.findmax, b'abcd', -1), (audioop.findmax, b'abc', 1),
    (audioop.findfit, b'ab', b'abcd'), (audioop.findfit, b'abc', b'ab'), (audioop.findfactor, b'ab', b'abcd'),
    (audioop.add, b'ab', b'abc', 1), (audioop.tomono, b'abc', 1, 1, 1), (audioop.tomono, b'ab', 1, 'x', 1),
    (audioop.lin2lin, b'ab', 1, 7), (audioop.ulaw2lin, b'abc', 5), (audioop.alaw2lin, b'abc', 0),
    (audioop.lin2ulaw, b'abc', 2), (audioop.lin2alaw, b'abc', 3.5),
    (audioop.ratecv, b'abcd', 1, 0, 8000, 16000, None), (audioop.ratecv, b'abcd', 1, 1, 0, 16000, None),
    (audioop.ratecv, b'abcd', 1, 1, 8000, 16000, None, 0), (audioop.ratecv, b'abcd', 1, 1, 8000, 16000, None, 1, -1),
    (audioop.ratecv, b'abcde', 2, 1, 8000, 16000, None), (audioop.ratecv, b'abcd', 5, 1, 8000, 16000, None),
    (audioop.ratecv, b'abcd', 4, 2**30, 8000, 16000, None), (audioop.ratecv, b'ab', 1, 1, 1, 1),
    (audioop.ratecv, b'ab', 1, 1, 1, 1, None, 1, 2, 3), (audioop.ratecv, b'ab', 1, 1, 1, 1, None, 1.5),
    (audioop.ratecv, b'abcd', 1, 1, 8000, 16000, 5), (audioop.ratecv, b'abcd', 1, 1, 8000, 16000, [1, ((1, 2),)]),
    (audioop.ratecv, b'abcd', 1, 1, 8000, 16000, (1,)), (audioop.ratecv, b'abcd', 1, 1, 8000, 16000, (1, 2)),
    (audioop.ratecv, b'abcd', 1, 1, 8000, 16000, ('a', ())), (audioop.ratecv, b'abcd', 1, 1, 8000, 16000, (1, ())),
    (audioop.ratecv, b'abcd', 1, 1, 8000, 16000, (1, ((1, 'a'),))), (audioop.ratecv, b'abcd', 1, 1, 8000, 16000, (1, (1,))),
    (audioop.ratecv, b'abcd', 1, 1, 8000, 16000, (1, ((1, 2, 3),))), (audioop.ratecv, b'abcd', 1, 1, 8000, 16000, (1, ([1, 2],))),
    (audioop.ratecv, b'abcd', 1, 1, 8000, 16000, (2**70, ((1, 2),))), (audioop.ratecv, b'abcd', 1, 1, 8000, 16000, (-2**40, ((1, 2),))),
    (audioop.ratecv, b'abcd', 1, 1, 8000, 16000, (1, ((2**40, 2),))), (audioop.ratecv, b'abcd', 1, 1, 8000, 16000, (1.5, ((1, 2),))),
    (audioop.lin2adpcm, b'abcd', 1, [1, 2]), (audioop.lin2adpcm, b'abcd', 1, (1,)), (audioop.lin2adpcm, b'abcd', 1, (1, 'a')),
    (audioop.lin2adpcm, b'abcd', 1, (40000, 2)), (audioop.lin2adpcm, b'abcd', 1, (-32769, 2)), (audioop.lin2adpcm, b'abcd', 1, (1, 89)),
    (audioop.lin2adpcm, b'abcd', 1, (1, -1)), (audioop.lin2adpcm, b'abcd', 1, (1, 2**40)), (audioop.lin2adpcm, b'abc', 2, None),
    (audioop.adpcm2lin, b'abcd', 1, (1, 2, 3)), (audioop.adpcm2lin, b'abc', 5, None), (audioop.adpcm2lin, b'abc', 3, 5),
]
for case in cases:
    show(*case)
try:
    audioop.max(b'abc', width=1)
except TypeError as e:
    print(e)
try:
    audioop.max(b'a', 7)
except audioop.error as e:
    print('caught', repr(e), e.args)
""")


def test_import_warns_from_the_importing_line():
    same_as_host(r"""
import sys, warnings
warnings.simplefilter("always")
import audioop
del sys.modules['audioop']
import importlib
importlib.import_module('audioop')
warnings.simplefilter("error")
del sys.modules['audioop']
try:
    import audioop
except DeprecationWarning as e:
    print('error:', e, 'audioop' in sys.modules)
""")


# --- Interpreter level: the codec tables against the host's C module ------------------

def _host_audioop():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        try:
            import audioop
        except ImportError:
            pytest.skip("because the host has no audioop (removed in Python 3.13)")
    return audioop


def test_codec_tables_match_every_16_bit_sample():
    import array
    from glass.modules import audioop as glass_audioop
    host = _host_audioop()
    every = array.array("h", range(-32768, 32768)).tobytes()
    ulaw = bytes(glass_audioop.codec_table("to_ulaw")[(v >> 18) & 0x3FFF]
                 for v in glass_audioop.samples32(every, 2))
    alaw = bytes(glass_audioop.codec_table("to_alaw")[(v >> 19) & 0x1FFF]
                 for v in glass_audioop.samples32(every, 2))
    assert ulaw == host.lin2ulaw(every, 2)
    assert alaw == host.lin2alaw(every, 2)
    codes = bytes(range(256))
    for width in (1, 2, 3, 4):
        assert glass_audioop.pack16(map(glass_audioop.codec_table("ulaw").__getitem__, codes),
                                    width) == host.ulaw2lin(codes, width)
        assert glass_audioop.pack16(map(glass_audioop.codec_table("alaw").__getitem__, codes),
                                    width) == host.alaw2lin(codes, width)


def test_sample_layouts_match_the_host():
    from glass.modules import audioop as glass_audioop
    host = _host_audioop()
    data = bytes((i * 101 + 7) & 0xFF for i in range(240))
    for width in (1, 2, 3, 4):
        raw = glass_audioop.raw_samples(data, width)
        assert raw == [host.getsample(data, width, i) for i in range(len(data) // width)]
        assert glass_audioop.pack_raw(raw, width) == data
        for newwidth in (1, 2, 3, 4):
            assert (glass_audioop.change_width(data, width, newwidth)
                    == host.lin2lin(data, width, newwidth))
