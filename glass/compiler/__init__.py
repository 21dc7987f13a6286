"""Where code objects come from: Glass's compiler, or the host's compile().

Counterpart: Python/pythonrun.c (Py_CompileStringObject) choosing between
parser and compiler; here `-X compiler=host|glass` chooses.

`compile_source` is the one door every caller uses (the CLI subcommands, the
runner, later the guest's compile()/exec()/eval()), so the two compilers can
be compared anywhere.
"""
from __future__ import annotations

from glass.bytecode.code import Code
from glass.tools.stdlib import HOST_IS_CPYTHON_311

COMPILERS = ("glass", "host")

# Glass's own compiler (glass/compiler/codegen.py) gives code objects
# identical to the host's for all 1773 stdlib files the host compiles, at
# optimize 0, 1 and 2 (sweep glass_compile).
GLASS_COMPILER_AVAILABLE = True


def default_compiler():
    """The compiler used when -X compiler= is not given."""
    if GLASS_COMPILER_AVAILABLE or not HOST_IS_CPYTHON_311:
        return "glass"
    return "host"


class CompilerUnavailable(Exception):
    """The chosen compiler cannot run here (not written yet, or wrong host)."""


def host_compiler_problem():
    """Why the host's compile() cannot produce 3.11 code here, or None."""
    if HOST_IS_CPYTHON_311:
        return None
    import platform
    return ("the host compiler needs a CPython 3.11 host; this host is %s %s"
            % (platform.python_implementation(), platform.python_version()))


def compile_source(source, filename, mode="exec", compiler="glass",
                   flags=0, optimize=-1):
    """Compile source (bytes or str) into a Glass Code object.

    Raises the host's SyntaxError (with CPython's message and position) for
    bad source, and CompilerUnavailable when the compiler cannot run.
    """
    if compiler == "host":
        problem = host_compiler_problem()
        if problem:
            raise CompilerUnavailable(problem)
        host_code = compile(source, filename, mode, flags, True, optimize)
        return Code.from_host(host_code)
    if compiler == "glass":
        return glass_compile(source, filename, mode, flags, optimize)
    raise ValueError("unknown compiler %r" % (compiler,))


def parse(source, filename, mode):
    """Source -> AST: Glass's own parser (glass/parser/), which gives the
    host's ast.dump for every stdlib file and CPython's SyntaxErrors."""
    from glass.parser.parser import parse as glass_parse
    return glass_parse(source, filename, mode, from_file=False)


def glass_compile(source, filename, mode="exec", flags=0, optimize=-1):
    """Glass's compiler: parse, fold constants, symbol table, codegen,
    assemble.  Counterpart: _PyAST_Compile."""
    from glass.compiler.codegen import compile_ast
    from glass.compiler.optimizer import optimize as fold_constants
    from glass.compiler.symtable import future_features
    if optimize < 0:
        import sys
        optimize = sys.flags.optimize
    mod = parse(source, filename, mode)
    features, _ = future_features(mod)
    fold_constants(mod, optimize, features | flags)
    try:
        return compile_ast(mod, filename, flags, optimize, source)
    except NotImplementedError as error:
        raise CompilerUnavailable("Glass's compiler: %s" % (error,))
