"""Guest strs.

Counterpart: Objects/unicodeobject.c (PyUnicodeObject).

A W_Str holds a host str.  Identifiers are interned (one W_Str per name), as
CPython interns the names in code objects.
"""
from __future__ import annotations

from glass.objects.object import W_Object
from glass.objects.type import (BASETYPE, EQ, GE, GT, LE, LT, NE, UNICODE_SUBCLASS,
                                builtin_type, method, slot)


@builtin_type("str", flags=BASETYPE | UNICODE_SUBCLASS)
class W_Str(W_Object):
    """str(object='') -> str
str(bytes_or_buffer[, encoding[, errors]]) -> str

Create a new string object from the given object. If encoding or
errors is specified, then the object must expose a data buffer
that will be decoded using the given encoding and error handler.
Otherwise, returns the result of object.__str__() (if defined)
or repr(object).
encoding defaults to sys.getdefaultencoding().
errors defaults to 'strict'."""
    __slots__ = ("value", "hash_cache")

    def __init__(self, value, w_type=None):
        self.ob_refcnt = 1
        self.ob_type = w_type or W_Str.w_type
        self.value = value
        self.hash_cache = -1

    @slot("tp_repr")
    def repr(self):
        return new_str(repr(self.value))

    @slot("tp_str")
    def str(self):
        if self.ob_type is W_Str.w_type:
            self.ob_refcnt += 1
            return self
        return new_str(self.value)

    @slot("tp_hash")
    def hash(self):
        if self.hash_cache == -1:
            from glass.objects.hashing import hash_str
            self.hash_cache = hash_str(self.value)
        return self.hash_cache

    @slot("tp_richcompare")
    def richcompare(self, w_other, op):
        if not isinstance(w_other, W_Str):
            from glass.objects.none import w_NotImplemented
            w_NotImplemented.ob_refcnt += 1
            return w_NotImplemented
        from glass.objects.bool import new_bool
        a, b = self.value, w_other.value
        if op == EQ:
            return new_bool(a == b)
        if op == NE:
            return new_bool(a != b)
        if op == LT:
            return new_bool(a < b)
        if op == LE:
            return new_bool(a <= b)
        if op == GT:
            return new_bool(a > b)
        return new_bool(a >= b)

    @slot("sq_length")
    def length(self):
        return len(self.value)

    @slot("sq_concat")
    def concat(self, w_other):
        if not isinstance(w_other, W_Str):
            from glass.objects.exceptions import type_error
            raise type_error('can only concatenate str (not "%s") to str'
                             % w_other.ob_type.name)
        return new_str(self.value + w_other.value)

    @slot("sq_contains")
    def contains(self, w_item):
        if not isinstance(w_item, W_Str):
            from glass.objects.exceptions import type_error
            raise type_error("'in <string>' requires string as left operand, not %s"
                             % w_item.ob_type.name)
        return w_item.value in self.value

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        from glass.objects import abstract
        if not args_w:
            text = ""
        else:
            w_res = abstract.str(args_w[0])
            text = w_res.value
        if w_type is W_Str.w_type:
            return new_str(text)
        return w_type.host_class(text, w_type)

    @method("($self, /)")
    def upper(self):
        """Return a copy of the string converted to uppercase."""
        return new_str(self.value.upper())

    @method("($self, iterable, /)")
    def join(self, w_iterable):
        """Concatenate any number of strings."""
        from glass.objects import abstract
        from glass.objects.exceptions import type_error
        from glass.objects.object import decref
        parts = []
        for index, w_item in enumerate(abstract.iterate(w_iterable)):
            try:
                if not isinstance(w_item, W_Str):
                    raise type_error("sequence item %d: expected str instance, %s found"
                                     % (index, w_item.ob_type.name))
                parts.append(w_item.value)
            finally:
                decref(w_item)
        return new_str(self.value.join(parts))


def new_str(value):
    """PyUnicode_FromString: a new str object."""
    return W_Str(value)


def new_str_or_none(value):
    """A new str, or None (guest None) when value is None."""
    if value is None:
        from glass.objects.none import new_none
        return new_none()
    return W_Str(value)


_INTERNED = {}


def intern(value):
    """PyUnicode_InternFromString: the one shared W_Str for a name (new reference)."""
    w_str = _INTERNED.get(value)
    if w_str is None:
        w_str = _INTERNED[value] = W_Str(value)
        w_str.ob_refcnt = 1 << 30       # interned strings live forever here
    w_str.ob_refcnt += 1
    return w_str
