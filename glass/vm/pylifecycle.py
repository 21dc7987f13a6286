"""Starting the interpreter, running __main__, and the exit status.

Counterpart: Python/pylifecycle.c (Py_InitializeFromConfig), Python/pythonrun.c
(run_mod, PyErr_Print, handle_system_exit) and Modules/main.c's exit codes.
"""
from __future__ import annotations

import sys as host_sys
import threading

from glass.objects.exceptions import EXCEPTION_TYPES, OperationError
from glass.objects.object import decref
from glass.vm import pystate

# The guest runs on a host thread with a large stack, so that recursion the
# guest's limit allows never overflows the host first (DESIGN.md, "The host stack").
GUEST_STACK_SIZE = 512 * 1024 * 1024
HOST_RECURSION_LIMIT = 200000


def initialize(config=None):
    """Counterpart: Py_InitializeFromConfig: types, builtins, sys, sys.modules."""
    # Import every object module so every builtin type exists, then ready them.
    from glass.objects import (abstract, bool, bytes, codeobject, complex, descr,  # noqa: F401
                               dict, exceptions, float, frame, funcobject,
                               genobject, int,
                               iterobject, list, mappingproxy, module, none,
                               property, range, set, slice, str, superobject,
                               tuple, typeobject, namespaceobject, structseq,
                               enumobject, itertypes)
    from glass.objects.type import ready_all
    from glass.vm import traceback  # noqa: F401
    from glass.modules import builtins, make_module, sys  # noqa: F401
    interp = pystate.interpreter()
    interp.config = config
    ready_all()
    from glass.objects.dict import W_Dict
    interp.w_modules = W_Dict()
    w_builtins = make_module("builtins")
    interp.w_builtins_module = w_builtins
    interp.w_builtins = w_builtins.w_dict
    interp.w_modules.setitem_str("builtins", w_builtins)
    w_sys = make_module("sys")
    interp.w_sys = w_sys
    interp.w_modules.setitem_str("sys", w_sys)
    ready_all()              # types made while building the modules
    return interp


def run_code(code, filename):
    """Run a Glass Code object as __main__; returns the exit status."""
    from glass.objects.codeobject import W_Code
    from glass.objects.module import W_Module
    from glass.objects.str import new_str
    from glass.vm.ceval import eval_frame
    from glass.vm.frame import Frame
    interp = pystate.interpreter()
    w_main = W_Module("__main__")
    interp.w_modules.setitem_str("__main__", w_main)
    w_globals = w_main.w_dict
    w_globals.setitem_str("__builtins__", interp.w_builtins_module)
    if not (filename.startswith("<") and filename.endswith(">")):
        w_file = new_str(filename)
        w_globals.setitem_str("__file__", w_file)
        decref(w_file)
    w_code = W_Code(code)
    w_globals.ob_refcnt += 1
    frame = Frame(w_code, None, w_globals, interp.w_builtins, w_globals)
    try:
        w_result = eval_frame(frame)
        decref(w_result)
        return 0
    except OperationError as error:
        return handle_uncaught(error)
    finally:
        decref(w_code)
        _flush_streams()


def handle_uncaught(error):
    """Counterpart: PyErr_Print (_PyErr_PrintEx): sys.excepthook shows the
    exception, or SystemExit decides the exit status (handle_system_exit)."""
    from glass.vm.traceback import print_uncaught
    w_exc = error.w_value
    try:
        if w_exc.ob_type.is_subtype(EXCEPTION_TYPES["SystemExit"]):
            return system_exit_status(w_exc)
        try:
            print_uncaught(w_exc)
        except OperationError as hook_error:     # the hook raised SystemExit
            status = system_exit_status(hook_error.w_value)
            decref(hook_error.w_value)
            return status
        if w_exc.ob_type.is_subtype(EXCEPTION_TYPES["KeyboardInterrupt"]):
            return KILLED_BY_SIGINT
        return 1
    finally:
        decref(w_exc)
        _flush_streams()


# The exit status of a process that an uncaught KeyboardInterrupt ends: as
# CPython does (exit_sigint), Glass then kills itself with SIGINT.
KILLED_BY_SIGINT = -2


def system_exit_status(w_exc):
    """Counterpart: _Py_HandleSystemExit: the code attribute decides; a
    non-int code is printed to sys.stderr and gives status 1."""
    from glass.objects import abstract
    from glass.objects.int import W_Int
    from glass.objects.none import w_None
    from glass.vm.traceback import _flush_stdout, _write_stderr
    _flush_stdout()
    w_code = abstract.lookup_attr_str(w_exc, "code")
    if w_code is None:
        w_exc.ob_refcnt += 1
        w_code = w_exc
    try:
        if w_code is w_None:
            return 0
        if isinstance(w_code, W_Int):
            value = w_code.value
            if not -(1 << 63) <= value < (1 << 63):
                value = -1                      # PyLong_AsLong overflows
            return value & 0xFF                 # what exit() makes of it
        try:
            text = abstract.str_text(w_code)
        except OperationError as error:
            decref(error.w_value)
            text = ""
        _write_stderr(text + "\n")
        return 1
    finally:
        decref(w_code)


def exit_process(status):
    """End the host process with the guest's exit status."""
    if status == KILLED_BY_SIGINT:
        import os
        import signal
        _flush_streams()
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        os.kill(os.getpid(), signal.SIGINT)
    return status


def _flush_streams():
    host_sys.stdout.flush()
    host_sys.stderr.flush()


def run_on_big_stack(func, *args):
    """Run func(*args) on a host thread with a large stack; return its result."""
    result = []
    failure = []

    def body():
        try:
            result.append(func(*args))
        except BaseException as error:      # re-raised in the calling thread
            failure.append(error)

    old_limit = host_sys.getrecursionlimit()
    host_sys.setrecursionlimit(max(old_limit, HOST_RECURSION_LIMIT))
    old_size = threading.stack_size()
    try:
        threading.stack_size(GUEST_STACK_SIZE)
        thread = threading.Thread(target=body, name="glass-guest")
        thread.start()
        thread.join()
    finally:
        threading.stack_size(old_size)
        host_sys.setrecursionlimit(old_limit)
    if failure:
        raise failure[0]
    if func is run_code and result[0] == KILLED_BY_SIGINT:
        exit_process(result[0])              # on the main thread, as it must be
    return result[0]
