"""cmath against the host: every function on special values, and the errors.

Counterpart: glass/modules/cmath.py (Modules/cmathmodule.c).
"""
from __future__ import annotations

import pytest
from oracle import same_as_host


def test_functions_values_and_errors():
    same_as_host(r"""
import cmath
class C:
    def __complex__(self): return 1 + 2j
class F:
    def __float__(self): return 0.25
class BadC:
    def __complex__(self): return 5
inf, nan = float('inf'), float('nan')
vals = [0, 1, -1, 0.5, 2j, -2j, 1 + 1j, -1 - 1j, complex(inf, 0), complex(-inf, inf), complex(nan, 1), complex(0, nan), complex(inf, nan), complex(1e308, 1e308),
        complex(-0.0, -0.0), complex(710, 1), 10**400, True, C(), F(), 'x', BadC(), complex(1e-320, -1e-320)]
for n in ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'exp', 'log', 'log10', 'sin', 'sinh', 'sqrt', 'tan', 'tanh',
          'isfinite', 'isinf', 'isnan', 'phase', 'polar']:
    out = []
    for v in vals:
        try: out.append(repr(getattr(cmath, n)(v)))
        except Exception as e: out.append('%s: %s' % (type(e).__name__, e))
    print(n, out)
for f in (lambda: cmath.log(8, 2), lambda: cmath.log(1j, 1 + 1j), lambda: cmath.log(0), lambda: cmath.log(1, 1), lambda: cmath.log(1, 0),
          lambda: cmath.rect(2, 1), lambda: cmath.rect(inf, 0), lambda: cmath.rect(inf, nan), lambda: cmath.rect(1, inf), lambda: cmath.rect(2j, 1),
          lambda: cmath.isclose(1j, 1j + 1e-10), lambda: cmath.isclose(1, 2, abs_tol=-1), lambda: cmath.isclose(1, 1.5, rel_tol=0.5), lambda: cmath.isclose(inf, inf),
          lambda: cmath.log(), lambda: cmath.log(1, 2, 3), lambda: cmath.exp(1000), lambda: cmath.cosh(complex(1000, 1))):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj, cmath.__doc__, cmath.sqrt.__doc__, cmath.log.__text_signature__)
""")
