"""Benchmarks: each program of bench/programs/ under Glass and natively, same run.

Counterpart: none in CPython (pyperformance is the model).

    python3 bench/run.py [--host python3|pypy3] [--only NAME] [--repeat N] [--status]

For every program it measures the native CPython 3.11 run and the Glass run
(`-X compiler=host` on a CPython host; on a PyPy host Glass runs the .pyc
that `glass compile` wrote), subtracts each interpreter's start-up time (an
empty program), checks that both printed the same thing, and prints the
ratio Glass/native and their geometric mean.  Times are the CPU seconds
(user + system) the process used, not the wall clock: on a machine shared
with other work they hardly move with the load.  `--status` writes the table
into docs/STATUS.md.  Progress shows on a terminal; CI gets only the table.
"""
from __future__ import annotations

import argparse
import glob
import math
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
sys.path.insert(0, REPO)

from glass.tools.stdlib import find_python311  # noqa: E402


def _cpu_seconds_of_children():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _timed(command, cwd, timeout):
    """(CPU seconds, stdout, ok) for one process run."""
    env = dict(os.environ)
    env["PYTHONPATH"] = REPO
    env["PYTHONHASHSEED"] = "0"
    started = _cpu_seconds_of_children()
    try:
        done = subprocess.run(command, cwd=cwd, env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, timeout=timeout)
    except subprocess.TimeoutExpired:
        return timeout, "", False
    elapsed = _cpu_seconds_of_children() - started
    return elapsed, done.stdout.decode("utf-8", "replace"), done.returncode == 0


def _best(command, cwd, repeat, timeout):
    runs = [_timed(command, cwd, timeout) for _ in range(repeat)]
    return min(r[0] for r in runs), runs[0][1], all(r[2] for r in runs)


def glass_command(host, program, workdir, python):
    """How Glass runs a program on this host (compiling it first for PyPy)."""
    if host == python:
        return [host, "-m", "glass", "-X", "compiler=host", program]
    pyc = os.path.join(workdir, os.path.basename(program) + "c")
    subprocess.run([python, "-m", "glass", "compile", "-X", "compiler=host", program,
                    "-o", pyc], check=True, cwd=REPO,
                   env=dict(os.environ, PYTHONPATH=REPO))
    return [host, "-m", "glass", pyc]


def run(args):
    python = find_python311()
    host = args.host or python
    programs = sorted(glob.glob(os.path.join(HERE, "programs", "*.py")))
    if args.only:
        programs = [p for p in programs if os.path.basename(p)[:-3] in args.only]
    show = sys.stderr.isatty() and not os.environ.get("CI")
    rows = []
    with tempfile.TemporaryDirectory() as workdir:
        empty = os.path.join(workdir, "empty.py")
        with open(empty, "w") as file:
            file.write("pass\n")
        native_start = _best([python, empty], workdir, args.repeat, args.timeout)[0]
        glass_start = _best(glass_command(host, empty, workdir, python), workdir,
                            args.repeat, args.timeout)[0]
        for index, program in enumerate(programs, 1):
            name = os.path.basename(program)[:-3]
            if show:
                sys.stderr.write("\r  [%d/%d] %-20s" % (index, len(programs), name))
                sys.stderr.flush()
            native, native_out, native_ok = _best([python, program], workdir,
                                                  args.repeat, args.timeout)
            command = glass_command(host, program, workdir, python)
            glass, glass_out, glass_ok = _best(command, workdir, args.repeat, args.timeout)
            native = max(native - native_start, 1e-4)
            glass = max(glass - glass_start, 1e-4)
            correct = native_ok and glass_ok and native_out == glass_out
            rows.append((name, native, glass, glass / native, correct))
    if show:
        sys.stderr.write("\r" + " " * 40 + "\r")
    return host, rows


def table(host_label, rows):
    lines = ["| benchmark | native CPython 3.11 (CPU s) | Glass (CPU s) | Glass / native | output |",
             "|---|---:|---:|---:|---|"]
    for name, native, glass, ratio, correct in rows:
        lines.append("| %s | %.3f | %.2f | %.0fx | %s |" % (
            name, native, glass, ratio, "same" if correct else "DIFFERENT or failed"))
    ok = [r[3] for r in rows if r[4]]
    if ok:
        geomean = math.exp(sum(math.log(r) for r in ok) / len(ok))
        lines.append("")
        lines.append("Geometric mean over the %d benchmarks that ran correctly: "
                     "**%.0fx** native (Glass on %s)." % (len(ok), geomean, host_label))
    failed = [r[0] for r in rows if not r[4]]
    if failed:
        lines.append("Not running correctly yet: %s." % ", ".join(failed))
    return "\n".join(lines) + "\n"


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python3 bench/run.py", description=__doc__.split("\n")[0])
    parser.add_argument("--host", help="the interpreter that runs Glass (default: CPython 3.11)")
    parser.add_argument("--only", nargs="+", metavar="NAME", help="run only these benchmarks")
    parser.add_argument("--repeat", type=int, default=1, help="runs per measurement (best is kept)")
    parser.add_argument("--timeout", type=float, default=900, help="seconds per run")
    parser.add_argument("--status", action="store_true", help="write the table to docs/STATUS.md")
    args = parser.parse_args(argv)
    host, rows = run(args)
    version = subprocess.run([host, "-c", "import platform; print(platform.python_implementation(),"
                              " platform.python_version())"], stdout=subprocess.PIPE,
                             universal_newlines=True).stdout.strip()
    text = table(version, rows)
    sys.stdout.write(text)
    if args.status:
        from glass.tools.status import replace_section
        key = "bench:" + version.split()[0].lower()
        replace_section(key, "### bench (Glass on %s)\n\n`python3 bench/run.py%s --status`, %s, "
                        "on this machine (%s):\n\n%s" % (
                            version, " --host " + args.host if args.host else "",
                            time.strftime("%Y-%m-%d"), platform.machine(), text))
        sys.stdout.write("updated docs/STATUS.md\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
