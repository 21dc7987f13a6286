# String and bytes literal forms: escapes, raw strings, implicit concatenation, triple quotes, octal/hex/unicode escapes.
samples = [
    "tab\there", "newline\\n literal", "quote\"s", 'single\'s', "\x41\x42", "\101\102", "\u00e9\U0001F600", "\N{LATIN SMALL LETTER E WITH ACUTE}",
    r"raw\n\t", R"RAW\d+", "bell\a back\b form\f vt\v", "null\0end", "\7\77\777"[:3],
]
for s in samples:
    print(len(s), repr(s), ascii(s))
print("implicit" " concatenation" ' mixed', "a" r"\b" "c", b"bytes" b" too", len("""triple
quoted
string"""), '''single
triple''')
print(b"\x00\xff\n\t", rb"\x00", br"\n", b"\101", bytes("\xe9", "latin-1"), len(b"\xe9\x00"))
multiline = """\
line one
  line two \
continued
line three"""
print(multiline)
print(repr(multiline))
print("%r" % "\\", "\\".join("abc"), len("\\\\"), r"\\" == "\\\\", "\\n" != "\n")
for source in ['"\\q"', "'\\x4'", "'\\N{NOT A NAME}'", "'\\u12'", "b'\\u1234'", "b'é'", "'abc", "'''abc''", "r'\\'", "f'{'"]:
    try:
        value = eval(source)
        print(source, "->", repr(value))
    except SyntaxError as error:
        print(source, "SyntaxError", error.msg)
    except DeprecationWarning:
        print(source, "DeprecationWarning")
print(str(b"abc"), str(b"abc", "ascii"), repr("'"), repr('"'), repr("'\""), repr("\x7f\x80\xa0\xad"), repr("\u2028"))
