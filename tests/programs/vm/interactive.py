# Code compiled in 'single' mode, as the interactive prompt compiles it:
# PRINT_EXPR hands each expression statement's value to sys.displayhook.
import sys

for line in ("1 + 1", "None", "'text'", "[_, _]", "x = 5", "x * 2", "_"):
    exec(compile(line, "<stdin>", "single"))

namespace = {}
exec(compile("for i in range(3): i\n", "<stdin>", "single"), namespace)
exec(compile("if True:\n    'inside'\n", "<stdin>", "single"), namespace)

shown = []
sys.displayhook = shown.append
exec(compile("40 + 2", "<stdin>", "single"))
sys.displayhook = sys.__displayhook__
print("hook saw", shown)

del sys.displayhook
try:
    exec(compile("'lost'", "<stdin>", "single"))
except RuntimeError as e:
    print("RuntimeError:", e)
sys.displayhook = sys.__displayhook__
exec(compile("'restored'", "<stdin>", "single"))
