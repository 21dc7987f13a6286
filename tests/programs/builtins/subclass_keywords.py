# Builtin types whose __new__ takes no keywords refuse them for a subclass
# too, unless the subclass defines __init__ (which may take them).
import _queue
import array
import itertools

cases = [(filter, (None, [0, 1])), (map, (str, [1, 2])), (zip, ([1], [2])),
         (itertools.chain, ([1], [2])), (itertools.islice, ([1, 2], 1)),
         (_queue.SimpleQueue, ()), (array.array, ("b",))]
for cls, args in cases:
    class Plain(cls):
        pass

    class WithInit(cls):
        def __init__(self, *args, **kwargs):
            self.kwargs = kwargs
    for kind in (cls, Plain, WithInit):
        try:
            made = kind(*args, newarg=3)
            print(cls.__name__, kind.__name__, "made", getattr(made, "kwargs", None))
        except TypeError as error:
            print(cls.__name__, kind.__name__, "TypeError:", error)
