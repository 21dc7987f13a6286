# The order in which containers release their items under reference counting: lists, tuples, dicts, sets, instance dicts, frames.
class Tracer:
    def __init__(self, label):
        self.label = label

    def __del__(self):
        print("  del", self.label)


def section(title):
    print(title)


section("list")
items = [Tracer("l%d" % i) for i in range(4)]
del items
section("tuple")
t = tuple(Tracer("t%d" % i) for i in range(3))
del t
section("dict values")
d = {k: Tracer("d-" + k) for k in "abc"}
del d
section("dict keys and values")
d = {Tracer("key%d" % i): Tracer("val%d" % i) for i in range(2)}
del d
section("list.clear")
items = [Tracer("c%d" % i) for i in range(3)]
items.clear()
section("slice deletion")
items = [Tracer("s%d" % i) for i in range(5)]
del items[1:4]
section("slice replacement")
items[0:1] = [Tracer("new")]
section("end of list")
del items
section("instance attributes")


class Holder:
    pass


h = Holder()
h.first = Tracer("attr-first")
h.second = Tracer("attr-second")
h.third = Tracer("attr-third")
del h
section("slots")


class Slotted:
    __slots__ = ("a", "b", "c")


s = Slotted()
s.a, s.b, s.c = Tracer("slot-a"), Tracer("slot-b"), Tracer("slot-c")
del s
section("function locals")


def function():
    x = Tracer("local-x")
    y = Tracer("local-y")
    z = Tracer("local-z")
    return "returning"


print(function())
section("nested containers")
nested = [Tracer("outer0"), [Tracer("inner0"), Tracer("inner1")], (Tracer("tuple0"),), Tracer("outer3")]
del nested
section("dict pop and overwrite")
d = {"k": Tracer("first-value")}
d["k"] = Tracer("second-value")
d.pop("k")
section("comprehension temporaries")
print([t.label for t in [Tracer("temp0"), Tracer("temp1")]])
section("done")
