"""The _zoneinfo module: the ZoneInfo time zone class.

Counterpart: Modules/_zoneinfo.c.

Made of the pure ZoneInfo of the guest stdlib's zoneinfo/_zoneinfo.py, run
afresh with `_zoneinfo` blocked (glass/modules/pure_accelerator.py), so it
is a class of its own, with its own cache, distinct from the one
`import_fresh_module("zoneinfo", blocked=["_zoneinfo"])` gives; the zoneinfo
package is imported first, as the C module does.
Divergence: the C class's own error messages and its weak cache's sizes
(the pure class's are used) may differ.
"""
from __future__ import annotations

from glass.modules import builtin_module
from glass.modules.pure_accelerator import pure_accelerator


@builtin_module("_zoneinfo")
class ZoneinfoModule:
    """C implementation of the zoneinfo module"""

    init_module = pure_accelerator(
        requires=["zoneinfo"],
        sources=[("zoneinfo._zoneinfo", ("ZoneInfo",))])
