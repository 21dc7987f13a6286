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
"""
from __future__ import annotations

import contextlib
import threading

from glass.vm import pystate
from glass.objects import gctrack

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


def activate():
    """Start using the lock: the running thread takes it (before it starts
    a second guest thread)."""
    if not GIL.active:
        GIL.lock.acquire()
        GIL.holder = pystate.current()
        GIL.active = True


def take(tstate):
    """Counterpart: take_gil: wait for the GIL, asking the holder to drop it
    when a whole interval passes without a switch."""
    lock = GIL.lock
    if not lock.acquire(False):
        while True:
            before = GIL.switch_number
            if lock.acquire(True, GIL.interval):
                break
            if GIL.switch_number == before:
                GIL.drop_request = True
                EVAL_BREAKER[0] = True
    GIL.holder = tstate
    pystate.set_current(tstate)
    with GIL.switched:
        GIL.switch_number += 1
        GIL.switched.notify_all()
    if GIL.drop_request:
        GIL.drop_request = False
        recompute_eval_breaker()


def drop():
    """Counterpart: drop_gil."""
    GIL.holder = None
    GIL.lock.release()


def yield_gil():
    """The holder was asked to drop the GIL: drop it, wait until another
    thread has taken it (FORCE_SWITCHING), then take it back."""
    tstate = pystate.current()
    with GIL.switched:
        number = GIL.switch_number
        drop()
        GIL.switched.wait_for(lambda: GIL.switch_number != number, GIL.interval)
    take(tstate)


@contextlib.contextmanager
def released():
    """Py_BEGIN_ALLOW_THREADS / Py_END_ALLOW_THREADS around a blocking host
    call; the code inside must not touch guest objects."""
    if not GIL.active:
        yield
        return
    tstate = pystate.current()
    drop()
    try:
        yield
    finally:
        take(tstate)


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
