"""The syntax-error corpus: built the same on every run, and a sample of it.

Counterpart: none in CPython; glass/tools/syntax_corpus.py builds the corpus
that `python3 -m glass.tools.sweep syntax_errors` checks in full.  Here a
fixed sample (every 20th case) is checked against the host, so a change
that breaks an error message shows in the ordinary test run.
"""
from __future__ import annotations

import random

import pytest

from glass.tools import syntax_corpus
from glass.tools.stdlib import find_stdlib
from oracle import needs_cpython311_host

pytestmark = pytest.mark.skipif(find_stdlib() is None,
                                reason="needs a CPython 3.11 Lib/ to build the corpus from")


def test_corpus_has_every_kind_of_case():
    names = syntax_corpus.case_names()
    kinds = {name.split("/")[0] for name in names}
    assert kinds == {"test", "mutation"}
    assert sum(1 for name in names if "badsyntax_" in name or "bad_coding" in name) >= 10
    assert sum(1 for name in names if name.startswith("mutation/")) == \
        syntax_corpus.MUTATIONS_PER_KIND * len(syntax_corpus.MUTATION_KINDS)
    assert len(names) > 1000


def test_mutations_are_the_same_on_every_run():
    lib = find_stdlib()
    first = [(c.name, c.source) for c in syntax_corpus.mutation_cases(lib)]
    again = [(c.name, c.source) for c in syntax_corpus.mutation_cases(lib)]
    assert first == again


def test_mutate_changes_one_thing():
    text = "def f(x):\n    return x + 1\n"
    for kind in syntax_corpus.MUTATION_KINDS:
        mutated, what = syntax_corpus.mutate(text, kind, random.Random(1))
        assert mutated != text, kind
        assert what


def test_snippets_come_from_calls_and_doctests(tmp_path):
    path = tmp_path / "test_example.py"
    path.write_text(
        'compile("a +", "<s>", "eval")\n'
        'self.assertRaises(SyntaxError, exec, "def f(:")\n'
        'check(["x = ", "del f()"])\n'
        'print("not code")\n'
        '"""\n>>> 1 +\nTraceback (most recent call last):\nSyntaxError: invalid syntax\n"""\n')
    found = syntax_corpus.snippets_from_test(str(path))
    assert ("a +", ("exec", "eval")) in found
    assert ("def f(:", ("exec",)) in found
    assert ("x = ", ("exec",)) in found and ("del f()", ("exec",)) in found
    assert ("1 +\n", ("single", "exec")) in found
    assert not any(snippet == "not code" for snippet, _ in found)


@needs_cpython311_host
def test_a_sample_of_the_corpus_is_identical():
    names = syntax_corpus.case_names()[::20]
    differ = {}
    for name in names:
        cause = syntax_corpus.check_case(name)
        if cause is not None:
            differ[name] = cause
    assert differ == {}
