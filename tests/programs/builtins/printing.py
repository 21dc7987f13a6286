# print's options, writing to a guest file object, and input() at end of file.
import sys


class Collector:
    def __init__(self):
        self.parts = []
        self.flushed = 0

    def write(self, text):
        self.parts.append(text)
        return len(text)

    def flush(self):
        self.flushed += 1


class Loud:
    def __str__(self):
        return "loud!"


out = Collector()
print("a", 1, None, Loud(), sep="|", end="$\n", file=out)
print(file=out)
print("x", "y", sep=None, end=None, file=out, flush=True)
print(out.parts, out.flushed)
print("to stdout", flush=True)
print("to stderr", file=sys.stderr)
print(*range(5), sep=", ")
print()
saved, sys.stdout = sys.stdout, Collector()
print("captured")
captured, sys.stdout = sys.stdout, saved
print(captured.parts)
sys.stdout = None
print("nowhere")
sys.stdout = saved
for kwargs in [{"sep": 1}, {"end": b"x"}, {"file": 5}, {"flush": 1, "other": 2}]:
    try:
        print("x", **kwargs)
    except (TypeError, AttributeError) as error:
        print(type(error).__name__, error)
print(input.__text_signature__)
try:
    input("prompt> ")
except EOFError as error:
    print("EOFError", error)
print("last line", end="")
