"""The fcntl module: fcntl, ioctl, flock and lockf on file descriptors.

Counterpart: Modules/fcntlmodule.c.

The calls are the host's, on the int the guest's file descriptor argument
stands for (an int or an object with fileno(), asked through the guest).
ioctl on a guest bytearray with mutate_flag runs on a host copy and copies
the result back, as the C call writes into the buffer itself.  The
docstrings and constants are the host module's.
"""
from __future__ import annotations

import fcntl as host_fcntl

from glass.modules import builtin_module, function
from glass.modules.posix import host_call, to_guest, to_host
from glass.modules.select import as_file_descriptor
from glass.objects import abstract
from glass.objects.object import decref
from glass.vm.audit import audit


def _audit_call(event, fd, w_code, *rest):
    """The calls' events: the fd, the command as an int, then the rest as
    given (None for an argument left out).  A command that is no int goes
    unheard: the host refuses it, as CPython's argument parsing does first."""
    code = to_host(w_code)
    if type(code) is not int:
        return
    if event == "fcntl.ioctl":
        code &= 0xFFFFFFFF                 # "I"
    audit(event, fd, code, *rest)


def _optional(*values_w):
    args = []
    for w_value in values_w:
        if w_value is None:
            break
        args.append(to_host(w_value))
    return args


@builtin_module("fcntl", doc=host_fcntl.__doc__)
class FcntlModule:

    @function("($module, fd, cmd, arg=0, /)", doc=host_fcntl.fcntl.__doc__)
    def fcntl(w_fd, w_cmd, w_arg):
        fd = as_file_descriptor(w_fd)
        _audit_call("fcntl.fcntl", fd, w_cmd, w_arg)
        return to_guest(host_call(host_fcntl.fcntl, fd, *_optional(w_cmd, w_arg)))

    @function("($module, fd, request, arg=0, mutate_flag=True, /)",
              doc=host_fcntl.ioctl.__doc__)
    def ioctl(w_fd, w_request, w_arg, w_mutate_flag):
        from glass.objects.bytearray import W_ByteArray
        fd = as_file_descriptor(w_fd)
        _audit_call("fcntl.ioctl", fd, w_request, w_arg)
        args = _optional(w_request, w_arg, w_mutate_flag)
        result = host_call(host_fcntl.ioctl, fd, *args)
        mutate = w_mutate_flag is None or abstract.is_true(w_mutate_flag)
        if isinstance(w_arg, W_ByteArray) and mutate:
            w_arg.value[:] = args[1]      # what the call wrote into the buffer
        return to_guest(result)

    @function("($module, fd, operation, /)", doc=host_fcntl.flock.__doc__)
    def flock(w_fd, w_operation):
        fd = as_file_descriptor(w_fd)
        _audit_call("fcntl.flock", fd, w_operation)
        host_call(host_fcntl.flock, fd, to_host(w_operation))

    @function("($module, fd, cmd, len=0, start=0, whence=0, /)", doc=host_fcntl.lockf.__doc__)
    def lockf(w_fd, w_cmd, w_len, w_start, w_whence):
        fd = as_file_descriptor(w_fd)
        whence = to_host(w_whence) if w_whence is not None else 0
        if type(whence) is int:
            _audit_call("fcntl.lockf", fd, w_cmd, w_len, w_start, whence)
        host_call(host_fcntl.lockf, fd, *_optional(w_cmd, w_len, w_start, w_whence))


def init_module(w_module):
    for name, value in vars(host_fcntl).items():
        if name[:1].isupper() and type(value) is int:
            w_value = to_guest(value)
            w_module.w_dict.setitem_str(name, w_value)
            decref(w_value)


FcntlModule.init_module = staticmethod(init_module)
