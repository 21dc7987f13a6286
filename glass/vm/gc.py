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

_UNREACHABLE = -1           # gc_refs of a tentatively unreachable object


# --- finding the garbage ----------------------------------------------------------

def _traverse(w_obj, visit):
    traverse = w_obj.ob_type.tp_traverse
    if traverse is not None:
        traverse(w_obj, visit)


def deduce_unreachable(base):
    """Counterpart: deduce_unreachable: move what cannot be reached from
    outside `base` into a new list, which is returned; `base` keeps the
    reachable objects, in the order move_unreachable leaves them."""
    # update_refs: gc_refs starts as the reference count.  Only objects with
    # an entry here are "collecting".
    gc_refs = {key: w_obj.ob_refcnt for key, w_obj in base.items()}

    def visit_decref(w_child):
        key = id(w_child)
        refs = gc_refs.get(key)
        if refs:                              # in this collection, and > 0
            gc_refs[key] = refs - 1

    for w_obj in list(base.values()):         # subtract_refs
        _traverse(w_obj, visit_decref)
    return _move_unreachable(base, gc_refs)


def _move_unreachable(young, gc_refs):
    """Counterpart: move_unreachable.  Scan `young` in order: an object with
    outside references is reachable, and so is what it refers to; an object
    with none is tentatively unreachable until something reachable found
    later refers to it, which sends it back to the end of `young`."""
    order = list(young.values())              # the scan, growing at the tail
    position = {id(w_obj): index for index, w_obj in enumerate(order)}
    unreachable = {}

    def visit_reachable(w_child):
        key = id(w_child)
        refs = gc_refs.get(key)
        if refs is None:
            return                            # not collecting, or done with
        if refs == _UNREACHABLE:
            del unreachable[key]              # reachable after all
            position[key] = len(order)
            order.append(w_child)
            gc_refs[key] = 1
        elif refs == 0:
            gc_refs[key] = 1                  # ahead of the scan: reachable

    index = 0
    while index < len(order):
        w_obj = order[index]
        key = id(w_obj)
        if position[key] == index:            # not a stale, earlier place
            if gc_refs[key]:
                del gc_refs[key]              # reachable: no longer collecting
                _traverse(w_obj, visit_reachable)
            else:
                gc_refs[key] = _UNREACHABLE
                unreachable[key] = w_obj
        index += 1
    young.clear()
    for index, w_obj in enumerate(order):
        key = id(w_obj)
        if position[key] == index and key not in unreachable:
            young[key] = w_obj
    for key, w_obj in unreachable.items():
        WHERE[key] = unreachable
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


def _untrack_tuples(young):
    """Counterpart: untrack_tuples (_PyTuple_MaybeUntrack): a tuple holding
    nothing the collector may track can never be part of a cycle."""
    from glass.objects.type import HEAPTYPE, W_Type
    tuple_type = gctrack.EXACT_TUPLE[0]
    for key, w_obj in list(young.items()):
        if w_obj.ob_type is tuple_type and \
                not any(gctrack.may_be_tracked(w_item) for w_item in w_obj.items):
            # pop, not del: on a PyPy host a run once found the tuple already
            # gone from `young` here (a KeyError, not reproduced since; see
            # docs/STATUS.md's open questions); untracked is untracked.
            young.pop(key, None)
            WHERE.pop(key, None)
        elif isinstance(w_obj, W_Type) and \
                not any(w_b.flags & HEAPTYPE for w_b in w_obj.w_bases):
            gctrack.BASES_UNTRACKED.add(key)  # see _hidden_parts


def _untrack_dicts(young):
    """Counterpart: untrack_dicts (_PyDict_MaybeUntrack), in full collections."""
    from glass.objects.dict import W_Dict
    dict_type = W_Dict.w_type
    for key, w_obj in list(young.items()):
        if w_obj.ob_type is dict_type and not any(
                gctrack.may_be_tracked(w_key) or gctrack.may_be_tracked(w_value)
                for w_key, w_value in zip(w_obj.keys_w, w_obj.values_w)
                if w_key is not None):
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

    def visit_move(w_child):
        if unreachable.get(id(w_child)) is w_child:
            move(w_child, finalizers)
            order.append(w_child)

    index = 0
    while index < len(order):
        _traverse(order[index], visit_move)
        index += 1


# --- weak references, finalizers, clearing ------------------------------------------

def _is_weakref(w_obj):
    from glass.objects.weakrefobject import W_Proxy, W_WeakRef
    return isinstance(w_obj, (W_WeakRef, W_Proxy))


def _handle_weakrefs(unreachable, old):
    """Counterpart: handle_weakrefs: clear every weak reference to the
    garbage (and every weak reference that is itself garbage) before any
    callback runs, then run the callbacks of the weak references that are
    not garbage themselves.  Returns how many of those weak references the
    callbacks' end freed."""
    from glass.objects.weakrefobject import unlink
    to_call = {}
    for w_obj in list(unreachable.values()):
        if _is_weakref(w_obj):
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
    return freed


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


def _handle_resurrected_objects(unreachable, old):
    """Counterpart: handle_resurrected_objects: a finalizer may have made
    some garbage reachable again; those go to the older generation and the
    rest is returned."""
    still_unreachable = deduce_unreachable(unreachable)
    merge(unreachable, old)
    return still_unreachable


def _delete_garbage(collectable, old):
    """Counterpart: delete_garbage: tp_clear breaks each cycle; reference
    counting then frees the objects.  One that survives its clearing goes to
    the older generation (it may die later)."""
    for w_obj in list(collectable.values()):
        if collectable.get(id(w_obj)) is not w_obj:
            continue                          # freed by an earlier clear
        if STATE.debug & DEBUG_SAVEALL:
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
        if collectable.get(id(w_obj)) is w_obj:
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

    collected = _handle_weakrefs(unreachable, old)
    finalized = _finalize_garbage(unreachable)
    final_unreachable = _handle_resurrected_objects(unreachable, old)
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
