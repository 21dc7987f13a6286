# A bitset class over Python ints: set algebra, iteration, population count, flag parsing and formatting.
class BitSet:
    __slots__ = ("bits",)

    def __init__(self, items=()):
        self.bits = 0
        for item in items:
            self.add(item)

    def add(self, n):
        if n < 0:
            raise ValueError("negative member %d" % n)
        self.bits |= 1 << n

    def discard(self, n):
        self.bits &= ~(1 << n)

    def __contains__(self, n):
        return n >= 0 and (self.bits >> n) & 1 == 1

    def __iter__(self):
        bits, n = self.bits, 0
        while bits:
            if bits & 1:
                yield n
            bits >>= 1
            n += 1

    def __len__(self):
        return bin(self.bits).count("1")

    def _new(self, bits):
        result = BitSet()
        result.bits = bits
        return result

    def __or__(self, other):
        return self._new(self.bits | other.bits)

    def __and__(self, other):
        return self._new(self.bits & other.bits)

    def __sub__(self, other):
        return self._new(self.bits & ~other.bits)

    def __xor__(self, other):
        return self._new(self.bits ^ other.bits)

    def __eq__(self, other):
        return isinstance(other, BitSet) and self.bits == other.bits

    def __le__(self, other):
        return self.bits & ~other.bits == 0

    def __repr__(self):
        return "BitSet(%s)" % list(self)


a = BitSet([1, 3, 5, 7, 64, 100])
b = BitSet(range(0, 10, 2))
print(a, b, len(a), len(b), 64 in a, 65 in a, -1 in a, a | b, a & b, a - b, b - a, a ^ b, BitSet([1]) <= a, a <= b)
print(bin(a.bits)[:20], a.bits.bit_length(), hex((a | b).bits), sorted(set(a) | set(b)) == list(a | b))
a.discard(100)
a.discard(999)
print(a, len(a))
try:
    a.add(-3)
except ValueError as error:
    print("ValueError", error)
FLAGS = {"READ": 1, "WRITE": 2, "EXEC": 4, "HIDDEN": 8, "SYSTEM": 16}


def parse_flags(text):
    value = 0
    for name in filter(None, (part.strip().upper() for part in text.split("|"))):
        if name not in FLAGS:
            raise KeyError("unknown flag %r" % name)
        value |= FLAGS[name]
    return value


def format_flags(value):
    names = [name for name, bit in sorted(FLAGS.items(), key=lambda kv: kv[1]) if value & bit]
    rest = value & ~sum(FLAGS.values())
    if rest:
        names.append(hex(rest))
    return "|".join(names) or "0"


for text in ["read|write", "EXEC", "read | hidden | system", "", "read|bogus"]:
    try:
        value = parse_flags(text)
        print(repr(text), value, format(value, "05b"), format_flags(value))
    except KeyError as error:
        print(repr(text), "KeyError", error)
print(format_flags(0x25), format_flags(255), [format_flags(1 << i) for i in range(6)])
masks = [(1 << k) - 1 for k in range(0, 70, 10)]
print([m.bit_length() for m in masks], [bin(m).count("1") for m in masks], masks[-1] >> 60, -masks[3] & 0xFFFF, (~0) & 0xFF)
