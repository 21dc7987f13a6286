"""Guest bytes against the host.

Counterpart: glass/objects/bytes.py and the bytes half of
glass/objects/stringlib.py (Objects/bytesobject.c, Objects/bytes_methods.c).
"""
from __future__ import annotations

import random

import pytest
from oracle import needs_cpython311_host, same_as_host

from glass.objects.exceptions import OperationError


@pytest.fixture(scope="module", autouse=True)
def object_space():
    from glass.vm import pylifecycle
    pylifecycle.initialize()


def _outcome(func, *args):
    try:
        result = func(*args)
    except OperationError as error:
        w_exc = error.w_value
        items = [getattr(w, "value", w) for w in w_exc.w_args.items]
        return "%s: %s" % (w_exc.ob_type.name, items[0] if len(items) == 1 else items)
    except Exception as error:  # noqa: BLE001 - the host's answer
        return "%s: %s" % (type(error).__name__, error)
    return getattr(result, "value", result)


@needs_cpython311_host
def test_repr_matches_host():
    from glass.objects.stringlib import bytes_repr
    rng = random.Random(21)
    samples = [b"", b"'", b'"', b"'\"", b"\\", bytes(range(256))]
    samples += [bytes(rng.randrange(256) for _ in range(rng.randint(1, 8)))
                for _ in range(2000)]
    samples += [bytes(rng.choice(b"'\"ab\\") for _ in range(rng.randint(1, 5)))
                for _ in range(500)]
    for data in samples:
        assert bytes_repr(data) == repr(data), data
        assert "bytearray(%s)" % bytes_repr(data, True) == repr(bytearray(data)), data


@needs_cpython311_host
def test_hex_and_fromhex_match_host():
    from glass.objects.int import new_int
    from glass.objects.str import new_str
    from glass.objects.stringlib import fromhex, hex_of
    rng = random.Random(22)
    for _ in range(500):
        data = bytes(rng.randrange(256) for _ in range(rng.randint(0, 9)))
        sep = rng.choice([None, ":", "-", "ab", "é"])
        per = rng.choice([None, 1, 2, -2, 3, -5, 0])
        expected = _outcome(lambda: data.hex() if sep is None else
                            data.hex(sep) if per is None else data.hex(sep, per))
        w_sep = None if sep is None else new_str(sep)
        w_per = None if per is None else new_int(per)
        assert _outcome(hex_of, data, w_sep, w_per) == expected, (data, sep, per)
    for text in ["", "ab", "ab cd", " ab  cd ", "abc", "a b", "zz", "AbCd", "\tab", "ab\n",
                 "0 1", "é"]:
        assert _outcome(fromhex, text) == _outcome(bytes.fromhex, text), text


@needs_cpython311_host
def test_docstrings_and_signatures_match_host():
    from glass.objects.bytearray import W_ByteArray
    from glass.objects.bytes import W_Bytes
    from glass.objects.str import W_Str
    for cls, host in ((W_Str, str), (W_Bytes, bytes), (W_ByteArray, bytearray)):
        for name, _func, signature, _kind, doc in cls.w_type.typedef.methods:
            host_method = getattr(host, name)
            if name != "__sizeof__" or host is not bytes:
                assert doc == host_method.__doc__, (host.__name__, name)
            host_signature = getattr(host_method, "__text_signature__", None)
            if host_signature is not None:
                assert signature == host_signature, (host.__name__, name)


def test_methods_same_as_host():
    same_as_host(r'''
        b = b"Hello, World"
        print(b.lower(), b.upper(), b.swapcase(), b.title(), b.capitalize(), b"\xe9a".upper())
        print(b.split(), b.split(b","), b.split(b", ", 1), b.rsplit(b"o"), b.rsplit(b"o", 1),
              b"  a  b ".split(None, 1), b"  a  b ".rsplit(maxsplit=1), b"a,b".split(bytearray(b",")))
        print(b"a\nb\r\nc\rd\x0be".splitlines(), b"a\nb\r\n".splitlines(True), b.partition(b", "),
              b.rpartition(b"o"), b.partition(b"zz"), b.rpartition(b"zz"))
        print(b"-".join([b"a", bytearray(b"b"), b"c"]), b"".join([]), b", ".join((b"x",)),
              b"/".join(iter([b"p", b"q"])))
        print(b"  xx  ".strip(), b"xxhixx".strip(b"x"), b"  a ".lstrip(), b"  a ".rstrip() + b"|",
              b"abcba".lstrip(b"ab"), b"abcba".rstrip(bytearray(b"ab")))
        print(b.find(b"o"), b.rfind(b"o"), b.find(b"o", 5), b.find(111, 5, 8), b.find(b"zz"),
              b.find(b""), b.index(b"W"), b.rindex(108), b.count(b"l"), b.count(108, 4), b.count(b""))
        print(b.startswith(b"Hell"), b.startswith((b"x", b"He")), b.startswith(b"World", 7),
              b.endswith(b"ld"), b.endswith((b"W", bytearray(b"ld")), 0, 12))
        print(b.replace(b"l", b"L"), b.replace(b"l", b"L", 2), b.replace(b"", b"-"), b.center(20),
              b.center(21, b"*"), b.ljust(15, b"."), b.rjust(15), b"42".zfill(5), b"-42".zfill(5))
        print(b"a\tb\tc".expandtabs(), b"a\tbc\td".expandtabs(4), b"abc".removeprefix(b"ab"),
              b"abc".removesuffix(b"bc"), b"abc".removeprefix(b"x"))
        for t in [b"abc", b"ABC", b"Abc Def", b"123", b" \t", b"", b"a1", b"\xe9", b"Ab"]:
            print(t, t.isalnum(), t.isalpha(), t.isascii(), t.isdigit(), t.islower(), t.isspace(),
                  t.istitle(), t.isupper())
        print(len(b), b[0], b[-1], b[2:5], b[::-1], b[::2], b[-3:], b[100:], b[5:2:-1], list(b[:3]),
              104 in b, b"ll" in b, bytearray(b"Wo") in b)
        print(b + b"!", b + bytearray(b"?"), b * 2, 2 * b"ab", b"x" * 0, b"a" < b"b", b"abc" >= b"abd",
              b"a" == b"a", b"a" != b"b", b == "Hello, World", b"a" == bytearray(b"a"))
        print(bytes(), bytes(3), bytes([65, 66]), bytes((67,)), bytes(b"xy"), bytes(bytearray(b"z")),
              bytes("é", "utf-8"), bytes("é", "latin-1"), bytes(iter([1, 2])), bytes(range(3)),
              bytes(source=b"k"))
        print(b.hex(), b"\xb9\x01\xef".hex(":"), b"\xb9\x01\xef".hex(":", 2),
              b"\xb9\x01\xef".hex(b"-", -2), b"".hex(":"), bytes.fromhex("B9 01EF"), bytes.fromhex(""))
        print(b.decode(), b"caf\xc3\xa9".decode(), b"caf\xe9".decode("latin-1"),
              b"\xff".decode("utf-8", "replace"), b.decode(encoding="ascii"),
              b"abc".translate(bytes.maketrans(b"ab", b"xy")), b"abc".translate(None, b"b"),
              b"abc".translate(None, delete=b"ac"), len(bytes.maketrans(b"", b"")))
        print(repr(b"'"), repr(b'"'), repr(b"'\""), repr(b"\x00\x7f\x80\xff\t\n\r\\"), str(b"x"),
              b"a\x00".__sizeof__(), b"abc".__getnewargs__(), b"q".__bytes__(), hash(b"") == 0)
        it = iter(b"abc"); next(it)
        print(it.__length_hint__(), list(it), type(iter(b"")).__name__, it.__reduce__()[1:])
        print(b"%s-%d" % (b"a", 3), b"%(k)s" % {b"k": b"v"}, b"%5.2f|" % 3.14159, b"%x" % 255,
              b"%c%c" % (65, b"B"), b"%a %r" % (b"x", "y"), b"%b" % bytearray(b"ba"), b"%%" % ())
        class Bt:
            def __bytes__(self): return b"BB"
        print(bytes(Bt()), b"%s" % Bt())
        a = b"abcdef"
        print(a.partition(b"x")[0] is a, a.strip() is a, a.replace(b"x", b"y") is a,
              a.center(2) is a, a.zfill(3) is a, a.split()[0] is a, a.lstrip(b"x") is a,
              a.translate(None) is a, a.removeprefix(b"x") is a, a[:] is a, a * 1 is a,
              bytes(a) is a, b"".join([a]) is a, a.expandtabs() is a, b"abc"[0:1] is b"a")
        class B(bytes): pass
        x = B(b"abc")
        print(type(x).__name__, x, repr(x), type(x + b"").__name__, type(x[:]).__name__,
              type(x.strip()).__name__, x.partition(b"z")[0] is x, B(3), B([1, 2]),
              B("é", "utf-8"), type(B.fromhex("cc")).__name__, type(x.__bytes__()).__name__)
        print(b"abc".partition(bytearray(b"b")))
    ''')


def test_errors_same_as_host():
    same_as_host(r'''
        def t(label, f):
            try:
                print(label, '->', repr(f()))
            except Exception as e:
                print(label, '!!', type(e).__name__, e)
        b = b'abc'
        t('find str', lambda: b.find('a'))
        t('find int big', lambda: b.find(256))
        t('find float', lambda: b.find(1.5))
        t('find order', lambda: b.find('a', 'x'))
        t('count str', lambda: b.count('a'))
        t('index miss', lambda: b.index(b'z'))
        t('in str', lambda: 'a' in b)
        t('in big', lambda: 300 in b)
        t('in float', lambda: 1.5 in b)
        t('startswith str', lambda: b.startswith('a'))
        t('startswith tuple', lambda: b.startswith((b'x', 'a')))
        t('split str', lambda: b.split('a'))
        t('split empty', lambda: b.split(b''))
        t('split order', lambda: b.split('a', 'x'))
        t('join str', lambda: b.join(['a']))
        t('join nonit', lambda: b.join(5))
        t('strip str', lambda: b.strip('a'))
        t('replace str', lambda: b.replace('a', b'b'))
        t('center fill', lambda: b.center(5, 'x'))
        t('center fill2', lambda: b.center(5, b'xy'))
        t('partition str', lambda: b.partition('a'))
        t('partition empty', lambda: b.partition(b''))
        t('add str', lambda: b + 'a')
        t('radd', lambda: 'a' + b)
        t('lt str', lambda: b < 'a')
        t('getitem str', lambda: b['a'])
        t('getitem range', lambda: b[5])
        t('hex bad sep', lambda: b.hex('::'))
        t('hex sep nonascii', lambda: b.hex('é'))
        t('hex sep int', lambda: b.hex(1))
        t('fromhex bad', lambda: bytes.fromhex('abx'))
        t('fromhex odd', lambda: bytes.fromhex('abc'))
        t('fromhex int', lambda: bytes.fromhex(1))
        t('decode int', lambda: b.decode(1))
        t('decode bad', lambda: b'\xff'.decode())
        t('bytes(str)', lambda: bytes('a'))
        t('bytes(int, enc)', lambda: bytes(1, 'utf-8'))
        t('bytes(b, enc)', lambda: bytes(b'a', 'utf-8'))
        t('bytes(-1)', lambda: bytes(-1))
        t('bytes([256])', lambda: bytes([256]))
        t('bytes([-1])', lambda: bytes([-1]))
        t('bytes([1.5])', lambda: bytes([1.5]))
        t('bytes(1.5)', lambda: bytes(1.5))
        t('bytes(None)', lambda: bytes(None))
        t('bytes errors only', lambda: bytes(errors='x'))
        t('bytes enc only', lambda: bytes(encoding='x'))
        t('bytes enc int', lambda: bytes('a', 1))
        t('translate short', lambda: b.translate(b'x'))
        t('translate str', lambda: b.translate('x' * 256))
        t('maketrans', lambda: bytes.maketrans(b'a', b'bc'))
        t('maketrans str', lambda: bytes.maketrans('a', 'b'))
        t('mul float', lambda: b * 1.5)
        t('mod str', lambda: b'%s' % 'x')
        t('mod int', lambda: b'%s' % 1)
        t('mod c', lambda: b'%c' % 256)
        t('mod c str', lambda: b'%c' % 'a')
        t('mod f', lambda: b'%f' % 'x')
        t('mod extra', lambda: b'' % b'x')
        t('mod hi byte', lambda: b'%\xff' % 1)
        t('mod prec', lambda: b'%.99999999999d' % 1)
        t('hash', lambda: hash(b'x') == hash(b'x'))
        class BadBytes:
            def __bytes__(self): return 'no'
        t('bad __bytes__', lambda: bytes(BadBytes()))
        b[0] = 1
    ''')
