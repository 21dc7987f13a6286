# bytearray as a mutable buffer: slice assignment of different lengths, in-place ops, iteration while mutating, errors.
buf = bytearray(b"hello world")
buf[0:5] = b"HELLO THERE"
print(buf, len(buf))
buf[-5:] = b""
print(buf)
buf[3:3] = b"---"
print(buf)
buf[::2] = bytes(len(buf[::2]))
print(buf)
del buf[::2]
print(buf)
buf[:] = range(65, 75)
print(buf)
buf[1:3] = [120, 121]
print(buf, buf.find(b"x"), buf.index(121), buf.count(b"E"), buf.startswith(b"Ax"), buf.endswith(b"J"))
buf += bytearray(b"!!")
buf *= 2
print(buf, buf.rstrip(b"!"), buf.split(b"!"), buf.partition(b"!!"), buf.replace(b"!!", b"?"))
buf.extend(iter([49, 50]))
buf.extend(bytearray(b"3"))
buf.append(ord("4"))
print(buf[-6:], buf.pop(), buf.pop(0), len(buf))
b2 = bytearray(3)
for i in range(len(b2)):
    b2[i] = i * 100
print(b2, list(b2), bytes(b2), b2.hex(), b2.hex(" "), bytearray.fromhex("ab cd"), b2 == bytes(b2), b2 + b"x", b"x" + b2)
print(type(b"x" + b2).__name__, type(b2 + b"x").__name__, type(b2 * 2).__name__, type(b2[:]).__name__, type(b2.strip()).__name__)
for action in [lambda: buf.__setitem__(0, 256), lambda: buf.__setitem__(0, -1), lambda: buf.__setitem__(0, b"a"), lambda: buf.__setitem__(slice(0, 2), 5),
               lambda: buf.__setitem__(slice(0, 4, 2), b"abc"), lambda: buf.__setitem__(100, 1), lambda: buf.__delitem__(100), lambda: buf.insert(0, 999),
               lambda: buf.append("a"), lambda: buf.extend("abc"), lambda: buf.remove(999), lambda: buf.index(b"zzz"), lambda: bytearray(b"a") + "b",
               lambda: bytearray("abc"), lambda: bytearray("abc", "ascii", "strict", 1), lambda: bytearray(-1), lambda: bytearray([1, 2, "3"])]:
    try:
        print(repr(action()))
    except (ValueError, TypeError, IndexError) as error:
        print(type(error).__name__, error)
shared = bytearray(b"abc")
alias = shared
shared += b"d"
print(alias is shared, alias)
copy = shared[:]
copy[0] = 0
print(shared, copy, shared.copy() == shared, shared.copy() is shared)
big = bytearray(b"x") * 1000
big[100:900] = b""
print(len(big), big.count(b"x"), bytearray(b"abc").reverse(), bytearray(b"  pad  ").strip(), bytearray(b"Title me").title(), bytearray(b"a,b").split(b","))
