# str methods: searching, splitting, case, padding, predicates, translate, and their errors.
text = "  Hello, World! hello again  "
print(repr(text.strip()), repr(text.lstrip()), repr(text.rstrip()), repr(text.strip(" Hn")))
print(text.count("l"), text.count("ll"), text.count(""), text.count("l", 5, 12), text.find("o"), text.rfind("o"))
print(text.index("W"), text.rindex("l"), text.find("zz"), text.find("", 100), text.find("", 3), "abc".find("c", -1))
print(text.split(), text.split(","), text.split("l", 2), text.rsplit("l", 2), "a,b,,c".split(","), "".split(","))
print("a b  c".split(" "), "  a  b ".split(None, 1), "  a  b ".rsplit(None, 1), "x".split("x"))
print("line1\nline2\r\nline3\rline4\x0bx\x1cy\u2028z".splitlines(), "a\nb\n".splitlines(True), "".splitlines())
print("a-b-c".partition("-"), "a-b-c".rpartition("-"), "abc".partition("x"), "abc".rpartition("x"))
print("hello world".title(), "hELLO".swapcase(), "ß".upper(), "ǅ".lower(), "İ".lower(), "ﬁ".upper(), "straße".casefold())
print("hello".capitalize(), "HELLO WORLD".capitalize(), "they're bill's".title(), "ǆemal".title())
print("abc".center(9, "*"), "abc".ljust(6, "."), "abc".rjust(6), "abc".center(2), "ab".center(5, "x"), "-42".zfill(6), "+7".zfill(4), "x".zfill(3))
print("a\tbc\td".expandtabs(), "a\tbc\td".expandtabs(4), "\t".expandtabs(0), "ab\ncd\tx".expandtabs(3))
print("abc".startswith("ab"), "abc".startswith(("x", "a")), "abc".endswith("bc", 0, 2), "abc".startswith("", 3), "abc".startswith("", 4))
print("123".isdigit(), "½".isnumeric(), "½".isdigit(), "²".isdecimal(), "²".isdigit(), "abc".isalpha(), "a1".isalnum(), " \t".isspace(), "".isspace())
print("Title Case".istitle(), "UPPER".isupper(), "lower".islower(), "_id1".isidentifier(), "1id".isidentifier(), "ascii".isascii(), "é".isascii(), "\x7f".isprintable())
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"), "abc".replace("b", "BB"), "aaaa".replace("a", "b", 2), "abc".replace("", "-"), "abc".replace("", "-", 2))
print("hello".translate({ord("l"): "L", ord("o"): None}), "abc".translate(str.maketrans("ab", "xy")), str.maketrans("ab", "xy", "c"), str.maketrans({"a": 1}))
print("prefix_body".removeprefix("prefix_"), "body.txt".removesuffix(".txt"), "x".removeprefix("y"), "abc".encode(), "é".encode("latin-1"))
print("%s" % "fmt", "abc" * 3, "abc" * -1, 3 * "ab", "b" in "abc", "" in "abc", "abc" < "abd", "Z" < "a", "abc"[::-1], "abcdef"[1:5:2])
for action in [lambda: "abc".index("z"), lambda: "abc".rindex("z"), lambda: ",".join([1, 2]), lambda: "a".join("bc", "d"),
               lambda: "abc".split(""), lambda: "abc".rsplit(""), lambda: "abc".center(5, "ab"), lambda: "abc".startswith(1),
               lambda: "abc".startswith(["a"]), lambda: "abc".replace(1, 2), lambda: "abc".count(1), lambda: "a" + 1,
               lambda: "a" * "b", lambda: "a" * 1.5, lambda: "abc"[5], lambda: "abc"[str("x")], lambda: str.maketrans("ab", "x"),
               lambda: str.maketrans(1), lambda: "x".translate({120: 1.5}), lambda: "abc".encode("nope"), lambda: "é".encode("ascii"),
               lambda: "abc".partition(""), lambda: "a".zfill("x"), lambda: "abc".strip(1), lambda: "a" < 1, lambda: "abc".ljust(),
               lambda: "abc".expandtabs("x"), lambda: "abc".removeprefix(None), lambda: str.upper(5), lambda: "abc"[1:2:0],
               lambda: "".join(["a", b"b"]), lambda: "x".splitlines(keepends=None), lambda: "a".__getitem__(2**100)]:
    try:
        print(repr(action()))
    except Exception as error:
        print(type(error).__name__ + ":", error)
s = "Mississippi"
print(sorted(set(s)), [s.count(c) for c in "Misp"], s.lower().index("ss", 3), s.split("ss"), s.replace("ss", "SS", 1))
print(str(), str(1), str(b"x"), str(b"abc", "ascii"), str(b"\xff", "utf-8", "replace"), str(object=5), str(bytearray(b"q"), encoding="latin-1"))
for action in [lambda: str(b"\xff", "utf-8"), lambda: str(5, "ascii"), lambda: str("x", "ascii"), lambda: str(b"x", errors=5)]:
    try:
        print(repr(action()))
    except Exception as error:
        print(type(error).__name__ + ":", error)
