"""The _blake2 module: BLAKE2b and BLAKE2s with keys, salts and tree hashing.

Counterpart: Modules/_blake2/blake2module.c, blake2b_impl.c, blake2s_impl.c.

The compression is the host's hashlib.blake2b/blake2s, which take the same
parameter block; this file checks every parameter first, in the C code's
order and with its messages, so the host never sees a bad one.
"""
from __future__ import annotations

import hashlib as host_hashlib

from glass.modules import builtin_module
from glass.modules._hash_objects import (UPDATE_BYTES, bind, buffer_bytes, c_bool, c_int,
                                         c_unsigned, data_bytes, hash_type, initial_update,
                                         set_constant)
from glass.objects.exceptions import overflow_error, value_error
from glass.objects.type import slot

# name -> (digest bytes, key bytes, salt bytes, person bytes)
SIZES = {"blake2b": (64, 64, 16, 16), "blake2s": (32, 32, 8, 8)}

SIGNATURE = ("(data=b'', /, *, digest_size=_blake2.%s.MAX_DIGEST_SIZE,\n"
             "        key=b'', salt=b'', person=b'', fanout=1, depth=1, leaf_size=0,\n"
             "        node_offset=0, node_depth=0, inner_size=0, last_node=False,\n"
             "        usedforsecurity=True)")


@slot("tp_new")
def new(w_type, args_w, kwnames):
    """py_blake2b_new / py_blake2s_new."""
    name = w_type.name.rpartition(".")[2]
    max_digest, max_key, max_salt, max_person = SIZES[name]
    (w_data, w_digest_size, w_key, w_salt, w_person, w_fanout, w_depth, w_leaf_size,
     w_node_offset, w_node_depth, w_inner_size, w_last_node,
     w_usedforsecurity) = bind(SIGNATURE % name, name, args_w, kwnames)
    # Argument Clinic converts everything first...
    digest_size = c_int(w_digest_size, max_digest)
    key = buffer_bytes(w_key) if w_key is not None else b""
    salt = buffer_bytes(w_salt) if w_salt is not None else b""
    person = buffer_bytes(w_person) if w_person is not None else b""
    fanout = c_int(w_fanout, 1)
    depth = c_int(w_depth, 1)
    leaf_size = c_unsigned(w_leaf_size, 0)
    node_offset = c_unsigned(w_node_offset, 0, long_long=True)
    node_depth = c_int(w_node_depth, 0)
    inner_size = c_int(w_inner_size, 0)
    last_node = c_bool(w_last_node, False)
    usedforsecurity = c_bool(w_usedforsecurity, True)
    # ...then the implementation checks the parameter block.
    if not 1 <= digest_size <= max_digest:
        raise value_error("digest_size must be between 1 and %d bytes" % max_digest)
    if len(salt) > max_salt:
        raise value_error("maximum salt length is %d bytes" % max_salt)
    if len(person) > max_person:
        raise value_error("maximum person length is %d bytes" % max_person)
    if not 0 <= fanout <= 255:
        raise value_error("fanout must be between 0 and 255")
    if not 1 <= depth <= 255:
        raise value_error("depth must be between 1 and 255")
    if leaf_size > 0xFFFFFFFF:
        raise overflow_error("leaf_size is too large")
    if name == "blake2s" and node_offset > 0xFFFFFFFFFFFF:
        raise overflow_error("node_offset is too large")
    if not 0 <= node_depth <= 255:
        raise value_error("node_depth must be between 0 and 255")
    if not 0 <= inner_size <= max_digest:
        raise value_error("inner_size must be between 0 and is %d" % max_digest)
    if len(key) > max_key:
        raise value_error("maximum key length is %d bytes" % max_key)
    host_constructor = getattr(host_hashlib, name)
    state = host_constructor(
        digest_size=digest_size, key=key, salt=salt, person=person, fanout=fanout,
        depth=depth, leaf_size=leaf_size, node_offset=node_offset,
        node_depth=node_depth, inner_size=inner_size, last_node=last_node,
        usedforsecurity=usedforsecurity)
    if w_data is not None:
        initial_update(state, data_bytes(w_data))
    return w_type.host_class(w_type, state)


W_BLAKE2B = hash_type("_blake2.blake2b", "Return a new BLAKE2b hash object.", (new,),
                      UPDATE_BYTES)
W_BLAKE2S = hash_type("_blake2.blake2s", "Return a new BLAKE2s hash object.", (new,),
                      UPDATE_BYTES)


@builtin_module("_blake2", doc="_blake2b provides BLAKE2b for hashlib\n")
class Blake2Module:

    @staticmethod
    def init_module(w_module):
        from glass.objects.int import new_int
        from glass.objects.type import ready
        for cls in (W_BLAKE2B, W_BLAKE2S):
            w_type = cls.w_type
            ready(w_type)
            name = w_type.name.rpartition(".")[2]
            w_module.w_dict.setitem_str(name, w_type)
            max_digest, max_key, max_salt, max_person = SIZES[name]
            constants = (("SALT_SIZE", max_salt), ("PERSON_SIZE", max_person),
                         ("MAX_KEY_SIZE", max_key), ("MAX_DIGEST_SIZE", max_digest))
            for suffix, value in constants:
                if suffix not in w_type.dict:
                    w_type.dict[suffix] = new_int(value)
                set_constant(w_module, "%s_%s" % (name.upper(), suffix), value)
