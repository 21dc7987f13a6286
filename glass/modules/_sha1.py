"""The _sha1 module: SHA-1, the fallback hashlib uses when OpenSSL is absent.

Counterpart: Modules/sha1module.c.

The digest is the host's hashlib.sha1; glass/modules/_hash_objects.py holds
the guest hash type shared with the other hash modules.
"""
from __future__ import annotations

import hashlib as host_hashlib

from glass.modules import builtin_module
from glass.modules._hash_objects import (forbid_instantiation, hash_type, set_object,
                                         simple_constructor)

W_SHA1 = hash_type("_sha1.sha1")


@builtin_module("_sha1")
class SHA1Module:
    sha1 = simple_constructor(
        W_SHA1.w_type, host_hashlib.sha1, "sha1",
        "Return a new SHA1 hash object; optionally initialized with a string.")

    @staticmethod
    def init_module(w_module):
        forbid_instantiation(W_SHA1.w_type)
        set_object(w_module, "SHA1Type", W_SHA1.w_type)
