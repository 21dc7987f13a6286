"""The marshal module: the guest's face of glass/bytecode/marshal.py.

Counterpart: Python/marshal.c (the module functions).

The format itself lives in the bytecode layer, which reads and writes host
values; this module converts between those and guest objects, so guest
code (importlib's .pyc loader above all) gets guest objects only.
"""
from __future__ import annotations

from glass.bytecode import marshal as marshal_format
from glass.modules import builtin_module, function
from glass.objects import abstract
from glass.objects.exceptions import OperationError, operation_error, type_error
from glass.objects.object import decref
from glass.vm.audit import audit

VERSION = marshal_format.VERSION


def guest_value(value):
    """A guest object for a value the marshal reader made (a new reference)."""
    from glass.objects.codeobject import wrap_constant
    kind = type(value)
    if kind is list:
        from glass.objects.list import W_List
        return W_List([guest_value(v) for v in value])
    if kind is dict:
        from glass.objects.dict import W_Dict
        w_dict = W_Dict()
        for key, item in value.items():
            w_key, w_item = guest_value(key), guest_value(item)
            w_dict.setitem(w_key, w_item)
            decref(w_key)
            decref(w_item)
        return w_dict
    if kind is set:
        from glass.objects.list import W_List
        from glass.objects.set import W_Set
        w_items = W_List([guest_value(v) for v in value])
        try:
            return abstract.call(W_Set.w_type, [w_items])
        finally:
            decref(w_items)
    if kind is tuple:
        from glass.objects.tuple import new_tuple_owned
        return new_tuple_owned([guest_value(v) for v in value])
    if value is StopIteration:
        from glass.objects.exceptions import EXCEPTION_TYPES
        w_type = EXCEPTION_TYPES["StopIteration"]
        w_type.ob_refcnt += 1
        return w_type
    return wrap_constant(value)


def host_value(w_obj, depth=0):
    """The host value marshal writes for a guest object, or ValueError
    "unmarshallable object" as w_object's error says."""
    from glass.objects.bool import W_Bool
    from glass.objects.bytes import W_Bytes
    from glass.objects.codeobject import W_Code
    from glass.objects.complex import W_Complex
    from glass.objects.dict import W_Dict
    from glass.objects.exceptions import EXCEPTION_TYPES
    from glass.objects.float import W_Float
    from glass.objects.int import W_Int
    from glass.objects.list import W_List
    from glass.objects.none import w_Ellipsis, w_None
    from glass.objects.set import W_FrozenSet, W_Set
    from glass.objects.str import W_Str
    from glass.objects.tuple import W_Tuple
    if depth > marshal_format.MAX_MARSHAL_STACK_DEPTH:
        raise operation_error("ValueError", "object too deeply nested to marshal")
    depth += 1
    if w_obj is w_None:
        return None
    if w_obj is w_Ellipsis:
        return Ellipsis
    if w_obj is EXCEPTION_TYPES["StopIteration"]:
        return StopIteration
    if isinstance(w_obj, W_Bool):
        return w_obj.value != 0
    kind = w_obj.ob_type
    if kind is W_Int.w_type:
        return w_obj.value
    if kind is W_Float.w_type:
        return w_obj.value
    if kind is W_Complex.w_type:
        return complex(w_obj.real, w_obj.imag)
    if kind is W_Str.w_type:
        return w_obj.value
    if kind is W_Bytes.w_type:
        return w_obj.value
    if kind is W_Tuple.w_type:
        return tuple(host_value(w, depth) for w in w_obj.items)
    if kind is W_List.w_type:
        return [host_value(w, depth) for w in w_obj.items]
    if kind is W_Dict.w_type:
        return {host_value(k, depth): host_value(w_obj.getitem(k), depth)
                for k in w_obj.keys_list()}
    if kind is W_Set.w_type:
        return {host_value(w, depth) for w in abstract.iterate(w_obj)}
    if kind is W_FrozenSet.w_type:
        return frozenset(host_value(w, depth) for w in abstract.iterate(w_obj))
    if kind is W_Code.w_type:
        return w_obj.code
    # Any other bytes-like object (bytearray, memoryview, array, a bytes
    # subclass) is written as bytes, if its buffer is simple.
    from glass.objects.stringlib import simple_buffer_or_none
    data = simple_buffer_or_none(w_obj)
    if data is not None:
        return bytes(data)
    raise operation_error("ValueError", "unmarshallable object")


def _read_with_host(data):
    """On a CPython 3.11 host the host's marshal reads the same format, in C:
    its code objects are converted to Glass's (Code.from_host).  Elsewhere
    (PyPy writes another format) Glass's own reader runs."""
    import marshal as host_marshal_module
    from glass.bytecode.code import Code, _is_host_code
    value = host_marshal_module.loads(data)

    def convert(item):
        if _is_host_code(item):
            return Code.from_host(item)
        if type(item) is tuple:
            return tuple(convert(v) for v in item)
        if type(item) is list:
            return [convert(v) for v in item]
        return item
    return convert(value)


def _loads(data):
    from glass.tools.stdlib import HOST_IS_CPYTHON_311
    reader = _read_with_host if HOST_IS_CPYTHON_311 else marshal_format.loads
    try:
        value = reader(data)
    except EOFError as error:
        raise operation_error("EOFError", str(error))
    except (ValueError, TypeError) as error:
        raise operation_error(type(error).__name__, str(error))
    return guest_value(value)


def _buffer(w_obj, funcname):
    from glass.objects import stringlib
    data = stringlib.getbuffer(w_obj)
    if data is None:
        raise type_error("a bytes-like object is required, not '%s'"
                         % w_obj.ob_type.name)
    return bytes(data)


def _version(w_version):
    version = abstract.int_value(w_version) if w_version is not None else VERSION
    return version


def _dumps(w_value, version):
    """_PyMarshal_WriteObjectToString (dump and dumps): the audit hooks
    hear "marshal.dumps" first."""
    from glass.objects.bytes import new_bytes
    audit("marshal.dumps", w_value, version)
    value = host_value(w_value)
    try:
        return new_bytes(marshal_format.dumps(value, VERSION))
    except ValueError as error:
        raise operation_error("ValueError", str(error))
    del version


@builtin_module("marshal")
class MarshalModule:
    """This module contains functions that can read and write Python values in
a binary format. The format is specific to Python, but independent of
machine architecture issues.

Not all Python object types are supported; in general, only objects
whose value is independent from a particular invocation of Python can be
written and read by this module. The following types are supported:
None, integers, floating point numbers, strings, bytes, bytearrays,
tuples, lists, sets, dictionaries, and code objects, where it
should be understood that tuples, lists and dictionaries are only
supported as long as the values contained therein are themselves
supported; and recursive lists and dictionaries should not be written
(they will cause infinite loops).

Variables:

version -- indicates the format that the module uses. Version 0 is the
    historical format, version 1 shares interned strings and version 2
    uses a binary format for floating point numbers.
    Version 3 shares common object references (New in version 3.4).

Functions:

dump() -- write value to a file
load() -- read value from a file
dumps() -- marshal value as a bytes object
loads() -- read value from a bytes-like object"""

    @function("($module, bytes, /)")
    def loads(w_bytes):
        """Convert the bytes-like object to a value.

If no valid value is found, raise EOFError, ValueError or TypeError.  Extra
bytes in the input are ignored."""
        data = _buffer(w_bytes, "loads")
        audit("marshal.loads", data)
        return _loads(data)

    @function("($module, value, version=version, /)")
    def dumps(w_value, w_version):
        """Return the bytes object that would be written to a file by dump(value, file).

  value
    Must be a supported type.
  version
    Indicates the data format that dumps should use.

Raise a ValueError exception if value has (or contains an object that has) an
unsupported type."""
        return _dumps(w_value, _version(w_version))

    @function("($module, file, /)")
    def load(w_file):
        """Read one value from an open file and return it.

  file
    Must be readable binary file.

If no valid value is read (e.g. because the data has a different Python
version's incompatible marshal format), raise EOFError, ValueError or
TypeError.

Note: If an object containing an unsupported type was marshalled with
dump(), load() will substitute None for the unmarshallable type."""
        w_read = abstract.getattr_str(w_file, "read")
        try:
            w_data = abstract.call(w_read, [])
        finally:
            decref(w_read)
        try:
            data = _buffer(w_data, "load")
        finally:
            decref(w_data)
        audit("marshal.load")
        try:
            value, end = marshal_format.loads_with_end(data)
        except EOFError as error:
            raise operation_error("EOFError", str(error))
        except (ValueError, TypeError) as error:
            raise operation_error(type(error).__name__, str(error))
        _seek_back(w_file, len(data) - end)
        return guest_value(value)

    @function("($module, value, file, version=version, /)")
    def dump(w_value, w_file, w_version):
        """Write the value on the open file.

  value
    Must be a supported type.
  file
    Must be a writeable binary file.
  version
    Indicates the data format that dump should use.

If the value has (or contains an object that has) an unsupported type, a
ValueError exception is raised - but garbage data will also be written
to the file. The object will not be properly read back by load()."""
        w_data = _dumps(w_value, _version(w_version))
        try:
            w_write = abstract.getattr_str(w_file, "write")
            try:
                decref(abstract.call(w_write, [w_data]))
            finally:
                decref(w_write)
        finally:
            decref(w_data)


def _seek_back(w_file, unread):
    """load() read the whole rest of the file: move back to the value's end."""
    if unread <= 0:
        return
    from glass.objects.int import new_int
    try:
        w_seek = abstract.getattr_str(w_file, "seek")
    except OperationError as error:
        decref(error.w_value)
        return
    w_offset, w_whence = new_int(-unread), new_int(1)
    try:
        decref(abstract.call(w_seek, [w_offset, w_whence]))
    finally:
        decref(w_seek)
        decref(w_offset)
        decref(w_whence)


def init_module(w_module):
    from glass.objects.int import new_int
    w_version = new_int(VERSION)
    w_module.w_dict.setitem_str("version", w_version)
    decref(w_version)


MarshalModule.init_module = staticmethod(init_module)
