"""A recorded run as Chrome trace events, for Perfetto and chrome://tracing.

Counterpart: none in CPython.  The format is Google's "Trace Event Format";
`chrome_trace` converts a Glass trace (record.Recorder's dict): call slices
per thread, the GIL's own track, memory and collector events.
"""
from __future__ import annotations


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
