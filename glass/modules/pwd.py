"""The pwd module: the password database (getpwuid, getpwnam, getpwall).

Counterpart: Modules/pwdmodule.c.

The look-ups are the host's (the same getpwuid_r/getpwnam_r/getpwent calls);
their struct_passwd results become the guest's pwd.struct_passwd.  The
docstrings are the host module's.
"""
from __future__ import annotations

import pwd as host_pwd

from glass.modules import builtin_module, function
from glass.modules.posix import register_structseq, structseq_type, to_guest, to_host
from glass.objects.exceptions import EXCEPTION_TYPES, OperationError, new_exception


def register_host_structseq(name, host_type):
    """Declare guest struct sequence `name` with the fields (names and docs)
    of host struct sequence type host_type, so to_guest converts its values."""
    count = host_type.n_fields
    names = _field_names(host_type)
    fields = tuple((field, getattr(host_type, field).__doc__) for field in names)
    assert len(fields) == count, name
    register_structseq(name, fields, host_type.n_sequence_fields, host_type.__doc__,
                       host_type=host_type)


def _field_names(host_type):
    """The fields of a host struct sequence type, in order: __match_args__
    on CPython 3.10+; PyPy 3.9's types have none, but index their fields;
    CPython 3.9's list their member descriptors in the fields' order."""
    names = getattr(host_type, "__match_args__", None)
    if names is not None:
        return list(names)
    indexed = [(getattr(value, "index", None), name) for name, value in vars(host_type).items()
               if type(value).__name__ == "structseqfield"]
    if indexed:
        return [name for _index, name in sorted(indexed)]
    return [name for name, value in vars(host_type).items()
            if type(value).__name__ == "member_descriptor"]


def call_lookup(func, *args):
    """Call a host look-up: a KeyError keeps its message as its one argument
    (host_call would pass str(error), which is the message's repr)."""
    try:
        return func(*args)
    except KeyError as error:
        raise OperationError(new_exception(EXCEPTION_TYPES["KeyError"], error.args[0]))
    except Exception as error:
        from glass.modules.posix import guest_error
        raise guest_error(error)


register_host_structseq("pwd.struct_passwd", host_pwd.struct_passwd)


@builtin_module("pwd", doc=host_pwd.__doc__)
class PwdModule:

    @function("($module, uidobj, /)", doc=host_pwd.getpwuid.__doc__)
    def getpwuid(w_uid):
        return to_guest(call_lookup(host_pwd.getpwuid, to_host(w_uid)))

    @function("($module, name, /)", doc=host_pwd.getpwnam.__doc__)
    def getpwnam(w_name):
        return to_guest(call_lookup(host_pwd.getpwnam, to_host(w_name)))

    @function("($module, /)", doc=host_pwd.getpwall.__doc__)
    def getpwall():
        return to_guest(call_lookup(host_pwd.getpwall))


def init_module(w_module):
    w_module.w_dict.setitem_str("struct_passwd", structseq_type("pwd.struct_passwd"))


PwdModule.init_module = staticmethod(init_module)
