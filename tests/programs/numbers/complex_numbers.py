# complex arithmetic, repr, formatting, and errors.
values = [0j, 1j, -1j, 1 + 2j, -1.5 - 0.5j, complex(0, -0.0), complex(-0.0, 0), complex(1e300, 1e-300), complex(float("inf"), 1), complex(float("nan"), float("nan")), 3 + 0j, complex(2 ** 0.5, -1 / 3)]
for z in values:
    print(repr(z), str(z), z.real, z.imag, z.conjugate(), abs(z) if z == z else "nan", format(z, ""), format(z, ".2f"), format(z, "^20.3g"), format(z, "+e"))
a, b = 3 + 4j, 1 - 2j
print(a + b, a - b, a * b, a / b, a ** 2, a ** 0.5, a ** b, -a, +a, a == 3 + 4j, a != b, abs(a), a * 2, 2 / a, 1j ** 1j, (1 + 1j) ** 10)
print(complex(1, 2) + 1, 1.5 * 1j, True + 1j, pow(1j, 3), 0j ** 0, 0j ** 0j, 1j * 1j == -1, (2j).imag, complex("1e3-2.5j"), complex("-inf+nanj"))
for action in [lambda: 1j < 2j, lambda: 1j // 2, lambda: 1j % 2, lambda: divmod(1j, 2), lambda: 1 / 0j, lambda: 0j ** -1, lambda: 0j ** 1j, lambda: int(1j), lambda: float(1j),
               lambda: round(1j), lambda: format(1j, "d"), lambda: format(1j, "=10"), lambda: format(1j, "010"), lambda: complex("1+2"), lambda: complex("1 + 2j"),
               lambda: complex("(1+2j"), lambda: complex("1", "2"), lambda: complex(None), lambda: (1e300 + 1e300j) * (1e300 + 1e300j), lambda: 10 ** 400 * 1j, lambda: complex(10 ** 400)]:
    try:
        print(repr(action()))
    except (TypeError, ValueError, ZeroDivisionError, OverflowError) as error:
        print(type(error).__name__, error)


class ComplexLike:
    def __complex__(self):
        return 2 + 3j


class FloatLike:
    def __float__(self):
        return 0.25


class IndexLike:
    def __index__(self):
        return 4


print(complex(ComplexLike()), complex(FloatLike()), complex(IndexLike()), complex(FloatLike(), IndexLike()), complex(1j, FloatLike()))


class BadComplex:
    def __complex__(self):
        return 5


try:
    complex(BadComplex())
except TypeError as error:
    print("TypeError", error)
print(hash(1 + 0j) == hash(1), hash(2j), {1: "int", 1 + 0j: "complex"}, sorted([3 + 0j, 1 + 0j], key=abs), sum([1j, 2j, 3]), [z.imag for z in (1j, 2, 3.5)])
print(complex.__new__(complex, 1, 1), type(complex(1)).__name__, isinstance(1j, complex), 1j.__class__.__name__, (5j).__reduce__()[0].__name__ if hasattr(5j, "__reduce__") else "")
