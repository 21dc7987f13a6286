"""The _signal module: signal handlers and the signal constants.

Counterpart: Modules/signalmodule.c.

The guest's handlers are recorded here, and for each, a host handler is
installed that marks the signal as pending (as CPython's C handler only
trips a flag).  run_pending_handlers() calls the guest handlers; Glass's
eval loop does not yet poll for pending signals between instructions (the
eval breaker), so for now they run when the guest next calls into this
module or at exit.  SIGINT keeps the host's default behaviour until a
guest handler replaces it.
"""
from __future__ import annotations

import signal as host_signal

from glass.modules import builtin_module, function
from glass.objects import abstract
from glass.objects.exceptions import OperationError, operation_error, type_error, value_error
from glass.objects.object import decref

_HANDLERS = {}           # signum -> guest handler (owned), for guest-set handlers
_PENDING = []            # signums tripped and not yet handled


def _signum(w_signum):
    signum = abstract.int_value(w_signum)
    if not 1 <= signum < host_signal.NSIG:
        raise value_error("signal number out of range")
    return signum


def _trip(signum, frame):
    _PENDING.append(signum)


def run_pending_handlers():
    """Counterpart: _PyErr_CheckSignalsTstate: call the guest handler of
    each pending signal with (signum, None)."""
    from glass.objects.int import new_int
    from glass.objects.none import w_None
    while _PENDING:
        signum = _PENDING.pop(0)
        w_handler = _HANDLERS.get(signum)
        if w_handler is None or w_handler.ob_type.tp_call is None:
            continue
        w_signum = new_int(signum)
        try:
            decref(abstract.call(w_handler, [w_signum, w_None]))
        finally:
            decref(w_signum)


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
        signum = _signum(w_signalnum)
        import time
        try:
            host_signal.raise_signal(signum)
        except OSError as error:
            raise operation_error("OSError", str(error))
        for _ in range(100):                  # the main thread runs the host handler
            if _PENDING or _HANDLERS.get(signum) is None:
                break
            time.sleep(0.001)
        run_pending_handlers()

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

    @function("($module, /)")
    def pause():
        """Wait until a signal arrives."""
        host_signal.pause()
        run_pending_handlers()

    @function("($module, fd, /, *, warn_on_full_buffer=True)")
    def set_wakeup_fd(w_fd, w_warn):
        """Sets the fd to be written to (with the signal number) when a signal comes in.

A library can use this to wakeup select or poll.
The previous fd or -1 is returned.

The fd must be non-blocking."""
        fd = abstract.int_value(w_fd)
        previous = _WAKEUP_FD[0]
        _WAKEUP_FD[0] = fd
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
        from glass.objects.list import W_List
        from glass.objects.set import W_Set
        mask = [abstract.int_value(w) for w in abstract.iterate(w_mask)]
        old = host_signal.pthread_sigmask(abstract.int_value(w_how), mask)
        w_items = W_List([_guest_int(int(s)) for s in sorted(old)])
        try:
            return abstract.call(W_Set.w_type, [w_items])
        finally:
            decref(w_items)


_WAKEUP_FD = [-1]
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
    from glass.objects.exceptions import EXCEPTION_TYPES
    d.setitem_str("ItimerError", EXCEPTION_TYPES["OSError"])


SignalModule.init_module = staticmethod(init_module)
del OperationError
