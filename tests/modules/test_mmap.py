"""mmap against the host: anonymous and file maps, slicing, searching,
buffers, subclasses and errors.

Counterpart: glass/modules/mmap.py (Modules/mmapmodule.c).
"""
from __future__ import annotations

from oracle import same_as_host


def test_anonymous_and_file_maps():
    same_as_host(r"""
import mmap, os, tempfile
print(mmap.mmap, mmap.error, mmap.PAGESIZE == mmap.ALLOCATIONGRANULARITY, sorted(k for k in vars(mmap) if k.isupper()))
m = mmap.mmap(-1, 100)
print(len(m), m.tell(), m.closed, repr(m)[:40])
m.write(b'hello world\nsecond line\n')
print(m.tell(), m[0], m[:5], m[1:10:2], m.find(b'o'), m.rfind(b'o'), m.find(b'line', 3, 50))
m.seek(0); print(m.readline(), m.read(6), m.read_byte())
m[0:5] = b'HELLO'; m[5] = 33; print(m[:12])
m.move(50, 0, 10); print(m[50:60])
mv = memoryview(m); print(bytes(mv[:5]), mv.readonly)
try: m.close()
except Exception as e: print(type(e).__name__, e)
mv.release()
print(bytes(m[:3]), bytearray(m)[:3])
def t(f, *a):
    try: print('ok', f(*a))
    except Exception as e: print(type(e).__name__, e)
t(m.__delitem__, 0); t(m.__setitem__, 0, 300); t(m.__setitem__, slice(0,2), 'ab'); t(m.__getitem__, 200)
t(m.seek, 1000); t(m.write, 'x'); t(m.write, b'x'*1000); t(m.__getitem__, 'a'); t(mmap.mmap, -1, -1); t(mmap.mmap, 'a', 1)
t(m.madvise, mmap.MADV_NORMAL); t(m.flush)
with mmap.mmap(-1, 10) as m2:
    print(m2.closed)
print(m2.closed, repr(m2)); t(m2.read)
class M(mmap.mmap): pass
m3 = M(-1, 20, access=mmap.ACCESS_WRITE); print(type(m3), repr(m3)[:25], m3[:2]); m3.foo = 1
import weakref; r = weakref.ref(m3); print(r() is m3)
fd, path = tempfile.mkstemp()
os.write(fd, b'abcdefghij' * 900)
f = mmap.mmap(fd, 0, access=mmap.ACCESS_READ); print(len(f), f[:10]); t(f.__setitem__, 0, 1); f.close()
f = mmap.mmap(fd, 4096, offset=4096); print(len(f), f[:4]); f[0:2] = b'ZZ'; f.flush(); f.close()
f = mmap.mmap(fd, 100); f.resize(200); print(f.size(), len(f), os.path.getsize(path)); f.close()
os.lseek(fd, 4096, 0); print(os.read(fd, 4))
os.close(fd); os.unlink(path)
print(mmap.mmap.__doc__[:30], m.write(b'zz'))
""")


def test_shared_across_fork():
    same_as_host(r"""
import mmap, os
m = mmap.mmap(-1, 16)
pid = os.fork()
if pid == 0:
    m[:5] = b'child'; os._exit(0)
os.waitpid(pid, 0)
print(m[:5], m.closed, m.__class__.__module__, mmap.mmap.__module__)
m.close(); print(m.closed)
""")
