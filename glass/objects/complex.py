"""Guest complex numbers.

Counterpart: Objects/complexobject.c.  Minimal first version.
"""
from __future__ import annotations

from glass.objects.object import W_Object
from glass.objects.type import BASETYPE, builtin_type, slot


@builtin_type("complex", flags=BASETYPE)
class W_Complex(W_Object):
    """Create a complex number from a real part and an optional imaginary part."""
    __slots__ = ("value",)

    def __init__(self, value, w_type=None):
        self.ob_refcnt = 1
        self.ob_type = w_type or W_Complex.w_type
        self.value = value

    @slot("tp_repr")
    def repr(self):
        from glass.objects.str import new_str
        return new_str(repr(self.value))


def new_complex(value):
    return W_Complex(value)
