"""Glass's subcommands against the stdlib tools they mirror.  Tests glass/tools/commands.py."""
import os

import pytest

from glass.tools.stdlib import find_stdlib
from oracle import (PYTHON311, needs_cpython311_host, needs_python311, run_glass,
                    run_python, same_as_python)

SAMPLE = ("examples/hello.py", "glass/bytecode/opcode.py")


def _stdlib_file(name):
    return os.path.join(find_stdlib(), name)


@needs_cpython311_host
@needs_python311
@pytest.mark.parametrize("path", SAMPLE + ("STDLIB:json/decoder.py", "STDLIB:asyncio/tasks.py"))
def test_dis_as_python_m_dis(path):
    path = _stdlib_file(path[7:]) if path.startswith("STDLIB:") else path
    run = same_as_python_tool(["dis", "-X", "compiler=host", path], ["-m", "dis", path])
    assert "RESUME" in run.stdout


@needs_cpython311_host
@needs_python311
def test_dis_reads_stdin():
    source = b"x = 1\nprint(x + 2)\n"
    same_as_python_tool(["dis", "-X", "compiler=host", "-"], ["-m", "dis", "-"], stdin=source)


@needs_cpython311_host
@needs_python311
@pytest.mark.parametrize("flags", [[], ["-a"], ["-m", "eval"], ["-i", "0"], ["--no-type-comments"]],
                         ids=lambda f: " ".join(f) or "none")
def test_ast_as_python_m_ast(flags, tmp_path):
    path = tmp_path / "t.py"
    if "eval" in flags:
        path.write_text("a + b * (c if d else e)\n")
    else:
        path.write_text("def f(x: int) -> str:  # type: (int) -> str\n    return g(x, *y, k=1)\n")
    same_as_python_tool(["ast", "-X", "compiler=host"] + flags + [str(path)],
                        ["-m", "ast"] + flags + [str(path)])


@needs_python311
@pytest.mark.parametrize("flags", [[], ["-a", "-i", "1"], ["-m", "eval"]],
                         ids=lambda f: " ".join(f) or "none")
def test_glass_parser_ast_as_python_m_ast(flags, tmp_path):
    path = tmp_path / "t.py"
    path.write_text("a + b * (c if d else e)\n" if "eval" in flags else
                    "async def f(x: int, /, *a, k=1, **kw):\n    return [y async for y in x if y]\n")
    same_as_python_tool(["ast"] + flags + [str(path)], ["-m", "ast"] + flags + [str(path)])


@needs_cpython311_host
@needs_python311
def test_syntax_error_in_dis_and_ast(tmp_path):
    path = tmp_path / "bad.py"
    path.write_text("x = (\n")
    for command in ("dis", "ast"):
        run = run_glass([command, "-X", "compiler=host", str(path)])
        assert run.status == 1
        assert run.stderr.endswith("SyntaxError: '(' was never closed\n")
        assert "Traceback" not in run.stderr


@needs_cpython311_host
@needs_python311
def test_compiled_pyc_runs_on_cpython(tmp_path):
    source = tmp_path / "prog.py"
    source.write_text("import sys\n"
                      "def f(*a, **k):\n    return sorted(k), a\n"
                      "print(f(1, 2, x=3), [i * i for i in range(5)])\n"
                      "try:\n    1 / 0\nexcept ZeroDivisionError as e:\n    print('caught', e)\n"
                      "sys.exit(3)\n")
    pyc = tmp_path / "prog.pyc"
    run = run_glass(["compile", "-X", "compiler=host", str(source), "-o", str(pyc)])
    assert run.status == 0, run.stderr
    from_source = run_python([str(source)])
    from_pyc = run_python([str(pyc)])
    assert (from_pyc.status, from_pyc.stdout, from_pyc.stderr) == \
        (from_source.status, from_source.stdout, from_source.stderr)
    assert from_pyc.status == 3


@needs_cpython311_host
def test_compile_default_output_is_py_compile_cache_path(tmp_path):
    import importlib.util
    source = tmp_path / "mod.py"
    source.write_text("X = 1\n")
    run = run_glass(["compile", "-X", "compiler=host", str(source)])
    assert run.status == 0, run.stderr
    assert os.path.exists(importlib.util.cache_from_source(str(source)))


@needs_python311
def test_dis_with_glass_s_own_compiler(tmp_path):
    path = tmp_path / "t.py"
    path.write_text("def f(a, *b, c=1, **d):\n    return [x for x in b if x > a], c, d\n"
                    "class C(f):\n    y: int = 2\n")
    same_as_python_tool(["dis", "-X", "compiler=glass", str(path)], ["-m", "dis", str(path)])


@needs_python311
def test_pyc_from_glass_s_own_compiler_runs_on_cpython(tmp_path):
    source = tmp_path / "prog.py"
    source.write_text("def gen(n):\n    yield from range(n)\n"
                      "try:\n    print(sum(gen(5)), {k: v for k, v in zip('ab', 'cd')})\n"
                      "finally:\n    print('done')\n")
    pyc = tmp_path / "prog.pyc"
    run = run_glass(["compile", "-X", "compiler=glass", str(source), "-o", str(pyc)])
    assert run.status == 0, run.stderr
    assert run_python([str(pyc)]).stdout == run_python([str(source)]).stdout == "10 {'a': 'c', 'b': 'd'}\ndone\n"


def test_missing_input_file_is_a_usage_error():
    run = run_glass(["dis", "/no/such/file.py"])
    assert run.status == 2
    assert "can't open '/no/such/file.py'" in run.stderr
    assert "Traceback" not in run.stderr


def same_as_python_tool(glass_args, python_args, stdin=None):
    """`glass SUBCOMMAND ...` against `python3 -m TOOL ...`: same output and status."""
    from oracle import _normalize, diff_runs, Run
    expected = run_python(python_args, stdin=stdin)
    actual = run_glass(glass_args, stdin=stdin)
    normal = [Run(r.status, _normalize(r.stdout, "X"), _normalize(r.stderr, "X"))
              for r in (expected, actual)]
    difference = diff_runs(*normal)
    assert not difference, difference
    return actual
