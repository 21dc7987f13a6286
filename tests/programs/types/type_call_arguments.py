"""type(...) and type.__new__(...) with the wrong number or kinds of arguments:
CPython's messages (only type itself has the one-argument form)."""
class M(type): pass
for f in (lambda: M('a'), lambda: type('a', ()), lambda: type.__new__(type), lambda: type.__new__(M, 'a'), lambda: type('a', (), {}, x=1), lambda: type.__new__(type, 'a', (), {}, 5), lambda: type(1, 2, 3), lambda: type('a', 2, 3), lambda: M(), lambda: type()):
    try: print(f())
    except TypeError as e: print(e)
