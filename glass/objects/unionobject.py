"""types.UnionType: what `int | str` makes (PEP 604).

Counterpart: Objects/unionobject.c.

`X | Y` on types (type.__or__), on None, on generic aliases and on unions
makes a union of the flattened, de-duplicated arguments (None stands as
NoneType); one argument left is returned as it is.  isinstance() and
issubclass() see a union as the tuple of its arguments (builtins.py).
"""
from __future__ import annotations

from glass.objects.object import W_Object, decref
from glass.objects.type import EQ, HAVE_GC, NE, builtin_type, getter, slot


@builtin_type("types.UnionType", flags=HAVE_GC)
class W_Union(W_Object):
    """Represent a PEP 604 union type

E.g. for int | str"""
    __slots__ = ("w_args", "w_parameters")

    def __init__(self, w_args):
        W_Object.__init__(self, W_Union.w_type)
        w_args.ob_refcnt += 1
        self.w_args = w_args
        self.w_parameters = None

    @getter("__args__", member=True)
    def get_args(self):
        self.w_args.ob_refcnt += 1
        return self.w_args

    @getter("__parameters__", doc="Type variables in the types.UnionType.")
    def get_parameters(self):
        from glass.objects.genericalias import _make_parameters
        if self.w_parameters is None:
            self.w_parameters = _make_parameters(self.w_args)
        self.w_parameters.ob_refcnt += 1
        return self.w_parameters

    @slot("nb_or")
    def or_(w_left, w_right):
        return union_or(w_left, w_right)

    @slot("tp_repr")
    def repr(self):
        """Counterpart: union_repr: the arguments joined by ' | '."""
        from glass.objects.genericalias import _repr_item
        from glass.objects.none import W_None
        from glass.objects.str import new_str
        parts = ["None" if w_arg is W_None.w_type else _repr_item(w_arg)
                 for w_arg in self.w_args.items]
        return new_str(" | ".join(parts))

    @slot("tp_richcompare")
    def richcompare(self, w_other, op):
        """Counterpart: union_richcompare: the same arguments, in any order."""
        from glass.objects import abstract
        from glass.objects.bool import new_bool
        from glass.objects.tuple import not_implemented
        if not isinstance(w_other, W_Union) or op not in (EQ, NE):
            return not_implemented()
        w_a, w_b = _frozenset(self.w_args), _frozenset(w_other.w_args)
        try:
            equal = abstract.rich_compare_bool(w_a, w_b, EQ)
        finally:
            decref(w_a)
            decref(w_b)
        return new_bool(equal if op == EQ else not equal)

    @slot("tp_hash")
    def hash(self):
        """Counterpart: union_hash: the hash of the frozenset of the arguments."""
        from glass.objects import abstract
        w_set = _frozenset(self.w_args)
        try:
            return abstract.hash(w_set)
        finally:
            decref(w_set)

    @slot("mp_subscript")
    def subscript(self, w_item):
        """Counterpart: union_getitem: substitute the type variables, then
        or the new arguments together."""
        from glass.objects import abstract
        from glass.objects.genericalias import subs_parameters
        w_params = self.get_parameters()
        try:
            w_new_args = subs_parameters(self, self.w_args, w_params, w_item)
        finally:
            decref(w_params)
        try:
            items = w_new_args.items
            if not items:
                return _make_union_of([])
            w_result = items[0]
            w_result.ob_refcnt += 1
            for w_arg in items[1:]:
                w_next = abstract.binary_op(w_result, w_arg, "nb_or", "|")
                decref(w_result)
                w_result = w_next
            return w_result
        finally:
            decref(w_new_args)

    @slot("tp_getattro")
    def getattro(self, w_name):
        """Counterpart: union_getattro: __module__ is the type's ('types')."""
        from glass.objects import abstract
        from glass.objects.str import W_Str
        from glass.objects.typeobject import generic_getattr
        if isinstance(w_name, W_Str) and w_name.value == "__module__":
            return abstract.getattr(self.ob_type, w_name)
        return generic_getattr(self, w_name)

    @slot("tp_traverse")
    def traverse(self, visit):
        visit(self.w_args)
        if self.w_parameters is not None:
            visit(self.w_parameters)

    @slot("tp_dealloc")
    def dealloc(self):
        decref(self.w_args)
        if self.w_parameters is not None:
            decref(self.w_parameters)


def _frozenset(w_args):
    from glass.objects import abstract
    from glass.objects.set import W_FrozenSet
    return abstract.call(W_FrozenSet.w_type, [w_args])


def is_unionable(w_obj):
    """Counterpart: is_unionable: None, a type, a generic alias, a union."""
    from glass.objects.genericalias import W_GenericAlias
    from glass.objects.none import w_None
    from glass.objects.type import W_Type
    return (w_obj is w_None or isinstance(w_obj, (W_Type, W_GenericAlias, W_Union)))


def _flatten(w_obj):
    from glass.objects.none import W_None, w_None
    if isinstance(w_obj, W_Union):
        return list(w_obj.w_args.items)
    if w_obj is w_None:
        return [W_None.w_type]
    return [w_obj]


def _is_same(w_left, w_right):
    """Counterpart: is_same: generic aliases compare equal, others by identity."""
    from glass.objects import abstract
    from glass.objects.genericalias import W_GenericAlias
    if isinstance(w_left, W_GenericAlias) and isinstance(w_right, W_GenericAlias):
        return abstract.rich_compare_bool(w_left, w_right, EQ)
    return w_left is w_right


def union_or(w_left, w_right):
    """Counterpart: _Py_union_type_or (nb_or of type, NoneType's | and unions)."""
    from glass.objects.tuple import new_tuple, not_implemented
    if not (is_unionable(w_left) and is_unionable(w_right)):
        return not_implemented()
    merged = []
    for w_arg in _flatten(w_left) + _flatten(w_right):
        if not any(_is_same(w_arg, w_seen) for w_seen in merged):
            merged.append(w_arg)
    if len(merged) == 1:
        merged[0].ob_refcnt += 1
        return merged[0]
    w_args = new_tuple(merged)
    try:
        return W_Union(w_args)
    finally:
        decref(w_args)


def _make_union_of(items_w):
    from glass.objects.tuple import new_tuple
    w_args = new_tuple(items_w)
    try:
        return W_Union(w_args)
    finally:
        decref(w_args)
