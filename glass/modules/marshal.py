"""The marshal module: guest objects written and read in marshal's format.

Counterpart: Python/marshal.c (w_object, r_object and the module functions).

The writer walks guest objects and asks their reference counts which may be
shared (w_ref), so the bytes are CPython's; the reader builds guest objects,
registering the flagged ones so that a TYPE_REF gives the same object again.
The encoding of host values (digits, float bits, UTF-8) and the raw reads
are the bytecode layer's (glass/bytecode/marshal.py), which also writes the
fields of code objects, held there as host values.
"""
from __future__ import annotations

from glass.bytecode import marshal as marshal_format
from glass.modules import builtin_module, function
from glass.objects import abstract
from glass.objects.exceptions import operation_error, type_error
from glass.objects.object import decref
from glass.vm.audit import audit

VERSION = marshal_format.VERSION
MAX_MARSHAL_STACK_DEPTH = marshal_format.MAX_MARSHAL_STACK_DEPTH


# =============================================================================
# Writing.  Counterpart: WFILE, w_object, w_ref and w_complex_object.
# =============================================================================

class Writer:
    """Writes guest objects as marshal data.  Counterpart: WFILE.

    `encoder`, the bytecode layer's writer, encodes the host values inside
    (an int's digits, a float's bits, a str's UTF-8) into the same output;
    `refs` is w_ref's hashtable: id(object) -> (index, object).
    """
    __slots__ = ("encoder", "out", "version", "depth", "refs", "nrefs")

    def __init__(self, version):
        self.encoder = marshal_format.Writer(version=version)
        self.out = self.encoder.out
        self.version = version
        self.depth = 0
        self.refs = {} if version >= 3 else None    # w_init_refs
        self.nrefs = 0

    def w_object(self, w_obj):
        """Counterpart: w_object: the singletons, else a reference or the
        object itself."""
        from glass.objects.bool import w_False, w_True
        from glass.objects.exceptions import EXCEPTION_TYPES
        from glass.objects.none import w_Ellipsis, w_None
        self.depth += 1
        if self.depth > MAX_MARSHAL_STACK_DEPTH:
            raise operation_error("ValueError", "object too deeply nested to marshal")
        if w_obj is w_None:
            self.out.append(marshal_format.TYPE_NONE)
        elif w_obj is EXCEPTION_TYPES["StopIteration"]:
            self.out.append(marshal_format.TYPE_STOPITER)
        elif w_obj is w_Ellipsis:
            self.out.append(marshal_format.TYPE_ELLIPSIS)
        elif w_obj is w_False:
            self.out.append(marshal_format.TYPE_FALSE)
        elif w_obj is w_True:
            self.out.append(marshal_format.TYPE_TRUE)
        else:
            flag = self.w_ref(w_obj)
            if flag is not None:
                self.w_complex_object(w_obj, flag)
        self.depth -= 1

    def w_ref(self, w_obj):
        """Counterpart: w_ref.  Writes TYPE_REF and returns None for an
        object written before; otherwise returns the flag for its type code:
        FLAG_REF (and a new reference index) when it may be shared, that is
        when its reference count is above 1, or it is an interned str."""
        from glass.objects.str import W_Str, is_interned
        if self.refs is None:
            return 0
        if w_obj.ob_refcnt == 1 and not (w_obj.ob_type is W_Str.w_type and
                                         is_interned(w_obj)):
            return 0
        entry = self.refs.get(id(w_obj))
        if entry is not None:
            self.out.append(marshal_format.TYPE_REF)
            self.encoder.w_long(entry[0])
            return None
        if self.nrefs >= 0x7FFFFFFF:
            raise operation_error("ValueError", "too many objects")
        self.refs[id(w_obj)] = (self.nrefs, w_obj)   # the object stays alive
        self.nrefs += 1
        return marshal_format.FLAG_REF

    def w_complex_object(self, w_obj, flag):
        """Counterpart: w_complex_object: by exact type, in C's order."""
        from glass.objects.bytes import W_Bytes
        from glass.objects.codeobject import W_Code
        from glass.objects.complex import W_Complex
        from glass.objects.dict import W_Dict
        from glass.objects.float import W_Float
        from glass.objects.int import W_Int
        from glass.objects.list import W_List
        from glass.objects.set import W_FrozenSet, W_Set
        from glass.objects.str import W_Str, is_interned
        from glass.objects.tuple import W_Tuple
        encoder = self.encoder
        kind = w_obj.ob_type
        if kind is W_Int.w_type:
            encoder.w_int(w_obj.value, flag, None)
        elif kind is W_Float.w_type:
            encoder.w_float(w_obj.value, flag)
        elif kind is W_Complex.w_type:
            encoder.w_complex(complex(w_obj.real, w_obj.imag), flag)
        elif kind is W_Bytes.w_type:
            encoder.w_bytes(w_obj.value, flag, None)
        elif kind is W_Str.w_type:
            encoder.w_text(w_obj.value, is_interned(w_obj), flag)
        elif kind is W_Tuple.w_type:
            encoder.w_tuple_header(len(w_obj.items), flag)
            for w_item in list(w_obj.items):
                self.w_object(w_item)
        elif kind is W_List.w_type:
            self.out.append(marshal_format.TYPE_LIST | flag)
            encoder.w_long(len(w_obj.items))
            for w_item in list(w_obj.items):
                self.w_object(w_item)
        elif kind is W_Dict.w_type:
            self.out.append(marshal_format.TYPE_DICT | flag)
            for w_key, w_value in w_obj.item_pairs():
                self.w_object(w_key)
                self.w_object(w_value)
            self.out.append(marshal_format.TYPE_NULL)   # the end mark
        elif kind is W_Set.w_type or kind is W_FrozenSet.w_type:
            self.w_set(w_obj, flag, kind is W_FrozenSet.w_type)
        elif kind is W_Code.w_type:
            self.w_code(w_obj, flag)
        else:
            # Any other bytes-like object is written as bytes, if its
            # buffer is simple (PyObject_GetBuffer(PyBUF_SIMPLE)).
            from glass.objects.stringlib import simple_buffer_or_none
            data = simple_buffer_or_none(w_obj)
            if data is None:
                raise operation_error("ValueError", "unmarshallable object")
            encoder.w_bytes(bytes(data), flag, None)

    def w_set(self, w_set, flag, frozen):
        """TYPE_SET or TYPE_FROZENSET.  So that the output does not depend
        on hash order, the items go in the order of their own marshal
        bytes (bpo-37596): C pairs each item with its bytes, sorts the
        pairs, then writes the items, which the pairs now also hold (so
        each has a reference count above 1, and FLAG_REF)."""
        self.out.append((marshal_format.TYPE_FROZENSET if frozen
                         else marshal_format.TYPE_SET) | flag)
        items_w = w_set.keys_list()
        self.encoder.w_long(len(items_w))
        pairs = []
        for w_item in items_w:
            pairs.append((_dumps_bytes(w_item, self.version), w_item))
            w_item.ob_refcnt += 1                  # the pair's reference
        try:
            pairs.sort(key=lambda pair: pair[0])
            for _dump, w_item in pairs:
                self.w_object(w_item)
        finally:
            for _dump, w_item in pairs:
                decref(w_item)

    def w_code(self, w_code, flag):
        """TYPE_CODE.  A W_Code keeps its fields as the bytecode layer's
        host values, which have no reference counts to consult: the
        bytecode layer's writer writes them (sharing what occurs twice, as
        the compiler's constant merging shares it in CPython), numbering its
        references after this writer's."""
        encoder = marshal_format.Writer(version=self.version, first_ref=self.nrefs)
        encoder.out = self.out
        encoder.depth = self.depth
        try:
            encoder.count(w_code.code)
            encoder.w_code(w_code.code, flag)
        except ValueError as error:
            raise operation_error("ValueError", str(error))
        self.nrefs += len(encoder.refs)


def _dumps_bytes(w_value, version):
    """PyMarshal_WriteObjectToString, as host bytes."""
    writer = Writer(version)
    writer.w_object(w_value)
    return bytes(writer.out)


# =============================================================================
# Reading.  Counterpart: RFILE, r_object.
# =============================================================================

class Reader(marshal_format.Reader):
    """Reads marshal data as guest objects.  Counterpart: RFILE.

    The bytes come from `data` (loads) or, as marshal.load reads a file,
    from calls to `w_readable.readinto`.  `refs` holds a reference to each
    object registered (FLAG_REF); a TYPE_REF gives that same object again.
    The raw reads (r_long, r_size, r_float_str) are the bytecode layer's.
    """
    __slots__ = ("w_readable",)

    def __init__(self, data=None, w_readable=None):
        marshal_format.Reader.__init__(self, data)
        self.w_readable = w_readable

    # --- Raw reads ---------------------------------------------------------

    def r_string(self, n):
        """Counterpart: r_string: from the data, or readinto the file."""
        if self.w_readable is None:
            return marshal_format.Reader.r_string(self, n)
        from glass.objects.bytearray import W_ByteArray
        w_buffer = W_ByteArray(bytearray(n))
        try:
            w_res = abstract.call_method(self.w_readable, "readinto", [w_buffer])
            try:
                read = abstract.index_as_ssize(w_res, "ValueError")
            finally:
                decref(w_res)
            data = bytes(w_buffer.value[:n])
        finally:
            decref(w_buffer)
        if read != n:
            if read > n:
                raise operation_error(
                    "ValueError", "read() returned too much data: "
                    "%d bytes requested, %d returned" % (n, read))
            raise EOFError("EOF read where not expected")
        return data

    def r_byte(self):
        if self.w_readable is None:
            return marshal_format.Reader.r_byte(self)
        return self.r_string(1)[0]

    def r_long(self):
        return marshal_format._INT32.unpack(self.r_string(4))[0]

    # --- The reference list ------------------------------------------------

    def r_ref(self, w_obj, flag):
        """Counterpart: r_ref (R_REF): register a new object if flagged."""
        if flag:
            w_obj.ob_refcnt += 1
            self.refs.append(w_obj)
        return w_obj

    def r_ref_insert(self, w_obj, index):
        if index >= 0:
            w_obj.ob_refcnt += 1
            self.refs[index] = w_obj
        return w_obj

    def release_refs(self):
        for w_obj in self.refs:
            if w_obj is not marshal_format._RESERVED:
                decref(w_obj)
        self.refs = []

    # --- The dispatcher ----------------------------------------------------

    def r_object(self):
        """Counterpart: r_object: a new reference, or NULL (TYPE_NULL)."""
        if self.w_readable is None:
            if self.pos >= len(self.data):
                raise EOFError("EOF read where object expected")
        code = self.r_byte()
        depth = self.depth + 1
        if depth > MAX_MARSHAL_STACK_DEPTH:
            raise ValueError("recursion limit exceeded")
        self.depth = depth
        w_value = _READERS[code & 0x7F](self, code & marshal_format.FLAG_REF)
        self.depth = depth - 1
        return w_value

    def r_item(self, container):
        w_value = self.r_object()
        if w_value is marshal_format.NULL:
            raise TypeError("NULL object in marshal data for %s" % container)
        return w_value

    # --- One reader per type code group, in r_object's order ---------------

    def r_none(self, flag):
        from glass.objects.none import new_none
        return new_none()

    def r_stopiter(self, flag):
        from glass.objects.exceptions import EXCEPTION_TYPES
        w_type = EXCEPTION_TYPES["StopIteration"]
        w_type.ob_refcnt += 1
        return w_type

    def r_ellipsis(self, flag):
        from glass.objects.none import w_Ellipsis
        w_Ellipsis.ob_refcnt += 1
        return w_Ellipsis

    def r_false(self, flag):
        from glass.objects.bool import new_bool
        return new_bool(False)

    def r_true(self, flag):
        from glass.objects.bool import new_bool
        return new_bool(True)

    def r_int(self, flag):
        from glass.objects.int import new_int
        return self.r_ref(new_int(self.r_long()), flag)

    def r_int64(self, flag):
        from glass.objects.int import new_int
        value = int.from_bytes(self.r_string(8), "little", signed=True)
        return self.r_ref(new_int(value), flag)

    def r_long_object(self, flag):
        """TYPE_LONG: a signed count of 15-bit digits, then the digits,
        least significant first, each checked as it is read.
        Counterpart: r_PyLong."""
        from glass.objects.int import new_int
        n = self.r_long()
        if n < -marshal_format.SIZE32_MAX or n > marshal_format.SIZE32_MAX:
            raise ValueError("bad marshal data (long size out of range)")
        value = 0
        for i in range(abs(n)):
            digit = marshal_format._SHORT.unpack(self.r_string(2))[0]
            if digit < 0 or digit > marshal_format.PyLong_MARSHAL_BASE:
                raise ValueError("bad marshal data (digit out of range in long)")
            if digit == 0 and i == abs(n) - 1:
                raise ValueError("bad marshal data (unnormalized long data)")
            value |= digit << (marshal_format.PyLong_MARSHAL_SHIFT * i)
        return self.r_ref(new_int(-value if n < 0 else value), flag)

    def r_float(self, flag):
        from glass.objects.float import new_float
        return self.r_ref(new_float(self.r_float_str()), flag)

    def r_binary_float(self, flag):
        from glass.objects.float import new_float
        value = marshal_format._DOUBLE.unpack(self.r_string(8))[0]
        return self.r_ref(new_float(value), flag)

    def r_complex(self, flag):
        from glass.objects.complex import new_complex_parts
        real = self.r_float_str()
        imag = self.r_float_str()
        return self.r_ref(new_complex_parts(real, imag), flag)

    def r_binary_complex(self, flag):
        from glass.objects.complex import new_complex_parts
        real = marshal_format._DOUBLE.unpack(self.r_string(8))[0]   # r_float_bin
        imag = marshal_format._DOUBLE.unpack(self.r_string(8))[0]
        return self.r_ref(new_complex_parts(real, imag), flag)

    def r_bytes(self, flag):
        from glass.objects.bytes import new_bytes
        data = self.r_string(self.r_size("bytes object"))
        return self.r_ref(new_bytes(data), flag)

    def r_text(self, flag, text, interned):
        """A str read: the interned one for the *_INTERNED codes."""
        from glass.objects.str import intern, new_str
        return self.r_ref(intern(text) if interned else new_str(text), flag)

    def r_unicode(self, flag):
        data = self.r_string(self.r_size("string"))
        return self.r_text(flag, data.decode("utf-8", "surrogatepass"), False)

    def r_interned(self, flag):
        data = self.r_string(self.r_size("string"))
        return self.r_text(flag, data.decode("utf-8", "surrogatepass"), True)

    def r_ascii(self, flag):
        data = self.r_string(self.r_size("string"))
        return self.r_text(flag, data.decode("latin-1"), False)

    def r_ascii_interned(self, flag):
        data = self.r_string(self.r_size("string"))
        return self.r_text(flag, data.decode("latin-1"), True)

    def r_short_ascii(self, flag):
        data = self.r_string(self.r_byte())
        return self.r_text(flag, data.decode("latin-1"), False)

    def r_short_ascii_interned(self, flag):
        data = self.r_string(self.r_byte())
        return self.r_text(flag, data.decode("latin-1"), True)

    def r_tuple_items(self, flag, n):
        """The items, then the tuple.  Divergence: C registers the tuple
        before its items, so that an item may refer back to it; here such a
        reference reads as invalid (a tuple is built after its items)."""
        from glass.objects.tuple import new_tuple_owned
        index = self.r_ref_reserve(flag)
        items_w = []
        try:
            for _ in range(n):
                items_w.append(self.r_item("tuple"))
        except BaseException:
            for w_item in items_w:
                decref(w_item)
            raise
        return self.r_ref_insert(new_tuple_owned(items_w), index)

    def r_list(self, flag):
        """TYPE_LIST: registered before its items, which may refer to it."""
        from glass.objects.list import W_List
        n = self.r_size("list")
        w_list = self.r_ref(W_List([]), flag)
        try:
            for _ in range(n):
                w_list.items.append(self.r_item("list"))
        except BaseException:
            decref(w_list)
            raise
        return w_list

    def r_dict(self, flag):
        """TYPE_DICT: key, value, ... then TYPE_NULL (a NULL value also
        ends it, the key dropped)."""
        from glass.objects.dict import W_Dict
        w_dict = self.r_ref(W_Dict(), flag)
        try:
            while True:
                w_key = self.r_object()
                if w_key is marshal_format.NULL:
                    break
                w_value = self.r_object()
                if w_value is marshal_format.NULL:
                    decref(w_key)
                    break
                try:
                    w_dict.setitem(w_key, w_value)
                finally:
                    decref(w_key)
                    decref(w_value)
        except BaseException:
            decref(w_dict)
            raise
        return w_dict

    def r_set(self, flag):
        """TYPE_SET: registered before its items."""
        from glass.objects.set import W_Set, make_new_set
        n = self.r_size("set")
        return self.r_set_items(self.r_ref(make_new_set(W_Set.w_type, None), flag), n)

    def r_frozenset(self, flag):
        """TYPE_FROZENSET: registered after its items (r_ref_reserve); the
        empty one is frozenset()'s."""
        from glass.objects.set import W_FrozenSet, make_new_set
        n = self.r_size("set")
        if n == 0:
            return self.r_ref(abstract.call(W_FrozenSet.w_type, []), flag)
        index = self.r_ref_reserve(flag)
        w_set = self.r_set_items(make_new_set(W_FrozenSet.w_type, None), n)
        return self.r_ref_insert(w_set, index)

    def r_set_items(self, w_set, n):
        try:
            for _ in range(n):
                w_item = self.r_item("set")
                try:
                    w_set.add(w_item)
                finally:
                    decref(w_item)
        except BaseException:
            decref(w_set)
            raise
        return w_set

    def r_ref_object(self, flag):
        """TYPE_REF: an index into the objects registered so far."""
        n = self.r_long()
        refs = self.refs
        if n < 0 or n >= len(refs) or refs[n] is marshal_format._RESERVED:
            raise ValueError("bad marshal data (invalid reference)")
        refs[n].ob_refcnt += 1
        return refs[n]

    def r_code(self, flag):
        """TYPE_CODE: the 3.11 fields; the counts are raw 4-byte ints,
        everything else an object.  The fields become the bytecode layer's
        host values, checked as _PyCode_Validate checks them."""
        from glass.bytecode.code import Code
        from glass.objects.codeobject import W_Code
        index = self.r_ref_reserve(flag)
        counts = [self.r_long() for _ in range(5)]
        fields = [self.r_code_field() for _ in range(8)]
        firstlineno = self.r_long()
        fields += [self.r_code_field() for _ in range(2)]
        code = Code(*(counts + fields[:8] + [firstlineno] + fields[8:]))
        marshal_format.validate_code(code)
        return self.r_ref_insert(W_Code(code), index)

    def r_code_field(self):
        w_value = self.r_item("code")
        try:
            return host_value(w_value)
        finally:
            decref(w_value)


def _reader_table():
    """r_object's switch: the bytecode layer's table, with this reader's
    methods of the same names."""
    table = []
    for function in marshal_format._READERS:
        if function is marshal_format.Reader.r_ref:
            table.append(Reader.r_ref_object)
        else:
            table.append(getattr(Reader, function.__name__))
    return table


_READERS = _reader_table()


def host_value(w_obj):
    """The host value of a guest object read as a code object's field
    (the bytecode layer's Code holds host values)."""
    from glass.objects.codeobject import W_Code
    from glass.objects.tuple import W_Tuple
    if isinstance(w_obj, W_Code):
        return w_obj.code
    if w_obj.ob_type is W_Tuple.w_type:
        return tuple(host_value(w_item) for w_item in w_obj.items)
    return _plain_host_value(w_obj)


def _plain_host_value(w_obj):
    from glass.objects.bool import W_Bool
    from glass.objects.bytes import W_Bytes
    from glass.objects.complex import W_Complex
    from glass.objects.exceptions import EXCEPTION_TYPES
    from glass.objects.float import W_Float
    from glass.objects.int import W_Int
    from glass.objects.none import w_Ellipsis, w_None
    from glass.objects.set import W_FrozenSet
    from glass.objects.str import W_Str
    if w_obj is w_None:
        return None
    if w_obj is w_Ellipsis:
        return Ellipsis
    if w_obj is EXCEPTION_TYPES["StopIteration"]:
        return StopIteration
    if isinstance(w_obj, W_Bool):
        return w_obj.value != 0
    kind = w_obj.ob_type
    if kind is W_Int.w_type or kind is W_Float.w_type:
        return w_obj.value
    if kind is W_Complex.w_type:
        return complex(w_obj.real, w_obj.imag)
    if kind is W_Str.w_type or kind is W_Bytes.w_type:
        return w_obj.value
    if kind is W_FrozenSet.w_type:
        return frozenset(host_value(w_item) for w_item in w_obj.keys_list())
    # A list, dict or set: no code object field holds one; C's
    # _PyCode_Validate refuses the field.
    raise SystemError(marshal_format.BAD_INTERNAL_CALL)


def _read_object(reader):
    """Counterpart: read_object: one object, host errors as the guest's."""
    try:
        with marshal_format._deep_recursion():
            w_value = reader.r_object()
        if w_value is marshal_format.NULL:
            raise TypeError("NULL object in marshal data for object")
        return w_value
    except (EOFError, ValueError, TypeError, SystemError) as error:
        raise operation_error(type(error).__name__, str(error))
    finally:
        reader.release_refs()


def _read_with_host(data):
    """A .pyc's code object, read fast: on a CPython 3.11 host the host's
    marshal reads the same format, in C (its code objects converted to
    Glass's), elsewhere the bytecode layer's reader."""
    from glass.bytecode.code import Code, _is_host_code
    from glass.objects.codeobject import wrap_constant
    from glass.tools.stdlib import HOST_IS_CPYTHON_311
    try:
        if HOST_IS_CPYTHON_311:
            import marshal as host_marshal_module
            code = host_marshal_module.loads(data)
            if not _is_host_code(code):
                raise ValueError("bad marshal data")
            code = Code.from_host(code)
        else:
            code = marshal_format.loads(data)
    except EOFError as error:
        raise operation_error("EOFError", str(error))
    except (ValueError, TypeError, SystemError) as error:
        raise operation_error(type(error).__name__, str(error))
    return wrap_constant(code)


def _loads(data):
    """marshal.loads.  A code object at the top (a .pyc's body, read at
    every import) takes the fast road of _read_with_host; whatever its
    reader, a code object's constants are fresh guest objects."""
    if data and data[0] & 0x7F == marshal_format.TYPE_CODE:
        return _read_with_host(data)
    return _read_object(Reader(data))


def _buffer(w_obj):
    """loads' Py_buffer argument, as host bytes."""
    from glass.objects import stringlib
    return bytes(stringlib.bytes_arg(w_obj))


def _version(w_version):
    return abstract.int_value(w_version) if w_version is not None else VERSION


def _dumps(w_value, version):
    """_PyMarshal_WriteObjectToString (dump and dumps): the audit hooks
    hear "marshal.dumps" first."""
    from glass.objects.bytes import new_bytes
    audit("marshal.dumps", w_value, version)
    writer = Writer(version)
    try:
        with marshal_format._deep_recursion():
            writer.w_object(w_value)
    except ValueError as error:        # the encoder's: a size beyond 32 bits
        raise operation_error("ValueError", str(error))
    return new_bytes(bytes(writer.out))


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
        data = _buffer(w_bytes)
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
        from glass.objects.bytes import W_Bytes
        from glass.objects.int import new_int
        # read(0) first: the file must give bytes (marshal_load_impl).
        w_zero = new_int(0)
        try:
            w_data = abstract.call_method(w_file, "read", [w_zero])
        finally:
            decref(w_zero)
        try:
            if not isinstance(w_data, W_Bytes):
                raise type_error("file.read() returned not bytes but %.100s"
                                 % w_data.ob_type.name)
        finally:
            decref(w_data)
        audit("marshal.load")
        return _read_object(Reader(w_readable=w_file))

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


def init_module(w_module):
    from glass.objects.int import new_int
    w_version = new_int(VERSION)
    w_module.w_dict.setitem_str("version", w_version)
    decref(w_version)


MarshalModule.init_module = staticmethod(init_module)
