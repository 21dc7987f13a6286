# str() failures while printing, odd exception classes and module names.
import sys


class BadStr(Exception):
    def __str__(self):
        raise RuntimeError("no str for you")


class EmptyStr(Exception):
    def __str__(self):
        return ""


class Located(Exception):
    __module__ = "some.package"
    __qualname__ = "Outer.Located"


def show(error):
    sys.excepthook(type(error), error, None)


show(BadStr("x"))
show(EmptyStr("y"))
show(Located("z"))
show(KeyError("quoted"))
show(KeyError())
show(OSError(2, "No such file or directory", "missing.txt"))
show(UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 1, "invalid start byte"))
notes = ValueError("notes")
notes.__notes__ = ["one", 2, "three\nfour"]
show(notes)
odd = ValueError("odd notes")
odd.__notes__ = ("not", "a", "list")
show(odd)
sys.excepthook(int, 42, None)
raise BadStr("the last one")
