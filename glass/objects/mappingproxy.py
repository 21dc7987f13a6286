"""A read-only view of a mapping: types.MappingProxyType, what type.__dict__ returns.

Counterpart: the mappingproxy section of Objects/descrobject.c
(mappingproxyobject, PyDictProxy_New).

Every read goes to the mapping underneath (a dict, or any mapping); no
method writes to it.  `x in proxy` asks the dict directly when it is one,
and `proxy | other` is `mapping | other`.
"""
from __future__ import annotations

from glass.objects.heapslots import hash_not_implemented
from glass.objects.object import W_Object, decref
from glass.objects.signature import no_text_signature
from glass.objects.type import HAVE_GC, builtin_type, method, slot


def _call_method(w_obj, name, args_w):
    """PyObject_CallMethod; abstract is imported late here (it imports this module)."""
    from glass.objects import abstract
    return abstract.call_method(w_obj, name, args_w)


@builtin_type("mappingproxy", flags=HAVE_GC)
class W_MappingProxy(W_Object):
    __slots__ = ("w_mapping",)

    def __init__(self, w_mapping):
        """PyDictProxy_New: takes over the reference to w_mapping."""
        W_Object.__init__(self, W_MappingProxy.w_type)
        self.w_mapping = w_mapping

    @classmethod
    def of_type(cls, w_type):
        """A proxy over a snapshot of a type's dict (host str keys)."""
        from glass.objects.dict import W_Dict
        w_dict = W_Dict()
        for name, w_value in w_type.dict.items():
            w_dict.setitem_str(name, w_value)
        return cls(w_dict)

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        """Counterpart: mappingproxy_new: mappingproxy(mapping)."""
        from glass.objects.exceptions import type_error
        from glass.objects.list import W_List
        from glass.objects.tuple import W_Tuple
        npos = len(args_w) - (len(kwnames) if kwnames else 0)
        if npos > 1:
            raise type_error("mappingproxy() takes at most 1 argument (%d given)" % npos)
        (w_mapping,) = _NEW_SIGNATURE.bind("mappingproxy", args_w, kwnames)
        if (w_mapping.ob_type.mp_subscript is None or isinstance(w_mapping, W_List)
                or isinstance(w_mapping, W_Tuple)):
            raise type_error("mappingproxy() argument must be a mapping, not %s"
                             % w_mapping.ob_type.name)
        w_mapping.ob_refcnt += 1
        return W_MappingProxy(w_mapping)

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
        """Counterpart: mappingproxy_contains."""
        from glass.objects import abstract
        from glass.objects.dict import W_Dict
        if self.w_mapping.ob_type is W_Dict.w_type:
            return self.w_mapping.contains(w_key)
        return abstract.contains(self.w_mapping, w_key)

    @slot("tp_iter")
    def iter(self):
        from glass.objects import abstract
        return abstract.iter(self.w_mapping)

    @slot("tp_richcompare")
    def richcompare(self, w_other, op):
        from glass.objects import abstract
        return abstract.rich_compare(self.w_mapping, w_other, op)

    hash = slot("tp_hash")(hash_not_implemented)     # __hash__ = None

    @slot("tp_str")
    def str(self):
        from glass.objects import abstract
        return abstract.str(self.w_mapping)

    @slot("tp_repr")
    def repr(self):
        from glass.objects import abstract
        from glass.objects.str import new_str
        return new_str("mappingproxy(%s)" % abstract.repr_text(self.w_mapping))

    @slot("nb_or")
    def or_(self, w_other):
        """Counterpart: mappingproxy_or: the mappings underneath, or-ed."""
        from glass.objects import abstract
        w_left = self.w_mapping if isinstance(self, W_MappingProxy) else self
        w_right = w_other.w_mapping if isinstance(w_other, W_MappingProxy) else w_other
        return abstract.binary_op(w_left, w_right, "nb_or", "|")

    @slot("nb_inplace_or")
    def inplace_or(self, w_other):
        from glass.objects.exceptions import type_error
        raise type_error("'|=' is not supported by %s; use '|' instead" % self.ob_type.name)

    @slot("tp_traverse")
    def traverse(self, visit):
        visit(self.w_mapping)

    @slot("tp_dealloc")
    def dealloc(self):
        w_mapping, self.w_mapping = self.w_mapping, None
        if w_mapping is not None:
            decref(w_mapping)

    @no_text_signature
    @method("($self, key, default=None, /)",
            doc="D.get(k[,d]) -> D[k] if k in D, else d.  d defaults to None.")
    def get(self, w_key, w_default):
        args_w = [w_key] if w_default is None else [w_key, w_default]
        return _call_method(self.w_mapping, "get", args_w)

    @no_text_signature
    @method("($self, /)", doc="D.keys() -> a set-like object providing a view on D's keys")
    def keys(self):
        return _call_method(self.w_mapping, "keys", [])

    @no_text_signature
    @method("($self, /)", doc="D.values() -> an object providing a view on D's values")
    def values(self):
        return _call_method(self.w_mapping, "values", [])

    @no_text_signature
    @method("($self, /)", doc="D.items() -> a set-like object providing a view on D's items")
    def items(self):
        return _call_method(self.w_mapping, "items", [])

    @no_text_signature
    @method("($self, /)", doc="D.copy() -> a shallow copy of D")
    def copy(self):
        return _call_method(self.w_mapping, "copy", [])

    @no_text_signature
    @method("($self, /)", doc="D.__reversed__() -> reverse iterator")
    def __reversed__(self):
        return _call_method(self.w_mapping, "__reversed__", [])

    @no_text_signature
    @method("($type, alias, /)", kind="classmethod")
    def __class_getitem__(w_type, w_alias):
        """See PEP 585"""
        from glass.objects.tuple import generic_alias
        return generic_alias(w_type, w_alias)


def _new_signature():
    from glass.objects.signature import Signature
    return Signature.parse("($type, /, mapping)")


_NEW_SIGNATURE = _new_signature()


W_MappingProxy.w_type.basicsize = 24     # sizeof(mappingproxyobject)
