"""Slots of classes made by a class statement: each calls the guest dunder.

Counterpart: the slot_* functions of Objects/typeobject.c (slot_tp_repr,
slot_nb_add via SLOT1BINFULL, slot_tp_getattr_hook, slot_tp_richcompare...)
and update_one_slot's choice between them.

`slot_function(slot_name, w_type)` answers, for a new heap type, what goes
in one slot:
- None, when no class on the MRO defines a dunder for the slot (the slot is
  then inherited from the solid base);
- the builtin's own host function, when the dunder found is simply the
  builtin's wrapper of that same slot (so `class L(list)` keeps list's fast
  sq_length);
- otherwise the generic function below that calls the dunder.
"""
from __future__ import annotations

from glass.objects import abstract
from glass.objects.exceptions import EXCEPTION_TYPES, OperationError, type_error
from glass.objects.object import decref
from glass.objects.typeslots import NO_HEAP_SLOT_FUNCTION, RICHCMP_DUNDERS, SLOTDEFS


def call_special(w_obj, name, args_w):
    """Call type(obj).name(obj, *args): None if the type has no such attribute.

    Counterpart: vectorcall_method / lookup_maybe_method: special methods
    are looked up on the type, never the instance.
    """
    w_descr = w_obj.ob_type.lookup(name)
    if w_descr is None:
        return None
    return abstract.call_bound_descriptor(w_descr, w_obj, args_w)


# slot -> the (dunder, kind) pairs that fill it, in SLOTDEFS' order.
_DUNDERS_BY_SLOT = {}
for _dunder, _slot, _kind in SLOTDEFS:
    _DUNDERS_BY_SLOT.setdefault(_slot, []).append((_dunder, _kind))
del _dunder, _slot, _kind


def slot_function(slot_name, w_type):
    """Counterpart: update_one_slot."""
    found_heap = False
    specific = None
    mro = w_type.mro
    for dunder, _kind in _DUNDERS_BY_SLOT.get(slot_name, ()):
        for w_class in mro:
            w_descr = w_class.dict.get(dunder)
            if w_descr is None:
                continue
            if type(w_descr) is W_SlotWrapper and w_descr.slot_name == slot_name \
                    and specific in (None, w_descr.func):
                specific = w_descr.func
            elif slot_name == "tp_hash" and w_descr is w_None:
                return hash_not_implemented
            elif dunder == "__new__" and not (w_class.flags & HEAPTYPE_FLAG):
                specific = specific or w_class.tp_new
            elif dunder == "__new__" and getattr(getattr(w_descr, "func", None),
                                                 "wraps_tp_new", False):
                # update_one_slot's shortcut for `__new__ = list.__new__`: the
                # type keeps the tp_new it has (its base's, when new), whichever
                # type the wrapper belongs to; CPython's own comment offers a
                # beer for a hole in this, and test_bad_new expects it to fail.
                specific = w_type.tp_new if w_type.is_ready else w_type.w_base.tp_new
            else:
                found_heap = True
            break
    if found_heap and slot_name not in NO_HEAP_SLOT_FUNCTION:
        return GENERIC.get(slot_name)
    if specific is None and slot_name == "tp_iternext":
        return abstract.next_not_implemented
    return specific


HEAPTYPE_FLAG = 1 << 9


def hash_not_implemented(w_self):
    """Counterpart: PyObject_HashNotImplemented (__hash__ = None)."""
    raise type_error("unhashable type: '%s'" % w_self.ob_type.name)


def slot_binary_function(slot_name, name, rname, testfunc=None):
    """Counterpart: SLOT1BINFULL: `a + b` for classes defining __add__/__radd__.

    The right operand's reflected method goes first when its type is a
    subclass of the left's that overrides it; otherwise the left's method,
    then the right's reflected one.  A type "uses dunders" for the slot when
    its slot holds this very function (CPython compares slot pointers).
    """
    def slot_func(w_self, w_other):
        from glass.objects.none import w_NotImplemented
        test = testfunc() if testfunc is not None else slot_func
        t_self, t_other = w_self.ob_type, w_other.ob_type
        do_other = t_self is not t_other and getattr(t_other, slot_name) is test
        if getattr(t_self, slot_name) is test:
            if do_other and t_other.is_subtype(t_self) and \
                    _method_is_overloaded(t_self, t_other, rname):
                w_res = _call_maybe(w_other, rname, w_self)
                if w_res is not w_NotImplemented:
                    return w_res
                decref(w_res)
                do_other = False
            w_res = _call_maybe(w_self, name, w_other)
            if w_res is not w_NotImplemented or t_other is t_self:
                return w_res
            decref(w_res)
        if do_other:
            return _call_maybe(w_other, rname, w_self)
        w_NotImplemented.ob_refcnt += 1
        return w_NotImplemented
    slot_func.__name__ = "slot_" + slot_name
    return slot_func


def _call_maybe(w_obj, name, w_arg):
    from glass.objects.none import w_NotImplemented
    w_res = call_special(w_obj, name, [w_arg])
    if w_res is None:
        w_NotImplemented.ob_refcnt += 1
        return w_NotImplemented
    return w_res


def _method_is_overloaded(t_left, t_right, name):
    """Does the right type's method differ from the left type's (by !=)?"""
    w_right = t_right.lookup(name)
    if w_right is None:
        return False
    w_left = t_left.lookup(name)
    if w_left is None:
        return True
    return abstract.rich_compare_bool(w_left, w_right, 3)


def _call(w_self, name, args_w):
    w_res = call_special(w_self, name, args_w)
    if w_res is None:
        from glass.objects.exceptions import attribute_error
        raise attribute_error(name)
    return w_res


def _unary(name):
    def slot_func(w_self):
        return _call(w_self, name, [])
    slot_func.__name__ = "slot_" + name.strip("_")
    return slot_func


def slot_tp_repr(w_self):
    return _call(w_self, "__repr__", [])


def slot_tp_str(w_self):
    return _call(w_self, "__str__", [])


def slot_tp_hash(w_self):
    from glass.objects.int import W_Int, hash_int
    w_res = _call(w_self, "__hash__", [])
    try:
        if not isinstance(w_res, W_Int):
            raise type_error("__hash__ method should return an integer")
        value = w_res.value
        # Counterpart: slot_tp_hash: a result that fits a Py_ssize_t is the
        # hash itself (-1 becomes -2); a bigger one is hashed as an int.
        if -(1 << 63) <= value < (1 << 63):
            return -2 if value == -1 else value
        return hash_int(value)
    finally:
        decref(w_res)


def slot_tp_call(w_self, args_w, kwnames):
    w_descr = w_self.ob_type.lookup("__call__")
    if w_descr is None:
        raise type_error("'%s' object is not callable" % w_self.ob_type.name)
    return _call_with_keywords(w_descr, w_self, args_w, kwnames)


def _call_with_keywords(w_descr, w_self, args_w, kwnames):
    # lookup_maybe_method's unbound case: a function or method descriptor
    # (Py_TPFLAGS_METHOD_DESCRIPTOR) is called with self prepended, without
    # making a bound method (_PyObject_Call_Prepend).  With keywords, CPython
    # copies the arguments (_PyStack_UnpackDict), so self has one reference
    # more during the call: the bound method below gives the same count.
    kind = type(w_descr)
    if not kwnames and (kind is W_Function or kind is W_MethodDescr or kind is W_SlotWrapper):
        return abstract.call(w_descr, [w_self, *args_w], kwnames)
    get = w_descr.ob_type.tp_descr_get
    if get is None:
        return abstract.call(w_descr, args_w, kwnames)
    w_bound = get(w_descr, w_self, w_self.ob_type)
    try:
        return abstract.call(w_bound, args_w, kwnames)
    finally:
        decref(w_bound)


def slot_tp_richcompare(w_self, w_other, op):
    from glass.objects.descr import W_MethodDescr, W_SlotWrapper
    from glass.objects.funcobject import W_Function
    from glass.objects.none import w_NotImplemented
    w_descr = w_self.ob_type.lookup(RICHCMP_DUNDERS[op])
    get = w_descr.ob_type.tp_descr_get if w_descr is not None else None
    # Functions and method descriptors (Py_TPFLAGS_METHOD_DESCRIPTOR) are
    # called unbound, and a builtin's slot wrapper makes update_one_slot use
    # that builtin's slot; any other descriptor is bound first.
    if get is not None and not isinstance(w_descr, (W_Function, W_MethodDescr,
                                                    W_SlotWrapper)):
        # lookup_maybe_method binds a non-method descriptor; an error doing
        # so (a property raising) is cleared: the comparison is NotImplemented.
        try:
            w_bound = get(w_descr, w_self, w_self.ob_type)
        except OperationError as error:
            decref(error.w_value)
            w_bound = None
        if w_bound is None:
            w_NotImplemented.ob_refcnt += 1
            return w_NotImplemented
        try:
            return abstract.call(w_bound, [w_other])
        finally:
            decref(w_bound)
    w_res = call_special(w_self, RICHCMP_DUNDERS[op], [w_other])
    if w_res is None:
        w_NotImplemented.ob_refcnt += 1
        return w_NotImplemented
    return w_res


def slot_tp_iternext(w_self):
    try:
        return _call(w_self, "__next__", [])
    except OperationError as error:
        if error.match(EXCEPTION_TYPES["StopIteration"]):
            decref(error.w_value)
            return None
        raise


def slot_tp_descr_get(w_self, w_obj, w_type):
    from glass.objects.none import w_None
    w_descr = w_self.ob_type.lookup("__get__")
    if w_descr is None:
        w_self.ob_refcnt += 1
        return w_self
    return abstract.call_bound_descriptor(
        w_descr, w_self, [w_obj or w_None, w_type or w_None])


def slot_tp_descr_set(w_self, w_obj, w_value):
    if w_value is None:
        decref(_call(w_self, "__delete__", [w_obj]))
    else:
        decref(_call(w_self, "__set__", [w_obj, w_value]))


def slot_tp_init(w_self, args_w, kwnames):
    from glass.objects.none import w_None
    w_descr = w_self.ob_type.lookup("__init__")
    w_res = _call_with_keywords(w_descr, w_self, args_w, kwnames)
    if w_res is not w_None:
        kind = w_res.ob_type.name
        decref(w_res)
        raise type_error("__init__() should return None, not '%s'" % kind)
    decref(w_res)


def slot_tp_new(w_type, args_w, kwnames):
    """Call type.__new__(type, *args) as found on the type (a staticmethod)."""
    w_new = abstract.getattr_str(w_type, "__new__")
    try:
        return abstract.call(w_new, [w_type, *args_w], kwnames)
    finally:
        decref(w_new)


def slot_tp_finalize(w_self):
    decref(_call(w_self, "__del__", []))


def slot_tp_getattr_hook(w_self, w_name):
    """__getattribute__, then __getattr__ on AttributeError."""
    w_type = w_self.ob_type
    w_getattr = w_type.lookup("__getattr__")
    w_getattribute = w_type.lookup("__getattribute__")
    # Held while they run: __getattribute__ may delete either from the class.
    for w_held in (w_getattr, w_getattribute):
        if w_held is not None:
            w_held.ob_refcnt += 1
    try:
        try:
            if w_getattribute is None or _is_generic_getattribute(w_getattribute):
                # object.__getattribute__ itself: the generic lookup runs
                # directly, told not to build an AttributeError when a
                # __getattr__ is there to answer (as C passes suppress=1).
                from glass.objects.typeobject import generic_getattr
                w_res = generic_getattr(w_self, w_name, w_getattr is not None)
                if w_res is not None:
                    return w_res
            else:
                return abstract.call_bound_descriptor(w_getattribute, w_self, [w_name])
        except OperationError as error:
            if w_getattr is None or not error.match(EXCEPTION_TYPES["AttributeError"]):
                raise
            decref(error.w_value)
        return abstract.call_bound_descriptor(w_getattr, w_self, [w_name])
    finally:
        for w_held in (w_getattr, w_getattribute):
            if w_held is not None:
                decref(w_held)


def _is_generic_getattribute(w_descr):
    """Is this object's own __getattribute__ (the wrapper of the generic
    tp_getattro, PyObject_GenericGetAttr)?"""
    if type(w_descr) is not W_SlotWrapper:
        return False
    from glass.objects.typeobject import ObjectType
    return w_descr.func is ObjectType.getattro


def slot_tp_setattro(w_self, w_name, w_value):
    if w_value is None:
        decref(_call(w_self, "__delattr__", [w_name]))
    else:
        decref(_call(w_self, "__setattr__", [w_name, w_value]))


def slot_nb_bool(w_self):
    from glass.objects.bool import W_Bool
    w_type = w_self.ob_type
    if w_type.lookup("__bool__") is not None:
        w_res = _call(w_self, "__bool__", [])
        try:
            if not isinstance(w_res, W_Bool):
                raise type_error("__bool__ should return bool, returned %s"
                                 % w_res.ob_type.name)
            return bool(w_res.value)
        finally:
            decref(w_res)
    if w_type.lookup("__len__") is not None:
        return slot_sq_length(w_self) != 0
    return True


def slot_sq_length(w_self):
    w_res = _call(w_self, "__len__", [])
    try:
        w_index = abstract.index(w_res)
    finally:
        decref(w_res)
    try:
        # The sign first, then the size: __len__ = -2**70 is a ValueError,
        # 2**70 an OverflowError (PyNumber_AsSsize_t(res, OverflowError)).
        if w_index.value < 0:
            from glass.objects.exceptions import value_error
            raise value_error("__len__() should return >= 0")
        return abstract.index_as_ssize(w_index, "OverflowError")
    finally:
        decref(w_index)


def slot_mp_subscript(w_self, w_key):
    return _call(w_self, "__getitem__", [w_key])


def slot_sq_item(w_self, index):
    from glass.objects.int import new_int
    w_index = new_int(index)
    try:
        return _call(w_self, "__getitem__", [w_index])
    finally:
        decref(w_index)


def slot_mp_ass_subscript(w_self, w_key, w_value):
    if w_value is None:
        decref(_call(w_self, "__delitem__", [w_key]))
    else:
        decref(_call(w_self, "__setitem__", [w_key, w_value]))


def slot_tp_iter(w_self):
    """Counterpart: slot_tp_iter: `__iter__ = None` marks a class not iterable."""
    from glass.objects.none import w_None
    if w_self.ob_type.lookup("__iter__") is w_None:
        raise type_error("'%s' object is not iterable" % w_self.ob_type.name)
    return _call(w_self, "__iter__", [])


def slot_sq_contains(w_self, w_item):
    from glass.objects.none import w_None
    w_descr = w_self.ob_type.lookup("__contains__")
    if w_descr is w_None:
        raise type_error("'%s' object is not a container" % w_self.ob_type.name)
    if w_descr is None:
        return abstract.contains_by_iteration(w_self, w_item)
    w_res = abstract.call_bound_descriptor(w_descr, w_self, [w_item])
    try:
        return abstract.is_true(w_res)
    finally:
        decref(w_res)


def slot_nb_power(w_self, w_other, w_mod):
    from glass.objects.none import w_None
    if w_mod is w_None:
        return _binary_power(w_self, w_other)
    # Three-argument pow() only tries the left operand's __pow__ (as CPython).
    if w_self.ob_type.nb_power is slot_nb_power:
        return _call(w_self, "__pow__", [w_other, w_mod])
    from glass.objects.none import w_NotImplemented
    w_NotImplemented.ob_refcnt += 1
    return w_NotImplemented


_binary_power = slot_binary_function("nb_power", "__pow__", "__rpow__",
                                     testfunc=lambda: slot_nb_power)


def _inplace(name):
    def slot_func(w_self, w_other):
        return _call(w_self, name, [w_other])
    slot_func.__name__ = "slot_" + name.strip("_")
    return slot_func


def _inplace_power(w_self, w_other, w_mod):
    return _call(w_self, "__ipow__", [w_other])


def _checked_unary(name, expected, message):
    def slot_func(w_self):
        w_res = _call(w_self, name, [])
        if not w_res.ob_type.is_subtype(expected()):
            kind = w_res.ob_type.name
            decref(w_res)
            raise type_error(message % kind)
        return w_res
    slot_func.__name__ = "slot_" + name.strip("_")
    return slot_func


def _int_type():
    from glass.objects.int import W_Int
    return W_Int.w_type


def _float_type():
    from glass.objects.float import W_Float
    return W_Float.w_type


GENERIC = {
    "tp_repr": slot_tp_repr,
    "tp_str": slot_tp_str,
    "tp_hash": slot_tp_hash,
    "tp_call": slot_tp_call,
    "tp_richcompare": slot_tp_richcompare,
    "tp_iter": slot_tp_iter,
    "tp_iternext": slot_tp_iternext,
    "tp_descr_get": slot_tp_descr_get,
    "tp_descr_set": slot_tp_descr_set,
    "tp_init": slot_tp_init,
    "tp_new": slot_tp_new,
    "tp_finalize": slot_tp_finalize,
    "tp_getattro": slot_tp_getattr_hook,
    "tp_setattro": slot_tp_setattro,
    "am_await": _unary("__await__"),
    "am_aiter": _unary("__aiter__"),
    "am_anext": _unary("__anext__"),
    "nb_bool": slot_nb_bool,
    "nb_negative": _unary("__neg__"),
    "nb_positive": _unary("__pos__"),
    "nb_absolute": _unary("__abs__"),
    "nb_invert": _unary("__invert__"),
    "nb_index": _checked_unary("__index__", _int_type, "__index__ returned non-int (type %s)"),
    "nb_int": _checked_unary("__int__", _int_type, "__int__ returned non-int (type %s)"),
    "nb_float": _unary("__float__"),      # checked by PyNumber_Float, with the type names
    "nb_power": slot_nb_power,
    "nb_inplace_power": _inplace_power,
    "mp_length": slot_sq_length,
    "sq_length": slot_sq_length,
    "mp_subscript": slot_mp_subscript,
    "sq_item": slot_sq_item,
    "mp_ass_subscript": slot_mp_ass_subscript,
    "sq_contains": slot_sq_contains,
}
for _dunder, _slot, _kind in SLOTDEFS:
    if _slot in GENERIC:
        continue
    if _kind == "binary_l" and _slot.startswith("nb_"):
        _reflected = "__r" + _dunder[2:]
        GENERIC[_slot] = slot_binary_function(_slot, _dunder, _reflected)
    elif _kind == "inplace" and _slot.startswith("nb_"):
        GENERIC[_slot] = _inplace(_dunder)
from glass.objects.descr import W_MethodDescr, W_SlotWrapper  # noqa: E402
from glass.objects.funcobject import W_Function  # noqa: E402
from glass.objects.none import w_None  # noqa: E402
