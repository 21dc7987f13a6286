# Conway's Game of Life on a small torus, with pattern detection and population history.
def parse(picture):
    cells = set()
    for r, row in enumerate(picture.strip().splitlines()):
        for c, ch in enumerate(row):
            if ch == "#":
                cells.add((r, c))
    return cells


def step(cells, rows, cols):
    counts = {}
    for r, c in cells:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    key = ((r + dr) % rows, (c + dc) % cols)
                    counts[key] = counts.get(key, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in cells)}


def render(cells, rows, cols):
    return "\n".join("".join("#" if (r, c) in cells else "." for c in range(cols)) for r in range(rows))


def run(name, picture, rows, cols, generations):
    cells = parse(picture)
    seen = {frozenset(cells): 0}
    history = [len(cells)]
    print("==", name)
    print(render(cells, rows, cols))
    for gen in range(1, generations + 1):
        cells = step(cells, rows, cols)
        history.append(len(cells))
        key = frozenset(cells)
        if key in seen:
            print("cycle: generation %d repeats generation %d (period %d)" % (gen, seen[key], gen - seen[key]))
            break
        seen[key] = gen
    print(render(cells, rows, cols))
    print("population", history)


run("blinker", """
.....
..#..
..#..
..#..
.....
""", 5, 5, 10)
run("glider", """
.#......
..#.....
###.....
........
........
........
""", 6, 8, 30)
run("block", """
....
.##.
.##.
....
""", 4, 4, 5)
run("r-pentomino", """
..........
....##....
...##.....
....#.....
..........
..........
""", 6, 10, 12)
