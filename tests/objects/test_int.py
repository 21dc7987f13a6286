"""Guest ints against the host.

Counterpart: glass/objects/int.py (Objects/longobject.c).
"""
from __future__ import annotations

import random

import pytest
from oracle import needs_cpython311_host, same_as_host

from glass.objects import int as int_module
from glass.objects.exceptions import OperationError


@pytest.fixture(scope="module", autouse=True)
def object_space():
    from glass.vm import pylifecycle
    pylifecycle.initialize()


def _outcome(func, *args):
    try:
        return func(*args)
    except OperationError as error:
        w_exc = error.w_value
        args = tuple(w.value for w in w_exc.w_args.items)
        return "%s: %s" % (w_exc.ob_type.name, args[0] if len(args) == 1 else args)
    except Exception as error:  # noqa: BLE001 - the host's answer
        return "%s: %s" % (type(error).__name__, error)


def _random_ints(rng, count):
    for _ in range(count):
        kind = rng.randint(0, 3)
        if kind == 0:
            yield rng.randint(-2 ** 60, 2 ** 60)
        elif kind == 1:
            yield rng.getrandbits(rng.randint(1, 3000)) * rng.choice((1, -1))
        elif kind == 2:
            yield rng.choice((1, -1)) * (rng.getrandbits(53) << rng.randint(0, 1100))
        else:
            yield rng.randint(-10, 10)


@needs_cpython311_host
def test_true_divide_is_correctly_rounded():
    rng = random.Random(5)
    numbers = list(_random_ints(rng, 3000))
    for a, b in zip(numbers, reversed(numbers)):
        assert _outcome(int_module.true_divide, a, b) == _outcome(lambda: a / b), (a, b)
    # Subnormal results and the overflow boundary.
    for a, b in [(1, 2 ** 1074), (3, 2 ** 1075), (1, 2 ** 1076), (2 ** 1024 - 2 ** 970, 1),
                 (2 ** 1024 - 2 ** 971, 1), (10 ** 400, 10 ** 92), (-7, 10 ** 330)]:
        assert _outcome(int_module.true_divide, a, b) == _outcome(lambda: a / b), (a, b)


@needs_cpython311_host
def test_int_as_double_and_hash():
    rng = random.Random(6)
    for value in _random_ints(rng, 3000):
        assert _outcome(int_module.int_as_double, value) == _outcome(float, value)
        assert int_module.hash_int(value) == hash(value)


@needs_cpython311_host
def test_parse_int_matches_host():
    rng = random.Random(8)
    pieces = ["0", "1", "7", "9", "a", "f", "z", "_", "__", " ", "+", "-", "0x", "0o",
              "0b", "x", ".", "\t", "\u0663", "\u2003", "Z", "00"]
    for _ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
        base = rng.choice((0, 2, 8, 10, 16, 36))
        assert _outcome(int_module.long_from_unicode, text, base) == \
            _outcome(int, text, base), (text, base)


def test_arithmetic_and_errors():
    same_as_host("""
        def show(f):
            try:
                print(repr(f()))
            except Exception as e:
                print(type(e).__name__, e)
        values = [0, 1, -1, 7, -7, 255, 2 ** 62, -(2 ** 64) + 3, 10 ** 30, -(10 ** 25) + 1]
        for a in values:
            for b in values:
                show(lambda: (a + b, a - b, a * b, a & b, a | b, a ^ b))
                show(lambda: (a // b, a % b))
                show(lambda: a.__divmod__(b))
                show(lambda: a / b)
                show(lambda: (a < b, a <= b, a == b, a != b, a > b, a >= b))
                show(lambda: (a >> (b % 70), (a % 1000) << (b % 70)))
                show(lambda: a ** (b % 9 - 4))
                show(lambda: a.__pow__(b % 40, b or 13))
                show(lambda: a.__pow__(-3, b or 13))
        show(lambda: 1 << -1)
        show(lambda: 1 >> -1)
        show(lambda: 1 << 2 ** 64)
        show(lambda: (-1) >> 2 ** 100)
        show(lambda: 0 ** -1)
        show(lambda: 2 ** -1074)
        show(lambda: 2 ** -1080)
        show(lambda: 10 ** 400 / 3)
        show(lambda: 3 / 10 ** 400)
        show(lambda: 10 ** 400 * 1.0)
        show(lambda: (2).__pow__(3, 0))
        show(lambda: (2).__pow__(-1, 4))
        show(lambda: (2).__pow__(3, 5.0))
        show(lambda: (2).__pow__(3.0))
        show(lambda: 5 + "x")
        show(lambda: 5 < "x")
        show(lambda: -5 % 0)
        show(lambda: (~5, -(-5), +5, abs(-5), hash(-1), hash(2 ** 61 - 1), hash(-(2 ** 70))))
        x = 10
        x += 5; x -= 1; x *= 3; x //= 4; x **= 2; x %= 7; x <<= 3; x >>= 1; x &= 12; x |= 3; x ^= 5
        print(x)
    """)


def test_constructor():
    same_as_host("""
        def show(f):
            try:
                print(repr(f()))
            except Exception as e:
                print(type(e).__name__, e)
        class Index:
            def __index__(self):
                return 7
        class Int:
            def __int__(self):
                return 8
        class BadInt:
            def __int__(self):
                return "x"
        for args in [(), (0,), (-3.99,), (2.5e20,), (True,), ("  42  ",), (" -1_000 ",),
                     ("0x1f", 16), ("0x1f", 0), ("1f", 16), ("z", 36), ("0b_101", 0),
                     ("0_0", 0), ("010", 0), ("12a", 0), ("1__0",), ("_1",), ("1_",),
                     ("",), ("+",), ("\\u0663\\u0664",), (" \\u2003 7 \\u2003",), ("12\\x00",),
                     (b"12",), (b" -0o17 ", 0), (b"x",), ("x" * 300,), ("5", 1), ("5", 37),
                     ("5", 2.0), (5, 10), (None,), ([],), (Index(),), (Int(),), (BadInt(),),
                     (float("inf"),), (float("nan"),), (1j,)]:
            show(lambda: int(*args))
        show(lambda: int("10", base=2))
        show(lambda: int(x=5))
        show(lambda: int(base=10))
        show(lambda: int(1, 2, 3))
        show(lambda: int("1", 2, base=3))
        show(lambda: int("1", foo=3))
    """)


def test_methods():
    same_as_host("""
        def show(f):
            try:
                print(repr(f()))
            except Exception as e:
                print(type(e).__name__, e)
        for n in [0, 1, -1, 5, 255, -256, 2 ** 64, -(2 ** 100) - 17, 1234567]:
            show(lambda: (n.bit_length(), n.bit_count(), n.as_integer_ratio(), n.conjugate()))
            show(lambda: (n.real, n.imag, n.numerator, n.denominator, n.__index__()))
            show(lambda: (n.__trunc__(), n.__floor__(), n.__ceil__(), n.__round__(),
                          n.__round__(2), n.__round__(-1), n.__round__(-3), n.__round__(-30)))
            show(lambda: (n.__getnewargs__(), n.__sizeof__(), float(n), n.__float__()))
            show(lambda: n.to_bytes(16, "big", signed=True))
            show(lambda: n.to_bytes(2, "little"))
            show(lambda: n.to_bytes(length=4, byteorder="little", signed=True))
        show(lambda: (15).__round__(-1) + (25).__round__(-1) + (35).__round__(-1))
        show(lambda: (5).__round__(None))
        show(lambda: (5).__round__(1.5))
        show(lambda: (1024).to_bytes())
        show(lambda: (5).to_bytes(-1, "big"))
        show(lambda: (5).to_bytes(2, "middle"))
        show(lambda: (5).to_bytes(2, 5))
        show(lambda: int.from_bytes(b"\\x01\\x00"))
        show(lambda: int.from_bytes(b"\\xff\\xfe", "little", signed=True))
        show(lambda: int.from_bytes([1, 2, 3], "big"))
        show(lambda: int.from_bytes((255,), byteorder="little", signed=True))
        show(lambda: int.from_bytes([1, 256]))
        show(lambda: int.from_bytes("ab"))
        show(lambda: int.from_bytes(5))
        show(lambda: int.from_bytes(b"", "big"))
        show(lambda: int.bit_length.__doc__.splitlines()[0])
        show(lambda: int.to_bytes.__text_signature__)
        show(lambda: (True.bit_length(), (7).__format__("08b")))
    """)


def test_digit_limit():
    same_as_host("""
        def show(f):
            try:
                r = f()
                print(repr(r)[:60], len(repr(r)))
            except Exception as e:
                print(type(e).__name__, e)
        show(lambda: str(10 ** 4299))
        show(lambda: str(10 ** 4300))
        show(lambda: str(-(10 ** 4299)))
        show(lambda: repr(2 ** 100000))
        show(lambda: int("9" * 4300))
        show(lambda: int("9" * 4301))
        show(lambda: int("-" + "1" * 5000))
        show(lambda: int("1" * 5000 + "x"))
        show(lambda: int("0x" + "f" * 5000, 16) > 0)
        show(lambda: int("1" * 5000, 2) > 0)
        show(lambda: f"{10 ** 5000:d}")
        show(lambda: f"{10 ** 5000:x}"[:5])
        show(lambda: (10 ** 5000).bit_length())
    """)


def test_digit_limit_from_the_environment():
    same_as_host("""
        for n in (4300, 5000, 5001):
            try:
                print(len(str(10 ** (n - 1))), len(str(int("7" * n))))
            except ValueError as e:
                print(e)
    """, env={"PYTHONINTMAXSTRDIGITS": "5000"})


def test_subclasses():
    same_as_host("""
        class MyInt(int):
            def __repr__(self):
                return "MyInt(" + str(int(self)) + ")"
        class Plain(int):
            pass
        class Adder(int):
            def __add__(self, other):
                return "added"
            def __radd__(self, other):
                return "radded"
        m = MyInt(5)
        print(m, repr(m), m + 1, type(m + 1), -m, type(-m), +m, type(+m), type(abs(m)))
        print(type(m.real), m.numerator, m.denominator, type(m.conjugate()), type(int(m)))
        print(f"{m}", f"{m:d}", f"{m:>6}", m == 5, hash(m) == hash(5), m.__format__(""))
        p = Plain("0x1f", 16)
        p.attr = "ok"
        print(p, p.attr, type(p).__name__, isinstance(p, int), p.__dict__, Plain(), Plain(3.9))
        print(int.__new__(Plain, 7), type(int.__new__(Plain, 7)).__name__)
        print(type(MyInt.from_bytes(b"\\x01")).__name__, MyInt.from_bytes(b"\\x00\\x10", "little"))
        a = Adder(3)
        print(a + 1, 1 + a, a - 1, 2.5 + a, a * 2.5, 1 - a)
        try:
            int.__new__(float, 1)
        except TypeError as e:
            print(e)
    """)
