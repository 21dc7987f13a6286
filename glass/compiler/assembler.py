"""From basic blocks to a code object: layout, tables, co_* fields.

Counterpart: assemble() and its helpers in Python/compile.c of 3.11
(insert_prefix_instructions, fix_cell_offsets, assemble_jump_offsets,
write_location_info_entry, assemble_exception_table, makecode); CPython
3.12 moved the encoding half into Python/assemble.c.

The location table writer is the inverse of glass.bytecode.code's
`_location_entries`, and the exception table writer the inverse of its
`parse_exception_table`.
"""
from __future__ import annotations

from glass.bytecode import opcode as _opcode
from glass.bytecode.code import (
    CO_ASYNC_GENERATOR, CO_COROUTINE, CO_FAST_CELL, CO_FAST_FREE, CO_FAST_LOCAL,
    CO_GENERATOR, CO_NESTED, CO_NEWLOCALS, CO_OPTIMIZED, CO_VARARGS,
    CO_VARKEYWORDS, Code, LOCATION_LONG, LOCATION_NO_COLUMNS, LOCATION_NONE,
    LOCATION_ONE_LINE0)
from glass.compiler import flowgraph
from glass.compiler.flowgraph import Instr, NO_LOCATION, blocks_in_order

PyCF_MASK = (0x20000 | 0x40000 | 0x80000 | 0x100000 | 0x200000 | 0x400000 |
             0x800000 | 0x1000000)

DEREF_OPS = ("MAKE_CELL", "LOAD_CLOSURE", "LOAD_DEREF", "STORE_DEREF",
             "DELETE_DEREF", "LOAD_CLASSDEREF")


def compute_code_flags(unit, compiler_flags):
    """Counterpart: compute_code_flags."""
    ste = unit.ste
    flags = 0
    if ste.type == "function":
        flags |= CO_NEWLOCALS | CO_OPTIMIZED
        if ste.nested:
            flags |= CO_NESTED
        if ste.generator and not ste.coroutine:
            flags |= CO_GENERATOR
        if not ste.generator and ste.coroutine:
            flags |= CO_COROUTINE
        if ste.generator and ste.coroutine:
            flags |= CO_ASYNC_GENERATOR
        if ste.varargs:
            flags |= CO_VARARGS
        if ste.varkeywords:
            flags |= CO_VARKEYWORDS
    flags |= compiler_flags & PyCF_MASK
    # IS_TOP_LEVEL_AWAIT: a module awaiting at top level is a coroutine's code.
    if (compiler_flags & PyCF_ALLOW_TOP_LEVEL_AWAIT and ste.type == "module"
            and ste.coroutine and not ste.generator):
        flags |= CO_COROUTINE
    return flags


PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000


# Code units of each instruction without EXTENDED_ARG: itself and its caches
# (instr_size is the assembler's hottest function: a table, not arithmetic).
_BASE_SIZE = {name: 1 + _opcode.CACHE_ENTRIES[number]
              for name, number in _opcode.OPMAP.items()}


def instr_size(instr):
    """Code units: EXTENDED_ARG prefixes, the instruction, its caches."""
    arg = instr.arg
    if arg < 256 or _opcode.OPMAP[instr.op] < _opcode.HAVE_ARGUMENT:
        return _BASE_SIZE[instr.op]
    return _BASE_SIZE[instr.op] + 1 + (arg >= 1 << 16) + (arg >= 1 << 24)


# --- Cells and the prologue --------------------------------------------------------

def build_cellfixedoffsets(unit):
    nlocals = len(unit.varnames)
    fixed = [nlocals + i for i in range(len(unit.cellvars) + len(unit.freevars))]
    for name, cell_index in unit.cellvars.items():
        var_index = unit.varnames.get(name)
        if var_index is not None:
            fixed[cell_index] = var_index     # an argument that is also a cell
    return fixed


def insert_prefix_instructions(unit, entry, fixed, flags):
    """COPY_FREE_VARS, MAKE_CELL..., RETURN_GENERATOR, POP_TOP before RESUME."""
    prefix = []
    if flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR):
        prefix.append(Instr("RETURN_GENERATOR", 0, None,
                            (unit.firstlineno, unit.firstlineno, -1, -1)))
        prefix.append(Instr("POP_TOP"))
    ncells = len(unit.cellvars)
    if ncells:
        # Arguments that are cells come first, in argument order.
        sorted_cells = [0] * (ncells + len(unit.varnames))
        for i in range(ncells):
            sorted_cells[fixed[i]] = i + 1
        cells = [Instr("MAKE_CELL", old - 1) for old in sorted_cells if old]
        prefix = cells + prefix
    if unit.freevars:
        prefix.insert(0, Instr("COPY_FREE_VARS", len(unit.freevars)))
    entry.instrs[0:0] = prefix


def fix_cell_offsets(unit, entry, fixed):
    """Cell and free indexes become localsplus indexes; returns how many
    cells share a slot with an argument."""
    nlocals = len(unit.varnames)
    dropped = 0
    for i in range(len(fixed)):
        if fixed[i] == i + nlocals:
            fixed[i] -= dropped
        else:
            dropped += 1
    for block in blocks_in_order(entry):
        for instr in block.instrs:
            if instr.op in DEREF_OPS:
                instr.arg = fixed[instr.arg]
    return dropped


# --- Jumps -----------------------------------------------------------------------------

def assemble_jump_offsets(entry):
    """Counterpart: assemble_jump_offsets: lay out, resolve relative jumps,
    and repeat while an oparg grew an EXTENDED_ARG."""
    while True:
        total = 0
        for block in blocks_in_order(entry):
            block.offset = total
            total += sum(instr_size(instr) for instr in block.instrs)
        grew = False
        for block in blocks_in_order(entry):
            offset = block.offset
            for instr in block.instrs:
                size = instr_size(instr)
                offset += size
                if instr.target is not None and instr.op in flowgraph.JUMPS:
                    target = instr.target.offset
                    if target < offset:
                        instr.arg = offset - target
                    else:
                        instr.arg = target - offset
                    if instr_size(instr) != size:
                        grew = True
        if not grew:
            return


# --- Encoding --------------------------------------------------------------------------

def emit_code(entry):
    code = bytearray()
    for block in blocks_in_order(entry):
        for instr in block.instrs:
            number = _opcode.OPMAP[instr.op]
            arg = instr.arg if number >= _opcode.HAVE_ARGUMENT else 0
            for shift in (24, 16, 8):
                if arg >= 1 << shift:
                    code += bytes((_opcode.EXTENDED_ARG, (arg >> shift) & 0xFF))
            code += bytes((number, arg & 0xFF))
            code += b"\0\0" * _opcode.CACHE_ENTRIES[number]
    return bytes(code)


def _write_varint(out, value):
    while value >= 64:
        out.append(64 | (value & 63))
        value >>= 6
    out.append(value)


def _write_svarint(out, value):
    _write_varint(out, ((-value) << 1) | 1 if value < 0 else value << 1)


class LineTableWriter:
    """Counterpart: write_location_info_entry (Objects/locations.md)."""

    def __init__(self, firstlineno):
        self.lineno = firstlineno
        self.out = bytearray()

    def _first(self, code, length):
        self.out.append(0x80 | (code << 3) | (length - 1))

    def write(self, loc, size):
        while size > 8:
            self._entry(loc, 8)
            size -= 8
        self._entry(loc, size)

    def _entry(self, loc, length):
        lineno, end_lineno, col, end_col = loc
        out = self.out
        if lineno < 0:
            self._first(LOCATION_NONE, length)
            return
        delta = lineno - self.lineno
        if col < 0 or end_col < 0:
            if end_lineno == lineno or end_lineno == -1:
                self._first(LOCATION_NO_COLUMNS, length)
                _write_svarint(out, delta)
                self.lineno = lineno
                return
        elif end_lineno == lineno:
            if delta == 0 and col < 80 and 0 <= end_col - col < 16:
                self._first(col >> 3, length)
                out.append(((col & 7) << 4) | (end_col - col))
                return
            if 0 <= delta < 3 and col < 128 and end_col < 128:
                self._first(LOCATION_ONE_LINE0 + delta, length)
                out.append(col)
                out.append(end_col)
                self.lineno = lineno
                return
        self._first(LOCATION_LONG, length)
        _write_svarint(out, delta)
        _write_varint(out, end_lineno - lineno)
        _write_varint(out, col + 1)
        _write_varint(out, end_col + 1)
        self.lineno = lineno


def _write_exception_item(out, value, msb):
    for shift in (24, 18, 12, 6):
        if value >= 1 << shift:
            out.append(((value >> shift) & 0x3F) | 64 | msb)
            msb = 0
    out.append((value & 0x3F) | msb)


def assemble_exception_table(entry):
    out = bytearray()

    def emit(start, end, handler):
        depth = handler.startdepth - 1
        if handler.preserve_lasti:
            depth -= 1
        _write_exception_item(out, start, 0x80)
        _write_exception_item(out, end - start, 0)
        _write_exception_item(out, handler.offset, 0)
        _write_exception_item(out, (depth << 1) | handler.preserve_lasti, 0)

    handler = None
    start = -1
    offset = 0
    for block in blocks_in_order(entry):
        offset = block.offset
        for instr in block.instrs:
            if instr.handler is not handler:
                if handler is not None:
                    emit(start, offset, handler)
                start = offset
                handler = instr.handler
            offset += instr_size(instr)
    if handler is not None:
        emit(start, offset, handler)
    return bytes(out)


# --- assemble() -----------------------------------------------------------------------

def assemble(unit, add_none, compiler_flags):
    """Counterpart: assemble(): one compiler unit -> a Code object."""
    if not unit.curblock_returns():
        unit.loc = NO_LOCATION
        if add_none:
            unit.load_const(None)
        unit.emit("RETURN_VALUE")
    for block in unit.blocks:
        flowgraph.normalize_basic_block(block)
    for block in reversed(unit.blocks):
        flowgraph.extend_block(block)
    entry = unit.blocks[0]

    nlocals = len(unit.varnames)
    nlocalsplus = nlocals + len(unit.cellvars) + len(unit.freevars)
    fixed = build_cellfixedoffsets(unit)
    if not unit.firstlineno:
        first = entry.instrs[0] if entry.instrs else None
        unit.firstlineno = first.lineno if first is not None and first.lineno > 0 else 1
    flags = compute_code_flags(unit, compiler_flags)
    insert_prefix_instructions(unit, entry, fixed, flags)
    nlocalsplus -= fix_cell_offsets(unit, entry, fixed)

    consts = unit.consts
    flowgraph.optimize_cfg(unit, entry, consts)
    flowgraph.duplicate_exits_without_lineno(unit, entry)
    flowgraph.trim_unused_consts(entry, consts)
    flowgraph.propagate_line_numbers(entry)
    flowgraph.guarantee_lineno_for_exits(entry, unit.firstlineno)
    maxdepth = flowgraph.stackdepth(
        entry, bool(unit.ste.generator or unit.ste.coroutine))
    flowgraph.label_exception_targets(entry)
    flowgraph.convert_exception_handlers_to_nops(entry)
    for block in blocks_in_order(entry):
        flowgraph.clean_basic_block(block)
    flowgraph.normalize_jumps(entry)
    assemble_jump_offsets(entry)

    co_code = emit_code(entry)
    lines = LineTableWriter(unit.firstlineno)
    for block in blocks_in_order(entry):
        for instr in block.instrs:
            lines.write(instr.loc, instr_size(instr))
    exception_table = assemble_exception_table(entry)
    return make_code(unit, consts.values, maxdepth, nlocalsplus, flags,
                     co_code, bytes(lines.out), exception_table)


def make_code(unit, consts, maxdepth, nlocalsplus, flags, co_code, linetable,
              exception_table):
    """Counterpart: makecode and compute_localsplus_info."""
    names = [None] * nlocalsplus
    kinds = [0] * nlocalsplus
    for name, index in unit.varnames.items():
        names[index] = name
        kinds[index] = CO_FAST_LOCAL
    nlocals = len(unit.varnames)
    numdropped = 0
    for name, index in unit.cellvars.items():
        var_index = unit.varnames.get(name)
        if var_index is not None:
            numdropped += 1
            kinds[var_index] |= CO_FAST_CELL
            continue
        slot = nlocals + index - numdropped
        names[slot] = name
        kinds[slot] = CO_FAST_CELL
    for name, index in unit.freevars.items():
        slot = nlocals + index - numdropped
        names[slot] = name
        kinds[slot] = CO_FAST_FREE
    return Code(
        co_argcount=unit.posonlyargcount + unit.argcount,
        co_posonlyargcount=unit.posonlyargcount,
        co_kwonlyargcount=unit.kwonlyargcount, co_stacksize=maxdepth,
        co_flags=flags, co_code=co_code, co_consts=tuple(consts),
        co_names=tuple(unit.names), co_localsplusnames=tuple(names),
        co_localspluskinds=bytes(kinds), co_filename=unit.filename,
        co_name=unit.name, co_qualname=unit.qualname or unit.name,
        co_firstlineno=unit.firstlineno, co_linetable=linetable,
        co_exceptiontable=exception_table)
