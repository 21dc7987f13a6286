"""The _random module: the Mersenne Twister behind random.Random.

Counterpart: Modules/_randommodule.c.

The generator is MT19937, written out here as in Makoto Matsumoto and
Takuji Nishimura's reference code that CPython embeds: 624 words of state
plus a position.  Seeding goes through init_by_array with the seed's 32-bit
chunks, so every seed gives the same sequence as CPython, and getstate() /
setstate() exchange the same 625-int tuples.
"""
from __future__ import annotations

import os

from glass.modules import builtin_module
from glass.objects import abstract
from glass.objects.exceptions import overflow_error, type_error, value_error
from glass.objects.object import W_Object, decref
from glass.objects.type import BASETYPE, builtin_type, method, slot

N = 624
M = 397
MATRIX_A = 0x9908B0DF          # the constant vector a
UPPER_MASK = 0x80000000        # the most significant w-r bits
LOWER_MASK = 0x7FFFFFFF        # the least significant r bits
WORD = 0xFFFFFFFF


class MersenneTwister:
    """MT19937 on host ints: the whole generator, no guest objects."""
    __slots__ = ("state", "index")

    def __init__(self):
        self.state = [0] * N
        self.index = N + 1       # "not initialized", as mti == N+1 in the reference code

    def init_genrand(self, seed):
        """Fill the state from one 32-bit seed."""
        state = self.state
        state[0] = seed & WORD
        for i in range(1, N):
            previous = state[i - 1]
            state[i] = (1812433253 * (previous ^ (previous >> 30)) + i) & WORD
        self.index = N

    def init_by_array(self, key):
        """Fill the state from a list of 32-bit words."""
        self.init_genrand(19650218)
        state = self.state
        i, j = 1, 0
        length = len(key)
        for _ in range(max(N, length)):
            previous = state[i - 1]
            state[i] = ((state[i] ^ ((previous ^ (previous >> 30)) * 1664525))
                        + key[j] + j) & WORD
            i += 1
            j += 1
            if i >= N:
                state[0] = state[N - 1]
                i = 1
            if j >= length:
                j = 0
        for _ in range(N - 1):
            previous = state[i - 1]
            state[i] = ((state[i] ^ ((previous ^ (previous >> 30)) * 1566083941))
                        - i) & WORD
            i += 1
            if i >= N:
                state[0] = state[N - 1]
                i = 1
        state[0] = 0x80000000    # the MSB is 1, assuring a non-zero initial array

    def _twist(self):
        """Generate the next N words at once."""
        state = self.state
        for k in range(N):
            y = (state[k] & UPPER_MASK) | (state[(k + 1) % N] & LOWER_MASK)
            state[k] = state[(k + M) % N] ^ (y >> 1) ^ (MATRIX_A if y & 1 else 0)
        self.index = 0

    def next_word(self):
        """genrand_uint32: the next tempered 32-bit word."""
        if self.index >= N:
            self._twist()
        y = self.state[self.index]
        self.index += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9D2C5680
        y ^= (y << 15) & 0xEFC60000
        return y ^ (y >> 18)

    def next_double(self):
        """genrand_res53: a double in [0, 1) with 53 random bits."""
        high = self.next_word() >> 5
        low = self.next_word() >> 6
        return (high * 67108864.0 + low) * (1.0 / 9007199254740992.0)

    def random_bits(self, k):
        """getrandbits for k > 0: 32-bit words, least significant first, the
        last one cut to the bits still wanted."""
        if k <= 32:
            return self.next_word() >> (32 - k)
        result = 0
        shift = 0
        while k > 0:
            word = self.next_word()
            if k < 32:
                word >>= 32 - k
            result |= word << shift
            shift += 32
            k -= 32
        return result


def _key_words(number):
    """A non-negative int as its 32-bit chunks, least significant first (at
    least one chunk, so that 0 seeds with [0])."""
    words = []
    while True:
        words.append(number & WORD)
        number >>= 32
        if not number:
            return words


def _urandom_key():
    """random_seed_urandom: N words from the system's random source, or, when
    there is none, random_seed_time_pid's time and process id."""
    try:
        data = os.urandom(N * 4)
    except (NotImplementedError, OSError):
        import time
        now = time.time_ns()
        return [now & WORD, (now >> 32) & WORD, os.getpid() & WORD,
                time.monotonic_ns() & WORD]
    return [int.from_bytes(data[i:i + 4], "little") for i in range(0, len(data), 4)]


def _c_int(w_value):
    """Clinic's `int` converter."""
    w_int = abstract.index(w_value)
    value = w_int.value
    decref(w_int)
    if not -(1 << 31) <= value < (1 << 31):
        raise overflow_error("Python int too large to convert to C int")
    return value


@builtin_type("_random.Random", flags=BASETYPE)
class W_Random(W_Object):
    """Random() -> create a random number generator with its own internal state."""
    __slots__ = ("generator",)

    def __init__(self, w_type):
        W_Object.__init__(self, w_type)
        self.generator = MersenneTwister()

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        """PyType_GenericNew: the arguments are tp_init's business."""
        if w_type is W_Random.w_type:
            return W_Random(w_type)
        from glass.objects.typeobject import _new_instance
        w_obj = _new_instance(w_type)
        w_obj.generator = MersenneTwister()
        return w_obj

    @slot("tp_init")
    def init(self, args_w, kwnames):
        """Counterpart: random_init: Random(), Random(seed)."""
        if kwnames and (self.ob_type is W_Random.w_type or
                        self.ob_type.tp_init is W_Random.init):
            raise type_error("Random() takes no keyword arguments")
        npos = len(args_w) - (len(kwnames) if kwnames else 0)
        if npos > 1:
            raise type_error("Random() requires 0 or 1 argument")
        self.seed_from(args_w[0] if npos == 1 else None)

    def seed_from(self, w_arg):
        """Counterpart: random_seed: None reseeds from the system; an int seeds
        with its absolute value; anything else with its hash as a size_t."""
        from glass.objects.int import W_Int
        from glass.objects.none import w_None
        if w_arg is None or w_arg is w_None:
            self.generator.init_by_array(_urandom_key())
            return
        if isinstance(w_arg, W_Int):
            # int.__abs__ even for a subclass: its own __abs__ is not asked.
            number = abs(w_arg.value)
        else:
            number = abstract.hash(w_arg) & 0xFFFFFFFFFFFFFFFF
        self.generator.init_by_array(_key_words(number))

    @method("($self, /)")
    def random(self):
        """random() -> x in the interval [0, 1)."""
        from glass.objects.float import new_float
        return new_float(self.generator.next_double())

    @method("($self, n=None, /)")
    def seed(self, w_n):
        """seed([n]) -> None.

Defaults to use urandom and falls back to a combination
of the current time and the process identifier."""
        self.seed_from(w_n)

    @method("($self, /)")
    def getstate(self):
        """getstate() -> tuple containing the current state."""
        from glass.objects.int import new_int
        from glass.objects.tuple import new_tuple_owned
        generator = self.generator
        return new_tuple_owned([new_int(word) for word in generator.state] +
                               [new_int(generator.index)])

    @method("($self, state, /)")
    def setstate(self, w_state):
        """setstate(state) -> None.  Restores generator state."""
        from glass.objects.tuple import W_Tuple
        if not isinstance(w_state, W_Tuple):
            raise type_error("state vector must be a tuple")
        items_w = w_state.items
        if len(items_w) != N + 1:
            raise value_error("state vector is the wrong size")
        words = [_unsigned_long(w_item) & WORD for w_item in items_w[:N]]
        index = _c_long(items_w[N])
        if not 0 <= index <= N:
            raise value_error("invalid state")
        self.generator.index = index
        self.generator.state = words

    @method("($self, k, /)")
    def getrandbits(self, w_k):
        """getrandbits(k) -> x.  Generates an int with k random bits."""
        from glass.objects.int import new_int
        k = _c_int(w_k)
        if k < 0:
            raise value_error("number of bits must be non-negative")
        if k == 0:
            return new_int(0)
        return new_int(self.generator.random_bits(k))


def _unsigned_long(w_value):
    """PyLong_AsUnsignedLong: ints only, no __index__."""
    from glass.objects.int import W_Int
    if not isinstance(w_value, W_Int):
        raise type_error("an integer is required")
    value = w_value.value
    if value < 0:
        raise overflow_error("can't convert negative value to unsigned int")
    if value >> 64:
        raise overflow_error("Python int too large to convert to C unsigned long")
    return value


def _c_long(w_value):
    """PyLong_AsLong: through __index__."""
    w_int = abstract.index(w_value)
    value = w_int.value
    decref(w_int)
    if not -(1 << 63) <= value < (1 << 63):
        raise overflow_error("Python int too large to convert to C long")
    return value


@builtin_module("_random")
class RandomModule:
    """Module implements the Mersenne Twister random number generator."""


def init_module(w_module):
    w_module.w_dict.setitem_str("Random", W_Random.w_type)


RandomModule.init_module = staticmethod(init_module)
