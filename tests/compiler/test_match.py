"""`match` statements: Glass's compiler against the host's compile(), and
Glass's VM against the host's behaviour.

Counterpart: Lib/test/test_patma.py (its match statements are the corpus:
every one of them is compiled by both compilers and compared field by
field; its test methods run on Glass and on the host); tests
glass/compiler/patterns.py.
"""
from __future__ import annotations

import ast
import inspect
import os
import textwrap
import warnings

import pytest

from glass.bytecode.code import Code, code_differences
from glass.compiler import compile_source
from glass.tools.stdlib import find_stdlib
from oracle import needs_cpython311_host, program_difference

STDLIB = find_stdlib()
PATMA = os.path.join(STDLIB, "test", "test_patma.py") if STDLIB else None


def _differences(source, filename="<match>", optimize=-1):
    """Glass's code object against the host's, field by field (or, when
    the host rejects the source, Glass's SyntaxError against the host's)."""
    try:
        expected = Code.from_host(compile(source, filename, "exec",
                                          dont_inherit=True, optimize=optimize))
    except SyntaxError:
        # A body with `return` or `yield`, taken out of its function.
        expected_error = _syntax_error("host", source)
        got_error = _syntax_error("glass", source)
        return [] if got_error == expected_error else [(got_error, expected_error)]
    got = compile_source(source, filename, "exec", "glass", optimize=optimize)
    return code_differences(got, expected)


def _read(path):
    with open(path, "rb") as file:
        return file.read()


def _patma_tree():
    if PATMA is None or not os.path.exists(PATMA):
        pytest.skip("because the host's Lib/test/test_patma.py is not there")
    source = _read(PATMA).decode("utf-8")
    return source, ast.parse(source)


def _match_statements(source, tree):
    """Each match statement's source, dedented, as a module of its own."""
    lines = source.splitlines(keepends=True)
    for node in ast.walk(tree):
        if type(node).__name__ == "Match":
            text = "".join(lines[node.lineno - 1:node.end_lineno])
            yield node.lineno, textwrap.dedent(text)


# --- Code objects ------------------------------------------------------------------

@needs_cpython311_host
def test_every_patma_match_statement_compiles_as_host():
    source, tree = _patma_tree()
    differing = []
    count = 0
    for lineno, text in _match_statements(source, tree):
        count += 1
        # At module level (NAME stores) and in a function (FAST stores).
        in_function = "def f():\n" + textwrap.indent(text, "    ")
        for variant in (text, in_function):
            found = _differences(variant)
            if found:
                differing.append((lineno, found[:3]))
    assert count > 200
    assert differing == []


@needs_cpython311_host
@pytest.mark.parametrize("optimize", [0, 1, 2])
def test_patma_file_compiles_as_host(optimize):
    _patma_tree()
    assert _differences(_read(PATMA), PATMA, optimize) == []


def _stdlib_files_with_match():
    found = []
    if not STDLIB:
        return found
    for directory, _, names in os.walk(STDLIB):
        if "site-packages" in directory:
            continue
        for name in names:
            if not name.endswith(".py"):
                continue
            path = os.path.join(directory, name)
            source = _read(path)
            if b"match" not in source or b"case" not in source:
                continue
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")   # invalid escapes
                    tree = ast.parse(source)
            except (SyntaxError, ValueError):
                continue
            if any(type(node).__name__ == "Match" for node in ast.walk(tree)):
                found.append(path)
    return sorted(found)


@needs_cpython311_host
def test_stdlib_files_with_match_compile_as_host():
    paths = _stdlib_files_with_match()
    assert len(paths) >= 7
    differing = [os.path.relpath(path, STDLIB) for path in paths
                 if _differences(_read(path), path)]
    assert differing == []


SNIPPETS = {
    "captures_and_guards": """
        match command.split():
            case [action]:
                go(action)
            case [action, obj] if obj:
                go(action, obj)
            case ["go", ("north" | "south" | "east" | "west") as direction]:
                move(direction)
            case ["drop", *objects]:
                drop(objects)
            case _:
                unknown()
        """,
    "or_reordering": """
        def f(x):
            match x:
                case (a, b, c) | [c, b, a] | {'a': a, 'c': c, 'b': b}:
                    return a, b, c
                case (1, q) | (q, 2) if q:
                    return q
        """,
    "nested_or_and_as": """
        match x:
            case [(1 | 2) as a, [b, (c | d) as e] | [e, b, (c | d)]]:
                pass
            case {1: [*r]} | {2: [_, *r]}:
                pass
        """,
    "star_subscr": """
        match x:
            case [a, *_, b, c]:
                pass
            case [*_, z]:
                pass
            case [*_]:
                pass
            case [_, _, *_]:
                pass
            case [m, *_]:
                pass
        """,
    "mapping_rest": """
        class C:
            def m(self, x):
                match x:
                    case {'a': 1, C.k: v, **__rest}:
                        return __rest
                    case {**kw}:
                        return kw
                    case {}:
                        pass
        """,
    "class_patterns": """
        match p:
            case Point(x=0, y=0):
                pass
            case Point(_, _, z=_):
                pass
            case a.b.C(1, 2, d=[e], f={}):
                pass
            case int() | str(s) | bytes(s):
                pass
        """,
    "singletons_and_values": """
        match v:
            case None | True | False:
                pass
            case -1 | 1.5 | 2j | -3-4j | 'x' 'y' | b'z':
                pass
            case m.CONST | m.sub.CONST2:
                pass
        """,
    "default_only": "match x:\n    case _:\n        y = 1\n",
    "default_guarded": "match x:\n    case 1:\n        pass\n    case _ if y:\n        z()\n",
    "irrefutable_last": "match x:\n    case 1:\n        pass\n    case y:\n        pass\n",
    "single_case": "match x:\n    case (1, 2):\n        pass\n",
    "multiline": """
        match (
            x,
            y):
            case (
                [a,
                 b] |
                {'k':
                   b,
                 'a': a}
            ):
                pass
            case Point(
                x=q,
                y=r) if (
                    q >
                    r):
                pass
        """,
    "closures": """
        def outer(x):
            match x:
                case [a, *rest]:
                    return lambda: (a, rest)
            global g
            match x:
                case {'g': g}:
                    pass
        """,
    "async_and_loops": """
        async def f(xs):
            async for x in xs:
                match x:
                    case 0:
                        continue
                    case [1, *_]:
                        break
                    case _:
                        try:
                            return await x
                        finally:
                            pass
        """,
    "many_captures": "match x:\n    case [%s]:\n        pass\n" % ", ".join(
        "v%d" % i for i in range(40)),
    "many_alternatives": "match x:\n    case %s:\n        pass\n" % " | ".join(
        "(%d, w)" % i for i in range(40)),
}


@needs_cpython311_host
@pytest.mark.parametrize("name", sorted(SNIPPETS))
@pytest.mark.parametrize("optimize", [0, 2])
def test_snippet_compiles_as_host(name, optimize):
    source = textwrap.dedent(SNIPPETS[name]).lstrip("\n")
    assert _differences(source, "<match>", optimize) == []


# --- SyntaxErrors ------------------------------------------------------------------

INVALID = [
    "match x:\n    case y:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case _:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case (_ | 1):\n        pass\n",
    "match x:\n    case 1 | (y | 2):\n        pass\n",
    "match x:\n    case [a, a]:\n        pass\n",
    "match x:\n    case {'k': a, **a}:\n        pass\n",
    "match x:\n    case [a, (b | a)]:\n        pass\n",
    "match x:\n    case [a, *a]:\n        pass\n",
    "match x:\n    case 1 | a:\n        pass\n",
    "match x:\n    case [a] | [b]:\n        pass\n",
    "match x:\n    case (a, b) | (a, c):\n        pass\n",
    "match x:\n    case C(a=1,\n           b=2,\n           a=3):\n        pass\n",
    "match x:\n    case C(x=1, __debug__=2):\n        pass\n",
    "match x:\n    case {1: a, 1: b}:\n        pass\n",
    "match x:\n    case {'a': a, 'b': 1, 'a': 2}:\n        pass\n",
    "match x:\n    case {f'{y}': a}:\n        pass\n",
    "match x:\n    case [*a, *b]:\n        pass\n",
    "match x:\n    case __debug__:\n        pass\n",
    "match x:\n    case [1, *__debug__]:\n        pass\n",
    "match x:\n    case {**__debug__}:\n        pass\n",
    "match x:\n    case int() as __debug__:\n        pass\n",
    "match x:\n    case [y]:\n        pass\n    case z:\n        pass\n    case 2:\n        pass\n",
    "def f():\n    match x:\n        case (\n            y\n        ):\n            pass\n        case 0:\n            pass\n",
    "match x:\n    case [1, 2] | {'k': q}:\n        pass\n",
]


def _patma_syntax_error_snippets():
    source, tree = _patma_tree()
    snippets = []
    for node in ast.walk(tree):
        if (type(node).__name__ == "Call"
                and getattr(node.func, "attr", None) == "assert_syntax_error"
                and node.args and type(node.args[0]).__name__ == "Constant"):
            snippets.append(inspect.cleandoc(node.args[0].value))
    return snippets


def _syntax_error(compiler, source):
    try:
        if compiler == "host":
            compile(source, "<test>", "exec", dont_inherit=True)
        else:
            compile_source(source, "<test>", "exec", "glass")
    except SyntaxError as error:
        return (type(error).__name__, error.msg, error.lineno, error.offset,
                error.end_lineno, error.end_offset)
    return None


@needs_cpython311_host
def test_syntax_errors_as_host():
    snippets = INVALID + _patma_syntax_error_snippets()
    assert len(snippets) > 60
    differing = []
    for source in snippets:
        expected = _syntax_error("host", source)
        assert expected is not None, source
        got = _syntax_error("glass", source)
        if got != expected:
            differing.append((source, got, expected))
    assert differing == []


# --- Behaviour on Glass's VM -----------------------------------------------------------

def same_as_host(source, compiler):
    """oracle.same_as_host, with Glass's code compiled by `compiler` (the
    host's compile() or Glass's own)."""
    import tempfile
    with tempfile.TemporaryDirectory() as directory:
        path = os.path.join(directory, "snippet.py")
        with open(path, "w") as file:
            file.write(textwrap.dedent(source).lstrip("\n"))
        difference = program_difference(path, compiler=compiler)
    assert not difference, "Glass differs from python3:\n" + difference


# Test methods of test_patma that need only builtins run under a stand-in
# for unittest.TestCase that prints what each assertion saw.
SHIM = '''
class Failure(Exception):
    pass

class _Raises:
    def __init__(self, kinds):
        self.kinds = kinds
    def __enter__(self):
        return self
    def __exit__(self, kind, value, tb):
        print("  raises", kind.__name__ if kind else None, value)
        return kind is not None and issubclass(kind, self.kinds)

def _text(value):
    text = repr(value)
    at = text.find(" at 0x")          # addresses differ between runs
    return text[:at] + ">" if at >= 0 else text

class TestCase:
    def _show(self, what, *values):
        print("  %s %s" % (what, " ".join(_text(v) for v in values)))
    def assertIs(self, a, b, msg=None): self._show("is", a, b, a is b)
    def assertIsNot(self, a, b, msg=None): self._show("is not", a, b, a is not b)
    def assertEqual(self, a, b, msg=None): self._show("equal", a, b, a == b)
    def assertNotEqual(self, a, b, msg=None): self._show("not equal", a, b)
    def assertIsNone(self, a, msg=None): self._show("is None", a)
    def assertTrue(self, a, msg=None): self._show("true", bool(a))
    def assertFalse(self, a, msg=None): self._show("false", bool(a))
    def assertIn(self, a, b, msg=None): self._show("in", a in b)
    def assertNotIn(self, a, b, msg=None): self._show("not in", a not in b)
    def assertRaises(self, *kinds):
        return _Raises(kinds)

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __eq__(self, other):
        return (type(other) is Point and self.x == other.x
                and self.y == other.y)
    def __repr__(self):
        return "Point(x=%r, y=%r)" % (self.x, self.y)

def run(case):
    for name in sorted(vars(type(case))):
        if name.startswith("test"):
            print(name)
            try:
                getattr(case, name)()
            except Exception as error:
                print("  error", type(error).__name__, error)
'''

# Names the guest cannot import yet (collections, dataclasses, enum...).
UNAVAILABLE = {"collections", "dataclasses", "enum", "array", "inspect", "sys",
               "unittest", "textwrap", "Point"}


def _runnable_patma_methods():
    source, tree = _patma_tree()
    lines = source.splitlines(keepends=True)
    methods = []
    for cls in tree.body:
        if type(cls).__name__ != "ClassDef" or cls.name not in (
                "TestPatma", "TestInheritance", "TestTypeErrors", "TestValueErrors"):
            continue
        for node in cls.body:
            if type(node).__name__ != "FunctionDef":
                continue
            names = {n.id for n in ast.walk(node) if type(n).__name__ == "Name"}
            if names & (UNAVAILABLE - {"Point"}):
                continue
            start = (node.decorator_list[0].lineno if node.decorator_list
                     else node.lineno)
            methods.append(textwrap.dedent("".join(lines[start - 1:node.end_lineno])))
    return methods


def _chunks(items, count):
    size = (len(items) + count - 1) // count
    return [items[i:i + size] for i in range(0, len(items), size)]


@needs_cpython311_host
@pytest.mark.parametrize("compiler", ["glass", "host"])
@pytest.mark.parametrize("part", range(4))
def test_patma_methods_behave_as_host(part, compiler):
    methods = _runnable_patma_methods()
    assert len(methods) > 200
    chunk = _chunks(methods, 4)[part]
    body = "".join(textwrap.indent(method, "    ") + "\n" for method in chunk)
    same_as_host(SHIM + "\nclass Tests(TestCase):\n" + body + "\nrun(Tests())\n",
                 compiler)


@needs_cpython311_host
@pytest.mark.parametrize("compiler", ["glass", "host"])
def test_match_behaviour_as_host(compiler):
    same_as_host('''
        class C:
            __match_args__ = ("a", "b")
            def __init__(self, a, b):
                self.a, self.b = a, b

        def classify(x):
            match x:
                case (a, b, c) | [c, b, a] | {'a': a, 'c': c, 'b': b}:
                    return "abc", a, b, c
                case {'k': v, **rest} if rest:
                    return "rest", v, sorted(rest.items())
                case [first, *_, last]:
                    return "ends", first, last
                case C(1, b=[*inner]) | C(2, inner):
                    return "C", inner
                case str() | bytes() as s:
                    return "text", s
                case -1 | 0.5 | 1j | None | True:
                    return "literal", x
                case _:
                    return "other", type(x).__name__

        for value in [(1, 2, 3), [1, 2, 3], {'a': 1, 'b': 2, 'c': 3},
                      {'k': 1, 'z': 2}, {'k': 1}, [1, 2, 3, 4], range(5),
                      C(1, [4, 5]), C(2, 'x'), C(3, 3), "s", b"b", -1, 0.5,
                      1j, None, True, 1, 2.5, {}, [], iter([1])]:
            print(type(value).__name__, classify(value))

        class Bad:
            __match_args__ = ("a", "a")
            a = 1
        class NotTuple:
            __match_args__ = ["a"]
        class NotStr:
            __match_args__ = (1,)
        def bad_bad(x):
            match x:
                case Bad(p, q):
                    return p, q
        def bad_not_tuple(x):
            match x:
                case NotTuple(p):
                    return p
        def bad_not_str(x):
            match x:
                case NotStr(p):
                    return p
        def bad_int(x):
            match x:
                case int(p, q):
                    return p
        def bad_not_type(x):
            match x:
                case len(p):
                    return p
        def bad_keyword(x):
            match x:
                case Bad(p, a=q):
                    return p
        for check, subject in [(bad_bad, Bad()), (bad_not_tuple, NotTuple()),
                               (bad_not_str, NotStr()), (bad_int, 1),
                               (bad_not_type, 1), (bad_keyword, Bad())]:
            try:
                check(subject)
            except TypeError as error:
                print(check.__name__, "TypeError:", error)

        class Keys:
            KEY = "a"
        try:
            match {"a": 0, "b": 1}:
                case {"a": 0, Keys.KEY: 1}:
                    pass
        except ValueError as error:
            print("ValueError:", error)
        ''', compiler)
