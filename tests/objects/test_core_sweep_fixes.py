"""What the issue-7 core-file sweep led to change in the object space, against the host.

Counterparts: glass/objects/set.py (set_add_entry's single probe walk,
set_update_internal from a tuple or list without an iterator, frozenset_hash),
glass/objects/str.py (unicode_subscript with an exact int, startswith and
endswith messages), glass/objects/range.py (rangeiter_next),
glass/modules/math.py (floor, ceil).
"""
from __future__ import annotations

import textwrap

from oracle import same_as_host

SHOW = '''
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
'''


def check(snippet):
    """Run SHOW + the snippet under python3 and Glass; the snippet must compile."""
    source = SHOW + textwrap.dedent(snippet)
    compile(source, "snippet", "exec")
    same_as_host(source)


def test_set_add_entry_reuses_deleted_slots_as_cpython_does():
    # Order shows where each key went: deleted slots (dummies) on a probe
    # walk are reused, the last one seen, as set_add_entry does.
    check("""
    s = set(range(40))
    for i in range(0, 40, 3):
        s.discard(i)
    for i in (64, 67, 128, 131, 3, 6, 1000, 1003, 72):
        s.add(i)
    show(lambda: list(s))
    class H:
        def __init__(self, n, h): self.n, self.h = n, h
        def __hash__(self): return self.h
        def __eq__(self, other): return isinstance(other, H) and self.n == other.n
        def __repr__(self): return "H(%d)" % self.n
    t = {H(i, i % 3) for i in range(12)}
    t.discard(H(4, 1)); t.discard(H(7, 1))
    t.add(H(20, 1)); t.add(H(4, 1)); t.add(H(1, 1))
    show(lambda: (sorted(t, key=repr), list(t), len(t)))
    show(lambda: (H(20, 1) in t, H(7, 1) in t, H(99, 2) in t))
    big = set()
    for i in range(2000):
        big.add(i * 7919 % 10007)
    for i in range(0, 2000, 2):
        big.discard(i * 7919 % 10007)
    big.update(range(50000, 50300))
    show(lambda: (len(big), list(big)[:30], list(big)[-30:]))
    """)


def test_set_add_entry_restarts_when_a_comparison_mutates_the_set():
    check("""
    import random
    random.seed(5)
    class Bad:
        enabled = False
        def __init__(self, n): self.n = n
        def __hash__(self): return self.n % 2
        def __eq__(self, other):
            if Bad.enabled and random.randrange(4) == 0:
                target.clear()
            return self.n == getattr(other, "n", None)
        def __repr__(self): return "B%d" % self.n
    results = []
    for round in range(30):
        Bad.enabled = False
        target = set(Bad(i) for i in range(random.randrange(12)))
        Bad.enabled = True
        try:
            for i in range(8):
                target.add(Bad(i))
            results.append(sorted(target, key=repr))
        except RuntimeError as e:
            results.append(str(e))
    show(lambda: results)
    """)


def test_set_from_tuple_list_and_iterators():
    check("""
    show(lambda: (set((3, 1, 2, 3)), frozenset([5, 5, 4]), set([]), set(()), frozenset(())))
    show(lambda: (set([[]]),))
    show(lambda: (set((1, {}, 2)),))
    # The list changes while it is read: each step reads its current length.
    class Shrink:
        def __hash__(self): return 1
        def __eq__(self, other):
            L.clear()
            return False
        def __repr__(self): return "S"
    L = [Shrink(), Shrink(), 5, 6]
    show(lambda: (len(set(L)), L))
    class Grow:
        def __hash__(self): return 2
        def __eq__(self, other):
            if len(M) < 10:
                M.append(len(M) + 100)
            return False
        def __repr__(self): return "G"
    M = [Grow(), Grow(), 1]
    show(lambda: (sorted(map(repr, set(M))), M))
    # An iterator whose __next__ raises StopIteration itself.
    class Count:
        def __init__(self): self.i = 0
        def __iter__(self): return self
        def __next__(self):
            self.i += 1
            if self.i > 4:
                raise StopIteration
            return self.i
    show(lambda: (set(Count()), frozenset(Count())))
    class Fails:
        def __iter__(self): return self
        def __next__(self): raise ValueError("boom")
    show(lambda: set(Fails()))
    show(lambda: set(iter([1, 2, 2, 3])))
    show(lambda: set(x * x for x in range(-3, 4)))
    show(lambda: set({1: 'a', 2: 'b'}))
    show(lambda: frozenset(range(20)) == set(range(20)))
    class T(tuple): pass
    class L2(list): pass
    show(lambda: (set(T((1, 2, 2))), frozenset(L2([3, 3, 4]))))
    s = set([1])
    s.update((2, 3), [4, 4], range(5, 7), iter([7]))
    show(lambda: s)
    import sys
    key = object()
    before = sys.getrefcount(key)
    tmp = set((key, key, 1))
    during = sys.getrefcount(key)
    del tmp
    show(lambda: (during - before, sys.getrefcount(key) - before))
    """)


def test_frozenset_hash_and_the_hash_effectiveness_loop():
    check("""
    import itertools
    show(lambda: [hash(frozenset(range(n))) for n in range(12)])
    show(lambda: (hash(frozenset()), hash(frozenset([-1])), hash(frozenset([2**70, -5, 'x'])) ==
                  hash(frozenset(['x', -5, 2**70]))))
    class F(frozenset): pass
    show(lambda: (hash(F([1, 2])) == hash(frozenset([1, 2])), F([1, 2]) == {1, 2}))
    f = frozenset([1, 2, 3])
    f2 = frozenset(f)
    show(lambda: (f2 is f, hash(f) == hash(f2)))
    def powerset(s):
        for i in range(len(s) + 1):
            yield from map(frozenset, itertools.combinations(s, i))
    for n in range(9):
        t = 2 ** n
        mask = t - 1
        print(n, len({h & mask for h in map(hash, powerset(range(n)))}))
    """)


def test_str_subscript_and_startswith_messages():
    check("""
    s = 'abcdef'
    show(lambda: (s[0], s[-1], s[5], s[-6], s[True], s[False], s[2:4], s[::-2]))
    class I(int): pass
    class Idx:
        def __index__(self): return 2
    show(lambda: (s[I(3)], s[Idx()]))
    for key in (6, -7, 2**63 - 1, 2**63, -2**63, -2**63 - 1, 2**70, -2**70):
        show(lambda: s[key])
    show(lambda: s[1.0])
    show(lambda: ''[0])
    show(lambda: (s.startswith('ab'), s.startswith(('x', 'cd'), 2), s.endswith('ef', 0, 6),
                  s.startswith('a', 1), s.endswith(('e', 'f'), None, -1)))
    show(lambda: s.startswith(1))
    show(lambda: s.endswith([1]))
    show(lambda: s.startswith(('a', 2)))
    show(lambda: s.endswith(('a', None)))
    show(lambda: b'abc'.startswith('a'))
    show(lambda: b'abc'.endswith(('a', 1)))
    show(lambda: bytearray(b'abc').startswith(3))
    show(lambda: (b'abc'.startswith(b'a'), bytearray(b'abc').endswith((b'x', b'bc'))))
    """)


def test_range_iteration_and_math_floor_ceil():
    check("""
    import math
    show(lambda: (list(range(5)), list(range(10, 0, -3)), sum(range(1000)),
                  list(range(2**64, 2**64 + 3)), list(range(-3, 3, 2))))
    it = iter(range(3))
    show(lambda: (next(it), it.__length_hint__(), list(it), list(it)))
    show(lambda: (math.floor(1.5), math.ceil(-1.5), math.floor(-0.0), math.floor(3),
                  math.ceil(True), math.floor(2**70), math.ceil(1e300) == int(1e300)))
    for v in (float('inf'), float('-inf'), float('nan'), 'x', None):
        show(lambda: math.floor(v))
        show(lambda: math.ceil(v))
    class C:
        def __floor__(self): return 'floor!'
        def __ceil__(self): return 'ceil!'
    class D:
        def __float__(self): return 2.5
    show(lambda: (math.floor(C()), math.ceil(C()), math.floor(D()), math.ceil(D())))
    """)
