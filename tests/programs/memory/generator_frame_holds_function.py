# A suspended generator's frame holds its function (f_func) and code: the
# collector must see those references (gen_traverse, _PyFrame_Traverse),
# or the cycle module dict -> generator -> frame -> function -> module dict
# is never freed and the generator's finally never runs at exit.
import gc, os
gc.disable()

class Resource:
    def __del__(self):
        os.write(1, b"resource freed\n")

def gen():
    r = Resource()
    try:
        yield 1
    finally:
        os.write(1, b"generator finally\n")

g = gen()
next(g)
print([type(r).__name__ for r in gc.get_referents(g)])
print(gen in gc.get_referents(g))
