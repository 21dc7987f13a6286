# ExceptionGroup construction, split/subgroup/derive, except* matching and nesting.
eg = ExceptionGroup("batch", [ValueError(1), TypeError(2), ExceptionGroup("inner", [ValueError(3), KeyError(4)])])
print(repr(eg), str(eg), len(eg.exceptions), eg.message)


def show(group, depth=0):
    if group is None:
        print("  " * depth + "None")
        return
    print("  " * depth + "%s(%r)" % (type(group).__name__, group.message if isinstance(group, BaseExceptionGroup) else group.args))
    if isinstance(group, BaseExceptionGroup):
        for sub in group.exceptions:
            show(sub, depth + 1)


match, rest = eg.split(ValueError)
show(match)
show(rest)
show(eg.subgroup(lambda e: isinstance(e, (TypeError, KeyError))))
show(eg.subgroup(lambda e: False))
show(eg.split(Exception)[0])
print(eg.split(Exception)[1])
for args in [("m",), ("m", []), ("m", [1]), (1, [ValueError()]), ("m", ValueError()), ("m", [KeyboardInterrupt()])]:
    try:
        print(repr(ExceptionGroup(*args)))
    except (TypeError, ValueError) as error:
        print(type(error).__name__, error)
print(type(BaseExceptionGroup("m", [ValueError()])).__name__, type(BaseExceptionGroup("m", [KeyboardInterrupt()])).__name__)
try:
    raise ExceptionGroup("several", [ValueError("v"), TypeError("t"), OSError("o")])
except* ValueError as group:
    print("handled values", repr(group))
except* (TypeError, OSError) as group:
    print("handled others", repr(group))
try:
    try:
        raise ExceptionGroup("partial", [ValueError("v"), KeyError("k")])
    except* ValueError:
        print("only values")
except ExceptionGroup as leftover:
    print("leftover", repr(leftover))
try:
    raise ValueError("naked")
except* ValueError as group:
    print("naked wrapped", repr(group), type(group).__name__)
try:
    try:
        raise ExceptionGroup("g", [ValueError("v")])
    except* ValueError:
        raise KeyError("new in handler")
except ExceptionGroup as error:
    print("raised in handler:", repr(error), [repr(e) for e in error.exceptions])


class MyGroup(ExceptionGroup):
    def derive(self, excs):
        print("derive called with", len(excs))
        return MyGroup(self.message + "+", excs)


mg = MyGroup("custom", [ValueError(1), TypeError(2)])
show(mg.split(ValueError)[0])
try:
    raise mg
except* TypeError as group:
    print("custom except*", type(group).__name__, group.message)
except* ValueError as group:
    print("custom except* values", type(group).__name__, group.message)
eg2 = ExceptionGroup("noted", [ValueError()])
eg2.add_note("a note")
eg2.__cause__ = KeyError("cause")
sub = eg2.subgroup(ValueError)
print(sub is eg2, getattr(eg2.split(TypeError)[1], "__notes__", None))
part = ExceptionGroup("two", [ValueError(), TypeError()]).subgroup(ValueError)
print(repr(part), part.__notes__ if hasattr(part, "__notes__") else "no notes")
try:
    exec("try:\n    pass\nexcept* ExceptionGroup:\n    pass")
except TypeError as error:
    print("TypeError", error)
try:
    try:
        raise ExceptionGroup("x", [ValueError()])
    except* ExceptionGroup:
        pass
except TypeError as error:
    print("TypeError", error)
