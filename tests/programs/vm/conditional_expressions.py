# Boolean logic: short-circuit evaluation order, and/or returning operands, chained conditionals, truthiness of many types.
def trace(label, value):
    print("  eval", label)
    return value


print(trace("a", 0) and trace("b", 1))
print(trace("a", 2) and trace("b", 0) and trace("c", 3))
print(trace("a", "") or trace("b", None) or trace("c", "last"))
print(trace("a", []) or trace("b", {}))
print(not trace("x", 5), not trace("y", 0))
print(trace("c", True) if trace("cond", 0) else trace("d", False))
values = [0, 0.0, 0j, "", b"", [], (), {}, set(), frozenset(), range(0), None, False, 1, -1, 0.1, "0", " ", [0], (None,), {0: 0}, {0}, range(1), object, ..., NotImplemented.__class__]
print([bool(v) for v in values])
print([v for v in values if v] == [v for v in values if bool(v)])
x = 5
grade = "A" if x > 8 else "B" if x > 4 else "C"
print(grade, ("even" if x % 2 == 0 else "odd"), [("fizz" * (i % 3 == 0) + "buzz" * (i % 5 == 0)) or i for i in range(1, 16)])
print(1 and 2, 1 or 2, 0 and 2, 0 or 2, None or 0, [] and {}, "a" and "b" or "c", "" and "b" or "c", (0, 0) or "x", 3 > 2 and "yes")
a, b = 3, 7
print(a < b and b - a or "no", a > b and "gt" or "le", min(a, b) if a and b else None, (a, b)[a > b])
flags = {"debug": False, "verbose": True, "quiet": None}
enabled = [name for name, on in flags.items() if on]
disabled = [name for name, on in flags.items() if not on]
print(enabled, disabled, any(flags.values()), all(flags.values()), all([]), any([]))


class Weird:
    def __bool__(self):
        print("  __bool__ called")
        return True


w = Weird()
print("and result type:", type(w and 1).__name__)
print("or result type:", type(w or 1).__name__)
if w:
    print("truthy branch")
while not w:
    break
print(w is not None and w is not False)
result = []
for v in [None, 0, "", "x", 5]:
    result.append(v or "default")
print(result)
print([x for x in range(10) if x % 2 if x % 3], [(x, y) for x in (True, False) for y in (True, False) if x != y])
