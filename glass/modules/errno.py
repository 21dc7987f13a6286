"""The errno module: the system's error codes by name, and errorcode.

Counterpart: Modules/errnomodule.c.

The numbers are the platform's, so they are taken from the host's errno
module (the same C library's <errno.h>), in the host's order; errorcode
maps each number back to its name, the last name declared winning where
two share a number (EWOULDBLOCK and EAGAIN), as in CPython.
"""
from __future__ import annotations

import errno as host_errno

from glass.modules import builtin_module
from glass.objects.object import decref

ERRNO_DOC = (
    "This module makes available standard errno system symbols.\n\n"
    "The value of each symbol is the corresponding integer value,\n"
    "e.g., on most systems, errno.ENOENT equals the integer 2.\n\n"
    "The dictionary errno.errorcode maps numeric codes to symbol names,\n"
    "e.g., errno.errorcode[2] could be the string 'ENOENT'.\n\n"
    "Symbols that are not relevant to the underlying system are not defined.\n\n"
    "To map error codes to error messages, use the function os.strerror(),\n"
    "e.g. os.strerror(2) could return 'No such file or directory'.")


def error_names():
    """(name, number) for every error code the host's errno module has."""
    return [(name, value) for name, value in vars(host_errno).items()
            if name.startswith("E") and isinstance(value, int)]


@builtin_module("errno", doc=ERRNO_DOC)
class ErrnoModule:

    @staticmethod
    def init_module(w_module):
        from glass.objects.dict import W_Dict
        from glass.objects.int import new_int
        from glass.objects.str import new_str
        w_dict = w_module.w_dict
        for name, value in error_names():
            w_value = new_int(value)
            w_dict.setitem_str(name, w_value)
            decref(w_value)
        w_errorcode = W_Dict()
        for value, name in host_errno.errorcode.items():
            w_key, w_name = new_int(value), new_str(name)
            w_errorcode.setitem(w_key, w_name)
            decref(w_key)
            decref(w_name)
        w_dict.setitem_str("errorcode", w_errorcode)
        decref(w_errorcode)
