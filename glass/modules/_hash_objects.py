"""What the hash modules share: the hash object type, its lock, its arguments.

Counterpart: Modules/hashlib.h (GET_BUFFER_VIEW_OR_ERROUT, ENTER_HASHLIB,
HASHLIB_GIL_MINSIZE) and the object half that md5module.c, sha1module.c,
sha256module.c, sha512module.c, _sha3/sha3module.c, _blake2/blake2*_impl.c
and _hashopenssl.c each write out again.

Each guest hash type (_md5.md5, _sha3.sha3_256, _blake2.blake2b,
_hashlib.HASH...) is a W_ class made by `hash_type()`, whose instances hold
a host hashlib object: the host computes the same digests, so Glass only
owns the guest side (argument conversion, CPython's messages, the
attributes).  This file declares no module of its own; the seven module
files import it.
"""
from __future__ import annotations

import threading

from glass.objects import abstract
from glass.objects.exceptions import operation_error, overflow_error, type_error
from glass.objects.object import W_Object, decref
from glass.objects.type import builtin_type, getter, method

ULONG_MAX = (1 << 64) - 1

# hashlib.h: data this long or longer is hashed without the GIL (and, after
# the constructor, under the object's own lock); shorter data is not worth
# the hand-off.
HASHLIB_GIL_MINSIZE = 2048


# --- Argument converters ----------------------------------------------------------

def data_bytes(w_data):
    """GET_BUFFER_VIEW_OR_ERROUT: the bytes of a bytes-like object; a str must
    be encoded first."""
    from glass.objects import stringlib
    from glass.objects.str import W_Str
    if isinstance(w_data, W_Str):
        raise type_error("Strings must be encoded before hashing")
    data = stringlib.simple_buffer(w_data)
    if data is None:
        raise type_error("object supporting the buffer API required")
    return bytes(data)


def buffer_bytes(w_data):
    """Clinic's Py_buffer converter: any bytes-like object, str refused."""
    from glass.objects import stringlib
    data = stringlib.simple_buffer(w_data)
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
        return self.ob_type.host_class(self.ob_type, locked(self, self.state.copy))

    @method("($self, /)")
    def digest(self):
        """Return the digest value as a bytes object."""
        from glass.objects.bytes import new_bytes
        return new_bytes(locked(self, self.state.digest))

    @method("($self, /)")
    def hexdigest(self):
        """Return the digest value as a string of hexadecimal digits."""
        from glass.objects.str import new_str
        return new_str(locked(self, self.state.hexdigest))

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


def update_method(doc, param, releases_gil):
    """update(): md5module.c & co. call the argument `obj`, sha3 and blake2
    `data`; sha3, blake2 and _hashopenssl.c release the GIL for large data
    (`releases_gil`), 3.11's md5, sha1, sha256 and sha512 never do."""
    @method("($self, %s, /)" % param)
    def update(self, w_data):
        data = data_bytes(w_data)
        if releases_gil:
            update_without_gil(self, data)
        else:
            self.state.update(data)
    update.__doc__ = doc
    return update


STRING_DOC = "Update this hash object's state with the provided string."
UPDATE_STRING = update_method(STRING_DOC, "obj", releases_gil=False)
UPDATE_BYTES = update_method(
    "Update this hash object's state with the provided bytes-like object.", "data",
    releases_gil=True)


class W_Hash(W_Object):
    """A hash object: `state` is the host hashlib object doing the work;
    `lock` is made by the first update large enough to run without the GIL,
    and from then on guards `state` (EVPobject's and SHA3object's `lock`)."""
    __slots__ = ("state", "lock")

    def __init__(self, w_type, state):
        W_Object.__init__(self, w_type)
        self.state = state
        self.lock = None


# --- The GIL and the object's lock -------------------------------------------------------

def locked(w_hash, host_call, *args):
    """ENTER_HASHLIB / LEAVE_HASHLIB around a host call on `state`: once the
    object has a lock, take it, waiting without the GIL if an update holds it."""
    lock = w_hash.lock
    if lock is None:                  # no large update yet: nothing to guard
        return host_call(*args)
    if not lock.acquire(False):
        from glass.vm.gil import released
        with released():
            lock.acquire()
    try:
        return host_call(*args)
    finally:
        lock.release()


def update_without_gil(w_hash, data):
    """The update of sha3module.c, blake2b_impl.c and _hashopenssl.c
    (EVP_update): large data is hashed without the GIL, under the object's
    lock, made on first need; small data in place."""
    if w_hash.lock is None:
        if len(data) < HASHLIB_GIL_MINSIZE:
            w_hash.state.update(data)
            return
        w_hash.lock = threading.Lock()
    from glass.vm.gil import released
    with released():
        with w_hash.lock:
            w_hash.state.update(data)


def initial_update(state, data):
    """A constructor's data: large data is hashed without the GIL, and with
    no lock, since no other thread can see the new object yet."""
    if len(data) >= HASHLIB_GIL_MINSIZE:
        from glass.vm.gil import released
        with released():
            state.update(data)
    else:
        state.update(data)


def hash_type(guest_name, doc=None, extra=(), update=UPDATE_STRING, flags=0, base=None):
    """Make the W_ class of one guest hash type, with the shared methods plus
    `extra` (more decorated functions: a tp_new, more getters...).  A type
    with a `base` (a W_ class made here: _hashlib.HASHXOF on HASH) inherits
    the shared methods and declares only `extra`."""
    shared = [] if base is not None else list(vars(HashMethods).values()) + [update]
    namespace = {"__slots__": (), "__doc__": doc}
    for func in shared + list(extra):
        if hasattr(func, "_glass_method") or hasattr(func, "_glass_getter") or \
                hasattr(func, "_glass_slots"):
            namespace[func.__name__] = func
    short_name = guest_name.rpartition(".")[2]
    cls = type("W_Hash_" + short_name, (base or W_Hash,), namespace)
    return builtin_type(guest_name, base=base, flags=flags, doc=doc)(cls)


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
