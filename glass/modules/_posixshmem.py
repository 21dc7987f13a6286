"""The _posixshmem module: POSIX shared memory objects (shm_open, shm_unlink)
under multiprocessing.shared_memory.

Counterpart: Modules/_multiprocessing/posixshmem.c.

The calls are the host's own _posixshmem (the same system calls); the guest
gets the file descriptor as an int and OSErrors naming its path.
"""
from __future__ import annotations

try:
    import _posixshmem as host_shm
except ImportError:                     # a host without shm_open
    host_shm = None

from glass.modules import MODULE_DEFS, builtin_module, function
from glass.modules.posix import host_call, to_guest
from glass.objects import abstract
from glass.objects.exceptions import argument_type_name, type_error


def _doc(name):
    return getattr(getattr(host_shm, name, None), "__doc__", None)


def _path(w_path, func_name):
    from glass.objects.str import W_Str
    if not isinstance(w_path, W_Str):
        raise type_error("%s() argument 'path' must be str, not %s"
                         % (func_name, argument_type_name(w_path)))
    return w_path.value


def _c_int(w_value):
    from glass.objects.exceptions import overflow_error
    from glass.objects.float import W_Float
    if isinstance(w_value, W_Float):
        raise type_error("'float' object cannot be interpreted as an integer")
    value = abstract.int_value(abstract.index(w_value))
    if not -(1 << 31) <= value < (1 << 31):
        raise overflow_error("Python int too large to convert to C int")
    return value


@builtin_module("_posixshmem", doc=getattr(host_shm, "__doc__", None))
class PosixShmemModule:

    @function("($module, /, path, flags, mode=511)", doc=_doc("shm_open"))
    def shm_open(w_path, w_flags, w_mode):
        path = _path(w_path, "shm_open")
        flags = _c_int(w_flags)
        mode = 0o777 if w_mode is None else _c_int(w_mode)
        return to_guest(host_call(host_shm.shm_open, path, flags, mode))

    @function("($module, /, path)", doc=_doc("shm_unlink"))
    def shm_unlink(w_path):
        host_call(host_shm.shm_unlink, _path(w_path, "shm_unlink"))


if host_shm is None:
    # Declared (so sys.builtin_module_names names it) but not available:
    # the import finds nothing and raises ModuleNotFoundError.
    del MODULE_DEFS["_posixshmem"]
