"""The import sweep: every stdlib module imported by Glass and by the host.

Counterpart: none in CPython; it measures how much of the standard library
Glass can load (the stdlib issue).  Each module is imported in a fresh
process, `glass -S -c "import NAME"` against `python3 -S -c "import NAME"`:
a module the host cannot import (a missing C extension, a Windows-only
module) is not counted; a module that imports on the host but not on Glass
is a difference, named by the last line of Glass's error.
"""
from __future__ import annotations

import os
import subprocess
import sys

from glass.tools.stdlib import find_python311, find_stdlib

# Modules that do something when imported (open a window, print, wait on
# input) rather than define things: importing them proves nothing.
SIDE_EFFECT_MODULES = {"antigravity", "this", "__hello__", "__phello__", "idlelib.idle",
                       "tkinter.__main__", "turtledemo.__main__"}


def stdlib_module_names(root=None):
    """The importable names of the stdlib's modules and packages (not tests,
    not __main__ modules, not idlelib/tkinter/turtledemo GUI code)."""
    root = root or find_stdlib()
    names = []
    for directory, subdirs, files in os.walk(root):
        relative = os.path.relpath(directory, root)
        parts = [] if relative == "." else relative.split(os.sep)
        subdirs[:] = sorted(d for d in subdirs if d not in (
            "site-packages", "__pycache__", "test", "tests", "idle_test", "lib2to3",
            "idlelib", "turtledemo", "tkinter", "ensurepip", "lib-dynload",
            "config-3.11-x86_64-linux-gnu") and d.isidentifier()
            and os.path.exists(os.path.join(directory, d, "__init__.py")))
        for filename in sorted(files):
            base, ext = os.path.splitext(filename)
            if ext != ".py" or not base.isidentifier() or base == "__main__":
                continue
            name = ".".join(parts + ([] if base == "__init__" else [base]))
            if name and name not in SIDE_EFFECT_MODULES:
                names.append(name)
    return sorted(names)


def _run(command):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    try:
        done = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              stdin=subprocess.DEVNULL, env=env, timeout=120)
    except subprocess.TimeoutExpired:
        return None, "timeout"
    return done.returncode, done.stderr.decode("utf-8", "replace")


def check_import(name):
    """None when Glass imports the module as the host does; HOST_REJECTS
    when the host cannot import it; else the cause (Glass's last error line)."""
    from glass.tools.sweep import HOST_REJECTS
    source = "import %s" % name
    status, _ = _run([find_python311() or "python3", "-S", "-c", source])
    if status != 0:
        return HOST_REJECTS
    status, stderr = _run([sys.executable, "-m", "glass", "-S", "-c", source])
    if status == 0:
        return None
    if status is None:
        return "timeout"
    lines = [line for line in stderr.splitlines() if line.strip()]
    last = lines[-1] if lines else "exit status %s" % status
    if "Traceback" in stderr and not last[:1].isspace() and ":" in last:
        kind, _, message = last.partition(":")
        return "%s:%s" % (kind, message[:100])
    return "host-side failure: %s" % last[:100]
