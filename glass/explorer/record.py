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
KEYFRAME_EVERY steps.  The collector's and the GIL's events, and with
--memory every refcount change, come from glass/explorer/watching.py.
"""
from __future__ import annotations

import collections
import os

from glass.bytecode.code import CO_FAST_CELL, CO_FAST_FREE, CO_OPTIMIZED
from glass.objects.exceptions import OperationError
from glass.objects.object import decref
from glass.objects.type import HEAPTYPE
from glass.objects import abstract
from glass.tools.trace import ITEM_WIDTH, _is_builtin, _shorten, safe_repr
from glass.explorer.watching import WatchesMemory
from glass.vm import probes, pystate

FORMAT_NAME = "glass-trace"
FORMAT_VERSION = 2
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
#
# A value is kept as a pair (repr, object id): the id is the one the guest's
# id() gives (so a person can find an object the program printed the id of),
# None for an empty slot.  Comparing pairs, not reprs, notices a value
# replaced by an equal-looking one.

# Builtin types whose instances keep one repr for life: theirs are computed once.
# (Not functions: functools.wraps renames them.)
_FIXED_REPR_TYPES = frozenset(("int", "bool", "float", "complex", "str", "bytes", "NoneType",
                               "NotImplementedType", "ellipsis", "code",
                               "builtin_function_or_method", "method_descriptor", "range"))
_REPR_CACHE = {}                 # id -> (object, repr): the object kept, so the id stays its
_REPR_CACHE_LIMIT = 1 << 16


def shown_repr(w_value):
    """safe_repr, remembered for objects whose repr cannot change."""
    if w_value is None:
        return "NULL"
    cached = _REPR_CACHE.get(id(w_value))
    if cached is not None and cached[0] is w_value:
        return cached[1]
    w_type = w_value.ob_type
    # What safe_repr would say, without its checks, for the commonest values.
    if w_type in _scalar_types():
        text = _shorten(abstract.repr_text(w_value), ITEM_WIDTH)
    elif w_type.flags & HEAPTYPE:
        return "<%s object>" % w_type.name
    elif w_type is _function_type():
        text = "<function %s>" % getattr(w_value.w_qualname, "value", "?")
    else:
        text = safe_repr(w_value)
    if getattr(w_type, "name", None) in _FIXED_REPR_TYPES and _is_builtin(w_type):
        if len(_REPR_CACHE) >= _REPR_CACHE_LIMIT:
            _REPR_CACHE.clear()
        _REPR_CACHE[id(w_value)] = (w_value, text)
    return text


_SCALARS = []


def _scalar_types():
    """The exact builtin types whose repr safe_repr takes from repr() as it is."""
    if not _SCALARS:
        from glass.objects.bool import W_Bool
        from glass.objects.float import W_Float
        from glass.objects.int import W_Int
        from glass.objects.none import W_None
        from glass.objects.str import W_Str
        _SCALARS.append(frozenset(cls.w_type for cls in (W_Int, W_Bool, W_Float, W_None,
                                                         W_Str)))
    return _SCALARS[0]


def _function_type():
    from glass.objects.funcobject import W_Function
    return W_Function.w_type


def value_of(w_value):
    return (shown_repr(w_value), None if w_value is None else id(w_value))


def stack_objects(frame):
    if not frame.localsplus:
        return []
    return frame.localsplus[frame.decoded.nlocalsplus:frame.stacktop]


def frame_stack(frame):
    return [value_of(w_item) for w_item in stack_objects(frame)]


def locals_objects(frame):
    """{name: object} of the frame's bound variables: fast locals, cell and
    free variables (their contents), or the namespace dict of a module or
    class body (dunder names left out)."""
    code = frame.w_code.code
    found = {}
    if not code.co_flags & CO_OPTIMIZED and frame.w_locals is not None \
            and hasattr(frame.w_locals, "item_pairs"):
        for w_key, w_value in frame.w_locals.item_pairs():
            name = getattr(w_key, "value", None)
            if isinstance(name, str) and not (name.startswith("__") and name.endswith("__")):
                found[name] = w_value
    if not frame.localsplus:
        return found
    kinds = code.co_localspluskinds
    for index, name in enumerate(code.co_localsplusnames):
        w_value = frame.localsplus[index]
        if kinds[index] & (CO_FAST_CELL | CO_FAST_FREE) and w_value is not None \
                and type(w_value).__name__ == "W_Cell":
            w_value = w_value.w_ref
        if w_value is not None:               # an unbound variable is left out
            found[name] = w_value
    return found


def frame_locals(frame):
    """{name: (repr, id)} of the frame's bound variables."""
    return {name: value_of(w_value) for name, w_value in locals_objects(frame).items()}


def stack_delta(old, new):
    """{"pop": n, "push": [...], "ids": [...]}: what turns the list of
    values `old` into `new` (ids only when something is pushed)."""
    common = 0
    limit = min(len(old), len(new))
    while common < limit and old[common] == new[common]:
        common += 1
    pushed = new[common:]
    delta = {"pop": len(old) - common, "push": [text for text, _ in pushed]}
    if pushed:
        delta["ids"] = [oid for _, oid in pushed]
    return delta


def _changed_ids(old, new):
    """The ids of the values that differ after the common bottom of two stacks."""
    common = 0
    limit = min(len(old), len(new))
    while common < limit and old[common] == new[common]:
        common += 1
    return [oid for _, oid in old[common:]] + [oid for _, oid in new[common:]]


def locals_delta(old, new):
    """{name: value or None (unbound)}: the variables that changed."""
    changed = {name: value for name, value in new.items()
               if name not in old or old[name] != value}
    for name in old:
        if name not in new:
            changed[name] = None
    return changed


def split_locals(changed, into):
    """Put a locals_delta into `into` as "locals" (reprs) and "local_ids"."""
    into["locals"] = {name: None if value is None else value[0]
                      for name, value in changed.items()}
    ids = {name: value[1] for name, value in changed.items() if value is not None}
    if ids:
        into["local_ids"] = ids


# --- The heap: objects with their refcounts and references -------------------------------

MAX_REFS = 16            # references kept per object (the first ones)
HEAP_DEPTH = 2           # objects described beyond a variable or a stack slot
_CONTAINERS = ("list", "tuple", "dict", "set", "frozenset", "cell")


def object_references(w_obj):
    """[(label, w_child)] of the objects `w_obj` refers to that the heap
    pane draws: a container's items, a dict's values (labelled by their
    keys), an instance's attributes.  Never runs guest code."""
    w_type = w_obj.ob_type
    name = getattr(w_type, "name", "?")
    found = []
    if not _is_builtin(w_type):
        w_dict = getattr(w_obj, "w_dict", None)
        if w_dict is not None and hasattr(w_dict, "item_pairs"):
            for w_key, w_value in w_dict.item_pairs():
                found.append(("." + str(getattr(w_key, "value", "?")), w_value))
                if len(found) >= MAX_REFS:
                    break
        for index, w_value in enumerate(getattr(w_obj, "slots_w", None) or ()):
            if w_value is not None and len(found) < MAX_REFS:
                found.append(("slot %d" % index, w_value))
        return found
    if name not in _CONTAINERS:
        return found
    if name == "cell":
        w_ref = getattr(w_obj, "w_ref", None)
        return [("contents", w_ref)] if w_ref is not None else []
    if name == "dict" and hasattr(w_obj, "item_pairs"):
        for w_key, w_value in w_obj.item_pairs():
            found.append(("[%s]" % safe_repr(w_key, 20), w_value))
            if len(found) >= MAX_REFS:
                break
        return found
    children = []

    def visit(w_child):
        if len(children) < MAX_REFS:
            children.append(w_child)
    traverse = w_type.tp_traverse
    if traverse is not None:
        try:
            traverse(w_obj, visit)
        except Exception:                     # a half-built object: show no references
            return []
    if name in ("list", "tuple"):
        return [("[%d]" % index, w_child) for index, w_child in enumerate(children)]
    return [("", w_child) for w_child in children]


class Heap:
    """The objects the trace has described, by id, and what it last said
    about each: a step's "objects" holds those first seen, or changed (their
    refcount, repr or references), by that step.  The objects are kept
    alive on the host (not in the guest: their refcounts are untouched)
    until they are seen dead, so a recorded id names one object."""

    RECENT = 64                              # objects rechecked after calls and deletions

    def __init__(self):
        self.known = {}                      # id -> [w_obj, last description]
        self.recent = collections.OrderedDict()   # the ids described last, oldest first

    def describe(self, w_obj, out, depth=0):
        """Add `w_obj` (and what it refers to, HEAP_DEPTH levels down) to
        `out` ({id: description}) if the trace's last word on it is stale."""
        oid = id(w_obj)
        if oid in out:
            return
        known = self.known.get(oid)
        if known is not None and known[0] is w_obj and w_obj.ob_type in _scalar_types() \
                and known[1]["refcount"] == w_obj.ob_refcnt:
            out[oid] = None                   # a scalar changes only by its refcount
            self._touch(oid)
            return
        alive = w_obj.ob_refcnt > 0
        references = object_references(w_obj) if alive else []
        # A dead object's fields may be cleared: it keeps its last repr.
        shown = shown_repr(w_obj) if alive or known is None else known[1]["repr"]
        description = {"type": getattr(w_obj.ob_type, "name", "?"),
                       "repr": shown, "refcount": w_obj.ob_refcnt}
        if references:
            description["refs"] = [[label, id(w_child)] for label, w_child in references]
        self._touch(oid)
        if known is None or known[0] is not w_obj:
            self.known[oid] = [w_obj, description]
            out[oid] = description
        elif known[1] != description:
            known[1] = description
            out[oid] = description
        else:
            out[oid] = None                   # seen this step, unchanged
        if depth < HEAP_DEPTH:
            for _, w_child in references:
                self.describe(w_child, out, depth + 1)

    def _touch(self, oid):
        recent = self.recent
        recent[oid] = None
        recent.move_to_end(oid)
        if len(recent) > self.RECENT:
            recent.popitem(last=False)

    def describe_id(self, oid, out):
        """Describe again an object known by id (a value just dropped)."""
        known = self.known.get(oid)
        if known is not None:
            self.describe(known[0], out)

    def recheck(self, out, everything=False):
        """Describe again the objects (the recent ones, or all) whose
        refcount is not the one the trace last gave: a call or a deletion
        can change objects that no stack slot or variable of the step
        shows (a list emptied, a cycle collected)."""
        known = self.known
        stale = [entry[0] for entry in (known[oid] for oid in
                                        (known if everything else self.recent))
                 if entry[0].ob_refcnt != entry[1]["refcount"]]
        for w_obj in stale:
            self.describe(w_obj, out, HEAP_DEPTH)

    def forget_dead(self, out):
        """Let the host reuse the ids of dead objects, saying in `out` that
        they died if the trace has not said it yet."""
        for oid in [oid for oid, (w_obj, _) in self.known.items() if w_obj.ob_refcnt <= 0]:
            self.describe(self.known[oid][0], out, HEAP_DEPTH)
            del self.known[oid]
            self.recent.pop(oid, None)


def changed_objects(out):
    """A step's "objects": the descriptions that changed, ids as keys."""
    return {str(oid): description for oid, description in out.items()
            if description is not None}


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

    def __init__(self, host_os, capture, before=None):
        self._host_os = host_os
        self._capture = capture            # capture(fd, data)
        self._before = before              # before(fd): about to write to fd

    def write(self, fd, data):
        if self._before is not None:
            self._before(fd)
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


class Recorder(WatchesMemory, probes.Probe):
    """Records the watched frames' steps and events in memory; with
    `memory`, refcount events too (and with `immortal`, those of objects
    never freed)."""

    def __init__(self, selection=None, max_steps=None, argv=(), keyframe_every=KEYFRAME_EVERY,
                 memory=False, immortal=False):
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
        self.threads = {}                   # id(thread state) -> small number
        self._thread_states = []
        self.outputs = []                   # [step, fd, text]
        self.output_sizes = {1: 0, 2: 0}
        self.exit_status = None
        self.heap = Heap()
        self.init_watching(memory, immortal)

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
        """The running thread's number: 0 for the main thread, 1, 2... for
        the others in order of appearance.  Keyed by the thread state, kept
        alive, since the host may give a later thread a finished one's ident."""
        return self.thread_number(pystate.current())

    def thread_number(self, tstate):
        number = self.threads.get(id(tstate))
        if number is None:
            self._thread_states.append(tstate)
            main = tstate is pystate.interpreter().main_thread
            number = self.threads[id(tstate)] = MAIN_THREAD if main else \
                1 + len([known for known in self.threads.values() if known != MAIN_THREAD])
        return number

    def step_number(self):
        """The index the next stored step will have."""
        return len(self.steps)

    def add_event(self, event, running):
        self.events.append(event)

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
        self.busy = True
        try:
            record = self.record_for(frame)
            self.event("call", record, name=frame.w_code.code.co_qualname,
                       parent=record.parent, depth=record.depth)
        finally:
            self.busy = False

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
        self.busy = True
        try:
            self._before_instruction(frame)
        finally:
            self.busy = False

    def _before_instruction(self, frame):
        record = self.record_for(frame)
        if self.memory:
            self.instruction_started(record)
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
                split_locals(changed, before)
        record.pending = (before, stack, names)

    def instruction(self, frame, index, op, oparg):
        record = self.frames.get(id(frame))
        if record is None or record.pending is None:
            return
        self.busy = True
        try:
            self._instruction(frame, index, op, oparg, record)
        finally:
            self.busy = False

    def _instruction(self, frame, index, op, oparg, record):
        if self.gil_requests:
            self.flush_gil_requests()
        if self.memory:
            self.instruction_ended(record, len(self.steps))
        before, before_stack, before_names = record.pending
        record.pending = None
        # A keyframe is made when the step is stored, not when it started:
        # frames nested in this instruction, or other threads, may have
        # stored steps in between.
        keyframe = None
        if len(self.steps) % self.keyframe_every == 0:
            keyframe = self.keyframe(record, before_stack, before_names)
        old_stack, old_names = record.stack, record.locals
        record.stack, record.locals = before_stack, before_names
        table = self.codes[record.cid]
        live_stack = stack_objects(frame)
        stack = [value_of(w_item) for w_item in live_stack]
        # A frame that returned is cleared by then: its variables stay as
        # they were at its last instruction.
        live_names = locals_objects(frame) if frame.localsplus else None
        names = {name: value_of(w_value) for name, w_value in live_names.items()} \
            if live_names is not None else record.locals
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
            split_locals(changed, step)
        # The objects this step touched, as it leaves them: every value that
        # came or went, on the stack or in a variable since the frame's
        # previous step.
        touched = set()
        for old, new in ((old_stack, before_stack), (before_stack, stack)):
            touched.update(_changed_ids(old, new))
        for old, new in ((old_names, before_names), (before_names, names)):
            for name in set(old) | set(new):
                if old.get(name) != new.get(name):
                    touched.update(value[1] for value in (old.get(name), new.get(name))
                                   if value is not None)
        objects = {}
        if touched:
            live = {id(w_item): w_item for w_item in live_stack if w_item is not None}
            if live_names is not None:
                live.update((id(w_value), w_value) for w_value in live_names.values())
            for oid in touched:
                if oid is None:
                    continue
                w_obj = live.get(oid)
                if w_obj is not None:
                    self.heap.describe(w_obj, objects)
                else:
                    self.heap.describe_id(oid, objects)
        if op in _RECHECK_AFTER:
            self.heap.recheck(objects)
        if keyframe is not None:
            self.describe_all(objects)
        objects = changed_objects(objects)
        if objects:
            step["objects"] = objects
        record.stack = stack
        record.locals = names
        record.last_tick = self.tick
        self.steps.append(step)

    def return_(self, frame, w_value, how):
        if self.stopped:
            return
        record = self.frames.get(id(frame))
        if record is None:
            return
        # how: "return", "yield", or "generator" (RETURN_GENERATOR: the
        # frame now belongs to a generator and waits to be resumed).
        self.busy = True
        try:
            value = safe_repr(w_value)
        finally:
            self.busy = False
        self.event(how, record, value=value, name=frame.w_code.code.co_qualname)
        if how == "return":
            del self.frames[id(frame)]

    def exception(self, frame, w_exc):
        if self.stopped:
            return
        record = self.frames.get(id(frame))
        if record is None:
            return
        if self.memory:
            self.instruction_failed(record)
        self.busy = True
        try:
            message = _exception_text(w_exc)
        finally:
            self.busy = False
        self.event("raise", record, exception=w_exc.ob_type.name, message=message)

    def unwind(self, frame):
        if self.stopped:
            return
        record = self.frames.pop(id(frame), None)
        if record is not None:
            if self.memory:
                self.instruction_failed(record)
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
                           "stack": [text for text, _ in shown_stack],
                           "stack_ids": [oid for _, oid in shown_stack],
                           "locals": {name: value[0] for name, value in shown_locals.items()},
                           "local_ids": {name: value[1]
                                         for name, value in shown_locals.items()},
                           "suspended": record.frame.w_gen is not None
                           and record is not current and record.frame.lasti >= 0
                           and not _on_a_stack(record.frame)})
        return {"frames": frames, "current": current.fid}

    def describe_all(self, objects):
        """At a keyframe: every object a watched frame holds, described
        again (their refcounts may have changed unseen), and the dead ones
        let go."""
        for record in self.frames.values():
            for _, oid in record.stack:
                if oid is not None:
                    self.heap.describe_id(oid, objects)
            for _, oid in record.locals.values():
                self.heap.describe_id(oid, objects)
        self.heap.recheck(objects, everything=True)
        self.heap.forget_dead(objects)

    def trace(self, sources=None):
        """The whole recording as one JSON-ready dict (docs/trace-format.md)."""
        self.flush_gil_requests()
        self.name_allocations()
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


def _recheck_after():
    from glass.bytecode.opcode import OPMAP
    return frozenset(code for name, code in OPMAP.items()
                     if name.startswith(("CALL", "DELETE_", "STORE_")))


# The instructions after which recently seen objects are checked again.
_RECHECK_AFTER = _recheck_after()
