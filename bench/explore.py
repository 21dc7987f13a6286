"""Benchmark: what recording a run for the explorer costs, and how fast its page opens.

Counterpart: none in CPython.  A benchmark, not a test: it prints figures.

    python3 bench/explore.py [--instructions N] [--keep DIR] [--status]

It writes a program that executes about N instructions (default 10**6:
calls, a list, a dict and an object's attributes in a loop) and measures,
each once:

- the unwatched run, `glass PROG`, and the recorded one, `glass trace
  --format json`, both less Glass's start-up (an empty program): the
  slowdown of recording;
- the trace's size in bytes per recorded step;
- with Chromium and playwright present (.ci/browser-deps), the exported
  page's load time for that trace: from opening the file to the first
  step drawn, then a jump to the middle of the run and to its end.

Progress shows on a terminal; otherwise only the figures are printed.
`--status` also writes them into the "bench:explore" section of
docs/STATUS.md (glass/tools/status.py).
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
sys.path.insert(0, REPO)

# About 25 instructions an iteration.
PROGRAM = """\
class Counter:
    def __init__(self):
        self.total = 0
        self.seen = {{}}

    def add(self, value):
        self.total += value
        return self.total

def square(x):
    return x * x

counter = Counter()
recent = []
for i in range({iterations}):
    counter.add(square(i % 100))
    if i % 50 == 0:
        recent.append(counter.total)
        counter.seen[i % 7] = len(recent)
print(counter.total, len(recent), sorted(counter.seen.items()))
"""
INSTRUCTIONS_PER_ITERATION = 37
SECTION = "bench:explore"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-quic", "--no-first-run",
                 "--disable-sync"]


class Progress:
    """One line of progress on a terminal, nothing elsewhere."""

    def __init__(self):
        self.live = sys.stderr.isatty()
        self.started = time.perf_counter()

    def say(self, text):
        if self.live:
            sys.stderr.write("\r\033[K[%6.1fs] %s" % (time.perf_counter() - self.started, text))
            sys.stderr.flush()

    def done(self):
        if self.live:
            sys.stderr.write("\r\033[K")
            sys.stderr.flush()


def timed(command):
    env = dict(os.environ, PYTHONPATH=REPO, PYTHONHASHSEED="0")
    started = time.perf_counter()
    done = subprocess.run(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit("failed: %s\n%s" % (" ".join(command),
                                             done.stderr.decode("utf-8", "replace")[-2000:]))
    return elapsed, done.stdout


def page_load(trace, workdir, progress):
    """Seconds to open the exported page and draw its first step, then to
    jump to the middle and to the end; None without a browser."""
    chromium = shutil.which("chromium")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return None
    if chromium is None:
        return None
    from glass.explorer.server import exported_page
    progress.say("writing the page")
    path = os.path.join(workdir, "page.html")
    with open(path, "w", encoding="utf-8") as file:
        file.write(exported_page(trace))
    size = os.path.getsize(path)
    steps = len(trace["steps"])
    del trace
    progress.say("opening the page in chromium")
    with sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page()
            page.set_default_timeout(600000)
            started = time.perf_counter()
            page.goto("file://" + path, wait_until="commit")
            page.wait_for_selector("body[data-step='0']")
            load = time.perf_counter() - started
            model_ms = int(page.evaluate("document.body.dataset.loadMs"))
            jumps = {}
            for name, target in (("middle", steps // 2), ("end", steps - 1)):
                progress.say("jumping to the %s" % name)
                started = time.perf_counter()
                page.evaluate("""(n) => { const s = document.getElementById("slider");
                    s.value = String(n); s.dispatchEvent(new Event("input")); }""", target)
                page.wait_for_selector("body[data-step='%d']" % target)
                jumps[name] = time.perf_counter() - started
            started = time.perf_counter()
            page.keyboard.press("ArrowLeft")
            page.wait_for_selector("body[data-step='%d']" % (steps - 2))
            jumps["one back"] = time.perf_counter() - started
        finally:
            browser.close()
    return {"page_bytes": size, "load_s": load, "model_ms": model_ms, "jumps": jumps}


def figures(instructions, steps, startup, plain, recorded, size, objects, loaded):
    """The figures as a Markdown table (what docs/STATUS.md shows)."""
    net_plain = max(plain - startup, 1e-9)
    net_recorded = recorded - startup
    host = "%s %s" % (platform.python_implementation(), platform.python_version())
    lines = ["`python3 bench/explore.py --instructions %d`, %s, Glass on %s, one run each "
             "(wall-clock seconds):" % (instructions, time.strftime("%Y-%m-%d"), host), "",
             "| what | figure |", "|---|---:|",
             "| instructions recorded | %d |" % steps,
             "| Glass start-up (empty program) | %.2f s |" % startup,
             "| unwatched run, less start-up | %.2f s |" % net_plain,
             "| recorded run (`glass trace --format json`), less start-up | %.2f s |"
             % net_recorded,
             "| recording slowdown | %.1fx |" % (net_recorded / net_plain),
             "| trace size | %.1f MB |" % (size / 1e6),
             "| trace bytes per step | %.0f |" % (size / max(steps, 1)),
             "| object descriptions per step | %.2f |" % (objects / max(steps, 1))]
    if loaded is None:
        lines.append("| page load | no chromium or playwright (bash .ci/browser-deps) |")
    else:
        lines += ["| exported page (`glass explore --export`) | %.1f MB |"
                  % (loaded["page_bytes"] / 1e6),
                  "| page load to the first step drawn | %.2f s |" % loaded["load_s"],
                  "| of which building the model and the first draw | %.2f s |"
                  % (loaded["model_ms"] / 1000.0)]
        for name, seconds in loaded["jumps"].items():
            label = "one step back from the end" if name == "one back" else "jump to the " + name
            lines.append("| %s | %.3f s |" % (label, seconds))
    return "\n".join(lines) + "\n"


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--instructions", type=int, default=10 ** 6,
                        help="about how many instructions the program runs (default 10**6)")
    parser.add_argument("--keep", metavar="DIR", help="keep the program, trace and page here")
    parser.add_argument("--status", action="store_true",
                        help="also write the figures into docs/STATUS.md")
    args = parser.parse_args(argv)
    workdir = args.keep or tempfile.mkdtemp(prefix="glass-bench-explore-")
    os.makedirs(workdir, exist_ok=True)
    progress = Progress()
    python = sys.executable
    program = os.path.join(workdir, "prog.py")
    with open(program, "w") as file:
        file.write(PROGRAM.format(iterations=max(args.instructions // INSTRUCTIONS_PER_ITERATION,
                                                 1)))
    empty = os.path.join(workdir, "empty.py")
    with open(empty, "w") as file:
        file.write("")
    trace_path = os.path.join(workdir, "trace.json")
    try:
        progress.say("Glass start-up")
        startup, _ = timed([python, "-m", "glass", "-X", "compiler=host", empty])
        progress.say("the unwatched run")
        plain, plain_out = timed([python, "-m", "glass", "-X", "compiler=host", program])
        progress.say("the recorded run (glass trace --format json)")
        recorded, _ = timed([python, "-m", "glass", "trace", "-X", "compiler=host",
                             "--format", "json", "--max-steps", str(args.instructions * 10),
                             "-o", trace_path, program])
        progress.say("reading the trace")
        size = os.path.getsize(trace_path)
        with open(trace_path, encoding="utf-8") as file:
            trace = json.load(file)
        steps = len(trace["steps"])
        objects = sum(len(step.get("objects", ())) for step in trace["steps"])
        assert trace["header"]["truncated"] is None, trace["header"]["truncated"]
        loaded = page_load(trace, workdir, progress)
    finally:
        progress.done()
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)
    text = figures(args.instructions, steps, startup, plain, recorded, size, objects, loaded)
    sys.stdout.write(text)
    if args.status:
        from glass.tools.status import replace_section
        replace_section(SECTION, "### bench:explore\n\n" + text)
        sys.stdout.write("updated docs/STATUS.md\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
