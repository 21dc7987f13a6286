"""The explorer page in a real browser: step through recorded runs and
check every pane against the recorded trace.

Counterpart: glass/explorer/static/ (the page), glass/explorer/server.py
(serving and exporting it) and glass/explorer/record.py (the trace).  For
each program (a recursion with a closure, generators, a class with
__del__, a reference cycle collected by gc.collect(), two threads), the
page is opened twice: the file `glass explore --export` writes, from
file://, and the page `glass explore` serves on 127.0.0.1 under its token.
Keys move through the run (instruction, line, call, return, "until line L
runs again", "until this object's refcount changes", find by id); after
each move every pane is read back from the DOM and compared with what the
trace the page holds says (read by glass.explorer.formats.replay, the
Python reader of the format, and an independent port of the moves here).
The program's final output is also the host CPython's.  Screenshots are kept
under $GLASS_ARTEFACTS (or pytest's tmp_path).

Needs Debian's chromium (/usr/bin/chromium) and playwright's Python package
(.ci/browser-deps installs both); skipped, saying which is missing, without
them.
"""
from __future__ import annotations

import bisect
import json
import os
import re
import shutil
import subprocess

import pytest

from oracle import REPO, glass_command, run_glass, run_python
from glass.tools.stdlib import HOST_IS_CPYTHON_311

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-quic", "--no-first-run",
                 "--disable-sync"]
STATIC = os.path.join(REPO, "glass", "explorer", "static")


def _browser_problem():
    missing = []
    if shutil.which("chromium") is None:
        missing.append("the chromium executable (Debian's chromium package)")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        missing.append("the playwright Python package")
    return " and ".join(missing)


pytestmark = [
    pytest.mark.skipif(not HOST_IS_CPYTHON_311,
                       reason="because the programs are compiled with -X compiler=host"),
    pytest.mark.skipif(bool(_browser_problem()),
                       reason="because this machine lacks %s (bash .ci/browser-deps installs "
                       "them)" % (_browser_problem() or "nothing")),
]

# --- the programs ---------------------------------------------------------------------------

RECURSION = """\
def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def make_counter():
    count = 0
    def bump(step=1):
        nonlocal count
        count += step
        return count
    return bump

label = "r\u00e9sum\u00e9 <b>"
counter = make_counter()
counter()
print(label, fact(5), fib(5), counter(2))
"""

GENERATOR = """\
def countdown(n):
    while n:
        received = yield n
        if received:
            n = received
        n -= 1

def squares(limit):
    total = 0
    for value in (x * x for x in range(limit)):
        total += value
    return total

gen = countdown(3)
first = next(gen)
after_send = gen.send(2)
rest = list(gen)
print(first, after_send, rest, squares(4))
"""

FINALIZER = """\
class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("closing", self.name)

def use():
    handle = Resource("temp")
    alias = handle
    del handle
    return alias.name

r = Resource("main")
print(use())
r2 = r
del r
del r2
print("done")
"""

# The first collect() clears what start-up left (how much depends on the hash
# seed), so the last one finds exactly the pair.
CYCLE = """\
import gc
gc.collect()
gc.disable()

class Node:
    def __init__(self, label):
        self.label = label
        self.partner = None

def make_pair():
    left = Node("left")
    right = Node("right")
    left.partner = right
    right.partner = left
    return left

pair = make_pair()
holder = [pair, {"key": pair.partner}]
del pair, holder
print("collected", gc.collect())
"""

THREADS = """\
import threading

results = {}

def worker(name, count):
    total = 0
    for i in range(count):
        total += i
    results[name] = total

threads = [threading.Thread(target=worker, args=("t%d" % k, 30)) for k in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results.items()))
"""

# The keys every program is stepped through (then each program's own checks).
COMMON_KEYS = (["ArrowRight"] * 3 + ["ArrowDown"] * 3 +
               ["c", "c", "ArrowRight", "r", "ArrowLeft", "ArrowUp", "C", "R", "l", "l", "L",
                "End", "ArrowLeft", "ArrowUp", "Home", "c", "r", "r", "ArrowDown"])


# --- what the trace says: an independent reader of the page's moves -------------------------

def read_meanings():
    """MEANINGS of meanings.js: {opname: one-line meaning}."""
    text = open(os.path.join(STATIC, "meanings.js"), encoding="utf-8").read()
    return {name: json.loads(quoted) for name, quoted in
            re.findall(r'^\s+([A-Z_]+): ("(?:[^"\\]|\\.)*"),\s*$', text, re.M)}


MEANINGS = read_meanings()
ENDS = ("return", "yield", "generator", "unwind")
MEMORY_KINDS = ("alloc", "incref", "decref", "dealloc")


class Run:
    """A trace as the page should show it, step by step."""

    def __init__(self, trace):
        from glass.explorer.formats import object_history, replay
        self.trace = trace
        self.steps = trace["steps"]
        self.codes = trace["codes"]
        self.events = trace["events"]
        self.threads = trace["header"]["threads"]
        self.sources = trace["header"]["sources"]
        self.history = {str(oid): entries for oid, entries in object_history(trace).items()}
        # --memory: each object's refcount events, [(step, event)], in order.
        self.memory = {}
        for event in self.events:
            if event["kind"] in MEMORY_KINDS:
                self.memory.setdefault(str(event["object"]), []).append((event["step"], event))
        self.states = []
        for step, before, after, frames in replay(trace):
            chain, fid, seen = [], step["frame"], set()
            while fid is not None and fid in frames and fid not in seen:
                seen.add(fid)
                f = frames[fid]
                chain.append({"frame": fid, "code": f["code"], "locals": dict(f["locals"]),
                              "local_ids": dict(f["local_ids"])})
                fid = f["parent"]
            self.states.append({"before": before, "after": after, "chain": chain,
                                "after_ids": list(frames[step["frame"]]["stack_ids"])})
        self.line_starts = []
        last = {}
        for step in self.steps:
            previous = last.get(step["frame"])
            self.line_starts.append(previous is None or previous["line"] != step["line"]
                                    or step["offset"] <= previous["offset"])
            last[step["frame"]] = step

    def __len__(self):
        return len(self.steps)

    # moves

    def _next(self, index, direction, test):
        i = index + direction
        while 0 <= i < len(self.steps):
            if test(i):
                return i
            i += direction
        return index

    def line_move(self, index, direction):
        here = self.steps[index]
        return self._next(index, direction, lambda i: self.steps[i]["frame"] != here["frame"]
                          or self.steps[i]["line"] != here["line"])

    def event_move(self, index, direction, kinds):
        marks = {e["step"] for e in self.events if e["kind"] in kinds}
        return self._next(index, direction, lambda i: i in marks)

    def line_again(self, index, direction, line=None):
        here = self.steps[index]
        filename = self.codes[here["code"]]["filename"]
        line = line or here["line"]
        return self._next(index, direction, lambda i: self.line_starts[i]
                          and self.steps[i]["line"] == line
                          and self.codes[self.steps[i]["code"]]["filename"] == filename)

    def object_at(self, oid, index):
        """The last description at or before `index`, its refcount replaced
        by a later refcount event's (an event at step s happened before step
        s was stored)."""
        entries = self.history.get(str(oid), [])
        at = bisect.bisect_right([step for step, _ in entries], index) - 1
        if at < 0:
            return None
        since, description = entries[at]
        events = self.memory.get(str(oid), [])
        last = bisect.bisect_right([step for step, _ in events], index) - 1
        if last >= 0 and events[last][0] > since:
            description = dict(description, refcount=events[last][1]["refcount"])
        return description

    def gil_holder(self, index):
        takes = [(e["step"], e["thread"]) for e in self.events if e["kind"] == "gil_take"]
        at = bisect.bisect_right([step for step, _ in takes], index) - 1
        return takes[at][1] if at >= 0 else None

    def refcount_move(self, index, direction, oid):
        entries = self.history.get(str(oid), [])
        steps = [step for step, _ in entries]
        counts = [description["refcount"] for _, description in entries]

        def changed(k):
            return k == 0 or counts[k] != counts[k - 1]
        if str(oid) in self.memory:
            # The exact events: every step with one, and the descriptions' changes.
            last = len(self.steps) - 1
            marks = {min(step, last) for step, _ in self.memory[str(oid)]}
            marks |= {steps[k] for k in range(len(steps)) if changed(k)}
            later = [m for m in marks if (m > index if direction > 0 else m < index)]
            if not later:
                return index
            return min(later) if direction > 0 else max(later)
        if direction > 0:
            for k in range(bisect.bisect_right(steps, index), len(steps)):
                if changed(k):
                    return steps[k]
            return index
        for k in range(bisect.bisect_right(steps, index - 1) - 1, -1, -1):
            if changed(k):
                return steps[k]
        return index

    def move(self, index, key, until_line=None, selected=None):
        last = len(self.steps) - 1
        return {
            "ArrowRight": lambda: min(index + 1, last),
            "ArrowLeft": lambda: max(index - 1, 0),
            "ArrowDown": lambda: self.line_move(index, 1),
            "ArrowUp": lambda: self.line_move(index, -1),
            "c": lambda: self.event_move(index, 1, ("call", "resume")),
            "C": lambda: self.event_move(index, -1, ("call", "resume")),
            "r": lambda: self.event_move(index, 1, ENDS),
            "R": lambda: self.event_move(index, -1, ENDS),
            "l": lambda: self.line_again(index, 1, until_line),
            "L": lambda: self.line_again(index, -1, until_line),
            "o": lambda: index if selected is None else self.refcount_move(index, 1, selected),
            "O": lambda: index if selected is None else self.refcount_move(index, -1, selected),
            "Home": lambda: 0,
            "End": lambda: last,
        }[key]()

    # what the panes must show

    def marks(self, index):
        """The highlighted sub-expression, one piece per line it spans."""
        step = self.steps[index]
        line, end_line, column, end_column = step["pos"]
        source = self.sources.get(self.codes[step["code"]]["filename"])
        if source is None or line is None or column is None:
            return []
        lines = source.split("\n")
        pieces = []
        for number in range(max(line, 1), min(end_line, len(lines)) + 1):
            data = lines[number - 1].encode("utf-8")
            start = column if number == line else 0
            stop = end_column if number == end_line else len(data)
            pieces.append(data[start:stop].decode("utf-8"))
        return pieces

    def heap(self, index):
        """(root ids, {id: description}) the heap pane draws at `index`."""
        state = self.states[index]
        roots = []
        for f in state["chain"]:
            for name in f["locals"]:
                if f["local_ids"].get(name) is not None:
                    roots.append(str(f["local_ids"][name]))
        roots += [str(oid) for oid in reversed(state["after_ids"]) if oid is not None]
        placed, frontier = {}, []
        for oid in roots:
            if oid not in placed and self.object_at(oid, index) is not None:
                placed[oid] = self.object_at(oid, index)
                frontier.append(placed[oid])
        depth = 2
        while depth <= 4 and frontier and len(placed) < 60:
            next_frontier = []
            for description in frontier:
                for _, child in description.get("refs", ()):
                    child = str(child)
                    if child not in placed and self.object_at(child, index) is not None \
                            and len(placed) < 60:
                        placed[child] = self.object_at(child, index)
                        next_frontier.append(placed[child])
            frontier = next_frontier
            depth += 1
        return roots, placed

    def output(self, index):
        return "".join(text for step, _, text in self.trace["output"] if step <= index)

    def check(self, shown, index, where):
        """Every pane of a page snapshot against the trace at step `index`."""
        step = self.steps[index]
        state = self.states[index]
        code = self.codes[step["code"]]
        assert shown["step"] == index, where
        assert shown["position"].startswith("step %d of %d" % (index, len(self) - 1)), where
        assert "thread %d" % step["thread"] in shown["position"], where
        holder = self.gil_holder(index)
        assert shown["position"].endswith("" if holder is None else
                                          "GIL: thread %d" % holder), where
        assert shown["banner"] is None, (where, shown["banner"])
        # source: the current line and the exact sub-expression
        if code["filename"] in self.sources and step["line"]:
            assert shown["currentLine"] == str(step["line"]), where
        else:                          # line 0: a module's RESUME comes before any line
            assert shown["currentLine"] is None, where
        assert shown["marks"] == self.marks(index), where
        # bytecode: the current instruction and its meaning
        assert shown["bytecodeRow"][:2] == [str(step["offset"]), step["opname"]], where
        assert shown["bytecodeTitle"] == "Bytecode: " + code["qualname"], where
        assert shown["meaning"] == "%s: %s" % (step["opname"], MEANINGS.get(
            step["opname"], "(no description of %s yet)" % step["opname"])), where
        # the value stack before and after (drawn top first)
        assert shown["before"] == state["before"][::-1], where
        assert shown["after"] == state["after"][::-1], where
        # frames: the call chain, innermost first, with their variables and kinds
        assert [f["name"] for f in shown["frames"]] == [
            "%s  #%d" % (self.codes[f["code"]]["qualname"], f["frame"])
            for f in state["chain"]], where
        for drawn, f in zip(shown["frames"], state["chain"]):
            frame_code = self.codes[f["code"]]
            kinds = dict(zip(frame_code["localsplusnames"], frame_code["localspluskinds"]))
            assert {name: value for name, _, value in drawn["vars"]} == f["locals"], where
            for name, kind, _ in drawn["vars"]:
                assert kind == kinds.get(name, "name"), (where, name)
        assert shown["framesTitle"] == "Call stack (thread %d)" % step["thread"], where
        # the heap: the objects reachable from this thread's frames, refcounts as recorded
        if self.history:
            roots, objects = self.heap(index)
            assert sorted(oid for _, oid in shown["heap"]["roots"]) == sorted(roots), where
            drawn = {oid: (count, kind) for oid, count, kind, _ in shown["heap"]["objects"]}
            assert drawn == {oid: (d["refcount"], d["type"]) for oid, d in objects.items()}, where
            arrows = sum(1 for oid in roots if oid in objects) + sum(
                1 for d in objects.values() for _, child in d.get("refs", ())
                if str(child) in objects)
            assert len(shown["heap"]["arrows"]) == arrows, where
        else:
            assert shown["heap"] is None, where
        # events: one lane per thread, the last one reached marked
        assert shown["events"]["lanes"] == ["thread %d" % t for t in self.threads], where
        window = [e for e in self.events if index - 200 <= e["step"] <= index + 200]
        assert [row[:2] for row in shown["events"]["rows"]] == [
            [e["step"], e["kind"]] for e in window], where
        assert [row[2] for row in shown["events"]["rows"]] == [e["thread"] for e in window]
        reached = [e["step"] for e in window if e["step"] <= index]
        assert shown["events"]["current"] == (str(reached[-1]) if reached else None), where
        # output so far
        assert shown["output"] == self.output(index), where


SNAPSHOT = """() => {
  const q = (s) => document.querySelector(s);
  const texts = (s, root) => [...(root || document).querySelectorAll(s)].map((n) => n.textContent);
  const boxes = [...document.querySelectorAll("#stack .stack-box")];
  const currentLine = q("#source .source-line.current-line");
  const currentRow = q("#bytecode tr.current");
  const currentEvent = q("#events tr.event.current");
  return {
    step: Number(document.body.dataset.step),
    position: q("#position").textContent,
    banner: q("#banner").hidden ? null : q("#banner").textContent,
    currentLine: currentLine ? currentLine.dataset.line : null,
    marks: texts("#source mark.current-expr"),
    bytecodeTitle: q("#bytecode .pane-title").textContent,
    bytecodeRow: currentRow ? [...currentRow.children].map((td) => td.textContent) : [],
    meaning: q("#bytecode .meaning").textContent,
    before: texts(".stack-item", boxes[0]),
    after: texts(".stack-item", boxes[1]),
    framesTitle: q("#frames .pane-title").textContent,
    frames: [...document.querySelectorAll("#frames .frame")].map((f) => ({
      name: f.querySelector(".frame-name").textContent,
      vars: [...f.querySelectorAll("tr[data-name]")].map((r) =>
        [r.dataset.name, r.dataset.kind, r.querySelector(".var-value").textContent]) })),
    heap: q("#heap").hidden ? null : {
      roots: [...document.querySelectorAll("#heap g.heap-root")].map((g) =>
        [g.dataset.name, g.dataset.oid]),
      objects: [...document.querySelectorAll("#heap g.heap-object")].map((g) =>
        [g.dataset.oid, Number(g.dataset.refcount), g.dataset.type,
         g.classList.contains("selected")]),
      arrows: [...document.querySelectorAll("#heap path.heap-arrow")].map((p) => p.dataset.to) },
    events: q("#events").hidden ? null : {
      lanes: texts("#events th.lane"),
      current: currentEvent ? currentEvent.dataset.step : null,
      rows: [...document.querySelectorAll("#events tr.event")].map((r) =>
        [Number(r.dataset.step), r.dataset.kind, Number(r.dataset.thread)]) },
    output: q("#output pre").textContent,
    selected: document.body.dataset.selected || null,
    refcounts: [...document.querySelectorAll("#heap tr.refcount-event")].map((r) =>
      [Number(r.dataset.step), r.dataset.kind, Number(r.dataset.refcount),
       r.classList.contains("current")]),
  };
}"""


# --- the browser ----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright
    with sync_playwright() as driver:
        launched = driver.chromium.launch(executable_path=shutil.which("chromium"),
                                          args=CHROMIUM_ARGS)
        try:
            yield launched
        finally:
            launched.close()


@pytest.fixture
def artefacts(tmp_path):
    named = os.environ.get("GLASS_ARTEFACTS")
    path = os.path.join(named, "explorer") if named else str(tmp_path)
    os.makedirs(path, exist_ok=True)
    return path


class Page:
    """A browser tab on the explorer, kept in step with the trace it shows."""

    def __init__(self, browser, url, run, artefacts, label, allowed):
        self.page = browser.new_page(viewport={"width": 1400, "height": 1000})
        self.errors = []
        self.requests = []
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.on("console", lambda message: self.errors.append(message.text)
                     if message.type == "error" else None)
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.allowed = allowed
        self.run = run
        self.artefacts = artefacts
        self.label = label
        self.shots = 0
        self.current = 0
        self.until_line = None
        self.selected = None
        self.page.goto(url)
        self.page.wait_for_selector("body[data-step='0']")
        self.check("load")

    def snapshot(self):
        return self.page.evaluate(SNAPSHOT)

    def check(self, where):
        shown = self.snapshot()
        self.run.check(shown, self.current, "%s: %s" % (self.label, where))
        assert shown["selected"] == self.selected, where
        # The selected object's refcount events, around the current step.
        events = self.run.memory.get(self.selected, []) if self.selected else []
        window = [e for step, e in events if self.current - 200 <= step <= self.current + 200]
        assert [row[:3] for row in shown["refcounts"]] == [
            [e["step"], e["kind"], e["refcount"]] for e in window], where
        reached = [k for k, e in enumerate(window) if e["step"] <= self.current]
        assert [k for k, row in enumerate(shown["refcounts"]) if row[3]] == reached[-1:], where
        assert not self.errors, self.errors
        return shown

    def press(self, *keys):
        for key in keys:
            expected = self.run.move(self.current, key, self.until_line, self.selected)
            self.page.keyboard.press(key)
            self.current = expected
            self.check("after %s" % key)
        return self.current

    def set_until_line(self, line):
        self.page.fill("#until-line", str(line))
        self.page.evaluate("document.activeElement.blur()")
        self.until_line = line

    def select(self, oid):
        self.page.click("#heap g.heap-object[data-oid='%s']" % oid)
        self.selected = oid
        self.check("select %s" % oid)

    def find(self, text, oid):
        self.page.fill("#find-id", text)
        self.page.press("#find-id", "Enter")
        first = self.run.history[oid][0][0]
        self.selected = oid
        self.current = self.current if first <= self.current else first
        self.check("find %s" % text)
        assert "found" in self.page.inner_text("#find-result")

    def shoot(self, name):
        self.shots += 1
        self.page.screenshot(path=os.path.join(self.artefacts, "%s-%02d-%s.png"
                                               % (self.label, self.shots, name)),
                             full_page=True)

    def close(self):
        assert not self.errors, self.errors
        assert all(url.startswith(self.allowed) for url in self.requests), self.requests
        self.page.close()


# --- recording and opening ------------------------------------------------------------------

def write_program(tmp_path, name, source):
    path = tmp_path / (name + ".py")
    path.write_text(source, encoding="utf-8")
    return path


def exported(tmp_path, program, options=()):
    page = tmp_path / (program.stem + ".html")
    run = run_glass(["explore", "-X", "compiler=host", "--hide-stdlib"] + list(options) +
                    ["--export", str(page), str(program)])
    assert run.status == 0, run.stderr
    text = page.read_text(encoding="utf-8")
    block = re.search(r'<script type="application/json" id="glass-trace">(.*?)</script>',
                      text, re.S).group(1)
    return page, json.loads(block), run.stdout


class Served:
    """`glass explore PROGRAM` serving on 127.0.0.1, and the trace it serves."""

    def __init__(self, program):
        command = glass_command() + ["explore", "-X", "compiler=host", "--hide-stdlib",
                                     str(program)]
        env = dict(os.environ, PYTHONPATH=REPO + os.pathsep + os.environ.get("PYTHONPATH", ""))
        self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL,
                                        stderr=subprocess.PIPE, env=env, text=True)

    def wait(self):
        """Until it serves: its URL (with the token) and the trace."""
        import urllib.request
        line = self.process.stderr.readline()
        match = re.search(r"serving \d+ steps at (http://127\.0\.0\.1:\d+/[\w-]+/)", line)
        assert match, line
        self.url = match.group(1)
        with urllib.request.urlopen(self.url + "trace.json", timeout=30) as response:
            self.trace = json.loads(response.read())

    def close(self):
        self.process.terminate()
        self.process.wait(timeout=20)


class ServedInProcess:
    """The exported run's trace served by glass.explorer.server, the server
    `glass explore` runs, in this process (one program recording is enough
    for both pages; test_recursion_and_closure runs the command itself)."""

    def __init__(self, trace):
        from glass.explorer.server import start_server
        self.server = start_server(trace)
        self.url = self.server.url
        self.trace = trace

    def close(self):
        self.server.shutdown()
        self.server.server_close()


def both_pages(browser, tmp_path, artefacts, name, source, command=False, options=()):
    """Yield (Page, trace) for the exported page, then for the served one
    (served by a `glass explore` process if `command`); `options` for
    `glass explore` (--memory)."""
    program = write_program(tmp_path, name, source)
    host = run_python([str(program)])
    served = Served(program) if command else None     # records while the export does
    try:
        page_file, trace, stdout = exported(tmp_path, program, options)
        assert stdout == host.stdout
        assert "".join(text for _, fd, text in trace["output"] if fd == 1) == host.stdout
        assert trace["header"]["version"] == 2
        page = Page(browser, page_file.as_uri(), Run(trace), artefacts, name + "-export",
                    "file:")
        try:
            yield page, trace
        finally:
            page.close()
        if served is None:
            served = ServedInProcess(trace)
        else:
            served.wait()
        assert "".join(text for _, fd, text in served.trace["output"] if fd == 1) == host.stdout
        page = Page(browser, served.url, Run(served.trace), artefacts, name + "-served",
                    served.url)
        try:
            yield page, served.trace
        finally:
            page.close()
    finally:
        if served is not None:
            served.close()


def line_of(source, text):
    return next(number for number, line in enumerate(source.split("\n"), 1) if text in line)


def steps_where(trace, test):
    return [s["step"] for s in trace["steps"] if test(s)]


def code_named(trace, qualname):
    return next(c["id"] for c in trace["codes"] if c["qualname"] == qualname)


# --- the tests ------------------------------------------------------------------------------

def test_recursion_and_closure(browser, tmp_path, artefacts):
    for page, trace in both_pages(browser, tmp_path, artefacts, "recursion", RECURSION,
                                  command=True):
        page.press(*COMMON_KEYS)
        page.shoot("common")
        # Down the recursion by calls: fact's frames pile up, five deep.
        fact = code_named(trace, "fact")
        while page.run.steps[page.current]["code"] != fact:
            page.press("c")
        for _ in range(4):
            page.press("c")
        chain = page.run.states[page.current]["chain"]
        assert [f["code"] for f in chain[:5]] == [fact] * 5
        assert [f["locals"]["n"] for f in chain[:5]] == ["1", "2", "3", "4", "5"]
        page.shoot("fact-deepest")
        page.press("r", "r", "R")
        # "Until line L runs again": the closure's body, twice (two calls).
        page.set_until_line(line_of(RECURSION, "count += step"))
        page.press("Home", "l")
        bump = code_named(trace, "make_counter.<locals>.bump")
        assert page.run.steps[page.current]["code"] == bump
        shown = page.check("in bump")
        kinds = {name: kind for name, kind, _ in shown["frames"][0]["vars"]}
        assert kinds["count"] == "free" and kinds["step"] == "local"
        first = page.current
        page.press("l")
        assert page.current > first and page.run.steps[page.current]["code"] == bump
        page.press("L")
        assert page.current == first
        # The enclosing function's variable is a cell.
        page.set_until_line(line_of(RECURSION, "count = 0"))
        page.press("Home", "l", "ArrowRight", "ArrowRight")
        kinds = {name: kind for name, kind, _ in page.check("cell")["frames"][0]["vars"]}
        assert kinds["count"] == "cell"
        page.shoot("closure")
        # The label's non-ASCII text: columns count bytes in the trace, characters here.
        page.set_until_line(line_of(RECURSION, "print(label"))
        page.press("End", "L")
        page.press(*["ArrowRight"] * 3)
        page.press("End")
        assert page.snapshot()["output"].endswith("r\u00e9sum\u00e9 <b> 120 5 3\n")


def test_generators(browser, tmp_path, artefacts):
    for page, trace in both_pages(browser, tmp_path, artefacts, "generator", GENERATOR):
        page.press(*COMMON_KEYS)
        countdown = code_named(trace, "countdown")
        kinds = {e["kind"] for e in trace["events"] if e["code"] == countdown}
        assert {"call", "generator", "yield", "resume", "return"} <= kinds
        # Every resumption of countdown, by calls: the frame keeps its variables.
        resumes = [e["step"] for e in trace["events"]
                   if e["kind"] == "resume" and e["code"] == countdown]
        page.press("Home")
        seen = []
        while page.current < resumes[-1]:
            page.press("c")
            if page.current in resumes:
                shown = page.check("resumed")
                seen.append(page.current)
                assert shown["frames"][0]["name"].startswith("countdown  #")
                assert "n" in {name for name, _, _ in shown["frames"][0]["vars"]}
        assert seen == resumes
        page.shoot("resumed")
        # Back by returns: the yields.
        page.press("R", "R", "r")
        # The generator expression inside squares: its code runs in a frame below squares.
        genexpr = code_named(trace, "squares.<locals>.<genexpr>")
        page.set_until_line(line_of(GENERATOR, "for value in"))
        page.press("Home", "l")
        while page.run.steps[page.current]["code"] != genexpr:
            page.press("c")
        names = [f["name"].split("  #")[0] for f in page.check("genexpr")["frames"]]
        assert names[:2] == ["squares.<locals>.<genexpr>", "squares"]
        page.shoot("genexpr")
        page.press("End")


def test_finalizer(browser, tmp_path, artefacts):
    for page, trace in both_pages(browser, tmp_path, artefacts, "finalizer", FINALIZER):
        page.press(*COMMON_KEYS)
        # __del__ runs twice; each time the object it finalizes is `self`.
        dels = [e["step"] for e in trace["events"]
                if e["kind"] == "call" and e["name"] == "Resource.__del__"]
        assert len(dels) == 2
        page.set_until_line(line_of(FINALIZER, 'print("closing"'))
        page.press("Home", "l")
        shown = page.check("first __del__")
        # use() has returned: its frame is gone when `alias` lets go of the object.
        assert [f["name"].split("  #")[0] for f in shown["frames"]] == ["Resource.__del__",
                                                                        "<module>"]
        assert page.current == dels[0] + 1
        self_id = str(page.run.states[page.current]["chain"][0]["local_ids"]["self"])
        page.select(self_id)
        page.shoot("in-del")
        # Back and forth over that object's refcount changes.
        page.press("O", "O", "O", "o", "o", "o", "o")
        page.press("l")
        assert page.run.steps[page.current]["step"] > dels[1]
        assert page.snapshot()["frames"][1]["name"].startswith("<module>")
        page.press("End")
        assert page.snapshot()["output"].endswith("closing main\ndone\n")
        page.shoot("end")


def test_reference_cycle_collected(browser, tmp_path, artefacts):
    for page, trace in both_pages(browser, tmp_path, artefacts, "cycle", CYCLE):
        page.press(*COMMON_KEYS)
        # After make_pair returns: left and right refer to each other in the heap.
        page.set_until_line(line_of(CYCLE, "holder = ["))
        page.press("Home", "l")
        pair_id = str(page.run.states[page.current]["chain"][0]["local_ids"]["pair"])
        pair = page.run.object_at(pair_id, page.current)
        partner_id = str(dict(pair["refs"])[".partner"])
        partner = page.run.object_at(partner_id, page.current)
        assert str(dict(partner["refs"])[".partner"]) == pair_id        # the cycle
        shown = page.check("cycle")
        assert {pair_id, partner_id} <= {oid for oid, _, _, _ in shown["heap"]["objects"]}
        assert shown["heap"]["arrows"].count(pair_id) >= 2               # pair, and partner's
        page.shoot("cycle")
        # Find the partner by its id (as hex, as a repr shows it), then follow its
        # refcount: to 0 at the gc.collect() call.
        page.find(hex(int(partner_id)), partner_id)
        collect_line = line_of(CYCLE, 'print("collected"')
        for _ in range(10):
            page.press("o")
            if (page.run.object_at(partner_id, page.current) or {}).get("refcount") == 0:
                break
        assert page.run.object_at(partner_id, page.current)["refcount"] == 0
        assert page.run.steps[page.current]["line"] == collect_line
        assert page.run.steps[page.current]["opname"] == "CALL"
        assert page.run.object_at(pair_id, page.current)["refcount"] == 0
        page.shoot("collected")
        page.find(str(int(pair_id)), pair_id)          # decimal, as id() prints it
        page.press("O", "O", "End")


def test_cycle_with_memory_events(browser, tmp_path, artefacts):
    for page, trace in both_pages(browser, tmp_path, artefacts, "cycle-memory", CYCLE,
                                  options=["--memory"]):
        run = page.run
        assert run.memory
        page.press(*COMMON_KEYS)
        page.set_until_line(line_of(CYCLE, "holder = ["))
        page.press("Home", "l")
        pair_id = str(run.states[page.current]["chain"][0]["local_ids"]["pair"])
        partner_id = str(dict(run.object_at(pair_id, page.current)["refs"])[".partner"])
        page.select(pair_id)
        page.shoot("selected")
        # "o" stops at every step with a refcount event of the object, to its end.
        event_steps = {step for step, _ in run.memory[pair_id]}
        stops = []
        for _ in range(60):
            before = page.current
            page.press("o")
            if page.current == before:
                break
            stops.append(page.current)
        assert stops and set(stops) >= {step for step in event_steps if step > stops[0]}
        dealloc = [e for _, e in run.memory[pair_id] if e["kind"] == "dealloc"]
        assert len(dealloc) == 1
        freed_at = dealloc[0]["step"]
        assert freed_at in stops
        collect_line = line_of(CYCLE, 'print("collected"')
        assert run.steps[freed_at]["line"] == collect_line
        assert run.steps[freed_at]["opname"] == "CALL"
        # The collection that freed it, and what held the cycle.
        stop = [e for e in trace["events"] if e["kind"] == "gc_stop"][-1]
        garbage = {str(g["object"]): [str(oid) for oid in g["refers_to"]]
                   for g in stop["garbage"]}
        assert garbage[pair_id] == [partner_id] and garbage[partner_id] == [pair_id]
        assert stop["collected"] == 2 and stop["step"] == freed_at
        page.press(*["O"] * 3)
        page.current = freed_at
        page.page.evaluate("""(n) => { const s = document.getElementById("slider");
            s.value = String(n); s.dispatchEvent(new Event("input")); }""", freed_at)
        shown = page.check("freed")
        assert shown["refcounts"][-1][1:] == ["dealloc", 0, True]
        row = page.page.locator("#events tr.event[data-kind='gc_stop']").last.inner_text()
        assert "2 collected" in row
        assert "Node %s \u2192 %s" % (hex(int(pair_id)), hex(int(partner_id))) in row
        page.shoot("freed")


def test_two_threads(browser, tmp_path, artefacts):
    for page, trace in both_pages(browser, tmp_path, artefacts, "threads", THREADS):
        assert trace["header"]["threads"] == [0, 1, 2]
        page.press(*COMMON_KEYS)
        worker = code_named(trace, "worker")
        page.press("Home")
        threads_seen = set()
        while page.current < len(page.run) - 1 and len(threads_seen) < 2:
            before = page.current
            page.press("c")
            if page.current == before:
                break
            step = page.run.steps[page.current]
            if step["code"] == worker:
                threads_seen.add(step["thread"])
                shown = page.check("worker")
                assert shown["framesTitle"] == "Call stack (thread %d)" % step["thread"]
                assert [f["name"].split("  #")[0] for f in shown["frames"]] == ["worker"]
        assert threads_seen == {1, 2}
        page.shoot("worker")
        # Step by line inside a worker, then run until its loop line runs again.
        page.press("ArrowDown", "ArrowDown")
        page.set_until_line(line_of(THREADS, "total += i"))
        page.press("l", "l", "l", "L")
        lanes = page.snapshot()["events"]["lanes"]
        assert lanes == ["thread 0", "thread 1", "thread 2"]
        # The GIL's hand-offs, each in the lane of its thread.
        takes = [e for e in trace["events"] if e["kind"] == "gil_take"]
        assert {e["thread"] for e in takes} == {0, 1, 2}
        page.press("Home")
        cells = page.page.locator("#events tr.event[data-kind^='gil_']").evaluate_all(
            "(rows) => rows.map((r) => [Number(r.dataset.thread), [...r.querySelectorAll("
            "'td.lane')].map((td) => td.textContent)])")
        assert cells
        for thread, texts in cells:
            assert [k for k, text in enumerate(texts) if text] == [thread]
        assert any("takes the GIL (thread start)" in texts[thread] for thread, texts in cells)
        page.press("End")
        assert page.snapshot()["output"] == "[('t0', 435), ('t1', 435)]\n"
        page.shoot("end")


# --- panes that appear only with their material ---------------------------------------------

SMALL = """\
items = ["<img src=x onerror=\\"document.title='pwned'\\">"]
items.append(len(items))
print(items[0])
"""


def open_trace(browser, tmp_path, trace, name):
    from glass.explorer.server import exported_page
    path = tmp_path / (name + ".html")
    path.write_text(exported_page(trace), encoding="utf-8")
    page = browser.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(path.as_uri())
    page.wait_for_selector("body[data-step='0']")
    return page, errors


def test_panes_appear_only_with_their_events(browser, tmp_path, artefacts):
    program = write_program(tmp_path, "small", SMALL)
    out = tmp_path / "small.json"
    run = run_glass(["trace", "-X", "compiler=host", "--format", "json", "-o", str(out),
                     str(program)])
    assert run.status == 0, run.stderr
    recorded = json.loads(out.read_text())
    assert any("objects" in step for step in recorded["steps"])

    # As recorded: heap and events shown; guest HTML stays text.
    page, errors = open_trace(browser, tmp_path, recorded, "as-recorded")
    page.keyboard.press("End")
    assert page.is_visible("#heap") and page.is_visible("#events")
    assert page.is_visible("#find-id")
    assert "<img src=x" in page.inner_text("#output")
    assert "<img src=x" in page.inner_text("#heap")
    assert page.evaluate("document.querySelectorAll('main img').length") == 0
    assert page.title() == "Glass explorer"
    assert page.locator("#events th.lane").all_inner_texts() == ["thread 0"]
    page.screenshot(path=os.path.join(artefacts, "small-as-recorded.png"), full_page=True)
    assert not errors, errors
    page.close()

    # Without identities (a version 1 trace): no heap, no object tools.
    bare = json.loads(json.dumps(recorded))
    bare["header"]["version"] = 1
    for step in bare["steps"]:
        step.pop("objects", None)
    page, errors = open_trace(browser, tmp_path, bare, "no-heap")
    assert not page.is_visible("#heap") and not page.is_visible("#find-id")
    assert page.is_visible("#events")
    page.keyboard.press("End")
    assert not errors, errors
    page.close()

    # No events at all: no event pane.
    quiet = json.loads(json.dumps(recorded))
    quiet["events"] = []
    page, errors = open_trace(browser, tmp_path, quiet, "no-events")
    assert not page.is_visible("#events") and page.is_visible("#heap")
    assert not errors, errors
    page.close()

    # Collector and GIL events, an event of a kind the page does not know,
    # a second thread and a cut-short run: a lane per thread, a filter per kind.
    busy = json.loads(json.dumps(recorded))
    busy["header"]["threads"] = [0, 1]
    busy["header"]["truncated"] = "the run was cut short after --max-steps 9 instructions"
    busy["events"] += [
        {"step": 2, "tick": 2, "kind": "gc_start", "thread": 0, "generation": 2},
        {"step": 2, "tick": 2, "kind": "gc_stop", "thread": 0, "generation": 2,
         "examined": 9, "unreachable": 4, "finalized": 0, "collected": 4, "uncollectable": 0,
         "garbage": [{"object": 255, "type": "list", "refers_to": [255]}]},
        {"step": 3, "tick": 3, "kind": "gil_take", "thread": 1, "cause": "interval"},
        {"step": 3, "tick": 3, "kind": "future_kind", "thread": 1, "size": 7}]
    busy["events"].sort(key=lambda event: event["step"])
    page, errors = open_trace(browser, tmp_path, busy, "busy")
    assert page.inner_text("#banner") == ("Incomplete: the run was cut short after "
                                          "--max-steps 9 instructions.")
    assert page.locator("#events th.lane").all_inner_texts() == ["thread 0", "thread 1"]
    kinds = page.locator("#events .event-filter input").evaluate_all(
        "(boxes) => boxes.map((box) => box.dataset.kind)")
    assert set(kinds) == {e["kind"] for e in busy["events"]}
    gil = page.locator("#events tr.event[data-kind='gil_take'] td.lane")
    assert gil.all_inner_texts() == ["", "takes the GIL (interval)"]
    unknown = page.locator("#events tr.event[data-kind='future_kind'] td.lane")
    assert unknown.all_inner_texts() == ["", "future_kind size=7"]
    stop = page.inner_text("#events tr.event[data-kind='gc_stop']")
    assert "9 examined, 4 unreachable, 0 finalized, 4 collected, 0 uncollectable" in stop
    assert "list 0xff \u2192 0xff" in stop
    page.screenshot(path=os.path.join(artefacts, "small-busy.png"), full_page=True)
    page.uncheck("#events input[data-kind='gc_stop']")
    assert page.locator("#events tr.event[data-kind='gc_stop']").count() == 0
    assert page.locator("#events tr.event[data-kind='gc_start']").count() == 1
    page.keyboard.press("ArrowRight")           # moving keeps the filter
    assert page.locator("#events tr.event[data-kind='gc_stop']").count() == 0
    assert not errors, errors
    page.close()
