"""The _lzma module: the LZMA/XZ compressor and decompressor behind lzma.

Counterpart: Modules/_lzmamodule.c.

The streams and the filter-property codecs are the host's _lzma (the same
liblzma CPython links, so the bytes are the same).  This file converts the
guest's arguments (filter chains are guest lists of guest dicts) into host
values, and the host's results and errors back into guest ones: a host
LZMAError becomes the guest's _lzma.LZMAError with the same message.
"""
from __future__ import annotations

import _lzma as host_lzma

from glass.objects.buildvalue import build_value
from glass.modules import builtin_module, function
from glass.objects import abstract
from glass.objects.exceptions import (EXCEPTION_TYPES, OperationError, operation_error,
                                      type_error)
from glass.objects.object import W_Object, decref
from glass.objects.type import builtin_type, getter, method, slot

HOST_COMPRESSOR = host_lzma.LZMACompressor
HOST_DECOMPRESSOR = host_lzma.LZMADecompressor
HOST_ERRORS = (ValueError, TypeError, OverflowError, EOFError, MemoryError)
# CPython's integer constants; PyPy's cffi _lzma adds helpers such as a
# BCJ_FILTERS tuple that CPython's module does not have.
CONSTANT_NAMES = sorted(name for name in dir(host_lzma)
                        if name.isupper() and type(getattr(host_lzma, name)) is int)

W_LZMA_ERROR = []          # [_lzma.LZMAError], made with the module


def run_host(func, *args, **kwargs):
    """Call the host's _lzma; its errors become the guest's, same message."""
    try:
        return func(*args, **kwargs)
    except host_lzma.LZMAError as error:
        raise OperationError(_new_guest_exception(W_LZMA_ERROR[0], str(error)))
    except HOST_ERRORS as error:
        raise operation_error(type(error).__name__, str(error))


def _new_guest_exception(w_type, message):
    """w_type(message) as the guest calls it (new_exception() drops a reference
    to a heap exception class)."""
    from glass.objects.str import new_str
    w_message = new_str(message)
    try:
        return abstract.call(w_type, [w_message])
    finally:
        decref(w_message)


# --- Values between host and guest ---------------------------------------------------

def to_host(w_value):
    """A filter chain's guest value as a host value: ints, strs, None, and
    lists, tuples and dicts of them (anything else is left for the host
    converter to reject, as the C converter would)."""
    from glass.objects.dict import W_Dict
    from glass.objects.int import W_Int
    from glass.objects.list import W_List
    from glass.objects.none import w_None
    from glass.objects.str import W_Str
    from glass.objects.tuple import W_Tuple
    if w_value is w_None:
        return None
    if isinstance(w_value, W_Int):
        return w_value.value
    if isinstance(w_value, W_Str):
        return w_value.value
    if isinstance(w_value, (W_List, W_Tuple)):
        return [to_host(w_item) for w_item in w_value.items]
    if isinstance(w_value, W_Dict):
        return {to_host(w_key): to_host(w_item) for w_key, w_item in w_value.item_pairs()}
    if w_value.ob_type.sq_item is not None or w_value.ob_type.tp_iter is not None:
        result = []
        for w_item in abstract.iterate(w_value):
            try:
                result.append(to_host(w_item))
            finally:
                decref(w_item)
        return result
    return object()


def buffer_arg(w_data):
    """Clinic's Py_buffer converter, as a host bytes."""
    from glass.objects import stringlib
    return bytes(stringlib.bytes_arg(w_data))


def int_value(w_value):
    from glass.objects.float import W_Float
    if isinstance(w_value, W_Float):
        raise type_error("'float' object cannot be interpreted as an integer")
    w_int = abstract.index(w_value)
    value = w_int.value
    decref(w_int)
    return value


def _bytes(value):
    from glass.objects.bytes import new_bytes
    return new_bytes(value)


def _bool(value):
    from glass.objects.bool import new_bool
    return new_bool(value)


def _bind(name, keywords, args_w, kwnames):
    """PyArg_ParseTupleAndKeywords("|OOOO") over `keywords`."""
    nkw = len(kwnames) if kwnames else 0
    npos = len(args_w) - nkw
    if npos > len(keywords):
        raise type_error("%s() takes at most %d arguments (%d given)"
                         % (name, len(keywords), npos))
    values = dict(zip(keywords, args_w[:npos]))
    for index, key in enumerate(kwnames or ()):
        if key not in keywords:
            raise type_error("%s() got an unexpected keyword argument '%s'" % (name, key))
        if key in values:
            raise type_error("argument for %s() given by name ('%s') and position (%d)"
                             % (name, key, keywords.index(key) + 1))
        values[key] = args_w[npos + index]
    return values


def _new_instance(cls, w_type):
    if w_type is cls.w_type:
        return cls(w_type)
    from glass.objects.typeobject import _new_instance as alloc
    self = alloc(w_type)
    self.stream = None
    return self


@builtin_type("_lzma.LZMACompressor", doc=HOST_COMPRESSOR.__doc__)
class W_LZMACompressor(W_Object):
    __slots__ = ("stream",)

    def __init__(self, w_type):
        W_Object.__init__(self, w_type)
        self.stream = None              # the host compressor, made by __init__

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        return _new_instance(W_LZMACompressor, w_type)

    @slot("tp_init")
    def init(self, args_w, kwnames):
        """LZMACompressor(format=FORMAT_XZ, check=-1, preset=None, filters=None)."""
        from glass.objects.none import w_None
        values = _bind("LZMACompressor", ("format", "check", "preset", "filters"),
                       args_w, kwnames)
        kwargs = {}
        for name in ("format", "check"):
            if name in values:
                kwargs[name] = int_value(values[name])
        for name in ("preset", "filters"):
            w_value = values.get(name)
            if w_value is not None and w_value is not w_None:
                kwargs[name] = to_host(w_value)
        self.stream = run_host(HOST_COMPRESSOR, **kwargs)

    def host_stream(self):
        if self.stream is None:
            self.stream = HOST_COMPRESSOR()
        return self.stream

    @method("($self, data, /)", doc=HOST_COMPRESSOR.compress.__doc__)
    def compress(self, w_data):
        data = buffer_arg(w_data)
        return _bytes(run_host(self.host_stream().compress, data))

    @method("($self, /)", doc=HOST_COMPRESSOR.flush.__doc__)
    def flush(self):
        return _bytes(run_host(self.host_stream().flush))


@builtin_type("_lzma.LZMADecompressor", doc=HOST_DECOMPRESSOR.__doc__)
class W_LZMADecompressor(W_Object):
    __slots__ = ("stream",)

    def __init__(self, w_type):
        W_Object.__init__(self, w_type)
        self.stream = None

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        return _new_instance(W_LZMADecompressor, w_type)

    @slot("tp_init")
    def init(self, args_w, kwnames):
        """LZMADecompressor(format=FORMAT_AUTO, memlimit=None, filters=None)."""
        from glass.objects.none import w_None
        values = _bind("LZMADecompressor", ("format", "memlimit", "filters"),
                       args_w, kwnames)
        kwargs = {}
        if "format" in values:
            kwargs["format"] = int_value(values["format"])
        w_memlimit = values.get("memlimit")
        if w_memlimit is not None and w_memlimit is not w_None:
            kwargs["memlimit"] = int_value(w_memlimit)
        w_filters = values.get("filters")
        if w_filters is not None and w_filters is not w_None:
            kwargs["filters"] = to_host(w_filters)
        self.stream = run_host(HOST_DECOMPRESSOR, **kwargs)

    def host_stream(self):
        if self.stream is None:
            self.stream = HOST_DECOMPRESSOR()
        return self.stream

    @method("($self, /, data, max_length=-1)", doc=HOST_DECOMPRESSOR.decompress.__doc__)
    def decompress(self, w_data, w_max_length):
        data = buffer_arg(w_data)
        max_length = -1 if w_max_length is None else int_value(w_max_length)
        return _bytes(run_host(self.host_stream().decompress, data, max_length))

    @getter("check", doc="ID of the integrity check used by the input stream.",
            member=True)
    def get_check(self):
        from glass.objects.int import new_int
        return new_int(self.host_stream().check)

    @getter("eof", doc="True if the end-of-stream marker has been reached.", member=True)
    def get_eof(self):
        return _bool(self.host_stream().eof)

    @getter("unused_data", doc="Data found after the end of the compressed stream.", member=True)
    def get_unused_data(self):
        return _bytes(self.host_stream().unused_data)

    @getter("needs_input", doc="True if more input is needed before more decompressed data can be produced.",
            member=True)
    def get_needs_input(self):
        return _bool(self.host_stream().needs_input)


@builtin_module("_lzma")
class LzmaModule:
    @function("($module, check_id, /)", doc=host_lzma.is_check_supported.__doc__)
    def is_check_supported(w_check_id):
        return _bool(run_host(host_lzma.is_check_supported, int_value(w_check_id)))

    @function("($module, filter, /)", doc=host_lzma._encode_filter_properties.__doc__)
    def _encode_filter_properties(w_filter):
        return _bytes(run_host(host_lzma._encode_filter_properties, to_host(w_filter)))

    @function("($module, filter_id, encoded_props, /)",
              doc=host_lzma._decode_filter_properties.__doc__)
    def _decode_filter_properties(w_filter_id, w_encoded_props):
        filter_id = int_value(w_filter_id)
        props = buffer_arg(w_encoded_props)
        return build_value(run_host(host_lzma._decode_filter_properties, filter_id, props))

    @staticmethod
    def init_module(w_module):
        from glass.objects.exceptions import new_exception_class
        from glass.objects.int import new_int
        from glass.objects.str import new_str
        from glass.objects.type import ready
        for cls in (W_LZMACompressor, W_LZMADecompressor):
            ready(cls.w_type)
            if "__module__" not in cls.w_type.dict:   # heap types in CPython
                cls.w_type.dict["__module__"] = new_str("_lzma")
            w_module.w_dict.setitem_str(cls.w_type.name.rsplit(".", 1)[1], cls.w_type)
        if not W_LZMA_ERROR:
            W_LZMA_ERROR.append(new_exception_class("_lzma.LZMAError",
                                                    EXCEPTION_TYPES["Exception"]))
        w_module.w_dict.setitem_str("LZMAError", W_LZMA_ERROR[0])
        for name in CONSTANT_NAMES:
            w_value = new_int(getattr(host_lzma, name))
            w_module.w_dict.setitem_str(name, w_value)
            decref(w_value)
