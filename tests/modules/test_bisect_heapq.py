"""_bisect and _heapq against the host.

Counterpart: glass/modules/_bisect.py (Modules/_bisectmodule.c) and
glass/modules/_heapq.py (Modules/_heapqmodule.c).
"""
from __future__ import annotations

import pytest
from oracle import same_as_host


def test_heapq_operations_and_errors():
    same_as_host(r"""
import _heapq, _bisect
h = []
for x in [5, 3, 8, 1, 9, 2, 7, 3, 0]:
    _heapq.heappush(h, x)
print(h, [_heapq.heappop(h) for _ in range(4)], h)
print(_heapq.heapreplace(h, 4), h, _heapq.heappushpop(h, 1), _heapq.heappushpop(h, 100), h)
l = list(range(3000, 0, -7)); _heapq.heapify(l); print(l[:30], sum(i * v for i, v in enumerate(l)))
l = list(range(3000)); _heapq._heapify_max(l); print(l[:30], sum(i * v for i, v in enumerate(l)))
print(_heapq._heappop_max(l), _heapq._heapreplace_max(l, 5), l[:10])
for f in (lambda: _heapq.heappush(1, 2), lambda: _heapq.heappop(()), lambda: _heapq.heapify(3),
          lambda: _heapq.heappushpop(3, 1), lambda: _heapq._heappop_max(3), lambda: _heapq.heappop([]),
          lambda: _heapq.heapreplace([], 1), lambda: _heapq.heappush([], 1, 2), lambda: _heapq.heappush(h, None)):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
class Evil:
    def __init__(self, heap): self.heap = heap
    def __lt__(self, other):
        self.heap.clear(); return True
h = []; h.append(Evil(h)); h.append(Evil(h)); h.append(Evil(h))
try: _heapq.heappush(h, Evil(h))
except Exception as e: print(type(e).__name__, e)
h = [Evil(None), 1]
try: _heapq.heapify([1, 'a', 2])
except Exception as e: print(type(e).__name__, e)
""")


def test_bisect_and_insort():
    same_as_host(r"""
import _bisect
a = [1, 2, 2, 3, 5, 8]
print([_bisect.bisect_left(a, x) for x in range(10)], [_bisect.bisect_right(a, x) for x in range(10)])
print(_bisect.bisect_right(a, 2, 1, 3), _bisect.bisect_left(a, 2, hi=None), _bisect.bisect_left(a, 2, key=lambda v: v))
_bisect.insort_left(a, 4); _bisect.insort_right(a, 2); _bisect.insort(a, 7) if hasattr(_bisect, 'insort') else None
print(a)
b = [(1, 'a'), (3, 'b')]; _bisect.insort_right(b, (2, 'c'), key=lambda p: p[0]); print(b)
class Seq:
    def __init__(self): self.data = [1, 3, 5]
    def __len__(self): print('len'); return len(self.data)
    def __getitem__(self, i): print('get', i); return self.data[i]
    def insert(self, i, x): print('insert', i, x); self.data.insert(i, x)
s = Seq(); _bisect.insort_left(s, 4); print(s.data)
for f in (lambda: _bisect.bisect_right([1], 1, -1), lambda: _bisect.bisect_right([1], 1, 0, 'a'),
          lambda: _bisect.bisect_right(set(), 1), lambda: _bisect.bisect_right({1: 2}, 1),
          lambda: _bisect.bisect_right([1], 1, 2**70), lambda: _bisect.bisect_right([1], 1, hi=-5),
          lambda: _bisect.insort_right((1,), 1), lambda: _bisect.bisect_right(3, 1),
          lambda: _bisect.bisect_right([1, 2], 'a'), lambda: _bisect.bisect_left(a, 1, 0.5),
          lambda: _bisect.bisect_left(a), lambda: _bisect.bisect_left(a, 1, key=3)):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
print(_bisect.bisect_left.__text_signature__, _heapq.heappush.__name__, _heapq.__name__)
""")


def test_heapq_guest_comparisons():
    same_as_host(r"""

import _heapq
log = []
class Item:
    def __init__(self, v): self.v = v
    def __lt__(self, other):
        log.append((self.v, other.v)); return self.v < other.v
    def __repr__(self): return 'I%d' % self.v
h = []
for v in [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]:
    _heapq.heappush(h, Item(v))
print(h, log); del log[:]
print([_heapq.heappop(h) for _ in range(3)], log); del log[:]
big = [Item(v) for v in range(2600, 0, -1)]; _heapq.heapify(big); print(len(log), big[:5]); del log[:]
_heapq._heapify_max(big); print(len(log), big[:5])
class Shrink:
    def __init__(self, heap, v): self.heap, self.v = heap, v
    def __lt__(self, other):
        self.heap.pop(); return False
h = []
h.extend([Shrink(h, i) for i in range(5)])
for f in (lambda: _heapq.heappop(h), lambda: _heapq.heapify(h), lambda: _heapq.heappushpop(h, Shrink(h, 9))):
    try: print(type(f()).__name__)
    except Exception as e: print(type(e).__name__, e, len(h))
class Boom:
    def __lt__(self, other): raise ZeroDivisionError('boom')
h = [Boom(), Boom(), Boom()]
try: _heapq.heapify(h)
except ZeroDivisionError as e: print('raised', e)
print(_heapq.__doc__[:40], _heapq.heappushpop.__doc__)
""")
