"""The _testinternalcapi module: what CPython's internal-API test module
offers that a Python VM can answer.

Counterpart: Modules/_testinternalcapi.c.

test.support reads the recursion depth here (get_recursion_depth), so that
tests which recurse up to the limit (tomllib's, json's, ast's) count what
the VM counts, C calls included, not only the frames f_back reaches.  The
C helpers that test C code alone (test_bswap, test_hashtable...) and the
configuration functions (get_configs, set_config...) are not here:
importing them fails, and the tests that need them say so.  The locale
codec helpers are the host's own (not on PyPy, which has none).
"""
from __future__ import annotations

import posixpath

from glass.modules import builtin_module, function
from glass.objects.int import new_int

try:                                   # the host's, for the locale codec helpers
    import _testinternalcapi as host_testinternalcapi
except ImportError:                    # PyPy: no C test modules
    host_testinternalcapi = None


@builtin_module("_testinternalcapi")
class TestInternalCapiModule:

    SIZEOF_PYGC_HEAD = 16              # sizeof(PyGC_Head) on a 64-bit build

    @function("($module, /)")
    def get_recursion_depth():
        # The depth the recursion limit is checked against, less this
        # call's own count.
        from glass.vm import pystate
        return new_int(pystate.current().recursion_depth - 1)

    @function("($module, path, /)")
    def normalize_path(w_path):
        """_Py_normpath: the path with '.', '..' and repeated slashes resolved."""
        from glass.modules.posix import to_guest, to_host
        return to_guest(posixpath.normpath(to_host(w_path)))

    if host_testinternalcapi is not None:
        # The locale codec of Python/fileutils.c is the C library's, which
        # the host shares: its own test functions answer for it.
        @function("($module, unicode, current_locale, errors, /)")
        def EncodeLocaleEx(w_text, w_current_locale, w_errors):
            return _host_call(host_testinternalcapi.EncodeLocaleEx,
                              w_text, w_current_locale, w_errors)

        @function("($module, encoded, current_locale, errors, /)")
        def DecodeLocaleEx(w_encoded, w_current_locale, w_errors):
            return _host_call(host_testinternalcapi.DecodeLocaleEx,
                              w_encoded, w_current_locale, w_errors)


def _host_call(func, *args_w):
    """func on the host values of args_w; its result or error for the guest."""
    from glass.modules.posix import host_call, to_guest, to_host
    return to_guest(host_call(func, *[to_host(w_arg) for w_arg in args_w]))


def init_module(w_module):
    from glass.objects.object import decref
    w_size = new_int(TestInternalCapiModule.SIZEOF_PYGC_HEAD)
    w_module.w_dict.setitem_str("SIZEOF_PYGC_HEAD", w_size)
    decref(w_size)


TestInternalCapiModule.init_module = staticmethod(init_module)
