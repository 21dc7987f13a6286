# An uncaught IndexError raised inside a nested comprehension: frames for <listcomp> appear.
matrix = [[1, 2, 3], [4, 5, 6], [7, 8]]
print([len(row) for row in matrix])
transposed = [[row[i] for row in matrix] for i in range(3)]
print(transposed)
