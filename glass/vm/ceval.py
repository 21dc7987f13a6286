"""The eval loop: CPython 3.11 bytecode, one handler per instruction.

Counterpart: Python/ceval.c (_PyEval_EvalFrameDefault and its TARGET()s).

Each handler is named after its opcode, registered in HANDLERS (a 256-entry
list indexed by opcode), and documented with its stack effect in the
notation of CPython's bytecodes.c.  A handler returns None to go on with the
next instruction, or a Frame to switch to (a call pushed one, a return popped
one), or EXIT when the entry frame has returned.

Python-to-Python calls push the callee's frame and continue in the same host
loop, as 3.11 does; only calls that go through host code (a slot calling
__repr__, a builtin calling a key function) start a new loop on the host
stack.  Both count towards the guest's recursion limit.

Generators are the other way into the loop: RETURN_GENERATOR hands the frame
to a generator object (glass/objects/genobject.py), and each send() or
next() runs it again as the entry frame of a new loop (resume_frame), until
YIELD_VALUE or RETURN_VALUE leaves it; so a `for` over a generator goes
through tp_iternext, as it does in 3.11.

The value stack lives in frame.localsplus above the locals; handlers touch
it only through frame.push/pop/peek.  A guest exception is the host
exception OperationError; the loop catches it, adds the traceback entry,
and looks up the frame's exception table (error: / exception_unwind:).
"""
from __future__ import annotations

import operator

from glass.bytecode.code import (CO_COROUTINE, CO_FAST_FREE, CO_ITERABLE_COROUTINE,
                                 CO_OPTIMIZED)
from glass.bytecode.opcode import NB_OPS, OPMAP, OPNAME
from glass.objects import abstract, exceptions, genobject
from glass.objects.exceptions import (EXCEPTION_TYPES, OperationError,
                                      name_error, operation_error, type_error)
from glass.objects.object import dealloc, decref, xdecref
from glass.objects.type import MAPPING, MATCH_SELF, SEQUENCE
from glass.objects.bool import new_bool
from glass.objects.float import W_Float, float_divmod, float_mod, new_float
from glass.objects.int import W_Int, new_int
from glass.objects.str import W_Str
from glass.objects.descr import W_BuiltinFunction, W_MethodDescr
from glass.objects.funcobject import W_Function, W_Method
from glass.objects.list import W_List
from glass.objects.dict import W_Dict
from glass.objects.none import new_none, w_None
from glass.objects.tuple import W_Tuple, new_tuple, new_tuple_owned
from glass.objects import typeobject
from glass.vm import pystate
from glass.vm.call import initialize_locals
from glass.vm.gil import EVAL_BREAKER, handle_eval_breaker
from glass.vm.frame import Frame

HANDLERS = [None] * 256
EXIT = object()               # a handler's answer: the entry frame returned


def handler(name):
    """Register the decorated function as the handler of opcode `name`."""
    def decorate(func):
        HANDLERS[OPMAP[name]] = func
        return func
    return decorate


# --- Entering and leaving the loop ---------------------------------------------

def eval_frame(frame):
    """Run `frame` (and every frame it calls inline) until it returns.

    Counterpart: _PyEval_EvalFrameDefault's entry frame.  Returns a new
    reference to the return value; a guest exception propagates as
    OperationError.
    """
    tstate = pystate.current()
    if tstate.recursion_depth >= tstate.interp.recursion_limit:
        pystate.enter_recursive_call(tstate)           # raises RecursionError
    tstate.recursion_depth += 1
    frame.is_entry = True
    frame.previous = tstate.frame
    tstate.frame = frame
    return _run(tstate, frame)


def resume_frame(frame, error=None, tstate=None):
    """Run a generator's frame from where it is suspended, as an entry frame.

    Counterpart: _PyEval_EvalFrame(tstate, frame, throwflag) as gen_send_ex2
    calls it: with `error`, the exception is raised at the suspension point
    (resume_with_error), so the frame's own handlers see it first.  The
    caller may pass the running thread's state it already has.
    """
    if tstate is None:
        tstate = pystate.current()
    if tstate.recursion_depth >= tstate.interp.recursion_limit:
        pystate.enter_recursive_call(tstate)           # raises RecursionError
    tstate.recursion_depth += 1
    frame.is_entry = True
    frame.previous = tstate.frame
    tstate.frame = frame
    if error is not None:
        if _probe_loop is not None:
            return _probe_loop(tstate, frame, error)   # tracing sees the throw
        frame = handle_error(tstate, frame, error)
    return _run(tstate, frame)


def _loop(tstate, frame):
    handlers = HANDLERS
    while True:
        decoded = frame.decoded
        ops, args, next_pc = decoded.ops, decoded.args, decoded.next_pc
        try:
            while True:
                pc = frame.pc
                frame.lasti = pc
                frame.pc = next_pc[pc]
                switch = handlers[ops[pc]](frame, args[pc])
                if switch is not None:
                    if switch is EXIT:
                        w_retval = frame.w_retval
                        frame.w_retval = None
                        return w_retval
                    frame = switch
                    break
        except OperationError as error:
            frame = handle_error(tstate, frame, error)


# The loop eval_frame runs: the instrumented copy of glass/vm/probes.py while
# a probe is attached, else the default one (_loop, or the generated fast
# tier of glass/vm/fastloop.py).  Chosen once per entry, so the loops that
# run unwatched never test for probes.
_run = _loop
_default_loop = _loop
_probe_loop = None


def set_loop(loop):
    """Select the loop that runs when nothing watches (None: _loop)."""
    global _default_loop, _run
    _default_loop = loop if loop is not None else _loop
    _run = _probe_loop or _default_loop


def set_probe_loop(loop):
    """Select the instrumented loop (probes.attach), or None to stop watching."""
    global _probe_loop, _run
    _probe_loop = loop
    _run = _probe_loop or _default_loop


def handle_error(tstate, frame, error):
    """Counterpart: the error: and exception_unwind: labels of ceval.c.

    Finds the handler for the failing instruction in this frame or a caller
    (inline frames only); returns the frame to resume, or re-raises the
    error when the entry frame has no handler.
    """
    tstate.kwnames = None                      # call_shape.kwnames = NULL
    while True:
        # The handler is looked up for the instruction that failed, even when
        # RERAISE gave the frame back an earlier lasti for its line number.
        index = frame.lasti
        if error.reraise:
            error.reraise = False              # RERAISE: no new traceback entry
            restored = error.__dict__.pop("restore_lasti", -1)
            if restored >= 0:
                frame.lasti = restored
        else:
            if not error.context_set:
                error.context_set = True
                set_context(tstate, error.w_value)
            from glass.vm.traceback import add_traceback_entry
            add_traceback_entry(error.w_value, frame)
        found = frame.decoded.handler_for(index)
        if found is not None:
            target, depth, push_lasti = found
            base = frame.decoded.nlocalsplus + depth
            while frame.stacktop > base:
                xdecref(frame.pop())
            if push_lasti:
                frame.push(new_int(frame.lasti))
            frame.push(error.w_value)              # the stack takes the reference
            frame.pc = target
            return frame
        base = frame.decoded.nlocalsplus
        while frame.stacktop > base:               # pop what the frame left
            xdecref(frame.pop())
        caller = frame.previous
        is_entry = frame.is_entry
        _leave_frame(tstate, frame)
        if is_entry:
            raise error
        frame = caller
        tstate.frame = caller


def _leave_frame(tstate, frame):
    """A frame is done: release it (generators keep theirs) and pop it."""
    tstate.recursion_depth -= 1
    tstate.frame = frame.previous
    if frame.w_gen is None:
        frame.clear()
    else:
        frame.previous = None


def set_context(tstate, w_exc):
    """Counterpart: the implicit chaining of _PyErr_SetObject: the exception
    being handled becomes the new one's __context__."""
    w_handled = pystate.topmost_exception(tstate)
    if w_handled is None or w_handled is w_exc:
        return
    # Break a cycle the new context would make, without hanging on a cycle
    # that is already there (Floyd's slow pointer, as CPython does).
    w_link = w_slow = w_handled
    toggle = False
    while True:
        w_next = w_link.w_context
        if w_next is None:
            break
        if w_next is w_exc:
            w_link.w_context = None
            decref(w_exc)
            break
        w_link = w_next
        if w_link is w_slow:
            break
        if toggle:
            w_slow = w_slow.w_context
        toggle = not toggle
    w_handled.ob_refcnt += 1
    w_old = w_exc.w_context
    w_exc.w_context = w_handled
    xdecref(w_old)


# --- Calling ----------------------------------------------------------------------

def make_frame(w_func, args_w, kwnames):
    """A new frame for w_func with the arguments bound (_PyEvalFramePushAndInit).
    Code that is not CO_OPTIMIZED (module code made a function) takes the
    globals as its locals (_PyFunction_Vectorcall)."""
    d = w_func.w_code.decoded
    if d is not None and not kwnames and d.positional_argcount == len(args_w):
        # The arguments bind one to one to the parameters (as CALL's
        # _positional_call_frame): no binding work to do.
        frame = Frame(w_func.w_code, w_func, w_func.w_globals, w_func.w_builtins, None)
        localsplus = frame.localsplus
        for index, w_arg in enumerate(args_w):
            w_arg.ob_refcnt += 1
            localsplus[index] = w_arg
        return frame
    w_locals = None
    if not w_func.w_code.code.co_flags & CO_OPTIMIZED:
        w_locals = w_func.w_globals
        w_locals.ob_refcnt += 1
    frame = Frame(w_func.w_code, w_func, w_func.w_globals, w_func.w_builtins, w_locals)
    try:
        initialize_locals(frame, w_func, args_w, kwnames)
    except OperationError:
        frame.clear()
        raise
    return frame


def call_function(w_func, args_w, kwnames):
    """Call a guest function from host code: a new loop on the host stack."""
    frame = make_frame(w_func, args_w, kwnames)
    return eval_frame(frame)


def _push_frame(tstate, frame, new_frame):
    """Continue in the callee's frame, in this loop (no host recursion).

    Past the recursion limit the new frame is released again, and the error
    is the caller's (3.11 checks in start_frame, then exit_unwind clears it).
    """
    if tstate.recursion_depth >= tstate.interp.recursion_limit:
        try:
            pystate.enter_recursive_call(tstate)       # raises RecursionError
        except OperationError:
            new_frame.clear()
            raise
    else:
        tstate.recursion_depth += 1                     # _Py_EnterRecursivePy
    new_frame.previous = frame
    tstate.frame = new_frame
    return new_frame


# --- The instructions, in 3.11's numbering ---------------------------------------------

@handler("CACHE")
def CACHE(frame, oparg):
    """Never executed: the loop skips inline caches."""
    raise operation_error("SystemError", "executed a CACHE entry")


@handler("POP_TOP")
def POP_TOP(frame, oparg):
    """(value -- )"""
    decref(frame.pop())


@handler("PUSH_NULL")
def PUSH_NULL(frame, oparg):
    """( -- null)"""
    frame.push(None)


@handler("NOP")
def NOP(frame, oparg):
    """( -- )"""


@handler("UNARY_POSITIVE")
def UNARY_POSITIVE(frame, oparg):
    """(value -- res)"""
    w_value = frame.top()               # stays on the stack if the operation fails
    w_res = abstract.unary_op(w_value, "nb_positive", "+")
    frame.set_peek(1, w_res)
    decref(w_value)


@handler("UNARY_NEGATIVE")
def UNARY_NEGATIVE(frame, oparg):
    """(value -- res)"""
    w_value = frame.top()               # stays on the stack if the operation fails
    w_res = abstract.unary_op(w_value, "nb_negative", "-")
    frame.set_peek(1, w_res)
    decref(w_value)


@handler("UNARY_NOT")
def UNARY_NOT(frame, oparg):
    """(value -- res)"""
    w_value = frame.top()
    truth = abstract.is_true(w_value)
    frame.set_peek(1, new_bool(not truth))
    decref(w_value)


@handler("UNARY_INVERT")
def UNARY_INVERT(frame, oparg):
    """(value -- res)"""
    w_value = frame.top()               # stays on the stack if the operation fails
    w_res = abstract.unary_op(w_value, "nb_invert", "~")
    frame.set_peek(1, w_res)
    decref(w_value)


@handler("BINARY_SUBSCR")
def BINARY_SUBSCR(frame, oparg):
    """(container, sub -- res)"""
    w_sub = frame.pop()
    w_container = frame.pop()
    kind = type(w_container)
    if (kind is W_List or kind is W_Tuple) and type(w_sub) is W_Int:
        # BINARY_SUBSCR_LIST_INT / _TUPLE_INT: an exact list or tuple and an
        # index in range: the item, read directly.
        items = w_container.items
        index = w_sub.value
        if 0 <= index < len(items):
            w_res = items[index]
            w_res.ob_refcnt += 1
            decref(w_sub)
            decref(w_container)
            frame.push(w_res)
            return None
    elif kind is W_List and type(w_sub) is W_Slice:
        # list_subscript's slice case, as 3.12's BINARY_SLICE does it: with
        # int or None bounds, the host's slicing selects what
        # PySlice_Unpack and PySlice_AdjustIndices would.
        bounds = _int_bounds(w_sub)
        if bounds is not None:
            selected = w_container.items[bounds]
            for w_item in selected:
                w_item.ob_refcnt += 1
            w_res = W_List(selected)
            decref(w_sub)
            decref(w_container)
            frame.push(w_res)
            return None
    try:
        w_res = abstract.getitem(w_container, w_sub)
    finally:
        decref(w_sub)
        decref(w_container)
    frame.push(w_res)


def _int_bounds(w_slice):
    """A host slice with the same bounds when each is an exact int or None
    (read then as PySlice_Unpack reads them), else None.  A zero step is
    left to the slice code, which raises the guest's error."""
    bounds = []
    for w_bound in (w_slice.w_start, w_slice.w_stop, w_slice.w_step):
        if w_bound is w_None:
            bounds.append(None)
        elif type(w_bound) is W_Int:
            bounds.append(w_bound.value)
        else:
            return None
    if bounds[2] == 0:
        return None
    return slice(bounds[0], bounds[1], bounds[2])


@handler("GET_LEN")
def GET_LEN(frame, oparg):
    """(obj -- obj, len)"""
    frame.push(new_int(abstract.length(frame.top())))


@handler("MATCH_MAPPING")
def MATCH_MAPPING(frame, oparg):
    """(subject -- subject, res): is the subject's type a mapping (Py_TPFLAGS_MAPPING)?"""
    frame.push(new_bool(bool(frame.top().ob_type.flags & MAPPING)))


@handler("MATCH_SEQUENCE")
def MATCH_SEQUENCE(frame, oparg):
    """(subject -- subject, res): is the subject's type a sequence (Py_TPFLAGS_SEQUENCE)?"""
    frame.push(new_bool(bool(frame.top().ob_type.flags & SEQUENCE)))


@handler("MATCH_KEYS")
def MATCH_KEYS(frame, oparg):
    """(subject, keys -- subject, keys, values_or_none): a mapping pattern's values."""
    frame.push(match_keys(frame.peek(2), frame.top()))


@handler("PUSH_EXC_INFO")
def PUSH_EXC_INFO(frame, oparg):
    """(value -- prev_exc, value): the exception becomes the one being handled."""
    tstate = pystate.current()
    w_value = frame.pop()
    w_prev = tstate.exc_value
    frame.push(w_prev if w_prev is not None else new_none())
    w_value.ob_refcnt += 1
    tstate.exc_value = w_value
    frame.push(w_value)


@handler("CHECK_EXC_MATCH")
def CHECK_EXC_MATCH(frame, oparg):
    """(left, right -- left, b): does the exception match an except clause?"""
    w_right = frame.pop()
    w_left = frame.top()
    try:
        check_except_type_valid(w_right)
        frame.push(new_bool(exception_matches(w_left, w_right)))
    finally:
        decref(w_right)


def check_except_type_valid(w_right):
    from glass.objects.type import W_Type
    w_base = EXCEPTION_TYPES["BaseException"]
    candidates = w_right.items if isinstance(w_right, W_Tuple) else [w_right]
    for w_cand in candidates:
        if not (isinstance(w_cand, W_Type) and w_cand.is_subtype(w_base)):
            raise type_error("catching classes that do not inherit from "
                             "BaseException is not allowed")


def exception_matches(w_exc, w_right):
    """PyErr_GivenExceptionMatches for an instance and a class or tuple."""
    if isinstance(w_right, W_Tuple):
        return any(exception_matches(w_exc, w) for w in w_right.items)
    return w_exc.ob_type.is_subtype(w_right)


@handler("CHECK_EG_MATCH")
def CHECK_EG_MATCH(frame, oparg):
    """(exc_value, match_type -- rest, match), or (exc_value, match_type --
    exc_value, None) when nothing matches: one `except*` clause."""
    w_match_type = frame.pop()
    try:
        check_except_star_type_valid(w_match_type)
        w_match, w_rest = exceptions.exception_group_match(frame.top(), w_match_type)
    finally:
        decref(w_match_type)
    if w_match is w_None:
        decref(w_rest)
        frame.push(w_match)
        return
    w_exc = frame.top()
    frame.set_peek(1, w_rest)
    frame.push(w_match)
    # The matched part becomes the exception being handled (PyErr_SetExcInfo).
    tstate = pystate.current()
    w_match.ob_refcnt += 1
    w_old = tstate.exc_value
    tstate.exc_value = w_match
    xdecref(w_old)
    decref(w_exc)


@handler("WITH_EXCEPT_START")
def WITH_EXCEPT_START(frame, oparg):
    """(exit, lasti, prev_exc, val -- exit, lasti, prev_exc, val, res):
    call __exit__(type(val), val, val.__traceback__) in a with block's handler."""
    w_val = frame.top()
    w_exit = frame.peek(4)
    w_tb = w_val.w_traceback if w_val.w_traceback is not None else w_None
    frame.push(abstract.call(w_exit, [w_val.ob_type, w_val, w_tb]))


@handler("GET_AITER")
def GET_AITER(frame, oparg):
    """(obj -- iter): `async for` calls __aiter__."""
    w_obj = frame.pop()
    try:
        aiter = w_obj.ob_type.am_aiter
        if aiter is None:
            raise type_error("'async for' requires an object with __aiter__ method, got %s"
                             % w_obj.ob_type.name)
        w_iter = aiter(w_obj)
    finally:
        decref(w_obj)
    if w_iter.ob_type.am_anext is None:
        kind = w_iter.ob_type.name
        decref(w_iter)
        raise type_error("'async for' received an object from __aiter__ that does not "
                         "implement __anext__: %s" % kind)
    frame.push(w_iter)


@handler("GET_ANEXT")
def GET_ANEXT(frame, oparg):
    """(aiter -- aiter, awaitable): `async for` awaits __anext__()."""
    frame.push(get_anext_awaitable(frame.top()))


@handler("BEFORE_ASYNC_WITH")
def BEFORE_ASYNC_WITH(frame, oparg):
    """(mgr -- exit, res): look up __aenter__ and __aexit__, call __aenter__."""
    _enter_context(frame, "__aenter__", "__aexit__", "asynchronous context manager protocol")


@handler("BEFORE_WITH")
def BEFORE_WITH(frame, oparg):
    """(mgr -- exit, res): look up __enter__ and __exit__, call __enter__."""
    _enter_context(frame, "__enter__", "__exit__", "context manager protocol")


def _enter_context(frame, enter_name, exit_name, protocol):
    w_mgr = frame.top()
    w_enter = lookup_special(w_mgr, enter_name)
    if w_enter is None:
        raise type_error("'%s' object does not support the %s" % (w_mgr.ob_type.name, protocol))
    w_exit = lookup_special(w_mgr, exit_name)
    if w_exit is None:
        decref(w_enter)
        raise type_error("'%s' object does not support the %s (missed %s method)"
                         % (w_mgr.ob_type.name, protocol, exit_name))
    frame.set_peek(1, w_exit)
    decref(w_mgr)
    try:
        w_res = abstract.call(w_enter, [])
    finally:
        decref(w_enter)
    frame.push(w_res)


@handler("END_ASYNC_FOR")
def END_ASYNC_FOR(frame, oparg):
    """(aiter, exc -- ): StopAsyncIteration ends the loop; anything else is re-raised."""
    w_exc = frame.pop()
    if w_exc.ob_type.is_subtype(EXCEPTION_TYPES["StopAsyncIteration"]):
        decref(w_exc)
        decref(frame.pop())
        return
    error = OperationError(w_exc)
    error.reraise = True
    error.context_set = True
    raise error


@handler("STORE_SUBSCR")
def STORE_SUBSCR(frame, oparg):
    """(v, container, sub -- )"""
    w_sub = frame.pop()
    w_container = frame.pop()
    w_value = frame.pop()
    if type(w_container) is W_List and type(w_sub) is W_Int:
        # STORE_SUBSCR_LIST_INT: an exact list and an index in range: the
        # item replaced directly (the list takes the stack's reference).
        items = w_container.items
        index = w_sub.value
        if 0 <= index < len(items):
            w_old = items[index]
            items[index] = w_value
            decref(w_old)
            decref(w_sub)
            decref(w_container)
            return None
    elif type(w_container) is W_List and type(w_sub) is W_Slice:
        # list_ass_subscript with a step of 1 (3.12's STORE_SLICE): int or
        # None bounds adjusted by the host as PySlice_AdjustIndices does,
        # then list_ass_slice.
        bounds = _int_bounds(w_sub)
        if bounds is not None and (bounds.step is None or bounds.step == 1):
            start, stop, _ = bounds.indices(len(w_container.items))
            try:
                w_container.ass_slice(start, stop, w_value)
            finally:
                decref(w_sub)
                decref(w_container)
                decref(w_value)
            return None
    try:
        abstract.setitem(w_container, w_sub, w_value)
    finally:
        decref(w_sub)
        decref(w_container)
        decref(w_value)


@handler("DELETE_SUBSCR")
def DELETE_SUBSCR(frame, oparg):
    """(container, sub -- )"""
    w_sub = frame.pop()
    w_container = frame.pop()
    try:
        abstract.setitem(w_container, w_sub, None)
    finally:
        decref(w_sub)
        decref(w_container)


@handler("GET_ITER")
def GET_ITER(frame, oparg):
    """(iterable -- iter)"""
    w_iterable = frame.pop()
    try:
        w_iter = abstract.iter(w_iterable)
    finally:
        decref(w_iterable)
    frame.push(w_iter)


@handler("GET_YIELD_FROM_ITER")
def GET_YIELD_FROM_ITER(frame, oparg):
    """(iterable -- iter): `yield from` keeps a generator or coroutine as it is."""
    w_iterable = frame.top()
    kind = type(w_iterable)
    if kind is genobject.W_Coroutine:
        if not frame.w_code.code.co_flags & (CO_COROUTINE | CO_ITERABLE_COROUTINE):
            raise type_error("cannot 'yield from' a coroutine object in a "
                             "non-coroutine generator")
    elif kind is not genobject.W_Generator:
        frame.pop()
        try:
            w_iter = abstract.iter(w_iterable)
        finally:
            decref(w_iterable)
        frame.push(w_iter)


@handler("PRINT_EXPR")
def PRINT_EXPR(frame, oparg):
    """(value -- ): an expression statement at the interactive prompt: sys.displayhook."""
    w_value = frame.pop()
    try:
        w_sys = pystate.interpreter().w_sys
        w_hook = w_sys.w_dict.getitem_str("displayhook") if w_sys is not None else None
        if w_hook is None:
            raise operation_error("RuntimeError", "lost sys.displayhook")
        decref(abstract.call(w_hook, [w_value]))
    finally:
        decref(w_value)


def _getitem_or_none(w_mapping, w_key):
    """w_mapping[w_key] through its __getitem__ (a new reference), or None
    on a KeyError: how ceval.c reads a namespace that is not exactly a dict."""
    try:
        return abstract.getitem(w_mapping, w_key)
    except OperationError as error:
        if not error.match(EXCEPTION_TYPES["KeyError"]):
            raise
        decref(error.w_value)
        return None


@handler("LOAD_BUILD_CLASS")
def LOAD_BUILD_CLASS(frame, oparg):
    """( -- bc): builtins.__build_class__."""
    w_builtins = frame.w_builtins
    if w_builtins.ob_type is not W_Dict.w_type:
        from glass.objects.str import intern
        w_name = intern("__build_class__")
        try:                         # another mapping: its __getitem__
            w_bc = _getitem_or_none(w_builtins, w_name)
        finally:
            decref(w_name)
        if w_bc is None:
            raise name_error("__build_class__ not found")
        frame.push(w_bc)
        return
    w_bc = w_builtins.getitem_str("__build_class__")
    if w_bc is None:
        raise name_error("__build_class__ not found")
    w_bc.ob_refcnt += 1
    frame.push(w_bc)


@handler("LOAD_ASSERTION_ERROR")
def LOAD_ASSERTION_ERROR(frame, oparg):
    """( -- value)"""
    w_type = EXCEPTION_TYPES["AssertionError"]
    w_type.ob_refcnt += 1
    frame.push(w_type)


@handler("RETURN_GENERATOR")
def RETURN_GENERATOR(frame, oparg):
    """( -- ): the frame becomes a new generator's, which is the call's result."""
    w_gen = genobject.make_generator(frame)
    tstate = pystate.current()
    tstate.recursion_depth -= 1
    caller = frame.previous
    tstate.frame = caller
    frame.previous = None
    if frame.is_entry:
        frame.is_entry = False
        frame.w_retval = w_gen
        return EXIT
    caller.push(w_gen)
    return caller


@handler("LIST_TO_TUPLE")
def LIST_TO_TUPLE(frame, oparg):
    """(list -- tuple)"""
    w_list = frame.pop()
    frame.push(new_tuple(w_list.items))
    decref(w_list)


@handler("RETURN_VALUE")
def RETURN_VALUE(frame, oparg):
    """(retval -- ): leave the frame; the caller gets the value."""
    w_retval = frame.pop()
    tstate = pystate.current()
    _leave_frame(tstate, frame)
    if frame.is_entry:
        frame.w_retval = w_retval
        return EXIT
    caller = frame.previous
    caller.push(w_retval)
    return caller


@handler("IMPORT_STAR")
def IMPORT_STAR(frame, oparg):
    """(from -- ): `from module import *` into the module or class namespace."""
    from glass.vm.imports import import_all_from
    w_from = frame.pop()
    try:
        if frame.w_locals is None:
            raise operation_error("SystemError", "no locals found during 'import *'")
        import_all_from(frame.w_locals, w_from)
    finally:
        decref(w_from)


@handler("SETUP_ANNOTATIONS")
def SETUP_ANNOTATIONS(frame, oparg):
    """( -- ): make __annotations__ in the class or module namespace."""
    from glass.objects.dict import W_Dict
    w_locals = _locals_or_error(frame, "no locals found when setting up annotations")
    if w_locals.ob_type is W_Dict.w_type:
        if w_locals.getitem_str("__annotations__") is None:
            w_ann = W_Dict()
            w_locals.setitem_str("__annotations__", w_ann)
            decref(w_ann)
        return
    from glass.objects.str import intern
    w_name = intern("__annotations__")
    try:
        w_ann = _getitem_or_none(w_locals, w_name)
        if w_ann is None:
            w_ann = W_Dict()
            abstract.setitem(w_locals, w_name, w_ann)
        decref(w_ann)
    finally:
        decref(w_name)


def _locals_or_error(frame, message):
    if frame.w_locals is None:
        raise operation_error("SystemError", message)
    return frame.w_locals


@handler("YIELD_VALUE")
def YIELD_VALUE(frame, oparg):
    """(retval -- ): suspend the generator; whoever resumed it gets retval."""
    w_retval = frame.pop()
    frame.w_gen.frame_state = genobject.FRAME_SUSPENDED
    tstate = pystate.current()
    tstate.recursion_depth -= 1
    tstate.frame = frame.previous
    frame.previous = None
    frame.w_retval = w_retval
    return EXIT                     # a generator's frame is always an entry frame


@handler("ASYNC_GEN_WRAP")
def ASYNC_GEN_WRAP(frame, oparg):
    """(v -- wrapped): mark a value an async generator yields (not an await's)."""
    w_value = frame.pop()
    frame.push(genobject.W_AsyncGenWrappedValue(w_value))
    decref(w_value)


@handler("PREP_RERAISE_STAR")
def PREP_RERAISE_STAR(frame, oparg):
    """(orig, excs -- val): what is left to raise after the except* clauses."""
    w_excs = frame.pop()
    w_orig = frame.pop()
    try:
        w_val = exceptions.prep_reraise_star(w_orig, w_excs.items)
    finally:
        decref(w_excs)
        decref(w_orig)
    frame.push(w_val)


@handler("POP_EXCEPT")
def POP_EXCEPT(frame, oparg):
    """(exc_value -- ): restore the exception that was being handled before."""
    tstate = pystate.current()
    w_prev = frame.pop()
    w_old = tstate.exc_value
    tstate.exc_value = None if w_prev is w_None else w_prev
    if w_prev is w_None:
        decref(w_prev)
    xdecref(w_old)


@handler("STORE_NAME")
def STORE_NAME(frame, oparg):
    """(v -- )"""
    w_name = frame.w_code.names_w[oparg]
    w_value = frame.pop()
    w_locals = frame.w_locals
    if w_locals is None:
        decref(w_value)
        raise operation_error("SystemError", "no locals found when storing %s"
                              % abstract.repr_text(w_name))
    try:
        _store_in(w_locals, w_name, w_value)
    finally:
        decref(w_value)


def _store_in(w_mapping, w_key, w_value):
    if w_mapping.ob_type is W_Dict.w_type:
        w_mapping.setitem(w_key, w_value)
    else:
        abstract.setitem(w_mapping, w_key, w_value)


@handler("DELETE_NAME")
def DELETE_NAME(frame, oparg):
    """( -- )"""
    w_name = frame.w_code.names_w[oparg]
    w_locals = frame.w_locals
    if w_locals is None:
        raise operation_error("SystemError", "no locals when deleting %s"
                              % abstract.repr_text(w_name))
    try:
        abstract.setitem(w_locals, w_name, None)
    except OperationError as error:
        # Any failure reads as the name being undefined, as in ceval.c.
        decref(error.w_value)
        raise _name_error(w_name)


def _name_error(w_name):
    """NameError with its `name` attribute, for 3.11's "Did you mean" hint."""
    return name_error("name '%s' is not defined" % w_name.value, w_name)


@handler("UNPACK_SEQUENCE")
def UNPACK_SEQUENCE(frame, oparg):
    """(seq -- values[oparg]): pushed last item first."""
    w_seq = frame.pop()
    kind = w_seq.ob_type                 # PyTuple_CheckExact / PyList_CheckExact
    if (kind is W_Tuple.w_type or kind is W_List.w_type) and len(w_seq.items) == oparg:
        # UNPACK_SEQUENCE_TUPLE / _LIST: the items, read directly.
        items = w_seq.items[::-1]
        for w_item in items:
            w_item.ob_refcnt += 1
        frame.push_all(items)
        decref(w_seq)
        return None
    try:
        items = _unpack_iterable(w_seq, oparg, -1)
    finally:
        decref(w_seq)
    items.reverse()
    frame.push_all(items)                # the stack takes the new references


def _iter_next(w_iter):
    """Counterpart: PyIter_Next: the next item, or None at the end."""
    try:
        return w_iter.ob_type.tp_iternext(w_iter)
    except OperationError as error:
        return _stop_iteration_or_raise(error)


def _unpack_iterable(w_seq, before, after):
    """Counterpart: unpack_iterable.  Returns new references, in order."""
    try:
        w_iter = abstract.iter(w_seq)
    except OperationError as error:
        if error.match(EXCEPTION_TYPES["TypeError"]) and \
                w_seq.ob_type.tp_iter is None and w_seq.ob_type.sq_item is None:
            decref(error.w_value)
            raise type_error("cannot unpack non-iterable %s object" % w_seq.ob_type.name)
        raise
    items = []
    try:
        iternext = _iter_next
        for i in range(before):
            w_item = iternext(w_iter)
            if w_item is None:
                if after == -1:
                    raise operation_error("ValueError",
                                          "not enough values to unpack (expected %d, got %d)"
                                          % (before, i))
                raise operation_error("ValueError",
                                      "not enough values to unpack (expected at least %d, got %d)"
                                      % (before + after, i))
            items.append(w_item)
        if after == -1:
            w_extra = iternext(w_iter)
            if w_extra is not None:
                decref(w_extra)
                raise operation_error("ValueError", "too many values to unpack (expected %d)"
                                      % before)
            return items
        rest = []
        while True:
            w_item = iternext(w_iter)
            if w_item is None:
                break
            rest.append(w_item)
        if len(rest) < after:
            raise operation_error("ValueError",
                                  "not enough values to unpack (expected at least %d, got %d)"
                                  % (before + after, before + len(rest)))
        tail = rest[len(rest) - after:] if after else []
        middle = rest[:len(rest) - after] if after else rest
        items.append(W_List(middle))
        items.extend(tail)
        return items
    except OperationError:
        for w_item in items:
            decref(w_item)
        raise
    finally:
        decref(w_iter)


@handler("FOR_ITER")
def FOR_ITER(frame, oparg):
    """(iter -- iter, next), or (iter -- ) and jump forward when exhausted."""
    w_iter = frame.top()
    kind = type(w_iter)
    if kind is W_RangeIter:
        # FOR_ITER_RANGE (3.12's specialization; 3.11 calls tp_iternext):
        # the next int computed here while the range lasts.
        index = w_iter.index
        if index < w_iter.len:
            w_iter.index = index + 1
            frame.push(new_int(w_iter.start + index * w_iter.step))
            return None
    elif kind is W_ListIter or kind is W_TupleIter:
        # FOR_ITER_LIST / FOR_ITER_TUPLE (3.12): the next item read directly;
        # the end (which releases the sequence) is tp_iternext's.
        w_seq = w_iter.w_seq
        if w_seq is not None:
            index = w_iter.index
            items = w_seq.items
            if index < len(items):
                w_iter.index = index + 1
                w_next = items[index]
                w_next.ob_refcnt += 1
                frame.push(w_next)
                return None
    try:
        w_next = w_iter.ob_type.tp_iternext(w_iter)
    except OperationError as error:
        w_next = _stop_iteration_or_raise(error)
    if w_next is not None:
        frame.push(w_next)
        return None
    decref(frame.pop())
    frame.pc += oparg


def _stop_iteration_or_raise(error):
    """An iterator's StopIteration (a generator's return value) means the
    end, as a NULL without an exception does; anything else propagates."""
    if not error.match(EXCEPTION_TYPES["StopIteration"]):
        raise error
    decref(error.w_value)
    return None


@handler("UNPACK_EX")
def UNPACK_EX(frame, oparg):
    """(seq -- values[oparg & 0xFF], list, values[oparg >> 8])"""
    before, after = oparg & 0xFF, oparg >> 8
    w_seq = frame.pop()
    try:
        items = _unpack_iterable(w_seq, before, after)
    finally:
        decref(w_seq)
    items.reverse()
    frame.push_all(items)                # the stack takes the new references


@handler("STORE_ATTR")
def STORE_ATTR(frame, oparg):
    """(v, owner -- )"""
    w_name = frame.w_code.names_w[oparg]
    w_owner = frame.pop()
    w_value = frame.pop()
    if type(w_owner) is W_Instance and w_owner.ob_type.tp_setattro is _GENERIC_SETATTRO:
        # PyObject_GenericSetAttr on an instance of a class statement's
        # class, as 3.11's STORE_ATTR_INSTANCE_VALUE and STORE_ATTR_SLOT:
        # nothing on the class and a dict already there: the dict takes the
        # value; a __slots__ member: its slot takes the stack's reference.
        w_type = w_owner.ob_type
        w_descr = w_type.lookup(w_name.value)
        if w_descr is None:
            w_dict = w_owner.w_dict
            if w_dict is not None:
                w_dict.setitem(w_name, w_value)
                decref(w_value)
                decref(w_owner)
                return None
        elif type(w_descr) is W_MemberDescr and (w_descr.w_objclass is w_type or
                                                 w_type.is_subtype(w_descr.w_objclass)):
            slots_w = w_owner.slots_w
            w_old = slots_w[w_descr.index]
            slots_w[w_descr.index] = w_value
            xdecref(w_old)
            decref(w_owner)
            return None
    try:
        abstract.setattr(w_owner, w_name, w_value)
    finally:
        decref(w_value)
        decref(w_owner)


@handler("DELETE_ATTR")
def DELETE_ATTR(frame, oparg):
    """(owner -- )"""
    w_name = frame.w_code.names_w[oparg]
    w_owner = frame.pop()
    try:
        abstract.setattr(w_owner, w_name, None)
    finally:
        decref(w_owner)


@handler("STORE_GLOBAL")
def STORE_GLOBAL(frame, oparg):
    """(v -- )"""
    w_value = frame.pop()
    frame.w_globals.setitem(frame.w_code.names_w[oparg], w_value)
    decref(w_value)


@handler("DELETE_GLOBAL")
def DELETE_GLOBAL(frame, oparg):
    """( -- )"""
    w_name = frame.w_code.names_w[oparg]
    if not frame.w_globals.delitem(w_name):
        raise _name_error(w_name)


@handler("SWAP")
def SWAP(frame, oparg):
    """(bottom, ..., top -- top, ..., bottom)"""
    stack = frame.localsplus
    top = frame.stacktop - 1
    stack[top], stack[top - oparg + 1] = stack[top - oparg + 1], stack[top]


@handler("LOAD_CONST")
def LOAD_CONST(frame, oparg):
    """( -- value)"""
    w_value = frame.w_code.w_consts.items[oparg]
    w_value.ob_refcnt += 1
    frame.push(w_value)


@handler("LOAD_NAME")
def LOAD_NAME(frame, oparg):
    """( -- v): locals, then globals, then builtins."""
    from glass.objects.dict import W_Dict
    w_name = frame.w_code.names_w[oparg]
    w_locals = frame.w_locals
    if w_locals is None:
        raise operation_error("SystemError", "no locals when loading %s"
                              % abstract.repr_text(w_name))
    if w_locals.ob_type is W_Dict.w_type:
        w_value = w_locals.getitem(w_name)
        if w_value is not None:
            w_value.ob_refcnt += 1
            frame.push(w_value)
            return None
    else:
        w_value = _getitem_or_none(w_locals, w_name)
        if w_value is not None:
            frame.push(w_value)
            return None
    w_value = frame.w_globals.getitem(w_name)
    if w_value is None:
        w_builtins = frame.w_builtins
        if w_builtins.ob_type is not W_Dict.w_type:
            # Another mapping as builtins: its own __getitem__ (or __missing__).
            w_value = _getitem_or_none(w_builtins, w_name)
            if w_value is None:
                raise _name_error(w_name)
            frame.push(w_value)
            return None
        w_value = w_builtins.getitem(w_name)
        if w_value is None:
            raise _name_error(w_name)
    w_value.ob_refcnt += 1
    frame.push(w_value)


@handler("BUILD_TUPLE")
def BUILD_TUPLE(frame, oparg):
    """(values[oparg] -- tuple)"""
    frame.push(new_tuple_owned(frame.pop_n(oparg)))


@handler("BUILD_LIST")
def BUILD_LIST(frame, oparg):
    """(values[oparg] -- list)"""
    frame.push(W_List(frame.pop_n(oparg)))


@handler("BUILD_SET")
def BUILD_SET(frame, oparg):
    """(values[oparg] -- set)"""
    from glass.objects.set import new_set
    items = frame.pop_n(oparg)
    try:
        w_set = new_set(items)
    finally:
        for w_item in items:
            decref(w_item)
    frame.push(w_set)


@handler("BUILD_MAP")
def BUILD_MAP(frame, oparg):
    """(values[oparg*2] -- map): key, value, key, value..."""
    from glass.objects.dict import W_Dict
    items = frame.pop_n(2 * oparg)
    w_dict = W_Dict()
    try:
        for i in range(0, len(items), 2):
            w_dict.setitem(items[i], items[i + 1])
    finally:
        for w_item in items:
            decref(w_item)
    frame.push(w_dict)


@handler("LOAD_ATTR")
def LOAD_ATTR(frame, oparg):
    """(owner -- res)"""
    w_name = frame.w_code.names_w[oparg]
    w_owner = frame.pop()
    if type(w_owner) is W_Instance and w_owner.ob_type.tp_getattro is _GENERIC_GETATTRO:
        # PyObject_GenericGetAttr on an instance of a class statement's
        # class, done here as 3.11's LOAD_ATTR_INSTANCE_VALUE and
        # LOAD_ATTR_SLOT do: nothing on the class (the cached type lookup)
        # means the instance dict's value; a __slots__ member means its slot.
        # Anything else (a method, a property, a miss) takes the generic path.
        w_type = w_owner.ob_type
        w_descr = w_type.lookup(w_name.value)
        w_res = None
        if w_descr is None:
            w_dict = w_owner.w_dict
            if w_dict is not None:
                w_res = w_dict.getitem(w_name)
        elif type(w_descr) is W_MemberDescr and (w_descr.w_objclass is w_type or
                                                 w_type.is_subtype(w_descr.w_objclass)):
            w_res = w_owner.slots_w[w_descr.index]
        if w_res is not None:
            w_res.ob_refcnt += 1
            decref(w_owner)
            frame.push(w_res)
            return None
    try:
        w_res = abstract.getattr(w_owner, w_name)
    finally:
        decref(w_owner)
    frame.push(w_res)


@handler("COMPARE_OP")
def COMPARE_OP(frame, oparg):
    """(left, right -- res)"""
    w_right = frame.pop()
    w_left = frame.pop()
    kind = type(w_left)
    if kind is type(w_right) and (kind is W_Int or kind is W_Float or kind is W_Str):
        # COMPARE_OP_INT_JUMP / _FLOAT_JUMP / _STR_JUMP's cases: the host's
        # comparison of the values is the guest's, and cannot fail.
        w_res = new_bool(_COMPARISONS[oparg](w_left.value, w_right.value))
        w_left.ob_refcnt -= 1
        if w_left.ob_refcnt == 0:
            dealloc(w_left)
        w_right.ob_refcnt -= 1
        if w_right.ob_refcnt == 0:
            dealloc(w_right)
        frame.push(w_res)
        return None
    try:
        w_res = abstract.rich_compare(w_left, w_right, oparg)
    finally:
        decref(w_left)
        decref(w_right)
    frame.push(w_res)


_COMPARISONS = (operator.lt, operator.le, operator.eq, operator.ne,   # ORDER OP: CMP_OP
                operator.gt, operator.ge)


@handler("IMPORT_NAME")
def IMPORT_NAME(frame, oparg):
    """(level, fromlist -- res)"""
    from glass.vm.imports import import_name
    w_fromlist = frame.pop()
    w_level = frame.pop()
    try:
        w_res = import_name(frame, frame.w_code.names_w[oparg], w_fromlist, w_level)
    finally:
        decref(w_fromlist)
        decref(w_level)
    frame.push(w_res)


@handler("IMPORT_FROM")
def IMPORT_FROM(frame, oparg):
    """(from -- from, res)"""
    from glass.vm.imports import import_from
    frame.push(import_from(frame.top(), frame.w_code.names_w[oparg]))


@handler("JUMP_FORWARD")
def JUMP_FORWARD(frame, oparg):
    """( -- )"""
    frame.pc += oparg


@handler("JUMP_IF_FALSE_OR_POP")
def JUMP_IF_FALSE_OR_POP(frame, oparg):
    """(cond -- cond) and jump if false, else (cond -- )"""
    if abstract.is_true(frame.top()):
        decref(frame.pop())
    else:
        frame.pc += oparg


@handler("JUMP_IF_TRUE_OR_POP")
def JUMP_IF_TRUE_OR_POP(frame, oparg):
    """(cond -- cond) and jump if true, else (cond -- )"""
    if abstract.is_true(frame.top()):
        frame.pc += oparg
    else:
        decref(frame.pop())


@handler("POP_JUMP_FORWARD_IF_FALSE")
def POP_JUMP_FORWARD_IF_FALSE(frame, oparg):
    """(cond -- )"""
    w_cond = frame.pop()
    try:
        if not abstract.is_true(w_cond):
            frame.pc += oparg
    finally:
        decref(w_cond)


@handler("POP_JUMP_FORWARD_IF_TRUE")
def POP_JUMP_FORWARD_IF_TRUE(frame, oparg):
    """(cond -- )"""
    w_cond = frame.pop()
    try:
        if abstract.is_true(w_cond):
            frame.pc += oparg
    finally:
        decref(w_cond)


@handler("LOAD_GLOBAL")
def LOAD_GLOBAL(frame, oparg):
    """( -- null if (oparg & 1), v): globals, then builtins."""
    w_globals = frame.w_globals
    entry = frame.decoded.global_cache[frame.lasti]
    w_value = None
    if entry is not None and entry[0] is w_globals and entry[1] == w_globals.keys_version:
        # LOAD_GLOBAL_MODULE / LOAD_GLOBAL_BUILTIN: while no key of globals
        # (and of builtins, for a builtin) came or went, the name is still
        # the entry it was found at; the value is read from there.
        w_holder = entry[2]
        if w_holder is w_globals or (w_holder is frame.w_builtins and
                                     entry[3] == w_holder.keys_version):
            w_value = w_holder.values_w[entry[4]]
    if w_value is None:
        w_value = _load_global_entry(frame, oparg)
    if oparg & 1:
        frame.push(None)
    w_value.ob_refcnt += 1
    frame.push(w_value)


def _load_global_entry(frame, oparg):
    """LOAD_GLOBAL's lookup (globals, then builtins), which also notes where
    the name was found for the next time: a borrowed reference."""
    w_name = frame.w_code.names_w[oparg >> 1]
    h = w_name.hash_cache
    if h == -1:
        h = w_name.ob_type.tp_hash(w_name)
    w_globals = frame.w_globals
    if w_globals.ob_type is not W_Dict.w_type or frame.w_builtins.ob_type is not W_Dict.w_type:
        return _load_global_any(frame, w_name)
    w_holder = w_globals
    index = w_globals.lookup(w_name, h)
    if index < 0:
        w_holder = frame.w_builtins
        index = w_holder.lookup(w_name, h)
        if index < 0:
            raise _name_error(w_name)
    frame.decoded.global_cache[frame.lasti] = (
        w_globals, w_globals.keys_version, w_holder, w_holder.keys_version, index)
    return w_holder.values_w[index]


def _load_global_any(frame, w_name):
    """LOAD_GLOBAL when globals or builtins is not exactly a dict: each
    namespace's __getitem__, a KeyError meaning "not here".  Never cached."""
    for w_namespace in (frame.w_globals, frame.w_builtins):
        w_value = _getitem_or_none(w_namespace, w_name)
        if w_value is None:
            continue
        # A new reference; LOAD_GLOBAL counts one more for the stack, as for
        # the borrowed one _load_global_entry returns.  Lowering the count
        # by hand (no dealloc at zero) hands the stack this reference.
        w_value.ob_refcnt -= 1
        return w_value
    raise _name_error(w_name)


@handler("IS_OP")
def IS_OP(frame, oparg):
    """(left, right -- b): `is`, or `is not` when oparg is 1."""
    w_right = frame.pop()
    w_left = frame.pop()
    frame.push(new_bool((w_left is w_right) != bool(oparg)))
    decref(w_left)
    decref(w_right)


@handler("CONTAINS_OP")
def CONTAINS_OP(frame, oparg):
    """(left, right -- b): `in`, or `not in` when oparg is 1."""
    w_right = frame.pop()
    w_left = frame.pop()
    try:
        found = abstract.contains(w_right, w_left)
    finally:
        decref(w_left)
        decref(w_right)
    frame.push(new_bool(found != bool(oparg)))


@handler("RERAISE")
def RERAISE(frame, oparg):
    """(values..., exc -- ): raise exc again; oparg says f_lasti is saved."""
    w_exc = frame.pop()
    error = OperationError(w_exc)
    error.reraise = True
    error.context_set = True
    if oparg:
        error.restore_lasti = frame.peek(oparg).value     # frame->prev_instr = lasti
    raise error


@handler("COPY")
def COPY(frame, oparg):
    """(bottom, ... -- bottom, ..., bottom)"""
    w_value = frame.peek(oparg)
    w_value.ob_refcnt += 1
    frame.push(w_value)


# BINARY_OP's oparg -> (slot, inplace slot or None, operator), from NB_OPS.
_BINARY_OPS = []
for _nb_name, _symbol in NB_OPS:                       # ORDER OP: NB_OPS
    _slot = _nb_name.lower()
    if _nb_name.startswith("NB_INPLACE_"):
        _BINARY_OPS.append(("nb_" + _nb_name[len("NB_INPLACE_"):].lower(), _slot, _symbol))
    else:
        _BINARY_OPS.append((_slot, None, _symbol))


@handler("BINARY_OP")
def BINARY_OP(frame, oparg):
    """(lhs, rhs -- res)"""
    w_rhs = frame.pop()
    w_lhs = frame.pop()
    kind = type(w_lhs)
    if kind is type(w_rhs) and (kind is W_Int or kind is W_Float):
        fast = _EXACT_NUMBER_OPS[kind].get(oparg)
        value = fast(w_lhs.value, w_rhs.value) if fast is not None else None
        if value is not None:
            w_res = new_int(value) if kind is W_Int else W_Float(value)
            decref(w_lhs)
            decref(w_rhs)
            frame.push(w_res)
            return None
    slot_name, inplace_slot, symbol = _BINARY_OPS[oparg]
    try:
        if inplace_slot is None:
            w_res = abstract.binary_op(w_lhs, w_rhs, slot_name, symbol)
        else:
            w_res = abstract.inplace_op(w_lhs, w_rhs, inplace_slot, slot_name, symbol)
    finally:
        decref(w_lhs)
        decref(w_rhs)
    frame.push(w_res)


# BINARY_OP on two exact ints or two exact floats, for the operators that can
# neither fail nor need anything but the host operation: the work of 3.11's
# specialized BINARY_OP_ADD_INT, _MULTIPLY_FLOAT... (PEP 659), done by a
# type test instead of rewriting the instruction.  Each operation gives the
# host value, or None to leave it to the generic path: a zero divisor, whose
# error only the number slots raise.  Shifts and powers keep the generic path.
# Measured: bench/run.py on a CPython 3.11 host, see the commit message.


def _int_floor_divide(a, b):
    return a // b if b else None            # long_div


def _int_remainder(a, b):
    return a % b if b else None             # long_mod


def _float_true_divide(a, b):
    return a / b if b else None             # float_div


def _float_floor_divide(a, b):
    return float_divmod(a, b)[0] if b else None       # float_floor_div


def _float_remainder(a, b):
    return float_mod(a, b) if b else None   # float_rem


_EXACT_NUMBER_OPS = {
    W_Int: {},
    W_Float: {},
}
for _index, (_nb_name, _symbol) in enumerate(NB_OPS):       # ORDER OP: NB_OPS
    _base = _nb_name.replace("NB_INPLACE_", "NB_")
    if _base in ("NB_ADD", "NB_SUBTRACT", "NB_MULTIPLY"):
        _EXACT_NUMBER_OPS[W_Int][_index] = _EXACT_NUMBER_OPS[W_Float][_index] = \
            {"NB_ADD": operator.add, "NB_SUBTRACT": operator.sub,
             "NB_MULTIPLY": operator.mul}[_base]
    elif _base in ("NB_AND", "NB_OR", "NB_XOR"):
        _EXACT_NUMBER_OPS[W_Int][_index] = {"NB_AND": operator.and_, "NB_OR": operator.or_,
                                            "NB_XOR": operator.xor}[_base]
    elif _base == "NB_FLOOR_DIVIDE":
        _EXACT_NUMBER_OPS[W_Int][_index] = _int_floor_divide
        _EXACT_NUMBER_OPS[W_Float][_index] = _float_floor_divide
    elif _base == "NB_REMAINDER":
        _EXACT_NUMBER_OPS[W_Int][_index] = _int_remainder
        _EXACT_NUMBER_OPS[W_Float][_index] = _float_remainder
    elif _base == "NB_TRUE_DIVIDE":
        _EXACT_NUMBER_OPS[W_Float][_index] = _float_true_divide


@handler("SEND")
def SEND(frame, oparg):
    """(receiver, v -- receiver, retval), or (receiver, v -- retval) and jump
    when the receiver returned: one step of `yield from` / `await`."""
    w_value = frame.pop()
    try:
        status, w_retval = genobject.iter_send(frame.top(), w_value)
    finally:
        decref(w_value)
    if status == genobject.PYGEN_RETURN:
        w_receiver = frame.top()
        frame.set_peek(1, w_retval)
        decref(w_receiver)
        frame.pc += oparg
        return None
    frame.push(w_retval)


@handler("LOAD_FAST")
def LOAD_FAST(frame, oparg):
    """( -- value)"""
    w_value = frame.localsplus[oparg]
    if w_value is None:
        raise _unbound_local(frame, oparg)
    w_value.ob_refcnt += 1
    frame.push(w_value)


def _unbound_local(frame, oparg):
    name = frame.w_code.code.co_localsplusnames[oparg]
    return operation_error("UnboundLocalError",
                           "cannot access local variable '%s' where it is not "
                           "associated with a value" % name)


@handler("STORE_FAST")
def STORE_FAST(frame, oparg):
    """(value -- )"""
    w_value = frame.pop()
    w_old = frame.localsplus[oparg]
    frame.localsplus[oparg] = w_value
    if w_old is not None:
        decref(w_old)


@handler("DELETE_FAST")
def DELETE_FAST(frame, oparg):
    """( -- )"""
    w_old = frame.localsplus[oparg]
    if w_old is None:
        raise _unbound_local(frame, oparg)
    frame.localsplus[oparg] = None
    decref(w_old)


@handler("POP_JUMP_FORWARD_IF_NOT_NONE")
def POP_JUMP_FORWARD_IF_NOT_NONE(frame, oparg):
    """(value -- )"""
    w_value = frame.pop()
    if w_value is not w_None:
        frame.pc += oparg
    decref(w_value)


@handler("POP_JUMP_FORWARD_IF_NONE")
def POP_JUMP_FORWARD_IF_NONE(frame, oparg):
    """(value -- )"""
    w_value = frame.pop()
    if w_value is w_None:
        frame.pc += oparg
    decref(w_value)


@handler("RAISE_VARARGS")
def RAISE_VARARGS(frame, oparg):
    """(args[oparg] -- ): raise, raise exc, or raise exc from cause."""
    w_cause = frame.pop() if oparg == 2 else None
    w_exc = frame.pop() if oparg >= 1 else None
    do_raise(w_exc, w_cause)


@handler("GET_AWAITABLE")
def GET_AWAITABLE(frame, oparg):
    """(iterable -- iter): what `await` drives; oparg 1 and 2 mark the awaits
    of __aenter__ and __aexit__, for their error messages."""
    w_iterable = frame.pop()
    try:
        w_iter = get_awaitable(w_iterable, oparg)
    finally:
        decref(w_iterable)
    frame.push(w_iter)


@handler("MAKE_FUNCTION")
def MAKE_FUNCTION(frame, oparg):
    """(defaults?, kwdefaults?, annotations?, closure?, codeobj -- func)"""
    w_code = frame.pop()
    w_func = W_Function(w_code, frame.w_globals)
    decref(w_code)
    if oparg & 0x08:
        w_func.w_closure = frame.pop()
    if oparg & 0x04:
        w_func.w_annotations = _annotations_dict(frame.pop())
    if oparg & 0x02:
        w_func.w_kwdefaults = frame.pop()
    if oparg & 0x01:
        w_func.w_defaults = frame.pop()
    frame.push(w_func)


def _annotations_dict(w_ann):
    """3.11 passes annotations as a flat tuple (name, value, ...)."""
    from glass.objects.dict import W_Dict
    if not isinstance(w_ann, W_Tuple):
        return w_ann
    w_dict = W_Dict()
    items = w_ann.items
    for i in range(0, len(items), 2):
        w_dict.setitem(items[i], items[i + 1])
    decref(w_ann)
    return w_dict


@handler("BUILD_SLICE")
def BUILD_SLICE(frame, oparg):
    """(start, stop, step if oparg == 3 -- slice)"""
    w_step = None
    if oparg == 3:
        w_step = frame.pop()
    w_stop = frame.pop()
    w_start = frame.pop()
    frame.push(new_slice(w_start, w_stop, w_step))
    decref(w_start)
    decref(w_stop)
    xdecref(w_step)


@handler("JUMP_BACKWARD_NO_INTERRUPT")
def JUMP_BACKWARD_NO_INTERRUPT(frame, oparg):
    """( -- )"""
    frame.pc -= oparg


@handler("MAKE_CELL")
def MAKE_CELL(frame, oparg):
    """( -- ): wrap the local in a cell (for an argument captured by a closure)."""
    from glass.objects.funcobject import W_Cell
    w_initial = frame.localsplus[oparg]
    w_cell = W_Cell(w_initial)
    if w_initial is not None:
        decref(w_initial)
    frame.localsplus[oparg] = w_cell


@handler("LOAD_CLOSURE")
def LOAD_CLOSURE(frame, oparg):
    """( -- cell)"""
    w_cell = frame.localsplus[oparg]
    w_cell.ob_refcnt += 1
    frame.push(w_cell)


@handler("LOAD_DEREF")
def LOAD_DEREF(frame, oparg):
    """( -- value)"""
    w_value = frame.localsplus[oparg].w_ref
    if w_value is None:
        raise _unbound_deref(frame, oparg)
    w_value.ob_refcnt += 1
    frame.push(w_value)


def _unbound_deref(frame, oparg):
    """Counterpart: format_exc_unbound."""
    code = frame.w_code.code
    name = code.co_localsplusnames[oparg]
    from glass.objects.str import intern
    if code.co_localspluskinds[oparg] & CO_FAST_FREE:
        # format_exc_check_arg names the variable on NameErrors only.
        w_name = intern(name)
        try:
            return name_error("cannot access free variable '%s' where it is not "
                              "associated with a value in enclosing scope" % name, w_name)
        finally:
            decref(w_name)
    return operation_error("UnboundLocalError",
                           "cannot access local variable '%s' where it is not "
                           "associated with a value" % name)


@handler("STORE_DEREF")
def STORE_DEREF(frame, oparg):
    """(v -- )"""
    w_cell = frame.localsplus[oparg]
    w_value = frame.pop()
    w_old = w_cell.w_ref
    w_cell.w_ref = w_value
    xdecref(w_old)


@handler("DELETE_DEREF")
def DELETE_DEREF(frame, oparg):
    """( -- )"""
    w_cell = frame.localsplus[oparg]
    w_old = w_cell.w_ref
    if w_old is None:
        raise _unbound_deref(frame, oparg)
    w_cell.w_ref = None
    decref(w_old)


@handler("JUMP_BACKWARD")
def JUMP_BACKWARD(frame, oparg):
    """( -- ): a loop's back edge (the eval breaker is checked here)."""
    frame.pc -= oparg
    if EVAL_BREAKER[0]:
        handle_eval_breaker()


@handler("CALL_FUNCTION_EX")
def CALL_FUNCTION_EX(frame, oparg):
    """(null, func, callargs, kwargs if (oparg & 1) -- result)"""
    from glass.vm.call import call_function_ex
    w_kwargs = frame.pop() if oparg & 1 else None
    w_callargs = frame.pop()
    w_func = frame.pop()
    w_null = frame.pop()
    try:
        w_res = call_function_ex(w_func, w_callargs, w_kwargs)
    finally:
        decref(w_func)
        decref(w_callargs)
        xdecref(w_kwargs)
        xdecref(w_null)
    frame.push(w_res)
    if EVAL_BREAKER[0]:                 # as CALL's end
        handle_eval_breaker()


@handler("EXTENDED_ARG")
def EXTENDED_ARG(frame, oparg):
    """( -- ): its bits are already folded into the next instruction's oparg."""


@handler("LIST_APPEND")
def LIST_APPEND(frame, oparg):
    """(list, unused[oparg-1], v -- list, unused[oparg-1])"""
    w_value = frame.pop()
    frame.peek(oparg).items.append(w_value)       # the list takes the reference


@handler("SET_ADD")
def SET_ADD(frame, oparg):
    """(set, unused[oparg-1], v -- set, unused[oparg-1])"""
    w_value = frame.pop()
    try:
        frame.peek(oparg).add(w_value)
    finally:
        decref(w_value)


@handler("MAP_ADD")
def MAP_ADD(frame, oparg):
    """(dict, unused[oparg-1], key, value -- dict, unused[oparg-1])"""
    w_value = frame.pop()
    w_key = frame.pop()
    try:
        frame.peek(oparg).setitem(w_key, w_value)
    finally:
        decref(w_key)
        decref(w_value)


@handler("LOAD_CLASSDEREF")
def LOAD_CLASSDEREF(frame, oparg):
    """( -- value): a class body's free variable: its namespace first."""
    w_value = _class_namespace_lookup(frame, oparg)
    if w_value is None:
        w_value = frame.localsplus[oparg].w_ref
        if w_value is None:
            raise _unbound_deref(frame, oparg)
        w_value.ob_refcnt += 1
    frame.push(w_value)


def _class_namespace_lookup(frame, oparg):
    """The name in the class namespace (a new reference), or None."""
    from glass.objects.dict import W_Dict
    from glass.objects.str import intern
    w_locals = frame.w_locals
    w_name = intern(frame.w_code.code.co_localsplusnames[oparg])
    try:
        if w_locals.ob_type is W_Dict.w_type:
            w_value = w_locals.getitem(w_name)
            if w_value is not None:
                w_value.ob_refcnt += 1
            return w_value
        return _getitem_or_none(w_locals, w_name)
    finally:
        decref(w_name)


@handler("COPY_FREE_VARS")
def COPY_FREE_VARS(frame, oparg):
    """( -- ): copy the closure's cells into the frame's free-variable slots."""
    cells = frame.w_func.w_closure.items
    start = frame.decoded.nlocalsplus - oparg
    for i in range(oparg):
        w_cell = cells[i]
        w_cell.ob_refcnt += 1
        frame.localsplus[start + i] = w_cell


@handler("RESUME")
def RESUME(frame, oparg):
    """( -- ): the start of a frame or a resumption; the eval breaker's check."""
    if EVAL_BREAKER[0]:
        handle_eval_breaker()


@handler("MATCH_CLASS")
def MATCH_CLASS(frame, oparg):
    """(subject, type, names -- attrs_or_none): a class pattern with oparg
    positional sub-patterns and the keyword ones named in `names`."""
    w_names = frame.pop()
    w_type = frame.pop()
    try:
        w_attrs = match_class(frame.top(), w_type, oparg, w_names)
    finally:
        decref(w_names)
        decref(w_type)
    w_subject = frame.pop()
    frame.push(w_attrs if w_attrs is not None else new_none())
    decref(w_subject)


@handler("FORMAT_VALUE")
def FORMAT_VALUE(frame, oparg):
    """(value, fmt_spec if (oparg & 4) -- result)"""
    w_spec = frame.pop() if (oparg & 0x04) else None
    w_value = frame.pop()
    try:
        w_res = abstract.format_value(w_value, oparg & 0x03, w_spec)
    finally:
        decref(w_value)
        xdecref(w_spec)
    frame.push(w_res)


@handler("BUILD_CONST_KEY_MAP")
def BUILD_CONST_KEY_MAP(frame, oparg):
    """(values[oparg], keys -- map)"""
    from glass.objects.dict import W_Dict
    w_keys = frame.pop()
    values = frame.pop_n(oparg)
    w_dict = W_Dict()
    try:
        for w_key, w_value in zip(w_keys.items, values):
            w_dict.setitem(w_key, w_value)
    finally:
        decref(w_keys)
        for w_value in values:
            decref(w_value)
    frame.push(w_dict)


@handler("BUILD_STRING")
def BUILD_STRING(frame, oparg):
    """(pieces[oparg] -- str)"""
    from glass.objects.str import new_str
    pieces = frame.pop_n(oparg)
    frame.push(new_str("".join(w.value for w in pieces)))
    for w_piece in pieces:
        decref(w_piece)


@handler("LOAD_METHOD")
def LOAD_METHOD(frame, oparg):
    """(obj -- meth, self) for a plain method, else (obj -- null, attr)."""
    w_name = frame.w_code.names_w[oparg]
    w_obj = frame.pop()
    w_type = w_obj.ob_type
    if w_type.tp_getattro is _GENERIC_GETATTRO:
        # load_method's common case written out, as 3.11's specialized
        # LOAD_METHOD_WITH_VALUES / LOAD_METHOD_NO_DICT: a function or a
        # method descriptor on the class (the cached type lookup) that the
        # instance dict does not shadow goes on the stack unbound, with the
        # object (whose stack reference it keeps) as self.
        w_descr = w_type.lookup(w_name.value)
        kind = type(w_descr)
        if kind is W_Function or kind is W_MethodDescr:
            w_dict = getattr(w_obj, "w_dict", None)
            if w_dict is None or w_dict.getitem(w_name) is None:
                w_descr.ob_refcnt += 1
                frame.push(w_descr)
                frame.push(w_obj)
                return None
    try:
        w_meth, w_self = load_method(w_obj, w_name)
    finally:
        decref(w_obj)
    frame.push(w_meth)
    frame.push(w_self)


@handler("LIST_EXTEND")
def LIST_EXTEND(frame, oparg):
    """(list, unused[oparg-1], iterable -- list, unused[oparg-1])"""
    w_iterable = frame.pop()
    try:
        frame.peek(oparg).extend_iterable(w_iterable)
    except OperationError as error:
        raise _list_extend_error(error, w_iterable)
    finally:
        decref(w_iterable)


def _list_extend_error(error, w_iterable):
    """LIST_EXTEND's message for [*x] when x cannot be iterated at all."""
    from glass.objects.dict import W_Dict
    w_type = w_iterable.ob_type
    is_sequence = w_type.sq_item is not None and not w_type.is_subtype(W_Dict.w_type)
    if error.match(EXCEPTION_TYPES["TypeError"]) and w_type.tp_iter is None \
            and not is_sequence:
        decref(error.w_value)
        return type_error("Value after * must be an iterable, not %s" % w_type.name)
    return error


@handler("SET_UPDATE")
def SET_UPDATE(frame, oparg):
    """(set, unused[oparg-1], iterable -- set, unused[oparg-1])"""
    w_iterable = frame.pop()
    try:
        frame.peek(oparg).update_internal(w_iterable)
    finally:
        decref(w_iterable)


@handler("DICT_MERGE")
def DICT_MERGE(frame, oparg):
    """(dict, unused[oparg-1], update -- dict, unused[oparg-1]): f(**m)."""
    from glass.vm.call import dict_merge
    w_update = frame.pop()
    try:
        dict_merge(frame.peek(oparg), w_update, frame.peek(oparg + 2))
    finally:
        decref(w_update)


@handler("DICT_UPDATE")
def DICT_UPDATE(frame, oparg):
    """(dict, unused[oparg-1], update -- dict, unused[oparg-1]): {**m}."""
    from glass.vm.call import dict_update
    w_update = frame.pop()
    try:
        dict_update(frame.peek(oparg), w_update)
    finally:
        decref(w_update)


@handler("PRECALL")
def PRECALL(frame, oparg):
    """(method, callable, args[oparg] -- same): unpack a bound method.

    When there is no method on the stack (a NULL) and the callable is a
    bound method, 3.11 splits it into its function and self here, so CALL
    can push a frame for the function directly.
    """
    if frame.peek(oparg + 2) is None:
        w_callable = frame.peek(oparg + 1)
        if type(w_callable) is W_Method:
            w_self = w_callable.w_self
            w_func = w_callable.w_func
            w_self.ob_refcnt += 1
            w_func.ob_refcnt += 1
            frame.set_peek(oparg + 2, w_func)
            frame.set_peek(oparg + 1, w_self)
            decref(w_callable)


@handler("CALL")
def CALL(frame, oparg):
    """(method, callable, args[oparg] -- res)"""
    tstate = pystate.current()
    kwnames = tstate.kwnames
    tstate.kwnames = None
    is_meth = frame.peek(oparg + 2) is not None
    total = oparg + is_meth
    w_callable = frame.peek(total + 1)
    if type(w_callable) is W_Function and kwnames is None:
        d = w_callable.w_code.decoded
        if d is not None and d.positional_argcount == total:
            return _push_frame(tstate, frame, _positional_call_frame(frame, w_callable,
                                                                     total, is_meth))
    args_w = frame.pop_n(total)
    frame.stacktop -= 1
    frame.localsplus[frame.stacktop] = None
    if not is_meth:
        frame.stacktop -= 1                       # the NULL below the callable
    if type(w_callable) is W_Function:
        try:
            new_frame = make_frame(w_callable, args_w, kwnames)
        finally:
            decref(w_callable)
            for w_arg in args_w:
                decref(w_arg)
        return _push_frame(tstate, frame, new_frame)
    try:
        w_res = None
        if kwnames is None:
            w_res = _call_builtin_positional(tstate, w_callable, args_w)
        if w_res is None:
            w_res = abstract.call(w_callable, args_w, kwnames)
    finally:
        decref(w_callable)
        for w_arg in args_w:
            decref(w_arg)
    frame.push(w_res)
    # As 3.11's CALL ends: a signal that came during a builtin's call (a
    # write cut short) is handled before the next instruction.
    if EVAL_BREAKER[0]:
        handle_eval_breaker()


def _call_builtin_positional(tstate, w_callable, args_w):
    """CALL of a builtin with positional arguments only, as 3.11's
    PRECALL_BUILTIN_FAST and PRECALL_NO_KW_METHOD_DESCRIPTOR_FAST do: when
    the C function's parameters are positional-only (no *args, no **kwargs)
    and the count is in range, it is called straight, without binding the
    arguments: the omitted optional ones are None, as bind makes them.  Returns the new reference, or None for the generic call
    (which also raises the errors: wrong count, wrong self, recursion)."""
    kind = type(w_callable)
    if kind is W_MethodDescr:
        signature = w_callable.signature
        if type(signature) is not Signature or not args_w:
            return None
        missing = signature.max_positional + 1 - len(args_w)
        if missing and not _optional_omitted(signature, missing):
            return None
        w_self_type = args_w[0].ob_type
        if w_self_type is not w_callable.w_objclass and \
                not w_self_type.is_subtype(w_callable.w_objclass):
            return None
        func = w_callable.func
        arguments = args_w                         # self, then the arguments
    elif kind is W_BuiltinFunction:
        signature = w_callable.signature
        if type(signature) is not Signature:
            return None
        missing = signature.max_positional - len(args_w)
        if missing and not _optional_omitted(signature, missing):
            return None
        func = w_callable.func
        arguments = args_w
        if w_callable.pass_self and w_callable.w_self is not None:
            arguments = [w_callable.w_self] + args_w
    else:
        return None
    if not signature.simple:
        if not signature.padded or signature.convention == "defining_class":
            return None
        if missing:
            arguments = arguments + [None] * missing   # the omitted optional ones
    if tstate.recursion_depth >= tstate.interp.recursion_limit:
        return None
    tstate.recursion_depth += 1              # as PyObject_Vectorcall counts it
    try:
        w_res = func(*arguments)
    finally:
        tstate.recursion_depth -= 1
    if w_res is None:                        # a host None is the guest's None
        w_None.ob_refcnt += 1
        return w_None
    return w_res


def _optional_omitted(signature, missing):
    """Whether a positional-only call that leaves out `missing` parameters
    (from the end) leaves out only optional ones."""
    return 0 < missing <= signature.max_positional - signature.min_positional


def _positional_call_frame(frame, w_func, nargs, is_meth):
    """CALL's common case: a function whose parameters take exactly these
    positional arguments.  The new frame takes over the stack's references
    to the function and the arguments (_PyEvalFramePushAndInit steals them)
    instead of taking its own while the stack releases those."""
    new_frame = Frame(w_func.w_code, w_func, w_func.w_globals, w_func.w_builtins, None)
    w_func.ob_refcnt -= 1                  # the frame's reference is the stack's
    stack = frame.localsplus
    top = frame.stacktop
    first_arg = top - nargs
    new_frame.localsplus[:nargs] = stack[first_arg:top]
    # Below the arguments: the callable, and the NULL under it if no method.
    bottom = first_arg - 1 if is_meth else first_arg - 2
    stack[bottom:top] = [None] * (top - bottom)
    frame.stacktop = bottom
    return new_frame


@handler("KW_NAMES")
def KW_NAMES(frame, oparg):
    """( -- ): the next CALL's keyword names (a tuple constant)."""
    w_names = frame.w_code.w_consts.items[oparg]
    pystate.current().kwnames = tuple(w.value for w in w_names.items)


@handler("POP_JUMP_BACKWARD_IF_NOT_NONE")
def POP_JUMP_BACKWARD_IF_NOT_NONE(frame, oparg):
    """(value -- )"""
    w_value = frame.pop()
    if w_value is not w_None:
        frame.pc -= oparg
    decref(w_value)
    if EVAL_BREAKER[0]:
        handle_eval_breaker()


@handler("POP_JUMP_BACKWARD_IF_NONE")
def POP_JUMP_BACKWARD_IF_NONE(frame, oparg):
    """(value -- )"""
    w_value = frame.pop()
    if w_value is w_None:
        frame.pc -= oparg
    decref(w_value)
    if EVAL_BREAKER[0]:
        handle_eval_breaker()


@handler("POP_JUMP_BACKWARD_IF_FALSE")
def POP_JUMP_BACKWARD_IF_FALSE(frame, oparg):
    """(cond -- )"""
    w_cond = frame.pop()
    try:
        if not abstract.is_true(w_cond):
            frame.pc -= oparg
    finally:
        decref(w_cond)
    if EVAL_BREAKER[0]:
        handle_eval_breaker()


@handler("POP_JUMP_BACKWARD_IF_TRUE")
def POP_JUMP_BACKWARD_IF_TRUE(frame, oparg):
    """(cond -- )"""
    w_cond = frame.pop()
    try:
        if abstract.is_true(w_cond):
            frame.pc -= oparg
    finally:
        decref(w_cond)
    if EVAL_BREAKER[0]:
        handle_eval_breaker()


# --- Helpers too long for their handlers --------------------------------------------

def do_raise(w_exc, w_cause):
    """Counterpart: do_raise: `raise`, `raise exc`, `raise exc from cause`."""
    from glass.objects.exceptions import W_BaseException
    from glass.objects.type import W_Type
    w_base = EXCEPTION_TYPES["BaseException"]
    if w_exc is None:
        w_handled = pystate.topmost_exception(pystate.current())
        if w_handled is None:
            raise operation_error("RuntimeError", "No active exception to reraise")
        w_handled.ob_refcnt += 1
        error = OperationError(w_handled)
        error.reraise = True
        error.context_set = True
        raise error
    try:
        if isinstance(w_exc, W_Type) and w_exc.is_subtype(w_base):
            w_value = abstract.call(w_exc, [])
            if not isinstance(w_value, W_BaseException):
                w_kind = w_value.ob_type
                decref(w_value)
                raise type_error("calling %s should have returned an instance of "
                                 "BaseException, not %s"
                                 % (abstract.repr_text(w_exc), abstract.repr_text(w_kind)))
        elif isinstance(w_exc, W_BaseException):
            w_exc.ob_refcnt += 1
            w_value = w_exc
        else:
            raise type_error("exceptions must derive from BaseException")
    finally:
        decref(w_exc)
    if w_cause is not None:
        try:
            if isinstance(w_cause, W_Type) and w_cause.is_subtype(w_base):
                w_fixed = abstract.call(w_cause, [])
            elif isinstance(w_cause, W_BaseException):
                w_cause.ob_refcnt += 1
                w_fixed = w_cause
            elif w_cause is w_None:
                w_fixed = None
            else:
                raise type_error("exception causes must derive from BaseException")
        except OperationError:
            decref(w_value)
            raise
        finally:
            decref(w_cause)
        w_old = w_value.w_cause
        w_value.w_cause = w_fixed
        w_value.suppress_context = True
        xdecref(w_old)
    raise OperationError(w_value)


def load_method(w_obj, w_name):
    """Counterpart: _PyObject_GetMethod: (function, self) without binding when
    the attribute is a plain method found on the type, else (None, attribute)."""
    w_type = w_obj.ob_type
    if w_type.tp_getattro is typeobject.ObjectType.getattro:
        w_descr = w_type.lookup(w_name.value)
        if w_descr is not None and type(w_descr) in (W_Function, W_MethodDescr):
            w_dict = getattr(w_obj, "w_dict", None)
            if w_dict is None or w_dict.getitem(w_name) is None:
                w_descr.ob_refcnt += 1
                w_obj.ob_refcnt += 1
                return w_descr, w_obj
    return None, abstract.getattr(w_obj, w_name)


def lookup_special(w_obj, name):
    """Counterpart: _PyObject_LookupSpecial: a special method found on the
    type and bound to the object (a new reference), or None."""
    w_descr = w_obj.ob_type.lookup(name)
    if w_descr is None:
        return None
    get = w_descr.ob_type.tp_descr_get
    if get is None:
        w_descr.ob_refcnt += 1
        return w_descr
    return get(w_descr, w_obj, w_obj.ob_type)


def get_awaitable(w_iterable, oparg):
    """GET_AWAITABLE's work: _PyCoro_GetAwaitableIter, format_awaitable_error,
    and the check that a coroutine is awaited only once at a time."""
    try:
        w_iter = genobject.get_awaitable_iter(w_iterable)
    except OperationError as error:
        if w_iterable.ob_type.am_await is None and oparg in (1, 2):
            decref(error.w_value)
            raise type_error("'async with' received an object from __a%s__ that does not "
                             "implement __await__: %s" % ("enter" if oparg == 1 else "exit",
                                                          w_iterable.ob_type.name))
        raise
    if genobject.is_coroutine_exact(w_iter):
        w_yf = genobject.gen_yf(w_iter)
        if w_yf is not None:
            decref(w_yf)
            decref(w_iter)
            raise operation_error("RuntimeError", "coroutine is being awaited already")
    return w_iter


def get_anext_awaitable(w_aiter):
    """GET_ANEXT's work: __anext__(), made awaitable."""
    if type(w_aiter) is genobject.W_AsyncGenerator:
        return w_aiter.ob_type.am_anext(w_aiter)
    anext = w_aiter.ob_type.am_anext
    if anext is None:
        raise type_error("'async for' requires an iterator with __anext__ method, got %s"
                         % w_aiter.ob_type.name)
    w_next = anext(w_aiter)
    try:
        return genobject.get_awaitable_iter(w_next)
    except OperationError as error:
        raise genobject.format_from_cause(
            error, "TypeError", "'async for' received an invalid object from __anext__: %s"
            % w_next.ob_type.name)
    finally:
        decref(w_next)


# --- match statements (PEP 634) ------------------------------------------------------

def match_keys(w_map, w_keys):
    """Counterpart: match_keys: the values of a mapping pattern's keys (a new
    tuple), or None when one is missing.  map.get(key, dummy) is used, so a
    defaultdict grows no keys."""
    from glass.objects.set import W_Set
    from glass.objects.str import intern
    from glass.objects.tuple import empty_tuple, new_tuple_owned
    from glass.objects.typeobject import ObjectType
    keys_w = w_keys.items
    if not keys_w:
        return empty_tuple()
    w_get_name = intern("get")
    try:
        w_meth, w_self = load_method(w_map, w_get_name)
    finally:
        decref(w_get_name)
    w_seen = W_Set()
    w_dummy = abstract.call(ObjectType.w_type, [])
    values_w = []
    try:
        for w_key in keys_w:
            if abstract.contains(w_seen, w_key):
                raise operation_error("ValueError", "mapping pattern checks duplicate key (%s)"
                                      % abstract.repr_text(w_key))
            w_seen.add(w_key)
            if w_meth is not None:
                w_value = abstract.call(w_meth, [w_self, w_key, w_dummy])
            else:
                w_value = abstract.call(w_self, [w_key, w_dummy])
            if w_value is w_dummy:
                decref(w_value)
                for w_item in values_w:
                    decref(w_item)
                return new_none()
            values_w.append(w_value)
    except OperationError:
        for w_item in values_w:
            decref(w_item)
        raise
    finally:
        xdecref(w_meth)
        decref(w_self)
        decref(w_seen)
        decref(w_dummy)
    return new_tuple_owned(values_w)


def match_class(w_subject, w_type, nargs, w_names):
    """Counterpart: match_class: the attributes a class pattern extracts (a new
    tuple), or None when the subject does not match."""
    from glass.modules.builtins import object_isinstance
    from glass.objects.str import W_Str
    from glass.objects.type import W_Type
    if not isinstance(w_type, W_Type):
        raise type_error("called match pattern must be a type")
    if not object_isinstance(w_subject, w_type):
        return None
    seen = set()
    attrs_w = []
    try:
        if nargs:
            w_match_args = abstract.lookup_attr_str(w_type, "__match_args__")
            match_self = False
            if w_match_args is None:
                names_w = []
                match_self = bool(w_type.flags & MATCH_SELF)
            else:
                names_w = w_match_args.items if w_match_args.ob_type is W_Tuple.w_type else None
                kind = w_match_args.ob_type.name
                decref(w_match_args)        # the type keeps the tuple alive
                if names_w is None:
                    raise type_error("%s.__match_args__ must be a tuple (got %s)"
                                     % (w_type.name, kind))
            allowed = 1 if match_self else len(names_w)
            if allowed < nargs:
                raise type_error("%s() accepts %d positional sub-pattern%s (%d given)"
                                 % (w_type.name, allowed, "" if allowed == 1 else "s", nargs))
            if match_self:
                w_subject.ob_refcnt += 1
                attrs_w.append(w_subject)
            else:
                for w_name in names_w[:nargs]:
                    if w_name.ob_type is not W_Str.w_type:
                        raise type_error("__match_args__ elements must be strings (got %s)"
                                         % w_name.ob_type.name)
                    w_attr = _match_class_attr(w_subject, w_type, w_name, seen)
                    if w_attr is None:
                        return _drop(attrs_w)
                    attrs_w.append(w_attr)
        for w_name in w_names.items:
            w_attr = _match_class_attr(w_subject, w_type, w_name, seen)
            if w_attr is None:
                return _drop(attrs_w)
            attrs_w.append(w_attr)
    except OperationError:
        _drop(attrs_w)
        raise
    return new_tuple_owned(attrs_w)


def _drop(items_w):
    for w_item in items_w:
        decref(w_item)
    return None


def _match_class_attr(w_subject, w_type, w_name, seen):
    """Counterpart: match_class_attr: getattr, None for AttributeError."""
    name = w_name.value
    if name in seen:
        raise type_error("%s() got multiple sub-patterns for attribute %s"
                         % (w_type.name, abstract.repr_text(w_name)))
    seen.add(name)
    try:
        return abstract.getattr(w_subject, w_name)
    except OperationError as error:
        if not error.match(EXCEPTION_TYPES["AttributeError"]):
            raise
        decref(error.w_value)
        return None


# --- except* (PEP 654) -------------------------------------------------------------------

def check_except_star_type_valid(w_right):
    """Counterpart: check_except_star_type_valid: no `except* ExceptionGroup`."""
    check_except_type_valid(w_right)
    w_group = EXCEPTION_TYPES["BaseExceptionGroup"]
    candidates = w_right.items if isinstance(w_right, W_Tuple) else [w_right]
    for w_cand in candidates:
        if w_cand.is_subtype(w_group):
            raise type_error("catching ExceptionGroup with except* is not allowed. "
                             "Use except instead.")


def _missing_handler(frame, oparg):
    op = frame.decoded.ops[frame.lasti]
    raise operation_error("SystemError", "glass: opcode %s is not implemented yet"
                          % OPNAME[op])


for _op in range(256):
    if HANDLERS[_op] is None:
        HANDLERS[_op] = _missing_handler


# What the handlers' fast paths test against, imported once here rather than
# per instruction (these modules import the loop's own imports first).
from glass.objects.descr import W_MemberDescr  # noqa: E402
from glass.objects.dict import W_Dict  # noqa: E402
from glass.objects.list import W_ListIter  # noqa: E402
from glass.objects.range import W_RangeIter  # noqa: E402
from glass.objects.signature import Signature  # noqa: E402
from glass.objects.slice import W_Slice, new_slice  # noqa: E402
from glass.objects.tuple import W_TupleIter  # noqa: E402
from glass.objects.typeobject import W_Instance  # noqa: E402

_GENERIC_GETATTRO = typeobject.ObjectType.getattro     # PyObject_GenericGetAttr
_GENERIC_SETATTRO = typeobject.ObjectType.setattro     # PyObject_GenericSetAttr
