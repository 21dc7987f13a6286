"""The _bz2 module: the bzip2 compressor and decompressor objects behind bz2.

Counterpart: Modules/_bz2module.c.

The streams are the host's _bz2 objects (the same libbz2 CPython links, so
the bytes are the same); this file owns the guest side: argument checks,
the eof / unused_data / needs_input attributes, and errors turned into the
guest's exceptions with the host's messages.
"""
from __future__ import annotations

import _bz2 as host_bz2

from glass.modules import builtin_module
from glass.objects import abstract
from glass.objects.exceptions import operation_error, type_error
from glass.objects.object import W_Object
from glass.objects.type import builtin_type, getter, method, slot

HOST_COMPRESSOR = host_bz2.BZ2Compressor
HOST_DECOMPRESSOR = host_bz2.BZ2Decompressor
HOST_ERRORS = (ValueError, TypeError, OverflowError, EOFError, OSError, MemoryError)


def run_host(func, *args):
    """Call the host stream; its errors become the guest's, same message."""
    try:
        return func(*args)
    except HOST_ERRORS as error:
        raise operation_error(type(error).__name__, str(error))


def buffer_arg(w_data):
    """Clinic's Py_buffer converter, as a host bytes."""
    from glass.objects import stringlib
    return bytes(stringlib.bytes_arg(w_data))


def ssize_arg(w_value, default):
    """Clinic's Py_ssize_t converter."""
    from glass.objects.exceptions import overflow_error
    if w_value is None:
        return default
    w_int = abstract.index(w_value)
    value = w_int.value
    w_int.ob_refcnt -= 1
    if not -(1 << 63) <= value < (1 << 63):
        raise overflow_error("Python int too large to convert to C ssize_t")
    return value


def int_arg(w_value, default):
    """Clinic's int converter."""
    from glass.objects.exceptions import overflow_error
    from glass.objects.float import W_Float
    if w_value is None:
        return default
    if isinstance(w_value, W_Float):
        raise type_error("'float' object cannot be interpreted as an integer")
    w_int = abstract.index(w_value)
    value = w_int.value
    w_int.ob_refcnt -= 1
    if not -(1 << 31) <= value < (1 << 31):
        raise overflow_error("Python int too large to convert to C int")
    return value


def _bytes(value):
    from glass.objects.bytes import new_bytes
    return new_bytes(value)


def _bool(value):
    from glass.objects.bool import new_bool
    return new_bool(value)


def _no_arguments(name, args_w, kwnames):
    if kwnames:
        raise type_error("%s() takes no keyword arguments" % name)
    if args_w:
        raise type_error("%s() takes no positional arguments" % name)


def _new_instance(cls, w_type):
    if w_type is cls.w_type:
        return cls(w_type)
    from glass.objects.typeobject import _new_instance as alloc
    self = alloc(w_type)
    self.stream = None
    return self


@builtin_type("_bz2.BZ2Compressor", doc=HOST_COMPRESSOR.__doc__)
class W_BZ2Compressor(W_Object):
    __slots__ = ("stream",)

    def __init__(self, w_type):
        W_Object.__init__(self, w_type)
        self.stream = None              # the host compressor, made by __init__

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        return _new_instance(W_BZ2Compressor, w_type)

    @slot("tp_init")
    def init(self, args_w, kwnames):
        """_bz2.BZ2Compressor.__init__(compresslevel=9, /)."""
        if kwnames:
            raise type_error("BZ2Compressor() takes no keyword arguments")
        if len(args_w) > 1:
            raise type_error("BZ2Compressor expected at most 1 argument, got %d"
                             % len(args_w))
        level = int_arg(args_w[0] if args_w else None, 9)
        self.stream = run_host(HOST_COMPRESSOR, level)

    def host_stream(self):
        if self.stream is None:         # __init__ never ran
            self.stream = HOST_COMPRESSOR()
        return self.stream

    @method("($self, data, /)", doc=HOST_COMPRESSOR.compress.__doc__)
    def compress(self, w_data):
        data = buffer_arg(w_data)
        return _bytes(run_host(self.host_stream().compress, data))

    @method("($self, /)", doc=HOST_COMPRESSOR.flush.__doc__)
    def flush(self):
        return _bytes(run_host(self.host_stream().flush))


@builtin_type("_bz2.BZ2Decompressor", doc=HOST_DECOMPRESSOR.__doc__)
class W_BZ2Decompressor(W_Object):
    __slots__ = ("stream",)

    def __init__(self, w_type):
        W_Object.__init__(self, w_type)
        self.stream = None

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        return _new_instance(W_BZ2Decompressor, w_type)

    @slot("tp_init")
    def init(self, args_w, kwnames):
        _no_arguments("BZ2Decompressor", args_w, kwnames)
        self.stream = run_host(HOST_DECOMPRESSOR)

    def host_stream(self):
        if self.stream is None:
            self.stream = HOST_DECOMPRESSOR()
        return self.stream

    @method("($self, /, data, max_length=-1)", doc=HOST_DECOMPRESSOR.decompress.__doc__)
    def decompress(self, w_data, w_max_length):
        data = buffer_arg(w_data)
        max_length = ssize_arg(w_max_length, -1)
        return _bytes(run_host(self.host_stream().decompress, data, max_length))

    @getter("eof", doc=HOST_DECOMPRESSOR.eof.__doc__, member=True)
    def get_eof(self):
        return _bool(self.host_stream().eof)

    @getter("unused_data", doc=HOST_DECOMPRESSOR.unused_data.__doc__, member=True)
    def get_unused_data(self):
        return _bytes(self.host_stream().unused_data)

    @getter("needs_input", doc=HOST_DECOMPRESSOR.needs_input.__doc__, member=True)
    def get_needs_input(self):
        return _bool(self.host_stream().needs_input)


@builtin_module("_bz2")
class Bz2Module:
    @staticmethod
    def init_module(w_module):
        from glass.objects.str import new_str
        from glass.objects.type import ready
        for cls in (W_BZ2Compressor, W_BZ2Decompressor):
            ready(cls.w_type)
            if "__module__" not in cls.w_type.dict:   # heap types in CPython
                cls.w_type.dict["__module__"] = new_str("_bz2")
            w_module.w_dict.setitem_str(cls.w_type.name.rsplit(".", 1)[1], cls.w_type)

