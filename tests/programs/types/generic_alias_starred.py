# Iterating a GenericAlias gives it starred (*tuple[int], ga_iter): repr,
# equality, pickling, the iterator's reduce, and PEP 646 unpacking.
import types, pickle, copy
t = tuple[int]; it = iter(t); s = next(it)
print(repr(s), s == t, s != t, hash(s) == hash(t), s.__origin__, s.__args__, s.__parameters__, s.__unpacked__, t.__unpacked__)
print(type(it).__name__, list(it), list(iter(t)))
print(pickle.loads(pickle.dumps(s)) == s, repr(copy.copy(s)), repr(copy.deepcopy(s)))
print(*tuple[int, str], [*list[str]])
print(tuple[*tuple[int, ...]], repr(types.GenericAlias(tuple, (int,))))
it2 = iter(list[int]); print(it2.__reduce__()[0].__name__, it2.__reduce__()[1]); next(it2); print(it2.__reduce__())
try:
    next(it2)
except StopIteration:
    print("StopIteration")
from typing import TypeVarTuple, Unpack
Ts = TypeVarTuple("Ts")
print(tuple[*Ts], tuple[int, *tuple[str, ...]])
