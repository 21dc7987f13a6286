"""A recorded run as JSON lines, and a recorded run replayed step by step.

Counterpart: none in CPython.  `jsonl_lines` converts a Glass trace
(record.Recorder's dict) into one JSON object per line; `replay` and its
helpers rebuild each step's frames and objects from a trace's keyframes and
deltas.  The other shapes of a run are in chrome.py (Chrome trace events)
and pytutor.py (Python Tutor's execution trace).
"""
from __future__ import annotations

import json


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
