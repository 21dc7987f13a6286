# except*: CHECK_EG_MATCH and PREP_RERAISE_STAR.


def show(eg, indent=""):
    print(indent + repr(eg))
    for sub in getattr(eg, "exceptions", ()):
        if isinstance(sub, BaseExceptionGroup):
            show(sub, indent + "  ")


try:
    raise ExceptionGroup("many", [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as eg:
    print("values:", repr(eg))
except* TypeError as eg:
    print("types:", repr(eg))

try:
    raise ValueError("naked")
except* ValueError as eg:
    print("wrapped:", repr(eg), type(eg).__name__)

try:
    try:
        raise ExceptionGroup("partial", [ValueError(1), KeyError(2)])
    except* ValueError:
        print("handled the ValueError part")
except ExceptionGroup as rest:
    print("rest:", repr(rest))

try:
    try:
        raise ExceptionGroup("reraise", [ValueError(1), OSError(2)])
    except* ValueError:
        raise
    except* OSError as e:
        print("os part", repr(e))
except ExceptionGroup as left:
    print("re-raised:", repr(left))

try:
    try:
        raise ExceptionGroup("new", [ValueError(1)])
    except* ValueError:
        raise TypeError("raised in handler")
except ExceptionGroup as combined:
    show(combined)
    print(repr(combined.exceptions[0].__context__))

nested = ExceptionGroup("outer", [ValueError("a"),
                                  ExceptionGroup("inner", [TypeError("b"), ValueError("c")])])
try:
    raise nested
except* ValueError as v:
    show(v)
except* TypeError as t:
    show(t)

try:
    try:
        raise ValueError("x")
    except* ExceptionGroup:
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    try:
        raise ValueError("x")
    except* 42:
        pass
except TypeError as e:
    print("TypeError:", e)


def in_function():
    try:
        raise ExceptionGroup("f", [KeyError("k"), ValueError("v")])
    except* (KeyError, IndexError) as e:
        print("lookup:", repr(e))
    except* ValueError:
        print("value")
    return "done"


print(in_function())

try:
    raise ExceptionGroup("uncaught", [ValueError("one"), KeyError("two")])
except* KeyError:
    print("keys handled")
