"""Guest lists.

Counterpart: Objects/listobject.c (PyListObject).
"""
from __future__ import annotations

from glass.objects.object import W_Object, decref
from glass.objects.type import BASETYPE, HAVE_GC, LIST_SUBCLASS, SEQUENCE, builtin_type, method, slot


@builtin_type("list", flags=BASETYPE | HAVE_GC | LIST_SUBCLASS | SEQUENCE)
class W_List(W_Object):
    """Built-in mutable sequence.

If no argument is given, the constructor creates a new empty list.
The argument must be an iterable if specified."""
    __slots__ = ("items",)

    def __init__(self, items, w_type=None):
        self.ob_refcnt = 1
        self.ob_type = w_type or W_List.w_type
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

    @method("($self, object, /)")
    def append(self, w_item):
        """Append object to the end of the list."""
        w_item.ob_refcnt += 1           # the list owns its items
        self.items.append(w_item)

    @slot("sq_length")
    def length(self):
        return len(self.items)

    @slot("sq_item")
    def item(self, index):
        if index < 0 or index >= len(self.items):
            from glass.objects.exceptions import index_error
            raise index_error("list index out of range")
        w_item = self.items[index]
        w_item.ob_refcnt += 1
        return w_item

    @slot("sq_ass_item")
    def ass_item(self, index, w_value):
        if index < 0 or index >= len(self.items):
            from glass.objects.exceptions import index_error
            raise index_error("list assignment index out of range")
        w_old = self.items[index]
        if w_value is None:
            del self.items[index]
        else:
            w_value.ob_refcnt += 1
            self.items[index] = w_value
        decref(w_old)

    @slot("tp_repr")
    def repr(self):
        from glass.objects import abstract
        from glass.objects.str import new_str
        return new_str("[%s]" % ", ".join(abstract.repr_text(w) for w in list(self.items)))

    @slot("tp_iter")
    def iter(self):
        from glass.objects.iterobject import W_SeqIter
        return W_SeqIter(self)

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        if w_type is W_List.w_type:
            return W_List([])
        return w_type.host_class([], w_type)

    @slot("tp_init")
    def init(self, args_w, kwnames):
        from glass.objects import abstract
        if args_w:
            for w_item in abstract.iterate(args_w[0]):
                self.items.append(w_item)    # iterate() gives new references
