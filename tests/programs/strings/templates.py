"""Templates: str.format with fields, attributes, indexes and nested specs; %-formatting."""

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __format__(self, spec):
        if spec == "polar":
            return "r=%.2f" % ((self.x ** 2 + self.y ** 2) ** 0.5)
        return "({0.x}, {0.y})".format(self)

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)

p = Point(3, 4)
people = [{"name": "Ada", "langs": ["analytical engine"]},
          {"name": "Grace", "langs": ["COBOL", "FLOW-MATIC"]}]
print("{0} {0:polar} {0!r} {0.x}/{0.y}".format(p))
for person in people:
    print("{name:>8}: {langs[0]!s:^20}| {n} language(s)".format(n=len(person["langs"]), **person))
width, prec = 12, 3
for value in (3.14159, 2.71828, 1.41421):
    print("[{:{w}.{p}f}] [{:<{w}}] [{:^{w}e}]".format(value, value, value, w=width, p=prec))
print("{:*^30}".format(" report "))
rows = [("widgets", 4, 3.5), ("gadgets", 12, 0.25), ("doohickeys", 100, 12.0)]
total = 0
for name, qty, price in rows:
    total += qty * price
    print("%-12s %4d x %6.2f = %8.2f" % (name, qty, price, qty * price))
print("%-12s %22.2f" % ("total", total))
print("%(a)s %(b)r %(a)s" % {"a": "x", "b": "y"}, "%c%c%c" % (71, 108, 97), "%5.1f%%" % 99.5)
print("{{literal}} {}".format("braces"), "{0}{1}{0}".format("ab", "-"), "{:>{}}".format("r", 4))
print("{!a} {!r} {!s}".format("café", "café", "café"), "%a %r %s" % ("café", "café", "café"))
print("{0:{1}{2}{3}}".format(42, "0", ">", 6), "{x[1]:{x[0]}}".format(x=[6, "ab"]))
print("{}".format(p), "%s" % p, str(p), repr([p]))
try:
    print("{0} {2}".format("only", "two"))
except IndexError as err:
    print("IndexError:", err)
try:
    print("{} {0}".format(1))
except ValueError as err:
    print("ValueError:", err)
print("%s items cost %d" % ("no",))
