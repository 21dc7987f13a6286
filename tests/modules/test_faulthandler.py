"""The faulthandler module against the host's.

Counterpart: glass/modules/faulthandler.py (Modules/faulthandler.c).
"""
from __future__ import annotations

import pytest

from oracle import same_as_host

SNIPPET = r"""
import faulthandler, _testinternalcapi
print(faulthandler.is_enabled(), _testinternalcapi.get_config()['faulthandler'])
faulthandler.disable()
print(faulthandler.is_enabled())
"""


@pytest.mark.parametrize("env", [{}, {"PYTHONFAULTHANDLER": "1"}, {"PYTHONFAULTHANDLER": ""},
                                 {"PYTHONDEVMODE": "1"}])
def test_enabled_at_startup_as_the_configuration_asks(env):
    same_as_host(SNIPPET, env=env)


def test_dump_traceback_of_one_thread_and_of_all():
    # Thread ids differ from run to run: the snippet masks them.
    same_as_host(r"""
import faulthandler, re, tempfile, threading, time
def fé():
    with tempfile.TemporaryFile() as file:
        faulthandler.dump_traceback(file, all_threads=False)
        file.seek(0)
        print(file.read().decode())
fé()
started = threading.Event()
release = threading.Event()
def worker():
    started.set()
    release.wait()
thread = threading.Thread(target=worker)
thread.start()
started.wait()
time.sleep(0.05)
with tempfile.TemporaryFile() as file:
    faulthandler.dump_traceback(file)
    file.seek(0)
    print(re.sub(r"0x[0-9a-f]{16}", "0x...", file.read().decode()))
release.set()
thread.join()
exec(compile("def " + "x" * 600 + "():\n    faulthandler.dump_traceback(file, all_threads=False)\n"
             + "x" * 600 + "()", "<long>", "exec"), {"faulthandler": faulthandler,
                                                    "file": open(__file__ + ".out", "w+")})
print(open(__file__ + ".out").read())
""")
