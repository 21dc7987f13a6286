"""The _uuid module: the system's time-based UUID generator under uuid.

Counterpart: Modules/_uuidmodule.c.

generate_time_safe() is the host's (libuuid's uuid_generate_time_safe); a
host without _uuid (PyPy) leaves the guest without it too, and uuid.py
falls back to its pure-Python generator, as on a CPython built without it.
"""
from __future__ import annotations

try:
    import _uuid as host_uuid
except ImportError:                     # PyPy, or a CPython built without libuuid
    host_uuid = None

from glass.modules import MODULE_DEFS, builtin_module
from glass.modules.builtins import raw_function
from glass.modules.posix import host_call, to_guest


@builtin_module("_uuid", doc=None)
class UuidModule:

    @raw_function(None)
    def generate_time_safe(args_w, kwargs):
        from glass.objects.exceptions import type_error
        if kwargs:          # METH_NOARGS's checks, with its messages
            raise type_error("_uuid.generate_time_safe() takes no keyword arguments")
        if args_w:
            raise type_error("_uuid.generate_time_safe() takes no arguments (%d given)"
                             % len(args_w))
        return to_guest(host_call(host_uuid.generate_time_safe))

    @staticmethod
    def init_module(w_module):
        w_flag = to_guest(host_uuid.has_uuid_generate_time_safe)
        w_module.w_dict.setitem_str("has_uuid_generate_time_safe", w_flag)
        from glass.objects.object import decref
        decref(w_flag)


if host_uuid is None:
    # Declared (so sys.builtin_module_names names it) but not available:
    # the import finds nothing and raises ModuleNotFoundError.
    del MODULE_DEFS["_uuid"]
