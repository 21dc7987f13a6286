"""The format mini-language against the host's format().

Counterpart: glass/objects/formatter.py (Python/formatter_unicode.c).

Interpreter-level tests call the formatter's entry points with host values
and compare with the host's own format() (a CPython 3.11 host: 'z' and the
3.11 error messages); snippet tests run format() through the guest.
"""
from __future__ import annotations

import random

import pytest
from oracle import needs_cpython311_host, same_as_host

from glass.objects import formatter
from glass.objects.exceptions import OperationError


@pytest.fixture(scope="module", autouse=True)
def object_space():
    """Ready the builtin types (their inherited slots, tp_dealloc among them)."""
    from glass.vm import pylifecycle
    pylifecycle.initialize()


def glass_format(func, value, spec):
    """The formatter's answer, or 'ErrorName: message' as the host's is written."""
    try:
        return func(value, spec)
    except OperationError as error:
        w_exc = error.w_value
        args = [getattr(w, "value", w) for w in w_exc.w_args.items]
        return "%s: %s" % (w_exc.ob_type.name, ", ".join(str(a) for a in args))


def host_format(value, spec):
    try:
        return format(value, spec)
    except Exception as error:  # noqa: BLE001 - the host is the oracle
        return "%s: %s" % (type(error).__name__, error)


ENTRY = {int: formatter.format_int, float: formatter.format_float,
         complex: formatter.format_complex, str: formatter.format_str}


def _random_spec(rng, types):
    spec = ""
    align = rng.choice(["", "", "<", ">", "=", "^"])
    if align:
        spec += rng.choice(["", "", "*", "0", " ", "x", "<", "\u00e9"]) + align
    spec += rng.choice(["", "", "+", "-", " "])
    if rng.random() < 0.15:
        spec += "z"
    if rng.random() < 0.2:
        spec += "#"
    if rng.random() < 0.2:
        spec += "0"
    if rng.random() < 0.5:
        spec += str(rng.randint(0, 25))
    if rng.random() < 0.2:
        spec += rng.choice([",", "_"])
    if rng.random() < 0.4:
        spec += "." + str(rng.randint(0, 20))
    return spec + rng.choice(types)


def _random_int(rng):
    kind = rng.randint(0, 3)
    if kind == 0:
        return rng.randint(-300, 300)
    if kind == 1:
        return rng.randint(-10 ** 12, 10 ** 12)
    if kind == 2:
        return rng.choice([0, -1, 2 ** 64, -2 ** 100, 65, 0x10FFFF, 0x110000])
    return rng.randint(-10 ** 40, 10 ** 40)


def _random_float(rng):
    kind = rng.randint(0, 5)
    if kind == 0:
        return rng.uniform(-1000, 1000)
    if kind == 1:
        return rng.choice([0.0, -0.0, float("inf"), float("-inf"), float("nan"), 1e16,
                           1e-5, 0.5, 2.5, -0.0001, 1e300, 5e-324, 123456789.0])
    if kind == 2:
        return rng.uniform(-1, 1) * 10.0 ** rng.randint(-30, 30)
    if kind == 3:
        return float(rng.randint(-10 ** 6, 10 ** 6))
    if kind == 4:
        return round(rng.uniform(-100, 100), rng.randint(0, 4))
    return rng.uniform(-1e20, 1e20)


@needs_cpython311_host
def test_random_specs_match_host():
    rng = random.Random(20240611)
    failures = []
    for _ in range(8000):
        kind = rng.randint(0, 3)
        if kind == 0:
            value = _random_int(rng)
            spec = _random_spec(rng, ["", "d", "x", "X", "o", "b", "c", "n", "e", "f",
                                      "g", "%", "G", "F", "E", "s", "q"])
        elif kind == 1:
            value = _random_float(rng)
            spec = _random_spec(rng, ["", "", "e", "f", "g", "%", "G", "F", "E", "n",
                                      "d", "r"])
        elif kind == 2:
            value = complex(_random_float(rng), _random_float(rng))
            spec = _random_spec(rng, ["", "", "e", "f", "g", "G", "F", "E", "n", "%"])
        else:
            value = rng.choice(["", "abc", "hello world", "\u00e9t\u00e9"])
            spec = _random_spec(rng, ["", "s", "d"])
        got = glass_format(ENTRY[type(value)], value, spec)
        expected = host_format(value, spec)
        if got != expected:
            failures.append((value, spec, expected, got))
    assert not failures[:10]


SPECS = ["abc", "q", "+", "#", "=", ",", ",_", "_,", ".2", "+c", "#c", ",c", "_c", "z",
         ".", "9" * 30, "zd", " ", "0", "c", "%", "\u00e9", ",\u00e9", "x<10", "\u0663",
         ".\u0663f", "0=10,", "010_x", "#015_b", "^#12o", "=+8", "z.1f", "#.0e", "#g",
         "#.3g", ".0%", "n", ",.2%", "_n", "09", "<09", ".1000000000000000000000f"]


@needs_cpython311_host
def test_every_listed_spec_matches_host():
    values = [1, -42, 1234567, 2 ** 40, 2 ** 70, 0, 1.0, -0.0, 1e16, 0.000123, -1.5e300,
              float("nan"), float("-inf"), 1j, -0.0 + 2.5j, 1e20 - 3j, "a", "hello"]
    failures = []
    for value in values:
        for spec in SPECS:
            got = glass_format(ENTRY[type(value)], value, spec)
            expected = host_format(value, spec)
            if got != expected:
                failures.append((value, spec, expected, got))
    assert not failures


@needs_cpython311_host
def test_double_to_string_repr_mode():
    rng = random.Random(7)
    for _ in range(2000):
        x = rng.uniform(-1, 1) * 10.0 ** rng.randint(-320, 308)
        assert formatter.double_to_string(x, "r", 0, add_dot_0=True) == repr(x)
    assert formatter.double_to_string(100.0, "r", 0) == "100"
    assert formatter.double_to_string(-float("nan"), "r", 0, always_add_sign=True) == "+nan"


def test_grouping_pads_with_grouped_zeros():
    assert formatter.insert_thousands_grouping("1234", 9, [3], ",") == "0,001,234"
    assert formatter.insert_thousands_grouping("1234567", 0, [3], ",") == "1,234,567"
    assert formatter.insert_thousands_grouping("12", 5, [], "") == "00012"
    assert formatter.insert_thousands_grouping("123456", 0, [3, 2, 0], ".") == "1.23.456"


def test_format_through_the_guest():
    same_as_host("""
        class I(int):
            pass
        class F(float):
            def __str__(self):
                return "F!"
        values = [0, 7, -1234567, 2 ** 70, 3.25, -0.0, 1e22, 1.5e-7, float("inf"),
                  2 - 3j, -0.0 + 1j, True, I(42), F(2.5), "text"]
        for value in values:
            for spec in ["", ">12", "<+10", "^12", "*^15", "010", ",", "_", ".3",
                         "e", "g", "%", "x", "#b", "c", "s", "n", "z.2f"]:
                try:
                    print(repr(value), repr(spec), repr(f"{value:{spec}}"))
                except (ValueError, TypeError, OverflowError) as error:
                    print(repr(value), repr(spec), type(error).__name__, error)
        for value in [1, 1.5, 1j]:
            try:
                value.__format__(3)
            except TypeError as error:
                print(error)
        print(f"{I(5)!r:>6}|{F(1.0)}|{F(1.0):}|{F(1.0):.2f}|{True:}|{False:d}")
        try:
            f"{10 ** 5000:d}"
        except ValueError as error:
            print(error)
        print(len(f"{10 ** 5000:x}"))
    """)
