"""Guest floats: IEEE 754 doubles, as the host's floats are.

Counterpart: Objects/floatobject.c (PyFloatObject).

A W_Float holds a host float.  The host's + - * / on two floats are the
same IEEE operations as C's, so they are used directly; everything where C
and Python differ (fmod on infinities, floor returning an int, pow raising
instead of setting errno) is written out as floatobject.c does it.

Mixed arithmetic: a float slot accepts an int operand, converted with
PyLong_AsDouble (CONVERT_TO_DOUBLE), and answers NotImplemented for any
other type, so complex and user types get their turn.
"""
from __future__ import annotations

import math
import re
import sys as host_sys

from glass.objects.exceptions import (OperationError, argument_type_name, overflow_error,
                                      type_error, value_error, zero_division_error)
from glass.objects.int import (W_Int, _bool, int_as_double, new_int, ratio_to_double,
                               transform_decimal_and_space)
from glass.objects.none import w_NotImplemented
from glass.objects.object import W_Object, decref
from glass.objects.type import (BASETYPE, EQ, GT, LE, LT, MATCH_SELF, NE, builtin_type,
                                getter, method, slot)

HASH_MODULUS = (1 << 61) - 1
HASH_BITS = 61
HASH_INF = 314159
# round(): beyond these ndigits every double rounds to itself, or to zero.
NDIGITS_MAX = int((53 - (-1021)) * 0.30103)
NDIGITS_MIN = -int((1024 + 1) * 0.30103)
ERANGE = 34


def _not_implemented():
    w_NotImplemented.ob_refcnt += 1
    return w_NotImplemented


def _as_double(w_obj):
    """CONVERT_TO_DOUBLE: the operand as a host float, or None for a type
    float arithmetic leaves to others."""
    if isinstance(w_obj, W_Float):
        return w_obj.value
    if isinstance(w_obj, W_Int):
        return int_as_double(w_obj.value)
    return None


@builtin_type("float", flags=BASETYPE | MATCH_SELF)
class W_Float(W_Object):
    """float(x=0, /)
--

Convert a string or number to a floating point number, if possible."""
    __slots__ = ("value",)

    def __init__(self, value, w_type=None):
        self.ob_refcnt = 1
        self.ob_type = w_type or W_Float.w_type
        self.value = value

    # --- number slots (float_as_number) ---------------------------------------
    # Binary slots are written (w_a, w_b): the float may be either operand.

    @slot("nb_add")
    def add(w_a, w_b):
        a = _as_double(w_a)
        if a is None:
            return _not_implemented()
        b = _as_double(w_b)
        if b is None:
            return _not_implemented()
        return W_Float(a + b)

    @slot("nb_subtract")
    def subtract(w_a, w_b):
        a = _as_double(w_a)
        if a is None:
            return _not_implemented()
        b = _as_double(w_b)
        if b is None:
            return _not_implemented()
        return W_Float(a - b)

    @slot("nb_multiply")
    def multiply(w_a, w_b):
        a = _as_double(w_a)
        if a is None:
            return _not_implemented()
        b = _as_double(w_b)
        if b is None:
            return _not_implemented()
        return W_Float(a * b)

    @slot("nb_true_divide")
    def true_divide(w_a, w_b):
        """float_div"""
        a = _as_double(w_a)
        if a is None:
            return _not_implemented()
        b = _as_double(w_b)
        if b is None:
            return _not_implemented()
        if b == 0.0:
            raise zero_division_error("float division by zero")
        return W_Float(a / b)

    @slot("nb_remainder")
    def remainder(w_a, w_b):
        """float_rem"""
        a = _as_double(w_a)
        if a is None:
            return _not_implemented()
        b = _as_double(w_b)
        if b is None:
            return _not_implemented()
        if b == 0.0:
            raise zero_division_error("float modulo")
        return W_Float(float_mod(a, b))

    @slot("nb_divmod")
    def divmod(w_a, w_b):
        """float_divmod"""
        a = _as_double(w_a)
        if a is None:
            return _not_implemented()
        b = _as_double(w_b)
        if b is None:
            return _not_implemented()
        if b == 0.0:
            raise zero_division_error("float divmod()")
        floordiv, mod = float_divmod(a, b)
        from glass.objects.tuple import new_tuple_owned
        return new_tuple_owned([W_Float(floordiv), W_Float(mod)])

    @slot("nb_floor_divide")
    def floor_divide(w_a, w_b):
        """float_floor_div"""
        a = _as_double(w_a)
        if a is None:
            return _not_implemented()
        b = _as_double(w_b)
        if b is None:
            return _not_implemented()
        if b == 0.0:
            raise zero_division_error("float floor division by zero")
        return W_Float(float_divmod(a, b)[0])

    @slot("nb_power")
    def power(w_a, w_b, w_c):
        """float_pow"""
        a = _as_double(w_a)
        if a is None:
            return _not_implemented()
        b = _as_double(w_b)
        if b is None:
            return _not_implemented()
        from glass.objects.none import w_None
        if w_c is not w_None:
            raise type_error("pow() 3rd argument not allowed unless all arguments "
                             "are integers")
        result = float_pow(a, b)
        if isinstance(result, complex):
            from glass.objects.complex import new_complex
            return new_complex(result)
        return W_Float(result)

    @slot("nb_negative")
    def negative(self):
        return W_Float(-self.value)

    @slot("nb_positive")
    def positive(self):
        """float_float: an exact float."""
        return _float_float(self)

    @slot("nb_absolute")
    def absolute(self):
        return W_Float(abs(self.value))

    @slot("nb_bool")
    def bool(self):
        return self.value != 0.0

    @slot("nb_int")
    def int(self):
        """float___trunc___impl"""
        return new_int(double_to_long(self.value))

    @slot("nb_float")
    def float(self):
        return _float_float(self)

    # --- object slots -----------------------------------------------------------

    @slot("tp_getattro")
    def getattro(self, w_name):
        """PyObject_GenericGetAttr, set explicitly (so float.__getattribute__ exists)."""
        from glass.objects.typeobject import generic_getattr
        return generic_getattr(self, w_name)

    @slot("tp_repr")
    def repr(self):
        """float_repr: the shortest string that reads back as the same double
        (the host's repr of a double is exactly that)."""
        from glass.objects.str import new_str
        return new_str(repr(self.value))

    @slot("tp_hash")
    def hash(self):
        return hash_double(self.value, self)

    @slot("tp_richcompare")
    def richcompare(self, w_other, op):
        """float_richcompare: exact even against ints too large for a double."""
        i = self.value
        if isinstance(w_other, W_Float):
            j = w_other.value
        elif isinstance(w_other, W_Int):
            n = w_other.value
            if not math.isfinite(i):
                j = 0.0                   # inf and nan compare to any int as to 0
            elif -(1 << 53) <= n <= (1 << 53):
                j = float(n)              # exact
            else:
                # Compare as integers: a fractional i sits between two of
                # them, so 2*floor(i)+1 against 2*n says which side n is on.
                floor = math.floor(i)
                if floor == i:
                    i, j = floor, n
                else:
                    i, j = 2 * floor + 1, 2 * n
        else:
            return _not_implemented()
        if op == EQ:
            result = i == j
        elif op == NE:
            result = i != j
        elif op == LT:
            result = i < j
        elif op == LE:
            result = i <= j
        elif op == GT:
            result = i > j
        else:
            result = i >= j
        return _bool.new_bool(result)

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        """float_new: float(x=0, /).  A subclass with its own __init__ may
        take keywords (for that __init__); float itself ignores them."""
        if kwnames:
            if w_type is W_Float.w_type or w_type.tp_init is W_Float.w_type.tp_init:
                raise type_error("float() takes no keyword arguments")
            args_w = args_w[:len(args_w) - len(kwnames)]
        if len(args_w) > 1:
            raise type_error("float expected at most 1 argument, got %d" % len(args_w))
        from glass.objects.str import W_Str
        if not args_w:
            value = 0.0
        elif args_w[0].ob_type is W_Str.w_type:
            value = float_from_string(args_w[0])
        else:
            value = number_float_value(args_w[0])
        if w_type is W_Float.w_type:
            return W_Float(value)
        return new_float_subtype(w_type, value)

    # --- methods --------------------------------------------------------------

    @method("($self, /)")
    def conjugate(self):
        """Return self, the complex conjugate of any float."""
        return _float_float(self)

    @method("($self, /)")
    def __trunc__(self):
        """Return the Integral closest to x between 0 and x."""
        return new_int(double_to_long(self.value))

    @method("($self, /)")
    def __floor__(self):
        """Return the floor as an Integral."""
        return new_int(double_to_long(_c_floor(self.value)))

    @method("($self, /)")
    def __ceil__(self):
        """Return the ceiling as an Integral."""
        value = self.value
        return new_int(double_to_long(float(math.ceil(value)) if math.isfinite(value)
                                      else value))

    @method("($self, ndigits=None, /)")
    def __round__(self, w_ndigits):
        """Return the Integral closest to x, rounding half toward even.

When an argument is passed, work like built-in round(x, ndigits)."""
        from glass.objects.none import w_None
        x = self.value
        if w_ndigits is None or w_ndigits is w_None:
            return new_int(double_to_long(round_half_even(x)))
        from glass.objects.int import _base_as_ssize
        ndigits = _base_as_ssize(w_ndigits)       # clipped, as PyNumber_AsSsize_t(o, NULL)
        if not math.isfinite(x) or ndigits > NDIGITS_MAX:
            return W_Float(x)
        if ndigits < NDIGITS_MIN:
            return W_Float(0.0 * x)
        return W_Float(double_round(x, ndigits))

    @method("($self, /)")
    def as_integer_ratio(self):
        """Return integer ratio.

Return a pair of integers, whose ratio is exactly equal to the original float
and with a positive denominator.

Raise OverflowError on infinities and a ValueError on NaNs.

>>> (10.0).as_integer_ratio()
(10, 1)
>>> (0.0).as_integer_ratio()
(0, 1)
>>> (-.25).as_integer_ratio()
(-1, 4)"""
        x = self.value
        if math.isinf(x):
            raise overflow_error("cannot convert Infinity to integer ratio")
        if math.isnan(x):
            raise value_error("cannot convert NaN to integer ratio")
        numerator, denominator = x.as_integer_ratio()
        from glass.objects.tuple import new_tuple_owned
        return new_tuple_owned([new_int(numerator), new_int(denominator)])

    @method("($self, /)")
    def is_integer(self):
        """Return True if the float is an integer."""
        x = self.value
        return _bool.new_bool(math.isfinite(x) and math.floor(x) == x)

    @method("($self, /)")
    def hex(self):
        """Return a hexadecimal representation of a floating-point number.

>>> (-0.1).hex()
'-0x1.999999999999ap-4'
>>> 3.14159.hex()
'0x1.921f9f01b866ep+1'"""
        from glass.objects.str import new_str
        return new_str(float_hex(self.value))

    @method("($type, string, /)", kind="classmethod")
    def fromhex(w_type, w_string):
        """Create a floating-point number from a hexadecimal string.

>>> float.fromhex('0x1.ffffp10')
2047.984375
>>> float.fromhex('-0x1p-1074')
-5e-324"""
        from glass.objects.str import W_Str
        if not isinstance(w_string, W_Str):
            raise type_error("bad argument type for built-in operation")
        w_res = W_Float(float_fromhex(w_string.value))
        if w_type is W_Float.w_type:
            return w_res
        from glass.objects import abstract
        try:
            return abstract.call(w_type, [w_res])
        finally:
            decref(w_res)

    @method("($self, /)")
    def __getnewargs__(self):
        from glass.objects.tuple import new_tuple_owned
        return new_tuple_owned([W_Float(self.value)])

    @method("($type, typestr, /)", kind="classmethod")
    def __getformat__(w_type, w_typestr):
        """You probably don't want to use this function.

  typestr
    Must be 'double' or 'float'.

It exists mainly to be used in Python's test suite.

This function returns whichever of 'unknown', 'IEEE, big-endian' or 'IEEE,
little-endian' best describes the format of floating point numbers used by the
C type named by typestr."""
        from glass.objects.str import W_Str, new_str
        if not isinstance(w_typestr, W_Str):
            raise type_error("__getformat__() argument must be str, not %s"
                             % argument_type_name(w_typestr))
        if w_typestr.value not in ("double", "float"):
            raise value_error("__getformat__() argument 1 must be 'double' or 'float'")
        return new_str("IEEE, %s-endian" % host_sys.byteorder)

    @method("($self, format_spec, /)")
    def __format__(self, w_spec):
        """Formats the float according to format_spec."""
        from glass.objects import abstract
        from glass.objects.str import W_Str, new_str
        if not isinstance(w_spec, W_Str):
            raise type_error("__format__() argument must be str, not %s"
                             % argument_type_name(w_spec))
        if not w_spec.value:
            return abstract.str(self)               # format_obj: str(self)
        from glass.objects.formatter import format_float
        return new_str(format_float(self.value, w_spec.value, self.ob_type.name))

    # --- getsets --------------------------------------------------------------

    @getter("real", "the real part of a complex number")
    def get_real(self):
        return _float_float(self)

    @getter("imag", "the imaginary part of a complex number")
    def get_imag(self):
        return W_Float(0.0)


W_Float.w_type.basicsize = 24            # sizeof(PyFloatObject)


# --- Making floats ------------------------------------------------------------------------

def new_float(value):
    """PyFloat_FromDouble: a new float."""
    return W_Float(value)


def new_float_subtype(w_type, value):
    """float_subtype_new: an instance of a subclass of float."""
    from glass.objects.typeobject import _new_instance
    w_obj = _new_instance(w_type)
    w_obj.value = value
    return w_obj


def _float_float(w_float):
    """float_float: self if it is an exact float, else a float of its value."""
    if w_float.ob_type is W_Float.w_type:
        w_float.ob_refcnt += 1
        return w_float
    return W_Float(w_float.value)


# --- Conversions ----------------------------------------------------------------------------

def float_as_double(w_obj):
    """PyFloat_AsDouble: a host float from any guest real number."""
    if isinstance(w_obj, W_Float):
        return w_obj.value
    w_type = w_obj.ob_type
    if w_type is W_Int.w_type:
        return int_as_double(w_obj.value)
    if w_type.nb_float is None:
        if w_type.nb_index is not None:
            from glass.objects import abstract
            w_index = abstract.index(w_obj)
            value = w_index.value
            decref(w_index)
            return int_as_double(value)
        raise type_error("must be real number, not %s" % w_type.name)
    return _checked_nb_float(w_obj)


def _checked_nb_float(w_obj):
    """Call nb_float and check that a float came back (PyNumber_Float's check)."""
    w_res = w_obj.ob_type.nb_float(w_obj)
    if w_res.ob_type is not W_Float.w_type:
        if not isinstance(w_res, W_Float):
            names = (w_obj.ob_type.name[:50], w_res.ob_type.name[:50])
            decref(w_res)
            raise type_error("%s.__float__ returned non-float (type %s)" % names)
        from glass.objects.exceptions import warn_deprecation
        warn_deprecation("%s.__float__ returned non-float (type %s).  The ability to "
                         "return an instance of a strict subclass of float is "
                         "deprecated, and may be removed in a future version of "
                         "Python." % (w_obj.ob_type.name[:50], w_res.ob_type.name[:50]))
    value = w_res.value
    decref(w_res)
    return value


def number_float_value(w_obj):
    """PyNumber_Float: float(x) for anything but an exact str; a host float."""
    if w_obj.ob_type is W_Float.w_type:
        return w_obj.value
    w_type = w_obj.ob_type
    if w_type.nb_float is not None:
        return _checked_nb_float(w_obj)
    if w_type.nb_index is not None:
        from glass.objects.int import number_index_exact
        w_index = number_index_exact(w_obj)
        value = w_index.value
        decref(w_index)
        return int_as_double(value)
    if isinstance(w_obj, W_Float):
        return w_obj.value                  # a float subclass without nb_float
    return float_from_string(w_obj)


def number_float(w_obj):
    """PyNumber_Float: a new reference to an exact float."""
    if w_obj.ob_type is W_Float.w_type:
        w_obj.ob_refcnt += 1
        return w_obj
    return W_Float(number_float_value(w_obj))


def double_to_long(x):
    """PyLong_FromDouble: the integer part of a double, as a host int."""
    if math.isinf(x):
        raise overflow_error("cannot convert float infinity to integer")
    if math.isnan(x):
        raise value_error("cannot convert float NaN to integer")
    return int(x)


# --- float(str) ------------------------------------------------------------------------------

# What _Py_dg_strtod accepts (decimal only), and _Py_parse_inf_or_nan.
_FLOAT_LITERAL = re.compile(
    r"[+-]?(?:(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?|inf(?:inity)?|nan)",
    re.IGNORECASE | re.ASCII)
_ASCII_SPACE = " \t\n\r\x0b\x0c"


def remove_underscores(text):
    """_Py_string_to_number_with_underscores: the text without its underscores,
    or None if one is misplaced (each must sit between two digits)."""
    if "_" not in text:
        return text
    out = []
    previous = ""
    for char in text:
        if char == "_":
            if not "0" <= previous <= "9":
                return None
        else:
            if previous == "_" and not "0" <= char <= "9":
                return None
            out.append(char)
        previous = char
    if previous == "_":
        return None
    return "".join(out)


def parse_float(text):
    """float_from_string_inner on ASCII text: a host float, or None."""
    text = remove_underscores(text)
    if text is None or "\0" in text:
        return None
    text = text.strip(_ASCII_SPACE)
    if not _FLOAT_LITERAL.fullmatch(text):
        return None
    return float(text)          # the host's strtod is correctly rounded too


def float_from_string(w_obj):
    """PyFloat_FromString: float(x) for a str, bytes or buffer; a host float."""
    from glass.objects import abstract
    from glass.objects.int import _bytes_or_bytearray, _buffer_data
    from glass.objects.str import W_Str
    if isinstance(w_obj, W_Str):
        text = transform_decimal_and_space(w_obj.value)
    else:
        data = _bytes_or_bytearray(w_obj)
        if data is None:
            data = _buffer_data(w_obj)
        if data is None:
            raise type_error("float() argument must be a string or a real number, "
                             "not '%s'" % w_obj.ob_type.name)
        text = data.decode("latin-1")
    value = parse_float(text)
    if value is None:
        raise value_error("could not convert string to float: %s"
                          % abstract.repr_text(w_obj))
    return value


# --- Arithmetic helpers (host floats in, host floats out) ------------------------------------

def _fmod(x, y):
    """C's fmod: the host's math.fmod raises where C returns a NaN."""
    if math.isinf(x) and not math.isnan(y):
        return math.nan
    return math.fmod(x, y)


def _c_floor(x):
    """C's floor: a double (math.floor returns an int, and refuses inf)."""
    if not math.isfinite(x):
        return x
    return float(math.floor(x))


def float_mod(vx, wx):
    """float_rem on doubles (wx != 0): the remainder takes the divisor's sign."""
    mod = _fmod(vx, wx)
    if mod:
        if (wx < 0) != (mod < 0):
            mod += wx
    else:
        mod = math.copysign(0.0, wx)
    return mod


def float_divmod(vx, wx):
    """_float_div_mod: (floor quotient, remainder) of two doubles (wx != 0)."""
    mod = _fmod(vx, wx)
    # fmod is exact, so vx - mod is a multiple of wx; the division may still
    # be a hair off an integer, hence the snap below.
    div = (vx - mod) / wx
    if mod:
        if (wx < 0) != (mod < 0):
            mod += wx
            div -= 1.0
    else:
        mod = math.copysign(0.0, wx)
    if div:
        floordiv = _c_floor(div)
        if div - floordiv > 0.5:
            floordiv += 1.0
    else:
        floordiv = math.copysign(0.0, vx / wx)
    return floordiv, mod


def _is_odd_integer(x):
    """DOUBLE_IS_ODD_INTEGER"""
    return _fmod(abs(x), 2.0) == 1.0


def float_pow(iv, iw):
    """float_pow on doubles: C99's special cases, then the C library's pow.

    Returns a host float, or a host complex when a negative number is raised
    to a fractional power (which CPython hands to complex_pow).
    """
    if iw == 0.0:
        return 1.0                        # v**0 is 1, even 0**0 and nan**0
    if math.isnan(iv):
        return iv                         # nan**w = nan, unless w == 0
    if math.isnan(iw):
        return 1.0 if iv == 1.0 else iw   # v**nan = nan, unless v == 1
    if math.isinf(iw):
        # v**inf is 0 if |v| < 1, 1 if |v| == 1, inf if |v| > 1; v**-inf
        # the other way round.
        iv = abs(iv)
        if iv == 1.0:
            return 1.0
        if (iw > 0.0) == (iv > 1.0):
            return abs(iw)
        return 0.0
    if math.isinf(iv):
        # (+-inf)**w is inf for positive w, 0 for negative; the sign is
        # kept only for an odd integer w.
        odd = _is_odd_integer(iw)
        if iw > 0.0:
            return iv if odd else abs(iv)
        return math.copysign(0.0, iv) if odd else 0.0
    if iv == 0.0:
        odd = _is_odd_integer(iw)
        if iw < 0.0:
            raise zero_division_error("0.0 cannot be raised to a negative power")
        return iv if odd else 0.0
    negate_result = False
    if iv < 0.0:
        if iw != math.floor(iw):
            # A negative number to a fractional power is complex.
            from glass.objects.complex import complex_pow
            return complex_pow(complex(iv, 0.0), complex(iw, 0.0))
        iv = -iv
        negate_result = _is_odd_integer(iw)
    if iv == 1.0:
        return -1.0 if negate_result else 1.0
    try:
        ix = math.pow(iv, iw)
    except OverflowError:
        raise errno_error("OverflowError", ERANGE)
    return -ix if negate_result else ix


def errno_error(name, errno):
    """PyErr_SetFromErrno(PyExc_<name>): an exception whose args are
    (errno, strerror), as floatobject.c raises for ERANGE."""
    import os
    from glass.objects.exceptions import EXCEPTION_TYPES, W_BaseException
    from glass.objects.str import new_str
    from glass.objects.tuple import new_tuple_owned
    message = "Numerical result out of range" if errno == ERANGE else os.strerror(errno)
    return OperationError(W_BaseException(
        EXCEPTION_TYPES[name], new_tuple_owned([new_int(errno), new_str(message)])))


def round_half_even(x):
    """round(x) for a double, as a double: halfway cases go to the even side."""
    rounded = _c_round(x)
    if abs(x - rounded) == 0.5:
        rounded = 2.0 * _c_round(x / 2.0)
    return rounded


def _c_round(x):
    """C's round(): to the nearest integer, halfway cases away from zero."""
    if not math.isfinite(x):
        return x
    floor = _c_floor(abs(x))
    if abs(x) - floor >= 0.5:
        floor += 1.0
    return math.copysign(floor, x)


def double_round(x, ndigits):
    """double_round: x rounded to ndigits decimal places, ties to even.

    CPython renders x exactly to ndigits places with dtoa and reads the
    string back; the same is done here with exact integers: the double's
    exact ratio, scaled, rounded half-even, then the nearest double.
    """
    numerator, denominator = abs(x).as_integer_ratio()
    if ndigits >= 0:
        scale = 10 ** ndigits
        quotient, rest = divmod(numerator * scale, denominator)
        unit = 1
    else:
        scale = 1
        unit = 10 ** -ndigits
        quotient, rest = divmod(numerator, denominator * unit)
        denominator *= unit
    twice = 2 * rest
    if twice > denominator or (twice == denominator and quotient & 1):
        quotient += 1
    if quotient == 0:
        return math.copysign(0.0, x)
    try:
        result = ratio_to_double(quotient * unit, scale)
    except OverflowError:
        raise overflow_error("rounded value too large to represent")
    return math.copysign(result, x)


# --- Hashing ----------------------------------------------------------------------------------

def hash_pointer(w_obj):
    """_Py_HashPointer: the object's address rotated right by 4 bits."""
    address = id(w_obj) & 0xFFFFFFFFFFFFFFFF
    value = ((address >> 4) | (address << 60)) & 0xFFFFFFFFFFFFFFFF
    if value >= 1 << 63:
        value -= 1 << 64
    return -2 if value == -1 else value


def hash_double(value, w_obj):
    """_Py_HashDouble: the hash of the rational number the double is, so that
    hash(2.0) == hash(2) and hash(0.5) == hash(Fraction(1, 2)).

    For x = m / 2**k (m odd), that is m * 2**-k modulo 2**61 - 1; and since
    2**61 is 1 modulo that prime, 2**-k is 2**(-k mod 61).  A NaN hashes by
    identity (3.10+), an infinity to +-314159.
    """
    if not math.isfinite(value):
        if math.isinf(value):
            return HASH_INF if value > 0 else -HASH_INF
        return hash_pointer(w_obj)
    numerator, denominator = abs(value).as_integer_ratio()
    exponent = denominator.bit_length() - 1
    result = ((numerator % HASH_MODULUS) << ((-exponent) % HASH_BITS)) % HASH_MODULUS
    if value < 0:
        result = -result
    return -2 if result == -1 else result


# --- hex() and fromhex() -----------------------------------------------------------------------

DBL_MANT_DIG = 53
DBL_MIN_EXP = -1021
DBL_MAX_EXP = 1024
_HEX_DIGITS = "0123456789abcdef"


def float_hex(x):
    """float_hex: '[-]0x<h>.<13 hex digits>p<exponent>'."""
    if not math.isfinite(x):
        return repr(x)
    if x == 0.0:
        return "-0x0.0p+0" if math.copysign(1.0, x) < 0 else "0x0.0p+0"
    m, e = math.frexp(abs(x))
    shift = 1 - max(DBL_MIN_EXP - e, 0)
    m = math.ldexp(m, shift)
    e -= shift
    digits = [_HEX_DIGITS[int(m)], "."]
    m -= int(m)
    for _ in range((DBL_MANT_DIG - 1) // 4):
        m *= 16.0
        digits.append(_HEX_DIGITS[int(m)])
        m -= int(m)
    return "%s0x%sp%s%d" % ("-" if x < 0.0 else "", "".join(digits),
                            "-" if e < 0 else "+", abs(e))


_HEX_COEFFICIENT = re.compile(r"([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?", re.ASCII)
_HEX_EXPONENT = re.compile(r"[pP]([+-]?[0-9]+)?", re.ASCII)
_INF_OR_NAN = re.compile(r"[+-]?(?:inf(?:inity)?|nan)", re.IGNORECASE | re.ASCII)


def float_fromhex(text):
    """float_fromhex: parse '[sign][0x]<hex>[.<hex>][p<exp>]', rounding the
    exact value to the nearest double, ties to even.

    As in CPython, the value (and its OverflowError) comes before the check
    that nothing but whitespace follows.
    """
    end = len(text)
    pos = 0
    while pos < end and text[pos] in _ASCII_SPACE:
        pos += 1
    match = _INF_OR_NAN.match(text, pos)
    if match:
        value = float(match.group())
        pos = match.end()
    else:
        negate = False
        if text[pos:pos + 1] in ("-", "+"):
            negate = text[pos] == "-"
            pos += 1
        if text[pos:pos + 2] in ("0x", "0X"):
            pos += 2
        match = _HEX_COEFFICIENT.match(text, pos)
        whole, fraction = match.group(1), match.group(2) or ""
        pos = match.end()
        if not whole and not fraction:
            raise _invalid_hex()
        exp = 0
        match = _HEX_EXPONENT.match(text, pos)
        if match:
            if match.group(1) is None:
                raise _invalid_hex()
            exp = int(match.group(1))
            pos = match.end()
        value = _hex_value(int(whole + fraction, 16), exp - 4 * len(fraction))
        if negate:
            value = -value
    while pos < end and text[pos] in _ASCII_SPACE:
        pos += 1
    if pos != end:
        raise _invalid_hex()
    return value


def _invalid_hex():
    return value_error("invalid hexadecimal floating-point string")


def _hex_value(mantissa, exp):
    """mantissa * 2**exp as the nearest double (mantissa >= 0)."""
    if mantissa == 0:
        return 0.0
    if mantissa.bit_length() + exp > DBL_MAX_EXP + 1:
        raise overflow_error("hexadecimal value too large to represent as a float")
    if mantissa.bit_length() + exp < DBL_MIN_EXP - DBL_MANT_DIG - 2:
        return 0.0
    try:
        if exp >= 0:
            return ratio_to_double(mantissa << exp, 1)
        return ratio_to_double(mantissa, 1 << -exp)
    except OverflowError:
        raise overflow_error("hexadecimal value too large to represent as a float")
