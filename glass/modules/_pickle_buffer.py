"""pickle.PickleBuffer: a buffer handed to the pickler for protocol 5.

Counterpart: Objects/picklebufobject.c.

A PickleBuffer holds the buffer of another object (a host memoryview of
it, as glass/objects/memoryobject.py does) and exposes it again through
the buffer protocol; raw() gives it as a flat memoryview of bytes, and
release() lets the exporter go (a bytearray may resize again).
"""
from __future__ import annotations

from glass.objects import stringlib
from glass.objects.exceptions import operation_error, type_error
from glass.objects.object import W_Object, decref
from glass.objects.type import HAVE_GC, builtin_type, method, slot


def _released_error():
    return operation_error("ValueError",
                           "operation forbidden on released PickleBuffer object")


@builtin_type("pickle.PickleBuffer", flags=HAVE_GC)
class W_PickleBuffer(W_Object):
    """Wrapper for potentially out-of-band buffers"""
    __slots__ = ("w_obj", "view", "weakrefs")

    def __init__(self, w_obj, view):
        from glass.objects.memoryobject import add_export
        W_Object.__init__(self, W_PickleBuffer.w_type)
        self.w_obj = w_obj
        w_obj.ob_refcnt += 1
        self.view = view
        self.weakrefs = None
        add_export(w_obj, 1)

    def getbuffer(self):
        """bf_getbuffer: the exporter's buffer as it is, in a view of its own
        (a consumer that releases it leaves this one alone)."""
        view = self.live_view()
        return view[:] if view.ndim else view.cast(view.format)

    def buffer_exporter(self):
        """The object a view of this buffer reports as its .obj: the
        original exporter, since C's bf_getbuffer asks that object again
        (memoryview(PickleBuffer(b)).obj is b).  Hook for new_memoryview."""
        return self.w_obj

    def live_view(self):
        if self.view is None:
            raise _released_error()
        return self.view

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        # PyArg_ParseTupleAndKeywords("O:PickleBuffer") with one nameless
        # positional parameter.
        if kwnames:
            raise type_error("'%s' is an invalid keyword argument for PickleBuffer()"
                             % kwnames[0])
        if len(args_w) != 1:
            if not args_w:
                raise type_error("PickleBuffer() takes exactly 1 positional argument "
                                 "(0 given)")
            raise type_error("PickleBuffer() takes at most 1 argument (%d given)"
                             % len(args_w))
        w_buffer = args_w[0]
        data = stringlib.getbuffer(w_buffer)
        if data is None:
            raise type_error("a bytes-like object is required, not '%s'"
                             % w_buffer.ob_type.name)
        view = data if isinstance(data, memoryview) else memoryview(data)
        return W_PickleBuffer(w_buffer, view)

    @method("($self, /)")
    def raw(self):
        """Return a memoryview of the raw memory underlying this buffer.
Will raise BufferError is the buffer isn't contiguous."""
        from glass.objects.memoryobject import W_MemoryView
        view = self.live_view()
        if not view.contiguous:
            raise operation_error("BufferError", "cannot extract raw buffer from "
                                  "non-contiguous buffer")
        if view.ndim != 1 or view.format != "B":
            flat = view.cast("B") if view.c_contiguous else \
                memoryview(view.tobytes()).cast("B")
        else:
            flat = view[:]
        # The view's .obj is the exporter itself, as C re-exports its buffer.
        return W_MemoryView(self.w_obj, flat)

    @method("($self, /)")
    def release(self):
        """Release the underlying buffer exposed by the PickleBuffer object."""
        from glass.objects.memoryobject import add_export
        if self.view is not None:
            self.view.release()
            self.view = None
            add_export(self.w_obj, -1)

    @slot("tp_traverse")
    def traverse(self, visit):
        if self.w_obj is not None:
            visit(self.w_obj)

    @slot("tp_clear")
    def clear(self):
        W_PickleBuffer.release(self)

    @slot("tp_dealloc")
    def dealloc(self):
        if self.weakrefs:
            from glass.objects.weakrefobject import clear_weakrefs
            clear_weakrefs(self)
        W_PickleBuffer.release(self)
        w_obj = self.w_obj
        self.w_obj = None
        if w_obj is not None:
            decref(w_obj)
