"""Guest lists, their iterators, and list.sort (timsort).

Counterpart: Objects/listobject.c (PyListObject, list_resize, list_ass_slice,
list_ass_subscript, listsort and its merge machinery, listiterobject,
listreviterobject) and Py_ReprEnter/Py_ReprLeave from Objects/object.c.

A W_List holds its items in a host list of owned references (`items`).  The
eval loop appends to it directly (LIST_APPEND), so the host list is the
storage, as ob_item is.  Beside it the list keeps `allocated`, the capacity
CPython's list_resize would have given it, so that __sizeof__ (and so
sys.getsizeof) report CPython's numbers, and `has_storage`, whether ob_item
would be non-NULL (list_extend preallocates exactly only into a NULL one).
Appends made behind the list's back (by the eval loop) are folded into
`allocated` the next time it matters: growth only ever happens when an
append finds the list full, so replaying appends from the last known
capacity gives CPython's figure.
"""
from __future__ import annotations

from glass.objects.exceptions import OperationError
from glass.objects.heapslots import hash_not_implemented
from glass.objects.gctrack import link as gc_link
from glass.objects.object import W_Object, decref
from glass.objects.tuple import (PLAIN_VALUE_TYPES, PY_SSIZE_T_MAX, alloc_subtype,
                                 compare_sizes, eq_bool, generic_alias, index_bound,
                                 load_plain_types, memory_error, not_implemented)
from glass.objects.signature import no_text_signature
from glass.objects.type import (BASETYPE, EQ, HAVE_GC, LIST_SUBCLASS, LT, MATCH_SELF, NE, SEQUENCE,
                                NO_DOC, builtin_type, method, slot)

LIST_BASICSIZE = 40          # sizeof(PyListObject)


# --- Py_ReprEnter / Py_ReprLeave ---------------------------------------------------------
#
# A container's repr calls repr() on its items; a container that contains
# itself would recurse forever.  CPython keeps, per thread, the list of
# objects whose repr is being computed; a container found there prints as
# "[...]", "{...}", "(...)" or "set(...)".

_REPR_RUNNING = {}           # id(thread state) -> host list of guest objects


def repr_enter(w_obj):
    """Py_ReprEnter: False if w_obj's repr is already being computed."""
    from glass.vm import pystate
    running = _REPR_RUNNING.setdefault(id(pystate.current()), [])
    for w_seen in running:
        if w_seen is w_obj:
            return False
    running.append(w_obj)
    return True


def repr_leave(w_obj):
    """Py_ReprLeave."""
    from glass.vm import pystate
    running = _REPR_RUNNING.get(id(pystate.current()))
    if running:
        for index in range(len(running) - 1, -1, -1):
            if running[index] is w_obj:
                del running[index]
                return


# --- Capacity (list_resize) ------------------------------------------------------------------

def resized_capacity(allocated, oldsize, newsize):
    """What list_resize leaves in `allocated` when the size goes from oldsize to
    newsize: unchanged while the new size fits and is at least half the
    capacity; otherwise about 1/8 over the new size (rounded to a multiple
    of 4), or exactly the new size rounded up when growing by a lot at once.
    The growth pattern this gives is 0, 4, 8, 16, 24, 32, 40, 52, 64, 76..."""
    if allocated >= newsize >= (allocated >> 1):
        return allocated
    new_allocated = (newsize + (newsize >> 3) + 6) & ~3
    if newsize - oldsize > new_allocated - newsize:
        new_allocated = (newsize + 3) & ~3
    if newsize == 0:
        new_allocated = 0
    return new_allocated


def _ssize_arg(w_value):
    """A Py_ssize_t argument (clinic's `Py_ssize_t` converter)."""
    if type(w_value) is W_Int:
        value = w_value.value
    else:
        w_int = abstract.index(w_value)
        value = w_int.value
        decref(w_int)
    if not -PY_SSIZE_T_MAX - 1 <= value <= PY_SSIZE_T_MAX:
        from glass.objects.exceptions import overflow_error
        raise overflow_error("Python int too large to convert to C ssize_t")
    return value


def _decref_all(items_w):
    """Release references in reverse order, as _list_clear and list_dealloc do."""
    for index in range(len(items_w) - 1, -1, -1):
        decref(items_w[index])


def sequence_fast(w_obj, message):
    """Counterpart: PySequence_Fast: a host list of borrowed items and the
    object that owns them (to decref when done).  An exact list or tuple is
    used as it is; anything else is iterated into a new list, and a
    TypeError from iter() becomes `message`."""
    kind = w_obj.ob_type
    if kind is W_List.w_type or kind is W_Tuple.w_type:
        w_obj.ob_refcnt += 1
        return w_obj.items, w_obj
    try:
        w_it = abstract.iter(w_obj)
    except OperationError as error:
        if not error.match(EXCEPTION_TYPES["TypeError"]):
            raise
        decref(error.w_value)
        raise type_error(message)
    try:
        w_list = sequence_list(w_it)
    finally:
        decref(w_it)
    return w_list.items, w_list


@builtin_type("list", flags=BASETYPE | HAVE_GC | LIST_SUBCLASS | SEQUENCE | MATCH_SELF)
class W_List(W_Object):
    """list(iterable=(), /)
--

Built-in mutable sequence.

If no argument is given, the constructor creates a new empty list.
The argument must be an iterable if specified."""
    __slots__ = ("items", "allocated", "has_storage")

    def __init__(self, items, w_type=None):
        """PyList_New(len(items)) filled with `items` (owned references)."""
        self.ob_refcnt = 1
        self.ob_type = w_type or W_List.w_type
        self.items = items            # a host list of owned references
        gc_link(self)
        self.allocated = len(items)
        self.has_storage = bool(items)

    # --- capacity bookkeeping ------------------------------------------------------

    def _resize(self, newsize):
        """list_resize: note the capacity for a size change about to happen."""
        size = len(self.items)
        allocated = self.allocated
        if size > allocated >= 0:
            # Appends made directly on `items`: replay their growth.
            while allocated < size:
                allocated = resized_capacity(allocated, allocated, allocated + 1)
        self.allocated = resized_capacity(allocated, size, newsize)
        self.has_storage = True

    def _clear_storage(self):
        """_list_clear's effect on the capacity: ob_item becomes NULL."""
        self.allocated = 0
        self.has_storage = False

    def _preallocate_exact(self, size):
        """list_preallocate_exact: the size rounded up to an even number."""
        self.allocated = (size + 1) & ~1
        self.has_storage = True

    # --- creation ------------------------------------------------------------------

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        """PyType_GenericNew: an empty list (list.__init__ fills it)."""
        if w_type is W_List.w_type:
            w_list = W_List([])
        else:
            w_list = alloc_subtype(w_type)
            w_list.items = []
            w_list.allocated = 0
            w_list.has_storage = False
        return w_list

    @slot("tp_init")
    def init(self, args_w, kwnames):
        """Counterpart: list___init___impl: empty the list, then extend it."""
        from glass.objects.exceptions import type_error
        if kwnames and (self.ob_type is W_List.w_type or
                        self.ob_type.tp_new is W_List.new):
            raise type_error("list() takes no keyword arguments")
        npos = len(args_w) - (len(kwnames) if kwnames else 0)
        if npos > 1:
            raise type_error("list expected at most 1 argument, got %d" % npos)
        self._clear()
        if npos == 0:
            return
        self.extend_iterable(args_w[0])

    @slot("tp_dealloc")
    def dealloc(self):
        items, self.items = self.items, []
        _decref_all(items)

    @slot("tp_traverse")
    def traverse(self, visit):
        """Counterpart: list_traverse, which walks the items from the end."""
        for w_item in reversed(self.items):
            visit(w_item)

    @slot("tp_clear")
    def clear_refs(self):
        self._clear()

    # --- the C API -------------------------------------------------------------------

    def append(self, w_item):
        """PyList_Append: the list takes a new reference to w_item."""
        items = self.items
        if len(items) >= self.allocated:
            self._resize(len(items) + 1)
        w_item.ob_refcnt += 1
        items.append(w_item)

    def _clear(self):
        """Counterpart: _list_clear: empty the list, releasing the items last."""
        items = self.items
        if not items and not self.has_storage:
            return
        self.items = []
        self._clear_storage()
        _decref_all(items)

    def extend_iterable(self, w_iterable):
        """Counterpart: list_extend (list.extend, list += x, LIST_EXTEND)."""
        from glass.objects import abstract
        from glass.objects.tuple import W_Tuple
        kind = w_iterable.ob_type
        if kind is W_List.w_type or kind is W_Tuple.w_type or w_iterable is self:
            new_items = list(w_iterable.items)
            if not new_items:
                return
            if not self.has_storage:
                self._preallocate_exact(len(new_items))
            else:
                self._resize(len(self.items) + len(new_items))
            for w_item in new_items:
                w_item.ob_refcnt += 1
            self.items.extend(new_items)
            return
        w_it = abstract.iter(w_iterable)
        try:
            self.extend_from_iterator(w_it, w_iterable)
        finally:
            decref(w_it)

    def extend_from_iterator(self, w_it, w_iterable):
        """The general half of list_extend: size from the length hint, then
        each item appended as the iterator yields it."""
        from glass.objects.iterobject import length_hint
        hint = length_hint(w_iterable, 8)
        size = len(self.items)
        if size <= PY_SSIZE_T_MAX - hint:
            if not self.has_storage:
                if hint:
                    self._preallocate_exact(hint)
            else:
                self._resize(size + hint)
        iternext = w_it.ob_type.tp_iternext
        items = self.items
        while True:
            w_item = iternext(w_it)
            if w_item is None:
                break
            items = self.items
            if len(items) >= self.allocated:
                self._resize(len(items) + 1)
            items.append(w_item)                 # takes the new reference
        if len(self.items) < self.allocated:
            self._resize(len(self.items))

    # --- the sequence protocol ----------------------------------------------------------

    @slot("sq_length")
    def length(self):
        return len(self.items)

    @slot("sq_item")
    def item(self, index):
        """Counterpart: list_item."""
        items = self.items
        if index < 0 or index >= len(items):
            from glass.objects.exceptions import index_error
            raise index_error("list index out of range")
        w_item = items[index]
        w_item.ob_refcnt += 1
        return w_item

    @slot("sq_ass_item")
    def ass_item(self, index, w_value):
        """Counterpart: list_ass_item (w_value None deletes)."""
        items = self.items
        if index < 0 or index >= len(items):
            from glass.objects.exceptions import index_error
            raise index_error("list assignment index out of range")
        if w_value is None:
            self.ass_slice(index, index + 1, None)
            return
        w_value.ob_refcnt += 1
        w_old = items[index]
        items[index] = w_value
        decref(w_old)

    @slot("sq_contains")
    def contains(self, w_value):
        """Counterpart: list_contains: `item == value` for each item, in order."""
        items = self.items
        i = 0
        while i < len(items):
            w_item = items[i]
            w_item.ob_refcnt += 1
            try:
                if eq_bool(w_item, w_value):
                    return True
            finally:
                decref(w_item)
            i += 1
            items = self.items
        return False

    @slot("sq_concat")
    def concat(self, w_other):
        """Counterpart: list_concat."""
        if not isinstance(w_other, W_List):
            from glass.objects.exceptions import type_error
            raise type_error('can only concatenate list (not "%s") to list'
                             % w_other.ob_type.name)
        items = self.items + w_other.items
        for w_item in items:
            w_item.ob_refcnt += 1
        return W_List(items)

    @slot("sq_repeat")
    def repeat(self, count):
        """Counterpart: list_repeat."""
        size = len(self.items)
        if size == 0 or count <= 0:
            return W_List([])
        if size > PY_SSIZE_T_MAX // count:
            raise memory_error()
        try:
            items = self.items * count
        except MemoryError:
            raise memory_error()
        for w_item in self.items:
            w_item.ob_refcnt += count
        return W_List(items)

    @slot("sq_inplace_concat")
    def inplace_concat(self, w_other):
        """Counterpart: list_inplace_concat: extend, then return self."""
        self.extend_iterable(w_other)
        self.ob_refcnt += 1
        return self

    @slot("sq_inplace_repeat")
    def inplace_repeat(self, count):
        """Counterpart: list_inplace_repeat."""
        size = len(self.items)
        if size == 0 or count == 1:
            self.ob_refcnt += 1
            return self
        if count < 1:
            self._clear()
            self.ob_refcnt += 1
            return self
        if size > PY_SSIZE_T_MAX // count:
            raise memory_error()
        try:
            extra = self.items * (count - 1)
        except MemoryError:
            raise memory_error()
        self._resize(size * count)
        for w_item in self.items:
            w_item.ob_refcnt += count - 1
        self.items.extend(extra)
        self.ob_refcnt += 1
        return self

    # --- the mapping protocol: indexes and slices -----------------------------------------

    @slot("mp_length")
    def mp_length(self):
        return len(self.items)

    @slot("mp_subscript")
    def subscript(self, w_key):
        """Counterpart: list_subscript."""
        if type(w_key) is W_Int:
            return exact_index_item(self.items, w_key, "list")
        if w_key.ob_type.nb_index is not None:
            index = abstract.index_as_ssize(w_key)
            if index < 0:
                index += len(self.items)
            return self.item(index)
        if isinstance(w_key, W_Slice):
            _, _, _, selected = slice_selection(self.items, w_key)
            for w_item in selected:
                w_item.ob_refcnt += 1
            return W_List(selected)
        from glass.objects.exceptions import type_error
        raise type_error("list indices must be integers or slices, not %s"
                         % w_key.ob_type.name)

    @slot("mp_ass_subscript")
    def ass_subscript(self, w_key, w_value):
        """Counterpart: list_ass_subscript (w_value None deletes)."""
        if type(w_key) is W_Int or w_key.ob_type.nb_index is not None:
            index = abstract.index_as_ssize(w_key)
            if index < 0:
                index += len(self.items)
            self.ass_item(index, w_value)
            return
        if not isinstance(w_key, W_Slice):
            from glass.objects.exceptions import type_error
            raise type_error("list indices must be integers or slices, not %s"
                             % w_key.ob_type.name)
        start, stop, step = w_key.unpack()
        start, stop, count = adjust_indices(len(self.items), start, stop, step)
        if step == 1:
            self.ass_slice(start, stop, w_value)
            return
        # Make sure s[5:2] = [..] inserts at the right place: before 5, not 2.
        if (step < 0 and start < stop) or (step > 0 and start > stop):
            stop = start
        if w_value is None:
            self._delete_extended(start, step, count)
        else:
            self._assign_extended(start, step, count, w_value)

    def _delete_extended(self, start, step, count):
        """del a[i:j:k] with k != 1: the survivors close up, then the garbage
        is released in slice order."""
        if count <= 0:
            return
        if step < 0:
            start = start + step * (count - 1)
            step = -step
        items = self.items
        garbage = items[start:start + count * step:step]
        del items[start:start + count * step:step]
        self._resize(len(items))
        self.has_storage = True
        for w_item in garbage:
            decref(w_item)

    def _assign_extended(self, start, step, count, w_value):
        """a[i:j:k] = seq with k != 1: the lengths must agree."""
        from glass.objects.exceptions import value_error
        if w_value is self:
            seq_w, w_owner = list(self.items), None
        else:
            seq_w, w_owner = sequence_fast(w_value, "must assign iterable to extended slice")
        try:
            if len(seq_w) != count:
                raise value_error("attempt to assign sequence of size %d to extended "
                                  "slice of size %d" % (len(seq_w), count))
            if not count:
                return
            items = self.items
            garbage = []
            for i in range(count):
                position = start + i * step
                if not 0 <= position < len(items):
                    break                # the list shrank under us (C would crash)
                garbage.append(items[position])
                w_new = seq_w[i]
                w_new.ob_refcnt += 1
                items[position] = w_new
            for w_item in garbage:
                decref(w_item)
        finally:
            if w_owner is not None:
                decref(w_owner)

    def ass_slice(self, low, high, w_value):
        """Counterpart: list_ass_slice: a[low:high] = v (v None deletes).

        The replaced items are released only once the list is whole again,
        in reverse order, because releasing one may run guest code.
        """
        if w_value is self:
            w_copy = W_List(list(self.items))
            for w_item in w_copy.items:
                w_item.ob_refcnt += 1
            try:
                self.ass_slice(low, high, w_copy)
            finally:
                decref(w_copy)
            return
        if w_value is None:
            new_w, w_owner = [], None
        else:
            new_w, w_owner = sequence_fast(w_value, "can only assign an iterable")
        try:
            items = self.items
            size = len(items)
            if low < 0:
                low = 0
            elif low > size:
                low = size
            if high < low:
                high = low
            elif high > size:
                high = size
            delta = len(new_w) - (high - low)
            if size + delta == 0:
                self._clear()
                return
            recycle = items[low:high]
            if delta != 0:
                self._resize(size + delta)
            for w_item in new_w:
                w_item.ob_refcnt += 1
            items[low:high] = new_w
            _decref_all(recycle)
        finally:
            if w_owner is not None:
                decref(w_owner)

    # --- object protocol -------------------------------------------------------------------

    hash = slot("tp_hash")(hash_not_implemented)     # __hash__ = None

    @slot("tp_richcompare")
    def richcompare(self, w_other, op):
        """Counterpart: list_richcompare."""
        from glass.objects import abstract
        from glass.objects.bool import new_bool
        if not isinstance(w_other, W_List):
            return not_implemented()
        v_items, w_items = self.items, w_other.items
        if len(v_items) != len(w_items) and (op == EQ or op == NE):
            return new_bool(op == NE)
        i = 0
        while i < len(self.items) and i < len(w_other.items):
            w_a = self.items[i]
            w_b = w_other.items[i]
            if w_a is not w_b:
                w_a.ob_refcnt += 1
                w_b.ob_refcnt += 1
                try:
                    same = eq_bool(w_a, w_b)
                finally:
                    decref(w_a)
                    decref(w_b)
                if not same:
                    break
            i += 1
        vlen, wlen = len(self.items), len(w_other.items)
        if i >= vlen or i >= wlen:
            return compare_sizes(vlen, wlen, op)
        if op == EQ:
            return new_bool(False)
        if op == NE:
            return new_bool(True)
        return abstract.rich_compare(self.items[i], w_other.items[i], op)

    @slot("tp_repr")
    def repr(self):
        """Counterpart: list_repr ("[...]" for a list that contains itself).
        The size is read again for each item: a repr may change the list."""
        from glass.objects import abstract
        from glass.objects.str import new_str
        if not self.items:
            return new_str("[]")
        if not repr_enter(self):
            return new_str("[...]")
        try:
            parts = []
            i = 0
            while i < len(self.items):
                w_item = self.items[i]
                w_item.ob_refcnt += 1
                try:
                    parts.append(abstract.repr_text(w_item))
                finally:
                    decref(w_item)
                i += 1
        finally:
            repr_leave(self)
        return new_str("[%s]" % ", ".join(parts))

    @slot("tp_iter")
    def iter(self):
        return W_ListIter(self)

    # --- methods ----------------------------------------------------------------------------

    @method("($self, object, /)", name="append")
    def append_method(self, w_item):
        """Append object to the end of the list."""
        self.append(w_item)

    @method("($self, index, object, /)")
    def insert(self, w_index, w_item):
        """Insert object before index."""
        where = _ssize_arg(w_index)
        items = self.items
        size = len(items)
        self._resize(size + 1)
        if where < 0:
            where = max(where + size, 0)
        elif where > size:
            where = size
        w_item.ob_refcnt += 1
        items.insert(where, w_item)

    @method("($self, iterable, /)")
    def extend(self, w_iterable):
        """Extend list by appending elements from the iterable."""
        self.extend_iterable(w_iterable)

    @method("($self, index=-1, /)")
    def pop(self, w_index):
        """Remove and return item at index (default last).

Raises IndexError if list is empty or index is out of range."""
        index = _ssize_arg(w_index) if w_index is not None else -1
        items = self.items
        size = len(items)
        if size == 0:
            raise index_error("pop from empty list")
        if index < 0:
            index += size
        if not 0 <= index < size:
            raise index_error("pop index out of range")
        w_item = items[index]
        if index == size - 1:
            self._resize(size - 1)
            items.pop()
            return w_item                # the list's reference becomes the caller's
        w_item.ob_refcnt += 1
        self.ass_slice(index, index + 1, None)
        return w_item

    @method("($self, value, /)")
    def remove(self, w_value):
        """Remove first occurrence of value.

Raises ValueError if the value is not present."""
        i = 0
        while i < len(self.items):
            w_item = self.items[i]
            w_item.ob_refcnt += 1
            try:
                found = eq_bool(w_item, w_value)
            finally:
                decref(w_item)
            if found:
                self.ass_slice(i, i + 1, None)
                return
            i += 1
        from glass.objects.exceptions import value_error
        raise value_error("list.remove(x): x not in list")

    @method("($self, value, start=0, stop=sys.maxsize, /)")
    def index(self, w_value, w_start, w_stop):
        """Return first index of value.

Raises ValueError if the value is not present."""
        from glass.objects import abstract
        from glass.objects.int import new_int
        start = index_bound(w_start) if w_start is not None else 0
        stop = index_bound(w_stop) if w_stop is not None else PY_SSIZE_T_MAX
        if start < 0:
            start = max(start + len(self.items), 0)
        if stop < 0:
            stop = max(stop + len(self.items), 0)
        i = start
        while i < stop and i < len(self.items):
            w_item = self.items[i]
            w_item.ob_refcnt += 1
            try:
                if eq_bool(w_item, w_value):
                    return new_int(i)
            finally:
                decref(w_item)
            i += 1
        from glass.objects.exceptions import value_error
        raise value_error("%s is not in list" % abstract.repr_text(w_value))

    @method("($self, value, /)")
    def count(self, w_value):
        """Return number of occurrences of value."""
        from glass.objects.int import new_int
        total = 0
        i = 0
        while i < len(self.items):
            w_item = self.items[i]
            if w_item is w_value:
                total += 1
            else:
                w_item.ob_refcnt += 1
                try:
                    if eq_bool(w_item, w_value):
                        total += 1
                finally:
                    decref(w_item)
            i += 1
        return new_int(total)

    @method("($self, /)")
    def clear(self):
        """Remove all items from list."""
        self._clear()

    @method("($self, /)")
    def copy(self):
        """Return a shallow copy of the list."""
        items = list(self.items)
        for w_item in items:
            w_item.ob_refcnt += 1
        return W_List(items)

    @method("($self, /)")
    def reverse(self):
        """Reverse *IN PLACE*."""
        self.items.reverse()

    @method("($self, /, *, key=None, reverse=False)")
    def sort(self, w_key, w_reverse):
        """Sort the list in ascending order and return None.

The sort is in-place (i.e. the list itself is modified) and stable (i.e. the
order of two equal elements is maintained).

If a key function is given, apply it once to each list item and sort them,
ascending or descending, according to their function values.

The reverse flag can be set to sort in descending order."""
        from glass.objects.none import w_None
        reverse = False
        if w_reverse is not None:
            reverse = _c_int(w_reverse) != 0
        if w_key is w_None:
            w_key = None
        list_sort(self, w_key, reverse)

    @method("($self, /)")
    def __reversed__(self):
        """Return a reverse iterator over the list."""
        return W_ListRevIter(self)

    @method("($self, /)")
    def __sizeof__(self):
        """Return the size of the list in memory, in bytes."""
        from glass.objects.int import new_int
        size = len(self.items)
        allocated = self.allocated
        if size > allocated >= 0:
            while allocated < size:
                allocated = resized_capacity(allocated, allocated, allocated + 1)
            self.allocated = allocated
        # list_sizeof: the type's tp_basicsize (a subclass's __slots__ too).
        return new_int(self.ob_type.basicsize + allocated * 8)

    @no_text_signature
    @method("($type, alias, /)", kind="classmethod")
    def __class_getitem__(w_type, w_alias):
        """See PEP 585"""
        return generic_alias(w_type, w_alias)


W_List.w_type.basicsize = LIST_BASICSIZE


def _c_int(w_value):
    """_PyLong_AsInt: an int argument (sort's reverse flag)."""
    from glass.objects import abstract
    from glass.objects.exceptions import overflow_error
    w_int = abstract.index(w_value)
    value = w_int.value
    decref(w_int)
    if not -(1 << 31) <= value < (1 << 31):
        raise overflow_error("Python int too large to convert to C int")
    return value


def new_list(items_w):
    """A list of borrowed items (each is increfed)."""
    for w_item in items_w:
        w_item.ob_refcnt += 1
    return W_List(list(items_w))


def sequence_list(w_iterable):
    """Counterpart: PySequence_List: list(iterable) (sorted() builds on it)."""
    w_list = W_List([])
    try:
        w_list.extend_iterable(w_iterable)
    except BaseException:
        decref(w_list)
        raise
    return w_list


# --- The list iterators ---------------------------------------------------------------------

@builtin_type("list_iterator", flags=HAVE_GC, doc=NO_DOC)
class W_ListIter(W_Object):
    """Counterpart: listiterobject: an index into the live list."""
    __slots__ = ("w_seq", "index")

    def __init__(self, w_seq):
        W_Object.__init__(self, W_ListIter.w_type)
        w_seq.ob_refcnt += 1
        self.w_seq = w_seq             # None once exhausted
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
        items = w_seq.items
        if index < len(items):
            w_item = items[index]
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
        return _reduce_list_iter(self, "iter")

    @no_text_signature
    @method("($self, state, /)")
    def __setstate__(self, w_state):
        """Set state information for unpickling."""
        index = _ssize_arg(w_state)
        if self.w_seq is not None:
            if index < 0:
                index = 0
            elif index > len(self.w_seq.items):
                index = len(self.w_seq.items)     # exhausted iterator
            self.index = index

    @slot("tp_traverse")
    def traverse(self, visit):
        if self.w_seq is not None:
            visit(self.w_seq)

    @slot("tp_dealloc")
    def dealloc(self):
        w_seq, self.w_seq = self.w_seq, None
        if w_seq is not None:
            decref(w_seq)


@builtin_type("list_reverseiterator", flags=HAVE_GC, doc=NO_DOC)
class W_ListRevIter(W_Object):
    """Counterpart: listreviterobject: reversed(list), from the end down."""
    __slots__ = ("w_seq", "index")

    def __init__(self, w_seq):
        W_Object.__init__(self, W_ListRevIter.w_type)
        w_seq.ob_refcnt += 1
        self.w_seq = w_seq
        self.index = len(w_seq.items) - 1

    @slot("tp_iter")
    def iter(self):
        self.ob_refcnt += 1
        return self

    @slot("tp_iternext")
    def iternext(self):
        w_seq = self.w_seq
        index = self.index
        if w_seq is not None and 0 <= index < len(w_seq.items):
            w_item = w_seq.items[index]
            self.index = index - 1
            w_item.ob_refcnt += 1
            return w_item
        self.index = -1
        if w_seq is not None:
            self.w_seq = None
            decref(w_seq)
        return None

    @no_text_signature
    @method("($self, /)")
    def __length_hint__(self):
        """Private method returning an estimate of len(list(it))."""
        from glass.objects.int import new_int
        size = self.index + 1
        if self.w_seq is None or len(self.w_seq.items) < size:
            size = 0
        return new_int(size)

    @no_text_signature
    @method("($self, /)")
    def __reduce__(self):
        """Return state information for pickling."""
        return _reduce_list_iter(self, "reversed")

    @no_text_signature
    @method("($self, state, /)")
    def __setstate__(self, w_state):
        """Set state information for unpickling."""
        index = _ssize_arg(w_state)
        if self.w_seq is not None:
            if index < -1:
                index = -1
            elif index > len(self.w_seq.items) - 1:
                index = len(self.w_seq.items) - 1
            self.index = index

    @slot("tp_traverse")
    def traverse(self, visit):
        if self.w_seq is not None:
            visit(self.w_seq)

    @slot("tp_dealloc")
    def dealloc(self):
        w_seq, self.w_seq = self.w_seq, None
        if w_seq is not None:
            decref(w_seq)


def _reduce_list_iter(w_it, builtin_name):
    """Counterpart: listiter_reduce_general."""
    from glass.objects.int import new_int
    from glass.objects.iterobject import get_builtin, reduce_value
    w_callable = get_builtin(builtin_name)
    if w_it.w_seq is not None:
        return reduce_value(w_callable, [w_it.w_seq], new_int(w_it.index))
    decref(w_callable)
    w_iter = get_builtin("iter")
    w_empty = W_List([])
    try:
        return reduce_value(w_iter, [w_empty])
    finally:
        decref(w_empty)


# --- list.sort: timsort ---------------------------------------------------------------------------
#
# Counterpart: list_sort_impl and the merge machinery above it in
# listobject.c (Tools: Objects/listsort.txt explains the algorithm).
#
# The guest can watch a sort: a class whose __lt__ prints shows every
# comparison, and an inconsistent __lt__ makes the result depend on the exact
# sequence of comparisons.  So the sort below makes CPython 3.11's
# comparisons in CPython's order: natural runs extended to minrun by binary
# insertion, run merging by the "powersort" policy (new in 3.11), merge_lo and
# merge_hi with galloping and the adaptive min_gallop.
#
# When every key is an exact int/float (no NaN) or every key an exact str,
# no guest code can run and the order is total, so the stable result is
# unique: the host's sort computes it directly.

MIN_GALLOP = 7


def _islt(w_a, w_b):
    """The `<` the sort uses (unsafe_*_compare or PyObject_RichCompareBool)."""
    kind = type(w_a)
    if kind is type(w_b) and kind in _PLAIN:
        return w_a.value < w_b.value
    from glass.objects import abstract
    return abstract.rich_compare_bool(w_a, w_b, LT)


_PLAIN = PLAIN_VALUE_TYPES


def _plain_key_values(keys_w):
    """The keys' host values when the host may sort them, else None."""
    from glass.objects.bool import W_Bool
    from glass.objects.float import W_Float
    from glass.objects.int import W_Int
    from glass.objects.str import W_Str
    kind = type(keys_w[0])
    if kind is W_Str:
        for w_key in keys_w:
            if type(w_key) is not W_Str:
                return None
        return [w_key.value for w_key in keys_w]
    values = []
    for w_key in keys_w:
        kind = type(w_key)
        if kind is W_Int or kind is W_Bool:
            values.append(w_key.value)
        elif kind is W_Float:
            value = w_key.value
            if value != value:
                return None               # NaN: no total order
            values.append(value)
        else:
            return None
    return values


def list_sort(w_list, w_keyfunc, reverse):
    """Counterpart: list_sort_impl.

    While the sort runs the list is empty, so a key function or a comparison
    that looks at it sees [] and one that changes it cannot disturb the sort;
    afterwards, a change is reported as "list modified during sort" and
    whatever was put in the list meanwhile is dropped.
    """
    from glass.objects import abstract
    from glass.objects.exceptions import value_error
    if not _PLAIN:
        load_plain_types()
    saved_items = w_list.items
    saved_allocated = w_list.allocated
    saved_storage = w_list.has_storage
    w_list.items = []
    w_list.allocated = -1             # any resize during the sort changes this
    w_list.has_storage = False
    size = len(saved_items)
    keys_w = None
    error = None
    keyfunc_failed = False
    try:
        if w_keyfunc is not None:
            keys_w = []
            try:
                for w_item in saved_items:
                    keys_w.append(abstract.call(w_keyfunc, [w_item]))
            except OperationError:
                keyfunc_failed = True
                raise
        if size > 1:
            if reverse:
                saved_items.reverse()
                if keys_w is not None:
                    keys_w.reverse()
            try:
                _sort_items(keys_w if keys_w is not None else saved_items,
                            saved_items if keys_w is not None else None)
            finally:
                if reverse:
                    saved_items.reverse()
    except OperationError as caught:
        error = caught
    if keys_w is not None:
        for w_key in keys_w:
            decref(w_key)
    modified = w_list.allocated != -1
    final_items = w_list.items
    w_list.items = saved_items
    w_list.allocated = saved_allocated
    w_list.has_storage = saved_storage
    _decref_all(final_items)
    if error is not None:
        raise error
    if modified and not keyfunc_failed:
        raise value_error("list modified during sort")


def _sort_items(keys_w, values_w):
    """Sort keys_w in place, carrying values_w (or None) along."""
    plain = _plain_key_values(keys_w)
    if plain is not None:
        order = sorted(range(len(keys_w)), key=plain.__getitem__)
        keys_w[:] = [keys_w[i] for i in order]
        if values_w is not None:
            values_w[:] = [values_w[i] for i in order]
        return
    _TimSort(keys_w, values_w).sort()


def _compute_minrun(n):
    """merge_compute_minrun: n's top 6 bits, plus 1 if any lower bit is set."""
    r = 0
    while n >= 64:
        r |= n & 1
        n >>= 1
    return n + r


def _powerloop(s1, n1, n2, n):
    """powerloop: the level in a balanced merge tree of the boundary between
    the run [s1, s1+n1) and the next run of n2, in a list of n (powersort)."""
    result = 0
    a = 2 * s1 + n1            # twice the midpoint of the first run
    b = a + n1 + n2            # twice the midpoint of the second run
    while True:
        result += 1
        if a >= n:             # both quotient bits are 1
            a -= n
            b -= n
        elif b >= n:           # the bits differ: found the level
            break
        a <<= 1
        b <<= 1
    return result


class _TimSort:
    """Counterpart: MergeState and the functions that take it."""
    __slots__ = ("keys", "values", "min_gallop", "pending", "listlen")

    def __init__(self, keys_w, values_w):
        self.keys = keys_w
        self.values = values_w          # None when the keys are the items
        self.min_gallop = MIN_GALLOP
        self.pending = []               # [base, length, power] of each run
        self.listlen = len(keys_w)

    def sort(self):
        keys = self.keys
        remaining = len(keys)
        minrun = _compute_minrun(remaining)
        low = 0
        while remaining:
            run, descending = self.count_run(low, low + remaining)
            if descending:
                self.reverse_slice(low, low + run)
            if run < minrun:
                force = remaining if remaining <= minrun else minrun
                self.binarysort(low, low + force, low + run)
                run = force
            self.found_new_run(run)
            self.pending.append([low, run, 0])
            low += run
            remaining -= run
        self.merge_force_collapse()

    def reverse_slice(self, low, high):
        self.keys[low:high] = self.keys[low:high][::-1]
        if self.values is not None:
            self.values[low:high] = self.values[low:high][::-1]

    def count_run(self, low, high):
        """count_run: the length of the run at low, and whether it descends
        (strictly, so that reversing it keeps the sort stable)."""
        keys = self.keys
        if low + 1 == high:
            return 1, False
        n = 2
        i = low + 2
        if _islt(keys[low + 1], keys[low]):
            while i < high and _islt(keys[i], keys[i - 1]):
                i += 1
                n += 1
            return n, True
        while i < high and not _islt(keys[i], keys[i - 1]):
            i += 1
            n += 1
        return n, False

    def binarysort(self, low, high, start):
        """binarysort: [low, start) is sorted; insert each of [start, high)
        after the last item not greater than it (which keeps it stable)."""
        keys, values = self.keys, self.values
        if low == start:
            start += 1
        while start < high:
            pivot = keys[start]
            left, right = low, start
            while left < right:
                middle = left + ((right - left) >> 1)
                if _islt(pivot, keys[middle]):
                    right = middle
                else:
                    left = middle + 1
            del keys[start]
            keys.insert(left, pivot)
            if values is not None:
                values.insert(left, values.pop(start))
            start += 1

    def found_new_run(self, n2):
        """found_new_run: merge the runs whose power exceeds the new boundary's."""
        pending = self.pending
        if pending:
            s1, n1 = pending[-1][0], pending[-1][1]
            power = _powerloop(s1, n1, n2, self.listlen)
            while len(pending) > 1 and pending[-2][2] > power:
                self.merge_at(len(pending) - 2)
            pending[-1][2] = power

    def merge_force_collapse(self):
        pending = self.pending
        while len(pending) > 1:
            n = len(pending) - 2
            if n > 0 and pending[n - 1][1] < pending[n + 1][1]:
                n -= 1
            self.merge_at(n)

    def merge_at(self, i):
        """merge_at: merge the runs i and i+1 of the stack."""
        keys = self.keys
        pending = self.pending
        base_a, na = pending[i][0], pending[i][1]
        base_b, nb = pending[i + 1][0], pending[i + 1][1]
        pending[i][1] = na + nb
        del pending[i + 1]
        # Where does b start in a?  What comes before is already in place.
        k = self.gallop_right(keys[base_b], keys, base_a, na, 0)
        base_a += k
        na -= k
        if na == 0:
            return
        # Where does a end in b?  What comes after is already in place.
        nb = self.gallop_left(keys[base_a + na - 1], keys, base_b, nb, nb - 1)
        if nb <= 0:
            return
        if na <= nb:
            self.merge_lo(base_a, na, base_b, nb)
        else:
            self.merge_hi(base_a, na, base_b, nb)

    def gallop_left(self, key, array, base, n, hint):
        """gallop_left: k such that array[base+k-1] < key <= array[base+k],
        searching outward from hint by doubling steps, then by bisection."""
        a = base + hint
        lastofs, ofs = 0, 1
        if _islt(array[a], key):
            maxofs = n - hint
            while ofs < maxofs:
                if _islt(array[a + ofs], key):
                    lastofs = ofs
                    ofs = (ofs << 1) + 1
                else:
                    break
            if ofs > maxofs:
                ofs = maxofs
            lastofs += hint
            ofs += hint
        else:
            maxofs = hint + 1
            while ofs < maxofs:
                if _islt(array[a - ofs], key):
                    break
                lastofs = ofs
                ofs = (ofs << 1) + 1
            if ofs > maxofs:
                ofs = maxofs
            lastofs, ofs = hint - ofs, hint - lastofs
        lastofs += 1
        while lastofs < ofs:
            middle = lastofs + ((ofs - lastofs) >> 1)
            if _islt(array[base + middle], key):
                lastofs = middle + 1
            else:
                ofs = middle
        return ofs

    def gallop_right(self, key, array, base, n, hint):
        """gallop_right: k such that array[base+k-1] <= key < array[base+k]."""
        a = base + hint
        lastofs, ofs = 0, 1
        if _islt(key, array[a]):
            maxofs = hint + 1
            while ofs < maxofs:
                if _islt(key, array[a - ofs]):
                    lastofs = ofs
                    ofs = (ofs << 1) + 1
                else:
                    break
            if ofs > maxofs:
                ofs = maxofs
            lastofs, ofs = hint - ofs, hint - lastofs
        else:
            maxofs = n - hint
            while ofs < maxofs:
                if _islt(key, array[a + ofs]):
                    break
                lastofs = ofs
                ofs = (ofs << 1) + 1
            if ofs > maxofs:
                ofs = maxofs
            lastofs += hint
            ofs += hint
        lastofs += 1
        while lastofs < ofs:
            middle = lastofs + ((ofs - lastofs) >> 1)
            if _islt(key, array[base + middle]):
                ofs = middle
            else:
                lastofs = middle + 1
        return ofs

    def _move(self, dest, src_keys, src_values, src, count):
        """Copy count entries from (src_keys, src_values)[src:] to dest."""
        self.keys[dest:dest + count] = src_keys[src:src + count]
        if self.values is not None:
            self.values[dest:dest + count] = src_values[src:src + count]

    def merge_lo(self, pa, na, pb, nb):
        """merge_lo: merge the runs [pa, pa+na) and [pb, pb+nb) (na <= nb),
        left to right, with run A moved to a temporary array.  If a
        comparison raises, what is left of A is copied back, so the list
        always holds each item exactly once."""
        keys, values = self.keys, self.values
        has_values = values is not None
        temp_keys = keys[pa:pa + na]
        temp_values = values[pa:pa + na] if has_values else None
        ta = 0                        # the next item of A, in the temporary array
        dest = pa
        keys[dest] = keys[pb]
        if has_values:
            values[dest] = values[pb]
        dest += 1
        pb += 1
        nb -= 1
        copy_b = False
        try:
            if nb == 0:
                return
            if na == 1:
                copy_b = True
                return
            min_gallop = self.min_gallop
            while True:
                acount = bcount = 0
                # One item at a time, until one run wins min_gallop times in a row.
                while True:
                    if _islt(keys[pb], temp_keys[ta]):
                        keys[dest] = keys[pb]
                        if has_values:
                            values[dest] = values[pb]
                        dest += 1
                        pb += 1
                        bcount += 1
                        acount = 0
                        nb -= 1
                        if nb == 0:
                            return
                        if bcount >= min_gallop:
                            break
                    else:
                        keys[dest] = temp_keys[ta]
                        if has_values:
                            values[dest] = temp_values[ta]
                        dest += 1
                        ta += 1
                        acount += 1
                        bcount = 0
                        na -= 1
                        if na == 1:
                            copy_b = True
                            return
                        if acount >= min_gallop:
                            break
                # Galloping, until neither run wins MIN_GALLOP times in a row.
                min_gallop += 1
                while True:
                    min_gallop -= min_gallop > 1
                    self.min_gallop = min_gallop
                    k = self.gallop_right(keys[pb], temp_keys, ta, na, 0)
                    acount = k
                    if k:
                        self._move(dest, temp_keys, temp_values, ta, k)
                        dest += k
                        ta += k
                        na -= k
                        if na == 1:
                            copy_b = True
                            return
                        # na == 0 is impossible with a consistent comparison,
                        # but a guest __lt__ need not be consistent.
                        if na == 0:
                            return
                    keys[dest] = keys[pb]
                    if has_values:
                        values[dest] = values[pb]
                    dest += 1
                    pb += 1
                    nb -= 1
                    if nb == 0:
                        return
                    k = self.gallop_left(temp_keys[ta], keys, pb, nb, 0)
                    bcount = k
                    if k:
                        self._move(dest, keys, values, pb, k)
                        dest += k
                        pb += k
                        nb -= k
                        if nb == 0:
                            return
                    keys[dest] = temp_keys[ta]
                    if has_values:
                        values[dest] = temp_values[ta]
                    dest += 1
                    ta += 1
                    na -= 1
                    if na == 1:
                        copy_b = True
                        return
                    if acount < MIN_GALLOP and bcount < MIN_GALLOP:
                        break
                min_gallop += 1           # penalize leaving galloping mode
                self.min_gallop = min_gallop
        finally:
            if copy_b:
                # The last item of A belongs after what is left of B.
                self._move(dest, keys, values, pb, nb)
                keys[dest + nb] = temp_keys[ta]
                if has_values:
                    values[dest + nb] = temp_values[ta]
            elif na:
                self._move(dest, temp_keys, temp_values, ta, na)

    def merge_hi(self, pa, na, pb, nb):
        """merge_hi: as merge_lo, right to left, with run B (the shorter)
        moved to the temporary array."""
        keys, values = self.keys, self.values
        has_values = values is not None
        temp_keys = keys[pb:pb + nb]
        temp_values = values[pb:pb + nb] if has_values else None
        dest = pb + nb - 1            # the slot to fill next, from the right
        last_a = pa + na - 1          # the last item of A still in place
        # The last item of B in the temporary array is always temp[nb - 1].
        keys[dest] = keys[last_a]
        if has_values:
            values[dest] = values[last_a]
        dest -= 1
        last_a -= 1
        na -= 1
        copy_a = False
        try:
            if na == 0:
                return
            if nb == 1:
                copy_a = True
                return
            min_gallop = self.min_gallop
            while True:
                acount = bcount = 0
                while True:
                    if _islt(temp_keys[nb - 1], keys[last_a]):
                        keys[dest] = keys[last_a]
                        if has_values:
                            values[dest] = values[last_a]
                        dest -= 1
                        last_a -= 1
                        acount += 1
                        bcount = 0
                        na -= 1
                        if na == 0:
                            return
                        if acount >= min_gallop:
                            break
                    else:
                        keys[dest] = temp_keys[nb - 1]
                        if has_values:
                            values[dest] = temp_values[nb - 1]
                        dest -= 1
                        bcount += 1
                        acount = 0
                        nb -= 1
                        if nb == 1:
                            copy_a = True
                            return
                        if bcount >= min_gallop:
                            break
                min_gallop += 1
                while True:
                    min_gallop -= min_gallop > 1
                    self.min_gallop = min_gallop
                    k = self.gallop_right(temp_keys[nb - 1], keys, pa, na, na - 1)
                    k = na - k
                    acount = k
                    if k:
                        dest -= k
                        last_a -= k
                        self._move(dest + 1, keys, values, last_a + 1, k)
                        na -= k
                        if na == 0:
                            return
                    keys[dest] = temp_keys[nb - 1]
                    if has_values:
                        values[dest] = temp_values[nb - 1]
                    dest -= 1
                    nb -= 1
                    if nb == 1:
                        copy_a = True
                        return
                    k = self.gallop_left(keys[last_a], temp_keys, 0, nb, nb - 1)
                    k = nb - k
                    bcount = k
                    if k:
                        dest -= k
                        self._move(dest + 1, temp_keys, temp_values, nb - k, k)
                        nb -= k
                        if nb == 1:
                            copy_a = True
                            return
                        # nb == 0 is impossible with a consistent comparison.
                        if nb == 0:
                            return
                    keys[dest] = keys[last_a]
                    if has_values:
                        values[dest] = values[last_a]
                    dest -= 1
                    last_a -= 1
                    na -= 1
                    if na == 0:
                        return
                    if acount < MIN_GALLOP and bcount < MIN_GALLOP:
                        break
                min_gallop += 1
                self.min_gallop = min_gallop
        finally:
            if copy_a:
                # The first item of B belongs before what is left of A.
                self._move(dest - na + 1, keys, values, last_a - na + 1, na)
                dest -= na
                keys[dest] = temp_keys[0]
                if has_values:
                    values[dest] = temp_values[0]
            elif nb:
                self._move(dest - (nb - 1), temp_keys, temp_values, 0, nb)


# sizeof(listiterobject), sizeof(listreviterobject): for object.__sizeof__.
W_ListIter.w_type.basicsize = 32
W_ListRevIter.w_type.basicsize = 32


# Imported last, for the hot paths above (subscripts, index arguments): these
# modules import this one.
from glass.objects import abstract  # noqa: E402
from glass.objects.int import W_Int  # noqa: E402
from glass.objects.slice import (W_Slice, adjust_indices, exact_index_item,  # noqa: E402
                                 slice_selection)
from glass.objects.exceptions import EXCEPTION_TYPES, index_error, type_error  # noqa: E402  (hot path: no import per call)
from glass.objects.tuple import W_Tuple  # noqa: E402
