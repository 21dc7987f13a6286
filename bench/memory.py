"""Memory benchmark: what the cycle collector costs, and what a guest object
costs the host.

Counterpart: none in CPython (issue 8's "Speed and memory" figures).

    python3 bench/memory.py [--cycles N] [--status]

1. The collector: a program makes N objects that each refer to themselves
   (so only the collector can free them), with the collector running as
   allocations make it due, then gc.collect().  It runs under Glass and under
   python3 in the same run, three times each; the figures are the best CPU
   times, for the whole program and for the collections alone (a
   gc.callbacks entry times them), as ratios, and both report how many
   objects the collector freed (they must agree).
2. Host memory per guest object: Glass, in this process, builds 10,000
   guest objects of each kind (int, small list, dict, instance) and
   tracemalloc counts the host bytes that stay allocated, per object.

`--status` writes the figures into the "bench:memory" section of
docs/STATUS.md.
"""
from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import time
import tracemalloc

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
sys.path.insert(0, REPO)

SECTION = "bench:memory"

CYCLES_PROGRAM = r"""
import gc, time
class Node:
    def __init__(self):
        self.me = self
in_collector = [0.0, 0.0]
def timer(phase, info):
    if phase == "start":
        in_collector[1] = time.process_time()
    else:
        in_collector[0] += time.process_time() - in_collector[1]
gc.collect()
gc.callbacks.append(timer)
started = time.process_time()
for i in range(%d):
    Node()
freed = gc.collect()
elapsed = time.process_time() - started
print(sum(s["collected"] for s in gc.get_stats()), elapsed, in_collector[0])
"""


def _progress(text):
    if sys.stderr.isatty():
        sys.stderr.write("\r\033[K" + text)
        sys.stderr.flush()


def run_cycles(count, runs=3):
    """The best of `runs` runs, each interpreter's CPU seconds (process
    time: the machine may be shared) for the whole program and for the
    collections alone (timed by a gc.callbacks entry), and how many objects
    its collector freed: {"glass": (total, collector, freed), "python3": ...}."""
    program = CYCLES_PROGRAM % count
    results = {}
    for label, command in (("glass", [sys.executable, "-m", "glass", "-S", "-c", program]),
                           ("python3", ["python3", "-S", "-c", program])):
        best = None
        for run in range(runs):
            _progress("cycles: %s, %d objects, run %d..." % (label, count, run + 1))
            out = subprocess.run(command, capture_output=True, text=True, cwd=REPO,
                                 check=True)
            collected, total, collector = out.stdout.split()
            figures = (float(total), float(collector), int(collected))
            if best is None or figures[0] < best[0]:
                best = figures
        results[label] = best
    return results


GUEST_KINDS = (
    ("int", "def make(i): return 10**6 + i"),
    ("small list", "def make(i): return [i, i]"),
    ("dict", "def make(i): return {'a': i}"),
    ("instance", "class C:\n    def __init__(self, i): self.a = i\ndef make(i): return C(i)"),
)


NATIVE_SCRIPT = r"""
import sys, tracemalloc
kinds = %r
for name, source in kinds:
    namespace = {}
    exec(source, namespace)
    make = namespace["make"]
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    kept = [make(i) for i in range(%d)]
    after = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    print((after - before) / len(kept) - 8)
"""


def _guest_function(source, name):
    """Run `source` as a guest module in this process; its function `name`."""
    from glass.objects import abstract
    from glass.objects.dict import W_Dict
    from glass.objects.object import decref
    from glass.objects.str import new_str
    from glass.vm import pylifecycle, pystate
    interp = pystate.interpreter()
    if interp.w_builtins is None:
        pylifecycle.initialize()
    w_globals = W_Dict()
    w_globals.setitem_str("__builtins__", interp.w_builtins_module)
    w_name = new_str("bench_memory")
    w_globals.setitem_str("__name__", w_name)
    decref(w_name)
    w_source = new_str(source)
    decref(abstract.call(interp.w_builtins.getitem_str("exec"), [w_source, w_globals]))
    decref(w_source)
    return w_globals.getitem_str(name)


def host_bytes_per_object(count=10000):
    """Host bytes held per guest object (tracemalloc in this process), and
    the bytes the same objects take in python3 (tracemalloc there)."""
    from glass.objects import abstract
    from glass.objects.int import new_int
    from glass.objects.object import decref
    figures = []
    for name, source in GUEST_KINDS:
        _progress("memory: %s..." % name)
        w_make = _guest_function(source, "make")
        args_w = [new_int(i) for i in range(count)]
        tracemalloc.start()
        before = tracemalloc.get_traced_memory()[0]
        kept = [abstract.call(w_make, [w_arg]) for w_arg in args_w]
        after = tracemalloc.get_traced_memory()[0]
        tracemalloc.stop()
        # The host list holding them costs 8 bytes a slot; leave it out.
        figures.append([name, (after - before) / count - 8])
        for w_obj in kept + args_w:
            decref(w_obj)
    out = subprocess.run(["python3", "-c", NATIVE_SCRIPT % (GUEST_KINDS, count)],
                         capture_output=True, text=True, check=True)
    for figure, native in zip(figures, out.stdout.split()):
        figure.append(float(native))
    return figures


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cycles", type=int, default=100000,
                        help="self-referring objects made and collected (default 100000)")
    parser.add_argument("--status", action="store_true",
                        help="write the figures into docs/STATUS.md")
    args = parser.parse_args(argv)
    cycles = run_cycles(args.cycles)
    glass_s, glass_gc_s, glass_n = cycles["glass"]
    host_s, host_gc_s, host_n = cycles["python3"]
    sizes = host_bytes_per_object()
    _progress("")
    host = "%s %s" % (platform.python_implementation(), platform.python_version())
    lines = ["`python3 bench/memory.py --cycles %d`, host %s (CPU seconds, best of 3):"
             % (args.cycles, host), "",
             "| what | Glass | python3 | ratio |", "|---|---:|---:|---:|",
             "| %d self-referring objects made and collected (s) | %.2f | %.3f | %.0fx |"
             % (args.cycles, glass_s, host_s, glass_s / host_s if host_s else 0),
             "| of which in the collector (s) | %.2f | %.3f | %.0fx |"
             % (glass_gc_s, host_gc_s, glass_gc_s / host_gc_s if host_gc_s else 0),
             "| objects the collector freed | %d | %d | |" % (glass_n, host_n), "",
             "| guest object | host bytes per object (Glass) | bytes per object in python3 |",
             "|---|---:|---:|"]
    for name, size, native in sizes:
        lines.append("| %s | %.0f | %.0f |" % (name, size, native))
    text = "\n".join(lines)
    print(text)
    if args.status:
        from glass.tools.status import replace_section
        replace_section(SECTION, "### bench:memory\n\n" + text + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
