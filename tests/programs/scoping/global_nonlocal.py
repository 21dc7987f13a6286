# global and nonlocal declarations, module-level rebinding, errors from the compiler at runtime via exec.
counter = 0
items = []


def bump():
    global counter
    counter += 1
    items.append(counter)


for _ in range(3):
    bump()
print(counter, items)


def create_global():
    global created_later
    created_later = "made inside function"


create_global()
print(created_later)


def nested_nonlocal():
    level = 0

    def one():
        nonlocal level
        level += 1

        def two():
            nonlocal level
            level += 10
            return level

        return two()

    return one(), level


print(nested_nonlocal())


def global_in_nested():
    counter = "local"

    def inner():
        global counter
        counter += 100
        return counter

    return inner(), counter


print(global_in_nested(), counter)
for source in ["def f():\n    nonlocal x\n", "nonlocal y", "def f(a):\n    global a\n", "def f():\n    x = 1\n    global x\n",
               "def f():\n    def g():\n        nonlocal q\n", "class C:\n    nonlocal z\n", "def f():\n    print(x)\n    global x\n",
               "def f(a):\n    def g():\n        nonlocal a\n        a = 2\n    g()\n    return a\nprint(f(1))"]:
    try:
        exec(source, {})
        print("ok")
    except SyntaxError as error:
        print("SyntaxError", error.msg, error.lineno)
namespace = {}
exec("global gx\ngx = 5\ndef read():\n    return gx", namespace)
print(namespace["gx"], namespace["read"]())


class Holder:
    global class_made
    class_made = "from class body"
    attr = counter


print(class_made, Holder.attr)


def del_global():
    global counter
    del counter


del_global()
try:
    counter
except NameError as error:
    print("NameError", error)


def read_missing_global():
    return never_defined


try:
    read_missing_global()
except NameError as error:
    print("NameError", error)
print(sorted(k for k in globals() if not k.startswith("__"))[:6])
g = globals()
g["injected"] = 99
print(injected)


def locals_snapshot(a, b=2):
    c = a + b
    return sorted(locals().items())


print(locals_snapshot(1))
