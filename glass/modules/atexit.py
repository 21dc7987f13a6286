"""The atexit module: functions to run when the interpreter exits.

Counterpart: Modules/atexitmodule.c.

pylifecycle calls run_exit_callbacks() when the main program has finished
(Py_FinalizeEx's first step): last registered, first run; an exception in a
callback is reported as unraisable and the next callback still runs.
"""
from __future__ import annotations

from glass.modules import builtin_module, function
from glass.objects import abstract
from glass.objects.exceptions import OperationError, type_error
from glass.objects.object import decref
from glass.objects.type import EQ

_CALLBACKS = []         # (w_func, args_w, kwargs {str: w_value}), owned references


def _release(entry):
    w_func, args_w, kwargs = entry
    decref(w_func)
    for w_arg in args_w:
        decref(w_arg)
    for w_value in kwargs.values():
        decref(w_value)


def run_exit_callbacks():
    """Counterpart: atexit_callfuncs (called by _PyAtExit_Call)."""
    from glass.vm.traceback import write_unraisable
    while _CALLBACKS:
        entry = _CALLBACKS.pop()
        w_func, args_w, kwargs = entry
        try:
            names = tuple(kwargs)
            decref(abstract.call(w_func, list(args_w) + list(kwargs.values()),
                                 names or None))
        except OperationError as error:
            write_unraisable(error, "Exception ignored in atexit callback", w_func)
        finally:
            _release(entry)


@builtin_module("atexit")
class AtexitModule:
    """allow programmer to define multiple exit functions to be executed
upon normal program termination.

Two public functions, register and unregister, are defined.
"""

    @function("($module, func, /, *args, **kwargs)")
    def register(w_func, args_w, kwargs):
        """register(func, *args, **kwargs) -> func

Register a function to be executed upon normal program termination

    func - function to be called at exit
    args - optional arguments to pass to func
    kwargs - optional keyword arguments to pass to func

    func is returned to facilitate usage as a decorator."""
        if w_func.ob_type.tp_call is None:
            raise type_error("the first argument must be callable")
        w_func.ob_refcnt += 2                 # one kept, one returned
        for w_arg in args_w:
            w_arg.ob_refcnt += 1
        for w_value in kwargs.values():
            w_value.ob_refcnt += 1
        _CALLBACKS.append((w_func, list(args_w), dict(kwargs)))
        return w_func

    @function("($module, func, /)")
    def unregister(w_func):
        """unregister(func) -> None

Unregister an exit function which was previously registered using
atexit.register

    func - function to be unregistered"""
        index = 0
        while index < len(_CALLBACKS):
            entry = _CALLBACKS[index]
            if abstract.rich_compare_bool(entry[0], w_func, EQ):
                del _CALLBACKS[index]
                _release(entry)
            else:
                index += 1

    @function("($module, /)")
    def _run_exitfuncs():
        """_run_exitfuncs() -> None

Run all registered exit functions.

If a callback raises an exception, it is logged with sys.unraisablehook."""
        run_exit_callbacks()

    @function("($module, /)")
    def _clear():
        """_clear() -> None

Clear the list of previously registered exit functions."""
        while _CALLBACKS:
            _release(_CALLBACKS.pop())

    @function("($module, /)")
    def _ncallbacks():
        """_ncallbacks() -> int

Return the number of registered exit functions."""
        from glass.objects.int import new_int
        return new_int(len(_CALLBACKS))
