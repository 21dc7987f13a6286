"""Glass's subcommands, each printing what the matching stdlib tool prints.

Counterpart: the `main()` functions of Lib/tokenize.py, Lib/ast.py, Lib/dis.py
and Lib/py_compile.py: those tools are the oracles of these commands.

    glass tokens [-e] FILE         = python3 -m tokenize [-e] FILE
    glass ast [-m MODE] [-a] [-i N] [--no-type-comments] FILE
                                   = python3 -m ast ...
    glass dis FILE                 = python3 -m dis FILE
    glass compile FILE [-o OUT]    = python3 -m py_compile (a .pyc CPython runs)

and Glass's own watching tools (glass/tools/trace.py, glass/explorer/):

    glass trace [--format F -o FILE] FILE   every instruction the program runs
    glass explore [--export PAGE] FILE      the run, step by step, in a web page

Each accepts `-` for stdin and `-X compiler=host|glass` to choose where the
tokens, trees and code objects come from (the host's modules, or Glass's).
"""
from __future__ import annotations

import argparse
import os
import sys

from glass.compiler import CompilerUnavailable, compile_source
from glass.run import format_syntax_error

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2


def _parser(name, description):
    parser = argparse.ArgumentParser(prog="glass " + name, description=description)
    parser.add_argument(
        "-X", dest="xoptions", action="append", default=[], metavar="OPTION",
        help="compiler=host|glass: where tokens, trees and code come from")
    return parser


def _compiler(parser, args, default=None):
    """The -X compiler=... choice, validated as the main command does."""
    from glass.compiler import default_compiler
    compiler = default or default_compiler()
    for option in args.xoptions:
        name, _, value = option.partition("=")
        if name == "compiler":
            compiler = value
    if compiler not in ("host", "glass"):
        parser.error("-X compiler must be 'host' or 'glass', not %r" % compiler)
    return compiler


def _read_source(path):
    """The source bytes and the file name the tools show ('<stdin>' for -)."""
    if path == "-":
        return sys.stdin.buffer.read(), "<stdin>"
    with open(path, "rb") as file:
        return file.read(), path


def _open_error(parser, path, error):
    # argparse.FileType's wording, which the stdlib tools print.
    parser.error("argument infile: can't open '%s': %s" % (path, error))


def _unavailable(error):
    sys.stderr.write("glass: %s\n" % error)
    return EXIT_USAGE


# --- glass tokens -----------------------------------------------------------

def tokens_command(argv):
    """`glass tokens`: the tokenizer's view of a file."""
    from glass.parser import tokenize_cli
    return tokenize_cli.main(argv)


# --- glass ast ----------------------------------------------------------------

def ast_command(argv):
    """`glass ast`: the syntax tree, as `python3 -m ast` dumps it."""
    parser = _parser("ast", "Print the abstract syntax tree of a file.")
    parser.add_argument("infile", nargs="?", default="-",
                        help="the file to parse; defaults to stdin")
    parser.add_argument("-m", "--mode", default="exec",
                        choices=("exec", "single", "eval", "func_type"),
                        help="specify what kind of code must be parsed")
    parser.add_argument("--no-type-comments", default=True, action="store_false",
                        help="don't add information about type comments")
    parser.add_argument("-a", "--include-attributes", action="store_true",
                        help="include attributes such as line numbers and "
                             "column offsets")
    parser.add_argument("-i", "--indent", type=int, default=3,
                        help="indentation of nodes (number of spaces)")
    args = parser.parse_args(argv)
    # Glass's own parser is the default front end; -X compiler=host asks the
    # host's ast module instead (for comparison).
    front_end = _compiler(parser, args, default="glass")
    try:
        source, filename = _read_source(args.infile)
    except OSError as error:
        _open_error(parser, args.infile, error)
    if front_end == "glass":
        from glass.parser.ast_nodes import dump
        from glass.parser.parser import parse
    else:
        from glass.compiler import host_compiler_problem
        problem = host_compiler_problem()
        if problem:
            return _unavailable(problem)
        from ast import dump, parse
    try:
        tree = parse(source, filename, args.mode, type_comments=args.no_type_comments)
    except SyntaxError as error:
        sys.stderr.write(format_syntax_error(error))
        return EXIT_FAILURE
    print(dump(tree, include_attributes=args.include_attributes, indent=args.indent))
    return EXIT_OK


# --- glass dis -----------------------------------------------------------------

def dis_command(argv):
    """`glass dis`: the bytecode of a file, as `python3 -m dis` shows it."""
    parser = _parser("dis", "Disassemble the bytecode of a file.")
    parser.add_argument("infile", nargs="?", default="-")
    args = parser.parse_args(argv)
    compiler = _compiler(parser, args)
    try:
        source, filename = _read_source(args.infile)
    except OSError as error:
        _open_error(parser, args.infile, error)
    try:
        code = compile_source(source, filename, "exec", compiler)
    except SyntaxError as error:
        sys.stderr.write(format_syntax_error(error))
        return EXIT_FAILURE
    except CompilerUnavailable as error:
        return _unavailable(error)
    from glass.bytecode import dis
    dis.dis(code)
    return EXIT_OK


# --- glass compile ---------------------------------------------------------------

def compile_command(argv):
    """`glass compile FILE -o OUT.pyc`: a .pyc that CPython 3.11 loads and runs."""
    parser = _parser("compile", "Compile a source file to a CPython 3.11 .pyc.")
    parser.add_argument("infile", help="the source file, or - for stdin")
    parser.add_argument("-o", "--output", metavar="OUT.pyc",
                        help="where to write (default: __pycache__/NAME.cpython-311.pyc,"
                             " as py_compile)")
    parser.add_argument("-O", dest="optimize", action="count", default=0,
                        help="optimize as python -O (-OO also drops docstrings)")
    args = parser.parse_args(argv)
    compiler = _compiler(parser, args)
    try:
        source, filename = _read_source(args.infile)
    except OSError as error:
        _open_error(parser, args.infile, error)
    if args.output is None and filename == "<stdin>":
        parser.error("-o is needed when the source is stdin")
    try:
        code = compile_source(source, filename, "exec", compiler,
                              optimize=args.optimize)
    except SyntaxError as error:
        sys.stderr.write(format_syntax_error(error))
        return EXIT_FAILURE
    except CompilerUnavailable as error:
        return _unavailable(error)
    from glass.bytecode import pyc
    output = args.output or pyc.cache_path(filename, args.optimize)
    if filename == "<stdin>":
        mtime, size = 0, len(source)
    else:
        stat = os.stat(filename)
        mtime, size = int(stat.st_mtime), stat.st_size
    directory = os.path.dirname(output)
    if directory:
        os.makedirs(directory, exist_ok=True)
    pyc.write_pyc(code, output, mtime, size)
    return EXIT_OK


SUBCOMMANDS = {
    "tokens": tokens_command,
    "ast": ast_command,
    "dis": dis_command,
    "compile": compile_command,
    "trace": lambda argv: __import__("glass.tools.trace", fromlist=["trace_command"])
    .trace_command(argv),
    "explore": lambda argv: __import__("glass.tools.trace", fromlist=["explore_command"])
    .explore_command(argv),
}
