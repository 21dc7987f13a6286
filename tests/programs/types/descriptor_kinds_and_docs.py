"""Which attributes of the builtin types are member descriptors (tp_members)
and which are getset descriptors, what every descriptor shows (__name__,
__qualname__, __objclass__, __reduce__), and the types' __doc__ and
__text_signature__ split from CPython's internal docs."""
import builtins
import itertools
import io
import pickle
import types


def kinds(t):
    out = []
    for name, value in sorted(vars(t).items()):
        kind = type(value).__name__
        if kind in ('member_descriptor', 'getset_descriptor'):
            out.append('%s:%s' % (name, kind[0]))
    return ' '.join(out)


print(types.MemberDescriptorType, types.GetSetDescriptorType)
for t in (types.FunctionType, type, types.ModuleType, types.MethodType, property,
          types.CodeType, types.FrameType, types.TracebackType, BaseException,
          types.SimpleNamespace, staticmethod, classmethod, types.GeneratorType,
          types.CoroutineType, slice, range, complex, types.CellType,
          types.BuiltinFunctionType, types.MethodWrapperType, types.WrapperDescriptorType,
          types.GenericAlias, super, StopIteration, SyntaxError, OSError, ImportError,
          AttributeError, NameError, SystemExit):
    print(t.__name__, kinds(t))

for t in (types.MethodDescriptorType, types.ClassMethodDescriptorType,
          types.GetSetDescriptorType, types.MemberDescriptorType, types.WrapperDescriptorType):
    print(t.__name__, sorted((k, type(v).__name__[:3]) for k, v in vars(t).items()
                             if k in ('__name__', '__qualname__', '__objclass__', '__doc__',
                                      '__reduce__', '__text_signature__')))


class Outer:
    class Inner:
        __slots__ = ('x',)


d = Outer.Inner.__dict__['x']
print(d.__doc__, repr(d), d.__name__, d.__qualname__, d.__objclass__, d.__reduce__())
print(list.append.__reduce__(), int.__add__.__reduce__(), list.append.__qualname__,
      dict.fromkeys.__qualname__, dict.__dict__['fromkeys'].__name__,
      type.__dict__['__name__'].__qualname__)
print(pickle.loads(pickle.dumps(list.append)) is list.append)
for attempt in (lambda: setattr(types.FunctionType.__globals__, 'x', 1),
                lambda: setattr(slice(1), 'start', 2),
                lambda: delattr(complex(1), 'real')):
    try:
        attempt()
    except AttributeError as e:
        print('AttributeError', e)

for t in (object, list, tuple, float, complex, enumerate, reversed, memoryview, property,
          types.CellType, types.CodeType, types.FunctionType, types.MethodType,
          types.ModuleType, types.TracebackType, staticmethod, classmethod, super, int, str,
          types.GeneratorType, types.BuiltinFunctionType, iter([]).__class__,
          io.StringIO, io.BytesIO, io.TextIOWrapper, io.BufferedReader, io.FileIO,
          itertools.count, itertools.groupby, itertools.accumulate):
    doc = t.__doc__
    print(t.__name__, t.__text_signature__,
          repr(doc) if doc is None or isinstance(doc, str) else type(doc).__name__)


class Documented:
    'Documented(a, b=2)\n--\n\nA class with a signature in its doc.'


class Undocumented:
    pass


print(Documented.__text_signature__, repr(Documented.__doc__), Undocumented.__text_signature__)
