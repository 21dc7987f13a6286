"""Starting the interpreter, running __main__, and the exit status.

Counterpart: Python/pylifecycle.c (Py_InitializeFromConfig), Python/pythonrun.c
(run_mod, PyErr_Print, handle_system_exit) and Modules/main.c's exit codes.
"""
from __future__ import annotations

import sys as host_sys
import threading

from glass.objects.exceptions import EXCEPTION_TYPES, OperationError
from glass.objects.object import decref
from glass.vm import audit, pystate

# The guest runs on a host thread with a large stack, so that recursion the
# guest's limit allows never overflows the host first (DESIGN.md, "The host stack").
GUEST_STACK_SIZE = 512 * 1024 * 1024
HOST_RECURSION_LIMIT = 200000


def initialize(config=None):
    """Counterpart: Py_InitializeFromConfig: types, builtins, sys, sys.modules."""
    if config is not None and "showrefcount" in config.xoptions:
        from glass.vm import probes
        probes.show_refcount_totals()    # -X showrefcount counts from the very start
    # Import every object module so every builtin type exists, then ready them.
    from glass.objects import (abstract, bool, bytes, codeobject, complex, descr,  # noqa: F401
                               dict, exceptions, float, frame, funcobject,
                               genobject, int,
                               iterobject, list, mappingproxy, module, none,
                               property, range, set, slice, str, superobject,
                               tuple, typeobject, namespaceobject, structseq,
                               enumobject, itertypes, memoryobject, unionobject,
                               weakrefobject)
    from glass.objects.type import ready_all
    from glass.vm import traceback  # noqa: F401
    from glass.modules import builtins, make_module, sys  # noqa: F401
    interp = pystate.interpreter()
    interp.config = config
    interp.path_config = None     # getpath runs again for this config
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


def init_importlib(interp):
    """Counterpart: init_importlib and init_importlib_external: run
    importlib._bootstrap as the frozen module _frozen_importlib, install it
    with sys and _imp, then the path-based finders of _bootstrap_external,
    then zipimport's path hook (_PyImportZip_Init)."""
    from glass.modules import make_module
    from glass.modules._imp import import_frozen_module
    from glass.objects import abstract
    from glass.vm.imports import import_module
    w_bootstrap = import_frozen_module("_frozen_importlib")
    interp.w_importlib = w_bootstrap
    _main_module(interp)
    w_import = interp.w_builtins.getitem_str("__import__")
    w_import.ob_refcnt += 1
    interp.w_import_func = w_import
    w_imp = make_module("_imp")
    interp.w_modules.setitem_str("_imp", w_imp)
    try:
        decref(abstract.call_method(w_bootstrap, "_install", [interp.w_sys, w_imp]))
    finally:
        decref(w_imp)
    decref(abstract.call_method(w_bootstrap, "_install_external_importers", []))
    try:
        w_zipimport = import_module("zipimport")
    except OperationError as error:      # a stdlib without what zipimport needs
        decref(error.w_value)
        return
    try:
        w_hook = abstract.getattr_str(w_zipimport, "zipimporter")
        w_hooks = abstract.getattr_str(interp.w_sys, "path_hooks")
        w_hooks.items.insert(0, w_hook)
        decref(w_hooks)
    finally:
        decref(w_zipimport)


def _init_signals():
    """Counterpart: _PySignal_Init (signal_install_handlers): importing
    _signal gives SIGINT the guest's default_int_handler."""
    from glass.vm.imports import import_module
    decref(import_module("_signal"))


def init_builtins_open(interp):
    """Counterpart: init_set_builtins_open: builtins.open is io.open."""
    from glass.objects import abstract
    from glass.vm.imports import import_module
    w_io = import_module("_io")
    try:
        w_open = abstract.getattr_str(w_io, "open")
    finally:
        decref(w_io)
    interp.w_builtins.setitem_str("open", w_open)
    decref(w_open)


def init_sys_streams(interp, config):
    """Counterpart: init_sys_streams / create_stdio: sys.stdin, stdout and
    stderr become io.TextIOWrapper objects over buffered file objects on
    file descriptors 0, 1 and 2 (not closed by Glass), in the encoding and
    with the error handler glass/vm/preconfig.py chooses as CPython does
    (stderr always backslashreplace), line-buffered on a terminal (stderr
    always), written through under -u."""
    import os
    from glass.objects import abstract
    from glass.vm.preconfig import codec_name, stdio_encoding_and_errors
    from glass.objects.bool import new_bool
    from glass.objects.int import new_int
    from glass.objects.str import new_str
    from glass.vm.imports import import_module
    unbuffered = bool(getattr(config, "unbuffered", False))
    w_io = import_module("_io")
    w_sysdict = interp.w_sys.w_dict
    try:
        encoding, stdio_errors = stdio_encoding_and_errors(config)
        encoding = codec_name(encoding) or encoding
        for fd, name, mode, errors in ((0, "stdin", "r", stdio_errors),
                                       (1, "stdout", "w", stdio_errors),
                                       (2, "stderr", "w", "backslashreplace")):
            try:
                os.fstat(fd)
            except OSError:
                continue                          # a closed descriptor: None, as CPython
            raw_only = unbuffered and mode == "w"
            args_w = [new_int(fd), new_str(mode + "b"), new_int(0 if raw_only else -1),
                      new_bool(False)]
            try:
                w_buffer = abstract.call_method(w_io, "open", args_w, ("closefd",))
            finally:
                _release(args_w)
            w_raw = w_buffer if raw_only else abstract.getattr_str(w_buffer, "raw")
            w_name = new_str("<%s>" % name)
            try:
                _set_attr(w_raw, "name", w_name)
            finally:
                decref(w_name)
                if not raw_only:
                    decref(w_raw)
            line_buffering = not unbuffered and (os.isatty(fd) or fd == 2)
            args_w = [w_buffer, new_str(encoding), new_str(errors), new_str("\n"),
                      new_bool(line_buffering), new_bool(raw_only)]
            try:
                w_stream = abstract.call_method(
                    w_io, "TextIOWrapper", args_w,
                    ("encoding", "errors", "newline", "line_buffering", "write_through"))
            finally:
                _release(args_w)
            w_mode = new_str(mode)
            try:
                _set_attr(w_stream, "mode", w_mode)
            finally:
                decref(w_mode)
            w_sysdict.setitem_str(name, w_stream)
            w_sysdict.setitem_str("__%s__" % name, w_stream)
            decref(w_stream)
    finally:
        decref(w_io)


def _release(args_w):
    for w_arg in args_w:
        decref(w_arg)


def _set_attr(w_obj, name, w_value):
    from glass.objects import abstract
    from glass.objects.str import intern
    w_name = intern(name)
    try:
        abstract.setattr(w_obj, w_name, w_value)
    finally:
        decref(w_name)


def run_main(config, code, filename, module=None, main_importer_path=None):
    """Counterpart: Py_InitializeFromConfig's last steps (importlib, site)
    and pymain_run_python: sys.path[0], then the code as __main__ (or the
    module `module` through runpy, for -m and for a directory or zip file,
    main_importer_path, which becomes sys.path[0]).  Returns the exit status."""
    interp = pystate.interpreter()
    import threading
    interp.main_thread.thread_id = threading.get_ident()   # the host thread the guest runs on
    try:
        init_importlib(interp)
        _init_signals()
        init_builtins_open(interp)
        init_sys_streams(interp, config)
        if not getattr(config, "no_site", False):
            from glass.vm.imports import import_module
            decref(import_module("site"))
    except OperationError as error:
        from glass.vm.traceback import _write_stderr
        status = handle_uncaught(error)
        _write_stderr("Fatal Python error: init_import_site: "
                      "Failed to import the site module\n")
        return status or 1
    if main_importer_path is not None:
        path0 = main_importer_path           # even under -P and -I, as CPython
    else:
        path0 = _sys_path0(config, filename, module)
    if path0 is not None:
        from glass.objects.str import new_str
        w_path = interp.w_sys.w_dict.getitem_str("path")
        w_path.items.insert(0, new_str(path0))
    try:
        _audit_run(config, filename, module)
    except OperationError as error:
        status = handle_uncaught(error)
        finalize()
        return status
    if module is not None:
        # The directory's __main__ leaves sys.argv[0] as the command line gave it.
        return run_module(module, set_argv0=main_importer_path is None)
    return run_code(code, filename)


def _audit_run(config, filename, module):
    """The events pymain_run_python raises for what the command line
    names (cpython.run_command, run_module, run_file, run_stdin), and for a
    source the parser's "compile" (_PyParser_ASTFromString/FromFile).  The
    hooks a sitecustomize installed hear them."""
    if module is not None:
        audit.audit("cpython.run_module", module)
    elif filename == "<string>":
        command = getattr(config, "run_command", None) or ""
        audit.audit("cpython.run_command", command)
        audit.audit("compile", command.encode("utf-8", "surrogateescape"), filename)
    elif filename == "<stdin>":
        audit.audit("cpython.run_stdin")
        audit.audit("compile", None, filename)
    else:
        audit.audit("cpython.run_file", filename)
        if not filename.endswith(".pyc"):
            audit.audit("compile", None, filename)


def _sys_path0(config, filename, module):
    """Counterpart: _PyPathConfig_ComputeSysPath0: the script's directory
    (symlinks resolved), the current directory for -m, '' for -c and stdin;
    nothing under -P or -I."""
    import os
    if getattr(config, "safe_path", False) or getattr(config, "isolated", False):
        return None
    if module is not None:
        return os.getcwd()
    if filename is None or filename in ("<string>", "<stdin>"):
        return ""
    return os.path.dirname(os.path.realpath(filename))


def run_module(name, set_argv0=True):
    """Counterpart: pymain_run_module: runpy._run_module_as_main(name,
    set_argv0); then the interpreter is finalized, as after a script."""
    from glass.objects import abstract
    from glass.objects.bool import new_bool
    from glass.objects.str import new_str
    from glass.vm.imports import import_module
    try:
        w_runpy = import_module("runpy")
        try:
            w_run = abstract.getattr_str(w_runpy, "_run_module_as_main")
        finally:
            decref(w_runpy)
        w_name, w_alter = new_str(name), new_bool(set_argv0)
        try:
            decref(abstract.call(w_run, [w_name, w_alter]))
        finally:
            decref(w_run)
            decref(w_name)
            decref(w_alter)
        return 0
    except OperationError as error:
        return handle_uncaught(error)
    finally:
        finalize()


def _main_module(interp):
    """Counterpart: add_main_module: __main__, with __builtins__ and (once
    importlib runs) BuiltinImporter as its __loader__ (a borrowed reference)."""
    from glass.objects.module import W_Module
    w_main = interp.w_modules.getitem_str("__main__")
    if w_main is None:
        w_main = W_Module("__main__")
        interp.w_modules.setitem_str("__main__", w_main)
        decref(w_main)
        w_globals = w_main.w_dict
        w_globals.setitem_str("__builtins__", interp.w_builtins_module)
        if interp.w_importlib is not None:
            from glass.objects import abstract
            w_loader = abstract.getattr_str(interp.w_importlib, "BuiltinImporter")
            w_globals.setitem_str("__loader__", w_loader)
            decref(w_loader)
    return w_main


def _set_main_loader(interp, w_globals, filename):
    """Counterpart: set_main_loader: a script's __loader__ is a
    SourceFileLoader (SourcelessFileLoader for a .pyc)."""
    if interp.w_importlib is None:
        return
    from glass.objects import abstract
    from glass.objects.str import new_str
    w_external = interp.w_modules.getitem_str("_frozen_importlib_external")
    if w_external is None:
        return
    kind = "SourcelessFileLoader" if filename.endswith(".pyc") else "SourceFileLoader"
    w_class = abstract.getattr_str(w_external, kind)
    w_name, w_path = new_str("__main__"), new_str(filename)
    try:
        w_loader = abstract.call(w_class, [w_name, w_path])
    finally:
        decref(w_class)
        decref(w_name)
        decref(w_path)
    w_globals.setitem_str("__loader__", w_loader)
    decref(w_loader)


def run_code(code, filename):
    """Run a Glass Code object as __main__; returns the exit status.  The
    audit hooks hear "exec" first (run_mod's), unless it came from a .pyc
    (run_pyc_file says nothing)."""
    from glass.objects.codeobject import W_Code
    from glass.objects.module import W_Module
    from glass.objects.str import new_str
    from glass.vm.ceval import eval_frame
    from glass.vm.frame import Frame
    interp = pystate.interpreter()
    w_main = _main_module(interp)
    w_globals = w_main.w_dict
    if not (filename.startswith("<") and filename.endswith(">")):
        from glass.objects.none import w_None
        w_file = new_str(filename)
        w_globals.setitem_str("__file__", w_file)
        decref(w_file)
        w_globals.setitem_str("__cached__", w_None)
        _set_main_loader(interp, w_globals, filename)
    w_code = W_Code(code)
    try:
        if not filename.endswith(".pyc"):
            audit.audit("exec", w_code)
        w_globals.ob_refcnt += 1              # the frame's
        frame = Frame(w_code, None, w_globals, interp.w_builtins, w_globals)
        w_result = eval_frame(frame)
        decref(w_result)
        return 0
    except OperationError as error:
        return handle_uncaught(error)
    finally:
        decref(w_code)
        finalize()


def finalize():
    """Counterpart: Py_FinalizeEx: wait for the other threads
    (threading._shutdown), run the atexit callbacks, flush the streams,
    then take the modules apart so that objects still alive are freed (and
    their __del__ run) as CPython frees them."""
    from glass.modules import MODULE_DEFS
    interp = pystate.interpreter()
    if interp.config is not None and "refaudit" in interp.config.xoptions:
        from glass.vm import gc
        gc.report_audit()            # -X refaudit: the heap as the program left it
    _wait_for_thread_shutdown(interp)
    if "atexit" in MODULE_DEFS:
        from glass.modules.atexit import run_exit_callbacks
        run_exit_callbacks()
    _flush_streams()
    from glass.vm import gc
    gc.collect_if_enabled()          # finalizers run while modules are whole
    if interp.w_importlib is not None:
        finalize_modules(interp)
        _flush_streams()
    _clear_interpreter_state(interp)
    if interp.config is not None and "showrefcount" in interp.config.xoptions:
        from glass.vm import probes
        probes.print_refcount_totals()   # Py_FinalizeEx's _PyDebug_PrintTotalRefs
    audit.clear_runtime_hooks()


def _clear_interpreter_state(interp):
    """Counterpart: PyInterpreterState_Clear's last steps: the audit hooks
    hear of it and go, then the main thread's state dict (thread-local data
    among it) and the codec registry go."""
    from glass.modules import MODULE_DEFS
    audit.clear_interpreter_hooks(interp)
    w_dict, interp.main_thread.w_dict = interp.main_thread.w_dict, None
    if w_dict is not None:
        decref(w_dict)
    if "_codecs" in MODULE_DEFS:
        from glass.modules._codecs import clear_registry
        clear_registry()


def _wait_for_thread_shutdown(interp):
    """Counterpart: wait_for_thread_shutdown: threading._shutdown() joins
    the non-daemon threads, if the program imported threading."""
    from glass.objects import abstract
    w_threading = interp.w_modules.getitem_str("threading")
    if w_threading is None:
        return
    try:
        w_shutdown = abstract.getattr_str(w_threading, "_shutdown")
        try:
            decref(abstract.call(w_shutdown, []))
        finally:
            decref(w_shutdown)
    except OperationError as error:
        from glass.vm.traceback import write_unraisable
        write_unraisable(error, None, w_threading)


def finalize_modules(interp):
    """Counterpart: finalize_modules: every sys.modules entry becomes None
    (a module nobody else holds is freed then), then the modules still
    alive have their globals set to None, last imported first
    (_PyModule_ClearDict), which frees what module globals kept alive.
    Between the two steps a collection frees the modules that only cycles
    (a module's functions refer to its dict) kept alive."""
    from glass.objects.module import W_Module
    from glass.objects.none import w_None
    from glass.objects.weakrefobject import W_WeakRef, weakref_list
    w_modules = interp.w_modules
    keep = (interp.w_builtins, interp.w_sys.w_dict)
    weaklist = []
    for w_key in w_modules.keys_list():
        w_module = w_modules.getitem(w_key)
        if isinstance(w_module, W_Module):
            w_ref = W_WeakRef(w_module, None)
            weakref_list(w_module).append(w_ref)
            weaklist.append(w_ref)
    _delete_special(interp)
    try:
        for w_key in w_modules.keys_list():
            w_modules.setitem(w_key, w_None)
        w_modules.clear()
        from glass.vm import gc
        gc.collect()                 # _PyGC_CollectNoFail
        for w_ref in reversed(weaklist):
            w_module = w_ref.w_referent
            if w_module is None or w_module.w_dict in keep:
                continue
            w_module.ob_refcnt += 1
            try:
                clear_module_dict(w_module.w_dict)
            finally:
                decref(w_module)
    finally:
        for w_ref in weaklist:
            decref(w_ref)


# Counterpart: finalize_modules_delete_special's lists.
SYS_DELETES = ("path", "argv", "ps1", "ps2", "last_type", "last_value", "last_traceback",
               "path_hooks", "path_importer_cache", "meta_path", "__interactivehook__")
SYS_FILES = (("stdin", "__stdin__"), ("stdout", "__stdout__"), ("stderr", "__stderr__"))


def _delete_special(interp):
    """builtins._ and the sys attributes where user objects hide go first."""
    from glass.objects.none import w_None
    interp.w_builtins.setitem_str("_", w_None)
    w_sysdict = interp.w_sys.w_dict
    for name in SYS_DELETES:
        w_sysdict.setitem_str(name, w_None)
    for name, original in SYS_FILES:
        w_value = w_sysdict.getitem_str(original)
        w_sysdict.setitem_str(name, w_value if w_value is not None else w_None)


def clear_module_dict(w_dict):
    """Counterpart: _PyModule_ClearDict: names with one leading underscore
    become None first, then every other name but __builtins__."""
    from glass.objects.none import w_None
    from glass.objects.str import W_Str
    for underscored in (True, False):
        for w_key, w_value in w_dict.item_pairs():
            if w_value is w_None or not isinstance(w_key, W_Str):
                continue
            name = w_key.value
            if underscored and not (name[:1] == "_" and name[1:2] != "_"):
                continue
            if not underscored and name == "__builtins__":
                continue
            w_dict.setitem(w_key, w_None)


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
    """Counterpart: flush_std_files: the guest's sys.stdout and sys.stderr
    (their errors reported as unraisable), then the host's own."""
    interp = pystate.interpreter()
    if interp.w_sys is not None and interp.w_importlib is not None:
        from glass.objects import abstract
        from glass.objects.none import w_None
        for name in ("stdout", "stderr"):
            w_stream = interp.w_sys.w_dict.getitem_str(name)
            if w_stream is None or w_stream is w_None:
                continue
            try:
                w_closed = abstract.lookup_attr_str(w_stream, "closed")
                closed = w_closed is not None and abstract.is_true(w_closed)
                if w_closed is not None:
                    decref(w_closed)
                if not closed:
                    decref(abstract.call_method(w_stream, "flush", []))
            except OperationError as error:
                from glass.vm.traceback import write_unraisable
                write_unraisable(error, None, w_stream)
    host_sys.stdout.flush()
    host_sys.stderr.flush()


# The host's main thread waits for the guest's thread; meanwhile it runs the
# calls that only a main thread may make (signal.signal), on the guest's behalf.
_MAIN_THREAD = []
_MAIN_THREAD_CALLS = []
_MAIN_THREAD_WAKE = threading.Condition()


def call_on_main_thread(func, *args):
    """Run func(*args) on the host's main thread (where Python lets signal
    handlers be set) and return its result or raise its exception.

    In a child of os.fork() the thread that forked is the only one left and
    the host made it the main thread (threading.main_thread() and the
    interpreter's own record both follow the fork); nobody serves the
    queue there, so the call is made at once."""
    current = threading.current_thread()
    if not _MAIN_THREAD or current is _MAIN_THREAD[-1] or current is threading.main_thread():
        return func(*args)
    done = threading.Event()
    outcome = []
    with _MAIN_THREAD_WAKE:
        _MAIN_THREAD_CALLS.append((func, args, outcome, done))
        _MAIN_THREAD_WAKE.notify()
    done.wait()
    if outcome[0] == "error":
        raise outcome[1]
    return outcome[1]


def _serve_main_thread_calls(thread):
    while thread.is_alive():
        with _MAIN_THREAD_WAKE:
            if not _MAIN_THREAD_CALLS:
                _MAIN_THREAD_WAKE.wait(0.05)
            calls = _MAIN_THREAD_CALLS[:]
            del _MAIN_THREAD_CALLS[:]
        for func, args, outcome, done in calls:
            try:
                outcome[:] = ["ok", func(*args)]
            except BaseException as error:
                outcome[:] = ["error", error]
            done.set()
    thread.join()


def run_on_big_stack(func, *args):
    """Run func(*args) on a host thread with a large stack; return its result."""
    result = []
    failure = []

    import os
    parent_pid = os.getpid()

    def body():
        try:
            result.append(func(*args))
        except BaseException as error:      # re-raised in the calling thread
            failure.append(error)
        if os.getpid() != parent_pid and func in (run_code, run_main) and not failure:
            # A child made by os.fork() has only this thread: it ends the
            # process itself, with the guest's exit status.
            _flush_streams()
            os._exit(result[0] & 0xFF)

    old_limit = host_sys.getrecursionlimit()
    host_sys.setrecursionlimit(max(old_limit, HOST_RECURSION_LIMIT))
    old_size = threading.stack_size()
    try:
        threading.stack_size(GUEST_STACK_SIZE)
        thread = threading.Thread(target=body, name="glass-guest")
        _MAIN_THREAD.append(threading.current_thread())
        thread.start()
        _serve_main_thread_calls(thread)
    finally:
        _MAIN_THREAD.pop()
        threading.stack_size(old_size)
        host_sys.setrecursionlimit(old_limit)
    if failure:
        raise failure[0]
    if func in (run_code, run_main) and result[0] == KILLED_BY_SIGINT:
        exit_process(result[0])              # on the main thread, as it must be
    return result[0]
