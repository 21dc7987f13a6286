"""The _struct module: packing values into bytes and unpacking them.

Counterpart: Modules/_struct.c.

A format is compiled once into a Struct: its byte order table, its codes
(each with an offset, a size and a repeat count), its size and its number of
items, as prepare_s does.  Packing checks every value the way the C pack
functions do, with their exact messages, and then lets the host's struct
module write the bytes (the encodings are the same everywhere: two's
complement integers and IEEE floats).  Unpacking reads the bytes with the
host's struct module and turns the results into guest values.
"""
from __future__ import annotations

import struct as host_struct
import sys

from glass.objects.buildvalue import build_value
from glass.modules import builtin_module, function
from glass.objects import abstract
from glass.objects.exceptions import (EXCEPTION_TYPES, OperationError, argument_type_name,
                                      index_error, new_exception, overflow_error, type_error)
from glass.objects.object import W_Object, decref
from glass.objects.signature import fastcall, no_text_signature
from glass.objects.type import BASETYPE, HAVE_GC, builtin_type, getter, method, slot

SSIZE_MAX = (1 << 63) - 1
MAXCACHE = 100


# --- The exception ---------------------------------------------------------------------

W_STRUCT_ERROR = []       # [struct.error], made with the module


def struct_error(message):
    return OperationError(new_exception(W_STRUCT_ERROR[0], message))


# --- Format tables -----------------------------------------------------------------------

class FormatDef:
    """One entry of a byte order's table (formatdef): a format character, its
    size and alignment, and how pack checks a value for it."""
    __slots__ = ("code", "size", "alignment", "check")

    def __init__(self, code, size, alignment, check):
        self.code = code
        self.size = size
        self.alignment = alignment
        self.check = check


class Table:
    """native_table, lilendian_table or bigendian_table."""
    __slots__ = ("prefix", "native", "entries")

    def __init__(self, prefix, native, entries):
        self.prefix = prefix          # the host struct prefix that reads this layout
        self.native = native
        self.entries = {entry.code: entry for entry in entries}


# How pack checks one value: the names of the C pack functions' families.
#   "long" etc.: get_long / get_ulong / get_longlong / ... ("argument out of range")
#   a message: the C function's own range check and text
#   "range": _range_error's "'%c' format requires %d <= number <= %d"

def _native_table():
    def size(code):
        return host_struct.calcsize("@" + code)

    def alignment(code):
        # sizeof(struct { char c; T x; }) - sizeof(T): where a T may start.
        return host_struct.calcsize("@b" + code) - size(code)

    spec = [
        ("x", None), ("b", ("long", "byte format requires -128 <= number <= 127")),
        ("B", ("long", "ubyte format requires 0 <= number <= 255")),
        ("c", "char"), ("s", None), ("p", None),
        ("h", ("long", "short format requires -32768 <= number <= 32767")),
        ("H", ("long", "ushort format requires 0 <= number <= 65535")),
        ("i", ("long", "range")), ("I", ("ulong", "range")),
        ("l", ("long", None)), ("L", ("ulong", None)),
        ("n", ("ssize_t", None)), ("N", ("size_t", None)),
        ("q", ("longlong", None)), ("Q", ("ulonglong", None)),
        ("?", "bool"), ("e", "half"), ("f", "native float"), ("d", "double"),
        ("P", "pointer"),
    ]
    entries = []
    for code, check in spec:
        align = alignment(code) if code not in "xbBcsp" else 0
        entries.append(FormatDef(code, size(code), align, check))
    return entries


def _standard_entries():
    """The entries shared by the little- and big-endian tables."""
    return [
        FormatDef("x", 1, 0, None),
        FormatDef("b", 1, 0, ("long", "byte format requires -128 <= number <= 127")),
        FormatDef("B", 1, 0, ("long", "ubyte format requires 0 <= number <= 255")),
        FormatDef("c", 1, 0, "char"), FormatDef("s", 1, 0, None),
        FormatDef("p", 1, 0, None),
        FormatDef("h", 2, 0, ("long", "range")), FormatDef("H", 2, 0, ("ulong", "range")),
        FormatDef("i", 4, 0, ("long", "range")), FormatDef("I", 4, 0, ("ulong", "range")),
        FormatDef("l", 4, 0, ("long", "range")), FormatDef("L", 4, 0, ("ulong", "range")),
        FormatDef("q", 8, 0, ("bytes", None)), FormatDef("Q", 8, 0, ("bytes", None)),
        FormatDef("?", 1, 0, "bool"), FormatDef("e", 2, 0, "half"),
        FormatDef("f", 4, 0, "float"), FormatDef("d", 8, 0, "double"),
    ]


def _with_native_checks(entries, native_entries):
    """The module init's "swap in faster functions": the standard table of
    the machine's own byte order takes the native pack functions (and so
    their messages) for every code whose native size is the standard size,
    except the floats and _Bool."""
    native = {entry.code: entry for entry in native_entries}
    for entry in entries:
        twin = native.get(entry.code)
        if twin is not None and twin.size == entry.size and entry.code not in "df?":
            entry.check = twin.check
    return entries


_NATIVE_ENTRIES = _native_table()
NATIVE = Table("@", True, _NATIVE_ENTRIES)
if sys.byteorder == "little":
    LITTLE = Table("<", False, _with_native_checks(_standard_entries(), _NATIVE_ENTRIES))
    BIG = Table(">", False, _standard_entries())
else:
    LITTLE = Table("<", False, _standard_entries())
    BIG = Table(">", False, _with_native_checks(_standard_entries(), _NATIVE_ENTRIES))


def which_table(fmt):
    """whichtable: the table the first character names, and where codes start."""
    first = fmt[:1]
    if first == b"<":
        return LITTLE, 1
    if first in (b">", b"!"):
        return BIG, 1
    if first == b"=":
        return (LITTLE if sys.byteorder == "little" else BIG), 1
    if first == b"@":
        return NATIVE, 1
    return NATIVE, 0


class FormatCode:
    """One compiled code (formatcode): `repeat` items of `size` bytes each from
    `offset`, or for 's' and 'p' one item of `size` bytes."""
    __slots__ = ("entry", "offset", "size", "repeat")

    def __init__(self, entry, offset, size, repeat):
        self.entry = entry
        self.offset = offset
        self.size = size
        self.repeat = repeat


def _total_too_long():
    return struct_error("total struct size too long")


def compile_format(fmt):
    """Counterpart: prepare_s: (table, codes, size, number of items)."""
    if b"\0" in fmt:
        raise struct_error("embedded null character")
    table, position = which_table(fmt)
    size = 0
    length = 0
    codes = []
    end = len(fmt)
    while position < end:
        char = chr(fmt[position])
        position += 1
        if char in " \t\n\r\x0b\x0c":
            continue
        if "0" <= char <= "9":
            count = ord(char) - 48
            while position < end and 48 <= fmt[position] <= 57:
                count = count * 10 + fmt[position] - 48
                position += 1
                if count > SSIZE_MAX:
                    raise _total_too_long()
            if position >= end:
                raise struct_error("repeat count given without format specifier")
            char = chr(fmt[position])
            position += 1
        else:
            count = 1
        entry = table.entries.get(char)
        if entry is None:
            raise struct_error("bad char in struct format")
        if entry.alignment and size > 0:
            size += (entry.alignment - 1) - (size - 1) % entry.alignment
        if count > (SSIZE_MAX - size) // entry.size:
            raise _total_too_long()
        if char in "sp":
            codes.append(FormatCode(entry, size, count, 1))
            length += 1
        elif char != "x":
            if count:
                codes.append(FormatCode(entry, size, entry.size, count))
            length += count
        size += count * entry.size
    if size > SSIZE_MAX:
        raise _total_too_long()
    return table, codes, size, length


# --- Packing --------------------------------------------------------------------------------

# The C integer types the get_* helpers convert to: (low, high) bounds.
C_RANGES = {
    "long": (-(1 << 63), (1 << 63) - 1), "ulong": (0, (1 << 64) - 1),
    "longlong": (-(1 << 63), (1 << 63) - 1), "ulonglong": (0, (1 << 64) - 1),
    "ssize_t": (-(1 << 63), (1 << 63) - 1), "size_t": (0, (1 << 64) - 1),
}


def _get_pylong(w_value):
    """get_pylong: an int, through __index__, or struct.error."""
    from glass.objects.int import W_Int
    if isinstance(w_value, W_Int):
        return w_value.value
    if w_value.ob_type.nb_index is None:
        raise struct_error("required argument is not an integer")
    w_int = abstract.index(w_value)
    value = w_int.value
    decref(w_int)
    return value


def _integer(entry, w_value):
    """The checks of the integer pack functions: a host int that fits."""
    kind, range_check = entry.check
    value = _get_pylong(w_value)
    if kind == "bytes":
        # _PyLong_AsByteArray straight into the 8 bytes: its own OverflowErrors.
        if entry.code == "Q" and value < 0:
            raise overflow_error("can't convert negative int to unsigned")
        if value.bit_length() > (64 if entry.code == "Q" else 63) and \
                value != -(1 << 63):
            raise overflow_error("int too big to convert")
        return value
    low, high = C_RANGES[kind]
    if not low <= value <= high:
        raise struct_error("argument out of range")
    if range_check is None:
        return value
    bits = entry.size * 8
    if entry.code.islower():                     # b, h, i, l: signed
        low, high = -(1 << (bits - 1)), (1 << (bits - 1)) - 1
    else:
        low, high = 0, (1 << bits) - 1
    if not low <= value <= high:
        if range_check == "range":
            raise struct_error("'%s' format requires %d <= number <= %d"
                               % (entry.code, low, high))
        raise struct_error(range_check)
    return value


def _double(w_value):
    """PyFloat_AsDouble, any failure becoming "not a float"."""
    from glass.objects.float import float_as_double
    try:
        return float_as_double(w_value)
    except OperationError as error:
        decref(error.w_value)
        raise struct_error("required argument is not a float")


def _pointer(w_value):
    """PyLong_AsVoidPtr: a C long for negatives, an unsigned long otherwise."""
    value = _get_pylong(w_value)
    if value < 0:
        if value < -(1 << 63):
            raise overflow_error("Python int too large to convert to C long")
    elif value >> 64:
        raise overflow_error("Python int too large to convert to C unsigned long")
    return value & ((1 << 64) - 1)


def _pack_value(table, entry, w_value, out, offset):
    """Check one value and write its bytes at out[offset:] (one np_/lp_/bp_ call)."""
    from glass.objects.bytes import W_Bytes
    check = entry.check
    code = entry.code
    if isinstance(check, tuple):
        value = _integer(entry, w_value)
    elif check == "char":
        if not isinstance(w_value, W_Bytes) or len(w_value.value) != 1:
            raise struct_error("char format requires a bytes object of length 1")
        value = w_value.value
    elif check == "bool":
        value = abstract.is_true(w_value)
    elif check == "pointer":
        value = _pointer(w_value)
        code = "N"          # a pointer is written as the size_t with its bits
    else:
        value = _double(w_value)
        try:
            host_struct.pack_into(table.prefix + code, out, offset, value)
        except (OverflowError, host_struct.error):
            if check != "native float":
                raise overflow_error("float too large to pack with %s format" % code)
            # A C cast to float: out of range is an infinity, not an error.
            infinity = float("inf") if value > 0 else float("-inf")
            host_struct.pack_into(table.prefix + code, out, offset, infinity)
        return
    host_struct.pack_into(table.prefix + code, out, offset, value)


def pack_values(w_struct, args_w, out, start):
    """Counterpart: s_pack_internal: every value at its offset in `out` (a host
    bytearray, zeroed over the struct's size first, as memset does)."""
    from glass.objects.bytearray import W_ByteArray
    from glass.objects.bytes import W_Bytes
    from glass.objects.int import W_Int
    out[start:start + w_struct.size] = bytes(w_struct.size)
    index = 0
    for code in w_struct.codes:
        entry = code.entry
        position = start + code.offset
        for _ in range(code.repeat):
            w_value = args_w[index]
            index += 1
            if entry.code in "sp":
                if not isinstance(w_value, (W_Bytes, W_ByteArray)):
                    raise struct_error("argument for '%s' must be a bytes object"
                                       % entry.code)
                data = bytes(w_value.value)
                if entry.code == "s":
                    data = data[:code.size]
                    out[position:position + len(data)] = data
                else:
                    data = data[:max(code.size - 1, 0)]
                    out[position + 1:position + 1 + len(data)] = data
                    if code.size:
                        out[position] = min(len(data), 255)
            else:
                try:
                    _pack_value(w_struct.table, entry, w_value, out, position)
                except OperationError as error:
                    if isinstance(w_value, W_Int) and \
                            error.match(EXCEPTION_TYPES["OverflowError"]):
                        decref(error.w_value)
                        raise struct_error("int too large to convert")
                    raise
            position += code.size


# --- Unpacking -------------------------------------------------------------------------------

def unpack_values(w_struct, data, offset):
    """Counterpart: s_unpack_internal: a tuple of the values at data[offset:]."""
    from glass.objects.tuple import new_tuple_owned
    if w_struct.empty_pascal:
        # nu_p reads a length byte even for "0p", then asks for -1 bytes.
        from glass.objects.exceptions import system_error
        raise system_error("Negative size passed to PyBytes_FromStringAndSize")
    values = host_struct.unpack_from(w_struct.host_format, data, offset)
    return new_tuple_owned([build_value(value) for value in values])


def readable_buffer(w_obj):
    """The "y*" converter: the bytes of a bytes-like object."""
    from glass.objects import stringlib
    data = stringlib.getbuffer(w_obj)
    if data is None:
        raise type_error("a bytes-like object is required, not '%s'" % w_obj.ob_type.name)
    return bytes(data)


def _ssize(w_value, error_kind):
    from glass.objects.exceptions import operation_error
    w_int = abstract.index(w_value)
    value = w_int.value
    decref(w_int)
    if not -SSIZE_MAX - 1 <= value <= SSIZE_MAX:
        if error_kind == "IndexError":
            raise index_error("cannot fit 'int' into an index-sized integer")
        raise operation_error(error_kind, "Python int too large to convert to C ssize_t")
    return value


# --- Struct -----------------------------------------------------------------------------------

@builtin_type("_struct.Struct", flags=BASETYPE | HAVE_GC)
class W_Struct(W_Object):
    """Struct(fmt) --> compiled struct object

"""
    __slots__ = ("fmt", "table", "codes", "size", "length", "host_format",
                 "empty_pascal", "weakrefs")

    def __init__(self, w_type):
        W_Object.__init__(self, w_type)
        self.set_format(b"")
        self.weakrefs = None

    def set_format(self, fmt):
        self.table, self.codes, self.size, self.length = compile_format(fmt)
        self.fmt = fmt
        self.empty_pascal = any(code.entry.code == "p" and code.size == 0
                                for code in self.codes)
        # What the host reads with: the table's prefix and the codes as written.
        self.host_format = self.table.prefix.encode() + fmt[which_table(fmt)[1]:]

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        """Counterpart: s_new: an empty struct; __init__ compiles the format."""
        if w_type is W_Struct.w_type:
            return W_Struct(w_type)
        from glass.objects.typeobject import _new_instance
        w_obj = _new_instance(w_type)
        W_Struct.set_format(w_obj, b"")
        return w_obj

    @slot("tp_init")
    def init(self, args_w, kwnames):
        """Counterpart: Struct___init__: the format, a str (ASCII) or bytes."""
        (w_format,) = _INIT_SIGNATURE.bind("Struct", args_w, kwnames)
        self.set_format(format_bytes(w_format))

    @slot("tp_dealloc")
    def dealloc(self):
        if self.weakrefs:
            from glass.objects.weakrefobject import clear_weakrefs
            clear_weakrefs(self)

    @getter("format", doc="struct format string")
    def get_format(self):
        from glass.objects.str import new_str
        return new_str(self.fmt.decode("utf-8", "replace"))

    @getter("size", doc="struct size in bytes")
    def get_size(self):
        from glass.objects.int import new_int
        return new_int(self.size)

    @no_text_signature
    @method("($self, /, *values)")
    def pack(self, args_w):
        """S.pack(v1, v2, ...) -> bytes

Return a bytes object containing values v1, v2, ... packed according
to the format string S.format.  See help(struct) for more on format
strings."""
        from glass.objects.bytes import new_bytes
        if len(args_w) != self.length:
            raise struct_error("pack expected %d items for packing (got %d)"
                               % (self.length, len(args_w)))
        out = bytearray(self.size)
        pack_values(self, args_w, out, 0)
        return new_bytes(bytes(out))

    @no_text_signature
    @method("($self, /, *args)")
    def pack_into(self, args_w):
        """S.pack_into(buffer, offset, v1, v2, ...)

Pack the values v1, v2, ... according to the format string S.format
and write the packed bytes into the writable buffer buf starting at
offset.  Note that the offset is a required argument.  See
help(struct) for more on format strings."""
        struct_pack_into(self, args_w)

    @method("($self, buffer, /)")
    def unpack(self, w_buffer):
        """Return a tuple containing unpacked values.

Unpack according to the format string Struct.format. The buffer's size
in bytes must be Struct.size.

See help(struct) for more on format strings."""
        data = readable_buffer(w_buffer)
        if len(data) != self.size:
            raise struct_error("unpack requires a buffer of %d bytes" % self.size)
        return unpack_values(self, data, 0)

    @method("($self, /, buffer, offset=0)")
    def unpack_from(self, w_buffer, w_offset):
        """Return a tuple containing unpacked values.

Values are unpacked according to the format string Struct.format.

The buffer's size in bytes, starting at position offset, must be
at least Struct.size.

See help(struct) for more on format strings."""
        data = readable_buffer(w_buffer)
        offset = 0 if w_offset is None else _ssize(w_offset, "OverflowError")
        if offset < 0:
            if offset + len(data) < 0:
                raise struct_error("offset %d out of range for %d-byte buffer"
                                   % (offset, len(data)))
            if offset + self.size > 0:
                raise struct_error("not enough data to unpack %d bytes at offset %d"
                                   % (self.size, offset))
            offset += len(data)
        if len(data) - offset < self.size:
            raise struct_error(
                "unpack_from requires a buffer of at least %d bytes for unpacking "
                "%d bytes at offset %d (actual buffer size is %d)"
                % (self.size + offset, self.size, offset, len(data)))
        return unpack_values(self, data, offset)

    @method("($self, buffer, /)")
    def iter_unpack(self, w_buffer):
        """Return an iterator yielding tuples.

Tuples are unpacked from the given bytes source, like a repeated
invocation of unpack_from().

Requires that the bytes length be a multiple of the struct size."""
        if self.size == 0:
            raise struct_error("cannot iteratively unpack with a struct of length %d"
                               % self.size)
        data = readable_buffer(w_buffer)
        if len(data) % self.size:
            raise struct_error("iterative unpacking requires a buffer of a multiple "
                               "of %d bytes" % self.size)
        return W_UnpackIterator(self, data)

    @method("($self, /)")
    def __sizeof__(self):
        """S.__sizeof__() -> size of S in memory, in bytes"""
        from glass.objects.int import new_int
        # sizeof(PyStructObject) plus one formatcode (P3n) per code and the terminator.
        return new_int(56 + 32 * (len(self.codes) + 1))


_INIT_SIGNATURE = None


def format_bytes(w_format):
    """The format as host bytes: a str is encoded as ASCII."""
    from glass.objects.bytes import W_Bytes
    from glass.objects.str import W_Str, encode_text
    if isinstance(w_format, W_Str):
        return encode_text(w_format.value, "ascii", "strict")
    if not isinstance(w_format, W_Bytes):
        raise type_error("Struct() argument 1 must be a str or bytes object, not %s"
                         % w_format.ob_type.name)
    return w_format.value


def struct_pack_into(w_struct, args_w):
    """Counterpart: s_pack_into: into a writable buffer at an offset."""
    from glass.objects.bytearray import W_ByteArray
    count = len(args_w)
    if count != w_struct.length + 2:
        if count == 0:
            raise struct_error("pack_into expected buffer argument")
        if count == 1:
            raise struct_error("pack_into expected offset argument")
        raise struct_error("pack_into expected %d items for packing (got %d)"
                           % (w_struct.length, count - 2))
    w_buffer = args_w[0]
    if isinstance(w_buffer, W_ByteArray):
        storage = w_buffer.getbuffer()
    else:
        storage = _array_storage(w_buffer)
        if storage is None:
            storage = _writable_view(w_buffer)
        if storage is None:
            raise type_error("argument must be read-write bytes-like object, not %s"
                             % argument_type_name(w_buffer))
    offset = _ssize(args_w[1], "IndexError")
    length = len(storage)
    size = w_struct.size
    if offset < 0:
        if offset + size > 0:
            raise struct_error("no space to pack %d bytes at offset %d" % (size, offset))
        if offset + length < 0:
            raise struct_error("offset %d out of range for %d-byte buffer"
                               % (offset, length))
        offset += length
    if length - offset < size:
        raise struct_error(
            "pack_into requires a buffer of at least %d bytes for packing %d bytes "
            "at offset %d (actual buffer size is %d)"
            % (size + offset, size, offset, length))
    # The C code writes into the buffer as it goes: what was packed before
    # an error stays written.
    out = bytearray(size)
    try:
        pack_values(w_struct, args_w[2:], out, 0)
    finally:
        if isinstance(w_buffer, W_ByteArray):
            storage = w_buffer.getbuffer()
            storage[offset:offset + size] = out
        elif isinstance(storage, memoryview):
            storage[offset:offset + size] = out
        else:
            # An array.array: its items' bytes, through a view released at once
            # (the array stays resizable, as after PyBuffer_Release).
            with memoryview(w_buffer.items) as view, view.cast("B") as data:
                data[offset:offset + size] = out


def _writable_view(w_buffer):
    """Any other writable buffer (a writable memoryview, an mmap...) as a
    host memoryview of its bytes, or None."""
    from glass.objects import stringlib
    data = stringlib.getbuffer(w_buffer)
    if isinstance(data, bytearray):
        data = memoryview(data)
    if not isinstance(data, memoryview) or data.readonly:
        return None
    return data.cast("B") if data.format != "B" or data.ndim != 1 else data


def _array_storage(w_buffer):
    """The bytes of an array.array (a writable buffer), or None."""
    from glass.modules.array import W_Array
    if not isinstance(w_buffer, W_Array):
        return None
    return w_buffer.items.tobytes()


@builtin_type("_struct.unpack_iterator")
class W_UnpackIterator(W_Object):
    """"""
    __slots__ = ("w_struct", "data", "index")

    def __init__(self, w_struct, data):
        W_Object.__init__(self, W_UnpackIterator.w_type)
        w_struct.ob_refcnt += 1
        self.w_struct = w_struct
        self.data = data
        self.index = 0

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        raise type_error("Cannot create 'unpack_iterator objects")

    @slot("tp_iter")
    def iter(self):
        self.ob_refcnt += 1
        return self

    @slot("tp_iternext")
    def next(self):
        w_struct = self.w_struct
        if w_struct is None or self.index >= len(self.data):
            return None
        w_result = unpack_values(w_struct, self.data, self.index)
        self.index += w_struct.size
        return w_result

    @method("($self, /)")
    def __length_hint__(self):
        from glass.objects.int import new_int
        if self.w_struct is None:
            return new_int(0)
        return new_int((len(self.data) - self.index) // self.w_struct.size)

    @slot("tp_dealloc")
    def dealloc(self):
        w_struct, self.w_struct = self.w_struct, None
        if w_struct is not None:
            decref(w_struct)

    @slot("tp_traverse")
    def traverse(self, visit):
        if self.w_struct is not None:
            visit(self.w_struct)


# --- The module functions: a cache of compiled formats ----------------------------------------

CACHE = {}          # (type name, format) -> (w_format, w_struct), both owned


def _format_and_rest(args_w):
    """pack() and pack_into() take the format from their arguments (METH_FASTCALL)."""
    if not args_w:
        raise type_error("missing format argument")
    return args_w[0], list(args_w[1:])


def cached_struct(w_format):
    """Counterpart: cache_struct_converter: a new reference to the Struct for
    a format, compiled once and kept (up to MAXCACHE formats)."""
    from glass.objects.bytes import W_Bytes
    from glass.objects.str import W_Str
    w_type = w_format.ob_type
    key = None
    if w_type is W_Str.w_type or w_type is W_Bytes.w_type:
        key = (w_type.name, w_format.value)
        entry = CACHE.get(key)
        if entry is not None:
            entry[1].ob_refcnt += 1
            return entry[1]
    else:
        abstract.hash(w_format)            # an unhashable format fails as a dict key
    w_struct = abstract.call(W_Struct.w_type, [w_format])
    if key is not None:
        if len(CACHE) >= MAXCACHE:
            clear_cache()
        w_format.ob_refcnt += 1
        w_struct.ob_refcnt += 1
        CACHE[key] = (w_format, w_struct)
    return w_struct


def clear_cache():
    entries = list(CACHE.values())
    CACHE.clear()
    for w_format, w_struct in entries:
        decref(w_format)
        decref(w_struct)


@builtin_module("_struct")
class StructModule:
    """Functions to convert between Python values and C structs.
Python bytes objects are used to hold the data representing the C struct
and also as format strings (explained below) to describe the layout of data
in the C struct.

The optional first format char indicates byte order, size and alignment:
  @: native order, size & alignment (default)
  =: native order, std. size & alignment
  <: little-endian, std. size & alignment
  >: big-endian, std. size & alignment
  !: same as >

The remaining chars indicate types of args and must match exactly;
these can be preceded by a decimal repeat count:
  x: pad byte (no data); c:char; b:signed byte; B:unsigned byte;
  ?: _Bool (requires C99; if not available, char is used instead)
  h:short; H:unsigned short; i:int; I:unsigned int;
  l:long; L:unsigned long; f:float; d:double; e:half-float.
Special cases (preceding decimal count indicates length):
  s:string (array of char); p: pascal string (with count byte).
Special cases (only available in native format):
  n:ssize_t; N:size_t;
  P:an integer type that is wide enough to hold a pointer.
Special case (not in native mode unless 'long long' in platform C):
  q:long long; Q:unsigned long long
Whitespace between formats is ignored.

The variable struct.error is an exception raised on errors.
"""

    @function("($module, /)")
    def _clearcache():
        """Clear the internal cache."""
        clear_cache()

    @function("($module, format, /)")
    def calcsize(w_format):
        """Return size in bytes of the struct described by the format string."""
        from glass.objects.int import new_int
        w_struct = cached_struct(w_format)
        size = w_struct.size
        decref(w_struct)
        return new_int(size)

    @fastcall
    @function("($module, /, *args)")
    def pack(args_w):
        """pack(format, v1, v2, ...) -> bytes

Return a bytes object containing the values v1, v2, ... packed according
to the format string.  See help(struct) for more on format strings."""
        w_format, args_w = _format_and_rest(args_w)
        w_struct = cached_struct(w_format)
        try:
            return W_Struct.pack(w_struct, args_w)
        finally:
            decref(w_struct)

    @fastcall
    @function("($module, /, *args)")
    def pack_into(args_w):
        """pack_into(format, buffer, offset, v1, v2, ...)

Pack the values v1, v2, ... according to the format string and write
the packed bytes into the writable buffer buf starting at offset.  Note
that the offset is a required argument.  See help(struct) for more
on format strings."""
        w_format, args_w = _format_and_rest(args_w)
        w_struct = cached_struct(w_format)
        try:
            struct_pack_into(w_struct, args_w)
        finally:
            decref(w_struct)

    @function("($module, format, buffer, /)")
    def unpack(w_format, w_buffer):
        """Return a tuple containing values unpacked according to the format string.

The buffer's size in bytes must be calcsize(format).

See help(struct) for more on format strings."""
        w_struct = cached_struct(w_format)
        try:
            return W_Struct.unpack(w_struct, w_buffer)
        finally:
            decref(w_struct)

    @function("($module, format, /, buffer, offset=0)")
    def unpack_from(w_format, w_buffer, w_offset):
        """Return a tuple containing values unpacked according to the format string.

The buffer's size, minus offset, must be at least calcsize(format).

See help(struct) for more on format strings."""
        w_struct = cached_struct(w_format)
        try:
            return W_Struct.unpack_from(w_struct, w_buffer, w_offset)
        finally:
            decref(w_struct)

    @function("($module, format, buffer, /)")
    def iter_unpack(w_format, w_buffer):
        """Return an iterator yielding tuples unpacked from the given bytes.

The bytes are unpacked according to the format string, like
a repeated invocation of unpack_from().

Requires that the bytes length be a multiple of the format struct size."""
        w_struct = cached_struct(w_format)
        try:
            return W_Struct.iter_unpack(w_struct, w_buffer)
        finally:
            decref(w_struct)


def init_module(w_module):
    from glass.objects.signature import Signature
    global _INIT_SIGNATURE
    _INIT_SIGNATURE = Signature.parse("(format)")
    if not W_STRUCT_ERROR:
        from glass.objects.exceptions import new_exception_class
        W_STRUCT_ERROR.append(new_exception_class("struct.error",
                                                  EXCEPTION_TYPES["Exception"]))
    d = w_module.w_dict
    d.setitem_str("error", W_STRUCT_ERROR[0])
    d.setitem_str("Struct", W_Struct.w_type)


StructModule.init_module = staticmethod(init_module)


# sizeof(PyStructObject) and sizeof(unpackiterobject), for __basicsize__.
W_Struct.w_type.basicsize = 56
W_UnpackIterator.w_type.basicsize = 112
