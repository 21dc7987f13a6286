"""The class statement: __build_class__.

Counterpart: builtin___build_class__ in Python/bltinmodule.c.

The compiler turns a class body into a function; __build_class__ finds the
metaclass, asks it for a namespace (__prepare__), runs the body with that
namespace as its locals, then calls metaclass(name, bases, namespace).
"""
from __future__ import annotations

from glass.objects import abstract
from glass.objects.exceptions import type_error
from glass.objects.object import decref


def build_class(w_func, w_name, bases_w, w_meta, kwds):
    """Counterpart: builtin___build_class__.  Returns the new class."""
    from glass.objects.funcobject import W_Function
    from glass.objects.str import W_Str
    from glass.objects.tuple import new_tuple
    if not isinstance(w_func, W_Function):
        raise type_error("__build_class__: func must be a function")
    if not isinstance(w_name, W_Str):
        raise type_error("__build_class__: name is not a string")
    w_orig_bases = new_tuple(bases_w)
    try:
        bases_w, changed = _update_bases(bases_w)
        try:
            w_bases = new_tuple(bases_w)
        finally:
            for w_base in bases_w:
                decref(w_base)
        try:
            return _build(w_func, w_name, w_bases, w_meta, kwds,
                          w_orig_bases if changed else None)
        finally:
            decref(w_bases)
    finally:
        decref(w_orig_bases)


def _build(w_func, w_name, w_bases, w_meta, kwds, w_orig_bases):
    from glass.objects.funcobject import W_Cell
    from glass.objects.none import w_None
    from glass.objects.type import W_Type
    bases_w = w_bases.items
    if w_meta is None or w_meta is w_None:
        w_meta = bases_w[0].ob_type if bases_w else W_Type.w_type
        is_class = True
    else:
        is_class = isinstance(w_meta, W_Type)
    if is_class:
        from glass.objects.typeobject import calculate_metaclass
        w_meta = calculate_metaclass(w_meta, bases_w)
    kwnames = tuple(kwds) or None
    kwvalues = list(kwds.values())
    w_ns = _prepare(w_meta, is_class, w_name, w_bases, kwvalues, kwnames)
    try:
        w_cell = _run_body(w_func, w_ns)
        try:
            if w_orig_bases is not None:
                from glass.objects.str import intern
                w_key = intern("__orig_bases__")
                try:
                    abstract.setitem(w_ns, w_key, w_orig_bases)
                finally:
                    decref(w_key)
            w_cls = abstract.call(w_meta, [w_name, w_bases, w_ns] + kwvalues, kwnames)
            if isinstance(w_cell, W_Cell) and isinstance(w_cls, W_Type) \
                    and w_cell.w_ref is not w_cls:
                try:
                    raise _classcell_error(w_cell, w_name, w_cls)
                finally:
                    decref(w_cls)
            return w_cls
        finally:
            decref(w_cell)
    finally:
        decref(w_ns)


def _classcell_error(w_cell, w_name, w_cls):
    from glass.objects.exceptions import runtime_error
    if w_cell.w_ref is None:
        return runtime_error("__class__ not set defining %s as %s. Was __classcell__ "
                             "propagated to type.__new__?" % (
                                 abstract.repr_text(w_name), abstract.repr_text(w_cls)))
    return type_error("__class__ set to %s defining %s as %s" % (
        abstract.repr_text(w_cell.w_ref), abstract.repr_text(w_name),
        abstract.repr_text(w_cls)))


def _update_bases(bases_w):
    """Counterpart: update_bases: PEP 560 __mro_entries__.  Returns the new
    bases (new references) and whether any base was replaced."""
    from glass.objects.tuple import W_Tuple, new_tuple
    from glass.objects.type import W_Type
    result = []
    changed = False
    try:
        for w_base in bases_w:
            # An attribute lookup on the base itself, as update_bases makes it
            # (typing.NamedTuple is a function with __mro_entries__ set on it).
            w_entries = None if isinstance(w_base, W_Type) else \
                abstract.lookup_attr_str(w_base, "__mro_entries__")
            if w_entries is None:
                w_base.ob_refcnt += 1
                result.append(w_base)
                continue
            w_orig = new_tuple(bases_w)
            try:
                w_new = abstract.call(w_entries, [w_orig])
            finally:
                decref(w_orig)
                decref(w_entries)
            if not isinstance(w_new, W_Tuple):
                decref(w_new)
                raise type_error("__mro_entries__ must return a tuple")
            for w_entry in w_new.items:
                w_entry.ob_refcnt += 1
                result.append(w_entry)
            decref(w_new)
            changed = True
    except BaseException:
        for w_item in result:
            decref(w_item)
        raise
    return result, changed


def _prepare(w_meta, is_class, w_name, w_bases, kwvalues, kwnames):
    from glass.objects.dict import W_Dict
    w_prepare = abstract.lookup_attr_str(w_meta, "__prepare__")
    if w_prepare is None:
        return W_Dict()
    try:
        w_ns = abstract.call(w_prepare, [w_name, w_bases] + kwvalues, kwnames)
    finally:
        decref(w_prepare)
    if w_ns.ob_type.mp_subscript is None:
        kind = w_ns.ob_type.name
        decref(w_ns)
        raise type_error("%s.__prepare__() must return a mapping, not %s"
                         % (w_meta.name if is_class else "<metaclass>", kind))
    return w_ns


def _run_body(w_func, w_ns):
    """Run the class body with the namespace as its locals; returns its result
    (the __class__ cell, or None)."""
    from glass.vm.ceval import eval_frame
    from glass.vm.frame import Frame
    w_ns.ob_refcnt += 1
    frame = Frame(w_func.w_code, w_func, w_func.w_globals, w_func.w_builtins, w_ns)
    return eval_frame(frame)
