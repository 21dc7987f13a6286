"""Tests for Glass's PEG parser: the grammar, the generated parser, strings, errors.

Counterpart: Lib/test/test_ast.py, test_grammar.py, test_syntax.py,
test_fstring.py, test_string_literals.py, test_peg_generator.  The host's
ast.parse / compile() is the oracle: same source in, same
`dump(..., include_attributes=True)` out, or the same SyntaxError.
"""
from __future__ import annotations

import io
import sys
import textwrap
import warnings

import pytest

from glass.parser import ast_nodes as g
from glass.parser.parser import parse
from glass.tools.ast_check import compare_source, error_fields
from oracle import needs_cpython311_host


def same_as_host(source, mode="exec", **options):
    """Glass's tree (with positions) equals the host's, or both raise the same error."""
    import ast
    source = textwrap.dedent(source) if isinstance(source, str) else source
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            expected = ast.dump(ast.parse(source, "<unknown>", mode, **options),
                                include_attributes=True)
    except SyntaxError as error:
        with pytest.raises(SyntaxError) as info:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                parse(source, "<unknown>", mode, **options)
        assert error_fields(info.value) == error_fields(error)
        return
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        mine = g.dump(parse(source, "<unknown>", mode, **options), include_attributes=True)
    assert mine == expected


# --- Valid programs, one grammar feature at a time ------------------------------------

FEATURES = {
    "assignments": """
        a = b = 1
        a, *b = c
        [a, (b, c)] = d
        x.y[1:2, ::3] = z
        a += 1; b //= 2; c @= d
        x: int = 5
        (y): str
        z.w: list[int]
    """,
    "chained_comparisons": "a < b <= c != d is not e not in f in g is h == i > j >= k\n",
    "operators": "-a ** -b // c % d @ e << f >> g & h ^ i | ~j + (not k) - l / m * n\n",
    "boolean": "a and b or not c and (d or e)\n",
    "conditional_lambda": "f = lambda x, /, y=1, *a, z, w=2, **k: x if y else z\n",
    "lambdas": "lambda: 0\nlambda *, a: a\nlambda *a, **k: 0\nlambda a, b=1, /, c=2: 0\n",
    "walrus": "if (n := len(a)) > 10: pass\n[y := f(x), y**2]\nf(a := 1)\n",
    "comprehensions": """
        [x for x in y if x if not x]
        {x: y for x, y in z}
        {x for x in y for z in x}
        (x async for x in y)
        [await x for x in y]
    """,
    "star_expressions": "print(*a, *b, **c, **d)\nx = *a, *b\nfor x in *a, *b: pass\nreturn_ = [*a, *b]\n",
    "slices": "a[1]\na[1:2]\na[::]\na[1:2, 3]\na[:, None]\na[*b]\na[x:=1]\na[1::]\n",
    "calls": "f()\nf(a)(b)(c)\nf(a, b=1, *c, d=2, **e)\nf(x for x in y)\nf(a)[b].c\n",
    "decorators": """
        @a
        @b.c(d)
        @e[f] if g else h
        def f(): pass
        @dec
        class A(B, metaclass=M): x = 1
    """,
    "functions": """
        def f(a, b: int = 1, *args: str, c, d=4, **kw: dict) -> None:
            '''doc'''
            return
        async def g(a, /, b):
            await x
            async for a in b: pass
            async with a as b, c: pass
    """,
    "global_nonlocal": """
        def f():
            global a, b
            def g():
                nonlocal c
    """,
    "control_flow": """
        if a: pass
        elif b: pass
        else: pass
        while x:
            break
        else:
            continue
        for i in range(3): pass
        else: pass
    """,
    "try_except": """
        try:
            pass
        except (A, B) as e:
            raise C from e
        except D:
            raise
        else:
            pass
        finally:
            pass
    """,
    "except_star": """
        try:
            pass
        except* ValueError as e:
            pass
        except* (TypeError, KeyError):
            pass
    """,
    "with": """
        with a, b as c: pass
        with (a as b, c as d,): pass
        with (a, b): pass
        with (yield): pass
    """,
    "imports": """
        import a, b.c as d
        from . import x
        from ...a.b import (c as d, e,)
        from .. import *
    """,
    "match": """
        match command.split():
            case [action]:
                pass
            case [action, obj, *rest] if obj:
                pass
            case Point(x=0, y=0) | Point(1, 2):
                pass
            case {"a": 1, **rest}:
                pass
            case (1 | -2 | 3.5 | 4+5j | "s" b"" ) as v:
                pass
            case None | True | False | a.b.c:
                pass
            case [*_] | (_, *rest) | {}:
                pass
            case _:
                pass
    """,
    "soft_keywords_as_names": "match = case = _ = 1\nmatch(x)\nmatch[x]\nprint(match, case)\n",
    "dicts_sets": "{}\n{1: 2, **a, 3: 4}\n{1, *a, 2}\n",
    "yield": "def f():\n    x = yield\n    y = yield from z\n    yield a, b\n",
    "type_comments": """
        def f(a,  # type: int
              b,  # type: str
              ):
            # type: (...) -> None
            pass
        x = []  # type: List[int]
        for x in y:  # type: int
            pass
        with a as b:  # type: T
            pass
        import x  # type: ignore
        y = 1  # type: ignore[attr]
    """,
    "numbers": "0x_ff + 0o17 + 0b1_0 + 1_000.5e-3 + 1j + 0.5J + 00 + 1e1000\n",
    "ellipsis_constants": "... ; None ; True ; False\n",
    "unicode": "café = 'é' + \"ñ\"\nx = f'{café!s:>{ñ}}'\n𝔘𝔫𝔦 = 1\n",
    "assert_del_pass": "assert x, 'msg'\ndel a, b[1], c.d\npass\n",
    "class": "class A: pass\nclass B(): pass\nclass C(*a, **k): pass\n",
    "line_continuation": "x = 1 + \\\n    2\ny = (1,\n     2)\n",
}


@needs_cpython311_host
@pytest.mark.parametrize("name", sorted(FEATURES))
def test_feature_same_tree_as_host(name):
    same_as_host(FEATURES[name], type_comments=True)


# --- Strings and f-strings --------------------------------------------------------------

STRINGS = [
    r"'a' 'b' \"c\"",
    r"u'a' 'b'",
    r"U'a'",
    r"b'\x00\n\\' b'x'",
    r"rb'\d' Rb'\n'",
    r"'\N{BULLET} \u1234 \U0001F600 \x41 \101 \777'",
    "'''tri\\\nple'''",
    r"f'{a}' 'b' f'{c!r}'",
    r"f'{a=}' f'{a = }' f'{a=!s}' f'{a=:>10}'",
    r"f'{a:{b}{c}}' f'{a!r:{b}x}'",
    r"f'{{}}' f'{{{a}}}' f'a}}b{{c'",
    r"f'{ a }' f'{a  +  b}' f'{(lambda: 1)()}'",
    "f'{\"x\"}' f\"{'y'}\"",
    "f'''{a\n+ b}'''",
    "f'''\n{\nx\n}\n{y}'''",
    r"fr'\d{a}\n' rf'{b}\N'",
    r"f'{3.14:!<10.10}' f'{x!a}' f'{x:%H:%M}'",
    r"f'{a[\"b\"]}' f'{d[1:2]}' f'{x if y else z}' f'{x,y}' f'{*a,}'",
    r"f'' ''",
    r"'é' f'{é}é{é!r}'",
]


@needs_cpython311_host
@pytest.mark.parametrize("source", STRINGS)
def test_string_literals_same_as_host(source):
    same_as_host("x = " + source + "\n")


@needs_cpython311_host
def test_invalid_escape_warns_like_the_host():
    source = "x = '\\d'\ny = b'\\q'\nz = f'\\e{x}'\n"
    with warnings.catch_warnings(record=True) as mine:
        warnings.simplefilter("always")
        parse(source, "m.py")
    with warnings.catch_warnings(record=True) as host:
        warnings.simplefilter("always")
        compile(source, "m.py", "exec", dont_inherit=True)
    assert [(str(w.message), w.category, w.lineno) for w in mine] == \
        [(str(w.message), w.category, w.lineno) for w in host]


@needs_cpython311_host
def test_invalid_escape_is_an_error_when_warnings_are():
    source = "x = 1\ny = '\\d'\n"
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with pytest.raises(SyntaxError) as host:
            compile(source, "<unknown>", "exec", dont_inherit=True)
        with pytest.raises(SyntaxError) as mine:
            parse(source)
    assert error_fields(mine.value) == error_fields(host.value)


def test_identifiers_are_nfkc_normalised():
    tree = parse("ﬁ = 𝔘 = 1\n")
    assert [t.id for t in tree.body[0].targets] == ["fi", "U"]


# --- Modes and options ----------------------------------------------------------------------

@needs_cpython311_host
@pytest.mark.parametrize("source,mode", [
    ("1 + 2", "eval"), ("a, b\n\n", "eval"), ("x = 1", "single"), ("if x:\n  pass", "single"),
    ("x = 1; y = 2", "single"), ("x = 1\ny = 2\n", "single"), ("\n", "single"),
    ("(int, str) -> None", "func_type"), ("(*a, **k) -> int", "func_type"), ("() -> x", "func_type"),
    (b"# -*- coding: latin-1 -*-\nx = '\xe9'\n", "exec"), (b"\xef\xbb\xbfx = 1\n", "exec"),
    ("", "exec"), ("\n\n# only a comment", "exec"),
])
def test_modes_same_as_host(source, mode):
    same_as_host(source, mode)


@needs_cpython311_host
@pytest.mark.parametrize("source,version", [
    ("match x:\n case 1: pass\n", (3, 9)), ("x := 1\n", (3, 7)), ("(x := 1)\n", (3, 7)),
    ("def f(a, /): pass\n", (3, 7)), ("try:\n pass\nexcept* A:\n pass\n", (3, 10)),
    ("with (a as b): pass\n", (3, 8)), ("x @ y\n", (3, 4)), ("f'{x=}'\n", (3, 7)),
    ("async def f(): await x\n", (3, 4)), ("x: int = 1\n", (3, 5)), ("1_000\n", (3, 5)),
])
def test_feature_version_same_as_host(source, version):
    same_as_host(source, feature_version=version)


# --- SyntaxErrors: the second pass, messages and positions ---------------------------------

ERRORS = [
    "x = (1, 2\n", "f(**a, *b)\n", "f(a for a in b, c)\n", "print 'x'\n", "a b\n",
    "x = 1 +\n", "def f(:\n  pass\n", "if x\n  pass\n", "if x:\npass\n", "  x = 1\n",
    "for x in y:\n  pass\n else: pass\n", "x = f(a=1, b)\n", "True = 1\n", "f(True=1)\n",
    "(a, b) += 1\n", "del f()\n", "[x for x in y] = 1\n", "def f(a=1, b):\n pass\n",
    "lambda a=1, b: 0\n", "x := 1\n", "(a.b := 1)\n", "class A\n  pass\n", "try:\n  pass\n",
    "try:\n  pass\nexcept* A:\n  pass\nexcept B:\n  pass\n", "{1: *a}\n", "{1:}\n",
    "match x:\n  case 1 as _:\n    pass\n", "f'{a b}'\n", "f'{}'\n", "f'{a!x}'\n", "f'}'\n",
    "'abc\n", "x = 0777\n", "x = 1_\n", "import a,\n", "from a import b,\n",
    "with a as 1: pass\n", "for 1 in x: pass\n", "a if b\n", "x = yield = 1\n",
    "def f(*): pass\n", "def f(**k, a): pass\n", "a = 1 = 2\n", "[*a for a in b]\n",
    "x = [1, 2\ny = 3\n", "\tif x:\n        pass\n", "if x:\n    a\n  b\n", "x = 'a' b'b'\n",
    "(yield) = 1\n", "a, b: int\n", "[a]: int\n", "with (a as b, c as d:\n  pass\n",
    "except:\n", "else\n", "f(a=1 for a in b)\n", "1 + \n", "x = )\n", "(\n", "print(\n",
    "match x:\n case {**rest, 'a': 1}:\n  pass\n", "x = $\n", "a = 1; b = 2;;\n",
    "def f():\n  x = 1\n   y = 2\n", "x = '\\xz'\n", "b'é'\n", "f'{a!}'\n", "f'{a:{b:{c}}}'\n",
    "f'{#}'\n", "f'{a'\n", "f'{)}'\n", "def f(a, *, **k): pass\n", "lambda *: 0\n",
    "def f(/, a): pass\n", "async def f():\n  yield from x\n", "x = 1 if 2\n",
    "for x in range(10):\npass\n", "while x\n  pass\n", "with a:\npass\n",
    "class A(x for x in y): pass\n", "f(x, *y, **z, w)\n", "{**a for a in b}\n",
    "match x:\n  case f(a=1, 2):\n    pass\n", "a.b: int += 1\n",
]


@needs_cpython311_host
@pytest.mark.parametrize("source", ERRORS)
def test_syntax_error_same_as_host(source):
    assert compare_source(source) is None


@needs_cpython311_host
@pytest.mark.parametrize("source,mode", [("x = 1\n2\n", "single"), ("1 +", "eval"),
                                         ("(a) ->", "func_type")])
def test_syntax_error_in_other_modes(source, mode):
    assert compare_source(source, mode=mode) is None


def test_deep_nesting_is_a_memory_error_not_a_recursion_error():
    with pytest.raises(MemoryError):
        parse("-" * 10000 + "1\n")


# --- The generated parser ------------------------------------------------------------------------

def test_generated_parser_is_up_to_date():
    from glass.parser.pegen.generator import OUTPUT_PATH, generate
    with open(OUTPUT_PATH, encoding="utf-8") as file:
        assert file.read() == generate(), "run python3 -m glass.parser.pegen.generator"


def test_grammar_follows_cpython_rule_names():
    from glass.parser.pegen.generator import GRAMMAR_PATH
    from glass.parser.pegen.grammar import parse_grammar
    with open(GRAMMAR_PATH, encoding="utf-8") as file:
        grammar = parse_grammar(file.read())
    rules = grammar.rules
    assert len([name for name in rules if name.startswith("invalid_")]) == 46    # as in 3.11
    leaders = sorted(name for name, rule in rules.items() if rule.leader)
    assert leaders == ["attr", "bitwise_and", "bitwise_or", "bitwise_xor", "dotted_name",
                       "primary", "shift_expr", "sum", "t_primary", "term"]
    assert rules["name_or_attr"].left_recursive and not rules["name_or_attr"].leader
    memo = sorted(name for name, rule in rules.items() if rule.memo)
    assert "simple_stmt" in memo and "expression" in memo and "invalid_named_expression" in memo


def test_rules_have_their_grammar_text_as_docstring():
    from glass.parser.python_parser import PythonParser
    assert PythonParser.if_stmt.__doc__.startswith("if_stmt[stmt_ty]:")
    assert "'if' a=named_expression ':' b=block c=elif_stmt" in PythonParser.if_stmt.__doc__


# --- The CLI ---------------------------------------------------------------------------------------

@needs_cpython311_host
@pytest.mark.parametrize("args", [[], ["-a"], ["-i", "1"], ["--no-type-comments", "-a"],
                                  ["-m", "eval"]])
def test_glass_ast_prints_what_python_m_ast_prints(tmp_path, args, capsys):
    import ast
    from glass.tools.commands import ast_command
    source = "x = (1 +\n  2)  # type: int\n" if "eval" not in args else "a + 1\n"
    path = tmp_path / "prog.py"
    path.write_text(source)
    assert ast_command(args + [str(path)]) == 0
    mine = capsys.readouterr().out
    mode = args[args.index("-m") + 1] if "-m" in args else "exec"
    tree = ast.parse(source.encode(), str(path), mode,
                     type_comments="--no-type-comments" not in args)
    indent = int(args[args.index("-i") + 1]) if "-i" in args else 3
    assert mine == ast.dump(tree, include_attributes="-a" in args, indent=indent) + "\n"


def test_glass_ast_refuses_an_unknown_mode(capsys):
    from glass.tools.commands import ast_command
    with pytest.raises(SystemExit) as exit_info:
        ast_command(["-m", "bogus", "x"])
    assert exit_info.value.code == 2
    assert "invalid choice: 'bogus'" in capsys.readouterr().err


# --- A deterministic sample of the stdlib -----------------------------------------------------------

def _stdlib_sample():
    from glass.tools.stdlib import HOST_IS_CPYTHON_311, stdlib_sources
    if not HOST_IS_CPYTHON_311:
        return []
    files = stdlib_sources()
    return files[::18]          # about 100 files, the same ones every run


@needs_cpython311_host
@pytest.mark.parametrize("path", _stdlib_sample())
def test_stdlib_sample_ast_same_as_host(path):
    from glass.tools.ast_check import check_file
    assert check_file(path) is None
