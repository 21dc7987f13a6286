# Slicing semantics across list, tuple, str, bytes, range: negative steps, out-of-range bounds, assignment and deletion rules.
seqs = [list(range(10)), tuple(range(10)), "0123456789", b"0123456789", range(10), bytearray(b"0123456789")]
slices = [slice(None), slice(2, 5), slice(-3, None), slice(None, -3), slice(None, None, 2), slice(None, None, -1), slice(8, 2, -2), slice(-1, -10, -3),
          slice(100, 200), slice(-100, 3), slice(5, 2), slice(2, 8, 100), slice(None, None, -100), slice(3, None, -1)]
for s in slices:
    print(s, s.indices(10), end=" | ")
    print([seq[s] if not isinstance(seq, range) else list(seq[s]) for seq in seqs[:1]], "".join(seqs[2][s]), seqs[3][s], list(seqs[4][s]))
lst = list(range(10))
lst[2:5] = ["a"]
print(lst)
lst[::3] = "XYZW"[:len(lst[::3])]
print(lst)
lst[5:5] = [100, 200]
print(lst)
lst[-1:] = []
del lst[::4]
print(lst)
lst[:] = []
print(lst)
for action in [lambda: lst.__setitem__(slice(None, None, 2), [1]) if lst else [].__setitem__(slice(0, 2, 2), [1, 2]),
               lambda: [0, 1, 2, 3].__setitem__(slice(0, 4, 2), [9]), lambda: [0, 1].__setitem__(slice(0, 1), 5), lambda: (1, 2)[::0],
               lambda: "abc"[::0], lambda: [1][slice(1.5)], lambda: "abc".__getitem__(slice("a", None)), lambda: range(5)[::0]]:
    try:
        print(repr(action()))
    except (ValueError, TypeError) as error:
        print(type(error).__name__, error)
big = list(range(20))
del big[::-3]
print(big)
big[::-2] = big[::-2][::-1]
print(big)
text = "abcdefghij"
print(text[::-1], text[-2::-2], text[1:-1][::3], text[:3] + text[3:] == text, text[5:100], text[100:], text[-100:2])
r = range(0, 20, 3)
print(r[1:4], r[::-1], r[-2:], r[::2][::2], list(r[5:1:-1]), r[100:], range(10)[-1:-11:-1])
