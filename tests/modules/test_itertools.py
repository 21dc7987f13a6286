"""The itertools module against the host.

Counterpart: glass/modules/itertools.py (Modules/itertoolsmodule.c).  Each
snippet imports itertools directly and prints what the host must print too:
results, edge cases, error messages, the order in which inputs are pulled,
reprs, subclasses, reference counts and the pickling protocol.
"""
from __future__ import annotations

from oracle import same_as_host

# Prints "ExceptionType message" instead of a traceback, so one snippet can
# check many failures.
TRY = '''
import itertools as it
import sys
def t(f, *args, **kwargs):
    try:
        result = f(*args, **kwargs)
        if hasattr(result, "__next__"):
            result = list(result)
    except Exception as error:
        print(type(error).__name__, error)
    else:
        print("->", result)
'''


def test_infinite_iterators():
    same_as_host(TRY + r'''
class F:
    """A number type of its own: count() does its arithmetic with + and repr."""
    def __init__(self, n, d): self.n, self.d = n, d
    def __add__(self, other): return F(self.n * other.d + other.n * self.d, self.d * other.d)
    def __float__(self): return self.n / self.d
    def __repr__(self): return "F(%d, %d)" % (self.n, self.d)
c = it.count()
print(next(c), next(c), repr(c))
print(list(it.islice(it.count(5), 3)), list(it.islice(it.count(-2, -3), 4)))
print(list(it.islice(it.count(1.5, 0.5), 4)), repr(it.count(1.5, 0.5)))
print(list(it.islice(it.count(0, 1.0), 2)), repr(it.count(0, 1.0)))
print(repr(it.count(True)), next(it.count(True)), repr(it.count(1.0, True)))
print(repr(it.count(2**64)), repr(it.count(0, 2**64)), repr(it.count(3, 0)))
print(list(it.islice(it.count(sys.maxsize - 1), 3)))
c = it.count(sys.maxsize - 1); next(c); print(repr(c)); next(c); print(repr(c))
print(list(it.islice(it.count(1j, 1j), 3)), repr(it.count(1j)))
print(list(it.islice(it.count(F(1, 2), F(1, 3)), 3)))
print(repr(it.count(step=2)), repr(it.count(start=7)), repr(it.count(-5)))
t(it.count, "a"); t(it.count, 1, "a"); t(it.count, 1, 2, 3); t(it.count, foo=1)
t(it.count, None)
r = it.repeat("x", 3)
print(repr(r), r.__length_hint__(), list(r), repr(r), r.__length_hint__())
print(repr(it.repeat(None)), repr(it.repeat([1], times=-5)), list(it.repeat(1, -1)))
print(list(it.islice(it.repeat(7), 4)), repr(it.repeat(1, 0)))
t(it.repeat(1).__length_hint__); t(it.repeat); t(it.repeat, 1, "a")
t(it.repeat, 1, 2, 3); t(it.repeat, 1, 2**70); t(it.repeat, 1, None)
t(it.repeat, object=1, times=2); t(it.repeat, 1, timez=2)
c = it.cycle("abc")
print([next(c) for _ in range(8)])
print(list(it.cycle([])), list(it.islice(it.cycle(iter([1, 2])), 5)))
t(it.cycle); t(it.cycle, 1); t(it.cycle, [], x=1); t(it.cycle, [], [])
''')


def test_terminating_iterators():
    same_as_host(TRY + r'''
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([])))
print(list(it.accumulate([1, 2, 3], initial=100)), list(it.accumulate([], initial=5)))
print(list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate("abc")))
print(list(it.accumulate([[1], [2], [3]])), list(it.accumulate([1, 2], None, initial=None)))
print(list(it.accumulate([2, 3, 4], func=lambda a, b: a * b)))
t(it.accumulate); t(it.accumulate, [1], None, None); t(it.accumulate, [1], foo=None)
t(it.accumulate, 5); t(it.accumulate, [1, "a"]); t(it.accumulate, [1, 2], 3)
print(list(it.chain()), list(it.chain("ab", [], (1, 2))), list(it.chain([[1]])))
print(list(it.chain.from_iterable(["ab", range(2)])), list(it.chain.from_iterable([])))
c = it.chain([1], 5, [2])
t(list, c); print(list(c))
t(it.chain, a=1); t(it.chain.from_iterable, 1); t(list, it.chain.from_iterable([1]))
t(list, it.chain(1))
print(list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(it.compress("ab", [1])))
print(list(it.compress("a", [1, 1, 1])), list(it.compress(data="ab", selectors=[0, 1])))
t(it.compress, [1]); t(it.compress, 1, [1]); t(it.compress, [1], 1)
print(list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1, 5])), list(it.dropwhile(bool, [])))
print(list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.takewhile(bool, [])))
t(it.dropwhile, None); t(it.takewhile, None, 1); t(list, it.takewhile(None, [1]))
t(it.dropwhile, len, [], x=1)
print(list(it.filterfalse(None, [0, 1, "", "a", None])), list(it.filterfalse(bool, [0, 2])))
print(list(it.filterfalse(lambda x: x % 2, range(7))))
t(it.filterfalse, None); t(it.filterfalse, None, 3)
print(list(it.islice("abcdefg", 3)), list(it.islice("abcdefg", 2, None)))
print(list(it.islice("abcdefg", 1, 6, 2)), list(it.islice("abcdefg", None)))
print(list(it.islice("abcdefg", None, None, 3)), list(it.islice("ab", 5, 10)))
print(list(it.islice(range(10), 0)), list(it.islice(range(10), 3, 3)))
print(list(it.islice(range(100), 0, None, sys.maxsize)))
class Idx:
    def __index__(self): return 2
print(list(it.islice(range(10), Idx(), 6, Idx())), list(it.islice(range(10), Idx())))
for args in [(), ([1],), ([1], "a"), ([1], -1), ([1], -2), ([1], "a", 2), ([1], -1, 2),
             ([1], 1, 2, 0), ([1], 1, 2, "a"), ([1], 1, 2, 3, 4), ([1], 2**70),
             ([1], 2**70, 3), (1, 3), (1, -3), ([1], 1, "x"), ([1], 1.5)]:
    t(it.islice, *args)
t(it.islice, [1], stop=3)
print(list(it.pairwise("abcd")), list(it.pairwise("a")), list(it.pairwise([])))
t(it.pairwise); t(it.pairwise, 1); t(it.pairwise, [], x=1)
print(list(it.starmap(pow, [(2, 3), [3, 2], iter((2, 2))])), list(it.starmap(max, [])))
t(list, it.starmap(None, [1])); t(list, it.starmap(pow, [(1,)])); t(it.starmap, len)
print(list(it.zip_longest("abc", "d", fillvalue="-")), list(it.zip_longest()))
print(list(it.zip_longest("ab", range(4))), list(it.zip_longest([], [])))
print(list(it.zip_longest("a", fillvalue=0)), list(it.zip_longest(fillvalue=1)))
t(it.zip_longest, 1, 2, foo=1); t(it.zip_longest, fillvalue=1, foo=2)
t(it.zip_longest, "a", 2)
''')


def test_combinatoric_iterators():
    same_as_host(TRY + r'''
print(list(it.product("ab", range(2))), list(it.product()), list(it.product([])))
print(list(it.product("ab", repeat=2)), list(it.product(repeat=3)))
print(list(it.product(1, repeat=0)), list(it.product("ab", [], "cd")))
print(len(list(it.product(range(3), range(4), range(5)))))
t(it.product, repeat=-1); t(it.product, "a", repeat="x"); t(it.product, "a", foo=2)
t(it.product, "a", 1); t(it.product, repeat=2**62); t(it.product, "a", repeat=2**62)
t(it.product, "a", repeat=1, foo=2)
print(list(it.combinations("abcd", 2)), list(it.combinations("abc", 0)))
print(list(it.combinations("abc", 3)), list(it.combinations("abc", 4)))
print(list(it.combinations([], 0)), list(it.combinations(range(5), 4)))
print(list(it.combinations(r=2, iterable="xyz")))
print(list(it.combinations_with_replacement("abc", 2)))
print(list(it.combinations_with_replacement("", 0)), list(it.combinations_with_replacement("", 2)))
print(list(it.combinations_with_replacement("ab", 0)), list(it.combinations_with_replacement("a", 3)))
print(list(it.permutations(range(3))), list(it.permutations("abcd", 2)))
print(list(it.permutations("ab", 3)), list(it.permutations("", 0)), list(it.permutations("")))
print(list(it.permutations("abc", 0)), list(it.permutations("ab", True)))
print(list(it.permutations("abc", None)), list(it.permutations(iterable="ab", r=1)))
for f in (it.combinations, it.combinations_with_replacement):
    t(f, "abc"); t(f, "abc", "x"); t(f, "abc", -1); t(f, 1, 2); t(f, 1, -1)
    t(f, "abc", 2, 3); t(f, iterable="a"); t(f, "a", 2**70); t(f, "a", 2.0)
t(it.permutations, "abc", "x"); t(it.permutations, "abc", 2.0)
t(it.permutations, "abc", -1); t(it.permutations, 1, "x"); t(it.permutations)
t(it.permutations, "a", 2**70)
print(it.product("ab", "cd").__sizeof__() - it.product().__sizeof__())
print(it.combinations("abc", 2).__sizeof__(), it.combinations_with_replacement("a", 3).__sizeof__())
print(it.permutations("abcd", 2).__sizeof__(), it.product("a").__sizeof__())
# A result nobody holds is reused, as in C; a held one is copied.
for make in (lambda: it.combinations(range(4), 2), lambda: it.product("ab", "cd"),
             lambda: it.permutations("abc"), lambda: it.zip_longest("abc", "de"),
             lambda: it.combinations_with_replacement("ab", 2)):
    o = make()
    a = next(o); first_id = id(a); del a
    b = next(o); print(id(b) == first_id, b, end=" ")
    c = next(o); print(c is b, b, c)
kept = list(it.permutations(range(4)))
print(len(kept), len(set(map(id, kept))))
p = it.product("ab", "cd")
first = next(p); second = next(p)
print(first, second, first is second)
''')


def test_laziness_and_order_of_pulls():
    same_as_host(TRY + r'''
def gen(name, items):
    for item in items:
        print("  pull", name, item)
        yield item
    print("  end", name)
print("product")
p = it.product(gen("a", [1, 2]), gen("b", "xy"))
print("made"); print(next(p)); print(list(p))
print("zip_longest")
z = it.zip_longest(gen("a", [1, 2, 3]), gen("b", "x"))
print("made"); print(list(z)); print(list(z))
print("compress")
print(list(it.compress(gen("d", "abc"), gen("s", [1, 0]))))
print("chain")
c = it.chain(gen("a", [1]), gen("b", [2]))
print("made"); print(next(c)); print(next(c)); print(list(c))
print("from_iterable")
def sources():
    print("  source 1"); yield gen("x", [1])
    print("  source 2"); yield gen("y", [2])
c = it.chain.from_iterable(sources())
print("made"); print(list(c))
print("islice")
s = it.islice(gen("n", range(10)), 2, 7, 2)
print("made"); print(next(s)); print(list(s))
print(list(it.islice(gen("m", range(3)), 0)))
print("dropwhile / takewhile")
print(list(it.dropwhile(lambda x: x < 2, gen("d", range(4)))))
print(list(it.takewhile(lambda x: x < 2, gen("t", range(4)))))
print("accumulate")
a = it.accumulate(gen("a", [1, 2]), initial=0)
print(next(a)); print(list(a))
print("pairwise")
print(list(it.pairwise(gen("p", "abc"))))
print("cycle")
c = it.cycle(gen("c", "ab"))
print([next(c) for _ in range(5)])
print("starmap / filterfalse")
print(list(it.starmap(lambda *a: a, gen("s", [(1,), "ab"]))))
print(list(it.filterfalse(None, gen("f", [0, 1]))))
print("combinations pulls everything at once")
c = it.combinations(gen("c", "abc"), 2); print("made"); print(next(c))
print("errors propagate")
def bad():
    yield 1
    raise ValueError("boom")
for make in (lambda g: it.chain(g), lambda g: it.islice(g, 5), it.pairwise,
             it.cycle, lambda g: it.zip_longest(g, "abc"), lambda g: it.accumulate(g),
             lambda g: (k for k, group in it.groupby(g)), lambda g: it.tee(g)[0]):
    try:
        items = []
        for x in make(bad()):
            items.append(x)
            if len(items) > 5: break
    except ValueError as error:
        print("ValueError", error, items)
z = it.zip_longest(bad(), "abc")
t(list, z); print(list(z))
''')


def test_groupby():
    same_as_host(TRY + r'''
print([(k, list(g)) for k, g in it.groupby("aabbbcaa")])
print([(k, list(g)) for k, g in it.groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
print(list(it.groupby([])), [k for k, g in it.groupby("aabbc")])
groups = list(it.groupby("aabbc"))
print([list(g) for k, g in groups])       # each group was left behind
g = it.groupby("aaabbc")
k1, g1 = next(g)
print(k1, next(g1))
k2, g2 = next(g)
print(k2, list(g1), list(g2), list(g1))
print(type(g1).__name__, type(g1).__module__, type(g).__name__)
def gen():
    for c in "aab":
        print("  pull", c)
        yield c
g = it.groupby(gen())
print("made")
k, sub = next(g); print(k)
print(next(sub)); print(next(sub)); print(next(g)[0])
t(it.groupby); t(it.groupby, 1); t(it.groupby, [], 1, 2); t(it.groupby, [], foo=1)
def boom(x):
    raise KeyError(x)
t(list, it.groupby([1], boom))
class Weird:
    def __eq__(self, other): raise RuntimeError("no eq")
    __hash__ = None
w = it.groupby([Weird(), Weird()])
next(w); t(next, w)
t(it._grouper, 1, 2); t(it._grouper)
g = it.groupby("ab")
k, sub = next(g)
s2 = it._grouper(g, "a")
print(list(s2), list(sub))
''')


def test_tee():
    same_as_host(TRY + r'''
a, b = it.tee(range(5))
print(next(a), next(a), next(b), list(a), list(b))
print(it.tee("ab", 0), len(it.tee("ab", 5)), [list(x) for x in it.tee("ab", 3)])
a, = it.tee("xyz", 1); print(type(a).__name__, list(a))
def gen():
    for i in range(3):
        print("  pull", i)
        yield i
a, b = it.tee(gen())
print("made"); print(next(a)); print(next(b)); print(next(b)); print(list(a))
a, b = it.tee(range(200))
print(sum(a), sum(b), list(a))
a, b = it.tee(iter(range(3)))
c = a.__copy__()
print(type(c) is type(a), list(a), list(c), list(b))
a, b = it.tee("abc")
next(a)
c, d = it.tee(a)
print(c is a, list(c), list(d), list(b))
a = it._tee([1, 2])
print(list(a), type(it._tee(a)) is it._tee)
class Copyable:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
    def __copy__(self):
        print("  copy called"); return Copyable()
x = it.tee(Copyable(), 3)
print([type(i).__name__ for i in x])
t(it.tee, [], -1); t(it.tee, [], "a"); t(it.tee, 1, 0); t(it.tee, 1); t(it.tee)
t(it.tee, [], 2**70); t(it._tee); t(it._tee, 1)
t(it._tee_dataobject, 1, 2, 3); t(it._tee_dataobject, [], [], 3)
t(it._tee_dataobject, [], [0] * 58, None); t(it._tee_dataobject, [], [0] * 57, 1)
def reenter():
    yield next(a2)
a2, b2 = it.tee(reenter())
t(next, a2)
t(setattr, it._tee("a"), "x", 1)
print(hasattr(it._tee("a"), "__dict__"))
''')


def test_reprs_types_and_subclasses():
    same_as_host(TRY + r'''
names = ["accumulate", "chain", "combinations", "combinations_with_replacement",
         "compress", "count", "cycle", "dropwhile", "filterfalse", "groupby", "islice",
         "pairwise", "permutations", "product", "repeat", "starmap", "takewhile",
         "zip_longest", "_grouper", "_tee", "_tee_dataobject"]
for name in names:
    cls = getattr(it, name)
    print(name, cls.__name__, cls.__qualname__, cls.__module__,
          bool(cls.__flags__ & (1 << 10)), repr(cls.__doc__)[:50],
          sorted(k for k in vars(cls) if k != "__doc__"))
print(it.__doc__ == it.__doc__.strip() + "\n", it.tee.__doc__, it.tee.__text_signature__)
print(it.chain.from_iterable.__doc__)
class C(it.count):
    pass
print(repr(C(5)), repr(C(1.5, 2)), repr(C(2, 1)), next(C(3)))
class R(it.repeat):
    def __init__(self, *args, **kwargs):
        self.extra = kwargs
print(repr(R("a", times=2)), R("a", times=2).extra, list(R(1, 2)))
class Ch(it.chain):
    pass
c = Ch.from_iterable(["ab", "c"])
print(type(c).__name__, list(c), type(Ch([1])).__name__)
print(list(Ch("ab", "cd")))
class Cy(it.cycle):
    pass
t(Cy, "ab", x=1)
class Cy2(it.cycle):
    def __init__(self, iterable, x=None):
        self.x = x
c = Cy2("ab", x=5); print(c.x, list(it.islice(c, 3)))
class I(it.islice):
    pass
print(list(I("abcdef", 2, None)))
t(I, "abcdef", 1, 5, 2, stop=9)
class J(it.islice):
    def __init__(self, *args, **kwargs): pass
print(list(J("abcdef", 1, 5, 2, stop=9)))
class K(it.chain):
    def __init__(self, *args, **kwargs): pass
print(list(K("ab", "c", x=1)))
t(Ch, "ab", x=1)
class P(it.product):
    def __next__(self):
        return ("wrapped",) + super().__next__()
print(list(P("ab")), isinstance(P(), it.product))
for name in ["groupby", "zip_longest", "pairwise", "accumulate", "permutations",
             "combinations", "combinations_with_replacement", "compress", "dropwhile",
             "takewhile", "filterfalse", "starmap"]:
    base = getattr(it, name)
    sub = type("Sub" + name, (base,), {})
    print(sub.__name__, sub.__mro__[1] is base)
for bad in ["_grouper", "_tee", "_tee_dataobject"]:
    try:
        type("X", (getattr(it, bad),), {})
    except TypeError as error:
        print(error)
print(it.chain[int])
g = it.groupby("a")
print(type(next(g)[1]).__name__)
o = it.count()
o2 = it.count()
print(o.__class__ is it.count, iter(o) is o)
t(setattr, o, "x", 1)
c = C(); c.x = 5; print(c.x, c.__dict__)
''')


def test_refcounts():
    same_as_host(TRY + r'''
class Item:
    pass
x = Item(); y = Item(); k = Item()
base = sys.getrefcount(x)
def check(label):
    print(label, sys.getrefcount(x) - base, sys.getrefcount(y) - base)
list(it.chain([x], [y])); check("chain")
list(it.product([x], [y], repeat=2)); check("product")
list(it.combinations([x, y], 1)); check("combinations")
list(it.combinations_with_replacement([x, y], 2)); check("cwr")
list(it.permutations([x, y])); check("permutations")
list(it.zip_longest([x], [], fillvalue=y)); check("zip_longest")
list(it.accumulate([x, y], lambda a, b: b)); check("accumulate")
list(it.accumulate([y], lambda a, b: b, initial=x)); check("accumulate initial")
list(it.islice([x, y, x], 0, 3, 2)); check("islice")
list(it.pairwise([x, y, x])); check("pairwise")
list(it.compress([x, y], [1, 0])); check("compress")
list(it.dropwhile(lambda v: v is x, [x, y])); check("dropwhile")
list(it.takewhile(lambda v: v is x, [x, y])); check("takewhile")
list(it.filterfalse(lambda v: v is x, [x, y])); check("filterfalse")
list(it.starmap(lambda a, b: a, [(x, y)])); check("starmap")
list(it.islice(it.repeat(x), 5)); check("repeat")
list(it.islice(it.cycle([x, y]), 7)); check("cycle")
list(it.islice(it.count(x and 1), 3)); check("count")
[(key, list(g)) for key, g in it.groupby([x, x, y])]; check("groupby")
a, b = it.tee([x, y]); list(a); list(b); del a, b; check("tee")
# What a live iterator holds, and lets go of.
c = it.cycle([x]); next(c); check("cycle live"); del c; check("cycle gone")
r = it.repeat(x, 2); check("repeat live"); list(r); check("repeat done"); del r
p = it.product([x], [y]); check("product live"); next(p); check("product result")
del p; check("product gone")
pw = it.pairwise([x, y]); next(pw); check("pairwise live"); list(pw); check("pairwise done")
del pw
g = it.groupby([x, y]); key, sub = next(g); check("groupby live")
del g; check("groupby after del"); list(sub); del sub, key; check("groupby gone")
t1, t2 = it.tee([x, y]); next(t1); check("tee buffered"); next(t2); del t1
check("tee one left"); del t2; check("tee gone")
z = it.zip_longest([x], [y, y]); next(z); check("zip live"); next(z); check("zip filled")
del z; check("zip gone")
s = it.islice([x, y], 1); list(s); check("islice done"); del s
pr = it.product([x], []); list(pr); check("product empty pool"); del pr; check("pr gone")
tstart = sys.getrefcount(it.count)
objs = [it.count(), it.repeat(1), it.chain()]
del objs
print(sys.getrefcount(it.count) - tstart)
class Sub(it.chain): pass
sbase = sys.getrefcount(Sub)
for _ in range(3):
    list(Sub.from_iterable([[x]])); list(Sub([x]))
print(sys.getrefcount(Sub) - sbase); check("subclass")
big = it.tee(range(1000))[0]
for _ in range(1000): next(big)
print(next(big, "done"))
''')


def test_reduce_and_setstate():
    same_as_host(TRY + r'''
def show(obj):
    try:
        r = obj.__reduce__()
    except Exception as error:
        print(type(error).__name__, error); return
    def fmt(v):
        if type(v).__module__ == "itertools" or type(v).__name__.endswith("iterator"):
            return type(v).__name__
        if isinstance(v, tuple):
            return "(" + ", ".join(fmt(i) for i in v) + ("," if len(v) == 1 else "") + ")"
        if isinstance(v, list):
            return "[" + ", ".join(fmt(i) for i in v) + "]"
        if isinstance(v, type) or callable(v):
            return getattr(v, "__name__", repr(v))
        return repr(v)
    print(fmt(r))
c = it.count(); show(c); next(c); show(c); show(it.count(1.5, 2)); show(it.count(2**70))
c = it.count(sys.maxsize - 1); next(c); show(c)
show(it.repeat("a")); show(it.repeat("a", 2))
cy = it.cycle("ab"); show(cy); next(cy); show(cy); list(it.islice(cy, 3)); show(cy)
cy.__setstate__(([1, 2, 3], 1)); print(list(it.islice(cy, 5)))
t(cy.__setstate__, 1); t(cy.__setstate__, (1, 2)); t(cy.__setstate__, ([],)); t(cy.__setstate__, ([], "x"))
d = it.dropwhile(bool, [1, 0, 2]); show(d); list(d); show(d); d.__setstate__(0); show(d)
tw = it.takewhile(bool, [1, 0]); show(tw); list(tw); show(tw)
s = it.islice("abcdef", 1, None, 2); show(s); next(s); show(s); list(s); show(s)
s = it.islice("abcdef", 4); s.__setstate__(2); print(list(s)); t(s.__setstate__, "a")
show(it.starmap(pow, [])); show(it.compress("a", [1])); show(it.filterfalse(None, []))
ch = it.chain("ab", "c"); show(ch); next(ch); show(ch); list(ch); show(ch)
ch = it.chain(); ch.__setstate__((iter(["xy"]),)); print(list(ch))
ch = it.chain(); ch.__setstate__((iter([]), iter("z"))); print(list(ch))
t(ch.__setstate__, ([],)); t(ch.__setstate__, 1); t(ch.__setstate__, ()); t(ch.__setstate__, (1, 2, 3))
p = it.product("ab", "cd"); show(p); next(p); show(p); list(p); show(p)
p = it.product("abc", "de"); p.__setstate__((1, 5)); print(list(p))
p = it.product("ab", ""); p.__setstate__((0, 0)); print(list(p))
t(it.product("a").__setstate__, (1, 2)); t(it.product("a").__setstate__, ("x",))
for f in (it.combinations, it.combinations_with_replacement, it.permutations):
    o = f("abcd", 2); show(o); next(o); show(o); list(o); show(o)
o = it.combinations("abcde", 3); o.__setstate__((0, 2, 9)); print(list(o))
o = it.combinations_with_replacement("abc", 2); o.__setstate__((-4, 1)); print(list(o))
o = it.permutations("abc", 2); o.__setstate__(((2, 0, 1), (1, 1))); print(list(o))
t(o.__setstate__, 1); t(o.__setstate__, ((1,), (1, 1))); t(o.__setstate__, ([], []))
t(it.combinations("ab", 1).__setstate__, (1, 2))
a = it.accumulate([1, 2, 3]); show(a); next(a); show(a)
a = it.accumulate([1, 2], initial=9); show(a)
a = it.accumulate([None, 1], lambda x, y: y); next(a); show(a)
a = it.accumulate([1, 2]); a.__setstate__(10); print(list(a))
z = it.zip_longest("ab", "c", fillvalue=0); show(z); next(z); next(z); show(z)
z.__setstate__("F"); show(z)
g = it.groupby("aab"); show(g); k, sub = next(g); show(g); show(sub); next(g); show(sub)
g = it.groupby("aabb"); g.__setstate__(("b", "b", "a")); print([(k, list(v)) for k, v in g])
t(g.__setstate__, 1); t(g.__setstate__, (1, 2))
tee_a, tee_b = it.tee("abc"); next(tee_a); show(tee_a)
data, index = tee_a.__reduce__()[2]
print(type(data).__name__, index, data.__reduce__()[1][1:])
tee_b.__setstate__((data, 1)); print(list(tee_b))
t(tee_b.__setstate__, (data, 99)); t(tee_b.__setstate__, (1, 1)); t(tee_b.__setstate__, [])
print("__reduce__" in vars(it.pairwise))
''')


def test_classmethod_error_names_the_short_class_name():
    same_as_host(TRY + r'''
t(it.chain.from_iterable)
print(it.chain.from_iterable.__qualname__)
t(it.tee, [], n=2)
''')
