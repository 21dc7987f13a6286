# Exception chaining (__cause__, __context__, __suppress_context__), notes, args, with_traceback, attributes.
def describe(error, depth=0):
    pad = "  " * depth
    print(pad + type(error).__name__, error.args, "suppress" if error.__suppress_context__ else "")
    for note in getattr(error, "__notes__", []):
        print(pad + "  note:", note)
    if error.__cause__ is not None:
        print(pad + "cause:")
        describe(error.__cause__, depth + 1)
    elif error.__context__ is not None:
        print(pad + "context:")
        describe(error.__context__, depth + 1)


try:
    try:
        {}["missing"]
    except KeyError as inner:
        raise ValueError("lookup failed") from inner
except ValueError as error:
    describe(error)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("while handling")
except TypeError as error:
    describe(error)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("suppressed") from None
except TypeError as error:
    describe(error)
    print(type(error.__context__).__name__)
try:
    raise RuntimeError("outer") from KeyError
except RuntimeError as error:
    describe(error)
for bad in [lambda: exec("raise ValueError from 5"), lambda: exec("raise 5"), lambda: exec("raise int"), lambda: exec("raise ValueError from int")]:
    try:
        bad()
    except TypeError as error:
        print("TypeError", error)
error = ValueError("base")
error.add_note("first note")
error.add_note("second note")
print(error.__notes__)
try:
    error.add_note(5)
except TypeError as bad:
    print("TypeError", bad)
e = Exception(1, "two", [3])
print(e.args, str(e), repr(e), str(Exception()), repr(Exception()), str(Exception("solo")), repr(KeyError("k")), str(KeyError("k")), str(KeyError()))
print(repr(OSError(2, "No such file")), str(OSError(2, "No such file", "path")), OSError(2, "x").errno, type(OSError(2, "x")).__name__, type(OSError(13, "x")).__name__)
print(str(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")), repr(StopIteration(5).value), SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code)
e.args = ("replaced",)
print(e, e.args)
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), issubclass(RecursionError, RuntimeError), issubclass(ModuleNotFoundError, ImportError), issubclass(BrokenPipeError, ConnectionError))
print([c.__name__ for c in BaseExceptionGroup.__mro__], [c.__name__ for c in ExceptionGroup.__mro__], [c.__name__ for c in UnicodeEncodeError.__mro__])


class MyError(Exception):
    def __init__(self, code, message):
        super().__init__(message)
        self.code = code

    def __str__(self):
        return "[%d] %s" % (self.code, self.args[0])


try:
    raise MyError(404, "not found")
except MyError as error:
    print(error, repr(error), error.code, error.args)


class NoInit(Exception):
    def __init__(self):
        pass


print(repr(NoInit()), str(NoInit()), NoInit().args)
try:
    raise NoInit
except NoInit as error:
    print("class raised, instance is", type(error).__name__)


def context_in_finally():
    try:
        raise KeyError("a")
    finally:
        try:
            raise ValueError("b")
        except ValueError as error:
            print("context of b:", repr(error.__context__))


try:
    context_in_finally()
except KeyError as error:
    print("KeyError survived", error)
try:
    try:
        raise ValueError("loop")
    except ValueError as error:
        raise error
except ValueError as error:
    print("re-raise has own context:", error.__context__)
name_error = None
try:
    undefined_name
except NameError as error:
    name_error = error
print(name_error, name_error.name)
try:
    print(error)
except NameError as problem:
    print("NameError", problem)
x = ValueError("tb")
print(x.__traceback__, x.with_traceback(None) is x)
