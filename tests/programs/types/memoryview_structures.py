# memoryview structures: slices of slices, views of views released on their
# own, formatted comparisons and slice assignments, tuple keys, 0-dim views,
# item conversions per format, and a hash kept after release.
import array, struct


def attempt(label, function):
    try:
        print(label, function())
    except Exception as error:
        print(label, type(error).__name__, error)


# Slices of slices share the buffer; each view is released on its own.
b = bytearray(b"XabcdefY")
m = memoryview(b)
s = m[:7][1:]
print(s.tobytes(), s.obj is b, len(s), s.strides)
ss = s[::2]
m.release()
print(ss.tobytes(), s[1:3].tolist())
s[0:2] = b"12"
print(b, ss.tolist())
v = memoryview(s)
s.release()
print(v.tobytes(), v.obj is b)
attempt("released slice", lambda: s[0])
v.release(); ss.release()
b.append(1); print(b)

# Views of arrays compare and assign by format.
a = array.array("i", [1, 2, 3, 4])
m = memoryview(a)
print(m == array.array("i", [1, 2, 3, 4]), m == array.array("i", [1, 2, 3]),
      m == array.array("l", [1, 2, 3, 4]), m == array.array("d", [1.0, 2.0, 3.0, 4.0]))
print(m[1:3] == array.array("i", [2, 3]), m[::2] == m[::2], m[::-1].tolist())
m[1:3] = array.array("i", [20, 30]); print(a)
m[:] = array.array("i", [4, 3, 2, 1]); print(a)
m[0:2] = m[2:4]; print(a)
attempt("bytes into int view", lambda: m.__setitem__(slice(0, 1), b"abcd"))
attempt("short source", lambda: m.__setitem__(slice(0, 2), array.array("i", [1])))
attempt("other format", lambda: m.__setitem__(slice(0, 1), array.array("I", [1])))
attempt("not a buffer", lambda: m.__setitem__(slice(0, 1), [1]))
m.release()
x = memoryview(b"abcd")
print(x == b"abcd", x != bytearray(b"abcd"), x == "abcd", x.__eq__(3), x.__lt__(x))

# Keys: tuples, too few / too many indices, floats, multi-slices.
m = memoryview(bytearray(range(12))).cast("B", (3, 4))
print(m[1, 2], m[-1, -1], m.tolist())
m[2, 3] = 99; print(m[2, 3])
for key in [(1,), (1, 2, 3), (5, 0), (0, -5), 1, (slice(None), 1), (slice(None),),
            slice(0, 1), "a", 1.0, ()]:
    attempt("get %r" % (key,), lambda: type(m[key]).__name__)
    attempt("set %r" % (key,), lambda: m.__setitem__(key, 1))
o = memoryview(bytearray(b"abc"))
for key in [(0,), (slice(0, 1, 1), 0), (0, slice(0, 1, 1)), (slice(0, 1), slice(0, 1, 2)),
            (), Ellipsis, None, 5, -4, 2 ** 70]:
    attempt("1d get %r" % (key,), lambda: o[key])
    attempt("1d set %r" % (key,), lambda: o.__setitem__(key, 1))

# 0-dim views.
z = memoryview(bytearray(struct.pack("i", 7))).cast("i", ())
print(z[()], z[...] is z, z.tolist(), z.shape, z.ndim)
z[()] = 8; print(z[()])
z[...] = 9; print(z.tolist())
attempt("0-dim index", lambda: z[0])
attempt("0-dim set index", lambda: z.__setitem__(0, 1))
attempt("0-dim slice", lambda: z[0:1])

# Item conversions per format.
class Idx:
    def __index__(self):
        return 5
    def __repr__(self):
        return "Idx()"

class Flt:
    def __float__(self):
        return 2.5
    def __repr__(self):
        return "Flt()"

for fmt, values in [("B", [255, 256, -1, Idx(), 1.0, b"a", True]),
                    ("b", [-128, 128]), ("h", [40000]), ("i", [2 ** 31]),
                    ("Q", [-1, 2 ** 64]), ("q", [2 ** 63]), ("N", [-1]),
                    ("d", [1.5, Flt(), 3, "x"]), ("f", [1e300]),
                    ("?", [0, 2, [], [1]]), ("c", [b"z", b"zz", 1, bytearray(b"z")]),
                    ("P", [3, -1])]:
    view = memoryview(bytearray(16)).cast(fmt)
    for value in values:
        attempt("%s <- %r" % (fmt, value), lambda: (view.__setitem__(0, value), view[0])[1])

# Hashes: kept after release, only for readonly byte formats.
h = memoryview(b"abcdef")[1:5]
print(hash(h) == hash(b"bcde"))
h.release(); print(hash(h) == hash(b"bcde"))
h = memoryview(b"abcdef"); h.release()
attempt("hash released", lambda: hash(h))
attempt("hash writable", lambda: hash(memoryview(bytearray(b"ab"))))
attempt("hash readonly bytearray", lambda: hash(memoryview(bytearray(b"ab")).toreadonly()))
attempt("hash int view", lambda: hash(memoryview(b"abcd").cast("i")))
print(hash(memoryview(b"abcd").cast("c")) == hash(b"abcd"),
      hash(memoryview(b"abcdef")[::2]) == hash(b"ace"))

# An index that releases the view: an item is refused, a slice is still made.
class Releaser:
    def __init__(self, view):
        self.view = view
    def __index__(self):
        self.view.release()
        return 2

for case in ("slice stop", "slice start", "tuple", "item value", "float value", "bool value"):
    base = bytearray(b"abcdefgh")
    view = memoryview(base)
    if case == "tuple":
        view = view.cast("B", (2, 4))
    if case == "float value":
        view = view.cast("f")
    try:
        if case == "slice stop":
            print(case, view[:Releaser(view)].tobytes())
        elif case == "slice start":
            print(case, view[Releaser(view):4].tolist())
        elif case == "tuple":
            view[0, Releaser(view)] = 1
        elif case == "item value":
            view[0] = Releaser(view)
        elif case == "float value":
            class F:
                def __float__(self):
                    view.release()
                    return 1.0
            view[0] = F()
        else:
            flags = view.cast("?")
            class T:
                def __bool__(self):
                    flags.release()
                    return True
            flags[0] = T()
    except Exception as error:
        print(case, type(error).__name__, error, base)
