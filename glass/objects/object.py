"""The root of every guest value, and reference counting.

Counterpart: Include/object.h and Objects/object.c (PyObject, Py_INCREF,
Py_DECREF, _Py_Dealloc).

Every guest value is an instance of a `W_` class deriving from W_Object.  It
carries its reference count and its guest type, as a PyObject header does.
The discipline is the C API's: a function that returns a guest object returns
a *new* reference, arguments are *borrowed*, containers own their items, the
value stack owns its entries.  When a count reaches zero the type's
tp_dealloc runs at once, so finalizers run exactly where CPython runs them.

In hot paths (the eval loop) the increments are written inline
(`w.ob_refcnt += 1`) instead of calling incref(): a host function call costs
more than the increment itself.
"""
from __future__ import annotations


class W_Object:
    """A guest object.  Counterpart: PyObject."""
    __slots__ = ("ob_refcnt", "ob_type")

    def __init__(self, w_type):
        self.ob_refcnt = 1        # the creator's reference: a new reference
        self.ob_type = w_type

    def __repr__(self):
        # For Glass's own debugging only; the guest sees tp_repr.
        name = getattr(self.ob_type, "name", "?")
        return "<%s %s refcnt=%d>" % (type(self).__name__, name, self.ob_refcnt)


def incref(w_obj):
    """Py_INCREF."""
    w_obj.ob_refcnt += 1


def new_ref(w_obj):
    """Py_NewRef: take a new reference and return the object."""
    w_obj.ob_refcnt += 1
    return w_obj


def decref(w_obj):
    """Py_DECREF: release a reference; at zero the object is deallocated."""
    w_obj.ob_refcnt -= 1
    if w_obj.ob_refcnt == 0:
        dealloc(w_obj)


def xdecref(w_obj):
    """Py_XDECREF: decref, allowing None (NULL)."""
    if w_obj is not None:
        w_obj.ob_refcnt -= 1
        if w_obj.ob_refcnt == 0:
            dealloc(w_obj)


def dealloc(w_obj):
    """_Py_Dealloc: hand the object to its type's tp_dealloc.

    Immortal objects (None, True, small ints...) are given a huge count at
    creation, so they never get here in practice; CPython 3.11 has no
    immortality, but its counts on these objects are never observed to fall
    to zero either.
    """
    w_obj.ob_type.tp_dealloc(w_obj)
