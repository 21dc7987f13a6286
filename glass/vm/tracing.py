"""sys.settrace and sys.setprofile: the trace and profile functions.

Counterpart: the tracing parts of Python/ceval.c (DO_TRACING, call_trace,
call_trace_protected, call_exc_trace, maybe_call_line_trace,
trace_function_entry/exit, C_TRACE, trace_call_function), of
Python/sysmodule.c (trace_trampoline, profile_trampoline, call_trampoline)
and frame_setlineno of Objects/frameobject.c.

How the loop is watched.  3.11 dispatches every instruction to DO_TRACING
while a thread traces (`opcode |= use_tracing`), which reports and then
runs the real instruction.  Glass does the same with no test in the plain
loop: while any thread has a trace or profile function, the code objects
that run have their decoded instructions rewritten in place to DO_TRACING
(`instrument`), so even a loop that was already running (the frame that
called sys.settrace) sees it at its next instruction.  Code reached later
is rewritten when a traced frame calls it (the new frame a CALL returns)
or when a loop starts on it (the entry hook of glass/vm/probes.py).  When
the last function is removed, every rewritten code gets its instructions
back.  A RESUME after `yield from`/`await` keeps its opcode, because
genobject.gen_yf reads it; the entry hook reports those resumptions.

Errors in a traced frame are handled here (the error: and exception_unwind:
labels, with the 'exception' and unwinding 'return' events); a frame left
by an error hands the error to its caller's next instruction (`pending`),
so that each frame is unwound by the loop that runs it; an entry frame's
last step is ceval.handle_error's.
"""
from __future__ import annotations

from glass.bytecode.opcode import DO_TRACING, EXTENDED_ARG, HAVE_ARGUMENT, OPMAP, stack_effect
from glass.objects import abstract
from glass.objects.exceptions import EXCEPTION_TYPES, OperationError, operation_error, value_error
from glass.objects.object import decref, xdecref
from glass.vm import ceval, probes, pystate
from glass.vm.audit import audit

RESUME = OPMAP["RESUME"]
RETURN_VALUE = OPMAP["RETURN_VALUE"]
YIELD_VALUE = OPMAP["YIELD_VALUE"]
CALL = OPMAP["CALL"]
CALL_FUNCTION_EX = OPMAP["CALL_FUNCTION_EX"]
FOR_ITER = OPMAP["FOR_ITER"]
SEND = OPMAP["SEND"]

# The event numbers of Include/cpython/pystate.h (PyTrace_*) and their names.
TRACE_CALL, TRACE_EXCEPTION, TRACE_LINE, TRACE_RETURN = 0, 1, 2, 3
TRACE_C_CALL, TRACE_C_EXCEPTION, TRACE_C_RETURN, TRACE_OPCODE = 4, 5, 6, 7
EVENT_NAMES = ("call", "exception", "line", "return", "c_call", "c_exception",
               "c_return", "opcode")
_EVENT_STRS = []


def _event_str(what):
    if not _EVENT_STRS:
        from glass.objects.str import intern
        _EVENT_STRS.extend(intern(name) for name in EVENT_NAMES)
    return _EVENT_STRS[what]


class ThreadTracing:
    """The tracing fields of one PyThreadState."""
    __slots__ = ("w_trace", "w_profile", "profile_func", "tracing", "what", "pending")

    def __init__(self):
        self.w_trace = None       # c_traceobj (owned)
        self.w_profile = None     # c_profileobj (owned)
        # c_profilefunc when it is not profile_trampoline: a host function
        # func(w_profile, frame, what, w_arg), as _lsprof installs one.
        self.profile_func = None
        self.tracing = 0          # > 0 while a trace or profile function runs
        self.what = TRACE_CALL    # tracing_what: the event being reported
        # (frame, error, lasti): an error that left a traced frame, for its
        # caller's next instruction to handle as raised at `lasti`.
        self.pending = None


THREADS = {}                      # ThreadState -> ThreadTracing
_NO_TRACING = ThreadTracing()     # what a thread without functions has


def thread_state(tstate):
    state = THREADS.get(tstate)
    if state is None:
        state = THREADS[tstate] = ThreadTracing()
    return state


def _active(state):
    """use_tracing: the thread has a function and is not inside one."""
    return state is not None and not state.tracing and \
        (state.w_trace is not None or state.w_profile is not None)


# --- sys.settrace / sys.setprofile ---------------------------------------------------

def enter_tracing(tstate):
    """PyThreadState_EnterTracing: no trace or profile call until
    leave_tracing (audit hooks run so).  Returns what leave_tracing takes."""
    state = THREADS.get(tstate)
    if state is not None:
        state.tracing += 1
    return state


def leave_tracing(state):
    """PyThreadState_LeaveTracing, for the state enter_tracing returned."""
    if state is not None:
        state.tracing -= 1


def set_trace(w_func):
    """_PyEval_SetTrace for the running thread (w_func None: stop); the
    audit hooks hear "sys.settrace" first."""
    audit("sys.settrace")
    _set_function("w_trace", w_func)


def set_profile(w_func, host_func=None):
    """_PyEval_SetProfile for the running thread; with `host_func`, that
    host function is called for the events, with w_func as its object.
    The audit hooks hear "sys.setprofile" first."""
    audit("sys.setprofile")
    state = THREADS.get(pystate.current())
    if state is not None:
        state.profile_func = None
    _set_function("w_profile", w_func)
    if host_func is not None:
        THREADS[pystate.current()].profile_func = host_func


def get_trace():
    state = THREADS.get(pystate.current())
    return state.w_trace if state is not None else None


def get_profile():
    state = THREADS.get(pystate.current())
    return state.w_profile if state is not None else None


_INSTALLING = set()               # the fields being set (the `reentrant` flags)


def _set_function(field, w_func):
    if field in _INSTALLING:
        # The old function's __del__ installs another one.
        _INSTALLING.discard(field)
        kind = "trace" if field == "w_trace" else "profile"
        raise operation_error("RuntimeError", "Cannot install a %s function while "
                              "another %s function is being installed" % (kind, kind))
    _INSTALLING.add(field)
    try:
        tstate = pystate.current()
        state = thread_state(tstate)
        w_old = getattr(state, field)
        setattr(state, field, None)
        xdecref(w_old)
        if w_func is not None:
            w_func.ob_refcnt += 1
        setattr(state, field, w_func)
        if state.w_trace is None and state.w_profile is None:
            if THREADS.get(tstate) is state:
                del THREADS[tstate]
            state.pending = None
        else:
            THREADS[tstate] = state
            _start_watching(tstate)
        _update_instrumentation()
    finally:
        _INSTALLING.discard(field)


def _start_watching(tstate):
    """Rewrite the code of every frame on the thread's stack, and remember
    where each is (their next instruction's instr_prev)."""
    frame = tstate.frame
    while frame is not None:
        if frame.decoded is not None and frame.localsplus:
            instrument(frame.decoded)
            _frame_object(frame).trace_prev = frame.lasti    # each is at its call
        frame = frame.previous


def _update_instrumentation():
    if THREADS:
        probes.set_entry_hook(entry_hook)
    else:
        probes.set_entry_hook(None)
        uninstrument_all()


# --- Rewriting code to DO_TRACING ------------------------------------------------------

class _Original:
    """A rewritten code's true instructions, and what tracing needs of it."""
    __slots__ = ("ops", "first_traceable", "lines")

    def __init__(self, ops, code):
        self.ops = ops
        # _co_firsttraceable: the first RESUME; MAKE_CELL, COPY_FREE_VARS and
        # RETURN_GENERATOR before it are never traced.
        self.first_traceable = ops.index(RESUME) if RESUME in ops else 0
        lines = [-1] * len(ops)
        for start, end, line in code.co_lines():
            if line is not None:
                for unit in range(start // 2, min(end // 2, len(ops))):
                    lines[unit] = line
        self.lines = lines


_ORIGINAL_OPS = {}                # DecodedCode -> its true ops, while rewritten
ORIGINAL = {}                     # DecodedCode -> its _Original, made when first traced


def instrument(decoded):
    """Rewrite a code's instructions to DO_TRACING (in place: a loop running
    it sees the change at its next instruction)."""
    if decoded in _ORIGINAL_OPS:
        return
    ops = decoded.ops
    original = list(ops)
    args = decoded.args
    for index, op in enumerate(original):
        if op == RESUME and args[index] >= 2:
            continue              # gen_yf reads it (see the docstring)
        ops[index] = DO_TRACING
    _ORIGINAL_OPS[decoded] = original


def uninstrument_all():
    """Give every rewritten code its instructions back."""
    for decoded, original in _ORIGINAL_OPS.items():
        decoded.ops[:] = original
    _ORIGINAL_OPS.clear()
    ORIGINAL.clear()


def _original(frame):
    decoded = frame.decoded
    record = ORIGINAL.get(decoded)
    if record is None:
        ops = _ORIGINAL_OPS.get(decoded)
        record = _Original(ops if ops is not None else decoded.ops, frame.w_code.code)
        if ops is not None:
            ORIGINAL[decoded] = record
    return record


def _frame_object(frame):
    """The frame's W_Frame (borrowed), made if it has none yet."""
    w_frame = frame.w_frame_obj
    if w_frame is None:
        from glass.objects.frame import frame_object
        w_frame = frame_object(frame)
        w_frame.ob_refcnt -= 1            # the interpreter frame keeps its own
    return w_frame


# --- DO_TRACING --------------------------------------------------------------------------

def do_tracing(frame, oparg):
    """The instruction every rewritten one became: report, then run the real one."""
    op = _ORIGINAL_OPS[frame.decoded][frame.lasti]
    tstate = pystate.current()
    state = THREADS.get(tstate)
    if state is None or state.tracing:
        return ceval.HANDLERS[op](frame, oparg)
    w_frame = frame.w_frame_obj
    if w_frame is not None and w_frame.w_trace is None and op != RESUME \
            and state.w_profile is None and state.pending is None:
        # Nobody to tell about this frame's lines, returns, exceptions or
        # builtin calls (trace_trampoline would find no f_trace): run it,
        # but unwind an error here, for the callers that may be traced.
        # (Setting f_trace later sets trace_prev, which this skips.)
        try:
            switch = ceval.HANDLERS[op](frame, oparg)
        except OperationError as error:
            return _unwind(tstate, frame, error)
        if switch is not None and switch is not ceval.EXIT and switch.lasti < 0:
            instrument(switch.decoded)
        return switch
    return _traced_instruction(tstate, state, frame, op, oparg)


ceval.HANDLERS[DO_TRACING] = do_tracing


def _traced_instruction(tstate, state, frame, op, oparg):
    index = frame.lasti
    w_frame = _frame_object(frame)
    pending = state.pending
    if pending is not None and pending[0] is frame:
        # A callee was left by an error: it is this frame's CALL's.
        state.pending = None
        frame.lasti = pending[2]
        w_frame.trace_prev = pending[2]
        return _unwind(tstate, frame, pending[1])
    record = _original(frame)
    original = record.ops
    instr_prev = w_frame.trace_prev
    w_frame.trace_prev = index
    if index >= record.first_traceable and \
            not (index and original[index - 1] == EXTENDED_ARG):
        if op == RESUME:
            try:
                _function_entry(state, frame)
            except OperationError as error:
                return _unwind(tstate, frame, error)
        elif state.w_trace is not None and w_frame.w_trace is not None:
            # (With no f_trace, trace_trampoline has nobody to call.)
            try:
                _maybe_line(state, frame, w_frame, record, index, instr_prev)
            except OperationError as error:
                frame.lasti = index          # a jump and then a raise: the old place
                return _unwind(tstate, frame, error)
            if frame.lasti != index:
                # The trace function jumped (set f_lineno): run the target.
                index = frame.lasti
                decoded = frame.decoded
                op = original[index]
                oparg = decoded.args[index]
                frame.pc = decoded.next_pc[index]
                w_frame.trace_prev = index
    # The trace function may have changed this thread's functions.
    state = THREADS.get(tstate) or _NO_TRACING
    try:
        if op == RETURN_VALUE or op == YIELD_VALUE:
            if _active(state):
                if op == YIELD_VALUE:
                    from glass.objects.genobject import FRAME_SUSPENDED
                    frame.w_gen.frame_state = FRAME_SUSPENDED
                try:
                    _function_exit(state, frame, frame.top())
                except OperationError as error:
                    decref(frame.pop())
                    return _exit_unwind(tstate, frame, error)
            switch = ceval.HANDLERS[op](frame, oparg)
        elif (op == CALL or op == CALL_FUNCTION_EX) and state.w_profile is not None:
            switch = _traced_call(tstate, state, frame, op, oparg)
        elif op == FOR_ITER:
            switch = _traced_for_iter(state, frame, oparg)
        elif op == SEND:
            switch = _traced_send(state, frame, oparg)
        else:
            switch = ceval.HANDLERS[op](frame, oparg)
    except OperationError as error:
        return _unwind(tstate, frame, error)
    if switch is not None and switch is not ceval.EXIT and switch.lasti < 0:
        instrument(switch.decoded)           # a call pushed a frame
    return switch


def entry_hook(tstate, frame, error):
    """A loop starts on `frame` (probes.set_entry_hook): rewrite its code,
    report a resumption the rewritten code cannot, handle a throw."""
    instrument(frame.decoded)
    state = THREADS.get(tstate)
    if error is not None:
        if not _active(state):
            return ceval.handle_error(tstate, frame, error)
        try:
            _function_entry(state, frame)          # TRACE_FUNCTION_THROW_ENTRY
        except OperationError as raised:
            decref(error.w_value)
            raised.reraise = True
            return ceval.handle_error(tstate, frame, raised)
        try:
            return _unwind(tstate, frame, error)
        except OperationError as final:
            return ceval.handle_error(tstate, frame, final)
    if frame.lasti >= 0 and _active(state) and frame.pc < len(frame.decoded.ops) \
            and frame.decoded.ops[frame.pc] == RESUME:
        # Resumed after `yield from`/`await`: the RESUME kept its opcode.
        w_frame = _frame_object(frame)
        w_frame.trace_prev = frame.pc
        try:
            _function_entry(state, frame)
        except OperationError as raised:
            frame.lasti = frame.pc
            frame.pc = frame.decoded.next_pc[frame.pc]
            try:
                return _unwind(tstate, frame, raised)
            except OperationError as final:
                return ceval.handle_error(tstate, frame, final)
    return frame


# --- The events ----------------------------------------------------------------------------

def _function_entry(state, frame):
    """trace_function_entry: 'call' for the trace and the profile function."""
    if state.w_trace is not None:
        call_trace(state, frame, TRACE_CALL, None, False)
    if state.w_profile is not None:
        call_trace(state, frame, TRACE_CALL, None, True)


def _function_exit(state, frame, w_retval):
    """trace_function_exit: 'return' (w_retval None when unwinding)."""
    if state.w_trace is not None:
        call_trace(state, frame, TRACE_RETURN, w_retval, False)
    if state.w_profile is not None:
        call_trace(state, frame, TRACE_RETURN, w_retval, True)


def _maybe_line(state, frame, w_frame, record, index, instr_prev):
    """maybe_call_line_trace: 'line' at a line's start or a backward jump
    (not the one of a `yield from` loop), and 'opcode' when asked for."""
    if instr_prev <= record.first_traceable:
        lastline = -1
    else:
        lastline = record.lines[instr_prev]
    line = record.lines[index]
    if line != -1 and w_frame.trace_lines:
        if line != lastline or (index < instr_prev and record.ops[index] != SEND):
            call_trace(state, frame, TRACE_LINE, None, False)
    if w_frame.trace_opcodes:
        call_trace(state, frame, TRACE_OPCODE, None, False)


def call_trace(state, frame, what, w_arg, profile):
    """call_trace + trace_trampoline / profile_trampoline: call the guest
    function with tracing off; if it raises, it is removed and the error
    propagates."""
    if state.tracing:
        return
    w_frame = _frame_object(frame)
    old_what = state.what
    state.what = what
    state.tracing += 1
    # A KW_NAMES waiting for its CALL (c_call comes between) is the loop's
    # business (call_shape), not the trace function's.
    tstate = pystate.current()
    kwnames, tstate.kwnames = tstate.kwnames, None
    line = _original(frame).lines[frame.lasti] if frame.lasti >= 0 else -1
    w_frame.trace_lineno = line if line > 0 else 0
    try:
        if profile and state.profile_func is not None:
            state.profile_func(state.w_profile, frame, what, w_arg)
            return
        if profile:
            w_callback = state.w_profile
        elif what == TRACE_CALL:
            w_callback = state.w_trace
        else:
            w_callback = w_frame.w_trace
        if w_callback is None:
            return
        from glass.objects.none import w_None
        w_callback.ob_refcnt += 1
        if w_frame.fast_as_locals:
            w_frame.fast_to_locals()        # call_trampoline: discard stale f_locals
        try:
            try:
                w_result = abstract.call(w_callback, [w_frame, _event_str(what),
                                                      w_arg if w_arg is not None else w_None],
                                         None)
            finally:
                w_frame.locals_to_fast()
        except OperationError:
            if profile:
                set_profile(None)
            else:
                set_trace(None)
                w_old, w_frame.w_trace = w_frame.w_trace, None
                xdecref(w_old)
            raise
        finally:
            decref(w_callback)
        if profile or w_result is w_None:
            decref(w_result)
        else:
            w_old, w_frame.w_trace = w_frame.w_trace, w_result
            w_frame.trace_prev = frame.lasti
            xdecref(w_old)
    finally:
        tstate.kwnames = kwnames
        w_frame.trace_lineno = 0
        state.tracing -= 1
        state.what = old_what


def _exc_trace(state, frame, error):
    """call_exc_trace: 'exception' with (type, value, traceback); returns the
    error to go on with (the trace function's own, if it raised)."""
    from glass.objects.none import w_None
    from glass.objects.tuple import new_tuple
    w_exc = error.w_value
    w_tb = w_exc.w_traceback if w_exc.w_traceback is not None else w_None
    w_arg = new_tuple([w_exc.ob_type, w_exc, w_tb])
    try:
        call_trace(state, frame, TRACE_EXCEPTION, w_arg, False)
    except OperationError as raised:
        decref(error.w_value)
        return raised
    finally:
        decref(w_arg)
    return error


# --- Calls of builtins (C_TRACE) -----------------------------------------------------------

def _profiled_callable(tstate, frame, op, oparg):
    """The builtin a CALL or CALL_FUNCTION_EX is about to call, as the
    profile function is told it (a method descriptor bound to its first
    argument), or None."""
    from glass.objects.descr import W_BuiltinFunction, W_MethodDescr
    from glass.objects.tuple import W_Tuple
    if op == CALL:
        is_meth = frame.peek(oparg + 2) is not None
        total = oparg + is_meth
        w_callable = frame.peek(total + 1)
        nargs = total - (len(tstate.kwnames) if tstate.kwnames else 0)
        w_first = frame.peek(total) if total else None
    else:
        has_kwargs = oparg & 1
        w_callable = frame.peek(2 + has_kwargs)
        w_callargs = frame.peek(1 + has_kwargs)
        if not isinstance(w_callargs, W_Tuple):
            w_callargs = None
        nargs = len(w_callargs.items) if w_callargs is not None else 0
        w_first = w_callargs.items[0] if nargs else None
    if w_callable.ob_type is W_BuiltinFunction.w_type:
        w_callable.ob_refcnt += 1
        return w_callable
    if w_callable.ob_type is W_MethodDescr.w_type and nargs > 0:
        try:
            return w_callable.ob_type.tp_descr_get(w_callable, w_first, w_first.ob_type)
        except OperationError as error:
            decref(error.w_value)            # the call itself reports it
    return None


def _traced_call(tstate, state, frame, op, oparg):
    w_func = _profiled_callable(tstate, frame, op, oparg)
    if w_func is None:
        return ceval.HANDLERS[op](frame, oparg)
    try:
        call_trace(state, frame, TRACE_C_CALL, w_func, True)
        try:
            switch = ceval.HANDLERS[op](frame, oparg)
        except OperationError as error:
            if state.w_profile is not None:
                try:
                    call_trace(state, frame, TRACE_C_EXCEPTION, w_func, True)
                except OperationError as raised:
                    decref(error.w_value)
                    raise raised
            raise
        if state.w_profile is not None:
            try:
                call_trace(state, frame, TRACE_C_RETURN, w_func, True)
            except OperationError:
                decref(frame.pop())
                raise
        return switch
    finally:
        decref(w_func)


def _next_raising(w_iter):
    """tp_iternext as CPython's: the end may come as StopIteration (a
    generator's return value, a class's __next__), which Glass's slots
    swallow."""
    from glass.objects import genobject
    return genobject.next_keeping_value(w_iter)


def _traced_send(state, frame, oparg):
    """SEND as 3.11 runs it while tracing: through tp_iternext or send(),
    reporting the StopIteration that ends the delegation as 'exception'."""
    from glass.objects import genobject
    from glass.objects.none import w_None
    w_value = frame.pop()
    w_receiver = frame.top()
    try:
        if w_value is w_None and w_receiver.ob_type.tp_iternext is not None:
            w_retval = _next_raising(w_receiver)
            returned = w_retval is None
            if returned:
                w_None.ob_refcnt += 1
                w_retval = w_None
        else:
            w_send = abstract.getattr_str(w_receiver, "send")
            try:
                w_retval = abstract.call(w_send, [w_value], None)
            finally:
                decref(w_send)
            returned = False
    except OperationError as error:
        if not error.match(EXCEPTION_TYPES["StopIteration"]):
            raise
        if state.w_trace is not None:
            error = _exc_trace(state, frame, error)
            if not error.match(EXCEPTION_TYPES["StopIteration"]):
                raise error
        w_retval = genobject.stop_iteration_value(error.w_value)
        decref(error.w_value)
        returned = True
    finally:
        decref(w_value)
    if returned:
        frame.set_peek(1, w_retval)
        decref(w_receiver)
        frame.pc += oparg
        return None
    frame.push(w_retval)
    return None


def _traced_for_iter(state, frame, oparg):
    """FOR_ITER, reporting an iterator's StopIteration as 'exception'."""
    w_iter = frame.top()
    try:
        w_next = _next_raising(w_iter)
    except OperationError as error:
        if not error.match(EXCEPTION_TYPES["StopIteration"]):
            raise
        if state.w_trace is not None:
            error = _exc_trace(state, frame, error)     # a failure is cleared too
        decref(error.w_value)
        w_next = None
    if w_next is not None:
        frame.push(w_next)
        return None
    decref(frame.pop())
    frame.pc += oparg
    return None


# --- Errors in traced frames ---------------------------------------------------------------

def _unwind(tstate, frame, error):
    """The error: and exception_unwind: labels for a traced frame: the
    traceback entry and the 'exception' event, then the frame's handler, or
    the unwinding 'return' event and the exit.  Returns the frame to go on
    in; raises (for ceval.handle_error to finish) when an entry frame is left."""
    tstate.kwnames = None
    index = frame.lasti
    if error.reraise:
        error.reraise = False                  # RERAISE: straight to unwinding
        restored = error.__dict__.pop("restore_lasti", -1)
        if restored >= 0:
            frame.lasti = restored
    else:
        if not error.context_set:
            error.context_set = True
            ceval.set_context(tstate, error.w_value)
        from glass.vm.traceback import add_traceback_entry
        add_traceback_entry(error.w_value, frame)
        state = THREADS.get(tstate)
        if state is not None and not state.tracing and state.w_trace is not None:
            error = _exc_trace(state, frame, error)
    found = frame.decoded.handler_for(index)
    if found is not None:
        from glass.objects.int import new_int
        target, depth, push_lasti = found
        base = frame.decoded.nlocalsplus + depth
        while frame.stacktop > base:
            xdecref(frame.pop())
        if push_lasti:
            frame.push(new_int(frame.lasti))
        frame.push(error.w_value)
        frame.pc = target
        return frame
    base = frame.decoded.nlocalsplus
    while frame.stacktop > base:
        xdecref(frame.pop())
    state = THREADS.get(tstate)
    if _active(state):
        try:
            _function_exit(state, frame, None)      # TRACE_FUNCTION_UNWIND
        except OperationError as raised:
            decref(error.w_value)
            error = raised
    return _exit_unwind(tstate, frame, error, index)


def _exit_unwind(tstate, frame, error, index=None):
    """exit_unwind: leave the frame; its caller's next instruction goes on
    with the error (or ceval.handle_error, for an entry frame or when the
    thread stopped tracing).  `index`: the instruction that failed, where
    handle_error looks (and finds no handler) when lasti was moved back."""
    state = THREADS.get(tstate)
    if frame.is_entry or state is None:
        error.reraise = True                 # no second traceback entry
        if index is not None and index != frame.lasti:
            error.restore_lasti = frame.lasti
            frame.lasti = index
        raise error
    caller = frame.previous
    ceval._leave_frame(tstate, frame)
    state.pending = (caller, error, caller.lasti)
    return caller


# --- Jumps: frame.f_lineno = n -------------------------------------------------------------

def set_frame_lineno(w_frame, w_value):
    """Counterpart: frame_setlineno: a trace function moves the frame to
    another line, if the value stacks of the two places agree."""
    from glass.objects.int import W_Int
    from glass.objects.genobject import FRAME_SUSPENDED
    if w_value is None:
        raise operation_error("AttributeError", "cannot delete attribute")
    if type(w_value) is not W_Int:
        raise value_error("lineno must be an integer")
    frame = w_frame.frame
    suspended = frame.w_gen is not None and frame.w_gen.frame_state == FRAME_SUSPENDED
    state = THREADS.get(pystate.current())
    what = state.what if state is not None else TRACE_CALL
    if what == TRACE_CALL:
        raise value_error("can't jump from the 'call' trace event of a new frame")
    if what != TRACE_LINE and not (what == TRACE_RETURN and suspended):
        raise value_error("can only jump from a 'line' trace event")
    if w_frame.w_trace is None:
        raise value_error("f_lineno can only be set by a trace function")
    new_lineno = w_value.value
    if not -(1 << 31) <= new_lineno < (1 << 31):
        raise value_error("lineno out of range")
    code = frame.w_code.code
    if new_lineno < code.co_firstlineno:
        raise value_error("line %d comes before the current code block" % new_lineno)
    length = len(code.co_code) // 2
    lines = _line_starts(code, length)
    candidates = [line for line in lines if line >= new_lineno]
    if not candidates:
        raise value_error("line %d comes after the current code block" % new_lineno)
    target_line = min(candidates)
    stacks = _mark_stacks(code, length)
    best_stack = _OVERFLOWED
    best_addr = -1
    start_stack = stacks[frame.lasti]
    err = -1
    message = "cannot find bytecode for specified line"
    for i in range(length):
        if lines[i] == target_line:
            target_stack = stacks[i]
            if _compatible_stack(start_stack, target_stack):
                err = 0
                if target_stack > best_stack:
                    best_stack = target_stack
                    best_addr = i
            elif err < 0:
                if start_stack == _OVERFLOWED:
                    message = "stack to deep to analyze"
                elif start_stack == _UNINITIALIZED:
                    message = "can't jump from within an exception handler"
                else:
                    message = _explain_incompatible_stack(target_stack)
                    err = 1
    if err:
        raise value_error(message)
    if suspended:
        start_stack = _pop_value(start_stack)   # the value the yield took
    while start_stack > best_stack:
        w_value = frame.pop()
        if _top_of_stack(start_stack) == _EXCEPT:
            # Leaving an except block: the exception it replaced is the one
            # being handled again, as POP_EXCEPT would make it.
            from glass.objects.none import w_None
            tstate = pystate.current()
            w_old = tstate.exc_value
            tstate.exc_value = None if w_value is w_None else w_value
            if w_value is w_None:
                decref(w_value)
            xdecref(w_old)
        else:
            xdecref(w_value)
        start_stack = _pop_value(start_stack)
    w_frame.trace_lineno = 0
    frame.lasti = best_addr


def _line_starts(code, length):
    """marklines: the line starting at each code unit, else -1."""
    starts = [-1] * length
    last_line = -1
    for start, end, line in code.co_lines():
        if line is not None and line != last_line and start // 2 < length:
            starts[start // 2] = line
            last_line = line
    return starts


# The value stack as mark_stacks models it: a kind per entry, 3 bits each.
_ITERATOR, _EXCEPT, _OBJECT, _NULL, _LASTI = 1, 2, 3, 4, 5
_BITS = 3
_MASK = (1 << _BITS) - 1
_UNINITIALIZED = -2
_OVERFLOWED = -1
_MAX_ENTRIES = 63 // _BITS
_WILL_OVERFLOW = 1 << ((_MAX_ENTRIES - 1) * _BITS)


def _push_value(stack, kind):
    if stack >= _WILL_OVERFLOW:
        return _OVERFLOWED
    return (stack << _BITS) | kind


def _pop_value(stack):
    return stack >> _BITS


def _top_of_stack(stack):
    return stack & _MASK


def _peek_kind(stack, n):
    return (stack >> (_BITS * (n - 1))) & _MASK


def _swap(stack, n):
    to_swap = _peek_kind(stack, n)
    top = _top_of_stack(stack)
    shift = _BITS * (n - 1)
    replaced_low = (stack & ~(_MASK << shift)) | (top << shift)
    return (replaced_low & ~_MASK) | to_swap


def _pop_to_level(stack, level):
    if level == 0:
        return 0
    level_max_stack = _MASK << ((level - 1) * _BITS)
    while stack > level_max_stack:
        stack = _pop_value(stack)
    return stack


def _compatible_kind(from_kind, to_kind):
    if to_kind == 0:
        return False
    if to_kind == _OBJECT:
        return from_kind != _NULL
    if to_kind == _NULL:
        return True
    return from_kind == to_kind


def _compatible_stack(from_stack, to_stack):
    if from_stack < 0 or to_stack < 0:
        return False
    while from_stack > to_stack:
        from_stack = _pop_value(from_stack)
    while from_stack:
        if not _compatible_kind(_top_of_stack(from_stack), _top_of_stack(to_stack)):
            return False
        from_stack = _pop_value(from_stack)
        to_stack = _pop_value(to_stack)
    return to_stack == 0


def _explain_incompatible_stack(to_stack):
    if to_stack == _OVERFLOWED:
        return "stack is too deep to analyze"
    if to_stack == _UNINITIALIZED:
        return "can't jump into an exception handler, or code may be unreachable"
    kind = _top_of_stack(to_stack)
    if kind == _EXCEPT:
        return "can't jump into an 'except' block as there's no exception"
    if kind == _LASTI:
        return "can't jump into a re-raising block as there's no location"
    if kind == _ITERATOR:
        return "can't jump into the body of a for loop"
    return "incompatible stacks"


_CONDITIONAL_JUMPS = {OPMAP[name]: name for name in (
    "JUMP_IF_FALSE_OR_POP", "JUMP_IF_TRUE_OR_POP", "POP_JUMP_FORWARD_IF_FALSE",
    "POP_JUMP_BACKWARD_IF_FALSE", "POP_JUMP_FORWARD_IF_TRUE",
    "POP_JUMP_BACKWARD_IF_TRUE", "POP_JUMP_FORWARD_IF_NONE",
    "POP_JUMP_BACKWARD_IF_NONE", "POP_JUMP_FORWARD_IF_NOT_NONE",
    "POP_JUMP_BACKWARD_IF_NOT_NONE")}


def _arg(raw, i):
    """get_arg: the oparg with its EXTENDED_ARG prefixes."""
    oparg = raw[2 * i + 1]
    shift = 8
    j = i - 1
    while j >= 0 and shift <= 24 and raw[2 * j] == EXTENDED_ARG:
        oparg |= raw[2 * j + 1] << shift
        shift += 8
        j -= 1
    return oparg


def _mark_stacks(code, length):
    """mark_stacks: the modelled value stack before each code unit."""
    from glass.bytecode.code import CO_ASYNC_GENERATOR, CO_COROUTINE, CO_GENERATOR
    from glass.bytecode.opcode import CACHE_ENTRIES
    raw = code.co_code
    stacks = [_UNINITIALIZED] * (length + 1)
    stacks[0] = 0
    if code.co_flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR):
        stacks[0] = _push_value(0, _OBJECT)       # generators get sent None
    todo = True
    while todo:
        todo = False
        for i in range(length):
            next_stack = stacks[i]
            if next_stack == _UNINITIALIZED:
                continue
            opcode = raw[2 * i]
            name = _OPNAMES[opcode]
            if opcode == 0:                           # CACHE
                stacks[i + 1] = next_stack
            elif opcode in _CONDITIONAL_JUMPS:
                j = _arg(raw, i)
                if "FORWARD" in name:
                    j += i + 1
                elif "BACKWARD" in name:
                    j = i + 1 - j
                if stacks[j] == _UNINITIALIZED and j < i:
                    todo = True
                if name.startswith("JUMP_IF"):
                    target_stack = next_stack
                    next_stack = _pop_value(next_stack)
                else:
                    next_stack = _pop_value(next_stack)
                    target_stack = next_stack
                stacks[j] = target_stack
                stacks[i + 1] = next_stack
            elif name == "POP_EXCEPT":
                stacks[i + 1] = _pop_value(next_stack)
            elif name == "END_ASYNC_FOR":
                stacks[i + 1] = _pop_value(_pop_value(next_stack))
            elif name == "SEND":
                j = _arg(raw, i) + i + 1
                stacks[j] = _pop_value(next_stack)
                stacks[i + 1] = next_stack
            elif name == "JUMP_FORWARD":
                stacks[_arg(raw, i) + i + 1] = next_stack
            elif name == "JUMP_BACKWARD" or name == "JUMP_BACKWARD_NO_INTERRUPT":
                j = i + 1 - _arg(raw, i)
                if stacks[j] == _UNINITIALIZED and j < i:
                    todo = True
                stacks[j] = next_stack
            elif name == "GET_ITER" or name == "GET_AITER":
                stacks[i + 1] = _push_value(_pop_value(next_stack), _ITERATOR)
            elif name == "FOR_ITER":
                target_stack = _pop_value(next_stack)
                stacks[i + 1] = _push_value(next_stack, _OBJECT)
                stacks[_arg(raw, i) + 1 + CACHE_ENTRIES[opcode] + i] = target_stack
            elif name == "PUSH_EXC_INFO":
                stacks[i + 1] = _push_value(next_stack, _EXCEPT)
            elif name == "SWAP":
                stacks[i + 1] = _swap(next_stack, _arg(raw, i))
            elif name == "COPY":
                n = _arg(raw, i)
                stacks[i + 1] = _push_value(next_stack, _peek_kind(next_stack, n))
            elif name in ("RETURN_VALUE", "RAISE_VARARGS", "RERAISE"):
                pass                                   # the end of a block
            elif name == "PUSH_NULL":
                stacks[i + 1] = _push_value(next_stack, _NULL)
            elif name == "LOAD_GLOBAL":
                if _arg(raw, i) & 1:
                    next_stack = _push_value(next_stack, _NULL)
                stacks[i + 1] = _push_value(next_stack, _OBJECT)
            elif name == "LOAD_METHOD":
                next_stack = _push_value(_pop_value(next_stack), _NULL)
                stacks[i + 1] = _push_value(next_stack, _OBJECT)
            else:
                try:
                    delta = stack_effect(opcode, _arg(raw, i) if opcode >= HAVE_ARGUMENT
                                         else None)
                except ValueError:
                    delta = 0
                while delta < 0:
                    next_stack = _pop_value(next_stack)
                    delta += 1
                while delta > 0:
                    next_stack = _push_value(next_stack, _OBJECT)
                    delta -= 1
                stacks[i + 1] = next_stack
        # The exception table: a handler starts with the stack of its
        # range, cut to the entry's depth, plus lasti and the exception.
        for entry in code.exception_entries():
            start, handler = entry.start // 2, entry.target // 2
            if stacks[start] != _UNINITIALIZED and stacks[handler] == _UNINITIALIZED:
                todo = True
                target_stack = _pop_to_level(stacks[start], entry.depth)
                if entry.lasti:
                    target_stack = _push_value(target_stack, _LASTI)
                stacks[handler] = _push_value(target_stack, _EXCEPT)
    return stacks


def _opnames():
    from glass.bytecode.opcode import OPNAME
    return list(OPNAME)


_OPNAMES = _opnames()
