# N-Queens by backtracking with generators, counting solutions per board size and drawing the first few.
def queens(n):
    cols, diag1, diag2, placement = set(), set(), set(), []

    def place(row):
        if row == n:
            yield tuple(placement)
            return
        for col in range(n):
            if col in cols or row + col in diag1 or row - col in diag2:
                continue
            cols.add(col)
            diag1.add(row + col)
            diag2.add(row - col)
            placement.append(col)
            yield from place(row + 1)
            placement.pop()
            cols.discard(col)
            diag1.discard(row + col)
            diag2.discard(row - col)

    return place(0)


def draw(solution):
    n = len(solution)
    return "\n".join("".join("Q" if solution[r] == c else "." for c in range(n)) for r in range(n))


for n in range(1, 9):
    solutions = list(queens(n))
    print(n, len(solutions), solutions[:2])
first = next(queens(8))
print(draw(first))


def symmetric_classes(solutions):
    def transforms(s):
        n = len(s)
        boards = []
        cur = s
        for _ in range(4):
            cur = tuple(n - 1 - cur.index(r) for r in range(n)) if False else tuple(sorted(range(n), key=lambda r: cur[r]))
            boards.append(cur)
            boards.append(tuple(n - 1 - c for c in cur))
        return boards

    seen, classes = set(), 0
    for s in solutions:
        if s in seen:
            continue
        classes += 1
        seen.add(s)
        seen.update(transforms(s))
    return classes


print("classes of 6:", symmetric_classes(list(queens(6))), "of 8:", symmetric_classes(list(queens(8))))
gen = queens(10)
print(next(gen), next(gen), sum(1 for _ in gen) + 2)
