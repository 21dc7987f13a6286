# An uncaught RecursionError: the repeated frames are collapsed in the traceback.
import sys


def countdown(n):
    if n == 0:
        return "done"
    return countdown(n - 1)


print(countdown(100))
print(sys.getrecursionlimit())


def forever(n):
    return forever(n + 1) + 1


forever(0)
