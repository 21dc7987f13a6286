# __basicsize__, __itemsize__, __dictoffset__, __weakrefoffset__ of builtin types and of classes with and without __slots__.
class C: pass
class S:
    __slots__ = ("a", "b")
class SD:
    __slots__ = ("a", "__dict__")
class SW:
    __slots__ = ("__weakref__",)
class L(list): pass
class I(int): pass
class E(Exception): pass
class D(C): pass
for k in (C, S, SD, SW, L, I, E, D, object, list, int, type, dict):
    print(k.__name__, k.__basicsize__, k.__itemsize__, k.__dictoffset__, k.__weakrefoffset__)
