"""The bad_arguments sweep: every builtin function and method, called with
arguments of the wrong kinds and counts, must fail (or not) as in CPython,
with the same exception and the same message.

Counterpart: none in CPython (the issues' "Bad input" sections: "Wrong types
to every builtin give CPython's TypeError message").

One "file" of the sweep is an owner: a builtin type (its public methods,
called on a sample instance) or a module (its functions).  The same guest
program runs under python3 and under Glass (`-S -X compiler=host`); it
prints each callable's __text_signature__, then one line per call, "ok" or
the exception's type and message, with object addresses blotted out.  A difference names the calls that differ.
"""
from __future__ import annotations

import os
import subprocess
import sys

# Owners, and the expression that makes a fresh receiver for a type's methods.
TYPE_SAMPLES = [
    ("str", "'abc'"), ("bytes", "b'abc'"), ("bytearray", "bytearray(b'abc')"),
    ("list", "[3, 1, 2]"), ("tuple", "(3, 1, 2)"), ("dict", "{'a': 1, 'b': 2}"),
    ("set", "{1, 2}"), ("frozenset", "frozenset({1, 2})"), ("int", "5"),
    ("float", "1.5"), ("complex", "1j"), ("range", "range(5)"),
    ("memoryview", "memoryview(b'abc')"), ("slice", "slice(1, 5, 2)"),
    ("bool", "True"), ("object", "object()"),
    # Types whose tp_name is dotted: their methods are named from the last dot.
    ("collections.deque", "collections.deque([3, 1, 2])"),
    ("_random.Random", "_random.Random(1)"), ("array.array", "array.array('i', [3, 1, 2])"),
    ("io.BytesIO", "io.BytesIO(b'abc')"), ("io.StringIO", "io.StringIO('abc')"),
]
MODULES = ["builtins", "math", "cmath", "operator", "itertools", "functools", "_struct",
           "binascii", "_bisect", "_heapq", "unicodedata", "zlib", "_string"]

# Functions that wait for a person, stop the program or print: not called.
SKIPPED = {"builtins.input", "builtins.breakpoint", "builtins.help", "builtins.exit",
           "builtins.quit", "builtins.print", "builtins.open", "builtins.__import__",
           "builtins.__build_class__", "builtins.exec", "builtins.eval",
           "builtins.compile", "builtins.copyright", "builtins.credits",
           "builtins.license", "builtins.globals", "builtins.locals", "builtins.vars",
           "builtins.dir", "builtins.id", "builtins.hash",
           "functools.reduce", "itertools.repeat", "itertools.count", "itertools.cycle"}

PROGRAM = r'''
import re, sys
import _random, array, collections, io
OWNER, KIND, SAMPLE, SKIPPED = %r, %r, %r, %r
BAD = [None, 1.5, 'x', b'x', -1, object(), [], (1,)]
ADDRESS = re.compile(r"0x[0-9a-fA-F]+")


def show(value):
    return ADDRESS.sub("0x?", repr(value))


def callables():
    if KIND == "type":
        owner = eval(OWNER)
        for name in sorted(dir(owner)):
            if name.startswith("_"):
                continue
            if not callable(getattr(owner, name)):
                continue
            yield "%%s.%%s" %% (OWNER, name), (lambda name=name: getattr(eval(SAMPLE), name))
    else:
        module = __import__(OWNER)
        for name in sorted(vars(module)):
            if name.startswith("_") and OWNER != "_string":
                continue
            value = getattr(module, name)
            if not callable(value) or isinstance(value, type) and issubclass(value, BaseException):
                continue
            qualified = "%%s.%%s" %% (OWNER, name)
            if qualified in SKIPPED:
                continue
            yield qualified, (lambda value=value: value)


def calls():
    yield (), {}
    for bad in BAD:
        yield (bad,), {}
    for bad in BAD:
        yield (bad, bad), {}
    for bad in BAD[:3]:
        yield (bad, bad, bad), {}
    yield (), {"nosuch": 1}
    yield (1,), {"nosuch": 1}


for qualified, get in callables():
    print("%%s.__text_signature__ = %%r" %% (qualified, getattr(get(), "__text_signature__", None)))
    for args, kwargs in calls():
        shown = ", ".join([show(a) for a in args] + ["%%s=%%s" %% kv for kv in kwargs.items()])
        try:
            get()(*args, **kwargs)
            outcome = "ok"
        except Exception as error:
            outcome = "%%s: %%s" %% (type(error).__name__, ADDRESS.sub("0x?", str(error)))
        print("%%s(%%s) -> %%s" %% (qualified, shown, outcome))
'''


def owners():
    return [name for name, _ in TYPE_SAMPLES] + MODULES


def program_for(owner):
    samples = dict(TYPE_SAMPLES)
    if owner in samples:
        return PROGRAM % (owner, "type", samples[owner], sorted(SKIPPED))
    return PROGRAM % (owner, "module", None, sorted(SKIPPED))


def _run(command, program):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONHASHSEED"] = "0"
    repo = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    env["PYTHONPATH"] = repo
    done = subprocess.run(command + ["-c", program], capture_output=True, text=True,
                          timeout=600, env=env, stdin=subprocess.DEVNULL)
    return done.stdout.splitlines(), done.returncode, done.stderr


def check_bad_arguments(owner):
    """None if every call behaves as on the host, else what differs."""
    from glass.tools.stdlib import find_python311
    program = program_for(owner)
    theirs, status, err = _run([find_python311(), "-S"], program)
    if status != 0:
        return "host failed: %s" % err.strip().splitlines()[-1:]
    ours, status, err = _run([sys.executable, "-m", "glass", "-S", "-X", "compiler=host"],
                             program)
    if status != 0 and len(ours) < len(theirs):
        last = err.strip().splitlines()[-1:] or ["exit status %d" % status]
        return "Glass stopped after %d of %d calls: %s" % (len(ours), len(theirs), last[0])
    differ = [(a, b) for a, b in zip(theirs, ours) if a != b]
    if len(ours) != len(theirs):
        return "%d calls on the host, %d under Glass" % (len(theirs), len(ours))
    if not differ:
        return None
    first_host, first_glass = differ[0]
    return "%d of %d calls differ; first: %s | Glass: %s" % (
        len(differ), len(theirs), first_host[:150], first_glass.split(" -> ", 1)[-1][:150])


def differing_calls(owner):
    """[(host line, Glass line)] for every call that differs (for fixing)."""
    from glass.tools.stdlib import find_python311
    program = program_for(owner)
    theirs = _run([find_python311(), "-S"], program)[0]
    ours = _run([sys.executable, "-m", "glass", "-S", "-X", "compiler=host"], program)[0]
    return [(a, b) for a, b in zip(theirs, ours) if a != b]


if __name__ == "__main__":
    for name in sys.argv[1:] or owners():
        summary = check_bad_arguments(name)
        print("%s: %s" % (name, summary or "same as python3"))
        if summary is None or " calls differ" not in summary:
            continue
        for host_line, glass_line in differing_calls(name):
            print("H " + host_line)
            print("G " + glass_line)
