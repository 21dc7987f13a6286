"""The program corpus: every tests/programs/**/*.py run by python3 and by Glass.

Each program's stdout, stderr (tracebacks included) and exit status must be
the same; there are no expected-output files, the host is the oracle.  Every
program runs twice on Glass: with code objects from the host's compile()
(the VM alone) and from Glass's own compiler (front end, compiler and VM
together).
"""
import glob
import os

import pytest

from oracle import needs_cpython311_host, program_difference

PROGRAMS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "programs")
FILES = sorted(glob.glob(os.path.join(PROGRAMS, "**", "*.py"), recursive=True))


@needs_cpython311_host
@pytest.mark.parametrize("compiler", ["host", "glass"])
@pytest.mark.parametrize("path", FILES, ids=lambda p: os.path.relpath(p, PROGRAMS))
def test_program_same_as_host(path, compiler):
    difference = program_difference(path, compiler=compiler)
    assert not difference, "%s (-X compiler=%s) differs from python3:\n%s" % (
        os.path.relpath(path, PROGRAMS), compiler, difference)
