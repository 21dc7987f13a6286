"""Guest bools against the host.

Counterpart: glass/objects/bool.py (Objects/boolobject.c).
"""
from __future__ import annotations

from oracle import same_as_host


def test_bool_is_an_int_with_its_own_repr_and_bit_operators():
    same_as_host("""
        def show(f):
            try:
                print(repr(f()))
            except Exception as e:
                print(type(e).__name__, e)
        for a in (True, False):
            for b in (True, False, 0, 1, 2, -1, 2.5, 1j):
                show(lambda: (a & b, a | b, a ^ b))
                show(lambda: (b & a, b | a, b ^ a))
                show(lambda: (type(a & b).__name__, type(b | a).__name__))
                show(lambda: (a + b, a - b, a * b, a == b, a < b, a / b if b else None))
        show(lambda: (~True, ~False, -True, +True, abs(False), True << 3, True >> 1))
        show(lambda: (repr(True), str(False), f"{True}", f"{True:d}", f"{True:>5}",
                      f"{False!r:^7}", True.__format__(""), f"{True:x}", f"{False:.2f}"))
        show(lambda: (int(True), float(False), complex(True), hash(True), hash(False)))
        show(lambda: (True.real, True.imag, True.numerator, True.denominator,
                      True.bit_length(), True.as_integer_ratio(), True.conjugate()))
        show(lambda: (type(True.real).__name__, type(+True).__name__, type(True.conjugate()).__name__))
        show(lambda: (bool(), bool(0), bool(0.0), bool(-0.0), bool(0j), bool(""), bool("x"),
                      bool([]), bool([0]), bool(None), bool(2 ** 100), bool(float("nan"))))
        show(lambda: bool(x=1))
        show(lambda: bool(1, 2))
        show(lambda: (True is bool(1), False is bool(0), bool(True) is True))
        show(lambda: (isinstance(True, int), issubclass(bool, int), bool.__mro__))
        show(lambda: (True.__sizeof__(), True.to_bytes(1, "big"), bool.from_bytes(b"\\x01")))
        show(lambda: (True // 1, True % 2, True ** 10, True / True, True.__divmod__(2)))
        show(lambda: {True: "a", 1: "b", 1.0: "c"})
        show(lambda: True + True + False + True)
        show(lambda: bool.__doc__.splitlines()[0])
        try:
            class B(bool):
                pass
        except TypeError as e:
            print("TypeError", e)
        class Truthy:
            def __bool__(self):
                return True
        class Sized:
            def __len__(self):
                return 0
        class BadBool:
            def __bool__(self):
                return 1
        show(lambda: (bool(Truthy()), bool(Sized()), not Truthy()))
        show(lambda: bool(BadBool()))
    """)
