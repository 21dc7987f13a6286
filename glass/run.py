"""Running what the command line named: a file, a .pyc, -c, -m or stdin.

Counterpart: Modules/main.c (pymain_run_python, pymain_run_file) and
Python/pythonrun.c (_PyRun_AnyFileObject, maybe_pyc_file, run_pyc_file).

Until the VM exists, every check CPython makes before it executes anything
is made here, with CPython's messages and exit statuses (a missing file, a
directory without __main__, a bad .pyc, a syntax error), and then Glass says
that running is not implemented yet.
"""
from __future__ import annotations

import errno
import os
import sys

from glass.compiler import CompilerUnavailable, compile_source

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2
NOT_IMPLEMENTED = "glass: running programs is not implemented yet"


def run_program(config):
    """Counterpart: pymain_run_python.  Returns the exit status."""
    if config.run_command is not None:
        return _run_source(config, config.run_command.encode("utf-8"), "<string>")
    if config.run_module is not None:
        return execute(config, None, None, module=config.run_module)
    if config.run_filename is not None:
        return _run_file(config, config.run_filename)
    if sys.stdin is None or sys.stdin.isatty():
        return _not_implemented()             # the interactive prompt
    return _run_source(config, sys.stdin.buffer.read(), "<stdin>", from_file=True)


def _run_file(config, filename):
    """Counterpart: pymain_run_file and pymain_run_module for a directory."""
    # A directory or a zip file runs as its __main__ module, through runpy,
    # which says so when there is none.
    if os.path.isdir(filename):
        return execute(config, None, None, module="__main__", main_importer_path=filename)
    try:
        with open(filename, "rb") as file:
            data = file.read()
    except OSError as error:
        sys.stderr.write("%s: can't open file %s: [Errno %d] %s\n" % (
            config.program_name, _quote(filename), error.errno,
            os.strerror(error.errno or errno.EIO)))
        return EXIT_USAGE
    if _is_zip_archive(filename, data):
        return execute(config, None, None, module="__main__", main_importer_path=filename)
    from glass.bytecode import pyc
    if _maybe_pyc(filename, data, pyc.MAGIC_NUMBER):
        try:
            code = pyc.read_pyc(data)
        except pyc.PycError as error:
            sys.stderr.write("%s\n" % error.python_line)
            return EXIT_FAILURE
        return execute(config, code, filename)
    if config.skip_first_line:
        data = data[data.find(b"\n") + 1:] if b"\n" in data else b""
    return _run_source(config, data, filename, from_file=True)


# The signature of a zip archive's end record, which lies in the last
# 64 KiB (a comment at most) and 22 bytes (the record) of the file.
ZIP_END_SIGNATURE = b"PK\x05\x06"
ZIP_END_SPAN = 0xFFFF + 22


def _is_zip_archive(filename, data):
    """Counterpart: pymain_get_importer for a file: whether zipimporter's
    path hook (the one of sys.path_hooks at start-up that takes files) takes
    it, which it does when it finds the archive's directory.  The host's
    zipfile module reads it as zipimport does; it is imported only for a
    file that has the signature, so a script's start-up never pays for it."""
    if ZIP_END_SIGNATURE not in data[-ZIP_END_SPAN:]:
        return False
    import zipfile
    return zipfile.is_zipfile(filename)


def _maybe_pyc(filename, data, magic):
    """Counterpart: maybe_pyc_file: the .pyc suffix, or the magic's first half."""
    return filename.endswith(".pyc") or data[:2] == magic[:2]


def _run_source(config, source, filename, from_file=False):
    try:
        code = compile_source(source, filename, "exec", config.compiler,
                              optimize=config.optimize, from_file=from_file)
    except SyntaxError as error:
        sys.stderr.write(format_syntax_error(error))
        return EXIT_FAILURE
    except CompilerUnavailable as error:
        # The chosen compiler cannot make this code (the wrong host, or a
        # construct it does not compile yet): say which, python-style.
        sys.stderr.write("glass: %s\n" % error)
        return EXIT_USAGE
    return execute(config, code, filename)


def execute(config, code, filename, module=None, main_importer_path=None):
    """Start the interpreter and run the code (or the module, from
    main_importer_path if one is given) as __main__: the exit status."""
    from glass.vm import fastloop, pylifecycle
    pylifecycle.initialize(config)
    fastloop.install()          # the generated loop, unless GLASS_LOOP=plain
    _tune_host_collector()
    return pylifecycle.run_on_big_stack(pylifecycle.run_main, config, code, filename,
                                        module, main_importer_path)


# The host collector's thresholds while the guest runs: each guest object is
# several host objects, so the host's default (700 allocations) collects
# its youngest generation every few guest statements and its oldest during
# start-up.  Measured on `glass -c pass`: the host's collections take
# 25 ms instead of 47.
HOST_GC_THRESHOLDS = (10000, 20, 10)


def _tune_host_collector():
    """Tune the host's own collector for the guest (the guest's collector,
    glass/vm/gc.py, keeps CPython's thresholds; only the host's change).

    What exists now (Glass's own modules, the builtin types, the guest's
    builtins and sys) lives as long as the process: gc.freeze moves it out
    of the host collector's sight, so that no full collection, at start-up
    or at exit, walks it again.  PyPy's collector works otherwise and is
    left alone."""
    if sys.implementation.name != "cpython":
        return
    import gc
    gc.freeze()
    gc.set_threshold(*HOST_GC_THRESHOLDS)


def format_syntax_error(error):
    """The text CPython prints for an uncaught SyntaxError (no traceback lines)."""
    import traceback
    return "".join(traceback.format_exception_only(type(error), error))


def _quote(text):
    """CPython formats these file names with %R: the repr of a str."""
    return repr(text)


def _not_implemented():
    sys.stderr.write(NOT_IMPLEMENTED + "\n")
    return EXIT_USAGE
