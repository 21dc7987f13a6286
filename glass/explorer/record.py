"""Recording a run as a Glass trace: code objects, steps and events.

Counterpart: none in CPython (its nearest is sys.settrace with
f_trace_opcodes); this watches the VM through glass/vm/probes.py.

A `Recorder` is a probe.  Before each instruction it notes the value stack
the instruction finds, after it the stack it leaves and the locals it
changed, and it turns calls, returns and exceptions into events.  Values are
kept as guest reprs computed without running guest code (trace.safe_repr),
so recording never changes what the program does.  docs/trace-format.md
describes what `Recorder.trace()` returns; the stack and the locals are
stored as deltas, with a full keyframe of every live frame every
KEYFRAME_EVERY steps.
"""
from __future__ import annotations

import os

from glass.bytecode.code import CO_FAST_CELL, CO_FAST_FREE, CO_OPTIMIZED
from glass.objects.exceptions import OperationError
from glass.objects.object import decref
from glass.vm import probes, pystate

FORMAT_NAME = "glass-trace"
FORMAT_VERSION = 1
KEYFRAME_EVERY = 1000
OUTPUT_LIMIT = 1 << 20           # the program's output kept in the trace, per stream
MAIN_THREAD = 0


class StepLimitReached(BaseException):
    """Raised by a recorder in the main thread when --max-steps instructions
    have run; a BaseException of the host, so no guest handler sees it."""


class StepLimit:
    """--max-steps: counts the instructions executed and, past the limit,
    stops the program.  The main thread gets StepLimitReached (once).  In
    another thread, `abort()` runs if set (the command writes what it has
    and ends the process: the main thread may be waiting for this one, and
    threading's own bookkeeping cannot run once every instruction is
    refused); without it, the thread gets a guest SystemExit at each
    instruction it tries.  `on_cut(reason)` lets the probe mark its output."""

    def __init__(self, max_steps, on_cut=None):
        self.max_steps = max_steps
        self.on_cut = on_cut
        self.ticks = 0
        self.reason = None                 # why the run was cut, once it was
        self.abort = None
        self._main_stopped = False

    def count(self):
        """Before each instruction: True to watch it, False once stopped."""
        if self.reason is not None:
            self.stop_thread()
            return False
        self.ticks += 1
        if self.max_steps is not None and self.ticks > self.max_steps:
            self.ticks -= 1
            self.reason = ("the run was cut short after --max-steps %d instructions"
                           % self.max_steps)
            if self.on_cut is not None:
                self.on_cut(self.reason)
            self.stop_thread()
            return False
        return True

    def stop_thread(self):
        if not pystate.current().thread_id:
            if not self._main_stopped:
                self._main_stopped = True
                raise StepLimitReached(self.reason)
            return
        if self.abort is not None:
            self.abort()
        from glass.objects.exceptions import operation_error
        raise operation_error("SystemExit", self.reason)


# --- Which frames are watched -------------------------------------------------------------

class Selection:
    """--only MODULE[:FUNCTION] and --hide-stdlib, decided once per code object."""

    def __init__(self, only=None, hide_stdlib=False, program=None):
        self.module = self.function = None
        if only:
            self.module, _, function = only.partition(":")
            self.function = function or None
        self.hide_stdlib = hide_stdlib
        self.program = os.path.realpath(program) if program else None
        self.stdlib = _stdlib_root() if hide_stdlib else None
        self._decided = {}                 # id(code) -> (code, bool)

    def selected(self, frame):
        code = frame.w_code.code
        decided = self._decided.get(id(code))
        if decided is None:
            decided = self._decided[id(code)] = (code, self._decide(frame, code))
        return decided[1]

    def _decide(self, frame, code):
        filename = code.co_filename
        if self.hide_stdlib and self._is_stdlib(filename):
            return False
        if self.module is not None:
            names = {module_name(frame), os.path.splitext(os.path.basename(filename))[0]}
            if self.module not in names:
                return False
            if self.function is not None and self.function not in (code.co_name,
                                                                     code.co_qualname):
                return False
        return True

    def _is_stdlib(self, filename):
        if filename.startswith("<frozen"):
            return True
        if not self.stdlib or filename.startswith("<"):
            return False
        path = os.path.realpath(filename)
        if self.program is not None and path == self.program:
            return False
        return path.startswith(self.stdlib + os.sep)


def _stdlib_root():
    try:
        from glass.tools.stdlib import find_stdlib
        root = find_stdlib()
    except Exception:                      # no stdlib found: nothing to hide
        return None
    return os.path.realpath(root) if root else None


def module_name(frame):
    """The __name__ of the frame's globals, as host text ('?' if unknown)."""
    w_globals = frame.w_globals
    w_name = w_globals.getitem_str("__name__") if w_globals is not None else None
    return getattr(w_name, "value", "?") if w_name is not None else "?"


# --- What one frame looks like ------------------------------------------------------------

def frame_stack(frame):
    from glass.tools.trace import safe_repr
    if not frame.localsplus:
        return []
    return [safe_repr(w_item) for w_item in
            frame.localsplus[frame.decoded.nlocalsplus:frame.stacktop]]


def frame_locals(frame):
    """{name: repr} of the frame's bound variables: fast
    locals, cell and free variables (their contents), or the namespace dict
    of a module or class body."""
    from glass.tools.trace import safe_repr
    code = frame.w_code.code
    shown = {}
    if not code.co_flags & CO_OPTIMIZED and frame.w_locals is not None \
            and hasattr(frame.w_locals, "item_pairs"):
        for w_key, w_value in frame.w_locals.item_pairs():
            name = getattr(w_key, "value", None)
            if isinstance(name, str) and not (name.startswith("__") and name.endswith("__")):
                shown[name] = safe_repr(w_value)
    if not frame.localsplus:
        return shown
    kinds = code.co_localspluskinds
    for index, name in enumerate(code.co_localsplusnames):
        w_value = frame.localsplus[index]
        if kinds[index] & (CO_FAST_CELL | CO_FAST_FREE) and w_value is not None \
                and type(w_value).__name__ == "W_Cell":
            w_value = w_value.w_ref
        if w_value is not None:               # an unbound variable is left out
            shown[name] = safe_repr(w_value)
    return shown


def stack_delta(old, new):
    """{"pop": n, "push": [...]}: what turns the list `old` into `new`."""
    common = 0
    limit = min(len(old), len(new))
    while common < limit and old[common] == new[common]:
        common += 1
    return {"pop": len(old) - common, "push": new[common:]}


def locals_delta(old, new):
    changed = {name: value for name, value in new.items()
               if name not in old or old[name] != value}
    for name in old:
        if name not in new:
            changed[name] = None
    return changed


# --- Code objects -------------------------------------------------------------------------

def describe_code(code, code_id, module):
    """The header entry of one code object: its instructions and positions."""
    from glass.bytecode.dis import get_instructions
    kinds = code.co_localspluskinds
    instructions = []
    for instr in get_instructions(code):
        instructions.append({
            "offset": instr.offset, "opname": instr.opname, "arg": instr.arg,
            "argrepr": instr.argrepr, "line": instr.positions.lineno
            if getattr(instr, "positions", None) is not None else None,
            "jump_target": instr.is_jump_target})
    return {
        "id": code_id, "name": code.co_name, "qualname": code.co_qualname,
        "filename": code.co_filename, "firstlineno": code.co_firstlineno,
        "module": module, "flags": code.co_flags,
        "localsplusnames": list(code.co_localsplusnames),
        "localspluskinds": ["cell" if k & CO_FAST_CELL else "free" if k & CO_FAST_FREE
                            else "local" for k in kinds],
        "instructions": instructions,
        "positions": [list(position) for position in code.co_positions()],
    }


# --- The output the program writes --------------------------------------------------------

class OutputTee:
    """Stands in for the `os` module that glass/modules/_io.py writes
    through, so the recording sees what the program prints (with the step it
    printed at) while the output still reaches its file descriptor."""

    def __init__(self, host_os, capture):
        self._host_os = host_os
        self._capture = capture            # capture(fd, data)

    def write(self, fd, data):
        count = self._host_os.write(fd, data)
        if fd in (1, 2):
            self._capture(fd, bytes(data[:count]))
        return count

    def __getattr__(self, name):
        return getattr(self._host_os, name)


# --- The recorder -------------------------------------------------------------------------

class FrameRecord:
    __slots__ = ("frame", "fid", "cid", "thread", "parent", "stack", "locals",
                 "last_tick", "depth", "pending")

    def __init__(self, frame, fid, cid, thread, parent, depth):
        self.frame = frame            # kept alive so id(frame) is not reused
        self.fid = fid
        self.cid = cid
        self.thread = thread
        self.parent = parent
        self.stack = []
        self.locals = {}
        self.last_tick = -1
        self.depth = depth
        # (before, keyframe) between before_instruction and instruction: per
        # frame, since another thread may run in between (a call that waits).
        self.pending = None


class Recorder(probes.Probe):
    """Records the watched frames' steps and events in memory."""

    def __init__(self, selection=None, max_steps=None, argv=(), keyframe_every=KEYFRAME_EVERY):
        self.selection = selection or Selection()
        self.max_steps = max_steps
        self.limit = StepLimit(max_steps)
        self.argv = list(argv)
        self.keyframe_every = keyframe_every
        self.steps = []
        self.events = []
        self.codes = []
        self.code_ids = {}                  # id(code) -> (code, id)
        self.frames = {}                    # id(frame) -> FrameRecord, live frames
        self.frame_count = 0
        self.threads = {}                   # host thread ident -> small number
        self.outputs = []                   # [step, fd, text]
        self.output_sizes = {1: 0, 2: 0}
        self.exit_status = None

    @property
    def tick(self):
        """The instructions executed so far, watched or not."""
        return self.limit.ticks

    @property
    def truncated(self):
        """Why the run was cut short, or None."""
        return self.limit.reason

    @property
    def stopped(self):
        return self.limit.reason is not None

    # --- bookkeeping ------------------------------------------------------------

    def thread(self):
        """The running thread's number: 0 for the main thread (whose
        thread_id stays 0), 1, 2... for the others in order of appearance."""
        ident = pystate.current().thread_id
        number = self.threads.get(ident)
        if number is None:
            number = self.threads[ident] = MAIN_THREAD if not ident else \
                1 + len([known for known in self.threads if known])
        return number

    def code_id(self, frame):
        code = frame.w_code.code
        known = self.code_ids.get(id(code))
        if known is None:
            known = self.code_ids[id(code)] = (code, len(self.codes))
            self.codes.append(describe_code(code, known[1], module_name(frame)))
        return known[1]

    def record_for(self, frame):
        record = self.frames.get(id(frame))
        if record is None:
            parent = None
            outer = frame.previous
            while outer is not None:
                found = self.frames.get(id(outer))
                if found is not None:
                    parent = found
                    break
                outer = outer.previous
            record = FrameRecord(frame, self.frame_count, self.code_id(frame),
                                 self.thread(), parent.fid if parent else None,
                                 parent.depth + 1 if parent else 0)
            self.frame_count += 1
            self.frames[id(frame)] = record
        return record

    def event(self, kind, record, **fields):
        entry = {"step": len(self.steps), "tick": self.tick, "kind": kind,
                 "thread": record.thread, "frame": record.fid, "code": record.cid}
        entry.update(fields)
        self.events.append(entry)

    def output(self, fd, data):
        if self.stopped:
            return
        text = data.decode("utf-8", "replace")
        room = OUTPUT_LIMIT - self.output_sizes[fd]
        if room <= 0:
            return
        if len(text) > room:
            text = text[:room] + "\n[output cut: more than %d characters]\n" % OUTPUT_LIMIT
        self.output_sizes[fd] += len(text)
        if self.outputs and self.outputs[-1][0] == len(self.steps) \
                and self.outputs[-1][1] == fd:
            self.outputs[-1][2] += text
        else:
            self.outputs.append([len(self.steps), fd, text])

    # --- the probe ---------------------------------------------------------------

    def call(self, frame):
        if self.stopped or not self.selection.selected(frame):
            return
        record = self.record_for(frame)
        self.event("call", record, name=frame.w_code.code.co_qualname,
                   parent=record.parent, depth=record.depth)

    def resume(self, frame):
        if self.stopped or not self.selection.selected(frame):
            return
        record = self.record_for(frame)
        outer = frame.previous
        while outer is not None and id(outer) not in self.frames:
            outer = outer.previous
        record.parent = self.frames[id(outer)].fid if outer is not None else None
        self.event("resume", record, name=frame.w_code.code.co_qualname,
                   parent=record.parent)

    def before_instruction(self, frame, index, op, oparg):
        if not self.limit.count() or not self.selection.selected(frame):
            return
        record = self.record_for(frame)
        before = None
        stack, names = record.stack, record.locals
        if record.last_tick != self.tick - 1:
            # Something else ran since this frame's last step (a callee, a
            # resumption): what it changed here is the step's "before".
            # The record keeps its old state until the step is stored (after
            # any frames this instruction runs inside it, whose keyframes
            # must not see a "before" that comes later in the trace).
            stack = frame_stack(frame)
            names = frame_locals(frame)
            before = {}
            if stack != record.stack:
                before.update(stack_delta(record.stack, stack))
            changed = locals_delta(record.locals, names)
            if changed:
                before["locals"] = changed
        record.pending = (before, stack, names)

    def instruction(self, frame, index, op, oparg):
        record = self.frames.get(id(frame))
        if record is None or record.pending is None:
            return
        before, before_stack, before_names = record.pending
        record.pending = None
        # A keyframe is made when the step is stored, not when it started:
        # frames nested in this instruction, or other threads, may have
        # stored steps in between.
        keyframe = None
        if len(self.steps) % self.keyframe_every == 0:
            keyframe = self.keyframe(record, before_stack, before_names)
        record.stack, record.locals = before_stack, before_names
        table = self.codes[record.cid]
        stack = frame_stack(frame)
        # A frame that returned is cleared by then: its variables stay as
        # they were at its last instruction.
        names = frame_locals(frame) if frame.localsplus else record.locals
        position = table["positions"][index] if index < len(table["positions"]) \
            else [None, None, None, None]
        step = {"step": len(self.steps), "tick": self.tick, "thread": record.thread,
                "frame": record.fid, "code": record.cid, "offset": index * 2,
                "opname": _opname(op), "arg": oparg if op >= _HAVE_ARGUMENT else None,
                "line": position[0], "pos": position}
        if keyframe is not None:
            step["keyframe"] = keyframe
        if before:
            step["before"] = before
        after = stack_delta(record.stack, stack)
        if after["pop"] or after["push"]:
            step["after"] = after
        changed = locals_delta(record.locals, names)
        if changed:
            step["locals"] = changed
        record.stack = stack
        record.locals = names
        record.last_tick = self.tick
        self.steps.append(step)

    def return_(self, frame, w_value, how):
        if self.stopped:
            return
        from glass.tools.trace import safe_repr
        record = self.frames.get(id(frame))
        if record is None:
            return
        # how: "return", "yield", or "generator" (RETURN_GENERATOR: the
        # frame now belongs to a generator and waits to be resumed).
        self.event(how, record, value=safe_repr(w_value),
                   name=frame.w_code.code.co_qualname)
        if how == "return":
            del self.frames[id(frame)]

    def exception(self, frame, w_exc):
        if self.stopped:
            return
        record = self.frames.get(id(frame))
        if record is None:
            return
        self.event("raise", record, exception=w_exc.ob_type.name,
                   message=_exception_text(w_exc))

    def unwind(self, frame):
        if self.stopped:
            return
        record = self.frames.pop(id(frame), None)
        if record is not None:
            self.event("unwind", record, name=frame.w_code.code.co_qualname)

    # --- keyframes and the end ---------------------------------------------------

    def keyframe(self, current, stack, names):
        """Every live watched frame's stack and locals, as the steps stored
        so far leave them, and the current frame's as its step finds them."""
        frames = []
        for record in self.frames.values():
            if record is current:
                shown_stack, shown_locals = stack, names
            else:
                shown_stack, shown_locals = record.stack, record.locals
            frames.append({"frame": record.fid, "code": record.cid,
                           "thread": record.thread, "parent": record.parent,
                           "stack": list(shown_stack), "locals": dict(shown_locals),
                           "suspended": record.frame.w_gen is not None
                           and record is not current and record.frame.lasti >= 0
                           and not _on_a_stack(record.frame)})
        return {"frames": frames, "current": current.fid}

    def trace(self, sources=None):
        """The whole recording as one JSON-ready dict (docs/trace-format.md)."""
        filenames = []
        for code in self.codes:
            if code["filename"] not in filenames:
                filenames.append(code["filename"])
        if sources is None:
            sources = read_sources(filenames)
        header = {"format": FORMAT_NAME, "version": FORMAT_VERSION,
                  "argv": self.argv, "keyframe_every": self.keyframe_every,
                  "max_steps": self.max_steps, "truncated": self.truncated,
                  "sources": sources,
                  "threads": sorted(self.threads.values())}
        end = {"steps": len(self.steps), "ticks": self.tick,
               "exit_status": self.exit_status, "truncated": self.truncated}
        return {"header": header, "codes": self.codes, "steps": self.steps,
                "events": self.events, "output": self.outputs, "end": end}


def _on_a_stack(frame):
    tstate = pystate.current()
    outer = tstate.frame
    while outer is not None:
        if outer is frame:
            return True
        outer = outer.previous
    return False


def read_sources(filenames):
    sources = {}
    for filename in filenames:
        if filename.startswith("<"):
            continue
        try:
            with open(filename, "rb") as file:
                sources[filename] = file.read().decode("utf-8", "replace")
        except OSError:
            pass
    return sources


def _exception_text(w_exc):
    from glass.objects import abstract
    from glass.tools.trace import _is_builtin, _shorten
    if not _is_builtin(w_exc.ob_type):
        return ""
    try:
        return _shorten(abstract.str_text(w_exc), 200)
    except OperationError as error:
        decref(error.w_value)
        return ""


def _opname(op):
    from glass.bytecode.opcode import OPNAME
    return OPNAME[op]


def _have_argument():
    from glass.bytecode.opcode import HAVE_ARGUMENT
    return HAVE_ARGUMENT


_HAVE_ARGUMENT = _have_argument()
