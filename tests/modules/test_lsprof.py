"""_lsprof (cProfile's engine) against the host.

Counterpart: glass/modules/_lsprof.py (Modules/_lsprof.c).  Times differ
from the host's; the entries, call counts, recursion counts and callers
must not, so the snippets print only those.
"""
from __future__ import annotations

from oracle import same_as_host

NAMES = '''
def name(code):
    return code if isinstance(code, str) else "%s:%s" % (code.co_name, code.co_firstlineno)

def show(stats):
    for e in sorted(stats, key=lambda e: name(e.code)):
        calls = e.calls and sorted((name(s.code), s.callcount, s.reccallcount) for s in e.calls)
        print(name(e.code), e.callcount, e.reccallcount, calls,
              type(e.totaltime).__name__, e.totaltime >= e.inlinetime >= 0)
'''


def test_profiler_entries_and_subentries():
    same_as_host(NAMES + """
import _lsprof, sys

def leaf():
    return len([1])

def middle():
    x = [leaf() for i in range(3)]
    x.append(1)
    x.sort()
    return sorted(x, key=abs)

def rec(n):
    return rec(n - 1) if n else 0

def raising():
    try:
        int("x")
    except ValueError:
        pass

p = _lsprof.Profiler()
p.enable()
middle()
rec(3)
raising()
p.disable()
show(p.getstats())
print(type(p.getstats()[0]).__name__, _lsprof.profiler_entry.n_fields,
      _lsprof.profiler_subentry.n_fields)
print(_lsprof.Profiler.__module__, _lsprof.Profiler.__doc__.splitlines()[0])

p.enable()
print(sys.getprofile() is p)
p.disable()
print(sys.getprofile())
p.clear()
print(p.getstats())

p = _lsprof.Profiler(subcalls=False, builtins=False)
p.enable()
middle()
p.disable()
show(p.getstats())

ticks = iter(range(0, 10000, 10))
p = _lsprof.Profiler(lambda: next(ticks), 0.5)
p.enable()
leaf()
p.disable()
show(p.getstats())

class Sub(_lsprof.Profiler):
    pass
s = Sub()
s.enable()
leaf()
s.disable()
print(len(s.getstats()))

for args in ((1, 2, 3, 4, 5),):
    try:
        _lsprof.Profiler(*args)
    except TypeError as e:
        print(e)
try:
    p.enable(1, 2, 3)
except TypeError as e:
    print(e)
""")


def test_cprofile_and_pstats():
    same_as_host("""
import cProfile, pstats, io

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def main():
    total = 0
    for i in range(4):
        total += fib(6)
    return sorted([3, 1, 2]), total

profile = cProfile.Profile()
print(profile.runcall(main))
stats = pstats.Stats(profile)
print(stats.total_calls, stats.prim_calls)
for func, (cc, nc, tt, ct, callers) in sorted(stats.stats.items()):
    print(func[0].rsplit('/', 1)[-1], func[1], func[2], cc, nc, sorted(
        (c[2], v[0], v[1]) for c, v in callers.items()))

with cProfile.Profile() as p:
    fib(3)
print(sorted(f[2] for f in pstats.Stats(p).stats))
""")


def test_cprofile_command_line(tmp_path):
    """`glass -m cProfile -s cumulative prog.py`: the same rows and counts
    (the timing columns and the total time are left out)."""
    import re
    from oracle import run_glass, run_python
    program = tmp_path / "prog.py"
    program.write_text(
        "def fib(n):\n"
        "    return n if n < 2 else fib(n - 1) + fib(n - 2)\n"
        "def main():\n"
        "    print(sorted([fib(7) for i in range(3)]))\n"
        "main()\n")

    def rows(run):
        assert run.status == 0, run.stderr
        lines = []
        for line in run.stdout.splitlines():
            line = re.sub(r" in [0-9.]+ seconds", "", line)
            row = re.match(r"^\s*([0-9/]+)(\s+[0-9.]+){4}\s+(.*)$", line)
            if row:
                line = row.group(1) + " " + row.group(3)     # ncalls and the function
            lines.append(line)
        return sorted(lines)

    args = ["-m", "cProfile", "-s", "cumulative", str(program)]
    assert rows(run_glass(args)) == rows(run_python(args))
