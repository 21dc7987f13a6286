# eval/exec/compile: modes, namespaces, return values, code object attributes and errors.
ns = {}
exec("a = 1\nb = a + 1\ndef f(x):\n    return x * b", ns)
print(sorted(k for k in ns if k != "__builtins__"), ns["f"](10), "__builtins__" in ns)
print(eval("a + b", ns), eval("[i * a for i in range(3)]", ns), eval("f(b)", ns, {"b": 100}))
local = {}
exec("x = 5\ny = x * 2", {}, local)
print(local)
code = compile("total = sum(values)", "<calc>", "exec")
scope = {"values": [1, 2, 3]}
exec(code, scope)
print(scope["total"], code.co_filename, code.co_name, code.co_names, type(code).__name__)
expr = compile("x ** 2 + 1", "<expr>", "eval")
print([eval(expr, {"x": v}) for v in range(4)], expr.co_consts)
single = compile("1 + 1", "<single>", "single")
print(type(single).__name__, single.co_name)
exec(single)
print(eval("__name__"), eval("__name__", {"__name__": "custom"}), eval("len('abc')", {"__builtins__": {"len": len}}))
try:
    eval("len('abc')", {"__builtins__": {}})
except NameError as error:
    print("NameError", error)
print(exec("1 + 1"), eval("None"), eval("  7  "), eval("\t8"), eval(b"9"), eval("(1,\n2)"))
for source, mode in [("x =", "exec"), ("return 5", "exec"), ("yield 1", "exec"), ("break", "exec"), ("1 +", "eval"), ("x = 1", "eval"), ("def f(:", "exec"),
                     ("if True:\nprint(1)", "exec"), ("a b", "eval"), ("'unterminated", "eval"), ("f(x for x in y, 1)", "eval"), ("nonlocal q", "exec")]:
    try:
        compile(source, "<test>", mode)
        print(repr(source), "compiles")
    except SyntaxError as error:
        print(repr(source), "SyntaxError:", error.msg, error.lineno, error.offset)
for action in [lambda: eval(5), lambda: exec(None), lambda: eval("1", []), lambda: eval("1", {}, []), lambda: compile("1", "f", "bogus"), lambda: compile(1, "f", "exec"),
               lambda: eval("1/0"), lambda: exec("raise KeyError('from exec')")]:
    try:
        print(action())
    except Exception as error:
        print(type(error).__name__, error)
g = {"counter": 0}
for _ in range(3):
    exec("counter += 1", g)
print(g["counter"])
print(eval("lambda v: v + 1")(1), eval("[x for x in range(3)]"), type(eval("(x for x in [])")).__name__)
def outer():
    hidden = "local value"
    return eval("hidden"), eval("hidden", None, {"hidden": "override"})
print(outer())
