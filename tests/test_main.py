"""The `glass` command line against `python3`'s.  Tests glass/main.py and glass/run.py."""
import ast
import os
import sys

import pytest

from glass.main import parse_command_line
from oracle import (PYTHON311, needs_cpython311_host, needs_python311,
                    run_glass, run_python, same_as_python)

# What python itself says it parsed: printed by a -c program or a script.
REPORT = ("import sys; f = sys.flags; print(repr((sys.argv, f.optimize, f.verbose, "
          "f.bytes_warning, f.dont_write_bytecode, f.ignore_environment, f.isolated, "
          "f.inspect, f.quiet, f.no_user_site, f.no_site, f.safe_path, "
          "sys._xoptions, sys.warnoptions)))")


def glass_report(config):
    """The same tuple, from the Config Glass parsed."""
    return (config.argv, config.optimize, config.verbose, config.bytes_warning,
            int(config.dont_write_bytecode), int(config.ignore_environment),
            int(config.isolated), int(config.inspect), int(config.quiet),
            int(config.no_user_site), int(config.no_site), config.safe_path,
            config.xoptions, config.warnoptions)


COMMAND_LINES = [
    [],
    ["a", "b"],
    ["-O"], ["-OO"], ["-OOv", "x"], ["-vv"], ["-b"], ["-bb"], ["-B", "-E"],
    ["-I"], ["-s", "-S", "-q"], ["-P"], ["-i"], ["-u", "-R", "-t", "-d"],
    ["-X", "dev"], ["-Xcompiler=host", "-X", "a=b=c", "-Xfoo"],
    ["-W", "ignore", "-Werror::DeprecationWarning"],
    ["--check-hash-based-pycs", "never"],
    ["--", "-O"],
    ["-O", "--", "x", "-O"],
]


@needs_python311
@pytest.mark.parametrize("args", COMMAND_LINES, ids=lambda a: " ".join(a) or "none")
def test_options_parse_as_python_parses_them(args, tmp_path):
    # -c ends the options: everything after it is the program's.
    expected = run_python(_flags_only(args) + ["-c", REPORT] + _operands(args))
    assert expected.status == 0, expected.stderr
    python_says = ast.literal_eval(expected.stdout.strip().splitlines()[-1])
    config = parse_command_line(_flags_only(args) + ["-c", REPORT] + _operands(args))
    assert glass_report(config) == python_says


ENVIRONMENTS = [
    {"PYTHONOPTIMIZE": "2", "PYTHONVERBOSE": "x"},
    {"PYTHONDONTWRITEBYTECODE": "1", "PYTHONNOUSERSITE": "1", "PYTHONINSPECT": "1"},
    {"PYTHONWARNINGS": "ignore,error::UserWarning", "PYTHONSAFEPATH": "1"},
]


@needs_python311
@pytest.mark.parametrize("env", ENVIRONMENTS, ids=lambda e: ",".join(sorted(e)))
@pytest.mark.parametrize("flags", [[], ["-E"], ["-I"], ["-O", "-W", "always"]],
                         ids=lambda f: " ".join(f) or "none")
def test_environment_read_as_python_reads_it(env, flags):
    from glass.main import read_environment
    expected = run_python(flags + ["-c", REPORT], env=env, stdin=b"")
    python_says = ast.literal_eval(expected.stdout.strip().splitlines()[-1])
    config = read_environment(parse_command_line(flags + ["-c", REPORT]), env)
    assert glass_report(config) == python_says


def _flags_only(args):
    """The options before the first operand (and without a bare --)."""
    out = []
    it = iter(args)
    for arg in it:
        if arg == "--" or not arg.startswith("-"):
            break
        out.append(arg)
        if arg in ("-X", "-W", "--check-hash-based-pycs"):
            out.append(next(it))
    return out


def _operands(args):
    return args[len(_flags_only(args)):]


@needs_python311
@pytest.mark.parametrize("args", [["s.py"], ["-O", "s.py", "-x", "y"],
                                  ["--", "s.py", "--"], ["-u", "./s.py"]],
                         ids=" ".join)
def test_script_argv_as_python(args, tmp_path):
    (tmp_path / "s.py").write_text(REPORT)
    expected = run_python(args, cwd=str(tmp_path))
    python_says = ast.literal_eval(expected.stdout.strip())
    old = os.getcwd()
    os.chdir(str(tmp_path))
    try:
        config = parse_command_line(args)
    finally:
        os.chdir(old)
    assert config.run_filename == os.path.join(str(tmp_path), "s.py")
    assert glass_report(config) == python_says


@needs_python311
@pytest.mark.parametrize("args", [
    ["-Z"], ["--foo"], ["-c"], ["-m"], ["-X"], ["-W"], ["-J"], ["-OZ"],
    ["--check-hash-based-pycs"], ["--check-hash-based-pycs", "sometimes"],
    ["--help-everything"],
], ids=" ".join)
def test_usage_errors_as_python(args):
    same_as_python(args, stdin=b"")


@needs_python311
@pytest.mark.parametrize("args", [["-V"], ["--version"], ["-c", "x", "-V"]], ids=" ".join)
def test_version_as_python(args):
    expected = run_python(args)
    if expected.stdout.startswith("Python"):
        same_as_python(args)


@needs_python311
def test_missing_file_as_python(tmp_path):
    same_as_python(["nonexistent.py"], cwd=str(tmp_path))
    same_as_python([str(tmp_path / "no" / "such.py"), "arg"])


@needs_python311
def test_directory_without_main_as_python(tmp_path):
    same_as_python([str(tmp_path)])


MAIN_PY = ("import sys, atexit\n"
           "atexit.register(print, 'atexit ran')\n"
           "print(__name__, __file__, sys.argv, sys.path[0], __spec__.name)\n")


@needs_cpython311_host
@needs_python311
def test_a_directory_or_zip_file_runs_its_main_as_python(tmp_path):
    # Counterpart: pymain_get_importer and pymain_run_module("__main__", 0).
    import zipfile
    (tmp_path / "app").mkdir()
    (tmp_path / "app" / "__main__.py").write_text(MAIN_PY)
    with zipfile.ZipFile(str(tmp_path / "app.zip"), "w") as archive:
        archive.writestr("__main__.py", MAIN_PY)
    (tmp_path / "notzip.zip").write_text("print('a plain script')\n")
    for target in ("app", "app.zip", "notzip.zip"):
        same_as_python(["-S", target, "a"], cwd=str(tmp_path))
    same_as_python(["-S", "-I", "app"], cwd=str(tmp_path))


@needs_cpython311_host
@needs_python311
def test_dash_m_finalizes_as_a_script_does(tmp_path):
    (tmp_path / "mod.py").write_text(MAIN_PY)
    same_as_python(["-S", "-m", "mod", "a"], cwd=str(tmp_path))


@needs_python311
@pytest.mark.parametrize("content", [
    b"xx", b"", b"\x00\x00\x00\x00", b"\x6f\x0d\x0d\x0a" + b"\0" * 12 + b"c",
    os.urandom(40),
], ids=["text", "empty", "zeros", "py310-magic", "random"])
def test_bad_pyc_as_python(tmp_path, content):
    path = tmp_path / "bad.pyc"
    path.write_bytes(content)
    same_as_python([str(path)])


@needs_cpython311_host
@needs_python311
def test_syntax_error_in_file_as_python(tmp_path):
    path = tmp_path / "bad.py"
    path.write_text("def f(:\n    pass\n")
    same_as_python(["-X", "compiler=host", str(path)])
    path.write_text("def f():\n\treturn 1\n        return 2\n")
    same_as_python(["-X", "compiler=host", str(path)])


@needs_python311
@pytest.mark.parametrize("source", [b"\x89", b"x = 1\n\x89\n", b"x = (\n"],
                         ids=["first-line", "second-line", "unclosed"])
def test_undecodable_source_as_python(tmp_path, source):
    # A file or stdin whose first line is not UTF-8 has no token at all:
    # the decoding error is the whole answer.
    path = tmp_path / "bad.py"
    path.write_bytes(source)
    same_as_python(["-Wd", "-X", "utf8", str(path)])
    same_as_python(["-"], stdin=source)


@needs_cpython311_host
@needs_python311
def test_syntax_error_in_command_as_python():
    same_as_python(["-X", "compiler=host", "-c", "1 +* 2"])



@needs_python311
@pytest.mark.parametrize("args", [["-c", "print('from -c', 6 * 7)"], ["-"], ["prog.py", "a", "b"]],
                         ids=["-c", "stdin", "file"])
def test_programs_run_with_glass_s_own_compiler(args, tmp_path):
    (tmp_path / "prog.py").write_text("import sys\nprint('from a file', sys.argv[1:], 1 + 1)\n")
    same_as_python(["-X", "compiler=glass"] + args, stdin=b"print('from stdin')\n",
                   cwd=str(tmp_path))


@needs_cpython311_host
@needs_python311
@pytest.mark.parametrize("args", [["-c", "print('from -c', 6 * 7)"], ["-"], ["prog.py", "a", "b"]],
                         ids=["-c", "stdin", "file"])
def test_programs_run_as_in_python(args, tmp_path):
    (tmp_path / "prog.py").write_text("print('from a file', 1 + 1)\n")
    same_as_python(args, stdin=b"print('from stdin')\n", cwd=str(tmp_path))


@needs_cpython311_host
@needs_python311
def test_a_path_naming_a_subcommand_is_a_program(tmp_path):
    (tmp_path / "dis").write_text("print('I am a program')\n")
    run = same_as_python(["./dis"], cwd=str(tmp_path))
    assert run.stdout == "I am a program\n"


def test_help_lists_python_options_and_subcommands():
    run = run_glass(["-h"])
    assert run.status == 0
    assert run.stdout.startswith("usage: glass [option] ... [-c cmd | -m mod | file | -]")
    for option in ("-c cmd", "-m mod", "-O", "-X opt", "glass dis FILE"):
        assert option in run.stdout


def test_unknown_compiler_is_refused():
    run = run_glass(["-X", "compiler=gcc", "-c", "pass"])
    assert run.status == 2
    assert "compiler" in run.stderr


@pytest.mark.skipif(PYTHON311 is not None and sys.version_info[:2] == (3, 11)
                    and sys.implementation.name == "cpython",
                    reason="checks the refusal on hosts that are not CPython 3.11")
def test_host_compiler_refused_on_other_hosts():
    run = run_glass(["-X", "compiler=host", "-c", "pass"])
    assert run.status == 2
    assert "needs a CPython 3.11 host" in run.stderr


def test_python_dash_m_glass_and_console_script_agree():
    from glass.main import main
    assert callable(main)
    run = run_glass(["-V"])
    assert run.status == 0 and run.stdout.startswith("Python 3.11")


def test_importtime_reports_the_imports_python_reports(tmp_path):
    """-X importtime: the same header, and one line per import in the same
    order and nesting as python's; only the microseconds differ."""
    import re
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "__init__.py").write_text("from . import inner\n")
    (tmp_path / "pkg" / "inner.py").write_text("import colorsys\n")
    args = ["-S", "-X", "importtime", "-c", "import pkg"]
    line = re.compile(r"import time: +(\d+) \| +(\d+) \| ( *)(\S+)$")

    def imports(stderr):
        lines = stderr.splitlines()
        assert lines[0] == "import time: self [us] | cumulative | imported package"
        found = [line.match(text) for text in lines[1:]]
        assert all(found), lines
        # The program's own imports: what start-up imports differs in its
        # frozen and native modules between the two.
        names = [(len(m.group(3)), m.group(4)) for m in found]
        return [n for n in names if n[1].startswith("pkg") or n[1] == "colorsys"]

    ours = run_glass(args, cwd=str(tmp_path))
    theirs = run_python(args, cwd=str(tmp_path))
    assert ours.status == theirs.status == 0
    assert imports(ours.stderr) == imports(theirs.stderr) == [
        (4, "colorsys"), (2, "pkg.inner"), (0, "pkg")]


STDIO_ENVIRONMENTS = [
    {"LC_ALL": "C"}, {"LC_ALL": "POSIX"}, {"LC_ALL": "", "LC_CTYPE": "", "LANG": ""},
    {"LC_ALL": "", "LC_CTYPE": "C.UTF-8"}, {"LC_ALL": "", "LANG": "xx_YY.UTF-8"},
    {"PYTHONIOENCODING": "latin-1"}, {"PYTHONIOENCODING": ":replace"},
    {"PYTHONIOENCODING": "UTF8:"}, {"PYTHONIOENCODING": "latin-1:replace"},
    {"PYTHONUTF8": "1"}, {"PYTHONUTF8": "0", "LC_ALL": "C"},
]


@needs_python311
@pytest.mark.parametrize("env", STDIO_ENVIRONMENTS,
                         ids=lambda e: ",".join("%s=%s" % item for item in sorted(e.items())))
@pytest.mark.parametrize("flags", [[], ["-E"], ["-X", "utf8=0"]],
                         ids=lambda f: " ".join(f) or "none")
def test_stdio_encoding_and_errors_as_python(env, flags):
    """The UTF-8 mode and the streams' encoding and error handler follow the
    locale, PYTHONIOENCODING and PYTHONUTF8 as in CPython; an undecodable
    byte read from stdin survives the round trip to stdout when they say so."""
    program = ("import sys\n"
               "print([(s.encoding, s.errors) for s in (sys.stdin, sys.stdout, sys.stderr)],"
               " sys.flags.utf8_mode, flush=True)\n"
               "try:\n"
               "    line = sys.stdin.readline()\n"
               "    sys.stdout.write(line)\n"
               "    print('caf\\u00e9 \\u20ac')\n"
               "except (UnicodeError, LookupError) as e:\n"
               "    print(type(e).__name__)\n")
    same_as_python(flags + ["-c", program], stdin=b"caf\xc3\xa9 \xff\n", env=env)


@needs_python311
def test_frozen_modules_option():
    # -X frozen_modules=off: the stdlib's frozen modules come from their source.
    program = ("import os, _imp; print(os.__spec__.origin == 'frozen', "
               "_imp.is_frozen('os'), _imp.is_frozen('_frozen_importlib'))")
    for setting in ("on", "off"):
        same_as_python(["-S", "-X", "frozen_modules=" + setting, "-c", program])


def test_sys_executable_starts_glass_again():
    # A child started as [sys.executable, ...] is Glass too, with its own
    # argv[0] and flags, as a child of python3 is python3.
    program = ("import subprocess, sys\n"
               "child = subprocess.run([sys.executable, '-S', '-c', 'import sys; "
               "print(sys.implementation.name, sys.argv, sys.flags.no_site, "
               "sys.executable == sys.orig_argv[0])'], capture_output=True, text=True)\n"
               "print(child.stdout.strip(), child.returncode)\n"
               "print(sys.executable == sys._base_executable)\n"
               "print(subprocess.run([sys.executable, '-c', 'raise SystemExit(3)']).returncode)\n")
    run = run_glass(["-S", "-c", program])
    assert run.stdout == "cpython ['-c'] 1 True 0\nTrue\n3\n", run.stderr


def _other_host(version):
    """An executable CPython of another version, or None (a pyenv shim may
    name a version that is not selected: each candidate is asked)."""
    import glob
    import shutil
    import subprocess
    candidates = [shutil.which("python" + version)] + sorted(glob.glob(
        os.path.expanduser("~/.pyenv/versions/%s*/bin/python%s" % (version, version))))
    for path in filter(None, candidates):
        out = subprocess.run([path, "-c", "import sys; print(sys.version[:3])"],
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                             universal_newlines=True)
        if out.returncode == 0 and out.stdout.strip() == version:
            return path
    return None


def test_glass_runs_on_a_cpython_39_host():
    # Glass's own code must run on CPython 3.9: its syntax is checked
    # elsewhere; this runs it, since a 3.10+ behaviour breaks only there
    # (3.9's struct sequences have no __match_args__, say).
    python39 = _other_host("3.9")
    if python39 is None:
        pytest.skip("because no CPython 3.9 is on this machine")
    import subprocess
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    program = "import os, pwd, resource, json; print(json.dumps({'a': sum(range(10))}))"
    out = subprocess.run([python39, "-m", "glass", "-c", program], cwd=repo,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         universal_newlines=True, timeout=300)
    assert (out.returncode, out.stdout, out.stderr) == (0, '{"a": 45}\n', "")
