"""collections.OrderedDict, the C one, against the host.

Counterpart: glass/modules/_collections_odict.py (Objects/odictobject.c).
"""
from __future__ import annotations

from oracle import same_as_host

SHOW = r'''
def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)
'''


def test_type_and_methods():
    same_as_host(r'''
        import collections, _collections
        O = collections.OrderedDict
        print(O is _collections.OrderedDict, O, O.__module__, O.__mro__, O.__doc__)
        print(O.__basicsize__, O.__dictoffset__, O.__weakrefoffset__)
        for name in sorted(vars(O)):
            v = vars(O)[name]
            print(name, type(v).__name__, getattr(v, '__text_signature__', None),
                  None if name == '__doc__' else getattr(v, '__doc__', None))
        for t in (type(O().keys()), type(O().values()), type(O().items()), type(iter(O()))):
            print(t, t.__base__, t.__basicsize__, sorted(vars(t)))
        print(O[int, str], O.__hash__)
    ''')


def test_operations_and_errors():
    same_as_host(SHOW + r'''
from collections import OrderedDict as O
o = O([('b', 1)], a=2, self=3)
o['c'] = 4; o['b'] = 5
print(o, list(o), list(reversed(o)), len(o), o.keys(), o.values(), o.items())
print(list(reversed(o.keys())), list(reversed(o.values())), list(reversed(o.items())))
o.move_to_end('b'); o.move_to_end('c', last=False); print(o)
o.move_to_end('c', False); o.move_to_end('b'); print(o)
show(o.move_to_end, 'x'); show(O().move_to_end, 'x'); show(o.move_to_end)
print(o.pop('a'), o.pop('a', 'dflt'), o.pop(key='zz', default=0)); show(o.pop, 'a'); show(o.pop)
print(o.popitem(), o.popitem(last=False), o); show(O().popitem); show(o.popitem, 1, 2)
print(o.setdefault('k'), o.setdefault('k', 9), o.setdefault(key='j', default=7), o)
show(o.setdefault)
o.update({'x': 1}, y=2); o.update([('z', 3)]); o.update(O(w=4)); print(o)
show(o.update, 1, 2); show(O, 1, 2); show(O, [()]); show(O, [(1,)]); show(O, [(1, 2, 3)])
show(O, [1]); show(O, 1); show(O, ['ab']); show(o.update, self=1, other=2)
class ItemsOnly:
    def items(self): return [('i', 1)]
class KeysOnly:
    def keys(self): return ['k']
    def __getitem__(self, key): return key * 2
print(O(ItemsOnly()), O(KeysOnly()))
print(O.fromkeys('abc'), O.fromkeys('ab', 0), O.fromkeys(iterable='xy', value=1))
show(O.fromkeys)
c = o.copy(); print(c, c == o, c is o, type(c))
o.clear(); print(o, len(o), repr(O()))
del c['x']; print(c); show(c.__delitem__, 'x'); show(c.__getitem__, 'x')
a = O({0: 0, 1: 1, 2: 1}); b = O({1: 1, 2: 2, 3: 3})
print(a | b, b | a, a | dict(b), dict(b) | a, type(dict(a) | b))
a2 = a.copy(); a2 |= b; a2 |= [(9, 9)]; a2 |= (); print(a2)
show(lambda: a | None); show(lambda: a | ()); show(lambda: None | a)
def ior(x, y):
    x |= y
show(ior, a, 'BAD'); show(ior, a, 1)
show(hash, a)
r = O(); r['self'] = r; print(r); print(O(a=[r]))
for x, y in [(O(a=1, b=2), O(b=2, a=1)), (O(a=1), {'a': 1}), (O(a=1), O(a=2)),
             ({'a': 1}, O(a=1)), (O(), O())]:
    print(x == y, x != y, y == x, y != x)
show(lambda: O() < O())
''')


def test_iteration_errors_and_pickling():
    same_as_host(SHOW + r'''
import pickle, copy
from collections import OrderedDict as O
def run(od, action):
    try:
        for k in od:
            action(od, k)
    except RuntimeError as e:
        print('RuntimeError', e)
    print(od)
run(O.fromkeys('abcde'), lambda od, k: od.move_to_end(k))
run(O.fromkeys('abcde'), lambda od, k: od.__setitem__('f', None))
run(O.fromkeys('abcde'), lambda od, k: od.__delitem__('c'))
run(O.fromkeys('abcde'), lambda od, k: od.clear())
run(O.fromkeys('abcde'), lambda od, k: od.__setitem__(k, 1))
od = O.fromkeys('abc')
it = iter(od); next(it); od['d'] = 1
show(next, it); show(next, it); del od['d']; show(next, it)
it = iter(od.items()); od.popitem(); show(next, it); show(next, it)
it = iter(od); next(it); dict.__delitem__(od, 'b'); dict.__setitem__(od, 'x', 1)
show(next, it); show(next, it)
pairs = [('c', 1), ('b', 2), ('a', 3), ('d', 4)]
od = O(pairs)
for meth in (od.keys, od.values, od.items):
    it = iter(meth()); next(it)
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        print(list(pickle.loads(pickle.dumps(it, proto))))
    print(it.__reduce__()[1], list(it))
od.attr = 'x'
print(od.__reduce__()[:4], list(od.__reduce__()[4]))
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    p = pickle.loads(pickle.dumps(od, proto))
    print(p, p.__dict__, type(p))
print(copy.copy(od), copy.deepcopy(od), copy.deepcopy(od).attr)
class S(O):
    __slots__ = ('z',)
s = S(a=1); s.z = 5
print(s.__reduce__()[:4], copy.copy(s).z)
''')


def test_dict_methods_behind_its_back():
    same_as_host(SHOW + r'''
from collections import OrderedDict as O
def make():
    od = O(); od['spam'] = 1; od['ham'] = 2
    return od
od = O(); dict.__setitem__(od, 'spam', 1); print(repr(od), list(od), len(od))
od = make(); dict.__delitem__(od, 'spam'); show(repr, od); show(list, od); show(od.copy)
show(list, od.values()); show(od.popitem); show(dict, od)
od = make(); dict.clear(od); print(repr(od), list(od), od == O())
od = make(); dict.pop(od, 'spam'); show(repr, od)
od = make(); dict.popitem(od); show(repr, od); show(od.move_to_end, 'ham')
od = O(); dict.setdefault(od, 'spam', 1); print(repr(od))
od = O(); dict.update(od, [('spam', 1)]); print(repr(od), dict.copy(make()))
class Key:
    def __init__(self, h): self.h = h; self.value = str(h)
    def __hash__(self): return self.h
    def __eq__(self, other): return getattr(other, 'value', None) == self.value
    def __repr__(self): return 'K' + self.value
def blocking_hash(h):
    i = h & 7
    return (i << 2) + i + h + 1
key, colliding, blocking = Key(1), Key(1), Key(blocking_hash(1))
colliding.value = 'c'
od = O(); od[key] = 1; od[blocking] = 2; od[colliding] = 3; od['after'] = 4
del od[blocking]; del od[colliding]; print(list(od.items()))
od = O()
for c0 in '0123456789ABCDEF':
    for c1 in '0123456789ABCDEF':
        if len(od) == 4:
            od.popitem(last=False)
        od[c0 + c1] = 1
print(od)
class Bad:
    def __hash__(self): raise ValueError('no hash')
    def __repr__(self): return 'Bad()'
show(O().__setitem__, Bad(), 1); show(O(a=1).__delitem__, Bad()); show(O(a=1).pop, Bad())
show(O(a=1).move_to_end, Bad()); show(O().move_to_end, Bad())
''')


def test_subclass_calls():
    same_as_host(r'''
from collections import OrderedDict as O
class S(O):
    def __getitem__(s, k): print('get', k); return O.__getitem__(s, k)
    def __delitem__(s, k): print('del', k); return O.__delitem__(s, k)
    def __setitem__(s, k, v): print('set', k); return O.__setitem__(s, k, v)
    def __contains__(s, k): print('contains', k); return O.__contains__(s, k)
    def items(s): print('items'); return O.items(s)
    def keys(s): print('keys'); return O.keys(s)
s = S(a=1, b=2)
print('pop'); s.pop('a'); print('popitem'); s.popitem(); s['c'] = 3
print('setdefault'); s.setdefault('c'); s.setdefault('d')
print('copy', type(s.copy())); print('repr', repr(s)); print('eq', s == S(c=3, d=None))
print('reduce'); s.__reduce__()
print('or', type(s | {'e': 1}), type({'e': 1} | s))
print('init'); O(s); print('dict'); dict(s); print('fromkeys', S.fromkeys('xy'))
class Missing(O):
    def __missing__(self, key): return 0
m = Missing(a=1)
print(m['zz'], m.pop('b', 5), m.pop('a', 6), m.pop('a', 6), m.setdefault('q'), m)
class Slots(O):
    __slots__ = ('x',)
print(Slots(a=1), Slots.__basicsize__, Slots.__dictoffset__, Slots.__weakrefoffset__)
''')


def test_refcounts_gc_weakrefs_and_sizes():
    same_as_host(r'''
import gc, sys, weakref
from collections import OrderedDict as O
key, value = object(), object()
print(sys.getrefcount(key), sys.getrefcount(value))
od = O(); od[key] = value
print(sys.getrefcount(key), sys.getrefcount(value))
od.move_to_end(key); it = iter(od)
print(sys.getrefcount(key), sys.getrefcount(od))
del it
print(sys.getrefcount(key), sys.getrefcount(od))
items = list(od.items()); print(sys.getrefcount(key)); del items
del od[key]; print(sys.getrefcount(key), sys.getrefcount(value))
od[key] = value; od.pop(key); print(sys.getrefcount(key), sys.getrefcount(value))
od[key] = value; p = od.popitem(); print(sys.getrefcount(key)); del p
print(sys.getrefcount(key), sys.getrefcount(value))
od[key] = value; od.clear(); print(sys.getrefcount(key), sys.getrefcount(value))
od[key] = value; del od; print(sys.getrefcount(key), sys.getrefcount(value))
od = O.fromkeys('abc')
it = iter(od.items())
first = next(it); print(first, sys.getrefcount(first)); del first
second = next(it); third = next(it); print(second, third, second is not third)
print(gc.is_tracked(O()), gc.is_tracked(O(a=1)))
print(len(gc.get_referents(iter(O(a=1)))))
od = O(a=1); r = weakref.ref(od); od.x = 1; print(r() is od, od.__dict__, vars(od))
od.__dict__ = {'y': 2}; print(od.y)
try:
    del od.__dict__
except TypeError as e:
    print('TypeError', e)
try:
    od.__dict__ = 1
except TypeError as e:
    print('TypeError', e)
del od; print(r())
class A:
    od = O()
A.od[A] = None
r = weakref.ref(A); del A; gc.collect(); print(r())
od = O(); od['self'] = od; r = weakref.ref(od); del od; print(gc.collect() > 0, r())
print(O().__sizeof__(), O(a=1).__sizeof__(), O.fromkeys(range(10)).__sizeof__(),
      sys.getsizeof(O()), O(a=1).keys().__sizeof__(), iter(O()).__sizeof__())
od = O(); od.x = 1; print(od.__sizeof__())
obj = None
for _ in range(2000):
    obj = O([(None, obj)])
del obj; print('nested ok')
''')
