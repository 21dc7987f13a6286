"""N queens by permutations (generators, sets, tuples)."""


def permutations(items):
    if len(items) <= 1:
        yield tuple(items)
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for tail in permutations(rest):
            yield (items[i],) + tail


def n_queens(n):
    columns = list(range(n))
    solutions = []
    for vec in permutations(columns):
        if n == len(set(vec[i] + i for i in columns)) == len(set(vec[i] - i for i in columns)):
            solutions.append(vec)
    return solutions


found = n_queens(8)
print(len(found), found[0], found[-1])
