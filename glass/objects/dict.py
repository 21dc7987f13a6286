"""Guest dicts: insertion-ordered hash tables, their views and iterators.

Counterpart: Objects/dictobject.c (PyDictObject, PyDictKeysObject,
insertdict, dictresize, dict_merge, PyDict_Copy, the dict views and the dict
iterators).

The layout is CPython's combined table, split in two as CPython splits it:

- the *entries*, in insertion order: three parallel host lists `keys_w`,
  `values_w` and `hashes` (an entry deleted leaves None in its place, as a
  NULL me_key/me_value; only a resize compacts them);
- the *indices*, a host list of 2**log2_size slots holding an entry's
  position, EMPTY or DUMMY (a deleted entry's slot), probed as CPython probes
  them (the slot's hash bits, then i*5 + perturb + 1 with the hash's high
  bits shifted in).  The probe order is observable: it decides which keys a
  lookup compares with, in which order, and how often (a probe sequence may
  come back to a slot it saw, and a key there is compared again).

Beside them the dict keeps what CPython's keys object keeps: `log2_size`
(0 for the shared empty keys of a new dict), `usable` (entries left before a
resize) and `unicode` (every key an exact str: smaller entries).  So a dict
resizes when CPython's does, iteration positions move as CPython's do (which
decides the "dictionary changed size/keys changed during iteration" errors)
and __sizeof__ reports CPython's figures.

Keys are compared as CPython compares them: identity first, then, for keys
with the same hash, `stored_key == key` (guest __eq__ included); exact str,
int and float keys are compared on the host, as CPython compares them in C.
"""
from __future__ import annotations

import itertools

from glass.objects.exceptions import OperationError
from glass.objects.heapslots import hash_not_implemented
from glass.objects.gctrack import INLINE_DICTS as GC_INLINE_DICTS, WHERE as GC_WHERE
from glass.objects.gctrack import is_tracked as gc_is_tracked
from glass.objects.gctrack import link as gc_link, link_untracked as gc_link_untracked
from glass.objects.gctrack import may_be_tracked, track as gc_track
from glass.objects.object import W_Object, decref
from glass.objects.tuple import PLAIN_VALUE_TYPES as _PLAIN
from glass.objects.tuple import alloc_subtype, eq_bool, generic_alias, item_hash
from glass.objects.signature import no_text_signature
from glass.objects.type import (BASETYPE, DICT_SUBCLASS, EQ, GE, GT, HAVE_GC, HEAPTYPE, LE,
                                LT, MAPPING, MATCH_SELF, NE, builtin_type, getter, method, slot)

DICT_BASICSIZE = 48           # sizeof(PyDictObject)
KEYS_HEADER = 32              # sizeof(PyDictKeysObject)
LOG_MINSIZE = 3               # PyDict_LOG_MINSIZE: 8 slots


def usable_fraction(size):
    """USABLE_FRACTION: a table of `size` slots holds up to 2/3 of it."""
    return (size << 1) // 3


def calculate_log2_keysize(minsize):
    """The log2 of the smallest table of at least `minsize` slots (at least 8)."""
    return ((((minsize | 8) - 1) | 7)).bit_length()


def estimate_log2_keysize(n):
    """The log2 of a table big enough for n entries (estimate_log2_keysize)."""
    return calculate_log2_keysize((n * 3 + 1) // 2)


_W_Str = None                 # W_Str, once a dict first allocates a table


def _load_str_type():
    """str is imported late (a module-level import would be circular); no
    dict holds a key before its first table exists, so that is when."""
    global _W_Str
    from glass.objects.str import W_Str
    _W_Str = W_Str


def _is_exact_str(w_key):
    return type(w_key) is _W_Str


EMPTY = -1                    # DKIX_EMPTY: a slot never used
DUMMY = -2                    # DKIX_DUMMY: the slot of a deleted entry
PERTURB_SHIFT = 5
MASK64 = 0xFFFFFFFFFFFFFFFF
EMPTY_INDICES = (EMPTY,)      # Py_EMPTY_KEYS's one slot (never written)


def find_empty_slot(indices, h):
    """Counterpart: find_empty_slot: the first EMPTY or DUMMY slot on the probe
    sequence of h."""
    mask = len(indices) - 1
    i = h & mask
    perturb = h & MASK64
    while indices[i] >= 0:
        perturb >>= PERTURB_SHIFT
        i = (i * 5 + perturb + 1) & mask
    return i


def lookdict_index(indices, h, position):
    """Counterpart: lookdict_index: the slot that holds entry `position`."""
    mask = len(indices) - 1
    i = h & mask
    perturb = h & MASK64
    while True:
        ix = indices[i]
        if ix == position:
            return i
        if ix == EMPTY:
            return -1
        perturb >>= PERTURB_SHIFT
        i = (i * 5 + perturb + 1) & mask


def _runtime_error(message):
    from glass.objects.exceptions import runtime_error
    return runtime_error(message)


def _key_error(w_key):
    from glass.objects.exceptions import key_error
    return key_error(w_key)


def _new_bool(value):
    from glass.objects.bool import new_bool
    return new_bool(value)


def _str_hash(name, _cache={}):
    """The guest hash of a host str (for the *_str helpers), remembered."""
    h = _cache.get(name)
    if h is None:
        from glass.objects.hashing import hash_str
        h = _cache[name] = hash_str(name)
    return h


def _maintain_tracking(w_dict, w_key, w_value):
    """MAINTAIN_TRACKING: an untracked dict is tracked from the moment it
    holds something the collector may track."""
    if may_be_tracked(w_key) or may_be_tracked(w_value):
        gc_track(w_dict)


# dk_version: a dict's keys_version changes whenever an entry is added or
# removed or the table is rebuilt (never when a value is replaced), so a
# cache of "this name is entry i" (LOAD_GLOBAL's) stays valid while it holds.
_KEYS_VERSIONS = itertools.count()


@builtin_type("dict", flags=BASETYPE | HAVE_GC | DICT_SUBCLASS | MAPPING | MATCH_SELF)
class W_Dict(W_Object):
    """dict() -> new empty dictionary
dict(mapping) -> new dictionary initialized from a mapping object's
    (key, value) pairs
dict(iterable) -> new dictionary initialized as if via:
    d = {}
    for k, v in iterable:
        d[k] = v
dict(**kwargs) -> new dictionary initialized with the name=value pairs
    in the keyword argument list.  For example:  dict(one=1, two=2)"""
    __slots__ = ("keys_w", "values_w", "hashes", "indices", "used", "usable",
                 "log2_size", "unicode", "keys_version")

    def __init__(self, w_type=None):
        """PyDict_New: an empty dict on the shared empty keys."""
        self.ob_refcnt = 1
        if w_type is None or w_type is W_Dict.w_type:
            self.ob_type = W_Dict.w_type
            gc_link_untracked(self)   # tracked once it holds a container
        else:
            self.ob_type = w_type
            gc_link(self)             # a subclass's instance: tracked at once
        self._empty_keys()

    def init_fields(self):
        """The fields of a new instance of a class deriving from dict (a
        builtin subclass adds its own)."""
        self._empty_keys()

    def _empty_keys(self):
        """Point the dict at Py_EMPTY_KEYS: no entries, no room (the first
        insertion allocates a real table)."""
        self.keys_w = []
        self.values_w = []
        self.hashes = []
        self.indices = EMPTY_INDICES
        self.keys_version = next(_KEYS_VERSIONS)
        self.used = 0
        self.usable = 0
        self.log2_size = 0
        self.unicode = True

    def _new_keys(self, log2_size, unicode):
        """new_keys_object: an empty table of 2**log2_size slots."""
        if _W_Str is None:
            _load_str_type()
        if log2_size >= 64:
            from glass.objects.tuple import memory_error
            raise memory_error()
        self.keys_w = []
        self.values_w = []
        self.hashes = []
        self.indices = [EMPTY] * (1 << log2_size)
        self.keys_version = next(_KEYS_VERSIONS)
        self.log2_size = log2_size
        self.usable = usable_fraction(1 << log2_size)
        self.unicode = unicode

    @classmethod
    def presized(cls, count, unicode):
        """dict_new_presized: a dict that will hold `count` entries."""
        w_dict = cls()
        if count > usable_fraction(1 << LOG_MINSIZE):
            w_dict._new_keys(estimate_log2_keysize(count), unicode)
        return w_dict

    @classmethod
    def from_items(cls, keys_w, values_w):
        """_PyDict_FromItems (BUILD_MAP, BUILD_CONST_KEY_MAP): the arguments
        are borrowed."""
        if _W_Str is None:
            _load_str_type()
        unicode = True
        for w_key in keys_w:
            if not _is_exact_str(w_key):
                unicode = False
                break
        w_dict = cls.presized(len(keys_w), unicode)
        try:
            for w_key, w_value in zip(keys_w, values_w):
                w_dict.setitem(w_key, w_value)
        except BaseException:
            decref(w_dict)
            raise
        return w_dict

    # --- the table ------------------------------------------------------------------

    def lookup(self, w_key, h):
        """Counterpart: _Py_dict_lookup: the entry index of an equal key, or -1.

        Walks the probe sequence; a stored key with the same hash is compared
        with `stored == key`.  When a guest __eq__ changes the dict under the
        comparison, the lookup starts again, as CPython's does
        (DKIX_KEY_CHANGED).
        """
        while True:
            indices = self.indices
            keys_w = self.keys_w
            hashes = self.hashes
            mask = len(indices) - 1
            i = h & mask
            perturb = h & MASK64
            while True:
                ix = indices[i]
                if ix >= 0:
                    w_stored = keys_w[ix]
                    if w_stored is w_key:
                        return ix
                    if hashes[ix] == h:
                        kind = type(w_stored)
                        if kind is type(w_key) and kind in _PLAIN:
                            if w_stored.value == w_key.value:
                                return ix
                        else:
                            w_stored.ob_refcnt += 1
                            try:
                                equal = eq_bool(w_stored, w_key)
                            finally:
                                decref(w_stored)
                            if self.indices is not indices or keys_w[ix] is not w_stored:
                                break                  # the dict changed: again
                            if equal:
                                return ix
                elif ix == EMPTY:
                    return -1
                perturb >>= PERTURB_SHIFT
                i = (i * 5 + perturb + 1) & mask

    def _resize(self, log2_newsize, unicode):
        """Counterpart: dictresize: a new table, the entries compacted in order."""
        if not self.unicode:
            unicode = False
        old_keys, old_values, old_hashes = self.keys_w, self.values_w, self.hashes
        self._new_keys(log2_newsize, unicode)
        keys_w, values_w, hashes, indices = self.keys_w, self.values_w, self.hashes, self.indices
        for i in range(len(old_keys)):
            w_key = old_keys[i]
            if w_key is not None:
                h = old_hashes[i]
                # build_indices: the first EMPTY slot (there are no dummies yet).
                indices[find_empty_slot(indices, h)] = len(keys_w)
                keys_w.append(w_key)
                values_w.append(old_values[i])
                hashes.append(h)
        self.usable -= len(keys_w)

    def _insertion_resize(self, unicode):
        """insertion_resize: grow to three times the used count."""
        self._resize(calculate_log2_keysize(self.used * 3), unicode)

    def _append_entry(self, w_key, h, w_value):
        """A new entry at the end (the caller made room); takes new references."""
        w_key.ob_refcnt += 1
        w_value.ob_refcnt += 1
        if id(self) not in GC_WHERE and id(self) not in GC_INLINE_DICTS:
            _maintain_tracking(self, w_key, w_value)
        self.indices[find_empty_slot(self.indices, h)] = len(self.keys_w)
        self.keys_version = next(_KEYS_VERSIONS)
        self.keys_w.append(w_key)
        self.values_w.append(w_value)
        self.hashes.append(h)
        self.used += 1
        self.usable -= 1

    def insert(self, w_key, h, w_value):
        """Counterpart: insertdict (and insert_to_emptydict): both borrowed.

        An existing equal key stays; only its value is replaced, and the old
        value is released last, since that may run guest code.
        """
        if self.log2_size == 0:
            self._new_keys(LOG_MINSIZE, False)
            self.unicode = type(w_key) is _W_Str
            self._append_entry(w_key, h, w_value)
            return
        is_str = type(w_key) is _W_Str
        if self.unicode and not is_str:
            self._insertion_resize(False)
        position = self.lookup(w_key, h)
        if position < 0:
            if self.usable <= 0:
                self._insertion_resize(True)
            if not is_str and self.unicode:
                self.unicode = False
            self._append_entry(w_key, h, w_value)
            return
        w_old = self.values_w[position]
        if w_old is not w_value:
            w_value.ob_refcnt += 1
            self.values_w[position] = w_value
            if id(self) not in GC_WHERE and id(self) not in GC_INLINE_DICTS:
                _maintain_tracking(self, w_key, w_value)
            decref(w_old)

    def delete_entry(self, position):
        """Counterpart: delitem_common: the entry becomes a hole; the key, then
        the value, are released."""
        w_key = self.keys_w[position]
        w_value = self.values_w[position]
        self.keys_w[position] = None
        self.values_w[position] = None
        self.keys_version = next(_KEYS_VERSIONS)
        slot_index = lookdict_index(self.indices, self.hashes[position], position)
        self.indices[slot_index] = DUMMY
        self.used -= 1
        decref(w_key)
        decref(w_value)

    # --- the C API (PyDict_GetItem, PyDict_SetItem, PyDict_DelItem) ------------------

    def getitem(self, w_key):
        """A borrowed reference to the value, or None if the key is absent."""
        if type(w_key) is _W_Str:
            h = w_key.hash_cache
            if h == -1:
                h = w_key.ob_type.tp_hash(w_key)
        else:
            h = item_hash(w_key)
        # The hot path (LOAD_GLOBAL, LOAD_NAME): the same interned key, found
        # at the first slot probed.
        indices = self.indices
        ix = indices[h & (len(indices) - 1)]
        if ix >= 0:
            if self.keys_w[ix] is w_key:
                return self.values_w[ix]
        elif ix == EMPTY:
            return None                        # the first slot probed is free
        position = self.lookup(w_key, h)
        return self.values_w[position] if position >= 0 else None

    def getitem_str(self, name):
        """_PyDict_GetItem_KnownHash for a host str key: borrowed, or None."""
        h = _str_hash(name)
        indices = self.indices
        ix = indices[h & (len(indices) - 1)]
        if ix == EMPTY:
            return None
        if ix >= 0:
            w_stored = self.keys_w[ix]
            if type(w_stored) is _W_Str and w_stored.value == name:
                return self.values_w[ix]
        from glass.objects.str import new_str
        w_key = new_str(name)
        try:
            position = self.lookup(w_key, h)
        finally:
            decref(w_key)
        return self.values_w[position] if position >= 0 else None

    def setitem(self, w_key, w_value):
        """PyDict_SetItem: both arguments borrowed."""
        if type(w_key) is _W_Str:
            h = w_key.hash_cache
            if h == -1:
                h = w_key.ob_type.tp_hash(w_key)
            indices = self.indices
            ix = indices[h & (len(indices) - 1)]
            if ix >= 0 and self.keys_w[ix] is w_key:
                # The hot path (STORE_NAME, STORE_GLOBAL, instance attributes):
                # the same interned key, found at once, a new value.
                w_old = self.values_w[ix]
                if w_old is not w_value:
                    w_value.ob_refcnt += 1
                    self.values_w[ix] = w_value
                    decref(w_old)
                return
        else:
            h = item_hash(w_key)
        self.insert(w_key, h, w_value)

    def setitem_str(self, name, w_value):
        """PyDict_SetItemString: the key is the interned str."""
        w_key = intern(name)
        try:
            self.setitem(w_key, w_value)
        finally:
            w_key.ob_refcnt -= 1

    def delitem(self, w_key):
        """Remove the key; False if it was absent (no KeyError raised)."""
        position = self.lookup(w_key, item_hash(w_key))
        if position < 0:
            return False
        self.delete_entry(position)
        return True

    def delitem_str(self, name):
        from glass.objects.str import new_str
        w_key = new_str(name)
        try:
            return self.delitem(w_key)
        finally:
            decref(w_key)

    def contains(self, w_key):
        """PyDict_Contains: a host bool."""
        return self.lookup(w_key, item_hash(w_key)) >= 0

    def item_pairs(self):
        """The (key, value) pairs in order, borrowed: a snapshot host list."""
        keys_w, values_w = self.keys_w, self.values_w
        return [(keys_w[i], values_w[i]) for i in range(len(keys_w))
                if keys_w[i] is not None]

    @property
    def table(self):
        """The first version's layout, for callers not yet moved to
        item_pairs(): {position: [w_key, w_value]}, a borrowed snapshot."""
        return {i: [w_key, w_value] for i, (w_key, w_value) in enumerate(self.item_pairs())}

    def keys_list(self):
        """The keys in order, borrowed: a snapshot host list."""
        return [w_key for w_key in self.keys_w if w_key is not None]

    def clear(self):
        """Counterpart: PyDict_Clear: empty first, then release the entries in
        order (each key, then its value)."""
        if self.log2_size == 0:
            return
        keys_w, values_w = self.keys_w, self.values_w
        self._empty_keys()
        for i in range(len(keys_w)):
            w_key = keys_w[i]
            if w_key is not None:
                decref(w_key)
                decref(values_w[i])

    def copy(self):
        """Counterpart: PyDict_Copy: an exact dict with the same entries."""
        if self.used == 0:
            return W_Dict()
        if (self.ob_type.tp_iter is W_Dict.iter and
                self.used >= (len(self.keys_w) * 2) // 3):
            # clone_combined_dict_keys: the same table, holes and all.
            w_copy = W_Dict()
            w_copy._clone_from(self)
            return w_copy
        w_copy = W_Dict()
        try:
            w_copy.merge(self, 1)
        except BaseException:
            decref(w_copy)
            raise
        return w_copy

    def _clone_from(self, w_other):
        """clone_combined_dict_keys: take a copy of the other dict's table."""
        self.keys_w = list(w_other.keys_w)
        self.keys_version = next(_KEYS_VERSIONS)
        self.values_w = list(w_other.values_w)
        self.hashes = list(w_other.hashes)
        indices = w_other.indices
        self.indices = list(indices) if indices is not EMPTY_INDICES else indices
        self.used = w_other.used
        self.usable = w_other.usable
        self.log2_size = w_other.log2_size
        self.unicode = w_other.unicode
        if gc_is_tracked(w_other):
            gc_track(self)
        for w_key in self.keys_w:
            if w_key is not None:
                w_key.ob_refcnt += 1
        for w_value in self.values_w:
            if w_value is not None:
                w_value.ob_refcnt += 1

    def merge(self, w_other, override):
        """Counterpart: dict_merge: override 0 keeps existing keys, 1 replaces
        them, 2 raises KeyError on a duplicate (f(**a, **b))."""
        from glass.objects import abstract
        if isinstance(w_other, W_Dict) and w_other.ob_type.tp_iter is W_Dict.iter:
            if w_other is self or w_other.used == 0:
                return
            if self.used == 0:
                override = 1
                if (w_other.used == len(w_other.keys_w) and
                        (w_other.log2_size == LOG_MINSIZE or
                         usable_fraction((1 << w_other.log2_size) // 2) < w_other.used)):
                    old = self.keys_w, self.values_w
                    self._clone_from(w_other)
                    _release_entries(*old)
                    return
            # One big resize first, expecting few keys in common.  (The shared
            # empty keys count as a table of one slot: no room at all.)
            if usable_fraction(1 << self.log2_size) < w_other.used:
                self._resize(estimate_log2_keysize(self.used + w_other.used),
                             w_other.unicode)
            original_size = len(w_other.keys_w)
            i = 0
            while i < len(w_other.keys_w):
                w_key = w_other.keys_w[i]
                if w_key is None:
                    i += 1
                    continue
                w_value = w_other.values_w[i]
                h = w_other.hashes[i]
                w_key.ob_refcnt += 1
                w_value.ob_refcnt += 1
                try:
                    if override == 1:
                        self.insert(w_key, h, w_value)
                    elif self.lookup(w_key, h) < 0:
                        self.insert(w_key, h, w_value)
                    elif override == 2:
                        raise _key_error(w_key)
                finally:
                    decref(w_value)
                    decref(w_key)
                if original_size != len(w_other.keys_w):
                    raise _runtime_error("dict mutated during update")
                i += 1
            return
        # The generic way: keys(), then other[key] for each.
        w_keys = mapping_keys(w_other)
        try:
            w_it = abstract.iter(w_keys)
        finally:
            decref(w_keys)
        try:
            iternext = w_it.ob_type.tp_iternext
            while True:
                w_key = iternext(w_it)
                if w_key is None:
                    break
                try:
                    if override != 1 and self.contains(w_key):
                        if override == 0:
                            continue
                        raise _key_error(w_key)
                    w_value = abstract.getitem(w_other, w_key)
                    try:
                        self.setitem(w_key, w_value)
                    finally:
                        decref(w_value)
                finally:
                    decref(w_key)
        finally:
            decref(w_it)

    def merge_from_seq2(self, w_seq, override=True):
        """Counterpart: PyDict_MergeFromSeq2: an iterable of key/value pairs."""
        from glass.objects import abstract
        from glass.objects.exceptions import EXCEPTION_TYPES, type_error, value_error
        from glass.objects.list import sequence_fast
        w_it = abstract.iter(w_seq)
        try:
            iternext = w_it.ob_type.tp_iternext
            position = 0
            while True:
                w_item = iternext(w_it)
                if w_item is None:
                    break
                try:
                    try:
                        pair_w, w_owner = sequence_fast(w_item, "")
                    except OperationError as error:
                        if error.match(EXCEPTION_TYPES["TypeError"]):
                            decref(error.w_value)
                            raise type_error("cannot convert dictionary update sequence "
                                             "element #%d to a sequence" % position)
                        raise
                finally:
                    decref(w_item)
                try:
                    if len(pair_w) != 2:
                        raise value_error("dictionary update sequence element #%d has "
                                          "length %d; 2 is required"
                                          % (position, len(pair_w)))
                    w_key, w_value = pair_w
                    w_key.ob_refcnt += 1
                    w_value.ob_refcnt += 1
                    try:
                        if override:
                            self.setitem(w_key, w_value)
                        else:
                            self.setdefault_value(w_key, w_value)
                    finally:
                        decref(w_key)
                        decref(w_value)
                finally:
                    decref(w_owner)
                position += 1
        finally:
            decref(w_it)

    def update_arg(self, w_arg):
        """Counterpart: dict_update_arg: a dict, a mapping with keys(), or pairs."""
        from glass.objects import abstract
        if w_arg.ob_type is W_Dict.w_type:
            self.merge(w_arg, 1)
            return
        w_keys = abstract.lookup_attr_str(w_arg, "keys")
        if w_keys is not None:
            decref(w_keys)
            self.merge(w_arg, 1)
            return
        self.merge_from_seq2(w_arg)

    def setdefault_value(self, w_key, w_default):
        """Counterpart: PyDict_SetDefault: a borrowed reference to the value."""
        h = item_hash(w_key)
        if self.log2_size == 0:
            self.insert(w_key, h, w_default)
            return w_default
        if self.unicode and type(w_key) is not _W_Str:
            self._insertion_resize(False)
        position = self.lookup(w_key, h)
        if position >= 0:
            return self.values_w[position]
        if self.usable <= 0:
            self._insertion_resize(True)
        if type(w_key) is not _W_Str and self.unicode:
            self.unicode = False
        self._append_entry(w_key, h, w_default)
        return w_default

    def pop_value(self, w_key, w_default=None):
        """Counterpart: _PyDict_Pop: a new reference; KeyError without a default.
        An empty dict does not even hash the key."""
        if self.used == 0:
            if w_default is not None:
                w_default.ob_refcnt += 1
                return w_default
            raise _key_error(w_key)
        position = self.lookup(w_key, item_hash(w_key))
        if position < 0:
            if w_default is not None:
                w_default.ob_refcnt += 1
                return w_default
            raise _key_error(w_key)
        w_value = self.values_w[position]
        w_value.ob_refcnt += 1
        self.delete_entry(position)
        return w_value

    # --- slots -------------------------------------------------------------------------

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        """Counterpart: dict_new: an empty dict (dict.__init__ fills it)."""
        if w_type is W_Dict.w_type:
            return W_Dict()
        if not w_type.flags & HEAPTYPE:
            return w_type.host_class(w_type)    # a builtin subclass (OrderedDict)
        w_dict = alloc_subtype(w_type)
        w_dict.init_fields()
        return w_dict

    @slot("tp_init")
    def init(self, args_w, kwnames):
        """Counterpart: dict_init (dict_update_common)."""
        _update_common(self, args_w, kwnames, "dict")

    @slot("tp_dealloc")
    def dealloc(self):
        keys_w, values_w = self.keys_w, self.values_w
        self._empty_keys()
        _release_entries(keys_w, values_w)

    @slot("tp_traverse")
    def traverse(self, visit):
        """Counterpart: dict_traverse: each entry's value, then its key
        (keys of a str-keyed table are str objects: not visited)."""
        keys_w, values_w = self.keys_w, self.values_w
        visit_keys = not self.unicode
        for i in range(len(keys_w)):
            if keys_w[i] is not None:
                visit(values_w[i])
                if visit_keys:
                    visit(keys_w[i])

    def traverse_values(self, visit):
        """_PyObject_VisitInstanceAttributes: the values of inline attributes."""
        for w_value in self.values_w:
            if w_value is not None:
                visit(w_value)

    @slot("tp_clear")
    def clear_slot(self):
        self.clear()

    @slot("mp_length")
    def length(self):
        return self.used

    @slot("mp_subscript")
    def subscript(self, w_key):
        """Counterpart: dict_subscript: a subclass's __missing__ answers a miss."""
        w_value = self.getitem(w_key)
        if w_value is not None:
            w_value.ob_refcnt += 1
            return w_value
        if self.ob_type is not W_Dict.w_type:
            w_missing = self.ob_type.lookup("__missing__")
            if w_missing is not None:
                from glass.objects import abstract
                return abstract.call_bound_descriptor(w_missing, self, [w_key])
        raise _key_error(w_key)

    @slot("mp_ass_subscript")
    def ass_subscript(self, w_key, w_value):
        """Counterpart: dict_ass_sub (w_value None deletes)."""
        if w_value is None:
            if not self.delitem(w_key):
                raise _key_error(w_key)
        else:
            self.setitem(w_key, w_value)

    @slot("sq_contains")
    def sq_contains(self, w_key):
        return self.contains(w_key)

    @slot("tp_richcompare")
    def richcompare(self, w_other, op):
        """Counterpart: dict_richcompare: only == and != are defined."""
        from glass.objects.tuple import not_implemented
        if not isinstance(w_other, W_Dict) or op not in (EQ, NE):
            return not_implemented()
        equal = self._equal(w_other)
        return _new_bool(equal if op == EQ else not equal)

    def _equal(self, w_other):
        """Counterpart: dict_equal: same size, and each of our keys found in
        the other with an equal value (`our_value == their_value`)."""
        if self.used != w_other.used:
            return False
        i = 0
        while i < len(self.keys_w):
            w_key = self.keys_w[i]
            if w_key is not None:
                w_value = self.values_w[i]
                h = self.hashes[i]
                w_key.ob_refcnt += 1
                w_value.ob_refcnt += 1
                try:
                    position = w_other.lookup(w_key, h)
                    if position < 0:
                        return False
                    w_theirs = w_other.values_w[position]
                    w_theirs.ob_refcnt += 1
                    try:
                        if not eq_bool(w_value, w_theirs):
                            return False
                    finally:
                        decref(w_theirs)
                finally:
                    decref(w_key)
                    decref(w_value)
            i += 1
        return True

    hash = slot("tp_hash")(hash_not_implemented)       # __hash__ = None

    @slot("tp_repr")
    def repr(self):
        """Counterpart: dict_repr ("{...}" for a dict inside itself)."""
        from glass.objects import abstract
        from glass.objects.list import repr_enter, repr_leave
        from glass.objects.str import new_str
        if not repr_enter(self):
            return new_str("{...}")
        try:
            if self.used == 0:
                return new_str("{}")
            parts = []
            i = 0
            while i < len(self.keys_w):
                w_key = self.keys_w[i]
                if w_key is not None:
                    w_value = self.values_w[i]
                    w_key.ob_refcnt += 1
                    w_value.ob_refcnt += 1
                    try:
                        parts.append(abstract.repr_text(w_key) + ": " +
                                     abstract.repr_text(w_value))
                    finally:
                        decref(w_key)
                        decref(w_value)
                i += 1
            return new_str("{%s}" % ", ".join(parts))
        finally:
            repr_leave(self)

    @slot("tp_iter")
    def iter(self):
        return W_DictKeyIter(self)

    @slot("nb_or")
    def or_(self, w_other):
        """Counterpart: dict_or: a copy of the left, updated from the right."""
        from glass.objects.tuple import not_implemented
        if not isinstance(self, W_Dict) or not isinstance(w_other, W_Dict):
            return not_implemented()
        w_new = self.copy()
        try:
            w_new.update_arg(w_other)
        except BaseException:
            decref(w_new)
            raise
        return w_new

    @slot("nb_inplace_or")
    def inplace_or(self, w_other):
        """Counterpart: dict_ior: update from anything update() accepts."""
        self.update_arg(w_other)
        self.ob_refcnt += 1
        return self

    # --- methods --------------------------------------------------------------------------

    @method("($self, key, /)", name="__contains__")
    def contains_method(self, w_key):
        """True if the dictionary has the specified key, else False."""
        return _new_bool(self.contains(w_key))

    @no_text_signature
    @method("($self, key, /)", name="__getitem__", doc="x.__getitem__(y) <==> x[y]")
    def getitem_method(self, w_key):
        return self.subscript(w_key)

    @method("($self, key, default=None, /)")
    def get(self, w_key, w_default):
        """Return the value for key if key is in the dictionary, else default."""
        from glass.objects.none import w_None
        w_value = self.getitem(w_key)
        if w_value is None:
            w_value = w_default if w_default is not None else w_None
        w_value.ob_refcnt += 1
        return w_value

    @method("($self, key, default=None, /)")
    def setdefault(self, w_key, w_default):
        """Insert key with a value of default if key is not in the dictionary.

Return the value for key if key is in the dictionary, else default."""
        from glass.objects.none import w_None
        w_value = self.setdefault_value(w_key, w_default if w_default is not None
                                        else w_None)
        w_value.ob_refcnt += 1
        return w_value

    @method("($self, key, default=<unrepresentable>, /)")
    def pop(self, w_key, w_default):
        """D.pop(k[,d]) -> v, remove specified key and return the corresponding value.

If the key is not found, return the default if given; otherwise,
raise a KeyError."""
        return self.pop_value(w_key, w_default)

    @method("($self, /)")
    def popitem(self):
        """Remove and return a (key, value) pair as a 2-tuple.

Pairs are returned in LIFO (last-in, first-out) order.
Raises KeyError if the dict is empty."""
        from glass.objects.exceptions import operation_error
        from glass.objects.tuple import new_tuple_owned
        if self.used == 0:
            raise operation_error("KeyError", "popitem(): dictionary is empty")
        i = len(self.keys_w) - 1
        while self.keys_w[i] is None:
            i -= 1
        w_key = self.keys_w[i]
        w_value = self.values_w[i]
        self.indices[lookdict_index(self.indices, self.hashes[i], i)] = DUMMY
        del self.keys_w[i:]
        self.keys_version = next(_KEYS_VERSIONS)
        del self.values_w[i:]
        del self.hashes[i:]
        self.used -= 1
        # The pair takes over the dict's references.
        return new_tuple_owned([w_key, w_value])

    @no_text_signature
    @method("($self, /)", doc="D.keys() -> a set-like object providing a view on D's keys")
    def keys(self):
        return W_DictKeys(self)

    @no_text_signature
    @method("($self, /)", doc="D.values() -> an object providing a view on D's values")
    def values(self):
        return W_DictValues(self)

    @no_text_signature
    @method("($self, /)", doc="D.items() -> a set-like object providing a view on D's items")
    def items(self):
        return W_DictItems(self)

    @no_text_signature
    @method("($self, /, *args, **kwargs)", doc=(
        "D.update([E, ]**F) -> None.  Update D from dict/iterable E and F.\n"
        "If E is present and has a .keys() method, then does:  for k in E: D[k] = E[k]\n"
        "If E is present and lacks a .keys() method, then does:  for k, v in E: D[k] = v\n"
        "In either case, this is followed by: for k in F:  D[k] = F[k]"))
    def update(self, args_w, kwargs):
        if len(args_w) > 1:
            from glass.objects.exceptions import type_error
            raise type_error("update expected at most 1 argument, got %d" % len(args_w))
        if args_w:
            self.update_arg(args_w[0])
        for name, w_value in kwargs.items():
            self.setitem_str(name, w_value)

    @method("($type, iterable, value=None, /)", kind="classmethod")
    def fromkeys(w_type, w_iterable, w_value):
        """Create a new dictionary with keys from iterable and values set to value."""
        return dict_fromkeys(w_type, w_iterable, w_value)

    @no_text_signature
    @method("($self, /)", name="clear", doc="D.clear() -> None.  Remove all items from D.")
    def clear_method(self):
        self.clear()

    @no_text_signature
    @method("($self, /)", name="copy", doc="D.copy() -> a shallow copy of D")
    def copy_method(self):
        return self.copy()

    @method("($self, /)")
    def __reversed__(self):
        """Return a reverse iterator over the dict keys."""
        return W_DictRevKeyIter(self)

    @no_text_signature
    @method("($self, /)", doc="D.__sizeof__() -> size of D in memory, in bytes")
    def __sizeof__(self):
        from glass.objects.int import new_int
        # _PyDict_SizeOf: the type's tp_basicsize (a subclass's __slots__ too).
        return new_int(self.ob_type.basicsize + self.keys_size())

    def keys_size(self):
        """_PyDict_KeysSize, or 0 for the shared empty keys."""
        log2 = self.log2_size
        if log2 == 0:
            return 0
        if log2 < 8:
            log2_bytes = log2
        elif log2 < 16:
            log2_bytes = log2 + 1
        elif log2 < 32:
            log2_bytes = log2 + 2
        else:
            log2_bytes = log2 + 3
        entry_size = 16 if self.unicode else 24
        return KEYS_HEADER + (1 << log2_bytes) + entry_size * usable_fraction(1 << log2)

    @no_text_signature
    @method("($type, alias, /)", kind="classmethod")
    def __class_getitem__(w_type, w_alias):
        """See PEP 585"""
        return generic_alias(w_type, w_alias)


W_Dict.w_type.basicsize = DICT_BASICSIZE


def _release_entries(keys_w, values_w):
    """free_keys_object: each key, then its value, in entry order."""
    for i in range(len(keys_w)):
        w_key = keys_w[i]
        if w_key is not None:
            decref(w_key)
            decref(values_w[i])


def _update_common(w_dict, args_w, kwnames, name):
    """Counterpart: dict_update_common: one optional positional, then keywords."""
    from glass.objects.exceptions import type_error
    nkw = len(kwnames) if kwnames else 0
    npos = len(args_w) - nkw
    if npos > 1:
        raise type_error("%s expected at most 1 argument, got %d" % (name, npos))
    if npos:
        w_dict.update_arg(args_w[0])
    for i in range(nkw):
        w_dict.setitem_str(kwnames[i], args_w[npos + i])


def mapping_keys(w_mapping):
    """Counterpart: PyMapping_Keys: a new list of the keys (keys() for non-dicts)."""
    from glass.objects import abstract
    from glass.objects.exceptions import EXCEPTION_TYPES, type_error
    from glass.objects.list import W_List, sequence_list
    if w_mapping.ob_type is W_Dict.w_type:
        keys = w_mapping.keys_list()
        for w_key in keys:
            w_key.ob_refcnt += 1
        return W_List(keys)
    w_method = abstract.getattr_str(w_mapping, "keys")
    try:
        w_keys = abstract.call(w_method, [])
    finally:
        decref(w_method)
    try:
        try:
            w_it = abstract.iter(w_keys)
        except OperationError as error:
            if not error.match(EXCEPTION_TYPES["TypeError"]):
                raise
            decref(error.w_value)
            raise type_error("%s.keys() returned a non-iterable (type %s)"
                             % (w_mapping.ob_type.name, w_keys.ob_type.name))
        try:
            return sequence_list(w_it)
        finally:
            decref(w_it)
    finally:
        decref(w_keys)


def dict_fromkeys(w_type, w_iterable, w_value):
    """Counterpart: _PyDict_FromKeys."""
    from glass.objects import abstract
    from glass.objects.none import w_None
    from glass.objects.set import W_FrozenSet, W_Set
    if w_value is None:
        w_value = w_None
    w_dict = abstract.call(w_type, [])
    try:
        exact = w_dict.ob_type is W_Dict.w_type
        if exact and w_dict.used == 0:
            kind = w_iterable.ob_type
            if kind is W_Dict.w_type:
                w_dict._resize(estimate_log2_keysize(w_iterable.used), w_iterable.unicode)
                keys_w, hashes = w_iterable.keys_w, w_iterable.hashes
                i = 0
                while i < len(keys_w):
                    w_key = keys_w[i]
                    if w_key is not None:
                        w_dict.insert(w_key, hashes[i], w_value)
                    i += 1
                return w_dict
            if kind is W_Set.w_type or kind is W_FrozenSet.w_type:
                w_dict._resize(estimate_log2_keysize(w_iterable.used), False)
                for w_key, h in w_iterable.entries():
                    w_dict.insert(w_key, h, w_value)
                return w_dict
        for w_key in abstract.iterate(w_iterable):
            try:
                if exact:
                    w_dict.setitem(w_key, w_value)
                else:
                    abstract.setitem(w_dict, w_key, w_value)
            finally:
                decref(w_key)
    except BaseException:
        decref(w_dict)
        raise
    return w_dict


def new_dict():
    return W_Dict()


# --- The iterators ---------------------------------------------------------------------------
#
# An iterator remembers the dict's size when it started (di_used), its
# position in the entries, and how many items are left (len).  A size change
# is "dictionary changed size during iteration" (and stays so); finding an
# item when none should be left means a key was removed and another added:
# "dictionary keys changed during iteration".

class _DictIterBase(W_Object):
    __slots__ = ("w_dict", "di_used", "position", "remaining")

    def __init__(self, w_type, w_dict, reverse):
        W_Object.__init__(self, w_type)
        w_dict.ob_refcnt += 1
        self.w_dict = w_dict              # None once exhausted
        self.di_used = w_dict.used
        self.remaining = w_dict.used
        self.position = len(w_dict.keys_w) - 1 if reverse else 0

    def next_index(self):
        """dictiter_iternext*'s common part: the entry index, or -1 at the end."""
        w_dict = self.w_dict
        if w_dict is None:
            return -1
        if self.di_used != w_dict.used:
            self.di_used = -1             # make this state sticky
            raise _runtime_error("dictionary changed size during iteration")
        i = self.position
        keys_w = w_dict.keys_w
        n = len(keys_w)
        while i < n and keys_w[i] is None:
            i += 1
        if i >= n:
            self._finish()
            return -1
        if self.remaining == 0:
            self._finish()
            raise _runtime_error("dictionary keys changed during iteration")
        self.position = i + 1
        self.remaining -= 1
        return i

    def next_index_reversed(self):
        """dictreviter_iternext's common part."""
        w_dict = self.w_dict
        if w_dict is None:
            return -1
        if self.di_used != w_dict.used:
            self.di_used = -1
            raise _runtime_error("dictionary changed size during iteration")
        i = self.position
        keys_w = w_dict.keys_w
        if i >= len(keys_w):
            i = len(keys_w) - 1
        while i >= 0 and keys_w[i] is None:
            i -= 1
        if i < 0:
            self._finish()
            return -1
        self.position = i - 1
        self.remaining -= 1
        return i

    def _finish(self):
        w_dict, self.w_dict = self.w_dict, None
        decref(w_dict)

    def _iter(self):
        self.ob_refcnt += 1
        return self

    def _length_hint(self):
        """Private method returning an estimate of len(list(it))."""
        from glass.objects.int import new_int
        w_dict = self.w_dict
        if w_dict is not None and self.di_used == w_dict.used:
            return new_int(self.remaining)
        return new_int(0)

    def _reduce(self):
        """Return state information for pickling."""
        from glass.objects.iterobject import get_builtin, reduce_value
        from glass.objects.list import W_List
        # A copy of the iterator, run to the end, gives what is left.
        w_copy = type(self).__new__(type(self))
        W_Object.__init__(w_copy, self.ob_type)
        w_copy.w_dict = self.w_dict
        if w_copy.w_dict is not None:
            w_copy.w_dict.ob_refcnt += 1
        w_copy.di_used = self.di_used
        w_copy.position = self.position
        w_copy.remaining = self.remaining
        try:
            w_list = W_List([])
            try:
                w_list.extend_iterable(w_copy)
            except BaseException:
                decref(w_list)
                raise
        finally:
            decref(w_copy)
        w_iter = get_builtin("iter")
        try:
            return reduce_value(w_iter, [w_list])
        finally:
            decref(w_list)

    def _traverse(self, visit):
        if self.w_dict is not None:
            visit(self.w_dict)

    def _dealloc(self):
        w_dict, self.w_dict = self.w_dict, None
        if w_dict is not None:
            decref(w_dict)


def _next_key(self):
    i = self.next_index()
    if i < 0:
        return None
    w_key = self.w_dict.keys_w[i]
    w_key.ob_refcnt += 1
    return w_key


def _next_value(self):
    i = self.next_index()
    if i < 0:
        return None
    w_value = self.w_dict.values_w[i]
    w_value.ob_refcnt += 1
    return w_value


def _next_item(self):
    from glass.objects.tuple import new_tuple
    i = self.next_index()
    if i < 0:
        return None
    return new_tuple([self.w_dict.keys_w[i], self.w_dict.values_w[i]])


def _prev_key(self):
    i = self.next_index_reversed()
    if i < 0:
        return None
    w_key = self.w_dict.keys_w[i]
    w_key.ob_refcnt += 1
    return w_key


def _prev_value(self):
    i = self.next_index_reversed()
    if i < 0:
        return None
    w_value = self.w_dict.values_w[i]
    w_value.ob_refcnt += 1
    return w_value


def _prev_item(self):
    from glass.objects.tuple import new_tuple
    i = self.next_index_reversed()
    if i < 0:
        return None
    return new_tuple([self.w_dict.keys_w[i], self.w_dict.values_w[i]])


def _declare_iterator(name, next_func, reverse):
    """One iterator type: the shared machinery with its own next and name."""
    namespace = {
        "__slots__": (),
        "__doc__": None,
        "__init__": lambda self, w_dict: _DictIterBase.__init__(
            self, type(self).w_type, w_dict, reverse),
        "iter": slot("tp_iter")(_wrap(_DictIterBase._iter)),
        "iternext": slot("tp_iternext")(next_func),
        "__length_hint__": method("($self, /)", name="__length_hint__",
                                  doc=_DictIterBase._length_hint.__doc__)(
            _wrap(_DictIterBase._length_hint)),
        "__reduce__": method("($self, /)", name="__reduce__",
                             doc=_DictIterBase._reduce.__doc__)(
            _wrap(_DictIterBase._reduce)),
        "traverse": slot("tp_traverse")(_wrap(_DictIterBase._traverse)),
        "dealloc": slot("tp_dealloc")(_wrap(_DictIterBase._dealloc)),
    }
    cls = type("W_" + name, (_DictIterBase,), namespace)
    return builtin_type(name, flags=HAVE_GC)(cls)


def _wrap(func):
    """A fresh function object per type, so each can carry its own registry marks."""
    def wrapper(*args):
        return func(*args)
    wrapper.__name__ = func.__name__
    wrapper.__doc__ = func.__doc__
    return wrapper


W_DictKeyIter = _declare_iterator("dict_keyiterator", _next_key, False)
W_DictValueIter = _declare_iterator("dict_valueiterator", _next_value, False)
W_DictItemIter = _declare_iterator("dict_itemiterator", _next_item, False)
W_DictRevKeyIter = _declare_iterator("dict_reversekeyiterator", _prev_key, True)
W_DictRevValueIter = _declare_iterator("dict_reversevalueiterator", _prev_value, True)
W_DictRevItemIter = _declare_iterator("dict_reverseitemiterator", _prev_item, True)


# --- The views ---------------------------------------------------------------------------------

class _DictViewBase(W_Object):
    """Counterpart: _PyDictViewObject: a live view of a dict."""
    __slots__ = ("w_dict",)

    def __init__(self, w_dict):
        W_Object.__init__(self, type(self).w_type)
        w_dict.ob_refcnt += 1
        self.w_dict = w_dict


def _view_len(self):
    return self.w_dict.used


def _view_repr(self):
    """Counterpart: dictview_repr: "dict_keys([...])"."""
    from glass.objects import abstract
    from glass.objects.list import repr_enter, repr_leave, sequence_list
    from glass.objects.str import new_str
    if not repr_enter(self):
        return new_str("...")
    try:
        w_list = sequence_list(self)
        try:
            return new_str("%s(%s)" % (self.ob_type.name, abstract.repr_text(w_list)))
        finally:
            decref(w_list)
    finally:
        repr_leave(self)


def _view_traverse(self, visit):
    visit(self.w_dict)


def _view_dealloc(self):
    w_dict, self.w_dict = self.w_dict, None
    if w_dict is not None:
        decref(w_dict)


def _view_mapping(self):
    """dictionary that this view refers to"""
    from glass.objects.mappingproxy import W_MappingProxy
    self.w_dict.ob_refcnt += 1
    return W_MappingProxy(self.w_dict)


def _is_set_view(w_obj):
    return isinstance(w_obj, (W_DictKeys, W_DictItems))


def _keys_contains(self, w_key):
    return self.w_dict.contains(w_key)


def _items_contains(self, w_item):
    """Counterpart: dictitems_contains: a 2-tuple whose value is equal."""
    from glass.objects.tuple import W_Tuple
    if not isinstance(w_item, W_Tuple) or len(w_item.items) != 2:
        return False
    w_key, w_value = w_item.items
    w_found = self.w_dict.getitem(w_key)
    if w_found is None:
        return False
    w_found.ob_refcnt += 1
    try:
        return eq_bool(w_found, w_value)
    finally:
        decref(w_found)


def _view_contains(w_view, w_item):
    if isinstance(w_view, W_DictKeys):
        return _keys_contains(w_view, w_item)
    return _items_contains(w_view, w_item)


def _all_contained_in(w_self, w_other):
    """all_contained_in: every item of self is in other."""
    from glass.objects import abstract
    for w_item in abstract.iterate(w_self):
        try:
            if not abstract.contains(w_other, w_item):
                return False
        finally:
            decref(w_item)
    return True


def _view_richcompare(self, w_other, op):
    """Counterpart: dictview_richcompare: as sets."""
    from glass.objects import abstract
    from glass.objects.set import is_any_set
    from glass.objects.tuple import not_implemented
    if not is_any_set(w_other) and not _is_set_view(w_other):
        return not_implemented()
    len_self = abstract.length(self)
    len_other = abstract.length(w_other)
    result = False
    if op == EQ or op == NE:
        if len_self == len_other:
            result = _all_contained_in(self, w_other)
        if op == NE:
            result = not result
    elif op == LT:
        if len_self < len_other:
            result = _all_contained_in(self, w_other)
    elif op == LE:
        if len_self <= len_other:
            result = _all_contained_in(self, w_other)
    elif op == GT:
        if len_self > len_other:
            result = _all_contained_in(w_other, self)
    elif op == GE:
        if len_self >= len_other:
            result = _all_contained_in(w_other, self)
    return _new_bool(result)


def _view_to_set(w_obj):
    """Counterpart: dictviews_to_set: set(left), straight from an exact dict."""
    from glass.objects.set import new_set_from
    if isinstance(w_obj, W_DictKeys) and w_obj.w_dict.ob_type is W_Dict.w_type:
        return new_set_from(w_obj.w_dict)
    return new_set_from(w_obj)


def _view_sub(w_left, w_right):
    """Counterpart: dictviews_sub: set(left).difference_update(right)."""
    w_result = _view_to_set(w_left)
    try:
        w_result.difference_update_internal(w_right)
    except BaseException:
        decref(w_result)
        raise
    return w_result


def _view_or(w_left, w_right):
    """Counterpart: dictviews_or: set(left).update(right)."""
    w_result = _view_to_set(w_left)
    try:
        w_result.update_internal(w_right)
    except BaseException:
        decref(w_result)
        raise
    return w_result


def _view_xor(w_left, w_right):
    """Counterpart: dictviews_xor (items ^ items: dictitems_xor)."""
    if isinstance(w_left, W_DictItems) and isinstance(w_right, W_DictItems):
        return _items_xor(w_left, w_right)
    w_result = _view_to_set(w_left)
    try:
        w_result.symmetric_difference_update_internal(w_right)
    except BaseException:
        decref(w_result)
        raise
    return w_result


def _items_xor(w_left, w_right):
    """Counterpart: dictitems_xor: pairs in one dict but not equal in the other."""
    from glass.objects.set import W_Set
    from glass.objects.tuple import new_tuple
    w_temp = w_left.w_dict.copy()
    w_result = W_Set()
    try:
        d2 = w_right.w_dict
        i = 0
        while i < len(d2.keys_w):
            w_key = d2.keys_w[i]
            if w_key is None:
                i += 1
                continue
            w_value2 = d2.values_w[i]
            h = d2.hashes[i]
            w_key.ob_refcnt += 1
            w_value2.ob_refcnt += 1
            try:
                position = w_temp.lookup(w_key, h)
                to_delete = False
                if position >= 0:
                    w_value1 = w_temp.values_w[position]
                    w_value1.ob_refcnt += 1
                    try:
                        to_delete = eq_bool(w_value1, w_value2)
                    finally:
                        decref(w_value1)
                if to_delete:
                    position = w_temp.lookup(w_key, h)
                    if position >= 0:
                        w_temp.delete_entry(position)
                else:
                    w_pair = new_tuple([w_key, w_value2])
                    try:
                        w_result.add(w_pair)
                    finally:
                        decref(w_pair)
            finally:
                decref(w_key)
                decref(w_value2)
            i += 1
        w_items = W_DictItems(w_temp)
        try:
            w_result.update_internal(w_items)
        finally:
            decref(w_items)
    except BaseException:
        decref(w_result)
        raise
    finally:
        decref(w_temp)
    return w_result


def _view_and(w_left, w_right):
    """Counterpart: _PyDictView_Intersect."""
    from glass.objects import abstract
    from glass.objects.set import W_Set
    if not _is_set_view(w_left):
        w_left, w_right = w_right, w_left
    len_self = w_left.w_dict.used
    if w_right.ob_type is W_Set.w_type and len_self <= abstract.length(w_right):
        return w_right.intersection_one(w_left)
    if _is_set_view(w_right) and w_right.w_dict.used > len_self:
        w_left, w_right = w_right, w_left
    w_result = W_Set()
    try:
        for w_item in abstract.iterate(w_right):
            try:
                if _view_contains(w_left, w_item):
                    w_result.add(w_item)
            finally:
                decref(w_item)
    except BaseException:
        decref(w_result)
        raise
    return w_result


def _view_isdisjoint(self, w_other):
    """Counterpart: dictviews_isdisjoint."""
    from glass.objects import abstract
    from glass.objects.set import is_any_set
    if self is w_other:
        return _new_bool(self.w_dict.used == 0)
    w_small, w_big = w_other, self
    if is_any_set(w_other) or _is_set_view(w_other):
        if abstract.length(w_other) > self.w_dict.used:
            w_small, w_big = self, w_other
    for w_item in abstract.iterate(w_small):
        try:
            if abstract.contains(w_big, w_item):
                return _new_bool(False)
        finally:
            decref(w_item)
    return _new_bool(True)


def _view_slots(contains):
    """The slots and methods every view has."""
    slots = {
        "length": slot("sq_length")(_wrap(_view_len)),
        "repr": slot("tp_repr")(_wrap(_view_repr)),
        "traverse": slot("tp_traverse")(_wrap(_view_traverse)),
        "dealloc": slot("tp_dealloc")(_wrap(_view_dealloc)),
        "get_mapping": getter("mapping", doc="dictionary that this view refers to")(
            _wrap(_view_mapping)),
    }
    if contains is not None:
        slots["contains"] = slot("sq_contains")(_wrap(contains))
    return slots


def _set_view_slots():
    """What dict_keys and dict_items add: set operations and comparisons."""
    return {
        "richcompare": slot("tp_richcompare")(_wrap(_view_richcompare)),
        "hash": slot("tp_hash")(hash_not_implemented),
        "sub": slot("nb_subtract")(_wrap(_view_sub)),
        "and_": slot("nb_and")(_wrap(_view_and)),
        "or_": slot("nb_or")(_wrap(_view_or)),
        "xor": slot("nb_xor")(_wrap(_view_xor)),
        "isdisjoint": method("($self, other, /)", name="isdisjoint", doc=(
            "Return True if the view and the given iterable have a null "
            "intersection."))(_wrap(_view_isdisjoint)),
    }


def _declare_view(name, contains, iterator, reverse_iterator, what, set_like):
    namespace = {"__slots__": (), "__doc__": None}
    namespace.update(_view_slots(contains))
    if set_like:
        namespace.update(_set_view_slots())
    namespace["iter"] = slot("tp_iter")(lambda self: iterator(self.w_dict))
    namespace["__reversed__"] = method(
        "($self, /)", name="__reversed__", doc="Return a reverse iterator over the dict %s." % what)(
        lambda self: reverse_iterator(self.w_dict))
    cls = type("W_" + name, (_DictViewBase,), namespace)
    return builtin_type(name, flags=HAVE_GC)(cls)


W_DictKeys = _declare_view("dict_keys", _keys_contains, W_DictKeyIter, W_DictRevKeyIter,
                           "keys", True)
W_DictItems = _declare_view("dict_items", _items_contains, W_DictItemIter,
                            W_DictRevItemIter, "items", True)
# dict_values has no __contains__: `in` falls back to iterating.
W_DictValues = _declare_view("dict_values", None, W_DictValueIter, W_DictRevValueIter,
                             "values", False)


# The sizes object.__sizeof__ reports (sizeof(dictiterobject), _PyDictViewObject).
for _cls in (W_DictKeyIter, W_DictValueIter, W_DictItemIter, W_DictRevKeyIter,
             W_DictRevValueIter, W_DictRevItemIter):
    _cls.w_type.basicsize = 56
for _cls in (W_DictKeys, W_DictValues, W_DictItems):
    _cls.w_type.basicsize = 24
del _cls
from glass.objects.str import intern  # noqa: E402  (hot path: no import per call)
