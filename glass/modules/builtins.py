"""The builtins module.

Counterpart: Python/bltinmodule.c.

First version: the functions the eval loop and simple programs need; the
builtins helper completes the module (every 3.11 builtin, CPython's errors).
"""
from __future__ import annotations

from glass.modules import builtin_module, function
from glass.objects import abstract
from glass.objects.exceptions import EXCEPTION_TYPES, OperationError, type_error
from glass.objects.object import decref


def _none():
    from glass.objects.none import new_none
    return new_none()


@builtin_module("builtins")
class BuiltinsModule:
    """Built-in functions, types, exceptions, and other objects.

This module provides direct access to all 'built-in'
identifiers of Python; for example, builtins.len is
the full name for the built-in function len().

This module is not normally accessed explicitly by most
applications, but can be useful in modules that provide
objects with the same name as a built-in value, but in
which the built-in value is also needed."""

    @function("($module, *args, sep=' ', end='\\n', file=None, flush=False)")
    def print(args_w, w_sep, w_end, w_file, w_flush):
        """Prints the values to a stream, or to sys.stdout by default."""
        from glass.objects.none import w_None
        sep = _str_option(w_sep, " ", "sep")
        end = _str_option(w_end, "\n", "end")
        text = sep.join(abstract.str_text(w) for w in args_w) + end
        if w_file is None or w_file is w_None:
            from glass.vm import pystate
            w_file = pystate.interpreter().w_sys.w_dict.getitem_str("stdout")
        from glass.modules.sys import write_text
        write_text(w_file, text)
        if w_flush is not None and abstract.is_true(w_flush):
            from glass.modules.sys import flush
            flush(w_file)

    @function("($module, obj, /)")
    def len(w_obj):
        """Return the number of items in a container."""
        from glass.objects.int import new_int
        return new_int(abstract.length(w_obj))

    @function("($module, obj, /)")
    def repr(w_obj):
        """Return the canonical string representation of the object."""
        return abstract.repr(w_obj)

    @function("($module, obj, /)")
    def id(w_obj):
        """Return the identity of an object."""
        from glass.objects.int import new_int
        return new_int(id(w_obj))

    @function("($module, obj, /)")
    def hash(w_obj):
        """Return the hash value for the given object."""
        from glass.objects.int import new_int
        return new_int(abstract.hash(w_obj))

    @function("($module, obj, class_or_tuple, /)")
    def isinstance(w_obj, w_cls):
        """Return whether an object is an instance of a class or of a subclass thereof."""
        from glass.objects.bool import new_bool
        return new_bool(object_isinstance(w_obj, w_cls))

    @function("($module, cls, class_or_tuple, /)")
    def issubclass(w_cls, w_classinfo):
        """Return whether 'cls' is derived from another class or is the same class."""
        from glass.objects.bool import new_bool
        return new_bool(object_issubclass(w_cls, w_classinfo))

    @function("($module, obj, /)")
    def callable(w_obj):
        """Return whether the object is callable (i.e., some kind of function)."""
        from glass.objects.bool import new_bool
        return new_bool(w_obj.ob_type.tp_call is not None)

    @function("($module, object, name, default=<unrepresentable>, /)")
    def getattr(w_obj, w_name, w_default):
        """Get a named attribute from an object."""
        from glass.objects.str import W_Str
        if not isinstance(w_name, W_Str):
            raise type_error("attribute name must be string, not '%s'"
                             % w_name.ob_type.name)
        try:
            return abstract.getattr(w_obj, w_name)
        except OperationError as error:
            if w_default is None or not error.match(EXCEPTION_TYPES["AttributeError"]):
                raise
            decref(error.w_value)
        w_default.ob_refcnt += 1
        return w_default

    @function("($module, obj, name, value, /)")
    def setattr(w_obj, w_name, w_value):
        """Sets the named attribute on the given object to the specified value."""
        abstract.setattr(w_obj, w_name, w_value)

    @function("($module, obj, name, /)")
    def delattr(w_obj, w_name):
        """Deletes the named attribute from the given object."""
        abstract.setattr(w_obj, w_name, None)

    @function("($module, obj, name, /)")
    def hasattr(w_obj, w_name):
        """Return whether the object has an attribute with the given name."""
        from glass.objects.bool import new_bool
        try:
            decref(abstract.getattr(w_obj, w_name))
        except OperationError as error:
            if not error.match(EXCEPTION_TYPES["AttributeError"]):
                raise
            decref(error.w_value)
            return new_bool(False)
        return new_bool(True)

    @function("($module, iterable, /)")
    def iter(w_obj):
        """Get an iterator from an object."""
        return abstract.iter(w_obj)

    @function("($module, iterator, default=<unrepresentable>, /)")
    def next(w_iter, w_default):
        """Return the next item from the iterator."""
        from glass.objects.exceptions import stop_iteration
        if w_iter.ob_type.tp_iternext is None:
            raise type_error("'%s' object is not an iterator" % w_iter.ob_type.name)
        w_item = w_iter.ob_type.tp_iternext(w_iter)
        if w_item is not None:
            return w_item
        if w_default is not None:
            w_default.ob_refcnt += 1
            return w_default
        raise stop_iteration()

    @function("($module, func, name, /, *bases, metaclass=None, **kwds)")
    def __build_class__(w_func, w_name, bases_w, w_meta, kwds):
        """__build_class__(func, name, /, *bases, [metaclass], **kwds) -> class"""
        from glass.vm.classes import build_class
        return build_class(w_func, w_name, bases_w, w_meta, kwds)

    @function("($module, name, globals=None, locals=None, fromlist=(), level=0)")
    def __import__(w_name, w_globals, w_locals, w_fromlist, w_level):
        """Import a module."""
        from glass.vm.imports import builtin_import
        return builtin_import(w_name, w_globals, w_fromlist, w_level)

    @function("($module, /)")
    def globals():
        """Return the dictionary containing the current scope's global variables."""
        from glass.vm import pystate
        w_globals = pystate.current().frame.w_globals
        w_globals.ob_refcnt += 1
        return w_globals

    @function("($module, x, /)")
    def abs(w_x):
        """Return the absolute value of the argument."""
        return abstract.unary_op(w_x, "nb_absolute", "abs()")

    @function("($module, i, /)")
    def chr(w_i):
        """Return a Unicode string of one character with ordinal i; 0 <= i <= 0x10ffff."""
        from glass.objects.str import new_str
        value = abstract.index_as_ssize(w_i)
        if not 0 <= value <= 0x10FFFF:
            from glass.objects.exceptions import value_error
            raise value_error("chr() arg not in range(0x110000)")
        return new_str(chr(value))

    @function("($module, c, /)")
    def ord(w_c):
        """Return the Unicode code point for a one-character string."""
        from glass.objects.int import new_int
        from glass.objects.str import W_Str
        if isinstance(w_c, W_Str):
            if len(w_c.value) != 1:
                raise type_error("ord() expected a character, but string of length "
                                 "%d found" % len(w_c.value))
            return new_int(ord(w_c.value))
        raise type_error("ord() expected string of length 1, but %s found"
                         % w_c.ob_type.name)


def _str_option(w_value, default, name):
    from glass.objects.none import w_None
    from glass.objects.str import W_Str
    if w_value is None or w_value is w_None:
        return default
    if not isinstance(w_value, W_Str):
        raise type_error("%s must be None or a string, not %s" % (name, w_value.ob_type.name))
    return w_value.value


def object_isinstance(w_obj, w_cls):
    """Counterpart: PyObject_IsInstance (tuples, then __instancecheck__)."""
    from glass.objects.tuple import W_Tuple
    from glass.objects.type import W_Type
    if w_obj.ob_type is w_cls:
        return True
    if type(w_cls) is W_Tuple:
        return any(object_isinstance(w_obj, w_item) for w_item in w_cls.items)
    if isinstance(w_cls, W_Type) and w_cls.ob_type.lookup("__instancecheck__") is \
            _type_instancecheck():
        return w_obj.ob_type.is_subtype(w_cls)
    w_check = w_cls.ob_type.lookup("__instancecheck__")
    if w_check is None:
        raise type_error("isinstance() arg 2 must be a type, a tuple of types, or a union")
    w_res = abstract.call_bound_descriptor(w_check, w_cls, [w_obj])
    try:
        return abstract.is_true(w_res)
    finally:
        decref(w_res)


def object_issubclass(w_cls, w_classinfo):
    """Counterpart: PyObject_IsSubclass."""
    from glass.objects.tuple import W_Tuple
    from glass.objects.type import W_Type
    if type(w_classinfo) is W_Tuple:
        return any(object_issubclass(w_cls, w_item) for w_item in w_classinfo.items)
    if isinstance(w_classinfo, W_Type) and \
            w_classinfo.ob_type.lookup("__subclasscheck__") is _type_subclasscheck():
        if not isinstance(w_cls, W_Type):
            raise type_error("issubclass() arg 1 must be a class")
        return w_cls.is_subtype(w_classinfo)
    w_check = w_classinfo.ob_type.lookup("__subclasscheck__")
    if w_check is None:
        raise type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union")
    w_res = abstract.call_bound_descriptor(w_check, w_classinfo, [w_cls])
    try:
        return abstract.is_true(w_res)
    finally:
        decref(w_res)


def _type_instancecheck():
    from glass.objects.typeobject import TypeType
    return TypeType.w_type.dict.get("__instancecheck__")


def _type_subclasscheck():
    from glass.objects.typeobject import TypeType
    return TypeType.w_type.dict.get("__subclasscheck__")


# The builtin types and constants the module exposes, by guest name.
def init_module(w_module):
    from glass.objects import (bool as bool_mod, bytes as bytes_mod, complex as complex_mod,
                               dict as dict_mod, float as float_mod, funcobject,
                               int as int_mod, list as list_mod, none, set as set_mod,
                               slice as slice_mod, str as str_mod, tuple as tuple_mod,
                               typeobject)
    from glass.objects.exceptions import EXCEPTION_TYPES as exceptions
    from glass.objects.object import W_Object
    from glass.objects.type import W_Type
    w_dict = w_module.w_dict
    values = {
        "None": none.w_None, "Ellipsis": none.w_Ellipsis,
        "NotImplemented": none.w_NotImplemented,
        "True": bool_mod.w_True, "False": bool_mod.w_False,
        "object": W_Object.w_type, "type": W_Type.w_type,
        "int": int_mod.W_Int.w_type, "bool": bool_mod.W_Bool.w_type,
        "float": float_mod.W_Float.w_type, "complex": complex_mod.W_Complex.w_type,
        "str": str_mod.W_Str.w_type, "bytes": bytes_mod.W_Bytes.w_type,
        "tuple": tuple_mod.W_Tuple.w_type, "list": list_mod.W_List.w_type,
        "dict": dict_mod.W_Dict.w_type, "set": set_mod.W_Set.w_type,
        "frozenset": set_mod.W_FrozenSet.w_type, "slice": slice_mod.W_Slice.w_type,
        "staticmethod": funcobject.W_StaticMethod.w_type,
        "classmethod": funcobject.W_ClassMethod.w_type,
    }
    from glass.objects.range import W_Range
    values["range"] = W_Range.w_type
    from glass.objects.superobject import W_Super
    values["super"] = W_Super.w_type
    from glass.objects.property import W_Property
    values["property"] = W_Property.w_type
    values.update(exceptions)
    values["EnvironmentError"] = exceptions["OSError"]
    values["IOError"] = exceptions["OSError"]
    for name, w_value in values.items():
        w_dict.setitem_str(name, w_value)
    del typeobject


BuiltinsModule.init_module = staticmethod(init_module)
