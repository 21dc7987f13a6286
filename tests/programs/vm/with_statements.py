# with: BEFORE_WITH, WITH_EXCEPT_START, the exception table cleanup.
import sys


class Manager:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None,
              str(exc) if exc else None, tb is not None)
        return self.swallow


with Manager("a") as value:
    print("body", value)

with Manager("b", swallow=True):
    raise ValueError("swallowed")
print("after b")

try:
    with Manager("c"):
        raise KeyError("kept")
except KeyError as e:
    print("caught", repr(e))

with Manager("outer") as o, Manager("inner") as i:
    print("both", o, i)


def early_return():
    with Manager("ret"):
        return "returned"


print(early_return())

for n in range(3):
    with Manager("loop%d" % n):
        if n == 1:
            continue
        if n == 2:
            break
        print("loop body", n)


class NoExit:
    def __enter__(self):
        return self


class NoEnter:
    def __exit__(self, *args):
        pass


for cls in (NoExit, NoEnter, int):
    try:
        with cls():
            pass
    except TypeError as e:
        print("TypeError:", e)


class ExitRaises:
    def __enter__(self):
        return self

    def __exit__(self, *args):
        raise RuntimeError("from exit")


try:
    with ExitRaises():
        1 / 0
except RuntimeError as e:
    print(repr(e), repr(e.__context__))


class ReportsInfo:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        print("exc_info inside exit:", sys.exc_info()[0].__name__ if sys.exc_info()[0] else None)
        return True


with ReportsInfo():
    raise IndexError("x")
print("exc_info after:", sys.exc_info())


def nested_handlers():
    try:
        raise ValueError("first")
    except ValueError:
        with Manager("in-except", swallow=True):
            raise TypeError("second")
        print("still handling", repr(sys.exc_info()[1]))
    print("done", sys.exc_info())


nested_handlers()

with Manager("final"):
    raise LookupError("uncaught in with")
