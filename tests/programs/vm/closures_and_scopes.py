# Closures and scopes: MAKE_CELL, LOAD_CLOSURE, COPY_FREE_VARS, LOAD_DEREF,
# STORE_DEREF, DELETE_DEREF, LOAD_CLASSDEREF, global and nonlocal.


def make_counter(start):
    count = start

    def increment(step=1):
        nonlocal count
        count += step
        return count

    def peek():
        return count

    return increment, peek


inc, peek = make_counter(10)
print(inc(), inc(5), peek())
print(inc.__code__.co_freevars, make_counter.__code__.co_cellvars)
print(inc.__closure__[0].cell_contents)


def forget():
    value = "here"

    def reader():
        return value

    print(reader())
    del value
    try:
        reader()
    except NameError as e:
        print("NameError:", e)
    try:
        del value
    except NameError as e:
        print("NameError:", e)


forget()


def unbound_cell():
    def use():
        return later
    try:
        use()
    except NameError as e:
        print("NameError:", e)
    later = 1
    return use()


print(unbound_cell())


class Prepared(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return {"x": "from __prepare__"}


def class_scope():
    x = "function x"

    class Inner:
        y = x                  # LOAD_CLASSDEREF: the cell of the function

        def method(self):
            return x

    class Injected(metaclass=Prepared):
        z = x                  # LOAD_CLASSDEREF: the namespace comes first

        def method(self):
            return x

    return Inner, Injected


Inner, Injected = class_scope()
print(Inner.y, Inner().method(), Injected.z, Injected().method())


counter = 0


def bump():
    global counter
    counter += 1
    return counter


bump()
bump()
print("counter", counter)


def make_global():
    global created_later
    created_later = "made"


make_global()
print(created_later)
del created_later
try:
    print(created_later)
except NameError as e:
    print("NameError:", e)


def remove_global():
    global never_was
    try:
        del never_was
    except NameError as e:
        print("NameError:", e)


remove_global()


def deep():
    a = 1

    def level1():
        b = 2

        def level2():
            c = 3

            def level3():
                return a + b + c
            return level3
        return level2
    return level1


print(deep()()()())

adders = [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in adders])
late = [lambda: n for n in range(3)]
print([f() for f in late])


def args_in_cells(a, b, *rest, key=None, **kw):
    def inner():
        return a, b, rest, key, kw
    return inner()


print(args_in_cells(1, 2, 3, key=4, extra=5))


def local_unbound():
    try:
        print(value)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    value = 1
    del value
    try:
        del value
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


local_unbound()
