# An event-sourced inventory: commands validated into events, state rebuilt by replay, snapshots and undo.
class CommandError(Exception):
    pass


class Inventory:
    def __init__(self):
        self.events = []
        self.stock = {}
        self.prices = {}

    def apply(self, event):
        kind, sku, amount = event
        if kind == "added":
            self.stock[sku] = self.stock.get(sku, 0) + amount
        elif kind == "removed":
            self.stock[sku] -= amount
            if self.stock[sku] == 0:
                del self.stock[sku]
        elif kind == "priced":
            self.prices[sku] = amount
        else:
            raise AssertionError("unknown event " + kind)

    def handle(self, command):
        parts = command.split()
        if not parts:
            raise CommandError("empty command")
        verb, args = parts[0], parts[1:]
        if verb == "add":
            sku, qty = args[0], self._quantity(args[1])
            event = ("added", sku, qty)
        elif verb == "remove":
            sku, qty = args[0], self._quantity(args[1])
            have = self.stock.get(sku, 0)
            if qty > have:
                raise CommandError("cannot remove %d %s: only %d in stock" % (qty, sku, have))
            event = ("removed", sku, qty)
        elif verb == "price":
            sku = args[0]
            try:
                cents = round(float(args[1]) * 100)
            except ValueError:
                raise CommandError("bad price %r" % args[1]) from None
            event = ("priced", sku, cents)
        else:
            raise CommandError("unknown command %r" % verb)
        self.apply(event)
        self.events.append(event)
        return event

    @staticmethod
    def _quantity(text):
        if not text.isdigit() or int(text) == 0:
            raise CommandError("quantity must be a positive integer, not %r" % text)
        return int(text)

    def value(self):
        return sum(qty * self.prices.get(sku, 0) for sku, qty in self.stock.items())

    @classmethod
    def replay(cls, events):
        inv = cls()
        for event in events:
            inv.apply(event)
            inv.events.append(event)
        return inv

    def undo(self):
        if not self.events:
            raise CommandError("nothing to undo")
        last = self.events.pop()
        rebuilt = Inventory.replay(self.events)
        self.stock, self.prices = rebuilt.stock, rebuilt.prices
        return last


inv = Inventory()
script = """add widget 10
add gadget 5
price widget 2.50
price gadget 19.99
remove widget 3
remove gadget 9
add widget x
add bolt 0
sell widget 1
price gizmo abc

add bolt 250
price bolt 0.05
remove gadget 5"""
for line in script.splitlines():
    try:
        print("%-22s -> %s" % (line, inv.handle(line)))
    except CommandError as error:
        print("%-22s !! %s" % (line, error))
    except IndexError:
        print("%-22s !! missing arguments" % line)
print(sorted(inv.stock.items()), sorted(inv.prices.items()), "value $%.2f" % (inv.value() / 100))
snapshot = list(inv.events)
print("undo", inv.undo(), sorted(inv.stock.items()))
print("undo", inv.undo(), sorted(inv.stock.items()))
copy = Inventory.replay(snapshot)
print(copy.stock == {"widget": 7, "bolt": 250}, len(copy.events), copy.value())
empty = Inventory()
try:
    empty.undo()
except CommandError as error:
    print("CommandError", error)
counts = {}
for kind, _, _ in snapshot:
    counts[kind] = counts.get(kind, 0) + 1
print(counts)
