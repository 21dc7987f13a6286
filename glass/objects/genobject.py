"""Generators, coroutines and asynchronous generators.

Counterpart: Objects/genobject.c (PyGenObject, PyCoroObject, the coroutine
wrapper, PyAsyncGenObject and its asend/athrow awaitables, gen_send_ex2,
_gen_throw, gen_close, _PyGen_Finalize, _PyCoro_GetAwaitableIter) and
PyIter_Send of Objects/abstract.c.

A generator owns the interpreter frame its function started: RETURN_GENERATOR
hands the frame over (glass/vm/ceval.py), and each resumption runs that frame
as an entry frame of a new eval loop on the host stack, as 3.11 does, so
`for x in gen` calls tp_iternext like any other iterator.  While it runs, the
generator's own exception state is the thread's current one (the exc_info
stack of 3.11: `tstate.exc_value` is the innermost item, `tstate.exc_stack`
holds the items below it).

Results follow PySendResult: send_ex2 returns (PYGEN_NEXT, value) for a yield,
(PYGEN_RETURN, value) for a return, and (PYGEN_ERROR, None) when the
generator was already exhausted and nothing was raised; a guest exception
propagates as OperationError.
"""
from __future__ import annotations

from glass.bytecode.code import CO_ASYNC_GENERATOR, CO_COROUTINE, CO_ITERABLE_COROUTINE
from glass.bytecode.opcode import OPMAP
from glass.objects.exceptions import (EXCEPTION_TYPES, OperationError, operation_error,
                                      type_error)
from glass.objects.object import W_Object, decref, xdecref
from glass.objects.signature import no_text_signature
from glass.objects.type import HAVE_GC, NO_DOC, builtin_type, getter, method, setter, slot
from glass.vm.audit import audit

# gi_frame_state (Include/internal/pycore_frame.h PyFrameState).
FRAME_CREATED, FRAME_SUSPENDED, FRAME_EXECUTING, FRAME_COMPLETED, FRAME_CLEARED = \
    -2, -1, 0, 1, 4
# PySendResult (Include/object.h).
PYGEN_RETURN, PYGEN_ERROR, PYGEN_NEXT = 0, -1, 1

_RESUME = OPMAP["RESUME"]
_SEND = OPMAP["SEND"]


def _none():
    w_None.ob_refcnt += 1
    return w_None


def _is_none(w_obj):
    return w_obj is w_None


def _ref(w_obj):
    if w_obj is None:
        return _none()
    w_obj.ob_refcnt += 1
    return w_obj


# --- The shared machinery (gen_send_ex2 and friends) -----------------------------

class W_GenBase(W_Object):
    """The fields PyGenObject, PyCoroObject and PyAsyncGenObject share
    (_PyGenObject_HEAD).  Not a guest type: each kind is its own builtin type."""
    __slots__ = ("frame", "frame_state", "w_name", "w_qualname", "w_code",
                 "w_exc_state", "gc_finalized", "weakrefs")
    kind = "generator"                # gen_typename, for messages

    def __init__(self, w_type, frame):
        W_Object.__init__(self, w_type)
        w_func = frame.w_func
        self.frame = frame            # owned: the generator's _PyInterpreterFrame
        self.frame_state = FRAME_CREATED
        if w_func is not None:
            w_name, w_qualname = w_func.w_name, w_func.w_qualname
            w_name.ob_refcnt += 1
            w_qualname.ob_refcnt += 1
        else:
            # A code object run by eval()/exec() (top-level await): CPython's
            # PyEval_EvalCode names its function after co_name, twice.
            from glass.objects.str import new_str
            w_name = new_str(frame.w_code.code.co_name)
            w_qualname = new_str(frame.w_code.code.co_name)
        frame.w_code.ob_refcnt += 1
        self.w_name = w_name
        self.w_qualname = w_qualname
        self.w_code = frame.w_code
        self.w_exc_state = None       # gi_exc_state.exc_value: what it handles
        self.gc_finalized = False     # _PyGC_FINALIZED: finalized once only
        frame.w_gen = self            # borrowed: the frame is the generator's


def make_generator(frame):
    """Counterpart: _Py_MakeCoro: the object RETURN_GENERATOR returns, of the
    kind co_flags ask for; it takes the frame over."""
    flags = frame.w_code.code.co_flags
    if flags & CO_COROUTINE:
        return W_Coroutine(frame)
    if flags & CO_ASYNC_GENERATOR:
        return W_AsyncGenerator(frame)
    return W_Generator(frame)


def send_ex2(gen, w_arg, error=None, closing=False):
    """Counterpart: gen_send_ex2: resume the frame with w_arg (None for next()),
    or with `error` raised at the point where it is suspended."""
    state = gen.frame_state
    if state == FRAME_CREATED and w_arg is not None and not _is_none(w_arg):
        raise type_error("can't send non-None value to a just-started %s" % gen.kind)
    if state == FRAME_EXECUTING:
        if error is not None:
            decref(error.w_value)         # replaced by the ValueError
        raise operation_error("ValueError", "%s already executing" % gen.kind)
    if state >= FRAME_COMPLETED:
        if gen.kind == "coroutine" and not closing:
            if error is not None:
                decref(error.w_value)
            raise operation_error("RuntimeError", "cannot reuse already awaited coroutine")
        if error is not None:
            raise error
        if w_arg is not None:
            return PYGEN_RETURN, _none()   # send() on an exhausted generator
        return PYGEN_ERROR, None

    frame = gen.frame
    w_sent = w_arg if w_arg is not None else w_None
    w_sent.ob_refcnt += 1
    frame.push(w_sent)                # the value of the yield expression
    tstate = pystate.current()
    # The generator's exception state becomes the innermost exc_info item.
    tstate.exc_stack.append(tstate.exc_value)
    tstate.exc_value = gen.w_exc_state
    gen.w_exc_state = None
    if error is not None:
        _chain_stack_item(tstate, error)
    gen.frame_state = FRAME_EXECUTING
    failure = None
    w_result = None
    try:
        w_result = ceval.resume_frame(frame, error, tstate)
    except OperationError as raised:
        failure = raised
    finally:
        if gen.frame_state == FRAME_EXECUTING:
            gen.frame_state = FRAME_COMPLETED
        gen.w_exc_state = tstate.exc_value
        tstate.exc_value = tstate.exc_stack.pop()

    if failure is None:
        if gen.frame_state == FRAME_SUSPENDED:
            return PYGEN_NEXT, w_result
    else:
        failure = _wrap_stop_iteration(gen, failure)
    # The generator can't be resumed again: release its frame.
    w_exc, gen.w_exc_state = gen.w_exc_state, None
    xdecref(w_exc)
    gen.frame_state = FRAME_CLEARED
    frame.clear()
    if failure is not None:
        raise failure
    return PYGEN_RETURN, w_result


def _chain_stack_item(tstate, error):
    """Counterpart: _PyErr_ChainStackItem(NULL): an exception thrown into a
    generator that is handling one gets that one as its __context__."""
    error.context_set = True
    if tstate.exc_value is not None:
        from glass.vm.ceval import set_context
        set_context(tstate, error.w_value)


def _wrap_stop_iteration(gen, error):
    """PEP 479: StopIteration (or StopAsyncIteration from an async generator)
    escaping the frame becomes RuntimeError, with the original as its cause."""
    if error.match(EXCEPTION_TYPES["StopIteration"]):
        message = "%s raised StopIteration" % gen.kind
    elif gen.kind == "async generator" and error.match(EXCEPTION_TYPES["StopAsyncIteration"]):
        message = "async generator raised StopAsyncIteration"
    else:
        return error
    return format_from_cause(error, "RuntimeError", message)


def format_from_cause(error, name, message):
    """Counterpart: _PyErr_FormatFromCause: a new exception whose __cause__
    and __context__ are the one being replaced (its reference moves there)."""
    new_error = operation_error(name, message)
    w_new = new_error.w_value
    w_cause = error.w_value
    w_cause.ob_refcnt += 1
    w_new.w_cause = w_cause           # takes error's reference
    w_new.w_context = w_cause         # and this new one
    w_new.suppress_context = True
    new_error.context_set = True
    return new_error


def gen_send(gen, w_arg):
    """Counterpart: gen_send_ex(gen, arg, 0, 0): send() and its StopIteration."""
    status, w_result = send_ex2(gen, w_arg)
    if status == PYGEN_RETURN:
        raise _return_exception(gen, w_result)
    return w_result


def _return_exception(gen, w_result):
    """What a finished send() raises: StopIteration(value), StopAsyncIteration."""
    try:
        if gen.kind == "async generator":
            return operation_error("StopAsyncIteration")
        return stop_iteration_value_error(w_result)
    finally:
        decref(w_result)


def stop_iteration_value_error(w_value):
    """Counterpart: _PyGen_SetStopIterationValue: the StopIteration that ends
    an iterator with `w_value` (borrowed): no arguments for None, else the
    value as its one argument, even a tuple or an exception."""
    if _is_none(w_value):
        return operation_error("StopIteration")
    from glass.objects.exceptions import stop_iteration
    return stop_iteration(w_value)


def gen_iternext(gen):
    """Counterpart: gen_iternext: the next value, or None when the generator
    has returned.

    # Divergence: CPython's tp_iternext ends with StopIteration(value) when
    # the generator returns a value other than None, so next(gen) shows the
    # value; Glass's tp_iternext contract is "None when exhausted", which
    # every iterating builtin relies on, so the value is dropped here.
    # send(), `yield from`, `await` (SEND), next() and __next__()
    # (next_keeping_value) still see it.
    """
    status, w_result = send_ex2(gen, None)
    if status == PYGEN_RETURN:
        decref(w_result)
        return None
    return w_result


def next_keeping_value(w_iter):
    """tp_iternext for a caller that raises StopIteration itself (next(),
    __next__()): a generator's non-None return value becomes
    StopIteration(value), as CPython's gen_iternext reports it, and so does
    the StopIteration(value) a class's __next__ raises (slot_tp_iternext
    passes it on).  Other iterators: their tp_iternext."""
    if isinstance(w_iter, W_CoroWrapper):
        gen = w_iter.w_coroutine
    elif w_iter.ob_type is W_Generator.w_type:
        gen = w_iter
    elif w_iter.ob_type.tp_iternext is slot_tp_iternext:
        return _call_next(w_iter)
    else:
        return w_iter.ob_type.tp_iternext(w_iter)
    status, w_result = send_ex2(gen, None)
    if status == PYGEN_RETURN:
        if _is_none(w_result):
            decref(w_result)
            return None
        raise _return_exception(gen, w_result)
    return w_result


def gen_yf(gen):
    """Counterpart: _PyGen_yf: the iterator a `yield from`/`await` delegates
    to (a new reference), or None."""
    if gen.frame_state >= FRAME_CLEARED or gen.frame_state == FRAME_CREATED:
        return None
    if gen.frame_state == FRAME_EXECUTING:
        return None                  # its next instruction is no RESUME after a SEND
    frame = gen.frame
    decoded = frame.decoded
    pc = frame.pc
    if pc >= len(decoded.ops) or decoded.ops[pc] != _RESUME or decoded.args[pc] < 2:
        return None
    if frame.stacktop <= decoded.nlocalsplus:
        return None                  # running, between a SEND and its RESUME
    w_yf = frame.top()
    if w_yf is None:
        return None
    w_yf.ob_refcnt += 1
    return w_yf


def gen_close(gen):
    """Counterpart: gen_close: GeneratorExit thrown in; ignoring it is an error."""
    w_yf = gen_yf(gen)
    error = None
    if w_yf is not None:
        state = gen.frame_state
        gen.frame_state = FRAME_EXECUTING
        try:
            _close_iter(w_yf)
        except OperationError as raised:
            error = raised
        finally:
            gen.frame_state = state
            decref(w_yf)
    if error is None:
        error = operation_error("GeneratorExit")
    try:
        status, w_result = send_ex2(gen, _none_borrowed(), error, closing=True)
    except OperationError as raised:
        if raised.match(EXCEPTION_TYPES["StopIteration"]) or \
                raised.match(EXCEPTION_TYPES["GeneratorExit"]):
            decref(raised.w_value)
            return None
        raise
    if status == PYGEN_ERROR:
        return None
    decref(w_result)
    if status == PYGEN_NEXT:
        raise operation_error("RuntimeError", "%s ignored GeneratorExit" % gen.kind)
    return None


def _none_borrowed():
    from glass.objects.none import w_None
    return w_None


def _close_iter(w_yf):
    """Counterpart: gen_close_iter: close the iterator being delegated to."""
    from glass.objects import abstract
    if isinstance(w_yf, (W_Generator, W_Coroutine)):
        gen_close(w_yf)
        return
    try:
        w_close = abstract.lookup_attr_str(w_yf, "close")
    except OperationError as error:
        from glass.vm.traceback import write_unraisable
        write_unraisable(error, "Exception ignored in", w_yf)
        w_close = None
    if w_close is not None:
        try:
            decref(abstract.call(w_close, []))
        finally:
            decref(w_close)


def gen_throw(gen, w_typ, w_val, w_tb, close_on_genexit=True):
    """Counterpart: _gen_throw: raise an exception where the generator is
    suspended, forwarding it to the iterator a `yield from` delegates to."""
    from glass.objects import abstract
    w_yf = gen_yf(gen)
    if w_yf is not None:
        if close_on_genexit and _given_matches(w_typ, EXCEPTION_TYPES["GeneratorExit"]):
            state = gen.frame_state
            gen.frame_state = FRAME_EXECUTING
            try:
                _close_iter(w_yf)
            except OperationError as error:
                gen.frame_state = state
                decref(w_yf)
                return gen_send_ex(gen, _none_borrowed(), error)
            gen.frame_state = state
            decref(w_yf)
            return _throw_here(gen, w_typ, w_val, w_tb)
        state = gen.frame_state
        w_throw = None
        if not isinstance(w_yf, (W_Generator, W_Coroutine)):
            try:
                w_throw = abstract.lookup_attr_str(w_yf, "throw")
            except OperationError:
                decref(w_yf)
                raise
            if w_throw is None:
                decref(w_yf)
                return _throw_here(gen, w_typ, w_val, w_tb)
        gen.frame_state = FRAME_EXECUTING
        try:
            if w_throw is None:
                w_ret = _throw_delegated(gen, w_yf, w_typ, w_val, w_tb, close_on_genexit)
            else:
                # CallFunctionObjArgs stops at the first missing argument.
                args_w = [w_typ]
                if w_val is not None:
                    args_w.append(w_val)
                    if w_tb is not None:
                        args_w.append(w_tb)
                w_ret = abstract.call(w_throw, args_w)
        except OperationError as error:
            gen.frame_state = state
            xdecref(w_throw)
            decref(w_yf)
            return _finish_delegation(gen, error)
        gen.frame_state = state
        xdecref(w_throw)
        decref(w_yf)
        return w_ret
    return _throw_here(gen, w_typ, w_val, w_tb)


def _throw_delegated(gen, w_yf, w_typ, w_val, w_tb, close_on_genexit):
    """Throw into the sub-generator with our frame shown as running, so the
    traceback shows the whole chain (_gen_throw's current_frame update)."""
    from glass.vm import pystate
    tstate = pystate.current()
    frame = gen.frame
    frame.previous = tstate.frame
    tstate.frame = frame
    try:
        return gen_throw(w_yf, w_typ, w_val, w_tb, close_on_genexit)
    finally:
        tstate.frame = frame.previous
        frame.previous = None


def _finish_delegation(gen, error):
    """The delegate raised: stop the SEND loop and resume after it, with the
    delegate's return value (StopIteration) or with its exception."""
    frame = gen.frame
    decref(frame.pop())               # the delegate, below the sent value
    # Back up to the SEND's jump target, as if SEND had seen the return.
    send_at = frame.lasti - 1
    decoded = frame.decoded
    target = decoded.next_pc[send_at] + decoded.args[send_at]
    frame.lasti = target - 1
    frame.pc = target
    if error.match(EXCEPTION_TYPES["StopIteration"]):
        w_value = stop_iteration_value(error.w_value)
        decref(error.w_value)
        try:
            return gen_send(gen, w_value)
        finally:
            decref(w_value)
    return gen_send_ex(gen, _none_borrowed(), error)


def gen_send_ex(gen, w_arg, error):
    """Counterpart: gen_send_ex(gen, arg, 1, 0): resume with an exception."""
    status, w_result = send_ex2(gen, w_arg, error)
    if status == PYGEN_RETURN:
        raise _return_exception(gen, w_result)
    return w_result


def _given_matches(w_given, w_type):
    """PyErr_GivenExceptionMatches for a class or an instance."""
    from glass.objects.type import W_Type
    if isinstance(w_given, W_Type):
        return w_given.is_subtype(w_type)
    return w_given.ob_type.is_subtype(w_type)


def _throw_here(gen, w_typ, w_val, w_tb):
    """The part of _gen_throw after `throw_here:`: normalize, then resume."""
    from glass.objects.exceptions import W_BaseException
    from glass.objects.type import W_Type
    if w_tb is not None and _is_none(w_tb):
        w_tb = None
    elif w_tb is not None and w_tb.ob_type.name != "traceback":
        raise type_error("throw() third argument must be a traceback object")
    w_base = EXCEPTION_TYPES["BaseException"]
    if isinstance(w_typ, W_Type) and w_typ.is_subtype(w_base):
        try:
            w_exc = _normalize(w_typ, w_val)
        except OperationError as error:
            # PyErr_NormalizeException leaves its own error (the class made
            # no exception): that is what gets thrown into the generator.
            return gen_send_ex(gen, _none_borrowed(), error)
    elif isinstance(w_typ, W_BaseException):
        if w_val is not None and not _is_none(w_val):
            raise type_error("instance exception may not have a separate value")
        w_typ.ob_refcnt += 1
        w_exc = w_typ
    else:
        raise type_error("exceptions must be classes or instances deriving from "
                         "BaseException, not %s" % w_typ.ob_type.name)
    if w_tb is not None:
        w_tb.ob_refcnt += 1
        w_old, w_exc.w_traceback = w_exc.w_traceback, w_tb
        xdecref(w_old)
    error = OperationError(w_exc)
    return gen_send_ex(gen, _none_borrowed(), error)


def _normalize(w_type, w_val):
    """Counterpart: PyErr_NormalizeException for throw(type, value)."""
    from glass.objects import abstract
    from glass.objects.tuple import W_Tuple
    if w_val is not None and w_val.ob_type.is_subtype(w_type):
        w_val.ob_refcnt += 1
        return w_val
    if w_val is None or _is_none(w_val):
        args_w = []
    elif isinstance(w_val, W_Tuple):
        args_w = list(w_val.items)
    else:
        args_w = [w_val]
    w_exc = abstract.call(w_type, args_w)
    if not w_exc.ob_type.is_subtype(EXCEPTION_TYPES["BaseException"]):
        kind = w_exc.ob_type.name
        decref(w_exc)
        raise type_error("calling %s should have returned an instance of BaseException, "
                         "not %s" % (abstract.repr_text(w_type), kind))
    return w_exc


def stop_iteration_value(w_exc):
    """StopIteration.value (a new reference): the first argument, or None."""
    from glass.objects import abstract
    w_value = abstract.lookup_attr_str(w_exc, "value")
    if w_value is not None:
        return w_value
    items = w_exc.w_args.items
    return _ref(items[0] if items else None)


def gen_finalize(gen):
    """Counterpart: _PyGen_Finalize: close a generator that is still paused
    (a coroutine never started warns that it was never awaited)."""
    if gen.frame_state >= FRAME_COMPLETED:
        return
    if type(gen) is W_AsyncGenerator and gen.w_finalizer is not None and not gen.closed:
        _call_async_gen_finalizer(gen)
        return
    if (gen.w_code is not None and gen.w_code.code.co_flags & CO_COROUTINE
            and gen.frame_state == FRAME_CREATED):
        warn_unawaited_coroutine(gen)
        return
    try:
        gen_close(gen)
    except OperationError as error:
        from glass.vm.traceback import write_unraisable
        write_unraisable(error, "Exception ignored in", gen)


def warn_unawaited_coroutine(coro):
    """Counterpart: _PyErr_WarnUnawaitedCoroutine: "coroutine ... was never
    awaited", through warnings._warn_unawaited_coroutine (which shows where
    the coroutine was made) or, without it, as a plain RuntimeWarning whose
    source is the coroutine.  Errors are reported as unraisable."""
    from glass.modules._warnings import _warnings_module, warn
    from glass.objects import abstract
    from glass.vm.traceback import write_unraisable
    warned = False
    try:
        w_warnings = _warnings_module()
        if w_warnings is not None:
            try:
                w_hook = abstract.lookup_attr_str(w_warnings, "_warn_unawaited_coroutine")
            finally:
                decref(w_warnings)
            if w_hook is not None:
                try:
                    try:
                        decref(abstract.call(w_hook, [coro]))
                        warned = True
                    finally:
                        decref(w_hook)
                except OperationError as error:
                    warned = error.match(EXCEPTION_TYPES["RuntimeWarning"])
                    raise
    except OperationError as error:
        write_unraisable(error, None, coro)
    if warned:
        return
    try:
        warn("RuntimeWarning", "coroutine '%s' was never awaited" % coro.w_qualname.value,
             1, coro)
    except OperationError as error:
        write_unraisable(error, None, coro)


def compute_cr_origin(depth, frame):
    """Counterpart: compute_cr_origin: ((filename, line, name), ...) of the
    `depth` innermost frames from `frame` outwards."""
    from glass.objects.int import new_int
    from glass.objects.str import new_str
    from glass.objects.tuple import new_tuple_owned
    infos_w = []
    while frame is not None and len(infos_w) < depth:
        code = frame.w_code.code
        infos_w.append(new_tuple_owned([new_str(code.co_filename),
                                        new_int(frame.line_number()),
                                        new_str(code.co_name)]))
        frame = frame.previous
    return new_tuple_owned(infos_w)


def gen_dealloc(gen):
    """Counterpart: gen_dealloc: weak references die, finalize (which may
    resurrect), then release."""
    clear_weakrefs_if_any(gen)            # gi_weakreflist (set on first use)
    if gen.frame_state < FRAME_COMPLETED and not gen.gc_finalized:
        # PyObject_CallFinalizerFromDealloc: tp_finalize runs once, even
        # when it resurrects the object (a warning keeping it as source).
        gen.gc_finalized = True
        gen.ob_refcnt = 1                 # alive again while it closes, as CPython
        gen_finalize(gen)
        gen.ob_refcnt -= 1
        if gen.ob_refcnt > 0:
            return                        # resurrected by its own finally block
    if gen.frame_state != FRAME_CLEARED:
        gen.frame_state = FRAME_CLEARED
        gen.frame.clear()
    gen.frame.w_gen = None
    for name in ("w_name", "w_qualname", "w_code", "w_exc_state"):
        w_value = getattr(gen, name)
        setattr(gen, name, None)
        xdecref(w_value)


def gen_traverse(gen, visit):
    """gen_traverse: gi_code, the names, the frame while it lives (its
    function among what it holds), then the saved exception."""
    for w_value in (gen.w_code, gen.w_name, gen.w_qualname):
        if w_value is not None:
            visit(w_value)
    if gen.frame_state < FRAME_CLEARED:
        gen.frame.traverse(visit)
    if gen.w_exc_state is not None:
        visit(gen.w_exc_state)


def gen_repr(gen, kind):
    from glass.objects.str import new_str
    return new_str("<%s object %s at %#x>" % (kind, gen.w_qualname.value, id(gen)))


def gen_frame(gen, name):
    """_gen_getframe: the audit hooks hear of the read first (`name`:
    gi_frame, cr_frame or ag_frame)."""
    audit("object.__getattr__", gen, name)
    if gen.frame_state >= FRAME_COMPLETED:
        return None
    from glass.objects.frame import frame_object
    return frame_object(gen.frame)


def set_name_field(gen, field, w_value, what):
    from glass.objects.str import W_Str
    if w_value is None or not isinstance(w_value, W_Str):
        raise type_error("%s must be set to a string object" % what)
    w_value.ob_refcnt += 1
    w_old = getattr(gen, field)
    setattr(gen, field, w_value)
    decref(w_old)


def _bool(value):
    from glass.objects.bool import new_bool
    return new_bool(value)


# --- generator -------------------------------------------------------------------------

@builtin_type("generator", flags=HAVE_GC, doc=NO_DOC)
class W_Generator(W_GenBase):
    """A generator: what calling a generator function returns."""
    __slots__ = ()

    def __init__(self, frame):
        W_GenBase.__init__(self, W_Generator.w_type, frame)

    @slot("tp_iter")
    def iter(self):
        self.ob_refcnt += 1
        return self

    iternext = slot("tp_iternext")(gen_iternext)     # no wrapper call per item

    @slot("tp_repr")
    def repr(self):
        return gen_repr(self, "generator")

    @slot("tp_dealloc")
    def dealloc(self):
        gen_dealloc(self)

    @slot("tp_finalize")
    def finalize(self):
        gen_finalize(self)

    @slot("tp_traverse")
    def traverse(self, visit):
        gen_traverse(self, visit)

    @no_text_signature
    @method("($self, value, /)", doc="send(arg) -> send 'arg' into generator,\n"
                                      "return next yielded value or raise StopIteration.")
    def send(self, w_value):
        return gen_send(self, w_value)

    @no_text_signature
    @method("($self, typ, val=None, tb=None, /)",
            doc="throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in "
                "generator, return next yielded value or raise\nStopIteration.")
    def throw(self, w_typ, w_val, w_tb):
        return gen_throw(self, w_typ, w_val, w_tb)

    @no_text_signature
    @method("($self, /)", doc="close() -> raise GeneratorExit inside generator.")
    def close(self):
        return gen_close(self)

    @getter("gi_frame")
    def get_frame(self):
        return gen_frame(self, "gi_frame")

    @getter("gi_running")
    def get_running(self):
        return _bool(self.frame_state == FRAME_EXECUTING)

    @getter("gi_suspended")
    def get_suspended(self):
        return _bool(self.frame_state == FRAME_SUSPENDED)

    @getter("gi_code", member=True)
    def get_code(self):
        audit("object.__getattr__", self, "gi_code")       # PY_AUDIT_READ
        return _ref(self.w_code)

    @getter("gi_yieldfrom", doc="object being iterated by yield from, or None")
    def get_yieldfrom(self):
        return gen_yf(self)

    @getter("__name__", doc="name of the generator")
    def get_name(self):
        return _ref(self.w_name)

    @setter("__name__")
    def set_name(self, w_value):
        set_name_field(self, "w_name", w_value, "__name__")

    @getter("__qualname__", doc="qualified name of the generator")
    def get_qualname(self):
        return _ref(self.w_qualname)

    @setter("__qualname__")
    def set_qualname(self, w_value):
        set_name_field(self, "w_qualname", w_value, "__qualname__")


# --- coroutine -------------------------------------------------------------------------

@builtin_type("coroutine", flags=HAVE_GC, doc=NO_DOC)
class W_Coroutine(W_GenBase):
    """A coroutine: what calling an `async def` function returns."""
    __slots__ = ("w_origin",)
    kind = "coroutine"

    def __init__(self, frame):
        W_GenBase.__init__(self, W_Coroutine.w_type, frame)
        # cr_origin: where it was made, when sys.set_coroutine_origin_tracking_depth asks.
        from glass.modules.sys import coroutine_origin_tracking_depth
        depth = coroutine_origin_tracking_depth()
        self.w_origin = compute_cr_origin(depth, frame.previous) if depth else None

    @slot("am_await")
    def await_(self):
        """Counterpart: coro_await: a coroutine_wrapper to iterate."""
        return W_CoroWrapper(self)

    @slot("tp_repr")
    def repr(self):
        return gen_repr(self, "coroutine")

    @slot("tp_dealloc")
    def dealloc(self):
        gen_dealloc(self)

    @slot("tp_finalize")
    def finalize(self):
        gen_finalize(self)
        if self.ob_refcnt == 0:
            w_origin, self.w_origin = self.w_origin, None
            xdecref(w_origin)

    @slot("tp_traverse")
    def traverse(self, visit):
        gen_traverse(self, visit)
        if self.w_origin is not None:
            visit(self.w_origin)

    @no_text_signature
    @method("($self, value, /)", doc="send(arg) -> send 'arg' into coroutine,\n"
                                      "return next iterated value or raise StopIteration.")
    def send(self, w_value):
        return gen_send(self, w_value)

    @no_text_signature
    @method("($self, typ, val=None, tb=None, /)",
            doc="throw(value)\nthrow(type[,value[,traceback]])\n\nRaise exception in "
                "coroutine, return next iterated value or raise\nStopIteration.")
    def throw(self, w_typ, w_val, w_tb):
        return gen_throw(self, w_typ, w_val, w_tb)

    @no_text_signature
    @method("($self, /)", doc="close() -> raise GeneratorExit inside coroutine.")
    def close(self):
        return gen_close(self)

    @getter("cr_await", doc="object being awaited on, or None")
    def get_await(self):
        return gen_yf(self)

    @getter("cr_frame")
    def get_frame(self):
        return gen_frame(self, "cr_frame")

    @getter("cr_running")
    def get_running(self):
        return _bool(self.frame_state == FRAME_EXECUTING)

    @getter("cr_suspended")
    def get_suspended(self):
        return _bool(self.frame_state == FRAME_SUSPENDED)

    @getter("cr_code", member=True)
    def get_code(self):
        audit("object.__getattr__", self, "cr_code")       # PY_AUDIT_READ
        return _ref(self.w_code)

    @getter("cr_origin", member=True)
    def get_origin(self):
        return _ref(self.w_origin) if self.w_origin is not None else _none()

    @getter("__name__", doc="name of the coroutine")
    def get_name(self):
        return _ref(self.w_name)

    @setter("__name__")
    def set_name(self, w_value):
        set_name_field(self, "w_name", w_value, "__name__")

    @getter("__qualname__", doc="qualified name of the coroutine")
    def get_qualname(self):
        return _ref(self.w_qualname)

    @setter("__qualname__")
    def set_qualname(self, w_value):
        set_name_field(self, "w_qualname", w_value, "__qualname__")


@builtin_type("coroutine_wrapper", flags=HAVE_GC)
class W_CoroWrapper(W_Object):
    """A wrapper object implementing __await__ for coroutines."""
    __slots__ = ("w_coroutine",)

    def __init__(self, w_coroutine):
        W_Object.__init__(self, W_CoroWrapper.w_type)
        w_coroutine.ob_refcnt += 1
        self.w_coroutine = w_coroutine

    @slot("tp_iter")
    def iter(self):
        self.ob_refcnt += 1
        return self

    @slot("tp_iternext")
    def iternext(self):
        return gen_iternext(self.w_coroutine)

    @slot("tp_dealloc")
    def dealloc(self):
        w_coro, self.w_coroutine = self.w_coroutine, None
        xdecref(w_coro)

    @slot("tp_traverse")
    def traverse(self, visit):
        visit(self.w_coroutine)

    @no_text_signature
    @method("($self, value, /)", doc="send(arg) -> send 'arg' into coroutine,\n"
                                      "return next iterated value or raise StopIteration.")
    def send(self, w_value):
        return gen_send(self.w_coroutine, w_value)

    @no_text_signature
    @method("($self, typ, val=None, tb=None, /)",
            doc="throw(value)\nthrow(type[,value[,traceback]])\n\nRaise exception in "
                "coroutine, return next iterated value or raise\nStopIteration.")
    def throw(self, w_typ, w_val, w_tb):
        return gen_throw(self.w_coroutine, w_typ, w_val, w_tb)

    @no_text_signature
    @method("($self, /)", doc="close() -> raise GeneratorExit inside coroutine.")
    def close(self):
        return gen_close(self.w_coroutine)


def get_awaitable_iter(w_obj):
    """Counterpart: _PyCoro_GetAwaitableIter: the iterator `await obj` drives."""
    if type(w_obj) is W_Coroutine or _gen_is_coroutine(w_obj):
        w_obj.ob_refcnt += 1
        return w_obj
    getter_ = w_obj.ob_type.am_await
    if getter_ is None:
        raise type_error("object %s can't be used in 'await' expression"
                         % w_obj.ob_type.name)
    w_res = getter_(w_obj)
    if type(w_res) is W_Coroutine or _gen_is_coroutine(w_res):
        decref(w_res)
        raise type_error("__await__() returned a coroutine")
    from glass.objects import abstract
    if not abstract.iter_check(w_res):
        kind = w_res.ob_type.name
        decref(w_res)
        raise type_error("__await__() returned non-iterator of type '%s'" % kind)
    return w_res


def _gen_is_coroutine(w_obj):
    """A generator made by types.coroutine (CO_ITERABLE_COROUTINE)."""
    return type(w_obj) is W_Generator and \
        bool(w_obj.w_code.code.co_flags & CO_ITERABLE_COROUTINE)


def is_coroutine_exact(w_obj):
    return type(w_obj) is W_Coroutine


# --- PyIter_Send (SEND) ------------------------------------------------------------------

def iter_send(w_iter, w_arg):
    """Counterpart: PyIter_Send: (PYGEN_NEXT, value) or (PYGEN_RETURN, value)."""
    kind = type(w_iter)
    if kind is W_Generator or kind is W_Coroutine or kind is W_AsyncGenerator:
        return send_ex2(w_iter, w_arg)     # am_send
    if kind is W_CoroWrapper:
        # Its tp_iternext is the coroutine's: go straight there, so the
        # return value survives (Glass's tp_iternext drops it).
        return send_ex2(w_iter.w_coroutine, w_arg)
    from glass.objects import abstract
    from glass.objects.type import HEAPTYPE
    try:
        iternext = w_iter.ob_type.tp_iternext
        if _is_none(w_arg) and iternext is not None:
            if w_iter.ob_type.flags & HEAPTYPE:
                # A class's __next__ may end with StopIteration(value): call
                # it rather than the slot, which would swallow the value.
                w_result = _call_next(w_iter)
            else:
                w_result = iternext(w_iter)
        else:
            w_send = abstract.getattr_str(w_iter, "send")
            try:
                w_result = abstract.call(w_send, [w_arg])
            finally:
                decref(w_send)
    except OperationError as error:
        if not error.match(EXCEPTION_TYPES["StopIteration"]):
            raise
        w_value = stop_iteration_value(error.w_value)
        decref(error.w_value)
        return PYGEN_RETURN, w_value
    if w_result is None:
        return PYGEN_RETURN, _none()
    return PYGEN_NEXT, w_result


def _call_next(w_iter):
    from glass.objects import abstract
    w_next = w_iter.ob_type.lookup("__next__")
    if w_next is None:
        return w_iter.ob_type.tp_iternext(w_iter)
    return abstract.call_bound_descriptor(w_next, w_iter, [])


# --- async generator -----------------------------------------------------------------------

@builtin_type("async_generator", flags=HAVE_GC, doc=NO_DOC)
class W_AsyncGenerator(W_GenBase):
    """An asynchronous generator: what calling an `async def` with `yield` returns."""
    __slots__ = ("closed", "running_async", "hooks_inited", "w_finalizer")
    kind = "async generator"

    def __init__(self, frame):
        W_GenBase.__init__(self, W_AsyncGenerator.w_type, frame)
        self.closed = False           # ag_closed
        self.running_async = False    # ag_running_async
        self.hooks_inited = False
        self.w_finalizer = None       # ag_origin_or_finalizer: the finalizer hook

    @slot("am_aiter")
    def aiter(self):
        self.ob_refcnt += 1
        return self

    @slot("am_anext")
    def anext(self):
        """Counterpart: async_gen_anext."""
        async_gen_init_hooks(self)
        return W_AsyncGenASend(self, None)

    @slot("tp_repr")
    def repr(self):
        return gen_repr(self, "async_generator")

    @slot("tp_dealloc")
    def dealloc(self):
        gen_dealloc(self)
        if self.ob_refcnt == 0:           # not resurrected by its finalizer
            w_finalizer, self.w_finalizer = self.w_finalizer, None
            xdecref(w_finalizer)

    @slot("tp_finalize")
    def finalize(self):
        gen_finalize(self)

    @slot("tp_traverse")
    def traverse(self, visit):
        """Counterpart: async_gen_traverse."""
        if self.w_finalizer is not None:
            visit(self.w_finalizer)
        gen_traverse(self, visit)

    @no_text_signature
    @method("($self, value, /)", doc="asend(v) -> send 'v' in generator.")
    def asend(self, w_value):
        async_gen_init_hooks(self)
        return W_AsyncGenASend(self, w_value)

    @no_text_signature
    @method("($self, typ, val=None, tb=None, /)",
            doc="athrow(typ[,val[,tb]]) -> raise exception in generator.")
    def athrow(self, w_typ, w_val, w_tb):
        async_gen_init_hooks(self)
        return W_AsyncGenAThrow(self, (w_typ, w_val, w_tb))

    @no_text_signature
    @method("($self, /)", doc="aclose() -> raise GeneratorExit inside generator.")
    def aclose(self):
        async_gen_init_hooks(self)
        return W_AsyncGenAThrow(self, None)

    @no_text_signature
    @method("($type, alias, /)", kind="classmethod")
    def __class_getitem__(w_type, w_alias):
        """See PEP 585"""
        from glass.objects.tuple import generic_alias
        return generic_alias(w_type, w_alias)

    @getter("ag_await", doc="object being awaited on, or None")
    def get_await(self):
        return gen_yf(self)

    @getter("ag_frame")
    def get_frame(self):
        return gen_frame(self, "ag_frame")

    @getter("ag_running", member=True)
    def get_running(self):
        return _bool(self.running_async)

    @getter("ag_suspended")
    def get_suspended(self):
        return _bool(self.frame_state == FRAME_SUSPENDED)

    @getter("ag_code", member=True)
    def get_code(self):
        audit("object.__getattr__", self, "ag_code")       # PY_AUDIT_READ
        return _ref(self.w_code)

    @getter("__name__", doc="name of the async generator")
    def get_name(self):
        return _ref(self.w_name)

    @setter("__name__")
    def set_name(self, w_value):
        set_name_field(self, "w_name", w_value, "__name__")

    @getter("__qualname__", doc="qualified name of the async generator")
    def get_qualname(self):
        return _ref(self.w_qualname)

    @setter("__qualname__")
    def set_qualname(self, w_value):
        set_name_field(self, "w_qualname", w_value, "__qualname__")


def async_gen_init_hooks(agen):
    """Counterpart: async_gen_init_hooks: the first anext()/asend()/athrow()/
    aclose() remembers the running thread's finalizer hook and calls its
    firstiter hook (asyncio tracks the generator there, to close it at
    shutdown).  An error from firstiter propagates to that call."""
    if agen.hooks_inited:
        return
    agen.hooks_inited = True
    tstate = pystate.current()
    w_finalizer = tstate.w_async_gen_finalizer
    if w_finalizer is not None:
        w_finalizer.ob_refcnt += 1
        agen.w_finalizer = w_finalizer
    w_firstiter = tstate.w_async_gen_firstiter
    if w_firstiter is not None:
        from glass.objects import abstract
        w_firstiter.ob_refcnt += 1        # the hook may replace itself
        try:
            decref(abstract.call(w_firstiter, [agen]))
        finally:
            decref(w_firstiter)


def _call_async_gen_finalizer(agen):
    """The part of _PyGen_Finalize for an async generator with a finalizer
    hook that is not closed: the hook gets the generator (asyncio schedules
    its aclose()); an error is unraisable."""
    from glass.objects import abstract
    try:
        decref(abstract.call(agen.w_finalizer, [agen]))
    except OperationError as error:
        from glass.vm.traceback import write_unraisable
        write_unraisable(error, None, agen)


@builtin_type("async_generator_wrapped_value", flags=HAVE_GC, doc=NO_DOC)
class W_AsyncGenWrappedValue(W_Object):
    """A value an async generator yields (ASYNC_GEN_WRAP), as opposed to one
    an `await` inside it passes through to the event loop."""
    __slots__ = ("w_value",)

    def __init__(self, w_value):
        W_Object.__init__(self, W_AsyncGenWrappedValue.w_type)
        w_value.ob_refcnt += 1
        self.w_value = w_value

    @slot("tp_dealloc")
    def dealloc(self):
        w_value, self.w_value = self.w_value, None
        xdecref(w_value)

    @slot("tp_traverse")
    def traverse(self, visit):
        visit(self.w_value)


def _unwrap_value(agen, w_result, error):
    """Counterpart: async_gen_unwrap_value: a wrapped value ends the awaitable
    with StopIteration(value); anything else passes through."""
    if error is not None or w_result is None:
        if error is None:
            error = operation_error("StopAsyncIteration")
        if error.match(EXCEPTION_TYPES["StopAsyncIteration"]) or \
                error.match(EXCEPTION_TYPES["GeneratorExit"]):
            agen.closed = True
        agen.running_async = False
        raise error
    if type(w_result) is W_AsyncGenWrappedValue:
        from glass.objects.exceptions import stop_iteration
        stop = stop_iteration(w_result.w_value)
        decref(w_result)
        agen.running_async = False
        raise stop
    return w_result


AWAITABLE_STATE_INIT, AWAITABLE_STATE_ITER, AWAITABLE_STATE_CLOSED = 0, 1, 2


def _agen_send(agen, w_arg):
    """gen_send on the async generator, as (result, error)."""
    try:
        return gen_send(agen, w_arg), None
    except OperationError as error:
        return None, error


def _agen_throw(agen, args, close_on_genexit=True):
    try:
        return gen_throw(agen, args[0], args[1], args[2], close_on_genexit), None
    except OperationError as error:
        return None, error


@builtin_type("async_generator_asend", flags=HAVE_GC, doc=NO_DOC)
class W_AsyncGenASend(W_Object):
    """The awaitable of `anext(agen)` and `agen.asend(v)`."""
    __slots__ = ("w_gen", "w_sendval", "state")

    def __init__(self, w_gen, w_sendval):
        W_Object.__init__(self, W_AsyncGenASend.w_type)
        w_gen.ob_refcnt += 1
        if w_sendval is not None:
            w_sendval.ob_refcnt += 1
        self.w_gen = w_gen
        self.w_sendval = w_sendval
        self.state = AWAITABLE_STATE_INIT

    @slot("am_await")
    def await_(self):
        self.ob_refcnt += 1
        return self

    @slot("tp_iter")
    def iter(self):
        self.ob_refcnt += 1
        return self

    @slot("tp_iternext")
    def iternext(self):
        return self.send_impl(None)

    @slot("tp_dealloc")
    def dealloc(self):
        w_gen, self.w_gen = self.w_gen, None
        w_sendval, self.w_sendval = self.w_sendval, None
        xdecref(w_gen)
        xdecref(w_sendval)

    @slot("tp_traverse")
    def traverse(self, visit):
        visit(self.w_gen)
        if self.w_sendval is not None:
            visit(self.w_sendval)

    def send_impl(self, w_arg):
        """Counterpart: async_gen_asend_send."""
        if self.state == AWAITABLE_STATE_CLOSED:
            raise operation_error("RuntimeError",
                                  "cannot reuse already awaited __anext__()/asend()")
        agen = self.w_gen
        if self.state == AWAITABLE_STATE_INIT:
            if agen.running_async:
                raise operation_error("RuntimeError",
                                      "anext(): asynchronous generator is already running")
            if w_arg is None or _is_none(w_arg):
                w_arg = self.w_sendval
            self.state = AWAITABLE_STATE_ITER
        agen.running_async = True
        w_result, error = _agen_send(agen, w_arg if w_arg is not None else _none_borrowed())
        try:
            return _unwrap_value(agen, w_result, error)
        except OperationError:
            self.state = AWAITABLE_STATE_CLOSED
            raise

    @no_text_signature
    @method("($self, value, /)", doc="send(arg) -> send 'arg' into generator,\n"
                                      "return next yielded value or raise StopIteration.")
    def send(self, w_value):
        return self.send_impl(w_value)

    @no_text_signature
    @method("($self, typ, val=None, tb=None, /)",
            doc="throw(typ[,val[,tb]]) -> raise exception in generator,\n"
                "return next yielded value or raise StopIteration.")
    def throw(self, w_typ, w_val, w_tb):
        if self.state == AWAITABLE_STATE_CLOSED:
            raise operation_error("RuntimeError",
                                  "cannot reuse already awaited __anext__()/asend()")
        w_result, error = _agen_throw(self.w_gen, (w_typ, w_val, w_tb))
        try:
            return _unwrap_value(self.w_gen, w_result, error)
        except OperationError:
            self.state = AWAITABLE_STATE_CLOSED
            raise

    @no_text_signature
    @method("($self, /)", doc="close() -> raise GeneratorExit inside generator.")
    def close(self):
        self.state = AWAITABLE_STATE_CLOSED


@builtin_type("async_generator_athrow", flags=HAVE_GC, doc=NO_DOC)
class W_AsyncGenAThrow(W_Object):
    """The awaitable of `agen.athrow(...)` and `agen.aclose()` (args None)."""
    __slots__ = ("w_gen", "args", "state")

    def __init__(self, w_gen, args):
        W_Object.__init__(self, W_AsyncGenAThrow.w_type)
        w_gen.ob_refcnt += 1
        if args is not None:
            for w_arg in args:
                if w_arg is not None:
                    w_arg.ob_refcnt += 1
        self.w_gen = w_gen
        self.args = args              # (typ, val, tb) with None for missing, or None
        self.state = AWAITABLE_STATE_INIT

    @slot("am_await")
    def await_(self):
        self.ob_refcnt += 1
        return self

    @slot("tp_iter")
    def iter(self):
        self.ob_refcnt += 1
        return self

    @slot("tp_iternext")
    def iternext(self):
        return self.send_impl(_none_borrowed())

    @slot("tp_dealloc")
    def dealloc(self):
        w_gen, self.w_gen = self.w_gen, None
        args, self.args = self.args, None
        xdecref(w_gen)
        if args is not None:
            for w_arg in args:
                xdecref(w_arg)

    @slot("tp_traverse")
    def traverse(self, visit):
        visit(self.w_gen)
        for w_arg in self.args or ():
            if w_arg is not None:
                visit(w_arg)

    def send_impl(self, w_arg):
        """Counterpart: async_gen_athrow_send."""
        agen = self.w_gen
        if self.state == AWAITABLE_STATE_CLOSED:
            raise operation_error("RuntimeError",
                                  "cannot reuse already awaited aclose()/athrow()")
        if agen.frame_state >= FRAME_COMPLETED:
            self.state = AWAITABLE_STATE_CLOSED
            raise operation_error("StopIteration")
        if self.state == AWAITABLE_STATE_INIT:
            if agen.running_async:
                self.state = AWAITABLE_STATE_CLOSED
                raise operation_error(
                    "RuntimeError", "%s(): asynchronous generator is already running"
                    % ("aclose" if self.args is None else "athrow"))
            if agen.closed:
                self.state = AWAITABLE_STATE_CLOSED
                raise operation_error("StopAsyncIteration")
            if not _is_none(w_arg):
                raise operation_error("RuntimeError", "can't send non-None value to a "
                                      "just-started coroutine")
            self.state = AWAITABLE_STATE_ITER
            agen.running_async = True
            if self.args is None:
                agen.closed = True
                w_result, error = _agen_throw(
                    agen, (EXCEPTION_TYPES["GeneratorExit"], None, None), False)
                if w_result is not None and type(w_result) is W_AsyncGenWrappedValue:
                    decref(w_result)
                    return self._yield_close()
            else:
                w_result, error = _agen_throw(agen, self.args, False)
                return self._unwrap(w_result, error)
            if w_result is None:
                return self._check_error(error)
            return w_result
        w_result, error = _agen_send(agen, w_arg)
        if self.args is not None:
            return self._unwrap(w_result, error)
        if w_result is not None:
            if type(w_result) is W_AsyncGenWrappedValue:
                decref(w_result)
                return self._yield_close()
            return w_result
        return self._check_error(error)

    def _unwrap(self, w_result, error):
        try:
            return _unwrap_value(self.w_gen, w_result, error)
        except OperationError:
            self.state = AWAITABLE_STATE_CLOSED
            raise

    def _yield_close(self):
        self.w_gen.running_async = False
        self.state = AWAITABLE_STATE_CLOSED
        raise operation_error("RuntimeError", "async generator ignored GeneratorExit")

    def _check_error(self, error):
        self.w_gen.running_async = False
        self.state = AWAITABLE_STATE_CLOSED
        if self.args is None and (error.match(EXCEPTION_TYPES["StopAsyncIteration"]) or
                                  error.match(EXCEPTION_TYPES["GeneratorExit"])):
            decref(error.w_value)
            raise operation_error("StopIteration")
        raise error

    @no_text_signature
    @method("($self, value, /)", doc="send(arg) -> send 'arg' into generator,\n"
                                      "return next yielded value or raise StopIteration.")
    def send(self, w_value):
        return self.send_impl(w_value)

    @no_text_signature
    @method("($self, typ, val=None, tb=None, /)",
            doc="throw(typ[,val[,tb]]) -> raise exception in generator,\n"
                "return next yielded value or raise StopIteration.")
    def throw(self, w_typ, w_val, w_tb):
        """Counterpart: async_gen_athrow_throw."""
        if self.state == AWAITABLE_STATE_CLOSED:
            raise operation_error("RuntimeError",
                                  "cannot reuse already awaited aclose()/athrow()")
        w_result, error = _agen_throw(self.w_gen, (w_typ, w_val, w_tb))
        if self.args is not None:
            return _unwrap_value(self.w_gen, w_result, error)
        if w_result is not None and type(w_result) is W_AsyncGenWrappedValue:
            self.w_gen.running_async = False
            self.state = AWAITABLE_STATE_CLOSED
            decref(w_result)
            raise operation_error("RuntimeError", "async generator ignored GeneratorExit")
        if error is not None:
            if error.match(EXCEPTION_TYPES["StopAsyncIteration"]) or \
                    error.match(EXCEPTION_TYPES["GeneratorExit"]):
                decref(error.w_value)
                raise operation_error("StopIteration")
            raise error
        return w_result

    @no_text_signature
    @method("($self, /)", doc="close() -> raise GeneratorExit inside generator.")
    def close(self):
        self.state = AWAITABLE_STATE_CLOSED


# Imported last, for send_ex2 (every next() of a generator): the eval loop
# imports this module.
from glass.vm import ceval, pystate  # noqa: E402
from glass.objects.none import w_None  # noqa: E402
from glass.objects.heapslots import slot_tp_iternext  # noqa: E402
from glass.objects.weakrefobject import clear_weakrefs_if_any  # noqa: E402
