"""The syntax-error corpus: bad (and nearly bad) Python taken from real sources.

Counterpart: none in CPython; this is the third front-end sweep of issue 4
(`python3 -m glass.tools.sweep syntax_errors`).  Its cases come from three
places, all found mechanically, so the corpus is the same on every run:

1. CPython's own tests (the host's Lib/test, TEST_FILES below): every string
   literal passed to a call that compiles, executes, parses or checks code
   (compile, exec, eval, ast.parse, check_syntax_error, _check_error,
   assertAllRaise, assertRaises..., directly or inside a list or tuple
   argument), and every doctest example whose expected output is an
   exception.  A compile() call's mode, or eval's, is used as well as
   'exec'; doctest examples run in 'single' mode, as doctest runs them.
2. The files that are bad on purpose: Lib/test's `badsyntax_*.py` and
   `bad_coding*.py`, read as bytes.
3. Mutations of stdlib files, chosen by a seeded random generator: a token
   deleted, a token doubled, the file cut short, an indentation broken.

Each case is compared in each of its modes with the host: the same
exception (class, msg, lineno, offset, end_lineno, end_offset, text), or
the same tree (ast.dump with attributes) when the host accepts it.
"""
from __future__ import annotations

import collections
import doctest
import os
import random
import re
import warnings

from glass.parser import ast_nodes as nodes
from glass.parser.parser import parse
from glass.tools.stdlib import find_stdlib, stdlib_sources

# The tests whose snippets are taken (those that exist in the host's Lib/test).
TEST_FILES = (
    "test_syntax.py", "test_exceptions.py", "test_grammar.py", "test_fstring.py",
    "test_eof.py", "test_string_literals.py", "test_unicode_identifiers.py",
    "test_positional_only_arg.py", "test_patma.py", "test_named_expressions.py",
    "test_genexps.py", "test_global.py", "test_unpack.py", "test_unpack_ex.py",
    "test_keywordonlyarg.py", "test_coroutines.py", "test_with.py", "test_compile.py",
    "test_ast.py", "test_type_comments.py", "test_flufl.py", "test_print.py",
    "test_decorators.py", "test_dictcomps.py", "test_setcomps.py", "test_listcomps.py",
    "test_except_star.py", "test_exception_group.py", "test_pep646_syntax.py",
    "test_scope.py", "test_class.py", "test_codeop.py", "test_utf8source.py",
    "test_source_encoding.py", "test_future_stmt/test_future.py",
)

# A call is one that handles code when its name matches this.
CODE_CALL = re.compile(r"compile|exec|eval|parse|syntax|error|invalid|raise|check",
                       re.IGNORECASE)
MODES = ("exec", "eval", "single")
MAX_SNIPPET = 5000              # longer literals are data, not snippets

SEED = 3110                     # the mutations are the same on every run
MUTATIONS_PER_KIND = 100
MUTATION_KINDS = ("delete_token", "double_token", "cut_short", "break_indent")
MUTATED_FILE_SIZE = (1000, 20000)   # bytes: small files keep the sweep quick

Case = collections.namedtuple("Case", "name source modes filename")


# --- 1. Snippets from CPython's tests --------------------------------------------------

def _call_name(call):
    func = call.func
    if isinstance(func, nodes.Name):
        return func.id
    if isinstance(func, nodes.Attribute):
        return func.attr
    return ""


def _literals(node):
    """The str/bytes constants of an argument: itself, or a list/tuple's items."""
    if isinstance(node, nodes.Constant) and isinstance(node.value, (str, bytes)):
        yield node.value
    elif isinstance(node, (nodes.List, nodes.Tuple)):
        for item in node.elts:
            yield from _literals(item)


def _call_mode(call, name):
    """The mode a call compiles in, when it says so."""
    if name == "eval":
        return "eval"
    candidates = [kw.value for kw in call.keywords if kw.arg in ("mode", "symbol")]
    if name == "compile" and len(call.args) >= 3:
        candidates.append(call.args[2])
    for node in candidates:
        if isinstance(node, nodes.Constant) and node.value in MODES:
            return node.value
    return None


def snippets_from_test(path):
    """[(snippet, modes)] of one test file, in the order they appear."""
    with open(path, "rb") as file, warnings.catch_warnings():
        warnings.simplefilter("ignore")         # the tests' own invalid escapes
        # Glass's own parser reads the tests, so the corpus is the same on
        # any host (a PyPy 3.9 host's ast cannot read 3.11's tests).
        tree = parse(file.read(), path, recursion_limit=None)
    found = []
    for node in walk(tree):
        if isinstance(node, nodes.Call):
            name = _call_name(node)
            if not CODE_CALL.search(name):
                continue
            mode = _call_mode(node, name)
            modes = ("exec",) if mode in (None, "exec") else ("exec", mode)
            for argument in list(node.args) + [kw.value for kw in node.keywords]:
                for literal in _literals(argument):
                    found.append((literal, modes))
        elif isinstance(node, nodes.Constant) and isinstance(node.value, str) \
                and ">>> " in node.value:
            found.extend((source, ("single", "exec"))
                         for source in _doctest_errors(node.value, path))
    return found


def walk(tree):
    """Every node of a Glass tree (ast.walk), in no particular order."""
    pending = [tree]
    while pending:
        node = pending.pop()
        yield node
        for value in node.__dict__.values():
            if isinstance(value, list):
                pending.extend(item for item in value if isinstance(item, nodes.AST))
            elif isinstance(value, nodes.AST):
                pending.append(value)


def _doctest_errors(text, path):
    """The sources of the doctest examples in `text` that expect an exception."""
    try:
        examples = doctest.DocTestParser().get_examples(text, path)
    except ValueError:
        return []
    return [example.source for example in examples
            if example.exc_msg is not None and "Error" in example.want]


def test_cases(lib):
    seen = set()
    cases = []
    for name in TEST_FILES:
        path = os.path.join(lib, "test", name)
        if not os.path.exists(path):
            continue
        for index, (snippet, modes) in enumerate(snippets_from_test(path)):
            if len(snippet) > MAX_SNIPPET:
                continue
            key = (type(snippet), snippet)
            if key in seen:
                continue
            seen.add(key)
            cases.append(Case("test/%s#%d" % (name, index), snippet, modes, "<string>"))
    return cases


# --- 2. The files that are bad on purpose ------------------------------------------------

def bad_files(lib):
    paths = []
    for directory, subdirs, names in os.walk(os.path.join(lib, "test")):
        subdirs.sort()
        for name in sorted(names):
            if name.endswith(".py") and name.startswith(("badsyntax_", "bad_coding")):
                paths.append(os.path.join(directory, name))
    cases = []
    for path in sorted(paths):
        with open(path, "rb") as file:
            cases.append(Case(os.path.relpath(path, lib), file.read(), ("exec",), path))
    return cases


# --- 3. Mutations of stdlib files ------------------------------------------------------

_TOKENISH = re.compile(r"[A-Za-z_][A-Za-z0-9_]*|\d+|\*\*|//|->|==|!=|<=|>=|:=|[^\s\w]")


def _code_lines(lines):
    """Indices of lines with code on them (not blank, not only a comment)."""
    return [i for i, line in enumerate(lines)
            if line.strip() and not line.lstrip().startswith("#")]


def mutate(text, kind, rng):
    """One mutation of `text`; (new text, a short description) or None."""
    lines = text.splitlines(True)
    code = _code_lines(lines)
    if not code:
        return None
    if kind == "cut_short":
        at = rng.randrange(1, len(text))
        return text[:at], "cut at %d" % at
    if kind == "break_indent":
        indented = [i for i in code if lines[i][:1] in (" ", "\t")]
        if not indented:
            return None
        i = rng.choice(indented)
        line = lines[i]
        body = line.lstrip(" \t")
        indent = line[:len(line) - len(body)]
        how = rng.choice(("one less", "one more", "tab", "none"))
        new_indent = {"one less": indent[:-1], "one more": indent + " ",
                      "tab": "\t" + indent[8:] if indent.startswith(" " * 8) else "\t",
                      "none": ""}[how]
        lines[i] = new_indent + body
        return "".join(lines), "line %d indent %s" % (i + 1, how)
    i = rng.choice(code)
    line = lines[i]
    tokens = list(_TOKENISH.finditer(line))
    if not tokens:
        return None
    token = rng.choice(tokens)
    start, end = token.span()
    if kind == "delete_token":
        lines[i] = line[:start] + line[end:]
    else:
        lines[i] = line[:end] + (" " if token.group()[0].isalnum() else "") + line[start:]
    return "".join(lines), "line %d %r" % (i + 1, token.group())


def mutation_cases(lib):
    low, high = MUTATED_FILE_SIZE
    files = [path for path in stdlib_sources(lib)
             if low <= os.path.getsize(path) <= high
             and os.path.basename(path) not in ("bad_coding.py", "bad_coding2.py")
             and not os.path.basename(path).startswith("badsyntax_")]
    rng = random.Random(SEED)
    cases = []
    for kind in MUTATION_KINDS:
        made = 0
        while made < MUTATIONS_PER_KIND:
            path = rng.choice(files)
            with open(path, "rb") as file:
                data = file.read()
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError:
                continue
            mutated = mutate(text, kind, rng)
            if mutated is None:
                continue
            source, what = mutated
            made += 1
            cases.append(Case("mutation/%s/%03d %s %s" % (
                kind, made, os.path.relpath(path, lib), what), source, ("exec",), path))
    return cases


# --- The corpus ---------------------------------------------------------------------------

_CORPUS = {}


def corpus(lib=None):
    """name -> Case, built once per process (sweep workers each build it)."""
    lib = lib or find_stdlib()
    if lib not in _CORPUS:
        cases = collections.OrderedDict()
        for case in test_cases(lib) + bad_files(lib) + mutation_cases(lib):
            cases[case.name] = case
        _CORPUS[lib] = cases
    return _CORPUS[lib]


def case_names():
    return list(corpus())


def check_case(name):
    """None if Glass answers as the host in every mode of the case, else a cause."""
    from glass.tools.ast_check import compare_source
    case = corpus()[name]
    for mode in case.modes:
        cause = compare_source(case.source, case.filename, mode, type_comments=False)
        if cause is not None:
            return cause if mode == "exec" else "%s (%s mode)" % (cause, mode)
    return None


def main(argv=None):
    import sys
    argv = sys.argv[1:] if argv is None else argv
    cases = corpus()
    kinds = collections.Counter(name.split("/")[0] for name in cases)
    print("%d cases: %s" % (len(cases), ", ".join("%s %d" % kv for kv in sorted(kinds.items()))))
    for name in argv:
        case = cases[name]
        print(name, case.modes)
        print(case.source if isinstance(case.source, str) else case.source[:2000])
        print("->", check_case(name))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main())
