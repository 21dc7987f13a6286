"""The cmath module: mathematical functions for complex numbers.

Counterpart: Modules/cmathmodule.c.

The functions and their special values (the C99 Annex G tables CPython
implements) are the host's cmath, which computes the same doubles.  This
file converts guest arguments as the "D" converter does (a complex, then
__complex__, then PyFloat_AsDouble for the real part), and turns the host's
errors into the guest's ValueError("math domain error") and
OverflowError("math range error").
"""
from __future__ import annotations

import cmath as host_cmath
import math as host_math

from glass.modules import builtin_module, function
from glass.modules.math import as_double, call_host
from glass.objects.object import decref


def as_complex(w_z):
    """PyComplex_AsCComplex: a host complex from a guest number."""
    from glass.objects.complex import W_Complex, _try_complex_special_method
    if isinstance(w_z, W_Complex):
        return complex(w_z.real, w_z.imag)
    w_res = _try_complex_special_method(w_z)
    if w_res is not None:
        value = complex(w_res.real, w_res.imag)
        decref(w_res)
        return value
    return complex(as_double(w_z), 0.0)


def _complex(value):
    from glass.objects.complex import new_complex_parts
    return new_complex_parts(value.real, value.imag)


def _float(value):
    from glass.objects.float import new_float
    return new_float(value)


def _bool(value):
    from glass.objects.bool import new_bool
    return new_bool(value)


def _complex_function(name, host_func, doc):
    """A function of one complex returning a complex."""
    def operation(w_z):
        return _complex(call_host(host_func, as_complex(w_z)))
    operation.__name__ = name
    return function("($module, z, /)", name=name, doc=doc)(operation)


def _predicate(name, host_func, doc):
    def operation(w_z):
        return _bool(host_func(as_complex(w_z)))
    operation.__name__ = name
    return function("($module, z, /)", name=name, doc=doc)(operation)


@builtin_module("cmath")
class CmathModule:
    """This module provides access to mathematical functions for complex
numbers."""

    acos = _complex_function("acos", host_cmath.acos, "Return the arc cosine of z.")
    acosh = _complex_function("acosh", host_cmath.acosh,
                              "Return the inverse hyperbolic cosine of z.")
    asin = _complex_function("asin", host_cmath.asin, "Return the arc sine of z.")
    asinh = _complex_function("asinh", host_cmath.asinh,
                              "Return the inverse hyperbolic sine of z.")
    atan = _complex_function("atan", host_cmath.atan, "Return the arc tangent of z.")
    atanh = _complex_function("atanh", host_cmath.atanh,
                              "Return the inverse hyperbolic tangent of z.")
    cos = _complex_function("cos", host_cmath.cos, "Return the cosine of z.")
    cosh = _complex_function("cosh", host_cmath.cosh, "Return the hyperbolic cosine of z.")
    exp = _complex_function("exp", host_cmath.exp, "Return the exponential value e**z.")
    log10 = _complex_function("log10", host_cmath.log10, "Return the base-10 logarithm of z.")
    sin = _complex_function("sin", host_cmath.sin, "Return the sine of z.")
    sinh = _complex_function("sinh", host_cmath.sinh, "Return the hyperbolic sine of z.")
    sqrt = _complex_function("sqrt", host_cmath.sqrt, "Return the square root of z.")
    tan = _complex_function("tan", host_cmath.tan, "Return the tangent of z.")
    tanh = _complex_function("tanh", host_cmath.tanh, "Return the hyperbolic tangent of z.")

    isfinite = _predicate("isfinite", host_cmath.isfinite,
                          "Return True if both the real and imaginary parts of z are "
                          "finite, else False.")
    isinf = _predicate("isinf", host_cmath.isinf,
                       "Checks if the real or imaginary part of z is infinite.")
    isnan = _predicate("isnan", host_cmath.isnan,
                       "Checks if the real or imaginary part of z not a number (NaN).")

    @function("($module, z, base=<unrepresentable>, /)")
    def log(w_z, w_base):
        """log(z[, base]) -> the logarithm of z to the given base.

If the base is not specified, returns the natural logarithm (base e) of z."""
        z = as_complex(w_z)
        if w_base is None:
            return _complex(call_host(host_cmath.log, z))
        return _complex(call_host(host_cmath.log, z, as_complex(w_base)))

    @function("($module, z, /)")
    def phase(w_z):
        """Return argument, also known as the phase angle, of a complex."""
        return _float(call_host(host_cmath.phase, as_complex(w_z)))

    @function("($module, z, /)")
    def polar(w_z):
        """Convert a complex from rectangular coordinates to polar coordinates.

r is the distance from 0 and phi the phase angle."""
        from glass.objects.tuple import new_tuple_owned
        r, phi = call_host(host_cmath.polar, as_complex(w_z))
        return new_tuple_owned([_float(r), _float(phi)])

    @function("($module, r, phi, /)")
    def rect(w_r, w_phi):
        """Convert from polar coordinates to rectangular coordinates."""
        r = as_double(w_r)
        phi = as_double(w_phi)
        return _complex(call_host(host_cmath.rect, r, phi))

    @function("($module, /, a, b, *, rel_tol=1e-09, abs_tol=0.0)")
    def isclose(w_a, w_b, w_rel_tol, w_abs_tol):
        """Determine whether two complex numbers are close in value.

  rel_tol
    maximum difference for being considered "close", relative to the
    magnitude of the input values
  abs_tol
    maximum difference for being considered "close", regardless of the
    magnitude of the input values

Return True if a is close in value to b, and False otherwise.

For the values to be considered close, the difference between them must be
smaller than at least one of the tolerances.

-inf, inf and NaN behave similarly to the IEEE 754 Standard. That is, NaN is
not close to anything, even itself. inf and -inf are only close to themselves."""
        a = as_complex(w_a)
        b = as_complex(w_b)
        rel_tol = 1e-09 if w_rel_tol is None else as_double(w_rel_tol)
        abs_tol = 0.0 if w_abs_tol is None else as_double(w_abs_tol)
        return _bool(call_host(host_cmath.isclose, a, b, rel_tol=rel_tol, abs_tol=abs_tol))


def init_module(w_module):
    from glass.objects.complex import new_complex_parts
    d = w_module.w_dict
    for name, value in (("pi", host_math.pi), ("e", host_math.e), ("tau", host_math.tau),
                        ("inf", host_math.inf), ("nan", host_math.nan)):
        w_value = _float(value)
        d.setitem_str(name, w_value)
        decref(w_value)
    for name, imag in (("infj", host_math.inf), ("nanj", host_math.nan)):
        w_value = new_complex_parts(0.0, imag)
        d.setitem_str(name, w_value)
        decref(w_value)


CmathModule.init_module = staticmethod(init_module)
