# Lambdas and default arguments: evaluation time, mutable defaults, keyword defaults, introspection, recursion via names.
import sys
counter = 0


def next_id():
    global counter
    counter += 1
    print("default evaluated", counter)
    return counter


def make(tag=next_id(), *, kw=next_id()):
    return tag, kw


print("defined")
print(make(), make(), make(5, kw=6), make.__defaults__, make.__kwdefaults__)
adders = [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in adders], adders[0].__defaults__, adders[0].__name__, adders[0].__qualname__)
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), (lambda: None)(), (lambda *a, **k: (a, k))(1, b=2))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10), fact(0))
keyed = sorted(["bb", "a", "ccc"], key=lambda s: (-len(s), s))
print(keyed, list(map(lambda p: p[0] * p[1], zip([1, 2, 3], [4, 5, 6]))), list(filter(lambda v: v and v % 2, [0, 1, 2, 3, None])))


def append_to(value, target=[]):
    target.append(value)
    return target


print(append_to(1), append_to(2), append_to(3, []), append_to(4))


def safe_append(value, target=None):
    if target is None:
        target = []
    target.append(value)
    return target


print(safe_append(1), safe_append(2))
code = make.__code__
print(code.co_argcount, code.co_kwonlyargcount, code.co_varnames, code.co_name, (lambda a, /, b, *c, d, **e: 0).__code__.co_varnames)
fn = lambda a, b=2, *args, c, d=4, **kw: (a, b, args, c, d, kw)
print(fn(1, c=3), fn(1, 2, 3, c=4, e=5), fn.__defaults__, fn.__kwdefaults__)
try:
    fn(1)
except TypeError as error:
    print("TypeError", error)
make.__defaults__ = ("patched",)
print(make())
try:
    make.__defaults__ = 5
except TypeError as error:
    print("TypeError", error)
make.__defaults__ = None
try:
    make()
except TypeError as error:
    print("TypeError", error)
g = lambda: (yield 1)
print(type(g()).__name__, list(g()))
h = lambda x: (lambda y: x + y)
print(h(1)(2), h("a")("b"), h.__code__.co_freevars, h(1).__code__.co_freevars, h(1).__closure__[0].cell_contents)
