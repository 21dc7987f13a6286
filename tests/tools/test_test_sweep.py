"""The test-suite sweep on a tiny synthetic test file, under the host and Glass.

Tests glass/tools/test_sweep.py and glass/tools/test_runner.py.  The host's
own `python3 -m unittest` is the oracle for the counts.
"""
import os
import re
import subprocess
import textwrap

import pytest

from glass.tools import test_sweep
from oracle import PYTHON311, needs_python311

# setUpModule, a class fixture, and every outcome unittest knows.  (Plain
# asserts only: this file tests the tool, not Glass's assertRaises.)
SYNTHETIC = textwrap.dedent('''\
    import unittest

    LOG = []

    def setUpModule():
        LOG.append("module")

    class Outcomes(unittest.TestCase):
        @classmethod
        def setUpClass(cls):
            LOG.append("class")

        def test_fixtures_ran(self):
            self.assertEqual(LOG, ["module", "class"])

        def test_passes(self):
            self.assertEqual(sum(range(5)), 10)

        def test_fails(self):
            self.assertEqual(1 + 1, 3)

        def test_errors(self):
            {}["missing"]

        @unittest.skip("because it is skipped")
        def test_skipped(self):
            pass

        @unittest.expectedFailure
        def test_expected_failure(self):
            self.assertTrue(False)

        def test_subtests(self):
            for number in range(4):
                with self.subTest(number=number):
                    self.assertLess(number, 2)

    class Loaded(unittest.TestCase):
        def test_loaded_twice(self):
            pass

    def load_tests(loader, tests, pattern):
        # load_tests is honoured: Loaded's test is added once more.
        tests.addTest(Loaded("test_loaded_twice"))
        return tests
''')


@pytest.fixture(scope="module")
def test_directory(tmp_path_factory):
    directory = tmp_path_factory.mktemp("synthetic")
    (directory / "test_synthetic.py").write_text(SYNTHETIC)
    (directory / "test_broken.py").write_text("import unittest\nraise ValueError('no')\n")
    (directory / "test_details.py").write_text(
        "import sys, unittest\n"
        "from test import support\n"
        "class Details(unittest.TestCase):\n"
        "    @support.cpython_only\n"
        "    def test_cpython_only(self):\n"
        "        self.assertEqual(sys.getrefcount(object()), 1)\n"
        "    def test_asks(self):\n"
        "        if not support.check_impl_detail(cpython=True):\n"
        "            self.skipTest('because this is not CPython')\n")
    (directory / "test_slow.py").write_text(
        "import time, unittest\n"
        "class Slow(unittest.TestCase):\n"
        "    def test_sleeps(self):\n"
        "        time.sleep(600)\n")
    return str(directory)


def _host_unittest_counts(directory, module):
    """(ran, failures, errors, skipped, expected failures) from `python3 -m unittest`."""
    done = subprocess.run([PYTHON311, "-m", "unittest", module], cwd=directory,
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          universal_newlines=True, timeout=120)
    ran = int(re.search(r"Ran (\d+) test", done.stdout).group(1))

    def field(name):
        found = re.search(r"\b%s=(\d+)" % name, done.stdout)
        return int(found.group(1)) if found else 0
    return ran, field("failures"), field("errors"), field("skipped"), field("expected failures")


@needs_python311
def test_counts_match_host_unittest_under_host_and_glass(test_directory):
    result = test_sweep.run_file("test_synthetic", 240, paths=[test_directory])
    ran, failures, errors, skipped, expected_failures = _host_unittest_counts(
        test_directory, "test_synthetic")
    for record in (result.host, result.glass):
        assert record.finished, record.stderr
        assert record.cpu_seconds > 0 and record.status == 0
        assert record.tests_run == ran
        # unittest counts one failure per failing subtest, as the record does.
        assert record.failed == failures
        assert record.errors == errors
        assert record.skipped == skipped
        assert record.count(("xfail",)) == expected_failures
        failing_tests = set(test_id.split(" ")[0] for test_id in record.ids(("FAIL",)))
        assert record.passed == ran - len(failing_tests) - errors - skipped
    # Test by test, Glass does what the host does, for the same reason.
    assert sorted(result.glass.outcomes) == sorted(result.host.outcomes)
    assert result.crash is None
    assert result.both_passed == result.host_passed == len(result.host.ids(("ok", "xfail")))
    assert "test_synthetic.Outcomes.test_subtests (number=3)" in result.glass.ids(("FAIL",))


@needs_python311
def test_import_error_and_timeout_are_crashes(test_directory):
    broken = test_sweep.run_file("test_broken", 240, paths=[test_directory])
    for record in (broken.host, broken.glass):
        assert record.import_error.startswith("ValueError: no at test_broken.py:2")
    assert broken.crash.startswith("import error: ValueError: no")
    slow = test_sweep.run_record(test_sweep.glass_command(), "test_slow", 4,
                                 [test_directory])
    assert slow.timed_out and not slow.finished
    assert test_sweep.crash_of(slow).startswith("timeout after")


def test_cpython_only_tests_run_under_glass(test_directory):
    # Glass answers as CPython in sys.implementation: test.support's
    # cpython_only tests run, with or without --cpython-details.
    plain = test_sweep.run_record(test_sweep.glass_command(), "test_details", 240,
                                  [test_directory])
    assert (plain.tests_run, plain.passed, plain.skipped) == (2, 2, 0)
    details = test_sweep.run_record(test_sweep.glass_command(), "test_details", 240,
                                    [test_directory], ["--cpython-details"])
    assert (details.tests_run, details.passed, details.skipped) == (2, 2, 0)


def test_glass_limit_follows_the_hosts_cpu_time():
    record = test_sweep.Record()
    record.cpu_seconds = 0.5          # a quick file: the plain timeout
    assert test_sweep.glass_limit(record, 120, 150) == 120
    record.cpu_seconds = 4.0          # 150 x 4 s
    assert test_sweep.glass_limit(record, 120, 150) == 600
    record.cpu_seconds = 60.0         # never more than ten times the timeout
    assert test_sweep.glass_limit(record, 120, 150) == 1200


def test_parse_record_and_crash_causes():
    record = test_sweep.parse_record(
        "some output of a test\n"
        "start\ttest.test_x\t_ast stand-in\n"
        "ok\ttest.test_x.A.test_a\t\n"
        "FAIL\ttest.test_x.A.test_b (n=1)\tAssertionError: 1 != 2\n"
        "FAIL\ttest.test_x.A.test_b (n=2)\tAssertionError: 2 != 3\n"
        "ERROR\ttest.test_x.A.test_c\tKeyError: 'k'\tx.py:3 test_c\n"
        "skip\ttest.test_x.A.test_d\tbecause\n")
    assert record.stand_in and not record.finished
    assert (record.tests_run, record.passed, record.failed, record.errors,
            record.skipped) == (4, 1, 2, 1, 1)
    record.status = 1
    record.stderr = ("Traceback (most recent call last):\n"
                     '  File "%s", line 3, in f\n'
                     "    x()\n"
                     "TypeError: host says no\n"
                     % os.path.join(test_sweep.REPO, "glass", "vm", "ceval.py"))
    assert test_sweep.crash_of(record) == "host traceback: TypeError: host says no"
    record.stderr = 'Traceback (most recent call last):\n  File "/lib/x.py", line 1\nE: guest\n'
    assert test_sweep.crash_of(record) == "exit status 1: E: guest"


@needs_python311
def test_command_line_prints_table(test_directory, capsys):
    assert test_sweep.main(["--path", test_directory, "--files", "test_broken",
                            "--no-status"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("test_sweep: 1 files, 0 tests passed on the host")
    assert re.search(r"test_broken +0/0/0/0/0 +0/0/0/0/0 +import error: ValueError", out)


@needs_python311
def test_journal_resume_runs_only_the_files_it_lacks(test_directory, tmp_path, capsys):
    journal = str(tmp_path / "journal.jsonl")
    arguments = ["--path", test_directory, "--files", "test_broken",
                 "--journal", journal, "--resume"]
    assert test_sweep.main(arguments) == 0
    first = capsys.readouterr().out
    with open(journal) as file:
        assert len(file.readlines()) == 1
    # Run again: the file comes from the journal, which gains no line...
    assert test_sweep.main(arguments) == 0
    again = capsys.readouterr().out
    assert "1 files' results from earlier runs (the journal" in again
    assert again.split("\n", 1)[1] == first.split("\n", 1)[1]    # the same table
    with open(journal) as file:
        assert len(file.readlines()) == 1
    # ...unless the settings differ.
    assert test_sweep.main(arguments + ["--timeout", "100"]) == 0
    with open(journal) as file:
        assert len(file.readlines()) == 2


@needs_python311
def test_stop_after_starts_no_file_and_says_so(test_directory, capsys):
    assert test_sweep.main(["--path", test_directory, "--files", "test_broken,test_details",
                            "--stop-after", "0"]) == 0
    assert "0 of the 2 files asked for; --stop-after ended it" in capsys.readouterr().out


def test_journal_line_round_trips_a_record():
    record = test_sweep.parse_record("ok\ttest.test_x.A.test_a\t\n"
                                     "FAIL\ttest.test_x.A.test_b\tAssertionError\tx.py:3\n")
    record.status, record.cpu_seconds, record.stderr = 1, 2.5, "E\n"
    line = test_sweep.journal_line(test_sweep.FileResult("test_x", record, record), {"a": 1})
    path = os.path.join(os.path.dirname(__file__), "no-such-journal")
    assert test_sweep.read_journal(path, {"a": 1}) == {}
    import json
    entry = json.loads(line)
    again = test_sweep._record_from(entry["glass"])
    assert again.outcomes == record.outcomes
    assert (again.status, again.cpu_seconds, again.stderr) == (1, 2.5, "E\n")


def test_group_cpu_seconds_counts_a_busy_group():
    if not os.path.isdir("/proc"):
        pytest.skip("because it reads /proc, which this system does not have")
    busy = subprocess.Popen(
        [PYTHON311 or "python3", "-c",
         "import time\nend = time.process_time() + 1.5\n"
         "while time.process_time() < end: pass\ntime.sleep(60)"],
        start_new_session=True)
    try:
        deadline = 30
        while deadline > 0:
            used = test_sweep.group_cpu_seconds(busy.pid)
            if used >= 1.4:
                break
            import time
            time.sleep(0.2)
            deadline -= 0.2
        assert 1.4 <= used < 3
    finally:
        busy.kill()
        busy.wait()


def test_status_rows_stand_in_for_a_lost_journal(tmp_path):
    host = test_sweep.parse_record("ok\ttest.test_x.A.test_a\t\nok\ttest.test_x.A.test_b\t\n"
                                   "skip\ttest.test_x.A.test_c\twhy\t\ndone\t\t3\n")
    glass = test_sweep.parse_record("ok\ttest.test_x.A.test_a\t\n"
                                    "FAIL\ttest.test_x.A.test_b\tAssertionError\tx.py:3\n")
    glass.timed_out, glass.cpu_seconds = True, 5.0
    result = test_sweep.SweepResult(120)
    result.files = [test_sweep.FileResult("test_x", host, glass)]
    status = tmp_path / "STATUS.md"
    status.write_text("<!-- test_sweep:all begin -->\n%s\n<!-- test_sweep:all end -->\n" %
                      test_sweep.status_section(result, "/lib", "cmd", "test_sweep:all"))
    settings = {"timeout": 120, "slowdown": test_sweep.DEFAULT_SLOWDOWN,
                "runner_options": [], "paths": []}
    rows = test_sweep.read_status_rows("test_sweep:all", settings, str(status))
    row = rows["test_x"]
    assert (row.host_passed, row.both_passed) == (2, 1)
    assert (row.host.tests_run, row.host.skipped, row.glass.failed) == (3, 1, 1)
    assert row.crash == result.files[0].crash
    # The same table again, from the rows alone (the reasons why tests fail
    # come from outcomes, which rows do not hold: only crashes are listed).
    again = test_sweep.SweepResult(120)
    again.files = [row]
    table = test_sweep.status_section(result, "/lib", "cmd", "test_sweep:all")
    from_rows = test_sweep.status_section(again, "/lib", "cmd", "test_sweep:all")
    assert from_rows.split("| why")[0] == table.split("| why")[0]
    assert "| crash: timeout | 1 | `test_x` |" in from_rows
    # Rows written under other limits are not taken.
    assert test_sweep.read_status_rows("test_sweep:all", dict(settings, timeout=60),
                                       str(status)) == {}


def test_an_idle_run_is_cut_short_as_a_hang(monkeypatch):
    if not os.path.isdir("/proc"):
        pytest.skip("because it reads /proc, which this system does not have")
    monkeypatch.setattr(test_sweep, "IDLE_WINDOW", 2.0)
    sleeper = subprocess.Popen([PYTHON311 or "python3", "-c", "import time; time.sleep(60)"],
                               start_new_session=True)
    try:
        assert test_sweep._wait_with_usage(sleeper, 100) == (None, -1.0)
    finally:
        sleeper.kill()
        sleeper.wait()
    record = test_sweep.Record()
    record.timed_out = record.hung = True
    assert test_sweep.crash_of(record).startswith("hang: no CPU used for 2 s")
