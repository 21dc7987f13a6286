"""A module without __spec__, or with one that is initializing, in the
messages of a missing attribute and of from-import."""
import types, sys
m = types.ModuleType("m")
del m.__spec__
try: m.foo
except AttributeError as e: print(e)
class S:
    _initializing = True
m2 = types.ModuleType("m2"); m2.__spec__ = S()
try: m2.foo
except AttributeError as e: print(e)
class P:
    @property
    def __spec__(self): raise AttributeError("x")
class M(types.ModuleType):
    __spec__ = property(lambda self: S())
m3 = M("m3")
try: m3.foo
except AttributeError as e: print(e)
sys.modules['m3'] = m3
try:
    from m3 import foo
except ImportError as e: print(e)
