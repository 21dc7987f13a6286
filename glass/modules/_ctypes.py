"""The _ctypes module: C data types and foreign calls, under ctypes.

Counterpart: Modules/_ctypes/ (_ctypes.c, callproc.c, cfield.c, stgdict.c,
callbacks.c).

The guest's ctypes package is the stdlib's pure-Python Lib/ctypes, run
unchanged on top of this module.  The types live in the files beside it:

- _ctypes_base.py    memory, storage info (StgDict), _CData, keep-alive, CArgObject
- _ctypes_simple.py  the C kinds of values (cfield.c), PyCSimpleType, _SimpleCData
- _ctypes_struct.py  Structure, Union, the layout of fields, CField
- _ctypes_array.py   Array, _Pointer, POINTER(), pointer()
- _ctypes_call.py    CFuncPtr, foreign calls and callbacks, dlopen

This file is the module: its functions (sizeof, byref, addressof, resize,
dlopen...) and the C helpers whose addresses Lib/ctypes calls through
function pointers (_cast_addr, _string_at_addr...), which here are host
callbacks taking and returning guest objects by handle.
"""
from __future__ import annotations

import ctypes as host

import _ctypes as host_ctypes_module

from glass.modules import MODULE_DEFS, builtin_module, function
from glass.modules._ctypes_array import (ArrayMeta, PointerMeta, W_Array, W_Pointer,
                                         byref_carg, make_pointer, pointer_type)
from glass.modules._ctypes_base import (FUNCFLAG_CDECL, FUNCFLAG_PYTHONAPI,
                                        FUNCFLAG_USE_ERRNO, FUNCFLAG_USE_LASTERROR, STG,
                                        W_CArg, W_CData, allocate, copy_memory,
                                        handle_of, object_of_handle, object_stg)
from glass.modules._ctypes_call import (CTYPES_MAX_ARGCOUNT, FuncPtrMeta, W_CFuncPtr,
                                        W_Thunk, call_function, dlclose, dlopen)
from glass.modules._ctypes_simple import SimpleMeta, W_SimpleCData
from glass.modules._ctypes_struct import (StructMeta, UnionMeta, W_CField, W_Structure,
                                          W_Union)
from glass.objects import abstract
from glass.objects.exceptions import OperationError, operation_error, type_error
from glass.objects.object import decref
from glass.objects.type import W_Type
from glass.vm.audit import audit


class ModuleState:
    """The module's globals, made once per process."""

    def __init__(self):
        self.w_argument_error = None
        self.w_pointer_type_cache = None
        self.w_unpickle = None


STATE = ModuleState()


def _int(value):
    from glass.objects.int import new_int
    return new_int(value)


# --- The C helpers Lib/ctypes calls by address ---------------------------------------------
# Each runs when the guest calls its address through a PYFUNCTYPE: py_object
# arguments and results are handles (glass.modules._ctypes_base.handle_of).
# An error is kept for the caller (call_proc) to raise, as PyErr_Occurred
# is checked after a pythonapi call.

class _PendingError:
    error = None


def _guarded(func):
    def run(*args):
        try:
            return func(*args)
        except OperationError as error:
            _PendingError.error = error
            return None
    return run


def raise_pending_error():
    error, _PendingError.error = _PendingError.error, None
    if error is not None:
        raise error


def _cast_check_pointer_type(w_type):
    if isinstance(w_type, W_Type):
        if w_type.ob_type.is_subtype(PointerMeta.w_type) or \
                w_type.ob_type.is_subtype(FuncPtrMeta.w_type):
            return
        info = STG.get(w_type)
        if info is not None and info.code is not None and info.code in "sPzUZXO":
            return
    name = w_type.name if isinstance(w_type, W_Type) else w_type.ob_type.name
    raise type_error("cast() argument 2 must be a pointer type, not %s" % name)


def _cast(address, src_handle, type_handle):
    """cast(ptr, src, ctype): an instance of ctype holding ptr, keeping src."""
    from glass.modules._ctypes_base import container, write_pointer
    from glass.objects.dict import W_Dict
    w_src = object_of_handle(src_handle)
    w_type = object_of_handle(type_handle)
    _cast_check_pointer_type(w_type)
    w_result = abstract.call(w_type, [])
    if isinstance(w_src, W_CData):
        container(w_src)
        from glass.objects.none import W_None
        if isinstance(w_src.w_objects, W_None):
            w_src.w_objects = W_Dict()
        if w_src.w_objects is not None:
            w_src.w_objects.ob_refcnt += 1
        w_old, w_result.w_objects = w_result.w_objects, w_src.w_objects
        if w_old is not None:
            decref(w_old)
        if isinstance(w_result.w_objects, W_Dict) and \
                w_result.w_objects.ob_type is W_Dict.w_type:
            w_key = _int(id(w_src))
            try:
                w_result.w_objects.setitem(w_key, w_src)
            finally:
                decref(w_key)
    write_pointer(w_result.b_ptr, address or 0)
    return handle_of(w_result)


def _string_at(address, size):
    from glass.objects.bytes import new_bytes
    audit("ctypes.string_at", address or 0, size)
    if size == -1:
        data = host.string_at(address or 0)
    else:
        data = host.string_at(address or 0, size)
    return handle_of(new_bytes(data))


def _wstring_at(address, size):
    from glass.objects.str import new_str
    audit("ctypes.wstring_at", address or 0, size)
    if size == -1:
        text = host.wstring_at(address or 0)
    else:
        text = host.wstring_at(address or 0, size)
    return handle_of(new_str(text))


_PYOBJECT_HANDLE = host.c_void_p
_CAST_THUNK = host.CFUNCTYPE(_PYOBJECT_HANDLE, host.c_void_p, _PYOBJECT_HANDLE,
                             _PYOBJECT_HANDLE)(_guarded(_cast))
_STRING_AT_THUNK = host.CFUNCTYPE(_PYOBJECT_HANDLE, host.c_void_p, host.c_int)(
    _guarded(_string_at))
_WSTRING_AT_THUNK = host.CFUNCTYPE(_PYOBJECT_HANDLE, host.c_void_p, host.c_int)(
    _guarded(_wstring_at))


def _address_of_thunk(thunk):
    return host.cast(thunk, host.c_void_p).value


CAST_ADDR = _address_of_thunk(_CAST_THUNK)
STRING_AT_ADDR = _address_of_thunk(_STRING_AT_THUNK)
WSTRING_AT_ADDR = _address_of_thunk(_WSTRING_AT_THUNK)


# --- The module --------------------------------------------------------------------------

def _stg_of_type_or_object(w_obj):
    info = STG.get(w_obj) if isinstance(w_obj, W_Type) else None
    if info is None and isinstance(w_obj, W_CData):
        info = object_stg(w_obj)
    return info


@builtin_module("_ctypes", doc="Create and manipulate C compatible data types in Python.")
class CtypesModule:

    @function("($module, obj, /)", doc="sizeof(C type) -> integer\n"
              "sizeof(C instance) -> integer\nReturn the size in bytes of a C instance")
    def sizeof(w_obj):
        info = STG.get(w_obj) if isinstance(w_obj, W_Type) else None
        if info is not None:
            return _int(info.size)
        if isinstance(w_obj, W_CData):
            return _int(w_obj.b_size)
        raise type_error("this type has no size")

    @function("($module, obj, /)", doc="alignment(C type) -> integer\n"
              "alignment(C instance) -> integer\nReturn the alignment requirements of a "
              "C instance")
    def alignment(w_obj):
        info = _stg_of_type_or_object(w_obj)
        if info is None:
            raise type_error("no alignment info")
        return _int(info.align)

    @function("($module, obj, offset=0, /)", doc="byref(C instance[, offset=0]) -> "
              "byref-object\nReturn a pointer lookalike to a C instance, only usable\n"
              "as function argument")
    def byref(w_obj, w_offset):
        offset = 0
        if w_offset is not None:
            from glass.objects.stringlib import index_value
            offset = index_value(w_offset)
        if not isinstance(w_obj, W_CData):
            raise type_error("byref() argument must be a ctypes instance, not '%s'"
                             % w_obj.ob_type.name)
        return byref_carg(w_obj, offset)

    @function("($module, obj, /)", doc="addressof(C instance) -> integer\n"
              "Return the address of the C instance internal buffer")
    def addressof(w_obj):
        if not isinstance(w_obj, W_CData):
            raise type_error("invalid type")
        audit("ctypes.addressof", w_obj)
        return _int(w_obj.b_ptr)

    @function("($module, obj, size, /)", doc="Resize the memory buffer of a ctypes "
              "instance")
    def resize(w_obj, w_size):
        from glass.objects.stringlib import index_value
        if not isinstance(w_obj, W_CData):
            raise type_error("resize() argument 1 must be _ctypes._CData, not %s"
                             % w_obj.ob_type.name)
        size = index_value(w_size)
        info = object_stg(w_obj)
        if info is None:
            raise type_error("excepted ctypes instance")
        if size < info.size:
            raise operation_error("ValueError", "minimum size is %d" % info.size)
        if not w_obj.b_needsfree:
            raise operation_error("ValueError", "Memory cannot be resized because this "
                                  "object doesn't own it")
        block, address = allocate(size)
        copy_memory(address, w_obj.b_ptr, min(size, w_obj.b_size))
        w_obj.b_mem, w_obj.b_ptr, w_obj.b_size = block, address, size

    @function("($module, type, /)", doc="Create and return a new ctypes pointer type.\n\n"
              "  type\n    A ctypes type.\n\nPointer types are cached and reused "
              "internally,\nso calling this function repeatedly is cheap.")
    def POINTER(w_type):
        return pointer_type(w_type)

    @function("($module, obj, /)", doc="Create a new pointer instance, pointing to 'obj'."
              "\n\nThe returned object is of the type POINTER(type(obj)). Note that if "
              "you\njust want to pass a pointer to an object to a foreign function call, "
              "you\nshould use byref(obj) which is much faster.")
    def pointer(w_obj):
        return make_pointer(w_obj)

    @function("($module, /)")
    def get_errno():
        audit("ctypes.get_errno")
        return _int(host.get_errno())

    @function("($module, value, /)")
    def set_errno(w_value):
        from glass.objects.stringlib import index_value
        value = index_value(w_value)
        if not -(1 << 31) <= value < (1 << 31):
            raise operation_error("OverflowError", "Python int too large to convert to C int")
        audit("ctypes.set_errno", value)
        return _int(host.set_errno(value))

    @function("($module, typ, state, /)")
    def _unpickle(w_type, w_state):
        from glass.objects.tuple import W_Tuple
        if not isinstance(w_state, W_Tuple):
            raise type_error("_unpickle() argument 2 must be tuple, not %s"
                             % w_state.ob_type.name)
        w_obj = abstract.call_method(w_type, "__new__", [w_type])
        try:
            w_res = abstract.call_method(w_obj, "__setstate__", list(w_state.items))
            decref(w_res)
        except OperationError:
            decref(w_obj)
            raise
        return w_obj

    @function("($module, type_or_object, /)", doc="Return buffer interface information")
    def buffer_info(w_obj):
        from glass.objects.str import new_str
        from glass.objects.tuple import new_tuple_owned
        info = _stg_of_type_or_object(w_obj)
        if info is None:
            raise type_error("not a ctypes type or object")
        return new_tuple_owned([new_str(info.format or "B"), _int(info.ndim),
                                new_tuple_owned([_int(n) for n in info.shape])])

    @function("($module, name, mode=RTLD_LOCAL, /)", doc="dlopen(name, flag={RTLD_GLOBAL|"
              "RTLD_LOCAL}) open a shared library")
    def dlopen(w_name, w_mode):
        from glass.modules.posix import fspath
        from glass.objects.none import W_None
        mode = host_ctypes_module.RTLD_LOCAL
        if w_mode is not None:
            from glass.objects.stringlib import index_value
            mode = index_value(w_mode)
        if w_name is None or isinstance(w_name, W_None):
            name = None
        else:
            w_path = fspath(w_name)
            try:
                name = w_path.value
                if isinstance(name, (bytes, bytearray)):
                    name = bytes(name)
            finally:
                decref(w_path)
        audit("ctypes.dlopen", w_name)
        return _int(dlopen(name, mode))

    @function("($module, handle, /)", doc="dlclose a library")
    def dlclose(w_handle):
        from glass.objects.stringlib import index_value
        dlclose(index_value(w_handle))

    @function("($module, handle, name, /)", doc="find symbol in shared library")
    def dlsym(w_handle, w_name):
        from glass.objects.str import W_Str
        from glass.objects.stringlib import index_value
        handle = index_value(w_handle)
        if not isinstance(w_name, W_Str):
            raise type_error("dlsym() argument 2 must be str, not %s" % w_name.ob_type.name)
        audit("ctypes.dlsym/handle", w_handle, w_name)
        try:
            return _int(host_ctypes_module.dlsym(handle, w_name.value))
        except OSError as error:
            raise operation_error("OSError", str(error))

    @function("($module, address, arguments, /)")
    def call_function(w_address, w_args):
        from glass.objects.stringlib import index_value
        from glass.objects.tuple import W_Tuple
        if not isinstance(w_args, W_Tuple):
            raise type_error("call_function() argument 2 must be tuple, not %s"
                             % w_args.ob_type.name)
        return call_function(index_value(w_address), list(w_args.items), 0)

    @function("($module, address, arguments, /)")
    def call_cdeclfunction(w_address, w_args):
        from glass.objects.stringlib import index_value
        from glass.objects.tuple import W_Tuple
        if not isinstance(w_args, W_Tuple):
            raise type_error("call_cdeclfunction() argument 2 must be tuple, not %s"
                             % w_args.ob_type.name)
        return call_function(index_value(w_address), list(w_args.items), FUNCFLAG_CDECL)

    @function("($module, obj, /)")
    def Py_INCREF(w_obj):
        w_obj.ob_refcnt += 2        # one kept, one returned
        return w_obj

    @function("($module, obj, /)")
    def Py_DECREF(w_obj):
        decref(w_obj)
        w_obj.ob_refcnt += 1        # the returned reference
        return w_obj

    @function("($module, address, /)")
    def PyObj_FromPtr(w_address):
        from glass.objects.int import W_Int
        if not isinstance(w_address, W_Int):
            raise type_error("PyObj_FromPtr() argument must be int, not %s"
                             % w_address.ob_type.name)
        w_obj = object_of_handle(w_address.value)
        if w_obj is None:
            raise operation_error("ValueError", "PyObj_FromPtr: no object at %#x"
                                  % w_address.value)
        audit("ctypes.PyObj_FromPtr", w_obj)
        w_obj.ob_refcnt += 1
        return w_obj

    @staticmethod
    def init_module(w_module):
        from glass.objects.dict import W_Dict
        from glass.objects.exceptions import EXCEPTION_TYPES, new_exception_class
        from glass.objects.str import new_str
        from glass.objects.type import ready
        w_dict = w_module.w_dict
        for cls in (W_CData, W_CArg, W_CField, W_Thunk, SimpleMeta, StructMeta, UnionMeta,
                    ArrayMeta, PointerMeta, FuncPtrMeta, W_SimpleCData, W_Structure,
                    W_Union, W_Array, W_Pointer, W_CFuncPtr):
            ready(cls.w_type)
        for cls, meta in ((W_SimpleCData, SimpleMeta), (W_Structure, StructMeta),
                          (W_Union, UnionMeta), (W_Array, ArrayMeta),
                          (W_Pointer, PointerMeta), (W_CFuncPtr, FuncPtrMeta)):
            cls.w_type.ob_type = meta.w_type
        if STATE.w_argument_error is None:
            STATE.w_argument_error = new_exception_class("ctypes.ArgumentError",
                                                         EXCEPTION_TYPES["Exception"])
            STATE.w_pointer_type_cache = W_Dict()
        w_dict.setitem_str("ArgumentError", STATE.w_argument_error)
        w_dict.setitem_str("_pointer_type_cache", STATE.w_pointer_type_cache)
        STATE.w_unpickle = w_dict.getitem_str("_unpickle")
        for name, cls in (("_SimpleCData", W_SimpleCData), ("Structure", W_Structure),
                          ("Union", W_Union), ("Array", W_Array), ("_Pointer", W_Pointer),
                          ("CFuncPtr", W_CFuncPtr)):
            w_dict.setitem_str(name, cls.w_type)
        for name, value in (("FUNCFLAG_CDECL", FUNCFLAG_CDECL),
                            ("FUNCFLAG_PYTHONAPI", FUNCFLAG_PYTHONAPI),
                            ("FUNCFLAG_USE_ERRNO", FUNCFLAG_USE_ERRNO),
                            ("FUNCFLAG_USE_LASTERROR", FUNCFLAG_USE_LASTERROR),
                            ("RTLD_LOCAL", host_ctypes_module.RTLD_LOCAL),
                            ("RTLD_GLOBAL", host_ctypes_module.RTLD_GLOBAL),
                            ("CTYPES_MAX_ARGCOUNT", CTYPES_MAX_ARGCOUNT),
                            ("_memmove_addr", host_ctypes_module._memmove_addr),
                            ("_memset_addr", host_ctypes_module._memset_addr),
                            ("_string_at_addr", STRING_AT_ADDR),
                            ("_wstring_at_addr", WSTRING_AT_ADDR),
                            ("_cast_addr", CAST_ADDR)):
            w_value = _int(value)
            w_dict.setitem_str(name, w_value)
            decref(w_value)
        w_version = new_str("1.1.0")
        w_dict.setitem_str("__version__", w_version)
        decref(w_version)


if not hasattr(host_ctypes_module, "dlsym"):
    # The host's _ctypes is not CPython's (PyPy's is built on its own FFI, with
    # no dlsym and library objects for handles): Glass offers no _ctypes there,
    # and `import ctypes` fails as on a CPython built without libffi.
    del MODULE_DEFS["_ctypes"]
