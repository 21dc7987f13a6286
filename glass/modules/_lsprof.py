"""The _lsprof module: the deterministic profiler behind cProfile.

Counterpart: Modules/_lsprof.c.

A Profiler installs itself as the running thread's profile function (as
_PyEval_SetProfile with a C callback does: sys.getprofile() returns the
Profiler), and turns the 'call'/'return' events of Python frames and the
'c_call'/'c_return'/'c_exception' events of builtins into entries: one per
code object or builtin (keyed by its C function, as m_ml is), each with its
call counts, total and inline time, and per-caller subentries.  Times are
kept as integers of the timer's unit (nanoseconds for the default timer)
and scaled by getstats(), as _PyTime_t values are.
"""
from __future__ import annotations

import time as host_time

from glass.modules import builtin_module
from glass.objects import abstract
from glass.objects.exceptions import OperationError, type_error
from glass.objects.object import W_Object, decref, xdecref
from glass.objects.type import BASETYPE, HAVE_GC, builtin_type, method, slot

_ENTRY_TYPES = []           # [profiler_entry, profiler_subentry], made with the module


class _SubEntry:
    """ProfilerSubEntry: the calls of one callee from one caller."""
    __slots__ = ("tt", "it", "callcount", "recursivecallcount", "recursion_level")

    def __init__(self):
        self.tt = self.it = 0
        self.callcount = self.recursivecallcount = self.recursion_level = 0


class _Entry:
    """ProfilerEntry: one function's totals; `calls` maps callee key -> _SubEntry."""
    __slots__ = ("w_user", "key", "tt", "it", "callcount", "recursivecallcount",
                 "recursion_level", "calls")

    def __init__(self, key, w_user):
        self.key = key
        self.w_user = w_user          # owned: the code object, or a str naming a builtin
        self.tt = self.it = 0
        self.callcount = self.recursivecallcount = self.recursion_level = 0
        self.calls = {}


class _Context:
    """ProfilerContext: one call in progress."""
    __slots__ = ("t0", "subt", "previous", "entry")

    def __init__(self, entry, previous, t0):
        self.entry = entry
        self.previous = previous
        self.subt = 0
        self.t0 = t0


POF_ENABLED, POF_SUBCALLS, POF_BUILTINS = 0x001, 0x002, 0x004


@builtin_type("_lsprof.Profiler", flags=BASETYPE | HAVE_GC)
class W_Profiler(W_Object):
    """Profiler(timer=None, timeunit=None, subcalls=True, builtins=True)

    Builds a profiler object using the specified timer function.
    The default timer is a fast built-in one based on real time.
    For custom timer functions returning integers, timeunit can
    be a float specifying a scale (i.e. how long each integer unit
    is, in seconds).
"""
    __slots__ = ("entries", "context", "flags", "w_timer", "timeunit")

    def __init__(self, w_type=None):
        W_Object.__init__(self, w_type or W_Profiler.w_type)
        self.init_fields()

    def init_fields(self):
        self.entries = {}           # key -> _Entry, in the order first seen
        self.context = None         # the innermost _Context
        self.flags = POF_SUBCALLS | POF_BUILTINS
        self.w_timer = None
        self.timeunit = 0.0

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        if w_type is W_Profiler.w_type:
            return W_Profiler()
        from glass.objects.typeobject import _new_instance
        w_obj = _new_instance(w_type)
        w_obj.init_fields()
        return w_obj

    @slot("tp_init")
    def init(self, args_w, kwnames):
        """profiler_init: "|Odii:Profiler" (timer, timeunit, subcalls, builtins)."""
        values = _parse(args_w, kwnames, ("timer", "timeunit", "subcalls", "builtins"),
                        "Profiler")
        w_timer, w_timeunit, w_subcalls, w_builtins = values
        from glass.objects.none import w_None
        timeunit = 0.0
        if w_timeunit is not None:
            from glass.modules.math import as_double
            timeunit = as_double(w_timeunit)
        subcalls = abstract.index_as_ssize(w_subcalls) if w_subcalls is not None else -1
        builtins = abstract.index_as_ssize(w_builtins) if w_builtins is not None else -1
        self.set_flags(subcalls, builtins)
        self.timeunit = timeunit
        if w_timer is w_None:
            w_timer = None
        if w_timer is not None:
            w_timer.ob_refcnt += 1
        w_old, self.w_timer = self.w_timer, w_timer
        xdecref(w_old)

    def set_flags(self, subcalls, builtins):
        """setSubcalls / setBuiltins: -1 leaves a flag as it is."""
        if subcalls == 0:
            self.flags &= ~POF_SUBCALLS
        elif subcalls > 0:
            self.flags |= POF_SUBCALLS
        if builtins == 0:
            self.flags &= ~POF_BUILTINS
        elif builtins > 0:
            self.flags |= POF_BUILTINS

    @slot("tp_dealloc")
    def dealloc(self):
        if self.flags & POF_ENABLED:
            from glass.vm import tracing
            if tracing.get_profile() is self:
                tracing.set_profile(None)
        self.clear_entries()
        w_timer, self.w_timer = self.w_timer, None
        xdecref(w_timer)

    @slot("tp_traverse")
    def traverse(self, visit):
        if self.w_timer is not None:
            visit(self.w_timer)

    # --- the guest methods ------------------------------------------------------

    @method("($self, /, *args, **kwargs)", name="enable")
    def enable(self, args_w, kwargs):
        """enable(subcalls=True, builtins=True)

Start collecting profiling information.
If 'subcalls' is True, also records for each function
statistics separated according to its current caller.
If 'builtins' is True, records the time spent in
built-in functions separately from their caller.
"""
        kwnames = tuple(kwargs)
        values = _parse(list(args_w) + list(kwargs.values()), kwnames,
                        ("subcalls", "builtins"), "enable")
        subcalls = -1 if values[0] is None else abstract.is_true(values[0])
        builtins = -1 if values[1] is None else abstract.is_true(values[1])
        self.set_flags(int(subcalls), int(builtins))
        from glass.vm import tracing
        tracing.set_profile(self, _profiler_callback)
        self.flags |= POF_ENABLED

    @method("($self, /)")
    def disable(self):
        """disable()

Stop collecting profiling information.
"""
        from glass.vm import tracing
        tracing.set_profile(None)
        self.flags &= ~POF_ENABLED
        self.flush_unmatched()

    @method("($self, /)")
    def getstats(self):
        """list of profiler_entry objects.

getstats() -> list of profiler_entry objects

Return all information collected by the profiler.
Each profiler_entry is a tuple-like object with the
following attributes:

    code          code object
    callcount     how many times this was called
    reccallcount  how many times called recursively
    totaltime     total time in this entry
    inlinetime    inline time in this entry (not in subcalls)
    calls         details of the calls

The calls attribute is either None or a list of
profiler_subentry objects:

    code          called code object
    callcount     how many times this is called
    reccallcount  how many times this is called recursively
    totaltime     total time spent in this call
    inlinetime    inline time (not in further subcalls)
"""
        from glass.objects.float import new_float
        from glass.objects.int import new_int
        from glass.objects.list import W_List
        from glass.objects.none import new_none
        from glass.objects.structseq import new_structseq
        w_entry_type, w_subentry_type = _ENTRY_TYPES
        if self.w_timer is None or self.timeunit == 0.0:
            factor = 1e-9
        else:
            factor = self.timeunit
        w_result = W_List([])
        for entry in list(self.entries.values()):
            if entry.callcount == 0:
                continue
            if entry.calls:
                w_calls = W_List([])
                for callee_key, sub in entry.calls.items():
                    callee = self.entries[callee_key]
                    callee.w_user.ob_refcnt += 1
                    w_sub = new_structseq(w_subentry_type, [
                        callee.w_user, new_int(sub.callcount),
                        new_int(sub.recursivecallcount),
                        new_float(factor * sub.tt), new_float(factor * sub.it)])
                    w_calls.append(w_sub)
                    decref(w_sub)
            else:
                w_calls = new_none()
            entry.w_user.ob_refcnt += 1
            w_info = new_structseq(w_entry_type, [
                entry.w_user, new_int(entry.callcount), new_int(entry.recursivecallcount),
                new_float(factor * entry.tt), new_float(factor * entry.it), w_calls])
            w_result.append(w_info)
            decref(w_info)
        return w_result

    @method("($self, /)")
    def clear(self):
        """clear()

Clear all profiling information collected so far.
"""
        self.clear_entries()

    # --- the machinery ------------------------------------------------------------

    def clear_entries(self):
        entries, self.entries = self.entries, {}
        self.context = None
        for entry in entries.values():
            decref(entry.w_user)

    def flush_unmatched(self):
        """Stop the calls still in progress (disable() in the middle of them)."""
        while self.context is not None:
            context = self.context
            if context.entry is not None:
                self.stop(context, context.entry)
            else:
                self.context = context.previous

    def call_timer(self):
        """call_timer: the default clock in nanoseconds, or the user's timer
        (seconds as a float, or integers of `timeunit`)."""
        if self.w_timer is None:
            return host_time.perf_counter_ns()
        try:
            w_result = abstract.call(self.w_timer, [], None)
        except OperationError as error:
            from glass.vm.traceback import write_unraisable
            write_unraisable(error, None, self.w_timer)
            return 0
        try:
            from glass.modules.math import as_double
            from glass.objects.int import W_Int
            if self.timeunit > 0.0 and isinstance(w_result, W_Int):
                return w_result.value
            import math
            return int(math.floor(as_double(w_result) * 1e9))
        except OperationError as error:
            from glass.vm.traceback import write_unraisable
            write_unraisable(error, None, self.w_timer)
            return 0
        finally:
            decref(w_result)

    def enter_call(self, key, w_user):
        """ptrace_enter_call + initContext."""
        entry = self.entries.get(key)
        if entry is None:
            entry = self.entries[key] = _Entry(key, _normalize_user_object(w_user))
        previous = self.context
        self.context = context = _Context(entry, previous, 0)
        entry.recursion_level += 1
        if self.flags & POF_SUBCALLS and previous is not None:
            sub = previous.entry.calls.get(key)
            if sub is None:
                sub = previous.entry.calls[key] = _SubEntry()
            sub.recursion_level += 1
        context.t0 = self.call_timer()

    def leave_call(self, key):
        """ptrace_leave_call."""
        context = self.context
        if context is None:
            return
        entry = self.entries.get(key)
        if entry is not None:
            self.stop(context, entry)
        else:
            self.context = context.previous

    def stop(self, context, entry):
        """Stop: account the finished call to its entry and its caller's subentry."""
        tt = self.call_timer() - context.t0
        it = tt - context.subt
        previous = context.previous
        if previous is not None:
            previous.subt += tt
        self.context = previous
        entry.recursion_level -= 1
        if entry.recursion_level == 0:
            entry.tt += tt
        else:
            entry.recursivecallcount += 1
        entry.it += it
        entry.callcount += 1
        if self.flags & POF_SUBCALLS and previous is not None:
            sub = previous.entry.calls.get(entry.key)
            if sub is not None:
                sub.recursion_level -= 1
                if sub.recursion_level == 0:
                    sub.tt += tt
                else:
                    sub.recursivecallcount += 1
                sub.it += it
                sub.callcount += 1


def _profiler_callback(w_profiler, frame, what, w_arg):
    """profiler_callback: the events, as the profile function of a thread."""
    from glass.objects.descr import W_BuiltinFunction
    from glass.vm import tracing
    if what == tracing.TRACE_CALL:
        w_profiler.enter_call(frame.w_code, frame.w_code)
    elif what == tracing.TRACE_RETURN:
        w_profiler.leave_call(frame.w_code)
    elif what == tracing.TRACE_C_CALL:
        if w_profiler.flags & POF_BUILTINS and isinstance(w_arg, W_BuiltinFunction):
            w_profiler.enter_call(_builtin_key(w_arg), w_arg)
    elif what == tracing.TRACE_C_RETURN or what == tracing.TRACE_C_EXCEPTION:
        if w_profiler.flags & POF_BUILTINS and isinstance(w_arg, W_BuiltinFunction):
            w_profiler.leave_call(_builtin_key(w_arg))


def _builtin_key(w_func):
    """What m_ml is to CPython: one key for a builtin however it is bound."""
    return ("builtin", w_func.func, w_func.name)


def _normalize_user_object(w_obj):
    """normalizeUserObj: a code object as it is (a new reference); a builtin
    as a string naming it, so that no receiver is kept alive."""
    from glass.objects.descr import W_BuiltinFunction
    from glass.objects.str import new_str
    if not isinstance(w_obj, W_BuiltinFunction):
        w_obj.ob_refcnt += 1
        return w_obj
    w_self = w_obj.w_self
    if w_self is None:
        return new_str("<%s>" % w_obj.name)
    if w_obj.pass_self:
        w_method = w_self.ob_type.lookup(w_obj.name)
        if w_method is not None:
            try:
                return abstract.repr(w_method)
            except OperationError as error:
                decref(error.w_value)
    module = w_obj._module_name()
    if module is not None:
        return new_str("<built-in method %s.%s>" % (module, w_obj.name))
    return new_str("<built-in method %s>" % w_obj.name)


def _parse(args_w, kwnames, names, function_name):
    """PyArg_ParseTupleAndKeywords for optional arguments only."""
    nkw = len(kwnames) if kwnames else 0
    npos = len(args_w) - nkw
    if npos + nkw > len(names) or npos > len(names):
        raise type_error("%s() takes at most %d argument%s (%d given)"
                         % (function_name, len(names), "" if len(names) == 1 else "s",
                            npos + nkw))
    values = list(args_w[:npos]) + [None] * (len(names) - npos)
    for i in range(nkw):
        name = kwnames[i]
        if name not in names:
            raise type_error("'%s' is an invalid keyword argument for %s()"
                             % (name, function_name))
        index = names.index(name)
        if index < npos:
            raise type_error("argument for %s() given by name ('%s') and position (%d)"
                             % (function_name, name, index + 1))
        values[index] = args_w[npos + i]
    return values


@builtin_module("_lsprof")
class LsprofModule:
    """Fast profiler"""

    @staticmethod
    def init_module(w_module):
        from glass.objects.str import new_str
        from glass.objects.structseq import make_structseq_type
        from glass.objects.type import ready
        ready(W_Profiler.w_type)
        if "__module__" not in W_Profiler.w_type.dict:     # a heap type in CPython
            W_Profiler.w_type.dict["__module__"] = new_str("_lsprof")
        if not _ENTRY_TYPES:
            _ENTRY_TYPES.append(make_structseq_type("_lsprof.profiler_entry", [
                ("code", "code object or built-in function name"),
                ("callcount", "how many times this was called"),
                ("reccallcount", "how many times called recursively"),
                ("totaltime", "total time in this entry"),
                ("inlinetime", "inline time in this entry (not in subcalls)"),
                ("calls", "details of the calls")], None))
            _ENTRY_TYPES.append(make_structseq_type("_lsprof.profiler_subentry", [
                ("code", "called code object or built-in function name"),
                ("callcount", "how many times this is called"),
                ("reccallcount", "how many times this is called recursively"),
                ("totaltime", "total time spent in this call"),
                ("inlinetime", "inline time (not in further subcalls)")], None))
        w_module.w_dict.setitem_str("Profiler", W_Profiler.w_type)
        w_module.w_dict.setitem_str("profiler_entry", _ENTRY_TYPES[0])
        w_module.w_dict.setitem_str("profiler_subentry", _ENTRY_TYPES[1])
