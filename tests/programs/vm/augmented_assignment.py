# Augmented assignment on names, attributes, subscripts and slices: evaluation order and which dunders run.
class Logger:
    def __init__(self, name, value):
        self.name = name
        self.value = value

    def __getitem__(self, key):
        print("getitem", self.name, key)
        return self.value[key]

    def __setitem__(self, key, value):
        print("setitem", self.name, key, value)
        self.value[key] = value

    def __getattr__(self, attr):
        print("getattr fallback", attr)
        raise AttributeError(attr)


def key(label, value):
    print("evaluate", label)
    return value


box = Logger("box", [10, 20, 30])
box[key("index", 1)] += key("increment", 5)
print(box.value)
box[key("slice", slice(0, 2))] += [99]
print(box.value)


class Attr:
    def __init__(self):
        self.__dict__["x"] = 1

    def __setattr__(self, name, value):
        print("setattr", name, value)
        self.__dict__[name] = value


a = Attr()
a.x += 41
a.x *= 2
a.x //= 5
a.x **= 2
a.x %= 7
a.x <<= 3
a.x >>= 1
a.x |= 1
a.x &= 0xF
a.x ^= 0b101
a.x -= 100
print(a.x)
n = 7
n /= 2
print(n, type(n).__name__)
n = 7
n //= 2
print(n)
s = "ab"
s *= 3
s += "!"
print(s)
t = (1,)
t += (2,)
t *= 2
print(t)
l = [1]
alias = l
l += (2, 3)
l *= 2
print(l, alias is l)
st = {1, 2}
st |= {3}
st &= {2, 3, 4}
st -= {9}
st ^= {5}
print(sorted(st))
d = {"a": 1}
d |= {"b": 2}
print(d)
m = [[0, 0], [0, 0]]
m[0][1] += 5
m[-1][-1] -= 2
print(m)
counts = {}
for ch in "hello":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
for bad in ["x = 1\nx += 'a'", "t = (1,)\nt[0] += 1", "s = 'a'\ns -= 'a'", "y += 1", "d = {}\nd['missing'] += 1", "f = frozenset()\nf |= {1}\nprint(type(f).__name__)",
            "b = b'a'\nb += bytearray(b'b')\nprint(type(b).__name__, b)", "n = None\nn += 1", "l = []\nl += 5", "l = []\nl += 'ab'\nprint(l)"]:
    try:
        exec(bad, {})
    except Exception as error:
        print(repr(bad), type(error).__name__, error)
