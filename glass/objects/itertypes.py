"""map, filter and zip: the builtin lazy iterators.

Counterpart: Python/bltinmodule.c (mapobject, filterobject, zipobject:
map_new, map_next, filter_next, zip_new, zip_next).
"""
from __future__ import annotations

from glass.objects.exceptions import EXCEPTION_TYPES, OperationError, type_error, value_error
from glass.objects.object import W_Object, decref
from glass.objects.signature import no_text_signature
from glass.objects.type import BASETYPE, HAVE_GC, builtin_type, method, slot


def _alloc(w_type, cls, *fields):
    """tp_alloc for the exact type or a subclass made by a class statement."""
    if w_type.host_class is cls:
        return cls(w_type, *fields)
    w_self = w_type.host_class.__new__(w_type.host_class)
    cls.__init__(w_self, w_type, *fields)
    w_self.w_dict = None
    w_self.slots_w = [None] * w_type.nslots if w_type.nslots else None
    w_self.weakrefs = None
    return w_self


def _iterators(args_w):
    """PyObject_GetIter on each argument; all or nothing."""
    from glass.objects import abstract
    iters_w = []
    try:
        for w_arg in args_w:
            iters_w.append(abstract.iter(w_arg))
    except OperationError:
        for w_it in iters_w:
            decref(w_it)
        raise
    return iters_w


def next_or_none(w_it):
    """tp_iternext, with a StopIteration raised by it counting as exhaustion
    (as the C loops that test PyErr_ExceptionMatches(StopIteration) do)."""
    try:
        return w_it.ob_type.tp_iternext(w_it)
    except OperationError as error:
        if not error.match(EXCEPTION_TYPES["StopIteration"]):
            raise
        decref(error.w_value)
        return None


class _LazyIterator(W_Object):
    """What map, filter and zip share: they are their own iterators."""
    __slots__ = ()

    def self_iter(self):
        self.ob_refcnt += 1
        return self


# --- map --------------------------------------------------------------------------------

@builtin_type("map", flags=BASETYPE | HAVE_GC)
class W_Map(_LazyIterator):
    """map(func, *iterables) --> map object

Make an iterator that computes the function using arguments from
each of the iterables.  Stops when the shortest iterable is exhausted."""
    __slots__ = ("w_func", "iters_w")

    def __init__(self, w_type, w_func, iters_w):
        W_Object.__init__(self, w_type)
        w_func.ob_refcnt += 1
        self.w_func = w_func
        self.iters_w = iters_w            # owned iterators

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        """Counterpart: map_new / map_vectorcall."""
        # A subclass that keeps the inherited __init__ refuses them too.
        if kwnames and (w_type is W_Map.w_type or
                        w_type.tp_init is W_Map.w_type.tp_init):
            raise type_error("map() takes no keyword arguments")
        nkw = len(kwnames) if kwnames else 0
        positional = args_w[:len(args_w) - nkw]
        if len(positional) < 2:
            raise type_error("map() must have at least two arguments.")
        iters_w = _iterators(positional[1:])
        return _alloc(w_type, W_Map, positional[0], iters_w)

    @slot("tp_dealloc")
    def dealloc(self):
        iters_w, self.iters_w = self.iters_w, []
        for w_it in iters_w:
            decref(w_it)
        w_func, self.w_func = self.w_func, None
        if w_func is not None:
            decref(w_func)

    @slot("tp_traverse")
    def traverse(self, visit):
        visit(self.w_func)
        for w_it in self.iters_w:
            visit(w_it)

    @slot("tp_getattro")
    def getattro(self, w_name):
        from glass.objects.typeobject import generic_getattr
        return generic_getattr(self, w_name)

    @slot("tp_iter")
    def iter(self):
        return self.self_iter()

    @slot("tp_iternext")
    def iternext(self):
        """Counterpart: map_next: one item from each iterator, then the call."""
        from glass.objects import abstract
        args_w = []
        try:
            for w_it in self.iters_w:
                w_item = w_it.ob_type.tp_iternext(w_it)
                if w_item is None:
                    return None
                args_w.append(w_item)
            return abstract.call(self.w_func, args_w)
        finally:
            for w_item in args_w:
                decref(w_item)

    @no_text_signature
    @method("($self, /)", doc="Return state information for pickling.")
    def __reduce__(self):
        from glass.objects.iterobject import reduce_value
        self.ob_type.ob_refcnt += 1
        return reduce_value(self.ob_type, [self.w_func] + self.iters_w)


# --- filter ------------------------------------------------------------------------------

@builtin_type("filter", flags=BASETYPE | HAVE_GC)
class W_Filter(_LazyIterator):
    """filter(function or None, iterable) --> filter object

Return an iterator yielding those items of iterable for which function(item)
is true. If function is None, return the items that are true."""
    __slots__ = ("w_func", "w_it")

    def __init__(self, w_type, w_func, w_it):
        W_Object.__init__(self, w_type)
        w_func.ob_refcnt += 1
        self.w_func = w_func
        self.w_it = w_it                  # owned

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        """Counterpart: filter_new / filter_vectorcall."""
        # A subclass that keeps the inherited __init__ refuses them too.
        if kwnames and (w_type is W_Filter.w_type or
                        w_type.tp_init is W_Filter.w_type.tp_init):
            raise type_error("filter() takes no keyword arguments")
        nkw = len(kwnames) if kwnames else 0
        positional = args_w[:len(args_w) - nkw]
        if len(positional) != 2:
            raise type_error("filter expected 2 arguments, got %d" % len(positional))
        (w_it,) = _iterators(positional[1:])
        return _alloc(w_type, W_Filter, positional[0], w_it)

    @slot("tp_dealloc")
    def dealloc(self):
        for field in ("w_it", "w_func"):
            w_value = getattr(self, field)
            if w_value is not None:
                setattr(self, field, None)
                decref(w_value)

    @slot("tp_traverse")
    def traverse(self, visit):
        visit(self.w_func)
        visit(self.w_it)

    @slot("tp_getattro")
    def getattro(self, w_name):
        from glass.objects.typeobject import generic_getattr
        return generic_getattr(self, w_name)

    @slot("tp_iter")
    def iter(self):
        return self.self_iter()

    @slot("tp_iternext")
    def iternext(self):
        """Counterpart: filter_next: None and bool test the item itself."""
        from glass.objects import abstract
        from glass.objects.bool import W_Bool
        from glass.objects.none import w_None
        w_func = self.w_func
        check_true = w_func is w_None or w_func is W_Bool.w_type
        w_it = self.w_it
        while True:
            w_item = w_it.ob_type.tp_iternext(w_it)
            if w_item is None:
                return None
            try:
                if check_true:
                    ok = abstract.is_true(w_item)
                else:
                    w_good = abstract.call(w_func, [w_item])
                    try:
                        ok = abstract.is_true(w_good)
                    finally:
                        decref(w_good)
            except OperationError:
                decref(w_item)
                raise
            if ok:
                return w_item
            decref(w_item)

    @no_text_signature
    @method("($self, /)", doc="Return state information for pickling.")
    def __reduce__(self):
        from glass.objects.iterobject import reduce_value
        self.ob_type.ob_refcnt += 1
        return reduce_value(self.ob_type, [self.w_func, self.w_it])


# --- zip ---------------------------------------------------------------------------------

@builtin_type("zip", flags=BASETYPE | HAVE_GC)
class W_Zip(_LazyIterator):
    """zip(*iterables, strict=False) --> Yield tuples until an input is exhausted.

   >>> list(zip('abcdefg', range(3), range(4)))
   [('a', 0, 0), ('b', 1, 1), ('c', 2, 2)]

The zip object yields n-length tuples, where n is the number of iterables
passed as positional arguments to zip().  The i-th element in every tuple
comes from the i-th iterable argument to zip().  This continues until the
shortest argument is exhausted.

If strict is true and one of the arguments is exhausted before the others,
raise a ValueError."""
    __slots__ = ("iters_w", "strict")

    def __init__(self, w_type, iters_w, strict):
        W_Object.__init__(self, w_type)
        self.iters_w = iters_w            # owned iterators
        self.strict = strict

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        """Counterpart: zip_new: PyArg_ParseTupleAndKeywords(..., "|$p:zip")."""
        from glass.objects import abstract
        nkw = len(kwnames) if kwnames else 0
        positional = args_w[:len(args_w) - nkw]
        strict = False
        if nkw:
            if nkw > 1:
                raise type_error("zip() takes at most 1 keyword argument (%d given)" % nkw)
            if kwnames[0] != "strict":
                raise type_error("'%s' is an invalid keyword argument for zip()"
                                 % kwnames[0])
            strict = abstract.is_true(args_w[-1])
        iters_w = _iterators(positional)
        return _alloc(w_type, W_Zip, iters_w, strict)

    @slot("tp_dealloc")
    def dealloc(self):
        iters_w, self.iters_w = self.iters_w, []
        for w_it in iters_w:
            decref(w_it)

    @slot("tp_traverse")
    def traverse(self, visit):
        for w_it in self.iters_w:
            visit(w_it)

    @slot("tp_getattro")
    def getattro(self, w_name):
        from glass.objects.typeobject import generic_getattr
        return generic_getattr(self, w_name)

    @slot("tp_iter")
    def iter(self):
        return self.self_iter()

    @slot("tp_iternext")
    def iternext(self):
        """Counterpart: zip_next, and with strict=True the check that every
        iterator ran out at the same time."""
        from glass.objects.tuple import new_tuple_owned
        iters_w = self.iters_w
        if not iters_w:
            return None
        items_w = []
        for i, w_it in enumerate(iters_w):
            try:
                w_item = w_it.ob_type.tp_iternext(w_it) if not self.strict \
                    else next_or_none(w_it)
            except OperationError:
                for w_done in items_w:
                    decref(w_done)
                raise
            if w_item is None:
                for w_done in items_w:
                    decref(w_done)
                if self.strict:
                    self._check_lengths(i)
                return None
            items_w.append(w_item)
        return new_tuple_owned(items_w)

    def _check_lengths(self, i):
        """The first `i` iterators gave an item, iterator i did not."""
        if i:
            raise value_error("zip() argument %d is shorter than argument%s%d"
                              % (i + 1, " " if i == 1 else "s 1-", i))
        for i in range(1, len(self.iters_w)):
            w_item = next_or_none(self.iters_w[i])
            if w_item is not None:
                decref(w_item)
                raise value_error("zip() argument %d is longer than argument%s%d"
                                  % (i + 1, " " if i == 1 else "s 1-", i))

    @no_text_signature
    @method("($self, /)", doc="Return state information for pickling.")
    def __reduce__(self):
        """(type, iterators) or, when strict, (type, iterators, True)."""
        from glass.objects.bool import new_bool
        from glass.objects.tuple import new_tuple, new_tuple_owned
        self.ob_type.ob_refcnt += 1
        items = [self.ob_type, new_tuple(self.iters_w)]
        if self.strict:
            items.append(new_bool(True))
        return new_tuple_owned(items)

    @no_text_signature
    @method("($self, state, /)", doc="Set state information for unpickling.")
    def __setstate__(self, w_state):
        from glass.objects import abstract
        self.strict = abstract.is_true(w_state)
