"""Glass's PEG machinery: the grammar reader, the generator, the parser runtime.

Counterpart: Tools/peg_generator/pegen (grammar.py, generator.py) and
Parser/pegen.c, Parser/pegen_errors.c, Parser/action_helpers.c (runtime.py,
action_helpers.py).
"""
