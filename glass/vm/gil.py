"""The global interpreter lock, and the eval breaker that asks for it.

Counterpart: Python/ceval_gil.c (take_gil, drop_gil, the switch interval,
FORCE_SWITCHING) and the eval breaker of Python/ceval.c.

Each guest thread is a host thread; only the one holding the GIL runs guest
bytecode or touches guest objects.  A thread that waits longer than the
switch interval (5 ms, sys.getswitchinterval) sets `drop_request`; the
holder sees it at its next eval-breaker check (RESUME, JUMP_BACKWARD: the
places CPython checks), drops the GIL and waits until another thread has
taken it before asking again, as FORCE_SWITCHING does.  Blocking calls
(sleeping, waiting on a lock, select, waitpid...) run inside `released()`.

Until a second guest thread starts, there is no lock at all: `released()`
costs one test, and the eval breaker is never set by the GIL.

Each hand-off is reported to the watchers of glass/vm/probes.py
(GIL_WATCHERS; one test of an empty list when nobody watches): "request"
when a waiting thread asks the holder to drop the GIL, "drop" and "take"
with their cause.
"""
from __future__ import annotations

import contextlib
import threading

from glass.vm import pystate
from glass.objects import gctrack
from glass.vm.probes import GIL_WATCHERS

# The eval breaker: the loop tests EVAL_BREAKER[0] at RESUME and
# JUMP_BACKWARD; a GIL drop request or a pending signal sets it.
EVAL_BREAKER = [False]
GC_STATE = gctrack.STATE


class GilState:
    """Counterpart: struct _gil_runtime_state."""

    def __init__(self):
        self.active = False               # a second guest thread exists
        self.lock = threading.Lock()      # held by the thread running bytecode
        self.switched = threading.Condition(threading.Lock())
        self.switch_number = 0            # how many times the GIL changed hands
        self.drop_request = False
        self.interval = 0.005             # seconds (sys.setswitchinterval)
        self.holder = None                # the ThreadState that holds it


GIL = GilState()


# The causes the events give.
CAUSE_FIRST_THREAD = "a second thread starts"    # the lock comes into use
CAUSE_THREAD_START = "thread start"
CAUSE_THREAD_EXIT = "thread exit"
CAUSE_INTERVAL = "switch interval"     # waited an interval with no switch: drop request
CAUSE_DROP_REQUEST = "drop request"    # the eval breaker served a drop request
CAUSE_BLOCKING = "blocking call"       # sleeping, waiting on a lock, I/O...
CAUSE_BLOCKING_DONE = "blocking call returned"
CAUSE_SWITCH_BACK = "after a forced switch"


def _tell(kind, tstate, cause):
    for watcher in list(GIL_WATCHERS):
        watcher.gil_event(kind, tstate, cause)


def activate():
    """Start using the lock: the running thread takes it (before it starts
    a second guest thread)."""
    if not GIL.active:
        GIL.lock.acquire()
        GIL.holder = pystate.current()
        GIL.active = True
        if GIL_WATCHERS:
            _tell("take", GIL.holder, CAUSE_FIRST_THREAD)


def take(tstate, cause=CAUSE_THREAD_START):
    """Counterpart: take_gil: wait for the GIL, asking the holder to drop it
    when a whole interval passes without a switch.  (The default cause is
    that of the caller outside this module: a new thread's first take.)"""
    lock = GIL.lock
    if not lock.acquire(False):
        while True:
            before = GIL.switch_number
            if lock.acquire(True, GIL.interval):
                break
            if GIL.switch_number == before:
                GIL.drop_request = True
                EVAL_BREAKER[0] = True
                if GIL_WATCHERS:
                    _tell("request", tstate, CAUSE_INTERVAL)
    GIL.holder = tstate
    pystate.set_current(tstate)
    with GIL.switched:
        GIL.switch_number += 1
        GIL.switched.notify_all()
    if GIL.drop_request:
        GIL.drop_request = False
        recompute_eval_breaker()
    if GIL_WATCHERS:
        _tell("take", tstate, cause)


def drop(cause=CAUSE_THREAD_EXIT):
    """Counterpart: drop_gil.  (The default cause is that of the caller
    outside this module: a thread that ends.)"""
    if GIL_WATCHERS:
        _tell("drop", GIL.holder, cause)
    GIL.holder = None
    GIL.lock.release()


def yield_gil():
    """The holder was asked to drop the GIL: drop it, wait until another
    thread has taken it (FORCE_SWITCHING), then take it back."""
    tstate = pystate.current()
    with GIL.switched:
        number = GIL.switch_number
        drop(CAUSE_DROP_REQUEST)
        GIL.switched.wait_for(lambda: GIL.switch_number != number, GIL.interval)
    take(tstate, CAUSE_SWITCH_BACK)


@contextlib.contextmanager
def released():
    """Py_BEGIN_ALLOW_THREADS / Py_END_ALLOW_THREADS around a blocking host
    call; the code inside must not touch guest objects."""
    if not GIL.active:
        yield
        return
    tstate = pystate.current()
    drop(CAUSE_BLOCKING)
    try:
        yield
    finally:
        take(tstate, CAUSE_BLOCKING_DONE)


def recompute_eval_breaker():
    from glass.modules import MODULE_DEFS
    pending_signals = False
    if "_signal" in MODULE_DEFS:
        from glass.modules._signal import _PENDING
        pending_signals = bool(_PENDING)
    EVAL_BREAKER[0] = GIL.drop_request or pending_signals or GC_STATE.due


def handle_eval_breaker():
    """Counterpart: _Py_HandlePending: give up the GIL if asked, run the
    pending signal handlers (on the main thread only), run a collection
    that allocations made due."""
    if GIL.drop_request and GIL.active:
        yield_gil()
    if GC_STATE.due:
        from glass.vm.gc import run_if_due
        run_if_due()
    from glass.modules import MODULE_DEFS
    if "_signal" in MODULE_DEFS:
        from glass.modules._signal import _PENDING, run_pending_handlers
        if _PENDING and pystate.current() is pystate.interpreter().main_thread:
            run_pending_handlers()
    recompute_eval_breaker()


# --- Calls into foreign code that may call back (Tcl, C through ctypes) ---------------
# ENTER_TCL / LEAVE_TCL and ENTER_PYTHON / LEAVE_PYTHON in _tkinter.c, and
# ctypes' Py_BEGIN_ALLOW_THREADS around a foreign call with callbacks that
# take the GIL back (PyGILState_Ensure).

class _ForeignRegion:
    """One stretch of a thread's time in foreign code: whether it gives up
    the GIL there (`release`), whether it has now (`dropped`), and how many
    callbacks into the guest run in it (`depth`)."""
    __slots__ = ("tstate", "release", "dropped", "depth")

    def __init__(self, tstate, release):
        self.tstate = tstate
        self.release = release
        self.dropped = False
        self.depth = 0


class _ForeignRegions(threading.local):
    def __init__(self):
        self.stack = []


_FOREIGN_REGIONS = _ForeignRegions()


class ForeignCall:
    """`with ForeignCall(release):` around a call into foreign code: the GIL
    is given up meanwhile when `release` and other guest threads exist; the
    code inside touches no guest object."""
    __slots__ = ("release",)

    def __init__(self, release=True):
        self.release = release

    def __enter__(self):
        region = _ForeignRegion(pystate.current(), self.release)
        _FOREIGN_REGIONS.stack.append(region)
        if region.release and GIL.active:
            drop(CAUSE_BLOCKING)
            region.dropped = True

    def __exit__(self, *exc_info):
        region = _FOREIGN_REGIONS.stack.pop()
        if region.dropped:
            take(region.tstate, CAUSE_BLOCKING_DONE)
        return False


class GuestCallback:
    """`with GuestCallback():` around a callback's guest code: take the GIL
    back if the foreign call gave it up, and give it up again when the
    outermost callback of the region ends (also when a callback started the
    first other thread meanwhile), unless the call holds the GIL throughout."""
    __slots__ = ("region",)

    def __enter__(self):
        stack = _FOREIGN_REGIONS.stack
        region = self.region = stack[-1] if stack else None
        if region is not None:
            if region.dropped:
                take(region.tstate, CAUSE_BLOCKING_DONE)
                region.dropped = False
            region.depth += 1

    def __exit__(self, *exc_info):
        region = self.region
        if region is not None:
            region.depth -= 1
            if region.depth == 0 and region.release and GIL.active:
                drop(CAUSE_BLOCKING)
                region.dropped = True
        return False
