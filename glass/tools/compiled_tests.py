"""CPython's own test files, compiled by Glass's compiler, run by the real host CPython.

Counterpart: none in CPython; this is the second check of issue 6's sweep:
the compiler tested without Glass's VM.

    python3 -m glass.tools.compiled_tests [--files test_grammar,...] [--all]
                                          [-j N] [--timeout S] [--no-status]
                                          [--list]

Each chosen test file runs twice under the host python3, through
glass/tools/test_runner.py (one record line per test outcome):

1. from the stdlib's own `Lib/test` (the host compiles the sources, or uses
   its own .pyc files).  This run also tells which modules of `Lib/test`
   the file loads (itself, `test.support`, helpers such as `list_tests`).
2. from a mirror of `Lib/test` in a temporary directory: the same files, as
   symbolic links, but each module the first run loaded has next to it, in
   `__pycache__/`, a .pyc written from Glass's compiler.  The .pyc is an
   *unchecked* hash-based one (PEP 552), so the host's import system takes
   it without looking at the source, yet `__file__`, `inspect.getsource`,
   test discovery and data files all work as in the first run.

A small wrapper around the runner watches the host's import system: it
records every module of the test tree that the host compiled from source
rather than loading a .pyc.  In the second run the file's own modules must
not be among them (that would mean the host silently preferred the source);
such a run counts as a crash.  Modules that only the second run loads (none,
normally) are compiled by the host and listed.

A file is *same* when both runs finish and every test has the same outcome
(ok, FAIL, ERROR, skip, expected failure, unexpected success).  Otherwise
the tests that differ are listed.  Unless --no-status is given, the figures
go into the "compiled_tests" section of docs/STATUS.md.
"""
from __future__ import annotations

import argparse
import datetime
import importlib.util
import json
import os
import platform
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

from glass.tools.status import STATUS_PATH, replace_section
from glass.tools.stdlib import find_python311, find_stdlib
from glass.tools.test_sweep import (ERRORS, FAILED, PASSED, SKIPPED, Record,
                                    _kill_group, crash_of, parse_record,
                                    test_files)

RUNNER = os.path.join(os.path.dirname(os.path.abspath(__file__)), "test_runner.py")
DEFAULT_TIMEOUT = 300

# A fast selection that exercises the compiler: the grammar, scopes,
# exceptions, generators and coroutines, with, match, f-strings, classes,
# and the files whose tests look at bytecode and line numbers (dis, tracing,
# tracebacks), plus the main builtin types.  (3.11's test_str is test_unicode.)
DEFAULT_FILES = (
    "test_grammar test_patma test_syntax test_scope test_exceptions "
    "test_exception_group test_except_star test_generators test_genexps "
    "test_coroutines test_asyncgen test_with test_contextlib "
    "test_contextlib_async test_fstring test_string_literals test_unpack "
    "test_unpack_ex test_keywordonlyarg test_positional_only_arg test_class "
    "test_dataclasses test_enum test_functools test_itertools test_collections "
    "test_dict test_list test_tuple test_set test_unicode test_raise "
    "test_named_expressions test_listcomps test_setcomps test_decorators "
    "test_funcattrs test_super test_opcodes test_augassign test_global "
    "test_dis test_sys_settrace test_traceback test_compile test_peepholer "
    "test_types test_int test_float test_bool test_string test_format "
    "test_slice test_range test_binop test_typing").split()

# Run by the host around the runner; argv: INFO_FILE TEST_ROOT RUNNER ARGS...
# It writes to INFO_FILE, as JSON, the modules of TEST_ROOT the import
# system loaded and those it had to compile from source.
WRAPPER = r'''
import json, os, runpy, sys
import _frozen_importlib_external as external

info_path, test_root, runner = sys.argv[1:4]
test_root = os.path.join(test_root, "")
loaded, from_source = {}, []
original_get_code = external.SourceLoader.get_code
original_source_to_code = external.SourceLoader.source_to_code

def get_code(self, fullname):
    path = self.get_filename(fullname)
    if path.startswith(test_root):
        loaded[fullname] = path[len(test_root):]
    return original_get_code(self, fullname)

def source_to_code(self, data, path, *, _optimize=-1):
    if isinstance(path, str) and path.startswith(test_root):
        from_source.append(path[len(test_root):])
    return original_source_to_code(self, data, path, _optimize=_optimize)

def write_info():
    with open(info_path, "w") as file:
        json.dump({"loaded": loaded, "from_source": from_source}, file)

external.SourceLoader.get_code = get_code
external.SourceLoader.source_to_code = source_to_code
del sys.path[0]          # the wrapper's own directory, except for the tree
sys.path.insert(0, os.path.dirname(os.path.dirname(test_root)))
namespace = runpy.run_path(runner, run_name="glass_test_runner")
try:
    status = namespace["main"](sys.argv[4:])
finally:
    write_info()
sys.exit(status)
'''


# --- The tree of Glass-compiled modules -------------------------------------------------

class CompiledTree:
    """A mirror of Lib/test (symbolic links) in a temporary directory, where
    modules get Glass-compiled .pyc files on demand."""

    def __init__(self, test_directory):
        self.source_root = test_directory
        self.root = tempfile.mkdtemp(prefix="glass-compiled-tests-")
        self.test_root = os.path.join(self.root, "test")
        self.compiled = {}          # relative path -> None, or why it failed
        self.lock = threading.Lock()
        self.path_locks = {}
        self._mirror()

    def _mirror(self):
        for folder, folders, files in os.walk(self.source_root):
            folders[:] = [name for name in folders if name != "__pycache__"]
            relative = os.path.relpath(folder, self.source_root)
            target = os.path.normpath(os.path.join(self.test_root, relative))
            os.makedirs(target, exist_ok=True)
            for name in files:
                if not name.endswith((".pyc", ".pyo")):
                    os.symlink(os.path.join(folder, name), os.path.join(target, name))

    def compile(self, relative):
        """Give the module at `relative` (a path under Lib/test) a .pyc from
        Glass's compiler; returns None, or why it could not be compiled."""
        with self.lock:
            if relative in self.compiled:
                return self.compiled[relative]
            path_lock = self.path_locks.setdefault(relative, threading.Lock())
        with path_lock:
            with self.lock:
                if relative in self.compiled:
                    return self.compiled[relative]
            problem = self._compile(relative)
            with self.lock:
                self.compiled[relative] = problem
            return problem

    def _compile(self, relative):
        from glass.bytecode.pyc import write_pyc_hash
        from glass.compiler import compile_source
        import warnings
        mirror_path = os.path.join(self.test_root, relative)
        with open(os.path.join(self.source_root, relative), "rb") as file:
            source = file.read()
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")     # the file's SyntaxWarnings
                code = compile_source(source, mirror_path, "exec", "glass")
        except SyntaxError as error:
            return "SyntaxError: %s" % (error.msg,)
        except RecursionError:
            return "RecursionError in Glass's compiler"
        except Exception as error:      # a crash is a finding, not an abort
            return "crash: %s: %s" % (type(error).__name__, error)
        write_pyc_hash(code, importlib.util.cache_from_source(mirror_path),
                       source, checked=False)
        return None

    def remove(self):
        shutil.rmtree(self.root, ignore_errors=True)


# --- One run ------------------------------------------------------------------------------

_LIVE_PROCESSES = set()


def run_record(python, module, test_root, timeout):
    """Run the runner on `module` under the host, the package `test` taken
    from `test_root`'s parent; returns (Record, info dict or None)."""
    workdir = tempfile.mkdtemp(prefix="glass-compiled-run-")
    report_path = os.path.join(workdir, "record.txt")
    info_path = os.path.join(workdir, "info.json")
    wrapper_path = os.path.join(workdir, "wrapper.py")
    with open(wrapper_path, "w") as file:
        file.write(WRAPPER)
    arguments = [python, "-E", "-S", wrapper_path, info_path, test_root, RUNNER,
                 "--report", report_path, module]
    environment = {key: value for key, value in os.environ.items()
                   if not key.startswith("PYTHON")}
    started = time.time()
    process = subprocess.Popen(
        arguments, cwd=workdir, env=environment, stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    _LIVE_PROCESSES.add(process)
    stderr_chunks = []
    reader = threading.Thread(target=lambda: stderr_chunks.append(
        process.stderr.read()), daemon=True)
    reader.start()
    timed_out = False
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        timed_out = True
    _kill_group(process)            # and anything the test left running
    process.wait()
    _LIVE_PROCESSES.discard(process)
    reader.join(5)
    try:
        with open(report_path, encoding="utf-8", errors="replace") as file:
            record = parse_record(file.read())
    except OSError:
        record = Record()
    try:
        with open(info_path) as file:
            info = json.load(file)
    except (OSError, ValueError):
        info = None
    record.status = process.returncode
    record.timed_out = timed_out
    record.seconds = time.time() - started
    record.stderr = b"".join(stderr_chunks)[-20000:].decode("utf-8", "replace")
    shutil.rmtree(workdir, ignore_errors=True)
    return record, info


# --- One file ------------------------------------------------------------------------------

def outcome_map(record):
    """{test id: outcome} (a test with failing subtests: its worst one)."""
    outcomes = {}
    for outcome, test_id, _, _ in record.outcomes:
        outcomes.setdefault(test_id, outcome)
    return outcomes


class FileResult:
    __slots__ = ("name", "host", "compiled", "glass_modules", "compile_problems",
                 "host_compiled", "source_preferred")

    def __init__(self, name):
        self.name = name
        self.host = self.compiled = None    # Records
        self.glass_modules = 0              # modules run from Glass's .pyc files
        self.compile_problems = {}          # relative path -> why not compiled
        self.host_compiled = []             # modules the host compiled itself
        self.source_preferred = []          # Glass-compiled, yet host-compiled

    def differing_tests(self):
        """[(test id, host outcome, outcome from Glass's .pyc)]."""
        host, compiled = outcome_map(self.host), outcome_map(self.compiled)
        return sorted((test_id, host.get(test_id, "-"), compiled.get(test_id, "-"))
                      for test_id in set(host) | set(compiled)
                      if host.get(test_id) != compiled.get(test_id))

    @property
    def crash(self):
        """Why the run from Glass's .pyc files is not a fair run, or None."""
        if self.source_preferred:
            return "the host compiled Glass-compiled modules from source: %s" % (
                ", ".join(self.source_preferred))
        if self.compile_problems:
            path, problem = sorted(self.compile_problems.items())[0]
            return "Glass did not compile %s: %s" % (path, problem)
        own = crash_of(self.compiled)
        if own and own != crash_of(self.host):
            return own
        return None

    @property
    def same(self):
        return (self.crash is None and not self.differing_tests()
                and crash_of(self.host) == crash_of(self.compiled))


def run_file(name, tree, python, timeout):
    result = FileResult(name)
    module = "test." + name
    result.host, info = run_record(python, module, tree.source_root, timeout)
    modules = set(["__init__.py"])
    if info:
        modules.update(info["loaded"].values())
    if os.path.isdir(os.path.join(tree.source_root, name)):
        modules.add(os.path.join(name, "__init__.py"))
    else:
        modules.add(name + ".py")
    for relative in sorted(modules):
        problem = tree.compile(relative)
        if problem:
            result.compile_problems[relative] = problem
    result.compiled, info = run_record(python, module, tree.test_root, timeout)
    if info:
        from_source = set(info["from_source"])
        result.source_preferred = sorted(from_source & modules)
        result.host_compiled = sorted(from_source - modules)
        result.glass_modules = len(set(info["loaded"].values()) - from_source)
    return result


class RunResult:
    __slots__ = ("files", "seconds", "timeout")

    def __init__(self, timeout):
        self.files = []
        self.seconds = 0.0
        self.timeout = timeout

    def total(self, which, outcomes):
        return sum(getattr(result, which).count(outcomes) for result in self.files)

    @property
    def same(self):
        return sum(1 for result in self.files if result.same)


def run_all(names, test_directory, python, timeout, jobs=1, progress=None):
    result = RunResult(timeout)
    started = time.time()
    tree = CompiledTree(test_directory)
    pending = list(names)
    lock = threading.Lock()
    done = []

    def worker():
        while True:
            with lock:
                if not pending:
                    return
                name = pending.pop(0)
            file_result = run_file(name, tree, python, timeout)
            with lock:
                done.append(file_result)
                if progress:
                    progress(len(done), len(names), file_result)

    threads = [threading.Thread(target=worker, daemon=True)
               for _ in range(max(1, jobs))]
    for thread in threads:
        thread.start()
    try:
        for thread in threads:
            while thread.is_alive():
                thread.join(0.5)     # a short wait, so that signals get through
    finally:
        with lock:
            pending[:] = []
        for process in list(_LIVE_PROCESSES):
            _kill_group(process)
        tree.remove()
    result.files = sorted(done, key=lambda file_result: file_result.name)
    result.seconds = time.time() - started
    return result


# --- Reports -------------------------------------------------------------------------------

def _counts(record):
    return (record.tests_run, record.passed, record.failed, record.errors,
            record.skipped)


def summary_line(result):
    return ("compiled_tests: %d files, %d the same from Glass's .pyc files; "
            "tests passed: %d from the host's compiler, %d from Glass's (%.0f s)" % (
                len(result.files), result.same, result.total("host", PASSED),
                result.total("compiled", PASSED), result.seconds))


def report(result, listed=10):
    lines = [summary_line(result), "",
             "%-26s %-24s %-24s %6s  %s" % (
                 "file", "host ran/pass/fail/err/skip",
                 "Glass .pyc ran/pass/...", "glass", "")]
    for file_result in result.files:
        lines.append("%-26s %-24s %-24s %6d  %s" % (
            file_result.name, "%d/%d/%d/%d/%d" % _counts(file_result.host),
            "%d/%d/%d/%d/%d" % _counts(file_result.compiled),
            file_result.glass_modules,
            "same" if file_result.same else (file_result.crash or "DIFFER")))
        differing = file_result.differing_tests()
        for test_id, host, compiled in differing[:listed]:
            lines.append("    %-7s -> %-7s %s" % (host, compiled, test_id))
        if len(differing) > listed:
            lines.append("    ... and %d more" % (len(differing) - listed))
        if file_result.host_compiled:
            lines.append("    compiled by the host (loaded only from Glass's tree): %s"
                         % ", ".join(file_result.host_compiled))
    return "\n".join(lines) + "\n"


def _cell(text):
    return text.replace("|", "\\|").replace("\n", " ")


def status_section(result, stdlib, command):
    lines = [
        "### compiled_tests",
        "",
        "CPython's own test files run by the host CPython twice: from the "
        "host's compiler, and from .pyc files written from Glass's compiler "
        "(the test file and every `Lib/test` module it loads, `test.support` "
        "included).  `%s`, %s, host %s %s, stdlib %s:" % (
            command, datetime.date.today().isoformat(),
            platform.python_implementation(), platform.python_version(),
            _display_stdlib(stdlib)),
        "",
        "| files | the same | tests passed (host's compiler) "
        "| tests passed (Glass's .pyc) | seconds |",
        "|---:|---:|---:|---:|---:|",
        "| %d | %d | %d | %d | %.0f |" % (
            len(result.files), result.same, result.total("host", PASSED),
            result.total("compiled", PASSED), result.seconds),
        "",
        "| file | ran | passed | failed | errors | skipped | from Glass's .pyc: ran "
        "| passed | failed | errors | skipped | modules | result |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for file_result in result.files:
        lines.append("| %s | %d | %d | %d | %d | %d | %d | %d | %d | %d | %d | %d | %s |" % (
            (file_result.name,) + _counts(file_result.host) +
            _counts(file_result.compiled) + (
                file_result.glass_modules,
                "same" if file_result.same else
                _cell(file_result.crash or "differs"))))
    differing = [(file_result.name, row) for file_result in result.files
                 for row in file_result.differing_tests()]
    if differing:
        lines += ["", "| tests that differ | host's compiler | Glass's .pyc |",
                  "|---|---|---|"]
        for name, (test_id, host, compiled) in differing[:60]:
            lines.append("| `%s` | %s | %s |" % (_cell(test_id), host, compiled))
        if len(differing) > 60:
            lines.append("| ... and %d more | | |" % (len(differing) - 60))
    return "\n".join(lines)


def _display_stdlib(stdlib):
    home = os.path.expanduser("~")
    return "`%s`" % (("~" + stdlib[len(home):]) if stdlib.startswith(home) else stdlib)


# --- The command ---------------------------------------------------------------------------

def _terminal_progress(done, total, file_result):
    sys.stderr.write("  [%d/%d] %-26s host %4d passed, Glass .pyc %4d  %s\n" % (
        done, total, file_result.name, file_result.host.passed,
        file_result.compiled.passed,
        "same" if file_result.same else (file_result.crash or "DIFFER")[:70]))
    sys.stderr.flush()


def main(argv=None):
    parser = argparse.ArgumentParser(
        prog="python3 -m glass.tools.compiled_tests",
        description="Run CPython's test files under the host from .pyc files "
                    "compiled by Glass, and compare with the host's compiler.")
    parser.add_argument("--files", metavar="NAMES",
                        help="comma-separated test files (default: a fast "
                             "selection, DEFAULT_FILES)")
    parser.add_argument("--all", action="store_true",
                        help="every Lib/test/test_* file and package")
    parser.add_argument("-j", "--jobs", type=int, default=2, metavar="N",
                        help="files run at once (default 2)")
    parser.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, metavar="S",
                        help="seconds allowed to each run (default %d)" % DEFAULT_TIMEOUT)
    parser.add_argument("--no-status", action="store_true",
                        help="don't rewrite docs/STATUS.md")
    args = parser.parse_args(argv)
    python = find_python311()
    from glass.compiler import host_compiler_problem
    if python is None or host_compiler_problem():
        parser.error("this check runs on a CPython 3.11 host")
    stdlib = find_stdlib()
    test_directory = os.path.join(stdlib, "test")
    available = test_files(test_directory)
    if args.files:
        names = [name.strip() for name in args.files.split(",") if name.strip()]
    elif args.all:
        names = list(available)
    else:
        names = list(DEFAULT_FILES)
    unknown = [name for name in names if name not in available]
    if unknown:
        parser.error("no such test file: %s" % ", ".join(unknown))
    names.sort(key=lambda name: (-available[name], name))   # longest first
    signal.signal(signal.SIGTERM, lambda number, frame: sys.exit(128 + number))
    show = sys.stderr.isatty() and not os.environ.get("CI")
    result = run_all(names, test_directory, python, args.timeout, args.jobs,
                     _terminal_progress if show else None)
    sys.stdout.write(report(result))
    if not args.no_status:
        command = "python3 -m glass.tools.compiled_tests"
        if args.all:
            command += " --all"
        elif args.files:
            command += " --files " + ",".join(sorted(names))
        replace_section("compiled_tests", status_section(result, stdlib, command))
        sys.stdout.write("updated %s\n" % os.path.relpath(STATUS_PATH))
    return 0 if result.same == len(result.files) else 1


if __name__ == "__main__":
    sys.exit(main())
