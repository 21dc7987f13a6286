"""The _sha256 module: SHA-224 and SHA-256 for hashlib without OpenSSL.

Counterpart: Modules/sha256module.c.

The digests are the host's hashlib; glass/modules/_hash_objects.py holds the
guest hash type shared with the other hash modules.
"""
from __future__ import annotations

import hashlib as host_hashlib

from glass.modules import builtin_module
from glass.modules._hash_objects import (forbid_instantiation, hash_type, set_object,
                                         simple_constructor)

W_SHA224 = hash_type("_sha256.sha224")
W_SHA256 = hash_type("_sha256.sha256")


@builtin_module("_sha256")
class SHA256Module:
    sha256 = simple_constructor(
        W_SHA256.w_type, host_hashlib.sha256, "sha256",
        "Return a new SHA-256 hash object; optionally initialized with a string.")
    sha224 = simple_constructor(
        W_SHA224.w_type, host_hashlib.sha224, "sha224",
        "Return a new SHA-224 hash object; optionally initialized with a string.")

    @staticmethod
    def init_module(w_module):
        for name, cls in (("SHA224Type", W_SHA224), ("SHA256Type", W_SHA256)):
            forbid_instantiation(cls.w_type)
            set_object(w_module, name, cls.w_type)
