# __sizeof__ of builtin subclasses: the type's tp_basicsize, __slots__ included.
import sys
def mk(base, slots):
    ns = {} if slots is None else {'__slots__': slots}
    return type('X', (base,), ns)
for base in (list, dict, set, frozenset, bytearray):
    for slots in (None, (), ('a',), ('a', 'b', 'c'), ('__dict__',), ('__weakref__',)):
        try: cls = mk(base, slots)
        except TypeError as e: print(base.__name__, slots, e); continue
        obj = cls()
        print(base.__name__, slots, cls.__basicsize__, obj.__sizeof__(), sys.getsizeof(obj) - obj.__sizeof__())
