# __builtins__ in globals need not be the builtins module's dict: any
# mapping (looked up through its __getitem__) or any object at all, and a
# function made without one sees the running frame's builtins.
import builtins
import sys
import types


class LoudBuiltins(dict):
    def __getitem__(self, key):
        print("builtins lookup:", key)
        return super().__getitem__(key)


loud = LoudBuiltins(vars(builtins))
exec("def f(): return len('ab')\nprint(f())\nclass C: pass\nprint(C.__name__)",
     {'__builtins__': loud})


class Defaulting(dict):
    def __missing__(self, key):
        return "missing " + key


namespace = Defaulting(__builtins__={"print": print})
exec("def f(): return zz\nresult = f()", namespace)
print(dict.__getitem__(namespace, "result"))

for bad in (123, None, [1, 2]):
    try:
        exec("print(1)", {'__builtins__': bad})
    except TypeError as error:
        print(type(bad).__name__, "->", error)

try:
    exec("def f(): return yy\nf()", {'__builtins__': {}})
except NameError as error:
    print(error)
try:
    exec("class C: pass", {'__builtins__': {}})
except NameError as error:
    print(error)
try:
    exec("class C: pass", {'__builtins__': LoudBuiltins()})
except NameError as error:
    print(error)

module_namespace = {}
exec("def k(): return len", module_namespace)
print(module_namespace['k']() is len,
      module_namespace['k'].__builtins__ is vars(builtins))
function = types.FunctionType((lambda: 0).__code__, {})
print(function.__builtins__ is vars(builtins))
function = types.FunctionType((lambda: 0).__code__, {'__builtins__': loud})
print(type(function.__builtins__).__name__, sys.getrefcount(loud))
