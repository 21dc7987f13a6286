# Text and number conversion builtins across ranges: chr/ord/bin/oct/hex/ascii/repr/format.
for n in [0, 1, 7, 8, 255, 256, -1, -255, 2**31, -2**63, 2**100 + 1]:
    print(n, bin(n), oct(n), hex(n), format(n, "x"), format(n, "#X"), format(n, "o"), format(n, "#b"))
for code in [0, 9, 10, 13, 27, 31, 32, 65, 92, 127, 128, 160, 173, 255, 256, 0x2028, 0xD800, 0xFFFF, 0x10000, 0x1F600, 0x10FFFF]:
    c = chr(code)
    print(code, repr(c), ascii(c), ord(c) == code, c.isprintable(), len(c.encode("utf-8", "surrogatepass")))
print(repr("quote ' inside"), repr('double " inside'), repr("both ' and \""), repr("back\\slash"))
print(repr(b"quote ' inside"), repr(b'both \' and "'), repr(bytearray(b"\x00\x7f\x80")))
print(ascii(b"\xff"), ascii(1.5), ascii([1, "ü"]), ascii({"k": "ÿ"}), ascii(("\n",)))


class Spec:
    def __format__(self, spec):
        return "Spec[" + spec + "]"

    def __repr__(self):
        return "Spec()"


print(format(Spec(), ""), format(Spec(), ">10"), "{:abc}".format(Spec()), f"{Spec()!r:>10}", f"{Spec()!s}")


class BadFormat:
    def __format__(self, spec):
        return 42


for action in [lambda: format(BadFormat()), lambda: format(object(), "d"), lambda: format(1, "z"),
               lambda: format(1.5, "d"), lambda: format("s", "d"), lambda: format(1, ".2d"),
               lambda: format(1, ",s"), lambda: format(10**5000, "d")[:5], lambda: format([], ""),
               lambda: chr(-5), lambda: ord(b""), lambda: ord("xy"), lambda: hex(1.0), lambda: oct([])]:
    try:
        print(repr(action()))
    except Exception as error:
        print(type(error).__name__, error)
