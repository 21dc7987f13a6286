# More release-order checks: exception args, bound methods, closure cells, generator frames, dict.clear, list.pop, reassignment chains.
class Tracer:
    def __init__(self, label):
        self.label = label

    def method(self):
        return self.label

    def __del__(self):
        print("  del", self.label)


print("exception args")
error = ValueError(Tracer("arg0"), Tracer("arg1"))
del error
print("bound method keeps its object")
m = Tracer("bound").method
print("  method name", m.__name__)
del m
print("closure cell")


def make():
    captured = Tracer("cell")

    def inner():
        return captured.label

    return inner


f = make()
print("  calling", f())
del f
print("generator frame locals")


def gen():
    a = Tracer("gen-a")
    b = Tracer("gen-b")
    yield 1
    yield 2


g = gen()
next(g)
del g
print("generator closed explicitly")
g = gen()
next(g)
g.close()
print("  after close")
del g
print("dict.clear")
d = {i: Tracer("clear-%d" % i) for i in range(3)}
d.clear()
print("list.pop")
lst = [Tracer("pop-%d" % i) for i in range(3)]
lst.pop()
lst.pop(0)
print("  remaining", [t.label for t in lst])
del lst
print("reassignment chain")
x = Tracer("x1")
x = Tracer("x2")
x = None
print("set with one element")
s = {Tracer("only")}
s = set()
print("sorted copy")
items = [Tracer("b"), Tracer("a")]
ordered = sorted(items, key=lambda t: t.label)
del items
print("  items list dropped")
del ordered
print("done")
