"""The _sha512 module: SHA-384 and SHA-512 for hashlib without OpenSSL.

Counterpart: Modules/sha512module.c.

The digests are the host's hashlib; glass/modules/_hash_objects.py holds the
guest hash type shared with the other hash modules.
"""
from __future__ import annotations

import hashlib as host_hashlib

from glass.modules import builtin_module
from glass.modules._hash_objects import (forbid_instantiation, hash_type, set_object,
                                         simple_constructor)

W_SHA384 = hash_type("_sha512.sha384")
W_SHA512 = hash_type("_sha512.sha512")


@builtin_module("_sha512")
class SHA512Module:
    sha512 = simple_constructor(
        W_SHA512.w_type, host_hashlib.sha512, "sha512",
        "Return a new SHA-512 hash object; optionally initialized with a string.")
    sha384 = simple_constructor(
        W_SHA384.w_type, host_hashlib.sha384, "sha384",
        "Return a new SHA-384 hash object; optionally initialized with a string.")

    @staticmethod
    def init_module(w_module):
        forbid_instantiation(W_SHA384.w_type)
        forbid_instantiation(W_SHA512.w_type)
        # CPython 3.11 adds both types under the name "SHA384Type", so the
        # module ends with SHA384Type bound to the sha512 type, and no SHA512Type.
        set_object(w_module, "SHA384Type", W_SHA512.w_type)
