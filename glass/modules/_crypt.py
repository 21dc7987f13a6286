"""The _crypt module: the crypt(3) password hash under the crypt module.

Counterpart: Modules/_cryptmodule.c.

The hashing is the host's crypt(3), reached through the host's own _crypt
module; a host without it leaves the guest without _crypt, as a CPython
built without it.
"""
from __future__ import annotations

try:
    import _crypt as host_crypt
except ImportError:                     # the host was built without crypt(3)
    host_crypt = None

from glass.modules import MODULE_DEFS, builtin_module, function
from glass.modules.posix import host_call
from glass.objects.exceptions import argument_type_name, type_error


def _str_argument(w_value, position):
    from glass.objects.str import W_Str
    if not isinstance(w_value, W_Str):
        raise type_error("crypt() argument %d must be str, not %s"
                         % (position, argument_type_name(w_value)))
    return w_value.value


@builtin_module("_crypt", doc=None)
class CryptModule:

    @function("($module, word, salt, /)",
              doc=host_crypt.crypt.__doc__ if host_crypt is not None else None)
    def crypt(w_word, w_salt):
        from glass.objects.str import new_str
        word = _str_argument(w_word, 1)
        salt = _str_argument(w_salt, 2)
        return new_str(host_call(host_crypt.crypt, word, salt))


if host_crypt is None:
    # Declared (so sys.builtin_module_names names it) but not available:
    # the import finds nothing and raises ModuleNotFoundError.
    del MODULE_DEFS["_crypt"]
