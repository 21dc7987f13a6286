"""The _warnings module: warning filters, registries and warn(), natively.

Counterpart: Python/_warnings.c.

CPython implements the warnings machinery twice: here, and in
Lib/warnings.py, which takes `filters`, `_defaultaction`, `_onceregistry`,
`warn`, `warn_explicit` and `_filters_mutated` from this module when it can
and falls back to its own Python code otherwise.  Glass offers them all, so
Lib/warnings.py's `filters` is this module's list, and a warning is filtered
and recorded here.  Only showing one goes back to Python: a warning that
passes the filters becomes a `warnings.WarningMessage` handed to
`warnings._showwarnmsg` (which catch_warnings and user code may replace);
without the warnings module, it is written to sys.stderr directly.

The state (the filters list, the "once" registry, the default action and
the filters' version) belongs to the interpreter, as interp->warnings does
in CPython; the module's attributes are the same objects.  Lib/warnings.py
may rebind its own `filters`, `defaultaction` and `onceregistry` (as
catch_warnings does); each warning reads them back from the warnings module
when it is imported (get_warnings_attr).

Glass's own code issues a warning with `warn(category, message, stacklevel,
w_source)` (PyErr_WarnEx, PyErr_ResourceWarning).
"""
from __future__ import annotations

from glass.modules import builtin_module, function
from glass.objects import abstract
from glass.objects.exceptions import (EXCEPTION_TYPES, OperationError, operation_error,
                                      set_object, type_error, value_error)
from glass.objects.object import decref
from glass.objects.signature import fastcall, no_text_signature


# --- The interpreter's state ------------------------------------------------------------

class WarningsState:
    """Counterpart: struct _warnings_runtime_state (interp->warnings).  Each
    object field holds a reference of its own."""
    __slots__ = ("interp", "w_filters", "w_once_registry", "w_default_action",
                 "filters_version")

    def __init__(self, interp):
        from glass.objects.dict import new_dict
        from glass.objects.str import new_str
        self.interp = interp
        self.w_filters = init_filters()
        self.w_once_registry = new_dict()
        self.w_default_action = new_str("default")
        self.filters_version = 0


_STATE = [None]         # the interpreter's WarningsState, made on first use


def warnings_state():
    """Counterpart: warnings_get_state."""
    from glass.vm import pystate
    interp = pystate.interpreter()
    state = _STATE[0]
    if state is None or state.interp is not interp:
        state = _STATE[0] = WarningsState(interp)
    return state


def init_filters():
    """Counterpart: init_filters (a release build): the categories ignored by
    default, except DeprecationWarning in __main__, which is shown.  -W,
    PYTHONWARNINGS and -X dev reach the list through sys.warnoptions, which
    Lib/warnings.py applies when it is imported."""
    from glass.objects.int import new_int
    from glass.objects.list import W_List
    from glass.objects.none import w_None
    from glass.objects.str import intern
    from glass.objects.tuple import new_tuple
    w_zero = new_int(0)
    filters_w = []
    for action, category, module in (("default", "DeprecationWarning", "__main__"),
                                     ("ignore", "DeprecationWarning", None),
                                     ("ignore", "PendingDeprecationWarning", None),
                                     ("ignore", "ImportWarning", None),
                                     ("ignore", "ResourceWarning", None)):
        w_action = intern(action)
        w_module = intern(module) if module is not None else w_None
        filters_w.append(new_tuple([w_action, w_None, EXCEPTION_TYPES[category],
                                    w_module, w_zero]))
        decref(w_action)
        if module is not None:
            decref(w_module)
    decref(w_zero)
    return W_List(filters_w)


# --- What the warnings module says (get_warnings_attr) ------------------------------------

def get_warnings_attr(name, try_import):
    """Counterpart: get_warnings_attr: warnings.<name> (a new reference), or
    None when the module or the attribute is missing.  With try_import the
    module is imported if need be (an ImportError then means None)."""
    from glass.objects.none import w_None
    from glass.vm import pystate
    interp = pystate.interpreter()
    if interp.w_modules is None:
        return None
    w_module = interp.w_modules.getitem_str("warnings")
    if w_module is None:
        if not try_import or interp.w_importlib is None:
            return None
        from glass.vm.imports import import_module
        try:
            w_module = import_module("warnings")
        except OperationError as error:
            if not error.match(EXCEPTION_TYPES["ImportError"]):
                raise
            decref(error.w_value)
            return None
    else:
        w_module.ob_refcnt += 1
    try:
        if w_module is w_None:          # finalization took the module apart
            return None
        return abstract.lookup_attr_str(w_module, name)
    finally:
        decref(w_module)


def get_once_registry(state):
    """Counterpart: get_once_registry: warnings.onceregistry, else the
    state's own (borrowed)."""
    from glass.objects.dict import W_Dict
    w_registry = get_warnings_attr("onceregistry", False)
    if w_registry is None:
        return state.w_once_registry
    if not isinstance(w_registry, W_Dict):
        kind = w_registry.ob_type.name
        decref(w_registry)
        raise type_error("_warnings.onceregistry must be a dict, not '%s'" % kind)
    w_old, state.w_once_registry = state.w_once_registry, w_registry
    decref(w_old)
    return w_registry


def get_default_action(state):
    """Counterpart: get_default_action: warnings.defaultaction, else the
    state's own (borrowed)."""
    from glass.objects.str import W_Str
    w_action = get_warnings_attr("defaultaction", False)
    if w_action is None:
        return state.w_default_action
    if not isinstance(w_action, W_Str):
        kind = w_action.ob_type.name
        decref(w_action)
        raise type_error("_warnings.defaultaction must be a string, not '%s'" % kind)
    w_old, state.w_default_action = state.w_default_action, w_action
    decref(w_old)
    return w_action


# --- Choosing the action ----------------------------------------------------------------

def check_matched(w_pattern, w_arg):
    """Counterpart: check_matched: None matches everything, an exact str must
    be equal, anything else is a compiled regex whose match() decides."""
    from glass.objects.none import w_None
    from glass.objects.str import W_Str
    if w_pattern is w_None:
        return True
    if w_pattern.ob_type is W_Str.w_type:
        if not isinstance(w_arg, W_Str):
            # PyUnicode_Compare
            raise type_error("Can't compare %s and %s"
                             % (w_pattern.ob_type.name, w_arg.ob_type.name))
        return w_pattern.value == w_arg.value
    w_result = abstract.call_method(w_pattern, "match", [w_arg])
    try:
        return abstract.is_true(w_result)
    finally:
        decref(w_result)


def _as_ssize(w_value, what="ssize_t"):
    """PyLong_AsSsize_t (and PyLong_AsLong): an exact-int check, no __index__."""
    from glass.objects.int import W_Int
    if not isinstance(w_value, W_Int):
        raise type_error("an integer is required")
    value = w_value.value
    if not -(1 << 63) <= value < (1 << 63):
        raise operation_error("OverflowError",
                              "Python int too large to convert to C %s" % what)
    return value


def get_filter(w_category, w_text, lineno, w_module):
    """Counterpart: get_filter: (action, item) for the first filter that
    matches, else (the default action, None).  The item is a new reference
    and keeps the action alive; a default action is borrowed from the state."""
    from glass.modules.builtins import object_issubclass
    from glass.objects.list import W_List
    from glass.objects.none import w_None
    from glass.objects.str import W_Str
    from glass.objects.tuple import W_Tuple
    state = warnings_state()
    w_filters = get_warnings_attr("filters", False)
    if w_filters is not None:
        w_old, state.w_filters = state.w_filters, w_filters
        decref(w_old)
    w_filters = state.w_filters
    if not isinstance(w_filters, W_List):
        raise value_error("_warnings.filters must be a list")
    # The list may change (or be replaced) while a filter's match() runs.
    w_filters.ob_refcnt += 1
    try:
        i = 0
        while i < len(w_filters.items):
            w_item = w_filters.items[i]
            if not isinstance(w_item, W_Tuple) or len(w_item.items) != 5:
                raise value_error("_warnings.filters item %d isn't a 5-tuple" % i)
            w_item.ob_refcnt += 1
            try:
                w_action, w_msg, w_cat, w_mod, w_ln = w_item.items
                if not isinstance(w_action, W_Str):
                    raise type_error("action must be a string, not '%s'"
                                     % w_action.ob_type.name)
                good_msg = check_matched(w_msg, w_text)
                good_mod = check_matched(w_mod, w_module)
                is_subclass = object_issubclass(w_category, w_cat)
                ln = _as_ssize(w_ln)
            except OperationError:
                decref(w_item)
                raise
            if good_msg and is_subclass and good_mod and (ln == 0 or lineno == ln):
                return w_action, w_item
            decref(w_item)
            i += 1
    finally:
        decref(w_filters)
    w_None.ob_refcnt += 1
    return get_default_action(state), w_None


# --- Registries ---------------------------------------------------------------------------

def already_warned(w_registry, w_key, should_set):
    """Counterpart: already_warned: was w_key recorded since the filters last
    changed?  A registry of an older filters version is emptied first."""
    from glass.objects.bool import w_True
    from glass.objects.int import W_Int, new_int
    state = warnings_state()
    w_version = w_registry.getitem_str("version")
    if (w_version is None or w_version.ob_type is not W_Int.w_type
            or _as_ssize(w_version, "long") != state.filters_version):
        w_registry.clear()
        w_version = new_int(state.filters_version)
        try:
            w_registry.setitem_str("version", w_version)
        finally:
            decref(w_version)
    else:
        w_already = w_registry.getitem(w_key)
        if w_already is not None:
            w_already.ob_refcnt += 1
            try:
                if abstract.is_true(w_already):
                    return True
            finally:
                decref(w_already)
    if should_set:
        w_registry.setitem(w_key, w_True)
    return False


def update_registry(w_registry, w_text, w_category):
    """Counterpart: update_registry (add_zero is never set): record
    (text, category) and say whether it was there already."""
    from glass.objects.tuple import new_tuple
    w_altkey = new_tuple([w_text, w_category])
    try:
        return already_warned(w_registry, w_altkey, True)
    finally:
        decref(w_altkey)


def normalize_module(w_filename):
    """Counterpart: normalize_module: the file name without ".py" (a new
    reference); "<unknown>" for an empty name."""
    from glass.objects.str import new_str
    name = w_filename.value
    if not name:
        return new_str("<unknown>")
    if name.endswith(".py"):
        return new_str(name[:-3])
    w_filename.ob_refcnt += 1
    return w_filename


# --- Showing a warning ------------------------------------------------------------------

def _write_object(w_file, w_obj):
    """PyFile_WriteObject(obj, file, Py_PRINT_RAW): file.write(str(obj))."""
    from glass.modules.sys import write_text
    write_text(w_file, abstract.str_text(w_obj))


def show_warning(w_filename, lineno, w_text, w_category, w_sourceline):
    """Counterpart: show_warning: "file:line: Category: text" and the source
    line, written to sys.stderr without the warnings module.  Errors are
    dropped, as the C function clears them."""
    from glass.modules.sys import write_text
    try:
        w_name = abstract.getattr_str(w_category, "__name__")
        try:
            w_stderr = _sys_attr("stderr")
            if w_stderr is None:
                import sys
                sys.stderr.write("lost sys.stderr\n")
                return
            _write_object(w_stderr, w_filename)
            write_text(w_stderr, ":%d: " % lineno)
            _write_object(w_stderr, w_name)
            write_text(w_stderr, ": ")
            _write_object(w_stderr, w_text)
            write_text(w_stderr, "\n")
        finally:
            decref(w_name)
        if w_sourceline is None:
            _display_source_line(w_stderr, w_filename, lineno, 2)
        # else: CPython 3.11 means to write the line the loader gave, but its
        # check `PyUnicode_READY(sourceline) < 1` fails for every ready str,
        # so nothing is written.
    except OperationError as error:
        decref(error.w_value)


def _display_source_line(w_file, w_filename, lineno, indent):
    """Counterpart: _Py_DisplaySourceLine: the line of the file (searched
    on sys.path if need be), without its indentation, after `indent` spaces."""
    from glass.modules.sys import write_text
    from glass.objects.str import W_Str
    from glass.vm.traceback import source_line
    from glass.objects.none import w_None
    from glass.vm import pystate
    if not isinstance(w_filename, W_Str):
        return
    # CPython reads the file through the io module, which cannot be
    # imported once finalization has emptied sys.modules.
    w_modules = pystate.interpreter().w_modules
    if w_modules is None:
        return
    w_io = w_modules.getitem_str("io")
    if w_io is w_None or (w_io is None and w_modules.getitem_str("sys") is None):
        return
    line = source_line(w_filename.value, lineno)
    if line is None:
        return
    write_text(w_file, " " * indent)
    write_text(w_file, line.lstrip(" \t\f"))
    write_text(w_file, "\n")


def _sys_attr(name):
    """PySys_GetObject: borrowed, or None."""
    from glass.vm import pystate
    w_sys = pystate.interpreter().w_sys
    if w_sys is None:
        return None
    return w_sys.w_dict.getitem_str(name)


def call_show_warning(w_category, w_text, w_message, w_filename, lineno, w_lineno,
                      w_sourceline, w_source):
    """Counterpart: call_show_warning: warnings._showwarnmsg(WarningMessage(...)),
    or show_warning when the warnings module (or its _showwarnmsg) is missing.
    A source object asks for the module to be imported: its Python code can
    show where the source was allocated (tracemalloc)."""
    from glass.objects.none import w_None
    w_show = get_warnings_attr("_showwarnmsg", w_source is not None)
    if w_show is None:
        show_warning(w_filename, lineno, w_text, w_category, w_sourceline)
        return
    try:
        if w_show.ob_type.tp_call is None:
            raise type_error("warnings._showwarnmsg() must be set to a callable")
        w_message_class = get_warnings_attr("WarningMessage", False)
        if w_message_class is None:
            raise operation_error("RuntimeError", "unable to get warnings.WarningMessage")
        try:
            args_w = [w_message, w_category, w_filename, w_lineno, w_None, w_None]
            if w_source is not None:
                args_w.append(w_source)
            w_msg = abstract.call(w_message_class, args_w)
        finally:
            decref(w_message_class)
        try:
            decref(abstract.call(w_show, [w_msg]))
        finally:
            decref(w_msg)
    finally:
        decref(w_show)


# --- warn_explicit and warn -------------------------------------------------------------

def warn_explicit(w_category, w_message, w_filename, lineno, w_module, w_registry,
                  w_sourceline, w_source):
    """Counterpart: warn_explicit: filter the warning, record it in the
    registry, then raise it (an "error" filter), drop it or show it.  Host
    None stands for C's NULL (module: from the file name; no registry, no
    source line, no source); a guest None module means "ignore": a warning
    issued late in finalization, when the filters may be gone."""
    from glass.modules.builtins import object_isinstance
    from glass.objects.bool import w_True
    from glass.objects.dict import W_Dict
    from glass.objects.int import new_int
    from glass.objects.none import w_None
    from glass.objects.tuple import new_tuple
    if w_module is w_None:
        return
    if w_registry is w_None:
        w_registry = None
    if w_registry is not None and not isinstance(w_registry, W_Dict):
        raise type_error("'registry' must be a dict or None")
    if w_source is w_None:
        w_source = None
    if w_module is None:
        w_module = normalize_module(w_filename)
    else:
        w_module.ob_refcnt += 1
    w_message.ob_refcnt += 1
    w_text = w_lineno = w_key = w_item = None
    try:
        if object_isinstance(w_message, EXCEPTION_TYPES["Warning"]):
            w_text = abstract.str(w_message)
            w_category = w_message.ob_type
        else:
            w_text = w_message
            w_message = abstract.call(w_category, [w_text])
        w_lineno = new_int(lineno)
        w_key = new_tuple([w_text, w_category, w_lineno])
        if w_registry is not None and already_warned(w_registry, w_key, False):
            return
        w_action, w_item = get_filter(w_category, w_text, lineno, w_module)
        action = w_action.value
        if action == "error":
            raise set_object(w_category, w_message)
        if action == "ignore":
            return
        already = False
        if action != "always":
            if w_registry is not None:
                w_registry.setitem(w_key, w_True)
            if action == "once":
                if w_registry is None:
                    w_registry = get_once_registry(warnings_state())
                already = update_registry(w_registry, w_text, w_category)
            elif action == "module":
                if w_registry is not None:
                    already = update_registry(w_registry, w_text, w_category)
            elif action != "default":
                raise operation_error(
                    "RuntimeError", "Unrecognized action (%s) in warnings.filters:\n %s"
                    % (abstract.repr_text(w_action), abstract.repr_text(w_item)))
        if already:
            return
        call_show_warning(w_category, w_text, w_message, w_filename, lineno, w_lineno,
                          w_sourceline, w_source)
    finally:
        for w_obj in (w_item, w_key, w_text, w_lineno, w_module, w_message):
            if w_obj is not None:
                decref(w_obj)


def is_internal_frame(frame):
    """Counterpart: is_internal_frame: a frame of importlib's bootstrap code,
    which a stacklevel skips over."""
    if frame is None:
        return False
    filename = frame.w_code.code.co_filename
    return isinstance(filename, str) and "importlib" in filename and "_bootstrap" in filename


def next_external_frame(frame):
    """Counterpart: next_external_frame."""
    frame = frame.previous
    while frame is not None and is_internal_frame(frame):
        frame = frame.previous
    return frame


def _frame_line_number(frame):
    """PyFrame_GetLineNumber: the line a trace function is told, else the
    running instruction's."""
    w_frame_obj = frame.w_frame_obj
    if w_frame_obj is not None and w_frame_obj.trace_lineno:
        return w_frame_obj.trace_lineno
    line = frame.line_number()
    return line if line is not None else -1


def setup_context(stacklevel):
    """Counterpart: setup_context: the file, line, module name and registry
    (new references) of the frame `stacklevel` calls up, importlib's frames
    not counted; past the outermost frame, the sys module's "sys" line 1."""
    from glass.objects.dict import new_dict
    from glass.objects.none import w_None
    from glass.objects.str import W_Str, new_str
    from glass.vm import pystate
    tstate = pystate.current()
    frame = tstate.frame
    if stacklevel <= 0 or is_internal_frame(frame):
        while stacklevel > 1 and frame is not None:
            frame = frame.previous
            stacklevel -= 1
    else:
        while stacklevel > 1 and frame is not None:
            frame = next_external_frame(frame)
            stacklevel -= 1
    if frame is None:
        w_globals = pystate.interpreter().w_sys.w_dict
        w_filename = new_str("sys")
        lineno = 1
    else:
        w_globals = frame.w_globals
        w_filename = frame.w_code.w_filename
        w_filename.ob_refcnt += 1
        lineno = _frame_line_number(frame)
    try:
        w_registry = w_globals.getitem_str("__warningregistry__")
        if w_registry is None:
            w_registry = new_dict()
            try:
                w_globals.setitem_str("__warningregistry__", w_registry)
            except OperationError:
                decref(w_registry)
                raise
        else:
            w_registry.ob_refcnt += 1
    except OperationError:
        decref(w_filename)
        raise
    w_module = w_globals.getitem_str("__name__")
    if w_module is w_None or isinstance(w_module, W_Str):
        w_module.ob_refcnt += 1
    else:
        w_module = new_str("<string>")
    return w_filename, lineno, w_module, w_registry


def get_category(w_message, w_category):
    """Counterpart: get_category: the message's own class for a Warning
    instance, else the category given (UserWarning by default), which must
    be a Warning subclass.  Borrowed."""
    from glass.modules.builtins import object_isinstance, object_issubclass
    from glass.objects.none import w_None
    w_warning = EXCEPTION_TYPES["Warning"]
    if object_isinstance(w_message, w_warning):
        w_category = w_message.ob_type
    elif w_category is None or w_category is w_None:
        w_category = EXCEPTION_TYPES["UserWarning"]
    try:
        is_warning = object_issubclass(w_category, w_warning)
    except OperationError as error:
        decref(error.w_value)           # PyErr_Format replaces the error
        is_warning = False
    if not is_warning:
        raise type_error("category must be a Warning subclass, not '%s'"
                         % w_category.ob_type.name)
    return w_category


def do_warn(w_message, w_category, stacklevel, w_source):
    """Counterpart: do_warn."""
    w_filename, lineno, w_module, w_registry = setup_context(stacklevel)
    try:
        warn_explicit(w_category, w_message, w_filename, lineno, w_module, w_registry,
                      None, w_source)
    finally:
        decref(w_filename)
        decref(w_registry)
        decref(w_module)


def get_source_line(w_module_globals, lineno):
    """Counterpart: get_source_line: line `lineno` of the source that the
    module's __loader__.get_source() gives (a new reference), or None."""
    from glass.objects.none import w_None
    from glass.objects.str import W_Str, new_str
    w_loader = w_module_globals.getitem_str("__loader__")
    if w_loader is None:
        return None
    w_loader.ob_refcnt += 1
    w_name = w_module_globals.getitem_str("__name__")
    if w_name is None:
        decref(w_loader)
        return None
    w_name.ob_refcnt += 1
    try:
        w_get_source = abstract.lookup_attr_str(w_loader, "get_source")
    finally:
        decref(w_loader)
    if w_get_source is None:
        decref(w_name)
        return None
    try:
        w_source = abstract.call(w_get_source, [w_name])
    finally:
        decref(w_get_source)
        decref(w_name)
    try:
        if w_source is w_None:
            return None
        if not isinstance(w_source, W_Str):
            raise type_error("must be str, not %s" % w_source.ob_type.name)
        lines = w_source.value.splitlines()
    finally:
        decref(w_source)
    if not 0 <= lineno - 1 < len(lines):
        raise operation_error("IndexError", "list index out of range")
    return new_str(lines[lineno - 1])


def _c_int(w_value):
    """PyArg_Parse's "i": a C int through __index__."""
    w_int = abstract.index(w_value)
    value = w_int.value
    decref(w_int)
    if not -(1 << 63) <= value < (1 << 63):
        raise operation_error("OverflowError", "Python int too large to convert to C long")
    if value > 0x7FFFFFFF:
        raise operation_error("OverflowError", "signed integer is greater than maximum")
    if value < -0x80000000:
        raise operation_error("OverflowError", "signed integer is less than minimum")
    return value


def _ssize_arg(w_value):
    """Argument Clinic's Py_ssize_t converter: __index__, then PyLong_AsSsize_t."""
    w_int = abstract.index(w_value)
    try:
        return _as_ssize(w_int)
    finally:
        decref(w_int)


# --- For Glass's own code -----------------------------------------------------------------

def warn(category, message, stacklevel=1, w_source=None):
    """PyErr_WarnEx (and PyErr_ResourceWarning with a source object): a
    warning of the named builtin category, issued from the frame
    `stacklevel` calls up; raises OperationError when a filter makes it an
    error (or showing it fails)."""
    from glass.objects.str import new_str
    from glass.vm import pystate
    if pystate.interpreter().w_sys is None:
        return          # before sys exists nothing can show a warning
    w_message = new_str(message)
    try:
        do_warn(w_message, EXCEPTION_TYPES[category], stacklevel, w_source)
    finally:
        decref(w_message)


def _warnings_module():
    """The guest's `warnings` module (a new reference), imported on first
    use; None while the import system cannot import it yet (early start-up)."""
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
    """warnings.<funcname>(*args_w): a new reference (None before the
    warnings module can be imported)."""
    w_warnings = _warnings_module()
    if w_warnings is None:
        from glass.objects.none import new_none
        return new_none()
    try:
        return abstract.call_method(w_warnings, funcname, args_w, kwnames)
    finally:
        decref(w_warnings)


# --- The module ---------------------------------------------------------------------------

@builtin_module("_warnings")
class WarningsModule:
    """_warnings provides basic warning filtering support.
It is a helper module to speed up interpreter start-up."""

    @staticmethod
    def init_module(w_module):
        """The state's objects, shared with Lib/warnings.py."""
        state = warnings_state()
        w_dict = w_module.w_dict
        w_dict.setitem_str("filters", state.w_filters)
        w_dict.setitem_str("_onceregistry", state.w_once_registry)
        w_dict.setitem_str("_defaultaction", state.w_default_action)

    @function("($module, /, message, category=None, stacklevel=1, source=None)")
    def warn(w_message, w_category, w_stacklevel, w_source):
        """Issue a warning, or maybe ignore it or raise an exception."""
        from glass.objects.none import new_none
        stacklevel = _ssize_arg(w_stacklevel) if w_stacklevel is not None else 1
        w_category = get_category(w_message, w_category)
        do_warn(w_message, w_category, stacklevel, w_source)
        return new_none()

    @no_text_signature
    @function("($module, message, category, filename, lineno, module=None, registry=None,"
              " module_globals=None, source=None)")
    def warn_explicit(w_message, w_category, w_filename, w_lineno, w_module,
                      w_registry, w_module_globals, w_source):
        """Low-level interface to warnings functionality."""
        from glass.objects.dict import W_Dict
        from glass.objects.none import new_none, w_None
        from glass.objects.str import W_Str
        if not isinstance(w_filename, W_Str):
            raise type_error("warn_explicit() argument 3 must be str, not %s"
                             % w_filename.ob_type.name)
        lineno = _c_int(w_lineno)
        w_sourceline = None
        if w_module_globals is not None and w_module_globals is not w_None:
            if not isinstance(w_module_globals, W_Dict):
                raise type_error("module_globals must be a dict, not '%s'"
                                 % w_module_globals.ob_type.name)
            w_sourceline = get_source_line(w_module_globals, lineno)
        try:
            warn_explicit(w_category, w_message, w_filename, lineno, w_module,
                          w_registry, w_sourceline, w_source)
        finally:
            if w_sourceline is not None:
                decref(w_sourceline)
        return new_none()

    @fastcall
    @function("($module, /)")
    def _filters_mutated():
        from glass.objects.none import new_none
        warnings_state().filters_version += 1
        return new_none()

