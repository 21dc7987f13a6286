"""The _io module: the I/O class hierarchy, open() and FileIO.

Counterpart: Modules/_io/ (_iomodule.c, iobase.c and fileio.c here; open()
in _io_open.py, bufferedio.c in _io_buffered.py, bytesio.c and stringio.c in
_io_memory.py, textio.c in _io_text.py).

The classes are builtin types a guest class can derive from (Lib/io.py
does), and the base classes dispatch through the guest as the C code does:
_IOBase.readline calls self.peek and self.read by attribute lookup, close
calls self.flush, and so on, so a subclass overriding one method sees its
override used by the others.

FileIO works on a host file descriptor (os.open, os.read, os.write,
os.lseek); a host OSError becomes the guest OSError subclass its errno
names, with the same errno, strerror and filename as CPython's.

An object of these classes closes itself when it dies, as iobase_finalize
makes CPython's do, so `open(name, "w").write(text)` still reaches the file.
"""
from __future__ import annotations

import errno
import os as host_os

from glass.modules import builtin_module, function
from glass.objects import abstract
from glass.objects.exceptions import (EXCEPTION_TYPES, OperationError, argument_type_name,
                                      call_exception_type, type_error, value_error)
from glass.objects.object import W_Object, decref, xdecref
from glass.objects.signature import no_text_signature
from glass.objects.type import (BASETYPE, HAVE_GC, HEAPTYPE, builtin_type, getter,
                                method, setter, slot)
from glass.objects.typeobject import ObjectType
from glass.vm import gil
from glass.vm.audit import audit

DEFAULT_BUFFER_SIZE = 8 * 1024


# --- Small guest-value helpers --------------------------------------------------------

def new_int(value):
    from glass.objects.int import new_int as make
    return make(value)


def new_bool(value):
    from glass.objects.bool import new_bool as make
    return make(value)


def new_str(value):
    from glass.objects.str import new_str as make
    return make(value)


def new_bytes(value):
    from glass.objects.bytes import new_bytes as make
    return make(value)


def new_none():
    from glass.objects.none import new_none as make
    return make()


def is_none(w_obj):
    from glass.objects.none import w_None
    return w_obj is None or w_obj is w_None


def newref(w_obj):
    w_obj.ob_refcnt += 1
    return w_obj


def call_method(w_obj, name, args_w=(), kwnames=None):
    """PyObject_CallMethod: look the method up on the guest object and call it."""
    w_method = abstract.getattr_str(w_obj, name)
    try:
        return abstract.call(w_method, list(args_w), kwnames)
    finally:
        decref(w_method)


def call_method_discard(w_obj, name, args_w=()):
    decref(call_method(w_obj, name, args_w))


def lookup_attr(w_obj, name):
    """_PyObject_LookupAttr: the attribute (new reference), or None."""
    return abstract.lookup_attr_str(w_obj, name)


def set_attr(w_obj, name, w_value):
    from glass.objects.str import intern
    w_name = intern(name)
    try:
        abstract.setattr(w_obj, w_name, w_value)
    finally:
        decref(w_name)


def is_closed_attr(w_obj):
    """The truth of the guest attribute `closed` (what most checks read)."""
    w_closed = abstract.getattr_str(w_obj, "closed")
    try:
        return abstract.is_true(w_closed)
    finally:
        decref(w_closed)


def no_memory():
    from glass.objects.stringlib import no_memory as make
    return make()


def swallow(error):
    """PyErr_Clear for an exception caught as OperationError."""
    decref(error.w_value)


def optional_ssize(w_arg, default=-1):
    """_Py_convert_optional_to_ssize_t: an int, or None for the default."""
    if w_arg is None or is_none(w_arg):
        return default
    if w_arg.ob_type.nb_index is None:
        raise type_error("argument should be integer or None, not '%s'"
                         % w_arg.ob_type.name)
    return abstract.index_as_ssize(w_arg, "OverflowError")


def ssize_arg(w_arg, default):
    """A Py_ssize_t clinic argument (None refused): __index__, then
    PyLong_AsSsize_t."""
    if w_arg is None:
        return default
    w_int = abstract.index(w_arg)
    value = w_int.value
    decref(w_int)
    if not -(1 << 63) <= value < (1 << 63):
        from glass.objects.exceptions import overflow_error
        raise overflow_error("Python int too large to convert to C ssize_t")
    return value


def long_arg(w_arg):
    """PyLong_AsLong (an off_t on this platform): __index__, then a C long."""
    w_int = abstract.index(w_arg)
    value = w_int.value
    decref(w_int)
    if not -(1 << 63) <= value < (1 << 63):
        from glass.objects.exceptions import overflow_error
        raise overflow_error("Python int too large to convert to C long")
    return value


def offset_arg(w_arg):
    """PyNumber_AsOff_t(obj, PyExc_ValueError)."""
    w_int = abstract.index(w_arg)
    value = w_int.value
    decref(w_int)
    if not -(1 << 63) <= value < (1 << 63):
        raise value_error("cannot fit 'int' into an offset-sized integer")
    return value


def int_arg(w_arg, default):
    """An `int` clinic argument (a C int)."""
    if w_arg is None:
        return default
    from glass.objects.float import W_Float
    if isinstance(w_arg, W_Float):
        raise type_error("'float' object cannot be interpreted as an integer")
    value = abstract.index_as_ssize(w_arg, "OverflowError")
    if not -(1 << 31) <= value < (1 << 31):
        from glass.objects.exceptions import overflow_error
        if value < 0:
            raise overflow_error("signed integer is less than minimum")
        raise overflow_error("signed integer is greater than maximum")
    return value


def bool_arg(w_arg, default):
    """A `bool` (p) clinic argument."""
    if w_arg is None:
        return default
    return abstract.is_true(w_arg)


def readable_buffer(w_arg):
    """A Py_buffer argument: the host bytes of a bytes-like object."""
    from glass.objects import stringlib
    data = stringlib.getbuffer(w_arg)
    if data is None:
        raise type_error("a bytes-like object is required, not '%s'"
                         % w_arg.ob_type.name)
    return bytes(data)


def read_fd(fd, size):
    """os.read(fd, size) as FileIO's reads make it: the GIL released while it
    waits, and on the main thread a signal interrupts the wait as EINTR does
    (its handler runs; an exception from it propagates)."""
    from glass.modules._signal import call_interruptibly
    return call_interruptibly(fd, lambda: host_os.read(fd, size))


def writable_buffer(w_arg, func_name):
    """A Py_buffer(accept={rwbuffer}) argument: live host storage to write
    into (a bytearray, or a writable memoryview as bytes)."""
    from glass.objects import stringlib
    data = stringlib.getbuffer(w_arg)
    if isinstance(data, bytearray):
        return data
    if isinstance(data, memoryview) and not data.readonly:
        return data.cast("B") if data.format != "B" or data.ndim != 1 else data
    given = "None" if is_none(w_arg) else w_arg.ob_type.name     # _PyArg_BadArgument
    raise type_error("%s() argument must be read-write bytes-like object, not %s"
                     % (func_name, given))


def new_memoryview(storage):
    """A guest memoryview over a fresh host bytearray (what CPython passes to
    a raw stream's readinto), and that bytearray."""
    from glass.objects.bytearray import W_ByteArray
    from glass.objects.memoryobject import W_MemoryView
    w_array = W_ByteArray(storage)
    try:
        return W_MemoryView(w_array, memoryview(storage)), w_array
    finally:
        decref(w_array)


# --- Errors ---------------------------------------------------------------------------

_UNSUPPORTED = []       # the one UnsupportedOperation type (module state)


def unsupported_operation_type():
    """io.UnsupportedOperation: a heap class deriving from OSError and
    ValueError, made once per process as _iomodule.c makes it."""
    if not _UNSUPPORTED:
        from glass.objects.dict import W_Dict
        from glass.objects.tuple import new_tuple
        from glass.objects.typeobject import TypeType
        w_bases = new_tuple([EXCEPTION_TYPES["OSError"], EXCEPTION_TYPES["ValueError"]])
        w_namespace = W_Dict()
        w_name = new_str("UnsupportedOperation")
        w_module = new_str("io")       # io.py renames it so at once
        try:
            w_namespace.setitem_str("__module__", w_module)
            w_type = abstract.call(TypeType.w_type, [w_name, w_bases, w_namespace])
        finally:
            for w_obj in (w_bases, w_namespace, w_name, w_module):
                decref(w_obj)
        _UNSUPPORTED.append(w_type)
    return _UNSUPPORTED[0]


def unsupported(message):
    """iobase_unsupported: UnsupportedOperation(message)."""
    w_message = new_str(message)
    try:
        return OperationError(abstract.call(unsupported_operation_type(), [w_message]))
    finally:
        decref(w_message)


def closed_file_error(period=True):
    """ValueError for I/O on a closed file (iobase and buffered add a period)."""
    return value_error("I/O operation on closed file." if period
                       else "I/O operation on closed file")


def os_error_from_host(error, w_filename=None):
    """PyErr_SetFromErrnoWithFilenameObject: the guest OSError (subclass) for a
    host OSError, naming w_filename (borrowed) when given."""
    errno_value = error.errno
    if errno_value is None:
        return operation_error_text("OSError", str(error))
    args_w = [new_int(errno_value), new_str(host_os.strerror(errno_value))]
    if w_filename is not None:
        args_w.append(newref(w_filename))
    try:
        return OperationError(call_exception_type(EXCEPTION_TYPES["OSError"], args_w))
    finally:
        for w_arg in args_w:
            decref(w_arg)


def os_error_errno(errno_value, w_filename=None):
    return os_error_from_host(OSError(errno_value, host_os.strerror(errno_value)),
                              w_filename)


def operation_error_text(name, message):
    from glass.objects.exceptions import operation_error
    return operation_error(name, message)


def blocking_error(errno_value, message, written):
    """BlockingIOError(errno, message, characters_written)."""
    args_w = [new_int(errno_value), new_str(message), new_int(written)]
    try:
        return OperationError(abstract.call(EXCEPTION_TYPES["BlockingIOError"], args_w))
    finally:
        for w_arg in args_w:
            decref(w_arg)


# --- Allocation -----------------------------------------------------------------------

def alloc(cls, w_type):
    """tp_alloc: an instance of the builtin class cls, or of a guest subclass
    of it (whose host class adds the __slots__ storage)."""
    if w_type is cls.w_type:
        return cls(w_type)
    host = w_type.host_class
    w_obj = host(w_type)
    if "slots_w" in getattr(host, "__slots__", ()):
        w_obj.slots_w = [None] * w_type.nslots if w_type.nslots else None
    return w_obj


# --- _IOBase --------------------------------------------------------------------------

@builtin_type("_io._IOBase", flags=BASETYPE | HAVE_GC)
class W_IOBase(W_Object):
    """The abstract base class for all I/O classes.

This class provides dummy implementations for many methods that
derived classes can override selectively; the default implementations
represent a file that cannot be read, written or seeked.

Even though IOBase does not declare read, readinto, or write because
their signatures will vary, implementations and clients should
consider those methods part of the interface. Also, implementations
may raise UnsupportedOperation when operations they do not support are
called.

The basic type used for binary data read from or written to a file is
bytes. Other bytes-like objects are accepted as method arguments too.
In some cases (such as readinto), a writable object is required. Text
I/O classes work with str data.

Note that calling any method (except additional calls to close(),
which are ignored) on a closed stream should raise a ValueError.

IOBase (and its subclasses) support the iterator protocol, meaning
that an IOBase object can be iterated over yielding the lines in a
stream.

IOBase also supports the :keyword:`with` statement. In this example,
fp is closed after the suite of the with statement is complete:

with open('spam.txt', 'r') as fp:
    fp.write('Spam and eggs!')
"""
    __slots__ = ("w_dict", "weakrefs", "finalized")

    def __init__(self, w_type):
        W_Object.__init__(self, w_type)
        self.w_dict = None
        self.weakrefs = None
        self.finalized = False

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        """PyType_GenericNew."""
        return alloc(W_IOBase, w_type)

    # --- finalization -----------------------------------------------------------------

    @slot("tp_finalize")
    def finalize(self):
        """Counterpart: iobase_finalize: close() an object still open, quietly."""
        try:
            closed = is_closed_attr(self)
        except OperationError as error:
            swallow(error)
            return
        if closed:
            return
        from glass.objects.bool import w_True
        try:
            set_attr(self, "_finalizing", w_True)
        except OperationError as error:
            swallow(error)
        try:
            call_method_discard(self, "close")
        except OperationError as error:
            swallow(error)

    @slot("tp_dealloc")
    def dealloc(self):
        """Counterpart: iobase_dealloc and the dealloc of each subclass: the
        finalizer first (it may resurrect), then the fields.  A guest
        subclass's subtype_dealloc has already run the finalizer."""
        if not (self.ob_type.flags & HEAPTYPE) and not self.finalized:
            self.finalized = True
            from glass.vm import pystate
            self.ob_refcnt = 1
            pystate.call_finalizer(self.ob_type.tp_finalize, self)
            self.ob_refcnt -= 1
            if self.ob_refcnt > 0:
                return
        if self.weakrefs:
            from glass.objects.weakrefobject import clear_weakrefs
            clear_weakrefs(self)
        self.clear_fields()
        w_dict, self.w_dict = self.w_dict, None
        xdecref(w_dict)

    def clear_fields(self):
        """Release what a subclass holds (overridden by each I/O class)."""

    def owned_fields(self):
        """The guest objects this object holds, for tp_traverse."""
        return ()

    @slot("tp_clear")
    def clear(self):
        """iobase_clear and the clear of each subclass: what the collector
        drops to break a cycle (the __dict__, and the stream a wrapper holds)."""
        self.clear_references()
        w_dict, self.w_dict = self.w_dict, None
        xdecref(w_dict)

    def clear_references(self):
        """The references tp_clear drops besides the __dict__ (overridden)."""

    @slot("tp_traverse")
    def traverse(self, visit):
        if self.w_dict is not None:
            visit(self.w_dict)
        for w_value in self.owned_fields():
            if w_value is not None:
                visit(w_value)

    @getter("__dict__")
    def get_dict(self):
        from glass.objects.dict import W_Dict
        if self.w_dict is None:
            self.w_dict = W_Dict()
        return newref(self.w_dict)

    @setter("__dict__")
    def set_dict(self, w_value):
        from glass.objects.dict import W_Dict
        if w_value is None:
            raise type_error("cannot delete __dict__")
        if not isinstance(w_value, W_Dict):
            raise type_error("__dict__ must be set to a dictionary, not a '%s'"
                             % w_value.ob_type.name)
        w_old, self.w_dict = self.w_dict, newref(w_value)
        xdecref(w_old)

    # --- closed state -----------------------------------------------------------------

    def iobase_is_closed(self):
        """iobase_is_closed: whether `__IOBase_closed` is set (any value)."""
        w_value = lookup_attr(self, "__IOBase_closed")
        if w_value is None:
            return False
        decref(w_value)
        return True

    def iobase_check_closed(self):
        """iobase_check_closed: ValueError if the guest `closed` is true."""
        w_closed = lookup_attr(self, "closed")
        if w_closed is None:
            return
        try:
            closed = abstract.is_true(w_closed)
        finally:
            decref(w_closed)
        if closed:
            raise closed_file_error()

    @getter("closed")
    def get_closed(self):
        return new_bool(self.iobase_is_closed())

    # --- positioning ------------------------------------------------------------------

    @method("($self, *args)")
    def seek(self, args_w):
        """Change the stream position to the given byte offset.

  offset
    The stream position, relative to 'whence'.
  whence
    The relative position to seek from.

The offset is interpreted relative to the position indicated by whence.
Values for whence are:

* os.SEEK_SET or 0 -- start of stream (the default); offset should be zero or positive
* os.SEEK_CUR or 1 -- current stream position; offset may be negative
* os.SEEK_END or 2 -- end of stream; offset is usually negative

Return the new absolute position."""
        raise unsupported("seek")

    @method("($self, /)")
    def tell(self):
        """Return current stream position."""
        w_zero, w_one = new_int(0), new_int(1)
        try:
            return call_method(self, "seek", [w_zero, w_one])
        finally:
            decref(w_zero)
            decref(w_one)

    @no_text_signature
    @method("($self, *args)")
    def truncate(self, args_w):
        """Truncate file to size bytes.

File pointer is left unchanged.  Size defaults to the current IO
position as reported by tell().  Returns the new size."""
        raise unsupported("truncate")

    # --- flush and close --------------------------------------------------------------

    @method("($self, /)")
    def flush(self):
        """Flush write buffers, if applicable.

This is not implemented for read-only and non-blocking streams."""
        if self.iobase_is_closed():
            raise closed_file_error()

    @method("($self, /)")
    def close(self):
        """Flush and close the IO object.

This method has no effect if the file is already closed."""
        iobase_close(self)

    # --- inquiries --------------------------------------------------------------------

    @method("($self, /)")
    def seekable(self):
        """Return whether object supports random access.

If False, seek(), tell() and truncate() will raise OSError.
This method may need to do a test seek()."""
        return new_bool(False)

    @method("($self, /)")
    def readable(self):
        """Return whether object was opened for reading.

If False, read() will raise OSError."""
        return new_bool(False)

    @method("($self, /)")
    def writable(self):
        """Return whether object was opened for writing.

If False, write() will raise OSError."""
        return new_bool(False)

    @no_text_signature
    @method("($self, /)", name="_checkClosed")
    def check_closed_method(self):
        self.iobase_check_closed()

    @no_text_signature
    @method("($self, /)", name="_checkSeekable")
    def check_seekable_method(self):
        check_seekable(self)
        return new_bool(True)

    @no_text_signature
    @method("($self, /)", name="_checkReadable")
    def check_readable_method(self):
        check_readable(self)
        return new_bool(True)

    @no_text_signature
    @method("($self, /)", name="_checkWritable")
    def check_writable_method(self):
        check_writable(self)
        return new_bool(True)

    @method("($self, /)")
    def fileno(self):
        """Returns underlying file descriptor if one exists.

OSError is raised if the IO object does not use a file descriptor."""
        raise unsupported("fileno")

    @method("($self, /)")
    def isatty(self):
        """Return whether this is an 'interactive' stream.

Return False if it can't be determined."""
        self.iobase_check_closed()
        return new_bool(False)

    # --- context manager and iteration ------------------------------------------------

    @no_text_signature
    @method("($self, /)", name="__enter__")
    def enter(self):
        self.iobase_check_closed()
        return newref(self)

    @no_text_signature
    @method("($self, *args)", name="__exit__")
    def exit(self, args_w):
        return call_method(self, "close")

    @slot("tp_iter")
    def iter(self):
        """Counterpart: iobase_iter."""
        self.iobase_check_closed()
        return newref(self)

    @slot("tp_iternext")
    def iternext(self):
        """Counterpart: iobase_iternext: readline() until it returns nothing."""
        w_line = call_method(self, "readline")
        if abstract.length(w_line) == 0:
            decref(w_line)
            return None
        return w_line

    # --- lines ------------------------------------------------------------------------

    @method("($self, size=-1, /)")
    def readline(self, w_size):
        """Read and return a line from the stream.

If size is specified, at most size bytes will be read.

The line terminator is always b'\\n' for binary files; for text
files, the newlines argument to open can be used to select the line
terminator(s) recognized."""
        return iobase_readline(self, optional_ssize(w_size))

    @method("($self, hint=-1, /)")
    def readlines(self, w_hint):
        """Return a list of lines from the stream.

hint can be specified to control the number of lines read: no more
lines will be read if the total size (in bytes/characters) of all
lines so far exceeds hint."""
        return iobase_readlines(self, optional_ssize(w_hint))

    @method("($self, lines, /)")
    def writelines(self, w_lines):
        """Write a list of lines to stream.

Line separators are not added, so it is usual for each of the
lines provided to have a line separator at the end."""
        self.iobase_check_closed()
        for w_line in abstract.iterate(w_lines):
            try:
                call_method_discard(self, "write", [w_line])
            finally:
                decref(w_line)


def iobase_close(w_self):
    """_io__IOBase_close_impl: flush(), then mark closed even if flush failed."""
    if W_IOBase.iobase_is_closed(w_self):
        return
    from glass.objects.bool import w_True
    try:
        call_method_discard(w_self, "flush")
    except OperationError as error:
        try:
            set_attr(w_self, "__IOBase_closed", w_True)
        except OperationError as second:
            _chain(second, error)
            raise second
        raise
    set_attr(w_self, "__IOBase_closed", w_True)


def _chain(error, w_context_error):
    """_PyErr_ChainExceptions: the earlier exception becomes the context."""
    w_exc = error.w_value
    if w_exc.w_context is None:
        w_exc.w_context = w_context_error.w_value
    else:
        decref(w_context_error.w_value)


def check_seekable(w_obj):
    """_PyIOBase_check_seekable: call seekable(); UnsupportedOperation if not True."""
    from glass.objects.bool import w_True
    w_res = call_method(w_obj, "seekable")
    decref(w_res)
    if w_res is not w_True:
        raise unsupported("File or stream is not seekable.")


def check_readable(w_obj):
    from glass.objects.bool import w_True
    w_res = call_method(w_obj, "readable")
    decref(w_res)
    if w_res is not w_True:
        raise unsupported("File or stream is not readable.")


def check_writable(w_obj):
    from glass.objects.bool import w_True
    w_res = call_method(w_obj, "writable")
    decref(w_res)
    if w_res is not w_True:
        raise unsupported("File or stream is not writable.")


def iobase_readline(w_self, limit):
    """_io__IOBase_readline_impl: peek() when there is one to read ahead up to
    a newline, else read(1) byte by byte."""
    from glass.objects.bytes import W_Bytes
    w_peek = lookup_attr(w_self, "peek")
    buffer = bytearray()
    try:
        while limit < 0 or len(buffer) < limit:
            readahead = 1
            if w_peek is not None:
                w_one = new_int(1)
                try:
                    w_ahead = abstract.call(w_peek, [w_one])
                finally:
                    decref(w_one)
                if not isinstance(w_ahead, W_Bytes):
                    kind = w_ahead.ob_type.name
                    decref(w_ahead)
                    raise operation_error_text(
                        "OSError", "peek() should have returned a bytes object, "
                        "not '%s'" % kind)
                ahead = w_ahead.value
                decref(w_ahead)
                if ahead:
                    count = 0
                    while count < len(ahead) and (limit < 0 or count < limit):
                        count += 1
                        if ahead[count - 1] == 10:
                            break
                    readahead = count
            w_size = new_int(readahead)
            try:
                w_chunk = call_method(w_self, "read", [w_size])
            finally:
                decref(w_size)
            if not isinstance(w_chunk, W_Bytes):
                kind = w_chunk.ob_type.name
                decref(w_chunk)
                raise operation_error_text(
                    "OSError", "read() should have returned a bytes object, "
                    "not '%s'" % kind)
            chunk = w_chunk.value
            decref(w_chunk)
            if not chunk:
                break
            buffer += chunk
            if buffer[-1] == 10:
                break
    finally:
        xdecref(w_peek)
    return new_bytes(bytes(buffer))


def iobase_readlines(w_self, hint):
    """_io__IOBase_readlines_impl: list(self) when hint <= 0, else lines until
    their total length reaches hint."""
    from glass.objects.list import W_List
    w_result = W_List([])
    try:
        if hint <= 0:
            _extend(w_result, w_self)
            return w_result
        total = 0
        w_it = abstract.iter(w_self)
        try:
            while True:
                w_line = abstract.next(w_it)
                if w_line is None:
                    break
                w_result.append(w_line)
                try:
                    size = abstract.length(w_line)
                finally:
                    decref(w_line)
                if size > hint - total:
                    break
                total += size
        finally:
            decref(w_it)
        return w_result
    except OperationError:
        decref(w_result)
        raise


def _extend(w_list, w_iterable):
    for w_item in abstract.iterate(w_iterable):
        w_list.append(w_item)
        decref(w_item)


# --- _RawIOBase -----------------------------------------------------------------------

@builtin_type("_io._RawIOBase", base=W_IOBase, flags=BASETYPE | HAVE_GC)
class W_RawIOBase(W_IOBase):
    """Base class for raw binary I/O."""
    __slots__ = ()

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        return alloc(W_RawIOBase, w_type)

    @method("($self, size=-1, /)")
    def read(self, w_size):
        # Counterpart: _io__RawIOBase_read_impl: readinto() a bytearray.
        from glass.objects.bytearray import W_ByteArray
        size = ssize_arg(w_size, -1)
        if size < 0:
            return call_method(self, "readall")
        try:
            w_buffer = W_ByteArray(bytearray(size))
        except MemoryError:
            raise no_memory()
        try:
            w_count = call_method(self, "readinto", [w_buffer])
            if is_none(w_count):
                return w_count
            try:
                count = abstract.index_as_ssize(w_count, "ValueError")
            finally:
                decref(w_count)
            if count < 0:
                from glass.objects.exceptions import system_error
                raise system_error("Negative size passed to PyBytes_FromStringAndSize")
            # CPython copies count bytes whatever the buffer's size; past its
            # end they are not defined, and here there are none.
            return new_bytes(bytes(w_buffer.value[:count]))
        finally:
            decref(w_buffer)

    @method("($self, /)")
    def readall(self):
        """Read until EOF, using multiple read() call."""
        from glass.objects.bytes import W_Bytes
        chunks = []
        while True:
            w_size = new_int(DEFAULT_BUFFER_SIZE)
            try:
                w_data = call_method(self, "read", [w_size])
            finally:
                decref(w_size)
            if is_none(w_data):
                if not chunks:
                    return w_data
                decref(w_data)
                break
            if not isinstance(w_data, W_Bytes):
                decref(w_data)
                raise type_error("read() should return bytes")
            data = w_data.value
            decref(w_data)
            if not data:
                break
            chunks.append(data)
        return new_bytes(b"".join(chunks))

    @no_text_signature
    @method("($self, *args)")
    def readinto(self, args_w):
        from glass.objects.exceptions import operation_error
        raise operation_error("NotImplementedError")

    @no_text_signature
    @method("($self, *args)")
    def write(self, args_w):
        from glass.objects.exceptions import operation_error
        raise operation_error("NotImplementedError")


# --- _BufferedIOBase and _TextIOBase --------------------------------------------------

@builtin_type("_io._BufferedIOBase", base=W_IOBase, flags=BASETYPE | HAVE_GC)
class W_BufferedIOBase(W_IOBase):
    """Base class for buffered IO objects.

The main difference with RawIOBase is that the read() method
supports omitting the size argument, and does not have a default
implementation that defers to readinto().

In addition, read(), readinto() and write() may raise
BlockingIOError if the underlying raw stream is in non-blocking
mode and not ready; unlike their raw counterparts, they will never
return None.

A typical implementation should not inherit from a RawIOBase
implementation, but wrap one.
"""
    __slots__ = ()

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        return alloc(W_BufferedIOBase, w_type)

    @method("($self, /)")
    def detach(self):
        """Disconnect this buffer from its underlying raw stream and return it.

After the raw stream has been detached, the buffer is in an unusable
state."""
        raise unsupported("detach")

    @no_text_signature
    @method("($self, *args)")
    def read(self, args_w):
        """Read and return up to n bytes.

If the argument is omitted, None, or negative, reads and
returns all data until EOF.

If the argument is positive, and the underlying raw stream is
not 'interactive', multiple raw reads may be issued to satisfy
the byte count (unless EOF is reached first).  But for
interactive raw streams (as well as sockets and pipes), at most
one raw read will be issued, and a short result does not imply
that EOF is imminent.

Returns an empty bytes object on EOF.

Returns None if the underlying raw stream was open in non-blocking
mode and no data is available at the moment.
"""
        raise unsupported("read")

    @no_text_signature
    @method("($self, *args)")
    def read1(self, args_w):
        """Read and return up to n bytes, with at most one read() call
to the underlying raw stream. A short result does not imply
that EOF is imminent.

Returns an empty bytes object on EOF.
"""
        raise unsupported("read1")

    @no_text_signature
    @method("($self, *args)")
    def write(self, args_w):
        """Write the given buffer to the IO stream.

Returns the number of bytes written, which is always the length of b
in bytes.

Raises BlockingIOError if the buffer is full and the
underlying raw stream cannot accept more data at the moment.
"""
        raise unsupported("write")

    @method("($self, buffer, /)")
    def readinto(self, w_buffer):
        return bufferediobase_readinto(self, w_buffer, "read", "readinto")

    @method("($self, buffer, /)")
    def readinto1(self, w_buffer):
        return bufferediobase_readinto(self, w_buffer, "read1", "readinto1")


def bufferediobase_readinto(w_self, w_buffer, read_name, func_name):
    """_bufferediobase_readinto_generic: read() as many bytes as the buffer
    holds and copy them in."""
    from glass.objects.bytes import W_Bytes
    storage = writable_buffer(w_buffer, func_name)
    w_size = new_int(len(storage))
    try:
        w_data = call_method(w_self, read_name, [w_size])
    finally:
        decref(w_size)
    if not isinstance(w_data, W_Bytes):
        decref(w_data)
        raise type_error("read() should return bytes")
    data = w_data.value
    decref(w_data)
    if len(data) > len(storage):
        raise value_error("read() returned too much data: %d bytes requested, %d returned"
                          % (len(storage), len(data)))
    storage[:len(data)] = data
    return new_int(len(data))


@builtin_type("_io._TextIOBase", base=W_IOBase, flags=BASETYPE | HAVE_GC)
class W_TextIOBase(W_IOBase):
    """Base class for text I/O.

This class provides a character and line based interface to stream
I/O. There is no readinto method because Python's character strings
are immutable.
"""
    __slots__ = ()

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        return alloc(W_TextIOBase, w_type)

    @no_text_signature
    @method("($self, /)")
    def detach(self):
        """Separate the underlying buffer from the TextIOBase and return it.

After the underlying buffer has been detached, the TextIO is in an
unusable state.
"""
        raise unsupported("detach")

    @no_text_signature
    @method("($self, *args)")
    def read(self, args_w):
        """Read at most n characters from stream.

Read from underlying buffer until we have n characters or we hit EOF.
If n is negative or omitted, read until EOF.
"""
        raise unsupported("read")

    @no_text_signature
    @method("($self, *args)")
    def readline(self, args_w):
        """Read until newline or EOF.

Returns an empty string if EOF is hit immediately.
"""
        raise unsupported("readline")

    @no_text_signature
    @method("($self, *args)")
    def write(self, args_w):
        """Write string to stream.
Returns the number of characters written (which is always equal to
the length of the string).
"""
        raise unsupported("write")

    @getter("encoding", doc="Encoding of the text stream.\n\n"
            "Subclasses should override.\n")
    def get_encoding(self):
        return new_none()

    @getter("newlines", doc="Line endings translated so far.\n\n"
            "Only line endings translated during reading are considered.\n\n"
            "Subclasses should override.\n")
    def get_newlines(self):
        return new_none()

    @getter("errors", doc="The error setting of the decoder or encoder.\n\n"
            "Subclasses should override.\n")
    def get_errors(self):
        return new_none()


# --- FileIO ---------------------------------------------------------------------------

def _fs_path(w_name):
    """PyUnicode_FSConverter: a host str or bytes path (os.fspath first)."""
    from glass.objects.bytes import W_Bytes
    from glass.objects.str import W_Str
    w_path = w_name
    owned = False
    if not isinstance(w_name, (W_Str, W_Bytes)):
        w_fspath = w_name.ob_type.lookup("__fspath__")
        if w_fspath is None:
            raise type_error("expected str, bytes or os.PathLike object, not %s"
                             % w_name.ob_type.name)
        w_path = abstract.call_bound_descriptor(w_fspath, w_name, [])
        owned = True
        if not isinstance(w_path, (W_Str, W_Bytes)):
            kind = w_path.ob_type.name
            decref(w_path)
            raise type_error("expected %s.__fspath__() to return str or bytes, not %s"
                             % (w_name.ob_type.name, kind))
    try:
        path = w_path.value
    finally:
        if owned:
            decref(w_path)
    if (b"\0" if isinstance(path, bytes) else "\0") in path:
        raise value_error("embedded null byte")
    if isinstance(path, str):
        try:
            path.encode("utf-8", "surrogateescape")
        except UnicodeEncodeError as error:
            from glass.objects.str import _unicode_error
            w_object = new_str(path)
            raise _unicode_error("UnicodeEncodeError", "utf-8", w_object, error.start,
                                 error.end, "surrogates not allowed")
    return path


def _bad_mode():
    return value_error("Must have exactly one of create/read/write/append "
                       "mode and at most one plus")


@builtin_type("_io.FileIO", base=W_RawIOBase, flags=BASETYPE | HAVE_GC)
class W_FileIO(W_RawIOBase):
    """FileIO(file, mode='r', closefd=True, opener=None)
--

Open a file.

The mode can be 'r' (default), 'w', 'x' or 'a' for reading,
writing, exclusive creation or appending.  The file will be created if it
doesn't exist when opened for writing or appending; it will be truncated
when opened for writing.  A FileExistsError will be raised if it already
exists when opened for creating. Opening a file for creating implies
writing so this mode behaves in a similar way to 'w'.Add a '+' to the mode
to allow simultaneous reading and writing. A custom opener can be used by
passing a callable as *opener*. The underlying file descriptor for the file
object is then obtained by calling opener with (*name*, *flags*).
*opener* must return an open file descriptor (passing os.open as *opener*
results in functionality similar to passing None)."""
    __slots__ = ("fd", "created", "readable_", "writable_", "appending", "seekable_",
                 "closefd", "finalizing", "blksize")

    def __init__(self, w_type):
        W_RawIOBase.__init__(self, w_type)
        self.fd = -1
        self.created = self.readable_ = self.writable_ = self.appending = False
        self.seekable_ = -1
        self.closefd = True
        self.finalizing = False
        self.blksize = 0

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        return alloc(W_FileIO, w_type)

    @slot("tp_init")
    def init(self, args_w, kwnames):
        """Counterpart: _io_FileIO___init___impl."""
        values = _FILEIO_SIGNATURE.bind("FileIO", args_w, kwnames)
        w_file, w_mode, w_closefd, w_opener = values
        self.open_file(w_file, w_mode, w_closefd, w_opener)

    def open_file(self, w_nameobj, w_mode, w_closefd, w_opener):
        from glass.objects.float import W_Float
        from glass.objects.str import W_Str, str_arg
        if self.fd >= 0:
            if self.closefd:
                self.internal_close()
            else:
                self.fd = -1
        mode = "r" if w_mode is None else str_arg(w_mode, "FileIO() argument 'mode'")
        closefd = bool_arg(w_closefd, True)
        fd = -1
        path = None
        if w_nameobj.ob_type.nb_index is not None:
            fd = abstract.index_as_ssize(w_nameobj, "OverflowError")
            if not -(1 << 31) <= fd < (1 << 31):
                from glass.objects.exceptions import overflow_error
                raise overflow_error("signed integer is greater than maximum" if fd > 0
                                     else "signed integer is less than minimum")
            if fd < 0:
                raise value_error("negative file descriptor")
        else:
            path = _fs_path(w_nameobj)
        flags, rwa, plus = 0, False, False
        self.created = self.readable_ = self.writable_ = self.appending = False
        for char in mode:
            if char in "xrwa":
                if rwa:
                    raise _bad_mode()
                rwa = True
                if char == "x":
                    self.created = self.writable_ = True
                    flags |= host_os.O_EXCL | host_os.O_CREAT
                elif char == "r":
                    self.readable_ = True
                elif char == "w":
                    self.writable_ = True
                    flags |= host_os.O_CREAT | host_os.O_TRUNC
                else:
                    self.writable_ = self.appending = True
                    flags |= host_os.O_APPEND | host_os.O_CREAT
            elif char == "b":
                pass
            elif char == "+":
                if plus:
                    raise _bad_mode()
                self.readable_ = self.writable_ = True
                plus = True
            else:
                raise value_error("invalid mode: %.200s" % mode)
        if not rwa:
            raise _bad_mode()
        if self.readable_ and self.writable_:
            flags |= host_os.O_RDWR
        elif self.readable_:
            flags |= host_os.O_RDONLY
        else:
            flags |= host_os.O_WRONLY
        flags |= getattr(host_os, "O_CLOEXEC", 0)
        audit("open", w_nameobj, mode, flags)
        if fd >= 0:
            self.fd = fd
            self.closefd = closefd
        else:
            self.closefd = True
            if not closefd:
                raise value_error("Cannot use closefd=False with file name")
            if w_opener is None or is_none(w_opener):
                try:
                    with gil.released():        # a FIFO's open waits for its peer
                        self.fd = host_os.open(path, flags, 0o666)
                except OSError as error:
                    raise os_error_from_host(error, w_nameobj)
            else:
                from glass.objects.int import W_Int
                w_flags = new_int(flags)
                try:
                    w_fd = abstract.call(w_opener, [w_nameobj, w_flags])
                finally:
                    decref(w_flags)
                if not isinstance(w_fd, W_Int):
                    decref(w_fd)
                    raise type_error("expected integer from opener")
                fd = w_fd.value
                decref(w_fd)
                if fd < 0:
                    raise value_error("opener returned %d" % fd)
                self.fd = fd
        try:
            self.blksize = DEFAULT_BUFFER_SIZE
            try:
                status = host_os.fstat(self.fd)
            except OSError as error:
                raise os_error_from_host(error)
            import stat
            if stat.S_ISDIR(status.st_mode):
                raise os_error_errno(21, w_nameobj)       # EISDIR
            if status.st_blksize > 1:
                self.blksize = status.st_blksize
            set_attr(self, "name", w_nameobj)
            if self.appending:
                # For consistent behaviour, explicitly seek to the end of file
                # (otherwise, it might be done only on the first write()).
                try:
                    host_os.lseek(self.fd, 0, host_os.SEEK_END)
                    self.seekable_ = 1
                except OSError as error:
                    # portable_lseek(..., suppress_pipe_error=true): a pipe
                    # opened for appending is merely not seekable (bpo-27805).
                    if error.errno != errno.ESPIPE:
                        raise os_error_from_host(error)
                    self.seekable_ = 0
        except OperationError:
            if self.closefd and self.fd >= 0:
                try:
                    host_os.close(self.fd)
                except OSError:
                    pass
            self.fd = -1
            raise

    def internal_close(self):
        """Close the descriptor; an error is raised as the guest OSError."""
        fd, self.fd = self.fd, -1
        if fd >= 0:
            try:
                host_os.close(fd)
            except OSError as error:
                raise os_error_from_host(error)

    def check_open(self):
        if self.fd < 0:
            raise closed_file_error(period=False)

    def err_mode(self, action):
        return unsupported("File not open for %s" % action)

    # --- guest attributes -------------------------------------------------------------

    # fileio sets tp_getattro = PyObject_GenericGetAttr explicitly (so that
    # FileIO.__dict__ has a __getattribute__): object's own function, which
    # abstract.lookup_attr knows for generic and asks for no AttributeError
    # it would discard (the close and flush paths look up __IOBase_closed).
    getattro = ObjectType.getattro

    @slot("tp_repr")
    def repr(self):
        """Counterpart: fileio_repr."""
        type_name = self.ob_type.name
        if self.fd < 0:
            return new_str("<%s [closed]>" % type_name)
        w_name = lookup_attr(self, "name")
        closefd = "True" if self.closefd else "False"
        if w_name is None:
            return new_str("<%s fd=%d mode='%s' closefd=%s>"
                           % (type_name, self.fd, self.mode_string(), closefd))
        try:
            from glass.objects.list import repr_enter, repr_leave
            if not repr_enter(self):
                from glass.objects.exceptions import runtime_error
                raise runtime_error("reentrant call inside %s.__repr__" % type_name)
            try:
                name_repr = abstract.repr_text(w_name)
            finally:
                repr_leave(self)
        finally:
            decref(w_name)
        return new_str("<%s name=%s mode='%s' closefd=%s>"
                       % (type_name, name_repr, self.mode_string(), closefd))

    def mode_string(self):
        if self.created:
            return "xb+" if self.readable_ else "xb"
        if self.appending:
            return "ab+" if self.readable_ else "ab"
        if self.readable_:
            return "rb+" if self.writable_ else "rb"
        return "wb"

    @getter("closed", doc="True if the file is closed")
    def get_closed(self):
        return new_bool(self.fd < 0)

    @getter("closefd", doc="True if the file descriptor will be closed by close().")
    def get_closefd(self):
        return new_bool(self.closefd)

    @getter("mode", doc="String giving the file mode")
    def get_mode(self):
        return new_str(self.mode_string())

    @getter("_blksize", member=True)
    def get_blksize(self):
        return new_int(self.blksize)

    @setter("_blksize")
    def set_blksize(self, w_value):
        self.blksize = int_arg(w_value, 0)

    @getter("_finalizing", member=True)
    def get_finalizing(self):
        return new_bool(self.finalizing)

    @setter("_finalizing")
    def set_finalizing(self, w_value):
        self.finalizing = abstract.is_true(w_value) if w_value is not None else False

    # --- methods ----------------------------------------------------------------------

    @method("($self, size=-1, /)")
    def read(self, w_size):
        """Read at most size bytes, returned as bytes.

Only makes one system call, so less data may be returned than requested.
In non-blocking mode, returns None if no data is available.
Return an empty bytes object at EOF."""
        self.check_open()
        if not self.readable_:
            raise self.err_mode("reading")
        size = optional_ssize(w_size)
        if size < 0:
            return self.readall()
        try:
            data = read_fd(self.fd, size)
        except BlockingIOError:
            return new_none()
        except OSError as error:
            raise os_error_from_host(error)
        except (MemoryError, OverflowError):
            raise no_memory()       # the size-long buffer could not be made
        return new_bytes(data)

    @method("($self, /)")
    def readall(self):
        """Read all data from the file, returned as bytes.

In non-blocking mode, returns as much as is immediately available,
or None if no data is available.  Return an empty bytes object at EOF."""
        self.check_open()
        chunks = []
        try:
            try:
                status = host_os.fstat(self.fd)
                position = host_os.lseek(self.fd, 0, host_os.SEEK_CUR)
                hint = max(status.st_size - position + 1, DEFAULT_BUFFER_SIZE)
            except OSError:
                hint = DEFAULT_BUFFER_SIZE
            while True:
                try:
                    data = read_fd(self.fd, hint)
                except BlockingIOError:
                    if not chunks:
                        return new_none()
                    break
                if not data:
                    break
                chunks.append(data)
                hint = max(hint, DEFAULT_BUFFER_SIZE)
        except OSError as error:
            raise os_error_from_host(error)
        return new_bytes(b"".join(chunks))

    @method("($self, buffer, /)")
    def readinto(self, w_buffer):
        """Same as RawIOBase.readinto()."""
        storage = writable_buffer(w_buffer, "readinto")
        self.check_open()
        if not self.readable_:
            raise self.err_mode("reading")
        try:
            data = read_fd(self.fd, len(storage))
        except BlockingIOError:
            return new_none()
        except OSError as error:
            raise os_error_from_host(error)
        storage[:len(data)] = data
        return new_int(len(data))

    @method("($self, b, /)")
    def write(self, w_b):
        """Write buffer b to file, return number of bytes written.

Only makes one system call, so not all of the data may be written.
The number of bytes actually written is returned.  In non-blocking mode,
returns None if the write would block."""
        data = readable_buffer(w_b)
        self.check_open()
        if not self.writable_:
            raise self.err_mode("writing")
        try:
            from glass.modules._signal import write_interruptibly
            count = write_interruptibly(self.fd, data, host_os.write)
        except BlockingIOError:
            return new_none()
        except OSError as error:
            raise os_error_from_host(error)
        return new_int(count)

    @method("($self, pos, whence=0, /)")
    def seek(self, w_pos, w_whence):
        """Move to new file position and return the file position.

Argument offset is a byte count.  Optional argument whence defaults to
SEEK_SET or 0 (offset from start of file, offset should be >= 0); other values
are SEEK_CUR or 1 (move relative to current position, positive or negative),
and SEEK_END or 2 (move relative to end of file, usually negative, although
many platforms allow seeking beyond the end of a file).

Note that not all file objects are seekable."""
        whence = int_arg(w_whence, 0)
        self.check_open()
        return new_int(self.portable_lseek(w_pos, whence))

    def portable_lseek(self, w_pos, whence):
        pos = 0 if w_pos is None else long_arg(w_pos)
        try:
            result = host_os.lseek(self.fd, pos, whence)
        except OSError as error:
            if self.seekable_ < 0:
                self.seekable_ = 0
            raise os_error_from_host(error)
        if self.seekable_ < 0:
            self.seekable_ = 1
        return result

    @method("($self, /)")
    def tell(self):
        """Current file position.

Can raise OSError for non seekable files."""
        self.check_open()
        return new_int(self.portable_lseek(None, host_os.SEEK_CUR))

    @method("($self, size=None, /)")
    def truncate(self, w_size):
        """Truncate the file to at most size bytes and return the truncated size.

Size defaults to the current file position, as returned by tell().
The current file position is changed to the value of size."""
        self.check_open()
        if not self.writable_:
            raise self.err_mode("writing")
        if w_size is None or is_none(w_size):
            size = self.portable_lseek(None, host_os.SEEK_CUR)
        else:
            size = long_arg(w_size)
        try:
            host_os.ftruncate(self.fd, size)
        except OSError as error:
            raise os_error_from_host(error)
        return new_int(size)

    @method("($self, /)")
    def close(self):
        """Close the file.

A closed file cannot be used for further I/O operations.  close() may be
called more than once without error."""
        from glass.objects.exceptions import OperationError as Error
        first = None
        try:
            iobase_close(self)
        except Error as error:
            first = error
        if not self.closefd:
            self.fd = -1
            if first is not None:
                raise first
            return None
        if self.finalizing:
            self.dealloc_warn(self)
        try:
            self.internal_close()
        except Error as error:
            if first is not None:
                _chain(error, first)
            raise
        if first is not None:
            raise first
        return None

    @method("($self, /)")
    def seekable(self):
        """True if file supports random-access."""
        self.check_open()
        if self.seekable_ < 0:
            try:
                self.portable_lseek(None, host_os.SEEK_CUR)
            except OperationError as error:
                swallow(error)
        return new_bool(self.seekable_ == 1)

    @method("($self, /)")
    def readable(self):
        """True if file was opened in a read mode."""
        self.check_open()
        return new_bool(self.readable_)

    @method("($self, /)")
    def writable(self):
        """True if file was opened in a write mode."""
        self.check_open()
        return new_bool(self.writable_)

    @method("($self, /)")
    def fileno(self):
        """Return the underlying file descriptor (an integer)."""
        self.check_open()
        return new_int(self.fd)

    @method("($self, /)")
    def isatty(self):
        """True if the file is connected to a TTY device."""
        self.check_open()
        return new_bool(host_os.isatty(self.fd))

    @no_text_signature
    @method("($self, source, /)")
    def _dealloc_warn(self, w_source):
        self.dealloc_warn(w_source)
        return None

    def dealloc_warn(self, w_source):
        """Counterpart: fileio_dealloc_warn: a file closed by its finalizer
        warns ResourceWarning("unclosed file <source>"); a warning made an
        error is unraisable, any other error is dropped."""
        if self.fd < 0 or not self.closefd:
            return
        from glass.modules._warnings import warn
        try:
            warn("ResourceWarning", "unclosed file %s" % abstract.repr_text(w_source), 1,
                 w_source)
        except OperationError as error:
            if error.match(EXCEPTION_TYPES["Warning"]):
                from glass.vm.traceback import write_unraisable
                write_unraisable(error, None, self)
            else:
                swallow(error)

    @slot("tp_dealloc")
    def dealloc(self):
        self.finalizing = True
        W_IOBase.dealloc(self)

    def clear_fields(self):
        # A FileIO that was never closed (finalizer failed): close the fd now
        # as fileio_dealloc's internal_close does, quietly.
        if self.fd >= 0 and self.closefd:
            try:
                host_os.close(self.fd)
            except OSError:
                pass
            self.fd = -1


def _signature(text):
    from glass.objects.signature import Signature
    return Signature.parse(text)


_FILEIO_SIGNATURE = _signature("(file, mode='r', closefd=True, opener=None)")


# --- The module -----------------------------------------------------------------------

@builtin_module("_io", def_name="io")
class IOModule:
    """The io module provides the Python interfaces to stream handling. The
builtin open function is defined in this module.

At the top of the I/O hierarchy is the abstract base class IOBase. It
defines the basic interface to a stream. Note, however, that there is no
separation between reading and writing to streams; implementations are
allowed to raise an OSError if they do not support a given operation.

Extending IOBase is RawIOBase which deals simply with the reading and
writing of raw bytes to a stream. FileIO subclasses RawIOBase to provide
an interface to OS files.

BufferedIOBase deals with buffering on a raw byte stream (RawIOBase). Its
subclasses, BufferedWriter, BufferedReader, and BufferedRWPair buffer
streams that are readable, writable, and both respectively.
BufferedRandom provides a buffered interface to random access
streams. BytesIO is a simple stream of in-memory bytes.

Another IOBase subclass, TextIOBase, deals with the encoding and decoding
of streams into text. TextIOWrapper, which extends it, is a buffered text
interface to a buffered raw stream (`BufferedIOBase`). Finally, StringIO
is an in-memory stream for text.

Argument names are not part of the specification, and only the arguments
of open() are intended to be used as keyword arguments.

data:

DEFAULT_BUFFER_SIZE

   An int containing the default buffer size used by the module's buffered
   I/O classes. open() uses the file's blksize (as obtained by os.stat) if
   possible.
"""

    @function("($module, /, file, mode='r', buffering=-1, encoding=None, "
              "errors=None, newline=None, closefd=True, opener=None)")
    def open(w_file, w_mode, w_buffering, w_encoding, w_errors, w_newline,
             w_closefd, w_opener):
        """Open file and return a stream.  Raise OSError upon failure.

file is either a text or byte string giving the name (and the path
if the file isn't in the current working directory) of the file to
be opened or an integer file descriptor of the file to be
wrapped. (If a file descriptor is given, it is closed when the
returned I/O object is closed, unless closefd is set to False.)

mode is an optional string that specifies the mode in which the file
is opened. It defaults to 'r' which means open for reading in text
mode.  Other common values are 'w' for writing (truncating the file if
it already exists), 'x' for creating and writing to a new file, and
'a' for appending (which on some Unix systems, means that all writes
append to the end of the file regardless of the current seek position).
In text mode, if encoding is not specified the encoding used is platform
dependent: locale.getencoding() is called to get the current locale encoding.
(For reading and writing raw bytes use binary mode and leave encoding
unspecified.) The available modes are:

========= ===============================================================
Character Meaning
--------- ---------------------------------------------------------------
'r'       open for reading (default)
'w'       open for writing, truncating the file first
'x'       create a new file and open it for writing
'a'       open for writing, appending to the end of the file if it exists
'b'       binary mode
't'       text mode (default)
'+'       open a disk file for updating (reading and writing)
========= ===============================================================

The default mode is 'rt' (open for reading text). For binary random
access, the mode 'w+b' opens and truncates the file to 0 bytes, while
'r+b' opens the file without truncation. The 'x' mode implies 'w' and
raises an `FileExistsError` if the file already exists.

Python distinguishes between files opened in binary and text modes,
even when the underlying operating system doesn't. Files opened in
binary mode (appending 'b' to the mode argument) return contents as
bytes objects without any decoding. In text mode (the default, or when
't' is appended to the mode argument), the contents of the file are
returned as strings, the bytes having been first decoded using a
platform-dependent encoding or using the specified encoding if given.

buffering is an optional integer used to set the buffering policy.
Pass 0 to switch buffering off (only allowed in binary mode), 1 to select
line buffering (only usable in text mode), and an integer > 1 to indicate
the size of a fixed-size chunk buffer.  When no buffering argument is
given, the default buffering policy works as follows:

* Binary files are buffered in fixed-size chunks; the size of the buffer
  is chosen using a heuristic trying to determine the underlying device's
  "block size" and falling back on `io.DEFAULT_BUFFER_SIZE`.
  On many systems, the buffer will typically be 4096 or 8192 bytes long.

* "Interactive" text files (files for which isatty() returns True)
  use line buffering.  Other text files use the policy described above
  for binary files.

encoding is the name of the encoding used to decode or encode the
file. This should only be used in text mode. The default encoding is
platform dependent, but any encoding supported by Python can be
passed.  See the codecs module for the list of supported encodings.

errors is an optional string that specifies how encoding errors are to
be handled---this argument should not be used in binary mode. Pass
'strict' to raise a ValueError exception if there is an encoding error
(the default of None has the same effect), or pass 'ignore' to ignore
errors. (Note that ignoring encoding errors can lead to data loss.)
See the documentation for codecs.register or run 'help(codecs.Codec)'
for a list of the permitted encoding error strings.

newline controls how universal newlines works (it only applies to text
mode). It can be None, '', '\\n', '\\r', and '\\r\\n'.  It works as
follows:

* On input, if newline is None, universal newlines mode is
  enabled. Lines in the input can end in '\\n', '\\r', or '\\r\\n', and
  these are translated into '\\n' before being returned to the
  caller. If it is '', universal newline mode is enabled, but line
  endings are returned to the caller untranslated. If it has any of
  the other legal values, input lines are only terminated by the given
  string, and the line ending is returned to the caller untranslated.

* On output, if newline is None, any '\\n' characters written are
  translated to the system default line separator, os.linesep. If
  newline is '' or '\\n', no translation takes place. If newline is any
  of the other legal values, any '\\n' characters written are translated
  to the given string.

If closefd is False, the underlying file descriptor will be kept open
when the file is closed. This does not work when a file name is given
and must be True in that case.

A custom opener can be used by passing a callable as *opener*. The
underlying file descriptor for the file object is then obtained by
calling *opener* with (*file*, *flags*). *opener* must return an open
file descriptor (passing os.open as *opener* results in functionality
similar to passing None).

open() returns a file object whose type depends on the mode, and
through which the standard file operations such as reading and writing
are performed. When open() is used to open a file in a text mode ('w',
'r', 'wt', 'rt', etc.), it returns a TextIOWrapper. When used to open
a file in a binary mode, the returned class varies: in read binary
mode, it returns a BufferedReader; in write binary and append binary
modes, it returns a BufferedWriter, and in read/write mode, it returns
a BufferedRandom.

It is also possible to use a string or bytearray as a file for both
reading and writing. For strings StringIO can be used like a file
opened in a text mode, and for bytes a BytesIO can be used like a file
opened in a binary mode."""
        from glass.modules._io_open import io_open
        return io_open(w_file, w_mode, w_buffering, w_encoding, w_errors, w_newline,
                       w_closefd, w_opener)

    @function("($module, /, path)")
    def open_code(w_path):
        """Opens the provided file with the intent to import the contents.

This may perform extra validation beyond open(), but is otherwise interchangeable
with calling open(path, 'rb')."""
        from glass.objects.str import W_Str
        if not isinstance(w_path, W_Str):
            raise type_error("open_code() argument 'path' must be str, not %s"
                             % argument_type_name(w_path))
        from glass.modules._io_open import io_open
        w_mode = new_str("rb")
        try:
            return io_open(w_path, w_mode, None, None, None, None, None, None)
        finally:
            decref(w_mode)

    @function("($module, encoding, stacklevel=2, /)")
    def text_encoding(w_encoding, w_stacklevel):
        """A helper function to choose the text encoding.

When encoding is not None, this function returns it.
Otherwise, this function returns the default text encoding
(i.e. "locale" or "utf-8" depends on UTF-8 mode).

This function emits an EncodingWarning if encoding is None and
sys.flags.warn_default_encoding is true.

This can be used in APIs with an encoding=None parameter.
However, please consider using encoding="utf-8" for new APIs."""
        if w_encoding is not None and not is_none(w_encoding):
            return newref(w_encoding)
        from glass.modules._io_text import warn_if_default_encoding
        from glass.objects.stringlib import int_arg
        from glass.vm import pystate
        from glass.vm.preconfig import utf8_mode
        config = pystate.interpreter().config
        warn_if_default_encoding(config, 2 if w_stacklevel is None else int_arg(w_stacklevel))
        return new_str("utf-8" if utf8_mode(config) else "locale")

    @staticmethod
    def init_module(w_module):
        import glass.modules._io_memory  # noqa: F401  (declares the types)
        import glass.modules._io_buffered  # noqa: F401
        import glass.modules._io_text  # noqa: F401
        from glass.objects.type import ready_all
        ready_all()
        for w_type, size in zip(io_types(), BASIC_SIZES):
            w_type.basicsize = size
            if w_type is not io_types()[-1]:
                w_type.has_dict = True      # tp_dictoffset, inherited from _IOBase
        w_dict = w_module.w_dict
        w_size = new_int(DEFAULT_BUFFER_SIZE)
        w_dict.setitem_str("DEFAULT_BUFFER_SIZE", w_size)
        decref(w_size)
        w_dict.setitem_str("UnsupportedOperation", unsupported_operation_type())
        w_dict.setitem_str("BlockingIOError", EXCEPTION_TYPES["BlockingIOError"])
        for w_type in io_types():
            w_dict.setitem_str(w_type.name.rsplit(".", 1)[1], w_type)


# tp_basicsize of each type of io_types() on a 64-bit CPython 3.11: what
# __sizeof__ and the pickling of an object's default state go by.
BASIC_SIZES = (32, 32, 32, 32, 48, 64, 120, 152, 152, 152, 48, 192, 40)


def io_types():
    """Every type the module exports, in _iomodule.c's order."""
    from glass.modules import _io_buffered, _io_memory, _io_text
    return [W_IOBase.w_type, W_RawIOBase.w_type, W_BufferedIOBase.w_type,
            W_TextIOBase.w_type, W_FileIO.w_type, _io_memory.W_BytesIO.w_type,
            _io_memory.W_StringIO.w_type, _io_buffered.W_BufferedReader.w_type,
            _io_buffered.W_BufferedWriter.w_type, _io_buffered.W_BufferedRandom.w_type,
            _io_buffered.W_BufferedRWPair.w_type, _io_text.W_TextIOWrapper.w_type,
            _io_text.W_IncrementalNewlineDecoder.w_type]


def warn_runtime(message):
    """PyErr_WarnEx(PyExc_RuntimeWarning, message, 1)."""
    from glass.modules._warnings import warn
    warn("RuntimeWarning", message, 1)
