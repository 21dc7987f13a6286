"""Guest ints: arbitrary precision, with CPython's small-int cache.

Counterpart: Objects/longobject.c (PyLongObject).

A W_Int holds a host int.  The ints -5..256 are preallocated and shared, as
CPython's small ints are, so `is` and sys.getrefcount behave alike.
"""
from __future__ import annotations

from glass.objects.object import W_Object
from glass.objects.type import (BASETYPE, LONG_SUBCLASS, MATCH_SELF, EQ, GE, GT,
                                LE, LT, NE, builtin_type, getter, method, slot)

SMALL_MIN, SMALL_MAX = -5, 256
# sys.hash_info.modulus: the hash of an int is its value modulo this prime.
HASH_MODULUS = (1 << 61) - 1


@builtin_type("int", flags=BASETYPE | LONG_SUBCLASS | MATCH_SELF)
class W_Int(W_Object):
    """int([x]) -> integer
int(x, base=10) -> integer

Convert a number or string to an integer, or return 0 if no arguments
are given.  If x is a number, return x.__int__().  For floating point
numbers, this truncates towards zero.

If x is not a number or if base is given, then x must be a string,
bytes, or bytearray instance representing an integer literal in the
given base.  The literal can be preceded by '+' or '-' and be surrounded
by whitespace.  The base defaults to 10.  Valid bases are 0 and 2-36.
Base 0 means to interpret the base from the string as an integer literal.
>>> int('0b100', base=0)
4"""
    __slots__ = ("value",)

    def __init__(self, value, w_type=None):
        self.ob_refcnt = 1
        self.ob_type = w_type or W_Int.w_type
        self.value = value

    # --- number slots (long_as_number) -----------------------------------

    @slot("nb_add")
    def add(self, w_other):
        return _binary(self, w_other, _add)

    @slot("nb_subtract")
    def subtract(self, w_other):
        return _binary(self, w_other, _sub)

    @slot("nb_multiply")
    def multiply(self, w_other):
        return _binary(self, w_other, _mul)

    @slot("nb_floor_divide")
    def floor_divide(self, w_other):
        return _binary(self, w_other, _floordiv)

    @slot("nb_remainder")
    def remainder(self, w_other):
        return _binary(self, w_other, _mod)

    @slot("nb_and")
    def and_(self, w_other):
        return _binary(self, w_other, _and)

    @slot("nb_or")
    def or_(self, w_other):
        return _binary(self, w_other, _or)

    @slot("nb_xor")
    def xor(self, w_other):
        return _binary(self, w_other, _xor)

    @slot("nb_lshift")
    def lshift(self, w_other):
        return _binary(self, w_other, _lshift)

    @slot("nb_rshift")
    def rshift(self, w_other):
        return _binary(self, w_other, _rshift)

    @slot("nb_negative")
    def negative(self):
        return new_int(-self.value)

    @slot("nb_positive")
    def positive(self):
        return new_int(self.value)

    @slot("nb_invert")
    def invert(self):
        return new_int(~self.value)

    @slot("nb_absolute")
    def absolute(self):
        return new_int(abs(self.value))

    @slot("nb_bool")
    def bool(self):
        return self.value != 0

    @slot("nb_index")
    @slot("nb_int")
    def index(self):
        return new_int(self.value)

    # --- object slots ----------------------------------------------------

    @slot("tp_repr")
    def repr(self):
        from glass.objects.str import new_str
        return new_str(repr(self.value))

    @slot("tp_hash")
    def hash(self):
        return hash_int(self.value)

    @slot("tp_richcompare")
    def richcompare(self, w_other, op):
        if not isinstance(w_other, W_Int):
            from glass.objects.none import w_NotImplemented
            w_NotImplemented.ob_refcnt += 1
            return w_NotImplemented
        from glass.objects.bool import new_bool
        a, b = self.value, w_other.value
        if op == EQ:
            return new_bool(a == b)
        if op == NE:
            return new_bool(a != b)
        if op == LT:
            return new_bool(a < b)
        if op == LE:
            return new_bool(a <= b)
        if op == GT:
            return new_bool(a > b)
        return new_bool(a >= b)

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        from glass.objects import abstract
        if kwnames or len(args_w) > 1:
            raise _not_yet("int() with a base")
        value = abstract.int_value(args_w[0]) if args_w else 0
        if w_type is W_Int.w_type:
            return new_int(value)
        return w_type.host_class(value, w_type)

    @getter("real")
    def get_real(self):
        return new_int(self.value)

    @method("($self, /)")
    def bit_length(self):
        """Number of bits necessary to represent self in binary."""
        return new_int(self.value.bit_length())


def _not_yet(what):
    from glass.objects.exceptions import system_error
    return system_error("glass: %s is not implemented yet" % what)


def hash_int(value):
    """Counterpart: long_hash: the value modulo 2**61 - 1, with -1 made -2."""
    result = abs(value) % HASH_MODULUS
    if value < 0:
        result = -result
    return -2 if result == -1 else result


def _add(a, b):
    return a + b


def _sub(a, b):
    return a - b


def _mul(a, b):
    return a * b


def _floordiv(a, b):
    if b == 0:
        from glass.objects.exceptions import zero_division_error
        raise zero_division_error("integer division or modulo by zero")
    return a // b


def _mod(a, b):
    if b == 0:
        from glass.objects.exceptions import zero_division_error
        raise zero_division_error("integer division or modulo by zero")
    return a % b


def _and(a, b):
    return a & b


def _or(a, b):
    return a | b


def _xor(a, b):
    return a ^ b


def _lshift(a, b):
    if b < 0:
        from glass.objects.exceptions import value_error
        raise value_error("negative shift count")
    return a << b


def _rshift(a, b):
    if b < 0:
        from glass.objects.exceptions import value_error
        raise value_error("negative shift count")
    return a >> b


def _binary(w_a, w_b, op):
    """CHECK_BINOP: both operands must be ints, else NotImplemented."""
    if isinstance(w_a, W_Int) and isinstance(w_b, W_Int):
        return new_int(op(w_a.value, w_b.value))
    from glass.objects.none import w_NotImplemented
    w_NotImplemented.ob_refcnt += 1
    return w_NotImplemented


SMALL_INTS = [W_Int(value) for value in range(SMALL_MIN, SMALL_MAX + 1)]
for _w in SMALL_INTS:
    _w.ob_refcnt = 1 << 30       # shared and never freed, as in CPython


def new_int(value):
    """PyLong_FromLong: a new reference to an int (a cached one if small)."""
    if SMALL_MIN <= value <= SMALL_MAX:
        w_int = SMALL_INTS[value - SMALL_MIN]
        w_int.ob_refcnt += 1
        return w_int
    return W_Int(value)
