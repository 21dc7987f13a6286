# The order move_unreachable leaves things in: objects made before what refers to them are sent back to the end of the scan; survivors keep that order (gc.get_objects), garbage is finalized and its weakref callbacks run in it, at every generation.
import gc, weakref
class N:
    def __init__(self, name):
        self.name = name
        self.refs = []
def names(generation=None):
    return [o.name for o in gc.get_objects(generation) if isinstance(o, N)]
gc.collect()
gc.disable()
# a chain made leaves first, held from outside by its last link
a = N("a"); b = N("b"); c = N("c"); d = N("d")
b.refs.append(a); c.refs.append(b); d.refs.append(c)
root = [d]
del a, b, c, d
gc.collect()
print("survivors", names())
# rings whose __del__ log shows the unreachable list's order
log = []
class F(N):
    def __del__(self):
        log.append(self.name)
def ring(prefix, n):
    nodes = [F(prefix + str(i)) for i in range(n)]
    for i in range(1, n):
        nodes[i].refs.append(nodes[i - 1])
    nodes[0].refs.append(nodes[-1])
    return nodes[-1]
x = ring("x", 5)
y = ring("y", 3)
y.refs.append(x)
keep = N("keep"); keep.refs.append(ring("k", 3))
del x, y
print("rings", gc.collect(), log)
print("survivors", names())
log.clear()
# a young collection moves the survivors up in the scan's order
z = ring("z", 4)
w = N("w"); w.refs.append(z)
del z
gc.collect(0)
print("generation 1", names(1))
del w
print("collect(1)", gc.collect(1), log)
log.clear()
# a dict made before its owner, a tuple after, a list in between
holder = N("holder")
first = {"n": N("in-dict")}
middle = [N("in-list"), first]
holder.refs.append((middle, N("in-tuple")))
del first, middle
gc.collect()
print("nested", names())
# weakref callbacks in the collector's order
callbacks = []
objs = [N("r%d" % i) for i in range(4)]
for o in objs:
    o.refs.append(o)
refs = [weakref.ref(o, lambda r, n=o.name: callbacks.append(n)) for o in reversed(objs)]
del objs, o
print("callbacks", gc.collect(), callbacks)
# a finalizer that resurrects its cycle
resurrected = []
class Phoenix(N):
    def __del__(self):
        resurrected.append(self)
p = Phoenix("p"); q = N("q"); p.refs.append(q); q.refs.append(p)
del p, q
print("resurrected", gc.collect(), [o.name for o in resurrected])
resurrected.clear()
print("then", gc.collect())
gc.enable()
