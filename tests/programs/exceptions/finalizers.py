# Exceptions nobody can catch: __del__ errors go to sys.unraisablehook.
import sys


class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        raise ValueError("cannot release " + self.name)

    def __repr__(self):
        return "Resource(%r)" % self.name


class Quiet:
    def __del__(self):
        raise KeyError


def hook(args):
    print("hook:", args.exc_type.__name__, args.exc_value, args.err_msg,
          type(args.object).__name__)


r = Resource("first")
del r
q = Quiet()
q = None
sys.unraisablehook = hook
r = Resource("second")
del r
sys.unraisablehook = sys.__unraisablehook__
print("done")
raise SystemExit("exiting with a message")
