"""collections.OrderedDict in C: a dict that keeps its keys on a linked list.

Counterpart: Objects/odictobject.c (PyODictObject, the odict views and
odict_iterator, the MutableMapping update).

An OrderedDict is a dict (its entries, lookups and resizes are dict's own)
plus a doubly linked list of nodes, one per key, that says the order.  A
node owns a reference to its key and remembers the key's hash; it holds no
value: every value is looked up in the dict again by key.  So, as in CPython,
an OrderedDict changed behind its back (dict.__delitem__(od, k)) has a node
whose key the dict lacks, and reading it raises KeyError.

To find a key's node without walking the list, `fast_nodes` mirrors the dict
table: fast_nodes[i] is the node of the key in entry i.  It is rebuilt
lazily, when the dict has a new table since the last rebuild (CPython
compares the keys object's address; here the `indices` list is the keys
object, and `resize_sentinel` holds the one it was built for).

`state` is bumped by every change of the list (a node added, removed or
moved); an iterator that finds it changed raises "OrderedDict mutated during
iteration".  Iterators keep the *key* they will return next, not a node, and
find its node again each step.
"""
from __future__ import annotations

from glass.objects import abstract
from glass.objects.dict import W_Dict, W_DictItems, W_DictKeys, W_DictValues
from glass.objects.exceptions import (EXCEPTION_TYPES, OperationError, key_error,
                                      operation_error, runtime_error, type_error,
                                      value_error)
from glass.objects.gctrack import is_tracked as gc_is_tracked, track as gc_track
from glass.objects.heapslots import hash_not_implemented
from glass.objects.itertypes import next_or_none
from glass.objects.object import W_Object, decref, new_ref, xdecref
from glass.objects.signature import no_text_signature
from glass.objects.tuple import eq_bool, item_hash
from glass.objects.type import (BASETYPE, EQ, HAVE_GC, NE, builtin_type, getter, method,
                                setter, slot)
from glass.objects.weakrefobject import clear_weakrefs_if_any

# The kinds of odict_iterator (_odict_ITER_*).
ITER_REVERSED = 1
ITER_KEYS = 2
ITER_VALUES = 4

NODE_SIZE = 32                # sizeof(_ODictNode): key, hash, next, prev
POINTER = 8


def _new_int(value):
    from glass.objects.int import new_int
    return new_int(value)


def _is_true(w_flag):
    """A clinic `bool` parameter left out (None) is True here (last=True)."""
    return True if w_flag is None else abstract.is_true(w_flag)


def _chain(error, w_earlier):
    """_PyErr_ChainExceptions: the earlier exception becomes the context of
    the one now raised (the reference to it moves there)."""
    w_exc = error.w_value
    w_old, w_exc.w_context = w_exc.w_context, w_earlier
    xdecref(w_old)


class _ODictNode:
    """Counterpart: struct _odictnode: a key (owned), its hash, and the
    neighbours in the order (None at either end)."""
    __slots__ = ("w_key", "hash", "next", "prev")

    def __init__(self, w_key, h):
        self.w_key = w_key
        self.hash = h
        self.next = None
        self.prev = None


@builtin_type("collections.OrderedDict", base=W_Dict, flags=BASETYPE | HAVE_GC)
class W_ODict(W_Dict):
    """Dictionary that remembers insertion order"""
    # od_first, od_last: the ends of the list (None when empty).
    # fast_nodes: entry index -> node (None where no node), for the table
    # `resize_sentinel`.  w_dict: the instance __dict__, made on first use.
    __slots__ = ("od_first", "od_last", "fast_nodes", "resize_sentinel", "state",
                 "w_dict", "weakrefs")

    def __init__(self, w_type=None):
        """PyODict_New: an empty OrderedDict (tracked by the collector at once)."""
        W_Dict.__init__(self, w_type or W_ODict.w_type)
        self._init_odict_fields()

    def init_fields(self):
        """dict_new's part for an instance of a class deriving from OrderedDict."""
        W_Dict.init_fields(self)
        self._init_odict_fields()

    def _init_odict_fields(self):
        self.od_first = None
        self.od_last = None
        self.fast_nodes = []
        self.resize_sentinel = None
        self.state = 0
        self.w_dict = None
        self.weakrefs = None

    # --- the linked list (_odict_*) ----------------------------------------------------

    def _get_index_raw(self, w_key, h):
        """_odict_get_index_raw: the key's entry index, or for a missing key
        the index its entry would get (dk_nentries)."""
        position = self.lookup(w_key, h)
        if position < 0:
            return len(self.keys_w)
        return position

    def _resize_fast_nodes(self):
        """_odict_resize: a fast_nodes table the size of the dict's, filled
        by looking up every node's key (with the hash the node kept)."""
        fast_nodes = [None] * len(self.indices)
        node = self.od_first
        while node is not None:
            fast_nodes[self._get_index_raw(node.w_key, node.hash)] = node
            node = node.next
        self.fast_nodes = fast_nodes
        self.resize_sentinel = self.indices

    def _get_index(self, w_key, h):
        """_odict_get_index: resynchronise fast_nodes with the table first."""
        if self.resize_sentinel is not self.indices or \
                len(self.fast_nodes) != len(self.indices):
            self._resize_fast_nodes()
        return self._get_index_raw(w_key, h)

    def _find_node_hash(self, w_key, h):
        """_odict_find_node_hash: the key's node, or None."""
        if self.od_first is None:
            return None
        i = self._get_index(w_key, h)        # may rebuild fast_nodes: index after
        return self.fast_nodes[i]

    def _find_node(self, w_key):
        """_odict_find_node: the key's node, or None (hashing the key)."""
        if self.od_first is None:
            return None
        h = item_hash(w_key)
        i = self._get_index(w_key, h)
        return self.fast_nodes[i]

    def _add_head(self, node):
        node.prev = None
        node.next = self.od_first
        if self.od_first is None:
            self.od_last = node
        else:
            self.od_first.prev = node
        self.od_first = node
        self.state += 1

    def _add_tail(self, node):
        node.prev = self.od_last
        node.next = None
        if self.od_last is None:
            self.od_first = node
        else:
            self.od_last.next = node
        self.od_last = node
        self.state += 1

    def _add_new_node(self, w_key, h):
        """_odict_add_new_node: a node for the key at the end, unless the key
        has one already."""
        w_key.ob_refcnt += 1
        try:
            i = self._get_index(w_key, h)
        except BaseException:
            decref(w_key)
            raise
        if self.fast_nodes[i] is not None:
            decref(w_key)
            return
        node = _ODictNode(w_key, h)
        self._add_tail(node)
        self.fast_nodes[i] = node

    def _remove_node(self, node):
        """_odict_remove_node: unlink (a second call on the node does nothing)."""
        if self.od_first is node:
            self.od_first = node.next
        elif node.prev is not None:
            node.prev.next = node.next
        if self.od_last is node:
            self.od_last = node.prev
        elif node.next is not None:
            node.next.prev = node.prev
        node.prev = None
        node.next = None
        self.state += 1

    def _clear_node(self, node, w_key, h):
        """_odict_clear_node: drop the key's node (found from the key when
        `node` is None); no node is no error: the caller decides."""
        if self.od_first is None:
            return
        i = self._get_index(w_key, h)
        if node is None:
            node = self.fast_nodes[i]
            if node is None:
                return
        self.fast_nodes[i] = None
        self._remove_node(node)
        decref(node.w_key)

    def _clear_nodes(self):
        """_odict_clear_nodes: every node goes (od_state does not change)."""
        self.fast_nodes = []
        self.resize_sentinel = None
        node = self.od_first
        self.od_first = None
        self.od_last = None
        while node is not None:
            next_node = node.next
            decref(node.w_key)
            node = next_node

    def _keys_equal(self, w_other):
        """_odict_keys_equal: the same keys in the same order."""
        node_a, node_b = self.od_first, w_other.od_first
        while True:
            if node_a is None and node_b is None:
                return True
            if node_a is None or node_b is None:
                return False
            if not eq_bool(node_a.w_key, node_b.w_key):
                return False
            node_a, node_b = node_a.next, node_b.next

    # --- the C API (PyODict_SetItem, PyODict_DelItem) ------------------------------

    def setitem_known_hash(self, w_key, h, w_value):
        """_PyODict_SetItem_KnownHash: into the dict, then a node; if the
        node cannot be made, the dict entry is taken out again."""
        self.insert(w_key, h, w_value)
        try:
            self._add_new_node(w_key, h)
        except OperationError as error:
            try:
                self._del_known_hash(w_key, h)
            except OperationError as later:
                _chain(later, error.w_value)
                raise later
            raise

    def od_setitem(self, w_key, w_value):
        """PyODict_SetItem."""
        self.setitem_known_hash(w_key, item_hash(w_key), w_value)

    def od_delitem(self, w_key):
        """PyODict_DelItem: the node first, then the dict entry (KeyError if
        the dict has none)."""
        h = item_hash(w_key)
        self._clear_node(None, w_key, h)
        self._del_known_hash(w_key, h)

    def _del_known_hash(self, w_key, h):
        """_PyDict_DelItem_KnownHash."""
        position = self.lookup(w_key, h)
        if position < 0:
            raise key_error(w_key)
        self.delete_entry(position)

    def _pop_known_hash(self, w_key, h, w_default):
        """_PyDict_Pop_KnownHash: a new reference to the removed value, or to
        the default; KeyError without one."""
        if self.used:
            position = self.lookup(w_key, h)
            if position >= 0:
                w_value = new_ref(self.values_w[position])
                self.delete_entry(position)
                return w_value
        if w_default is None:
            raise key_error(w_key)
        return new_ref(w_default)

    def popkey_hash(self, w_key, w_default, h):
        """_odict_popkey_hash: the node goes first (no dict resize can come
        between), then the dict entry; a subclass's __getitem__ and
        __delitem__ are not called."""
        node = self._find_node_hash(w_key, h)
        if node is not None:
            self._clear_node(node, w_key, h)
            return self._pop_known_hash(w_key, h, w_default)
        if w_default is None:
            raise key_error(w_key)
        return new_ref(w_default)

    def node_value(self, w_key):
        """_odictnode_VALUE: a borrowed reference; a key the dict lost is a
        KeyError."""
        w_value = self.getitem(w_key)
        if w_value is None:
            raise key_error(w_key)
        return w_value

    # --- slots -------------------------------------------------------------------------

    @slot("tp_init")
    def odict_init(self, args_w, kwnames):
        """Counterpart: odict_init: update() with the arguments, whatever they are."""
        nkw = len(kwnames) if kwnames else 0
        npos = len(args_w) - nkw
        if npos > 1:
            raise type_error("expected at most 1 arguments, got %d" % npos)
        kwargs = [(kwnames[i], args_w[npos + i]) for i in range(nkw)]
        mutablemapping_update(self, args_w[:npos], kwargs)

    @slot("tp_dealloc")
    def odict_dealloc(self):
        """Counterpart: odict_dealloc: the __dict__, the weak references, the
        nodes, then what dict holds."""
        w_inst_dict, self.w_dict = self.w_dict, None
        xdecref(w_inst_dict)
        clear_weakrefs_if_any(self)
        self._clear_nodes()
        W_Dict.dealloc(self)

    @slot("tp_traverse")
    def odict_traverse(self, visit):
        """Counterpart: odict_traverse: the __dict__, every node's key, then
        the dict's entries (the weak references are not visited)."""
        if self.w_dict is not None:
            visit(self.w_dict)
        node = self.od_first
        while node is not None:
            visit(node.w_key)
            node = node.next
        W_Dict.traverse(self, visit)

    @slot("tp_clear")
    def odict_tp_clear(self):
        w_inst_dict, self.w_dict = self.w_dict, None
        xdecref(w_inst_dict)
        self.clear()
        self._clear_nodes()

    @slot("mp_ass_subscript")
    def odict_mp_ass_sub(self, w_key, w_value):
        """Counterpart: odict_mp_ass_sub (w_value None deletes)."""
        if w_value is None:
            self.od_delitem(w_key)
        else:
            self.od_setitem(w_key, w_value)

    @slot("tp_repr")
    def odict_repr(self):
        """Counterpart: odict_repr: "OrderedDict([(key, value), ...])"."""
        from glass.objects.list import W_List, repr_enter, repr_leave, sequence_list
        from glass.objects.str import new_str
        from glass.objects.tuple import new_tuple
        name = self.ob_type.short_name()
        if self.used == 0:
            return new_str("%s()" % name)
        if not repr_enter(self):
            return new_str("...")
        try:
            if self.ob_type is W_ODict.w_type:
                w_pieces = W_List([])
                try:
                    node = self.od_first
                    while node is not None:
                        w_value = self.node_value(node.w_key)
                        w_pieces.items.append(new_tuple([node.w_key, w_value]))
                        node = node.next
                    text = abstract.repr_text(w_pieces)
                finally:
                    decref(w_pieces)
            else:
                w_items = abstract.call_method(self, "items", [])
                try:
                    w_pieces = sequence_list(w_items)
                finally:
                    decref(w_items)
                try:
                    text = abstract.repr_text(w_pieces)
                finally:
                    decref(w_pieces)
        finally:
            repr_leave(self)
        return new_str("%s(%s)" % (name, text))

    @slot("tp_richcompare")
    def odict_richcompare(self, w_other, op):
        """Counterpart: odict_richcompare: against another OrderedDict the
        order counts too; against a dict, as dicts."""
        from glass.objects.bool import new_bool, w_False, w_True
        from glass.objects.tuple import not_implemented
        if not isinstance(self, W_ODict) or not isinstance(w_other, W_Dict):
            return not_implemented()
        if op != EQ and op != NE:
            return not_implemented()
        w_cmp = W_Dict.richcompare(self, w_other, op)
        if not isinstance(w_other, W_ODict):
            return w_cmp
        if (op == EQ and w_cmp is w_False) or (op == NE and w_cmp is w_True):
            return w_cmp
        decref(w_cmp)
        equal = self._keys_equal(w_other)
        return new_bool(equal == (op == EQ))

    hash = slot("tp_hash")(hash_not_implemented)       # __hash__ = None

    @slot("tp_iter")
    def odict_iter(self):
        return W_ODictIter(self, ITER_KEYS)

    @slot("nb_or")
    def odict_or(w_left, w_right):
        """Counterpart: odict_or: type(od)(left), updated from right."""
        from glass.objects.tuple import not_implemented
        if isinstance(w_left, W_ODict):
            w_type, w_other = w_left.ob_type, w_right
        else:
            w_type, w_other = w_right.ob_type, w_left
        if not isinstance(w_other, W_Dict):
            return not_implemented()
        w_new = abstract.call(w_type, [w_left])
        try:
            mutablemapping_update_arg(w_new, w_right)
        except BaseException:
            decref(w_new)
            raise
        return w_new

    @slot("nb_inplace_or")
    def odict_inplace_or(self, w_other):
        """Counterpart: odict_inplace_or: update() from anything it takes."""
        mutablemapping_update_arg(self, w_other)
        return new_ref(self)

    # --- methods -------------------------------------------------------------------------

    @method("($type, /, iterable, value=None)", kind="classmethod")
    def fromkeys(w_type, w_iterable, w_value):
        """Create a new ordered dictionary with keys from iterable and values set to value."""
        from glass.objects.dict import dict_fromkeys
        return dict_fromkeys(w_type, w_iterable, w_value)

    @no_text_signature
    @method("($self, /)", name="__sizeof__")
    def odict_sizeof(self):
        # _PyDict_SizeOf, the fast_nodes table, and one node per item.
        size = self.ob_type.basicsize + self.keys_size() + POINTER * len(self.fast_nodes)
        if self.od_first is not None:
            size += NODE_SIZE * self.used
        return _new_int(size)

    @no_text_signature
    @method("($self, /)", name="__reduce__", doc="Return state information for pickling")
    def odict_reduce(self):
        """Counterpart: odict_reduce: (type, (), state, None, iter(items()))."""
        from glass.objects.none import w_None
        from glass.objects.objectreduce import get_state
        from glass.objects.tuple import empty_tuple, new_tuple
        w_state = get_state(self, False)
        w_args = empty_tuple()
        try:
            w_items = abstract.call_method(self, "items", [])
            try:
                w_items_iter = abstract.iter(w_items)
            finally:
                decref(w_items)
            try:
                return new_tuple([self.ob_type, w_args, w_state, w_None, w_items_iter])
            finally:
                decref(w_items_iter)
        finally:
            decref(w_state)
            decref(w_args)

    @method("($self, /, key, default=None)", name="setdefault")
    def odict_setdefault(self, w_key, w_default):
        """Insert key with a value of default if key is not in the dictionary.

Return the value for key if key is in the dictionary, else default."""
        from glass.objects.none import w_None
        if w_default is None:
            w_default = w_None
        if self.ob_type is W_ODict.w_type:
            w_result = self.getitem(w_key)
            if w_result is None:
                self.od_setitem(w_key, w_default)
                return new_ref(w_default)
            return new_ref(w_result)
        if abstract.contains(self, w_key):
            return abstract.getitem(self, w_key)
        abstract.setitem(self, w_key, w_default)
        return new_ref(w_default)

    @method("($self, /, key, default=<unrepresentable>)", name="pop")
    def odict_pop(self, w_key, w_default):
        """od.pop(key[,default]) -> v, remove specified key and return the corresponding value.

If the key is not found, return the default if given; otherwise,
raise a KeyError."""
        return self.popkey_hash(w_key, w_default, item_hash(w_key))

    @method("($self, /, last=True)", name="popitem")
    def odict_popitem(self, w_last):
        """Remove and return a (key, value) pair from the dictionary.

Pairs are returned in LIFO order if last is true or FIFO order if false."""
        from glass.objects.tuple import new_tuple_owned
        last = _is_true(w_last)
        if self.od_first is None:
            raise operation_error("KeyError", "dictionary is empty")
        node = self.od_last if last else self.od_first
        w_key = new_ref(node.w_key)
        try:
            w_value = self.popkey_hash(w_key, None, node.hash)
        except BaseException:
            decref(w_key)
            raise
        return new_tuple_owned([w_key, w_value])

    @no_text_signature
    @method("($self, /)", name="keys")
    def odict_keys(self):
        return W_ODictKeys(self)

    @no_text_signature
    @method("($self, /)", name="values")
    def odict_values(self):
        return W_ODictValues(self)

    @no_text_signature
    @method("($self, /)", name="items")
    def odict_items(self):
        return W_ODictItems(self)

    @no_text_signature
    @method("($self, /, *args, **kwargs)", name="update")
    def odict_update(self, args_w, kwargs):
        mutablemapping_update(self, args_w, list(kwargs.items()))

    @no_text_signature
    @method("($self, /)", name="clear", doc="od.clear() -> None.  Remove all items from od.")
    def odict_clear(self):
        self.clear()
        self._clear_nodes()

    @no_text_signature
    @method("($self, /)", name="copy", doc="od.copy() -> a shallow copy of od")
    def odict_copy(self):
        """Counterpart: odict_copy: an exact OrderedDict copies its nodes; a
        subclass is called with no arguments and filled by self[key]."""
        exact = self.ob_type is W_ODict.w_type
        w_copy = W_ODict() if exact else abstract.call(self.ob_type, [])
        try:
            node = self.od_first
            while node is not None:
                if exact:
                    w_value = self.node_value(node.w_key)
                    w_copy.setitem_known_hash(node.w_key, node.hash, w_value)
                else:
                    w_value = abstract.getitem(self, node.w_key)
                    try:
                        abstract.setitem(w_copy, node.w_key, w_value)
                    finally:
                        decref(w_value)
                node = node.next
        except BaseException:
            decref(w_copy)
            raise
        return w_copy

    @no_text_signature
    @method("($self, /)", name="__reversed__", doc="od.__reversed__() <==> reversed(od)")
    def odict_reversed(self):
        return W_ODictIter(self, ITER_KEYS | ITER_REVERSED)

    @method("($self, /, key, last=True)")
    def move_to_end(self, w_key, w_last):
        """Move an existing element to the end (or beginning if last is false).

Raise KeyError if the element does not exist."""
        last = _is_true(w_last)
        if self.od_first is None:
            raise key_error(w_key)
        node = self.od_last if last else self.od_first
        if w_key is not node.w_key:
            node = self._find_node(w_key)
            if node is None:
                raise key_error(w_key)
            if last:
                if node is not self.od_last:
                    self._remove_node(node)
                    self._add_tail(node)
            elif node is not self.od_first:
                self._remove_node(node)
                self._add_head(node)

    @getter("__dict__")
    def get_dict(self):
        # PyObject_GenericGetDict: made on first use.
        if self.w_dict is None:
            self.w_dict = W_Dict()
        return new_ref(self.w_dict)

    @setter("__dict__")
    def set_dict(self, w_value):
        from glass.objects.funcobject import generic_set_dict
        generic_set_dict(self, w_value)


# --- MutableMapping's update (mutablemapping_*) ------------------------------------------

def mutablemapping_add_pairs(w_self, w_pairs):
    """Counterpart: mutablemapping_add_pairs: self[k] = v for each pair
    (an iterable of exactly two items)."""
    w_it = abstract.iter(w_pairs)
    try:
        while True:
            w_pair = next_or_none(w_it)
            if w_pair is None:
                break
            w_pair_it = w_key = w_value = None
            try:
                w_pair_it = abstract.iter(w_pair)
                w_key = next_or_none(w_pair_it)
                if w_key is None:
                    raise value_error("need more than 0 values to unpack")
                w_value = next_or_none(w_pair_it)
                if w_value is None:
                    raise value_error("need more than 1 value to unpack")
                w_unexpected = next_or_none(w_pair_it)
                if w_unexpected is not None:
                    decref(w_unexpected)
                    raise value_error("too many values to unpack (expected 2)")
                abstract.setitem(w_self, w_key, w_value)
            finally:
                # The order of the C function's cleanup.
                decref(w_pair)
                xdecref(w_pair_it)
                xdecref(w_key)
                xdecref(w_value)
    finally:
        decref(w_it)


def _dict_items_list(w_dict):
    """PyDict_Items: a new list of (key, value) tuples."""
    from glass.objects.list import W_List
    from glass.objects.tuple import new_tuple
    return W_List([new_tuple([w_key, w_value]) for w_key, w_value in w_dict.item_pairs()])


def mutablemapping_update_arg(w_self, w_arg):
    """Counterpart: mutablemapping_update_arg: a dict's items, a mapping's
    keys() and self[key] = arg[key], an object's items(), or pairs."""
    if w_arg.ob_type is W_Dict.w_type:
        w_items = _dict_items_list(w_arg)
        try:
            mutablemapping_add_pairs(w_self, w_items)
        finally:
            decref(w_items)
        return
    w_func = abstract.lookup_attr_str(w_arg, "keys")
    if w_func is not None:
        try:
            w_keys = abstract.call(w_func, [])
        finally:
            decref(w_func)
        try:
            w_it = abstract.iter(w_keys)
        finally:
            decref(w_keys)
        try:
            while True:
                w_key = next_or_none(w_it)
                if w_key is None:
                    break
                try:
                    w_value = abstract.getitem(w_arg, w_key)
                    try:
                        abstract.setitem(w_self, w_key, w_value)
                    finally:
                        decref(w_value)
                finally:
                    decref(w_key)
        finally:
            decref(w_it)
        return
    w_func = abstract.lookup_attr_str(w_arg, "items")
    if w_func is not None:
        try:
            w_items = abstract.call(w_func, [])
        finally:
            decref(w_func)
        try:
            mutablemapping_add_pairs(w_self, w_items)
        finally:
            decref(w_items)
        return
    mutablemapping_add_pairs(w_self, w_arg)


def mutablemapping_update(w_self, args_w, kwargs):
    """Counterpart: mutablemapping_update: at most one positional argument,
    then the keywords (a host list of (name, w_value)) as pairs."""
    from glass.objects.str import intern
    from glass.objects.list import W_List
    from glass.objects.tuple import new_tuple
    if len(args_w) > 1:
        raise type_error("update() takes at most 1 positional argument (%d given)"
                         % len(args_w))
    if args_w:
        w_other = new_ref(args_w[0])
        try:
            mutablemapping_update_arg(w_self, w_other)
        finally:
            decref(w_other)
    if kwargs:
        pairs_w = []
        for name, w_value in kwargs:
            w_name = intern(name)
            pairs_w.append(new_tuple([w_name, w_value]))
            decref(w_name)
        w_items = W_List(pairs_w)
        try:
            mutablemapping_add_pairs(w_self, w_items)
        finally:
            decref(w_items)


# --- odict_iterator ---------------------------------------------------------------------

@builtin_type("odict_iterator", flags=HAVE_GC)
class W_ODictIter(W_Object):
    # kind: ITER_* bits.  w_odict: None once finished.  w_current: the key
    # to return next (None at the end).  w_result: the (key, value) tuple an
    # items iterator hands out again when nobody else holds it.
    __slots__ = ("kind", "w_odict", "di_size", "di_state", "w_current", "w_result")

    def __init__(self, w_od, kind):
        """Counterpart: odictiter_new."""
        from glass.objects.none import w_None
        from glass.objects.tuple import new_tuple
        W_Object.__init__(self, W_ODictIter.w_type)
        both = ITER_KEYS | ITER_VALUES
        self.w_result = new_tuple([w_None, w_None]) if kind & both == both else None
        self.kind = kind
        node = w_od.od_last if kind & ITER_REVERSED else w_od.od_first
        self.w_current = new_ref(node.w_key) if node is not None else None
        self.di_size = w_od.used
        self.di_state = w_od.state
        self.w_odict = new_ref(w_od)

    def _finish(self):
        w_od, self.w_odict = self.w_odict, None
        xdecref(w_od)

    def _next_key(self):
        """Counterpart: odictiter_nextkey: a new reference, or None at the end."""
        w_od = self.w_odict
        if w_od is None:
            return None
        if self.w_current is None:
            self._finish()
            return None
        if w_od.state != self.di_state:
            error = runtime_error("OrderedDict mutated during iteration")
            self._finish()
            raise error
        if self.di_size != w_od.used:
            self.di_size = -1                    # make this state sticky
            raise runtime_error("OrderedDict changed size during iteration")
        try:
            node = w_od._find_node(self.w_current)
            if node is None:
                raise key_error(self.w_current)  # it must have been deleted
        except OperationError:
            w_current, self.w_current = self.w_current, None
            decref(w_current)
            raise
        w_key = self.w_current
        node = node.prev if self.kind & ITER_REVERSED else node.next
        self.w_current = new_ref(node.w_key) if node is not None else None
        return w_key

    @slot("tp_iternext")
    def iternext(self):
        """Counterpart: odictiter_iternext."""
        w_key = self._next_key()
        if w_key is None:
            return None
        if not self.kind & ITER_VALUES:
            return w_key
        w_value = _getitem_ignoring_errors(self.w_odict, w_key)
        if w_value is None:
            error = key_error(w_key)
            decref(w_key)
            w_current, self.w_current = self.w_current, None
            xdecref(w_current)
            self._finish()
            raise error
        w_value.ob_refcnt += 1
        if not self.kind & ITER_KEYS:
            decref(w_key)
            return w_value
        w_result = self.w_result
        if w_result.ob_refcnt == 1:
            # Nobody else holds the tuple: it is handed out again, tracked
            # again if a collection untracked it (bpo-42536).
            w_result.ob_refcnt += 1
            old_w = w_result.items
            w_result.items = [w_key, w_value]
            decref(old_w[0])
            decref(old_w[1])
            if not gc_is_tracked(w_result):
                gc_track(w_result)
            return w_result
        from glass.objects.tuple import new_tuple_owned
        return new_tuple_owned([w_key, w_value])

    @slot("tp_iter")
    def iter(self):
        return new_ref(self)

    @slot("tp_getattro")
    def getattro(self, w_name):
        """PyObject_GenericGetAttr, set explicitly (so __getattribute__ is listed)."""
        from glass.objects.typeobject import generic_getattr
        return generic_getattr(self, w_name)

    @no_text_signature
    @method("($self, /)", doc="Return state information for pickling")
    def __reduce__(self):
        """Counterpart: odictiter_reduce: iter(list of what is left), from a
        copy of the iterator run to its end."""
        from glass.objects.iterobject import get_builtin, reduce_value
        from glass.objects.list import sequence_list
        w_copy = W_ODictIter.__new__(W_ODictIter)
        W_Object.__init__(w_copy, self.ob_type)
        w_copy.kind = self.kind
        w_copy.w_odict = self.w_odict
        if self.w_odict is not None:
            self.w_odict.ob_refcnt += 1
        w_copy.w_current = self.w_current
        if self.w_current is not None:
            self.w_current.ob_refcnt += 1
        w_copy.di_size = self.di_size
        w_copy.di_state = self.di_state
        # The copy shares the result tuple without a reference of its own,
        # as CPython's copy on the C stack does.
        w_copy.w_result = self.w_result
        try:
            w_list = sequence_list(w_copy)
        finally:
            w_copy.w_result = None
            decref(w_copy)
        w_iter = get_builtin("iter")
        try:
            return reduce_value(w_iter, [w_list])
        finally:
            decref(w_list)

    @slot("tp_dealloc")
    def dealloc(self):
        w_od, self.w_odict = self.w_odict, None
        xdecref(w_od)
        w_current, self.w_current = self.w_current, None
        xdecref(w_current)
        w_result, self.w_result = self.w_result, None
        xdecref(w_result)

    @slot("tp_traverse")
    def traverse(self, visit):
        if self.w_odict is not None:
            visit(self.w_odict)
        if self.w_current is not None:
            visit(self.w_current)
        if self.w_result is not None:
            visit(self.w_result)


def _getitem_ignoring_errors(w_od, w_key):
    """PyDict_GetItem: a borrowed reference or None; an error while hashing
    or comparing counts as a miss."""
    try:
        return w_od.getitem(w_key)
    except OperationError as error:
        decref(error.w_value)
        return None


# --- the views: dict's, iterating in the OrderedDict's order -------------------------------

@builtin_type("odict_keys", base=W_DictKeys, flags=HAVE_GC)
class W_ODictKeys(W_DictKeys):
    __slots__ = ()

    @slot("tp_iter")
    def odictkeys_iter(self):
        return W_ODictIter(self.w_dict, ITER_KEYS)

    @no_text_signature
    @method("($self, /)", name="__reversed__")
    def odictkeys_reversed(self):
        return W_ODictIter(self.w_dict, ITER_KEYS | ITER_REVERSED)


@builtin_type("odict_values", base=W_DictValues, flags=HAVE_GC)
class W_ODictValues(W_DictValues):
    __slots__ = ()

    @slot("tp_iter")
    def odictvalues_iter(self):
        return W_ODictIter(self.w_dict, ITER_VALUES)

    @no_text_signature
    @method("($self, /)", name="__reversed__")
    def odictvalues_reversed(self):
        return W_ODictIter(self.w_dict, ITER_VALUES | ITER_REVERSED)


@builtin_type("odict_items", base=W_DictItems, flags=HAVE_GC)
class W_ODictItems(W_DictItems):
    __slots__ = ()

    @slot("tp_iter")
    def odictitems_iter(self):
        return W_ODictIter(self.w_dict, ITER_KEYS | ITER_VALUES)

    @no_text_signature
    @method("($self, /)", name="__reversed__")
    def odictitems_reversed(self):
        return W_ODictIter(self.w_dict, ITER_KEYS | ITER_VALUES | ITER_REVERSED)
