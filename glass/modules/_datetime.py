"""The _datetime module: the date and time types.

Counterpart: Modules/_datetimemodule.c.

Glass has no native date and time types yet.  The module is made of the
pure-Python classes of the guest stdlib's datetime.py, the implementation
CPython itself runs where _datetime is missing, loaded afresh for this
module (with `_datetime` blocked while it runs, so that datetime.py keeps
its own classes).  So `import _datetime` works, and a test that compares
the two implementations (test_datetime's _Pure and _Fast halves) runs both,
here both pure.  What the C types alone have (the datetime_CAPI capsule,
their exact error messages) is missing.
"""
from __future__ import annotations

from glass.modules import builtin_module
from glass.objects import abstract
from glass.objects.object import decref

# What the C module defines, apart from datetime_CAPI (a capsule for C code).
EXPORTED = ("MAXYEAR", "MINYEAR", "UTC", "date", "datetime", "time", "timedelta",
            "timezone", "tzinfo")

# Guest code: datetime.py's classes in a namespace of their own.
LOADER = r'''
def load():
    import sys
    from importlib.machinery import PathFinder
    spec = PathFinder.find_spec("datetime")
    if spec is None or spec.loader is None:
        raise ImportError("no datetime.py to make _datetime from", name="_datetime")
    code = spec.loader.get_code("datetime")
    namespace = {"__name__": "datetime", "__file__": spec.origin,
                 "__builtins__": __builtins__}
    saved = sys.modules.pop("_datetime", None)
    sys.modules["_datetime"] = None      # its `from _datetime import *` fails
    try:
        exec(code, namespace)
    finally:
        del sys.modules["_datetime"]
        if saved is not None:
            sys.modules["_datetime"] = saved
    return namespace
'''


@builtin_module("_datetime")
class DatetimeModule:
    """Fast implementation of the datetime type."""

    @staticmethod
    def init_module(w_module):
        w_namespace = _run_loader()
        try:
            for name in EXPORTED:
                w_value = w_namespace.getitem_str(name)
                if w_value is not None:
                    w_module.w_dict.setitem_str(name, w_value)
        finally:
            decref(w_namespace)


def _run_loader():
    """The namespace datetime.py made (a new reference)."""
    from glass.objects.dict import new_dict
    from glass.objects.str import new_str
    from glass.vm import pystate
    w_globals = new_dict()
    w_source = new_str(LOADER)
    try:
        w_globals.setitem_str("__builtins__", pystate.interpreter().w_builtins_module)
        w_exec = pystate.interpreter().w_builtins.getitem_str("exec")
        decref(abstract.call(w_exec, [w_source, w_globals]))
        w_load = w_globals.getitem_str("load")
        return abstract.call(w_load, [])
    finally:
        decref(w_source)
        decref(w_globals)
