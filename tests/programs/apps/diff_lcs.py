# Line diff by longest common subsequence: LCS table, edit script, unified-style output and edit distance.
def lcs_table(a, b):
    table = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            table[i][j] = table[i + 1][j + 1] + 1 if a[i] == b[j] else max(table[i + 1][j], table[i][j + 1])
    return table


def diff(a, b):
    table = lcs_table(a, b)
    i = j = 0
    ops = []
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            ops.append((" ", a[i]))
            i += 1
            j += 1
        elif table[i + 1][j] >= table[i][j + 1]:
            ops.append(("-", a[i]))
            i += 1
        else:
            ops.append(("+", b[j]))
            j += 1
    ops.extend(("-", x) for x in a[i:])
    ops.extend(("+", x) for x in b[j:])
    return ops


def edit_distance(a, b):
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


old = """def greet(name):
    print("Hello", name)
    return None

greet("world")""".splitlines()
new = """def greet(name, punctuation="!"):
    print("Hello", name + punctuation)

greet("world")
greet("glass")""".splitlines()
for op, line in diff(old, new):
    print(op, line)
ops = diff(old, new)
print("added", sum(1 for o, _ in ops if o == "+"), "removed", sum(1 for o, _ in ops if o == "-"), "kept", sum(1 for o, _ in ops if o == " "))
print(diff(list("kitten"), list("sitting")))
for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("same", "same"), ("intention", "execution"), ("glass", "class")]:
    table = lcs_table(a, b)
    print(a, b, "distance", edit_distance(a, b), "lcs", table[0][0])
