"""Checking Glass's parser against the host's `ast`, file by file.

Counterpart: none in CPython; this is the oracle sweep for glass/parser
(DESIGN.md, "Testing: three oracles").

Each file is parsed twice, as `python3 -m ast -a FILE` parses it (bytes in,
type comments on): by the host's ast.parse and by Glass's parser, and the
two `dump(..., include_attributes=True)` texts must be equal.  When the host
rejects a file, Glass must raise the same exception, field by field.
Needs a CPython 3.11 host: its ast module is the oracle.

    python -m glass.tools.ast_check [FILE ...]     # default: the whole stdlib
"""
from __future__ import annotations

import sys
import time
import warnings

from glass.parser.ast_nodes import dump as glass_dump
from glass.parser.parser import parse as glass_parse

ERROR_FIELDS = ("msg", "lineno", "offset", "end_lineno", "end_offset", "text")


def host_tree(source, path, mode="exec", type_comments=True):
    import ast as host_ast          # the oracle; only ever imported here
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        tree = host_ast.parse(source, path, mode, type_comments=type_comments)
    return host_ast.dump(tree, include_attributes=True)


def glass_tree(source, path, mode="exec", type_comments=True):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        tree = glass_parse(source, path, mode, type_comments=type_comments)
    return glass_dump(tree, include_attributes=True)


def error_fields(error):
    return (type(error).__name__,) + tuple(getattr(error, name, None) for name in ERROR_FIELDS)


def compare_source(source, path="<unknown>", mode="exec", type_comments=True):
    """None if Glass parses `source` exactly as the host does, else a short cause."""
    try:
        expected = host_tree(source, path, mode, type_comments)
    except (SyntaxError, ValueError, MemoryError, RecursionError) as host_error:
        try:
            glass_tree(source, path, mode, type_comments)
        except (SyntaxError, ValueError, MemoryError, RecursionError) as glass_error:
            want, got = error_fields(host_error), error_fields(glass_error)
            if want == got:
                return None
            for name, a, b in zip(("type",) + ERROR_FIELDS, want, got):
                if a != b:
                    return "error %s differs" % name
        except Exception as exc:
            return "crash: %s" % type(exc).__name__
        return "host rejects, glass accepts"
    try:
        mine = glass_tree(source, path, mode, type_comments)
    except (SyntaxError, ValueError, MemoryError, RecursionError) as error:
        return "glass rejects: %s: %s" % (type(error).__name__, getattr(error, "msg", error))
    except Exception as exc:
        return "crash: %s" % type(exc).__name__
    if mine == expected:
        return None
    return first_difference(expected, mine)


def first_difference(expected, mine):
    """A short cause: the node type and field around the first differing character."""
    import re
    i = 0
    limit = min(len(expected), len(mine))
    while i < limit and expected[i] == mine[i]:
        i += 1
    before = expected[:i]
    nodes = re.findall(r"(\w+)\(", before)
    field = re.findall(r"(\w+)=[^=]*$", before)
    return "differs in %s.%s" % (nodes[-1] if nodes else "?", field[-1] if field else "?")


def check_file(path):
    """None if `glass ast -a FILE` would print what `python3 -m ast -a FILE` prints."""
    with open(path, "rb") as file:
        source = file.read()
    return compare_source(source, path)


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    if argv:
        paths = argv
    else:
        from glass.tools.stdlib import stdlib_sources
        paths = stdlib_sources()
    causes = {}
    start = time.time()
    for path in paths:
        cause = check_file(path)
        if cause:
            causes.setdefault(cause, []).append(path)
    same = len(paths) - sum(len(v) for v in causes.values())
    print("%d files, %d identical, %.1f s" % (len(paths), same, time.time() - start))
    for cause, files in sorted(causes.items(), key=lambda item: -len(item[1])):
        print("%5d  %s  (e.g. %s)" % (len(files), cause, files[0]))
    return 0 if not causes else 1


if __name__ == "__main__":
    sys.exit(main())
