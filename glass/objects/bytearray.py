"""Guest bytearrays: mutable bytes.

Counterpart: Objects/bytearrayobject.c (PyByteArrayObject, bytearray___init__,
bytearray_ass_subscript, bytearray_setslice_linear, PyByteArray_Resize, the
bytearray iterator); the methods shared with bytes are on
stringlib.BytesMethods (Objects/bytes_methods.c).

A W_ByteArray holds a host bytearray for its bytes.  It also keeps the
bookkeeping of CPython's buffer -- `alloc` (ob_alloc) and `offset` (ob_start
minus ob_bytes: deleting from the front only moves the start) -- following
PyByteArray_Resize's growth policy, so __alloc__ and sys.getsizeof answer as
CPython does, and `exports` (ob_exports): the memoryviews alive over it.
While one is, nothing may change the size (_canresize), and every operation
checks that before it touches a byte.
"""
from __future__ import annotations

from glass.objects import abstract, stringlib
from glass.objects.bytes import ByteIterMethods, byte_values, bytes_contains, concat_buffers
from glass.objects.exceptions import (EXCEPTION_TYPES, OperationError, index_error,
                                      operation_error, overflow_error, type_error,
                                      value_error)
from glass.objects.object import W_Object, decref
from glass.objects.signature import no_text_signature
from glass.objects.type import (BASETYPE, EQ, GT, LE, LT, MATCH_SELF, NE, builtin_type, method,
                                NO_DOC, slot)



@builtin_type("bytearray", flags=BASETYPE | MATCH_SELF)
@stringlib.share_methods(stringlib.BytesMethods)
class W_ByteArray(W_Object):
    """bytearray(iterable_of_ints) -> bytearray
bytearray(string, encoding[, errors]) -> bytearray
bytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer
bytearray(int) -> bytes array of size given by the parameter initialized with null bytes
bytearray() -> empty bytes array

Construct a mutable bytearray object from:
  - an iterable yielding integers in range(256)
  - a text string encoded using the specified encoding
  - a bytes or a buffer object
  - any object implementing the buffer API.
  - an integer"""
    __slots__ = ("value", "alloc", "offset", "exports")

    def __init__(self, value=None, w_type=None):
        """PyByteArray_FromStringAndSize: exactly len + 1 bytes allocated."""
        self.ob_refcnt = 1
        self.ob_type = w_type or W_ByteArray.w_type
        self.value = bytearray() if value is None else value
        self.alloc = len(self.value) + 1 if self.value else 0
        self.offset = 0
        self.exports = 0

    def getbuffer(self):
        """bf_getbuffer: the live storage (callers copy what they keep)."""
        return self.value

    # --- PyByteArray_Resize: the allocation policy -------------------------------

    def check_resizable(self):
        """Counterpart: _canresize: no size change while a buffer is exported."""
        if self.exports > 0:
            raise buffer_error()

    def resize_host(self, operation, *args):
        """Run a host operation that changes the size of self.value.  The
        guest's exports were checked before; a host-level view that Glass
        itself still holds over the bytes answers the same BufferError."""
        try:
            return operation(*args)
        except BufferError:
            raise buffer_error()

    def resize(self, old, size):
        """Record a resize from `old` to `size` bytes as PyByteArray_Resize
        would make it (the host bytearray holds the bytes themselves).

        The same size changes nothing; a shrink that keeps at least half the
        buffer changes nothing; a bigger shrink reallocates to fit exactly; a
        growth of at most 1/8th over-allocates as list_resize does, a bigger
        one allocates exactly.  A new buffer starts at its beginning.
        """
        if size == old:
            return
        alloc = self.alloc
        if size + self.offset + 1 <= alloc:
            if size >= alloc // 2:
                return
            alloc = size + 1
        elif size <= alloc * 1.125:
            alloc = size + (size >> 3) + (3 if size < 9 else 6)
        else:
            alloc = size + 1
        self.alloc = alloc
        self.offset = 0

    # What BytesMethods needs: results of the receiver's kind.

    @staticmethod
    def make(value):
        """A bytearray method's result: always a new bytearray."""
        return W_ByteArray(bytearray(value))

    def make_unchanged(self, value):
        return W_ByteArray(bytearray(value))

    @staticmethod
    def join_single(items_w):
        """A bytearray result is always new."""
        return None

    def make_list(self, parts):
        from glass.objects.list import W_List
        return W_List([W_ByteArray(bytearray(part)) for part in parts])

    def make_partition(self, w_sep, parts, reverse):
        """stringlib_partition for a mutable type: three new bytearrays."""
        from glass.objects.tuple import new_tuple_owned
        return new_tuple_owned([W_ByteArray(bytearray(part)) for part in parts])

    # --- object slots -----------------------------------------------------------------

    @slot("tp_repr")
    def repr(self):
        """Counterpart: bytearray_repr: TypeName(b'...')."""
        from glass.objects.str import new_str
        return new_str("%s(%s)" % (self.ob_type.name.rpartition(".")[2],
                                   stringlib.bytes_repr(bytes(self.value), True)))

    @slot("tp_str")
    def str(self):
        return self.repr()

    @slot("tp_richcompare")
    def richcompare(self, w_other, op):
        """Counterpart: bytearray_richcompare: against any buffer."""
        other = stringlib.getbuffer(w_other)
        if other is None:
            w_NotImplemented.ob_refcnt += 1
            return w_NotImplemented
        a, b = bytes(self.value), bytes(other)
        if op == EQ:
            return new_bool(a == b)
        if op == NE:
            return new_bool(a != b)
        if op == LT:
            return new_bool(a < b)
        if op == LE:
            return new_bool(a <= b)
        if op == GT:
            return new_bool(a > b)
        return new_bool(a >= b)

    @slot("tp_iter")
    def iter(self):
        return W_ByteArrayIter(self)

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        """PyType_GenericNew: an empty bytearray; __init__ fills it."""
        if w_type is W_ByteArray.w_type:
            return W_ByteArray()
        from glass.objects.typeobject import _new_instance
        w_obj = _new_instance(w_type)
        w_obj.value = bytearray()
        w_obj.alloc = 0
        w_obj.offset = 0
        w_obj.exports = 0
        return w_obj

    @slot("tp_init")
    def init(self, args_w, kwnames):
        """Counterpart: bytearray___init___impl."""
        from glass.objects.list import W_List
        from glass.objects.str import W_Str, encode_text, str_arg
        from glass.objects.tuple import W_Tuple
        w_source, w_encoding, w_errors = _INIT_SIGNATURE.bind("bytearray", args_w,
                                                              kwnames)
        if self.value:
            self.check_resizable()
            self.set_value(bytearray())           # empty previous contents first
        encoding = None if w_encoding is None else \
            str_arg(w_encoding, "bytearray() argument 'encoding'")
        errors = None if w_errors is None else \
            str_arg(w_errors, "bytearray() argument 'errors'")
        if w_source is None:
            if encoding is not None or errors is not None:
                raise type_error("encoding without a string argument"
                                 if encoding is not None
                                 else "errors without a string argument")
            return
        if isinstance(w_source, W_Str):
            if encoding is None:
                raise type_error("string argument without an encoding")
            self.set_value(bytearray(encode_text(w_source.value, encoding,
                                                 errors or "strict")))
            return
        if encoding is not None or errors is not None:
            raise type_error("encoding without a string argument" if encoding is not None
                             else "errors without a string argument")
        if w_source.ob_type.nb_index is not None:
            try:
                count = stringlib.index_value(w_source)
            except OperationError as error:
                if not error.match(EXCEPTION_TYPES["TypeError"]):
                    raise
                decref(error.w_value)
            else:
                if count > stringlib.SSIZE_MAX:
                    raise overflow_error("cannot fit 'int' into an index-sized integer")
                if count < 0:
                    raise value_error("negative count")
                if count > 0:
                    try:
                        self.set_value(bytearray(count))
                    except MemoryError:
                        raise stringlib.no_memory()
                return
        data = stringlib.getbuffer(w_source)
        if data is not None:
            self.set_value(bytearray(data))
            return
        if w_source.ob_type is W_List.w_type or w_source.ob_type is W_Tuple.w_type:
            items_w = list(w_source.items)
            if all(w_item.ob_type is W_Int.w_type for w_item in items_w):
                for w_item in items_w:
                    w_item.ob_refcnt += 1
                self.set_value(byte_values(items_w, "byte must be in range(0, 256)"))
                return
            # A non-int item: CPython has sized the buffer for the list, now
            # resizes it to 0 and takes the slow path.
            self.resize(0, len(items_w))
            self.resize(len(items_w), 0)
        try:
            w_it = abstract.iter(w_source)
        except OperationError as error:
            if not error.match(EXCEPTION_TYPES["TypeError"]):
                raise
            decref(error.w_value)
            raise type_error("cannot convert '%s' object to bytearray"
                             % w_source.ob_type.name)
        try:
            iternext = w_it.ob_type.tp_iternext
            while True:
                w_item = iternext(w_it)
                if w_item is None:
                    break
                try:
                    value = stringlib.byte_value(w_item)
                finally:
                    decref(w_item)
                self.check_resizable()
                self.resize(len(self.value), len(self.value) + 1)
                self.resize_host(self.value.append, value)
        finally:
            decref(w_it)

    def set_value(self, data):
        """Replace the whole contents (a resize to the new length)."""
        old = len(self.value)
        if len(data) != old:
            self.check_resizable()
        self.resize_host(self.value.__setitem__, slice(None), data)
        self.resize(old, len(self.value))

    # --- sequence and mapping slots -----------------------------------------------------

    @slot("sq_length")
    def length(self):
        return len(self.value)

    @slot("sq_concat")
    def concat(self, w_other):
        """Counterpart: PyByteArray_Concat."""
        return W_ByteArray(bytearray(concat_buffers(self, w_other)))

    @slot("sq_inplace_concat")
    def inplace_concat(self, w_other):
        """Counterpart: bytearray_iconcat."""
        other = stringlib.simple_buffer_or_none(w_other)
        if other is None:
            raise type_error("can't concat %s to %s"
                             % (w_other.ob_type.name, self.ob_type.name))
        other = bytes(other)
        old = len(self.value)
        if other:
            self.check_resizable()
            self.resize_host(self.value.extend, other)
        self.resize(old, len(self.value))
        self.ob_refcnt += 1
        return self

    @slot("sq_repeat")
    def repeat(self, count):
        """Counterpart: bytearray_repeat."""
        if count < 0:
            count = 0
        data = self.value
        if data and count > stringlib.SSIZE_MAX // len(data):
            raise operation_error("MemoryError")
        # Built as bytes first: a failed allocation in the host's own
        # bytearray_repeat frees a half-made object and complains on stderr.
        return W_ByteArray(bytearray(stringlib.repeat(bytes(data), count) if count > 1
                                     else data * count))

    @slot("sq_inplace_repeat")
    def inplace_repeat(self, count):
        """Counterpart: bytearray_irepeat."""
        if count < 0:
            count = 0
        elif count == 1:
            self.ob_refcnt += 1
            return self
        old = len(self.value)
        if old and count > stringlib.SSIZE_MAX // old:
            raise operation_error("MemoryError")
        if old:
            self.check_resizable()
        try:
            self.resize_host(self.value.__imul__, count)
        except MemoryError:
            raise stringlib.no_memory()
        self.resize(old, len(self.value))
        self.ob_refcnt += 1
        return self

    @slot("sq_item")
    def item(self, index):
        """Counterpart: bytearray_getitem."""
        if index < 0 or index >= len(self.value):
            raise index_error("bytearray index out of range")
        return new_int(self.value[index])

    @slot("mp_subscript")
    def subscript(self, w_key):
        """Counterpart: bytearray_subscript."""
        data = self.value
        if w_key.ob_type.nb_index is not None:
            index = abstract.index_as_ssize(w_key)
            if index < 0:
                index += len(data)
            return self.item(index)
        if isinstance(w_key, W_Slice):
            start, stop, step, length = w_key.indices(len(data))
            if length <= 0:
                return W_ByteArray()
            if step == 1:
                return W_ByteArray(data[start:stop])
            return W_ByteArray(data[stringlib.host_slice(start, stop, step)])
        raise type_error("bytearray indices must be integers or slices, not %s"
                         % w_key.ob_type.name)

    @slot("mp_ass_subscript")
    def ass_subscript(self, w_key, w_value):
        """Counterpart: bytearray_ass_subscript (w_value None deletes)."""
        from glass.objects.strformat import number_check
        if w_key.ob_type.nb_index is not None:
            index = abstract.index_as_ssize(w_key)
            # The value is converted first: its __index__ may change our size.
            value = None if w_value is None else stringlib.byte_value(w_value)
            if index < 0:
                index += len(self.value)
            if index < 0 or index >= len(self.value):
                raise index_error("bytearray index out of range")
            if value is not None:
                self.value[index] = value
                return
            self.setslice_linear(index, index + 1, b"")
            return
        if not isinstance(w_key, W_Slice):
            raise type_error("bytearray indices must be integers or slices, not %s"
                             % w_key.ob_type.name)
        start, stop, step = w_key.unpack()
        start, stop, length = adjust_indices(len(self.value), start, stop, step)
        if w_value is None:
            data = b""
        elif w_value is self or not isinstance(w_value, W_ByteArray):
            if number_check(w_value) or w_value.ob_type.flags & _UNICODE_SUBCLASS:
                raise type_error("can assign only bytes, buffers, or iterables of "
                                 "ints in range(0, 256)")
            w_copy = abstract.call(W_ByteArray.w_type, [w_value])
            try:
                return self.ass_subscript(w_key, w_copy)
            finally:
                decref(w_copy)
        else:
            data = bytes(w_value.value)
        # b[5:2] = ... inserts before 5, not before 2.
        if (step < 0 and start < stop) or (step > 0 and start > stop):
            stop = start
        if step == 1:
            self.setslice_linear(start, stop, data)
            return
        if not data:
            self.check_resizable()
            if length == 0:
                return
            old = len(self.value)
            self.resize_host(self.value.__delitem__, stringlib.host_slice(start, stop, step))
            self.resize(old, len(self.value))
            return
        if len(data) != length:
            raise value_error("attempt to assign bytes of size %d to extended slice "
                              "of size %d" % (len(data), length))
        if length:
            self.value[stringlib.host_slice(start, stop, step)] = data

    def setslice_linear(self, lo, hi, data):
        """Counterpart: bytearray_setslice_linear: replace [lo:hi] by data."""
        old = len(self.value)
        growth = len(data) - (hi - lo)
        if growth != 0:
            self.check_resizable()
        self.resize_host(self.value.__setitem__, slice(lo, hi), data)
        if growth < 0 and lo == 0:
            # Deleting at the front moves the logical start (ob_start)
            # instead of moving the rest of the bytes.
            self.offset -= growth
        if growth != 0:
            self.resize(old, len(self.value))

    @slot("sq_contains")
    def contains(self, w_item):
        return bytes_contains(bytes(self.value), w_item)

    @slot("nb_remainder")
    def mod(self, w_args):
        """Counterpart: bytearray_mod."""
        from glass.objects.strformat import bytes_format
        if not isinstance(self, W_ByteArray):
            w_NotImplemented.ob_refcnt += 1
            return w_NotImplemented
        return W_ByteArray(bytearray(bytes_format(bytes(self.value), w_args)))

    # --- shared methods whose bytearray docstring differs from bytes' --------------------

    @method("($self, /, sep=None, maxsplit=-1)")
    def split(self, w_sep, w_maxsplit):
        """Return a list of the sections in the bytearray, using sep as the delimiter.

  sep
    The delimiter according which to split the bytearray.
    None (the default value) means split on ASCII whitespace characters
    (space, tab, return, newline, formfeed, vertical tab).
  maxsplit
    Maximum number of splits to do.
    -1 (the default value) means no limit."""
        return stringlib.BytesMethods.split(self, w_sep, w_maxsplit)

    @method("($self, /, sep=None, maxsplit=-1)")
    def rsplit(self, w_sep, w_maxsplit):
        """Return a list of the sections in the bytearray, using sep as the delimiter.

  sep
    The delimiter according which to split the bytearray.
    None (the default value) means split on ASCII whitespace characters
    (space, tab, return, newline, formfeed, vertical tab).
  maxsplit
    Maximum number of splits to do.
    -1 (the default value) means no limit.

Splitting is done starting at the end of the bytearray and working to the front."""
        return stringlib.BytesMethods.rsplit(self, w_sep, w_maxsplit)

    @method("($self, /, keepends=False)")
    def splitlines(self, w_keepends):
        """Return a list of the lines in the bytearray, breaking at line boundaries.

Line breaks are not included in the resulting list unless keepends is given and
true."""
        return stringlib.BytesMethods.splitlines(self, w_keepends)

    @method("($self, sep, /)")
    def partition(self, w_sep):
        """Partition the bytearray into three parts using the given separator.

This will search for the separator sep in the bytearray. If the separator is
found, returns a 3-tuple containing the part before the separator, the
separator itself, and the part after it as new bytearray objects.

If the separator is not found, returns a 3-tuple containing the copy of the
original bytearray object and two empty bytearray objects."""
        return stringlib.BytesMethods.partition(self, w_sep)

    @method("($self, sep, /)")
    def rpartition(self, w_sep):
        """Partition the bytearray into three parts using the given separator.

This will search for the separator sep in the bytearray, starting at the end.
If the separator is found, returns a 3-tuple containing the part before the
separator, the separator itself, and the part after it as new bytearray
objects.

If the separator is not found, returns a 3-tuple containing two empty bytearray
objects and the copy of the original bytearray object."""
        return stringlib.BytesMethods.rpartition(self, w_sep)

    @method("($self, iterable_of_bytes, /)")
    def join(self, w_iterable):
        """Concatenate any number of bytes/bytearray objects.

The bytearray whose method is called is inserted in between each pair.

The result is returned as a new bytearray object."""
        # Exported while joining: an iterator that resizes self fails.
        self.exports += 1
        try:
            return stringlib.BytesMethods.join(self, w_iterable)
        finally:
            self.exports -= 1

    @method("($self, bytes=None, /)")
    def lstrip(self, w_bytes):
        """Strip leading bytes contained in the argument.

If the argument is omitted or None, strip leading ASCII whitespace."""
        return stringlib.BytesMethods.lstrip(self, w_bytes)

    @method("($self, prefix, /)")
    def removeprefix(self, w_prefix):
        """Return a bytearray with the given prefix string removed if present.

If the bytearray starts with the prefix string, return
bytearray[len(prefix):].  Otherwise, return a copy of the original
bytearray."""
        return stringlib.BytesMethods.removeprefix(self, w_prefix)

    @method("($self, suffix, /)")
    def removesuffix(self, w_suffix):
        """Return a bytearray with the given suffix string removed if present.

If the bytearray ends with the suffix string and that suffix is not
empty, return bytearray[:-len(suffix)].  Otherwise, return a copy of
the original bytearray."""
        return stringlib.BytesMethods.removesuffix(self, w_suffix)

    @method("($self, /, encoding='utf-8', errors='strict')")
    def decode(self, w_encoding, w_errors):
        """Decode the bytearray using the codec registered for encoding.

  encoding
    The encoding with which to decode the bytearray.
  errors
    The error handling scheme to use for the handling of decoding errors.
    The default is 'strict' meaning that decoding errors raise a
    UnicodeDecodeError. Other possible values are 'ignore' and 'replace'
    as well as any other name registered with codecs.register_error that
    can handle UnicodeDecodeErrors."""
        return stringlib.BytesMethods.decode(self, w_encoding, w_errors)

    @method("($self, /, sep=<unrepresentable>, bytes_per_sep=1)")
    def hex(self, w_sep, w_bytes_per_sep):
        """Create a string of hexadecimal numbers from a bytearray object.

  sep
    An optional single character or byte to separate hex bytes.
  bytes_per_sep
    How many bytes between separators.  Positive values count from the
    right, negative values count from the left.

Example:
>>> value = bytearray([0xb9, 0x01, 0xef])
>>> value.hex()
'b901ef'
>>> value.hex(':')
'b9:01:ef'
>>> value.hex(':', 2)
'b9:01ef'
>>> value.hex(':', -2)
'b901:ef'"""
        return stringlib.BytesMethods.hex(self, w_sep, w_bytes_per_sep)

    @method("($type, string, /)", kind="classmethod")
    def fromhex(w_type, w_string):
        """Create a bytearray object from a string of hexadecimal numbers.

Spaces between two numbers are accepted.
Example: bytearray.fromhex('B9 01EF') -> bytearray(b'\\\\xb9\\\\x01\\\\xef')"""
        return stringlib.BytesMethods.fromhex(w_type, w_string)

    # --- methods of bytearray alone ----------------------------------------------------

    @no_text_signature
    @method("($self, /)")
    def __alloc__(self):
        """B.__alloc__() -> int

Return the number of bytes actually allocated."""
        return new_int(self.alloc)

    @method("($self, /)")
    def __reduce__(self):
        """Return state information for pickling."""
        return self.common_reduce(2)

    @method("($self, proto=0, /)")
    def __reduce_ex__(self, w_proto):
        """Return state information for pickling."""
        proto = 0 if w_proto is None else stringlib.int_arg(w_proto)
        return self.common_reduce(proto)

    def common_reduce(self, proto):
        """_common_reduce: (type, args, state); protocols below 3 pass the
        bytes as a latin-1 str, for Python 2's sake."""
        from glass.objects.bytes import new_bytes
        from glass.objects.str import new_str
        from glass.objects.tuple import new_tuple_owned
        from glass.objects.objectreduce import get_state
        w_state = get_state(self, required=False)
        self.ob_type.ob_refcnt += 1
        if not self.value:
            return new_tuple_owned([self.ob_type, new_tuple_owned([]), w_state])
        if proto < 3:
            w_args = new_tuple_owned([new_str(self.value.decode("latin-1")),
                                      new_str("latin-1")])
        else:
            w_args = new_tuple_owned([new_bytes(bytes(self.value))])
        return new_tuple_owned([self.ob_type, w_args, w_state])

    @method("($self, /)")
    def __sizeof__(self):
        """Returns the size of the bytearray object in memory, in bytes."""
        return new_int(self.ob_type.basicsize + self.alloc)   # _PyObject_SIZE(Py_TYPE(self))

    @method("($self, item, /)")
    def append(self, w_item):
        """Append a single item to the end of the bytearray.

  item
    The item to be appended."""
        value = stringlib.byte_value(w_item)
        old = len(self.value)
        self.check_resizable()
        self.resize_host(self.value.append, value)
        self.resize(old, old + 1)

    @method("($self, /)")
    def clear(self):
        """Remove all items from the bytearray."""
        old = len(self.value)
        if old:
            self.check_resizable()
        self.resize_host(self.value.clear)
        self.resize(old, 0)

    @method("($self, /)")
    def copy(self):
        """Return a copy of B."""
        return W_ByteArray(bytearray(self.value))

    @method("($self, iterable_of_ints, /)")
    def extend(self, w_iterable):
        """Append all the items from the iterator or sequence to the end of the bytearray.

  iterable_of_ints
    The iterable of items to append."""
        data = stringlib.getbuffer(w_iterable)
        if data is not None:
            # bytearray_setslice takes a simple buffer, and says so.
            if stringlib.simple_buffer_or_none(w_iterable) is None:
                raise type_error("can't set bytearray slice from %s"
                                 % w_iterable.ob_type.name)
            end = len(self.value)
            self.setslice_linear(end, end, bytes(data))
            return
        try:
            w_it = abstract.iter(w_iterable)
        except OperationError as error:
            if not error.match(EXCEPTION_TYPES["TypeError"]):
                raise
            decref(error.w_value)
            raise type_error("can't extend bytearray with %s" % w_iterable.ob_type.name)
        collected = bytearray()
        try:
            iternext = w_it.ob_type.tp_iternext
            while True:
                w_item = iternext(w_it)
                if w_item is None:
                    break
                try:
                    collected.append(stringlib.byte_value(w_item))
                finally:
                    decref(w_item)
        finally:
            decref(w_it)
        end = len(self.value)
        self.setslice_linear(end, end, bytes(collected))

    @method("($self, index, item, /)")
    def insert(self, w_index, w_item):
        """Insert a single item into the bytearray before the given index.

  index
    The index where the value is to be inserted.
  item
    The item to be inserted."""
        index = stringlib.ssize_arg(w_index)
        value = stringlib.byte_value(w_item)
        old = len(self.value)
        if index < 0:
            index = max(0, index + old)
        elif index > old:
            index = old
        self.check_resizable()
        self.resize_host(self.value.insert, index, value)
        self.resize(old, old + 1)

    @method("($self, index=-1, /)")
    def pop(self, w_index):
        """Remove and return a single item from B.

  index
    The index from where to remove the item.
    -1 (the default value) means remove the last item.

If no index argument is given, will pop the last item."""
        index = -1 if w_index is None else stringlib.ssize_arg(w_index)
        old = len(self.value)
        if old == 0:
            raise index_error("pop from empty bytearray")
        if index < 0:
            index += old
        if index < 0 or index >= old:
            raise index_error("pop index out of range")
        self.check_resizable()
        value = self.resize_host(self.value.pop, index)
        self.resize(old, old - 1)
        return new_int(value)

    @method("($self, value, /)")
    def remove(self, w_value):
        """Remove the first occurrence of a value in the bytearray.

  value
    The value to remove."""
        value = stringlib.byte_value(w_value)
        index = self.value.find(bytes((value,)))
        if index < 0:
            raise value_error("value not found in bytearray")
        self.check_resizable()
        old = len(self.value)
        self.resize_host(self.value.__delitem__, index)
        self.resize(old, old - 1)

    @method("($self, /)")
    def reverse(self):
        """Reverse the order of the values in B in place."""
        self.value.reverse()


# bytearray defines comparisons and no hash: unhashable, with __hash__ = None.
def _hash_is_none():
    from glass.objects.none import new_none
    W_ByteArray.w_type.dict["__hash__"] = new_none()


_hash_is_none()

from glass.objects.type import UNICODE_SUBCLASS as _UNICODE_SUBCLASS  # noqa: E402
from glass.objects.signature import Signature  # noqa: E402

_INIT_SIGNATURE = Signature.parse(
    "($self, /, source=<unrepresentable>, encoding=<unrepresentable>, "
    "errors=<unrepresentable>)")


def buffer_error():
    return operation_error("BufferError",
                           "Existing exports of data: object cannot be re-sized")


@builtin_type("bytearray_iterator", doc=NO_DOC)
@stringlib.share_methods(ByteIterMethods)
class W_ByteArrayIter(W_Object):
    """Iterates over a bytearray as it is now, one int at a time."""
    __slots__ = ("w_seq", "index")

    def __init__(self, w_seq):
        W_Object.__init__(self, W_ByteArrayIter.w_type)
        w_seq.ob_refcnt += 1
        self.w_seq = w_seq
        self.index = 0

# Imported last: these modules are loaded after this one.
from glass.objects.bool import new_bool  # noqa: E402
from glass.objects.int import W_Int, new_int  # noqa: E402
from glass.objects.none import new_none, w_NotImplemented  # noqa: E402
from glass.objects.slice import W_Slice, adjust_indices  # noqa: E402
