"""Guest dicts, their views and iterators, and mappingproxy, against the host.

Counterpart: glass/objects/dict.py (Objects/dictobject.c) and
glass/objects/mappingproxy.py (the mappingproxy part of Objects/descrobject.c).
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


def test_table_bookkeeping_is_cpythons():
    """Insertion order, holes, popitem truncation and the resize points."""
    from glass.objects.dict import W_Dict
    from glass.objects.int import new_int
    w_dict = W_Dict()
    assert (w_dict.log2_size, w_dict.usable) == (0, 0)      # the shared empty keys
    for i in range(5):
        w_dict.setitem(new_int(i), new_int(i))
    assert (w_dict.log2_size, w_dict.usable, len(w_dict.keys_w)) == (3, 0, 5)
    w_dict.setitem(new_int(5), new_int(5))                  # insertion_resize: 3 * 5 -> 16
    assert (w_dict.log2_size, w_dict.usable) == (4, 4)
    assert w_dict.delitem(new_int(2)) and not w_dict.delitem(new_int(2))
    assert [w.value for w in w_dict.keys_list()] == [0, 1, 3, 4, 5]
    assert len(w_dict.keys_w) == 6                          # the hole stays
    w_dict.popitem()
    assert len(w_dict.keys_w) == 5 and w_dict.used == 4


def test_operations_and_errors():
    check("""
        d = {'b': 1, 'a': 2}
        show(lambda: {}.pop([])); show(lambda: d.pop([])); show(lambda: d[[]]); show(lambda: d.get([]))
        show(lambda: [] in d); show(lambda: d.setdefault([])); show(lambda: d.update(1))
        show(lambda: d.update([1, 2])); show(lambda: d.update([(1, 2, 3)])); show(lambda: d.update([(1, 2)], [3]))
        show(lambda: d.update({'z': 0}, y=1)); show(lambda: d)
        show(lambda: (d.pop('b'), d.pop('q', 'dflt'), d.setdefault('n', []), d.get('n'), d.get('q', 0)))
        show(lambda: (d.popitem(), d.popitem(), d)); show(lambda: {}.popitem()); show(lambda: d['nope'])
        show(lambda: dict(1, 2)); show(lambda: dict({1: 2}, x=3)); show(lambda: dict([('a', 1)], a=2))
        show(lambda: dict(zip('abc', range(3)))); show(lambda: dict.fromkeys([1, 2], []))
        show(lambda: dict.fromkeys(1)); show(lambda: dict([1])); show(lambda: dict([(1, 2), [3, 4]], x=5))
        class M:
            def keys(self): return ['k1', 'k2']
            def __getitem__(self, k): return k.upper()
        show(lambda: dict(M())); show(lambda: {**M()})
        class BadKeys:
            def keys(self): return 5
        show(lambda: dict(BadKeys()))
        show(lambda: {1: 2} | 3); show(lambda: {1: 2} | {1: 3, 2: 4}); show(lambda: 3 | {1: 2})
        e = {1: 'x'}; e |= {2: 'y'}; e |= [(3, 'z')]; show(lambda: e)
        show(lambda: ({1: 2} == {1: 2.0}, {1: 2} != {2: 1}, {'a': 1, 'b': 2} == {'b': 2, 'a': 1}))
        show(lambda: {1: 2} < {1: 2})
        show(lambda: (list(reversed({1: 1, 2: 2, 3: 3})), list(reversed({1: 1}.items())),
                      list(reversed({1: 5}.values()))))
        x = {'k': 'v'}; x['self'] = x; show(lambda: (x, x.keys(), x.items()))
        p = {'x': 1, 'y': 2, 'z': 3}
        show(lambda: (p.popitem(), p.popitem())); p['w'] = 0; show(lambda: (p, list(p.items())))
        show(lambda: (p.__contains__('w'), p.__getitem__('w'), dict.__hash__, dict.keys.__doc__))
        s = {}
        s[1] = 'a'; s[1.0] = 'b'; s[True] = 'c'; show(lambda: s)
        nan = float('nan'); n2 = {nan: 1}; show(lambda: (n2[nan], n2.get(float('nan'))))
        ww = {str(i): i for i in range(8)}
        for i in range(6):
            del ww[str(i)]
        ww['new'] = 1; show(lambda: (list(ww), ww.copy()))
        show(lambda: dict.fromkeys.__doc__); show(lambda: {}.get.__text_signature__)
    """)


def test_keys_hash_and_compare_in_the_guest():
    check("""
        class Key:
            def __init__(self, v): self.v = v
            def __hash__(self): print('hash', self.v); return hash(self.v)
            def __eq__(self, o): print('eq', self.v, getattr(o, 'v', o)); return self.v == getattr(o, 'v', o)
            def __repr__(self): return 'K%r' % (self.v,)
        kd = {Key(1): 'one'}
        show(lambda: kd[Key(1)]); show(lambda: kd[1]); show(lambda: 1 in kd); show(lambda: kd.get(Key(2)))
        kd[1] = 'int one'; show(lambda: kd); show(lambda: {Key(1): 1} == {Key(1): 1})
        class Collide:
            def __init__(self, v): self.v = v
            def __hash__(self): return 42
            def __eq__(self, o): print('eq', self.v, o.v); return self.v == o.v
            def __repr__(self): return 'C%d' % self.v
        cd = {Collide(1): 1, Collide(2): 2, Collide(3): 3}
        show(lambda: cd[Collide(3)]); del cd[Collide(2)]; show(lambda: cd); cd[Collide(4)] = 4; show(lambda: list(cd))
        class S(str):
            pass
        sd = {'a': 1}
        show(lambda: (sd[S('a')], S('a') in sd, {S('b'): 1}['b']))
        class Dm(dict):
            def __missing__(self, key):
                return 'missing ' + repr(key)
        dm = Dm(a=1)
        show(lambda: (dm['a'], dm['b'], dm.get('b'), 'b' in dm, dm, dict.__getitem__(dm, 'a')))
        class Dn(dict):
            pass
        show(lambda: Dn()['x']); show(lambda: (Dn(a=1) | {'b': 2}, type(Dn(a=1) | {'b': 2})))
        show(lambda: (Dn.fromkeys('ab'), type(Dn.fromkeys('ab')), type(Dn(a=1).copy()), Dn.__hash__))
        class Evil:
            def __hash__(self): return 1
            def __eq__(self, other):
                ed.clear(); return False
        ed = {Evil(): 1, 1: 2}
        show(lambda: ed.get(Evil())); show(lambda: ed)
    """)


def test_views_and_iteration_rules():
    check("""
        k = {'a': 1, 'b': 2}.keys()
        show(lambda: (k == {'a', 'b'}, k < {'a', 'b', 'c'}, k >= {'a'}, k == ['a', 'b'], k != {'a'}))
        show(lambda: (k.isdisjoint(['c']), k.isdisjoint(k), {}.keys().isdisjoint({}.keys()), k.isdisjoint(1)))
        show(lambda: (sorted(k ^ {'b', 'c'}), sorted({'c'} - k), sorted(['x'] | k), sorted(k & ['a', 'q'])))
        show(lambda: (k - {'a'}, k | {'q'}, k & {'b'}, {'b': 0}.keys() & k))
        i = {'a': 1, 'b': 2}.items()
        show(lambda: (('a', 1) in i, ('a', 2) in i, 'a' in i, ([], 1) in i, sorted(i - {('a', 1)})))
        show(lambda: sorted(i ^ {'q': 1, 'a': 1}.items())); show(lambda: {'a': 1}.values() == {'a': 1}.values())
        show(lambda: hash({}.keys())); show(lambda: (len({1: 2}.values()), 2 in {1: 2}.values()))
        show(lambda: (type({}.keys()).__name__, {}.keys().mapping, type({}.keys().mapping).__name__))
        show(lambda: (repr({1: 2}.values()), {(1, 2): 3}.items(), {}.items()))
        def mutate():
            dd = {1: 1, 2: 2}
            for key in dd:
                del dd[key]
        show(mutate)
        def mutate2():
            dd = {1: 1, 2: 2}
            for key in dd:
                del dd[key]; dd[key + 10] = 1
        show(mutate2)
        def mutate3():
            dd = {i: i for i in range(5)}
            out = []
            for key in dd:
                out.append(key)
                if key == 1:
                    dd.pop(4); dd[9] = 9
            return out
        show(mutate3)
        def mutate4():
            dd = {1: 1, 2: 2}
            it = iter(dd.items())
            next(it)
            dd[3] = 3
            try:
                next(it)
            except RuntimeError as e:
                print('first', e)
            return list(it)
        show(mutate4)
        def mutate5():
            dd = {1: 1, 2: 2, 3: 3}
            r = reversed(dd)
            next(r); dd.popitem(); dd[7] = 7
            return list(r)
        show(mutate5)
        def mutate6():
            dd = {i: i for i in range(5)}
            for key in dd.values():
                if key == 0:
                    del dd[3]; dd[3] = 3
            return dd
        show(mutate6)
        it = iter({1: 2, 3: 4}); next(it)
        show(lambda: (it.__length_hint__(), it.__reduce__(), iter({1: 2}.items()).__reduce__()))
        show(lambda: [type(x).__name__ for x in (iter({}), iter({}.values()), iter({}.items()), reversed({}),
                                                  reversed({}.values()), reversed({}.items()))])
    """)


def test_sizes_and_mappingproxy():
    check("""
        import sys
        d = {}
        for i in range(30):
            d[i] = i; print(sys.getsizeof(d), end=' ')
        print()
        d = {}
        for i in range(30):
            d[str(i)] = i; print(sys.getsizeof(d), end=' ')
        print()
        print(sys.getsizeof({}), sys.getsizeof({'a': 1}), sys.getsizeof({1: 1}), sys.getsizeof(dict(a=1, b=2)),
              sys.getsizeof(dict.fromkeys(range(10))), sys.getsizeof(dict.fromkeys('abcdefghij')),
              sys.getsizeof(dict.fromkeys({1, 2, 3, 4, 5, 6, 7})), sys.getsizeof({}.keys()), sys.getsizeof(iter({})))
        for k in range(10):
            d = {i: i for i in range(10)}
            for i in range(k):
                del d[i]
            print(sys.getsizeof(d), sys.getsizeof(d.copy()), sys.getsizeof(dict(d)), sys.getsizeof({**d}), end='; ')
        print()
        d = {'a': 1}; d[1] = 2; print(sys.getsizeof(d)); d.clear(); print(sys.getsizeof(d))
        MappingProxy = type(type.__dict__)
        for f in [lambda: MappingProxy(), lambda: MappingProxy([]), lambda: MappingProxy(1),
                  lambda: MappingProxy({}, 1)]:
            show(f)
        m = MappingProxy({'a': 1})
        show(lambda: (m, str(m), m | {'b': 2}, {'b': 2} | m, m.get('a'), m.get('z'), m.get('z', 3)))
        show(lambda: (list(m), len(m), 'a' in m, m == {'a': 1}, m.copy(), list(m.__reversed__())))
        show(lambda: (m.keys(), m.values(), m.items(), m['a']))
        def setit(): m['x'] = 1
        def delit(): del m['a']
        def ior():
            global m
            m |= {}
        show(setit); show(delit); show(ior); show(lambda: hash(m))
    """)
