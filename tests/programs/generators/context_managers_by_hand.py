# A generator-based context manager decorator written by hand (like contextlib.contextmanager), with exception forwarding.
class GeneratorContext:
    def __init__(self, gen):
        self.gen = gen

    def __enter__(self):
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            self.gen.throw(exc)
        except StopIteration as stop:
            return stop is not exc
        except BaseException as raised:
            if raised is exc:
                return False
            raise
        raise RuntimeError("generator didn't stop after throw()")


def contextmanager(func):
    def helper(*args, **kwargs):
        return GeneratorContext(func(*args, **kwargs))
    return helper


@contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    finally:
        print("</%s>" % name)


@contextmanager
def suppress(*kinds):
    try:
        yield
    except kinds as error:
        print("suppressed", type(error).__name__, error)


@contextmanager
def transform():
    try:
        yield
    except KeyError as error:
        raise LookupError("transformed " + str(error)) from error


@contextmanager
def no_yield():
    if False:
        yield


@contextmanager
def double_yield():
    yield 1
    yield 2


with tag("html") as value:
    with tag("body"):
        print("content", value)
with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("after suppress")
try:
    with suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as error:
    print("escaped", error)
try:
    with transform():
        {}["k"]
except LookupError as error:
    print(type(error).__name__, error, "cause:", repr(error.__cause__))
for factory in [no_yield, double_yield]:
    try:
        with factory():
            pass
    except RuntimeError as error:
        print("RuntimeError", error)
try:
    with tag("fail"):
        raise IndexError("inside tag")
except IndexError as error:
    print("IndexError", error)
