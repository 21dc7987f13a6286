# A bank simulation with a deterministic LCG random source, accounts, transfers, overdraft errors and an audit log.
class LCG:
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
        return self.state >> 33

    def randint(self, low, high):
        return low + self.next() % (high - low + 1)

    def choice(self, items):
        return items[self.next() % len(items)]


class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__("%s cannot pay %d (balance %d)" % (account.name, amount, account.balance))
        self.account = account
        self.amount = amount


class Account:
    def __init__(self, name, balance=0, overdraft=0):
        self.name = name
        self.balance = balance
        self.overdraft = overdraft
        self.history = []

    def withdraw(self, amount):
        if amount <= 0:
            raise ValueError("amount must be positive, got %d" % amount)
        if self.balance - amount < -self.overdraft:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(-amount)

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("amount must be positive, got %d" % amount)
        self.balance += amount
        self.history.append(amount)

    def __repr__(self):
        return "Account(%s, %d)" % (self.name, self.balance)


class Bank:
    def __init__(self):
        self.accounts = {}
        self.log = []

    def open(self, name, balance=0, overdraft=0):
        if name in self.accounts:
            raise KeyError("duplicate account " + name)
        self.accounts[name] = Account(name, balance, overdraft)

    def transfer(self, source, target, amount):
        a, b = self.accounts[source], self.accounts[target]
        a.withdraw(amount)
        try:
            b.deposit(amount)
        except ValueError:
            a.deposit(amount)
            raise
        self.log.append((source, target, amount))

    def total(self):
        return sum(a.balance for a in self.accounts.values())


bank = Bank()
for name, balance, overdraft in [("alice", 500, 0), ("bob", 200, 100), ("carol", 0, 50), ("dave", 1000, 0)]:
    bank.open(name, balance, overdraft)
try:
    bank.open("bob")
except KeyError as error:
    print("KeyError", error)
rng = LCG(2024)
names = sorted(bank.accounts)
start_total = bank.total()
failures = {}
for day in range(60):
    source, target = rng.choice(names), rng.choice(names)
    amount = rng.randint(-20, 400)
    try:
        bank.transfer(source, target, amount)
    except InsufficientFunds as error:
        failures["funds"] = failures.get("funds", 0) + 1
        if failures["funds"] <= 3:
            print("day %2d refused: %s" % (day, error))
    except ValueError as error:
        failures["value"] = failures.get("value", 0) + 1
        if failures["value"] <= 2:
            print("day %2d invalid: %s" % (day, error))
print("transfers", len(bank.log), "failures", sorted(failures.items()))
print("conserved", bank.total() == start_total, bank.total())
for account in sorted(bank.accounts.values(), key=lambda a: (-a.balance, a.name)):
    moves = account.history
    print("%-6s %6d  in %5d  out %5d  moves %2d  largest %4d" % (account.name, account.balance, sum(m for m in moves if m > 0),
                                                              -sum(m for m in moves if m < 0), len(moves), max(map(abs, moves), default=0)))
busiest = {}
for source, target, amount in bank.log:
    busiest[(source, target)] = busiest.get((source, target), 0) + amount
for pair, amount in sorted(busiest.items(), key=lambda kv: (-kv[1], kv[0]))[:5]:
    print(pair, amount)
try:
    bank.transfer("alice", "nobody", 1)
except KeyError as error:
    print("KeyError", error)
