"""Guest sets and frozensets against the host: same tables, so same order.

Counterpart: glass/objects/set.py (Objects/setobject.c).
"""
from __future__ import annotations

import textwrap

import pytest
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



@pytest.fixture(scope="module", autouse=True)
def object_space():
    from glass.vm import pylifecycle
    pylifecycle.initialize()


ORDER = SHOW + """
words = "the quick brown fox jumps over the lazy dog and then some more words to fill it up".split()
s = set(words)
show(lambda: (s, len(s), frozenset(words), {'x', 'yy', 'zzz', 'w', 'q'}, {'b', 'a'}))
t = set()
for w in words:
    t.add(w)
show(lambda: (t, [w for w in s]))
for w in words[:8]:
    s.discard(w)
show(lambda: s); s.update(['alpha', 'beta', 'gamma']); show(lambda: s)
show(lambda: (s.pop(), s.pop(), s))
show(lambda: set('hello world')); show(lambda: set(range(100, 0, -7)))
show(lambda: {-1, -2, -3, 2**61 - 1, 2**61, -(2**61), 2**64 + 5, 0.5, -0.5, 1e300})
show(lambda: {(1, 2), (2, 1), (1, 'a'), ('a', 1), (), 'é', '€', '😀', b'bytes'})
show(lambda: {1, 2, 3, 'a', 'b', (1, 2)}); show(lambda: frozenset({'k': 1, 'j': 2, 'i': 3}))
show(lambda: set('abcdef').union('xyz', ['q'], {'r': 1})); show(lambda: set('abcdef') ^ set('defghi'))
show(lambda: set({'one': 1, 'two': 2, 'three': 3}.keys()) | {'four'}); show(lambda: {'a': 1}.keys() | {'b', 'c'})
show(lambda: (hash(frozenset('abc')), hash(frozenset(['x', ('y', 1)])), hash(frozenset(words))))
big = set(str(i) for i in range(500))
for i in range(0, 500, 3):
    big.discard(str(i))
show(lambda: list(big)[:15]); big.add('new'); show(lambda: list(big)[:5])
"""


def test_order_with_seed_zero():
    check(ORDER)


def test_order_with_another_seed():
    check(ORDER, env={"PYTHONHASHSEED": "4242"})


def test_frozenset_hash_in_process():
    """frozenset_hash over int items (whose hashes every host shares)."""
    from glass.objects import abstract
    from glass.objects.int import new_int
    from glass.objects.set import new_frozenset
    for items in ([], [0], [1, 2, 3], list(range(100)), [-1, -2, 2**61, 2**64]):
        w_set = new_frozenset([new_int(i) for i in items])
        assert abstract.hash(w_set) == hash(frozenset(items)), items


def test_operations_and_errors():
    check("""
        show(lambda: set(range(20)) - set(range(5, 30, 3))); show(lambda: set(range(20)) & set(range(5, 30, 3)))
        show(lambda: set(range(20)) ^ set(range(5, 30, 3))); show(lambda: set(range(20)) | set(range(5, 30, 3)))
        show(lambda: set('abcdef').intersection('fedxyz', 'def')); show(lambda: set('abcdef').difference('ab', 'f'))
        show(lambda: set('abcdef').symmetric_difference('defghi')); show(lambda: set('ab').intersection())
        show(lambda: (set('abc').issubset('abcd'), set('abc').issuperset('ab'), set('abc').isdisjoint('xyz')))
        show(lambda: {1} | [2]); show(lambda: {1} < [2]); show(lambda: {1} == [1]); show(lambda: set().isdisjoint(3))
        u = set('abc'); u |= {'d'}; u &= set('abd'); u -= {'a'}; u ^= {'z', 'b'}; show(lambda: u)
        u.intersection_update('dzq', 'zd'); show(lambda: u); u.difference_update('d'); show(lambda: u)
        u.symmetric_difference_update('zy'); show(lambda: u)
        show(lambda: u.remove('nope')); show(lambda: set().pop()); show(lambda: u.add([]))
        show(lambda: {frozenset({1})}); show(lambda: {1, 2} in {frozenset({1, 2})})
        ss = {frozenset({1, 2})}; ss.remove({1, 2}); show(lambda: ss); ss.discard({3}); show(lambda: {3} in ss)
        show(lambda: (hash(frozenset()), hash(frozenset([frozenset([1]), 2]))))
        show(lambda: hash(set())); show(lambda: (frozenset('abc') == set('cba'), frozenset('ab') < set('abc')))
        show(lambda: (type(frozenset('a') | set('b')), type(set('a') | frozenset('b')), type(frozenset('a').copy())))
        fz = frozenset('ab'); fz2 = fz; fz2 |= {'c'}
        show(lambda: (fz.copy() is fz, frozenset(fz) is fz, sorted(fz), sorted(fz2)))
        class S(set):
            pass
        class F(frozenset):
            pass
        show(lambda: (S('ab'), F('ab'), S(), F(), type(S('ab') | {1}), type(F('a').copy()), type(F('a') & {'a'})))
        show(lambda: (S('ab').__reduce__(), set('ab').__reduce__())); rec = S(); show(lambda: rec)
        show(lambda: set(1)); show(lambda: set([1], [2])); show(lambda: set(x=1)); show(lambda: frozenset(x=1))
        show(lambda: frozenset([], [])); show(lambda: S([1], [2]))
        show(lambda: (set.__hash__, frozenset.__hash__ is None, set.add.__doc__, {1, 2}.__sizeof__()))
        show(lambda: set('abc') <= 'abc')
        def change():
            z = {1, 2, 3}
            for x in z:
                z.add(x + 10)
        show(change)
        def change2():
            z = {1, 2, 3}
            for x in z:
                z.discard(x); z.add(x + 100)
        show(change2)
        it = iter({1, 2, 3}); next(it); show(lambda: (it.__length_hint__(), it.__reduce__(), type(it).__name__))
        class H:
            def __init__(self, v): self.v = v
            def __hash__(self): return 7
            def __eq__(self, o): print('eq', self.v, o.v); return self.v == o.v
            def __repr__(self): return 'H%d' % self.v
        hs = {H(1), H(2), H(3)}
        show(lambda: hs); show(lambda: H(2) in hs); hs.discard(H(1)); show(lambda: hs); hs.add(H(4)); show(lambda: hs)
        import sys
        s = set()
        for i in range(40):
            s.add(i); print(sys.getsizeof(s), end=' ')
        print(sys.getsizeof(set()), sys.getsizeof(frozenset(range(5))), sys.getsizeof(iter(s)))
    """)
