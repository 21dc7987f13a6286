# sys functions and attributes that are deterministic across interpreters.
import sys
print(sys.maxsize == 2 ** 63 - 1, sys.byteorder, sys.version_info[:2], sys.version_info.major, sys.hexversion >> 24, sys.implementation.name in ("cpython", "glass"))
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig, sys.int_info.bits_per_digit in (15, 30), sys.hash_info.modulus, sys.hash_info.inf)
print(sys.getrecursionlimit(), type(sys.argv).__name__, len(sys.argv), sys.argv[0].endswith("sys_functions.py"), sys.flags.optimize, sys.flags.dont_write_bytecode in (0, 1))
print(sys.maxunicode, sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.stdout.encoding.lower().replace("-", ""), type(sys.path).__name__, sys.platform == "linux")
print(type(sys.modules).__name__, "sys" in sys.modules, "builtins" in sys.modules, sys.modules["sys"] is sys, type(sys.builtin_module_names).__name__, "sys" in sys.builtin_module_names)
print(sys.exc_info(), sys.exception(), callable(sys.exit), callable(sys.getsizeof), isinstance(sys.getrefcount(object()), int))
try:
    raise KeyError("inside")
except KeyError:
    kind, value, tb = sys.exc_info()
    print(kind.__name__, value, type(tb).__name__, tb.tb_lineno, tb.tb_frame.f_code.co_name, sys.exception() is value)
frame = sys._getframe()
print(frame.f_code.co_name, frame.f_lineno, frame.f_back, type(frame).__name__, frame.f_globals is globals())


def inner():
    f = sys._getframe(1)
    return f.f_code.co_name, sys._getframe(0).f_code.co_name, f.f_locals.get("marker")


def outer():
    marker = "outer's local"
    return inner()


print(outer())
try:
    sys._getframe(100)
except ValueError as error:
    print("ValueError", error)
sys.stdout.write("written directly\n")
print(sys.stdout.write("abc\n"))
print("to stderr", file=sys.stderr)
sys.stderr.write("stderr write\n")
print(sys.intern("interned") is sys.intern("interned"), sys.is_finalizing(), sys.getswitchinterval() > 0)
old = sys.getrecursionlimit()
sys.setrecursionlimit(old + 500)
print(sys.getrecursionlimit() - old)
sys.setrecursionlimit(old)
hooked = []
sys.displayhook(None)
sys.displayhook(42)
print(type(sys.displayhook).__name__, callable(sys.excepthook), sys.__stdout__ is sys.stdout, sys.__stderr__ is sys.stderr)
print(isinstance(sys.getsizeof([]), int), sys.getsizeof(1) > 0)
for bad in [lambda: sys.exit(1, 2), lambda: sys.getrefcount(), lambda: sys.setrecursionlimit(1.5), lambda: sys.intern(5), lambda: sys._getframe("x")]:
    try:
        bad()
    except (TypeError, SystemExit) as error:
        print(type(error).__name__, error)
print(sys.orig_argv[-1].endswith("sys_functions.py") if hasattr(sys, "orig_argv") else True, sys.dont_write_bytecode in (True, False))
