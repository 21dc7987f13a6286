"""A read-only view of a mapping: what type.__dict__ returns.

Counterpart: Objects/descrobject.c (mappingproxy).
"""
from __future__ import annotations

from glass.objects.object import W_Object, decref
from glass.objects.type import HAVE_GC, builtin_type, slot


@builtin_type("mappingproxy", flags=HAVE_GC)
class W_MappingProxy(W_Object):
    """Read-only proxy of a mapping."""
    __slots__ = ("w_mapping",)

    def __init__(self, w_mapping):
        W_Object.__init__(self, W_MappingProxy.w_type)
        self.w_mapping = w_mapping          # owned

    @classmethod
    def of_type(cls, w_type):
        """A proxy over a snapshot of a type's dict (host str keys)."""
        from glass.objects.dict import W_Dict
        w_dict = W_Dict()
        for name, w_value in w_type.dict.items():
            w_dict.setitem_str(name, w_value)
        return cls(w_dict)

    @slot("mp_subscript")
    def subscript(self, w_key):
        from glass.objects import abstract
        return abstract.getitem(self.w_mapping, w_key)

    @slot("mp_length")
    def length(self):
        from glass.objects import abstract
        return abstract.length(self.w_mapping)

    @slot("sq_contains")
    def contains(self, w_key):
        from glass.objects import abstract
        return abstract.contains(self.w_mapping, w_key)

    @slot("tp_iter")
    def iter(self):
        from glass.objects import abstract
        return abstract.iter(self.w_mapping)

    @slot("tp_repr")
    def repr(self):
        from glass.objects import abstract
        from glass.objects.str import new_str
        return new_str("mappingproxy(%s)" % abstract.repr_text(self.w_mapping))

    @slot("tp_dealloc")
    def dealloc(self):
        decref(self.w_mapping)
