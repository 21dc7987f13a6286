"""The _pickle module: the pickler and unpickler that pickle.py imports.

Counterpart: Modules/_pickle.c (and Objects/picklebufobject.c for PickleBuffer).

pickle.py carries pure-Python versions of everything here; those run as
guest bytecode, which is slow.  This module runs the same algorithms on the
host side: the Pickler (_pickle_pickler.py) walks guest objects directly
(exact builtin types by their W_ fields) and writes opcodes into a host
bytearray; the Unpickler (_pickle_unpickler.py) reads opcodes from host
bytes and builds guest objects; PickleBuffer is in _pickle_buffer.py.  This
file holds what they share (the opcodes, the module state, the lookup of
globals by name) and the module itself.  Guest code runs only where C's does: __reduce_ex__,
persistent_id, reducer_override, dispatch tables, the file's methods,
find_class, __setstate__ and the callables a pickle names.

The output is byte for byte what CPython's C pickler writes: framing for
protocol 4 and up, the short opcodes, batches of 1000, the memo.
"""
from __future__ import annotations

import struct

from glass.modules import builtin_module, function
from glass.objects import abstract
from glass.objects.exceptions import (EXCEPTION_TYPES, OperationError, new_exception,
                                      new_exception_class, type_error)
from glass.objects.bytes import new_bytes
from glass.objects.dict import W_Dict
from glass.objects.int import new_int
from glass.objects.none import w_None
from glass.objects.object import decref
from glass.objects.str import W_Str, new_str
from glass.objects.tuple import W_Tuple, new_tuple, new_tuple_owned
from glass.vm import pystate

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4
BATCHSIZE = 1000
FAST_NESTING_LIMIT = 50
FRAME_SIZE_MIN = 4
FRAME_SIZE_TARGET = 64 * 1024
FRAME_HEADER_SIZE = 9

# The opcodes (pickletools documents each), as byte values.
MARK = ord("(")
STOP = ord(".")
POP = ord("0")
POP_MARK = ord("1")
DUP = ord("2")
FLOAT = ord("F")
INT = ord("I")
BININT = ord("J")
BININT1 = ord("K")
LONG = ord("L")
BININT2 = ord("M")
NONE = ord("N")
PERSID = ord("P")
BINPERSID = ord("Q")
REDUCE = ord("R")
STRING = ord("S")
BINSTRING = ord("T")
SHORT_BINSTRING = ord("U")
UNICODE = ord("V")
BINUNICODE = ord("X")
APPEND = ord("a")
BUILD = ord("b")
GLOBAL = ord("c")
DICT = ord("d")
EMPTY_DICT = ord("}")
APPENDS = ord("e")
GET = ord("g")
BINGET = ord("h")
INST = ord("i")
LONG_BINGET = ord("j")
LIST = ord("l")
EMPTY_LIST = ord("]")
OBJ = ord("o")
PUT = ord("p")
BINPUT = ord("q")
LONG_BINPUT = ord("r")
SETITEM = ord("s")
TUPLE = ord("t")
EMPTY_TUPLE = ord(")")
SETITEMS = ord("u")
BINFLOAT = ord("G")
PROTO = 0x80
NEWOBJ = 0x81
EXT1 = 0x82
EXT2 = 0x83
EXT4 = 0x84
TUPLE1 = 0x85
TUPLE2 = 0x86
TUPLE3 = 0x87
NEWTRUE = 0x88
NEWFALSE = 0x89
LONG1 = 0x8A
LONG4 = 0x8B
BINBYTES = ord("B")
SHORT_BINBYTES = ord("C")
SHORT_BINUNICODE = 0x8C
BINUNICODE8 = 0x8D
BINBYTES8 = 0x8E
EMPTY_SET = 0x8F
ADDITEMS = 0x90
FROZENSET = 0x91
NEWOBJ_EX = 0x92
STACK_GLOBAL = 0x93
MEMOIZE = 0x94
FRAME = 0x95
BYTEARRAY8 = 0x96
NEXT_BUFFER = 0x97
READONLY_BUFFER = 0x98

TUPLE_SIZE_OPCODES = (EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3)
PACK_DOUBLE = struct.Struct(">d").pack
PACK_INT32 = struct.Struct("<i").pack
PACK_UINT32 = struct.Struct("<I").pack
PACK_UINT64 = struct.Struct("<Q").pack


class PickleState:
    """The module state (PickleState in C): the exception classes and what
    the module takes from copyreg, _compat_pickle, codecs and functools.
    Made once, so a second import of _pickle shares the exception classes."""
    w_PickleError = None
    w_PicklingError = None
    w_UnpicklingError = None
    w_dispatch_table = None           # copyreg.dispatch_table
    w_extension_registry = None       # copyreg._extension_registry
    w_inverted_registry = None        # copyreg._inverted_registry
    w_extension_cache = None          # copyreg._extension_cache
    w_name_mapping_2to3 = None        # _compat_pickle.NAME_MAPPING
    w_import_mapping_2to3 = None      # _compat_pickle.IMPORT_MAPPING
    w_name_mapping_3to2 = None        # _compat_pickle.REVERSE_NAME_MAPPING
    w_import_mapping_3to2 = None      # _compat_pickle.REVERSE_IMPORT_MAPPING
    w_codecs_encode = None
    w_getattr = None                  # builtins.getattr
    w_partial = None                  # functools.partial


STATE = PickleState()


# --- Small helpers ------------------------------------------------------------------------

def _newref(w_obj):
    w_obj.ob_refcnt += 1
    return w_obj


_str = new_str
_int = new_int
_bytes = new_bytes
_tuple_owned = new_tuple_owned
_tuple = new_tuple


def pickling_error(message):
    return OperationError(new_exception(STATE.w_PicklingError, message))


def unpickling_error(message):
    return OperationError(new_exception(STATE.w_UnpicklingError, message))


def _error(name, message):
    return OperationError(new_exception(EXCEPTION_TYPES[name], message))


def _matches(error, name):
    return error.match(EXCEPTION_TYPES[name])


def repr_text(w_obj):
    return abstract.repr_text(w_obj)


def str_text(w_obj):
    return abstract.str_text(w_obj)


def is_callable(w_obj):
    return w_obj.ob_type.tp_call is not None


def iter_next(w_iter):
    """PyIter_Next: a new reference, or None at the end (a StopIteration
    from a class's __next__ counts as the end, as in C)."""
    try:
        return w_iter.ob_type.tp_iternext(w_iter)
    except OperationError as error:
        if not _matches(error, "StopIteration"):
            raise
        decref(error.w_value)
        return None


def int_arg(w_value):
    """A C int member's value (T_INT): PyLong_AsLong."""
    from glass.objects.int import W_Int
    if not isinstance(w_value, W_Int):
        w_index = abstract.index(w_value)
        value = w_index.value
        decref(w_index)
    else:
        value = w_value.value
    if not -(1 << 31) <= value < (1 << 31):
        raise _error("OverflowError", "Python int too large to convert to C int")
    return value


def ssize_arg(w_value):
    w_index = abstract.index(w_value)
    value = w_index.value
    decref(w_index)
    if not -(1 << 63) <= value < (1 << 63):
        raise _error("OverflowError", "Python int too large to convert to C ssize_t")
    return value


def bool_arg(w_value):
    """A clinic `bool` argument (PyObject_IsTrue); None means the default True."""
    return True if w_value is None else abstract.is_true(w_value)


def init_method_ref(w_self, name):
    """init_method_ref: the attribute `name` of w_self, taken apart when it
    is a method bound to w_self (so the object holds no cycle to itself):
    (function, bound-to-self flag), or (None, False)."""
    from glass.objects.funcobject import W_Method
    w_func = abstract.lookup_attr_str(w_self, name)
    if w_func is None:
        return None, False
    if type(w_func) is W_Method and w_func.w_self is w_self:
        w_inner = _newref(w_func.w_func)
        decref(w_func)
        return w_inner, True
    return w_func, False


def reconstruct_method(w_func, bound, w_self):
    if bound:
        from glass.objects.funcobject import W_Method
        return W_Method(w_func, w_self)
    return _newref(w_func)


def call_method_ref(w_func, bound, w_self, w_arg):
    if bound:
        return abstract.call(w_func, [w_self, w_arg])
    return abstract.call(w_func, [w_arg])


def import_module(w_name):
    """PyImport_Import: the module named w_name (a new reference)."""
    from glass.vm.imports import import_module as glass_import
    if not isinstance(w_name, W_Str):
        w_import = abstract.getattr_str(pystate.interpreter().w_builtins, "__import__")
        try:
            return abstract.call(w_import, [w_name])
        finally:
            decref(w_import)
    return glass_import(w_name.value)


# --- Names of globals ---------------------------------------------------------------------

def get_dotted_path(w_obj, w_name):
    """The parts of a dotted __qualname__ as a host list of guest strs
    (new references); "<locals>" in it means the object cannot be found."""
    if not isinstance(w_name, W_Str):
        raise type_error("must be str, not %s" % w_name.ob_type.name)
    parts = w_name.value.split(".")
    if "<locals>" in parts:
        if w_obj is None:
            raise _error("AttributeError", "Can't pickle local object %s"
                         % repr_text(w_name))
        raise _error("AttributeError", "Can't pickle local attribute %s on %s"
                     % (repr_text(w_name), repr_text(w_obj)))
    return [_str(part) for part in parts]


def release_all(items_w):
    for w_item in items_w:
        decref(w_item)


def get_deep_attribute(w_obj, path_w):
    """Follow the names of path_w from w_obj: (attribute, parent) as new
    references, or (None, None) when an attribute is missing."""
    w_parent = None
    w_obj = _newref(w_obj)
    for w_name in path_w:
        if w_parent is not None:
            decref(w_parent)
        w_parent = w_obj
        try:
            w_obj = abstract.lookup_attr(w_parent, w_name)
        except OperationError:
            decref(w_parent)
            raise
        if w_obj is None:
            decref(w_parent)
            return None, None
    return w_obj, w_parent


def getattribute(w_obj, w_name, allow_qualname):
    """getattribute: obj.name, following dots when allowed."""
    if allow_qualname:
        path_w = get_dotted_path(w_obj, w_name)
        try:
            w_attr, w_parent = get_deep_attribute(w_obj, path_w)
        finally:
            release_all(path_w)
        if w_parent is not None:
            decref(w_parent)
    else:
        w_attr = abstract.lookup_attr(w_obj, w_name)
    if w_attr is None:
        raise _error("AttributeError", "Can't get attribute %s on %s"
                     % (repr_text(w_name), repr_text(w_obj)))
    return w_attr


def check_module(w_module_name, w_module, w_global, path_w):
    """_checkmodule: is w_global found at path_w inside w_module?"""
    if w_module is w_None:
        return False
    if isinstance(w_module_name, W_Str) and w_module_name.value == "__main__":
        return False
    w_candidate, w_parent = get_deep_attribute(w_module, path_w)
    if w_candidate is None:
        return False
    decref(w_candidate)
    decref(w_parent)
    return w_candidate is w_global


def whichmodule(w_global, path_w):
    """The module name of a global: its __module__, or the first module of
    sys.modules that holds it, or '__main__'."""
    w_module_name = abstract.lookup_attr_str(w_global, "__module__")
    if w_module_name is not None:
        if w_module_name is not w_None:
            return w_module_name
        decref(w_module_name)
    w_modules = pystate.interpreter().w_modules
    if w_modules is None:
        raise _error("RuntimeError", "unable to get sys.modules")
    if type(w_modules) is W_Dict:
        for w_name, w_module in w_modules.item_pairs():
            w_name.ob_refcnt += 1
            w_module.ob_refcnt += 1
            try:
                if check_module(w_name, w_module, w_global, path_w):
                    return _newref(w_name)
            finally:
                decref(w_name)
                decref(w_module)
    else:
        for w_name in abstract.iterate(w_modules):
            try:
                w_module = abstract.getitem(w_modules, w_name)
                try:
                    if check_module(w_name, w_module, w_global, path_w):
                        return _newref(w_name)
                finally:
                    decref(w_module)
            finally:
                decref(w_name)
    return _str("__main__")


def is_static_type(w_obj):
    from glass.objects.type import HEAPTYPE, W_Type
    return isinstance(w_obj, W_Type) and not w_obj.flags & HEAPTYPE


def found_in_sys_modules(w_obj):
    """Did whichmodule search sys.modules (no usable __module__)?"""
    w_module = abstract.lookup_attr_str(w_obj, "__module__")
    if w_module is None:
        return True
    decref(w_module)
    return w_module is w_None


def encode_long(value):
    """The little-endian two's complement bytes LONG1/LONG4 carry: one byte
    more than the bits need, trimmed when that byte is only sign."""
    if value == 0:
        return b""
    nbytes = (abs(value).bit_length() >> 3) + 1
    data = value.to_bytes(nbytes, "little", signed=True)
    if value < 0 and nbytes > 1 and data[-1] == 0xFF and data[-2] & 0x80:
        data = data[:-1]
    return data


def raw_unicode_escape(text):
    """raw_unicode_escape: raw-unicode-escape that also escapes the
    backslash, NUL, newline, carriage return and ^Z as \\uXXXX, so a
    protocol 0 line holds the whole string."""
    for char, escape in (("\\", "\\u005c"), ("\0", "\\u0000"), ("\n", "\\u000a"),
                         ("\r", "\\u000d"), ("\x1a", "\\u001a")):
        if char in text:
            text = text.replace(char, escape)
    return text.encode("raw_unicode_escape")


def utf8_of(text):
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogatepass")


# --- The types the pickler knows by identity -----------------------------------------------

class Types:
    """The exact types save() dispatches on, bound on first use."""
    loaded = False

    @classmethod
    def load(cls):
        from glass.objects.bool import W_Bool
        from glass.objects.bytearray import W_ByteArray
        from glass.objects.bytes import W_Bytes
        from glass.objects.float import W_Float
        from glass.objects.funcobject import W_Function
        from glass.objects.int import W_Int
        from glass.objects.list import W_List
        from glass.objects.none import W_Ellipsis, W_None, W_NotImplemented
        from glass.objects.set import W_FrozenSet, W_Set
        from glass.objects.type import W_Type
        cls.bool = W_Bool.w_type
        cls.bytearray = W_ByteArray.w_type
        cls.bytes = W_Bytes.w_type
        cls.dict = W_Dict.w_type
        cls.float = W_Float.w_type
        cls.function = W_Function.w_type
        cls.int = W_Int.w_type
        cls.list = W_List.w_type
        cls.frozenset = W_FrozenSet.w_type
        cls.set = W_Set.w_type
        cls.str = W_Str.w_type
        cls.tuple = W_Tuple.w_type
        cls.none = W_None.w_type
        cls.type = W_Type.w_type
        cls.singleton_types = {W_None.w_type: "None", W_Ellipsis.w_type: "Ellipsis",
                               W_NotImplemented.w_type: "NotImplemented"}
        cls.loaded = True


from glass.modules._pickle_buffer import W_PickleBuffer  # noqa: E402


def bind_arguments(name, signature_text, args_w, kwnames):
    from glass.objects.signature import Signature
    signature = SIGNATURES.get(signature_text)
    if signature is None:
        signature = SIGNATURES[signature_text] = Signature.parse(signature_text)
    return signature.bind(name, args_w, kwnames)


SIGNATURES = {}


from glass.modules._pickle_pickler import (W_Pickler,  # noqa: E402
                                           W_PicklerMemoProxy, _register_savers)
from glass.modules._pickle_unpickler import (W_Unpickler,  # noqa: E402
                                             W_UnpicklerMemoProxy)


# --- The module -----------------------------------------------------------------------------

def new_pickler(w_protocol, w_fix_imports, w_buffer_callback, w_file):
    """_Pickler_New and the settings dump() and dumps() give it."""
    w_pickler = W_Pickler()
    try:
        w_pickler.set_protocol(w_protocol, bool_arg(w_fix_imports))
        if w_file is not None:
            w_pickler.set_output_stream(w_file)
        w_pickler.set_buffer_callback(w_buffer_callback)
    except OperationError:
        decref(w_pickler)
        raise
    return w_pickler


def new_unpickler(w_file, w_data, w_fix_imports, w_encoding, w_errors, w_buffers):
    w_unpickler = W_Unpickler()
    try:
        if w_file is not None:
            w_unpickler.set_input_stream(w_file)
        else:
            w_unpickler.set_string_input(w_data)
        w_unpickler.set_encoding(w_encoding, w_errors, "load" if w_file is not None
                                 else "loads")
        w_unpickler.set_buffers(w_buffers)
        w_unpickler.fix_imports = bool_arg(w_fix_imports)
    except OperationError:
        decref(w_unpickler)
        raise
    return w_unpickler


@builtin_module("_pickle")
class PickleModule:
    """Optimized C implementation for the Python pickle module."""

    @function("($module, /, obj, file, protocol=None, *, fix_imports=True,\n"
              "     buffer_callback=None)")
    def dump(w_obj, w_file, w_protocol, w_fix_imports, w_buffer_callback):
        """Write a pickled representation of obj to the open file object file.

This is equivalent to ``Pickler(file, protocol).dump(obj)``, but may
be more efficient.

The optional *protocol* argument tells the pickler to use the given
protocol; supported protocols are 0, 1, 2, 3, 4 and 5.  The default
protocol is 4. It was introduced in Python 3.4, and is incompatible
with previous versions.

Specifying a negative protocol version selects the highest protocol
version supported.  The higher the protocol used, the more recent the
version of Python needed to read the pickle produced.

The *file* argument must have a write() method that accepts a single
bytes argument.  It can thus be a file object opened for binary
writing, an io.BytesIO instance, or any other custom object that meets
this interface.

If *fix_imports* is True and protocol is less than 3, pickle will try
to map the new Python 3 names to the old module names used in Python
2, so that the pickle data stream is readable with Python 2.

If *buffer_callback* is None (the default), buffer views are serialized
into *file* as part of the pickle stream.  It is an error if
*buffer_callback* is not None and *protocol* is None or smaller than 5."""
        w_pickler = new_pickler(w_protocol, w_fix_imports, w_buffer_callback, w_file)
        try:
            W_Pickler.run_dump(w_pickler, w_obj)
            w_pickler.flush_to_file()
        finally:
            decref(w_pickler)

    @function("($module, /, obj, protocol=None, *, fix_imports=True,\n"
              "      buffer_callback=None)")
    def dumps(w_obj, w_protocol, w_fix_imports, w_buffer_callback):
        """Return the pickled representation of the object as a bytes object.

The optional *protocol* argument tells the pickler to use the given
protocol; supported protocols are 0, 1, 2, 3, 4 and 5.  The default
protocol is 4. It was introduced in Python 3.4, and is incompatible
with previous versions.

Specifying a negative protocol version selects the highest protocol
version supported.  The higher the protocol used, the more recent the
version of Python needed to read the pickle produced.

If *fix_imports* is True and *protocol* is less than 3, pickle will
try to map the new Python 3 names to the old module names used in
Python 2, so that the pickle data stream is readable with Python 2.

If *buffer_callback* is None (the default), buffer views are serialized
into *file* as part of the pickle stream.  It is an error if
*buffer_callback* is not None and *protocol* is None or smaller than 5."""
        w_pickler = new_pickler(w_protocol, w_fix_imports, w_buffer_callback, None)
        try:
            W_Pickler.run_dump(w_pickler, w_obj)
            return _bytes(w_pickler.get_string())
        finally:
            decref(w_pickler)

    @function("($module, /, file, *, fix_imports=True, encoding='ASCII',\n"
              "     errors='strict', buffers=())")
    def load(w_file, w_fix_imports, w_encoding, w_errors, w_buffers):
        """Read and return an object from the pickle data stored in a file.

This is equivalent to ``Unpickler(file).load()``, but may be more
efficient.

The protocol version of the pickle is detected automatically, so no
protocol argument is needed.  Bytes past the pickled object's
representation are ignored.

The argument *file* must have two methods, a read() method that takes
an integer argument, and a readline() method that requires no
arguments.  Both methods should return bytes.  Thus *file* can be a
binary file object opened for reading, an io.BytesIO object, or any
other custom object that meets this interface.

Optional keyword arguments are *fix_imports*, *encoding* and *errors*,
which are used to control compatibility support for pickle stream
generated by Python 2.  If *fix_imports* is True, pickle will try to
map the old Python 2 names to the new names used in Python 3.  The
*encoding* and *errors* tell pickle how to decode 8-bit string
instances pickled by Python 2; these default to 'ASCII' and 'strict',
respectively.  The *encoding* can be 'bytes' to read these 8-bit
string instances as bytes objects."""
        w_unpickler = new_unpickler(w_file, None, w_fix_imports, w_encoding, w_errors,
                                    w_buffers)
        try:
            return w_unpickler.load_object()
        finally:
            decref(w_unpickler)

    @function("($module, data, /, *, fix_imports=True, encoding='ASCII',\n"
              "      errors='strict', buffers=())")
    def loads(w_data, w_fix_imports, w_encoding, w_errors, w_buffers):
        """Read and return an object from the given pickle data.

The protocol version of the pickle is detected automatically, so no
protocol argument is needed.  Bytes past the pickled object's
representation are ignored.

Optional keyword arguments are *fix_imports*, *encoding* and *errors*,
which are used to control compatibility support for pickle stream
generated by Python 2.  If *fix_imports* is True, pickle will try to
map the old Python 2 names to the new names used in Python 3.  The
*encoding* and *errors* tell pickle how to decode 8-bit string
instances pickled by Python 2; these default to 'ASCII' and 'strict',
respectively.  The *encoding* can be 'bytes' to read these 8-bit
string instances as bytes objects."""
        if isinstance(w_data, W_Str):
            raise type_error("a bytes-like object is required, not 'str'")
        w_unpickler = new_unpickler(None, w_data, w_fix_imports, w_encoding, w_errors,
                                    w_buffers)
        try:
            return w_unpickler.load_object()
        finally:
            decref(w_unpickler)

    @staticmethod
    def init_module(w_module):
        from glass.objects.type import ready
        _register_savers()
        load_state()
        for cls in (W_Pickler, W_Unpickler, W_PicklerMemoProxy, W_UnpicklerMemoProxy,
                    W_PickleBuffer):
            ready(cls.w_type)
        w_dict = w_module.w_dict
        w_dict.setitem_str("Pickler", W_Pickler.w_type)
        w_dict.setitem_str("Unpickler", W_Unpickler.w_type)
        w_dict.setitem_str("PickleBuffer", W_PickleBuffer.w_type)
        w_dict.setitem_str("PickleError", STATE.w_PickleError)
        w_dict.setitem_str("PicklingError", STATE.w_PicklingError)
        w_dict.setitem_str("UnpicklingError", STATE.w_UnpicklingError)


def load_state():
    """_Pickle_InitState: the exception classes (once) and the tables."""
    from glass.vm.imports import import_module as glass_import
    if STATE.w_PickleError is None:
        STATE.w_PickleError = new_exception_class("_pickle.PickleError",
                                                  EXCEPTION_TYPES["Exception"])
        STATE.w_PicklingError = new_exception_class("_pickle.PicklingError",
                                                    STATE.w_PickleError)
        STATE.w_UnpicklingError = new_exception_class("_pickle.UnpicklingError",
                                                      STATE.w_PickleError)
    tables = (("copyreg", "dispatch_table", "w_dispatch_table", "dispatch_table"),
              ("copyreg", "_extension_registry", "w_extension_registry",
               "_extension_registry"),
              ("copyreg", "_inverted_registry", "w_inverted_registry",
               "_inverted_registry"),
              ("copyreg", "_extension_cache", "w_extension_cache", "_extension_cache"),
              ("_compat_pickle", "NAME_MAPPING", "w_name_mapping_2to3", None),
              ("_compat_pickle", "IMPORT_MAPPING", "w_import_mapping_2to3", None),
              ("_compat_pickle", "REVERSE_NAME_MAPPING", "w_name_mapping_3to2", None),
              ("_compat_pickle", "REVERSE_IMPORT_MAPPING", "w_import_mapping_3to2", None))
    for module, name, field, _label in tables:
        w_module = glass_import(module)
        try:
            w_value = abstract.getattr_str(w_module, name)
        finally:
            decref(w_module)
        if type(w_value) is not W_Dict:
            kind = w_value.ob_type.name
            decref(w_value)
            raise _error("RuntimeError", "%s.%s should be a dict, not %s"
                         % (module, name, kind))
        w_old = getattr(STATE, field)
        setattr(STATE, field, w_value)
        if w_old is not None:
            decref(w_old)
    for module, name, field in (("codecs", "encode", "w_codecs_encode"),
                                ("functools", "partial", "w_partial"),
                                ("builtins", "getattr", "w_getattr")):
        w_module = glass_import(module)
        try:
            w_value = abstract.getattr_str(w_module, name)
        finally:
            decref(w_module)
        w_old = getattr(STATE, field)
        setattr(STATE, field, w_value)
        if w_old is not None:
            decref(w_old)
