"""The _typing module: accelerators for typing.py.

Counterpart: Modules/_typingmodule.c.

In 3.11 it holds one function, the identity that NewType uses as its
__call__ (a builtin function is no descriptor, so `UserId(5)` calls it with
the value alone).
"""
from __future__ import annotations

from glass.modules import builtin_module, function


@builtin_module("_typing")
class TypingModule:
    """Accelerators for the typing module.
"""

    @function("($module, x, /)")
    def _idfunc(w_x):
        # _typing__idfunc: x itself (no docstring: CPython's __doc__ is None)
        w_x.ob_refcnt += 1
        return w_x
