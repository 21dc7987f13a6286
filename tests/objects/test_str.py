"""Guest strs against the host: repr, methods, str.format and %-formatting.

Counterpart: glass/objects/str.py, glass/objects/strformat.py and
glass/objects/stringlib.py (Objects/unicodeobject.c, Objects/stringlib/).

Interpreter-level tests drive the host-value functions with many generated
inputs (cheap, no subprocess); snippet tests run rich guest programs under
python3 and Glass and compare everything they print.
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


def _guest(value):
    """A guest object for a host int, float, str, bytes, tuple or dict."""
    from glass.objects.bytes import new_bytes
    from glass.objects.dict import W_Dict
    from glass.objects.float import W_Float
    from glass.objects.int import new_int
    from glass.objects.none import new_none
    from glass.objects.str import new_str
    from glass.objects.tuple import new_tuple_owned
    if value is None:
        return new_none()
    if isinstance(value, bool):
        from glass.objects.bool import new_bool
        return new_bool(value)
    if isinstance(value, int):
        return new_int(value)
    if isinstance(value, float):
        return W_Float(value)
    if isinstance(value, str):
        return new_str(value)
    if isinstance(value, bytes):
        return new_bytes(value)
    if isinstance(value, tuple):
        return new_tuple_owned([_guest(item) for item in value])
    if isinstance(value, dict):
        w_dict = W_Dict()
        for key, item in value.items():
            w_dict.setitem(_guest(key), _guest(item))
        return w_dict
    raise TypeError(value)


def _outcome(func, *args):
    """What a call did: its result, or 'ExceptionName: message'."""
    try:
        result = func(*args)
    except OperationError as error:
        w_exc = error.w_value
        items = [getattr(w, "value", w) for w in w_exc.w_args.items]
        if w_exc.ob_type.name == "KeyError" and len(items) == 1:
            return "KeyError: %r" % (items[0],)       # str(KeyError) is the key's repr
        return "%s: %s" % (w_exc.ob_type.name, items[0] if len(items) == 1 else items)
    except Exception as error:  # noqa: BLE001 - the host's answer
        return "%s: %s" % (type(error).__name__, error)
    return getattr(result, "value", result)


# --- repr ------------------------------------------------------------------------------

@needs_cpython311_host
def test_repr_matches_host_on_every_kind_of_character():
    from glass.objects.str import str_repr
    rng = random.Random(11)
    ranges = [(0, 0x80), (0x80, 0x100), (0x100, 0x3000), (0xD7F0, 0xE010),
              (0xFFF0, 0x10000), (0x10000, 0x30000), (0xE0000, 0x110000)]
    samples = ["", "'", '"', "'\"", "\\", "a'b", 'a"b', "\t\n\r", "\x00\x7f"]
    for _ in range(3000):
        low, high = rng.choice(ranges)
        samples.append("".join(chr(rng.randrange(low, high))
                               for _ in range(rng.randint(1, 6))))
    for text in samples:
        assert str_repr(text) == repr(text), text


def test_repr_picks_quotes_and_escapes():
    from glass.objects.str import str_repr
    assert str_repr("it's") == '"it\'s"'
    assert str_repr("both ' and \"") == "'both \\' and \"'"
    assert str_repr("\u200b\ud800") == "'\\u200b\\ud800'"
    assert str_repr("\U000e0001") == "'\\U000e0001'"


def test_sizeof_follows_the_compact_layouts():
    from glass.objects.str import str_sizeof
    assert [str_sizeof(t) for t in ("", "abc", "é", "€", "\U0001f600")] == \
        [49, 52, 74, 76, 80]


def test_singletons_and_interning():
    from glass.objects.str import intern, new_str
    w_a, w_b = new_str("a"), new_str("a")
    assert w_a is w_b                       # the latin-1 singleton
    assert new_str("") is new_str("")
    assert new_str("\u0100") is not new_str("\u0100")
    assert intern("a") is not w_a           # an interned name has its own object
    assert intern("") is new_str("")
    assert intern("name") is intern("name")


# --- %-formatting ------------------------------------------------------------------------

def _random_printf(rng):
    flags = "".join(rng.choice("-+ #0") for _ in range(rng.randint(0, 2)))
    width = rng.choice(["", "", "5", "12", "*", "0"])
    prec = rng.choice(["", "", ".0", ".3", ".*", "."])
    kind = rng.choice("sradiuoxXeEfFgGc%z")
    return "%" + flags + width + prec + kind


_VALUES = [0, 7, -42, 255, 2 ** 70, -(2 ** 65), 3.5, -0.0, 1e300, 1e-7, float("inf"),
           float("nan"), "text", "é", "", True, None, (1, 2), 65, "x"]


@needs_cpython311_host
def test_printf_formatting_matches_host():
    from glass.objects.str import new_str
    from glass.objects.strformat import unicode_format
    rng = random.Random(3)
    for _ in range(4000):
        fmt = "".join(rng.choice(["ab", "%%", _random_printf(rng), "|"])
                      for _ in range(rng.randint(1, 3)))
        args = tuple(rng.choice(_VALUES) for _ in range(rng.randint(0, 3)))
        if len(args) == 1 and rng.random() < 0.5:
            args = args[0]
        expected = _outcome(lambda: fmt % args)
        w_fmt, w_args = new_str(fmt), _guest(args)
        assert _outcome(unicode_format, w_fmt, w_args) == expected, (fmt, args)


@needs_cpython311_host
def test_printf_mapping_keys_match_host():
    from glass.objects.str import new_str
    from glass.objects.strformat import unicode_format
    mapping = {"a": 1, "b": "two", "(x)": 3.25, "": "empty"}
    for fmt in ["%(a)d", "%(b)s|%(a)05d", "%((x))s", "%()s", "%(a)s %s", "%(c)s",
                "%(a", "%(a)", "%(b)r%%", "%(a)*d", "%s %(a)s"]:
        expected = _outcome(lambda: fmt % mapping)
        assert _outcome(unicode_format, new_str(fmt), _guest(mapping)) == expected, fmt


@needs_cpython311_host
def test_bytes_printf_formatting_matches_host():
    from glass.objects.strformat import bytes_format
    rng = random.Random(4)
    values = [0, 7, -42, 255, 2 ** 70, 3.5, float("inf"), b"xy", b"", 65, True, None]
    for _ in range(3000):
        fmt = "".join(rng.choice(["ab", "%%", _random_printf(rng).replace("s", "b"), "|"])
                      for _ in range(rng.randint(1, 3))).encode()
        args = tuple(rng.choice(values) for _ in range(rng.randint(0, 3)))
        expected = _outcome(lambda: fmt % args)
        assert _outcome(bytes_format, fmt, _guest(args)) == expected, (fmt, args)


# --- str.format ------------------------------------------------------------------------------

@needs_cpython311_host
def test_format_markup_parser_matches_host():
    import _string
    from glass.objects.strformat import formatter_parser
    rng = random.Random(5)
    pieces = ["{", "}", "{{", "}}", "a", "0", "!r", "!", ":", ">5", "[", "]", ".", "x"]
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 7)))
        expected = _outcome(lambda: list(_string.formatter_parser(text)))
        assert _outcome(formatter_parser, text) == expected, text


@needs_cpython311_host
def test_format_fields_match_host():
    from glass.objects.str import new_str
    from glass.objects.strformat import format_string
    rng = random.Random(6)
    pieces = ["{}", "{0}", "{1}", "{a}", "{0!r}", "{!s:>4}", "{:{}}", "{0:^{1}}",
              "{a[0]}", "{b[k]}", "{0.real}", "{{", "}}", "-", "{2}", "{", "{0!z}",
              "{c}", "{0[0]}"]
    args = (5, "s", 2.5)
    kwargs = {"a": (9, 8), "b": {"k": "v"}}
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 4)))
        expected = _outcome(lambda: text.format(*args, **kwargs))
        args_w = [_guest(value) for value in args]
        kwargs_w = {key: _guest(value) for key, value in kwargs.items()}
        assert _outcome(format_string, new_str(text), args_w, kwargs_w, None) == \
            expected, text


# --- guest snippets --------------------------------------------------------------------------

def test_methods_same_as_host():
    same_as_host(r'''
        s = "Hello, World"
        print(s.lower(), s.upper(), s.swapcase(), s.title(), s.capitalize(), s.casefold())
        print("ß".upper(), "ǅ".lower(), "ﬁ".upper(), "ΣΑΣ".lower(), "straße".casefold())
        print(s.split(), s.split(","), s.split(", ", 1), s.rsplit("o"), s.rsplit("o", 1),
              "  a  b ".split(None, 1), "  a  b ".rsplit(None, 1), "a,b".split(sep=","))
        print("a\nb\r\nc\rd\x0be\x1cf\u2028g".splitlines(), "a\nb\r\n".splitlines(True),
              "".splitlines(), "x".splitlines(keepends=True))
        print(s.partition(", "), s.rpartition("o"), s.partition("zz"), s.rpartition("zz"))
        print("-".join(["a", "b", "c"]), "".join([]), ", ".join(("x",)), "+".join("abc"),
              "/".join(iter(["p", "q"])))
        print(repr("  xx  ".strip()), "xxhixx".strip("x"), "  a ".lstrip(), "  a ".rstrip() + "|",
              "abcba".lstrip("ab"), "abcba".rstrip("ab"), "ab".strip(None))
        print(s.find("o"), s.rfind("o"), s.find("o", 5), s.find("o", 5, 8), s.find("zz"),
              s.find(""), s.find("", 100), s.rfind("", 3), s.find("o", -4), s.find("l", None, None),
              s.find("o", 2 ** 100), s.find("o", -2 ** 100))
        print(s.index("W"), s.rindex("l"), s.count("l"), s.count("l", 4), s.count(""), "aaaa".count("aa"))
        print(s.startswith("Hell"), s.startswith(("x", "He")), s.startswith("World", 7),
              s.endswith("ld"), s.endswith(("W", "ld"), 0, 12), s.endswith("o", 0, 5), s.startswith(()))
        print(s.replace("l", "L"), s.replace("l", "L", 2), s.replace("", "-"),
              "aaa".replace("a", "b", 0), "aaa".replace("a", ""))
        print(repr(s.center(20)), repr(s.center(21, "*")), repr(s.ljust(15, ".")), repr(s.rjust(15)),
              repr("ab".center(5)), repr("ab".center(6, "é")))
        print("42".zfill(5), "-42".zfill(5), "+42".zfill(2), "".zfill(3), "abc".zfill(6))
        print(repr("a\tb\tc".expandtabs()), repr("a\tbc\td".expandtabs(4)),
              repr("\t\n\ta".expandtabs(2)), repr("x\ty".expandtabs(0)))
        print("abc".removeprefix("ab"), "abc".removeprefix("x"), "abc".removesuffix("bc"),
              "abc".removesuffix(""))
        for t in ["abc", "ABC", "Abc Def", "123", "½", "٣", " \t", "", "a1", "Ab", "ǅa",
                  "abc_1", "1abc", "é", "\x00", "a b"]:
            print(repr(t), t.isalnum(), t.isalpha(), t.isascii(), t.isdecimal(), t.isdigit(),
                  t.isidentifier(), t.islower(), t.isnumeric(), t.isprintable(), t.isspace(),
                  t.istitle(), t.isupper())
        print(len(s), s[0], s[-1], s[2:5], s[::-1], s[::2], s[-3:], s[100:], s[1:-1:3], s[5:2],
              s[5:2:-1], s[True], s[-100:3])
        print(s + "!", s * 2, 2 * "ab", "x" * 0, "x" * -3, "a" in s, "World" in s, "" in s)
        print("a" < "b", "a" <= "a", "b" > "a", "abc" >= "abd", "a" == "a", "a" != "b",
              "Z" < "a", "é" > "z", "a" == 1, "a" != 1)
        print(list("abc"), [c for c in "héllo"])
        it = iter("abc"); next(it)
        print(it.__length_hint__(), list(it), it.__length_hint__(), type(iter("a")).__name__,
              type(iter("é")).__name__)
        print(str.maketrans("ab", "xy"), str.maketrans("ab", "xy", "c"),
              "abcabc".translate(str.maketrans("ab", "xy", "c")),
              "abc".translate({97: None, 98: "BB", 99: 100}),
              "héllo".translate({104: "H", 233: "e"}), "abc".translate([1, 2, 3]))
        print(hash("") == 0, "abc".__sizeof__(), "é".__sizeof__(), "€".__sizeof__(),
              "abc".__getnewargs__())
    ''')


def test_errors_same_as_host():
    same_as_host(r'''
        def t(label, f):
            try:
                print(label, '->', repr(f()))
            except Exception as e:
                print(label, '!!', type(e).__name__, e)
        s = 'abc'
        t('split int', lambda: s.split(1))
        t('split empty', lambda: s.split(''))
        t('split maxsplit float', lambda: s.split(None, 1.5))
        t('split maxsplit first', lambda: s.split(1, 'x'))
        t('split maxsplit big', lambda: s.split(None, 2**70))
        t('splitlines float', lambda: s.splitlines(1.5))
        t('splitlines big', lambda: s.splitlines(2**70))
        t('join non-iter', lambda: s.join(5))
        t('join int item', lambda: s.join(['a', 1]))
        t('join bytes item', lambda: s.join([b'a']))
        t('strip int', lambda: s.strip(1))
        t('rstrip int', lambda: s.rstrip(1))
        t('find int', lambda: s.find(1))
        t('find start float', lambda: s.find('a', 1.5))
        t('find order', lambda: s.find(1, 'x'))
        t('index miss', lambda: s.index('z'))
        t('rindex miss', lambda: s.rindex('z', 1))
        t('count int', lambda: s.count(1))
        t('startswith int', lambda: s.startswith(1))
        t('startswith tuple int', lambda: s.startswith(('a', 1)))
        t('endswith tuple int', lambda: s.endswith((1,)))
        t('replace int', lambda: s.replace(1, 'a'))
        t('replace int2', lambda: s.replace('a', 1))
        t('replace count float', lambda: s.replace('a', 'b', 1.0))
        t('center fill', lambda: s.center(10, 'ab'))
        t('center fill int', lambda: s.center(10, 1))
        t('center width float', lambda: s.center(1.5))
        t('zfill str', lambda: s.zfill('a'))
        t('expandtabs big', lambda: 'a\tb'.expandtabs(2**40))
        t('partition int', lambda: s.partition(1))
        t('partition empty', lambda: s.partition(''))
        t('rpartition empty', lambda: s.rpartition(''))
        t('encode int', lambda: s.encode(1))
        t('encode errors int', lambda: s.encode('utf-8', 1))
        t('translate int', lambda: s.translate(1))
        t('translate bad', lambda: s.translate({97: 1.5}))
        t('translate range', lambda: s.translate({97: -1}))
        t('maketrans one', lambda: str.maketrans('a'))
        t('maketrans len', lambda: str.maketrans('a', 'bc'))
        t('maketrans z int', lambda: str.maketrans('a', 'b', 1))
        t('maketrans x int', lambda: str.maketrans(1, 'a'))
        t('removeprefix int', lambda: s.removeprefix(1))
        t('contains int', lambda: 1 in s)
        t('add int', lambda: s + 1)
        t('radd', lambda: 1 + s)
        t('mul float', lambda: s * 1.5)
        t('mul big2', lambda: s * 2**62)
        t('getitem float', lambda: s[1.5])
        t('getitem None', lambda: s[None])
        t('getitem range', lambda: s[3])
        t('getitem big', lambda: s[2**70])
        t('slice bad', lambda: s['a':])
        t('slice step0', lambda: s[::0])
        t('format int', lambda: s.__format__(1))
        t('lt int', lambda: s < 1)
        t('str(1, enc)', lambda: str(1, 'utf-8'))
        t('str(str, enc)', lambda: str('a', 'utf-8'))
        t('str(b, enc int)', lambda: str(b'a', 1))
        t('str kw', lambda: str(object=5))
        t('format_map non map', lambda: '{a}'.format_map(1))
        t('format_map pos', lambda: '{0}'.format_map({}))
        t('format_map missing', lambda: '{a}'.format_map({}))
        t('format missing', lambda: '{a}'.format())
        t('format index', lambda: '{3}'.format(1))
        t('new int', lambda: str.__new__(int))
        t('unhashable in', lambda: [] in s)
        'x' + 1
    ''')


def test_format_same_as_host():
    same_as_host(r'''
        def t(label, f):
            try:
                print(label, '->', repr(f()))
            except Exception as e:
                print(label, '!!', type(e).__name__, e)
        for f in ['{a!}', '{!r', '{a!rx}', '{a!r', '{0!x}', '{0!\x01}', '{:{:{}}}', '{0[}',
                  '{0[0]x}', '{0.}', '{0..a}', '{0[]}', '{a[b]c}', '{}{0}', '{0}{}', '{', '}',
                  'a}b', '{{}}', '{0:}}', '{0!r:>{1}}', '{0:{1}{2}}', '{0x}', '{00}', '{٣}',
                  '{99999999999999999999}', '{0[99999999999999999999]}', '{-1}', '{ 0}',
                  '{a.b[0].c}', '{5}', '{a.__class__.__name__}', '{0[0]}', '{a[0][0]}',
                  'x{}y{}z', '{:}', '{!s}', '{0!r:}', '{{{}}}', '}}{{', '{0:{1}}', '{2!a:>5}']:
            t(repr(f), lambda: f.format(1, 5, 'é', 3, a=[1]))
        print("{} {}".format(1, "a"), "{0}{1}{0}".format("x", "y"), "{a}-{b}".format(a=1, b=2),
              "{0[1]}".format([5, 6]), "{0[k]}".format({"k": "v"}), "{0.real}".format(3),
              "{!r}".format("q"), "{!s:>5}".format(1), "{!a}".format("é"))
        print("{:>8}|{:<8}|{:^8}|".format("a", "b", "c"), "{:*^9}".format("mid"),
              "{:.2}".format("abcdef"), "{{}}".format(), "{{{0}}}".format(7),
              "{0:{1}}".format("x", 4), "{:{}{}}".format("y", ">", 3))
        print("{name}".format_map({"name": "N"}), "{0[1]}".format({1: "one"}),
              "{0[1]}".format("xyz"))
        t('dict str key', lambda: '{0[1]}'.format({'1': 'one'}))
        t('list range', lambda: '{0[9]}'.format([1]))
        t('bad attr', lambda: '{0.nope}'.format(1))
        class Fmt:
            def __format__(self, spec):
                return "<" + spec + ">"
        print("{0:abc} {0:{1}x} {0}".format(Fmt(), "y"), "%s" % "only", "%%" % ())
        class BadFmt:
            def __format__(self, spec):
                return 5
        t('bad __format__', lambda: "{}".format(BadFmt()))
        t('str spec', lambda: "{:d}".format("x"))
        t('str spec sign', lambda: "{:+}".format("x"))
        class S(str): pass
        t('subclass spec', lambda: "{:d}".format(S("x")))
        print("{:>4}|{:.1}|{}".format(S("ab"), S("cd"), S("ef")), type("{}".format(S("g"))).__name__)
    ''')


def test_printf_same_as_host():
    same_as_host(r'''
        def t(label, f):
            try:
                print(label, '->', repr(f()))
            except Exception as e:
                print(label, '!!', type(e).__name__, e)
        print("%s and %r" % ("s", "r"), "%d%%" % 50, "%(a)s-%(b)05d" % {"a": "A", "b": 42},
              "%5s|%-5s|" % ("ab", "cd"), "%c%c" % (65, "z"), "%x %X %o %#x %#o" % (255, 255, 8, 255, 8))
        print("%.3f %e %g %G %10.2f %-10.1e|" % (3.14159, 12345.678, 0.00001234, 1e20, 2.5, 2.5),
              "%+d % d %05d %-5d|" % (5, 5, -5, 5), "%s" % (None,), "%r" % ([1],), "%a" % "é")
        class N:
            def __index__(self): return 7
            def __int__(self): return 8
            def __float__(self): return 9.5
        for f in '%d %x %o %f %c %e %i %X'.split():
            t(f, lambda: f % N())
        class I(int):
            def __str__(self): return 'I!'
            def __repr__(self): return 'Irepr'
        print('%s %r %d %x %a' % (I(5), I(5), I(5), I(5), I(5)))
        t('%s %s', lambda: '%s %s' % (1,))
        t('%s', lambda: '%s' % (1, 2))
        t('%d str', lambda: '%d' % 'x')
        t('%x float', lambda: '%x' % 3.5)
        t('%f str', lambda: '%f' % 'x')
        t('%c long', lambda: '%c' % 'ab')
        t('%c range', lambda: '%c' % -1)
        t('%z', lambda: '%z' % 1)
        t('%', lambda: '%' % ())
        t('mapping', lambda: '%(x)s' % 1)
        t('key', lambda: '%(a)s%(b)s' % {'a': 1})
        t('star', lambda: '%*d' % ('5', 3))
        t('trailing', lambda: 'x' % 1)
        t('rmod', lambda: 5 % 'x')
        t('rmod2', lambda: str.__rmod__('a%s', 'b'))
    ''')


def test_subclasses_identity_and_refcounts_same_as_host():
    same_as_host(r'''
        import sys
        class S(str): pass
        s = S('abc')
        for r in [s % (), s.format(), '{}'.format(s), '%s' % s, s.format_map({}), '{0}'.format(s),
                  '%s' % (s,), str.format(s), s.strip(), s + '', '' + s, s * 1, s[:],
                  s.replace('x', 'y'), s.center(1), s.partition('x')[0], s.partition('b')[1],
                  s.zfill(1), str(s), s.__str__(), s.lower(), s.split()[0], s.splitlines()[0],
                  s.translate({}), s.expandtabs(), s.__getnewargs__()[0]]:
            print(type(r).__name__, end=' ')
        print()
        a = 'abcdef'
        print(a.partition('x')[0] is a, a.strip() is a, a.replace('x', 'y') is a,
              a.center(2) is a, a.zfill(3) is a, a.split()[0] is a, a.lstrip('x') is a,
              a.translate({}) is a, a.removeprefix('x') is a, a[:] is a, a * 1 is a,
              a + '' is a, '' + a is a, str(a) is a, a.format() is a, a % () is a,
              a.__format__('') is a, a.title() is a, '{}'.format(a) is a, '%s' % a is a,
              'x{}'.format(a) is a, '{}{}'.format(a, '') is a, '{!s}'.format(a) is a)
        print(chr(97) is 'xa'[1], ''.join([]) is '', chr(233) is 'é'.upper().lower())
        class T(str):
            def __new__(cls, v, extra=0):
                self = super().__new__(cls, v)
                self.extra = extra
                return self
        x = T("hi", 5)
        print(x, x.extra, type(x).__name__, len(x), x + "!", repr(x), x.upper(), x == "hi",
              hash(x) == hash("hi"), {x: 1}["hi"], str.__new__(T, "q"), type(str.__new__(T, "q")))
        class U(str): pass
        print(U(b"ab", "ascii"), repr(U()), U(5), type(U(b"x", errors="strict")).__name__)
        a, b, sp = chr(97), chr(98), chr(32)
        ab, cab = a + b, chr(99) + a + b
        for v in [a.upper(), chr(65).lower(), a.title(), chr(65).swapcase(), chr(65).casefold(),
                  (sp + a + sp).strip(), b.replace(b, a), ab.replace(b, ''), cab[1::5], cab[1:2:1],
                  ''.join([a, '']), a.center(1), (a + chr(9)).expandtabs(0), '%s' % a,
                  '%.1s' % ab, '%c' % a, '{:.1}'.format(ab), '{}'.format(a), repr(a)[1:2],
                  ab.translate({98: None}), ab.removesuffix(b), (a + ',').partition(',')[0],
                  (a + ' ' + b).split()[0], a.__getnewargs__()[0], ab.upper()[0:1], ab[0]]:
            print(v is a or v is chr(65), end=" ")
        print()
        s = "abc,def" * 3
        sep = "".join([",", ""])
        w = "w" + ""
        objs = [s, sep, w]
        before = [sys.getrefcount(o) for o in objs]
        for i in range(3):
            s.split(sep); s.rsplit(sep, 1); s.partition(sep); s.rpartition(sep); s.partition(w)
            s.find(sep); s.count(sep); s.startswith((w, sep)); s.endswith(sep); s.replace(sep, w)
            sep.join([s, w]); w.join([s]); s.center(40, w); s.zfill(30); s.encode(); s[1:5]
            "{0}{1}{0!r}{x}".format(s, w, x=sep); "%s%r" % (s, w); "%(a)s" % {"a": s}
            s.translate({97: w, 98: None}); str.maketrans(w, "a"); list(iter(s)); s + w; s * 2
            w in s; s < w; hash(s); repr(s); str(s); "{}".format(w); "%s" % w; w % (); w.format()
        print([sys.getrefcount(objs[i]) - before[i] for i in range(3)])
    ''')


def test_encode_decode_same_as_host():
    same_as_host(r'''
        def t(label, f):
            try:
                print(label, '->', repr(f()))
            except Exception as e:
                print(label, '!!', type(e).__name__, e.args)
        print("é".encode(), "é".encode("latin-1"), "é".encode("utf-16"), "é".encode("utf-16-le"),
              "é€".encode("utf-32-be"), "abc".encode("ascii"), "é".encode(encoding="UTF-8"))
        print("aé€\U0001f600".encode("ascii", "replace"), "aé€".encode("ascii", "ignore"),
              "aé€".encode("ascii", "backslashreplace"), "aé€".encode("ascii", "xmlcharrefreplace"),
              "a\udc80".encode("utf-8", "surrogateescape"), "\ud800".encode("utf-8", "surrogatepass"),
              "aé".encode("ascii", errors="namereplace"))
        print(b"a\xffb".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"),
              b"a\xffb".decode("utf-8", "backslashreplace"),
              repr(b"a\xffb".decode("utf-8", "surrogateescape")), b"\xe9".decode("latin-1"),
              b"\xff\xfea\x00".decode("utf-16"), str(b"caf\xc3\xa9", "utf-8"),
              str(b"\xff", "latin-1"), str(b"ab", encoding="ascii"), str(b"a\xff", errors="replace"))
        t('enc ascii', lambda: 'aé'.encode('ascii'))
        t('enc latin', lambda: 'a€b'.encode('latin-1'))
        t('enc utf8 surr', lambda: 'a\ud800'.encode())
        t('dec utf8', lambda: b'a\xff'.decode())
        t('dec ascii', lambda: b'a\xff'.decode('ascii'))
        t('dec utf16', lambda: b'a'.decode('utf-16'))
        t('str bytes', lambda: str(b'\xff\xfe', 'utf-8'))
        t('unknown enc', lambda: 'a'.encode('nope'))
        t('unknown enc dec', lambda: b'a'.decode('nope'))
        t('rot13', lambda: 'a'.encode('rot13'))
        t('hex codec', lambda: b'a'.decode('hex'))
        t('bad handler', lambda: 'é'.encode('ascii', 'nope'))
        t('unused bad handler', lambda: 'e'.encode('ascii', 'nope'))
        t('null', lambda: 'a'.encode('utf\0-8'))
        t('cp1252', lambda: '€'.encode('cp1252'))
        try:
            'aé'.encode('ascii')
        except UnicodeEncodeError as e:
            print(isinstance(e, UnicodeError), isinstance(e, ValueError))
    ''')
