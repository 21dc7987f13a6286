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
        host_call(host_resource.setrlimit, to_host(w_resource), to_host(w_limits))

    @function("($module, /)", doc=host_resource.getpagesize.__doc__)
    def getpagesize():
        return to_guest(host_call(host_resource.getpagesize))

    if hasattr(host_resource, "prlimit"):
        @raw_function(None)
        def prlimit(args_w, keywords):
            if keywords:
                raise type_error("prlimit() takes no keyword arguments")
            return to_guest(host_call(host_resource.prlimit,
                                      *[to_host(w_arg) for w_arg in args_w]))
        prlimit.__doc__ = host_resource.prlimit.__doc__


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
