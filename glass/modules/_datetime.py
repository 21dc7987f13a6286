"""The _datetime module: the date and time types.

Counterpart: Modules/_datetimemodule.c.

Glass has no native date and time types yet.  The module is made of the
pure-Python classes of the guest stdlib's datetime.py, the implementation
CPython itself runs where _datetime is missing, run afresh for this module
with `_datetime` blocked (glass/modules/pure_accelerator.py).  So
`import _datetime` works, and a test that compares the two implementations
(test_datetime's _Pure and _Fast halves) runs both, here both pure.
Divergence: the datetime_CAPI capsule (for C code) and the C types' own
error messages are missing.
"""
from __future__ import annotations

from glass.modules import builtin_module
from glass.modules.pure_accelerator import pure_accelerator


@builtin_module("_datetime")
class DatetimeModule:
    """Fast implementation of the datetime type."""

    init_module = pure_accelerator(
        sources=[("datetime", ("MAXYEAR", "MINYEAR", "UTC", "date", "datetime", "time",
                               "timedelta", "timezone", "tzinfo"))])
