"""The guest's sys.executable: a small program that starts Glass again.

Counterpart: the `python3` binary that CPython's sys.executable names.

Programs and tests start "the same Python" as `[sys.executable, ...]`
(subprocess, multiprocessing's spawn, test.support's script_helper).  If
sys.executable named the host, those children would be CPython, not Glass,
and what they print would say nothing about Glass.  So it names a launcher:
a shell script that runs this Glass on the host Python that runs it now:

    exec HOST -E -S -c 'start Glass' "$0" REPO "$@"

The host runs with -E and -S (Glass reads the environment itself, for the
guest; the host needs neither PYTHONPATH nor site to find Glass, whose
directory the script names), and the guest sees its own argv[0] as "$0".
The script is written once per host and Glass directory, in the package's
__pycache__ (as the fast loop's cache is); where it cannot be written,
sys.executable names the host itself.  A virtual environment's bin/python
is a link to it (or a copy): glass/vm/getpath.py reads argv[0] to find the
venv, as CPython's getpath does.
"""
from __future__ import annotations

import os
import sys
import zlib

# What the host runs: argv[0] becomes the launcher's path, Glass's directory
# goes first on the host's path, and the rest is Glass's command line.
# main(launched=True) tells glass/vm/getpath.py that argv[0] is the
# executable (the launcher, or a link to it or copy of it in a venv).
_START = ("import sys; sys.argv[0] = sys.argv.pop(1); sys.path.insert(0, sys.argv.pop(1)); "
          "sys.orig_argv = list(sys.argv); from glass.main import main; "
          "sys.exit(main(launched=True))")

LAUNCHER_NAME = "glass"

_cached = []


def guest_executable():
    """The launcher's path (written if missing), or the host's executable."""
    if _cached:
        return _cached[0]
    path = _launcher_path()
    try:
        if not os.path.exists(path):
            _write_launcher(path)
    except OSError:
        path = sys.executable
    _cached.append(path)
    return path


def _repo():
    return os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def _launcher_path():
    # One launcher per host (a PyPy and a CPython host each start
    # themselves) and per text, so a changed launcher is written anew.
    text = launcher_text(sys.executable, _repo())
    key = zlib.crc32(text.encode("utf-8", "surrogateescape"))
    package = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    return os.path.join(package, "__pycache__", "launcher-%08x" % key, LAUNCHER_NAME)


def launcher_text(host, repo):
    quote = _shell_quote
    return ("#!/bin/sh\n"
            "# Glass's sys.executable: Glass (in %s) on the host Python %s.\n"
            "exec %s -E -S -c %s \"$0\" %s \"$@\"\n" % (
                repo, host, quote(host), quote(_START), quote(repo)))


def _shell_quote(text):
    return "'" + text.replace("'", "'\"'\"'") + "'"


def _write_launcher(path):
    directory = os.path.dirname(path)
    os.makedirs(directory, exist_ok=True)
    # Another Glass may write it at the same moment: write aside, then rename.
    temporary = "%s.%d" % (path, os.getpid())
    with open(temporary, "w", encoding="utf-8") as file:
        file.write(launcher_text(sys.executable, _repo()))
    os.chmod(temporary, 0o755)
    os.replace(temporary, path)
