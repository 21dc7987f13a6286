"""The _opcode module: the stack effect of an instruction, for dis.stack_effect.

Counterpart: Modules/_opcode.c.

The effects are the ones Glass's own compiler uses (glass/bytecode/opcode.py,
the counterpart of compile.c's stack_effect), so dis and the assembler agree.
"""
from __future__ import annotations

from glass.bytecode import opcode as glass_opcode
from glass.modules import builtin_module, function
from glass.objects import abstract
from glass.objects.exceptions import overflow_error, value_error
from glass.objects.object import decref


def _c_int(w_value):
    """Clinic's int converter."""
    w_int = abstract.index(w_value)
    value = w_int.value
    decref(w_int)
    if not -(1 << 31) <= value < (1 << 31):
        raise overflow_error("Python int too large to convert to C int")
    return value


@builtin_module("_opcode")
class OpcodeModule:
    """Opcode support module."""

    @function("($module, opcode, oparg=None, /, *, jump=None)")
    def stack_effect(w_opcode, w_oparg, w_jump):
        """Compute the stack effect of the opcode."""
        from glass.objects.bool import w_False, w_True
        from glass.objects.int import new_int
        from glass.objects.none import w_None
        opcode = _c_int(w_opcode)
        if w_oparg is w_None:
            w_oparg = None
        oparg = None
        if opcode >= glass_opcode.HAVE_ARGUMENT:
            if w_oparg is None:
                raise value_error("stack_effect: opcode requires oparg but oparg "
                                  "was not specified")
            oparg = _c_int(w_oparg)
        elif w_oparg is not None:
            raise value_error("stack_effect: opcode does not permit oparg but oparg "
                              "was specified")
        if w_jump is None or w_jump is w_None:
            jump = None
        elif w_jump is w_True:
            jump = True
        elif w_jump is w_False:
            jump = False
        else:
            raise value_error("stack_effect: jump must be False, True or None")
        try:
            effect = glass_opcode.stack_effect(opcode, oparg, jump)
        except (ValueError, IndexError, KeyError):
            raise value_error("invalid opcode or oparg")
        return new_int(effect)

    @function("($module, /)")
    def get_specialization_stats():
        """Return the specialization stats"""
        from glass.objects.none import w_None
        w_None.ob_refcnt += 1
        return w_None
