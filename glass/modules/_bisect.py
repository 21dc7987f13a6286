"""The _bisect module: binary search and insertion in sorted sequences.

Counterpart: Modules/_bisectmodule.c.

The searches go through the sequence protocol (PySequence_GetItem) and
compare with PyObject_RichCompareBool(..., Py_LT), so a list, a guest
sequence class or anything with __getitem__ and __len__ is searched the same
way CPython searches it, calling the same methods in the same order.
"""
from __future__ import annotations

from glass.modules import builtin_module, function
from glass.objects import abstract
from glass.objects.exceptions import type_error, value_error
from glass.objects.object import decref
from glass.objects.type import LT

SSIZE_MAX = (1 << 63) - 1


def _ssize(w_value):
    """Clinic's Py_ssize_t converter."""
    from glass.objects.exceptions import overflow_error
    value = abstract.index(w_value)
    number = value.value
    decref(value)
    if not -SSIZE_MAX - 1 <= number <= SSIZE_MAX:
        raise overflow_error("Python int too large to convert to C ssize_t")
    return number


def _hi_arg(w_hi):
    """hi: a Py_ssize_t or None; None (and -1, as in C) mean len(a)."""
    from glass.objects.none import w_None
    if w_hi is None or w_hi is w_None:
        return -1
    if w_hi.ob_type.nb_index is None:
        raise type_error("argument should be integer or None, not '%s'"
                         % w_hi.ob_type.name)
    return _ssize(w_hi)


def _sequence_size(w_seq):
    """PySequence_Size: sq_length only; a mapping "is not a sequence"."""
    w_type = w_seq.ob_type
    if w_type.sq_length is not None:
        return w_type.sq_length(w_seq)
    if w_type.mp_length is not None:
        raise type_error("%s is not a sequence" % w_type.name)
    raise type_error("object of type '%s' has no len()" % w_type.name)


def _sequence_item(w_seq, index):
    """PySequence_GetItem with a non-negative index."""
    w_type = w_seq.ob_type
    if w_type.sq_item is not None:
        return w_type.sq_item(w_seq, index)
    if w_type.mp_subscript is not None:
        raise type_error("%s is not a sequence" % w_type.name)
    raise type_error("'%s' object does not support indexing" % w_type.name)


def _bisect(w_seq, w_item, w_lo, w_hi, w_key, right):
    """internal_bisect_right / internal_bisect_left: a host int."""
    from glass.objects.none import w_None
    lo = 0 if w_lo is None else _ssize(w_lo)
    hi = _hi_arg(w_hi)
    if lo < 0:
        raise value_error("lo must be non-negative")
    if hi == -1:
        hi = _sequence_size(w_seq)
    use_key = w_key is not None and w_key is not w_None
    while lo < hi:
        middle = (lo + hi) // 2
        w_middle = _sequence_item(w_seq, middle)
        if use_key:
            try:
                w_keyed = abstract.call(w_key, [w_middle])
            finally:
                decref(w_middle)
            w_middle = w_keyed
        try:
            if right:
                item_first = abstract.rich_compare_bool(w_item, w_middle, LT)
            else:
                middle_first = abstract.rich_compare_bool(w_middle, w_item, LT)
        finally:
            decref(w_middle)
        if right:
            if item_first:
                hi = middle
            else:
                lo = middle + 1
        elif middle_first:
            lo = middle + 1
        else:
            hi = middle
    return lo


def _insort(w_seq, w_item, w_lo, w_hi, w_key, right):
    """insort_right / insort_left: search (on key(x) when a key is given),
    then list.insert, or the sequence's own insert method."""
    from glass.objects.int import new_int
    from glass.objects.list import W_List
    from glass.objects.none import w_None
    if w_key is not None and w_key is not w_None:
        w_keyed = abstract.call(w_key, [w_item])
        try:
            index = _bisect(w_seq, w_keyed, w_lo, w_hi, w_key, right)
        finally:
            decref(w_keyed)
    else:
        index = _bisect(w_seq, w_item, w_lo, w_hi, None, right)
    w_index = new_int(index)
    try:
        if w_seq.ob_type is W_List.w_type:
            W_List.insert(w_seq, w_index, w_item)
            return
        w_insert = abstract.getattr_str(w_seq, "insert")
        try:
            w_res = abstract.call(w_insert, [w_index, w_item])
        finally:
            decref(w_insert)
        decref(w_res)
    finally:
        decref(w_index)


@builtin_module("_bisect")
class BisectModule:
    """Bisection algorithms.

This module provides support for maintaining a list in sorted order without
having to sort the list after each insertion. For long lists of items with
expensive comparison operations, this can be an improvement over the more
common approach.
"""

    @function("($module, /, a, x, lo=0, hi=None, *, key=None)")
    def bisect_right(w_a, w_x, w_lo, w_hi, w_key):
        """Return the index where to insert item x in list a, assuming a is sorted.

The return value i is such that all e in a[:i] have e <= x, and all e in
a[i:] have e > x.  So if x already appears in the list, a.insert(i, x) will
insert just after the rightmost x already there.

Optional args lo (default 0) and hi (default len(a)) bound the
slice of a to be searched."""
        from glass.objects.int import new_int
        return new_int(_bisect(w_a, w_x, w_lo, w_hi, w_key, right=True))

    @function("($module, /, a, x, lo=0, hi=None, *, key=None)")
    def insort_right(w_a, w_x, w_lo, w_hi, w_key):
        """Insert item x in list a, and keep it sorted assuming a is sorted.

If x is already in a, insert it to the right of the rightmost x.

Optional args lo (default 0) and hi (default len(a)) bound the
slice of a to be searched."""
        _insort(w_a, w_x, w_lo, w_hi, w_key, right=True)

    @function("($module, /, a, x, lo=0, hi=None, *, key=None)")
    def bisect_left(w_a, w_x, w_lo, w_hi, w_key):
        """Return the index where to insert item x in list a, assuming a is sorted.

The return value i is such that all e in a[:i] have e < x, and all e in
a[i:] have e >= x.  So if x already appears in the list, a.insert(i, x) will
insert just before the leftmost x already there.

Optional args lo (default 0) and hi (default len(a)) bound the
slice of a to be searched."""
        from glass.objects.int import new_int
        return new_int(_bisect(w_a, w_x, w_lo, w_hi, w_key, right=False))

    @function("($module, /, a, x, lo=0, hi=None, *, key=None)")
    def insort_left(w_a, w_x, w_lo, w_hi, w_key):
        """Insert item x in list a, and keep it sorted assuming a is sorted.

If x is already in a, insert it to the left of the leftmost x.

Optional args lo (default 0) and hi (default len(a)) bound the
slice of a to be searched."""
        _insort(w_a, w_x, w_lo, w_hi, w_key, right=False)
