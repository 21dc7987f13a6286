"""The mmap module: memory-mapped files and anonymous shared memory.

Counterpart: Modules/mmapmodule.c.

Each guest mmap object owns a host `mmap.mmap` (the same system call
underneath, so a mapping shared across os.fork() is shared here too) and
never hands it to the guest.  The host object checks the arguments and keeps
the position, the size and the count of exported buffers; this file turns
guest arguments into host values, results into guest values, and host
errors into the guest's with the same class and message.  A guest buffer
of the mapping (memoryview(m)) is a live host memoryview of the host map,
so writes through either one are seen by the other, and close() refuses
while one is exported, as in CPython.
"""
from __future__ import annotations

import mmap as host_mmap

from glass.modules import builtin_module
from glass.modules.posix import host_call, to_guest, to_host
from glass.objects import stringlib
from glass.objects.exceptions import EXCEPTION_TYPES, OperationError, type_error
from glass.objects.object import W_Object, decref
from glass.objects.type import BASETYPE, builtin_type, getter, method, slot
from glass.vm.audit import audit, should_audit

HOST_MMAP = host_mmap.mmap
NEW_KEYWORDS = ("fileno", "length", "flags", "prot", "access", "offset")


def host_argument(w_obj):
    """A host value for a method argument: bytes-like objects pass their
    bytes (write, find), slices their bounds, the rest as posix.to_host."""
    from glass.objects.slice import W_Slice
    if isinstance(w_obj, W_Slice):
        return slice(host_argument(w_obj.w_start), host_argument(w_obj.w_stop),
                     host_argument(w_obj.w_step))
    buffer = stringlib.getbuffer(w_obj)
    if buffer is not None:
        return bytes(buffer)
    return to_host(w_obj)


# new_mmap_object's parameters, in order.
NEW_PARAMETERS = ("fileno", "length", "flags", "prot", "access", "offset")


def _audit_new(host_map, positional, keywords):
    """new_mmap_object's "mmap.__new__" (fileno, length, access, offset),
    heard once the arguments have passed the host's checks; a hook's
    refusal unmaps what was mapped."""
    values = dict(zip(NEW_PARAMETERS, positional))
    values.update(keywords)
    try:
        audit("mmap.__new__", values["fileno"], values["length"],
              values.get("access", 0), values.get("offset", 0))
    except OperationError:
        host_map.close()
        raise


@builtin_type("mmap.mmap", flags=BASETYPE, doc=HOST_MMAP.__doc__)
class W_Mmap(W_Object):
    __slots__ = ("host_map", "weakrefs")

    def __init__(self, w_type, host_map=None):
        W_Object.__init__(self, w_type)
        self.host_map = host_map
        self.weakrefs = None

    def live_map(self):
        if self.host_map is None:        # made by a subclass's __new__ that failed
            from glass.objects.exceptions import operation_error
            raise operation_error("ValueError", "mmap closed or invalid")
        return self.host_map

    def getbuffer(self):
        """bf_getbuffer: a live, writable view of the mapping (the host map
        counts it as an export, so close() and resize() refuse meanwhile)."""
        return host_call(memoryview, self.live_map())

    def call(self, name, args_w):
        host_args = [host_argument(w_arg) for w_arg in args_w]
        return to_guest(host_call(getattr(self.live_map(), name), *host_args))

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        nkw = len(kwnames) if kwnames else 0
        positional = [to_host(w_arg) for w_arg in args_w[:len(args_w) - nkw]]
        keywords = {}
        for name, w_value in zip(kwnames or (), args_w[len(args_w) - nkw:]):
            keywords[name] = to_host(w_value)
        host_map = host_call(HOST_MMAP, *positional, **keywords)
        if should_audit():
            _audit_new(host_map, positional, keywords)
        if w_type is W_Mmap.w_type:
            return W_Mmap(w_type, host_map)
        from glass.objects.typeobject import _new_instance
        w_map = _new_instance(w_type)
        w_map.host_map = host_map
        return w_map

    @slot("tp_dealloc")
    def dealloc(self):
        from glass.objects.weakrefobject import clear_weakrefs_if_any
        clear_weakrefs_if_any(self)
        host_map, self.host_map = self.host_map, None
        if host_map is not None:
            try:
                host_map.close()
            except (BufferError, ValueError):   # still exported: the host frees it
                pass

    @slot("tp_repr")
    def repr(self):
        from glass.objects.str import new_str
        text = repr(self.live_map())
        # The host names its own type; the guest's may be a subclass.
        prefix = "<" + type(self.host_map).__module__ + "." + type(self.host_map).__name__
        if text.startswith(prefix):
            text = "<" + self.ob_type.name + text[len(prefix):]
        return new_str(text)

    @slot("sq_length")
    def length(self):
        return host_call(len, self.live_map())

    @slot("mp_subscript")
    def subscript(self, w_key):
        return to_guest(host_call(self.live_map().__getitem__, host_argument(w_key)))

    @slot("mp_ass_subscript")
    def ass_subscript(self, w_key, w_value):
        if w_value is None:
            raise type_error("mmap doesn't support item deletion")
        key = host_argument(w_key)
        if isinstance(key, slice):
            value = bytes(stringlib.bytes_arg(w_value))
        else:
            value = to_host(w_value)
        host_call(self.live_map().__setitem__, key, value)

    @getter("closed")
    def get_closed(self):
        from glass.objects.bool import new_bool
        return new_bool(self.live_map().closed)

    @method("($self, /)")
    def __enter__(self):
        host_call(self.live_map().__enter__)
        self.ob_refcnt += 1
        return self

    @method("($self, *args)")
    def __exit__(self, args_w):
        host_call(self.live_map().close)

    # The rest are METH_VARARGS in C, checked by the host map itself.
    @method("($self, /)")
    def close(self):
        host_call(self.live_map().close)

    @method("($self, *args)")
    def find(self, args_w):
        return self.call("find", args_w)

    @method("($self, *args)")
    def rfind(self, args_w):
        return self.call("rfind", args_w)

    @method("($self, *args)")
    def flush(self, args_w):
        return self.call("flush", args_w)

    @method("($self, *args)")
    def madvise(self, args_w):
        return self.call("madvise", args_w)

    @method("($self, *args)")
    def move(self, args_w):
        return self.call("move", args_w)

    @method("($self, *args)")
    def read(self, args_w):
        return self.call("read", args_w)

    @method("($self, /)")
    def read_byte(self):
        return self.call("read_byte", [])

    @method("($self, /)")
    def readline(self):
        return self.call("readline", [])

    @method("($self, *args)")
    def resize(self, args_w):
        return self.call("resize", args_w)

    @method("($self, *args)")
    def seek(self, args_w):
        return self.call("seek", args_w)

    @method("($self, /)")
    def size(self):
        return self.call("size", [])

    @method("($self, /)")
    def tell(self):
        return self.call("tell", [])

    @method("($self, *args)")
    def write(self, args_w):
        if len(args_w) == 1 and stringlib.getbuffer(args_w[0]) is None:
            raise type_error("a bytes-like object is required, not '%s'"
                             % args_w[0].ob_type.name)
        return self.call("write", args_w)

    @method("($self, *args)")
    def write_byte(self, args_w):
        return self.call("write_byte", args_w)


# The methods a host map lacks (madvise before 3.8 or off Linux) are left out.
for _name in ("madvise",):
    if not hasattr(HOST_MMAP, _name):
        W_Mmap.w_type.typedef.methods[:] = [
            entry for entry in W_Mmap.w_type.typedef.methods if entry[0] != _name]


@builtin_module("mmap")
class MmapModule:

    @staticmethod
    def init_module(w_module):
        from glass.objects.str import new_str
        from glass.objects.type import ready
        w_type = W_Mmap.w_type
        ready(w_type)
        if "__module__" not in w_type.dict:     # a heap type in CPython
            w_type.dict["__module__"] = new_str("mmap")
        w_dict = w_module.w_dict
        w_dict.setitem_str("error", EXCEPTION_TYPES["OSError"])
        w_dict.setitem_str("mmap", w_type)
        for name, value in sorted(vars(host_mmap).items()):
            if name.isupper() and type(value) is int:
                w_value = to_guest(value)
                w_dict.setitem_str(name, w_value)
                decref(w_value)

