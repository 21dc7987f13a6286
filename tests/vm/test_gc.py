"""The cycle collector (glass/vm/gc.py) and the refcount audit (-X refaudit;
`python3 -m glass.tools.sweep refaudit` runs it over the whole corpus).

Counterpart: Modules/gcmodule.c.  The whole-program comparisons with the
host live in tests/programs/memory/; these tests check what a program
cannot print the same way under both interpreters: the audit, and the
collector's behaviour under stress (a collection after every few
allocations), which must not change what a program prints.
"""
from __future__ import annotations

import os
import re

import pytest
from oracle import PROGRAM_FLAGS, run_glass, run_python

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = os.path.join(os.path.dirname(HERE), "programs")
AUDIT_LINE = re.compile(r"\[refaudit: (\d+) tracked objects, (\d+) with too few references\]")


def _audit(path):
    run = run_glass(PROGRAM_FLAGS + ["-X", "refaudit", os.path.basename(path)],
                    cwd=os.path.dirname(path))
    found = AUDIT_LINE.search(run.stderr)
    assert found, "no audit line in:\n" + run.stderr[-2000:]
    return int(found.group(1)), int(found.group(2)), run.stderr


@pytest.mark.parametrize("name", ["memory/gc_finalization.py", "classes/metaclasses.py",
                                  "generators/send_throw_close.py"])
def test_refaudit_is_clean(name):
    checked, bad, stderr = _audit(os.path.join(PROGRAMS, name))
    assert checked > 1000
    assert bad == 0, stderr[-3000:]


def test_audit_finds_a_count_that_is_too_low():
    """The audit must be able to fail: a list whose count Glass's own code
    lowers by hand (a guest program cannot)."""
    from glass.vm import pylifecycle
    pylifecycle.initialize()
    from glass.objects.list import W_List
    from glass.vm import gc
    w_inner = W_List([])
    w_outer = W_List([w_inner])          # the outer list owns w_inner's one reference
    w_inner.ob_refcnt -= 1               # ... which something released by mistake
    try:
        checked, bad = gc.audit_refcounts()
        assert any(w_obj is w_inner and found == 1 for w_obj, _, found in bad)
    finally:
        w_inner.ob_refcnt += 1
        from glass.objects.object import decref
        decref(w_outer)


# Programs whose output does not depend on when automatic collections run
# (which differs: Glass allocates other objects than CPython on the way).
STRESSED = ["containers/finalization_order.py",
            "exceptions/finalizers.py", "generators/yield_from.py",
            "classes/descriptors.py", "apps/mini_lisp.py", "memory/weakref_proxies.py"]


@pytest.mark.parametrize("name", STRESSED)
def test_collections_after_every_few_allocations_change_nothing(name, tmp_path):
    """gc.set_threshold(3) first: the collector runs all the time, on
    half-built structures, and the program prints what python3 prints."""
    source = open(os.path.join(PROGRAMS, name), encoding="utf-8").read()
    program = tmp_path / os.path.basename(name)
    program.write_text("import gc; gc.set_threshold(3)\n" + source, encoding="utf-8")
    env = dict(os.environ, PYTHONHASHSEED="0")
    expected = run_python(PROGRAM_FLAGS + [program.name], cwd=str(tmp_path), env=env)
    actual = run_glass(PROGRAM_FLAGS + [program.name], cwd=str(tmp_path), env=env)
    address = re.compile(r"0x[0-9a-f]+")
    assert (actual.status, actual.stdout, address.sub("ADDR", actual.stderr)) == \
        (expected.status, expected.stdout, address.sub("ADDR", expected.stderr))

