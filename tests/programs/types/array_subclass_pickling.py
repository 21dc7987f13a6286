"""An array subclass pickled, reconstructed, sliced and copied: slices and copies
are plain arrays, the class keeps its reference count, and array is a
registered MutableSequence."""
import array, sys, copy, pickle
class S(array.array): pass
a = S('b', [1, 2])
print(type(a[:]).__name__, type(a + a).__name__, type(a * 2).__name__, type(a.__copy__()).__name__, type(a.__deepcopy__({})).__name__, type(copy.copy(a)).__name__, type(a[::2]).__name__)
base = sys.getrefcount(S)
for i in range(5):
    b = array._array_reconstructor(S, 'b', 1, b'ab'); del b
    b = pickle.loads(pickle.dumps(a, 5)); del b
    b = a[:]; b = a + a; b = a * 2; b = a.__copy__(); b = a[::2]; del b
print(sys.getrefcount(S) - base)
import collections.abc
class S2(array.array):
    pass
a = S2('i', [1, 2])
a.x = 10
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    try:
        b = pickle.loads(pickle.dumps(a, proto))
        print(proto, type(b).__name__, b, b.x)
    except Exception as e:
        print(proto, type(e).__name__, e)
print(a.__reduce_ex__(3)[0], a.__reduce_ex__(3)[1][:2])
print(issubclass(array.array, collections.abc.MutableSequence))
