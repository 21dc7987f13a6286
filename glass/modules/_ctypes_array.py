"""_ctypes: arrays and pointers, their metatypes, POINTER() and pointer().

Counterpart: the PyCArrayType / PyCArray_Type / PyCPointerType /
PyCPointer_Type parts of Modules/_ctypes/_ctypes.c, and POINTER / pointer
of Modules/_ctypes/callproc.c.
"""
from __future__ import annotations

import ctypes as host

from glass.modules._ctypes_base import (DICTFLAG_FINAL, POINTER_SIZE, STG,
                                        TYPEFLAG_HASPOINTER, TYPEFLAG_ISPOINTER,
                                        CDataTypeMethods, StgInfo, W_CData, _isinstance,
                                        cdata_from_param, cdata_get, cdata_set, from_base,
                                        generic_new, keep_ref, kept_objects, object_stg,
                                        pointer_carg, read_bytes, read_pointer, write_bytes,
                                        write_pointer)
from glass.objects import abstract
from glass.objects.exceptions import OperationError, operation_error, type_error
from glass.objects.object import decref
from glass.objects.type import (BASETYPE, HAVE_GC, SEQUENCE, W_Type, builtin_type, getter,
                                method, setter, slot)
from glass.objects.typeobject import TypeType


def _item_code(w_type):
    """The format character of a simple item type, or None."""
    info = STG.get(w_type)
    return info.code if info is not None else None


def _is_char_getfunc(info, code):
    from glass.modules._ctypes_simple import field_desc
    return info is not None and info.getfunc is field_desc(code).getfunc


# --- PyCArrayType ---------------------------------------------------------------------

def _fill_array(w_type):
    from glass.objects.int import W_Int
    w_length = abstract.lookup_attr_str(w_type, "_length_")
    if w_length is None:
        raise operation_error("AttributeError", "class must define a '_length_' attribute")
    try:
        if not isinstance(w_length, W_Int):
            raise type_error("The '_length_' attribute must be an integer")
        length = w_length.value
    finally:
        decref(w_length)
    if length < 0:
        raise operation_error("ValueError", "The '_length_' attribute must not be negative")
    if length >= 1 << 63:
        raise operation_error("OverflowError", "The '_length_' attribute is too large")
    w_item = abstract.lookup_attr_str(w_type, "_type_")
    if w_item is None:
        raise operation_error("AttributeError", "class must define a '_type_' attribute")
    item_info = STG.get(w_item)
    if item_info is None:
        decref(w_item)
        raise type_error("_type_ must have storage info")
    if item_info.size and length > ((1 << 63) - 1) // item_info.size:
        decref(w_item)
        raise operation_error("OverflowError", "array too large")
    info = StgInfo()
    info.size = item_info.size * length
    info.align = item_info.align
    info.length = length
    info.w_proto = w_item
    if item_info.flags & (TYPEFLAG_ISPOINTER | TYPEFLAG_HASPOINTER):
        info.flags |= TYPEFLAG_HASPOINTER
    info.format = item_info.format or "B"
    info.ndim = item_info.ndim + 1
    info.shape = (length,) + tuple(item_info.shape)
    STG[w_type] = info
    from glass.objects.descr import make_getset
    if _is_char_getfunc(item_info, "c"):
        w_type.dict["value"] = make_getset(w_type, "value", char_array_get_value,
                                           char_array_set_value, "string value")
        w_type.dict["raw"] = make_getset(w_type, "raw", char_array_get_raw,
                                         char_array_set_raw, "value")
    elif _is_char_getfunc(item_info, "u"):
        w_type.dict["value"] = make_getset(w_type, "value", wchar_array_get_value,
                                           wchar_array_set_value, "string value")


def array_meta_new(w_meta, args_w, kwnames):
    from glass.objects.typeobject import type_new
    w_type = type_new(w_meta, args_w, kwnames)
    if w_type in STG:
        return w_type
    try:
        _fill_array(w_type)
    except OperationError:
        decref(w_type)
        raise
    return w_type


@builtin_type("_ctypes.PyCArrayType", base=TypeType, flags=BASETYPE | HAVE_GC,
              doc="metatype for the Array Objects")
class ArrayMeta(W_Type):
    __slots__ = ()
    new = slot("tp_new")(array_meta_new)
    from_param = CDataTypeMethods.from_param
    from_address = CDataTypeMethods.from_address
    from_buffer = CDataTypeMethods.from_buffer
    from_buffer_copy = CDataTypeMethods.from_buffer_copy
    in_dll = CDataTypeMethods.in_dll
    repeat = CDataTypeMethods.repeat


def char_array_get_value(self):
    from glass.objects.bytes import new_bytes
    data = read_bytes(self.b_ptr, self.b_size)
    end = data.find(b"\0")
    return new_bytes(data if end < 0 else data[:end])


def char_array_set_value(self, w_value):
    from glass.objects.bytes import W_Bytes
    if w_value is None:
        raise type_error("can't delete attribute")
    if not isinstance(w_value, W_Bytes):
        raise type_error("bytes expected instead of %s instance" % w_value.ob_type.name)
    data = bytes(w_value.value)
    if len(data) > self.b_size:
        raise operation_error("ValueError", "byte string too long")
    if len(data) < self.b_size:
        data += b"\0"
    write_bytes(self.b_ptr, data)


def char_array_get_raw(self):
    from glass.objects.bytes import new_bytes
    return new_bytes(read_bytes(self.b_ptr, self.b_size))


def char_array_set_raw(self, w_value):
    from glass.objects import stringlib
    if w_value is None:
        raise operation_error("AttributeError", "cannot delete attribute")
    data = stringlib.getbuffer(w_value)
    if data is None:
        raise type_error("a bytes-like object is required, not '%s'" % w_value.ob_type.name)
    data = bytes(data)
    if len(data) > self.b_size:
        raise operation_error("ValueError", "byte string too long")
    write_bytes(self.b_ptr, data)


WCHAR_SIZE = host.sizeof(host.c_wchar)


def wchar_array_get_value(self):
    from glass.objects.str import new_str
    count = self.b_size // WCHAR_SIZE
    text = host.wstring_at(self.b_ptr, count) if count else ""
    end = text.find("\0")
    return new_str(text if end < 0 else text[:end])


def wchar_array_set_value(self, w_value):
    from glass.objects.str import W_Str
    if w_value is None:
        raise type_error("can't delete attribute")
    if not isinstance(w_value, W_Str):
        raise type_error("unicode string expected instead of %s instance"
                         % w_value.ob_type.name)
    text = w_value.value
    count = self.b_size // WCHAR_SIZE
    if len(text) > count:
        raise operation_error("ValueError", "string too long")
    if len(text) < count:
        text += "\0"
    block = host.create_unicode_buffer(text, len(text))
    host.memmove(self.b_ptr, block, len(text) * WCHAR_SIZE)


# The array types made by `type * n`, as CPython caches them.
_ARRAY_CACHE = {}


def array_type(w_item, length):
    """PyCArrayType_from_ctype."""
    from glass.objects.dict import W_Dict
    from glass.objects.int import new_int
    from glass.objects.str import new_str
    from glass.objects.tuple import new_tuple
    key = (w_item, length)
    w_cached = _ARRAY_CACHE.get(key)
    if w_cached is not None:
        w_cached.ob_refcnt += 1
        return w_cached
    if not isinstance(w_item, W_Type):
        raise type_error("Expected a type object")
    w_name = new_str("%s_Array_%d" % (w_item.name[:200], length))
    w_bases = new_tuple([W_Array.w_type])
    w_dict = W_Dict()
    w_length = new_int(length)
    try:
        w_dict.setitem_str("_length_", w_length)
        w_dict.setitem_str("_type_", w_item)
        w_result = abstract.call(ArrayMeta.w_type, [w_name, w_bases, w_dict])
    finally:
        decref(w_length)
        decref(w_dict)
        decref(w_bases)
        decref(w_name)
    w_item.ob_refcnt += 1
    w_result.ob_refcnt += 1              # the cache's references
    _ARRAY_CACHE[key] = w_result
    return w_result


# --- Array ----------------------------------------------------------------------------

def _slice_items(get_item, info, indexes, is_pointer=False):
    """The items of a slice: bytes for char items, str for wchar_t items,
    else a list."""
    from glass.modules._ctypes_simple import field_desc
    from glass.objects.bytes import new_bytes
    from glass.objects.list import W_List
    from glass.objects.str import new_str
    item_info = STG.get(info.w_proto)
    if item_info is not None and item_info.getfunc is field_desc("c").getfunc:
        return new_bytes(b"".join(bytes(_raw_item(get_item, i)) for i in indexes))
    if item_info is not None and item_info.getfunc is field_desc("u").getfunc:
        return new_str("".join(_text_item(get_item, i) for i in indexes))
    items_w = []
    try:
        for i in indexes:
            items_w.append(get_item(i))
    except OperationError:
        for w_item in items_w:
            decref(w_item)
        raise
    return W_List(items_w)


def _raw_item(get_item, index):
    w_item = get_item(index)
    try:
        return w_item.value
    finally:
        decref(w_item)


def _text_item(get_item, index):
    w_item = get_item(index)
    try:
        return w_item.value
    finally:
        decref(w_item)


@builtin_type("_ctypes.Array", base=W_CData, flags=BASETYPE | HAVE_GC | SEQUENCE,
              doc="XXX to be provided")
class W_Array(W_CData):
    __slots__ = ()

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        return generic_new(w_type)

    @slot("tp_init")
    def init(self, args_w, kwnames):
        nkw = len(kwnames) if kwnames else 0
        for index, w_value in enumerate(args_w[:len(args_w) - nkw]):
            W_Array.ass_item(self, index, w_value)

    @slot("sq_item")
    def item(self, index):
        if index < 0 or index >= self.b_length:
            raise operation_error("IndexError", "invalid index")
        info = object_stg(self)
        item_size = STG[info.w_proto].size
        return cdata_get(info.w_proto, None, self, index, item_size,
                         self.b_ptr + index * item_size)

    @slot("sq_ass_item")
    def ass_item(self, index, w_value):
        if w_value is None:
            raise type_error("Array does not support item deletion")
        if index < 0 or index >= self.b_length:
            raise operation_error("IndexError", "invalid index")
        info = object_stg(self)
        item_size = STG[info.w_proto].size
        cdata_set(self, info.w_proto, None, w_value, index, item_size,
                  self.b_ptr + index * item_size)

    @slot("sq_length")
    def length(self):
        return self.b_length

    @slot("mp_subscript")
    def subscript(self, w_key):
        from glass.objects.slice import W_Slice, adjust_indices
        if w_key.ob_type.nb_index is not None:
            index = abstract.index_as_ssize(w_key, "IndexError")
            if index < 0:
                index += self.b_length
            return W_Array.item(self, index)
        if isinstance(w_key, W_Slice):
            start, stop, step = w_key.unpack()
            start, stop, count = adjust_indices(self.b_length, start, stop, step)
            indexes = [start + i * step for i in range(count)]
            return _slice_items(lambda i: W_Array.item(self, i), object_stg(self), indexes)
        raise type_error("indices must be integers")

    @slot("mp_ass_subscript")
    def ass_subscript(self, w_key, w_value):
        from glass.objects.int import new_int
        from glass.objects.slice import W_Slice, adjust_indices
        if w_value is None:
            raise type_error("Array does not support item deletion")
        if w_key.ob_type.nb_index is not None:
            index = abstract.index_as_ssize(w_key, "IndexError")
            if index < 0:
                index += self.b_length
            W_Array.ass_item(self, index, w_value)
            return
        if isinstance(w_key, W_Slice):
            start, stop, step = w_key.unpack()
            start, stop, count = adjust_indices(self.b_length, start, stop, step)
            if abstract.length(w_value) != count:
                raise operation_error("ValueError", "Can only assign sequence of same size")
            for i in range(count):
                w_i = new_int(i)
                try:
                    w_item = abstract.getitem(w_value, w_i)
                finally:
                    decref(w_i)
                try:
                    W_Array.ass_item(self, start + i * step, w_item)
                finally:
                    decref(w_item)
            return
        raise type_error("indices must be integer")

    @method("($type, item, /)", kind="classmethod",
            doc="See PEP 585")
    def __class_getitem__(w_type, w_item):
        from glass.objects.genericalias import new_generic_alias
        return new_generic_alias(w_type, w_item)


def is_pointer_or_array(w_obj):
    return isinstance(w_obj, W_CData) and (
        w_obj.ob_type.is_subtype(W_Array.w_type) or
        w_obj.ob_type.is_subtype(W_Pointer.w_type))


def is_char_array_or_pointer(w_obj, code, simple_too=False):
    """An array or pointer whose item type's getfunc is that of `code`
    (c_char_p.from_param's test); with simple_too, a simple instance of
    that code too (a byref(c_char()))."""
    from glass.modules._ctypes_simple import field_desc
    if not isinstance(w_obj, W_CData):
        return False
    info = object_stg(w_obj)
    if info is None:
        return False
    if is_pointer_or_array(w_obj):
        item_info = STG.get(info.w_proto)
        return item_info is not None and item_info.getfunc is field_desc(code).getfunc
    if simple_too:
        return info.getfunc is field_desc(code).getfunc
    return False


# --- PyCPointerType -----------------------------------------------------------------

def _set_proto(info, w_proto):
    """PyCPointerType_SetProto."""
    if not isinstance(w_proto, W_Type):
        raise type_error("_type_ must be a type")
    if STG.get(w_proto) is None:
        raise type_error("_type_ must have storage info")
    w_proto.ob_refcnt += 1
    w_old = info.w_proto
    info.w_proto = w_proto
    if w_old is not None:
        decref(w_old)


def pointer_meta_new(w_meta, args_w, kwnames):
    from glass.objects.dict import W_Dict
    from glass.objects.typeobject import type_new
    info = StgInfo()
    info.size = POINTER_SIZE
    info.align = host.alignment(host.c_void_p)
    info.length = 1
    info.flags |= TYPEFLAG_ISPOINTER
    info.host_type = host.c_void_p
    nargs = len(args_w) - (len(kwnames) if kwnames else 0)
    if nargs == 3 and isinstance(args_w[2], W_Dict):
        w_proto = args_w[2].getitem_str("_type_")
        if w_proto is not None:
            _set_proto(info, w_proto)
            item_info = STG[w_proto]
            info.format = "&" + (item_info.format or "B")
    w_type = type_new(w_meta, args_w, kwnames)
    if w_type not in STG:
        STG[w_type] = info
    return w_type


@builtin_type("_ctypes.PyCPointerType", base=TypeType, flags=BASETYPE | HAVE_GC,
              doc="metatype for the Pointer Objects")
class PointerMeta(W_Type):
    __slots__ = ()
    new = slot("tp_new")(pointer_meta_new)
    from_address = CDataTypeMethods.from_address
    from_buffer = CDataTypeMethods.from_buffer
    from_buffer_copy = CDataTypeMethods.from_buffer_copy
    in_dll = CDataTypeMethods.in_dll
    repeat = CDataTypeMethods.repeat

    @method("($self, value, /)", doc="Convert a Python object into a function call "
            "parameter.")
    def from_param(self, w_value):
        from glass.objects.none import W_None
        if isinstance(w_value, W_None):
            w_value.ob_refcnt += 1
            return w_value
        info = STG.get(self)
        if info is None:
            raise type_error("abstract class")
        if info.w_proto is not None and _isinstance(w_value, info.w_proto):
            return byref_carg(w_value, 0)
        if is_pointer_or_array(w_value):
            value_info = object_stg(w_value)
            if value_info.w_proto is not None and info.w_proto is not None:
                from glass.modules.builtins import object_issubclass
                if object_issubclass(value_info.w_proto, info.w_proto):
                    w_value.ob_refcnt += 1
                    return w_value
        return cdata_from_param(self, w_value)

    @method("($self, type, /)")
    def set_type(self, w_type):
        info = STG.get(self)
        if info is None:
            raise type_error("abstract class")
        _set_proto(info, w_type)
        from glass.objects.str import intern
        w_name = intern("_type_")
        try:
            abstract.setattr(self, w_name, w_type)
        finally:
            w_name.ob_refcnt -= 1


def byref_carg(w_obj, offset):
    """_byref / byref(): a CArgObject passing the object's address."""
    return pointer_carg(w_obj.b_ptr + offset, w_obj)


# --- _Pointer ---------------------------------------------------------------------------

def _null_check(self):
    address = read_pointer(self.b_ptr)
    if not address:
        raise operation_error("ValueError", "NULL pointer access")
    return address


@builtin_type("_ctypes._Pointer", base=W_CData, flags=BASETYPE | HAVE_GC,
              doc="XXX to be provided")
class W_Pointer(W_CData):
    __slots__ = ()

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        info = STG.get(w_type)
        if info is None or info.w_proto is None:
            raise type_error("Cannot create instance: has no _type_")
        return generic_new(w_type)

    @slot("tp_init")
    def init(self, args_w, kwnames):
        nkw = len(kwnames) if kwnames else 0
        if nkw:
            raise type_error("POINTER() takes no keyword arguments")
        if len(args_w) > 1:
            raise type_error("POINTER expected at most 1 argument, got %d" % len(args_w))
        if args_w:
            W_Pointer.set_contents(self, args_w[0])

    @getter("contents", doc="the object this pointer points to (read-write)")
    def get_contents(self):
        address = _null_check(self)
        info = object_stg(self)
        return from_base(info.w_proto, self, 0, address)

    @setter("contents")
    def set_contents(self, w_value):
        if w_value is None:
            raise type_error("Pointer does not support item deletion")
        info = object_stg(self)
        if not isinstance(w_value, W_CData):
            if not _isinstance(w_value, info.w_proto):
                raise type_error("expected %s instead of %s"
                                 % (info.w_proto.name, w_value.ob_type.name))
        write_pointer(self.b_ptr, w_value.b_ptr)
        w_value.ob_refcnt += 1
        keep_ref(self, 1, w_value)
        w_keep = kept_objects(w_value)
        w_keep.ob_refcnt += 1
        keep_ref(self, 0, w_keep)

    @slot("sq_item")
    def item(self, index):
        address = _null_check(self)
        info = object_stg(self)
        item_size = STG[info.w_proto].size
        return cdata_get(info.w_proto, None, self, index, item_size,
                         address + index * item_size)

    @slot("nb_bool")
    def bool(self):
        return read_pointer(self.b_ptr) != 0

    @slot("mp_subscript")
    def subscript(self, w_key):
        from glass.objects.none import W_None
        from glass.objects.slice import W_Slice
        if w_key.ob_type.nb_index is not None:
            index = abstract.index_as_ssize(w_key, "IndexError")
            return W_Pointer.item(self, index)
        if isinstance(w_key, W_Slice):
            if isinstance(w_key.w_step, W_None):
                step = 1
            else:
                step = abstract.index_as_ssize(w_key.w_step, "ValueError")
                if step == 0:
                    raise operation_error("ValueError", "slice step cannot be zero")
            if isinstance(w_key.w_start, W_None):
                if step < 0:
                    raise operation_error("ValueError", "slice start is required for step < 0")
                start = 0
            else:
                start = abstract.index_as_ssize(w_key.w_start, "ValueError")
            if isinstance(w_key.w_stop, W_None):
                raise operation_error("ValueError", "slice stop is required")
            stop = abstract.index_as_ssize(w_key.w_stop, "ValueError")
            if (step > 0 and start > stop) or (step < 0 and start < stop):
                count = 0
            elif step > 0:
                count = (stop - start - 1) // step + 1
            else:
                count = -((start - stop - 1) // -step) + 1 if False else \
                    (start - stop - 1) // (-step) + 1
            indexes = [start + i * step for i in range(count)]
            return _slice_items(lambda i: W_Pointer.item(self, i), object_stg(self), indexes)
        raise type_error("Pointer indices must be integer")

    @slot("mp_ass_subscript")
    def ass_subscript(self, w_key, w_value):
        if w_value is None:
            raise type_error("Pointer does not support item deletion")
        index = abstract.index_as_ssize(w_key, "IndexError")
        address = _null_check(self)
        info = object_stg(self)
        item_size = STG[info.w_proto].size
        cdata_set(self, info.w_proto, None, w_value, index, item_size,
                  address + index * item_size)


# --- POINTER() and pointer() -------------------------------------------------------------

def pointer_type(w_cls):
    """POINTER(cls): the cached pointer type."""
    from glass.objects.dict import W_Dict
    from glass.objects.int import new_int
    from glass.objects.str import W_Str, new_str
    from glass.objects.tuple import new_tuple
    from glass.modules._ctypes import STATE
    w_cache = STATE.w_pointer_type_cache
    w_result = w_cache.getitem(w_cls)
    if w_result is not None:
        w_result.ob_refcnt += 1
        return w_result
    w_dict = W_Dict()
    if w_cls.ob_type is W_Str.w_type:
        w_name = new_str("LP_%s" % w_cls.value)
        w_key = None
    elif isinstance(w_cls, W_Type):
        w_name = new_str("LP_%s" % w_cls.name)
        w_dict.setitem_str("_type_", w_cls)
        w_key = w_cls
        w_key.ob_refcnt += 1
    else:
        decref(w_dict)
        raise type_error("must be a ctypes type")
    w_bases = new_tuple([W_Pointer.w_type])
    try:
        w_result = abstract.call(PointerMeta.w_type, [w_name, w_bases, w_dict])
    finally:
        decref(w_bases)
        decref(w_name)
        decref(w_dict)
    if w_key is None:
        w_key = new_int(id(w_result))
    try:
        w_cache.setitem(w_key, w_result)
    finally:
        decref(w_key)
    return w_result


def make_pointer(w_obj):
    w_type = pointer_type(w_obj.ob_type)
    try:
        return abstract.call(w_type, [w_obj])
    finally:
        decref(w_type)
