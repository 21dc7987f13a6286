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

`--profile` also says where Glass's time goes, in shares of its total:
the tokenizer (measured: turning every file into the parser's tokens),
the memo (its operations counted, each priced by timing it alone), and
the rest (rule methods, token matching, node building) split as
cProfile's own time per function splits it.  Sampling the parsing thread
from another thread would be fairer, but on CPython a thread can only look
when the parser lets go of the GIL, at calls, which skews what it sees.

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

CATEGORIES = ("tokenizer", "rules", "memo", "token matching", "node building", "other")

NODE_FILES = ("ast_nodes.py", "action_helpers.py", "string_parser.py")
RUNTIME_MATCHING = {"expect", "expect_any", "expect_forced", "expect_soft_keyword",
                    "soft_keyword", "positive_lookahead", "negative_lookahead", "string"}
MEMO_STATEMENTS = {   # the memo's statements in a rule method, timed one by one
    "lookup": ("memo = tok.memo\n'expression' in memo", "tok = Token()"),
    "hit": ("res, mark = memo['expression']", "memo = {'expression': (1, 2)}"),
    "store": ("memo['expression'] = (res, mark)", "memo = {}; res = mark = 1"),
}


def _category(filename, function):
    base = os.path.basename(filename)
    if base in ("tokenizer.py", "source.py", "token.py"):
        return "tokenizer"
    if base in NODE_FILES or function.startswith("<") and function.endswith(".__init__"):
        return "node building"
    if base == "runtime.py":
        if function in ("next", "all", "__init__", "byte_col"):
            return "tokenizer"
        if function in RUNTIME_MATCHING:
            return "token matching"
        return "node building"      # name(), number(), positions, new_identifier
    if base == "python_parser.py" or function == "counted":
        return "rules"
    return "other"


class _CountingMemo(dict):
    """A token's memo that counts what the rules do with it."""
    counts = {"lookup": 0, "hit": 0, "store": 0}

    def __contains__(self, key):
        counts = _CountingMemo.counts
        counts["lookup"] += 1
        found = dict.__contains__(self, key)
        counts["hit"] += found
        return found

    def __setitem__(self, key, value):
        _CountingMemo.counts["store"] += 1
        dict.__setitem__(self, key, value)


def profile(sources):
    """Where Glass's time goes, as shares of its total:

    - tokenizer: measured, the time to turn every file into the parser's
      tokens (TokenSource.all), over the time of whole parses;
    - memo: estimated, the memo operations a parse does (counted) times what
      each costs on this host (timed alone);
    - the rest split as cProfile's own-time per function splits it (rule
      methods, expect and lookaheads, node building), on a tenth of the files.
    """
    import cProfile
    import pstats
    import timeit
    from glass.parser import parser as glass_parser
    from glass.parser.pegen import runtime
    parse = glass_parser.parse
    started = time.process_time()
    for path, source in sources:
        try:
            parse(source, path)
        except SyntaxError:
            pass
    total = time.process_time() - started
    started = time.process_time()
    for path, source in sources:
        job = None
        try:
            text = source.decode("utf-8")
            job = glass_parser.ParseJob(text, path, "exec", False, 11, "utf-8")
            tokenizer = job.tokenizer()
            job.source(tokenizer).all()
        except (SyntaxError, UnicodeDecodeError):
            pass
    tokenizer = time.process_time() - started
    # Memo operations, counted on every file, then priced.
    original = runtime.Token.__init__

    def counting_init(self, *args):
        original(self, *args)
        self.memo = _CountingMemo()
    runtime.Token.__init__ = counting_init
    try:
        for path, source in sources:
            try:
                parse(source, path)
            except SyntaxError:
                pass
    finally:
        runtime.Token.__init__ = original
    unit = {}
    for name, (statement, setup) in MEMO_STATEMENTS.items():
        namespace = {"Token": lambda: type("T", (), {"memo": {}})()}
        unit[name] = min(timeit.repeat(statement, setup, number=100000, repeat=3,
                                       globals=namespace)) / 100000
    counts = _CountingMemo.counts
    memo = counts["lookup"] * unit["lookup"] + counts["hit"] * unit["hit"] \
        + counts["store"] * unit["store"]
    # The rest, split by cProfile's own time per function.
    profiler = cProfile.Profile()
    profiler.enable()
    for path, source in sources[::10]:
        try:
            parse(source, path)
        except SyntaxError:
            pass
    profiler.disable()
    own = dict.fromkeys(CATEGORIES, 0.0)
    for (filename, _, function), row in pstats.Stats(profiler).stats.items():
        own[_category(filename, function)] += row[2]
    del own["tokenizer"]
    rest = max(total - tokenizer - memo, 0.0)
    profiled = sum(own.values()) or 1.0
    seconds = {"tokenizer": tokenizer, "memo": memo}
    for name, value in own.items():
        seconds[name] = seconds.get(name, 0.0) + rest * value / profiled
    seconds["rules"] = max(seconds["rules"] - memo, 0.0)    # memo lines are in the rules
    shares = [(name, seconds.get(name, 0.0) * 100.0 / total) for name in CATEGORIES]
    detail = "memo: %d lookups, %d hits, %d stores; %.0f, %.0f, %.0f ns each" % (
        counts["lookup"], counts["hit"], counts["store"], unit["lookup"] * 1e9,
        unit["hit"] * 1e9, unit["store"] * 1e9)
    return shares, detail


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
        lines += ["", "Where Glass's time goes (`--profile`, %s; tokenizer measured, memo "
                  "counted and priced, the rest split as cProfile splits it):" % shares[0], "",
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
        label = section.split("--profile`, ", 1)[1].split(";", 1)[0]
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
    if failures:
        print("%d files rejected with a SyntaxError (bad on purpose: the host rejects "
              "them too, see the ast sweep)" % len(failures))
    shares = None
    if args.profile:
        sampled, detail = profile(sources)
        print("\nWhere Glass's time goes (see profile() in bench/parse.py for how):")
        for name, share in sampled:
            print("  %-15s %5.1f%%" % (name, share))
        print("  (%s)" % detail)
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
