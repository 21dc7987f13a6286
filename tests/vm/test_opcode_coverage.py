"""Which 3.11 opcodes does the program corpus execute?

Counterpart: none; issue 5 asks that every opcode of 3.11's `opcode.opmap`
be executed by some program of tests/programs/ (the specialized forms of
PEP 659 come with the speed work; CACHE is never executed).

All programs run in one host process (this file run as a script), with a
counting wrapper around each entry of the handler table; the guest's output
goes nowhere.  The test fails listing the opcodes no program executed.
"""
from __future__ import annotations

import glob
import io
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
PROGRAMS = os.path.join(REPO, "tests", "programs")


def count_opcodes(paths):
    """Run each program under Glass (-X compiler=host) in this process and
    return {opname: times executed} over all of them."""
    from glass.bytecode.opcode import OPNAME
    from glass.main import parse_command_line
    from glass.run import run_program
    from glass.vm import ceval, pystate

    counts = [0] * 256

    def counting(op, handler):
        def counted(frame, oparg):
            counts[op] += 1
            return handler(frame, oparg)
        return counted

    for op in range(256):
        handler = ceval.HANDLERS[op]
        if handler is not ceval._missing_handler:
            ceval.HANDLERS[op] = counting(op, handler)
    # Only the plain loop dispatches every instruction through HANDLERS (the
    # generated fast tier runs most handlers inline).
    os.environ["GLASS_LOOP"] = "plain"
    saved = sys.stdout, sys.stderr, os.getcwd()
    try:
        for path in paths:
            sys.stdout = sys.stderr = io.StringIO()
            os.chdir(os.path.dirname(path))
            try:
                run_program(parse_command_line(["-S", "-X", "compiler=host", path]))
            except BaseException:       # a host error is the program test's business
                pass
            tstate = pystate.current()
            tstate.exc_value = None
            tstate.exc_stack = []
            tstate.recursion_depth = 0
            tstate.frame = None
            pystate.interpreter().recursion_limit = pystate.DEFAULT_RECURSION_LIMIT
    finally:
        sys.stdout, sys.stderr = saved[0], saved[1]
        os.chdir(saved[2])
    return {OPNAME[op]: n for op, n in enumerate(counts) if n}


def never_executed(executed):
    """The opcodes of 3.11's opmap (CACHE aside) missing from `executed`."""
    from glass.bytecode.opcode import OPMAP
    return sorted(name for name in OPMAP if name != "CACHE" and name not in executed)


def corpus():
    return sorted(glob.glob(os.path.join(PROGRAMS, "**", "*.py"), recursive=True))


def test_every_opcode_is_executed_by_the_corpus():
    import pytest
    from glass.tools.stdlib import HOST_IS_CPYTHON_311
    if not HOST_IS_CPYTHON_311:
        pytest.skip("the corpus runs with -X compiler=host, which needs CPython 3.11")
    env = dict(os.environ, PYTHONPATH=REPO + os.pathsep + os.environ.get("PYTHONPATH", ""))
    done = subprocess.run([sys.executable, os.path.abspath(__file__)] + corpus(),
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                          timeout=600)
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    executed = json.loads(done.stdout.decode("utf-8").splitlines()[-1])
    missing = never_executed(executed)
    assert not missing, "no program of tests/programs/ executes: " + ", ".join(missing)


if __name__ == "__main__":
    sys.path.insert(0, REPO)
    real_stdout = sys.stdout
    result = count_opcodes(sys.argv[1:] or corpus())
    real_stdout.write(json.dumps(result, sort_keys=True) + "\n")
