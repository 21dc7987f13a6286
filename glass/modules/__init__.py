"""Glass's native modules: what CPython writes in C, one file per module.

Counterpart: Modules/ (and Python/bltinmodule.c, Python/sysmodule.c).

A module is declared once, like a builtin type:

    @builtin_module("math")
    class MathModule:
        @function("($module, x, /)")
        def sqrt(w_x): ...

`make_module(name)` builds the guest module from the declaration: each
function becomes a builtin_function_or_method whose __self__ is the module.
A module with state of its own (PyModule_GetState) names its class in
`builtin_module(..., state=)`; its functions marked `@takes_module` get the
module first, and read the state as `w_module.md_state`.
"""
from __future__ import annotations

from glass.objects.type import method

MODULE_DEFS = {}        # name -> the declaring class


def function(signature, name=None, doc=None):
    """Declare a module-level builtin function with its text signature."""
    return method(signature, name=name, doc=doc)


def takes_module(func):
    """A module function that needs its module (METH_METHOD's defining
    class, a C function's `module` argument): it is called with it first."""
    func._glass_takes_module = True
    return func


def builtin_module(name, doc=None, state=None, def_name=None):
    """Class decorator: register a native module's declaration.  `state` is
    the class of the module's state (m_size): each module made gets one.
    `def_name` is PyModuleDef's m_name where it is not the name imported
    (_io's is "io"): the module's __name__, and its functions' __module__."""
    def decorate(cls):
        cls.module_name = name
        cls.module_def_name = def_name or name
        cls.module_doc = doc if doc is not None else cls.__doc__
        cls.module_state = state
        MODULE_DEFS[name] = cls
        return cls
    return decorate


def native_module_names():
    """The names of every native module Glass has (sys.builtin_module_names):
    the files of this package that declare a module of their own name."""
    if not _NATIVE_NAMES:
        import os
        here = os.path.dirname(os.path.abspath(__file__))
        names = set(MODULE_DEFS)
        for filename in os.listdir(here):
            name, ext = os.path.splitext(filename)
            if ext != ".py" or name in names or not name.isidentifier():
                continue
            with open(os.path.join(here, filename), encoding="utf-8") as file:
                if '@builtin_module("%s"' % name in file.read():
                    names.add(name)
        _NATIVE_NAMES.extend(sorted(names))
    return list(_NATIVE_NAMES)


_NATIVE_NAMES = []


def find_module_def(name):
    """The declaration of native module `name`, importing its file on first use.

    Native modules live in glass/modules/<name>.py; a name with no such file
    (or not registered there) has no native module.
    """
    if name not in MODULE_DEFS:
        import importlib
        import os
        here = os.path.dirname(os.path.abspath(__file__))
        if name.isidentifier() and os.path.exists(os.path.join(here, name + ".py")):
            importlib.import_module("glass.modules." + name)
    if name in MODULE_DEFS:
        # Ready the types the module file declared, even when Glass's own
        # code imported the file before the guest asked for the module.
        from glass.objects.type import ready_all
        ready_all()
    return MODULE_DEFS.get(name)


def make_module(name):
    """Build the guest module `name` from its declaration (a new reference)."""
    from glass.objects.descr import W_BuiltinFunction
    from glass.objects.module import W_Module
    from glass.objects.signature import Signature
    from glass.objects.str import new_str_or_none
    from glass.objects.object import decref
    cls = MODULE_DEFS[name]
    w_module = W_Module(cls.module_def_name)
    w_module.md_def = cls
    w_dict = w_module.w_dict
    w_doc = new_str_or_none(cls.module_doc)
    w_dict.setitem_str("__doc__", w_doc)
    decref(w_doc)
    state_class = getattr(cls, "module_state", None)
    if state_class is not None:
        w_module.md_state = state_class()
    for attr in vars(cls).values():
        spec = getattr(attr, "_glass_method", None)
        if spec is None:
            continue
        guest_name, signature, _kind, doc = spec
        w_func = W_BuiltinFunction(guest_name, attr, Signature.parse(signature),
                                   w_module, doc or attr.__doc__,
                                   pass_self=getattr(attr, "_glass_takes_module", False))
        w_dict.setitem_str(guest_name, w_func)
        decref(w_func)
    from glass.modules.builtins import install_signatures
    install_signatures(cls, w_module)        # @no_text_signature, @raw_function
    init = getattr(cls, "init_module", None)
    if init is not None:
        try:
            init(w_module)      # may raise: audioop's warning can be an error
        except BaseException:
            decref(w_module)
            raise
    return w_module
