print("hello", 1 + 2)
x = [1, 2, 3]
x.append(4)
print(x, len(x))
def f(a, b=2):
    return a * b
print(f(3), f(3, b=5))
class C:
    def __init__(self, v):
        self.v = v
    def double(self):
        return self.v * 2
c = C(21)
print(c.double(), c.v)
for i in range(3):
    print(i, end=" ")
print()
d = {"a": 1, "b": 2}
print(d, d["a"])
try:
    1 // 0
except ZeroDivisionError as e:
    print("caught", e)
