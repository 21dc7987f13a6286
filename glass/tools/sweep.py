"""Sweeps: run one stage of Glass over every stdlib file and count what differs.

Counterpart: none in CPython; this is how Glass measures itself against the
host CPython 3.11 (DESIGN.md, "Testing: three oracles").

    python3 -m glass.tools.sweep STAGE [--limit N] [--no-status] [-j N]
                                       [--optimize 0|1|2]

STAGE is one of STAGES below.  Each file is checked by the stage's check
function, which answers None (identical to the host), HOST_REJECTS (the host
itself does not compile this file, so there is nothing to compare), or a short
cause of the difference.  Differences are grouped by cause.  Unless
--no-status is given (or --limit makes it a partial run), the stage's section
of docs/STATUS.md is rewritten with the figures: none of them is typed by hand.
--optimize (glass_compile only) compiles as compile(..., optimize=N) does,
as `python3 -O`/`-OO` would; such a run leaves STATUS.md alone.

Progress goes to stderr when it is a terminal and CI is not set.
"""
from __future__ import annotations

import argparse
import collections
import datetime
import multiprocessing
import os
import platform
import sys
import time

from glass.tools.stdlib import find_stdlib, stdlib_pycs, stdlib_sources

HOST_REJECTS = "host rejects"       # the host's compile() fails on this file
from glass.tools.status import STATUS_PATH, replace_section  # noqa: E402


def _host_compiles(path):
    try:
        with open(path, "rb") as file:
            compile(file.read(), path, "exec", dont_inherit=True)
    except (SyntaxError, ValueError):
        return False
    return True


# --- The stages: each a check function over one file ---------------------------

def check_dis(path):
    """`glass dis -X compiler=host FILE` equals `python3 -m dis FILE`."""
    from glass.tools.dis_check import NotCompiled, check_file
    try:
        return check_file(path)
    except NotCompiled:
        return HOST_REJECTS


def check_compile(path):
    """`glass compile -X compiler=host FILE -o X.pyc` loads, in the host, as
    a code object equal (field by field, through co_consts) to compile()."""
    if not _host_compiles(path):
        return HOST_REJECTS
    import tempfile
    from glass.bytecode.pyc import check_compiled_pyc, write_pyc
    from glass.compiler import compile_source
    with open(path, "rb") as file:
        source = file.read()
    code = compile_source(source, path, "exec", "host")
    handle, pyc_path = tempfile.mkstemp(suffix=".pyc")
    os.close(handle)
    try:
        write_pyc(code, pyc_path, 0, len(source))
        return check_compiled_pyc(path, pyc_path)
    finally:
        os.unlink(pyc_path)


def check_glass_compile(path, optimize=-1):
    """Glass's own compiler gives, for the file, a code object equal (field
    by field, through co_consts) to the host's compile() at the same
    optimization level."""
    if not _host_compiles(path):
        return HOST_REJECTS
    from glass.bytecode.code import Code, code_differences
    from glass.compiler import compile_source
    with open(path, "rb") as file:
        source = file.read()
    expected = Code.from_host(compile(source, path, "exec", dont_inherit=True,
                                      optimize=optimize))
    try:
        got = compile_source(source, path, "exec", "glass", optimize=optimize)
    except SyntaxError as error:
        return "SyntaxError from Glass: %s" % (error.msg,)
    differences = code_differences(got, expected)
    if not differences:
        return None
    # The cause: the first differing field, and where it is when that is a
    # kind of code object (<module>, <listcomp>, <lambda>...) rather than
    # one function's name, so that differences group by cause.
    where, field = differences[0]
    name = where.rsplit(".", 1)[-1]
    if field.startswith("co_consts["):
        field = "co_consts"
    return "%s in %s" % (field, name) if name.startswith("<") else field


def check_marshal(path):
    """Glass's marshal reads each .pyc CPython wrote as the host reads it."""
    from glass.bytecode.pyc import check_stdlib_pyc
    return check_stdlib_pyc(path)


def check_tokens(path):
    """`glass tokens FILE` equals `python3 -m tokenize FILE`."""
    from glass.tools.tokens_check import check_file
    return check_file(path)


def check_ast(path):
    """`glass ast -a FILE` (Glass's parser) = `python3 -m ast -a FILE`."""
    from glass.tools.ast_check import check_file
    return check_file(path)


def check_syntax_error(name):
    """A case of the syntax-error corpus (glass/tools/syntax_corpus.py): the
    same exception, field by field, or the same tree, in each of its modes."""
    from glass.tools.syntax_corpus import check_case
    return check_case(name)


def syntax_error_cases():
    """The names of the corpus's cases (the corpus is built from the stdlib)."""
    from glass.tools.syntax_corpus import case_names
    return case_names()


def check_import(name):
    """`glass -S -c "import NAME"` succeeds where `python3 -S -c ...` does."""
    from glass.tools.import_check import check_import as check
    return check(name)


def check_refaudit(path):
    from glass.tools.refaudit_check import check_refaudit as check
    return check(path)


def corpus_programs():
    from glass.tools.refaudit_check import corpus_programs as programs
    return programs()


def check_bad_arguments(owner):
    from glass.tools.bad_args_check import check_bad_arguments as check
    return check(owner)


def bad_argument_owners():
    from glass.tools.bad_args_check import owners
    return owners()


def stdlib_modules():
    from glass.tools.import_check import stdlib_module_names
    return stdlib_module_names()


# name -> (check, the files it reads, what a "file" is, one line on the stage)
STAGES = collections.OrderedDict([
    ("tokens", (check_tokens, stdlib_sources, "source files",
                "`glass tokens FILE` = `python3 -m tokenize FILE`")),
    ("ast", (check_ast, stdlib_sources, "source files",
             "`glass ast -a FILE` = `python3 -m ast -a FILE`, and the same "
             "SyntaxError where the host rejects a file")),
    ("syntax_errors", (check_syntax_error, syntax_error_cases, "cases",
                       "The syntax-error corpus (snippets from CPython's tests, the "
                       "`badsyntax_*`/`bad_coding*` files, seeded mutations of stdlib "
                       "files): the same exception, field by field, or the same tree, "
                       "in exec mode and in the case's own single/eval mode")),
    ("dis", (check_dis, stdlib_sources, "source files",
             "`glass dis -X compiler=host FILE` = `python3 -m dis FILE`")),
    ("compile", (check_compile, stdlib_sources, "source files",
                 "`glass compile -X compiler=host FILE -o X.pyc`, loaded by the "
                 "host, equals `compile()` field by field")),
    ("glass_compile", (check_glass_compile, stdlib_sources, "source files",
                       "Glass's own compiler (`compile_source(..., 'glass')`) "
                       "equals the host's `compile()` field by field")),
    ("marshal", (check_marshal, stdlib_pycs, "host-written .pyc files",
                 "Glass's marshal reads every stdlib .pyc as the host does")),
    ("imports", (check_import, stdlib_modules, "modules",
                 "`glass -S -c 'import NAME'` succeeds for every stdlib module "
                 "that `python3 -S` imports (GUI, test and __main__ modules "
                 "left out)")),
    ("bad_arguments", (check_bad_arguments, bad_argument_owners, "owners",
                       "Every public method of the builtin types and every function "
                       "of some native modules, called with arguments of wrong kinds "
                       "and counts (glass/tools/bad_args_check.py): the same outcome, "
                       "exception and message as python3, call by call")),
    ("refaudit", (check_refaudit, corpus_programs, "programs",
                  "`glass -S -X refaudit PROGRAM` over the test corpus: no tracked "
                  "object's reference count is below the references other objects "
                  "hold to it when the program ends")),
])


# --- Running a sweep ------------------------------------------------------------

def _run_one(job):
    import warnings
    stage, path, optimize = job
    check = STAGES[stage][0]
    try:
        with warnings.catch_warnings():
            # The host's SyntaxWarnings about the files are not our findings.
            warnings.simplefilter("ignore")
            if optimize is None:
                return path, check(path)
            return path, check(path, optimize)
    except RecursionError:
        return path, "RecursionError in Glass"
    except Exception as error:          # a crash is a difference, not an abort
        return path, "crash: %s: %s" % (type(error).__name__,
                                        str(error).splitlines()[0][:80] if str(error) else "")


class SweepResult:
    __slots__ = ("stage", "optimize", "files", "rejected", "differ", "seconds")

    def __init__(self, stage, optimize=None):
        self.stage = stage
        self.optimize = optimize         # None: the stage's default
        self.files = 0
        self.rejected = []               # paths the host itself rejects
        self.differ = {}                 # path -> cause
        self.seconds = 0.0

    @property
    def compared(self):
        return self.files - len(self.rejected)

    @property
    def identical(self):
        return self.compared - len(self.differ)

    def causes(self):
        """[(cause, count, an example path)], most frequent first."""
        grouped = collections.OrderedDict()
        for path in sorted(self.differ):
            grouped.setdefault(self.differ[path], []).append(path)
        return sorted(((cause, len(paths), paths[0])
                       for cause, paths in grouped.items()),
                      key=lambda row: (-row[1], row[0]))


def run_sweep(stage, limit=None, jobs=None, progress=None, optimize=None):
    """Check every file of the stage; returns a SweepResult."""
    files = STAGES[stage][1]()
    if limit:
        files = files[:limit]
    result = SweepResult(stage, optimize)
    result.files = len(files)
    started = time.time()
    work = [(stage, path, optimize) for path in files]
    jobs = jobs or os.cpu_count() or 1
    if jobs > 1:
        pool = multiprocessing.Pool(jobs)
        answers = pool.imap_unordered(_run_one, work, chunksize=4)
    else:
        pool = None
        answers = map(_run_one, work)
    try:
        for done, (path, cause) in enumerate(answers, 1):
            if cause == HOST_REJECTS:
                result.rejected.append(path)
            elif cause is not None:
                result.differ[path] = cause
            if progress:
                progress(done, len(files), len(result.differ))
    finally:
        if pool is not None:
            pool.close()
            pool.join()
    result.seconds = time.time() - started
    return result


def _terminal_progress(done, total, differ):
    sys.stderr.write("\r  %d/%d files, %d differ " % (done, total, differ))
    if done == total:
        sys.stderr.write("\n")
    sys.stderr.flush()


def summary_line(result):
    stage = result.stage
    if result.optimize is not None:
        stage += " --optimize %d" % result.optimize
    return ("sweep %s: %d %s, %d compared, %d identical, %d differ, "
            "%d not compiled by the host (%.1f s)" % (
                stage, result.files, STAGES[result.stage][2],
                result.compared, result.identical, len(result.differ),
                len(result.rejected), result.seconds))


def _display(name, stdlib):
    """A file under the stdlib by its relative path; a corpus case by its name."""
    return os.path.relpath(name, stdlib) if os.path.isabs(name) else name


def report(result, stdlib):
    lines = [summary_line(result)]
    for cause, count, example in result.causes():
        lines.append("  %5d  %s  (e.g. %s)" % (count, cause, _display(example, stdlib)))
    return "\n".join(lines) + "\n"


# --- docs/STATUS.md --------------------------------------------------------------

def status_section(result, stdlib):
    """The Markdown section for one stage (without its marker comments)."""
    lines = [
        "### %s" % result.stage,
        "",
        "%s.  `python3 -m glass.tools.sweep %s`, %s, host %s %s, stdlib %s:" % (
            STAGES[result.stage][3], result.stage,
            datetime.date.today().isoformat(), platform.python_implementation(),
            platform.python_version(), _display_stdlib(stdlib)),
        "",
        "| %s | compared | identical | differ | not compiled by the host | seconds |"
        % STAGES[result.stage][2],
        "|---:|---:|---:|---:|---:|---:|",
        "| %d | %d | %d | %d | %d | %.0f |" % (
            result.files, result.compared, result.identical, len(result.differ),
            len(result.rejected), result.seconds),
    ]
    causes = result.causes()
    if causes:
        lines += ["", "| differences by cause | files | example |",
                  "|---|---:|---|"]
        for cause, count, example in causes:
            lines.append("| %s | %d | `%s` |" % (
                cause.replace("|", "\\|"), count,
                _display(example, stdlib).replace("|", "\\|")))
    return "\n".join(lines)


def _display_stdlib(stdlib):
    home = os.path.expanduser("~")
    return "`%s`" % (("~" + stdlib[len(home):]) if stdlib.startswith(home) else stdlib)


def update_status(result, stdlib):
    """Replace (or append) the stage's section in docs/STATUS.md."""
    replace_section("sweep:" + result.stage, status_section(result, stdlib))


def main(argv=None):
    parser = argparse.ArgumentParser(
        prog="python3 -m glass.tools.sweep",
        description="Run one stage of Glass over every stdlib file and count "
                    "what differs from the host CPython 3.11.")
    parser.add_argument("stage", choices=list(STAGES))
    parser.add_argument("--limit", type=int, metavar="N",
                        help="check only the first N files (no STATUS.md update)")
    parser.add_argument("-j", "--jobs", type=int, metavar="N",
                        help="worker processes (default: one per core)")
    parser.add_argument("--no-status", action="store_true",
                        help="don't rewrite docs/STATUS.md")
    parser.add_argument("--list", action="store_true",
                        help="print every differing file with its cause")
    parser.add_argument("--optimize", type=int, choices=(0, 1, 2),
                        help="glass_compile only: compile with optimize=N "
                             "(1 as -O, 2 as -OO); no STATUS.md update")
    args = parser.parse_args(argv)
    if args.optimize is not None and args.stage != "glass_compile":
        parser.error("--optimize applies to the glass_compile stage only")
    from glass.compiler import host_compiler_problem
    problem = host_compiler_problem()
    if problem:
        parser.error("sweeps compare with the host: %s" % problem)
    stdlib = find_stdlib()
    show = sys.stderr.isatty() and not os.environ.get("CI")
    result = run_sweep(args.stage, args.limit, args.jobs,
                       _terminal_progress if show else None, args.optimize)
    sys.stdout.write(report(result, stdlib))
    if args.list:
        for path in sorted(result.differ):
            sys.stdout.write("%s: %s\n" % (_display(path, stdlib), result.differ[path]))
    if not args.no_status and not args.limit and args.optimize is None:
        update_status(result, stdlib)
        sys.stdout.write("updated %s\n" % os.path.relpath(STATUS_PATH))
    return 0 if not result.differ else 1


if __name__ == "__main__":
    sys.exit(main())
