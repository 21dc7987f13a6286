"""Guest floats.

Counterpart: Objects/floatobject.c (PyFloatObject).

Minimal first version: the numbers helper completes it (repr, formatting,
the full arithmetic with CPython's errors).
"""
from __future__ import annotations

from glass.objects.object import W_Object
from glass.objects.type import BASETYPE, MATCH_SELF, builtin_type, slot


@builtin_type("float", flags=BASETYPE | MATCH_SELF)
class W_Float(W_Object):
    """Convert a string or number to a floating point number, if possible."""
    __slots__ = ("value",)

    def __init__(self, value, w_type=None):
        self.ob_refcnt = 1
        self.ob_type = w_type or W_Float.w_type
        self.value = value

    @slot("tp_repr")
    def repr(self):
        from glass.objects.str import new_str
        return new_str(repr(self.value))

    @slot("nb_bool")
    def bool(self):
        return self.value != 0.0


def new_float(value):
    return W_Float(value)
