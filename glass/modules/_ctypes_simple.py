"""_ctypes: the simple types (c_int, c_char_p...) and how each C kind of
value is read from and written to memory.

Counterpart: Modules/_ctypes/cfield.c (the field descriptors: getfunc and
setfunc per format character) and the PyCSimpleType / Simple_Type parts of
Modules/_ctypes/_ctypes.c.

A format character names a C kind ('i' int, 'd' double, 'z' char*...).  Its
FieldDesc reads and writes it at an address through the host ctypes type of
the same C kind; integer bit fields are masked and shifted here, with the
size argument packing (bits << 16) | first bit, as cfield.c does.
"""
from __future__ import annotations

import ctypes as host
import sys

from glass.modules._ctypes_base import (DICTFLAG_FINAL, STG, TYPEFLAG_ISPOINTER,
                                        CDataTypeMethods, StgInfo, W_CArg, W_CData,
                                        _isinstance, char_buffer_address, generic_new,
                                        handle_of, make_metatype_new, new_guest,
                                        object_of_handle, object_stg, read_bytes,
                                        wchar_buffer_address, write_bytes)
from glass.objects import abstract
from glass.objects.exceptions import OperationError, operation_error, type_error
from glass.objects.object import decref
from glass.objects.type import (BASETYPE, HAVE_GC, W_Type, builtin_type, getter, method,
                                setter, slot)
from glass.objects.typeobject import TypeType

SIMPLE_TYPE_CHARS = "cbBhHiIlLdfuzZqQPXOv?g"
SWAPPABLE = "hHiIlLqQfd"
LITTLE_ENDIAN = sys.byteorder == "little"


class FieldDesc:
    """One C kind of value.  Counterpart: struct fielddesc."""
    __slots__ = ("code", "host_type", "swapped_type", "getfunc", "setfunc",
                 "getfunc_swapped", "setfunc_swapped", "size", "align")

    def __init__(self, code, host_type):
        self.code = code
        self.host_type = host_type
        self.size = host.sizeof(host_type)
        self.align = host.alignment(host_type)
        self.swapped_type = None
        self.getfunc_swapped = self.setfunc_swapped = None


FIELD_DESCS = {}


def field_desc(code):
    """_ctypes_get_fielddesc."""
    return FIELD_DESCS.get(code)


# --- Integers -------------------------------------------------------------------------

def _unsigned_type(size):
    return {1: host.c_uint8, 2: host.c_uint16, 4: host.c_uint32, 8: host.c_uint64}[size]


def _int_value(w_value):
    """get_long / get_ulonglong: __index__, then the value masked later."""
    from glass.objects.stringlib import index_value
    return index_value(w_value)


def _make_int_funcs(desc, signed, swapped):
    width = desc.size * 8
    storage = _unsigned_type(desc.size)
    if swapped:
        storage = storage.__ctype_be__ if LITTLE_ENDIAN else storage.__ctype_le__
    top = 1 << (width - 1)
    full_mask = (1 << width) - 1

    def to_signed(raw, bits):
        if signed and raw & (1 << (bits - 1)):
            return raw - (1 << bits)
        return raw

    def getfunc(address, size):
        from glass.objects.int import new_int
        raw = storage.from_address(address).value
        bits = size >> 16
        if bits:
            low = size & 0xffff
            raw = (raw >> low) & ((1 << bits) - 1)
            return new_int(to_signed(raw, bits))
        return new_int(raw - (1 << width) if signed and raw & top else raw)

    def setfunc(address, w_value, size):
        from glass.objects.none import new_none
        value = _int_value(w_value)
        cell = storage.from_address(address)
        bits = size >> 16
        if bits:
            low = size & 0xffff
            mask = (1 << bits) - 1
            cell.value = (cell.value & ~(mask << low) & full_mask) | ((value & mask) << low)
        else:
            cell.value = value & full_mask
        return new_none()
    return getfunc, setfunc


def _make_float_funcs(desc, swapped):
    storage = desc.host_type
    if swapped:
        storage = storage.__ctype_be__ if LITTLE_ENDIAN else storage.__ctype_le__

    def getfunc(address, size):
        from glass.objects.float import new_float
        return new_float(float(storage.from_address(address).value))

    def setfunc(address, w_value, size):
        from glass.objects.float import float_as_double
        from glass.objects.none import new_none
        storage.from_address(address).value = float_as_double(w_value)
        return new_none()
    return getfunc, setfunc


def _bool_get(address, size):
    from glass.objects.bool import new_bool
    raw = host.c_uint8.from_address(address).value
    bits = size >> 16
    if bits:
        raw = (raw >> (size & 0xffff)) & ((1 << bits) - 1)
    return new_bool(bool(raw))


def _bool_set(address, w_value, size):
    from glass.objects.none import new_none
    value = 1 if abstract.is_true(w_value) else 0
    cell = host.c_uint8.from_address(address)
    bits = size >> 16
    if bits:
        low = size & 0xffff
        mask = (1 << bits) - 1
        cell.value = (cell.value & ~(mask << low) & 0xff) | ((value & mask) << low)
    else:
        cell.value = value
    return new_none()


def _variant_bool_get(address, size):
    from glass.objects.bool import new_bool
    return new_bool(host.c_short.from_address(address).value != 0)


def _variant_bool_set(address, w_value, size):
    from glass.objects.none import new_none
    host.c_short.from_address(address).value = -1 if abstract.is_true(w_value) else 0
    return new_none()


# --- Characters and strings -----------------------------------------------------------

def _char_get(address, size):
    from glass.objects.bytes import new_bytes
    return new_bytes(read_bytes(address, 1))


def _char_set(address, w_value, size):
    from glass.objects.bytearray import W_ByteArray
    from glass.objects.bytes import W_Bytes
    from glass.objects.int import W_Int
    from glass.objects.none import new_none
    if isinstance(w_value, (W_Bytes, W_ByteArray)) and len(w_value.getbuffer()) == 1:
        write_bytes(address, bytes(w_value.getbuffer()))
        return new_none()
    if isinstance(w_value, W_Int) and 0 <= w_value.value < 256:
        write_bytes(address, bytes([w_value.value]))
        return new_none()
    raise type_error("one character bytes, bytearray or integer expected")


def _wchar_get(address, size):
    from glass.objects.str import new_str
    return new_str(host.c_wchar.from_address(address).value)


def _wchar_set(address, w_value, size):
    from glass.objects.none import new_none
    from glass.objects.str import W_Str
    if not isinstance(w_value, W_Str):
        raise type_error("unicode string expected instead of %s instance"
                         % w_value.ob_type.name)
    if len(w_value.value) != 1:
        raise type_error("one character unicode string expected")
    _check_wchar(w_value.value)
    host.c_wchar.from_address(address).value = w_value.value
    return new_none()


def _check_wchar(text):
    try:
        text.encode("utf-32-le")
    except UnicodeEncodeError as error:
        from glass.modules._codecs import guest_unicode_error
        raise OperationError(guest_unicode_error(error))


def _char_array_get(address, size):
    """s_get: the bytes of a char array field, up to the first NUL."""
    from glass.objects.bytes import new_bytes
    data = read_bytes(address, size)
    end = data.find(b"\0")
    return new_bytes(data if end < 0 else data[:end])


def _char_array_set(address, w_value, size):
    """s_set."""
    from glass.objects.bytes import W_Bytes
    from glass.objects.none import new_none
    if not isinstance(w_value, W_Bytes):
        raise type_error("expected bytes, %s found" % w_value.ob_type.name)
    data = bytes(w_value.value)
    end = data.find(b"\0")
    if end >= 0:
        data = data[:end]                # strlen(), as C copies it
    if len(data) > size:
        raise operation_error("ValueError", "bytes too long (%d, maximum length %d)"
                              % (len(data), size))
    if len(data) < size:
        data += b"\0"
    write_bytes(address, data)
    return new_none()


WCHAR_SIZE = host.sizeof(host.c_wchar)


def _wchar_array_get(address, size):
    """U_get: the text of a wchar_t array field, up to the first NUL."""
    from glass.objects.str import new_str
    count = size // WCHAR_SIZE
    text = host.wstring_at(address, count) if count else ""
    end = text.find("\0")
    return new_str(text if end < 0 else text[:end])


def _wchar_array_set(address, w_value, size):
    """U_set."""
    from glass.objects.none import new_none
    from glass.objects.str import W_Str
    if not isinstance(w_value, W_Str):
        raise type_error("unicode string expected instead of %s instance"
                         % w_value.ob_type.name)
    text = w_value.value
    _check_wchar(text)
    count = size // WCHAR_SIZE
    if len(text) > count:
        raise operation_error("ValueError", "string too long (%d, maximum length %d)"
                              % (len(text), count))
    if len(text) < count:
        text += "\0"
    block = host.create_unicode_buffer(text, len(text))
    host.memmove(address, block, len(text) * WCHAR_SIZE)
    return new_none()


def _address_value(w_value):
    """PyLong_AsVoidPtr, masked as the C conversion masks."""
    return w_value.value & ((1 << (8 * host.sizeof(host.c_void_p))) - 1)


def _charp_get(address, size):
    return new_guest(host.c_char_p.from_address(address).value)


def _charp_set(address, w_value, size):
    """z_set: None, bytes (its buffer, which must be kept) or an address."""
    from glass.objects.bytes import W_Bytes
    from glass.objects.int import W_Int
    from glass.objects.none import W_None, new_none
    cell = host.c_void_p.from_address(address)
    if isinstance(w_value, W_None):
        cell.value = None
        return new_none()
    if isinstance(w_value, W_Bytes):
        cell.value = char_buffer_address(w_value)
        w_value.ob_refcnt += 1
        return w_value
    if isinstance(w_value, W_Int):
        cell.value = _address_value(w_value) or None
        return new_none()
    raise type_error("bytes or integer address expected instead of %s instance"
                     % w_value.ob_type.name)


def _wcharp_get(address, size):
    return new_guest(host.c_wchar_p.from_address(address).value)


def _wcharp_set(address, w_value, size):
    """Z_set: None, str (a wchar_t copy, which must be kept) or an address."""
    from glass.objects.int import W_Int
    from glass.objects.none import W_None, new_none
    from glass.objects.str import W_Str
    cell = host.c_void_p.from_address(address)
    if isinstance(w_value, W_None):
        cell.value = None
        return new_none()
    if isinstance(w_value, W_Int):
        cell.value = _address_value(w_value) or None
        return new_none()
    if not isinstance(w_value, W_Str):
        raise type_error("unicode string or integer address expected instead of %s instance"
                         % w_value.ob_type.name)
    _check_wchar(w_value.value)
    cell.value = wchar_buffer_address(w_value)
    w_value.ob_refcnt += 1
    return w_value


def _voidp_get(address, size):
    return new_guest(host.c_void_p.from_address(address).value)


def _voidp_set(address, w_value, size):
    from glass.objects.int import W_Int
    from glass.objects.none import W_None, new_none
    cell = host.c_void_p.from_address(address)
    if isinstance(w_value, W_None):
        cell.value = None
        return new_none()
    if not isinstance(w_value, W_Int):
        raise type_error("cannot be converted to pointer")
    cell.value = _address_value(w_value) or None
    return new_none()


def _object_get(address, size):
    """O_get: the guest object whose handle is stored."""
    handle = host.c_void_p.from_address(address).value
    w_obj = object_of_handle(handle) if handle else None
    if w_obj is None:
        if not handle:
            raise operation_error("ValueError", "PyObject is NULL")
        raise operation_error("ValueError", "PyObject is NULL")
    w_obj.ob_refcnt += 1
    return w_obj


def _object_set(address, w_value, size):
    host.c_void_p.from_address(address).value = handle_of(w_value)
    w_value.ob_refcnt += 1
    return w_value


def _make_descs():
    for code, host_type, signed in (("b", host.c_byte, True), ("B", host.c_ubyte, False),
                                    ("h", host.c_short, True), ("H", host.c_ushort, False),
                                    ("i", host.c_int, True), ("I", host.c_uint, False),
                                    ("l", host.c_long, True), ("L", host.c_ulong, False),
                                    ("q", host.c_longlong, True),
                                    ("Q", host.c_ulonglong, False)):
        desc = FieldDesc(code, host_type)
        desc.getfunc, desc.setfunc = _make_int_funcs(desc, signed, False)
        desc.getfunc_swapped, desc.setfunc_swapped = _make_int_funcs(desc, signed, True)
        FIELD_DESCS[code] = desc
    for code, host_type in (("f", host.c_float), ("d", host.c_double)):
        desc = FieldDesc(code, host_type)
        desc.getfunc, desc.setfunc = _make_float_funcs(desc, False)
        desc.getfunc_swapped, desc.setfunc_swapped = _make_float_funcs(desc, True)
        FIELD_DESCS[code] = desc
    desc = FieldDesc("g", host.c_longdouble)
    desc.getfunc, desc.setfunc = _make_float_funcs(desc, False)
    FIELD_DESCS["g"] = desc
    for code, host_type, get, put in (
            ("?", host.c_bool, _bool_get, _bool_set),
            ("v", host.c_short, _variant_bool_get, _variant_bool_set),
            ("c", host.c_char, _char_get, _char_set),
            ("u", host.c_wchar, _wchar_get, _wchar_set),
            ("s", host.c_char, _char_array_get, _char_array_set),
            ("U", host.c_wchar, _wchar_array_get, _wchar_array_set),
            ("z", host.c_char_p, _charp_get, _charp_set),
            ("Z", host.c_wchar_p, _wcharp_get, _wcharp_set),
            ("P", host.c_void_p, _voidp_get, _voidp_set),
            ("O", host.c_void_p, _object_get, _object_set)):
        desc = FieldDesc(code, host_type)
        desc.getfunc, desc.setfunc = get, put
        FIELD_DESCS[code] = desc


_make_descs()


# --- PyCSimpleType ----------------------------------------------------------------------

def _type_code(w_type):
    """The `_type_` of a new simple type, checked as PyCSimpleType_new does."""
    from glass.objects.bytes import W_Bytes
    from glass.objects.str import W_Str
    w_proto = abstract.lookup_attr_str(w_type, "_type_")
    if w_proto is None:
        raise operation_error("AttributeError", "class must define a '_type_' attribute")
    if isinstance(w_proto, W_Str):
        code = w_proto.value
    elif isinstance(w_proto, W_Bytes):
        code = bytes(w_proto.value).decode("latin-1")
    else:
        decref(w_proto)
        raise type_error("class must define a '_type_' string attribute")
    if len(code) != 1:
        decref(w_proto)
        raise operation_error("ValueError", "class must define a '_type_' attribute "
                              "which must be a string of length 1")
    if code not in SIMPLE_TYPE_CHARS:
        decref(w_proto)
        raise operation_error("AttributeError",
                              "class must define a '_type_' attribute which must be\n"
                              "a single character string containing one of '%s'."
                              % SIMPLE_TYPE_CHARS)
    if field_desc(code) is None:
        decref(w_proto)
        raise operation_error("ValueError", "_type_ '%s' not supported" % code)
    return w_proto, code


def _format_of(code, swapped):
    if code in "cbB?sXzZPOv":
        return code if code not in "cbB?" else code
    order = ">" if (swapped == LITTLE_ENDIAN) else "<"
    return order + code


def _fill_simple(w_type, w_meta=None):
    """PyCSimpleType_new after type_new: the storage info, the from_param
    of c_char_p / c_wchar_p / c_void_p, and the byte-swapped twin."""
    w_proto, code = _type_code(w_type)
    desc = field_desc(code)
    info = StgInfo()
    info.size = desc.size
    info.align = desc.align
    info.code = code
    info.w_proto = w_proto
    info.getfunc = desc.getfunc
    info.setfunc = desc.setfunc
    info.host_type = desc.host_type
    info.format = _simple_format(code, False)
    STG[w_type] = info
    if w_type.w_base is W_SimpleCData.w_type:
        if code in "zZP":
            info.flags |= TYPEFLAG_ISPOINTER
            _add_from_param(w_type, {"z": c_char_p_from_param, "Z": c_wchar_p_from_param,
                                     "P": c_void_p_from_param}[code])
        elif code in "sXO":
            info.flags |= TYPEFLAG_ISPOINTER
    return info


def _simple_format(code, swapped):
    if code in SWAPPABLE or code in "g":
        if swapped:
            return (">" if LITTLE_ENDIAN else "<") + code
        return ("<" if LITTLE_ENDIAN else ">") + code
    if code in "hHiIlLqQ?":
        return "<" + code
    return "<" + code if code not in "zZPO" else code


def _add_from_param(w_type, func):
    from glass.objects.descr import make_method_descr
    w_descr = make_method_descr(w_type, "from_param", func, "($type, value, /)",
                                "classmethod", "Convert a Python object into a function "
                                "call parameter.")
    w_type.dict["from_param"] = w_descr


def simple_meta_new(w_meta, args_w, kwnames):
    from glass.objects.typeobject import type_new
    w_type = type_new(w_meta, args_w, kwnames)
    if w_type in STG:
        return w_type
    try:
        info = _fill_simple(w_type)
        if w_meta is SimpleMeta.w_type and info.code in SWAPPABLE:
            w_swapped = _make_swapped(w_meta, args_w, kwnames, info)
            name_other = "__ctype_be__" if LITTLE_ENDIAN else "__ctype_le__"
            name_self = "__ctype_le__" if LITTLE_ENDIAN else "__ctype_be__"
            w_type.ob_refcnt += 1
            w_swapped.dict[name_self] = w_type
            w_swapped.ob_refcnt += 1
            w_swapped.dict[name_other] = w_swapped
            w_type.ob_refcnt += 1
            w_type.dict[name_self] = w_type
            w_type.dict[name_other] = w_swapped
    except OperationError:
        decref(w_type)
        raise
    return w_type


def _make_swapped(w_meta, args_w, kwnames, info):
    """CreateSwappedType: the same class, named with _be (or _le), whose
    values are stored in the other byte order."""
    from glass.objects.str import new_str
    from glass.objects.typeobject import type_new
    suffix = "_be" if LITTLE_ENDIAN else "_le"
    w_name = new_str(args_w[0].value + suffix)
    try:
        w_swapped = type_new(w_meta, [w_name] + list(args_w[1:]), kwnames)
    finally:
        decref(w_name)
    desc = field_desc(info.code)
    swapped = info.copy()
    swapped.getfunc = desc.getfunc_swapped
    swapped.setfunc = desc.setfunc_swapped
    swapped.swapped = True
    swapped.format = _simple_format(info.code, True)
    swapped.host_type = desc.host_type.__ctype_be__ if LITTLE_ENDIAN \
        else desc.host_type.__ctype_le__
    STG[w_swapped] = swapped
    return w_swapped


def simple_from_param(w_type, w_value):
    """PyCSimpleType_from_param: the value itself if an instance, else a
    CArgObject holding the converted value."""
    if _isinstance(w_value, w_type):
        w_value.ob_refcnt += 1
        return w_value
    info = STG.get(w_type)
    if info is None:
        raise type_error("abstract class")
    code = info.code
    desc = field_desc(code)
    try:
        return simple_carg(code, desc, w_value)
    except OperationError as error:
        decref(error.w_value)
    w_as = abstract.lookup_attr_str(w_value, "_as_parameter_")
    if w_as is None:
        raise type_error("wrong type")
    try:
        from glass.vm import pystate
        with pystate.recursion_guard(" while processing _as_parameter_"):
            return simple_from_param(w_type, w_as)
    finally:
        decref(w_as)


def simple_carg(code, desc, w_value):
    """A CArgObject of kind `code` holding w_value converted by the setfunc."""
    block = (host.c_char * 16)()
    address = host.addressof(block)
    w_keep = desc.setfunc(address, w_value, desc.size)
    w_arg = W_CArg(code, desc.host_type, block, address, w_keep)
    decref(w_keep)
    return w_arg


@builtin_type("_ctypes.PyCSimpleType", base=TypeType, flags=BASETYPE | HAVE_GC,
              doc="metatype for the PyCSimpleType Objects")
class SimpleMeta(W_Type):
    __slots__ = ()
    new = slot("tp_new")(simple_meta_new)

    @method("($self, value, /)", doc="Convert a Python object into a function call "
            "parameter.")
    def from_param(self, w_value):
        return simple_from_param(self, w_value)

    from_address = CDataTypeMethods.from_address
    from_buffer = CDataTypeMethods.from_buffer
    from_buffer_copy = CDataTypeMethods.from_buffer_copy
    in_dll = CDataTypeMethods.in_dll
    repeat = CDataTypeMethods.repeat


def _char_kind_from_param(w_type, w_value, code, w_string_type, string_code, recurse):
    """c_char_p / c_wchar_p .from_param: None, a (byte) string, an instance,
    an array of or pointer to the character type, a byref() of one
    character, or an _as_parameter_."""
    from glass.modules._ctypes_array import is_char_array_or_pointer
    from glass.objects.none import W_None
    if isinstance(w_value, W_None):
        w_value.ob_refcnt += 1
        return w_value
    if isinstance(w_value, w_string_type):
        return simple_carg(string_code, field_desc(string_code), w_value)
    if _isinstance(w_value, w_type):
        w_value.ob_refcnt += 1
        return w_value
    if is_char_array_or_pointer(w_value, code):
        w_value.ob_refcnt += 1
        return w_value
    if isinstance(w_value, W_CArg) and w_value.w_obj is not None:
        info = object_stg(w_value.w_obj) if isinstance(w_value.w_obj, W_CData) else None
        if info is not None and info.setfunc is field_desc(code).setfunc:
            w_value.ob_refcnt += 1
            return w_value
    w_as = abstract.lookup_attr_str(w_value, "_as_parameter_")
    if w_as is not None:
        try:
            return recurse(w_type, w_as)
        finally:
            decref(w_as)
    raise type_error("wrong type")


def c_char_p_from_param(w_type, w_value):
    from glass.objects.bytes import W_Bytes
    return _char_kind_from_param(w_type, w_value, "c", W_Bytes, "z", c_char_p_from_param)


def c_wchar_p_from_param(w_type, w_value):
    from glass.objects.str import W_Str
    return _char_kind_from_param(w_type, w_value, "u", W_Str, "Z", c_wchar_p_from_param)


def c_void_p_from_param(w_type, w_value):
    """c_void_p.from_param: None, an address, bytes, str, an instance, any
    array or pointer, a byref(), a function pointer, a c_char_p or
    c_wchar_p instance, or an _as_parameter_."""
    from glass.modules._ctypes_array import is_pointer_or_array
    from glass.modules._ctypes_base import pointer_carg, read_pointer
    from glass.modules._ctypes_call import W_CFuncPtr
    from glass.objects.bytes import W_Bytes
    from glass.objects.int import W_Int
    from glass.objects.none import W_None
    from glass.objects.str import W_Str
    if isinstance(w_value, W_None):
        w_value.ob_refcnt += 1
        return w_value
    if isinstance(w_value, W_Int):
        return simple_carg("P", field_desc("P"), w_value)
    if isinstance(w_value, W_Bytes):
        return simple_carg("z", field_desc("z"), w_value)
    if isinstance(w_value, W_Str):
        return simple_carg("Z", field_desc("Z"), w_value)
    if _isinstance(w_value, w_type):
        w_value.ob_refcnt += 1
        return w_value
    if is_pointer_or_array(w_value):
        w_value.ob_refcnt += 1
        return w_value
    if isinstance(w_value, W_CArg) and w_value.tag == "P":
        w_value.ob_refcnt += 1
        return w_value
    if isinstance(w_value, W_CFuncPtr):
        return pointer_carg(read_pointer(w_value.b_ptr), w_value)
    if isinstance(w_value, W_CData):
        info = object_stg(w_value)
        if info is not None and info.code in ("z", "Z"):
            return pointer_carg(read_pointer(w_value.b_ptr), w_value, "Z")
    w_as = abstract.lookup_attr_str(w_value, "_as_parameter_")
    if w_as is not None:
        try:
            return c_void_p_from_param(w_type, w_as)
        finally:
            decref(w_as)
    raise type_error("wrong type")


# --- _SimpleCData ---------------------------------------------------------------------

@builtin_type("_ctypes._SimpleCData", base=W_CData, flags=BASETYPE | HAVE_GC,
              doc="XXX to be provided")
class W_SimpleCData(W_CData):
    __slots__ = ()

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        return generic_new(w_type)

    @slot("tp_init")
    def init(self, args_w, kwnames):
        from glass.objects.signature import Signature
        if kwnames:
            raise type_error("%s() takes no keyword arguments" % self.ob_type.name)
        if len(args_w) > 1:
            raise type_error("function takes at most 1 argument (%d given)" % len(args_w))
        if args_w:
            W_SimpleCData.set_value(self, args_w[0])

    @getter("value", doc="current value")
    def get_value(self):
        info = object_stg(self)
        return info.getfunc(self.b_ptr, self.b_size)

    @setter("value")
    def set_value(self, w_value):
        from glass.modules._ctypes_base import keep_ref
        if w_value is None:
            raise type_error("can't delete attribute")
        info = object_stg(self)
        w_keep = info.setfunc(self.b_ptr, w_value, info.size)
        keep_ref(self, 0, w_keep)

    @slot("tp_repr")
    def repr(self):
        from glass.objects.str import new_str
        if self.ob_type.w_base is not W_SimpleCData.w_type:
            return new_str("<%s object at %#x>" % (self.ob_type.name, id(self)))
        w_value = W_SimpleCData.get_value(self)
        try:
            text = abstract.repr_text(w_value)
        finally:
            decref(w_value)
        return new_str("%s(%s)" % (self.ob_type.name, text))

    @slot("nb_bool")
    def bool(self):
        return any(read_bytes(self.b_ptr, self.b_size))

    @method("($self, /)")
    def __ctypes_from_outparam__(self):
        w_type = self.ob_type
        if w_type.w_base is W_SimpleCData.w_type:
            return W_SimpleCData.get_value(self)
        self.ob_refcnt += 1
        return self
