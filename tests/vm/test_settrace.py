"""sys.settrace and sys.setprofile against the host.

Counterpart: glass/vm/tracing.py (the tracing of Python/ceval.c and
Python/sysmodule.c, frame_setlineno of Objects/frameobject.c).  Each
snippet records (event, line relative to the function, function name, a
deterministic view of the argument) and prints it; the host's record is the
expected one.
"""
from __future__ import annotations

from oracle import same_as_host

RECORDER = '''
import sys

def describe(arg):
    if isinstance(arg, tuple) and len(arg) == 3 and isinstance(arg[0], type):
        return arg[0].__name__
    if callable(arg):
        return getattr(arg, "__qualname__", getattr(arg, "__name__", "?"))
    if type(arg).__repr__ is object.__repr__:
        return type(arg).__name__
    return repr(arg)

def record(frame, event, arg):
    code = frame.f_code
    print(event, frame.f_lineno - code.co_firstlineno, code.co_name, describe(arg))
    return record
'''


def test_call_line_return_exception_events():
    same_as_host(RECORDER + """
def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)

def gen(n):
    for i in range(n):
        yield i
    return 'done'

def delegating():
    r = yield from gen(2)
    return r

def catcher():
    try:
        raise KeyError('k')
    except KeyError:
        x = 1
    finally:
        y = 2
    return x + y

def uncaught():
    def inner():
        1 / 0
    inner()

class CM:
    def __enter__(self): return 'entered'
    def __exit__(self, *a): return False

def withs():
    with CM() as c:
        z = [i * 2 for i in range(3)]
    return z

def classes():
    class K:
        a = 1
        def m(self): return self.a
    return K().m()

def loops():
    i = 0
    while i < 3: i += 1
    for j in range(2): pass
    while True:
        break
    return i

class Backwards:
    def __iter__(self): return self
    def __next__(self): raise StopIteration

def main():
    fact(3)
    list(gen(3))
    for v in delegating():
        pass
    catcher()
    try:
        uncaught()
    except ZeroDivisionError:
        pass
    withs()
    classes()
    loops()
    for x in Backwards():
        pass
    g = gen(5)
    next(g)
    g.close()
    g = gen(5)
    next(g)
    try:
        g.throw(ValueError)
    except ValueError:
        pass

sys.settrace(record)
main()
sys.settrace(None)
print("gettrace", sys.gettrace())
""")


def test_profile_events_with_builtins():
    same_as_host(RECORDER + """
def work(items):
    items.append(len(items))
    items.sort()
    sorted(items, key=abs)
    try:
        int("x")
    except ValueError:
        pass
    list.append(items, 5)
    f = max
    f(*[1, 2])
    return [str(i) for i in items]

def gen():
    yield 1
    yield 2

sys.setprofile(record)
work([3, 1])
list(gen())
print("getprofile", describe(sys.getprofile()))
sys.setprofile(None)
print("getprofile", sys.getprofile())
""")


def test_local_trace_functions_and_frame_flags():
    same_as_host(RECORDER + """
def lines_only(frame, event, arg):
    print("local", event, frame.f_lineno - frame.f_code.co_firstlineno)
    return lines_only

def chooser(frame, event, arg):
    print("global", event, frame.f_code.co_name)
    if frame.f_code.co_name == "traced":
        return lines_only
    if frame.f_code.co_name == "opcodes":
        frame.f_trace_opcodes = True
        frame.f_trace_lines = False
        return record
    return None

def traced():
    a = 1
    b = a + 1
    return b

def untraced():
    return 3

def opcodes():
    x = 1
    return x

sys.settrace(chooser)
traced()
untraced()
opcodes()
sys.settrace(None)

def late():
    f = sys._getframe()
    f.f_trace = record
    print("f_trace set", f.f_trace is record, f.f_trace_lines, f.f_trace_opcodes)
    sys.settrace(record)
    x = 1
    y = 2
    sys.settrace(None)
    return x + y

late()
f = sys._getframe()
for value in (1, None):
    try:
        f.f_trace_lines = value
    except TypeError as e:
        print(e)
""")


def test_trace_function_that_raises_is_removed():
    same_as_host(RECORDER + """
def make(kind):
    def tracer(frame, event, arg):
        if event == kind and frame.f_code.co_name == "victim":
            raise RuntimeError(kind)
        return tracer
    return tracer

def victim():
    x = 1
    try:
        y = 1 / 0
    except ZeroDivisionError:
        pass
    return x

for kind in ("call", "line", "return", "exception"):
    sys.settrace(make(kind))
    try:
        victim()
    except RuntimeError as e:
        print("raised", e, sys.gettrace())
    sys.settrace(None)

def quiet(frame, event, arg):
    if event == "call":
        print("call", frame.f_code.co_name)
        helper()          # not traced: tracing is off inside the trace function
    return None

def helper():
    return 1

sys.settrace(quiet)
helper()
sys.settrace(None)

def failing_profile(frame, event, arg):
    raise ValueError("profile")

sys.setprofile(failing_profile)
try:
    helper()
except ValueError as e:
    print("profile raised", e, sys.getprofile())
""")


def test_threads_have_their_own_trace_function():
    same_as_host(RECORDER + """
import threading

events = []

def thread_tracer(frame, event, arg):
    if frame.f_code.co_name == "job":
        events.append((threading.current_thread().name, event))
    return thread_tracer

def job():
    x = 1
    return x

threading.settrace(thread_tracer)
t = threading.Thread(target=job, name="worker")
t.start()
t.join()
threading.settrace(None)
job()                      # the main thread has no trace function
print(events)
print(sys.gettrace())
""")


def test_jumps_by_setting_f_lineno():
    same_as_host('''
import sys

class tracecontext:
    def __init__(self, output, value):
        self.output = output
        self.value = value
    def __enter__(self):
        self.output.append(self.value)
    def __exit__(self, *exc_info):
        self.output.append(-self.value)

class JumpTracer:
    def __init__(self, function, jump_from, jump_to, event="line"):
        self.code = function.__code__
        self.jump_from = jump_from
        self.jump_to = jump_to
        self.event = event
        self.first = self.code.co_firstlineno
        self.done = False
    def trace(self, frame, event, arg):
        if self.done:
            return
        if event == self.event and frame.f_code is self.code and \\
                frame.f_lineno == self.first + self.jump_from:
            try:
                frame.f_lineno = self.first + self.jump_to
            except ValueError as e:
                print("ValueError:", e)
            self.done = True
        return self.trace

def run(func, jump_from, jump_to, event="line"):
    output = []
    tracer = JumpTracer(func, jump_from, jump_to, event)
    sys.settrace(tracer.trace)
    try:
        func(output)
    except Exception as e:
        print("raised", type(e).__name__, e)
    sys.settrace(None)
    print(func.__name__, jump_from, jump_to, output)

def straight(output):
    output.append(1)
    output.append(2)
    output.append(3)

def across_with(output):
    output.append(1)
    with tracecontext(output, 2):
        output.append(3)
    with tracecontext(output, 4):
        output.append(5)

def loop(output):
    for i in range(3):
        output.append(2)
        output.append(3)
    output.append(4)

def handler(output):
    try:
        output.append(2)
    except ValueError:
        output.append(4)
    output.append(5)

def tricky(output):
    output.append(1)
    (
        _, *_, _
    ) = output.append(4) or "Spam"
    output.append(5)

def gen(output):
    output.append(1)
    yield 2
    output.append(3)

run(straight, 1, 3)
run(straight, 3, 1)
run(straight, 1, 100)
run(straight, 1, -100)
run(across_with, 2, 4)
run(loop, 1, 4)
run(loop, 4, 2)
run(loop, 2, 4)
run(handler, 2, 4)
run(handler, 4, 5)
run(tricky, 3, 4)
run(straight, 0, 2, "call")
run(handler, 2, 4, "exception")

def outside():
    try:
        sys._getframe().f_lineno = 1
    except ValueError as e:
        print("ValueError:", e)
outside()

def with_string(frame, event, arg):
    if event == "line":
        try:
            frame.f_lineno = "3"
        except ValueError as e:
            print("ValueError:", e)
        return None
    return with_string
sys.settrace(with_string)
straight([])
sys.settrace(None)
''')


def test_f_locals_in_trace_functions():
    same_as_host('''
import sys

def tracer(frame, event, arg):
    if frame.f_code.co_name == "f":
        line = frame.f_lineno - frame.f_code.co_firstlineno
        if event == "line" and line == 2:
            frame.f_locals["__return__"] = "kept"
        if event == "line" and line == 3:
            frame.f_locals["x"] = 42          # written back after the call
        if event == "return":
            print("return", arg, sorted(frame.f_locals.items()))
    return tracer

def f():
    x = 1
    y = 2
    return x + y

sys.settrace(tracer)
print(f())
sys.settrace(None)

def g():
    a = 1
    fl = sys._getframe().f_locals
    b = 2
    print(sorted(fl), sys._getframe().f_locals is fl, sorted(fl))
g()
''')
