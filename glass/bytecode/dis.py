"""Counterpart: Lib/dis.py

The disassembler: turns a Glass `Code` into the text CPython 3.11's
`dis.dis(code)` prints (and so `python3 -m dis FILE`), and into a stream of
`Instruction` records for the tools that watch the VM (trace, explorer).

One mechanism: `_instructions()` decodes the bytecode into records, and the
text is only a formatting of those records.  Everything here reads the Glass
opcode table; nothing imports the host's `dis` or `opcode`, so this runs on
a PyPy host too.

The columns of one line, as 3.11 prints them:

     12     >>   40 LOAD_GLOBAL              3 (NULL + print)
    line  mark  offset  opname (20)   oparg (5) (argrepr)

The line column is left out entirely when no instruction has a line number;
`-->` marks the current instruction (a traceback's f_lasti) and `>>` a jump
or exception-handler target.
"""
from __future__ import annotations

import collections
import io

from glass.bytecode.code import CO_FLAGS
from glass.bytecode.opcode import (
    ARG_COMPARE, ARG_CONST, ARG_FREE, ARG_JUMP, ARG_LOCAL, ARG_NAME,
    CACHE, CACHE_ENTRIES, CMP_OP, DEOPT, EXTENDED_ARG, FVC_MASK, FVS_HAVE_SPEC,
    FVS_MASK, HAVE_ARGUMENT, MAKE_FUNCTION_FLAGS, NB_OPS, OPMAP, OPNAME, opinfo)

__all__ = ["dis", "disassemble", "dis_text", "get_instructions",
           "Instruction", "Positions", "findlabels", "findlinestarts",
           "unpack_opargs",
           "code_info", "show_code", "pretty_flags", "UNKNOWN"]

# Column widths of a disassembly line (Lib/dis.py _OPNAME_WIDTH, _OPARG_WIDTH).
OPNAME_WIDTH = 20
OPARG_WIDTH = 5

LOAD_CONST = OPMAP["LOAD_CONST"]
LOAD_GLOBAL = OPMAP["LOAD_GLOBAL"]
FORMAT_VALUE = OPMAP["FORMAT_VALUE"]
MAKE_FUNCTION = OPMAP["MAKE_FUNCTION"]
BINARY_OP = OPMAP["BINARY_OP"]

# FORMAT_VALUE's conversion (oparg & FVC_MASK): the function dis reports as
# argval, and the word it prints.  These are host callables, as in dis.
FORMAT_VALUE_CONVERTERS = (
    (None, ""),
    (str, "str"),
    (repr, "repr"),
    (ascii, "ascii"),
)

# An oparg is a C int: EXTENDED_ARG prefixes that push it past 2**31 wrap it
# to a negative number, and dis reports it that way.
_INT_OVERFLOW = 2 ** 31


class _Unknown:
    """Stands for an argval dis cannot work out (dis.UNKNOWN)."""

    def __repr__(self):
        return "<unknown>"


UNKNOWN = _Unknown()


# --- Records ------------------------------------------------------------------

Positions = collections.namedtuple(
    "Positions", ["lineno", "end_lineno", "col_offset", "end_col_offset"],
    defaults=[None] * 4)

_InstructionFields = collections.namedtuple(
    "_InstructionFields",
    ["opname", "opcode", "arg", "argval", "argrepr", "offset",
     "starts_line", "is_jump_target", "positions"],
    defaults=[None])


class Instruction(_InstructionFields):
    """One decoded instruction, field for field a dis.Instruction.

    opname, opcode     the instruction
    arg                its oparg (EXTENDED_ARG prefixes applied), or None
    argval, argrepr    the oparg resolved (a constant, a name, a jump target)
                       and how dis prints it
    offset             its byte offset in co_code
    starts_line        the source line it starts, or None
    is_jump_target     True if a jump (or, in a disassembly, a handler) lands here
    positions          a Positions: the source span it came from
    """
    __slots__ = ()

    def text(self, lineno_width=3, mark_as_current=False, offset_width=4):
        """This instruction as one line of a disassembly.

        Counterpart: Instruction._disassemble.  A `lineno_width` of 0 leaves
        the line-number column out.
        """
        fields = []
        if lineno_width:
            if self.starts_line is None:
                fields.append(" " * lineno_width)
            else:
                fields.append(str(self.starts_line).rjust(lineno_width))
        fields.append("-->" if mark_as_current else "   ")
        fields.append(">>" if self.is_jump_target else "  ")
        fields.append(repr(self.offset).rjust(offset_width))
        fields.append(self.opname.ljust(OPNAME_WIDTH))
        if self.arg is not None:
            fields.append(repr(self.arg).rjust(OPARG_WIDTH))
            if self.argrepr:
                fields.append("(%s)" % self.argrepr)
        # Instructions without an argument leave trailing padding; dis strips it.
        return " ".join(fields).rstrip()


# --- Decoding -----------------------------------------------------------------

def _deopt(opcode):
    """The base instruction of a specialized one (itself otherwise)."""
    return DEOPT[opcode]


def _opname(opcode):
    """The name dis shows: specialized forms by their own name, '<n>' if unused."""
    info = opinfo(opcode)
    return info.name if info is not None else OPNAME[opcode]


def unpack_opargs(co_code):
    """Yield (offset, opcode, arg) for each instruction, skipping CACHE units.

    Counterpart: _unpack_opargs.  `arg` is None below HAVE_ARGUMENT; above it,
    the oparg with any EXTENDED_ARG prefixes folded in.  An EXTENDED_ARG is
    itself yielded, carrying the value accumulated so far.
    """
    extended = 0
    skip = 0
    for offset in range(0, len(co_code), 2):
        if skip:
            skip -= 1
            continue
        opcode = co_code[offset]
        base = _deopt(opcode)
        skip = CACHE_ENTRIES[base]
        if base < HAVE_ARGUMENT:
            arg = None
            extended = 0
        else:
            arg = co_code[offset + 1] | extended
            extended = arg << 8 if base == EXTENDED_ARG else 0
            if extended >= _INT_OVERFLOW:
                extended -= 2 * _INT_OVERFLOW
        yield offset, opcode, arg


def _jump_target(info, offset, arg):
    """The byte offset a relative jump at `offset` with oparg `arg` goes to."""
    distance = -arg if info.backward else arg
    return offset + 2 + distance * 2


def findlabels(co_code):
    """The offsets that jumps land on, in order of first appearance."""
    labels = []
    for offset, opcode, arg in unpack_opargs(co_code):
        info = opinfo(_deopt(opcode))
        if arg is None or info is None or info.arg != ARG_JUMP:
            continue
        target = _jump_target(info, offset, arg)
        if target not in labels:
            labels.append(target)
    return labels


def findlinestarts(code):
    """Yield (offset, line) where the line number changes.

    Ranges without a line (None) are passed over without resetting the last
    line seen, so a line that resumes after one is not reported again.
    """
    last_line = None
    for start, _end, line in code.co_lines():
        if line is not None and line != last_line:
            last_line = line
            yield start, line


def _resolve_arg(code, info, offset, arg):
    """(argval, argrepr) for an instruction's oparg, as dis resolves it."""
    kind = info.arg
    if kind == ARG_CONST:
        # dis dereferences the constant of LOAD_CONST only; KW_NAMES, the
        # other const-indexed instruction, gets no value and no repr.
        if info.number == LOAD_CONST:
            value = code.co_consts[arg]
            return value, repr(value)
        return UNKNOWN, ""
    if kind == ARG_NAME:
        if info.number == LOAD_GLOBAL:
            # The low bit asks LOAD_GLOBAL to push a NULL first (for a call).
            name = code.co_names[arg // 2]
            return name, ("NULL + " + name if arg & 1 else name)
        name = code.co_names[arg]
        return name, name
    if kind == ARG_JUMP:
        target = _jump_target(info, offset, arg)
        return target, "to %r" % target
    if kind == ARG_LOCAL or kind == ARG_FREE:
        # Locals, cells and free variables share one index space in 3.11.
        name = code.co_localsplusnames[arg]
        return name, name
    if kind == ARG_COMPARE:
        return CMP_OP[arg], CMP_OP[arg]
    if info.number == FORMAT_VALUE:
        converter, word = FORMAT_VALUE_CONVERTERS[arg & FVC_MASK]
        has_spec = (arg & FVS_MASK) == FVS_HAVE_SPEC
        if has_spec:
            word = word + ", with format" if word else "with format"
        return (converter, has_spec), word
    if info.number == MAKE_FUNCTION:
        flags = [flag for bit, flag in enumerate(MAKE_FUNCTION_FLAGS)
                 if arg & (1 << bit)]
        return arg, ", ".join(flags)
    if info.number == BINARY_OP:
        return arg, NB_OPS[arg][1]
    return arg, ""


def _instructions(code, linestarts, line_offset=0, exception_entries=(),
                  show_caches=False):
    """Counterpart: _get_instructions_bytes.  Yield Instruction records."""
    co_code = code.co_code
    labels = set(findlabels(co_code))
    for entry in exception_entries:
        # dis only counts a handler whose range is non-empty.
        if entry.end > entry.start:
            labels.add(entry.target)
    positions = code.co_positions()
    for offset, opcode, arg in unpack_opargs(co_code):
        base = _deopt(opcode)
        info = opinfo(base)
        starts_line = linestarts.get(offset)
        if starts_line is not None:
            starts_line += line_offset
        if arg is None or info is None:
            argval, argrepr = arg, ""
        else:
            argval, argrepr = _resolve_arg(code, info, offset, arg)
        yield Instruction(_opname(opcode), opcode, arg, argval, argrepr, offset,
                          starts_line, offset in labels,
                          Positions(*next(positions, ())))
        # The inline caches still own entries in co_positions.
        for _ in range(CACHE_ENTRIES[base]):
            offset += 2
            where = Positions(*next(positions, ()))
            if show_caches:
                # Unquickened code: every cache entry reads as a bare CACHE 0.
                yield Instruction("CACHE", CACHE, 0, None, "", offset, None,
                                  False, where)


def get_instructions(code, first_line=None, show_caches=False):
    """Yield an Instruction for each instruction of `code`.

    Counterpart: dis.get_instructions.  `first_line` renumbers the lines so
    that co_firstlineno reads as it.  As in dis, is_jump_target here counts
    jumps only; a disassembly also marks exception-handler targets.
    """
    line_offset = 0 if first_line is None else first_line - code.co_firstlineno
    return _instructions(code, dict(findlinestarts(code)), line_offset,
                         show_caches=show_caches)


# --- Text ---------------------------------------------------------------------

def disassemble(code, lasti=-1, file=None, show_caches=False):
    """Print the disassembly of one code object, without its nested ones.

    Counterpart: dis.disassemble (and _disassemble_bytes).  The instruction at
    byte offset `lasti` gets the `-->` marker.
    """
    linestarts = dict(findlinestarts(code))
    entries = code.exception_entries()
    if linestarts:
        # Three digits, wider only when some line needs more.
        lineno_width = max(3, len(str(max(linestarts.values()))))
    else:
        lineno_width = 0
    offset_width = max(4, len(str(len(code.co_code) - 2)))
    for instr in _instructions(code, linestarts, 0, entries, show_caches):
        if lineno_width and instr.starts_line is not None and instr.offset > 0:
            print(file=file)            # a blank line before each new line
        print(instr.text(lineno_width, instr.offset == lasti, offset_width),
              file=file)
    if entries:
        print("ExceptionTable:", file=file)
        for entry in entries:
            # The range is printed inclusive: its last instruction's offset.
            print("  %d to %d -> %d [%d]%s" % (
                entry.start, entry.end - 2, entry.target, entry.depth,
                " lasti" if entry.lasti else ""), file=file)


def dis(code, file=None, show_caches=False, depth=None):
    """Print the disassembly of `code`, then of the code objects in its consts.

    Counterpart: dis.dis on a code object (_disassemble_recursive).  `depth`
    limits how many levels of nested code objects are shown (None: all).
    """
    disassemble(code, file=file, show_caches=show_caches)
    if depth is not None:
        if depth <= 0:
            return
        depth -= 1
    for const in code.co_consts:
        if hasattr(const, "co_code"):
            print(file=file)
            print("Disassembly of %r:" % (const,), file=file)
            dis(const, file=file, show_caches=show_caches, depth=depth)


def dis_text(code, show_caches=False, depth=None):
    """What dis() prints, as a string."""
    out = io.StringIO()
    dis(code, file=out, show_caches=show_caches, depth=depth)
    return out.getvalue()


# --- Code information (dis.code_info) -----------------------------------------

def pretty_flags(flags):
    """co_flags as dis names them: 'OPTIMIZED, NEWLOCALS, 0x1000000'."""
    known = dict(CO_FLAGS)
    names = []
    for bit in range(32):
        flag = 1 << bit
        if flags & flag:
            names.append(known.get(flag, hex(flag)))
            flags ^= flag
            if not flags:
                return ", ".join(names)
    # Only reached when no bit was left to clear last: flags of 0 (or bits
    # beyond 32) are shown in hex after the names.
    names.append(hex(flags))
    return ", ".join(names)


def code_info(code):
    """Counterpart: dis.code_info for a code object."""
    lines = [
        "Name:              %s" % code.co_name,
        "Filename:          %s" % code.co_filename,
        "Argument count:    %s" % code.co_argcount,
        "Positional-only arguments: %s" % code.co_posonlyargcount,
        "Kw-only arguments: %s" % code.co_kwonlyargcount,
        "Number of locals:  %s" % code.co_nlocals,
        "Stack size:        %s" % code.co_stacksize,
        "Flags:             %s" % pretty_flags(code.co_flags),
    ]
    sections = (
        ("Constants:", code.co_consts, "%4d: %r"),
        ("Names:", code.co_names, "%4d: %s"),
        ("Variable names:", code.co_varnames, "%4d: %s"),
        ("Free variables:", code.co_freevars, "%4d: %s"),
        ("Cell variables:", code.co_cellvars, "%4d: %s"),
    )
    for title, values, row in sections:
        if values:
            lines.append(title)
            lines.extend(row % (index, value) for index, value in enumerate(values))
    return "\n".join(lines)


def show_code(code, file=None):
    """Print code_info(code)."""
    print(code_info(code), file=file)
