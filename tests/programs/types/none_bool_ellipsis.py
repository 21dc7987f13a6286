# None, bool, Ellipsis and NotImplemented singletons: repr, arithmetic, hashing, type errors.
print(None, repr(None), bool(None), type(None).__name__, None is None, None == 0, type(None)() is None)
print(True + True, True * 10, -True, ~True, True / 2, True // 2, True & False, True | False, True ^ True, 3 - True)
print(repr(True & True), repr(True | 0), repr(1 & True), repr(False ^ False), int(True), float(False), str(True), f"{True:d}", f"{True}", format(True, "^6"))
print(bool.__name__, type(True).__mro__, isinstance(False, int), True == 1, hash(True), hash(False), {True: "t", 1: "one"}, True is bool(5))
print(Ellipsis, ..., repr(...), type(...).__name__, ... is Ellipsis, bool(...), NotImplemented, repr(NotImplemented), type(NotImplemented).__name__)
print(sorted([True, False, True]), max(False, True), sum([True] * 5), [True] * 2, round(True), abs(False), divmod(True, True), pow(True, 5))
nothing = None
for action in [lambda: None + 1, lambda: None < None, lambda: len(None), lambda: nothing(), lambda: nothing[0], lambda: None.x,
               lambda: bool(1, 2), lambda: type(None)(1), lambda: type(...)(), lambda: ... + 1, lambda: iter(None),
               lambda: None.__class__(1), lambda: bool.__new__(int), lambda: type("X", (bool,), {}), lambda: True.real.imag.x]:
    try:
        print(repr(action()))
    except Exception as error:
        print(type(error).__name__ + ":", error)
print(bool(NotImplemented) if False else "skip", None.__eq__(None), None.__eq__(1), None.__ne__(1), None.__hash__() == hash(None))
print(True.__and__(1), True.__and__(True), True.__or__(2), (True).__xor__(1), True.conjugate(), True.bit_length(), True.numerator, True.denominator)
