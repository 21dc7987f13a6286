"""Printing exceptions, tracebacks and suggestions as 3.11 prints them.

Counterpart: glass/vm/traceback.py (Python/traceback.c, Python/pythonrun.c,
Python/suggestions.c).  Whole programs that end in an uncaught exception are
in tests/programs/exceptions/; here the pieces are checked in-process
against the host's own C implementation (sys.__excepthook__).
"""
from __future__ import annotations

import io
import random
import string
import sys

import pytest
from oracle import needs_cpython311_host, same_as_host


@pytest.fixture(scope="module", autouse=True)
def object_space():
    from glass.vm import pylifecycle
    pylifecycle.initialize()


def host_display(error):
    """What the host's PyErr_Display prints for `error` (no traceback)."""
    saved, sys.stderr = sys.stderr, io.StringIO()
    try:
        sys.__excepthook__(type(error), error, None)
        return sys.stderr.getvalue()
    finally:
        sys.stderr = saved


def host_suggestion(name, candidates):
    """The host's "Did you mean" for an AttributeError over `candidates`."""
    holder = type("Holder", (), {})()
    holder.__dict__.update(dict.fromkeys(candidates, 1))
    error = AttributeError("x", name=name, obj=holder)
    line = host_display(error)
    marker = ". Did you mean: '"
    return line[line.index(marker) + len(marker):-3] if marker in line else None


@needs_cpython311_host
def test_suggestions_choose_as_suggestions_c():
    """The Levenshtein variant (case flips cost less) picks what CPython picks."""
    from glass.vm.traceback import _calculate_suggestions
    from glass.objects.str import new_str
    generator = random.Random(1311)
    alphabet = string.ascii_letters + "_"
    for _ in range(150):
        candidates = ["".join(generator.choice(alphabet) for _ in range(generator.randint(1, 9)))
                      for _ in range(generator.randint(1, 12))]
        name = generator.choice(candidates)
        name = "".join(c.swapcase() if generator.random() < 0.2 else c for c in name)
        name += generator.choice(["", "x", "_"])
        holder = type("Holder", (), {})()
        dir_names = sorted(set(dir(holder)) | set(candidates))
        expected = host_suggestion(name, candidates)
        got = _calculate_suggestions([new_str(n) for n in dir_names], name)
        assert got == expected, (name, candidates)


@needs_cpython311_host
def test_syntax_error_blocks_match_print_error_text():
    """print_exception_file_and_line / print_error_text, bytes and all."""
    from glass.objects.exceptions import syntax_error_from_host
    from glass.vm.traceback import format_exception
    cases = [("msg", ("f.py", 1, 3, "x = = 1\n", 1, 6)),
             ("msg", ("f.py", 2, 9, "    if x\n", 2, 10)),
             ("m", ("f.py", 1, 2, "ab\ncd\n", 1, 3)),
             ("m", ("f.py", 1, 5, "ab\ncd\n", 1, 6)),
             ("m", ("f.py", 1, 30, "short\n", 1, 40)),
             ("m", ("f.py", 1, -2, "text", 1, 1)),
             ("m", ("f.py", 1, 3, "éé = 1", 2, 1)),
             ("m", (None, 4, None, None)),
             ("m", ("f.py", 1, 1, "\t\t tabbed\n", 1, 0))]
    for msg, info in cases:
        host = SyntaxError(msg, info)
        w_exc = syntax_error_from_host(host)
        assert format_exception(w_exc) == host_display(host), (msg, info)
    host = IndentationError("unexpected indent", ("g.py", 3, 4, "   x\n", 3, 5))
    assert format_exception(syntax_error_from_host(host)) == host_display(host)


def test_char_offsets_count_the_terminating_nul():
    from glass.vm.traceback import _char_offset
    assert _char_offset("héllo", 3) == 2
    assert _char_offset("abc", 10) == 4          # one past the end, as in C


def test_anchors_of_binary_operations_and_subscripts():
    from glass.vm.traceback import _anchors
    assert _anchors("x = a + b", 4, 9) == (6, 7, "~", "^")
    assert _anchors("(a) // (b)", 0, 10) == (4, 6, "~", "^")
    assert _anchors("d['k'][0]", 0, 9) == (6, 9, "~", "^")
    assert _anchors("f(x)", 0, 4) is None


def test_excepthook_and_display_of_odd_values():
    same_as_host("""
        import sys
        try:
            1 / 0
        except ZeroDivisionError as error:
            sys.excepthook(type(error), error, error.__traceback__)
            sys.__excepthook__(type(error), error, None)
        sys.excepthook(int, 42, None)
        sys.excepthook(ValueError, ValueError("no traceback"), None)
        sys.tracebacklimit = 1
        def a(): b()
        def b(): raise KeyError("deep")
        try:
            a()
        except KeyError as error:
            sys.excepthook(type(error), error, error.__traceback__)
        sys.tracebacklimit = 0
        try:
            a()
        except KeyError as error:
            sys.excepthook(type(error), error, error.__traceback__)
        del sys.tracebacklimit
        def hook(kind, value, tb):
            raise RuntimeError("the hook itself fails")
        sys.excepthook = hook
        raise LookupError("original")
    """)


def test_keyboard_interrupt_and_exit_statuses():
    same_as_host("""
        print("before")
        raise KeyboardInterrupt
    """)
    same_as_host("""
        import sys
        sys.stdout.write("partial")
        sys.exit(258)
    """)
