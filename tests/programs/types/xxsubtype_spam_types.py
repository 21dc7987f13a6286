# xxsubtype (Modules/xxsubtype.c): builtin subtypes of list and dict, a
# METH_CLASS and a METH_STATIC method, and the classmethod descriptor checks.
import xxsubtype as x, sys
print(x.__doc__[:30], sorted(k for k in dir(x) if not k.startswith('__')))
print(x.spamlist.classmeth(1), x.spamlist.staticmeth(1,a=2), x.spamlist.__dict__['classmeth'])
print(x.spamlist().classmeth(1, b=3))
print(x.spamlist.__mro__, x.spamdict.__mro__, x.spamlist.__doc__, x.spamdict.__doc__, x.bench.__doc__)
print(sorted((k, type(v).__name__) for k, v in x.spamlist.__dict__.items() if k != "__new__"))
print(x.spamlist.getstate.__doc__, x.spamlist.setstate.__doc__, x.spamlist.state.__doc__, x.spamdict.state)
print(type(x.bench(1, "real")), x.bench.__text_signature__, x.bench.__module__, x.bench.__doc__)
print(sys.getsizeof(x.spamlist()), sys.getsizeof([]), sys.getsizeof(x.spamdict()), sys.getsizeof({}))
s=x.spamlist([1]); print(repr(s), s.state, s.getstate())
print(x.spamlist.classmeth.__text_signature__, x.spamlist.getstate.__text_signature__)
for a in [('a',), (), (1,2), (7,)]:
  try: s.setstate(*a)
  except Exception as e: print(type(e), e)
print(s.state)
try: s.getstate(1)
except Exception as e: print(type(e), e)
d=x.spamdict(a=1); print(d, d.state)
for obj in (d, s):
  try: obj.state = 3
  except Exception as e: print(type(e), e)
print(x.spamlist.__basicsize__, x.spamdict.__basicsize__, x.spamlist.__weakrefoffset__, x.spamlist.__dictoffset__)
try: x.spamlist(1,2)
except Exception as e: print(type(e), e)
print(x.spamlist.__qualname__, x.spamlist.__module__)
print(x.spamlist.__new__(x.spamlist).state)
class C(x.spamlist): pass
c = C([1,2]); c.setstate(4); print(c, c.getstate(), c.__dict__)
cm = x.spamlist.__dict__['classmeth']
for args in [(), (x.spamlist(),), (list,), (C, 1)]:
  try: print(cm(*args))
  except Exception as e: print(type(e), e)
try: cm.__get__(None, list)
except Exception as e: print(type(e), e)
