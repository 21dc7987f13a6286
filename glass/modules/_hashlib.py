"""The _hashlib module: hashlib's OpenSSL half (every digest OpenSSL offers,
HMAC, PBKDF2 and scrypt).

Counterpart: Modules/_hashopenssl.c.

The work is the host's own _hashlib, which links OpenSSL as CPython does:
each guest HASH, HASHXOF and HMAC object holds a host one, and the shared
hash type machinery is glass/modules/_hash_objects.py.  This file owns what
the guest sees: Argument Clinic's conversions in their order, the name
lookup that raises the module's UnsupportedDigestmodError, CPython's
messages, and the GIL released where the C code releases it.

A host whose _hashlib is not CPython's (PyPy's has no HMAC nor scrypt)
gives the guest no _hashlib, as a CPython built without OpenSSL: hashlib
and hmac then use _md5, _sha1... and their pure-Python HMAC.
"""
from __future__ import annotations

from glass.modules import MODULE_DEFS, builtin_module, function, takes_module
from glass.modules._operator import COMPARE_DIGEST_DOC, compare_digest
from glass.modules._hash_objects import (STRING_DOC, HashMethods, W_Hash, buffer_bytes,
                                         c_bool, data_bytes, hash_type, initial_update, locked, update_method,
                                         update_without_gil)
from glass.objects.exceptions import (OperationError, new_exception, operation_error,
                                      overflow_error, type_error, value_error)
from glass.objects.object import decref, xdecref
from glass.objects.type import (BASETYPE, DISALLOW_INSTANTIATION, builtin_type, getter,
                                method, slot)

try:
    import _hashlib as host_openssl
except ImportError:
    host_openssl = None

# What this file asks of the host's _hashlib (CPython 3.9 and later have it all).
HOST_NEEDS = ("HASH", "HASHXOF", "HMAC", "new", "hmac_new", "hmac_digest", "pbkdf2_hmac",
              "scrypt", "get_fips_mode", "openssl_md_meth_names")
if host_openssl is not None and not all(hasattr(host_openssl, n) for n in HOST_NEEDS):
    host_openssl = None

INT_MAX = (1 << 31) - 1
# The exceptions OpenSSL's failures and the host's own checks raise.
HOST_ERRORS = (ValueError, TypeError, OverflowError, MemoryError, SystemError)


class HashlibState:
    """_hashlibstate: what each _hashlib module made keeps for its functions
    (the types are static in Glass, so only these two)."""
    __slots__ = ("w_constructors", "w_unsupported_digestmod_error")

    def __init__(self):
        self.w_constructors = None              # {openssl_md5: 'md5', ...}
        self.w_unsupported_digestmod_error = None

    def traverse(self, visit):
        for w_obj in (self.w_constructors, self.w_unsupported_digestmod_error):
            if w_obj is not None:
                visit(w_obj)

    def clear(self):
        w_constructors, self.w_constructors = self.w_constructors, None
        w_error, self.w_unsupported_digestmod_error = self.w_unsupported_digestmod_error, None
        xdecref(w_constructors)
        xdecref(w_error)


# --- Host calls and errors ---------------------------------------------------------

def guest_error(error):
    """The guest's exception for a host one: same type name, same message
    (_setException: OpenSSL's reason, or "no reason supplied"); a bare
    MemoryError stays bare."""
    return operation_error(type(error).__name__, str(error) if error.args else None)


def run_host(host_call, *args, **kwargs):
    try:
        return host_call(*args, **kwargs)
    except HOST_ERRORS as error:
        raise guest_error(error)


def run_without_gil(host_call, *args, **kwargs):
    """Py_BEGIN_ALLOW_THREADS around a host call on host values only."""
    from glass.vm.gil import released
    try:
        with released():
            return host_call(*args, **kwargs)
    except HOST_ERRORS as error:
        raise guest_error(error)


def unsupported_digestmod(w_module, message):
    return OperationError(new_exception(w_module.md_state.w_unsupported_digestmod_error,
                                        message))


def fetch_digest(w_module, name, usedforsecurity=True):
    """py_digest_by_name: a new host hash object for the digest `name`
    (OpenSSL's name or Python's), or the module's UnsupportedDigestmodError
    with OpenSSL's reason."""
    try:
        return host_openssl.new(name, usedforsecurity=usedforsecurity)
    except ValueError as error:
        raise unsupported_digestmod(w_module, str(error))


# --- Argument converters ------------------------------------------------------------

def utf8_text(w_str):
    """PyUnicode_AsUTF8: a lone surrogate is a UnicodeEncodeError; C reads
    the name up to its first NUL."""
    try:
        w_str.value.encode("utf-8")
    except UnicodeEncodeError as error:
        from glass.modules._codecs import guest_unicode_error
        raise OperationError(guest_unicode_error(error))
    return w_str.value.partition("\0")[0]


def digestmod_name(w_module, w_digestmod):
    """py_digest_by_digestmod: a str names the digest; otherwise it must be
    one of this module's openssl_* constructors."""
    from glass.objects import abstract
    from glass.objects.str import W_Str
    w_name = w_digestmod
    if not isinstance(w_digestmod, W_Str):
        w_name = w_module.md_state.w_constructors.getitem(w_digestmod)
        if w_name is None:
            raise unsupported_digestmod(w_module, "Unsupported digestmod %s"
                                        % abstract.repr_text(w_digestmod))
    return utf8_text(w_name)


def long_arg(w_value, default):
    """Clinic's long converter (PyLong_AsLong after __index__)."""
    from glass.objects.stringlib import long_arg as as_c_long
    return default if w_value is None else as_c_long(w_value)


def check_length(data, what):
    if len(data) > INT_MAX:
        raise overflow_error("%s is too long." % what)


# --- HASH and HASHXOF -----------------------------------------------------------------

HASH_DOC = """HASH(name, string=b\'\')
--

A hash is an object used to calculate a checksum of a string of information.

Methods:

update() -- updates the current digest with an additional string
digest() -- return the current digest value
hexdigest() -- return the current digest as a string of hexadecimal digits
copy() -- return a copy of the current hash object

Attributes:

name -- the hash algorithm being used by this object
digest_size -- number of bytes in this hashes output"""

HASHXOF_DOC = (HASH_DOC.replace("HASH(", "HASHXOF(")
               .replace("digest() --", "digest(length) --")
               .replace("hexdigest() --", "hexdigest(length) --"))


@slot("tp_repr")
def hash_repr(self):
    """EVP_repr: "<md5 _hashlib.HASH object @ 0x...>"."""
    from glass.objects.str import new_str
    return new_str("<%s %s object @ %#x>" % (self.state.name, self.ob_type.name, id(self)))


@method("($self, /, length)", name="digest")
def xof_digest(self, w_length):
    """Return the digest value as a bytes object."""
    from glass.objects.bytes import new_bytes
    from glass.objects.stringlib import ssize_arg
    length = ssize_arg(w_length)
    return new_bytes(run_host(locked, self, self.state.digest, length))


@method("($self, /, length)", name="hexdigest")
def xof_hexdigest(self, w_length):
    """Return the digest value as a string of hexadecimal digits."""
    from glass.objects.str import new_str
    from glass.objects.stringlib import ssize_arg
    length = ssize_arg(w_length)
    return new_str(run_host(locked, self, self.state.hexdigest, length))


@getter("digest_size")
def xof_digest_size(self):
    # EVPXOF_get_digest_size: an extendable output has no fixed size.
    from glass.objects.int import new_int
    return new_int(0)


W_HASH = hash_type("_hashlib.HASH", HASH_DOC, (hash_repr,),
                   update_method(STRING_DOC, "obj", releases_gil=True),
                   flags=BASETYPE | DISALLOW_INSTANTIATION)
W_HASHXOF = hash_type("_hashlib.HASHXOF", HASHXOF_DOC,
                      (xof_digest, xof_hexdigest, xof_digest_size),
                      flags=BASETYPE | DISALLOW_INSTANTIATION, base=W_HASH)


def evp_fromname(w_module, name, w_data, usedforsecurity):
    """py_evp_fromname: the data's buffer first, then the digest, then the
    object (a HASHXOF for SHAKE), fed the data without the GIL if large."""
    data = data_bytes(w_data) if w_data is not None else b""
    state = fetch_digest(w_module, name, usedforsecurity)
    cls = W_HASHXOF if isinstance(state, host_openssl.HASHXOF) else W_HASH
    if data:
        initial_update(state, data)
    return cls(cls.w_type, state)


def openssl_constructor(name):
    """_hashlib.openssl_md5 and the others: `(string=b'', *, usedforsecurity=True)`."""
    spelled = name.replace("sha3_", "sha3-").replace("shake_", "shake-")
    kind = "variable hash object" if name.startswith("shake") else "hash object"
    doc = "Returns a %s %s; optionally initialized with a string" % (spelled, kind)

    @function("($module, /, string=b'', *, usedforsecurity=True)", name="openssl_" + name,
              doc=doc)
    @takes_module
    def construct(w_module, w_string, w_usedforsecurity):
        usedforsecurity = c_bool(w_usedforsecurity, True)
        return evp_fromname(w_module, name, w_string, usedforsecurity)
    return construct


# --- HMAC ---------------------------------------------------------------------------------

HMAC_DOC = """The object used to calculate HMAC of a message.

Methods:

update() -- updates the current digest with an additional string
digest() -- return the current digest value
hexdigest() -- return the current digest as a string of hexadecimal digits
copy() -- return a copy of the current hash object

Attributes:

name -- the name, including the hash algorithm used by this object
digest_size -- number of bytes in digest() output
"""


@builtin_type("_hashlib.HMAC", flags=DISALLOW_INSTANTIATION, doc=HMAC_DOC)
class W_HMAC(W_Hash):
    """An HMAC object (HMACobject): `state` is a host HMAC object; `lock`
    as a hash object's."""
    __slots__ = ()

    @method("($self, /, msg)")
    def update(self, w_msg):
        """Update the HMAC object with msg."""
        update_without_gil(self, data_bytes(w_msg))

    @method("($self, /)")
    def digest(self):
        """Return the digest of the bytes passed to the update() method so far."""
        from glass.objects.bytes import new_bytes
        return new_bytes(run_host(locked, self, self.state.digest))

    @method("($self, /)")
    def hexdigest(self):
        """Return hexadecimal digest of the bytes passed to the update() method so far.

This may be used to exchange the value safely in email or other non-binary
environments."""
        from glass.objects.str import new_str
        return new_str(run_host(locked, self, self.state.hexdigest))

    @method("($self, /)")
    def copy(self):
        """Return a copy ("clone") of the HMAC object."""
        return W_HMAC(self.ob_type, run_host(locked, self, self.state.copy))

    # The host HMAC's own answers (its name is "hmac-" and the digest's, as
    # _hashlib_hmac_get_name makes it).
    get_digest_size = HashMethods.get_digest_size
    get_block_size = HashMethods.get_block_size
    get_name = HashMethods.get_name

    @slot("tp_repr")
    def repr(self):
        """_hmac_repr: "<sha256 HMAC object @ 0x...>", the digest's name."""
        from glass.objects.str import new_str
        digest_name = self.state.name[len("hmac-"):]
        return new_str("<%s HMAC object @ %#x>" % (digest_name, id(self)))


# --- The module ---------------------------------------------------------------------------

@builtin_module("_hashlib", doc="OpenSSL interface for hashlib module", state=HashlibState)
class HashlibModule:

    @function("($module, /, name, string=b'', *, usedforsecurity=True)")
    @takes_module
    def new(w_module, w_name, w_string, w_usedforsecurity):
        """Return a new hash object using the named algorithm.

An optional string argument may be provided and will be
automatically hashed.

The MD5 and SHA1 algorithms are always supported."""
        from glass.objects.str import W_Str
        usedforsecurity = c_bool(w_usedforsecurity, True)
        # PyArg_Parse's "s" refuses a non-str, a NUL and a lone surrogate alike.
        if not isinstance(w_name, W_Str) or "\0" in w_name.value:
            raise type_error("name must be a string")
        try:
            w_name.value.encode("utf-8")
        except UnicodeEncodeError:
            raise type_error("name must be a string")
        return evp_fromname(w_module, w_name.value, w_string, usedforsecurity)

    @function("($module, /, hash_name, password, salt, iterations,\n            dklen=None)",
              doc="Password based key derivation function 2 (PKCS #5 v2.0) with HMAC as "
                  "pseudorandom function.")
    @takes_module
    def pbkdf2_hmac(w_module, w_hash_name, w_password, w_salt, w_iterations, w_dklen):
        from glass.objects.bytes import new_bytes
        from glass.objects.none import w_None
        from glass.objects.str import str_arg
        from glass.objects.stringlib import c_string_value
        hash_name = c_string_value(str_arg(w_hash_name, "pbkdf2_hmac() argument 'hash_name'"))
        password = buffer_bytes(w_password)
        salt = buffer_bytes(w_salt)
        iterations = long_arg(w_iterations, None)
        fetch_digest(w_module, hash_name)
        check_length(password, "password")
        check_length(salt, "salt")
        if iterations < 1:
            raise value_error("iteration value must be greater than 0.")
        if iterations > INT_MAX:
            raise overflow_error("iteration value is too great.")
        dklen = None                    # the digest's size, which the host knows
        if w_dklen is not None and w_dklen is not w_None:
            dklen = long_arg(w_dklen, None)
            if dklen < 1:
                raise value_error("key length must be greater than 0.")
            if dklen > INT_MAX:
                raise overflow_error("key length is too great.")
        return new_bytes(run_without_gil(host_openssl.pbkdf2_hmac, hash_name, password,
                                         salt, iterations, dklen))

    @function("($module, /, password, *, salt=None, n=None, r=None, p=None,\n"
              "       maxmem=0, dklen=64)")
    def scrypt(w_password, w_salt, w_n, w_r, w_p, w_maxmem, w_dklen):
        """scrypt password-based key derivation function."""
        from glass.objects.bytes import new_bytes
        from glass.objects.exceptions import argument_type_name
        from glass.objects.int import W_Int
        password = buffer_bytes(w_password)
        options = {}
        if w_salt is not None:
            options["salt"] = buffer_bytes(w_salt)
        for name, w_value in (("n", w_n), ("r", w_r), ("p", w_p)):
            if w_value is None:
                continue        # the host says "<name> is required", as C does
            if not isinstance(w_value, W_Int):
                raise type_error("scrypt() argument '%s' must be int, not %s"
                                 % (name, argument_type_name(w_value)))
            options[name] = w_value.value
        options["maxmem"] = long_arg(w_maxmem, 0)
        options["dklen"] = long_arg(w_dklen, 64)
        # The host checks the values in the C code's order, then derives the key.
        return new_bytes(run_without_gil(host_openssl.scrypt, password, **options))

    @function("($module, /)")
    def get_fips_mode():
        """Determine the OpenSSL FIPS mode of operation.

For OpenSSL 3.0.0 and newer it returns the state of the default provider
in the default OSSL context. It's not quite the same as FIPS_mode() but good
enough for unittests.

Effectively any non-zero return value indicates FIPS mode;
values other than 1 may have additional significance."""
        from glass.objects.int import new_int
        return new_int(run_host(host_openssl.get_fips_mode))

    @function("($module, a, b, /)", doc=COMPARE_DIGEST_DOC)
    def compare_digest(w_a, w_b):
        return compare_digest(w_a, w_b)

    @function("($module, /, key, msg, digest)")
    @takes_module
    def hmac_digest(w_module, w_key, w_msg, w_digest):
        """Single-shot HMAC."""
        from glass.objects.bytes import new_bytes
        key = buffer_bytes(w_key)
        msg = buffer_bytes(w_msg)
        check_length(key, "key")
        check_length(msg, "msg")
        name = digestmod_name(w_module, w_digest)
        fetch_digest(w_module, name)
        return new_bytes(run_without_gil(host_openssl.hmac_digest, key, msg, name))

    @function("($module, /, key, msg=b'', digestmod=None)")
    @takes_module
    def hmac_new(w_module, w_key, w_msg, w_digestmod):
        """Return a new hmac object."""
        from glass.objects.none import w_None
        key = buffer_bytes(w_key)
        check_length(key, "key")
        if w_digestmod is None:
            raise type_error("Missing required parameter 'digestmod'.")
        name = digestmod_name(w_module, w_digestmod)
        fetch_digest(w_module, name)
        w_hmac = W_HMAC(W_HMAC.w_type, run_host(host_openssl.hmac_new, key, digestmod=name))
        if w_msg is not None and w_msg is not w_None:
            try:
                update_without_gil(w_hmac, data_bytes(w_msg))
            except BaseException:
                decref(w_hmac)
                raise
        return w_hmac

    openssl_md5 = openssl_constructor("md5")
    openssl_sha1 = openssl_constructor("sha1")
    openssl_sha224 = openssl_constructor("sha224")
    openssl_sha256 = openssl_constructor("sha256")
    openssl_sha384 = openssl_constructor("sha384")
    openssl_sha512 = openssl_constructor("sha512")
    openssl_sha3_224 = openssl_constructor("sha3_224")
    openssl_sha3_256 = openssl_constructor("sha3_256")
    openssl_sha3_384 = openssl_constructor("sha3_384")
    openssl_sha3_512 = openssl_constructor("sha3_512")
    openssl_shake_128 = openssl_constructor("shake_128")
    openssl_shake_256 = openssl_constructor("shake_256")

    @staticmethod
    def init_module(w_module):
        """The Py_mod_exec functions of _hashopenssl.c, in their order."""
        from glass.objects.dict import W_Dict
        from glass.objects.exceptions import EXCEPTION_TYPES, new_exception_class
        from glass.objects.mappingproxy import W_MappingProxy
        from glass.objects.set import new_frozenset
        from glass.objects.str import new_str
        w_dict = w_module.w_dict
        for cls in (W_HASH, W_HASHXOF, W_HMAC):
            w_dict.setitem_str(cls.w_type.name.rpartition(".")[2], cls.w_type)
        w_names = new_frozenset([new_str(name)
                                 for name in host_openssl.openssl_md_meth_names])
        w_dict.setitem_str("openssl_md_meth_names", w_names)
        decref(w_names)
        # hashlib_init_constructors: {openssl_md5: 'md5', ...}, shown read-only.
        state = w_module.md_state
        state.w_constructors = W_Dict()
        for attr in vars(HashlibModule).values():
            func_name = getattr(attr, "_glass_method", ("",))[0]
            if func_name.startswith("openssl_"):
                w_name = new_str(func_name[len("openssl_"):])
                state.w_constructors.setitem(w_dict.getitem_str(func_name), w_name)
                decref(w_name)
        state.w_constructors.ob_refcnt += 1
        w_proxy = W_MappingProxy(state.w_constructors)
        w_dict.setitem_str("_constructors", w_proxy)
        decref(w_proxy)
        state.w_unsupported_digestmod_error = new_exception_class(
            "_hashlib.UnsupportedDigestmodError", EXCEPTION_TYPES["ValueError"])
        w_dict.setitem_str("UnsupportedDigestmodError", state.w_unsupported_digestmod_error)


if host_openssl is None:
    # Declared (so sys.builtin_module_names names it) but not available:
    # the import finds nothing and raises ModuleNotFoundError.
    del MODULE_DEFS["_hashlib"]
