"""Guest frame objects, made lazily for an interpreter frame.

Counterpart: Objects/frameobject.c (PyFrameObject).

The eval loop runs on glass.vm.frame.Frame; a W_Frame exists only once the
guest asks (a traceback, sys._getframe), as in 3.11, and reads the
interpreter frame while it runs.
"""
from __future__ import annotations

from glass.objects.gctrack import untrack as gc_untrack
from glass.objects.object import W_Object
from glass.objects.signature import no_text_signature
from glass.objects.type import HAVE_GC, NO_DOC, builtin_type, getter, method, setter, slot
from glass.vm.audit import audit


@builtin_type("frame", flags=HAVE_GC, doc=NO_DOC)
class W_Frame(W_Object):
    """A frame as the guest sees it."""
    __slots__ = ("frame", "owns_frame", "w_trace", "trace_lines", "trace_opcodes",
                 "trace_lineno", "trace_prev", "w_back", "w_fast_locals",
                 "fast_as_locals")

    def __init__(self, frame):
        W_Object.__init__(self, W_Frame.w_type)
        # _PyFrame_New_NoTrack: the collector watches a frame object only
        # once it owns a finished frame (take_ownership tracks it).
        gc_untrack(self)
        self.frame = frame
        self.owns_frame = False     # set when the frame finished before us
        self.w_back = None          # f_back, owned once the frame finished
        # The tracing fields of PyFrameObject (glass/vm/tracing.py uses them):
        self.w_trace = None         # f_trace, owned
        self.trace_lines = True     # f_trace_lines
        self.trace_opcodes = False  # f_trace_opcodes
        self.trace_lineno = 0       # f_lineno while a trace function runs, else 0
        self.trace_prev = -1        # the instruction the frame ran before (instr_prev)
        # A function frame's f_locals: one dict, refreshed from the fast
        # locals on each access (f_fast_as_locals says it was), and written
        # back after a trace function ran (PyFrame_LocalsToFast).
        self.w_fast_locals = None
        self.fast_as_locals = False

    @slot("tp_dealloc")
    def dealloc(self):
        w_trace, self.w_trace = self.w_trace, None
        if w_trace is not None:
            from glass.objects.object import decref
            decref(w_trace)
        w_back, self.w_back = self.w_back, None
        if w_back is not None:
            from glass.objects.object import decref
            decref(w_back)
        w_locals, self.w_fast_locals = self.w_fast_locals, None
        if w_locals is not None:
            from glass.objects.object import decref
            decref(w_locals)
        if self.owns_frame:
            # The finished frame's locals, function and code were ours
            # (take_ownership); release them as _PyFrame_Clear would have.
            self.owns_frame = False
            self.frame.release_owned()

    @slot("tp_traverse")
    def traverse(self, visit):
        """Counterpart: frame_traverse: f_back, f_trace, then the locals
        and the value stack of a frame the object owns."""
        if self.w_back is not None:
            visit(self.w_back)
        if self.w_trace is not None:
            visit(self.w_trace)
        if self.w_fast_locals is not None:
            visit(self.w_fast_locals)
        if self.owns_frame:
            self.frame.traverse(visit)

    @slot("tp_clear")
    def clear_refs(self):
        """Counterpart: frame_tp_clear: f_trace, then the locals and stack
        of a finished frame (its function and code stay)."""
        from glass.objects.object import decref
        w_trace, self.w_trace = self.w_trace, None
        if w_trace is not None:
            decref(w_trace)
        w_locals, self.w_fast_locals = self.w_fast_locals, None
        if w_locals is not None:
            decref(w_locals)
        if self.owns_frame:
            localsplus = self.frame.localsplus
            for index, w_value in enumerate(localsplus):
                if w_value is not None:
                    localsplus[index] = None
                    decref(w_value)
            self.frame.stacktop = self.frame.decoded.nlocalsplus

    @slot("tp_repr")
    def repr(self):
        from glass.objects.str import new_str
        code = self.frame.w_code.code
        return new_str("<frame at %#x, file '%s', line %s, code %s>" % (
            id(self), code.co_filename, self.frame.line_number(), code.co_name))

    @no_text_signature
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
            # frame_clear: a running generator's frame cannot be cleared; a
            # suspended one's is finalized (_PyGen_Finalize closes it).
            from glass.objects.genobject import FRAME_EXECUTING, gen_finalize
            if w_gen.frame_state == FRAME_EXECUTING:
                raise operation_error("RuntimeError", "cannot clear an executing frame")
            gen_finalize(w_gen)
            return
        localsplus = frame.localsplus
        for index, w_value in enumerate(localsplus):
            if w_value is not None:
                localsplus[index] = None
                decref(w_value)

    @getter("f_lineno")
    def get_lineno(self):
        """PyFrame_GetLineNumber: the line a trace function is told, else the
        running instruction's."""
        from glass.objects.int import new_int
        if self.trace_lineno:
            return new_int(self.trace_lineno)
        line = self.frame.line_number()
        if line is None:
            return None
        return new_int(line)

    @setter("f_lineno")
    def set_lineno(self, w_value):
        """frame_setlineno: a trace function jumps (glass/vm/tracing.py)."""
        from glass.vm.tracing import set_frame_lineno
        set_frame_lineno(self, w_value)

    @getter("f_lasti")
    def get_lasti(self):
        from glass.objects.int import new_int
        lasti = self.frame.lasti
        return new_int(lasti * 2 if lasti >= 0 else -1)

    @getter("f_builtins")
    def get_builtins(self):
        w_builtins = self.frame.w_builtins
        if w_builtins is None:
            from glass.objects.none import w_None
            w_builtins = w_None
        w_builtins.ob_refcnt += 1
        return w_builtins

    @getter("f_trace")
    def get_trace(self):
        w_trace = self.w_trace
        if w_trace is None:
            from glass.objects.none import w_None
            w_trace = w_None
        w_trace.ob_refcnt += 1
        return w_trace

    @setter("f_trace")
    def set_trace(self, w_value):
        from glass.objects.none import w_None
        from glass.objects.object import xdecref
        if w_value is w_None:
            w_value = None
        if w_value is not None:
            w_value.ob_refcnt += 1
            # glass/vm/tracing.py skips this bookkeeping while f_trace is None:
            # the frame is at its lasti now.
            self.trace_prev = self.frame.lasti
        w_old, self.w_trace = self.w_trace, w_value
        xdecref(w_old)

    @getter("f_trace_lines", member=True)
    def get_trace_lines(self):
        from glass.objects.bool import new_bool
        return new_bool(self.trace_lines)

    @setter("f_trace_lines")
    def set_trace_lines(self, w_value):
        self.trace_lines = _member_bool(w_value)

    @getter("f_trace_opcodes", member=True)
    def get_trace_opcodes(self):
        from glass.objects.bool import new_bool
        return new_bool(self.trace_opcodes)

    @setter("f_trace_opcodes")
    def set_trace_opcodes(self, w_value):
        self.trace_opcodes = _member_bool(w_value)

    @getter("f_code")
    def get_code(self):
        audit("object.__getattr__", self, "f_code")
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
        """PyFrame_FastToLocalsWithError: a function frame's dict, the same
        one each time, brought up to date."""
        from glass.modules.builtins import frame_locals
        frame = self.frame
        if frame.w_locals is not None:
            return frame_locals(frame)
        self.fast_to_locals()
        self.w_fast_locals.ob_refcnt += 1
        return self.w_fast_locals

    def fast_to_locals(self):
        from glass.bytecode.code import CO_FAST_FREE, CO_OPTIMIZED
        from glass.modules.builtins import frame_locals
        from glass.objects.object import decref
        frame = self.frame
        w_fresh = frame_locals(frame)
        w_dict = self.w_fast_locals
        if w_dict is None:
            self.w_fast_locals = w_fresh
        else:
            # Set the locals that have values, drop those that have none;
            # other keys (pdb's __return__) stay.
            code = frame.w_code.code
            for index, name in enumerate(code.co_localsplusnames):
                if code.co_localspluskinds[index] & CO_FAST_FREE and \
                        not code.co_flags & CO_OPTIMIZED:
                    continue
                w_value = w_fresh.getitem_str(name)
                if w_value is not None:
                    w_dict.setitem_str(name, w_value)
                else:
                    w_dict.delitem_str(name)
            decref(w_fresh)
        self.fast_as_locals = True

    def locals_to_fast(self):
        """PyFrame_LocalsToFast(f, 1): after a trace function, what it stored
        in f_locals becomes the frame's locals."""
        from glass.bytecode.code import CO_FAST_CELL, CO_FAST_FREE, CO_OPTIMIZED
        from glass.objects.funcobject import W_Cell
        from glass.objects.none import w_None
        from glass.objects.object import xdecref
        if not self.fast_as_locals:
            return
        self.fast_as_locals = False
        frame = self.frame
        w_dict = self.w_fast_locals
        localsplus = frame.localsplus
        if w_dict is None or frame.w_locals is not None or not localsplus:
            return
        code = frame.w_code.code
        for index, name in enumerate(code.co_localsplusnames):
            kind = code.co_localspluskinds[index]
            if kind & CO_FAST_FREE and not code.co_flags & CO_OPTIMIZED:
                continue
            w_value = w_dict.getitem_str(name)
            w_old = localsplus[index]
            if kind & (CO_FAST_CELL | CO_FAST_FREE) and isinstance(w_old, W_Cell):
                if w_value is not w_old.w_ref:
                    if w_value is not None:
                        w_value.ob_refcnt += 1
                    w_old_value, w_old.w_ref = w_old.w_ref, w_value
                    xdecref(w_old_value)
            elif w_value is not w_old:
                if w_value is None:
                    w_value = w_None          # "assigning None to unbound local"
                w_value.ob_refcnt += 1
                localsplus[index] = w_value
                xdecref(w_old)

    @getter("f_back")
    def get_back(self):
        if self.w_back is not None:
            self.w_back.ob_refcnt += 1
            return self.w_back
        if self.owns_frame:
            return None
        previous = self.frame.previous
        if previous is None:
            return None
        return frame_object(previous)


def _member_bool(w_value):
    """A T_BOOL member's setter (PyMember_SetOne)."""
    from glass.objects.bool import W_Bool
    from glass.objects.exceptions import type_error
    if w_value is None:
        raise type_error("can't delete numeric/char attribute")
    if not isinstance(w_value, W_Bool):
        raise type_error("attribute value type must be bool")
    return bool(w_value.value)


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
