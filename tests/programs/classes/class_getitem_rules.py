# Subscripting a class: __class_getitem__ read as an attribute (None refuses),
# and type() refuses bases with __mro_entries__.
class C_is_none(tuple):
    __class_getitem__ = None
try:
    C_is_none[int]
except TypeError as e:
    print(e)
class C:
    def __mro_entries__(self, bases):
        return ()
try:
    type('Bad', (C(),), {})
except TypeError as e:
    print(e)
class Meta(type):
    def __getattr__(cls, name):
        if name == "__class_getitem__":
            return lambda item: ("from the metaclass", item)
        raise AttributeError(name)
class M(metaclass=Meta): pass
print(M[int])
class G:
    def __class_getitem__(cls, item): return (cls.__name__, item)
class H(G): pass
print(G[int], H[str], list[int], type[int])
try:
    str[int]
except TypeError as e:
    print(e)
