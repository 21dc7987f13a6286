"""What the builtin hash modules share: the hash object type and its arguments.

Counterpart: Modules/hashlib.h (GET_BUFFER_VIEW_OR_ERROUT) and the object
half that md5module.c, sha1module.c, sha256module.c, sha512module.c,
_sha3/sha3module.c and _blake2/blake2*_impl.c each write out again.

Each guest hash type (_md5.md5, _sha3.sha3_256, _blake2.blake2b...) is a W_
class made by `hash_type()`, whose instances hold a host hashlib object: the
host computes the same digests, so Glass only owns the guest side (argument
conversion, CPython's messages, the attributes).  This file declares no
module of its own; the six module files import it.
"""
from __future__ import annotations

from glass.objects import abstract
from glass.objects.exceptions import operation_error, overflow_error, type_error
from glass.objects.object import W_Object, decref
from glass.objects.type import builtin_type, getter, method

ULONG_MAX = (1 << 64) - 1


# --- Argument converters ----------------------------------------------------------

def data_bytes(w_data):
    """GET_BUFFER_VIEW_OR_ERROUT: the bytes of a bytes-like object; a str must
    be encoded first."""
    from glass.objects import stringlib
    from glass.objects.str import W_Str
    if isinstance(w_data, W_Str):
        raise type_error("Strings must be encoded before hashing")
    data = stringlib.getbuffer(w_data)
    if data is None:
        raise type_error("object supporting the buffer API required")
    return bytes(data)


def buffer_bytes(w_data):
    """Clinic's Py_buffer converter: any bytes-like object, str refused."""
    from glass.objects import stringlib
    data = stringlib.getbuffer(w_data)
    if data is None:
        raise type_error("a bytes-like object is required, not '%s'"
                         % w_data.ob_type.name)
    return bytes(data)


def c_int(w_value, default):
    """Clinic's int converter (_PyLong_AsInt)."""
    if w_value is None:
        return default
    w_int = abstract.index(w_value)
    value = w_int.value
    decref(w_int)
    if not -(1 << 31) <= value < (1 << 31):
        raise overflow_error("Python int too large to convert to C int")
    return value


def c_unsigned(w_value, default, long_long=False):
    """_PyLong_UnsignedLong_Converter / _PyLong_UnsignedLongLong_Converter:
    ints only (no __index__), never negative."""
    from glass.objects.int import W_Int
    if w_value is None:
        return default
    if isinstance(w_value, W_Int) and w_value.value < 0:
        raise operation_error("ValueError", "value must be positive")
    if not isinstance(w_value, W_Int):
        raise type_error("an integer is required")
    value = w_value.value
    if value > ULONG_MAX:
        if long_long:
            raise overflow_error("int too big to convert")
        raise overflow_error("Python int too large to convert to C unsigned long")
    return value


def c_bool(w_value, default):
    """Clinic's bool converter (PyObject_IsTrue)."""
    if w_value is None:
        return default
    return abstract.is_true(w_value)


def bind(text, func_name, args_w, kwnames):
    """Bind a constructor's arguments from its clinic signature."""
    from glass.objects.signature import Signature
    return Signature.parse(text).bind(func_name, args_w, kwnames)


# --- The hash object ------------------------------------------------------------------

class HashMethods:
    """The methods every hash type has; `hash_type()` copies them into each
    W_ class (a type's methods are declared on its own class)."""

    @method("($self, /)")
    def copy(self):
        """Return a copy of the hash object."""
        return self.ob_type.host_class(self.ob_type, self.state.copy())

    @method("($self, /)")
    def digest(self):
        """Return the digest value as a bytes object."""
        from glass.objects.bytes import new_bytes
        return new_bytes(self.state.digest())

    @method("($self, /)")
    def hexdigest(self):
        """Return the digest value as a string of hexadecimal digits."""
        from glass.objects.str import new_str
        return new_str(self.state.hexdigest())

    @getter("name")
    def get_name(self):
        from glass.objects.str import new_str
        return new_str(self.state.name)

    @getter("digest_size")
    def get_digest_size(self):
        from glass.objects.int import new_int
        return new_int(self.state.digest_size)

    @getter("block_size")
    def get_block_size(self):
        from glass.objects.int import new_int
        return new_int(self.state.block_size)


def update_method(doc, param):
    """update(): md5module.c & co. call the argument `obj`, sha3 and blake2 `data`."""
    @method("($self, %s, /)" % param)
    def update(self, w_data):
        self.state.update(data_bytes(w_data))
    update.__doc__ = doc
    return update


UPDATE_STRING = update_method("Update this hash object's state with the provided string.",
                              "obj")
UPDATE_BYTES = update_method(
    "Update this hash object's state with the provided bytes-like object.", "data")


class W_Hash(W_Object):
    """A hash object: `state` is the host hashlib object doing the work."""
    __slots__ = ("state",)

    def __init__(self, w_type, state):
        W_Object.__init__(self, w_type)
        self.state = state


def hash_type(guest_name, doc=None, extra=(), update=UPDATE_STRING, flags=0):
    """Make the W_ class of one guest hash type, with the shared methods plus
    `extra` (more decorated functions: a tp_new, more getters...)."""
    namespace = {"__slots__": (), "__doc__": doc}
    for func in list(vars(HashMethods).values()) + [update] + list(extra):
        if hasattr(func, "_glass_method") or hasattr(func, "_glass_getter") or \
                hasattr(func, "_glass_slots"):
            namespace[func.__name__] = func
    short_name = guest_name.rpartition(".")[2]
    cls = type("W_Hash_" + short_name, (W_Hash,), namespace)
    return builtin_type(guest_name, flags=flags, doc=doc)(cls)


def forbid_instantiation(w_type):
    """Py_TPFLAGS_DISALLOW_INSTANTIATION: "cannot create '_md5.md5' instances"
    (only the module's functions make these objects)."""
    from glass.objects.type import ready
    ready(w_type)
    w_type.tp_new = None
    w_type.dict.pop("__new__", None)


def simple_constructor(w_type, host_constructor, name, doc):
    """md5(), sha1(), sha224()...: `(string=b'', *, usedforsecurity=True)`."""
    from glass.modules import function

    @function("($module, /, string=b'', *, usedforsecurity=True)", name=name, doc=doc)
    def construct(w_string, w_usedforsecurity):
        c_bool(w_usedforsecurity, True)
        state = host_constructor()
        if w_string is not None:
            state.update(data_bytes(w_string))
        return w_type.host_class(w_type, state)
    return construct


def set_constant(w_module, name, value):
    from glass.objects.int import new_int
    w_value = new_int(value)
    w_module.w_dict.setitem_str(name, w_value)
    decref(w_value)


def set_object(w_module, name, w_value):
    w_module.w_dict.setitem_str(name, w_value)
