# Causes, contexts, suppressed contexts and cycles in the chain.
class Problem(Exception):
    def __str__(self):
        return "problem with %s" % (self.args,)


def level3():
    raise Problem("disk", 3)


def level2():
    try:
        level3()
    except Problem as exc:
        raise LookupError("lookup failed") from exc


def level1():
    try:
        level2()
    except LookupError:
        try:
            raise ValueError("hidden")
        except ValueError as hidden:
            hidden.__suppress_context__ = True
            error = RuntimeError("final")
            error.__context__ = hidden
            raise error


a = TypeError("a")
b = TypeError("b")
a.__context__ = b
b.__context__ = a
try:
    raise a
except TypeError as caught:
    import sys
    sys.excepthook(type(caught), caught, caught.__traceback__)
level1()
