"""The generic iterators: over a sequence by index, and over a callable.

Counterpart: Objects/iterobject.c (PySeqIter_Type, "iterator": iter() over
anything with __getitem__; PyCallIter_Type, "callable_iterator":
iter(callable, sentinel)), plus PyObject_LengthHint from Objects/abstract.c,
which every "build a container from an iterable" path calls.

The list, tuple, range, dict and set iterators live with their containers,
as in CPython.
"""
from __future__ import annotations

from glass.objects.exceptions import EXCEPTION_TYPES, OperationError, type_error
from glass.objects.object import W_Object, decref, xdecref
from glass.objects.signature import no_text_signature
from glass.objects.type import EQ, HAVE_GC, NO_DOC, builtin_type, method, slot

PY_SSIZE_T_MAX = (1 << 63) - 1


def get_builtin(name):
    """_PyEval_GetBuiltin: a new reference to a builtin (iter, reversed...)."""
    from glass.vm import pystate
    w_value = pystate.interpreter().w_builtins.getitem_str(name)
    if w_value is None:
        from glass.objects.exceptions import attribute_error
        raise attribute_error(name)
    w_value.ob_refcnt += 1
    return w_value


def reduce_value(w_callable, args_w, w_state=None):
    """(callable, args[, state]) as __reduce__ returns it; args are borrowed,
    w_callable and w_state are taken over."""
    from glass.objects.tuple import new_tuple, new_tuple_owned
    w_args = new_tuple(args_w)
    items = [w_callable, w_args]
    if w_state is not None:
        items.append(w_state)
    return new_tuple_owned(items)


def length_hint(w_obj, default):
    """Counterpart: PyObject_LengthHint: len(), else __length_hint__(), else default.

    A TypeError from either is swallowed (the object has no length after
    all); any other error propagates.
    """
    from glass.objects import abstract
    from glass.objects.int import W_Int
    from glass.objects.none import w_NotImplemented
    w_type = w_obj.ob_type
    if w_type.sq_length is not None or w_type.mp_length is not None:
        try:
            return abstract.length(w_obj)
        except OperationError as error:
            if not error.match(EXCEPTION_TYPES["TypeError"]):
                raise
            decref(error.w_value)
    w_descr = w_type.lookup("__length_hint__")
    if w_descr is None:
        return default
    try:
        w_res = abstract.call_bound_descriptor(w_descr, w_obj, [])
    except OperationError as error:
        if not error.match(EXCEPTION_TYPES["TypeError"]):
            raise
        decref(error.w_value)
        return default
    if w_res is w_NotImplemented:
        decref(w_res)
        return default
    if not isinstance(w_res, W_Int):
        kind = w_res.ob_type.name
        decref(w_res)
        raise type_error("__length_hint__ must be an integer, not %s" % kind)
    value = w_res.value
    decref(w_res)
    if value > PY_SSIZE_T_MAX or value < -PY_SSIZE_T_MAX - 1:
        from glass.objects.exceptions import overflow_error
        raise overflow_error("Python int too large to convert to C ssize_t")
    if value < 0:
        from glass.objects.exceptions import value_error
        raise value_error("__length_hint__() should return >= 0")
    return value


def new_length(value):
    from glass.objects.int import new_int
    return new_int(value)


# --- iter(sequence): the old __getitem__ protocol --------------------------------------

@builtin_type("iterator", flags=HAVE_GC, doc=NO_DOC)
class W_SeqIter(W_Object):
    """Iterate over a sequence by index until IndexError.  Counterpart: seqiterobject."""
    __slots__ = ("w_seq", "index")

    def __init__(self, w_seq):
        W_Object.__init__(self, W_SeqIter.w_type)
        w_seq.ob_refcnt += 1
        self.w_seq = w_seq             # None once exhausted
        self.index = 0

    @slot("tp_iter")
    def iter(self):
        self.ob_refcnt += 1
        return self

    @slot("tp_iternext")
    def iternext(self):
        """Counterpart: iter_iternext."""
        w_seq = self.w_seq
        if w_seq is None:
            return None
        if self.index == PY_SSIZE_T_MAX:
            from glass.objects.exceptions import overflow_error
            raise overflow_error("iter index too large")
        try:
            w_item = _sequence_getitem(w_seq, self.index)
        except OperationError as error:
            if not (error.match(EXCEPTION_TYPES["IndexError"]) or
                    error.match(EXCEPTION_TYPES["StopIteration"])):
                raise
            decref(error.w_value)
            self.w_seq = None          # exhausted iterators drop the sequence
            decref(w_seq)
            return None
        self.index += 1
        return w_item

    @no_text_signature
    @method("($self, /)")
    def __length_hint__(self):
        """Private method returning an estimate of len(list(it))."""
        from glass.objects import abstract
        if self.w_seq is None:
            return new_length(0)
        w_type = self.w_seq.ob_type
        if w_type.sq_length is None and w_type.mp_length is None:
            from glass.objects.tuple import not_implemented
            return not_implemented()
        size = abstract.length(self.w_seq)
        return new_length(max(size - self.index, 0))

    @no_text_signature
    @method("($self, /)")
    def __reduce__(self):
        """Return state information for pickling."""
        from glass.objects.int import new_int
        from glass.objects.tuple import empty_tuple
        w_iter = get_builtin("iter")
        if self.w_seq is not None:
            return reduce_value(w_iter, [self.w_seq], new_int(self.index))
        w_empty = empty_tuple()
        try:
            return reduce_value(w_iter, [w_empty])
        finally:
            decref(w_empty)

    @no_text_signature
    @method("($self, state, /)")
    def __setstate__(self, w_state):
        """Set state information for unpickling."""
        from glass.objects import abstract
        index = abstract.index_as_ssize(w_state)
        if self.w_seq is not None:
            self.index = max(index, 0)

    @slot("tp_traverse")
    def traverse(self, visit):
        if self.w_seq is not None:
            visit(self.w_seq)

    @slot("tp_dealloc")
    def dealloc(self):
        w_seq, self.w_seq = self.w_seq, None
        xdecref(w_seq)


def _sequence_getitem(w_seq, index):
    """PySequence_GetItem for a non-negative index."""
    func = w_seq.ob_type.sq_item
    if func is None:
        raise type_error("'%s' object does not support indexing" % w_seq.ob_type.name)
    return func(w_seq, index)


# --- iter(callable, sentinel) -------------------------------------------------------

@builtin_type("callable_iterator", flags=HAVE_GC, doc=NO_DOC)
class W_CallIter(W_Object):
    """Call a callable until it returns the sentinel.  Counterpart: calliterobject."""
    __slots__ = ("w_callable", "w_sentinel")

    def __init__(self, w_callable, w_sentinel):
        W_Object.__init__(self, W_CallIter.w_type)
        w_callable.ob_refcnt += 1
        w_sentinel.ob_refcnt += 1
        self.w_callable = w_callable   # both None once exhausted
        self.w_sentinel = w_sentinel

    @slot("tp_iter")
    def iter(self):
        self.ob_refcnt += 1
        return self

    @slot("tp_iternext")
    def iternext(self):
        """Counterpart: calliter_iternext: `sentinel == result` ends the iteration,
        and so does a StopIteration from the callable."""
        from glass.objects import abstract
        w_callable = self.w_callable
        if w_callable is None:
            return None
        try:
            w_res = abstract.call(w_callable, [])
        except OperationError as error:
            if not error.match(EXCEPTION_TYPES["StopIteration"]):
                raise
            decref(error.w_value)
            self._clear()
            return None
        try:
            done = abstract.rich_compare_bool(self.w_sentinel, w_res, EQ)
        except OperationError:
            decref(w_res)
            raise
        if not done:
            return w_res
        decref(w_res)
        self._clear()
        return None

    def _clear(self):
        w_callable, self.w_callable = self.w_callable, None
        w_sentinel, self.w_sentinel = self.w_sentinel, None
        xdecref(w_callable)
        xdecref(w_sentinel)

    @no_text_signature
    @method("($self, /)")
    def __reduce__(self):
        """Return state information for pickling."""
        from glass.objects.tuple import empty_tuple
        w_iter = get_builtin("iter")
        if self.w_callable is not None:
            return reduce_value(w_iter, [self.w_callable, self.w_sentinel])
        w_empty = empty_tuple()
        try:
            return reduce_value(w_iter, [w_empty])
        finally:
            decref(w_empty)

    @slot("tp_traverse")
    def traverse(self, visit):
        if self.w_callable is not None:
            visit(self.w_callable)
            visit(self.w_sentinel)

    @slot("tp_dealloc")
    def dealloc(self):
        self._clear()


def new_call_iter(w_callable, w_sentinel):
    """PyCallIter_New: iter(callable, sentinel) (the arguments are borrowed)."""
    return W_CallIter(w_callable, w_sentinel)


W_SeqIter.w_type.basicsize = 32          # sizeof(seqiterobject)
W_CallIter.w_type.basicsize = 32         # sizeof(calliterobject)
