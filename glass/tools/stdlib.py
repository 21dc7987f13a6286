"""Finding the guest's standard library: the pure-Python Lib/ of a CPython 3.11.

Counterpart: none in CPython (its stdlib is wherever it was built); this is
how Glass chooses the `Lib/` its guest runs and its sweeps read.

Order: `--stdlib` / the GLASS_STDLIB variable, then the host's own Lib/ when
the host is CPython 3.11, then a python3.11 found on PATH or under pyenv.
"""
from __future__ import annotations

import glob
import os
import platform
import subprocess
import sys

HOST_IS_CPYTHON_311 = (platform.python_implementation() == "CPython"
                       and sys.version_info[:2] == (3, 11))


def find_stdlib(explicit=None):
    """The path of a CPython 3.11 Lib/ directory, or None if there is none."""
    for candidate in (explicit, os.environ.get("GLASS_STDLIB")):
        if candidate:
            return os.path.abspath(candidate)
    if HOST_IS_CPYTHON_311:
        import sysconfig
        return sysconfig.get_paths()["stdlib"]
    python = find_python311()
    if python:
        out = subprocess.run(
            [python, "-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"],
            stdout=subprocess.PIPE, universal_newlines=True)
        if out.returncode == 0:
            return out.stdout.strip()
    return None


_PYTHON311 = []


def find_python311():
    """An executable CPython 3.11 (the oracle), or None.

    The answer is the interpreter's own sys.executable, not a launcher such
    as a pyenv shim: python prints its argv[0] in its messages, and the
    tests compare those.
    """
    if HOST_IS_CPYTHON_311:
        return sys.executable
    if not _PYTHON311:
        _PYTHON311.append(_search_python311())
    return _PYTHON311[0]


def _search_python311():
    candidates = [os.path.join(d, "python3.11")
                  for d in os.environ.get("PATH", "").split(os.pathsep)]
    candidates += sorted(glob.glob(os.path.expanduser(
        "~/.pyenv/versions/3.11*/bin/python3.11")))
    for path in candidates:
        if not os.access(path, os.X_OK):
            continue
        out = subprocess.run(
            [path, "-c", "import sys; print(sys.executable, sys.version_info[:2] == (3, 11))"],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, universal_newlines=True)
        words = out.stdout.split()
        if out.returncode == 0 and len(words) == 2 and words[1] == "True":
            return words[0]
    return None


def stdlib_sources(root=None):
    """Every .py file of the stdlib (Lib/ and Lib/test, not site-packages), sorted."""
    root = root or find_stdlib()
    files = []
    for directory, subdirs, names in os.walk(root):
        subdirs[:] = sorted(d for d in subdirs
                            if d not in ("site-packages", "__pycache__"))
        files.extend(os.path.join(directory, n) for n in names if n.endswith(".py"))
    return sorted(files)


def stdlib_pycs(root=None):
    """Every .pyc that CPython 3.11 wrote into the stdlib's __pycache__ dirs."""
    root = root or find_stdlib()
    files = []
    for directory, subdirs, names in os.walk(root):
        subdirs[:] = sorted(d for d in subdirs if d != "site-packages")
        if os.path.basename(directory) == "__pycache__":
            files.extend(os.path.join(directory, n) for n in names
                         if n.endswith(".pyc") and ".cpython-311" in n)
    return sorted(files)
