"""Slot wrappers called with the wrong number of arguments (check_num_args and
PyArg_UnpackTuple messages), and attribute slots given a name that is not a str."""
class K: pass
l = [1]
p = property()
calls = {
 'setattr': lambda: K().__setattr__(1), 'setattr3': lambda: K().__setattr__(1, 2, 3),
 'delattr': lambda: K().__delattr__(), 'getattribute': lambda: K().__getattribute__(),
 'pow': lambda: (2).__pow__(), 'pow3': lambda: (2).__pow__(1, 2, 3), 'rpow': lambda: (2).__rpow__(),
 'sq_setitem': lambda: bytearray(b'x').__setitem__(0), 'setitem': lambda: {}.__setitem__(1),
 'list_setitem': lambda: l.__setitem__(0), 'delitem': lambda: {}.__delitem__(),
 'descr_get': lambda: p.__get__(), 'descr_get3': lambda: p.__get__(1, 2, 3),
 'descr_set': lambda: p.__set__(1), 'descr_delete': lambda: p.__delete__(),
 'add': lambda: (1).__add__(), 'len': lambda: l.__len__(1), 'contains': lambda: l.__contains__(),
 'next': lambda: iter(l).__next__(1), 'hash': lambda: (1).__hash__(1), 'iter': lambda: l.__iter__(1),
 'repr': lambda: l.__repr__(1), 'del': lambda: K().__init__(1), 'bool': lambda: (1).__bool__(1),
 'mul': lambda: 'x'.__mul__(), 'iadd': lambda: l.__iadd__(),
}
for name, call in calls.items():
    try:
        call(); print(name, 'ok')
    except TypeError as e:
        print(name, repr(str(e)))
import sys, types, functools, _thread, pyexpat, collections, io, weakref, array, itertools, operator, ctypes, socket, select, mmap, zlib, re, datetime, decimal, threading
class K: pass
class Sl:
    __slots__ = ('a',)
objects = [sys, K, K(), Sl(), types.SimpleNamespace(), functools.partial(print), _thread._local(),
           pyexpat.ParserCreate(), super(K, K()), weakref.proxy(K), io.BytesIO(), io.StringIO(),
           array.array('b'), collections.OrderedDict(), re.compile('x'), datetime.date(2000, 1, 1),
           operator.attrgetter('x'), zlib.compressobj(), types.MethodType(print, 1), property(),
           threading.local(), ctypes.c_int(1), memoryview(b''), K.__init__, print, 3, 'x']
for obj in objects:
    for name in ('__getattribute__', '__setattr__', '__delattr__'):
        args = (1, 2) if name == '__setattr__' else (1,)
        try:
            getattr(obj, name)(*args)
            print(type(obj).__name__, name, 'ok')
        except Exception as e:
            print(type(obj).__name__, name, type(e).__name__, e)
