# SyntaxErrors from compile(), exec() and eval(), printed as 3.11 prints them.
import sys


def show(source, mode="exec"):
    try:
        compile(source, "snippet.py", mode)
    except SyntaxError as error:
        print(type(error).__name__, error.msg, error.lineno, error.offset, error.end_offset)
        sys.excepthook(type(error), error, None)


show("x = (1,\n")
show("def f(:\n    pass\n")
show("if x\n    pass\n")
show("  indented = 1\n")
show("for x in range(3):\nprint(x)\n")
show("a = 'unterminated\n")
show("1 +", "eval")
show("print 'hello'\n")
show("x = 1 +* 2\n")
show("f(a for a in b, c)\n")
show("ünïcode = = 1\n")
try:
    exec("lambda: (yield)\nreturn 5\n")
except SyntaxError as error:
    print(error)
eval("1 + ")
