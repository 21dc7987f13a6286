"""Guest complex numbers against the host.

Counterpart: glass/objects/complex.py (Objects/complexobject.c).
"""
from __future__ import annotations

import math
import random

import pytest
from oracle import needs_cpython311_host, same_as_host

from glass.objects import complex as complex_module
from glass.objects.exceptions import OperationError


@pytest.fixture(scope="module", autouse=True)
def object_space():
    from glass.vm import pylifecycle
    pylifecycle.initialize()


def _outcome(func, *args):
    try:
        result = func(*args)
    except OperationError as error:
        w_exc = error.w_value
        return "%s: %s" % (w_exc.ob_type.name, w_exc.w_args.items[0].value)
    except Exception as error:  # noqa: BLE001 - the host's answer
        return "%s: %s" % (type(error).__name__, error)
    return repr(result)


def _random_parts(rng):
    specials = [0.0, -0.0, 1.0, -1.0, 0.5, math.inf, -math.inf, math.nan, 1e308, 1e-308,
                5e-324, 2.0, 3.0]
    if rng.random() < 0.3:
        return rng.choice(specials)
    return rng.uniform(-1, 1) * 10.0 ** rng.randint(-200, 200)


@needs_cpython311_host
def test_division_and_power_match_host():
    """CPython's complex arithmetic (Smith's division, c_powi, c_pow) to the bit."""
    rng = random.Random(21)
    for _ in range(4000):
        a = complex(_random_parts(rng), _random_parts(rng))
        b = complex(_random_parts(rng), _random_parts(rng))
        quotient = complex_module.c_quot((a.real, a.imag), (b.real, b.imag))
        expected = _outcome(lambda: a / b)
        got = "ZeroDivisionError: complex division by zero" if quotient is None \
            else repr(complex(*quotient))
        assert got == expected, (a, b)
        assert _outcome(complex_module.complex_pow, a, b) == _outcome(lambda: a ** b), (a, b)
        n = complex(rng.randint(-12, 12), 0)
        assert _outcome(complex_module.complex_pow, a, n) == _outcome(lambda: a ** n), (a, n)
        assert complex_module.complex_repr(a.real, a.imag) == repr(a)


@needs_cpython311_host
def test_parse_complex_matches_host():
    rng = random.Random(22)
    pieces = ["1", "2.5", "j", "J", "+", "-", "e5", "e", "inf", "nan", " ", "(", ")", ".",
              "1e-3", "infinity", "x", "\t"]
    for _ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
        parts = complex_module.parse_complex(text)
        try:
            expected = complex(text)
        except ValueError:
            expected = None
        got = None if parts is None else complex(*parts)
        assert repr(got) == repr(expected), text


def test_arithmetic_and_errors():
    same_as_host("""
        def show(f):
            try:
                print(repr(f()))
            except Exception as e:
                print(type(e).__name__, e)
        inf, nan = float("inf"), float("nan")
        values = [0j, 1 + 2j, -3.5j, complex(-0.0, -0.0), complex(inf, 1), complex(1, nan),
                  1e300 + 1e300j, 2, 0, -1.5, 10 ** 20]
        for a in values:
            for b in values:
                if type(a) is int and type(b) is int:
                    continue
                show(lambda: (a + b, a - b, a * b))
                show(lambda: a / b)
                show(lambda: a ** b)
                show(lambda: (a == b, a != b))
        for n in range(-5, 6):
            show(lambda: (1 + 1j) ** n)
        show(lambda: (1 + 1j) ** 101)
        show(lambda: (1e-200 + 0j) ** -2)
        show(lambda: complex(inf) ** 2)
        show(lambda: (1 + 1j) ** inf)
        show(lambda: (1e300 + 1e300j) ** 5)
        show(lambda: (10 + 10j) ** 400.5)
        show(lambda: 0j ** -1)
        show(lambda: 0j ** 1j)
        show(lambda: 0j ** 0)
        show(lambda: (1j).__pow__(2, 3))
        show(lambda: 1j % 2)
        show(lambda: 1j // 2)
        show(lambda: 1j < 1j)
        show(lambda: 1j > 1)
        show(lambda: 1j + "x")
        show(lambda: (abs(3 + 4j), abs(complex(inf, nan)), abs(complex(nan, 1))))
        show(lambda: abs(complex(1.7e308, 1.7e308)))
        show(lambda: (-(1 + 2j), +(1 + 2j), (1 + 2j).conjugate(), bool(0j), bool(-0.0j)))
        show(lambda: [hash(c) for c in (1 + 2j, 1j, -1j, complex(inf, -inf), 2 + 0j)])
        show(lambda: (hash(2 + 0j) == hash(2), (1 + 0j) == 1, 1j == 1, 0j == 0.0))
        show(lambda: (2 ** 53 + 1 + 0j) == 2 ** 53 + 1)
        show(lambda: [repr(c) for c in (complex(0.0, -0.0), complex(-0.0, 0.0), 1e16 + 2j,
                                        complex(nan, inf), 100.0 - 1e-5j, complex(-nan, -nan),
                                        1e-7j, 1.5 + 0j)])
    """)


def test_constructor():
    same_as_host("""
        def show(f):
            try:
                print(repr(f()))
            except Exception as e:
                print(type(e).__name__, e)
        class F:
            def __float__(self):
                return 2.5
        class I:
            def __index__(self):
                return 7
        class C:
            def __complex__(self):
                return 1 + 1j
        class BadC:
            def __complex__(self):
                return 1
        for args in [(), (1,), (1, 2), (1.5, -2.5), (1j,), (1j, 1j), (1 + 2j, 3 + 4j), (True,),
                     (F(),), (I(),), (C(),), (F(), I()), (BadC(),), ([],), (1, []), ("1", 2),
                     (1, "2"), (b"1",), (None,), (10 ** 400,), (1, 10 ** 400)]:
            show(lambda: complex(*args))
        for text in ["j", "-j", "+j", "1j", "1+j", "1-j", "infj", "-nanj", "1e5j", "1ej",
                     "1 + 2j", "(1+2j", "", "()", "1_0+2_0j", "1__0j", "\\u0661+\\u0662j",
                     "1+2J", "nan+nanj", "1.+.5j", ".j", " ( -1.5e3-infj ) ", "1+2j\\x00"]:
            show(lambda: complex(text))
        show(lambda: complex(real=1, imag=2))
        show(lambda: complex(imag=2))
        show(lambda: complex(1, 2, 3))
        show(lambda: complex(foo=1))
        show(lambda: complex(1, real=2))
        c = 1 + 2j
        show(lambda: (complex(c) is c, c.real, c.imag, c.__getnewargs__(), c.__complex__()))
    """)


def test_subclasses():
    same_as_host("""
        class MyComplex(complex):
            pass
        class Named(complex):
            def __repr__(self):
                return "Named!"
        c = MyComplex(1, 2)
        c.note = "n"
        print(c, type(c).__name__, c + 1, type(c + 1).__name__, c.note, -c, type(-c).__name__)
        print(complex(c), type(complex(c)).__name__, c.real, c.imag, c.conjugate())
        print(MyComplex("1+2j"), MyComplex(), type(MyComplex(1j)).__name__, c.__getnewargs__())
        print(type(c.__complex__()).__name__, type(+c).__name__, c == 1 + 2j, hash(c) == hash(1 + 2j))
        n = Named(3)
        print(n, str(n), f"{n}", f"{n:}", f"{n:.1f}", f"{n:>10}")
    """)
