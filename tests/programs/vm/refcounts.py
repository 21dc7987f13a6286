# Reference counts around generators, with, match, coroutines and except*:
# sys.getrefcount must read as CPython's at each step.
import sys
rc = sys.getrefcount
obj = object()
print("base", rc(obj))

def g():
    x = yield 1
    y = yield x
    return y

gen = g(); next(gen); gen.send(obj)
print("held by frame", rc(obj))
try:
    gen.send(obj)
except StopIteration as e:
    print("in StopIteration", rc(obj))
    pass
del gen
print("released", rc(obj))

def deleg():
    r = yield from g()
    return r
d = deleg(); next(d); d.send(obj)
print("delegated", rc(obj))
d.close()
del d
print("closed", rc(obj))

class M:
    def __enter__(self): return obj
    def __exit__(self, *a): return True
with M() as v:
    print("with", rc(obj))
    raise ValueError
del v
print("after with", rc(obj))

match [obj, obj]:
    case [a, b]:
        print("match", rc(obj))
del a, b
print("after match", rc(obj))

async def co():
    return obj
c = co()
try:
    c.send(None)
except StopIteration as s:
    print("coroutine result", rc(obj))
    del s
del c
print("after coroutine", rc(obj))

try:
    raise ExceptionGroup("g", [ValueError(obj)])
except* ValueError as eg:
    print("except*", rc(obj))
print("after except*", rc(obj))

def gen2():
    try:
        yield obj
    finally:
        pass
for item in gen2():
    print("loop item", rc(obj))
    break
del item
print("end", rc(obj))
