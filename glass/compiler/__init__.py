"""Where code objects come from: Glass's compiler, or the host's compile().

Counterpart: Python/pythonrun.c (Py_CompileStringObject) choosing between
parser and compiler; here `-X compiler=host|glass` chooses.

`compile_source` is the one door every caller uses (the CLI subcommands, the
runner, later the guest's compile()/exec()/eval()), so the two compilers can
be compared anywhere.
"""
from __future__ import annotations

import platform
import sys
import threading

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
                   flags=0, optimize=-1, recursion_limit=None, recursion_depth=0,
                   from_file=False):
    """Compile source (bytes or str) into a Glass Code object.

    Raises the host's SyntaxError (with CPython's message and position) for
    bad source, and CompilerUnavailable when the compiler cannot run.  The
    guest's compile() passes its own recursion limit and depth; a program
    file run by `glass FILE` is read as a file (from_file: PEP 263's file
    road, with its own encoding errors).
    """
    if compiler == "host":
        problem = host_compiler_problem()
        if problem:
            raise CompilerUnavailable(problem)
        host_code = compile(source, filename, mode, flags, True, optimize)
        return Code.from_host(host_code)
    if compiler == "glass":
        return glass_compile(source, filename, mode, flags, optimize, recursion_limit,
                             recursion_depth, from_file)
    raise ValueError("unknown compiler %r" % (compiler,))


def parse(source, filename, mode, from_file=False, flags=0):
    """Source -> AST: Glass's own parser (glass/parser/), which gives the
    host's ast.dump for every stdlib file and CPython's SyntaxErrors.
    (compile() makes no Python objects of the tree, so there is no "during
    ast construction" depth check here.)"""
    from glass.compiler.symtable import CO_FUTURE_BARRY_AS_BDFL
    from glass.parser.parser import parse as glass_parse
    return glass_parse(source, filename, mode, from_file=from_file, recursion_limit=None,
                       barry_as_flufl=bool(flags & CO_FUTURE_BARRY_AS_BDFL))


def glass_compile(source, filename, mode="exec", flags=0, optimize=-1,
                  recursion_limit=None, recursion_depth=0, from_file=False):
    """Glass's compiler: parse, fold constants, symbol table, codegen,
    assemble.  Counterpart: _PyAST_Compile.

    `recursion_limit` and `recursion_depth` (default: the host's limit, and
    depth 0) bound how deeply the tree may nest, as CPython's AST optimizer
    bounds it ("maximum recursion depth exceeded during compilation").
    """
    from glass.compiler.optimizer import compile_recursion_limit
    from glass.compiler.symtable import future_features
    if optimize < 0:
        optimize = sys.flags.optimize
    mod = parse(source, filename, mode, from_file, flags)
    features, _ = future_features(mod, filename)
    budget = compile_recursion_limit(recursion_limit, recursion_depth)
    try:
        return compile_tree(mod, filename, flags | features, optimize, source, budget)
    except NotImplementedError as error:
        raise CompilerUnavailable("Glass's compiler: %s" % (error,))


# Below this nesting (statements, expressions and patterns, as the constant
# folder counts it) the compiler runs on the caller's stack and recursion
# limit: every stdlib file stays far below it.
SHALLOW_TREE = 100
# Host frames a level of nesting may take, at most, in the later stages
# (a visit method, its dispatch, the helpers between two nodes).
FRAMES_PER_LEVEL = 12
COMPILER_STACK_SIZE = 256 * 1024 * 1024
_FRAMES_ON_HEAP = (platform.python_implementation() == "CPython"
                   and sys.version_info >= (3, 11))


def compile_tree(mod, filename, flags, optimize, source, recursion_budget):
    """Fold constants, then symbol table, codegen and assembly, as
    _PyAST_Compile; a deep tree gets the host stack and recursion limit it
    needs, so that only CPython's own errors come out, never the host's
    RecursionError.  `flags` include the module's future features."""
    from glass.compiler.codegen import compile_ast
    from glass.compiler.optimizer import Optimizer

    def fold_constants():
        folder = Optimizer(optimize, flags, recursion_budget)
        folder.mod(mod)
        return folder.deepest

    if not _FRAMES_ON_HEAP:
        # The host's frames use its C stack: all of it on a big one.
        return _with_stack(recursion_budget, lambda: (
            fold_constants(), compile_ast(mod, filename, flags, optimize, source))[1])
    deepest = _with_recursion_limit(recursion_budget, fold_constants)
    if deepest < SHALLOW_TREE:
        return compile_ast(mod, filename, flags, optimize, source)
    # Python frames live on the heap here, but a path through C (an
    # iterator, a key function) still takes C stack: a big one, to be safe.
    return _with_stack(deepest, compile_ast, mod, filename, flags, optimize, source)


def _with_recursion_limit(levels, function, *args):
    """function(*args) with room for `levels` nested levels of the compiler."""
    limit = sys.getrecursionlimit()
    needed = _stack_depth() + FRAMES_PER_LEVEL * (levels + 10)
    if needed <= limit:
        return function(*args)
    sys.setrecursionlimit(needed)
    try:
        return function(*args)
    finally:
        sys.setrecursionlimit(limit)


def _with_stack(levels, function, *args):
    """function(*args) on a thread with COMPILER_STACK_SIZE bytes of stack
    and room for `levels` levels; its result returned, its exception raised."""
    if getattr(_compiler_thread, "on_big_stack", False):
        return _with_recursion_limit(levels, function, *args)
    outcome = []

    def target():
        _compiler_thread.on_big_stack = True
        try:
            outcome.append((True, _with_recursion_limit(levels, function, *args)))
        except BaseException as error:      # handed over to the caller's thread
            outcome.append((False, error))
    with _stack_size_lock:
        previous = threading.stack_size(COMPILER_STACK_SIZE)
        try:
            thread = threading.Thread(target=target, name="glass-compiler", daemon=True)
            thread.start()
        finally:
            threading.stack_size(previous)
    thread.join()
    succeeded, value = outcome[0]
    if succeeded:
        return value
    raise value


_compiler_thread = threading.local()
_stack_size_lock = threading.Lock()


def _stack_depth():
    frame, depth = sys._getframe(), 0
    while frame is not None:
        frame, depth = frame.f_back, depth + 1
    return depth
