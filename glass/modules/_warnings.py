"""The _warnings module, and how Glass's own code issues a warning.

Counterpart: Python/_warnings.c.

CPython implements the whole warnings machinery twice: in C here, and in
Lib/warnings.py, which uses the C version when `_warnings` offers filters
and falls back to its own Python code otherwise.  Glass offers only `warn`
and `warn_explicit`, so Lib/warnings.py runs its Python machinery (same
filters, same defaults, same output), and these two functions hand each
warning to it.  The difference is not visible to guest code except as
`warnings.filters` being a list that _warnings does not share.
"""
from __future__ import annotations

from glass.modules import builtin_module, function
from glass.objects import abstract
from glass.objects.exceptions import EXCEPTION_TYPES, OperationError
from glass.objects.object import decref


def _warnings_module():
    """The guest's `warnings` module, imported on first use; None while
    the import system cannot import it yet (early start-up)."""
    from glass.vm import pystate
    interp = pystate.interpreter()
    w_module = interp.w_modules.getitem_str("warnings")
    if w_module is not None:
        w_module.ob_refcnt += 1
        return w_module
    if getattr(interp, "w_importlib", None) is None:
        return None
    from glass.vm.imports import import_module
    return import_module("warnings")


def _delegate(funcname, args_w, kwnames=None):
    w_warnings = _warnings_module()
    if w_warnings is None:
        from glass.objects.none import new_none
        return new_none()            # too early to show: CPython's filters ignore these
    try:
        return abstract.call_method(w_warnings, funcname, args_w, kwnames)
    finally:
        decref(w_warnings)


def warn(category, message, stacklevel=1):
    """PyErr_WarnEx for Glass's own code: a warning of the named builtin
    category; raises OperationError when a filter turns it into an error.
    (PyErr_ResourceWarning's source object is not passed on: the pure-Python
    warn_explicit of 3.11 hands a source to WarningMessage as its `file`,
    where the warning would then be written.  So CPython's "Enable
    tracemalloc..." line under a ResourceWarning is missing until Glass has
    a native _warnings.)"""
    from glass.objects.int import new_int
    from glass.objects.str import new_str
    w_message = new_str(message)
    w_level = new_int(stacklevel)
    try:
        decref(_delegate("warn", [w_message, EXCEPTION_TYPES[category], w_level]))
    finally:
        decref(w_message)
        decref(w_level)


@builtin_module("_warnings")
class WarningsModule:
    """_warnings provides basic warning filtering support.
It is a helper module to speed up interpreter start-up."""

    @function("($module, /, message, category=None, stacklevel=1, source=None)")
    def warn(w_message, w_category, w_stacklevel, w_source):
        """Issue a warning, or maybe ignore it or raise an exception."""
        from glass.objects.int import new_int
        from glass.objects.none import w_None
        args_w = [w_message, w_category or w_None]
        w_level = w_stacklevel
        if w_level is None:
            w_level = new_int(1)
        else:
            w_level.ob_refcnt += 1
        args_w.append(w_level)
        args_w.append(w_source or w_None)
        try:
            return _delegate("warn", args_w)
        finally:
            decref(w_level)

    @function("($module, /, message, category, filename, lineno, module=<unrepresentable>,"
              "\n            registry=None, module_globals=None, source=None)")
    def warn_explicit(w_message, w_category, w_filename, w_lineno, w_module,
                      w_registry, w_module_globals, w_source):
        """Issue a warning, or maybe ignore it or raise an exception."""
        from glass.objects.none import w_None
        args_w = [w_message, w_category, w_filename, w_lineno, w_module or w_None,
                  w_registry or w_None, w_module_globals or w_None, w_source or w_None]
        return _delegate("warn_explicit", args_w)


del OperationError
