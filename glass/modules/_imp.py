"""The _imp module: the import machinery's native helpers.

Counterpart: Python/import.c (the _imp module) and Python/frozen.c.

importlib._bootstrap asks _imp whether a name is a builtin or a frozen
module and how to make one.  CPython's frozen modules are stdlib sources
compiled into the executable; Glass's are the same stdlib sources, compiled
on first use and cached in __pycache__ under Glass's cache tag, with the
filename "<frozen NAME>" that CPython's tracebacks show for them.
"""
from __future__ import annotations

import os

from glass.modules import builtin_module, function
from glass.objects.exceptions import argument_type_name, operation_error, type_error
from glass.objects.object import decref

# name -> (is_package, origname): CPython 3.11's frozen set (Python/frozen.c),
# the modules it runs at start-up without reading the filesystem.
FROZEN_MODULES = {
    "_frozen_importlib": (False, "importlib._bootstrap"),
    "_frozen_importlib_external": (False, "importlib._bootstrap_external"),
    "zipimport": (False, "zipimport"),
    "abc": (False, "abc"),
    "codecs": (False, "codecs"),
    "io": (False, "io"),
    "_collections_abc": (False, "_collections_abc"),
    "_sitebuiltins": (False, "_sitebuiltins"),
    "genericpath": (False, "genericpath"),
    "ntpath": (False, "ntpath"),
    "posixpath": (False, "posixpath"),
    "os.path": (False, "posixpath"),
    "os": (False, "os"),
    "site": (False, "site"),
    "stat": (False, "stat"),
    "importlib.util": (False, "importlib.util"),
    "importlib.machinery": (False, "importlib.machinery"),
    "runpy": (False, "runpy"),
    "__hello__": (False, "__hello__"),
    "__hello_alias__": (False, "__hello__"),
    "__phello_alias__": (True, "__hello__"),
    "__phello_alias__.spam": (False, "__hello__"),
    "__phello__": (True, "__phello__"),
    "__phello__.__init__": (False, "<__phello__"),
    "__phello__.ham": (True, "__phello__.ham"),
    "__phello__.ham.__init__": (False, "<__phello__.ham"),
    "__phello__.ham.eggs": (False, "__phello__.ham.eggs"),
    "__phello__.spam": (False, "__phello__.spam"),
    "__hello_only__": (False, None),
}

# Frozen modules with no stdlib source (origname None): their code's file
# name and source.  CPython freezes Tools/freeze/flag.py as __hello_only__
# for test_frozen and test_importlib; this is the same two statements.
# Frozen test modules that are empty files in CPython's Lib/__phello__/ham/,
# which an installed stdlib may leave out: without the file, empty source.
EMPTY_FROZEN_SOURCES = ("__phello__.ham", "__phello__.ham.__init__", "__phello__.ham.eggs")

FROZEN_ONLY_SOURCES = {
    "__hello_only__": ("frozen_only", b"initialized = True\nprint('Hello world!')\n"),
}

# The frozen modules importlib cannot start without: always found, whatever
# -X frozen_modules says (_PyImport_FrozenBootstrap).
BOOTSTRAP_FROZEN = ("_frozen_importlib", "_frozen_importlib_external", "zipimport")

# _imp._override_frozen_modules_for_tests: 1 on, -1 off, 0 as configured.
_frozen_override = [0]


def use_frozen():
    """Counterpart: use_frozen (Python/import.c): the test override, else
    -X frozen_modules (on unless it says off)."""
    if _frozen_override[0]:
        return _frozen_override[0] > 0
    from glass.vm import pystate
    return pystate.interpreter().config.xoptions.get("frozen_modules") != "off"


def look_up_frozen(name):
    """Counterpart: look_up_frozen: is `name` a frozen module that may be used?"""
    return name in FROZEN_MODULES and (name in BOOTSTRAP_FROZEN or use_frozen())

_frozen_code_cache = {}       # name -> glass.bytecode.code.Code, per process


def frozen_source_path(name):
    """The stdlib file a frozen module is compiled from."""
    from glass.modules.sys import guest_stdlib_dir
    ispkg, origname = FROZEN_MODULES[name]
    if origname.startswith("<"):              # a package's __init__ module
        origname, ispkg = origname[1:], True
    relative = os.path.join(guest_stdlib_dir(), origname.replace(".", os.sep))
    # A package frozen from a plain module (__phello_alias__ is __hello__'s
    # code marked as a package) has no __init__.py of its own.
    if ispkg and os.path.isdir(relative):
        return os.path.join(relative, "__init__.py")
    return relative + ".py"


def frozen_code(name):
    """The Code of a frozen module: compiled once per process, cached on disk."""
    code = _frozen_code_cache.get(name)
    if code is None:
        ispkg, origname = FROZEN_MODULES[name]
        if origname is None:
            from glass.modules.builtins import compile_code
            code_name, source = FROZEN_ONLY_SOURCES[name]
            w_code = compile_code(source, "<frozen %s>" % code_name, "exec", audited=False)
            code = w_code.code
            decref(w_code)
        else:
            filename = "<frozen %s>" % origname.lstrip("<")
            source_path = frozen_source_path(name)
            if name in EMPTY_FROZEN_SOURCES and not os.path.exists(source_path):
                from glass.modules.builtins import compile_code
                w_code = compile_code(b"", filename, "exec", audited=False)
                code = w_code.code
                decref(w_code)
            elif not os.path.exists(source_path):
                # CPython has it compiled in; this stdlib lacks its source.
                raise operation_error("ImportError", "No such frozen object named %r" % name)
            else:
                code = compile_cached(source_path, filename)
        _frozen_code_cache[name] = code
    return code


def compile_cached(source_path, filename):
    """Compile a stdlib source file, through a .pyc in __pycache__ tagged
    with Glass's cache tag (as SourceFileLoader would cache it).  The frozen
    copy's co_filename differs from the file's, so it has a cache of its own."""
    from glass.bytecode import marshal, pyc
    from glass.bytecode.code import Code
    from glass.modules.builtins import compile_code
    stat = os.stat(source_path)
    cache = _frozen_cache_path(source_path)
    try:
        with open(cache, "rb") as file:
            data = file.read()
        if data[:4] == pyc.MAGIC_NUMBER:
            # A stale cache raises ImportError; Glass wrote the file, so the
            # host's marshal may read it (loads_trusted).
            pyc.validate_timestamp_pyc(data, int(stat.st_mtime), stat.st_size)
            code = marshal.loads_trusted(data[pyc.HEADER_SIZE:])
            if isinstance(code, Code) and code.co_filename == filename:
                return code
    except (OSError, ImportError, ValueError, EOFError, TypeError):
        pass
    with open(source_path, "rb") as file:
        source = file.read()
    w_code = compile_code(source, filename, "exec", audited=False)
    code = w_code.code
    decref(w_code)
    try:
        pyc.write_pyc(code, cache, int(stat.st_mtime), stat.st_size)
    except OSError:
        pass                                  # a read-only stdlib: compile each time
    return code


def _frozen_cache_path(source_path):
    from glass.modules.sys import CACHE_TAG
    head, tail = os.path.split(source_path)
    base = tail.rpartition(".")[0]
    return os.path.join(head, "__pycache__", "%s.%s.frozen.pyc" % (base, CACHE_TAG))


def _name_text(w_name, funcname):
    from glass.objects.str import W_Str
    if not isinstance(w_name, W_Str):
        raise type_error("%s() argument must be str, not %s"
                         % (funcname, argument_type_name(w_name)))
    return w_name.value


def _spec_name(w_spec):
    from glass.objects import abstract
    w_name = abstract.getattr_str(w_spec, "name")
    try:
        return _name_text(w_name, "create_builtin")
    finally:
        decref(w_name)


@builtin_module("_imp")
class ImpModule:
    """(Extremely) low-level import machinery bits as used by importlib."""

    @function("($module, /)")
    def extension_suffixes():
        """Returns the list of file suffixes used to identify extension modules."""
        from glass.objects.list import W_List
        return W_List([])                # Glass loads no C extension modules

    @function("($module, name, /)")
    def is_builtin(w_name):
        """Returns True if the module name corresponds to a built-in module."""
        from glass.modules import find_module_def
        from glass.objects.int import new_int
        name = _name_text(w_name, "is_builtin")
        # -1: a builtin that cannot be re-initialised (sys, builtins), as C says.
        if name in ("sys", "builtins"):
            return new_int(-1)
        return new_int(1 if find_module_def(name) is not None else 0)

    @function("($module, spec, /)")
    def create_builtin(w_spec):
        """Create an extension module."""
        from glass.modules import find_module_def, make_module
        from glass.vm import pystate
        name = _spec_name(w_spec)
        interp = pystate.interpreter()
        w_existing = interp.w_modules.getitem_str(name)
        if w_existing is not None and name in ("sys", "builtins"):
            w_existing.ob_refcnt += 1
            return w_existing
        if find_module_def(name) is None:
            from glass.objects.none import new_none
            return new_none()
        return make_module(name)

    @function("($module, mod, /)")
    def exec_builtin(w_mod):
        """Initialize a built-in module."""
        from glass.objects.int import new_int
        return new_int(0)

    @function("($module, spec, file=<unrepresentable>, /)")
    def create_dynamic(w_spec, w_file):
        """Create an extension module."""
        name = _spec_name(w_spec)
        raise operation_error(
            "ImportError", "glass cannot load the C extension module %r" % name)

    @function("($module, mod, /)")
    def exec_dynamic(w_mod):
        """Initialize an extension module."""
        from glass.objects.int import new_int
        return new_int(0)

    @function("($module, name, /)")
    def is_frozen(w_name):
        """Returns True if the module name corresponds to a frozen module."""
        from glass.objects.bool import new_bool
        return new_bool(look_up_frozen(_name_text(w_name, "is_frozen")))

    @function("($module, name, /)")
    def is_frozen_package(w_name):
        """Returns True if the module name is of a frozen package."""
        from glass.objects.bool import new_bool
        name = _name_text(w_name, "is_frozen_package")
        _require_frozen(name)
        return new_bool(FROZEN_MODULES[name][0])

    @function("($module, name, /, *, withdata=False)")
    def find_frozen(w_name, w_withdata):
        """Return info about the corresponding frozen module (if there is one) or None.

The returned info (a 2-tuple):

 * data         the raw marshalled bytes
 * is_package   whether or not it is a package
 * origname     the originally frozen module's name, or None if not
                a stdlib module (this will usually be the same as
                the module's current name)"""
        from glass.objects.bool import new_bool
        from glass.objects.none import new_none
        from glass.objects.str import new_str
        from glass.objects.tuple import new_tuple_owned
        name = _name_text(w_name, "find_frozen")
        if not look_up_frozen(name):
            return new_none()
        ispkg, origname = FROZEN_MODULES[name]
        return new_tuple_owned([new_none(), new_bool(ispkg),
                                new_none() if origname is None else new_str(origname)])

    @function("($module, name, data=None, /)")
    def get_frozen_object(w_name, w_data):
        """Create a code object for a frozen module."""
        from glass.objects.codeobject import W_Code
        name = _name_text(w_name, "get_frozen_object")
        _require_frozen(name)
        return W_Code(frozen_code(name))

    @function("($module, name, /)")
    def init_frozen(w_name):
        """Initializes a frozen module."""
        name = _name_text(w_name, "init_frozen")
        _require_frozen(name)
        return import_frozen_module(name)

    @function("($module, /)")
    def _frozen_module_names():
        """Returns the list of available frozen modules."""
        from glass.objects.list import W_List
        from glass.objects.str import new_str
        return W_List([new_str(name) for name in FROZEN_MODULES if look_up_frozen(name)])

    @function("($module, override, /)")
    def _override_frozen_modules_for_tests(w_override):
        """(internal-only) Override PyConfig.use_frozen_modules.

(-1: "off", 1: "on", 0: no override)
See frozen_modules() in Lib/test/support/import_helper.py."""
        from glass.objects.none import new_none
        from glass.objects.stringlib import int_arg
        _frozen_override[0] = int_arg(w_override)
        return new_none()

    @function("($module, code, path, /)")
    def _fix_co_filename(w_code, w_path):
        """Changes code.co_filename to specify the passed-in file path.

  code
    Code object to change.
  path
    File path to use."""
        from glass.objects.codeobject import W_Code
        from glass.objects.none import new_none
        from glass.objects.str import W_Str
        if not isinstance(w_code, W_Code):
            raise type_error("_fix_co_filename() argument 1 must be code, not %s"
                             % argument_type_name(w_code))
        if not isinstance(w_path, W_Str):
            raise type_error("_fix_co_filename() argument 2 must be str, not %s"
                             % argument_type_name(w_path))
        retarget_filename(w_code, w_path.value)
        return new_none()

    @function("($module, /, key, source)")
    def source_hash(w_key, w_source):
        from glass.bytecode.pyc import source_hash
        from glass.objects import abstract, stringlib
        from glass.objects.bytes import new_bytes
        key = abstract.int_value(w_key)
        data = stringlib.getbuffer(w_source)
        if data is None:
            raise type_error("a bytes-like object is required, not '%s'"
                             % w_source.ob_type.name)
        return new_bytes(source_hash(bytes(data), key & 0xFFFFFFFFFFFFFFFF))

    @function("($module, /)")
    def lock_held():
        """Return True if the import lock is currently held, else False.

On platforms without threads, return False."""
        from glass.objects.bool import new_bool
        return new_bool(IMPORT_LOCK.depth > 0)

    @function("($module, /)")
    def acquire_lock():
        """Acquires the interpreter's import lock for the current thread.

This lock should be used by import hooks to ensure thread-safety when importing
modules. On platforms without threads, this function does nothing."""
        from glass.objects.none import new_none
        IMPORT_LOCK.depth += 1
        return new_none()

    @function("($module, /)")
    def release_lock():
        """Release the interpreter's import lock.

On platforms without threads, this function does nothing."""
        from glass.objects.none import new_none
        if IMPORT_LOCK.depth == 0:
            raise operation_error("RuntimeError", "not holding the import lock")
        IMPORT_LOCK.depth -= 1
        return new_none()


class _ImportLock:
    """The interpreter's import lock (re-entrant; one guest thread for now)."""
    depth = 0


IMPORT_LOCK = _ImportLock()


def import_frozen_module(name):
    """Counterpart: PyImport_ImportFrozenModuleObject: run a frozen module's
    code as module `name` (in sys.modules), marked with __origname__ (and an
    empty __path__ for a package) for FrozenImporter._fix_up_module."""
    from glass.objects.list import W_List
    from glass.objects.str import new_str
    from glass.vm.imports import exec_code_as_module
    ispkg, origname = FROZEN_MODULES[name]
    attrs = [] if origname is None else [("__origname__", new_str(origname))]
    if ispkg:
        attrs.append(("__path__", W_List([])))
    try:
        return exec_code_as_module(name, frozen_code(name), attrs)
    finally:
        for _, w_value in attrs:
            decref(w_value)


def _require_frozen(name):
    if not look_up_frozen(name):
        raise operation_error("ImportError", "No such frozen object named %r" % name)


def retarget_filename(w_code, filename):
    """update_compiled_module: give a code object and the code objects in its
    constants a new co_filename (a .pyc moved since it was written)."""
    from glass.objects.codeobject import W_Code
    from glass.objects.str import new_str
    if w_code.code.co_filename == filename:
        return
    w_code.code = _code_with_filename(w_code.code, filename)
    decref(w_code.w_filename)
    w_code.w_filename = new_str(filename)
    w_code.decoded = None
    for w_const in w_code.w_consts.items:
        if isinstance(w_const, W_Code):
            retarget_filename(w_const, filename)


def _code_with_filename(code, filename):
    from glass.bytecode.code import Code
    consts = tuple(_code_with_filename(c, filename) if isinstance(c, Code) else c
                   for c in code.co_consts)
    return code.replace(co_filename=filename, co_consts=consts)


def init_module(w_module):
    from glass.objects.str import new_str
    from glass.vm import pystate
    config = pystate.interpreter().config
    mode = getattr(config, "check_hash_pycs_mode", None) or "default"
    w_mode = new_str(mode)
    w_module.w_dict.setitem_str("check_hash_based_pycs", w_mode)
    decref(w_mode)


ImpModule.init_module = staticmethod(init_module)
