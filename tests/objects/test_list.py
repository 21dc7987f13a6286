"""Guest lists against the host.

Counterpart: glass/objects/list.py (Objects/listobject.c).
"""
from __future__ import annotations

import textwrap

import pytest
from oracle import same_as_host

from glass.objects.list import W_List, resized_capacity

SHOW = '''
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
'''


def check(snippet, env=None):
    """Run SHOW + the snippet under python3 and Glass; the snippet must compile."""
    source = SHOW + textwrap.dedent(snippet)
    compile(source, "snippet", "exec")
    same_as_host(source, env=env)


@pytest.fixture(scope="module", autouse=True)
def object_space():
    from glass.vm import pylifecycle
    pylifecycle.initialize()


def test_growth_pattern_is_list_resize():
    """Appending one at a time gives listobject.c's 0, 4, 8, 16, 24, 32, 40, 52..."""
    allocated, pattern = 0, []
    for size in range(80):
        new = resized_capacity(allocated, size, size + 1)
        if new != allocated:
            pattern.append(new)
        allocated = new
    assert pattern[:10] == [4, 8, 16, 24, 32, 40, 52, 64, 76, 92]


def test_appends_behind_the_lists_back_are_replayed():
    from glass.objects.int import new_int
    w_list = W_List([])
    for i in range(10):                 # as LIST_APPEND does: straight on the host list
        w_list.items.append(new_int(i))
    w_list.append(new_int(10))          # the C API notices and replays the growth
    assert w_list.allocated == 16


def test_indexing_slicing_and_slice_assignment():
    check("""
        a = list(range(10))
        show(lambda: a[2:8:3]); show(lambda: a[::-2]); show(lambda: a[-100:100]); show(lambda: a[5:2])
        show(lambda: a['x']); show(lambda: a[1.5]); show(lambda: a[2**70]); show(lambda: a[-11])
        show(lambda: a[slice(None, None, 0)]); show(lambda: a[slice('a', None)])
        show(lambda: a[2**70:]); show(lambda: a[::2**70]); show(lambda: a[::-2**70])
        b = a[:]
        b[2:5] = []; show(lambda: b)
        b[:0] = (7, 8); show(lambda: b)
        b[::2] = 'abcdefg'[:len(b[::2])]; show(lambda: b)
        def f(): b[::2] = [1]
        show(f)
        def g(): b[1:2] = 5
        show(g)
        def h(): b[::-1] = 5
        show(h)
        del b[::3]; show(lambda: b)
        del b[-1]; show(lambda: b)
        def i(): del b[100]
        show(i)
        def j(): b[100] = 1
        show(j)
        b[len(b):] = [99]; show(lambda: b)
        b[::-1] = b; show(lambda: b)
        b[:] = b; show(lambda: b)
        b[1:3] = b; show(lambda: b)
        b[5:2] = ['x']; show(lambda: b)
        c = list(range(20)); c[::3] = range(7); del c[-1:-9:-2]; show(lambda: c)
        class Idx:
            def __index__(self): return 1
        show(lambda: [5, 6, 7][Idx()]); show(lambda: [5, 6, 7][Idx():])
    """)


def test_methods_and_their_errors():
    check("""
        c = [3, 1, 2]
        show(lambda: c.pop(5)); show(lambda: [].pop()); show(lambda: c.pop(-1)); show(lambda: c.pop('1'))
        show(lambda: c.pop(2**70)); show(lambda: c.pop(1, 2))
        show(lambda: c.index(9)); show(lambda: c.index(1, -1)); show(lambda: c.index(3, 0, 1))
        show(lambda: c.index(3, 1)); show(lambda: c.index(1, None)); show(lambda: c.index())
        show(lambda: c.remove(7)); show(lambda: c.insert(-100, 'first')); show(lambda: c.insert(100, 'last'))
        show(lambda: c); show(lambda: c.count('first')); show(lambda: [1, 1.0, True, 2].count(1))
        show(lambda: c + (1,)); show(lambda: c * 2); show(lambda: 2 * [0]); show(lambda: [1] * -1)
        show(lambda: [1] * 'x'); show(lambda: [1] * 2.0); show(lambda: [1] * (2**62))
        d = [1, 2]; d += (3,); d *= 2; show(lambda: d); d *= 0; show(lambda: d)
        d.extend(x for x in 'ab'); show(lambda: d); show(lambda: d.extend(3)); d.extend(d); show(lambda: d)
        show(lambda: d.copy()); show(lambda: d.clear()); show(lambda: d); d.reverse(); show(lambda: d)
        r = [1, 2, 3, 4]; r.reverse(); show(lambda: r)
        show(lambda: [1, 2] < [1, 3]); show(lambda: [1, 2] < [1, 2, 0]); show(lambda: [1, 2] == [1, 2])
        show(lambda: [] >= []); show(lambda: [1] < ['a']); show(lambda: [1, [2, [3]]] == [1, [2, [3]]])
        show(lambda: [1, 2] == (1, 2)); show(lambda: [float('nan')] == [float('nan')])
        e = []; e.append(e); show(lambda: e); show(lambda: [e, e]); show(lambda: e == e)
        show(lambda: list('abc')); show(lambda: list(x=1)); show(lambda: list(1)); show(lambda: list([1], [2]))
        show(lambda: list.__hash__); show(lambda: hash([])); show(lambda: list.append.__doc__)
        show(lambda: [].append()); show(lambda: list.sort.__text_signature__)
        w = [1, 2, 3]
        for v in w:
            if v == 1:
                w.remove(v)
        show(lambda: w)
        class L(list):
            pass
        l = L([3, 1, 2]); l.x = 1
        show(lambda: (l, l.x, type(l[:]), type(l + []), l == [3, 1, 2], type(l.copy())))
        show(lambda: L.__hash__)
    """)


def test_iteration_protocols():
    check("""
        class Sized:
            def __iter__(self):
                print("iter"); return iter([1, 2])
            def __len__(self):
                print("len"); return 2
        show(lambda: list(Sized())); show(lambda: tuple(Sized()))
        class Hint:
            def __iter__(self): return self
            def __next__(self): raise StopIteration
            def __length_hint__(self): print("hint"); return 5
        show(lambda: list(Hint()))
        class BadHint(Hint):
            def __length_hint__(self): return -1
        show(lambda: list(BadHint()))
        class WrongHint(Hint):
            def __length_hint__(self): return 'x'
        show(lambda: list(WrongHint()))
        it = iter([1, 2, 3]); next(it)
        show(lambda: it.__length_hint__()); show(lambda: it.__reduce__()); show(lambda: type(it).__name__)
        rit = reversed([1, 2, 3]); next(rit)
        show(lambda: rit.__length_hint__()); show(lambda: rit.__reduce__()); show(lambda: list(rit))
        show(lambda: rit.__reduce__()); show(lambda: type(rit).__name__)
        grow = [1, 2]
        for x in grow:
            if len(grow) < 5:
                grow.append(x * 10)
        show(lambda: grow)
        it2 = iter([1, 2, 3]); it2.__setstate__(2); show(lambda: list(it2))
    """)


def test_sort_is_timsort_with_cpythons_errors():
    check("""
        x = [5, 1, 4]
        def bad_key(v):
            x.append(v); return v
        show(lambda: x.sort(key=bad_key)); show(lambda: x)
        class Cmp:
            def __init__(self, v): self.v = v
            def __lt__(self, o):
                seen.append(len(y)); return self.v < o.v
            def __repr__(self): return 'C%d' % self.v
        seen = []
        y = [Cmp(3), Cmp(1), Cmp(2)]
        show(lambda: y.sort()); show(lambda: (y, seen))
        z = [3, 'a', 1]
        show(lambda: z.sort()); show(lambda: z)
        def raising_key(v):
            if v == 2:
                raise KeyError(v)
            return v
        k = [3, 2, 1]; show(lambda: k.sort(key=raising_key)); show(lambda: k)
        show(lambda: [3, 1, 2].sort(reverse=1.5)); show(lambda: [].sort(key=1)); show(lambda: [2, 1].sort(key=1))
        show(lambda: [].sort(1)); show(lambda: [2, 1].sort(reverse=2**40)); show(lambda: [2, 1].sort(foo=1))
        s = [(1, 'b'), (0, 'a'), (1, 'a')]; s.sort(); show(lambda: s)
        s.sort(key=lambda t: t[1], reverse=True); show(lambda: s)
        show(lambda: sorted([0, -0.0, False, 0.0])); show(lambda: sorted([3, 1.5, True, 2**70, -1]))
        show(lambda: sorted(['b', 'a', 'é', 'A', '😀', ''])); show(lambda: sorted([float('nan'), 1, 0]))
        show(lambda: sorted([[2], [1, 2], [1]])); show(lambda: sorted([(2, 'x'), (1, 'y')], reverse=True))
        one = [Cmp(1)]; one.sort(key=lambda c: print('key', c) or c.v); show(lambda: one)
    """)


def test_sizes_follow_cpythons_allocation():
    same_as_host("""
        import sys
        class S:
            def __init__(s, n, k): s.n = n; s.k = k
            def __iter__(s): return iter(range(s.k))
            def __len__(s): return s.n
        print([sys.getsizeof(list(S(n, k))) for n, k in [(2, 2), (100, 2), (3, 3), (0, 3)]])
        print(sys.getsizeof(list(range(3))), sys.getsizeof(list(range(10))), sys.getsizeof(list(iter(range(3)))),
              sys.getsizeof(list(x for x in range(3))), sys.getsizeof(list((1, 2, 3))), sys.getsizeof(list({1: 1})))
        l = []; l.extend(range(3)); print(sys.getsizeof(l))
        print(sys.getsizeof([]), sys.getsizeof([1, 2, 3]), sys.getsizeof([x for x in range(5)]))
        a = [1, 2, 3]; print(sys.getsizeof([a, a, a]))
        l = []
        for i in range(40):
            l.append(i); print(sys.getsizeof(l), end=' ')
        print()
        while l:
            l.pop(); print(sys.getsizeof(l), end=' ')
        print()
        l = [1, 2, 3]; l.pop(); l.pop(); l.pop(); print(sys.getsizeof(l)); l.extend([1, 2, 3]); print(sys.getsizeof(l))
        l = [1, 2, 3]; l.clear(); l.extend([1, 2, 3]); print(sys.getsizeof(l))
        l = [1, 2, 3] * 5; print(sys.getsizeof(l)); l *= 2; print(sys.getsizeof(l))
        print(sys.getsizeof(sorted([3, 1, 2])), sys.getsizeof([1, 2, 3][:]), sys.getsizeof([1] + [2]))
        l = list(range(20)); del l[::2]; print(sys.getsizeof(l)); del l[2:9]; print(sys.getsizeof(l))
        l[1:1] = range(30); print(sys.getsizeof(l)); l.insert(0, 1); print(sys.getsizeof(l))
        l[:] = []; print(sys.getsizeof(l), sys.getsizeof(iter([])), sys.getsizeof(reversed([])))
    """)
