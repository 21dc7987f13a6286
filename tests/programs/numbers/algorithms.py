"""Numeric algorithms: exact big-int arithmetic, floats and complex in real use."""


def pi_digits(count):
    """Gibbons' unbounded spigot: the digits of pi from exact integer arithmetic."""
    q, r, t, k, n, l = 1, 0, 1, 1, 3, 3
    digits = []
    while len(digits) < count:
        if 4 * q + r - t < n * t:
            digits.append(n)
            q, r, t, k, n, l = 10 * q, 10 * (r - n * t), t, k, (10 * (3 * q + r)) // t - 10 * n, l
        else:
            q, r, t, k, n, l = q * k, (2 * q + r) * l, t * l, k + 1, (q * (7 * k + 2) + r * l) // (t * l), l + 2
    return digits


print("".join(str(d) for d in pi_digits(120)))


def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x


print(isqrt(2 * 10 ** 100), isqrt(10 ** 50) ** 2 == 10 ** 50)


def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result


f = factorial(300)
print(len(str(f)), f % (10 ** 9 + 7), f.bit_length(), hash(f), f / factorial(298))


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


print(fib(500), fib(500) / fib(499), (fib(90) * 1.0).hex())


class Fraction:
    def __init__(self, num, den=1):
        if den < 0:
            num, den = -num, -den
        a, b = abs(num), den
        while b:
            a, b = b, a % b
        self.num, self.den = num // (a or 1), den // (a or 1)

    def __add__(self, other):
        return Fraction(self.num * other.den + other.num * self.den, self.den * other.den)

    def __mul__(self, other):
        return Fraction(self.num * other.num, self.den * other.den)

    def __truediv__(self, other):
        return Fraction(self.num * other.den, self.den * other.num)

    def __float__(self):
        return self.num / self.den

    def __repr__(self):
        return "Fraction(" + str(self.num) + ", " + str(self.den) + ")"


harmonic = Fraction(0)
for i in range(1, 60):
    harmonic = harmonic + Fraction(1, i)
print(harmonic, float(harmonic), float(Fraction(1, 3)), float(Fraction(10 ** 400, 3 * 10 ** 399)))


def newton_sqrt(x):
    guess = x / 2.0
    for _ in range(60):
        guess = (guess + x / guess) / 2.0
    return guess


print([newton_sqrt(v) for v in (2.0, 10.0, 1e10, 0.25)])
total = 0.0
for i in range(1, 20000):
    total += 1.0 / (i * i)
print(total, (total * 6) ** 0.5)


def mandelbrot(width, height, limit):
    rows = []
    for y in range(height):
        row = []
        for x in range(width):
            c = complex(-2.0 + 2.6 * x / width, -1.2 + 2.4 * y / height)
            z = 0j
            n = 0
            while abs(z) <= 2.0 and n < limit:
                z = z * z + c
                n += 1
            row.append(" .:-=+*#%@"[n % 10])
        rows.append("".join(row))
    return rows


for line in mandelbrot(60, 20, 40):
    print(line)


roots = [complex(1, 0) * (2.718281828459045 ** (2j * 3.141592653589793 * k / 7)) for k in range(7)]
print([f"{r:.3f}" for r in roots])
print(sum_ := roots[0] + roots[1] + roots[2] + roots[3] + roots[4] + roots[5] + roots[6])
print(abs(sum_) < 1e-12, roots[3] ** 7, (1 + 2j) ** 0.5, (-4) ** 0.5, (-8) ** (1 / 3))

table = []
for value in [0, 1, -1, 3.14159, -2.5e-7, 1234567.891, 2 ** 64, 1e300, float("inf"), 1 + 2j]:
    table.append(f"{value!r:>24} | {value:>14} | {value:<+12} | {value:^14.4}")
for line in table:
    print(line)
for value in [1234567, -89, 255, 0]:
    print(f"{value:,} {value:_} {value:#x} {value:#o} {value:#b} {value:010,} {value:_b} {value:+08X}")
for value in [0.5, 1234.5678, -0.000123, 1e21, 12.0, 0.0, -0.0]:
    print(f"{value:e} {value:.2E} {value:f} {value:.0f} {value:#.0f} {value:g} {value:.10g} {value:%} {value:,.2f} {value:z.1f}")
print(f"{'left':<10}|{'right':>10}|{'center':^10}|{'x':*^9}|{'truncated':.4}|{'zero':010}")
