"""memoryview: a view of another object's buffer.

Counterpart: Objects/memoryobject.c.

A first version.  The view keeps its exporter alive and holds a host
memoryview of the exporter's buffer (stringlib.getbuffer), which already
knows CPython's buffer semantics: formats, item sizes, casts, slicing,
writing through to a bytearray, and refusing to let a bytearray resize
while it is exported.  Views made from a view (slices, casts, memoryview(m))
share the host's managed buffer, as CPython's share an mbuf, so each is
released on its own.  Glass adds the guest's face: the keys memory_subscript
and memory_ass_sub accept, pack_single's conversion of guest values (which
may run guest code that releases the view, checked again before the store),
the exporter's format for comparisons and slice assignments (PyBUF_FULL_RO),
the hash kept after release, messages, reprs, release().
"""
from __future__ import annotations

from glass.objects import stringlib
from glass.objects.exceptions import (EXCEPTION_TYPES, OperationError, argument_type_name,
                                      operation_error, type_error)
from glass.objects.object import W_Object, decref
from glass.objects.signature import no_text_signature
from glass.objects.type import (EQ, HAVE_GC, NE, SEQUENCE, builtin_type, getter, method,
                                slot)


def _released_error():
    return operation_error("ValueError", "operation forbidden on released memoryview object")


@builtin_type("memoryview", flags=HAVE_GC | SEQUENCE)
class W_MemoryView(W_Object):
    """memoryview(object)
--

Create a new memoryview object which references the given object."""
    __slots__ = ("w_obj", "view", "hash_cache", "weakrefs")

    def __init__(self, w_obj, view):
        W_Object.__init__(self, W_MemoryView.w_type)
        w_obj.ob_refcnt += 1
        self.w_obj = w_obj
        self.view = view
        self.hash_cache = -1
        self.weakrefs = None
        add_export(w_obj, 1)

    def getbuffer(self):
        return self._live()

    def _live(self):
        if self.view is None:
            raise _released_error()
        return self.view

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        from glass.objects.signature import Signature
        (w_object,) = Signature.parse("(object)").bind("memoryview", args_w, kwnames)
        return new_memoryview(w_object)

    @slot("tp_repr")
    def repr(self):
        from glass.objects.str import new_str
        if self.view is None:
            return new_str("<released memory at %#x>" % id(self))
        return new_str("<memory at %#x>" % id(self))

    @slot("sq_length")
    def length(self):
        view = self._live()
        return 1 if view.ndim == 0 else len(view)    # memory_length: 1 for 0-dim

    @slot("mp_subscript")
    def subscript(self, w_key):
        """memory_subscript: an item, a sliced view, or an item of a
        multi-dimensional view picked by a tuple of indices."""
        from glass.objects.none import w_Ellipsis
        from glass.objects.slice import W_Slice
        from glass.objects.tuple import W_Tuple
        view = self._live()
        if view.ndim == 0:
            if isinstance(w_key, W_Tuple) and not w_key.items:
                _adjust_fmt(view)
                return _guest_item(_host_call(view.__getitem__, ()))
            if w_key is w_Ellipsis:
                self.ob_refcnt += 1
                return self
            raise type_error("invalid indexing of 0-dim memory")
        if w_key.ob_type.nb_index is not None:
            from glass.objects import abstract
            return self.item(abstract.index_as_ssize(w_key, "IndexError"))
        if isinstance(w_key, W_Slice):
            # The new view shares the buffer before the slice's __index__
            # can run: releasing this view from there leaves it alone.
            length = view.shape[0]
            sliced = view[:]
            start, stop, step = _slice_indices(w_key, length)
            result = sliced[start:stop:step]
            sliced.release()
            return W_MemoryView(self.w_obj, result)
        if _is_multiindex(w_key):
            return self.item_multi(w_key.items)
        if _is_multislice(w_key):
            raise operation_error("NotImplementedError",
                                  "multi-dimensional slicing is not implemented")
        raise type_error("memoryview: invalid slice key")

    def item(self, index):
        """memory_item: the item at a host index of a one-dimensional view."""
        view = self._live()
        _adjust_fmt(view)
        if view.ndim == 0:
            raise type_error("invalid indexing of 0-dim memory")
        if view.ndim != 1:
            raise operation_error("NotImplementedError",
                                  "multi-dimensional sub-views are not implemented")
        index = _checked_index(index, view.shape[0], 0)
        return _guest_item(_host_call(view.__getitem__, index))

    def item_multi(self, items_w):
        """memory_item_multi: the item a full tuple of indices names."""
        view = self._live()
        _adjust_fmt(view)
        if len(items_w) < view.ndim:
            raise operation_error("NotImplementedError", "sub-views are not implemented")
        indices = _tuple_indices(view, items_w)
        view = self._live()
        return _guest_item(_host_call(view.__getitem__, indices))

    @slot("mp_ass_subscript")
    def ass_subscript(self, w_key, w_value):
        """memory_ass_sub: store one item, or copy a buffer of the same
        structure into a slice of a one-dimensional view."""
        from glass.objects import abstract
        from glass.objects.none import w_Ellipsis
        from glass.objects.slice import W_Slice
        from glass.objects.tuple import W_Tuple
        view = self._live()
        fmt = _adjust_fmt(view)
        if view.readonly:
            raise type_error("cannot modify read-only memory")
        if w_value is None:
            raise type_error("cannot delete memory")
        if view.ndim == 0:
            if w_key is w_Ellipsis or (isinstance(w_key, W_Tuple) and not w_key.items):
                self.pack_single((), w_value, fmt)
                return
            raise type_error("invalid indexing of 0-dim memory")
        if w_key.ob_type.nb_index is not None:
            if view.ndim > 1:
                raise operation_error("NotImplementedError", "sub-views are not implemented")
            length = view.shape[0]
            index = _checked_index(abstract.index_as_ssize(w_key, "IndexError"), length, 0)
            self.pack_single(index, w_value, fmt)
            return
        if isinstance(w_key, W_Slice) and view.ndim == 1:
            source = formatted_buffer(w_value)
            if source is None:
                raise type_error("a bytes-like object is required, not '%s'"
                                 % w_value.ob_type.name)
            try:
                start, stop, step = _slice_indices(w_key, view.shape[0])
                view = self._live()
                # The host's slice assignment compares the two structures
                # (equiv_structure) and copies, overlapping or not.
                _host_call(view.__setitem__, slice(start, stop, step), source)
            finally:
                source.release()
            return
        if _is_multiindex(w_key):
            if len(w_key.items) < view.ndim:
                raise operation_error("NotImplementedError", "sub-views are not implemented")
            indices = _tuple_indices(view, w_key.items)
            self.pack_single(indices, w_value, fmt)
            return
        if isinstance(w_key, W_Slice) or _is_multislice(w_key):
            raise operation_error("NotImplementedError",
                                  "memoryview slice assignments are currently restricted "
                                  "to ndim = 1")
        raise type_error("memoryview: invalid slice key")

    def pack_single(self, index, w_value, fmt):
        """pack_single: convert a guest value as the format asks, then store
        it at a host index.  The conversion may run guest code that releases
        the view, which is checked again before the store."""
        from glass.objects import abstract
        from glass.objects.bytes import W_Bytes
        try:
            if fmt in _INTEGER_FORMATS:
                w_int = abstract.index(w_value)
                value = w_int.value
                decref(w_int)
            elif fmt in "fde":
                from glass.objects.float import float_as_double
                value = float_as_double(w_value)
            elif fmt == "?":
                value = abstract.is_true(w_value)
            elif fmt == "c":
                if not isinstance(w_value, W_Bytes):
                    raise type_error("memoryview: invalid type for format '%s'" % fmt)
                if len(w_value.value) != 1:
                    raise operation_error("ValueError",
                                          "memoryview: invalid value for format '%s'" % fmt)
                value = w_value.value
            else:
                raise operation_error("NotImplementedError",
                                      "memoryview: format %s not supported" % fmt)
        except OperationError as error:
            # fix_error_int: the format named in the message ('?' keeps the
            # error of __bool__; 'c' raised its own).
            if fmt in "?c":
                raise
            if error.match(EXCEPTION_TYPES["TypeError"]):
                raise type_error("memoryview: invalid type for format '%s'" % fmt)
            if (error.match(EXCEPTION_TYPES["OverflowError"])
                    or error.match(EXCEPTION_TYPES["ValueError"])):
                raise operation_error("ValueError",
                                      "memoryview: invalid value for format '%s'" % fmt)
            raise
        view = self._live()
        _host_call(view.__setitem__, index, value)

    @slot("tp_richcompare")
    def richcompare(self, w_other, op):
        """memory_richcompare: equal shapes and equal items, each item
        unpacked by its own format (a released view equals only itself)."""
        from glass.objects.bool import new_bool
        from glass.objects.tuple import not_implemented
        if op not in (EQ, NE):
            return not_implemented()
        if self.view is None:
            equal = w_other is self
        elif isinstance(w_other, W_MemoryView) and w_other.view is None:
            equal = w_other is self
        else:
            other = formatted_buffer(w_other)
            if other is None:
                return not_implemented()
            try:
                equal = _host_call(self.view.__eq__, other)
            finally:
                other.release()
        return new_bool(equal if op == EQ else not equal)

    @slot("tp_hash")
    def hash(self):
        """memory_hash: computed once and kept, so a released view still
        hashes if it was hashed before."""
        from glass.objects import abstract
        from glass.objects.hashing import hash_bytes
        if self.hash_cache == -1:
            view = self._live()
            if not view.readonly:
                raise operation_error("ValueError", "cannot hash writable memoryview object")
            fmt = view.format[1:] if view.format[:1] == "@" else view.format
            if fmt not in ("B", "b", "c"):
                raise operation_error("ValueError", "memoryview: hashing is restricted to "
                                      "formats 'B', 'b' or 'c'")
            abstract.hash(self.w_obj)           # an unhashable exporter says so
            self.hash_cache = hash_bytes(view.tobytes())
        return self.hash_cache

    @slot("tp_iter")
    def iter(self):
        from glass.objects import abstract
        w_list = self.tolist()
        try:
            return abstract.iter(w_list)
        finally:
            decref(w_list)

    @method("($self, /, order='C')")
    def tobytes(self, w_order):
        """Return the data in the buffer as a byte string.

Order can be {'C', 'F', 'A'}. When order is 'C' or 'F', the data of the
original array is converted to C or Fortran order. For contiguous views,
'A' returns an exact copy of the physical memory. In particular, in-memory
Fortran order is preserved. For non-contiguous views, the data is converted
to C first. order=None is the same as order='C'."""
        from glass.objects.bytes import new_bytes
        from glass.objects.none import w_None
        from glass.objects.str import W_Str
        order = "C"
        if w_order is not None and w_order is not w_None:
            if not isinstance(w_order, W_Str):
                raise type_error("tobytes() argument 'order' must be str or None, not %s"
                                 % argument_type_name(w_order))
            order = w_order.value
            if order not in ("C", "F", "A"):
                raise operation_error("ValueError", "order must be 'C', 'F' or 'A'")
        return new_bytes(self._live().tobytes(order))

    @method("($self, /)")
    def tolist(self):
        """Return the data in the buffer as a list of elements."""
        from glass.objects.list import W_List
        return _guest_item(self._live().tolist(), W_List)

    @method("($self, /, sep=<unrepresentable>, bytes_per_sep=1)")
    def hex(self, w_sep, w_bytes_per_sep):
        """Return the data in the buffer as a str of hexadecimal numbers.

  sep
    An optional single character or byte to separate hex bytes.
  bytes_per_sep
    How many bytes between separators.  Positive values count from the
    right, negative values count from the left.

Example:
>>> value = memoryview(b'\\xb9\\x01\\xef')
>>> value.hex()
'b901ef'
>>> value.hex(':')
'b9:01:ef'
>>> value.hex(':', 2)
'b9:01ef'
>>> value.hex(':', -2)
'b901:ef'"""
        from glass.objects.str import new_str
        return new_str(stringlib.hex_of(self._live().tobytes(), w_sep, w_bytes_per_sep))

    @method("($self, /)")
    def toreadonly(self):
        """Return a readonly version of the memoryview."""
        return W_MemoryView(self.w_obj, self._live().toreadonly())

    @method("($self, /, format, shape=<unrepresentable>)")
    def cast(self, w_format, w_shape):
        """Cast a memoryview to a new format or shape."""
        from glass.objects import abstract
        from glass.objects.str import W_Str
        from glass.objects.list import W_List
        from glass.objects.tuple import W_Tuple
        if not isinstance(w_format, W_Str):
            raise type_error("cast() argument 'format' must be str, not %s"
                             % argument_type_name(w_format))
        view = self._live()
        try:
            if w_shape is None:
                new_view = view.cast(w_format.value)
            elif not isinstance(w_shape, (W_List, W_Tuple)):
                raise type_error("shape must be a list or a tuple")
            else:
                shape = [abstract.int_value(w) for w in abstract.iterate(w_shape)]
                new_view = view.cast(w_format.value, shape)
        except (TypeError, ValueError) as error:
            raise operation_error(type(error).__name__, str(error))
        return W_MemoryView(self.w_obj, new_view)

    @method("($self, /)")
    def release(self):
        """Release the underlying buffer exposed by the memoryview object."""
        if self.view is not None:
            self.view.release()
            self.view = None
            add_export(self.w_obj, -1)

    @no_text_signature
    @method("($self, /)")
    def __enter__(self):
        self._live()
        self.ob_refcnt += 1
        return self

    @no_text_signature
    @method("($self, *args)")
    def __exit__(self, args_w):
        W_MemoryView.release(self)

    @getter("obj", doc="The underlying object of the memoryview.")
    def get_obj(self):
        self._live()
        self.w_obj.ob_refcnt += 1
        return self.w_obj

    @getter("nbytes",
            doc="The amount of space in bytes that the array would use in\n"
                " a contiguous representation.")
    def get_nbytes(self):
        return _int(self._live().nbytes)

    @getter("readonly", doc="A bool indicating whether the memory is read only.")
    def get_readonly(self):
        from glass.objects.bool import new_bool
        return new_bool(self._live().readonly)

    @getter("itemsize", doc="The size in bytes of each element of the memoryview.")
    def get_itemsize(self):
        return _int(self._live().itemsize)

    @getter("format",
            doc="A string containing the format (in struct module style)\n"
                " for each element in the view.")
    def get_format(self):
        from glass.objects.str import new_str
        return new_str(self._live().format)

    @getter("ndim",
            doc="An integer indicating how many dimensions of a multi-dimensional\n"
                " array the memory represents.")
    def get_ndim(self):
        return _int(self._live().ndim)

    @getter("shape",
            doc="A tuple of ndim integers giving the shape of the memory\n"
                " as an N-dimensional array.")
    def get_shape(self):
        return _int_tuple(self._live().shape)

    @getter("strides",
            doc="A tuple of ndim integers giving the size in bytes to access\n"
                " each element for each dimension of the array.")
    def get_strides(self):
        return _int_tuple(self._live().strides)

    @getter("suboffsets", doc="A tuple of integers used internally for PIL-style arrays.")
    def get_suboffsets(self):
        return _int_tuple(self._live().suboffsets)

    @getter("c_contiguous", doc="A bool indicating whether the memory is C contiguous.")
    def get_c_contiguous(self):
        from glass.objects.bool import new_bool
        return new_bool(self._live().c_contiguous)

    @getter("f_contiguous", doc="A bool indicating whether the memory is Fortran contiguous.")
    def get_f_contiguous(self):
        from glass.objects.bool import new_bool
        return new_bool(self._live().f_contiguous)

    @getter("contiguous", doc="A bool indicating whether the memory is contiguous.")
    def get_contiguous(self):
        from glass.objects.bool import new_bool
        return new_bool(self._live().contiguous)

    @slot("tp_traverse")
    def traverse(self, visit):
        visit(self.w_obj)

    @slot("tp_dealloc")
    def dealloc(self):
        if self.weakrefs:
            from glass.objects.weakrefobject import clear_weakrefs
            clear_weakrefs(self)
        if self.view is not None:
            self.view.release()
            self.view = None
            add_export(self.w_obj, -1)
        decref(self.w_obj)


def add_export(w_obj, delta):
    """bf_getbuffer / bf_releasebuffer of an exporter that counts its
    exports (ob_exports of a bytearray or an array: it may not resize
    while exported)."""
    if getattr(w_obj, "exports", None) is not None:
        w_obj.exports += delta


def _slice_indices(w_slice, length):
    """A guest slice as host (start, stop, step) for slicing the host view."""
    from glass.objects.slice import adjust_indices
    start, stop, step = w_slice.unpack()
    start, stop, _count = adjust_indices(length, start, stop, step)
    return start, (None if stop < 0 else stop), step


_INTEGER_FORMATS = "bhilBHILqQnNP"


def _host_call(function, *args):
    """Run an operation of a host memoryview; its errors (CPython's own
    messages) become the guest's."""
    try:
        return function(*args)
    except (TypeError, ValueError, IndexError, NotImplementedError, BufferError) as error:
        raise operation_error(type(error).__name__, str(error))


def _adjust_fmt(view):
    """adjust_fmt: the single format character of a view ('@' allowed)."""
    fmt = view.format[1:] if view.format[:1] == "@" else view.format
    if len(fmt) != 1:
        raise operation_error("NotImplementedError",
                              "memoryview: unsupported format %s" % view.format)
    return fmt


def _checked_index(index, length, dim):
    """lookup_dimension: a host index in range(length) of dimension `dim`."""
    if index < 0:
        index += length
    if not 0 <= index < length:
        from glass.objects.exceptions import index_error
        raise index_error("index out of bounds on dimension %d" % (dim + 1))
    return index


def _tuple_indices(view, items_w):
    """ptr_from_tuple: a guest tuple of indices as a host tuple, each
    converted and checked against its dimension in turn."""
    from glass.objects import abstract
    if len(items_w) > view.ndim:
        raise type_error("cannot index %d-dimension view with %d-element tuple"
                         % (view.ndim, len(items_w)))
    shape = view.shape
    return tuple(_checked_index(abstract.index_as_ssize(w_item, "IndexError"), shape[dim], dim)
                 for dim, w_item in enumerate(items_w))


def _is_multiindex(w_key):
    """is_multiindex: a tuple whose items all have __index__."""
    from glass.objects.tuple import W_Tuple
    return (isinstance(w_key, W_Tuple)
            and all(w_item.ob_type.nb_index is not None for w_item in w_key.items))


def _is_multislice(w_key):
    """is_multislice: a non-empty tuple of slices."""
    from glass.objects.slice import W_Slice
    from glass.objects.tuple import W_Tuple
    return (isinstance(w_key, W_Tuple) and len(w_key.items) > 0
            and all(isinstance(w_item, W_Slice) for w_item in w_key.items))


def formatted_buffer(w_obj):
    """PyObject_GetBuffer(obj, PyBUF_FULL_RO): a new host memoryview with the
    exporter's format, item size and shape, which the caller releases; or
    None if the object has no buffer."""
    formatted = getattr(w_obj, "formatted_buffer", None)
    if formatted is not None:
        return formatted()                  # a fresh view already
    data = stringlib.getbuffer(w_obj)
    if data is None:
        return None
    return memoryview(data)


def _int(value):
    from glass.objects.int import new_int
    return new_int(value)


def _int_tuple(values):
    from glass.objects.tuple import new_tuple_owned
    return new_tuple_owned([_int(v) for v in values])


def _guest_item(value, list_type=None):
    """A host item of a view (int, float, bool, bytes, or nested lists) as a guest object."""
    from glass.objects.bool import new_bool
    from glass.objects.bytes import new_bytes
    from glass.objects.float import new_float
    if isinstance(value, list):
        from glass.objects.list import W_List
        return W_List([_guest_item(v) for v in value])
    if isinstance(value, bool):
        return new_bool(value)
    if isinstance(value, int):
        return _int(value)
    if isinstance(value, float):
        return new_float(value)
    return new_bytes(bytes(value))


def new_memoryview(w_obj):
    """Counterpart: PyMemoryView_FromObject."""
    if isinstance(w_obj, W_MemoryView):
        return W_MemoryView(w_obj.w_obj, w_obj._live()[:] if w_obj._live().ndim else
                            w_obj._live())
    formatted = getattr(w_obj, "formatted_buffer", None)
    data = formatted() if formatted is not None else stringlib.getbuffer(w_obj)
    if data is None:
        raise type_error("memoryview: a bytes-like object is required, not '%s'"
                         % w_obj.ob_type.name)
    view = data if isinstance(data, memoryview) else memoryview(data)
    # A re-exporter (PickleBuffer) asks its own exporter again, which the
    # view then names as its .obj and counts an export of.
    reexporter = getattr(w_obj, "buffer_exporter", None)
    return W_MemoryView(reexporter() if reexporter is not None else w_obj, view)
