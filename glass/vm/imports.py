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
    """Counterpart: import_from (IMPORT_FROM): the attribute; else, for a
    circular import of a submodule, sys.modules["pkg.name"]; else ImportError
    "cannot import name" with its name and path set."""
    from glass.objects.str import W_Str, new_str
    from glass.vm import pystate
    w_value = abstract.lookup_attr_str(w_module, w_name.value) \
        if type(w_name) is W_Str else None
    if w_value is not None:
        return w_value
    w_pkgname = abstract.lookup_attr_str(w_module, "__name__")
    if w_pkgname is not None and not isinstance(w_pkgname, W_Str):
        decref(w_pkgname)
        w_pkgname = None
    if w_pkgname is not None:
        w_full = new_str("%s.%s" % (w_pkgname.value, w_name.value))
        try:
            w_found = pystate.interpreter().w_modules.getitem(w_full)
        finally:
            decref(w_full)
        if w_found is not None:
            decref(w_pkgname)
            w_found.ob_refcnt += 1
            return w_found
    try:
        raise _cannot_import(w_module, w_name, w_pkgname)
    finally:
        if w_pkgname is not None:
            decref(w_pkgname)


def _cannot_import(w_module, w_name, w_pkgname):
    """The ImportError of import_from's error: label."""
    from glass.objects.module import W_Module
    from glass.objects.none import w_None
    from glass.objects.str import W_Str, new_str
    shown = abstract.repr_text(w_pkgname) if w_pkgname is not None \
        else "'<unknown module name>'"
    w_path = None
    if isinstance(w_module, W_Module):                 # PyModule_GetFilenameObject
        w_path = w_module.w_dict.getitem_str("__file__")
        if not isinstance(w_path, W_Str):
            w_path = None
    if w_path is None:
        message = "cannot import name %s from %s (unknown location)" % (
            abstract.repr_text(w_name), shown)
    else:
        initializing = _spec_is_initializing(w_module)
        message = ("cannot import name %s from partially initialized module %s "
                   "(most likely due to a circular import) (%s)" if initializing else
                   "cannot import name %s from %s (%s)") % (
            abstract.repr_text(w_name), shown, w_path.value)
    w_message = new_str(message)
    try:
        w_exc = abstract.call(EXCEPTION_TYPES["ImportError"],
                              [w_message, w_pkgname or w_None, w_path or w_None],
                              ("name", "path"))
    finally:
        decref(w_message)
    return OperationError(w_exc)


def _spec_is_initializing(w_module):
    """Counterpart: _PyModuleSpec_IsInitializing: __spec__._initializing."""
    try:
        w_spec = abstract.lookup_attr_str(w_module, "__spec__")
        if w_spec is None:
            return False
        try:
            w_flag = abstract.lookup_attr_str(w_spec, "_initializing")
        finally:
            decref(w_spec)
        if w_flag is None:
            return False
        try:
            return abstract.is_true(w_flag)
        finally:
            decref(w_flag)
    except OperationError as error:
        decref(error.w_value)
        return False


def import_all_from(w_locals, w_module):
    """Counterpart: import_all_from: `from module import *` (IMPORT_STAR).

    The names are __all__ if the module has one, else the keys of its
    __dict__ that do not start with an underscore.
    """
    from glass.objects.dict import W_Dict
    from glass.objects.int import new_int
    from glass.objects.str import W_Str
    w_all = abstract.lookup_attr_str(w_module, "__all__")
    skip_private = w_all is None
    if skip_private:
        w_dict = abstract.lookup_attr_str(w_module, "__dict__")
        if w_dict is None:
            raise operation_error("ImportError",
                                  "from-import-* object has no __dict__ and no __all__")
        try:
            w_all = _mapping_keys(w_dict)
        finally:
            decref(w_dict)
    try:
        index = 0
        while True:
            w_index = new_int(index)
            try:
                w_name = abstract.getitem(w_all, w_index)
            except OperationError as error:
                if not error.match(EXCEPTION_TYPES["IndexError"]):
                    raise
                decref(error.w_value)
                return
            finally:
                decref(w_index)
            index += 1
            try:
                if not isinstance(w_name, W_Str):
                    raise _bad_name_error(w_module, w_name, skip_private)
                if skip_private and w_name.value.startswith("_"):
                    continue
                w_value = abstract.getattr(w_module, w_name)
                try:
                    if w_locals.ob_type is W_Dict.w_type:
                        w_locals.setitem(w_name, w_value)
                    else:
                        abstract.setitem(w_locals, w_name, w_value)
                finally:
                    decref(w_value)
            finally:
                decref(w_name)
    finally:
        decref(w_all)


def _mapping_keys(w_mapping):
    """PyMapping_Keys: a list of the keys."""
    from glass.objects.dict import W_Dict
    from glass.objects.list import W_List
    if w_mapping.ob_type is W_Dict.w_type:
        return W_List(list(abstract.iterate(w_mapping)))
    w_keys_method = abstract.getattr_str(w_mapping, "keys")
    try:
        w_keys = abstract.call(w_keys_method, [])
    finally:
        decref(w_keys_method)
    try:
        return W_List(list(abstract.iterate(w_keys)))
    finally:
        decref(w_keys)


def _bad_name_error(w_module, w_name, skip_private):
    from glass.objects.exceptions import type_error
    from glass.objects.str import W_Str
    w_mod_name = abstract.getattr_str(w_module, "__name__")
    try:
        if not isinstance(w_mod_name, W_Str):
            return type_error("module __name__ must be a string, not %s"
                              % w_mod_name.ob_type.name)
        return type_error("%s in %s.%s must be str, not %s" % (
            "Key" if skip_private else "Item", w_mod_name.value,
            "__dict__" if skip_private else "__all__", w_name.ob_type.name))
    finally:
        decref(w_mod_name)
