# Recursive algorithms: permutations, subsets, Ackermann (small), Hanoi, flood fill, memoized partitions.
def permutations(items):
    if len(items) <= 1:
        return [items[:]]
    result = []
    for i, item in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            result.append([item] + rest)
    return result


print(len(permutations(list("abcd"))), permutations([1, 2, 3]))


def subsets(items):
    if not items:
        return [[]]
    without = subsets(items[1:])
    return without + [[items[0]] + s for s in without]


print(sorted(subsets([1, 2, 3]), key=lambda s: (len(s), s)))


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


print([ackermann(m, n) for m in range(3) for n in range(3)], ackermann(2, 3))


def hanoi(n, source, target, spare, moves):
    if n:
        hanoi(n - 1, source, spare, target, moves)
        moves.append((source, target))
        hanoi(n - 1, spare, target, source, moves)
    return moves


moves = hanoi(5, "A", "C", "B", [])
print(len(moves), moves[:5])
grid = [list(row) for row in [
    "#########",
    "#...#...#",
    "#.#.#.#.#",
    "#.#...#.#",
    "#########",
]]


def flood(r, c, mark):
    if grid[r][c] != ".":
        return 0
    grid[r][c] = mark
    return 1 + sum(flood(r + dr, c + dc, mark) for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)))


print(flood(1, 1, "o"))
print("\n".join("".join(row) for row in grid))
memo = {}


def partitions(n, largest):
    if n == 0:
        return 1
    if n < 0 or largest == 0:
        return 0
    key = (n, largest)
    if key not in memo:
        memo[key] = partitions(n - largest, largest) + partitions(n, largest - 1)
    return memo[key]


print([partitions(n, n) for n in range(15)], partitions(100, 100), len(memo))


def flatten(value):
    if isinstance(value, (list, tuple)):
        for item in value:
            yield from flatten(item)
    else:
        yield value


print(list(flatten([1, [2, (3, [4, [5]])], [], [[6]]])))


def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)


print(gcd(1071, 462), gcd(2 ** 100, 6 ** 50), gcd(0, 5))


def power_set_sum(items, target, chosen=()):
    if target == 0:
        yield chosen
        return
    if not items or target < 0:
        return
    yield from power_set_sum(items[1:], target - items[0], chosen + (items[0],))
    yield from power_set_sum(items[1:], target, chosen)


print(list(power_set_sum([3, 34, 4, 12, 5, 2], 9)))
