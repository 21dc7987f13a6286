# SystemExit's code: int, None, other objects, and a SystemExit subclass.
import sys


class Leaving(SystemExit):
    pass


for args in [(), (None,), (3,), ("text",), (1, 2)]:
    error = SystemExit(*args)
    print(args, repr(error.code), error.args)
try:
    sys.exit(5)
except SystemExit as caught:
    print("caught", caught.code)
print(Leaving(7).code)
sys.exit(Leaving(300))
