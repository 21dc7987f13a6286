# A custom exception hierarchy: constructors with extra state, str/repr, pickling-free copying of args, catching by base.
class AppError(Exception):
    code = 1

    def __init__(self, message, *, detail=None):
        super().__init__(message)
        self.detail = detail

    def __str__(self):
        base = super().__str__()
        return "%s (%s)" % (base, self.detail) if self.detail else base


class ConfigError(AppError):
    code = 2


class MissingKey(ConfigError, KeyError):
    code = 3

    def __init__(self, key):
        super().__init__("missing key %r" % key, detail="check the config file")
        self.key = key


class NetworkError(AppError, OSError):
    code = 4


errors = [AppError("generic"), ConfigError("bad value", detail="line 3"), MissingKey("port"), NetworkError("timeout")]
for error in errors:
    print(type(error).__name__, "|", str(error), "|", repr(error), "|", error.args, error.code, [c.__name__ for c in type(error).__mro__[1:-2]])
for error in errors:
    try:
        raise error
    except KeyError as caught:
        print("caught as KeyError:", type(caught).__name__, caught.key)
    except ConfigError as caught:
        print("caught as ConfigError:", caught)
    except OSError as caught:
        print("caught as OSError:", caught, caught.errno, caught.strerror)
    except AppError as caught:
        print("caught as AppError:", caught.code)
print(isinstance(MissingKey("x"), LookupError), issubclass(NetworkError, Exception), MissingKey.__mro__.index(KeyError) > MissingKey.__mro__.index(AppError))


class WithArgs(Exception):
    pass


e = WithArgs("a", 2, None)
print(str(e), repr(e), e.args, str(WithArgs()), repr(WithArgs("only")), str(WithArgs(["list"])))


class BadStr(Exception):
    def __str__(self):
        return 42


try:
    str(BadStr())
except TypeError as error:
    print("TypeError", error)


class Retryable(Exception):
    def __init__(self, attempts):
        self.attempts = attempts
        super().__init__("gave up after %d attempts" % attempts)


def operation(fail_times):
    state = {"calls": 0}

    def attempt():
        state["calls"] += 1
        if state["calls"] <= fail_times:
            raise ConnectionError("attempt %d failed" % state["calls"])
        return "ok after %d" % state["calls"]

    return attempt


def retry(func, limit):
    last = None
    for i in range(limit):
        try:
            return func()
        except ConnectionError as error:
            last = error
            print("  retrying:", error)
    raise Retryable(limit) from last


print(retry(operation(2), 5))
try:
    retry(operation(10), 3)
except Retryable as error:
    print("Retryable", error, error.attempts, "cause:", error.__cause__)
print(BaseException.__subclasses__ is not None, len(Exception.__subclasses__()) > 10, ConnectionError.__mro__[1].__name__, type(AppError("x").__traceback__))
