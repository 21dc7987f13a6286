"""Guest bytes.

Counterpart: Objects/bytesobject.c (PyBytesObject, bytes_new, bytes_repr,
bytes_subscript, bytes_richcompare, the bytes iterator); the methods bytes
shares with bytearray are on stringlib.BytesMethods (Objects/bytes_methods.c),
%-formatting is glass/objects/strformat.py.

A W_Bytes holds a host bytes.  The empty bytes and the 256 one-byte bytes
are shared singletons, as CPython's characters[] are.
"""
from __future__ import annotations

from glass.objects import abstract, stringlib
from glass.objects.exceptions import (EXCEPTION_TYPES, OperationError, index_error,
                                      overflow_error, type_error, value_error)
from glass.objects.object import W_Object, decref
from glass.objects.signature import no_text_signature
from glass.objects.type import (BASETYPE, BYTES_SUBCLASS, EQ, GT, LE, LT, MATCH_SELF, NE,
                                NO_DOC, builtin_type, method, slot)


@builtin_type("bytes", flags=BASETYPE | BYTES_SUBCLASS | MATCH_SELF)
@stringlib.share_methods(stringlib.BytesMethods)
class W_Bytes(W_Object):
    """bytes(iterable_of_ints) -> bytes
bytes(string, encoding[, errors]) -> bytes
bytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer
bytes(int) -> bytes object of size given by the parameter initialized with null bytes
bytes() -> empty bytes object

Construct an immutable array of bytes from:
  - an iterable yielding integers in range(256)
  - a text string encoded using the specified encoding
  - any object implementing the buffer API.
  - an integer"""
    __slots__ = ("value", "hash_cache")

    def __init__(self, value, w_type=None):
        self.ob_refcnt = 1
        self.ob_type = w_type or W_Bytes.w_type
        self.value = value
        self.hash_cache = -1

    def getbuffer(self):
        """bf_getbuffer: the bytes themselves (read-only)."""
        return self.value

    # What BytesMethods needs: results of the receiver's kind.

    @staticmethod
    def make(value):
        """A bytes method's result: always an exact bytes."""
        return new_bytes(bytes(value))

    def make_unchanged(self, value):
        """A result that may be the receiver itself: CPython hands back an
        exact bytes when strip, replace, translate, padding... left it as it
        was (return_self in stringlib)."""
        if self.ob_type is W_Bytes.w_type and value == self.value:
            self.ob_refcnt += 1
            return self
        return new_bytes(bytes(value))

    def make_list(self, parts):
        from glass.objects.list import W_List
        return W_List([self.make_unchanged(part) for part in parts])

    def make_partition(self, w_sep, parts, reverse):
        """stringlib_partition: the receiver itself (even of a subclass) when
        the separator is absent, else the separator object itself (whatever
        buffer it was) between two new bytes."""
        from glass.objects.tuple import new_tuple, new_tuple_owned
        head, found, tail = parts
        if not found:
            w_empty = new_bytes(b"")
            try:
                if reverse:
                    return new_tuple([w_empty, w_empty, self])
                return new_tuple([self, w_empty, w_empty])
            finally:
                decref(w_empty)
        w_sep.ob_refcnt += 1
        return new_tuple_owned([new_bytes(head), w_sep, new_bytes(tail)])

    @staticmethod
    def join_single(items_w):
        """stringlib_bytes_join: one exact bytes item is the result itself."""
        if len(items_w) == 1 and items_w[0].ob_type is W_Bytes.w_type:
            items_w[0].ob_refcnt += 1
            return items_w[0]
        return None

    def exact(self):
        """PyBytes_FromObject on bytes: self when exact, else a copy."""
        if self.ob_type is W_Bytes.w_type:
            self.ob_refcnt += 1
            return self
        return new_bytes(self.value)

    # --- object slots ----------------------------------------------------------

    @slot("tp_repr")
    def repr(self):
        from glass.objects.str import new_str
        return new_str(stringlib.bytes_repr(self.value))

    @slot("tp_str")
    def str(self):
        # bytes_str: the repr (with a BytesWarning under -b, not raised here).
        from glass.objects.str import new_str
        return new_str(stringlib.bytes_repr(self.value))

    @slot("tp_hash")
    def hash(self):
        if self.hash_cache == -1:
            self.hash_cache = hash_bytes(self.value)
        return self.hash_cache

    @slot("tp_richcompare")
    def richcompare(self, w_other, op):
        """Counterpart: bytes_richcompare: bytes with bytes only."""
        if not isinstance(w_other, W_Bytes):
            w_NotImplemented.ob_refcnt += 1
            return w_NotImplemented
        a, b = self.value, w_other.value
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
        return W_BytesIter(self)

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        """Counterpart: bytes_new_impl."""
        w_source, w_encoding, w_errors = _NEW_SIGNATURE.bind("bytes", args_w, kwnames)
        data = bytes_from_arguments(w_source, w_encoding, w_errors, "bytes")
        if w_type is W_Bytes.w_type:
            return data if isinstance(data, W_Bytes) else new_bytes(data)
        if isinstance(data, W_Bytes):
            value = data.value
            decref(data)
            data = value
        from glass.objects.typeobject import _new_instance
        w_obj = _new_instance(w_type)
        w_obj.value = data
        w_obj.hash_cache = -1
        return w_obj

    # --- sequence and mapping slots ------------------------------------------------

    @slot("sq_length")
    def length(self):
        return len(self.value)

    @slot("sq_concat")
    def concat(self, w_other):
        """Counterpart: bytes_concat: any two buffers make a bytes."""
        return new_bytes(concat_buffers(self, w_other))

    @slot("sq_repeat")
    def repeat(self, count):
        """Counterpart: bytes_repeat."""
        data = self.value
        if count < 0:
            count = 0
        if count == 1 or not data:
            if self.ob_type is W_Bytes.w_type:
                self.ob_refcnt += 1
                return self
        if data and count > stringlib.SSIZE_MAX // len(data):
            raise overflow_error("repeated bytes are too long")
        return new_bytes(stringlib.repeat(data, count) if count > 1 else data * count)

    @slot("sq_item")
    def item(self, index):
        """Counterpart: bytes_item: an int."""
        if index < 0 or index >= len(self.value):
            raise index_error("index out of range")
        return new_int(self.value[index])

    @slot("mp_subscript")
    def subscript(self, w_key):
        """Counterpart: bytes_subscript: an int for an index, bytes for a slice."""
        data = self.value
        if w_key.ob_type.nb_index is not None:
            index = abstract.index_as_ssize(w_key)
            if index < 0:
                index += len(data)
            return self.item(index)
        if isinstance(w_key, W_Slice):
            start, stop, step, length = w_key.indices(len(data))
            if length <= 0:
                return new_bytes(b"")
            if start == 0 and step == 1 and length == len(data) and \
                    self.ob_type is W_Bytes.w_type:
                self.ob_refcnt += 1
                return self
            if step == 1:
                return new_bytes(data[start:stop])
            return new_bytes(data[stringlib.host_slice(start, stop, step)])
        raise type_error("byte indices must be integers or slices, not %s"
                         % w_key.ob_type.name)

    @slot("sq_contains")
    def contains(self, w_item):
        return bytes_contains(self.value, w_item)

    @slot("nb_remainder")
    def mod(self, w_args):
        """Counterpart: bytes_mod: printf-style formatting."""
        from glass.objects.strformat import bytes_format
        if not isinstance(self, W_Bytes):
            w_NotImplemented.ob_refcnt += 1
            return w_NotImplemented
        return new_bytes(bytes_format(self.value, w_args))

    # --- methods of bytes alone -------------------------------------------------------

    @no_text_signature
    @method("($self, /)")
    def __getnewargs__(self):
        from glass.objects.tuple import new_tuple_owned
        return new_tuple_owned([W_Bytes(self.value)])

    @method("($self, /)")
    def __bytes__(self):
        """Convert this value to exact type bytes."""
        return self.exact()

    @method("($self, /)")
    def __sizeof__(self):
        """Size of object in memory, in bytes."""
        # Divergence: CPython inherits object.__sizeof__, which counts
        # tp_itemsize per byte; Glass's object.__sizeof__ has no item size.
        return new_int(33 + len(self.value))


from glass.objects.signature import Signature  # noqa: E402

_NEW_SIGNATURE = Signature.parse(
    "($type, /, source=<unrepresentable>, encoding=<unrepresentable>, "
    "errors=<unrepresentable>)")


# --- Creation -----------------------------------------------------------------------------

def _immortal(data):
    w_bytes = W_Bytes(data)
    w_bytes.ob_refcnt = 1 << 30
    return w_bytes


_EMPTY = _immortal(b"")
_CHARACTERS = [_immortal(bytes((byte,))) for byte in range(256)]


def new_bytes(value):
    """PyBytes_FromStringAndSize: a new reference (a shared one if short)."""
    if len(value) <= 1:
        w_bytes = _CHARACTERS[value[0]] if value else _EMPTY
        w_bytes.ob_refcnt += 1
        return w_bytes
    return W_Bytes(bytes(value))


def bytes_from_arguments(w_source, w_encoding, w_errors, name):
    """The body of bytes_new_impl: host bytes, or a W_Bytes to hand back as is."""
    from glass.objects.str import W_Str, encode_text, str_arg
    encoding = None if w_encoding is None else \
        str_arg(w_encoding, "%s() argument 'encoding'" % name)
    errors = None if w_errors is None else \
        str_arg(w_errors, "%s() argument 'errors'" % name)
    if w_source is None:
        if encoding is not None or errors is not None:
            raise type_error("encoding without a string argument" if encoding is not None
                             else "errors without a string argument")
        return b""
    if encoding is not None:
        if not isinstance(w_source, W_Str):
            raise type_error("encoding without a string argument")
        return encode_text(w_source.value, encoding, errors or "strict")
    if errors is not None:
        raise type_error("string argument without an encoding"
                         if isinstance(w_source, W_Str)
                         else "errors without a string argument")
    w_method = w_source.ob_type.lookup("__bytes__")
    if w_method is not None:
        w_res = abstract.call_bound_descriptor(w_method, w_source, [])
        if not isinstance(w_res, W_Bytes):
            kind = w_res.ob_type.name
            decref(w_res)
            raise type_error("__bytes__ returned non-bytes (type %s)" % kind)
        return w_res
    if isinstance(w_source, W_Str):
        raise type_error("string argument without an encoding")
    if w_source.ob_type.nb_index is not None:
        try:
            size = stringlib.index_value(w_source)
        except OperationError as error:
            if not error.match(EXCEPTION_TYPES["TypeError"]):
                raise
            decref(error.w_value)
        else:
            if size > stringlib.SSIZE_MAX:
                raise overflow_error("cannot fit 'int' into an index-sized integer")
            if size < 0:
                raise value_error("negative count")
            try:
                return bytes(size)
            except MemoryError:
                raise stringlib.no_memory()
    return bytes_from_object(w_source)


def bytes_from_object(w_obj):
    """PyBytes_FromObject: a buffer, a list or tuple of ints, or an iterable."""
    from glass.objects.str import W_Str
    if w_obj.ob_type is W_Bytes.w_type:
        w_obj.ob_refcnt += 1
        return w_obj
    data = stringlib.getbuffer(w_obj)
    if data is not None:
        return bytes(data)
    from glass.objects.list import W_List
    if w_obj.ob_type is W_List.w_type:
        return _bytes_from_list(w_obj)
    if not isinstance(w_obj, W_Str):
        try:
            items_w = stringlib.sequence_fast(w_obj, "")
        except OperationError as error:
            if not error.match(EXCEPTION_TYPES["TypeError"]) or \
                    w_obj.ob_type.tp_iter is not None or w_obj.ob_type.sq_item is not None:
                raise
            decref(error.w_value)
        else:
            return bytes(byte_values(items_w, "bytes must be in range(0, 256)"))
    raise type_error("cannot convert '%s' object to bytes" % w_obj.ob_type.name)


def _bytes_from_list(w_list):
    """Counterpart: _PyBytes_FromList: the list is read as it is at each
    step, since an item's __index__ may shrink or grow it."""
    out = bytearray()
    index = 0
    while index < len(w_list.items):
        w_item = w_list.items[index]
        w_item.ob_refcnt += 1
        try:
            value = stringlib.index_value(w_item)
        finally:
            decref(w_item)
        if not 0 <= value <= 255:
            raise value_error("bytes must be in range(0, 256)")
        out.append(value)
        index += 1
    return bytes(out)


def byte_values(items_w, message):
    """The ints of a list of guest items (owned references, released here)."""
    out = bytearray()
    try:
        for w_item in items_w:
            value = stringlib.index_value(w_item)
            if not 0 <= value <= 255:
                raise value_error(message)
            out.append(value)
    finally:
        for w_item in items_w:
            decref(w_item)
    return out


def concat_buffers(w_a, w_b):
    """bytes + buffer and bytearray + buffer: host bytes, or CPython's TypeError."""
    a = stringlib.simple_buffer_or_none(w_a)
    b = stringlib.simple_buffer_or_none(w_b)
    if a is None or b is None:
        raise type_error("can't concat %s to %s" % (w_b.ob_type.name, w_a.ob_type.name))
    return bytes(a) + bytes(b)


def bytes_contains(data, w_item):
    """_Py_bytes_contains: an int byte, else any buffer."""
    if w_item.ob_type.nb_index is not None:
        try:
            value = stringlib.index_value(w_item)
        except OperationError as error:
            decref(error.w_value)
        else:
            if not 0 <= value <= 255:
                raise value_error("byte must be in range(0, 256)")
            return value in data
    sub = stringlib.bytes_arg(w_item)
    return bytes(sub) in data


# --- The bytes iterator ------------------------------------------------------------------------

class ByteIterMethods:
    """What the bytes and bytearray iterators share (striter_*, bytearrayiter_*):
    an index into the live sequence, yielding ints."""
    __slots__ = ()

    @slot("tp_iter")
    def iter(self):
        self.ob_refcnt += 1
        return self

    @slot("tp_iternext")
    def iternext(self):
        w_seq = self.w_seq
        if w_seq is None:
            return None
        data = w_seq.value
        if self.index < len(data):
            byte = data[self.index]
            self.index += 1
            return new_int(byte)
        self.w_seq = None
        decref(w_seq)
        return None

    @slot("tp_dealloc")
    def dealloc(self):
        w_seq, self.w_seq = self.w_seq, None
        if w_seq is not None:
            decref(w_seq)

    @method("($self, /)")
    def __length_hint__(self):
        """Private method returning an estimate of len(list(it))."""
        if self.w_seq is None:
            return new_int(0)
        return new_int(max(0, len(self.w_seq.value) - self.index))

    @method("($self, /)")
    def __reduce__(self):
        """Return state information for pickling."""
        from glass.objects.str import iterator_reduce
        from glass.objects.tuple import empty_tuple
        return iterator_reduce(self.w_seq, self.index, empty_tuple())

    @method("($self, state, /)")
    def __setstate__(self, w_state):
        """Set state information for unpickling."""
        from glass.objects.str import iterator_setstate
        if self.w_seq is not None:
            self.index = iterator_setstate(w_state, len(self.w_seq.value))


@builtin_type("bytes_iterator", doc=NO_DOC)
@stringlib.share_methods(ByteIterMethods)
class W_BytesIter(W_Object):
    """Iterates over bytes, one int at a time."""
    __slots__ = ("w_seq", "index")

    def __init__(self, w_seq):
        W_Object.__init__(self, W_BytesIter.w_type)
        w_seq.ob_refcnt += 1
        self.w_seq = w_seq
        self.index = 0


# bytearray shares this file's helpers and registers its types when bytes does.
from glass.objects import bytearray as _bytearray  # noqa: E402,F401

# Imported last: these modules are loaded after this one.
from glass.objects.bool import new_bool  # noqa: E402
from glass.objects.hashing import hash_bytes  # noqa: E402
from glass.objects.int import new_int  # noqa: E402
from glass.objects.none import w_NotImplemented  # noqa: E402
from glass.objects.slice import W_Slice  # noqa: E402
