"""The _testinternalcapi module: what CPython's internal-API test module
offers that a Python VM can answer.

Counterpart: Modules/_testinternalcapi.c.

test.support reads the recursion depth here (get_recursion_depth), so that
tests which recurse up to the limit (tomllib's, json's, ast's) count what
the VM counts, C calls included, not only the frames f_back reaches.  The
C helpers that test C code alone (test_bswap, test_hashtable...) and the
configuration setters (set_config...) are not here: importing them fails,
and the tests that need them say so.  get_config reads the configuration
the command line and sys give (test.support asks it for code_debug_ranges).  The locale
codec helpers are the host's own (not on PyPy, which has none).
"""
from __future__ import annotations

import posixpath

from glass.objects.buildvalue import build_value
from glass.modules import builtin_module, function
from glass.objects.int import new_int

try:                                   # the host's, for the locale codec helpers
    import _testinternalcapi as host_testinternalcapi
except ImportError:                    # PyPy: no C test modules
    host_testinternalcapi = None


@builtin_module("_testinternalcapi")
class TestInternalCapiModule:

    SIZEOF_PYGC_HEAD = 16              # sizeof(PyGC_Head) on a 64-bit build

    @function("($module, /)")
    def get_recursion_depth():
        # The depth the recursion limit is checked against, less this
        # call's own count.
        from glass.vm import pystate
        return new_int(pystate.current().recursion_depth - 1)

    @function("($module, /)")
    def get_config():
        """The interpreter's PyConfig as a dict (_PyConfig_AsDict)."""
        from glass.vm import pystate
        return build_value(config_dict(pystate.interpreter()))

    @function("($module, path, /)")
    def normalize_path(w_path):
        """_Py_normpath: the path with '.', '..' and repeated slashes resolved."""
        from glass.modules.posix import to_guest, to_host
        return to_guest(posixpath.normpath(to_host(w_path)))

    if host_testinternalcapi is not None:
        # The locale codec of Python/fileutils.c is the C library's, which
        # the host shares: its own test functions answer for it.
        @function("($module, unicode, current_locale, errors, /)")
        def EncodeLocaleEx(w_text, w_current_locale, w_errors):
            return _host_call(host_testinternalcapi.EncodeLocaleEx,
                              w_text, w_current_locale, w_errors)

        @function("($module, encoded, current_locale, errors, /)")
        def DecodeLocaleEx(w_encoded, w_current_locale, w_errors):
            return _host_call(host_testinternalcapi.DecodeLocaleEx,
                              w_encoded, w_current_locale, w_errors)


def config_dict(interp):
    """PyConfig's fields, from Glass's command line (glass/main.py's Config)
    and what start-up put in sys."""
    import os
    from glass.modules.posix import to_host
    from glass.modules.faulthandler import requested_at_startup as faulthandler_requested
    from glass.vm.getpath import path_config
    config = interp.config
    paths = path_config(interp)

    def sys_value(name):
        w_value = interp.w_sys.w_dict.getitem_str(name)
        return None if w_value is None else to_host(w_value)

    use_environment = not (config.ignore_environment or config.isolated)
    environ = os.environ if use_environment else {}
    hash_seed = environ.get("PYTHONHASHSEED", "random")
    xoptions = [name if value is True else "%s=%s" % (name, value)
                for name, value in config.xoptions.items()]
    return {
        "_config_init": 2, "_init_main": 1, "_install_importlib": 1,
        "_is_python_build": 0, "_isolated_interpreter": 0,
        "argv": list(config.argv),
        "base_exec_prefix": paths.exec_prefix,
        "base_executable": paths.base_executable,
        "base_prefix": paths.prefix,
        "buffered_stdio": int(not config.unbuffered),
        "bytes_warning": config.bytes_warning,
        "check_hash_pycs_mode": config.check_hash_pycs_mode,
        "code_debug_ranges": int("no_debug_ranges" not in config.xoptions
                                 and not environ.get("PYTHONNODEBUGRANGES")),
        "configure_c_stdio": 1, "dev_mode": int(config.dev_mode), "dump_refs": 0,
        "exec_prefix": paths.exec_prefix, "executable": paths.executable,
        "faulthandler": int(faulthandler_requested(config)),
        "filesystem_encoding": "utf-8", "filesystem_errors": "surrogateescape",
        "hash_seed": 0 if hash_seed == "random" else int(hash_seed),
        "home": paths.home, "import_time": int("importtime" in config.xoptions),
        "inspect": int(config.inspect), "install_signal_handlers": 1,
        "interactive": int(config.inspect), "isolated": int(config.isolated),
        "malloc_stats": 0,
        "module_search_paths": list(paths.module_search_paths),
        "module_search_paths_set": 1,
        "optimization_level": config.optimize,
        "orig_argv": sys_value("orig_argv"),
        "parse_argv": 2, "parser_debug": 0, "pathconfig_warnings": 1,
        "platlibdir": sys_value("platlibdir"),
        "prefix": paths.prefix, "program_name": paths.program_name,
        "pycache_prefix": sys_value("pycache_prefix"),
        "pythonpath_env": environ.get("PYTHONPATH"),
        "quiet": int(config.quiet),
        "run_command": config.run_command, "run_filename": config.run_filename,
        "run_module": config.run_module,
        "safe_path": int(config.safe_path), "show_ref_count": 0,
        "site_import": int(not config.no_site),
        "skip_source_first_line": int(config.skip_first_line),
        "stdio_encoding": "utf-8", "stdio_errors": "surrogateescape",
        "stdlib_dir": paths.stdlib_dir,
        "tracemalloc": 0, "use_environment": int(use_environment),
        "use_frozen_modules": int(config.xoptions.get("frozen_modules") != "off"),
        "use_hash_seed": int(hash_seed != "random"),
        "user_site_directory": int(not (config.no_user_site or config.isolated)),
        "verbose": config.verbose, "warn_default_encoding": 0,
        "warnoptions": list(config.warnoptions),
        "write_bytecode": int(not (config.dont_write_bytecode
                                   or (use_environment and environ.get("PYTHONDONTWRITEBYTECODE")))),
        "xoptions": xoptions,
    }


def _host_call(func, *args_w):
    """func on the host values of args_w; its result or error for the guest."""
    from glass.modules.posix import host_call, to_guest, to_host
    return to_guest(host_call(func, *[to_host(w_arg) for w_arg in args_w]))


def init_module(w_module):
    from glass.objects.object import decref
    w_size = new_int(TestInternalCapiModule.SIZEOF_PYGC_HEAD)
    w_module.w_dict.setitem_str("SIZEOF_PYGC_HEAD", w_size)
    decref(w_size)


TestInternalCapiModule.init_module = staticmethod(init_module)
