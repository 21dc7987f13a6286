"""The generic protocols: numbers, sequences, mappings, iteration, calls, attributes.

Counterpart: Objects/abstract.c (PyNumber_*, PyObject_GetItem, PyObject_Call,
PyIter_Next...) and the protocol parts of Objects/object.c (PyObject_Repr,
PyObject_RichCompare, PyObject_IsTrue, PyObject_GetAttr, PyObject_Hash).

Every function here returns a new reference (or a host value where C returns
a C value) and borrows its arguments, as the C functions do.  Each goes
through the type's slots, so builtins and classes are served by one path.
"""
from __future__ import annotations

from glass.objects.exceptions import OperationError, type_error
from glass.objects.object import decref
from glass.objects.type import EQ, NE
from glass.vm import pystate

# This module defines the guest protocols under CPython's short names (repr,
# str, hash, iter, next, getattr...); the host builtins it needs itself are
# bound here first, under names that say which side they are on.
host_getattr = getattr

CMP_SYMBOLS = ("<", "<=", "==", "!=", ">", ">=")
SWAPPED_OP = (4, 5, 2, 3, 0, 1)            # _Py_SwappedOp: < becomes >, ...


# --- repr, str, hash, truth -------------------------------------------------------

_INT_TYPE = [None]        # int's W_Type, set when glass.objects.int is loaded


def repr(w_obj):
    """PyObject_Repr: a new W_Str."""
    func = w_obj.ob_type.tp_repr
    if func is None:
        from glass.objects.str import new_str
        return new_str("<%s object at %#x>" % (w_obj.ob_type.name, id(w_obj)))
    tstate = pystate.current()
    pystate.enter_recursive_call(tstate, " while getting the repr of an object")
    try:
        w_res = func(w_obj)
    finally:
        tstate.recursion_depth -= 1
    return _check_str(w_res, "__repr__")


def str(w_obj):
    """PyObject_Str: a new W_Str."""
    from glass.objects.str import W_Str
    if w_obj.ob_type is W_Str.w_type:
        w_obj.ob_refcnt += 1
        return w_obj
    func = w_obj.ob_type.tp_str
    if func is None:
        return repr(w_obj)
    tstate = pystate.current()
    pystate.enter_recursive_call(tstate, " while getting the str of an object")
    try:
        w_res = func(w_obj)
    finally:
        tstate.recursion_depth -= 1
    return _check_str(w_res, "__str__")


def _check_str(w_res, name):
    from glass.objects.str import W_Str
    if not isinstance(w_res, W_Str):
        kind = w_res.ob_type.name
        decref(w_res)
        raise type_error("%s returned non-string (type %s)" % (name, kind))
    return w_res


def repr_text(w_obj):
    """The repr as a host str (for builtins that build their own repr)."""
    if w_obj.ob_type is _INT_TYPE[0]:
        # An exact int's repr cannot recurse or fail but for the digit limit:
        # the containers' reprs of long lists of ints skip the generic path.
        from glass.objects.int import int_to_decimal_string
        return int_to_decimal_string(w_obj.value)
    w_res = repr(w_obj)
    text = w_res.value
    decref(w_res)
    return text


def str_text(w_obj):
    w_res = str(w_obj)
    text = w_res.value
    decref(w_res)
    return text


def hash(w_obj):
    """PyObject_Hash: a host int."""
    func = w_obj.ob_type.tp_hash
    if func is None:
        raise type_error("unhashable type: '%s'" % w_obj.ob_type.name)
    return func(w_obj)


def is_true(w_obj):
    """PyObject_IsTrue: a host bool (nb_bool, then the length, then True)."""
    if w_obj is w_True:
        return True
    if w_obj is w_False or w_obj is w_None:
        return False
    w_type = w_obj.ob_type
    if w_type.nb_bool is not None:
        return w_type.nb_bool(w_obj)
    if w_type.mp_length is not None:
        return w_type.mp_length(w_obj) > 0
    if w_type.sq_length is not None:
        return w_type.sq_length(w_obj) > 0
    return True


# --- comparison ---------------------------------------------------------------------

def rich_compare(w_v, w_w, op):
    """PyObject_RichCompare (do_richcompare): a new reference."""
    w_notimpl = w_NotImplemented
    t_v, t_w = w_v.ob_type, w_w.ob_type
    checked_reverse = False
    tstate = pystate.current()
    pystate.enter_recursive_call(tstate, " in comparison")
    try:
        if t_v is not t_w and t_w.is_subtype(t_v) and t_w.tp_richcompare is not None:
            checked_reverse = True
            w_res = t_w.tp_richcompare(w_w, w_v, SWAPPED_OP[op])
            if w_res is not w_notimpl:
                return w_res
            decref(w_res)
        if t_v.tp_richcompare is not None:
            w_res = t_v.tp_richcompare(w_v, w_w, op)
            if w_res is not w_notimpl:
                return w_res
            decref(w_res)
        if not checked_reverse and t_w.tp_richcompare is not None:
            w_res = t_w.tp_richcompare(w_w, w_v, SWAPPED_OP[op])
            if w_res is not w_notimpl:
                return w_res
            decref(w_res)
    finally:
        tstate.recursion_depth -= 1
    if op == EQ:
        return new_bool(w_v is w_w)
    if op == NE:
        return new_bool(w_v is not w_w)
    raise type_error("'%s' not supported between instances of '%s' and '%s'"
                     % (CMP_SYMBOLS[op], t_v.name, t_w.name))


def rich_compare_bool(w_v, w_w, op):
    """PyObject_RichCompareBool: identity implies equality, as in CPython."""
    if w_v is w_w:
        if op == EQ:
            return True
        if op == NE:
            return False
    w_res = rich_compare(w_v, w_w, op)
    try:
        return is_true(w_res)
    finally:
        decref(w_res)


# --- numbers --------------------------------------------------------------------------

def binary_op1(w_v, w_w, slot_name):
    """Counterpart: binary_op1: the left slot, the right slot, subclass first."""
    w_notimpl = w_NotImplemented
    t_v, t_w = w_v.ob_type, w_w.ob_type
    slot_v = host_getattr(t_v, slot_name)
    slot_w = host_getattr(t_w, slot_name) if t_w is not t_v else None
    if slot_w is slot_v:
        slot_w = None
    if slot_v is not None:
        if slot_w is not None and t_w.is_subtype(t_v):
            w_res = slot_w(w_v, w_w)
            if w_res is not w_notimpl:
                return w_res
            decref(w_res)
            slot_w = None
        w_res = slot_v(w_v, w_w)
        if w_res is not w_notimpl:
            return w_res
        decref(w_res)
    if slot_w is not None:
        w_res = slot_w(w_v, w_w)
        if w_res is not w_notimpl:
            return w_res
        decref(w_res)
    w_notimpl.ob_refcnt += 1
    return w_notimpl


def _unsupported(symbol, w_v, w_w):
    if symbol == "**":
        symbol = "** or pow()"
    return type_error("unsupported operand type(s) for %s: '%s' and '%s'"
                      % (symbol, w_v.ob_type.name, w_w.ob_type.name))


def binary_op(w_v, w_w, slot_name, symbol):
    """PyNumber_Add and friends: the number slots, then the sequence fallbacks."""
    if slot_name == "nb_power":
        return power(w_v, w_w, None)
    w_res = binary_op1(w_v, w_w, slot_name)
    if w_res is not w_NotImplemented:
        return w_res
    decref(w_res)
    if slot_name == "nb_add":
        concat = w_v.ob_type.sq_concat
        if concat is not None:
            return concat(w_v, w_w)
    elif slot_name == "nb_multiply":
        w_res = _sequence_repeat(w_v, w_w)
        if w_res is not None:
            return w_res
    elif slot_name == "nb_rshift" and _is_builtin_print(w_v):
        # PyNumber_Rshift's hint for Python 2's `print >> stream, message`.
        raise type_error("unsupported operand type(s) for >>: '%s' and '%s'. Did you mean "
                         "\"print(<message>, file=<output_stream>)\"?"
                         % (w_v.ob_type.name, w_w.ob_type.name))
    raise _unsupported(symbol, w_v, w_w)


def _is_builtin_print(w_obj):
    from glass.objects.descr import W_BuiltinFunction
    return w_obj.ob_type is W_BuiltinFunction.w_type and w_obj.name == "print"


def _sequence_repeat(w_v, w_w):
    if w_v.ob_type.sq_repeat is not None:
        return _repeat(w_v.ob_type.sq_repeat, w_v, w_w)
    if w_w.ob_type.sq_repeat is not None:
        return _repeat(w_w.ob_type.sq_repeat, w_w, w_v)
    return None


def _repeat(repeat, w_seq, w_count):
    if w_count.ob_type.nb_index is None:
        raise type_error("can't multiply sequence by non-int of type '%s'"
                         % w_count.ob_type.name)
    return repeat(w_seq, index_as_ssize(w_count, "OverflowError"))


def inplace_op(w_v, w_w, inplace_slot, slot_name, symbol):
    """PyNumber_InPlaceAdd and friends (binary_iop1 and the sequence fallbacks)."""
    w_notimpl = w_NotImplemented
    func = host_getattr(w_v.ob_type, inplace_slot)
    if func is not None:
        # nb_inplace_power is ternary: a modulus of None (PyNumber_InPlacePower).
        w_res = func(w_v, w_w, w_None) if slot_name == "nb_power" else func(w_v, w_w)
        if w_res is not w_notimpl:
            return w_res
        decref(w_res)
    if slot_name == "nb_power":
        return _ternary(w_v, w_w, None, symbol)
    w_res = binary_op1(w_v, w_w, slot_name)
    if w_res is not w_notimpl:
        return w_res
    decref(w_res)
    if slot_name == "nb_add":
        t_v = w_v.ob_type
        if t_v.sq_inplace_concat is not None:
            return t_v.sq_inplace_concat(w_v, w_w)
        if t_v.sq_concat is not None:
            return t_v.sq_concat(w_v, w_w)
    elif slot_name == "nb_multiply":
        t_v = w_v.ob_type
        if t_v.sq_inplace_repeat is not None:
            return _repeat(t_v.sq_inplace_repeat, w_v, w_w)
        w_res = _sequence_repeat(w_v, w_w)
        if w_res is not None:
            return w_res
    raise _unsupported(symbol, w_v, w_w)


def power(w_v, w_w, w_z):
    """PyNumber_Power: three-argument nb_power (w_z None means None)."""
    return _ternary(w_v, w_w, w_z, "**" if w_z is None else None)


def _ternary(w_v, w_w, w_z, symbol):
    """Counterpart: ternary_op: as binary_op1, with the modulus passed along."""
    w_notimpl = w_NotImplemented
    if w_z is None:
        w_z = w_None
    t_v, t_w = w_v.ob_type, w_w.ob_type
    slot_v = t_v.nb_power
    slot_w = t_w.nb_power if t_w is not t_v else None
    if slot_w is slot_v:
        slot_w = None
    slot_z = w_z.ob_type.nb_power if w_z is not w_None else None
    if slot_z is slot_v or slot_z is slot_w:
        slot_z = None
    if slot_v is not None:
        if slot_w is not None and t_w.is_subtype(t_v):
            w_res = slot_w(w_v, w_w, w_z)
            if w_res is not w_notimpl:
                return w_res
            decref(w_res)
            slot_w = None
        w_res = slot_v(w_v, w_w, w_z)
        if w_res is not w_notimpl:
            return w_res
        decref(w_res)
    if slot_w is not None:
        w_res = slot_w(w_v, w_w, w_z)
        if w_res is not w_notimpl:
            return w_res
        decref(w_res)
    if slot_z is not None:
        # The modulus's type gets the last word (float: "3rd argument not allowed").
        w_res = slot_z(w_v, w_w, w_z)
        if w_res is not w_notimpl:
            return w_res
        decref(w_res)
    if w_z is w_None:
        raise _unsupported(symbol or "**", w_v, w_w)
    raise type_error("unsupported operand type(s) for ** or pow(): "
                     "'%s', '%s', '%s'" % (t_v.name, t_w.name, w_z.ob_type.name))


def unary_op(w_obj, slot_name, symbol):
    """PyNumber_Negative, PyNumber_Positive, PyNumber_Invert."""
    func = host_getattr(w_obj.ob_type, slot_name)
    if func is None:
        raise type_error("bad operand type for unary %s: '%s'"
                         % (symbol, w_obj.ob_type.name))
    return func(w_obj)


def index(w_obj):
    """PyNumber_Index: a new W_Int."""
    if w_obj.ob_type is W_Int.w_type:
        w_obj.ob_refcnt += 1
        return w_obj
    if isinstance(w_obj, W_Int):
        # An int subclass is an int already (its own __index__ is not asked).
        from glass.objects.int import new_int
        return new_int(w_obj.value)
    func = w_obj.ob_type.nb_index
    if func is None:
        raise type_error("'%s' object cannot be interpreted as an integer"
                         % w_obj.ob_type.name)
    w_res = func(w_obj)
    if w_res.ob_type is W_Int.w_type:
        return w_res
    if not isinstance(w_res, W_Int):
        kind = w_res.ob_type.name
        decref(w_res)
        raise type_error("__index__ returned non-int (type %s)" % kind)
    # _PyNumber_Index: a strict int subclass from __index__ is deprecated;
    # PyNumber_Index then copies it into an exact int.
    from glass.objects.exceptions import warn_deprecation
    from glass.objects.int import new_int
    try:
        warn_deprecation("__index__ returned non-int (type %s).  The ability to return "
                         "an instance of a strict subclass of int is deprecated, and "
                         "may be removed in a future version of Python."
                         % w_res.ob_type.name)
    except OperationError:
        decref(w_res)
        raise
    w_copy = new_int(w_res.value)
    decref(w_res)
    return w_copy


def index_as_ssize(w_obj, error="IndexError"):
    """PyNumber_AsSsize_t(obj, PyExc_<error>): a host int.  Indexing raises
    IndexError for a huge index; repeating a sequence raises OverflowError."""
    w_int = index(w_obj)
    value = w_int.value
    decref(w_int)
    if not -(1 << 63) <= value < (1 << 63):
        from glass.objects.exceptions import operation_error
        raise operation_error(error, "cannot fit '%s' into an index-sized integer"
                              % w_obj.ob_type.name)
    return value


def int_value(w_obj):
    """int(x) for the simple cases: a host int."""
    from glass.objects.int import W_Int
    if isinstance(w_obj, W_Int):
        return w_obj.value
    func = w_obj.ob_type.nb_int or w_obj.ob_type.nb_index
    if func is None:
        raise type_error("int() argument must be a string, a bytes-like object "
                         "or a real number, not '%s'" % w_obj.ob_type.name)
    w_res = func(w_obj)
    value = w_res.value
    decref(w_res)
    return value


# --- sequences and mappings --------------------------------------------------------------

def length(w_obj):
    """PyObject_Size: a host int."""
    w_type = w_obj.ob_type
    func = w_type.sq_length or w_type.mp_length
    if func is None:
        raise type_error("object of type '%s' has no len()" % w_type.name)
    return func(w_obj)


def getitem(w_obj, w_key):
    """PyObject_GetItem: mp_subscript, then sq_item, then __class_getitem__."""
    w_type = w_obj.ob_type
    if w_type.mp_subscript is not None:
        return w_type.mp_subscript(w_obj, w_key)
    if w_type.sq_item is not None:
        if w_key.ob_type.nb_index is not None:
            index_value = index_as_ssize(w_key)
            if index_value < 0 and w_type.sq_length is not None:
                index_value += w_type.sq_length(w_obj)
            return w_type.sq_item(w_obj, index_value)
        raise type_error("sequence index must be integer, not '%s'" % w_key.ob_type.name)
    from glass.objects.type import W_Type
    if isinstance(w_obj, W_Type):
        if w_obj is W_Type.w_type:               # type[int] (PEP 585)
            from glass.objects.genericalias import new_generic_alias
            return new_generic_alias(w_obj, w_key)
        # _PyObject_LookupAttr: the attribute as the class shows it (an
        # implicit classmethod bound); None means "not subscriptable".
        w_meth = lookup_attr_str(w_obj, "__class_getitem__")
        if w_meth is not None:
            from glass.objects.none import w_None
            try:
                if w_meth is not w_None:
                    return call(w_meth, [w_key])
            finally:
                decref(w_meth)
        raise type_error("type '%s' is not subscriptable" % w_obj.name)
    raise type_error("'%s' object is not subscriptable" % w_type.name)


def setitem(w_obj, w_key, w_value):
    """PyObject_SetItem (w_value None deletes: PyObject_DelItem)."""
    w_type = w_obj.ob_type
    if w_type.mp_ass_subscript is not None:
        return w_type.mp_ass_subscript(w_obj, w_key, w_value)
    if w_type.sq_ass_item is not None:
        if w_key.ob_type.nb_index is not None:
            index_value = index_as_ssize(w_key)
            if index_value < 0 and w_type.sq_length is not None:
                index_value += w_type.sq_length(w_obj)
            return w_type.sq_ass_item(w_obj, index_value, w_value)
        raise type_error("sequence index must be integer, not '%s'" % w_key.ob_type.name)
    if w_value is None:
        if _has_sequence_slots(w_type) and w_key.ob_type.nb_index is not None:
            # PySequence_DelItem's own wording, for a sequence that has no
            # sq_ass_item (a tuple, a str) indexed by an int.
            index_as_ssize(w_key)
            raise type_error("'%s' object doesn't support item deletion" % w_type.name)
        raise type_error("'%s' object does not support item deletion" % w_type.name)
    raise type_error("'%s' object does not support item assignment" % w_type.name)


def _has_sequence_slots(w_type):
    """Has the type a tp_as_sequence table at all (any sq_ slot)?"""
    return (w_type.sq_length is not None or w_type.sq_item is not None or
            w_type.sq_contains is not None or w_type.sq_concat is not None or
            w_type.sq_repeat is not None)


def contains(w_container, w_item):
    """PySequence_Contains: a host bool (sq_contains, else iterate)."""
    func = w_container.ob_type.sq_contains
    if func is not None:
        return func(w_container, w_item)
    return contains_by_iteration(w_container, w_item)


def contains_by_iteration(w_container, w_item):
    """Counterpart: _PySequence_IterSearch(PY_ITERSEARCH_CONTAINS): any
    TypeError from getting the iterator becomes "argument of type ..."."""
    from glass.objects.exceptions import EXCEPTION_TYPES
    try:
        w_it = iter(w_container)
    except OperationError as error:
        if not error.match(EXCEPTION_TYPES["TypeError"]):
            raise
        decref(error.w_value)
        raise type_error("argument of type '%s' is not iterable" % w_container.ob_type.name)
    try:
        for w_each in iterate(w_it):
            try:
                if rich_compare_bool(w_each, w_item, EQ):
                    return True
            finally:
                decref(w_each)
        return False
    finally:
        decref(w_it)


def sequence_tuple(w_obj):
    """PySequence_Tuple: a new tuple of the iterable's items (glass/objects/tuple.py)."""
    from glass.objects.tuple import sequence_tuple as tuple_of
    return tuple_of(w_obj)


# --- iteration --------------------------------------------------------------------------

def next_not_implemented(w_self):
    """Counterpart: _PyObject_NextNotImplemented: the tp_iternext of a class
    whose __next__ was deleted (update_one_slot puts it there), so a loop
    already running over one of its objects stops with a TypeError."""
    raise type_error("'%s' object is not iterable" % w_self.ob_type.name)


def iter_check(w_obj):
    """PyIter_Check: the object's type has a tp_iternext of its own."""
    iternext = w_obj.ob_type.tp_iternext
    return iternext is not None and iternext is not next_not_implemented


def iter(w_obj, message=None):
    """PyObject_GetIter: tp_iter, or the old sequence protocol."""
    w_type = w_obj.ob_type
    if w_type.tp_iter is not None:
        w_it = w_type.tp_iter(w_obj)
        if not iter_check(w_it):
            kind = w_it.ob_type.name
            decref(w_it)
            raise type_error("iter() returned non-iterator of type '%s'" % kind)
        return w_it
    if w_type.sq_item is not None:
        from glass.objects.iterobject import W_SeqIter
        return W_SeqIter(w_obj)
    raise type_error((message or "'%s' object is not iterable") % w_type.name)


def next(w_iter):
    """PyIter_Next: a new reference, or None when the iterator is exhausted."""
    return w_iter.ob_type.tp_iternext(w_iter)


def iterate(w_obj, message=None):
    """Yield each item of a guest iterable as a new reference (a host loop)."""
    w_it = iter(w_obj, message)
    try:
        iternext = w_it.ob_type.tp_iternext
        while True:
            try:
                w_item = iternext(w_it)
            except OperationError as error:
                # PyIter_Next: StopIteration (a generator's return value)
                # ends the iteration like a NULL without an exception.
                if not error.match(_stop_iteration_type()):
                    raise
                decref(error.w_value)
                return
            if w_item is None:
                return
            yield w_item
    finally:
        decref(w_it)


def _stop_iteration_type():
    from glass.objects.exceptions import EXCEPTION_TYPES
    return EXCEPTION_TYPES["StopIteration"]


# --- attributes -------------------------------------------------------------------------

def getattr(w_obj, w_name):
    """PyObject_GetAttr: tp_getattro.  An AttributeError learns the object and
    the name (set_attribute_error_context), for the "Did you mean" hint."""
    try:
        return w_obj.ob_type.tp_getattro(w_obj, w_name)
    except OperationError as error:
        from glass.objects.exceptions import set_attribute_error_context
        set_attribute_error_context(w_obj, w_name, error)
        raise


def getattr_str(w_obj, name):
    from glass.objects.str import intern
    w_name = intern(name)
    try:
        return w_obj.ob_type.tp_getattro(w_obj, w_name)
    finally:
        w_name.ob_refcnt -= 1


def lookup_attr_str(w_obj, name):
    """_PyObject_LookupAttr: the attribute, or None if AttributeError."""
    from glass.objects.str import intern
    w_name = intern(name)
    try:
        return lookup_attr(w_obj, w_name)
    finally:
        w_name.ob_refcnt -= 1


def lookup_attr(w_obj, w_name):
    """Counterpart: _PyObject_LookupAttr: the attribute (a new reference), or
    None if AttributeError.

    An object with the generic tp_getattro is asked not to build the
    AttributeError at all (its suppress mode), as CPython does; an
    AttributeError from a descriptor's __get__ is still caught here.
    """
    if _GENERIC_GETATTRO[0] is None:
        _load_generic_getattro()
    getattro = w_obj.ob_type.tp_getattro
    try:
        if getattro is _GENERIC_GETATTRO[0]:
            return _GENERIC_GETATTRO[1](w_obj, w_name, True)
        return getattro(w_obj, w_name)
    except OperationError as error:
        from glass.objects.exceptions import EXCEPTION_TYPES
        if error.match(EXCEPTION_TYPES["AttributeError"]):
            decref(error.w_value)
            return None
        raise


def _load_generic_getattro():
    """Bind object's tp_getattro and generic_getattr on first use (typeobject
    imports this module, so not at import time)."""
    from glass.objects.typeobject import ObjectType, generic_getattr
    _GENERIC_GETATTRO[:] = [ObjectType.getattro, generic_getattr]


# object's tp_getattro slot and the function behind it, once loaded.
_GENERIC_GETATTRO = [None, None]


def setattr(w_obj, w_name, w_value):
    """PyObject_SetAttr (w_value None deletes)."""
    func = w_obj.ob_type.tp_setattro
    if func is None:
        raise type_error("'%s' object has no attributes (%s .%s)" % (
            w_obj.ob_type.name, "del" if w_value is None else "assign to",
            w_name.value))
    func(w_obj, w_name, w_value)


# --- calls ------------------------------------------------------------------------------

def call_method(w_obj, name, args_w, kwnames=None):
    """PyObject_VectorcallMethod: w_obj.name(*args) by attribute lookup (a
    new reference to the result; the arguments are borrowed)."""
    w_method = getattr_str(w_obj, name)
    try:
        return call(w_method, args_w, kwnames)
    finally:
        decref(w_method)


def call(w_callable, args_w, kwnames=None):
    """PyObject_Vectorcall: args_w (borrowed) then kwnames (host strs) -> new ref."""
    func = w_callable.ob_type.tp_call
    if func is None:
        raise type_error("'%s' object is not callable" % w_callable.ob_type.name)
    w_type = w_callable.ob_type
    if w_type is _FUNCTION_TYPE or w_type is _METHOD_TYPE or \
            w_callable in UNCOUNTED_TYPE_CALLS:
        # A function's vectorcall counts only the frame it runs (in
        # eval_frame); a bound method's delegates to its function; the
        # types with a tp_vectorcall of their own (list, set...) count none.
        return func(w_callable, args_w, kwnames)
    tstate = pystate.current()
    # Py_EnterRecursiveCall, its counting inline (this runs for every call).
    tstate.recursion_depth += 1
    if tstate.recursion_depth > tstate.interp.recursion_limit:
        tstate.recursion_depth -= 1
        pystate.enter_recursive_call(tstate, " while calling a Python object")
    try:
        return func(w_callable, args_w, kwnames)
    finally:
        tstate.recursion_depth -= 1


def call_bound_descriptor(w_descr, w_obj, args_w, bind_to_type=False):
    """Call the attribute w_descr found on type(w_obj), as bound to w_obj.

    Counterpart: the unbound-method fast path of vectorcall_method: a function
    or method descriptor is called with w_obj prepended instead of binding.
    """
    kind = type(w_descr)
    # Py_TPFLAGS_METHOD_DESCRIPTOR: functions, method and wrapper descriptors.
    if not bind_to_type and (kind is W_Function or kind is W_MethodDescr
                             or kind is W_SlotWrapper):
        return call(w_descr, [w_obj, *args_w])
    get = w_descr.ob_type.tp_descr_get
    if get is None:
        return call(w_descr, args_w)
    w_bound = get(w_descr, None if bind_to_type else w_obj,
                  w_obj if bind_to_type else w_obj.ob_type)
    try:
        return call(w_bound, args_w)
    finally:
        decref(w_bound)


# --- isinstance -------------------------------------------------------------------------

def isinstance_type(w_obj, w_type):
    """A plain type check (no __instancecheck__): PyObject_TypeCheck."""
    return w_obj.ob_type.is_subtype(w_type)


# --- formatting ------------------------------------------------------------------------

def format(w_value, w_spec=None):
    """PyObject_Format: type(value).__format__(value, spec)."""
    from glass.objects.str import W_Str, new_str
    if w_spec is None or (isinstance(w_spec, W_Str) and not w_spec.value):
        if w_value.ob_type is W_Str.w_type:
            w_value.ob_refcnt += 1
            return w_value
    w_format = w_value.ob_type.lookup("__format__")
    if w_format is None:
        raise type_error("Type %s doesn't define __format__" % w_value.ob_type.name)
    own_spec = w_spec is None
    if own_spec:
        w_spec = new_str("")
    try:
        w_res = call_bound_descriptor(w_format, w_value, [w_spec])
    finally:
        if own_spec:
            decref(w_spec)
    if not isinstance(w_res, W_Str):
        kind = w_res.ob_type.name
        decref(w_res)
        raise type_error("__format__ must return a str, not %s" % kind)
    return w_res


def format_value(w_value, conversion, w_spec):
    """FORMAT_VALUE: !s, !r or !a, then format() with the spec."""
    if conversion == 1:
        w_converted = str(w_value)
    elif conversion == 2:
        w_converted = repr(w_value)
    elif conversion == 3:
        from glass.objects.str import new_str
        text = repr_text(w_value)
        w_converted = new_str(text.encode("ascii", "backslashreplace").decode("ascii"))
    else:
        w_value.ob_refcnt += 1
        w_converted = w_value
    try:
        return format(w_converted, w_spec)
    finally:
        decref(w_converted)


# Singletons the hot paths above compare against, bound once here at the end
# (an import inside a function costs more than the operation it serves, and
# at this point every function of this module exists, so the import cycle
# through int/bool is harmless).
from glass.objects.bool import new_bool, w_False, w_True  # noqa: E402
from glass.objects.none import w_None, w_NotImplemented  # noqa: E402
from glass.objects.funcobject import W_Function, W_Method  # noqa: E402

# Types whose calls CPython makes by vectorcall without Py_EnterRecursiveCall.
_FUNCTION_TYPE, _METHOD_TYPE = W_Function.w_type, W_Method.w_type
# The builtin types whose own call is such a vectorcall (their tp_vectorcall
# is set in 3.11): filled by the builtins module from UNCOUNTED_TYPE_NAMES.
UNCOUNTED_TYPE_NAMES = ("bool", "dict", "enumerate", "filter", "float", "frozenset",
                        "list", "map", "range", "reversed", "set", "super", "tuple",
                        "type")
UNCOUNTED_TYPE_CALLS = set()
from glass.objects.descr import W_MethodDescr, W_SlotWrapper  # noqa: E402
from glass.objects.int import W_Int  # noqa: E402  (hot path: no import per call)
