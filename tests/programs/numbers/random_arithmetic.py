"""Random int, float and complex arithmetic (a fixed LCG), every result and error printed."""
seed = 12345
def rnd():
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return seed
def rint():
    k = rnd() % 5
    if k == 0: return rnd() % 200 - 100
    if k == 1: return rnd() - 2**63
    if k == 2: return (rnd() << 64 | rnd()) * (1 if rnd() % 2 else -1)
    if k == 3: return (rnd() % 2**60) << (rnd() % 1100)
    return 1 << (rnd() % 70)
def rfloat():
    k = rnd() % 4
    if k == 0: return (rnd() % 100000 - 50000) / 7.0
    if k == 1: return [0.0, -0.0, float('inf'), -float('inf'), float('nan'), 1e308, 5e-324, 0.5, -2.5][rnd() % 9]
    if k == 2: return ((rnd() % 2**53) / 2**53) * 10.0 ** (rnd() % 600 - 300)
    return float(rnd() % 2**40 - 2**39)
def show(f):
    try:
        r = f()
    except Exception as e:
        return type(e).__name__ + ":" + str(e)
    return repr(r)
out = []
for i in range(150):
    a, b = rint(), rint()
    out.append(show(lambda: a / b))
    out.append(show(lambda: a // b))
    out.append(show(lambda: a % b))
    out.append(show(lambda: a.__divmod__(b)))
    out.append(show(lambda: (a & b, a | b, a ^ b, ~a, -a, abs(a))))
    out.append(show(lambda: (a < b, a == b, a >= b, hash(a))))
    out.append(show(lambda: a >> (b % 200)))
    out.append(show(lambda: (a % 1000) << (b % 100)))
    out.append(show(lambda: a.__pow__(b % 50, (b % 1000) or 7)))
    out.append(show(lambda: (a % 100) ** (b % 20 - 10)))
    out.append(show(lambda: float(a)))
    out.append(show(lambda: (a.bit_length(), a.bit_count(), a.__round__(-(b % 30)))))
for i in range(150):
    x, y = rfloat(), rfloat()
    n = rint()
    out.append(show(lambda: (x + y, x - y, x * y)))
    out.append(show(lambda: x / y))
    out.append(show(lambda: x // y))
    out.append(show(lambda: x % y))
    out.append(show(lambda: x.__divmod__(y)))
    out.append(show(lambda: x ** y))
    out.append(show(lambda: (x < n, x == n, x > n, n <= x, x != n)))
    out.append(show(lambda: (x < y, x == y, x >= y)))
    out.append(show(lambda: x + n))
    out.append(show(lambda: n / (y or 1.0)))
    out.append(show(lambda: hash(x) if x == x else 'nan'))
    out.append(show(lambda: (x.__round__(), x.__trunc__(), x.__floor__(), x.__ceil__())))
    out.append(show(lambda: (x.__round__(rnd() % 30 - 15), x.hex(), x.as_integer_ratio(), x.is_integer())))
    out.append(show(lambda: float.fromhex(x.hex()) == x))
    c, d = complex(x, y), complex(rfloat(), rfloat())
    out.append(show(lambda: (c + d, c - d, c * d)))
    out.append(show(lambda: c / d))
    out.append(show(lambda: c ** d))
    out.append(show(lambda: c ** (rnd() % 10 - 5)))
    out.append(show(lambda: (abs(c), c == d, c.conjugate(), -c, hash(c) if c == c else 'nan')))
    out.append(show(lambda: (c == x, c == n, c + n, n * c)))
    out.append(show(lambda: complex(repr(c)) == c or c != c))
    out.append(show(lambda: (str(c), repr(x), str(x))))
for line in out:
    print(line)
