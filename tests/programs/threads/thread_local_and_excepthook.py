"""threading.local (_thread._local): per-thread dicts, __init__ run again in each
thread, dicts freed with their thread and with the local; an uncaught exception
in a thread printed by _thread._excepthook; a subclass of _thread.RLock."""
import _thread, sys, gc, threading
class M(_thread._local):
    def __init__(self, a): self.a=a
m=M(5); print(m.a, m.__dict__)
def f(): print('thread', m.__dict__); m.b = 2; print(m.__dict__)
t=threading.Thread(target=f); t.start(); t.join()
print(m.__dict__)
l=_thread._local(); l.x=[1]; print(sys.getrefcount(l))
class D:
    def __del__(self): print('del D')
loc = threading.local()
def g(): loc.d = D(); print('set')
t=threading.Thread(target=g); t.start(); t.join(); print('joined')
loc.d = D(); del loc; print('after del')
class C(threading.local):
    def __init__(self): self.me = self
gc.collect()
c = C(); del c; print(gc.collect())
def h(): raise ValueError('boom')
t=threading.Thread(target=h, name='T1'); t.start(); t.join()
sys.stdout.flush()
class R(_thread.RLock): pass
r=R(); r.x=1; print(r.x, r.__dict__)
import weakref; print(weakref.ref(r)() is r)
print(_thread._ExceptHookArgs, _thread._ExceptHookArgs.__doc__)
try: _thread._excepthook(1)
except TypeError as e: print(e)
