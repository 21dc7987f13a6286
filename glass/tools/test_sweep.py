"""The test-suite sweep: run CPython's own tests (Lib/test/test_*) under the
host and under Glass, and count the tests that pass under both.

Counterpart: Lib/test/regrtest.py (CPython's test driver), reduced to a
comparison; DESIGN.md, "Testing: three oracles".

    python3 -m glass.tools.test_sweep [--files test_int,test_list,...] [--core | --memory]
                                      [--timeout S] [-j N] [--no-status]
                                      [--path DIR] [--list] [--ast-stand-in]
                                      [--cpython-details] [--journal FILE [--resume]]

Each test file (Lib/test/test_X.py, or the package Lib/test/test_X/) runs as
the module test.test_X through glass/tools/test_runner.py, once by the host
CPython 3.11 and once by Glass (`python3 -m glass`), both with -E -S, each
in a fresh temporary directory (tests write files into the current one).
The runner records one line per test outcome; from the two records this
tool counts, per file, the tests ran / passed / failed / errors / skipped,
and the headline: tests passed under Glass / tests passed on the host (a
test Glass skips, or never reaches, counts as not passed).  Glass's crash,
if any, is noted too: a timeout, a host traceback escaping Glass, a fatal
error, or a test module that does not import.  The limits are CPU seconds
(of the run's process group), so that a loaded machine slows a sweep down
without cutting files short; a run that sleeps is stopped once it has
used almost no CPU for five minutes (a hang), and any run after five times
its limit in wall-clock time.  The host's limit is --timeout (default 120 s);
Glass's is the larger of that and --slowdown (default 150) times the CPU
seconds the host spent on the file, at most ten times --timeout: the limit
is there to stop a hang, not to measure Glass's speed, and a file the host
needs 8 CPU seconds for takes Glass about 100 times that.

The whole sweep takes hours: --journal FILE appends each file's results to
FILE as it ends, and a later run with --journal FILE --resume runs only the
files FILE does not hold (for the same limits and options), so a sweep can
be stopped and taken up again, in another session too.  Where the journal
lacks a file, --resume takes its counts from the row STATUS holds for it
(the journal is not committed; STATUS is), so a fresh machine takes the
sweep up too; --files NAME runs a file again.

Files run smallest first; -j runs several at once.  Progress goes to stderr
when it is a terminal and CI is not set.  Unless --no-status or --files is
given, docs/STATUS.md gets the figures: --core's in the `test_sweep`
section, --memory's in `test_sweep:memory`, every file's in `test_sweep:all`.
"""
from __future__ import annotations

import argparse
import collections
import datetime
import json
import os
import platform
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

from glass.tools.status import STATUS_PATH, replace_section
from glass.tools.stdlib import find_python311, find_stdlib

RUNNER = os.path.join(os.path.dirname(os.path.abspath(__file__)), "test_runner.py")
REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

DEFAULT_TIMEOUT = 120
DEFAULT_SLOWDOWN = 150        # Glass's limit per host CPU second (bench: ~95x)
PASSED = ("ok", "xfail")            # an expected failure is a pass, as unittest says
FAILED = ("FAIL", "xpass")
ERRORS = ("ERROR",)
SKIPPED = ("skip",)

# The files of issue 7's first target: the core language and its types.
# (The issue's test_str is 3.11's test_unicode: it took its name in 3.13.)
CORE_FILES = (
    "test_int test_long test_float test_complex test_bool test_string test_unicode "
    "test_bytes test_list test_tuple test_dict test_set test_range test_slice "
    "test_class test_descr test_super test_exceptions test_exception_group "
    "test_generators test_coroutines test_scope test_grammar test_with "
    "test_contextlib test_raise test_keywordonlyarg test_unpack test_unpack_ex "
    "test_patma test_itertools test_functools test_collections test_operator "
    "test_math test_struct test_re test_json test_io test_os "
    "test_string_literals test_fstring test_format test_print test_builtin "
    "test_unittest").split()

# The files of issue 8's target: references, the collector, weakrefs,
# finalizers, sys.getsizeof.
MEMORY_FILES = "test_gc test_weakref test_weakset test_finalization test_sys".split()

# The named groups: option -> (files, STATUS section).
GROUPS = {"core": (CORE_FILES, "test_sweep"), "memory": (MEMORY_FILES, "test_sweep:memory")}


# --- Finding the test files --------------------------------------------------------

def test_files(test_directory):
    """{name: size in bytes} for each test_X.py file and test_X/ package."""
    found = {}
    for entry in sorted(os.listdir(test_directory)):
        path = os.path.join(test_directory, entry)
        if not entry.startswith("test_"):
            continue
        if entry.endswith(".py") and os.path.isfile(path):
            found[entry[:-3]] = os.path.getsize(path)
        elif os.path.isfile(os.path.join(path, "__init__.py")):
            found[entry] = sum(
                os.path.getsize(os.path.join(folder, name))
                for folder, _, names in os.walk(path)
                for name in names if name.endswith(".py"))
    return found


# --- One run: the record the runner writes ------------------------------------------

class Record:
    """What one interpreter did with one test file."""
    __slots__ = ("outcomes", "ran", "finished", "import_error", "stand_in",
                 "status", "stderr", "timed_out", "seconds", "cpu_seconds",
                 "limit", "hung")

    def __init__(self):
        self.outcomes = []          # [(outcome, test id, detail, where)]
        self.ran = None             # the runner's count, when it finished
        self.finished = False
        self.import_error = None    # the detail, when the module did not import
        self.stand_in = False       # the runner lent the interpreter an _ast
        self.status = None
        self.stderr = ""
        self.timed_out = False
        self.seconds = 0.0
        self.cpu_seconds = 0.0      # the process's and its children's user + system time
        self.limit = 0.0            # the timeout it ran under
        self.hung = False           # cut short for using no CPU (see IDLE_WINDOW)

    def ids(self, outcomes):
        return set(test_id for outcome, test_id, _, _ in self.outcomes
                   if outcome in outcomes)

    def count(self, outcomes):
        return sum(1 for outcome, _, _, _ in self.outcomes if outcome in outcomes)

    @property
    def passed(self):
        return self.count(PASSED)

    @property
    def failed(self):
        return self.count(FAILED)

    @property
    def errors(self):
        return self.count(ERRORS)

    @property
    def skipped(self):
        return self.count(SKIPPED)

    @property
    def tests_run(self):
        """The runner's count; for a run cut short, the tests recorded."""
        if self.ran is not None:
            return self.ran
        # A failing subtest has its own line; count its test once.
        return len(set(test_id.split(" ", 1)[0]
                       for _, test_id, _, _ in self.outcomes))


def parse_record(text):
    """A Record from the runner's output (the process fields left unset)."""
    record = Record()
    for line in text.splitlines():
        fields = line.split("\t")
        if len(fields) < 3:
            continue
        kind, name, detail = fields[0], fields[1], fields[2]
        where = fields[3] if len(fields) > 3 else ""
        if kind == "start":
            record.stand_in = bool(detail)
        elif kind == "done":
            record.finished = True
            record.ran = int(detail) if detail.isdigit() else None
        elif kind == "import-error":
            record.import_error = detail + ((" at " + where) if where else "")
        elif kind in PASSED + FAILED + ERRORS + SKIPPED:
            record.outcomes.append((kind, name, detail, where))
    return record


def _host_traceback_cause(stderr):
    """The last line of a traceback of Glass's own (host) code, or None.

    A guest traceback names the guest's files; a host one names files of
    the glass package itself."""
    glass_package = os.path.join(REPO, "glass") + os.sep
    lines = stderr.splitlines()
    for index, line in enumerate(lines):
        if line.startswith("Traceback (most recent call last)"):
            end = index + 1
            while end < len(lines) and lines[end].startswith(" "):
                end += 1
            frames = lines[index + 1:end]
            if any(glass_package in frame for frame in frames) and end < len(lines):
                return lines[end].strip()
    return None


def crash_of(record):
    """Why a run did not finish normally, in a few words, or None."""
    if record.hung:
        return "hang: no CPU used for %d s, ended after %d CPU s, %d s (%d tests recorded)" % (
            IDLE_WINDOW, round(record.cpu_seconds), round(record.seconds),
            len(record.outcomes))
    if record.timed_out:
        return "timeout after %d CPU s, %d s (%d tests recorded)" % (
            round(record.cpu_seconds), round(record.seconds), len(record.outcomes))
    if record.import_error is not None:
        return "import error: %s" % record.import_error
    if record.finished:
        return None
    cause = _host_traceback_cause(record.stderr)
    if cause:
        return "host traceback: %s" % cause
    fatal = [line for line in record.stderr.splitlines()
             if line.startswith("Fatal Python error")]
    if fatal:
        return fatal[0]
    last = [line for line in record.stderr.splitlines() if line.strip()]
    return "exit status %s%s" % (record.status,
                                 (": " + last[-1].strip()[:120]) if last else "")


# The runs under way, so that an interrupted sweep leaves none behind.
_LIVE_PROCESSES = set()


def _kill_group(process):
    """End the process we started and whatever it started in its group."""
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except OSError:
        pass


def run_record(command, module, timeout, paths=(), runner_options=()):
    """Run `command + [runner, ...]` on one module; returns its Record."""
    workdir = tempfile.mkdtemp(prefix="glass-test-sweep-")
    report_path = os.path.join(workdir, "record.txt")
    arguments = list(command) + [RUNNER] + list(runner_options)
    for path in paths:
        arguments += ["--path", os.path.abspath(path)]
    arguments += ["--report", report_path, module]
    environment = {key: value for key, value in os.environ.items()
                   if not key.startswith("PYTHON")}
    environment["PYTHONPATH"] = REPO     # read by the host that runs Glass only (-E)
    started = time.time()
    process = subprocess.Popen(
        arguments, cwd=workdir, env=environment, stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        start_new_session=True)
    _LIVE_PROCESSES.add(process)
    stderr_chunks = []
    reader = threading.Thread(target=lambda: stderr_chunks.append(
        process.stderr.read()), daemon=True)
    reader.start()
    timed_out = False
    status, cpu_seconds = _wait_with_usage(process, timeout)
    hung = status is None and cpu_seconds < 0
    if status is None:
        timed_out = True
        _kill_group(process)
        status, cpu_seconds = _wait_with_usage(process, None)
    # Anything the test left running in its session goes too.
    _kill_group(process)
    _LIVE_PROCESSES.discard(process)
    reader.join(5)
    try:
        with open(report_path, encoding="utf-8", errors="replace") as file:
            record = parse_record(file.read())
    except OSError:
        record = Record()
    record.status = status
    record.timed_out = timed_out
    record.hung = hung
    record.seconds = time.time() - started
    record.cpu_seconds = cpu_seconds
    record.limit = timeout
    stderr = b"".join(stderr_chunks)
    # Keep the end: that is where a crash says what it was.
    record.stderr = stderr[-20000:].decode("utf-8", "replace")
    shutil.rmtree(workdir, ignore_errors=True)
    return record


# A run whose process group used less than IDLE_CPU seconds in the last
# IDLE_WINDOW seconds is waiting for something that will not come: a hang.
IDLE_WINDOW = 300.0
IDLE_CPU = 3.0
# A run that used little CPU but went on this many times its CPU limit in
# wall-clock time is stopped too: a busy machine (other jobs, -j) leaves a run
# a fraction of a core, so the factor is generous; hangs are caught as idle.
WALL_FACTOR = 5


def _wait_with_usage(process, cpu_limit):
    """Wait for the process until its group has used cpu_limit CPU seconds
    (None: for ever), until WALL_FACTOR times that in wall-clock time, or until it has
    been idle (IDLE_CPU seconds in IDLE_WINDOW: a hang that sleeps uses no
    CPU); returns (exit status, CPU seconds it used), or (None, 0.0) at the
    limit, (None, -1.0) idle.  A CPU limit makes a loaded machine slow a
    sweep down without cutting its files short.  os.wait4 reports the CPU
    time that Popen.wait would discard."""
    started = time.time()
    next_check = started + 1.0
    samples = collections.deque()               # (time, group CPU seconds)
    while True:
        pid, wait_status, usage = os.wait4(process.pid, 0 if cpu_limit is None else os.WNOHANG)
        if pid:
            if os.WIFSIGNALED(wait_status):
                status = -os.WTERMSIG(wait_status)
            else:
                status = os.WEXITSTATUS(wait_status)
            process.returncode = status          # reaped: Popen must not wait again
            return status, usage.ru_utime + usage.ru_stime
        now = time.time()
        if now - started >= WALL_FACTOR * cpu_limit:
            return None, 0.0
        if now >= next_check:                    # reading /proc costs: once a second
            next_check = now + 1.0
            used = group_cpu_seconds(process.pid)
            if (now - started if used is None else used) >= cpu_limit:
                return None, 0.0
            if used is not None:
                samples.append((now, used))
                while samples[0][0] < now - IDLE_WINDOW:
                    earliest = samples.popleft()
                    if used - earliest[1] < IDLE_CPU:
                        return None, -1.0
        time.sleep(0.05)


_CLOCK_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def group_cpu_seconds(group):
    """User + system seconds of the live processes of a process group and of
    the children they have reaped, from /proc; None where there is no /proc."""
    try:
        entries = os.listdir("/proc")
    except OSError:
        return None
    ticks = 0
    for entry in entries:
        if not entry.isdigit():
            continue
        try:
            with open("/proc/%s/stat" % entry, "rb") as file:
                text = file.read()
        except OSError:
            continue                             # gone meanwhile
        # The command name, in parentheses, may hold spaces: split after it.
        fields = text[text.rindex(b")") + 2:].split()
        if int(fields[2]) == group:              # field 5, pgrp
            ticks += sum(int(field) for field in fields[11:15])   # utime stime cutime cstime
    return ticks / _CLOCK_TICKS


def glass_limit(host_record, timeout, slowdown):
    """Glass's timeout for a file: see the module docstring."""
    return max(timeout, min(slowdown * host_record.cpu_seconds, 10 * timeout))


def host_command(python):
    return [python, "-E", "-S"]


def glass_command():
    return [sys.executable, "-m", "glass", "-E", "-S"]


# --- One file, both interpreters ------------------------------------------------------

class FileResult:
    __slots__ = ("name", "host", "glass")

    def __init__(self, name, host, glass):
        self.name = name
        self.host = host
        self.glass = glass

    @property
    def host_passed(self):
        return len(self.host.ids(PASSED))

    @property
    def both_passed(self):
        """Tests that pass on the host and under Glass: the headline's numerator."""
        return len(self.host.ids(PASSED) & self.glass.ids(PASSED))

    @property
    def crash(self):
        return crash_of(self.glass)


def run_file(name, timeout, paths=(), python=None, glass_runner_options=(),
             slowdown=DEFAULT_SLOWDOWN):
    module = "test." + name if not paths else name
    host = run_record(host_command(python or find_python311()), module,
                      timeout, paths)
    glass = run_record(glass_command(), module, glass_limit(host, timeout, slowdown),
                       paths, glass_runner_options)
    return FileResult(name, host, glass)


_ADDRESS = re.compile(r"0x[0-9a-fA-F]{6,}")     # "at 0x7f..." differs each run


class SweepResult:
    __slots__ = ("files", "seconds", "timeout", "slowdown", "planned", "resumed")

    def __init__(self, timeout, slowdown=DEFAULT_SLOWDOWN):
        self.files = []             # [FileResult], by name
        self.planned = 0            # the files asked for (--stop-after may leave some)
        self.resumed = 0            # the files whose results came from the journal
        self.seconds = 0.0
        self.timeout = timeout
        self.slowdown = slowdown

    @property
    def host_passed(self):
        return sum(result.host_passed for result in self.files)

    @property
    def both_passed(self):
        return sum(result.both_passed for result in self.files)

    @property
    def ratio(self):
        return self.both_passed / self.host_passed if self.host_passed else 0.0

    @property
    def crashes(self):
        return [result for result in self.files if result.crash]

    def glass_problems(self, limit=None):
        """[(detail, count, an example test id)]: why tests the host passes do
        not pass under Glass, most frequent first (a failing subtest counts
        once per subtest, a crash once per file)."""
        grouped = collections.OrderedDict()
        for result in self.files:
            host_passed = result.host.ids(PASSED)
            for outcome, test_id, detail, where in result.glass.outcomes:
                if outcome in PASSED or test_id.split(" ", 1)[0] not in host_passed:
                    continue
                if outcome in SKIPPED:
                    detail = "skipped: " + detail
                grouped.setdefault(_ADDRESS.sub("0x...", detail)[:160],
                                   []).append(test_id)
            if result.crash:
                cause = result.crash
                if cause.startswith(("timeout", "hang")):
                    cause = cause.split(" ", 1)[0].rstrip(":")
                grouped.setdefault("crash: " + cause[:150], []).append(result.name)
        rows = sorted(((detail, len(ids), ids[0]) for detail, ids in grouped.items()),
                      key=lambda row: (-row[1], row[0]))
        return rows[:limit] if limit else rows


# --- The journal: a sweep that spans sessions -------------------------------------------

def _record_fields(record):
    fields = {name: getattr(record, name) for name in Record.__slots__}
    fields["outcomes"] = [list(outcome) for outcome in record.outcomes]
    return fields


def _record_from(fields):
    record = Record()
    for name in Record.__slots__:
        if name in fields:           # a journal written before a field existed lacks it
            setattr(record, name, fields[name])
    record.outcomes = [tuple(outcome) for outcome in fields["outcomes"]]
    return record


def journal_line(file_result, settings):
    """One JSON line: a file's two records and the settings they ran under."""
    return json.dumps({"name": file_result.name, "settings": settings,
                       "host": _record_fields(file_result.host),
                       "glass": _record_fields(file_result.glass)}) + "\n"


def read_journal(path, settings):
    """{name: FileResult} recorded in the journal under the same settings
    (the last line of a name wins); {} when there is no journal yet."""
    found = {}
    try:
        with open(path, encoding="utf-8") as file:
            lines = file.readlines()
    except FileNotFoundError:
        return found
    for line in lines:
        try:
            entry = json.loads(line)
        except ValueError:
            continue                  # a line cut short by a killed sweep
        if entry["settings"] == settings:
            found[entry["name"]] = FileResult(entry["name"], _record_from(entry["host"]),
                                              _record_from(entry["glass"]))
    return found


# --- STATUS rows: a sweep taken up on a machine without the journal --------------------

class CountedRecord:
    """A run known only by the counts its STATUS row gives (no outcomes)."""
    __slots__ = ("tests_run", "passed", "failed", "errors", "skipped", "outcomes",
                 "seconds", "stand_in", "crash")

    def __init__(self, counts, crash=None):
        self.tests_run, self.passed, self.failed, self.errors, self.skipped = counts
        self.outcomes = []
        self.seconds = 0.0
        self.stand_in = False
        self.crash = crash

    def ids(self, outcomes):
        return set()


class RowResult:
    """One file's STATUS row, standing in for its FileResult."""
    __slots__ = ("name", "host", "glass", "host_passed", "both_passed", "crash")

    def __init__(self, name, host_counts, glass_counts, crash):
        self.name = name
        self.host = CountedRecord(host_counts)
        self.glass = CountedRecord(glass_counts, crash)
        self.host_passed = host_counts[1]
        self.both_passed = glass_counts[1]   # the row's Glass "passed" is both_passed
        self.crash = crash


def read_status_rows(section, settings, path=STATUS_PATH):
    """{name: RowResult} from a section of docs/STATUS.md that a sweep wrote
    under the same limits; {} when there is none.  The rows hold counts only,
    so that a sweep can be taken up where the journal is gone."""
    if settings["runner_options"] or settings["paths"]:
        return {}
    try:
        with open(path, encoding="utf-8") as file:
            text = file.read()
    except FileNotFoundError:
        return {}
    begin, end = "<!-- %s begin -->" % section, "<!-- %s end -->" % section
    if begin not in text or end not in text:
        return {}
    body = text.split(begin, 1)[1].split(end, 1)[0]
    limits = re.search(r"limit (\d+) CPU s per file \(under Glass: ([\d.]+)x", body)
    if not limits or (float(limits.group(1)), float(limits.group(2))) != (
            settings["timeout"], settings["slowdown"]):
        return {}
    found = {}
    row = re.compile(r"^\| (test_\w+) \|" + r" (\d+) \|" * 10 + r" (.*) \|$")
    for line in body.splitlines():
        match = row.match(line)
        if match:
            numbers = [int(match.group(index)) for index in range(2, 12)]
            crash = match.group(12).strip().replace("\\|", "|") or None
            found[match.group(1)] = RowResult(match.group(1), numbers[:5], numbers[5:],
                                              crash)
    return found


def run_sweep(names, timeout, jobs=1, progress=None, paths=(), python=None,
              glass_runner_options=(), slowdown=DEFAULT_SLOWDOWN, journal=None,
              settings=None, stop_at=None):
    """Run each named file under both interpreters; returns a SweepResult.
    With a journal path, each file's result is appended to it as it ends;
    after the time stop_at, no file starts."""
    result = SweepResult(timeout, slowdown)
    result.planned = len(names)
    started = time.time()
    pending = list(names)
    lock = threading.Lock()
    done = []

    def worker():
        while True:
            with lock:
                if not pending or (stop_at is not None and time.time() >= stop_at):
                    return
                name = pending.pop(0)
            file_result = run_file(name, timeout, paths, python,
                                   glass_runner_options, slowdown)
            with lock:
                done.append(file_result)
                if journal:
                    with open(journal, "a", encoding="utf-8") as file:
                        file.write(journal_line(file_result, settings))
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
    result.files = sorted(done, key=lambda file_result: file_result.name)
    result.seconds = time.time() - started
    return result


def _terminal_progress(done, total, file_result):
    crash = file_result.crash
    sys.stderr.write("  [%d/%d] %-24s host %4d passed, Glass %4d (%4.0f s)%s\n" % (
        done, total, file_result.name, file_result.host_passed,
        file_result.both_passed, file_result.glass.seconds,
        ("  " + crash[:70]) if crash else ""))
    sys.stderr.flush()


# --- Reports ---------------------------------------------------------------------------

def _counts(record):
    return "%d/%d/%d/%d/%d" % (record.tests_run, record.passed, record.failed,
                               record.errors, record.skipped)


def summary_line(result):
    return ("test_sweep: %d files, %d tests passed on the host, %d of them under "
            "Glass (%.1f%%), %d Glass crashes (%.0f s)%s" % (
                len(result.files), result.host_passed, result.both_passed,
                100.0 * result.ratio, len(result.crashes), result.seconds,
                coverage(result)))


def coverage(result):
    """What a partial or resumed sweep holds, in a sentence (or "")."""
    parts = []
    if result.resumed:
        parts.append("%d files' results from earlier runs (the journal, or the "
                     "rows STATUS held)" % result.resumed)
    if result.planned > len(result.files):
        parts.append("%d of the %d files asked for; --stop-after ended it before "
                     "the rest (--journal FILE --resume takes it up)" % (
                         len(result.files), result.planned))
    return ("; " + "; ".join(parts)) if parts else ""


def report(result, problems=15):
    lines = [summary_line(result), "",
             "%-26s %-24s %-24s %s" % ("file", "host ran/pass/fail/err/skip",
                                        "Glass ran/pass/fail/err/skip", "Glass crash")]
    for file_result in result.files:
        lines.append("%-26s %-24s %-24s %s" % (
            file_result.name, _counts(file_result.host), _counts(file_result.glass),
            file_result.crash or ""))
    rows = result.glass_problems(problems)
    if rows:
        lines += ["", "Why tests the host passes do not pass under Glass (top %d):"
                  % len(rows)]
        for detail, count, example in rows:
            lines.append("  %5d  %s  (e.g. %s)" % (count, detail, example))
    return "\n".join(lines) + "\n"


def _cell(text):
    return text.replace("|", "\\|").replace("\n", " ")


def status_section(result, stdlib, command, title="test_sweep"):
    stand_in = any(file_result.glass.stand_in for file_result in result.files)
    lines = [
        "### " + title,
        "",
        "CPython's own tests (`Lib/test/test_*`), each file run by "
        "glass/tools/test_runner.py under the host and under Glass: tests "
        "passed under Glass / tests passed on the host.  `%s`, %s, host %s %s, "
        "stdlib %s, limit %d CPU s per file (under Glass: %gx the host's CPU "
        "time when that is longer, at most %d s):" % (
            command, datetime.date.today().isoformat(),
            platform.python_implementation(), platform.python_version(),
            _display_stdlib(stdlib), result.timeout, result.slowdown,
            10 * result.timeout),
        "",
    ] + (["Coverage: " + coverage(result)[2:] + ".", ""] if coverage(result) else []) + [
        "| files | host passed | Glass passed | ratio | Glass crashes | seconds |",
        "|---:|---:|---:|---:|---:|---:|",
        "| %d | %d | %d | %.1f%% | %d | %.0f |" % (
            len(result.files), result.host_passed, result.both_passed,
            100.0 * result.ratio, len(result.crashes), result.seconds),
        "",
        "| file | host ran | passed | failed | errors | skipped "
        "| Glass ran | passed | failed | errors | skipped | Glass crash |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for file_result in result.files:
        host, glass = file_result.host, file_result.glass
        lines.append("| %s | %d | %d | %d | %d | %d | %d | %d | %d | %d | %d | %s |" % (
            file_result.name, host.tests_run, host.passed, host.failed,
            host.errors, host.skipped, glass.tests_run, file_result.both_passed,
            glass.failed, glass.errors, glass.skipped,
            _cell(file_result.crash or "")))
    rows = result.glass_problems(20)
    if rows:
        lines += ["", "| why host-passed tests do not pass under Glass (top 20) "
                      "| tests | example |", "|---|---:|---|"]
        for detail, count, example in rows:
            lines.append("| %s | %d | `%s` |" % (_cell(detail), count, _cell(example)))
    if stand_in:
        lines += ["", "The runner lent Glass bare `_ast` node classes (Glass's "
                      "own `_ast` was missing, or `--ast-stand-in` said not to "
                      "use it) so that `import unittest`, which reaches `import "
                      "ast`, works; tests of syntax trees fail for that reason."]
    return "\n".join(lines)


def _display_stdlib(stdlib):
    home = os.path.expanduser("~")
    return "`%s`" % (("~" + stdlib[len(home):]) if stdlib.startswith(home) else stdlib)


def update_status(result, stdlib, command, section="test_sweep"):
    """Rewrite one section of docs/STATUS.md (see GROUPS)."""
    replace_section(section, status_section(result, stdlib, command, section))


# --- The command -------------------------------------------------------------------------

def main(argv=None):
    parser = argparse.ArgumentParser(
        prog="python3 -m glass.tools.test_sweep",
        description="Run CPython's test files under the host and under Glass "
                    "and count the tests that pass under both.")
    parser.add_argument("--files", metavar="NAMES",
                        help="comma-separated test files (test_int,test_list...); "
                             "default: every Lib/test/test_* file")
    parser.add_argument("--core", action="store_true",
                        help="the core-language files of issue 7 (CORE_FILES)")
    parser.add_argument("--memory", action="store_true",
                        help="the memory files of issue 8 (MEMORY_FILES)")
    parser.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, metavar="S",
                        help="seconds allowed to each run of a file (default %d)"
                             % DEFAULT_TIMEOUT)
    parser.add_argument("--slowdown", type=float, default=DEFAULT_SLOWDOWN, metavar="F",
                        help="Glass's limit is F times the host's CPU seconds for "
                             "the file when that exceeds --timeout, at most ten "
                             "times --timeout (default %g)" % DEFAULT_SLOWDOWN)
    parser.add_argument("-j", "--jobs", type=int, default=1, metavar="N",
                        help="files run at once (default 1)")
    parser.add_argument("--path", action="append", default=[], metavar="DIR",
                        help="run the test modules found in DIR (named as given, "
                             "not under test.) instead of the stdlib's")
    parser.add_argument("--cpython-details", action="store_true",
                        help="run the tests test.support keeps for CPython "
                             "(@cpython_only) as CPython would (what Glass, named "
                             "'cpython' in sys.implementation, does anyway); never "
                             "written to STATUS")
    parser.add_argument("--ast-stand-in", action="store_true",
                        help="lend Glass the runner's bare _ast node classes "
                             "even when it has a native _ast")
    parser.add_argument("--journal", metavar="FILE",
                        help="append each file's results to FILE (JSON lines) as "
                             "it ends")
    parser.add_argument("--resume", action="store_true",
                        help="with --journal: don't run again the files FILE "
                             "holds for the same settings; count them as recorded")
    parser.add_argument("--stop-after", type=float, metavar="MINUTES",
                        help="start no file after MINUTES; the figures then say "
                             "how many files the sweep covers")
    parser.add_argument("--progress", action="store_true",
                        help="print progress even when stderr is not a terminal")
    parser.add_argument("--no-status", action="store_true",
                        help="don't rewrite docs/STATUS.md (a --files run never does)")
    parser.add_argument("--list", action="store_true",
                        help="print every host-passed test that does not pass "
                             "under Glass, with why")
    args = parser.parse_args(argv)
    python = find_python311()
    if python is None:
        parser.error("the sweep compares with a CPython 3.11: none found")
    stdlib = find_stdlib()
    if args.path:
        available = {}
        for directory in args.path:
            available.update(test_files(directory))
    else:
        available = test_files(os.path.join(stdlib, "test"))
    group = "core" if args.core else "memory" if args.memory else None
    if args.files:
        names = [name.strip() for name in args.files.split(",") if name.strip()]
    elif group:
        names = list(GROUPS[group][0])
    else:
        names = list(available)
    unknown = [name for name in names if name not in available]
    if unknown:
        parser.error("no such test file: %s" % ", ".join(unknown))
    names.sort(key=lambda name: (available[name], name))     # smallest first
    # A terminated sweep ends its runs too (see run_sweep's finally).
    signal.signal(signal.SIGTERM, lambda number, frame: sys.exit(128 + number))
    if args.resume and not args.journal:
        parser.error("--resume needs --journal")
    show = (args.progress or sys.stderr.isatty()) and not os.environ.get("CI")
    runner_options = ((["--ast-stand-in"] if args.ast_stand_in else []) +
                      (["--cpython-details"] if args.cpython_details else []))
    settings = {"timeout": args.timeout, "slowdown": args.slowdown,
                "runner_options": runner_options,
                "paths": [os.path.abspath(path) for path in args.path]}
    section = GROUPS[group][1] if group else "test_sweep:all"
    recorded = {}
    if args.resume:
        # The journal first; what it lacks, from the rows a sweep wrote to STATUS.
        recorded = read_status_rows(section, settings)
        recorded.update(read_journal(args.journal, settings))
    if recorded and show:
        sys.stderr.write("resuming: %d of %d files are in %s or STATUS\n" % (
            len([name for name in names if name in recorded]), len(names), args.journal))
    result = run_sweep([name for name in names if name not in recorded],
                       args.timeout, args.jobs, _terminal_progress if show else None,
                       args.path, python, runner_options, args.slowdown,
                       args.journal, settings,
                       None if args.stop_after is None else time.time() + 60 * args.stop_after)
    resumed = [recorded[name] for name in names if name in recorded]
    result.files = sorted(result.files + resumed, key=lambda file_result: file_result.name)
    result.planned = len(names)
    result.resumed = len(resumed)
    sys.stdout.write(report(result))
    if args.list:
        for file_result in result.files:
            host_passed = file_result.host.ids(PASSED)
            for outcome, test_id, detail, where in file_result.glass.outcomes:
                if outcome not in PASSED and test_id.split(" ", 1)[0] in host_passed:
                    sys.stdout.write("%s %s: %s%s\n" % (
                        outcome, test_id, detail, (" [%s]" % where) if where else ""))
    if not args.no_status and not args.path and not args.files and not args.cpython_details:
        command = "python3 -m glass.tools.test_sweep"
        if args.ast_stand_in:
            command += " --ast-stand-in"
        if group:
            command += " --" + group
        if args.timeout != DEFAULT_TIMEOUT:
            command += " --timeout %g" % args.timeout
        if args.slowdown != DEFAULT_SLOWDOWN:
            command += " --slowdown %g" % args.slowdown
        if args.jobs != 1:
            command += " -j %d" % args.jobs
        update_status(result, stdlib, command, section)
        sys.stdout.write("updated %s\n" % os.path.relpath(STATUS_PATH))
    return 0


if __name__ == "__main__":
    sys.exit(main())
