"""Memory, collector and GIL events: what a recorder adds to the steps.

Counterpart: none in CPython (its nearest are a debug build's
-X showrefcount and Py_TRACE_REFS, and gc.callbacks); this watches the VM
through glass/vm/probes.py (watch_memory, watch_collector, watch_gil).

`WatchesMemory` is shared by the Recorder (glass/explorer/record.py: the
json trace and the explorer) and the text trace's TraceProbe
(glass/tools/trace.py); docs/trace-format.md describes the events.
"""
from __future__ import annotations

import collections

from glass.vm import probes, pystate

# --- Memory, collector and GIL events --------------------------------------------------------

MEMORY_KINDS = ("alloc", "incref", "decref", "dealloc")
GARBAGE_SHOWN = 200              # unreachable objects listed per collection, at most
_ZEROS_KEPT = 4096               # counts that reached zero, kept to spot a revival


class WatchesMemory:
    """What a recorder adds with --memory (refcount events) and always (a
    collection's events, the GIL's hand-offs): it turns what glass/vm/probes.py
    reports into event dicts (docs/trace-format.md) and hands each to
    `self.add_event(event, running)`, `running` being the entry of the
    watched instruction in progress on that thread ([record, events] or
    None).  The subclass keeps `self.running` up to date through
    `instruction_started` / `instruction_ended` / `instruction_failed`.

    Its own work (reprs of values) changes refcounts too: while `self.busy`
    the refcount writes are not reported."""

    def init_watching(self, memory=False, immortal=False):
        self.memory = memory
        self.immortal = immortal              # --memory-all: None, small ints... too
        self.busy = False
        self.running = {}                     # id(thread state) -> [[record, events], ...]
        self.last_memory = None               # (w_obj, event, entry) to extend
        self.zeros = collections.OrderedDict()   # id -> (w_obj, event) that reached 0
        self.untyped = []                     # (event, w_obj): allocations to name
        self.gil_requests = []                # (tstate, cause, tick) from waiting threads
        self.garbage = None                   # the unreachable objects of a collection
        self.watching = False

    def start_watching(self):
        self.watching = True
        probes.watch_collector(self)
        probes.watch_gil(self)
        if self.memory:
            probes.watch_memory(self)

    def stop_watching(self):
        if not self.watching:
            return
        self.watching = False
        if self.memory:
            probes.unwatch_memory(self)
        probes.unwatch_collector(self)
        probes.unwatch_gil(self)
        self.name_allocations()

    # which instruction is running

    def _stack(self, tstate=None):
        tstate = tstate or pystate.current()
        stack = self.running.get(id(tstate))
        if stack is None:
            stack = self.running[id(tstate)] = []
        return stack

    def instruction_started(self, record):
        stack = self._stack()
        while stack and stack[-1][0] is record:
            self._close(stack.pop(), None)    # its previous instruction raised
        stack.append([record, []])

    def instruction_ended(self, record, step_index):
        stack = self._stack()
        while stack:
            entry = stack.pop()
            if entry[0] is record:
                self._close(entry, step_index)
                break
            self._close(entry, None)

    def instruction_failed(self, record):
        """The frame's instruction raised (or the frame was left): it has no step."""
        stack = self._stack()
        while stack and stack[-1][0] is record:
            self._close(stack.pop(), None)

    def _close(self, entry, step_index):
        self.name_allocations()
        self.events_closed(entry[1], step_index)
        for event in entry[1]:
            if step_index is None:
                event["during"] = None
            elif event["step"] != step_index:
                event["during"] = step_index
        entry[1] = ()
        if self.last_memory is not None and self.last_memory[2] is entry:
            self.last_memory = None

    def events_closed(self, events, step_index):
        """The events of an instruction that ended (step_index: its step)
        or raised (None): for a subclass that writes them out."""

    def current_entry(self):
        stack = self.running.get(id(pystate.current()))
        return stack[-1] if stack else None

    def name_allocations(self):
        """An allocation is reported before the object has a type (the
        refcount is W_Object.__init__'s first write): name it now."""
        for event, w_obj in self.untyped:
            event["type"] = _type_name(w_obj)
        del self.untyped[:]

    # refcounts (probes.watch_memory)

    def refcount_changed(self, w_obj, old, new):
        if self.busy or not self.watching or self.stopped:
            return
        if not self.immortal and (new >= probes.IMMORTAL_THRESHOLD or
                                  (old is not None and old >= probes.IMMORTAL_THRESHOLD)):
            return
        if old is None:
            kind = "alloc"
        elif new == old:
            return
        elif new == 0:
            kind = "dealloc"
        else:
            kind = "incref" if new > old else "decref"
        entry = self.current_entry()
        if entry is None:
            return                            # no watched instruction runs on this thread
        oid = id(w_obj)
        if old == 0:
            # Revived from zero (a finalizer's temporary resurrection): the
            # zero was not a deallocation after all.
            zero = self.zeros.pop(oid, None)
            if zero is not None and zero[0] is w_obj:
                zero[1]["kind"] = "decref"
        last = self.last_memory
        if last is not None and last[0] is w_obj and last[2] is entry \
                and kind in ("incref", "decref") and last[1]["kind"] == kind \
                and last[1]["step"] == self.step_number():
            event = last[1]                   # one more of the same: a count
            event["refcount"] = new
            event["count"] = event.get("count", 1) + 1
            return
        event = {"step": self.step_number(), "kind": kind, "thread": self.thread(),
                 "object": oid, "refcount": new}
        if kind == "alloc":
            event["type"] = None
            self.untyped.append((event, w_obj))
        else:
            event["type"] = _type_name(w_obj)
        if new == 0:
            self.zeros[oid] = (w_obj, event)
            if len(self.zeros) > _ZEROS_KEPT:
                self.zeros.popitem(last=False)
        self.last_memory = (w_obj, event, entry)
        entry[1].append(event)
        self.add_event(event, entry)

    # the collector (probes.watch_collector)

    def collection_started(self, generation, examined):
        if not self.watching or self.stopped:
            return
        self.last_memory = None
        self.garbage = None
        entry = self.current_entry()
        event = {"step": self.step_number(), "tick": self.tick, "kind": "gc_start",
                 "thread": self.thread(), "generation": generation}
        self._place(event, entry)

    def collection_unreachable(self, generation, unreachable):
        if not self.watching or self.stopped:
            return
        self.garbage = probes.garbage_references(unreachable)

    def collection_stopped(self, generation, counts):
        if not self.watching or self.stopped:
            return
        self.last_memory = None
        entry = self.current_entry()
        event = {"step": self.step_number(), "tick": self.tick, "kind": "gc_stop",
                 "thread": self.thread(), "generation": generation}
        event.update(counts)
        garbage = self.garbage or []
        self.garbage = None
        event["garbage"] = [{"object": id(w_obj), "type": _type_name(w_obj),
                             "refers_to": [id(w_child) for w_child in children]}
                            for w_obj, children in garbage[:GARBAGE_SHOWN]]
        if len(garbage) > GARBAGE_SHOWN:
            event["garbage_left_out"] = len(garbage) - GARBAGE_SHOWN
        self._place(event, entry)

    def _place(self, event, entry):
        if entry is not None:
            entry[1].append(event)
        self.add_event(event, entry)

    # the GIL (probes.watch_gil)

    def gil_event(self, kind, tstate, cause):
        if not self.watching or self.stopped:
            return
        if kind == "request":
            # From a thread that does not hold the GIL: only noted here, and
            # written out by the holder, before its next event.
            self.gil_requests.append((tstate, cause, self.tick))
            return
        self.flush_gil_requests()
        self.last_memory = None
        event = {"step": self.step_number(), "tick": self.tick, "kind": "gil_" + kind,
                 "thread": self.thread_number(tstate), "cause": cause}
        self.add_event(event, None)

    def flush_gil_requests(self):
        while self.gil_requests:
            tstate, cause, tick = self.gil_requests.pop(0)
            self.add_event({"step": self.step_number(), "tick": tick, "kind": "gil_request",
                            "thread": self.thread_number(tstate), "cause": cause}, None)


def _type_name(w_obj):
    w_type = getattr(w_obj, "ob_type", None)
    return getattr(w_type, "name", "?") if w_type is not None else "?"
