# An uncaught TypeError raised inside a lambda used as a sort key.
records = [("ann", 31), ("bob", None), ("cy", 25)]
print(sorted(records, key=lambda r: r[0]))
print(sorted(records, key=lambda r: -r[1]))
