"""The _ast module and syntax trees in and out of compile(), against the host.

Counterpart: Lib/test/test_ast.py (the parts about the node classes,
ast.parse, compiling trees and their validation).
"""
from __future__ import annotations

import pytest

from oracle import same_as_host


def test_dump_of_parses():
    """ast.parse of many constructs, dumped with positions, in every mode."""
    same_as_host(r'''
        import ast
        sources = [
            "def f(a, /, b=1, *c, d, e=2, **g) -> int:\n    'doc'\n    return a + b",
            "class C(B, metaclass=M):\n    @dec\n    async def g(self):\n"
            "        await x\n        async for i in y: pass\n"
            "        async with a as (b, c): pass",
            "x = [i for i in range(3) if i]; y = {k: v for k, v in z}; s = {*a, *b}",
            "g = (x async for x in y); l = lambda a, *, b=2: (yield)",
            "match p:\n    case [1, *r]: pass\n    case {'k': v, **rest}: pass\n"
            "    case Point(x=0) | None: pass\n    case -1 | 1+2j | a.b as c if c: pass",
            "print(f'{x!r:>{w}} {y=} {{}}', rb'raw', u'u', 'a' 'b')",
            "try:\n    pass\nexcept* E as e:\n    pass\nelse:\n    pass\nfinally:\n    pass",
            "try:\n    pass\nexcept (A, B):\n    raise X from Y",
            "global a; nonlocal b; del a[1:2, ::3], b.c; assert x, 'm'",
            "from .. import (a as b, c); import os.path as p, sys",
            "x: int = 5; y: 'T'; (z): int; a += 1; b @= c; d **= 2",
            "while not a and b or c < d <= e is not f not in g: break\nelse: continue",
            "with (open(a) as b, c):\n    if x: pass\n    elif y: pass\n    else: ...",
            "(a := 10); f(*args, k=1, **kw); x[1:2:3]; -x; ~y; +z; a if b else c",
            "0x1f + 1_000 + 1e10 + 3j + 1.5 - True * None",
            "\n\n  \\\n(x\n +\n y)  # comment",
        ]
        for source in sources:
            tree = ast.parse(source)
            print(ast.dump(tree, include_attributes=True))
            print(ast.dump(tree, annotate_fields=False, indent=2)[:300])
        for mode in ("eval", "single"):
            print(ast.dump(ast.parse("x + 1", mode=mode), include_attributes=True))
        print(ast.dump(ast.parse("(int, *str) -> None", mode="func_type")))
        print(ast.dump(ast.parse(
            "def f(a, # type: int\n  b):\n  # type: (...) -> None\n  pass\n"
            "x = 1 # type: ignore[foo]\nfor i in y: # type: int\n  pass",
            type_comments=True), include_attributes=True))
        print(ast.dump(ast.parse("x = 1 # type: int")))
        print(ast.dump(ast.parse(b"# -*- coding: latin-1 -*-\nx = '\xe9'")))
        for source, version in [("match x:\n case 1: pass", (3, 9)),
                                ("(a := 1)", (3, 7)), ("x = 1", (3, 4)),
                                ("try:\n pass\nexcept* E:\n pass", (3, 10))]:
            try:
                print(ast.dump(ast.parse(source, feature_version=version)))
            except SyntaxError as error:
                print("SyntaxError", error)
        for source in ["f(**)", "x = (", "def f(:", "a = 1 = b", "\0"]:
            try:
                ast.parse(source, "file.py")
            except (SyntaxError, ValueError) as error:
                print(type(error).__name__, error)
        print(compile("x", "f", "exec", ast.PyCF_ONLY_AST, _feature_version=8).__class__)
        print(type(compile(b"x", "f", "eval", ast.PyCF_ONLY_AST)).__name__)
        for mode in ("other", "func_type"):
            for flags in (0, ast.PyCF_ONLY_AST):
                try:
                    compile("x", "f", mode, flags)
                except ValueError as error:
                    print(error)
    ''')


def test_node_classes():
    """The classes, their fields, docs, defaults and the shared singletons."""
    same_as_host(r'''
        import ast, _ast
        print([name for name in vars(_ast) if not name.startswith("__")])
        print(sorted(ast.AST.__dict__), ast.AST.__module__, ast.AST.__doc__)
        print(ast.AST._fields, ast.AST._attributes, ast.AST.__match_args__)
        for name in dir(_ast):
            cls = getattr(_ast, name)
            if not isinstance(cls, type):
                print(name, cls)
                continue
            print(name, cls.__bases__, cls.__module__, cls.__qualname__,
                  list(cls.__dict__), cls.__doc__,
                  getattr(cls, "_fields", None), getattr(cls, "_attributes", None),
                  getattr(cls, "__match_args__", None))
        print(ast.Name.end_lineno, ast.Constant.kind, ast.FunctionDef.returns,
              ast.ImportFrom.level, hasattr(ast.Module, "body"), hasattr(ast.Name, "ctx"))
        one = ast.parse("x; y = z").body
        print(one[0].value.ctx is one[1].value.ctx, one[1].targets[0].ctx is one[0].value.ctx)
        print(ast.Load() is ast.Load(), type(ast.Load()), ast.Load().__dict__)
        tree = ast.parse("a + b - c; not d; e < f; g and h")
        ops = [node for node in ast.walk(tree)
               if isinstance(node, (ast.operator, ast.unaryop, ast.cmpop, ast.boolop))]
        print([type(op).__name__ for op in ops], ops[0] is ops[1])
        print(ast.parse("return").body[0].__dict__.keys())
        print(sorted(ast.parse("return").body[0].__dict__.items(), key=str)[:1])
        print(ast.parse("from . import x").body[0].level,
              ast.parse("import x").body[0].names[0].__dict__.keys())
        print(ast.Num, ast.Str, ast.Bytes, ast.NameConstant, ast.Ellipsis)
        print(type(ast.Num(5)), isinstance(ast.Constant(5), ast.Num),
              isinstance(ast.Constant("s"), ast.Num), isinstance(ast.Constant("s"), ast.Str),
              ast.Constant(1).n, ast.Str("x").s)
        print(ast.PyCF_ONLY_AST, ast.PyCF_TYPE_COMMENTS, ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
    ''')


def test_node_construction():
    """ast_type_init's rules and errors, attribute access, __reduce__, pickle."""
    same_as_host(r'''
        import ast, copy, pickle
        def attempt(func):
            try:
                print(repr(func()))
            except Exception as error:
                print(type(error).__name__, error)
        attempt(lambda: ast.Name("x", ast.Load(), 3))
        attempt(lambda: ast.Name("x", id="y"))
        attempt(lambda: ast.Pass(1))
        attempt(lambda: ast.Load(1))
        attempt(lambda: ast.BinOp(1, 2, 3, 4))
        attempt(lambda: ast.keyword(1, 2, 3))
        attempt(lambda: ast.AST(1))
        attempt(lambda: ast.Name("x", foo=3).__dict__)
        attempt(lambda: ast.AST(foo=1).__dict__)
        attempt(lambda: ast.dump(ast.Name(ctx=ast.Store(), id="y", lineno=3),
                                 include_attributes=True))
        attempt(lambda: ast.Name("x").ctx)
        attempt(lambda: ast.Module().body)
        attempt(lambda: ast.Name().lineno)
        attempt(lambda: ast.Name().end_lineno)
        attempt(lambda: ast.FunctionDef().returns)
        attempt(lambda: ast.Name("x").__reduce__())
        attempt(lambda: ast.AST().__reduce__())
        attempt(lambda: ast.Name("x").__reduce_ex__(2))
        attempt(lambda: ast.AST.__new__(ast.Name).__dict__)
        import weakref
        node = ast.Name("x")
        reference = weakref.ref(node)
        print(reference() is node, ast.Name.__weakref__.__get__(node) is reference)
        del node
        print(reference())
        node = ast.Name("x")
        node.__dict__ = {"id": "z"}
        attempt(lambda: node.id)
        del node.id
        attempt(lambda: node.id)
        attempt(lambda: setattr(node, 3, 4))
        tree = ast.parse("x + 1\nif a:\n    b = [c, {d: e}]")
        for copied in (pickle.loads(pickle.dumps(tree)), copy.deepcopy(tree),
                       copy.copy(tree)):
            print(ast.dump(copied, include_attributes=True))
        class MyNode(ast.AST):
            _fields = ("a", "b")
        attempt(lambda: MyNode(1, 2).__dict__)
        attempt(lambda: MyNode(1, 2, 3))
        attempt(lambda: MyNode(1, a=2))
        class ListFields(ast.AST):
            _fields = ["p", "q"]
        attempt(lambda: ListFields(1, q=2).__dict__)
        attempt(lambda: ListFields(1, p=2))
        class NoFields(ast.AST):
            _fields = 5
        attempt(lambda: NoFields())
        class Sub(ast.Name):
            pass
        attempt(lambda: ast.dump(Sub("x", ast.Load())))
        attempt(lambda: isinstance(Sub(), ast.expr))
        ast.expr.extra = 3
        attempt(lambda: ast.Name().extra)
        def classify(node):
            match node:
                case ast.BinOp(ast.Constant(value=a), ast.Add(), right):
                    return ("add", a, type(right).__name__)
                case ast.Name(id=name, ctx=ast.Load()):
                    return ("name", name)
            return None
        print(classify(ast.parse("1 + y", mode="eval").body))
        print(classify(ast.parse("y", mode="eval").body))
    ''')


def test_compile_trees():
    """compile() of parsed, transformed and hand-built trees, run by exec/eval."""
    same_as_host(r'''
        import ast
        tree = ast.parse("def f(x):\n    return x * 2\nprint(f(21), __name__)")
        exec(compile(tree, "<ast>", "exec"))
        print(compile(tree, "<ast>", "exec", ast.PyCF_ONLY_AST) is tree)

        class Scale(ast.NodeTransformer):
            def visit_Constant(self, node):
                if isinstance(node.value, int):
                    return ast.copy_location(ast.Constant(node.value * 10), node)
                return node
        exec(compile(Scale().visit(ast.parse("print(1 + 2, 'a')")), "<ast>", "exec"))

        class Rename(ast.NodeTransformer):
            def visit_Name(self, node):
                if node.id == "x":
                    return ast.Name("y", node.ctx)
                return node
            def visit_arg(self, node):
                node.arg = "y"
                return node
        renamed = ast.fix_missing_locations(
            Rename().visit(ast.parse("def g(x):\n    return x * 3")))
        namespace = {}
        exec(compile(renamed, "<renamed>", "exec"), namespace)
        print(namespace["g"](4), ast.unparse(renamed))

        power = ast.Expression(ast.BinOp(ast.Constant(2), ast.Pow(), ast.Constant(10)))
        print(eval(compile(ast.fix_missing_locations(power), "<e>", "eval")))
        module = ast.Module([ast.Expr(ast.Call(ast.Name("print", ast.Load()),
                                               [ast.Constant("hi")], []))], [])
        exec(compile(ast.fix_missing_locations(module), "<m>", "exec"))
        interactive = ast.Interactive([ast.Expr(ast.Constant(42))])
        exec(compile(ast.fix_missing_locations(interactive), "<i>", "single"))
        constants = ast.Expression(ast.Constant((1, 2.5, -3j, b"x", None, ..., True,
                                                 frozenset({2}), ("a", (None,)))))
        print(eval(compile(ast.fix_missing_locations(constants), "<c>", "eval")))

        source = "import os\nclass C:\n    'doc'\n    x: int = 1\n" \
                 "    def m(self, *a, **k):\n        return [i async for i in a]\n" \
                 "for i in range(3):\n    try:\n        print(i // (i - 1))\n" \
                 "    except ZeroDivisionError as e:\n        print('zero', e)\n"
        parsed = ast.parse(source)
        code = compile(parsed, "prog.py", "exec")
        reference = compile(source, "prog.py", "exec")
        print(code.co_code == reference.co_code, code.co_names == reference.co_names,
              [c.co_code == r.co_code for c, r in zip(code.co_consts, reference.co_consts)
               if hasattr(c, "co_code")])
        exec(code, {"__name__": "prog"})
        tree = ast.parse("x = 1\ny = 2")
        ast.increment_lineno(tree, 10)
        print(ast.dump(tree, include_attributes=True))
        try:
            exec(compile(ast.parse("1 / 0"), "moved.py", "exec"))
        except ZeroDivisionError as error:
            print(error.__traceback__.tb_next.tb_lineno)
    ''')


def test_stdlib_tools_on_trees():
    """literal_eval, unparse, inspect.getsource, get_docstring, walk, dataclasses."""
    same_as_host(r'''
        import ast, inspect, dataclasses
        class Outer:
            class Inner:
                def method(self):
                    return 1
        def f(x):
            return x + 1
        print(inspect.getsource(Outer.Inner))
        print(inspect.getsource(f), inspect.getsource(Outer.Inner.method))
        @dataclasses.dataclass(order=True, frozen=True)
        class P:
            x: int
            y: float = 0.5
        print(P(1), P(1) < P(2), hash(P(1)) == hash(P(1)))
        for text in ["[1, -2, 3+4j, ('a', b'b'), {1: None}, set(), True]", "-(1)",
                     "{'a': (1, 2.5, -3j, b'x', None, {1, 2}), 'b': [True]}",
                     "x", "1 + x", "f()", "[1, 2, *a]"]:
            try:
                print(ast.literal_eval(text))
            except ValueError as error:
                print("ValueError", str(error).split(":")[0])
        print(ast.literal_eval(ast.parse("1+2j", mode="eval")))
        sources = [
            "async def f():\n    async with a as b, c:\n        await x\n"
            "    return [i async for i in y]",
            "match p:\n    case [1, *r] if r: pass\n    case {'k': v, **rest}: pass",
            "print(f'{x!r:>{w}} {y}', *a, **k)\nx = lambda a, /, b=1: a if b else -a",
            "@d\nclass C(B, metaclass=M):\n    x: int = 1\n    del x[1:2, ::3]",
            "try:\n    pass\nexcept* E as e:\n    raise\nfinally:\n    pass",
        ]
        for source in sources:
            print(ast.unparse(ast.parse(source)))
        print(ast.get_docstring(ast.parse('"""hi\n   there"""\nx = 1')))
        print(ast.get_source_segment("a + bb", ast.parse("a + bb").body[0].value.right))
        print([type(node).__name__ for node in ast.walk(ast.parse("f(x, *y, **z)"))])
        print(list(ast.iter_fields(ast.parse("x = 1").body[0]))[1][0])
    ''')


def test_conversion_errors():
    """PyAST_obj2mod's TypeErrors and ValueErrors for trees it cannot read."""
    same_as_host(r'''
        import ast
        L = dict(lineno=1, col_offset=0)
        def name(text):
            return ast.Name(text, ast.Load(), **L)
        def attempt(tree, mode="exec"):
            try:
                compile(tree, "<t>", mode)
                print("ok")
            except Exception as error:
                print(type(error).__name__, error)
        class MyList(list):
            pass
        class MyStr(str):
            pass
        class MyInt(int):
            pass
        attempt(ast.Module([ast.Expr(ast.Name("x", ast.Load()), **L)], []))
        attempt(ast.Module([ast.Expr(name("x"), **L)]))
        attempt(ast.Module([ast.Expr(ast.Name(None, ast.Load(), **L), **L)], []))
        attempt(ast.Module([ast.Expr(ast.Name("x", None, **L), **L)], []))
        attempt(ast.Module([ast.Expr(ast.Constant(**L), **L)], []))
        attempt(ast.Module([ast.Expr(5, **L)], []))
        attempt(ast.Module([ast.Expr(ast.Name(5, ast.Load(), **L), **L)], []))
        attempt(ast.Module([ast.Expr(ast.Name(MyStr("x"), ast.Load(), **L), **L)], []))
        attempt(ast.Module([ast.Expr(ast.Name("x", ast.Load(), lineno="a",
                                              col_offset=0), **L)], []))
        attempt(ast.Module([ast.Pass(lineno=2 ** 40, col_offset=0)], []))
        attempt(ast.Module(ast.Pass(), []))
        attempt(ast.Module((), []))
        attempt(ast.Module(MyList([ast.Pass(**L)]), []))
        attempt(ast.Expression(name("x")))
        attempt(ast.Name("x", ast.Load(), **L))
        attempt(ast.Module([ast.Pass(**L)], []), "eval")
        attempt(ast.Module([ast.Pass(**L)], []), "single")
        attempt(ast.Expression(ast.Call(name("f"), [], [None], **L)), "eval")
        attempt(ast.Expression(ast.Lambda(None, name("x"), **L)), "eval")
        attempt(ast.Expression(ast.Call(name("f"), (), [], **L)), "eval")
        attempt(ast.Expression(ast.Constant(True, kind=5, **L)), "eval")
        attempt(ast.Expression(ast.Constant(True, kind=b"u", **L)), "eval")
        attempt(ast.Expression(ast.Name("x", ast.Load(), lineno=True, col_offset=0)), "eval")
        attempt(ast.Expression(ast.Name("x", ast.Load(), lineno=1.0, col_offset=0)), "eval")
        attempt(ast.Expression(ast.BinOp(name("a"), ast.Add, name("b"), **L)), "eval")
        attempt(ast.Expression(ast.BinOp(name("a"), None, name("b"), **L)), "eval")
        attempt(ast.Expression(ast.BinOp(name("a"), ast.Add(), 5, **L)), "eval")
        attempt(ast.Expression(ast.BinOp(name("a"), ast.Sub(), ast.Load(), **L)), "eval")
        attempt(ast.Expression(None), "eval")
        attempt(ast.Expression(), "eval")
        attempt(ast.Module([ast.Global([5], **L)], []))
        attempt(ast.Module([ast.ImportFrom("os", [ast.alias("path")], 0, **L)], []))
        attempt(ast.Module([ast.ImportFrom("os", [ast.alias("path", **L)], None, **L)], []))
        attempt(ast.Expression(ast.Compare(name("a"), [ast.Eq(), ast.Lt], [name("b")] * 2,
                                           **L)), "eval")
        attempt(ast.Expression(ast.Name("x", ast.Load(), lineno=1, col_offset=0,
                                        end_lineno=None, end_col_offset=None)), "eval")
        attempt(ast.Expression(ast.Constant(MyInt(3), **L)), "eval")
        attempt(ast.Expression(ast.Constant((1, [2]), **L)), "eval")
        attempt(ast.Expression(ast.Constant([1], **L)), "eval")
        attempt(ast.Expression(ast.Constant(None, **L)), "eval")
    ''')


def test_validation_errors():
    """_PyAST_Validate's checks, and the compiler's errors on built trees."""
    same_as_host(r'''
        import ast
        def attempt(tree, mode="exec"):
            try:
                compile(ast.fix_missing_locations(tree), "<t>", mode)
                print("ok")
            except Exception as error:
                print(type(error).__name__, error, getattr(error, "lineno", ""))
        def load(text):
            return ast.Name(text, ast.Load())
        def case(pattern, guard=None):
            return ast.Module([ast.Match(load("x"), [ast.match_case(pattern, guard,
                                                                    [ast.Pass()])])], [])
        no_args = ast.arguments([], [], None, [], [], None, [])
        attempt(ast.Module([ast.Expr(load("None"))], []))
        attempt(ast.Module([ast.Expr(ast.NamedExpr(
            ast.Attribute(load("x"), "y", ast.Store()), ast.Constant(1)))], []))
        attempt(ast.Module([ast.Expr(ast.Name("x", ast.Load(), lineno=3, col_offset=0,
                                              end_lineno=2, end_col_offset=0))], []))
        attempt(ast.Module([ast.Expr(ast.Name("x", ast.Load(), lineno=1, col_offset=5,
                                              end_lineno=1, end_col_offset=2))], []))
        attempt(ast.Module([ast.Expr(ast.Name("x", ast.Store()))], []))
        attempt(ast.Module([ast.Expr(ast.Constant([1]))], []))
        attempt(ast.Module([ast.Expr(ast.Constant(None))], []))
        attempt(ast.Module([None], []))
        attempt(ast.Module([ast.Return(ast.Constant(1))], []))
        attempt(ast.Module([ast.Break()], []))
        attempt(ast.Module([ast.Expr(ast.Yield(None))], []))
        attempt(ast.Module([ast.Assign([ast.Name("x", ast.Store())], ast.Constant(1))], []))
        attempt(ast.Module([ast.Assign([], ast.Constant(1))], []))
        attempt(ast.Module([ast.Assign([ast.Constant(1)], ast.Constant(1))], []))
        attempt(ast.Module([ast.Delete([load("x")])], []))
        attempt(ast.Module([ast.If(ast.Constant(1), [], [])], []))
        attempt(ast.Module([ast.While(ast.Constant(1), [ast.Pass()], [None])], []))
        attempt(ast.Module([ast.Try([ast.Pass()], [], [], [])], []))
        attempt(ast.Module([ast.Try([ast.Pass()], [], [ast.Pass()], [ast.Pass()])], []))
        attempt(ast.Module([ast.TryStar([ast.Pass()], [], [], [])], []))
        attempt(ast.Module([ast.Try([ast.Pass()], [ast.ExceptHandler(None, None, [])],
                                    [], [])], []))
        attempt(ast.Module([ast.Raise(None, ast.Constant(1))], []))
        attempt(ast.Module([ast.Import([])], []))
        attempt(ast.Module([ast.Global([])], []))
        attempt(ast.Module([ast.With([], [ast.Pass()])], []))
        attempt(ast.Module([ast.With([ast.withitem(load("a"), load("b"))], [ast.Pass()])],
                           []))
        attempt(ast.Module([ast.For(load("i"), load("r"), [ast.Pass()], [])], []))
        attempt(ast.Module([ast.AugAssign(ast.Name("a", ast.Store()), ast.Add(),
                                          ast.Name("b", ast.Store()))], []))
        attempt(ast.Module([ast.FunctionDef("f", no_args, [], [], None)], []))
        attempt(ast.Module([ast.ClassDef("C", [], [], [ast.Pass()], [load("d")])], []))
        attempt(ast.Module([ast.Nonlocal(["x"])], []))
        attempt(ast.Module([ast.AnnAssign(ast.Attribute(load("a"), "b", ast.Store()),
                                          load("int"), None, 1)], []))
        attempt(ast.Module([ast.ImportFrom("m", [ast.alias("x")], -1)], []))
        attempt(ast.Module([ast.Match(load("x"), [])], []))
        attempt(ast.Expression(ast.BoolOp(ast.And(), [ast.Constant(1)])), "eval")
        attempt(ast.Expression(ast.Dict([ast.Constant(1)], [])), "eval")
        attempt(ast.Expression(ast.Dict([None], [load("d")])), "eval")
        attempt(ast.Expression(ast.Compare(ast.Constant(1), [], [])), "eval")
        attempt(ast.Expression(ast.Compare(ast.Constant(1), [ast.Eq()], [])), "eval")
        attempt(ast.Expression(ast.ListComp(ast.Constant(1), [])), "eval")
        attempt(ast.Expression(ast.GeneratorExp(load("x"), [ast.comprehension(
            load("x"), load("y"), [], 0)])), "eval")
        attempt(ast.Expression(ast.Lambda(ast.arguments([], [], None, [], [], None,
                                                        [ast.Constant(1)]),
                                          ast.Constant(1))), "eval")
        attempt(ast.Expression(ast.Lambda(ast.arguments([], [], None, [ast.arg("a")], [],
                                                        None, []),
                                          ast.Constant(1))), "eval")
        attempt(ast.Expression(ast.Starred(load("x"), ast.Load())), "eval")
        attempt(ast.Expression(ast.Call(load("f"), [None], [])), "eval")
        attempt(ast.Expression(ast.Subscript(load("a"), ast.Slice(None, None, load("s")),
                                             ast.Load())), "eval")
        attempt(ast.Expression(ast.JoinedStr([ast.FormattedValue(load("x"), -1,
                                                                 None)])), "eval")
        attempt(ast.Expression(ast.Constant((1, frozenset({2, (3, "a")})))), "eval")
        attempt(case(ast.MatchValue(ast.Constant(None))))
        attempt(case(ast.MatchValue(load("a"))))
        attempt(case(ast.MatchValue(ast.Attribute(load("a"), "b", ast.Load()))))
        attempt(case(ast.MatchValue(ast.UnaryOp(ast.USub(), ast.Constant(1)))))
        attempt(case(ast.MatchValue(ast.BinOp(ast.Constant(1), ast.Add(),
                                              ast.Constant(2j)))))
        attempt(case(ast.MatchSingleton(5)))
        attempt(case(ast.MatchSingleton(True)))
        attempt(case(ast.MatchStar("r")))
        attempt(case(ast.MatchSequence([ast.MatchStar("r"), ast.MatchStar(None)])))
        attempt(case(ast.MatchAs(ast.MatchAs(None, "y"), None)))
        attempt(case(ast.MatchAs(None, "_")))
        attempt(case(ast.MatchAs(None, "True")))
        attempt(case(ast.MatchOr([ast.MatchAs(None, "y")])))
        attempt(case(ast.MatchClass(ast.Call(load("C"), [], []), [], [], [])))
        attempt(case(ast.MatchClass(load("C"), [], ["a"], [])))
        attempt(case(ast.MatchMapping([ast.Constant(1)], [], None)))
        attempt(case(ast.MatchMapping([], [], "_")))
        attempt(case(ast.MatchAs(None, "y"), ast.Name("g", ast.Store())))
    ''')


def test_stdlib_files_dump_like_the_host():
    """ast.dump with positions of a sample of the standard library's files."""
    same_as_host(r'''
        import ast, hashlib, os
        lib = os.path.dirname(os.__file__)
        names = sorted(name for name in os.listdir(lib) if name.endswith(".py"))
        sizes = sorted((os.path.getsize(os.path.join(lib, name)), name) for name in names)
        sample = [name for size, name in sizes if size > 1500][:50:2]
        for name in sample:
            with open(os.path.join(lib, name), "rb") as file:
                source = file.read()
            text = ast.dump(ast.parse(source, name), include_attributes=True)
            print(name, len(text), hashlib.md5(text.encode()).hexdigest())
    ''')


@pytest.mark.slow
@pytest.mark.parametrize("part", range(5))
def test_fifty_stdlib_files_dump_like_the_host(part):
    """ast.dump with positions of 50 files spread over the whole standard
    library, in five runs of ten (each within the oracle's time limit)."""
    same_as_host(r'''
        import ast, hashlib, os
        lib = os.path.dirname(os.__file__)
        names = sorted(name for name in os.listdir(lib) if name.endswith(".py"))
        sample = names[::max(1, len(names) // 50)][:50]
        for name in sample[PART::5]:
            with open(os.path.join(lib, name), "rb") as file:
                source = file.read()
            text = ast.dump(ast.parse(source, name), include_attributes=True)
            print(name, len(text), hashlib.md5(text.encode()).hexdigest())
    '''.replace("PART", str(part)))


def test_limits_and_compile_options():
    """Deep trees, optimize levels and inherited future flags with trees."""
    same_as_host(r'''
        from __future__ import annotations
        import ast
        node = ast.Constant(1, lineno=1, col_offset=0)
        for _ in range(3000):
            node = ast.UnaryOp(ast.USub(), node, lineno=1, col_offset=0)
        try:
            compile(ast.Expression(node), "<deep>", "eval")
            print("ok")
        except RecursionError as error:
            print("RecursionError", error)
        for source in ["-" * 100000 + "1", "(" * 150 + ")" * 150]:
            try:
                ast.parse(source)
                print("ok")
            except (RecursionError, MemoryError, SyntaxError) as error:
                print(type(error).__name__, error)
        tree = ast.parse('"""doc"""\nassert False\ndef f():\n    "d"\n')
        code = compile(tree, "o", "exec", optimize=2)
        exec(code)
        print(f.__doc__, code.co_consts[1:])
        print(eval(compile(ast.parse("__debug__", mode="eval"), "o", "eval", optimize=1)))
        tree = ast.parse("def f(x: int): pass")
        namespace = {}
        exec(compile(tree, "a", "exec"), namespace)
        print(namespace["f"].__annotations__)
        exec(compile(tree, "a", "exec", dont_inherit=True), namespace)
        print(namespace["f"].__annotations__)
    ''')
