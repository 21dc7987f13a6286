"""The cycle collector: find groups of objects that only keep each other
alive, finalize them, and break their cycles.

Counterpart: Modules/gcmodule.c (CPython 3.11: gc_collect_main and friends).

Reference counting frees an object the moment nothing refers to it; a cycle
(a list that contains itself, an instance whose __dict__ refers back to it)
keeps every count above zero forever.  The collector finds such garbage
without knowing the program's roots: for the objects of the generation it
collects, it copies each reference count (update_refs), subtracts every
reference that comes from inside the generation (subtract_refs, through each
type's tp_traverse), and what is left is the number of references from
outside.  Objects with outside references are reachable, and so is
everything they reach (move_unreachable); the rest is garbage.  Garbage is
then handled in CPython's order: weak references to it are cleared and
their callbacks run, __del__ methods run (PEP 442), objects a finalizer
resurrected are given back, and the rest have their references dropped
(tp_clear), which frees the whole group through ordinary reference counting.

Objects live in three generations (glass/objects/gctrack.py keeps the
lists); a collection of generation N also collects the younger ones and
moves the survivors one generation up, so long-lived objects are examined
less often.
"""
from __future__ import annotations

import collections
import gc as host_gc
import itertools
import operator
import time

from glass.objects import gctrack
from glass.objects.exceptions import OperationError
from glass.objects.gctrack import NUM_GENERATIONS, STATE, WHERE, merge, move
from glass.objects.object import decref
from glass.vm.probes import COLLECTOR_WATCHERS

DEBUG_STATS = 1
DEBUG_COLLECTABLE = 2
DEBUG_UNCOLLECTABLE = 4
DEBUG_SAVEALL = 32
DEBUG_LEAK = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL

_HAVE_GC = 1 << 14          # Py_TPFLAGS_HAVE_GC
_HEAPTYPE = 1 << 9          # Py_TPFLAGS_HEAPTYPE
_TYPE_SUBCLASS = 1 << 31    # Py_TPFLAGS_TYPE_SUBCLASS


# --- what an object refers to ----------------------------------------------------
#
# The collector asks each object for the objects it refers to many times per
# collection (subtract_refs, move_unreachable), over every object of the
# generation: a full collection of a test program walks hundreds of
# thousands.  CPython passes a C visit function to tp_traverse; calling a host
# function per reference is what made Glass's collector slow.  So the
# collector asks `referents(w_obj)` for a host sequence of what tp_traverse
# would visit, in tp_traverse's order, and counts or tests the whole
# sequence in one host call (a Counter, a set's isdisjoint).  The common
# containers answer without calling tp_traverse at all (their item lists
# are the answer), and so do the types whose tp_traverse visits a few
# fields (functions, descriptors, cells, modules, properties, classes: their
# fields, read at once); any other type's tp_traverse is called once with a
# list's append as the visit function.  A sequence may hold host None where
# a container has an empty place or a field is empty: None is no collecting
# object.

_REFERENTS_BY_TRAVERSE = {}     # tp_traverse function -> referents function
_INSTANCE_PLANS = {}            # id(mro tuple) -> plan, see _instance_plan
_INLINE_DICTS = gctrack.INLINE_DICTS
_NOTHING = ()


def referents(w_obj):
    """What w_obj's tp_traverse visits, in its order: a host sequence that
    may include None, may be the object's own item list (so it is only good
    until guest code runs again), and must not be changed."""
    traverse = w_obj.ob_type.tp_traverse
    if traverse is None:
        return _NOTHING
    fast = _REFERENTS_BY_TRAVERSE.get(traverse)
    if fast is not None:
        return fast(w_obj)
    return _visited(w_obj, traverse)


def _visited(w_obj, traverse):
    """What traverse(w_obj, visit) visits, as a list."""
    found = []
    traverse(w_obj, found.append)
    return found


def _reversed_items(w_obj):
    # list_traverse and tupletraverse walk the items from the end.
    return w_obj.items[::-1]


def _dict_referents(w_dict):
    # dict_traverse: each entry's value then its key, keys only when some
    # key is not an exact str; an emptied entry holds None for both.
    if w_dict.unicode:
        return w_dict.values_w
    found = []
    for w_key, w_value in zip(w_dict.keys_w, w_dict.values_w):
        if w_key is not None:
            found.append(w_value)
            found.append(w_key)
    return found


def _weakref_referents(w_ref):
    w_callback = w_ref.w_callback
    return _NOTHING if w_callback is None else (w_callback,)


def _instance_plan(w_type):
    """What subtype_traverse (glass/objects/typeobject.py) decides from the
    class alone, which only its MRO can change: (the MRO, the referents
    function for its instances).  Cached by MRO tuple; the cache keeps each
    tuple alive, so an id is never reused while its entry stands."""
    mro = w_type.mro
    plan = _INSTANCE_PLANS.get(id(mro))
    if plan is not None and plan[0] is mro:
        return plan
    from glass.objects.typeobject import _base_owns_dict, _builtin_base
    w_base = _builtin_base(w_type)
    base_traverse = w_base.tp_traverse
    base_owns_dict = _base_owns_dict(w_base)
    if base_traverse is None and not base_owns_dict:
        plan = (mro, _plain_instance_referents)
    else:
        base_referents = _REFERENTS_BY_TRAVERSE.get(base_traverse)
        if base_referents is None and base_traverse is not None:
            def base_referents(w_obj, traverse=base_traverse):
                return _visited(w_obj, traverse)

        def instance_referents(w_obj, w_type):
            slots_w = getattr(w_obj, "slots_w", None) or _NOTHING
            if base_owns_dict:
                found = [*slots_w, w_type]
            else:
                found = _plain_instance_referents(w_obj, w_type)
            if base_referents is not None:
                found.extend(base_referents(w_obj))
            return found
        plan = (mro, instance_referents)
    if len(_INSTANCE_PLANS) > 20000:
        _INSTANCE_PLANS.clear()              # classes come and go: stay bounded
    _INSTANCE_PLANS[id(mro)] = plan
    return plan


def _plain_instance_referents(w_obj, w_type):
    """The __slots__ values, the instance dict (or the values of a dict
    kept inline), the class: all subtype_traverse visits when the builtin
    base holds nothing (a class statement's class over object)."""
    slots_w = getattr(w_obj, "slots_w", None) or _NOTHING
    w_dict = getattr(w_obj, "w_dict", None)
    if w_dict is None:
        return [*slots_w, w_type]
    if id(w_dict) in _INLINE_DICTS:
        return [*slots_w, *w_dict.values_w, w_type]
    return [*slots_w, w_dict, w_type]


def _instance_referents(w_obj):
    """subtype_traverse's visits: the __slots__ values, the instance dict
    (unless the builtin base keeps it), the class, then the base's."""
    w_type = w_obj.ob_type
    mro = w_type.mro
    plan = _INSTANCE_PLANS.get(id(mro))
    if plan is None or plan[0] is not mro:
        plan = _instance_plan(w_type)
    return plan[1](w_obj, w_type)


def _fields(*names):
    """A referents function for a tp_traverse that visits these fields
    (None where a field is empty), in this order."""
    if len(names) == 1:
        get_one = operator.attrgetter(names[0])
        return lambda w_obj: (get_one(w_obj),)
    return operator.attrgetter(*names)


def _type_referents(w_type):
    # type_traverse (glass/objects/typeobject.py): the dict's values, the
    # MRO, the bases, the base.
    return [*w_type.dict.values(), *w_type.mro, *w_type.w_bases, w_type.w_base]


def _install_referents():
    """The fast answers, keyed by the tp_traverse functions they stand for
    (glass/objects/typeobject.py's subtype_traverse is every class
    statement's).  Each gives what its tp_traverse visits, in its order
    (tests/vm/test_memory_sweep_fixes.py checks them against it)."""
    from glass.objects import descr, funcobject
    from glass.objects.dict import W_Dict
    from glass.objects.list import W_List
    from glass.objects.module import W_Module
    from glass.objects.property import W_Property
    from glass.objects.tuple import W_Tuple
    from glass.objects.type import W_Type
    from glass.objects.typeobject import subtype_traverse
    from glass.objects.weakrefobject import W_WeakRef
    _REFERENTS_BY_TRAVERSE.update({
        W_List.traverse: _reversed_items,
        W_Tuple.traverse: _reversed_items,
        W_Dict.traverse: _dict_referents,
        W_WeakRef.traverse: _weakref_referents,
        subtype_traverse: _instance_referents,
    })
    by_type = [
        (funcobject.W_Function, _fields(*funcobject._FUNCTION_FIELDS)),
        (funcobject.W_Method, _fields("w_func", "w_self")),
        (funcobject.W_StaticMethod, _fields("w_callable", "w_dict")),
        (funcobject.W_ClassMethod, _fields("w_callable", "w_dict")),
        (funcobject.W_Cell, _fields("w_ref")),
        (descr.W_BuiltinFunction, _fields("w_self")),
        (descr.W_MethodDescr, _fields("w_objclass")),
        (descr.W_SlotWrapper, _fields("w_objclass")),
        (descr.W_GetSetDescr, _fields("w_objclass")),
        (descr.W_MemberDescr, _fields("w_objclass")),
        (descr.W_MethodWrapper, _fields("w_descr", "w_self")),
        (W_Module, _fields("w_dict")),
        (W_Property, _fields("w_fget", "w_fset", "w_fdel", "w_doc", "w_name", "w_dict")),
        (W_Type, _type_referents),
    ]
    for cls, fast in by_type:
        traverse = cls.w_type.tp_traverse
        if traverse is not None and traverse not in _REFERENTS_BY_TRAVERSE:
            _REFERENTS_BY_TRAVERSE[traverse] = fast


def _traverse(w_obj, visit):
    traverse = w_obj.ob_type.tp_traverse
    if traverse is not None:
        traverse(w_obj, visit)


# --- finding the garbage ----------------------------------------------------------

def deduce_unreachable(base):
    """Counterpart: deduce_unreachable: move what cannot be reached from
    outside `base` into a new list, which is returned; `base` keeps the
    reachable objects, in the order move_unreachable leaves them."""
    if not _REFERENTS_BY_TRAVERSE:
        _install_referents()
    # The host's own collector would count every list made here and walk the
    # host's whole heap, again and again; they are all gone on return.
    host_collector_was_on = host_gc.isenabled()
    host_gc.disable()
    try:
        children_of = _children(base)
        pending = _subtract_refs(base, children_of)
        return _move_unreachable(base, pending, children_of)
    finally:
        if host_collector_was_on:
            host_gc.enable()


def _children(base):
    """What each object of `base` refers to, in `base`'s order: no guest
    code runs between subtract_refs and move_unreachable, so one walk of
    the references serves both."""
    get_fast = _REFERENTS_BY_TRAVERSE.get
    children_of = []
    keep = children_of.append
    for w_obj in base.values():
        traverse = w_obj.ob_type.tp_traverse      # referents(w_obj), inlined
        if traverse is None:
            keep(_NOTHING)
            continue
        fast = get_fast(traverse)
        keep(fast(w_obj) if fast is not None else _visited(w_obj, traverse))
    return children_of


def _subtract_refs(base, children_of):
    """Counterpart: update_refs and subtract_refs: each collecting object's
    reference count, less every reference that comes from inside `base`,
    is the number of references from outside.  Returns the set of the
    objects that have none.

    CPython decrements a count per reference found; here the references
    are counted in one pass (a Counter over the referents themselves: a
    Glass object hashes by identity), which also counts objects that are
    not collecting, such as strs: they are never asked for."""
    internal = collections.Counter()
    internal.update(itertools.chain.from_iterable(children_of))
    found = internal.get
    # A count below the references found would be a refcount bug (the
    # refcount audit, -X refaudit, names it); it counts as zero, as
    # visit_decref's would stop at zero.
    return {w_obj for w_obj in base.values() if w_obj.ob_refcnt <= found(w_obj, 0)}


def _move_unreachable(young, pending, children_of):
    """Counterpart: move_unreachable.  Scan `young` in order: an object with
    outside references is reachable, and so is what it refers to; an object
    with none is tentatively unreachable until something reachable found
    later refers to it, which sends it back to the end of `young`.  Each
    object is scanned once, or twice if it was sent back.  children_of[i]
    is what the i-th object of `young` refers to.

    `pending` starts as the objects with no outside reference and keeps
    those not yet known reachable: the ones ahead of the scan whose
    gc_refs is 0, and the tentatively unreachable ones.  Most reachable
    objects refer to none of them, which one set test finds (isdisjoint)."""
    order = list(young.values())    # the scan; a host list's iterator sees
    known = len(order)              # what is appended while it runs
    reachable = []
    keep_reachable = reachable.append
    unreachable = {}
    no_pending = pending.isdisjoint
    for index, w_obj in enumerate(order):
        if w_obj in pending:                  # gc_refs 0: tentatively unreachable
            unreachable[id(w_obj)] = w_obj
            continue
        keep_reachable(w_obj)
        children = children_of[index] if index < known else referents(w_obj)
        if no_pending(children):
            continue
        for w_child in children:
            if w_child not in pending:
                continue                      # not collecting, or reachable
            pending.discard(w_child)          # reachable: gc_refs 1
            child_key = id(w_child)
            if child_key in unreachable:      # scanned already: back it goes
                del unreachable[child_key]
                order.append(w_child)
    young.clear()
    young.update(zip(map(id, reachable), reachable))
    WHERE.update(dict.fromkeys(unreachable, unreachable))
    return unreachable


def _hidden_parts(collectable):
    """How many GC objects CPython would find inside the classes about to be
    freed that Glass keeps as host values: a class's tp_dict (a dict) and
    tp_mro (a tuple) always, its tp_bases tuple while that is still tracked
    (it is untracked at the first collection a class survives, unless a
    base is itself a class statement's class)."""
    from glass.objects.type import W_Type
    count = 0
    for key, w_obj in collectable.items():
        if isinstance(w_obj, W_Type):
            count += 2
            if key not in gctrack.BASES_UNTRACKED:
                count += 1
    return count


def _may_be_tracked_any(items, tuple_type):
    """Whether any of `items` (None for an empty place) may be tracked
    (gctrack.may_be_tracked, inlined: most items are ints and strs)."""
    for w_item in items:
        if w_item is None:
            continue
        w_type = w_item.ob_type
        if not w_type.flags & _HAVE_GC:
            continue
        if id(w_item) in WHERE:
            return True
        if w_type is tuple_type:
            continue
        if w_type.flags & _TYPE_SUBCLASS and not w_item.flags & _HEAPTYPE:
            continue
        return True
    return False


def _untrack_tuples(young):
    """Counterpart: untrack_tuples (_PyTuple_MaybeUntrack): a tuple holding
    nothing the collector may track can never be part of a cycle."""
    from glass.objects.type import HEAPTYPE, W_Type
    tuple_type = gctrack.EXACT_TUPLE[0]
    tuples = []
    classes = []
    # A snapshot: on a PyPy host, host-level finalizers may run in the middle
    # of this loop and track or untrack objects (a RuntimeError seen in CI).
    for w_obj in list(young.values()):
        w_type = w_obj.ob_type
        if w_type is tuple_type:
            tuples.append(w_obj)
        elif w_type.flags & _TYPE_SUBCLASS:
            classes.append(w_obj)
    # In list order, one at a time: a tuple untracked here is untracked for
    # the tuples after it that hold it.
    for w_obj in tuples:
        if not _may_be_tracked_any(w_obj.items, tuple_type):
            key = id(w_obj)
            # pop, not del: on a PyPy host a run once found the tuple already
            # gone from `young` here (a KeyError, not reproduced since; see
            # docs/STATUS.md's open questions); untracked is untracked.
            young.pop(key, None)
            WHERE.pop(key, None)
    for w_obj in classes:
        if isinstance(w_obj, W_Type) and \
                not any(w_b.flags & HEAPTYPE for w_b in w_obj.w_bases):
            gctrack.BASES_UNTRACKED.add(id(w_obj))   # see _hidden_parts


def _untrack_dicts(young):
    """Counterpart: untrack_dicts (_PyDict_MaybeUntrack), in full collections."""
    from glass.objects.dict import W_Dict
    dict_type = W_Dict.w_type
    tuple_type = gctrack.EXACT_TUPLE[0]
    dicts = [w_obj for w_obj in list(young.values()) if w_obj.ob_type is dict_type]
    for w_obj in dicts:
        if _may_be_tracked_any(w_obj.values_w if w_obj.unicode else
                               _dict_referents(w_obj), tuple_type):
            continue
        key = id(w_obj)
        del young[key]
        del WHERE[key]


# --- legacy finalizers (tp_del) ------------------------------------------------------

def _has_legacy_finalizer(w_obj):
    return getattr(w_obj.ob_type, "tp_del", None) is not None


def _move_legacy_finalizers(unreachable, finalizers):
    """Counterpart: move_legacy_finalizers: objects with a pre-PEP 442
    tp_del cannot be collected; they and what they reach go to gc.garbage."""
    for w_obj in list(unreachable.values()):
        if _has_legacy_finalizer(w_obj):
            move(w_obj, finalizers)


def _move_legacy_finalizer_reachable(finalizers, unreachable):
    """Counterpart: move_legacy_finalizer_reachable."""
    order = list(finalizers.values())
    index = 0
    while index < len(order):
        for w_child in referents(order[index]):
            # (None, an empty place, would match unreachable.get's default.)
            if w_child is not None and unreachable.get(id(w_child)) is w_child:
                move(w_child, finalizers)
                order.append(w_child)
        index += 1


# --- weak references, finalizers, clearing ------------------------------------------

def _handle_weakrefs(unreachable, old):
    """Counterpart: handle_weakrefs: clear every weak reference to the
    garbage (and every weak reference that is itself garbage) before any
    callback runs, then run the callbacks of the weak references that are
    not garbage themselves.  Returns how many of those weak references the
    callbacks' end freed, and how many callbacks ran."""
    from glass.objects.weakrefobject import W_Proxy, W_WeakRef, unlink
    to_call = {}
    for w_obj in list(unreachable.values()):
        if isinstance(w_obj, (W_WeakRef, W_Proxy)):
            unlink(w_obj)                     # its callback must not run
        refs = getattr(w_obj, "weakrefs", None)
        if not refs:
            continue
        for w_ref in list(refs):
            unlink(w_ref)
            if w_ref.w_callback is None:
                continue
            if unreachable.get(id(w_ref)) is w_ref:
                continue                      # garbage itself: no callback
            w_ref.ob_refcnt += 1
            move(w_ref, to_call)
    freed = 0
    called = len(to_call)
    for w_ref in list(to_call.values()):
        from glass.objects import abstract
        w_callback = w_ref.w_callback
        try:
            decref(abstract.call(w_callback, [w_ref]))
        except OperationError as error:
            from glass.vm.traceback import write_unraisable
            write_unraisable(error, None, w_callback)
        decref(w_ref)
        if to_call.get(id(w_ref)) is w_ref:
            move(w_ref, old)                  # still alive
        else:
            freed += 1
    return freed, called


def _finalize_garbage(collectable):
    """Counterpart: finalize_garbage: each object's tp_finalize (__del__),
    once in its life.  Returns how many ran."""
    from glass.vm import pystate
    finalized = 0
    for w_obj in list(collectable.values()):
        if collectable.get(id(w_obj)) is not w_obj:
            continue                          # freed by an earlier finalizer
        finalize = w_obj.ob_type.tp_finalize
        if finalize is None or gctrack.is_finalized(w_obj):
            continue
        gctrack.set_finalized(w_obj)
        finalized += 1
        w_obj.ob_refcnt += 1
        pystate.call_finalizer(finalize, w_obj)
        decref(w_obj)
    return finalized


def _handle_resurrected_objects(unreachable, old, guest_code_ran):
    """Counterpart: handle_resurrected_objects: a finalizer may have made
    some garbage reachable again; those go to the older generation and the
    rest is returned.  When no weakref callback and no finalizer ran, no
    reference count changed since deduce_unreachable found the garbage, so
    looking again would find all of it unreachable, in the same order."""
    if not guest_code_ran:
        return unreachable
    still_unreachable = deduce_unreachable(unreachable)
    merge(unreachable, old)
    return still_unreachable


def _delete_garbage(collectable, old):
    """Counterpart: delete_garbage: tp_clear breaks each cycle; reference
    counting then frees the objects.  One that survives its clearing goes to
    the older generation (it may die later)."""
    holds = collectable.get
    state = STATE
    for w_obj in list(collectable.values()):
        key = id(w_obj)
        if holds(key) is not w_obj:
            continue                          # freed by an earlier clear
        if state.debug & DEBUG_SAVEALL:     # a finalizer may change it
            garbage_list().append(w_obj)
        else:
            clear = w_obj.ob_type.tp_clear
            if clear is not None:
                w_obj.ob_refcnt += 1
                try:
                    clear(w_obj)
                except OperationError as error:
                    from glass.vm.traceback import write_unraisable
                    write_unraisable(error, "Exception ignored in tp_clear of",
                                     w_obj.ob_type)
                decref(w_obj)
        if holds(key) is w_obj:
            move(w_obj, old)


def _handle_legacy_finalizers(finalizers, old):
    """Counterpart: handle_legacy_finalizers: into gc.garbage they go."""
    for w_obj in list(finalizers.values()):
        if _has_legacy_finalizer(w_obj) or STATE.debug & DEBUG_SAVEALL:
            garbage_list().append(w_obj)
    merge(finalizers, old)


# --- a collection ----------------------------------------------------------------

def _write_stderr(text):
    from glass.vm.traceback import _write_stderr
    _write_stderr(text)


def _debug_cycle(message, w_obj):
    _write_stderr("gc: %s <%s %#x>\n" % (message, w_obj.ob_type.name, id(w_obj)))


def _show_stats_each_generation(state):
    sizes = "".join(" %d" % len(generation.objects) for generation in state.generations)
    _write_stderr("gc: objects in each generation:%s\n"
                  "gc: objects in permanent generation: %d\n"
                  % (sizes, len(state.permanent.objects)))


def collect_main(generation):
    """Counterpart: gc_collect_main: collect `generation` and the younger
    ones; return the number of unreachable objects found (collected plus
    uncollectable) and the two parts."""
    state = STATE
    debug = state.debug
    started = 0.0
    if debug & DEBUG_STATS:
        _write_stderr("gc: collecting generation %d...\n" % generation)
        _show_stats_each_generation(state)
        started = time.perf_counter()
    generations = state.generations
    if generation + 1 < NUM_GENERATIONS:
        generations[generation + 1].count += 1
    for younger in range(generation + 1):
        generations[younger].count = 0
    young = generations[generation].objects
    for younger in range(generation):
        merge(generations[younger].objects, young)
    old = generations[generation + 1].objects if generation < NUM_GENERATIONS - 1 else young

    examined = len(young)
    if COLLECTOR_WATCHERS:                    # glass/vm/probes.py: someone watches
        for watcher in list(COLLECTOR_WATCHERS):
            watcher.collection_started(generation, examined)
    unreachable = deduce_unreachable(young)
    found = len(unreachable)
    if COLLECTOR_WATCHERS:
        for watcher in list(COLLECTOR_WATCHERS):
            watcher.collection_unreachable(generation, unreachable)
    _untrack_tuples(young)
    if young is not old:
        if generation == NUM_GENERATIONS - 2:
            state.long_lived_pending += len(young)
        merge(young, old)
    else:
        # Dicts are only untracked in full collections (bpo-14775).
        _untrack_dicts(young)
        state.long_lived_pending = 0
        state.long_lived_total = len(young)

    finalizers = {}
    _move_legacy_finalizers(unreachable, finalizers)
    _move_legacy_finalizer_reachable(finalizers, unreachable)
    if debug & DEBUG_COLLECTABLE:
        for w_obj in list(unreachable.values()):
            _debug_cycle("collectable", w_obj)

    collected, callbacks_called = _handle_weakrefs(unreachable, old)
    finalized = _finalize_garbage(unreachable)
    final_unreachable = _handle_resurrected_objects(unreachable, old,
                                                    callbacks_called or finalized)
    collected += len(final_unreachable) + _hidden_parts(final_unreachable)
    _delete_garbage(final_unreachable, old)

    uncollectable = 0
    for w_obj in list(finalizers.values()):
        uncollectable += 1
        if debug & DEBUG_UNCOLLECTABLE:
            _debug_cycle("uncollectable", w_obj)
    if debug & DEBUG_STATS:
        _write_stderr("gc: done, %d unreachable, %d uncollectable, %.4fs elapsed\n"
                      % (collected + uncollectable, uncollectable,
                         time.perf_counter() - started))
    _handle_legacy_finalizers(finalizers, old)
    if COLLECTOR_WATCHERS:
        counts = {"examined": examined, "unreachable": found, "finalized": finalized,
                  "collected": collected, "uncollectable": uncollectable}
        for watcher in list(COLLECTOR_WATCHERS):
            watcher.collection_stopped(generation, counts)

    stats = state.stats[generation]
    stats[0] += 1
    stats[1] += collected
    stats[2] += uncollectable
    return collected + uncollectable, collected, uncollectable


def _invoke_callbacks(phase, generation, collected, uncollectable):
    """Counterpart: invoke_gc_callback: each of gc.callbacks gets the phase
    ("start" or "stop") and an info dict."""
    from glass.objects import abstract
    from glass.objects.dict import W_Dict
    from glass.objects.int import new_int
    from glass.objects.str import new_str
    w_callbacks = STATE.w_callbacks
    if w_callbacks is None or not w_callbacks.items:
        return
    w_info = W_Dict()
    for name, value in (("generation", generation), ("collected", collected),
                        ("uncollectable", uncollectable)):
        w_value = new_int(value)
        w_info.setitem_str(name, w_value)
        decref(w_value)
    w_phase = new_str(phase)
    try:
        index = 0
        while index < len(w_callbacks.items):
            w_callback = w_callbacks.items[index]
            w_callback.ob_refcnt += 1
            try:
                decref(abstract.call(w_callback, [w_phase, w_info]))
            except OperationError as error:
                from glass.vm.traceback import write_unraisable
                write_unraisable(error, None, w_callback)
            finally:
                decref(w_callback)
            index += 1
    finally:
        decref(w_phase)
        decref(w_info)


def collect_with_callback(generation):
    """Counterpart: gc_collect_with_callback."""
    _invoke_callbacks("start", generation, 0, 0)
    total, collected, uncollectable = collect_main(generation)
    _invoke_callbacks("stop", generation, collected, uncollectable)
    return total


def collect(generation=NUM_GENERATIONS - 1):
    """gc.collect() and _PyGC_CollectNoFail: nothing while one is running."""
    state = STATE
    if state.collecting:
        return 0
    state.collecting = True
    try:
        return collect_with_callback(generation)
    finally:
        state.collecting = False


def collect_generations():
    """Counterpart: gc_collect_generations: collect the oldest generation
    whose count passed its threshold (the oldest one only when enough new
    long-lived objects wait: bpo-4074)."""
    generations = STATE.generations
    for generation in range(NUM_GENERATIONS - 1, -1, -1):
        if generations[generation].count > generations[generation].threshold:
            if (generation == NUM_GENERATIONS - 1 and
                    STATE.long_lived_pending < STATE.long_lived_total // 4):
                continue
            return collect_with_callback(generation)
    return 0


def run_if_due():
    """The eval breaker found a collection due (see gctrack.link)."""
    state = STATE
    state.due = False
    first = state.generations[0]
    if (state.enabled and first.threshold and not state.collecting
            and first.count > first.threshold):
        state.collecting = True
        try:
            collect_generations()
        finally:
            state.collecting = False


def collect_if_enabled():
    """Counterpart: _PyGC_CollectIfEnabled (at exit, before the modules go)."""
    if STATE.enabled:
        collect()


# --- the lists the gc module shows --------------------------------------------------

def garbage_list():
    """gc.garbage: the state's own list (rebinding gc.garbage does not
    change where the collector puts what it cannot free)."""
    if STATE.w_garbage is None:
        from glass.objects.list import W_List
        STATE.w_garbage = W_List([])
    return STATE.w_garbage


def callbacks_list():
    if STATE.w_callbacks is None:
        from glass.objects.list import W_List
        STATE.w_callbacks = W_List([])
    return STATE.w_callbacks


def all_lists(generation=None):
    """The generation lists (one, or all in order), for gc.get_objects."""
    if generation is None:
        return [g.objects for g in STATE.generations]
    return [STATE.generations[generation].objects]


def freeze():
    """Counterpart: gc_freeze_impl: everything tracked goes to the
    permanent generation, which no collection examines."""
    for generation in STATE.generations:
        merge(generation.objects, STATE.permanent.objects)
    STATE.generations[0].count = 0


def unfreeze():
    merge(STATE.permanent.objects, STATE.generations[NUM_GENERATIONS - 1].objects)


# --- the refcount audit (-X refaudit) ------------------------------------------------

def audit_refcounts():
    """Check every tracked object's reference count against the references
    the other tracked objects hold to it (through tp_traverse).  A count
    below what was found means some code released a reference it did not
    own: the object could be freed while still in use.  Returns the number
    of objects checked and a list of (object, refcount, references found)."""
    objects = {}
    for generation in STATE.generations + [STATE.permanent]:
        objects.update(generation.objects)
    found = dict.fromkeys(objects, 0)

    def visit(w_child):
        key = id(w_child)
        if key in found:
            found[key] += 1

    for w_obj in objects.values():
        _traverse(w_obj, visit)
    bad = [(w_obj, w_obj.ob_refcnt, found[key]) for key, w_obj in objects.items()
           if found[key] > w_obj.ob_refcnt]
    return len(objects), bad


def report_audit():
    """Print the audit's findings on the host's stderr (-X refaudit)."""
    import sys
    checked, bad = audit_refcounts()
    for w_obj, refcnt, found in bad[:50]:
        sys.stderr.write("refaudit: <%s object at %#x>: refcount %d, %d references found "
                         "(%d too few)\n" % (w_obj.ob_type.name, id(w_obj), refcnt, found,
                                             found - refcnt))
    sys.stderr.write("[refaudit: %d tracked objects, %d with too few references]\n"
                     % (checked, len(bad)))
