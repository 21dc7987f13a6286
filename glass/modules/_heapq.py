"""The _heapq module: the heap queue algorithm on guest lists.

Counterpart: Modules/_heapqmodule.c.

The heap is a guest list; its items are compared through the guest
(PyObject_RichCompareBool with <), so a comparison may run guest code that
changes the list.  As in C, the sift loops re-read the list after every
comparison and raise RuntimeError when its size changed.  The max-heap
variants (used by heapq.nlargest and merge(reverse=True)) are the same loops
with the comparison's operands swapped.
"""
from __future__ import annotations

from glass.modules import builtin_module, function
from glass.objects import abstract
from glass.objects.exceptions import argument_type_name, index_error, runtime_error, type_error
from glass.objects.object import decref
from glass.objects.type import LT


def _less(w_a, w_b):
    """a < b through the guest; both are held while the comparison runs."""
    w_a.ob_refcnt += 1
    w_b.ob_refcnt += 1
    try:
        return abstract.rich_compare_bool(w_a, w_b, LT)
    finally:
        decref(w_a)
        decref(w_b)


def _size_changed():
    return runtime_error("list changed size during iteration")


def _sift_down(w_heap, start, pos, is_max):
    """Counterpart: siftdown / siftdown_max: move the item at pos up toward
    start while it is smaller (larger) than its parent."""
    items = w_heap.items
    size = len(items)
    if pos >= size:
        raise index_error("index out of range")
    while pos > start:
        parent_pos = (pos - 1) >> 1
        w_new, w_parent = items[pos], items[parent_pos]
        if is_max:
            move_up = _less(w_parent, w_new)
        else:
            move_up = _less(w_new, w_parent)
        items = w_heap.items
        if size != len(items):
            raise _size_changed()
        if not move_up:
            break
        items[parent_pos], items[pos] = items[pos], items[parent_pos]
        pos = parent_pos


def _sift_up(w_heap, pos, is_max):
    """Counterpart: siftup / siftup_max: move the smaller (larger) child up
    until pos is a leaf, then sift the item back down into place."""
    items = w_heap.items
    end = len(items)
    start = pos
    if pos >= end:
        raise index_error("index out of range")
    limit = end >> 1                   # the first position without a child
    while pos < limit:
        child = 2 * pos + 1
        if child + 1 < end:
            w_left, w_right = items[child], items[child + 1]
            if is_max:
                left_first = _less(w_right, w_left)
            else:
                left_first = _less(w_left, w_right)
            if not left_first:
                child += 1
            items = w_heap.items
            if end != len(items):
                raise _size_changed()
        items[child], items[pos] = items[pos], items[child]
        pos = child
    _sift_down(w_heap, start, pos, is_max)


def _check_list(w_heap, name, several):
    """Clinic's subclass_of='&PyList_Type' check."""
    from glass.objects.list import W_List
    if not isinstance(w_heap, W_List):
        raise type_error("%s() argument %smust be list, not %s"
                         % (name, "1 " if several else "", argument_type_name(w_heap)))


def _push(w_heap, w_item):
    _check_list(w_heap, "heappush", True)
    w_heap.append(w_item)
    _sift_down(w_heap, 0, len(w_heap.items) - 1, False)


def _pop(w_heap, name, is_max):
    """Counterpart: heappop_internal: the last item replaces the root."""
    _check_list(w_heap, name, False)
    items = w_heap.items
    count = len(items)
    if count == 0:
        raise index_error("index out of range")
    w_last = items[count - 1]
    w_last.ob_refcnt += 1
    w_heap.ass_slice(count - 1, count, None)
    items = w_heap.items
    if not items:
        return w_last
    w_result = items[0]                  # the list's reference becomes ours
    items[0] = w_last
    try:
        _sift_up(w_heap, 0, is_max)
    except BaseException:
        decref(w_result)
        raise
    return w_result


def _replace(w_heap, w_item, name, is_max):
    """Counterpart: heapreplace_internal."""
    _check_list(w_heap, name, True)
    items = w_heap.items
    if not items:
        raise index_error("index out of range")
    w_result = items[0]
    w_item.ob_refcnt += 1
    items[0] = w_item
    try:
        _sift_up(w_heap, 0, is_max)
    except BaseException:
        decref(w_result)
        raise
    return w_result


def _keep_top_bit(n):
    shift = 0
    while n > 1:
        n >>= 1
        shift += 1
    return n << shift


def _heapify(w_heap, name, is_max):
    """Counterpart: heapify_internal, with the cache-friendly order that C
    uses for heaps of more than 2500 items (the comparisons, and so what a
    guest __lt__ sees, follow the same order)."""
    _check_list(w_heap, name, False)
    count = len(w_heap.items)
    if count > 2500:
        middle = count >> 1                      # the first childless leaf
        leftmost = _keep_top_bit(middle + 1) - 1
        for first, last in ((leftmost - 1, middle >> 1), (middle - 1, leftmost)):
            for i in range(first, last - 1, -1):
                j = i
                while True:
                    _sift_up(w_heap, j, is_max)
                    if not j & 1:
                        break
                    j >>= 1
        return
    for i in range((count >> 1) - 1, -1, -1):
        _sift_up(w_heap, i, is_max)


@builtin_module("_heapq")
class HeapqModule:
    """Heap queue algorithm (a.k.a. priority queue).

Heaps are arrays for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for
all k, counting elements from 0.  For the sake of comparison,
non-existing elements are considered to be infinite.  The interesting
property of a heap is that a[0] is always its smallest element.

Usage:

heap = []            # creates an empty heap
heappush(heap, item) # pushes a new item on the heap
item = heappop(heap) # pops the smallest item from the heap
item = heap[0]       # smallest item on the heap without popping it
heapify(x)           # transforms list into a heap, in-place, in linear time
item = heapreplace(heap, item) # pops and returns smallest item, and adds
                               # new item; the heap size is unchanged

Our API differs from textbook heap algorithms as follows:

- We use 0-based indexing.  This makes the relationship between the
  index for a node and the indexes for its children slightly less
  obvious, but is more suitable since Python uses 0-based indexing.

- Our heappop() method returns the smallest item, not the largest.

These two make it possible to view the heap as a regular Python list
without surprises: heap[0] is the smallest item, and heap.sort()
maintains the heap invariant!
"""

    @function("($module, heap, item, /)")
    def heappush(w_heap, w_item):
        """Push item onto heap, maintaining the heap invariant."""
        _push(w_heap, w_item)

    @function("($module, heap, /)")
    def heappop(w_heap):
        """Pop the smallest item off the heap, maintaining the heap invariant."""
        return _pop(w_heap, "heappop", False)

    @function("($module, heap, item, /)")
    def heapreplace(w_heap, w_item):
        """Pop and return the current smallest value, and add the new item.

This is more efficient than heappop() followed by heappush(), and can be
more appropriate when using a fixed-size heap.  Note that the value
returned may be larger than item!  That constrains reasonable uses of
this routine unless written as part of a conditional replacement:

    if item > heap[0]:
        item = heapreplace(heap, item)"""
        return _replace(w_heap, w_item, "heapreplace", False)

    @function("($module, heap, item, /)")
    def heappushpop(w_heap, w_item):
        """Push item on the heap, then pop and return the smallest item from the heap.

The combined action runs more efficiently than heappush() followed by
a separate call to heappop()."""
        _check_list(w_heap, "heappushpop", True)
        items = w_heap.items
        if items:
            top_first = _less(items[0], w_item)
            if top_first:
                return _replace_checked(w_heap, w_item)
        w_item.ob_refcnt += 1
        return w_item

    @function("($module, heap, /)")
    def heapify(w_heap):
        """Transform list into a heap, in-place, in O(len(heap)) time."""
        _heapify(w_heap, "heapify", False)

    @function("($module, heap, /)")
    def _heappop_max(w_heap):
        """Maxheap variant of heappop."""
        return _pop(w_heap, "_heappop_max", True)

    @function("($module, heap, item, /)")
    def _heapreplace_max(w_heap, w_item):
        """Maxheap variant of heapreplace."""
        return _replace(w_heap, w_item, "_heapreplace_max", True)

    @function("($module, heap, /)")
    def _heapify_max(w_heap):
        """Maxheap variant of heapify."""
        _heapify(w_heap, "_heapify_max", True)


def _replace_checked(w_heap, w_item):
    """heappushpop after its comparison: the list may have been emptied."""
    if not w_heap.items:
        raise index_error("index out of range")
    return _replace(w_heap, w_item, "heappushpop", False)
