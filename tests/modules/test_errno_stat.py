"""The errno and _stat modules against the host.

Counterpart: glass/modules/errno.py (Modules/errnomodule.c) and
glass/modules/_stat.py (Modules/_stat.c).
"""
from __future__ import annotations

from oracle import same_as_host


def test_errno_names_and_errorcode():
    same_as_host("""
        import errno
        names = sorted(n for n in dir(errno) if n.startswith("E"))
        print(len(names), names)
        print([getattr(errno, n) for n in names])
        print(sorted(errno.errorcode.items()))
        print(list(errno.errorcode.items())[:5], type(errno.errorcode).__name__)
        print(errno.errorcode[errno.EAGAIN], errno.errorcode[errno.ENOENT])
        print(errno.__doc__)
        print(errno.__name__)
    """)


def test_stat_constants():
    same_as_host("""
        import _stat
        names = sorted(n for n in dir(_stat) if n[:1].isupper())
        print(names)
        print([getattr(_stat, n) for n in names])
        print(_stat.__doc__)
    """)


def test_stat_functions():
    same_as_host("""
        import _stat
        tests = ["S_ISDIR", "S_ISCHR", "S_ISBLK", "S_ISREG", "S_ISFIFO", "S_ISLNK",
                 "S_ISSOCK", "S_ISDOOR", "S_ISPORT", "S_ISWHT", "S_IMODE", "S_IFMT",
                 "filemode"]
        modes = [0o040755, 0o100644, 0o120777, 0o020620, 0o060660, 0o010600,
                 0o140755, 0o104755, 0o102711, 0o101000, 0o107777, 0o106644, 0o041777,
                 0o041776, 0, 0o170000, 0o777, True]
        for name in tests:
            func = getattr(_stat, name)
            print(name, [func(mode) for mode in modes], func.__doc__)
        class Index:
            def __index__(self):
                return 0o40755
        for bad in ["x", -1, 2**40, 2**70, 1.5, Index(), None]:
            for func in (_stat.S_ISDIR, _stat.filemode, _stat.S_IMODE):
                try:
                    print(func(bad))
                except Exception as error:
                    print(type(error).__name__, error)
    """)
