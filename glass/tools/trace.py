"""`glass trace FILE`: every instruction the program executes, one per line.

Counterpart: none in CPython (the nearest are `python -m trace --trace`,
which shows lines, and the lltrace of a debug build, which shows
instructions); this is issue 5's watching tool, built on glass/vm/probes.py.

Each executed instruction prints as

    <module>     12 L3   LOAD_CONST            1 (2)          [1, 2]

the code object's name, the offset, the line, the instruction, its argument
with its meaning (as dis shows it), and the value stack after it (guest
reprs, shortened; NULL for an empty slot).  Calls, returns, yields and
exceptions print as events between them, indented by the call depth:

    --> call add  (prog.py:1)
    <-- return from add: 3
    !!! ZeroDivisionError in f: division by zero

The program's own output is interleaved, in order, on the same stream.
"""
from __future__ import annotations

import sys

from glass.objects.exceptions import OperationError
from glass.objects.object import decref
from glass.vm import probes

ITEM_WIDTH = 40                  # the longest repr shown for one stack item
STACK_ITEMS = 12                 # the stack items shown, from the top
NAME_WIDTH = 14
OPNAME_WIDTH = 22
ARG_WIDTH = 20
ARGREPR_WIDTH = 30

USAGE = "usage: glass trace [-X compiler=host|glass] FILE [arg ...]\n"


# --- Reprs that never run guest code ----------------------------------------------

_PLAIN = {"int", "bool", "float", "complex", "str", "bytes", "bytearray", "NoneType",
          "NotImplementedType", "ellipsis", "range", "slice", "type", "code"}


def _is_builtin(w_type):
    from glass.objects.type import HEAPTYPE
    return not (w_type.flags & HEAPTYPE)


def safe_repr(w_obj, budget=ITEM_WIDTH, depth=0):
    """A guest repr computed without calling guest code (no user __repr__
    runs while tracing): builtin scalars as repr() shows them, containers
    item by item, anything else as <type object>."""
    from glass.objects import abstract
    if w_obj is None:
        return "NULL"
    w_type = w_obj.ob_type
    name = getattr(w_type, "name", "?")
    if not _is_builtin(w_type):
        return "<%s object>" % name
    try:
        if name in _PLAIN:
            return _shorten(abstract.repr_text(w_obj), budget)
        if name in ("tuple", "list", "set", "frozenset") and depth < 2:
            return _sequence_repr(w_obj, name, budget, depth)
        if name == "dict" and depth < 2:
            return _dict_repr(w_obj, budget, depth)
        if name in ("function", "builtin_function_or_method", "generator",
                    "coroutine", "async_generator", "method_descriptor"):
            w_qualname = abstract.lookup_attr_str(w_obj, "__qualname__")
            if w_qualname is not None:
                qualname = getattr(w_qualname, "value", "?")
                decref(w_qualname)
                return "<%s %s>" % (name, qualname)
        if w_type.is_subtype(_base_exception()):
            items_w = w_obj.w_args.items
            if len(items_w) == 1:           # BaseException_repr: no tuple comma
                return "%s(%s)" % (name, safe_repr(items_w[0], budget, depth + 1))
            return name + _sequence_repr(w_obj.w_args, "tuple", budget, depth + 1)
    except OperationError as error:
        decref(error.w_value)
    return "<%s object>" % name


def _base_exception():
    from glass.objects.exceptions import EXCEPTION_TYPES
    return EXCEPTION_TYPES["BaseException"]


def _sequence_repr(w_obj, name, budget, depth):
    from glass.objects import abstract
    if name in ("tuple", "list"):
        items_w = list(w_obj.items)
    else:
        items_w = list(abstract.iterate(w_obj))
        for w_item in items_w:
            decref(w_item)                  # the set still holds them
    parts = []
    used = 2
    for w_item in items_w:
        text = safe_repr(w_item, budget, depth + 1)
        used += len(text) + 2
        if used > budget:
            parts.append("...")
            break
        parts.append(text)
    inner = ", ".join(parts)
    if name == "tuple":
        return "(%s%s)" % (inner, "," if len(items_w) == 1 else "")
    if name == "list":
        return "[%s]" % inner
    if not items_w:
        return "%s()" % name
    return "{%s}" % inner if name == "set" else "frozenset({%s})" % inner


def _dict_repr(w_dict, budget, depth):
    from glass.objects import abstract
    keys_w = list(abstract.iterate(w_dict))
    parts = []
    used = 2
    try:
        for w_key in keys_w:
            w_value = abstract.getitem(w_dict, w_key)
            text = "%s: %s" % (safe_repr(w_key, budget, depth + 1),
                               safe_repr(w_value, budget, depth + 1))
            decref(w_value)
            used += len(text) + 2
            if used > budget:
                parts.append("...")
                break
            parts.append(text)
    finally:
        for w_key in keys_w:
            decref(w_key)
    return "{%s}" % ", ".join(parts)


def _shorten(text, width):
    if len(text) <= width:
        return text
    return text[:max(width - 3, 1)] + "..."


# --- Per-code tables -----------------------------------------------------------------

class CodeTable:
    """What the trace prints for each instruction of one code object, worked
    out once: (opname, argument text) by code unit, and the line by code unit."""
    __slots__ = ("code", "text", "lines")

    def __init__(self, code):
        from glass.bytecode.dis import get_instructions
        self.code = code                  # keeps id(code) from being reused
        self.text = {}
        for instr in get_instructions(code):
            if instr.arg is None:
                arg = ""
            elif instr.argrepr:
                arg = "%d (%s)" % (instr.arg, _shorten(instr.argrepr, ARGREPR_WIDTH))
            else:
                arg = str(instr.arg)
            self.text[instr.offset // 2] = (instr.opname, arg)
        self.lines = [None] * (len(code.co_code) // 2)
        for start, end, line in code.co_lines():
            for index in range(start // 2, min(end // 2, len(self.lines))):
                self.lines[index] = line


# --- The probe ---------------------------------------------------------------------------

class TraceProbe(probes.Probe):
    """Writes one line per instruction and per event to `out`."""

    def __init__(self, out):
        self.out = out
        self.depth = 0
        self.tables = {}

    def table(self, code):
        table = self.tables.get(id(code))
        if table is None:
            table = self.tables[id(code)] = CodeTable(code)
        return table

    def write(self, text):
        self.out.write("  " * max(self.depth - 1, 0) + text + "\n")

    def call(self, frame):
        self.depth += 1
        code = frame.w_code.code
        self.write("--> call %s  (%s:%s)" % (code.co_name, code.co_filename,
                                             code.co_firstlineno))

    def resume(self, frame):
        self.depth += 1
        self.write("--> resume %s" % frame.w_code.code.co_name)

    def instruction(self, frame, index, op, oparg):
        code = frame.w_code.code
        table = self.table(code)
        opname, arg = table.text.get(index, ("?", str(oparg)))
        line = table.lines[index] if index < len(table.lines) else None
        stack = frame.localsplus[frame.decoded.nlocalsplus:frame.stacktop] \
            if frame.localsplus else []
        shown = [safe_repr(w_item) for w_item in stack[-STACK_ITEMS:]]
        if len(stack) > STACK_ITEMS:
            shown.insert(0, "...")
        self.write("%-*s %4d L%-4s %-*s %-*s [%s]" % (
            NAME_WIDTH, _shorten(code.co_name, NAME_WIDTH), index * 2,
            line if line is not None else "-", OPNAME_WIDTH, opname,
            ARG_WIDTH, arg, ", ".join(shown)))

    def return_(self, frame, w_value, how):
        name = frame.w_code.code.co_name
        if how == "yield":
            self.write("<-- yield from %s: %s" % (name, safe_repr(w_value)))
        elif how == "generator":
            self.write("<-- %s returns %s" % (name, safe_repr(w_value)))
        else:
            self.write("<-- return from %s: %s" % (name, safe_repr(w_value)))
        self.depth -= 1

    def exception(self, frame, w_exc):
        from glass.objects import abstract
        try:
            message = abstract.str_text(w_exc) if _is_builtin(w_exc.ob_type) else ""
        except OperationError as error:
            decref(error.w_value)
            message = ""
        self.write("!!! %s in %s%s" % (w_exc.ob_type.name, frame.w_code.code.co_name,
                                      ": " + _shorten(message, 60) if message else ""))

    def unwind(self, frame):
        self.write("<-- %s left by the exception" % frame.w_code.code.co_name)
        self.depth -= 1


# --- The command ---------------------------------------------------------------------------

def trace_command(argv):
    """`glass trace [-X compiler=...] FILE [arg ...]`: run FILE under a TraceProbe."""
    from glass.main import UsageError, parse_command_line, validate_xoptions
    from glass.run import run_program
    options = []
    rest = list(argv)
    while rest and rest[0] == "-X" and len(rest) > 1:
        options += rest[:2]
        rest = rest[2:]
    if not rest or rest[0].startswith("-"):
        sys.stderr.write(USAGE)
        return 2
    try:
        config = parse_command_line(options + rest, "glass trace")
    except UsageError as error:
        sys.stderr.write("%s\n%s" % (error, USAGE))
        return 2
    problem = validate_xoptions(config)
    if problem:
        sys.stderr.write(problem + "\n")
        return 2
    probe = probes.attach(TraceProbe(sys.stdout))
    try:
        return run_program(config)
    finally:
        probes.detach(probe)
