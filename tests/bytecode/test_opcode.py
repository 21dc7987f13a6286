"""glass/bytecode/opcode.py against the host's opcode and dis modules."""
import pytest

from glass.bytecode import opcode as glass_opcode
from oracle import needs_cpython311_host

pytestmark = needs_cpython311_host


@pytest.fixture(scope="module")
def host():
    import opcode
    return opcode


def test_names_and_numbers(host):
    assert glass_opcode.OPMAP == host.opmap
    assert glass_opcode.OPNAME == host.opname


def test_argument_kinds(host):
    assert glass_opcode.HASCONST == host.hasconst
    assert glass_opcode.HASNAME == host.hasname
    assert glass_opcode.HASJREL == host.hasjrel
    assert glass_opcode.HASJABS == host.hasjabs
    assert glass_opcode.HASLOCAL == host.haslocal
    assert glass_opcode.HASCOMPARE == host.hascompare
    assert glass_opcode.HASFREE == host.hasfree
    assert glass_opcode.HAVE_ARGUMENT == host.HAVE_ARGUMENT
    assert glass_opcode.EXTENDED_ARG == host.EXTENDED_ARG
    assert glass_opcode.CMP_OP == host.cmp_op
    assert list(glass_opcode.NB_OPS) == host._nb_ops


def test_backward_jumps_are_the_ones_dis_knows(host):
    backward = {info.name for info in glass_opcode.OPCODES if info.backward}
    assert backward == {host.opname[op] for op in host.hasjrel
                        if "BACKWARD" in host.opname[op]}


def test_inline_caches(host):
    real = [op for op in range(256) if glass_opcode.OPS_BY_NUMBER[op]]
    assert [glass_opcode.CACHE_ENTRIES[op] for op in real] == \
        [host._inline_cache_entries[op] for op in real]
    for family, caches in host._cache_format.items():
        assert glass_opcode.OPS_BY_NUMBER[host.opmap[family]].caches == sum(caches.values())


def test_specialized_forms(host):
    import dis
    assert [name for _, name, _ in sorted(glass_opcode.SPECIALIZED, key=lambda r: r[1])] == \
        sorted(host._specialized_instructions)
    for number, name, family in glass_opcode.SPECIALIZED:
        assert dis._all_opmap[name] == number
        assert name in host._specializations[family]
        assert glass_opcode.DEOPT[number] == host.opmap[family]


@pytest.mark.parametrize("jump", [None, True, False])
def test_stack_effect_of_every_opcode(jump):
    import dis
    for op in range(256):
        for arg in (None, 0, 1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 255, 256, 257, 1 << 20):
            try:
                expected = dis.stack_effect(op, arg, jump=jump)
            except ValueError as error:
                expected = ("ValueError", str(error))
            try:
                actual = glass_opcode.stack_effect(op, arg, jump)
            except ValueError as error:
                actual = ("ValueError", str(error))
            assert actual == expected, (op, glass_opcode.OPNAME[op], arg, jump)
