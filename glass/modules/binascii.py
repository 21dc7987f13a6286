"""The binascii module: conversions between binary data and ASCII encodings.

Counterpart: Modules/binascii.c.

The encodings themselves (hex, base64, uuencode, quoted-printable, the two
CRCs) are the host's binascii, which implements the same algorithms byte
for byte.  What this file owns is the guest side: turning guest arguments
into bytes, str and C ints with CPython's converters and messages, and
handing back guest bytes, ints and binascii.Error / binascii.Incomplete.
"""
from __future__ import annotations

import binascii as host_binascii

from glass.modules import builtin_module, function
from glass.objects import abstract
from glass.objects.exceptions import (EXCEPTION_TYPES, OperationError, new_exception,
                                      operation_error, overflow_error, type_error,
                                      value_error)
from glass.objects.object import decref

W_ERRORS = {}          # "Error" / "Incomplete" -> the guest exception class


# --- Argument converters -------------------------------------------------------------

def _buffer(w_obj):
    """PyObject_GetBuffer(PyBUF_SIMPLE): a strided memoryview is a BufferError."""
    from glass.objects import stringlib
    return stringlib.simple_buffer(w_obj)


def binary_data(w_data):
    """The "y*" converter of the b2a_ functions and the CRCs: a bytes-like object."""
    data = _buffer(w_data)
    if data is None:
        raise type_error("a bytes-like object is required, not '%s'"
                         % w_data.ob_type.name)
    return bytes(data)


def ascii_data(w_data):
    """ascii_buffer_converter, for the a2b_ functions: a bytes-like object, or
    a str holding only ASCII characters."""
    from glass.objects.str import W_Str
    if isinstance(w_data, W_Str):
        text = w_data.value
        if not all(ord(char) < 128 for char in text):
            raise value_error("string argument should contain only ASCII characters")
        return text.encode("ascii")
    from glass.objects import stringlib
    data = stringlib.getbuffer(w_data)
    # Any buffer that fails (a strided one too) gets the same TypeError.
    if data is None or (isinstance(data, memoryview) and not data.c_contiguous):
        raise type_error("argument should be bytes, buffer or ASCII string, not '%s'"
                         % w_data.ob_type.name)
    return bytes(data)


def _index_value(w_value):
    w_int = abstract.index(w_value)
    value = w_int.value
    decref(w_int)
    return value


def c_int(w_value, default):
    """_PyLong_AsInt (clinic's int and bool(accept={int}) converters)."""
    if w_value is None:
        return default
    value = _index_value(w_value)
    if not -(1 << 31) <= value < (1 << 31):
        raise overflow_error("Python int too large to convert to C int")
    return value


def c_unsigned_mask(w_value, default):
    """PyLong_AsUnsignedLongMask cut to an unsigned int (clinic's bitwise
    unsigned_int): any int, taken modulo 2**32."""
    if w_value is None:
        return default
    return _index_value(w_value) & 0xFFFFFFFF


def separator(w_sep):
    """The sep argument of hexlify: a str or a bytes-like object (its length
    is checked by the hex formatter)."""
    from glass.objects.str import W_Str
    if isinstance(w_sep, W_Str):
        return w_sep.value
    data = _buffer(w_sep)
    if data is None:
        raise type_error("object of type '%s' has no len()" % w_sep.ob_type.name)
    return bytes(data)


def run_host(func, *args, **kwargs):
    """Call the host's binascii; its errors become the guest's, same message."""
    try:
        return func(*args, **kwargs)
    except host_binascii.Incomplete as error:
        raise OperationError(new_exception(W_ERRORS["Incomplete"], str(error)))
    except host_binascii.Error as error:
        raise OperationError(new_exception(W_ERRORS["Error"], str(error)))
    except (ValueError, TypeError, OverflowError) as error:
        raise operation_error(type(error).__name__, str(error))


def _bytes(value):
    from glass.objects.bytes import new_bytes
    return new_bytes(value)


def _int(value):
    from glass.objects.int import new_int
    return new_int(value)


@builtin_module("binascii")
class BinasciiModule:
    """Conversion between binary data and ASCII"""

    @function("($module, data, /)")
    def a2b_uu(w_data):
        """Decode a line of uuencoded data."""
        return _bytes(run_host(host_binascii.a2b_uu, ascii_data(w_data)))

    @function("($module, data, /, *, backtick=False)")
    def b2a_uu(w_data, w_backtick):
        """Uuencode line of data."""
        data = binary_data(w_data)
        backtick = c_int(w_backtick, 0)
        return _bytes(run_host(host_binascii.b2a_uu, data, backtick=bool(backtick)))

    @function("($module, data, /, *, strict_mode=False)")
    def a2b_base64(w_data, w_strict_mode):
        """Decode a line of base64 data.

  strict_mode
    When set to True, bytes that are not part of the base64 standard are not allowed.
    The same applies to excess data after padding (= / ==)."""
        data = ascii_data(w_data)
        strict = c_int(w_strict_mode, 0)
        if not strict:
            # Hosts before 3.11 have no strict_mode; the lenient decoder is theirs too.
            return _bytes(run_host(host_binascii.a2b_base64, data))
        return _bytes(run_host(host_binascii.a2b_base64, data, strict_mode=True))

    @function("($module, data, /, *, newline=True)")
    def b2a_base64(w_data, w_newline):
        """Base64-code line of data."""
        data = binary_data(w_data)
        newline = c_int(w_newline, 1)
        return _bytes(run_host(host_binascii.b2a_base64, data, newline=bool(newline)))

    @function("($module, data, crc, /)")
    def crc_hqx(w_data, w_crc):
        """Compute CRC-CCITT incrementally."""
        data = binary_data(w_data)
        crc = c_unsigned_mask(w_crc, 0)
        return _int(run_host(host_binascii.crc_hqx, data, crc & 0xFFFF))

    @function("($module, data, crc=0, /)")
    def crc32(w_data, w_crc):
        """Compute CRC-32 incrementally."""
        data = binary_data(w_data)
        crc = c_unsigned_mask(w_crc, 0)
        return _int(run_host(host_binascii.crc32, data, crc))

    @function("($module, /, data, sep=<unrepresentable>, bytes_per_sep=1)")
    def b2a_hex(w_data, w_sep, w_bytes_per_sep):
        """Hexadecimal representation of binary data.

  sep
    An optional single character or byte to separate hex bytes.
  bytes_per_sep
    How many bytes between separators.  Positive values count from the
    right, negative values count from the left.

The return value is a bytes object.  This function is also
available as "hexlify()".

Example:
>>> binascii.b2a_hex(b'\\xb9\\x01\\xef')
b'b901ef'
>>> binascii.hexlify(b'\\xb9\\x01\\xef', ':')
b'b9:01:ef'
>>> binascii.b2a_hex(b'\\xb9\\x01\\xef', b'_', 2)
b'b9_01ef'"""
        return _hexlify(w_data, w_sep, w_bytes_per_sep)

    @function("($module, /, data, sep=<unrepresentable>, bytes_per_sep=1)")
    def hexlify(w_data, w_sep, w_bytes_per_sep):
        """Hexadecimal representation of binary data.

  sep
    An optional single character or byte to separate hex bytes.
  bytes_per_sep
    How many bytes between separators.  Positive values count from the
    right, negative values count from the left.

The return value is a bytes object.  This function is also
available as "b2a_hex()"."""
        return _hexlify(w_data, w_sep, w_bytes_per_sep)

    @function("($module, hexstr, /)")
    def a2b_hex(w_hexstr):
        """Binary data of hexadecimal representation.

hexstr must contain an even number of hex digits (upper or lower case).
This function is also available as "unhexlify()"."""
        return _bytes(run_host(host_binascii.a2b_hex, ascii_data(w_hexstr)))

    @function("($module, hexstr, /)")
    def unhexlify(w_hexstr):
        """Binary data of hexadecimal representation.

hexstr must contain an even number of hex digits (upper or lower case)."""
        return _bytes(run_host(host_binascii.a2b_hex, ascii_data(w_hexstr)))

    @function("($module, /, data, header=False)")
    def a2b_qp(w_data, w_header):
        """Decode a string of qp-encoded data."""
        data = ascii_data(w_data)
        header = c_int(w_header, 0)
        return _bytes(run_host(host_binascii.a2b_qp, data, bool(header)))

    @function("($module, /, data, quotetabs=False, istext=True, header=False)")
    def b2a_qp(w_data, w_quotetabs, w_istext, w_header):
        """Encode a string using quoted-printable encoding.

On encoding, when istext is set, newlines are not encoded, and white
space at end of lines is.  When istext is not set, \\r and \\n (CR/LF)
are both encoded.  When quotetabs is set, space and tabs are encoded."""
        data = binary_data(w_data)
        quotetabs = c_int(w_quotetabs, 0)
        istext = c_int(w_istext, 1)
        header = c_int(w_header, 0)
        return _bytes(run_host(host_binascii.b2a_qp, data, bool(quotetabs),
                               bool(istext), bool(header)))


def _hexlify(w_data, w_sep, w_bytes_per_sep):
    data = binary_data(w_data)
    bytes_per_sep = c_int(w_bytes_per_sep, 1)
    if w_sep is None:
        return _bytes(run_host(host_binascii.b2a_hex, data))
    return _bytes(run_host(host_binascii.b2a_hex, data, separator(w_sep), bytes_per_sep))


def init_module(w_module):
    from glass.objects.exceptions import new_exception_class
    if not W_ERRORS:
        W_ERRORS["Error"] = new_exception_class("binascii.Error",
                                                EXCEPTION_TYPES["ValueError"])
        W_ERRORS["Incomplete"] = new_exception_class("binascii.Incomplete",
                                                     EXCEPTION_TYPES["Exception"])
    for name, w_class in W_ERRORS.items():
        w_module.w_dict.setitem_str(name, w_class)


BinasciiModule.init_module = staticmethod(init_module)
