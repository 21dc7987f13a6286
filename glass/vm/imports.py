"""The import statement.

Counterpart: Python/import.c (PyImport_ImportModuleLevelObject,
import_from) and IMPORT_NAME's call of builtins.__import__.

First version: modules already in sys.modules (sys, builtins) and Glass's
native modules; the import system of the stdlib issue (importlib's
_bootstrap running on Glass) replaces the search.
"""
from __future__ import annotations

from glass.objects import abstract
from glass.objects.exceptions import EXCEPTION_TYPES, OperationError, operation_error
from glass.objects.object import decref


def import_name(frame, w_name, w_fromlist, w_level):
    """IMPORT_NAME: call builtins.__import__(name, globals, locals, fromlist, level)."""
    from glass.objects.none import w_None
    w_import = frame.w_builtins.getitem_str("__import__")
    if w_import is None:
        raise operation_error("ImportError", "__import__ not found")
    w_locals = frame.w_locals if frame.w_locals is not None else w_None
    return abstract.call(w_import, [w_name, frame.w_globals, w_locals, w_fromlist, w_level])


def builtin_import(w_name, w_globals, w_fromlist, w_level):
    """builtins.__import__ for absolute imports of known modules."""
    from glass.vm import pystate
    name = w_name.value
    level = abstract.int_value(w_level) if w_level is not None else 0
    if level > 0:
        raise operation_error("ImportError",
                              "attempted relative import with no known parent package")
    interp = pystate.interpreter()
    w_module = interp.w_modules.getitem(w_name)
    if w_module is None:
        from glass.modules import find_module_def, make_module
        top = name.partition(".")[0]
        if find_module_def(top) is not None:
            w_module = make_module(top)
            interp.w_modules.setitem_str(top, w_module)
            decref(w_module)
        else:
            error = operation_error("ModuleNotFoundError", "No module named '%s'" % top)
            raise error
    w_module.ob_refcnt += 1
    return w_module


def import_from(w_module, w_name):
    """IMPORT_FROM: the attribute, or ImportError "cannot import name"."""
    try:
        return abstract.getattr(w_module, w_name)
    except OperationError as error:
        if not error.match(EXCEPTION_TYPES["AttributeError"]):
            raise
        decref(error.w_value)
    w_mod_name = abstract.lookup_attr_str(w_module, "__name__")
    mod_name = abstract.str_text(w_mod_name) if w_mod_name is not None else "<unknown module name>"
    if w_mod_name is not None:
        decref(w_mod_name)
    raise operation_error("ImportError", "cannot import name '%s' from '%s' (unknown location)"
                          % (w_name.value, mod_name))
