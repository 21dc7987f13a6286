# Weak references and proxies: every number slot of a proxy (in-place ones too), the two proxy types, weakref repr (__name__ looked up on the type), ref() argument checks, _remove_dead_weakref.
import operator, re, weakref, _weakref

def show(label, thunk):
    try:
        print(label, re.sub(r"0x[0-9a-f]+", "ADDR", repr(thunk())))
    except Exception as e:
        print(label, "raises", type(e).__name__, re.sub(r"0x[0-9a-f]+", "ADDR", str(e)))

class Num:
    def __init__(self, v): self.v = v
    def __repr__(self): return "Num(%r)" % self.v
for name in ("add", "sub", "mul", "truediv", "floordiv", "mod", "divmod", "pow", "lshift",
             "rshift", "and", "or", "xor", "matmul"):
    setattr(Num, "__%s__" % name, (lambda n: lambda self, o, *m: (n, self.v, o) + m)(name))
    setattr(Num, "__r%s__" % name, (lambda n: lambda self, o: ("r" + n, o, self.v))(name))
for name in ("iadd", "isub", "imul", "itruediv", "ifloordiv", "imod", "ipow", "ilshift",
             "irshift", "iand", "ior", "ixor", "imatmul"):
    setattr(Num, "__%s__" % name, (lambda n: lambda self, o: (n, self.v, o))(name))
for name in ("neg", "pos", "abs", "invert"):
    setattr(Num, "__%s__" % name, (lambda n: lambda self: (n, self.v))(name))
Num.__index__ = lambda self: 7
Num.__int__ = lambda self: 8
Num.__float__ = lambda self: 9.5

n = Num(3)
p = weakref.proxy(n)
binary = [operator.add, operator.sub, operator.mul, operator.truediv, operator.floordiv,
          operator.mod, divmod, pow, operator.lshift, operator.rshift, operator.and_,
          operator.or_, operator.xor, operator.matmul]
for op in binary:
    show(op.__name__, lambda: op(p, 2))
    show("r" + op.__name__, lambda: op(2, p))
inplace = [operator.iadd, operator.isub, operator.imul, operator.itruediv, operator.ifloordiv,
           operator.imod, operator.ipow, operator.ilshift, operator.irshift, operator.iand,
           operator.ior, operator.ixor, operator.imatmul]
for op in inplace:
    show(op.__name__, lambda: op(p, 2))
show("pow3", lambda: pow(p, 2, 5))
for op in (operator.neg, operator.pos, abs, operator.invert, operator.index, int, float):
    show(op.__name__, lambda: op(p))
show("index list", lambda: [10, 11, 12, 13, 14, 15, 16, 17, 18][p])
q = p
q += 1
show("after +=", lambda: q)
show("proxy with proxy", lambda: p + weakref.proxy(Num(5)))

class C:
    pass
c = C()
show("unsupported +", lambda: weakref.proxy(c) + 1)
show("unsupported -", lambda: -weakref.proxy(c))
show("unsupported abs", lambda: abs(weakref.proxy(c)))
show("unsupported index", lambda: operator.index(weakref.proxy(c)))
show("unsupported @=", lambda: operator.imatmul(weakref.proxy(c), 1))

# the two proxy types are unrelated types with the same slots
def f(x=1):
    return x * 2
cp = weakref.proxy(f)
print(type(cp).__name__, [t.__name__ for t in type(cp).__mro__],
      issubclass(weakref.CallableProxyType, weakref.ProxyType))
print(cp(21), cp.__name__)
print(sorted(set(dir(weakref.ProxyType)) - set(dir(weakref.CallableProxyType))))
print(sorted(set(dir(weakref.CallableProxyType)) - set(dir(weakref.ProxyType))))
print([t.__doc__ for t in (weakref.ref, weakref.ProxyType, weakref.CallableProxyType)])

# repr: the type's tp_name, __name__ found on the type (gh-99184), shown as is
class MyConfig(dict):
    def __getattr__(self, x):
        return self[x]
class Named:
    __name__ = "plain text"
class NotStr:
    __name__ = 42
keep = [MyConfig(a=1), C(), f, C, Named(), NotStr(), weakref.ref]
for o in keep:
    show("repr", lambda: weakref.ref(o))
    show("str", lambda: str(weakref.ref(o)))
show("proxy repr", lambda: weakref.proxy(c))
d = C()
r = weakref.ref(d)
del d
show("dead", lambda: r)

# ref() arguments: __new__ ignores keywords, __init__ refuses them
show("kw", lambda: weakref.ref(c, callback=None))
show("no args", lambda: weakref.ref())
show("3 args", lambda: weakref.ref(c, None, None))
r = weakref.ref(C)
show("init 5", lambda: r.__init__(0, 0, 0, 0, 0))
show("init 0", lambda: r.__init__())
show("init kw", lambda: r.__init__(c, x=1))
show("init ok", lambda: r.__init__(c, None))
class MyRef(weakref.ref):
    def __new__(cls, ob, callback=None, **extra):
        return super().__new__(cls, ob, callback)
    def __init__(self, ob, callback=None, **extra):
        super().__init__(ob, callback)
        self.extra = extra
show("subclass kw", lambda: MyRef(c, tag=1).extra)
show("subclass calls", lambda: MyRef(c)() is c)

# _remove_dead_weakref: a missing key is fine, a live ref stays, a non-ref is refused
dead = C()
table = {"dead": weakref.ref(dead), "live": weakref.ref(c), "other": 1}
del dead
show("missing", lambda: _weakref._remove_dead_weakref(table, "nothere"))
show("dead", lambda: _weakref._remove_dead_weakref(table, "dead"))
show("live", lambda: _weakref._remove_dead_weakref(table, "live"))
show("other", lambda: _weakref._remove_dead_weakref(table, "other"))
show("not a dict", lambda: _weakref._remove_dead_weakref([], "x"))
print(sorted(table))
gone = C()
gp = weakref.proxy(gone)
del gone
show("dead proxy", lambda: gp)
show("dead proxy str", lambda: str(gp))
show("dead proxy +", lambda: gp + 1)
