# type() and related introspection on builtin objects: names, mro, bases, __dict__ contents, isinstance relations.
samples = [1, True, 1.5, 1j, "s", b"b", bytearray(), [], (), {}, set(), frozenset(), range(1), slice(1), None, ..., NotImplemented,
           len, [].append, str.upper, "x".upper, int.__add__, (1).__add__, object(), type, iter([]), iter(()), iter(""), iter({}), reversed([]),
           zip(), map(len, []), filter(None, []), enumerate([]), (x for x in []), property(), staticmethod(len), classmethod(len), super(int, 1),
           {}.keys(), {}.values(), {}.items(), memoryview(b"") if "memoryview" in dir(__builtins__) else None, ValueError(), Exception]
for value in samples:
    t = type(value)
    print(t.__name__.ljust(28), t.__qualname__.ljust(28), t.__module__.ljust(10), [b.__name__ for b in t.__mro__[1:]])
print(type(type), type(object), type.__base__, object.__base__, type.__mro__, int.__bases__, bool.__base__, type(len).__name__)
print(isinstance(type, object), isinstance(object, type), issubclass(type, object), issubclass(object, type), isinstance(int, type), isinstance(3, type))
print(sorted(k for k in vars(int) if not k.startswith("_"))[:8], "__add__" in vars(int), "__add__" in vars(bool), "bit_length" in dir(True))
print(sorted(set(dir(list)) - set(dir(tuple)))[:10], sorted(set(dir(frozenset)) & {"add", "union", "copy"}))
print(len([name for name in dir(__builtins__) if not name.startswith("_")]) > 140, all(hasattr(__builtins__, n) for n in ["abs", "zip", "Exception", "True"]))
print(int.__flags__ & (1 << 10) != 0 if hasattr(int, "__flags__") else "", callable(int), callable(3), type.__call__(int, "7"), type(int).__name__)
print(type.__prepare__("X", ()), type.__instancecheck__(int, 3), type.__subclasscheck__(int, bool), type.mro(bool), int.__subclasses__()[:2] if False else "")
