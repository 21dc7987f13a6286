# Random inserts, deletes, pops and lookups on a dict and a set, with int, str
# and colliding keys: the same tables (order, sizes, popped items) as CPython.
import sys
state = 12345
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % (1 << 31)
    return state % n
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return self.v % 7
    def __eq__(self, o): return isinstance(o, K) and self.v == o.v
    def __repr__(self): return 'K%d' % self.v
for trial in range(30):
    d = {}
    s = set()
    log = []
    for step in range(60):
        op = rnd(10)
        kind = rnd(3)
        v = rnd(40)
        key = v if kind == 0 else ('s' + str(v) if kind == 1 else K(v))
        if op < 5:
            d[key] = step; s.add(key)
        elif op < 7:
            d.pop(key, None); s.discard(key)
        elif op == 7 and d:
            log.append(d.popitem())
        elif op == 8 and s:
            log.append(s.pop())
        else:
            log.append((key in d, key in s, d.get(key)))
    print(trial, list(d.items()), sys.getsizeof(d), sys.getsizeof(s), list(s), log[-3:])
