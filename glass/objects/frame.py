"""Guest frame objects, made lazily for an interpreter frame.

Counterpart: Objects/frameobject.c (PyFrameObject).

The eval loop runs on glass.vm.frame.Frame; a W_Frame exists only once the
guest asks (a traceback, sys._getframe), as in 3.11, and reads the
interpreter frame while it runs.
"""
from __future__ import annotations

from glass.objects.object import W_Object
from glass.objects.type import HAVE_GC, builtin_type, getter, method, slot


@builtin_type("frame", flags=HAVE_GC)
class W_Frame(W_Object):
    """A frame as the guest sees it."""
    __slots__ = ("frame", "owns_frame")

    def __init__(self, frame):
        W_Object.__init__(self, W_Frame.w_type)
        self.frame = frame
        self.owns_frame = False     # set when the frame finished before us

    @slot("tp_dealloc")
    def dealloc(self):
        if self.owns_frame:
            # The finished frame's locals, function and code were ours
            # (take_ownership); release them as _PyFrame_Clear would have.
            self.owns_frame = False
            self.frame.release_owned()

    @slot("tp_traverse")
    def traverse(self, visit):
        if self.owns_frame:
            for w_value in self.frame.localsplus:
                if w_value is not None:
                    visit(w_value)
            for w_value in (self.frame.w_locals, self.frame.w_func):
                if w_value is not None:
                    visit(w_value)

    @slot("tp_repr")
    def repr(self):
        from glass.objects.str import new_str
        code = self.frame.w_code.code
        return new_str("<frame at %#x, file '%s', line %s, code %s>" % (
            id(self), code.co_filename, self.frame.line_number(), code.co_name))

    @method("($self, /)")
    def clear(self):
        """F.clear(): clear most references held by the frame"""
        from glass.objects.exceptions import operation_error
        from glass.objects.object import decref
        frame = self.frame
        if not self.owns_frame:
            w_gen = frame.w_gen
            if w_gen is None:
                raise operation_error("RuntimeError", "cannot clear an executing frame")
            # A suspended generator's frame: clearing it closes the generator.
            from glass.objects import abstract
            w_close = abstract.getattr_str(w_gen, "close")
            try:
                decref(abstract.call(w_close, []))
            finally:
                decref(w_close)
            return
        localsplus = frame.localsplus
        for index, w_value in enumerate(localsplus):
            if w_value is not None:
                localsplus[index] = None
                decref(w_value)

    @getter("f_lineno")
    def get_lineno(self):
        from glass.objects.int import new_int
        return new_int(self.frame.line_number() or 0)

    @getter("f_code")
    def get_code(self):
        w_code = self.frame.w_code
        w_code.ob_refcnt += 1
        return w_code

    @getter("f_globals")
    def get_globals(self):
        w_globals = self.frame.w_globals
        w_globals.ob_refcnt += 1
        return w_globals

    @getter("f_locals")
    def get_locals(self):
        from glass.modules.builtins import frame_locals
        return frame_locals(self.frame)

    @getter("f_back")
    def get_back(self):
        previous = self.frame.previous
        if previous is None:
            return None
        return frame_object(previous)


def frame_object(frame):
    """The frame's W_Frame, made on first request (_PyFrame_GetFrameObject)."""
    w_frame = frame.w_frame_obj
    if w_frame is None:
        # The interpreter frame owns this first reference and drops it when
        # it is cleared; the W_Frame keeps reading the finished frame's code
        # and last instruction, as 3.11's frame object takes over its data.
        w_frame = frame.w_frame_obj = W_Frame(frame)
    w_frame.ob_refcnt += 1
    return w_frame
