"""Reading and writing marshal data, version 4, as CPython 3.11 does.

Counterpart: Python/marshal.c

Marshal is the format of .pyc files: one type-code byte per object, then
the object's payload, little-endian.  The high bit of a type code
(FLAG_REF) asks the reader to remember the object in a list of references,
so that a later TYPE_REF (an index into that list) can stand for it again.

Values are host values (int, float, complex, str, bytes, tuple, list, dict,
set, frozenset, None, True, False, Ellipsis, StopIteration); code objects
are `glass.bytecode.code.Code`.  The host's own `marshal` module is never
used here: PyPy's writes another format, and Glass must read CPython's .pyc
files on any host.  (The tests use the host's marshal as the oracle.)

Public functions: loads, load, dumps, dump.
"""
from __future__ import annotations

import re
import struct
import sys

from glass.bytecode.code import (CO_FAST_LOCAL, CO_VARARGS, CO_VARKEYWORDS,
                                  Code, _is_host_code)

VERSION = 4                      # Py_MARSHAL_VERSION
MAX_MARSHAL_STACK_DEPTH = 2000   # nesting limit of both r_object and w_object

# --- Type codes (Python/marshal.c) -------------------------------------------

TYPE_NULL = ord("0")             # ends a dict; never a value of its own
TYPE_NONE = ord("N")
TYPE_FALSE = ord("F")
TYPE_TRUE = ord("T")
TYPE_STOPITER = ord("S")
TYPE_ELLIPSIS = ord(".")
TYPE_INT = ord("i")              # 32-bit signed
TYPE_INT64 = ord("I")            # 64-bit signed; read only (version 0 wrote it)
TYPE_FLOAT = ord("f")            # repr text; read only (version 0 and 1)
TYPE_BINARY_FLOAT = ord("g")     # IEEE 754 double
TYPE_COMPLEX = ord("x")          # two repr texts; read only
TYPE_BINARY_COMPLEX = ord("y")   # two doubles
TYPE_LONG = ord("l")             # signed count of 15-bit digits, then digits
TYPE_STRING = ord("s")           # bytes
TYPE_INTERNED = ord("t")         # interned str, UTF-8
TYPE_REF = ord("r")              # index into the reference list
TYPE_TUPLE = ord("(")
TYPE_LIST = ord("[")
TYPE_DICT = ord("{")
TYPE_CODE = ord("c")
TYPE_UNICODE = ord("u")          # str, UTF-8 with surrogates passed through
TYPE_UNKNOWN = ord("?")          # written for unmarshallable objects; never read
TYPE_SET = ord("<")
TYPE_FROZENSET = ord(">")
TYPE_ASCII = ord("a")            # str of code points < 128 (read as Latin-1)
TYPE_ASCII_INTERNED = ord("A")
TYPE_SMALL_TUPLE = ord(")")      # tuple of fewer than 256 items: 1-byte size
TYPE_SHORT_ASCII = ord("z")      # ASCII str shorter than 256: 1-byte size
TYPE_SHORT_ASCII_INTERNED = ord("Z")

FLAG_REF = 0x80

SIZE32_MAX = 0x7FFFFFFF
PyLong_MARSHAL_SHIFT = 15        # marshal's digits are 15 bits, whatever the host
PyLong_MARSHAL_BASE = 1 << PyLong_MARSHAL_SHIFT
PyLong_MARSHAL_MASK = PyLong_MARSHAL_BASE - 1

_INT32 = struct.Struct("<i")
_SHORT = struct.Struct("<h")      # r_short: signed, as C sign-extends
_INT64 = struct.Struct("<q")
_DOUBLE = struct.Struct("<d")
_TWO_DOUBLES = struct.Struct("<dd")

# What PyOS_string_to_double accepts: no blanks, no underscores, no hex.
_FLOAT_TEXT = re.compile(
    r"[+-]?(?:(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?"
    r"|inf(?:inity)?|nan)\Z", re.IGNORECASE)


class _Null:
    """TYPE_NULL read back: the C reader's NULL-without-an-error."""
    __slots__ = ()

    def __repr__(self):
        return "NULL"


NULL = _Null()
_RESERVED = _Null()   # a slot of r_ref_reserve, not yet filled (C uses None)


# =============================================================================
# Reading.  Counterpart: RFILE, r_object and its helpers.
# =============================================================================

class Reader:
    """Reads marshal data from a bytes object.  Counterpart: RFILE.

    `refs` is the reference list (p->refs); `depth` counts r_object's
    nesting, as C does, to refuse data nested deeper than 2000 levels.
    """
    __slots__ = ("data", "pos", "refs", "depth")

    def __init__(self, data, pos=0):
        self.data = data
        self.pos = pos
        self.refs = []
        self.depth = 0

    # --- Raw reads ---------------------------------------------------------

    def r_byte(self):
        """One unsigned byte inside an object (a length byte)."""
        pos = self.pos
        if pos >= len(self.data):
            raise EOFError("EOF read where not expected")
        self.pos = pos + 1
        return self.data[pos]

    def r_string(self, n):
        """The next n bytes, as bytes.  Counterpart: r_string."""
        pos = self.pos
        end = pos + n
        if end > len(self.data):
            raise EOFError("marshal data too short")
        self.pos = end
        return self.data[pos:end]

    def r_long(self):
        """A 32-bit signed little-endian int.  Counterpart: r_long."""
        pos = self.pos
        if pos + 4 > len(self.data):
            raise EOFError("marshal data too short")
        self.pos = pos + 4
        return _INT32.unpack_from(self.data, pos)[0]

    def r_size(self, what):
        """A 32-bit count that must not be negative (the SIZE32_MAX checks)."""
        n = self.r_long()
        if n < 0:
            raise ValueError("bad marshal data (%s size out of range)" % what)
        return n

    # --- The reference list ------------------------------------------------

    def r_ref_reserve(self, flag):
        """Hold a slot for an object built after its items (frozenset, code).

        Returns the slot's index, or -1 when the type code had no FLAG_REF.
        """
        if not flag:
            return -1
        self.refs.append(_RESERVED)
        return len(self.refs) - 1

    def r_ref_insert(self, value, index):
        """Fill a slot that r_ref_reserve held."""
        if index >= 0:
            self.refs[index] = value
        return value

    # --- The dispatcher ----------------------------------------------------

    def r_object(self):
        """Read one object.  Counterpart: r_object.

        Returns NULL for TYPE_NULL, which only a dict (as its end mark) and
        the containers' "NULL object in marshal data" checks expect.
        """
        pos = self.pos
        data = self.data
        if pos >= len(data):
            raise EOFError("EOF read where object expected")
        code = data[pos]
        self.pos = pos + 1
        depth = self.depth + 1
        if depth > MAX_MARSHAL_STACK_DEPTH:
            raise ValueError("recursion limit exceeded")
        self.depth = depth
        value = _READERS[code & 0x7F](self, code & FLAG_REF)
        self.depth = depth - 1
        return value

    def r_item(self, container):
        """An item of a container: NULL there is an error, not an end mark."""
        value = self.r_object()
        if value is NULL:
            raise TypeError("NULL object in marshal data for %s" % container)
        return value

    # --- One reader per type code group, in r_object's order ---------------

    def r_unknown(self, flag):
        raise ValueError("bad marshal data (unknown type code)")

    def r_null(self, flag):
        return NULL

    def r_none(self, flag):
        # The singletons ignore FLAG_REF: the C reader never adds them.
        return None

    def r_stopiter(self, flag):
        return StopIteration

    def r_ellipsis(self, flag):
        return Ellipsis

    def r_false(self, flag):
        return False

    def r_true(self, flag):
        return True

    def r_int(self, flag):
        """TYPE_INT: 4 bytes, signed."""
        value = self.r_long()
        if flag:
            self.refs.append(value)
        return value

    def r_int64(self, flag):
        """TYPE_INT64: 8 bytes, signed.  Counterpart: r_long64."""
        pos = self.pos
        if pos + 8 > len(self.data):
            raise EOFError("marshal data too short")
        self.pos = pos + 8
        value = _INT64.unpack_from(self.data, pos)[0]
        if flag:
            self.refs.append(value)
        return value

    def r_long_object(self, flag):
        """TYPE_LONG: a signed digit count n, then |n| 15-bit digits,
        least significant first.  Counterpart: r_PyLong."""
        n = self.r_long()
        if n < -SIZE32_MAX or n > SIZE32_MAX:
            raise ValueError("bad marshal data (long size out of range)")
        size = abs(n)
        pos = self.pos
        available = min(size, (len(self.data) - pos) // 2)
        digits = struct.unpack_from("<%dH" % available, self.data, pos)
        # C checks digit by digit: a bad digit is reported before the end
        # of the data, and only the topmost digit may not be zero.
        if digits and max(digits) > PyLong_MARSHAL_MASK:
            raise ValueError("bad marshal data (digit out of range in long)")
        if available < size:
            raise EOFError("marshal data too short")
        self.pos = pos + 2 * size
        if size and digits[-1] == 0:
            raise ValueError("bad marshal data (unnormalized long data)")
        value = 0
        for digit in reversed(digits):
            value = (value << PyLong_MARSHAL_SHIFT) | digit
        if n < 0:
            value = -value
        if flag:
            self.refs.append(value)
        return value

    def r_float_str(self):
        """An old-style float: a length byte, then repr text.
        Counterpart: r_float_str and PyOS_string_to_double."""
        n = self.r_byte()
        # The C parser sees a NUL-terminated string: a NUL byte ends it.
        raw = self.r_string(n).split(b"\0", 1)[0]
        text = raw.decode("latin-1")
        if not _FLOAT_TEXT.match(text):
            # The message quotes the raw bytes with "%.200s", read as UTF-8.
            raise ValueError("could not convert string to float: '%s'"
                             % raw[:200].decode("utf-8", "replace"))
        return float(text)

    def r_float(self, flag):
        """TYPE_FLOAT: text (marshal versions 0 and 1)."""
        value = self.r_float_str()
        if flag:
            self.refs.append(value)
        return value

    def r_binary_float(self, flag):
        """TYPE_BINARY_FLOAT: 8 bytes.  Counterpart: PyFloat_Unpack8."""
        pos = self.pos
        if pos + 8 > len(self.data):
            raise EOFError("marshal data too short")
        self.pos = pos + 8
        value = _DOUBLE.unpack_from(self.data, pos)[0]
        if flag:
            self.refs.append(value)
        return value

    def r_complex(self, flag):
        """TYPE_COMPLEX: two texts, real then imaginary."""
        real = self.r_float_str()
        imag = self.r_float_str()
        value = complex(real, imag)
        if flag:
            self.refs.append(value)
        return value

    def r_binary_complex(self, flag):
        """TYPE_BINARY_COMPLEX: two doubles, real then imaginary."""
        pos = self.pos
        if pos + 16 > len(self.data):
            raise EOFError("marshal data too short")
        self.pos = pos + 16
        value = complex(*_TWO_DOUBLES.unpack_from(self.data, pos))
        if flag:
            self.refs.append(value)
        return value

    def r_bytes(self, flag):
        """TYPE_STRING: a size, then the bytes."""
        value = self.r_string(self.r_size("bytes object"))
        if flag:
            self.refs.append(value)
        return value

    def r_unicode(self, flag):
        """TYPE_UNICODE: a size, then UTF-8 ('surrogatepass', as C does)."""
        value = self.r_string(self.r_size("string")).decode(
            "utf-8", "surrogatepass")
        if flag:
            self.refs.append(value)
        return value

    def r_interned(self, flag):
        """TYPE_INTERNED: as TYPE_UNICODE, then interned."""
        value = sys.intern(self.r_string(self.r_size("string")).decode(
            "utf-8", "surrogatepass"))
        if flag:
            self.refs.append(value)
        return value

    def r_ascii(self, flag):
        """TYPE_ASCII: a size, then one byte per character.

        C builds the str from 1-byte data, so a byte above 127 reads as
        its Latin-1 character rather than failing.
        """
        value = self.r_string(self.r_size("string")).decode("latin-1")
        if flag:
            self.refs.append(value)
        return value

    def r_ascii_interned(self, flag):
        value = sys.intern(self.r_string(self.r_size("string")).decode("latin-1"))
        if flag:
            self.refs.append(value)
        return value

    def r_short_ascii(self, flag):
        """TYPE_SHORT_ASCII: a 1-byte size, then the characters."""
        data = self.data
        pos = self.pos
        if pos >= len(data):
            raise EOFError("EOF read where not expected")
        end = pos + 1 + data[pos]
        if end > len(data):
            raise EOFError("marshal data too short")
        self.pos = end
        value = data[pos + 1:end].decode("latin-1")
        if flag:
            self.refs.append(value)
        return value

    def r_short_ascii_interned(self, flag):
        data = self.data
        pos = self.pos
        if pos >= len(data):
            raise EOFError("EOF read where not expected")
        end = pos + 1 + data[pos]
        if end > len(data):
            raise EOFError("marshal data too short")
        self.pos = end
        value = sys.intern(data[pos + 1:end].decode("latin-1"))
        if flag:
            self.refs.append(value)
        return value

    def r_tuple_items(self, flag, n):
        # Divergence: C registers the tuple before reading its items, so
        # an item may refer back to its own tuple; a host tuple cannot be
        # built before its items, so such a reference reads as invalid.
        index = self.r_ref_reserve(flag)
        items = []
        for _ in range(n):
            items.append(self.r_item("tuple"))
        return self.r_ref_insert(tuple(items), index)

    def r_tuple(self, flag):
        """TYPE_TUPLE: a 4-byte size, then the items."""
        return self.r_tuple_items(flag, self.r_size("tuple"))

    def r_small_tuple(self, flag):
        """TYPE_SMALL_TUPLE: a 1-byte size, then the items."""
        return self.r_tuple_items(flag, self.r_byte())

    def r_list(self, flag):
        """TYPE_LIST: registered before its items, which may refer to it."""
        n = self.r_size("list")
        value = []
        if flag:
            self.refs.append(value)
        r_item = self.r_item
        for _ in range(n):
            value.append(r_item("list"))
        return value

    def r_dict(self, flag):
        """TYPE_DICT: key, value, key, value, ... then TYPE_NULL.

        As in C, a NULL in place of a value also ends the dict (its key
        is dropped).
        """
        value = {}
        if flag:
            self.refs.append(value)
        r_object = self.r_object
        while True:
            key = r_object()
            if key is NULL:
                break
            item = r_object()
            if item is NULL:
                break
            value[key] = item
        return value

    def r_set(self, flag):
        """TYPE_SET: registered before its items."""
        n = self.r_size("set")
        value = set()
        if flag:
            self.refs.append(value)
        for _ in range(n):
            value.add(self.r_item("set"))
        return value

    def r_frozenset(self, flag):
        """TYPE_FROZENSET: registered after its items (r_ref_reserve)."""
        n = self.r_size("set")
        if n == 0:
            value = frozenset()
            if flag:
                self.refs.append(value)
            return value
        index = self.r_ref_reserve(flag)
        items = set()
        for _ in range(n):
            items.add(self.r_item("set"))
        return self.r_ref_insert(frozenset(items), index)

    def r_ref(self, flag):
        """TYPE_REF: an index into the objects registered so far."""
        n = self.r_long()
        refs = self.refs
        if n < 0 or n >= len(refs) or refs[n] is _RESERVED:
            raise ValueError("bad marshal data (invalid reference)")
        return refs[n]

    def r_code(self, flag):
        """TYPE_CODE: the 3.11 fields in MARSHAL_FIELDS order; the counts
        are raw 4-byte ints, everything else an object.  Registered after
        its fields, then checked as _PyCode_Validate checks."""
        index = self.r_ref_reserve(flag)
        r_long = self.r_long
        r_object = self.r_object
        argcount = r_long()
        posonlyargcount = r_long()
        kwonlyargcount = r_long()
        stacksize = r_long()
        flags = r_long()
        code = r_object()
        consts = r_object()
        names = r_object()
        localsplusnames = r_object()
        localspluskinds = r_object()
        filename = r_object()
        name = r_object()
        qualname = r_object()
        firstlineno = r_long()
        linetable = r_object()
        exceptiontable = r_object()
        value = Code(argcount, posonlyargcount, kwonlyargcount, stacksize,
                     flags, code, consts, names, localsplusnames,
                     localspluskinds, filename, name, qualname, firstlineno,
                     linetable, exceptiontable)
        validate_code(value)
        return self.r_ref_insert(value, index)


def validate_code(code):
    """Refuse what the C constructor refuses.

    Counterpart: _PyCode_Validate, then the intern_strings calls of
    _PyCode_New.  A bad count or a field of the wrong type is
    PyErr_BadInternalCall in C: a SystemError naming the C line.
    """
    if (code.co_argcount < code.co_posonlyargcount or
            code.co_posonlyargcount < 0 or code.co_kwonlyargcount < 0 or
            code.co_stacksize < 0 or code.co_flags < 0 or
            any(type(getattr(code, field)) is not kind
                for field, kind in _CODE_FIELD_TYPES) or
            len(code.co_localsplusnames) != len(code.co_localspluskinds)):
        raise SystemError(BAD_INTERNAL_CALL)
    if len(code.co_code) % 2:
        raise ValueError("code: co_code is malformed")
    nlocals = sum(1 for kind in code.co_localspluskinds if kind & CO_FAST_LOCAL)
    nplainlocals = (nlocals - bool(code.co_flags & CO_VARARGS)
                    - bool(code.co_flags & CO_VARKEYWORDS))
    if (code.co_argcount > nplainlocals or
            code.co_posonlyargcount > nplainlocals or
            code.co_kwonlyargcount > nplainlocals - code.co_argcount):
        raise ValueError("code: co_varnames is too small")
    for names in (code.co_names, code.co_localsplusnames):
        for name in names:
            if type(name) is not str:
                raise SystemError("non-string found in code slot")


# PyErr_BadInternalCall's message from _PyCode_Validate, as 3.11.7 shows it.
BAD_INTERNAL_CALL = "Objects/codeobject.c:250: bad argument to internal function"

_CODE_FIELD_TYPES = (
    ("co_code", bytes), ("co_consts", tuple), ("co_names", tuple),
    ("co_localsplusnames", tuple), ("co_localspluskinds", bytes),
    ("co_filename", str), ("co_name", str), ("co_qualname", str),
    ("co_linetable", bytes), ("co_exceptiontable", bytes),
)


def _reader_table():
    """r_object's switch as a 128-entry list indexed by type code."""
    table = [Reader.r_unknown] * 128
    for code, function in (
            (TYPE_NULL, Reader.r_null), (TYPE_NONE, Reader.r_none),
            (TYPE_STOPITER, Reader.r_stopiter),
            (TYPE_ELLIPSIS, Reader.r_ellipsis),
            (TYPE_FALSE, Reader.r_false), (TYPE_TRUE, Reader.r_true),
            (TYPE_INT, Reader.r_int), (TYPE_INT64, Reader.r_int64),
            (TYPE_LONG, Reader.r_long_object),
            (TYPE_FLOAT, Reader.r_float),
            (TYPE_BINARY_FLOAT, Reader.r_binary_float),
            (TYPE_COMPLEX, Reader.r_complex),
            (TYPE_BINARY_COMPLEX, Reader.r_binary_complex),
            (TYPE_STRING, Reader.r_bytes),
            (TYPE_ASCII_INTERNED, Reader.r_ascii_interned),
            (TYPE_ASCII, Reader.r_ascii),
            (TYPE_SHORT_ASCII_INTERNED, Reader.r_short_ascii_interned),
            (TYPE_SHORT_ASCII, Reader.r_short_ascii),
            (TYPE_INTERNED, Reader.r_interned),
            (TYPE_UNICODE, Reader.r_unicode),
            (TYPE_SMALL_TUPLE, Reader.r_small_tuple),
            (TYPE_TUPLE, Reader.r_tuple), (TYPE_LIST, Reader.r_list),
            (TYPE_DICT, Reader.r_dict), (TYPE_SET, Reader.r_set),
            (TYPE_FROZENSET, Reader.r_frozenset),
            (TYPE_CODE, Reader.r_code), (TYPE_REF, Reader.r_ref)):
        table[code] = function
    return table


_READERS = _reader_table()


def loads(data):
    """Read one object from the start of `data`; later bytes are ignored.

    Counterpart: marshal_loads_impl and read_object.
    """
    return _read_one(Reader(bytes(data)))


def loads_trusted(data):
    """loads, for data Glass wrote itself (its caches of compiled code).

    On a CPython 3.11 host the host's marshal reads the very same format,
    in C, many times faster; its code objects become Glass's Code.  Other
    hosts (PyPy, older CPythons) have formats of their own: Glass's reader
    runs there.
    """
    from glass.tools.stdlib import HOST_IS_CPYTHON_311
    if not HOST_IS_CPYTHON_311:
        return loads(data)
    import marshal as host_marshal
    return _from_host_value(host_marshal.loads(data))


def _from_host_value(value):
    """A host value as Glass's reader gives it: host code objects become
    Code, recursively (constants hold no code in lists or dicts)."""
    if type(value) is tuple:
        return tuple(_from_host_value(item) for item in value)
    if _is_host_code(value):
        return Code.from_host(value)
    return value


def loads_with_end(data, pos=0):
    """(object, the offset just past it): loads, starting at `pos`."""
    reader = Reader(bytes(data), pos)
    value = _read_one(reader)
    return value, reader.pos


def load(file):
    """Read one object from a binary file, leaving the file just after it.

    Counterpart: marshal_load.  The rest of the file is read at once, and
    the file is then moved back to the object's end (it must be seekable
    for that, as for C's marshal.load of a file holding more data).
    """
    start = file.tell() if file.seekable() else None
    data = file.read()
    value, end = loads_with_end(data)
    if start is not None:
        file.seek(start + end)
    return value


def _read_one(reader):
    with _deep_recursion():
        value = reader.r_object()
    if value is NULL:
        raise TypeError("NULL object in marshal data for object")
    return value


class _deep_recursion:
    """Let the host recurse as deep as MAX_MARSHAL_STACK_DEPTH needs.

    Reading a tuple takes four host frames per nesting level (r_object,
    r_small_tuple, r_tuple_items, r_item); the host's default limit (1000)
    would stop long before marshal's own limit (2000) does.  (On CPython
    3.11 these calls do not grow the C stack.)
    """
    NEEDED = 5 * MAX_MARSHAL_STACK_DEPTH + 200

    def __enter__(self):
        self.saved = sys.getrecursionlimit()
        depth = _stack_depth()
        if self.saved < depth + self.NEEDED:
            sys.setrecursionlimit(depth + self.NEEDED)

    def __exit__(self, *exc):
        sys.setrecursionlimit(self.saved)


def _stack_depth():
    frame = sys._getframe()
    depth = 0
    while frame is not None:
        depth += 1
        frame = frame.f_back
    return depth


# =============================================================================
# Writing.  Counterpart: WFILE, w_object, w_complex_object and w_ref.
# =============================================================================
#
# Which objects get FLAG_REF: C's w_ref flags every object whose reference
# count is above 1 and writes a TYPE_REF when it meets the same object
# again; the result depends on who else holds the object.  Glass cannot see
# host refcounts, so it first counts how often each object occurs (equal
# immutable values count as one object, as the compiler's constant merging
# makes them in CPython) and flags exactly those that occur twice or more.
# The bytes differ from CPython's; what any reader builds from them does not.
#
# Interning: C writes the *_INTERNED codes for interned strs.  A plain str
# given to dumps counts as not interned; inside a code object Glass interns
# what the code constructor interns (intern_strings, intern_string_constants
# in Objects/codeobject.c) and what the parser hands the compiler interned
# (identifiers: co_name, and co_qualname when it is just the name).  Checked
# against every .pyc of the stdlib: the same strs come out interned.

# How strs inside a value are written.
PLAIN = 0        # not interned
NAMES = 1        # all interned: co_names, co_localsplusnames (intern_strings)
CONSTS = 2       # interned when made only of [A-Za-z0-9_], in tuples and
                 # frozensets too (intern_string_constants)
IDENTIFIER = 3   # interned when an identifier: co_name and co_qualname

_NAME_CHARS = frozenset(
    b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")


def all_name_chars(text):
    """Counterpart: all_name_chars in Objects/codeobject.c."""
    return text.isascii() and _NAME_CHARS.issuperset(text.encode("ascii"))


def is_interned(text, mode):
    """Would CPython's code object hold this str interned?"""
    if mode == PLAIN:
        return False
    if mode == NAMES:
        return True
    if mode == IDENTIFIER:
        return text.isidentifier()
    # The parser interns the '*' of `from m import *`, and 3.11 keeps a
    # single object per 1-character Latin-1 str: every '*' is interned.
    return all_name_chars(text) or text == "*"


class Writer:
    """Writes marshal data into a bytearray.  Counterpart: WFILE.

    `counts` maps an object's key to its number of occurrences (the first
    pass); `refs` maps the key of each flagged object to its index in the
    reader's reference list (C's hashtable of w_ref).
    """
    __slots__ = ("out", "refs", "counts", "depth", "keys", "visited", "outer",
                 "version", "first_ref")

    def __init__(self, outer=None, version=VERSION, first_ref=0):
        self.out = bytearray()
        self.version = version  # below 3: no references; below 4: no short forms
        self.first_ref = first_ref  # references the enclosing writer numbered
        self.refs = {}
        self.counts = {}
        self.outer = outer    # the enclosing dump's counts, for _sort_key
        self.depth = 0
        self.keys = {}        # (id(tuple or frozenset), mode) -> its key
        self.visited = set()  # ids of mutable containers already counted

    # --- Raw writes --------------------------------------------------------

    def w_long(self, x):
        """A 32-bit signed little-endian int.  Counterpart: w_long."""
        self.out += _INT32.pack(x)

    def w_pstring(self, data):
        """A 4-byte size, then the bytes.  Counterpart: w_pstring."""
        if len(data) > SIZE32_MAX:
            raise ValueError("unmarshallable object")
        self.out += _INT32.pack(len(data))
        self.out += data

    # --- Object identity for references ------------------------------------

    def key(self, value, mode):
        """The identity under which w_ref finds an object again.

        Immutable values are keyed by their contents (with str interning
        and the exact float bits, so 0.0 and -0.0 stay apart); mutable
        containers and code objects by their host identity.
        """
        kind = type(value)
        if kind is str:
            return (kind, is_interned(value, mode), value)
        if kind is bytes or kind is int:
            return (kind, value)
        if kind is float:
            return (kind, _DOUBLE.pack(value))
        if kind is complex:
            return (kind, _TWO_DOUBLES.pack(value.real, value.imag))
        if kind is tuple or kind is frozenset:
            cached = self.keys.get((id(value), mode))
            if cached is None:
                items = [self.key(item, mode) for item in value]
                cached = (kind, tuple(items) if kind is tuple
                          else frozenset(items))
                self.keys[id(value), mode] = cached
            return cached
        return ("id", id(value))

    # --- First pass: count occurrences -------------------------------------

    def count(self, value, mode=PLAIN, depth=0):
        """Walk `value` as w_object will, counting each object's keys."""
        if (value is None or value is True or value is False or
                value is Ellipsis or value is StopIteration or
                depth > MAX_MARSHAL_STACK_DEPTH):
            return
        key = self.key(value, mode)
        seen = self.counts.get(key, 0)
        self.counts[key] = seen + 1
        kind = type(value)
        if kind in (list, dict, set) or kind is Code:
            if id(value) in self.visited:
                return
            self.visited.add(id(value))
        elif seen:
            return       # an equal immutable value was walked already
        depth += 1
        if kind is tuple or kind is list or kind is set or kind is frozenset:
            for item in value:
                self.count(item, mode, depth)
        elif kind is dict:
            for item_key, item in value.items():
                self.count(item_key, mode, depth)
                self.count(item, mode, depth)
        elif kind is Code:
            for field, field_mode in _CODE_OBJECT_FIELDS:
                self.count(getattr(value, field), field_mode, depth)

    # --- Second pass: write ------------------------------------------------

    def w_object(self, value, mode=PLAIN):
        """Write one object.  Counterpart: w_object."""
        self.depth += 1
        if self.depth > MAX_MARSHAL_STACK_DEPTH:
            raise ValueError("object too deeply nested to marshal")
        if value is None:
            self.out.append(TYPE_NONE)
        elif value is StopIteration:
            self.out.append(TYPE_STOPITER)
        elif value is Ellipsis:
            self.out.append(TYPE_ELLIPSIS)
        elif value is False:
            self.out.append(TYPE_FALSE)
        elif value is True:
            self.out.append(TYPE_TRUE)
        else:
            flag = self.w_ref(value, mode)
            if flag is not None:
                self.w_complex_object(value, flag, mode)
        self.depth -= 1

    def w_ref(self, value, mode):
        """Write a TYPE_REF and return None if the object was written
        before; otherwise return the flag bits for its type code."""
        if self.version < 3:
            return 0
        key = self.key(value, mode)
        index = self.refs.get(key)
        if index is not None:
            self.out.append(TYPE_REF)
            self.w_long(index)
            return None
        if self.counts.get(key, 0) < 2 and not (
                self.outer is not None and
                (self.outer.get(key, 0) >= 2 or _shared_in_cpython(value, mode))):
            return 0
        self.refs[key] = self.first_ref + len(self.refs)
        return FLAG_REF

    def w_complex_object(self, value, flag, mode):
        """Counterpart: w_complex_object; C's order of exact-type checks."""
        kind = type(value)
        writer = _WRITERS.get(kind)
        if writer is not None:
            writer(self, value, flag, mode)
        elif kind is Code:
            self.w_code(value, flag)
        else:
            try:
                data = memoryview(value).tobytes()   # any buffer: bytes
            except TypeError:
                raise ValueError("unmarshallable object") from None
            self.out.append(TYPE_STRING | flag)
            self.w_pstring(data)

    # --- One writer per type group ------------------------------------------

    def w_int(self, value, flag, mode):
        """TYPE_INT when it fits in 32 bits, else TYPE_LONG.
        Counterpart: w_PyLong for the long form."""
        if -0x80000000 <= value <= 0x7FFFFFFF:
            self.out.append(TYPE_INT | flag)
            self.w_long(value)
            return
        self.out.append(TYPE_LONG | flag)
        magnitude = -value if value < 0 else value
        digits = []
        while magnitude:
            digits.append(magnitude & PyLong_MARSHAL_MASK)
            magnitude >>= PyLong_MARSHAL_SHIFT
        self.w_long(-len(digits) if value < 0 else len(digits))
        self.out += struct.pack("<%dH" % len(digits), *digits)

    def w_float(self, value, flag, mode=PLAIN):
        """TYPE_BINARY_FLOAT (PyFloat_Pack8); versions 0 and 1 write
        TYPE_FLOAT, as text."""
        if self.version > 1:
            self.out.append(TYPE_BINARY_FLOAT | flag)
            self.out += _DOUBLE.pack(value)
        else:
            self.out.append(TYPE_FLOAT | flag)
            self.w_float_str(value)

    def w_complex(self, value, flag, mode=PLAIN):
        if self.version > 1:
            self.out.append(TYPE_BINARY_COMPLEX | flag)
            self.out += _TWO_DOUBLES.pack(value.real, value.imag)
        else:
            self.out.append(TYPE_COMPLEX | flag)
            self.w_float_str(value.real)
            self.w_float_str(value.imag)

    def w_float_str(self, value):
        """A length byte, then the repr with 17 significant digits.
        Counterpart: w_float_str (PyOS_double_to_string(v, 'g', 17, 0))."""
        data = ("%.17g" % value).encode("ascii")
        self.out.append(len(data))
        self.out += data

    def w_bytes(self, value, flag, mode):
        self.out.append(TYPE_STRING | flag)
        self.w_pstring(value)

    def w_str(self, value, flag, mode):
        self.w_text(value, is_interned(value, mode), flag)

    def w_text(self, value, interned, flag):
        """ASCII strs as (SHORT_)ASCII(_INTERNED) from version 4; others as
        UTF-8 (UNICODE, or INTERNED from version 3), surrogates passed
        through."""
        if self.version >= 4 and value.isascii():
            data = value.encode("ascii")
            if len(data) < 256:
                self.out.append((TYPE_SHORT_ASCII_INTERNED if interned
                                 else TYPE_SHORT_ASCII) | flag)
                self.out.append(len(data))
                self.out += data
            else:
                self.out.append((TYPE_ASCII_INTERNED if interned
                                 else TYPE_ASCII) | flag)
                self.w_pstring(data)
        else:
            self.out.append((TYPE_INTERNED if interned and self.version >= 3
                             else TYPE_UNICODE) | flag)
            self.w_pstring(value.encode("utf-8", "surrogatepass"))

    def w_tuple_header(self, n, flag):
        """TYPE_SMALL_TUPLE and a size byte (version 4, fewer than 256
        items), else TYPE_TUPLE and a 4-byte size."""
        if self.version >= 4 and n < 256:
            self.out.append(TYPE_SMALL_TUPLE | flag)
            self.out.append(n)
        else:
            self.out.append(TYPE_TUPLE | flag)
            self.w_long(n)

    def w_tuple(self, value, flag, mode):
        self.w_tuple_header(len(value), flag)
        for item in value:
            self.w_object(item, mode)

    def w_list(self, value, flag, mode):
        self.out.append(TYPE_LIST | flag)
        self.w_long(len(value))
        for item in list(value):
            self.w_object(item, mode)

    def w_dict(self, value, flag, mode):
        """Key, value pairs, then TYPE_NULL."""
        self.out.append(TYPE_DICT | flag)
        for item_key, item in list(value.items()):
            self.w_object(item_key, mode)
            self.w_object(item, mode)
        self.out.append(TYPE_NULL)

    def w_set(self, value, flag, mode):
        """TYPE_SET or TYPE_FROZENSET, items sorted by their own marshal
        bytes so that the output does not depend on hash order."""
        self.out.append((TYPE_SET if type(value) is set
                         else TYPE_FROZENSET) | flag)
        self.w_long(len(value))
        counts = self.outer if self.outer is not None else self.counts
        version = self.version
        for item in sorted(value, key=lambda item: _sort_key(item, mode, counts, version)):
            self.w_object(item, mode)

    def w_code(self, code, flag):
        """TYPE_CODE: the counts as raw 4-byte ints, the rest as objects."""
        self.out.append(TYPE_CODE | flag)
        for field, field_mode in _CODE_FIELDS:
            if field_mode is None:
                self.w_long(getattr(code, field))
            else:
                self.w_object(getattr(code, field), field_mode)


# Each field of a code object, and how its strs are written (None: a raw
# 4-byte count rather than an object).
_CODE_FIELDS = (
    ("co_argcount", None), ("co_posonlyargcount", None),
    ("co_kwonlyargcount", None), ("co_stacksize", None), ("co_flags", None),
    ("co_code", PLAIN), ("co_consts", CONSTS), ("co_names", NAMES),
    ("co_localsplusnames", NAMES), ("co_localspluskinds", PLAIN),
    ("co_filename", PLAIN), ("co_name", IDENTIFIER), ("co_qualname", IDENTIFIER),
    ("co_firstlineno", None), ("co_linetable", PLAIN),
    ("co_exceptiontable", PLAIN),
)
_CODE_OBJECT_FIELDS = tuple(row for row in _CODE_FIELDS if row[1] is not None)

_WRITERS = {
    int: Writer.w_int, float: Writer.w_float, complex: Writer.w_complex,
    bytes: Writer.w_bytes, str: Writer.w_str, tuple: Writer.w_tuple,
    list: Writer.w_list, dict: Writer.w_dict, set: Writer.w_set,
    frozenset: Writer.w_set,
}


def _sort_key(item, mode, outer, version=VERSION):
    """A set item's own marshal bytes, as C sorts them.

    C marshals each item alone, where FLAG_REF marks the objects whose
    reference count is above 1.  Glass guesses which those are: the ones
    that occur elsewhere in the enclosing dump (`outer`, its counts), and
    those that _shared_in_cpython names.
    """
    writer = Writer(outer, version)
    writer.count(item, mode)
    writer.w_object(item, mode)
    return bytes(writer.out)


def _shared_in_cpython(value, mode):
    """Objects whose reference count is in practice always above 1 in
    CPython 3.11: those it keeps one copy of (small ints -5..256, the empty
    and 1-character strs and bytes, the empty tuple and frozenset), and
    interned strs (other code objects of the process hold the same one)."""
    kind = type(value)
    if kind is int:
        return -5 <= value <= 256
    if kind is str:
        return (len(value) == 0 or (len(value) == 1 and ord(value) < 256) or
                is_interned(value, mode))
    if kind is bytes or kind is tuple or kind is frozenset:
        return len(value) <= (1 if kind is bytes else 0)
    return False


def dumps(value, version=VERSION):
    """The marshal bytes of `value`.  Counterpart: marshal_dumps_impl.

    A host code object is accepted at the top and written as
    Code.from_host converts it.
    """
    if _is_host_code(value):
        value = Code.from_host(value)
    writer = Writer(version=version)
    with _deep_recursion():
        writer.count(value)
        writer.w_object(value)
    return bytes(writer.out)


def dump(value, file, version=VERSION):
    """Write `value` to a binary file.  Counterpart: marshal_dump_impl."""
    file.write(dumps(value, version))
