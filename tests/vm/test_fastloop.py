"""The generated fast loop (glass/vm/fastloop.py) against the plain loop."""
import os

import pytest

from glass.bytecode.opcode import OPNAME
from oracle import needs_cpython311_host, run_glass

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = os.path.join(os.path.dirname(HERE), "programs")


def test_generated_loop_compiles_and_inlines_the_hot_handlers():
    from glass.vm import ceval, fastloop
    source, inlined = fastloop.generate(ceval.HANDLERS, list(OPNAME))
    compile(source, "<glass fast loop>", "exec")
    for name in ("LOAD_FAST", "LOAD_CONST", "STORE_FAST", "BINARY_OP", "COMPARE_OP",
                 "POP_JUMP_FORWARD_IF_FALSE", "JUMP_BACKWARD", "FOR_ITER", "POP_TOP"):
        assert name in inlined, name
    # Frame switches are inlined too: their answer goes to the loop's switch.
    assert "RETURN_VALUE" in inlined and "CALL" in inlined


def test_a_handler_that_returns_a_frame_switches_with_its_state_written_back():
    import ast
    from glass.vm import fastloop

    def CALL(frame, oparg):
        return frame.previous
    statements, _ = fastloop.inline_handler(CALL, "CALL")
    text = "\n".join(ast.unparse(s) for s in statements)
    assert "_switch = frame.previous" in text
    assert text.index("frame.stacktop = _sp") < text.index("frame = _switch")

    def LOOPING(frame, oparg):
        for _ in range(oparg):
            return frame.previous
    with pytest.raises(fastloop.NotInlinable):
        fastloop.inline_handler(LOOPING, "LOOPING")


@needs_cpython311_host
@pytest.mark.parametrize("program", ["basics/functions_classes_dicts.py"])
def test_both_loops_print_the_same(program):
    path = os.path.join(PROGRAMS, program)
    fast = run_glass(["-X", "compiler=host", path], env={"GLASS_LOOP": "fast"})
    plain = run_glass(["-X", "compiler=host", path], env={"GLASS_LOOP": "plain"})
    assert (fast.status, fast.stdout, fast.stderr) == (plain.status, plain.stdout, plain.stderr)
