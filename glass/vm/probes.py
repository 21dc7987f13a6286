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
"""
from __future__ import annotations

from glass.bytecode.opcode import OPMAP
from glass.objects.exceptions import OperationError
from glass.vm import ceval

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
    if _ENTRY_HOOK[0] is not None:
        ceval.set_probe_loop(_watched_entry)
    else:
        ceval.set_probe_loop(probed_loop if PROBES else None)


def _watched_entry(tstate, frame, error=None):
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
