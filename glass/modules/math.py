"""The math module.

Counterpart: Modules/mathmodule.c.

The C library's functions are the host's (Python's math module is a thin
layer over the same libm), so the results are the same doubles; what this
file adds is CPython's argument conversion and its error mapping: a domain
error is ValueError("math domain error"), an overflow OverflowError("math
range error").  First version: the functions programs use most; the
stdlib issue completes the module.
"""
from __future__ import annotations

import math as host_math

from glass.modules import builtin_module, function
from glass.objects import abstract
from glass.objects.exceptions import operation_error, type_error
from glass.objects.object import decref


def as_double(w_x):
    """PyFloat_AsDouble: a host float from a guest real number."""
    from glass.objects.float import W_Float
    from glass.objects.int import W_Int
    if isinstance(w_x, W_Float):
        return w_x.value
    if isinstance(w_x, W_Int):
        try:
            return float(w_x.value)
        except OverflowError:
            raise operation_error("OverflowError", "int too large to convert to float")
    func = w_x.ob_type.nb_float
    if func is not None:
        w_res = func(w_x)
        value = w_res.value
        decref(w_res)
        return value
    if w_x.ob_type.nb_index is not None:
        w_int = abstract.index(w_x)
        value = w_int.value
        decref(w_int)
        return float(value)
    raise type_error("must be real number, not %s" % w_x.ob_type.name)


def _call_libm(func, *args):
    """Run a host libm function, mapping its errors as math_1/math_2 do."""
    try:
        result = func(*args)
    except ValueError:
        raise operation_error("ValueError", "math domain error")
    except OverflowError:
        raise operation_error("OverflowError", "math range error")
    return _float(result)


def _float(value):
    from glass.objects.float import new_float
    return new_float(value)


@builtin_module("math")
class MathModule:
    """This module provides access to the mathematical functions
defined by the C standard."""

    @function("($module, x, /)")
    def sqrt(w_x):
        """Return the square root of x."""
        return _call_libm(host_math.sqrt, as_double(w_x))

    @function("($module, x, /)")
    def sin(w_x):
        """Return the sine of x (measured in radians)."""
        return _call_libm(host_math.sin, as_double(w_x))

    @function("($module, x, /)")
    def cos(w_x):
        """Return the cosine of x (measured in radians)."""
        return _call_libm(host_math.cos, as_double(w_x))

    @function("($module, x, /)")
    def tan(w_x):
        """Return the tangent of x (measured in radians)."""
        return _call_libm(host_math.tan, as_double(w_x))

    @function("($module, x, /)")
    def atan(w_x):
        """Return the arc tangent (measured in radians) of x."""
        return _call_libm(host_math.atan, as_double(w_x))

    @function("($module, y, x, /)")
    def atan2(w_y, w_x):
        """Return the arc tangent (measured in radians) of y/x."""
        return _call_libm(host_math.atan2, as_double(w_y), as_double(w_x))

    @function("($module, x, /)")
    def exp(w_x):
        """Return e raised to the power of x."""
        return _call_libm(host_math.exp, as_double(w_x))

    @function("($module, x, y, /)")
    def pow(w_x, w_y):
        """Return x**y (x to the power of y)."""
        return _call_libm(host_math.pow, as_double(w_x), as_double(w_y))

    @function("($module, x, /)")
    def fabs(w_x):
        """Return the absolute value of the float x."""
        return _call_libm(host_math.fabs, as_double(w_x))

    @function("($module, x, /)")
    def floor(w_x):
        """Return the floor of x as an Integral."""
        return _integral(w_x, "__floor__", host_math.floor)

    @function("($module, x, /)")
    def ceil(w_x):
        """Return the ceiling of x as an Integral."""
        return _integral(w_x, "__ceil__", host_math.ceil)

    @function("($module, *coordinates)")
    def hypot(coordinates_w):
        """Multidimensional Euclidean distance from the origin to a point."""
        return _call_libm(host_math.hypot, *[as_double(w) for w in coordinates_w])

    @function("($module, x, /)")
    def isnan(w_x):
        """Return True if x is a NaN (not a number), and False otherwise."""
        from glass.objects.bool import new_bool
        return new_bool(host_math.isnan(as_double(w_x)))

    @function("($module, x, /)")
    def isinf(w_x):
        """Return True if x is a positive or negative infinity, and False otherwise."""
        from glass.objects.bool import new_bool
        return new_bool(host_math.isinf(as_double(w_x)))


def _integral(w_x, dunder, host_func):
    """floor()/ceil(): floats directly, other types through their dunder."""
    from glass.objects.float import W_Float
    from glass.objects.int import new_int
    if type(w_x) is W_Float:
        try:
            return new_int(host_func(w_x.value))
        except (OverflowError, ValueError) as error:
            kind = "OverflowError" if isinstance(error, OverflowError) else "ValueError"
            raise operation_error(kind, str(error))
    w_method = w_x.ob_type.lookup(dunder)
    if w_method is not None:
        return abstract.call_bound_descriptor(w_method, w_x, [])
    return new_int(host_func(as_double(w_x)))


def init_module(w_module):
    for name, value in (("pi", host_math.pi), ("e", host_math.e), ("tau", host_math.tau),
                        ("inf", host_math.inf), ("nan", host_math.nan)):
        w_value = _float(value)
        w_module.w_dict.setitem_str(name, w_value)
        decref(w_value)


MathModule.init_module = staticmethod(init_module)
