# The sys module: struct sequences, flags, hooks, frames and limits.
import sys

print(sys.version_info, sys.version_info[:3], sys.version_info.releaselevel)
print(sys.version_info > (3, 10), sys.version_info < (3, 12), tuple(sys.version_info)[:2])
print(type(sys.version_info).__name__, type(sys.flags).__name__, type(sys.float_info).__module__)
print(sys.flags.optimize, sys.flags.verbose, sys.flags.dev_mode, sys.flags.int_max_str_digits)
print(sys.hash_info, sys.int_info, sys.thread_info.name)
print(sys.float_info.max, sys.float_info.min, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.maxsize == 2**63 - 1, sys.maxunicode, hex(sys.hexversion), sys.api_version)
print(sys.byteorder, sys.platform, sys.float_repr_style, sys.getdefaultencoding())
print(sys.builtin_module_names == tuple(sorted(sys.builtin_module_names)), "sys" in sys.builtin_module_names)
print(sys.version_info.__reduce__()[1], len(sys.flags), sys.flags[:2])
for make in (lambda: type(sys.flags)(), lambda: type(sys.version_info)((1,))):
    try:
        make()
    except TypeError as error:
        print("TypeError:", error)
try:
    class Sub(type(sys.flags)):
        pass
except TypeError as error:
    print("TypeError:", error)
print(sys.exc_info(), sys.exception())
try:
    raise KeyError("inside")
except KeyError as error:
    kind, value, tb = sys.exc_info()
    print(kind.__name__, value is error, sys.exception() is error, tb.tb_frame.f_code.co_name)
print(sys.exc_info()[0])


def where():
    return sys._getframe().f_code.co_name, sys._getframe(1).f_code.co_name


print(where())
limit = sys.getrecursionlimit()
sys.setrecursionlimit(120)


def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n


print(depth(0) < 120, sys.getrecursionlimit())
sys.setrecursionlimit(limit)
for bad in (0, -5, 2.5, "x", 2**40):
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, TypeError, OverflowError) as error:
        print(type(error).__name__, error)
print(sys.getsizeof(0), sys.getsizeof(2**30), sys.getsizeof(1.5), sys.getsizeof("ab"), sys.getsizeof(()))
print(sys.getsizeof(object(), 0) > 0, sys.intern("name") is sys.intern("na" + "me"))
try:
    sys.intern(b"x")
except TypeError as error:
    print("TypeError:", error)
sys.displayhook("shown")
sys.displayhook(None)
import builtins
print(builtins._)
print(sys.excepthook is sys.__excepthook__, sys.displayhook is sys.__displayhook__)
print(sys.gettrace(), sys.getprofile(), sys.is_finalizing(), sys.getswitchinterval())
sys.setswitchinterval(0.01)
print(sys.getswitchinterval())
try:
    sys.setswitchinterval(0)
except ValueError as error:
    print("ValueError:", error)
print(sys.get_asyncgen_hooks(), sys.get_coroutine_origin_tracking_depth())
print(isinstance(sys.argv, list), sys.warnoptions, sys.dont_write_bytecode in (True, False))
print(sys.exit.__text_signature__, sys.getsizeof.__text_signature__, sys.excepthook.__doc__)
sys.exit((1, "two"))
