# compile()'s CO_FUTURE_BARRY_AS_BDFL: '<>' is the only inequality; without it '!='.
# (The future import in a source does not change how that source parses, in 3.11.)
import __future__
for code in ["2 <> 3", "from __future__ import barry_as_FLUFL\n2 != 3", "from __future__ import barry_as_FLUFL\n2 <> 3"]:
    for flags in (0, __future__.CO_FUTURE_BARRY_AS_BDFL):
        try:
            compile(code, '<t>', 'exec', flags); print("ok")
        except SyntaxError as e:
            print(repr(e), e.offset, e.text)
import ast
print(ast.dump(ast.parse("1 <> 2", flags=0) if False else compile("1 <> 2", "<s>", "eval", ast.PyCF_ONLY_AST | __future__.CO_FUTURE_BARRY_AS_BDFL)))
try:
    compile("1 != 2", "<s>", "eval", ast.PyCF_ONLY_AST | __future__.CO_FUTURE_BARRY_AS_BDFL)
except SyntaxError as e:
    print(repr(e))
ns = {}
exec(compile("from __future__ import barry_as_FLUFL\ndef f():\n  return compile('1 <> 2', 's', 'eval')\n", "m", "exec"), ns)
print(eval(ns["f"]()))
