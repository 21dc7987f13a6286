# Group printing limits: more than 15 members, deeper than 10 levels.
def nest(depth):
    if depth == 0:
        return ArithmeticError("bottom")
    return ExceptionGroup("level %d" % depth, [nest(depth - 1), KeyError(depth)])


wide = ExceptionGroup("wide", [IndexError(i) for i in range(17)])
try:
    raise wide
except ExceptionGroup as caught:
    import sys
    sys.excepthook(type(caught), caught, caught.__traceback__)
raise BaseExceptionGroup("deep", [nest(11), KeyboardInterrupt()])
