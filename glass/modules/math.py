"""The math module.

Counterpart: Modules/mathmodule.c.

The C library's functions are the host's (Python's math module is a thin
layer over the same libm, and its integer algorithms -- isqrt, comb, perm,
factorial, gcd -- give the same exact results), so the numbers are the same.
What this file adds is CPython's handling of guest arguments: floats through
PyFloat_AsDouble (__float__, then __index__), integers through __index__,
floor/ceil/trunc through the guest's __floor__/__ceil__/__trunc__, ints of
any size kept exact for the logarithms, and the errors as guest exceptions
with CPython's messages ("math domain error", "math range error", ...).
"""
from __future__ import annotations

import math as host_math

from glass.objects.signature import fastcall, no_text_signature, varargs
from glass.modules import builtin_module, function
from glass.objects import abstract
from glass.objects.exceptions import operation_error, type_error
from glass.objects.object import decref

HOST_ERRORS = (ValueError, OverflowError, TypeError, ZeroDivisionError)


# --- Arguments -----------------------------------------------------------------------

def as_double(w_x):
    """PyFloat_AsDouble: a host float from a guest real number."""
    return float_as_double(w_x)


def as_integer(w_x):
    """PyNumber_Index as a host int."""
    w_int = abstract.index(w_x)
    value = w_int.value
    decref(w_int)
    return value


def as_log_argument(w_x):
    """loghelper's argument: an int stays exact (log(10**400) works), anything
    else is a double."""
    from glass.objects.int import W_Int
    if isinstance(w_x, W_Int):
        return w_x.value
    return as_double(w_x)


# --- Results --------------------------------------------------------------------------------

def call_host(func, *args, **kwargs):
    """Run a host math function on host numbers; its errors become the guest's
    with the same message (math_1's "math domain error" and "math range
    error", comb's "k must be a non-negative integer", ...)."""
    try:
        return func(*args, **kwargs)
    except HOST_ERRORS as error:
        raise operation_error(type(error).__name__, str(error))


def _float(value):
    return new_float(value)


def _int(value):
    return new_int(value)


def _bool(value):
    from glass.objects.bool import new_bool
    return new_bool(value)


def _tuple(items_w):
    from glass.objects.tuple import new_tuple_owned
    return new_tuple_owned(items_w)


# --- Function factories: the shapes mathmodule.c's FUNC1/FUNC2 macros make -------------------

def _float_function(name, host_func, doc):
    """A function of one double returning a double (math_1)."""
    def operation(w_x):
        return _float(call_host(host_func, as_double(w_x)))
    operation.__name__ = name
    return function("($module, x, /)", name=name, doc=doc)(operation)


def _float_function2(name, host_func, doc, params="x, y"):
    """A function of two doubles returning a double (math_2)."""
    def operation(w_x, w_y):
        x = as_double(w_x)
        y = as_double(w_y)
        return _float(call_host(host_func, x, y))
    operation.__name__ = name
    return function("($module, %s, /)" % params, name=name, doc=doc)(operation)


def _predicate(name, host_func, doc):
    def operation(w_x):
        return _bool(host_func(as_double(w_x)))
    operation.__name__ = name
    return function("($module, x, /)", name=name, doc=doc)(operation)


def _log_function(name, host_func, doc):
    """log2 and log10: exact for ints of any size (loghelper)."""
    def operation(w_x):
        return _float(call_host(host_func, as_log_argument(w_x)))
    operation.__name__ = name
    return function("($module, x, /)", name=name, doc=doc)(operation)


def _cbrt(x):
    """cbrt for hosts older than 3.11 (whose math has none)."""
    if x != x or x in (0.0, host_math.inf, -host_math.inf):
        return x
    return host_math.copysign(abs(x) ** (1.0 / 3.0), x)


def _exp2(x):
    """exp2 for hosts older than 3.11."""
    return host_math.pow(2.0, x)


def _integral(w_x, dunder, host_func):
    """floor()/ceil(): exact floats directly, other types through their dunder,
    then through PyFloat_AsDouble."""
    if w_x.ob_type is W_Float.w_type:
        return _int(call_host(host_func, w_x.value))
    w_method = w_x.ob_type.lookup(dunder)
    if w_method is not None:
        return abstract.call_bound_descriptor(w_method, w_x, [])
    return _int(call_host(host_func, as_double(w_x)))


def _points(w_obj):
    """dist()'s points: tuples, or any iterable made into one."""
    from glass.objects.tuple import W_Tuple, sequence_tuple
    if isinstance(w_obj, W_Tuple):
        w_obj.ob_refcnt += 1
        return w_obj
    return sequence_tuple(w_obj)


def _coordinate(w_x):
    """ASSIGN_DOUBLE: a float, an int, or anything PyFloat_AsDouble takes."""
    return as_double(w_x)


@builtin_module("math")
class MathModule:
    """This module provides access to the mathematical functions
defined by the C standard."""

    # --- one double in, one double out (math_1) ----------------------------------------

    acos = _float_function("acos", host_math.acos,
                           "Return the arc cosine (measured in radians) of x.\n\n"
                           "The result is between 0 and pi.")
    acosh = _float_function("acosh", host_math.acosh,
                            "Return the inverse hyperbolic cosine of x.")
    asin = _float_function("asin", host_math.asin,
                           "Return the arc sine (measured in radians) of x.\n\n"
                           "The result is between -pi/2 and pi/2.")
    asinh = _float_function("asinh", host_math.asinh,
                            "Return the inverse hyperbolic sine of x.")
    atan = _float_function("atan", host_math.atan,
                           "Return the arc tangent (measured in radians) of x.\n\n"
                           "The result is between -pi/2 and pi/2.")
    atanh = _float_function("atanh", host_math.atanh,
                            "Return the inverse hyperbolic tangent of x.")
    cbrt = _float_function("cbrt", getattr(host_math, "cbrt", _cbrt),
                           "Return the cube root of x.")
    cos = _float_function("cos", host_math.cos,
                          "Return the cosine of x (measured in radians).")
    cosh = _float_function("cosh", host_math.cosh, "Return the hyperbolic cosine of x.")
    degrees = _float_function("degrees", host_math.degrees,
                              "Convert angle x from radians to degrees.")
    erf = _float_function("erf", host_math.erf, "Error function at x.")
    erfc = _float_function("erfc", host_math.erfc, "Complementary error function at x.")
    exp = _float_function("exp", host_math.exp, "Return e raised to the power of x.")
    exp2 = _float_function("exp2", getattr(host_math, "exp2", _exp2),
                           "Return 2 raised to the power of x.")
    expm1 = _float_function("expm1", host_math.expm1,
                            "Return exp(x)-1.\n\nThis function avoids the loss of precision "
                            "involved in the direct evaluation of exp(x)-1 for small x.")
    fabs = _float_function("fabs", host_math.fabs,
                           "Return the absolute value of the float x.")
    gamma = _float_function("gamma", host_math.gamma, "Gamma function at x.")
    lgamma = _float_function("lgamma", host_math.lgamma,
                             "Natural logarithm of absolute value of Gamma function at x.")
    log1p = _float_function("log1p", host_math.log1p,
                            "Return the natural logarithm of 1+x (base e).\n\n"
                            "The result is computed in a way which is accurate for x near zero.")
    radians = _float_function("radians", host_math.radians,
                              "Convert angle x from degrees to radians.")
    sin = _float_function("sin", host_math.sin,
                          "Return the sine of x (measured in radians).")
    sinh = _float_function("sinh", host_math.sinh, "Return the hyperbolic sine of x.")
    sqrt = _float_function("sqrt", host_math.sqrt, "Return the square root of x.")
    tan = _float_function("tan", host_math.tan,
                          "Return the tangent of x (measured in radians).")
    tanh = _float_function("tanh", host_math.tanh, "Return the hyperbolic tangent of x.")
    ulp = _float_function("ulp", host_math.ulp,
                          "Return the value of the least significant bit of the float x.")

    # --- two doubles in (math_2) -----------------------------------------------------------

    atan2 = _float_function2("atan2", host_math.atan2,
                             "Return the arc tangent (measured in radians) of y/x.\n\n"
                             "Unlike atan(y/x), the signs of both x and y are considered.",
                             params="y, x")
    copysign = _float_function2("copysign", host_math.copysign,
                                "Return a float with the magnitude (absolute value) of x but "
                                "the sign of y.\n\nOn platforms that support signed zeros, "
                                "copysign(1.0, -0.0)\nreturns -1.0.\n")
    fmod = _float_function2("fmod", host_math.fmod,
                            "Return fmod(x, y), according to platform C.\n\nx % y may differ.")
    nextafter = _float_function2("nextafter", host_math.nextafter,
                                 "Return the next floating-point value after x towards y.")
    pow = _float_function2("pow", host_math.pow, "Return x**y (x to the power of y).")
    remainder = _float_function2(
        "remainder", host_math.remainder,
        "Difference between x and the closest integer multiple of y.\n\n"
        "Return x - n*y where n*y is the closest integer multiple of y.\n"
        "In the case where x is exactly halfway between two multiples of\n"
        "y, the nearest even value of n is used. The result is always exact.")

    # --- predicates ------------------------------------------------------------------------

    isfinite = _predicate("isfinite", host_math.isfinite,
                          "Return True if x is neither an infinity nor a NaN, "
                          "and False otherwise.")
    isinf = _predicate("isinf", host_math.isinf,
                       "Return True if x is a positive or negative infinity, "
                       "and False otherwise.")
    isnan = _predicate("isnan", host_math.isnan,
                       "Return True if x is a NaN (not a number), and False otherwise.")

    @function("($module, /, a, b, *, rel_tol=1e-09, abs_tol=0.0)")
    def isclose(w_a, w_b, w_rel_tol, w_abs_tol):
        """Determine whether two floating point numbers are close in value.

  rel_tol
    maximum difference for being considered "close", relative to the
    magnitude of the input values
  abs_tol
    maximum difference for being considered "close", regardless of the
    magnitude of the input values

Return True if a is close in value to b, and False otherwise.

For the values to be considered close, the difference between them
must be smaller than at least one of the tolerances.

-inf, inf and NaN behave similarly to the IEEE 754 Standard.  That
is, NaN is not close to anything, even itself.  inf and -inf are
only close to themselves."""
        a = as_double(w_a)
        b = as_double(w_b)
        rel_tol = 1e-09 if w_rel_tol is None else as_double(w_rel_tol)
        abs_tol = 0.0 if w_abs_tol is None else as_double(w_abs_tol)
        return _bool(call_host(host_math.isclose, a, b, rel_tol=rel_tol, abs_tol=abs_tol))

    # --- logarithms --------------------------------------------------------------------------

    @no_text_signature
    @varargs
    @function("($module, *args)")
    def log(args_w):
        """log(x, [base=math.e])
Return the logarithm of x to the given base.

If the base not specified, returns the natural logarithm (base e) of x."""
        # METH_VARARGS with "O|O:log", and its own arity message.
        if not 1 <= len(args_w) <= 2:
            raise type_error("math.log requires 1 to 2 arguments")
        x = as_log_argument(args_w[0])
        if len(args_w) == 1:
            return _float(call_host(host_math.log, x))
        return _float(call_host(host_math.log, x, as_log_argument(args_w[1])))

    log2 = _log_function("log2", host_math.log2, "Return the base 2 logarithm of x.")
    log10 = _log_function("log10", host_math.log10, "Return the base 10 logarithm of x.")

    # --- to integers -----------------------------------------------------------------------

    @function("($module, x, /)")
    def floor(w_x):
        """Return the floor of x as an Integral.

This is the largest integer <= x."""
        return _integral(w_x, "__floor__", host_math.floor)

    @function("($module, x, /)")
    def ceil(w_x):
        """Return the ceiling of x as an Integral.

This is the smallest integer >= x."""
        return _integral(w_x, "__ceil__", host_math.ceil)

    @function("($module, x, /)")
    def trunc(w_x):
        """Truncates the Real x to the nearest Integral toward 0.

Uses the __trunc__ magic method."""
        from glass.objects.float import W_Float
        if w_x.ob_type is W_Float.w_type:
            return _int(call_host(int, w_x.value))
        w_method = w_x.ob_type.lookup("__trunc__")
        if w_method is None:
            raise type_error("type %s doesn't define __trunc__ method" % w_x.ob_type.name)
        return abstract.call_bound_descriptor(w_method, w_x, [])

    # --- pieces of floats ------------------------------------------------------------------

    @function("($module, x, /)")
    def frexp(w_x):
        """Return the mantissa and exponent of x, as pair (m, e).

m is a float and e is an int, such that x = m * 2.**e.
If x is 0, m and e are both 0.  Else 0.5 <= abs(m) < 1.0."""
        mantissa, exponent = host_math.frexp(as_double(w_x))
        return _tuple([_float(mantissa), _int(exponent)])

    @function("($module, x, i, /)")
    def ldexp(w_x, w_i):
        """Return x * (2**i).

This is essentially the inverse of frexp()."""
        from glass.objects.int import W_Int
        x = as_double(w_x)
        if not isinstance(w_i, W_Int):
            raise type_error("Expected an int as second argument to ldexp.")
        return _float(call_host(host_math.ldexp, x, w_i.value))

    @function("($module, x, /)")
    def modf(w_x):
        """Return the fractional and integer parts of x.

Both results carry the sign of x and are floats."""
        fraction, whole = host_math.modf(as_double(w_x))
        return _tuple([_float(fraction), _float(whole)])

    # --- sums and products ---------------------------------------------------------------------

    @function("($module, seq, /)")
    def fsum(w_seq):
        """Return an accurate floating point sum of values in the iterable seq.

Assumes IEEE-754 floating point arithmetic."""
        values = []
        for w_item in abstract.iterate(w_seq):
            try:
                values.append(as_double(w_item))
            finally:
                decref(w_item)
        return _float(call_host(host_math.fsum, values))

    @function("($module, iterable, /, *, start=1)")
    def prod(w_iterable, w_start):
        """Calculate the product of all the elements in the input iterable.

The default start value for the product is 1.

When the iterable is empty, return the start value.  This function is
intended specifically for use with numeric values and may reject
non-numeric types."""
        if w_start is None:
            w_result = _int(1)
        else:
            w_start.ob_refcnt += 1
            w_result = w_start
        try:
            for w_item in abstract.iterate(w_iterable):
                try:
                    w_next = abstract.binary_op(w_result, w_item, "nb_multiply", "*")
                finally:
                    decref(w_item)
                decref(w_result)
                w_result = w_next
        except BaseException:
            decref(w_result)
            raise
        return w_result

    @function("($module, p, q, /)")
    def dist(w_p, w_q):
        """Return the Euclidean distance between two points p and q.

The points should be specified as sequences (or iterables) of
coordinates.  Both inputs must have the same dimension.

Roughly equivalent to:
    sqrt(sum((px - qx) ** 2.0 for px, qx in zip(p, q)))"""
        w_p = _points(w_p)
        try:
            w_q = _points(w_q)
            try:
                if len(w_p.items) != len(w_q.items):
                    raise operation_error("ValueError",
                                          "both points must have the same number of dimensions")
                p = [_coordinate(w) for w in w_p.items]
                q = [_coordinate(w) for w in w_q.items]
            finally:
                decref(w_q)
        finally:
            decref(w_p)
        return _float(call_host(host_math.dist, p, q))

    @fastcall
    @function("($module, *coordinates)")
    def hypot(coordinates_w):
        """hypot(*coordinates) -> value

Multidimensional Euclidean distance from the origin to a point.

Roughly equivalent to:
    sqrt(sum(x**2 for x in coordinates))

For a two dimensional point (x, y), gives the hypotenuse
using the Pythagorean theorem:  sqrt(x*x + y*y).

For example, the hypotenuse of a 3/4/5 right triangle is:

    >>> hypot(3.0, 4.0)
    5.0
"""
        return _float(call_host(host_math.hypot, *[_coordinate(w) for w in coordinates_w]))

    # --- integer functions ----------------------------------------------------------------------

    @function("($module, n, /)")
    def factorial(w_n):
        """Find n!.

Raise a ValueError if x is negative or non-integral."""
        return _int(call_host(host_math.factorial, as_integer(w_n)))

    @function("($module, n, /)")
    def isqrt(w_n):
        """Return the integer part of the square root of the input."""
        return _int(call_host(host_math.isqrt, as_integer(w_n)))

    @function("($module, n, k, /)")
    def comb(w_n, w_k):
        """Number of ways to choose k items from n items without repetition and without order.

Evaluates to n! / (k! * (n - k)!) when k <= n and evaluates
to zero when k > n.

Also called the binomial coefficient because it is equivalent
to the coefficient of k-th term in polynomial expansion of the
expression (1 + x)**n.

Raises TypeError if either of the arguments are not integers.
Raises ValueError if either of the arguments are negative."""
        n = as_integer(w_n)
        return _int(call_host(host_math.comb, n, as_integer(w_k)))

    @function("($module, n, k=None, /)")
    def perm(w_n, w_k):
        """Number of ways to choose k items from n items without repetition and with order.

Evaluates to n! / (n - k)! when k <= n and evaluates
to zero when k > n.

If k is not specified or is None, then k defaults to n
and the function returns n!.

Raises TypeError if either of the arguments are not integers.
Raises ValueError if either of the arguments are negative."""
        from glass.objects.none import w_None
        n = as_integer(w_n)
        if w_k is None or w_k is w_None:
            return _int(call_host(host_math.perm, n))
        return _int(call_host(host_math.perm, n, as_integer(w_k)))

    @function("($module, *integers)")
    def gcd(integers_w):
        """Greatest Common Divisor."""
        return _int(call_host(host_math.gcd, *[as_integer(w) for w in integers_w]))

    @function("($module, *integers)")
    def lcm(integers_w):
        """Least Common Multiple."""
        return _int(call_host(host_math.lcm, *[as_integer(w) for w in integers_w]))


def init_module(w_module):
    for name, value in (("pi", host_math.pi), ("e", host_math.e), ("tau", host_math.tau),
                        ("inf", host_math.inf), ("nan", host_math.nan)):
        w_value = _float(value)
        w_module.w_dict.setitem_str(name, w_value)
        decref(w_value)


MathModule.init_module = staticmethod(init_module)
from glass.objects.float import W_Float, float_as_double, new_float  # noqa: E402  (hot path: no import per call)
from glass.objects.int import new_int  # noqa: E402
