"""The refcount audit sweep: every program of the test corpus run under
`glass -S -X refaudit`, which checks, when the program ends, that no tracked
object's reference count is below the references other objects hold to it.

Counterpart: none in CPython (a debug build's refcount checks come closest).
The audit itself is glass/vm/gc.py's audit_refcounts.
"""
from __future__ import annotations

import glob
import os
import re
import subprocess
import sys

AUDIT_LINE = re.compile(r"\[refaudit: (\d+) tracked objects, (\d+) with too few references\]")
REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def corpus_programs():
    """The programs of tests/programs/, in order."""
    return sorted(glob.glob(os.path.join(REPO, "tests", "programs", "*", "*.py")))


def check_refaudit(path):
    """None when the audit is clean, else what it found."""
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONPATH=REPO)
    try:
        run = subprocess.run([sys.executable, "-m", "glass", "-S", "-X", "refaudit",
                              os.path.basename(path)], cwd=os.path.dirname(path), env=env,
                             stdin=subprocess.DEVNULL, capture_output=True, timeout=300)
    except subprocess.TimeoutExpired:
        return "timeout"
    found = AUDIT_LINE.search(run.stderr.decode("utf-8", "replace"))
    if found is None:
        return "no audit line (Glass crashed?)"
    if found.group(2) != "0":
        return "%s objects with too few references" % found.group(2)
    return None
