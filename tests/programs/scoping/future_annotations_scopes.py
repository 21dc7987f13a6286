"""from __future__ import annotations: what an annotation may not hold (yield,
await, a walrus), assignment to __debug__ through an annotated attribute, and
the symbol tables (annotations bind nothing in the enclosing scopes)."""
src = ["test: (yield)", "test.test: (yield a + b)", "test[something]: (yield from x)",
       "def func(test: (yield from outside_of_generator)): pass", "def test() -> (await y): pass",
       "async def test() -> something((a := b)): pass",
       "test: await some.complicated[0].call(with_args=True or 1 is not 1)",
       "object.__debug__: int", "x: (yield)", "def f():\n    x: (yield)\n"]
for s in src:
    for fut in ("from __future__ import annotations\n", ""):
        try:
            compile(fut + s, "<s>", "exec")
            print("ok")
        except SyntaxError as e:
            print(e.msg, e.lineno, e.offset)
ns = {}
exec("""from __future__ import annotations
def foo():
    outer = 1
    def bar():
        inner: outer = 1
    return bar
""", ns)
foo = ns['foo']
print(foo().__closure__, foo.__code__.co_cellvars, foo().__code__.co_freevars)
import symtable
def dump(t, d=0):
    print(" "*d, t.get_type(), t.get_name(), sorted((s.get_name(), s.is_free(), s.is_local(), s.is_referenced(), s.is_global()) for s in t.get_symbols()))
    for c in t.get_children(): dump(c, d+2)
for fut in ("from __future__ import annotations\n", ""):
    dump(symtable.symtable(fut + """
x: int = 1
y: List[str]
def f(a: Foo, *b: Bar, c: Baz = 1, **d: Qux) -> Ret:
    z: Local = 2
    w: (lambda: 1) = 3
class C:
    q: Q
    def m(self) -> (lambda: Mret): pass
""", "<s>", "exec"))
