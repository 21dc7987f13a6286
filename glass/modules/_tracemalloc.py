"""The _tracemalloc module: tracing of memory blocks, as far as Glass has any.

Counterpart: Modules/_tracemalloc.c.

Glass allocates guest objects as host objects and has no allocator of its
own to hook, so no memory block is ever traced: start() and stop() switch
the tracing flag and the traceback limit (with CPython's argument checks),
and every query answers as CPython's does for a program that allocated
nothing while tracing: no traces, zero sizes, no object tracebacks.
"""
from __future__ import annotations

from glass.modules import builtin_module, function
from glass.objects import abstract
from glass.objects.exceptions import value_error
from glass.objects.object import decref

MAX_NFRAME = 65535


class TracemallocState:
    tracing = False
    traceback_limit = 1


def _none():
    from glass.objects.none import w_None
    w_None.ob_refcnt += 1
    return w_None


def _int(value):
    from glass.objects.int import new_int
    return new_int(value)


@builtin_module("_tracemalloc")
class TracemallocModule:
    """Debug module to trace memory blocks allocated by Python."""

    @function("($module, /)")
    def is_tracing():
        """Return True if the tracemalloc module is tracing Python memory allocations."""
        from glass.objects.bool import new_bool
        return new_bool(TracemallocState.tracing)

    @function("($module, /)")
    def clear_traces():
        """Clear traces of memory blocks allocated by Python."""

    @function("($module, /)")
    def _get_traces():
        """Get traces of all memory blocks allocated by Python.

Return a list of (size: int, traceback: tuple) tuples.
traceback is a tuple of (filename: str, lineno: int) tuples.

Return an empty list if the tracemalloc module is disabled."""
        from glass.objects.list import W_List
        return W_List([])

    @function("($module, obj, /)")
    def _get_object_traceback(w_obj):
        """Get the traceback where the Python object obj was allocated.

Return a tuple of (filename: str, lineno: int) tuples.
Return None if the tracemalloc module is disabled or did not
trace the allocation of the object."""
        return _none()

    @function("($module, nframe=1, /)")
    def start(w_nframe):
        """Start tracing Python memory allocations.

Also set the maximum number of frames stored in the traceback of a
trace to nframe."""
        nframe = 1
        if w_nframe is not None:
            w_int = abstract.index(w_nframe)
            nframe = w_int.value
            decref(w_int)
        if not 1 <= nframe <= MAX_NFRAME:
            raise value_error("the number of frames must be in range [1; %d]" % MAX_NFRAME)
        TracemallocState.traceback_limit = nframe
        TracemallocState.tracing = True

    @function("($module, /)")
    def stop():
        """Stop tracing Python memory allocations.

Also clear traces of memory blocks allocated by Python."""
        TracemallocState.tracing = False

    @function("($module, /)")
    def get_traceback_limit():
        """Get the maximum number of frames stored in the traceback of a trace.

By default, a trace of an allocated memory block only stores
the most recent frame: the limit is 1."""
        return _int(TracemallocState.traceback_limit)

    @function("($module, /)")
    def get_traced_memory():
        """Get the current size and peak size of memory blocks traced by tracemalloc.

Returns a tuple: (current: int, peak: int)."""
        from glass.objects.tuple import new_tuple_owned
        return new_tuple_owned([_int(0), _int(0)])

    @function("($module, /)")
    def get_tracemalloc_memory():
        """Get the memory usage in bytes of the tracemalloc module.

This memory is used internally to trace memory allocations."""
        return _int(0)

    @function("($module, /)")
    def reset_peak():
        """Set the peak size of memory blocks traced by tracemalloc to the current size.

Do nothing if the tracemalloc module is not tracing memory allocations."""
