"""Guest modules.

Counterpart: Objects/moduleobject.c (PyModuleObject).
"""
from __future__ import annotations

from glass.objects.exceptions import EXCEPTION_TYPES, OperationError, argument_type_name
from glass.objects.object import W_Object, decref, xdecref
from glass.objects.type import BASETYPE, HAVE_GC, builtin_type, getter, setter, slot


@builtin_type("module", flags=BASETYPE | HAVE_GC)
class W_Module(W_Object):
    """module(name, doc=None)
--

Create a module object.

The name must be a string; the optional doc argument can have any type."""
    # md_state: a native module's own state (PyModule_GetState), or None: a
    # host object with traverse(visit) and clear() for the guest objects it holds.
    # md_def: the declaration a native module was made from (its PyModuleDef),
    # or None for a module of Python code.
    __slots__ = ("w_dict", "slots_w", "weakrefs", "gc_finalized", "md_state", "md_def")

    def __init__(self, name, w_dict=None, w_type=None):
        from glass.objects.dict import W_Dict
        from glass.objects.none import w_None
        from glass.objects.str import new_str
        W_Object.__init__(self, w_type or W_Module.w_type)
        if w_dict is None:
            w_dict = W_Dict()
        else:
            w_dict.ob_refcnt += 1
        self.w_dict = w_dict
        self.slots_w = None
        self.weakrefs = None
        self.md_state = None
        self.md_def = None
        if name is not None:
            w_name = new_str(name)
            w_dict.setitem_str("__name__", w_name)
            decref(w_name)
            for attr in ("__doc__", "__package__", "__loader__", "__spec__"):
                if w_dict.getitem_str(attr) is None:
                    w_dict.setitem_str(attr, w_None)

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        """A module with an empty dict; __init__ names it."""
        if w_type is W_Module.w_type:
            return W_Module(None)
        w_module = w_type.host_class(None, None, w_type)
        w_module.slots_w = [None] * w_type.nslots if w_type.nslots else None
        return w_module

    @slot("tp_init")
    def init(self, args_w, kwnames):
        """Counterpart: module___init___impl(name, doc=None)."""
        from glass.objects.none import w_None
        from glass.objects.str import W_Str
        w_name, w_doc = _INIT_SIGNATURE.bind("module", args_w, kwnames)
        if not isinstance(w_name, W_Str):
            from glass.objects.exceptions import type_error
            raise type_error("module() argument 'name' must be str, not %s"
                             % argument_type_name(w_name))
        w_dict = self.w_dict
        w_dict.setitem_str("__name__", w_name)
        w_dict.setitem_str("__doc__", w_doc if w_doc is not None else w_None)
        for attr in ("__package__", "__loader__", "__spec__"):
            w_dict.setitem_str(attr, w_None)

    @slot("tp_getattro")
    def getattro(self, w_name):
        """Counterpart: module_getattro: the dict, then a module __getattr__."""
        w_value = _lookup_in_dict(self, w_name)
        if w_value is not None:
            return w_value
        w_dict = self.w_dict
        w_getattr = w_dict.getitem_str("__getattr__") if w_dict is not None else None
        if w_getattr is None:
            raise _missing_attribute(self, w_name)
        return abstract.call(w_getattr, [w_name])

    # tp_setattro: object's (PyObject_GenericSetAttr), inherited.

    @slot("tp_repr")
    def repr(self):
        """Counterpart: module_repr: importlib._bootstrap._module_repr once
        the import system runs (it knows specs and loaders)."""
        from glass.objects.str import new_str
        from glass.vm import pystate
        w_importlib = pystate.interpreter().w_importlib
        if w_importlib is not None:
            from glass.objects import abstract
            w_func = abstract.getattr_str(w_importlib, "_module_repr")
            try:
                return abstract.call(w_func, [self])
            finally:
                decref(w_func)
        w_name = self.w_dict.getitem_str("__name__")
        name = w_name.value if w_name is not None and hasattr(w_name, "value") else "?"
        w_file = self.w_dict.getitem_str("__file__")
        if w_file is not None and hasattr(w_file, "value"):
            return new_str("<module '%s' from '%s'>" % (name, w_file.value))
        return new_str("<module '%s'>" % name)

    @slot("tp_dealloc")
    def dealloc(self):
        if self.weakrefs:
            from glass.objects.weakrefobject import clear_weakrefs
            clear_weakrefs(self)
        w_dict, self.w_dict = self.w_dict, None
        xdecref(w_dict)
        self.clear_state()

    @slot("tp_traverse")
    def traverse(self, visit):
        if self.w_dict is not None:
            visit(self.w_dict)
        if self.md_state is not None:
            self.md_state.traverse(visit)       # m_traverse

    @slot("tp_clear")
    def clear(self):
        """Counterpart: module_clear: the module lets go of its dict (and
        its state, m_clear)."""
        w_dict, self.w_dict = self.w_dict, None
        xdecref(w_dict)
        self.clear_state()

    def clear_state(self):
        state, self.md_state = self.md_state, None
        if state is not None:
            state.clear()

    @getter("__dict__", member=True)
    def get_dict(self):
        self.w_dict.ob_refcnt += 1
        return self.w_dict

    @getter("__annotations__")
    def get_annotations(self):
        """Counterpart: module_get_annotations: the __dict__ entry, made
        an empty dict on first use."""
        from glass.objects.dict import W_Dict
        w_dict = self._annotations_dict()
        try:
            w_annotations = w_dict.getitem_str("__annotations__")
            if w_annotations is not None:
                w_annotations.ob_refcnt += 1
                return w_annotations
            w_annotations = W_Dict()
            w_dict.setitem_str("__annotations__", w_annotations)
            return w_annotations
        finally:
            decref(w_dict)

    @setter("__annotations__")
    def set_annotations(self, w_value):
        """Counterpart: module_set_annotations (None deletes)."""
        from glass.objects.exceptions import attribute_error
        w_dict = self._annotations_dict()
        try:
            if w_value is not None:
                w_dict.setitem_str("__annotations__", w_value)
            elif w_dict.getitem_str("__annotations__") is None:
                raise attribute_error("__annotations__")
            else:
                w_dict.delitem_str("__annotations__")
        finally:
            decref(w_dict)

    def _annotations_dict(self):
        from glass.objects import abstract
        from glass.objects.dict import W_Dict
        from glass.objects.exceptions import type_error
        w_dict = abstract.getattr_str(self, "__dict__")
        if not isinstance(w_dict, W_Dict):
            decref(w_dict)
            raise type_error("<module>.__dict__ is not a dictionary")
        return w_dict


def _init_signature():
    from glass.objects.signature import Signature
    return Signature.parse("($self, /, name, doc=None)")


_INIT_SIGNATURE = _init_signature()


def _lookup_in_dict(w_module, w_name):
    """The attribute from the type or the module's dict (generic_getattr),
    or None when it is missing: an AttributeError that module_getattro
    would only replace (or its callers discard) is never built."""
    try:
        return generic_getattr(w_module, w_name, True)
    except OperationError as error:
        if not error.match(EXCEPTION_TYPES["AttributeError"]):
            raise
        decref(error.w_value)            # from a descriptor's __get__
        return None


def _missing_attribute(w_module, w_name):
    from glass.objects.exceptions import attribute_error
    from glass.objects.str import W_Str
    w_dict = w_module.w_dict
    w_mod_name = w_dict.getitem_str("__name__") if w_dict is not None else None
    if isinstance(w_mod_name, W_Str):
        # module_getattro reads __spec__ from the dict: a module without
        # one has no attribute to look up again.
        from glass.vm.imports import spec_is_initializing
        w_spec = w_dict.getitem_str("__spec__")
        if w_spec is not None and spec_is_initializing(w_spec):
            return attribute_error(
                "partially initialized module '%s' has no attribute "
                "'%s' (most likely due to a circular import)"
                % (w_mod_name.value, w_name.value))
        return attribute_error("module '%s' has no attribute '%s'"
                               % (w_mod_name.value, w_name.value))
    # A module made by ModuleType.__new__ alone has no __name__.
    return attribute_error("module has no attribute '%s'" % w_name.value)


def lookup_module_attr(w_module, w_name):
    """_PyObject_LookupAttr for a module: the attribute (a new reference),
    or None if it is missing or raises AttributeError.  The import
    statement asks every module it imports from for __path__: a module
    whose type keeps module_getattro is answered without an AttributeError
    made and thrown away; any other goes through abstract.lookup_attr."""
    if w_module.ob_type.tp_getattro is not W_Module.getattro:
        return abstract.lookup_attr(w_module, w_name)
    w_value = _lookup_in_dict(w_module, w_name)
    if w_value is not None:
        return w_value
    w_dict = w_module.w_dict
    w_getattr = w_dict.getitem_str("__getattr__") if w_dict is not None else None
    if w_getattr is None:
        return None
    w_getattr.ob_refcnt += 1             # the call may rebind the module's __getattr__
    try:
        return abstract.call(w_getattr, [w_name])
    except OperationError as error:
        if not error.match(EXCEPTION_TYPES["AttributeError"]):
            raise
        decref(error.w_value)
        return None
    finally:
        decref(w_getattr)


# Imported last, for tp_getattro (every `module.name`): these modules
# import this one.
from glass.objects import abstract  # noqa: E402
from glass.objects.typeobject import generic_getattr  # noqa: E402
