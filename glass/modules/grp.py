"""The grp module: the group database (getgrgid, getgrnam, getgrall).

Counterpart: Modules/grpmodule.c.

The look-ups are the host's; their struct_group results become the guest's
grp.struct_group.  The docstrings are the host module's.
"""
from __future__ import annotations

import grp as host_grp

from glass.modules import builtin_module, function
from glass.modules.posix import structseq_type, to_guest, to_host
from glass.modules.pwd import call_lookup, register_host_structseq

register_host_structseq("grp.struct_group", host_grp.struct_group)


@builtin_module("grp", doc=host_grp.__doc__)
class GrpModule:

    @function("($module, /, id)", doc=host_grp.getgrgid.__doc__)
    def getgrgid(w_id):
        return to_guest(call_lookup(host_grp.getgrgid, to_host(w_id)))

    @function("($module, /, name)", doc=host_grp.getgrnam.__doc__)
    def getgrnam(w_name):
        return to_guest(call_lookup(host_grp.getgrnam, to_host(w_name)))

    @function("($module, /)", doc=host_grp.getgrall.__doc__)
    def getgrall():
        return to_guest(call_lookup(host_grp.getgrall))


def init_module(w_module):
    w_module.w_dict.setitem_str("struct_group", structseq_type("grp.struct_group"))


GrpModule.init_module = staticmethod(init_module)
