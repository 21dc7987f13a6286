# Exceptions raised inside finally blocks, handlers and __exit__: what replaces what, and what the context chain records.
def chain(error):
    out = []
    while error is not None:
        out.append("%s(%s)" % (type(error).__name__, error))
        error = error.__context__
    return " <- ".join(out)


def finally_raises():
    try:
        raise ValueError("body")
    finally:
        raise KeyError("finally")


def handler_raises():
    try:
        raise ValueError("body")
    except ValueError:
        raise TypeError("handler")


def handler_raises_in_finally():
    try:
        try:
            raise ValueError("body")
        except ValueError:
            raise TypeError("handler")
        finally:
            raise IndexError("finally")
    except IndexError as error:
        return error


def else_raises():
    try:
        pass
    except Exception:
        pass
    else:
        raise LookupError("else clause")
    finally:
        print("  finally after else")


def nested_finally():
    try:
        try:
            raise ValueError("innermost")
        finally:
            print("  inner finally")
    finally:
        print("  outer finally")


for func in [finally_raises, handler_raises, else_raises, nested_finally]:
    try:
        func()
    except Exception as error:
        print(func.__name__, "->", chain(error))
print("handler_raises_in_finally ->", chain(handler_raises_in_finally()))


def swallow_in_finally():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            if i < 2:
                continue
            return "returned at %d" % i


print(swallow_in_finally())


def reraise_with_context():
    try:
        raise OSError("disk")
    except OSError as first:
        try:
            raise ValueError("parse")
        except ValueError as second:
            raise second from None


try:
    reraise_with_context()
except ValueError as error:
    print(chain(error), error.__suppress_context__, error.__cause__)


def context_cycle():
    try:
        raise KeyError("a")
    except KeyError as a:
        try:
            raise ValueError("b")
        except ValueError as b:
            try:
                raise a
            except KeyError as again:
                return again


e = context_cycle()
print(type(e).__name__, type(e.__context__).__name__, e.__context__.__context__ is None)
