"""The collector's fast answer to "what does this object refer to"
(glass/vm/gc.py's referents()) must be exactly what the object's
tp_traverse visits, in the same order: the collector trusts it for every
list, tuple, dict, weak reference and class-statement instance instead of
calling tp_traverse.

Counterpart: none (CPython's collector calls tp_traverse itself).  The
whole-program comparisons with the host live in tests/programs/memory/ and
tests/vm/test_gc.py.
"""
from __future__ import annotations

from oracle import same_as_host

# Builtins only: the guest runs in this process, without importlib.
GUEST_OBJECTS = r'''
import _weakref

class Plain:
    def __init__(self, value):
        self.value = value
        self.me = self

class Slotted:
    __slots__ = ("a", "b", "__weakref__")

class SlottedWithDict:
    __slots__ = ("a", "__dict__")

class ListChild(list):
    pass

class DictChild(dict):
    pass

class TupleChild(tuple):
    pass

class RefChild(_weakref.ref):
    __slots__ = ("key",)

class Meta(type):
    pass

class WithMeta(metaclass=Meta):
    pass

class ExcChild(Exception):
    pass

def make_closure(value):
    def inner():
        return value
    return inner

def gen():
    yield 1

kept = []
for i in range(3):
    p = Plain(i)
    p.__dict__                                   # no longer kept inline
    kept.append(p)
    kept.append(Plain([i]))
    s = Slotted()
    s.a = [s]
    kept.append(s)
    kept.append(Slotted())                       # empty slots
    sd = SlottedWithDict()
    sd.a = sd
    sd.x = [1]
    kept.append(sd)
    lc = ListChild([1, [2]])
    lc.extra = lc
    kept.append(lc)
    dc = DictChild({(1, 2): [3], "k": lc})
    dc.attr = dc
    kept.append(dc)
    kept.append(TupleChild(([1], 2)))
    r = RefChild(p, lambda ref: None)
    r.key = [i]
    kept.append(r)
    kept.append(_weakref.ref(s, len))
    kept.append(_weakref.ref(p))
    kept.append(WithMeta())
    e = ExcChild("boom", [i])
    e.note = e
    kept.append(e)
    kept.append(make_closure([i]))
    kept.append(gen())
    kept.append({1: [1], (2,): [2], "s": [3]})
    kept.append({"only": "strs", "and": [4]})
    kept.append(([i], (i, [i])))
    kept.append(Plain.__init__)
    kept.append(p.__init__)
'''


def fast_referents_checked(source, module_name):
    """Run `source` in this process (Glass's objects, the host's calls),
    then compare, for every object the collector tracks, referents() with
    what tp_traverse visits.  Returns {type name: objects checked} for the
    types whose fast answer was used."""
    from glass.vm import gc as collector
    from glass.vm import pylifecycle, pystate
    from glass.objects import abstract
    from glass.objects.dict import W_Dict
    from glass.objects.object import decref
    from glass.objects.str import new_str
    interp = pystate.interpreter()
    if interp.w_builtins is None:
        pylifecycle.initialize()
    w_globals = W_Dict()
    w_globals.setitem_str("__builtins__", interp.w_builtins_module)
    w_name = new_str(module_name)
    w_globals.setitem_str("__name__", w_name)
    decref(w_name)
    w_source = new_str(source)
    decref(abstract.call(interp.w_builtins.getitem_str("exec"), [w_source, w_globals]))
    decref(w_source)
    collector.collect(0)                  # installs the fast answers
    assert collector._REFERENTS_BY_TRAVERSE

    checked = {}
    for objects in collector.all_lists():
        for w_obj in list(objects.values()):
            traverse = w_obj.ob_type.tp_traverse
            if traverse is None:
                continue
            visited = []
            traverse(w_obj, visited.append)
            fast = [w_child for w_child in collector.referents(w_obj) if w_child is not None]
            assert [id(w) for w in fast] == [id(w) for w in visited], \
                "%s: %r != %r" % (w_obj.ob_type.name, fast, visited)
            if collector._REFERENTS_BY_TRAVERSE.get(traverse) is not None:
                checked[w_obj.ob_type.name] = checked.get(w_obj.ob_type.name, 0) + 1
    decref(w_globals)
    return checked


def test_fast_referents_are_what_tp_traverse_visits():
    checked = fast_referents_checked(GUEST_OBJECTS, "referents_check")
    # Every fast path was exercised.
    for name in ("list", "tuple", "dict", "weakref.ReferenceType", "Plain", "Slotted",
                 "SlottedWithDict", "ListChild", "DictChild", "TupleChild", "RefChild",
                 "WithMeta", "ExcChild"):
        assert checked.get(name), (name, sorted(checked))


# The types whose fields glass/vm/gc.py reads directly (functions,
# descriptors, cells, modules, properties, classes).
FIELD_READER_OBJECTS = r'''
class Plain:
    __slots__ = ("a", "b")                       # member descriptors

    def method(self):
        return self

    @property
    def prop(self):
        return 1

    @staticmethod
    def static():
        pass

    @classmethod
    def klass(cls):
        pass

def make_closure(value):
    def inner():
        return value
    return inner

class Meta(type):
    pass

class WithMeta(metaclass=Meta):
    pass

kept = []
p = Plain()
p.a = [p]
kept.append(p.method)                            # method
kept.append(make_closure([1]))                   # function with a cell
kept.append(make_closure(None).__closure__[0])   # cell
kept.append([].append)                           # builtin_function_or_method
kept.append((1).__add__)                         # method-wrapper
kept.append(dict.__dict__["fromkeys"])           # classmethod_descriptor
kept.append(property(len, None, None, "doc"))
kept.append(staticmethod(len))
kept.append(classmethod(len))
kept.append(WithMeta)
kept.append(type("Made", (Plain,), {"x": [1]}))
'''

FIELD_READER_KINDS = ("function", "method", "cell", "builtin_function_or_method",
                      "method-wrapper", "method_descriptor", "wrapper_descriptor",
                      "getset_descriptor", "member_descriptor", "property", "staticmethod",
                      "classmethod", "module", "type", "Meta")


def test_field_readers_are_what_tp_traverse_visits():
    checked = fast_referents_checked(FIELD_READER_OBJECTS, "field_readers_check")
    missing = [name for name in FIELD_READER_KINDS if not checked.get(name)]
    assert not missing, (missing, sorted(checked))


def test_collections_over_every_container_kind():
    """Garbage cycles through each kind the fast paths cover, found and
    freed as the host finds them (counts and weakref callbacks)."""
    same_as_host(r'''
import gc, weakref
gc.collect()
class Plain: pass
class Slotted:
    __slots__ = ("a", "__weakref__")
class ListChild(list): pass
class DictChild(dict): pass
class RefChild(weakref.ref):
    __slots__ = ("key",)
log = []
def make():
    p = Plain(); p.me = p
    s = Slotted(); s.a = [s]
    lc = ListChild(); lc.append(lc)
    dc = DictChild(); dc[1] = dc; dc.attr = (dc,)
    t = ([],); t[0].append(t)
    d = {(1, 2): None}; d[(1, 2)] = d
    victim = Plain(); victim.cycle = victim
    r = RefChild(victim, lambda ref: log.append("callback")); r.key = r
    keep = weakref.ref(p, lambda ref: log.append("p died"))
    return keep
keep = make()
print(gc.collect(), log, keep())
dict_with_tuple_keys = {(1, 2): 3}
tuple_of_ints = (1, 2, 3)
gc.collect()
print(gc.is_tracked(dict_with_tuple_keys), gc.is_tracked(tuple_of_ints))
nested = ((1,), ((2,),))
gc.collect()
print(gc.is_tracked(nested), gc.is_tracked(nested[1]))
''')


def test_resurrection_is_still_seen_after_the_fast_paths():
    """A collection where no weakref callback and no __del__ runs skips the
    second look for resurrected objects (nothing can have changed); one
    where they run must still find what they resurrected."""
    same_as_host(r'''
import gc, weakref
gc.collect()
saved = []
class Phoenix:
    def __del__(self):
        saved.append(self)           # resurrects itself and its cycle
class Plain: pass
def cycle(kind):
    a = kind(); b = Plain()
    a.partner = b; b.partner = a
    return weakref.ref(b)
ref = cycle(Phoenix)
print(gc.collect(), len(saved), ref() is not None, gc.is_finalized(saved[0]))
saved.clear()
print(gc.collect(), ref())
holder = []
class Target: pass
def keep_alive(wr):
    holder.append(wr)
t = Target(); t.me = t
w = weakref.ref(t, keep_alive)
other = Plain(); other.me = other
del t, other
print(gc.collect(), len(holder), holder[0] is w, w())
print(gc.collect())
''')
