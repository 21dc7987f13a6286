"""Guest ranges against the host.

Counterpart: glass/objects/range.py (Objects/rangeobject.c).
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


def check(snippet, env=None):
    """Run SHOW + the snippet under python3 and Glass; the snippet must compile."""
    source = SHOW + textwrap.dedent(snippet)
    compile(source, "snippet", "exec")
    same_as_host(source, env=env)


def test_ranges():
    check("""
        r = range(1, 20, 3)
        show(lambda: (r, len(r), r[2], r[-1], r[1:4], r[::-1], r[::2], list(r), 7 in r, 8 in r, 7.0 in r))
        show(lambda: (r.index(7), r.count(7), r.count(7.0), r.index(1.0), range(3).index(True)))
        show(lambda: r.index(8)); show(lambda: range(3).index('a')); show(lambda: range(1, 2, 0))
        show(lambda: range('a')); show(lambda: r['a']); show(lambda: r[100]); show(lambda: range())
        show(lambda: range(1, 2, 3, 4)); show(lambda: range(1, x=2)); show(lambda: range(1.5))
        show(lambda: len(range(2**64))); show(lambda: range(2**64)[2**63]); show(lambda: range(-5)[:])
        show(lambda: (bool(range(0)), bool(range(1)), bool(range(2**70))))
        show(lambda: (range(10)[slice(2**70)], range(10)[-100:100], range(5)[10:], range(10)[-2:-100:-3]))
        show(lambda: (range(1, 10, 2)[1:3], range(1, 10, 2)[::-2], range(5)[::-1]))
        show(lambda: len(range(-10**20, 10**20, 10**19))); show(lambda: range(-2**70, 2**70)[2**69])
        show(lambda: (range(10) == range(0, 10, 1), range(0) == range(3, 3), range(1, 2) == range(1, 5, 10)))
        show(lambda: range(10) < range(11)); show(lambda: range(3) == [0, 1, 2])
        show(lambda: (hash(range(3)) == hash(range(0, 3)), hash(range(1)) == hash(range(1, 2, 99))))
        show(lambda: hash(range(0)) == hash(range(5, 5)))
        show(lambda: (list(reversed(r)), list(reversed(range(-5, 5, 3))), list(reversed(range(0)))))
        it = iter(r); next(it)
        show(lambda: (it.__length_hint__(), it.__reduce__(), type(it).__name__))
        show(lambda: (iter(range(0, 10, 3)).__reduce__(), range(0, 10, 3).__reduce__()))
        ri = iter(range(10)); ri.__setstate__(7); show(lambda: list(ri))
        show(lambda: type(iter(range(2**64))).__name__); show(lambda: type(iter(range(2**63 - 2, 2**63))).__name__)
        show(lambda: list(iter(range(2**64, 2**64 + 3))))
        show(lambda: (type(reversed(range(2**64, 2**64 + 3))).__name__, reversed(range(2**64, 2**64 + 3)).__reduce__()))
        class Idx:
            def __index__(self): return 2
        show(lambda: (range(Idx()), range(5)[Idx()], range(5)[Idx():], Idx() in range(5)))
        show(lambda: (range(3).start, range(3).stop, range(3).step, range(4, 1, -1).step))
        show(lambda: range.count.__doc__); show(lambda: sum(range(10**6, 10**6 + 5)))
    """)
