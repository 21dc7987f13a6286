"""Hashing of str and bytes: SipHash-1-3 keyed from PYTHONHASHSEED.

Counterpart: Python/pyhash.c (siphash13, _Py_HashBytes, the hash secret) and
the hash-secret part of Python/bootstrap_hash.c (_Py_HashRandomization_Init,
lcg_urandom).

CPython 3.11 hashes the bytes of an object's canonical representation with
SipHash-1-3 (Py_HASH_ALGORITHM siphash13) under a 128-bit key taken from the
24-byte hash secret:

- PYTHONHASHSEED unset or "random" (or ignored with -E / -I): the secret is
  read from os.urandom, so hashes differ from run to run;
- PYTHONHASHSEED=0: the secret is all zeros (randomization disabled);
- PYTHONHASHSEED=N (1 .. 4294967295): the secret is N expanded by a linear
  congruential generator, one byte per step (lcg_urandom).

A str is hashed as PyUnicode stores it: one byte per character when every
character is below 256 (latin-1 kind), two bytes (UCS-2, little-endian on the
machines CPython runs on here) when below 65536, four (UCS-4) otherwise.
Py_HASH_CUTOFF is 0 in 3.11, so short strings take the same path, and an
empty string or bytes hashes to 0.
"""
from __future__ import annotations

import os
import struct
import sys as host_sys

MASK64 = 0xFFFFFFFFFFFFFFFF
SECRET_SIZE = 24            # sizeof(_Py_HashSecret_t)


# --- SipHash-1-3 (pyhash.c: siphash13) ------------------------------------------------

def siphash13(k0, k1, data):
    """SipHash with 1 compression round and 3 finalization rounds: a host int
    in [0, 2**64).  `data` is bytes.

    The state is four 64-bit words; each 8-byte little-endian block of the
    input is mixed in with one SipRound, the last (partial) block carries the
    input length in its top byte, and three rounds finish.  The rounds are
    written out inline: this runs once per new str, and a host call per round
    would cost more than the arithmetic.
    """
    v0 = k0 ^ 0x736F6D6570736575
    v1 = k1 ^ 0x646F72616E646F6D
    v2 = k0 ^ 0x6C7967656E657261
    v3 = k1 ^ 0x7465646279746573
    size = len(data)
    whole = size - (size & 7)
    words = list(struct.unpack_from("<%dQ" % (whole >> 3), data)) if whole else []
    # The last word: the leftover bytes, and the length's low byte on top.
    words.append(int.from_bytes(data[whole:], "little") | ((size & 0xFF) << 56))
    for m in words:
        v3 ^= m
        # SipRound
        v0 = (v0 + v1) & MASK64
        v1 = ((v1 << 13) | (v1 >> 51)) & MASK64
        v1 ^= v0
        v0 = ((v0 << 32) | (v0 >> 32)) & MASK64
        v2 = (v2 + v3) & MASK64
        v3 = ((v3 << 16) | (v3 >> 48)) & MASK64
        v3 ^= v2
        v0 = (v0 + v3) & MASK64
        v3 = ((v3 << 21) | (v3 >> 43)) & MASK64
        v3 ^= v0
        v2 = (v2 + v1) & MASK64
        v1 = ((v1 << 17) | (v1 >> 47)) & MASK64
        v1 ^= v2
        v2 = ((v2 << 32) | (v2 >> 32)) & MASK64
        v0 ^= m
    v2 ^= 0xFF
    for _ in range(3):
        v0 = (v0 + v1) & MASK64
        v1 = ((v1 << 13) | (v1 >> 51)) & MASK64
        v1 ^= v0
        v0 = ((v0 << 32) | (v0 >> 32)) & MASK64
        v2 = (v2 + v3) & MASK64
        v3 = ((v3 << 16) | (v3 >> 48)) & MASK64
        v3 ^= v2
        v0 = (v0 + v3) & MASK64
        v3 = ((v3 << 21) | (v3 >> 43)) & MASK64
        v3 ^= v0
        v2 = (v2 + v1) & MASK64
        v1 = ((v1 << 17) | (v1 >> 47)) & MASK64
        v1 ^= v2
        v2 = ((v2 << 32) | (v2 >> 32)) & MASK64
    return v0 ^ v1 ^ v2 ^ v3


# --- The hash secret (bootstrap_hash.c) -----------------------------------------------

def lcg_urandom(seed, size=SECRET_SIZE):
    """Counterpart: lcg_urandom: `size` bytes from the seed, one per LCG step
    (x = x * 214013 + 2531011 modulo 2**32; the byte is bits 16..23)."""
    x = seed & 0xFFFFFFFF
    out = bytearray(size)
    for index in range(size):
        x = (x * 214013 + 2531011) & 0xFFFFFFFF
        out[index] = (x >> 16) & 0xFF
    return bytes(out)


def parse_hash_seed(text):
    """PYTHONHASHSEED as config_init_hash_seed reads it: None for random, else
    the seed.  An unusable value also means random here (CPython refuses to
    start; the command line is where that check belongs)."""
    if not text or text == "random":
        return None
    try:
        seed = int(text)
    except ValueError:
        return None
    if not 0 <= seed <= 4294967295:
        return None
    return seed


def secret_from_seed(seed):
    """The 24-byte _Py_HashSecret for a seed (None: random)."""
    if seed is None:
        return os.urandom(SECRET_SIZE)
    if seed == 0:
        return bytes(SECRET_SIZE)
    return lcg_urandom(seed)


def siphash_key(secret):
    """(k0, k1): the first 16 bytes of the secret as two native-endian words."""
    return struct.unpack_from("<QQ", secret)


def _guest_seed():
    """The seed the guest runs with: PYTHONHASHSEED unless -E or -I."""
    config = None
    try:
        from glass.vm import pystate
        config = pystate.interpreter().config
    except Exception:               # before the interpreter exists
        config = None
    if config is not None and (getattr(config, "ignore_environment", False) or
                               getattr(config, "isolated", False)):
        return None
    return parse_hash_seed(os.environ.get("PYTHONHASHSEED"))


def _host_seed():
    """The seed the host CPython started with, as far as it can be known."""
    if host_sys.flags.ignore_environment:
        return None
    return parse_hash_seed(os.environ.get("PYTHONHASHSEED"))


def _host_hashes_like_guest(seed):
    """Can the host's own hash() of str and bytes stand in for ours?

    Yes on a CPython whose string hash is 3.11's (SipHash-1-3, no small-string
    cutoff, 64 bits) and whose secret is the guest's: the same seed, or both
    random (a random secret is as good as any other).  Then one C call
    replaces the pure-Python SipHash: 0.05 us instead of 13 us for an
    11-character str, on a CPython 3.11 host.
    """
    info = host_sys.hash_info
    if (host_sys.implementation.name != "cpython" or info.algorithm != "siphash13"
            or info.cutoff != 0 or info.width != 64):
        return False
    if _host_seed() != seed:
        return False
    if seed is None:
        return True
    k0, k1 = siphash_key(secret_from_seed(seed))
    return _signed(siphash13(k0, k1, b"glass")) == hash(b"glass")


class HashState:
    """The key, chosen on first use (after the command line is read)."""
    __slots__ = ("k0", "k1", "use_host", "ready")

    def __init__(self):
        self.ready = False
        self.k0 = self.k1 = 0
        self.use_host = False

    def setup(self, seed=None, from_environment=True, use_host=None):
        """Counterpart: _Py_HashRandomization_Init."""
        if from_environment:
            seed = _guest_seed()
        self.k0, self.k1 = siphash_key(secret_from_seed(seed))
        self.use_host = _host_hashes_like_guest(seed) if use_host is None else use_host
        self.ready = True


STATE = HashState()


def _signed(value):
    """A uint64 as Py_hash_t, with -1 (the error marker) made -2."""
    if value >= 1 << 63:
        value -= 1 << 64
    return -2 if value == -1 else value


# --- _Py_HashBytes and unicode_hash -----------------------------------------------------

def hash_bytes(data):
    """Counterpart: _Py_HashBytes: the hash of a bytes-like object's bytes."""
    state = STATE
    if not state.ready:
        state.setup()
    if not data:
        return 0
    if state.use_host:
        return hash(bytes(data))
    return _signed(siphash13(state.k0, state.k1, bytes(data)))


def unicode_bytes(text):
    """The bytes CPython stores for a str: its PyUnicode_DATA (kind 1, 2 or 4)."""
    widest = max(map(ord, text)) if text else 0
    if widest < 0x100:
        return text.encode("latin-1")
    if widest < 0x10000:
        return text.encode("utf-16-le", "surrogatepass")
    return text.encode("utf-32-le", "surrogatepass")


def hash_str(text):
    """Counterpart: unicode_hash: SipHash-1-3 of the canonical representation."""
    state = STATE
    if not state.ready:
        state.setup()
    if not text:
        return 0
    if state.use_host:
        return hash(text)
    return _signed(siphash13(state.k0, state.k1, unicode_bytes(text)))
