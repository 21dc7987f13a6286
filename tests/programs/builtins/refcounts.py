# sys.getrefcount around builtins and exceptions: nothing kept, nothing lost.
import sys

rc = sys.getrefcount


class Thing:
    def __repr__(self):
        return "Thing()"

    def __lt__(self, other):
        return id(self) < id(other)


obj, other = Thing(), Thing()
base = rc(obj)
steps = [
    ("sorted", lambda: sorted([obj, other])),
    ("max", lambda: max([obj, other])),
    ("min key", lambda: min(obj, other, key=id)),
    ("sum", lambda: sum([1, 2], 0)),
    ("zip", lambda: list(zip([obj], [obj]))),
    ("enumerate", lambda: list(enumerate([obj]))),
    ("reversed", lambda: list(reversed([obj, obj]))),
    ("map", lambda: list(map(id, [obj]))),
    ("filter", lambda: list(filter(None, [obj]))),
    ("getattr default", lambda: getattr(obj, "nope", obj)),
    ("hasattr", lambda: hasattr(obj, "nope")),
    ("isinstance", lambda: isinstance(obj, (int, Thing))),
    ("dir", lambda: dir(obj)),
    ("vars", lambda: vars(obj)),
    ("repr", lambda: repr(obj)),
    ("format", lambda: format(obj, "")),
    ("exec", lambda: exec("y = o", {"o": obj})),
    ("eval", lambda: eval("o", {"o": obj})),
    ("iter sentinel", lambda: list(iter(lambda: obj, obj))),
    ("next default", lambda: next(iter([]), obj)),
]
for name, step in steps:
    result = step()
    del result
    print(name, rc(obj) - base)
for make in (lambda: ValueError(obj), lambda: KeyError(obj), lambda: StopIteration(obj),
             lambda: SystemExit(obj), lambda: OSError(2, obj, obj),
             lambda: ExceptionGroup("g", [ValueError(obj)]),
             lambda: AttributeError("a", name="n", obj=obj)):
    error = make()
    held = rc(obj) - base
    str(error), repr(error)
    del error
    print("exception", held, rc(obj) - base)
try:
    raise ValueError(obj)
except ValueError as caught:
    print("caught", rc(obj) - base, rc(caught))
print("after except", rc(obj) - base)
try:
    obj.missing
except AttributeError as caught:
    print("attribute error", caught.obj is obj, rc(obj) - base)
print("after attribute error", rc(obj) - base)
group = ExceptionGroup("g", [ValueError(obj), TypeError(obj)])
match, rest = group.split(ValueError)
print("split", rc(obj) - base)
del group, match, rest
print("after split", rc(obj) - base)
print(rc(None) > 0, rc(sys) > 1)
