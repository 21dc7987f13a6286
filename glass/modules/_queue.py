"""The _queue module: SimpleQueue, the unbounded FIFO queue, and Empty.

Counterpart: Modules/_queuemodule.c.

The items are owned guest references in a host deque; a host condition
variable makes get() wait (with CPython's block/timeout rules) until another
thread puts an item.
"""
from __future__ import annotations

import threading as host_threading
import time as host_time
from collections import deque as host_deque

from glass.modules import builtin_module
from glass.objects import abstract
from glass.objects.exceptions import EXCEPTION_TYPES, OperationError, type_error, value_error
from glass.objects.object import W_Object, decref
from glass.objects.type import BASETYPE, HAVE_GC, builtin_type, method, slot
from glass.vm import gil

W_EMPTY = []            # [_queue.Empty], made with the module
HOST_TIMEOUT_MAX = host_threading.TIMEOUT_MAX


def _empty_error():
    return OperationError(abstract.call(W_EMPTY[0], []))


def _timeout(w_block, w_timeout):
    """The wait in seconds: None to wait forever, 0 not to wait."""
    from glass.objects.none import w_None
    block = abstract.is_true(w_block) if w_block is not None else True
    if not block:
        return 0.0
    if w_timeout is None or w_timeout is w_None:
        return None
    from glass.modules.math import as_double
    from glass.objects.float import W_Float
    from glass.objects.int import W_Int
    if not isinstance(w_timeout, (W_Int, W_Float)):
        raise type_error("'%s' object cannot be interpreted as an integer"
                         % w_timeout.ob_type.name)
    seconds = as_double(w_timeout)
    if seconds < 0:
        raise value_error("'timeout' must be a non-negative number")
    return seconds


@builtin_type("_queue.SimpleQueue", flags=BASETYPE | HAVE_GC)
class W_SimpleQueue(W_Object):
    """Simple, unbounded, reentrant FIFO queue."""
    __slots__ = ("items", "ready", "weakrefs")

    def __init__(self, w_type=None):
        W_Object.__init__(self, w_type or W_SimpleQueue.w_type)
        self.init_fields()

    def init_fields(self):
        self.items = host_deque()
        self.ready = host_threading.Condition(host_threading.Lock())
        self.weakrefs = None

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        # Argument Clinic's check: the type, or a subclass that keeps its __init__.
        checked = (w_type is W_SimpleQueue.w_type or
                   w_type.tp_init is W_SimpleQueue.w_type.tp_init)
        if kwnames and checked:
            raise type_error("SimpleQueue() takes no keyword arguments")
        if args_w and checked:
            raise type_error("SimpleQueue() takes no positional arguments")
        if w_type is W_SimpleQueue.w_type:
            return W_SimpleQueue()
        from glass.objects.typeobject import _new_instance
        self = _new_instance(w_type)
        self.init_fields()
        return self

    @method("($self, /, item, block=True, timeout=None)")
    def put(self, w_item, w_block, w_timeout):
        """Put the item on the queue.

The optional 'block' and 'timeout' arguments are ignored, as this method
never blocks.  They are provided for compatibility with the Queue class."""
        w_item.ob_refcnt += 1
        with self.ready:
            self.items.append(w_item)
            self.ready.notify()

    @method("($self, /, item)")
    def put_nowait(self, w_item):
        """Put an item into the queue without blocking.

This is exactly equivalent to `put(item)` and is only provided
for compatibility with the Queue class."""
        self.put(w_item, None, None)

    @method("($self, /, block=True, timeout=None)")
    def get(self, w_block, w_timeout):
        """Remove and return an item from the queue.

If optional args 'block' is true and 'timeout' is None (the default),
block if necessary until an item is available. If 'timeout' is
a non-negative number, it blocks at most 'timeout' seconds and raises
the Empty exception if no item was available within that time.
Otherwise ('block' is false), return an item if one is immediately
available, else raise the Empty exception ('timeout' is ignored
in that case)."""
        timeout = _timeout(w_block, w_timeout)
        deadline = None
        if timeout is not None and timeout != 0.0:
            deadline = host_time.monotonic() + min(timeout, HOST_TIMEOUT_MAX)
        while True:
            with self.ready:
                if self.items:
                    return self.items.popleft()      # the queue's reference passes on
            if timeout == 0.0:
                raise _empty_error()
            remaining = None
            if deadline is not None:
                remaining = deadline - host_time.monotonic()
                if remaining <= 0:
                    raise _empty_error()
            # Wait without the GIL (Py_BEGIN_ALLOW_THREADS, as _queuemodule.c
            # does), and never wait for the GIL while holding self.ready:
            # put() takes self.ready with the GIL held.
            with gil.released():
                with self.ready:
                    self.ready.wait_for(lambda: self.items, remaining)

    @method("($self, /)")
    def get_nowait(self):
        """Remove and return an item from the queue without blocking.

Only get an item if one is immediately available. Otherwise
raise the Empty exception."""
        from glass.objects.bool import w_False
        return self.get(w_False, None)

    @method("($self, /)")
    def empty(self):
        """Return True if the queue is empty, False otherwise (not reliable!)."""
        from glass.objects.bool import new_bool
        return new_bool(not self.items)

    @method("($self, /)")
    def qsize(self):
        """Return the approximate size of the queue (not reliable!)."""
        from glass.objects.int import new_int
        return new_int(len(self.items))

    @method("($type, alias, /)", kind="classmethod")
    def __class_getitem__(w_type, w_alias):
        """See PEP 585"""
        from glass.objects.tuple import generic_alias
        return generic_alias(w_type, w_alias)

    @slot("tp_dealloc")
    def dealloc(self):
        from glass.objects.weakrefobject import clear_weakrefs_if_any
        clear_weakrefs_if_any(self)
        self.clear_items()

    def clear_items(self):
        items, self.items = self.items, host_deque()
        for w_item in items:
            decref(w_item)

    @slot("tp_traverse")
    def traverse(self, visit):
        for w_item in self.items:
            visit(w_item)

    @slot("tp_clear")
    def clear(self):
        self.clear_items()


@builtin_module("_queue")
class QueueModule:
    """C implementation of the Python queue module.
This module is an implementation detail, please do not use it directly."""

    @staticmethod
    def init_module(w_module):
        from glass.objects.exceptions import new_exception_class
        from glass.objects.str import new_str
        from glass.objects.type import ready
        ready(W_SimpleQueue.w_type)
        if "__module__" not in W_SimpleQueue.w_type.dict:     # a heap type in CPython
            W_SimpleQueue.w_type.dict["__module__"] = new_str("_queue")
        if not W_EMPTY:
            w_empty = new_exception_class("_queue.Empty", EXCEPTION_TYPES["Exception"])
            w_doc = new_str("Exception raised by Queue.get(block=0)/get_nowait().")
            abstract.setattr(w_empty, new_str("__doc__"), w_doc)
            decref(w_doc)
            W_EMPTY.append(w_empty)
        w_module.w_dict.setitem_str("Empty", W_EMPTY[0])
        w_module.w_dict.setitem_str("SimpleQueue", W_SimpleQueue.w_type)

