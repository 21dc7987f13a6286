# "Did you mean" for NameError and AttributeError (Python/suggestions.c).
import sys


def show(func):
    try:
        func()
    except Exception as error:
        sys.excepthook(type(error), error, error.__traceback__)


class Account:
    def __init__(self):
        self.balance = 10
        self.owner_name = "x"

    def deposit(self, amount):
        self.balanse += amount


account = Account()
show(lambda: account.balanc)
show(lambda: account.Balance)
show(lambda: account.deposit(5))
show(lambda: account.owner)
show(lambda: sys.getrecursionlimt())
show(lambda: [].apend(1))
show(lambda: "".uper())
show(lambda: account.zzzzzzzzzzzzz)


def local_scope():
    counter = 1
    return countr


show(local_scope)
show(lambda: prnt("hello"))
show(lambda: lenn([]))
show(lambda: Acount())
show(lambda: undefined_and_far_from_everything)
error = AttributeError("custom", name="balanc", obj=account)
show(lambda: (_ for _ in ()).throw(error))
raise NameError("name 'accont' is not defined", name="accont")
