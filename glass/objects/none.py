"""None, NotImplemented and Ellipsis: the three singletons.

Counterpart: Objects/object.c (_Py_NoneStruct, _Py_NotImplementedStruct) and
Objects/sliceobject.c (_Py_EllipsisObject).

Each is one object for the whole process, with a count so large it never
reaches zero.  CPython 3.11 counts references to them like any other object;
Glass counts them too, so sys.getrefcount(None) moves as in CPython, but
from a different starting number (the C runtime holds other references).
"""
from __future__ import annotations

from glass.objects.object import W_Object
from glass.objects.signature import no_text_signature
from glass.objects.type import builtin_type, method, slot

IMMORTAL = 1 << 30


@builtin_type("NoneType")
class W_None(W_Object):
    # The type of None: no tp_doc in 3.11 (None.__doc__ is None).
    __slots__ = ()

    @slot("tp_repr")
    def repr(self):
        from glass.objects.str import new_str
        return new_str("None")

    @slot("nb_bool")
    def bool(self):
        return False

    @slot("tp_hash")
    def hash(self):
        # 3.11 hashes None by address (_Py_HashPointer); a fixed stand-in.
        return 0xFCA86420 >> 4

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        if args_w or kwnames:
            from glass.objects.exceptions import type_error
            raise type_error("NoneType takes no arguments")
        w_None.ob_refcnt += 1
        return w_None


@builtin_type("NotImplementedType")
class W_NotImplemented(W_Object):
    # The type of NotImplemented: no tp_doc in 3.11.
    __slots__ = ()

    @slot("tp_repr")
    def repr(self):
        from glass.objects.str import new_str
        return new_str("NotImplemented")

    @slot("nb_bool")
    def bool(self):
        from glass.objects.exceptions import warn_deprecation
        warn_deprecation("NotImplemented should not be used in a boolean context")
        return True

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        return _singleton_new("NotImplementedType", w_NotImplemented, args_w, kwnames)

    @no_text_signature
    @method("($self, /)", name="__reduce__")
    def reduce(self):
        # notimplemented_reduce: pickled as the builtin's name.
        from glass.objects.str import new_str
        return new_str("NotImplemented")


@builtin_type("ellipsis")
class W_Ellipsis(W_Object):
    # The type of Ellipsis (...): no tp_doc in 3.11.
    __slots__ = ()

    @slot("tp_repr")
    def repr(self):
        from glass.objects.str import new_str
        return new_str("Ellipsis")

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        return _singleton_new("EllipsisType", w_Ellipsis, args_w, kwnames)

    @no_text_signature
    @method("($self, /)", name="__reduce__")
    def reduce(self):
        # ellipsis_reduce: pickled as the builtin's name.
        from glass.objects.str import new_str
        return new_str("Ellipsis")


def _singleton_new(type_name, w_singleton, args_w, kwnames):
    """ellipsis_new, notimplemented_new: calling the type gives the singleton."""
    if args_w or kwnames:
        from glass.objects.exceptions import type_error
        raise type_error("%s takes no arguments" % type_name)
    w_singleton.ob_refcnt += 1
    return w_singleton


w_None = W_None(W_None.w_type)
w_None.ob_refcnt = IMMORTAL
w_NotImplemented = W_NotImplemented(W_NotImplemented.w_type)
w_NotImplemented.ob_refcnt = IMMORTAL
w_Ellipsis = W_Ellipsis(W_Ellipsis.w_type)
w_Ellipsis.ob_refcnt = IMMORTAL


def new_none():
    """A new reference to None (Py_RETURN_NONE)."""
    w_None.ob_refcnt += 1
    return w_None
