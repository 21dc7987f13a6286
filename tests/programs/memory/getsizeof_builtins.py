# sys.getsizeof of builtin objects, classes and instances (GC header, managed dict pre-header), and containers as they grow.
import sys
class C: pass
class S:
    __slots__ = ("a", "b")
vals = [0, 1, 2**30, 2**60, -5, 10**100, True, 1.5, 1j, "", "a", "abc", "é", "€", "😀"*3, b"", b"abc", bytearray(b"ab"), (), (1,), (1, 2, 3), [], [1, 2], list(range(10)), {}, {1: 2}, {i: i for i in range(10)}, set(), {1, 2}, frozenset(range(10)), range(10), slice(1, 2), None, C(), C, S(), len, object(), iter([]), type, sys, lambda: 0, 3.0 .hex]
for v in vals:
    try:
        print(type(v).__name__, sys.getsizeof(v))
    except Exception as e:
        print(type(v).__name__, "error", type(e).__name__, e)
l = []
for i in range(20): l.append(i); print(sys.getsizeof(l), end=" ")
print()
d = {}
for i in range(20): d[i] = i; print(sys.getsizeof(d), end=" ")
print()
s = set()
for i in range(20): s.add(i); print(sys.getsizeof(s), end=" ")
print()
ba = bytearray()
for i in range(20): ba.append(i); print(sys.getsizeof(ba), end=" ")
print()
