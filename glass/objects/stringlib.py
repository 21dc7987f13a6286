"""What str, bytes and bytearray share: argument conversion, searching, and the
methods bytes and bytearray have in common.

Counterpart: Objects/stringlib/ (find.h, count.h, split.h, partition.h,
transmogrify.h, ctype.h: the algorithms CPython compiles once per character
width) and Objects/bytes_methods.c (the methods bytes and bytearray share).

The character-level work -- searching, splitting, case mapping, the Unicode
database -- is done by the host's str, bytes and bytearray, whose methods are
CPython's own stringlib algorithms (on a CPython host) and give the same
results.  What stays here is what the VM adds around them: turning guest
arguments into host values with CPython's errors, the index rules, and
returning guest objects.

The methods bytes and bytearray share are written once, on BytesMethods, and
copied onto both types by `@share_methods(BytesMethods)`; inside them
`self.value` is the host bytes or bytearray, and `self.make(value)` builds a
result of the receiver's own type (bytes for bytes, bytearray for bytearray).
"""
from __future__ import annotations

from glass.objects import abstract
from glass.objects.exceptions import (EXCEPTION_TYPES, OperationError, argument_type_name,
                                      overflow_error, type_error, value_error)
from glass.objects.object import decref
from glass.objects.signature import no_text_signature, parse_tuple
from glass.objects.type import method

SSIZE_MAX = (1 << 63) - 1
SSIZE_MIN = -(1 << 63)
INT_MAX = (1 << 31) - 1
INT_MIN = -(1 << 31)


def share_methods(source):
    """Class decorator: copy the @method/@slot functions of `source` that the
    class does not define itself, so that @builtin_type (applied after this)
    registers them for the class too."""
    def decorate(cls):
        for name, attr in vars(source).items():
            if name in vars(cls):
                continue
            if hasattr(attr, "_glass_method") or hasattr(attr, "_glass_slots"):
                setattr(cls, name, attr)
        return cls
    return decorate


# --- Arguments: CPython's converters -----------------------------------------------

def index_value(w_obj):
    """_PyNumber_Index as a host int: "'float' object cannot be interpreted..."."""
    w_int = abstract.index(w_obj)
    value = w_int.value
    decref(w_int)
    return value


def c_string_value(text):
    """The `str` converter's checks on a str argument's text (what
    PyUnicode_AsUTF8AndSize and the NUL test refuse): a guest
    UnicodeEncodeError for a lone surrogate, ValueError for a NUL."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        from glass.modules._codecs import guest_unicode_error
        raise OperationError(guest_unicode_error(error))
    if "\0" in text:
        raise value_error("embedded null character")
    return text


def ssize_arg(w_obj):
    """Argument Clinic's Py_ssize_t converter (PyLong_AsSsize_t after __index__)."""
    value = index_value(w_obj)
    if not SSIZE_MIN <= value <= SSIZE_MAX:
        raise overflow_error("Python int too large to convert to C ssize_t")
    return value


def long_arg(w_obj):
    """PyLong_AsLong (after __index__), as C code that takes a long does."""
    value = index_value(w_obj)
    if not SSIZE_MIN <= value <= SSIZE_MAX:          # an LP64 long
        raise overflow_error("Python int too large to convert to C long")
    return value


def int_arg(w_obj):
    """Argument Clinic's int converter (_PyLong_AsInt)."""
    value = index_value(w_obj)
    if not INT_MIN <= value <= INT_MAX:
        raise overflow_error("Python int too large to convert to C int")
    return value


def getargs_int(w_obj):
    """PyArg_Parse's "i" format: PyLong_AsLong (after __index__), then the
    C int range, each with its own message."""
    value = long_arg(w_obj)
    if value > INT_MAX:
        raise overflow_error("signed integer is greater than maximum")
    if value < INT_MIN:
        raise overflow_error("signed integer is less than minimum")
    return value


def slice_index(w_obj):
    """_PyEval_SliceIndex: None stays None, an index is clamped to Py_ssize_t."""
    if w_obj is None or w_obj is w_None:
        return None
    if type(w_obj) is W_Int:               # an exact int is its own index
        return max(SSIZE_MIN, min(SSIZE_MAX, w_obj.value))
    if w_obj.ob_type.nb_index is None:
        raise type_error("slice indices must be integers or None or have an "
                         "__index__ method")
    value = index_value(w_obj)
    # PyNumber_AsSsize_t(v, NULL) clips instead of raising.
    return max(SSIZE_MIN, min(SSIZE_MAX, value))


def host_slice(start, stop, step):
    """The host slice that selects what PySlice_AdjustIndices computed: a
    negative step ends at -1 to run to the beginning, which a host slice
    spells None.  Only for a non-empty selection."""
    return slice(start, stop if stop >= 0 else None, step)


def getbuffer(w_obj):
    """The bytes an object exposes through the buffer protocol (bf_getbuffer),
    as a host bytes or bytearray, or None if it has no buffer.

    A W_ class offers a buffer by defining a host method `getbuffer()`;
    bytes and bytearray do, and memoryview and array will.  A bytearray's
    buffer is its live storage: copy it before the guest can run again.
    """
    get = getattr(w_obj, "getbuffer", None)
    if get is None:
        return None
    return get()


def simple_buffer(w_obj):
    """PyObject_GetBuffer(obj, &view, PyBUF_SIMPLE): the object's bytes as
    a host bytes-like, or None if it has no buffer; a strided memoryview
    has no simple buffer and raises BufferError."""
    data = getbuffer(w_obj)
    if isinstance(data, memoryview) and not data.c_contiguous:
        from glass.objects.exceptions import operation_error
        raise operation_error("BufferError",
                              "memoryview: underlying buffer is not C-contiguous")
    return data


def simple_buffer_or_none(w_obj):
    """PyObject_GetBuffer(PyBUF_SIMPLE) where the caller puts a TypeError of
    its own in place of any failure (bytes + x, b"".join): None for an
    object without a buffer and for a strided view alike."""
    data = getbuffer(w_obj)
    if isinstance(data, memoryview) and not data.c_contiguous:
        return None
    return data


def bytes_arg(w_obj):
    """Argument Clinic's Py_buffer converter (PyBUF_SIMPLE): the argument's
    bytes as a host bytes-like, "a bytes-like object is required" without a
    buffer, BufferError for a strided view."""
    data = simple_buffer(w_obj)
    if data is None:
        raise type_error("a bytes-like object is required, not '%s'"
                         % w_obj.ob_type.name)
    return data


def byte_value(w_obj):
    """An int argument that must be one byte (bytearray.append, `in`)."""
    value = index_value(w_obj)
    if not 0 <= value <= 255:
        raise value_error("byte must be in range(0, 256)")
    return value


# --- Searching: find.h, count.h -------------------------------------------------------

def find(value, convert, w_sub, w_start, w_end, reverse=False):
    """find/rfind (find_internal): a host int.  As in
    stringlib_parse_args_finds, start and end are read before `convert`
    checks the substring."""
    start = slice_index(w_start)
    end = slice_index(w_end)
    sub = convert(w_sub)
    if reverse:
        return value.rfind(sub, start, end)
    return value.find(sub, start, end)


def count(value, convert, w_sub, w_start, w_end):
    start = slice_index(w_start)
    end = slice_index(w_end)
    return value.count(convert(w_sub), start, end)


def tailmatch(name, value, w_prefix, w_start, w_end, convert, kind):
    """startswith/endswith: a prefix, or a tuple of them (any may match).

    `convert` turns one guest prefix into a host value (raising TypeError);
    `kind` names the accepted type in the messages ("str" or "bytes").
    """
    from glass.objects.tuple import W_Tuple
    start = slice_index(w_start)
    end = slice_index(w_end)
    test = value.endswith if name == "endswith" else value.startswith
    # The messages are (format, arguments): formatted only when raised.
    if isinstance(w_prefix, W_Tuple):
        for w_item in list(w_prefix.items):
            prefix = convert(w_item, "tuple for %s must only contain %s, not %s",
                             (name, kind, w_item.ob_type.name))
            if test(prefix, start, end):
                return True
        return False
    prefix = convert(w_prefix, "%s first arg must be %s or a tuple of %s, not %s",
                     (name, kind, kind, w_prefix.ob_type.name))
    return test(prefix, start, end)


# --- split.h and partition.h --------------------------------

def check_separator(sep):
    if sep is not None and len(sep) == 0:
        raise value_error("empty separator")


def maxsplit_arg(w_maxsplit):
    return -1 if w_maxsplit is None else ssize_arg(w_maxsplit)


def keepends_arg(w_keepends):
    """splitlines' keepends: clinic bool(accept={int}), an int really."""
    if w_keepends is None:
        return False
    return int_arg(w_keepends) != 0


# --- transmogrify.h: padding -------------------------------------------------------------

def pad(value, width, fill, where):
    """center/ljust/rjust (pad in transmogrify.h) on a host str, bytes or
    bytearray with a host fill character; None if there is nothing to do."""
    if len(value) >= width:
        return None
    try:
        if where == "center":
            return value.center(width, fill)
        if where == "ljust":
            return value.ljust(width, fill)
        return value.rjust(width, fill)
    except MemoryError:
        raise no_memory()


def zfill(value, width):
    """zfill on a host str, bytes or bytearray; None if there is nothing to do."""
    if len(value) >= width:
        return None
    try:
        return value.zfill(width)
    except MemoryError:
        raise no_memory()


def repeat(value, count):
    """value * count on host values (count > 1)."""
    try:
        return value * count
    except MemoryError:
        raise no_memory()


def no_memory():
    """PyErr_NoMemory: the host could not allocate what the guest asked for,
    as malloc fails in CPython; the guest sees a MemoryError."""
    from glass.objects.exceptions import operation_error
    return operation_error("MemoryError")


# --- bytes and bytearray: bytes_methods.c ----------------------------------------------

def sub_arg(w_obj):
    """The `sub` of find/count/index on bytes: bytes-like or an int byte
    (parse_args_finds_byte)."""
    data = simple_buffer(w_obj)
    if data is not None:
        return bytes(data)
    if w_obj.ob_type.nb_index is None:
        raise type_error("argument should be integer or bytes-like object, not '%s'"
                         % w_obj.ob_type.name)
    value = index_value(w_obj)
    if not 0 <= value <= 255:
        raise value_error("byte must be in range(0, 256)")
    return bytes((value,))


def fill_byte(w_fill, name):
    """The fill argument of center/ljust/rjust on bytes: one byte."""
    from glass.objects.bytearray import W_ByteArray
    from glass.objects.bytes import W_Bytes
    if w_fill is None:
        return b" "
    if isinstance(w_fill, (W_Bytes, W_ByteArray)) and len(w_fill.value) == 1:
        return bytes(w_fill.value)
    raise type_error("%s() argument 2 must be a byte string of length 1, not %s"
                     % (name, argument_type_name(w_fill)))


def hex_of(data, w_sep, w_bytes_per_sep):
    """bytes.hex / bytearray.hex (Python/pystrhex.c): a host str."""
    from glass.objects.str import W_Str
    from glass.objects import abstract
    from glass.objects.bytes import W_Bytes
    if w_sep is None:
        return data.hex()
    per = 1 if w_bytes_per_sep is None else int_arg(w_bytes_per_sep)   # clinic converts first
    # _Py_strhex_impl: the length first (of anything with one), then the type.
    if abstract.length(w_sep) != 1:
        raise value_error("sep must be length 1.")
    if isinstance(w_sep, W_Str):
        sep = w_sep.value
    elif isinstance(w_sep, W_Bytes):
        sep = w_sep.value.decode("latin-1")
    else:
        raise type_error("sep must be str or bytes.")
    if ord(sep) > 127:
        raise value_error("sep must be ASCII.")
    if per == 0 or not data:
        return data.hex()
    return data.hex(sep, per)


def fromhex(text):
    """bytes.fromhex: pairs of hex digits, ASCII whitespace allowed between pairs."""
    out = bytearray()
    pos, end = 0, len(text)
    digits = "0123456789abcdefABCDEF"
    while True:
        while pos < end and text[pos] in " \t\n\r\x0b\x0c":    # Py_ISSPACE
            pos += 1
        if pos >= end:
            break
        top = text[pos]
        if top not in digits:
            raise value_error("non-hexadecimal number found in fromhex() arg at "
                              "position %d" % pos)
        if pos + 1 >= end or text[pos + 1] not in digits:
            raise value_error("non-hexadecimal number found in fromhex() arg at "
                              "position %d" % (pos + 1))
        out.append(int(text[pos:pos + 2], 16))
        pos += 2
    return bytes(out)


def bytes_repr(data, bytearray_style=False):
    """The repr of bytes (PyBytes_Repr): b'...' with the quote CPython picks.

    bytearray_repr picks its quote the same way but escapes a single quote
    even inside double quotes: bytearray(b"\\'").
    """
    quote = "'"
    if b"'" in data and b'"' not in data:
        quote = '"'
    escaped = (0x5C, 0x27) if bytearray_style else (0x5C, ord(quote))
    out = ["b", quote]
    for byte in data:
        if byte in escaped:
            out.append("\\" + chr(byte))
        elif byte == 0x09:
            out.append("\\t")
        elif byte == 0x0A:
            out.append("\\n")
        elif byte == 0x0D:
            out.append("\\r")
        elif byte < 0x20 or byte >= 0x7F:
            out.append("\\x%02x" % byte)
        else:
            out.append(chr(byte))
    out.append(quote)
    return "".join(out)


def translate_table(w_table):
    """The table argument of bytes.translate: None or 256 bytes."""
    if w_table is w_None:
        return None
    data = bytes_arg(w_table)
    if len(data) != 256:
        raise value_error("translation table must be 256 characters long")
    return bytes(data)


def sequence_fast(w_obj, message):
    """PySequence_Fast: the items of a list or tuple, or of any iterable, as a
    host list of new references; `message` replaces the TypeError of an
    object that cannot be iterated."""
    from glass.objects.list import W_List
    from glass.objects.tuple import W_Tuple
    w_type = w_obj.ob_type
    if w_type is W_List.w_type or w_type is W_Tuple.w_type:
        items_w = list(w_obj.items)
        for w_item in items_w:
            w_item.ob_refcnt += 1
        return items_w
    try:
        w_it = abstract.iter(w_obj)
    except OperationError as error:
        if not error.match(EXCEPTION_TYPES["TypeError"]):
            raise
        decref(error.w_value)
        raise type_error(message)
    items_w = []
    try:
        iternext = w_it.ob_type.tp_iternext
        while True:
            w_item = iternext(w_it)
            if w_item is None:
                break
            items_w.append(w_item)
    except BaseException:
        for w_item in items_w:
            decref(w_item)
        raise
    finally:
        decref(w_it)
    return items_w


class BytesMethods:
    """The methods bytes and bytearray share (Objects/bytes_methods.c and the
    stringlib instances in bytesobject.c / bytearrayobject.c).

    A host mixin, not a guest type: `@share_methods(BytesMethods)` copies
    each decorated function onto W_Bytes and W_ByteArray.
    """
    __slots__ = ()

    # --- searching ---------------------------------------------------------

    @parse_tuple
    @method("($self, sub, start=None, end=None, /)")
    def find(self, w_sub, w_start, w_end):
        """B.find(sub[, start[, end]]) -> int

Return the lowest index in B where subsection sub is found,
such that sub is contained within B[start,end].  Optional
arguments start and end are interpreted as in slice notation.

Return -1 on failure."""
        return new_int(find(self.value, sub_arg, w_sub, w_start, w_end))

    @parse_tuple
    @method("($self, sub, start=None, end=None, /)")
    def rfind(self, w_sub, w_start, w_end):
        """B.rfind(sub[, start[, end]]) -> int

Return the highest index in B where subsection sub is found,
such that sub is contained within B[start,end].  Optional
arguments start and end are interpreted as in slice notation.

Return -1 on failure."""
        return new_int(find(self.value, sub_arg, w_sub, w_start, w_end, True))

    @parse_tuple
    @method("($self, sub, start=None, end=None, /)")
    def index(self, w_sub, w_start, w_end):
        """B.index(sub[, start[, end]]) -> int

Return the lowest index in B where subsection sub is found,
such that sub is contained within B[start,end].  Optional
arguments start and end are interpreted as in slice notation.

Raises ValueError when the subsection is not found."""
        result = find(self.value, sub_arg, w_sub, w_start, w_end)
        if result < 0:
            raise value_error("subsection not found")
        return new_int(result)

    @parse_tuple
    @method("($self, sub, start=None, end=None, /)")
    def rindex(self, w_sub, w_start, w_end):
        """B.rindex(sub[, start[, end]]) -> int

Return the highest index in B where subsection sub is found,
such that sub is contained within B[start,end].  Optional
arguments start and end are interpreted as in slice notation.

Raise ValueError when the subsection is not found."""
        result = find(self.value, sub_arg, w_sub, w_start, w_end, True)
        if result < 0:
            raise value_error("subsection not found")
        return new_int(result)

    @parse_tuple
    @method("($self, sub, start=None, end=None, /)")
    def count(self, w_sub, w_start, w_end):
        """B.count(sub[, start[, end]]) -> int

Return the number of non-overlapping occurrences of subsection sub in
bytes B[start:end].  Optional arguments start and end are interpreted
as in slice notation."""
        return new_int(count(self.value, sub_arg, w_sub, w_start, w_end))

    @parse_tuple
    @method("($self, prefix, start=None, end=None, /)")
    def startswith(self, w_prefix, w_start, w_end):
        """B.startswith(prefix[, start[, end]]) -> bool

Return True if B starts with the specified prefix, False otherwise.
With optional start, test B beginning at that position.
With optional end, stop comparing B at that position.
prefix can also be a tuple of bytes to try."""
        return new_bool(tailmatch("startswith", self.value, w_prefix, w_start, w_end,
                                  _tail_bytes, "bytes"))

    @parse_tuple
    @method("($self, suffix, start=None, end=None, /)")
    def endswith(self, w_suffix, w_start, w_end):
        """B.endswith(suffix[, start[, end]]) -> bool

Return True if B ends with the specified suffix, False otherwise.
With optional start, test B beginning at that position.
With optional end, stop comparing B at that position.
suffix can also be a tuple of bytes to try."""
        return new_bool(tailmatch("endswith", self.value, w_suffix, w_start, w_end,
                                  _tail_bytes, "bytes"))

    # --- splitting and joining -------------------------------------------------

    @method("($self, /, sep=None, maxsplit=-1)")
    def split(self, w_sep, w_maxsplit):
        """Return a list of the sections in the bytes, using sep as the delimiter.

  sep
    The delimiter according which to split the bytes.
    None (the default value) means split on ASCII whitespace characters
    (space, tab, return, newline, formfeed, vertical tab).
  maxsplit
    Maximum number of splits to do.
    -1 (the default value) means no limit."""
        maxsplit = maxsplit_arg(w_maxsplit)
        sep = _optional_bytes(w_sep)
        check_separator(sep)
        return self.make_list(self.value.split(sep, maxsplit))

    @method("($self, /, sep=None, maxsplit=-1)")
    def rsplit(self, w_sep, w_maxsplit):
        """Return a list of the sections in the bytes, using sep as the delimiter.

  sep
    The delimiter according which to split the bytes.
    None (the default value) means split on ASCII whitespace characters
    (space, tab, return, newline, formfeed, vertical tab).
  maxsplit
    Maximum number of splits to do.
    -1 (the default value) means no limit.

Splitting is done starting at the end of the bytes and working to the front."""
        maxsplit = maxsplit_arg(w_maxsplit)
        sep = _optional_bytes(w_sep)
        check_separator(sep)
        return self.make_list(self.value.rsplit(sep, maxsplit))

    @method("($self, /, keepends=False)")
    def splitlines(self, w_keepends):
        """Return a list of the lines in the bytes, breaking at line boundaries.

Line breaks are not included in the resulting list unless keepends is given and
true."""
        return self.make_list(self.value.splitlines(keepends_arg(w_keepends)))

    @method("($self, sep, /)")
    def partition(self, w_sep):
        """Partition the bytes into three parts using the given separator.

This will search for the separator sep in the bytes. If the separator is found,
returns a 3-tuple containing the part before the separator, the separator
itself, and the part after it.

If the separator is not found, returns a 3-tuple containing the original bytes
object and two empty bytes objects."""
        sep = bytes(bytes_arg(w_sep))
        check_separator(sep)
        return self.make_partition(w_sep, self.value.partition(sep), False)

    @method("($self, sep, /)")
    def rpartition(self, w_sep):
        """Partition the bytes into three parts using the given separator.

This will search for the separator sep in the bytes, starting at the end. If
the separator is found, returns a 3-tuple containing the part before the
separator, the separator itself, and the part after it.

If the separator is not found, returns a 3-tuple containing two empty bytes
objects and the original bytes object."""
        sep = bytes(bytes_arg(w_sep))
        check_separator(sep)
        return self.make_partition(w_sep, self.value.rpartition(sep), True)

    @method("($self, iterable_of_bytes, /)")
    def join(self, w_iterable):
        """Concatenate any number of bytes objects.

The bytes whose method is called is inserted in between each pair.

The result is returned as a new bytes object.

Example: b'.'.join([b'ab', b'pq', b'rs']) -> b'ab.pq.rs'."""
        items_w = sequence_fast(w_iterable, "can only join an iterable")
        try:
            w_only = self.join_single(items_w)
            if w_only is not None:
                return w_only
            parts = []
            for index, w_item in enumerate(items_w):
                data = simple_buffer_or_none(w_item)
                if data is None:
                    raise type_error("sequence item %d: expected a bytes-like object, "
                                     "%s found" % (index, w_item.ob_type.name))
                parts.append(bytes(data))
        finally:
            for w_item in items_w:
                decref(w_item)
        return self.make(bytes(self.value).join(parts))

    # --- stripping and padding -------------------------------------------------

    @method("($self, bytes=None, /)")
    def strip(self, w_bytes):
        """Strip leading and trailing bytes contained in the argument.

If the argument is omitted or None, strip leading and trailing ASCII whitespace."""
        return self.make_unchanged(self.value.strip(_optional_bytes(w_bytes)))

    @method("($self, bytes=None, /)")
    def lstrip(self, w_bytes):
        """Strip leading bytes contained in the argument.

If the argument is omitted or None, strip leading  ASCII whitespace."""
        return self.make_unchanged(self.value.lstrip(_optional_bytes(w_bytes)))

    @method("($self, bytes=None, /)")
    def rstrip(self, w_bytes):
        """Strip trailing bytes contained in the argument.

If the argument is omitted or None, strip trailing ASCII whitespace."""
        return self.make_unchanged(self.value.rstrip(_optional_bytes(w_bytes)))

    @method("($self, width, fillchar=b' ', /)")
    def center(self, w_width, w_fillchar):
        """Return a centered string of length width.

Padding is done using the specified fill character."""
        width = ssize_arg(w_width)
        fill = fill_byte(w_fillchar, "center")
        padded = pad(self.value, width, fill, "center")
        return self.make_unchanged(self.value if padded is None else padded)

    @method("($self, width, fillchar=b' ', /)")
    def ljust(self, w_width, w_fillchar):
        """Return a left-justified string of length width.

Padding is done using the specified fill character."""
        width = ssize_arg(w_width)
        fill = fill_byte(w_fillchar, "ljust")
        padded = pad(self.value, width, fill, "ljust")
        return self.make_unchanged(self.value if padded is None else padded)

    @method("($self, width, fillchar=b' ', /)")
    def rjust(self, w_width, w_fillchar):
        """Return a right-justified string of length width.

Padding is done using the specified fill character."""
        width = ssize_arg(w_width)
        fill = fill_byte(w_fillchar, "rjust")
        padded = pad(self.value, width, fill, "rjust")
        return self.make_unchanged(self.value if padded is None else padded)

    @method("($self, width, /)")
    def zfill(self, w_width):
        """Pad a numeric string with zeros on the left, to fill a field of the given width.

The original string is never truncated."""
        width = ssize_arg(w_width)
        padded = zfill(self.value, width)
        return self.make_unchanged(self.value if padded is None else padded)

    @method("($self, /, tabsize=8)")
    def expandtabs(self, w_tabsize):
        """Return a copy where all tab characters are expanded using spaces.

If tabsize is not given, a tab size of 8 characters is assumed."""
        tabsize = 8 if w_tabsize is None else int_arg(w_tabsize)
        return self.make(self.value.expandtabs(tabsize))

    # --- replacing -------------------------------------------------------------

    @method("($self, old, new, count=-1, /)")
    def replace(self, w_old, w_new, w_count):
        """Return a copy with all occurrences of substring old replaced by new.

  count
    Maximum number of occurrences to replace.
    -1 (the default value) means replace all occurrences.

If the optional argument count is given, only the first count occurrences are
replaced."""
        old = bytes(bytes_arg(w_old))
        new = bytes(bytes_arg(w_new))
        count_value = -1 if w_count is None else ssize_arg(w_count)
        return self.make_unchanged(self.value.replace(old, new, count_value))

    @method("($self, prefix, /)")
    def removeprefix(self, w_prefix):
        """Return a bytes object with the given prefix string removed if present.

If the bytes starts with the prefix string, return bytes[len(prefix):].
Otherwise, return a copy of the original bytes."""
        prefix = bytes(bytes_arg(w_prefix))
        value = self.value
        if prefix and value.startswith(prefix):
            return self.make(value[len(prefix):])
        return self.make_unchanged(value)

    @method("($self, suffix, /)")
    def removesuffix(self, w_suffix):
        """Return a bytes object with the given suffix string removed if present.

If the bytes ends with the suffix string and that suffix is not empty,
return bytes[:-len(prefix)].  Otherwise, return a copy of the original
bytes."""
        suffix = bytes(bytes_arg(w_suffix))
        value = self.value
        if suffix and value.endswith(suffix):
            return self.make(value[:len(value) - len(suffix)])
        return self.make_unchanged(value)

    @method("($self, table, /, delete=b'')")
    def translate(self, w_table, w_delete):
        """Return a copy with each character mapped by the given translation table.

  table
    Translation table, which must be a bytes object of length 256.

All characters occurring in the optional argument delete are removed.
The remaining characters are mapped through the given translation table."""
        table = translate_table(w_table)
        delete = b"" if w_delete is None else bytes(bytes_arg(w_delete))
        return self.make_unchanged(self.value.translate(table, delete))

    @method("(frm, to, /)", kind="staticmethod")
    def maketrans(w_frm, w_to):
        """Return a translation table useable for the bytes or bytearray translate method.

The returned table will be one where each byte in frm is mapped to the byte at
the same position in to.

The bytes objects frm and to must be of the same length."""
        from glass.objects.bytes import new_bytes
        frm = bytes(bytes_arg(w_frm))
        to = bytes(bytes_arg(w_to))
        if len(frm) != len(to):
            raise value_error("maketrans arguments must have same length")
        return new_bytes(bytes.maketrans(frm, to))

    # --- case and classification (ctype.h, bytes_methods.c) -----------------

    @no_text_signature
    @method("($self, /)")
    def lower(self):
        """B.lower() -> copy of B

Return a copy of B with all ASCII characters converted to lowercase."""
        return self.make(self.value.lower())

    @no_text_signature
    @method("($self, /)")
    def upper(self):
        """B.upper() -> copy of B

Return a copy of B with all ASCII characters converted to uppercase."""
        return self.make(self.value.upper())

    @no_text_signature
    @method("($self, /)")
    def title(self):
        """B.title() -> copy of B

Return a titlecased version of B, i.e. ASCII words start with uppercase
characters, all remaining cased characters have lowercase."""
        return self.make(self.value.title())

    @no_text_signature
    @method("($self, /)")
    def capitalize(self):
        """B.capitalize() -> copy of B

Return a copy of B with only its first character capitalized (ASCII)
and the rest lower-cased."""
        return self.make(self.value.capitalize())

    @no_text_signature
    @method("($self, /)")
    def swapcase(self):
        """B.swapcase() -> copy of B

Return a copy of B with uppercase ASCII characters converted
to lowercase ASCII and vice versa."""
        return self.make(self.value.swapcase())

    @no_text_signature
    @method("($self, /)")
    def isalnum(self):
        """B.isalnum() -> bool

Return True if all characters in B are alphanumeric
and there is at least one character in B, False otherwise."""
        return new_bool(self.value.isalnum())

    @no_text_signature
    @method("($self, /)")
    def isalpha(self):
        """B.isalpha() -> bool

Return True if all characters in B are alphabetic
and there is at least one character in B, False otherwise."""
        return new_bool(self.value.isalpha())

    @no_text_signature
    @method("($self, /)")
    def isascii(self):
        """B.isascii() -> bool

Return True if B is empty or all characters in B are ASCII,
False otherwise."""
        return new_bool(all(byte < 0x80 for byte in self.value))

    @no_text_signature
    @method("($self, /)")
    def isdigit(self):
        """B.isdigit() -> bool

Return True if all characters in B are digits
and there is at least one character in B, False otherwise."""
        return new_bool(self.value.isdigit())

    @no_text_signature
    @method("($self, /)")
    def islower(self):
        """B.islower() -> bool

Return True if all cased characters in B are lowercase and there is
at least one cased character in B, False otherwise."""
        return new_bool(self.value.islower())

    @no_text_signature
    @method("($self, /)")
    def isupper(self):
        """B.isupper() -> bool

Return True if all cased characters in B are uppercase and there is
at least one cased character in B, False otherwise."""
        return new_bool(self.value.isupper())

    @no_text_signature
    @method("($self, /)")
    def isspace(self):
        """B.isspace() -> bool

Return True if all characters in B are whitespace
and there is at least one character in B, False otherwise."""
        return new_bool(self.value.isspace())

    @no_text_signature
    @method("($self, /)")
    def istitle(self):
        """B.istitle() -> bool

Return True if B is a titlecased string and there is at least one
character in B, i.e. uppercase characters may only follow uncased
characters and lowercase characters only cased ones. Return False
otherwise."""
        return new_bool(self.value.istitle())

    # --- conversions ------------------------------------------------------------

    @method("($self, /, encoding='utf-8', errors='strict')")
    def decode(self, w_encoding, w_errors):
        """Decode the bytes using the codec registered for encoding.

  encoding
    The encoding with which to decode the bytes.
  errors
    The error handling scheme to use for the handling of decoding errors.
    The default is 'strict' meaning that decoding errors raise a
    UnicodeDecodeError. Other possible values are 'ignore' and 'replace'
    as well as any other name registered with codecs.register_error that
    can handle UnicodeDecodeErrors."""
        from glass.objects.str import decode_bytes, new_str, str_arg
        encoding = "utf-8" if w_encoding is None else \
            str_arg(w_encoding, "decode() argument 'encoding'")
        errors = "strict" if w_errors is None else \
            str_arg(w_errors, "decode() argument 'errors'")
        return new_str(decode_bytes(bytes(self.value), encoding, errors))

    @method("($self, /, sep=<unrepresentable>, bytes_per_sep=1)")
    def hex(self, w_sep, w_bytes_per_sep):
        """Create a string of hexadecimal numbers from a bytes object.

  sep
    An optional single character or byte to separate hex bytes.
  bytes_per_sep
    How many bytes between separators.  Positive values count from the
    right, negative values count from the left.

Example:
>>> value = b'\\xb9\\x01\\xef'
>>> value.hex()
'b901ef'
>>> value.hex(':')
'b9:01:ef'
>>> value.hex(':', 2)
'b9:01ef'
>>> value.hex(':', -2)
'b901:ef'"""
        from glass.objects.str import new_str
        return new_str(hex_of(bytes(self.value), w_sep, w_bytes_per_sep))

    @method("($type, string, /)", kind="classmethod")
    def fromhex(w_type, w_string):
        """Create a bytes object from a string of hexadecimal numbers.

Spaces between two numbers are accepted.
Example: bytes.fromhex('B9 01EF') -> b'\\\\xb9\\\\x01\\\\xef'."""
        from glass.objects.str import W_Str
        if not isinstance(w_string, W_Str):
            raise type_error("fromhex() argument must be str, not %s"
                             % argument_type_name(w_string))
        return from_hex_result(w_type, fromhex(w_string.value))


def from_hex_result(w_type, data):
    """fromhex builds the exact type, then calls a subclass with the result
    (as bytes_fromhex_impl does with PyObject_CallOneArg)."""
    from glass.objects.bytearray import W_ByteArray
    from glass.objects.bytes import W_Bytes, new_bytes
    if w_type.is_subtype(W_ByteArray.w_type):
        w_res = W_ByteArray(bytearray(data))
        exact = W_ByteArray.w_type
    else:
        w_res = new_bytes(data)
        exact = W_Bytes.w_type
    if w_type is exact:
        return w_res
    try:
        return abstract.call(w_type, [w_res])
    finally:
        decref(w_res)


def _optional_bytes(w_obj):
    if w_obj is None or w_obj is w_None:
        return None
    return bytes(bytes_arg(w_obj))


def _tail_bytes(w_obj, message, message_args):
    """A startswith prefix: bytes-like; a tuple item says so plainly."""
    data = simple_buffer(w_obj)
    if data is None:
        if message.startswith("tuple"):
            raise type_error("a bytes-like object is required, not '%s'"
                             % w_obj.ob_type.name)
        raise type_error(message % message_args)
    return bytes(data)

# Imported last: these modules are loaded after this one.  (str, bytes and
# bytearray are imported where they are used: they import this module first.)
from glass.objects.bool import new_bool  # noqa: E402
from glass.objects.int import W_Int, new_int  # noqa: E402
from glass.objects.none import w_None  # noqa: E402
