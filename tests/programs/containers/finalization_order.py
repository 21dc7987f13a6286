# __del__ timing under reference counting: scope exit, del, reassignment, containers, cycles broken by hand, exceptions.
class Noisy:
    def __init__(self, name):
        self.name = name
        print("create", name)

    def __del__(self):
        print("delete", self.name)


def scope():
    local = Noisy("local")
    print("leaving scope")


scope()
print("after scope")
a = Noisy("a")
b = a
del a
print("a deleted, b still holds")
b = None
print("b rebound")
items = [Noisy("list-%d" % i) for i in range(3)]
items.pop(1)
print("popped")
del items[0]
print("deleted index 0")
items.clear()
print("cleared")
d = {"k": Noisy("dict-value")}
d["k"] = Noisy("replacement")
print("replaced")
d.clear()
t = (Noisy("tuple-item"),)
t = None
x = Noisy("first")
x = Noisy("second")
print("rebound x")
del x


def make_and_return():
    temp = Noisy("temp")
    keep = Noisy("returned")
    return keep


kept = make_and_return()
print("got", kept.name)
del kept
print([Noisy("in-expression").name for _ in range(1)])
print("after expression")


def raises():
    victim = Noisy("frame-local")
    raise ValueError("boom")


try:
    raises()
except ValueError as error:
    print("caught", error)
print("handler finished")


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        print("node gone", self.name)


n1, n2 = Node("n1"), Node("n2")
n1.other, n2.other = n2, n1
n1.other = None
del n1
print("n1 name released")
del n2
print("both released")


class Resurrect:
    saved = []

    def __del__(self):
        print("resurrecting")
        Resurrect.saved.append(self)


r = Resurrect()
del r
print(len(Resurrect.saved))
Resurrect.saved.clear()
print("cleared saved; __del__ not called twice")


class DelRaises:
    def __del__(self):
        raise RuntimeError("error in __del__")


obj = DelRaises()
del obj
print("after DelRaises")


def generator():
    guard = Noisy("generator-local")
    yield 1
    yield 2


g = generator()
next(g)
del g
print("generator dropped")
with_noisy = Noisy("module-level")
del with_noisy
print("end of program")
