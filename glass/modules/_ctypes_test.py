"""The _ctypes_test module: the C functions CPython's ctypes tests call.

Counterpart: Modules/_ctypes/_ctypes_test.c.

The test functions are C code, so they are the host's own: this module
names the host's compiled _ctypes_test library as its __file__, and the
tests load it with CDLL(_ctypes_test.__file__) through Glass's _ctypes,
which dlopens it like any other library.  The two Python-level functions
of the C module do nothing, as there.
"""
from __future__ import annotations

import importlib.util

from glass.modules import MODULE_DEFS, builtin_module, function


def _host_library_path():
    try:
        spec = importlib.util.find_spec("_ctypes_test")
    except (ImportError, ValueError):
        return None
    return getattr(spec, "origin", None) if spec is not None else None


HOST_LIBRARY = _host_library_path()


@builtin_module("_ctypes_test", doc=None)
class CtypesTestModule:

    @function("($module, /)")
    def func():
        return None

    @function("($module, *args)")
    def func_si(args_w):
        from glass.objects.exceptions import type_error
        from glass.objects.int import W_Int
        from glass.objects.str import W_Str
        if len(args_w) != 2:
            raise type_error("function takes exactly 2 arguments (%d given)" % len(args_w))
        if not isinstance(args_w[0], W_Str):
            raise type_error("argument 1 must be str, not %s" % args_w[0].ob_type.name)
        if not isinstance(args_w[1], W_Int):
            raise type_error("'%s' object cannot be interpreted as an integer"
                             % args_w[1].ob_type.name)

    @staticmethod
    def init_module(w_module):
        from glass.objects.object import decref
        from glass.objects.str import new_str
        w_file = new_str(HOST_LIBRARY)
        w_module.w_dict.setitem_str("__file__", w_file)
        decref(w_file)


if HOST_LIBRARY is None:
    # Declared (so sys.builtin_module_names names it) but not available.
    del MODULE_DEFS["_ctypes_test"]
