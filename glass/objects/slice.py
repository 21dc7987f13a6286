"""Guest slices.

Counterpart: Objects/sliceobject.c (PySliceObject).
"""
from __future__ import annotations

from glass.objects.object import W_Object, decref
from glass.objects.type import builtin_type, getter, slot


@builtin_type("slice")
class W_Slice(W_Object):
    """slice(stop)
slice(start, stop[, step])

Create a slice object.  This is used for extended slicing (e.g. a[0:10:2])."""
    __slots__ = ("w_start", "w_stop", "w_step")

    def __init__(self, w_start, w_stop, w_step):
        W_Object.__init__(self, W_Slice.w_type)
        for w in (w_start, w_stop, w_step):
            w.ob_refcnt += 1
        self.w_start, self.w_stop, self.w_step = w_start, w_stop, w_step

    @slot("tp_repr")
    def repr(self):
        from glass.objects import abstract
        from glass.objects.str import new_str
        return new_str("slice(%s, %s, %s)" % tuple(
            abstract.repr_text(w) for w in (self.w_start, self.w_stop, self.w_step)))

    @slot("tp_dealloc")
    def dealloc(self):
        decref(self.w_start)
        decref(self.w_stop)
        decref(self.w_step)

    @getter("start")
    def get_start(self):
        self.w_start.ob_refcnt += 1
        return self.w_start

    @getter("stop")
    def get_stop(self):
        self.w_stop.ob_refcnt += 1
        return self.w_stop

    @getter("step")
    def get_step(self):
        self.w_step.ob_refcnt += 1
        return self.w_step

    def indices(self, length):
        """PySlice_GetIndicesEx: (start, stop, step, slicelength) as host ints."""
        from glass.objects import abstract
        from glass.objects.none import w_None
        step = 1 if self.w_step is w_None else abstract.index_as_ssize(self.w_step)
        if step == 0:
            from glass.objects.exceptions import value_error
            raise value_error("slice step cannot be zero")
        start = None if self.w_start is w_None else abstract.index_as_ssize(self.w_start)
        stop = None if self.w_stop is w_None else abstract.index_as_ssize(self.w_stop)
        start, stop, step = slice(start, stop, step).indices(length)
        return start, stop, step, len(range(start, stop, step))


def new_slice(w_start, w_stop, w_step=None):
    from glass.objects.none import w_None
    return W_Slice(w_start, w_stop, w_step if w_step is not None else w_None)
