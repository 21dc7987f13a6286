"""`glass trace --memory`, collector and GIL events, and -X showrefcount.

Counterpart: glass/vm/probes.py (watch_memory, watch_collector, watch_gil),
glass/explorer/record.py (WatchesMemory), glass/tools/trace.py (the text
lines), glass/explorer/chrome.py (the Chrome format), glass/vm/gc.py and
glass/vm/gil.py (what they report).  The host answers what it can: how many
times a class's __del__ ran (so how many of its objects were freed), what
gc.collect() returned, what sys.getrefcount() said.  The rest is checked
for consistency: each refcount event follows from the one before it, the
GIL changes hands in turns, -X showrefcount's totals grow by what a program
keeps.
"""
from __future__ import annotations

import collections
import json
import re
import textwrap

import pytest

from oracle import run_glass, run_python
from glass.tools.stdlib import HOST_IS_CPYTHON_311

pytestmark = pytest.mark.skipif(not HOST_IS_CPYTHON_311,
                                reason="because the programs are compiled with -X compiler=host")

MEMORY_KINDS = ("alloc", "incref", "decref", "dealloc")

# Objects freed in every way CPython frees them: a plain decref, a container
# emptied, a cycle found by gc.collect(), a __del__ that resurrects its
# object (once: __del__ runs once, the object dies later), a generator
# closed by its finalizer.  Everything is freed before the program ends.
FINALIZERS = """\
import gc
import sys

created = 0
finalized = 0
saved = []

class Tracked:
    def __init__(self, label):
        global created
        created += 1
        self.label = label
        self.other = None

    def __del__(self):
        global finalized
        finalized += 1
        if self.label == "phoenix":
            saved.append(self)          # resurrected

def churn(n):
    items = [Tracked("item%d" % i) for i in range(n)]
    items.pop()
    del items[0]
    return len(items)

gc.collect()
gc.disable()
a = Tracked("a")
del a
print("churn", churn(4))
left, right = Tracked("left"), Tracked("right")
left.other, right.other = right, left
del left, right
print("collected", gc.collect())
p = Tracked("phoenix")
del p
print("saved", len(saved))
saved.clear()
x = Tracked("x")
print("refs", sys.getrefcount(x))
holder = [x, x]
print("refs", sys.getrefcount(x))
table = {"k": x}
print("refs", sys.getrefcount(x))
del holder
print("refs", sys.getrefcount(x))
del table, x

def numbers():
    yield Tracked("in generator")
    yield 2

g = numbers()
print(next(g).label)
del g
print("created", created, "finalized", finalized)
"""


def write(tmp_path, source, name="prog.py"):
    path = tmp_path / name
    path.write_text(source)
    return path


def record(tmp_path, path, *options, fmt="json"):
    out = tmp_path / ("trace.%s" % fmt)
    run = run_glass(["trace", "-X", "compiler=host", "--format", fmt] + list(options)
                    + ["-o", str(out), str(path)])
    assert run.status == 0, run.stderr
    return run, json.loads(out.read_text())


def host_counts(stdout):
    """{word: [numbers]} of the lines "word n n ..." the program printed."""
    return {key: [int(v) for v in values.split()]
            for key, values in re.findall(r"^(\w+) ([\d ]+)$", stdout, re.M)}


def created_and_finalized(stdout):
    created, finalized = re.search(r"^created (\d+) finalized (\d+)$", stdout, re.M).groups()
    return int(created), int(finalized)


@pytest.fixture(scope="module")
def finalizers(tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("finalizers")
    path = write(tmp_path, FINALIZERS)
    host = run_python([str(path)])
    assert host.status == 0, host.stderr
    run, trace = record(tmp_path, path, "--memory")
    assert run.stdout == host.stdout
    return host, trace


def memory_events(trace):
    return [e for e in trace["events"] if e["kind"] in MEMORY_KINDS]


def test_deallocations_are_the_host_finalizations(finalizers):
    host, trace = finalizers
    created, finalized = created_and_finalized(host.stdout)
    events = memory_events(trace)
    kinds = collections.Counter(e["kind"] for e in events if e["type"] == "Tracked")
    # Each Tracked is allocated once, and freed once, however it dies:
    # the resurrected one is freed when `saved` lets go of it.
    assert kinds["alloc"] == created
    assert kinds["dealloc"] == finalized == created
    freed = {e["object"] for e in events if e["kind"] == "dealloc" and e["type"] == "Tracked"}
    assert len(freed) == created
    # The one __del__ resurrected went through zero without being freed then.
    revived = [e for e in events if e["type"] == "Tracked" and e["kind"] == "decref"
               and e["refcount"] == 0]
    assert len(revived) >= 1
    # An instance's finalizer runs inside the instruction that dropped it.
    for event in events:
        assert event["step"] <= len(trace["steps"])
        if event.get("during") is not None:
            assert event["during"] >= event["step"]


def test_each_event_follows_from_the_previous_one(finalizers):
    _, trace = finalizers
    last = {}
    checked = 0
    for event in memory_events(trace):
        oid, count = event["object"], event.get("count", 1)
        previous = last.get(oid)
        if event["kind"] == "alloc":
            assert event["refcount"] >= 1
        elif previous is not None:
            expected = {"incref": previous + count, "decref": previous - count,
                        "dealloc": 0}[event["kind"]]
            assert event["refcount"] == expected, event
            if event["kind"] == "dealloc":
                assert previous == 1, event
            checked += 1
        last[oid] = None if event["kind"] == "dealloc" else event["refcount"]
        assert event["kind"] != "alloc" or previous is None, event     # ids are not reused live
    assert checked > 100
    # The events are in step order, as every event of the trace.
    steps = [e["step"] for e in trace["events"]]
    assert steps == sorted(steps)


def test_refcounts_are_those_sys_getrefcount_printed(finalizers):
    host, trace = finalizers
    printed = [int(v) for v in re.findall(r"^refs (\d+)$", host.stdout, re.M)]
    from glass.explorer.formats import replay
    code = next(c["id"] for c in trace["codes"] if c["qualname"] == "<module>")
    x_id = None
    calls = []
    lines = set()
    source_lines = trace["header"]["sources"][trace["codes"][code]["filename"]].split("\n")
    for step, _, _, frames in replay(trace):
        if step["code"] != code:
            continue
        ids = frames[step["frame"]]["local_ids"]
        if x_id is None and "x" in ids:
            x_id = ids["x"]
        if step["opname"] == "CALL" and "getrefcount" in source_lines[step["line"] - 1] \
                and step["line"] not in lines:
            calls.append(step["step"])            # the line's first call: getrefcount's
            lines.add(step["line"])
    assert x_id is not None and len(calls) == len(printed) == 4
    history = [e for e in memory_events(trace) if e["object"] == x_id]
    for call, value in zip(calls, printed):
        # The count when the call starts (the argument's stack slot included)
        # is what getrefcount returned.
        before = [e for e in history if e["step"] < call and e.get("during", e["step"]) != call]
        assert before[-1]["refcount"] == value, (call, before[-1])


def test_text_format_puts_the_events_under_their_instruction(tmp_path, finalizers):
    host, trace = finalizers
    path = write(tmp_path, FINALIZERS)
    run = run_glass(["trace", "-X", "compiler=host", "--memory", str(path)])
    assert run.status == 0, run.stderr
    lines = run.stdout.splitlines()
    mem = [line for line in lines if line.lstrip().startswith("mem ")]
    deallocs = [line for line in mem if " dealloc Tracked " in line]
    assert len(deallocs) == created_and_finalized(host.stdout)[1]
    assert len([line for line in mem if " alloc   Tracked " in line]) == len(deallocs)
    # Every memory line sits under an instruction line or another event line.
    for index, line in enumerate(lines):
        if line.lstrip().startswith("mem "):
            above = lines[index - 1].lstrip()
            assert not above.startswith("-->"), (index, line)
    assert any(line.startswith("=== gc: generation 2 done") for line in lines)
    # Without --memory: no memory lines, the collector's still there.
    plain = run_glass(["trace", "-X", "compiler=host", str(path)])
    assert not any(line.lstrip().startswith("mem ") for line in plain.stdout.splitlines())
    assert "=== gc: generation 2 done" in plain.stdout


CYCLES = """\
import gc
gc.collect()
gc.disable()
finalized = []

class Node:
    def __init__(self, label):
        self.label = label
        self.next = None

class Closing(Node):
    def __del__(self):
        finalized.append(self.label)

def ring(cls, size):
    first = node = cls("0")
    for i in range(1, size):
        node.next = cls(str(i))
        node = node.next
    node.next = first

ring(Node, 3)
ring(Closing, 2)
selfish = []
selfish.append(selfish)
del selfish
print("collected", gc.collect())
print("finalized", len(finalized))
print("again", gc.collect())
"""


def test_collections_say_what_gc_collect_returned(tmp_path):
    path = write(tmp_path, CYCLES)
    host = run_python([str(path)])
    counts = host_counts(host.stdout)
    for options in (("--memory",), ()):
        run, trace = record(tmp_path, path, *options)
        assert run.stdout == host.stdout
        starts = [e for e in trace["events"] if e["kind"] == "gc_start"]
        stops = [e for e in trace["events"] if e["kind"] == "gc_stop"]
        assert len(starts) == len(stops) == 3          # gc.collect() three times
        for start, stop in zip(starts, stops):
            assert start["generation"] == stop["generation"] == 2
            assert start["step"] <= stop["step"]
        second, third = stops[1], stops[2]
        assert second["collected"] + second["uncollectable"] == counts["collected"][0]
        assert third["collected"] + third["uncollectable"] == counts["again"][0]
        assert second["finalized"] == counts["finalized"][0]
        assert second["uncollectable"] == 0
        assert second["unreachable"] == len(second["garbage"]) >= second["finalized"]
        assert second["examined"] >= second["unreachable"]
        # What held each cycle: the rings and the self-referring list.
        garbage = {g["object"]: g for g in second["garbage"]}
        by_type = collections.Counter(g["type"] for g in second["garbage"])
        assert by_type["Node"] == 3 and by_type["Closing"] == 2 and by_type["list"] == 1
        for g in garbage.values():
            assert g["refers_to"] and all(oid in garbage for oid in g["refers_to"])
        selfish = next(g for g in garbage.values() if g["type"] == "list")
        assert selfish["refers_to"] == [selfish["object"]]
        # Each ring is a cycle through the objects' dicts (3.11 keeps no dict
        # object for them: Glass's inline dicts are not garbage of their own).
        for kind, size in (("Node", 3), ("Closing", 2)):
            start = next(oid for oid, g in garbage.items() if g["type"] == kind)
            seen, oid = [], start
            while oid not in seen:
                seen.append(oid)
                oid = garbage[oid]["refers_to"][0]
            assert oid == start and len(seen) == size
        if options:
            freed = collections.Counter(e["type"] for e in memory_events(trace)
                                        if e["kind"] == "dealloc"
                                        and second["step"] >= e["step"] >= starts[1]["step"])
            assert freed["Node"] == 3 and freed["Closing"] == 2 and freed["list"] >= 1


THREADS = """\
import threading
import time

results = {}

def worker(name, count):
    total = 0
    for i in range(count):
        total += i
    time.sleep(0.002)
    results[name] = total

threads = [threading.Thread(target=worker, args=("t%d" % k, 2000)) for k in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results.items()))
"""


def test_the_gil_changes_hands_in_turns(tmp_path):
    path = write(tmp_path, THREADS)
    host = run_python([str(path)])
    run, trace = record(tmp_path, path, "--hide-stdlib")
    assert run.stdout == host.stdout
    gil = [e for e in trace["events"] if e["kind"] in ("gil_take", "gil_drop")]
    assert gil[0]["kind"] == "gil_take" and gil[0]["thread"] == 0
    assert gil[0]["cause"] == "a second thread starts"
    holder = None
    for event in gil:
        if event["kind"] == "gil_take":
            assert holder is None, event                # nobody holds it
            holder = event["thread"]
        else:
            assert event["thread"] == holder, event     # only the holder drops it
            holder = None
    starts = [e for e in gil if e["cause"] == "thread start"]
    assert sorted(e["thread"] for e in starts) == [1, 2]
    assert {e["cause"] for e in gil if e["kind"] == "gil_drop"} >= {"blocking call",
                                                                    "thread exit"}
    assert set(trace["header"]["threads"]) == {0, 1, 2}
    for event in trace["events"]:
        if event["kind"] == "gil_request":
            assert event["cause"] == "switch interval"
    # Between a take and the next drop, only the holder's steps run.
    by_step = sorted(gil, key=lambda e: e["step"])
    for take, drop in zip(by_step, by_step[1:]):
        if take["kind"] == "gil_take" and drop["kind"] == "gil_drop":
            threads = {s["thread"] for s in trace["steps"][take["step"]:drop["step"]]}
            assert threads <= {take["thread"]}, (take, drop)


def test_chrome_has_collections_allocations_counters_and_the_gil(tmp_path):
    source = THREADS + "import gc\nring = []\nring.append(ring)\ndel ring\n" \
        "print('collected', gc.collect())\n"
    path = write(tmp_path, source)
    host = run_python([str(path)])
    run, chrome = record(tmp_path, path, "--hide-stdlib", "--memory", fmt="chrome")
    assert run.stdout == host.stdout
    events = chrome["traceEvents"]
    names = {e["args"]["name"]: e["tid"] for e in events if e["name"] == "thread_name"}
    assert names["GIL"] == 1000 and {"main thread", "thread 1", "thread 2"} <= set(names)
    holdings = [e for e in events if e["tid"] == 1000 and e["ph"] == "X"]
    assert {e["name"] for e in holdings} == {"thread 0", "thread 1", "thread 2"}
    flows = collections.defaultdict(list)
    for e in events:
        if e.get("cat") == "gil" and e["ph"] in "sf":
            flows[e["id"]].append(e)
    assert flows and all(len(pair) <= 2 for pair in flows.values())
    for pair in flows.values():
        if len(pair) == 2:
            start, finish = sorted(pair, key=lambda e: e["ph"] != "s")
            assert start["ph"] == "s" and finish["ph"] == "f" and start["ts"] <= finish["ts"]
    collections_ = [e for e in events if e.get("cat") == "gc" and e["ph"] == "i"]
    assert collections_[-1]["args"]["collected"] == host_counts(host.stdout)["collected"][0]
    counters = [e for e in events if e["ph"] == "C"]
    assert counters and [e["ts"] for e in counters] == sorted(e["ts"] for e in counters)
    allocations = [e for e in events if e["ph"] == "i" and e["name"].startswith("alloc ")]
    assert allocations and max(e["args"]["live objects"] for e in counters) <= len(allocations)


def test_memory_watching_is_free_when_off():
    """The property stands in for the slot only while someone watches."""
    from glass.objects.object import W_Object
    from glass.vm import probes
    from glass.vm.pylifecycle import initialize
    initialize()
    from glass.objects.list import W_List
    slot = W_Object.__dict__["ob_refcnt"]
    assert type(slot).__name__ in ("member_descriptor", "getset_descriptor")
    seen = []

    class Watcher:
        def refcount_changed(self, w_obj, old, new):
            seen.append((type(w_obj).__name__, old, new))
    watcher = probes.watch_memory(Watcher())
    try:
        assert isinstance(W_Object.__dict__["ob_refcnt"], property)
        w_list = W_List([])
        w_list.ob_refcnt += 1
        w_list.ob_refcnt -= 2
    finally:
        probes.unwatch_memory(watcher)
    assert W_Object.__dict__["ob_refcnt"] is slot
    assert seen == [("W_List", None, 1), ("W_List", 1, 2), ("W_List", 2, 0)]
    w_list.ob_refcnt += 5
    assert len(seen) == 3 and w_list.ob_refcnt == 5


def showrefcount(tmp_path, source, name):
    path = write(tmp_path, source, name)
    run = run_glass(["-X", "showrefcount", "-X", "compiler=host", str(path)])
    assert run.status == 0, run.stderr
    last = run.stderr.splitlines()[-1]
    match = re.match(r"^\[(-?\d+) refs, (-?\d+) blocks\]$", last)
    assert match, run.stderr
    return int(match.group(1)), int(match.group(2))


def test_showrefcount_counts_what_a_program_keeps(tmp_path):
    # Kept past finalization: a list on the builtins module holding k lists
    # (one reference each), or k self-referring lists saved in gc.garbage
    # by DEBUG_SAVEALL (two references each: their own, gc.garbage's).
    keep = "import builtins\nbuiltins.keep = [[] for i in range(%d)]\n"
    save = ("import gc\ngc.set_debug(gc.DEBUG_SAVEALL)\nfor i in range(%d):\n"
            "    a = []\n    a.append(a)\na = None\ngc.collect()\n")
    for source, refs_each in ((keep, 1), (save, 2)):
        base_refs, base_blocks = showrefcount(tmp_path, source % 0, "zero.py")
        assert base_blocks > 0 and base_refs > 0
        for k in (1, 40):
            refs, blocks = showrefcount(tmp_path, source % k, "k%d.py" % k)
            assert blocks - base_blocks == k
            assert refs - base_refs == refs_each * k
    # Without the option: nothing printed.
    plain = run_glass(["-X", "compiler=host", str(tmp_path / "zero.py")])
    assert "refs," not in plain.stderr
