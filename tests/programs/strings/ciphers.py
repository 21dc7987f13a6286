"""Caesar and XOR ciphers: str.translate, encode/decode, bytes and bytearray."""
LOWER = "abcdefghijklmnopqrstuvwxyz"


def caesar(text, shift):
    lower = LOWER
    upper = LOWER.upper()
    table = str.maketrans(lower + upper,
                          lower[shift:] + lower[:shift] + upper[shift:] + upper[:shift])
    return text.translate(table)

message = "The Quick Brown Fox Jumps Over The Lazy Dog, naïvely: 3 times!"
secret = caesar(message, 13)
print(secret)
print(caesar(secret, 13) == message)

key = b"glass"
data = message.encode("utf-8")
out = bytearray()
for i in range(len(data)):
    out.append(data[i] ^ key[i % len(key)])
print(len(data), len(out), out[:8], bytes(out).hex()[:32], out.hex(" ", 4)[:40])
back = bytearray(len(out))
for i in range(len(out)):
    back[i] = out[i] ^ key[i % len(key)]
print(back.decode("utf-8") == message, back.decode("ascii", "replace")[-20:])

print(message.encode("ascii", "xmlcharrefreplace")[-30:])
print(message.encode("latin-1"), message.encode("utf-16-le")[:12])
print(bytes.fromhex(bytes(out).hex()) == bytes(out), bytearray.fromhex("de ad be ef"))
table = bytes.maketrans(b"abcdefghijklmnopqrstuvwxyz", b"ABCDEFGHIJKLMNOPQRSTUVWXYZ")
print(data.translate(table, b" "), data.upper() == data.translate(table))
for enc in ("utf-8", "utf-16", "utf-32", "latin-1", "cp1252"):
    raw = message.encode(enc)
    print("%-8s %3d %s" % (enc, len(raw), raw.decode(enc) == message))
try:
    message.encode("ascii")
except UnicodeEncodeError as err:
    print(type(err).__name__, err.args[0], err.args[2], err.args[3], err.args[4])
try:
    bytes(out).decode("utf-8")
except UnicodeDecodeError as err:
    print(type(err).__name__, err.args[0], err.args[2:])
print(bytes(out).decode("utf-8", "backslashreplace")[:30])
print(bytes(out).decode("latin-1").encode("latin-1") == bytes(out))
