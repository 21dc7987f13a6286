"""Glass's marshal against the host's: glass/bytecode/marshal.py.

The host's `marshal` module (CPython 3.11, in-process) or a python3.11
subprocess is the oracle everywhere; no expected bytes are written by hand
except the malformed inputs themselves.
"""
from __future__ import annotations

import inspect
import io
import json
import marshal as host_marshal      # the oracle; only on a CPython 3.11 host
import math
import re
import struct
import subprocess
import sys

import pytest

from glass.bytecode import marshal as glass_marshal
from glass.bytecode.code import Code, code_differences
from glass.tools.stdlib import stdlib_pycs
from oracle import PYTHON311, needs_cpython311_host, needs_python311


# --- Helpers ---------------------------------------------------------------------

def shape(value, _seen=None):
    """A comparable picture of a value: exact types, float bits, shared
    containers named by first visit (so cycles compare too)."""
    seen = {} if _seen is None else _seen
    kind = type(value)
    if type(value).__name__ == "code" and hasattr(value, "co_code"):
        value = Code.from_host(value)
        kind = Code
    if kind is float:
        return ("float", struct.pack("<d", value))
    if kind is complex:
        return ("complex", struct.pack("<dd", value.real, value.imag))
    if kind in (list, dict, set, tuple, frozenset, Code):
        if id(value) in seen:
            return ("seen", seen[id(value)])
        seen[id(value)] = len(seen)
    if kind in (list, tuple):
        return (kind.__name__, tuple(shape(item, seen) for item in value))
    if kind is dict:
        return ("dict", tuple((shape(k, seen), shape(v, seen))
                              for k, v in value.items()))
    if kind in (set, frozenset):
        return (kind.__name__, frozenset(shape(item, seen) for item in value))
    if kind is Code:
        return ("code",) + tuple(shape(getattr(value, name), seen)
                                 for name in ("co_argcount", "co_posonlyargcount",
                                              "co_kwonlyargcount", "co_stacksize",
                                              "co_flags", "co_code", "co_consts",
                                              "co_names", "co_localsplusnames",
                                              "co_localspluskinds", "co_filename",
                                              "co_name", "co_qualname",
                                              "co_firstlineno", "co_linetable",
                                              "co_exceptiontable"))
    return (kind.__name__, value)


def outcome(loads, data):
    """('ok', shape) or (exception type name, message)."""
    try:
        return ("ok", shape(loads(data)))
    except Exception as error:
        return (type(error).__name__, str(error))


def nested_list(depth):
    value = []
    for _ in range(depth - 1):
        value = [value]
    return value


def varied_values():
    """Values covering each type code the 3.11 writer emits, and sharing."""
    big = 7 ** 200
    shared_list = [1, "two"]
    shared_tuple = ("x" * 3, 2.5)
    cyclic = [1]
    cyclic.append(cyclic)
    cyclic_dict = {}
    cyclic_dict["me"] = cyclic_dict
    return [
        None, True, False, Ellipsis, StopIteration,
        0, 1, -1, 255, 256, -5, 2 ** 31 - 1, -2 ** 31, 2 ** 31, -2 ** 31 - 1,
        2 ** 15, 2 ** 30, 2 ** 45 - 1, 2 ** 63, -2 ** 64, big, -big,
        0.0, -0.0, 1.5, -2.25e-310, 1e308, math.inf, -math.inf, math.nan,
        1j, complex(-0.0, 0.0), complex(math.inf, math.nan), -2.5 - 3.5j,
        "", "a", "hello world", "é", "日本語", "\ud800", "\udfff x", "\U0001f600",
        "a" * 255, "a" * 256, "é" * 300, "\x00\x7f", "".join(["id", "ent"]),
        "".join(["long ascii"] * 30), "".join(["é"] * 30),
        b"", b"\x00\xff" * 10, b"x" * 70000,
        (), (1,), tuple(range(255)), tuple(range(256)), ((), ((),)),
        [], [1, [2, [3]]], {}, {"a": 1, 2: (3,), (4, 5): [6]},
        set(), {1, 2, 3}, frozenset(), frozenset({"x", "y", (1, 2), 3.0}),
        {frozenset({1}): frozenset({"k"})},
        [shared_list, shared_list, (shared_list,)],
        (shared_tuple, shared_tuple, [shared_tuple]),
        [big, big, -0.0, -0.0, 0.0],
        cyclic, cyclic_dict, [cyclic, cyclic_dict],
        nested_list(300),
    ]


VALUES = varied_values()


def read_events(data):
    """(type code without FLAG_REF, value) for each object Glass's reader
    meets in data, in the order it meets them."""
    events = []
    table = glass_marshal._READERS
    saved = list(table)

    def recording(function, code):
        def read(reader, flag):
            index = len(events)
            events.append((code, None))   # before reading: errors count too
            value = function(reader, flag)
            events[index] = (code, value)
            return value
        return read
    try:
        for code in range(128):
            table[code] = recording(saved[code], code)
        try:
            glass_marshal.loads(data)
        except Exception:
            pass               # the events up to the error still count
    finally:
        table[:] = saved
    return events


def type_codes(data):
    return {code for code, _ in read_events(data)}


# --- Reading what the host wrote ---------------------------------------------

@needs_cpython311_host
@pytest.mark.parametrize("version", [0, 1, 2, 3, 4])
def test_reads_host_dumps_of_varied_values(version):
    for value in VALUES:
        try:
            data = host_marshal.dumps(value, version)
        except ValueError:
            continue           # a cycle cannot be written without references
        assert outcome(glass_marshal.loads, data) == \
            outcome(host_marshal.loads, data), (value, data[:40])


@needs_cpython311_host
def test_every_type_code_is_covered():
    """All versions' host output, plus TYPE_INT64 and TYPE_NULL / TYPE_UNKNOWN
    (which no 3.11 writer emits as a value), meet every reader."""
    seen = set()
    for version in range(5):
        for value in VALUES:
            try:
                seen |= type_codes(host_marshal.dumps(value, version))
            except ValueError:
                pass
    seen |= type_codes(b"I" + struct.pack("<q", -2 ** 40))
    seen |= type_codes(b"0") | type_codes(b"?")
    seen |= type_codes(host_marshal.dumps(compile("x = 1", "f", "exec")))
    every = {value for name, value in vars(glass_marshal).items()
             if name.startswith("TYPE_")}
    assert every - seen == set()


@needs_cpython311_host
def test_int64_is_read_as_the_host_reads_it():
    for value in (0, 1, -1, 2 ** 31, -2 ** 40, 2 ** 63 - 1, -2 ** 63):
        data = b"I" + struct.pack("<q", value)
        assert outcome(glass_marshal.loads, data) == \
            outcome(host_marshal.loads, data)


@needs_cpython311_host
def test_shared_objects_stay_shared():
    inner = [1]
    data = host_marshal.dumps([inner, inner, {"k": inner}])
    got = glass_marshal.loads(data)
    assert got[0] is got[1] is got[2]["k"]
    got = host_marshal.loads(glass_marshal.dumps([inner, inner, {"k": inner}]))
    assert got[0] is got[1] is got[2]["k"]


@needs_cpython311_host
def test_interned_strings_come_back_interned():
    data = host_marshal.dumps(compile("spam_and_eggs = 1", "f", "exec"))
    code = glass_marshal.loads(data)
    assert code.co_names[0] is sys.intern("spam_and_eggs")


# --- Writing what the host reads -----------------------------------------------

@needs_cpython311_host
def test_host_reads_glass_dumps_of_varied_values():
    for value in VALUES:
        data = glass_marshal.dumps(value)
        assert shape(host_marshal.loads(data)) == shape(value), value


@needs_cpython311_host
def test_encodings_match_the_host():
    """The host writer's type codes (FLAG_REF aside), in the same order; for
    scalars the same payload bytes too."""
    fresh = "".join  # strs built at run time are not interned
    scalars = [0, -1, 2 ** 31 - 1, -2 ** 31, 2 ** 31, -2 ** 31 - 1, 7 ** 99,
               -7 ** 99, 0.5, -0.0, math.inf, 1 + 2j, b"", b"bytes",
               fresh(["ab", "c"]), fresh(["a"] * 300), fresh(["é", "x"]),
               fresh(["\ud800", "x"])]
    containers = [(1, 2), tuple(range(300)), [1, 2], {1: 2}, {5, 6},
                  frozenset({7}), (fresh(["x", "y"]), 2 ** 40, (-1.5, [b"z"]))]
    for value in scalars:
        ours, theirs = glass_marshal.dumps(value), host_marshal.dumps(value)
        assert ours[0] & 0x7F == theirs[0] & 0x7F, value
        assert ours[1:] == theirs[1:], value
    for value in scalars + containers:
        ours = [code for code, _ in read_events(glass_marshal.dumps(value))]
        theirs = [code for code, _ in read_events(host_marshal.dumps(value))]
        assert ours == theirs, value


@needs_cpython311_host
def test_set_items_are_written_in_the_hosts_order():
    """C sorts a set's items by their own marshal bytes, in which FLAG_REF
    marks objects held elsewhere too: the items here are built at run time,
    so that only the set holds them (as in a code object's constants)."""
    fresh = "".join
    in_code = host_code("x in {'bb', 'a', 1, 2.0, (1, 2), 'dd', b'b', 3j, None}\n"
                        "y = 'a b' in {'a b', 'cc', 'é', '*', '', 300, -7}")
    for value in (frozenset({fresh(["b", "b"]), fresh(["a", "a"]), 1,
                             float("2.0"), tuple([1, 2])}),
                  {int("1" + "0" * 20), -3, 7, float("0.5")},
                  frozenset(range(-300, 300, 7)), Code.from_host(in_code)):
        ours = read_events(glass_marshal.dumps(value))
        theirs = read_events(host_marshal.dumps(
            in_code if isinstance(value, Code) else value))
        assert [shape(v) for _, v in ours] == [shape(v) for _, v in theirs]


@needs_cpython311_host
def test_unmarshallable_and_too_deep_as_the_host():
    class Sub(int):
        pass

    for value in (object(), [1, object()], range(3), Sub(3), type,
                  nested_list(1999), nested_list(2000), nested_list(2001),
                  [nested_list(1998), None], [nested_list(1999), None]):
        assert outcome(glass_marshal.dumps, value)[0] == \
            outcome(host_marshal.dumps, value)[0]
        try:
            host_marshal.dumps(value)
        except ValueError as error:
            with pytest.raises(ValueError, match="^%s$" % re.escape(str(error))):
                glass_marshal.dumps(value)


@needs_cpython311_host
def test_buffers_are_written_as_bytes_like_the_host():
    import array
    for value in (bytearray(b"ab"), memoryview(b"cd"), array.array("b", [1, 2])):
        assert host_marshal.loads(glass_marshal.dumps(value)) == \
            host_marshal.loads(host_marshal.dumps(value))


# --- Code objects ------------------------------------------------------------------

SOURCES = [
    "x = 1\nprint(x + 2)\n",
    "def f(a, b=2, *args, c, d=4, **kw):\n    return a, b, args, c, d, kw\n",
    "def outer(p, /, q):\n    r = p\n    def inner():\n        nonlocal r\n"
    "        return p + q + r\n    return inner\n",
    "class C(object):\n    'doc'\n    def m(self):\n        return __class__\n"
    "    @property\n    def p(self): return [i for i in range(3)]\n",
    "async def co():\n    async with a as b:\n        await b\n"
    "    return [x async for x in b]\n",
    "def g():\n    try:\n        yield from range(3)\n    except (ValueError, TypeError) as e:\n"
    "        raise RuntimeError('x') from e\n    finally:\n        print('done')\n",
    "from os import *\nimport os.path as p\n"
    "z = {'a': 1.5, 'b c': -0.0, 'é': 1j, 'n': float('nan')}\n"
    "y = x in {1, 2, 3} or x in ('spam', 'eggs', b'bytes')\n",
    "big = 2 ** 100 + 12345678901234567890\nt = (1, (2, 'three', (4.0,)), None, ...)\n"
    "s = '\\ud800 surrogate'\nu = 'ünïcödé' * 3\nf = f'{big!r:>10} {t}'\n",
    "match command:\n    case [x, y, *rest] if x:\n        pass\n"
    "    case {'k': v, **kw}:\n        pass\n    case Point(x=0) | None:\n        pass\n",
    "lambda: (yield)\n" + "\n".join("v%d = %d" % (i, i * 1000003) for i in range(300)),
]


def host_code(source, filename="<glass-test>"):
    return compile(source, filename, "exec", dont_inherit=True)


@needs_cpython311_host
@pytest.mark.parametrize("index", range(len(SOURCES)))
def test_code_written_by_glass_is_the_hosts_code(index):
    code = host_code(SOURCES[index])
    data = glass_marshal.dumps(Code.from_host(code))
    back = host_marshal.loads(data)
    assert code_differences(Code.from_host(back), Code.from_host(code)) == []
    if "nan" not in SOURCES[index]:   # NaN constants make code == unequal
        assert back == code


@needs_cpython311_host
@pytest.mark.parametrize("index", range(len(SOURCES)))
def test_code_written_by_host_is_read_by_glass(index):
    code = host_code(SOURCES[index])
    got = glass_marshal.loads(host_marshal.dumps(code))
    assert isinstance(got, Code)
    assert code_differences(got, Code.from_host(code)) == []


@needs_cpython311_host
def test_host_code_objects_are_accepted_by_dumps():
    code = host_code(SOURCES[2])
    assert host_marshal.loads(glass_marshal.dumps(code)) == code


def interned_strs(data):
    """The set of (str, interned?) pairs that data holds."""
    found = set()
    table = glass_marshal._READERS
    saved = list(table)
    interned_codes = {glass_marshal.TYPE_INTERNED, glass_marshal.TYPE_ASCII_INTERNED,
                      glass_marshal.TYPE_SHORT_ASCII_INTERNED}
    plain_codes = {glass_marshal.TYPE_UNICODE, glass_marshal.TYPE_ASCII,
                   glass_marshal.TYPE_SHORT_ASCII}

    def recording(function, interned):
        def read(reader, flag):
            value = function(reader, flag)
            found.add((value, interned))
            return value
        return read
    try:
        for code in interned_codes | plain_codes:
            table[code] = recording(saved[code], code in interned_codes)
        value = glass_marshal.loads(data)
    finally:
        table[:] = saved
    return found, value


def stdlib_sample(count):
    """A deterministic sample of the stdlib's .pyc files, spread evenly."""
    files = stdlib_pycs()
    step = max(1, len(files) // count)
    return files[::step][:count]


@needs_cpython311_host
def test_strings_are_interned_where_the_host_interns_them():
    for path in stdlib_sample(40) + [None]:
        if path is None:
            data = host_marshal.dumps(host_code("".join(SOURCES[:8])))
        else:
            with open(path, "rb") as file:
                data = file.read()[16:]
        host_strs, code = interned_strs(data)
        glass_strs, _ = interned_strs(glass_marshal.dumps(code))
        assert host_strs == glass_strs, path


@needs_cpython311_host
def test_stdlib_sample_reads_as_the_host_reads_it():
    sample = stdlib_sample(150)
    assert len(sample) == 150
    for path in sample:
        with open(path, "rb") as file:
            data = file.read()[16:]
        got = glass_marshal.loads(data)
        expected = Code.from_host(host_marshal.loads(data))
        assert code_differences(got, expected) == [], path
        # ... and what Glass writes back, the host reads as the same code.
        back = Code.from_host(host_marshal.loads(glass_marshal.dumps(got)))
        assert code_differences(back, expected) == [], path


# --- Bad input: the messages of Python/marshal.c --------------------------------

def _long(n):
    return struct.pack("<i", n)


BAD_INPUTS = [
    b"", b"0", b"?", b"\x01", b"\x7f", b"\xbf", b"N", b"\xce", b"Nextra",
    b"i", b"i\x01\x00", b"I\x01\x00", b"g\x00", b"y" + b"\x00" * 15, b"c",
    b"c" + _long(0),
    b"l" + _long(1) + b"\x00\x80", b"l" + _long(1) + b"\x00\x00",
    b"l" + _long(-2 ** 31), b"l" + _long(2) + b"\x00", b"l" + _long(0),
    b"l" + _long(-2) + b"\x01\x00\x02\x00", b"l" + _long(-1) + b"\x00\x00",
    b"l" + _long(3) + b"\x00\x80", b"l" + _long(2) + b"\x00\x00\x00\x80",
    b"l" + _long(1) + b"\xff\x7f",
    b"f", b"f\x05", b"f\x03abc", b"f\x03 1.", b"f\x031_0", b"f\x03inf",
    b"f\x00", b"f\x04-inF", b"f\x08INFINITY", b"f\x03NaN", b"f\x04-nan",
    b"f\x04+1e5", b"f\x02.5", b"f\x021.", b"f\x01.", b"f\x02-.", b"f\x040x10",
    b"f\x031\x002", b"f\x04\xd9\xa1\xd9\xa1", b"f\x041E+5", b"f\x02\xff\xfe",
    b"x", b"x\x011", b"x\x011\x03abc", b"x\x011\x012",
    b"s" + _long(5) + b"ab", b"s" + _long(-1), b"s" + _long(0),
    b"u" + _long(1) + b"\xff", b"u" + _long(3) + b"\xed\xa0\x80",
    b"u" + _long(2) + b"\xc3", b"u" + _long(1) + b"\x80", b"u" + _long(0),
    b"u" + _long(-5), b"t" + _long(1) + b"a", b"t" + _long(-1),
    b"a" + _long(1) + b"\xe9", b"A" + _long(1) + b"a", b"a" + _long(-3),
    b"z\x01\xe9", b"z\x05ab", b"z", b"Z\x01a", b"Z",
    b"r" + _long(0), b"r" + _long(-1), b"r", b"r\x00\x00",
    b"\xe9" + _long(5) + b"r" + _long(0), b"\xe9" + _long(5), b"\xe9\x05\x00",
    b"\xfa\x01a\xfa\x01br" + _long(1), b"\xfa\x01ar" + _long(1),
    b"(" + _long(1), b"(" + _long(1) + b"0", b"(" + _long(-1), b")", b")\x010",
    b")\x02NN", b"(" + _long(2) + b"NT",
    b"[" + _long(1) + b"0", b"[" + _long(-1), b"[" + _long(2) + b"N",
    b"\xdb" + _long(1) + b"r" + _long(0),
    b"{N0", b"{NN", b"{N", b"{", b"{\xfa\x01a0", b"{\xfa\x01aN0",
    b"{" + b"[" + _long(0) + b"N0", b"\xfb\xfa\x01kr" + _long(0) + b"0",
    b"<" + _long(1) + b"0", b"<" + _long(-1), b"<" + _long(2) + b"NN",
    b"<" + _long(2) + b"[" + _long(0), b"<", b">" + _long(0), b"\xbe" + _long(0),
    b"\xbe" + _long(0) + b"r" + _long(0), b"\xbe" + _long(1) + b"r" + _long(0),
    b">" + _long(1), b">" + _long(1) + b"0", b"\xbc" + _long(1) + b"r" + _long(0),
    b"S", b".", b"T", b"F",
    b")\x01" * 1999 + b"N", b")\x01" * 2000 + b"N", b")\x01" * 2001 + b"N",
    b")\x01" * 2000, b")\x01" * 1999, (b"[" + _long(1)) * 2005,
]

# Divergence (documented in marshal.py r_tuple_items): a tuple that refers
# to itself; CPython builds a recursive tuple, Glass refuses the reference.
SELF_REFERENCING_TUPLES = [b"\xa9\x01r" + _long(0), b"\xa9\x02\xda\x01ar" + _long(0)]


def python311_outcomes(inputs):
    """(type name, message) for each input, from a python3.11 subprocess.

    Only what text can carry comes back, so successes are reported as
    ('ok', repr(value)) (see value_as_text).
    """
    script = (
        "import json, marshal, sys\n"
        + inspect.getsource(value_as_text) +
        "out = []\n"
        "for h in json.load(sys.stdin):\n"
        "    try:\n"
        "        out.append(['ok', value_as_text(marshal.loads(bytes.fromhex(h)))])\n"
        "    except Exception as e:\n"
        "        out.append([type(e).__name__, str(e)])\n"
        "print(json.dumps(out))\n")
    result = subprocess.run(
        [PYTHON311, "-c", script], input=json.dumps([d.hex() for d in inputs]),
        stdout=subprocess.PIPE, universal_newlines=True, check=True)
    return [tuple(pair) for pair in json.loads(result.stdout)]


def value_as_text(value):
    """repr(value), or its nesting depth when that is too deep for repr."""
    depth, level, seen = 0, [value], set()
    while level and depth <= 500:
        depth += 1
        seen.update(id(v) for v in level)
        level = [item for v in level if type(v) in (tuple, list)
                 for item in v if id(item) not in seen]
    if depth > 500:
        return "<nested more than 500 deep>"
    return repr(value)


def glass_outcome_as_text(data):
    try:
        return ("ok", value_as_text(glass_marshal.loads(data)))
    except Exception as error:
        return (type(error).__name__, str(error))


@needs_python311
def test_bad_input_raises_what_python311_raises():
    """Runs on any host: the oracle is a python3.11 subprocess."""
    expected = python311_outcomes(BAD_INPUTS)
    for data, want in zip(BAD_INPUTS, expected):
        got = glass_outcome_as_text(data)
        assert got == want, data[:40]


@needs_python311
def test_self_referencing_tuples_are_the_one_divergence():
    for data, want in zip(SELF_REFERENCING_TUPLES,
                          python311_outcomes(SELF_REFERENCING_TUPLES)):
        assert want[0] == "ok" and "(...)" in want[1]
        assert glass_outcome_as_text(data) == (
            "ValueError", "bad marshal data (invalid reference)")


@needs_cpython311_host
def test_truncated_pycs_fail_as_the_host_fails():
    for path in stdlib_sample(6):
        with open(path, "rb") as file:
            data = file.read()[16:]
        step = max(1, len(data) // 150)
        for end in range(0, len(data), step):
            assert outcome(glass_marshal.loads, data[:end]) == \
                outcome(host_marshal.loads, data[:end]), (path, end)


@needs_cpython311_host
def test_bad_code_objects_fail_as_the_host_fails():
    base = Code.from_host(host_code("def f(a, b, *c, d, **e): pass").co_consts[0])
    changes = [
        dict(co_code=b"\x97"), dict(co_code=b""), dict(co_consts=[None]),
        dict(co_names=["x"]), dict(co_names=(1,)), dict(co_filename=b"x"),
        dict(co_name=1), dict(co_qualname=None), dict(co_linetable="x"),
        dict(co_exceptiontable=None), dict(co_localspluskinds=b"\x20"),
        dict(co_argcount=5), dict(co_argcount=-1), dict(co_kwonlyargcount=3),
        dict(co_posonlyargcount=3), dict(co_posonlyargcount=-1),
        dict(co_stacksize=-5), dict(co_flags=-1), dict(co_flags=0),
        dict(co_firstlineno=-1), dict(co_argcount=3, co_kwonlyargcount=1),
        dict(co_argcount=1, co_kwonlyargcount=2),
        dict(co_localsplusnames=("a", "b", "c", "d", "e", 5),
             co_localspluskinds=b"\x20" * 6),
    ]
    for change in changes:
        data = glass_marshal.dumps(base.replace(**change))
        got, want = outcome(glass_marshal.loads, data), \
            outcome(host_marshal.loads, data)
        assert got[0] == want[0], change
        if got[0] != "ok":
            assert got == want, change


# --- Files ---------------------------------------------------------------------

def test_dump_and_load_leave_the_file_after_the_object():
    file = io.BytesIO()
    glass_marshal.dump([1, "two"], file)
    glass_marshal.dump({"three": 3.0}, file)
    file.write(b"tail")
    file.seek(0)
    assert glass_marshal.load(file) == [1, "two"]
    assert glass_marshal.load(file) == {"three": 3.0}
    assert file.read() == b"tail"


def test_round_trip_without_an_oracle():
    """Glass reads back what Glass writes (runs on PyPy too)."""
    for value in VALUES:
        assert shape(glass_marshal.loads(glass_marshal.dumps(value))) == shape(value)
    code = Code(co_code=b"\x97\x00d\x00S\x00", co_consts=(None, "x y", "x_y"),
                co_names=("print",), co_name="<module>", co_qualname="<module>",
                co_filename="f.py")
    assert code_differences(glass_marshal.loads(glass_marshal.dumps(code)), code) == []
