"""A validator of the Trace Event Format (what chrome://tracing and Perfetto open).

Counterpart: none in CPython.  The rules are those of Google's "Trace Event
Format" document (https://docs.google.com/document/d/1CvAClvFfyA5R-PhYUmn5OOQtYMH4h6I0nSsKchNAySU,
the JSON Array and JSON Object formats, the event phases and their fields),
read together with its two readers, whose behaviour settles what the
document leaves loose: catapult's trace viewer importer
(tracing/tracing/extras/importer/trace_event_importer.html: metadata names,
instant scopes, flow binding, nestable async events) and Perfetto's JSON
importer (src/trace_processor/importers/json/json_trace_parser_impl.cc:
'X' needs dur, counters need numeric args, instants' scopes).

`validate(document)` returns the list of problems found (empty when the
document is well formed); `check(document)` raises AssertionError listing
them.  Checked:

- the top level: an array of events, or an object whose traceEvents is one,
  with displayTimeUnit "ms" or "ns", otherData an object, systemTraceEvents a
  string, stackFrames an object, samples an array;
- every event: an object with a known one-letter ph, a string name (all but
  some metadata), cat a string, pid and tid integers, ts a number (all but
  metadata), args an object, tts a number, cname a string;
- per phase: B/E balanced per thread (each E closing the last open B, with a
  matching name if it gives one) with ts never decreasing among a thread's
  B/E events; X with a dur >= 0 (tdur a number); B/E and X slices of one
  thread nesting (never partly overlapping); i/I with s one of g, p, t;
  C with at least one args series, all numbers; M named process_name,
  process_labels, process_sort_index, thread_name or thread_sort_index with
  the args each needs; b/e/n with cat, and id (or id2 with local or
  global), each e closing an open b of the same cat, id and name; S/T/p/F
  with an id; s/t/f with a name, a cat and an id, a t or f after an s of
  the same id, an f's bp "e" if given, and each flow point bound to a slice
  of its thread (s, t and an f with bp "e" inside one, an f without bp
  before one); N/O/D with an id, O with args.snapshot; v/V with an id; c
  with args.sync_id;
- the document is strict JSON (no NaN or Infinity, which JSON.parse refuses).
"""
from __future__ import annotations

import json
import numbers

PHASES = frozenset("BEXiICbneSTpFstfPNODMVvRc()")
METADATA_NAMES = {"process_name": ("name", str), "process_labels": ("labels", str),
                  "process_sort_index": ("sort_index", int), "thread_name": ("name", str),
                  "thread_sort_index": ("sort_index", int)}
TIME_UNITS = ("ms", "ns")
CONTAINER_TYPES = {"traceEvents": list, "displayTimeUnit": str, "otherData": dict,
                   "systemTraceEvents": str, "stackFrames": dict, "samples": list,
                   "powerTraceAsString": str, "controllerTraceDataKey": str}


def load_strict(text):
    """json.loads refusing NaN and Infinity, as a browser's JSON.parse does."""
    def refuse(constant):
        raise ValueError("not JSON: %s" % constant)
    return json.loads(text, parse_constant=refuse)


def check(document):
    problems = validate(document)
    assert not problems, "not a valid Trace Event Format document:\n  " + \
        "\n  ".join(problems[:40])


def validate(document):
    problems = []
    if isinstance(document, list):
        events = document
    elif isinstance(document, dict):
        for key, kind in CONTAINER_TYPES.items():
            if key in document and not isinstance(document[key], kind):
                problems.append("%s is not a %s" % (key, kind.__name__))
        if "traceEvents" not in document:
            problems.append("an object document without traceEvents")
        events = document.get("traceEvents") if isinstance(document.get("traceEvents"),
                                                           list) else []
        if document.get("displayTimeUnit", "ms") not in TIME_UNITS:
            problems.append("displayTimeUnit %r is neither 'ms' nor 'ns'"
                            % document["displayTimeUnit"])
    else:
        return ["the document is neither an array nor an object"]
    _check_strict_json(document, problems)
    checker = _Checker(problems)
    for index, event in enumerate(events):
        checker.event(index, event)
    checker.finish()
    return problems


def _check_strict_json(document, problems):
    try:
        json.dumps(document, allow_nan=False)
    except ValueError as error:
        problems.append("not strict JSON: %s" % error)


def _number(value):
    return isinstance(value, numbers.Real) and not isinstance(value, bool)


def _integer(value):
    return isinstance(value, int) and not isinstance(value, bool)


class _Checker:
    def __init__(self, problems):
        self.problems = problems
        self.open_begins = {}          # (pid, tid) -> [(name, ts, index)] of open B events
        self.last_duration_ts = {}     # (pid, tid) -> ts of its last B or E
        self.slices = {}               # (pid, tid) -> [(start, end, index)]
        self.flows = []                # (ts, index, event) of s/t/f events
        self.async_events = []         # (ts, index, event) of b/e/n events

    def problem(self, index, event, text):
        self.problems.append("event %d (%s %r): %s" % (
            index, event.get("ph") if isinstance(event, dict) else "?",
            event.get("name") if isinstance(event, dict) else None, text))

    def event(self, index, event):
        if not isinstance(event, dict):
            self.problems.append("event %d is not an object" % index)
            return
        phase = event.get("ph")
        if not isinstance(phase, str) or phase not in PHASES:
            self.problem(index, event, "unknown phase %r" % (phase,))
            return
        if phase != "M" and "ts" not in event:
            self.problem(index, event, "no ts")
        for key, test, what in (("ts", _number, "a number"), ("tts", _number, "a number"),
                                ("pid", _integer, "an integer"),
                                ("tid", _integer, "an integer"),
                                ("name", lambda v: isinstance(v, str), "a string"),
                                ("cat", lambda v: isinstance(v, str), "a string"),
                                ("cname", lambda v: isinstance(v, str), "a string"),
                                ("args", lambda v: isinstance(v, dict), "an object")):
            if key in event and not test(event[key]):
                self.problem(index, event, "%s is not %s" % (key, what))
        if "name" not in event and phase not in "EM":
            self.problem(index, event, "no name")
        if phase not in "Mc" and ("pid" not in event or "tid" not in event):
            self.problem(index, event, "no pid or tid")
        handler = getattr(self, "phase_" + {"(": "context", ")": "context"}.get(phase, phase),
                          None)
        if handler is not None:
            handler(index, event)

    def thread(self, event):
        return (event.get("pid"), event.get("tid"))

    # --- slices ---------------------------------------------------------------------------

    def duration_order(self, index, event):
        thread = self.thread(event)
        ts = event.get("ts")
        if not _number(ts):
            return False
        last = self.last_duration_ts.get(thread)
        if last is not None and ts < last:
            self.problem(index, event, "ts %s goes back before %s on its thread" % (ts, last))
        self.last_duration_ts[thread] = ts
        return True

    def phase_B(self, index, event):
        if self.duration_order(index, event):
            self.open_begins.setdefault(self.thread(event), []).append(
                (event.get("name"), event["ts"], index))

    def phase_E(self, index, event):
        if not self.duration_order(index, event):
            return
        opened = self.open_begins.get(self.thread(event))
        if not opened:
            self.problem(index, event, "an E without an open B on its thread")
            return
        name, start, begin_index = opened.pop()
        if "name" in event and event["name"] != name:
            self.problem(index, event, "closes B %r of event %d" % (name, begin_index))
        self.slices.setdefault(self.thread(event), []).append((start, event["ts"], begin_index))

    def phase_X(self, index, event):
        duration = event.get("dur")
        if not _number(duration) or duration < 0:
            self.problem(index, event, "an X event needs a dur >= 0, not %r" % (duration,))
            return
        if "tdur" in event and not _number(event["tdur"]):
            self.problem(index, event, "tdur is not a number")
        if _number(event.get("ts")):
            self.slices.setdefault(self.thread(event), []).append(
                (event["ts"], event["ts"] + duration, index))

    def phase_i(self, index, event):
        if event.get("s", "t") not in ("g", "p", "t"):
            self.problem(index, event, "instant scope s=%r is not g, p or t" % event["s"])

    phase_I = phase_i                  # the old letter of instant events

    def phase_C(self, index, event):
        args = event.get("args")
        if not isinstance(args, dict) or not args:
            self.problem(index, event, "a counter needs args with at least one series")
            return
        for series, value in args.items():
            if not _number(value):
                self.problem(index, event, "counter series %r is %r, not a number"
                             % (series, value))

    def phase_M(self, index, event):
        name = event.get("name")
        if name not in METADATA_NAMES:
            self.problem(index, event, "unknown metadata name %r" % (name,))
            return
        key, kind = METADATA_NAMES[name]
        value = (event.get("args") or {}).get(key)
        if not (isinstance(value, kind) and not isinstance(value, bool)):
            self.problem(index, event, "%s needs args.%s, a %s" % (name, key, kind.__name__))
        if "pid" not in event or (name.startswith("thread") and "tid" not in event):
            self.problem(index, event, "%s needs its pid (and tid)" % name)

    def needs_id(self, index, event):
        if "id" not in event and not (isinstance(event.get("id2"), dict) and
                                      ({"local", "global"} & set(event["id2"]))):
            self.problem(index, event, "needs an id (or id2 with local or global)")
            return False
        return True

    def asynchronous(self, index, event):
        if not isinstance(event.get("cat"), str):
            self.problem(index, event, "nestable async events need a cat")
        if self.needs_id(index, event) and _number(event.get("ts")):
            self.async_events.append((event["ts"], index, event))

    phase_b = phase_e = phase_n = asynchronous

    def old_asynchronous(self, index, event):
        self.needs_id(index, event)

    phase_S = phase_T = phase_p = phase_F = old_asynchronous

    def flow(self, index, event):
        if not isinstance(event.get("cat"), str):
            self.problem(index, event, "flow events need a cat")
        if "id" not in event:
            self.problem(index, event, "flow events need an id")
            return
        if event["ph"] == "f" and event.get("bp", "e") != "e":
            self.problem(index, event, "a flow end's bp can only be 'e', not %r" % event["bp"])
        if _number(event.get("ts")):
            self.flows.append((event["ts"], index, event))

    phase_s = phase_t = phase_f = flow

    def object_event(self, index, event):
        if "id" not in event:
            self.problem(index, event, "object events need an id")
        if event["ph"] == "O" and "snapshot" not in (event.get("args") or {}):
            self.problem(index, event, "a snapshot (O) needs args.snapshot")

    phase_N = phase_O = phase_D = object_event

    def phase_v(self, index, event):
        if "id" not in event:
            self.problem(index, event, "memory dumps need an id")

    phase_V = phase_v

    def phase_c(self, index, event):
        if "sync_id" not in (event.get("args") or {}):
            self.problem(index, event, "a clock sync needs args.sync_id")

    def phase_context(self, index, event):
        pass

    # --- the whole trace ------------------------------------------------------------------

    def finish(self):
        for thread, opened in self.open_begins.items():
            for name, _, index in opened:
                self.problems.append("event %d (B %r): never ended on thread %s"
                                     % (index, name, thread))
        self.check_nesting()
        self.check_flows()
        self.check_async()

    def check_nesting(self):
        """A thread's slices nest or lie apart: sorted by start (longest
        first), each must end within every slice it starts in."""
        for thread, spans in self.slices.items():
            spans.sort(key=lambda span: (span[0], -span[1]))
            enclosing = []
            for start, end, index in spans:
                while enclosing and enclosing[-1][1] <= start and \
                        not (enclosing[-1][0] == enclosing[-1][1] == start):
                    enclosing.pop()
                if enclosing and end > enclosing[-1][1]:
                    self.problems.append(
                        "event %d: its slice [%s, %s] on thread %s overlaps slice [%s, %s] "
                        "of event %d without nesting in it" % (
                            index, start, end, thread, enclosing[-1][0], enclosing[-1][1],
                            enclosing[-1][2]))
                    continue
                enclosing.append((start, end, index))

    def enclosing_slice(self, event):
        ts = event["ts"]
        return any(start <= ts <= end for start, end, _ in
                   self.slices.get(self.thread(event), ()))

    def later_slice(self, event):
        ts = event["ts"]
        return any(start >= ts for start, _, _ in self.slices.get(self.thread(event), ()))

    def check_flows(self):
        """As catapult binds them: in ts order (file order on ties), an s
        opens its id, a t or f needs it open; s and t bind to the slice
        around them, f to the slice around it (bp "e") or the next one."""
        open_ids = {}
        for _, index, event in sorted(self.flows, key=lambda item: (item[0], item[1])):
            phase, flow_id = event["ph"], (event.get("cat"), event["id"])
            if phase == "s":
                if flow_id in open_ids:
                    self.problem(index, event, "flow id %r starts again before it ended"
                                 % (event["id"],))
                open_ids[flow_id] = index
            elif flow_id not in open_ids:
                self.problem(index, event, "flow %s for id %r without an open s"
                             % (phase, event["id"]))
                continue
            elif phase == "f":
                del open_ids[flow_id]
            bound = self.enclosing_slice(event) if phase in "st" or "bp" in event \
                else self.later_slice(event)
            if not bound:
                self.problem(index, event, "the flow point at ts %s binds to no slice on "
                             "thread %s" % (event["ts"], self.thread(event)))

    def check_async(self):
        open_async = {}
        for _, index, event in sorted(self.async_events, key=lambda item: (item[0], item[1])):
            key = (event.get("cat"), json.dumps(event.get("id", event.get("id2")),
                                                sort_keys=True))
            if event["ph"] == "b":
                open_async.setdefault(key, []).append(event.get("name"))
            elif event["ph"] == "e":
                names = open_async.get(key, [])
                if event.get("name") not in names:
                    self.problem(index, event, "an async end without its begin")
                else:
                    names.remove(event.get("name"))
        for key, names in open_async.items():
            for name in names:
                self.problems.append("async slice %r %s never ended" % (name, key))
