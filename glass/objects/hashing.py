"""Hashing of str and bytes: SipHash-1-3 keyed from PYTHONHASHSEED.

Counterpart: Python/pyhash.c and the hash-secret part of Python/bootstrap_hash.c.

Placeholder until the full implementation lands: a stable hash, so that the
guest sees consistent values; set iteration order will only equal CPython's
once SipHash-1-3 with CPython's key derivation is here.
"""
from __future__ import annotations

import zlib

MODULUS = (1 << 61) - 1


def hash_str(text):
    value = zlib.crc32(text.encode("utf-8", "surrogatepass"))
    return -2 if value == -1 else value


def hash_bytes(data):
    value = zlib.crc32(bytes(data))
    return -2 if value == -1 else value
