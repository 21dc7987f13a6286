"""The _md5 module: MD5, the fallback hashlib uses when OpenSSL is absent.

Counterpart: Modules/md5module.c.

The digest is the host's hashlib.md5; glass/modules/_hash_objects.py holds
the guest hash type shared with the other hash modules.
"""
from __future__ import annotations

import hashlib as host_hashlib

from glass.modules import builtin_module
from glass.modules._hash_objects import (forbid_instantiation, hash_type, set_object,
                                         simple_constructor)

W_MD5 = hash_type("_md5.md5")


@builtin_module("_md5")
class MD5Module:
    md5 = simple_constructor(
        W_MD5.w_type, host_hashlib.md5, "md5",
        "Return a new MD5 hash object; optionally initialized with a string.")

    @staticmethod
    def init_module(w_module):
        forbid_instantiation(W_MD5.w_type)
        set_object(w_module, "MD5Type", W_MD5.w_type)
