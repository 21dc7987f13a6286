"""The _weakref module.

Counterpart: Modules/_weakref.c (the types are in glass/objects/weakrefobject.py).
"""
from __future__ import annotations

from glass.objects.exceptions import argument_type_name
from glass.modules import builtin_module, function
from glass.objects.weakrefobject import (W_CallableProxy, W_Proxy, W_WeakRef,
                                         new_proxy)


@builtin_module("_weakref")
class WeakrefModule:
    """Weak-reference support module."""

    @function("($module, object, /)")
    def getweakrefcount(w_object):
        """Return the number of weak references to 'object'."""
        from glass.objects.int import new_int
        return new_int(len(getattr(w_object, "weakrefs", None) or ()))

    @function("($module, object, /)")
    def getweakrefs(w_object):
        """getweakrefs(object) -- return a list of all weak reference objects
that point to 'object'."""
        from glass.objects.list import W_List
        refs = list(getattr(w_object, "weakrefs", None) or ())
        for w_ref in refs:
            w_ref.ob_refcnt += 1
        return W_List(refs)

    @function("($module, object, callback=<unrepresentable>, /)")
    def proxy(w_object, w_callback):
        """proxy(object[, callback]) -- create a proxy object that weakly
references 'object'.  'callback', if given, is called with a
reference to the proxy when 'object' is about to be finalized."""
        return new_proxy(w_object, w_callback)

    @function("($module, dct, key, /)")
    def _remove_dead_weakref(w_dct, w_key):
        """Atomically remove key from dict if it points to a dead weakref."""
        from glass.objects.dict import W_Dict
        from glass.objects.exceptions import type_error
        from glass.objects.none import new_none
        if not isinstance(w_dct, W_Dict):
            raise type_error("_remove_dead_weakref() argument 1 must be dict, not %s"
                             % argument_type_name(w_dct))
        w_value = w_dct.getitem(w_key)
        if w_value is not None:
            if not isinstance(w_value, (W_WeakRef, W_Proxy)):
                raise type_error("not a weakref")
            if w_value.w_referent is None:
                w_dct.delitem(w_key)
        # A missing key is no error: the collector may run a removal in
        # another thread after the key went (bpo-28427).
        return new_none()


def init_module(w_module):
    d = w_module.w_dict
    for name, w_type in (("ref", W_WeakRef.w_type), ("ReferenceType", W_WeakRef.w_type),
                         ("ProxyType", W_Proxy.w_type),
                         ("CallableProxyType", W_CallableProxy.w_type)):
        d.setitem_str(name, w_type)


WeakrefModule.init_module = staticmethod(init_module)
