"""Start-up benchmark: `glass -c pass` against `python3 -c pass`.

Counterpart: none in CPython (`python -X importtime` and pyperformance's
python_startup are the models).

    python3 bench/startup.py [--repeat N] [--status]

Each command runs once to warm the caches (Glass's .pyc files in
__pycache__, the generated fast loop, the host's own .pyc files), then
N times; the figure is the best CPU time (user + system) of the process,
which hardly moves with the machine's load.  Two start-ups are measured:
the full one, which runs `site` and whatever .pth files the machine's
site-packages hold, and `-S`, the interpreter alone.  `--status` writes
the table into the "bench:startup" section of docs/STATUS.md.
"""
from __future__ import annotations

import argparse
import os
import platform
import resource
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
sys.path.insert(0, REPO)

from glass.tools.stdlib import find_python311  # noqa: E402

SECTION = "bench:startup"


def _progress(text):
    if sys.stderr.isatty() and not os.environ.get("CI"):
        sys.stderr.write("\r\033[K" + text)
        sys.stderr.flush()


def cpu_seconds(command):
    """The CPU seconds one run of the command took."""
    # No inherited PYTHON* variable (PYTHONDONTWRITEBYTECODE would keep the
    # caches cold) changes what is measured.
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONPATH"] = REPO
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(command, check=True, cwd=REPO, stdout=subprocess.DEVNULL, env=env)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def best_of(command, repeat):
    cpu_seconds(command)                     # warm the caches
    return min(cpu_seconds(command) for _ in range(repeat))


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=5,
                        help="timed runs of each command, the best kept (default 5)")
    parser.add_argument("--status", action="store_true",
                        help="write the figures into docs/STATUS.md")
    args = parser.parse_args(argv)
    python = find_python311()
    rows = []
    for label, flags in (("full start-up (site)", []), ("-S (no site)", ["-S"])):
        _progress("%s: glass..." % label)
        glass = best_of([sys.executable, "-m", "glass"] + flags + ["-c", "pass"], args.repeat)
        _progress("%s: python3..." % label)
        native = best_of([python] + flags + ["-c", "pass"], args.repeat)
        rows.append((label, glass, native))
    _progress("")
    host = "%s %s" % (platform.python_implementation(), platform.python_version())
    lines = ["`python3 bench/startup.py --repeat %d`, Glass on %s, best CPU seconds:"
             % (args.repeat, host), "",
             "| start-up | `glass -c pass` (s) | `python3 -c pass` (s) | ratio |",
             "|---|---:|---:|---:|"]
    for label, glass, native in rows:
        lines.append("| %s | %.2f | %.3f | %.0fx |"
                     % (label, glass, native, glass / native if native else 0))
    text = "\n".join(lines)
    print(text)
    if args.status:
        from glass.tools.status import replace_section
        replace_section(SECTION, "### bench:startup\n\n" + text + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
