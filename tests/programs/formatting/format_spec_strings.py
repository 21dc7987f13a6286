# str.format and format(): fields, conversions, nested specs, attribute/index lookups, and errors.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)

    def __str__(self):
        return "(%s, %s)" % (self.x, self.y)


p = Point(3, -4)
data = {"name": "Ada", "langs": ["en", "fr"], 0: "zero-key"}
print("{} {} {}".format(1, "two", 3.0), "{2}{1}{0}".format("a", "b", "c"), "{0}{0}".format("echo"))
print("{p.x},{p.y} {p!r} {p!s} {p!a}".format(p=p), "{0[name]} speaks {0[langs][1]}".format(data), "{d[0]}".format(d={0: "int key"}))
print("{:<8}|{:>8}|{:^8}|{:*^9}|{:08.3f}|{:+d}|{: d}".format("left", "right", "mid", "star", 3.14159, 7, 7))
print("{:{width}.{prec}f}|{:{fill}{align}{width}}".format(2.71828, "x", width=10, prec=3, fill="-", align=">"))
print("{!r:>10}|{!s:<6}|{:x}|{:#o}|{:,}|{:_b}|{:.2%}|{:e}".format("q", None, 255, 8, 10 ** 7, 37, 0.1234, 12345.678))
print("{{literal}} {{{0}}}".format("inside"), "{:}".format(5), "{0:}".format("empty spec"), format("abc", ".2"), format("abc", "^7.1"))
print("{0.real}+{0.imag}j".format(3 + 4j), "{[1]}".format("xyz"), "{0[-1]}".format({"-1": "string key"}), "{:c}".format(9731))
for template, args, kwargs in [("{}", (), {}), ("{0}{}", (1, 2), {}), ("{}{0}", (1, 2), {}), ("{name}", (), {}), ("{0.missing}", (p,), {}),
                               ("{0[5]}", ([1],), {}), ("{0[key]}", ({},), {}), ("{:d}", ("s",), {}), ("{:s}", (1,), {}), ("{!x}", (1,), {}),
                               ("{", (), {}), ("}", (), {}), ("{0!}", (1,), {}), ("{:>>}", (1,), {}), ("{:,s}", ("a",), {}), ("{0:{1}}", (1, "{"), {}),
                               ("{:=^10}", ("s",), {}), ("{:=10}", ("s",), {}), ("{:+s}", ("s",), {}), ("{:#s}", ("s",), {}), ("{:010}", ("s",), {}),
                               ("{0[}", ([],), {}), ("{0.}", (1,), {}), ("{:.{}f}", (1.0,), {}), ("{:{}{}{}{}}", (1, 1, 1, 1, 1), {}), ("{a.b.c}", (), {"a": 1})]:
    try:
        print(repr(template), "->", repr(template.format(*args, **kwargs)))
    except (IndexError, KeyError, AttributeError, ValueError, TypeError) as error:
        print(repr(template), "!!", type(error).__name__, error)
print("{a}-{b}".format_map({"a": 1, "b": 2}))


class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"


print("{known} {unknown}".format_map(Default(known="k")))
table = [("apple", 1.5, 10), ("kiwi", 0.25, 200), ("watermelon", 3.0, 2)]
print("{:<12}{:>8}{:>6}".format("item", "price", "qty"))
for name, price, qty in table:
    print("{:<12}{:>8.2f}{:>6d}".format(name, price, qty))
print("{:-^26}".format(" total "), "{:>20.2f}".format(sum(p * q for _, p, q in table)))


class Formatted:
    def __format__(self, spec):
        return "F<%s>" % spec


print("{:abc}|{0:}|{0:xyz}|{0!s:>5}".format(Formatted()) if False else "{0:abc}|{0:}|{0!r:.3}".format(Formatted()))
