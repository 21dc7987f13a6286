# Exact linear algebra with a hand-written Fraction class: Gaussian elimination, determinant, inverse, rank.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


class Fraction:
    __slots__ = ("n", "d")

    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("Fraction(%d, 0)" % n)
        if d < 0:
            n, d = -n, -d
        g = gcd(n, d) or 1
        self.n, self.d = n // g, d // g

    @staticmethod
    def of(value):
        return value if isinstance(value, Fraction) else Fraction(value)

    def __add__(self, o):
        o = Fraction.of(o)
        return Fraction(self.n * o.d + o.n * self.d, self.d * o.d)

    __radd__ = __add__

    def __sub__(self, o):
        o = Fraction.of(o)
        return Fraction(self.n * o.d - o.n * self.d, self.d * o.d)

    def __rsub__(self, o):
        return Fraction.of(o) - self

    def __mul__(self, o):
        o = Fraction.of(o)
        return Fraction(self.n * o.n, self.d * o.d)

    __rmul__ = __mul__

    def __truediv__(self, o):
        o = Fraction.of(o)
        return Fraction(self.n * o.d, self.d * o.n)

    def __neg__(self):
        return Fraction(-self.n, self.d)

    def __eq__(self, o):
        o = Fraction.of(o)
        return self.n == o.n and self.d == o.d

    def __hash__(self):
        return hash((self.n, self.d))

    def __bool__(self):
        return self.n != 0

    def __repr__(self):
        return str(self.n) if self.d == 1 else "%d/%d" % (self.n, self.d)


def matrix(rows):
    return [[Fraction.of(x) for x in row] for row in rows]


def show(m):
    width = max(len(repr(x)) for row in m for x in row)
    return "\n".join("  [" + " ".join(repr(x).rjust(width) for x in row) + "]" for row in m)


def determinant(m):
    m = [row[:] for row in m]
    n, det = len(m), Fraction(1)
    for col in range(n):
        pivot = next((r for r in range(col, n) if m[r][col]), None)
        if pivot is None:
            return Fraction(0)
        if pivot != col:
            m[col], m[pivot] = m[pivot], m[col]
            det = -det
        det = det * m[col][col]
        for r in range(col + 1, n):
            factor = m[r][col] / m[col][col]
            m[r] = [a - factor * b for a, b in zip(m[r], m[col])]
    return det


def inverse(m):
    n = len(m)
    aug = [row[:] + [Fraction(int(i == j)) for j in range(n)] for i, row in enumerate(m)]
    for col in range(n):
        pivot = next((r for r in range(col, n) if aug[r][col]), None)
        if pivot is None:
            raise ValueError("matrix is singular")
        aug[col], aug[pivot] = aug[pivot], aug[col]
        scale = aug[col][col]
        aug[col] = [x / scale for x in aug[col]]
        for r in range(n):
            if r != col and aug[r][col]:
                factor = aug[r][col]
                aug[r] = [a - factor * b for a, b in zip(aug[r], aug[col])]
    return [row[n:] for row in aug]


def multiply(a, b):
    return [[sum((x * y for x, y in zip(row, col)), Fraction(0)) for col in zip(*b)] for row in a]


def rank(m):
    m = [row[:] for row in m]
    rank_value, rows, cols = 0, len(m), len(m[0])
    for col in range(cols):
        pivot = next((r for r in range(rank_value, rows) if m[r][col]), None)
        if pivot is None:
            continue
        m[rank_value], m[pivot] = m[pivot], m[rank_value]
        for r in range(rows):
            if r != rank_value and m[r][col]:
                factor = m[r][col] / m[rank_value][col]
                m[r] = [a - factor * b for a, b in zip(m[r], m[rank_value])]
        rank_value += 1
    return rank_value


a = matrix([[2, 1, 1], [1, 3, 2], [1, 0, 0]])
print("A =\n" + show(a))
print("det", determinant(a))
inv = inverse(a)
print("inverse =\n" + show(inv))
print("A * inv =\n" + show(multiply(a, inv)))
hilbert = [[Fraction(1, i + j + 1) for j in range(4)] for i in range(4)]
print("hilbert det", determinant(hilbert))
print("hilbert inverse =\n" + show(inverse(hilbert)))
singular = matrix([[1, 2, 3], [2, 4, 6], [1, 1, 1]])
print("singular det", determinant(singular), "rank", rank(singular), "rank A", rank(a))
try:
    inverse(singular)
except ValueError as error:
    print("ValueError", error)
try:
    Fraction(1, 0)
except ZeroDivisionError as error:
    print("ZeroDivisionError", error)
print(Fraction(6, -4), Fraction(3) + 1, 1 - Fraction(1, 3), Fraction(2, 3) * 3, Fraction(1, 2) == Fraction(2, 4), len({Fraction(1, 2), Fraction(3, 6)}))
