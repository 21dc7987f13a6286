# A builtin staticmethod (METH_STATIC): its class is m_self for repr, hash, ==,
# pickling and qualname, but not __self__, and it is not passed.
print(repr(str.maketrans).split(" at ")[0], repr(bytes.maketrans).split(" at ")[0], repr(dict.fromkeys).split(" at ")[0])
print(repr(''.maketrans).split(" at ")[0], str.maketrans.__self__ is str, getattr(str.maketrans, '__qualname__'))
import pickle
for f in (str.maketrans, bytes.maketrans, bytearray.maketrans):
    print(f.__self__, f.__module__, f.__qualname__, f.__reduce__(), pickle.loads(pickle.dumps(f)) == f, f == f, hash(f) == hash(str.maketrans))
print(str.maketrans("ab", "cd"), str.maketrans.__text_signature__)
try:
    str.maketrans(1, 2, 3, 4)
except TypeError as e:
    print(e)
