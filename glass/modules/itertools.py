"""The itertools module: iterator building blocks.

Counterpart: Modules/itertoolsmodule.c.

Every tool is a builtin type whose instances are their own iterators
(tp_iter returns self, tp_iternext returns the next item or None when
exhausted), plus the function tee().  Each keeps what CPython keeps, in the
same order of evaluation: which input is pulled when, which references are
held and when they are let go, and the result-tuple reuse of product,
combinations, permutations and zip_longest (a result nobody else holds is
updated in place).  Pickling support (__reduce__/__setstate__) is 3.11's.
"""
from __future__ import annotations

from glass.modules import builtin_module, function
from glass.objects import abstract
from glass.objects.exceptions import (OperationError, operation_error, overflow_error,
                                      runtime_error, type_error, value_error)
from glass.objects.int import W_Int, new_int
from glass.objects.list import W_List
from glass.objects.none import w_None
from glass.objects.object import W_Object, decref, xdecref
from glass.objects.signature import Signature
from glass.objects.tuple import W_Tuple, empty_tuple, new_tuple, new_tuple_owned
from glass.objects.signature import no_text_signature
from glass.objects.type import (BASETYPE, EQ, HAVE_GC, HEAPTYPE, builtin_type, method,
                                slot)

PY_SSIZE_T_MAX = (1 << 63) - 1
PY_SSIZE_T_MIN = -(1 << 63)
LINKCELLS = 57          # the values one _tee_dataobject holds

REDUCE_DOC = "Return state information for pickling."
SETSTATE_DOC = "Set state information for unpickling."
SIZEOF_DOC = "Returns size in memory, in bytes."


# --- What every type shares ------------------------------------------------------------------

@slot("tp_iter")
def _self_iter(self):
    """PyObject_SelfIter."""
    self.ob_refcnt += 1
    return self


@slot("tp_getattro")
def _generic_getattr(self, w_name):
    """PyObject_GenericGetAttr, named in the type (so vars() shows __getattribute__)."""
    from glass.objects.typeobject import generic_getattr
    return generic_getattr(self, w_name)


def _alloc(w_type, cls, *fields):
    """tp_alloc for the exact type or a subclass made by a class statement."""
    if w_type.host_class is cls:
        return cls(w_type, *fields)
    w_self = w_type.host_class.__new__(w_type.host_class)
    cls.__init__(w_self, w_type, *fields)
    w_self.w_dict = None
    w_self.slots_w = [None] * w_type.nslots if w_type.nslots else None
    w_self.weakrefs = None
    return w_self


def _next(w_it):
    """tp_iternext: a new reference, or None when the iterator is exhausted."""
    return w_it.ob_type.tp_iternext(w_it)


def _incref(w_obj):
    w_obj.ob_refcnt += 1
    return w_obj


def _positional_only(name, w_type, w_exact, args_w, kwnames, low, high):
    """What Argument Clinic generates for a __new__ whose parameters are all
    positional-only: keywords are refused for the type itself and for a
    subclass that keeps its __init__, then the count is checked
    (_PyArg_CheckPositional).  Returns the positional arguments."""
    nkw = len(kwnames) if kwnames else 0
    if nkw and _refuses_keywords(w_type, w_exact):
        raise type_error("%s() takes no keyword arguments" % name)
    positional = args_w[:len(args_w) - nkw]
    _check_positional(name, len(positional), low, high)
    return positional


def _refuses_keywords(w_type, w_exact):
    """The type itself refuses keyword arguments, and so does a subclass
    that does not define __init__ (which would take them)."""
    return w_type is w_exact or w_type.tp_init is w_exact.tp_init


def _check_positional(name, given, low, high):
    """_PyArg_CheckPositional / PyArg_UnpackTuple's messages."""
    if given < low:
        raise type_error("%s expected %s%d argument%s, got %d" % (
            name, "" if low == high else "at least ", low, "" if low == 1 else "s", given))
    if given > high:
        raise type_error("%s expected %s%d argument%s, got %d" % (
            name, "" if low == high else "at most ", high, "" if high == 1 else "s", given))


def _ssize(w_value):
    """Clinic's Py_ssize_t converter: __index__, then the C range."""
    w_int = abstract.index(w_value)
    value = w_int.value
    decref(w_int)
    if not PY_SSIZE_T_MIN <= value <= PY_SSIZE_T_MAX:
        raise overflow_error("Python int too large to convert to C ssize_t")
    return value


def _long_as_ssize(w_value):
    """PyLong_AsSsize_t: an int only (no __index__)."""
    if not isinstance(w_value, W_Int):
        raise type_error("an integer is required")
    value = w_value.value
    if not PY_SSIZE_T_MIN <= value <= PY_SSIZE_T_MAX:
        raise overflow_error("Python int too large to convert to C ssize_t")
    return value


def _c_int(w_value):
    """PyArg_ParseTuple's "i": an index that fits a C int."""
    w_int = abstract.index(w_value)
    value = w_int.value
    decref(w_int)
    if value > 2147483647:
        raise overflow_error("signed integer is greater than maximum")
    if value < -2147483648:
        raise overflow_error("signed integer is less than minimum")
    return value


def _state_tuple(w_state, low, high):
    """The state a __setstate__ parses with PyArg_ParseTuple: a tuple of
    low..high items, as a host list."""
    if not isinstance(w_state, W_Tuple):
        raise type_error("state is not a tuple")
    count = len(w_state.items)
    if low <= count <= high:
        return w_state.items
    if low == high:
        raise type_error("function takes exactly %d argument%s (%d given)"
                         % (low, "" if low == 1 else "s", count))
    if count < low:
        raise type_error("function takes at least %d argument%s (%d given)"
                         % (low, "" if low == 1 else "s", count))
    raise type_error("function takes at most %d argument%s (%d given)"
                     % (high, "" if high == 1 else "s", count))


def _require_type(w_value, w_type, position, function_name=None):
    """The O! converter: an instance of w_type, else CPython's TypeError."""
    if not w_value.ob_type.is_subtype(w_type):
        prefix = "%s() argument" % function_name if function_name else "argument"
        raise type_error("%s %d must be %s, not %s" % (
            prefix, position, w_type.name, _type_name_of(w_value)))


def _type_name_of(w_value):
    """The type name getargs reports ("None" for None)."""
    if w_value is w_None:
        return "None"
    return w_value.ob_type.name


def _reduce(w_self, args_w, w_state=None):
    """(type(self), args[, state]): args borrowed, w_state taken over."""
    items = [_incref(w_self.ob_type), new_tuple(args_w)]
    if w_state is not None:
        items.append(w_state)
    return new_tuple_owned(items)


def _release(w_self, *fields):
    """Clear the named fields of w_self, then release what they held
    (tp_dealloc's Py_XDECREFs, each field emptied before its release)."""
    held = []
    for field in fields:
        held.append(getattr(w_self, field))
        setattr(w_self, field, None)
    for w_value in held:
        xdecref(w_value)


def _visit(visit, *values_w):
    for w_value in values_w:
        if w_value is not None:
            visit(w_value)


def _replace(w_self, field, w_new):
    """Py_XSETREF: store w_new (a new reference) and release the old value."""
    w_old = getattr(w_self, field)
    setattr(w_self, field, w_new)
    xdecref(w_old)


def _tuple_items_as_ints(values):
    return new_tuple_owned([new_int(value) for value in values])


# --- groupby and _grouper --------------------------------------------------------------------

_GROUPBY_SIGNATURE = Signature.parse("(iterable, key=None)")


@builtin_type("itertools.groupby", flags=BASETYPE | HAVE_GC)
class W_GroupBy(W_Object):
    """groupby(iterable, key=None)
--

make an iterator that returns consecutive keys and groups from the iterable

  iterable
    Elements to divide into groups according to the key function.
  key
    A function for computing the group category for each element.
    If the key function is not specified or is None, the element itself
    is used for grouping."""
    __slots__ = ("w_it", "w_keyfunc", "w_tgtkey", "w_currkey", "w_currvalue",
                 "currgrouper")

    def __init__(self, w_type, w_it, w_keyfunc):
        W_Object.__init__(self, w_type)
        self.w_it = w_it                    # owned
        self.w_keyfunc = w_keyfunc          # owned
        self.w_tgtkey = None                # the key of the group being handed out
        self.w_currkey = None               # the key of w_currvalue
        self.w_currvalue = None             # the last item pulled, not yet handed out
        self.currgrouper = None             # borrowed: the one _grouper still valid

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        """Counterpart: itertools_groupby_impl."""
        w_iterable, w_keyfunc = _GROUPBY_SIGNATURE.bind("groupby", args_w, kwnames)
        if w_keyfunc is None:
            w_keyfunc = w_None
        w_it = abstract.iter(w_iterable)
        return _alloc(w_type, W_GroupBy, w_it, _incref(w_keyfunc))

    @slot("tp_dealloc")
    def dealloc(self):
        _release(self, "w_it", "w_keyfunc", "w_tgtkey", "w_currkey", "w_currvalue")

    @slot("tp_traverse")
    def traverse(self, visit):
        _visit(visit, self.w_it, self.w_keyfunc, self.w_tgtkey, self.w_currkey,
               self.w_currvalue)

    getattro = _generic_getattr
    iter = _self_iter

    def step(self):
        """Counterpart: groupby_step: pull the next item and compute its key;
        False when the input is exhausted."""
        w_value = _next(self.w_it)
        if w_value is None:
            return False
        if self.w_keyfunc is w_None:
            w_key = _incref(w_value)
        else:
            try:
                w_key = abstract.call(self.w_keyfunc, [w_value])
            except OperationError:
                decref(w_value)
                raise
        w_oldvalue = self.w_currvalue
        self.w_currvalue = w_value
        _replace(self, "w_currkey", w_key)
        xdecref(w_oldvalue)
        return True

    @slot("tp_iternext")
    def iternext(self):
        """Counterpart: groupby_next: skip what is left of the current group,
        then hand out (key, a new _grouper)."""
        self.currgrouper = None
        while True:
            if self.w_currkey is None:
                pass
            elif self.w_tgtkey is None:
                break
            elif not abstract.rich_compare_bool(self.w_tgtkey, self.w_currkey, EQ):
                break
            if not self.step():
                return None
        _replace(self, "w_tgtkey", _incref(self.w_currkey))
        w_grouper = W_Grouper(self, self.w_tgtkey)
        return new_tuple_owned([_incref(self.w_currkey), w_grouper])

    @no_text_signature
    @method("($self, /)", doc=REDUCE_DOC)
    def __reduce__(self):
        if (self.w_tgtkey is not None and self.w_currkey is not None and
                self.w_currvalue is not None):
            return _reduce(self, [self.w_it, self.w_keyfunc], new_tuple(
                [self.w_currkey, self.w_currvalue, self.w_tgtkey]))
        return _reduce(self, [self.w_it, self.w_keyfunc])

    @no_text_signature
    @method("($self, state, /)", doc=SETSTATE_DOC)
    def __setstate__(self, w_state):
        w_currkey, w_currvalue, w_tgtkey = _state_tuple(w_state, 3, 3)
        _replace(self, "w_currkey", _incref(w_currkey))
        _replace(self, "w_currvalue", _incref(w_currvalue))
        _replace(self, "w_tgtkey", _incref(w_tgtkey))


@builtin_type("itertools._grouper", flags=HAVE_GC)
class W_Grouper(W_Object):
    __slots__ = ("w_parent", "w_tgtkey")

    def __init__(self, w_parent, w_tgtkey):
        """Counterpart: _grouper_create: the parent forgets every older grouper."""
        W_Object.__init__(self, W_Grouper.w_type)
        self.w_parent = _incref(w_parent)
        self.w_tgtkey = _incref(w_tgtkey)
        w_parent.currgrouper = self

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        """Counterpart: itertools__grouper_impl."""
        w_parent, w_tgtkey = _positional_only("_grouper", w_type, W_Grouper.w_type,
                                              args_w, kwnames, 2, 2)
        _require_type(w_parent, W_GroupBy.w_type, 1, "_grouper")
        return W_Grouper(w_parent, w_tgtkey)

    @slot("tp_dealloc")
    def dealloc(self):
        _release(self, "w_parent", "w_tgtkey")

    @slot("tp_traverse")
    def traverse(self, visit):
        _visit(visit, self.w_parent, self.w_tgtkey)

    getattro = _generic_getattr
    iter = _self_iter

    @slot("tp_iternext")
    def iternext(self):
        """Counterpart: _grouper_next: items while their key equals the group's;
        nothing once the parent has moved on to another group."""
        w_parent = self.w_parent
        if w_parent.currgrouper is not self:
            return None
        if w_parent.w_currvalue is None:
            if not w_parent.step():
                return None
        if not abstract.rich_compare_bool(self.w_tgtkey, w_parent.w_currkey, EQ):
            return None
        w_value = w_parent.w_currvalue
        w_parent.w_currvalue = None
        _replace(w_parent, "w_currkey", None)
        return w_value

    @no_text_signature
    @method("($self, /)", doc=REDUCE_DOC)
    def __reduce__(self):
        from glass.objects.iterobject import get_builtin, reduce_value
        if self.w_parent.currgrouper is not self:
            w_empty = empty_tuple()
            try:
                return reduce_value(get_builtin("iter"), [w_empty])
            finally:
                decref(w_empty)
        return _reduce(self, [self.w_parent, self.w_tgtkey])


# --- tee: _tee and _tee_dataobject -----------------------------------------------------------

@builtin_type("itertools._tee_dataobject", flags=HAVE_GC)
class W_TeeData(W_Object):
    """teedataobject(iterable, values, next, /)
--

Data container common to multiple tee objects."""
    __slots__ = ("w_it", "values_w", "running", "w_nextlink")

    def __init__(self, w_it):
        """Counterpart: teedataobject_newinternal."""
        W_Object.__init__(self, W_TeeData.w_type)
        self.w_it = _incref(w_it)
        self.values_w = []                  # owned; at most LINKCELLS (numread)
        self.running = False
        self.w_nextlink = None              # owned: the next block, once needed

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        """Counterpart: itertools_teedataobject_impl."""
        w_it, w_values, w_next = _positional_only(
            "teedataobject", w_type, W_TeeData.w_type, args_w, kwnames, 3, 3)
        _require_type(w_values, W_List.w_type, 2, "teedataobject")
        w_self = W_TeeData(w_it)
        values_w = w_values.items
        try:
            if len(values_w) > LINKCELLS:
                raise value_error("Invalid arguments")
            w_self.values_w = [_incref(w_value) for w_value in values_w]
            if len(values_w) == LINKCELLS:
                if w_next is not w_None:
                    if w_next.ob_type is not W_TeeData.w_type:
                        raise value_error("Invalid arguments")
                    w_self.w_nextlink = _incref(w_next)
            elif w_next is not w_None:
                raise value_error("Invalid arguments")     # only a full block has a next
        except OperationError:
            decref(w_self)
            raise
        return w_self

    getattro = _generic_getattr

    def jumplink(self):
        """Counterpart: teedataobject_jumplink: the next block (a new reference)."""
        if self.w_nextlink is None:
            self.w_nextlink = W_TeeData(self.w_it)
        return _incref(self.w_nextlink)

    def getitem(self, index):
        """Counterpart: teedataobject_getitem: value `index`, pulled from the
        input by whichever tee gets there first."""
        values_w = self.values_w
        if index < len(values_w):
            w_value = values_w[index]
        else:
            if self.running:
                raise runtime_error("cannot re-enter the tee iterator")
            self.running = True
            try:
                w_value = _next(self.w_it)
            finally:
                self.running = False
            if w_value is None:
                return None
            values_w.append(w_value)
        return _incref(w_value)

    @slot("tp_traverse")
    def traverse(self, visit):
        _visit(visit, self.w_it, *self.values_w)
        _visit(visit, self.w_nextlink)

    @slot("tp_clear")
    def clear(self):
        """Counterpart: teedataobject_clear."""
        _release(self, "w_it")
        values_w, self.values_w = self.values_w, []
        for w_value in values_w:
            decref(w_value)
        w_nextlink, self.w_nextlink = self.w_nextlink, None
        _safe_decref(w_nextlink)

    @slot("tp_dealloc")
    def dealloc(self):
        self.clear()

    @no_text_signature
    @method("($self, /)", doc=REDUCE_DOC)
    def __reduce__(self):
        from glass.objects.list import new_list
        w_values = new_list(self.values_w)
        try:
            return _reduce(self, [self.w_it, w_values,
                                  self.w_nextlink if self.w_nextlink is not None
                                  else w_None])
        finally:
            decref(w_values)


def _safe_decref(w_obj):
    """Counterpart: teedataobject_safe_decref: release a chain of blocks one
    by one, so a long chain does not recurse once per block."""
    while (w_obj is not None and w_obj.ob_type is W_TeeData.w_type and
           w_obj.ob_refcnt == 1):
        w_nextlink = w_obj.w_nextlink
        w_obj.w_nextlink = None
        decref(w_obj)
        w_obj = w_nextlink
    xdecref(w_obj)


@builtin_type("itertools._tee", flags=HAVE_GC)
class W_Tee(W_Object):
    """_tee(iterable, /)
--

Iterator wrapped to make it copyable."""
    __slots__ = ("w_dataobj", "index", "weakrefs")

    def __init__(self, w_dataobj, index):
        W_Object.__init__(self, W_Tee.w_type)
        self.w_dataobj = w_dataobj          # owned
        self.index = index                  # 0 <= index <= LINKCELLS
        self.weakrefs = None

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        """Counterpart: itertools__tee_impl."""
        (w_iterable,) = _positional_only("_tee", w_type, W_Tee.w_type, args_w,
                                         kwnames, 1, 1)
        return tee_fromiterable(w_iterable)

    iter = _self_iter

    @slot("tp_iternext")
    def iternext(self):
        """Counterpart: tee_next."""
        if self.index >= LINKCELLS:
            w_link = self.w_dataobj.jumplink()
            _replace(self, "w_dataobj", w_link)
            self.index = 0
        w_value = self.w_dataobj.getitem(self.index)
        if w_value is None:
            return None
        self.index += 1
        return w_value

    @slot("tp_traverse")
    def traverse(self, visit):
        _visit(visit, self.w_dataobj)

    @slot("tp_clear")
    def clear(self):
        _release(self, "w_dataobj")

    @slot("tp_dealloc")
    def dealloc(self):
        """Counterpart: tee_dealloc: weak references die first."""
        if self.weakrefs:
            from glass.objects.weakrefobject import clear_weakrefs
            clear_weakrefs(self)
        self.clear()

    @no_text_signature
    @method("($self, /)", doc="Returns an independent iterator.")
    def __copy__(self):
        """Counterpart: tee_copy: a new _tee at the same place in the same data."""
        return W_Tee(_incref(self.w_dataobj), self.index)

    @no_text_signature
    @method("($self, /)", doc=REDUCE_DOC)
    def __reduce__(self):
        w_empty = empty_tuple()
        try:
            return _reduce(self, [w_empty], new_tuple_owned(
                [_incref(self.w_dataobj), new_int(self.index)]))
        finally:
            decref(w_empty)

    @no_text_signature
    @method("($self, state, /)", doc=SETSTATE_DOC)
    def __setstate__(self, w_state):
        w_dataobj, w_index = _state_tuple(w_state, 2, 2)
        _require_type(w_dataobj, W_TeeData.w_type, 1)
        index = _c_int(w_index)
        if index < 0 or index > LINKCELLS:
            raise value_error("Index out of range")
        _replace(self, "w_dataobj", _incref(w_dataobj))
        self.index = index


def tee_fromiterable(w_iterable):
    """Counterpart: tee_fromiterable: a copy of a _tee, else a _tee over a new
    data block."""
    w_it = abstract.iter(w_iterable)
    try:
        if w_it.ob_type.is_subtype(W_Tee.w_type):
            return w_it.__copy__()
        return W_Tee(W_TeeData(w_it), 0)
    finally:
        decref(w_it)


# --- cycle -----------------------------------------------------------------------------------

@builtin_type("itertools.cycle", flags=BASETYPE | HAVE_GC)
class W_Cycle(W_Object):
    """cycle(iterable, /)
--

Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely."""
    __slots__ = ("w_it", "w_saved", "index", "firstpass")

    def __init__(self, w_type, w_it, w_saved):
        W_Object.__init__(self, w_type)
        self.w_it = w_it                    # owned; None after the first pass
        self.w_saved = w_saved              # owned list of what the first pass saw
        self.index = 0
        self.firstpass = False

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        """Counterpart: itertools_cycle_impl."""
        (w_iterable,) = _positional_only("cycle", w_type, W_Cycle.w_type, args_w,
                                         kwnames, 1, 1)
        w_it = abstract.iter(w_iterable)
        return _alloc(w_type, W_Cycle, w_it, W_List([]))

    @slot("tp_dealloc")
    def dealloc(self):
        _release(self, "w_it", "w_saved")

    @slot("tp_traverse")
    def traverse(self, visit):
        _visit(visit, self.w_it, self.w_saved)

    getattro = _generic_getattr
    iter = _self_iter

    @slot("tp_iternext")
    def iternext(self):
        """Counterpart: cycle_next: the input, saved as it goes; then the saved items."""
        if self.w_it is not None:
            w_item = _next(self.w_it)
            if w_item is not None:
                if not self.firstpass:
                    self.w_saved.append(w_item)
                return w_item
            _release(self, "w_it")
        saved_w = self.w_saved.items
        if not saved_w:
            return None
        w_item = saved_w[self.index]
        self.index += 1
        if self.index >= len(saved_w):
            self.index = 0
        return _incref(w_item)

    @no_text_signature
    @method("($self, /)", doc=REDUCE_DOC)
    def __reduce__(self):
        """Counterpart: cycle_reduce: after the first pass, an iterator over
        the saved items set to the current place."""
        from glass.objects.bool import new_bool
        if self.w_it is None:
            w_it = abstract.iter(self.w_saved)
            try:
                if self.index != 0:
                    w_index = new_int(self.index)
                    try:
                        w_setstate = abstract.getattr_str(w_it, "__setstate__")
                        try:
                            decref(abstract.call(w_setstate, [w_index]))
                        finally:
                            decref(w_setstate)
                    finally:
                        decref(w_index)
                return _reduce(self, [w_it], new_tuple_owned(
                    [_incref(self.w_saved), new_bool(True)]))
            finally:
                decref(w_it)
        return _reduce(self, [self.w_it], new_tuple_owned(
            [_incref(self.w_saved), new_bool(self.firstpass)]))

    @no_text_signature
    @method("($self, state, /)", doc=SETSTATE_DOC)
    def __setstate__(self, w_state):
        w_saved, w_firstpass = _state_tuple(w_state, 2, 2)
        _require_type(w_saved, W_List.w_type, 1)
        firstpass = _c_int(w_firstpass)
        _replace(self, "w_saved", _incref(w_saved))
        self.firstpass = firstpass != 0
        self.index = 0


# --- dropwhile, takewhile --------------------------------------------------------------------

class _PredicateIterator(W_Object):
    """What dropwhile and takewhile share: a predicate, an iterator, a flag."""
    __slots__ = ("w_func", "w_it", "flag")

    def __init__(self, w_type, w_func, w_it):
        W_Object.__init__(self, w_type)
        self.w_func = _incref(w_func)
        self.w_it = w_it                    # owned
        self.flag = 0                       # dropwhile: start; takewhile: stop

    @classmethod
    def make(cls, name, w_type, args_w, kwnames):
        w_func, w_iterable = _positional_only(name, w_type, cls.w_type, args_w,
                                              kwnames, 2, 2)
        w_it = abstract.iter(w_iterable)
        return _alloc(w_type, cls, w_func, w_it)

    def dealloc(self):
        _release(self, "w_func", "w_it")

    def traverse(self, visit):
        _visit(visit, self.w_it, self.w_func)

    def test(self, w_item):
        """predicate(item) as a host bool; the item is released on error."""
        try:
            w_good = abstract.call(self.w_func, [w_item])
        except OperationError:
            decref(w_item)
            raise
        try:
            return abstract.is_true(w_good)
        except OperationError:
            decref(w_item)
            raise
        finally:
            decref(w_good)

    def reduce(self):
        return _reduce(self, [self.w_func, self.w_it], new_int(self.flag))

    def setstate(self, w_state):
        self.flag = 1 if abstract.is_true(w_state) else 0


@builtin_type("itertools.dropwhile", flags=BASETYPE | HAVE_GC)
class W_DropWhile(_PredicateIterator):
    """dropwhile(predicate, iterable, /)
--

Drop items from the iterable while predicate(item) is true.

Afterwards, return every element until the iterable is exhausted."""
    __slots__ = ()

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        """Counterpart: itertools_dropwhile_impl."""
        return W_DropWhile.make("dropwhile", w_type, args_w, kwnames)

    dealloc = slot("tp_dealloc")(_PredicateIterator.dealloc)
    traverse = slot("tp_traverse")(_PredicateIterator.traverse)
    getattro = _generic_getattr
    iter = _self_iter

    @slot("tp_iternext")
    def iternext(self):
        """Counterpart: dropwhile_next."""
        w_it = self.w_it
        iternext = w_it.ob_type.tp_iternext
        while True:
            w_item = iternext(w_it)
            if w_item is None:
                return None
            if self.flag == 1:
                return w_item
            if not self.test(w_item):
                self.flag = 1
                return w_item
            decref(w_item)

    __reduce__ = method("($self, /)", name="__reduce__", doc=REDUCE_DOC)(
        _PredicateIterator.reduce)
    __setstate__ = method("($self, state, /)", name="__setstate__", doc=SETSTATE_DOC)(
        _PredicateIterator.setstate)


@builtin_type("itertools.takewhile", flags=BASETYPE | HAVE_GC)
class W_TakeWhile(_PredicateIterator):
    """takewhile(predicate, iterable, /)
--

Return successive entries from an iterable as long as the predicate evaluates to true for each entry."""
    __slots__ = ()

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        """Counterpart: itertools_takewhile_impl."""
        return W_TakeWhile.make("takewhile", w_type, args_w, kwnames)

    dealloc = W_DropWhile.dealloc
    traverse = W_DropWhile.traverse
    getattro = _generic_getattr
    iter = _self_iter

    @slot("tp_iternext")
    def iternext(self):
        """Counterpart: takewhile_next."""
        if self.flag == 1:
            return None
        w_item = _next(self.w_it)
        if w_item is None:
            return None
        if self.test(w_item):
            return w_item
        decref(w_item)
        self.flag = 1
        return None

    __reduce__ = W_DropWhile.__reduce__
    __setstate__ = W_DropWhile.__setstate__


# --- islice ----------------------------------------------------------------------------------

def _islice_index(w_value):
    """PyNumber_AsSsize_t(value, OverflowError) with any error cleared, as
    islice_new does: -1 stands for "not a valid index"."""
    try:
        w_int = abstract.index(w_value)
    except OperationError as error:
        decref(error.w_value)
        return -1
    value = w_int.value
    decref(w_int)
    if not PY_SSIZE_T_MIN <= value <= PY_SSIZE_T_MAX:
        return -1
    return value


_STOP_MESSAGE = ("Stop argument for islice() must be None or an integer: "
                 "0 <= x <= sys.maxsize.")


@builtin_type("itertools.islice", flags=BASETYPE | HAVE_GC)
class W_ISlice(W_Object):
    """islice(iterable, stop) --> islice object
islice(iterable, start, stop[, step]) --> islice object

Return an iterator whose next() method returns selected values from an
iterable.  If start is specified, will skip all preceding elements;
otherwise, start defaults to zero.  Step defaults to one.  If
specified as another value, step determines how many values are
skipped between successive calls.  Works like a slice() on a list
but returns an iterator."""
    __slots__ = ("w_it", "next", "stop", "step", "cnt")

    def __init__(self, w_type, w_it, start, stop, step):
        W_Object.__init__(self, w_type)
        self.w_it = w_it                    # owned; None once exhausted
        self.next = start                   # the count of the next item to yield
        self.stop = stop                    # -1: no stop
        self.step = step
        self.cnt = 0                        # items pulled so far

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        """Counterpart: islice_new."""
        if kwnames and _refuses_keywords(w_type, W_ISlice.w_type):
            raise type_error("islice() takes no keyword arguments")
        positional = args_w[:len(args_w) - (len(kwnames) if kwnames else 0)]
        _check_positional("islice", len(positional), 2, 4)
        start, stop, step = 0, -1, 1
        if len(positional) == 2:
            if positional[1] is not w_None:
                stop = _islice_index(positional[1])
                if stop == -1:
                    raise value_error(_STOP_MESSAGE)
        else:
            if positional[1] is not w_None:
                start = _islice_index(positional[1])
            if positional[2] is not w_None:
                stop = _islice_index(positional[2])
                if stop == -1:
                    raise value_error(_STOP_MESSAGE)
        if start < 0 or stop < -1:
            raise value_error("Indices for islice() must be None or an integer: "
                              "0 <= x <= sys.maxsize.")
        if len(positional) == 4 and positional[3] is not w_None:
            step = _islice_index(positional[3])
        if step < 1:
            raise value_error("Step for islice() must be a positive integer or None.")
        w_it = abstract.iter(positional[0])
        return _alloc(w_type, W_ISlice, w_it, start, stop, step)

    @slot("tp_dealloc")
    def dealloc(self):
        _release(self, "w_it")

    @slot("tp_traverse")
    def traverse(self, visit):
        _visit(visit, self.w_it)

    getattro = _generic_getattr
    iter = _self_iter

    @slot("tp_iternext")
    def iternext(self):
        """Counterpart: islice_next: skip up to `next`, yield one, move `next`
        on by the step (never past the stop)."""
        w_it = self.w_it
        if w_it is None:
            return None
        iternext = w_it.ob_type.tp_iternext
        stop = self.stop
        while self.cnt < self.next:
            w_item = iternext(w_it)
            if w_item is None:
                return self._empty()
            decref(w_item)
            self.cnt += 1
        if stop != -1 and self.cnt >= stop:
            return self._empty()
        w_item = iternext(w_it)
        if w_item is None:
            return self._empty()
        self.cnt += 1
        following = self.next + self.step
        # C's size_t addition wraps past PY_SSIZE_T_MAX; the stop then wins.
        if following > PY_SSIZE_T_MAX or (stop != -1 and following > stop):
            following = stop
        self.next = following
        return w_item

    def _empty(self):
        _release(self, "w_it")
        return None

    @no_text_signature
    @method("($self, /)", doc=REDUCE_DOC)
    def __reduce__(self):
        if self.w_it is None:
            w_list = W_List([])
            w_empty_it = abstract.iter(w_list)
            decref(w_list)
            w_zero = new_int(0)
            try:
                return _reduce(self, [w_empty_it, w_zero], new_int(0))
            finally:
                decref(w_empty_it)
                decref(w_zero)
        args_w = [self.w_it, new_int(self.next),
                  _incref(w_None) if self.stop == -1 else new_int(self.stop),
                  new_int(self.step)]
        try:
            return _reduce(self, args_w, new_int(self.cnt))
        finally:
            for w_arg in args_w[1:]:
                decref(w_arg)

    @no_text_signature
    @method("($self, state, /)", doc=SETSTATE_DOC)
    def __setstate__(self, w_state):
        self.cnt = _long_as_ssize(w_state)


# --- starmap ---------------------------------------------------------------------------------

@builtin_type("itertools.starmap", flags=BASETYPE | HAVE_GC)
class W_StarMap(W_Object):
    """starmap(function, iterable, /)
--

Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence."""
    __slots__ = ("w_func", "w_it")

    def __init__(self, w_type, w_func, w_it):
        W_Object.__init__(self, w_type)
        self.w_func = _incref(w_func)
        self.w_it = w_it                    # owned

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        """Counterpart: itertools_starmap_impl."""
        w_func, w_iterable = _positional_only("starmap", w_type, W_StarMap.w_type,
                                              args_w, kwnames, 2, 2)
        w_it = abstract.iter(w_iterable)
        return _alloc(w_type, W_StarMap, w_func, w_it)

    @slot("tp_dealloc")
    def dealloc(self):
        _release(self, "w_func", "w_it")

    @slot("tp_traverse")
    def traverse(self, visit):
        _visit(visit, self.w_it, self.w_func)

    getattro = _generic_getattr
    iter = _self_iter

    @slot("tp_iternext")
    def iternext(self):
        """Counterpart: starmap_next: function(*item), the item made a tuple."""
        w_args = _next(self.w_it)
        if w_args is None:
            return None
        if w_args.ob_type is not W_Tuple.w_type:
            try:
                w_tuple = abstract.sequence_tuple(w_args)
            finally:
                decref(w_args)
            w_args = w_tuple
        try:
            return abstract.call(self.w_func, w_args.items)
        finally:
            decref(w_args)

    @no_text_signature
    @method("($self, /)", doc=REDUCE_DOC)
    def __reduce__(self):
        return _reduce(self, [self.w_func, self.w_it])


# --- chain -----------------------------------------------------------------------------------

@builtin_type("itertools.chain", flags=BASETYPE | HAVE_GC)
class W_Chain(W_Object):
    """chain(*iterables) --> chain object

Return a chain object whose .__next__() method returns elements from the
first iterable until it is exhausted, then elements from the next
iterable, until all of the iterables are exhausted."""
    __slots__ = ("w_source", "w_active")

    def __init__(self, w_type, w_source):
        W_Object.__init__(self, w_type)
        self.w_source = w_source            # owned iterator over the iterables
        self.w_active = None                # owned iterator of the current one

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        """Counterpart: chain_new: the source iterates over the arguments tuple."""
        if kwnames and _refuses_keywords(w_type, W_Chain.w_type):
            raise type_error("chain() takes no keyword arguments")
        w_args = new_tuple(args_w[:len(args_w) - (len(kwnames) if kwnames else 0)])
        try:
            w_source = abstract.iter(w_args)
        finally:
            decref(w_args)
        return _alloc(w_type, W_Chain, w_source)

    @method("($type, iterable, /)", kind="classmethod")
    def from_iterable(w_type, w_iterable):
        """Alternative chain() constructor taking a single iterable argument that evaluates lazily."""
        w_source = abstract.iter(w_iterable)
        w_self = _alloc(w_type, W_Chain, w_source)
        if w_type.flags & HEAPTYPE:
            w_type.ob_refcnt += 1           # tp_alloc's reference to a heap type
        return w_self

    @slot("tp_dealloc")
    def dealloc(self):
        _release(self, "w_active", "w_source")

    @slot("tp_traverse")
    def traverse(self, visit):
        _visit(visit, self.w_source, self.w_active)

    getattro = _generic_getattr
    iter = _self_iter

    @slot("tp_iternext")
    def iternext(self):
        """Counterpart: chain_next: a non-iterable input ends the chain."""
        while self.w_source is not None:
            if self.w_active is None:
                w_iterable = _next(self.w_source)
                if w_iterable is None:
                    _release(self, "w_source")
                    return None
                try:
                    self.w_active = abstract.iter(w_iterable)
                except OperationError:
                    _release(self, "w_source")
                    raise
                finally:
                    decref(w_iterable)
            w_item = _next(self.w_active)
            if w_item is not None:
                return w_item
            _release(self, "w_active")
        return None

    @no_text_signature
    @method("($self, /)", doc=REDUCE_DOC)
    def __reduce__(self):
        if self.w_source is None:
            return _reduce(self, [])
        state_w = [self.w_source]
        if self.w_active is not None:
            state_w.append(self.w_active)
        return _reduce(self, [], new_tuple(state_w))

    @no_text_signature
    @method("($self, state, /)", doc=SETSTATE_DOC)
    def __setstate__(self, w_state):
        items_w = _state_tuple(w_state, 1, 2)
        w_source = items_w[0]
        w_active = items_w[1] if len(items_w) == 2 else None
        if not abstract.iter_check(w_source) or (
                w_active is not None and not abstract.iter_check(w_active)):
            raise type_error("Arguments must be iterators.")
        _replace(self, "w_source", _incref(w_source))
        _replace(self, "w_active", _incref(w_active) if w_active is not None else None)

    @no_text_signature
    @method("($type, item, /)", kind="classmethod", doc="See PEP 585")
    def __class_getitem__(w_type, w_item):
        from glass.objects.tuple import generic_alias
        return generic_alias(w_type, w_item)


# --- product ---------------------------------------------------------------------------------

def _update_result(w_self, count):
    """The result tuple of the last step, ready to be changed in place: the
    same tuple when nobody else holds it, else a copy (as product_next,
    combinations_next... do)."""
    w_result = w_self.w_result
    if w_result.ob_refcnt > 1:
        w_copy = new_tuple(w_result.items[:count])
        w_self.w_result = w_copy
        decref(w_result)
        w_result = w_copy
    return w_result


def _set_item(w_result, index, w_elem):
    """PyTuple_SET_ITEM of a new reference over an old item, then the old released."""
    w_old = w_result.items[index]
    w_result.items[index] = _incref(w_elem)
    decref(w_old)


@builtin_type("itertools.product", flags=BASETYPE | HAVE_GC)
class W_Product(W_Object):
    """product(*iterables, repeat=1) --> product object

Cartesian product of input iterables.  Equivalent to nested for-loops.

For example, product(A, B) returns the same as:  ((x,y) for x in A for y in B).
The leftmost iterators are in the outermost for-loop, so the output tuples
cycle in a manner similar to an odometer (with the rightmost element changing
on every iteration).

To compute the product of an iterable with itself, specify the number
of repetitions with the optional repeat keyword argument. For example,
product(A, repeat=4) means the same as product(A, A, A, A).

product('ab', range(3)) --> ('a',0) ('a',1) ('a',2) ('b',0) ('b',1) ('b',2)
product((0,1), (0,1), (0,1)) --> (0,0,0) (0,0,1) (0,1,0) (0,1,1) (1,0,0) ..."""
    __slots__ = ("w_pools", "indices", "w_result", "stopped")

    def __init__(self, w_type, w_pools):
        W_Object.__init__(self, w_type)
        self.w_pools = w_pools              # owned tuple of tuples
        self.indices = [0] * len(w_pools.items)
        self.w_result = None                # owned: the last result
        self.stopped = False

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        """Counterpart: product_new: every input made a tuple, in order, first."""
        nkw = len(kwnames) if kwnames else 0
        repeat = 1
        if nkw:
            if nkw > 1:
                raise type_error("product() takes at most 1 keyword argument (%d given)"
                                 % nkw)
            if kwnames[0] != "repeat":
                raise type_error("'%s' is an invalid keyword argument for product()"
                                 % kwnames[0])
            repeat = _ssize(args_w[-1])
            if repeat < 0:
                raise value_error("repeat argument cannot be negative")
        positional = args_w[:len(args_w) - nkw]
        if repeat == 0:
            positional = []
        elif len(positional) > PY_SSIZE_T_MAX // 8 // repeat:
            raise overflow_error("repeat argument too large")
        pools_w = []
        try:
            for w_arg in positional:
                pools_w.append(abstract.sequence_tuple(w_arg))
        except OperationError:
            for w_pool in pools_w:
                decref(w_pool)
            raise
        first_w = pools_w[:]
        if first_w:
            for _ in range(repeat - 1):
                pools_w.extend(_incref(w_pool) for w_pool in first_w)
        return _alloc(w_type, W_Product, new_tuple_owned(pools_w))

    @slot("tp_dealloc")
    def dealloc(self):
        _release(self, "w_pools", "w_result")

    @slot("tp_traverse")
    def traverse(self, visit):
        _visit(visit, self.w_pools, self.w_result)

    getattro = _generic_getattr
    iter = _self_iter

    @slot("tp_iternext")
    def iternext(self):
        """Counterpart: product_next: an odometer over the pools."""
        if self.stopped:
            return None
        pools_w = self.w_pools.items
        npools = len(pools_w)
        if self.w_result is None:
            items_w = []
            self.w_result = W_Tuple(items_w) if npools else empty_tuple()
            for w_pool in pools_w:
                if not w_pool.items:
                    self.stopped = True     # the partial result stays, as in C
                    return None
                items_w.append(_incref(w_pool.items[0]))
        else:
            w_result = _update_result(self, npools)
            indices = self.indices
            for i in range(npools - 1, -1, -1):
                pool_w = pools_w[i].items
                indices[i] += 1
                if indices[i] == len(pool_w):
                    indices[i] = 0
                    _set_item(w_result, i, pool_w[0])
                else:
                    _set_item(w_result, i, pool_w[indices[i]])
                    break
            else:
                self.stopped = True
                return None
        return _incref(self.w_result)

    @no_text_signature
    @method("($self, /)", doc=REDUCE_DOC)
    def __reduce__(self):
        if self.stopped:
            w_empty = empty_tuple()
            try:
                return _reduce(self, [w_empty])
            finally:
                decref(w_empty)
        if self.w_result is None:
            return new_tuple([self.ob_type, self.w_pools])
        return new_tuple_owned([_incref(self.ob_type), _incref(self.w_pools),
                                _tuple_items_as_ints(self.indices)])

    @no_text_signature
    @method("($self, state, /)", doc=SETSTATE_DOC)
    def __setstate__(self, w_state):
        pools_w = self.w_pools.items
        count = len(pools_w)
        if not isinstance(w_state, W_Tuple) or len(w_state.items) != count:
            raise value_error("invalid arguments")
        for i in range(count):
            index = _long_as_ssize(w_state.items[i])
            size = len(pools_w[i].items)
            if size == 0:
                self.stopped = True
                return
            self.indices[i] = min(max(index, 0), size - 1)
        _replace(self, "w_result", new_tuple(
            [pools_w[i].items[self.indices[i]] for i in range(count)]))

    @no_text_signature
    @method("($self, /)", doc=SIZEOF_DOC)
    def __sizeof__(self):
        return new_int(self.ob_type.basicsize + len(self.w_pools.items) * 8)


# --- combinations, combinations_with_replacement, permutations -------------------------------

_R_SIGNATURE = Signature.parse("(iterable, r)")
_PERMUTATIONS_SIGNATURE = Signature.parse("(iterable, r=None)")


class _Combinatoric(W_Object):
    """What the three share: the pool tuple, the indices, the result tuple."""
    __slots__ = ("w_pool", "indices", "w_result", "r", "stopped")

    def __init__(self, w_type, w_pool, r, indices, stopped):
        W_Object.__init__(self, w_type)
        self.w_pool = w_pool                # owned tuple
        self.indices = indices
        self.w_result = None                # owned: the last result
        self.r = r
        self.stopped = stopped

    def dealloc(self):
        _release(self, "w_pool", "w_result")

    def traverse(self, visit):
        _visit(visit, self.w_pool, self.w_result)

    def first_result(self, indices):
        self.w_result = new_tuple([self.w_pool.items[i] for i in indices])
        return _incref(self.w_result)

    def reduce(self):
        """Counterpart: combinations_reduce (cwr_reduce is the same)."""
        w_r = new_int(self.r)
        try:
            if self.w_result is None:
                return _reduce(self, [self.w_pool, w_r])
            if self.stopped:
                w_empty = empty_tuple()
                try:
                    return _reduce(self, [w_empty, w_r])
                finally:
                    decref(w_empty)
            return _reduce(self, [self.w_pool, w_r],
                           _tuple_items_as_ints(self.indices[:self.r]))
        finally:
            decref(w_r)

    def sizeof(self):
        return new_int(self.ob_type.basicsize + self.r * 8)

    def setstate_indices(self, w_state, bound):
        """Read r indices from the state, each clamped to 0..bound(i)."""
        r = self.r
        if not isinstance(w_state, W_Tuple) or len(w_state.items) != r:
            raise value_error("invalid arguments")
        for i in range(r):
            index = _long_as_ssize(w_state.items[i])
            self.indices[i] = max(min(index, bound(i)), 0)
        self.set_result_from_indices()

    def set_result_from_indices(self):
        pool_w = self.w_pool.items
        _replace(self, "w_result", new_tuple([pool_w[i] for i in self.indices[:self.r]]))


def _r_and_pool(name, args_w, kwnames):
    """Clinic's parsing of (iterable, r): r is converted first, then the pool."""
    w_iterable, w_r = _R_SIGNATURE.bind(name, args_w, kwnames)
    r = _ssize(w_r)
    w_pool = abstract.sequence_tuple(w_iterable)
    if r < 0:
        decref(w_pool)
        raise value_error("r must be non-negative")
    return w_pool, r


@builtin_type("itertools.combinations", flags=BASETYPE | HAVE_GC)
class W_Combinations(_Combinatoric):
    """combinations(iterable, r)
--

Return successive r-length combinations of elements in the iterable.

combinations(range(4), 3) --> (0,1,2), (0,1,3), (0,2,3), (1,2,3)"""
    __slots__ = ()

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        """Counterpart: itertools_combinations_impl."""
        w_pool, r = _r_and_pool("combinations", args_w, kwnames)
        n = len(w_pool.items)
        return _alloc(w_type, W_Combinations, w_pool, r, list(range(r)), r > n)

    dealloc = slot("tp_dealloc")(_Combinatoric.dealloc)
    traverse = slot("tp_traverse")(_Combinatoric.traverse)
    getattro = _generic_getattr
    iter = _self_iter

    @slot("tp_iternext")
    def iternext(self):
        """Counterpart: combinations_next: indices in increasing order."""
        if self.stopped:
            return None
        indices, r = self.indices, self.r
        if self.w_result is None:
            return self.first_result(indices)
        pool_w = self.w_pool.items
        n = len(pool_w)
        w_result = _update_result(self, r)
        i = r - 1
        while i >= 0 and indices[i] == i + n - r:
            i -= 1
        if i < 0:
            self.stopped = True
            return None
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        for k in range(i, r):
            _set_item(w_result, k, pool_w[indices[k]])
        return _incref(w_result)

    __reduce__ = method("($self, /)", name="__reduce__", doc=REDUCE_DOC)(
        _Combinatoric.reduce)
    __sizeof__ = method("($self, /)", name="__sizeof__", doc=SIZEOF_DOC)(
        _Combinatoric.sizeof)

    @no_text_signature
    @method("($self, state, /)", doc=SETSTATE_DOC)
    def __setstate__(self, w_state):
        n, r = len(self.w_pool.items), self.r
        self.setstate_indices(w_state, lambda i: i + n - r)


@builtin_type("itertools.combinations_with_replacement", flags=BASETYPE | HAVE_GC)
class W_CombinationsWithReplacement(_Combinatoric):
    """combinations_with_replacement(iterable, r)
--

Return successive r-length combinations of elements in the iterable allowing individual elements to have successive repeats.

combinations_with_replacement('ABC', 2) --> ('A','A'), ('A','B'), ('A','C'), ('B','B'), ('B','C'), ('C','C')"""
    __slots__ = ()

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        """Counterpart: itertools_combinations_with_replacement_impl."""
        w_pool, r = _r_and_pool("combinations_with_replacement", args_w, kwnames)
        n = len(w_pool.items)
        return _alloc(w_type, W_CombinationsWithReplacement, w_pool, r, [0] * r,
                      n == 0 and r != 0)

    dealloc = W_Combinations.dealloc
    traverse = W_Combinations.traverse
    getattro = _generic_getattr
    iter = _self_iter

    @slot("tp_iternext")
    def iternext(self):
        """Counterpart: cwr_next: indices never decreasing."""
        if self.stopped:
            return None
        indices, r = self.indices, self.r
        if self.w_result is None:
            return self.first_result(indices)
        pool_w = self.w_pool.items
        n = len(pool_w)
        w_result = _update_result(self, r)
        i = r - 1
        while i >= 0 and indices[i] == n - 1:
            i -= 1
        if i < 0:
            self.stopped = True
            return None
        index = indices[i] + 1
        for k in range(i, r):
            indices[k] = index
            _set_item(w_result, k, pool_w[index])
        return _incref(w_result)

    __reduce__ = W_Combinations.__reduce__
    __sizeof__ = W_Combinations.__sizeof__

    @no_text_signature
    @method("($self, state, /)", doc=SETSTATE_DOC)
    def __setstate__(self, w_state):
        n = len(self.w_pool.items)
        self.setstate_indices(w_state, lambda i: n - 1)


@builtin_type("itertools.permutations", flags=BASETYPE | HAVE_GC)
class W_Permutations(_Combinatoric):
    """permutations(iterable, r=None)
--

Return successive r-length permutations of elements in the iterable.

permutations(range(3), 2) --> (0,1), (0,2), (1,0), (1,2), (2,0), (2,1)"""
    __slots__ = ("cycles",)

    def __init__(self, w_type, w_pool, r, indices, stopped, cycles):
        _Combinatoric.__init__(self, w_type, w_pool, r, indices, stopped)
        self.cycles = cycles

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        """Counterpart: itertools_permutations_impl: the pool first, then r."""
        w_iterable, w_r = _PERMUTATIONS_SIGNATURE.bind("permutations", args_w, kwnames)
        w_pool = abstract.sequence_tuple(w_iterable)
        n = len(w_pool.items)
        r = n
        try:
            if w_r is not None and w_r is not w_None:
                if not isinstance(w_r, W_Int):
                    raise type_error("Expected int as r")
                r = _long_as_ssize(w_r)
            if r < 0:
                raise value_error("r must be non-negative")
        except OperationError:
            decref(w_pool)
            raise
        return _alloc(w_type, W_Permutations, w_pool, r, list(range(n)), r > n,
                      [n - i for i in range(r)])

    dealloc = W_Combinations.dealloc
    traverse = W_Combinations.traverse
    getattro = _generic_getattr
    iter = _self_iter

    @slot("tp_iternext")
    def iternext(self):
        """Counterpart: permutations_next: the cycles drive a rotation of the indices."""
        if self.stopped:
            return None
        indices, cycles, r = self.indices, self.cycles, self.r
        if self.w_result is None:
            return self.first_result(indices[:r])
        pool_w = self.w_pool.items
        n = len(pool_w)
        if n == 0:
            self.stopped = True
            return None
        w_result = _update_result(self, r)
        for i in range(r - 1, -1, -1):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[n - j] = indices[n - j], indices[i]
                for k in range(i, r):
                    _set_item(w_result, k, pool_w[indices[k]])
                break
        else:
            self.stopped = True
            return None
        return _incref(w_result)

    @no_text_signature
    @method("($self, /)", doc=REDUCE_DOC)
    def __reduce__(self):
        w_r = new_int(self.r)
        try:
            if self.w_result is None:
                return _reduce(self, [self.w_pool, w_r])
            if self.stopped:
                w_empty = empty_tuple()
                try:
                    return _reduce(self, [w_empty, w_r])
                finally:
                    decref(w_empty)
            return _reduce(self, [self.w_pool, w_r], new_tuple_owned(
                [_tuple_items_as_ints(self.indices), _tuple_items_as_ints(self.cycles)]))
        finally:
            decref(w_r)

    @no_text_signature
    @method("($self, state, /)", doc=SETSTATE_DOC)
    def __setstate__(self, w_state):
        w_indices, w_cycles = _state_tuple(w_state, 2, 2)
        _require_type(w_indices, W_Tuple.w_type, 1)
        _require_type(w_cycles, W_Tuple.w_type, 2)
        n, r = len(self.w_pool.items), self.r
        if len(w_indices.items) != n or len(w_cycles.items) != r:
            raise value_error("invalid arguments")
        for i in range(n):
            index = _long_as_ssize(w_indices.items[i])
            self.indices[i] = min(max(index, 0), n - 1)
        for i in range(r):
            index = _long_as_ssize(w_cycles.items[i])
            self.cycles[i] = min(max(index, 1), n - i)
        self.set_result_from_indices()

    @no_text_signature
    @method("($self, /)", doc=SIZEOF_DOC)
    def __sizeof__(self):
        return new_int(self.ob_type.basicsize + (len(self.w_pool.items) + self.r) * 8)


# --- accumulate ------------------------------------------------------------------------------

_ACCUMULATE_SIGNATURE = Signature.parse("(iterable, func=None, *, initial=None)")


@builtin_type("itertools.accumulate", flags=BASETYPE | HAVE_GC)
class W_Accumulate(W_Object):
    """accumulate(iterable, func=None, *, initial=None)
--

Return series of accumulated sums (or other binary function results)."""
    __slots__ = ("w_total", "w_it", "w_binop", "w_initial")

    def __init__(self, w_type, w_it, w_binop, w_initial):
        W_Object.__init__(self, w_type)
        self.w_total = None                 # owned: the running total, once started
        self.w_it = w_it                    # owned
        self.w_binop = w_binop              # owned; None for addition
        self.w_initial = w_initial          # owned; guest None when there is none

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        """Counterpart: itertools_accumulate_impl."""
        w_iterable, w_func, w_initial = _ACCUMULATE_SIGNATURE.bind(
            "accumulate", args_w, kwnames)
        w_it = abstract.iter(w_iterable)
        w_binop = _incref(w_func) if w_func is not None and w_func is not w_None \
            else None
        return _alloc(w_type, W_Accumulate, w_it, w_binop,
                      _incref(w_initial if w_initial is not None else w_None))

    @slot("tp_dealloc")
    def dealloc(self):
        _release(self, "w_binop", "w_total", "w_it", "w_initial")

    @slot("tp_traverse")
    def traverse(self, visit):
        _visit(visit, self.w_binop, self.w_it, self.w_total, self.w_initial)

    getattro = _generic_getattr
    iter = _self_iter

    @slot("tp_iternext")
    def iternext(self):
        """Counterpart: accumulate_next."""
        if self.w_initial is not w_None:
            self.w_total = self.w_initial
            self.w_initial = _incref(w_None)
            return _incref(self.w_total)
        w_value = _next(self.w_it)
        if w_value is None:
            return None
        if self.w_total is None:
            self.w_total = _incref(w_value)
            return w_value
        try:
            if self.w_binop is None:
                w_newtotal = abstract.binary_op(self.w_total, w_value, "nb_add", "+")
            else:
                w_newtotal = abstract.call(self.w_binop, [self.w_total, w_value])
        finally:
            decref(w_value)
        _replace(self, "w_total", _incref(w_newtotal))
        return w_newtotal

    @no_text_signature
    @method("($self, /)", doc=REDUCE_DOC)
    def __reduce__(self):
        """Counterpart: accumulate_reduce: a pending initial value or a None
        total is put back in front of the input with chain()."""
        w_binop = self.w_binop if self.w_binop is not None else w_None
        if self.w_initial is not w_None:
            w_it = self._chained(self.w_initial)
            try:
                return _reduce(self, [w_it, w_binop], _incref(w_None))
            finally:
                decref(w_it)
        if self.w_total is w_None:
            w_it = self._chained(self.w_total)
            try:
                w_accumulate = abstract.call(self.ob_type, [w_it, w_binop])
            finally:
                decref(w_it)
            w_one = new_int(1)
            try:
                return new_tuple_owned([_incref(W_ISlice.w_type),
                                        new_tuple_owned([w_accumulate, _incref(w_one),
                                                         _incref(w_None)])])
            finally:
                decref(w_one)
        return _reduce(self, [self.w_it, w_binop],
                       _incref(self.w_total if self.w_total is not None else w_None))

    def _chained(self, w_first):
        """chain((first,), it)."""
        w_head = new_tuple([w_first])
        try:
            return abstract.call(W_Chain.w_type, [w_head, self.w_it])
        finally:
            decref(w_head)

    @no_text_signature
    @method("($self, state, /)", doc=SETSTATE_DOC)
    def __setstate__(self, w_state):
        _replace(self, "w_total", _incref(w_state))


# --- compress, filterfalse -------------------------------------------------------------------

_COMPRESS_SIGNATURE = Signature.parse("(data, selectors)")


@builtin_type("itertools.compress", flags=BASETYPE | HAVE_GC)
class W_Compress(W_Object):
    """compress(data, selectors)
--

Return data elements corresponding to true selector elements.

Forms a shorter iterator from selected data elements using the selectors to
choose the data elements."""
    __slots__ = ("w_data", "w_selectors")

    def __init__(self, w_type, w_data, w_selectors):
        W_Object.__init__(self, w_type)
        self.w_data = w_data                # owned iterators
        self.w_selectors = w_selectors

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        """Counterpart: itertools_compress_impl."""
        w_seq1, w_seq2 = _COMPRESS_SIGNATURE.bind("compress", args_w, kwnames)
        w_data = abstract.iter(w_seq1)
        try:
            w_selectors = abstract.iter(w_seq2)
        except OperationError:
            decref(w_data)
            raise
        return _alloc(w_type, W_Compress, w_data, w_selectors)

    @slot("tp_dealloc")
    def dealloc(self):
        _release(self, "w_data", "w_selectors")

    @slot("tp_traverse")
    def traverse(self, visit):
        _visit(visit, self.w_data, self.w_selectors)

    getattro = _generic_getattr
    iter = _self_iter

    @slot("tp_iternext")
    def iternext(self):
        """Counterpart: compress_next: the datum is pulled before its selector."""
        w_data, w_selectors = self.w_data, self.w_selectors
        while True:
            w_datum = _next(w_data)
            if w_datum is None:
                return None
            try:
                w_selector = _next(w_selectors)
            except OperationError:
                decref(w_datum)
                raise
            if w_selector is None:
                decref(w_datum)
                return None
            try:
                ok = abstract.is_true(w_selector)
            except OperationError:
                decref(w_datum)
                raise
            finally:
                decref(w_selector)
            if ok:
                return w_datum
            decref(w_datum)

    @no_text_signature
    @method("($self, /)", doc=REDUCE_DOC)
    def __reduce__(self):
        return _reduce(self, [self.w_data, self.w_selectors])


@builtin_type("itertools.filterfalse", flags=BASETYPE | HAVE_GC)
class W_FilterFalse(W_Object):
    """filterfalse(function, iterable, /)
--

Return those items of iterable for which function(item) is false.

If function is None, return the items that are false."""
    __slots__ = ("w_func", "w_it")

    def __init__(self, w_type, w_func, w_it):
        W_Object.__init__(self, w_type)
        self.w_func = _incref(w_func)
        self.w_it = w_it                    # owned

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        """Counterpart: itertools_filterfalse_impl."""
        w_func, w_iterable = _positional_only("filterfalse", w_type,
                                              W_FilterFalse.w_type, args_w, kwnames, 2, 2)
        w_it = abstract.iter(w_iterable)
        return _alloc(w_type, W_FilterFalse, w_func, w_it)

    @slot("tp_dealloc")
    def dealloc(self):
        _release(self, "w_func", "w_it")

    @slot("tp_traverse")
    def traverse(self, visit):
        _visit(visit, self.w_it, self.w_func)

    getattro = _generic_getattr
    iter = _self_iter

    @slot("tp_iternext")
    def iternext(self):
        """Counterpart: filterfalse_next: None and bool test the item itself."""
        from glass.objects.bool import W_Bool
        w_func, w_it = self.w_func, self.w_it
        iternext = w_it.ob_type.tp_iternext
        while True:
            w_item = iternext(w_it)
            if w_item is None:
                return None
            try:
                if w_func is w_None or w_func is W_Bool.w_type:
                    ok = abstract.is_true(w_item)
                else:
                    w_good = abstract.call(w_func, [w_item])
                    try:
                        ok = abstract.is_true(w_good)
                    finally:
                        decref(w_good)
            except OperationError:
                decref(w_item)
                raise
            if not ok:
                return w_item
            decref(w_item)

    @no_text_signature
    @method("($self, /)", doc=REDUCE_DOC)
    def __reduce__(self):
        return _reduce(self, [self.w_func, self.w_it])


# --- count -----------------------------------------------------------------------------------

_COUNT_SIGNATURE = Signature.parse("(start=0, step=1)")


def _is_number(w_value):
    """PyNumber_Check: __index__, __int__ or __float__, or a complex."""
    from glass.objects.complex import W_Complex
    w_type = w_value.ob_type
    return (w_type.nb_index is not None or w_type.nb_int is not None or
            w_type.nb_float is not None or isinstance(w_value, W_Complex))


@builtin_type("itertools.count", flags=BASETYPE | HAVE_GC)
class W_Count(W_Object):
    """count(start=0, step=1)
--

Return a count object whose .__next__() method returns consecutive values.

Equivalent to:
    def count(firstval=0, step=1):
        x = firstval
        while 1:
            yield x
            x += step"""
    __slots__ = ("cnt", "w_long_cnt", "w_long_step")

    # Two modes, as in C.  Fast: an int start that fits Py_ssize_t and a step
    # of int 1; `cnt` counts as a host int and w_long_cnt is None.  Slow:
    # cnt == PY_SSIZE_T_MAX, and w_long_cnt += w_long_step with guest
    # arithmetic (floats, Fractions, huge ints...).

    def __init__(self, w_type, cnt, w_long_cnt, w_long_step):
        W_Object.__init__(self, w_type)
        self.cnt = cnt
        self.w_long_cnt = w_long_cnt        # owned, or None in fast mode
        self.w_long_step = w_long_step      # owned

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        """Counterpart: itertools_count_impl."""
        w_start, w_step = _COUNT_SIGNATURE.bind("count", args_w, kwnames)
        if ((w_start is not None and not _is_number(w_start)) or
                (w_step is not None and not _is_number(w_step))):
            raise type_error("a number is required")
        fast = ((w_start is None or isinstance(w_start, W_Int)) and
                (w_step is None or isinstance(w_step, W_Int)))
        cnt = 0
        if w_start is not None:
            if fast:
                if PY_SSIZE_T_MIN <= w_start.value <= PY_SSIZE_T_MAX:
                    cnt = w_start.value
                else:
                    fast = False
            w_long_cnt = _incref(w_start)
        else:
            w_long_cnt = new_int(0)
        w_long_step = _incref(w_step) if w_step is not None else new_int(1)
        if fast and w_long_step.value != 1:
            fast = False
        if fast:
            decref(w_long_cnt)
            w_long_cnt = None
        else:
            cnt = PY_SSIZE_T_MAX
        return _alloc(w_type, W_Count, cnt, w_long_cnt, w_long_step)

    @slot("tp_dealloc")
    def dealloc(self):
        _release(self, "w_long_cnt", "w_long_step")

    @slot("tp_traverse")
    def traverse(self, visit):
        _visit(visit, self.w_long_cnt, self.w_long_step)

    getattro = _generic_getattr
    iter = _self_iter

    @slot("tp_iternext")
    def iternext(self):
        """Counterpart: count_next and count_nextlong."""
        if self.cnt != PY_SSIZE_T_MAX:
            cnt = self.cnt
            self.cnt = cnt + 1
            return new_int(cnt)
        w_long_cnt = self.w_long_cnt
        fresh = w_long_cnt is None
        if fresh:                           # fast mode reached the end of C longs
            w_long_cnt = new_int(PY_SSIZE_T_MAX)
        try:
            w_stepped = abstract.binary_op(w_long_cnt, self.w_long_step, "nb_add", "+")
        except OperationError:
            if fresh:
                decref(w_long_cnt)
            raise
        self.w_long_cnt = w_stepped
        return w_long_cnt                   # the count's reference goes to the caller

    @slot("tp_repr")
    def repr(self):
        """Counterpart: count_repr: the step only when it is not int 1."""
        from glass.objects.str import new_str
        name = self.ob_type.short_name()
        if self.cnt != PY_SSIZE_T_MAX:
            return new_str("%s(%d)" % (name, self.cnt))
        w_step = self.w_long_step
        start_text = abstract.repr_text(self.w_long_cnt) \
            if self.w_long_cnt is not None else "<NULL>"
        if isinstance(w_step, W_Int) and w_step.value == 1:
            return new_str("%s(%s)" % (name, start_text))
        return new_str("%s(%s, %s)" % (name, start_text, abstract.repr_text(w_step)))

    @no_text_signature
    @method("($self, /)", doc=REDUCE_DOC)
    def __reduce__(self):
        if self.cnt == PY_SSIZE_T_MAX:
            if self.w_long_cnt is None:
                raise operation_error("SystemError", "NULL object passed to Py_BuildValue")
            return _reduce(self, [self.w_long_cnt, self.w_long_step])
        w_cnt = new_int(self.cnt)
        try:
            return _reduce(self, [w_cnt])
        finally:
            decref(w_cnt)


# --- repeat ----------------------------------------------------------------------------------

_REPEAT_SIGNATURE = Signature.parse("(object, times=None)")


@builtin_type("itertools.repeat", flags=BASETYPE | HAVE_GC)
class W_Repeat(W_Object):
    """repeat(object [,times]) -> create an iterator which returns the object
for the specified number of times.  If not specified, returns the object
endlessly."""
    __slots__ = ("w_element", "cnt")

    def __init__(self, w_type, w_element, cnt):
        W_Object.__init__(self, w_type)
        self.w_element = _incref(w_element)
        self.cnt = cnt                      # -1: endless

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        """Counterpart: repeat_new: a negative count given means zero."""
        w_element, w_times = _REPEAT_SIGNATURE.bind("repeat", args_w, kwnames)
        cnt = -1
        if w_times is not None:
            cnt = _ssize(w_times)
            if cnt < 0:
                cnt = 0
        return _alloc(w_type, W_Repeat, w_element, cnt)

    @slot("tp_dealloc")
    def dealloc(self):
        _release(self, "w_element")

    @slot("tp_traverse")
    def traverse(self, visit):
        _visit(visit, self.w_element)

    getattro = _generic_getattr
    iter = _self_iter

    @slot("tp_iternext")
    def iternext(self):
        if self.cnt == 0:
            return None
        if self.cnt > 0:
            self.cnt -= 1
        return _incref(self.w_element)

    @slot("tp_repr")
    def repr(self):
        from glass.objects.str import new_str
        name = self.ob_type.short_name()
        element = abstract.repr_text(self.w_element)
        if self.cnt == -1:
            return new_str("%s(%s)" % (name, element))
        return new_str("%s(%s, %d)" % (name, element, self.cnt))

    @no_text_signature
    @method("($self, /)", doc="Private method returning an estimate of len(list(it)).")
    def __length_hint__(self):
        if self.cnt == -1:
            raise type_error("len() of unsized object")
        return new_int(self.cnt)

    @no_text_signature
    @method("($self, /)", doc=REDUCE_DOC)
    def __reduce__(self):
        if self.cnt >= 0:
            w_cnt = new_int(self.cnt)
            try:
                return _reduce(self, [self.w_element, w_cnt])
            finally:
                decref(w_cnt)
        return _reduce(self, [self.w_element])


# --- zip_longest -----------------------------------------------------------------------------

@builtin_type("itertools.zip_longest", flags=BASETYPE | HAVE_GC)
class W_ZipLongest(W_Object):
    """zip_longest(iter1 [,iter2 [...]], [fillvalue=None]) --> zip_longest object

Return a zip_longest object whose .__next__() method returns a tuple where
the i-th element comes from the i-th iterable argument.  The .__next__()
method continues until the longest iterable in the argument sequence
is exhausted and then it raises StopIteration.  When the shorter iterables
are exhausted, the fillvalue is substituted in their place.  The fillvalue
defaults to None or can be specified by a keyword argument.
"""
    __slots__ = ("iters_w", "numactive", "w_result", "w_fillvalue")

    def __init__(self, w_type, iters_w, w_fillvalue):
        W_Object.__init__(self, w_type)
        self.iters_w = iters_w              # owned; None where one ran out
        self.numactive = len(iters_w)
        self.w_result = new_tuple([w_None] * len(iters_w))
        self.w_fillvalue = _incref(w_fillvalue)

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        """Counterpart: zip_longest_new."""
        nkw = len(kwnames) if kwnames else 0
        w_fillvalue = w_None
        if nkw:
            if nkw != 1 or kwnames[0] != "fillvalue":
                raise type_error("zip_longest() got an unexpected keyword argument")
            w_fillvalue = args_w[-1]
        iters_w = []
        try:
            for w_arg in args_w[:len(args_w) - nkw]:
                iters_w.append(abstract.iter(w_arg))
        except OperationError:
            for w_it in iters_w:
                decref(w_it)
            raise
        return _alloc(w_type, W_ZipLongest, iters_w, w_fillvalue)

    @slot("tp_dealloc")
    def dealloc(self):
        iters_w, self.iters_w = self.iters_w, []
        for w_it in iters_w:
            xdecref(w_it)
        _release(self, "w_result", "w_fillvalue")

    @slot("tp_traverse")
    def traverse(self, visit):
        _visit(visit, *self.iters_w)
        _visit(visit, self.w_result, self.w_fillvalue)

    getattro = _generic_getattr
    iter = _self_iter

    @slot("tp_iternext")
    def iternext(self):
        """Counterpart: zip_longest_next: one item from each live iterator,
        the fillvalue for the others, until the last one runs out."""
        size = len(self.iters_w)
        if size == 0 or self.numactive == 0:
            return None
        w_result = self.w_result
        reuse = w_result.ob_refcnt == 1
        if reuse:
            w_result.ob_refcnt += 1
        else:
            items_w = []
        for i in range(size):
            w_it = self.iters_w[i]
            if w_it is None:
                w_item = _incref(self.w_fillvalue)
            else:
                try:
                    w_item = _next(w_it)
                except OperationError:
                    self.numactive = 0
                    self._drop(w_result, items_w if not reuse else None)
                    raise
                if w_item is None:
                    self.numactive -= 1
                    if self.numactive == 0:
                        self._drop(w_result, items_w if not reuse else None)
                        return None
                    w_item = _incref(self.w_fillvalue)
                    self.iters_w[i] = None
                    decref(w_it)
            if reuse:
                w_old = w_result.items[i]
                w_result.items[i] = w_item
                decref(w_old)
            else:
                items_w.append(w_item)
        if reuse:
            return w_result
        return new_tuple_owned(items_w)

    @staticmethod
    def _drop(w_result, items_w):
        """Give up a result being built: the reused tuple's extra reference,
        or the items gathered for a new one (a partly filled PyTuple_New)."""
        if items_w is None:
            decref(w_result)
        else:
            for w_item in items_w:
                decref(w_item)

    @no_text_signature
    @method("($self, /)", doc=REDUCE_DOC)
    def __reduce__(self):
        """Counterpart: zip_longest_reduce: () stands for an exhausted input."""
        args_w = [_incref(w_it) if w_it is not None else empty_tuple()
                  for w_it in self.iters_w]
        return new_tuple_owned([_incref(self.ob_type), new_tuple_owned(args_w),
                                _incref(self.w_fillvalue)])

    @no_text_signature
    @method("($self, state, /)", doc=SETSTATE_DOC)
    def __setstate__(self, w_state):
        _replace(self, "w_fillvalue", _incref(w_state))


# --- pairwise --------------------------------------------------------------------------------

@builtin_type("itertools.pairwise", flags=BASETYPE | HAVE_GC)
class W_Pairwise(W_Object):
    """pairwise(iterable, /)
--

Return an iterator of overlapping pairs taken from the input iterator.

    s -> (s0,s1), (s1,s2), (s2, s3), ..."""
    __slots__ = ("w_it", "w_old")

    def __init__(self, w_type, w_it):
        W_Object.__init__(self, w_type)
        self.w_it = w_it                    # owned; None once exhausted
        self.w_old = None                   # owned: the item before the next one

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        """Counterpart: pairwise_new_impl."""
        (w_iterable,) = _positional_only("pairwise", w_type, W_Pairwise.w_type,
                                         args_w, kwnames, 1, 1)
        w_it = abstract.iter(w_iterable)
        return _alloc(w_type, W_Pairwise, w_it)

    @slot("tp_dealloc")
    def dealloc(self):
        _release(self, "w_it", "w_old")

    @slot("tp_traverse")
    def traverse(self, visit):
        _visit(visit, self.w_it, self.w_old)

    getattro = _generic_getattr
    iter = _self_iter

    @slot("tp_iternext")
    def iternext(self):
        """Counterpart: pairwise_next."""
        # The input's __next__ may call this pairwise again: what it finds
        # in the fields is read again after each call, and the pair is made
        # of this call's own items.
        w_it = self.w_it
        if w_it is None:
            return None
        w_old = self.w_old
        if w_old is None:
            w_old = _next(w_it)
            _replace(self, "w_old", w_old)
            if w_old is None:
                _release(self, "w_it")
                return None
            w_it = self.w_it
            if w_it is None:
                _release(self, "w_old")
                return None
        w_old.ob_refcnt += 1
        w_it.ob_refcnt += 1
        try:
            w_new = _next(w_it)
        finally:
            decref(w_it)
        if w_new is None:
            _release(self, "w_it", "w_old")
            decref(w_old)
            return None
        w_result = new_tuple([w_old, w_new])
        _replace(self, "w_old", w_new)
        decref(w_old)
        return w_result


# --- The module ------------------------------------------------------------------------------

_TYPES_IN_MODULE = (W_Accumulate, W_Combinations, W_CombinationsWithReplacement, W_Cycle,
                    W_DropWhile, W_TakeWhile, W_ISlice, W_StarMap, W_Chain, W_Compress,
                    W_FilterFalse, W_Count, W_ZipLongest, W_Pairwise, W_Permutations,
                    W_Product, W_Repeat, W_GroupBy, W_Grouper, W_Tee, W_TeeData)

# sizeof() of each C object struct (tp_basicsize), for __sizeof__.
_BASICSIZES = {W_GroupBy: 64, W_Grouper: 32, W_TeeData: 496, W_Tee: 40, W_Cycle: 48,
               W_DropWhile: 40, W_TakeWhile: 40, W_ISlice: 56, W_StarMap: 32,
               W_Chain: 32, W_Product: 48, W_Combinations: 56,
               W_CombinationsWithReplacement: 56, W_Permutations: 64, W_Accumulate: 48,
               W_Compress: 32, W_FilterFalse: 32, W_Count: 40, W_Repeat: 32,
               W_ZipLongest: 56, W_Pairwise: 32}
for _cls, _size in _BASICSIZES.items():
    _cls.w_type.basicsize = _size


@builtin_module("itertools")
class ItertoolsModule:
    """Functional tools for creating and using iterators.

Infinite iterators:
count(start=0, step=1) --> start, start+step, start+2*step, ...
cycle(p) --> p0, p1, ... plast, p0, p1, ...
repeat(elem [,n]) --> elem, elem, elem, ... endlessly or up to n times

Iterators terminating on the shortest input sequence:
accumulate(p[, func]) --> p0, p0+p1, p0+p1+p2
chain(p, q, ...) --> p0, p1, ... plast, q0, q1, ...
chain.from_iterable([p, q, ...]) --> p0, p1, ... plast, q0, q1, ...
compress(data, selectors) --> (d[0] if s[0]), (d[1] if s[1]), ...
dropwhile(pred, seq) --> seq[n], seq[n+1], starting when pred fails
groupby(iterable[, keyfunc]) --> sub-iterators grouped by value of keyfunc(v)
filterfalse(pred, seq) --> elements of seq where pred(elem) is False
islice(seq, [start,] stop [, step]) --> elements from
       seq[start:stop:step]
pairwise(s) --> (s[0],s[1]), (s[1],s[2]), (s[2], s[3]), ...
starmap(fun, seq) --> fun(*seq[0]), fun(*seq[1]), ...
tee(it, n=2) --> (it1, it2 , ... itn) splits one iterator into n
takewhile(pred, seq) --> seq[0], seq[1], until pred fails
zip_longest(p, q, ...) --> (p[0], q[0]), (p[1], q[1]), ...

Combinatoric generators:
product(p, q, ... [repeat=1]) --> cartesian product
permutations(p[, r])
combinations(p, r)
combinations_with_replacement(p, r)
"""

    @function("($module, iterable, n=2, /)")
    def tee(w_iterable, w_n):
        """Returns a tuple of n independent iterators."""
        n = _ssize(w_n) if w_n is not None else 2
        if n < 0:
            raise value_error("n must be >= 0")
        if n == 0:
            return empty_tuple()
        w_it = abstract.iter(w_iterable)
        try:
            w_copyfunc = abstract.lookup_attr_str(w_it, "__copy__")
        except OperationError:
            decref(w_it)
            raise
        if w_copyfunc is not None:
            w_copyable = w_it
        else:
            try:
                w_copyable = tee_fromiterable(w_it)
            finally:
                decref(w_it)
            try:
                w_copyfunc = abstract.getattr_str(w_copyable, "__copy__")
            except OperationError:
                decref(w_copyable)
                raise
        result_w = [w_copyable]
        try:
            for _ in range(1, n):
                result_w.append(abstract.call(w_copyfunc, []))
        except OperationError:
            for w_item in result_w:
                decref(w_item)
            raise
        finally:
            decref(w_copyfunc)
        return new_tuple_owned(result_w)


def init_module(w_module):
    for cls in _TYPES_IN_MODULE:
        w_type = cls.w_type
        w_module.w_dict.setitem_str(w_type.short_name(), w_type)


ItertoolsModule.init_module = staticmethod(init_module)
