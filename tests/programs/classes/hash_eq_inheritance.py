# __hash__/__eq__ interplay through inheritance; frozen-style value objects; dict/set behaviour with custom keys.
class Base:
    def __init__(self, v):
        self.v = v


class WithEq(Base):
    def __eq__(self, other):
        return isinstance(other, WithEq) and self.v == other.v


class WithEqAndHash(WithEq):
    def __hash__(self):
        return hash(self.v)


class InheritsEqHash(WithEqAndHash):
    pass


class ResetsHash(WithEqAndHash):
    __hash__ = None


class OverridesEqOnly(WithEqAndHash):
    def __eq__(self, other):
        return super().__eq__(other)


for cls in [Base, WithEq, WithEqAndHash, InheritsEqHash, ResetsHash, OverridesEqOnly]:
    obj = cls(1)
    try:
        hashed = hash(obj) == hash(1)
        result = "hashable (matches int: %s)" % hashed
    except TypeError as error:
        result = "TypeError " + str(error)
    print(cls.__name__.ljust(16), result, "__hash__ in dict:", "__hash__" in cls.__dict__, type(cls.__dict__.get("__hash__", "-")).__name__)


class Money:
    __slots__ = ("amount", "currency")

    def __init__(self, amount, currency):
        object.__setattr__(self, "amount", amount)
        object.__setattr__(self, "currency", currency)

    def __setattr__(self, name, value):
        raise AttributeError("Money is immutable")

    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return (self.amount, self.currency) == (other.amount, other.currency)

    def __hash__(self):
        return hash((self.amount, self.currency))

    def __repr__(self):
        return "Money(%r, %r)" % (self.amount, self.currency)


m = Money(5, "EUR")
try:
    m.amount = 6
except AttributeError as error:
    print("AttributeError", error)
wallet = {Money(5, "EUR"): "five euro", Money(5, "USD"): "five dollar"}
print(wallet[m], Money(5, "EUR") in wallet, Money(6, "EUR") in wallet, len({Money(1, "X"), Money(1, "X"), Money(2, "X")}))
print(m == Money(5, "EUR"), m != Money(5, "EUR"), m == 5, m != 5, m == "Money")


class Mutable:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        return self.v == other.v


key = Mutable(1)
table = {key: "stored"}
key.v = 2
print(key in table, Mutable(1) in table, Mutable(2) in table, len(table), list(table.values()))


class AlwaysEqual:
    def __eq__(self, other):
        return True

    def __hash__(self):
        return 0


print(list({AlwaysEqual(): 1, AlwaysEqual(): 2}.values()), AlwaysEqual() in [1, 2], [1, AlwaysEqual()].index(AlwaysEqual()), (5, AlwaysEqual()).count(3))


class IntChild(int):
    def __eq__(self, other):
        return "custom eq"


print(IntChild(3) == 3, 3 == IntChild(3), hash(IntChild(3)) if IntChild.__hash__ is not None else "unhashable", IntChild.__hash__)


class StrKey(str):
    def __hash__(self):
        return 1


d = {StrKey("a"): 1, "a": 2}
print(len(d), d)
print(hash(frozenset([Money(1, "A")])) == hash(frozenset([Money(1, "A")])), {(Money(1, "A"), 2): "tuple key"}[(Money(1, "A"), 2)])
