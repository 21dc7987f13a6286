# Big integers: arithmetic, the 4300-digit str/int conversion limit, sys.set_int_max_str_digits, bit operations.
import sys
big = 3 ** 2000
print(len(str(big)), str(big)[:20], str(big)[-20:], big.bit_length(), big % 1000007, -big // 7 % 13)
print(hex(2 ** 200)[:12], (2 ** 200).bit_count() if hasattr(int, "bit_count") else 1, (2 ** 521 - 1) % 2 ** 61, pow(3, 10 ** 5, 10 ** 9 + 7))
print(sys.int_info.str_digits_check_threshold, sys.int_info.default_max_str_digits, sys.get_int_max_str_digits())
huge = 10 ** 5000
try:
    str(huge)
except ValueError as error:
    print("ValueError", error)
try:
    int("9" * 4301)
except ValueError as error:
    print("ValueError", error)
try:
    repr(-huge)
except ValueError as error:
    print("ValueError", error)
try:
    print(huge)
except ValueError as error:
    print("ValueError", error)
try:
    f"{huge}"
except ValueError as error:
    print("ValueError", error)
try:
    "%d" % huge
except ValueError as error:
    print("ValueError", error)
print(len(hex(huge)), len(bin(huge)), huge.bit_length(), len(format(huge, "x")))
print(len(str(10 ** 4299)), int("8" * 4300) % 97)
sys.set_int_max_str_digits(6000)
print(len(str(huge)), sys.get_int_max_str_digits())
sys.set_int_max_str_digits(0)
print(len(str(10 ** 20000)))
for bad in [5, -1, "x"]:
    try:
        sys.set_int_max_str_digits(bad)
    except (ValueError, TypeError) as error:
        print(type(error).__name__, error)
sys.set_int_max_str_digits(4300)
a = 2 ** 100 + 12345
b = 2 ** 64 - 1
print(a + b, a - b, a * b, a // b, a % b, divmod(a, -b), -a // b, a ** 2 // b ** 3, a & b, a | b, a ^ b, ~a, a >> 50, a << 10, -a >> 3)
print(a == a + 0, a > b, -a < -b, hash(a) == hash(a % (2 ** 61 - 1)), a / b, float(a), int(float(a)) == a, round(a, -10), abs(-a))
print((2 ** 64).to_bytes(9, "big"), int.from_bytes(b"\xff" * 12, "little"), (-(2 ** 70)).to_bytes(10, "big", signed=True).hex())
for expression in ["2 ** 10000 * 1.0", "float(10 ** 400)", "10 ** 400 / 3", "(10 ** 400) // 3 % 10", "1e308 * 10 ** 10", "int('1' * 100, 2) % 1000", "1 << 10 ** 9 if False else 1 << 100", "(-7) ** 3", "7 ** -2", "0 ** 0", "math_free_isqrt(10 ** 40)"]:
    try:
        print(expression, "=", eval(expression, {"math_free_isqrt": lambda n: int(n ** 0.5)}))
    except (OverflowError, ValueError) as error:
        print(expression, "!", type(error).__name__, error)
