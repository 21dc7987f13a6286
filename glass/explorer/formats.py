"""Other shapes of a recorded run: JSON lines, Chrome trace events, Python Tutor.

Counterpart: none in CPython.  The Chrome Trace Event format is the one
Perfetto and chrome://tracing open ("Trace Event Format", Google); the
Python Tutor format is the execution trace its pg_logger.py writes and its
front ends read (one entry per line executed, with frames and a heap).

`jsonl_lines` and `chrome_trace` convert a Glass trace (record.Recorder's
dict); Python Tutor needs structured values (its heap), so `PytutorRecorder`
is a probe of its own that snapshots the program at each new line.
"""
from __future__ import annotations

import json
import math
import os

from glass.vm import probes, pystate


# --- JSON lines ---------------------------------------------------------------------------

def jsonl_lines(trace):
    """The Glass trace as one JSON document per line, in execution order:
    the header, the code objects, then steps, events and output merged by
    step, then the end record."""
    def line(kind, record):
        entry = {"type": kind}
        entry.update(record)
        return json.dumps(entry, ensure_ascii=False, separators=(",", ":")) + "\n"

    yield line("header", trace["header"])
    for code in trace["codes"]:
        yield line("code", code)
    events = trace["events"]
    outputs = trace["output"]
    event_index = output_index = 0
    for step in trace["steps"]:
        while event_index < len(events) and events[event_index]["step"] <= step["step"]:
            yield line("event", events[event_index])
            event_index += 1
        while output_index < len(outputs) and outputs[output_index][0] <= step["step"]:
            yield line("output", _output_record(outputs[output_index]))
            output_index += 1
        yield line("step", step)
    for event in events[event_index:]:
        yield line("event", event)
    for output in outputs[output_index:]:
        yield line("output", _output_record(output))
    yield line("end", trace["end"])


def _output_record(output):
    step, fd, text = output
    return {"step": step, "stream": "stdout" if fd == 1 else "stderr", "text": text}


def read_jsonl(lines):
    """The inverse of jsonl_lines: the Glass trace dict."""
    trace = {"codes": [], "steps": [], "events": [], "output": []}
    for text in lines:
        if not text.strip():
            continue
        record = json.loads(text)
        kind = record.pop("type")
        if kind in ("header", "end"):
            trace[kind] = record
        elif kind == "output":
            trace["output"].append([record["step"], 1 if record["stream"] == "stdout"
                                    else 2, record["text"]])
        else:
            trace[kind + "s"].append(record)
    return trace


# --- Replaying a Glass trace --------------------------------------------------------------

def replay(trace):
    """Yield, for each step of a Glass trace, (step, stack before, stack
    after, frames): the full state the deltas describe, with frames a dict
    {frame id: {"code", "parent", "stack", "locals", "stack_ids",
    "local_ids"}} as they are after the step.  The reader the explorer's
    model.js implements, in Python, for tools and tests."""
    events_by_step = {}
    for event in trace["events"]:
        events_by_step.setdefault(event["step"], []).append(event)
    frames = {}
    for step in trace["steps"]:
        if "keyframe" in step:
            frames = {f["frame"]: {"code": f["code"], "parent": f["parent"],
                                   "stack": list(f["stack"]), "locals": dict(f["locals"]),
                                   "stack_ids": list(f.get("stack_ids", [None] * len(f["stack"]))),
                                   "local_ids": dict(f.get("local_ids", {}))}
                      for f in step["keyframe"]["frames"]}
        else:
            for event in events_by_step.get(step["step"], ()):
                if event["kind"] == "call":
                    frames[event["frame"]] = _empty_frame(event["code"], event["parent"])
                elif event["kind"] == "resume" and event["frame"] in frames:
                    frames[event["frame"]]["parent"] = event["parent"]
                elif event["kind"] in ("return", "unwind"):
                    frames.pop(event["frame"], None)
        frame = frames.setdefault(step["frame"], _empty_frame(step["code"], None))
        if "before" in step and "keyframe" not in step:
            _apply_step_delta(frame, step["before"], step["before"])
        before = list(frame["stack"])
        _apply_step_delta(frame, step.get("after"), step)
        yield step, before, list(frame["stack"]), frames


def _empty_frame(code, parent):
    return {"code": code, "parent": parent, "stack": [], "locals": {},
            "stack_ids": [], "local_ids": {}}


def _apply_step_delta(frame, delta, names):
    """A stack delta and a locals delta (with their ids) applied to a frame."""
    frame["stack"] = apply_delta(frame["stack"], delta)
    if delta:
        ids = delta.get("ids", [None] * len(delta.get("push", ())))
        frame["stack_ids"] = apply_delta(frame["stack_ids"], {"pop": delta.get("pop", 0),
                                                              "push": ids})
    changed = names.get("locals") if names else None
    frame["locals"] = apply_locals(frame["locals"], changed)
    if changed:
        local_ids = dict(frame["local_ids"])
        for name, value in changed.items():
            if value is None:
                local_ids.pop(name, None)
        local_ids.update(names.get("local_ids", {}))
        frame["local_ids"] = local_ids


def object_history(trace):
    """{object id: [(step, description), ...]}: what the steps' "objects"
    say about each object, in step order; an object's state at step i is
    its last description at or before i."""
    history = {}
    for step in trace["steps"]:
        for oid, description in step.get("objects", {}).items():
            history.setdefault(int(oid), []).append((step["step"], description))
    return history


def apply_locals(names, changed):
    """The variables after a locals delta: null unbinds a name."""
    if not changed:
        return names
    names = dict(names)
    for name, value in changed.items():
        if value is None:
            names.pop(name, None)
        else:
            names[name] = value
    return names


def apply_delta(items, delta):
    if not delta:
        return items
    kept = items[:len(items) - delta.get("pop", 0)]
    return kept + list(delta.get("push", ()))


# --- Chrome trace events ------------------------------------------------------------------

PROCESS_ID = 1
GIL_TRACK = 1000                 # the tid of the GIL's own track
MEMORY_KINDS = ("alloc", "incref", "decref", "dealloc")


def chrome_trace(trace):
    """The Chrome Trace Event format: each call (each run of a generator
    between resumption and yield) a complete ("X") slice on its thread's
    track; exceptions, collections and allocations as instant events;
    counters of the live objects and the total refcount (with --memory); a
    GIL track with who holds it, and flow arrows from each drop to the take
    that follows.  The clock is deterministic: one tick (shown as one
    microsecond) per executed instruction."""
    header = trace["header"]
    codes = trace["codes"]
    end_tick = trace["end"]["ticks"]
    events = [{"name": "process_name", "ph": "M", "pid": PROCESS_ID, "tid": 0,
               "args": {"name": "glass " + " ".join(header["argv"])}}]
    for thread in header["threads"]:
        events.append({"name": "thread_name", "ph": "M", "pid": PROCESS_ID, "tid": thread,
                       "args": {"name": "main thread" if thread == 0
                                else "thread %d" % thread}})
    open_slices = {}                       # frame -> (start tick, the opening event)
    for event in trace["events"]:
        kind = event["kind"]
        if kind in MEMORY_KINDS or kind.startswith(("gc_", "gil_")):
            continue                       # below
        code = codes[event["code"]]
        if kind in ("call", "resume"):
            open_slices[event["frame"]] = (event["tick"], event)
        elif kind in ("return", "yield", "generator", "unwind"):
            opened = open_slices.pop(event["frame"], None)
            if opened is not None:
                events.append(_slice(opened, event["tick"], code, event))
        elif kind == "raise":
            events.append({"name": "raise " + event["exception"], "cat": "exception",
                           "ph": "i", "s": "t", "ts": event["tick"], "pid": PROCESS_ID,
                           "tid": event["thread"],
                           "args": {"message": event.get("message", ""),
                                    "function": code["qualname"]}})
    for opened in sorted(open_slices.values(), key=lambda item: -item[0]):
        events.append(_slice(opened, end_tick, codes[opened[1]["code"]], None))
    events += _memory_events(trace)
    events += _collector_events(trace)
    events += _gil_events(trace, end_tick)
    if header["truncated"]:
        events.append({"name": "CUT SHORT: " + header["truncated"], "cat": "glass",
                       "ph": "i", "s": "g", "ts": end_tick, "pid": PROCESS_ID, "tid": 0})
    return {"traceEvents": events, "displayTimeUnit": "ms",
            "otherData": {"producer": "glass trace --format chrome",
                          "clock": "one tick (1 us) per executed instruction",
                          "truncated": header["truncated"] or "",
                          "exit_status": trace["end"]["exit_status"]}}


def event_tick(trace, event):
    """The tick of an event: its own, or that of the step it happened during."""
    if "tick" in event:
        return event["tick"]
    index = event.get("during", event["step"])
    if index is None:
        index = event["step"]
    steps = trace["steps"]
    if 0 <= index < len(steps):
        return steps[index]["tick"]
    return trace["end"]["ticks"]


def _memory_events(trace):
    """Allocations as instants; "live objects" and "total refcount" counters
    (changes since watching began), one sample per tick that changed them."""
    found = []
    live = total = 0
    sample = None                          # [tick, live, total] not yet written

    def flush():
        if sample is not None:
            found.append({"name": "memory", "ph": "C", "ts": sample[0], "pid": PROCESS_ID,
                          "tid": 0, "args": {"live objects": sample[1],
                                             "total refcount": sample[2]}})
    for event in trace["events"]:
        kind = event["kind"]
        if kind not in MEMORY_KINDS:
            continue
        tick = event_tick(trace, event)
        count = event.get("count", 1)
        if kind == "alloc":
            live += 1
            total += event["refcount"]
            found.append({"name": "alloc " + str(event.get("type")), "cat": "memory",
                          "ph": "i", "s": "t", "ts": tick, "pid": PROCESS_ID,
                          "tid": event["thread"], "args": {"object": event["object"]}})
        elif kind == "dealloc":
            live -= 1
            total -= 1
        elif kind == "incref":
            total += count
        else:
            total -= count
        if sample is not None and sample[0] != tick:
            flush()
        sample = [tick, live, total]
    flush()
    return found


def _collector_events(trace):
    """Each collection as a slice (from gc_start to gc_stop: the ticks of
    the finalizers it ran) and an instant with its counts and garbage."""
    found = []
    started = {}
    for event in trace["events"]:
        kind = event["kind"]
        if kind == "gc_start":
            started[event["thread"]] = event_tick(trace, event)
        elif kind == "gc_stop":
            tick = event_tick(trace, event)
            start = started.pop(event["thread"], tick)
            args = {key: event[key] for key in ("generation", "examined", "unreachable",
                                                "finalized", "collected", "uncollectable")
                    if key in event}
            args["garbage"] = ["%s %#x -> %s" % (g["type"], g["object"], ", ".join(
                "%#x" % oid for oid in g["refers_to"])) for g in event.get("garbage", ())]
            name = "gc generation %d" % event["generation"]
            found.append({"name": name, "cat": "gc", "ph": "X", "ts": start,
                          "dur": max(tick - start, 0), "pid": PROCESS_ID,
                          "tid": event["thread"], "args": args})
            found.append({"name": name, "cat": "gc", "ph": "i", "s": "p", "ts": tick,
                          "pid": PROCESS_ID, "tid": event["thread"], "args": args})
    return found


def _gil_events(trace, end_tick):
    """The GIL track: a slice per holding ("thread N"), requests as
    instants; a flow arrow from each drop (on the dropping thread's track)
    to the next take (on the taking thread's)."""
    found = []
    holder = None                          # (thread, since tick, cause)
    pending_flow = None                    # the flow id of the last drop
    flows = 0
    for event in trace["events"]:
        kind = event["kind"]
        if not kind.startswith("gil_"):
            continue
        tick = event_tick(trace, event)
        thread = event["thread"]
        if kind == "gil_take":
            holder = (thread, tick, event.get("cause"))
            if pending_flow is not None:
                found.append({"name": "GIL hand-off", "cat": "gil", "ph": "f", "bp": "e",
                              "id": pending_flow, "ts": tick, "pid": PROCESS_ID,
                              "tid": thread})
                pending_flow = None
        elif kind == "gil_drop":
            if holder is not None:
                found.append(_gil_slice(holder, tick, event.get("cause")))
                holder = None
            flows += 1
            pending_flow = flows
            found.append({"name": "GIL hand-off", "cat": "gil", "ph": "s", "id": flows,
                          "ts": tick, "pid": PROCESS_ID, "tid": thread,
                          "args": {"cause": event.get("cause")}})
        else:
            found.append({"name": "thread %d asks for the GIL" % thread, "cat": "gil",
                          "ph": "i", "s": "t", "ts": tick, "pid": PROCESS_ID,
                          "tid": GIL_TRACK, "args": {"cause": event.get("cause")}})
    if holder is not None:
        found.append(_gil_slice(holder, end_tick, "the end of the recording"))
    if found:
        found.insert(0, {"name": "thread_name", "ph": "M", "pid": PROCESS_ID,
                         "tid": GIL_TRACK, "args": {"name": "GIL"}})
    return found


def _gil_slice(holder, end, dropped_because):
    thread, since, cause = holder
    return {"name": "thread %d" % thread, "cat": "gil", "ph": "X", "ts": since,
            "dur": max(end - since, 0), "pid": PROCESS_ID, "tid": GIL_TRACK,
            "args": {"taken because": cause, "dropped because": dropped_because}}


def _slice(opened, end_tick, code, closing):
    start, opening = opened
    args = {"file": code["filename"], "line": code["firstlineno"],
            "frame": opening["frame"]}
    if closing is not None:
        args["left_by"] = closing["kind"]
        if "value" in closing:
            args["value"] = closing["value"]
    else:
        args["left_by"] = "the end of the recording"
    return {"name": code["qualname"], "cat": "call", "ph": "X", "ts": start,
            "dur": max(end_tick - start, 0), "pid": PROCESS_ID,
            "tid": opening["thread"], "args": args}


# --- Python Tutor -------------------------------------------------------------------------

class PytutorRecorder(probes.Probe):
    """Python Tutor's execution trace of the program's own file: an entry
    at each call, each new line, each return and each exception, each with
    the globals, the frames and the heap they reach."""

    def __init__(self, program, selection=None, max_steps=None):
        self.program = os.path.realpath(program)
        self.selection = selection
        from glass.explorer.record import StepLimit
        self.max_steps = max_steps
        self.entries = []
        self.limit = StepLimit(max_steps, self.cut)
        self.stdout = []
        self.frame_ids = {}                # id(frame) -> (frame, number)
        self.last = {}                     # id(frame) -> (line, index) last shown
        self.object_ids = {}               # id(w_obj) -> (w_obj, number)
        self.status = None
        self._user_codes = {}

    def user_frame(self, frame):
        code = frame.w_code.code
        known = self._user_codes.get(id(code))
        if known is None:
            mine = os.path.realpath(code.co_filename) == self.program \
                if not code.co_filename.startswith("<") else False
            if mine and self.selection is not None:
                mine = self.selection.selected(frame)
            known = self._user_codes[id(code)] = (code, mine)
        return known[1]

    @property
    def truncated(self):
        return self.limit.reason

    @property
    def stopped(self):
        return self.limit.reason is not None

    def cut(self, reason):
        self.entries.append({"event": "instruction_limit_reached",
                             "exception_msg": "Stopped after running %d instructions "
                             "(--max-steps): the trace is incomplete." % self.max_steps})

    def output(self, fd, data):
        if fd == 1 and not self.stopped:
            self.stdout.append(data.decode("utf-8", "replace"))

    # --- the probe -------------------------------------------------------------

    def before_instruction(self, frame, index, op, oparg):
        if not self.limit.count() or not self.user_frame(frame):
            return
        from glass.vm.frame import line_at
        line = line_at(frame.w_code.code, index)
        if op == _RESUME:
            # As sys.settrace: a frame is seen from its RESUME on (not the
            # MAKE_CELL or RETURN_GENERATOR before it), a call at its start.
            if oparg == 0 and not _is_module_frame(frame):
                self.snapshot("call", frame, line)
            self.last.setdefault(id(frame), (None, -1))
            return
        last = self.last.get(id(frame))
        if line is None or last is None:
            return
        if last[0] != line or index <= last[1]:
            self.snapshot("step_line", frame, line)
        self.last[id(frame)] = (line, index)

    def return_(self, frame, w_value, how):
        if not self.stopped and self.user_frame(frame):
            line = frame.line_number()
            self.snapshot("return", frame, line, w_return=w_value)
            if how != "yield":
                self.last.pop(id(frame), None)

    def exception(self, frame, w_exc):
        if not self.stopped and self.user_frame(frame):
            from glass.explorer.record import _exception_text
            message = _exception_text(w_exc)
            self.snapshot("exception", frame, frame.line_number(),
                          exception_msg="%s: %s" % (w_exc.ob_type.name, message)
                          if message else w_exc.ob_type.name)

    # --- snapshots -------------------------------------------------------------

    def frame_id(self, frame):
        known = self.frame_ids.get(id(frame))
        if known is None:
            known = self.frame_ids[id(frame)] = (frame, len(self.frame_ids) + 1)
        return known[1]

    def snapshot(self, event, frame, line, w_return=None, exception_msg=None):
        heap = {}
        encoder = _Encoder(self, heap)
        main = frame
        chain = []
        outer = pystate.current().frame
        if outer is None or not _reaches(outer, frame):
            outer = frame
        while outer is not None:
            if self.user_frame(outer):
                chain.append(outer)
                main = outer
            outer = outer.previous
        global_names, globals_encoded = [], {}
        for w_key, w_value in _namespace_items(main.w_globals):
            name = w_key.value
            if name.startswith("__") and name.endswith("__"):
                continue
            if w_value.ob_type.name == "module":
                continue
            global_names.append(name)
            globals_encoded[name] = encoder.encode(w_value)
        stack = []
        for outer in reversed(chain):
            if _is_module_frame(outer):
                continue
            names, encoded = [], {}
            for name, w_value in _frame_variables(outer):
                names.append(name)
                encoded[name] = encoder.encode(w_value)
            if outer is frame and w_return is not None and event == "return":
                names.append("__return__")
                encoded["__return__"] = encoder.encode(w_return)
            frame_id = self.frame_id(outer)
            stack.append({"func_name": outer.w_code.code.co_name, "is_parent": False,
                          "frame_id": frame_id, "parent_frame_id_list": [],
                          "encoded_locals": encoded, "ordered_varnames": names,
                          "is_zombie": False, "is_highlighted": outer is frame,
                          "unique_hash": "%s_f%d" % (outer.w_code.code.co_name, frame_id)})
        entry = {"event": event, "line": line, "func_name": frame.w_code.code.co_name,
                 "globals": globals_encoded, "ordered_globals": global_names,
                 "stack_to_render": stack, "heap": heap, "stdout": "".join(self.stdout)}
        if exception_msg is not None:
            entry["exception_msg"] = exception_msg
        self.entries.append(entry)

    def finish(self, status):
        self.status = status

    def trace(self):
        try:
            with open(self.program, encoding="utf-8") as file:
                source = file.read()
        except OSError:
            source = ""
        return {"code": source, "trace": self.entries,
                "glass": {"exit_status": self.status, "truncated": self.truncated}}


def _reaches(inner, frame):
    while inner is not None:
        if inner is frame:
            return True
        inner = inner.previous
    return False


def _is_module_frame(frame):
    return frame.w_code.code.co_name == "<module>"


def _namespace_items(w_dict):
    if w_dict is None or not hasattr(w_dict, "item_pairs"):
        return []
    return [(w_key, w_value) for w_key, w_value in w_dict.item_pairs()
            if isinstance(getattr(w_key, "value", None), str)]


def _frame_variables(frame):
    from glass.bytecode.code import CO_FAST_CELL, CO_FAST_FREE
    code = frame.w_code.code
    if not frame.localsplus:
        return []
    shown = []
    for index, name in enumerate(code.co_localsplusnames):
        w_value = frame.localsplus[index]
        if code.co_localspluskinds[index] & (CO_FAST_CELL | CO_FAST_FREE) \
                and type(w_value).__name__ == "W_Cell":
            w_value = w_value.w_ref
        if w_value is not None:
            shown.append((name, w_value))
    return shown


class _Encoder:
    """Python Tutor's value encoding (pg_encoder.py): None, bools, ints,
    floats and strs inline; everything else a ["REF", id] into the heap."""

    def __init__(self, recorder, heap):
        self.recorder = recorder
        self.heap = heap

    def object_id(self, w_obj):
        known = self.recorder.object_ids.get(id(w_obj))
        if known is None or known[0] is not w_obj:
            known = self.recorder.object_ids[id(w_obj)] = (w_obj, len(
                self.recorder.object_ids) + 1)
        return known[1]

    def encode(self, w_obj, depth=0):
        name = w_obj.ob_type.name
        if name == "NoneType":
            return None
        if name == "bool":
            return w_obj is _true()
        if name == "int" and type(getattr(w_obj, "value", None)) is int:
            value = w_obj.value
            return value if abs(value) < 2 ** 53 else ["HEAP_PRIMITIVE", "int", str(value)]
        if name == "float" and isinstance(getattr(w_obj, "value", None), float):
            value = w_obj.value
            if math.isinf(value) or math.isnan(value):
                return ["SPECIAL_FLOAT", repr(value)]
            return value
        if name == "str" and isinstance(getattr(w_obj, "value", None), str):
            return w_obj.value
        ref = self.object_id(w_obj)
        key = str(ref)
        if key not in self.heap:
            self.heap[key] = ["HEAP_PRIMITIVE", name, "..."]      # while its items encode
            self.heap[key] = self.encode_heap(w_obj, name, depth)
        return ["REF", ref]

    def encode_heap(self, w_obj, name, depth):
        from glass.tools.trace import _is_builtin, safe_repr
        if depth > 20:
            return ["HEAP_PRIMITIVE", name, safe_repr(w_obj)]
        if name in ("list", "tuple") and _is_builtin(w_obj.ob_type):
            return [name.upper()] + [self.encode(w_item, depth + 1)
                                     for w_item in list(w_obj.items)]
        if name in ("set", "frozenset") and _is_builtin(w_obj.ob_type):
            from glass.objects import abstract
            from glass.objects.object import decref
            items_w = list(abstract.iterate(w_obj))
            try:
                return ["SET"] + [self.encode(w_item, depth + 1) for w_item in items_w]
            finally:
                for w_item in items_w:
                    decref(w_item)
        if name == "dict" and _is_builtin(w_obj.ob_type):
            return ["DICT"] + [[self.encode(w_key, depth + 1), self.encode(w_value, depth + 1)]
                               for w_key, w_value in w_obj.item_pairs()]
        if name == "function":
            code = w_obj.w_code.code
            arguments = code.co_localsplusnames[:code.co_argcount + code.co_kwonlyargcount]
            return ["FUNCTION", "%s(%s)" % (code.co_qualname, ", ".join(arguments)), None]
        if name == "type":
            attributes = []
            for key, w_value in list(getattr(w_obj, "dict", {}).items()):
                if isinstance(key, str) and not (key.startswith("__") and key.endswith("__")):
                    attributes.append([key, self.encode(w_value, depth + 1)])
            return ["CLASS", w_obj.name, [w_base.name for w_base in w_obj.w_bases
                                           if w_base.name != "object"]] + attributes
        if not _is_builtin(w_obj.ob_type):
            attributes = [[w_key.value, self.encode(w_value, depth + 1)]
                          for w_key, w_value in _namespace_items(getattr(w_obj, "w_dict", None))]
            return ["INSTANCE", name] + attributes
        return ["HEAP_PRIMITIVE", name, safe_repr(w_obj)]


def _true():
    from glass.objects.bool import w_True
    return w_True


def _resume_op():
    from glass.bytecode.opcode import OPMAP
    return OPMAP["RESUME"]


_RESUME = _resume_op()
