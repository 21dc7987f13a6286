"""_pickle.Pickler: guest objects written as pickle opcodes.

Counterpart: Modules/_pickle.c (the Pickler half: save() and the save_*
functions, the output buffer and its frames, the memo, PicklerMemoProxy).

save() dispatches on the exact type of the object: the builtin types are
written from their W_ fields into a host bytearray; everything else goes
through reducer_override, the dispatch tables or __reduce_ex__, as in C.
"""
from __future__ import annotations

from glass.modules._pickle import (ADDITEMS, APPEND, APPENDS, BATCHSIZE, BINBYTES,
                                   BINBYTES8, BINFLOAT, BINGET, BININT, BININT1, BININT2,
                                   BINPERSID, BINPUT, BINUNICODE, BINUNICODE8, BUILD,
                                   BYTEARRAY8, DEFAULT_PROTOCOL, EMPTY_DICT, EMPTY_LIST,
                                   EMPTY_SET, EMPTY_TUPLE, EXT1, EXT2, EXT4,
                                   FAST_NESTING_LIMIT, FRAME, FRAME_HEADER_SIZE,
                                   FRAME_SIZE_MIN, FRAME_SIZE_TARGET, FROZENSET, GLOBAL,
                                   HIGHEST_PROTOCOL, LONG1, LONG4, LONG_BINGET,
                                   LONG_BINPUT, MARK, MEMOIZE, NEWFALSE, NEWOBJ, NEWOBJ_EX,
                                   NEWTRUE, NEXT_BUFFER, NONE, PACK_DOUBLE, PACK_INT32,
                                   PACK_UINT32, PACK_UINT64, PERSID, POP, POP_MARK, PROTO,
                                   READONLY_BUFFER, REDUCE, SETITEM, SETITEMS,
                                   SHORT_BINBYTES, SHORT_BINUNICODE, STACK_GLOBAL, STATE,
                                   STOP, TUPLE, TUPLE2, TUPLE_SIZE_OPCODES, Types, UNICODE,
                                   W_PickleBuffer, _bytes, _error, _int, _matches, _newref,
                                   _str, _tuple, _tuple_owned, bind_arguments, bool_arg,
                                   call_method_ref, encode_long, found_in_sys_modules,
                                   get_deep_attribute, get_dotted_path, import_module,
                                   init_method_ref, int_arg, is_callable, is_static_type,
                                   iter_next, pickling_error, raw_unicode_escape,
                                   reconstruct_method, release_all, repr_text, ssize_arg,
                                   str_text, utf8_of, whichmodule)
from glass.objects import abstract
from glass.objects.bool import w_True
from glass.objects.dict import W_Dict
from glass.objects.exceptions import OperationError, type_error, value_error
from glass.objects.heapslots import hash_not_implemented
from glass.objects.none import w_None, w_NotImplemented
from glass.objects.object import W_Object, decref
from glass.objects.str import W_Str, intern
from glass.objects.tuple import W_Tuple
from glass.objects.type import BASETYPE, HAVE_GC, NO_DOC, builtin_type, getter, method, setter, slot
from glass.vm import pystate


# --- The pickler ----------------------------------------------------------------------------

PICKLER_DOC = """Pickler(file, protocol=None, fix_imports=True, buffer_callback=None)
--

This takes a binary file for writing a pickle data stream.

The optional *protocol* argument tells the pickler to use the given
protocol; supported protocols are 0, 1, 2, 3, 4 and 5.  The default
protocol is 4. It was introduced in Python 3.4, and is incompatible
with previous versions.

Specifying a negative protocol version selects the highest protocol
version supported.  The higher the protocol used, the more recent the
version of Python needed to read the pickle produced.

The *file* argument must have a write() method that accepts a single
bytes argument. It can thus be a file object opened for binary
writing, an io.BytesIO instance, or any other custom object that meets
this interface.

If *fix_imports* is True and protocol is less than 3, pickle will try
to map the new Python 3 names to the old module names used in Python
2, so that the pickle data stream is readable with Python 2.

If *buffer_callback* is None (the default), buffer views are
serialized into *file* as part of the pickle stream.

If *buffer_callback* is not None, then it can be called any number
of times with a buffer view.  If the callback returns a false value
(such as None), the given buffer is out-of-band; otherwise the
buffer is serialized in-band, i.e. inside the pickle stream.

It is an error if *buffer_callback* is not None and *protocol*
is None or smaller than 5."""

PICKLER_FIELDS = ("w_write", "w_pers_func", "w_dispatch_table", "w_reducer_override",
                  "w_buffer_callback", "w_fast_memo")


@builtin_type("_pickle.Pickler", flags=BASETYPE | HAVE_GC, doc=PICKLER_DOC)
class W_Pickler(W_Object):
    """The pickler: save() and the save_* functions of _pickle.c."""
    __slots__ = ("memo", "w_write", "w_pers_func", "pers_func_bound", "w_dispatch_table",
                 "w_reducer_override", "w_buffer_callback", "w_fast_memo", "out",
                 "proto", "bin", "framing", "frame_start", "fast", "fast_nesting",
                 "fix_imports")

    def __init__(self, w_type=None):
        W_Object.__init__(self, w_type or W_Pickler.w_type)
        W_Pickler.init_fields(self)

    @staticmethod
    def init_fields(self):
        """_Pickler_New: an empty memo and buffer, nothing else set."""
        if not Types.loaded:
            Types.load()
        self.memo = {}                  # id(obj) -> [memo index, obj (owned)]
        self.w_write = None
        self.w_pers_func = None
        self.pers_func_bound = False
        self.w_dispatch_table = None
        self.w_reducer_override = None
        self.w_buffer_callback = None
        self.w_fast_memo = None
        self.out = bytearray()
        self.proto = 0
        self.bin = 0
        self.framing = False
        self.frame_start = -1
        self.fast = 0
        self.fast_nesting = 0
        self.fix_imports = False

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        if w_type is W_Pickler.w_type:
            return W_Pickler(w_type)
        from glass.objects.typeobject import _new_instance
        self = _new_instance(w_type)
        W_Pickler.init_fields(self)
        return self

    @slot("tp_init")
    def init(self, args_w, kwnames):
        """_pickle.Pickler.__init__(file, protocol=None, fix_imports=True,
        buffer_callback=None)."""
        w_file, w_protocol, w_fix, w_callback = bind_arguments(
            "Pickler", PICKLER_INIT_SIGNATURE, args_w, kwnames)
        if self.w_write is not None:
            self.clear_fields()
        self.set_protocol(w_protocol, bool_arg(w_fix))
        self.set_output_stream(w_file)
        self.set_buffer_callback(w_callback)
        self.fast = 0
        self.fast_nesting = 0
        self.w_pers_func, self.pers_func_bound = init_method_ref(self, "persistent_id")
        if self.w_dispatch_table is None:
            self.w_dispatch_table = abstract.lookup_attr_str(self, "dispatch_table")

    # --- setup -------------------------------------------------------------------------

    def set_protocol(self, w_protocol, fix_imports):
        if w_protocol is None or w_protocol is w_None:
            proto = DEFAULT_PROTOCOL
        else:
            proto = int_arg_long(w_protocol)
            if proto < 0:
                proto = HIGHEST_PROTOCOL
            elif proto > HIGHEST_PROTOCOL:
                raise value_error("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        self.proto = proto
        self.bin = 1 if proto > 0 else 0
        self.fix_imports = bool(fix_imports) and proto < 3

    def set_output_stream(self, w_file):
        self.w_write = abstract.lookup_attr_str(w_file, "write")
        if self.w_write is None:
            raise type_error("file must have a 'write' attribute")

    def set_buffer_callback(self, w_callback):
        if w_callback is w_None:
            w_callback = None
        if w_callback is not None and self.proto < 5:
            raise value_error("buffer_callback needs protocol >= 5")
        self.w_buffer_callback = None if w_callback is None else _newref(w_callback)

    # --- the output buffer and frames -------------------------------------------------------

    def clear_buffer(self):
        """_Pickler_ClearBuffer (the bytearray is kept, so callers' locals
        stay valid), then a new frame when framing is on."""
        del self.out[:]
        self.frame_start = -1
        if self.framing:
            self.start_frame()

    def start_frame(self):
        """Reserve a frame header.  C opens a frame lazily at the next write;
        opening it at once is the same, since something is always written
        before the frame is committed (an empty frame is dropped)."""
        out = self.out
        self.frame_start = len(out)
        out += b"\xfe" * FRAME_HEADER_SIZE

    def commit_frame(self):
        """_Pickler_CommitFrame: fill the header in, or drop it when the
        frame is too small to be worth one."""
        if not self.framing or self.frame_start == -1:
            return
        out = self.out
        start = self.frame_start
        frame_len = len(out) - start - FRAME_HEADER_SIZE
        if frame_len >= FRAME_SIZE_MIN:
            out[start] = FRAME
            out[start + 1:start + FRAME_HEADER_SIZE] = PACK_UINT64(frame_len)
        else:
            del out[start:start + FRAME_HEADER_SIZE]
        self.frame_start = -1

    def get_string(self):
        self.commit_frame()
        return bytes(self.out)

    def flush_to_file(self):
        """_Pickler_FlushToFile: what is buffered, to file.write."""
        w_data = _bytes(self.get_string())
        try:
            decref(abstract.call(self.w_write, [w_data]))
        finally:
            decref(w_data)

    def opcode_boundary(self):
        """_Pickler_OpcodeBoundary: a full frame is committed (and written
        to the file when there is one)."""
        self.commit_frame()
        if self.w_write is not None:
            self.flush_to_file()
            del self.out[:]
        self.start_frame()

    def write_bytes(self, header, data, w_payload):
        """_Pickler_write_bytes: a header and a payload; a payload of a full
        frame or more goes outside any frame, straight to the file."""
        if len(data) < FRAME_SIZE_TARGET:
            out = self.out
            out += header
            out += data
            return
        framing = self.framing
        self.commit_frame()
        self.framing = False
        self.out += header
        if self.w_write is not None:
            self.flush_to_file()
            w_mem = None
            if w_payload is None:
                w_payload = w_mem = _bytes(bytes(data))
            try:
                decref(abstract.call(self.w_write, [w_payload]))
            finally:
                if w_mem is not None:
                    decref(w_mem)
            del self.out[:]
            self.frame_start = -1
        else:
            self.out += data
        self.framing = framing
        if framing:
            self.start_frame()

    # --- the memo -------------------------------------------------------------------------

    def memo_put(self, w_obj):
        if self.fast:
            return
        memo = self.memo
        index = len(memo)
        w_obj.ob_refcnt += 1
        old = memo.get(id(w_obj))
        memo[id(w_obj)] = [index, w_obj]
        if old is not None:
            decref(old[1])
        out = self.out
        if self.proto >= 4:
            out.append(MEMOIZE)
        elif not self.bin:
            out += b"p%d\n" % index
        elif index < 256:
            out += bytes((BINPUT, index))
        elif index <= 0xFFFFFFFF:
            out.append(LONG_BINPUT)
            out += PACK_UINT32(index)
        else:
            raise pickling_error("memo id too large for LONG_BINPUT")

    def memo_get(self, index):
        out = self.out
        if not self.bin:
            out += b"g%d\n" % index
        elif index < 256:
            out += bytes((BINGET, index))
        elif index <= 0xFFFFFFFF:
            out.append(LONG_BINGET)
            out += PACK_UINT32(index)
        else:
            raise pickling_error("memo id too large for LONG_BINGET")

    def clear_memo_impl(self):
        memo = self.memo
        self.memo = {}
        for _index, w_obj in memo.values():
            decref(w_obj)

    # --- dump --------------------------------------------------------------------------------

    def run_dump(self, w_obj):
        """dump: PROTO, the object, STOP."""
        self.w_reducer_override = abstract.lookup_attr_str(self, "reducer_override")
        try:
            if self.proto >= 2:
                self.out += bytes((PROTO, self.proto))
                if self.proto >= 4:
                    self.framing = True
                    self.start_frame()
            self.save(w_obj, False)
            self.out.append(STOP)
            self.commit_frame()
        finally:
            self.framing = False
            w_override = self.w_reducer_override
            self.w_reducer_override = None
            if w_override is not None:
                decref(w_override)

    def save(self, w_obj, pers_save):
        """save: the one object, by its exact type first."""
        out = self.out
        if self.framing and len(out) - self.frame_start >= FRAME_SIZE_TARGET + \
                FRAME_HEADER_SIZE:
            self.opcode_boundary()
        if self.w_pers_func is not None and not pers_save:
            if self.save_pers(w_obj):
                return
        w_type = w_obj.ob_type
        types = Types
        if w_type is types.int:
            value = w_obj.value
            if -0x80000000 <= value <= 0x7FFFFFFF:
                if not self.bin:
                    out += b"I%d\n" % value
                elif 0 <= value < 256:
                    out += bytes((BININT1, value))
                elif 0 <= value < 65536:
                    out += bytes((BININT2, value & 0xFF, value >> 8))
                else:
                    out.append(BININT)
                    out += PACK_INT32(value)
            else:
                self.save_long(w_obj)
            return
        if w_type is types.str:
            entry = self.memo.get(id(w_obj))
            if entry is not None:
                self.memo_get(entry[0])
                return
            self.save_unicode(w_obj)
            return
        if w_type is types.float:
            if self.bin:
                out.append(BINFLOAT)
                out += PACK_DOUBLE(w_obj.value)
            else:
                out += b"F%s\n" % repr(w_obj.value).encode("ascii")
            return
        if w_type is types.bool:
            if self.proto >= 2:
                out.append(NEWTRUE if w_obj is w_True else NEWFALSE)
            else:
                out += b"I01\n" if w_obj is w_True else b"I00\n"
            return
        if w_type is types.none:
            out.append(NONE)
            return
        entry = self.memo.get(id(w_obj))
        if entry is not None:
            self.memo_get(entry[0])
            return
        if w_type is types.bytes:
            self.save_bytes(w_obj)
            return
        tstate = pystate.current()
        tstate.recursion_depth += 1
        if tstate.recursion_depth > tstate.interp.recursion_limit:
            tstate.recursion_depth -= 1
            pystate.enter_recursive_call(tstate, " while pickling an object")
        try:
            saver = EXACT_SAVERS.get(w_type)
            if saver is not None:
                saver(self, w_obj)
            else:
                self.save_other(w_obj, w_type)
        finally:
            tstate.recursion_depth -= 1

    def save_other(self, w_obj, w_type):
        """The rest of save(): reducer_override, types and functions by name,
        then the reduction from a dispatch table or __reduce_ex__."""
        w_reduce_value = None
        if self.w_reducer_override is not None:
            w_reduce_value = abstract.call(self.w_reducer_override, [w_obj])
            if w_reduce_value is w_NotImplemented:
                decref(w_reduce_value)
                w_reduce_value = None
        if w_reduce_value is None:
            if w_type is Types.type:
                self.save_type(w_obj)
                return
            if w_type is Types.function:
                self.save_global(w_obj, None)
                return
            w_reduce_func = self.reduce_func_of(w_type)
            if w_reduce_func is not None:
                try:
                    w_reduce_value = abstract.call(w_reduce_func, [w_obj])
                finally:
                    decref(w_reduce_func)
            elif w_type.is_subtype(Types.type):
                self.save_global(w_obj, None)
                return
            else:
                w_reduce_value = self.call_reduce(w_obj, w_type)
        try:
            if isinstance(w_reduce_value, W_Str):
                self.save_global(w_obj, w_reduce_value)
                return
            if not isinstance(w_reduce_value, W_Tuple):
                raise pickling_error("__reduce__ must return a string or tuple")
            self.save_reduce(w_reduce_value, w_obj)
        finally:
            decref(w_reduce_value)

    def reduce_func_of(self, w_type):
        """The dispatch table's reduction function for w_type, or None."""
        if self.w_dispatch_table is None:
            w_func = STATE.w_dispatch_table.getitem(w_type)
            return None if w_func is None else _newref(w_func)
        try:
            return abstract.getitem(self.w_dispatch_table, w_type)
        except OperationError as error:
            if not _matches(error, "KeyError"):
                raise
            decref(error.w_value)
            return None

    def call_reduce(self, w_obj, w_type):
        w_func = abstract.lookup_attr_str(w_obj, "__reduce_ex__")
        if w_func is not None:
            w_proto = _int(self.proto)
            try:
                return abstract.call(w_func, [w_proto])
            finally:
                decref(w_proto)
                decref(w_func)
        w_func = abstract.lookup_attr_str(w_obj, "__reduce__")
        if w_func is None:
            raise pickling_error("can't pickle '%s' object: %s"
                                 % (w_type.name, repr_text(w_obj)))
        try:
            return abstract.call(w_func, [])
        finally:
            decref(w_func)

    # --- atoms ---------------------------------------------------------------------------

    def save_long(self, w_obj):
        value = w_obj.value
        out = self.out
        if self.proto >= 2:
            data = encode_long(value)
            if len(data) > 0x7FFFFFFF:
                raise _error("OverflowError", "int too large to pickle")
            if len(data) < 256:
                out += bytes((LONG1, len(data)))
            else:
                out.append(LONG4)
                out += PACK_UINT32(len(data))
            out += data
        else:
            out += b"L%sL\n" % repr_text(w_obj).encode("ascii")

    def save_unicode(self, w_obj):
        if self.bin:
            data = utf8_of(w_obj.value)
            size = len(data)
            if size <= 0xFF and self.proto >= 4:
                header = bytes((SHORT_BINUNICODE, size))
            elif size <= 0xFFFFFFFF:
                header = bytes((BINUNICODE,)) + PACK_UINT32(size)
            elif self.proto >= 4:
                header = bytes((BINUNICODE8,)) + PACK_UINT64(size)
            else:
                raise _error("OverflowError", "serializing a string larger than 4 GiB "
                             "requires pickle protocol 4 or higher")
            self.write_bytes(header, data, None)
        else:
            out = self.out
            out.append(UNICODE)
            out += raw_unicode_escape(w_obj.value)
            out.append(10)
        self.memo_put(w_obj)

    def save_bytes(self, w_obj):
        if self.proto < 3:
            data = w_obj.value
            if not data:
                w_reduce = _tuple_owned([_newref(Types.bytes), _tuple([])])
            else:
                # C passes the one interned "latin1" (_Py_ID), so the memo
                # finds it again in every later bytes object.
                w_args = _tuple_owned([_str(data.decode("latin-1")), intern("latin1")])
                w_reduce = _tuple_owned([_newref(STATE.w_codecs_encode), w_args])
            try:
                self.save_reduce(w_reduce, w_obj)
            finally:
                decref(w_reduce)
            return
        self.save_bytes_data(w_obj, w_obj.value)

    def save_bytes_data(self, w_obj, data):
        size = len(data)
        if size <= 0xFF:
            header = bytes((SHORT_BINBYTES, size))
        elif size <= 0xFFFFFFFF:
            header = bytes((BINBYTES,)) + PACK_UINT32(size)
        elif self.proto >= 4:
            header = bytes((BINBYTES8,)) + PACK_UINT64(size)
        else:
            raise _error("OverflowError", "serializing a bytes object larger than 4 GiB "
                         "requires pickle protocol 4 or higher")
        self.write_bytes(header, data, w_obj)
        self.memo_put(w_obj)

    def save_bytearray(self, w_obj):
        if self.proto < 5:
            data = bytes(w_obj.value)
            if not data:
                w_args = _tuple([])
            else:
                w_args = _tuple_owned([_bytes(data)])
            w_reduce = _tuple_owned([_newref(Types.bytearray), w_args])
            try:
                self.save_reduce(w_reduce, w_obj)
            finally:
                decref(w_reduce)
            return
        self.save_bytearray_data(w_obj, bytes(w_obj.value))

    def save_bytearray_data(self, w_obj, data):
        self.write_bytes(bytes((BYTEARRAY8,)) + PACK_UINT64(len(data)), data, w_obj)
        self.memo_put(w_obj)

    def save_picklebuffer(self, w_obj):
        if self.proto < 5:
            raise pickling_error("PickleBuffer can only pickled with protocol >= 5")
        view = w_obj.live_view()
        if not view.contiguous:
            raise pickling_error("PickleBuffer can not be pickled when "
                                 "pointing to a non-contiguous buffer")
        in_band = True
        if self.w_buffer_callback is not None:
            w_result = abstract.call(self.w_buffer_callback, [w_obj])
            try:
                in_band = w_result is w_True or abstract.is_true(w_result)
            finally:
                decref(w_result)
        if in_band:
            data = view.tobytes()
            if view.readonly:
                self.save_bytes_data(w_obj, data)
            else:
                self.save_bytearray_data(w_obj, data)
        else:
            self.out.append(NEXT_BUFFER)
            if view.readonly:
                self.out.append(READONLY_BUFFER)

    # --- containers ----------------------------------------------------------------------

    def save_tuple(self, w_obj):
        items_w = w_obj.items
        size = len(items_w)
        out = self.out
        if size == 0:
            if self.proto:
                out.append(EMPTY_TUPLE)
            else:
                out += b"(t"
            return
        memo = self.memo
        save = self.save
        if size <= 3 and self.proto >= 2:
            for w_item in items_w:
                save(w_item, False)
            entry = memo.get(id(w_obj))
            if entry is not None:
                self.out += bytes((POP,)) * size
                self.memo_get(entry[0])
                return
            self.out.append(TUPLE_SIZE_OPCODES[size])
            self.memo_put(w_obj)
            return
        out.append(MARK)
        for w_item in items_w:
            save(w_item, False)
        entry = memo.get(id(w_obj))
        if entry is not None:
            if self.bin:
                self.out.append(POP_MARK)
            else:
                self.out += bytes((POP,)) * (size + 1)
            self.memo_get(entry[0])
            return
        self.out.append(TUPLE)
        self.memo_put(w_obj)

    def fast_save_enter(self, w_obj):
        self.fast_nesting += 1
        if self.fast_nesting >= FAST_NESTING_LIMIT:
            if self.w_fast_memo is None:
                self.w_fast_memo = {}
            key = id(w_obj)
            if key in self.w_fast_memo:
                raise value_error("fast mode: can't pickle cyclic objects including "
                                  "object type %s at %#x" % (w_obj.ob_type.name, key))
            self.w_fast_memo[key] = True

    def fast_save_leave(self, w_obj):
        nesting = self.fast_nesting
        self.fast_nesting -= 1
        if nesting >= FAST_NESTING_LIMIT and self.w_fast_memo is not None:
            self.w_fast_memo.pop(id(w_obj), None)

    def save_list(self, w_obj):
        if self.fast:
            self.fast_save_enter(w_obj)
        try:
            if self.bin:
                self.out.append(EMPTY_LIST)
            else:
                self.out += b"(l"
            size = w_obj.length()
            self.memo_put(w_obj)
            if size:
                tstate = pystate.current()
                pystate.enter_recursive_call(tstate, " while pickling an object")
                try:
                    if w_obj.ob_type is Types.list and self.proto > 0:
                        self.batch_list_exact(w_obj)
                    else:
                        w_iter = abstract.iter(w_obj)
                        try:
                            self.batch_list(w_iter)
                        finally:
                            decref(w_iter)
                finally:
                    tstate.recursion_depth -= 1
        finally:
            if self.fast:
                self.fast_save_leave(w_obj)

    def batch_list_exact(self, w_list):
        save = self.save
        if len(w_list.items) == 1:
            w_item = _newref(w_list.items[0])
            try:
                save(w_item, False)
            finally:
                decref(w_item)
            self.out.append(APPEND)
            return
        total = 0
        # With no persistent_id and no file to flush frames to (dumps()),
        # saving an atom runs no guest code: the list keeps it alive.
        atoms = ATOM_TYPES if self.w_pers_func is None and self.w_write is None else ()
        while True:
            self.out.append(MARK)
            this_batch = 0
            while total < len(w_list.items):
                w_item = w_list.items[total]     # re-read: guest code may change the list
                if w_item.ob_type in atoms:
                    save(w_item, False)
                else:
                    w_item.ob_refcnt += 1        # a __reduce__ may drop it from the list
                    try:
                        save(w_item, False)
                    finally:
                        decref(w_item)
                total += 1
                this_batch += 1
                if this_batch == BATCHSIZE:
                    break
            self.out.append(APPENDS)
            if total >= len(w_list.items):
                return

    def batch_list(self, w_iter):
        """batch_list: the items of any iterator, MARK ... APPENDS in batches."""
        save = self.save
        if self.proto == 0:
            while True:
                w_item = iter_next(w_iter)
                if w_item is None:
                    return
                try:
                    save(w_item, False)
                finally:
                    decref(w_item)
                self.out.append(APPEND)
        while True:
            w_first = iter_next(w_iter)
            if w_first is None:
                return
            try:
                w_item = iter_next(w_iter)
            except OperationError:
                decref(w_first)
                raise
            if w_item is None:
                try:
                    save(w_first, False)
                finally:
                    decref(w_first)
                self.out.append(APPEND)
                return
            self.out.append(MARK)
            try:
                save(w_first, False)
            finally:
                decref(w_first)
            count = 1
            while w_item is not None:
                try:
                    save(w_item, False)
                finally:
                    decref(w_item)
                count += 1
                if count == BATCHSIZE:
                    break
                w_item = iter_next(w_iter)
            self.out.append(APPENDS)
            if count != BATCHSIZE:
                return

    def save_dict(self, w_obj):
        if self.fast:
            self.fast_save_enter(w_obj)
        try:
            if self.bin:
                self.out.append(EMPTY_DICT)
            else:
                self.out += b"(d"
            self.memo_put(w_obj)
            if w_obj.used:
                tstate = pystate.current()
                pystate.enter_recursive_call(tstate, " while pickling an object")
                try:
                    if w_obj.ob_type is Types.dict and self.proto > 0:
                        self.batch_dict_exact(w_obj)
                    else:
                        w_items = abstract.call_method(w_obj, "items", [])
                        try:
                            w_iter = abstract.iter(w_items)
                        finally:
                            decref(w_items)
                        try:
                            self.batch_dict(w_iter)
                        finally:
                            decref(w_iter)
                finally:
                    tstate.recursion_depth -= 1
        finally:
            if self.fast:
                self.fast_save_leave(w_obj)

    def save_pair(self, w_key, w_value):
        w_key.ob_refcnt += 1
        w_value.ob_refcnt += 1
        try:
            self.save(w_key, False)
            self.save(w_value, False)
        finally:
            decref(w_key)
            decref(w_value)

    def batch_dict_exact(self, w_dict):
        """batch_dict_exact: the entries in table order, as PyDict_Next
        walks them (a position that survives changes made meanwhile)."""
        size = w_dict.used
        position = 0
        if size == 1:
            w_key, w_value, position = next_dict_entry(w_dict, 0)
            self.save_pair(w_key, w_value)
            self.out.append(SETITEM)
            return
        while True:
            self.out.append(MARK)
            count = 0
            while True:
                entry = next_dict_entry(w_dict, position)
                if entry is None:
                    break
                w_key, w_value, position = entry
                self.save_pair(w_key, w_value)
                count += 1
                if count == BATCHSIZE:
                    break
            self.out.append(SETITEMS)
            if w_dict.used != size:
                raise _error("RuntimeError", "dictionary changed size during iteration")
            if count != BATCHSIZE:
                return

    def next_pair(self, w_iter):
        """The next item of a dict items iterator, checked to be a pair."""
        w_item = iter_next(w_iter)
        if w_item is None:
            return None
        if not isinstance(w_item, W_Tuple) or len(w_item.items) != 2:
            decref(w_item)
            raise type_error("dict items iterator must return 2-tuples")
        return w_item

    def batch_dict(self, w_iter):
        save = self.save
        if self.proto == 0:
            while True:
                w_item = self.next_pair(w_iter)
                if w_item is None:
                    return
                try:
                    save(w_item.items[0], False)
                    save(w_item.items[1], False)
                finally:
                    decref(w_item)
                self.out.append(SETITEM)
        while True:
            w_first = self.next_pair(w_iter)
            if w_first is None:
                return
            try:
                w_item = self.next_pair(w_iter)
            except OperationError:
                decref(w_first)
                raise
            if w_item is None:
                try:
                    save(w_first.items[0], False)
                    save(w_first.items[1], False)
                finally:
                    decref(w_first)
                self.out.append(SETITEM)
                return
            self.out.append(MARK)
            try:
                save(w_first.items[0], False)
                save(w_first.items[1], False)
            finally:
                decref(w_first)
            count = 1
            while w_item is not None:
                try:
                    save(w_item.items[0], False)
                    save(w_item.items[1], False)
                finally:
                    decref(w_item)
                count += 1
                if count == BATCHSIZE:
                    break
                w_item = self.next_pair(w_iter)
            self.out.append(SETITEMS)
            if count != BATCHSIZE:
                return

    def save_set_reduce(self, w_obj, w_set_type):
        from glass.objects.list import sequence_list
        w_items = sequence_list(w_obj)
        w_reduce = _tuple_owned([_newref(w_set_type), _tuple_owned([w_items])])
        try:
            self.save_reduce(w_reduce, w_obj)
        finally:
            decref(w_reduce)

    def save_set(self, w_obj):
        if self.proto < 4:
            self.save_set_reduce(w_obj, Types.set)
            return
        self.out.append(EMPTY_SET)
        self.memo_put(w_obj)
        size = w_obj.used
        if size == 0:
            return
        position = 0
        while True:
            self.out.append(MARK)
            count = 0
            while True:
                entry = next_set_entry(w_obj, position)
                if entry is None:
                    break
                w_item, position = entry
                w_item.ob_refcnt += 1
                try:
                    self.save(w_item, False)
                finally:
                    decref(w_item)
                count += 1
                if count == BATCHSIZE:
                    break
            self.out.append(ADDITEMS)
            if w_obj.used != size:
                raise _error("RuntimeError", "set changed size during iteration")
            if count != BATCHSIZE:
                return

    def save_frozenset(self, w_obj):
        if self.fast:
            self.fast_save_enter(w_obj)     # never left, as in C
        if self.proto < 4:
            self.save_set_reduce(w_obj, Types.frozenset)
            return
        self.out.append(MARK)
        for w_item in abstract.iterate(w_obj):
            try:
                self.save(w_item, False)
            finally:
                decref(w_item)
        entry = self.memo.get(id(w_obj))
        if entry is not None:
            self.out.append(POP_MARK)
            self.memo_get(entry[0])
            return
        self.out.append(FROZENSET)
        self.memo_put(w_obj)

    # --- globals ---------------------------------------------------------------------------

    def save_type(self, w_obj):
        name = Types.singleton_types.get(w_obj)
        if name is None:
            self.save_global(w_obj, None)
            return
        from glass.objects.none import w_Ellipsis, w_None, w_NotImplemented
        w_singleton = {"None": w_None, "Ellipsis": w_Ellipsis,
                       "NotImplemented": w_NotImplemented}[name]
        w_reduce = _tuple_owned([_newref(Types.type), _tuple([w_singleton])])
        try:
            self.save_reduce(w_reduce, w_obj)
        finally:
            decref(w_reduce)

    def save_global(self, w_obj, w_name):
        """save_global: the object by module and qualified name."""
        if w_name is not None:
            w_global_name = _newref(w_name)
        else:
            w_global_name = abstract.lookup_attr_str(w_obj, "__qualname__")
            if w_global_name is None:
                w_global_name = abstract.getattr_str(w_obj, "__name__")
        held_w = [w_global_name]
        try:
            self.save_global_named(w_obj, w_global_name, held_w)
        finally:
            release_all(held_w)

    def save_global_named(self, w_obj, w_global_name, held_w):
        path_w = get_dotted_path(None, w_global_name)
        try:
            w_module_name = whichmodule(w_obj, path_w)
            if w_module_name.ob_type is Types.str and (
                    is_static_type(w_obj) or found_in_sys_modules(w_obj)):
                # CPython interns these module names (type_module for static
                # types, the keys of sys.modules), so the memo finds one
                # object for "builtins" however it was reached.
                from glass.objects.str import intern
                w_interned = intern(w_module_name.value)
                decref(w_module_name)
                w_module_name = w_interned
            held_w.append(w_module_name)
            try:
                w_module = import_module(w_module_name)
            except OperationError as error:
                decref(error.w_value)
                raise pickling_error("Can't pickle %s: import of module %s failed"
                                     % (repr_text(w_obj), repr_text(w_module_name)))
            held_w.append(w_module)
            w_lastname = _newref(path_w[-1])
            held_w.append(w_lastname)
            w_cls, w_parent = get_deep_attribute(w_module, path_w)
        finally:
            release_all(path_w)
        if w_cls is None:
            raise pickling_error("Can't pickle %s: attribute lookup %s on %s failed"
                                 % (repr_text(w_obj), str_text(w_global_name),
                                    str_text(w_module_name)))
        held_w.append(w_parent)
        decref(w_cls)
        if w_cls is not w_obj:
            raise pickling_error("Can't pickle %s: it's not the same object as %s.%s"
                                 % (repr_text(w_obj), str_text(w_module_name),
                                    str_text(w_global_name)))
        if self.proto >= 2:
            w_key = _tuple([w_module_name, w_global_name])
            try:
                w_code = STATE.w_extension_registry.getitem(w_key)
            finally:
                decref(w_key)
            if w_code is not None:
                self.save_extension(w_obj, w_code)
                return
        if w_parent is w_module:
            w_global_name = w_lastname
        if self.proto >= 4:
            self.save(w_module_name, False)
            self.save(w_global_name, False)
            self.out.append(STACK_GLOBAL)
        elif w_parent is not w_module:
            w_reduce = _tuple_owned([_newref(STATE.w_getattr),
                                     _tuple([w_parent, w_lastname])])
            try:
                self.save_reduce(w_reduce, None)
            finally:
                decref(w_reduce)
        else:
            self.write_global_opcode(w_module_name, w_global_name)
        self.memo_put(w_obj)

    def write_global_opcode(self, w_module_name, w_global_name):
        """GLOBAL module\\nname\\n, with Python 2's names for protocols < 3."""
        module_name, global_name = w_module_name, w_global_name
        if self.proto < 3 and self.fix_imports:
            w_key = _tuple([w_module_name, w_global_name])
            try:
                w_item = STATE.w_name_mapping_3to2.getitem(w_key)
            finally:
                decref(w_key)
            if w_item is not None:
                if not isinstance(w_item, W_Tuple) or len(w_item.items) != 2:
                    raise _error("RuntimeError", "_compat_pickle.REVERSE_NAME_MAPPING "
                                 "values should be 2-tuples, not %s" % w_item.ob_type.name)
                module_name, global_name = w_item.items
                if not isinstance(module_name, W_Str) or \
                        not isinstance(global_name, W_Str):
                    raise _error("RuntimeError", "_compat_pickle.REVERSE_NAME_MAPPING "
                                 "values should be pairs of str, not (%s, %s)"
                                 % (module_name.ob_type.name, global_name.ob_type.name))
            else:
                w_item = STATE.w_import_mapping_3to2.getitem(w_module_name)
                if w_item is not None:
                    if not isinstance(w_item, W_Str):
                        raise _error("RuntimeError", "_compat_pickle.REVERSE_IMPORT_MAPPING "
                                     "values should be strings, not %s"
                                     % w_item.ob_type.name)
                    module_name = w_item
        encoding = "utf-8" if self.proto == 3 else "ascii"
        parts = []
        for w_part, what in ((module_name, "module"), (global_name, "global")):
            if not isinstance(w_part, W_Str):
                raise type_error("bad argument type for built-in operation")
            try:
                parts.append(w_part.value.encode(encoding))
            except UnicodeEncodeError:
                raise pickling_error("can't pickle %s identifier '%s' using pickle "
                                     "protocol %d" % (what, w_part.value, self.proto))
        out = self.out
        out.append(GLOBAL)
        out += parts[0]
        out.append(10)
        out += parts[1]
        out.append(10)

    def save_extension(self, w_obj, w_code):
        from glass.objects.int import W_Int
        if not isinstance(w_code, W_Int):
            raise pickling_error("Can't pickle %s: extension code %s isn't an integer"
                                 % (repr_text(w_obj), repr_text(w_code)))
        code = w_code.value
        if code <= 0 or code > 0x7FFFFFFF:
            raise pickling_error("Can't pickle %s: extension code %d is out of range"
                                 % (repr_text(w_obj), code))
        if code <= 0xFF:
            self.out += bytes((EXT1, code))
        elif code <= 0xFFFF:
            self.out += bytes((EXT2, code & 0xFF, code >> 8))
        else:
            self.out.append(EXT4)
            self.out += PACK_UINT32(code)

    # --- persistent ids and reductions ------------------------------------------------------

    def save_pers(self, w_obj):
        """save_pers: True if persistent_id gave an id (and it was written)."""
        w_pid = call_method_ref(self.w_pers_func, self.pers_func_bound, self, w_obj)
        try:
            if w_pid is w_None:
                return False
            if self.bin:
                self.save(w_pid, True)
                self.out.append(BINPERSID)
            else:
                text = str_text(w_pid)
                if not text.isascii():
                    raise pickling_error("persistent IDs in protocol 0 must be "
                                         "ASCII strings")
                self.out.append(PERSID)
                self.out += text.encode("ascii")
                self.out.append(10)
            return True
        finally:
            decref(w_pid)

    def save_reduce(self, w_args, w_obj):
        """save_reduce: what a __reduce__ tuple (2 to 6 items) says."""
        items_w = w_args.items
        if not 2 <= len(items_w) <= 6:
            raise pickling_error("tuple returned by __reduce__ must contain 2 through "
                                 "6 elements")
        items_w = list(items_w) + [w_None] * (6 - len(items_w))
        w_callable, w_argtup, w_state, w_listitems, w_dictitems, w_setter = items_w
        if not is_callable(w_callable):
            raise pickling_error("first item of the tuple returned by __reduce__ must "
                                 "be callable")
        if not isinstance(w_argtup, W_Tuple):
            raise pickling_error("second item of the tuple returned by __reduce__ must "
                                 "be a tuple")
        if w_state is w_None:
            w_state = None
        if w_listitems is w_None:
            w_listitems = None
        elif not abstract.iter_check(w_listitems):
            raise pickling_error("fourth element of the tuple returned by __reduce__ "
                                 "must be an iterator, not %s" % w_listitems.ob_type.name)
        if w_dictitems is w_None:
            w_dictitems = None
        elif not abstract.iter_check(w_dictitems):
            raise pickling_error("fifth element of the tuple returned by __reduce__ "
                                 "must be an iterator, not %s" % w_dictitems.ob_type.name)
        if w_setter is w_None:
            w_setter = None
        elif not is_callable(w_setter):
            raise pickling_error("sixth element of the tuple returned by __reduce__ "
                                 "must be a function, not %s" % w_setter.ob_type.name)
        use_newobj = use_newobj_ex = False
        if self.proto >= 2:
            w_name = abstract.lookup_attr_str(w_callable, "__name__")
            if w_name is not None:
                if isinstance(w_name, W_Str):
                    use_newobj_ex = w_name.value == "__newobj_ex__"
                    use_newobj = w_name.value == "__newobj__"
                decref(w_name)
        save = self.save
        if use_newobj_ex:
            if len(w_argtup.items) != 3:
                raise pickling_error("length of the NEWOBJ_EX argument tuple must be "
                                     "exactly 3, not %d" % len(w_argtup.items))
            w_cls, w_newargs, w_kwargs = w_argtup.items
            if not w_cls.ob_type.is_subtype(Types.type):
                raise pickling_error("first item from NEWOBJ_EX argument tuple must be "
                                     "a class, not %s" % w_cls.ob_type.name)
            if not isinstance(w_newargs, W_Tuple):
                raise pickling_error("second item from NEWOBJ_EX argument tuple must be "
                                     "a tuple, not %s" % w_newargs.ob_type.name)
            if not isinstance(w_kwargs, W_Dict):
                raise pickling_error("third item from NEWOBJ_EX argument tuple must be "
                                     "a dict, not %s" % w_kwargs.ob_type.name)
            if self.proto >= 4:
                save(w_cls, False)
                save(w_newargs, False)
                save(w_kwargs, False)
                self.out.append(NEWOBJ_EX)
            else:
                self.save_newobj_ex_as_partial(w_cls, w_newargs, w_kwargs)
        elif use_newobj:
            if not w_argtup.items:
                raise pickling_error("__newobj__ arglist is empty")
            w_cls = w_argtup.items[0]
            if not w_cls.ob_type.is_subtype(Types.type):
                raise pickling_error("args[0] from __newobj__ args is not a type")
            if w_obj is not None:
                w_obj_class = abstract.lookup_attr_str(w_obj, "__class__")
                if w_obj_class is None:
                    w_obj_class = _newref(w_obj.ob_type)
                decref(w_obj_class)
                if w_obj_class is not w_cls:
                    raise pickling_error("args[0] from __newobj__ args has the wrong class")
            save(w_cls, False)
            w_newargtup = _tuple(w_argtup.items[1:])
            try:
                save(w_newargtup, False)
            finally:
                decref(w_newargtup)
            self.out.append(NEWOBJ)
        else:
            save(w_callable, False)
            save(w_argtup, False)
            self.out.append(REDUCE)
        if w_obj is not None:
            entry = self.memo.get(id(w_obj))
            if entry is not None:
                self.out.append(POP)
                self.memo_get(entry[0])
                return
            self.memo_put(w_obj)
        if w_listitems is not None:
            self.batch_list(w_listitems)
        if w_dictitems is not None:
            self.batch_dict(w_dictitems)
        if w_state is not None:
            if w_setter is None:
                save(w_state, False)
                self.out.append(BUILD)
            else:
                save(w_setter, False)
                save(w_obj, False)
                save(w_state, False)
                self.out += bytes((TUPLE2, REDUCE, POP))

    def save_newobj_ex_as_partial(self, w_cls, w_newargs, w_kwargs):
        """Protocols 2 and 3 have no NEWOBJ_EX: partial(cls.__new__, cls,
        *args, **kwargs)() instead."""
        w_cls_new = abstract.getattr_str(w_cls, "__new__")
        args_w = [w_cls_new, w_cls] + list(w_newargs.items)
        kwnames = []
        for w_key, w_value in w_kwargs.item_pairs():
            kwnames.append(w_key.value)
            args_w.append(w_value)
        try:
            w_partial = abstract.call(STATE.w_partial, args_w,
                                      tuple(kwnames) if kwnames else None)
        finally:
            decref(w_cls_new)
        w_empty = _tuple([])
        try:
            self.save(w_partial, False)
            self.save(w_empty, False)
            self.out.append(REDUCE)
        finally:
            decref(w_empty)
            decref(w_partial)

    # --- the guest's face --------------------------------------------------------------------

    @method("($self, obj, /)")
    def dump(self, w_obj):
        """Write a pickled representation of the given object to the open file."""
        if self.w_write is None:
            raise pickling_error("Pickler.__init__() was not called by %s.__init__()"
                                 % self.ob_type.name)
        self.framing = False
        del self.out[:]
        self.frame_start = -1
        W_Pickler.run_dump(self, w_obj)
        self.flush_to_file()
        del self.out[:]

    @method("($self, /)")
    def clear_memo(self):
        """Clears the pickler's "memo".

The memo is the data structure that remembers which objects the
pickler has already seen, so that shared or recursive objects are
pickled by reference and not by value.  This method is useful when
re-using picklers."""
        W_Pickler.clear_memo_impl(self)

    @method("($self, /)")
    def __sizeof__(self):
        """Returns size in memory, in bytes."""
        return _int(96 + 8 * max(8, 4 * len(self.memo)) + 4096)

    @getter("memo")
    def get_memo(self):
        return W_PicklerMemoProxy(self)

    @setter("memo")
    def set_memo(self, w_value):
        if w_value is None:
            raise type_error("attribute deletion is not supported")
        if w_value.ob_type is W_PicklerMemoProxy.w_type:
            new_memo = {}
            for key, (index, w_obj) in w_value.w_pickler.memo.items():
                new_memo[key] = [index, _newref(w_obj)]
        elif isinstance(w_value, W_Dict):
            new_memo = {}
            try:
                for _w_key, w_item in w_value.item_pairs():
                    if not isinstance(w_item, W_Tuple) or len(w_item.items) != 2:
                        raise type_error("'memo' values must be 2-item tuples")
                    index = ssize_arg(w_item.items[0])
                    w_obj = w_item.items[1]
                    old = new_memo.get(id(w_obj))
                    if old is not None:
                        old[0] = index
                    else:
                        new_memo[id(w_obj)] = [index, _newref(w_obj)]
            except OperationError:
                for _index, w_obj in new_memo.values():
                    decref(w_obj)
                raise
        else:
            raise type_error("'memo' attribute must be a PicklerMemoProxy object or "
                             "dict, not %s" % w_value.ob_type.name)
        W_Pickler.clear_memo_impl(self)
        self.memo = new_memo

    @getter("persistent_id")
    def get_persistent_id(self):
        if self.w_pers_func is None:
            raise _error("AttributeError", "persistent_id")
        return reconstruct_method(self.w_pers_func, self.pers_func_bound, self)

    @setter("persistent_id")
    def set_persistent_id(self, w_value):
        if w_value is None:
            raise type_error("attribute deletion is not supported")
        if not is_callable(w_value):
            raise type_error("persistent_id must be a callable taking one argument")
        w_old = self.w_pers_func
        self.w_pers_func = _newref(w_value)
        self.pers_func_bound = False
        if w_old is not None:
            decref(w_old)

    @getter("bin", member=True)
    def get_bin(self):
        return _int(self.bin)

    @setter("bin")
    def set_bin(self, w_value):
        if w_value is None:
            raise type_error("can't delete numeric/char attribute")
        self.bin = int_arg(w_value)

    @getter("fast", member=True)
    def get_fast(self):
        return _int(self.fast)

    @setter("fast")
    def set_fast(self, w_value):
        if w_value is None:
            raise type_error("can't delete numeric/char attribute")
        self.fast = int_arg(w_value)

    @getter("dispatch_table", member=True)
    def get_dispatch_table(self):
        if self.w_dispatch_table is None:
            raise _error("AttributeError", "'%s' object has no attribute "
                         "'dispatch_table'" % self.ob_type.name)
        return _newref(self.w_dispatch_table)

    @setter("dispatch_table")
    def set_dispatch_table(self, w_value):
        w_old = self.w_dispatch_table
        if w_value is None and w_old is None:
            raise _error("AttributeError", "'%s' object has no attribute "
                         "'dispatch_table'" % self.ob_type.name)
        self.w_dispatch_table = None if w_value is None else _newref(w_value)
        if w_old is not None:
            decref(w_old)

    def clear_fields(self):
        """Pickler_clear: release what the pickler holds."""
        for name in PICKLER_FIELDS:
            w_obj = getattr(self, name)
            setattr(self, name, None)
            if w_obj is not None and name != "w_fast_memo":
                decref(w_obj)
        self.pers_func_bound = False
        W_Pickler.clear_memo_impl(self)
        del self.out[:]

    @slot("tp_traverse")
    def traverse(self, visit):
        for name in PICKLER_FIELDS:
            w_obj = getattr(self, name, None)
            if w_obj is not None and name != "w_fast_memo":
                visit(w_obj)

    @slot("tp_clear")
    def clear(self):
        W_Pickler.clear_fields(self)

    @slot("tp_dealloc")
    def dealloc(self):
        W_Pickler.clear_fields(self)



def int_arg_long(w_value):
    """PyLong_AsLong of the protocol argument."""
    w_index = abstract.index(w_value)
    value = w_index.value
    decref(w_index)
    if not -(1 << 63) <= value < (1 << 63):
        raise _error("OverflowError", "Python int too large to convert to C long")
    return value


PICKLER_INIT_SIGNATURE = "(file, protocol=None, fix_imports=True, buffer_callback=None)"


def next_dict_entry(w_dict, position):
    """PyDict_Next: (key, value, next position) borrowed, or None."""
    keys_w = w_dict.keys_w
    while position < len(keys_w):
        w_key = keys_w[position]
        if w_key is not None:
            return w_key, w_dict.values_w[position], position + 1
        position += 1
    return None


def next_set_entry(w_set, position):
    """_PySet_NextEntry: (key, next position) borrowed, or None."""
    from glass.objects.set import DUMMY
    table = w_set.table
    while position < len(table):
        w_key = table[position]
        if w_key is not None and w_key is not DUMMY:
            return w_key, position + 1
        position += 1
    return None


EXACT_SAVERS = {}
ATOM_TYPES = set()          # what save() writes without running guest code


def _register_savers():
    Types.load()
    ATOM_TYPES.update((Types.int, Types.str, Types.float, Types.bool, Types.none))
    EXACT_SAVERS.update({
        Types.dict: W_Pickler.save_dict,
        Types.set: W_Pickler.save_set,
        Types.frozenset: W_Pickler.save_frozenset,
        Types.list: W_Pickler.save_list,
        Types.tuple: W_Pickler.save_tuple,
        Types.bytearray: W_Pickler.save_bytearray,
        W_PickleBuffer.w_type: W_Pickler.save_picklebuffer,
    })


# --- The memo proxies -------------------------------------------------------------------------

@builtin_type("_pickle.PicklerMemoProxy", flags=BASETYPE | HAVE_GC, doc=NO_DOC)
class W_PicklerMemoProxy(W_Object):
    """The pickler's memo as the guest sees it: clear(), copy()."""
    __slots__ = ("w_pickler",)

    def __init__(self, w_pickler):
        W_Object.__init__(self, W_PicklerMemoProxy.w_type)
        self.w_pickler = _newref(w_pickler)

    @method("($self, /)")
    def clear(self):
        """Remove all items from memo."""
        W_Pickler.clear_memo_impl(self.w_pickler)

    @method("($self, /)")
    def copy(self):
        """Copy the memo to a new object."""
        return pickler_memo_dict(self.w_pickler)

    @method("($self, /)")
    def __reduce__(self):
        """Implement pickle support."""
        w_contents = pickler_memo_dict(self.w_pickler)
        return _tuple_owned([_newref(W_Dict.w_type), _tuple_owned([w_contents])])

    hash = slot("tp_hash")(hash_not_implemented)       # __hash__ = None

    @slot("tp_traverse")
    def traverse(self, visit):
        if self.w_pickler is not None:
            visit(self.w_pickler)

    @slot("tp_clear")
    def clear_refs(self):
        w_pickler = self.w_pickler
        self.w_pickler = None
        if w_pickler is not None:
            decref(w_pickler)

    @slot("tp_dealloc")
    def dealloc(self):
        W_PicklerMemoProxy.clear_refs(self)


def pickler_memo_dict(w_pickler):
    """{id(obj): (index, obj)} for each memo entry."""
    from glass.objects.dict import new_dict
    w_dict = new_dict()
    try:
        for key, (index, w_obj) in list(w_pickler.memo.items()):
            w_key = _int(key)
            w_value = _tuple_owned([_int(index), _newref(w_obj)])
            try:
                w_dict.setitem(w_key, w_value)
            finally:
                decref(w_key)
                decref(w_value)
    except OperationError:
        decref(w_dict)
        raise
    return w_dict
