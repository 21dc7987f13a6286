"""Guest complex numbers: a pair of doubles.

Counterpart: Objects/complexobject.c (PyComplexObject, and the _Py_c_*
arithmetic on Py_complex).

A W_Complex holds its real and imaginary parts as two host floats, as
Py_complex does.  The arithmetic is written out part by part with
CPython's algorithms (Smith's division, binary powering for small integer
exponents), so results match to the last bit; the C library functions it
calls (hypot, pow, atan2, exp, log, cos, sin) are the host's math module,
the same libm, with C's errno conventions put back where they matter.
"""
from __future__ import annotations

import math

from glass.objects.exceptions import (argument_type_name, attribute_error, overflow_error,
                                      type_error, value_error, zero_division_error)
from glass.objects.float import (W_Float, _ASCII_SPACE, hash_double,
                                 number_float_value, remove_underscores)
from glass.objects.int import W_Int, _bool, int_as_double, transform_decimal_and_space
from glass.objects.none import w_NotImplemented
from glass.objects.object import W_Object, decref
from glass.objects.type import (BASETYPE, EQ, NE, builtin_type, getter, method, setter,
                                slot)

HASH_IMAG = 1000003          # _PyHASH_IMAG
INF = float("inf")
NAN = float("nan")


def _not_implemented():
    w_NotImplemented.ob_refcnt += 1
    return w_NotImplemented


def _to_complex(w_obj):
    """TO_COMPLEX: the operand as (real, imag) host floats, or None for a
    type complex arithmetic leaves to others."""
    if isinstance(w_obj, W_Complex):
        return w_obj.real, w_obj.imag
    if isinstance(w_obj, W_Int):
        return int_as_double(w_obj.value), 0.0
    if isinstance(w_obj, W_Float):
        return w_obj.value, 0.0
    return None


@builtin_type("complex", flags=BASETYPE)
class W_Complex(W_Object):
    """complex(real=0, imag=0)
--

Create a complex number from a real part and an optional imaginary part.

This is equivalent to (real + imag*1j) where imag defaults to 0."""
    __slots__ = ("real", "imag")

    def __init__(self, real, imag, w_type=None):
        self.ob_refcnt = 1
        self.ob_type = w_type or W_Complex.w_type
        self.real = real
        self.imag = imag

    # --- number slots (complex_as_number) ---------------------------------------

    @slot("nb_add")
    def add(w_a, w_b):
        a = _to_complex(w_a)
        if a is None:
            return _not_implemented()
        b = _to_complex(w_b)
        if b is None:
            return _not_implemented()
        return W_Complex(a[0] + b[0], a[1] + b[1])

    @slot("nb_subtract")
    def subtract(w_a, w_b):
        a = _to_complex(w_a)
        if a is None:
            return _not_implemented()
        b = _to_complex(w_b)
        if b is None:
            return _not_implemented()
        return W_Complex(a[0] - b[0], a[1] - b[1])

    @slot("nb_multiply")
    def multiply(w_a, w_b):
        a = _to_complex(w_a)
        if a is None:
            return _not_implemented()
        b = _to_complex(w_b)
        if b is None:
            return _not_implemented()
        return W_Complex(*c_prod(a, b))

    @slot("nb_true_divide")
    def true_divide(w_a, w_b):
        """complex_div"""
        a = _to_complex(w_a)
        if a is None:
            return _not_implemented()
        b = _to_complex(w_b)
        if b is None:
            return _not_implemented()
        quotient = c_quot(a, b)
        if quotient is None:
            raise zero_division_error("complex division by zero")
        return W_Complex(*quotient)

    @slot("nb_power")
    def power(w_a, w_b, w_c):
        """complex_pow"""
        a = _to_complex(w_a)
        if a is None:
            return _not_implemented()
        b = _to_complex(w_b)
        if b is None:
            return _not_implemented()
        from glass.objects.none import w_None
        if w_c is not w_None:
            raise value_error("complex modulo")
        result = complex_pow(complex(*a), complex(*b))
        return W_Complex(result.real, result.imag)

    @slot("nb_negative")
    def negative(self):
        return W_Complex(-self.real, -self.imag)

    @slot("nb_positive")
    def positive(self):
        return _exact_complex(self)

    @slot("nb_absolute")
    def absolute(self):
        """complex_abs: C99's hypot, with OverflowError for a finite overflow."""
        from glass.objects.float import new_float
        real, imag = self.real, self.imag
        if not (math.isfinite(real) and math.isfinite(imag)):
            # An infinite part wins even over a NaN (C99 Annex G).
            if math.isinf(real):
                return new_float(abs(real))
            if math.isinf(imag):
                return new_float(abs(imag))
            return new_float(NAN)
        result = _c_hypot(real, imag)
        if math.isinf(result):
            raise overflow_error("absolute value too large")
        return new_float(result)

    @slot("nb_bool")
    def bool(self):
        return self.real != 0.0 or self.imag != 0.0

    # --- object slots -----------------------------------------------------------

    @slot("tp_getattro")
    def getattro(self, w_name):
        """PyObject_GenericGetAttr, set explicitly (so complex.__getattribute__ exists)."""
        from glass.objects.typeobject import generic_getattr
        return generic_getattr(self, w_name)

    @slot("tp_repr")
    def repr(self):
        from glass.objects.str import new_str
        return new_str(complex_repr(self.real, self.imag))

    @slot("tp_hash")
    def hash(self):
        """complex_hash: hash(real) + 1000003 * hash(imag), in C's unsigned
        wrap-around arithmetic."""
        combined = hash_double(self.real, self) + HASH_IMAG * hash_double(self.imag, self)
        combined &= 0xFFFFFFFFFFFFFFFF
        if combined >= 1 << 63:
            combined -= 1 << 64
        return -2 if combined == -1 else combined

    @slot("tp_richcompare")
    def richcompare(self, w_other, op):
        """complex_richcompare: only == and !=; an int compares exactly."""
        if op != EQ and op != NE:
            return _not_implemented()
        real, imag = self.real, self.imag
        if isinstance(w_other, W_Int):
            if imag == 0.0:
                from glass.objects import abstract
                w_real = W_Float(real)
                try:
                    return abstract.rich_compare(w_real, w_other, op)
                finally:
                    decref(w_real)
            equal = False
        elif isinstance(w_other, W_Float):
            equal = real == w_other.value and imag == 0.0
        elif isinstance(w_other, W_Complex):
            equal = real == w_other.real and imag == w_other.imag
        else:
            return _not_implemented()
        return _bool.new_bool(equal == (op == EQ))

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        """complex_new: complex(real=0, imag=0)."""
        w_real, w_imag = _parse_complex_args(args_w, kwnames)
        return complex_new(w_type, w_real, w_imag)

    # --- methods ----------------------------------------------------------------

    @method("($self, /)")
    def conjugate(self):
        """Return the complex conjugate of its argument. (3-4j).conjugate() == 3+4j."""
        return W_Complex(self.real, -self.imag)

    @method("($self, /)")
    def __complex__(self):
        """Convert this value to exact type complex."""
        return _exact_complex(self)

    @method("($self, /)")
    def __getnewargs__(self):
        from glass.objects.float import new_float
        from glass.objects.tuple import new_tuple_owned
        return new_tuple_owned([new_float(self.real), new_float(self.imag)])

    @method("($self, format_spec, /)")
    def __format__(self, w_spec):
        """Convert to a string according to format_spec."""
        from glass.objects import abstract
        from glass.objects.str import W_Str, new_str
        if not isinstance(w_spec, W_Str):
            raise type_error("__format__() argument must be str, not %s"
                             % argument_type_name(w_spec))
        if not w_spec.value:
            return abstract.str(self)               # format_obj: str(self)
        from glass.objects.formatter import format_complex
        return new_str(format_complex(complex(self.real, self.imag), w_spec.value,
                                      self.ob_type.name))

    # --- members ----------------------------------------------------------------

    @getter("real", "the real part of a complex number", member=True)
    def get_real(self):
        return W_Float(self.real)

    @getter("imag", "the imaginary part of a complex number", member=True)
    def get_imag(self):
        return W_Float(self.imag)

    # real and imag are read-only members (T_DOUBLE, READONLY) in CPython,
    # which refuse assignment with this message.
    @setter("real")
    def set_real(self, w_value):
        raise attribute_error("readonly attribute")

    @setter("imag")
    def set_imag(self, w_value):
        raise attribute_error("readonly attribute")


W_Complex.w_type.basicsize = 32          # sizeof(PyComplexObject)


# --- Making complex numbers -------------------------------------------------------------

def new_complex(value):
    """PyComplex_FromCComplex: a new complex from a host complex."""
    return W_Complex(value.real, value.imag)


def new_complex_parts(real, imag):
    """PyComplex_FromDoubles"""
    return W_Complex(real, imag)


def _exact_complex(w_complex):
    if w_complex.ob_type is W_Complex.w_type:
        w_complex.ob_refcnt += 1
        return w_complex
    return W_Complex(w_complex.real, w_complex.imag)


def complex_subtype_from_doubles(w_type, real, imag):
    if w_type is W_Complex.w_type:
        return W_Complex(real, imag)
    from glass.objects.typeobject import _new_instance
    w_obj = _new_instance(w_type)
    w_obj.real = real
    w_obj.imag = imag
    return w_obj


# --- complex(real, imag) ------------------------------------------------------------------

def _parse_complex_args(args_w, kwnames):
    """The argument clinic of complex(real=0, imag=0): (w_real, w_imag), None if absent."""
    nkw = len(kwnames) if kwnames else 0
    npos = len(args_w) - nkw
    if len(args_w) > 2:
        raise type_error("complex() takes at most 2 arguments (%d given)" % len(args_w))
    bound = [args_w[i] if i < npos else None for i in range(2)]
    for i in range(nkw):
        name = kwnames[i]
        if name not in ("real", "imag"):
            raise type_error("'%s' is an invalid keyword argument for complex()" % name)
        index = 0 if name == "real" else 1
        if bound[index] is not None:
            raise type_error("argument for complex() given by name ('%s') and "
                             "position (%d)" % (name, index + 1))
        bound[index] = args_w[npos + i]
    return bound[0], bound[1]


def complex_new(w_type, w_r, w_i):
    """complex_new_impl"""
    from glass.objects.str import W_Str
    if w_r is None:
        if w_i is None:
            return complex_subtype_from_doubles(w_type, 0.0, 0.0)
        from glass.objects.int import SMALL_INTS, SMALL_MIN
        w_r = SMALL_INTS[-SMALL_MIN]     # a borrowed 0, as _PyLong_GetZero()
    if w_r.ob_type is W_Complex.w_type and w_i is None and w_type is W_Complex.w_type:
        w_r.ob_refcnt += 1
        return w_r
    if isinstance(w_r, W_Str):
        if w_i is not None:
            raise type_error("complex() can't take second arg if first is a string")
        return complex_from_string(w_type, w_r)
    if w_i is not None and isinstance(w_i, W_Str):
        raise type_error("complex() second arg can't be a string")
    w_tmp = _try_complex_special_method(w_r)
    own_r = w_tmp is not None
    if own_r:
        w_r = w_tmp
    try:
        t_r = w_r.ob_type
        if t_r.nb_float is None and t_r.nb_index is None and not isinstance(w_r, W_Complex):
            raise type_error("complex() first argument must be a string or a number, "
                             "not '%s'" % t_r.name)
        if w_i is not None:
            t_i = w_i.ob_type
            if t_i.nb_float is None and t_i.nb_index is None and \
                    not isinstance(w_i, W_Complex):
                raise type_error("complex() second argument must be a number, "
                                 "not '%s'" % t_i.name)
        # real + imag*1j, where either may itself be complex.
        if isinstance(w_r, W_Complex):
            cr_real, cr_imag, cr_is_complex = w_r.real, w_r.imag, True
        else:
            cr_real, cr_imag, cr_is_complex = number_float_value(w_r), 0.0, False
    finally:
        if own_r:
            decref(w_r)
    ci_imag = 0.0
    if w_i is None:
        ci_real = cr_imag
    elif isinstance(w_i, W_Complex):
        ci_real, ci_imag = w_i.real, w_i.imag
        cr_real -= ci_imag
    else:
        ci_real = number_float_value(w_i)
    if cr_is_complex and w_i is not None:
        ci_real += cr_imag
    return complex_subtype_from_doubles(w_type, cr_real, ci_real)


def _try_complex_special_method(w_obj):
    """try_complex_special_method: the result of __complex__, or None."""
    from glass.objects import abstract
    w_method = w_obj.ob_type.lookup("__complex__")
    if w_method is None:
        return None
    w_res = abstract.call_bound_descriptor(w_method, w_obj, [])
    if w_res.ob_type is W_Complex.w_type:
        return w_res
    if not isinstance(w_res, W_Complex):
        name = w_res.ob_type.name
        decref(w_res)
        raise type_error("__complex__ returned non-complex (type %s)" % name)
    from glass.objects.exceptions import warn_deprecation
    warn_deprecation("__complex__ returned non-complex (type %s).  The ability to "
                     "return an instance of a strict subclass of complex is "
                     "deprecated, and may be removed in a future version of Python."
                     % w_res.ob_type.name)
    return w_res


def complex_from_string(w_type, w_str):
    """complex_subtype_from_string"""
    from glass.objects import abstract
    text = remove_underscores(transform_decimal_and_space(w_str.value))
    if text is None:
        raise value_error("could not convert string to complex: %s"
                          % abstract.repr_text(w_str))
    parts = parse_complex(text)
    if parts is None:
        raise value_error("complex() arg is a malformed string")
    return complex_subtype_from_doubles(w_type, parts[0], parts[1])


def _float_prefix():
    import re
    return re.compile(
        r"[+-]?(?:(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?|inf(?:inity)?|nan)",
        re.IGNORECASE | re.ASCII)


_FLOAT_PREFIX = _float_prefix()


def parse_complex(s):
    """complex_from_string_inner: (real, imag) host floats, or None.

    The forms: <float>, <float>j, <float><signed-float>j, and for old times'
    sake <float><sign>j, <sign>j and j; optionally in parentheses and
    surrounded by whitespace.
    """
    end = len(s)

    def skip_space(pos):
        while pos < end and s[pos] in _ASCII_SPACE:
            pos += 1
        return pos

    pos = skip_space(0)
    got_bracket = pos < end and s[pos] == "("
    if got_bracket:
        pos = skip_space(pos + 1)
    x = y = 0.0
    match = _FLOAT_PREFIX.match(s, pos)
    if match:
        z = float(match.group())
        pos = match.end()
        if pos < end and s[pos] in "+-":
            x = z
            match = _FLOAT_PREFIX.match(s, pos)
            if match:
                y = float(match.group())
                pos = match.end()
            else:
                y = 1.0 if s[pos] == "+" else -1.0
                pos += 1
            if not (pos < end and s[pos] in "jJ"):
                return None
            pos += 1
        elif pos < end and s[pos] in "jJ":
            y = z
            pos += 1
        else:
            x = z
    else:
        if pos < end and s[pos] in "+-":
            y = 1.0 if s[pos] == "+" else -1.0
            pos += 1
        else:
            y = 1.0
        if not (pos < end and s[pos] in "jJ"):
            return None
        pos += 1
    pos = skip_space(pos)
    if got_bracket:
        if not (pos < end and s[pos] == ")"):
            return None
        pos = skip_space(pos + 1)
    if pos != end:
        return None
    return x, y


# --- repr -----------------------------------------------------------------------------------

def complex_repr(real, imag):
    """complex_repr: 'imagj' when the real part is +0.0, else '(real+imagj)'."""
    from glass.objects.formatter import double_to_string
    if real == 0.0 and math.copysign(1.0, real) == 1.0:
        return double_to_string(imag, "r", 0) + "j"
    return "(%s%sj)" % (double_to_string(real, "r", 0),
                        double_to_string(imag, "r", 0, always_add_sign=True))


# --- The arithmetic on (real, imag) pairs (_Py_c_*) ------------------------------------------

def _ieee_div(x, y):
    """C's x / y on doubles: division by zero gives an infinity or a NaN."""
    if y == 0.0:
        if x == 0.0 or math.isnan(x):
            return NAN
        return math.copysign(INF, x) * math.copysign(1.0, y)
    return x / y


def c_prod(a, b):
    """_Py_c_prod"""
    return (a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0])


def c_quot(a, b):
    """_Py_c_quot: Smith's method, scaling by the larger part of the divisor
    to avoid needless overflow.  None for division by zero (C's EDOM)."""
    abs_breal, abs_bimag = abs(b[0]), abs(b[1])
    if abs_breal >= abs_bimag:
        if abs_breal == 0.0:
            return None
        ratio = b[1] / b[0]
        denom = b[0] + b[1] * ratio
        return (_ieee_div(a[0] + a[1] * ratio, denom),
                _ieee_div(a[1] - a[0] * ratio, denom))
    if abs_bimag >= abs_breal:
        ratio = b[0] / b[1]
        denom = b[0] * ratio + b[1]
        return (_ieee_div(a[0] * ratio + a[1], denom),
                _ieee_div(a[1] * ratio - a[0], denom))
    return NAN, NAN                   # at least one part of b is a NaN


def _c_hypot(x, y):
    """C's hypot: the host's abs(complex) is exactly that call, but raises
    where C returns an infinity."""
    try:
        return abs(complex(x, y))
    except OverflowError:
        return INF


def _c_pow_real(x, y):
    """C's pow for x >= 0: an infinity instead of an exception."""
    try:
        return math.pow(x, y)
    except (OverflowError, ValueError):
        return INF


def _c_exp(x):
    try:
        return math.exp(x)
    except OverflowError:
        return INF


def c_pow(a, b):
    """_Py_c_pow: (real, imag, edom) via polar form; edom is C's errno == EDOM
    (0 raised to a negative or complex power, or the cosine of an infinity)."""
    if b[0] == 0.0 and b[1] == 0.0:
        return 1.0, 0.0, False
    if a[0] == 0.0 and a[1] == 0.0:
        return 0.0, 0.0, b[1] != 0.0 or b[0] < 0.0
    vabs = _c_hypot(a[0], a[1])
    length = _c_pow_real(vabs, b[0])
    at = math.atan2(a[1], a[0])
    phase = at * b[0]
    if b[1] != 0.0:
        length = _ieee_div(length, _c_exp(at * b[1]))
        phase += b[1] * math.log(vabs)
    if math.isinf(phase):
        return length * NAN, length * NAN, True      # cos(inf) is a domain error
    return length * math.cos(phase), length * math.sin(phase), False


def c_powu(x, n):
    """c_powu: x**n for an unsigned n, by repeated squaring."""
    r = (1.0, 0.0)
    p = x
    mask = 1
    while 0 < mask <= n:
        if n & mask:
            r = c_prod(r, p)
        mask <<= 1
        p = c_prod(p, p)
    return r


def complex_pow(a, b):
    """complex_pow on host complex values (no modulus): a host complex.

    A small integral exponent (|b| <= 100) uses repeated multiplication,
    which is faster and more accurate; anything else the polar form.
    """
    a, b = (a.real, a.imag), (b.real, b.imag)
    edom = False
    if b[1] == 0.0 and abs(b[0]) <= 100.0 and b[0] == math.floor(b[0]):
        n = int(b[0])
        if n > 0:
            real, imag = c_powu(a, n)
        else:
            result = c_quot((1.0, 0.0), c_powu(a, -n))
            if result is None:
                real, imag, edom = 0.0, 0.0, True
            else:
                real, imag = result
    else:
        real, imag, edom = c_pow(a, b)
    if edom:
        raise zero_division_error("0.0 to a negative or complex power")
    if math.isinf(real) or math.isinf(imag):
        raise overflow_error("complex exponentiation")     # _Py_ADJUST_ERANGE2
    return complex(real, imag)
