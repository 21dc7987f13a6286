"""The sys module.

Counterpart: Python/sysmodule.c (and the struct sequences it builds:
sys.flags, version_info, hash_info, float_info, int_info, thread_info).

Until Glass's _io exists, sys.stdin, sys.stdout and sys.stderr are
HostTextStream objects reading and writing the host's standard streams.
sys.settrace and sys.setprofile hand their function to glass/vm/tracing.py.
"""
from __future__ import annotations

import sys as host_sys

from glass.objects.buildvalue import build_value
from glass import GUEST_VERSION, __version__
from glass.modules import builtin_module, function
from glass.modules.builtins import install_signatures, no_text_signature
from glass.objects import abstract
from glass.objects.exceptions import (OperationError, argument_type_name, operation_error,
                                      type_error, value_error)
from glass.objects.object import W_Object, decref, xdecref
from glass.objects.signature import fastcall
from glass.objects.type import builtin_type, getter, method
from glass.vm.audit import add_audit_hook, audit, sys_audit

RELEASE_LEVEL = "final"
SERIAL = 0
HEXVERSION = (GUEST_VERSION[0] << 24) | (GUEST_VERSION[1] << 16) | \
    (GUEST_VERSION[2] << 8) | (0xF << 4) | SERIAL
API_VERSION = 1013                   # PYTHON_API_VERSION
MAXSIZE = (1 << 63) - 1
COPYRIGHT = """\
Copyright (c) 2001-2023 Python Software Foundation.
All Rights Reserved.

Copyright (c) 2000 BeOpen.com.
All Rights Reserved.

Copyright (c) 1995-2001 Corporation for National Research Initiatives.
All Rights Reserved.

Copyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.
All Rights Reserved."""
# Glass's own -X options, which the guest's sys._xoptions does not show.
GLASS_XOPTIONS = ("compiler",)


# --- The standard streams (until _io) ---------------------------------------------------

@builtin_type("glass_host_text_stream")
class W_HostTextStream(W_Object):
    """A text stream reading or writing one of the host's standard streams."""
    __slots__ = ("stream", "name")

    def __init__(self, stream, name):
        W_Object.__init__(self, W_HostTextStream.w_type)
        self.stream = stream
        self.name = name

    @method("($self, s, /)")
    def write(self, w_text):
        """Write string s to the stream."""
        from glass.objects.int import new_int
        from glass.objects.str import W_Str
        if not isinstance(w_text, W_Str):
            raise type_error("write() argument must be str, not %s" % argument_type_name(w_text))
        _host_io(self.stream.write, w_text.value)
        return new_int(len(w_text.value))

    @method("($self, /)")
    def flush(self):
        """Flush the stream."""
        _host_io(self.stream.flush)

    @method("($self, size=-1, /)")
    def readline(self, w_size):
        """Read until newline or EOF."""
        from glass.objects.str import new_str
        size = abstract.index_as_ssize(w_size) if w_size is not None else -1
        return new_str(_host_io(self.stream.readline, size))

    @method("($self, size=-1, /)")
    def read(self, w_size):
        """Read at most size characters from stream."""
        from glass.objects.str import new_str
        size = abstract.index_as_ssize(w_size) if w_size is not None else -1
        return new_str(_host_io(self.stream.read, size))

    @method("($self, /)")
    def isatty(self):
        """Return whether this is an 'interactive' stream."""
        from glass.objects.bool import new_bool
        try:
            return new_bool(self.stream.isatty())
        except (OSError, ValueError, AttributeError):
            return new_bool(False)

    @method("($self, /)")
    def fileno(self):
        """Return the underlying file descriptor."""
        from glass.objects.int import new_int
        return new_int(self.stream.fileno())

    @getter("name")
    def get_name(self):
        from glass.objects.str import new_str
        return new_str(self.name)

    @getter("encoding")
    def get_encoding(self):
        from glass.objects.str import new_str
        return new_str(getattr(self.stream, "encoding", None) or "utf-8")

    @getter("errors")
    def get_errors(self):
        from glass.objects.str import new_str
        return new_str(getattr(self.stream, "errors", None) or "strict")

    @getter("closed")
    def get_closed(self):
        from glass.objects.bool import new_bool
        return new_bool(False)


def _host_io(operation, *args):
    """Call a host stream method; its OSError becomes the guest's (a closed
    pipe is a guest BrokenPipeError, as in CPython)."""
    try:
        return operation(*args)
    except OSError as error:
        from glass.objects.exceptions import os_error
        if error.errno is None:
            from glass.objects.exceptions import operation_error
            raise operation_error("OSError", str(error))
        raise os_error(error.errno)
    except ValueError as error:               # I/O operation on closed file
        raise value_error(str(error))


def write_text(w_file, text):
    """file.write(text), the fast way when the file is a host stream."""
    from glass.objects.str import new_str
    if type(w_file) is W_HostTextStream:
        _host_io(w_file.stream.write, text)
        return
    w_write = abstract.getattr_str(w_file, "write")
    w_text = new_str(text)
    try:
        decref(abstract.call(w_write, [w_text]))
    finally:
        decref(w_text)
        decref(w_write)


def flush(w_file):
    if type(w_file) is W_HostTextStream:
        _host_io(w_file.stream.flush)
        return
    w_flush = abstract.getattr_str(w_file, "flush")
    try:
        decref(abstract.call(w_flush, []))
    finally:
        decref(w_flush)


def sys_attr(name):
    """PySys_GetObject: a borrowed reference to sys.<name>, or None."""
    from glass.vm import pystate
    w_sys = pystate.interpreter().w_sys
    if w_sys is None:
        return None
    return w_sys.w_dict.getitem_str(name)


# --- The struct sequences -----------------------------------------------------------------

_TYPES = {}


def _structseq_type(name):
    """The struct sequence types of sys, made on first use (they need the
    tuple type to be ready)."""
    from glass.objects.structseq import make_structseq_type
    w_type = _TYPES.get(name)
    if w_type is None:
        fields, doc, creatable = STRUCTSEQ_DEFS[name]
        w_type = _TYPES[name] = make_structseq_type(
            name, [(f, None) for f in fields], doc, creatable=creatable)
    return w_type


STRUCTSEQ_DEFS = {
    "sys.version_info": (
        ("major", "minor", "micro", "releaselevel", "serial"),
        "sys.version_info\n\nVersion information as a named tuple.", False),
    "sys.flags": (
        ("debug", "inspect", "interactive", "optimize", "dont_write_bytecode",
         "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning",
         "quiet", "hash_randomization", "isolated", "dev_mode", "utf8_mode",
         "warn_default_encoding", "safe_path", "int_max_str_digits"),
        "sys.flags\n\nFlags provided through command line arguments or environment "
        "vars.", False),
    "sys.hash_info": (
        ("width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits",
         "seed_bits", "cutoff"),
        "hash_info\n\nA named tuple providing parameters used for computing\n"
        "hashes. The attributes are read only.", False),
    "sys.float_info": (
        ("max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig",
         "mant_dig", "epsilon", "radix", "rounds"),
        "sys.float_info\n\nA named tuple holding information about the float type. "
        "It contains low level\ninformation about the precision and internal "
        "representation. Please study\nyour system's :file:`float.h` for more "
        "information.", False),
    "sys.int_info": (
        ("bits_per_digit", "sizeof_digit", "default_max_str_digits",
         "str_digits_check_threshold"),
        "sys.int_info\n\nA named tuple that holds information about Python's\n"
        "internal representation of integers.  The attributes are read only.", False),
    "sys.thread_info": (
        ("name", "lock", "version"),
        "sys.thread_info\n\nA named tuple holding information about the thread "
        "implementation.", False),
    "asyncgen_hooks": (
        ("firstiter", "finalizer"), None, False),
    "UnraisableHookArgs": (
        ("exc_type", "exc_value", "exc_traceback", "err_msg", "object"),
        "UnraisableHookArgs\n\nType used to pass arguments to sys.unraisablehook.",
        True),
}


def _new_structseq(name, values):
    from glass.objects.structseq import new_structseq
    return new_structseq(_structseq_type(name), [build_value(v) for v in values])


def make_version_info(version=GUEST_VERSION, level=RELEASE_LEVEL, serial=SERIAL):
    return _new_structseq("sys.version_info", list(version) + [level, serial])


def make_unraisable_hook_args(w_type, w_value, w_tb, w_msg, w_obj):
    """The sys.UnraisableHookArgs passed to sys.unraisablehook (borrowed items)."""
    from glass.objects.structseq import new_structseq
    values_w = [w_type, w_value, w_tb, w_msg, w_obj]
    for w_item in values_w:
        w_item.ob_refcnt += 1
    return new_structseq(_structseq_type("UnraisableHookArgs"), values_w)


def _flags_values(config):
    """sys.flags from the configuration (config_init / set_flags_from_config)."""
    import os

    def option(name, default=0):
        return getattr(config, name, default) if config is not None else default
    environ = {} if option("ignore_environment", False) else os.environ
    xoptions = option("xoptions", {}) or {}
    hash_seed = environ.get("PYTHONHASHSEED")
    from glass.vm.preconfig import utf8_mode as _utf8_mode
    from glass.vm.preconfig import warn_default_encoding as _warn_default_encoding
    utf8_mode = _utf8_mode(config)
    max_digits = xoptions.get("int_max_str_digits",
                              environ.get("PYTHONINTMAXSTRDIGITS"))
    try:
        max_digits = int(max_digits) if max_digits not in (None, True) else -1
    except ValueError:
        max_digits = -1
    inspect = int(bool(option("inspect", False)))
    return [
        int(option("debug", 0)), inspect, inspect, int(option("optimize", 0)),
        int(bool(option("dont_write_bytecode", False))),
        int(bool(option("no_user_site", False))), int(bool(option("no_site", False))),
        int(bool(option("ignore_environment", False))), int(option("verbose", 0)),
        int(option("bytes_warning", 0)), int(bool(option("quiet", False))),
        0 if hash_seed == "0" else 1, int(bool(option("isolated", False))),
        "dev" in xoptions or bool(environ.get("PYTHONDEVMODE")), utf8_mode,
        int(_warn_default_encoding(config)),
        bool(option("safe_path", False)), max_digits,
    ]


def _float_info():
    info = host_sys.float_info
    return [info.max, info.max_exp, info.max_10_exp, info.min, info.min_exp,
            info.min_10_exp, info.dig, info.mant_dig, info.epsilon, info.radix,
            info.rounds]


def _thread_info():
    info = getattr(host_sys, "thread_info", None)
    if info is None:
        return ["pthread", "semaphore", None]
    return [info.name, info.lock, info.version]


def _version_text():
    """sys.version: CPython's shape ("3.11.7 (main, date, time) [compiler]"),
    which platform._sys_version parses, with Glass in the compiler part."""
    import platform
    build = platform.python_build()
    # Py_GetBuildInfo is "tag, date, time"; python_build() joins date and time.
    date = ", ".join(build[1].rsplit(" ", 1)) if len(build) > 1 else ""
    return "%d.%d.%d (main, %s) [Glass %s on %s %s]" % (
        GUEST_VERSION + (date, __version__, platform.python_implementation(),
                         platform.python_version()))


def guest_stdlib_dir():
    """The guest's Lib/: a CPython 3.11 stdlib (glass/tools/stdlib.py finds it)."""
    if not _STDLIB_DIR:
        import os
        from glass.tools.stdlib import find_stdlib
        found = find_stdlib()
        _STDLIB_DIR.append(os.path.abspath(found) if found else
                           os.path.join(host_sys.prefix, "lib", "python%d.%d"
                                        % GUEST_VERSION[:2]))
    return _STDLIB_DIR[0]


_STDLIB_DIR = []

# The tag of Glass's .pyc files in __pycache__ (sys.implementation.cache_tag):
# Glass never reads a .pyc that another Python wrote there.
CACHE_TAG = "glass-%d%d" % GUEST_VERSION[:2]


# --- getsizeof: CPython's sizes for the basic builtin types ----------------------------------

GC_HEAD_SIZE = 16                    # sizeof(PyGC_Head) on a 64-bit build


def _pre_header_size(w_obj):
    """What sys.getsizeof adds to __sizeof__: the GC header of a GC object and
    the two pointers in front of an object with a managed __dict__
    (_PyType_PreHeaderSize); nothing for a static type object."""
    from glass.objects.gctrack import is_gc
    from glass.objects.layout import MANAGED_DICT
    from glass.objects.type import HEAPTYPE, W_Type
    if isinstance(w_obj, W_Type) and not w_obj.flags & HEAPTYPE:
        return 0
    size = GC_HEAD_SIZE if is_gc(w_obj) else 0
    if w_obj.ob_type.flags & MANAGED_DICT:
        size += 16
    return size


def _sizeof(w_obj):
    """The sizes CPython 3.11 reports on a 64-bit build for the exact builtin
    types whose layout is simple; None when __sizeof__ must answer."""
    from glass.objects.bool import W_Bool
    from glass.objects.bytes import W_Bytes
    from glass.objects.float import W_Float
    from glass.objects.int import W_Int
    from glass.objects.none import W_Ellipsis, W_None, W_NotImplemented
    from glass.objects.str import W_Str
    from glass.objects.tuple import W_Tuple
    kind = type(w_obj)
    w_type = w_obj.ob_type
    if kind is W_Int and w_type is W_Int.w_type or kind is W_Bool:
        digits = (abs(w_obj.value).bit_length() + 29) // 30
        return 24 + 4 * max(digits, 1)            # long__sizeof__: at least one digit
    if kind is W_Float and w_type is W_Float.w_type:
        return 24
    if kind is W_Str and w_type is W_Str.w_type:
        text = w_obj.value
        top = max(map(ord, text)) if text else 0
        if top < 128:
            return 49 + len(text)
        if top < 256:
            return 73 + len(text)
        if top < 65536:
            return 74 + 2 * len(text)
        return 76 + 4 * len(text)
    if kind is W_Bytes and w_type is W_Bytes.w_type:
        return 33 + len(w_obj.value)
    if kind is W_Tuple and w_type is W_Tuple.w_type:
        return 24 + 8 * len(w_obj.items) + GC_HEAD_SIZE
    if kind in (W_None, W_NotImplemented, W_Ellipsis):
        return 16
    return None


def _get_size_of(w_obj):
    """Counterpart: _PySys_GetSizeOf: __sizeof__ (looked up on the type) as
    a Py_ssize_t, plus what lies in front of the object."""
    from glass.objects.int import W_Int
    size = _sizeof(w_obj)
    if size is not None:
        return size
    w_method = w_obj.ob_type.lookup("__sizeof__")
    if w_method is None:
        raise type_error("Type %s doesn't define __sizeof__" % w_obj.ob_type.name)
    w_res = abstract.call_bound_descriptor(w_method, w_obj, [])
    try:
        if not isinstance(w_res, W_Int):                # PyLong_AsSsize_t
            raise type_error("an integer is required")
        size = w_res.value
    finally:
        decref(w_res)
    if size > MAXSIZE or size < -MAXSIZE - 1:
        raise operation_error("OverflowError",
                              "Python int too large to convert to C ssize_t")
    if size < 0:
        raise value_error("__sizeof__() should return >= 0")
    return size + _pre_header_size(w_obj)


# --- The module ---------------------------------------------------------------------------

@builtin_module("sys")
class SysModule:
    """This module provides access to some objects used or maintained by the
interpreter and to functions that interact strongly with the interpreter.

Dynamic objects:

argv -- command line arguments; argv[0] is the script pathname if known
path -- module search path; path[0] is the script directory, else ''
modules -- dictionary of loaded modules

displayhook -- called to show results in an interactive session
excepthook -- called to handle any uncaught exception other than SystemExit
  To customize printing in an interactive session or to install a custom
  top-level exception handler, assign other functions to replace these.

stdin -- standard input file object; used by input()
stdout -- standard output file object; used by print()
stderr -- standard error object; used for error messages
  By assigning other file objects (or objects that behave like files)
  to these, it is possible to redirect all of the interpreter's I/O.

last_type -- type of last uncaught exception
last_value -- value of last uncaught exception
last_traceback -- traceback of last uncaught exception
  These three are only available in an interactive session after a
  traceback has been printed.

Static objects:

builtin_module_names -- tuple of module names built into this interpreter
copyright -- copyright notice pertaining to this interpreter
exec_prefix -- prefix used to find the machine-specific Python library
executable -- absolute path of the executable binary of the Python interpreter
float_info -- a named tuple with information about the float implementation.
float_repr_style -- string indicating the style of repr() output for floats
hash_info -- a named tuple with information about the hash algorithm.
hexversion -- version information encoded as a single integer
implementation -- Python implementation information.
int_info -- a named tuple with information about the int implementation.
maxsize -- the largest supported length of containers.
maxunicode -- the value of the largest Unicode code point
platform -- platform identifier
prefix -- prefix used to find the Python library
thread_info -- a named tuple with information about the thread implementation.
version -- the version of this interpreter as a string
version_info -- version information as a named tuple
__stdin__ -- the original stdin; don't touch!
__stdout__ -- the original stdout; don't touch!
__stderr__ -- the original stderr; don't touch!
__displayhook__ -- the original displayhook; don't touch!
__excepthook__ -- the original excepthook; don't touch!

Functions:

displayhook() -- print an object to the screen, and save it in builtins._
excepthook() -- print an exception and its traceback to sys.stderr
exception() -- return the current thread's active exception
exc_info() -- return information about the current thread's active exception
exit() -- exit the interpreter by raising SystemExit
getdlopenflags() -- returns flags to be used for dlopen() calls
getprofile() -- get the global profiling function
getrefcount() -- return the reference count for an object (plus one :-)
getrecursionlimit() -- return the max recursion depth for the interpreter
getsizeof() -- return the size of an object in bytes
gettrace() -- get the global debug tracing function
setdlopenflags() -- set the flags to be used for dlopen() calls
setprofile() -- set the global profiling function
setrecursionlimit() -- set the max recursion depth for the interpreter
settrace() -- set the global debug tracing function
"""

    @function("($module, status=None, /)")
    def exit(w_status):
        """Exit the interpreter by raising SystemExit(status).

If the status is omitted or None, it defaults to zero (i.e., success).
If the status is an integer, it will be used as the system exit status.
If it is another kind of object, it will be printed and the system
exit status will be one (i.e., failure)."""
        from glass.objects.exceptions import system_exit
        raise system_exit(w_status)

    @function("($module, exctype, value, traceback, /)")
    def excepthook(w_type, w_value, w_tb):
        """Handle an exception by displaying it with a traceback on sys.stderr."""
        from glass.vm.traceback import display
        display(w_value, w_tb)

    @function("($module, object, /)")
    def displayhook(w_obj):
        """Print an object to sys.stdout and also save it in builtins._"""
        from glass.objects.none import w_None
        from glass.vm import pystate
        if w_obj is w_None:
            return None
        w_builtins = pystate.interpreter().w_builtins
        w_builtins.setitem_str("_", w_None)
        w_out = sys_attr("stdout")
        if w_out is None or w_out is w_None:
            from glass.objects.exceptions import runtime_error
            raise runtime_error("lost sys.stdout")
        write_text(w_out, abstract.repr_text(w_obj))
        write_text(w_out, "\n")
        w_builtins.setitem_str("_", w_obj)

    @function("($module, unraisable, /)")
    def unraisablehook(w_args):
        """Handle an unraisable exception.

The unraisable argument has the following attributes:

* exc_type: Exception type.
* exc_value: Exception value, can be None.
* exc_traceback: Exception traceback, can be None.
* err_msg: Error message, can be None.
* object: Object causing the exception, can be None."""
        from glass.objects.none import w_None
        from glass.objects.str import W_Str
        from glass.objects.structseq import W_StructSeq
        from glass.vm.traceback import write_unraisable_default
        if not (isinstance(w_args, W_StructSeq) and
                w_args.ob_type is _structseq_type("UnraisableHookArgs")):
            raise type_error("sys.unraisablehook argument type must be "
                             "UnraisableHookArgs")
        w_type, w_value, w_tb, w_msg, w_obj = w_args.items
        if w_type is not w_None and not _is_exception_class(w_type):
            raise type_error("unraisable argument must be a exception type")   # sic
        message = w_msg.value if isinstance(w_msg, W_Str) else None
        write_unraisable_default(w_type, w_value, w_tb, message, w_obj)

    @function("($module, /)")
    def getrecursionlimit():
        """Return the current value of the recursion limit.

The recursion limit is the maximum depth of the Python interpreter
stack.  This limit prevents infinite recursion from causing an overflow
of the C stack and crashing Python."""
        from glass.objects.int import new_int
        from glass.vm import pystate
        return new_int(pystate.interpreter().recursion_limit)

    @function("($module, limit, /)")
    def setrecursionlimit(w_limit):
        """Set the maximum depth of the Python interpreter stack to n.

This limit prevents infinite recursion from causing an overflow of the C
stack and crashing Python.  The highest possible limit is platform-
dependent."""
        from glass.objects.float import W_Float
        from glass.vm import pystate
        if isinstance(w_limit, W_Float):
            raise type_error("'float' object cannot be interpreted as an integer")
        w_int = abstract.index(w_limit)
        limit = w_int.value
        decref(w_int)
        if limit > (1 << 31) - 1:
            from glass.objects.exceptions import overflow_error
            raise overflow_error("Python int too large to convert to C int")
        if limit < 1:
            raise value_error("recursion limit must be greater or equal than 1")
        tstate = pystate.current()
        if limit <= tstate.recursion_depth:
            from glass.objects.exceptions import operation_error
            raise operation_error(
                "RecursionError",
                "cannot set the recursion limit to %d at the recursion depth %d: "
                "the limit is too low" % (limit, tstate.recursion_depth))
        pystate.interpreter().recursion_limit = limit

    @function("($module, object, /)")
    def getrefcount(w_obj):
        """Return the reference count of object.

The count returned is generally one higher than you might expect,
because it includes the (temporary) reference as an argument to
getrefcount()."""
        from glass.objects.int import new_int
        return new_int(w_obj.ob_refcnt)

    @no_text_signature
    @function("($module, object, default=<unrepresentable>)")
    def getsizeof(w_obj, w_default):
        """getsizeof(object [, default]) -> int

Return the size of object in bytes."""
        from glass.objects.int import new_int
        try:
            size = _get_size_of(w_obj)
        except OperationError as error:
            if w_default is None or not error.match(_exc("TypeError")):
                raise
            decref(error.w_value)
            w_default.ob_refcnt += 1
            return w_default
        return new_int(size)

    @function("($module, /)")
    def exc_info():
        """Return current exception information: (type, value, traceback).

Return information about the most recent exception caught by an except
clause in the current stack frame or in an older stack frame."""
        from glass.objects.none import w_None
        from glass.objects.tuple import new_tuple
        from glass.vm import pystate
        w_exc = pystate.topmost_exception(pystate.current())
        if w_exc is None or w_exc is w_None:
            return new_tuple([w_None, w_None, w_None])
        w_tb = w_exc.w_traceback if w_exc.w_traceback is not None else w_None
        return new_tuple([w_exc.ob_type, w_exc, w_tb])

    @function("($module, /)")
    def exception():
        """Return the current exception.

Return the most recent exception caught by an except clause
in the current stack frame or in an older stack frame, or None
if no such exception exists."""
        from glass.objects.none import w_None
        from glass.vm import pystate
        w_exc = pystate.topmost_exception(pystate.current())
        if w_exc is None or w_exc is w_None:
            return None
        w_exc.ob_refcnt += 1
        return w_exc

    @function("($module, depth=0, /)")
    def _getframe(w_depth):
        """Return a frame object from the call stack.

If optional integer depth is given, return the frame object that many
calls below the top of the stack.  If that is deeper than the call
stack, ValueError is raised.  The default for depth is zero, returning
the frame at the top of the call stack.

This function should be used for internal and specialized purposes
only."""
        from glass.objects.frame import frame_object
        from glass.vm import pystate
        depth = abstract.index_as_ssize(w_depth) if w_depth is not None else 0
        frame = pystate.current().frame
        while depth > 0 and frame is not None:
            frame = frame.previous
            depth -= 1
        if frame is None:
            raise value_error("call stack is not deep enough")
        w_frame = frame_object(frame)
        try:
            audit("sys._getframe", w_frame)
        except OperationError:
            decref(w_frame)
            raise
        return w_frame

    @function("($module, string, /)")
    def intern(w_string):
        """``Intern'' the given string.

This enters the string in the (global) table of interned strings whose
purpose is to speed up dictionary lookups. Return the string itself or
the previously interned string object with the same value."""
        from glass.objects.str import W_Str
        if not isinstance(w_string, W_Str):
            raise type_error("intern() argument must be str, not %s"
                             % argument_type_name(w_string))
        if w_string.ob_type is not W_Str.w_type:
            raise type_error("can't intern %s" % w_string.ob_type.name)
        return intern_in_place(w_string)

    @function("($module, /)")
    def getdefaultencoding():
        """Return the current default encoding used by the Unicode implementation."""
        from glass.objects.str import new_str
        return new_str("utf-8")

    @function("($module, /)")
    def getfilesystemencoding():
        """Return the encoding used to convert Unicode filenames to OS filenames."""
        from glass.objects.str import new_str
        return new_str(host_sys.getfilesystemencoding())

    @function("($module, /)")
    def getfilesystemencodeerrors():
        """Return the error mode used Unicode to OS filename conversion."""
        from glass.objects.str import new_str
        return new_str(host_sys.getfilesystemencodeerrors())

    @function("($module, /)")
    def getswitchinterval():
        """Return the current thread switch interval; see sys.setswitchinterval()."""
        from glass.objects.float import new_float
        from glass.vm import pystate
        return new_float(_state(pystate.interpreter()).get("switchinterval", 0.005))

    @function("($module, interval, /)")
    def setswitchinterval(w_interval):
        """Set the ideal thread switching delay inside the Python interpreter.

The actual frequency of switching threads can be lower if the
interpreter executes long sequences of uninterruptible code
(this is implementation-specific and workload-dependent).

The parameter must represent the desired switching delay in seconds
A typical value is 0.005 (5 milliseconds)."""
        from glass.vm import pystate
        value = _as_double(w_interval)
        if value <= 0.0:
            raise value_error("switch interval must be strictly positive")
        _state(pystate.interpreter())["switchinterval"] = value
        from glass.vm.gil import GIL
        GIL.interval = value

    @no_text_signature
    @function("($module, function, /)")
    def settrace(w_func):
        """Set the global debug tracing function.

It will be called on each function call.  See the debugger chapter
in the library manual."""
        _set_hook("trace", w_func)

    @function("($module, /)")
    def gettrace():
        """Return the global debug tracing function set with sys.settrace.

See the debugger chapter in the library manual."""
        return _get_hook("trace")

    @no_text_signature
    @function("($module, function, /)")
    def setprofile(w_func):
        """Set the profiling function.

It will be called on each function call and return.  See the profiler
chapter in the library manual."""
        _set_hook("profile", w_func)

    @function("($module, /)")
    def getprofile():
        """Return the profiling function set with sys.setprofile.

See the profiler chapter in the library manual."""
        return _get_hook("profile")

    @function("($module, /)")
    def is_finalizing():
        """Return True if Python is exiting."""
        from glass.objects.bool import new_bool
        return new_bool(False)

    @fastcall
    @function("($module, *args)")
    def audit(args_w):
        """audit(event, *args)

Passes the event to any audit hooks that are attached."""
        sys_audit(args_w)

    @function("($module, /, hook)")
    def addaudithook(w_hook):
        """Adds a new audit hook callback."""
        add_audit_hook(w_hook)

    @function("($module, /)")
    def get_int_max_str_digits():
        """Return the maximum string digits limit for non-binary int<->str conversions."""
        from glass.objects.int import max_str_digits, new_int
        return new_int(max_str_digits())

    @function("($module, /, maxdigits)")
    def set_int_max_str_digits(w_maxdigits):
        """Set the maximum string digits limit for non-binary int<->str conversions."""
        from glass.objects.int import set_max_str_digits
        set_max_str_digits(abstract.index_as_ssize(w_maxdigits))

    @function("($module, func, args, /)")
    def call_tracing(w_func, w_args):
        """Call func(*args), while tracing is enabled.

The tracing state is saved, and restored afterwards.  This is intended
to be called from a debugger from a checkpoint, to recursively debug
some other code."""
        from glass.objects.tuple import W_Tuple
        if not isinstance(w_args, W_Tuple):
            raise type_error("call_tracing() argument 2 must be tuple, not %s"
                             % argument_type_name(w_args))
        return abstract.call(w_func, list(w_args.items))


    @function("($module, /)")
    def get_asyncgen_hooks():
        """Return the installed asynchronous generators hooks.

This returns a namedtuple of the form (firstiter, finalizer)."""
        from glass.objects.none import w_None
        from glass.objects.structseq import new_structseq
        from glass.vm import pystate
        tstate = pystate.current()
        values_w = [tstate.w_async_gen_firstiter or w_None,
                    tstate.w_async_gen_finalizer or w_None]
        for w_value in values_w:
            w_value.ob_refcnt += 1
        return new_structseq(_structseq_type("asyncgen_hooks"), values_w)

    @no_text_signature
    @function("($module, *args, **kwargs)")
    def set_asyncgen_hooks(args_w, kwargs):
        """set_asyncgen_hooks(* [, firstiter] [, finalizer])

Set a finalizer for async generators objects."""
        names = ("firstiter", "finalizer")
        if len(args_w) > 2:
            raise type_error("function takes at most 2 arguments (%d given)"
                             % (len(args_w) + len(kwargs)))
        given = dict(zip(names, args_w))
        for name, w_value in kwargs.items():
            if name not in names:
                raise type_error("'%s' is an invalid keyword argument for this function"
                                 % name)
            given[name] = w_value
        # sys_set_asyncgen_hooks checks and installs the finalizer before
        # the firstiter: a bad firstiter leaves a good finalizer installed.
        for name in ("finalizer", "firstiter"):
            if name in given:
                _set_asyncgen_hook(name, given[name])

    @function("($module, /)")
    def get_coroutine_origin_tracking_depth():
        """Check status of origin tracking for coroutine objects in this thread."""
        from glass.objects.int import new_int
        from glass.vm import pystate
        return new_int(_state(pystate.interpreter()).get("origin_depth", 0))

    @function("($module, /, depth)")
    def set_coroutine_origin_tracking_depth(w_depth):
        """Enable or disable origin tracking for coroutine objects in this thread.

Coroutine objects will track 'depth' frames of traceback information
about where they came from, available in their cr_origin attribute.

Set a depth of 0 to disable."""
        from glass.vm import pystate
        depth = abstract.index_as_ssize(w_depth)
        if depth < 0:
            raise value_error("depth must be >= 0")
        _state(pystate.interpreter())["origin_depth"] = depth

    @function("($module, /)")
    def getallocatedblocks():
        """Return the number of memory blocks currently allocated."""
        # Divergence: Glass objects live in the host's heap, not in pymalloc.
        from glass.objects.int import new_int
        return new_int(0)

    @function("($module, /)")
    def getdlopenflags():
        """Return the current value of the flags that are used for dlopen calls.

The flag constants are defined in the os module."""
        from glass.objects.int import new_int
        from glass.vm import pystate
        default = host_sys.getdlopenflags() if hasattr(host_sys, "getdlopenflags") else 2
        return new_int(_state(pystate.interpreter()).get("dlopenflags", default))

    @function("($module, flags, /)")
    def setdlopenflags(w_flags):
        """Set the flags used by the interpreter for dlopen calls.

This is used, for example, when the interpreter loads extension
modules. Among other things, this will enable a lazy resolving of
symbols when importing a module, if called as sys.setdlopenflags(0).
To share symbols across extension modules, call as
sys.setdlopenflags(os.RTLD_GLOBAL).  Symbolic names for the flag
modules can be found in the os module (RTLD_xxx constants, e.g.
os.RTLD_LAZY)."""
        from glass.vm import pystate
        _state(pystate.interpreter())["dlopenflags"] = abstract.index_as_ssize(w_flags)

    @function("($module, /)")
    def _debugmallocstats():
        """Print summary info to stderr about the state of pymalloc's structures.

In Py_DEBUG mode, also perform some expensive internal consistency
checks."""
        # Divergence: Glass has no pymalloc arenas to report on.

    @function("($module, /)")
    def _getquickenedcount():
        from glass.objects.int import new_int
        return new_int(0)

    @function("($module, /)")
    def _clear_type_cache():
        """Clear the internal type lookup cache."""

    @function("($module, /)")
    def _current_frames():
        """Return a dict mapping each thread's thread id to its current stack frame.

This function should be used for specialized purposes only."""
        from glass.objects.dict import W_Dict
        from glass.objects.frame import frame_object
        from glass.objects.int import new_int
        audit("sys._current_frames")
        w_dict = W_Dict()
        for tstate in _thread_states():
            thread_id = _thread_id(tstate)
            if tstate.frame is None or thread_id is None:
                continue
            w_key = new_int(thread_id)
            w_frame = frame_object(tstate.frame)
            w_dict.setitem(w_key, w_frame)
            decref(w_key)
            decref(w_frame)
        return w_dict

    @function("($module, /)")
    def _current_exceptions():
        """Return a dict mapping each thread's identifier to its current raised exception.

This function should be used for specialized purposes only."""
        from glass.objects.dict import W_Dict
        from glass.objects.int import new_int
        from glass.objects.none import w_None
        from glass.objects.tuple import new_tuple
        from glass.vm import pystate
        audit("sys._current_exceptions")
        w_dict = W_Dict()
        for tstate in _thread_states():
            thread_id = _thread_id(tstate)
            if thread_id is None:
                continue
            w_exc = pystate.topmost_exception(tstate)
            if w_exc is None or w_exc is w_None:
                w_info = new_tuple([w_None, w_None, w_None])
            else:
                w_tb = w_exc.w_traceback if w_exc.w_traceback is not None else w_None
                w_info = new_tuple([w_exc.ob_type, w_exc, w_tb])
            w_key = new_int(thread_id)
            w_dict.setitem(w_key, w_info)
            decref(w_key)
            decref(w_info)
        return w_dict

    @no_text_signature
    @function("($module, *args, **kws)")
    def breakpointhook(args_w, kwargs):
        """breakpointhook(*args, **kws)

This hook function is called by built-in breakpoint()."""
        return _breakpointhook(args_w, kwargs)


def intern_in_place(w_string):
    """Counterpart: PyUnicode_InternInPlace: the string already interned
    with the same text, or else this very string, which becomes the
    interned one (a new reference either way).  Glass's interned strings
    live as long as the process (glass/objects/str.py: intern), so the one
    that joins them gets the same lasting count."""
    from glass.objects import str as strobject
    w_interned = strobject._INTERNED.get(w_string.value)
    if w_interned is None:
        w_interned = strobject._INTERNED[w_string.value] = w_string
        w_string.ob_refcnt += _IMMORTAL_COUNT
    w_interned.ob_refcnt += 1
    return w_interned


_IMMORTAL_COUNT = 1 << 30


def _thread_states():
    """Every living guest thread's state, the newest first (CPython walks
    the interpreter's list from its head, where new threads go)."""
    from glass.vm import pystate
    return list(pystate.interpreter().threads.values())[::-1]


def _thread_id(tstate):
    """The thread's identifier, as _thread.get_ident() gives it in that
    thread.  A thread started by _thread knows its own; the main guest
    thread runs on the host thread that pylifecycle started for it."""
    import threading
    from glass.vm import pystate
    if tstate.thread_id:
        return tstate.thread_id
    if tstate is pystate.current():
        tstate.thread_id = threading.get_ident()
        return tstate.thread_id
    if tstate is not pystate.interpreter().main_thread:
        return None                           # started, not yet running
    for host_thread in threading.enumerate():
        if host_thread.name == "glass-guest":
            return host_thread.ident
    return threading.main_thread().ident


def _breakpointhook(args_w, kwargs):
    """Counterpart: sys_breakpointhook: $PYTHONBREAKPOINT names the function
    to call ("pdb.set_trace" by default, "0" for none)."""
    from glass.objects.str import new_str
    from glass.vm import pystate
    config = pystate.interpreter().config
    hookname = "" if getattr(config, "ignore_environment", False) else \
        _process_getenv("PYTHONBREAKPOINT")
    if hookname == "0":
        return None
    if not hookname:
        hookname = "pdb.set_trace"
    modulepath, dot, attrname = hookname.rpartition(".")
    if not dot:
        modulepath, attrname = "builtins", hookname
    elif not modulepath:
        # A name starting with its only dot (".", ".foo") names no module.
        return _unimportable_breakpointhook(hookname)
    from glass.vm.imports import builtin_import
    w_modname = new_str(modulepath)
    try:
        w_module = builtin_import(w_modname, None, None, None)
        try:
            w_hook = abstract.getattr_str(w_module, attrname)
        finally:
            decref(w_module)
    except OperationError as error:
        if not (error.match(_exc("ImportError")) or error.match(_exc("AttributeError"))):
            raise
        decref(error.w_value)
        return _unimportable_breakpointhook(hookname)
    finally:
        decref(w_modname)
    try:
        return abstract.call(w_hook, list(args_w) + list(kwargs.values()),
                             tuple(kwargs) or None)
    finally:
        decref(w_hook)


def _unimportable_breakpointhook(hookname):
    from glass.modules._warnings import warn
    warn("RuntimeWarning", 'Ignoring unimportable $PYTHONBREAKPOINT: "%s"' % hookname)
    return None


def _process_getenv(name):
    """getenv(3): the process environment as it is now.  The guest's
    os.environ changes it through putenv, which the host's os.environ (read
    once at the host's start) never sees."""
    import os
    try:
        import ctypes
        getenv = ctypes.CDLL(None).getenv
        getenv.restype = ctypes.c_char_p
        value = getenv(os.fsencode(name))
    except (ImportError, OSError, AttributeError):
        return os.environ.get(name, "")
    return os.fsdecode(value) if value is not None else ""


def _exc(name):
    from glass.objects.exceptions import EXCEPTION_TYPES
    return EXCEPTION_TYPES[name]


def _is_exception_class(w_obj):
    from glass.objects.type import W_Type
    return isinstance(w_obj, W_Type) and w_obj.is_subtype(_exc("BaseException"))


def _as_double(w_value):
    from glass.objects.float import W_Float
    from glass.objects.int import W_Int
    if isinstance(w_value, W_Float):
        return w_value.value
    if isinstance(w_value, W_Int):
        return float(w_value.value)
    func = w_value.ob_type.nb_float
    if func is None:
        raise type_error("must be real number, not %s" % w_value.ob_type.name)
    w_res = func(w_value)
    value = w_res.value
    decref(w_res)
    return value


# Per-interpreter values with no home of their own yet (the switch
# interval, the int digit limit, the trace and profile functions).
_STATE = {}


def _state(interp):
    return _STATE.setdefault(id(interp), {})


def _set_asyncgen_hook(name, w_value):
    """_PyEval_SetAsyncGenFinalizer / _PyEval_SetAsyncGenFirstiter: the hook
    belongs to the running thread (PyThreadState.async_gen_*); None removes it."""
    from glass.objects.none import w_None
    from glass.vm import pystate
    if w_value is w_None:
        w_value = None
    elif w_value.ob_type.tp_call is None:
        raise type_error("callable %s expected, got %s" % (name, w_value.ob_type.name))
    audit("sys.set_asyncgen_hook_" + name)
    if w_value is not None:
        w_value.ob_refcnt += 1
    tstate = pystate.current()
    field = "w_async_gen_" + name
    w_old = getattr(tstate, field)
    setattr(tstate, field, w_value)
    xdecref(w_old)


def coroutine_origin_tracking_depth():
    """The depth sys.set_coroutine_origin_tracking_depth set (for cr_origin)."""
    from glass.vm import pystate
    return _state(pystate.interpreter()).get("origin_depth", 0)


def _set_hook(kind, w_func):
    """sys.settrace / sys.setprofile: the running thread's function
    (glass/vm/tracing.py calls it)."""
    from glass.objects.none import w_None
    from glass.vm import tracing
    if w_func is w_None:
        w_func = None
    if kind == "trace":
        tracing.set_trace(w_func)
    else:
        tracing.set_profile(w_func)


def _get_hook(kind):
    from glass.vm import tracing
    w_func = tracing.get_trace() if kind == "trace" else tracing.get_profile()
    if w_func is None:
        return None
    w_func.ob_refcnt += 1
    return w_func


def init_module(w_module):
    """Counterpart: _PySys_InitCore and _PySys_UpdateConfig: the values."""
    from glass.modules import native_module_names
    from glass.objects.dict import W_Dict
    from glass.objects.list import W_List
    from glass.objects.namespaceobject import new_namespace
    from glass.objects.set import new_frozenset
    from glass.objects.str import new_str
    from glass.objects.tuple import new_tuple_owned
    from glass.vm import pystate
    interp = pystate.interpreter()
    config = interp.config
    d = w_module.w_dict
    install_signatures(SysModule, w_module)
    argv = getattr(config, "argv", None) or [""]
    xoptions = dict(getattr(config, "xoptions", None) or {})
    for name in GLASS_XOPTIONS:
        xoptions.pop(name, None)
    w_xoptions = W_Dict()
    for key, value in xoptions.items():
        w_key = new_str(key)
        w_value = build_value(value if value is not True else True)
        w_xoptions.setitem(w_key, w_value)
        decref(w_key)
        decref(w_value)
    warnoptions = list(getattr(config, "warnoptions", None) or [])
    from glass.vm.getpath import path_config
    paths = path_config(interp)
    executable = paths.executable
    orig_argv = getattr(host_sys, "orig_argv", None) or [executable] + argv
    stdout = W_HostTextStream(host_sys.stdout, "<stdout>")
    stderr = W_HostTextStream(host_sys.stderr, "<stderr>")
    stdin = W_HostTextStream(host_sys.stdin, "<stdin>")
    values = {
        "argv": W_List([new_str(a) for a in argv]),
        "orig_argv": W_List([new_str(a) for a in orig_argv]),
        "warnoptions": W_List([new_str(w) for w in warnoptions]),
        "_xoptions": w_xoptions,
        "path": W_List([new_str(p) for p in paths.module_search_paths]),
        "meta_path": W_List([]),
        "path_hooks": W_List([]),
        "path_importer_cache": W_Dict(),
        "stdin": stdin, "stdout": stdout, "stderr": stderr,
        "version_info": make_version_info(),
        "version": _version_text(),
        "hexversion": HEXVERSION,
        "api_version": API_VERSION,
        "copyright": COPYRIGHT,
        "platform": host_sys.platform,
        "byteorder": host_sys.byteorder,
        "maxsize": MAXSIZE,
        "maxunicode": 0x10FFFF,
        "float_repr_style": "short",
        "executable": executable,
        "_base_executable": paths.base_executable,
        # site.py moves prefix and exec_prefix into a virtual environment.
        "prefix": paths.prefix, "base_prefix": paths.prefix,
        "exec_prefix": paths.exec_prefix, "base_exec_prefix": paths.exec_prefix,
        "platlibdir": "lib",
        "pycache_prefix": None,
        "abiflags": "",
        "_framework": "",
        # (the implementation, its git tag, its revision): platform reads
        # the last two; Glass is not built from a git tag.
        "_git": new_tuple_owned([new_str("Glass"), new_str(""), new_str("")]),
        "dont_write_bytecode": bool(getattr(config, "dont_write_bytecode", False)),
        "flags": _new_structseq("sys.flags", _flags_values(config)),
        "hash_info": _new_structseq(
            "sys.hash_info", [64, (1 << 61) - 1, 314159, 0, 1000003, "siphash13",
                              64, 128, 0]),
        "float_info": _new_structseq("sys.float_info", _float_info()),
        "int_info": _new_structseq("sys.int_info", [30, 4, 4300, 640]),
        "thread_info": _new_structseq("sys.thread_info", _thread_info()),
        "builtin_module_names": new_tuple_owned(
            [new_str(n) for n in native_module_names()]),
        "stdlib_module_names": new_frozenset([new_str(n) for n in STDLIB_MODULE_NAMES]),
    }
    # Glass implements CPython 3.11's semantics, observable details
    # included, so it answers as CPython: test.support's cpython_only tests
    # and stdlib code that asks `sys.implementation.name == "cpython"` run
    # as on CPython.  The cache tag alone is Glass's own, so that Glass
    # never reads a .pyc that another Python wrote.
    w_name, w_tag = new_str("cpython"), new_str(CACHE_TAG)
    w_version = make_version_info()
    w_hex = build_value(HEXVERSION)
    w_multiarch = new_str(_multiarch())
    values["implementation"] = new_namespace([
        ("name", w_name), ("cache_tag", w_tag), ("version", w_version),
        ("hexversion", w_hex), ("_multiarch", w_multiarch)])
    for w_item in (w_name, w_tag, w_version, w_hex, w_multiarch):
        decref(w_item)
    values["_stdlib_dir"] = paths.stdlib_dir
    for name, value in values.items():
        w_value = value if isinstance(value, W_Object) else build_value(value)
        d.setitem_str(name, w_value)
        decref(w_value)
    for original, name in (("__stdin__", "stdin"), ("__stdout__", "stdout"),
                           ("__stderr__", "stderr"), ("__displayhook__", "displayhook"),
                           ("__excepthook__", "excepthook"),
                           ("__unraisablehook__", "unraisablehook"),
                           ("__breakpointhook__", "breakpointhook")):
        d.setitem_str(original, d.getitem_str(name))
    if interp.w_modules is not None:
        d.setitem_str("modules", interp.w_modules)



# sys.stdlib_module_names: the modules of CPython 3.11's standard library
# (Python/stdlib_module_names.h), whether or not this build has them.
STDLIB_MODULE_NAMES = """
    __future__ _abc _aix_support _ast _asyncio _bisect _blake2 _bootsubprocess _bz2
    _codecs _codecs_cn _codecs_hk _codecs_iso2022 _codecs_jp _codecs_kr _codecs_tw
    _collections _collections_abc _compat_pickle _compression _contextvars _crypt
    _csv _ctypes _curses _curses_panel _datetime _dbm _decimal _elementtree
    _frozen_importlib _frozen_importlib_external _functools _gdbm _hashlib _heapq
    _imp _io _json _locale _lsprof _lzma _markupbase _md5 _msi _multibytecodec
    _multiprocessing _opcode _operator _osx_support _overlapped _pickle _posixshmem
    _posixsubprocess _py_abc _pydecimal _pyio _queue _random _scproxy _sha1 _sha256
    _sha3 _sha512 _signal _sitebuiltins _socket _sqlite3 _sre _ssl _stat _statistics
    _string _strptime _struct _symtable _thread _threading_local _tkinter _tokenize
    _tracemalloc _typing _uuid _warnings _weakref _weakrefset _winapi _zoneinfo abc
    aifc antigravity argparse array ast asynchat asyncio asyncore atexit audioop
    base64 bdb binascii bisect builtins bz2 cProfile calendar cgi cgitb chunk cmath
    cmd code codecs codeop collections colorsys compileall concurrent configparser
    contextlib contextvars copy copyreg crypt csv ctypes curses dataclasses datetime
    dbm decimal difflib dis distutils doctest email encodings ensurepip enum errno
    faulthandler fcntl filecmp fileinput fnmatch fractions ftplib functools gc
    genericpath getopt getpass gettext glob graphlib grp gzip hashlib heapq hmac
    html http idlelib imaplib imghdr imp importlib inspect io ipaddress itertools
    json keyword lib2to3 linecache locale logging lzma mailbox mailcap marshal math
    mimetypes mmap modulefinder msilib msvcrt multiprocessing netrc nis nntplib nt
    ntpath nturl2path numbers opcode operator optparse os ossaudiodev pathlib pdb
    pickle pickletools pipes pkgutil platform plistlib poplib posix posixpath pprint
    profile pstats pty pwd py_compile pyclbr pydoc pydoc_data pyexpat queue quopri
    random re readline reprlib resource rlcompleter runpy sched secrets select
    selectors shelve shlex shutil signal site smtpd smtplib sndhdr socket
    socketserver spwd sqlite3 sre_compile sre_constants sre_parse ssl stat
    statistics string stringprep struct subprocess sunau symtable sys sysconfig
    syslog tabnanny tarfile telnetlib tempfile termios textwrap this threading time
    timeit tkinter token tokenize tomllib trace traceback tracemalloc tty turtle
    turtledemo types typing unicodedata unittest urllib uu uuid venv warnings wave
    weakref webbrowser winreg winsound wsgiref xdrlib xml xmlrpc zipapp zipfile
    zipimport zlib zoneinfo""".split()


def _multiarch():
    import sysconfig
    return sysconfig.get_config_var("MULTIARCH") or "%s-%s" % (
        __import__("platform").machine(), host_sys.platform)


SysModule.init_module = staticmethod(init_module)
