# An array's buffer is its live storage: memoryview with the typecode's format,
# readinto and pack_into write into it, and it may not resize while exported.
import array, io, struct
a = array.array('i', [1, 2])
m = memoryview(a); print(m.format, m.itemsize, len(m), m.readonly, m.tolist(), m.nbytes)
b = io.BytesIO(b'\x05\x00\x00\x00\x06\x00\x00\x00')
print(b.readinto(a), a)
try:
    a.append(3)
except BufferError as e:
    print("BufferError", e)
m[0] = 9; print(a)
m.release(); a.append(3); print(a)
struct.pack_into('i', a, 4, 42); print(a)
with open(__file__, 'rb') as f:
    c = array.array('b', bytes(10)); print(f.readinto(c), c[:3].tobytes())
print(bytes(array.array('h', [1, 2])), len(bytes(array.array('d', [1.0]))))
mm = memoryview(bytearray(8)).cast('q', shape=[]); print(len(mm))
d = array.array('d', [1.5, 2.5]); v = memoryview(d); print(v.tolist(), v[1], v.cast('B')[:2].tolist())
del v
d.extend([3.5]); print(d)
import hashlib; print(hashlib.md5(array.array('B', b'abc')).hexdigest())
