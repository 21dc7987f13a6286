# dir, vars, locals, globals, exec, eval and compile.
import sys

top_level = 1


class Base:
    shared = "base"

    def method(self):
        return "m"


class Child(Base):
    own = "child"

    def __init__(self):
        self.field = 42


class Custom:
    def __dir__(self):
        return ("b", "a", "a")


class NoDir:
    __dir__ = None


print(dir(Child())[-4:], dir(Child)[-3:], dir(Custom()))
print([name for name in dir(sys) if name.startswith("set")])
try:
    dir(NoDir())
except TypeError as error:
    print("TypeError:", error)


def function(a, b=2, *rest, **options):
    local = a + b
    def inner():
        return local
    print(sorted(locals()), sorted(vars()))
    print(dir())
    return inner


function(1)
print(sorted(name for name in globals() if not name.startswith("__")))
print(vars(Child())["field"], "own" in vars(Child), sorted(vars(Base).keys())[-2:])
try:
    vars(5)
except TypeError as error:
    print("TypeError:", error)
scope = {"x": 2}
exec("y = x * 21\ndef f(): return y + 1", scope)
print(scope["y"], scope["f"](), type(scope["__builtins__"]).__name__)
mine = {}
exec("z = len('abc')", {"__builtins__": {"len": len}}, mine)
print(mine)
print(eval("x ** 3", scope), eval("top_level + 1"), eval("  \t 4 // 2"), eval(b"7 - 1"))
print(eval("a + b", {"a": 1}, {"b": 2}), eval("[v * 2 for v in range(3)]", {}))
code = compile("result = 6 * 7\n", "made.py", "exec")
namespace = {}
exec(code, namespace)
print(namespace["result"], code.co_filename, code.co_name, type(code).__name__)
expression = compile("1 + 1", "<expr>", "eval")
print(eval(expression), compile("pass", b"bytes_name.py", "single").co_filename)
single = compile("print('from single')", "<s>", "single")
exec(single)


def outer():
    captured = "closed over"
    def inner():
        return captured
    return inner


closure_function = outer()
exec(closure_function.__code__, {}, {}, closure=closure_function.__closure__)
for source, args in [("exec", (5,)), ("exec", ("x = 1", [])), ("exec", ("x = 1", {}, 5)),
                     ("eval", (5,)), ("eval", ("1", [])), ("eval", ("1", 5)),
                     ("eval", ("1", {}, 5)), ("compile", ("x", "f", "bad")),
                     ("compile", ("x", "f", "exec", 1 << 30)),
                     ("compile", ("x", "f", "exec", 0, False, 7)),
                     ("compile", (5, "f", "exec")), ("compile", ("x", 5, "exec")),
                     ("exec", ("a\0b",)), ("exec", (compile("1", "f", "eval"), {}, {}, (1,))),
                     ("eval", (closure_function.__code__,))]:
    function = getattr(__builtins__, source)
    try:
        if len(args) == 4:
            function(*args[:3], closure=args[3])
        else:
            function(*args)
        print(source, args, "ran")
    except (TypeError, ValueError, SyntaxError) as error:
        print(source, "!!", type(error).__name__, error)
try:
    exec("raise KeyError('from exec')")
except KeyError as error:
    print("KeyError", error, error.__traceback__.tb_next.tb_frame.f_code.co_filename)
exec("def broken():\n    return missing_name\n", scope)
scope["broken"]()
