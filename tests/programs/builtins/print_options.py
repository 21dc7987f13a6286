# print(): sep/end/file/flush arguments, None values, objects with __str__, writing to custom file-like objects, errors.
import sys


class Collector:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)

    def flush(self):
        self.parts.append("<flush>")


print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=None, end=None)
print("x", "y", sep="\n---\n", end="\n===\n")
print()
print(end="")
print("no newline", end="")
print(" <- continued")
print(1, 2.5, None, True, [1], (2,), {"k": "v"}, b"bytes", sep=" | ")
c = Collector()
print("to", "collector", sep="_", file=c)
print("flushing", file=c, flush=True)
print(file=c)
print(c.parts)
print("explicit stdout", file=sys.stdout)
print("explicit stderr", file=sys.stderr)
print("none file", file=None)


class Shown:
    def __str__(self):
        return "Shown.__str__"

    def __repr__(self):
        return "Shown.__repr__"


print(Shown(), [Shown()], (Shown(),), {Shown(): 1} if False else "")
for kwargs in [{"sep": 5}, {"end": 3}, {"file": 5}, {"file": object()}, {"flush": "yes"}, {"bogus": 1}]:
    try:
        print("arg", **kwargs)
    except (TypeError, AttributeError) as error:
        print(type(error).__name__, error)


class BadStr:
    def __str__(self):
        raise ValueError("cannot stringify")


try:
    print("before", BadStr(), "after")
except ValueError as error:
    print("ValueError", error)


class NoFlush:
    def write(self, text):
        return len(text)


try:
    print("x", file=NoFlush(), flush=True)
except AttributeError as error:
    print("AttributeError", error)
print("x", file=NoFlush())
print("done", flush=True)
