# When containers release their items: a list from the end, a dict entry by
# entry (key, then value), a set in table order, a slice assignment after
# the list is whole again, and a sort that drops what was added meanwhile.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name

    def __hash__(self):
        return hash(self.name)

    def __eq__(self, other):
        return self is other

    def __del__(self):
        print("del", self.name)


items = [Noisy("l%d" % i) for i in range(4)]
print("del list")
del items

d = {Noisy("k%d" % i): Noisy("v%d" % i) for i in range(3)}
print("clear dict")
d.clear()

s = {Noisy(c) for c in "abcdefg"}
print("set order", s)
del s

lst = [Noisy("x%d" % i) for i in range(5)]
print("slice assign")
lst[1:4] = [Noisy("new")]
print("after", lst)
print("extended delete")
del lst[::2]
print("after", lst)
lst.clear()

victims = [3, 1, 2]


def key(v):
    victims.append(Noisy("added%d" % v))
    return v


try:
    victims.sort(key=key)
except ValueError as e:
    print("ValueError", e)
print(victims)

pop = {Noisy("pk"): Noisy("pv")}
k, v = pop.popitem()
print("popped", k, v)
del k, v
print("end")
