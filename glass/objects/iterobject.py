"""The generic iterators: over a sequence by index, and over a callable.

Counterpart: Objects/iterobject.c (PySeqIter_Type, "iterator": iter() over
anything with __getitem__; PyCallIter_Type, "callable_iterator":
iter(callable, sentinel); _PyAnextAwaitable_Type, "anext_awaitable":
anext(aiterator, default)), plus PyObject_LengthHint from Objects/abstract.c,
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


# --- anext(aiterator, default) ------------------------------------------------------

@builtin_type("anext_awaitable", flags=HAVE_GC, doc=NO_DOC)
class W_AnextAwaitable(W_Object):
    """What anext(aiterator, default) returns: the awaitable of __anext__(),
    whose StopAsyncIteration becomes StopIteration(default), the way an
    `async def __anext__` returning the default would end.  Counterpart:
    anextawaitableobject."""
    __slots__ = ("w_wrapped", "w_default")

    def __init__(self, w_wrapped, w_default):
        W_Object.__init__(self, W_AnextAwaitable.w_type)
        w_default.ob_refcnt += 1
        self.w_wrapped = w_wrapped     # owned: anext() hands its reference over
        self.w_default = w_default

    @slot("am_await")
    def await_(self):
        self.ob_refcnt += 1
        return self

    @slot("tp_getattro")
    def getattro(self, w_name):
        """PyObject_GenericGetAttr, set explicitly (so __getattribute__ is in the type's dict)."""
        from glass.objects.typeobject import generic_getattr
        return generic_getattr(self, w_name)

    @slot("tp_iter")
    def iter(self):
        self.ob_refcnt += 1
        return self

    def getiter(self):
        """Counterpart: anextawaitable_getiter: the iterator that drives the
        wrapped awaitable (a new reference).  A coroutine has no __next__, so
        its __await__() wrapper is taken instead."""
        from glass.objects import abstract
        from glass.objects.genobject import get_awaitable_iter
        w_awaitable = get_awaitable_iter(self.w_wrapped)
        if w_awaitable.ob_type.tp_iternext is not None:
            return w_awaitable
        try:
            w_iter = w_awaitable.ob_type.am_await(w_awaitable)
        finally:
            decref(w_awaitable)
        if not abstract.iter_check(w_iter):
            decref(w_iter)
            raise type_error("__await__ returned a non-iterable")
        return w_iter

    @slot("tp_iternext")
    def iternext(self):
        """Counterpart: anextawaitable_iternext: one step of the wrapped
        awaitable, its return value kept (StopIteration(value))."""
        from glass.objects.genobject import next_keeping_value
        w_iter = self.getiter()
        try:
            return next_keeping_value(w_iter)
        except OperationError as error:
            raise self._default_for(error)
        finally:
            decref(w_iter)

    def proxy(self, name, w_arg):
        """Counterpart: anextawaitable_proxy: call the wrapped iterator's
        send/throw/close.  3.11 builds the call with Py_BuildValue("O", arg),
        which spreads a tuple argument over the call: send((1, 2)) calls
        send(1, 2), and throw(*args) and close(*args) pass their arguments
        on as they came."""
        from glass.objects import abstract
        from glass.objects.tuple import W_Tuple
        args_w = list(w_arg.items) if isinstance(w_arg, W_Tuple) else [w_arg]
        w_iter = self.getiter()
        try:
            w_meth = abstract.getattr_str(w_iter, name)
            try:
                return abstract.call(w_meth, args_w)
            finally:
                decref(w_meth)
        except OperationError as error:
            raise self._default_for(error)
        finally:
            decref(w_iter)

    def _default_for(self, error):
        """The error to raise in place of `error`: StopAsyncIteration becomes
        _PyGen_SetStopIterationValue(default).  3.11 does not clear the
        StopAsyncIteration first, so a default that must be wrapped by a
        call (a tuple, an exception) makes that call fail with SystemError."""
        if not error.match(EXCEPTION_TYPES["StopAsyncIteration"]):
            return error
        from glass.objects.genobject import format_from_cause, stop_iteration_value_error
        from glass.objects.exceptions import W_BaseException
        from glass.objects.tuple import W_Tuple
        w_default = self.w_default
        if isinstance(w_default, (W_Tuple, W_BaseException)):
            # _Py_CheckFunctionResult on StopIteration(default) with an
            # exception still set.
            return format_from_cause(
                error, "SystemError",
                "<class 'StopIteration'> returned a result with an exception set")
        decref(error.w_value)
        return stop_iteration_value_error(w_default)

    @no_text_signature
    @method("($self, value, /)", doc="send(arg) -> send 'arg' into the wrapped iterator,\n"
                                      "return next yielded value or raise StopIteration.")
    def send(self, w_value):
        return self.proxy("send", w_value)

    @no_text_signature
    @method("($self, *args)",
            doc="throw(typ[,val[,tb]]) -> raise exception in the wrapped iterator,\n"
                "return next yielded value or raise StopIteration.")
    def throw(self, args_w):
        from glass.objects.tuple import new_tuple
        w_args = new_tuple(args_w)
        try:
            return self.proxy("throw", w_args)
        finally:
            decref(w_args)

    @no_text_signature
    @method("($self, *args)", doc="close() -> raise GeneratorExit inside generator.")
    def close(self, args_w):
        from glass.objects.tuple import new_tuple
        w_args = new_tuple(args_w)
        try:
            return self.proxy("close", w_args)
        finally:
            decref(w_args)

    @slot("tp_traverse")
    def traverse(self, visit):
        visit(self.w_wrapped)
        visit(self.w_default)

    @slot("tp_dealloc")
    def dealloc(self):
        w_wrapped, self.w_wrapped = self.w_wrapped, None
        w_default, self.w_default = self.w_default, None
        xdecref(w_wrapped)
        xdecref(w_default)


def new_anext_awaitable(w_awaitable, w_default):
    """PyAnextAwaitable_New, taking over the reference to w_awaitable."""
    return W_AnextAwaitable(w_awaitable, w_default)


W_SeqIter.w_type.basicsize = 32          # sizeof(seqiterobject)
W_CallIter.w_type.basicsize = 32         # sizeof(calliterobject)
W_AnextAwaitable.w_type.basicsize = 32   # sizeof(anextawaitableobject)
