"""The assembler's encoders are the inverses of code.py's decoders.

Counterpart: the assembly half of Python/compile.c; tests
glass/compiler/assembler.py and glass/compiler/flowgraph.py.
"""
from __future__ import annotations

from glass.bytecode.code import Code, _location_entries, parse_exception_table
from glass.compiler import compile_source
from glass.compiler.assembler import LineTableWriter, _write_exception_item
from glass.compiler.flowgraph import stack_effect
from oracle import needs_cpython311_host

LOCATIONS = [
    (1, 1, 0, 4),            # short form
    (1, 1, 100, 120),        # one-line form
    (3, 3, 5, 9),            # one-line form, line delta 2
    (40, 42, 7, 3),          # long form, several lines
    (40, 40, -1, -1),        # no columns
    (-1, -1, -1, -1),        # no location
    (2, 2, 200, 300),        # long form, wide columns
]


def test_line_table_round_trip():
    writer = LineTableWriter(1)
    sizes = [1, 3, 8, 9, 2, 1, 17]
    for loc, size in zip(LOCATIONS, sizes):
        writer.write(loc, size)
    code = Code(co_firstlineno=1, co_linetable=bytes(writer.out))
    decoded = []
    for length, line, end_line, col, end_col in _location_entries(code):
        decoded += [(line, end_line, col, end_col)] * length
    expected = []
    for (line, end_line, col, end_col), size in zip(LOCATIONS, sizes):
        if line < 0:
            loc = (None, None, None, None)
        elif col < 0:
            loc = (line, line if end_line in (line, -1) else end_line, None, None)
        else:
            loc = (line, end_line, col, end_col)
        expected += [loc] * size
    assert decoded == expected


def test_exception_table_round_trip():
    out = bytearray()
    entries = [(0, 5, 9, 1, 0), (70, 4000, 5000, 3, 1)]
    for start, size, target, depth, lasti in entries:
        _write_exception_item(out, start, 0x80)
        _write_exception_item(out, size, 0)
        _write_exception_item(out, target, 0)
        _write_exception_item(out, (depth << 1) | lasti, 0)
    parsed = [(e.start // 2, (e.end - e.start) // 2, e.target // 2, e.depth, e.lasti)
              for e in parse_exception_table(bytes(out))]
    assert parsed == entries


def test_pseudo_instruction_effects():
    assert stack_effect("SETUP_CLEANUP", 0, True) == 2
    assert stack_effect("SETUP_FINALLY", 0, True) == 1
    assert stack_effect("SETUP_WITH", 0, False) == 0
    assert stack_effect("POP_JUMP_IF_NONE", 0, True) == -1
    assert stack_effect("FOR_ITER", 0, True) == -1


@needs_cpython311_host
def test_extended_args_and_jumps():
    source = "for i in x:\n    if i:\n        y = [%s]\n" % ", ".join(
        "v%d" % i for i in range(400))
    got = compile_source(source, "<s>", "exec", "glass")
    host = Code.from_host(compile(source, "<s>", "exec", dont_inherit=True))
    assert got.co_code == host.co_code
    assert got.co_linetable == host.co_linetable
    assert got.co_stacksize == host.co_stacksize


@needs_cpython311_host
def test_cells_and_prologue():
    source = ("def f(a, b):\n    def g():\n        return a, c\n"
              "    c = 1\n    yield g\n")
    got = compile_source(source, "<s>", "exec", "glass").co_consts[0]
    host = Code.from_host(compile(source, "<s>", "exec", dont_inherit=True)).co_consts[0]
    for field in ("co_code", "co_localsplusnames", "co_localspluskinds",
                  "co_flags", "co_qualname", "co_exceptiontable"):
        assert getattr(got, field) == getattr(host, field), field
