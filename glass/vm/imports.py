"""The import statement.

Counterpart: Python/import.c (PyImport_ImportModuleLevelObject,
import_from) and IMPORT_NAME's call of builtins.__import__.

The search itself is importlib._bootstrap's, running on Glass as CPython
runs its frozen copy (pylifecycle.init_importlib installs it); this file is
the C part around it: sys.modules first, relative names, `import a.b`
binding `a`, and the fromlist.
"""
from __future__ import annotations

from glass.objects import abstract
from glass.objects.exceptions import (EXCEPTION_TYPES, OperationError, operation_error,
                                      type_error)
from glass.objects.object import decref
from glass.objects.type import EQ
from glass.vm import audit


def import_name(frame, w_name, w_fromlist, w_level):
    """IMPORT_NAME: call builtins.__import__(name, globals, locals, fromlist, level)."""
    from glass.objects.none import w_None
    w_import = frame.w_builtins.getitem_str("__import__")
    if w_import is None:
        raise operation_error("ImportError", "__import__ not found")
    w_locals = frame.w_locals if frame.w_locals is not None else w_None
    return abstract.call(w_import, [w_name, frame.w_globals, w_locals, w_fromlist, w_level])


def builtin_import(w_name, w_globals, w_fromlist, w_level):
    """builtins.__import__.  Counterpart: PyImport_ImportModuleLevelObject."""
    from glass.vm import pystate
    interp = pystate.interpreter()
    if getattr(interp, "w_importlib", None) is None:
        return _import_native_only(w_name, w_level)
    from glass.objects.str import W_Str
    if not isinstance(w_name, W_Str):
        raise type_error("module name must be a string")
    level = abstract.int_value(w_level) if w_level is not None else 0
    if level < 0:
        raise operation_error("ValueError", "level must be >= 0")
    name = w_name.value
    if level > 0:
        abs_name = _resolve_name(name, w_globals, level)
    else:
        if not name:
            raise operation_error("ValueError", "Empty module name")
        abs_name = name
    try:
        w_module = import_module(abs_name)
    except OperationError as error:
        remove_importlib_frames(error.w_value)
        raise
    try:
        if w_fromlist is None or not abstract.is_true(w_fromlist):
            return _top_of_dotted_name(w_module, name, abs_name, level)
        w_path = _lookup_path(w_module)
        if w_path is None:
            w_module.ob_refcnt += 1
            return w_module
        decref(w_path)
        return abstract.call_method(interp.w_importlib, "_handle_fromlist",
                                    [w_module, w_fromlist, _import_func(interp)])
    finally:
        decref(w_module)


def _lookup_path(w_module):
    """The module's __path__ (a new reference), or None: a package or not."""
    from glass.objects.module import W_Module, lookup_module_attr
    if not isinstance(w_module, W_Module):
        return abstract.lookup_attr_str(w_module, "__path__")
    from glass.objects.str import intern
    w_name = intern("__path__")
    try:
        return lookup_module_attr(w_module, w_name)
    finally:
        decref(w_name)


IMPORTLIB_FILENAMES = ("<frozen importlib._bootstrap>",
                       "<frozen importlib._bootstrap_external>")


def remove_importlib_frames(w_exc):
    """Counterpart: remove_importlib_frames: a traceback through the import
    system loses importlib's own frames: all of them for an ImportError,
    else each run of them that ends in _call_with_frames_removed."""
    from glass.vm.traceback import W_Traceback
    always = w_exc.ob_type.is_subtype(EXCEPTION_TYPES["ImportError"])
    nodes = []
    w_tb = w_exc.w_traceback
    while isinstance(w_tb, W_Traceback):
        nodes.append(w_tb)
        w_tb = w_tb.w_next
    kept = []
    chunk_start = 0
    in_importlib = False
    for w_node in nodes:
        code = w_node.w_frame.frame.w_code.code
        now_in_importlib = code.co_filename in IMPORTLIB_FILENAMES
        if now_in_importlib and not in_importlib:
            chunk_start = len(kept)
        in_importlib = now_in_importlib
        if in_importlib and (always or code.co_name == "_call_with_frames_removed"):
            del kept[chunk_start:]          # the run so far goes, with this frame
        else:
            kept.append(w_node)
    if len(kept) == len(nodes):
        return
    for w_node in kept:                     # held while the links change
        w_node.ob_refcnt += 1
    old_links = [w_exc.w_traceback] + [w_node.w_next for w_node in kept]
    new_links = kept + [None]
    w_exc.w_traceback = new_links[0]
    for w_node, w_next in zip(kept, new_links[1:]):
        w_node.w_next = w_next
    for w_link in new_links:
        if w_link is not None:
            w_link.ob_refcnt += 1
    for w_link in old_links:
        if w_link is not None:
            decref(w_link)
    for w_node in kept:
        decref(w_node)


def import_module(abs_name):
    """The module abs_name, from sys.modules or found and loaded by
    importlib._bootstrap._find_and_load (a new reference)."""
    from glass.objects.none import w_None
    from glass.objects.str import new_str
    from glass.vm import pystate
    interp = pystate.interpreter()
    w_abs = new_str(abs_name)
    try:
        w_module = _get_module(interp, w_abs)
        if w_module is not None and w_module is not w_None:
            _ensure_initialized(interp, w_module, w_abs)
            return w_module
        if w_module is not None:
            decref(w_module)
        _audit_import(interp, w_abs)
        if _import_time_wanted(interp):
            return _find_and_load_timed(interp, w_abs, abs_name)
        return abstract.call_method(interp.w_importlib, "_find_and_load",
                                    [w_abs, _import_func(interp)])
    finally:
        decref(w_abs)


def _audit_import(interp, w_abs):
    """import_find_and_load's audit: "import" with the module's name, no
    file name yet, and sys.path, sys.meta_path and sys.path_hooks."""
    if not audit.should_audit():
        return
    from glass.objects.none import w_None
    w_sysdict = interp.w_sys.w_dict
    found_w = [w_sysdict.getitem_str(name) for name in ("path", "meta_path", "path_hooks")]
    audit.audit("import", w_abs, None, *[w if w is not None else w_None for w in found_w])


def _import_time_wanted(interp):
    config = interp.config
    return config is not None and "importtime" in config.xoptions


_IMPORT_TIME = {"level": 0, "accumulated": 0.0, "header": True}


def _find_and_load_timed(interp, w_abs, abs_name):
    """import_find_and_load under -X importtime: each import's own time and
    its time with the imports it made, nested by depth, on the host's stderr
    (as CPython writes them with fprintf, outside sys.stderr)."""
    import math
    import sys
    import time
    state = _IMPORT_TIME
    if state["header"]:
        sys.stderr.write("import time: self [us] | cumulative | imported package\n")
        state["header"] = False
    accumulated_before = state["accumulated"]
    state["level"] += 1
    state["accumulated"] = 0.0
    started = time.perf_counter()
    try:
        return abstract.call_method(interp.w_importlib, "_find_and_load",
                                    [w_abs, _import_func(interp)])
    finally:
        cumulative = time.perf_counter() - started
        state["level"] -= 1
        sys.stderr.write("import time: %9d | %10d | %s%s\n" % (
            math.ceil((cumulative - state["accumulated"]) * 1e6),
            math.ceil(cumulative * 1e6), "  " * state["level"], abs_name))
        sys.stderr.flush()
        state["accumulated"] = accumulated_before + cumulative


def _get_module(interp, w_name):
    """import_get_module: sys.modules[name], or None (a new reference)."""
    from glass.objects.dict import W_Dict
    w_modules = interp.w_modules
    if type(w_modules) is W_Dict:
        w_module = w_modules.getitem(w_name)
        if w_module is not None:
            w_module.ob_refcnt += 1
        return w_module
    try:
        return abstract.getitem(w_modules, w_name)
    except OperationError as error:
        if not error.match(EXCEPTION_TYPES["KeyError"]):
            raise
        decref(error.w_value)
        return None


def _ensure_initialized(interp, w_module, w_name):
    """import_ensure_initialized: a module still being imported by another
    thread is waited for, through _bootstrap._lock_unlock_module."""
    if _spec_is_initializing(w_module):
        decref(abstract.call_method(interp.w_importlib, "_lock_unlock_module", [w_name]))


def _import_func(interp):
    """interp->import_func: the builtins.__import__ of start-up."""
    return interp.w_import_func


def _top_of_dotted_name(w_module, name, abs_name, level):
    """`import a.b.c` binds a: the top package, or for a relative import the
    module as far as the name's first dot."""
    from glass.vm import pystate
    dot = name.find(".")
    if (level == 0 or name) and dot != -1:
        if level == 0:
            return import_module(name[:dot])
        cut_off = len(name) - dot
        to_return = abs_name[:len(abs_name) - cut_off]
        from glass.objects.str import new_str
        w_key = new_str(to_return)
        try:
            w_found = _get_module(pystate.interpreter(), w_key)
            if w_found is None:
                raise operation_error("KeyError", "%r not in sys.modules as expected"
                                      % to_return)
            return w_found
        finally:
            decref(w_key)
    w_module.ob_refcnt += 1
    return w_module


def _resolve_name(name, w_globals, level):
    """Counterpart: resolve_name: the absolute name of a relative import,
    from the importing module's __package__, __spec__ or __name__."""
    from glass.objects.dict import W_Dict
    from glass.objects.none import w_None
    from glass.objects.str import W_Str
    if w_globals is None or w_globals is w_None:
        raise operation_error("KeyError", "'__name__' not in globals")
    if not isinstance(w_globals, W_Dict):
        raise type_error("globals must be a dict")
    w_package = w_globals.getitem_str("__package__")
    w_spec = w_globals.getitem_str("__spec__")
    if w_package is not None and w_package is not w_None:
        if not isinstance(w_package, W_Str):
            raise type_error("package must be a string")
        if w_spec is not None and w_spec is not w_None:
            w_parent = abstract.getattr_str(w_spec, "parent")
            try:
                equal = abstract.rich_compare_bool(w_package, w_parent, EQ)
            finally:
                decref(w_parent)
            if not equal:
                _warn("ImportWarning", "__package__ != __spec__.parent")
        package = w_package.value
    elif w_spec is not None and w_spec is not w_None:
        w_parent = abstract.getattr_str(w_spec, "parent")
        try:
            if not isinstance(w_parent, W_Str):
                raise type_error("__spec__.parent must be a string")
            package = w_parent.value
        finally:
            decref(w_parent)
    else:
        _warn("ImportWarning", "can't resolve package from __spec__ or __package__, "
                               "falling back on __name__ and __path__")
        w_modname = w_globals.getitem_str("__name__")
        if w_modname is None:
            raise operation_error("KeyError", "'__name__' not in globals")
        if not isinstance(w_modname, W_Str):
            raise type_error("__name__ must be a string")
        package = w_modname.value
        if w_globals.getitem_str("__path__") is None:
            package = package.rpartition(".")[0]
    if not package:
        raise operation_error("ImportError",
                              "attempted relative import with no known parent package")
    last_dot = len(package)
    for _ in range(1, level):
        last_dot = package.rfind(".", 0, last_dot)
        if last_dot == -1:
            raise operation_error("ImportError",
                                  "attempted relative import beyond top-level package")
    base = package[:last_dot]
    return "%s.%s" % (base, name) if name else base


def _warn(category, message):
    from glass.modules._warnings import warn
    warn(category, message, 1)


def _import_native_only(w_name, w_level):
    """Before importlib runs (and in Glass's in-process tests): sys,
    builtins and the native modules only."""
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


def exec_code_as_module(name, code, attrs=()):
    """Counterpart: PyImport_ExecCodeModuleObject as PyImport_ImportFrozenModule
    uses it: a module `name` in sys.modules, its code run in its dict; a new
    reference to the module.  On failure the module leaves sys.modules."""
    from glass.modules.builtins import run_code_object
    from glass.objects.codeobject import W_Code
    from glass.objects.module import W_Module
    from glass.vm import pystate
    interp = pystate.interpreter()
    w_module = W_Module(name)
    interp.w_modules.setitem_str(name, w_module)
    w_dict = w_module.w_dict
    if w_dict.getitem_str("__builtins__") is None:
        w_dict.setitem_str("__builtins__", interp.w_builtins_module)
    for attr, w_value in attrs:
        w_dict.setitem_str(attr, w_value)
    w_code = W_Code(code)
    try:
        w_dict.ob_refcnt += 1
        decref(run_code_object(w_code, w_dict, w_dict))
    except OperationError:
        interp.w_modules.delitem_str(name)
        decref(w_module)
        raise
    finally:
        decref(w_code)
    return w_module


def import_from(w_module, w_name):
    """Counterpart: import_from (IMPORT_FROM): the attribute; else, for a
    circular import of a submodule, sys.modules["pkg.name"]; else ImportError
    "cannot import name" with its name and path set."""
    from glass.objects.str import W_Str, new_str
    from glass.vm import pystate
    w_value = abstract.lookup_attr(w_module, w_name) if type(w_name) is W_Str else None
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
    """The module's __spec__ (an attribute, as import_from reads it) is
    initializing; an error reading it counts as no."""
    try:
        w_spec = abstract.lookup_attr_str(w_module, "__spec__")
    except OperationError as error:
        decref(error.w_value)
        return False
    if w_spec is None:
        return False
    try:
        return spec_is_initializing(w_spec)
    finally:
        decref(w_spec)


def spec_is_initializing(w_spec):
    """Counterpart: _PyModuleSpec_IsInitializing: spec._initializing is
    true (w_spec borrowed; an error counts as no)."""
    try:
        w_flag = abstract.lookup_attr_str(w_spec, "_initializing")
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
