"""Glass's front end: source bytes to tokens to an AST.

Counterpart: Parser/ (tokenizer.c, pegen.c, the generated parser.c, and
Lib/tokenize.py for the `glass tokens` command).
"""
