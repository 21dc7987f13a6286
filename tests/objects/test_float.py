"""Guest floats against the host.

Counterpart: glass/objects/float.py (Objects/floatobject.c).
"""
from __future__ import annotations

import math
import random

import pytest
from oracle import needs_cpython311_host, same_as_host

from glass.objects import float as float_module
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
        args = tuple(w.value for w in w_exc.w_args.items)
        return "%s: %s" % (w_exc.ob_type.name, args[0] if len(args) == 1 else args)
    except Exception as error:  # noqa: BLE001 - the host's answer
        return "%s: %s" % (type(error).__name__, error)
    return repr(result)


def _random_doubles(rng, count):
    specials = [0.0, -0.0, math.inf, -math.inf, math.nan, 5e-324, -5e-324,
                2.2250738585072014e-308, 1.7976931348623157e308, 0.5, 1.5, 2.5, -2.5,
                1e16, 1e22, 0.1, 1.0, -1.0, 3.0, 123456.789]
    for _ in range(count):
        kind = rng.randint(0, 3)
        if kind == 0:
            yield rng.choice(specials)
        elif kind == 1:
            yield rng.uniform(-1, 1) * 10.0 ** rng.randint(-320, 308)
        elif kind == 2:
            yield float(rng.randint(-2 ** 60, 2 ** 60))
        else:
            yield rng.randint(-2000, 2000) / rng.choice((2, 4, 8, 10, 3, 1000))


@needs_cpython311_host
def test_arithmetic_helpers_match_host():
    rng = random.Random(11)
    xs = list(_random_doubles(rng, 2500))
    ys = list(_random_doubles(rng, 2500))
    for x, y in zip(xs, ys):
        if y != 0.0:
            assert _outcome(float_module.float_mod, x, y) == _outcome(lambda: x % y)
            assert _outcome(float_module.float_divmod, x, y) == \
                _outcome(lambda: divmod(x, y))
        assert _outcome(float_module.float_pow, x, y) == _outcome(lambda: x ** y), (x, y)
        assert float_module.hash_double(x, None) == hash(x) or x != x
        assert float_module.float_hex(x) == x.hex()
        if math.isfinite(x):
            assert float_module.float_fromhex(x.hex()) == x
            assert float_module.round_half_even(x) == float(round(x))
            for ndigits in (-310, -20, -3, -1, 0, 1, 2, 5, 17, 300, 330):
                assert _outcome(float_module.double_round, x, ndigits) == \
                    _outcome(round, x, ndigits), (x, ndigits)


@needs_cpython311_host
def test_fromhex_matches_host():
    rng = random.Random(12)
    pieces = ["0x", "1", "f", ".", "8", "p", "-", "+", "10", "p-1074", "p1023", "p-1080",
              " ", "inf", "nan", "0", "1.fffffffffffff8", "x", "P+3", "00000"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 5)))
        assert _outcome(float_module.float_fromhex, text) == \
            _outcome(float.fromhex, text), text


@needs_cpython311_host
def test_parse_float_matches_host():
    rng = random.Random(13)
    pieces = ["1", "0", "9", ".", "e", "E", "-", "+", "_", " ", "inf", "nan", "infinity",
              "x", "\t", "5e-324", "1e400", "00", "__"]
    for _ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
        got = float_module.parse_float(text)
        try:
            expected = float(text)
        except ValueError:
            expected = None
        assert repr(got) == repr(expected), text


def test_arithmetic_and_errors():
    same_as_host("""
        def show(f):
            try:
                print(repr(f()))
            except Exception as e:
                print(type(e).__name__, e)
        inf, nan = float("inf"), float("nan")
        values = [0.0, -0.0, 1.0, -2.5, 0.1, 1e308, 5e-324, inf, -inf, nan, 7, -3, 10 ** 20]
        for a in values:
            for b in values:
                if type(a) is int and type(b) is int:
                    continue
                show(lambda: (a + b, a - b, a * b))
                show(lambda: a / b)
                show(lambda: a // b)
                show(lambda: a % b)
                show(lambda: a.__divmod__(b) if type(a) is float else b.__rdivmod__(a))
                show(lambda: a ** b)
                show(lambda: (a < b, a <= b, a == b, a != b, a > b, a >= b))
        show(lambda: 10.0 ** 400)
        show(lambda: (-8.0) ** (1 / 3))
        show(lambda: (-2.0) ** 0.5)
        show(lambda: 0.0 ** -1.5)
        show(lambda: (-0.0) ** -3)
        show(lambda: 10 ** 400 + 1.0)
        show(lambda: 1.0 < 10 ** 400)
        show(lambda: 2 ** 53 + 1 == float(2 ** 53 + 1))
        show(lambda: 2 ** 53 + 1 > float(2 ** 53))
        show(lambda: float(2 ** 60) == 2 ** 60 + 1)
        show(lambda: 0.5 < 2 ** 70 + 1 and -0.5 > -(2 ** 70))
        show(lambda: (2.0).__pow__(3, 5))
        show(lambda: 1.5 + "x")
        show(lambda: 1.5 < "x")
        show(lambda: 1.5 @ 2.0)
        show(lambda: (-1.5, +1.5, abs(-1.5), bool(0.0), bool(-0.0), bool(nan), int(-2.9)))
        show(lambda: [hash(x) for x in (1.5, -1.5, 1e300, 0.1, -1.0, 2.0, inf, -inf, -0.0)])
        show(lambda: (hash(nan) == hash(nan), hash(1.0) == hash(1), hash(0.5) == hash(1 / 2)))
        y = 2.5
        y += 1; y -= 0.5; y *= 4; y /= 3; y //= 0.5; y %= 3; y **= 2
        print(y)
        print(0.1 + 0.2, 1e16, 1e-5, 1e-4, 123456789012345678.0, 1 / 3, 2 / 3, -1e-310)
    """)


def test_constructor_and_parsing():
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
        class BadF:
            def __float__(self):
                return 1
        class S(str):
            pass
        for arg in ["1", " 1.5 ", "-1.5e-3", "1_000.5", "1__0", "1_.5", "1._5", ".5", "5.",
                    ".", "e5", "1e", "1e+5", "inf", "-Infinity", "nAn", "+nan", "infinit",
                    "0x10", "1e1_0", "\\u0661.\\u0665", "\\u20031.5\\u2003", "1.5\\x00", "",
                    "1e400", "-1e-400", b"2.5", b"x", S("3.5"), S("x"), 7, True, 10 ** 400,
                    F(), I(), BadF(), None, [], 1j, "x" * 100]:
            show(lambda: float(arg))
        show(lambda: float())
        show(lambda: float(x=1))
        show(lambda: float(1, 2))
        show(lambda: (float("-nan"), float("-0"), float("+0.0")))
    """)


def test_methods():
    same_as_host("""
        def show(f):
            try:
                print(repr(f()))
            except Exception as e:
                print(type(e).__name__, e)
        inf, nan = float("inf"), float("nan")
        for x in [0.0, -0.0, 0.5, 1.5, 2.5, -2.5, 0.125, 2.675, 1e16, 1e300, -1e-300,
                  5e-324, 123.456, 1.7976931348623157e308, inf, -inf, nan]:
            show(lambda: (x.hex(), x.is_integer(), x.conjugate(), x.real, x.imag))
            show(lambda: x.as_integer_ratio())
            show(lambda: (x.__round__(), x.__trunc__()))
            show(lambda: (x.__floor__(), x.__ceil__()))
            show(lambda: [x.__round__(n) for n in (-400, -308, -5, -1, 0, 1, 2, 3, 10, 400)])
            show(lambda: float.fromhex(x.hex()))
            show(lambda: (x.__getnewargs__(), int(x)))
        show(lambda: (1.7976931348623157e308).__round__(-308))
        show(lambda: (2.5).__round__(None))
        show(lambda: (2.5).__round__(1.5))
        show(lambda: (2.5).__round__(10 ** 30))
        for text in ["0x1.8p1", " -0x1p-1074 ", "0x1.fffffffffffff8p1023", "0x1p-1075",
                     "0x1.1p-1075", "0x.8p-1073", "inf", "-nan", "1", "0x", "x1", "1p",
                     "0x1.0p+99999", "0x1p-99999", "0X1P4", "1.", ".1"]:
            show(lambda: float.fromhex(text))
        show(lambda: float.fromhex(5))
        show(lambda: (float.__getformat__("double"), float.__getformat__("float")))
        show(lambda: float.__getformat__("long"))
        show(lambda: ((1.0).__sizeof__(), float.hex.__doc__.splitlines()[0]))
    """)


def test_subclasses():
    same_as_host("""
        class MyFloat(float):
            pass
        class Half(float):
            def __repr__(self):
                return "Half"
        f = MyFloat("2.5")
        f.tag = 1
        print(f, type(f).__name__, f + 1, type(f + 1).__name__, f.real, type(f.real).__name__)
        print(repr(f), MyFloat(), MyFloat(3), f.tag, f.__dict__, -f, type(-f).__name__)
        print(MyFloat.fromhex("0x1p1"), type(MyFloat.fromhex("0x1p1")).__name__)
        print(f.__getnewargs__(), f.__round__(), type(f.__round__()).__name__, f"{f}", f"{f:.3f}")
        h = Half(0.5)
        print(h, str(h), f"{h}", f"{h:}", f"{h:.1f}", float(h), type(float(h)).__name__, h * 2)
        print(float.__new__(MyFloat, "1e3"), type(float.__new__(MyFloat, 1)).__name__)
    """)
