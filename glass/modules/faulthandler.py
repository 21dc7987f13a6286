"""The faulthandler module: dump the guest's tracebacks on a fault, a
signal, or a timeout.

Counterpart: Modules/faulthandler.c (and the dumping parts of
Python/traceback.c and Python/pylifecycle.c).

CPython installs C signal handlers for the fatal signals (SIGSEGV, SIGFPE,
SIGABRT, SIGBUS, SIGILL) that write the traceback and then let the signal
kill the process.  Glass's guest cannot fault the host (a segmentation fault
of the host is a bug of the host), so the faults the guest asks for
(_sigsegv(), _read_null(), signal.raise_signal(SIGSEGV)...) are simulated:
the traceback is written as CPython's handler writes it, then the host
process is killed by the same signal, so the exit status is CPython's.

register() installs a real host handler: it runs on the host's main thread,
which is free while the guest runs, so, as in CPython's C handler, the dump
describes the guest's threads at the moment the signal arrives.
dump_traceback_later() runs a host watchdog thread, as CPython does.
"""
from __future__ import annotations

import os
import signal as host_signal
import threading

from glass.modules import builtin_module, function
from glass.modules.builtins import raw_function
from glass.objects import abstract
from glass.objects.exceptions import OperationError, operation_error, value_error
from glass.objects.object import decref
from glass.objects.signature import fastcall, no_text_signature, parse_tuple
from glass.objects.stringlib import getargs_int


# faulthandler_handlers: the fatal signals enable() catches, with the name
# written after "Fatal Python error: ".
FATAL_SIGNALS = [(signum, name) for signum, name in (
    (getattr(host_signal, "SIGBUS", None), "Bus error"),
    (getattr(host_signal, "SIGILL", None), "Illegal instruction"),
    (host_signal.SIGFPE, "Floating point exception"),
    (host_signal.SIGABRT, "Aborted"),
    (host_signal.SIGSEGV, "Segmentation fault"),
) if signum is not None]
FATAL_NAMES = dict(FATAL_SIGNALS)


class _FatalError:
    """fatal_error: what enable() set up."""
    enabled = False
    fd = 2
    w_file = None             # kept alive while enabled, as CPython keeps it
    all_threads = True
    generations = None        # signum -> _signal.handler_generation at enable()
    startup_done = False      # see enable_at_startup


class _Watchdog:
    """thread: the pending dump_traceback_later()."""
    cancel = None             # a threading.Event the watchdog waits on
    w_file = None


FATAL = _FatalError()
WATCHDOG = _Watchdog()
USER_SIGNALS = {}             # signum -> _UserSignal, for register()


# --- The file argument ----------------------------------------------------------------------

def get_fileno(w_file):
    """Counterpart: faulthandler_get_fileno: (fd, the file object to keep
    alive or None).  An int is the fd itself; another object gives its
    fileno() (and is flushed); None or nothing means sys.stderr."""
    from glass.objects.int import W_Int
    from glass.objects.none import w_None
    if w_file is None or w_file is w_None:
        from glass.modules.sys import sys_attr
        w_file = sys_attr("stderr")
        if w_file is None:
            raise operation_error("RuntimeError", "unable to get sys.stderr")
        if w_file is w_None:
            raise operation_error("RuntimeError", "sys.stderr is None")
    if isinstance(w_file, W_Int):
        fd = _as_c_int(w_file.value)
        if fd < 0:
            raise value_error("file is not a valid file descripter")
        return fd, None
    w_result = abstract.call_method(w_file, "fileno", [])
    fd = -1
    if isinstance(w_result, W_Int):
        fd = w_result.value if -2 ** 31 <= w_result.value < 2 ** 31 else -1
    decref(w_result)
    if fd < 0:
        raise operation_error("RuntimeError", "file.fileno() is not a valid file descriptor")
    try:
        decref(abstract.call_method(w_file, "flush", []))
    except OperationError as error:          # a flush() error is ignored
        decref(error.w_value)
    return fd, w_file


def _as_c_int(value):
    """_PyLong_AsInt."""
    if not -2 ** 31 <= value < 2 ** 31:
        from glass.objects.exceptions import overflow_error
        raise overflow_error("Python int too large to convert to C int")
    return value


def _keep(w_old, w_new):
    """Py_XINCREF(new); Py_XSETREF(old, new)."""
    if w_new is not None:
        w_new.ob_refcnt += 1
    if w_old is not None:
        decref(w_old)
    return w_new


def _flag(w_value, default):
    """The "i" format of an optional flag."""
    return default if w_value is None else getargs_int(w_value) != 0


# --- Dumping (Python/traceback.c) -----------------------------------------------------------

# traceback.c's limits: frames per thread, threads, characters per name.
MAX_FRAME_DEPTH = 100
MAX_NTHREADS = 100
MAX_STRING_LENGTH = 500


def dump_ascii(text):
    """_Py_DumpASCII: at most MAX_STRING_LENGTH characters, each non-ASCII
    one (and each unprintable one) escaped, "..." when cut."""
    out = []
    for char in text[:MAX_STRING_LENGTH]:
        code = ord(char)
        if " " <= char <= "~":
            out.append(char)
        elif code < 0x100:
            out.append("\\x%02x" % code)
        elif code < 0x10000:
            out.append("\\u%04x" % code)
        else:
            out.append("\\U%08x" % code)
    if len(text) > MAX_STRING_LENGTH:
        out.append("...")
    return "".join(out)


def format_frames(frame):
    """dump_traceback: the frames, most recent call first, without source
    lines."""
    if frame is None:
        return "  <no Python frame>\n"
    lines = []
    depth = 0
    while frame is not None:
        if depth >= MAX_FRAME_DEPTH:
            lines.append("  ...")
            break
        code = frame.w_code.code
        line = frame.line_number()
        lines.append('  File "%s", line %s in %s' % (
            dump_ascii(code.co_filename), line if line is not None else "???",
            dump_ascii(code.co_name)))
        frame = frame.previous
        depth += 1
    return "\n".join(lines) + "\n"


def format_stack(tstate):
    """_Py_DumpTraceback: one thread, under the "Stack" header."""
    return "Stack (most recent call first):\n" + format_frames(tstate.frame)


def format_threads(current):
    """Counterpart: _Py_DumpTracebackThreads: every thread, the newest
    first; `current` (a thread state or None) is the "Current thread", and
    is shown as collecting garbage when the collector is running."""
    from glass.modules.sys import _thread_id, _thread_states
    from glass.vm import gc
    parts = []
    for count, tstate in enumerate(_thread_states()):
        if count >= MAX_NTHREADS:
            parts.append("...\n")
            break
        header = "%s 0x%016x (most recent call first):\n" % (
            "Current thread" if tstate is current else "Thread", _thread_id(tstate) or 0)
        if tstate is current and gc.STATE.collecting:
            header += "  Garbage-collecting\n"
        parts.append(header + format_frames(tstate.frame))
    return "\n".join(parts)


def format_extension_modules():
    """Counterpart: _Py_DumpExtensionModules: the native modules of
    sys.modules that sys.stdlib_module_names does not name, in the order
    sys.modules has them."""
    from glass.modules.sys import sys_attr
    from glass.objects.dict import W_Dict
    from glass.objects.module import W_Module
    from glass.objects.set import W_FrozenSet
    from glass.objects.str import W_Str
    from glass.vm import pystate
    w_modules = pystate.interpreter().w_modules
    if not isinstance(w_modules, W_Dict):
        return ""
    # If sys.stdlib_module_names is missing or not a frozenset, no module
    # is left out.
    w_stdlib = sys_attr("stdlib_module_names")
    stdlib = ()
    if w_stdlib is not None and w_stdlib.ob_type.is_subtype(W_FrozenSet.w_type):
        stdlib = set(w_item.value for w_item in w_stdlib.keys_list()
                     if isinstance(w_item, W_Str))
    names = []
    for w_key, w_value in w_modules.item_pairs():
        if not isinstance(w_key, W_Str) or not isinstance(w_value, W_Module) \
                or w_value.md_def is None or w_key.value in stdlib:
            continue
        names.append(dump_ascii(w_key.value))
    if not names:
        return ""
    return "\nExtension modules: %s (total: %d)\n" % (", ".join(names), len(names))


def _write(fd, text):
    """PUTS: write all of it, ignoring errors (a signal handler cannot
    report them)."""
    data = text.encode("ascii", "backslashreplace")
    try:
        while data:
            data = data[os.write(fd, data):]
    except OSError:
        pass


def guest_main_thread():
    from glass.vm import pystate
    return pystate.interpreter().main_thread


def dump_traceback(fd, all_threads, current):
    """Counterpart: faulthandler_dump_traceback, for the thread state
    `current` (the thread the signal reached, or None)."""
    if all_threads:
        _write(fd, format_threads(current))
    elif current is not None:
        _write(fd, format_stack(current))


# --- The fatal errors -----------------------------------------------------------------------

def _suppress_crash_report():
    """faulthandler_suppress_crash_report: no core file for a crash asked for."""
    try:
        import resource
        _soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
        resource.setrlimit(resource.RLIMIT_CORE, (0, hard))
    except (ImportError, ValueError, OSError):
        pass


def catches(signum):
    """Whether enable()'s handler would receive `signum` now: enabled, and
    the guest has not set a handler of its own for it since."""
    if signum not in FATAL_NAMES:
        return False
    enable_at_startup()
    if not FATAL.enabled:
        return False
    from glass.modules import _signal
    return FATAL.generations.get(signum) == _signal.handler_generation(signum)


def fatal_signal(signum, current=None):
    """The fatal signal `signum` reaches the guest thread `current` (by
    default the running one, which raised it): faulthandler_fatal_error's
    report if enable() catches it, then the signal reaches the host, which
    (with the default action) dies of it.  Returns only if a handler of the
    guest's own took the signal."""
    from glass.vm import pystate
    if catches(signum):
        fd = FATAL.fd
        _write(fd, "Fatal Python error: %s\n\n" % FATAL_NAMES[signum])
        dump_traceback(fd, FATAL.all_threads, current or pystate.current())
        _write(fd, format_extension_modules())
        # faulthandler_disable_fatal_handler: the previous action comes back.
        del FATAL.generations[signum]
    _raise_on_host(signum)


def _raise_on_host(signum):
    from glass.modules import _signal
    _host_faulthandler_off()
    if signum == host_signal.SIGABRT and not _signal.handled_by_guest(signum):
        os.abort()
    mark = _signal.deliveries(signum)
    host_signal.raise_signal(signum)
    _signal.wait_for_delivery(signum, mark)


def _host_faulthandler_off():
    """The host's own faulthandler (PYTHONFAULTHANDLER reaches the host
    too) would describe Glass's frames, not the guest's."""
    import faulthandler as host_faulthandler
    host_faulthandler.disable()


def fatal_error(prefix, message, current=None, fd=2):
    """Counterpart: fatal_error (Py_FatalError), called from the guest
    thread `current`, or from a thread with no Python thread state (None):
    the message, the runtime state, every thread, the extension modules;
    faulthandler is finalized, then abort()."""
    _write(fd, "Fatal Python error: %s: %s\n" % (prefix, message))
    _write(fd, "Python runtime state: initialized\n")
    _write(fd, "\n" + format_threads(current))
    _write(fd, format_extension_modules())
    finalize()
    _host_faulthandler_off()
    os.abort()


def finalize():
    """Counterpart: _PyFaulthandler_Fini: stop the watchdog, the user
    signals and the fatal handler."""
    _cancel_later()
    for signum in list(USER_SIGNALS):
        _unregister(signum)
    _disable()


def _disable():
    was = FATAL.enabled
    FATAL.enabled = False
    FATAL.generations = None
    FATAL.w_file = _keep(FATAL.w_file, None)
    return was


# --- register(): the user signals -----------------------------------------------------------

class _UserSignal:
    """user_signal_t, and the host handler it installs (faulthandler_user).
    `replaced` is the host handler it took the place of."""
    notes_delivery = True     # see _signal.note_delivery

    def __init__(self, signum, replaced):
        self.signum = signum
        self.replaced = replaced
        self.fd = 2
        self.w_file = None
        self.all_threads = True
        self.chain = False

    def __call__(self, signum, host_frame):
        """Runs on the host's main thread when the signal arrives; the guest
        thread the signal is for is its main thread, where the kernel
        delivers a signal sent to the process."""
        from glass.modules import _signal
        try:
            dump_traceback(self.fd, self.all_threads, guest_main_thread())
            if self.chain:
                self._call_previous(signum, host_frame)
        finally:
            _signal.note_delivery(signum)

    def _call_previous(self, signum, host_frame):
        previous = self.replaced
        if callable(previous):
            previous(signum, host_frame)
        elif previous == host_signal.SIG_DFL:
            # The default action: restore it, raise, then take the signal
            # again if the process is still alive.
            host_signal.signal(signum, host_signal.SIG_DFL)
            host_signal.raise_signal(signum)
            host_signal.signal(signum, self)


def _register(signum, fd, w_file, all_threads, chain):
    from glass.objects.exceptions import os_error
    from glass.vm.pylifecycle import call_on_main_thread
    user = USER_SIGNALS.get(signum)
    if user is None:
        previous = host_signal.getsignal(signum)
        user = _UserSignal(signum, previous)
        try:
            call_on_main_thread(host_signal.signal, signum, user)
        except OSError as error:
            raise os_error(error.errno)
        except ValueError:
            import errno
            raise os_error(errno.EINVAL)
        USER_SIGNALS[signum] = user
    user.w_file = _keep(user.w_file, w_file)
    user.fd = fd
    user.all_threads = all_threads
    user.chain = chain


def _unregister(signum):
    """faulthandler_unregister: the handler it replaced comes back."""
    from glass.vm.pylifecycle import call_on_main_thread
    user = USER_SIGNALS.pop(signum, None)
    if user is None:
        return False
    previous = user.replaced if user.replaced is not None else host_signal.SIG_DFL
    try:
        call_on_main_thread(host_signal.signal, signum, previous)
    except (OSError, ValueError):
        pass
    user.w_file = _keep(user.w_file, None)
    return True


def _check_signum(signum):
    """Counterpart: check_signum."""
    if signum in FATAL_NAMES:
        raise operation_error("RuntimeError", "signal %d cannot be registered, "
                              "use enable() instead" % signum)
    if not 1 <= signum < host_signal.NSIG:
        raise value_error("signal number out of range")


# --- dump_traceback_later(): the watchdog ---------------------------------------------------

def _timeout_microseconds(w_timeout):
    """_PyTime_FromSecondsObject then _PyTime_AsMicroseconds, both rounding
    away from zero (_PyTime_ROUND_TIMEOUT)."""
    import math
    from glass.objects.float import W_Float
    from glass.objects.exceptions import overflow_error
    time_max = 2 ** 63 - 1
    if isinstance(w_timeout, W_Float):
        value = w_timeout.value
        if math.isnan(value):
            raise value_error("Invalid value NaN (not a number)")
        nanoseconds = value * 1e9
        # _Py_InIntegralTypeRange compares doubles: the bounds round to 2**63.
        if not -float(time_max) <= nanoseconds <= float(time_max):
            raise overflow_error("timestamp out of range for platform time_t")
        nanoseconds = math.ceil(nanoseconds) if nanoseconds >= 0 else math.floor(nanoseconds)
    else:
        from glass.objects.stringlib import index_value
        nanoseconds = index_value(w_timeout) * 10 ** 9     # PyLong_AsLongLong's __index__
        if not -time_max - 1 <= nanoseconds <= time_max:
            raise overflow_error("timestamp too large to convert to C _PyTime_t")
    micro = -((-abs(nanoseconds)) // 1000)
    return micro if nanoseconds >= 0 else -micro


def format_timeout(microseconds):
    """Counterpart: format_timeout: "Timeout (H:MM:SS[.ffffff])!"."""
    seconds, micro = divmod(microseconds, 10 ** 6)
    minutes, seconds = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    text = "%d:%02d:%02d" % (hours, minutes, seconds)
    if micro:
        text += ".%06d" % micro
    return "Timeout (%s)!\n" % text


def _watchdog(cancel, timeout, fd, repeat, exit_after, header):
    """Counterpart: faulthandler_thread: wait; when the time is up, dump
    every thread (the watchdog is none of them), and exit or wait again."""
    while True:
        if cancel.wait(min(timeout, threading.TIMEOUT_MAX)):
            return
        _write(fd, header)
        _write(fd, format_threads(None))
        if exit_after:
            os._exit(1)
        if not repeat:
            return


def _cancel_later():
    """Counterpart: cancel_dump_traceback_later."""
    if WATCHDOG.cancel is not None:
        WATCHDOG.cancel.set()
        WATCHDOG.cancel = None
    WATCHDOG.w_file = _keep(WATCHDOG.w_file, None)


# --- The module -----------------------------------------------------------------------------

@builtin_module("faulthandler")
class FaulthandlerModule:
    """faulthandler module."""

    @no_text_signature
    @function("($module, /, file=sys.stderr, all_threads=True)")
    def enable(w_file, w_all_threads):
        """enable(file=sys.stderr, all_threads=True): enable the fault handler"""
        from glass.modules import _signal
        all_threads = _flag(w_all_threads, True)
        fd, w_keep = get_fileno(w_file)
        FATAL.w_file = _keep(FATAL.w_file, w_keep)
        FATAL.fd = fd
        FATAL.all_threads = all_threads
        if not FATAL.enabled:
            FATAL.enabled = True
            FATAL.generations = {signum: _signal.handler_generation(signum)
                                 for signum in FATAL_NAMES}

    @fastcall
    @function("($module, /)")
    def disable():
        """disable(): disable the fault handler"""
        from glass.objects.bool import new_bool
        return new_bool(_disable())

    @fastcall
    @function("($module, /)")
    def is_enabled():
        """is_enabled()->bool: check if the handler is enabled"""
        from glass.objects.bool import new_bool
        return new_bool(FATAL.enabled)

    @no_text_signature
    @function("($module, /, file=sys.stderr, all_threads=True)")
    def dump_traceback(w_file, w_all_threads):
        """dump_traceback(file=sys.stderr, all_threads=True): dump the traceback of the current thread, or of all threads if all_threads is True, into file"""
        from glass.vm import pystate
        all_threads = _flag(w_all_threads, True)
        fd, _w_keep = get_fileno(w_file)
        from glass.modules import _signal
        dump_traceback(fd, all_threads, pystate.current())     # write errors are ignored
        _signal.check_signals()

    @no_text_signature
    @function("($module, /, timeout, repeat=False, file=sys.stderr, exit=False)")
    def dump_traceback_later(w_timeout, w_repeat, w_file, w_exit):
        """dump_traceback_later(timeout, repeat=False, file=sys.stderrn, exit=False):
dump the traceback of all threads in timeout seconds,
or each timeout seconds if repeat is True. If exit is True, call _exit(1) which is not safe."""
        repeat = _flag(w_repeat, False)
        exit_after = _flag(w_exit, False)
        microseconds = _timeout_microseconds(w_timeout)
        if microseconds <= 0:
            raise value_error("timeout must be greater than 0")
        if microseconds > (2 ** 63 - 1) // 1000:        # PY_TIMEOUT_MAX
            raise operation_error("OverflowError", "timeout value is too large")
        fd, w_keep = get_fileno(w_file)
        _cancel_later()                  # only one watchdog at a time
        WATCHDOG.w_file = _keep(WATCHDOG.w_file, w_keep)
        cancel = threading.Event()
        WATCHDOG.cancel = cancel
        thread = threading.Thread(target=_watchdog, name="glass-faulthandler-watchdog",
                                  args=(cancel, microseconds / 1e6, fd, repeat,
                                        exit_after, format_timeout(microseconds)))
        thread.daemon = True
        thread.start()

    @fastcall
    @function("($module, /)")
    def cancel_dump_traceback_later():
        """cancel_dump_traceback_later():
cancel the previous call to dump_traceback_later()."""
        _cancel_later()

    @no_text_signature
    @function("($module, /, signum, file=sys.stderr, all_threads=True, chain=False)")
    def register(w_signum, w_file, w_all_threads, w_chain):
        """register(signum, file=sys.stderr, all_threads=True, chain=False): register a handler for the signal 'signum': dump the traceback of the current thread, or of all threads if all_threads is True, into file"""
        signum = getargs_int(w_signum)
        all_threads = _flag(w_all_threads, True)
        chain = _flag(w_chain, False)
        _check_signum(signum)
        fd, w_keep = get_fileno(w_file)
        _register(signum, fd, w_keep, all_threads, chain)

    @raw_function(None)
    def unregister(args_w, kwargs):
        """unregister(signum): unregister the handler of the signal 'signum' registered by register()"""
        # METH_VARARGS | METH_KEYWORDS parsed with PyArg_ParseTuple: the
        # keywords are accepted and ignored.
        from glass.objects.bool import new_bool
        from glass.objects.exceptions import type_error
        if len(args_w) != 1:
            raise type_error("unregister() takes exactly 1 argument (%d given)" % len(args_w))
        signum = getargs_int(args_w[0])
        _check_signum(signum)
        return new_bool(_unregister(signum))

    # --- Faults on request, for the tests ----------------------------------------------------

    @parse_tuple
    @function("($module, release_gil=False, /)")
    def _sigsegv(w_release_gil):
        """_sigsegv(release_gil=False): raise a SIGSEGV signal"""
        _flag(w_release_gil, False)
        _suppress_crash_report()
        fatal_signal(host_signal.SIGSEGV)

    @fastcall
    @function("($module, /)")
    def _read_null():
        """_read_null(): read from NULL, raise a SIGSEGV or SIGBUS signal depending on the platform"""
        _suppress_crash_report()
        fatal_signal(host_signal.SIGSEGV)

    @fastcall
    @function("($module, /)")
    def _sigabrt():
        """_sigabrt(): raise a SIGABRT signal"""
        _suppress_crash_report()
        fatal_signal(host_signal.SIGABRT)

    @fastcall
    @function("($module, /)")
    def _sigfpe():
        """_sigfpe(): raise a SIGFPE signal"""
        _suppress_crash_report()
        fatal_signal(host_signal.SIGFPE)

    @fastcall
    @function("($module, /)")
    def _stack_overflow():
        """_stack_overflow(): recursive call to raise a stack overflow"""
        # Divergence: CPython recurses in C until the stack guard page
        # faults; Glass's host stack is not the guest's to overflow, so the
        # fault is the SIGSEGV that recursion ends in.
        _suppress_crash_report()
        fatal_signal(host_signal.SIGSEGV)

    @fastcall
    @function("($module, /)")
    def _fatal_error_c_thread():
        """fatal_error_c_thread(): call Py_FatalError() in a new C thread."""
        _suppress_crash_report()
        # The C thread has no thread state: every guest thread is a "Thread".
        fatal_error("faulthandler_fatal_error_thread", "in new thread")


def requested_at_startup(config):
    """config->faulthandler: -X faulthandler, -X dev, or a non-empty
    PYTHONFAULTHANDLER (unless -E or -I)."""
    if config is None:
        return False
    if "faulthandler" in config.xoptions or config.dev_mode:
        return True
    if config.ignore_environment or config.isolated:
        return False
    return bool(os.environ.get("PYTHONFAULTHANDLER"))


def enable_at_startup():
    """_PyFaulthandler_Init enables the handler (on stderr) at start-up when
    the configuration asks.  Glass has nothing to catch before the guest
    imports the module or raises a fatal signal, so it does so then, once."""
    from glass.modules import _signal
    from glass.vm import pystate
    if FATAL.startup_done:
        return
    FATAL.startup_done = True
    if requested_at_startup(pystate.interpreter().config) and not FATAL.enabled:
        FATAL.enabled = True
        FATAL.fd = 2
        FATAL.all_threads = True
        FATAL.generations = {signum: _signal.handler_generation(signum)
                             for signum in FATAL_NAMES}


def init_module(w_module):
    enable_at_startup()


FaulthandlerModule.init_module = staticmethod(init_module)
