"""_csv and _json against the host: csv's reader, writer, dialects, DictReader,
DictWriter and Sniffer; json on top of _json.

Counterpart: glass/modules/_csv.py (Modules/_csv.c), glass/modules/_json.py
(Modules/_json.c).
"""
from __future__ import annotations

import os

from oracle import same_as_host

HERE = os.path.dirname(os.path.abspath(__file__))


def test_csv_module_and_dialects():
    same_as_host(r"""
import _csv, csv, io, pickle
def t(f, *a, **k):
    try: print('ok', f(*a, **k))
    except Exception as e: print(type(e).__name__, e)
print([n for n in dir(_csv) if n != '__file__'], _csv.__version__, _csv.__doc__[:60])
print(_csv.Error.__mro__, csv.Error is _csv.Error, _csv.QUOTE_MINIMAL, _csv.QUOTE_ALL, _csv.QUOTE_NONNUMERIC, _csv.QUOTE_NONE)
print(_csv.Dialect.__doc__, _csv.Reader.__doc__, _csv.Writer.__doc__, _csv.reader.__doc__, _csv.writer.__doc__)
for n in ('register_dialect', 'unregister_dialect', 'get_dialect', 'list_dialects', 'field_size_limit'):
    f = getattr(_csv, n); print(n, f.__text_signature__, f.__doc__)
print(sorted(vars(_csv.Dialect)), sorted(vars(_csv.Reader)), sorted(vars(_csv.Writer)))
d = _csv.Dialect(quotechar=None)
print(d.quoting, d.strict, d.doublequote, d.escapechar, repr(d.lineterminator), d.delimiter, d.quotechar, d.skipinitialspace)
d = _csv.Dialect('excel-tab', strict=1); print(repr(d.delimiter), d.strict, _csv.Dialect(d) is d, _csv.Dialect(d, quoting=1) is d)
t(_csv.Dialect, escapechar=''); t(_csv.Dialect, quotechar=''); t(_csv.Dialect, delimiter=None); t(_csv.Dialect, delimiter='ab')
t(_csv.Dialect, escapechar=5); t(_csv.Dialect, quoting='1'); t(_csv.Dialect, quoting=7); t(_csv.Dialect, quoting=True)
t(_csv.Dialect, lineterminator=None); t(_csv.Dialect, lineterminator=5); t(_csv.Dialect, quotechar=None, quoting=0)
t(_csv.Dialect, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10); t(_csv.Dialect, foo=1); t(_csv.Dialect, 'excel', 'x', delimiter='y')
t(_csv.Dialect, 'nope'); t(pickle.dumps, _csv.Dialect()); t(_csv.Dialect().__reduce_ex__, 2)
class D(_csv.Dialect): pass
print(D(delimiter=';').delimiter, type(D()), isinstance(D(), _csv.Dialect))
t(_csv.reader, 5); t(_csv.reader); t(_csv.writer, 5); t(_csv.writer); t(_csv.reader, [], 'nope'); t(_csv.reader, [], 'excel', 'x')
t(_csv.field_size_limit, 'x'); t(_csv.field_size_limit, 1, 2); t(_csv.field_size_limit, 2**70); t(_csv.field_size_limit, limit=3)
print(_csv.field_size_limit(new_limit=7), _csv.field_size_limit(), _csv.field_size_limit(131072))
t(_csv.get_dialect, 'zz'); print(_csv.list_dialects()); t(_csv.register_dialect, 1); t(_csv.unregister_dialect, 'zz'); t(_csv.register_dialect)
_csv.register_dialect('semi', delimiter=';', quoting=csv.QUOTE_ALL); print(_csv.get_dialect('semi').quoting, sorted(_csv._dialects))
_csv.unregister_dialect('semi'); print(csv.list_dialects())
class MyD(csv.Dialect):
    delimiter = '|'; quotechar = "'"; doublequote = True; skipinitialspace = False; lineterminator = '\n'; quoting = csv.QUOTE_MINIMAL
csv.register_dialect('my', MyD); print(csv.list_dialects(), list(csv.reader(["a|'b|c'"], 'my')), csv.get_dialect('my').delimiter)
csv.unregister_dialect('my')
class Bad(csv.Dialect):
    delimiter = ''
t(Bad)
class Bad2(csv.excel):
    quoting = None
t(Bad2)
print(csv.excel().delimiter, csv.get_dialect('excel').quoting, csv.get_dialect('unix').quoting)
""")


def test_csv_reader():
    same_as_host(r"""
import _csv, csv, io
def t(f, *a, **k):
    try: print('ok', f(*a, **k))
    except Exception as e: print(type(e).__name__, e)
t(list, _csv.reader(['a\0b'])); t(list, _csv.reader(['a"b"c,"d"e'])); t(list, _csv.reader(['"abc'], strict=True))
t(list, _csv.reader(['a\rb'])); t(list, _csv.reader(['"a"b'], strict=True)); t(list, _csv.reader([b'a']))
t(list, _csv.reader(['a', 5]))
r = _csv.reader(['a,b']); print(r.line_num, type(r), iter(r) is r, r.dialect.delimiter, next(r), r.line_num); t(next, r)
data = 'name,age\n"Smith, J",42\n"multi\nline",7\n,\n\n x, y\n"a""b",c\r\nlast'
print(list(csv.reader(io.StringIO(data, newline=''))))
print(list(csv.reader(io.StringIO(data, newline=''), skipinitialspace=True)))
print(list(csv.DictReader(io.StringIO(data, newline=''))))
print(list(csv.DictReader(io.StringIO('a,b\n1,2,3\n4\n'), restkey='more', restval='-')))
print(list(csv.reader(['1,2.5,"x",,-3e2'], quoting=csv.QUOTE_NONNUMERIC)))
t(list, csv.reader(['1,a'], quoting=csv.QUOTE_NONNUMERIC))
print(list(csv.reader(['a\\,b,c'], escapechar='\\')), list(csv.reader(['"a\\"b",c'], escapechar='\\', doublequote=False)))
print(list(csv.reader(['a\\', 'b'], escapechar='\\')), list(csv.reader(['"a\\', 'b"'], escapechar='\\')))
print(list(csv.reader(['a\\\n', 'b'], escapechar='\\')), list(csv.reader(['"ab"c"d"', '"x""y'], doublequote=False)))
print(list(csv.reader(['a;b;"c;d"'], delimiter=';')), list(csv.reader(['a\tb'], dialect='excel-tab')))
print(list(csv.reader(['a,"b,c"'], quoting=csv.QUOTE_NONE)), list(csv.reader(['a,b\r\n', 'c\r', '\n'])))
print(list(csv.reader(['"a\nb"\n'])), list(csv.reader(['"a', 'b', 'c"'])), list(csv.reader(['', '', 'x'])))
old = csv.field_size_limit(5); t(list, csv.reader(['abcdefg'])); t(list, csv.reader(['abcde'])); print(csv.field_size_limit(old))
rr = csv.reader(['a,"b', 'c"', 'd']); print(next(rr), rr.line_num, next(rr), rr.line_num)
t(list, csv.reader(['a,"b'])); t(list, csv.reader(['a,"b'], strict=1)); t(list, csv.reader(['a,b\n', 'x'], strict=1))
t(list, csv.reader(['a', 'b'], delimiter='xx'))
def gen():
    yield 'a,b'
    raise ValueError('boom')
t(list, csv.reader(gen()))
""")


def test_csv_writer_and_sniffer():
    same_as_host(r"""
import _csv, csv, io, decimal, fractions
def t(f, *a, **k):
    try: print('ok', f(*a, **k))
    except Exception as e: print(type(e).__name__, e)
f = io.StringIO(); w = _csv.writer(f, lineterminator='\n', quoting=_csv.QUOTE_NONNUMERIC)
print(w.writerow([1, 'a', 2.5, None, True, 3+1j, decimal.Decimal('1.5'), fractions.Fraction(1, 3)]), w.writerows([[1], [2]]), repr(f.getvalue()))
f = io.StringIO(); w = _csv.writer(f, lineterminator='\n')
print(w.writerow(['a\rb', 'c\nd', 'e,f', 'q"q', 1.25, None, b'x']), w.dialect.delimiter)
w.writerow(['']); w.writerow([]); w.writerow(iter(['x', 'y'])); w.writerow('abc'); print(repr(f.getvalue()))
t(w.writerow, 5); t(w.writerows, [[1], 5]); t(w.writerows, 7)
f = io.StringIO()
t(_csv.writer(f, quoting=_csv.QUOTE_NONE).writerow, ['a,b']); t(_csv.writer(f, quoting=_csv.QUOTE_NONE).writerow, [''])
t(_csv.writer(f, quoting=_csv.QUOTE_NONE, escapechar='\\').writerow, ['a,b', 'c"d', 'e\\f', 'g\r\nh'])
t(_csv.writer(f, quoting=_csv.QUOTE_ALL).writerow, ['a', 1, None, ''])
t(_csv.writer(f, doublequote=False, escapechar='!').writerow, ['a"b', 'c!d'])
t(_csv.writer(f, doublequote=False).writerow, ['a"b'])
t(_csv.writer(f, delimiter='\t', lineterminator='|').writerow, ['a\tb', 'c|d', 'e f'])
print(repr(f.getvalue()))
class NoWrite: write = 5
t(_csv.writer, NoWrite()); t(_csv.writer, io.StringIO(), 'excel', 3)
class Bad:
    def __str__(self): raise RuntimeError('no str')
t(_csv.writer(f).writerow, [Bad()])
f = io.StringIO(); dw = csv.DictWriter(f, ['a', 'b'], lineterminator='\n'); dw.writeheader(); dw.writerow({'a': 1, 'b': 'x,y'})
dw.writerows([{'a': 2}, {'b': 3}]); print(repr(f.getvalue())); t(dw.writerow, {'c': 1})
print(repr(f.getvalue()))
s = csv.Sniffer()
for sample in ('a;b;c\n1;2;3\n4;5;6\n', 'x,y\n1,2\n3,4\n', '"a","b"\n"c","d"\n', "'a' ; 'b'\n'c' ; 'd'\n", 'name\tage\nbob\t3\n'):
    d = s.sniff(sample); print(repr(d.delimiter), repr(d.quotechar), d.doublequote, d.skipinitialspace, d.quoting, s.has_header(sample))
t(s.sniff, 'abc')
print(s.sniff('a|b|c\n1|2|3\n', delimiters='|').delimiter)
""")


def test_json_scanner_and_encoder():
    same_as_host(r"""
import json, _json, decimal, collections
from json import decoder, scanner, encoder
def t(f, *a, **k):
    try: print('ok', repr(f(*a, **k))[:300])
    except StopIteration as e: print('StopIteration', e.value)
    except Exception as e: print(type(e).__name__, e, getattr(e, 'pos', None), getattr(e, 'lineno', None), getattr(e, 'colno', None))
print(_json.__doc__, sorted(n for n in dir(_json) if n != '__file__'), _json.make_scanner.__doc__, _json.make_encoder.__doc__)
print(decoder.c_scanstring is _json.scanstring, scanner.make_scanner is _json.make_scanner, encoder.c_make_encoder is _json.make_encoder)
for n in ('scanstring', 'encode_basestring', 'encode_basestring_ascii'):
    f = getattr(_json, n); print(n, f.__text_signature__, f.__doc__)
print(sorted(vars(_json.make_scanner)), sorted(vars(_json.make_encoder)))
docs = ['{"a": [1, 2.5, true, false, null, "x\\u00e9\\ud83d\\ude00\\n\\t\\"\\\\\\/"], "b": {}, "c": [], "d": -0.0, "e": 1e400, "f": -12E-3}',
        ' [ 1 , [ [ ] , { "k" : "v" } ] ] ', '"\\ud800"', '"\\ud800\\u0041"', '123456789012345678901234567890', '-0', '0.5e', '1.5E+2x',
        'NaN', 'Infinity', '-Infinity', '[-Infinity, NaN]', '{"dup": 1, "dup": 2}']
for doc in docs: t(json.loads, doc)
bad = ['', '[', '[1,', '[1 2]', '{"a" 1}', '{"a": 1,}', '{1: 2}', '"abc', '"a\x01b"', '"\\x"', '"\\u12"', '"\\u12zz"', '[1] x', 'tru', '-', '-x', '{"a":', '["\\ud800\\u12"]', '0123', '{"a": 1 "b": 2}', ']']
for doc in bad: t(json.loads, doc)
t(json.loads, '"a\x01b"', strict=False); t(json.loads, '{"a": 1.5, "b": 2}', parse_float=decimal.Decimal, parse_int=str)
t(json.loads, '[NaN, Infinity]', parse_constant=lambda c: 'C:' + c); t(json.loads, '{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items()))
t(json.loads, '{"z": 1, "a": [2]}', object_pairs_hook=collections.OrderedDict); t(json.loads, '{"z": 1}', object_pairs_hook=list)
t(json.loads, '[' * 100 + ']' * 100); t(json.loads, '1' * 5000)
t(_json.scanstring, '"abc"', 1); t(_json.scanstring, 'abc"x', 0); t(_json.scanstring, '"abc', 1); t(_json.scanstring, 'x', 5); t(_json.scanstring, b'x', 0)
t(_json.scanstring, '"a\tb"', 1, False); t(_json.scanstring, '"a\tb"', 1, True); t(_json.scanstring, '"\\ud834\\udd20x"', 1)
sc = _json.make_scanner(json.JSONDecoder()); t(sc, '[1, 2]', 0); t(sc, '  1', 0); t(sc, 'x', 0); t(sc, '1', 5); t(sc, '1', -1); t(sc, b'1', 0); t(sc, string='{}', idx=0)
print(sc.strict, sc.object_hook, sc.parse_float, sc.parse_int, callable(sc.parse_constant), sc.object_pairs_hook)
t(_json.make_scanner); t(_json.make_scanner, 5)
t(_json.encode_basestring_ascii, 'a"b\\c\n\x00\x1f\x7fé\u2028😀'); t(_json.encode_basestring, 'a"b\\c\n\x00\x1f\x7fé\u2028😀'); t(_json.encode_basestring, 5)
class S(str): pass
class I(int):
    def __repr__(self): return 'I!'
class F(float):
    def __repr__(self): return 'F!'
class D(dict):
    def items(self): return [('x', 1), ('y', 2)]
class L(list): pass
objs = [{'a': [1, 2.5, True, None, 'xé😀', (1, 2)], 'b': {}, 'c': [], 3: 4, 1.5: 'f', True: 't', None: 'n', False: 0},
        [S('sub'), I(7), F(2.5), D(q=1), L([1, L()]), float('nan'), float('-inf'), 10**30, -0.0, 1e-7, 1e22],
        {'z': 1, 'a': 2, 'm': {'y': 1, 'b': 2}}]
for o in objs:
    t(json.dumps, o); t(json.dumps, o, sort_keys=True) if o is not objs[0] else None; t(json.dumps, o, ensure_ascii=False); t(json.dumps, o, separators=(',', ':'))
t(json.dumps, objs[1], allow_nan=False); t(json.dumps, {(1, 2): 3}); t(json.dumps, {(1, 2): 3, 'a': 1}, skipkeys=True); t(json.dumps, object())
t(json.dumps, {'a': object()}, default=lambda o: type(o).__name__); t(json.dumps, [decimal.Decimal('1.5'), {1, 2}], default=lambda o: str(o))
t(json.dumps, {1: 1, 'a': 2}, sort_keys=True)
circ = []; circ.append(circ); t(json.dumps, circ); d = {}; d['d'] = d; t(json.dumps, d)
class Loop: pass
t(json.dumps, Loop(), default=lambda o: o); t(json.dumps, circ, check_circular=False)
t(json.dumps, [[[[[[]]]]]], indent=2); t(json.dumps, {'a': [1, {'b': 2}]}, indent='\t', sort_keys=True)
e = _json.make_encoder(None, repr, _json.encode_basestring_ascii, None, ': ', ', ', False, False, True)
t(e, [1, 'x', {'k': 2}], 0); t(e, 'x', 'y'); print(e.markers, e.default, e.encoder is _json.encode_basestring_ascii, e.indent, e.key_separator, e.item_separator, e.sort_keys, e.skipkeys)
t(_json.make_encoder, 1, repr, repr, None, ':', ',', 0, 0, 1); t(_json.make_encoder, None, repr, repr, None, 1, ',', 0, 0, 1); t(_json.make_encoder, None)
bad_enc = _json.make_encoder({}, repr, lambda s: 5, None, ':', ',', False, False, True); t(bad_enc, ['x'], 0)
t(json.dumps, {'a': 1, 'b': [1, 2]}, cls=json.JSONEncoder)
print(json.loads(json.dumps({'k': ['v' * 50] * 20})) == {'k': ['v' * 50] * 20})
""")
