# Dunders set or deleted on a class after it was made: the slots follow
# (update_slot), including the iterator whose __next__ disappears mid-loop.

class Counter:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n == 3:
            del Counter.__next__
        return self.n

next_method = Counter.__next__
try:
    for value in Counter():
        print("got", value)
except TypeError as error:
    print("TypeError:", error)

Counter.__next__ = next_method
it = Counter()
print(next(it), next(it), next(it))
for attempt in (lambda: next(it), lambda: iter(it), lambda: list(it)):
    try:
        attempt()
    except TypeError as error:
        print("TypeError:", error)

import collections.abc
print(isinstance(it, collections.abc.Iterator), hasattr(Counter, "__next__"))

Counter.__next__ = lambda self: "back"
print(next(it), isinstance(Counter(), collections.abc.Iterator))


class Sub(Counter):
    pass

del Counter.__next__
try:
    next(Sub())
except TypeError as error:
    print("TypeError:", error)


class Number:
    def __init__(self, v):
        self.v = v

try:
    Number(1) + Number(2)
except TypeError as error:
    print("TypeError:", error)
Number.__add__ = lambda self, other: Number(self.v + other.v)
print((Number(1) + Number(2)).v)
del Number.__add__
try:
    Number(1) + Number(2)
except TypeError as error:
    print("TypeError:", error)

Number.__len__ = lambda self: self.v
print(len(Number(7)), bool(Number(0)))
del Number.__len__
print(bool(Number(0)))
Number.__getitem__ = lambda self, i: self.v * i
print(Number(3)[4], list(zip(Number(2), "ab")))


# update_one_slot's shortcut: a class whose __new__ is another builtin's
# __new__ keeps the tp_new it inherited (CPython's known hole, kept).
class ObjectWithListNew:
    __new__ = list.__new__

class ListWithObjectNew(list):
    __new__ = object.__new__

print(type(ObjectWithListNew()).__name__, ListWithObjectNew(), type(ListWithObjectNew()).__name__)
for call in (lambda: list.__new__(ObjectWithListNew), lambda: object.__new__(list),
             lambda: object.__new__(ListWithObjectNew)):
    try:
        print(call())
    except TypeError as error:
        print("TypeError:", error)
