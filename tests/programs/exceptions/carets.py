# The ^^^ and ~~~ location lines on many shapes, one traceback each.
import sys


def show(func):
    try:
        func()
    except Exception as error:
        sys.excepthook(type(error), error, error.__traceback__)


data = {"key": [1, 2, 3], "ünï": {"ключ": None}}
text, number = "abc", 7
show(lambda: data["key"][10])
show(lambda: data["ünï"]["ключ"]["x"])
show(lambda: text + number * 2)
show(lambda: (text) + (number))
show(lambda: number // 0 + 1)
show(lambda: text ** 2)
show(lambda: data  [  "nope"  ])
show(lambda: number.real.imag.missing)
show(lambda: len(number) + 1)
show(lambda: [x / 0 for x in data["key"]])
show(lambda: data["key"]
     [99])
show(lambda: (
    number
    + text))
def deep(n):
    return deep(n - 1) if n else {}[n]
show(lambda: deep(6))
def recurse(n):
    return recurse(n + 1)
show(lambda: recurse(0))
	# a tab-indented comment line
show(lambda:	text	*	text)
raise IndexError("the end")
