"""Guest slices, and the slice arithmetic every sequence uses.

Counterpart: Objects/sliceobject.c (PySliceObject, PySlice_Unpack,
PySlice_AdjustIndices, _PySlice_GetLongIndices, slice.indices) and
_PyEval_SliceIndex from Python/ceval.c.

Sequences slice in two steps, as CPython does: `unpack` turns the slice's
three objects into host ints (calling __index__, which may run guest code),
and only then `adjust_indices` clips them against the length the sequence
has *now*.
"""
from __future__ import annotations

from glass.objects.heapslots import hash_not_implemented
from glass.objects.object import W_Object, decref
from glass.objects.signature import no_text_signature
from glass.objects.type import EQ, GE, HAVE_GC, LE, builtin_type, getter, method, slot

PY_SSIZE_T_MAX = (1 << 63) - 1
PY_SSIZE_T_MIN = -(1 << 63)


@builtin_type("slice", flags=HAVE_GC)
class W_Slice(W_Object):
    """slice(stop)
slice(start, stop[, step])

Create a slice object.  This is used for extended slicing (e.g. a[0:10:2])."""
    __slots__ = ("w_start", "w_stop", "w_step")

    def __init__(self, w_start, w_stop, w_step):
        W_Object.__init__(self, W_Slice.w_type)
        w_start.ob_refcnt += 1
        w_stop.ob_refcnt += 1
        w_step.ob_refcnt += 1
        self.w_start, self.w_stop, self.w_step = w_start, w_stop, w_step

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        """Counterpart: slice_new."""
        from glass.objects.exceptions import type_error
        from glass.objects.none import w_None
        if kwnames:
            raise type_error("slice() takes no keyword arguments")
        count = len(args_w)
        if count == 0:
            raise type_error("slice expected at least 1 argument, got 0")
        if count > 3:
            raise type_error("slice expected at most 3 arguments, got %d" % count)
        if count == 1:
            return W_Slice(w_None, args_w[0], w_None)
        return W_Slice(args_w[0], args_w[1], args_w[2] if count == 3 else w_None)

    @slot("tp_repr")
    def repr(self):
        from glass.objects import abstract
        from glass.objects.str import new_str
        return new_str("slice(%s, %s, %s)" % (
            abstract.repr_text(self.w_start), abstract.repr_text(self.w_stop),
            abstract.repr_text(self.w_step)))

    # 3.11 slices are unhashable (slice_hash came in 3.12): __hash__ = None.
    hash = slot("tp_hash")(hash_not_implemented)

    @slot("tp_richcompare")
    def richcompare(self, w_other, op):
        """Counterpart: slice_richcompare: as the tuples (start, stop, step)."""
        from glass.objects import abstract
        from glass.objects.bool import new_bool
        from glass.objects.none import w_NotImplemented
        from glass.objects.tuple import new_tuple
        if not isinstance(w_other, W_Slice):
            w_NotImplemented.ob_refcnt += 1
            return w_NotImplemented
        if self is w_other:
            return new_bool(op in (EQ, LE, GE))
        w_t1 = new_tuple([self.w_start, self.w_stop, self.w_step])
        w_t2 = new_tuple([w_other.w_start, w_other.w_stop, w_other.w_step])
        try:
            return abstract.rich_compare(w_t1, w_t2, op)
        finally:
            decref(w_t1)
            decref(w_t2)

    @slot("tp_dealloc")
    def dealloc(self):
        decref(self.w_start)
        decref(self.w_stop)
        decref(self.w_step)

    @slot("tp_traverse")
    def traverse(self, visit):
        visit(self.w_start)
        visit(self.w_stop)
        visit(self.w_step)

    @getter("start", member=True)
    def get_start(self):
        self.w_start.ob_refcnt += 1
        return self.w_start

    @getter("stop", member=True)
    def get_stop(self):
        self.w_stop.ob_refcnt += 1
        return self.w_stop

    @getter("step", member=True)
    def get_step(self):
        self.w_step.ob_refcnt += 1
        return self.w_step

    @no_text_signature
    @method("($self, length, /)", name="indices")
    def indices_method(self, w_length):
        """S.indices(len) -> (start, stop, stride)

Assuming a sequence of length len, calculate the start and stop
indices, and the stride length of the extended slice described by
S. Out of bounds indices are clipped in a manner consistent with the
handling of normal slices."""
        from glass.objects.int import new_int
        from glass.objects.tuple import new_tuple_owned
        start, stop, step = self.long_indices(w_length)
        return new_tuple_owned([new_int(start), new_int(stop), new_int(step)])

    @no_text_signature
    @method("($self, /)")
    def __reduce__(self):
        """Return state information for pickling."""
        from glass.objects.tuple import new_tuple, new_tuple_owned
        W_Slice.w_type.ob_refcnt += 1
        return new_tuple_owned([W_Slice.w_type, new_tuple(
            [self.w_start, self.w_stop, self.w_step])])

    # --- the C API ------------------------------------------------------------------

    def unpack(self):
        """Counterpart: PySlice_Unpack: (start, stop, step) as host ints, clamped
        to the ssize_t range, with None read as the open end for the step's sign."""
        if self.w_step is w_None:
            step = 1
        else:
            step = slice_index(self.w_step)
            if step == 0:
                from glass.objects.exceptions import value_error
                raise value_error("slice step cannot be zero")
            if step < -PY_SSIZE_T_MAX:
                step = -PY_SSIZE_T_MAX
        if self.w_start is w_None:
            start = PY_SSIZE_T_MAX if step < 0 else 0
        else:
            start = slice_index(self.w_start)
        if self.w_stop is w_None:
            stop = PY_SSIZE_T_MIN if step < 0 else PY_SSIZE_T_MAX
        else:
            stop = slice_index(self.w_stop)
        return start, stop, step

    def indices(self, length):
        """PySlice_GetIndicesEx: (start, stop, step, slicelength) as host ints."""
        start, stop, step = self.unpack()
        start, stop, slicelength = adjust_indices(length, start, stop, step)
        return start, stop, step, slicelength

    def long_indices(self, w_length):
        """Counterpart: _PySlice_GetLongIndices: slice.indices() in arbitrary
        precision: (start, stop, step) as host ints."""
        from glass.objects import abstract
        from glass.objects.none import w_None
        w_len = abstract.index(w_length)
        length = w_len.value
        decref(w_len)
        if length < 0:
            from glass.objects.exceptions import value_error
            raise value_error("length should not be negative")
        if self.w_step is w_None:
            step = 1
        else:
            step = _evaluate_slice_index(self.w_step)
            if step == 0:
                from glass.objects.exceptions import value_error
                raise value_error("slice step cannot be zero")
        if step < 0:
            lower, upper = -1, length - 1
        else:
            lower, upper = 0, length
        start = _clip_long(self.w_start, length, lower, upper, upper if step < 0 else lower)
        stop = _clip_long(self.w_stop, length, lower, upper, lower if step < 0 else upper)
        return start, stop, step


W_Slice.w_type.basicsize = 40


def _evaluate_slice_index(w_value):
    """Counterpart: evaluate_slice_index: PyNumber_Index, with slice's own TypeError."""
    from glass.objects import abstract
    if w_value.ob_type.nb_index is None:
        from glass.objects.exceptions import type_error
        raise type_error("slice indices must be integers or None or have an "
                         "__index__ method")
    w_int = abstract.index(w_value)
    value = w_int.value
    decref(w_int)
    return value


def _clip_long(w_value, length, lower, upper, default):
    from glass.objects.none import w_None
    if w_value is w_None:
        return default
    value = _evaluate_slice_index(w_value)
    if value < 0:
        value += length
        if value < lower:
            value = lower
    elif value > upper:
        value = upper
    return value


def slice_index(w_value):
    """Counterpart: _PyEval_SliceIndex: an index clamped to the ssize_t range."""
    if type(w_value) is W_Int:
        value = w_value.value
    else:
        value = _evaluate_slice_index(w_value)
    if value > PY_SSIZE_T_MAX:
        return PY_SSIZE_T_MAX
    if value < PY_SSIZE_T_MIN:
        return PY_SSIZE_T_MIN
    return value


def adjust_indices(length, start, stop, step):
    """Counterpart: PySlice_AdjustIndices: clip to the length; the slice length.

    Returns (start, stop, slicelength).
    """
    if start < 0:
        start += length
        if start < 0:
            start = -1 if step < 0 else 0
    elif start >= length:
        start = length - 1 if step < 0 else length
    if stop < 0:
        stop += length
        if stop < 0:
            stop = -1 if step < 0 else 0
    elif stop >= length:
        stop = length - 1 if step < 0 else length
    if step < 0:
        if stop < start:
            return start, stop, (start - stop - 1) // (-step) + 1
    elif start < stop:
        return start, stop, (stop - start - 1) // step + 1
    return start, stop, 0


def exact_index_item(items, w_index, type_name):
    """items[i] for an exact int i, as a new reference; a negative index
    counts from the end.  The fast path of list_subscript/tuplesubscript,
    shared by list and tuple: "<type_name> index out of range" otherwise."""
    index = w_index.value
    if index < 0:
        index += len(items)
    if 0 <= index < len(items):
        w_item = items[index]
        w_item.ob_refcnt += 1
        return w_item
    if not PY_SSIZE_T_MIN <= w_index.value <= PY_SSIZE_T_MAX:
        from glass.objects import abstract
        abstract.index_as_ssize(w_index)             # raises the IndexError
    from glass.objects.exceptions import index_error
    raise index_error("%s index out of range" % type_name)


def slice_selection(items, w_slice):
    """(start, step, count, the selected items, borrowed) of items[w_slice]:
    the copy loop list_subscript and tuplesubscript share."""
    start, stop, step = w_slice.unpack()
    start, stop, count = adjust_indices(len(items), start, stop, step)
    if count <= 0:
        return start, step, 0, []
    if step == 1:
        return start, step, count, items[start:stop]
    return start, step, count, [items[start + i * step] for i in range(count)]


def new_slice(w_start, w_stop, w_step=None):
    """PySlice_New: the arguments are borrowed; None (C NULL) means guest None."""
    return W_Slice(w_start if w_start is not None else w_None,
                   w_stop if w_stop is not None else w_None,
                   w_step if w_step is not None else w_None)
from glass.objects.int import W_Int  # noqa: E402  (hot path: no import per call)
from glass.objects.none import w_None  # noqa: E402  (hot path: no import per call)
