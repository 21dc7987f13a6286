"""The exports open: `glass trace --format chrome` and `--format pytutor` validated.

Counterpart: glass/explorer/chrome.py (chrome_trace), pytutor.py (PytutorRecorder) and
glass/tools/trace.py.  The chrome documents are checked against the Trace
Event Format (tests/tools/trace_event_schema.py), the pytutor ones against
Python Tutor's execution trace format (tests/tools/pytutor_trace_format.py),
for several programs: a recursion, generators, two threads, a cycle
collected by gc.collect(), an uncaught exception, a syntax error and a loop
cut by --max-steps.  The host answers the rest: the program's output and
status (python3), the calls, exceptions and Python Tutor's entries
(sys.settrace under python3, which is what Python Tutor's pg_logger.py
listens to) and the final values of the globals.
"""
from __future__ import annotations

import collections
import json
import os
import sys
import textwrap

import pytest

# The validators sit beside this file (pytest imports tests by path, so
# their folder is not on sys.path by itself).
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pytutor_trace_format  # noqa: E402
import trace_event_schema  # noqa: E402
from oracle import run_glass, run_python  # noqa: E402
from glass.tools.stdlib import HOST_IS_CPYTHON_311

pytestmark = pytest.mark.skipif(not HOST_IS_CPYTHON_311,
                                reason="the programs are compiled with -X compiler=host")

PROGRAMS = {
    "recursion": """\
        def fact(n):
            if n <= 1:
                return 1
            return n * fact(n - 1)

        def fib(n):
            return n if n < 2 else fib(n - 1) + fib(n - 2)

        def scale(values, by=2, *rest, shift=0.5, **options):
            return [v * by + shift for v in values]

        half = 2.5
        whole = 3.0
        big = 2 ** 70
        tiny = -1e-7
        infinite = float("inf")
        pair = (1, "one")
        table = {"a": [1, 2], 3: None, "nested": {"t": (True, False)}}
        shapes = {4, 5}
        frozen = frozenset({6})
        span = range(3)
        raw = b"ab"
        twice = lambda x, k=2: x * k
        scaled = scale([1, 2])
        print(fact(6), fib(6), half * whole, big, twice(4), scaled)
    """,
    "closures": """\
        def make_adder(k):
            def add(v):
                return v + k
            return add

        def counter():
            count = 0
            def bump():
                nonlocal count
                count += 1
                return count
            return bump

        add3 = make_adder(3)
        bump = counter()
        bump()
        print(add3(4), bump())
    """,
    "generator": """\
        def countdown(n):
            while n:
                received = yield n
                n -= 1
            return "done"

        def relay(n):
            result = yield from countdown(n)
            yield result

        gen = countdown(2)
        first = next(gen)
        second = gen.send("hi")
        values = list(relay(3))
        squares = (v * v for v in values if isinstance(v, int))
        print(first, second, values, sum(squares))
    """,
    "threads": """\
        import threading

        lock = threading.Lock()
        totals = []

        def work(n):
            total = 0
            for i in range(n):
                total += i
            with lock:
                totals.append(total)

        workers = [threading.Thread(target=work, args=(k,)) for k in (200, 300)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
        print(sorted(totals))
    """,
    "cycle": """\
        import gc

        class Node:
            kind = "node"

            def __init__(self, name):
                self.name = name
                self.other = None

            def __del__(self):
                print("freeing", self.name)

        class Leaf(Node):
            pass

        a = Node("a")
        b = Leaf("b")
        a.other, b.other = b, a
        del a, b
        found = gc.collect()
        print("collected", found >= 2)
    """,
    "uncaught": """\
        def divide(a, b):
            return a / b

        def middle(values):
            return [divide(1, v) for v in values]

        print("before")
        try:
            middle([1, 0])
        except ZeroDivisionError as error:
            print("caught", error)
        middle([1, 2, 0])
        print("never")
    """,
}

LOOP = """\
n = 0
print("start")
while True:
    n += 1
"""

# Python Tutor's entries as sys.settrace sees them under python3 (what
# pg_logger.py, a bdb.Bdb, turns into its trace): [event, line, function,
# message], class bodies and what they run left out, <module>'s call left
# out, the last return of <module> dropped after an exception (pg_logger's
# finalize), and, as bdb's dispatch_exception does, no exception event for
# the StopIteration without traceback that 3.11's SEND reports to a tracer
# when a generator returns to `yield from` (nothing raised it in the frame).
# Also: the calls (settrace "call" events, a generator's resumptions
# included) and the generator frames made, by function, the exceptions by
# type, and the final globals that JSON can hold.
HOST_EVENTS = """\
import json, sys, threading
path, out = sys.argv[1], sys.argv[2]
entries, calls, generators, raised = [], {}, {}, []
made = set()
hiding = [None]

def class_body(code):
    return not code.co_flags & 1 and code.co_name != "<module>"

def tracer(frame, event, arg):
    code = frame.f_code
    if code.co_filename != path:
        return None
    if event == "call":
        calls[code.co_name] = calls.get(code.co_name, 0) + 1
        if code.co_flags & 0x20 and frame not in made:
            made.add(frame)
            generators[code.co_name] = generators.get(code.co_name, 0) + 1
    if event == "exception":
        if code.co_flags & 0x3a0 and arg[0] is StopIteration and arg[2] is None:
            return tracer
        raised.append(arg[0].__name__)
    if hiding[0] is not None:
        if frame is hiding[0] and event == "return":
            hiding[0] = None
        return tracer
    if class_body(code):
        if event == "call":
            hiding[0] = frame
        return tracer
    if event == "call" and code.co_name == "<module>":
        return tracer
    entry = [{"line": "step_line"}.get(event, event), frame.f_lineno, code.co_name]
    if event == "exception":
        entry.append("%s: %s" % (arg[0].__name__, arg[1]))
    entries.append(entry)
    return tracer

namespace = {"__name__": "__main__", "__file__": path}
failed = False
threading.settrace(tracer)
sys.settrace(tracer)
try:
    exec(compile(open(path).read(), path, "exec"), namespace)
except BaseException:
    failed = True
finally:
    sys.settrace(None)
    threading.settrace(None)
if len(entries) >= 2 and entries[-2][0] == "exception" and entries[-1][0] == "return" \\
        and entries[-1][2] == "<module>":
    entries.pop()

def plain(value):
    try:
        json.dumps(value, allow_nan=False)
    except (TypeError, ValueError):
        return False
    return type(value) in (int, str, bool, float, type(None), list, tuple, dict)

final = {name: value for name, value in namespace.items()
         if not name.startswith("__") and plain(value)}
with open(out, "w") as file:
    json.dump({"entries": entries, "calls": calls, "generators": generators,
               "raised": raised, "globals": final, "failed": failed}, file)
"""


@pytest.fixture(scope="module")
def programs(tmp_path_factory):
    """{name: path} of the programs, written out once."""
    folder = tmp_path_factory.mktemp("programs")
    paths = {}
    for name, source in list(PROGRAMS.items()) + [("loop", LOOP),
                                                  ("syntax", "x = 1\nprint(x\n")]:
        path = folder / (name + ".py")
        path.write_text(textwrap.dedent(source))
        paths[name] = path
    (folder / "host_events.py").write_text(HOST_EVENTS)
    return paths


@pytest.fixture(scope="module")
def host(programs, tmp_path_factory):
    """What the host says of each program: its run and its settrace view."""
    folder = tmp_path_factory.mktemp("host")
    found = {}
    for name in PROGRAMS:
        run = run_python([str(programs[name])])
        out = folder / (name + ".json")
        traced = run_python([str(programs["recursion"].parent / "host_events.py"),
                             str(programs[name]), str(out)])
        assert traced.status == 0, traced.stderr
        found[name] = (run, json.loads(out.read_text()))
    return found


def export(programs, tmp_path, name, format, *options):
    out = tmp_path / ("%s.%s.json" % (name, format))
    run = run_glass(["trace", "-X", "compiler=host", "--format", format] + list(options)
                    + ["-o", str(out), str(programs[name])])
    text = out.read_text()
    return run, text


# --- the validators fail on what they must refuse -------------------------------------------

def test_the_trace_event_validator_refuses_malformed_documents():
    good = {"traceEvents": [
        {"name": "thread_name", "ph": "M", "pid": 1, "tid": 1, "args": {"name": "main"}},
        {"name": "f", "cat": "call", "ph": "X", "ts": 0, "dur": 10, "pid": 1, "tid": 1},
        {"name": "g", "cat": "call", "ph": "B", "ts": 2, "pid": 1, "tid": 1},
        {"name": "g", "cat": "call", "ph": "E", "ts": 5, "pid": 1, "tid": 1},
        {"name": "hand-off", "cat": "gil", "ph": "s", "id": 1, "ts": 3, "pid": 1, "tid": 1},
        {"name": "h", "ph": "X", "ts": 4, "dur": 3, "pid": 1, "tid": 2},
        {"name": "hand-off", "cat": "gil", "ph": "f", "bp": "e", "id": 1, "ts": 5,
         "pid": 1, "tid": 2},
        {"name": "memory", "ph": "C", "ts": 1, "pid": 1, "tid": 1, "args": {"live": 3}},
        {"name": "gc", "ph": "i", "s": "p", "ts": 6, "pid": 1, "tid": 1},
        {"name": "job", "cat": "async", "ph": "b", "id": 7, "ts": 1, "pid": 1, "tid": 1},
        {"name": "job", "cat": "async", "ph": "e", "id": 7, "ts": 9, "pid": 1, "tid": 1}],
        "displayTimeUnit": "ms", "otherData": {"producer": "test"}}
    assert trace_event_schema.validate(good) == []

    def broken(index, **changes):
        document = json.loads(json.dumps(good))
        document["traceEvents"][index].update(changes)
        for key, value in changes.items():
            if value is None:
                del document["traceEvents"][index][key]
        return trace_event_schema.validate(document)

    assert broken(1, ph="Q")                       # no such phase
    assert broken(1, dur=None)                     # X without dur
    assert broken(1, dur=-1)
    assert broken(1, ts="0")                       # ts not a number
    assert broken(1, tid="main")                   # tid not an integer
    assert broken(1, dur=4)                        # X [0, 4] cuts B/E [2, 5]
    assert broken(3, ts=1)                         # E before its B: time goes back
    assert broken(3, name="other")                 # E closing another slice
    assert broken(2, ph="E", name=None)            # an E with no B open
    assert broken(4, ts=20)                        # the flow start is in no slice
    assert broken(6, bp="x")                       # a bad binding point
    assert broken(6, id=2)                         # a flow end without its start
    assert broken(7, args={"live": "three"})       # a counter's value not a number
    assert broken(8, s="x")                        # an instant's scope
    assert broken(0, name="thread_title")          # unknown metadata
    assert broken(0, args={})                      # thread_name without args.name
    assert broken(10, id=8)                        # async end without its begin
    assert broken(9, cat=None)                     # nestable async without cat
    assert trace_event_schema.validate({"traceEvents": [], "displayTimeUnit": "s"})
    assert trace_event_schema.validate({"events": []})
    assert trace_event_schema.validate({"traceEvents": [
        {"name": "x", "ph": "C", "ts": float("nan"), "pid": 1, "tid": 1, "args": {"v": 1}}]})


def test_the_pytutor_validator_refuses_malformed_documents():
    frame = {"func_name": "f", "frame_id": 1, "encoded_locals": {"x": ["REF", 1]},
             "ordered_varnames": ["x"], "is_highlighted": True, "is_parent": False,
             "is_zombie": False, "parent_frame_id_list": [], "unique_hash": "f_f1"}
    point = {"event": "call", "line": 2, "func_name": "f", "globals": {"f": ["REF", 2]},
             "ordered_globals": ["f"], "stack_to_render": [frame],
             "heap": {"1": ["LIST", 1, ["SPECIAL_FLOAT", "Infinity"]],
                      "2": ["FUNCTION", "f(x)", None]}, "stdout": ""}
    ret = json.loads(json.dumps(point))
    ret["event"] = "return"
    ret["stack_to_render"][0]["encoded_locals"]["__return__"] = 1.5
    ret["stack_to_render"][0]["ordered_varnames"].append("__return__")
    good = {"code": "...", "trace": [point, ret]}
    assert pytutor_trace_format.validate(good) == []

    def broken(change):
        document = json.loads(json.dumps(good))
        change(document["trace"])
        return pytutor_trace_format.validate(document)

    assert broken(lambda t: t[0].update(event="line"))
    assert broken(lambda t: t[0].pop("heap"))
    assert broken(lambda t: t[0]["heap"].update({"1": ["LIST", ["REF", 9]]}))   # dangling REF
    assert broken(lambda t: t[0]["heap"].update({"3": ["TUPLE"]}))      # unreachable object
    assert broken(lambda t: t[0]["heap"].update({"1": ["ARRAY", 1]}))   # unknown heap tag
    assert broken(lambda t: t[0]["globals"].update(f=float("nan")))     # not JSON
    assert broken(lambda t: t[0]["globals"].update(f=["SPECIAL_FLOAT", "inf"]))
    assert broken(lambda t: t[0].update(ordered_globals=[]))
    assert broken(lambda t: t[0]["stack_to_render"][0].update(unique_hash="f_1"))
    assert broken(lambda t: t[0]["stack_to_render"][0].update(is_highlighted=False))
    assert broken(lambda t: t[0]["stack_to_render"][0].update(frame_id=0))
    assert broken(lambda t: t[0]["stack_to_render"][0].update(ordered_varnames=["x", "x"]))
    assert broken(lambda t: t[1]["stack_to_render"][0]["ordered_varnames"].reverse())
    assert broken(lambda t: t[1].update(stdout="later", event="step_line") or
                  t[0].update(stdout="earlier"))                       # stdout shrinks
    assert broken(lambda t: t.pop())                                   # a call never returns
    assert broken(lambda t: t.insert(0, {"event": "instruction_limit_reached",
                                         "exception_msg": "..."}))    # not last
    assert broken(lambda t: t[0].update(func_name="g"))                # not the frame's function
    assert broken(lambda t: t[1]["stack_to_render"][0]["encoded_locals"].pop("__return__")
                  and t[1]["stack_to_render"][0]["ordered_varnames"].pop())


# --- chrome -------------------------------------------------------------------------------

def _program_functions(path):
    """{co_name: co_qualname} of the program's code objects (host compile())."""
    found, todo = {}, [compile(path.read_text(), str(path), "exec")]
    while todo:
        code = todo.pop()
        found[code.co_name] = code.co_qualname
        todo += [const for const in code.co_consts if hasattr(const, "co_code")]
    return found


def _host_calls(traced, generators=True):
    """Slices Glass draws per function: the host's settrace calls (a
    generator's resumptions included) and one more for each generator
    made (its run up to RETURN_GENERATOR, which settrace does not show)."""
    expected = collections.Counter(traced["calls"])
    if generators:
        expected.update(traced["generators"])
    expected.pop("<module>", None)
    return expected


@pytest.mark.parametrize("name", sorted(PROGRAMS))
def test_chrome_export_is_a_valid_trace_event_document(programs, host, tmp_path, name):
    run, text = export(programs, tmp_path, name, "chrome", "--memory")
    host_run, traced = host[name]
    assert (run.stdout, run.status) == (host_run.stdout, host_run.status), run.stderr
    document = trace_event_schema.load_strict(text)
    trace_event_schema.check(document)
    events = document["traceEvents"]
    assert document["otherData"]["exit_status"] == host_run.status
    # Every track used is named; thread 0 is the main thread.
    named = {event["tid"] for event in events if event["name"] == "thread_name"}
    assert {event["tid"] for event in events if event["ph"] != "M"} <= named
    # Each call of the program's functions is a slice (a generator's each
    # run between a resumption and a yield); <module> one slice.
    qualnames = set(_program_functions(programs[name]).values())
    slices = [event for event in events if event["ph"] == "X" and event.get("cat") == "call"
              and event["name"] in qualnames and event["args"]["file"] == str(programs[name])]
    drawn = collections.Counter(event["name"].rpartition(".")[2] for event in slices)
    assert drawn.pop("<module>") == 1
    assert drawn == _host_calls(traced)
    # The exceptions: one instant per frame of the program an exception
    # passes through (the standard library's own are not the host's).
    raised = [event["name"] for event in events if event.get("cat") == "exception"
              and event["args"]["function"] in qualnames]
    assert sorted(raised) == sorted("raise " + kind for kind in traced["raised"])
    # The counters of --memory: live objects and total refcount.
    counters = [event for event in events if event["ph"] == "C"]
    assert counters and all(set(event["args"]) == {"live objects", "total refcount"}
                            for event in counters)
    end = max(event["ts"] + event.get("dur", 0) for event in events if "ts" in event)
    assert all(0 <= event["ts"] <= end for event in events if "ts" in event)
    if name == "threads":
        assert {event["tid"] for event in slices} == {0, 1, 2}
        gil = [event for event in events if event.get("cat") == "gil"]
        holdings = [event for event in gil if event["ph"] == "X"]
        assert holdings and {event["tid"] for event in holdings} == {1000}
        starts = [event for event in gil if event["ph"] == "s"]
        ends = [event for event in gil if event["ph"] == "f"]
        assert starts and len(starts) == len(ends)
    if name == "cycle":
        collections_ = [event for event in events if event.get("cat") == "gc"
                        and event["ph"] == "X" and event["name"] == "gc generation 2"]
        assert len(collections_) == 1
        start, stop = collections_[0]["ts"], collections_[0]["ts"] + collections_[0]["dur"]
        finalizers = [event for event in slices if event["name"].endswith("__del__")]
        assert len(finalizers) == 2
        assert all(start <= event["ts"] and event["ts"] + event["dur"] <= stop
                   for event in finalizers)


def test_chrome_export_of_a_run_cut_short_and_of_a_syntax_error(programs, tmp_path):
    run, text = export(programs, tmp_path, "loop", "chrome", "--max-steps", "400")
    assert run.status == 124 and run.stdout == "start\n"
    document = trace_event_schema.load_strict(text)
    trace_event_schema.check(document)
    cut = [event for event in document["traceEvents"] if event["name"].startswith("CUT SHORT")]
    assert len(cut) == 1 and cut[0]["ph"] == "i" and cut[0]["s"] == "g"
    assert cut[0]["ts"] == 400 and document["otherData"]["truncated"]
    module = [event for event in document["traceEvents"] if event["ph"] == "X"]
    assert [(event["name"], event["ts"], event["dur"]) for event in module] == \
        [("<module>", 0, 400)]

    run, text = export(programs, tmp_path, "syntax", "chrome")
    assert run.status == 1 and "SyntaxError" in run.stderr
    document = trace_event_schema.load_strict(text)
    trace_event_schema.check(document)
    assert [event["ph"] for event in document["traceEvents"]] == ["M"]


# --- pytutor ------------------------------------------------------------------------------

def _decode(value, heap):
    """A Python Tutor value back into a Python value (for comparing globals)."""
    if isinstance(value, list):
        tag = value[0]
        if tag == "SPECIAL_FLOAT":
            return float(value[1].replace("Infinity", "inf"))
        if tag == "REF":
            obj = heap[str(value[1])]
            if obj[0] == "LIST":
                return [_decode(item, heap) for item in obj[1:]]
            if obj[0] == "TUPLE":
                return [_decode(item, heap) for item in obj[1:]]
            if obj[0] == "DICT":
                return {str(_decode(key, heap)): _decode(item, heap) for key, item in obj[1:]}
            return obj
    return value


def _rounded(value):
    """Python Tutor shows floats rounded to 4 places."""
    if isinstance(value, float):
        return round(value, 4)
    if isinstance(value, list):
        return [_rounded(item) for item in value]
    if isinstance(value, dict):
        return {key: _rounded(item) for key, item in value.items()}
    return value


def _entries(document):
    found = []
    for entry in document["trace"]:
        shown = [entry["event"], entry.get("line"), entry.get("func_name")]
        if entry["event"] == "exception":
            shown.append(entry["exception_msg"])
        found.append(shown)
    return found


@pytest.mark.parametrize("name", sorted(PROGRAMS))
def test_pytutor_export_has_python_tutors_format_and_the_hosts_steps(programs, host,
                                                                     tmp_path, name):
    run, text = export(programs, tmp_path, name, "pytutor")
    host_run, traced = host[name]
    assert (run.stdout, run.status) == (host_run.stdout, host_run.status), run.stderr
    document = json.loads(text)
    pytutor_trace_format.check(document)
    assert document["code"] == programs[name].read_text()
    entries = _entries(document)
    if name == "threads":
        # The threads interleave differently; each thread's entries are the host's.
        assert collections.Counter(map(tuple, entries)) == \
            collections.Counter(map(tuple, traced["entries"]))
    else:
        assert entries == traced["entries"]
    last = document["trace"][-1]
    assert last["stdout"] == host_run.stdout
    if name == "uncaught":
        assert last["event"] == "exception" and \
            last["exception_msg"] == "ZeroDivisionError: division by zero"
        return
    assert last["event"] == "return" and last["func_name"] == "<module>"
    shown = {key: _decode(value, last["heap"]) for key, value in last["globals"].items()}
    for key, value in traced["globals"].items():
        if name == "threads" and isinstance(value, list):
            value, shown[key] = sorted(value), sorted(shown[key])   # the threads' order
        assert shown[key] == _rounded(value), key
    if name == "recursion":
        heap = last["heap"]
        assert last["globals"]["whole"] == ["SPECIAL_FLOAT", "3.0"]
        assert last["globals"]["infinite"] == ["SPECIAL_FLOAT", "Infinity"]
        assert last["globals"]["tiny"] == -0.0 and last["globals"]["half"] == 2.5
        assert heap[str(last["globals"]["shapes"][1])] == ["SET", 4, 5]
        assert heap[str(last["globals"]["frozen"][1])] == \
            ["INSTANCE_PPRINT", "frozenset", "frozenset({6})"]
        assert heap[str(last["globals"]["span"][1])] == \
            ["INSTANCE_PPRINT", "range", "range(0, 3)"]
        assert heap[str(last["globals"]["raw"][1])] == ["INSTANCE_PPRINT", "bytes", "b'ab'"]
        assert heap[str(last["globals"]["scale"][1])] == \
            ["FUNCTION", "scale(values, by, *rest, shift, **options)", None,
             [["by", 2], ["shift", 0.5]]]
        assert heap[str(last["globals"]["twice"][1])] == \
            ["FUNCTION", "<lambda>(x, k) <line 23>", None, [["k", 2]]]
        returns = [entry["stack_to_render"][-1]["encoded_locals"]
                   for entry in document["trace"]
                   if entry["event"] == "return" and entry["func_name"] == "fact"]
        assert [(frame["n"], frame["__return__"]) for frame in returns] == \
            [(1, 1), (2, 2), (3, 6), (4, 24), (5, 120), (6, 720)]
    if name == "cycle":
        classes = {key: last["heap"][str(value[1])] for key, value in last["globals"].items()
                   if isinstance(value, list) and value[0] == "REF"
                   and last["heap"][str(value[1])][0] == "CLASS"}
        assert classes["Node"][:3] == ["CLASS", "Node", []]
        assert [attribute for attribute, _ in classes["Node"][3:]] == \
            ["__del__", "__init__", "kind"]
        assert classes["Leaf"] == ["CLASS", "Leaf", ["Node"]]
        assert last["globals"]["gc"] == ["REF", last["globals"]["gc"][1]]
        assert last["heap"][str(last["globals"]["gc"][1])] == ["INSTANCE", "module"]
    if name == "closures":
        # Python Tutor's closures: a frame in which a function was defined
        # is its parent ("_p"), kept on show after it returns (a zombie,
        # "_z"); the function's frame lists its parent and does not show
        # again the free variables the parent shows; the FUNCTION names it.
        add_call = [entry for entry in document["trace"]
                    if entry["event"] == "return" and entry["func_name"] == "add"][0]
        parent, frame = add_call["stack_to_render"][0], add_call["stack_to_render"][-1]
        assert parent["func_name"] == "make_adder" and parent["is_zombie"]
        assert parent["is_parent"] and parent["unique_hash"].endswith("_p_z")
        assert parent["encoded_locals"]["k"] == 3
        assert frame["parent_frame_id_list"] == [parent["frame_id"]]
        assert frame["ordered_varnames"] == ["v", "__return__"]
        function = add_call["heap"][str(add_call["globals"]["add3"][1])]
        assert function == ["FUNCTION", "add(v)", parent["frame_id"]]
        counts = [entry["stack_to_render"][1]["encoded_locals"]["count"]
                  for entry in document["trace"] if entry["func_name"] == "bump"
                  and entry["event"] == "return"]
        assert counts == [1, 2]              # the zombie's cell, as bump changes it
    if name == "generator":
        # A generator's frame takes a new id at each resumption, as in
        # pg_logger, so the frames are always in increasing id order.
        calls = [entry["stack_to_render"][-1]["frame_id"] for entry in document["trace"]
                 if entry["event"] == "call"]
        assert calls == sorted(calls) and len(set(calls)) == len(calls)


def test_pytutor_export_of_a_run_cut_short_and_of_a_syntax_error(programs, tmp_path):
    run, text = export(programs, tmp_path, "loop", "pytutor", "--max-steps", "400")
    assert run.status == 124
    document = json.loads(text)
    pytutor_trace_format.check(document)
    assert document["trace"][-1]["event"] == "instruction_limit_reached"
    assert "400" in document["trace"][-1]["exception_msg"]
    assert document["glass"]["truncated"]
    assert {entry["line"] for entry in document["trace"][:-1]} == {1, 2, 3, 4}

    run, text = export(programs, tmp_path, "syntax", "pytutor")
    assert run.status == 1
    document = json.loads(text)
    pytutor_trace_format.check(document)
    host = run_python(["-c", "compile(open(%r).read(), %r, 'exec')"
                       % (str(programs["syntax"]), str(programs["syntax"]))])
    message = host.stderr.strip().splitlines()[-1]
    [entry] = document["trace"]
    assert entry["event"] == "uncaught_exception" and entry["line"] == 2
    assert entry["exception_msg"].startswith(message)
