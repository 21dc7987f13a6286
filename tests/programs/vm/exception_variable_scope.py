# The except-clause variable is deleted at the end of the handler; nested handlers, reuse of names, and generators.
error = "preserved?"
try:
    1 / 0
except ZeroDivisionError as error:
    print("inside", type(error).__name__)
print("error defined after handler:", "error" in globals())


def in_function():
    e = "local before"
    try:
        raise ValueError("v")
    except ValueError as e:
        print("handler sees", repr(e))
    try:
        return e
    except UnboundLocalError as problem:
        return "UnboundLocalError: " + str(problem)


print(in_function())


def keep_reference():
    saved = None
    try:
        raise KeyError("kept")
    except KeyError as e:
        saved = e
    return saved


kept = keep_reference()
print(repr(kept), type(kept.__traceback__).__name__, kept.__traceback__.tb_frame.f_code.co_name)


def nested_same_name():
    try:
        raise TypeError("outer")
    except TypeError as err:
        try:
            raise ValueError("inner")
        except ValueError as err:
            print("inner handler", err)
        try:
            print(err)
        except (NameError, UnboundLocalError) as problem:
            print(type(problem).__name__, problem)


nested_same_name()


def generator_handler():
    try:
        raise IndexError("in generator")
    except IndexError as exc:
        yield str(exc)
        yield type(exc).__name__
    yield "after: " + ("exc" in locals() and "still bound" or "unbound")


print(list(generator_handler()))
for i in range(2):
    try:
        raise RuntimeError(i)
    except RuntimeError as loop_error:
        last = loop_error
print(repr(last), "loop_error" in globals())


class Holder:
    try:
        raise LookupError("class body")
    except LookupError as class_error:
        message = str(class_error)


print(Holder.message, hasattr(Holder, "class_error"))
try:
    raise ExceptionGroup("g", [ValueError(1)])
except* ValueError as star_error:
    print("star", repr(star_error))
print("star_error" in globals())
