"""The _sha3 module: SHA3-224/256/384/512 and SHAKE-128/256 without OpenSSL.

Counterpart: Modules/_sha3/sha3module.c.

The sponge is the host's hashlib; glass/modules/_hash_objects.py holds the
guest hash type shared with the other hash modules.  Here the six types are
their own constructors (sha3_256(b'...')), add the Keccak parameters
(_capacity_bits, _rate_bits, _suffix), and SHAKE's digest() takes a length.
"""
from __future__ import annotations

import hashlib as host_hashlib

from glass.modules import builtin_module
from glass.modules._hash_objects import (UPDATE_BYTES, bind, c_bool, c_unsigned,
                                         data_bytes, hash_type, initial_update, locked,
                                         set_object)
from glass.objects.exceptions import value_error
from glass.objects.type import getter, method, slot

KECCAK_WIDTH_BITS = 1600
SHA3_SUFFIX = b"\x06"           # the domain-separation bits of SHA-3
SHAKE_SUFFIX = b"\x1f"          # and of the SHAKE extendable-output functions
MAX_SHAKE_LENGTH = 1 << 29      # _SHAKE_digest refuses this many bytes or more


@slot("tp_new")
def new(w_type, args_w, kwnames):
    """py_sha3_new: sha3_256([data], *, usedforsecurity=True)."""
    name = w_type.name.rpartition(".")[2]
    # The six types share one clinic function, so its messages all say sha3_224.
    w_data, w_usedforsecurity = bind("(data=b'', /, *, usedforsecurity=True)",
                                     "sha3_224", args_w, kwnames)
    c_bool(w_usedforsecurity, True)
    state = host_hashlib.new(name)
    if w_data is not None:
        initial_update(state, data_bytes(w_data))
    return w_type.host_class(w_type, state)


@getter("_capacity_bits")
def get_capacity_bits(self):
    from glass.objects.int import new_int
    return new_int(KECCAK_WIDTH_BITS - self.state.block_size * 8)


@getter("_rate_bits")
def get_rate_bits(self):
    from glass.objects.int import new_int
    return new_int(self.state.block_size * 8)


@getter("_suffix")
def get_suffix(self):
    from glass.objects.bytes import new_bytes
    return new_bytes(SHAKE_SUFFIX if self.state.name.startswith("shake") else SHA3_SUFFIX)


def shake_length(w_length):
    length = c_unsigned(w_length, 0)
    if length >= MAX_SHAKE_LENGTH:
        raise value_error("length is too large")
    return length


@method("($self, length, /)", name="digest")
def shake_digest(self, w_length):
    """Return the digest value as a bytes object."""
    from glass.objects.bytes import new_bytes
    return new_bytes(locked(self, self.state.digest, shake_length(w_length)))


@method("($self, length, /)", name="hexdigest")
def shake_hexdigest(self, w_length):
    """Return the digest value as a string of hexadecimal digits."""
    from glass.objects.str import new_str
    return new_str(locked(self, self.state.hexdigest, shake_length(w_length)))


SHA3_EXTRAS = (new, get_capacity_bits, get_rate_bits, get_suffix)
SHA3_DOC = ("%s([data], *, usedforsecurity=True) -> SHA3 object\n\n"
            "Return a new SHA3 hash object with a hashbit length of %d bytes.")
SHAKE_DOC = ("%s([data], *, usedforsecurity=True) -> SHAKE object\n\n"
             "Return a new SHAKE hash object.")

SHA3_TYPES = [hash_type("_sha3." + name, SHA3_DOC % (name, size), SHA3_EXTRAS,
                        UPDATE_BYTES)
              for name, size in (("sha3_224", 28), ("sha3_256", 32),
                                 ("sha3_384", 48), ("sha3_512", 64))]
SHAKE_TYPES = [hash_type("_sha3." + name, SHAKE_DOC % name,
                         SHA3_EXTRAS + (shake_digest, shake_hexdigest), UPDATE_BYTES)
               for name in ("shake_128", "shake_256")]


@builtin_module("_sha3")
class SHA3Module:

    @staticmethod
    def init_module(w_module):
        from glass.objects.int import new_int
        from glass.objects.object import decref
        from glass.objects.str import new_str
        for cls in SHA3_TYPES + SHAKE_TYPES:
            set_object(w_module, cls.w_type.name.rpartition(".")[2], cls.w_type)
        w_implementation = new_str("tiny_sha3")
        set_object(w_module, "implementation", w_implementation)
        decref(w_implementation)
        w_keccakopt = new_int(0)
        set_object(w_module, "keccakopt", w_keccakopt)
        decref(w_keccakopt)
