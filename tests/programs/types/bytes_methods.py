# bytes and bytearray methods, mutation, hex/fromhex, and errors.
b = b"Hello, bytes world"
print(b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize(), b.split(), b.split(b"o"), b.rsplit(b" ", 1))
print(b.find(b"o"), b.rfind(b"o"), b.find(111), b.count(b"l"), b.index(b"w"), b.startswith(b"He"), b.endswith((b"x", b"ld")))
print(b.replace(b"o", b"0"), b.strip(b"Hd"), b.center(24, b"*"), b.ljust(20, b"."), b.rjust(20), b.zfill(20), b.partition(b", "))
print(b[0], b[-1], b[1:4], b[::3], list(b[:3]), b"x" * 3, b"a" + b"b", b"ell" in b, 108 in b, b.hex(), b"\x01\xab".hex(":"), b"abcdef".hex("-", 2))
print(bytes.fromhex("de ad BE ef"), bytearray.fromhex("00ff"), bytes(3), bytes([65, 66]), bytes("é", "utf-8"), bytes(range(3)), bytes(b"copy"))
print(b"abc".isalpha(), b"123".isdigit(), b"a1".isalnum(), b" ".isspace(), b"Ab".istitle(), b"AB".isupper(), b"ab".islower(), b"\x80".isascii())
print(b"a\tb".expandtabs(4), b"-".join([b"a", bytearray(b"b"), b"c"]), b"abc".translate(None, b"b"), b"abc".translate(bytes.maketrans(b"abc", b"xyz")))
print(b"%s and %d and %r and %x" % (b"bytes", 5, "str", 255), b"%5s|%-5s|" % (b"ab", b"cd"), b"%c%c" % (65, b"B"), b"%%")
print(b"a\nb\r\nc".splitlines(), b"a\nb".splitlines(True), b"prefix-x".removeprefix(b"prefix-"), b"x.py".removesuffix(b".py"), b"caf\xc3\xa9".decode())
ba = bytearray(b"mutable")
ba[0] = 77
ba[1:3] = b"UT"
ba.append(33)
ba.extend(b"??")
ba.insert(0, 62)
print(ba, len(ba), ba.pop(), ba.pop(0), ba)
ba.remove(33)
del ba[0:2]
print(ba, ba.reverse(), ba, ba.copy(), ba.count(b"?"))
ba += b"++"
ba *= 2
print(ba, ba.clear(), ba, bytearray(5), bytearray(b"ab") == b"ab", b"ab" == bytearray(b"ab"), bytearray(b"a") < b"b")
ba = bytearray(b"0123456789")
ba[::2] = b"abcde"
print(ba)
del ba[::3]
print(ba, ba.find(b"c"), ba.upper(), ba.decode(), type(ba.upper()).__name__, type(ba[1:]).__name__, type(bytes(ba)).__name__)
for action in [lambda: b"abc"[5], lambda: b"a" + "b", lambda: bytes("x"), lambda: bytes(-1), lambda: bytes([256]), lambda: bytes([1.5]),
               lambda: bytes.fromhex("0g"), lambda: bytes.fromhex("abc"), lambda: b"abc".index(b"z"), lambda: bytearray(b"a").pop(5),
               lambda: bytearray().pop(), lambda: bytearray(b"x").remove(9), lambda: bytearray(b"x").__setitem__(0, 300),
               lambda: bytearray(b"abc").__setitem__(slice(0, 3, 2), b"xyz"), lambda: b"a".join(["x"]), lambda: b"%d" % "x",
               lambda: b"%s" % "x", lambda: b"%y" % 1, lambda: b"abc".decode("ascii", "bogus"), lambda: b"\xff".decode("ascii"),
               lambda: b"abc".split(b""), lambda: hash(bytearray()), lambda: {bytearray(): 1}, lambda: b"ab".center(5, b"xy"),
               lambda: b"abc".count("a"), lambda: b"abc" < "abd", lambda: bytearray(b"a").extend(5), lambda: bytearray(b"a").extend([300]),
               lambda: b"x" * 1.0, lambda: bytes(1, 2), lambda: bytearray("é"), lambda: b"%s %s" % (b"one",)]:
    try:
        print(repr(action()))
    except Exception as error:
        print(type(error).__name__ + ":", error)
print(b"abc" == "abc", hash(b"abc") == hash(bytes(bytearray(b"abc"))), sorted([b"b", b"a", b"ab"]), max(b"hello"), sum(b"\x01\x02"))
