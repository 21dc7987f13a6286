"""Guest tuples (and the generic iterators) against the host.

Counterpart: glass/objects/tuple.py (Objects/tupleobject.c) and
glass/objects/iterobject.py (Objects/iterobject.c).
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


def test_tuplehash_is_cpythons_xxhash():
    """Ints hash alike on every host and seed, so the tuple hash can be
    checked in process."""
    from glass.objects import abstract
    from glass.objects.int import new_int
    from glass.objects.tuple import W_Tuple, new_tuple_owned
    samples = [(), (0,), (1, 2), (-1,), (-2,), (2**61 - 1, 2**61, -2**61), (10**30,),
               tuple(range(50)), ((1, 2), (3,)), (((),),)]

    def wrap(value):
        if isinstance(value, tuple):
            return new_tuple_owned([wrap(v) for v in value])
        return new_int(value)

    for value in samples:
        w_tuple = wrap(value)
        assert isinstance(w_tuple, W_Tuple)
        assert abstract.hash(w_tuple) == hash(value), value


def test_tuples():
    check("""
        t = (1, 'two', 3.0, None, (4, 5), frozenset({6}))
        show(lambda: t); show(lambda: t[1:4]); show(lambda: t[::-1]); show(lambda: t[-1]); show(lambda: t[10])
        show(lambda: t['a']); show(lambda: t[2**70]); show(lambda: t[:] is t); show(lambda: t[0:6] is t)
        show(lambda: t + ()); show(lambda: () + t is t); show(lambda: t * 1 is t); show(lambda: t * 0)
        show(lambda: t * -3); show(lambda: t + [1]); show(lambda: t.index(3.0)); show(lambda: t.index(3, 0, 2))
        show(lambda: t.index(99)); show(lambda: t.count(1)); show(lambda: t.index(1, -100, 100))
        show(lambda: (1, 2) < (1, 3)); show(lambda: (1, 2) < (1,)); show(lambda: (1, 'a') < (1, 2))
        show(lambda: (1, 2) == (1, 2.0)); show(lambda: () < ()); show(lambda: (1,) == [1])
        for v in [(), (1,), (1, 2), ('a', 'b'), ((),), (1.5, -2), (2**64, -1), (True, False),
                  ('é', '€', '😀'), (frozenset([1, 2]),), (-1,), (-2,), (b'x', 'x')]:
            print(v, hash(v))
        show(lambda: hash((1, [2]))); show(lambda: tuple([1, 2])); show(lambda: tuple('ab'))
        show(lambda: tuple(x=1)); show(lambda: tuple(1)); show(lambda: tuple([], []))
        class T(tuple):
            def extra(self): return len(self) * 10
        tt = T([1, 2, 3])
        show(lambda: (tt, tt.extra(), type(tt[:]), type(tt + (4,)), tt == (1, 2, 3), hash(tt) == hash((1, 2, 3))))
        show(lambda: (T() == (), tt.__getnewargs__(), type(tt.__getnewargs__()[0]), tt[:] is tt))
        class P(tuple):
            def __repr__(self): return 'P' + tuple.__repr__(self)
        show(lambda: P((1, P((2,))))); show(lambda: ((1, 2), [3, (4,)]))
        it = iter((1, 2, 3)); next(it)
        show(lambda: it.__length_hint__()); show(lambda: it.__reduce__()); show(lambda: list(it))
        show(lambda: it.__reduce__()); show(lambda: type(it).__name__)
        it2 = iter((1, 2, 3)); it2.__setstate__(2); show(lambda: list(it2))
        show(lambda: tuple.count.__text_signature__); show(lambda: tuple.index.__doc__)
        show(lambda: tuple.__hash__ is None); show(lambda: (1, 2).__getnewargs__())
    """)


def test_generic_iterators_and_slices():
    check("""
        ci = iter(iter([1, 2, 3, 4]).__next__, 3)
        show(lambda: list(ci)); show(lambda: ci.__reduce__()); show(lambda: type(ci).__name__)
        cnt = [0]
        def f():
            cnt[0] += 1
            if cnt[0] > 4:
                raise StopIteration
            return cnt[0]
        show(lambda: list(iter(f, 100)))
        class Sentinel:
            def __eq__(self, other):
                print('eq', other); return other == 2
        show(lambda: list(iter(iter([1, 2, 3]).__next__, Sentinel())))
        class Seq:
            def __getitem__(self, i):
                if i > 3:
                    raise IndexError
                return i * i
        show(lambda: list(Seq())); si = iter(Seq()); next(si)
        show(lambda: type(si).__name__); show(lambda: 9 in Seq()); show(lambda: 10 in Seq())
        show(lambda: si.__length_hint__())
        class SeqLen(Seq):
            def __len__(self): return 4
        si2 = iter(SeqLen()); next(si2); show(lambda: si2.__length_hint__())
        class Stop:
            def __getitem__(self, i):
                if i == 2:
                    raise StopIteration
                return i
        show(lambda: list(Stop()))
        show(lambda: slice(1, 2, 3)); show(lambda: slice(1, 2, 3).start); show(lambda: slice(None).stop)
        show(lambda: slice()); show(lambda: slice(1, 2, 3, 4)); show(lambda: slice(x=1))
        show(lambda: slice(1, 5) == slice(1, 5, None)); show(lambda: slice(1, 5) >= slice(1, 4))
        show(lambda: slice(1, 5) == (1, 5, None)); show(lambda: hash(slice(1))); show(lambda: slice.__hash__)
        show(lambda: slice(-3, None).indices(10)); show(lambda: slice(None, None, -2).indices(7))
        show(lambda: slice(2**70, -2**70, -1).indices(5)); show(lambda: slice(1.5).indices(3))
        show(lambda: slice(None, None, 0).indices(3)); show(lambda: slice(1).indices(-1))
        show(lambda: slice(1, 2).__reduce__()); show(lambda: 'abcdef'[slice(1, None, 2)])
    """)


def test_class_getitem_makes_generic_aliases():
    check("""
        show(lambda: (list[int], dict[str, list[int]], tuple[()], tuple[int, ...], set[frozenset[str]],
                      list[1], list['a']))
        show(lambda: (list[int] == list[int], list[int] == list, list[int] != list[str],
                      hash(list[int]) == hash(list[int])))
        show(lambda: (list[int]([1, 2]), list[int].__origin__, list[int].__args__, list[int].__parameters__,
                      list[int].append))
        show(lambda: list[int].__mro_entries__((1,))); show(lambda: isinstance([], list[int]))
        show(lambda: issubclass(list, list[int])); show(lambda: list[int][int]); show(lambda: list[int].__reduce__())
        show(lambda: type(list[int])); show(lambda: list[int].__doc__ == list.__doc__); show(lambda: dict[str, int](a=1))
        class C:
            pass
        show(lambda: (list[C], dict[C, list[C]], frozenset[int], type(type.__dict__)[str, int]))
        class L(list):
            pass
        x = L[int]([3]); show(lambda: (x, type(x), x.__orig_class__))
        class D(dict[str, int]):
            pass
        show(lambda: (D.__mro__, D(a=1)))
    """)
