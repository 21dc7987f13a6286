"""The sys module against the host.

Counterpart: glass/modules/sys.py (Python/sysmodule.c) and
glass/objects/structseq.py (Objects/structseq.c).
"""
from __future__ import annotations

import sys

import pytest
from oracle import needs_cpython311_host, same_as_host


@pytest.fixture(scope="module", autouse=True)
def object_space():
    from glass.vm import pylifecycle
    pylifecycle.initialize()


def _guest_sys_names():
    from glass.vm import pystate
    return {w_key.value for w_key in pystate.interpreter().w_sys.w_dict.keys_list()}


# Not there yet, each waiting for its own issue.
NOT_YET = {"stdlib_module_names", "_git", "last_type", "last_value", "last_traceback",
           "ps1", "ps2", "_emscripten_info", "tracebacklimit", "winver",
           "getandroidapilevel", "pycache_prefix", "monitoring",
           "__interactivehook__",           # set by site.py
           "_home"}                         # set by site.py's venv()


@needs_cpython311_host
def test_sys_has_the_hosts_names():
    missing = set(dir(sys)) - _guest_sys_names() - NOT_YET
    assert not missing, sorted(missing)


def test_struct_sequences():
    from glass.objects import abstract
    from glass.objects.int import new_int
    from glass.objects.str import new_str
    from glass.objects.structseq import make_structseq_type, new_structseq
    w_type = make_structseq_type("test.point", [("x", None), ("y", None), ("z", None)],
                                 "A point.", n_in_sequence=2)
    w_point = new_structseq(w_type, [new_int(1), new_int(2), new_str("hidden")])
    assert abstract.repr_text(w_point) == "test.point(x=1, y=2)"
    assert abstract.length(w_point) == 2
    assert abstract.getattr_str(w_point, "z").value == "hidden"


def test_values_and_functions():
    same_as_host('''
        import sys
        print(sys.version_info, sys.flags, sys.hash_info, sys.int_info, sys.float_info)
        print(sys.maxsize, sys.maxunicode, hex(sys.hexversion), sys.api_version,
              sys.float_repr_style, sys.byteorder, sys.platform)
        print(type(sys.flags)().__class__ if False else type(sys.flags).__name__,
              type(sys.version_info).n_sequence_fields, sys.version_info.__match_args__)
        print(sys.getsizeof(0), sys.getsizeof(10**20), sys.getsizeof("é"), sys.getsizeof((1,)))
        print(sys.exc_info(), sys.exception(), sys.getrecursionlimit(), sys.intern("a"))
        try:
            raise OSError(2, "nope")
        except OSError:
            print(sys.exc_info()[0].__name__, repr(sys.exception()))
        print(sys._getframe().f_code.co_name, sys._getframe().f_back)
        print(sys.getsizeof.__text_signature__, sys.settrace.__text_signature__,
              sys.exit.__doc__.splitlines()[0])
        sys.exit("bye")
    ''')


def test_set_asyncgen_hooks_installs_the_finalizer_first():
    # sys_set_asyncgen_hooks: a bad firstiter is reported after a good
    # finalizer went in.
    same_as_host("""
        import sys
        for args, kwargs in [((), {"firstiter": 1, "finalizer": print}),
                             ((), {"finalizer": 1, "firstiter": print}),
                             ((print, print, print), {}), ((), {"x": print}),
                             ((print,), {"finalizer": None})]:
            try:
                sys.set_asyncgen_hooks(*args, **kwargs)
            except TypeError as error:
                print("TypeError", error)
            print(sys.get_asyncgen_hooks())
            sys.set_asyncgen_hooks(None, None)
    """)


def test_breakpointhook_with_a_name_that_starts_with_its_dot():
    same_as_host("""
        import os, sys, warnings
        warnings.simplefilter("always")
        for name in (".", ".foo", ".int", "nosuchmodule.x", "builtins.nosuch"):
            os.environ["PYTHONBREAKPOINT"] = name
            with warnings.catch_warnings(record=True) as caught:
                print(name, sys.breakpointhook(), [str(w.message) for w in caught])
    """)


def test_git_describes_no_branch_or_revision():
    # platform reads sys._git's last two fields; test_platform saves it.
    same_as_host("import sys, platform\n"
                 "print(type(sys._git).__name__, len(sys._git), sys._git[1:],"
                 " repr(platform.python_branch()), repr(platform.python_revision()))")
