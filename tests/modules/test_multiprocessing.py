"""_multiprocessing against the host: SemLock as a semaphore and as a
recursive lock, across a thread and a fork, sem_unlink, flags, and the
multiprocessing.synchronize objects over it; a forkserver pool that ends.

Counterpart: glass/modules/_multiprocessing.py (Modules/_multiprocessing/).
"""
from __future__ import annotations

import pytest

from oracle import same_as_host


def test_semlock():
    same_as_host(r"""
import _multiprocessing as m, threading, os
print(m.__doc__, sorted(k for k in vars(m) if k != '__file__'), m.flags, m.SemLock.__module__, m.SemLock.__doc__, m.SemLock.SEM_VALUE_MAX)
for n in ('acquire', 'release', '__enter__', '__exit__', '_count', '_is_mine', '_get_value', '_is_zero', '_rebuild', '_after_fork'):
    f = getattr(m.SemLock, n); print(n, f.__text_signature__, f.__doc__)
s = m.SemLock(1, 2, 5, '/glass-test-sem', True)
print(s.kind, s.maxvalue, s.name, type(s.handle), s._get_value(), s._is_zero(), s._count(), s._is_mine())
print(s.acquire(), s.acquire(), s.acquire(False), s.acquire(True, 0.05), s._get_value(), s._is_zero(), s._count())
s.release(); s.release(); print(s._get_value())
def t(f, *a, **k):
    try: print('ok', f(*a, **k))
    except Exception as e: print(type(e).__name__, e)
t(s.release); t(s.release); t(s.release); t(s.release)
r = m.SemLock(0, 1, 1, '/glass-test-rl', True)
with r: print(r._is_mine(), r._count(), r.acquire(), r._count())
r.release(); print(r._count())
t(r.release)
l = m.SemLock(1, 0, 1, '/glass-test-wait', True)
threading.Timer(0.1, l.release).start(); print('waited', l.acquire(True, 5))
pid = os.fork()
if pid == 0:
    l.release(); os._exit(0)
os.waitpid(pid, 0); print('child released', l.acquire(False))
t(m.SemLock, 5, 1, 1, '/x', True); t(m.SemLock, 1, -1, 1, '/x', True); t(m.sem_unlink, '/glass-does-not-exist'); t(m.sem_unlink, 5)
import multiprocessing.synchronize as ms, multiprocessing as mp
lk = mp.Lock(); print(lk.acquire(), lk); lk.release(); sem = mp.BoundedSemaphore(2); print(sem.get_value()); t(lambda: [sem.release()])
cond = mp.Condition(); ev = mp.Event(); ev.set(); print(ev.is_set(), ev.wait(0.1))
""")


@pytest.mark.slow        # five Glass processes: about 10 CPU seconds
def test_forkserver_pool_exits_when_done():
    # The forkserver learns that a child ended from SIGCHLD through
    # signal.set_wakeup_fd, and its children set signal handlers right
    # after the fork: either missing kept the pool (and the program) from
    # ending.
    same_as_host(r"""
import multiprocessing as mp
def f(x): return x * x
if __name__ == "__main__":
    mp.set_start_method("forkserver")
    with mp.Pool(2) as p:
        print(p.map(f, range(5)))
    q = mp.Process(target=f, args=(3,))
    q.start(); q.join(); print(q.exitcode)
""")


def test_the_forkserver_s_wait_for_sigchld():
    # What forkserver.main does: a SIGCHLD handler, a wake-up fd, a selector.
    same_as_host(r"""
import os, signal, selectors
r, w = os.pipe()
os.set_blocking(r, False); os.set_blocking(w, False)
signal.signal(signal.SIGCHLD, lambda *a: None)
print(signal.set_wakeup_fd(w))
pid = os.fork()
if pid == 0:
    signal.signal(signal.SIGCHLD, signal.SIG_DFL)   # the forked child may set handlers
    os._exit(5)
sel = selectors.DefaultSelector(); sel.register(r, selectors.EVENT_READ)
print(len(sel.select(timeout=60)), os.read(r, 100) == bytes([signal.SIGCHLD]))
print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]), signal.set_wakeup_fd(-1) == w)
""")
