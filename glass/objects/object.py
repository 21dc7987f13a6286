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
        if w_type is not None and w_type.flags & HAVE_GC:
            gc_link(self)         # the cycle collector watches containers

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

    Containers go through the trashcan (Py_TRASHCAN_BEGIN/END): freeing a
    long chain (a list in a list in a list...) would otherwise recurse once
    per link on the host stack; past TRASHCAN_DEPTH nested deallocations the
    object waits in a list and is freed when the outermost one finishes.
    """
    w_type = w_obj.ob_type
    if not w_type.flags & HAVE_GC:
        w_type.tp_dealloc(w_obj)
        return
    gc_untrack(w_obj)             # the collector must never see it dying
    if _TRASH_DEPTH[0] >= TRASHCAN_DEPTH:
        _TRASH.append(w_obj)
        return
    _TRASH_DEPTH[0] += 1
    try:
        w_type.tp_dealloc(w_obj)            # _gc_dealloc, inline: this is hot
        if w_obj.ob_refcnt > 0:
            gc_track(w_obj)
        else:
            gc_freed(w_obj)
    finally:
        _TRASH_DEPTH[0] -= 1
    if not _TRASH_DEPTH[0] and _TRASH:
        _empty_trash()


def _gc_dealloc(w_obj):
    """tp_dealloc of a GC object, then PyObject_GC_Del; an object its
    finalizer resurrected is tracked again (subtype_dealloc's path)."""
    w_obj.ob_type.tp_dealloc(w_obj)
    if w_obj.ob_refcnt > 0:
        gc_track(w_obj)
    else:
        gc_freed(w_obj)


HAVE_GC = 1 << 14                 # Py_TPFLAGS_HAVE_GC (glass/objects/type.py)
TRASHCAN_DEPTH = 50               # _PyTrash_UNWIND_LEVEL
_TRASH_DEPTH = [0]
_TRASH = []                       # containers whose deallocation was put off


def _empty_trash():
    """_PyTrash_thread_destroy_chain: free the deferred containers, last in
    first out; each may defer more, which this loop then frees too."""
    while _TRASH:
        w_obj = _TRASH.pop()
        _TRASH_DEPTH[0] += 1
        try:
            _gc_dealloc(w_obj)
        finally:
            _TRASH_DEPTH[0] -= 1


from glass.objects.gctrack import (freed as gc_freed, link as gc_link,  # noqa: E402
                                   track as gc_track, untrack as gc_untrack)
