"""_posixshmem against the host: shm_open/shm_unlink with mmap over the
descriptor, errors, and multiprocessing.shared_memory over them.

Counterpart: glass/modules/_posixshmem.py (Modules/_multiprocessing/posixshmem.c).
"""
from __future__ import annotations


from oracle import same_as_host


def test_shm_open_unlink():
    same_as_host(r"""
import _posixshmem as p, os, mmap
print(p.__doc__, sorted(k for k in vars(p) if k != '__file__'))
for n in ('shm_open', 'shm_unlink'): f = getattr(p, n); print(n, f.__text_signature__, f.__doc__)
def t(f, *a, **k):
    try: print('ok', f(*a, **k))
    except Exception as e: print(type(e).__name__, e, getattr(e, 'filename', None))
fd = p.shm_open('/glass-shm-test', os.O_CREAT | os.O_RDWR, 0o600); print(type(fd))
os.ftruncate(fd, 4096); m = mmap.mmap(fd, 4096); m[:5] = b'hello'; m.close(); os.close(fd)
fd = p.shm_open(path='/glass-shm-test', flags=os.O_RDWR); print(os.read(fd, 5)); os.close(fd)
t(p.shm_open, '/glass-shm-test', os.O_CREAT | os.O_EXCL | os.O_RDWR); p.shm_unlink('/glass-shm-test')
t(p.shm_unlink, '/glass-shm-test'); t(p.shm_open, 1, 0); t(p.shm_open, '/x', 1.5); t(p.shm_unlink, b'/x')
from multiprocessing import shared_memory
""")


def test_shared_memory():
    same_as_host(r"""
from multiprocessing import shared_memory
s = shared_memory.SharedMemory(create=True, size=64); s.buf[:3] = b'abc'
s2 = shared_memory.SharedMemory(s.name); print(bytes(s2.buf[:3]), s2.size >= 64); s2.close(); s.close(); s.unlink()
sl = shared_memory.ShareableList([1, 'two', 3.0]); print(list(sl)); sl.shm.close(); sl.shm.unlink()
""")
