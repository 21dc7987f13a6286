"""The _statistics module: the accelerated inverse of the normal CDF.

Counterpart: Modules/_statisticsmodule.c.

The function is pure floating-point arithmetic (Wichura's AS241), so the
host's own implementation gives the bits CPython gives: its _statistics
when it has one, else statistics.py's Python version of the same formula.
"""
from __future__ import annotations

from glass.modules import builtin_module, function

try:
    from _statistics import _normal_dist_inv_cdf as host_inv_cdf
except ImportError:                      # PyPy: the same formula in Python
    from statistics import _normal_dist_inv_cdf as host_inv_cdf


@builtin_module("_statistics")
class StatisticsModule:
    """Accelerators for the statistics module.
"""

    @function("($module, p, mu, sigma, /)")
    def _normal_dist_inv_cdf(w_p, w_mu, w_sigma):
        from glass.modules.math import as_double, call_host
        from glass.objects.float import new_float
        p = as_double(w_p)
        mu = as_double(w_mu)
        sigma = as_double(w_sigma)
        return new_float(call_host(host_inv_cdf, p, mu, sigma))
