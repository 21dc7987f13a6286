"""Run one test module's unittest tests and record each outcome on its own line.

Counterpart: Lib/unittest/runner.py (TextTestRunner), reduced to a record a
program can read: glass/tools/test_sweep.py runs this file under the host
CPython and under Glass and compares the two records.

    python3 glass/tools/test_runner.py [--path DIR]... [--report FILE]
                                       [--ast-stand-in] [--cpython-details] MODULE
    python3 -m glass glass/tools/test_runner.py [...] MODULE

MODULE (e.g. test.test_int) is imported and its tests loaded with unittest's
loader, which honours `load_tests`; the suite runs as unittest.main would run
it, so setUpModule/setUpClass and their cleanups run too.  Each record line is

    OUTCOME<TAB>TEST ID<TAB>DETAIL[<TAB>WHERE]

with OUTCOME one of ok, FAIL, ERROR, skip, xfail (an expected failure), xpass
(an unexpected success); DETAIL is the exception's last line (a failure or
an error) or the reason (a skip); WHERE, for an error, is the innermost
frame of its traceback (file:line function).  A failing subtest gives its
own FAIL or ERROR line.  The first line is `start<TAB>MODULE<TAB>` once the module is
imported, the last `done<TAB>MODULE<TAB>RAN`; a module that cannot be
imported gives `import-error<TAB>MODULE<TAB>DETAIL`.  Lines are flushed as
they are written, so a run cut short by a timeout still tells how far it got.

The record goes to --report FILE, else to stdout (where the tests' own
output goes too; the record's lines are the ones with a known first field).

--cpython-details runs the tests that test.support keeps for CPython
(@cpython_only, check_impl_detail()) as if the running Python were CPython.
Glass's sys.implementation.name is 'cpython', so its plain runs include
them already; the option stays for scripts that pass it.
"""
from __future__ import annotations

import os
import sys

# Run as a script, this file's directory is sys.path[0]: it holds modules
# named like the stdlib's (trace, help...), which must not shadow them.
_HERE = os.path.dirname(os.path.abspath(__file__))
if sys.path and os.path.abspath(sys.path[0] or os.curdir) == _HERE:
    del sys.path[0]

OUTCOMES = ("ok", "FAIL", "ERROR", "skip", "xfail", "xpass")
EXIT_DONE, EXIT_IMPORT_ERROR, EXIT_USAGE = 0, 3, 2

# The abstract syntax tree's node classes and their categories, as in
# Parser/Python.asdl; see _install_ast_stand_in.
_AST_CATEGORIES = {
    "mod": "Module Interactive Expression FunctionType",
    "stmt": "FunctionDef AsyncFunctionDef ClassDef Return Delete Assign "
            "AugAssign AnnAssign For AsyncFor While If With AsyncWith Match "
            "Raise Try TryStar Assert Import ImportFrom Global Nonlocal Expr "
            "Pass Break Continue",
    "expr": "BoolOp NamedExpr BinOp UnaryOp Lambda IfExp Dict Set ListComp "
            "SetComp DictComp GeneratorExp Await Yield YieldFrom Compare Call "
            "FormattedValue JoinedStr Constant Attribute Subscript Starred "
            "Name List Tuple Slice",
    "expr_context": "Load Store Del",
    "boolop": "And Or",
    "operator": "Add Sub Mult MatMult Div Mod Pow LShift RShift BitOr BitXor "
                "BitAnd FloorDiv",
    "unaryop": "Invert Not UAdd USub",
    "cmpop": "Eq NotEq Lt LtE Gt GtE Is IsNot In NotIn",
    "excepthandler": "ExceptHandler",
    "pattern": "MatchValue MatchSingleton MatchSequence MatchMapping "
               "MatchClass MatchStar MatchAs MatchOr",
    "type_ignore": "TypeIgnore",
}
_AST_PRODUCTS = "comprehension arguments arg keyword alias withitem match_case"


def _install_ast_stand_in(force=False):
    """Give `import _ast` a module of bare node classes when there is none
    (or, with `force`, instead of one that does not work yet).

    `import unittest` reaches `import ast` (through pprint, dataclasses and
    inspect), and ast.py starts with `from _ast import *`.  An interpreter
    without a native _ast (Glass, for now) would fail every test file at
    that line; with these classes, ast.py and so unittest load, and only
    the tests that really build syntax trees fail.  The record's start line
    says when the stand-in was used.
    """
    if not force:
        try:
            __import__("_ast")
            return False
        except ImportError:
            pass
    module = type(sys)("_ast")
    module.PyCF_ONLY_AST = 0x400
    module.PyCF_TYPE_COMMENTS = 0x1000
    module.PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000

    class AST(object):
        _fields = ()
        _attributes = ()

        def __init__(self, *args, **fields):
            for name, value in zip(self._fields, args):
                setattr(self, name, value)
            for name, value in fields.items():
                setattr(self, name, value)

    AST.__module__ = "ast"
    module.AST = AST

    def define(name, base):
        cls = type(name, (base,), {"__module__": "ast"})
        setattr(module, name, cls)
        return cls

    for category, names in _AST_CATEGORIES.items():
        base = define(category, AST)
        for name in names.split():
            define(name, base)
    for name in _AST_PRODUCTS.split():
        define(name, AST)
    sys.modules["_ast"] = module
    return True


def _last_line(text):
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return lines[-1].strip() if lines else ""


def _one_line(text, limit=300):
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[:limit - 3] + "..."


def _safe_str(value):
    try:
        return str(value)
    except Exception:
        return "<unprintable>"


def _innermost_frame(traceback):
    """`file:line function` of a traceback's last entry, or ''."""
    if traceback is None:
        return ""
    while traceback.tb_next is not None:
        traceback = traceback.tb_next
    code = traceback.tb_frame.f_code
    return "%s:%s %s" % (os.path.basename(code.co_filename),
                         traceback.tb_lineno, code.co_name)


def make_result_class(unittest, write):
    """A unittest.TestResult that writes each outcome as a record line."""

    class RecordingResult(unittest.TestResult):

        def _exc_info_to_string(self, err, test):
            # A test's outcome is recorded even when the interpreter cannot
            # format its traceback; the record then names both errors.
            try:
                return super()._exc_info_to_string(err, test)
            except Exception as error:
                return "%s: %s (formatting its traceback failed: %s: %s)" % (
                    getattr(err[0], "__name__", "?"), _safe_str(err[1]),
                    type(error).__name__, _safe_str(error))

        def _error_detail(self, test, err):
            return _last_line(self._exc_info_to_string(err, test))

        def addSuccess(self, test):
            super().addSuccess(test)
            write("ok", test.id(), "")

        def addFailure(self, test, err):
            super().addFailure(test, err)
            write("FAIL", test.id(), self._error_detail(test, err))

        def addError(self, test, err):
            super().addError(test, err)
            write("ERROR", test.id(), self._error_detail(test, err),
                  _innermost_frame(err[2]))

        def addSkip(self, test, reason):
            super().addSkip(test, reason)
            write("skip", test.id(), reason)

        def addExpectedFailure(self, test, err):
            super().addExpectedFailure(test, err)
            write("xfail", test.id(), "")

        def addUnexpectedSuccess(self, test):
            super().addUnexpectedSuccess(test)
            write("xpass", test.id(), "")

        def addSubTest(self, test, subtest, err):
            super().addSubTest(test, subtest, err)
            if err is not None:
                failed = issubclass(err[0], test.failureException)
                write("FAIL" if failed else "ERROR", subtest.id(),
                      self._error_detail(test, err),
                      "" if failed else _innermost_frame(err[2]))

    return RecordingResult


def _run_cpython_details():
    """test.support's check_impl_detail (which @cpython_only asks when a test
    module is imported) answers as it would on CPython."""
    from test import support

    def check_impl_detail(**guards):
        guards, default = support._parse_guards(guards)
        return guards.get("cpython", default)

    support.check_impl_detail = check_impl_detail


def parse_arguments(argv):
    """(module name, [path entries], report file or None, force the _ast
    stand-in), or a usage message."""
    paths, report, module, force_stand_in = [], None, None, False
    arguments = list(argv)
    while arguments:
        argument = arguments.pop(0)
        if argument == "--ast-stand-in":
            force_stand_in = True
        elif argument == "--cpython-details":
            _run_cpython_details()
        elif argument in ("--path", "--report"):
            if not arguments:
                return "%s needs a value" % argument
            value = arguments.pop(0)
            if argument == "--path":
                paths.append(value)
            else:
                report = value
        elif argument.startswith("-"):
            return "unknown option %s" % argument
        elif module is None:
            module = argument
        else:
            return "one module only"
    if module is None:
        return "no module named"
    return module, paths, report, force_stand_in


def main(argv):
    parsed = parse_arguments(argv)
    if isinstance(parsed, str):
        sys.stderr.write("test_runner: %s\nusage: test_runner.py [--path DIR]... "
                         "[--report FILE] [--ast-stand-in] [--cpython-details] MODULE\n"
                         % parsed)
        return EXIT_USAGE
    module_name, paths, report, force_stand_in = parsed
    for path in reversed(paths):
        sys.path.insert(0, os.path.abspath(path))
    out = open(report, "w") if report else sys.stdout

    def write(outcome, test_id, detail, where=""):
        fields = [outcome, test_id, _one_line(detail)]
        if where:
            fields.append(where)
        out.write("\t".join(fields) + "\n")
        out.flush()

    stand_in = _install_ast_stand_in(force_stand_in)
    try:
        import importlib
        import traceback
        import unittest
        module = importlib.import_module(module_name)
        suite = unittest.defaultTestLoader.loadTestsFromModule(module)
    except BaseException as error:      # SkipTest too: the file's tests can't run
        if type(error).__name__ == "SkipTest":
            write("import-error", module_name, "SkipTest: %s" % (error,))
        else:
            lines = traceback.format_exception_only(type(error), error)
            write("import-error", module_name, _last_line("".join(lines)),
                  _innermost_frame(error.__traceback__))
            traceback.print_exc()
        return EXIT_IMPORT_ERROR
    write("start", module_name, "_ast stand-in" if stand_in else "")
    result = make_result_class(unittest, write)()
    # Loader errors (a test class that cannot be loaded) come back as
    # _FailedTest cases, which then report as errors like any test.
    unittest.registerResult(result)
    import warnings
    with warnings.catch_warnings():
        if not sys.warnoptions:         # as unittest.main does
            warnings.simplefilter("default")
        result.startTestRun()
        try:
            suite(result)
        finally:
            result.stopTestRun()
    write("done", module_name, str(result.testsRun))
    return EXIT_DONE


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
