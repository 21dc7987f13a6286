"""Buffered binary streams over a raw stream: BufferedReader, BufferedWriter,
BufferedRandom and BufferedRWPair.

Counterpart: Modules/_io/bufferedio.c.

The three buffered classes share one buffer for reading and writing, with
CPython's positions in it, so they make the same calls on the raw stream
(sizes, seeks, tells) as CPython does, which a guest raw stream can see:

    pos        the logical position in the buffer
    raw_pos    where the raw stream's position falls in the buffer
    read_end   the end of the bytes read ahead, or -1 (no valid read buffer)
    write_pos  the start of the bytes still to write out
    write_end  their end, or -1 (no valid write buffer)
    abs_pos    the raw stream's absolute position as last seen, or -1

The raw stream is a guest object, called through its methods (readinto,
write, seek, tell...) with memoryviews as CPython passes them.
"""
from __future__ import annotations

import threading

from glass.modules._io import (DEFAULT_BUFFER_SIZE, W_BufferedIOBase, W_FileIO,
                               alloc, blocking_error, call_method, check_readable,
                               check_seekable, check_writable, int_arg, is_none,
                               lookup_attr, new_bool, new_bytes, new_int, new_memoryview,
                               new_none, new_str, newref, no_memory, offset_arg,
                               optional_ssize, readable_buffer, ssize_arg, swallow,
                               unsupported, writable_buffer, _chain)
from glass.modules._signal import check_signals
from glass.objects import abstract
from glass.objects.exceptions import (EXCEPTION_TYPES, OperationError, type_error,
                                      value_error)
from glass.objects.object import decref, xdecref
from glass.objects.signature import no_text_signature
from glass.objects.type import BASETYPE, HAVE_GC, builtin_type, getter, method, setter, slot

EAGAIN = 11
BLOCKED = -2            # what a raw read or write returns when it would block


def _signature(text):
    from glass.objects.signature import Signature
    return Signature.parse(text)


_INIT_SIGNATURE = _signature("(raw, buffer_size=DEFAULT_BUFFER_SIZE)")
_PAIR_SIGNATURE = _signature("(reader, writer, buffer_size=DEFAULT_BUFFER_SIZE, /)")


def os_error(message):
    from glass.objects.exceptions import operation_error
    return operation_error("OSError", message)


class W_Buffered(W_BufferedIOBase):
    """What the three buffered classes share (bufferedio.c's `buffered`)."""
    __slots__ = ("w_raw", "ok", "detached", "readable_", "writable_", "finalizing",
                 "fast_closed_checks", "abs_pos", "buffer", "pos", "raw_pos",
                 "read_end", "write_pos", "write_end", "buffer_size", "buffer_mask",
                 "owner", "lock")

    def __init__(self, w_type):
        W_BufferedIOBase.__init__(self, w_type)
        self.w_raw = None
        self.ok = self.detached = False
        self.readable_ = self.writable_ = False
        self.finalizing = False
        self.fast_closed_checks = False
        self.abs_pos = -1
        self.buffer = None               # a host bytearray of buffer_size bytes
        self.pos = self.raw_pos = 0
        self.read_end = self.write_end = -1
        self.write_pos = 0
        self.buffer_size = DEFAULT_BUFFER_SIZE
        self.buffer_mask = 0
        self.owner = None               # the thread inside a locked section
        self.lock = threading.Lock()    # held by that thread (self->lock)

    def clear_fields(self):
        self.ok = False
        w_raw, self.w_raw = self.w_raw, None
        xdecref(w_raw)
        self.buffer = None

    def owned_fields(self):
        return (self.w_raw,)

    def clear_references(self):
        """buffered_clear."""
        self.ok = False
        w_raw, self.w_raw = self.w_raw, None
        xdecref(w_raw)

    def init_buffered(self, args_w, kwnames, name, readable, writable):
        """The __init__ of BufferedReader/Writer/Random: check the raw stream
        can do what this class needs, then set up the buffer."""
        w_raw, w_size = _INIT_SIGNATURE.bind(name, args_w, kwnames)
        size = DEFAULT_BUFFER_SIZE if w_size is None else \
            abstract.index_as_ssize(w_size, "OverflowError")
        self.ok = self.detached = False
        if readable and writable:
            check_seekable(w_raw)
        if readable:
            check_readable(w_raw)
        if writable:
            check_writable(w_raw)
        w_old, self.w_raw = self.w_raw, newref(w_raw)
        xdecref(w_old)
        self.buffer_size = size
        self.readable_, self.writable_ = readable, writable
        self.init_buffer()
        if readable:
            self.reset_read_buffer()
        if writable:
            self.reset_write_buffer()
            self.pos = 0
        self.fast_closed_checks = (type(self).w_type is self.ob_type and
                                   type(w_raw) is W_FileIO and
                                   w_raw.ob_type is W_FileIO.w_type)
        self.ok = True

    def init_buffer(self):
        """_buffered_init."""
        if self.buffer_size <= 0:
            raise value_error("buffer size must be strictly positive")
        try:
            self.buffer = bytearray(self.buffer_size)
        except (MemoryError, OverflowError):
            raise no_memory()       # PyMem_Malloc failed
        size = self.buffer_size
        self.buffer_mask = size - 1 if size & (size - 1) == 0 else 0
        try:
            self.raw_tell()
        except OperationError as error:
            swallow(error)

    # --- the positions (bufferedio.c's macros) ----------------------------------------

    def valid_read_buffer(self):
        return self.readable_ and self.read_end != -1

    def valid_write_buffer(self):
        return self.writable_ and self.write_end != -1

    def readahead(self):
        return self.read_end - self.pos if self.valid_read_buffer() else 0

    def raw_offset(self):
        if (self.valid_read_buffer() or self.valid_write_buffer()) and self.raw_pos >= 0:
            return self.raw_pos - self.pos
        return 0

    def adjust_position(self, new_pos):
        self.pos = new_pos
        if self.valid_read_buffer() and self.read_end < self.pos:
            self.read_end = self.pos

    def minus_last_block(self, size):
        if self.buffer_mask:
            return size & ~self.buffer_mask
        return self.buffer_size * (size // self.buffer_size)

    def reset_read_buffer(self):
        self.read_end = -1

    def reset_write_buffer(self):
        self.write_pos = 0
        self.write_end = -1

    # --- the lock (ENTER_BUFFERED / LEAVE_BUFFERED) ------------------------------

    def locked(self, func, *args):
        """Run func(*args) as CPython runs the code between ENTER_BUFFERED and
        LEAVE_BUFFERED: holding the object's lock, which another thread
        waits for with the GIL released (_enter_buffered_busy), since the
        raw stream's calls may release the GIL midway.  The same thread
        coming back in (a raw stream calling this object again) is a
        RuntimeError."""
        from glass.vm import gil, pystate
        tstate = pystate.current()
        if not self.lock.acquire(False):
            if self.owner is tstate:
                from glass.objects.exceptions import runtime_error
                raise runtime_error("reentrant call inside %s" % abstract.repr_text(self))
            with gil.released():
                self.lock.acquire()
        self.owner = tstate
        try:
            return func(*args)
        finally:
            self.owner = None
            self.lock.release()

    # --- state checks -----------------------------------------------------------------

    def check_initialized(self):
        if not self.ok:
            if self.detached:
                raise value_error("raw stream has been detached")
            raise value_error("I/O operation on uninitialized object")

    def raw_closed(self):
        """buffered_closed: the raw stream's `closed`."""
        self.check_initialized()
        w_closed = abstract.getattr_str(self.w_raw, "closed")
        try:
            return abstract.is_true(w_closed)
        finally:
            decref(w_closed)

    def is_closed(self):
        """IS_CLOSED: no buffer any more, or the raw stream is closed."""
        if self.buffer is None:
            return True
        if self.fast_closed_checks:
            return self.w_raw.fd < 0
        return self.raw_closed()

    def check_closed_for(self, message):
        """CHECK_CLOSED: a ValueError with the operation's own message, unless
        read-ahead data is still there to serve."""
        if self.is_closed() and self.readahead() == 0:
            raise value_error(message)

    # --- the raw stream ---------------------------------------------------------------

    def position_result(self, w_pos):
        try:
            position = abstract.index_as_ssize(w_pos, "ValueError")
        finally:
            decref(w_pos)
        if position < 0:
            raise os_error("Raw stream returned invalid position %d" % position)
        self.abs_pos = position
        return position

    def raw_tell(self):
        """_buffered_raw_tell."""
        return self.position_result(call_method(self.w_raw, "tell"))

    def raw_tell_cached(self):
        """RAW_TELL."""
        return self.abs_pos if self.abs_pos != -1 else self.raw_tell()

    def raw_seek(self, target, whence):
        """_buffered_raw_seek."""
        w_target, w_whence = new_int(target), new_int(whence)
        try:
            w_pos = call_method(self.w_raw, "seek", [w_target, w_whence])
        finally:
            decref(w_target)
            decref(w_whence)
        return self.position_result(w_pos)

    def raw_read(self, size):
        """_bufferedreader_raw_read: raw.readinto() on a memoryview of size
        bytes; the bytes read (b"" at EOF), or None if it would block."""
        from glass.objects.memoryobject import W_MemoryView
        try:
            storage = bytearray(size)
        except MemoryError:
            raise no_memory()
        w_view, _ = new_memoryview(storage)
        try:
            while True:
                try:
                    w_count = call_method(self.w_raw, "readinto", [w_view])
                    break
                except OperationError as error:
                    if not _is_eintr(error):
                        raise
                    swallow(error)
        finally:
            W_MemoryView.release(w_view)
            decref(w_view)
        if is_none(w_count):
            decref(w_count)
            return None
        try:
            count = abstract.index_as_ssize(w_count, "ValueError")
        except OperationError as error:
            raise _from_cause(error, "raw readinto() failed")
        finally:
            decref(w_count)
        if count < 0 or count > size:
            raise os_error("raw readinto() returned invalid length %d "
                           "(should have been between 0 and %d)" % (count, size))
        if count > 0 and self.abs_pos != -1:
            self.abs_pos += count
        return bytes(storage[:count])

    def raw_write(self, data):
        """_bufferedwriter_raw_write: raw.write() of a read-only memoryview;
        how many bytes it took, or BLOCKED."""
        from glass.objects.memoryobject import W_MemoryView
        w_view, _ = new_memoryview(bytearray(data))
        try:
            w_readonly = W_MemoryView.toreadonly(w_view)
        finally:
            decref(w_view)
        try:
            while True:
                try:
                    w_count = call_method(self.w_raw, "write", [w_readonly])
                    break
                except OperationError as error:
                    if not _is_eintr(error):
                        raise
                    swallow(error)
        finally:
            W_MemoryView.release(w_readonly)
            decref(w_readonly)
        if is_none(w_count):
            decref(w_count)
            return BLOCKED
        try:
            count = abstract.index_as_ssize(w_count, "ValueError")
        finally:
            decref(w_count)
        if count < 0 or count > len(data):
            raise os_error("raw write() returned invalid length %d "
                           "(should have been between 0 and %d)" % (count, len(data)))
        if count > 0 and self.abs_pos != -1:
            self.abs_pos += count
        return count

    # --- buffer housekeeping ----------------------------------------------------------

    def fill_buffer(self):
        """_bufferedreader_fill_buffer: one raw read after the read-ahead; the
        count read, 0 at EOF, or BLOCKED."""
        start = self.read_end if self.valid_read_buffer() else 0
        data = self.raw_read(self.buffer_size - start)
        if data is None:
            return BLOCKED
        count = len(data)
        if count:
            self.buffer[start:start + count] = data
            self.read_end = start + count
            self.raw_pos = start + count
        return count

    def flush_unlocked(self):
        """_bufferedwriter_flush_unlocked: rewind the raw stream to where the
        pending bytes start, and write them all."""
        if self.valid_write_buffer() and self.write_pos != self.write_end:
            rewind = self.raw_offset() + (self.pos - self.write_pos)
            if rewind != 0:
                self.raw_seek(-rewind, 1)
                self.raw_pos -= rewind
            while self.write_pos < self.write_end:
                count = self.raw_write(bytes(self.buffer[self.write_pos:self.write_end]))
                if count == BLOCKED:
                    raise blocking_error(EAGAIN, "write could not complete without "
                                         "blocking", 0)
                self.write_pos += count
                self.raw_pos = self.write_pos
                # A write that a signal cut short returned what it wrote: the
                # handlers run before the next one waits, perhaps for ever.
                check_signals()
        self.reset_write_buffer()

    def flush_and_rewind(self):
        """buffered_flush_and_rewind_unlocked: write out pending bytes, and
        give unread read-ahead back to the raw stream."""
        self.flush_unlocked()
        if self.readable_:
            try:
                self.raw_seek(-self.raw_offset(), 1)
            finally:
                self.reset_read_buffer()

    def take(self, count):
        """Consume count bytes of read-ahead (read_fast's copy)."""
        data = bytes(self.buffer[self.pos:self.pos + count])
        self.pos += count
        return data

    # --- common methods ---------------------------------------------------------------

    @method("($self, /)")
    def detach(self):
        self.check_initialized()
        decref(call_method(self, "flush"))
        w_raw, self.w_raw = self.w_raw, None
        self.detached, self.ok = True, False
        return w_raw

    @method("($self, /)")
    def close(self):
        # Counterpart: buffered_close: flush(), then close the raw stream.
        self.check_initialized()
        if self.locked(self.raw_closed):
            return new_none()
        if self.finalizing:
            try:
                decref(call_method(self.w_raw, "_dealloc_warn", [self]))
            except OperationError as error:
                swallow(error)
        first = None
        try:
            decref(call_method(self, "flush"))
        except OperationError as error:
            first = error
        try:
            w_res = self.locked(self.close_raw)
        except OperationError as error:
            if first is not None:
                _chain(error, first)
            raise
        if first is not None:
            xdecref(w_res)
            raise first
        return w_res

    def close_raw(self):
        try:
            return call_method(self.w_raw, "close")
        finally:
            self.buffer = None
            self.read_end = self.pos = 0

    @method("($self, /)")
    def seekable(self):
        self.check_initialized()
        return call_method(self.w_raw, "seekable")

    @method("($self, /)")
    def readable(self):
        self.check_initialized()
        return call_method(self.w_raw, "readable")

    @method("($self, /)")
    def writable(self):
        self.check_initialized()
        return call_method(self.w_raw, "writable")

    @method("($self, /)")
    def fileno(self):
        self.check_initialized()
        return call_method(self.w_raw, "fileno")

    @method("($self, /)")
    def isatty(self):
        self.check_initialized()
        return call_method(self.w_raw, "isatty")

    @method("($self, source, /)")
    def _dealloc_warn(self, w_source):
        if self.ok and self.w_raw is not None:
            try:
                decref(call_method(self.w_raw, "_dealloc_warn", [w_source]))
            except OperationError as error:
                swallow(error)
        return new_none()

    @method("($self, /)", name="flush")
    def simple_flush(self):
        # BufferedReader.flush: the raw stream's flush.
        self.check_initialized()
        return call_method(self.w_raw, "flush")

    @method("($self, /)", name="flush")
    def flush(self):
        # Counterpart: buffered_flush (for the writing classes).
        self.check_initialized()
        self.check_closed_for("flush of closed file")
        self.locked(self.flush_and_rewind)
        return new_none()

    @getter("raw")
    def get_raw(self):
        if self.w_raw is None:
            return new_none()
        return newref(self.w_raw)

    @getter("_finalizing")
    def get_finalizing(self):
        return new_bool(self.finalizing)

    @setter("_finalizing")
    def set_finalizing(self, w_value):
        self.finalizing = abstract.is_true(w_value) if w_value is not None else False

    @getter("closed")
    def get_closed(self):
        self.check_initialized()
        return abstract.getattr_str(self.w_raw, "closed")

    @getter("name")
    def get_name(self):
        self.check_initialized()
        return abstract.getattr_str(self.w_raw, "name")

    @getter("mode")
    def get_mode(self):
        self.check_initialized()
        return abstract.getattr_str(self.w_raw, "mode")

    @slot("tp_repr")
    def repr(self):
        """Counterpart: buffered_repr: `<_io.BufferedReader name='x'>`."""
        type_name = self.ob_type.name
        try:
            w_name = lookup_attr(self, "name")
        except OperationError as error:
            if not error.match(EXCEPTION_TYPES["ValueError"]):
                raise
            swallow(error)
            w_name = None
        if w_name is None:
            return new_str("<%s>" % type_name)
        from glass.objects.list import repr_enter, repr_leave
        try:
            if not repr_enter(self):
                from glass.objects.exceptions import runtime_error
                raise runtime_error("reentrant call inside %s.__repr__" % type_name)
            try:
                return new_str("<%s name=%s>" % (type_name, abstract.repr_text(w_name)))
            finally:
                repr_leave(self)
        finally:
            decref(w_name)

    @slot("tp_iternext")
    def iternext(self):
        """Counterpart: buffered_iternext: readline() until it is empty."""
        from glass.objects.bytes import W_Bytes
        self.check_initialized()
        if type(self).w_type is self.ob_type:
            data = self.readline_bytes(-1)
            return new_bytes(data) if data else None
        w_line = call_method(self, "readline")
        if not isinstance(w_line, W_Bytes):
            kind = w_line.ob_type.name
            decref(w_line)
            raise os_error("readline() should have returned a bytes object, not '%s'"
                           % kind)
        if not w_line.value:
            decref(w_line)
            return None
        return w_line

    @method("($self, /)")
    def __sizeof__(self):
        return new_int(self.ob_type.basicsize +
                       (self.buffer_size if self.buffer is not None else 0))

    # --- reading ----------------------------------------------------------------------

    @method("($self, size=-1, /)")
    def read(self, w_size):
        # Counterpart: _io__Buffered_read_impl.
        self.check_initialized()
        size = optional_ssize(w_size)
        if size < -1:
            raise value_error("read length must be non-negative or -1")
        self.check_closed_for("read of closed file")
        if size == -1:
            return self.locked(self.read_all)
        if size <= self.readahead():
            return new_bytes(self.take(size))
        data = self.locked(self.read_generic, size)
        return new_none() if data is None else new_bytes(data)

    def read_all(self):
        """_bufferedreader_read_all: the read-ahead, then the raw stream to EOF
        (through its readall() when it has one)."""
        from glass.objects.bytes import W_Bytes
        current = self.readahead()
        data = self.take(current) if current else None
        if self.writable_:
            self.flush_and_rewind()
        self.reset_read_buffer()
        w_readall = lookup_attr(self.w_raw, "readall")
        if w_readall is not None:
            try:
                w_tmp = abstract.call(w_readall, [])
            finally:
                decref(w_readall)
            if not is_none(w_tmp) and not isinstance(w_tmp, W_Bytes):
                decref(w_tmp)
                raise type_error("readall() should return bytes")
            if data is None:
                return w_tmp
            if not is_none(w_tmp):
                data += w_tmp.value
            decref(w_tmp)
            return new_bytes(data)
        chunks = []
        total = len(data) if data else 0
        while True:
            if data:
                chunks.append(data)
            w_data = call_method(self.w_raw, "read")
            if not is_none(w_data) and not isinstance(w_data, W_Bytes):
                decref(w_data)
                raise type_error("read() should return bytes")
            if is_none(w_data) or not w_data.value:
                if total == 0:
                    return w_data
                decref(w_data)
                return new_bytes(b"".join(chunks))
            data = w_data.value
            decref(w_data)
            total += len(data)
            if self.abs_pos != -1:
                self.abs_pos += len(data)

    def read_generic(self, size):
        """_bufferedreader_read_generic: the read-ahead, then whole blocks
        straight from the raw stream, then the buffer filled for the rest;
        None if the raw stream would block before anything was read."""
        current = self.readahead()
        if size <= current:
            return self.take(size)
        _check_allocation(size)
        chunks = []
        remaining = size
        if current > 0:
            chunks.append(self.take(current))
            remaining -= current
        if self.writable_:
            self.flush_and_rewind()
        self.reset_read_buffer()
        while remaining > 0:
            want = self.minus_last_block(remaining)
            if want == 0:
                break
            data = self.raw_read(want)
            if not data:
                return b"".join(chunks) if data is not None or chunks else None
            chunks.append(data)
            remaining -= len(data)
        self.pos = self.raw_pos = self.read_end = 0
        while remaining > 0 and self.read_end < self.buffer_size:
            count = self.fill_buffer()
            if count == 0 or count == BLOCKED:
                return b"".join(chunks) if count == 0 or chunks else None
            piece = min(count, remaining)
            chunks.append(self.take(piece))
            remaining -= piece
        return b"".join(chunks)

    @method("($self, size=-1, /)")
    def read1(self, w_size):
        # Counterpart: _io__Buffered_read1_impl: buffered bytes, or one raw read.
        self.check_initialized()
        size = ssize_arg(w_size, -1)
        if size < 0:
            size = self.buffer_size
        self.check_closed_for("read of closed file")
        if size == 0:
            return new_bytes(b"")
        have = self.readahead()
        if have > 0:
            return new_bytes(self.take(min(have, size)))
        _check_allocation(size)
        data = self.locked(self.read1_raw, size)
        return new_bytes(data if data is not None else b"")

    def read1_raw(self, size):
        self.reset_read_buffer()
        return self.raw_read(size)

    @method("($self, size=0, /)")
    def peek(self, w_size):
        # Counterpart: _io__Buffered_peek_impl: the read-ahead, filled once if empty.
        ssize_arg(w_size, 0)
        self.check_initialized()
        self.check_closed_for("peek of closed file")
        return self.locked(self.peek_locked)

    def peek_locked(self):
        if self.writable_:
            self.flush_and_rewind()
        have = self.readahead()
        if have > 0:
            return new_bytes(bytes(self.buffer[self.pos:self.pos + have]))
        self.reset_read_buffer()
        count = self.fill_buffer()
        if count == BLOCKED:
            count = 0
        self.pos = 0
        return new_bytes(bytes(self.buffer[:count]))

    @method("($self, buffer, /)")
    def readinto(self, w_buffer):
        return self.readinto_generic(w_buffer, False)

    @method("($self, buffer, /)")
    def readinto1(self, w_buffer):
        return self.readinto_generic(w_buffer, True)

    def readinto_generic(self, w_buffer, readinto1):
        """Counterpart: _buffered_readinto_generic."""
        storage = writable_buffer(w_buffer, "readinto1" if readinto1 else "readinto")
        self.check_initialized()
        self.check_closed_for("readinto of closed file")
        length = len(storage)
        written = 0
        have = self.readahead()
        if have > 0:
            if have >= length:
                storage[:length] = self.take(length)
                return new_int(length)
            storage[:have] = self.take(have)
            written = have
        return self.locked(self.readinto_locked, storage, written, readinto1)

    def readinto_locked(self, storage, written, readinto1):
        if self.writable_:
            self.flush_and_rewind()
        self.reset_read_buffer()
        self.pos = 0
        remaining = len(storage) - written
        while remaining > 0:
            if remaining > self.buffer_size:
                data = self.raw_read(remaining)
                count = BLOCKED if data is None else len(data)
                if count > 0:
                    storage[written:written + count] = data
            elif not (readinto1 and written):
                count = self.fill_buffer()
                if count > 0:
                    count = min(count, remaining)
                    storage[written:written + count] = self.take(count)
                    written += count
                    remaining -= count
                    continue
            else:
                count = 0
            if count == 0 or (count == BLOCKED and written > 0):
                break
            if count == BLOCKED:
                return new_none()
            written += count
            remaining -= count
            if readinto1:
                break
        return new_int(written)

    @method("($self, size=-1, /)")
    def readline(self, w_size):
        # Counterpart: _io__Buffered_readline_impl.
        self.check_initialized()
        limit = optional_ssize(w_size)
        return new_bytes(self.readline_bytes(limit))

    def readline_bytes(self, limit):
        """Counterpart: _buffered_readline: a line from the read-ahead if it
        holds one, else buffer-sized raw reads until a newline."""
        self.check_closed_for("readline of closed file")
        count = self.readahead()
        if 0 <= limit < count:
            count = limit
        start = self.pos
        newline = self.buffer.find(b"\n", start, start + count) if count > 0 else -1
        if newline >= 0:
            return self.take(newline + 1 - start)
        if count == limit:
            return self.take(count)
        return self.locked(self.readline_locked, count, limit)

    def readline_locked(self, count, limit):
        chunks = []
        if count > 0:
            chunks.append(self.take(count))
            if limit >= 0:
                limit -= count
        if self.writable_:
            self.flush_and_rewind()
        while True:
            self.reset_read_buffer()
            count = self.fill_buffer()
            if count <= 0:
                break
            if 0 <= limit < count:
                count = limit
            newline = self.buffer.find(b"\n", 0, count)
            if newline >= 0:
                chunks.append(bytes(self.buffer[:newline + 1]))
                self.pos = newline + 1
                break
            chunks.append(bytes(self.buffer[:count]))
            if count == limit:
                self.pos = count
                break
            if limit >= 0:
                limit -= count
        return b"".join(chunks)

    # --- positioning ------------------------------------------------------------------

    @method("($self, target, whence=0, /)")
    def seek(self, w_target, w_whence):
        # Counterpart: _io__Buffered_seek_impl.
        whence = int_arg(w_whence, 0)
        self.check_initialized()
        if whence not in (0, 1, 2) and not (whence in (3, 4) and _has_seek_data()):
            raise value_error("whence value %d unsupported" % whence)
        self.check_closed_for("seek of closed file")
        check_seekable(self.w_raw)
        target = offset_arg(w_target)
        if whence in (0, 1) and self.readable_:
            # Inside the read-ahead: only move within the buffer.
            current = self.raw_tell_cached()
            avail = self.readahead()
            if avail > 0:
                offset = target - (current - self.raw_offset()) if whence == 0 else target
                if -self.pos <= offset <= avail:
                    self.pos += offset
                    return new_int(current - avail + offset)
        return new_int(self.locked(self.seek_locked, target, whence))

    def seek_locked(self, target, whence):
        """The slow path of seek(): write out, then ask the raw stream."""
        if self.writable_:
            self.flush_unlocked()
        if whence == 1:
            target -= self.raw_offset()
        position = self.raw_seek(target, whence)
        self.raw_pos = -1
        if self.readable_:
            self.reset_read_buffer()
        return position

    @method("($self, /)")
    def tell(self):
        self.check_initialized()
        position = self.raw_tell() - self.raw_offset()
        return new_int(position)

    @method("($self, pos=None, /)")
    def truncate(self, w_pos):
        # Counterpart: _io__Buffered_truncate_impl.
        from glass.objects.none import w_None
        self.check_initialized()
        self.check_closed_for("truncate of closed file")
        if not self.writable_:
            raise unsupported("truncate")
        return self.locked(self.truncate_locked, w_pos if w_pos is not None else w_None)

    def truncate_locked(self, w_pos):
        self.flush_and_rewind()
        w_result = call_method(self.w_raw, "truncate", [w_pos])
        try:
            self.raw_tell()
        except OperationError as error:
            swallow(error)
        return w_result

    # --- writing ----------------------------------------------------------------------

    @method("($self, buffer, /)")
    def write(self, w_buffer):
        # Counterpart: _io_BufferedWriter_write_impl.
        data = readable_buffer(w_buffer)
        self.check_initialized()
        return new_int(self.locked(self.write_locked, data))

    def write_locked(self, data):
        if self.is_closed():
            raise value_error("write to closed file")
        length = len(data)
        if not self.valid_read_buffer() and not self.valid_write_buffer():
            self.pos = self.raw_pos = 0
        avail = self.buffer_size - self.pos
        if length <= avail:
            # Everything fits in the buffer.
            self.buffer[self.pos:self.pos + length] = data
            if not self.valid_write_buffer() or self.write_pos > self.pos:
                self.write_pos = self.pos
            self.adjust_position(self.pos + length)
            if self.pos > self.write_end:
                self.write_end = self.pos
            return length
        try:
            self.flush_unlocked()
        except OperationError as error:
            if not error.match(EXCEPTION_TYPES["BlockingIOError"]):
                raise
            return self.buffer_after_blocking(error, data)
        offset = self.raw_offset()
        if offset != 0:
            self.raw_seek(-offset, 1)
            self.raw_pos -= offset
        remaining = length
        written = 0
        while remaining > self.buffer_size:
            count = self.raw_write(data[written:])
            if count == BLOCKED:
                self.buffer[:self.buffer_size] = data[written:written + self.buffer_size]
                self.raw_pos = 0
                self.adjust_position(self.buffer_size)
                self.write_end = self.buffer_size
                written += self.buffer_size
                raise blocking_error(EAGAIN, "write could not complete without blocking",
                                     written)
            written += count
            remaining -= count
            check_signals()              # as in flush_unlocked
        if self.readable_:
            self.reset_read_buffer()
        if remaining > 0:
            self.buffer[:remaining] = data[written:]
            written += remaining
        self.write_pos = 0
        self.write_end = remaining
        self.adjust_position(remaining)
        self.raw_pos = 0
        return written

    def buffer_after_blocking(self, error, data):
        """The raw stream blocked while flushing: keep what still fits."""
        if self.readable_:
            self.reset_read_buffer()
        pending = bytes(self.buffer[self.write_pos:self.write_end])
        self.buffer[:len(pending)] = pending
        self.write_end -= self.write_pos
        self.raw_pos -= self.write_pos
        self.pos -= self.write_pos
        self.write_pos = 0
        avail = self.buffer_size - self.write_end
        if len(data) <= avail:
            swallow(error)
            self.buffer[self.write_end:self.write_end + len(data)] = data
            self.write_end += len(data)
            self.pos += len(data)
            return len(data)
        swallow(error)
        self.buffer[self.write_end:self.write_end + avail] = data[:avail]
        self.write_end += avail
        self.pos += avail
        raise blocking_error(EAGAIN, "write could not complete without blocking", avail)


def _check_allocation(size):
    """CPython makes the size-long result bytes first, so a size the
    allocator cannot serve is a MemoryError before any read: try the same
    allocation (untouched pages cost nothing)."""
    try:
        bytearray(size)
    except (MemoryError, OverflowError):
        raise no_memory()


def _is_eintr(error):
    """_PyIO_trap_eintr: an OSError whose errno is EINTR is retried."""
    import errno
    if not error.match(EXCEPTION_TYPES["OSError"]):
        return False
    w_errno = getattr(error.w_value, "w_errno", None)
    return w_errno is not None and getattr(w_errno, "value", None) == errno.EINTR


def _from_cause(error, message):
    """_PyErr_FormatFromCause(PyExc_OSError, message)."""
    new = os_error(message)
    w_exc = new.w_value
    w_exc.w_cause = error.w_value
    w_exc.suppress_context = True
    w_exc.w_context = newref(error.w_value)
    return new


def _has_seek_data():
    import os
    return hasattr(os, "SEEK_DATA")


def _share(cls, names):
    """Copy W_Buffered's declared methods and attributes onto a concrete class,
    before @builtin_type collects them (each C type lists its own table)."""
    for name in names:
        setattr(cls, name, W_Buffered.__dict__[name])
    return cls


_COMMON = ("detach", "close", "seekable", "fileno", "isatty", "_dealloc_warn",
           "get_raw", "get_finalizing", "set_finalizing", "get_closed", "get_name",
           "get_mode", "repr", "__sizeof__", "seek", "tell")
_READING = ("readable", "read", "peek", "read1", "readinto", "readinto1", "readline",
            "iternext", "truncate")
_WRITING = ("writable", "write", "truncate")


def _init_slot(name, readable, writable):
    def init(self, args_w, kwnames):
        self.init_buffered(args_w, kwnames, name, readable, writable)
    return slot("tp_init")(init)


DOC_READER = ("BufferedReader(raw, buffer_size=DEFAULT_BUFFER_SIZE)\n--\n\n"
              "Create a new buffered reader using the given readable raw IO object.")
DOC_WRITER = """BufferedWriter(raw, buffer_size=DEFAULT_BUFFER_SIZE)
--

A buffer for a writeable sequential RawIO object.

The constructor creates a BufferedWriter for the given writeable raw
stream. If the buffer_size is not given, it defaults to
DEFAULT_BUFFER_SIZE."""
DOC_RANDOM = """BufferedRandom(raw, buffer_size=DEFAULT_BUFFER_SIZE)
--

A buffered interface to random access streams.

The constructor creates a reader and writer for a seekable stream,
raw, given in the first argument. If the buffer_size is omitted it
defaults to DEFAULT_BUFFER_SIZE."""


class _Reader(W_Buffered):
    __slots__ = ()
    init = _init_slot("BufferedReader", True, False)
    flush = W_Buffered.__dict__["simple_flush"]

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        return alloc(W_BufferedReader, w_type)


W_BufferedReader = builtin_type("_io.BufferedReader", base=W_BufferedIOBase,
                                flags=BASETYPE | HAVE_GC, doc=DOC_READER)(
    _share(_Reader, _COMMON + _READING))
_Reader.__doc__ = DOC_READER


class _Writer(W_Buffered):
    __slots__ = ()
    init = _init_slot("BufferedWriter", False, True)
    flush = W_Buffered.__dict__["flush"]

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        return alloc(W_BufferedWriter, w_type)


W_BufferedWriter = builtin_type("_io.BufferedWriter", base=W_BufferedIOBase,
                                flags=BASETYPE | HAVE_GC, doc=DOC_WRITER)(
    _share(_Writer, _COMMON + _WRITING))


class _Random(W_Buffered):
    __slots__ = ()
    init = _init_slot("BufferedRandom", True, True)
    flush = W_Buffered.__dict__["flush"]

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        return alloc(W_BufferedRandom, w_type)


W_BufferedRandom = builtin_type("_io.BufferedRandom", base=W_BufferedIOBase,
                                flags=BASETYPE | HAVE_GC, doc=DOC_RANDOM)(
    _share(_Random, _COMMON + _READING + ("writable", "write")))


# --- BufferedRWPair -------------------------------------------------------------------

@builtin_type("_io.BufferedRWPair", base=W_BufferedIOBase, flags=BASETYPE | HAVE_GC)
class W_BufferedRWPair(W_BufferedIOBase):
    """BufferedRWPair(reader, writer, buffer_size=DEFAULT_BUFFER_SIZE, /)
--

A buffered reader and writer object together.

A buffered reader object and buffered writer object put together to
form a sequential IO object that can read and write. This is typically
used with a socket or two-way pipe.

reader and writer are RawIOBase objects that are readable and
writeable respectively. If the buffer_size is omitted it defaults to
DEFAULT_BUFFER_SIZE."""
    __slots__ = ("w_reader", "w_writer")

    def __init__(self, w_type):
        W_BufferedIOBase.__init__(self, w_type)
        self.w_reader = self.w_writer = None

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        return alloc(W_BufferedRWPair, w_type)

    @slot("tp_init")
    def init(self, args_w, kwnames):
        if kwnames and self.ob_type.tp_new is W_BufferedRWPair.new:
            raise type_error("BufferedRWPair() takes no keyword arguments")
        w_reader, w_writer, w_size = _PAIR_SIGNATURE.bind("BufferedRWPair", args_w,
                                                          kwnames)
        check_readable(w_reader)
        check_writable(w_writer)
        extra = [w_size] if w_size is not None else []
        w_new_reader = abstract.call(W_BufferedReader.w_type, [w_reader] + extra)
        try:
            w_new_writer = abstract.call(W_BufferedWriter.w_type, [w_writer] + extra)
        except OperationError:
            decref(w_new_reader)
            raise
        self.clear_fields()
        self.w_reader, self.w_writer = w_new_reader, w_new_writer

    def clear_fields(self):
        w_reader, w_writer = self.w_reader, self.w_writer
        self.w_reader = self.w_writer = None
        xdecref(w_reader)
        xdecref(w_writer)

    def owned_fields(self):
        return (self.w_reader, self.w_writer)

    def clear_references(self):
        """bufferedrwpair_clear."""
        self.clear_fields()

    def forward(self, w_target, name, args_w):
        if w_target is None:
            raise value_error("I/O operation on uninitialized object")
        return call_method(w_target, name, args_w)

    @no_text_signature
    @method("($self, *args)")
    def read(self, args_w):
        return self.forward(self.w_reader, "read", args_w)

    @no_text_signature
    @method("($self, *args)")
    def peek(self, args_w):
        return self.forward(self.w_reader, "peek", args_w)

    @no_text_signature
    @method("($self, *args)")
    def read1(self, args_w):
        return self.forward(self.w_reader, "read1", args_w)

    @no_text_signature
    @method("($self, *args)")
    def readinto(self, args_w):
        return self.forward(self.w_reader, "readinto", args_w)

    @no_text_signature
    @method("($self, *args)")
    def readinto1(self, args_w):
        return self.forward(self.w_reader, "readinto1", args_w)

    @no_text_signature
    @method("($self, *args)")
    def write(self, args_w):
        return self.forward(self.w_writer, "write", args_w)

    @no_text_signature
    @method("($self, /)")
    def flush(self):
        return self.forward(self.w_writer, "flush", [])

    @no_text_signature
    @method("($self, /)")
    def readable(self):
        return self.forward(self.w_reader, "readable", [])

    @no_text_signature
    @method("($self, /)")
    def writable(self):
        return self.forward(self.w_writer, "writable", [])

    @no_text_signature
    @method("($self, /)")
    def close(self):
        first = None
        try:
            decref(self.forward(self.w_writer, "close", []))
        except OperationError as error:
            first = error
        try:
            w_res = self.forward(self.w_reader, "close", [])
        except OperationError as error:
            if first is not None:
                _chain(error, first)
            raise
        if first is not None:
            decref(w_res)
            raise first
        return w_res

    @no_text_signature
    @method("($self, /)")
    def isatty(self):
        w_res = self.forward(self.w_writer, "isatty", [])
        from glass.objects.bool import w_False
        if w_res is not w_False:
            return w_res
        decref(w_res)
        return self.forward(self.w_reader, "isatty", [])

    @getter("closed")
    def get_closed(self):
        if self.w_writer is None:
            from glass.objects.exceptions import runtime_error
            raise runtime_error("the BufferedRWPair object is being garbage-collected")
        return abstract.getattr_str(self.w_writer, "closed")
