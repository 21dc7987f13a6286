"""Guest tuples.

Counterpart: Objects/tupleobject.c (PyTupleObject).
"""
from __future__ import annotations

from glass.objects.object import W_Object, decref
from glass.objects.type import BASETYPE, HAVE_GC, SEQUENCE, TUPLE_SUBCLASS, builtin_type, slot


@builtin_type("tuple", flags=BASETYPE | HAVE_GC | TUPLE_SUBCLASS | SEQUENCE)
class W_Tuple(W_Object):
    """Built-in immutable sequence.

If no argument is given, the constructor returns an empty tuple.
If iterable is specified the tuple is initialized from iterable's items.

If the argument is a tuple, the return value is the same object."""
    __slots__ = ("items",)

    def __init__(self, items, w_type=None):
        self.ob_refcnt = 1
        self.ob_type = w_type or W_Tuple.w_type
        self.items = items            # a host list of owned references

    @slot("tp_dealloc")
    def dealloc(self):
        items, self.items = self.items, []
        for w_item in items:
            decref(w_item)

    @slot("tp_traverse")
    def traverse(self, visit):
        for w_item in self.items:
            visit(w_item)

    @slot("sq_length")
    def length(self):
        return len(self.items)

    @slot("sq_item")
    def item(self, index):
        if index < 0 or index >= len(self.items):
            from glass.objects.exceptions import index_error
            raise index_error("tuple index out of range")
        w_item = self.items[index]
        w_item.ob_refcnt += 1
        return w_item

    @slot("tp_repr")
    def repr(self):
        from glass.objects import abstract
        from glass.objects.str import new_str
        if not self.items:
            return new_str("()")
        parts = [abstract.repr_text(w) for w in self.items]
        if len(parts) == 1:
            return new_str("(%s,)" % parts[0])
        return new_str("(%s)" % ", ".join(parts))

    @slot("tp_iter")
    def iter(self):
        from glass.objects.iterobject import W_SeqIter
        return W_SeqIter(self)


_EMPTY = W_Tuple([])
_EMPTY.ob_refcnt = 1 << 30     # the empty tuple is a shared singleton


def empty_tuple():
    _EMPTY.ob_refcnt += 1
    return _EMPTY


def new_tuple(items_w):
    """A tuple of borrowed items: each is increfed (PyTuple_Pack)."""
    if not items_w:
        return empty_tuple()
    for w_item in items_w:
        w_item.ob_refcnt += 1
    return W_Tuple(list(items_w))


def new_tuple_owned(items_w):
    """A tuple that takes over the references in items_w (PyTuple_SET_ITEM)."""
    if not items_w:
        return empty_tuple()
    return W_Tuple(items_w)
