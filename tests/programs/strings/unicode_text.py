# Unicode strings: case mapping edge cases, combining characters, widths of escapes, encode/decode with error handlers.
samples = ["straße", "ǅungla", "ΣΊΣΥΦΟΣ", "İstanbul", "ﬁnale", "naïve café", "日本語テキスト", "emoji 😀 ok", "a\u0301", "\u00e1", "ﬀ", "ŉ"]
for s in samples:
    print(repr(s), len(s), s.upper(), s.lower(), s.casefold(), s.title(), s.swapcase(), s.capitalize(), s.isalpha(), s.isprintable())
print("a\u0301" == "\u00e1", sorted(["é", "e", "f", "E", "É"]), max("zäa"), min("Zäa"), "ß".upper().lower(), "ΣΑΣ".lower())
for s in ["héllo", "日本", "😀", "\x00\x7f", "a\udcff"]:
    for encoding in ["utf-8", "utf-16-le", "latin-1", "ascii"]:
        for errors in ["strict", "replace", "ignore", "backslashreplace", "xmlcharrefreplace"]:
            try:
                encoded = s.encode(encoding, errors)
                print(repr(s), encoding, errors, encoded)
            except UnicodeEncodeError as error:
                print(repr(s), encoding, errors, "UnicodeEncodeError:", error.reason, error.start, error.end)
            except UnicodeError as error:
                print(repr(s), encoding, errors, type(error).__name__)
raw = b"caf\xc3\xa9 \xff\xfe end"
for errors in ["replace", "ignore", "backslashreplace", "surrogateescape"]:
    decoded = raw.decode("utf-8", errors)
    print(errors, repr(decoded), len(decoded))
try:
    raw.decode("utf-8")
except UnicodeDecodeError as error:
    print("UnicodeDecodeError", error.encoding, error.start, error.end, error.reason, error.object[:4])
print(repr(b"\xc3\xa9".decode("latin-1")), repr("é".encode("utf-8").decode("latin-1")), "\N{SNOWMAN}", "\N{GREEK SMALL LETTER ALPHA}", "\u2603" == "☃")
print([hex(ord(c)) for c in "aé€😀"], [len(c.encode()) for c in "aé€😀"], "😀".encode("utf-16"), len("😀".encode("utf-16-le")))
print("abc".center(9, "·"), "x".ljust(4, "é"), "Ⅻ".isnumeric(), "Ⅻ".isdigit(), "٣".isdecimal(), int("٣"), float("١٫٥".replace("٫", ".")), "ǅ".istitle(), "ǅ".isupper())
print(ascii("日本"), repr("\t\n\r\x0b\x0c\x1b"), repr("\u200b\u2028\ufeff"), str("\u0000"), "\\N{SNOWMAN}", r"\u2603")
words = "Über älter Zebra apple Äpfel zoo".split()
print(sorted(words), sorted(words, key=str.casefold), sorted(words, key=lambda w: w.encode("utf-8")))
