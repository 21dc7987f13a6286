"""The array module: compact arrays of C numbers and characters.

Counterpart: Modules/arraymodule.c.

An array keeps its items in a host array.array of the same typecode: the
host lays the values out exactly as CPython does (same item sizes, same
byte order), so tobytes, frombytes, byteswap and buffer_info come for free.
What this file owns is the guest side: each typecode's conversion of a guest
value into a C number, with CPython's overflow and type messages; the
sequence protocol with slices; comparisons; pickling support
(__reduce_ex__, _array_reconstructor); and __sizeof__'s growth policy.

The array's buffer is its live storage: `getbuffer()` gives its bytes,
writable (readinto, struct.pack_into), and `formatted_buffer()` the view a
memoryview shows (the typecode's format and item size).  A memoryview
counts as an export, and an array may not resize while it has one.
"""
from __future__ import annotations

import array as host_array
import struct as host_struct
import sys

from glass.modules import builtin_module, function
from glass.objects import abstract
from glass.objects.exceptions import (OperationError, argument_type_name, index_error,
                                      operation_error, overflow_error, type_error, value_error)
from glass.objects.heapslots import hash_not_implemented
from glass.objects.object import W_Object, decref
from glass.objects.signature import defining_class
from glass.objects.tuple import memory_error
from glass.objects.type import (BASETYPE, EQ, NE, SEQUENCE, builtin_type, getter, method,
                                slot)
from glass.vm.audit import audit

TYPECODES = "bBuhHiIlLqQfd"
PY_SSIZE_T_MAX = (1 << 63) - 1
SIZEOF_EMPTY_ARRAY = 64           # sizeof(arrayobject) on a 64-bit build
FILE_BLOCK_SIZE = 64 * 1024       # tofile() writes in blocks of this many bytes


def _slice_index_not_none(w_obj):
    """_PyEval_SliceIndexNotNone (clinic's slice_index converter with
    accept={int}): as _PyEval_SliceIndex, but None is refused."""
    from glass.objects.stringlib import slice_index
    if w_obj.ob_type.nb_index is None:
        raise type_error("slice indices must be integers or have an __index__ method")
    return slice_index(w_obj)

INT_MIN, INT_MAX = -(1 << 31), (1 << 31) - 1
LONG_MIN, LONG_MAX = -(1 << 63), (1 << 63) - 1
ULONG_MAX = (1 << 64) - 1

# The machine format codes of the pickle protocol (enum machine_format_code).
UNSIGNED_INT8, SIGNED_INT8 = 0, 1
UNSIGNED_INT16_LE, UNSIGNED_INT16_BE, SIGNED_INT16_LE, SIGNED_INT16_BE = 2, 3, 4, 5
UNSIGNED_INT32_LE, UNSIGNED_INT32_BE, SIGNED_INT32_LE, SIGNED_INT32_BE = 6, 7, 8, 9
UNSIGNED_INT64_LE, UNSIGNED_INT64_BE, SIGNED_INT64_LE, SIGNED_INT64_BE = 10, 11, 12, 13
IEEE_754_FLOAT_LE, IEEE_754_FLOAT_BE, IEEE_754_DOUBLE_LE, IEEE_754_DOUBLE_BE = 14, 15, 16, 17
UTF16_LE, UTF16_BE, UTF32_LE, UTF32_BE = 18, 19, 20, 21
MACHINE_FORMATS = 22


# --- Converting guest values to C items (the *_setitem functions) ------------------

def _index_value(w_value):
    w_int = abstract.index(w_value)
    value = w_int.value
    decref(w_int)
    return value


def _as_long(w_value):
    """PyArg_Parse's integer formats start with PyLong_AsLong."""
    value = _index_value(w_value)
    if not LONG_MIN <= value <= LONG_MAX:
        raise overflow_error("Python int too large to convert to C long")
    return value


def _ranged(value, low, high, name):
    if value < low:
        raise overflow_error("%s is less than minimum" % name)
    if value > high:
        raise overflow_error("%s is greater than maximum" % name)
    return value


def _short(w_value):
    """PyArg_Parse's "h" format."""
    return _ranged(_as_long(w_value), -32768, 32767, "signed short integer")


def _int(w_value):
    """PyArg_Parse's "i" format."""
    return _ranged(_as_long(w_value), INT_MIN, INT_MAX, "signed integer")


def _unsigned_long(w_value):
    """PyLong_AsUnsignedLong after __index__ (II_setitem, LL_setitem)."""
    value = _index_value(w_value)
    if value < 0:
        raise overflow_error("can't convert negative value to unsigned int")
    if value > ULONG_MAX:
        raise overflow_error("Python int too large to convert to C unsigned long")
    return value


def convert_b(w_value):
    return _ranged(_short(w_value), -128, 127, "signed char")


def convert_B(w_value):
    return _ranged(_as_long(w_value), 0, 255, "unsigned byte integer")


def convert_u(w_value):
    from glass.objects.str import W_Str
    if not isinstance(w_value, W_Str) or len(w_value.value) != 1:
        raise type_error("array item must be unicode character")
    return w_value.value


def convert_H(w_value):
    return _ranged(_int(w_value), 0, 65535, "unsigned short")


def convert_I(w_value):
    value = _unsigned_long(w_value)
    if value > 0xFFFFFFFF:
        raise overflow_error("unsigned int is greater than maximum")
    return value


def convert_l(w_value):
    return _as_long(w_value)


def convert_q(w_value):
    value = _index_value(w_value)
    if not LONG_MIN <= value <= LONG_MAX:
        raise overflow_error("int too big to convert")
    return value


def convert_Q(w_value):
    value = _index_value(w_value)
    if value < 0:
        raise overflow_error("can't convert negative int to unsigned")
    if value > ULONG_MAX:
        raise overflow_error("int too big to convert")
    return value


def convert_float(w_value):
    from glass.objects.float import float_as_double
    return float_as_double(w_value)


def convert_f(w_value):
    """A C float: the double rounded to single precision (inf past its range)."""
    value = convert_float(w_value)
    try:
        return host_struct.unpack("f", host_struct.pack("f", value))[0]
    except OverflowError:
        return value * float("inf")


CONVERTERS = {
    "b": convert_b, "B": convert_B, "u": convert_u, "h": _short, "H": convert_H,
    "i": _int, "I": convert_I, "l": convert_l, "L": _unsigned_long, "q": convert_q,
    "Q": convert_Q, "f": convert_f, "d": convert_float,
}


def to_guest(typecode, value):
    """An item as a new guest object (the *_getitem functions)."""
    if typecode == "u":
        from glass.objects.str import new_str
        return new_str(value)
    if typecode in "fd":
        from glass.objects.float import new_float
        return new_float(value)
    from glass.objects.int import new_int
    return new_int(value)


def machine_format(typecode):
    """The pickle machine format of a typecode on this (little-endian) machine."""
    little = sys.byteorder == "little"
    if typecode == "u":
        return UTF32_LE if little else UTF32_BE
    if typecode == "f":
        return IEEE_754_FLOAT_LE if little else IEEE_754_FLOAT_BE
    if typecode == "d":
        return IEEE_754_DOUBLE_LE if little else IEEE_754_DOUBLE_BE
    size = host_array.array(typecode).itemsize
    signed = typecode.islower()
    if size == 1:
        return SIGNED_INT8 if signed else UNSIGNED_INT8
    base = {2: UNSIGNED_INT16_LE, 4: UNSIGNED_INT32_LE, 8: UNSIGNED_INT64_LE}[size]
    return base + (2 if signed else 0) + (0 if little else 1)


# --- The array type ---------------------------------------------------------------------

def _is_array(w_obj):
    return isinstance(w_obj, W_Array)


def _bad_argument():
    """PyErr_BadArgument."""
    return type_error("bad argument type for built-in operation")


@builtin_type("array.array", flags=BASETYPE | SEQUENCE)
class W_Array(W_Object):
    """array(typecode [, initializer]) -> array

Return a new array whose items are restricted by typecode, and
initialized from the optional initializer value, which must be a list,
string or iterable over elements of the appropriate type.

Arrays represent basic values and behave very much like lists, except
the type of objects stored in them is constrained. The type is specified
at object creation time by using a type code, which is a single character.
The following type codes are defined:

    Type code   C Type             Minimum size in bytes
    'b'         signed integer     1
    'B'         unsigned integer   1
    'u'         Unicode character  2 (see note)
    'h'         signed integer     2
    'H'         unsigned integer   2
    'i'         signed integer     2
    'I'         unsigned integer   2
    'l'         signed integer     4
    'L'         unsigned integer   4
    'q'         signed integer     8 (see note)
    'Q'         unsigned integer   8 (see note)
    'f'         floating point     4
    'd'         floating point     8

NOTE: The 'u' typecode corresponds to Python's unicode character. On
narrow builds this is 2-bytes on wide builds this is 4-bytes.

NOTE: The 'q' and 'Q' type codes are only available if the platform
C compiler used to build Python supports 'long long', or, on Windows,
'__int64'.

Methods:

append() -- append a new item to the end of the array
buffer_info() -- return information giving the current memory info
byteswap() -- byteswap all the items of the array
count() -- return number of occurrences of an object
extend() -- extend array by appending multiple elements from an iterable
fromfile() -- read items from a file object
fromlist() -- append items from the list
frombytes() -- append items from the string
index() -- return index of first occurrence of an object
insert() -- insert a new item into the array at a provided position
pop() -- remove and return item (default last)
remove() -- remove first occurrence of an object
reverse() -- reverse the order of the items in the array
tofile() -- write all items to a file object
tolist() -- return the array converted to an ordinary list
tobytes() -- return the array converted to a string

Attributes:

typecode -- the typecode character used to create the array
itemsize -- the length in bytes of one array item
"""
    __slots__ = ("typecode", "items", "convert", "allocated", "weakrefs", "exports")

    def __init__(self, typecode, items=None, w_type=None):
        W_Object.__init__(self, w_type or W_Array.w_type)
        self._setup(typecode, items)
        self.weakrefs = None

    def _setup(self, typecode, items):
        self.typecode = typecode
        self.items = items if items is not None else host_array.array(typecode)
        self.convert = CONVERTERS[typecode]
        self.allocated = len(self.items)     # newarrayobject allocates exactly
        self.exports = 0                     # ob_exports: memoryviews of it alive

    def getbuffer(self):
        """bf_getbuffer: the items' bytes, live and writable."""
        return memoryview(self.items).cast("B")

    def formatted_buffer(self):
        """bf_getbuffer as a memoryview sees it: typecode format, item size."""
        return memoryview(self.items)

    # --- creation --------------------------------------------------------------------

    @staticmethod
    def allocate(w_type, typecode, items=None):
        """newarrayobject: an array of `w_type` (maybe a subclass)."""
        if w_type is W_Array.w_type:
            return W_Array(typecode, items)
        from glass.objects.typeobject import _new_instance
        w_array = _new_instance(w_type)
        w_array._setup(typecode, items)
        return w_array

    def new_like(self, items):
        """A new array of this one's typecode: an array.array even for a
        subclass's (slices and copies: array_slice's newarrayobject(&Arraytype))."""
        return W_Array(self.typecode, items)

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        """Counterpart: array_new."""
        from glass.objects.bytearray import W_ByteArray
        from glass.objects.bytes import W_Bytes
        from glass.objects.list import W_List
        from glass.objects.str import W_Str
        from glass.objects.tuple import W_Tuple
        if kwnames and (w_type is W_Array.w_type or
                        w_type.tp_init is W_Array.w_type.tp_init):
            raise type_error("array.array() takes no keyword arguments")
        npos = len(args_w) - (len(kwnames) if kwnames else 0)
        if npos < 1:
            raise type_error("array() takes at least 1 argument (%d given)" % npos)
        if npos > 2:
            raise type_error("array() takes at most 2 arguments (%d given)" % npos)
        w_code = args_w[0]
        if not isinstance(w_code, W_Str) or len(w_code.value) != 1:
            raise type_error("array() argument 1 must be a unicode character, not %s"
                             % argument_type_name(w_code))
        typecode = w_code.value
        w_initial = args_w[1] if npos == 2 else None
        audit("array.__new__", typecode, w_initial)
        if typecode not in TYPECODES:
            raise value_error("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, "
                              "f or d)")
        if w_initial is not None and typecode != "u":
            if isinstance(w_initial, W_Str):
                raise type_error("cannot use a str to initialize an array with "
                                 "typecode '%s'" % typecode)
            if _is_array(w_initial) and w_initial.typecode == "u":
                raise type_error("cannot use a unicode array to initialize an array "
                                 "with typecode '%s'" % typecode)
        w_array = W_Array.allocate(w_type, typecode)
        try:
            if w_initial is None:
                pass
            elif isinstance(w_initial, (W_List, W_Tuple)):
                convert = w_array.convert
                w_array.items.extend(convert(w_item) for w_item in list(w_initial.items))
                w_array.allocated = len(w_array.items)
            elif isinstance(w_initial, (W_Bytes, W_ByteArray)):
                w_array.from_bytes(bytes(w_initial.getbuffer()))
            elif isinstance(w_initial, W_Str):
                w_array.from_text(w_initial.value)
            elif _is_array(w_initial):
                if w_initial.typecode == typecode:
                    w_array.items.extend(w_initial.items)
                    w_array.allocated = len(w_array.items)
                else:
                    w_array.extend_from_iterable(w_initial)
            else:
                w_array.extend_from_iterable(w_initial)
        except OperationError:
            decref(w_array)
            raise
        return w_array

    @slot("tp_dealloc")
    def dealloc(self):
        from glass.objects.weakrefobject import clear_weakrefs_if_any
        clear_weakrefs_if_any(self)
        self.items = host_array.array(self.typecode)

    # --- growth (array_resize), for __sizeof__ ------------------------------------------

    def _resize(self, new_size):
        """Note the capacity array_resize gives for a size change about to happen."""
        size = len(self.items)
        if self.exports and new_size != size:
            raise operation_error("BufferError",
                                  "cannot resize an array that is exporting buffers")
        if self.allocated >= new_size and size < new_size + 16 and self.allocated:
            return
        if new_size == 0:
            self.allocated = 0
            return
        self.allocated = (new_size >> 4) + (3 if size < 8 else 7) + new_size

    # --- helpers ------------------------------------------------------------------------

    def item_at(self, index):
        try:
            value = self.items[index]
        except ValueError as error:         # a 'u' item beyond U+10FFFF (u_getitem)
            raise value_error(str(error))
        return to_guest(self.typecode, value)

    def append_value(self, w_value):
        """ins1 at the end."""
        value = self.convert(w_value)
        self._resize(len(self.items) + 1)
        self.items.append(value)

    def extend_from_iterable(self, w_iterable):
        """array_iter_extend: append each item; what came before an error stays."""
        for w_item in abstract.iterate(w_iterable):
            try:
                self.append_value(w_item)
            finally:
                decref(w_item)

    def do_extend(self, w_other):
        """array_do_extend."""
        if not _is_array(w_other):
            self.extend_from_iterable(w_other)
            return
        if w_other.typecode != self.typecode:
            raise type_error("can only extend with array of same kind")
        other = w_other.items.tobytes() if w_other is self else w_other.items
        self._resize(len(self.items) + len(w_other.items))
        if isinstance(other, bytes):
            self.items.frombytes(other)
        else:
            self.items.extend(other)

    def from_bytes(self, data):
        itemsize = self.items.itemsize
        if len(data) % itemsize:
            raise value_error("bytes length not a multiple of item size")
        count = len(data) // itemsize
        if count:
            self._resize(len(self.items) + count)
            self.items.frombytes(data)

    def from_text(self, text):
        if text:
            self._resize(len(self.items) + len(text))
            self.items.fromunicode(text)

    def _find(self, w_value, start=0, stop=None):
        """The first index in [start, stop) whose item equals w_value, or -1.
        Each comparison is the guest's == (a value of any type may be asked)."""
        items = self.items
        i = start
        while i < len(items) and (stop is None or i < stop):
            w_item = self.item_at(i)
            try:
                if abstract.rich_compare_bool(w_item, w_value, EQ):
                    return i
            finally:
                decref(w_item)
            i += 1
        return -1

    # --- the sequence protocol ----------------------------------------------------------

    @slot("sq_length")
    def length(self):
        return len(self.items)

    @slot("sq_item")
    def item(self, index):
        if index < 0 or index >= len(self.items):
            raise index_error("array index out of range")
        return self.item_at(index)

    @slot("sq_ass_item")
    def ass_item(self, index, w_value):
        """array_ass_item (w_value None deletes)."""
        if index < 0 or index >= len(self.items):
            raise index_error("array assignment index out of range")
        if w_value is None:
            self._resize(len(self.items) - 1)
            del self.items[index]
            return
        self.items[index] = self.convert(w_value)

    @slot("sq_contains")
    def contains(self, w_value):
        return self._find(w_value) >= 0

    @slot("sq_concat")
    def concat(self, w_other):
        if not _is_array(w_other):
            raise type_error('can only append array (not "%s") to array'
                             % w_other.ob_type.name)
        if w_other.typecode != self.typecode:
            raise _bad_argument()
        return W_Array(self.typecode, self.items + w_other.items)

    @slot("sq_repeat")
    def repeat(self, count):
        if count < 0:
            count = 0
        if len(self.items) and count > PY_SSIZE_T_MAX // (len(self.items) *
                                                         self.items.itemsize):
            raise memory_error()
        return W_Array(self.typecode, self.items * count)

    @slot("sq_inplace_concat")
    def inplace_concat(self, w_other):
        if not _is_array(w_other):
            raise type_error('can only extend array with array (not "%s")'
                             % w_other.ob_type.name)
        self.do_extend(w_other)
        self.ob_refcnt += 1
        return self

    @slot("sq_inplace_repeat")
    def inplace_repeat(self, count):
        size = len(self.items)
        if size and count > 0:
            if count > PY_SSIZE_T_MAX // (size * self.items.itemsize):
                raise memory_error()
            self._resize(size * count)
            self.items *= count
        elif size:
            self._resize(0)
            del self.items[:]
        self.ob_refcnt += 1
        return self

    @slot("mp_length")
    def mp_length(self):
        return len(self.items)

    @slot("mp_subscript")
    def subscript(self, w_key):
        """array_subscr: an index or a slice (a new array)."""
        from glass.objects.slice import W_Slice, adjust_indices
        if w_key.ob_type.nb_index is not None:
            index = abstract.index_as_ssize(w_key)
            if index < 0:
                index += len(self.items)
            return self.item(index)
        if isinstance(w_key, W_Slice):
            start, stop, step = w_key.unpack()
            start, stop, count = adjust_indices(len(self.items), start, stop, step)
            if count <= 0:
                return self.new_like(host_array.array(self.typecode))
            if step == 1:
                return self.new_like(self.items[start:stop])
            selected = host_array.array(self.typecode,
                                        [self.items[start + i * step]
                                         for i in range(count)])
            return self.new_like(selected)
        raise type_error("array indices must be integers")

    @slot("mp_ass_subscript")
    def ass_subscript(self, w_key, w_value):
        """array_ass_subscr: an index, or a slice given an array of the same kind."""
        from glass.objects.slice import W_Slice, adjust_indices
        if w_key.ob_type.nb_index is not None:
            index = abstract.index_as_ssize(w_key)
            if index < 0:
                index += len(self.items)
            self.ass_item(index, w_value)
            return
        if not isinstance(w_key, W_Slice):
            raise type_error("array indices must be integers")
        start, stop, step = w_key.unpack()
        start, stop, count = adjust_indices(len(self.items), start, stop, step)
        if w_value is None:
            new = host_array.array(self.typecode)
        elif _is_array(w_value):
            if w_value.typecode != self.typecode:
                raise _bad_argument()
            new = host_array.array(self.typecode, w_value.items)
        else:
            raise type_error('can only assign array (not "%s") to array slice'
                             % w_value.ob_type.name)
        items = self.items
        if step == 1:
            if stop < start:
                stop = start
            self._resize(len(items) - (stop - start) + len(new))
            items[start:stop] = new
            return
        if count <= 0:
            if w_value is not None and len(new):
                raise value_error("attempt to assign array of size %d to extended "
                                  "slice of size %d" % (len(new), 0))
            return
        if w_value is None:
            if step < 0:
                start = start + step * (count - 1)
                step = -step
            self._resize(len(items) - count)
            del items[start:start + count * step:step]
            return
        if len(new) != count:
            raise value_error("attempt to assign array of size %d to extended slice "
                              "of size %d" % (len(new), count))
        for i in range(count):
            items[start + i * step] = new[i]

    @slot("tp_iter")
    def iter(self):
        return W_ArrayIterator(self)

    # --- comparison and repr ----------------------------------------------------------------

    @slot("tp_richcompare")
    def richcompare(self, w_other, op):
        """array_richcompare: item by item with the guest's ==, then the first
        difference decides."""
        from glass.objects.bool import new_bool
        from glass.objects.tuple import compare_sizes, not_implemented
        if not _is_array(w_other):
            return not_implemented()
        if len(self.items) != len(w_other.items) and op in (EQ, NE):
            return new_bool(op == NE)
        i = 0
        while i < len(self.items) and i < len(w_other.items):
            w_a = self.item_at(i)
            w_b = w_other.item_at(i)
            try:
                same = abstract.rich_compare_bool(w_a, w_b, EQ)
                if not same:
                    if op == EQ:
                        return new_bool(False)
                    if op == NE:
                        return new_bool(True)
                    return abstract.rich_compare(w_a, w_b, op)
            finally:
                decref(w_a)
                decref(w_b)
            i += 1
        return compare_sizes(len(self.items), len(w_other.items), op)

    hash = slot("tp_hash")(hash_not_implemented)     # __hash__ = None

    @slot("tp_repr")
    def repr(self):
        """array_repr: "array('i', [1, 2])", "array('u', 'ab')", "array('d')"."""
        from glass.objects.str import new_str
        name = self.ob_type.name.rpartition(".")[2]
        if not self.items:
            return new_str("%s('%s')" % (name, self.typecode))
        w_values = self.tounicode() if self.typecode == "u" else self.tolist()
        try:
            text = abstract.repr_text(w_values)
        finally:
            decref(w_values)
        return new_str("%s('%s', %s)" % (name, self.typecode, text))

    # --- attributes -------------------------------------------------------------------------

    @getter("typecode", doc="the typecode character used to create the array")
    def get_typecode(self):
        from glass.objects.str import new_str
        return new_str(self.typecode)

    @getter("itemsize", doc="the size, in bytes, of one array item")
    def get_itemsize(self):
        from glass.objects.int import new_int
        return new_int(self.items.itemsize)

    # --- methods ----------------------------------------------------------------------------

    @method("($self, v, /)")
    def append(self, w_v):
        """Append new value v to the end of the array."""
        self.append_value(w_v)

    @method("($self, /)")
    def buffer_info(self):
        """Return a tuple (address, length) giving the current memory address and the length in items of the buffer used to hold array's contents.

The length should be multiplied by the itemsize attribute to calculate
the buffer length in bytes."""
        from glass.objects.int import new_int
        from glass.objects.tuple import new_tuple_owned
        address = self.items.buffer_info()[0] if self.allocated else 0
        return new_tuple_owned([new_int(address), new_int(len(self.items))])

    @method("($self, /)")
    def byteswap(self):
        """Byteswap all items of the array.

If the items in the array are not 1, 2, 4, or 8 bytes in size, RuntimeError is
raised."""
        self.items.byteswap()

    @method("($self, v, /)")
    def count(self, w_v):
        """Return number of occurrences of v in the array."""
        from glass.objects.int import new_int
        found = 0
        i = 0
        while i < len(self.items):
            w_item = self.item_at(i)
            try:
                if abstract.rich_compare_bool(w_item, w_v, EQ):
                    found += 1
            finally:
                decref(w_item)
            i += 1
        return new_int(found)

    @defining_class
    @method("($self, bb, /)")
    def extend(self, w_bb):
        """Append items to the end of the array."""
        self.do_extend(w_bb)

    @method("($self, buffer, /)")
    def frombytes(self, w_buffer):
        """Appends items from the string, interpreting it as an array of machine values, as if it had been read from a file using the fromfile() method."""
        from glass.objects import stringlib
        data = stringlib.getbuffer(w_buffer)
        if data is None:
            raise type_error("a bytes-like object is required, not '%s'"
                             % w_buffer.ob_type.name)
        self.from_bytes(bytes(data))

    @defining_class
    @method("($self, f, n, /)")
    def fromfile(self, w_f, w_n):
        """Read n objects from the file object f and append them to the end of the array."""
        from glass.objects.bytes import W_Bytes
        from glass.objects.int import new_int
        count = abstract.index_as_ssize(w_n, "OverflowError")
        if count < 0:
            raise value_error("negative count")
        itemsize = self.items.itemsize
        if count > PY_SSIZE_T_MAX // itemsize:
            raise memory_error()
        nbytes = count * itemsize
        w_read = abstract.getattr_str(w_f, "read")
        w_nbytes = new_int(nbytes)
        try:
            w_data = abstract.call(w_read, [w_nbytes])
        finally:
            decref(w_nbytes)
            decref(w_read)
        try:
            if not isinstance(w_data, W_Bytes):
                raise type_error("read() didn't return bytes")
            data = w_data.value
        finally:
            decref(w_data)
        self.from_bytes(data)
        if len(data) != nbytes:
            raise operation_error("EOFError", "read() didn't return enough bytes")

    @method("($self, list, /)")
    def fromlist(self, w_list):
        """Append items to array from list."""
        from glass.objects.list import W_List
        if not isinstance(w_list, W_List):
            raise type_error("arg must be list")
        size = len(self.items)
        # array_resize to the final size first: an exported array refuses
        # before any item is converted.
        self._resize(size + len(w_list.items))
        try:
            i = 0
            while i < len(w_list.items):
                w_item = w_list.items[i]
                w_item.ob_refcnt += 1
                try:
                    self.append_value(w_item)
                finally:
                    decref(w_item)
                i += 1
        except OperationError:
            self._resize(size)
            if len(self.items) > size:
                del self.items[size:]
            raise

    @method("($self, ustr, /)")
    def fromunicode(self, w_ustr):
        """Extends this array with data from the unicode string ustr.

The array must be a unicode type array; otherwise a ValueError is raised.
Use array.frombytes(ustr.encode(...)) to append Unicode data to an array of
some other type."""
        from glass.objects.str import W_Str
        if not isinstance(w_ustr, W_Str):
            raise type_error("fromunicode() argument must be str, not %s"
                             % argument_type_name(w_ustr))
        if self.typecode != "u":
            raise value_error("fromunicode() may only be called on unicode type arrays")
        self.from_text(w_ustr.value)

    @method("($self, v, start=0, stop=sys.maxsize, /)")
    def index(self, w_v, w_start, w_stop):
        """Return index of first occurrence of v in the array.

Raise ValueError if the value is not present."""
        from glass.objects.int import new_int
        start = _slice_index_not_none(w_start) if w_start is not None else 0
        stop = _slice_index_not_none(w_stop) if w_stop is not None else PY_SSIZE_T_MAX
        size = len(self.items)
        if start < 0:
            start = max(start + size, 0)
        if stop < 0:
            stop = max(stop + size, 0)
        found = self._find(w_v, start, stop)
        if found < 0:
            raise value_error("array.index(x): x not in array")
        return new_int(found)

    @method("($self, i, v, /)")
    def insert(self, w_i, w_v):
        """Insert a new item v into the array before position i."""
        index = abstract.index_as_ssize(w_i, "OverflowError")
        value = self.convert(w_v)
        size = len(self.items)
        if index < 0:
            index = max(index + size, 0)
        index = min(index, size)
        self._resize(size + 1)
        self.items.insert(index, value)

    @method("($self, i=-1, /)")
    def pop(self, w_i):
        """Return the i-th element and delete it from the array.

i defaults to -1."""
        index = -1 if w_i is None else abstract.index_as_ssize(w_i, "OverflowError")
        size = len(self.items)
        if size == 0:
            raise index_error("pop from empty array")
        if index < 0:
            index += size
        if not 0 <= index < size:
            raise index_error("pop index out of range")
        w_item = self.item_at(index)
        self._resize(size - 1)
        del self.items[index]
        return w_item

    @method("($self, v, /)")
    def remove(self, w_v):
        """Remove the first occurrence of v in the array."""
        found = self._find(w_v)
        if found < 0:
            raise value_error("array.remove(x): x not in array")
        self._resize(len(self.items) - 1)
        del self.items[found]

    @method("($self, /)")
    def reverse(self):
        """Reverse the order of the items in the array."""
        self.items.reverse()

    @method("($self, /)")
    def tobytes(self):
        """Convert the array to an array of machine values and return the bytes representation."""
        from glass.objects.bytes import new_bytes
        return new_bytes(self.items.tobytes())

    @defining_class
    @method("($self, f, /)")
    def tofile(self, w_f):
        """Write all items (as machine values) to the file object f."""
        from glass.objects.bytes import new_bytes
        data = self.items.tobytes()
        w_write = abstract.getattr_str(w_f, "write") if data else None
        try:
            for offset in range(0, len(data), FILE_BLOCK_SIZE):
                w_block = new_bytes(data[offset:offset + FILE_BLOCK_SIZE])
                try:
                    decref(abstract.call(w_write, [w_block]))
                finally:
                    decref(w_block)
        finally:
            if w_write is not None:
                decref(w_write)

    @method("($self, /)")
    def tolist(self):
        """Convert array to an ordinary list with the same items."""
        from glass.objects.list import W_List
        if self.typecode == "u":
            return W_List([self.item_at(i) for i in range(len(self.items))])
        return W_List([to_guest(self.typecode, value) for value in self.items])

    @method("($self, /)")
    def tounicode(self):
        """Extends this array with data from the unicode string ustr.

Convert the array to a unicode string.  The array must be a unicode type array;
otherwise a ValueError is raised.  Use array.tobytes().decode() to obtain a
unicode string from an array of some other type."""
        from glass.objects.str import new_str
        if self.typecode != "u":
            raise value_error("tounicode() may only be called on unicode type arrays")
        try:
            text = self.items.tounicode()
        except ValueError as error:         # an item beyond U+10FFFF
            raise value_error(str(error))
        return new_str(text)

    @method("($self, /)", name="__copy__")
    def copy(self):
        """Return a copy of the array."""
        return self.new_like(host_array.array(self.typecode, self.items))

    @method("($self, unused, /)", name="__deepcopy__")
    def deepcopy(self, w_unused):
        """Return a copy of the array."""
        return self.new_like(host_array.array(self.typecode, self.items))

    @method("($self, value, /)", name="__reduce_ex__")
    def reduce_ex(self, w_value):
        """Return state information for pickling."""
        from glass.objects.bytes import new_bytes
        from glass.objects.int import new_int
        from glass.objects.none import w_None
        from glass.objects.str import new_str
        from glass.objects.tuple import new_tuple_owned
        protocol = abstract.index_as_ssize(w_value, "OverflowError")
        w_dict = abstract.lookup_attr_str(self, "__dict__")
        if w_dict is None:
            w_None.ob_refcnt += 1
            w_dict = w_None
        self.ob_type.ob_refcnt += 1
        if protocol < 3:
            w_args = new_tuple_owned([new_str(self.typecode), self.tolist()])
            return new_tuple_owned([self.ob_type, w_args, w_dict])
        w_reconstructor = _module_attr("_array_reconstructor")
        w_args = new_tuple_owned([self.ob_type, new_str(self.typecode),
                                  new_int(machine_format(self.typecode)),
                                  new_bytes(self.items.tobytes())])
        return new_tuple_owned([w_reconstructor, w_args, w_dict])

    @method("($self, /)", name="__sizeof__")
    def sizeof(self):
        """Size of the array in memory, in bytes."""
        from glass.objects.int import new_int
        return new_int(SIZEOF_EMPTY_ARRAY + self.allocated * self.items.itemsize)


def _module_attr(name):
    """A new reference to one of the array module's attributes (CPython asks
    the imported module; Glass keeps the module it made)."""
    w_value = MODULE_STATE["w_module"].w_dict.getitem_str(name)
    w_value.ob_refcnt += 1
    return w_value


@builtin_type("array.arrayiterator")
class W_ArrayIterator(W_Object):
    __slots__ = ("w_array", "index")

    def __init__(self, w_array):
        W_Object.__init__(self, W_ArrayIterator.w_type)
        w_array.ob_refcnt += 1
        self.w_array = w_array
        self.index = 0

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        raise type_error("cannot create 'array.arrayiterator' instances")

    @slot("tp_iter")
    def iter(self):
        self.ob_refcnt += 1
        return self

    @slot("tp_iternext")
    def iternext(self):
        """arrayiter_next: the array is let go once exhausted."""
        w_array = self.w_array
        if w_array is None:
            return None
        if self.index < len(w_array.items):
            w_item = w_array.item_at(self.index)
            self.index += 1
            return w_item
        self.w_array = None
        decref(w_array)
        return None

    @method("($self, /)", name="__reduce__")
    def reduce(self):
        """Return state information for pickling."""
        from glass.objects.int import new_int
        from glass.objects.iterobject import get_builtin, reduce_value
        from glass.objects.tuple import new_tuple
        w_iter = get_builtin("iter")
        if self.w_array is None:
            w_empty = new_tuple([])
            try:
                return reduce_value(w_iter, [w_empty])
            finally:
                decref(w_empty)
        return reduce_value(w_iter, [self.w_array], new_int(self.index))

    @method("($self, state, /)", name="__setstate__")
    def setstate(self, w_state):
        """Set state information for unpickling."""
        index = abstract.index_as_ssize(w_state, "OverflowError")
        if index < 0:
            index = 0
        elif self.w_array is not None and index > len(self.w_array.items):
            index = len(self.w_array.items)
        self.index = index

    @slot("tp_traverse")
    def traverse(self, visit):
        if self.w_array is not None:
            visit(self.w_array)

    @slot("tp_dealloc")
    def dealloc(self):
        w_array, self.w_array = self.w_array, None
        if w_array is not None:
            decref(w_array)


# --- _array_reconstructor ------------------------------------------------------------------

def decode_machine_values(mformat, data):
    """The host values that `data` holds in machine format `mformat`."""
    if mformat in (UTF16_LE, UTF16_BE, UTF32_LE, UTF32_BE):
        encoding = ("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be")[mformat - UTF16_LE]
        return list(data.decode(encoding, "strict"))
    if mformat in (IEEE_754_FLOAT_LE, IEEE_754_FLOAT_BE, IEEE_754_DOUBLE_LE,
                   IEEE_754_DOUBLE_BE):
        size = 4 if mformat < IEEE_754_DOUBLE_LE else 8
        order = "<" if mformat in (IEEE_754_FLOAT_LE, IEEE_754_DOUBLE_LE) else ">"
        count = len(data) // size
        return list(host_struct.unpack("%s%d%s" % (order, count, "f" if size == 4 else "d"),
                                       data[:count * size]))
    if mformat in (UNSIGNED_INT8, SIGNED_INT8):
        size, signed, order = 1, mformat == SIGNED_INT8, "little"
    else:
        offset = mformat - UNSIGNED_INT16_LE
        size = 2 << (offset // 4)
        signed = bool(offset & 2)
        order = "big" if offset & 1 else "little"
    return [int.from_bytes(data[i:i + size], order, signed=signed)
            for i in range(0, len(data) - len(data) % size, size)]


@builtin_module("array")
class ArrayModule:
    """This module defines an object type which can efficiently represent
an array of basic values: characters, integers, floating point
numbers.  Arrays are sequence types and behave very much like lists,
except that the type of objects stored in them is constrained.
"""

    @function("($module, arraytype, typecode, mformat_code, items,\n                     /)")
    def _array_reconstructor(w_arraytype, w_typecode, w_mformat_code, w_items):
        """Internal. Used for pickling support."""
        from glass.objects.bytes import W_Bytes
        from glass.objects.str import W_Str
        from glass.objects.type import W_Type
        if not isinstance(w_typecode, W_Str) or len(w_typecode.value) != 1:
            raise type_error("_array_reconstructor() argument 2 must be a unicode "
                             "character, not %s" % w_typecode.ob_type.name)
        mformat = _int(w_mformat_code)
        if not isinstance(w_arraytype, W_Type):
            raise type_error("first argument must be a type object, not %s"
                             % w_arraytype.ob_type.name)
        if not w_arraytype.is_subtype(W_Array.w_type):
            raise type_error("%s is not a subtype of array.array" % w_arraytype.name)
        typecode = w_typecode.value
        if typecode not in TYPECODES:
            raise value_error("second argument must be a valid type code")
        if not 0 <= mformat < MACHINE_FORMATS:
            raise value_error("third argument must be a valid machine format code.")
        if not isinstance(w_items, W_Bytes):
            raise type_error("fourth argument should be bytes, not %s"
                             % w_items.ob_type.name)
        data = w_items.value
        w_array = W_Array.allocate(w_arraytype, typecode)
        # Made without type_call: the instance's reference to a heap class
        # is taken here, as newarrayobject's tp_alloc takes it.
        from glass.objects.typeobject import took_type_reference
        took_type_reference(w_array, w_arraytype)
        try:
            if mformat == machine_format(typecode):
                w_array.from_bytes(data)
            else:
                values = decode_machine_values(mformat, data)
                w_array.items.extend(values)
                w_array.allocated = len(w_array.items)
        except OperationError:
            decref(w_array)
            raise
        except (OverflowError, TypeError, ValueError) as error:
            decref(w_array)
            raise operation_error(type(error).__name__, str(error))
        return w_array

    @staticmethod
    def init_module(w_module):
        from glass.objects.str import new_str
        w_dict = w_module.w_dict
        w_dict.setitem_str("array", W_Array.w_type)
        w_dict.setitem_str("ArrayType", W_Array.w_type)
        w_typecodes = new_str(TYPECODES)
        w_dict.setitem_str("typecodes", w_typecodes)
        decref(w_typecodes)
        MODULE_STATE["w_module"] = w_module
        _register_mutable_sequence()


def _register_mutable_sequence():
    """array_modexec's last step: collections.abc.MutableSequence.register(array)."""
    from glass.vm.imports import import_module
    w_abc = import_module("collections.abc")
    try:
        w_sequence = abstract.getattr_str(w_abc, "MutableSequence")
    finally:
        decref(w_abc)
    try:
        w_register = abstract.getattr_str(w_sequence, "register")
    finally:
        decref(w_sequence)
    try:
        decref(abstract.call(w_register, [W_Array.w_type]))
    finally:
        decref(w_register)


MODULE_STATE = {}
