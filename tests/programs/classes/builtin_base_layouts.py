"""What a class deriving from a builtin type gets: its own __dict__ and __weakref__
descriptors only where the base has none (an exception, partial, array have theirs),
and the layout figures that follow."""
import functools, types, collections, io, itertools, weakref, array, _thread
bases = [object, int, str, bytes, tuple, list, dict, set, frozenset, float, complex, bytearray,
         BaseException, Exception, OSError, KeyError, StopIteration, SyntaxError, UnicodeDecodeError,
         ImportError, SystemExit, NameError, AttributeError, ExceptionGroup,
         functools.partial, types.SimpleNamespace, types.ModuleType, collections.deque,
         collections.OrderedDict, collections.defaultdict, collections.Counter, property, staticmethod, classmethod,
         io.FileIO, io.BytesIO, io.StringIO, io.TextIOWrapper, io.BufferedReader, io.IOBase, io.RawIOBase,
         array.array, weakref.ref, itertools.chain, type, memoryview.__base__, _thread._local, super, enumerate]
for b in bases:
    try:
        class C(b): pass
    except TypeError as e:
        print(b.__name__, 'refused', e); continue
    print(b.__name__, sorted(vars(C)), C.__dictoffset__ != 0, C.__weakrefoffset__ != 0, C.__basicsize__ - b.__basicsize__)
import _io, io
print(_io.__name__, _io.open.__module__, io.open.__module__, _io.FileIO.__module__)
