"""object.__reduce_ex__, object.__reduce__ and object.__getstate__: how any
object describes itself to pickle and copy.

Counterpart: Objects/typeobject.c (object___reduce_ex___impl, _common_reduce,
reduce_newobj, object_getstate_default, _PyObject_GetState).
"""
from __future__ import annotations

from glass.objects import abstract
from glass.objects.exceptions import EXCEPTION_TYPES, OperationError, type_error
from glass.objects.object import decref


def _copyreg():
    from glass.vm.imports import import_module
    return import_module("copyreg")


def _call_copyreg(name, args_w):
    w_copyreg = _copyreg()
    try:
        w_func = abstract.getattr_str(w_copyreg, name)
    finally:
        decref(w_copyreg)
    try:
        return abstract.call(w_func, args_w)
    finally:
        decref(w_func)


def reduce_ex(w_obj, protocol):
    """object.__reduce_ex__(protocol): an overridden __reduce__ wins,
    else _common_reduce."""
    from glass.objects.typeobject import ObjectType
    w_reduce = abstract.lookup_attr_str(w_obj, "__reduce__")
    if w_reduce is not None:
        try:
            w_cls_reduce = abstract.lookup_attr_str(w_obj.ob_type, "__reduce__")
            overridden = w_cls_reduce is not None and \
                w_cls_reduce is not ObjectType.w_type.dict.get("__reduce__")
            if w_cls_reduce is not None:
                decref(w_cls_reduce)
            if overridden:
                return abstract.call(w_reduce, [])
        finally:
            decref(w_reduce)
    return common_reduce(w_obj, protocol)


def common_reduce(w_obj, protocol):
    """_common_reduce: copyreg.__newobj__ for protocol 2 and up, else
    copyreg._reduce_ex."""
    from glass.objects.int import new_int
    if protocol >= 2:
        return reduce_newobj(w_obj)
    w_proto = new_int(protocol)
    try:
        return _call_copyreg("_reduce_ex", [w_obj, w_proto])
    finally:
        decref(w_proto)


def _getnewargs(w_obj):
    """_PyObject_GetNewArguments: (args tuple, kwargs dict or None), new references."""
    from glass.objects.dict import W_Dict
    from glass.objects.tuple import W_Tuple, new_tuple
    from glass.vm.ceval import lookup_special      # on the type, past __getattr__
    w_method = lookup_special(w_obj, "__getnewargs_ex__")
    if w_method is not None:
        try:
            w_result = abstract.call(w_method, [])
        finally:
            decref(w_method)
        try:
            if not isinstance(w_result, W_Tuple):
                raise type_error("__getnewargs_ex__ should return a tuple, not '%s'"
                                 % w_result.ob_type.name)
            if len(w_result.items) != 2:
                raise operation_error_value("__getnewargs_ex__ should return a tuple of "
                                            "length 2, not %d" % len(w_result.items))
            w_args, w_kwargs = w_result.items
            if not isinstance(w_args, W_Tuple):
                raise type_error("first item of the tuple returned by __getnewargs_ex__ "
                                 "must be a tuple, not '%s'" % w_args.ob_type.name)
            if not isinstance(w_kwargs, W_Dict):
                raise type_error("second item of the tuple returned by __getnewargs_ex__ "
                                 "must be a dict, not '%s'" % w_kwargs.ob_type.name)
            w_args.ob_refcnt += 1
            w_kwargs.ob_refcnt += 1
            return w_args, w_kwargs
        finally:
            decref(w_result)
    w_method = lookup_special(w_obj, "__getnewargs__")
    if w_method is not None:
        try:
            w_args = abstract.call(w_method, [])
        finally:
            decref(w_method)
        if not isinstance(w_args, W_Tuple):
            decref(w_args)
            raise type_error("__getnewargs__ should return a tuple, not '%s'"
                             % w_args.ob_type.name)
        return w_args, None
    return new_tuple([]), None


def operation_error_value(message):
    from glass.objects.exceptions import operation_error
    return operation_error("ValueError", message)


def reduce_newobj(w_obj):
    """reduce_newobj: (copyreg.__newobj__, (cls,) + args, state, listitems, dictitems)."""
    from glass.objects.dict import W_Dict
    from glass.objects.list import W_List
    from glass.objects.none import w_None
    from glass.objects.tuple import new_tuple, new_tuple_owned
    w_type = w_obj.ob_type
    if w_type.tp_new is None:
        raise type_error("cannot pickle '%s' object" % w_type.name)
    w_args, w_kwargs = _getnewargs(w_obj)
    try:
        w_copyreg = _copyreg()
        try:
            has_args = bool(w_args.items) or (w_kwargs is not None and w_kwargs.length())
            if w_kwargs is None or not w_kwargs.length():
                w_newobj = abstract.getattr_str(w_copyreg, "__newobj__")
                w_newargs = new_tuple([w_type] + list(w_args.items))
            else:
                w_newobj = abstract.getattr_str(w_copyreg, "__newobj_ex__")
                w_newargs = new_tuple([w_type, w_args, w_kwargs])
        finally:
            decref(w_copyreg)
    finally:
        decref(w_args)
        if w_kwargs is not None:
            decref(w_kwargs)
    items = [w_newobj, w_newargs]
    try:
        is_list = isinstance(w_obj, W_List)
        is_dict = isinstance(w_obj, W_Dict)
        items.append(get_state(w_obj, required=not has_args and not is_list and not is_dict))
        if is_list:
            items.append(abstract.iter(w_obj))
        else:
            w_None.ob_refcnt += 1
            items.append(w_None)
        if is_dict:
            w_items_method = abstract.getattr_str(w_obj, "items")
            try:
                w_items = abstract.call(w_items_method, [])
            finally:
                decref(w_items_method)
            try:
                items.append(abstract.iter(w_items))
            finally:
                decref(w_items)
        else:
            w_None.ob_refcnt += 1
            items.append(w_None)
    except OperationError:
        for w_item in items:
            decref(w_item)
        raise
    return new_tuple_owned(items)


def get_state(w_obj, required):
    """_PyObject_GetState: obj.__getstate__(), with `required` telling the
    default one that an object with no state of its own cannot be pickled."""
    from glass.objects.typeobject import ObjectType
    w_getstate = abstract.getattr_str(w_obj, "__getstate__")
    try:
        if w_obj.ob_type.lookup("__getstate__") is \
                ObjectType.w_type.dict.get("__getstate__"):
            return default_state(w_obj, required)
        return abstract.call(w_getstate, [])
    finally:
        decref(w_getstate)


def default_state(w_obj, required):
    """object_getstate_default: the instance dict (or None), with the
    __slots__ values as a second item when there are any."""
    from glass.objects.dict import W_Dict
    from glass.objects.none import w_None
    from glass.objects.tuple import new_tuple_owned
    w_type = w_obj.ob_type
    if required and w_type.itemsize:
        raise type_error("cannot pickle %s objects" % w_type.name)
    w_slotnames = _call_copyreg("_slotnames", [w_type])
    try:
        names_w = list(w_slotnames.items) if hasattr(w_slotnames, "items") and \
            isinstance(w_slotnames.items, list) else []
        if required and _has_native_state(w_obj, len(names_w)):
            raise type_error("cannot pickle '%s' object" % w_type.name)
        w_dict = getattr(w_obj, "w_dict", None)
        if w_dict is not None and w_dict.length():
            w_state = abstract.call(W_Dict.w_type, [w_dict])
        else:
            w_None.ob_refcnt += 1
            w_state = w_None
        if not names_w:
            return w_state
        w_slots = W_Dict()
        for w_name in names_w:
            try:
                w_value = abstract.getattr(w_obj, w_name)
            except OperationError as error:
                if not error.match(EXCEPTION_TYPES["AttributeError"]):
                    decref(w_slots)
                    decref(w_state)
                    raise
                decref(error.w_value)
                continue
            w_slots.setitem(w_name, w_value)
            decref(w_value)
        if not w_slots.length():
            decref(w_slots)
            return w_state
        return new_tuple_owned([w_state, w_slots])
    finally:
        decref(w_slotnames)


def _has_native_state(w_obj, slot_count):
    """Whether the object holds data of its own that the default state
    cannot express: object_getstate_default's test, tp_basicsize beyond
    object's, a __dict__ pointer, a weakref list and the __slots__.  A
    builtin type whose layout glass/objects/layout.py does not list is
    judged by its host class instead: any data but a __dict__."""
    from glass.objects.layout import BUILTIN_LAYOUTS, MANAGED_DICT, POINTER
    from glass.objects.object import W_Object
    from glass.objects.typeobject import W_Instance
    w_type = w_obj.ob_type
    w_builtin = w_type
    while w_builtin.flags & HEAPTYPE_FLAG:
        w_builtin = w_builtin.w_base
    if w_builtin.name not in BUILTIN_LAYOUTS:
        kind = type(w_obj)
        return kind is not W_Object and not issubclass(kind, W_Instance) and \
            not hasattr(w_obj, "w_dict")
    expected = BUILTIN_LAYOUTS["object"][0] + POINTER * slot_count
    if w_type.dictoffset and not w_type.flags & MANAGED_DICT:
        expected += POINTER
    if w_type.weaklistoffset:
        expected += POINTER
    return w_type.basicsize > expected


HEAPTYPE_FLAG = 1 << 9
