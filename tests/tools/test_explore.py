"""`glass explore`: the server, the exported page, and the page's reader.

Counterpart: glass/explorer/server.py, glass/explorer/static/ and
glass/tools/trace.py (explore_command).  The server must answer only under
its token and only to a loopback Host header; the export must be one file
that needs nothing from the network; the page's model (model.js) must
rebuild the same states as the Python reader of the format (checked under
node when the machine has it); and, when the machine has Chromium and
playwright, a real browser steps through an exported page.
"""
from __future__ import annotations

import http.client
import json
import os
import re
import shutil
import subprocess

import pytest

from oracle import REPO, glass_command, run_glass
from glass.tools.stdlib import HOST_IS_CPYTHON_311

pytestmark = pytest.mark.skipif(not HOST_IS_CPYTHON_311,
                                reason="the programs are compiled with -X compiler=host")

PROGRAM = """\
def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)

def pairs():
    yield "<b>bold</b>"
    yield "</script><script>alert(1)</script>"

text = [item for item in pairs()]
print("<script>alert('out')</script>", fact(4))
"""


@pytest.fixture(scope="module")
def program(tmp_path_factory):
    path = tmp_path_factory.mktemp("explore") / "prog.py"
    path.write_text(PROGRAM)
    return path


@pytest.fixture(scope="module")
def trace(program):
    out = program.parent / "trace.json"
    run = run_glass(["trace", "-X", "compiler=host", "--format", "json", "--keyframe-every",
                     "5", "-o", str(out), str(program)])
    assert run.status == 0, run.stderr
    return json.loads(out.read_text())


@pytest.fixture(scope="module")
def exported(program):
    page = program.parent / "page.html"
    run = run_glass(["explore", "-X", "compiler=host", "--export", str(page), str(program)])
    assert run.status == 0, run.stderr
    assert "wrote %s" % page in run.stderr
    return page


# --- the server ---------------------------------------------------------------------------

def get(port, path, host=None):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        connection.putrequest("GET", path, skip_host=True)
        connection.putheader("Host", host if host is not None else "127.0.0.1:%d" % port)
        connection.endheaders()
        response = connection.getresponse()
        return response.status, response.getheader("Content-Type"), response.read()
    finally:
        connection.close()


def test_server_answers_with_the_token_only(trace):
    from glass.explorer.server import start_server
    server = start_server(trace)
    try:
        port, token = server.port, server.token
        assert server.server_address[0] == "127.0.0.1" and port > 0
        assert len(token) >= 20 and server.url == "http://127.0.0.1:%d/%s/" % (port, token)
        status, kind, body = get(port, "/%s/" % token)
        assert status == 200 and kind.startswith("text/html")
        assert b'<script type="module" src="static/main.js"></script>' in body
        status, kind, body = get(port, "/%s/trace.json" % token)
        assert status == 200 and json.loads(body) == trace
        for name in ("main.js", "model.js", "panes.js", "meanings.js", "explorer.css"):
            status, kind, body = get(port, "/%s/static/%s" % (token, name))
            assert status == 200, name
            assert body.decode() == open(os.path.join(REPO, "glass", "explorer", "static",
                                                      name)).read()
        status, _, _ = get(port, "/%s/" % token, host="localhost:%d" % port)
        assert status == 200
        # Refused: a wrong or missing token, a foreign Host, a path outside static/.
        assert get(port, "/")[0] == 403
        assert get(port, "/trace.json")[0] == 403
        assert get(port, "/%s/" % token[:-1])[0] == 403
        assert get(port, "/%sx/trace.json" % token)[0] == 403
        assert get(port, "/%s/" % token, host="evil.example:%d" % port)[0] == 403
        assert get(port, "/%s/" % token, host="127.0.0.1")[0] == 403
        assert get(port, "/%s/" % token, host="")[0] == 403
        assert get(port, "/%s/static/../server.py" % token)[0] == 404
        assert get(port, "/%s/static/..%%2fserver.py" % token)[0] == 404
        assert get(port, "/%s/static/missing.js" % token)[0] == 404
    finally:
        server.shutdown()
        server.server_close()


def test_explore_command_serves_on_loopback(program):
    command = glass_command() + ["explore", "-X", "compiler=host", str(program)]
    env = dict(os.environ, PYTHONPATH=REPO + os.pathsep + os.environ.get("PYTHONPATH", ""))
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               env=env, text=True)
    try:
        line = process.stderr.readline()
        match = re.search(r"serving (\d+) steps at http://127\.0\.0\.1:(\d+)/([\w-]+)/", line)
        assert match, line
        port, token = int(match.group(2)), match.group(3)
        status, _, body = get(port, "/%s/trace.json" % token)
        assert status == 200
        served = json.loads(body)
        assert len(served["steps"]) == int(match.group(1)) > 0
        assert served["header"]["sources"][str(program)] == PROGRAM
        assert get(port, "/wrong/trace.json")[0] == 403
    finally:
        process.terminate()
        process.wait(timeout=10)
    assert "alert('out')" in process.stdout.read()          # the program's own output


# --- the export ---------------------------------------------------------------------------

def test_export_is_one_self_contained_file(exported, trace):
    page = exported.read_text()
    assert page.startswith("<!DOCTYPE html>")
    # Nothing outside the file: no URL, no src or href, no fetch of a file.
    # (The SVG namespace is a name, not an address: nothing is fetched from it.)
    assert not re.search(r"https?://|//[a-z0-9.-]+\.[a-z]{2,}/",
                         page.replace('"http://www.w3.org/2000/svg"', ""), re.I)
    assert not re.search(r"\b(src|href)\s*=", page)
    assert "<link" not in page and "fetch(" in page      # fetch only when served
    assert not re.search(r"^\s*(import|export)\s", page, re.M)
    # One style, the trace block, one module script, and nothing else runs.
    assert page.count("<style>") == 1
    assert page.count('<script type="application/json" id="glass-trace">') == 1
    assert page.count('<script type="module">') == 1
    assert len(re.findall(r"<script\b", page)) == 2
    # Guest text cannot close the trace block: every "<" inside it is escaped.
    block = re.search(r'<script type="application/json" id="glass-trace">(.*?)</script>',
                      page, re.S).group(1)
    assert "<" not in block
    embedded = json.loads(block)
    assert embedded["header"]["format"] == "glass-trace"
    assert "alert(1)" in json.dumps(embedded)
    assert len(embedded["steps"]) == len(trace["steps"])
    for name in ("meanings.js", "model.js", "panes.js", "main.js"):
        assert "// --- %s ---" % name in page


# --- the page's reader, under node --------------------------------------------------------

NODE_CHECK = """\
import { TraceModel } from "./model.mjs";
import { readFileSync } from "fs";
const trace = JSON.parse(readFileSync(process.argv[2], "utf8"));
const model = new TraceModel(trace);
const indexes = [...Array(model.length).keys()];
if (process.argv[3] === "backward") indexes.reverse();
if (process.argv[3] === "jumps") indexes.sort((a, b) => ((a * 7919) % 101) - ((b * 7919) % 101));
const states = new Array(model.length);
for (const i of indexes) {
  const s = model.stateAt(i);
  states[i] = [s.stackBefore, s.stackAfter, s.chain.map((f) => [f.frame, f.locals])];
}
const moves = [model.lineMove(0, 1), model.eventMove(0, 1, ["call"]),
               model.eventMove(model.length - 1, -1, ["return"])];
console.log(JSON.stringify({ states, moves, output: model.outputUpTo(model.length - 1) }));
"""


@pytest.mark.skipif(shutil.which("node") is None, reason="because node is not installed: "
                    "the page's model.js cannot be run outside a browser")
@pytest.mark.parametrize("order", ["forward", "backward", "jumps"])
def test_page_model_rebuilds_the_states_of_the_format(trace, program, tmp_path, order):
    from glass.explorer.formats import replay
    shutil.copy(os.path.join(REPO, "glass", "explorer", "static", "model.js"),
                tmp_path / "model.mjs")
    (tmp_path / "check.mjs").write_text(NODE_CHECK)
    (tmp_path / "trace.json").write_text(json.dumps(trace))
    result = subprocess.run(["node", str(tmp_path / "check.mjs"), str(tmp_path / "trace.json"),
                             order], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    page = json.loads(result.stdout)
    expected = []
    for step, before, after, frames in replay(trace):
        chain, fid = [], step["frame"]
        while fid is not None and fid in frames:
            chain.append([fid, frames[fid]["locals"]])
            fid = frames[fid]["parent"]
        expected.append([before, after, chain])
    assert page["states"] == expected
    steps = trace["steps"]
    first_line_change = next(i for i, s in enumerate(steps) if s["line"] != steps[0]["line"])
    assert page["moves"][0] == first_line_change
    first_call = min(e["step"] for e in trace["events"] if e["kind"] == "call" and e["step"])
    assert page["moves"][1] == first_call
    assert page["output"] == "".join(text for _, _, text in trace["output"])


# --- a real browser -----------------------------------------------------------------------

def _browser_problem():
    missing = []
    if shutil.which("chromium") is None:
        missing.append("the chromium executable (Debian's chromium package)")
    try:
        import playwright  # noqa: F401
    except ImportError:
        missing.append("the playwright Python package")
    return " and ".join(missing)


@pytest.mark.skipif(bool(_browser_problem()), reason="because this machine lacks %s"
                    % (_browser_problem() or "nothing"))
def test_exported_page_steps_forward_in_chromium(exported, trace, tmp_path):
    from playwright.sync_api import sync_playwright
    with sync_playwright() as driver:
        browser = driver.chromium.launch(
            executable_path=shutil.which("chromium"),
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update"])
        try:
            page = browser.new_page()
            errors = []
            page.on("pageerror", lambda error: errors.append(str(error)))
            requests = []
            page.on("request", lambda request: requests.append(request.url))
            page.goto(exported.as_uri())
            page.wait_for_selector("body[data-step='0']")
            assert "step 0 of" in page.inner_text("#position")
            page.keyboard.press("ArrowRight")
            page.wait_for_selector("body[data-step='1']")
            second = trace["steps"][1]
            assert second["opname"] in page.inner_text("#bytecode .meaning")
            page.keyboard.press("ArrowLeft")
            page.wait_for_selector("body[data-step='0']")
            page.screenshot(path=str(tmp_path / "explorer.png"))
            assert not errors, errors
            assert all(url.startswith("file:") for url in requests), requests
        finally:
            browser.close()


# --- the exported page's script, under node with a stand-in document ----------------------

FAKE_DOM = """\
class Node {
  constructor(tag) {
    this.tagName = tag; this.children = []; this._text = ""; this.dataset = {};
    this.listeners = {}; this.className = ""; this.hidden = false; this.value = ""; this.max = "";
    const node = this;
    this.classList = { add(name) { node.className = (node.className + " " + name).trim(); } };
  }
  get firstChild() { return this.children[0] || null; }
  appendChild(child) { this.children.push(child); return child; }
  removeChild(child) { this.children.splice(this.children.indexOf(child), 1); return child; }
  set textContent(text) { this.children = []; this._text = String(text); }
  get textContent() { return this._text + this.children.map((c) => c.textContent).join(""); }
  addEventListener(kind, fn) { (this.listeners[kind] = this.listeners[kind] || []).push(fn); }
  dispatch(kind, event) { for (const fn of this.listeners[kind] || []) fn(event); }
  scrollIntoView() {}
  setAttribute(name, value) { this[name] = value; }
  closest() { return null; }
  set innerHTML(value) { throw new Error("the page must not parse guest text as HTML"); }
}
function find(node, tag) {
  if (node.tagName === tag) return node;
  for (const child of node.children) { const found = find(child, tag); if (found) return found; }
  return null;
}
const byId = {};
for (const id of ["slider", "position", "banner", "source", "bytecode", "stack", "frames",
                  "events", "output", "heap", "until-line", "find-id", "find-result",
                  "find-button", "selection"]) byId[id] = new Node("div");
byId.banner.hidden = true;                     // as index.html has it
byId["glass-trace"] = new Node("script");
byId["glass-trace"]._text = process.env.GLASS_TRACE_JSON;
const body = new Node("body");
const keydown = [];
globalThis.document = {
  body,
  createElement: (tag) => new Node(tag),
  createElementNS: (namespace, tag) => new Node(tag),
  createTextNode: (text) => { const n = new Node("#text"); n._text = String(text); return n; },
  getElementById: (id) => byId[id] || null,
  querySelectorAll: () => [],
  addEventListener: (kind, fn) => { if (kind === "keydown") keydown.push(fn); },
};
globalThis.__glassReport = () => {
  const report = [];
  const snap = (key) => {
    const mark = find(byId.source, "mark");
    report.push({ key, step: Number(body.dataset.step), banner: byId.banner.hidden ? null
                  : byId.banner.textContent, mark: mark ? mark.textContent : null,
                  stack: byId.stack.textContent, frames: byId.frames.textContent,
                  output: byId.output.textContent, meaning: byId.bytecode.children[1] ?
                  byId.bytecode.children[1].textContent : "" });
  };
  snap(null);
  for (const key of JSON.parse(process.env.GLASS_KEYS)) {
    for (const fn of keydown) fn({ key, target: body, preventDefault() {} });
    snap(key);
  }
  return report;
};
"""

DRIVER = """\
import "./fakedom.mjs";
await import("./page.mjs");
await new Promise((resolve) => setTimeout(resolve, 100));
console.log(JSON.stringify(globalThis.__glassReport()));
"""


@pytest.mark.skipif(shutil.which("node") is None, reason="because node is not installed: "
                    "the page's script cannot be run outside a browser")
def test_exported_script_steps_through_the_run(exported, program, tmp_path):
    from glass.explorer.formats import replay
    page = exported.read_text()
    script = re.search(r'<script type="module">\n(.*?)</script>', page, re.S).group(1)
    block = re.search(r'<script type="application/json" id="glass-trace">(.*?)</script>',
                      page, re.S).group(1)
    trace = json.loads(block)
    (tmp_path / "page.mjs").write_text(script)
    (tmp_path / "fakedom.mjs").write_text(FAKE_DOM)
    (tmp_path / "driver.mjs").write_text(DRIVER)
    keys = ["ArrowRight", "ArrowRight", "ArrowDown", "c", "r", "ArrowLeft", "ArrowUp", "End",
            "Home", "c", "c", "C"]
    env = dict(os.environ, GLASS_TRACE_JSON=block, GLASS_KEYS=json.dumps(keys))
    result = subprocess.run(["node", str(tmp_path / "driver.mjs")], capture_output=True,
                            text=True, timeout=120, env=env)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    states = list(replay(trace))
    steps = trace["steps"]
    calls = sorted({e["step"] for e in trace["events"] if e["kind"] in ("call", "resume")})
    returns = sorted({e["step"] for e in trace["events"]
                      if e["kind"] in ("return", "yield", "generator", "unwind")})
    source_lines = PROGRAM.splitlines()
    expected_step = 0
    for entry in report:
        key = entry["key"]
        here = expected_step
        if key == "ArrowRight":
            expected_step = min(here + 1, len(steps) - 1)
        elif key == "ArrowLeft":
            expected_step = max(here - 1, 0)
        elif key in ("ArrowDown", "ArrowUp"):
            direction = 1 if key == "ArrowDown" else -1
            index = here + direction
            while 0 <= index < len(steps) and steps[index]["frame"] == steps[here]["frame"] \
                    and steps[index]["line"] == steps[here]["line"]:
                index += direction
            expected_step = index if 0 <= index < len(steps) else here
        elif key in ("c", "C", "r"):
            marks = calls if key in ("c", "C") else returns
            later = [i for i in marks if (i > here if key != "C" else i < here) and i < len(steps)]
            if later:
                expected_step = later[0] if key != "C" else later[-1]
        elif key == "End":
            expected_step = len(steps) - 1
        elif key == "Home":
            expected_step = 0
        assert entry["step"] == expected_step, (key, entry["step"], expected_step)
        step, before, after, _ = states[expected_step]
        assert entry["banner"] is None
        assert entry["meaning"].startswith(step["opname"] + ": ")
        # The pane draws the top of the stack first.
        assert "".join(reversed(before)) in entry["stack"]
        assert "".join(reversed(after)) in entry["stack"]
        line, end_line, column, end_column = step["pos"]
        if line and line == end_line and column is not None:
            assert entry["mark"] == source_lines[line - 1][column:end_column]
    # The guest's HTML is text in the output pane.
    at_end = next(entry for entry in report if entry["key"] == "End")
    assert "<script>alert('out')</script> 24" in at_end["output"]
