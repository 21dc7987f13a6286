"""The .pyc layer against importlib, py_compile and python3.11: glass/bytecode/pyc.py."""
from __future__ import annotations

import os
import subprocess

import pytest

from glass.bytecode import marshal as glass_marshal
from glass.bytecode import pyc
from glass.bytecode.code import Code
from glass.tools.stdlib import find_stdlib, stdlib_pycs
from oracle import PYTHON311, needs_cpython311_host, needs_python311


def run_python311(path, cwd=None):
    """(exit status, stdout, stderr) of `python3.11 path`."""
    result = subprocess.run([PYTHON311, path], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, universal_newlines=True,
                            cwd=cwd)
    return result.returncode, result.stdout, result.stderr


def python311_code(source, filename):
    """A Code object compiled by python3.11 (in a subprocess, so that this
    runs on any host), read back with Glass's marshal."""
    script = ("import marshal, sys\n"
              "src = sys.stdin.buffer.read()\n"
              "sys.stdout.buffer.write(marshal.dumps(compile(src, %r, 'exec')))\n"
              % filename)
    result = subprocess.run([PYTHON311, "-c", script], input=source.encode(),
                            stdout=subprocess.PIPE, check=True)
    return glass_marshal.loads(result.stdout)


# --- The header --------------------------------------------------------------------

@needs_cpython311_host
def test_magic_number_is_the_hosts():
    import importlib.util
    assert pyc.MAGIC_NUMBER == importlib.util.MAGIC_NUMBER
    from importlib._bootstrap_external import _RAW_MAGIC_NUMBER
    assert pyc.RAW_MAGIC_NUMBER == _RAW_MAGIC_NUMBER


@needs_cpython311_host
@pytest.mark.parametrize("mode", ["TIMESTAMP", "CHECKED_HASH", "UNCHECKED_HASH"])
def test_header_and_body_match_py_compile(tmp_path, mode):
    import marshal as host_marshal
    import py_compile
    source = tmp_path / "module.py"
    source.write_text("import sys\nprint('spam', sys.version_info[:2])\n")
    os.utime(str(source), (1_700_000_000, 1_700_000_123))
    host_pyc = tmp_path / "host.pyc"
    py_compile.compile(str(source), cfile=str(host_pyc), doraise=True,
                       invalidation_mode=py_compile.PycInvalidationMode[mode])
    host_data = host_pyc.read_bytes()
    code = Code.from_host(host_marshal.loads(host_data[16:]))
    stat = os.stat(str(source))
    if mode == "TIMESTAMP":
        ours = pyc.pyc_bytes(code, stat.st_mtime, stat.st_size)
    else:
        ours = pyc.pyc_bytes_hash(code, source.read_bytes(),
                                  checked=(mode == "CHECKED_HASH"))
    assert ours[:16] == host_data[:16]
    back = host_marshal.loads(ours[16:])
    assert back == host_marshal.loads(host_data[16:])


@needs_cpython311_host
def test_source_hash_is_importlibs():
    import importlib.util
    for size in list(range(0, 25)) + [100, 1000, 4099]:
        data = bytes((i * 37 + size) % 256 for i in range(size))
        assert pyc.source_hash(data) == importlib.util.source_hash(data), size


@needs_cpython311_host
def test_classify_and_validate_as_importlib(tmp_path):
    from importlib import _bootstrap_external as external
    good = pyc.pyc_bytes(Code(), 12345, 678)
    hashed = pyc.pyc_bytes_hash(Code(), b"src")
    cases = [good, hashed, b"", good[:3], b"XXXX" + good[4:], good[:10],
             good[:4] + b"\x04\x00\x00\x00" + good[8:],
             good[:4] + b"\x03\x00\x00\x00" + good[8:]]
    details = {"name": "mod", "path": "mod.pyc"}

    def outcome(function, *args):
        try:
            return ("ok", function(*args))
        except Exception as error:
            return (type(error).__name__, str(error))
    for data in cases:
        assert outcome(pyc.classify_pyc, data, "mod") == \
            outcome(external._classify_pyc, data, "mod", details)
    for mtime, size in [(12345, 678), (12346, 678), (12345, 679), (12345, None),
                        (12345 + 2 ** 32, 678 + 2 ** 32)]:
        assert outcome(pyc.validate_timestamp_pyc, good, mtime, size, "mod") == \
            outcome(external._validate_timestamp_pyc, good, mtime, size,
                    "mod", details)
    for source in (b"src", b"other"):
        source_hash = pyc.source_hash(source)
        assert outcome(pyc.validate_hash_pyc, hashed, source_hash, "mod") == \
            outcome(external._validate_hash_pyc, hashed, source_hash, "mod",
                    details)
    assert pyc.read_header(good) == (0, 12345, 678)
    assert pyc.read_header(hashed) == (3, pyc.source_hash(b"src"))


# --- What `python3.11 x.pyc` says about a bad file -----------------------------------

def bad_pyc_cases(good):
    """Each malformed .pyc, named, built from a good one."""
    magic_310 = (3439).to_bytes(2, "little") + b"\r\n"
    return {
        "bad_magic": b"XXXX" + good[4:],
        "magic_3_10": magic_310 + good[4:],
        "empty": b"",
        "two_bytes": good[:2],
        "magic_only": good[:4],
        "truncated_header": good[:10],
        "header_15": good[:15],
        "header_only": good[:16],
        "truncated_body": good[:len(good) // 2],
        "random_bytes": bytes(range(200, 256)) * 3,
        "not_code": good[:16] + b"N",
        "unknown_type_code": good[:16] + b"?",
        "bad_flags": good[:4] + b"\x04\x00\x00\x00" + good[8:],
        "wrong_mtime": good[:8] + b"\xff\xff\xff\xff" + good[12:],
        "trailing_bytes": good + b"garbage",
    }


@needs_python311
def test_bad_pycs_fail_as_python311_fails(tmp_path):
    code = python311_code("print('hello', 6 * 7)\n", "hello.py")
    good = pyc.pyc_bytes(code, 0, 0)
    for name, data in bad_pyc_cases(good).items():
        path = tmp_path / (name + ".pyc")
        path.write_bytes(data)
        status, out, err = run_python311(str(path))
        try:
            got = pyc.read_pyc(data)
        except pyc.PycError as error:
            assert status == pyc.PYC_ERROR_EXIT_STATUS, name
            assert err == error.python_line + "\n", name
            assert out == "", name
            with pytest.raises(pyc.PycError):
                pyc.read_pyc(str(path))     # the same, from a path
        else:
            assert isinstance(got, Code)
            assert (status, out, err) == (0, "hello 42\n", ""), name


def test_recorded_messages_are_the_documented_constants():
    """read_pyc's verdicts use the three recorded cases (runs on any host;
    test_bad_pycs_fail_as_python311_fails checks them against python3.11)."""
    good = pyc.pyc_bytes(Code(co_code=b"\x97\x00d\x00S\x00", co_consts=(None,)))
    seen = set()
    for name, data in bad_pyc_cases(good).items():
        try:
            pyc.read_pyc(data)
        except pyc.PycError as error:
            seen.add((error.python_type, str(error)))
    assert seen == {pyc.BAD_MAGIC, pyc.SHORT_HEADER, pyc.BAD_CODE}


# --- A .pyc written by Glass runs under python3.11 -----------------------------------

PROGRAMS = {
    "basics": "x = [i * i for i in range(5)]\nprint(x, sum(x), -0.0, 2 ** 100)\n",
    "functions": (
        "def f(a, b=2, *args, c, d=4, **kw):\n    return a, b, args, c, d, kw\n"
        "print(f(1, c=3, e=5))\n"
        "def counter():\n    n = 0\n    def inc():\n        nonlocal n\n"
        "        n += 1\n        return n\n    return inc\n"
        "c = counter(); c(); print(c(), counter.__qualname__, c.__qualname__)\n"),
    "classes": (
        "class A:\n    'doc'\n    x = 1\n    def m(self):\n        return __class__.__name__\n"
        "class B(A):\n    def m(self):\n        return 'B' + super().m()\n"
        "print(B().m(), A.__doc__, B.__mro__)\n"),
    "generators_and_errors": (
        "def g():\n    try:\n        yield from range(3)\n    finally:\n        print('done')\n"
        "print(list(g()))\n"
        "try:\n    {}['missing']\nexcept KeyError as e:\n    print('caught', repr(e))\n"
        "import sys\nprint(sys._getframe().f_code.co_filename.endswith('.py'))\n"),
    "constants": (
        "s = 'ünïcödé \\ud800'.encode('utf-8', 'surrogatepass')\n"
        "print(s, 'a b' in {'a b', 'c', 'é', 300}, (1, (2.5, 3j), None, ...))\n"
        "print(f'{2 ** 70:>30}', b'\\x00\\xff', frozenset({1, 2}) == {1, 2})\n"
        "print(1e308 * 10, float('nan') != float('nan'), -7 // 2)\n"),
    "imports": "from os import *\nimport os.path as p\nprint(sep == p.sep, path is p)\n",
}


@needs_python311
@pytest.mark.parametrize("name", sorted(PROGRAMS))
def test_glass_written_pyc_runs_like_the_source(tmp_path, name):
    source_path = tmp_path / (name + ".py")
    source_path.write_text(PROGRAMS[name], encoding="utf-8")
    code = python311_code(PROGRAMS[name], str(source_path))
    stat = os.stat(str(source_path))
    pyc_path = tmp_path / (name + ".pyc")
    pyc.write_pyc(code, str(pyc_path), stat.st_mtime, stat.st_size)
    expected = run_python311(str(source_path))
    assert expected[0] == 0, expected
    assert run_python311(str(pyc_path)) == expected


@needs_python311
def test_hash_based_pyc_is_imported_by_python311(tmp_path):
    source = "print('imported', __name__)\n"
    (tmp_path / "hashed.py").write_text(source)
    cache = tmp_path / "__pycache__"
    code = python311_code(source, str(tmp_path / "hashed.py"))
    # An unchecked hash-based .pyc is used without looking at the source:
    # change the source, and python still runs what the .pyc holds.
    pyc.write_pyc_hash(code, str(cache / "hashed.cpython-311.pyc"),
                       source.encode(), checked=False)
    (tmp_path / "hashed.py").write_text("print('the source ran')\n")
    result = subprocess.run([PYTHON311, "-c", "import hashed"], cwd=str(tmp_path),
                            stdout=subprocess.PIPE, universal_newlines=True)
    assert result.stdout == "imported hashed\n"


# --- The sweep checks ------------------------------------------------------------------

def stdlib_sample(count):
    files = stdlib_pycs()
    step = max(1, len(files) // count)
    return files[::step][:count]


@needs_cpython311_host
def test_check_stdlib_pyc_passes_on_a_sample():
    for path in stdlib_sample(60):
        assert pyc.check_stdlib_pyc(path) is None, path


@needs_cpython311_host
def test_check_stdlib_pyc_reports_bad_files(tmp_path):
    import marshal as host_marshal
    good_path = stdlib_sample(1)[0]
    with open(good_path, "rb") as file:
        good = file.read()
    path = tmp_path / "bad.pyc"
    path.write_bytes(b"XXXX" + good[4:])
    assert "magic" in pyc.check_stdlib_pyc(str(path))
    # Both readers refuse a cut body, with the same error: nothing to report.
    path.write_bytes(good[:len(good) // 2])
    assert pyc.check_stdlib_pyc(str(path)) is None
    # Another code object: both read it alike, so nothing to report.
    other = compile("x = 1", "other", "exec", dont_inherit=True)
    path.write_bytes(good[:16] + host_marshal.dumps(other))
    assert pyc.check_stdlib_pyc(str(path)) is None
    # Glass's one known divergence (a tuple holding itself) is reported.
    path.write_bytes(good[:16] + b"\xa9\x01r\x00\x00\x00\x00")
    assert pyc.check_stdlib_pyc(str(path)) == \
        "ValueError: bad marshal data (invalid reference)"


@needs_cpython311_host
def test_check_compiled_pyc_on_glass_written_pycs(tmp_path):
    root = find_stdlib()
    for relative in ("textwrap.py", "json/decoder.py", "collections/__init__.py",
                     "email/_header_value_parser.py"):
        source_path = os.path.join(root, relative)
        with open(source_path, "rb") as file:
            host = compile(file.read(), source_path, "exec", dont_inherit=True)
        pyc_path = str(tmp_path / (relative.replace("/", "_") + "c"))
        pyc.write_pyc(Code.from_host(host), pyc_path)
        assert pyc.check_compiled_pyc(source_path, pyc_path) is None, relative
    # A .pyc of another source is reported.
    other = os.path.join(root, "textwrap.py")
    assert pyc.check_compiled_pyc(other, pyc_path) is not None
    with open(pyc_path, "rb") as file:
        data = file.read()
    with open(pyc_path, "wb") as file:
        file.write(b"XXXX" + data[4:])
    assert "magic" in pyc.check_compiled_pyc(source_path, pyc_path)
