"""Which objects the cycle collector watches, and in which generation.

Counterpart: Include/internal/pycore_gc.h and the allocation half of
Modules/gcmodule.c (_PyObject_GC_Link, PyObject_GC_Track, PyObject_GC_UnTrack,
PyObject_GC_Del).

CPython threads every tracked object on a doubly linked list through the
PyGC_Head in front of it: one list per generation, and temporary lists
while a collection runs.  Glass keeps each list as a host dict from id() to
the object, in list order (a dict keeps insertion order, so "append at the
tail" is an insertion and "merge a younger list into an older one" is an
update), and `WHERE` says which list holds an object, so untracking is two
dict operations wherever the object is.

Counting follows CPython: every allocation of an object of a GC type adds
one to generation 0's count (tracked or not: a new dict starts untracked),
and every deallocation takes one off while it is positive.  When the count
passes the threshold, a collection is due; Glass runs it at the next eval
breaker check (CPython 3.11 runs it inside the allocation; 3.12 moved it to
the eval breaker too), so that no collection starts while host code is
halfway through building an object.  glass/vm/gc.py is the collector.
"""
from __future__ import annotations

NUM_GENERATIONS = 3


class Generation:
    """Counterpart: struct gc_generation: a list, its threshold, its count."""
    __slots__ = ("objects", "threshold", "count")

    def __init__(self, threshold):
        self.objects = {}                   # id(object) -> object, in list order
        self.threshold = threshold
        self.count = 0


class GCState:
    """Counterpart: struct _gc_runtime_state."""

    def __init__(self):
        self.generations = [Generation(700), Generation(10), Generation(10)]
        self.permanent = Generation(0)
        self.enabled = True
        self.debug = 0
        self.collecting = False
        self.due = False                    # the count passed the threshold
        self.long_lived_total = 0
        self.long_lived_pending = 0
        # per generation: collections, objects collected, uncollectable
        self.stats = [[0, 0, 0] for _ in range(NUM_GENERATIONS)]
        self.w_garbage = None               # gc.garbage and gc.callbacks,
        self.w_callbacks = None             # made when first asked for


STATE = GCState()
_GEN0 = STATE.generations[0]
_YOUNG = _GEN0.objects
WHERE = {}                  # id(object) -> the list (dict) that holds it now
_FINALIZED = set()          # ids of finalized objects without a gc_finalized field
BASES_UNTRACKED = set()     # ids of classes whose tp_bases CPython untracked (vm/gc.py)


def link(w_obj):
    """_PyObject_GC_Link + _PyObject_GC_TRACK: a new object of a GC type,
    counted and tracked in generation 0."""
    key = id(w_obj)
    _YOUNG[key] = w_obj
    WHERE[key] = _YOUNG
    _GEN0.count += 1
    if _GEN0.count > _GEN0.threshold:
        _maybe_due()


def link_untracked(w_obj):
    """_PyObject_GC_Link alone: counted, tracked later if ever (a new dict)."""
    _GEN0.count += 1
    if _GEN0.count > _GEN0.threshold:
        _maybe_due()


def _maybe_due():
    state = STATE
    if state.enabled and _GEN0.threshold and not state.collecting and not state.due:
        state.due = True
        from glass.vm.gil import EVAL_BREAKER
        EVAL_BREAKER[0] = True


def track(w_obj):
    """PyObject_GC_Track (tolerant: tracking a tracked object does nothing)."""
    key = id(w_obj)
    if key not in WHERE:
        _YOUNG[key] = w_obj
        WHERE[key] = _YOUNG


def untrack(w_obj):
    """PyObject_GC_UnTrack: leave whichever list holds the object."""
    key = id(w_obj)
    holder = WHERE.pop(key, None)
    if holder is not None:
        del holder[key]


def is_tracked(w_obj):
    """_PyObject_GC_IS_TRACKED."""
    return id(w_obj) in WHERE


def freed(w_obj):
    """PyObject_GC_Del: the object is gone (its tp_dealloc finished)."""
    key = id(w_obj)
    if INLINE_DICTS and key in INLINE_DICTS:
        INLINE_DICTS.discard(key)           # never a GC object of its own
        return
    if _GEN0.count > 0:
        _GEN0.count -= 1
    if _FINALIZED:
        _FINALIZED.discard(key)
    if BASES_UNTRACKED:
        BASES_UNTRACKED.discard(key)


# --- instance attributes kept inline (CPython 3.11's managed dicts) ----------
#
# A 3.11 instance keeps its attributes in a values array inside the object;
# a real dict is made only when someone asks for __dict__.  Until then the
# collector sees the attribute values as the instance's own references, and
# no dict object is counted or found.  Glass always has a W_Dict, so a dict
# made for an instance's attributes is marked "inline" until it is asked for.

INLINE_DICTS = set()        # ids of instance dicts nobody has asked for yet


def inline_dict(w_dict):
    """The new dict holds an instance's attributes: not a GC object yet."""
    untrack(w_dict)
    INLINE_DICTS.add(id(w_dict))
    if _GEN0.count > 0:
        _GEN0.count -= 1


def materialize_dict(w_dict):
    """Someone asked for the instance's __dict__: from now on it is a dict
    of its own (make_dict_from_instance_attributes), tracked if it holds
    anything the collector may track."""
    key = id(w_dict)
    if key not in INLINE_DICTS:
        return
    INLINE_DICTS.discard(key)
    _GEN0.count += 1
    if any(may_be_tracked(w_value) for w_value in w_dict.values_w if w_value is not None):
        track(w_dict)


def is_inline_dict(w_dict):
    return id(w_dict) in INLINE_DICTS


def is_finalized(w_obj):
    """_PyGC_FINALIZED: the object's tp_finalize has run."""
    return bool(getattr(w_obj, "gc_finalized", False)) or id(w_obj) in _FINALIZED


def set_finalized(w_obj):
    """_PyGC_SET_FINALIZED."""
    try:
        w_obj.gc_finalized = True
    except AttributeError:                  # a builtin type with a tp_finalize
        _FINALIZED.add(id(w_obj))


def move(w_obj, holder):
    """gc_list_move: to the tail of another list."""
    key = id(w_obj)
    old = WHERE.get(key)
    if old is not None:
        del old[key]
    holder[key] = w_obj
    WHERE[key] = holder


def merge(source, target):
    """gc_list_merge: append `source` to `target`; `source` becomes empty."""
    if source is target:
        return
    target.update(source)
    WHERE.update(dict.fromkeys(source, target))
    source.clear()


_HAVE_GC = 1 << 14          # Py_TPFLAGS_HAVE_GC
_HEAPTYPE = 1 << 9
_TYPE_SUBCLASS = 1 << 31
EXACT_TUPLE = [None]        # the tuple type, set by glass/objects/tuple.py


def may_be_tracked(w_obj):
    """_PyObject_GC_MAY_BE_TRACKED: a GC object, unless it is an exact tuple
    that is not tracked (or a static type, which is not a GC object)."""
    w_type = w_obj.ob_type
    if not w_type.flags & _HAVE_GC:
        return False
    if id(w_obj) in WHERE:
        return True
    if w_type is EXACT_TUPLE[0]:
        return False
    if w_type.flags & _TYPE_SUBCLASS and not w_obj.flags & _HEAPTYPE:
        return False
    return True


def is_gc(w_obj):
    """_PyObject_IS_GC: the type is a GC type (types: heap types only)."""
    w_type = w_obj.ob_type
    if not w_type.flags & _HAVE_GC:
        return False
    if w_type.flags & _TYPE_SUBCLASS and not w_obj.flags & _HEAPTYPE:
        return False
    return True
