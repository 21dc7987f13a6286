"""math against the host: every 3.11 function, its special values and messages.

Counterpart: glass/modules/math.py (Modules/mathmodule.c).
"""
from __future__ import annotations

import pytest
from oracle import same_as_host


def test_functions_values_and_errors():
    same_as_host(r"""
import math
class F:
    def __float__(self): return 2.5
class I:
    def __index__(self): return 3
class R:
    def __floor__(self): return 'fl'
    def __ceil__(self): return 'ce'
    def __trunc__(self): return 'tr'
vals = [0, 1, -1, 0.5, -0.5, 2, 1e308, -1e308, 1e-320, float('inf'), float('-inf'), float('nan'), 10**400, True, F(), I(), -0.0, 710, 'x', None]
names = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cbrt', 'cos', 'cosh', 'degrees', 'erf', 'erfc', 'exp', 'exp2', 'expm1', 'fabs',
         'gamma', 'lgamma', 'log1p', 'radians', 'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'ulp', 'isfinite', 'isinf', 'isnan', 'log', 'log2', 'log10',
         'floor', 'ceil', 'trunc', 'frexp', 'modf', 'factorial', 'isqrt']
for n in names:
    out = []
    for v in vals:
        try: out.append(repr(getattr(math, n)(v)))
        except Exception as e: out.append('%s: %s' % (type(e).__name__, e))
    print(n, out)
pairs = [(1, 2), (0, 0), (-1, 0.5), (float('inf'), 0), (2, 1e10), (10**400, 2), (0, -1), (1e308, 10), (-8, 1/3), (5, float('nan')), (3, 'a'), (I(), F())]
for n in ['atan2', 'copysign', 'fmod', 'nextafter', 'pow', 'remainder', 'log', 'ldexp', 'comb', 'perm', 'gcd', 'lcm', 'isclose', 'dist']:
    out = []
    for a, b in pairs:
        try: out.append(repr(getattr(math, n)(a, b)))
        except Exception as e: out.append('%s: %s' % (type(e).__name__, e))
    print(n, out)
print(math.floor(R()), math.ceil(R()), math.trunc(R()), math.floor(5), math.ceil(True), math.trunc(-3.7))
for f in (lambda: math.trunc(F()), lambda: math.ldexp(1.0, 2**100), lambda: math.ldexp(1.0, -2**100), lambda: math.ldexp(1.0, 1.5),
          lambda: math.fsum([1e308, 1e308]), lambda: math.fsum([float('inf'), float('-inf')]), lambda: math.fsum([0.1] * 10),
          lambda: math.fsum(iter([1, 2.5, F(), I()])), lambda: math.fsum([1, 'a']), lambda: math.fsum(3),
          lambda: math.prod([1, 2, 3]), lambda: math.prod([], start=5), lambda: math.prod([2.5, 3], start=2), lambda: math.prod(['a', 2]),
          lambda: math.prod([2, 'a']), lambda: math.prod(range(1, 30)), lambda: math.dist([1, 2], (3,)), lambda: math.dist((1, 2, 3), iter([4, 5, 6])),
          lambda: math.hypot(), lambda: math.hypot(3, 4), lambda: math.hypot(1, 2, 3, 4.5), lambda: math.hypot('a'), lambda: math.hypot(float('inf'), float('nan')),
          lambda: math.gcd(), lambda: math.gcd(12, 18, 27), lambda: math.lcm(4, 6, 10), lambda: math.lcm(), lambda: math.gcd(2**100, 6 * 2**50), lambda: math.gcd(1.5),
          lambda: math.comb(10, -1), lambda: math.comb(-1, 2), lambda: math.comb(100, 50), lambda: math.perm(5), lambda: math.perm(5, None), lambda: math.perm(10, 3),
          lambda: math.factorial(5.0), lambda: math.factorial(-1), lambda: math.factorial(30), lambda: math.isqrt(-1), lambda: math.isqrt(10**50),
          lambda: math.isclose(1, 1 + 1e-10), lambda: math.isclose(1, 1.1, rel_tol=0.2), lambda: math.isclose(1, 2, abs_tol=-1), lambda: math.isclose(1, 1.0001, abs_tol=0.01),
          lambda: math.log(8, 2), lambda: math.log(10**1000, 10), lambda: math.log(1, 1), lambda: math.log(-1), lambda: math.log(0), lambda: math.log(), lambda: math.log(1, 2, 3),
          lambda: math.log2(2**1100), lambda: math.log10(-10**400), lambda: math.pow(0, -1), lambda: math.pow(-1, 0.5), lambda: math.exp(1000),
          lambda: math.sqrt(-1), lambda: math.factorial(10**20), lambda: math.frexp(0), lambda: math.modf(float('inf')), lambda: math.floor(float('nan'))):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
print(math.pi, math.e, math.tau, math.inf, math.nan, math.sqrt.__doc__, math.hypot.__doc__[:20], math.log.__doc__, math.__doc__)
""")
