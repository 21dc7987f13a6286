"""A validator of Online Python Tutor's execution trace (what its front ends read).

Counterpart: none in CPython.  The rules are those of OnlinePythonTutor's
v3/docs/opt-trace-format.md ("Execution Trace Format": the top-level code
and trace, execution points, heap objects, stack frames, event types,
closures and zombie frames), completed where the document is silent by
what its reference back end writes: v5-unity/pg_logger.py (which fields an
entry has, the order of frames and variable names, unique_hash, the
exception and instruction-limit entries) and v5-unity/pg_encoder.py (the
encoding of values and heap objects).

`validate(document)` returns the problems found (empty when the document
is well formed); `check(document)` raises AssertionError listing them.
Checked:

- the top level: an object with `code` (a string) and `trace` (a list of
  entries; other keys are allowed, the front ends read only these two);
- each entry's `event`: step_line, call, return, exception,
  uncaught_exception, instruction_limit_reached (raw_input and mouse_input
  too, with a string `prompt`);
- an execution point (step_line, call, return, exception): `line` an
  integer >= 1, `func_name` a string, `globals` an object of encoded
  values, `ordered_globals` its keys each once, `stack_to_render` a list of
  frames, `heap` an object from decimal ids to heap objects, `stdout` a
  string that only grows from entry to entry; an exception has a string
  `exception_msg`;
- a frame: `func_name` (the entry's own for the highlighted one),
  `frame_id` an integer >= 1 (unique in the entry, frames in increasing id
  order), `encoded_locals` and `ordered_varnames` (its keys each once,
  `__return__` last), booleans `is_highlighted` (exactly one active frame
  when there are any: the last one), `is_parent`, `is_zombie`,
  `parent_frame_id_list` (ids of frames in the entry), and `unique_hash`
  = func_name + "_f" + frame_id + "_p" if a parent + "_z" if a zombie; at
  <module> no active frame is shown, elsewhere the highlighted frame is the
  entry's function; a return's highlighted frame holds `__return__`;
- values: null, booleans, integers, strings, finite floats, or
  lists: ["REF", id] (the id in the entry's heap), ["SPECIAL_FLOAT",
  "Infinity" | "-Infinity" | "NaN" | "<digits>.0"],
  ["IMPORTED_FAUX_PRIMITIVE", label];
- heap objects: ["LIST", v...], ["TUPLE", v...], ["SET", v...], ["DICT",
  [k, v]...], ["INSTANCE", class, [attr, v]...], ["INSTANCE_PPRINT", class,
  text, [attr, v]...], ["CLASS", name, [superclass names], [attr, v]...],
  ["FUNCTION", "name(args)", parent frame id or null, optionally [[name, v]...]
  defaults], ["module", name], ["HEAP_PRIMITIVE", type, value]; every
  heap object reachable from the entry's globals or frames;
- the run: each call's frame returns later (unless the trace ends early:
  instruction_limit_reached or an exception last); instruction_limit_reached
  and uncaught_exception only last, with an `exception_msg`.
"""
from __future__ import annotations

import re

EVENTS = ("step_line", "call", "return", "exception", "uncaught_exception",
          "instruction_limit_reached", "raw_input", "mouse_input")
POINT_EVENTS = ("step_line", "call", "return", "exception")
POINT_FIELDS = {"line": int, "event": str, "func_name": str, "globals": dict,
                "ordered_globals": list, "stack_to_render": list, "heap": dict, "stdout": str}
FRAME_FIELDS = {"func_name": str, "frame_id": int, "encoded_locals": dict,
                "ordered_varnames": list, "is_highlighted": bool, "is_parent": bool,
                "is_zombie": bool, "parent_frame_id_list": list, "unique_hash": str}
SPECIAL_FLOATS = re.compile(r"^(Infinity|-Infinity|NaN|-?\d+\.0)$")


def check(document):
    problems = validate(document)
    assert not problems, "not a valid Python Tutor trace:\n  " + "\n  ".join(problems[:40])


def validate(document):
    if not isinstance(document, dict):
        return ["the document is not an object"]
    problems = []
    if not isinstance(document.get("code"), str):
        problems.append("no string 'code'")
    trace = document.get("trace")
    if not isinstance(trace, list):
        return problems + ["no list 'trace'"]
    stdout = ""
    open_calls = {}                     # frame_id -> index of its call entry
    for index, entry in enumerate(trace):
        where = "entry %d" % index
        if not isinstance(entry, dict) or entry.get("event") not in EVENTS:
            problems.append("%s: no known event: %r" % (where, entry if not isinstance(
                entry, dict) else entry.get("event")))
            continue
        event = entry["event"]
        where += " (%s)" % event
        if event in ("uncaught_exception", "instruction_limit_reached"):
            if not isinstance(entry.get("exception_msg"), str):
                problems.append("%s: no string exception_msg" % where)
            if index != len(trace) - 1:
                problems.append("%s: not the last entry" % where)
            if "line" in entry and not _positive_int(entry["line"]):
                problems.append("%s: line %r" % (where, entry["line"]))
            continue
        if event in ("raw_input", "mouse_input"):
            if not isinstance(entry.get("prompt"), str):
                problems.append("%s: no string prompt" % where)
            continue
        stdout = _check_point(entry, where, stdout, problems)
        if event == "call":
            active = [f for f in entry.get("stack_to_render", ()) if isinstance(f, dict)
                      and f.get("is_highlighted")]
            if active:
                open_calls[active[0].get("frame_id")] = index
        elif event == "return" and entry.get("stack_to_render"):
            frame = entry["stack_to_render"][-1]
            if isinstance(frame, dict):
                open_calls.pop(frame.get("frame_id"), None)
    ends_early = bool(trace) and isinstance(trace[-1], dict) and trace[-1].get("event") in (
        "exception", "uncaught_exception", "instruction_limit_reached")
    if not ends_early:
        for frame_id, index in sorted(open_calls.items(), key=lambda item: item[1]):
            problems.append("entry %d (call): frame %s never returns" % (index, frame_id))
    return problems


def _positive_int(value):
    return isinstance(value, int) and not isinstance(value, bool) and value >= 1


def _check_point(entry, where, stdout, problems):
    for key, kind in POINT_FIELDS.items():
        value = entry.get(key)
        if not isinstance(value, kind) or isinstance(value, bool):
            problems.append("%s: %s is %r, not a %s" % (where, key, value, kind.__name__))
            return stdout
    if entry["line"] < 1:
        problems.append("%s: line %d" % (where, entry["line"]))
    if entry["event"] == "exception" and not isinstance(entry.get("exception_msg"), str):
        problems.append("%s: an exception without a string exception_msg" % where)
    if not entry["stdout"].startswith(stdout):
        problems.append("%s: stdout %r does not continue %r" % (where, entry["stdout"][-40:],
                                                              stdout[-40:]))
    heap = entry["heap"]
    refs = set()
    for key, obj in heap.items():
        if not re.match(r"^\d+$", key):
            problems.append("%s: heap key %r is not a decimal id" % (where, key))
        _check_heap_object(obj, "%s heap %s" % (where, key), heap, refs, problems)
    names = entry["ordered_globals"]
    if len(set(names)) != len(names) or set(names) != set(entry["globals"]):
        problems.append("%s: ordered_globals %r are not the keys of globals %r"
                        % (where, names, sorted(entry["globals"])))
    roots = set()
    for name, value in entry["globals"].items():
        _check_value(value, "%s global %s" % (where, name), heap, roots, problems)
    frames = entry["stack_to_render"]
    frame_ids = [frame.get("frame_id") for frame in frames if isinstance(frame, dict)]
    for number, frame in enumerate(frames):
        _check_frame(frame, "%s frame %d" % (where, number), heap, roots, frame_ids, problems)
    if frame_ids != sorted(frame_ids) or len(set(frame_ids)) != len(frame_ids):
        problems.append("%s: frame ids %r are not increasing" % (where, frame_ids))
    active = [frame for frame in frames if isinstance(frame, dict) and not frame.get(
        "is_zombie")]
    highlighted = [frame for frame in frames if isinstance(frame, dict)
                   and frame.get("is_highlighted")]
    if active:
        if len(highlighted) != 1 or highlighted[0] is not active[-1]:
            problems.append("%s: the highlighted frame is not the one active on top" % where)
        elif entry["func_name"] == "<module>":
            problems.append("%s: at <module>, a function's frame is highlighted" % where)
        elif highlighted[0]["func_name"] != entry["func_name"]:
            problems.append("%s: the highlighted frame is %r, the entry's function %r" % (
                where, highlighted[0]["func_name"], entry["func_name"]))
        elif entry["event"] == "return" and "__return__" not in highlighted[0].get(
                "encoded_locals", {}):
            problems.append("%s: the returning frame has no __return__" % where)
    elif highlighted:
        problems.append("%s: a zombie frame is highlighted" % where)
    elif entry["func_name"] != "<module>":
        problems.append("%s: in %r but no frame shown" % (where, entry["func_name"]))
    # Every heap object is reachable from what the entry shows.
    reached, todo = set(), list(roots)
    while todo:
        ref = todo.pop()
        if ref in reached or str(ref) not in heap:
            continue
        reached.add(ref)
        found = set()
        _check_heap_object(heap[str(ref)], "", heap, found, [])
        todo.extend(found - reached)
    unreachable = sorted(set(heap) - {str(ref) for ref in reached}, key=int)
    if unreachable:
        problems.append("%s: heap objects %s are not reachable" % (where, unreachable))
    return entry["stdout"]


def _check_frame(frame, where, heap, refs, frame_ids, problems):
    if not isinstance(frame, dict):
        problems.append("%s: not an object" % where)
        return
    for key, kind in FRAME_FIELDS.items():
        value = frame.get(key)
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            problems.append("%s: %s is %r, not a %s" % (where, key, value, kind.__name__))
            return
    if frame["frame_id"] < 1:
        problems.append("%s: frame_id %d" % (where, frame["frame_id"]))
    names = frame["ordered_varnames"]
    if len(set(names)) != len(names) or set(names) != set(frame["encoded_locals"]):
        problems.append("%s: ordered_varnames %r are not the keys of encoded_locals %r"
                        % (where, names, sorted(frame["encoded_locals"])))
    if "__return__" in names and names[-1] != "__return__":
        problems.append("%s: __return__ is not the last variable" % where)
    expected = "%s_f%d%s%s" % (frame["func_name"], frame["frame_id"],
                               "_p" if frame["is_parent"] else "",
                               "_z" if frame["is_zombie"] else "")
    if frame["unique_hash"] != expected:
        problems.append("%s: unique_hash %r, not %r" % (where, frame["unique_hash"], expected))
    for parent in frame["parent_frame_id_list"]:
        if parent not in frame_ids:
            problems.append("%s: parent frame %r is not shown" % (where, parent))
    for name, value in frame["encoded_locals"].items():
        _check_value(value, "%s local %s" % (where, name), heap, refs, problems)


def _check_value(value, where, heap, refs, problems):
    """An encoded value: a JSON primitive, or a REF, SPECIAL_FLOAT or
    IMPORTED_FAUX_PRIMITIVE list."""
    if value is None or isinstance(value, (bool, int, str)):
        return
    if isinstance(value, float):
        # (An integral float is a SPECIAL_FLOAT as pg_encoder writes it, but
        # rounding to 4 places can make one inline: 2.99999 gives 3.0.)
        if value != value or value in (float("inf"), float("-inf")):
            problems.append("%s: %r is not JSON" % (where, value))
        return
    if isinstance(value, list) and len(value) == 2:
        tag, payload = value
        if tag == "REF":
            if not _positive_int(payload):
                problems.append("%s: REF to %r" % (where, payload))
            elif str(payload) not in heap:
                problems.append("%s: REF %d is not in the heap" % (where, payload))
            else:
                refs.add(payload)
            return
        if tag == "SPECIAL_FLOAT":
            if not (isinstance(payload, str) and SPECIAL_FLOATS.match(payload)):
                problems.append("%s: SPECIAL_FLOAT %r" % (where, payload))
            return
        if tag == "IMPORTED_FAUX_PRIMITIVE":
            if not isinstance(payload, str):
                problems.append("%s: IMPORTED_FAUX_PRIMITIVE %r" % (where, payload))
            return
    problems.append("%s: %r is not an encoded value" % (where, value))


def _check_pairs(pairs, where, heap, refs, problems, string_keys):
    for pair in pairs:
        if not (isinstance(pair, list) and len(pair) == 2):
            problems.append("%s: %r is not a [key, value] pair" % (where, pair))
            continue
        if string_keys and not isinstance(pair[0], str):
            problems.append("%s: attribute name %r" % (where, pair[0]))
        else:
            _check_value(pair[0], where, heap, refs, problems)
        _check_value(pair[1], where, heap, refs, problems)


def _check_heap_object(obj, where, heap, refs, problems):
    if not (isinstance(obj, list) and obj and isinstance(obj[0], str)):
        problems.append("%s: %r is not a heap object" % (where, obj))
        return
    tag, rest = obj[0], obj[1:]
    if tag in ("LIST", "TUPLE", "SET"):
        for item in rest:
            _check_value(item, where, heap, refs, problems)
    elif tag == "DICT":
        _check_pairs(rest, where, heap, refs, problems, string_keys=False)
    elif tag == "INSTANCE":
        if not rest or not isinstance(rest[0], str):
            problems.append("%s: INSTANCE without a class name" % where)
            return
        _check_pairs(rest[1:], where, heap, refs, problems, string_keys=True)
    elif tag == "INSTANCE_PPRINT":
        if len(rest) < 2 or not isinstance(rest[0], str) or not isinstance(rest[1], str):
            problems.append("%s: INSTANCE_PPRINT without a class name and text" % where)
            return
        _check_pairs(rest[2:], where, heap, refs, problems, string_keys=True)
    elif tag == "CLASS":
        if len(rest) < 2 or not isinstance(rest[0], str) or not (
                isinstance(rest[1], list) and all(isinstance(n, str) for n in rest[1])):
            problems.append("%s: CLASS without a name and superclass names" % where)
            return
        _check_pairs(rest[2:], where, heap, refs, problems, string_keys=True)
    elif tag == "FUNCTION":
        if len(rest) not in (2, 3) or not isinstance(rest[0], str) or not (
                rest[1] is None or _positive_int(rest[1])):
            problems.append("%s: FUNCTION is not [name, parent frame id (, defaults)]"
                            % where)
            return
        if len(rest) == 3:
            if not isinstance(rest[2], list):
                problems.append("%s: FUNCTION defaults %r" % (where, rest[2]))
            else:
                _check_pairs(rest[2], where, heap, refs, problems, string_keys=True)
    elif tag == "module":
        if len(rest) != 1 or not isinstance(rest[0], str):
            problems.append("%s: module without a name" % where)
    elif tag == "HEAP_PRIMITIVE":
        if len(rest) != 2 or not isinstance(rest[0], str):
            problems.append("%s: HEAP_PRIMITIVE is not [type, value]" % where)
        else:
            _check_value(rest[1], where, heap, refs, problems)
    else:
        problems.append("%s: unknown heap object %r" % (where, tag))
