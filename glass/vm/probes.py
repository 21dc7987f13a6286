"""The watching API: attach a probe, and the VM reports what it does.

Counterpart: the tracing machinery of Python/ceval.c (DO_TRACING,
call_trace, call_exc_trace, TRACE_FUNCTION_ENTRY/EXIT) and of
Python/sysmodule.c (sys.settrace, sys.setprofile), which later sits on top
of this module.

Watching costs nothing when nobody watches: the plain loop of ceval.py has
no test for probes.  `attach` makes every later entry into the eval loop run
`probed_loop`, an instrumented copy of `ceval._loop` (it wins over the
generated fast tier too), and `detach` of the last probe switches back.

sys.settrace and sys.setprofile (glass/vm/tracing.py) must also see loops
that are already running when they start, so they watch another way, as
3.11's DO_TRACING does: they rewrite the running code's instructions to one
that reports and then runs the real instruction, and set an entry hook here
(set_entry_hook) for the frames that start later.

A probe is any object with these methods (the Probe class gives no-op ones):

    call(frame)                     a frame runs its first instruction
    before_instruction(frame, index, op, oparg)
                                    an instruction is about to run (the value
                                    stack is as it finds it); only probes that
                                    override it are asked, so the others pay
                                    nothing for it
    resume(frame)                   a generator's frame is resumed
    instruction(frame, index, op, oparg)
                                    one instruction ran (index in code units;
                                    the value stack is as it left it)
    return_(frame, w_value, how)    the frame returned w_value, or yielded
                                    it (how: "return", "yield", "generator")
    exception(frame, w_exc)         an exception is raised in, or passes
                                    through, the frame
    unwind(frame)                   the frame is left by an exception

Memory, the collector and the GIL are watched apart from instructions, each
free while nobody watches (see the sections at the end of this module):

    watch_memory(watcher)           watcher.refcount_changed(w_obj, old, new)
                                    for every write of an ob_refcnt (old is
                                    None when the object is being allocated)
    watch_collector(watcher)        watcher.collection_started(generation,
                                    examined), .collection_unreachable(
                                    generation, unreachable) and
                                    .collection_stopped(generation, counts)
    watch_gil(watcher)              watcher.gil_event(kind, tstate, cause):
                                    kind "request", "drop" or "take"
"""
from __future__ import annotations

from glass.bytecode.opcode import OPMAP
from glass.objects.exceptions import OperationError
from glass.objects.object import W_Object

_RETURN_VALUE = OPMAP["RETURN_VALUE"]
_YIELD_VALUE = OPMAP["YIELD_VALUE"]
_RETURN_GENERATOR = OPMAP["RETURN_GENERATOR"]

PROBES = []               # the attached probes, in attachment order
BEFORE_PROBES = []        # those of them that override before_instruction


class Probe:
    """A probe that watches nothing: subclass it and override what you need."""

    def call(self, frame):
        pass

    def resume(self, frame):
        pass

    def before_instruction(self, frame, index, op, oparg):
        pass

    def instruction(self, frame, index, op, oparg):
        pass

    def return_(self, frame, w_value, how):
        pass

    def exception(self, frame, w_exc):
        pass

    def unwind(self, frame):
        pass


def attach(probe):
    """Start reporting to `probe`; entries into the eval loop from now on run
    the instrumented loop."""
    PROBES.append(probe)
    _sort_before_probes()
    _select_loop()
    return probe


def detach(probe):
    """Stop reporting to `probe`; with no probe left, the plain loop returns."""
    PROBES.remove(probe)
    _sort_before_probes()
    _select_loop()


# The entry hook: glass/vm/tracing.py sets it while a thread has a trace or
# profile function.  It is called as hook(tstate, frame, error) on every
# entry into the eval loop (error: what gen.throw() raises at the frame's
# suspension point, or None) and returns the frame to run, having handled
# the error itself; a loop already running learns of tracing through the
# DO_TRACING instructions tracing.py writes into the code (see there).
_ENTRY_HOOK = [None]


def set_entry_hook(hook):
    _ENTRY_HOOK[0] = hook
    _select_loop()


def _select_loop():
    from glass.vm import ceval
    if _ENTRY_HOOK[0] is not None:
        ceval.set_probe_loop(_watched_entry)
    else:
        ceval.set_probe_loop(probed_loop if PROBES else None)


def _watched_entry(tstate, frame, error=None):
    from glass.vm import ceval
    hook = _ENTRY_HOOK[0]
    if hook is not None:
        frame = hook(tstate, frame, error)
    elif error is not None:
        frame = ceval.handle_error(tstate, frame, error)
    if PROBES:
        return probed_loop(tstate, frame)
    return ceval._default_loop(tstate, frame)


def _sort_before_probes():
    # Updated in place: a running probed_loop holds the list itself.
    BEFORE_PROBES[:] = [probe for probe in PROBES
                        if getattr(type(probe), "before_instruction", Probe.before_instruction)
                        is not Probe.before_instruction]


def _entered(frame):
    if frame.lasti < 0:
        for probe in PROBES:
            probe.call(frame)
    else:
        for probe in PROBES:
            probe.resume(frame)


def _returned(frame, op, w_value):
    how = "yield" if op == _YIELD_VALUE else \
        "generator" if op == _RETURN_GENERATOR else "return"
    for probe in PROBES:
        probe.return_(frame, w_value, how)


def _unwound(start, stop, w_exc):
    """Report the frames an exception left, from `start` up to (not
    including) `stop`, and the exception arriving in `stop`."""
    frame = start
    while frame is not None and frame is not stop:
        for probe in PROBES:
            probe.unwind(frame)
        if frame.is_entry:
            break                       # the loop's first frame: the rest is the host's
        frame = frame.previous
        if frame is not None and frame is not stop:
            for probe in PROBES:
                probe.exception(frame, w_exc)
    if stop is not None and stop is not start:
        for probe in PROBES:
            probe.exception(stop, w_exc)


def probed_loop(tstate, frame, error=None):
    """`ceval._loop` with the probe calls.  Keep the two in step.  With
    `error`, gen.throw() raised it at the frame's suspension point."""
    from glass.vm import ceval
    handlers = ceval.HANDLERS
    EXIT = ceval.EXIT
    probes = PROBES
    before_probes = BEFORE_PROBES
    _entered(frame)
    if error is not None:
        for probe in probes:
            probe.exception(frame, error.w_value)
        start = frame
        try:
            frame = ceval.handle_error(tstate, frame, error)
        except OperationError:
            _unwound(start, None, error.w_value)
            raise
        _unwound(start, frame, error.w_value)
    while True:
        decoded = frame.decoded
        ops, args, next_pc = decoded.ops, decoded.args, decoded.next_pc
        try:
            while True:
                pc = frame.pc
                op = ops[pc]
                oparg = args[pc]
                frame.lasti = pc
                if before_probes:
                    # lasti is already this instruction's: an exception a
                    # probe raises here (a step limit ending a thread) is
                    # handled as raised by it.
                    for probe in before_probes:
                        probe.before_instruction(frame, pc, op, oparg)
                frame.pc = next_pc[pc]
                switch = handlers[op](frame, oparg)
                for probe in probes:
                    probe.instruction(frame, pc, op, oparg)
                if switch is not None:
                    if switch is EXIT:
                        w_retval = frame.w_retval
                        frame.w_retval = None
                        _returned(frame, op, w_retval)
                        return w_retval
                    if switch.lasti < 0:
                        _entered(switch)                  # a call pushed a frame
                    else:
                        _returned(frame, op, switch.top())    # back in the caller
                    frame = switch
                    break
        except OperationError as error:
            for probe in probes:
                probe.exception(frame, error.w_value)
            start = frame
            try:
                frame = ceval.handle_error(tstate, frame, error)
            except OperationError:
                _unwound(start, None, error.w_value)
                raise
            _unwound(start, frame, error.w_value)


def active():
    """Is anything watching?"""
    return bool(PROBES)


# --- Memory: every write of a reference count -------------------------------------------
#
# Hundreds of hot sites write `w.ob_refcnt += 1` inline, so there is no
# function to hook.  While somebody watches, W_Object's `ob_refcnt` slot
# descriptor is replaced by a property over the same slot: its setter
# writes the slot, then tells the watchers the old and new counts.  A write
# that finds the slot unset is the allocation (W_Object.__init__'s
# `ob_refcnt = 1`).  When the last watcher leaves, the slot descriptor is
# put back, and the plain loop is exactly as fast as before.

MEMORY_WATCHERS = []             # the watchers, in attachment order
_SLOT = W_Object.__dict__["ob_refcnt"]      # the member descriptor of the slot


def _counting_property():
    read = _SLOT.__get__
    write = _SLOT.__set__
    watchers = MEMORY_WATCHERS

    def get_refcnt(w_obj):
        return read(w_obj)

    def set_refcnt(w_obj, new):
        try:
            old = read(w_obj)
        except AttributeError:           # never set: the object is being allocated
            old = None
        write(w_obj, new)
        for watcher in watchers:
            watcher.refcount_changed(w_obj, old, new)

    return property(get_refcnt, set_refcnt, None,
                    "ob_refcnt, reported to glass.vm.probes.MEMORY_WATCHERS")


def watch_memory(watcher):
    """Report every reference count write to `watcher` from now on."""
    MEMORY_WATCHERS.append(watcher)
    if W_Object.__dict__["ob_refcnt"] is _SLOT:
        W_Object.ob_refcnt = _counting_property()
    return watcher


def unwatch_memory(watcher):
    if watcher in MEMORY_WATCHERS:
        MEMORY_WATCHERS.remove(watcher)
    if not MEMORY_WATCHERS and W_Object.__dict__["ob_refcnt"] is not _SLOT:
        W_Object.ob_refcnt = _SLOT


def is_immortal_count(count):
    """Counts this large belong to objects Glass never frees (None, True,
    small ints, interned strings, static types: see glass/objects/none.py)."""
    return count is not None and count >= IMMORTAL_THRESHOLD


IMMORTAL_THRESHOLD = 1 << 20


class RefTotals:
    """-X showrefcount: CPython's debug build prints `[N refs, M blocks]`
    at exit, N being _Py_RefTotal (every incref minus every decref, an
    allocation counting as one incref) and M the memory blocks allocated
    and not freed.  Glass counts guest objects: M is allocations minus
    deallocations.  A deallocation is a count reaching zero, unless the
    object is revived from zero (a finalizer's temporary resurrection: the
    object was not freed then).  A jump to or from an immortal-sized count
    (an object made immortal) is not a reference and is not counted."""

    def __init__(self):
        self.refs = 0
        self.blocks = 0

    def refcount_changed(self, w_obj, old, new):
        if old is None:
            self.blocks += 1
            self.refs += new if new < IMMORTAL_THRESHOLD else 1
            if new == 0:
                self.blocks -= 1
            return
        if old >= IMMORTAL_THRESHOLD or new >= IMMORTAL_THRESHOLD:
            return
        self.refs += new - old
        if new == 0 and old > 0:
            self.blocks -= 1             # freed (dealloc follows)
        elif old == 0 and new > 0:
            self.blocks += 1             # revived while being freed: not freed yet

    def text(self):
        return "[%d refs, %d blocks]\n" % (self.refs, self.blocks)


REF_TOTALS = [None]


def show_refcount_totals():
    """-X showrefcount: start counting (at the very start of start-up)."""
    if REF_TOTALS[0] is None:
        REF_TOTALS[0] = watch_memory(RefTotals())


def print_refcount_totals():
    """-X showrefcount at exit: the totals on stderr, as a debug CPython."""
    totals = REF_TOTALS[0]
    if totals is not None:
        import sys
        sys.stderr.write(totals.text())
        sys.stderr.flush()


# --- The collector: each pass, and the garbage it found ---------------------------------
#
# glass/vm/gc.py reports each collection to COLLECTOR_WATCHERS (a test of
# an empty list per collection when nobody watches):
#   collection_started(generation, examined)        objects examined
#   collection_unreachable(generation, unreachable) {id: object} of the
#       garbage found, before any finalizer runs or any reference is cleared
#   collection_stopped(generation, counts)          {"examined",
#       "unreachable", "finalized", "collected", "uncollectable"}

COLLECTOR_WATCHERS = []


def watch_collector(watcher):
    COLLECTOR_WATCHERS.append(watcher)
    return watcher


def unwatch_collector(watcher):
    if watcher in COLLECTOR_WATCHERS:
        COLLECTOR_WATCHERS.remove(watcher)


def garbage_references(unreachable):
    """[(w_obj, [w_child, ...])]: for each unreachable object, the
    unreachable objects it refers to (through tp_traverse), which is what
    holds each cycle together."""
    found = []
    for w_obj in list(unreachable.values()):
        children = []

        def visit(w_child):
            if unreachable.get(id(w_child)) is w_child:
                children.append(w_child)
        traverse = w_obj.ob_type.tp_traverse
        if traverse is not None:
            traverse(w_obj, visit)
        found.append((w_obj, children))
    return found


# --- The GIL: requests, drops and takes --------------------------------------------------
#
# glass/vm/gil.py reports to GIL_WATCHERS: watcher.gil_event(kind, tstate,
# cause) with kind "request" (a waiting thread asks the holder to drop it),
# "drop" or "take".  A request comes from a thread that does not hold the
# GIL: a watcher must only note it (a host list append) and not touch the
# guest.

GIL_WATCHERS = []


def watch_gil(watcher):
    GIL_WATCHERS.append(watcher)
    return watcher


def unwatch_gil(watcher):
    if watcher in GIL_WATCHERS:
        GIL_WATCHERS.remove(watcher)
