"""Checking Glass's disassembler against the host's `dis`, file by file.

Counterpart: none in CPython; this is the oracle sweep for
glass/bytecode/dis.py (DESIGN.md, "Testing: three oracles").

Each file is compiled by the host's compile(), converted with
`Code.from_host`, and disassembled twice: by Glass and by the host's
`dis.dis`, which prints what `python3 -m dis FILE` prints.  Object addresses
("at 0x7f...") are the only part allowed to differ.  Needs a CPython 3.11
host: its compile() and dis are the oracle.

    python -m glass.tools.dis_check [FILE ...]    # default: the whole stdlib
"""
from __future__ import annotations

import io
import re
import sys
import time
import warnings

from glass.bytecode.code import Code
from glass.bytecode.dis import dis as glass_dis

_ADDRESS = re.compile(r" at 0x[0-9a-f]+")
_OPNAME = re.compile(r"^(?:[A-Z][A-Z0-9_]*|<\d+>)$")


class NotCompiled(Exception):
    """The host's compile() rejects the file, so there is nothing to compare."""


def host_compile(path):
    """The host's code object for a file, compiled as `python -m dis` does.

    dont_inherit keeps this module's `from __future__ import annotations`
    out of the compiled code.
    """
    try:
        with open(path, "rb") as f:
            source = f.read()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return compile(source, path, "exec", dont_inherit=True)
    except Exception as exc:        # SyntaxError, ValueError, RecursionError...
        raise NotCompiled("%s: %s" % (type(exc).__name__, exc)) from None


def normalize(text):
    """Replace object addresses, the one thing that may differ."""
    return _ADDRESS.sub(" at 0xADDR", text)


def host_dis_text(host_code, show_caches=False):
    import dis as host_dis          # the oracle; only ever imported here
    out = io.StringIO()
    host_dis.dis(host_code, file=out, show_caches=show_caches)
    return out.getvalue()


def glass_dis_text(code, show_caches=False):
    out = io.StringIO()
    glass_dis(code, file=out, show_caches=show_caches)
    return out.getvalue()


def compare_code(host_code, show_caches=False):
    """None if Glass disassembles `host_code` as the host does, else a cause."""
    try:
        mine = glass_dis_text(Code.from_host(host_code), show_caches)
    except Exception as exc:
        return "crash: %s" % type(exc).__name__
    return difference_cause(normalize(host_dis_text(host_code, show_caches)),
                            normalize(mine))


def check_file(path, show_caches=False):
    """None if Glass's dis of the file matches the host's, else a short cause.

    Raises NotCompiled when the host cannot compile the file.
    """
    return compare_code(host_compile(path), show_caches)


# --- Naming the first difference ----------------------------------------------

def difference_cause(expected, actual):
    """A short cause for the first line where two disassemblies differ."""
    if expected == actual:
        return None
    want_lines = expected.split("\n")
    got_lines = actual.split("\n")
    in_table = False
    for want, got in zip(want_lines, got_lines):
        if want == "ExceptionTable:":
            in_table = True
        elif not want:
            in_table = False            # the blank line before the next section
        if want == got:
            continue
        if in_table or got == "ExceptionTable:":
            return "exception table"
        if want.startswith("Disassembly of") or got.startswith("Disassembly of"):
            return "nested code objects"
        if not want or not got:
            # dis puts a blank line before each new source line.
            return "line numbers"
        return _instruction_cause(want, got)
    return "length of output"


def _split_instruction(line):
    """(leading numbers, '>>' mark, opname, oparg, argrepr) of one line."""
    tokens = line.split()
    for index, token in enumerate(tokens):
        if _OPNAME.match(token):
            break
    else:
        return None
    before = [t for t in tokens[:index] if t not in (">>", "-->")]
    rest = line.split(token, 1)[1].strip()
    arg, _, argrepr = rest.partition(" ")
    return before, ">>" in tokens[:index], token, arg, argrepr.strip()


def _instruction_cause(want, got):
    a, b = _split_instruction(want), _split_instruction(got)
    if a is None or b is None:
        return "unparsed line"
    (a_nums, a_mark, a_op, a_arg, a_repr) = a
    (b_nums, b_mark, b_op, b_arg, b_repr) = b
    if a_nums[-1:] != b_nums[-1:]:
        return "offsets"
    if a_nums[:-1] != b_nums[:-1]:
        return "line numbers"
    if a_mark != b_mark:
        return "jump targets"
    if a_op != b_op:
        return "opname"
    if a_arg != b_arg:
        return "oparg of %s" % a_op
    if a_repr != b_repr:
        return "argrepr of %s" % a_op
    return "column widths"


# --- The sweep ------------------------------------------------------------------

def sweep(paths, show_caches=False):
    """Check every file; returns a summary dict (see main for its fields)."""
    started = time.time()
    causes = {}
    examples = {}
    compared = identical = not_compiled = 0
    for path in paths:
        try:
            cause = check_file(path, show_caches)
        except NotCompiled:
            not_compiled += 1
            continue
        compared += 1
        if cause is None:
            identical += 1
        else:
            causes[cause] = causes.get(cause, 0) + 1
            examples.setdefault(cause, path)
    return {"files": len(paths), "compared": compared, "identical": identical,
            "differing": compared - identical, "not_compiled": not_compiled,
            "causes": causes, "examples": examples,
            "seconds": time.time() - started}


def main(argv=None):
    from glass.tools.stdlib import HOST_IS_CPYTHON_311, stdlib_sources
    if not HOST_IS_CPYTHON_311:
        print("dis_check needs a CPython 3.11 host (its dis is the oracle)",
              file=sys.stderr)
        return 2
    args = sys.argv[1:] if argv is None else argv
    show_caches = "--show-caches" in args
    paths = [a for a in args if not a.startswith("--")] or stdlib_sources()
    result = sweep(paths, show_caches)
    print("%(files)d files: %(compared)d compared, %(identical)d identical, "
          "%(differing)d differing, %(not_compiled)d not compiled by the host "
          "(%(seconds).1f s)" % result)
    for cause, count in sorted(result["causes"].items(), key=lambda kv: -kv[1]):
        print("  %5d  %s  (e.g. %s)" % (count, cause, result["examples"][cause]))
    return 0 if not result["differing"] else 1


if __name__ == "__main__":
    sys.exit(main())
