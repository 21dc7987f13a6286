# Carets under a failing binary operation inside a larger expression.
def compute(values, scale):
    print("computing", values, scale)
    partial = sum(values) * 2
    return partial + values[0] / scale - len(values)


print(compute([1, 2, 3], 4))
print(compute([5], 1))
print(compute([7, 8], 0))
