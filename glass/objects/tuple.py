"""Guest tuples and their iterator.

Counterpart: Objects/tupleobject.c (PyTupleObject, tupleiterobject) and
PySequence_Tuple from Objects/abstract.c.

A W_Tuple holds a host list of owned references (`items`); nothing changes
it after the tuple is built.  The empty tuple is one shared object, as in
CPython.  The hash is 3.11's tuplehash, xxHash-based, so a tuple of items
with CPython's hashes hashes as CPython's tuple does.

Also here: the helpers the sequence types share (`eq_bool`, the fast
equality test; `alloc_subtype`, tp_alloc for a subclass's instances).
"""
from __future__ import annotations

from glass.objects.gctrack import EXACT_TUPLE, link as gc_link, untrack as gc_untrack
from glass.objects.object import W_Object, decref
from glass.objects.signature import no_text_signature
from glass.objects.type import (BASETYPE, EQ, GT, HAVE_GC, LE, LT, MATCH_SELF, NE, SEQUENCE,
                                NO_DOC, TUPLE_SUBCLASS, builtin_type, method, slot)

PY_SSIZE_T_MAX = (1 << 63) - 1
MASK64 = 0xFFFFFFFFFFFFFFFF

# xxHash's primes and rotation (pyhash.h, 64-bit build).
XXPRIME_1 = 11400714785074694791
XXPRIME_2 = 14029467366897019727
XXPRIME_5 = 2870177450012600261


# --- Helpers shared by the sequence types -------------------------------------------

def eq_bool(w_a, w_b):
    """PyObject_RichCompareBool(a, b, Py_EQ) with the guest-invisible cases
    answered on the host: identity, and two exact ints, strs or floats (whose
    __eq__ is C code in CPython: no guest code can run)."""
    if w_a is w_b:
        return True
    kind = type(w_a)
    if kind is type(w_b) and kind in PLAIN_VALUE_TYPES:
        return w_a.value == w_b.value
    if not PLAIN_VALUE_TYPES:
        load_plain_types()
        return eq_bool(w_a, w_b)
    return abstract.rich_compare_bool(w_a, w_b, EQ)


# The exact types whose values compare on the host as in the guest (int, str,
# float).  Filled on first use: importing them here would be circular.
PLAIN_VALUE_TYPES = set()


def load_plain_types():
    from glass.objects.float import W_Float
    from glass.objects.int import W_Int
    from glass.objects.str import W_Str
    PLAIN_VALUE_TYPES.update((W_Int, W_Str, W_Float))


def alloc_subtype(w_type):
    """tp_alloc for the instances of a class deriving from a builtin container:
    the host instance, its __dict__ and __slots__ empty, and no fields set."""
    from glass.objects.typeobject import _new_instance
    return _new_instance(w_type)


def compare_sizes(n1, n2, op):
    """Py_RETURN_RICHCOMPARE on two lengths: a new bool."""
    from glass.objects.bool import new_bool
    if op == EQ:
        return new_bool(n1 == n2)
    if op == NE:
        return new_bool(n1 != n2)
    if op == LT:
        return new_bool(n1 < n2)
    if op == LE:
        return new_bool(n1 <= n2)
    if op == GT:
        return new_bool(n1 > n2)
    return new_bool(n1 >= n2)


def not_implemented():
    from glass.objects.none import w_NotImplemented
    w_NotImplemented.ob_refcnt += 1
    return w_NotImplemented


def item_hash(w_item):
    """PyObject_Hash, with the str and int cases taken directly."""
    kind = type(w_item)
    if kind is W_Str:
        value = w_item.hash_cache
        if value == -1:
            value = w_item.ob_type.tp_hash(w_item)
        return value
    if kind is W_Int:
        return hash_int(w_item.value)
    func = w_item.ob_type.tp_hash
    if func is None:
        from glass.objects.exceptions import type_error
        raise type_error("unhashable type: '%s'" % w_item.ob_type.name)
    return func(w_item)


def index_bound(w_value):
    """_PyEval_SliceIndexNotNone: an index argument (start/stop of index()),
    clamped to the ssize_t range."""
    from glass.objects.exceptions import type_error
    from glass.objects.slice import slice_index
    if w_value.ob_type.nb_index is None:
        raise type_error("slice indices must be integers or have an __index__ method")
    return slice_index(w_value)


def memory_error():
    from glass.objects.exceptions import operation_error
    return operation_error("MemoryError")


@builtin_type("tuple", flags=BASETYPE | HAVE_GC | TUPLE_SUBCLASS | SEQUENCE | MATCH_SELF)
class W_Tuple(W_Object):
    """tuple(iterable=(), /)
--

Built-in immutable sequence.

If no argument is given, the constructor returns an empty tuple.
If iterable is specified the tuple is initialized from iterable's items.

If the argument is a tuple, the return value is the same object."""
    __slots__ = ("items",)

    def __init__(self, items, w_type=None):
        self.ob_refcnt = 1
        self.ob_type = w_type or W_Tuple.w_type
        self.items = items            # a host list of owned references
        gc_link(self)                 # untracked by a collection if atomic

    # --- creation (tuple_new_impl, tuple_subtype_new) ----------------------------

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        from glass.objects.exceptions import type_error
        if kwnames:
            # tuple_new: keywords are refused unless a subclass's own
            # __init__ takes them (they are its business then).
            from glass.objects.typeobject import ObjectType
            if w_type is W_Tuple.w_type or w_type.tp_init is ObjectType.init:
                raise type_error("tuple() takes no keyword arguments")
            args_w = args_w[:len(args_w) - len(kwnames)]
        if len(args_w) > 1:
            raise type_error("tuple expected at most 1 argument, got %d" % len(args_w))
        if w_type is W_Tuple.w_type:
            if not args_w:
                return empty_tuple()
            return sequence_tuple(args_w[0])
        # tuple_subtype_new: build a plain tuple, then copy it into the subclass.
        w_tmp = sequence_tuple(args_w[0]) if args_w else empty_tuple()
        w_new = alloc_subtype(w_type)
        for w_item in w_tmp.items:
            w_item.ob_refcnt += 1
        w_new.items = list(w_tmp.items)
        decref(w_tmp)
        return w_new

    @slot("tp_dealloc")
    def dealloc(self):
        # tupledealloc releases the items last to first.
        items, self.items = self.items, []
        for w_item in reversed(items):
            decref(w_item)

    @slot("tp_traverse")
    def traverse(self, visit):
        """Counterpart: tupletraverse, which walks the items from the end."""
        for w_item in reversed(self.items):
            visit(w_item)

    # --- the sequence protocol --------------------------------------------------------

    @slot("sq_length")
    def length(self):
        return len(self.items)

    @slot("sq_item")
    def item(self, index):
        """Counterpart: tupleitem."""
        items = self.items
        if index < 0 or index >= len(items):
            from glass.objects.exceptions import index_error
            raise index_error("tuple index out of range")
        w_item = items[index]
        w_item.ob_refcnt += 1
        return w_item

    @slot("mp_subscript")
    def subscript(self, w_key):
        """Counterpart: tuplesubscript: an index or a slice."""
        items = self.items
        if type(w_key) is W_Int:
            return exact_index_item(items, w_key, "tuple")
        if w_key.ob_type.nb_index is not None:
            index = abstract.index_as_ssize(w_key)
            if index < 0:
                index += len(items)
            return self.item(index)
        if isinstance(w_key, W_Slice):
            start, step, count, selected = slice_selection(items, w_key)
            if count <= 0:
                return empty_tuple()
            if (start == 0 and step == 1 and count == len(items) and
                    self.ob_type is W_Tuple.w_type):
                self.ob_refcnt += 1          # a whole exact tuple is itself
                return self
            return new_tuple(selected)
        from glass.objects.exceptions import type_error
        raise type_error("tuple indices must be integers or slices, not %s"
                         % w_key.ob_type.name)

    @slot("sq_contains")
    def contains(self, w_value):
        """Counterpart: tuplecontains: `item == value` for each item, in order."""
        for w_item in self.items:
            if eq_bool(w_item, w_value):
                return True
        return False

    @slot("sq_concat")
    def concat(self, w_other):
        """Counterpart: tupleconcat."""
        if not isinstance(w_other, W_Tuple):
            from glass.objects.exceptions import type_error
            raise type_error('can only concatenate tuple (not "%s") to tuple'
                             % w_other.ob_type.name)
        if not w_other.items and self.ob_type is W_Tuple.w_type:
            self.ob_refcnt += 1
            return self
        if not self.items and w_other.ob_type is W_Tuple.w_type:
            w_other.ob_refcnt += 1
            return w_other
        return new_tuple(self.items + w_other.items)

    @slot("sq_repeat")
    def repeat(self, count):
        """Counterpart: tuplerepeat."""
        size = len(self.items)
        if (size == 0 or count == 1) and self.ob_type is W_Tuple.w_type:
            self.ob_refcnt += 1
            return self
        if size == 0 or count <= 0:
            return empty_tuple()
        if size > PY_SSIZE_T_MAX // count:
            raise memory_error()
        try:
            items = self.items * count
        except MemoryError:
            raise memory_error()
        for w_item in self.items:
            w_item.ob_refcnt += count
        return W_Tuple(items)

    # --- object protocol -----------------------------------------------------------------

    @slot("tp_hash")
    def hash(self):
        """Counterpart: tuplehash: xxHash's round over the items' hashes."""
        acc = XXPRIME_5
        for w_item in self.items:
            lane = item_hash(w_item) & MASK64
            acc = (acc + lane * XXPRIME_2) & MASK64
            acc = ((acc << 31) | (acc >> 33)) & MASK64
            acc = (acc * XXPRIME_1) & MASK64
        # The length, mangled to keep the historical value of hash(()).
        acc = (acc + (len(self.items) ^ (XXPRIME_5 ^ 3527539))) & MASK64
        if acc == MASK64:
            return 1546275796
        return acc - (1 << 64) if acc >= 1 << 63 else acc

    @slot("tp_richcompare")
    def richcompare(self, w_other, op):
        """Counterpart: tuplerichcompare: the first index where the items differ
        decides; if there is none, the lengths do."""
        from glass.objects import abstract
        from glass.objects.bool import new_bool
        if not isinstance(w_other, W_Tuple):
            return not_implemented()
        v_items, w_items = self.items, w_other.items
        vlen, wlen = len(v_items), len(w_items)
        i = 0
        while i < vlen and i < wlen:
            if not eq_bool(v_items[i], w_items[i]):
                break
            i += 1
        if i >= vlen or i >= wlen:
            return compare_sizes(vlen, wlen, op)
        if op == EQ:
            return new_bool(False)
        if op == NE:
            return new_bool(True)
        return abstract.rich_compare(v_items[i], w_items[i], op)

    @slot("tp_repr")
    def repr(self):
        """Counterpart: tuplerepr ("(...)" when the tuple contains itself)."""
        from glass.objects import abstract
        from glass.objects.list import repr_enter, repr_leave
        from glass.objects.str import new_str
        items = self.items
        if not items:
            return new_str("()")
        if not repr_enter(self):
            return new_str("(...)")
        try:
            parts = [abstract.repr_text(w_item) for w_item in items]
        finally:
            repr_leave(self)
        if len(parts) == 1:
            return new_str("(%s,)" % parts[0])
        return new_str("(%s)" % ", ".join(parts))

    @slot("tp_iter")
    def iter(self):
        return W_TupleIter(self)

    # --- methods -------------------------------------------------------------------------

    @method("($self, value, start=0, stop=sys.maxsize, /)")
    def index(self, w_value, w_start, w_stop):
        """Return first index of value.

Raises ValueError if the value is not present."""
        from glass.objects.int import new_int
        items = self.items
        size = len(items)
        start = index_bound(w_start) if w_start is not None else 0
        stop = index_bound(w_stop) if w_stop is not None else PY_SSIZE_T_MAX
        if start < 0:
            start = max(start + size, 0)
        if stop < 0:
            stop += size
        elif stop > size:
            stop = size
        for i in range(start, stop):
            if eq_bool(items[i], w_value):
                return new_int(i)
        from glass.objects.exceptions import value_error
        raise value_error("tuple.index(x): x not in tuple")

    @method("($self, value, /)")
    def count(self, w_value):
        """Return number of occurrences of value."""
        from glass.objects.int import new_int
        total = 0
        for w_item in self.items:
            if eq_bool(w_item, w_value):
                total += 1
        return new_int(total)

    @method("($self, /)", doc="")
    def __getnewargs__(self):
        return new_tuple_owned([new_tuple(self.items)])

    @no_text_signature
    @method("($type, alias, /)", kind="classmethod")
    def __class_getitem__(w_type, w_alias):
        """See PEP 585"""
        return generic_alias(w_type, w_alias)


def generic_alias(w_origin, w_args):
    """Py_GenericAlias: `list[int]` (types.GenericAlias, when Glass has it)."""
    try:
        from glass.objects.genericalias import new_generic_alias
    except ImportError:
        from glass.objects.exceptions import type_error
        raise type_error("type '%s' is not subscriptable" % w_origin.name)
    return new_generic_alias(w_origin, w_args)


W_Tuple.w_type.basicsize = 24        # sizeof(PyTupleObject) without the items


# --- The tuple iterator -----------------------------------------------------------------

@builtin_type("tuple_iterator", flags=HAVE_GC, doc=NO_DOC)
class W_TupleIter(W_Object):
    """Counterpart: tupleiterobject."""
    __slots__ = ("w_seq", "index")

    def __init__(self, w_seq):
        W_Object.__init__(self, W_TupleIter.w_type)
        w_seq.ob_refcnt += 1
        self.w_seq = w_seq               # None once exhausted
        self.index = 0

    @slot("tp_iter")
    def iter(self):
        self.ob_refcnt += 1
        return self

    @slot("tp_iternext")
    def iternext(self):
        w_seq = self.w_seq
        if w_seq is None:
            return None
        index = self.index
        if index < len(w_seq.items):
            w_item = w_seq.items[index]
            self.index = index + 1
            w_item.ob_refcnt += 1
            return w_item
        self.w_seq = None
        decref(w_seq)
        return None

    @no_text_signature
    @method("($self, /)")
    def __length_hint__(self):
        """Private method returning an estimate of len(list(it))."""
        from glass.objects.int import new_int
        if self.w_seq is None:
            return new_int(0)
        return new_int(max(len(self.w_seq.items) - self.index, 0))

    @no_text_signature
    @method("($self, /)")
    def __reduce__(self):
        """Return state information for pickling."""
        from glass.objects.int import new_int
        from glass.objects.iterobject import get_builtin, reduce_value
        w_iter = get_builtin("iter")
        if self.w_seq is not None:
            return reduce_value(w_iter, [self.w_seq], new_int(self.index))
        w_empty = empty_tuple()
        try:
            return reduce_value(w_iter, [w_empty])
        finally:
            decref(w_empty)

    @no_text_signature
    @method("($self, state, /)")
    def __setstate__(self, w_state):
        """Set state information for unpickling."""
        from glass.objects import abstract
        index = abstract.index_as_ssize(w_state)
        if self.w_seq is not None:
            self.index = min(max(index, 0), len(self.w_seq.items))

    @slot("tp_traverse")
    def traverse(self, visit):
        if self.w_seq is not None:
            visit(self.w_seq)

    @slot("tp_dealloc")
    def dealloc(self):
        w_seq, self.w_seq = self.w_seq, None
        if w_seq is not None:
            decref(w_seq)


# --- Making tuples (the C API) -------------------------------------------------------------

EXACT_TUPLE[0] = W_Tuple.w_type
_EMPTY = W_Tuple([])
_EMPTY.ob_refcnt = 1 << 30     # the empty tuple is a shared singleton
gc_untrack(_EMPTY)             # and never tracked, as in CPython


def empty_tuple():
    _EMPTY.ob_refcnt += 1
    return _EMPTY


def new_tuple(items_w):
    """A tuple of borrowed items: each is increfed (PyTuple_Pack)."""
    if not items_w:
        return empty_tuple()
    for w_item in items_w:
        w_item.ob_refcnt += 1
    return W_Tuple(list(items_w))


def new_tuple_owned(items_w):
    """A tuple that takes over the references in items_w (PyTuple_SET_ITEM)."""
    if not items_w:
        return empty_tuple()
    return W_Tuple(items_w)


def sequence_tuple(w_obj):
    """Counterpart: PySequence_Tuple: a new tuple of an iterable's items.

    An exact tuple is returned as it is; a list is copied; anything else is
    iterated, after PyObject_LengthHint has been asked for a size (which
    calls the iterable's __len__ or __length_hint__, as CPython does).
    """
    from glass.objects import abstract
    from glass.objects.iterobject import length_hint
    from glass.objects.list import W_List
    kind = w_obj.ob_type
    if kind is W_Tuple.w_type:
        w_obj.ob_refcnt += 1
        return w_obj
    if kind is W_List.w_type:
        return new_tuple(w_obj.items)
    w_it = abstract.iter(w_obj)
    items = []
    try:
        length_hint(w_obj, 10)
        iternext = w_it.ob_type.tp_iternext
        while True:
            w_item = iternext(w_it)
            if w_item is None:
                break
            items.append(w_item)
    except BaseException:
        for w_item in items:
            decref(w_item)
        raise
    finally:
        decref(w_it)
    return new_tuple_owned(items)

W_TupleIter.w_type.basicsize = 32        # sizeof(tupleiterobject)


# Imported last, for the hot paths above (subscripts, hashing, comparing
# items): these modules import this one.
from glass.objects import abstract  # noqa: E402
from glass.objects.int import W_Int, hash_int  # noqa: E402
from glass.objects.slice import W_Slice, exact_index_item, slice_selection  # noqa: E402
from glass.objects.str import W_Str  # noqa: E402
