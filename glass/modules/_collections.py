"""The _collections module: deque, defaultdict, and two helpers of collections.

Counterpart: Modules/_collectionsmodule.c.

CPython's deque is a doubly linked list of 64-item blocks; here it is a host
collections.deque of owned references, which has the same costs (constant
time at both ends) with no machinery to read.  What the guest can observe is
kept: the changes CPython counts (appends, pops, rotations, clearing) bump
`state`, and an iterator that finds `state` changed raises "deque mutated
during iteration"; a bounded deque drops items from the opposite end as new
ones arrive.

OrderedDict lives in glass/modules/_collections_odict.py (CPython keeps it in
Objects/odictobject.c); this module hands it out, so collections.OrderedDict
is that class, as in CPython.
"""
from __future__ import annotations

from collections import deque as host_deque

from glass.modules import builtin_module, function
from glass.modules._collections_odict import W_ODict
from glass.objects import abstract
from glass.objects.dict import W_Dict
from glass.objects.exceptions import (EXCEPTION_TYPES, OperationError, argument_type_name,
                                      index_error, runtime_error, type_error, value_error)
from glass.objects.heapslots import hash_not_implemented
from glass.objects.object import W_Object, decref, xdecref
from glass.objects.weakrefobject import clear_weakrefs_if_any
from glass.objects.signature import no_text_signature
from glass.objects.type import (BASETYPE, EQ, GT, HAVE_GC, LE, LT, NE, SEQUENCE,
                                builtin_type, getter, method, setter, slot)

PY_SSIZE_T_MAX = (1 << 63) - 1


def _newref(w_obj):
    w_obj.ob_refcnt += 1
    return w_obj


def _new_int(value):
    from glass.objects.int import new_int
    return new_int(value)


def _none():
    from glass.objects.none import w_None
    return _newref(w_None)


def _as_ssize(w_value):
    """PyLong_AsSsize_t on an argument that must be an int."""
    from glass.objects.int import W_Int
    if not isinstance(w_value, W_Int):
        raise type_error("an integer is required")
    return _check_ssize(w_value.value)


def _check_ssize(value):
    if not -PY_SSIZE_T_MAX - 1 <= value <= PY_SSIZE_T_MAX:
        from glass.objects.exceptions import overflow_error
        raise overflow_error("Python int too large to convert to C ssize_t")
    return value


def _index_ssize(w_value):
    """_PyNumber_Index then PyLong_AsSsize_t (OverflowError when too big)."""
    w_int = abstract.index(w_value)
    try:
        return _check_ssize(w_int.value)
    finally:
        decref(w_int)


def _mutated():
    return runtime_error("deque mutated during iteration")


# --- deque -----------------------------------------------------------------------------------

@builtin_type("collections.deque", flags=BASETYPE | HAVE_GC | SEQUENCE)
class W_Deque(W_Object):
    """deque([iterable[, maxlen]]) --> deque object

A list-like sequence optimized for data accesses near its endpoints."""
    # items: owned references, left to right.  maxlen: -1 when unbounded.
    # state: bumped by every change an iterator must notice.
    __slots__ = ("items", "maxlen", "state", "weakrefs")

    def __init__(self, w_type=None):
        W_Object.__init__(self, w_type or W_Deque.w_type)
        self.items = host_deque()
        self.maxlen = -1
        self.state = 0
        self.weakrefs = None

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        """Counterpart: deque_new: an empty unbounded deque (__init__ fills it)."""
        if w_type is W_Deque.w_type:
            return W_Deque()
        from glass.objects.tuple import alloc_subtype
        self = alloc_subtype(w_type)
        self.items = host_deque()
        self.maxlen = -1
        self.state = 0
        return self

    @slot("tp_init")
    def init(self, args_w, kwnames):
        """Counterpart: deque_init ("|OO:deque" with iterable and maxlen)."""
        w_iterable, w_maxlen = _DEQUE_SIGNATURE.bind("deque", args_w, kwnames)
        from glass.objects.none import w_None
        maxlen = -1
        if w_maxlen is not None and w_maxlen is not w_None:
            maxlen = _as_ssize(w_maxlen)
            if maxlen < 0:
                raise value_error("maxlen must be non-negative")
        self.maxlen = maxlen
        if self.items:
            self.clear_items()
        if w_iterable is not None:
            self.extend_right(w_iterable)

    @slot("tp_dealloc")
    def dealloc(self):
        clear_weakrefs_if_any(self)
        items, self.items = self.items, host_deque()
        for w_item in items:
            decref(w_item)

    @slot("tp_traverse")
    def traverse(self, visit):
        for w_item in self.items:
            visit(w_item)

    @slot("tp_clear")
    def clear_slot(self):
        self.clear_items()

    # --- the C-level operations ----------------------------------------------------

    def append_right(self, w_item):
        """deque_append_internal (takes over the reference to w_item): a full
        deque drops its leftmost item."""
        self.items.append(w_item)
        if 0 <= self.maxlen < len(self.items):
            decref(self.pop_left())
        else:
            self.state += 1

    def append_left(self, w_item):
        """deque_appendleft_internal (takes over the reference)."""
        self.items.appendleft(w_item)
        if 0 <= self.maxlen < len(self.items):
            decref(self.pop_right())
        else:
            self.state += 1

    def pop_right(self):
        if not self.items:
            raise index_error("pop from an empty deque")
        self.state += 1
        return self.items.pop()

    def pop_left(self):
        if not self.items:
            raise index_error("pop from an empty deque")
        self.state += 1
        return self.items.popleft()

    def clear_items(self):
        """Counterpart: deque_clear: the deque empties first, then the items
        are released left to right."""
        items = self.items
        if not items:
            return
        self.items = host_deque()
        self.state += 1
        for w_item in items:
            decref(w_item)

    def rotate_by(self, n):
        """Counterpart: _deque_rotate: n steps to the right."""
        items = self.items
        length = len(items)
        if length <= 1:
            return
        self.state += 1
        items.rotate(n)

    def extend_right(self, w_iterable):
        """Counterpart: deque_extend."""
        if w_iterable is self:
            from glass.objects.list import sequence_list
            w_list = sequence_list(w_iterable)
            try:
                self.extend_right(w_list)
            finally:
                decref(w_list)
            return
        self._extend(w_iterable, self.append_right)

    def extend_left(self, w_iterable):
        """Counterpart: deque_extendleft."""
        if w_iterable is self:
            from glass.objects.list import sequence_list
            w_list = sequence_list(w_iterable)
            try:
                self.extend_left(w_list)
            finally:
                decref(w_list)
            return
        self._extend(w_iterable, self.append_left)

    def _extend(self, w_iterable, append):
        w_it = abstract.iter(w_iterable)
        try:
            iternext = w_it.ob_type.tp_iternext
            while True:
                w_item = iternext(w_it)
                if w_item is None:
                    break
                if self.maxlen == 0:
                    decref(w_item)         # consume_iterator: nothing is kept
                else:
                    append(w_item)
        finally:
            decref(w_it)

    def find(self, w_value, start, stop, mutation_error):
        """The first position in start..stop holding an item equal to w_value,
        or -1; a comparison that changes the deque is an error."""
        start_state = self.state
        for position in range(start, stop):
            w_item = self.items[position]
            w_item.ob_refcnt += 1
            try:
                equal = abstract.rich_compare_bool(w_item, w_value, EQ)
            finally:
                decref(w_item)
            if self.state != start_state:
                raise mutation_error("deque mutated during iteration")
            if equal:
                return position
        return -1

    def delete_at(self, index):
        """Counterpart: deque_del_item (rotate, popleft, rotate back)."""
        self.rotate_by(-index)
        w_item = self.pop_left()
        self.rotate_by(index)
        decref(w_item)

    def copy_deque(self):
        """Counterpart: deque_copy: an exact deque copies itself; a subclass
        is called as type(d)(d[, maxlen])."""
        if self.ob_type is W_Deque.w_type:
            w_new = W_Deque()
            w_new.maxlen = self.maxlen
            for w_item in self.items:
                w_new.append_right(_newref(w_item))
            return w_new
        args_w = [self]
        if self.maxlen >= 0:
            args_w.append(_new_int(self.maxlen))
        try:
            w_new = abstract.call(self.ob_type, args_w)
        finally:
            if len(args_w) > 1:
                decref(args_w[1])
        if not isinstance(w_new, W_Deque):
            kind = w_new.ob_type.name
            decref(w_new)
            raise type_error("%s() must return a deque, not %s" % (self.ob_type.name, kind))
        return w_new

    def repeat_in_place(self, n):
        """Counterpart: deque_inplace_repeat: the items n times, keeping at
        most maxlen of them."""
        if n <= 0:
            self.clear_items()
            return
        if n == 1 or not self.items:
            return
        size = len(self.items)
        if self.maxlen >= 0 and n * size > self.maxlen:
            n = (self.maxlen + size - 1) // size
        original = list(self.items)
        for _ in range(n - 1):
            for w_item in original:
                self.append_right(_newref(w_item))

    # --- the sequence protocol --------------------------------------------------------

    @slot("sq_length")
    def length(self):
        return len(self.items)

    @slot("sq_item")
    def item(self, index):
        if index < 0 or index >= len(self.items):
            raise index_error("deque index out of range")
        return _newref(self.items[index])

    @slot("sq_ass_item")
    def ass_item(self, index, w_value):
        """Counterpart: deque_ass_item (w_value None deletes)."""
        if index < 0 or index >= len(self.items):
            raise index_error("deque index out of range")
        if w_value is None:
            self.delete_at(index)
            return
        w_old = self.items[index]
        self.items[index] = _newref(w_value)
        decref(w_old)

    @slot("sq_contains")
    def contains(self, w_value):
        return self.find(w_value, 0, len(self.items), runtime_error) >= 0

    @slot("sq_concat")
    def concat(self, w_other):
        """Counterpart: deque_concat."""
        if not isinstance(w_other, W_Deque):
            raise type_error('can only concatenate %s (not "%s") to %s' % (
                self.ob_type.short_name(), w_other.ob_type.name,
                self.ob_type.short_name()))
        w_new = self.copy_deque()
        try:
            w_new.extend_right(w_other)
        except BaseException:
            decref(w_new)
            raise
        return w_new

    @slot("sq_inplace_concat")
    def inplace_concat(self, w_other):
        self.extend_right(w_other)
        return _newref(self)

    @slot("sq_repeat")
    def repeat(self, n):
        w_new = self.copy_deque()
        try:
            w_new.repeat_in_place(n)
        except BaseException:
            decref(w_new)
            raise
        return w_new

    @slot("sq_inplace_repeat")
    def inplace_repeat(self, n):
        self.repeat_in_place(n)
        return _newref(self)

    # --- object protocol ---------------------------------------------------------------

    @slot("tp_iter")
    def iter(self):
        return W_DequeIter(W_DequeIter.w_type, self)

    @slot("tp_repr")
    def repr(self):
        """Counterpart: deque_repr: "[...]" for a deque inside itself."""
        from glass.objects.list import repr_enter, repr_leave, sequence_list
        from glass.objects.str import new_str
        if not repr_enter(self):
            return new_str("[...]")
        try:
            w_list = sequence_list(self)
            try:
                text = abstract.repr_text(w_list)
            finally:
                decref(w_list)
        finally:
            repr_leave(self)
        name = self.ob_type.short_name()
        if self.maxlen >= 0:
            return new_str("%s(%s, maxlen=%d)" % (name, text, self.maxlen))
        return new_str("%s(%s)" % (name, text))

    @slot("tp_richcompare")
    def richcompare(self, w_other, op):
        """Counterpart: deque_richcompare: item by item, like sequences."""
        from glass.objects.bool import new_bool
        from glass.objects.tuple import not_implemented
        if not isinstance(w_other, W_Deque):
            return not_implemented()
        if op in (EQ, NE):
            if self is w_other:
                return new_bool(op == EQ)
            if len(self.items) != len(w_other.items):
                return new_bool(op == NE)
        w_it1 = abstract.iter(self)
        try:
            w_it2 = abstract.iter(w_other)
            try:
                return _compare_iterators(w_it1, w_it2, op)
            finally:
                decref(w_it2)
        finally:
            decref(w_it1)

    hash = slot("tp_hash")(hash_not_implemented)       # __hash__ = None

    @getter("maxlen", doc="maximum size of a deque or None if unbounded")
    def get_maxlen(self):
        return _new_int(self.maxlen) if self.maxlen >= 0 else _none()

    # --- methods ---------------------------------------------------------------------

    @no_text_signature
    @method("($self, x, /)")
    def append(self, w_item):
        """Add an element to the right side of the deque."""
        self.append_right(_newref(w_item))

    @no_text_signature
    @method("($self, x, /)")
    def appendleft(self, w_item):
        """Add an element to the left side of the deque."""
        self.append_left(_newref(w_item))

    @no_text_signature
    @method("($self, /)")
    def pop(self):
        """Remove and return the rightmost element."""
        return self.pop_right()

    @no_text_signature
    @method("($self, /)")
    def popleft(self):
        """Remove and return the leftmost element."""
        return self.pop_left()

    @no_text_signature
    @method("($self, iterable, /)")
    def extend(self, w_iterable):
        """Extend the right side of the deque with elements from the iterable"""
        self.extend_right(w_iterable)

    @no_text_signature
    @method("($self, iterable, /)")
    def extendleft(self, w_iterable):
        """Extend the left side of the deque with elements from the iterable"""
        self.extend_left(w_iterable)

    @no_text_signature
    @method("($self, *args)")
    def rotate(self, args_w):
        """Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left."""
        if len(args_w) > 1:
            raise type_error("deque.rotate expected at most 1 argument, got %d"
                             % len(args_w))
        self.rotate_by(_index_ssize(args_w[0]) if args_w else 1)

    @no_text_signature
    @method("($self, /)")
    def clear(self):
        """Remove all elements from the deque."""
        self.clear_items()

    @no_text_signature
    @method("($self, /)")
    def copy(self):
        """Return a shallow copy of a deque."""
        return self.copy_deque()

    @no_text_signature
    @method("($self, /)")
    def __copy__(self):
        """Return a shallow copy of a deque."""
        return self.copy_deque()

    @no_text_signature
    @method("($self, value, /)")
    def count(self, w_value):
        """D.count(value) -- return number of occurrences of value"""
        start_state = self.state
        count = 0
        for position in range(len(self.items)):
            w_item = self.items[position]
            w_item.ob_refcnt += 1
            try:
                equal = abstract.rich_compare_bool(w_item, w_value, EQ)
            finally:
                decref(w_item)
            if self.state != start_state:
                raise _mutated()
            count += equal
        return _new_int(count)

    @no_text_signature
    @method("($self, *args)")
    def index(self, args_w):
        """D.index(value, [start, [stop]]) -- return first index of value.
Raises ValueError if the value is not present."""
        if not 1 <= len(args_w) <= 3:
            raise type_error("index() takes %s (%d given)" % (
                "at least 1 argument" if not args_w else "at most 3 arguments",
                len(args_w)))
        w_value, w_start, w_stop = (list(args_w) + [None, None])[:3]
        length = len(self.items)
        start = _slice_index(w_start, 0)
        stop = _slice_index(w_stop, length)
        if start < 0:
            start = max(start + length, 0)
        if stop < 0:
            stop = max(stop + length, 0)
        stop = min(stop, length)
        start = min(start, stop)
        position = self.find(w_value, start, stop, runtime_error)
        if position < 0:
            raise value_error("%s is not in deque" % abstract.repr_text(w_value))
        return _new_int(position)

    @no_text_signature
    @method("($self, *args)")
    def insert(self, args_w):
        """D.insert(index, object) -- insert object before index"""
        if len(args_w) != 2:
            raise type_error("insert() takes exactly 2 arguments (%d given)" % len(args_w))
        w_index, w_value = args_w
        index = _index_ssize(w_index)
        length = len(self.items)
        if self.maxlen == length:
            raise index_error("deque already at its maximum size")
        if index >= length:
            self.append_right(_newref(w_value))
        elif index <= -length or index == 0:
            self.append_left(_newref(w_value))
        else:
            self.rotate_by(-index)
            if index < 0:
                self.append_right(_newref(w_value))
            else:
                self.append_left(_newref(w_value))
            self.rotate_by(index)

    @no_text_signature
    @method("($self, value, /)")
    def remove(self, w_value):
        """D.remove(value) -- remove first occurrence of value."""
        position = self.find(w_value, 0, len(self.items), index_error)
        if position < 0:
            raise value_error("%s is not in deque" % abstract.repr_text(w_value))
        self.delete_at(position)

    @no_text_signature
    @method("($self, /)")
    def reverse(self):
        """D.reverse() -- reverse *IN PLACE*"""
        self.items.reverse()

    @no_text_signature
    @method("($self, /)")
    def __reversed__(self):
        """D.__reversed__() -- return a reverse iterator over the deque"""
        return W_DequeReverseIter(W_DequeReverseIter.w_type, self)

    @no_text_signature
    @method("($self, /)")
    def __reduce__(self):
        """Return state information for pickling."""
        from glass.objects.tuple import empty_tuple, new_tuple_owned
        w_state = _object_state(self)
        if self.maxlen < 0:
            w_args = empty_tuple()
        else:
            w_args = new_tuple_owned([empty_tuple(), _new_int(self.maxlen)])
        return new_tuple_owned([_newref(self.ob_type), w_args, w_state,
                                abstract.iter(self)])

    @no_text_signature
    @method("($type, alias, /)", kind="classmethod")
    def __class_getitem__(w_type, w_alias):
        """See PEP 585"""
        from glass.objects.tuple import generic_alias
        return generic_alias(w_type, w_alias)


W_Deque.w_type.basicsize = 216          # sizeof(dequeobject)


def _object_state(w_obj):
    """Counterpart: _PyObject_GetState: what __getstate__ returns; by default
    None, the instance __dict__, or (dict or None, {slot name: value})."""
    w_getstate = abstract.lookup_attr_str(w_obj, "__getstate__")
    if w_getstate is not None:
        try:
            return abstract.call(w_getstate, [])
        finally:
            decref(w_getstate)
    # object.__getstate__ itself (where the object space has none yet).
    from glass.objects.str import new_str
    from glass.objects.tuple import new_tuple_owned
    w_dict = getattr(w_obj, "w_dict", None)
    w_state = _newref(w_dict) if w_dict is not None and w_dict.used else _none()
    w_slots = W_Dict()
    try:
        for w_class in w_obj.ob_type.mro:
            for name in w_class.slot_names:
                w_value = abstract.lookup_attr_str(w_obj, name)
                if w_value is None:
                    continue
                w_name = new_str(name)
                w_slots.setitem(w_name, w_value)
                decref(w_name)
                decref(w_value)
    except BaseException:
        decref(w_state)
        decref(w_slots)
        raise
    if not w_slots.used:
        decref(w_slots)
        return w_state
    return new_tuple_owned([w_state, w_slots])


def _slice_index(w_value, default):
    """_PyEval_SliceIndexNotNone."""
    if w_value is None:
        return default
    if w_value.ob_type.nb_index is None:
        raise type_error("slice indices must be integers or have an __index__ method")
    w_int = abstract.index(w_value)
    value = w_int.value
    decref(w_int)
    return max(min(value, PY_SSIZE_T_MAX), -PY_SSIZE_T_MAX - 1)


def _compare_iterators(w_it1, w_it2, op):
    """The loop of deque_richcompare: the first unequal pair decides; else
    the lengths do.  Each round takes one item from each side."""
    from glass.objects.bool import new_bool
    while True:
        w_x = abstract.next(w_it1)
        try:
            w_y = abstract.next(w_it2)
        except BaseException:
            xdecref(w_x)
            raise
        if w_x is None or w_y is None:
            break
        try:
            if not abstract.rich_compare_bool(w_x, w_y, EQ):
                return abstract.rich_compare(w_x, w_y, op)
        finally:
            decref(w_x)
            decref(w_y)
    x_more, y_more = w_x is not None, w_y is not None
    xdecref(w_x)
    xdecref(w_y)
    if op == LT:
        return new_bool(y_more)
    if op == LE:
        return new_bool(not x_more)
    if op == EQ:
        return new_bool(x_more == y_more)
    if op == NE:
        return new_bool(x_more != y_more)
    if op == GT:
        return new_bool(x_more)
    return new_bool(not y_more)


def _deque_signature():
    from glass.objects.signature import Signature
    return Signature.parse("(iterable=<unrepresentable>, maxlen=None)")


_DEQUE_SIGNATURE = _deque_signature()      # deque.__init__'s "|OO:deque"


# --- the deque iterators ---------------------------------------------------------------------

@builtin_type("_collections._deque_iterator", flags=HAVE_GC)
class W_DequeIter(W_Object):
    # position: the next item's index counted from the iterator's own end;
    # counter: how many items are left; state: the deque's when created.
    __slots__ = ("w_deque", "position", "counter", "state")

    def __init__(self, w_type, w_deque):
        W_Object.__init__(self, w_type)
        self.w_deque = _newref(w_deque)
        self.position = 0
        self.counter = len(w_deque.items)
        self.state = w_deque.state

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        """Counterpart: dequeiter_new ("O!|n"): an iterator advanced by index."""
        return _new_deque_iterator(w_type, args_w, kwnames)

    def current_index(self):
        return self.position

    @slot("tp_iter")
    def iter(self):
        return _newref(self)

    @slot("tp_iternext")
    def iternext(self):
        w_deque = self.w_deque
        if w_deque.state != self.state:
            self.counter = 0
            raise _mutated()
        if self.counter == 0:
            return None
        w_item = w_deque.items[self.current_index()]
        self.position += 1
        self.counter -= 1
        return _newref(w_item)

    @no_text_signature
    @method("($self, /)")
    def __length_hint__(self):
        """Private method returning an estimate of len(list(it))."""
        return _new_int(self.counter)

    @no_text_signature
    @method("($self, /)")
    def __reduce__(self):
        """Return state information for pickling."""
        from glass.objects.tuple import new_tuple_owned
        return new_tuple_owned([_newref(self.ob_type), new_tuple_owned(
            [_newref(self.w_deque), _new_int(len(self.w_deque.items) - self.counter)])])

    @slot("tp_dealloc")
    def dealloc(self):
        w_deque, self.w_deque = self.w_deque, None
        xdecref(w_deque)

    @slot("tp_traverse")
    def traverse(self, visit):
        if self.w_deque is not None:
            visit(self.w_deque)


@builtin_type("_collections._deque_reverse_iterator", flags=HAVE_GC)
class W_DequeReverseIter(W_DequeIter):
    __slots__ = ()

    def current_index(self):
        return len(self.w_deque.items) - 1 - self.position

    new = W_DequeIter.new
    iter = W_DequeIter.iter
    iternext = W_DequeIter.iternext
    __length_hint__ = W_DequeIter.__length_hint__
    __reduce__ = W_DequeIter.__reduce__
    dealloc = W_DequeIter.dealloc
    traverse = W_DequeIter.traverse


W_DequeIter.w_type.basicsize = W_DequeReverseIter.w_type.basicsize = 56


def _new_deque_iterator(w_type, args_w, kwnames):
    # PyArg_ParseTuple(args, "O!|n"): keywords are ignored, and the format
    # names no function.
    args_w = args_w[:len(args_w) - len(kwnames or ())]
    if not 1 <= len(args_w) <= 2:
        raise type_error("function takes %s (%d given)" % (
            "at least 1 argument" if not args_w else "at most 2 arguments", len(args_w)))
    w_deque = args_w[0]
    if not isinstance(w_deque, W_Deque):
        raise type_error("argument 1 must be collections.deque, not %s"
                         % argument_type_name(w_deque))
    index = _index_ssize(args_w[1]) if len(args_w) == 2 else 0
    host = W_DequeReverseIter if w_type is W_DequeReverseIter.w_type else W_DequeIter
    self = host(w_type, w_deque)
    try:
        for _ in range(min(max(index, 0), len(w_deque.items))):
            decref(self.iternext())
    except BaseException:
        decref(self)
        raise
    return self


# --- defaultdict ------------------------------------------------------------------------------

@builtin_type("collections.defaultdict", base=W_Dict, flags=BASETYPE | HAVE_GC)
class W_DefaultDict(W_Dict):
    """defaultdict(default_factory=None, /, [...]) --> dict with default factory

The default factory is called without arguments to produce
a new value when a key is not present, in __getitem__ only.
A defaultdict compares equal to a dict with the same items.
All remaining arguments are treated the same as if they were
passed to the dict constructor, including keyword arguments.
"""
    __slots__ = ("w_default_factory",)

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        from glass.objects.tuple import alloc_subtype
        if w_type is W_DefaultDict.w_type:
            self = W_DefaultDict(w_type)
        else:
            self = alloc_subtype(w_type)
            self._empty_keys()
        self.w_default_factory = None
        return self

    @slot("tp_init")
    def init(self, args_w, kwnames):
        """Counterpart: defdict_init: the first positional argument is the
        factory, the rest goes to dict.__init__."""
        from glass.objects.none import w_None
        npos = len(args_w) - (len(kwnames) if kwnames else 0)
        w_factory = None
        if npos > 0:
            w_factory = args_w[0]
            if w_factory.ob_type.tp_call is None and w_factory is not w_None:
                raise type_error("first argument must be callable or None")
        w_old = self.w_default_factory
        self.w_default_factory = _newref(w_factory) if w_factory is not None else None
        xdecref(w_old)
        W_Dict.init(self, list(args_w[1:]) if npos > 0 else list(args_w), kwnames)

    @slot("tp_dealloc")
    def dealloc(self):
        w_factory, self.w_default_factory = self.w_default_factory, None
        xdecref(w_factory)
        W_Dict.dealloc(self)

    @slot("tp_traverse")
    def traverse(self, visit):
        if self.w_default_factory is not None:
            visit(self.w_default_factory)
        W_Dict.traverse(self, visit)

    @slot("tp_clear")
    def clear_slot(self):
        """Counterpart: defdict_tp_clear."""
        w_factory, self.w_default_factory = self.w_default_factory, None
        xdecref(w_factory)
        W_Dict.clear_slot(self)

    @slot("tp_repr")
    def repr(self):
        """Counterpart: defdict_repr."""
        from glass.objects.list import repr_enter, repr_leave
        from glass.objects.str import new_str
        w_factory = self.w_default_factory
        if w_factory is None:
            factory_text = "None"
        elif not repr_enter(w_factory):
            factory_text = "..."
        else:
            try:
                factory_text = abstract.repr_text(w_factory)
            finally:
                repr_leave(w_factory)
        w_base = W_Dict.repr(self)
        text = w_base.value
        decref(w_base)
        return new_str("%s(%s, %s)" % (self.ob_type.short_name(), factory_text, text))

    @slot("nb_or")
    def or_(w_left, w_right):
        """Counterpart: defdict_or: type(dd)(dd.default_factory, left) | right."""
        from glass.objects.tuple import not_implemented
        if isinstance(w_left, W_DefaultDict):
            w_self, w_other = w_left, w_right
        else:
            w_self, w_other = w_right, w_left
        if not isinstance(w_other, W_Dict):
            return not_implemented()
        w_new = _new_like(w_self, w_left)
        try:
            abstract.call_bound_descriptor(_dict_update(), w_new, [w_right])
        except BaseException:
            decref(w_new)
            raise
        return w_new

    @no_text_signature
    @method("($self, key, /)", doc="""__missing__(key) # Called by __getitem__ for missing key; pseudo-code:
  if self.default_factory is None: raise KeyError((key,))
  self[key] = value = self.default_factory()
  return value
""")
    def __missing__(self, w_key):
        from glass.objects.none import w_None
        w_factory = self.w_default_factory
        if w_factory is None or w_factory is w_None:
            # PyErr_SetObject(KeyError, (key,)): the tuple becomes the args.
            raise OperationError(abstract.call(EXCEPTION_TYPES["KeyError"], [w_key]))
        w_value = abstract.call(w_factory, [])
        try:
            abstract.setitem(self, w_key, w_value)
        except BaseException:
            decref(w_value)
            raise
        return w_value

    # Not named `copy`: that host name is dict's PyDict_Copy, which dict's
    # own methods (dict.copy, dict.__or__) call on a defaultdict too.
    @no_text_signature
    @method("($self, /)", name="copy", doc="D.copy() -> a shallow copy of D.")
    def copy_method(self):
        return _new_like(self, self)

    @no_text_signature
    @method("($self, /)", doc="D.copy() -> a shallow copy of D.")
    def __copy__(self):
        return _new_like(self, self)

    @no_text_signature
    @method("($self, /)", doc="Return state information for pickling.")
    def __reduce__(self):
        from glass.objects.none import w_None
        from glass.objects.tuple import empty_tuple, new_tuple, new_tuple_owned
        if self.w_default_factory is None:
            w_args = empty_tuple()
        else:
            w_args = new_tuple([self.w_default_factory])
        w_items = abstract.call_bound_descriptor(W_Dict.w_type.dict["items"], self, [])
        try:
            w_iter = abstract.iter(w_items)
        finally:
            decref(w_items)
        return new_tuple_owned([_newref(self.ob_type), w_args, _newref(w_None),
                                _newref(w_None), w_iter])

    @getter("default_factory", doc="Factory for default value called by __missing__().", member=True)
    def get_default_factory(self):
        return _newref(self.w_default_factory) if self.w_default_factory is not None \
            else _none()

    @setter("default_factory")
    def set_default_factory(self, w_value):
        w_old = self.w_default_factory
        self.w_default_factory = _newref(w_value) if w_value is not None else None
        xdecref(w_old)


W_DefaultDict.w_type.basicsize = 56


def _new_like(w_dd, w_arg):
    """Counterpart: new_defdict: type(dd)(dd.default_factory, arg)."""
    from glass.objects.none import w_None
    w_factory = w_dd.w_default_factory if w_dd.w_default_factory is not None else w_None
    return abstract.call(w_dd.ob_type, [w_factory, w_arg])


def _dict_update():
    return W_Dict.w_type.dict["update"]


# --- _tuplegetter -----------------------------------------------------------------------------

@builtin_type("_collections._tuplegetter")
class W_TupleGetter(W_Object):
    # namedtuple's field descriptor: self[index] of a tuple subclass.
    __slots__ = ("index", "w_doc")

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        if kwnames:
            raise type_error("_tuplegetter() takes no keyword arguments")
        if len(args_w) != 2:
            raise type_error("_tuplegetter expected 2 arguments, got %d" % len(args_w))
        index = _index_ssize(args_w[0])
        self = W_TupleGetter(w_type)
        self.index = index
        self.w_doc = _newref(args_w[1])
        return self

    @slot("tp_descr_get")
    def descr_get(self, w_obj, w_type):
        """Counterpart: tuplegetter_descr_get."""
        from glass.objects.none import w_None
        from glass.objects.tuple import W_Tuple
        if w_obj is None or w_obj is w_None:
            return _newref(self)
        if not isinstance(w_obj, W_Tuple):
            raise type_error("descriptor for index '%d' for tuple subclasses doesn't "
                             "apply to '%s' object" % (self.index, w_obj.ob_type.name))
        if not 0 <= self.index < len(w_obj.items):
            raise index_error("tuple index out of range")
        return _newref(w_obj.items[self.index])

    @slot("tp_descr_set")
    def descr_set(self, w_obj, w_value):
        from glass.objects.exceptions import operation_error
        if w_value is None:
            raise operation_error("AttributeError", "can't delete attribute")
        raise operation_error("AttributeError", "can't set attribute")

    @slot("tp_repr")
    def repr(self):
        from glass.objects.str import new_str
        return new_str("%s(%d, %s)" % (self.ob_type.short_name(), self.index,
                                       abstract.repr_text(self.w_doc)))

    @getter("__doc__", member=True)
    def get_doc(self):
        return _newref(self.w_doc)

    @setter("__doc__")
    def set_doc(self, w_value):
        w_old = self.w_doc
        self.w_doc = _newref(w_value) if w_value is not None else _none()
        decref(w_old)

    @no_text_signature
    @method("($self, /)")
    def __reduce__(self):
        from glass.objects.tuple import new_tuple_owned
        return new_tuple_owned([_newref(self.ob_type), new_tuple_owned(
            [_new_int(self.index), _newref(self.w_doc)])])

    @slot("tp_dealloc")
    def dealloc(self):
        w_doc, self.w_doc = self.w_doc, None
        xdecref(w_doc)


W_TupleGetter.w_type.basicsize = 32


# --- the module -------------------------------------------------------------------------------

@builtin_module("_collections")
class CollectionsModule:
    """High performance data structures.
- deque:        ordered collection accessible from endpoints only
- defaultdict:  dict subclass with a default value factory
"""

    @function("($module, mapping, iterable, /)")
    def _count_elements(w_mapping, w_iterable):
        """Count elements in the iterable, updating the mapping"""
        w_one = _new_int(1)
        try:
            if _is_plain_mapping(w_mapping):
                _count_into_dict(w_mapping, w_iterable, w_one)
            else:
                _count_generic(w_mapping, w_iterable, w_one)
        finally:
            decref(w_one)

    @staticmethod
    def init_module(w_module):
        for cls in (W_Deque, W_DefaultDict, W_DequeIter, W_DequeReverseIter,
                    W_TupleGetter, W_ODict):
            w_module.w_dict.setitem_str(cls.w_type.short_name(), cls.w_type)


def _is_plain_mapping(w_mapping):
    """_count_elements' fast path: a dict whose get and __setitem__ are dict's."""
    if not isinstance(w_mapping, W_Dict):
        return False
    w_type = w_mapping.ob_type
    dict_type = W_Dict.w_type
    return (w_type.lookup("get") is dict_type.dict["get"]
            and w_type.lookup("__setitem__") is dict_type.dict["__setitem__"])


def _count_into_dict(w_mapping, w_iterable, w_one):
    for w_key in abstract.iterate(w_iterable):
        try:
            h = abstract.hash(w_key)
            position = w_mapping.lookup(w_key, h)
            if position < 0:
                w_mapping.insert(w_key, h, w_one)
            else:
                w_old = _newref(w_mapping.values_w[position])
                try:
                    w_new = abstract.binary_op(w_old, w_one, "nb_add", "+")
                finally:
                    decref(w_old)
                try:
                    w_mapping.insert(w_key, h, w_new)
                finally:
                    decref(w_new)
        finally:
            decref(w_key)


def _count_generic(w_mapping, w_iterable, w_one):
    w_get = abstract.getattr_str(w_mapping, "get")
    w_zero = _new_int(0)
    try:
        for w_key in abstract.iterate(w_iterable):
            try:
                w_old = abstract.call(w_get, [w_key, w_zero])
                try:
                    w_new = abstract.binary_op(w_old, w_one, "nb_add", "+")
                finally:
                    decref(w_old)
                try:
                    abstract.setitem(w_mapping, w_key, w_new)
                finally:
                    decref(w_new)
            finally:
                decref(w_key)
    finally:
        decref(w_get)
        decref(w_zero)
