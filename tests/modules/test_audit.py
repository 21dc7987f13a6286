"""Audit hooks (PEP 578) against the host: sys.audit, sys.addaudithook, and
the events CPython's C code raises, heard by a hook that prints them.

Counterpart: glass/vm/audit.py (Python/sysmodule.c) and the PySys_Audit
calls of the files that raise events (builtins, sys, type, function, frame,
generator, traceback, code objects, posix, _io, marshal, _pickle, gc, array,
mmap, _socket, syslog, _sqlite3, resource, fcntl, _ctypes, the start-up).

Each program imports what it needs before it installs its hook, and the hook
prints only the events it watches: importing a module raises events of
importlib's own (open, marshal.loads of a .pyc), which depend on the caches
on disk, not on the interpreter.
"""
from __future__ import annotations

import os
import sys
import tempfile
import textwrap

from oracle import needs_python311, run_python, same_as_host

# The hook the programs install: `watch` is a tuple of event-name prefixes;
# the arguments print with their plain values (str, bytes, ints, None and
# tuples of them), other objects as their type's name, big ints (ids,
# addresses) as "<big>".
PRELUDE = r"""
import sys
watch = ()
def show(value):
    if isinstance(value, bool) or value is None:
        return repr(value)
    if isinstance(value, int):
        return "<big>" if abs(value) > 1 << 24 else repr(value)
    if isinstance(value, (str, bytes)):
        return repr(value) if len(value) < 60 else type(value).__name__
    if type(value) is tuple:
        return "(" + ", ".join(show(item) for item in value) + ")"
    return type(value).__name__
def hook(event, args):
    if event.startswith(watch):
        print(event, show(args))
"""


def same_with_hook(body):
    same_as_host(PRELUDE + textwrap.dedent(body))


def test_sys_audit_and_addaudithook():
    same_with_hook(r"""
    sys.audit(1)                      # no hook yet: not even the event is checked
    sys.audit("no.hook", object())
    watch = ("",)
    sys.addaudithook(hook)
    sys.audit("first", 1, "two", (3,))
    sys.audit("a\0b", b"x")             # the C string ends at the NUL
    for bad in [(1,), (), ("\udc80",)]:
        try: sys.audit(*bad)
        except Exception as e: print(type(e).__name__, e)
    try: sys.audit(event="x")
    except TypeError as e: print(e)
    def raising(event, args):
        if event == "boom": raise KeyError(event)
    sys.addaudithook(raising)
    try: sys.audit("boom", 1)
    except KeyError as e: print("KeyError", e)
    def adder(event, args):
        if event == "add.more":
            sys.addaudithook(lambda e, a: print("late hook", e) if e.startswith("add.") else None)
    sys.addaudithook(adder)
    sys.audit("add.more")
    sys.audit("add.again")
    def refuse(event, args):
        if event == "sys.addaudithook": raise exc
    exc = ValueError("an Exception: the addition is dropped silently")
    sys.addaudithook(refuse)
    sys.addaudithook(print)
    sys.audit("print.was.not.added")
    class Stop(BaseException): pass
    exc = Stop()
    try: sys.addaudithook(print)
    except Stop: print("a BaseException propagates")
    sys.audit("print.still.not.added")
    print(sys.audit.__text_signature__, sys.addaudithook.__text_signature__)
    """)


def test_hooks_run_untraced_unless_cantrace():
    # audit-tests.py's test_cantrace: the hook is traced only while its
    # __cantrace__ is true, and never inside the trace function itself.
    same_with_hook(r"""
    seen, traced = [], []
    class Hook:
        def __call__(self, event, args):
            seen.append(event)
    def trace(frame, event, *args):
        if frame.f_code == Hook.__call__.__code__:
            traced.append((event, len(seen)))
    h = Hook()
    sys.settrace(trace)
    sys.addaudithook(h)
    eval("1")
    h.__cantrace__ = False
    eval("2")
    h.__cantrace__ = True
    eval("3")
    h.__cantrace__ = 1
    eval("4")
    h.__cantrace__ = 0
    sys.settrace(None)
    print(traced)
    print(seen)
    """)


def test_builtins_events():
    same_with_hook(r"""
    import ast, io
    tree = ast.parse("x = 1")
    watch = ("builtins.", "compile", "exec", "import")
    sys.addaudithook(hook)
    print(id(hook) == id(hook))
    code = compile("1 + 1", "<expr>", "eval")
    compile(b"# coding: latin-1\nx = '\xe9'", "f", "exec")
    compile("y = 2", "f", "exec", ast.PyCF_ONLY_AST)
    compile(tree, "tree", "exec")
    compile(tree, "tree", "exec", ast.PyCF_ONLY_AST)
    print(eval(code), eval("  40 + 2"), eval(b"3"))
    exec("z = 3"); exec(code)
    try: exec(compile("1 +", "bad", "exec"))
    except SyntaxError as e: print("SyntaxError", e.msg)
    sys.breakpointhook = lambda *a: print("breakpointhook", a)
    breakpoint(1)
    sys.stdin = io.StringIO("typed\n")
    print(input("prompt> "))
    watch = ("import",)
    import colorsys
    import colorsys
    __import__("colorsys")
    try: import no_such_module_here
    except ImportError as e: print(type(e).__name__)
    """)


def test_refusals_stop_the_operation():
    same_with_hook(r"""
    def veto(event, args):
        if event in ("exec", "compile", "builtins.id", "open", "os.listdir", "import"):
            raise RuntimeError("no " + event)
    import os
    code = compile("print('ran')", "f", "exec")
    sys.addaudithook(veto)
    for attempt in [lambda: exec(code), lambda: eval("1"), lambda: id(1),
                    lambda: open(__file__), lambda: os.listdir("."),
                    lambda: __import__("colorsys"), lambda: compile("1", "f", "eval")]:
        try: print(attempt())
        except RuntimeError as e: print(e)
    print("colorsys" in sys.modules)
    """)


def test_object_events():
    same_with_hook(r"""
    import types
    class A: pass
    class B: pass
    class C(A): pass
    def f(a=1, *, b=2): return a
    def g(): yield 1
    async def co(): pass
    async def ag(): yield 1
    a = A()
    watch = ("object.", "function.", "code.", "sys._getframe")
    sys.addaudithook(hook)
    C.__name__ = "X"; C.__qualname__ = "Y"; C.__module__ = "m"; C.__doc__ = "doc"
    C.__bases__ = (B,)
    type.__dict__["__bases__"].__set__(C, (B,))
    C.__init__ = B.__init__; C.new_attr = 1; del C.new_attr    # not audited
    a.__class__ = B
    for bad in [lambda: setattr(C, "__bases__", 1), lambda: setattr(C, "__name__", 1),
                lambda: delattr(C, "__qualname__"), lambda: setattr(int, "__name__", "x"),
                lambda: setattr(a, "__class__", 1), lambda: delattr(a, "__class__"),
                lambda: setattr(object(), "__class__", A)]:
        try: bad()
        except TypeError as e: print("TypeError", e)
    f.__code__; f.__code__ = f.__code__
    f.__defaults__ = (5,); f.__defaults__ = None; del f.__kwdefaults__; f.__kwdefaults__ = {"b": 3}
    for bad in [lambda: setattr(f, "__code__", 1), lambda: setattr(f, "__defaults__", 1)]:
        try: bad()
        except TypeError as e: print("TypeError", e)
    types.FunctionType(f.__code__, {}, "h")
    f.__code__.replace(co_name="renamed")
    frame = sys._getframe(); frame.f_code; frame.f_lineno
    gi = g(); gi.gi_code; gi.gi_frame; c = co(); c.cr_code; c.cr_frame; c.close()
    agi = ag(); agi.ag_code; agi.ag_frame
    try: 1 / 0
    except ZeroDivisionError as e: e.__traceback__.tb_frame
    """)


def test_sys_events():
    same_with_hook(r"""
    watch = ("sys.",)
    sys.addaudithook(hook)
    sys.settrace(None); sys.setprofile(None)
    sys.settrace(lambda *a: None); sys.settrace(None)
    sys._current_frames(); sys._current_exceptions()
    sys.set_asyncgen_hooks(firstiter=None, finalizer=None)
    sys.set_asyncgen_hooks(firstiter=print)
    sys.set_asyncgen_hooks()
    try: sys.set_asyncgen_hooks(firstiter=1, finalizer=print)
    except TypeError as e: print(e)
    class D:
        def __del__(self): raise ValueError("from __del__")
    def unraisable(args): print("unraisablehook", args.exc_value)
    sys.unraisablehook = unraisable
    d = D(); del d
    def excepthook(*args): print("excepthook", args[1])
    sys.excepthook = excepthook
    raise KeyError("uncaught")
    """)


def test_excepthook_and_unraisablehook_refusals():
    same_with_hook(r"""
    class D:
        def __del__(self): raise ValueError("from __del__")
    def bad_hook(args): raise KeyError("in the hook")
    sys.unraisablehook = bad_hook
    d = D(); del d
    sys.unraisablehook = sys.__unraisablehook__
    def refuse(event, args):
        if event == "sys.unraisablehook":
            print(event, args[0] is sys.__unraisablehook__, args[1].exc_value, args[1].err_msg)
            raise TypeError("refused")
        if event == "sys.excepthook":
            print(event, args[0] is sys.excepthook, args[1].__name__, args[2])
            raise ValueError("refused too")
    sys.addaudithook(refuse)
    d = D(); del d
    raise KeyError("uncaught")
    """)


def test_excepthook_refused_with_runtime_error():
    same_with_hook(r"""
    def veto(event, args):
        if event == "sys.excepthook":
            raise RuntimeError("nothing printed")
    sys.addaudithook(veto)
    raise KeyError("silent")
    """)


def test_default_excepthook_reads_the_source():
    # The traceback's source line is read with io.open ("open") and its
    # carets found by parsing the failing segment ("compile").
    same_with_hook(r"""
    import os
    watch = ("open", "compile", "sys.excepthook")
    sys.addaudithook(hook)
    values = {}
    print(values["missing"] + 1)
    """)


def test_os_events():
    same_with_hook(r"""
    import os, tempfile, pathlib
    base = tempfile.mkdtemp()
    def show(value, _show=show):
        if isinstance(value, str) and value.startswith(base):
            return repr("TMP" + value[len(base):])
        if type(value) is int and value in (os.getpid(), os.getpgid(0)):
            return "PID"
        return _show(value)
    watch = ("os.", "open")
    sys.addaudithook(hook)
    os.mkdir(base + "/d"); os.mkdir(base + "/e", 0o700)
    os.chdir(base); os.chdir("/")
    fd = os.open(base + "/d", os.O_RDONLY)
    os.listdir(base); os.listdir(fd); list(os.scandir(base)); list(os.scandir(fd)); os.fchdir(fd)
    os.chdir("/"); os.close(fd)
    os.rename(base + "/e", base + "/f"); os.replace(base + "/f", base + "/e")
    os.rmdir(base + "/e")
    fd = os.open(base + "/file", os.O_CREAT | os.O_WRONLY, 0o600)
    os.write(fd, b"data"); os.ftruncate(fd, 2); os.fchmod(fd, 0o640); os.fchown(fd, -1, -1)
    os.close(fd)
    os.truncate(base + "/file", 1); os.chmod(base + "/file", 0o600)
    os.chown(base + "/file", -1, -1)
    os.lchown(base + "/file", -1, -1)
    os.utime(base + "/file"); os.utime(base + "/file", (1, 2)); os.utime(base + "/file", ns=(1, 2))
    os.link(base + "/file", base + "/hard"); os.symlink(base + "/file", base + "/soft")
    os.remove(pathlib.Path(base + "/hard")); os.unlink(base + "/soft")
    os.putenv("AUDIT_X", "1"); os.unsetenv("AUDIT_X")
    os.environ["AUDIT_Y"] = "2"; del os.environ["AUDIT_Y"]
    os.kill(os.getpid(), 0); os.killpg(os.getpgid(0), 0)
    os.system("true")
    for bad in [lambda: os.mkdir(1.5), lambda: os.kill("x", 0),
                lambda: os.listdir(base + "/nothing")]:
        try: bad()
        except Exception as e: print(type(e).__name__)
    pid = os.fork()
    if pid == 0:
        os._exit(0)
    os.waitpid(pid, 0)
    watch = ()
    for name in os.listdir(base + "/d"): pass
    os.remove(base + "/file"); os.rmdir(base + "/d"); os.rmdir(base)
    """)


def test_open_events():
    # audit-tests.py's test_open: every kind of open() is heard, with FileIO's
    # mode (no "b") and flags, and refused.
    same_with_hook(r"""
    import io, os, ssl, tempfile
    context = ssl.create_default_context()
    base = tempfile.mkdtemp()
    path = base + "/f"
    with open(path, "w") as f: f.write("x")
    def show(value, _show=show):
        if isinstance(value, str) and value.startswith(base):
            return repr("TMP" + value[len(base):])
        return _show(value)
    watch = ("open",)
    sys.addaudithook(hook)
    with open(path) as f: pass
    with open(path, "rb") as f: pass
    with open(path, "a+") as f: pass
    with open(path, "rb", buffering=0) as f: pass
    io.FileIO(path).close(); io.open_code(path).close()
    fd = os.open(path, os.O_RDONLY)
    open(fd, closefd=False).close(); os.close(fd)
    open(path, "w", opener=lambda p, flags: os.open(p, flags)).close()
    def refuse(event, args):
        if event == "open": raise RuntimeError("no opening")
    sys.addaudithook(refuse)
    for args in [(path, "r"), (3, "wb"), (path, "w", -1, None, None, None, True, lambda *a: 1)]:
        try: open(*args)
        except RuntimeError as e: print(e)
    try: context.load_dh_params(path)   # _Py_fopen_obj's "open", mode "rb"
    except RuntimeError as e: print(e)
    """)


def test_module_events():
    same_with_hook(r"""
    import array, gc, io, marshal, mmap, os, pickle, resource, fcntl
    def show(value, _show=show):
        # (Glass's marshal sets no FLAG_REF bits: the bytes differ, the values not.)
        return "bytes" if type(value) is bytes else _show(value)
    watch = ("marshal.", "pickle.", "gc.", "array.", "mmap.", "resource.", "fcntl.")
    sys.addaudithook(hook)
    o = ("a", 1, (2.5,))
    print(marshal.loads(marshal.dumps(o)) == o)
    b = io.BytesIO(); marshal.dump(o, b); b.seek(0); print(marshal.load(b) == o)
    try: marshal.dumps(object())
    except ValueError as e: print(e)
    class Reduce:
        def __reduce__(self): return (str, ("made",))
    print(pickle.loads(pickle.dumps(Reduce())), pickle.loads(pickle.dumps([1, (2,)])))
    print(pickle.loads(pickle.dumps(os.path.join, protocol=2)) is os.path.join)
    x = object(); y = [x]
    gc.get_objects(generation=1); len(gc.get_referrers(x)) > 0; gc.get_referents(y, x)
    try: gc.get_objects(7)
    except ValueError as e: print(e)
    array.array("i", [1, 2]); array.array("u", "x"); array.array("d")
    try: array.array("z")
    except ValueError as e: print(e)
    mmap.mmap(-1, 8).close(); mmap.mmap(-1, length=16, access=mmap.ACCESS_WRITE).close()
    limits = resource.getrlimit(resource.RLIMIT_CORE)
    resource.setrlimit(resource.RLIMIT_CORE, limits)
    resource.prlimit(0, resource.RLIMIT_CORE); resource.prlimit(0, resource.RLIMIT_CORE, limits)
    fd = os.open(__file__, os.O_RDONLY)
    fcntl.fcntl(fd, fcntl.F_GETFL); fcntl.fcntl(fd, fcntl.F_GETFD, 0)
    fcntl.flock(fd, fcntl.LOCK_SH); fcntl.flock(fd, fcntl.LOCK_UN)
    fcntl.lockf(fd, fcntl.LOCK_UN)
    try: fcntl.ioctl(fd, 0x5401)
    except OSError: pass
    os.close(fd)
    def veto(event, args):
        if event == "pickle.find_class": raise RuntimeError("no globals")
    sys.addaudithook(veto)
    try: pickle.loads(pickle.dumps(Reduce()))
    except RuntimeError as e: print(e)
    print(pickle.loads(pickle.dumps(("no", "globals", 1))))
    """)


def test_socket_syslog_sqlite_ctypes_events():
    same_with_hook(r"""
    import socket, _socket, syslog, sqlite3, ctypes, ctypes.util
    libc = ctypes.CDLL(ctypes.util.find_library("c"))
    watch = ("socket.", "syslog.", "sqlite3.", "ctypes.")
    sys.addaudithook(hook)
    socket.gethostname()
    s = socket.socket(); s.bind(("127.0.0.1", 0)); s.close()
    u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    u.sendto(b"x", ("127.0.0.1", 9)); u.sendto(b"x", 0, ("127.0.0.1", 9))
    u.connect(("127.0.0.1", 9)); u.connect_ex(("127.0.0.1", 9)); u.sendmsg([b"x"]); u.close()
    _socket.socket(type=socket.SOCK_DGRAM).close()
    socket.getaddrinfo("127.0.0.1", 80, type=socket.SOCK_STREAM)
    socket.getnameinfo(("127.0.0.1", 80), 0)
    socket.getservbyname("http", "tcp"); socket.getservbyport(80)
    a, b = socket.socketpair(); a.close(); b.close()
    syslog.openlog("glass-audit-test"); syslog.syslog("audit test message")
    syslog.setlogmask(syslog.LOG_UPTO(syslog.LOG_DEBUG)); syslog.closelog()
    syslog.syslog(syslog.LOG_DEBUG, "implicit open"); syslog.closelog()
    sqlite3.connect(":memory:").close(); sqlite3.Connection(":memory:").close()
    libc.strlen
    buffer = ctypes.create_string_buffer(b"hello")
    ctypes.string_at(ctypes.addressof(buffer), 3)
    ctypes.get_errno(); ctypes.set_errno(0)
    ctypes.c_int.from_buffer(bytearray(8)); ctypes.c_int.from_address(ctypes.addressof(buffer))
    print(libc.strlen(b"abc"))
    """)


def test_finalization_event():
    # Hooks hear the interpreter's clearing (PyInterpreterState_Clear) after
    # the modules are gone: a hook needing only what it holds still runs.
    same_as_host(r"""
import os, sys
def hook(event, args, write=os.write):
    if event.startswith("cpython."):
        write(1, ("%s %r\n" % (event, args)).encode())
sys.addaudithook(hook)
print("end", flush=True)
""")


@needs_python311
def test_start_up_events():
    # A sitecustomize's hook hears what the command line asked to run.  (The
    # host running Glass is started with -S, so that only the guest's site
    # imports the sitecustomize.)
    from oracle import REPO, _run
    with tempfile.TemporaryDirectory() as directory:
        with open(os.path.join(directory, "sitecustomize.py"), "w") as file:
            file.write(textwrap.dedent(r"""
                import os, sys
                def hook(event, args, write=os.write):
                    if event.startswith("cpython.run_") or event in ("compile", "exec"):
                        shown = tuple(a if isinstance(a, (str, bytes, type(None))) else
                                      type(a).__name__ for a in args)
                        write(1, ("%s %r\n" % (event, shown)).encode())
                sys.addaudithook(hook)
            """))
        script = os.path.join(directory, "script.py")
        with open(script, "w") as file:
            file.write("print('script')\n")
        for args in (["-c", "print('command')"], [script]):
            expected = run_python(args, env={"PYTHONPATH": directory}, cwd=directory)
            actual = _run([sys.executable, "-S", "-m", "glass"] + args, cwd=directory,
                          env={"PYTHONPATH": REPO + os.pathsep + directory})
            assert (actual.status, actual.stdout) == (expected.status, expected.stdout), \
                (args, expected, actual)
