"""_ctypes: function pointers, foreign calls, callbacks, shared libraries.

Counterpart: the PyCFuncPtrType / PyCFuncPtr_Type parts of
Modules/_ctypes/_ctypes.c, Modules/_ctypes/callproc.c (ConvParam,
_ctypes_callproc, GetResult, dlopen...) and Modules/_ctypes/callbacks.c.

The call itself is the host's: each guest argument is converted as
ConvParam does into a host ctypes object of the same C type, holding the
same bytes, and the host's ctypes calls the function through libffi with a
prototype of exactly those types.  The result comes back in a host
instance whose memory is read as GetResult reads the result buffer.

A callback is a host CFUNCTYPE callable whose arguments arrive as host
instances (their types are subclasses, so the host does not convert
them); their bytes become guest values or guest ctypes instances, the
guest function runs, and its result is written back as the C type asks.

The GIL: a foreign call gives up Glass's GIL while C runs (not for a
PYFUNCTYPE or pythonapi function), and a callback takes it back for the
guest code it runs, as _ctypes_callproc and _CallPythonObject do.
"""
from __future__ import annotations

import ctypes as host

import _ctypes as host_ctypes_module

from glass.modules._ctypes_base import (DICTFLAG_FINAL, FUNCFLAG_CDECL, FUNCFLAG_PYTHONAPI,
                                        FUNCFLAG_USE_ERRNO, FUNCFLAG_USE_LASTERROR,
                                        POINTER_SIZE, STG, TYPEFLAG_HASBITFIELD,
                                        TYPEFLAG_ISPOINTER, CDataTypeMethods, StgInfo,
                                        W_CArg, W_CData, extend_error, from_base,
                                        generic_new, keep_ref, object_stg, pointer_carg,
                                        read_pointer, simple_instance, write_pointer)
from glass.objects import abstract
from glass.objects.exceptions import OperationError, operation_error, type_error
from glass.objects.object import W_Object, decref, xdecref
from glass.objects.type import (BASETYPE, HAVE_GC, W_Type, builtin_type, getter, method,
                                setter, slot)
from glass.objects.typeobject import TypeType
from glass.vm import gil, pystate
from glass.vm.audit import audit, should_audit

CTYPES_MAX_ARGCOUNT = 1024


# --- The GIL around C -------------------------------------------------------------------

# --- Shared libraries ---------------------------------------------------------------------

def host_os_error(error):
    from glass.modules.posix import guest_error
    return guest_error(error)


def symbol_address(handle, name, not_found):
    """dlsym, or an error: ValueError(not_found % name) for in_dll."""
    try:
        return host_ctypes_module.dlsym(handle, name)
    except OSError as error:
        if "%s" in not_found:
            raise operation_error("ValueError", not_found % name)
        raise operation_error("AttributeError", str(error))


# --- Host types for calls --------------------------------------------------------------------

_OPAQUE = {}


def opaque(host_type):
    """A subclass of a host simple type: the host's ctypes hands instances
    of it over as they are, never converting them to Python values."""
    sub = _OPAQUE.get(host_type)
    if sub is None:
        sub = _OPAQUE[host_type] = type("glass_" + host_type.__name__, (host_type,), {})
    return sub


def host_type_for(w_type):
    """The host ctypes type libffi needs for guest C type w_type."""
    from glass.modules._ctypes_struct import host_type_of
    return host_type_of(w_type)


# --- ConvParam ----------------------------------------------------------------------------

class HostArg:
    """One converted argument: its host type and host value, and what keeps
    its memory alive."""
    __slots__ = ("host_type", "value", "keep")

    def __init__(self, host_type, value, keep=None):
        self.host_type = host_type
        self.value = value
        self.keep = keep


def param_of_cdata(w_obj):
    """The paramfunc of a ctypes instance's type."""
    from glass.modules._ctypes_array import W_Array, W_Pointer
    from glass.modules._ctypes_struct import W_Structure, W_Union, host_type_of
    info = object_stg(w_obj)
    w_type = w_obj.ob_type
    if w_type.is_subtype(W_Array.w_type):
        return HostArg(host.c_void_p, host.c_void_p(w_obj.b_ptr or None))
    if w_type.is_subtype(W_Pointer.w_type) or isinstance(w_obj, W_CFuncPtr):
        return HostArg(host.c_void_p, host.c_void_p(read_pointer(w_obj.b_ptr) or None))
    if w_type.is_subtype(W_Structure.w_type) or w_type.is_subtype(W_Union.w_type):
        host_type = host_type_of(w_type)
        return HostArg(host_type, host_type.from_address(w_obj.b_ptr))
    host_type = opaque(info.host_type) if info.host_type is not None else host.c_void_p
    return HostArg(host_type, host_type.from_address(w_obj.b_ptr))


def conv_param(w_obj, index):
    """ConvParam: a guest argument as a HostArg."""
    from glass.objects.bytes import W_Bytes
    from glass.objects.int import W_Int
    from glass.objects.none import W_None
    from glass.objects.str import W_Str
    from glass.modules._ctypes_base import char_buffer_address, wchar_buffer_address
    if isinstance(w_obj, W_CArg):
        return HostArg(opaque(w_obj.host_type) if _is_simple_host(w_obj.host_type)
                       else w_obj.host_type,
                       (opaque(w_obj.host_type) if _is_simple_host(w_obj.host_type)
                        else w_obj.host_type).from_address(w_obj.address), w_obj)
    if isinstance(w_obj, W_CData) and object_stg(w_obj) is not None:
        return param_of_cdata(w_obj)
    if isinstance(w_obj, W_None):
        return HostArg(host.c_void_p, host.c_void_p(None))
    if isinstance(w_obj, W_Int):
        value = w_obj.value
        if not -(1 << 63) <= value < (1 << 64):
            raise operation_error("OverflowError", "int too long to convert")
        value &= 0xffffffff
        if value >= 1 << 31:
            value -= 1 << 32
        return HostArg(host.c_int, host.c_int(value))
    if isinstance(w_obj, W_Bytes):
        return HostArg(host.c_void_p, host.c_void_p(char_buffer_address(w_obj)), w_obj)
    if isinstance(w_obj, W_Str):
        return HostArg(host.c_void_p, host.c_void_p(wchar_buffer_address(w_obj)), w_obj)
    w_as = abstract.lookup_attr_str(w_obj, "_as_parameter_")
    if w_as is not None:
        try:
            return conv_param(w_as, index)
        finally:
            decref(w_as)
    raise type_error("Don't know how to convert parameter %d" % index)


def _is_simple_host(host_type):
    return issubclass(host_type, host._SimpleCData)


def argument_error(error, index):
    """_ctypes_extend_error(PyExc_ArgumentError, "argument %zd: ", i+1)."""
    from glass.modules._ctypes import STATE
    w_exc = error.w_value
    w_cls = w_exc.ob_type
    try:
        text = abstract.str_text(w_exc)
    except OperationError as inner:
        decref(inner.w_value)
        text = None
    name = w_cls.name.rsplit(".", 1)[-1]
    message = "argument %d: %s: %s" % (index, name, text) if text is not None else \
        "argument %d: %s" % (index, name)
    decref(w_exc)
    from glass.objects.exceptions import new_exception
    return OperationError(new_exception(STATE.w_argument_error, message))


# --- _ctypes_callproc -----------------------------------------------------------------------

_PROTOTYPES = {}


def _prototype(flags, restype, argtypes):
    key = (flags & (FUNCFLAG_USE_ERRNO | FUNCFLAG_USE_LASTERROR), restype, tuple(argtypes))
    proto = _PROTOTYPES.get(key)
    if proto is None:
        proto = host.CFUNCTYPE(restype, *argtypes,
                               use_errno=bool(flags & FUNCFLAG_USE_ERRNO),
                               use_last_error=bool(flags & FUNCFLAG_USE_LASTERROR))
        _PROTOTYPES[key] = proto
    return proto


def result_host_type(w_restype):
    """The host restype: c_int for none given or a plain callable, None for
    None, else an opaque twin of the type."""
    from glass.objects.none import W_None
    if w_restype is None:
        return opaque(host.c_int)
    if isinstance(w_restype, W_None):
        return None
    info = STG.get(w_restype) if isinstance(w_restype, W_Type) else None
    if info is None:
        return opaque(host.c_int)
    host_type = host_type_for(w_restype)
    if _is_simple_host(host_type):
        return opaque(host_type)
    return host_type


def call_proc(address, args_w, flags, converters_w, w_restype, w_checker):
    """_ctypes_callproc: convert, call, convert the result back."""
    from glass.modules._ctypes import STATE
    from glass.objects.exceptions import new_exception
    argcount = len(args_w)
    if argcount > CTYPES_MAX_ARGCOUNT:
        raise OperationError(new_exception(
            STATE.w_argument_error, "too many arguments (%d), maximum is %d"
            % (argcount, CTYPES_MAX_ARGCOUNT)))
    host_args = []
    keep_w = []
    try:
        for i, w_arg in enumerate(args_w):
            if converters_w is not None and i < len(converters_w):
                try:
                    w_converted = abstract.call(converters_w[i], [w_arg])
                except OperationError as error:
                    raise argument_error(error, i + 1)
                keep_w.append(w_converted)
                try:
                    host_args.append(conv_param(w_converted, i + 1))
                except OperationError as error:
                    raise argument_error(error, i + 1)
            else:
                try:
                    host_args.append(conv_param(w_arg, i + 1))
                except OperationError as error:
                    raise argument_error(error, i + 1)
        restype = result_host_type(w_restype)
        proto = _prototype(flags, restype, [arg.host_type for arg in host_args])
        func = proto(address)
        values = [arg.value for arg in host_args]
        release = not (flags & FUNCFLAG_PYTHONAPI)
        try:
            with gil.ForeignCall(release):
                result = func(*values)
        except OperationError:
            raise
        except Exception as error:
            raise _host_call_error(error)
        if flags & FUNCFLAG_PYTHONAPI:
            from glass.modules._ctypes import raise_pending_error
            raise_pending_error()
        return get_result(w_restype, result, w_checker)
    finally:
        for w_obj in keep_w:
            decref(w_obj)


def _host_call_error(error):
    from glass.modules.posix import guest_error
    if isinstance(error, OSError):
        return guest_error(error)
    return operation_error(type(error).__name__ if type(error).__name__ in (
        "ValueError", "TypeError", "OverflowError", "RuntimeError") else "RuntimeError",
        str(error))


def get_result(w_restype, result, w_checker):
    """GetResult: the host result as the guest value restype asks for."""
    from glass.modules._ctypes_simple import field_desc
    from glass.objects.int import new_int
    from glass.objects.none import W_None, new_none
    if w_restype is None:
        return new_int(result.value)
    if isinstance(w_restype, W_None):
        return new_none()
    info = STG.get(w_restype) if isinstance(w_restype, W_Type) else None
    if info is None:
        w_int = new_int(result.value)
        try:
            return abstract.call(w_restype, [w_int])
        finally:
            decref(w_int)
    address = host.addressof(result)
    if info.getfunc is not None and not simple_instance(w_restype):
        w_value = info.getfunc(address, info.size)
        if info.getfunc is field_desc("O").getfunc:
            decref(w_value)         # the function returned a new reference
    else:
        w_value = from_base(w_restype, None, 0, address)
    if w_checker is None:
        return w_value
    try:
        return abstract.call(w_checker, [w_value])
    finally:
        decref(w_value)


# --- Callbacks ----------------------------------------------------------------------------

@builtin_type("_ctypes.CThunkObject", flags=HAVE_GC, doc="CThunkObject")
class W_Thunk(W_Object):
    """What a callback function pointer keeps alive: the host callable
    libffi calls, and the guest function with its types."""
    __slots__ = ("host_callable", "w_callable", "converters", "w_restype", "flags")

    def __init__(self):
        W_Object.__init__(self, W_Thunk.w_type)
        self.host_callable = None
        self.w_callable = None
        self.converters = ()
        self.w_restype = None
        self.flags = 0

    @slot("tp_traverse")
    def traverse(self, visit):
        if self.w_callable is not None:
            visit(self.w_callable)
        if self.w_restype is not None:
            visit(self.w_restype)
        for w_type in self.converters:
            visit(w_type)

    @slot("tp_clear")
    def clear(self):
        w_callable, self.w_callable = self.w_callable, None
        xdecref(w_callable)
        w_restype, self.w_restype = self.w_restype, None
        xdecref(w_restype)
        converters, self.converters = self.converters, ()
        for w_type in converters:
            decref(w_type)

    @slot("tp_dealloc")
    def dealloc(self):
        W_Thunk.clear(self)


def _callback_arg_type(w_type):
    """The host argument type of a callback: opaque, so the host hands over
    the argument's bytes."""
    host_type = host_type_for(w_type)
    if _is_simple_host(host_type):
        return opaque(host_type)
    return host_type


def make_thunk(w_callable, argtypes_w, w_restype, flags):
    """_ctypes_alloc_callback."""
    from glass.objects.none import W_None
    thunk = W_Thunk()
    w_callable.ob_refcnt += 1
    thunk.w_callable = w_callable
    thunk.flags = flags
    for w_type in argtypes_w:
        w_type.ob_refcnt += 1
    thunk.converters = tuple(argtypes_w)
    host_argtypes = []
    for w_type in argtypes_w:
        if STG.get(w_type) is None:
            decref(thunk)
            raise type_error("invalid argument type for callback")
        host_argtypes.append(_callback_arg_type(w_type))
    if w_restype is None or isinstance(w_restype, W_None):
        host_restype = None
        thunk.w_restype = None
    else:
        info = STG.get(w_restype)
        if info is None or info.setfunc is None:
            decref(thunk)
            raise type_error("invalid result type for callback function")
        w_restype.ob_refcnt += 1
        thunk.w_restype = w_restype
        host_restype = host_type_for(w_restype)
    prototype = host.CFUNCTYPE(host_restype, *host_argtypes,
                               use_errno=bool(flags & FUNCFLAG_USE_ERRNO),
                               use_last_error=bool(flags & FUNCFLAG_USE_LASTERROR))

    def run(*host_values):
        return _call_guest(thunk, host_values)
    thunk.host_callable = prototype(run)
    return thunk


def _call_guest(thunk, host_values):
    """_CallPythonObject: called by libffi on the host."""
    with gil.GuestCallback():
        if thunk.w_callable is None:         # cleared by the collector meanwhile
            return _zero_result(thunk)
        args_w = []
        try:
            try:
                for w_type, value in zip(thunk.converters, host_values):
                    args_w.append(_callback_value(w_type, value))
                w_result = abstract.call(thunk.w_callable, args_w)
            except OperationError as error:
                _report(error, thunk.w_callable)
                return _zero_result(thunk)
            try:
                return _host_result(thunk, w_result)
            except OperationError as error:
                _report(error, thunk.w_callable, "on converting result of ctypes "
                        "callback function")
                return _zero_result(thunk)
            finally:
                decref(w_result)
        finally:
            for w_arg in args_w:
                decref(w_arg)


def _callback_value(w_type, value):
    info = STG[w_type]
    address = host.addressof(value)
    if info.getfunc is not None and not simple_instance(w_type):
        return info.getfunc(address, info.size)
    return from_base(w_type, None, 0, address)


def _zero_result(thunk):
    if thunk.w_restype is None:
        return None
    host_type = host_type_for(thunk.w_restype)
    zero = host_type()
    return zero.value if hasattr(zero, "value") else zero


def _host_result(thunk, w_result):
    """The guest result as the host value the host's ctypes will store."""
    from glass.modules._ctypes_simple import field_desc
    from glass.objects.none import W_None
    w_restype = thunk.w_restype
    if w_restype is None:
        if not isinstance(w_result, W_None):
            raise type_error("callback function returned a result although its restype is "
                             "None" if False else "NoneType")
        return None
    info = STG[w_restype]
    host_type = host_type_for(w_restype)
    block = (host.c_char * max(info.size, 16))()
    address = host.addressof(block)
    w_keep = info.setfunc(address, w_result, info.size)
    keep = _KEPT_RESULTS
    keep.append(w_keep)
    if len(keep) > 64:
        xdecref(keep.pop(0))
    cell = host_type.from_address(address)
    if info.code in ("z", "Z", "P", "O"):
        return host.c_void_p.from_address(address).value
    return cell.value if hasattr(cell, "value") else cell


_KEPT_RESULTS = []


def _report(error, w_callable, message="on calling ctypes callback function"):
    from glass.vm.traceback import write_unraisable
    write_unraisable(error, "Exception ignored " + message, w_callable)


# --- PyCFuncPtrType --------------------------------------------------------------------------

def converters_from_argtypes(w_argtypes):
    """converters_from_argtypes: each argument type's from_param."""
    try:
        w_tuple = abstract.sequence_tuple(w_argtypes)
    except OperationError as error:
        decref(error.w_value)
        raise type_error("_argtypes_ must be a sequence of types")
    if len(w_tuple.items) > CTYPES_MAX_ARGCOUNT:
        from glass.modules._ctypes import STATE
        from glass.objects.exceptions import new_exception
        count = len(w_tuple.items)
        decref(w_tuple)
        raise OperationError(new_exception(
            STATE.w_argument_error, "_argtypes_ has too many arguments (%d), maximum is %d"
            % (count, CTYPES_MAX_ARGCOUNT)))
    converters_w = []
    try:
        for index, w_type in enumerate(w_tuple.items):
            w_cnv = abstract.lookup_attr_str(w_type, "from_param")
            if w_cnv is None:
                raise type_error("item %d in _argtypes_ has no from_param method" % (index + 1))
            converters_w.append(w_cnv)
    except OperationError:
        for w_cnv in converters_w:
            decref(w_cnv)
        decref(w_tuple)
        raise
    return w_tuple, converters_w


def _fill_funcptr(w_type):
    from glass.objects.int import W_Int
    from glass.objects.none import W_None
    info = StgInfo()
    info.size = POINTER_SIZE
    info.align = host.alignment(host.c_void_p)
    info.length = 1
    info.host_type = host.c_void_p
    info.format = "X{}"
    STG[w_type] = info
    w_flags = w_type.dict.get("_flags_")
    if w_flags is None or not isinstance(w_flags, W_Int):
        raise type_error("class must define _flags_ which must be an integer")
    info.flags = (w_flags.value & 0xffffffffffffffff) | TYPEFLAG_ISPOINTER
    w_argtypes = w_type.dict.get("_argtypes_")
    if w_argtypes is not None:
        w_tuple, converters_w = converters_from_argtypes(w_argtypes)
        info.w_argtypes = w_tuple
        info.converters_w = converters_w
    w_restype = w_type.dict.get("_restype_")
    if w_restype is not None:
        if not isinstance(w_restype, W_None) and STG.get(w_restype) is None and \
                w_restype.ob_type.tp_call is None:
            raise type_error("_restype_ must be a type, a callable, or None")
        w_restype.ob_refcnt += 1
        info.w_restype = w_restype
        info.w_checker = abstract.lookup_attr_str(w_restype, "_check_retval_")


def funcptr_meta_new(w_meta, args_w, kwnames):
    from glass.objects.typeobject import type_new
    w_type = type_new(w_meta, args_w, kwnames)
    if w_type in STG:
        return w_type
    try:
        _fill_funcptr(w_type)
    except OperationError:
        STG.pop(w_type, None)
        decref(w_type)
        raise
    return w_type


@builtin_type("_ctypes.PyCFuncPtrType", base=TypeType, flags=BASETYPE | HAVE_GC,
              doc="metatype for C function pointers")
class FuncPtrMeta(W_Type):
    __slots__ = ()
    new = slot("tp_new")(funcptr_meta_new)
    from_param = CDataTypeMethods.from_param
    from_address = CDataTypeMethods.from_address
    from_buffer = CDataTypeMethods.from_buffer
    from_buffer_copy = CDataTypeMethods.from_buffer_copy
    in_dll = CDataTypeMethods.in_dll
    repeat = CDataTypeMethods.repeat


# --- CFuncPtr ------------------------------------------------------------------------------

def _get_name(w_name):
    from glass.objects.str import W_Str
    if isinstance(w_name, W_Str):
        return w_name.value
    raise type_error("function name must be string, bytes object or integer")


@builtin_type("_ctypes.CFuncPtr", base=W_CData, flags=BASETYPE | HAVE_GC,
              doc="Function Pointer")
class W_CFuncPtr(W_CData):
    __slots__ = ("w_callable", "thunk", "w_restype", "w_checker", "w_argtypes",
                 "converters_w", "w_errcheck", "w_paramflags")

    def init_cdata(self):
        W_CData.init_cdata(self)
        self.w_callable = None
        self.thunk = None
        self.w_restype = None
        self.w_checker = None
        self.w_argtypes = None
        self.converters_w = None
        self.w_errcheck = None
        self.w_paramflags = None

    @slot("tp_traverse")
    def traverse(self, visit):
        W_CData.traverse(self, visit)
        for w_obj in (self.w_callable, self.w_restype, self.w_checker, self.w_argtypes,
                      self.w_errcheck, self.w_paramflags):
            if w_obj is not None and w_obj is not self:
                visit(w_obj)
        for w_obj in self.converters_w or ():
            visit(w_obj)

    @slot("tp_clear")
    def clear(self):
        fields = (self.w_callable, self.w_restype, self.w_checker, self.w_argtypes,
                  self.w_errcheck, self.w_paramflags)
        callable_is_self = self.w_callable is self
        converters = self.converters_w or ()
        self.w_callable = self.w_restype = self.w_checker = self.w_argtypes = None
        self.w_errcheck = self.w_paramflags = None
        self.converters_w = None
        self.thunk = None
        for position, w_obj in enumerate(fields):
            if w_obj is not None and not (position == 0 and callable_is_self):
                decref(w_obj)
        for w_obj in converters:
            decref(w_obj)
        W_CData.clear(self)

    @slot("tp_dealloc")
    def dealloc(self):
        from glass.objects.weakrefobject import clear_weakrefs_if_any
        clear_weakrefs_if_any(self)
        W_CFuncPtr.clear(self)
        self.b_mem = None

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        from glass.objects.int import W_Int
        from glass.objects.tuple import W_Tuple
        nkw = len(kwnames) if kwnames else 0
        positional = args_w[:len(args_w) - nkw]
        if not positional:
            return generic_new(w_type)
        if isinstance(positional[0], W_Tuple):
            return _from_dll(w_type, positional)
        if len(positional) == 1 and isinstance(positional[0], W_Int):
            w_obj = generic_new(w_type)
            write_pointer(w_obj.b_ptr, positional[0].value & ((1 << 64) - 1))
            return w_obj
        if len(positional) != 1:
            raise type_error("function takes exactly 1 argument (%d given)" % len(positional))
        w_callable = positional[0]
        if w_callable.ob_type.tp_call is None:
            raise type_error("argument must be callable or integer function address")
        info = STG.get(w_type)
        if info is None or info.w_argtypes is None:
            raise type_error("cannot construct instance of this class: no argtypes")
        thunk = make_thunk(w_callable, list(info.w_argtypes.items), info.w_restype,
                           info.flags)
        w_obj = generic_new(w_type)
        w_callable.ob_refcnt += 1
        w_obj.w_callable = w_callable
        w_obj.thunk = thunk
        write_pointer(w_obj.b_ptr, host.cast(thunk.host_callable, host.c_void_p).value)
        keep_ref(w_obj, 0, thunk)
        return w_obj

    @slot("tp_repr")
    def repr(self):
        from glass.objects.str import new_str
        return new_str("<%s object at %#x>" % (self.ob_type.name, id(self)))

    @slot("nb_bool")
    def bool(self):
        return read_pointer(self.b_ptr) != 0

    @slot("tp_call")
    def call(self, args_w, kwnames):
        info = object_stg(self)
        w_restype = self.w_restype if self.w_restype is not None else info.w_restype
        converters_w = self.converters_w if self.converters_w is not None \
            else info.converters_w
        w_checker = self.w_checker if self.w_checker is not None else info.w_checker
        w_argtypes = self.w_argtypes if self.w_argtypes is not None else info.w_argtypes
        address = read_pointer(self.b_ptr)
        if self.thunk is not None and self.w_callable is not None and \
                self.w_callable is not self and False:
            pass
        if not address:
            raise operation_error("ValueError", "NULL pointer access")
        call_args_w, outmask, inoutmask, numretvals = _build_callargs(
            self, w_argtypes, args_w, kwnames)
        try:
            if converters_w is not None:
                required = len(converters_w)
                actual = len(call_args_w)
                if info.flags & FUNCFLAG_CDECL:
                    if required > actual:
                        raise type_error("this function takes at least %d argument%s "
                                         "(%d given)" % (required, "" if required == 1
                                                         else "s", actual))
                elif required != actual:
                    raise type_error("this function takes %d argument%s (%d given)"
                                     % (required, "" if required == 1 else "s", actual))
            w_result = call_proc(address, call_args_w, info.flags, converters_w, w_restype,
                                 w_checker)
            if self.w_errcheck is not None:
                from glass.objects.tuple import new_tuple
                w_callargs = new_tuple(call_args_w)
                try:
                    w_checked = abstract.call(self.w_errcheck, [w_result, self, w_callargs])
                except OperationError:
                    decref(w_result)
                    decref(w_callargs)
                    raise
                if w_checked is not w_callargs:
                    decref(w_result)
                    decref(w_callargs)
                    return w_checked
                decref(w_checked)
                decref(w_callargs)
            return _build_result(w_result, call_args_w, outmask, inoutmask, numretvals)
        finally:
            for w_arg in call_args_w:
                decref(w_arg)

    @getter("errcheck", doc="a function to check for errors")
    def get_errcheck(self):
        from glass.objects.none import new_none
        if self.w_errcheck is None:
            return new_none()
        self.w_errcheck.ob_refcnt += 1
        return self.w_errcheck

    @setter("errcheck")
    def set_errcheck(self, w_value):
        if w_value is not None and w_value.ob_type.tp_call is None:
            raise type_error("the errcheck attribute must be callable")
        if w_value is not None:
            w_value.ob_refcnt += 1
        w_old, self.w_errcheck = self.w_errcheck, w_value
        xdecref(w_old)

    @getter("restype", doc="specify the result type")
    def get_restype(self):
        from glass.objects.none import new_none
        w_restype = self.w_restype
        if w_restype is None:
            w_restype = object_stg(self).w_restype
        if w_restype is None:
            return new_none()
        w_restype.ob_refcnt += 1
        return w_restype

    @setter("restype")
    def set_restype(self, w_value):
        from glass.objects.none import W_None
        if w_value is None:
            w_old, self.w_restype = self.w_restype, None
            w_checker, self.w_checker = self.w_checker, None
            xdecref(w_old)
            xdecref(w_checker)
            return
        if not isinstance(w_value, W_None) and STG.get(w_value) is None and \
                w_value.ob_type.tp_call is None:
            raise type_error("restype must be a type, a callable, or None")
        w_checker = abstract.lookup_attr_str(w_value, "_check_retval_")
        w_value.ob_refcnt += 1
        w_old, self.w_restype = self.w_restype, w_value
        w_old_checker, self.w_checker = self.w_checker, w_checker
        xdecref(w_old)
        xdecref(w_old_checker)

    @getter("argtypes", doc="specify the argument types")
    def get_argtypes(self):
        from glass.objects.none import new_none
        w_argtypes = self.w_argtypes
        if w_argtypes is None:
            w_argtypes = object_stg(self).w_argtypes
        if w_argtypes is None:
            return new_none()
        w_argtypes.ob_refcnt += 1
        return w_argtypes

    @setter("argtypes")
    def set_argtypes(self, w_value):
        from glass.objects.none import W_None
        old_converters = self.converters_w or ()
        w_old = self.w_argtypes
        if w_value is None or isinstance(w_value, W_None):
            self.converters_w = None
            self.w_argtypes = None
        else:
            w_tuple, converters_w = converters_from_argtypes(w_value)
            decref(w_tuple)
            self.converters_w = converters_w
            w_value.ob_refcnt += 1           # kept as given (a list stays a list)
            self.w_argtypes = w_value
        for w_cnv in old_converters:
            decref(w_cnv)
        xdecref(w_old)


def _from_dll(w_type, positional):
    """PyCFuncPtr_FromDll: ((name, dll), paramflags=None)."""
    from glass.objects.int import W_Int
    from glass.objects.none import W_None
    if len(positional) > 2:
        raise type_error("function takes at most 2 arguments (%d given)" % len(positional))
    w_spec = positional[0]
    w_paramflags = positional[1] if len(positional) == 2 else None
    if w_paramflags is not None and isinstance(w_paramflags, W_None):
        w_paramflags = None
    w_ftuple = abstract.sequence_tuple(w_spec)
    try:
        if len(w_ftuple.items) != 2:
            raise type_error("illegal func_spec argument")
        name = _get_name(w_ftuple.items[0])
        w_dll = w_ftuple.items[1]
        w_handle = abstract.getattr_str(w_dll, "_handle")
        try:
            if not isinstance(w_handle, W_Int):
                raise type_error("the _handle attribute of the second argument must be an "
                                 "integer")
            handle = w_handle.value
        finally:
            decref(w_handle)
        audit("ctypes.dlsym", w_dll, name)
        address = symbol_address(handle, name, "")
        if w_paramflags is not None:
            _validate_paramflags(w_type, w_paramflags)
        w_obj = generic_new(w_type)
        if w_paramflags is not None:
            w_paramflags.ob_refcnt += 1
            w_obj.w_paramflags = abstract.sequence_tuple(w_paramflags)
            decref(w_paramflags)
        write_pointer(w_obj.b_ptr, address)
        w_dll.ob_refcnt += 1
        keep_ref(w_obj, 0, w_dll)
        w_obj.w_callable = w_obj
        return w_obj
    finally:
        decref(w_ftuple)


def _validate_paramflags(w_type, w_paramflags):
    from glass.objects.tuple import W_Tuple
    info = STG.get(w_type)
    w_argtypes = info.w_argtypes if info is not None else None
    if not isinstance(w_paramflags, W_Tuple):
        raise type_error("paramflags must be a tuple or None")
    if w_argtypes is None:
        raise type_error("paramflags must have the same length as argtypes") \
            if False else type_error("paramflags must be a tuple or None")
    if len(w_paramflags.items) != len(w_argtypes.items):
        raise operation_error("ValueError", "paramflags must have the same length as argtypes")
    for w_item in w_paramflags.items:
        if not isinstance(w_item, W_Tuple) or not 1 <= len(w_item.items) <= 3:
            raise type_error("paramflags must be a sequence of (int [,string [,value]]) "
                             "tuples")
        flag = abstract.int_value(w_item.items[0])
        if flag & ~7 or flag & 3 == 3 and False:
            raise type_error("paramflag value %d not supported" % flag)
        if flag not in (0, 1, 2, 3, 4, 5, 6, 7) or flag in (3, 5, 6, 7) and flag != 3:
            raise type_error("paramflag value %d not supported" % flag)


def _build_callargs(self, w_argtypes, args_w, kwnames):
    """_build_callargs: the actual arguments, with paramflags' defaults and
    output parameters filled in.  Returns (args, outmask, inoutmask, count)."""
    from glass.objects.str import new_str
    nkw = len(kwnames) if kwnames else 0
    positional = list(args_w[:len(args_w) - nkw])
    keywords = dict(zip(kwnames or (), args_w[len(args_w) - nkw:]))
    w_paramflags = self.w_paramflags
    if w_argtypes is not None and w_paramflags is not None:
        w_argtypes = abstract.sequence_tuple(w_argtypes)
        try:
            return _build_paramflag_args(w_argtypes, w_paramflags, positional, keywords)
        finally:
            decref(w_argtypes)
    for w_arg in positional:
        w_arg.ob_refcnt += 1
    return positional, 0, 0, 0


def _build_paramflag_args(w_argtypes, w_paramflags, positional, keywords):
    if not w_argtypes.items:
        for w_arg in positional:
            w_arg.ob_refcnt += 1
        return positional, 0, 0, 0
    result_w = []
    outmask = inoutmask = 0
    numretvals = 0
    inargs_index = 0
    try:
        for i, w_item in enumerate(w_paramflags.items):
            flag = abstract.int_value(w_item.items[0])
            w_name = w_item.items[1] if len(w_item.items) > 1 else None
            w_default = w_item.items[2] if len(w_item.items) > 2 else None
            direction = flag & 3
            if direction in (0, 1) or flag & 4 and direction != 2:
                w_value = _get_arg(positional, keywords, inargs_index, w_name, w_default)
                inargs_index += 1
                w_value.ob_refcnt += 1
                result_w.append(w_value)
            elif direction == 3:
                inoutmask |= 1 << i
                numretvals += 1
                w_value = _get_arg(positional, keywords, inargs_index, w_name, w_default)
                inargs_index += 1
                w_value.ob_refcnt += 1
                result_w.append(w_value)
            elif direction == 2:
                if w_default is not None:
                    w_default.ob_refcnt += 1
                    result_w.append(w_default)
                else:
                    w_ptrtype = w_argtypes.items[i]
                    info = STG.get(w_ptrtype)
                    if info is None or info.w_proto is None:
                        raise type_error("%s 'out' parameter must be passed as default value"
                                         % w_ptrtype.name)
                    if isinstance(info.w_proto, W_Type):
                        result_w.append(abstract.call(info.w_proto, []))
                    else:
                        raise type_error("%s 'out' parameter must be passed as default "
                                         "value" % w_ptrtype.name)
                outmask |= 1 << i
                numretvals += 1
        if len(positional) > inargs_index:
            raise type_error("call takes exactly %d arguments (%d given)"
                             % (inargs_index, len(positional)))
    except OperationError:
        for w_value in result_w:
            decref(w_value)
        raise
    return result_w, outmask, inoutmask, numretvals


def _get_arg(positional, keywords, index, w_name, w_default):
    if index < len(positional):
        return positional[index]
    if w_name is not None and w_name.value in keywords:
        return keywords[w_name.value]
    if w_default is not None:
        return w_default
    if w_name is not None:
        raise type_error("required argument '%s' missing" % w_name.value)
    raise type_error("not enough arguments")


def _build_result(w_result, call_args_w, outmask, inoutmask, numretvals):
    """_build_result: with output parameters, their values instead."""
    from glass.objects.tuple import new_tuple_owned
    if not outmask and not inoutmask:
        return w_result
    decref(w_result)
    values_w = []
    for i, w_arg in enumerate(call_args_w):
        bit = 1 << i
        if inoutmask & bit:
            w_arg.ob_refcnt += 1
            values_w.append(w_arg)
        elif outmask & bit:
            w_value = abstract.lookup_attr_str(w_arg, "__ctypes_from_outparam__")
            if w_value is None:
                w_arg.ob_refcnt += 1
                values_w.append(w_arg)
            else:
                try:
                    values_w.append(abstract.call(w_value, []))
                finally:
                    decref(w_value)
    if numretvals == 1:
        return values_w[0]
    return new_tuple_owned(values_w)


# --- Module functions ---------------------------------------------------------------------

def dlopen(name, mode):
    try:
        return host_ctypes_module.dlopen(name, mode)
    except OSError as error:
        from glass.objects.exceptions import os_error
        raise operation_error("OSError", str(error))


def dlclose(handle):
    try:
        host_ctypes_module.dlclose(handle)
    except OSError as error:
        raise operation_error("OSError", str(error))


def call_function(address, args_w, flags):
    """_ctypes.call_function and call_cdeclfunction; the audit hooks hear
    "ctypes.call_function" (address, arguments) first."""
    if should_audit():
        from glass.objects.tuple import new_tuple
        w_args = new_tuple(list(args_w))
        try:
            audit("ctypes.call_function", address, w_args)
        finally:
            decref(w_args)
    return call_proc(address, args_w, flags, None, None, None)
