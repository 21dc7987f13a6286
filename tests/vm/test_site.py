"""Start-up with `site`: what python3 does before the program runs.

Counterpart: Lib/site.py run by Python/pylifecycle.c (init_import_site).
The program harness runs with -S (tests/oracle.py, PROGRAM_FLAGS), so the
site module's effects are compared here, once.
"""
from __future__ import annotations

import pytest
from oracle import needs_python311, same_as_python

from glass.tools.stdlib import HOST_IS_CPYTHON_311

# Divergence: Glass's sys.executable is its host's interpreter; a PyPy host in
# a virtual environment lends site its pyvenv.cfg, so site's view differs.
needs_host_executable_as_python = pytest.mark.skipif(
    not HOST_IS_CPYTHON_311,
    reason="skipped because site reads the host interpreter's pyvenv.cfg, "
           "which on a PyPy venv host describes another environment")

SITE_VIEW = ("import sys, os\n"
             "print('site' in sys.modules, sys.flags.no_site, sys.flags.isolated)\n"
             "print([p for p in sys.path if 'site-packages' in p] != [])\n"
             "print(type(__builtins__.__dict__.get('help')).__name__,\n"
             "      type(__builtins__.__dict__.get('exit')).__name__)\n"
             "print(os.path.basename(sys.prefix) == os.path.basename(sys.base_prefix))\n")


@needs_python311
@needs_host_executable_as_python
def test_site_is_imported_at_start():
    same_as_python(["-c", SITE_VIEW])


@needs_python311
@needs_host_executable_as_python
def test_no_site_and_isolated():
    same_as_python(["-S", "-c", SITE_VIEW])
    same_as_python(["-I", "-c", SITE_VIEW])


@needs_python311
def test_main_module_and_path0(tmp_path):
    script = tmp_path / "show.py"
    script.write_text("import sys\nprint(__name__, type(__loader__).__name__)\n"
                      "print(sys.path[0] == %r)\n" % str(tmp_path))
    same_as_python([str(script)])
    same_as_python(["-c", "import sys; print(repr(sys.path[0]), __loader__.__name__)"])
