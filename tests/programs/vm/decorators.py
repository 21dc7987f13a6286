# Decorators: stacking order, decorators with arguments, class decorators, wrapping metadata, decorator expressions.
calls = []


def log(label):
    def decorate(func):
        print("decorating", func.__name__, "with", label)

        def wrapper(*args, **kwargs):
            calls.append(label)
            print("enter", label, [type(a).__name__ for a in args], kwargs)
            result = func(*args, **kwargs)
            print("exit", label, result)
            return result

        wrapper.__name__ = func.__name__
        wrapper.__doc__ = func.__doc__
        wrapper.__wrapped__ = func
        return wrapper

    return decorate


@log("outer")
@log("inner")
def add(a, b=1):
    "Add two numbers."
    return a + b


print(add(2, b=3), calls, add.__name__, add.__doc__, add.__wrapped__.__name__)


def count_calls(func):
    func.calls = 0

    def wrapper(*args):
        func.calls += 1
        return func(*args)

    wrapper.original = func
    return wrapper


@count_calls
def square(x):
    return x * x


print([square(i) for i in range(4)], square.original.calls)


def register(registry):
    def decorate(cls):
        registry[cls.__name__.lower()] = cls
        cls.registered = True
        return cls
    return decorate


REGISTRY = {}


@register(REGISTRY)
class Widget:
    pass


@register(REGISTRY)
class Gadget(Widget):
    pass


print(sorted(REGISTRY), Gadget.registered, REGISTRY["widget"] is Widget)
handlers = [lambda f: f, staticmethod]


@handlers[0]
def plain():
    return "plain"


@(lambda f: lambda *a: f(*a).upper())
def shout(text):
    return text


print(plain(), shout("quiet"))


class Service:
    @property
    @log("prop")
    def status(self):
        return "ok"

    @classmethod
    @log("cls")
    def create(cls):
        return cls.__name__

    @staticmethod
    @log("static")
    def helper(x):
        return x * 2


svc = Service()
print(svc.status, Service.create(), svc.helper(21))


def returns_none(func):
    return None


@returns_none
def gone():
    pass


print(gone)


def validate(**types):
    def decorate(func):
        def wrapper(**kwargs):
            for name, kind in types.items():
                if not isinstance(kwargs.get(name), kind):
                    raise TypeError("%s must be %s, got %s" % (name, kind.__name__, type(kwargs.get(name)).__name__))
            return func(**kwargs)
        return wrapper
    return decorate


@validate(name=str, count=int)
def order(name, count):
    return "%d x %s" % (count, name)


print(order(name="apple", count=3))
for kwargs in [{"name": 5, "count": 1}, {"name": "pear", "count": "2"}, {"name": "fig"}]:
    try:
        order(**kwargs)
    except TypeError as error:
        print("TypeError", error)
try:
    @5
    def broken():
        pass
except TypeError as error:
    print("TypeError", error)
