# Key functions with min/max/sorted: ties, errors raised by keys, default handling, key=None and mixed types via key.
people = [("ann", 31, 5.5), ("bob", 25, 6.1), ("cy", 31, 5.9), ("dee", 25, 5.5), ("eve", 40, 5.2)]
print(min(people, key=lambda p: p[1]), max(people, key=lambda p: p[1]), min(people, key=lambda p: (p[1], -p[2])), max(people, key=lambda p: p[2]))
print(sorted(people, key=lambda p: p[1]), sorted(people, key=lambda p: p[2], reverse=True)[:2])
print(min([3, 1, 2], key=None), max("hello", key=None), sorted([3, 1, 2], key=None), min([], key=len, default="empty"))
print(sorted([1, "2", 3.5, "10"], key=float), sorted(["b", "A", "c", "B"], key=str.lower), max([[1, 2], [3], []], key=len), min({"a": 3, "b": 1}, key={"a": 3, "b": 1}.get))


def failing_key(value):
    if value == "bad":
        raise ValueError("key rejected " + value)
    return value


for action in [lambda: min(["a", "bad"], key=failing_key), lambda: sorted(["x", "bad"], key=failing_key), lambda: max([1, 2], key=5),
               lambda: min([1, "a"]), lambda: max([1, 2], key=lambda v: "s" if v == 1 else 2), lambda: min(key=len), lambda: max(1, 2, default=3),
               lambda: sorted([1, 2], key=lambda: 1), lambda: min([1], [2], key=len), lambda: max([], key=len)]:
    try:
        print(repr(action()))
    except (ValueError, TypeError) as error:
        print(type(error).__name__, error)
calls = []


def counted(value):
    calls.append(value)
    return -value


print(sorted([3, 1, 2], key=counted), calls)
calls.clear()
print(min(range(5), key=counted), max(range(5), key=counted), len(calls))
ties = ["bb", "aa", "cc", "a", "b"]
print(min(ties, key=len), max(ties, key=len), sorted(ties, key=len), sorted(ties, key=len, reverse=True))
