"""The resource module: resource limits and usage (getrlimit, getrusage...).

Counterpart: Modules/resource.c.

The calls are the host's; getrusage's result becomes the guest's
resource.struct_rusage.  resource.error is OSError, as in CPython.  The
docstrings and constants are the host module's.
"""
from __future__ import annotations

import resource as host_resource

from glass.modules import builtin_module, function
from glass.modules.builtins import raw_function
from glass.modules.posix import host_call, structseq_type, to_guest, to_host
from glass.modules.pwd import register_host_structseq
from glass.objects.exceptions import EXCEPTION_TYPES, type_error
from glass.objects.object import decref
from glass.vm.audit import audit

register_host_structseq("resource.struct_rusage", host_resource.struct_rusage)


@builtin_module("resource", doc=host_resource.__doc__)
class ResourceModule:

    @function("($module, who, /)", doc=host_resource.getrusage.__doc__)
    def getrusage(w_who):
        return to_guest(host_call(host_resource.getrusage, to_host(w_who)))

    @function("($module, resource, /)", doc=host_resource.getrlimit.__doc__)
    def getrlimit(w_resource):
        return to_guest(host_call(host_resource.getrlimit, to_host(w_resource)))

    @function("($module, resource, limits, /)", doc=host_resource.setrlimit.__doc__)
    def setrlimit(w_resource, w_limits):
        resource = to_host(w_resource)
        if _valid_resource(resource):
            audit("resource.setrlimit", resource, w_limits)
        host_call(host_resource.setrlimit, resource, to_host(w_limits))

    @function("($module, /)", doc=host_resource.getpagesize.__doc__)
    def getpagesize():
        return to_guest(host_call(host_resource.getpagesize))

    if hasattr(host_resource, "prlimit"):
        @raw_function(None)
        def prlimit(args_w, keywords):
            if keywords:
                raise type_error("prlimit() takes no keyword arguments")
            if len(args_w) in (2, 3):
                pid, resource = to_host(args_w[0]), to_host(args_w[1])
                if type(pid) is int and _valid_resource(resource):
                    audit("resource.prlimit", pid, resource,
                          args_w[2] if len(args_w) == 3 else None)
            return to_guest(host_call(host_resource.prlimit,
                                      *[to_host(w_arg) for w_arg in args_w]))
        prlimit.__doc__ = host_resource.prlimit.__doc__


def _valid_resource(resource):
    """Whether CPython's checks let the call reach its audit: an int in
    range (the host refuses the rest, with CPython's message)."""
    return type(resource) is int and 0 <= resource < RLIM_NLIMITS


# RLIM_NLIMITS, which the host module does not export: one past the last RLIMIT_.
RLIM_NLIMITS = 1 + max(value for name, value in vars(host_resource).items()
                       if name.startswith("RLIMIT_"))


def init_module(w_module):
    w_dict = w_module.w_dict
    for name, value in vars(host_resource).items():
        if name[:1].isupper() and type(value) is int:
            w_value = to_guest(value)
            w_dict.setitem_str(name, w_value)
            decref(w_value)
    w_dict.setitem_str("error", EXCEPTION_TYPES["OSError"])
    w_dict.setitem_str("struct_rusage", structseq_type("resource.struct_rusage"))


ResourceModule.init_module = staticmethod(init_module)
