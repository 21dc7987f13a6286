"""Guest ints: arbitrary precision, with CPython's small-int cache.

Counterpart: Objects/longobject.c (PyLongObject).

A W_Int holds a host int: the host's arbitrary precision plays the part of
CPython's array of 30-bit digits.  The ints -5..256 are preallocated and
shared, as CPython's small ints are, so `is` and sys.getrefcount behave alike.

The number slots follow longobject.c: each takes two operands, either of
which may be the int (binary_op1 calls the left operand's slot and the right
operand's), and answers NotImplemented unless both are ints (CHECK_BINOP).
Mixed int/float arithmetic is therefore the float slots' business.
"""
from __future__ import annotations

import math

from glass.objects.exceptions import (argument_type_name, operation_error, overflow_error,
                                      type_error, value_error, zero_division_error)
from glass.objects.none import w_NotImplemented
from glass.objects.object import W_Object, decref
from glass.objects.signature import no_text_signature
from glass.objects.type import (BASETYPE, EQ, GT, HEAPTYPE, LE, LONG_SUBCLASS, LT,
                                MATCH_SELF, NE, builtin_type, getter, method, slot)

SMALL_MIN, SMALL_MAX = -5, 256
# sys.hash_info.modulus: the hash of an int is its value modulo this prime.
HASH_MODULUS = (1 << 61) - 1
HASH_BITS = 61
# sizeof(PyLongObject) without digits, and CPython's digit size (PyLong_SHIFT).
LONG_HEADER_SIZE = 24
DIGIT_BITS = 30
SSIZE_MAX = (1 << 63) - 1
MAX_BITS = 1 << 40        # Divergence: Glass refuses ints over 128 GiB up front.

# The int <-> str digit limit (PEP 651's sibling, CVE-2020-10735):
# _PY_LONG_DEFAULT_MAX_STR_DIGITS and _PY_LONG_MAX_STR_DIGITS_THRESHOLD.
DEFAULT_MAX_STR_DIGITS = 4300
MAX_STR_DIGITS_THRESHOLD = 640
_TO_INT_LIMIT_ERROR = ("Exceeds the limit (%d digits) for integer string conversion: "
                       "value has %d digits; use sys.set_int_max_str_digits() "
                       "to increase the limit")
_TO_STR_LIMIT_ERROR = ("Exceeds the limit (%d digits) for integer string conversion; "
                       "use sys.set_int_max_str_digits() to increase the limit")
# Glass enforces the guest's limit itself (max_str_digits below).  The host
# has its own (3.11+, and patched 3.9/3.10 releases), which Glass must not
# trip over when the guest is allowed more: long conversions go through
# pieces of at most this many digits, each within any host's limit.
HOST_SAFE_DIGITS = 4000


def _not_implemented():
    w_NotImplemented.ob_refcnt += 1
    return w_NotImplemented


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

    # --- number slots (long_as_number) --------------------------------------
    # Binary slots are written (w_a, w_b): the int may be either operand.

    @slot("nb_add")
    def add(w_a, w_b):
        """long_add"""
        if isinstance(w_a, W_Int) and isinstance(w_b, W_Int):
            return new_int(w_a.value + w_b.value)
        return _not_implemented()

    @slot("nb_subtract")
    def subtract(w_a, w_b):
        """long_sub"""
        if isinstance(w_a, W_Int) and isinstance(w_b, W_Int):
            return new_int(w_a.value - w_b.value)
        return _not_implemented()

    @slot("nb_multiply")
    def multiply(w_a, w_b):
        """long_mul"""
        if isinstance(w_a, W_Int) and isinstance(w_b, W_Int):
            return new_int(w_a.value * w_b.value)
        return _not_implemented()

    @slot("nb_remainder")
    def remainder(w_a, w_b):
        """long_mod: the remainder has the sign of the divisor."""
        if isinstance(w_a, W_Int) and isinstance(w_b, W_Int):
            if w_b.value == 0:
                raise zero_division_error("integer modulo by zero")
            return new_int(w_a.value % w_b.value)
        return _not_implemented()

    @slot("nb_divmod")
    def divmod(w_a, w_b):
        """long_divmod"""
        if isinstance(w_a, W_Int) and isinstance(w_b, W_Int):
            if w_b.value == 0:
                raise zero_division_error("integer division or modulo by zero")
            quotient, rest = divmod(w_a.value, w_b.value)
            from glass.objects.tuple import new_tuple_owned
            return new_tuple_owned([new_int(quotient), new_int(rest)])
        return _not_implemented()

    @slot("nb_power")
    def power(w_a, w_b, w_c):
        """long_pow: a ** b, or pow(a, b, c) (w_c is guest None without a modulus)."""
        if not (isinstance(w_a, W_Int) and isinstance(w_b, W_Int)):
            return _not_implemented()
        from glass.objects.none import w_None
        if w_c is not w_None and not isinstance(w_c, W_Int):
            return _not_implemented()
        base, exponent = w_a.value, w_b.value
        if w_c is w_None:
            if exponent < 0:
                # A negative power of an int is a float: float_pow does it.
                from glass.objects.float import float_pow, new_float
                return new_float(float_pow(int_as_double(base),
                                           int_as_double(exponent)))
            return new_int(base ** exponent)
        modulus = w_c.value
        if modulus == 0:
            raise value_error("pow() 3rd argument cannot be 0")
        if exponent < 0:
            # The inverse of base modulo |modulus|, raised to -exponent.
            try:
                return new_int(pow(base, exponent, modulus))
            except ValueError:
                raise value_error("base is not invertible for the given modulus")
        return new_int(pow(base, exponent, modulus))

    @slot("nb_negative")
    def negative(self):
        return new_int(-self.value)

    @slot("nb_positive")
    def positive(self):
        """long_pos: an exact int (a subclass instance is copied)."""
        return _long_long(self)

    @slot("nb_absolute")
    def absolute(self):
        return new_int(abs(self.value))

    @slot("nb_bool")
    def bool(self):
        return self.value != 0

    @slot("nb_invert")
    def invert(self):
        return new_int(~self.value)

    @slot("nb_lshift")
    def lshift(w_a, w_b):
        """long_lshift"""
        if not (isinstance(w_a, W_Int) and isinstance(w_b, W_Int)):
            return _not_implemented()
        value, count = w_a.value, w_b.value
        if count < 0:
            raise value_error("negative shift count")
        if value == 0:
            return new_int(0)
        if value.bit_length() + count > MAX_BITS:
            # Far more digits than the machine has memory for: CPython's
            # allocation fails, so Glass does not try.
            raise operation_error("MemoryError")
        return new_int(value << count)

    @slot("nb_rshift")
    def rshift(w_a, w_b):
        """long_rshift: floor division by a power of two."""
        if not (isinstance(w_a, W_Int) and isinstance(w_b, W_Int)):
            return _not_implemented()
        value, count = w_a.value, w_b.value
        if count < 0:
            raise value_error("negative shift count")
        if count >= value.bit_length():
            return new_int(-1 if value < 0 else 0)
        return new_int(value >> count)

    @slot("nb_and")
    def and_(w_a, w_b):
        if isinstance(w_a, W_Int) and isinstance(w_b, W_Int):
            return new_int(w_a.value & w_b.value)
        return _not_implemented()

    @slot("nb_xor")
    def xor(w_a, w_b):
        if isinstance(w_a, W_Int) and isinstance(w_b, W_Int):
            return new_int(w_a.value ^ w_b.value)
        return _not_implemented()

    @slot("nb_or")
    def or_(w_a, w_b):
        if isinstance(w_a, W_Int) and isinstance(w_b, W_Int):
            return new_int(w_a.value | w_b.value)
        return _not_implemented()

    @slot("nb_int")
    def int(self):
        """long_long: an exact int."""
        return _long_long(self)

    @slot("nb_float")
    def float(self):
        """long_float: PyLong_AsDouble."""
        from glass.objects.float import new_float
        return new_float(int_as_double(self.value))

    @slot("nb_floor_divide")
    def floor_divide(w_a, w_b):
        """long_div: floor division."""
        if isinstance(w_a, W_Int) and isinstance(w_b, W_Int):
            if w_b.value == 0:
                raise zero_division_error("integer division or modulo by zero")
            return new_int(w_a.value // w_b.value)
        return _not_implemented()

    @slot("nb_true_divide")
    def true_divide(w_a, w_b):
        """long_true_divide: the correctly rounded quotient, as a float."""
        if isinstance(w_a, W_Int) and isinstance(w_b, W_Int):
            from glass.objects.float import new_float
            return new_float(true_divide(w_a.value, w_b.value))
        return _not_implemented()

    @slot("nb_index")
    def index(self):
        return _long_long(self)

    # --- object slots ----------------------------------------------------------

    @slot("tp_getattro")
    def getattro(self, w_name):
        """PyObject_GenericGetAttr, set explicitly (so int.__getattribute__ exists)."""
        from glass.objects.typeobject import generic_getattr
        return generic_getattr(self, w_name)

    @slot("tp_repr")
    def repr(self):
        """long_to_decimal_string, with the guest's digit limit."""
        from glass.objects.str import new_str
        return new_str(int_to_decimal_string(self.value))

    @slot("tp_hash")
    def hash(self):
        return hash_int(self.value)

    @slot("tp_richcompare")
    def richcompare(self, w_other, op):
        """long_richcompare: ints only; floats compare in float_richcompare."""
        if not isinstance(w_other, W_Int):
            return _not_implemented()
        a, b = self.value, w_other.value
        if op == EQ:
            result = a == b
        elif op == NE:
            result = a != b
        elif op == LT:
            result = a < b
        elif op == LE:
            result = a <= b
        elif op == GT:
            result = a > b
        else:
            result = a >= b
        return _bool.new_bool(result)

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        """long_new: int(x=0, /, base=10)."""
        w_x, w_base = _parse_int_args(args_w, kwnames)
        value = long_new_value(w_x, w_base)
        if w_type is W_Int.w_type:
            return new_int(value)
        return new_int_subtype(w_type, value)

    # --- methods -------------------------------------------------------------

    @no_text_signature
    @method("($self, /)")
    def conjugate(self):
        """Returns self, the complex conjugate of any int."""
        return _long_long(self)

    @method("($self, /)")
    def bit_length(self):
        """Number of bits necessary to represent self in binary.

>>> bin(37)
'0b100101'
>>> (37).bit_length()
6"""
        return new_int(self.value.bit_length())

    @method("($self, /)")
    def bit_count(self):
        """Number of ones in the binary representation of the absolute value of self.

Also known as the population count.

>>> bin(13)
'0b1101'
>>> (13).bit_count()
3"""
        # int.bit_count() is 3.10+ on the host; bin() is everywhere.
        return new_int(bin(self.value).count("1"))

    @method("($self, /, length=1, byteorder='big', *, signed=False)")
    def to_bytes(self, w_length, w_byteorder, w_signed):
        """Return an array of bytes representing an integer.

  length
    Length of bytes object to use.  An OverflowError is raised if the
    integer is not representable with the given number of bytes.  Default
    is length 1.
  byteorder
    The byte order used to represent the integer.  If byteorder is 'big',
    the most significant byte is at the beginning of the byte array.  If
    byteorder is 'little', the most significant byte is at the end of the
    byte array.  To request the native byte order of the host system, use
    `sys.byteorder' as the byte order value.  Default is to use 'big'.
  signed
    Determines whether two's complement is used to represent the integer.
    If signed is False and a negative integer is given, an OverflowError
    is raised."""
        length = 1 if w_length is None else abstract.index_as_ssize(w_length)
        byteorder = _byteorder(w_byteorder, "to_bytes")
        signed = w_signed is not None and abstract.is_true(w_signed)
        if length < 0:
            raise value_error("length argument must be non-negative")
        value = self.value
        if value < 0 and not signed:
            raise overflow_error("can't convert negative int to unsigned")
        try:
            data = value.to_bytes(length, byteorder, signed=signed)
        except OverflowError:
            raise overflow_error("int too big to convert")
        from glass.objects.bytes import new_bytes
        return new_bytes(data)

    @method("($type, /, bytes, byteorder='big', *, signed=False)", kind="classmethod")
    def from_bytes(w_type, w_bytes, w_byteorder, w_signed):
        """Return the integer represented by the given array of bytes.

  bytes
    Holds the array of bytes to convert.  The argument must either
    support the buffer protocol or be an iterable object producing bytes.
    Bytes and bytearray are examples of built-in objects that support the
    buffer protocol.
  byteorder
    The byte order used to represent the integer.  If byteorder is 'big',
    the most significant byte is at the beginning of the byte array.  If
    byteorder is 'little', the most significant byte is at the end of the
    byte array.  To request the native byte order of the host system, use
    `sys.byteorder' as the byte order value.  Default is to use 'big'.
  signed
    Indicates whether two's complement is used to represent the integer."""
        byteorder = _byteorder(w_byteorder, "from_bytes")
        signed = w_signed is not None and abstract.is_true(w_signed)
        data = bytes_of(w_bytes)
        w_long = new_int(int.from_bytes(data, byteorder, signed=signed))
        if w_type is W_Int.w_type:
            return w_long
        try:
            return abstract.call(w_type, [w_long])
        finally:
            decref(w_long)

    @method("($self, /)")
    def as_integer_ratio(self):
        """Return integer ratio.

Return a pair of integers, whose ratio is exactly equal to the original int
and with a positive denominator.

>>> (10).as_integer_ratio()
(10, 1)
>>> (-10).as_integer_ratio()
(-10, 1)
>>> (0).as_integer_ratio()
(0, 1)"""
        from glass.objects.tuple import new_tuple_owned
        return new_tuple_owned([_long_long(self), new_int(1)])

    @no_text_signature
    @method("($self, /)")
    def __trunc__(self):
        """Truncating an Integral returns itself."""
        return _long_long(self)

    @no_text_signature
    @method("($self, /)")
    def __floor__(self):
        """Flooring an Integral returns itself."""
        return _long_long(self)

    @no_text_signature
    @method("($self, /)")
    def __ceil__(self):
        """Ceiling of an Integral returns itself."""
        return _long_long(self)

    @method("($self, ndigits=<unrepresentable>, /)")
    def __round__(self, w_ndigits):
        """Rounding an Integral returns itself.

Rounding with an ndigits argument also returns an integer."""
        if w_ndigits is None:
            return _long_long(self)
        w_index = abstract.index(w_ndigits)
        ndigits = w_index.value
        decref(w_index)
        if ndigits >= 0:
            return _long_long(self)
        return new_int(round_to_power_of_ten(self.value, -ndigits))

    @method("($self, /)")
    def __getnewargs__(self):
        from glass.objects.tuple import new_tuple_owned
        return new_tuple_owned([_long_long(self)])

    @method("($self, format_spec, /)")
    def __format__(self, w_spec):
        """Convert to a string according to format_spec."""
        from glass.objects.str import W_Str, new_str
        if not isinstance(w_spec, W_Str):
            raise type_error("__format__() argument must be str, not %s"
                             % argument_type_name(w_spec))
        if not w_spec.value and self.ob_type is not W_Int.w_type:
            return abstract.str(self)           # format_obj: str(self)
        from glass.objects.formatter import format_int
        return new_str(format_int(self.value, w_spec.value, self.ob_type.name))

    @method("($self, /)")
    def __sizeof__(self):
        """Returns size in memory, in bytes."""
        ndigits = max(1, -(-abs(self.value).bit_length() // DIGIT_BITS))
        return new_int(LONG_HEADER_SIZE + 4 * ndigits)

    # --- getsets --------------------------------------------------------------

    @getter("real", "the real part of a complex number")
    def get_real(self):
        return _long_long(self)

    @getter("imag", "the imaginary part of a complex number")
    def get_imag(self):
        return new_int(0)

    @getter("numerator", "the numerator of a rational number in lowest terms")
    def get_numerator(self):
        return _long_long(self)

    @getter("denominator", "the denominator of a rational number in lowest terms")
    def get_denominator(self):
        return new_int(1)


# --- Making ints ---------------------------------------------------------------------------

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


def new_int_subtype(w_type, value):
    """long_subtype_new: an instance of a subclass of int made by a class statement."""
    from glass.objects.typeobject import _new_instance
    w_obj = _new_instance(w_type)
    w_obj.value = value
    return w_obj


def _long_long(w_int):
    """long_long: self if it is an exact int, else an exact int of its value."""
    if w_int.ob_type is W_Int.w_type:
        w_int.ob_refcnt += 1
        return w_int
    return new_int(w_int.value)


# --- Hashing -----------------------------------------------------------------------------

def hash_int(value):
    """Counterpart: long_hash: the value modulo 2**61 - 1, with -1 made -2."""
    result = abs(value) % HASH_MODULUS
    if value < 0:
        result = -result
    return -2 if result == -1 else result


# --- Conversions to float ---------------------------------------------------------------

DBL_MANT_DIG = 53
DBL_MAX_EXP = 1024
DBL_MIN_EXP = -1021


def ratio_to_double(numerator, denominator):
    """The float nearest to numerator / denominator (both > 0), ties to even.

    Counterpart: the core of long_true_divide (and of PyLong_AsDouble, which
    is the case denominator == 1).  Raises the host OverflowError when the
    quotient rounds beyond the largest float; callers say which error.

    The quotient is computed with DBL_MANT_DIG + 2 bits and a sticky bit
    for the rest, then rounded once to 53 bits (fewer for a subnormal).
    """
    diff = numerator.bit_length() - denominator.bit_length()
    # numerator / denominator lies in [2**(diff-1), 2**(diff+1)).
    if diff > DBL_MAX_EXP:
        raise OverflowError
    if diff < DBL_MIN_EXP - DBL_MANT_DIG - 1:
        return 0.0                       # below half the smallest subnormal
    shift = max(diff, DBL_MIN_EXP) - DBL_MANT_DIG - 2
    if shift >= 0:
        quotient, rest = divmod(numerator, denominator << shift)
    else:
        quotient, rest = divmod(numerator << -shift, denominator)
    # Drop the bits below the last one a double can hold here.
    extra = max(quotient.bit_length() - DBL_MANT_DIG,
                DBL_MIN_EXP - DBL_MANT_DIG - shift)
    if extra > 0:
        low = quotient & ((1 << extra) - 1)
        half = 1 << (extra - 1)
        quotient >>= extra
        if low > half or (low == half and (rest or quotient & 1)):
            quotient += 1
        shift += extra
    return math.ldexp(float(quotient), shift)


def int_as_double(value):
    """PyLong_AsDouble: the nearest float, or OverflowError."""
    if -(1 << DBL_MANT_DIG) <= value <= (1 << DBL_MANT_DIG):
        return float(value)              # exact
    try:
        result = ratio_to_double(abs(value), 1)
    except OverflowError:
        raise overflow_error("int too large to convert to float")
    return -result if value < 0 else result


def true_divide(a, b):
    """long_true_divide on host ints: a / b correctly rounded."""
    if b == 0:
        raise zero_division_error("division by zero")
    limit = 1 << DBL_MANT_DIG
    if -limit <= a <= limit and -limit <= b <= limit:
        return float(a) / float(b)      # both exact: one IEEE rounding
    negative = (a < 0) != (b < 0)
    if a == 0:
        return -0.0 if negative else 0.0
    try:
        result = ratio_to_double(abs(a), abs(b))
    except OverflowError:
        raise overflow_error("integer division result too large for a float")
    return -result if negative else result


# --- Rounding -----------------------------------------------------------------------------

def round_to_power_of_ten(value, exponent):
    """long_round with ndigits = -exponent < 0: the nearest multiple of
    10**exponent, ties to even (divmod_near)."""
    if exponent > value.bit_length() * 0.30103 + 2:
        return 0                         # 10**exponent > 2*|value|: no need to build it
    unit = 10 ** exponent
    quotient, rest = divmod(value, unit)
    twice = 2 * rest
    if twice > unit or (twice == unit and quotient & 1):
        quotient += 1
    return quotient * unit


# --- int <-> str ------------------------------------------------------------------------

_max_str_digits = [None]


def max_str_digits():
    """interp->int_max_str_digits: from -X int_max_str_digits or
    PYTHONINTMAXSTRDIGITS at start-up, else 4300; 0 means no limit."""
    limit = _max_str_digits[0]
    if limit is None:
        limit = DEFAULT_MAX_STR_DIGITS
        from glass.vm import pystate
        config = pystate.interpreter().config
        setting = None
        xoptions = getattr(config, "xoptions", None) or {}
        if "int_max_str_digits" in xoptions:
            setting = xoptions["int_max_str_digits"]
        else:
            import os
            setting = os.environ.get("PYTHONINTMAXSTRDIGITS")
        if isinstance(setting, str) and setting.isdigit():
            limit = int(setting)
        _max_str_digits[0] = limit
    return limit


def set_max_str_digits(limit):
    """sys.set_int_max_str_digits(maxdigits): the checks and the new limit."""
    if limit != 0 and limit < MAX_STR_DIGITS_THRESHOLD:
        raise value_error("maxdigits must be 0 or larger than %d"
                          % MAX_STR_DIGITS_THRESHOLD)
    _max_str_digits[0] = limit


def int_to_decimal_string(value):
    """long_to_decimal_string: str(value), refusing more digits than the limit."""
    if -(1 << 64) < value < (1 << 64):
        return str(value)                # far below any limit
    limit = max_str_digits()
    if limit:
        # A cheap size test first, as CPython does, so that a huge int is
        # refused without the quadratic conversion.
        if abs(value).bit_length() > (limit + 1) * 3.33:
            raise value_error(_TO_STR_LIMIT_ERROR % limit)
        text = decimal_string(value)
        if len(text) - (value < 0) > limit:
            raise value_error(_TO_STR_LIMIT_ERROR % limit)
        return text
    return decimal_string(value)


_POWERS = {}


def _power(base, exponent):
    """base ** exponent, remembered: the splitting below asks for few of them."""
    key = (base, exponent)
    result = _POWERS.get(key)
    if result is None:
        result = _POWERS[key] = base ** exponent
    return result


def decimal_string(value):
    """str(value) without the host's digit limit: halves split by a power
    of ten until each piece is short enough for the host's own str()."""
    if value < 0:
        return "-" + decimal_string(-value)
    if value.bit_length() <= HOST_SAFE_DIGITS * 3:        # < 10**HOST_SAFE_DIGITS
        return str(value)
    half = int(value.bit_length() * 0.30103) // 2
    high, low = divmod(value, _power(10, half))
    return decimal_string(high) + decimal_string(low).zfill(half)


def digits_value(digits, base):
    """int(digits, base) for a string of valid digits, without the host's
    digit limit (which applies to every base that is not a power of two)."""
    if len(digits) <= HOST_SAFE_DIGITS:
        return int(digits, base)
    half = len(digits) // 2
    return digits_value(digits[:-half], base) * _power(base, half) + \
        digits_value(digits[-half:], base)


# _PyLong_DigitValue: the value of each ASCII character as a digit (37: none).
_DIGIT_VALUE = {}
for _i, _c in enumerate("0123456789abcdefghijklmnopqrstuvwxyz"):
    _DIGIT_VALUE[_c] = _i
    _DIGIT_VALUE[_c.upper()] = _i
_ASCII_SPACE = " \t\n\r\x0b\x0c"
_DIGIT_RUNS = {}           # base -> compiled pattern of a run of its digits and "_"


def _digit_run(base):
    """The pattern matching a run of base-`base` digits and underscores (a
    host regular expression scans a long literal far faster than a loop)."""
    pattern = _DIGIT_RUNS.get(base)
    if pattern is None:
        import re
        chars = "".join(char for char, value in _DIGIT_VALUE.items() if value < base)
        pattern = _DIGIT_RUNS[base] = re.compile("[%s_]*" % re.escape(chars))
    return pattern


def transform_decimal_and_space(text):
    """_PyUnicode_TransformDecimalAndSpaceToASCII: non-ASCII decimal digits
    become ASCII digits, other whitespace a space, anything else '?'."""
    if text.isascii():
        return text
    import unicodedata
    out = []
    for char in text:
        if ord(char) < 128:
            out.append(char)
        elif char.isspace():
            out.append(" ")
        else:
            digit = unicodedata.decimal(char, -1)
            out.append(chr(48 + digit) if digit >= 0 else "?")
    return "".join(out)


def _invalid_literal(base, literal_repr):
    return value_error("invalid literal for int() with base %d: %s"
                       % (base, literal_repr[:200]))


def parse_int(text, base):
    """PyLong_FromString on an ASCII string: the value, or None if invalid.

    `base` is 0 or 2..36.  Raises the ValueError of the digit limit itself,
    as CPython does before the literal's end is even checked.
    """
    pos, end = 0, len(text)
    while pos < end and text[pos] in _ASCII_SPACE:
        pos += 1
    sign = 1
    if pos < end and text[pos] in "+-":
        sign = -1 if text[pos] == "-" else 1
        pos += 1
    error_if_nonzero = False
    second = text[pos + 1:pos + 2].lower()
    if base == 0:
        if text[pos:pos + 1] != "0":
            base = 10
        elif second == "x":
            base = 16
        elif second == "o":
            base = 8
        elif second == "b":
            base = 2
        else:
            error_if_nonzero = True      # "old" C-style octal: only 0 is valid
            base = 10
    if text[pos:pos + 1] == "0" and (base, second) in ((16, "x"), (8, "o"), (2, "b")):
        pos += 2
        if text[pos:pos + 1] == "_":     # one underscore allowed after the prefix
            pos += 1
    if text[pos:pos + 1] == "_":
        return None
    start = pos
    run = _digit_run(base).match(text, pos).group()
    if "__" in run or run.endswith("_"):
        return None                      # one underscore between digits only
    pos += len(run)
    digits = run.replace("_", "")
    if base & (base - 1) and len(digits) > MAX_STR_DIGITS_THRESHOLD:
        limit = max_str_digits()
        if limit and len(digits) > limit:
            raise value_error(_TO_INT_LIMIT_ERROR % (limit, len(digits)))
    if pos == start:
        return None
    value = digits_value(digits, base)
    if error_if_nonzero and value != 0:
        return None
    while pos < end and text[pos] in _ASCII_SPACE:
        pos += 1
    if pos != end:
        return None
    return sign * value


def long_from_unicode(text, base):
    """PyLong_FromUnicodeObject: int(text, base) for a host str."""
    value = parse_int(transform_decimal_and_space(text), base)
    if value is None:
        raise _invalid_literal(base, repr(text))
    return value


def long_from_bytes(data, base):
    """_PyLong_FromBytes: int(data, base) for bytes or a bytearray."""
    text = data.decode("latin-1")
    value = parse_int(text, base)
    if value is None:
        raise _invalid_literal(base, repr(bytes(data[:200])))
    return value


# --- int(x), int(x, base) ----------------------------------------------------------------

def _parse_int_args(args_w, kwnames):
    """The argument clinic of int(x=0, /, base=10): (w_x or None, w_base or None)."""
    nkw = len(kwnames) if kwnames else 0
    npos = len(args_w) - nkw
    if len(args_w) > 2:
        raise type_error("int() takes at most 2 arguments (%d given)" % len(args_w))
    w_x = args_w[0] if npos >= 1 else None
    w_base = args_w[1] if npos >= 2 else None
    for i in range(nkw):
        name = kwnames[i]
        if name != "base":
            raise type_error("'%s' is an invalid keyword argument for int()" % name)
        if w_base is not None:
            raise type_error("argument for int() given by name ('base') and "
                             "position (2)")
        w_base = args_w[npos + i]
    return w_x, w_base


def long_new_value(w_x, w_base):
    """long_new_impl: the host value of int(x) or int(x, base)."""
    if w_x is None:
        if w_base is not None:
            raise type_error("int() missing string argument")
        return 0
    if w_base is None:
        w_res = number_long(w_x)
        value = w_res.value
        decref(w_res)
        return value
    base = _base_as_ssize(w_base)
    if (base != 0 and base < 2) or base > 36:
        raise value_error("int() base must be >= 2 and <= 36, or 0")
    from glass.objects.str import W_Str
    if isinstance(w_x, W_Str):
        return long_from_unicode(w_x.value, base)
    data = _bytes_or_bytearray(w_x)
    if data is not None:
        return long_from_bytes(data, base)
    raise type_error("int() can't convert non-string with explicit base")


def _base_as_ssize(w_base):
    """PyNumber_AsSsize_t(base, NULL): clipped rather than overflowing."""
    w_index = abstract.index(w_base)
    value = w_index.value
    decref(w_index)
    return max(-SSIZE_MAX - 1, min(SSIZE_MAX, value))


def _bytes_or_bytearray(w_obj):
    """PyBytes_Check / PyByteArray_Check: the object's bytes, else None."""
    for w_class in w_obj.ob_type.mro:
        if w_class.name in ("bytes", "bytearray") and not w_class.flags & HEAPTYPE:
            return _buffer_data(w_obj)
    return None


def number_long(w_obj):
    """PyNumber_Long: int(x) for one argument; a new exact W_Int."""
    from glass.objects.str import W_Str
    w_type = w_obj.ob_type
    if w_type is W_Int.w_type:
        w_obj.ob_refcnt += 1
        return w_obj
    if w_type.nb_int is not None:
        w_res = w_type.nb_int(w_obj)
        if w_res.ob_type is W_Int.w_type:
            return w_res
        if not isinstance(w_res, W_Int):
            name = w_res.ob_type.name
            decref(w_res)
            raise type_error("__int__ returned non-int (type %s)" % name)
        _warn_deprecation("__int__ returned non-int (type %s).  The ability to return "
                          "an instance of a strict subclass of int is deprecated, and "
                          "may be removed in a future version of Python."
                          % w_res.ob_type.name)
        w_copy = new_int(w_res.value)
        decref(w_res)
        return w_copy
    if w_type.nb_index is not None:
        w_res = abstract.index(w_obj)
        if w_res.ob_type is not W_Int.w_type:
            w_copy = new_int(w_res.value)
            decref(w_res)
            return w_copy
        return w_res
    w_trunc = w_type.lookup("__trunc__")
    if w_trunc is not None:
        _warn_deprecation("The delegation of int() to __trunc__ is deprecated.")
        w_res = abstract.call_bound_descriptor(w_trunc, w_obj, [])
        if w_res.ob_type is W_Int.w_type:
            return w_res
        if isinstance(w_res, W_Int):
            w_copy = new_int(w_res.value)
            decref(w_res)
            return w_copy
        try:
            if w_res.ob_type.nb_index is None:
                raise type_error("__trunc__ returned non-Integral (type %s)"
                                 % w_res.ob_type.name)
            return number_index_exact(w_res)
        finally:
            decref(w_res)
    if isinstance(w_obj, W_Str):
        return new_int(long_from_unicode(w_obj.value, 10))
    data = _bytes_or_bytearray(w_obj)
    if data is None:
        data = _buffer_data(w_obj)
    if data is not None:
        return new_int(long_from_bytes(data, 10))
    raise type_error("int() argument must be a string, a bytes-like object or a "
                     "real number, not '%s'" % w_type.name)


def _buffer_data(w_obj):
    """PyObject_GetBuffer: the bytes an object exposes, or None.  A W_ class
    offers a buffer with a host method getbuffer() (glass/objects/stringlib.py)."""
    get = getattr(w_obj, "getbuffer", None)
    if get is None:
        return None
    return bytes(get())


def number_index_exact(w_obj):
    """_PyNumber_Index then an exact int: a new W_Int of exact type int."""
    w_res = abstract.index(w_obj)
    if w_res.ob_type is W_Int.w_type:
        return w_res
    w_copy = new_int(w_res.value)
    decref(w_res)
    return w_copy


def _warn_deprecation(message):
    from glass.objects.exceptions import warn_deprecation
    warn_deprecation(message)


def _byteorder(w_byteorder, func_name):
    from glass.objects.str import W_Str
    if w_byteorder is None:
        return "big"
    if not isinstance(w_byteorder, W_Str):
        raise type_error("%s() argument 'byteorder' must be str, not %s"
                         % (func_name, argument_type_name(w_byteorder)))
    if w_byteorder.value not in ("little", "big"):
        raise value_error("byteorder must be either 'little' or 'big'")
    return w_byteorder.value


def bytes_of(w_obj):
    """PyObject_Bytes, as int.from_bytes needs it: the host bytes of a
    bytes-like object, of an object with __bytes__, or of an iterable of ints."""
    from glass.objects.str import W_Str
    data = _bytes_or_bytearray(w_obj)
    if data is not None:
        return data
    w_method = w_obj.ob_type.lookup("__bytes__")
    if w_method is not None:
        w_res = abstract.call_bound_descriptor(w_method, w_obj, [])
        try:
            data = _bytes_or_bytearray(w_res)
            if data is None:
                raise type_error("__bytes__ returned non-bytes (type %s)"
                                 % w_res.ob_type.name)
            return data
        finally:
            decref(w_res)
    data = _buffer_data(w_obj)
    if data is not None:
        return data
    if isinstance(w_obj, W_Str) or w_obj.ob_type.tp_iter is None and \
            w_obj.ob_type.sq_item is None:
        raise type_error("cannot convert '%s' object to bytes" % w_obj.ob_type.name)
    values = bytearray()
    for w_item in abstract.iterate(w_obj):
        try:
            item = abstract.index_as_ssize(w_item) if not isinstance(w_item, W_Int) \
                else w_item.value
        finally:
            decref(w_item)
        if not 0 <= item < 256:
            raise value_error("bytes must be in range(0, 256)")
        values.append(item)
    return bytes(values)


def as_long(w_obj):
    """PyLong_AsLong: a host int in C long's range, or OverflowError."""
    w_index = abstract.index(w_obj)
    value = w_index.value
    decref(w_index)
    if not -SSIZE_MAX - 1 <= value <= SSIZE_MAX:
        raise overflow_error("Python int too large to convert to C long")
    return value


# True and False: bool.py imports this module for W_Int, so the module is
# imported, not its names (it may still be partly initialized here).
import glass.objects.bool as _bool  # noqa: E402

from glass.objects import abstract  # noqa: E402  (hot paths use it: no import per call)
abstract._INT_TYPE[0] = W_Int.w_type
