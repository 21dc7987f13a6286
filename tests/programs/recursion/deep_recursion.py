# RecursionError from deep recursion in functions, __repr__, __eq__, __getattr__, and recovery afterwards.
import sys
print(sys.getrecursionlimit())


def summary(error):
    # Only the start of the message: its suffix (" while calling a Python
    # object", " in comparison"...) names whichever C-level guard crossed
    # the limit first, which depends on CPython's call specialization.
    text = str(error)
    return type(error).__name__ + " " + text[:32]


def depth(n):
    return depth(n + 1)


try:
    depth(0)
except RecursionError as error:
    print(summary(error))


class SelfRepr:
    def __repr__(self):
        return "SelfRepr(%r)" % (self,)


try:
    repr(SelfRepr())
except RecursionError as error:
    print(summary(error))


class SelfEq:
    def __eq__(self, other):
        return self == other


try:
    SelfEq() == SelfEq()
except RecursionError as error:
    print(summary(error))


class Getattr:
    def __getattr__(self, name):
        return getattr(self, "x" + name)


try:
    Getattr().a
except RecursionError as error:
    print(summary(error))


class HashLoop:
    def __hash__(self):
        return hash(self)


try:
    {HashLoop(): 1}
except RecursionError as error:
    print(summary(error))


class StrLoop:
    def __str__(self):
        return str(self)


try:
    print(StrLoop())
except RecursionError as error:
    print(summary(error))


def mutual_a(n):
    return mutual_b(n + 1)


def mutual_b(n):
    return mutual_a(n + 1)


try:
    mutual_a(0)
except RecursionError as error:
    print(summary(error))
nested = []
for _ in range(100):
    nested = [nested]
print(len(repr(nested)))
deep = current = []
for _ in range(100000):
    current.append([])
    current = current[0]
try:
    repr(deep)
except RecursionError as error:
    print(summary(error))
try:
    deep == deep[0]
except RecursionError as error:
    print(summary(error))


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(18))
sys.setrecursionlimit(200)


def limited(n):
    return 0 if n == 0 else 1 + limited(n - 1)


print(limited(150))
try:
    limited(500)
except RecursionError as error:
    print(summary(error))
sys.setrecursionlimit(1000)
print(limited(900))
for bad in [0, -5, "x"]:
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, TypeError) as error:
        print(type(error).__name__, error)
