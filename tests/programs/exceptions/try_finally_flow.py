# try/except/else/finally control flow: return/break/continue in finally, exception replacement, nesting.
def order(fail):
    trail = []
    try:
        trail.append("try")
        if fail:
            raise ValueError(fail)
    except ValueError:
        trail.append("except")
    else:
        trail.append("else")
    finally:
        trail.append("finally")
    return trail


print(order(None), order("x"))


def finally_overrides():
    try:
        return "try value"
    finally:
        return "finally value"


def finally_swallows():
    try:
        raise KeyError("lost")
    finally:
        return "swallowed"


def break_in_finally():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return "broke at %d" % i


def continue_in_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError(i)
            out.append(i)
        finally:
            continue
    return out


print(finally_overrides(), finally_swallows(), break_in_finally(), continue_in_finally())


def return_value_evaluated_before_finally():
    x = [1]
    try:
        return x
    finally:
        x.append(2)


print(return_value_evaluated_before_finally())


def nested(level):
    try:
        try:
            if level == 0:
                raise IndexError("deep")
            return "ok %d" % level
        except KeyError:
            return "wrong handler"
        finally:
            print("inner finally", level)
    except IndexError as error:
        return "outer caught " + str(error)
    finally:
        print("outer finally", level)


print(nested(0), nested(1))


def exception_in_except():
    try:
        raise ValueError("first")
    except ValueError:
        try:
            raise TypeError("second")
        except TypeError as error:
            return repr(error.__context__)


print(exception_in_except())


def handler_order(exc):
    try:
        raise exc
    except (KeyError, IndexError) as error:
        return "lookup-specific " + type(error).__name__
    except LookupError:
        return "lookup"
    except ArithmeticError as error:
        return "math " + type(error).__name__
    except Exception:
        return "generic"


for exc in [KeyError, IndexError, LookupError, ZeroDivisionError, OverflowError, ValueError, UnicodeError]:
    print(exc.__name__, "->", handler_order(exc))
try:
    try:
        raise ValueError("x")
    except 5:
        pass
except TypeError as error:
    print("TypeError", error)
try:
    try:
        raise ValueError("x")
    except (ValueError, 5):
        print("matched before bad entry")
except TypeError as error:
    print("TypeError", error)


def exc_info_states():
    import sys
    print(sys.exc_info()[0])
    try:
        raise KeyError("k")
    except KeyError:
        print(sys.exc_info()[0].__name__, type(sys.exception()).__name__)
        try:
            raise ValueError("v")
        except ValueError:
            print(sys.exc_info()[0].__name__)
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info(), sys.exception())


exc_info_states()


def bare_raise():
    try:
        raise OSError("original")
    except OSError:
        try:
            raise
        except OSError as error:
            return "re-raised " + str(error)


print(bare_raise())
try:
    raise
except RuntimeError as error:
    print("RuntimeError", error)
count = 0
while True:
    try:
        count += 1
        if count < 3:
            continue
        break
    finally:
        print("loop finally", count)
e_var = "before"
try:
    raise ValueError
except ValueError as e_var:
    pass
try:
    print(e_var)
except NameError as error:
    print("NameError", error)
