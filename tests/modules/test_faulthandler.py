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


# --- The fatal signals: the report, then death by the same signal --------------------------

@pytest.mark.parametrize("call, enable", [
    ("faulthandler._sigsegv()", "faulthandler.enable()"),
    ("faulthandler._sigabrt()", "faulthandler.enable(all_threads=False)"),
    ("faulthandler._sigfpe()", "faulthandler.enable(); faulthandler.disable()"),
    ("faulthandler._fatal_error_c_thread()", "faulthandler.enable()"),
    ("signal.raise_signal(signal.SIGBUS)",
     "faulthandler.enable(sys.stdout.fileno(), all_threads=False)"),
    ("signal.raise_signal(signal.SIGILL)",
     "faulthandler.enable(); signal.signal(signal.SIGILL, signal.SIG_DFL)"),
])
def test_fatal_signal_reports_then_kills(call, enable):
    # Thread ids differ: the comparison masks them on stderr only, so a
    # report on stdout is a one-thread "Stack" one.
    same_as_host(r"""
import faulthandler, os, signal, sys
def crash():
    %s
%s
crash()
print("not reached")
""" % (call, enable))


def test_fatal_report_in_a_file_and_in_gc():
    same_as_host(r"""
import subprocess, sys
child = '''
import faulthandler, gc, sys
sys.stdlib_module_names = frozenset()
faulthandler.enable(open(sys.argv[1], "wb"))
class Cycle:
    def __del__(self):
        faulthandler._sigsegv(True)
a = Cycle(); a.a = a; a = None
gc.collect()
'''
status = subprocess.run([sys.executable, "-S", "-c", child, __file__ + ".log"]).returncode
report = open(__file__ + ".log").read()
head, _, modules = report.partition("Extension modules: ")
print(status, head.replace(hex(0), "")[:25], "Garbage-collecting" in head)
print("faulthandler" in modules and "sys" in modules)
""")


# --- register(): a dump when the signal comes -----------------------------------------------

@pytest.mark.parametrize("options", ["", "all_threads=False, chain=True", "unregister"])
def test_register_dumps_the_guest_at_the_signal(options):
    same_as_host(r"""
import faulthandler, os, signal, sys
options = %r
def handler(signum, frame):
    print("handler", signum == signal.SIGUSR1, frame is not None)
if "chain" in options:
    signal.signal(signal.SIGUSR1, handler)
def func():
    os.kill(os.getpid(), signal.SIGUSR1)
if options == "unregister":
    faulthandler.register(signal.SIGUSR1)
    print(faulthandler.unregister(signal.SIGUSR1), faulthandler.unregister(signal.SIGUSR1))
    print(signal.getsignal(signal.SIGUSR1))
else:
    eval("faulthandler.register(signal.SIGUSR1, file=sys.stderr, %%s)" %% options)
    print(signal.getsignal(signal.SIGUSR1) in (handler, signal.SIG_DFL), flush=True)
func()
print("after")
""" % options)


def test_register_and_unregister_refuse_bad_signals():
    same_as_host(r"""
import faulthandler, signal
for call in ["register(signal.SIGSEGV)", "register(0)", "register(signal.NSIG)",
             "register(signal.SIGKILL)", "unregister(signal.SIGABRT)", "unregister(-1)",
             "register('x')", "register(signal.SIGUSR2, all_threads=[])",
             "register()", "unregister(signal.SIGUSR2)", "_sigsegv(1, 2)", "_sigsegv(x=1)",
             "_sigabrt(1)", "enable(1, 2, 3)", "enable(x=1)", "unregister(x=1)",
             "unregister(signal.SIGUSR2, x=1)"]:
    try:
        print(call, eval("faulthandler." + call))
    except (TypeError, ValueError, OSError, RuntimeError) as error:
        print(call, type(error).__name__, error)
""")


# --- dump_traceback_later(): the watchdog ---------------------------------------------------

def test_dump_traceback_later_repeats_cancels_and_exits():
    same_as_host(r"""
import faulthandler, sys, time
for timeout in [0, -1, float("nan"), float("inf"), 2 ** 63, 9.3e9, "x", 3661.25]:
    try:
        faulthandler.dump_traceback_later(timeout)
        print(timeout, "accepted")
    except (TypeError, ValueError, OverflowError) as error:
        print(timeout, type(error).__name__, error)
    faulthandler.cancel_dump_traceback_later()
def func():
    # Dumps at 0.2 and 0.4 seconds; the sleep ends halfway to the third.
    faulthandler.dump_traceback_later(0.2, repeat=True, file=sys.stderr)
    time.sleep(0.5)
    faulthandler.dump_traceback_later(0.05, file=sys.stderr.fileno())
    faulthandler.cancel_dump_traceback_later()
    time.sleep(0.1)
    faulthandler.dump_traceback_later(0.05, exit=True)
    time.sleep(5)
func()
""")


def test_file_argument():
    same_as_host(r"""
import faulthandler, sys
class File:
    def __init__(self, fd):
        self.fd = fd
    def fileno(self):
        return self.fd
    def flush(self):
        raise ValueError("flush errors are ignored")
for file in [File(-1), File("1"), File(2 ** 40), File(1), -1, 2 ** 40, 1.5]:
    try:
        faulthandler.dump_traceback(file, all_threads=False)
    except (TypeError, ValueError, OverflowError, RuntimeError, AttributeError) as error:
        print(type(error).__name__, error)
sys.stderr = None
for call in [faulthandler.enable, faulthandler.dump_traceback,
             lambda: faulthandler.dump_traceback_later(1),
             lambda: faulthandler.register(10)]:
    try:
        call()
    except RuntimeError as error:
        print(error)
""")


def test_functions_and_the_files_they_keep():
    # enable(), dump_traceback_later() and register() keep their file object
    # alive until disable(), cancel or unregister() (a fd keeps nothing).
    same_as_host(r"""
import faulthandler, sys
for name in sorted(dir(faulthandler)):
    func = getattr(faulthandler, name)
    if callable(func):
        print(name, func.__text_signature__, func.__doc__)
print(faulthandler.disable(), faulthandler.is_enabled())
faulthandler.enable()
print(faulthandler.disable(), faulthandler.disable())
f = open(__file__ + ".log", "w")
before = sys.getrefcount(f)
faulthandler.enable(f); print(sys.getrefcount(f) - before)
faulthandler.enable(1); print(sys.getrefcount(f) - before)
faulthandler.dump_traceback_later(10, file=f); print(sys.getrefcount(f) - before)
faulthandler.cancel_dump_traceback_later(); print(sys.getrefcount(f) - before)
faulthandler.register(10, file=f); print(sys.getrefcount(f) - before)
faulthandler.unregister(10); print(sys.getrefcount(f) - before)
print(faulthandler.dump_traceback(99), faulthandler.dump_traceback(99, all_threads=False))
""")
