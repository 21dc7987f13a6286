"""The _signal module: signal handlers and the signal constants.

Counterpart: Modules/signalmodule.c.

The guest's handlers are recorded here, and for each, a host handler is
installed that marks the signal as pending and sets the eval breaker (as
CPython's C handler only trips a flag); the guest's main thread then runs
the guest handlers at its next eval breaker check (run_pending_handlers).
The host runs its handlers on the host's main thread, which waits for the
guest's thread: a signal a guest sends to its own process (os.kill,
signal.raise_signal) is waited for, so its handler has run when the call
returns, as in CPython.  Importing the module (which Glass's start-up does,
as CPython's _PySignal_Init does) installs default_int_handler for SIGINT.
"""
from __future__ import annotations

import os
import select as host_select
import signal as host_signal
import threading

from glass.modules import builtin_module, function
from glass.objects import abstract
from glass.objects.exceptions import OperationError, operation_error, type_error, value_error
from glass.objects.object import decref
from glass.objects.stringlib import getargs_int, index_value

_HANDLERS = {}           # signum -> guest handler (owned), for guest-set handlers
_PENDING = []            # signums tripped and not yet handled
_DELIVERED = threading.Condition()   # notified by _trip, on the host's main thread
_DELIVERIES = {}         # signum -> how many times _trip has seen it
_GENERATIONS = {}        # signum -> how many times signal.signal() has set it
_DELIVERY_TIMEOUT = 2.0  # seconds a self-sent signal may take to reach _trip
_WAKE_PIPE = []          # [read end, write end]: see call_interruptibly
W_ITIMER_ERROR = []      # [signal.ItimerError], made with the module


def _signum(w_signum):
    signum = abstract.int_value(w_signum)
    if not 1 <= signum < host_signal.NSIG:
        raise value_error("signal number out of range")
    return signum


def _trip(signum, frame):
    """The host handler of every signal the guest handles: CPython's
    signal_handler -> trip_signal, then wake a thread waiting for it."""
    from glass.vm.gil import EVAL_BREAKER
    _PENDING.append(signum)
    EVAL_BREAKER[0] = True
    note_delivery(signum)
    if _WAKE_PIPE:
        try:
            os.write(_WAKE_PIPE[1], b"\0")
        except OSError:                  # full: a wake-up is already waiting
            pass


def note_delivery(signum):
    """Tell wait_for_delivery that the host's main thread has handled
    `signum`: _trip does, and so does every host handler that Glass installs
    with a true `notes_delivery` attribute (faulthandler.register's)."""
    with _DELIVERED:
        _DELIVERIES[signum] = _DELIVERIES.get(signum, 0) + 1
        _DELIVERED.notify_all()


def handler_generation(signum):
    """How many times the guest has set the handler of `signum`: a handler
    installed outside the signal module (faulthandler's) lasts until then."""
    return _GENERATIONS.get(signum, 0)


def handled_by_guest(signum):
    """Whether the host hands `signum` to the guest (its handler is _trip,
    or another that notes its deliveries)."""
    try:
        handler = host_signal.getsignal(signum)
    except (ValueError, OSError):
        return False
    return handler is _trip or getattr(handler, "notes_delivery", False)


def deliveries(signum):
    """A mark to pass to wait_for_delivery, taken before sending `signum`."""
    with _DELIVERED:
        return _DELIVERIES.get(signum, 0)


def wait_for_delivery(signum, mark):
    """After the guest sent `signum` to its own process: wait until the
    host's main thread has run _trip for it (at most a moment), then run the
    pending handlers, as PyErr_CheckSignals does after os.kill."""
    import time
    from glass.vm import pystate
    if pystate.current() is not pystate.interpreter().main_thread:
        return          # PyErr_CheckSignals runs no handler on another thread
    if handled_by_guest(signum):
        deadline = time.monotonic() + _DELIVERY_TIMEOUT
        with _DELIVERED:
            while _DELIVERIES.get(signum, 0) <= mark:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    break
                _DELIVERED.wait(min(remaining, 0.05))
    check_signals()


def wait_for_any_signal(timeout):
    """Wait at most `timeout` seconds for a signal the guest handles;
    whether one came (time.sleep's EINTR)."""
    with _DELIVERED:
        mark = sum(_DELIVERIES.values())
        if _PENDING:
            return True
        _DELIVERED.wait(timeout)
        return sum(_DELIVERIES.values()) != mark


def call_interruptibly(fd, blocking_call):
    """blocking_call() (a read of `fd`), with the GIL released while it
    waits.  On the guest's main thread a signal for the guest interrupts the
    wait, as EINTR interrupts CPython's read: the handler runs (its
    exception propagates) and the wait goes on (PEP 475).  The host's
    signals reach the host's main thread, not the guest's, so the wait is a
    poll of `fd` and of a pipe that _trip writes to."""
    from glass.vm import pystate
    from glass.vm.gil import released
    if pystate.current() is not pystate.interpreter().main_thread or \
            not hasattr(host_select, "poll") or not _blocks(fd):
        with released():
            return blocking_call()
    wake = _wake_pipe()
    poller = host_select.poll()
    poller.register(fd, host_select.POLLIN | host_select.POLLPRI)
    poller.register(wake, host_select.POLLIN)
    while True:
        with released():
            events = dict(poller.poll())
            if wake in events:
                _drain(wake)
            if fd in events:             # readable, at its end, or not a file
                return blocking_call()
        check_signals()                  # EINTR: the handlers run, then wait again


def wait_interruptibly(wait, timeout):
    """A select-like wait that a signal for the guest interrupts, as EINTR
    interrupts select(), poll() and epoll_wait() in CPython: the handlers run
    (their exception propagates), then the wait goes on for what is left of
    `timeout` (seconds, None for ever; PEP 475).  wait(wake_fd, timeout)
    waits, watching the pipe _trip writes to as well (wake_fd None: not),
    and returns (result, woken).  Off the guest's main thread, where CPython
    sees no EINTR, it is one wait.  The GIL is released while it waits."""
    import time
    from glass.vm import pystate
    from glass.vm.gil import released
    if pystate.current() is not pystate.interpreter().main_thread:
        with released():
            return wait(None, timeout)[0]
    wake = _wake_pipe()
    deadline = None if timeout is None else time.monotonic() + max(timeout, 0.0)
    while True:
        with released():
            result, woken = wait(wake, timeout)
            if woken:
                _drain(wake)
        if not woken:
            return result
        check_signals()
        if deadline is not None:
            timeout = max(deadline - time.monotonic(), 0.0)


def write_interruptibly(fd, data, write=os.write):
    """os.write(fd, data), with the GIL released while it waits.  On the
    guest's main thread, a write to a pipe, socket or terminal that must wait
    for room is interrupted by a signal for the guest as write(2) is: if
    some bytes went, it returns their count (the caller runs the handlers,
    as the buffered writer does); if none, the handler runs (its exception
    propagates) and the write waits again (PEP 475).  So the write waits in
    a poll and goes a PIPE_BUF at a time, which never blocks once poll says
    there is room; each piece of a pipe's write is atomic, as the whole
    write would be only up to PIPE_BUF.  `write` is the host's os.write, or
    what stands for it (glass trace watches _io's writes)."""
    from glass.vm import pystate
    from glass.vm.gil import released
    if pystate.current() is not pystate.interpreter().main_thread or \
            not hasattr(host_select, "poll") or not _blocks(fd) or not _may_wait(fd):
        with released():
            return write(fd, data)
    wake = _wake_pipe()
    poller = host_select.poll()
    poller.register(fd, host_select.POLLOUT)
    poller.register(wake, host_select.POLLIN)
    view = memoryview(data)
    written = 0
    while True:
        with released():
            events = dict(poller.poll())
            if wake in events:
                _drain(wake)
            if fd in events:             # room, or an error the write reports
                written += write(fd, view[written:written + host_select.PIPE_BUF])
        if written >= len(view):
            return written
        if _PENDING and pystate.current() is pystate.interpreter().main_thread:
            if written:
                return written           # a partial write, as write(2) returns it
            run_pending_handlers()       # EINTR: the handlers run, then wait again


def _may_wait(fd):
    """Whether writing to fd may wait for a reader: a pipe, socket or
    character device, not a regular file."""
    import stat
    try:
        mode = os.fstat(fd).st_mode
    except OSError:
        return False
    return stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode) or stat.S_ISCHR(mode)


def _blocks(fd):
    """Whether a read of fd may wait: not when it is non-blocking (EAGAIN at
    once) or not open (EBADF at once)."""
    try:
        return os.get_blocking(fd)
    except (OSError, ValueError, OverflowError, TypeError):
        return False


def _wake_pipe():
    """The read end of the pipe _trip writes a byte to (made on first use)."""
    if not _WAKE_PIPE:
        read_end, write_end = os.pipe()
        os.set_blocking(read_end, False)
        os.set_blocking(write_end, False)
        _WAKE_PIPE[:] = [read_end, write_end]
    return _WAKE_PIPE[0]


def after_fork_child():
    """_PySignal_AfterFork: forget the signals the parent had not handled
    yet, and the wake-up pipe it shares with the parent: a signal of the
    child must not drain the wake-up meant for the parent's wait.  The
    lock of _DELIVERED is made anew: the host's main thread, which the
    child lacks, may have held it at the fork."""
    global _DELIVERED
    del _PENDING[:]
    _DELIVERED = threading.Condition()
    if _WAKE_PIPE:
        for fd in _WAKE_PIPE:
            try:
                os.close(fd)
            except OSError:
                pass
        del _WAKE_PIPE[:]


def _drain(fd):
    try:
        while os.read(fd, 512):
            pass
    except OSError:                      # EAGAIN: empty
        pass


def check_signals():
    """Counterpart: PyErr_CheckSignals: run the pending handlers now, on
    the guest's main thread only."""
    from glass.vm import pystate
    if _PENDING and pystate.current() is pystate.interpreter().main_thread:
        run_pending_handlers()


def run_pending_handlers():
    """Counterpart: _PyErr_CheckSignalsTstate: call the guest handler of
    each pending signal with (signum, None)."""
    from glass.objects.frame import frame_object
    from glass.objects.int import new_int
    from glass.objects.none import new_none
    from glass.vm import pystate
    while _PENDING:
        signum = _PENDING.pop(0)
        w_handler = _HANDLERS.get(signum)
        if w_handler is None or w_handler.ob_type.tp_call is None:
            continue
        frame = pystate.current().frame
        w_frame = frame_object(frame) if frame is not None else new_none()
        w_signum = new_int(signum)
        w_handler.ob_refcnt += 1          # the handler may replace itself
        try:
            decref(abstract.call(w_handler, [w_signum, w_frame]))
        finally:
            decref(w_signum)
            decref(w_frame)
            decref(w_handler)


def _seconds(w_value):
    """_PyTime_FromSecondsObject: a float, or anything with __index__."""
    from glass.objects.float import W_Float
    if isinstance(w_value, W_Float):
        return w_value.value
    return index_value(w_value)


def _itimer_result(host_func, *args):
    """(delay, interval) of the old timer; a failure is signal.ItimerError."""
    from glass.objects.float import new_float
    from glass.objects.int import new_int
    from glass.objects.str import new_str
    from glass.objects.tuple import new_tuple_owned
    try:
        delay, interval = host_func(*args)
    except host_signal.ItimerError as error:
        args_w = [new_int(error.errno), new_str(error.strerror)]
        try:
            w_error = abstract.call(W_ITIMER_ERROR[0], args_w)
        finally:
            for w_arg in args_w:
                decref(w_arg)
        raise OperationError(w_error)
    except OverflowError as error:
        raise operation_error("OverflowError", str(error))
    return new_tuple_owned([new_float(delay), new_float(interval)])


def _guest_int(value):
    from glass.objects.int import new_int
    return new_int(value)


@builtin_module("_signal")
class SignalModule:
    """This module provides mechanisms to use signal handlers in Python.

Functions:

alarm() -- cause SIGALRM after a specified time [Unix only]
setitimer() -- cause a signal (described below) after a specified
               float time and the timer may restart then [Unix only]
getitimer() -- get current value of timer [Unix only]
signal() -- set the action for a given signal
getsignal() -- get the signal action for a given signal
pause() -- wait until a signal arrives [Unix only]
default_int_handler() -- default SIGINT handler

signal constants:
SIG_DFL -- used to refer to the system default handler
SIG_IGN -- used to ignore the signal
NSIG -- number of defined signals
SIGINT, SIGTERM, etc. -- signal numbers

itimer constants:
ITIMER_REAL -- decrements in real time, and delivers SIGALRM upon
               expiration
ITIMER_VIRTUAL -- decrements only when the process is executing,
               and delivers SIGVTALRM upon expiration
ITIMER_PROF -- decrements both when the process is executing and
               when the system is executing on behalf of the process.
               Coupled with ITIMER_VIRTUAL, this timer is usually
               used to profile the time spent by the application
               in user and kernel space. SIGPROF is delivered upon
               expiration.


*** IMPORTANT NOTICE ***
A signal handler function is called with two arguments:
the first is the signal number, the second is the interrupted stack frame."""

    @function("($module, signalnum, handler, /)")
    def signal(w_signalnum, w_handler):
        """Set the action for the given signal.

The action can be SIG_DFL, SIG_IGN, or a callable Python object.
The previous action is returned.  See getsignal() for possible return values.

*** IMPORTANT NOTICE ***
A signal handler function is called with two arguments:
the first is the signal number, the second is the interrupted stack frame."""
        from glass.objects.int import W_Int
        signum = _signum(w_signalnum)
        if isinstance(w_handler, W_Int):
            disposition = w_handler.value
            if disposition not in (int(host_signal.SIG_DFL), int(host_signal.SIG_IGN)):
                raise type_error("signal handler must be signal.SIG_IGN, "
                                 "signal.SIG_DFL, or a callable object")
            host_handler = host_signal.Handlers(disposition)
        elif w_handler.ob_type.tp_call is None:
            raise type_error("signal handler must be signal.SIG_IGN, "
                             "signal.SIG_DFL, or a callable object")
        else:
            host_handler = _trip
        w_old = SignalModule.getsignal(w_signalnum)
        from glass.vm.pylifecycle import call_on_main_thread
        try:
            call_on_main_thread(host_signal.signal, signum, host_handler)
        except (OSError, ValueError) as error:
            decref(w_old)
            raise operation_error(type(error).__name__, str(error))
        _GENERATIONS[signum] = _GENERATIONS.get(signum, 0) + 1
        w_previous = _HANDLERS.pop(signum, None)
        if w_previous is not None:
            decref(w_previous)
        w_handler.ob_refcnt += 1
        _HANDLERS[signum] = w_handler
        return w_old

    @function("($module, signalnum, /)")
    def getsignal(w_signalnum):
        """Return the current action for the given signal.

The return value can be:
  SIG_IGN -- if the signal is being ignored
  SIG_DFL -- if the default action for the signal is in effect
  None    -- if an unknown handler is in effect
  anything else -- the callable Python object used as a handler"""
        from glass.objects.none import new_none
        signum = _signum(w_signalnum)
        w_handler = _HANDLERS.get(signum)
        if w_handler is not None:
            w_handler.ob_refcnt += 1
            return w_handler
        current = host_signal.getsignal(signum)
        # A C handler installed behind the signal module's back (faulthandler's)
        # leaves Handlers[signum] as it was: report the handler it replaced.
        current = getattr(current, "replaced", current)
        if signum == host_signal.SIGINT and callable(current):
            w_default = _MODULE_FUNCS.get("default_int_handler")
            w_default.ob_refcnt += 1
            return w_default
        if current is None or callable(current):
            return new_none()
        return _guest_int(int(current))

    @function("($module, signalnum, frame, /)")
    def default_int_handler(w_signalnum, w_frame):
        """The default handler for SIGINT installed by Python.

It raises KeyboardInterrupt."""
        raise operation_error("KeyboardInterrupt")

    @function("($module, signalnum, /)")
    def raise_signal(w_signalnum):
        """Send a signal to the executing process."""
        from glass.modules import faulthandler
        signum = _signum(w_signalnum)
        if faulthandler.catches(signum):
            faulthandler.fatal_signal(signum)
            return
        mark = deliveries(signum)
        try:
            host_signal.raise_signal(signum)
        except OSError as error:
            raise operation_error("OSError", str(error))
        wait_for_delivery(signum, mark)

    @function("($module, signalnum, /)")
    def strsignal(w_signalnum):
        """Return the system description of the given signal.

Returns the description of signal *signalnum*, such as "Interrupt"
for :const:`SIGINT`. Returns :const:`None` if *signalnum* has no
description. Raises :exc:`ValueError` if *signalnum* is invalid."""
        from glass.objects.none import new_none
        from glass.objects.str import new_str
        text = host_signal.strsignal(_signum(w_signalnum))
        return new_str(text) if text is not None else new_none()

    @function("($module, /)")
    def valid_signals():
        """Return a set of valid signal numbers on this platform.

The signal numbers returned by this function can be safely passed to
functions like `pthread_sigmask`."""
        from glass.objects.list import W_List
        from glass.objects.set import W_Set
        w_items = W_List([_guest_int(int(s)) for s in sorted(host_signal.valid_signals())])
        try:
            return abstract.call(W_Set.w_type, [w_items])
        finally:
            decref(w_items)

    @function("($module, seconds, /)")
    def alarm(w_seconds):
        """Arrange for SIGALRM to arrive after the given number of seconds."""
        return _guest_int(host_signal.alarm(abstract.int_value(w_seconds)))

    @function("($module, which, seconds, interval=0.0, /)")
    def setitimer(w_which, w_seconds, w_interval):
        """Sets given itimer (one of ITIMER_REAL, ITIMER_VIRTUAL or ITIMER_PROF).

The timer will fire after value seconds and after that every interval seconds.
The itimer can be cleared by setting seconds to zero.

Returns old values as a tuple: (delay, interval)."""
        which = index_value(w_which)
        seconds = _seconds(w_seconds)
        interval = _seconds(w_interval) if w_interval is not None else 0.0
        return _itimer_result(host_signal.setitimer, which, seconds, interval)

    @function("($module, which, /)")
    def getitimer(w_which):
        """Returns current value of given itimer."""
        return _itimer_result(host_signal.getitimer, index_value(w_which))

    @function("($module, /)")
    def pause():
        """Wait until a signal arrives."""
        # The host hands the guest's signals to its own main thread, not to
        # this one, so pause(2) here would not see them: wait for _trip.
        from glass.vm.gil import released
        with released():
            while not wait_for_any_signal(None):
                pass
        check_signals()

    @function("($module, fd, /, *, warn_on_full_buffer=True)")
    def set_wakeup_fd(w_fd, w_warn):
        """Sets the fd to be written to (with the signal number) when a signal comes in.

A library can use this to wakeup select or poll.
The previous fd or -1 is returned.

The fd must be non-blocking."""
        from glass.modules.posix import host_call
        from glass.vm import pystate
        from glass.vm.pylifecycle import call_on_main_thread
        fd = getargs_int(w_fd)
        if pystate.current() is not pystate.interpreter().main_thread:
            raise value_error("set_wakeup_fd only works in main thread of the main interpreter")
        warn = True if w_warn is None else abstract.is_true(w_warn)
        # The host's C handler writes the signal number to the fd when a
        # signal with a Python handler (for the guest's: _trip) arrives, as
        # CPython's trip_signal does; it checks the fd as CPython does.
        previous = host_call(call_on_main_thread, _set_host_wakeup_fd, fd, warn)
        return _guest_int(previous)

    @function("($module, signalnum, flag, /)")
    def siginterrupt(w_signalnum, w_flag):
        """Change system call restart behaviour.

If flag is False, system calls will be restarted when interrupted by
signal sig, else system calls will be interrupted."""
        host_signal.siginterrupt(_signum(w_signalnum), abstract.is_true(w_flag))

    @function("($module, how, mask, /)")
    def pthread_sigmask(w_how, w_mask):
        """Fetch and/or change the signal mask of the calling thread."""
        from glass.modules.posix import host_call
        from glass.vm import pystate
        from glass.vm.pylifecycle import call_on_main_thread
        how = index_value(w_how)
        mask = sigset_converter(w_mask)
        if pystate.current() is pystate.interpreter().main_thread:
            # The guest's main thread stands for the process's main thread,
            # which the host's main thread is: a signal sent to the process
            # goes to a thread that does not block it, so both threads get
            # the mask (the host's first: a signal it unblocks is handed to
            # the guest before check_signals below).
            host_call(call_on_main_thread, host_signal.pthread_sigmask, how, mask)
        # A signal pending here and unblocked now is handled before the call
        # returns (PyErr_CheckSignals): its handler here only trips it for
        # the host's main thread, whose _trip is waited for.
        marks = {signum: deliveries(signum) for signum in host_signal.sigpending()}
        old = host_call(host_signal.pthread_sigmask, how, mask)
        if marks:
            blocked = host_signal.pthread_sigmask(host_signal.SIG_BLOCK, [])
            for signum, mark in marks.items():
                if signum not in blocked:
                    wait_for_delivery(signum, mark)
        check_signals()
        return _signal_set(old)

    @function("($module, /)")
    def sigpending():
        """Examine pending signals.

Returns a set of signal numbers that are pending for delivery to
the calling thread."""
        from glass.modules.posix import host_call
        return _signal_set(host_call(host_signal.sigpending))

    @function("($module, sigset, /)")
    def sigwait(w_sigset):
        """Wait for a signal.

Suspend execution of the calling thread until the delivery of one of the
signals specified in the signal set sigset.  The function accepts the signal
and returns the signal number."""
        from glass.modules.posix import host_call_blocking
        sigset = sigset_converter(w_sigset)
        # sigwait() never fails with EINTR: no handler runs while it waits.
        return _guest_int(int(host_call_blocking(host_signal.sigwait, sigset)))

    @function("($module, sigset, /)")
    def sigwaitinfo(w_sigset):
        """Wait synchronously until one of the signals in *sigset* is delivered.

Returns a struct_siginfo containing information about the signal."""
        return _wait_for_siginfo(sigset_converter(w_sigset), None)

    @function("($module, sigset, timeout, /)")
    def sigtimedwait(w_sigset, w_timeout):
        """Like sigwaitinfo(), but with a timeout.

The timeout is specified in seconds, with floating point numbers allowed."""
        from glass.modules.posix import guest_error
        sigset = sigset_converter(w_sigset)
        timeout = _seconds(w_timeout)
        if not timeout < 0:
            # _PyTime_FromSecondsObject's checks (NaN, the range of time_t)
            # are the host's; it makes them for the negated timeout, which
            # it then refuses instead of waiting.
            try:
                host_signal.sigtimedwait([], -timeout)
            except ValueError as error:
                if str(error) != "timeout must be non-negative":
                    raise guest_error(error)
            except OverflowError as error:
                raise guest_error(error)
        if timeout < 0:
            raise value_error("timeout must be non-negative")
        return _wait_for_siginfo(sigset, timeout)

    @function("($module, thread_id, signalnum, /)")
    def pthread_kill(w_thread_id, w_signalnum):
        """Send a signal to a thread."""
        from glass.modules.posix import host_call
        from glass.objects.int import W_Int
        if not isinstance(w_thread_id, W_Int):
            raise type_error("pthread_kill() argument 1 must be int, not %s"
                             % w_thread_id.ob_type.name)
        thread_id = w_thread_id.value & _ULONG_MASK     # PyLong_AsUnsignedLongMask
        signum = index_value(w_signalnum)
        # A guest thread runs on a host thread of the same ident.  A signal
        # sent to this very thread runs its handler before the call returns,
        # as the C handler runs at once and PyErr_CheckSignals follows.
        to_self = thread_id == threading.get_ident()
        mark = deliveries(signum) if to_self else None
        host_call(host_signal.pthread_kill, thread_id, signum)
        if to_self and signum != 0:
            wait_for_delivery(signum, mark)
        else:
            check_signals()

    @function("($module, pidfd, signalnum, siginfo=None, flags=0, /)")
    def pidfd_send_signal(w_pidfd, w_signalnum, w_siginfo, w_flags):
        """Send a signal to a process referred to by a pid file descriptor."""
        from glass.modules.posix import host_call
        from glass.objects.none import W_None
        pidfd = index_value(w_pidfd)
        signum = index_value(w_signalnum)
        if w_siginfo is not None and not isinstance(w_siginfo, W_None):
            raise type_error("siginfo must be None")
        flags = index_value(w_flags) if w_flags is not None else 0
        to_self = signum != 0 and _is_own_process(pidfd)
        mark = deliveries(signum) if to_self else None
        host_call(host_signal.pidfd_send_signal, pidfd, signum, None, flags)
        if to_self:
            wait_for_delivery(signum, mark)      # as after os.kill(os.getpid(), ...)


_ULONG_MASK = (1 << 64) - 1


def _is_own_process(pidfd):
    """Whether pidfd stands for this process: a pidfd_open() descriptor
    names its process in its fdinfo, an open /proc/PID directory is
    /proc/self."""
    try:
        with open("/proc/self/fdinfo/%d" % pidfd) as fdinfo:
            for line in fdinfo:
                if line.startswith("Pid:"):
                    return int(line.split()[1]) == os.getpid()
        here, there = os.fstat(pidfd), os.stat("/proc/self")
        return (here.st_dev, here.st_ino) == (there.st_dev, there.st_ino)
    except (OSError, ValueError, OverflowError):
        return False


def sigset_converter(w_iterable):
    """Counterpart: _Py_Sigset_Converter: the signal numbers of an
    iterable, as a host list; a number the system refuses (glibc's 32 and
    33) is left out with a RuntimeWarning, as sigaddset's EINVAL is."""
    from glass.modules._warnings import warn
    from glass.objects.int import W_Int
    valid = host_signal.valid_signals()
    sigset = []
    for w_item in abstract.iterate(w_iterable):
        try:
            signum = index_value(w_item)
        finally:
            decref(w_item)
        if not 1 <= signum < host_signal.NSIG:
            if not -(1 << 63) <= signum < (1 << 63):
                signum = -1                      # PyLong_AsLongAndOverflow's overflow
            raise value_error("signal number %d out of range [1; %d]"
                              % (signum, host_signal.NSIG - 1))
        if signum not in valid:
            warn("RuntimeWarning",
                 "invalid signal number %d, please use valid_signals()" % signum)
            continue
        sigset.append(signum)
    return sigset


def _signal_set(signums):
    """sigset_to_set: a guest set of the signal numbers (ints)."""
    from glass.objects.list import W_List
    from glass.objects.set import W_Set
    w_items = W_List([_guest_int(int(s)) for s in sorted(signums)])
    try:
        return abstract.call(W_Set.w_type, [w_items])
    finally:
        decref(w_items)


_POLL_INTERVAL = 0.005   # seconds between looks at the pending signals during a timed wait


def _wait_for_siginfo(sigset, timeout):
    """signal_sigwaitinfo_impl / signal_sigtimedwait_impl: wait (GIL
    released) for a signal of sigset, at most `timeout` seconds (None: for
    ever); a signal.struct_siginfo, or None when the time is up.  On the
    guest's main thread a signal for the guest interrupts the wait, as
    EINTR does in CPython: its handler runs (its exception propagates) and
    the wait goes on for what is left (PEP 475).

    The host hands such a signal to its own main thread, so the main thread
    (and any timed wait) polls: the host's sigtimedwait with a timeout of 0
    takes a pending signal without waiting, and a short sleep comes between
    looks.  A host sigtimedwait with a real timeout is not used, because
    when a handled signal interrupts it near the end of its timeout,
    CPython 3.11 returns a struct_siginfo of uninitialised values instead of
    None.  Only an untimed wait off the main thread blocks in the host."""
    import time
    from glass.modules.posix import guest_error, to_guest
    from glass.vm import pystate
    from glass.vm.gil import released
    structseq_type_made()
    on_main = pystate.current() is pystate.interpreter().main_thread
    deadline = None if timeout is None else time.monotonic() + timeout
    try:
        if timeout is None and not on_main:
            with released():
                return to_guest(host_signal.sigwaitinfo(sigset))
        while True:
            info = host_signal.sigtimedwait(sigset, 0)
            if info is not None:
                return to_guest(info)
            if on_main:
                check_signals()
            interval = _POLL_INTERVAL
            if deadline is not None:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    from glass.objects.none import new_none
                    return new_none()
                interval = min(interval, remaining)
            with released():
                time.sleep(interval)
    except OSError as error:
        raise guest_error(error)


STRUCT_SIGINFO_FIELDS = (
    ("si_signo", "signal number"), ("si_code", "signal code"),
    ("si_errno", "errno associated with this signal"),
    ("si_pid", "sending process ID"),
    ("si_uid", "real user ID of sending process"),
    ("si_status", "exit value or signal"), ("si_band", "band event for SIGPOLL"))
STRUCT_SIGINFO_DOC = (
    "struct_siginfo: Result from sigwaitinfo or sigtimedwait.\n\n"
    "This object may be accessed either as a tuple of\n"
    "(si_signo, si_code, si_errno, si_pid, si_uid, si_status, si_band),\n"
    "or via the attributes si_signo, si_code, and so on.")


def structseq_type_made():
    """signal.struct_siginfo, declared to posix.py's struct sequences."""
    from glass.modules.posix import STRUCTSEQ_DEFS, register_structseq, structseq_type
    if "signal.struct_siginfo" not in STRUCTSEQ_DEFS:
        register_structseq("signal.struct_siginfo", STRUCT_SIGINFO_FIELDS, 7,
                           STRUCT_SIGINFO_DOC, host_type=host_signal.struct_siginfo)
    return structseq_type("signal.struct_siginfo")


def _set_host_wakeup_fd(fd, warn):
    return host_signal.set_wakeup_fd(fd, warn_on_full_buffer=warn)


_MODULE_FUNCS = {}


def init_module(w_module):
    d = w_module.w_dict
    _MODULE_FUNCS["default_int_handler"] = d.getitem_str("default_int_handler")
    for name in dir(host_signal):
        if (name.startswith("SIG") and not name.startswith("SIG_") and
                name.isupper()) or name in ("SIG_DFL", "SIG_IGN", "NSIG", "SIG_BLOCK",
                                            "SIG_UNBLOCK", "SIG_SETMASK") or \
                name.startswith("ITIMER_"):
            w_value = _guest_int(int(getattr(host_signal, name)))
            d.setitem_str(name, w_value)
            decref(w_value)
    from glass.objects.exceptions import EXCEPTION_TYPES, new_exception_class
    if not W_ITIMER_ERROR:
        W_ITIMER_ERROR.append(new_exception_class("signal.itimer_error",
                                                  EXCEPTION_TYPES["OSError"]))
    d.setitem_str("ItimerError", W_ITIMER_ERROR[0])
    if hasattr(host_signal, "struct_siginfo"):
        d.setitem_str("struct_siginfo", structseq_type_made())
    for name in ("pthread_kill", "pthread_sigmask", "sigpending", "sigwait",
                 "sigwaitinfo", "sigtimedwait", "pidfd_send_signal"):
        if not hasattr(host_signal, name):      # as CPython builds them: where the system has them
            d.delitem_str(name)
    _install_sigint_handler(d)


def _install_sigint_handler(w_dict):
    """signal_get_set_handlers: where SIGINT has the default action (for
    Glass: the host's own default_int_handler), the guest's
    default_int_handler takes it, raising KeyboardInterrupt in the guest."""
    from glass.vm.pylifecycle import call_on_main_thread
    if host_signal.SIGINT in _HANDLERS:
        return
    if host_signal.getsignal(host_signal.SIGINT) is not host_signal.default_int_handler:
        return                                  # ignored, or the host's embedder's
    try:
        call_on_main_thread(host_signal.signal, host_signal.SIGINT, _trip)
    except (OSError, ValueError):
        return
    w_handler = w_dict.getitem_str("default_int_handler")
    w_handler.ob_refcnt += 1
    _HANDLERS[host_signal.SIGINT] = w_handler


SignalModule.init_module = staticmethod(init_module)
