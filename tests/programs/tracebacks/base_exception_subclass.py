# An uncaught BaseException subclass (not an Exception): `except Exception` does not stop it; status 1.
class Abort(BaseException):
    pass


def step(n):
    if n == 3:
        raise Abort("aborting at step %d" % n)
    return n * n


results = []
for n in range(5):
    try:
        results.append(step(n))
    except Exception as error:
        print("never reached", error)
    finally:
        print("finally for step", n, results)
