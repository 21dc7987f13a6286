"""The oracle harness: compare Glass with the host CPython 3.11.

Counterpart: none; this is Glass's test strategy (DESIGN.md, "three oracles").
Every later test builds on these helpers instead of writing its own.
"""
from __future__ import annotations

import pytest

from glass.tools.stdlib import HOST_IS_CPYTHON_311, find_python311

# Tests that compare with the host's compile(), dis, tokenize or ast in-process
# need the host itself to be CPython 3.11; on PyPy they are skipped, and say so.
needs_cpython311_host = pytest.mark.skipif(
    not HOST_IS_CPYTHON_311,
    reason="needs a CPython 3.11 host as the in-process oracle")

# Tests that run python3.11 as a subprocess need only that it exists.
PYTHON311 = find_python311()
needs_python311 = pytest.mark.skipif(
    PYTHON311 is None, reason="needs a python3.11 executable as the oracle")


# --- (a) One command line, run by python3 and by Glass ---------------------------

import difflib  # noqa: E402
import os  # noqa: E402
import re  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


class Run:
    """What one process did: its exit status, stdout and stderr (as text)."""
    __slots__ = ("status", "stdout", "stderr")

    def __init__(self, status, stdout, stderr):
        self.status = status
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        return "Run(status=%r, stdout=%r, stderr=%r)" % (
            self.status, self.stdout, self.stderr)


def _run(command, stdin=None, cwd=None, env=None, timeout=120):
    # Both processes start from the same clean slate: no inherited PYTHON*
    # variable changes a flag unless the test sets it.
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    full_env["PYTHONHASHSEED"] = full_env.get("PYTHONHASHSEED", "0")
    full_env.update(env or {})
    done = subprocess.run(
        command, input=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        cwd=cwd, env=full_env, timeout=timeout)
    return Run(done.returncode, done.stdout.decode("utf-8", "replace"),
               done.stderr.decode("utf-8", "replace"))


def glass_command():
    """How to start Glass: the current host running `-m glass` from this repo."""
    return [sys.executable, "-m", "glass"]


def run_glass(args, stdin=None, cwd=None, env=None, timeout=120):
    env = dict(env or {})
    env["PYTHONPATH"] = REPO + os.pathsep + os.environ.get("PYTHONPATH", "")
    return _run(glass_command() + list(args), stdin, cwd, env, timeout)


def run_python(args, stdin=None, cwd=None, env=None):
    if PYTHON311 is None:
        pytest.skip("needs a python3.11 executable as the oracle")
    return _run([PYTHON311] + list(args), stdin, cwd, env)


def _normalize(text, program):
    """Make the two runs comparable: the program name and object addresses."""
    text = re.sub(r"(?m)^" + re.escape(program) + r":", "PROGRAM:", text)
    text = text.replace("usage: %s " % program, "usage: PROGRAM ")
    return re.sub(r"0x[0-9a-f]+", "0xADDRESS", text)


def diff_runs(expected, actual, labels=("python3", "glass")):
    """A readable account of how two runs differ, or "" if they agree."""
    parts = []
    if expected.status != actual.status:
        parts.append("exit status: %s %r, %s %r" % (
            labels[0], expected.status, labels[1], actual.status))
    for stream in ("stdout", "stderr"):
        a, b = getattr(expected, stream), getattr(actual, stream)
        if a != b:
            parts.append("%s differs:\n%s" % (stream, "".join(difflib.unified_diff(
                a.splitlines(True), b.splitlines(True), labels[0], labels[1]))))
    return "\n".join(parts)


def same_as_python(args, stdin=None, cwd=None, env=None, streams=("stdout", "stderr")):
    """Run `python3 ARGS` and `glass ARGS`; fail with a diff if they differ.

    Returns the Glass run.  The program name (argv[0], which each prints in
    its own messages) and 0x addresses are normalized away.
    """
    expected = run_python(args, stdin, cwd, env)
    actual = run_glass(args, stdin, cwd, env)
    expected = Run(expected.status,
                   *(_normalize(getattr(expected, s), PYTHON311) if s in streams else ""
                     for s in ("stdout", "stderr")))
    # Glass's own messages say "glass"; runpy's, sys.executable: the launcher.
    from glass.vm.launcher import guest_executable
    launcher = guest_executable()
    actual_n = Run(actual.status,
                   *(_normalize(_normalize(getattr(actual, s), "glass"), launcher)
                     if s in streams else "" for s in ("stdout", "stderr")))
    difference = diff_runs(expected, actual_n)
    assert not difference, "`%s` differs from python3:\n%s" % (
        " ".join(args), difference)
    return actual


# --- (a') A guest program, run by python3 and by Glass ------------------------------

import tempfile  # noqa: E402
import textwrap  # noqa: E402

from glass.tools.stdlib import HOST_IS_CPYTHON_311 as _HOST_OK  # noqa: E402


# Guest programs run with -S under both interpreters: `site` (and the .pth
# files of the host's site-packages, such as an editable install's import
# hook) would otherwise be imported at every start, which costs Glass about
# a second per program.  What site does is tested by tests/vm/test_site.py.
PROGRAM_FLAGS = ["-S"]


def run_program_both(path, args=(), stdin=None, env=None, compiler="host"):
    """(python3's run, Glass's run) of one program file, Glass with -X compiler=..."""
    path = os.path.abspath(path)
    directory = os.path.dirname(path)
    expected = run_python(PROGRAM_FLAGS + [path] + list(args), stdin=stdin, cwd=directory,
                          env=env)
    actual = run_glass(PROGRAM_FLAGS + ["-X", "compiler=" + compiler, path] + list(args),
                       stdin=stdin, cwd=directory, env=env)
    return expected, actual


def program_difference(path, args=(), stdin=None, env=None, compiler="host"):
    """A readable diff between python3 and Glass running the program, or ""."""
    expected, actual = run_program_both(path, args, stdin, env, compiler)
    return diff_runs(Run(expected.status, expected.stdout, _addresses(expected.stderr)),
                     Run(actual.status, actual.stdout, _addresses(actual.stderr)))


def _addresses(text):
    return re.sub(r"0x[0-9a-f]+", "0xADDRESS", text)


def same_as_host(source, args=(), stdin=None, env=None):
    """Run a guest snippet under python3 and Glass; fail with a diff if they differ.

    The snippet is dedented and written to a temporary file, so tracebacks
    show real source lines, as they do for a program on disk.
    """
    if not _HOST_OK:
        pytest.skip("needs a CPython 3.11 host for -X compiler=host")
    with tempfile.TemporaryDirectory() as directory:
        path = os.path.join(directory, "snippet.py")
        with open(path, "w") as file:
            file.write(textwrap.dedent(source).lstrip("\n"))
        difference = program_difference(path, args, stdin, env)
    assert not difference, "Glass differs from python3:\n" + difference
