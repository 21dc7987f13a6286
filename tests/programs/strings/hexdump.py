"""A hexdump and a little binary record format: bytes, bytearray, %-formatting."""

def hexdump(data, width=8):
    lines = []
    for offset in range(0, len(data), width):
        chunk = data[offset:offset + width]
        hexpart = " ".join("%02x" % byte for byte in chunk)
        text = "".join(chr(byte) if 32 <= byte < 127 else "." for byte in chunk)
        lines.append("%08x  %-*s  |%s|" % (offset, width * 3 - 1, hexpart, text))
    return "\n".join(lines)

record = bytearray()
record += b"GLAS"
record.append(3)
record.extend([0, 1, 2])
record += "héllo wörld".encode("utf-8")
record.insert(4, 0xFF)
print(hexdump(record))
print(len(record), record.__alloc__(), record.count(0), record.find(b"llo"), record.rfind(b"o"))

record[0:4] = b"glass"
record[-5:] = record[-5:].upper()
del record[5:9]
print(hexdump(bytes(record), 12))
print(record.startswith(b"glass"), record.endswith(b"LD"), record.split(b" "), record.partition(b"\xc3"))

header = b"%-6s|%4d|%#06x|%5.1f|%c" % (b"name", 42, 255, 3.25, 65)
print(header, len(header), header.split(b"|"))
fields = [b"alpha", b"be", b"gamma", b"d"]
packed = b"".join(b"%c%s" % (len(field), field) for field in fields)
print(packed)
pos = 0
decoded = []
while pos < len(packed):
    size = packed[pos]
    decoded.append(packed[pos + 1:pos + 1 + size].decode())
    pos += 1 + size
print(decoded, b",".join(fields).center(30, b"="), b"x".join(fields).title())
mv = bytearray(b"abcdefgh")
mv[::2] = b"ABCD"
mv[1::2] = mv[1::2].upper()
print(mv, mv[::-1], mv.lower(), mv.swapcase(), bytes(mv).zfill(12))
total, largest = 0, 0
for byte in record:
    total += byte
    if byte > largest:
        largest = byte
print(total, largest, list(b"abc"[::-1]), list(iter(bytearray(b"cab"))))
