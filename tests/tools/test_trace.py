"""`glass trace FILE`: each executed instruction with its value stack.

Counterpart: glass/tools/trace.py and glass/vm/probes.py.  The trace is
Glass's own output (no oracle prints it), so these tests check its shape,
that the program's own output and exit status are unchanged, and that
tracing never runs guest code of its own.
"""
from __future__ import annotations

import glob
import os
import re
import textwrap

import pytest

from oracle import REPO, run_glass
from glass.tools.stdlib import HOST_IS_CPYTHON_311

pytestmark = pytest.mark.skipif(not HOST_IS_CPYTHON_311,
                                reason="the programs are compiled with -X compiler=host")

PROGRAM = """\
class Loud:
    def __repr__(self):
        print("repr called")
        return "Loud()"

def add(a, b):
    return a + b

def gen():
    yield Loud()

x = add(1, 2)
for item in gen():
    print("item", type(item).__name__)
try:
    1 / 0
except ZeroDivisionError:
    pass
print("done", x)
"""


def trace(tmp_path, source):
    path = tmp_path / "prog.py"
    path.write_text(source)
    return run_glass(["trace", "-X", "compiler=host", str(path)])


def test_trace_shows_instructions_stacks_and_events(tmp_path):
    run = trace(tmp_path, PROGRAM)
    assert run.status == 0, run.stderr
    lines = run.stdout.splitlines()
    assert lines[0].startswith("--> call <module>")
    assert any("BINARY_OP" in line and "0 (+)" in line and line.endswith("[3]")
               for line in lines)
    assert any("LOAD_FAST" in line and "(a)" in line and line.endswith("[1]")
               for line in lines)
    assert "  <-- return from add: 3" in lines
    assert "  <-- gen returns <generator gen>" in lines
    assert "  <-- yield from gen: <Loud object>" in lines
    assert "!!! ZeroDivisionError in <module>: division by zero" in lines
    assert "item Loud" in lines and "done 3" in lines     # the program's output
    assert "repr called" not in run.stdout                # tracing ran no guest code
    assert lines[-1] == "<-- return from <module>: None"


def test_trace_reports_an_uncaught_exception(tmp_path):
    run = trace(tmp_path, textwrap.dedent("""\
        def fail():
            raise KeyError("k")
        fail()
    """))
    assert run.status == 1
    assert "!!! KeyError in fail: 'k'" in run.stdout
    assert "<-- fail left by the exception" in run.stdout
    assert "KeyError: 'k'" in run.stderr


def test_trace_usage_errors(tmp_path):
    assert run_glass(["trace"]).status == 2
    missing = run_glass(["trace", str(tmp_path / "missing.py")])
    assert missing.status == 2 and "can't open file" in missing.stderr


PROGRAMS = sorted(glob.glob(os.path.join(REPO, "tests", "programs", "**", "*.py"), recursive=True))
VM_PROGRAMS = [path for path in PROGRAMS if os.path.basename(os.path.dirname(path)) == "vm"]


def _program_id(path):
    return os.path.relpath(path, os.path.join(REPO, "tests", "programs"))


@pytest.mark.parametrize("path", VM_PROGRAMS, ids=_program_id)
def test_trace_runs_the_vm_programs(path):
    _check_traced_run(path)


# The whole corpus (issue 5: `glass trace` works on every program of it):
# minutes, so left out of the default run.
@pytest.mark.slow
@pytest.mark.parametrize("path", [path for path in PROGRAMS if path not in VM_PROGRAMS],
                         ids=_program_id)
def test_trace_runs_every_program(path):
    _check_traced_run(path, timeout=900)     # a line per instruction: long programs take minutes


_ADDRESS = re.compile(r"0x[0-9a-f]+")         # "<function f at 0x7f...>" differs per run


def _check_traced_run(path, timeout=120):
    plain = run_glass(["-X", "compiler=host", path], cwd=os.path.dirname(path))
    traced = run_glass(["trace", "-X", "compiler=host", path], cwd=os.path.dirname(path),
                       timeout=timeout)
    assert traced.status == plain.status
    assert _ADDRESS.sub("0x...", traced.stderr) == _ADDRESS.sub("0x...", plain.stderr)
    assert 'File "%s' % os.path.join(REPO, "glass") not in traced.stderr
