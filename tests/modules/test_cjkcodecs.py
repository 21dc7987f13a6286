"""The CJK codecs against the host: _multibytecodec's codec, incremental and
stream types and the six _codecs_XX modules, with error handlers.

Counterpart: glass/modules/_multibytecodec.py and _codecs_{cn,hk,iso2022,jp,kr,tw}.py
(Modules/cjkcodecs/).
"""
from __future__ import annotations

from oracle import same_as_host


def test_cjk_codecs():
    same_as_host(r"""
import codecs, io
import _multibytecodec as m, _codecs_jp as j
print(m.__doc__, j.__doc__, j.getcodec.__text_signature__, sorted(k for k in dir(m) if not k.startswith('__')))
for t in (m.MultibyteIncrementalEncoder, m.MultibyteIncrementalDecoder, m.MultibyteStreamReader, m.MultibyteStreamWriter):
    print(t, t.__module__, t.__doc__, sorted(k for k in vars(t) if not k.startswith('__')))
samples = {'shift_jis': 'こんにちは世界', 'cp932': '①ｱ漢字', 'euc_jp': '日本語テキスト', 'euc_jis_2004': '𠀋x', 'shift_jisx0213': 'かﾟ',
           'gb2312': '中文', 'gbk': '中文字', 'gb18030': '中文\U0001f600', 'hz': '中文 abc', 'big5': '繁體', 'cp950': '繁體字',
           'big5hkscs': 'Ê̄香港', 'euc_kr': '한국어', 'cp949': '한국어', 'johab': '한글', 'iso2022_jp': 'abc日本語def',
           'iso2022_jp_2': '日本語한국', 'iso2022_kr': '한국어 text', 'iso2022_jp_ext': 'ｱ日本'}
for enc, text in samples.items():
    b = codecs.encode(text, enc); print(enc, b, codecs.decode(b, enc) == text, codecs.lookup(enc).name, type(codecs.lookup(enc).encode))
    ie = codecs.getincrementalencoder(enc)(); out = b''.join(ie.encode(ch) for ch in text) + ie.encode('', True)
    idec = codecs.getincrementaldecoder(enc)(); back = ''.join(idec.decode(bytes([x])) for x in out) + idec.decode(b'', True)
    print('  inc', out == b, back == text, ie.getstate(), idec.getstate())
    s = io.BytesIO(); w = codecs.getwriter(enc)(s); w.write(text); w.writelines(['x', text]); w.reset(); print('  w', s.getvalue())
    r = codecs.getreader(enc)(io.BytesIO(s.getvalue() + b'\nline2\n'))
    try: print('  r', r.read(3), r.readline(), r.readlines())
    except UnicodeError as e: print('  r', type(e).__name__, e)
def t(f, *a, **k):
    try: print('ok', ascii(f(*a, **k)))
    except Exception as e: print(type(e).__name__, ascii(e), ascii(getattr(e, 'args', None)))
E = lambda t, enc, *a: codecs.lookup(enc).encode(t, *a); D = lambda b, enc, *a: codecs.lookup(enc).decode(b, *a)
t(E, '\u20ac\udc80', 'shift_jis'); t(D, b'\x82\xa0\xff\x82', 'shift_jis'); t(D, b'\x82', 'shift_jis')
for err in ('ignore', 'replace', 'xmlcharrefreplace', 'backslashreplace', 'namereplace', 'surrogateescape'):
    t(E, 'a\u20acb\xa0', 'euc_kr', err); t(D, b'a\xff\xfeb', 'gbk', err)
codecs.register_error('test.mine', lambda e: ('[%d-%d]' % (e.start, e.end), e.end))
t(E, 'a\u20acb', 'big5', 'test.mine'); t(D, b'a\xffb', 'big5', 'test.mine'); t(E, 'a\u20ac', 'big5', 'nope'); t(E, 'ab', 'big5', 'nope')
codecs.register_error('test.bad', lambda e: 1); t(E, 'a\u20acb', 'big5', 'test.bad')
c = j.getcodec('cp932'); print(type(c), c.encode('x'), c.decode(b'\x82\xa0'), c.encode(5), type(c).__name__)
t(j.getcodec, 'nope'); t(j.getcodec, 5); t(type(c)); t(c.decode, 'x'); t(c.encode, 'x', 5)
class E(m.MultibyteIncrementalEncoder): codec = 1
t(E); t(m.MultibyteIncrementalEncoder)
class E(m.MultibyteIncrementalEncoder): codec = c
e = E('ignore'); print(e.errors); t(setattr, e, 'errors', 5); e.errors = 'replace'; print(e.encode('a\u20ac'), e.errors); t(delattr, e, 'errors')
t(e.setstate, b'x'); t(e.encode, 'x', 'y')
d = codecs.getincrementaldecoder('euc_jp')(); print(d.decode(b'\xa4'), d.getstate()); d.setstate((b'', 0)); t(d.decode, b'\xa2', True)
t(d.decode, b'\xa4', True); t(d.setstate, 5)
r = codecs.getreader('euc_jp')(io.BytesIO(b'abc')); print(r.stream.__class__, r.errors); t(r.read, 'x'); t(r.read, 0)
print(issubclass(codecs.getincrementalencoder('cp932'), m.MultibyteIncrementalEncoder), codecs.lookup('sjis').incrementalencoder.__mro__)

class E2(m.MultibyteIncrementalEncoder): codec = c
class R2(m.MultibyteStreamReader): codec = c
for f, a, k in ((E2, (5,), {}), (E2, (), {}), (R2, (), {}), (R2, (1, 2, 3), {}), (E2, (1, 2), {}), (R2, (1, 5), {}), (E2, (), {'x': 1}), (E2, (None,), {})):
    t(lambda: f(*a, **k).errors)
E = lambda t, enc, *a: codecs.lookup(enc).encode(t, *a)
codecs.register_error('test.bytes', lambda e: (b'XX', e.end)); t(E, 'a\u20acb', 'big5', 'test.bytes')
codecs.register_error('test.far', lambda e: ('?', 100)); t(E, 'a\u20acb', 'big5', 'test.far')
codecs.register_error('test.back', lambda e: ('<>', -1)); t(E, 'a\u20acb', 'big5', 'test.back'); t(D, b'a\xffb', 'big5', 'test.back')
def boom(e): raise KeyError('boom')
codecs.register_error('test.boom', boom); t(E, 'a\u20acb', 'big5', 'test.boom')
w = codecs.getwriter('euc_jis_2004')(io.BytesIO()); w.write('か'); print(w.stream.getvalue()); w.reset(); print(w.stream.getvalue())
r = codecs.getreader('shift_jis')(io.BytesIO(b'\x82\xa0\x82')); t(r.read); r = codecs.getreader('shift_jis')(io.BytesIO(b'\x82\xa0\x82'), 'replace'); t(r.read)
class S:
    def read(self, n=-1): return 'text'
t(codecs.getreader('shift_jis')(S()).read)
""")
