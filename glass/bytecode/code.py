"""Code objects as plain data: every co_* field of CPython 3.11.

Counterpart: Objects/codeobject.c (PyCodeObject), with the location table of
Objects/locations.md and the exception table of
Objects/exception_handling_notes.txt.

A `Code` holds host values only: ints, strs, bytes, tuples, frozensets,
floats, complexes, None, Ellipsis and nested `Code` objects in co_consts.
The VM wraps them into guest objects when it loads a code object; the
compiler and marshal never need the VM.
"""
from __future__ import annotations

import math

# co_localspluskinds bits (Include/internal/pycore_code.h).
CO_FAST_LOCAL = 0x20
CO_FAST_CELL = 0x40
CO_FAST_FREE = 0x80

# co_flags bits (Include/cpython/code.h), in dis's pretty_flags order.
CO_FLAGS = (
    (0x0001, "OPTIMIZED"), (0x0002, "NEWLOCALS"), (0x0004, "VARARGS"),
    (0x0008, "VARKEYWORDS"), (0x0010, "NESTED"), (0x0020, "GENERATOR"),
    (0x0040, "NOFREE"), (0x0080, "COROUTINE"), (0x0100, "ITERABLE_COROUTINE"),
    (0x0200, "ASYNC_GENERATOR"),
)
CO_OPTIMIZED, CO_NEWLOCALS, CO_VARARGS, CO_VARKEYWORDS = 0x1, 0x2, 0x4, 0x8
CO_NESTED, CO_GENERATOR, CO_NOFREE, CO_COROUTINE = 0x10, 0x20, 0x40, 0x80
CO_ITERABLE_COROUTINE, CO_ASYNC_GENERATOR = 0x100, 0x200

# The fields in the order marshal writes them (Python/marshal.c w_object).
MARSHAL_FIELDS = (
    "co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_stacksize",
    "co_flags", "co_code", "co_consts", "co_names", "co_localsplusnames",
    "co_localspluskinds", "co_filename", "co_name", "co_qualname",
    "co_firstlineno", "co_linetable", "co_exceptiontable",
)


class Code:
    """A 3.11 code object, as data.  Counterpart: PyCodeObject."""
    __slots__ = MARSHAL_FIELDS

    def __init__(self, co_argcount=0, co_posonlyargcount=0, co_kwonlyargcount=0,
                 co_stacksize=0, co_flags=0, co_code=b"", co_consts=(),
                 co_names=(), co_localsplusnames=(), co_localspluskinds=b"",
                 co_filename="", co_name="", co_qualname="", co_firstlineno=1,
                 co_linetable=b"", co_exceptiontable=b""):
        self.co_argcount = co_argcount
        self.co_posonlyargcount = co_posonlyargcount
        self.co_kwonlyargcount = co_kwonlyargcount
        self.co_stacksize = co_stacksize
        self.co_flags = co_flags
        self.co_code = co_code
        self.co_consts = co_consts
        self.co_names = co_names
        self.co_localsplusnames = co_localsplusnames
        self.co_localspluskinds = co_localspluskinds
        self.co_filename = co_filename
        self.co_name = co_name
        self.co_qualname = co_qualname
        self.co_firstlineno = co_firstlineno
        self.co_linetable = co_linetable
        self.co_exceptiontable = co_exceptiontable

    # --- The views CPython derives from co_localsplusnames/kinds -----------

    def _names_with(self, kind):
        return tuple(name for name, k in zip(self.co_localsplusnames,
                                             self.co_localspluskinds) if k & kind)

    @property
    def co_varnames(self):
        return self._names_with(CO_FAST_LOCAL)

    @property
    def co_cellvars(self):
        return self._names_with(CO_FAST_CELL)

    @property
    def co_freevars(self):
        return self._names_with(CO_FAST_FREE)

    @property
    def co_nlocals(self):
        return len(self.co_varnames)

    @property
    def co_nlocalsplus(self):
        return len(self.co_localsplusnames)

    def __repr__(self):
        # Counterpart: code_repr.  Glass's id() stands in for the C address.
        return '<code object %s at %#x, file "%s", line %d>' % (
            self.co_name, id(self), self.co_filename, self.co_firstlineno)

    # --- Location table (Objects/locations.md) ----------------------------

    def co_positions(self):
        """Yield (line, end_line, column, end_column) for each code unit."""
        for length, line, end_line, col, end_col in _location_entries(self):
            for _ in range(length):
                yield line, end_line, col, end_col

    def co_lines(self):
        """Yield (start, end, line): one byte range per location entry.

        Counterpart: lineiter_next in Objects/codeobject.c (3.11 does not
        merge neighbouring entries that share a line).
        """
        offset = 0
        for length, line, _, _, _ in _location_entries(self):
            yield offset, offset + length * 2, line
            offset += length * 2

    # --- Exception table (Objects/exception_handling_notes.txt) ----------

    def exception_entries(self):
        """The decoded exception table: a list of ExceptionTableEntry."""
        return parse_exception_table(self.co_exceptiontable)

    # --- Conversions -------------------------------------------------------

    def replace(self, **changes):
        fields = {name: getattr(self, name) for name in MARSHAL_FIELDS}
        fields.update(changes)
        return Code(**fields)

    @classmethod
    def from_host(cls, host_code):
        """Convert a host (CPython 3.11) code object, recursively."""
        names, kinds = localsplus_from_views(
            host_code.co_varnames, host_code.co_cellvars, host_code.co_freevars)
        consts = tuple(cls.from_host(c) if _is_host_code(c) else c
                       for c in host_code.co_consts)
        return cls(
            host_code.co_argcount, host_code.co_posonlyargcount,
            host_code.co_kwonlyargcount, host_code.co_stacksize,
            host_code.co_flags, host_code.co_code, consts, host_code.co_names,
            names, kinds, host_code.co_filename, host_code.co_name,
            host_code.co_qualname, host_code.co_firstlineno,
            host_code.co_linetable, host_code.co_exceptiontable)

    def to_host(self):
        """Build the host's code object (needs a CPython 3.11 host)."""
        import types
        consts = tuple(c.to_host() if isinstance(c, Code) else c
                       for c in self.co_consts)
        return types.CodeType(
            self.co_argcount, self.co_posonlyargcount, self.co_kwonlyargcount,
            self.co_nlocals, self.co_stacksize, self.co_flags, self.co_code,
            consts, self.co_names, self.co_varnames, self.co_filename,
            self.co_name, self.co_qualname, self.co_firstlineno,
            self.co_linetable, self.co_exceptiontable, self.co_freevars,
            self.co_cellvars)


def _is_host_code(value):
    return type(value).__name__ == "code" and hasattr(value, "co_code")


def localsplus_from_views(varnames, cellvars, freevars):
    """Rebuild (co_localsplusnames, co_localspluskinds) from the three views.

    Counterpart: the localsplus construction in code_new_impl: locals first; a
    cell that is also a local (an argument captured by a closure) shares its
    slot; other cells follow, then the free variables.
    """
    names = list(varnames)
    kinds = [CO_FAST_LOCAL] * len(names)
    for name in cellvars:
        if name in varnames:
            kinds[varnames.index(name)] |= CO_FAST_CELL
        else:
            names.append(name)
            kinds.append(CO_FAST_CELL)
    for name in freevars:
        names.append(name)
        kinds.append(CO_FAST_FREE)
    return tuple(names), bytes(kinds)


# --- Location table decoding ------------------------------------------------

# Location entry codes (Include/cpython/code.h _PyCodeLocationInfoKind).
LOCATION_SHORT0 = 0          # codes 0-9: same line, short column pair
LOCATION_ONE_LINE0 = 10      # codes 10-12: line delta 0-2, two column bytes
LOCATION_NO_COLUMNS = 13
LOCATION_LONG = 14
LOCATION_NONE = 15


def _read_varint(table, i):
    """An unsigned varint: 6-bit chunks, least significant first, 0x40 = more."""
    byte = table[i]
    i += 1
    value = byte & 63
    shift = 0
    while byte & 64:
        byte = table[i]
        i += 1
        shift += 6
        value |= (byte & 63) << shift
    return value, i


def _read_svarint(table, i):
    """A signed varint: the sign in the lowest bit."""
    value, i = _read_varint(table, i)
    return (-(value >> 1) if value & 1 else value >> 1), i


def _location_entries(code):
    """Yield (length in code units, line, end_line, column, end_column).

    Counterpart: _PyLineTable_NextAddressRange and advance_with_locations in
    Objects/codeobject.c.  None stands for a missing position.
    """
    table = code.co_linetable
    line = code.co_firstlineno
    i = 0
    while i < len(table):
        first = table[i]
        i += 1
        kind = (first >> 3) & 15
        length = (first & 7) + 1
        if kind == LOCATION_NONE:
            yield length, None, None, None, None
            continue
        if kind == LOCATION_LONG:
            delta, i = _read_svarint(table, i)
            line += delta
            end_delta, i = _read_varint(table, i)
            col, i = _read_varint(table, i)
            end_col, i = _read_varint(table, i)
            # Columns are stored plus one so that 0 can mean "unknown".
            yield (length, line, line + end_delta,
                   col - 1 if col else None, end_col - 1 if end_col else None)
        elif kind == LOCATION_NO_COLUMNS:
            delta, i = _read_svarint(table, i)
            line += delta
            yield length, line, line, None, None
        elif kind >= LOCATION_ONE_LINE0:
            line += kind - LOCATION_ONE_LINE0
            col, end_col = table[i], table[i + 1]
            i += 2
            yield length, line, line, col, end_col
        else:
            second = table[i]
            i += 1
            col = kind * 8 + ((second >> 4) & 7)
            yield length, line, line, col, col + (second & 15)


# --- Exception table decoding -----------------------------------------------

class ExceptionTableEntry:
    """One handler range: [start, end) in bytes jumps to target at depth."""
    __slots__ = ("start", "end", "target", "depth", "lasti")

    def __init__(self, start, end, target, depth, lasti):
        self.start = start
        self.end = end
        self.target = target
        self.depth = depth
        self.lasti = lasti

    def __eq__(self, other):
        return (isinstance(other, ExceptionTableEntry) and
                self._key() == other._key())

    def __repr__(self):
        return "ExceptionTableEntry(%d, %d, %d, %d, %s)" % self._key()

    def _key(self):
        return self.start, self.end, self.target, self.depth, self.lasti


def _read_exception_varint(table, i):
    """Exception-table varints are big-endian 6-bit chunks, 0x40 = more.

    The 0x80 bit marks the first byte of an entry and is not part of a value.
    """
    byte = table[i]
    i += 1
    value = byte & 63
    while byte & 64:
        byte = table[i]
        i += 1
        value = (value << 6) | (byte & 63)
    return value, i


def parse_exception_table(table):
    """Counterpart: get_exception_handler / parse_varint in Python/ceval.c."""
    entries = []
    i = 0
    while i < len(table):
        start, i = _read_exception_varint(table, i)
        length, i = _read_exception_varint(table, i)
        target, i = _read_exception_varint(table, i)
        depth_lasti, i = _read_exception_varint(table, i)
        entries.append(ExceptionTableEntry(
            start * 2, (start + length) * 2, target * 2,
            depth_lasti >> 1, bool(depth_lasti & 1)))
    return entries


# --- Comparison ---------------------------------------------------------------

COMPARED_FIELDS = MARSHAL_FIELDS


def const_key(value):
    """A key under which two constants are "the same" as CPython means it.

    Counterpart: _PyCode_ConstantKey: 1, 1.0 and True differ; 0.0 and -0.0
    differ; every NaN equals itself; containers compare item by item.
    """
    if isinstance(value, Code):
        return ("code", id(value))
    kind = type(value)
    if kind is float:
        if value == 0.0:
            return (kind, "zero", math.copysign(1.0, value))   # 0.0 and -0.0 differ
        if value != value:
            return (kind, "nan")
        return (kind, value)
    if kind is complex:
        return (kind, const_key(value.real), const_key(value.imag))
    if kind is tuple:
        return (kind, tuple(const_key(v) for v in value))
    if kind is frozenset:
        return (kind, frozenset(const_key(v) for v in value))
    return (kind, value)


def code_differences(left, right, path=None):
    """Compare two Code objects field by field, recursing into co_consts.

    Returns a list of (path, field) pairs naming each difference; empty when
    the two are identical.  `path` names the code object ("<module>.f.g").
    """
    path = path or left.co_qualname
    diffs = []
    for field in COMPARED_FIELDS:
        a, b = getattr(left, field), getattr(right, field)
        if field == "co_consts":
            if len(a) != len(b):
                diffs.append((path, field))
                continue
            for index, (ca, cb) in enumerate(zip(a, b)):
                if isinstance(ca, Code) and isinstance(cb, Code):
                    diffs.extend(code_differences(
                        ca, cb, "%s.%s" % (path, ca.co_qualname)))
                elif isinstance(ca, Code) or isinstance(cb, Code) or \
                        const_key(ca) != const_key(cb):
                    diffs.append((path, "co_consts[%d]" % index))
        elif type(a) is not type(b) or a != b:
            diffs.append((path, field))
    return diffs
