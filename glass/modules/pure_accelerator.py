"""Accelerator modules made of the stdlib's pure-Python fallbacks.

Counterpart: none in CPython; this stands in for C accelerators Glass does
not have yet (Modules/_datetimemodule.c, Modules/_zoneinfo.c,
Modules/_asynciomodule.c).

Where CPython has an accelerator, the stdlib module that uses it keeps a
pure-Python implementation for when it is missing, and CPython's tests run
their suites twice: once on the pure classes (the accelerator blocked, as
test.support.import_helper.import_fresh_module does) and once on the C ones.
Glass makes the accelerator from the pure implementation itself, run afresh
with the accelerator blocked, the way import_fresh_module would:

- the modules in `requires` are imported the usual way first; when that
  import already made the accelerator (a package that imports its own
  accelerator), its objects are shared and nothing runs twice;
- each pure module of `sources` is imported anew, in order, while the
  accelerator is blocked in sys.modules, so it keeps its own classes; one
  run later sees the fresh ones run before it (asyncio's fresh Task derives
  from the fresh Future, as the C Task derives from the C Future);
- sys.modules and the packages' attributes are then put back, so the usual
  pure modules are still what an import finds, with classes distinct from
  the accelerator's;
- `glue` (guest source) then runs in a fresh module's namespace, for what
  the C module has and the pure one lacks, or for state the C module
  shares with the usual module (asyncio's event loop policy);
- the names the C module exports are copied into the accelerator; a plain
  function among them is renamed into the accelerator's module
  (`__module__`), as a C function reports its module; classes keep the
  `__module__` the pure module gives them.

Not every accelerator can be made so: a test's C half may need C speed.
_decimal (from _pydecimal) and _elementtree (from ElementTree.py) are left
out, because test_decimal's CWhitebox computes at MAX_PREC (a square root
of 10**18 digits) and test_xml_etree_c's test_trashcan builds 200000 nested
elements: with them those files reach their time limit before tests they
pass today.
"""
from __future__ import annotations

from glass.objects import abstract
from glass.objects.object import decref

# Guest code: the steps above, in the guest, so that the import system,
# sys.modules and the pure modules are the guest's own.
LOADER = r'''
def load(exports, accelerator, sources, requires, glue):
    import sys
    from importlib import import_module
    from types import FunctionType
    for name in requires:
        import_module(name)
    made = sys.modules.get(accelerator)
    if made is not None:
        # Importing `requires` made the accelerator already (the package
        # imports it): share that module's objects.
        for _, names in sources:
            for name in names:
                exports[name] = getattr(made, name)
        return
    absent = object()
    saved = {accelerator: sys.modules.get(accelerator, absent)}
    fresh = {}
    sys.modules[accelerator] = None      # the pure modules fall back on themselves
    try:
        for name, _ in sources:
            saved[name] = sys.modules.pop(name, absent)
            fresh[name] = import_module(name)
    finally:
        for name, module in saved.items():
            if module is absent:
                sys.modules.pop(name, None)
            else:
                sys.modules[name] = module
        # The import bound each fresh module to its package: the package
        # keeps its usual submodule (or none yet).
        for name, module in fresh.items():
            parent, _, child = name.rpartition(".")
            package = sys.modules.get(parent)
            if package is not None and getattr(package, child, None) is module:
                if saved[name] is absent:
                    delattr(package, child)
                else:
                    setattr(package, child, saved[name])
    for name, source in glue:
        exec(source, vars(fresh[name]))
    for name, names in sources:
        namespace = vars(fresh[name])
        for export in names:
            value = namespace[export]
            if type(value) is FunctionType and value.__globals__ is namespace:
                value.__module__ = accelerator
            exports[export] = value
'''


def pure_accelerator(sources, requires=(), glue=()):
    """An init_module for a builtin_module made of pure modules.

    sources: ((pure module name, names the C module exports), ...), run in
    this order; requires: modules imported the usual way first; glue:
    ((pure module name, guest source), ...).
    """
    def init_module(w_module):
        name = w_module.w_dict.getitem_str("__name__").value
        _run_loader(w_module.w_dict, (name, tuple(sources), tuple(requires), tuple(glue)))
    return staticmethod(init_module)


def _run_loader(w_exports, arguments):
    """Run LOADER's load(w_exports, *arguments): the exports land in the
    dict w_exports (the accelerator's)."""
    from glass.objects.codeobject import wrap_constant
    from glass.objects.dict import new_dict
    from glass.objects.str import new_str
    from glass.vm import pystate
    interp = pystate.interpreter()
    w_globals = new_dict()
    w_source = new_str(LOADER)
    args_w = []
    try:
        w_globals.setitem_str("__builtins__", interp.w_builtins_module)
        w_exec = interp.w_builtins.getitem_str("exec")
        decref(abstract.call(w_exec, [w_source, w_globals]))
        w_load = w_globals.getitem_str("load")
        args_w = [wrap_constant(value) for value in arguments]
        decref(abstract.call(w_load, [w_exports] + args_w))
    finally:
        for w_arg in args_w:
            decref(w_arg)
        decref(w_source)
        decref(w_globals)
