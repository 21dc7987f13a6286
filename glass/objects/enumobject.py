"""enumerate and reversed.

Counterpart: Objects/enumobject.c (enumobject, reversedobject).
"""
from __future__ import annotations

from glass.objects.exceptions import EXCEPTION_TYPES, OperationError, type_error
from glass.objects.object import W_Object, decref, xdecref
from glass.objects.signature import no_text_signature
from glass.objects.type import BASETYPE, HAVE_GC, builtin_type, method, slot

PY_SSIZE_T_MAX = (1 << 63) - 1


@builtin_type("enumerate", flags=BASETYPE | HAVE_GC)
class W_Enumerate(W_Object):
    """enumerate(iterable, start=0)
--

Return an enumerate object.

  iterable
    an object supporting iteration

The enumerate object yields pairs containing a count (from start, which
defaults to zero) and a value yielded by the iterable argument.

enumerate is useful for obtaining an indexed list:
    (0, seq[0]), (1, seq[1]), (2, seq[2]), ..."""
    __slots__ = ("index", "w_sit", "w_longindex")

    def __init__(self, w_type, w_sit, index, w_longindex):
        W_Object.__init__(self, w_type)
        self.w_sit = w_sit                # owned iterator
        self.index = index                # a C Py_ssize_t while it fits
        self.w_longindex = w_longindex    # owned W_Int once it no longer fits

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        """Counterpart: enum_vectorcall: enumerate(iterable, start=0), parsed by hand."""
        nkw = len(kwnames) if kwnames else 0
        nargs = len(args_w) - nkw
        if nargs + nkw == 2:
            if nkw == 1:
                _check_keyword(kwnames, 0, "start")
            elif nkw == 2:
                if kwnames[0] == "start":
                    _check_keyword(kwnames, 1, "iterable")
                    return enum_new(w_type, args_w[1], args_w[0])
                _check_keyword(kwnames, 0, "iterable")
                _check_keyword(kwnames, 1, "start")
            return enum_new(w_type, args_w[0], args_w[1])
        if nargs + nkw == 1:
            if nkw == 1:
                _check_keyword(kwnames, 0, "iterable")
            return enum_new(w_type, args_w[0], None)
        if nargs == 0:
            raise type_error("enumerate() missing required argument 'iterable'")
        raise type_error("enumerate() takes at most 2 arguments (%d given)"
                         % (nargs + nkw))

    @slot("tp_dealloc")
    def dealloc(self):
        w_sit, self.w_sit = self.w_sit, None
        xdecref(w_sit)
        w_long, self.w_longindex = self.w_longindex, None
        xdecref(w_long)

    @slot("tp_traverse")
    def traverse(self, visit):
        if self.w_sit is not None:
            visit(self.w_sit)
        if self.w_longindex is not None:
            visit(self.w_longindex)

    @slot("tp_getattro")
    def getattro(self, w_name):
        from glass.objects.typeobject import generic_getattr
        return generic_getattr(self, w_name)

    @slot("tp_iter")
    def iter(self):
        self.ob_refcnt += 1
        return self

    @slot("tp_iternext")
    def iternext(self):
        """Counterpart: enum_next: (count, item), the count growing past
        Py_ssize_t into a Python int as enum_next_long does."""
        from glass.objects.int import new_int
        from glass.objects.tuple import new_tuple_owned
        w_item = self.w_sit.ob_type.tp_iternext(self.w_sit)
        if w_item is None:
            return None
        if self.index == PY_SSIZE_T_MAX:
            from glass.objects import abstract
            if self.w_longindex is None:
                self.w_longindex = new_int(PY_SSIZE_T_MAX)
            w_index = self.w_longindex
            w_one = new_int(1)
            try:
                self.w_longindex = abstract.binary_op(w_index, w_one, "nb_add", "+")
            finally:
                decref(w_one)
            return new_tuple_owned([w_index, w_item])
        w_index = new_int(self.index)
        self.index += 1
        return new_tuple_owned([w_index, w_item])

    @no_text_signature
    @method("($self, /)", doc="Return state information for pickling.")
    def __reduce__(self):
        from glass.objects.int import new_int
        from glass.objects.iterobject import reduce_value
        self.ob_type.ob_refcnt += 1
        if self.w_longindex is not None:
            return reduce_value(self.ob_type, [self.w_sit, self.w_longindex])
        w_index = new_int(self.index)
        try:
            return reduce_value(self.ob_type, [self.w_sit, w_index])
        finally:
            decref(w_index)

    @no_text_signature
    @method("($type, item, /)", kind="classmethod", doc="See PEP 585")
    def __class_getitem__(w_type, w_item):
        from glass.objects.tuple import generic_alias
        return generic_alias(w_type, w_item)


def _check_keyword(kwnames, index, name):
    if kwnames[index] != name:
        raise type_error("'%s' is an invalid keyword argument for enumerate()"
                         % kwnames[index])


def enum_new(w_type, w_iterable, w_start):
    """Counterpart: enum_new_impl: the start is an index (taken before the
    iterator), kept as a Python int only when it does not fit Py_ssize_t."""
    from glass.objects import abstract
    index, w_longindex = 0, None
    if w_start is not None:
        w_start = abstract.index(w_start)
        if -PY_SSIZE_T_MAX - 1 <= w_start.value <= PY_SSIZE_T_MAX:
            index = w_start.value
            decref(w_start)
        else:
            index, w_longindex = PY_SSIZE_T_MAX, w_start
    try:
        w_sit = abstract.iter(w_iterable)
    except OperationError:
        xdecref(w_longindex)
        raise
    return _alloc(w_type, W_Enumerate, w_sit, index, w_longindex)


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


# --- reversed ---------------------------------------------------------------------------

@builtin_type("reversed", flags=BASETYPE | HAVE_GC)
class W_Reversed(W_Object):
    """reversed(sequence, /)
--

Return a reverse iterator over the values of the given sequence."""
    __slots__ = ("index", "w_seq")

    def __init__(self, w_type, w_seq, index):
        W_Object.__init__(self, w_type)
        self.w_seq = w_seq                # owned, None once exhausted
        self.index = index

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        """Counterpart: reversed_vectorcall + reversed_new_impl."""
        if kwnames:
            raise type_error("reversed() takes no keyword arguments")
        if len(args_w) != 1:
            raise type_error("reversed expected 1 argument, got %d" % len(args_w))
        return reversed_new(w_type, args_w[0])

    @slot("tp_dealloc")
    def dealloc(self):
        w_seq, self.w_seq = self.w_seq, None
        xdecref(w_seq)

    @slot("tp_traverse")
    def traverse(self, visit):
        if self.w_seq is not None:
            visit(self.w_seq)

    @slot("tp_getattro")
    def getattro(self, w_name):
        from glass.objects.typeobject import generic_getattr
        return generic_getattr(self, w_name)

    @slot("tp_iter")
    def iter(self):
        self.ob_refcnt += 1
        return self

    @slot("tp_iternext")
    def iternext(self):
        """Counterpart: reversed_next: seq[index], index - 1, until index < 0."""
        w_seq = self.w_seq
        if self.index >= 0 and w_seq is not None:
            try:
                w_item = _sequence_item(w_seq, self.index)
                self.index -= 1
                return w_item
            except OperationError as error:
                if not (error.match(EXCEPTION_TYPES["IndexError"]) or
                        error.match(EXCEPTION_TYPES["StopIteration"])):
                    raise
                decref(error.w_value)
        self.index = -1
        self.w_seq = None
        xdecref(w_seq)
        return None

    @no_text_signature
    @method("($self, /)", doc="Private method returning an estimate of len(list(it)).")
    def __length_hint__(self):
        from glass.objects import abstract
        from glass.objects.int import new_int
        if self.w_seq is None:
            return new_int(0)
        size = abstract.length(self.w_seq)
        position = self.index + 1
        return new_int(0 if size < position else position)

    @no_text_signature
    @method("($self, /)", doc="Return state information for pickling.")
    def __reduce__(self):
        from glass.objects.int import new_int
        from glass.objects.iterobject import reduce_value
        from glass.objects.tuple import empty_tuple
        self.ob_type.ob_refcnt += 1
        if self.w_seq is not None:
            return reduce_value(self.ob_type, [self.w_seq], new_int(self.index))
        w_empty = empty_tuple()
        try:
            return reduce_value(self.ob_type, [w_empty])
        finally:
            decref(w_empty)

    @no_text_signature
    @method("($self, state, /)", doc="Set state information for unpickling.")
    def __setstate__(self, w_state):
        from glass.objects import abstract
        index = abstract.index_as_ssize(w_state)
        if self.w_seq is not None:
            size = abstract.length(self.w_seq)
            if index < -1:
                index = -1
            elif index > size - 1:
                index = size - 1
            self.index = index


def _sequence_item(w_seq, index):
    """PySequence_GetItem for an index that is not negative."""
    from glass.objects import abstract
    from glass.objects.int import new_int
    item = w_seq.ob_type.sq_item
    if item is not None:
        return item(w_seq, index)
    w_index = new_int(index)
    try:
        return abstract.getitem(w_seq, w_index)
    finally:
        decref(w_index)


def _is_sequence(w_obj):
    """PySequence_Check: an sq_item slot (or __getitem__), and not a dict."""
    from glass.objects.dict import W_Dict
    if w_obj.ob_type.is_subtype(W_Dict.w_type):
        return False
    return w_obj.ob_type.sq_item is not None or \
        w_obj.ob_type.lookup("__getitem__") is not None


def reversed_new(w_type, w_seq):
    """Counterpart: reversed_new_impl: __reversed__, else the sequence protocol."""
    from glass.objects import abstract
    from glass.objects.none import w_None
    w_method = w_seq.ob_type.lookup("__reversed__")
    if w_method is w_None:
        raise type_error("'%s' object is not reversible" % w_seq.ob_type.name)
    if w_method is not None:
        return abstract.call_bound_descriptor(w_method, w_seq, [])
    if not _is_sequence(w_seq):
        raise type_error("'%s' object is not reversible" % w_seq.ob_type.name)
    size = abstract.length(w_seq)
    w_seq.ob_refcnt += 1
    return _alloc(w_type, W_Reversed, w_seq, size - 1)
