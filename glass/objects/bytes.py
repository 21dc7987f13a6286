"""Guest bytes.

Counterpart: Objects/bytesobject.c (PyBytesObject).  Minimal first version.
"""
from __future__ import annotations

from glass.objects.object import W_Object
from glass.objects.type import BASETYPE, BYTES_SUBCLASS, builtin_type, slot


@builtin_type("bytes", flags=BASETYPE | BYTES_SUBCLASS)
class W_Bytes(W_Object):
    """bytes(iterable_of_ints) -> bytes
bytes(string, encoding[, errors]) -> bytes
bytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer
bytes(int) -> bytes object of size given by the parameter initialized with null bytes
bytes() -> empty bytes object

Construct an immutable array of bytes from:
  - an iterable yielding integers in range(256)
  - a text string encoded using the specified encoding
  - any object implementing the buffer API.
  - an integer"""
    __slots__ = ("value", "hash_cache")

    def __init__(self, value, w_type=None):
        self.ob_refcnt = 1
        self.ob_type = w_type or W_Bytes.w_type
        self.value = value
        self.hash_cache = -1

    @slot("tp_repr")
    def repr(self):
        from glass.objects.str import new_str
        return new_str(repr(self.value))

    @slot("sq_length")
    def length(self):
        return len(self.value)


def new_bytes(value):
    return W_Bytes(bytes(value))
