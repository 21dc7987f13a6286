"""In-memory streams: BytesIO and StringIO.

Counterpart: Modules/_io/bytesio.c and Modules/_io/stringio.c.

BytesIO keeps its bytes in a host bytearray; getbuffer() is a memoryview of
it, and while such a view lives the bytearray refuses to resize, which is
CPython's "exports" count.  StringIO keeps its text as a host str plus the
pieces appended since it was last read (CPython's accumulating state), so a
long run of writes at the end costs one join.
"""
from __future__ import annotations

from glass.modules._io import (W_BufferedIOBase, W_TextIOBase, alloc, call_method,
                               is_none, new_bool, new_bytes, new_int, new_none, new_str,
                               newref, optional_ssize, readable_buffer, writable_buffer)
from glass.objects import abstract
from glass.objects.exceptions import type_error, value_error
from glass.objects.object import decref, xdecref
from glass.objects.signature import no_text_signature
from glass.objects.type import BASETYPE, HAVE_GC, builtin_type, getter, method, slot


def _signature(text):
    from glass.objects.signature import Signature
    return Signature.parse(text)


_BYTESIO_SIGNATURE = _signature("(initial_bytes=b'')")
_STRINGIO_SIGNATURE = _signature("(initial_value='', newline='\\n')")


def _seek_position(w_pos):
    """The Py_ssize_t position argument of seek()."""
    from glass.modules._io import ssize_arg
    return ssize_arg(w_pos, 0)


def _whence(w_whence):
    from glass.modules._io import int_arg
    return int_arg(w_whence, 0)


def _exported(data):
    """Whether a view of the host bytearray exists (it cannot resize then)."""
    try:
        data.append(0)
    except BufferError:
        return True
    data.pop()
    return False


# --- BytesIO --------------------------------------------------------------------------

@builtin_type("_io.BytesIO", base=W_BufferedIOBase, flags=BASETYPE | HAVE_GC)
class W_BytesIO(W_BufferedIOBase):
    """BytesIO(initial_bytes=b'')
--

Buffered I/O implementation using an in-memory bytes buffer."""
    __slots__ = ("data", "pos", "w_shared")

    def __init__(self, w_type):
        W_BufferedIOBase.__init__(self, w_type)
        self.data = bytearray()        # None once closed
        self.pos = 0
        # CPython keeps the contents in a bytes object it hands out as is
        # (getvalue(), a whole read()) until the next change: the same object,
        # with the same reference count.  w_shared is that object, or None.
        self.w_shared = None

    def unshare(self):
        w_shared, self.w_shared = self.w_shared, None
        xdecref(w_shared)

    def shared_value(self):
        if self.w_shared is None:
            self.w_shared = new_bytes(bytes(self.data))
        return newref(self.w_shared)

    def clear_fields(self):
        self.unshare()

    def owned_fields(self):
        return (self.w_shared,)

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        return alloc(W_BytesIO, w_type)

    @slot("tp_init")
    def init(self, args_w, kwnames):
        (w_initial,) = _BYTESIO_SIGNATURE.bind("BytesIO", args_w, kwnames)
        from glass.objects.bytes import W_Bytes
        self.check_exports()
        self.unshare()
        self.data = bytearray()
        self.pos = 0
        if w_initial is not None and not is_none(w_initial):
            self.data = bytearray(readable_buffer(w_initial))
            if w_initial.ob_type is W_Bytes.w_type:
                self.w_shared = newref(w_initial)
        self.pos = 0

    def check_closed(self):
        if self.data is None:
            raise value_error("I/O operation on closed file.")

    def check_exports(self):
        """CHECK_EXPORTS: a getbuffer() view still alive pins the storage
        (the host bytearray refuses to resize while a view of it exists)."""
        if self.data is not None and _exported(self.data):
            from glass.objects.exceptions import operation_error
            raise operation_error("BufferError", "Existing exports of data: object "
                                  "cannot be re-sized")

    @getter("closed", doc="True if the file is closed.")
    def get_closed(self):
        return new_bool(self.data is None)

    @method("($self, /)")
    def readable(self):
        """Returns True if the IO object can be read."""
        self.check_closed()
        return new_bool(True)

    @method("($self, /)")
    def writable(self):
        """Returns True if the IO object can be written."""
        self.check_closed()
        return new_bool(True)

    @method("($self, /)")
    def seekable(self):
        """Returns True if the IO object can be seeked."""
        self.check_closed()
        return new_bool(True)

    @method("($self, /)")
    def close(self):
        """Disable all I/O operations."""
        self.check_exports()
        self.unshare()
        self.data = None

    @method("($self, /)")
    def flush(self):
        """Does nothing."""
        self.check_closed()

    @method("($self, /)")
    def isatty(self):
        """Always returns False.

BytesIO objects are not connected to a TTY-like device."""
        self.check_closed()
        return new_bool(False)

    @method("($self, /)")
    def tell(self):
        """Current file position, an integer."""
        self.check_closed()
        return new_int(self.pos)

    def read_bytes(self, size):
        self.check_closed()
        available = max(len(self.data) - self.pos, 0)
        if size < 0 or size > available:
            size = available
        data = bytes(self.data[self.pos:self.pos + size])
        self.pos += size
        return data

    def read_object(self, size):
        """read_bytes: a whole-buffer read from the start hands out the
        shared bytes object."""
        self.check_closed()
        available = max(len(self.data) - self.pos, 0)
        if size < 0 or size > available:
            size = available
        if size > 1 and self.pos == 0 and size == len(self.data) and \
                not _exported(self.data):
            self.pos += size
            return self.shared_value()
        return new_bytes(self.read_bytes(size))

    @method("($self, size=-1, /)")
    def read(self, w_size):
        """Read at most size bytes, returned as a bytes object.

If the size argument is negative, read until EOF is reached.
Return an empty bytes object at EOF."""
        return self.read_object(optional_ssize(w_size))

    @method("($self, size=-1, /)")
    def read1(self, w_size):
        """Read at most size bytes, returned as a bytes object.

If the size argument is negative or omitted, read until EOF is reached.
Return an empty bytes object at EOF."""
        return self.read_object(optional_ssize(w_size))

    def line_end(self, size):
        """scan_eol: the length of the next line, at most size (if >= 0)."""
        start = self.pos
        if start >= len(self.data):
            return 0
        newline = self.data.find(b"\n", start)
        length = (len(self.data) if newline < 0 else newline + 1) - start
        if 0 <= size < length:
            length = size
        return length

    @method("($self, size=-1, /)")
    def readline(self, w_size):
        """Next line from the file, as a bytes object.

Retain newline.  A non-negative size argument limits the maximum
number of bytes to return (an incomplete line may be returned then).
Return an empty bytes object at EOF."""
        size = optional_ssize(w_size)
        self.check_closed()
        return new_bytes(self.read_bytes(self.line_end(size)))

    @method("($self, size=None, /)")
    def readlines(self, w_size):
        """List of bytes objects, each a line from the file.

Call readline() repeatedly and return a list of the lines so read.
The optional size argument, if given, is an approximate bound on the
total number of bytes in the lines returned."""
        from glass.objects.list import W_List
        from glass.objects.int import W_Int
        if w_size is None or is_none(w_size):
            maxsize = 0
        elif isinstance(w_size, W_Int):
            maxsize = w_size.value
            if not -(1 << 63) <= maxsize < (1 << 63):
                from glass.objects.exceptions import overflow_error
                raise overflow_error("Python int too large to convert to C ssize_t")
        else:
            raise type_error("integer argument expected, got '%s'" % w_size.ob_type.name)
        self.check_closed()
        lines = []
        total = 0
        while True:
            length = self.line_end(-1)
            if length == 0:
                break
            lines.append(new_bytes(self.read_bytes(length)))
            total += length
            if maxsize > 0 and total >= maxsize:
                break
        return W_List(lines)

    @method("($self, buffer, /)")
    def readinto(self, w_buffer):
        """Read bytes into buffer.

Returns number of bytes read (0 for EOF), or None if the object
is set not to block and has no data to read."""
        storage = writable_buffer(w_buffer, "readinto")
        data = self.read_bytes(len(storage))
        storage[:len(data)] = data
        return new_int(len(data))

    @method("($self, size=None, /)")
    def truncate(self, w_size):
        """Truncate the file to at most size bytes.

Size defaults to the current file position, as returned by tell().
The current file position is unchanged.  Returns the new size."""
        size = optional_ssize(w_size, None)
        self.check_closed()
        self.check_exports()
        if size is None:
            size = self.pos
        elif size < 0:
            raise value_error("negative size value %d" % size)
        if size < len(self.data):
            del self.data[size:]
            self.unshare()
        return new_int(size)

    @method("($self, pos, whence=0, /)")
    def seek(self, w_pos, w_whence):
        """Change stream position.

Seek to byte offset pos relative to position indicated by whence:
     0  Start of stream (the default).  pos should be >= 0;
     1  Current position - pos may be negative;
     2  End of stream - pos usually negative.
Returns the new absolute position."""
        pos = _seek_position(w_pos)
        whence = _whence(w_whence)
        self.check_closed()
        if pos < 0 and whence == 0:
            raise value_error("negative seek value %d" % pos)
        if whence == 1:
            pos += self.pos
        elif whence == 2:
            pos += len(self.data)
        elif whence != 0:
            raise value_error("invalid whence (%d, should be 0, 1 or 2)" % whence)
        self.pos = max(pos, 0)
        return new_int(self.pos)

    def write_bytes(self, data):
        self.check_closed()
        self.check_exports()
        if not data:
            return 0
        self.unshare()
        end = self.pos + len(data)
        if self.pos > len(self.data):
            self.data += bytes(self.pos - len(self.data))
        self.data[self.pos:end] = data
        self.pos = end
        return len(data)

    @method("($self, b, /)")
    def write(self, w_b):
        """Write bytes to file.

Return the number of bytes written."""
        self.check_closed()
        self.check_exports()
        return new_int(self.write_bytes(readable_buffer(w_b)))

    @method("($self, lines, /)")
    def writelines(self, w_lines):
        """Write lines to the file.

Note that newlines are not added.  lines can be any iterable object
producing bytes-like objects. This is equivalent to calling write() for
each element."""
        self.check_closed()
        for w_line in abstract.iterate(w_lines):
            try:
                self.write_bytes(readable_buffer(w_line))
            finally:
                decref(w_line)

    @method("($self, /)")
    def getbuffer(self):
        """Get a read-write view over the contents of the BytesIO object."""
        from glass.objects.memoryobject import W_MemoryView
        self.check_closed()
        self.unshare()
        return W_MemoryView(self, memoryview(self.data))

    @method("($self, /)")
    def getvalue(self):
        """Retrieve the entire contents of the BytesIO object."""
        self.check_closed()
        if len(self.data) <= 1 or _exported(self.data):
            return new_bytes(bytes(self.data))
        return self.shared_value()

    @slot("tp_iter")
    def iter(self):
        """PyObject_SelfIter: no closed check here, only in __next__."""
        return newref(self)

    @slot("tp_iternext")
    def iternext(self):
        self.check_closed()
        length = self.line_end(-1)
        if length == 0:
            return None
        return new_bytes(self.read_bytes(length))

    @no_text_signature
    @method("($self, /)")
    def __getstate__(self):
        from glass.objects.tuple import new_tuple_owned
        self.check_closed()
        w_dict = self.w_dict
        if w_dict is None:
            w_state = new_none()
        else:
            from glass.objects.dict import W_Dict
            w_state = abstract.call(W_Dict.w_type, [w_dict])
        return new_tuple_owned([new_bytes(bytes(self.data)), new_int(self.pos), w_state])

    @no_text_signature
    @method("($self, state, /)")
    def __setstate__(self, w_state):
        from glass.objects.tuple import W_Tuple
        from glass.objects.int import W_Int
        from glass.objects.dict import W_Dict
        if not isinstance(w_state, W_Tuple) or len(w_state.items) < 3:
            raise type_error("%s.__setstate__ argument should be 3-tuple, got %s"
                             % (self.ob_type.name, w_state.ob_type.name))
        w_value, w_pos, w_dict = w_state.items[:3]
        self.check_exports()
        self.check_closed()          # bytesio_setstate writes state[0]: write's check
        self.unshare()
        self.data = bytearray(readable_buffer(w_value))
        if not isinstance(w_pos, W_Int):
            raise type_error("second item of state must be an integer, not %s"
                             % w_pos.ob_type.name)
        if w_pos.value < 0:
            raise value_error("position value cannot be negative")
        self.pos = w_pos.value
        if not is_none(w_dict):
            if not isinstance(w_dict, W_Dict):
                raise type_error("third item of state should be a dict, got a %s"
                                 % w_dict.ob_type.name)
            if self.w_dict is None:
                self.w_dict = W_Dict()
            for w_key, w_item in w_dict.item_pairs():
                self.w_dict.setitem(w_key, w_item)

    @no_text_signature
    @method("($self, /)")
    def __sizeof__(self):
        # The object, plus its bytes buffer unless someone else holds it too
        # (a bytes object is 33 bytes and its contents); CPython's buffer
        # may be over-allocated after writes, which this does not follow.
        size = self.ob_type.basicsize
        shared = self.w_shared is not None and self.w_shared.ob_refcnt > 1
        if self.data and not shared:     # an empty buffer is the shared b""
            size += 33 + len(self.data)
        return new_int(size)


# --- StringIO -------------------------------------------------------------------------

@builtin_type("_io.StringIO", base=W_TextIOBase, flags=BASETYPE | HAVE_GC)
class W_StringIO(W_TextIOBase):
    """StringIO(initial_value='', newline='\\n')
--

Text I/O implementation using an in-memory buffer.

The initial_value argument sets the value of object.  The newline
argument is like the one of TextIOWrapper's constructor."""
    __slots__ = ("text", "appended", "length", "pos", "ok", "closed_", "readnl", "writenl",
                 "readuniversal", "readtranslate", "decoder")

    def __init__(self, w_type):
        W_TextIOBase.__init__(self, w_type)
        self.reset_text("")
        self.pos = 0
        self.ok = False
        self.closed_ = False
        self.readnl = "\n"
        self.writenl = None
        self.readuniversal = self.readtranslate = False
        self.decoder = None          # a host NewlineTranslator, or None

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        return alloc(W_StringIO, w_type)

    @slot("tp_init")
    def init(self, args_w, kwnames):
        """Counterpart: _io_StringIO___init___impl."""
        from glass.modules._io_text import NewlineTranslator
        from glass.objects.str import W_Str
        w_value, w_newline = _STRINGIO_SIGNATURE.bind("StringIO", args_w, kwnames)
        if w_newline is None:
            newline = "\n"
        elif is_none(w_newline):
            newline = None
        elif isinstance(w_newline, W_Str):
            newline = w_newline.value
        else:
            raise type_error("newline must be str or None, not %s"
                             % w_newline.ob_type.name)
        if newline is not None and newline not in ("", "\n", "\r", "\r\n"):
            raise value_error("illegal newline value: %s" % abstract.repr_text(w_newline))
        if w_value is not None and not is_none(w_value) and not isinstance(w_value, W_Str):
            raise type_error("initial_value must be str or None, not %s"
                             % w_value.ob_type.name)
        self.ok = False
        self.readnl = newline
        self.readuniversal = newline is None or newline == ""
        self.readtranslate = newline is None
        self.writenl = newline if newline and newline[0] == "\r" else None
        self.decoder = NewlineTranslator(self.readtranslate) if self.readuniversal else None
        self.reset_text("")
        self.pos = 0
        self.closed_ = False
        if w_value is not None and not is_none(w_value) and w_value.value:
            self.write_text(w_value.value)
            self.pos = 0
        self.ok = True

    def check_initialized(self):
        if not self.ok:
            raise value_error("I/O operation on uninitialized object")

    def check_closed(self):
        if self.closed_:
            raise value_error("I/O operation on closed file")

    def write_text(self, text):
        """write_str: translate newlines, then put the text at the position."""
        if self.decoder is not None:
            text = self.decoder.decode(text, True)
        if self.writenl is not None:
            text = text.replace("\n", self.writenl)
        if not text:
            return
        if self.pos == self.length:
            # CPython's "accumulating" state: appends cost nothing until read.
            self.appended.append(text)
            self.length += len(text)
        else:
            whole = self.realize()
            if self.pos > len(whole):
                whole += "\0" * (self.pos - len(whole))
            self.reset_text(whole[:self.pos] + text + whole[self.pos + len(text):])
        self.pos += len(text)

    def reset_text(self, text):
        self.text = text
        self.appended = []
        self.length = len(text)

    def realize(self):
        """The whole text as one host str (joining what was appended)."""
        if self.appended:
            self.text += "".join(self.appended)
            self.appended = []
        return self.text

    @method("($self, /)")
    def getvalue(self):
        """Retrieve the entire contents of the object."""
        self.check_initialized()
        self.check_closed()
        return new_str(self.realize())

    @method("($self, /)")
    def tell(self):
        """Tell the current file position."""
        self.check_initialized()
        self.check_closed()
        return new_int(self.pos)

    @method("($self, size=-1, /)")
    def read(self, w_size):
        """Read at most size characters, returned as a string.

If the argument is negative or omitted, read until EOF
is reached. Return an empty string at EOF."""
        size = optional_ssize(w_size)
        self.check_initialized()
        self.check_closed()
        available = max(self.length - self.pos, 0)
        if size < 0 or size > available:
            size = available
        text = self.realize()[self.pos:self.pos + size]
        self.pos += size
        return new_str(text)

    def readline_text(self, limit):
        from glass.modules._io_text import find_line_ending
        if self.pos >= self.length:
            return ""
        whole = self.realize()
        stop = self.length if limit < 0 else min(self.length, self.pos + limit)
        end, consumed = find_line_ending(self.readtranslate, self.readuniversal,
                                         self.readnl, whole, self.pos, stop)
        start = self.pos
        self.pos = stop if end < 0 else start + end
        return whole[start:self.pos]

    @method("($self, size=-1, /)")
    def readline(self, w_size):
        """Read until newline or EOF.

Returns an empty string if EOF is hit immediately."""
        size = optional_ssize(w_size)
        self.check_initialized()
        self.check_closed()
        return new_str(self.readline_text(size))

    @slot("tp_iternext")
    def iternext(self):
        """Counterpart: stringio_iternext."""
        from glass.objects.str import W_Str
        self.check_initialized()
        self.check_closed()
        if self.ob_type is W_StringIO.w_type:
            text = self.readline_text(-1)
            return new_str(text) if text else None
        w_line = call_method(self, "readline")
        if not isinstance(w_line, W_Str):
            kind = w_line.ob_type.name
            decref(w_line)
            from glass.modules._io import operation_error_text
            raise operation_error_text("OSError", "readline() should have returned a str "
                                       "object, not '%s'" % kind)
        if not w_line.value:
            decref(w_line)
            return None
        return w_line

    @method("($self, pos=None, /)")
    def truncate(self, w_pos):
        """Truncate size to pos.

The pos argument defaults to the current file position, as
returned by tell().  The current file position is unchanged.
Returns the new absolute position."""
        size = optional_ssize(w_pos, None)
        self.check_initialized()
        self.check_closed()
        if size is None:
            size = self.pos
        elif size < 0:
            raise value_error("Negative size value %d" % size)
        if size < self.length:
            self.reset_text(self.realize()[:size])
        return new_int(size)

    @method("($self, pos, whence=0, /)")
    def seek(self, w_pos, w_whence):
        """Change stream position.

Seek to character offset pos relative to position indicated by whence:
    0  Start of stream (the default).  pos should be >= 0;
    1  Current position - pos must be 0;
    2  End of stream - pos must be 0.
Returns the new absolute position."""
        pos = _seek_position(w_pos)
        whence = _whence(w_whence)
        self.check_initialized()
        self.check_closed()
        if whence not in (0, 1, 2):
            raise value_error("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        if pos < 0 and whence == 0:
            raise value_error("Negative seek position %d" % pos)
        if whence != 0 and pos != 0:
            from glass.modules._io import operation_error_text
            raise operation_error_text("OSError", "Can't do nonzero cur-relative seeks")
        if whence == 1:
            pos = self.pos
        elif whence == 2:
            pos = self.length
        self.pos = pos
        return new_int(pos)

    @method("($self, s, /)")
    def write(self, w_s):
        """Write string to file.

Returns the number of characters written, which is always equal to
the length of the string."""
        from glass.objects.str import W_Str
        self.check_initialized()
        if not isinstance(w_s, W_Str):
            raise type_error("string argument expected, got '%s'" % w_s.ob_type.name)
        self.check_closed()
        if w_s.value:
            self.write_text(w_s.value)
        return new_int(len(w_s.value))

    @method("($self, /)")
    def close(self):
        """Close the IO object.

Attempting any further operation after the object is closed
will raise a ValueError.

This method has no effect if the file is already closed."""
        self.closed_ = True
        self.reset_text("")

    @method("($self, /)")
    def readable(self):
        """Returns True if the IO object can be read."""
        self.check_initialized()
        self.check_closed()
        return new_bool(True)

    @method("($self, /)")
    def writable(self):
        """Returns True if the IO object can be written."""
        self.check_initialized()
        self.check_closed()
        return new_bool(True)

    @method("($self, /)")
    def seekable(self):
        """Returns True if the IO object can be seeked."""
        self.check_initialized()
        self.check_closed()
        return new_bool(True)

    @getter("closed")
    def get_closed(self):
        self.check_initialized()
        return new_bool(self.closed_)

    @getter("line_buffering")
    def get_line_buffering(self):
        self.check_initialized()
        self.check_closed()
        return new_bool(False)

    @getter("newlines")
    def get_newlines(self):
        self.check_initialized()
        self.check_closed()
        if self.decoder is None:
            return new_none()
        return self.decoder.newlines_object()

    @no_text_signature
    @method("($self, /)")
    def __getstate__(self):
        from glass.objects.tuple import new_tuple_owned
        from glass.objects.str import new_str_or_none
        self.check_closed()
        w_dict = self.w_dict
        if w_dict is None:
            w_state = new_none()
        else:
            from glass.objects.dict import W_Dict
            w_state = abstract.call(W_Dict.w_type, [w_dict])
        return new_tuple_owned([new_str(self.realize()),
                                new_str_or_none(self.readnl), new_int(self.pos), w_state])

    @no_text_signature
    @method("($self, state, /)")
    def __setstate__(self, w_state):
        from glass.objects.tuple import W_Tuple
        from glass.objects.int import W_Int
        from glass.objects.dict import W_Dict
        from glass.objects.str import W_Str
        self.check_closed()
        if not isinstance(w_state, W_Tuple) or len(w_state.items) < 4:
            raise type_error("%s.__setstate__ argument should be 4-tuple, got %s"
                             % (self.ob_type.name, w_state.ob_type.name))
        w_value, w_newline, w_pos, w_dict = w_state.items[:4]
        # stringio_setstate calls __init__(state[0], state[1]): its checks.
        self.init([w_value, w_newline], None)
        self.reset_text(w_value.value if isinstance(w_value, W_Str) else "")
        if not isinstance(w_pos, W_Int):
            raise type_error("third item of state must be an integer, got %s"
                             % w_pos.ob_type.name)
        if w_pos.value < 0:
            raise value_error("position value cannot be negative")
        self.pos = w_pos.value
        if not is_none(w_dict):
            if not isinstance(w_dict, W_Dict):
                raise type_error("fourth item of state should be a dict, got a %s"
                                 % w_dict.ob_type.name)
            if self.w_dict is None:
                self.w_dict = W_Dict()
            for w_key, w_item in w_dict.item_pairs():
                self.w_dict.setitem(w_key, w_item)
