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


def find_python311():
    """An executable CPython 3.11 (the oracle), or None."""
    if HOST_IS_CPYTHON_311:
        return sys.executable
    for name in ("python3.11",):
        for directory in os.environ.get("PATH", "").split(os.pathsep):
            path = os.path.join(directory, name)
            if os.access(path, os.X_OK):
                return path
    pattern = os.path.expanduser("~/.pyenv/versions/3.11*/bin/python3.11")
    found = sorted(glob.glob(pattern))
    return found[-1] if found else None


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
