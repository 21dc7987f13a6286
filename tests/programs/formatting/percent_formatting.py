# printf-style % formatting on str: flags, width/precision from *, mapping keys, conversions and errors.
print("%s|%r|%a|%5s|%-5s|%.2s|%5.1s|" % ("text", "text", "tëxt", "ab", "ab", "abcdef", "xyz"))
print("%d|%i|%5d|%-5d|%05d|%+d|% d|%+05d|%.3d|%5.3d" % (42, -42, 42, 42, 42, 42, 42, -42, 7, 7))
print("%x|%X|%#x|%#X|%o|%#o|%08x|%-8x|%#010x" % (255, 255, 255, 255, 8, 8, 255, 255, 255))
print("%f|%.2f|%10.3f|%-10.1f|%+.1f|%e|%.2E|%g|%G|%#g|%.0f|%#.0f" % (3.14159, 3.14159, 3.14159, 3.14159, 2.5, 12345.678, 0.000123, 1e-10, 1e20, 1.0, 2.5, 2.5))
print("%c%c%c" % (72, "i", 0x263A), "%%|%5%|" % (), "%(name)s is %(age)d" % {"name": "Ann", "age": 30}, "%(a)s%(a)r" % {"a": "x"})
print("%*d|%-*d|%.*f|%*.*f" % (6, 42, 6, 42, 2, 3.14159, 8, 3, 2.71828))
print("%s" % [1, 2], "%s" % ((1, 2),), "%s %s" % (1, 2), "%r" % {"k": None}, "%s" % None, "%d" % True, "%s" % b"bytes", "%.3r" % "abcdef")


class Both:
    def __str__(self):
        return "str-form"

    def __repr__(self):
        return "repr-form"

    def __index__(self):
        return 9

    def __float__(self):
        return 1.25


b = Both()
print("%s %r %a %d %x %f %c" % (b, b, b, b, b, b, 65))
for template, values in [("%d", "1"), ("%d", 1.7), ("%x", 1.5), ("%c", 1.5), ("%c", "ab"), ("%c", -1), ("%c", 0x110000), ("%s %s", ("x",)),
                         ("%s", ("x", "y")), ("%(k)s", ("x",)), ("%(k)s", {}), ("%(k)s %s", {"k": 1}), ("%y", 1), ("%", ()), ("%.", 1), ("%*d", ("x", 1)),
                         ("%s", ()), ("no specifiers", 5), ("no specifiers", ()), ("no specifiers", {}), ("%(a", {"a": 1}), ("%d", None), ("%i", [1]),
                         ("%o", 8.0), ("%e", "x"), ("%.*f", (1.5, 2.0)), ("%5", 1), ("%-", 1), ("%c", 2 ** 100), ("%.1000000000000f", 1.0)]:
    try:
        print(repr(template), "->", repr(template % values))
    except (TypeError, ValueError, KeyError, OverflowError) as error:
        print(repr(template), "!!", type(error).__name__, error)
rows = [("alpha", 1, 0.5), ("beta", 22, 12.25), ("gamma", 333, 100.125)]
for row in rows:
    print("%-8s|%5d|%9.3f|%08.2f" % row)
print("%s and %s" % tuple("ab"), "%s" % "%s", "%%s" % (), "%s%%" % 50, "%.1f%%" % 99.5)
