"""memoryview: a view of another object's buffer.

Counterpart: Objects/memoryobject.c.

A first version.  The view keeps its exporter alive and holds a host
memoryview of the exporter's buffer (stringlib.getbuffer), which already
knows CPython's buffer semantics: formats, item sizes, casts, slicing,
writing through to a bytearray, and refusing to let a bytearray resize
while it is exported.  Glass adds the guest's face: argument checks,
messages, reprs, release().
"""
from __future__ import annotations

from glass.objects import stringlib
from glass.objects.exceptions import argument_type_name, operation_error, type_error
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
    __slots__ = ("w_obj", "view", "weakrefs")

    def __init__(self, w_obj, view):
        W_Object.__init__(self, W_MemoryView.w_type)
        w_obj.ob_refcnt += 1
        self.w_obj = w_obj
        self.view = view
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
        from glass.objects import abstract
        from glass.objects.slice import W_Slice
        view = self._live()
        # An __index__ of the key may release the view: it is checked again
        # after each conversion, as CPython's CHECK_RELEASED is.
        if isinstance(w_key, W_Slice):
            start, stop, step = _slice_indices(w_key, len(view))
            view = self._live()
            return W_MemoryView(self.w_obj, view[start:stop:step])
        if w_key.ob_type.nb_index is None:
            raise type_error("memoryview: invalid slice key")
        index = abstract.int_value(abstract_index(w_key))
        view = self._live()
        if view.ndim == 0:
            raise type_error("invalid indexing of 0-dim memory")
        if index < 0:
            index += len(view)
        if not 0 <= index < len(view):
            raise operation_error("IndexError", "index out of bounds on dimension 1")
        return _guest_item(view[index])

    @slot("mp_ass_subscript")
    def ass_subscript(self, w_key, w_value):
        from glass.objects import abstract
        from glass.objects.slice import W_Slice
        view = self._live()
        if view.readonly:
            raise type_error("cannot modify read-only memory")
        if w_value is None:
            raise type_error("cannot delete memory")
        if isinstance(w_key, W_Slice):
            start, stop, step = _slice_indices(w_key, len(view))
            data = stringlib.getbuffer(w_value)     # PyBUF_FULL_RO: strides allowed
            if data is None:
                raise type_error("a bytes-like object is required, not '%s'"
                                 % w_value.ob_type.name)
            view = self._live()
            try:
                view[start:stop:step] = data
            except ValueError as error:
                raise operation_error("ValueError", str(error))
            return
        index = abstract.int_value(abstract_index(w_key))
        view = self._live()
        if index < 0:
            index += len(view)
        if not 0 <= index < len(view):
            raise operation_error("IndexError", "index out of bounds on dimension 1")
        try:
            view[index] = _host_item(w_value, view.format)
        except (TypeError, ValueError) as error:
            raise operation_error(type(error).__name__, str(error))

    @slot("tp_richcompare")
    def richcompare(self, w_other, op):
        from glass.objects.bool import new_bool
        from glass.objects.tuple import not_implemented
        if op not in (EQ, NE):
            return not_implemented()
        if w_other is self:
            equal = True
        else:
            other = stringlib.getbuffer(w_other)
            if other is None:
                return not_implemented()
            if self.view is None:
                equal = False
            else:
                equal = self.view == memoryview(other) if not isinstance(
                    other, memoryview) else self.view == other
        return new_bool(equal if op == EQ else not equal)

    @slot("tp_hash")
    def hash(self):
        from glass.objects.hashing import hash_bytes
        view = self._live()
        if not view.readonly:
            raise operation_error("ValueError", "cannot hash writable memoryview object")
        return hash_bytes(view.tobytes())

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


def abstract_index(w_key):
    from glass.objects import abstract
    w_index = abstract.index(w_key)
    w_index.ob_refcnt -= 1            # ints given back are kept alive by the caller
    return w_index


def _slice_indices(w_slice, length):
    """A guest slice as host (start, stop, step) for slicing the host view."""
    from glass.objects.slice import adjust_indices
    start, stop, step = w_slice.unpack()
    start, stop, _count = adjust_indices(length, start, stop, step)
    return start, (None if stop < 0 else stop), step


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


def _host_item(w_value, fmt):
    from glass.objects.bool import W_Bool
    from glass.objects.float import W_Float
    from glass.objects.int import W_Int
    if isinstance(w_value, W_Bool):
        return bool(w_value.value)
    if isinstance(w_value, (W_Int, W_Float)):
        return w_value.value
    data = stringlib.getbuffer(w_value)
    if data is not None:
        return bytes(data)
    raise type_error("memoryview: invalid type for format '%s'" % fmt)


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
