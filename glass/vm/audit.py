"""Audit hooks (PEP 578): the hooks sys.addaudithook installs, and the
events Glass's own code raises where CPython's C code calls PySys_Audit.

Counterpart: Python/sysmodule.c (should_audit, sys_audit_tstate,
PySys_Audit, PySys_AddAuditHook, sys_addaudithook, sys_audit,
_PySys_ClearAuditHooks).

Two lists of hooks, as in CPython.  The interpreter's list
(`Interpreter.w_audit_hooks`) holds the guest callables sys.addaudithook
added: a guest list the cycle collector does not track, so the hooks never
show up in gc.get_objects().  It is None until the first hook arrives.  The
runtime's list (`RUNTIME_HOOKS`, PySys_AddAuditHook's) holds host functions
`hook(event, w_args)`: what a tool embedding Glass installs to see every
event, the start-up ones (cpython.run_*) included, before any guest code runs.

`audit()` is called from hot paths (id(), sys._getframe, func.__code__,
every os call), so while nobody listens it costs one test of a global,
`_LISTENING`, which says whether either list has a hook.

An event's arguments are guest objects (borrowed) or plain host values
(None, bool, int, str, bytes, tuples of them), which become guest objects
only when a hook is there to see them: `audit("os.mkdir", w_path, 511, -1)`
is what `PySys_Audit("os.mkdir", "Oii", path, mode, dir_fd)` is.
"""
from __future__ import annotations

from glass.objects.buildvalue import build_value
from glass.objects.exceptions import OperationError, type_error
from glass.objects.object import decref
from glass.vm import pystate

# PySys_AddAuditHook's hooks: host functions hook(event, w_args) that raise
# OperationError to refuse an event.  Runtime-wide, called before the
# interpreter's hooks, and cleared last at finalization.
RUNTIME_HOOKS = []

# should_audit's answer, kept up to date as hooks come and go (Glass has one
# interpreter per process, so one flag serves both lists).
_LISTENING = False


def audit(event, *args):
    """PySys_Audit: tell every hook about `event`; a hook's exception
    propagates (the operation being audited must then not happen)."""
    if not _LISTENING:
        return
    w_args = new_event_args(args)
    try:
        call_hooks(event, w_args)
    finally:
        decref(w_args)


def should_audit():
    """should_audit: is anybody listening?  For callers that would do work
    (build a tuple, look something up) only to pass it to `audit`."""
    return _LISTENING


def _update_listening():
    global _LISTENING
    _LISTENING = pystate.interpreter().w_audit_hooks is not None or bool(RUNTIME_HOOKS)


def new_event_args(args):
    """The event's argument tuple (Py_VaBuildValue's), a new reference."""
    from glass.objects.tuple import new_tuple_owned
    return new_tuple_owned([build_value(value) for value in args])


def call_hooks(event, w_args):
    """sys_audit_tstate: the runtime's hooks, then the interpreter's, each
    called as hook(event, args).  The interpreter's hooks run with tracing
    paused, unless a hook's __cantrace__ is true; a hook added while the
    event is delivered is called too (the list is walked as it grows)."""
    for hook in list(RUNTIME_HOOKS):
        hook(event, w_args)
    w_hooks = pystate.interpreter().w_audit_hooks
    if w_hooks is None:
        return
    from glass.objects import abstract
    from glass.objects.str import new_str
    from glass.vm import tracing
    w_event = new_str(event)
    tstate = pystate.current()
    paused = tracing.enter_tracing(tstate)
    try:
        index = 0
        while index < len(w_hooks.items):
            w_hook = w_hooks.items[index]
            w_hook.ob_refcnt += 1
            try:
                can_trace = _can_trace(w_hook)
                if can_trace:
                    tracing.leave_tracing(paused)
                try:
                    decref(abstract.call(w_hook, [w_event, w_args]))
                finally:
                    if can_trace:
                        paused = tracing.enter_tracing(tstate)
            finally:
                decref(w_hook)
            index += 1
    finally:
        tracing.leave_tracing(paused)
        decref(w_event)


def _can_trace(w_hook):
    """The hook's __cantrace__, true if it says so (no attribute: false)."""
    from glass.objects import abstract
    w_value = abstract.lookup_attr_str(w_hook, "__cantrace__")
    if w_value is None:
        return False
    try:
        return abstract.is_true(w_value)
    finally:
        decref(w_value)


# --- sys.audit and sys.addaudithook ---------------------------------------------------

def sys_audit(args_w):
    """sys_audit: the event (a str) and its arguments, from the guest."""
    if not args_w:
        raise type_error("audit() missing 1 required positional argument: 'event'")
    if not should_audit():
        return                      # (the event is not even checked then, as in 3.11)
    from glass.objects.str import W_Str
    from glass.objects.tuple import new_tuple
    w_event = args_w[0]
    if not isinstance(w_event, W_Str):
        raise type_error("expected str for argument 'event', not %s"
                         % w_event.ob_type.name)
    event = _utf8_event(w_event)
    w_args = new_tuple(list(args_w[1:]))
    try:
        call_hooks(event, w_args)
    finally:
        decref(w_args)


def _utf8_event(w_event):
    """PyUnicode_AsUTF8 and back: a lone surrogate is an error, and the C
    string ends at the first NUL."""
    from glass.objects.typeobject import _as_utf8
    return _as_utf8(w_event).split(b"\0", 1)[0].decode("utf-8")


def add_audit_hook(w_hook):
    """sys_addaudithook: the hooks already there hear "sys.addaudithook"
    first; one raising an Exception (not a BaseException) cancels the
    addition silently."""
    from glass.objects.exceptions import EXCEPTION_TYPES
    try:
        audit("sys.addaudithook")
    except OperationError as error:
        if not error.match(EXCEPTION_TYPES["Exception"]):
            raise
        decref(error.w_value)
        return
    interp = pystate.interpreter()
    if interp.w_audit_hooks is None:
        from glass.objects.gctrack import untrack
        from glass.objects.list import W_List
        w_hooks = W_List([])
        untrack(w_hooks)              # kept out of gc.get_objects(), as CPython does
        interp.w_audit_hooks = w_hooks
    w_hook.ob_refcnt += 1
    interp.w_audit_hooks.items.append(w_hook)
    _update_listening()


def add_runtime_hook(hook):
    """PySys_AddAuditHook: a host function hook(event, w_args) that hears
    every event; the hooks already there hear "sys.addaudithook" first and
    may refuse with a RuntimeError (other errors propagate)."""
    from glass.objects.exceptions import EXCEPTION_TYPES
    if pystate.interpreter().w_builtins is not None:     # the runtime is initialized
        try:
            audit("sys.addaudithook")
        except OperationError as error:
            if not error.match(EXCEPTION_TYPES["RuntimeError"]):
                raise
            decref(error.w_value)
            return
    RUNTIME_HOOKS.append(hook)
    _update_listening()


# --- Finalization ----------------------------------------------------------------------

def clear_interpreter_hooks(interp):
    """PyInterpreterState_Clear's part: the interpreter's hooks hear
    "cpython.PyInterpreterState_Clear" (their errors are dropped), then go."""
    _audit_ignoring_errors("cpython.PyInterpreterState_Clear")
    w_hooks, interp.w_audit_hooks = interp.w_audit_hooks, None
    _update_listening()
    if w_hooks is not None:
        decref(w_hooks)


def clear_runtime_hooks():
    """_PySys_ClearAuditHooks: the runtime's hooks hear
    "cpython._PySys_ClearAuditHooks" (errors dropped), then go."""
    config = pystate.interpreter().config
    if getattr(config, "verbose", 0):
        import sys as host_sys
        host_sys.stderr.write("# clear sys.audit hooks\n")
    _audit_ignoring_errors("cpython._PySys_ClearAuditHooks")
    del RUNTIME_HOOKS[:]
    _update_listening()


def _audit_ignoring_errors(event):
    try:
        audit(event)
    except OperationError as error:
        decref(error.w_value)
