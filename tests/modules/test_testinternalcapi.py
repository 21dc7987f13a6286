"""The _testinternalcapi module against the host's.

Counterpart: glass/modules/_testinternalcapi.py (Modules/_testinternalcapi.c).
The recursion depth it reports is compared in
tests/programs/calls/recursion_depth_counts.py.
"""
from __future__ import annotations

from oracle import needs_cpython311_host, same_as_host


@needs_cpython311_host
def test_what_it_offers_answers_as_the_hosts():
    same_as_host(r"""
import _testinternalcapi as t
print(t.SIZEOF_PYGC_HEAD)
for path in ('/a//b/../c/.', '/', '//x/./y/', '/..', '/a/b/../../..'):
    print(t.normalize_path(path))
print(t.EncodeLocaleEx('abc\udc80', 0, 'surrogateescape'))
print(t.DecodeLocaleEx(b'abc\xff', 0, 'surrogateescape'))
for call in (lambda: t.EncodeLocaleEx('\udc80', 0, 'strict'),
             lambda: t.EncodeLocaleEx('x', 0, 'bogus')):
    try:
        call()
    except Exception as error:
        print(type(error).__name__, error)
""")


@needs_cpython311_host
def test_get_config_reads_the_command_line_and_environment():
    # test.support's has_no_debug_ranges() asks it, when test_code and
    # test_marshal are imported.
    same_as_host(r"""
import _testinternalcapi, sys
config = _testinternalcapi.get_config()
for key in ('code_debug_ranges', 'argv', 'run_command', 'run_filename', 'site_import',
            'isolated', 'use_environment', 'optimization_level', 'stdlib_dir',
            'warnoptions', 'write_bytecode', 'platlibdir', 'quiet', 'verbose', 'dev_mode', 'buffered_stdio'):
    print(key, config[key])
# (xoptions and module_search_paths differ by what the harness gives Glass:
# -X compiler=host, and PYTHONPATH for Glass's own package.)
print(len(config), sorted(config) == sorted(_testinternalcapi.get_config()))
import test.support
print(test.support.has_no_debug_ranges())
""", args=("one", "two"), env={"PYTHONNODEBUGRANGES": "1", "PYTHONDONTWRITEBYTECODE": "1"})
