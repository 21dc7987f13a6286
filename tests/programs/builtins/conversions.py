# abs, bin, oct, hex, chr, ord, ascii, repr, format, round, pow, divmod, hash, id, callable.
class Number:
    def __index__(self):
        return 10

    def __abs__(self):
        return "absolute"

    def __round__(self, ndigits=None):
        return ("rounded", ndigits)

    def __format__(self, spec):
        return "<%s>" % spec


n = Number()
print(abs(-4), abs(-2.5), abs(-3 + 4j), abs(n), abs(True))
print(bin(n), oct(n), hex(n), bin(-10), oct(0), hex(2**70), bin(True))
print(chr(65), chr(0x1F600), ord("A"), ord(b"z"), ord(bytearray(b"q")), ord("\U0001F600"))
print(ascii("plain"), ascii("naïve — ☃"), ascii(["é", {"ß": 1}]), repr("é"), repr(b"\xff"))
print(format(n, "spec"), format(n), format(12.3456, ".2f"), format(255, "08b"), format("s", "^5"))
print(round(n), round(n, 3), round(2.5), round(-1.5), round(1234.5678, -2), round(0.125, 2))
print(pow(2, 10), pow(2, -2), pow(-8, 1 / 3).real > 0, pow(7, 2, 5), pow(5, -1, 7), pow(2.0, 3))
print(divmod(13, 4), divmod(-13, 4), divmod(13.5, 4), divmod(True, 2))
print(hash(7) == 7, hash(-1), hash(True), hash((1, 2)) == hash((1, 2)), hash(1.0) == hash(1))
print(callable(print), callable(Number), callable(n), callable(None), callable(lambda: 0))
print(id(n) == id(n), isinstance(id(n), int))
for source in ["chr(-1)", "chr(0x110000)", "chr(2**40)", "chr('x')", "chr(1.5)", "ord('')",
               "ord('ab')", "ord(7)", "bin(1.5)", "hex('a')", "abs('x')", "round('x')",
               "round(1.5, 'x')", "pow(2, 3, 0)", "pow(2.0, 3, 5)", "pow()", "divmod(1, 0)",
               "divmod('a', 1)", "hash([])", "format(1, 2)", "format(object(), 'x')",
               "len(5)", "len()", "abs(1, 2)", "callable()", "repr()", "ascii(x=1)"]:
    try:
        print(source, "->", eval(source))
    except Exception as error:
        print(source, "!!", type(error).__name__, error)
print(chr(0x110000))
