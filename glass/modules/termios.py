"""The termios module: the POSIX terminal calls (tcgetattr, tcsetattr...).

Counterpart: Modules/termios.c.

The calls are the host's, on the int the guest's file descriptor argument
stands for; the attribute list crosses as a list of ints with the cc list
of one-byte bytes (and ints), as CPython builds it.  termios.error is a
guest exception class of its own, raised with (errno, strerror) as the C
module does.  The docstrings and constants are the host module's.
"""
from __future__ import annotations

import termios as host_termios

from glass.modules import builtin_module, function
from glass.modules.posix import guest_error, to_guest, to_host
from glass.modules.select import as_file_descriptor
from glass.objects.exceptions import EXCEPTION_TYPES, OperationError, call_exception_type
from glass.objects.object import decref

W_ERROR = []            # [termios.error], made with the module


def call_termios(func, *args):
    """Call a host termios function; its termios.error becomes the guest's."""
    try:
        return func(*args)
    except host_termios.error as error:
        args_w = [to_guest(arg) for arg in error.args]
        try:
            raise OperationError(call_exception_type(W_ERROR[0], args_w))
        finally:
            for w_arg in args_w:
                decref(w_arg)
    except OperationError:
        raise
    except Exception as error:
        raise guest_error(error)


def _delegate(name, signature):
    """A module function passing the fd and its other arguments to the host's."""
    host_func = getattr(host_termios, name)

    def call(w_fd, *args_w):
        fd = as_file_descriptor(w_fd)
        return to_guest(call_termios(host_func, fd, *[to_host(w_arg) for w_arg in args_w]))
    call.__name__ = name
    return function(signature, name=name, doc=host_func.__doc__)(call)


@builtin_module("termios", doc=host_termios.__doc__)
class TermiosModule:
    pass


for _name, _signature in (
        ("tcgetattr", "($module, fd, /)"),
        ("tcsetattr", "($module, fd, when, attributes, /)"),
        ("tcsendbreak", "($module, fd, duration, /)"),
        ("tcdrain", "($module, fd, /)"),
        ("tcflush", "($module, fd, queue, /)"),
        ("tcflow", "($module, fd, action, /)"),
        ("tcgetwinsize", "($module, fd, /)"),
        ("tcsetwinsize", "($module, fd, winsize, /)")):
    if hasattr(host_termios, _name):
        setattr(TermiosModule, _name, _delegate(_name, _signature))


def init_module(w_module):
    from glass.objects.exceptions import new_exception_class
    w_dict = w_module.w_dict
    for name, value in vars(host_termios).items():
        if name[:1].isupper() and type(value) is int:
            w_value = to_guest(value)
            w_dict.setitem_str(name, w_value)
            decref(w_value)
    if not W_ERROR:
        W_ERROR.append(new_exception_class("termios.error", EXCEPTION_TYPES["Exception"]))
    w_dict.setitem_str("error", W_ERROR[0])


TermiosModule.init_module = staticmethod(init_module)
