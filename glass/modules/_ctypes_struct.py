"""_ctypes: Structure, Union, their metatypes, and the field descriptors.

Counterpart: the PyCStructType / UnionType / Struct_Type parts of
Modules/_ctypes/_ctypes.c, PyCStructUnionType_update_stgdict and
MakeAnonFields in Modules/_ctypes/stgdict.c, and PyCField in
Modules/_ctypes/cfield.c.

Assigning `_fields_` lays the structure out as CPython (and the C compiler
of this platform) does: each field aligned to its type's alignment (at most
`_pack_`), integer bit fields packed into units of their type's size, the
total size rounded up to the largest alignment.  A field is a CField
descriptor in the class dict.
"""
from __future__ import annotations

import ctypes as host
import sys

from glass.modules._ctypes_base import (DICTFLAG_FINAL, STG, TYPEFLAG_HASBITFIELD,
                                        TYPEFLAG_HASPOINTER, TYPEFLAG_HASUNION,
                                        TYPEFLAG_ISPOINTER, CDataTypeMethods, StgInfo,
                                        W_CData, cdata_get, cdata_set, generic_new)
from glass.objects import abstract
from glass.objects.exceptions import OperationError, operation_error, type_error
from glass.objects.object import W_Object, decref
from glass.objects.type import (BASETYPE, HAVE_GC, W_Type, builtin_type, getter, method,
                                slot)
from glass.objects.typeobject import TypeType

BIG_ENDIAN_HOST = sys.byteorder == "big"
BITFIELD_CODES = "bBhHiIlLqQ?"


# --- CField -----------------------------------------------------------------------

@builtin_type("_ctypes.CField", flags=HAVE_GC, doc="Structure/Union member")
class W_CField(W_Object):
    __slots__ = ("offset", "size", "index", "w_proto", "getfunc", "setfunc", "anonymous")

    def __init__(self):
        W_Object.__init__(self, W_CField.w_type)
        self.offset = 0
        self.size = 0               # bytes, or (bits << 16) | first bit
        self.index = 0
        self.w_proto = None
        self.getfunc = None
        self.setfunc = None
        self.anonymous = False

    @slot("tp_traverse")
    def traverse(self, visit):
        if self.w_proto is not None:
            visit(self.w_proto)

    @slot("tp_dealloc")
    def dealloc(self):
        w_proto, self.w_proto = self.w_proto, None
        if w_proto is not None:
            decref(w_proto)

    @slot("tp_descr_get")
    def descr_get(self, w_obj, w_type):
        from glass.objects.none import W_None
        if w_obj is None or isinstance(w_obj, W_None):
            self.ob_refcnt += 1
            return self
        if not isinstance(w_obj, W_CData):
            raise type_error("not a ctype instance")
        return cdata_get(self.w_proto, self.getfunc, w_obj, self.index, self.size,
                         w_obj.b_ptr + self.offset)

    @slot("tp_descr_set")
    def descr_set(self, w_obj, w_value):
        if not isinstance(w_obj, W_CData):
            raise type_error("not a ctype instance")
        if w_value is None:
            raise type_error("can't delete attribute")
        cdata_set(w_obj, self.w_proto, self.setfunc, w_value, self.index, self.size,
                  w_obj.b_ptr + self.offset)

    @slot("tp_repr")
    def repr(self):
        from glass.objects.str import new_str
        bits = self.size >> 16
        name = self.w_proto.name
        if bits:
            text = "<Field type=%s, ofs=%d:%d, bits=%d>" % (name, self.offset,
                                                           self.size & 0xffff, bits)
        else:
            text = "<Field type=%s, ofs=%d, size=%d>" % (name, self.offset, self.size)
        return new_str(text)

    @getter("offset", doc="offset in bytes of this field")
    def get_offset(self):
        from glass.objects.int import new_int
        return new_int(self.offset)

    @getter("size", doc="size in bytes of this field")
    def get_size(self):
        from glass.objects.int import new_int
        return new_int(self.size)


NEW_BITFIELD, CONT_BITFIELD, EXPAND_BITFIELD, NO_BITFIELD = range(4)


class Layout:
    """The running state of a structure's layout (PyCField_FromDesc's
    in-out arguments)."""
    __slots__ = ("field_size", "bitofs", "size", "offset", "align")

    def __init__(self, size, align):
        self.field_size = 0
        self.bitofs = 0
        self.size = size
        self.offset = size
        self.align = align


def field_from_desc(w_desc, index, bitsize, layout, pack, big_endian):
    """PyCField_FromDesc: the descriptor of the next field, advancing the layout."""
    from glass.modules._ctypes_simple import field_desc
    info = STG[w_desc]
    field = W_CField()
    dsize = info.size
    if bitsize and layout.field_size and dsize * 8 <= layout.field_size and \
            layout.bitofs + bitsize <= layout.field_size:
        kind = CONT_BITFIELD
    elif bitsize and layout.field_size and dsize * 8 >= layout.field_size and \
            layout.bitofs + bitsize <= dsize * 8:
        kind = EXPAND_BITFIELD
    elif bitsize:
        kind = NEW_BITFIELD
        layout.bitofs = 0
        layout.field_size = dsize * 8
    else:
        kind = NO_BITFIELD
        layout.bitofs = 0
        layout.field_size = 0
    getfunc = setfunc = None
    from glass.modules._ctypes_array import ArrayMeta
    if w_desc.ob_type.is_subtype(ArrayMeta.w_type) and info.w_proto is not None:
        item_info = STG.get(info.w_proto)
        if item_info is not None and item_info.getfunc is field_desc("c").getfunc:
            getfunc, setfunc = field_desc("s").getfunc, field_desc("s").setfunc
        elif item_info is not None and item_info.getfunc is field_desc("u").getfunc:
            getfunc, setfunc = field_desc("U").getfunc, field_desc("U").setfunc
    field.index = index
    w_desc.ob_refcnt += 1
    field.w_proto = w_desc

    def bit_size():
        if big_endian:
            return (bitsize << 16) + layout.field_size - layout.bitofs - bitsize
        return (bitsize << 16) + layout.bitofs

    if kind in (NEW_BITFIELD, NO_BITFIELD):
        if kind == NEW_BITFIELD:
            field.size = bit_size()
            layout.bitofs = bitsize
        align = min(pack, info.align) if pack else info.align
        if align and layout.offset % align:
            delta = align - layout.offset % align
            layout.size += delta
            layout.offset += delta
        if not bitsize:
            field.size = dsize
        field.offset = layout.offset
        layout.offset += dsize
        layout.size += dsize
        layout.align = align
    elif kind == EXPAND_BITFIELD:
        grow = dsize - layout.field_size // 8
        layout.offset += grow
        layout.size += grow
        layout.field_size = dsize * 8
        field.size = bit_size()
        field.offset = layout.offset - dsize
        layout.bitofs += bitsize
    else:
        field.size = bit_size()
        field.offset = layout.offset - dsize
        layout.bitofs += bitsize
    if bitsize:
        # Bit fields use the getfunc of their integer type with the bit size.
        getfunc = (info.getfunc if not big_endian or info.swapped or True
                   else info.getfunc)
        field.getfunc = _bitfield_func(info, big_endian, True)
        field.setfunc = _bitfield_func(info, big_endian, False)
    else:
        field.getfunc = getfunc
        field.setfunc = setfunc
    return field


def _bitfield_func(info, big_endian, get):
    """The get or set function a bit field of an integer type uses: the
    plain one, or the byte-swapped one in a structure of the other order."""
    from glass.modules._ctypes_simple import field_desc
    desc = field_desc(info.code)
    other_order = big_endian != BIG_ENDIAN_HOST
    if other_order and desc.getfunc_swapped is not None:
        return desc.getfunc_swapped if get else desc.setfunc_swapped
    return info.getfunc if get else info.setfunc


def _parse_field(w_pair):
    """PyArg_ParseTuple(pair, "UO|i"): (name, type, bits or 0)."""
    from glass.objects.str import W_Str
    from glass.objects.tuple import W_Tuple
    error = "'_fields_' must be a sequence of (name, C type) pairs"
    if not isinstance(w_pair, W_Tuple) or not 2 <= len(w_pair.items) <= 3:
        raise type_error(error)
    w_name, w_desc = w_pair.items[0], w_pair.items[1]
    if not isinstance(w_name, W_Str):
        raise type_error(error)
    bits = 0
    if len(w_pair.items) == 3:
        from glass.objects.int import W_Int
        w_bits = w_pair.items[2]
        if not isinstance(w_bits, W_Int) and w_bits.ob_type.nb_index is None:
            raise type_error(error)
        from glass.objects.stringlib import index_value
        bits = index_value(w_bits)
    return w_name, w_desc, bits, len(w_pair.items) == 3


def update_fields(w_type, w_fields, is_struct):
    """PyCStructUnionType_update_stgdict: lay out the fields, make their
    descriptors, then the anonymous fields' ones."""
    from glass.modules._ctypes_array import ArrayMeta
    w_swapped = abstract.lookup_attr_str(w_type, "_swappedbytes_")
    if w_swapped is not None:
        decref(w_swapped)
        big_endian = not BIG_ENDIAN_HOST
    else:
        big_endian = BIG_ENDIAN_HOST
    pack = 0
    w_pack = abstract.lookup_attr_str(w_type, "_pack_")
    if w_pack is not None:
        try:
            from glass.objects.int import W_Int
            if isinstance(w_pack, W_Int) or w_pack.ob_type.nb_index is not None:
                from glass.objects.stringlib import index_value
                try:
                    pack = index_value(w_pack)
                except OperationError as error:
                    decref(error.w_value)
                    pack = -1
                if pack > 0x7fffffff:
                    pack = -1
            else:
                pack = -1
        finally:
            decref(w_pack)
        if pack < 0:
            raise operation_error("ValueError", "_pack_ must be a non-negative integer")
    try:
        length = abstract.length(w_fields) if w_fields.ob_type.sq_length is not None \
            else None
    except OperationError:
        raise
    if length is None:
        raise type_error("'_fields_' must be a sequence of pairs")
    info = STG.get(w_type)
    if info is None:
        raise type_error("ctypes state is not initialized")
    if info.flags & DICTFLAG_FINAL:
        raise operation_error("AttributeError", "_fields_ is final")
    base_info = STG.get(w_type.w_base)
    if base_info is not None:
        info.flags |= base_info.flags & (TYPEFLAG_HASUNION | TYPEFLAG_HASBITFIELD)
    if not is_struct:
        info.flags |= TYPEFLAG_HASUNION
    if base_info is not None:
        layout = Layout(base_info.size, base_info.align)
        total_align = base_info.align or 1
        fields = list(base_info.fields or ())
    else:
        layout = Layout(0, 0)
        total_align = 1
        fields = []
    union_size = 0
    own_fields = []
    for index in range(length):
        from glass.objects.int import new_int
        w_index = new_int(index)
        try:
            w_pair = abstract.getitem(w_fields, w_index)
        finally:
            decref(w_index)
        try:
            w_name, w_desc, bits, has_bits = _parse_field(w_pair)
            field_info = STG.get(w_desc) if isinstance(w_desc, W_Type) else None
            if field_info is None:
                raise type_error("second item in _fields_ tuple (index %d) must be a C type"
                                 % index)
            if field_info.flags & (TYPEFLAG_ISPOINTER | TYPEFLAG_HASPOINTER):
                info.flags |= TYPEFLAG_HASPOINTER
            info.flags |= field_info.flags & (TYPEFLAG_HASUNION | TYPEFLAG_HASBITFIELD)
            if not is_struct:
                info.flags |= TYPEFLAG_HASUNION
            field_info.flags |= DICTFLAG_FINAL
            if has_bits:
                info.flags |= TYPEFLAG_HASBITFIELD
                is_array = w_desc.ob_type.is_subtype(ArrayMeta.w_type)
                if is_array or field_info.code is None or \
                        field_info.code not in BITFIELD_CODES or \
                        not _is_simple_type(w_desc):
                    raise type_error("bit fields not allowed for type %s" % w_desc.name)
                if bits <= 0 or bits > field_info.size * 8:
                    raise operation_error("ValueError", "number of bits invalid for bit field")
            else:
                bits = 0
            if is_struct:
                w_field = field_from_desc(w_desc, index, bits, layout, pack, big_endian)
            else:
                layout.size = layout.offset = 0
                layout.align = 0
                w_field = field_from_desc(w_desc, index, bits, layout, pack, big_endian)
                union_size = max(layout.size, union_size)
            total_align = max(layout.align, total_align)
            try:
                abstract.setattr(w_type, w_name, w_field)
            finally:
                own_fields.append((w_name.value, w_desc, w_field.offset, w_field.size))
                decref(w_field)
        finally:
            decref(w_pair)
    size = layout.size if is_struct else union_size
    size = (size + total_align - 1) // total_align * total_align
    info.size = size
    info.align = total_align
    info.length = length
    info.fields = fields + own_fields
    info.host_type = None
    if info.flags & DICTFLAG_FINAL:
        raise operation_error("AttributeError", "Structure or union cannot contain itself")
    info.flags |= DICTFLAG_FINAL
    make_anonymous_fields(w_type)


def _is_simple_type(w_type):
    from glass.modules._ctypes_simple import SimpleMeta
    return w_type.ob_type.is_subtype(SimpleMeta.w_type)


def make_anonymous_fields(w_type):
    """MakeAnonFields: the fields of each `_anonymous_` field as fields of
    the type itself."""
    w_anon = abstract.lookup_attr_str(w_type, "_anonymous_")
    if w_anon is None:
        return
    try:
        items_w = _fast_sequence(w_anon, "_anonymous_ must be a sequence")
    finally:
        decref(w_anon)
    try:
        for w_name in items_w:
            w_descr = abstract.getattr(w_type, w_name)
            try:
                if w_descr.ob_type is not W_CField.w_type:
                    raise operation_error(
                        "AttributeError", "'%s' is specified in _anonymous_ but not in "
                        "_fields_" % abstract.str_text(w_name))
                w_descr.anonymous = True
                _make_fields(w_type, w_descr, w_descr.index, w_descr.offset)
            finally:
                decref(w_descr)
    finally:
        for w_item in items_w:
            decref(w_item)


def _fast_sequence(w_obj, message):
    from glass.objects.list import W_List
    from glass.objects.tuple import W_Tuple
    if isinstance(w_obj, (W_List, W_Tuple)):
        items = list(w_obj.items)
        for w_item in items:
            w_item.ob_refcnt += 1
        return items
    try:
        return list(abstract.iterate(w_obj))
    except OperationError as error:
        if error.match_name("TypeError") if hasattr(error, "match_name") else True:
            decref(error.w_value)
            raise type_error(message)
        raise


def _make_fields(w_type, w_descr, index, offset):
    """MakeFields."""
    w_fields = abstract.getattr_str(w_descr.w_proto, "_fields_")
    try:
        pairs_w = _fast_sequence(w_fields, "_fields_ must be a sequence")
    finally:
        decref(w_fields)
    try:
        for w_pair in pairs_w:
            from glass.objects.tuple import W_Tuple
            if not isinstance(w_pair, W_Tuple) or not 2 <= len(w_pair.items) <= 3:
                raise type_error("_fields_ must be a sequence of pairs")
            w_fname = w_pair.items[0]
            w_fdescr = abstract.getattr(w_descr.w_proto, w_fname)
            try:
                if w_fdescr.ob_type is not W_CField.w_type:
                    raise type_error("unexpected type")
                if w_fdescr.anonymous:
                    _make_fields(w_type, w_fdescr, index + w_fdescr.index,
                                 offset + w_fdescr.offset)
                    continue
                w_new = W_CField()
                w_new.size = w_fdescr.size
                w_new.offset = w_fdescr.offset + offset
                w_new.index = index + w_fdescr.index
                w_fdescr.w_proto.ob_refcnt += 1
                w_new.w_proto = w_fdescr.w_proto
                w_new.getfunc = w_fdescr.getfunc
                w_new.setfunc = w_fdescr.setfunc
                try:
                    abstract.setattr(w_type, w_fname, w_new)
                finally:
                    decref(w_new)
            finally:
                decref(w_fdescr)
    finally:
        for w_pair in pairs_w:
            decref(w_pair)


# --- The metatypes --------------------------------------------------------------------

def _struct_union_new(w_meta, args_w, kwnames, is_struct):
    """StructUnionType_new."""
    from glass.objects.typeobject import type_new
    w_type = type_new(w_meta, args_w, kwnames)
    if w_type in STG:
        return w_type
    try:
        if "_abstract_" in w_type.dict:
            return w_type
        info = StgInfo()
        info.format = "B"
        info.fields = []
        STG[w_type] = info
        w_fields = w_type.dict.get("_fields_")
        if w_fields is not None:
            from glass.objects.str import intern
            w_name = intern("_fields_")
            try:
                abstract.setattr(w_type, w_name, w_fields)
            finally:
                w_name.ob_refcnt -= 1
            return w_type
        base_info = STG.get(w_type.w_base)
        if base_info is None:
            return w_type
        copied = base_info.copy()
        copied.flags &= ~DICTFLAG_FINAL
        STG[w_type] = copied
        base_info.flags |= DICTFLAG_FINAL
        return w_type
    except OperationError:
        decref(w_type)
        raise


def _struct_setattro(w_type, w_name, w_value, is_struct):
    from glass.objects.str import W_Str
    from glass.objects.typeobject import TypeType as _TypeType
    _TypeType.setattro(w_type, w_name, w_value)
    if w_value is not None and isinstance(w_name, W_Str) and w_name.value == "_fields_":
        update_fields(w_type, w_value, is_struct)


@builtin_type("_ctypes.PyCStructType", base=TypeType, flags=BASETYPE | HAVE_GC,
              doc="metatype for the CData Objects")
class StructMeta(W_Type):
    __slots__ = ()

    @slot("tp_new")
    def new(w_meta, args_w, kwnames):
        return _struct_union_new(w_meta, args_w, kwnames, True)

    @slot("tp_setattro")
    def setattro(self, w_name, w_value):
        _struct_setattro(self, w_name, w_value, True)

    from_param = CDataTypeMethods.from_param
    from_address = CDataTypeMethods.from_address
    from_buffer = CDataTypeMethods.from_buffer
    from_buffer_copy = CDataTypeMethods.from_buffer_copy
    in_dll = CDataTypeMethods.in_dll
    repeat = CDataTypeMethods.repeat


@builtin_type("_ctypes.UnionType", base=TypeType, flags=BASETYPE | HAVE_GC,
              doc="metatype for the CData Objects")
class UnionMeta(W_Type):
    __slots__ = ()

    @slot("tp_new")
    def new(w_meta, args_w, kwnames):
        return _struct_union_new(w_meta, args_w, kwnames, False)

    @slot("tp_setattro")
    def setattro(self, w_name, w_value):
        _struct_setattro(self, w_name, w_value, False)

    from_param = CDataTypeMethods.from_param
    from_address = CDataTypeMethods.from_address
    from_buffer = CDataTypeMethods.from_buffer
    from_buffer_copy = CDataTypeMethods.from_buffer_copy
    in_dll = CDataTypeMethods.in_dll
    repeat = CDataTypeMethods.repeat


# --- Structure and Union ------------------------------------------------------------------

def _init_positional(w_obj, w_type, args_w, keywords, index):
    """_init_pos_args: the positional values go to the fields in order,
    the base classes' fields first."""
    from glass.objects.str import W_Str
    w_base = w_type.w_base
    if STG.get(w_base) is not None:
        index = _init_positional(w_obj, w_base, args_w, keywords, index)
    w_fields = w_type.dict.get("_fields_")
    if w_fields is None:
        return index
    count = abstract.length(w_fields)
    for i in range(min(count, len(args_w) - index)):
        from glass.objects.int import new_int
        w_i = new_int(i)
        try:
            w_pair = abstract.getitem(w_fields, w_i)
        finally:
            decref(w_i)
        try:
            w_name = w_pair.items[0] if hasattr(w_pair, "items") else None
            if w_name is None:
                raise type_error("'_fields_' must be a sequence of (name, C type) pairs")
            if isinstance(w_name, W_Str) and w_name.value in keywords:
                raise type_error("duplicate values for field %s" % abstract.repr_text(w_name))
            abstract.setattr(w_obj, w_name, args_w[index + i])
        finally:
            decref(w_pair)
    return index + count


def struct_init(self, args_w, kwnames):
    """Struct_init."""
    from glass.objects.str import new_str
    nkw = len(kwnames) if kwnames else 0
    positional = args_w[:len(args_w) - nkw]
    keywords = dict(zip(kwnames or (), args_w[len(args_w) - nkw:]))
    if positional:
        done = _init_positional(self, self.ob_type, positional, keywords, 0)
        if done < len(positional):
            raise type_error("too many initializers")
    for name, w_value in keywords.items():
        w_name = new_str(name)
        try:
            abstract.setattr(self, w_name, w_value)
        finally:
            decref(w_name)


@builtin_type("_ctypes.Structure", base=W_CData, flags=BASETYPE | HAVE_GC,
              doc="Structure base class")
class W_Structure(W_CData):
    __slots__ = ()

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        return generic_new(w_type)

    init = slot("tp_init")(struct_init)


@builtin_type("_ctypes.Union", base=W_CData, flags=BASETYPE | HAVE_GC,
              doc="Union base class")
class W_Union(W_CData):
    __slots__ = ()

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        return generic_new(w_type)

    init = slot("tp_init")(struct_init)


# --- A host type of the same layout, for passing by value -----------------------------------

def struct_host_type(w_type):
    """A host ctypes Structure (or Union) with the layout of guest type
    w_type, built from its fields' host types, with explicit padding."""
    info = STG[w_type]
    if info.host_type is not None:
        return info.host_type
    is_union = w_type.ob_type.is_subtype(UnionMeta.w_type)
    host_fields = []
    position = 0
    seen = set()
    for name, w_desc, offset, size in info.fields or ():
        if offset in seen and not is_union:
            continue
        bits = size >> 16
        item = host_type_of(w_desc)
        if is_union:
            host_fields.append(("f%d" % len(host_fields), item))
            continue
        if bits:
            if offset in seen:
                continue
            seen.add(offset)
        if offset > position:
            host_fields.append(("_pad%d" % len(host_fields), host.c_char * (offset - position)))
            position = offset
        if offset < position:
            continue
        host_fields.append(("f%d" % len(host_fields), item))
        position = offset + host.sizeof(item)
        seen.add(offset)
    base = host.Union if is_union else host.Structure
    namespace = {"_fields_": host_fields, "_pack_": 1}
    if is_union:
        namespace = {"_fields_": host_fields}
    host_type = type(str(w_type.name), (base,), namespace)
    if host.sizeof(host_type) < info.size:
        host_fields.append(("_tail", host.c_char * (info.size - host.sizeof(host_type))))
        host_type = type(str(w_type.name), (base,), dict(namespace, _fields_=host_fields))
    info.host_type = host_type
    return host_type


def host_type_of(w_type):
    """The host ctypes type with the layout of guest C type w_type."""
    from glass.modules._ctypes_array import ArrayMeta
    info = STG[w_type]
    if w_type.ob_type.is_subtype(StructMeta.w_type) or \
            w_type.ob_type.is_subtype(UnionMeta.w_type):
        return struct_host_type(w_type)
    if w_type.ob_type.is_subtype(ArrayMeta.w_type):
        return host_type_of(info.w_proto) * info.length
    if info.host_type is not None:
        return info.host_type
    return host.c_void_p
