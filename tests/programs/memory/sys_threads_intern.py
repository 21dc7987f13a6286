# sys._current_frames and sys._current_exceptions see every thread (the frame each one is blocked in, the exception it handles), sys.intern makes the given string the interned one, sys.stdlib_module_names.
import sys, threading, traceback

entered = threading.Event()
leave = threading.Event()
ident = []

def blocked_in_here():
    ident.append(threading.get_ident())
    try:
        raise KeyError("handled")
    except KeyError:
        entered.set()
        leave.wait()

t = threading.Thread(target=blocked_in_here)
t.start()
entered.wait()
frames = sys._current_frames()
exceptions = sys._current_exceptions()
main = threading.get_ident()
print(sorted(frames) == sorted([main, ident[0]]), sorted(exceptions) == sorted(frames))
print(frames[main] is sys._getframe())
names = [entry.name for entry in traceback.extract_stack(frames[ident[0]])]
print(names[names.index("blocked_in_here"):][:2], names[-1])
kind, value, tb = exceptions[ident[0]]
print(kind.__name__, value, tb.tb_frame.f_code.co_name)
print(exceptions[main])
try:
    1 / 0
except ZeroDivisionError:
    print(sys._current_exceptions()[main][0].__name__)
leave.set()
t.join()
print(sorted(sys._current_frames()) == [main], list(sys._current_exceptions()) == [main])

s = "".join(["never", " interned", " before"])
print(sys.intern(s) is s)
s2 = s.swapcase().swapcase()
print(s2 is s, sys.intern(s2) is s)
name = "print"
print(sys.intern("print") is name, sys.intern("".join(["pri", "nt"])) is name)
class S(str): pass
for bad in (S("abc"), b"abc", 1):
    try:
        sys.intern(bad)
    except TypeError as e:
        print(e)

names = sys.stdlib_module_names
print(type(names).__name__, len(names) > 200, all(type(n) is str for n in names))
print(sorted(n for n in names if n.startswith("_co") or n in ("sys", "os", "gc", "glass")))
