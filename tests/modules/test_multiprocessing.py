"""_multiprocessing against the host: SemLock as a semaphore and as a
recursive lock, across a thread and a fork, sem_unlink, flags, and the
multiprocessing.synchronize objects over it.

Counterpart: glass/modules/_multiprocessing.py (Modules/_multiprocessing/).
"""
from __future__ import annotations

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
