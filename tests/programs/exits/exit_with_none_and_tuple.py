# SystemExit with a tuple argument: printed as the tuple's str, status 1.
import sys
for value in [None, 0, 5, "text", (1, 2), [3]]:
    try:
        raise SystemExit(value)
    except SystemExit as error:
        print(repr(value), "->", repr(error.code), str(error), repr(error))
raise SystemExit(1, 2)
