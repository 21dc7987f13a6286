# Number conversions written by hand: roman numerals, arbitrary bases, English words, with validation errors.
ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def to_roman(n):
    if not isinstance(n, int) or isinstance(n, bool):
        raise TypeError("expected int, got %s" % type(n).__name__)
    if not 0 < n < 4000:
        raise ValueError("%d out of range 1..3999" % n)
    out = []
    for value, letters in ROMAN:
        count, n = divmod(n, value)
        out.append(letters * count)
    return "".join(out)


def from_roman(text):
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for i, ch in enumerate(text):
        if ch not in values:
            raise ValueError("invalid roman digit %r" % ch)
        value = values[ch]
        if i + 1 < len(text) and values.get(text[i + 1], 0) > value:
            total -= value
        else:
            total += value
    if to_roman(total) != text:
        raise ValueError("non-canonical numeral %r (means %d)" % (text, total))
    return total


def to_base(n, base):
    if not 2 <= base <= 36:
        raise ValueError("base must be in 2..36")
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(digits[r])
    return sign + "".join(reversed(out))


ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def words(n):
    if n < 0:
        return "minus " + words(-n)
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else "-" + ONES[n % 10])
    if n < 1000:
        return ONES[n // 100] + " hundred" + ("" if n % 100 == 0 else " and " + words(n % 100))
    for scale, name in ((10 ** 9, "billion"), (10 ** 6, "million"), (1000, "thousand")):
        if n >= scale:
            head, rest = divmod(n, scale)
            return words(head) + " " + name + ("" if rest == 0 else (", " if rest >= 100 else " and ") + words(rest))


for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
    r = to_roman(n)
    print(n, r, from_roman(r), to_base(n, 2), to_base(n, 16), to_base(n, 36), int(to_base(n, 7), 7) == n)
for bad in [0, 4000, -5, 2.5, True, "x"]:
    try:
        to_roman(bad)
    except (ValueError, TypeError) as error:
        print(repr(bad), type(error).__name__, error)
for text in ["MCMXCIV", "IIII", "IC", "ABC", "", "MMXXIV", "VX"]:
    try:
        print(repr(text), from_roman(text))
    except ValueError as error:
        print(repr(text), "ValueError", error)
for n in [0, 7, 13, 20, 42, 100, 101, 999, 1000, 1001, 12345, 1000000, 987654321, -15, 2 ** 31]:
    print(n, "=", words(n))
print(to_base(-255, 16), to_base(2 ** 64, 36), to_base(0, 2))
try:
    to_base(10, 1)
except ValueError as error:
    print("ValueError", error)
