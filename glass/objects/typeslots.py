"""The two-way bridge between slots and dunder methods.

Counterpart: the slotdefs section of Objects/typeobject.c (slotdefs,
add_operators, the wrap_* functions, the slot_* functions, update_one_slot,
inherit_slots).

- A builtin type fills slots with host functions; `add_slot_wrappers` gives
  each one its guest name (`list.__len__` is a wrapper_descriptor around
  sq_length), as add_operators does.
- A class statement defines dunders; `update_heap_slots` points each slot at a
  generic slot_* function that calls the dunder (`slot_tp_repr` calls
  `__repr__`), or straight at a builtin slot when the dunder found is just that
  builtin's wrapper, as update_one_slot does.

SLOTDEFS is in CPython's order (tp, am, nb, mp, sq): when two slots share a
dunder name (`__add__` is nb_add and sq_concat), the first one gives the
wrapper.
"""
from __future__ import annotations

from glass.objects.object import decref
from glass.objects.type import EQ, GE, GT, LE, LT, NE

# (dunder, slot, kind).  The kind names the wrapper (guest call -> slot) and
# the slot function (slot -> guest call).
SLOTDEFS = (                                      # ORDER OP: typeobject.c slotdefs
    ("__getattribute__", "tp_getattro", "getattribute"),
    ("__getattr__", "tp_getattro", "getattr_hook"),
    ("__setattr__", "tp_setattro", "setattr"),
    ("__delattr__", "tp_setattro", "delattr"),
    ("__repr__", "tp_repr", "unary"),
    ("__hash__", "tp_hash", "hash"),
    ("__call__", "tp_call", "call"),
    ("__str__", "tp_str", "unary"),
    ("__lt__", "tp_richcompare", LT),
    ("__le__", "tp_richcompare", LE),
    ("__eq__", "tp_richcompare", EQ),
    ("__ne__", "tp_richcompare", NE),
    ("__gt__", "tp_richcompare", GT),
    ("__ge__", "tp_richcompare", GE),
    ("__iter__", "tp_iter", "unary"),
    ("__next__", "tp_iternext", "next"),
    ("__get__", "tp_descr_get", "descr_get"),
    ("__set__", "tp_descr_set", "descr_set"),
    ("__delete__", "tp_descr_set", "descr_delete"),
    ("__init__", "tp_init", "init"),
    ("__new__", "tp_new", "new"),
    ("__del__", "tp_finalize", "del"),
    ("__await__", "am_await", "unary"),
    ("__aiter__", "am_aiter", "unary"),
    ("__anext__", "am_anext", "unary"),
    ("__add__", "nb_add", "binary_l"),
    ("__radd__", "nb_add", "binary_r"),
    ("__sub__", "nb_subtract", "binary_l"),
    ("__rsub__", "nb_subtract", "binary_r"),
    ("__mul__", "nb_multiply", "binary_l"),
    ("__rmul__", "nb_multiply", "binary_r"),
    ("__mod__", "nb_remainder", "binary_l"),
    ("__rmod__", "nb_remainder", "binary_r"),
    ("__divmod__", "nb_divmod", "binary_l"),
    ("__rdivmod__", "nb_divmod", "binary_r"),
    ("__pow__", "nb_power", "ternary_l"),
    ("__rpow__", "nb_power", "ternary_r"),
    ("__neg__", "nb_negative", "unary"),
    ("__pos__", "nb_positive", "unary"),
    ("__abs__", "nb_absolute", "unary"),
    ("__bool__", "nb_bool", "bool"),
    ("__invert__", "nb_invert", "unary"),
    ("__lshift__", "nb_lshift", "binary_l"),
    ("__rlshift__", "nb_lshift", "binary_r"),
    ("__rshift__", "nb_rshift", "binary_l"),
    ("__rrshift__", "nb_rshift", "binary_r"),
    ("__and__", "nb_and", "binary_l"),
    ("__rand__", "nb_and", "binary_r"),
    ("__xor__", "nb_xor", "binary_l"),
    ("__rxor__", "nb_xor", "binary_r"),
    ("__or__", "nb_or", "binary_l"),
    ("__ror__", "nb_or", "binary_r"),
    ("__int__", "nb_int", "unary"),
    ("__float__", "nb_float", "unary"),
    ("__iadd__", "nb_inplace_add", "inplace"),
    ("__isub__", "nb_inplace_subtract", "inplace"),
    ("__imul__", "nb_inplace_multiply", "inplace"),
    ("__imod__", "nb_inplace_remainder", "inplace"),
    ("__ipow__", "nb_inplace_power", "inplace_ternary"),
    ("__ilshift__", "nb_inplace_lshift", "inplace"),
    ("__irshift__", "nb_inplace_rshift", "inplace"),
    ("__iand__", "nb_inplace_and", "inplace"),
    ("__ixor__", "nb_inplace_xor", "inplace"),
    ("__ior__", "nb_inplace_or", "inplace"),
    ("__floordiv__", "nb_floor_divide", "binary_l"),
    ("__rfloordiv__", "nb_floor_divide", "binary_r"),
    ("__truediv__", "nb_true_divide", "binary_l"),
    ("__rtruediv__", "nb_true_divide", "binary_r"),
    ("__ifloordiv__", "nb_inplace_floor_divide", "inplace"),
    ("__itruediv__", "nb_inplace_true_divide", "inplace"),
    ("__index__", "nb_index", "unary"),
    ("__matmul__", "nb_matrix_multiply", "binary_l"),
    ("__rmatmul__", "nb_matrix_multiply", "binary_r"),
    ("__imatmul__", "nb_inplace_matrix_multiply", "inplace"),
    ("__len__", "mp_length", "len"),
    ("__getitem__", "mp_subscript", "binary_l"),
    ("__setitem__", "mp_ass_subscript", "setitem"),
    ("__delitem__", "mp_ass_subscript", "delitem"),
    ("__len__", "sq_length", "len"),
    ("__add__", "sq_concat", "binary_l"),
    ("__mul__", "sq_repeat", "repeat"),
    ("__rmul__", "sq_repeat", "repeat"),
    ("__getitem__", "sq_item", "sq_item"),
    ("__setitem__", "sq_ass_item", "sq_setitem"),
    ("__delitem__", "sq_ass_item", "sq_delitem"),
    ("__contains__", "sq_contains", "contains"),
    ("__iadd__", "sq_inplace_concat", "inplace"),
    ("__imul__", "sq_inplace_repeat", "repeat"),
)

# Slots that a heap type never fills from a dunder (slotdefs gives them no
# slot_* function): sequence types get these only from builtin bases.
NO_HEAP_SLOT_FUNCTION = {"sq_concat", "sq_repeat", "sq_inplace_concat",
                         "sq_inplace_repeat", "sq_ass_item"}

RICHCMP_DUNDERS = ("__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__")
REFLECTED_OP = (GT, GE, EQ, NE, LT, LE)     # _Py_SwappedOp


def dunders_of(slot_name):
    return [d for d, s, _ in SLOTDEFS if s == slot_name]


def slotdefs_by_dunder(name):
    return [(d, s, k) for d, s, k in SLOTDEFS if d == name]


# --- Builtin types: a wrapper descriptor for each filled slot (add_operators) --------

def add_slot_wrappers(w_type):
    """Give each slot the type itself defines a guest dunder (add_operators)."""
    from glass.objects.descr import W_SlotWrapper, make_new_wrapper
    own = w_type.typedef.slots if w_type.typedef is not None else {}
    for dunder, slot_name, kind in SLOTDEFS:
        func = own.get(slot_name)
        if func is None or dunder in w_type.dict:
            continue
        if kind == "new":
            w_type.dict[dunder] = make_new_wrapper(w_type)
        elif kind == "hash" and func is _hash_not_implemented():
            # add_operators: PyObject_HashNotImplemented shows as __hash__ = None.
            from glass.objects.none import w_None
            w_None.ob_refcnt += 1
            w_type.dict[dunder] = w_None
        elif kind == "getattr_hook":
            continue                 # __getattr__ is only a heap-type hook
        else:
            w_type.dict[dunder] = W_SlotWrapper(w_type, dunder, slot_name, kind, func)
    if own.get("tp_hash") is None and own.get("tp_richcompare") is not None:
        pass  # inherit_slots decides whether __hash__ becomes None


def _hash_not_implemented():
    from glass.objects.heapslots import hash_not_implemented
    return hash_not_implemented


def inherit_slots(w_type):
    """Counterpart: inherit_slots: an unfilled slot takes the base's function."""
    from glass.objects.type import SLOT_NAMES
    w_base = w_type.w_base
    if w_base is None:
        return
    own = w_type.typedef.slots if w_type.typedef is not None else {}
    for slot_name in SLOT_NAMES:
        if getattr(w_type, slot_name) is None and slot_name not in own:
            if slot_name == "tp_hash" and "tp_richcompare" in own:
                # A type that defines comparison but not hash inherits neither
                # hash nor... it becomes unhashable, as CPython's
                # inherit_slots does when tp_richcompare is overridden.
                continue
            setattr(w_type, slot_name, getattr(w_base, slot_name))


# --- The wrapper side: a guest call to a builtin dunder calls the slot ---------------

def _hackcheck(w_self, func, what):
    """Counterpart: hackcheck: object.__setattr__(str, ...) may not jump
    over the tp_setattro of a builtin type between the receiver's class and
    the one the wrapper comes from (Python classes are skipped)."""
    from glass.objects.exceptions import type_error
    from glass.objects.heapslots import slot_tp_setattro
    w_type = w_self.ob_type
    mro = w_type.mro
    if not mro:
        return
    w_defining = w_type
    for w_base in reversed(mro):
        if w_base.tp_setattro is slot_tp_setattro:
            continue
        if w_base.tp_setattro is w_type.tp_setattro:
            w_defining = w_base
            break
    w_base = w_defining
    while w_base is not None:
        if w_base.tp_setattro is func:
            return
        if w_base.tp_setattro is not slot_tp_setattro:
            raise type_error("can't apply this %s to %s object" % (what, w_type.name))
        w_base = w_base.w_base


def call_wrapper(kind, func, w_self, args_w, name, kwnames=None):
    """Counterpart: the wrap_* functions.  args_w excludes self; new reference.

    Only `__init__` and `__call__` (wrap_init, wrap_call: PyWrapperFlag_KEYWORDS
    wrappers) take keyword arguments: kwnames name the last values of args_w.
    """
    from glass.objects import abstract
    from glass.objects.exceptions import type_error
    from glass.objects.int import new_int
    from glass.objects.none import w_None, w_NotImplemented
    from glass.objects.bool import new_bool
    nargs = len(args_w)

    def expect(count):
        """check_num_args."""
        if nargs != count:
            raise type_error("expected %d argument%s, got %d"
                             % (count, "" if count == 1 else "s", nargs))

    def unpack(low, high):
        """PyArg_UnpackTuple(args, "", low, high): its message begins with
        the empty function name, hence the space."""
        if nargs < low:
            raise type_error(" expected %s%d argument%s, got %d" % (
                "" if low == high else "at least ", low, "" if low == 1 else "s", nargs))
        if nargs > high:
            raise type_error(" expected %s%d argument%s, got %d" % (
                "" if low == high else "at most ", high, "" if high == 1 else "s", nargs))

    if kind == "unary":
        expect(0)
        return func(w_self)
    if kind in ("binary_l", "inplace"):
        expect(1)
        return func(w_self, args_w[0])
    if kind == "binary_r":
        expect(1)
        return func(args_w[0], w_self)
    if kind == "ternary_l" or kind == "inplace_ternary":
        unpack(1, 2)
        w_third = args_w[1] if nargs == 2 else w_None
        return func(w_self, args_w[0], w_third)
    if kind == "ternary_r":
        unpack(1, 2)
        w_third = args_w[1] if nargs == 2 else w_None
        return func(args_w[0], w_self, w_third)
    if isinstance(kind, int):                 # a rich comparison
        expect(1)
        return func(w_self, args_w[0], kind)
    if kind == "len":
        expect(0)
        return new_int(func(w_self))
    if kind == "bool":
        expect(0)
        return new_bool(func(w_self))
    if kind == "hash":
        expect(0)
        return new_int(func(w_self))
    if kind == "next":
        expect(0)
        from glass.objects.genobject import next_keeping_value
        w_res = next_keeping_value(w_self) if func is w_self.ob_type.tp_iternext \
            else func(w_self)
        if w_res is None:
            from glass.objects.exceptions import stop_iteration
            raise stop_iteration()
        return w_res
    if kind == "contains":
        expect(1)
        return new_bool(func(w_self, args_w[0]))
    if kind in ("sq_item", "repeat"):
        # wrap_sq_item's getindex and wrap_indexargfunc: OverflowError.
        if kind == "repeat":
            unpack(1, 1)
        else:
            expect(1)
        return func(w_self, abstract.index_as_ssize(args_w[0], "OverflowError"))
    if kind == "sq_setitem":
        unpack(2, 2)
        func(w_self, abstract.index_as_ssize(args_w[0]), args_w[1])
        return _none()
    if kind == "sq_delitem":
        expect(1)
        func(w_self, abstract.index_as_ssize(args_w[0]), None)
        return _none()
    if kind == "setitem":
        unpack(2, 2)
        func(w_self, args_w[0], args_w[1])
        return _none()
    if kind == "delitem":
        expect(1)
        func(w_self, args_w[0], None)
        return _none()
    if kind == "setattr":
        unpack(2, 2)
        _hackcheck(w_self, func, "__setattr__")
        func(w_self, args_w[0], args_w[1])
        return _none()
    if kind == "delattr":
        expect(1)
        _hackcheck(w_self, func, "__delattr__")
        func(w_self, args_w[0], None)
        return _none()
    if kind == "getattribute":
        expect(1)
        return func(w_self, args_w[0])
    if kind == "descr_get":
        unpack(1, 2)
        w_obj = args_w[0]
        w_cls = args_w[1] if nargs == 2 else None
        if w_obj is w_None:
            w_obj = None
        if w_cls is w_None:
            w_cls = None
        if w_obj is None and w_cls is None:
            raise type_error("__get__(None, None) is invalid")
        return func(w_self, w_obj, w_cls)
    if kind == "descr_set":
        unpack(2, 2)
        func(w_self, args_w[0], args_w[1])
        return _none()
    if kind == "descr_delete":
        expect(1)
        func(w_self, args_w[0], None)
        return _none()
    if kind == "init":
        func(w_self, list(args_w), kwnames)
        return _none()
    if kind == "call":
        return func(w_self, list(args_w), kwnames)
    if kind == "del":
        expect(0)
        func(w_self)
        return _none()
    del w_NotImplemented
    raise AssertionError("no wrapper for slot kind %r (%s)" % (kind, name))


def _none():
    from glass.objects.none import w_None
    w_None.ob_refcnt += 1
    return w_None


# --- Heap types: every slot from the dunders along the MRO ----------------------------

# type_new gives every heap type subtype_dealloc, subtype_traverse and
# subtype_clear; no dunder feeds them, so a later update_slot (a class
# attribute like __slotnames__ set) must leave them alone rather than copy the
# base's (a dict subclass would then no longer show the collector its
# instance __dict__).
TYPE_NEW_SLOTS = ("tp_dealloc", "tp_traverse", "tp_clear")


def update_heap_slots(w_type, changed=()):
    """Counterpart: fixup_slot_dispatchers: fill every slot of a new heap type
    (and update_slot: `changed` names dunders just set or deleted, whose
    slots are searched even when no class dict holds them any more).

    heapslots.slot_function decides per slot: the generic slot_* function
    that calls the guest dunder, the builtin function itself when the dunder
    found is just a builtin's wrapper, or None to inherit the base's slot.
    """
    from glass.objects import heapslots
    from glass.objects.type import SLOT_NAMES
    w_base = w_type.w_base
    if w_base is not None:
        # A slot none of whose dunders the search could find comes out as
        # the base's, so only the slots fed by dunders that are there are
        # searched for.  With one base, the MRO is the class then its base's
        # MRO, so only the class's own dunders can change what the base has.
        single_base = len(w_type.w_bases) == 1
        slots_by_dunder = _slots_by_dunder()
        searched = set()
        for name in changed:
            searched.update(slots_by_dunder.get(name, ()))
        for w_class in (w_type,) if single_base else w_type.mro:
            for name in w_class.dict:
                slots = slots_by_dunder.get(name)
                if slots is not None:
                    searched.update(slots)
        for slot_name, func in zip(SLOT_NAMES, _all_slots(w_base)):
            if slot_name not in searched and slot_name not in TYPE_NEW_SLOTS:
                setattr(w_type, slot_name, func)
        to_search = [slot_name for slot_name in SLOT_NAMES if slot_name in searched]
    else:
        to_search = SLOT_NAMES
    for slot_name in to_search:
        if slot_name in TYPE_NEW_SLOTS:
            continue
        func = heapslots.slot_function(slot_name, w_type)
        if func is None and w_base is not None:
            func = getattr(w_base, slot_name)
        setattr(w_type, slot_name, func)


def _all_slots(w_type):
    """The values of every slot of a type, in SLOT_NAMES' order (one host
    call: a new class copies most of its base's)."""
    if not _SLOT_GETTER:
        from operator import attrgetter
        from glass.objects.type import SLOT_NAMES
        _SLOT_GETTER.append(attrgetter(*SLOT_NAMES))
    return _SLOT_GETTER[0](w_type)


_SLOT_GETTER = []


def _slots_by_dunder():
    """dunder -> the slots it feeds, from SLOTDEFS (built once)."""
    if not _SLOTS_BY_DUNDER:
        for dunder, slot_name, _kind in SLOTDEFS:
            _SLOTS_BY_DUNDER.setdefault(dunder, []).append(slot_name)
    return _SLOTS_BY_DUNDER


_SLOTS_BY_DUNDER = {}


# The wrappers' __text_signature__ and __doc__ (the doc part of slotdefs'
# docstrings), by dunder; SLOT_DOC_OVERRIDES by (dunder, slot) where the
# sequence slot's wording differs.
SLOT_DOCS = {
    '__getattribute__': ('($self, name, /)',
        'Return getattr(self, name).'),
    '__setattr__': ('($self, name, value, /)',
        'Implement setattr(self, name, value).'),
    '__delattr__': ('($self, name, /)',
        'Implement delattr(self, name).'),
    '__repr__': ('($self, /)',
        'Return repr(self).'),
    '__hash__': ('($self, /)',
        'Return hash(self).'),
    '__call__': ('($self, /, *args, **kwargs)',
        'Call self as a function.'),
    '__str__': ('($self, /)',
        'Return str(self).'),
    '__lt__': ('($self, value, /)',
        'Return self<value.'),
    '__le__': ('($self, value, /)',
        'Return self<=value.'),
    '__eq__': ('($self, value, /)',
        'Return self==value.'),
    '__ne__': ('($self, value, /)',
        'Return self!=value.'),
    '__gt__': ('($self, value, /)',
        'Return self>value.'),
    '__ge__': ('($self, value, /)',
        'Return self>=value.'),
    '__iter__': ('($self, /)',
        'Implement iter(self).'),
    '__next__': ('($self, /)',
        'Implement next(self).'),
    '__get__': ('($self, instance, owner=None, /)',
        'Return an attribute of instance, which is of type owner.'),
    '__set__': ('($self, instance, value, /)',
        'Set an attribute of instance to value.'),
    '__delete__': ('($self, instance, /)',
        'Delete an attribute of instance.'),
    '__init__': ('($self, /, *args, **kwargs)',
        'Initialize self.  See help(type(self)) for accurate signature.'),
    '__await__': ('($self, /)',
        'Return an iterator to be used in await expression.'),
    '__aiter__': ('($self, /)',
        'Return an awaitable, that resolves in asynchronous iterator.'),
    '__anext__': ('($self, /)',
        'Return a value or raise StopAsyncIteration.'),
    '__add__': ('($self, value, /)',
        'Return self+value.'),
    '__radd__': ('($self, value, /)',
        'Return value+self.'),
    '__sub__': ('($self, value, /)',
        'Return self-value.'),
    '__rsub__': ('($self, value, /)',
        'Return value-self.'),
    '__mul__': ('($self, value, /)',
        'Return self*value.'),
    '__rmul__': ('($self, value, /)',
        'Return value*self.'),
    '__mod__': ('($self, value, /)',
        'Return self%value.'),
    '__rmod__': ('($self, value, /)',
        'Return value%self.'),
    '__divmod__': ('($self, value, /)',
        'Return divmod(self, value).'),
    '__rdivmod__': ('($self, value, /)',
        'Return divmod(value, self).'),
    '__pow__': ('($self, value, mod=None, /)',
        'Return pow(self, value, mod).'),
    '__rpow__': ('($self, value, mod=None, /)',
        'Return pow(value, self, mod).'),
    '__neg__': ('($self, /)',
        '-self'),
    '__pos__': ('($self, /)',
        '+self'),
    '__abs__': ('($self, /)',
        'abs(self)'),
    '__bool__': ('($self, /)',
        'True if self else False'),
    '__invert__': ('($self, /)',
        '~self'),
    '__lshift__': ('($self, value, /)',
        'Return self<<value.'),
    '__rlshift__': ('($self, value, /)',
        'Return value<<self.'),
    '__rshift__': ('($self, value, /)',
        'Return self>>value.'),
    '__rrshift__': ('($self, value, /)',
        'Return value>>self.'),
    '__and__': ('($self, value, /)',
        'Return self&value.'),
    '__rand__': ('($self, value, /)',
        'Return value&self.'),
    '__xor__': ('($self, value, /)',
        'Return self^value.'),
    '__rxor__': ('($self, value, /)',
        'Return value^self.'),
    '__or__': ('($self, value, /)',
        'Return self|value.'),
    '__ror__': ('($self, value, /)',
        'Return value|self.'),
    '__int__': ('($self, /)',
        'int(self)'),
    '__float__': ('($self, /)',
        'float(self)'),
    '__iadd__': ('($self, value, /)',
        'Return self+=value.'),
    '__isub__': ('($self, value, /)',
        'Return self-=value.'),
    '__imul__': ('($self, value, /)',
        'Return self*=value.'),
    '__imod__': ('($self, value, /)',
        'Return self%=value.'),
    '__ipow__': ('($self, value, /)',
        'Return self**=value.'),
    '__ilshift__': ('($self, value, /)',
        'Return self<<=value.'),
    '__irshift__': ('($self, value, /)',
        'Return self>>=value.'),
    '__iand__': ('($self, value, /)',
        'Return self&=value.'),
    '__ixor__': ('($self, value, /)',
        'Return self^=value.'),
    '__ior__': ('($self, value, /)',
        'Return self|=value.'),
    '__floordiv__': ('($self, value, /)',
        'Return self//value.'),
    '__rfloordiv__': ('($self, value, /)',
        'Return value//self.'),
    '__truediv__': ('($self, value, /)',
        'Return self/value.'),
    '__rtruediv__': ('($self, value, /)',
        'Return value/self.'),
    '__ifloordiv__': ('($self, value, /)',
        'Return self//=value.'),
    '__itruediv__': ('($self, value, /)',
        'Return self/=value.'),
    '__index__': ('($self, /)',
        'Return self converted to an integer, if self is suitable for use as an index into a list.'),
    '__matmul__': ('($self, value, /)',
        'Return self@value.'),
    '__rmatmul__': ('($self, value, /)',
        'Return value@self.'),
    '__imatmul__': ('($self, value, /)',
        'Return self@=value.'),
    '__len__': ('($self, /)',
        'Return len(self).'),
    '__getitem__': ('($self, key, /)',
        'Return self[key].'),
    '__setitem__': ('($self, key, value, /)',
        'Set self[key] to value.'),
    '__delitem__': ('($self, key, /)',
        'Delete self[key].'),
    '__contains__': ('($self, key, /)',
        'Return key in self.'),
}
SLOT_DOC_OVERRIDES = {
    ("__iadd__", "sq_inplace_concat"): "Implement self+=value.",
    ("__imul__", "sq_inplace_repeat"): "Implement self*=value.",
}
