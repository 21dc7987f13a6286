# An uncaught AssertionError with a message, after several passing assertions.
def checked_mean(values):
    assert values, "values must not be empty"
    assert all(isinstance(v, (int, float)) for v in values), "values must be numbers"
    return sum(values) / len(values)


print(checked_mean([1, 2, 3]))
try:
    checked_mean([])
except AssertionError as error:
    print("AssertionError", error)
try:
    checked_mean([1, "2"])
except AssertionError as error:
    print("AssertionError", error.args)
x = 10
assert x > 5
assert x == 10, "x should be 10"
assert isinstance(x, int) and x % 2 == 0, f"bad x: {x!r}"
print("all assertions passed")
assert x < 0, "x must be negative, got %d" % x
