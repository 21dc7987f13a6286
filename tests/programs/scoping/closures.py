# Closures: late binding, cell sharing, nonlocal, closures over loop variables, __closure__ contents.
def make_counters():
    count = 0

    def increment(step=1):
        nonlocal count
        count += step
        return count

    def read():
        return count

    return increment, read


inc, read = make_counters()
print(inc(), inc(5), read(), inc.__closure__[0].cell_contents, inc.__code__.co_freevars, read.__closure__[0] is inc.__closure__[0])
late = [lambda: i for i in range(3)]
early = [lambda i=i: i for i in range(3)]
print([f() for f in late], [f() for f in early])


def outer():
    x = "outer"

    def middle():
        def inner():
            return x

        return inner

    x = "rebound"
    return middle()()


print(outer())


def cell_before_assignment():
    def reader():
        return value

    try:
        reader()
    except NameError as error:
        print("NameError", error)
    value = 1
    return reader()


print(cell_before_assignment())


def deleted_cell():
    item = "here"

    def reader():
        return item

    del item
    try:
        reader()
    except NameError as error:
        print("NameError", error)


deleted_cell()


def accumulate():
    total = []

    def add(x):
        total.append(x)
        return sum(total)

    return add


acc = accumulate()
print(acc(1), acc(2), acc(10), len(acc.__closure__))


def counter_factory():
    counters = {}
    for name in ["a", "b"]:
        def bump(name=name):
            counters[name] = counters.get(name, 0) + 1
            return counters[name]
        counters["fn_" + name] = bump
    return counters


c = counter_factory()
print(c["fn_a"](), c["fn_a"](), c["fn_b"](), sorted(k for k in c if not k.startswith("fn")))


def shadow():
    x = 1

    def inner():
        x = 2
        return x

    inner()
    return x


print(shadow())


def unbound_local():
    y = 10

    def inner():
        print(y)
        y = 5

    try:
        inner()
    except UnboundLocalError as error:
        print("UnboundLocalError", error)


unbound_local()


def class_scope():
    value = "function"

    class Inner:
        value = "class"
        seen = value
        method_sees = (lambda: value)()

        def method(self):
            return value

    return Inner.seen, Inner.method_sees, Inner().method()


print(class_scope())


def generator_closure(n):
    def gen():
        for i in range(n):
            yield i * factor
    factor = 3
    return gen()


print(list(generator_closure(4)))
print(make_counters.__code__.co_cellvars, inc.__code__.co_cellvars, (lambda: 0).__closure__)
cell_type = type(inc.__closure__[0])
print(cell_type.__name__)
