# Context managers: __enter__/__exit__ order, suppression, exceptions inside __exit__, nested and multiple managers, missing methods.
class Manager:
    def __init__(self, name, suppress=False, fail_enter=False, fail_exit=False):
        self.name, self.suppress, self.fail_enter, self.fail_exit = name, suppress, fail_enter, fail_exit

    def __enter__(self):
        print("enter", self.name)
        if self.fail_enter:
            raise RuntimeError("enter failed: " + self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, type(tb).__name__)
        if self.fail_exit:
            raise ValueError("exit failed: " + self.name)
        return self.suppress


with Manager("a") as value:
    print("body", value)
with Manager("outer"), Manager("inner") as inner:
    print("nested body", inner)
with Manager("quiet", suppress=True):
    raise KeyError("suppressed")
print("after suppression")
try:
    with Manager("loud"):
        raise KeyError("propagates")
except KeyError as error:
    print("caught", error)
try:
    with Manager("first"), Manager("second", fail_enter=True), Manager("third"):
        print("not reached")
except RuntimeError as error:
    print("caught", error)
try:
    with Manager("exit-fails", fail_exit=True):
        raise KeyError("original")
except ValueError as error:
    print("caught", error, "context:", repr(error.__context__))
try:
    with Manager("a", suppress=True), Manager("b", fail_exit=True):
        pass
except ValueError:
    print("not reached: suppressed by a")
print("after chained suppression")


def early_return():
    with Manager("ret"):
        return "returned value"


print(early_return())
for i in range(3):
    with Manager("loop-%d" % i):
        if i == 1:
            continue
        if i == 2:
            break
        print("loop body", i)


class NoExit:
    def __enter__(self):
        return self


class NoEnter:
    def __exit__(self, *a):
        pass


for cm in [NoExit(), NoEnter(), 5]:
    try:
        with cm:
            pass
    except (TypeError, AttributeError) as error:
        print(type(error).__name__, error)


class Truthy:
    def __bool__(self):
        print("truthiness checked")
        return True


class ReturnsTruthy:
    def __enter__(self):
        return None

    def __exit__(self, *args):
        return Truthy()


with ReturnsTruthy():
    raise ValueError("swallowed by a truthy object")
print("done")


class Resource:
    open_count = 0

    def __enter__(self):
        Resource.open_count += 1
        return self

    def __exit__(self, *exc):
        Resource.open_count -= 1


with Resource() as r1, Resource() as r2:
    print("open", Resource.open_count, r1 is not r2)
print("open after", Resource.open_count)
