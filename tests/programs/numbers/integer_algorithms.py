# Integer algorithms: extended gcd, modular inverse, Miller-Rabin, integer sqrt, factorization, base conversion, Collatz.
def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y


def isqrt(n):
    if n < 0:
        raise ValueError("isqrt of negative number")
    x, y = n, (n + 1) // 2
    while y < x:
        x, y = y, (y + n // y) // 2
    return x


def is_probable_prime(n):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d, s = d // 2, s + 1
    for a in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


def factorize(n):
    factors, p = [], 2
    while p * p <= n:
        while n % p == 0:
            factors.append(p)
            n //= p
        p += 1 if p == 2 else 2
    if n > 1:
        factors.append(n)
    return factors


def collatz(n):
    steps = 0
    while n != 1:
        n = 3 * n + 1 if n % 2 else n // 2
        steps += 1
    return steps


print([egcd(a, b) for a, b in [(240, 46), (17, 5), (0, 7), (2 ** 64, 3 ** 40)]])
for a, m in [(3, 11), (10, 17), (7, 2 ** 61 - 1), (6, 9)]:
    g, x, _ = egcd(a, m)
    print(a, m, x % m if g == 1 else None, pow(a, -1, m) if g == 1 else "not invertible")
print([isqrt(n) for n in [0, 1, 15, 16, 17, 10 ** 20, 2 ** 127]], isqrt(10 ** 50) ** 2 == 10 ** 50)
try:
    isqrt(-1)
except ValueError as error:
    print("ValueError", error)
print([n for n in range(100) if is_probable_prime(n)])
print([is_probable_prime(n) for n in [2 ** 61 - 1, 2 ** 89 - 1, 2 ** 67 - 1, 561, 1105, 10 ** 18 + 9]])
print([factorize(n) for n in [1, 2, 360, 9973, 2 ** 16 + 1, 600851475143, 1001 * 1009]])
print(max(range(1, 3000), key=collatz), collatz(27), [collatz(n) for n in range(1, 12)])
print(sum(int(d) for d in str(2 ** 1000)), len(str(3 ** 1000)), str(7 ** 77)[:15], 2 ** 100 % 997, (10 ** 30 + 7) // 13 % 1000)
fib = [0, 1]
while len(fib) < 100:
    fib.append(fib[-1] + fib[-2])
print(fib[99], fib[99] % 1000000007, [f for f in fib[:30] if is_probable_prime(f)])
print(bin(2 ** 65 - 1).count("1"), (2 ** 65 - 1).bit_length(), (-(2 ** 65)) >> 60, (2 ** 65) >> 70, ~(2 ** 64), -(2 ** 64) // 3, -(2 ** 64) % 3)
