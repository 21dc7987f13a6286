"""Interpreter frames, and the decoded form of a code object the loop runs.

Counterpart: Include/internal/pycore_frame.h (_PyInterpreterFrame) and
Python/frame.c.

A Frame is laid out as 3.11 lays one out: `localsplus` holds the fast
locals, then the cells and free variables, then the value stack, in one
list; `stacktop` is the index of the first free stack slot.  The guest sees
a frame object (glass/objects/frame.py) only when it asks for one
(sys._getframe, a traceback), made lazily as CPython does.
"""
from __future__ import annotations

from bisect import bisect_right
from operator import add

from glass.bytecode.code import (CO_FAST_CELL, CO_FAST_FREE, CO_OPTIMIZED, CO_VARARGS,
                                 CO_VARKEYWORDS)
from glass.bytecode.opcode import CACHE_ENTRIES, EXTENDED_ARG, HAVE_ARGUMENT
from glass.objects.object import dealloc, decref, xdecref

_MOST_CACHES = max(CACHE_ENTRIES)        # only the last units can run past the end
# Tables for bytes.translate over the opcodes: an instruction's inline cache
# entries, and 0xFF for an instruction that takes an argument (else 0).
_CACHE_COUNTS = bytes(CACHE_ENTRIES)
_ARG_MASKS = bytes(0xFF if op >= HAVE_ARGUMENT else 0 for op in range(256))


class DecodedCode:
    """A code object's instructions as two arrays, decoded once per code object.

    ops[i] and args[i] are the opcode and the full oparg (EXTENDED_ARG
    prefixes folded in) of the instruction at code unit i; next_pc[i] is the
    unit after its inline caches.  Decoding once keeps this work out of the
    dispatch loop, which only indexes.  The fast loop reads args and next_pc
    together, as the pairs of arg_next (one index instead of two); the ops
    stay their own list, which glass/vm/tracing.py rewrites in place.
    """
    __slots__ = ("ops", "args", "next_pc", "arg_next", "exception_entries", "nlocalsplus",
                 "stacksize", "cell_indexes", "free_start", "nfree",
                 "positional_argcount", "global_cache", "line_starts", "line_numbers")

    def __init__(self, code):
        raw = code.co_code
        count = len(raw) // 2
        # Whole-array steps in C rather than a loop per code unit: start-up
        # decodes every module body it runs.
        op_bytes = raw[0::2]
        ops = list(op_bytes)
        # An instruction below HAVE_ARGUMENT has no argument, whatever its
        # second byte says: one AND of two big integers clears those bytes.
        arg_mask = int.from_bytes(op_bytes.translate(_ARG_MASKS), "little")
        args = list((int.from_bytes(raw[1::2], "little") & arg_mask).to_bytes(count, "little"))
        if EXTENDED_ARG in ops:
            for i, op in enumerate(ops):
                if op == EXTENDED_ARG and i + 1 < count and ops[i + 1] >= HAVE_ARGUMENT:
                    args[i + 1] |= args[i] << 8     # chains fold left to right
        next_pc = list(map(add, range(1, count + 1), op_bytes.translate(_CACHE_COUNTS)))
        for i in range(max(0, count - _MOST_CACHES), count):
            if next_pc[i] > count:
                next_pc[i] = count
        self.ops = ops
        self.args = args
        self.next_pc = next_pc
        self.arg_next = list(zip(args, next_pc))
        # LOAD_GLOBAL's inline cache, per code unit (its CACHE entries in
        # CPython): (globals, its keys_version, the dict the name is in,
        # that dict's keys_version, the entry index), or None.
        self.global_cache = [None] * count
        self.exception_entries = [
            (e.start // 2, e.end // 2, e.target // 2, e.depth, e.lasti)
            for e in code.exception_entries()]
        self.nlocalsplus = len(code.co_localsplusnames)
        self.stacksize = code.co_stacksize
        kinds = code.co_localspluskinds
        self.cell_indexes = [i for i, k in enumerate(kinds) if k & CO_FAST_CELL]
        free = [i for i, k in enumerate(kinds) if k & CO_FAST_FREE]
        self.free_start = free[0] if free else self.nlocalsplus
        self.nfree = len(free)
        # How many positional arguments a call passes when they bind one to
        # one to the parameters, with nothing else to fill in (no *args,
        # **kwargs or keyword-only parameters): CALL's fast path.  -1: none
        # (nor for module-level code made a function: its locals are its
        # globals, see make_frame).
        simple = not (code.co_flags & (CO_VARARGS | CO_VARKEYWORDS) or code.co_kwonlyargcount
                      or not code.co_flags & CO_OPTIMIZED)
        self.positional_argcount = code.co_argcount if simple else -1
        self.line_starts = None        # line_table(code), made when a line is asked for
        self.line_numbers = None

    def handler_for(self, index):
        """The innermost exception-table entry covering code unit `index`."""
        for start, end, target, depth, lasti in self.exception_entries:
            if start <= index < end:
                return target, depth, lasti
        return None


def decoded(w_code):
    d = w_code.decoded
    if d is None:
        d = w_code.decoded = DecodedCode(w_code.code)
    return d


class Frame:
    """Counterpart: _PyInterpreterFrame."""
    __slots__ = ("w_code", "decoded", "w_func", "w_globals", "w_builtins",
                 "w_locals", "localsplus", "stacktop", "pc", "lasti",
                 "previous", "w_frame_obj", "is_entry", "w_retval", "w_gen")

    def __init__(self, w_code, w_func, w_globals, w_builtins, w_locals):
        d = w_code.decoded
        if d is None:
            d = decoded(w_code)
        # The frame owns its code and function (f_code and f_func are strong
        # references in 3.11): a function called straight off the stack must
        # outlive the stack slot that held it.  Globals and builtins are
        # borrowed from the function, as in CPython.
        w_code.ob_refcnt += 1
        if w_func is not None:
            w_func.ob_refcnt += 1
        self.w_code = w_code
        self.decoded = d
        self.w_func = w_func
        self.w_globals = w_globals
        self.w_builtins = w_builtins
        self.w_locals = w_locals           # owned, or None (module/class frames)
        self.localsplus = [None] * (d.nlocalsplus + d.stacksize)
        self.stacktop = d.nlocalsplus
        self.pc = 0                        # next code unit to execute
        self.lasti = -1                    # the instruction running (prev_instr)
        self.previous = None
        self.w_frame_obj = None
        self.is_entry = False              # the first frame of a host-level eval
        self.w_retval = None               # what an entry frame returned or yielded
        self.w_gen = None                  # the generator that owns the frame (borrowed)

    # --- the value stack (STACK_SHRINK, PUSH, POP, TOP, PEEK) ----------------

    def push(self, w_value):
        """Push a reference the stack now owns."""
        self.localsplus[self.stacktop] = w_value
        self.stacktop += 1

    def push_all(self, items):
        """Push each reference of a host list, its first item first."""
        top = self.stacktop
        self.localsplus[top:top + len(items)] = items
        self.stacktop = top + len(items)

    def pop(self):
        """Pop the top; the caller now owns the reference."""
        self.stacktop -= 1
        w_value = self.localsplus[self.stacktop]
        self.localsplus[self.stacktop] = None
        return w_value

    def top(self):
        return self.localsplus[self.stacktop - 1]

    def peek(self, n):
        """PEEK(n): the n-th item from the top, 1-based (borrowed)."""
        return self.localsplus[self.stacktop - n]

    def set_peek(self, n, w_value):
        self.localsplus[self.stacktop - n] = w_value

    def pop_n(self, n):
        """Pop n items and return them bottom-first (the caller owns them)."""
        top = self.stacktop
        items = self.localsplus[top - n:top]
        for i in range(top - n, top):
            self.localsplus[i] = None
        self.stacktop = top - n
        return items

    def stack_items(self):
        return self.localsplus[self.decoded.nlocalsplus:self.stacktop]

    # --- lifetime --------------------------------------------------------------

    def traverse(self, visit):
        """_PyFrame_Traverse: the frame object, f_locals, f_func, f_code,
        then the locals and the value stack: what the frame owns."""
        for w_value in (self.w_frame_obj, self.w_locals, self.w_func, self.w_code):
            if w_value is not None:
                visit(w_value)
        localsplus = self.localsplus
        for i in range(self.stacktop if localsplus else 0):
            w_value = localsplus[i]
            if w_value is not None:
                visit(w_value)

    def clear(self):
        """Release everything the frame owns (_PyFrame_Clear)."""
        w_frame_obj, self.w_frame_obj = self.w_frame_obj, None
        if w_frame_obj is not None and w_frame_obj.ob_refcnt > 1:
            # A traceback (or a sys._getframe() result) still shows this
            # frame: its frame object takes over the locals, the function
            # and the code (take_ownership in frameobject.c), so a local
            # lives as long as the traceback, as in CPython.
            w_frame_obj.owns_frame = True
            w_frame_obj.ob_refcnt -= 1
            if self.previous is not None and w_frame_obj.w_back is None:
                from glass.objects.frame import frame_object
                w_frame_obj.w_back = frame_object(self.previous)   # f_back, owned
            from glass.objects.gctrack import track
            track(w_frame_obj)
            return
        xdecref(w_frame_obj)
        self.release_owned()

    def release_owned(self):
        localsplus = self.localsplus
        self.localsplus = []
        for w_value in localsplus:
            if w_value is not None:
                w_value.ob_refcnt -= 1             # decref(), inline: the hot path
                if w_value.ob_refcnt == 0:
                    dealloc(w_value)
        w_locals, self.w_locals = self.w_locals, None
        xdecref(w_locals)
        self.stacktop = 0
        w_func, self.w_func = self.w_func, None
        xdecref(w_func)
        decref(self.w_code)

    def line_number(self):
        """The line of the instruction running (PyFrame_GetLineNumber)."""
        index = self.lasti if self.lasti >= 0 else 0
        d = self.decoded
        if d.line_starts is None:
            d.line_starts, d.line_numbers = line_table(self.w_code.code)
        return _line_in_table(d.line_starts, d.line_numbers, index * 2)


def line_at(code, index):
    """The source line of code unit `index` (PyCode_Addr2Line), or None."""
    starts, lines = line_table(code)
    return _line_in_table(starts, lines, index * 2)


def line_table(code):
    """The line table as two lists: the byte offset where each location
    entry starts, and its line; a last start marks the end of the code.
    A traceback entry asks for a line at every frame it passes, so frames
    keep this table (DecodedCode) rather than walk the table each time."""
    starts, lines = [], []
    end = 0
    for start, end, line in code.co_lines():
        starts.append(start)
        lines.append(line)
    starts.append(end)
    return starts, lines


def _line_in_table(starts, lines, offset):
    entry = bisect_right(starts, offset) - 1
    if 0 <= entry < len(lines):
        return lines[entry]
    return None
