"""Sequence iterators.

Counterpart: Objects/iterobject.c (PySeqIter_Type: iter() over anything
with __getitem__) and the list/tuple iterators of Objects/listobject.c and
Objects/tupleobject.c, which behave the same way: an index into a live
sequence, so a list that grows while iterated yields its new items.
"""
from __future__ import annotations

from glass.objects.exceptions import EXCEPTION_TYPES, OperationError
from glass.objects.object import W_Object, decref, xdecref
from glass.objects.type import HAVE_GC, builtin_type, slot


@builtin_type("iterator", flags=HAVE_GC)
class W_SeqIter(W_Object):
    """Iterate over a sequence by index until IndexError (or its length)."""
    __slots__ = ("w_seq", "index")

    def __init__(self, w_seq):
        W_Object.__init__(self, W_SeqIter.w_type)
        w_seq.ob_refcnt += 1
        self.w_seq = w_seq
        self.index = 0

    @slot("tp_iter")
    def iter(self):
        self.ob_refcnt += 1
        return self

    @slot("tp_iternext")
    def iternext(self):
        w_seq = self.w_seq
        if w_seq is None:
            return None
        items = getattr(w_seq, "items", None)
        if items is not None and type(items) is list:
            # list and tuple: read the live storage directly.
            if self.index < len(items):
                w_item = items[self.index]
                self.index += 1
                w_item.ob_refcnt += 1
                return w_item
        else:
            try:
                w_item = w_seq.ob_type.sq_item(w_seq, self.index)
                self.index += 1
                return w_item
            except OperationError as error:
                if not (error.match(EXCEPTION_TYPES["IndexError"]) or
                        error.match(EXCEPTION_TYPES["StopIteration"])):
                    raise
                decref(error.w_value)
        self.w_seq = None               # exhausted iterators drop the sequence
        decref(w_seq)
        return None

    @slot("tp_dealloc")
    def dealloc(self):
        w_seq, self.w_seq = self.w_seq, None
        xdecref(w_seq)


@builtin_type("list_snapshot_iterator", flags=HAVE_GC)
class W_ListSnapshotIter(W_Object):
    """Iterate over a host list of owned items (a stand-in for dict views)."""
    __slots__ = ("items", "index")

    def __init__(self, items_w):
        W_Object.__init__(self, W_ListSnapshotIter.w_type)
        for w_item in items_w:
            w_item.ob_refcnt += 1
        self.items = items_w
        self.index = 0

    @slot("tp_iter")
    def iter(self):
        self.ob_refcnt += 1
        return self

    @slot("tp_iternext")
    def iternext(self):
        if self.index >= len(self.items):
            return None
        w_item = self.items[self.index]
        self.index += 1
        w_item.ob_refcnt += 1
        return w_item

    @slot("tp_dealloc")
    def dealloc(self):
        items, self.items = self.items, []
        for w_item in items:
            decref(w_item)
