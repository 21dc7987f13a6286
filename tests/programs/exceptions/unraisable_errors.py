# Errors that cannot propagate: exceptions in __del__ and in generator cleanup are reported on stderr ("Exception ignored in").
import sys


class Fragile:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("finalizing", self.name)
        raise ValueError("failure while finalizing " + self.name)


f = Fragile("first")
del f
print("program continues after the ignored error")
sys.stdout.flush()


def cleanup_fails():
    try:
        yield 1
    finally:
        raise KeyError("raised during generator cleanup")


g = cleanup_fails()
next(g)
del g
print("continues after generator cleanup error")
sys.stdout.flush()
items = [Fragile("in-list-%d" % i) for i in range(2)]
items = None
print("end")
