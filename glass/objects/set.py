"""Guest sets and frozensets.

Counterpart: Objects/setobject.c.

Minimal first version (insertion-ordered, not CPython's hash-table order);
the sets helper replaces it with setobject.c's table.
"""
from __future__ import annotations

from glass.objects.object import W_Object, decref
from glass.objects.type import BASETYPE, HAVE_GC, builtin_type, slot


@builtin_type("set", flags=BASETYPE | HAVE_GC)
class W_Set(W_Object):
    """set() -> new empty set object
set(iterable) -> new set object

Build an unordered collection of unique elements."""
    __slots__ = ("table",)

    def __init__(self, w_type=None):
        self.ob_refcnt = 1
        self.ob_type = w_type or W_Set.w_type
        self.table = {}

    def add(self, w_item):
        from glass.objects.dict import key_token
        token = key_token(w_item)
        if token not in self.table:
            w_item.ob_refcnt += 1
            self.table[token] = w_item

    @slot("sq_length")
    def length(self):
        return len(self.table)

    @slot("sq_contains")
    def contains(self, w_item):
        from glass.objects.dict import key_token
        return key_token(w_item) in self.table

    @slot("tp_iter")
    def iter(self):
        from glass.objects.iterobject import W_ListSnapshotIter
        return W_ListSnapshotIter(list(self.table.values()))

    @slot("tp_repr")
    def repr(self):
        from glass.objects import abstract
        from glass.objects.str import new_str
        if not self.table:
            return new_str("%s()" % self.ob_type.name)
        body = "{%s}" % ", ".join(abstract.repr_text(w) for w in self.table.values())
        if self.ob_type is W_Set.w_type:
            return new_str(body)
        return new_str("%s(%s)" % (self.ob_type.name, body))

    @slot("tp_dealloc")
    def dealloc(self):
        table, self.table = self.table, {}
        for w_item in table.values():
            decref(w_item)


@builtin_type("frozenset", flags=BASETYPE | HAVE_GC)
class W_FrozenSet(W_Set):
    """frozenset() -> empty frozenset object
frozenset(iterable) -> frozenset object

Build an immutable unordered collection of unique elements."""
    __slots__ = ()

    def __init__(self, w_type=None):
        W_Set.__init__(self, w_type or W_FrozenSet.w_type)


def new_set(items_w):
    w_set = W_Set()
    for w_item in items_w:
        w_set.add(w_item)
    return w_set


def new_frozenset(items_w):
    """A frozenset that takes over the references in items_w."""
    w_set = W_FrozenSet()
    for w_item in items_w:
        w_set.add(w_item)
        decref(w_item)
    return w_set
