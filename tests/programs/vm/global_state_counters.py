# Module-level state mutated from functions, classes and closures; globals() views; del of globals; shadowing builtins.
import builtins
events = []
total = 0


def record(kind, amount=0):
    global total
    events.append(kind)
    total += amount
    return total


class Tracker:
    instances = 0

    def __init__(self):
        Tracker.instances += 1
        record("tracker", 10)


for _ in range(3):
    Tracker()
record("manual", 5)
print(total, events, Tracker.instances)
len = lambda obj: "shadowed len"
print(len([1, 2]), builtins.len([1, 2]))
del len
print(len([1, 2]))


def uses_print():
    return print


print = lambda *args, **kwargs: builtins.print("[custom]", *args, **kwargs)
print("hello from shadowed print")
print(uses_print() is print)
del print
print("restored print")
g = globals()
g["dynamic_name"] = 123
print(dynamic_name, "dynamic_name" in g, g is globals(), type(g).__name__)
exec("exec_created = 'from exec'")
print(exec_created)
names_before = set(globals())
temporary = 1
print(sorted(set(globals()) - names_before))
del temporary
print("temporary" in globals())
try:
    del never_existed
except NameError as error:
    print("NameError", error)


def shadow_builtin():
    sum = "local sum"
    return sum


print(shadow_builtin(), sum([1, 2]))


def read_global_later():
    return late_global


late_global = "defined after function"
print(read_global_later())
counter = {"value": 0}


def increment():
    counter["value"] += 1


for _ in range(5):
    increment()
print(counter, __name__, __doc__, type(__builtins__).__name__ in ("module", "dict"))
