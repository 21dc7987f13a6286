"""The gc module: the cycle collector's interface.

Counterpart: Modules/gcmodule.c (the module half; the collector itself is
glass/vm/gc.py, the generation lists glass/objects/gctrack.py).
"""
from __future__ import annotations

from glass.modules import builtin_module, function
from glass.modules.builtins import no_text_signature
from glass.objects import abstract, gctrack
from glass.objects.exceptions import value_error
from glass.objects.gctrack import STATE
from glass.objects.object import decref
from glass.vm.audit import audit, should_audit
from glass.vm import gc as collector
from glass.vm.gc import (DEBUG_COLLECTABLE, DEBUG_LEAK, DEBUG_SAVEALL,  # noqa: F401
                         DEBUG_STATS, DEBUG_UNCOLLECTABLE)


def _int(value):
    from glass.objects.int import new_int
    return new_int(value)


def _c_int(w_value):
    """An "i" argument of the C module (an index, no float)."""
    return abstract.index_as_ssize(w_value, "OverflowError")


def is_tracked(w_obj):
    """_PyObject_IS_GC(obj) && _PyObject_GC_IS_TRACKED(obj)."""
    return gctrack.is_gc(w_obj) and gctrack.is_tracked(w_obj)


@builtin_module("gc")
class GcModule:
    """This module provides access to the garbage collector for reference cycles.

enable() -- Enable automatic garbage collection.
disable() -- Disable automatic garbage collection.
isenabled() -- Returns true if automatic collection is enabled.
collect() -- Do a full collection right now.
get_count() -- Return the current collection counts.
get_stats() -- Return list of dictionaries containing per-generation stats.
set_debug() -- Set debugging flags.
get_debug() -- Get debugging flags.
set_threshold() -- Set the collection thresholds.
get_threshold() -- Return the current the collection thresholds.
get_objects() -- Return a list of all objects tracked by the collector.
is_tracked() -- Returns true if a given object is tracked.
is_finalized() -- Returns true if a given object has been already finalized.
get_referrers() -- Return the list of objects that refer to an object.
get_referents() -- Return the list of objects that an object refers to.
freeze() -- Freeze all tracked objects and ignore them for future collections.
unfreeze() -- Unfreeze all objects in the permanent generation.
get_freeze_count() -- Return the number of objects in the permanent generation.
"""

    @function("($module, /)")
    def enable():
        """Enable automatic garbage collection."""
        STATE.enabled = True

    @function("($module, /)")
    def disable():
        """Disable automatic garbage collection."""
        STATE.enabled = False

    @function("($module, /)")
    def isenabled():
        """Returns true if automatic garbage collection is enabled."""
        from glass.objects.bool import new_bool
        return new_bool(STATE.enabled)

    @function("($module, /, generation=2)")
    def collect(w_generation):
        """Run the garbage collector.

With no arguments, run a full collection.  The optional argument
may be an integer specifying which generation to collect.  A ValueError
is raised if the generation number is invalid.

The number of unreachable objects is returned."""
        generation = _c_int(w_generation) if w_generation is not None else 2
        if not 0 <= generation <= 2:
            raise value_error("invalid generation")
        return _int(collector.collect(generation))

    @function("($module, /)")
    def get_count():
        """Return a three-tuple of the current collection counts."""
        from glass.objects.tuple import new_tuple_owned
        return new_tuple_owned([_int(g.count) for g in STATE.generations])

    @function("($module, /)")
    def get_threshold():
        """Return the current collection thresholds."""
        from glass.objects.tuple import new_tuple_owned
        return new_tuple_owned([_int(g.threshold) for g in STATE.generations])

    @no_text_signature
    @function("($module, *args)", name="set_threshold")
    def set_threshold(args_w):
        """set_threshold(threshold0, [threshold1, threshold2]) -> None

Sets the collection thresholds.  Setting threshold0 to zero disables
collection.
"""
        _set_threshold(args_w)

    @function("($module, flags, /)")
    def set_debug(w_flags):
        """Set the garbage collection debugging flags.

  flags
    An integer that can have the following bits turned on:
      DEBUG_STATS - Print statistics during collection.
      DEBUG_COLLECTABLE - Print collectable objects found.
      DEBUG_UNCOLLECTABLE - Print unreachable but uncollectable objects
        found.
      DEBUG_SAVEALL - Save objects to gc.garbage rather than freeing them.
      DEBUG_LEAK - Debug leaking programs (everything but STATS).

Debugging information is written to sys.stderr."""
        STATE.debug = _c_int(w_flags)

    @function("($module, /)")
    def get_debug():
        """Get the garbage collection debugging flags."""
        return _int(STATE.debug)

    @function("($module, /, generation=None)")
    def get_objects(w_generation):
        """Return a list of objects tracked by the collector (excluding the list returned).

  generation
    Generation to extract the objects from.

If generation is not None, return only the objects tracked by the collector
that are in that generation."""
        from glass.objects.list import W_List
        from glass.objects.none import w_None
        # -1 is the C default that stands for None (gc_get_objects_impl).
        generation = -1
        if w_generation is not None and w_generation is not w_None and \
                not _is_minus_one(w_generation):
            if w_generation.ob_type.nb_index is None:
                from glass.objects.exceptions import type_error
                raise type_error("argument should be integer or None, not '%s'"
                                 % w_generation.ob_type.name)
            generation = _c_int(w_generation)
        audit("gc.get_objects", generation)
        if generation != -1:
            if generation >= 3:
                raise value_error("generation parameter must be less than the number "
                                  "of available generations (3)")
            if generation < 0:
                raise value_error("generation parameter cannot be negative")
            lists = collector.all_lists(generation)
        else:
            lists = collector.all_lists()
        found = []
        for objects in lists:
            for w_obj in objects.values():
                w_obj.ob_refcnt += 1
                found.append(w_obj)
        return W_List(found)

    @function("($module, /)")
    def get_stats():
        """Return a list of dictionaries containing per-generation statistics."""
        from glass.objects.dict import W_Dict
        from glass.objects.list import W_List
        items = []
        for generation in range(3):
            w_dict = W_Dict()
            collections, collected, uncollectable = STATE.stats[generation]
            for key, value in (("collections", collections),
                               ("collected", collected), ("uncollectable", uncollectable)):
                w_value = _int(value)
                w_dict.setitem_str(key, w_value)
                decref(w_value)
            items.append(w_dict)
        return W_List(items)

    @function("($module, obj, /)")
    def is_tracked(w_obj):
        """Returns true if the object is tracked by the garbage collector.

Simple atomic objects will return false."""
        from glass.objects.bool import new_bool
        return new_bool(is_tracked(w_obj))

    @function("($module, obj, /)")
    def is_finalized(w_obj):
        """Returns true if the object has been already finalized by the GC."""
        from glass.objects.bool import new_bool
        return new_bool(gctrack.is_gc(w_obj) and gctrack.is_finalized(w_obj))

    @function("($module, /)")
    def freeze():
        """Freeze all current tracked objects and ignore them for future collections.

This can be used before a POSIX fork() call to make the gc copy-on-write friendly.
Note: collection before a POSIX fork() call may free pages for future allocation
which can cause copy-on-write."""
        collector.freeze()

    @function("($module, /)")
    def unfreeze():
        """Unfreeze all objects in the permanent generation.

Put all objects in the permanent generation back into oldest generation."""
        collector.unfreeze()

    @function("($module, /)")
    def get_freeze_count():
        """Return the number of objects in the permanent generation."""
        return _int(len(STATE.permanent.objects))

    @no_text_signature
    @function("($module, *objs)", name="get_referrers")
    def get_referrers(objs_w):
        """get_referrers(*objs) -> list
Return the list of objects that directly refer to any of objs."""
        from glass.objects.list import W_List
        _audit_objects("gc.get_referrers", objs_w)
        wanted = set(id(w_obj) for w_obj in objs_w)
        found = []
        for objects in collector.all_lists():
            for w_obj in list(objects.values()):
                if any(id(w_child) in wanted for w_child in collector.referents(w_obj)):
                    w_obj.ob_refcnt += 1
                    found.append(w_obj)
        return W_List(found)

    @no_text_signature
    @function("($module, *objs)", name="get_referents")
    def get_referents(objs_w):
        """get_referents(*objs) -> list
Return the list of objects that are directly referred to by objs."""
        from glass.objects.list import W_List
        _audit_objects("gc.get_referents", objs_w)
        found = []

        def visit(w_child):
            w_child.ob_refcnt += 1
            found.append(w_child)
        for w_obj in objs_w:
            traverse = w_obj.ob_type.tp_traverse
            if traverse is not None and gctrack.is_gc(w_obj):
                traverse(w_obj, visit)
        return W_List(found)


def _audit_objects(event, objs_w):
    """get_referrers and get_referents: the event's one argument is the
    tuple of the objects asked about ("(O)")."""
    if should_audit():
        from glass.objects.tuple import new_tuple
        w_objs = new_tuple(list(objs_w))
        try:
            audit(event, w_objs)
        finally:
            decref(w_objs)


def _is_minus_one(w_generation):
    from glass.objects.int import W_Int
    return isinstance(w_generation, W_Int) and w_generation.value == -1


def _set_threshold(args_w):
    if not 1 <= len(args_w) <= 3:
        from glass.objects.exceptions import type_error
        raise type_error("set_threshold() takes at most 3 arguments (%d given)"
                         % len(args_w) if args_w else
                         "set_threshold() takes at least 1 argument (0 given)")
    for index, w_value in enumerate(args_w):
        STATE.generations[index].threshold = _c_int(w_value)


def init_module(w_module):
    from glass.objects.list import W_List
    d = w_module.w_dict
    for name in ("DEBUG_STATS", "DEBUG_COLLECTABLE", "DEBUG_UNCOLLECTABLE",
                 "DEBUG_SAVEALL", "DEBUG_LEAK"):
        w_value = _int(globals()[name])
        d.setitem_str(name, w_value)
        decref(w_value)
    d.setitem_str("garbage", collector.garbage_list())
    d.setitem_str("callbacks", collector.callbacks_list())


GcModule.init_module = staticmethod(init_module)
