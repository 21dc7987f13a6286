"""The zlib module: deflate compression, the CRC-32 and Adler-32 checksums.

Counterpart: Modules/zlibmodule.c.

The streams are the host's zlib (the same C library CPython links, so the
compressed bytes are the same).  This file owns the guest side: CPython's
argument converters and messages, the zlib.Compress and zlib.Decompress
types wrapping a host stream, and zlib.error.  A host error is turned into
the guest's exception of the same kind with the same message.
"""
from __future__ import annotations

import zlib as host_zlib

from glass.modules import builtin_module, function
from glass.objects import abstract
from glass.objects.exceptions import (EXCEPTION_TYPES, OperationError, new_exception,
                                      operation_error, overflow_error, type_error,
                                      value_error)
from glass.objects.object import W_Object, decref
from glass.objects.type import builtin_type, getter, method

W_ERROR = []            # [zlib.error], made with the module


def _compress_has_wbits():
    """Whether the host's zlib.compress takes wbits (Python 3.11 and later)."""
    try:
        host_zlib.compress(b"", 6, 15)
    except TypeError:
        return False
    return True


HOST_COMPRESS_HAS_WBITS = _compress_has_wbits()

# zlib.h's values, written out because not every host's zlib module has all of them.
CONSTANTS = (("MAX_WBITS", 15), ("DEFLATED", 8), ("DEF_MEM_LEVEL", 8),
             ("DEF_BUF_SIZE", 16384), ("Z_NO_COMPRESSION", 0), ("Z_BEST_SPEED", 1),
             ("Z_BEST_COMPRESSION", 9), ("Z_DEFAULT_COMPRESSION", -1), ("Z_FILTERED", 1),
             ("Z_HUFFMAN_ONLY", 2), ("Z_RLE", 3), ("Z_FIXED", 4), ("Z_DEFAULT_STRATEGY", 0),
             ("Z_NO_FLUSH", 0), ("Z_PARTIAL_FLUSH", 1), ("Z_SYNC_FLUSH", 2),
             ("Z_FULL_FLUSH", 3), ("Z_FINISH", 4), ("Z_BLOCK", 5), ("Z_TREES", 6))
MAX_WBITS = 15
DEFLATED = 8
DEF_MEM_LEVEL = 8
DEF_BUF_SIZE = 16384
Z_DEFAULT_COMPRESSION = -1
Z_DEFAULT_STRATEGY = 0
Z_FINISH = 4


# --- Argument converters -----------------------------------------------------------

def buffer_arg(w_data):
    """Clinic's Py_buffer converter, as a host bytes."""
    from glass.objects import stringlib
    return bytes(stringlib.bytes_arg(w_data))


def _index_value(w_value):
    w_int = abstract.index(w_value)
    value = w_int.value
    decref(w_int)
    return value


def c_int(w_value, default):
    """Clinic's int converter."""
    if w_value is None:
        return default
    value = _index_value(w_value)
    if not -(1 << 31) <= value < (1 << 31):
        raise overflow_error("Python int too large to convert to C int")
    return value


def c_ssize(w_value, default):
    """Clinic's Py_ssize_t converter."""
    if w_value is None:
        return default
    value = _index_value(w_value)
    if not -(1 << 63) <= value < (1 << 63):
        raise overflow_error("Python int too large to convert to C ssize_t")
    return value


def c_unsigned_mask(w_value, default):
    """Clinic's unsigned_int(bitwise=True): any int, modulo 2**32."""
    if w_value is None:
        return default
    return _index_value(w_value) & 0xFFFFFFFF


def run_host(func, *args):
    """Call the host's zlib; its errors become the guest's, same message."""
    try:
        return func(*args)
    except host_zlib.error as error:
        raise zlib_error(str(error))
    except (ValueError, TypeError, OverflowError, MemoryError) as error:
        raise operation_error(type(error).__name__, str(error))


def zlib_error(message):
    return OperationError(new_exception(W_ERROR[0], message))


def _bytes(value):
    from glass.objects.bytes import new_bytes
    return new_bytes(value)


def _int(value):
    from glass.objects.int import new_int
    return new_int(value)


# --- The stream objects ----------------------------------------------------------------

@builtin_type("zlib.Compress")
class W_Compress(W_Object):
    __slots__ = ("stream",)

    def __init__(self, stream):
        W_Object.__init__(self, W_Compress.w_type)
        self.stream = stream            # a host compression object

    @method("($self, data, /)")
    def compress(self, w_data):
        """Returns a bytes object containing compressed data.

  data
    Binary data to be compressed.

After calling this function, some of the input data may still
be stored in internal buffers for later processing.
Call the flush() method to clear these buffers."""
        return _bytes(run_host(self.stream.compress, buffer_arg(w_data)))

    @method("($self, mode=zlib.Z_FINISH, /)")
    def flush(self, w_mode):
        """Return a bytes object containing any remaining compressed data.

  mode
    One of the constants Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH.
    If mode == Z_FINISH, the compressor object can no longer be
    used after calling the flush() method.  Otherwise, more data
    can still be compressed."""
        mode = c_int(w_mode, Z_FINISH)
        return _bytes(run_host(self.stream.flush, mode))

    @method("($self, /)")
    def copy(self):
        """Return a copy of the compression object."""
        return W_Compress(run_host(self.stream.copy))

    @method("($self, /)", name="__copy__")
    def copy_(self):
        return W_Compress(run_host(self.stream.copy))

    @method("($self, memo, /)", name="__deepcopy__")
    def deepcopy(self, w_memo):
        return W_Compress(run_host(self.stream.copy))


@builtin_type("zlib.Decompress")
class W_Decompress(W_Object):
    __slots__ = ("stream",)

    def __init__(self, stream):
        W_Object.__init__(self, W_Decompress.w_type)
        self.stream = stream            # a host decompression object

    @method("($self, data, /, max_length=0)")
    def decompress(self, w_data, w_max_length):
        """Return a bytes object containing the decompressed version of the data.

  data
    The binary data to decompress.
  max_length
    The maximum allowable length of the decompressed data.
    Unconsumed input data will be stored in
    the unconsumed_tail attribute.

After calling this function, some of the input data may still be stored in
internal buffers for later processing.
Call the flush() method to clear these buffers."""
        data = buffer_arg(w_data)
        max_length = c_ssize(w_max_length, 0)
        if max_length < 0:
            raise value_error("max_length must be non-negative")
        return _bytes(run_host(self.stream.decompress, data, max_length))

    @method("($self, length=zlib.DEF_BUF_SIZE, /)")
    def flush(self, w_length):
        """Return a bytes object containing any remaining decompressed data.

  length
    the initial size of the output buffer."""
        length = c_ssize(w_length, DEF_BUF_SIZE)
        if length <= 0:
            raise value_error("length must be greater than zero")
        return _bytes(run_host(self.stream.flush, length))

    @method("($self, /)")
    def copy(self):
        """Return a copy of the decompression object."""
        return W_Decompress(run_host(self.stream.copy))

    @method("($self, /)", name="__copy__")
    def copy_(self):
        return W_Decompress(run_host(self.stream.copy))

    @method("($self, memo, /)", name="__deepcopy__")
    def deepcopy(self, w_memo):
        return W_Decompress(run_host(self.stream.copy))

    @getter("unused_data", member=True)
    def get_unused_data(self):
        return _bytes(self.stream.unused_data)

    @getter("unconsumed_tail", member=True)
    def get_unconsumed_tail(self):
        return _bytes(self.stream.unconsumed_tail)

    @getter("eof", member=True)
    def get_eof(self):
        from glass.objects.bool import new_bool
        return new_bool(self.stream.eof)


# --- The module -------------------------------------------------------------------------

@builtin_module("zlib")
class ZlibModule:
    """The functions in this module allow compression and decompression using the
zlib library, which is based on GNU zip.

adler32(string[, start]) -- Compute an Adler-32 checksum.
compress(data[, level]) -- Compress data, with compression level 0-9 or -1.
compressobj([level[, ...]]) -- Return a compressor object.
crc32(string[, start]) -- Compute a CRC-32 checksum.
decompress(string,[wbits],[bufsize]) -- Decompresses a compressed string.
decompressobj([wbits[, zdict]]) -- Return a decompressor object.

'wbits' is window buffer size and container format.
Compressor objects support compress() and flush() methods; decompressor
objects support decompress() and flush()."""

    @function("($module, data, value=1, /)")
    def adler32(w_data, w_value):
        """Compute an Adler-32 checksum of data.

  value
    Starting value of the checksum.

The returned checksum is an integer."""
        data = buffer_arg(w_data)
        return _int(host_zlib.adler32(data, c_unsigned_mask(w_value, 1)))

    @function("($module, data, value=0, /)")
    def crc32(w_data, w_value):
        """Compute a CRC-32 checksum of data.

  value
    Starting value of the checksum.

The returned checksum is an integer."""
        data = buffer_arg(w_data)
        return _int(host_zlib.crc32(data, c_unsigned_mask(w_value, 0)))

    @function("($module, data, /, level=Z_DEFAULT_COMPRESSION, wbits=MAX_WBITS)")
    def compress(w_data, w_level, w_wbits):
        """Returns a bytes object containing compressed data.

  data
    Binary data to be compressed.
  level
    Compression level, in 0-9 or -1.
  wbits
    The window buffer size and container format."""
        data = buffer_arg(w_data)
        level = c_int(w_level, Z_DEFAULT_COMPRESSION)
        wbits = c_int(w_wbits, MAX_WBITS)
        if HOST_COMPRESS_HAS_WBITS:
            return _bytes(run_host(host_zlib.compress, data, level, wbits))
        # An older host has no wbits here: a compressor object decompresses
        # the same, though at level 0 its stored blocks are cut differently.
        def compress_all():
            stream = host_zlib.compressobj(level, DEFLATED, wbits)
            return stream.compress(data) + stream.flush()
        return _bytes(run_host(compress_all))

    @function("($module, data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE)")
    def decompress(w_data, w_wbits, w_bufsize):
        """Returns a bytes object containing the uncompressed data.

  data
    Compressed data.
  wbits
    The window buffer size and container format.
  bufsize
    The initial output buffer size."""
        data = buffer_arg(w_data)
        wbits = c_int(w_wbits, MAX_WBITS)
        bufsize = c_ssize(w_bufsize, DEF_BUF_SIZE)
        if bufsize < 0:
            raise value_error("bufsize must be non-negative")
        return _bytes(run_host(host_zlib.decompress, data, wbits, max(bufsize, 1)))

    @function("($module, /, level=Z_DEFAULT_COMPRESSION, method=DEFLATED,\n"
              "            wbits=MAX_WBITS, memLevel=DEF_MEM_LEVEL,\n"
              "            strategy=Z_DEFAULT_STRATEGY, zdict=None)")
    def compressobj(w_level, w_method, w_wbits, w_memLevel, w_strategy, w_zdict):
        """Return a compressor object.

  level
    The compression level (an integer in the range 0-9 or -1; default is
    currently equivalent to 6).  Higher compression levels are slower,
    but produce smaller results.
  method
    The compression algorithm.  If given, this must be DEFLATED.
  wbits
    +9 to +15: The base-two logarithm of the window size.  Include a zlib
        container.
    -9 to -15: Generate a raw stream.
    +25 to +31: Include a gzip container.
  memLevel
    Controls the amount of memory used for internal compression state.
    Valid values range from 1 to 9.  Higher values result in higher memory
    usage, faster compression, and smaller output.
  strategy
    Used to tune the compression algorithm.  Possible values are
    Z_DEFAULT_STRATEGY, Z_FILTERED, and Z_HUFFMAN_ONLY.
  zdict
    The predefined compression dictionary - a sequence of bytes
    containing subsequences that are likely to occur in the input data."""
        args = [c_int(w_level, Z_DEFAULT_COMPRESSION), c_int(w_method, DEFLATED),
                c_int(w_wbits, MAX_WBITS), c_int(w_memLevel, DEF_MEM_LEVEL),
                c_int(w_strategy, Z_DEFAULT_STRATEGY)]
        if w_zdict is not None:
            args.append(buffer_arg(w_zdict))
        return W_Compress(run_host(host_zlib.compressobj, *args))

    @function("($module, /, wbits=MAX_WBITS, zdict=b'')")
    def decompressobj(w_wbits, w_zdict):
        """Return a decompressor object.

  wbits
    The window buffer size and container format.
  zdict
    The predefined compression dictionary.  This must be the same
    dictionary as used by the compressor that produced the input data."""
        from glass.objects import stringlib
        wbits = c_int(w_wbits, MAX_WBITS)
        if w_zdict is None:
            return W_Decompress(run_host(host_zlib.decompressobj, wbits))
        zdict = stringlib.getbuffer(w_zdict)
        if zdict is None:
            raise type_error("zdict argument must support the buffer protocol")
        return W_Decompress(run_host(host_zlib.decompressobj, wbits, bytes(zdict)))

    @staticmethod
    def init_module(w_module):
        from glass.objects.exceptions import new_exception_class
        from glass.objects.str import new_str
        from glass.objects.type import ready
        for cls in (W_Compress, W_Decompress):
            ready(cls.w_type)
            cls.w_type.tp_new = None         # only compressobj() and friends make them
            cls.w_type.dict.pop("__new__", None)
        if not W_ERROR:
            W_ERROR.append(new_exception_class("zlib.error", EXCEPTION_TYPES["Exception"]))
        w_module.w_dict.setitem_str("error", W_ERROR[0])
        for name, value in CONSTANTS:
            w_value = _int(value)
            w_module.w_dict.setitem_str(name, w_value)
            decref(w_value)
        for name, value in (("ZLIB_VERSION", host_zlib.ZLIB_VERSION),
                            ("ZLIB_RUNTIME_VERSION", host_zlib.ZLIB_RUNTIME_VERSION),
                            ("__version__", "1.0")):
            w_value = new_str(value)
            w_module.w_dict.setitem_str(name, w_value)
            decref(w_value)
