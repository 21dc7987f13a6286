"""Parser benchmark: every stdlib file parsed by Glass and by CPython 3.11's ast.parse.

Counterpart: none in CPython (Tools/peg_generator/scripts/benchmark.py is the
model: parse the stdlib, report the time).

    python3 bench/parse.py [--every K] [--limit N] [--profile] [--status]
    pypy3   bench/parse.py ...          # Glass on PyPy, the oracle in a subprocess

Both parsers read the same bytes (all files are read before any timing) and
build a tree for each file; times are CPU seconds (time.process_time), so
that other work on the machine does not count.  On a CPython 3.11 host the host's `ast.parse`
is timed in the same process, just before Glass; on any other host (PyPy)
a python3.11 subprocess times `ast.parse` on the same files and reports its
seconds.  The figure is the ratio Glass / ast.parse; the issue's anchors
are 1x for the C parser and about 9x for parso, a pure-Python parser.

`--profile` also says where Glass's time goes.  A sampling thread looks at
the parsing thread's innermost frame every millisecond and sorts it into:
tokenizer (tokenizer.py, source.py and the copying of tokens into the
parser's records), rules (the control flow of the generated rule methods),
token matching (expect, lookahead and friends in pegen/runtime.py), memo
(the lines of the rule methods that read or write the memo), node building
(the actions: AST constructors, action helpers, string parsing, positions)
and the rest.  Sampling, unlike cProfile, does not slow each call down, so
the shares are those of an ordinary run; a cProfile table of the busiest
functions follows, on a tenth of the files.

`--status` writes the figures of this host into the "bench:parse" section of
docs/STATUS.md (the other host's row is kept).
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import threading
import time
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
sys.path.insert(0, REPO)

from glass.tools.stdlib import HOST_IS_CPYTHON_311, find_python311, stdlib_sources  # noqa: E402

# Run by python3.11 when the host is not CPython 3.11: time ast.parse on the
# files named on stdin, print the seconds.
ORACLE_SCRIPT = r"""
import ast, json, sys, time, warnings
warnings.simplefilter("ignore")
paths = json.load(sys.stdin)
sources = []
for path in paths:
    with open(path, "rb") as file:
        sources.append((path, file.read()))
best = None
for _ in range(%d):
    started = time.process_time()
    for path, source in sources:
        try:
            ast.parse(source, path)
        except SyntaxError:
            pass
    elapsed = time.process_time() - started
    best = elapsed if best is None else min(best, elapsed)
print(best)
"""


def read_sources(paths):
    sources = []
    for path in paths:
        with open(path, "rb") as file:
            sources.append((path, file.read()))
    return sources


def time_oracle_subprocess(paths, repeat):
    """The same timing, done by a python3.11 process (for a PyPy host)."""
    python = find_python311()
    if python is None:
        raise SystemExit("bench/parse.py: no python3.11 to time ast.parse with")
    done = subprocess.run([python, "-c", ORACLE_SCRIPT % repeat],
                          input=json.dumps(paths).encode(), stdout=subprocess.PIPE,
                          check=True)
    return float(done.stdout.decode().strip())


def time_both(sources, repeat, progress=None):
    """(host seconds, Glass seconds, Glass's failures), file by file in turn:
    ast.parse (best of `repeat`) then Glass (once) on each file, so that a
    change in the machine's load weighs on both alike."""
    import ast
    from glass.parser.parser import parse
    failures = []
    host = glass = 0.0
    for index, (path, source) in enumerate(sources, 1):
        best = None
        for _ in range(repeat):
            started = time.process_time()
            try:
                ast.parse(source, path)
            except SyntaxError:
                pass
            elapsed = time.process_time() - started
            best = elapsed if best is None else min(best, elapsed)
        host += best
        glass += _time_glass_one(parse, path, source, failures)
        if progress:
            progress(index, len(sources))
    return host, glass, failures


def _time_glass_one(parse, path, source, failures):
    started = time.process_time()
    try:
        parse(source, path)
    except SyntaxError as error:
        failures.append((path, error))
    return time.process_time() - started


def time_glass(sources, progress=None):
    """Seconds Glass's parser takes over all sources (one run), and the failures."""
    from glass.parser.parser import parse
    failures = []
    total = 0.0
    for index, (path, source) in enumerate(sources, 1):
        total += _time_glass_one(parse, path, source, failures)
        if progress:
            progress(index, len(sources))
    return total, failures


def _terminal_progress(done, total):
    if done % 10 == 0 or done == total:
        sys.stderr.write("\r  glass: %d/%d files " % (done, total))
        if done == total:
            sys.stderr.write("\r" + " " * 40 + "\r")
        sys.stderr.flush()


# --- Where the time goes --------------------------------------------------------------

CATEGORIES = ("tokenizer", "rules", "token matching", "memo", "node building", "other")

TOKENIZER_FILES = ("tokenizer.py", "source.py", "token.py")
NODE_FILES = ("ast_nodes.py", "action_helpers.py", "string_parser.py")
RUNTIME_TOKENIZER = {"next", "all", "__init__", "byte_col", "__getitem__"}
RUNTIME_MATCHING = {"expect", "expect_any", "expect_forced", "expect_soft_keyword",
                    "soft_keyword", "positive_lookahead", "negative_lookahead",
                    "string", "keyword"}


class Sampler:
    """Samples one thread's innermost frame and counts categories by line."""

    def __init__(self, thread_id, interval=0.001):
        self.thread_id = thread_id
        self.interval = interval
        self.counts = dict.fromkeys(CATEGORIES, 0)
        self.lines = {}             # (file, line) -> category, cached
        self.running = True
        self.thread = threading.Thread(target=self.run, daemon=True)

    def start(self):
        self.thread.start()

    def stop(self):
        self.running = False
        self.thread.join()

    def run(self):
        while self.running:
            time.sleep(self.interval)
            frame = sys._current_frames().get(self.thread_id)
            if frame is not None:
                self.counts[self.category(frame)] += 1

    def category(self, frame):
        code = frame.f_code
        base = os.path.basename(code.co_filename)
        if base in TOKENIZER_FILES:
            return "tokenizer"
        if base in NODE_FILES:
            return "node building"
        if base == "runtime.py":
            name = code.co_name
            if name in RUNTIME_TOKENIZER:
                return "tokenizer"
            if name in RUNTIME_MATCHING:
                return "token matching"
            return "node building"      # name(), number(), positions, new_identifier
        if base == "python_parser.py":
            key = (code.co_filename, frame.f_lineno)
            category = self.lines.get(key)
            if category is None:
                category = self.lines[key] = self.classify_line(*key)
            return category
        return "other"

    @staticmethod
    def classify_line(filename, lineno):
        import linecache
        line = linecache.getline(filename, lineno)
        if "memo" in line:
            return "memo"
        if "ast." in line or "last_nonwhitespace_token" in line or "start_tok" in line:
            return "node building"
        return "rules"


def profile(sources):
    """Category shares (sampled) and a cProfile table of the busiest functions."""
    import cProfile
    import io
    import pstats
    from glass.parser.parser import parse
    interval = sys.getswitchinterval()
    sys.setswitchinterval(0.0002)       # let the sampler in often
    sampler = Sampler(threading.get_ident())
    sampler.start()
    try:
        for path, source in sources:
            try:
                parse(source, path)
            except SyntaxError:
                pass
    finally:
        sampler.stop()
        sys.setswitchinterval(interval)
    total = sum(sampler.counts.values()) or 1
    shares = [(name, sampler.counts[name] * 100.0 / total) for name in CATEGORIES]
    profiler = cProfile.Profile()
    profiler.enable()
    for path, source in sources[::10]:
        try:
            parse(source, path)
        except SyntaxError:
            pass
    profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    stats.sort_stats("tottime").print_stats(15)
    return shares, total, out.getvalue()


# --- Report ---------------------------------------------------------------------------

def host_label():
    return "%s %s" % (platform.python_implementation(), platform.python_version())


def status_section(rows, shares):
    lines = [
        "### parse",
        "",
        "`python3 bench/parse.py --status` and `pypy3 bench/parse.py --status`: every "
        "stdlib file parsed by Glass and by CPython 3.11's `ast.parse` in the same run "
        "(the C parser is 1x; parso, a pure-Python parser, is about 9x).  Each row is "
        "rewritten by the host it names.",
        "",
        "| Glass on | files | CPython 3.11 ast.parse (s) | Glass (s) | Glass / ast.parse | date |",
        "|---|---:|---:|---:|---:|---|",
    ]
    lines += rows
    if shares:
        lines += ["", "Where Glass's time goes (sampled, `--profile`, %s):" % shares[0], "",
                  "| part | share |", "|---|---:|"]
        lines += ["| %s | %.0f%% |" % (name, share) for name, share in shares[1]]
    return "\n".join(lines)


def _existing_rows_and_shares():
    from glass.tools.status import STATUS_PATH
    if not os.path.exists(STATUS_PATH):
        return {}, None
    text = open(STATUS_PATH).read()
    begin, end = "<!-- bench:parse begin -->", "<!-- bench:parse end -->"
    if begin not in text:
        return {}, None
    section = text.split(begin, 1)[1].split(end, 1)[0]
    rows = {}
    for line in section.splitlines():
        if line.startswith("| ") and "ast.parse" not in line and not line.startswith("| part") \
                and line.count("|") == 7:
            rows[line.split("|")[1].strip()] = line
    shares = None
    if "--profile`, " in section:
        label = section.split("--profile`, ", 1)[1].split("):", 1)[0]
        parts = []
        for line in section.splitlines():
            if line.startswith("| ") and line.rstrip().endswith("% |"):
                cells = [c.strip() for c in line.strip("|").split("|")]
                parts.append((cells[0], float(cells[1].rstrip("%"))))
        shares = (label, parts)
    return rows, shares


def main(argv=None):
    parser = argparse.ArgumentParser(prog="bench/parse.py", description=__doc__.split("\n")[0])
    parser.add_argument("--every", type=int, default=1, metavar="K",
                        help="parse only every K-th file (default: all)")
    parser.add_argument("--limit", type=int, metavar="N", help="parse only the first N files")
    parser.add_argument("--repeat", type=int, default=3,
                        help="runs of ast.parse (the best is kept; Glass runs once)")
    parser.add_argument("--profile", action="store_true", help="report where the time goes")
    parser.add_argument("--status", action="store_true",
                        help="write the figures into docs/STATUS.md")
    args = parser.parse_args(argv)
    warnings.simplefilter("ignore")
    paths = stdlib_sources()[::args.every]
    if args.limit:
        paths = paths[:args.limit]
    sources = read_sources(paths)
    size = sum(len(source) for _, source in sources)
    show = sys.stderr.isatty() and not os.environ.get("CI")
    progress = _terminal_progress if show else None
    if HOST_IS_CPYTHON_311:
        oracle, glass, failures = time_both(sources, args.repeat, progress)
    else:
        oracle = time_oracle_subprocess(paths, args.repeat)
        glass, failures = time_glass(sources, progress)
    ratio = glass / oracle
    print("%d files, %.1f MB" % (len(sources), size / 1e6))
    print("CPython 3.11 ast.parse%s: %.2f s" % (
        "" if HOST_IS_CPYTHON_311 else " (python3.11 subprocess)", oracle))
    print("Glass on %s: %.2f s" % (host_label(), glass))
    print("ratio Glass / ast.parse: %.1fx" % ratio)
    for path, error in failures[:10]:
        print("  Glass rejected %s: %s" % (path, error))
    shares = None
    if args.profile:
        sampled, samples, table = profile(sources)
        print("\nWhere the time goes (%d samples):" % samples)
        for name, share in sampled:
            print("  %-15s %5.1f%%" % (name, share))
        print("\nBusiest functions (cProfile, every 10th file; cProfile slows calls down):")
        print(table)
        shares = (host_label(), sampled)
    if args.status:
        if args.every != 1 or args.limit:
            raise SystemExit("--status needs the whole stdlib (no --every / --limit)")
        from glass.tools.status import replace_section
        rows, old_shares = _existing_rows_and_shares()
        label = host_label()
        rows[label] = "| %s | %d | %.2f | %.2f | %.1fx | %s |" % (
            label, len(sources), oracle, glass, ratio, time.strftime("%Y-%m-%d"))
        replace_section("bench:parse", status_section(
            [rows[k] for k in sorted(rows)], shares or old_shares))
        print("updated docs/STATUS.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())
