# An uncaught AttributeError with a suggestion for a misspelled method.
class Inventory:
    def __init__(self):
        self.items = {}

    def add_item(self, name, count):
        self.items[name] = self.items.get(name, 0) + count
        return self


inv = Inventory()
inv.add_item("bolt", 5).add_item("nut", 10)
print(inv.items)
inv.add_itme("washer", 2)
