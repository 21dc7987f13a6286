# set and frozenset methods, operators, hashing and errors (printed sorted for determinism).
def show(value):
    if isinstance(value, (set, frozenset)):
        return type(value).__name__ + str(sorted(value))
    return repr(value)


a = {1, 2, 3, 4}
b = frozenset({3, 4, 5})
for expression in ["a | b", "a & b", "a - b", "a ^ b", "b | a", "b - a", "a.union([9], (10,))", "a.intersection(range(3), [2])",
                   "a.difference([1], [2])", "a.symmetric_difference([4, 7])", "a <= {1, 2, 3, 4, 5}", "a < a", "a >= {1}",
                   "a.issubset(range(10))", "a.issuperset([1, 2])", "a.isdisjoint([8])", "b.copy() is b", "a.copy() is a",
                   "a == frozenset(a)", "frozenset() == set()", "set('hello')", "frozenset(range(3))", "{1} | {1.0}", "{1.0} | {1}",
                   "len(a)", "3 in a", "[] in a", "frozenset([1, 2]) in {frozenset([2, 1])}", "{frozenset(): 1}[frozenset()]",
                   "set([1, 2]) == [1, 2]", "a | [1]", "a < [1]", "a.union(5)", "set(5)", "{[]}", "{set()}", "a.add([])",
                   "set().pop()", "a.remove(99)", "hash(frozenset([1, 2])) == hash(frozenset([2, 1]))", "hash(set())",
                   "type(a | b).__name__", "type(b | a).__name__", "type(b.union(a)).__name__", "{1, 2} - {2, 3} | {9}"]:
    try:
        print(expression, "->", show(eval(expression)))
    except Exception as error:
        print(expression, "!!", type(error).__name__ + ":", error)
s = set()
s.add(3)
s.update([1, 2], (5,))
s.discard(99)
s.discard(2)
s.remove(5)
print(show(s), s.pop() in (1, 3), len(s))
s = set(range(10))
s -= {0, 1}
s &= set(range(8))
s |= {100}
s ^= {100, 200}
s.intersection_update([2, 3, 4, 200])
s.difference_update([3])
s.symmetric_difference_update([4, 5])
print(show(s))
s.clear()
print(show(s), repr(set()), repr(frozenset()), repr({1}), repr(frozenset({2})))
try:
    for x in s | {1, 2}:
        s.add(x)
    t = {1, 2}
    for x in t:
        t.add(x + 10)
except RuntimeError as error:
    print("RuntimeError:", error)


class Named:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        return hash(self.name.lower())

    def __eq__(self, other):
        return isinstance(other, Named) and self.name.lower() == other.name.lower()

    def __repr__(self):
        return "Named(%r)" % self.name


names = {Named("Ann"), Named("ann"), Named("BOB")}
print(len(names), Named("ANN") in names, sorted(n.name.lower() for n in names))


class FrozenChild(frozenset):
    pass


fc = FrozenChild([1, 2])
print(type(fc).__name__, type(fc | {3}).__name__, type(fc.copy()).__name__, fc == {1, 2}, repr(FrozenChild()), sorted(fc))


class SetChild(set):
    def __repr__(self):
        return "SetChild" + str(sorted(self))


sc = SetChild([3, 1])
print(sc, type(sc - {1}).__name__, sc <= {1, 3, 4})
print({(1, 2), (1, 2)}, {None}, {True, 1, 1.0}, {0, False, -0.0})
