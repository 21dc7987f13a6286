# An uncaught AttributeError several frames deep, with carets under attribute access.
class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance


def load_accounts():
    return [Account("ann", 10), Account("bob", 0), None]


def total(accounts):
    result = 0
    for account in accounts:
        result += account.balance
        print("running total", result)
    return result


def report():
    accounts = load_accounts()
    print("loaded", len(accounts))
    return "total: %d" % total(accounts)


print(report())
