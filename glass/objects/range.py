"""Guest range objects and their iterator.

Counterpart: Objects/rangeobject.c.  First version (the sequences helper
completes it: slicing, index, count, comparison, reversed).
"""
from __future__ import annotations

from glass.objects.object import W_Object
from glass.objects.type import SEQUENCE, builtin_type, getter, slot


@builtin_type("range", flags=SEQUENCE)
class W_Range(W_Object):
    """range(stop) -> range object
range(start, stop[, step]) -> range object

Return an object that produces a sequence of integers from start (inclusive)
to stop (exclusive) by step.  range(i, j) produces i, i+1, i+2, ..., j-1.
start defaults to 0, and stop is omitted!  range(4) produces 0, 1, 2, 3.
These are exactly the valid indices for a list of 4 elements.
When step is given, it specifies the increment (or decrement)."""
    __slots__ = ("start", "stop", "step")

    def __init__(self, start, stop, step):
        W_Object.__init__(self, W_Range.w_type)
        self.start, self.stop, self.step = start, stop, step

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        from glass.objects import abstract
        from glass.objects.exceptions import type_error, value_error
        if kwnames:
            raise type_error("range() takes no keyword arguments")
        n = len(args_w)
        if n == 0:
            raise type_error("range expected at least 1 argument, got 0")
        if n > 3:
            raise type_error("range expected at most 3 arguments, got %d" % n)
        values = [abstract.index(w).value for w in args_w]
        if n == 1:
            start, stop, step = 0, values[0], 1
        else:
            start, stop = values[0], values[1]
            step = values[2] if n == 3 else 1
        if step == 0:
            raise value_error("range() arg 3 must not be zero")
        return W_Range(start, stop, step)

    @slot("sq_length")
    def length(self):
        return len(range(self.start, self.stop, self.step))

    @slot("sq_item")
    def item(self, index):
        from glass.objects.exceptions import index_error
        from glass.objects.int import new_int
        r = range(self.start, self.stop, self.step)
        if not 0 <= index < len(r):
            raise index_error("range object index out of range")
        return new_int(r[index])

    @slot("sq_contains")
    def contains(self, w_item):
        from glass.objects.int import W_Int
        return type(w_item) is W_Int and w_item.value in range(self.start, self.stop, self.step)

    @slot("tp_iter")
    def iter(self):
        return W_RangeIter(self.start, self.step, len(range(self.start, self.stop, self.step)))

    @slot("tp_repr")
    def repr(self):
        from glass.objects.str import new_str
        if self.step == 1:
            return new_str("range(%d, %d)" % (self.start, self.stop))
        return new_str("range(%d, %d, %d)" % (self.start, self.stop, self.step))

    @getter("start")
    def get_start(self):
        from glass.objects.int import new_int
        return new_int(self.start)

    @getter("stop")
    def get_stop(self):
        from glass.objects.int import new_int
        return new_int(self.stop)

    @getter("step")
    def get_step(self):
        from glass.objects.int import new_int
        return new_int(self.step)


@builtin_type("range_iterator")
class W_RangeIter(W_Object):
    """An iterator over a range."""
    __slots__ = ("next_value", "step", "remaining")

    def __init__(self, start, step, count):
        W_Object.__init__(self, W_RangeIter.w_type)
        self.next_value, self.step, self.remaining = start, step, count

    @slot("tp_iter")
    def iter(self):
        self.ob_refcnt += 1
        return self

    @slot("tp_iternext")
    def iternext(self):
        if self.remaining <= 0:
            return None
        from glass.objects.int import new_int
        value = self.next_value
        self.next_value = value + self.step
        self.remaining -= 1
        return new_int(value)
