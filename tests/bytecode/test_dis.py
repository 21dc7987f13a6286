"""Tests for glass/bytecode/dis.py: the host's dis is the oracle.

Each snippet is compiled by the host, converted with Code.from_host, and
disassembled by Glass; the text must equal what the host's dis.dis prints,
object addresses aside.
"""
from __future__ import annotations

import ast
import dis as host_dis
import io
import os
import pickle
import re
import shutil
import subprocess
import textwrap

import pytest

from oracle import needs_cpython311_host

from glass.bytecode import dis as glass
from glass.bytecode.code import Code
from glass.bytecode.opcode import CACHE_ENTRIES, DEOPT, OPMAP
from glass.tools import dis_check
from glass.tools.stdlib import HOST_IS_CPYTHON_311, stdlib_sources

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DIS_SOURCE = os.path.join(REPO, "glass", "bytecode", "dis.py")


def host_compile(source, mode="exec", filename="<snippet>"):
    # dont_inherit: this module's `from __future__ import annotations` must
    # not leak into the snippets.
    return compile(textwrap.dedent(source), filename, mode, dont_inherit=True)


def host_text(host_code, **options):
    out = io.StringIO()
    host_dis.dis(host_code, file=out, **options)
    return dis_check.normalize(out.getvalue())


def glass_text(host_code, **options):
    out = io.StringIO()
    glass.dis(Code.from_host(host_code), file=out, **options)
    return dis_check.normalize(out.getvalue())


def assert_same_dis(source, mode="exec", **options):
    host_code = host_compile(source, mode)
    assert glass_text(host_code, **options).splitlines() == \
        host_text(host_code, **options).splitlines()


# --- One snippet per feature ----------------------------------------------------

SNIPPETS = {
    "empty": "",
    "functions": """
        def f(a, b=1, /, c=2, *args, d, e=3, **kw):
            return a, b, c, args, d, e, kw
        def g(): pass
        f(1, d=4)
    """,
    "closures": """
        def outer(a):
            b = 1
            def middle():
                c = a + b
                def inner():
                    nonlocal c
                    c += 1
                    return a, b, c
                return inner
            del b
            return middle
    """,
    "class_deref": """
        def f():
            x = 1
            class C:
                y = x
                def m(self):
                    return super().m(), __class__
            return C
    """,
    "classes": """
        @decorator
        class C(Base, metaclass=Meta):
            '''doc'''
            attr: int = 1
            def method(self, other):
                self.x = other.y
                del self.x
                return self.method(other)
            @property
            def p(self): return 1
    """,
    "comprehensions": """
        xs = [x * y for x in range(3) for y in range(x) if x if y]
        s = {x for x in xs}
        d = {k: v for k, v in zip(xs, s)}
        g = (x async for x in xs)
        def f(): return [[y for y in x] for x in xs]
    """,
    "generators": """
        def gen(x):
            y = yield x
            yield from y
            return (yield)
    """,
    "async": """
        async def f(a):
            async with a as b, a:
                async for x in b:
                    await x
                else:
                    pass
            return [await y async for y in a]
        async def agen():
            yield 1
    """,
    "try_except": """
        try:
            a()
        except (ValueError, TypeError) as e:
            raise RuntimeError() from e
        except Exception:
            raise
        else:
            b()
        finally:
            c()
    """,
    "except_star": """
        try:
            a()
        except* ValueError as eg:
            pass
        except* TypeError:
            raise
    """,
    "with": """
        with open(x) as f, lock:
            f.read()
        def g():
            with a:
                return 1
    """,
    "match": """
        match command:
            case [1, 2, *rest] if rest:
                pass
            case {"key": value, **others}:
                pass
            case Point(x=0, y=yy) | Point(1, yy):
                pass
            case "a" | b"b" | None | True | -1 | 1+2j:
                pass
            case Color.RED as c:
                pass
            case (a, b) | [b, a]:
                pass
            case _:
                pass
    """,
    "fstrings": """
        a = f"{x}{x!s}{x!r}{x!a}"
        b = f"{x:>10}{x!r:^{width}.{prec}}{x=}{x=!s:5}"
        c = f"plain {x:{y}} text"
    """,
    "calls": """
        f(1, 2, a=3, b=4)
        f(*args)
        f(*args, **kwargs)
        f(a, *args, b, c=1, **kw)
        obj.method(1, key=2)
        obj.method(*a)
        print(f(g(h(1))))
    """,
    "imports": """
        import os
        import os.path
        import xml.etree.ElementTree as ET
        from . import sibling
        from ..parent import name as alias, other
        from module import *
        def f():
            import sys
            from os import path
    """,
    "global_nonlocal": """
        counter = 0
        def bump():
            global counter
            counter += 1
            del counter
        def outer():
            n = 0
            def inner():
                nonlocal n
                n = n + 1
                del n
            return inner
    """,
    "lambdas": """
        f = lambda x, *a, k=1, **kw: (x, a, k, kw)
        g = lambda: (yield)
        h = lambda x=lambda y: y: x
    """,
    "annotations": """
        x: int = 1
        y: list[str]
        obj.attr: int = 2
        def f(a: int, *b: str, c: float = 1.0, **d: bool) -> None: pass
    """,
    "future_annotations": """
        from __future__ import annotations
        x: int = 1
        def f(a: List[int]) -> Dict[str, int]: pass
    """,
    "constants": """
        a = (-0.0, 0.0, float("nan"), 1e308 * 10, -1e-300)
        b = (1j, -0j, 1+2j, -(0.0+0j), 1e308j * 10)
        c = (b"bytes\\x00\\xff", "str 'quotes' \\"double\\"", "\\u00e9\\n\\t", "")
        d = x in {1, 2, 3, "a"}
        e = x in frozenset({"q", "r"}) or x not in {b"a", 3.0}
        f = (..., None, True, False, 2**100, -2**63, 10**50)
        g = ((1, (2, (3, ("deep", ())))), (), ((),))
    """,
    "operators": """
        a = x + y - z * w / v // u % t ** s @ r
        b = x << y >> z & w | v ^ u
        x += 1; x -= 1; x *= 1; x /= 1; x //= 1; x %= 1; x **= 1
        x @= 1; x <<= 1; x >>= 1; x &= 1; x |= 1; x ^= 1
        c = -x, +x, ~x, not x
        d = a < b <= c == d != e > f >= g
        e = a is b, a is not b, a in b, a not in b
        f = a and b or c
        g = x[1:2], x[::3], x[a:b:c]
        x[1] = 2; del x[1]; x[1:2] = y
    """,
    "unpacking": """
        a, b = c
        a, *b, c = d
        *a, b = c
        [a, (b, c)] = d
        l = [*a, *b, 1]
        s = {*a, 1}
        t = (*a, 1)
        m = {**a, 'k': 1, **b}
    """,
    "loops": """
        for i in range(10):
            if i % 2:
                continue
            if i > 7:
                break
        else:
            done()
        while x:
            x -= 1
            if y: break
        while True:
            pass
    """,
    "assert_and_conditions": """
        assert x, "message"
        assert y
        z = a if b else c
        if a is None: pass
        if a is not None: pass
        if not a: pass
    """,
    "sets_dicts": """
        a = {1: 2, 3: 4}
        b = {'a': 1, 'b': 2, 'c': x}
        c = {x: y, **z}
        d = set()
        e = [1, 2, 3]
    """,
    "docstrings_and_names": """
        '''Module docstring.'''
        __all__ = ['x']
        def f():
            '''Function docstring.'''
            return __name__
    """,
    "raise_forms": """
        def f():
            raise
        def g():
            raise ValueError
        def h():
            raise ValueError("x") from None
    """,
    "star_args_call_ex": """
        def f(*a, **k):
            return g(*a, **k), g(**k), g(1, *a, 2, *k)
    """,
}


@needs_cpython311_host
@pytest.mark.parametrize("name", sorted(SNIPPETS))
def test_snippet_matches_host(name):
    assert_same_dis(SNIPPETS[name])


@needs_cpython311_host
@pytest.mark.parametrize("name", ["closures", "match", "async", "calls"])
def test_snippet_with_caches_matches_host(name):
    assert_same_dis(SNIPPETS[name], show_caches=True)


@needs_cpython311_host
@pytest.mark.parametrize("source,mode", [
    ("x + 1", "eval"),
    ("lambda: 0", "eval"),
    ("x = 1; x\n", "single"),
    ("for i in y: i\n", "single"),
])
def test_eval_and_single_modes(source, mode):
    assert_same_dis(source, mode)


@needs_cpython311_host
@pytest.mark.parametrize("depth", [0, 1, 2])
def test_depth_limits_nesting(depth):
    assert_same_dis(SNIPPETS["closures"], depth=depth)


# --- Sizes: EXTENDED_ARG and the column widths ------------------------------------

@needs_cpython311_host
def test_many_constants_need_extended_arg():
    source = "".join("x%d = %d.5\n" % (i, i) for i in range(600))
    assert "EXTENDED_ARG" in host_text(host_compile(source))
    assert_same_dis(source)


@needs_cpython311_host
def test_long_jumps_need_extended_arg():
    body = "".join("    a%d = b%d + c\n" % (i, i) for i in range(200))
    source = "while x:\n" + body + "if y:\n" + body + "else:\n    pass\n"
    text = host_text(host_compile(source))
    assert "EXTENDED_ARG" in text and "JUMP_BACKWARD" in text
    assert_same_dis(source)


@needs_cpython311_host
def test_wide_line_numbers_and_offsets():
    # Line 1000+ widens the line column; offset 10000+ widens the offsets.
    source = "\n" * 1200 + "".join("a%d = b + c\n" % i for i in range(1300))
    text = host_text(host_compile(source))
    assert "\n1201 " in text and re.search(r"\n {4,}1\d{4} ", text)
    assert_same_dis(source)


@needs_cpython311_host
def test_no_line_numbers_drops_the_column():
    host_code = host_compile("def f(x):\n    return x + 1\n")
    host_code = host_code.replace(co_linetable=b"")
    assert glass_text(host_code) == host_text(host_code)
    # No line column: the line starts with the (blank) current-line marker.
    assert glass_text(host_code).startswith("          0 RESUME")


@needs_cpython311_host
def test_extended_arg_wraps_to_a_negative_oparg():
    ext, resume = OPMAP["EXTENDED_ARG"], OPMAP["RESUME"]
    code = bytes([resume, 0,
                  ext, 255, ext, 255, ext, 255, OPMAP["BUILD_TUPLE"], 255,
                  ext, 255, ext, 255, ext, 255, OPMAP["JUMP_FORWARD"], 250,
                  OPMAP["NOP"], 0, OPMAP["BUILD_LIST"], 3,
                  OPMAP["RETURN_VALUE"], 0])
    host_code = host_compile("pass").replace(co_code=code)
    text = glass_text(host_code)
    assert " -1" in text
    assert text == host_text(host_code)


@needs_cpython311_host
@pytest.mark.parametrize("oparg", [0, 1, 3, 4])
def test_every_opcode_byte(oparg):
    """Each of the 256 byte values as an instruction, with its caches."""
    namespace = {}
    exec(host_compile("def f(a, c):\n    x = 1; y = 'z'; w = 2.5; v = b'q'\n"
                      "    return b + d + e + g + h\n"), namespace)
    body = b"".join(bytes([number, oparg]) + b"\0\0" * CACHE_ENTRIES[DEOPT[number]]
                    for number in range(256))
    # The host deoptimizes specialized opcodes as it builds the code object.
    host_code = namespace["f"].__code__.replace(co_code=body)
    assert glass_text(host_code) == host_text(host_code)
    assert glass_text(host_code, show_caches=True) == \
        host_text(host_code, show_caches=True)


def test_specialized_opcodes_are_read_as_their_family():
    code = Code(co_code=bytes([5, 0, 0, 0]) +                 # BINARY_OP_ADD_INT
                bytes([42, 1]) + b"\0\0" * 4 +                # LOAD_ATTR_SLOT
                bytes([OPMAP["RETURN_VALUE"], 0]),
                co_names=("a", "b"), co_linetable=b"")
    lines = glass.dis_text(code).splitlines()
    assert lines == [
        "          0 BINARY_OP_ADD_INT        0 (+)",
        "          4 LOAD_ATTR_SLOT           1 (b)",
        "         14 RETURN_VALUE",
    ]


# --- The current-instruction marker and exception tables ------------------------

@needs_cpython311_host
@pytest.mark.parametrize("which", [0, 1, 7, -1])
def test_lasti_marker(which):
    host_code = host_compile(SNIPPETS["try_except"])
    lasti = list(host_dis.get_instructions(host_code))[which].offset
    expected = io.StringIO()
    host_dis.disassemble(host_code, lasti, file=expected)
    actual = io.StringIO()
    glass.disassemble(Code.from_host(host_code), lasti, file=actual)
    assert "-->" in actual.getvalue()
    assert actual.getvalue() == expected.getvalue()


@needs_cpython311_host
def test_exception_table_section():
    text = glass_text(host_compile(SNIPPETS["with"]))
    assert "ExceptionTable:\n" in text and "lasti\n" in text
    assert_same_dis(SNIPPETS["with"])


# --- Structured records -------------------------------------------------------------

def _comparable(instr):
    fields = instr._asdict()
    fields["argval"] = dis_check.normalize(repr(fields["argval"]))
    fields["argrepr"] = dis_check.normalize(fields["argrepr"])
    fields["positions"] = tuple(fields["positions"])
    return fields


@needs_cpython311_host
@pytest.mark.parametrize("options", [{}, {"show_caches": True},
                                     {"first_line": 100}])
def test_get_instructions_matches_host(options):
    for name in ("classes", "match", "fstrings", "try_except", "calls"):
        host_code = host_compile(SNIPPETS[name])
        codes = [host_code] + [c for c in host_code.co_consts
                               if hasattr(c, "co_code")]
        for code in codes:
            expected = [_comparable(i)
                        for i in host_dis.get_instructions(code, **options)]
            actual = [_comparable(i) for i in
                      glass.get_instructions(Code.from_host(code), **options)]
            assert actual == expected


@needs_cpython311_host
def test_instruction_values():
    code = Code.from_host(host_compile('f"{x!r:>3}"; f(k=1); g.m()'))
    by_name = {i.opname: i for i in glass.get_instructions(code)}
    assert by_name["FORMAT_VALUE"].argval == (repr, True)
    assert by_name["FORMAT_VALUE"].argrepr == "repr, with format"
    assert by_name["KW_NAMES"].argval is glass.UNKNOWN      # as in dis
    assert by_name["LOAD_METHOD"].argval == "m"
    assert isinstance(by_name["LOAD_CONST"].positions, glass.Positions)


# --- code_info ----------------------------------------------------------------------

@needs_cpython311_host
@pytest.mark.parametrize("name", ["closures", "functions", "generators", "empty"])
def test_code_info_matches_host(name):
    host_code = host_compile(SNIPPETS[name])
    codes = [host_code] + [c for c in host_code.co_consts if hasattr(c, "co_code")]
    for code in codes:
        assert dis_check.normalize(glass.code_info(Code.from_host(code))) == \
            dis_check.normalize(host_dis.code_info(code))


@needs_cpython311_host
@pytest.mark.parametrize("flags", [0, 1, 0x3, 0x23, 0x400, 0x1000000 | 0x80,
                                   0x200 | 0x4000000, 2 ** 33 | 1])
def test_pretty_flags_matches_host(flags):
    assert glass.pretty_flags(flags) == host_dis.pretty_flags(flags)


# --- The sweep tool ---------------------------------------------------------------------

def test_difference_cause_names_the_column():
    line = "  3           4 LOAD_CONST               0 (1)"
    cause = dis_check.difference_cause
    assert cause(line, line) is None
    assert cause(line, line.replace("(1)", "(2)")) == "argrepr of LOAD_CONST"
    assert cause(line, line.replace("  3 ", "  4 ")) == "line numbers"
    assert cause(line, line.replace(" 4 ", " 6 ")) == "offsets"
    assert cause(line, line.replace("        4", "     >> 4")) == "jump targets"
    assert cause(line, line.replace("0 (1)", "1 (1)")) == "oparg of LOAD_CONST"
    assert cause(line, line.replace("LOAD_CONST ", "LOAD_NAME  ")) == "opname"
    assert cause(line, line.replace("0 (1)", " 0 (1)")) == "column widths"
    assert cause(line + "\n", line + "\nmore") == "line numbers"
    assert cause("ExceptionTable:\n  2 to 4 -> 6 [0]",
                 "ExceptionTable:\n  2 to 4 -> 8 [0]") == "exception table"
    # A table in an earlier section does not colour later differences.
    table = "ExceptionTable:\n  2 to 4 -> 6 [0]\n\nDisassembly of x:\n"
    assert cause(table + line, table + line.replace("(1)", "(2)")) == \
        "argrepr of LOAD_CONST"


@needs_cpython311_host
def test_check_file(tmp_path):
    good = tmp_path / "good.py"
    good.write_text(textwrap.dedent(SNIPPETS["match"]))
    assert dis_check.check_file(str(good)) is None
    bad = tmp_path / "bad.py"
    bad.write_text("print 'python 2'\n")
    with pytest.raises(dis_check.NotCompiled):
        dis_check.check_file(str(bad))


def _stdlib_sample(count=100):
    """About `count` stdlib files, spread evenly over the sorted list."""
    if not HOST_IS_CPYTHON_311:
        return []
    files = stdlib_sources()
    step = max(1, len(files) // count)
    return files[::step]


@needs_cpython311_host
@pytest.mark.parametrize("path", _stdlib_sample(),
                         ids=lambda p: os.path.basename(os.path.dirname(p)) +
                         "/" + os.path.basename(p))
def test_stdlib_file_matches_host(path):
    try:
        cause = dis_check.check_file(path)
    except dis_check.NotCompiled as exc:
        pytest.skip("skipped because the host cannot compile it: %s" % exc)
    assert cause is None, cause


# --- Host independence ------------------------------------------------------------------

def test_no_host_dis_or_opcode_and_39_syntax():
    with open(DIS_SOURCE) as f:
        source = f.read()
    tree = ast.parse(source, feature_version=(3, 9))
    imported = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            imported.add(node.module)
    assert not imported & {"dis", "opcode"}
    assert source.split('"""')[1].splitlines()[0] == "Counterpart: Lib/dis.py"


PYPY = shutil.which("pypy3")


@needs_cpython311_host
@pytest.mark.skipif(PYPY is None, reason="needs a pypy3 executable")
def test_runs_on_pypy_host():
    """Code objects made here, disassembled by Glass under PyPy 3.9."""
    sources = [SNIPPETS["constants"], SNIPPETS["match"], SNIPPETS["closures"]]
    host_codes = [host_compile(s) for s in sources]
    payload = pickle.dumps([Code.from_host(c) for c in host_codes], protocol=2)
    script = ("import pickle, sys\n"
              "from glass.bytecode.dis import dis_text\n"
              "codes = pickle.loads(sys.stdin.buffer.read())\n"
              "assert 'dis' not in sys.modules and 'opcode' not in sys.modules\n"
              "sys.stdout.write('\\0'.join(dis_text(c) for c in codes))\n")
    env = dict(os.environ, PYTHONPATH=REPO)
    result = subprocess.run([PYPY, "-c", script], input=payload, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            timeout=60)
    assert result.returncode == 0, result.stderr.decode()
    outputs = result.stdout.decode().split("\0")
    assert [dis_check.normalize(o) for o in outputs] == \
        [host_text(c) for c in host_codes]
