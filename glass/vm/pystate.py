"""The interpreter state and the thread state.

Counterpart: Python/pystate.c (PyInterpreterState, PyThreadState) and the
recursion accounting of Include/internal/pycore_ceval.h
(_Py_EnterRecursiveCall).

Builtin types are process-wide singletons in Glass, as static types are in
CPython, so there is one interpreter per host process.  The running guest
thread's state is `current()`, the analogue of _PyThreadState_GET(): code
that needs it asks, instead of receiving it as an argument everywhere.
"""
from __future__ import annotations

import contextlib

DEFAULT_RECURSION_LIMIT = 1000


class ThreadState:
    """Counterpart: PyThreadState."""
    __slots__ = ("frame", "recursion_depth", "exc_value", "exc_stack", "interp",
                 "kwnames", "thread_id", "w_dict", "w_async_gen_firstiter",
                 "w_async_gen_finalizer")

    def __init__(self, interp):
        self.interp = interp
        interp.threads[id(self)] = self
        self.frame = None              # the innermost running Frame
        self.recursion_depth = 0       # Python frames and guarded C calls
        self.exc_value = None          # the exception being handled (exc_info), or None
        # The exc_value of each outer exc_info item, innermost last: a running
        # generator's own item sits on top of its resumer's (previous_item).
        self.exc_stack = []
        self.kwnames = None            # set by KW_NAMES for the next CALL
        self.thread_id = 0
        self.w_dict = None             # PyThreadState.dict, made on first use
        # sys.set_asyncgen_hooks: called on an async generator's first
        # iteration, and when one is finalized while still suspended.
        self.w_async_gen_firstiter = None
        self.w_async_gen_finalizer = None

    def get_dict(self):
        """PyThreadState_GetDict: the thread's own dict (a borrowed reference),
        where per-thread data such as _thread._local's dummies live."""
        if self.w_dict is None:
            from glass.objects.dict import W_Dict
            self.w_dict = W_Dict()
        return self.w_dict

    def clear(self):
        """PyThreadState_Clear + PyThreadState_Delete: the thread has ended;
        its dict goes, and with it what only this thread kept alive."""
        from glass.objects.object import xdecref
        self.interp.threads.pop(id(self), None)
        w_dict, self.w_dict = self.w_dict, None
        w_firstiter, self.w_async_gen_firstiter = self.w_async_gen_firstiter, None
        w_finalizer, self.w_async_gen_finalizer = self.w_async_gen_finalizer, None
        xdecref(w_dict)
        xdecref(w_firstiter)
        xdecref(w_finalizer)


class Interpreter:
    """Counterpart: PyInterpreterState."""
    __slots__ = ("w_modules", "w_builtins", "w_sys", "recursion_limit",
                 "config", "main_thread", "w_builtins_module", "w_importlib",
                 "w_import_func", "threads", "w_audit_hooks", "path_config")

    def __init__(self, config=None):
        self.config = config
        self.recursion_limit = DEFAULT_RECURSION_LIMIT
        self.w_modules = None          # sys.modules (a W_Dict)
        self.w_builtins = None         # the builtins module's dict
        self.w_builtins_module = None
        self.w_sys = None
        self.w_importlib = None        # _frozen_importlib, once the import system runs
        self.w_import_func = None      # builtins.__import__ as start-up found it
        self.threads = {}              # id -> ThreadState of each living thread
        self.w_audit_hooks = None      # sys.addaudithook's hooks (glass/vm/audit.py)
        self.path_config = None        # glass/vm/getpath.py's answer, once asked
        self.main_thread = ThreadState(self)


_INTERP = []
_CURRENT = []


def interpreter():
    """The one interpreter, made on first use (initialize() sets it up)."""
    if not _INTERP:
        _INTERP.append(Interpreter())
        _CURRENT.append(_INTERP[0].main_thread)
    return _INTERP[0]


def current():
    """The running thread's state (_PyThreadState_GET)."""
    if not _CURRENT:
        interpreter()
    return _CURRENT[0]


def set_current(tstate):
    """The thread that took the GIL becomes the running one."""
    if not _CURRENT:
        interpreter()
    _CURRENT[0] = tstate


def topmost_exception(tstate):
    """The exception sys.exc_info() reports: the innermost exc_info item that
    holds one (_PyErr_GetTopmostException); a borrowed reference or None."""
    w_exc = tstate.exc_value
    if w_exc is None:
        for w_outer in reversed(tstate.exc_stack):
            if w_outer is not None:
                return w_outer
    return w_exc


@contextlib.contextmanager
def recursion_guard(where=""):
    """_Py_EnterRecursiveCall / _Py_LeaveRecursiveCall around a C-level call."""
    tstate = current()
    enter_recursive_call(tstate, where)
    try:
        yield
    finally:
        tstate.recursion_depth -= 1


def enter_recursive_call(tstate, where=""):
    """Count one level; RecursionError when past the limit."""
    tstate.recursion_depth += 1
    if tstate.recursion_depth > tstate.interp.recursion_limit:
        tstate.recursion_depth -= 1
        from glass.objects.exceptions import operation_error
        raise operation_error("RecursionError",
                              "maximum recursion depth exceeded" + where)


def builtins_of(w_globals):
    """The builtins a function with these globals sees, borrowed
    (_PyEval_BuiltinsFromGlobals): a module's dict, or whatever object
    `__builtins__` names (name lookups then go through its __getitem__);
    without one, the running frame's builtins."""
    w_builtins = w_globals.getitem_str("__builtins__")
    if w_builtins is not None:
        if not _MODULE_TYPE:
            from glass.objects.module import W_Module
            _MODULE_TYPE.append(W_Module)
        if isinstance(w_builtins, _MODULE_TYPE[0]):
            return w_builtins.w_dict
        return w_builtins
    return current_builtins()


# W_Module, once builtins_of has imported it: every function made asks
# (glass.objects.module imports this module, so not at import time).
_MODULE_TYPE = []


def current_builtins():
    """PyEval_GetBuiltins: the running frame's builtins, borrowed."""
    frame = current().frame
    if frame is not None:
        return frame.w_builtins
    return interpreter().w_builtins


def call_finalizer(finalize, w_obj):
    """Run a __del__; an exception in it is reported, never propagated.

    Counterpart: PyObject_CallFinalizerFromDealloc + PyErr_WriteUnraisable.
    """
    from glass.objects.exceptions import OperationError
    try:
        finalize(w_obj)
    except OperationError as error:
        from glass.vm.traceback import write_unraisable
        write_unraisable(error, "Exception ignored in", w_obj, finalize)
