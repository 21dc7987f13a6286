"""glass/tools/compiled_tests.py on a tiny synthetic Lib/test.

The tool must run the test modules from Glass's .pyc files (never silently
from source), count outcomes as the host's unittest does, and name the tests
whose outcome changes when the code differs.
"""
from __future__ import annotations

import os
import shutil
import tempfile
import textwrap

import pytest

from glass.tools import compiled_tests
from oracle import PYTHON311, needs_cpython311_host

pytestmark = needs_cpython311_host

HELPER = "VALUE = 6 * 7\n"

SYNTHETIC = textwrap.dedent('''\
    import sys
    import unittest
    from test import helper_mod

    class Outcomes(unittest.TestCase):
        def test_passes(self):
            self.assertEqual(helper_mod.VALUE, 42)

        def test_fails(self):
            self.assertEqual(1 + 1, 3)

        def test_errors(self):
            raise KeyError("k")

        @unittest.skip("because")
        def test_skipped(self):
            pass

        def test_loaded_from_pyc(self):
            # Glass's .pyc files are hash-based; the host writes
            # timestamp-based ones: the file says which one ran.
            module = sys.modules[__name__]
            with open(module.__cached__, "rb") as file:
                flags = int.from_bytes(file.read(8)[4:8], "little")
            self.assertEqual(flags, 1 if "glass-compiled" in __file__ else 0)
''')


@pytest.fixture
def test_directory():
    root = tempfile.mkdtemp(prefix="synthetic-lib-")
    directory = os.path.join(root, "test")
    os.makedirs(directory)
    for name, text in (("__init__.py", ""), ("helper_mod.py", HELPER),
                       ("test_synthetic.py", SYNTHETIC)):
        with open(os.path.join(directory, name), "w") as file:
            file.write(text)
    yield directory
    shutil.rmtree(root, ignore_errors=True)


def test_counts_and_modules_from_glass(test_directory):
    result = compiled_tests.run_all(["test_synthetic"], test_directory, PYTHON311, 60)
    (file_result,) = result.files
    for record in (file_result.host, file_result.compiled):
        assert (record.passed, record.failed, record.errors, record.skipped) == (2, 1, 1, 1)
    # test_loaded_from_pyc passes in both runs: the host's .pyc in one, Glass's in the other.
    assert file_result.compiled.ids(compiled_tests.FAILED) == {
        "test.test_synthetic.Outcomes.test_fails"}
    assert file_result.same
    assert file_result.glass_modules == 3          # test, helper_mod, test_synthetic
    assert not file_result.source_preferred and not file_result.host_compiled
    text = compiled_tests.report(result)
    assert "1 the same" in text


def test_a_different_code_object_shows_its_tests(test_directory, monkeypatch):
    # A compiler that gets helper_mod wrong: the test using it must differ.
    original = compiled_tests.CompiledTree._compile

    def wrong_compile(self, relative):
        if relative == "helper_mod.py":
            from glass.bytecode.code import Code
            from glass.bytecode.pyc import write_pyc_hash
            import importlib.util
            path = os.path.join(self.test_root, relative)
            code = Code.from_host(compile("VALUE = 41\n", path, "exec"))
            write_pyc_hash(code, importlib.util.cache_from_source(path), b"", checked=False)
            return None
        return original(self, relative)

    monkeypatch.setattr(compiled_tests.CompiledTree, "_compile", wrong_compile)
    result = compiled_tests.run_all(["test_synthetic"], test_directory, PYTHON311, 60)
    (file_result,) = result.files
    assert not file_result.same
    assert file_result.differing_tests() == [
        ("test.test_synthetic.Outcomes.test_passes", "ok", "FAIL")]
    section = compiled_tests.status_section(result, "/stdlib", "cmd")
    assert "test.test_synthetic.Outcomes.test_passes" in section


def test_the_host_preferring_the_source_is_caught(test_directory, monkeypatch):
    # A .pyc the host cannot use (a wrong magic number): the host compiles
    # the source instead, and the tool must say so rather than count it.
    def unusable_pyc(self, relative):
        import importlib.util
        path = importlib.util.cache_from_source(os.path.join(self.test_root, relative))
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as file:
            file.write(b"\0\0\0\0" + b"\0" * 12)
        return None

    monkeypatch.setattr(compiled_tests.CompiledTree, "_compile", unusable_pyc)
    result = compiled_tests.run_all(["test_synthetic"], test_directory, PYTHON311, 60)
    (file_result,) = result.files
    assert "test_synthetic.py" in file_result.source_preferred
    assert not file_result.same
    assert "compiled Glass-compiled modules from source" in file_result.crash
