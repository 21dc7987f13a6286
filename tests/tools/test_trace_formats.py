"""`glass trace --format json|jsonl|chrome|pytutor`: the recorded formats.

Counterpart: glass/tools/trace.py, glass/explorer/record.py, formats.py,
chrome.py and pytutor.py; the formats are described in docs/trace-format.md.
The host answers what it can: the code objects' instructions and positions
(its compile() and dis), the program's output and exit status (python3), the
lines Python Tutor must show (sys.settrace line events under python3).  The
rest is checked for shape and for consistency (the deltas replayed give the
keyframes).
"""
from __future__ import annotations

import json
import os
import re
import sys
import textwrap

import pytest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))    # the validators beside
import pytutor_trace_format  # noqa: E402
import trace_event_schema  # noqa: E402
from oracle import run_glass, run_python  # noqa: E402
from glass.tools.stdlib import HOST_IS_CPYTHON_311

pytestmark = pytest.mark.skipif(not HOST_IS_CPYTHON_311,
                                reason="the programs are compiled with -X compiler=host")

PROGRAM = """\
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    @property
    def size(self):
        return self.x + len(self.y)

def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)

def countdown(n):
    while n:
        yield n
        n -= 1

def make_adder(k):
    def add(v):
        return v + k
    return add

total = fact(5)
seen = [value for value in countdown(3)]
point = Point(1, "two")
size = point.size
table = {"a": [1, 2], "b": (3,)}
add3 = make_adder(3)
try:
    {}["missing"]
except KeyError as error:
    caught = str(error)
print("<script>alert('x')</script>", total, seen, add3(4), caught)
"""

LOOP = """\
n = 0
print("start")
while True:
    n += 1
"""


def run_trace(tmp_path, source, *options, name="prog.py"):
    path = tmp_path / name
    path.write_text(source)
    out = tmp_path / "trace.out"
    run = run_glass(["trace", "-X", "compiler=host"] + list(options)
                    + ["-o", str(out), str(path)])
    return run, out, path


@pytest.fixture(scope="module")
def recorded(tmp_path_factory):
    """The json recording of PROGRAM (keyframes every 7 steps, so the
    deltas between them are exercised)."""
    tmp_path = tmp_path_factory.mktemp("json")
    run, out, path = run_trace(tmp_path, PROGRAM, "--format", "json",
                               "--keyframe-every", "7")
    assert run.status == 0, run.stderr
    return run, json.loads(out.read_text()), path


# --- json ---------------------------------------------------------------------------------

def check_delta(delta, where):
    assert set(delta) <= {"pop", "push", "ids", "locals", "local_ids"}, where
    assert len(delta.get("ids", delta.get("push", []))) == len(delta.get("push", [])), where
    assert isinstance(delta.get("pop", 0), int) and delta.get("pop", 0) >= 0, where
    assert all(isinstance(item, str) for item in delta.get("push", [])), where


def validate_glass_trace(trace):
    """The checks docs/trace-format.md implies, field by field."""
    assert set(trace) == {"header", "codes", "steps", "events", "output", "end"}
    header = trace["header"]
    assert header["format"] == "glass-trace" and header["version"] == 2
    assert isinstance(header["argv"], list) and isinstance(header["sources"], dict)
    assert header["keyframe_every"] >= 1
    for index, code in enumerate(trace["codes"]):
        assert code["id"] == index
        for key in ("name", "qualname", "filename", "module"):
            assert isinstance(code[key], str)
        assert len(code["localspluskinds"]) == len(code["localsplusnames"])
        assert set(code["localspluskinds"]) <= {"local", "cell", "free"}
        for instr in code["instructions"]:
            assert instr["offset"] % 2 == 0 and isinstance(instr["opname"], str)
        for position in code["positions"]:
            assert len(position) == 4
    threads = set(header["threads"])
    kinds = {"call", "resume", "return", "yield", "generator", "raise", "unwind",
             "alloc", "incref", "decref", "dealloc", "gc_start", "gc_stop",
             "gil_request", "gil_drop", "gil_take"}
    for index, step in enumerate(trace["steps"]):
        assert step["step"] == index
        assert step["thread"] in threads
        code = trace["codes"][step["code"]]
        offsets = {instr["offset"]: instr for instr in code["instructions"]}
        assert step["offset"] in offsets, step
        assert offsets[step["offset"]]["opname"] == step["opname"]
        assert step["pos"] == code["positions"][step["offset"] // 2]
        assert step["line"] == step["pos"][0]
        for key in ("before", "after"):
            if key in step:
                check_delta(step[key], step)
        for value in step.get("locals", {}).values():
            assert value is None or isinstance(value, str)
        if index % header["keyframe_every"] == 0:
            assert "keyframe" in step, index
    last = -1
    for event in trace["events"]:
        assert event["kind"] in kinds
        assert 0 <= event["step"] <= len(trace["steps"]) and event["step"] >= last
        last = event["step"]
    assert trace["end"]["steps"] == len(trace["steps"])


def normalize(data, ids=None):
    """Host addresses in reprs (a code object's) and object ids differ
    between runs: ids become ID1, ID2... in the order they first appear."""
    if ids is None:
        ids = {}

    def rename(text):
        return ids.setdefault(text, "ID%d" % (len(ids) + 1))
    if isinstance(data, dict):
        return {normalize(key, ids): normalize(value, ids) for key, value in data.items()}
    if isinstance(data, list):
        return [normalize(item, ids) for item in data]
    if isinstance(data, str):
        data = re.sub(r"0x[0-9a-f]+", "0xADDR", data)
        return re.sub(r"\d{12,}", lambda found: rename(found.group()), data)
    if isinstance(data, int) and not isinstance(data, bool) and data >= 10 ** 11:
        return rename(str(data))
    return data


def test_json_trace_is_well_formed_and_matches_the_host(recorded, tmp_path):
    run, trace, path = recorded
    validate_glass_trace(trace)
    assert trace["header"]["truncated"] is None and trace["end"]["exit_status"] == 0
    assert trace["header"]["sources"][str(path)] == PROGRAM
    # The program's own output and status are the host's.
    host = run_python([str(path)])
    assert run.stdout == host.stdout and host.status == 0
    assert "".join(text for _, fd, text in trace["output"] if fd == 1) == host.stdout
    # Every code object: its instructions and positions as the host's dis sees them.
    script = textwrap.dedent("""\
        import dis, json, sys
        source = open(sys.argv[1]).read()
        codes, todo = {}, [compile(source, sys.argv[1], "exec")]
        while todo:
            code = todo.pop()
            codes[code.co_qualname] = {
                "instructions": [[i.offset, i.opname, i.arg, i.argrepr]
                                 for i in dis.get_instructions(code)],
                "positions": [list(p) for p in code.co_positions()],
                "names": list(code.co_varnames + code.co_cellvars + code.co_freevars)}
            todo += [c for c in code.co_consts if hasattr(c, "co_code")]
        print(json.dumps(codes))
    """)
    (tmp_path / "codes.py").write_text(script)
    host_codes = json.loads(run_python([str(tmp_path / "codes.py"), str(path)]).stdout)
    recorded_names = {code["qualname"] for code in trace["codes"]}
    assert recorded_names == set(host_codes)    # every code object of the program ran
    for code in trace["codes"]:
        expected = host_codes[code["qualname"]]
        assert normalize([[i["offset"], i["opname"], i["arg"], i["argrepr"]]
                          for i in code["instructions"]]) == normalize(expected["instructions"])
        assert code["positions"] == expected["positions"]
        assert set(code["localsplusnames"]) == set(expected["names"])


def check_keyframes(trace):
    """Replaying the deltas from one keyframe reaches the next one exactly;
    the number of keyframes checked."""
    from glass.explorer.formats import apply_delta, apply_locals
    events_by_step = {}
    for event in trace["events"]:
        events_by_step.setdefault(event["step"], []).append(event)
    frames = None
    checked = 0
    for step in trace["steps"]:
        if frames is not None:
            for event in events_by_step.get(step["step"], ()):
                if event["kind"] == "call":
                    frames[event["frame"]] = {"stack": [], "locals": {}}
                elif event["kind"] in ("return", "unwind"):
                    frames.pop(event["frame"], None)
            frame = frames.setdefault(step["frame"], {"stack": [], "locals": {}})
            if "before" in step:
                frame["stack"] = apply_delta(frame["stack"], step["before"])
                frame["locals"] = apply_locals(frame["locals"], step["before"].get("locals"))
        if "keyframe" in step:
            keyed = {f["frame"]: {"stack": f["stack"], "locals": f["locals"]}
                     for f in step["keyframe"]["frames"]}
            if frames is not None:
                assert frames == keyed, step["step"]
                checked += 1
            frames = {fid: {"stack": list(f["stack"]), "locals": dict(f["locals"])}
                      for fid, f in keyed.items()}
        frame = frames.setdefault(step["frame"], {"stack": [], "locals": {}})
        frame["stack"] = apply_delta(frame["stack"], step.get("after"))
        frame["locals"] = apply_locals(frame["locals"], step.get("locals"))
    return checked


def test_json_deltas_replay_to_the_keyframes(recorded):
    _, trace, _ = recorded
    assert check_keyframes(trace) > 10


def test_json_keyframes_with_threads_and_nested_calls(tmp_path):
    """Steps are stored when they end, so a property getter's steps (run
    inside LOAD_ATTR) and other threads' steps come before the instruction
    that started first; the keyframes must agree with that order."""
    source = textwrap.dedent("""\
        import threading
        class Box:
            @property
            def value(self):
                return [1, 2]
        def work(n):
            total = 0
            for i in range(n):
                total += i + len(Box().value)
            print("done", n, total)
        workers = [threading.Thread(target=work, args=(k,)) for k in (30, 40)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
    """)
    run, out, path = run_trace(tmp_path, source, "--format", "json", "--keyframe-every", "3")
    assert run.status == 0, run.stderr
    assert sorted(run.stdout.splitlines()) == sorted(run_python([str(path)]).stdout.splitlines())
    trace = json.loads(out.read_text())
    validate_glass_trace(trace)
    assert trace["header"]["threads"] == [0, 1, 2]
    assert check_keyframes(trace) > 100


def test_json_steps_show_stacks_locals_and_events(recorded):
    from glass.explorer.formats import replay
    _, trace, _ = recorded
    codes = trace["codes"]
    states = list(replay(trace))
    # fact's multiplication: n * fact(n - 1) with n == 2 finds [2, 1] and leaves [2].
    mults = [(before, after) for step, before, after, _ in states
             if codes[step["code"]]["qualname"] == "fact" and step["opname"] == "BINARY_OP"
             and step["arg"] == 5]
    assert (["2", "1"], ["2"]) in mults and (["5", "24"], ["120"]) in mults
    # The module's variables, as the last step leaves them.
    final = states[-1][3][0]["locals"]
    assert final["total"] == "120" and final["seen"] == "[3, 2, 1]"
    assert final["point"] == "<Point object>" and final["caught"] == "\"'missing'\""
    # A closure's free variable is shown by its contents.
    add_steps = [step for step, *_ in states if codes[step["code"]]["qualname"]
                 == "make_adder.<locals>.add"]
    assert add_steps
    kinds = [(e["kind"], codes[e["code"]]["qualname"]) for e in trace["events"]]
    assert kinds.count(("call", "fact")) == 5 and kinds.count(("return", "fact")) == 5
    assert kinds.count(("yield", "countdown")) == 3
    assert kinds.count(("generator", "countdown")) == 1
    assert kinds.count(("resume", "countdown")) == 4
    assert kinds.count(("call", "countdown")) == 1
    assert ("raise", "<module>") in kinds
    assert kinds[0] == ("call", "<module>") and kinds[-1] == ("return", "<module>")


def test_jsonl_holds_the_same_records(recorded, tmp_path):
    from glass.explorer.formats import read_jsonl
    _, trace, path = recorded
    out = tmp_path / "trace.jsonl"
    run = run_glass(["trace", "-X", "compiler=host", "--format", "jsonl", "--keyframe-every",
                     "7", "-o", str(out), str(path)])
    assert run.status == 0, run.stderr
    lines = out.read_text().splitlines()
    records = [json.loads(line) for line in lines]
    assert records[0]["type"] == "header" and records[-1]["type"] == "end"
    types = [record["type"] for record in records]
    assert types.index("step") > max(i for i, t in enumerate(types) if t == "code")
    again = read_jsonl(lines)
    # A recording is deterministic: two runs allocate the same objects in
    # the same order, so once the ids (host addresses, which move from run
    # to run) are numbered by first appearance, heap samples included, the
    # two recordings are the same.
    assert normalize(again) == normalize(trace)


# --- chrome -------------------------------------------------------------------------------

def test_chrome_trace_events_are_well_formed(tmp_path):
    run, out, _ = run_trace(tmp_path, PROGRAM, "--format", "chrome")
    assert run.status == 0, run.stderr
    document = trace_event_schema.load_strict(out.read_text())
    trace_event_schema.check(document)       # the format's rules (test_export_formats.py)
    assert isinstance(document["traceEvents"], list)
    slices = {}
    for event in document["traceEvents"]:
        assert isinstance(event["name"], str) and event["pid"] == 1
        assert isinstance(event["tid"], int)
        assert event["ph"] in ("M", "X", "i")
        if event["ph"] == "M":
            assert event["name"] in ("process_name", "thread_name")
            assert isinstance(event["args"]["name"], str)
            continue
        assert isinstance(event["ts"], int) and event["ts"] >= 0
        if event["ph"] == "X":
            assert isinstance(event["dur"], int) and event["dur"] >= 0
            slices.setdefault(event["tid"], []).append((event["ts"], event["ts"] + event["dur"],
                                                        event["name"]))
        else:
            assert event["s"] in ("t", "p", "g")
    # On each thread the slices nest (a call lies inside its caller) or are apart.
    for spans in slices.values():
        for start, end, _ in spans:
            for other_start, other_end, _ in spans:
                apart = end <= other_start or other_end <= start
                nested = (start <= other_start and other_end <= end) or \
                    (other_start <= start and end <= other_end)
                assert apart or nested
    names = [name for spans in slices.values() for _, _, name in spans]
    assert names.count("fact") == 5 and names.count("<module>") == 1
    # countdown: its call (up to RETURN_GENERATOR), then four resumptions
    # (three yields and the final return).
    assert names.count("countdown") == 5
    raises = [e for e in document["traceEvents"] if e["ph"] == "i"]
    assert [e["name"] for e in raises] == ["raise KeyError"]


# --- pytutor ------------------------------------------------------------------------------

# Python Tutor does not show class bodies (pg_logger skips them): neither
# does this, nor Glass's pytutor format.
HOST_LINES = """\
import json, sys
path = sys.argv[1]
events = []
def tracer(frame, event, arg):
    code = frame.f_code
    if code.co_filename != path or not code.co_flags & 1 and code.co_name != "<module>":
        return None
    if event == "line":
        events.append([frame.f_lineno, code.co_name])
    return tracer
sys.settrace(tracer)
try:
    exec(compile(open(path).read(), path, "exec"), {"__name__": "__main__"})
finally:
    sys.settrace(None)
sys.stdout.flush()
sys.stderr.write(json.dumps(events))
"""


def test_pytutor_trace_has_what_python_tutor_reads(tmp_path):
    run, out, path = run_trace(tmp_path, PROGRAM, "--format", "pytutor")
    assert run.status == 0, run.stderr
    document = json.loads(out.read_text())
    pytutor_trace_format.check(document)     # Python Tutor's format (test_export_formats.py)
    assert document["code"] == PROGRAM
    entries = document["trace"]
    fields = {"event", "line", "func_name", "globals", "ordered_globals",
              "stack_to_render", "heap", "stdout"}
    frame_fields = {"func_name", "is_parent", "frame_id", "parent_frame_id_list",
                    "encoded_locals", "ordered_varnames", "is_zombie", "is_highlighted",
                    "unique_hash"}
    for entry in entries:
        assert fields <= set(entry), entry
        assert entry["event"] in ("step_line", "call", "return", "exception")
        assert set(entry["ordered_globals"]) == set(entry["globals"])
        for frame in entry["stack_to_render"]:
            assert frame_fields <= set(frame)
            assert set(frame["ordered_varnames"]) == set(frame["encoded_locals"])
        refs = re.findall(r'\["REF", (\d+)\]', json.dumps([entry["globals"],
                                                           entry["stack_to_render"],
                                                           entry["heap"]]))
        assert all(ref in entry["heap"] for ref in refs)      # every reference resolves
    # The lines shown are the line events CPython's settrace reports.
    (tmp_path / "lines.py").write_text(HOST_LINES)
    host = run_python([str(tmp_path / "lines.py"), str(path)])
    host_lines = json.loads(host.stderr)
    shown = [[e["line"], e["func_name"]] for e in entries if e["event"] == "step_line"]
    assert shown == host_lines
    last = entries[-1]
    assert last["stdout"] == run.stdout
    heap = last["heap"]
    assert heap[str(last["globals"]["seen"][1])] == ["LIST", 3, 2, 1]
    assert last["globals"]["total"] == 120
    point = heap[str(last["globals"]["point"][1])]
    assert point == ["INSTANCE", "Point", ["x", 1], ["y", "two"]]
    returns = [e for e in entries if e["event"] == "return" and e["func_name"] == "fact"]
    assert [e["stack_to_render"][-1]["encoded_locals"]["__return__"] for e in returns] \
        == [1, 2, 6, 24, 120]


# --- --max-steps, --only, --hide-stdlib ---------------------------------------------------

@pytest.mark.parametrize("format", ["json", "text", "chrome", "pytutor"])
def test_max_steps_cuts_the_run_loudly(tmp_path, format):
    run, out, _ = run_trace(tmp_path, LOOP, "--format", format, "--max-steps", "300")
    assert run.status == 124
    assert "WARNING: the run was cut short after --max-steps 300 instructions" in run.stderr
    assert run.stdout == "start\n"
    text = out.read_text()
    if format == "text":
        assert text.splitlines()[-1] == \
            "!!! the run was cut short after --max-steps 300 instructions"
        assert len([line for line in text.splitlines() if " L" in line]) == 300
        return
    document = json.loads(text)
    if format == "json":
        validate_glass_trace(document)
        assert document["header"]["truncated"] == document["end"]["truncated"] \
            == "the run was cut short after --max-steps 300 instructions"
        assert len(document["steps"]) == 300 and document["end"]["exit_status"] == 124
    elif format == "chrome":
        cut = [e for e in document["traceEvents"] if e["name"].startswith("CUT SHORT")]
        assert len(cut) == 1 and cut[0]["s"] == "g"
        assert document["otherData"]["truncated"]
    else:
        assert document["trace"][-1]["event"] == "instruction_limit_reached"
        assert document["glass"]["truncated"]


def test_max_steps_stops_a_thread_that_never_ends(tmp_path):
    source = textwrap.dedent("""\
        import threading
        def spin():
            n = 0
            while True:
                n += 1
        print("start", flush=True)
        worker = threading.Thread(target=spin)
        worker.start()
        worker.join()
    """)
    run, out, _ = run_trace(tmp_path, source, "--format", "json", "--max-steps", "4000",
                            "--hide-stdlib")
    assert run.status == 124 and run.stdout == "start\n"
    assert "WARNING: the run was cut short after --max-steps 4000 instructions" in run.stderr
    trace = json.loads(out.read_text())
    validate_glass_trace(trace)
    assert trace["end"]["truncated"] and trace["end"]["ticks"] == 4000
    assert trace["header"]["threads"] == [0, 1]
    spinning = [step for step in trace["steps"] if step["thread"] == 1]
    assert spinning and {trace["codes"][s["code"]]["qualname"] for s in spinning} == {"spin"}


def test_only_and_hide_stdlib_choose_the_frames(tmp_path):
    source = "import colorsys\n" + PROGRAM + "print(colorsys.rgb_to_hsv(0.2, 0.4, 0.4))\n"
    run, out, path = run_trace(tmp_path, source, "--format", "json", "--only", "prog:fact")
    assert run.status == 0, run.stderr
    trace = json.loads(out.read_text())
    validate_glass_trace(trace)
    assert {code["qualname"] for code in trace["codes"]} == {"fact"}
    assert len([e for e in trace["events"] if e["kind"] == "call"]) == 5
    host = run_python([str(path)])
    assert run.stdout == host.stdout

    run, out, _ = run_trace(tmp_path, source, "--format", "json", "--only", "__main__")
    names = {code["qualname"] for code in json.loads(out.read_text())["codes"]}
    assert "fact" in names and "<module>" in names and "rgb_to_hsv" not in names

    run, out, _ = run_trace(tmp_path, source, "--format", "json")
    files = {code["filename"] for code in json.loads(out.read_text())["codes"]}
    assert any(name.endswith("colorsys.py") for name in files)
    run, out, _ = run_trace(tmp_path, source, "--format", "json", "--hide-stdlib")
    files = {code["filename"] for code in json.loads(out.read_text())["codes"]}
    assert files == {str(path)}


def test_usage_errors(tmp_path):
    (tmp_path / "prog.py").write_text("pass\n")
    run = run_glass(["trace", "--format", "json", str(tmp_path / "prog.py")])
    assert run.status == 2 and "needs -o FILE" in run.stderr
    run = run_glass(["trace", "--format", "svg", "-o", "x", str(tmp_path / "prog.py")])
    assert run.status == 2 and "invalid choice" in run.stderr
