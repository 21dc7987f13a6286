"""Tuple and list unpacking in a tight loop."""


def unpack(iterations):
    data = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
    items = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
    total = 0
    for _ in range(iterations):
        a, b, c, d, e, f, g, h, i, j = data
        k, l, m, n, o, p, q, r, s, t = items
        total += a + j + k + t
        a, b = b, a
        first, *rest = items
        total += first + len(rest) + b
    return total


print(unpack(250000))
