"""The front end's warnings against the host, run by Glass's own compiler
(not -X compiler=host): a number running into a keyword, invalid and
out-of-range octal escapes, each warned once, or a SyntaxError when
warnings are errors (causes of test_grammar and test_string_literals
failures).

Counterpart: glass/parser/parser.py (which road issues the warnings),
glass/parser/tokenizer.py (verify_end_of_number) and
glass/parser/string_parser.py (warn_invalid_escape_sequence).
"""
from __future__ import annotations

import textwrap

from oracle import needs_python311, same_as_python

SNIPPET = textwrap.dedent(r"""
    import warnings
    def attempt(src, action):
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter(action)
            try:
                r = repr(eval(src, {"x": 1, "y": 2}))
            except SyntaxError as e:
                r = "SyntaxError %s %s %s" % (e.msg, e.lineno, e.offset)
            except Exception as e:
                r = type(e).__name__
        print(repr(src), r, [(x.category.__name__, str(x.message), x.lineno) for x in w])
    for src in ["1if 1 else 2", "0xfor x", "[0x1for x in ()]", "0xfand x", "1or x",
                "0or x", "0o7in x", "1jif x else y", "1.else 2",
                r"'\400'", r"b'\777'", r"'\z'", "b'''\n\\407'''", r"'\1234'",
                r"f'\{x}'", r"'\7'", "'\\e' $", "'\\e' + \n 'a\\q'"]:
        attempt(src, "always")
        attempt(src, "error")
""")


@needs_python311
def test_tokenizer_and_string_warnings_own_compiler():
    same_as_python(["-S", "-c", SNIPPET])


@needs_python311
def test_import_star_error_is_located_at_the_star():
    same_as_python(["-S", "-c", textwrap.dedent(r"""
        for src in ('def f():\n  from _ import *', 'class C:\n    from os import *\n'):
            try:
                compile(src, "<s>", "exec")
            except SyntaxError as e:
                print(e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
    """)])
