# Argument binding: positional-only, keyword-only, defaults, *args/**kwargs and every error message.
def pos_only(a, b, /, c):
    return (a, b, c)


def kw_only(a, *, key, other=2):
    return (a, key, other)


def mixed(a, b=2, *args, c, d=4, **kwargs):
    return (a, b, args, c, d, sorted(kwargs.items()))


def simple(x, y):
    return (x, y)


print(pos_only(1, 2, 3), pos_only(1, 2, c=3), kw_only(1, key=2), mixed(1, c=3), mixed(1, 2, 3, 4, c=5, e=6), simple(y=1, x=2))
calls = [
    "pos_only(1, b=2, c=3)", "pos_only(a=1, b=2, c=3)", "pos_only(1, 2)", "pos_only(1, 2, 3, 4)", "kw_only(1, 2)", "kw_only(1)",
    "kw_only(1, key=1, bogus=2)", "kw_only(a=1, key=2, other=3, more=4)", "mixed()", "mixed(1)", "mixed(1, c=1, a=2)",
    "simple()", "simple(1)", "simple(1, 2, 3)", "simple(1, x=2)", "simple(1, z=2)", "simple(x=1, y=2, z=3)", "simple(**{'x': 1})",
    "(lambda: 0)(1)", "(lambda a, b=1: 0)()", "(lambda *, a: 0)(1)", "(lambda a, /: a)(a=1)", "(lambda a, /, **k: (a, k))(1, a=2)",
    "simple(1, 2, **{'y': 3})", "simple(*[1, 2, 3])", "(lambda *a, b: 0)(1, 2)", "(lambda a, b, c: 0)(1)", "(lambda a, b, *, c, d: 0)(1, 2)",
    "(lambda a, b, *, c, d: 0)(1, b=2)", "print(1, flush=None, bogus=2)", "len()", "len(1, 2)", "len(obj=[])", "divmod(1)", "sorted([], None)",
    "int(x=1)", "dict.get({})", "''.split(1, 2, 3)", "[].append()", "[].append(1, 2)", "str.upper('a', 'b')", "max(key=len)",
    "(lambda x=1, /, y=2, *, z=3: (x, y, z))(y=5)", "(lambda *args: args)(*range(3), *'ab')", "(lambda **kw: kw)(**{'a': 1}, b=2)",
]
for call in calls:
    try:
        print(call, "->", eval(call))
    except TypeError as error:
        print(call, "!!", error)


class Methods:
    def method(self, a, /, b, *, c):
        return (a, b, c)

    @staticmethod
    def static(a):
        return a

    @classmethod
    def klass(cls, a):
        return cls.__name__, a


m = Methods()
for call in ["m.method(1, 2, c=3)", "m.method(1, 2)", "m.method(a=1, b=2, c=3)", "Methods.method(1, 2, c=3)", "m.static()", "m.static(1, 2)",
             "Methods.klass()", "m.klass(1, 2)", "Methods()(1)", "Methods(1)", "object(1)", "type(m).method()"]:
    try:
        print(call, "->", eval(call))
    except TypeError as error:
        print(call, "!!", error)


def defaults_shared(item, bucket=[]):
    bucket.append(item)
    return bucket


print(defaults_shared(1), defaults_shared(2), defaults_shared.__defaults__, mixed.__kwdefaults__, pos_only.__code__.co_posonlyargcount, kw_only.__code__.co_kwonlyargcount)
mixed.__defaults__ = (20,)
mixed.__kwdefaults__ = {"c": 30, "d": 40}
print(mixed(1), mixed.__code__.co_varnames, mixed.__code__.co_argcount, mixed.__code__.co_flags & 0x0C)
lambda_defaults = [(lambda n=n: n * 2) for n in range(3)]
print([f() for f in lambda_defaults], [f(10) for f in lambda_defaults])
