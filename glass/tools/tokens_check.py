"""Does `glass tokens FILE` print what `python3 -m tokenize FILE` prints?

Counterpart: none; this is the tokens sweep of DESIGN.md's first oracle.

`check_file(path)` runs both in this process, on a CPython 3.11 host: the
host's own Lib/tokenize.py main() (the oracle) and Glass's tokenize_cli.main,
each with stdout and stderr captured, and compares exit status, stdout and
stderr.  It returns None when they are identical, else a short cause.

One difference is not counted: when Lib/tokenize.py meets an unexpected
error (a line that does not decode) it re-raises it, and Python prints a
traceback through its own frames; both sides are compared on the message
and the exception's last line only.

    python3 -m glass.tools.tokens_check [--parser] [FILE...]   # default: all the stdlib

`check_parser_tokens(path)` does the same for the parser's view: Glass's
tokenizer in parser mode against 3.11's C tokenizer (`_tokenize.TokenizerIter`).
"""
from __future__ import annotations

import contextlib
import io
import sys
import time

from glass.tools.stdlib import HOST_IS_CPYTHON_311, stdlib_sources

PROG = "python -m tokenize"


def run_host(path, exact=False):
    """(status, stdout, stderr) of the host's `python3 -m tokenize [-e] path`."""
    if not HOST_IS_CPYTHON_311:
        raise RuntimeError("the tokens oracle needs a CPython 3.11 host")
    import tokenize                     # the oracle: host only, never Glass itself
    out, err = io.StringIO(), io.StringIO()
    saved_argv = sys.argv
    sys.argv = [PROG] + (["-e"] if exact else []) + [path]
    status = 0
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                tokenize.main()
            except SystemExit as exit_:
                status = exit_.code if isinstance(exit_.code, int) else 1
            except Exception as exc:     # the re-raised "unexpected error"
                status = 1
                err.write("%s: %s\n" % (type(exc).__name__, exc))
    finally:
        sys.argv = saved_argv
    return status, out.getvalue(), err.getvalue()


def run_glass(path, exact=False):
    """(status, stdout, stderr) of `glass tokens [-e] path`."""
    from glass.parser import tokenize_cli
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = tokenize_cli.main((["-e"] if exact else []) + [path], prog=PROG)
    return status, out.getvalue(), err.getvalue()


def compare(host, glass):
    """None if the two runs are identical, else a short cause."""
    if host == glass:
        return None
    if host[0] != glass[0]:
        return "exit status %s != %s" % (glass[0], host[0])
    if host[2] != glass[2]:
        return "stderr: %r != %r" % (_first_line(glass[2]), _first_line(host[2]))
    host_lines = host[1].splitlines()
    glass_lines = glass[1].splitlines()
    for number, (a, b) in enumerate(zip(host_lines, glass_lines), 1):
        if a != b:
            return "stdout line %d: %r != %r" % (number, b.strip(), a.strip())
    return "stdout: %d lines != %d" % (len(glass_lines), len(host_lines))


def _first_line(text):
    return text.splitlines()[0] if text else ""


def check_file(path, exact=False):
    """None if Glass's tokens output for `path` equals the host's, else a short cause."""
    return compare(run_host(path, exact), run_glass(path, exact))


def check_parser_tokens(path):
    """None if the parser's tokens for `path` equal the C tokenizer's, else a cause.

    The parser mode of Glass's tokenizer against `_tokenize.TokenizerIter`
    (3.11's C tokenizer as pegen sees it; columns in UTF-8 bytes), file
    decoded as `python3 FILE` decodes it.
    """
    if not HOST_IS_CPYTHON_311:
        raise RuntimeError("the C tokenizer oracle needs a CPython 3.11 host")
    import warnings
    import _tokenize                    # the oracle: host only
    from glass.parser import source
    from glass.parser.token import ENDMARKER, ERRORTOKEN
    from glass.parser.tokenizer import Tokenizer
    with open(path, "rb") as f:
        data = f.read()
    try:
        text = source.decode_file(data, path)
    except SyntaxError:
        return None                     # not a program TokenizerIter could read
    if "\0" in text:
        return None                     # TokenizerIter reads a C string
    host = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            for string, type_, lineno, end_lineno, col, end_col, line in \
                    _tokenize.TokenizerIter(text):
                host.append((type_, string, lineno, col, end_lineno, end_col))
        except SyntaxError as err:
            host.append(("error", err.msg, err.lineno, err.offset))
    tokenizer = Tokenizer(text)
    lines = tokenizer.text.split("\n")
    glass = []
    try:
        while True:
            tok = tokenizer.get()
            if tok.type in (ENDMARKER, ERRORTOKEN):
                break
            (lineno, col), (end_lineno, end_col) = tok.start, tok.end
            glass.append((tok.type, tok.string, lineno, _bytes(lines[lineno - 1], col),
                          end_lineno, _bytes(lines[end_lineno - 1], end_col)))
    except SyntaxError as err:
        glass.append(("error", err.msg, err.lineno, err.offset))
    if host == glass:
        return None
    for number, (a, b) in enumerate(zip(host, glass), 1):
        if a != b:
            return "token %d: %r != %r" % (number, b, a)
    return "tokens: %d != %d" % (len(glass), len(host))


def _bytes(line, col):
    return col if col < 0 else len(line[:col].encode("utf-8", "surrogateescape"))


def main(argv=None):
    """Check the given files (default: the whole stdlib); print a summary.

    With --parser, check the parser's tokens against the C tokenizer instead.
    """
    argv = list(sys.argv[1:] if argv is None else argv)
    check = check_file
    if "--parser" in argv:
        argv.remove("--parser")
        check = check_parser_tokens
    files = argv or stdlib_sources()
    started = time.time()
    causes = {}
    for path in files:
        cause = check(path)
        if cause is not None:
            print("%s: %s" % (path, cause))
            kind = cause.split(":")[0].split(" line")[0]
            causes[kind] = causes.get(kind, 0) + 1
    differing = sum(causes.values())
    print("%d files, %d identical, %d differing %s (%.1f s)"
          % (len(files), len(files) - differing, differing, causes or "",
             time.time() - started))
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
