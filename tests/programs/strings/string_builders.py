# Building strings: join vs concatenation, str() of containers, repr round trips, chr/ord tables, and immutability errors.
parts = []
for i in range(10):
    parts.append("%02d" % (i * i))
print("-".join(parts), "".join(reversed(parts)), ", ".join(map(str, range(5))), "|".join(sorted(set("banana"))))
text = ""
for word in ["alpha", "beta", "gamma"]:
    text += word[0].upper() + word[1:] + " "
print(repr(text.strip()), repr(text[:-1]), text.count(" "))
for value in [None, True, 1, 1.5, 1j, "s", b"b", [1, "a"], (1,), {"k": [None]}, {1, 2} - {1}, frozenset(), range(3), slice(1, 2), Ellipsis, NotImplemented, int, str.upper, len]:
    r = repr(value)
    try:
        roundtrip = eval(r) == value
    except Exception as error:
        roundtrip = type(error).__name__
    print(type(value).__name__.ljust(24), str(value).ljust(28), r.ljust(34), roundtrip)
table = []
for code in range(0x20, 0x7F, 16):
    table.append(" ".join(chr(c) for c in range(code, min(code + 16, 0x7F))))
print("\n".join(table))
s = "immutable"
for action in [lambda: s.__setitem__(0, "I"), lambda: s.__delitem__(0), lambda: setattr(s, "x", 1), lambda: s.append("x")]:
    try:
        action()
    except (TypeError, AttributeError) as error:
        print(type(error).__name__, error)
print(s.replace("i", "I", 1), s[:2] + "M" + s[3:], s * 0 == "", "".join([s[i] for i in range(len(s) - 1, -1, -1)]))
lines = ["%-10s|%5s|" % (w, len(w)) for w in ["x", "medium", "a-long-word"]]
print("\n".join(lines))
print(str(12).zfill(5), format(12, "05"), "12".rjust(5, "0"), f"{12:05}", "%05d" % 12, ("-12").zfill(5), "+12".zfill(5))
acc = []
for ch in "Hello, World":
    acc.append(ch.lower() if ch.isupper() else ch.upper())
print("".join(acc), "Hello, World".swapcase() == "".join(acc))
print(str.join(":", ["a", "b"]), str.__add__("x", "y"), str.__mul__("ab", 3), str.__mod__("%d items", 5), str.__getitem__("xyz", -1), str.__len__("four"), str.__contains__("abc", "b"))
