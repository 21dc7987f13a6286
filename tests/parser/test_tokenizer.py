"""Tests for the tokenizer: glass/parser/{token,source,tokenizer,tokenize_compat,tokenize_cli}.py.

The host CPython 3.11 is the oracle, three ways:

1. `glass tokens` against the host's own Lib/tokenize.py main(), run in this
   process on the same file: exit status, stdout and stderr must be equal.
2. Parser mode (what the PEG parser reads) against the C tokenizer: the
   token stream of `_tokenize.TokenizerIter`, and for bad input the
   SyntaxError of compile() (type, msg, lineno, offset, end, text).
3. A deterministic sample of the stdlib through both.
"""
from __future__ import annotations

import contextlib
import glob
import io
import os
import subprocess
import sys
import warnings

import pytest

from oracle import PYTHON311, needs_cpython311_host, needs_python311

from glass.parser import source, token, tokenize_cli
from glass.parser.token import (
    ASYNC, AWAIT, ENDMARKER, ERRORTOKEN, NAME, NEWLINE, OP, TYPE_COMMENT, TYPE_IGNORE)
from glass.parser.tokenizer import E_DEDENT, E_ERROR, E_EOF, Token, Tokenizer
from glass.tools import tokens_check
from glass.tools.stdlib import stdlib_sources

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


# --- token.py -------------------------------------------------------------------

@needs_cpython311_host
def test_token_numbers_names_and_operators_match_host():
    import token as host_token
    assert token.tok_name == host_token.tok_name
    assert token.EXACT_TOKEN_TYPES == host_token.EXACT_TOKEN_TYPES
    for name, value in vars(host_token).items():
        if name.isupper() and isinstance(value, int):
            assert getattr(token, name) == value, name


# --- 1. `glass tokens` against `python3 -m tokenize` -----------------------------

DEEP_INDENT = "".join(" " * i + "if x:\n" for i in range(101)) + " " * 101 + "pass\n"
ALL_OPERATORS = " ".join(sorted(token.EXACT_TOKEN_TYPES)) + "\n"

# Each rule of the 3.11 tokenizer, valid and invalid.  Values are source
# bytes (str is encoded as UTF-8).
CLI_CASES = {
    # explicit line joining
    "continuation": "x = 1 + \\\n    2\n",
    "continuation_at_bol": "if 1:\n    x = 1\n\\\n    y = 2\n",
    "continuation_indented_at_bol": "if 1:\n    x = 1\n  \\\n    y = 2\n",
    "continuation_then_comment": "x = 1 + \\\n  # c\n",
    "continuation_bad_char": "x = 1 \\ y\n",
    "continuation_at_eof": "x = 1 \\\n",
    "backslash_at_eof_no_newline": "x = 1 \\",
    # implicit line joining
    "brackets": "x = (1,\n     2)\ny = [\n# c\n  1,\n\n]\nz = {\n}\n",
    "brackets_crlf": b"x = (1,\r\n  2)\r\n",
    # indentation
    "indent_dedent": "if x:\n    if y:\n        a\n    b\nc\n",
    "dedent_mismatch": "if x:\n    a\n  b\n",
    "tabs_consistent": "if x:\n\ta\n\tb\n",
    "tabs_inconsistent": "if x:\n\ta\n        b\n",
    "form_feed_indent": "if x:\n\x0c    a\n\x0cb\n",
    "form_feed_midline": "x =\x0c1\n",
    "indent_100_levels": DEEP_INDENT,
    "blank_lines_and_comments": "\n  \n# c\nif x:\n\n    # d\n    a\n  # e\nb\n",
    "dedent_at_eof": "if x:\n    if y:\n        a",
    # numbers
    "numbers_valid": ("0 00 0_0 1_000 0x_1f 0XAB 0o17 0O7 0b1_0 0B1 1. .5 1.5 1e5 1E-5 "
                      "1.5e+3 1j 1.5J .5j 1e5j 0e0 00.5 09.5 1_0.0_1e1_0j 1..2\n"),
    "numbers_invalid": "1__0 0x 0o8 0b2 0777 1e 1_ 0_7 1abc 1jx 0b1_ 0o7a 1.e_ 0x_ 1e+\n",
    "numbers_before_keywords": "1if x else 2; 0xfor x in y; 1else; 0b1or 1; 1not in x\n",
    "number_07else": "x = 07else\n",
    # strings
    "string_prefixes": ("b'' r'' u'' f'' br'' rb'' Rb'' bR'' fr'' rf'' F'' U'' B'' R'' "
                        "BR'' Fr'' fR''\n"),
    "string_not_prefixes": "ur'' bu'' ub'' fb'' rr'' bb''\n",
    "triple_quoted": "x = '''a\nb''' + \"\"\"c\"\"\" + rb'''\n'''\n",
    "continued_single_quote": "x = 'a\\\nb' + \"c\\\nd\\\ne\"\n",
    "escaped_quotes": "x = 'a\\'b' \"c\\\"d\" '''e\\'''f'''\n",
    "fstrings": "f'{x!r:>{w}}' rf\"{a}\\n\" f'''{\n'a'}'''\n",
    "unterminated_single": "x = 'abc\ny = 1\n",
    "unterminated_with_prefix": "x = rb'abc\n",
    "unterminated_triple": "x = '''abc\n\n",
    "unterminated_continued": "x = 'a\\\nb\ny = 2\n",
    "needcont_sticks": "'a\\\nb\nx = \"\"\"\nc\n\"\"\"\n",
    "string_crlf": b"x = '''a\r\nb'''\r\ny = 'c\\\r\nd'\r\n",
    # comments and type comments (plain comments for Lib/tokenize.py)
    "type_comments": "x = []  # type: List[int]\nimport a  # type: ignore[misc]\n# type: ignore\n",
    "comment_at_eof": "x = 1\n# c",
    "comment_with_cr": b"x = 1  # a\rb\n# c\rd\n",
    # soft keywords and async
    "soft_keywords": "match x:\n    case [1, _]:\n        type = _\n",
    "async_await": "async def f():\n    await x\nasync = await = 1\n",
    # NUL bytes, stray and non-printable characters
    "nul_byte": b"x = 1\x00\ny = 2\n",
    "stray_characters": "x = $\ny = ?\nz = !\nw = `a`\n",
    "stray_after_spaces": "x =   $ ?\n",
    "notequal_barry": "x <> y != z\n",
    "control_characters": "x = \x01\ny = \x7f\n",
    "all_operators": ALL_OPERATORS,
    # brackets
    "nested_200": "x = " + "(" * 200 + ")" * 200 + "\n",
    "nested_201": "x = " + "(" * 201 + ")" * 201 + "\n",
    "unmatched_close": "x = 1)\ny = 2\n",
    "mismatched_close": "x = (1]\n",
    # end of input
    "eof_in_brackets": "x = (1,\n",
    "eof_no_newline": "x = 1",
    "eof_whitespace_last_line": "x = 1\n   ",
    "eof_whitespace_in_brackets": "x = (\n   ",
    "empty": "",
    "only_newline": "\n",
    # newlines
    "crlf": b"x = 1\r\ny = 2\r\n",
    "cr_only": b"x = 1\ry = 2\r",
    "cr_at_line_start": b"x = 1\n\ry = 2\n",
    "no_final_newline_crlf": b"if x:\r\n    y",
    # identifiers
    "non_ascii_identifiers": "caf\u00e9 = \u03c0 = \u5909\u6570 = \U0001d518 = 1\n",
    "invalid_character": "x\u20ac = \u20ac\n",
    "non_printable_identifier": "a\u00a0b = 1\n",
    "non_identifier_word_chars": "\u00b2 = \u0661 + a\u00b7b\n",
    "combining_mark": "e\u0301 = 1\n",
    # encodings
    "bom": b"\xef\xbb\xbfx = 1\n",
    "cookie_latin1": b"# -*- coding: latin-1 -*-\nx = '\xe9'\n",
    "cookie_line2": b"#!/usr/bin/env python\n# coding: iso-8859-15\nx = '\xa4'\n",
    "cookie_unknown": b"# coding: bogus\nx = 1\n",
    "cookie_with_bom_mismatch": b"\xef\xbb\xbf# coding: latin-1\nx = 1\n",
    "cookie_with_bom_utf8": b"\xef\xbb\xbf# coding: utf-8\nx = 1\n",
    "bad_utf8_line1": b"x = '\xff'\n",
    "bad_utf8_line3": b"x = 1\ny = 2\nz = '\xff'\n",
    "bad_utf8_in_triple_string": b"x = '''\n\xff\n'''\n",
}


def _case_bytes(data):
    return data if isinstance(data, bytes) else data.encode("utf-8")


@needs_cpython311_host
@pytest.mark.parametrize("name", sorted(CLI_CASES))
def test_cli_matches_python_m_tokenize(tmp_path, name):
    path = str(tmp_path / (name + ".py"))
    with open(path, "wb") as f:
        f.write(_case_bytes(CLI_CASES[name]))
    for exact in (False, True):
        host = tokens_check.run_host(path, exact)
        glass = tokens_check.run_glass(path, exact)
        assert glass == host, tokens_check.compare(host, glass)


@needs_cpython311_host
def test_cli_cases_cover_errors_and_errortokens(tmp_path):
    """The cases above really reach Lib/tokenize.py's error paths."""
    statuses, errortokens = 0, 0
    for name, data in CLI_CASES.items():
        path = str(tmp_path / (name + ".py"))
        with open(path, "wb") as f:
            f.write(_case_bytes(data))
        status, out, err = tokens_check.run_host(path)
        statuses += status != 0
        errortokens += "ERRORTOKEN" in out
    assert statuses >= 10 and errortokens >= 10


def _run_stdin(run, text):
    saved = sys.stdin
    sys.stdin = io.StringIO(text)
    try:
        return run()
    finally:
        sys.stdin = saved


@needs_cpython311_host
@pytest.mark.parametrize("text", [
    "x = 1\nif x:\n    y = (2,\n  3)\n",
    "if x:\n    a\n  b\n",          # tokens are printed before the error
    "x = (1,\n",
    "x = '''\n",
])
def test_cli_stdin_matches_host(text):
    import tokenize
    host_out, host_err = io.StringIO(), io.StringIO()
    saved_argv = sys.argv
    sys.argv = ["python -m tokenize"]
    host_status = 0
    try:
        with contextlib.redirect_stdout(host_out), contextlib.redirect_stderr(host_err):
            try:
                _run_stdin(tokenize.main, text)
            except SystemExit as exit_:
                host_status = exit_.code
    finally:
        sys.argv = saved_argv
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = _run_stdin(lambda: tokenize_cli.main(["-"]), text)
    assert (status, out.getvalue(), err.getvalue()) == (
        host_status, host_out.getvalue(), host_err.getvalue())


@needs_cpython311_host
@pytest.mark.parametrize("argv", [["--help"], ["-x"], ["a.py", "b.py"], ["-e", "-h"]])
def test_cli_arguments_match_host(argv):
    import tokenize
    host_out, host_err = io.StringIO(), io.StringIO()
    saved_argv = sys.argv
    sys.argv = ["python -m tokenize"] + argv
    try:
        with contextlib.redirect_stdout(host_out), contextlib.redirect_stderr(host_err):
            with pytest.raises(SystemExit) as exit_:
                tokenize.main()
    finally:
        sys.argv = saved_argv
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = tokenize_cli.main(argv, prog="python -m tokenize")
    assert (status, out.getvalue(), err.getvalue()) == (
        exit_.value.code, host_out.getvalue(), host_err.getvalue())


def test_cli_missing_file_and_format():
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        assert tokenize_cli.main(["/nonexistent/x.py"]) == 1
    assert err.getvalue() == ("error: [Errno 2] No such file or directory: "
                              "'/nonexistent/x.py'\n")
    tok = Token(NAME, "print", (1, 0), (1, 5), "print\n")
    assert tokenize_cli.format_token(tok) == "1,0-1,5:            NAME           'print'        "
    paren = Token(OP, "(", (1, 5), (1, 6), "")
    assert tokenize_cli.format_token(paren, exact=True).split()[1] == "LPAR"


# --- 2. Parser mode against the C tokenizer ----------------------------------------

def _byte_col(line, col):
    return col if col < 0 else len(line[:col].encode("utf-8", "surrogateescape"))


def glass_c_tokens(text):
    """Parser-mode tokens in TokenizerIter's shape: columns in bytes, no ENDMARKER."""
    tok = Tokenizer(text)
    lines = tok.text.split("\n")
    out = []
    try:
        while True:
            t = tok.get()
            if t.type in (ENDMARKER, ERRORTOKEN):
                return out
            (l1, c1), (l2, c2) = t.start, t.end
            out.append((t.string, t.type, l1, l2, _byte_col(lines[l1 - 1], c1),
                        _byte_col(lines[l2 - 1], c2)))
    except SyntaxError as err:
        out.append(("ERROR", err.msg, err.lineno, err.offset))
        return out


def host_c_tokens(text):
    import _tokenize
    out = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")     # "invalid decimal literal" before keywords
        try:
            for string, type_, lineno, end_lineno, col, end_col, line in \
                    _tokenize.TokenizerIter(text):
                out.append((string, type_, lineno, end_lineno, col, end_col))
        except SyntaxError as err:
            out.append(("ERROR", err.msg, err.lineno, err.offset))
    return out


C_TOKEN_CASES = [
    "if x:\n    a = (1 <> 2)  # c\n    async def f(): await x\nb = \"\"\"a\nb\"\"\" + 1\n",
    "x = 1 + \\\n    2\n",
    "if 1:\n    x = 1\n\\\n    y = 2\n",
    "def f(\n    a,  # comment\n    b,\n):\n    return a\n\n\n",
    "caf\u00e9 = '\u00e9t\u00e9'  # \u00e9\nx\n",
    "if x:\n\x0c    a\n",
    "class C:\n\tdef f(self):\n\t\tpass\n",
    "1if x else 2\n",
    "x = f'{a!r}' rb'\\x00' '''\n\n'''\n",
    "x = 1\r\ny = 2\r\n",
    "x = 1 \\ y\n",
    "x = (1,\n",
    "if x:\n    a\n  b\n",
    "x = 1)\n",
    "'abc\n",
    "1__0\n",
    "",
    "   ",
    "# only a comment",
]


@needs_cpython311_host
@pytest.mark.parametrize("text", C_TOKEN_CASES)
def test_parser_tokens_match_c_tokenizer(text):
    assert glass_c_tokens(text) == host_c_tokens(text)


def _error_fields(err):
    return (type(err).__name__, err.msg, err.lineno, err.offset, err.end_lineno,
            err.end_offset, err.text)


def glass_error(text, **options):
    """The error Glass's tokenizer raises for `text`, as pegen would raise it."""
    with pytest.raises(SyntaxError) as info:
        for _ in Tokenizer(text, **options):
            pass
    return _error_fields(info.value)


def host_error(source_, mode="exec"):
    with pytest.raises(SyntaxError) as info:
        compile(source_, "<string>", mode)
    return _error_fields(info.value)


# Programs whose first error is the tokenizer's, so compile() must report it.
TOKENIZER_ERRORS = [
    # indentation (IndentationError, TabError, the 100-level limit)
    "if x:\n    a\n  b\n",
    "if x:\n\ta\n        b\n",
    "if x:\n        a\n\tb\n",
    "if x:\n  \ta\n\t  b\n",
    DEEP_INDENT,
    "if 1:\n    x = 1\n  \\\n    y = 2\n",
    # brackets
    "x = (\n",
    "x = (1,\n[2,\n",
    "x = (1,\n2,\n3\n",
    "x = 1)\n",
    "x = (1]\n",
    "x = (1,\n2]\n",
    "x = {1: [2)}\n",
    "x = " + "(" * 201 + ")" * 201 + "\n",
    "x = " + "[" * 100000,
    "\u00e9 = (\n",
    # strings
    "'abc\n",
    "x = '''abc\n\n",
    "x = rb'abc\n",
    "x = 'a\\\nb\n",
    "x = 'a\\\n",
    "x = \"\"\"a\n\"\"\n",
    "'''\r\n",
    # numbers
    "1__0\n", "0x\n", "0x_\n", "0o8\n", "0o\n", "0b2\n", "0b\n", "0777\n", "1e\n",
    "1e+\n", "1_\n", "1.e_\n", "0_7\n", "1abc\n", "1jx\n", "0b1_\n", "0o7a\n", "0b12\n",
    "0o19\n", "0x1g\n", "1andy\n", "1eé\n", "\u00e9 = 07\n", "0_\n", "00_\n", ".5_\n",
    # identifiers and characters
    "x\u20ac = 1\n", "\u20ac = 1\n", "a\u00a0b = 1\n", "x = \x01\n", "x = \x7f\n",
    "\ufeffx = 1\n", "x\u00b2 = 1\n", "\U0001f600 = 1\n",
    # continuation lines
    "x = 1 \\ y\n", "x = 1 \\\n", "x = 1 \\", "\\\n", "x = 1 + \\\n  2 \\ 3\n",
    "x = \"\"\"a\nb\"\"\" \\ 3\n", "\u00e9 = 1 \\ 2\n",
]


@needs_cpython311_host
@pytest.mark.parametrize("text", TOKENIZER_ERRORS)
def test_parser_errors_match_compile(text):
    assert glass_error(text) == host_error(text)


@needs_cpython311_host
@pytest.mark.parametrize("data", [
    b"\xc3\xa9 = (\n",                              # byte offsets without a cookie
    b"if 1:\n    \xc3\xa9 = 1\n  \xc3\xa9 = 2\n",
    b"\xc3\xa9 = 1 \\ 2\n",
    b"# coding: utf-8\n\xc3\xa9 = (\n",              # characters with one
    b"x\xc0\x80 = 1\n",                             # bytes that are not UTF-8, in a name
    b"# coding: latin-1\nx = '\xe9' \\ 1\n",
    b"# coding: bogus\nx = 1\n",
    b"\xef\xbb\xbf# coding: latin-1\n",
    b"# coding: ascii\nx = '\xff'\n",
    b"# coding: rot13\nx = 1\n",
    b"x = 1\r\ny = \\ 2\r\n",
])
def test_compile_bytes_errors_match(data):
    def glass():
        text = source.decode_string(data, "<string>")
        return glass_error(text, encoding=source.declared_encoding(data))
    try:
        compile(data, "<string>", "exec")
    except SyntaxError as err:
        expected = _error_fields(err)
    with pytest.raises(SyntaxError) as info:
        text = source.decode_string(data, "<string>")
        for _ in Tokenizer(text, encoding=source.declared_encoding(data)):
            pass
    assert _error_fields(info.value) == expected


@needs_cpython311_host
def test_decode_error_keeps_the_codec_exception():
    with pytest.raises(SyntaxError) as info:
        list(Tokenizer(source.decode_string(b"x\xc3 = 1\n"), encoding=None))
    assert isinstance(info.value.unicode_error, UnicodeDecodeError)
    assert info.value.msg.startswith("(unicode error) 'utf-8' codec")


def test_null_bytes_in_a_file():
    """tok_nextc's check: the line with a NUL, at column 0, text cut at the NUL."""
    text, pending, encoding = source.read_file(b"a = 1\nb = 2 \x00 3\n", "f.py")
    with pytest.raises(SyntaxError) as info:
        list(Tokenizer(text, "f.py", from_file=True, encoding=encoding,
                       pending_error=pending))
    assert _error_fields(info.value) == (
        "SyntaxError", "source code cannot contain null bytes", 2, 0, 2, 0, "b = 2 ")


def test_non_utf8_file_message():
    with pytest.raises(SyntaxError) as info:
        source.decode_file(b"print(1)\nx = '\xff'\n", "/tmp/badenc.py")
    assert str(info.value) == (
        "Non-UTF-8 code starting with '\\xff' in file /tmp/badenc.py on line 2, but no "
        "encoding declared; see https://peps.python.org/pep-0263/ for details")
    assert info.value.lineno is None


def test_file_decoding_errors():
    for data, message in [
            (b"# coding: bogus\n", "encoding problem: bogus"),
            (b"\n# -*- coding: bogus -*-\n", "encoding problem: bogus"),
            (b"\xef\xbb\xbf# coding: latin-1\n", "encoding problem: iso-8859-1 with BOM"),
            (b"# coding: utf-16\nx = 1\n", "encoding problem: utf-16"),
            (b"#\xff\n# coding: latin-1\n", "Non-UTF-8 code starting with '\\xff' in file "
             "f.py on line 1, but no encoding declared; see "
             "https://peps.python.org/pep-0263/ for details")]:
        with pytest.raises(SyntaxError) as info:
            source.decode_file(data, "f.py")
        assert str(info.value) == message
    assert source.decode_file(b"x = 1\n# coding: bogus\n", "f.py") == "x = 1\n# coding: bogus\n"
    assert source.decode_file(b"# coding: latin-1\nx = '\xe9'\r\n", "f.py") == \
        "# coding: latin-1\nx = '\u00e9'\n"
    assert source.decode_file(b"\xef\xbb\xbfx = 1\n", "f.py") == "x = 1\n"


def test_a_bad_line_waits_for_the_tokenizer():
    """CPython reads files line by line: an error on an earlier line wins."""
    text, pending, _ = source.read_file(b"x = (1]\n\xff\n", "f.py")
    with pytest.raises(SyntaxError) as info:
        list(Tokenizer(text, "f.py", from_file=True, pending_error=pending))
    assert info.value.msg.startswith("closing parenthesis")
    text, pending, _ = source.read_file(b"x = (1,\n\xff\n", "f.py")
    with pytest.raises(SyntaxError) as info:
        list(Tokenizer(text, "f.py", from_file=True, pending_error=pending))
    assert info.value.msg.startswith("Non-UTF-8 code")


def _find_python(pattern):
    found = sorted(glob.glob(os.path.expanduser(pattern)))
    return found[-1] if found else None


@needs_python311
@pytest.mark.parametrize("data", [
    b"x = 1\n\x00\n",
    b"x = 1\ny = '\xff'\n",
    b"# coding: bogus\n",
    b"if x:\n\ta\n        b",
    b"x = (1,\n 2",
    b"\xef\xbb\xbf\\ r\n",
])
def test_file_errors_match_running_python(tmp_path, data):
    """`python3.11 FILE`: the printed error (message and location lines)."""
    path = tmp_path / "prog.py"
    path.write_bytes(data)
    result = subprocess.run([PYTHON311, str(path)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    printed = result.stderr.decode("utf-8", "replace")
    try:
        text, pending, encoding = source.read_file(data, str(path))
        for _ in Tokenizer(text, str(path), from_file=True, encoding=encoding,
                           pending_error=pending, bom=data.startswith(source.BOM_UTF8)):
            pass
    except SyntaxError as err:
        error = err
    last = printed.strip().splitlines()[-1]
    assert last == "%s: %s" % (type(error).__name__, error.msg)
    if error.lineno is not None:
        assert 'File "%s", line %d' % (path, error.lineno) in printed


# --- Warnings, type comments, async hacks ---------------------------------------------

@needs_cpython311_host
@pytest.mark.parametrize("text", ["1if x else 2\n", "x = [0x1for x in y]\n",
                                  "1else\n", "0o7and 1\n", "1jif 1 else 2\n"])
def test_number_keyword_warnings_match_host(text):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            compile(text, "<string>", "exec")
        except SyntaxError:
            pass
    tok = Tokenizer(text)
    for _ in tok:
        pass
    expected = [(w.category.__name__, str(w.message), w.lineno) for w in caught
                if "literal" in str(w.message)]
    assert tok.warnings == expected

    def warn_as_error(category, message, lineno):
        raise SyntaxWarning(message)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        expected_error = host_error(text)
    assert glass_error(text, warn=warn_as_error) == expected_error


@needs_cpython311_host
def test_type_comments_match_ast():
    import ast
    text = ("x = []  # type: List[int]\n"
            "def f(a):\n"
            "    # type: (int) -> str\n"
            "    return a  # type: ignore[misc]\n"
            "import os  # type: ignore\n"
            "y = 1  # type: ignored\n"
            "z = 2  #type:ignore#more\n")
    tokens = list(Tokenizer(text, type_comments=True))
    ignores = [(t.start[0], t.string) for t in tokens if t.type == TYPE_IGNORE]
    tree = ast.parse(text, type_comments=True)
    assert ignores == [(t.lineno, t.tag) for t in tree.type_ignores]
    comments = [t.string for t in tokens if t.type == TYPE_COMMENT]
    assert comments == ["List[int]", "(int) -> str", "ignored"]
    assert tree.body[0].type_comment == "List[int]"
    assert tree.body[1].type_comment == "(int) -> str"
    # A type comment alone on its line is followed by a NEWLINE (in C,
    # `blankline` does not survive the call that returned the comment).
    index = [t.type for t in tokens].index(TYPE_COMMENT)
    assert tokens[index + 1].type == NEWLINE
    # Without the option they are comments, and skipped.
    assert TYPE_IGNORE not in [t.type for t in Tokenizer(text)]


def test_async_and_await_tokens():
    text = "async def f():\n    await x\nasync = await = 1\n"
    types = [(t.type, t.string) for t in Tokenizer(text) if t.string in ("async", "await")]
    assert types == [(ASYNC, "async"), (AWAIT, "await"), (ASYNC, "async"), (AWAIT, "await")]
    # feature_version < 3.7: keywords only in and around an `async def`.
    hacked = [(t.type, t.string) for t in Tokenizer(text, async_hacks=True)
              if t.string in ("async", "await")]
    assert hacked == [(ASYNC, "async"), (AWAIT, "await"), (NAME, "async"), (NAME, "await")]


def test_done_codes_are_left_to_pegen():
    """Indentation errors come back as an ERRORTOKEN; done_error() makes pegen's error."""
    tok = Tokenizer("if x:\n    a\n  b\n")
    types = []
    while True:
        t = tok.get()
        types.append(t.type)
        if t.type == ERRORTOKEN:
            break
    assert tok.done == E_DEDENT and t.start == (3, -1)
    err = tok.done_error()
    assert isinstance(err, IndentationError) and err.done == E_DEDENT
    tok = Tokenizer("x = (1,\n")
    while tok.get().type != ERRORTOKEN:
        pass
    assert tok.done == E_EOF and tok.level == 1
    assert tok.unclosed_bracket_error().msg == "'(' was never closed"
    with pytest.raises(SyntaxError) as info:
        list(Tokenizer("x = 1)\n"))
    assert info.value.done == E_ERROR


def test_deep_and_long_input():
    text = "x = " + "+".join(["1"] * 100000) + "\n"
    assert sum(1 for _ in Tokenizer(text)) == 200003     # x = 1 + ... NEWLINE ENDMARKER
    with pytest.raises(SyntaxError) as info:
        list(Tokenizer("(" * 100000))
    assert (info.value.msg, info.value.offset) == ("too many nested parentheses", 201)


# --- No host tokenizer, ast or compile() at run time ----------------------------------

GLASS_MODULES = ["glass/parser/token.py", "glass/parser/source.py",
                 "glass/parser/tokenizer.py", "glass/parser/tokenize_compat.py",
                 "glass/parser/tokenize_cli.py"]


def test_no_host_tokenizer_ast_or_compile():
    """The host's tokenize, _tokenize, token, ast and compile() are oracles only."""
    import ast                          # in the test, to read Glass's source
    forbidden = {"tokenize", "_tokenize", "token", "ast"}
    for module in GLASS_MODULES:
        with open(os.path.join(REPO, module), encoding="utf-8") as f:
            tree = ast.parse(f.read())
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                assert not {a.name.split(".")[0] for a in node.names} & forbidden, module
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                assert node.module.split(".")[0] not in forbidden, module
            elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
                assert node.func.id not in ("compile", "exec", "eval"), module
    code = ("import sys; import glass.parser.tokenize_cli, glass.parser.tokenizer; "
            "print(sorted(m for m in ('tokenize', '_tokenize', 'token', 'ast') "
            "if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO,
                            stdout=subprocess.PIPE, universal_newlines=True)
    assert result.stdout.strip() == "[]"


OTHER_HOSTS = [p for p in (_find_python("~/.pyenv/versions/3.9*/bin/python3.9"),
                           "/usr/bin/pypy3") if p and os.path.exists(p)]


@pytest.mark.skipif(not OTHER_HOSTS, reason="needs python3.9 or pypy3 as another host")
def test_same_output_on_other_hosts(tmp_path):
    """CPython 3.9 and PyPy 3.9 hosts print the same tokens as this host."""
    names = ["numbers_valid", "triple_quoted", "non_ascii_identifiers", "dedent_mismatch",
             "stray_after_spaces", "crlf", "cookie_latin1", "unterminated_continued"]
    paths = []
    for name in names:
        path = tmp_path / (name + ".py")
        path.write_bytes(_case_bytes(CLI_CASES[name]))
        paths.append(str(path))
    script = ("import sys, io, contextlib\n"
              "from glass.parser import tokenize_cli\n"
              "for p in sys.argv[1:]:\n"
              "    out = io.StringIO()\n"
              "    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):\n"
              "        code = tokenize_cli.main(['-e', p])\n"
              "    sys.stdout.write('%s %d\\n%s' % (p, code, out.getvalue()))\n")
    outputs = set()
    for python in [sys.executable] + OTHER_HOSTS:
        result = subprocess.run([python, "-c", script] + paths, cwd=REPO,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        assert result.returncode == 0, result.stderr
        outputs.add(result.stdout)
    assert len(outputs) == 1


# --- 3. A sample of the stdlib ---------------------------------------------------

def stdlib_sample():
    files = stdlib_sources()
    return files[::max(1, len(files) // 150)]


@needs_cpython311_host
def test_stdlib_sample_tokens_cli():
    differing = [(path, tokens_check.check_file(path)) for path in stdlib_sample()]
    differing = [item for item in differing if item[1] is not None]
    assert differing == []


@needs_cpython311_host
def test_stdlib_sample_parser_tokens():
    differing = [(path, tokens_check.check_parser_tokens(path)) for path in stdlib_sample()]
    differing = [item for item in differing if item[1] is not None]
    assert differing == []


def test_tokens_check_reports_a_difference():
    same = (0, "1,0-1,1:            NAME           'x'            \n", "")
    assert tokens_check.compare(same, same) is None
    assert tokens_check.compare(same, (1, "", "")) == "exit status 1 != 0"
    other = (0, "1,0-1,1:            NAME           'y'            \n", "")
    assert tokens_check.compare(same, other).startswith("stdout line 1:")
