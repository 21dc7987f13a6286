"""Compiler benchmark: every stdlib file compiled (parse + compile) by Glass and by CPython 3.11's compile().

Counterpart: none in CPython (bench/parse.py is the model, for the parser).

    python3 bench/compile.py [--every K] [--limit N] [--repeat R] [--profile] [--status]
    pypy3   bench/compile.py ...        # Glass on PyPy, the oracle in a subprocess

Both compilers read the same bytes (all files are read before any timing)
and turn each file into a code object: the host's `compile(source, path,
"exec", dont_inherit=True)`, and Glass's `compile_source(source, path,
"exec", "glass")` (Glass's parser, constant folding, symbol table, code
generation, flow graph and assembler).  Times are CPU seconds
(time.process_time).  On a CPython 3.11 host the host's compile() is timed
in the same process, file by file just before Glass; on any other host
(PyPy) a python3.11 subprocess times it on the same files.  The figure is
the ratio Glass / compile(); issue 6 aims at 15x at most on CPython, 5x on
PyPy.

`--profile` says where Glass's time goes: cProfile's own time per function,
summed by the stage its file belongs to (parser, constant folding, symbol
table, code generation, flow graph, assembler, code objects), on every
tenth file.

`--status` writes this host's row (and the profile, if asked) into the
"bench:compile" section of docs/STATUS.md; the other host's row is kept.
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

SECTION = "bench:compile"

# Run by python3.11 when the host is not CPython 3.11: time compile() on the
# files named on stdin, print the seconds.
ORACLE_SCRIPT = r"""
import json, sys, time, warnings
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
            compile(source, path, "exec", dont_inherit=True)
        except (SyntaxError, ValueError):
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
    """compile() timed by a python3.11 process (for a PyPy host)."""
    python = find_python311()
    if python is None:
        raise SystemExit("bench/compile.py: no python3.11 to time compile() with")
    done = subprocess.run([python, "-c", ORACLE_SCRIPT % repeat],
                          input=json.dumps(paths).encode(), stdout=subprocess.PIPE,
                          check=True)
    return float(done.stdout.decode().strip())


def _time_host_one(path, source, repeat):
    best = None
    for _ in range(repeat):
        started = time.process_time()
        try:
            compile(source, path, "exec", dont_inherit=True)
        except (SyntaxError, ValueError):
            pass
        elapsed = time.process_time() - started
        best = elapsed if best is None else min(best, elapsed)
    return best


def _time_glass_one(compile_source, path, source, failures):
    started = time.process_time()
    try:
        compile_source(source, path, "exec", "glass")
    except (SyntaxError, ValueError) as error:
        failures.append((path, error))
    return time.process_time() - started


def time_both(sources, repeat, progress=None):
    """(host seconds, Glass seconds, Glass's failures), file by file in
    turn, so that a change in the machine's load weighs on both alike."""
    from glass.compiler import compile_source
    failures = []
    host = glass = 0.0
    for index, (path, source) in enumerate(sources, 1):
        host += _time_host_one(path, source, repeat)
        glass += _time_glass_one(compile_source, path, source, failures)
        if progress:
            progress(index, len(sources))
    return host, glass, failures


def time_glass(sources, progress=None):
    from glass.compiler import compile_source
    failures = []
    total = 0.0
    for index, (path, source) in enumerate(sources, 1):
        total += _time_glass_one(compile_source, path, source, failures)
        if progress:
            progress(index, len(sources))
    return total, failures


def _terminal_progress(done, total):
    if done % 10 == 0 or done == total:
        sys.stderr.write("\r  compiled %d/%d files " % (done, total))
        if done == total:
            sys.stderr.write("\r" + " " * 40 + "\r")
        sys.stderr.flush()


# --- Where the time goes --------------------------------------------------------------

STAGES = ("parser", "constant folding", "symbol table", "code generation",
          "flow graph", "assembler", "code objects", "other")

_STAGE_OF_FILE = {
    "optimizer.py": "constant folding",
    "symtable.py": "symbol table",
    "codegen.py": "code generation",
    "patterns.py": "code generation",
    "flowgraph.py": "flow graph",
    "assembler.py": "assembler",
}


def _stage(filename):
    parts = filename.replace(os.sep, "/").split("/")
    if "glass" in parts:
        below = parts[parts.index("glass") + 1:]
        if below and below[0] == "parser":
            return "parser"
        if below and below[0] == "compiler":
            return _STAGE_OF_FILE.get(below[-1], "other")
        if below and below[0] == "bytecode":
            return "code objects"
    return "other"


def profile(sources, top=12):
    """([(stage, share %)], [(share %, function)]): cProfile's own time per
    function on every tenth file, summed by stage, and the hottest functions."""
    import cProfile
    import pstats
    from glass.compiler import compile_source
    profiler = cProfile.Profile()
    profiler.enable()
    for path, source in sources[::10]:
        try:
            compile_source(source, path, "exec", "glass")
        except (SyntaxError, ValueError):
            pass
    profiler.disable()
    own = dict.fromkeys(STAGES, 0.0)
    functions = []
    for (filename, line, function), row in pstats.Stats(profiler).stats.items():
        own[_stage(filename)] += row[2]
        functions.append((row[2], "%s:%d %s" % (
            "/".join(filename.replace(os.sep, "/").split("/")[-2:]), line, function)))
    total = sum(own.values()) or 1.0
    shares = [(name, own[name] * 100.0 / total) for name in STAGES]
    functions.sort(reverse=True)
    hottest = [(seconds * 100.0 / total, name) for seconds, name in functions[:top]]
    return shares, hottest


# --- Report ---------------------------------------------------------------------------

def host_label():
    return "%s %s" % (platform.python_implementation(), platform.python_version())


def status_section(rows, shares):
    lines = [
        "### compile",
        "",
        "`python3 bench/compile.py --status` and `pypy3 bench/compile.py --status`: "
        "every stdlib file compiled (parse + compile) by Glass's compiler and by "
        "CPython 3.11's `compile()` in the same run (issue 6 aims at 15x at most "
        "on CPython, 5x on PyPy).  Each row is rewritten by the host it names.",
        "",
        "| Glass on | files | CPython 3.11 compile() (s) | Glass (s) "
        "| Glass / compile() | date |",
        "|---|---:|---:|---:|---:|---|",
    ]
    lines += rows
    if shares:
        lines += ["", "Where Glass's time goes (`--profile`, %s; cProfile's own time "
                  "per function, by stage, on every tenth file):" % shares[0], "",
                  "| stage | share |", "|---|---:|"]
        lines += ["| %s | %.0f%% |" % (name, share) for name, share in shares[1]]
    return "\n".join(lines)


def _existing_rows_and_shares():
    from glass.tools.status import STATUS_PATH
    if not os.path.exists(STATUS_PATH):
        return {}, None
    text = open(STATUS_PATH).read()
    begin, end = "<!-- %s begin -->" % SECTION, "<!-- %s end -->" % SECTION
    if begin not in text:
        return {}, None
    section = text.split(begin, 1)[1].split(end, 1)[0]
    rows = {}
    for line in section.splitlines():
        if line.startswith("| ") and "compile()" not in line \
                and not line.startswith("| stage") and line.count("|") == 7:
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
    parser = argparse.ArgumentParser(prog="bench/compile.py",
                                     description=__doc__.split("\n")[0])
    parser.add_argument("--every", type=int, default=1, metavar="K",
                        help="compile only every K-th file (default: all)")
    parser.add_argument("--limit", type=int, metavar="N",
                        help="compile only the first N files")
    parser.add_argument("--repeat", type=int, default=3,
                        help="runs of the host's compile() (the best is kept; "
                             "Glass runs once)")
    parser.add_argument("--profile", action="store_true",
                        help="report where Glass's time goes")
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
    print("CPython 3.11 compile()%s: %.2f s" % (
        "" if HOST_IS_CPYTHON_311 else " (python3.11 subprocess)", oracle))
    print("Glass on %s: %.2f s" % (host_label(), glass))
    print("ratio Glass / compile(): %.1fx" % ratio)
    if failures:
        print("%d files rejected with a SyntaxError (bad on purpose: the host "
              "rejects them too, see the glass_compile sweep)" % len(failures))
    shares = None
    if args.profile:
        stage_shares, hottest = profile(sources)
        print("\nWhere Glass's time goes (cProfile's own time, every tenth file):")
        for name, share in stage_shares:
            print("  %-17s %5.1f%%" % (name, share))
        print("\nHottest functions (own time):")
        for share, name in hottest:
            print("  %5.1f%%  %s" % (share, name))
        shares = (host_label(), stage_shares)
    if args.status:
        if args.every != 1 or args.limit:
            raise SystemExit("--status needs the whole stdlib (no --every / --limit)")
        from glass.tools.status import replace_section
        rows, old_shares = _existing_rows_and_shares()
        label = host_label()
        rows[label] = "| %s | %d | %.2f | %.2f | %.1fx | %s |" % (
            label, len(sources), oracle, glass, ratio, time.strftime("%Y-%m-%d"))
        replace_section(SECTION, status_section([rows[k] for k in sorted(rows)],
                                                shares or old_shares))
        print("updated docs/STATUS.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())
