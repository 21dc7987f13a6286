"""Guest range objects and their iterators.

Counterpart: Objects/rangeobject.c (rangeobject, rangeiterobject,
longrangeiterobject).

A range keeps start, stop, step and its length as host ints of any size, as
CPython keeps them as PyLongs.  Iterating takes the C-long fast iterator
("range_iterator") when every value fits in a C long, else the PyLong one
("longrange_iterator"), so type(iter(r)) names the same type as CPython's.
"""
from __future__ import annotations

from glass.objects.object import W_Object, decref
from glass.objects.signature import no_text_signature
from glass.objects.type import EQ, NE, NO_DOC, SEQUENCE, builtin_type, getter, method, slot

LONG_MAX = (1 << 63) - 1
LONG_MIN = -(1 << 63)
PY_SSIZE_T_MAX = LONG_MAX


def range_length(start, stop, step):
    """Counterpart: compute_range_length."""
    if step > 0:
        return (stop - start - 1) // step + 1 if start < stop else 0
    return (start - stop - 1) // (-step) + 1 if stop < start else 0


def _new_int(value):
    return new_int(value)


def _index_value(w_value):
    from glass.objects import abstract
    w_int = abstract.index(w_value)
    value = w_int.value
    decref(w_int)
    return value


def _is_exact_int(w_value):
    """PyLong_CheckExact(ob) || PyBool_Check(ob): where range's fast paths apply."""
    from glass.objects.bool import W_Bool
    from glass.objects.int import W_Int
    kind = type(w_value)
    return (kind is W_Int and w_value.ob_type is W_Int.w_type) or kind is W_Bool


@builtin_type("range", flags=SEQUENCE)
class W_Range(W_Object):
    """range(stop) -> range object
range(start, stop[, step]) -> range object

Return an object that produces a sequence of integers from start (inclusive)
to stop (exclusive) by step.  range(i, j) produces i, i+1, i+2, ..., j-1.
start defaults to 0, and stop is omitted!  range(4) produces 0, 1, 2, 3.
These are exactly the valid indices for a list of 4 elements.
When step is given, it specifies the increment (or decrement)."""
    __slots__ = ("start", "stop", "step", "length")

    def __init__(self, start, stop, step):
        W_Object.__init__(self, W_Range.w_type)
        self.start, self.stop, self.step = start, stop, step
        self.length = range_length(start, stop, step)

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        """Counterpart: range_new / range_from_array."""
        if kwnames:
            raise type_error("range() takes no keyword arguments")
        count = len(args_w)
        if count == 0:
            raise type_error("range expected at least 1 argument, got 0")
        if count > 3:
            raise type_error("range expected at most 3 arguments, got %d" % count)
        if count == 1:
            return W_Range(0, _index_value(args_w[0]), 1)
        start = _index_value(args_w[0])
        stop = _index_value(args_w[1])
        step = _index_value(args_w[2]) if count == 3 else 1
        if step == 0:
            raise value_error("range() arg 3 must not be zero")
        return W_Range(start, stop, step)

    # --- the sequence protocol -------------------------------------------------------

    @slot("sq_length")
    def sq_length(self):
        """Counterpart: range_length: the length as a Py_ssize_t."""
        if self.length > PY_SSIZE_T_MAX:
            from glass.objects.exceptions import overflow_error
            raise overflow_error("Python int too large to convert to C ssize_t")
        return self.length

    @slot("mp_length")
    def mp_length(self):
        return self.sq_length()

    @slot("nb_bool")
    def bool(self):
        return self.length != 0

    def compute_item(self, index):
        """compute_range_item: the index-th value (negative from the end)."""
        if index < 0:
            index += self.length
        if index < 0 or index >= self.length:
            from glass.objects.exceptions import index_error
            raise index_error("range object index out of range")
        return self.start + index * self.step

    @slot("sq_item")
    def item(self, index):
        return _new_int(self.compute_item(index))

    @slot("mp_subscript")
    def subscript(self, w_key):
        """Counterpart: range_subscript: an index, or a slice making a new range."""
        from glass.objects.slice import W_Slice
        if w_key.ob_type.nb_index is not None:
            return _new_int(self.compute_item(_index_value(w_key)))
        if isinstance(w_key, W_Slice):
            from glass.objects.int import new_int
            w_length = new_int(self.length)
            try:
                start, stop, step = w_key.long_indices(w_length)
            finally:
                decref(w_length)
            # compute_slice: the slice's bounds mapped through this range.
            return W_Range(self.start + start * self.step,
                           self.start + stop * self.step,
                           step * self.step)
        from glass.objects.exceptions import type_error
        raise type_error("range indices must be integers or slices, not %s"
                         % w_key.ob_type.name)

    def contains_long(self, value):
        """Counterpart: range_contains_long."""
        if self.step > 0:
            if not self.start <= value < self.stop:
                return False
        elif not self.stop < value <= self.start:
            return False
        return (value - self.start) % self.step == 0

    @slot("sq_contains")
    def contains(self, w_value):
        """Counterpart: range_contains: arithmetic for ints, else a search."""
        if _is_exact_int(w_value):
            return self.contains_long(w_value.value)
        return _iter_search(self, w_value, "contains")

    # --- object protocol --------------------------------------------------------------------

    @slot("tp_richcompare")
    def richcompare(self, w_other, op):
        """Counterpart: range_richcompare: equal when they produce the same values."""
        from glass.objects.bool import new_bool
        from glass.objects.tuple import not_implemented
        if not isinstance(w_other, W_Range) or op not in (EQ, NE):
            return not_implemented()
        same = self._equals(w_other)
        return new_bool(same if op == EQ else not same)

    def _equals(self, w_other):
        """Counterpart: range_equals."""
        if self is w_other:
            return True
        if self.length != w_other.length:
            return False
        if self.length == 0:
            return True
        if self.start != w_other.start:
            return False
        if self.length == 1:
            return True
        return self.step == w_other.step

    @slot("tp_hash")
    def hash(self):
        """Counterpart: range_hash: the hash of (len, start, step), with None
        where a value does not matter (no start for an empty range, no step
        for a range of one)."""
        from glass.objects.none import w_None
        from glass.objects.tuple import new_tuple_owned
        from glass.objects import abstract
        items = [_new_int(self.length)]
        if self.length == 0:
            w_None.ob_refcnt += 2
            items += [w_None, w_None]
        else:
            items.append(_new_int(self.start))
            if self.length == 1:
                w_None.ob_refcnt += 1
                items.append(w_None)
            else:
                items.append(_new_int(self.step))
        w_tuple = new_tuple_owned(items)
        try:
            return abstract.hash(w_tuple)
        finally:
            decref(w_tuple)

    @slot("tp_repr")
    def repr(self):
        from glass.objects.str import new_str
        if self.step == 1:
            return new_str("range(%d, %d)" % (self.start, self.stop))
        return new_str("range(%d, %d, %d)" % (self.start, self.stop, self.step))

    @slot("tp_iter")
    def iter(self):
        """Counterpart: range_iter."""
        return make_range_iter(self.start, self.stop, self.step, self.length)

    @getter("start", member=True)
    def get_start(self):
        return _new_int(self.start)

    @getter("stop", member=True)
    def get_stop(self):
        return _new_int(self.stop)

    @getter("step", member=True)
    def get_step(self):
        return _new_int(self.step)

    # --- methods -------------------------------------------------------------------------

    @no_text_signature
    @method("($self, /)")
    def __reversed__(self):
        """Return a reverse iterator."""
        start, step, length = self.start, self.step, self.length
        # reversed(range(start, stop, step)) is
        # range(start + (n-1)*step, start - step, -step).
        new_stop = start - step
        new_start = new_stop + length * step
        if (_fits_long(start) and _fits_long(self.stop) and _fits_long(step) and
                step != LONG_MIN and _fits_long(new_stop) and length <= LONG_MAX):
            return W_RangeIter(new_start, -step, length)
        return W_LongRangeIter(new_start, -step, length)

    @no_text_signature
    @method("($self, /)", doc="")
    def __reduce__(self):
        from glass.objects.tuple import new_tuple_owned
        W_Range.w_type.ob_refcnt += 1
        return new_tuple_owned([W_Range.w_type, new_tuple_owned(
            [_new_int(self.start), _new_int(self.stop), _new_int(self.step)])])

    @no_text_signature
    @method("($self, value, /)")
    def count(self, w_value):
        """rangeobject.count(value) -> integer -- return number of occurrences of value"""
        if _is_exact_int(w_value):
            return _new_int(1 if self.contains_long(w_value.value) else 0)
        return _new_int(_iter_search(self, w_value, "count"))

    @no_text_signature
    @method("($self, value, /)")
    def index(self, w_value):
        """rangeobject.index(value) -> integer -- return index of value.
Raise ValueError if the value is not present."""
        from glass.objects import abstract
        if not _is_exact_int(w_value):
            return _new_int(_iter_search(self, w_value, "index"))
        value = w_value.value
        if self.contains_long(value):
            return _new_int((value - self.start) // self.step)
        from glass.objects.exceptions import value_error
        raise value_error("%s is not in range" % abstract.repr_text(w_value))


W_Range.w_type.basicsize = 48


def _fits_long(value):
    return LONG_MIN <= value <= LONG_MAX


def _iter_search(w_seq, w_value, operation):
    """Counterpart: _PySequence_IterSearch: count, find the index of, or test
    for w_value by iterating (`item == value` for each item)."""
    from glass.objects import abstract
    from glass.objects.exceptions import value_error
    from glass.objects.tuple import eq_bool
    found = 0
    position = 0
    for w_item in abstract.iterate(w_seq, "argument of type '%s' is not iterable"):
        try:
            equal = eq_bool(w_item, w_value)
        finally:
            decref(w_item)
        if equal:
            if operation == "contains":
                return True
            if operation == "index":
                return position
            found += 1
        position += 1
    if operation == "index":
        raise value_error("sequence.index(x): x not in sequence")
    if operation == "contains":
        return False
    return found


def make_range_iter(start, stop, step, length):
    """range_iter's choice: the C-long iterator when everything fits."""
    if _fits_long(start) and _fits_long(stop) and _fits_long(step) and length <= LONG_MAX:
        # ... and start + len*step cannot overflow a C long.
        if not length or (stop <= LONG_MAX - (step - 1) if step > 0
                          else stop >= LONG_MIN + (-1 - step)):
            return W_RangeIter(start, step, length)
    return W_LongRangeIter(start, step, length)


# --- The iterators ---------------------------------------------------------------------------

@builtin_type("range_iterator", doc=NO_DOC)
class W_RangeIter(W_Object):
    """Counterpart: rangeiterobject: start + index*step while index < len."""
    __slots__ = ("index", "start", "step", "len")

    def __init__(self, start, step, length, w_type=None):
        W_Object.__init__(self, w_type or W_RangeIter.w_type)
        self.index = 0
        self.start, self.step, self.len = start, step, length

    @slot("tp_iter")
    def iter(self):
        self.ob_refcnt += 1
        return self

    @slot("tp_iternext")
    def iternext(self):
        index = self.index
        if index < self.len:
            self.index = index + 1
            return new_int(self.start + index * self.step)
        return None

    @no_text_signature
    @method("($self, /)")
    def __length_hint__(self):
        """Private method returning an estimate of len(list(it))."""
        return _new_int(self.len - self.index)

    @no_text_signature
    @method("($self, /)")
    def __reduce__(self):
        """Return state information for pickling."""
        from glass.objects.iterobject import get_builtin, reduce_value
        w_iter = get_builtin("iter")
        w_range = W_Range(self.start, self.start + self.len * self.step, self.step)
        try:
            return reduce_value(w_iter, [w_range], _new_int(self.index))
        finally:
            decref(w_range)

    @no_text_signature
    @method("($self, state, /)")
    def __setstate__(self, w_state):
        """Set state information for unpickling."""
        index = _state_index(w_state)
        self.index = min(max(index, 0), self.len)


def _state_index(w_state):
    from glass.objects.int import W_Int
    if not isinstance(w_state, W_Int):
        from glass.objects.exceptions import type_error
        raise type_error("an integer is required")
    return w_state.value


@builtin_type("longrange_iterator", doc=NO_DOC)
class W_LongRangeIter(W_RangeIter):
    """Counterpart: longrangeiterobject: the same, in PyLongs."""
    __slots__ = ()

    def __init__(self, start, step, length):
        W_RangeIter.__init__(self, start, step, length, W_LongRangeIter.w_type)

    # The same slots and methods, declared again for this type's registry.
    iter = W_RangeIter.iter
    iternext = W_RangeIter.iternext
    __length_hint__ = W_RangeIter.__length_hint__
    __reduce__ = W_RangeIter.__reduce__
    __setstate__ = W_RangeIter.__setstate__


W_RangeIter.w_type.basicsize = 48        # sizeof(rangeiterobject)
W_LongRangeIter.w_type.basicsize = 48    # sizeof(longrangeiterobject)
from glass.objects.int import new_int  # noqa: E402  (hot path: no import per call)
from glass.objects.exceptions import type_error, value_error  # noqa: E402  (hot path: no import per call)
