"""_ctypes, the common ground: memory, storage info, _CData, keep-alive.

Counterpart: Modules/_ctypes/_ctypes.c (PyCData_Type, the CDataType
methods, KeepRef), Modules/_ctypes/stgdict.c (StgDictObject) and
Modules/_ctypes/ctypes.h.

Every guest ctypes instance owns, or points into, a block of real memory:
the host's ctypes allocates it (a host char array) and reads and writes it
(string_at, memmove, a host simple type at an address), so addresses the
guest sees are real ones a C function can use.  Nothing of the host reaches
the guest: the blocks stay in this file's W_CData objects.

CPython keeps a C type's storage info (size, alignment, item type, the
get/set functions) in an StgDict, the type's own dict.  A Glass type's dict
holds guest objects only, so the info lives beside it, in STG (a guest type
-> its StgInfo).
"""
from __future__ import annotations

import ctypes as host

from glass.objects import abstract
from glass.objects.exceptions import OperationError, operation_error, type_error
from glass.objects.object import W_Object, decref, xdecref
from glass.objects.type import BASETYPE, HAVE_GC, W_Type, builtin_type, getter, method, slot
from glass.vm.audit import audit, should_audit

POINTER_SIZE = host.sizeof(host.c_void_p)

# StgDict flags (ctypes.h)
TYPEFLAG_ISPOINTER = 0x100
TYPEFLAG_HASPOINTER = 0x200
TYPEFLAG_HASUNION = 0x400
TYPEFLAG_HASBITFIELD = 0x800
DICTFLAG_FINAL = 0x1000

FUNCFLAG_STDCALL = 0x0
FUNCFLAG_CDECL = 0x1
FUNCFLAG_HRESULT = 0x2
FUNCFLAG_PYTHONAPI = 0x4
FUNCFLAG_USE_ERRNO = 0x8
FUNCFLAG_USE_LASTERROR = 0x10


# --- Real memory ---------------------------------------------------------------------

def allocate(size):
    """A zeroed block of at least `size` bytes: (host owner, address)."""
    block = (host.c_char * max(size, 1))()
    return block, host.addressof(block)


def read_bytes(address, size):
    if size <= 0:
        return b""
    return host.string_at(address, size)


def write_bytes(address, data):
    if data:
        host.memmove(address, bytes(data), len(data))


def copy_memory(destination, source, size):
    if size > 0:
        host.memmove(destination, source, size)


def read_pointer(address):
    return host.c_void_p.from_address(address).value or 0


def write_pointer(address, value):
    host.c_void_p.from_address(address).value = value or None


# --- Guest objects stored in memory: py_object -------------------------------------------
# Memory holds a handle for a guest object: its id.  The table keeps the host
# object alive (so an id is never reused); guest references are kept by the
# ctypes objects' _objects as in CPython.

_HANDLES = {}


def handle_of(w_obj):
    handle = id(w_obj)
    _HANDLES[handle] = w_obj
    if len(_HANDLES) > 4096:
        _prune(_HANDLES)
    return handle


def object_of_handle(handle):
    """The guest object of a handle (borrowed), or None."""
    return _HANDLES.get(handle)


def _prune(table):
    """Forget the entries whose guest object was deallocated."""
    for key in [key for key, value in table.items()
                if (value[0] if isinstance(value, tuple) else value).ob_refcnt <= 0]:
        del table[key]


# The C copies of guest bytes and str objects given as char* / wchar_t*:
# one per guest object, alive as long as the guest object is.
_C_STRINGS = {}


def char_buffer_address(w_bytes):
    """The address of a NUL-terminated C copy of guest bytes w_bytes."""
    key = id(w_bytes)
    entry = _C_STRINGS.get(key)
    if entry is None or entry[0] is not w_bytes:
        if len(_C_STRINGS) > 1024:
            _prune(_C_STRINGS)
        data = bytes(w_bytes.value)
        block = host.create_string_buffer(data, len(data) + 1)
        entry = _C_STRINGS[key] = (w_bytes, block)
    return host.addressof(entry[1])


def wchar_buffer_address(w_str):
    key = id(w_str)
    entry = _C_STRINGS.get(key)
    if entry is None or entry[0] is not w_str:
        if len(_C_STRINGS) > 1024:
            _prune(_C_STRINGS)
        block = host.create_unicode_buffer(w_str.value, len(w_str.value) + 1)
        entry = _C_STRINGS[key] = (w_str, block)
    return host.addressof(entry[1])


# --- Storage info ---------------------------------------------------------------------

class StgInfo:
    """What a C type knows about its instances.  Counterpart: StgDictObject."""
    __slots__ = ("size", "align", "length", "w_proto", "getfunc", "setfunc", "code",
                 "flags", "fields", "w_argtypes", "converters_w", "w_restype",
                 "w_checker", "swapped", "format", "ndim", "shape", "host_type",
                 "w_fields")

    def __init__(self):
        self.size = 0
        self.align = 0
        self.length = 0
        self.w_proto = None       # the item type (arrays, pointers) or _type_ (simple)
        self.getfunc = None       # getfunc(address, size) -> new guest value
        self.setfunc = None       # setfunc(address, w_value, size) -> keep (new ref)
        self.code = None          # a simple type's format character
        self.flags = 0
        self.fields = None        # a structure's CFields, in order
        self.w_argtypes = None    # function pointer types
        self.converters_w = None
        self.w_restype = None
        self.w_checker = None
        self.swapped = False
        self.format = None
        self.ndim = 0
        self.shape = ()
        self.host_type = None     # the host ctypes type of the same layout (calls)
        self.w_fields = None

    def copy(self):
        other = StgInfo()
        for name in StgInfo.__slots__:
            setattr(other, name, getattr(self, name))
        if other.w_proto is not None:
            other.w_proto.ob_refcnt += 1
        other.flags &= ~DICTFLAG_FINAL
        return other


STG = {}          # guest type -> StgInfo


def type_stg(w_type):
    """PyType_stgdict: the storage info of a C type, or None."""
    return STG.get(w_type)


def object_stg(w_obj):
    """PyObject_stgdict: the storage info of a C instance's type."""
    return STG.get(w_obj.ob_type)


def stg_or_error(w_type):
    info = STG.get(w_type)
    if info is None:
        raise type_error("abstract class")
    return info


# --- _CData -------------------------------------------------------------------------

def _ctypes_state():
    from glass.modules import _ctypes
    return _ctypes


@builtin_type("_ctypes._CData", flags=HAVE_GC, doc="XXX to be provided")
class W_CData(W_Object):
    """A C data instance.  Counterpart: CDataObject."""
    __slots__ = ("b_ptr", "b_mem", "w_base", "b_index", "b_size", "b_length",
                 "w_objects", "b_needsfree", "weakrefs")

    def init_cdata(self):
        self.b_ptr = 0
        self.b_mem = None
        self.w_base = None
        self.b_index = 0
        self.b_size = 0
        self.b_length = 0
        self.w_objects = None
        self.b_needsfree = False
        self.weakrefs = None

    def getbuffer(self):
        """bf_getbuffer: a live, writable view of the object's memory."""
        return memory_view(self.b_ptr, self.b_size, self.ob_type)

    @slot("tp_traverse")
    def traverse(self, visit):
        if self.w_base is not None:
            visit(self.w_base)
        if self.w_objects is not None:
            visit(self.w_objects)

    @slot("tp_clear")
    def clear(self):
        w_base, self.w_base = self.w_base, None
        w_objects, self.w_objects = self.w_objects, None
        xdecref(w_base)
        xdecref(w_objects)

    @slot("tp_dealloc")
    def dealloc(self):
        from glass.objects.weakrefobject import clear_weakrefs_if_any
        clear_weakrefs_if_any(self)
        W_CData.clear(self)
        self.b_mem = None

    @slot("tp_hash")
    def hash(self):
        raise type_error("unhashable type: '%s'" % self.ob_type.name)

    @method("($self, /)")
    def __ctypes_from_outparam__(self):
        self.ob_refcnt += 1
        return self

    @method("($self, /)")
    def __reduce__(self):
        from glass.objects.bytes import new_bytes
        from glass.objects.tuple import new_tuple_owned
        info = object_stg(self)
        if info.flags & (TYPEFLAG_ISPOINTER | TYPEFLAG_HASPOINTER):
            raise operation_error("ValueError",
                                  "ctypes objects containing pointers cannot be pickled")
        w_dict = abstract.getattr_str(self, "__dict__")
        w_data = new_bytes(read_bytes(self.b_ptr, self.b_size))
        w_state = new_tuple_owned([w_dict, w_data])
        self.ob_type.ob_refcnt += 1
        w_args = new_tuple_owned([self.ob_type, w_state])
        w_unpickle = _ctypes_state().STATE.w_unpickle
        w_unpickle.ob_refcnt += 1
        return new_tuple_owned([w_unpickle, w_args])

    @method("($self, dict, data, /)")
    def __setstate__(self, w_dict, w_data):
        from glass.objects.bytes import W_Bytes
        from glass.objects.dict import W_Dict
        if not isinstance(w_dict, W_Dict):
            raise type_error("__setstate__() argument 1 must be dict, not %s"
                             % w_dict.ob_type.name)
        if not isinstance(w_data, W_Bytes):
            raise type_error("__setstate__() argument 2 must be bytes, not %s"
                             % w_data.ob_type.name)
        data = bytes(w_data.value)
        length = min(len(data), self.b_size)
        write_bytes(self.b_ptr, data[:length])
        w_mydict = abstract.getattr_str(self, "__dict__")
        try:
            w_res = abstract.call_method(w_mydict, "update", [w_dict])
            decref(w_res)
        finally:
            decref(w_mydict)

    @getter("_b_base_", member=True, doc="the base object")
    def get_b_base(self):
        from glass.objects.none import new_none
        if self.w_base is None:
            return new_none()
        self.w_base.ob_refcnt += 1
        return self.w_base

    @getter("_b_needsfree_", member=True, doc="whether the object owns the memory or not")
    def get_b_needsfree(self):
        from glass.objects.int import new_int
        return new_int(1 if self.b_needsfree else 0)

    @getter("_objects", member=True, doc="internal objects tree (NEVER CHANGE THIS OBJECT!)")
    def get_objects(self):
        from glass.objects.none import new_none
        if self.w_objects is None:
            return new_none()
        self.w_objects.ob_refcnt += 1
        return self.w_objects


def new_cdata(w_type):
    """Allocate an instance of a C type, its fields empty (tp_alloc)."""
    host_class = w_type.host_class
    if w_type.typedef is not None and host_class is not None and \
            host_class.w_type is w_type:
        w_obj = host_class.__new__(host_class)
        W_Object.__init__(w_obj, w_type)
    else:
        from glass.objects.typeobject import _new_instance
        w_obj = _new_instance(w_type)
    w_obj.init_cdata()
    return w_obj


def counted(w_obj):
    """An instance made here rather than by a call of its class: it owns a
    reference to its class (tp_alloc's Py_INCREF(type) for heap types),
    which type_call and __new__ take for the instances tp_new makes."""
    from glass.objects.type import HEAPTYPE
    from glass.objects.typeobject import took_type_reference
    if w_obj.ob_type.flags & HEAPTYPE:
        took_type_reference(w_obj, w_obj.ob_type)
    return w_obj


def generic_new(w_type, internal=False):
    """GenericPyCData_new: a zeroed instance owning its memory (`internal`:
    not made by tp_new for a call of the class)."""
    info = STG.get(w_type)
    if info is None:
        raise type_error("abstract class")
    info.flags |= DICTFLAG_FINAL
    w_obj = new_cdata(w_type)
    if internal:
        counted(w_obj)
    w_obj.b_mem, w_obj.b_ptr = allocate(info.size)
    w_obj.b_size = info.size
    w_obj.b_length = info.length
    w_obj.b_needsfree = True
    return w_obj


def from_base(w_type, w_base, index, address):
    """PyCData_FromBaseObj: an instance of w_type over memory at `address`:
    inside w_base's memory when w_base is given, else a copy."""
    info = stg_or_error(w_type)
    info.flags |= DICTFLAG_FINAL
    w_obj = counted(new_cdata(w_type))
    w_obj.b_size = info.size
    w_obj.b_length = info.length
    if w_base is not None:
        w_obj.b_ptr = address
        w_base.ob_refcnt += 1
        w_obj.w_base = w_base
    else:
        w_obj.b_mem, w_obj.b_ptr = allocate(info.size)
        w_obj.b_needsfree = True
        copy_memory(w_obj.b_ptr, address, info.size)
    w_obj.b_index = index
    return w_obj


def at_address(w_type, address):
    """PyCData_AtAddress: an instance over memory it does not own (the
    audit hooks hear "ctypes.cdata" first)."""
    audit("ctypes.cdata", address)
    info = STG.get(w_type)
    if info is None:
        raise type_error("abstract class")
    info.flags |= DICTFLAG_FINAL
    w_obj = counted(new_cdata(w_type))
    w_obj.b_ptr = address
    w_obj.b_size = info.size
    w_obj.b_length = info.length
    return w_obj


def is_cdata(w_obj):
    return isinstance(w_obj, W_CData)


# --- Keeping objects alive: b_objects ----------------------------------------------------

def container(w_cdata):
    """PyCData_GetContainer: the root object, its b_objects made."""
    while w_cdata.w_base is not None:
        w_cdata = w_cdata.w_base
    if w_cdata.w_objects is None:
        if w_cdata.b_length:
            from glass.objects.dict import W_Dict
            w_cdata.w_objects = W_Dict()
        else:
            from glass.objects.none import new_none
            w_cdata.w_objects = new_none()
    return w_cdata


def kept_objects(w_cdata):
    """GetKeepedObjects: borrowed."""
    return container(w_cdata).w_objects


def unique_key(w_target, index):
    parts = ["%x" % (index & 0xffffffff if index < 0 else index)]
    while w_target.w_base is not None:
        parts.append(":%x" % w_target.b_index)
        w_target = w_target.w_base
    return "".join(parts)


def keep_ref(w_target, index, w_keep):
    """KeepRef: store w_keep (a reference this takes over) in the root's
    b_objects under the key of the target's place."""
    from glass.objects.dict import W_Dict
    from glass.objects.none import W_None
    from glass.objects.str import new_str
    if isinstance(w_keep, W_None):
        decref(w_keep)
        return
    w_root = container(w_target)
    if w_root.w_objects is None or type(w_root.w_objects) is not W_Dict or \
            w_root.w_objects.ob_type is not W_Dict.w_type:
        w_old = w_root.w_objects
        w_root.w_objects = w_keep
        xdecref(w_old)
        return
    w_key = new_str(unique_key(w_target, index))
    try:
        w_root.w_objects.setitem(w_key, w_keep)
    finally:
        decref(w_key)
        decref(w_keep)


# --- Reading and writing values ----------------------------------------------------------

def simple_instance(w_type):
    """_ctypes_simple_instance: is w_type a simple type whose base is not
    _SimpleCData itself (a subclass of c_int: its values stay instances)?"""
    from glass.modules._ctypes_simple import SimpleMeta, W_SimpleCData
    if isinstance(w_type, W_Type) and w_type.ob_type.is_subtype(SimpleMeta.w_type):
        return w_type.w_base is not W_SimpleCData.w_type
    return False


def cdata_get(w_type, getfunc, w_src, index, size, address):
    """PyCData_get: a field's or item's value as a guest object."""
    if getfunc is not None:
        return getfunc(address, size)
    info = STG.get(w_type)
    if info is not None and info.getfunc is not None and not simple_instance(w_type):
        return info.getfunc(address, size)
    return from_base(w_type, w_src, index, address)


def _set_value(w_dst, w_type, setfunc, w_value, size, address):
    """_PyCData_set: store w_value at address; what must be kept (new ref)."""
    from glass.objects.none import W_None, new_none
    from glass.objects.tuple import W_Tuple, new_tuple
    if setfunc is not None:
        return setfunc(address, w_value, size)
    if not isinstance(w_value, W_CData):
        info = STG.get(w_type)
        if info is not None and info.setfunc is not None:
            return info.setfunc(address, w_value, size)
        if isinstance(w_value, W_Tuple):
            try:
                w_ob = abstract.call(w_type, list(w_value.items))
            except OperationError as error:
                raise extend_error(error, "RuntimeError", "(%s) " % w_type.name)
            try:
                return _set_value(w_dst, w_type, setfunc, w_ob, size, address)
            finally:
                decref(w_ob)
        if isinstance(w_value, W_None) and is_pointer_type(w_type):
            write_pointer(address, 0)
            return new_none()
        raise type_error("expected %s instance, got %s" % (w_type.name, w_value.ob_type.name))
    if _isinstance(w_value, w_type):
        copy_memory(address, w_value.b_ptr, size)
        w_keep = kept_objects(w_value)
        w_keep.ob_refcnt += 1
        return w_keep
    if is_pointer_type(w_type) and is_array(w_value):
        info_value = object_stg(w_value)
        info_type = STG.get(w_type)
        if info_value.w_proto is not info_type.w_proto:
            raise type_error("incompatible types, %s instance instead of %s instance"
                             % (w_value.ob_type.name, w_type.name))
        write_pointer(address, w_value.b_ptr)
        w_keep = kept_objects(w_value)
        return new_tuple([w_keep, w_value])
    raise type_error("incompatible types, %s instance instead of %s instance"
                     % (w_value.ob_type.name, w_type.name))


def cdata_set(w_dst, w_type, setfunc, w_value, index, size, address):
    """PyCData_set: store w_value into w_dst's memory at address and keep
    what must stay alive."""
    from glass.objects.none import W_None
    if not isinstance(w_dst, W_CData):
        raise type_error("not a ctype instance")
    w_keep = _set_value(w_dst, w_type, setfunc, w_value, size, address)
    if isinstance(w_keep, W_None):
        decref(w_keep)
        return
    keep_ref(w_dst, index, w_keep)


def _isinstance(w_obj, w_type):
    """PyObject_IsInstance."""
    from glass.modules.builtins import object_isinstance
    return object_isinstance(w_obj, w_type)


def is_pointer_type(w_type):
    """PyCPointerTypeObject_Check."""
    from glass.modules._ctypes_array import PointerMeta
    return w_type.ob_type.is_subtype(PointerMeta.w_type)


def is_array(w_obj):
    from glass.modules._ctypes_array import W_Array
    return isinstance(w_obj, W_CData) and w_obj.ob_type.is_subtype(W_Array.w_type)


def extend_error(error, exc_name, prefix):
    """_ctypes_extend_error: a new exc_name error "prefix + ExcClass: msg"."""
    w_exc = error.w_value
    w_cls = w_exc.ob_type
    try:
        text = abstract.str_text(w_exc)
    except OperationError as inner:
        decref(inner.w_value)
        text = None
    if text is not None:
        message = "%s%s: %s" % (prefix, w_cls.name.rsplit(".", 1)[-1], text)
    else:
        message = "%s%s" % (prefix, w_cls.name.rsplit(".", 1)[-1])
    decref(w_exc)
    return operation_error(exc_name, message)


# --- Buffers --------------------------------------------------------------------------

def memory_view(address, size, w_type):
    """A live host memoryview of an instance's memory, in the PEP 3118
    format of its type when a host ctypes type of the same kind gives one
    (simple types and arrays of them), else as unsigned bytes."""
    try:
        from glass.modules._ctypes_struct import host_type_of
        from glass.modules._ctypes_simple import SimpleMeta
        from glass.modules._ctypes_array import ArrayMeta
        item = w_type
        while item.ob_type.is_subtype(ArrayMeta.w_type):
            item = STG[item].w_proto
        if item.ob_type.is_subtype(SimpleMeta.w_type) and STG[w_type].size == size:
            view = memoryview(host_type_of(w_type).from_address(address))
            if view.nbytes == size:
                return view
    except (KeyError, TypeError, ValueError, AttributeError):
        pass
    block = (host.c_ubyte * size).from_address(address) if size else (host.c_ubyte * 0)()
    return memoryview(block).cast("B")


def buffer_address(w_obj, writable):
    """The address and size of a guest object's buffer (from_buffer): the
    guest memoryview that keeps it exported, and the address."""
    from glass.objects.memoryobject import new_memoryview
    w_view = new_memoryview(w_obj)
    view = w_view.view
    if writable and view.readonly:
        decref(w_view)
        raise type_error("underlying buffer is not writable")
    if not view.c_contiguous:
        decref(w_view)
        raise type_error("underlying buffer is not C contiguous")
    size = view.nbytes
    if size == 0:
        return w_view, 0, 0
    if view.readonly:
        address = None
    else:
        address = host.addressof(host.c_char.from_buffer(view.cast("B")))
    return w_view, address, size


def _audit_buffer_copy(w_obj, size, offset):
    """from_buffer_copy's "ctypes.cdata/buffer" (address, size, offset).
    # Divergence: a read-only buffer (bytes) has no host address Glass can
    # give; its address is reported as 0."""
    w_view, address, _size = buffer_address(w_obj, False)
    try:
        audit("ctypes.cdata/buffer", address or 0, size, offset)
    finally:
        decref(w_view)


# --- The CArgObject (byref, from_param results) -------------------------------------------

@builtin_type("CArgObject", doc=None)
class W_CArg(W_Object):
    """A parameter prepared for a foreign call.  Counterpart: PyCArgObject."""
    __slots__ = ("tag", "host_type", "block", "address", "w_obj")

    def __init__(self, tag, host_type, block, address, w_obj):
        W_Object.__init__(self, W_CArg.w_type)
        self.tag = tag                 # the C kind: 'P', 'i', 'd', 'z', 'V'...
        self.host_type = host_type     # the host ctypes type libffi passes
        self.block = block             # the memory holding the value, if its own
        self.address = address         # where the value is
        if w_obj is not None:
            w_obj.ob_refcnt += 1
        self.w_obj = w_obj             # what the call must keep alive

    def host_argument(self):
        """The host ctypes object to hand to the host's foreign call."""
        return self.host_type.from_address(self.address)

    @slot("tp_dealloc")
    def dealloc(self):
        w_obj, self.w_obj = self.w_obj, None
        xdecref(w_obj)

    @slot("tp_repr")
    def repr(self):
        from glass.objects.str import new_str
        tag = self.tag
        if tag in "bBhHiIlLqQ":
            value = self.host_type.from_address(self.address).value
            text = "<cparam '%s' (%d)>" % (tag, value)
        elif tag in "fd":
            value = self.host_type.from_address(self.address).value
            text = "<cparam '%s' (%s)>" % (tag, repr(float(value)))
        elif tag == "c":
            value = host.c_ubyte.from_address(self.address).value
            if 32 <= value < 127 and chr(value) != "\\":
                text = "<cparam '%s' ('%s')>" % (tag, chr(value))
            else:
                text = "<cparam '%s' ('\\x%02x')>" % (tag, value)
        elif tag in "zZP":
            value = host.c_void_p.from_address(self.address).value
            text = "<cparam '%s' (%s)>" % (tag, "%#x" % value if value else "(nil)")
        else:
            text = "<cparam '%s' at %#x>" % (tag, id(self))
        return new_str(text)

    @getter("_obj", member=True)
    def get_obj(self):
        from glass.objects.none import new_none
        if self.w_obj is None:
            return new_none()
        self.w_obj.ob_refcnt += 1
        return self.w_obj


def pointer_carg(address, w_obj, tag="P"):
    """A CArgObject passing a pointer value (byref, arrays, pointers)."""
    block = host.c_void_p(address or None)
    return W_CArg(tag, host.c_void_p, block, host.addressof(block), w_obj)


def abstract_float_repr(value):
    return repr(float(value))


def new_guest(value):
    """A host value of a C field as a guest object."""
    from glass.objects.bool import new_bool
    from glass.objects.bytes import new_bytes
    from glass.objects.float import new_float
    from glass.objects.int import new_int
    from glass.objects.none import new_none
    from glass.objects.str import new_str
    if value is None:
        return new_none()
    if isinstance(value, bool):
        return new_bool(value)
    if isinstance(value, int):
        return new_int(value)
    if isinstance(value, float):
        return new_float(value)
    if isinstance(value, (bytes, bytearray)):
        return new_bytes(bytes(value))
    if isinstance(value, str):
        return new_str(value)
    raise TypeError("no guest value for %r" % (value,))


# --- The methods every C type has (CDataType_methods) ------------------------------------

def int_arg(w_obj):
    from glass.objects.stringlib import index_value
    return index_value(w_obj)


class CDataTypeMethods:
    """Methods of the metatypes, shared: the metatype classes copy them."""

    @method("($self, address, /)", doc="C.from_address(integer) -> C instance\n"
            "access a C instance at the specified address")
    def from_address(self, w_address):
        from glass.objects.int import W_Int
        if not isinstance(w_address, W_Int):
            raise type_error("integer expected")
        return at_address(self, w_address.value & ((1 << 64) - 1))

    @method("($self, obj, offset=0, /)",
            doc="C.from_buffer(object, offset=0) -> C instance\n"
                "create a C instance from a writeable buffer")
    def from_buffer(self, w_obj, w_offset):
        info = STG.get(self)
        if info is None:
            raise type_error("abstract class")
        offset = int_arg(w_offset) if w_offset is not None else 0
        w_view, address, size = buffer_address(w_obj, True)
        try:
            if offset < 0:
                raise operation_error("ValueError", "offset cannot be negative")
            if info.size > size - offset:
                raise operation_error("ValueError",
                                      "Buffer size too small (%d instead of at least %d "
                                      "bytes)" % (size, info.size + offset))
            audit("ctypes.cdata/buffer", address or 0, size, offset)
        except OperationError:
            decref(w_view)
            raise
        w_result = at_address(self, (address or 0) + offset)
        keep_ref(w_result, -1, w_view)
        return w_result

    @method("($self, buffer, offset=0, /)",
            doc="C.from_buffer_copy(object, offset=0) -> C instance\n"
                "create a C instance from a readable buffer")
    def from_buffer_copy(self, w_obj, w_offset):
        from glass.objects import stringlib
        info = STG.get(self)
        if info is None:
            raise type_error("abstract class")
        offset = int_arg(w_offset) if w_offset is not None else 0
        data = stringlib.getbuffer(w_obj)
        if data is None:
            raise type_error("a bytes-like object is required, not '%s'"
                             % w_obj.ob_type.name)
        data = bytes(data)
        if offset < 0:
            raise operation_error("ValueError", "offset cannot be negative")
        if info.size > len(data) - offset:
            raise operation_error("ValueError",
                                  "Buffer size too small (%d instead of at least %d bytes)"
                                  % (len(data), info.size + offset))
        if should_audit():
            _audit_buffer_copy(w_obj, len(data), offset)
        w_result = generic_new(self, internal=True)
        write_bytes(w_result.b_ptr, data[offset:offset + info.size])
        return w_result

    @method("($self, library, name, /)",
            doc="C.in_dll(dll, name) -> C instance\naccess a C instance in a dll")
    def in_dll(self, w_dll, w_name):
        from glass.modules._ctypes_call import symbol_address
        from glass.objects.str import W_Str
        if not isinstance(w_name, W_Str):
            raise type_error("in_dll() argument 2 must be str, not %s"
                             % w_name.ob_type.name)
        w_handle = abstract.getattr_str(w_dll, "_handle")
        try:
            from glass.objects.int import W_Int
            if not isinstance(w_handle, W_Int):
                raise type_error("the _handle attribute of the second argument must be "
                                 "an integer")
            handle = w_handle.value
        finally:
            decref(w_handle)
        audit("ctypes.dlsym", w_dll, w_name)
        address = symbol_address(handle, w_name.value, "symbol '%s' not found")
        return at_address(self, address)

    @slot("sq_repeat")
    def repeat(self, length):
        from glass.modules._ctypes_array import array_type
        if length < 0:
            raise operation_error("ValueError", "Array length must be >= 0, not %d" % length)
        return array_type(self, length)

    @method("($self, value, /)", doc="Convert a Python object into a function call "
            "parameter.")
    def from_param(self, w_value):
        return cdata_from_param(self, w_value)


def cdata_from_param(w_type, w_value):
    """CDataType_from_param."""
    if _isinstance(w_value, w_type):
        w_value.ob_refcnt += 1
        return w_value
    if isinstance(w_value, W_CArg):
        w_ob = w_value.w_obj
        info = STG.get(w_type)
        if info is not None and w_ob is not None and info.w_proto is not None and \
                _isinstance(w_ob, info.w_proto):
            w_value.ob_refcnt += 1
            return w_value
        raise type_error("expected %s instance instead of pointer to %s"
                         % (w_type.name, w_ob.ob_type.name if w_ob is not None else "???"))
    w_as = abstract.lookup_attr_str(w_value, "_as_parameter_")
    if w_as is not None:
        try:
            return cdata_from_param(w_type, w_as)
        finally:
            decref(w_as)
    raise type_error("expected %s instance instead of %s"
                     % (w_type.name, w_value.ob_type.name))


def metatype_methods(namespace, names=("from_address", "from_buffer", "from_buffer_copy",
                                       "in_dll", "repeat", "from_param")):
    """Copy the shared CDataType methods into a metatype's class body."""
    for name in names:
        namespace[name] = getattr(CDataTypeMethods, name)


def make_metatype_new(fill_info):
    """tp_new of a metatype: type_new, then the C type's storage info."""
    def new(w_meta, args_w, kwnames):
        from glass.objects.typeobject import type_new
        w_type = type_new(w_meta, args_w, kwnames)
        if w_type in STG:           # made by a more derived metatype's tp_new
            return w_type
        try:
            fill_info(w_type)
        except OperationError:
            decref(w_type)
            raise
        return w_type
    return new


def base_flags():
    return BASETYPE | HAVE_GC
