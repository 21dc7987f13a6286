"""types.SimpleNamespace: an object whose attributes are its keyword arguments.

Counterpart: Objects/namespaceobject.c (_PyNamespace_Type, _PyNamespace_New).
sys.implementation is one.
"""
from __future__ import annotations

from glass.objects.exceptions import type_error
from glass.objects.object import W_Object, decref
from glass.objects.signature import no_text_signature
from glass.objects.type import BASETYPE, EQ, HAVE_GC, NE, builtin_type, getter, method, slot


@builtin_type("types.SimpleNamespace", flags=BASETYPE | HAVE_GC)
class W_SimpleNamespace(W_Object):
    """A simple attribute-based namespace.

SimpleNamespace(**kwargs)"""
    __slots__ = ("w_dict",)

    def __init__(self, w_type=None):
        from glass.objects.dict import W_Dict
        W_Object.__init__(self, w_type or W_SimpleNamespace.w_type)
        self.w_dict = W_Dict()

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        if w_type is W_SimpleNamespace.w_type:
            return W_SimpleNamespace()
        w_self = w_type.host_class.__new__(w_type.host_class)
        W_SimpleNamespace.__init__(w_self, w_type)
        w_self.slots_w = [None] * w_type.nslots if w_type.nslots else None
        w_self.weakrefs = None
        return w_self

    @slot("tp_init")
    def init(self, args_w, kwnames):
        """Counterpart: namespace_init: keyword arguments only."""
        nkw = len(kwnames) if kwnames else 0
        if len(args_w) - nkw:
            raise type_error("no positional arguments expected")
        for name, w_value in zip(kwnames or (), args_w[len(args_w) - nkw:]):
            self.w_dict.setitem_str(name, w_value)

    @slot("tp_dealloc")
    def dealloc(self):
        w_dict, self.w_dict = self.w_dict, None
        if w_dict is not None:
            decref(w_dict)

    @slot("tp_traverse")
    def traverse(self, visit):
        visit(self.w_dict)

    @slot("tp_repr")
    def repr(self):
        """Counterpart: namespace_repr: "namespace(a=1, b=2)"."""
        from glass.objects import abstract
        from glass.objects.str import W_Str, new_str
        from glass.vm import pystate
        name = "namespace" if self.ob_type is W_SimpleNamespace.w_type \
            else self.ob_type.name
        tstate = pystate.current()
        active = _repr_active(tstate)
        if id(self) in active:
            return new_str("%s(...)" % name)
        active.add(id(self))
        try:
            parts = []
            for w_key, w_value in self.w_dict.item_pairs():
                if isinstance(w_key, W_Str):
                    parts.append("%s=%s" % (w_key.value, abstract.repr_text(w_value)))
        finally:
            active.discard(id(self))
        return new_str("%s(%s)" % (name, ", ".join(parts)))

    @slot("tp_richcompare")
    def richcompare(self, w_other, op):
        from glass.objects import abstract
        from glass.objects.none import w_NotImplemented
        if isinstance(w_other, W_SimpleNamespace) and op in (EQ, NE):
            return abstract.rich_compare(self.w_dict, w_other.w_dict, op)
        w_NotImplemented.ob_refcnt += 1
        return w_NotImplemented

    @getter("__dict__", member=True)
    def get_dict(self):
        self.w_dict.ob_refcnt += 1
        return self.w_dict

    @no_text_signature
    @method("($self, /)")
    def __reduce__(self):
        """Return state information for pickling"""
        from glass.objects.tuple import empty_tuple, new_tuple_owned
        self.ob_type.ob_refcnt += 1
        self.w_dict.ob_refcnt += 1
        return new_tuple_owned([self.ob_type, empty_tuple(), self.w_dict])


W_SimpleNamespace.w_type.has_dict = True


def _repr_active(tstate):
    """The namespaces whose repr is being computed (Py_ReprEnter)."""
    active = _REPR_ACTIVE.get(id(tstate))
    if active is None:
        active = _REPR_ACTIVE[id(tstate)] = set()
    return active


_REPR_ACTIVE = {}


def new_namespace(items):
    """_PyNamespace_New: a namespace with these (name, w_value) attributes
    (the values are borrowed)."""
    w_ns = W_SimpleNamespace()
    for name, w_value in items:
        w_ns.w_dict.setitem_str(name, w_value)
    return w_ns
