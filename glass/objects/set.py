"""Guest sets and frozensets, and their iterator.

Counterpart: Objects/setobject.c (PySetObject, set_lookkey, set_add_entry,
set_insert_clean, set_table_resize, the set algebra, frozenset_hash,
setiterobject).

The table is CPython's, slot for slot: `table` (a host list of the keys, with
None for a never-used slot and DUMMY for a deleted one) and `hashes` beside
it, `mask` (size - 1), `fill` (active + dummy slots) and `used` (active).  A
key is placed by CPython's probe sequence: LINEAR_PROBES neighbouring slots,
then a jump perturbed by the hash's high bits; the table grows as CPython's
does.  So iterating a set (which walks the table) gives CPython's order for
the same hashes, and with the same PYTHONHASHSEED a set of strs prints as
CPython prints it.
"""
from __future__ import annotations

from glass.objects.exceptions import EXCEPTION_TYPES, OperationError
from glass.objects.heapslots import hash_not_implemented
from glass.objects.object import W_Object, decref
from glass.objects.tuple import PLAIN_VALUE_TYPES as _PLAIN
from glass.objects.tuple import W_Tuple, alloc_subtype, eq_bool, generic_alias, item_hash
from glass.objects.signature import no_text_signature, varargs
from glass.objects.type import (BASETYPE, EQ, GE, HAVE_GC, LE, LT, MATCH_SELF, NE, builtin_type,
                                NO_DOC, method, slot)

MINSIZE = 8                  # PySet_MINSIZE: the small table
LINEAR_PROBES = 9
PERTURB_SHIFT = 5
MASK64 = 0xFFFFFFFFFFFFFFFF
SET_BASICSIZE = 200          # sizeof(PySetObject), small table included
ENTRY_SIZE = 16              # sizeof(setentry)


class _Dummy:
    """The marker of a deleted slot (setobject.c's `dummy`); never a guest object."""
    __slots__ = ()

    def __repr__(self):
        return "<dummy key>"


DUMMY = _Dummy()


def _new_bool(value):
    from glass.objects.bool import new_bool
    return new_bool(value)


def is_any_set(w_obj):
    """PyAnySet_Check: a set or frozenset, or an instance of a subclass."""
    return isinstance(w_obj, _SetBase)


def _is_set(w_obj):
    """PySet_Check: a set or an instance of a subclass of set (not frozenset)."""
    return w_obj.ob_type.is_subtype(W_Set.w_type)


def _is_exact_any_set(w_obj):
    kind = w_obj.ob_type
    return kind is W_Set.w_type or kind is W_FrozenSet.w_type


class _SetBase(W_Object):
    """What set and frozenset share: the table and the algebra on it."""
    __slots__ = ("table", "hashes", "fill", "used", "mask", "finger", "hash_cache",
                 "weakrefs")

    def __init__(self, w_type=None):
        """An empty set (or frozenset) of the class's own guest type."""
        W_Object.__init__(self, w_type or type(self).w_type)
        self.weakrefs = None
        self._init_table()

    def _init_table(self):
        self.table = [None] * MINSIZE
        self.hashes = [0] * MINSIZE
        self.fill = 0
        self.used = 0
        self.mask = MINSIZE - 1
        self.finger = 0
        self.hash_cache = -1

    # --- the table (set_lookkey, set_add_entry, set_insert_clean) ------------------

    def lookkey(self, w_key, h):
        """Counterpart: set_lookkey: the slot of an equal key, or -1.

        Probes as CPython does; a stored key with the same hash is compared
        with `stored == key`.  If that comparison changes the table, the
        search starts again.
        """
        while True:
            table = self.table
            hashes = self.hashes
            mask = self.mask
            perturb = h & MASK64
            i = h & mask
            restart = False
            while True:
                probes = LINEAR_PROBES if i + LINEAR_PROBES <= mask else 0
                j = i
                while True:
                    w_stored = table[j]
                    if w_stored is None:
                        return -1
                    if hashes[j] == h:
                        if w_stored is w_key:
                            return j
                        kind = type(w_stored)
                        if kind is type(w_key) and kind in _PLAIN:
                            if w_stored.value == w_key.value:
                                return j
                        else:
                            w_stored.ob_refcnt += 1
                            try:
                                equal = eq_bool(w_stored, w_key)
                            finally:
                                decref(w_stored)
                            if self.table is not table or table[j] is not w_stored:
                                restart = True
                                break
                            if equal:
                                return j
                    if not probes:
                        break
                    probes -= 1
                    j += 1
                if restart:
                    break
                perturb >>= PERTURB_SHIFT
                i = (i * 5 + 1 + perturb) & mask
            # a comparison changed the table: look again

    def add_entry(self, w_key, h):
        """Counterpart: set_add_entry: add a key (borrowed) unless an equal one
        is there; grow when the table is 60% full.

        One walk of the probe sequence, as in C: it stops at an equal key, or
        at the first never-used slot, and the key goes there unless a deleted
        slot (a dummy) came before it: then into the last dummy seen.  If a
        comparison changes the table, the walk starts again."""
        while True:
            table = self.table
            hashes = self.hashes
            mask = self.mask
            perturb = h & MASK64
            i = h & mask
            freeslot = -1
            restart = False
            while True:
                probes = LINEAR_PROBES if i + LINEAR_PROBES <= mask else 0
                j = i
                while True:
                    w_stored = table[j]
                    if w_stored is None:
                        self._store_new(w_key, h, j, freeslot)
                        return
                    if w_stored is DUMMY:
                        freeslot = j
                    elif hashes[j] == h:
                        if w_stored is w_key:
                            return
                        kind = type(w_stored)
                        if kind is type(w_key) and kind in _PLAIN:
                            if w_stored.value == w_key.value:
                                return
                        else:
                            w_stored.ob_refcnt += 1
                            try:
                                equal = eq_bool(w_stored, w_key)
                            finally:
                                decref(w_stored)
                            # Unlike set_lookkey, an equal key wins even when
                            # the comparison changed the table.
                            if equal:
                                return
                            if self.table is not table or table[j] is not w_stored:
                                restart = True
                                break
                    if not probes:
                        break
                    probes -= 1
                    j += 1
                if restart:
                    break
                perturb >>= PERTURB_SHIFT
                i = (i * 5 + 1 + perturb) & mask
            # a comparison changed the table: walk again

    def _store_new(self, w_key, h, unused_slot, freeslot):
        """The end of set_add_entry: the key (borrowed, now owned) goes into
        the last dummy seen, else into the never-used slot that ended the walk."""
        w_key.ob_refcnt += 1
        if freeslot >= 0:
            self.table[freeslot] = w_key
            self.hashes[freeslot] = h
            self.used += 1
            return
        self.table[unused_slot] = w_key
        self.hashes[unused_slot] = h
        self.used += 1
        self.fill += 1
        if self.fill * 5 >= self.mask * 3:
            self.table_resize(self.used * 2 if self.used > 50000 else self.used * 4)

    def _insert_clean(self, w_key, h):
        """Counterpart: set_insert_clean: into a table with no dummies and no
        equal key: the first never-used slot on the probe sequence."""
        table = self.table
        mask = self.mask
        perturb = h & MASK64
        i = h & mask
        while True:
            if table[i] is None:
                break
            found = -1
            if i + LINEAR_PROBES <= mask:
                for j in range(i + 1, i + LINEAR_PROBES + 1):
                    if table[j] is None:
                        found = j
                        break
            if found >= 0:
                i = found
                break
            perturb >>= PERTURB_SHIFT
            i = (i * 5 + 1 + perturb) & mask
        table[i] = w_key
        self.hashes[i] = h

    def table_resize(self, minused):
        """Counterpart: set_table_resize: the smallest power of two above
        minused (at least 8); the active keys move over in table order and
        the dummies disappear."""
        newsize = MINSIZE
        while newsize <= minused:
            newsize <<= 1
        old_table, old_hashes = self.table, self.hashes
        self.table = [None] * newsize
        self.hashes = [0] * newsize
        self.mask = newsize - 1
        self.fill = self.used
        for i in range(len(old_table)):
            w_key = old_table[i]
            if w_key is not None and w_key is not DUMMY:
                self._insert_clean(w_key, old_hashes[i])

    def discard_entry(self, w_key, h):
        """Counterpart: set_discard_entry: True if the key was there."""
        position = self.lookkey(w_key, h)
        if position < 0:
            return False
        w_old = self.table[position]
        self.table[position] = DUMMY
        self.hashes[position] = -1
        self.used -= 1
        decref(w_old)
        return True

    def entries(self):
        """(key, hash) of each active slot in table order, borrowed (a snapshot)."""
        table, hashes = self.table, self.hashes
        return [(table[i], hashes[i]) for i in range(len(table))
                if table[i] is not None and table[i] is not DUMMY]

    def keys_list(self):
        return [w_key for w_key in self.table if w_key is not None and w_key is not DUMMY]

    def clear_internal(self):
        """Counterpart: set_clear_internal: empty first, then release the keys
        in table order."""
        if self.fill == 0 and len(self.table) == MINSIZE:
            return
        old = self.table
        self.table = [None] * MINSIZE
        self.hashes = [0] * MINSIZE
        self.fill = 0
        self.used = 0
        self.mask = MINSIZE - 1
        for w_key in old:
            if w_key is not None and w_key is not DUMMY:
                decref(w_key)

    def swap_bodies(self, w_other):
        """Counterpart: set_swap_bodies (used by the *_update methods)."""
        for name in ("table", "hashes", "fill", "used", "mask"):
            mine = getattr(self, name)
            setattr(self, name, getattr(w_other, name))
            setattr(w_other, name, mine)
        if isinstance(self, W_FrozenSet) and isinstance(w_other, W_FrozenSet):
            self.hash_cache, w_other.hash_cache = w_other.hash_cache, self.hash_cache
        else:
            self.hash_cache = w_other.hash_cache = -1

    # --- keys given as objects (hash first) -----------------------------------------------

    def add(self, w_key):
        """PySet_Add / set_add_key: the key is borrowed."""
        self.add_entry(w_key, item_hash(w_key))

    def contains_key(self, w_key):
        return self.lookkey(w_key, item_hash(w_key)) >= 0

    def discard_key(self, w_key):
        return self.discard_entry(w_key, item_hash(w_key))

    def _with_frozen_fallback(self, operation, w_key):
        """A set as a key means the frozenset of its items (set_contains,
        set_remove, set_discard): retry so when hashing raised TypeError."""
        try:
            return operation(w_key)
        except OperationError as error:
            if not (_is_set(w_key) and error.match(EXCEPTION_TYPES["TypeError"])):
                raise
            decref(error.w_value)
        w_tmp = make_new_set(W_FrozenSet.w_type, w_key)
        try:
            return operation(w_tmp)
        finally:
            decref(w_tmp)

    # --- the algebra ---------------------------------------------------------------------

    def merge(self, w_other):
        """Counterpart: set_merge: add every key of another set."""
        if w_other is self or w_other.used == 0:
            return
        if (self.fill + w_other.used) * 5 >= self.mask * 3:
            self.table_resize((self.used + w_other.used) * 2)
        other_table, other_hashes = w_other.table, w_other.hashes
        if self.fill == 0 and self.mask == w_other.mask and w_other.fill == w_other.used:
            # Same size, no dummies: copy slot for slot.
            for i in range(len(other_table)):
                w_key = other_table[i]
                if w_key is not None:
                    w_key.ob_refcnt += 1
                    self.table[i] = w_key
                    self.hashes[i] = other_hashes[i]
            self.fill = w_other.fill
            self.used = w_other.used
            return
        if self.fill == 0:
            self.fill = self.used = w_other.used
            for i in range(len(other_table)):
                w_key = other_table[i]
                if w_key is not None and w_key is not DUMMY:
                    w_key.ob_refcnt += 1
                    self._insert_clean(w_key, other_hashes[i])
            return
        for i in range(len(other_table)):
            w_key = w_other.table[i] if i < len(w_other.table) else None
            if w_key is not None and w_key is not DUMMY:
                self.add_entry(w_key, w_other.hashes[i])

    def update_internal(self, w_other):
        """Counterpart: set_update_internal: a set, a dict's keys (with their
        known hashes), or any iterable."""
        if is_any_set(w_other):
            self.merge(w_other)
            return
        if w_other.ob_type is W_Dict.w_type:
            size = w_other.used
            if (self.fill + size) * 5 >= self.mask * 3:
                self.table_resize((self.used + size) * 2)
            keys_w, hashes = w_other.keys_w, w_other.hashes
            i = 0
            while i < len(keys_w):
                w_key = keys_w[i]
                if w_key is not None:
                    self.add_entry(w_key, hashes[i])
                i += 1
            return
        other_type = w_other.ob_type
        if other_type is W_Tuple.w_type or other_type is W_List.w_type:
            # What tupleiter and listiter would give, without the iterator:
            # each step reads the list's current length, as listiter does.
            index = 0
            while index < len(w_other.items):
                w_key = w_other.items[index]
                w_key.ob_refcnt += 1
                index += 1
                try:
                    self.add_entry(w_key, item_hash(w_key))
                finally:
                    decref(w_key)
            return
        w_it = abstract.iter(w_other)
        try:
            iternext = w_it.ob_type.tp_iternext
            while True:
                try:
                    w_key = iternext(w_it)
                except OperationError as error:
                    # PyIter_Next: StopIteration ends the iteration too.
                    if not error.match(EXCEPTION_TYPES["StopIteration"]):
                        raise
                    decref(error.w_value)
                    return
                if w_key is None:
                    return
                try:
                    self.add_entry(w_key, item_hash(w_key))
                finally:
                    decref(w_key)
        finally:
            decref(w_it)

    def copy_set(self):
        """Counterpart: set_copy: a new set or frozenset (the base type) of the same keys."""
        return make_new_set_basetype(self.ob_type, self)

    def intersection_one(self, w_other):
        """Counterpart: set_intersection."""
        from glass.objects import abstract
        if w_other is self:
            return self.copy_set()
        w_result = make_new_set_basetype(self.ob_type, None)
        try:
            if is_any_set(w_other):
                w_big, w_small = self, w_other
                if w_other.used > self.used:
                    w_big, w_small = w_other, self
                for w_key, h in w_small.entries():
                    w_key.ob_refcnt += 1
                    try:
                        if w_big.lookkey(w_key, h) >= 0:
                            w_result.add_entry(w_key, h)
                    finally:
                        decref(w_key)
                return w_result
            for w_key in abstract.iterate(w_other):
                try:
                    h = item_hash(w_key)
                    if self.lookkey(w_key, h) >= 0:
                        w_result.add_entry(w_key, h)
                        if w_result.used >= self.used:
                            break
                finally:
                    decref(w_key)
        except BaseException:
            decref(w_result)
            raise
        return w_result

    def intersection_multi(self, others_w):
        """Counterpart: set_intersection_multi."""
        if not others_w:
            return self.copy_set()
        self.ob_refcnt += 1
        w_result = self
        for w_other in others_w:
            try:
                w_new = w_result.intersection_one(w_other)
            finally:
                decref(w_result)
            w_result = w_new
        return w_result

    def difference_update_internal(self, w_other):
        """Counterpart: set_difference_update_internal: remove the other's keys,
        then shrink the table if more than a quarter of it is dummies."""
        from glass.objects import abstract
        if w_other is self:
            self.clear_internal()
            return
        if is_any_set(w_other):
            if (w_other.used >> 3) > self.used:
                # Much bigger than us: only our keys in it matter.
                w_other = self.intersection_one(w_other)
            else:
                w_other.ob_refcnt += 1
            try:
                for w_key, h in w_other.entries():
                    w_key.ob_refcnt += 1
                    try:
                        self.discard_entry(w_key, h)
                    finally:
                        decref(w_key)
            finally:
                decref(w_other)
        else:
            for w_key in abstract.iterate(w_other):
                try:
                    self.discard_key(w_key)
                finally:
                    decref(w_key)
        if (self.fill - self.used) <= self.mask // 4:
            return
        self.table_resize(self.used * 2 if self.used > 50000 else self.used * 4)

    def difference(self, w_other):
        """Counterpart: set_difference."""
        from glass.objects.dict import W_Dict
        if is_any_set(w_other):
            other_size = w_other.used
        elif w_other.ob_type is W_Dict.w_type:
            other_size = w_other.used
        else:
            return self._copy_and_difference(w_other)
        if (self.used >> 2) > other_size:
            return self._copy_and_difference(w_other)
        w_result = make_new_set_basetype(self.ob_type, None)
        try:
            for w_key, h in self.entries():
                w_key.ob_refcnt += 1
                try:
                    if w_other.ob_type is W_Dict.w_type:
                        present = w_other.lookup(w_key, h) >= 0
                    else:
                        present = w_other.lookkey(w_key, h) >= 0
                    if not present:
                        w_result.add_entry(w_key, h)
                finally:
                    decref(w_key)
        except BaseException:
            decref(w_result)
            raise
        return w_result

    def _copy_and_difference(self, w_other):
        w_result = self.copy_set()
        try:
            w_result.difference_update_internal(w_other)
        except BaseException:
            decref(w_result)
            raise
        return w_result

    def symmetric_difference_update_internal(self, w_other):
        """Counterpart: set_symmetric_difference_update."""
        from glass.objects.dict import W_Dict
        if w_other is self:
            self.clear_internal()
            return
        if w_other.ob_type is W_Dict.w_type:
            keys_w, hashes = w_other.keys_w, w_other.hashes
            i = 0
            while i < len(keys_w):
                w_key = keys_w[i]
                if w_key is not None:
                    h = hashes[i]
                    w_key.ob_refcnt += 1
                    try:
                        if not self.discard_entry(w_key, h):
                            self.add_entry(w_key, h)
                    finally:
                        decref(w_key)
                i += 1
            return
        if is_any_set(w_other):
            w_other.ob_refcnt += 1
            w_otherset = w_other
        else:
            w_otherset = make_new_set_basetype(self.ob_type, w_other)
        try:
            for w_key, h in w_otherset.entries():
                w_key.ob_refcnt += 1
                try:
                    if not self.discard_entry(w_key, h):
                        self.add_entry(w_key, h)
                finally:
                    decref(w_key)
        finally:
            decref(w_otherset)

    def symmetric_difference(self, w_other):
        """Counterpart: set_symmetric_difference."""
        w_otherset = make_new_set_basetype(self.ob_type, w_other)
        try:
            w_otherset.symmetric_difference_update_internal(self)
        except BaseException:
            decref(w_otherset)
            raise
        return w_otherset

    def issubset(self, w_other):
        """Counterpart: set_issubset: a host bool."""
        if not is_any_set(w_other):
            w_tmp = self.intersection_one(w_other)
            try:
                return w_tmp.used == self.used
            finally:
                decref(w_tmp)
        if self.used > w_other.used:
            return False
        for w_key, h in self.entries():
            w_key.ob_refcnt += 1
            try:
                if w_other.lookkey(w_key, h) < 0:
                    return False
            finally:
                decref(w_key)
        return True

    def issuperset(self, w_other):
        """Counterpart: set_issuperset: a host bool."""
        from glass.objects import abstract
        if is_any_set(w_other):
            return w_other.issubset(self)
        for w_key in abstract.iterate(w_other):
            try:
                if not self.contains_key(w_key):
                    return False
            finally:
                decref(w_key)
        return True

    # --- what set and frozenset declare alike ----------------------------------------------

    def _dealloc(self):
        if self.weakrefs:
            from glass.objects.weakrefobject import clear_weakrefs
            clear_weakrefs(self)
        table = self.table
        self.table = [None] * MINSIZE
        self.hashes = [0] * MINSIZE
        self.fill = self.used = 0
        self.mask = MINSIZE - 1
        for w_key in table:
            if w_key is not None and w_key is not DUMMY:
                decref(w_key)

    def _traverse(self, visit):
        for w_key in self.table:
            if w_key is not None and w_key is not DUMMY:
                visit(w_key)

    def _length(self):
        return self.used

    def _contains(self, w_key):
        """Counterpart: set_contains."""
        return self._with_frozen_fallback(self.contains_key, w_key)

    def _iter(self):
        return W_SetIter(self)

    def _repr(self):
        """Counterpart: set_repr: "{1, 2}", "frozenset({1})", "set()", "Sub({1})"."""
        from glass.objects import abstract
        from glass.objects.list import new_list, repr_enter, repr_leave
        from glass.objects.str import new_str
        name = self.ob_type.name
        if not repr_enter(self):
            return new_str("%s(...)" % name)
        try:
            if not self.used:
                return new_str("%s()" % name)
            w_keys = new_list(self.keys_list())
            try:
                body = abstract.repr_text(w_keys)[1:-1]
            finally:
                decref(w_keys)
            if self.ob_type is W_Set.w_type:
                return new_str("{%s}" % body)
            return new_str("%s({%s})" % (name, body))
        finally:
            repr_leave(self)

    def _richcompare(self, w_other, op):
        """Counterpart: set_richcompare: subset and superset tests."""
        from glass.objects.tuple import not_implemented
        if not is_any_set(w_other):
            return not_implemented()
        if op == EQ:
            return _new_bool(self._equal(w_other))
        if op == NE:
            return _new_bool(not self._equal(w_other))
        if op == LE:
            return _new_bool(self.issubset(w_other))
        if op == GE:
            return _new_bool(self.issuperset(w_other))
        if op == LT:
            return _new_bool(self.used < w_other.used and self.issubset(w_other))
        return _new_bool(self.used > w_other.used and self.issuperset(w_other))

    def _equal(self, w_other):
        if self.used != w_other.used:
            return False
        if (self.hash_cache != -1 and w_other.hash_cache != -1 and
                self.hash_cache != w_other.hash_cache):
            return False
        return self.issubset(w_other)

    def _sub(self, w_other):
        from glass.objects.tuple import not_implemented
        if not is_any_set(self) or not is_any_set(w_other):
            return not_implemented()
        return self.difference(w_other)

    def _and(self, w_other):
        from glass.objects.tuple import not_implemented
        if not is_any_set(self) or not is_any_set(w_other):
            return not_implemented()
        return self.intersection_one(w_other)

    def _xor(self, w_other):
        from glass.objects.tuple import not_implemented
        if not is_any_set(self) or not is_any_set(w_other):
            return not_implemented()
        return self.symmetric_difference(w_other)

    def _or(self, w_other):
        """Counterpart: set_or: a copy of the left, updated from the right."""
        from glass.objects.tuple import not_implemented
        if not is_any_set(self) or not is_any_set(w_other):
            return not_implemented()
        w_result = self.copy_set()
        if w_other is self:
            return w_result
        try:
            w_result.update_internal(w_other)
        except BaseException:
            decref(w_result)
            raise
        return w_result

    # --- methods ---------------------------------------------------------------------------

    def _copy(self):
        """Return a shallow copy of a set."""
        return self.copy_set()

    def _union(self, others_w):
        """Return the union of sets as a new set.

(i.e. all elements that are in either set.)"""
        w_result = self.copy_set()
        try:
            for w_other in others_w:
                if w_other is not self:
                    w_result.update_internal(w_other)
        except BaseException:
            decref(w_result)
            raise
        return w_result

    def _intersection(self, others_w):
        """Return the intersection of two sets as a new set.

(i.e. all elements that are in both sets.)"""
        return self.intersection_multi(others_w)

    def _difference(self, others_w):
        """Return the difference of two or more sets as a new set.

(i.e. all elements that are in this set but not the others.)"""
        if not others_w:
            return self.copy_set()
        w_result = self.difference(others_w[0])
        try:
            for w_other in others_w[1:]:
                w_result.difference_update_internal(w_other)
        except BaseException:
            decref(w_result)
            raise
        return w_result

    def _symmetric_difference(self, w_other):
        """Return the symmetric difference of two sets as a new set.

(i.e. all elements that are in exactly one of the sets.)"""
        return self.symmetric_difference(w_other)

    def _issubset(self, w_other):
        """Report whether another set contains this set."""
        return _new_bool(self.issubset(w_other))

    def _issuperset(self, w_other):
        """Report whether this set contains another set."""
        return _new_bool(self.issuperset(w_other))

    def _isdisjoint(self, w_other):
        """Return True if two sets have a null intersection."""
        from glass.objects import abstract
        if w_other is self:
            return _new_bool(self.used == 0)
        if _is_exact_any_set(w_other):
            w_big, w_small = self, w_other
            if w_other.used > self.used:
                w_big, w_small = w_other, self
            for w_key, h in w_small.entries():
                w_key.ob_refcnt += 1
                try:
                    if w_big.lookkey(w_key, h) >= 0:
                        return _new_bool(False)
                finally:
                    decref(w_key)
            return _new_bool(True)
        for w_key in abstract.iterate(w_other):
            try:
                if self.contains_key(w_key):
                    return _new_bool(False)
            finally:
                decref(w_key)
        return _new_bool(True)

    def _contains_method(self, w_key):
        return _new_bool(self._contains(w_key))

    def _reduce(self):
        """Return state information for pickling."""
        from glass.objects.list import new_list
        from glass.objects.tuple import new_tuple_owned
        w_keys = new_list(self.keys_list())
        w_state = _get_state(self)
        self.ob_type.ob_refcnt += 1
        return new_tuple_owned([self.ob_type, new_tuple_owned([w_keys]), w_state])

    def _sizeof(self):
        """S.__sizeof__() -> size of S in memory, in bytes"""
        from glass.objects.int import new_int
        size = self.ob_type.basicsize        # set_sizeof: the type's tp_basicsize
        if self.mask + 1 > MINSIZE:
            size += (self.mask + 1) * ENTRY_SIZE
        return new_int(size)

    def _class_getitem(w_type, w_alias):
        """See PEP 585"""
        return generic_alias(w_type, w_alias)


def _get_state(w_obj):
    """_PyObject_GetState: obj.__getstate__(), or object's default: None for
    an empty instance dict, else the dict."""
    from glass.objects import abstract
    from glass.objects.none import new_none
    w_method = abstract.lookup_attr_str(w_obj, "__getstate__")
    if w_method is not None:
        try:
            return abstract.call(w_method, [])
        finally:
            decref(w_method)
    w_dict = getattr(w_obj, "w_dict", None)
    if w_dict is None or w_dict.used == 0:
        return new_none()
    w_dict.ob_refcnt += 1
    return w_dict


def _decl(func, *decorators):
    """Apply the registry's decorators to a fresh function, so that set and
    frozenset each declare their own copy of a shared implementation."""
    def wrapper(*args):
        return func(*args)
    wrapper.__name__ = func.__name__
    wrapper.__doc__ = func.__doc__
    for decorate in decorators:
        wrapper = decorate(wrapper)
    return wrapper


# setobject.c is not Argument Clinic's: no method has a __text_signature__,
# and those taking any number of sets are METH_VARARGS.
_plain = no_text_signature


def _multi(func):
    return varargs(no_text_signature(func))


def _shared_declarations():
    """The slots and methods set and frozenset both have.  The host names
    carry an m_ prefix so they never hide _SetBase's C-level methods."""
    return dict(
        m_dealloc=_decl(_SetBase._dealloc, slot("tp_dealloc")),
        m_traverse=_decl(_SetBase._traverse, slot("tp_traverse")),
        m_length=_decl(_SetBase._length, slot("sq_length")),
        m_contains=_decl(_SetBase._contains, slot("sq_contains")),
        m_iter=_decl(_SetBase._iter, slot("tp_iter")),
        m_repr=_decl(_SetBase._repr, slot("tp_repr")),
        m_richcompare=_decl(_SetBase._richcompare, slot("tp_richcompare")),
        m_sub=_decl(_SetBase._sub, slot("nb_subtract")),
        m_and_=_decl(_SetBase._and, slot("nb_and")),
        m_xor=_decl(_SetBase._xor, slot("nb_xor")),
        m_or_=_decl(_SetBase._or, slot("nb_or")),
        m_copy=_decl(_SetBase._copy, method("($self, /)", name="copy"), _plain),
        m_union=_decl(_SetBase._union, method("($self, /, *others)", name="union"), _multi),
        m_intersection=_decl(_SetBase._intersection,
                             method("($self, /, *others)", name="intersection"), _multi),
        m_difference=_decl(_SetBase._difference,
                           method("($self, /, *others)", name="difference"), _multi),
        m_symmetric_difference=_decl(_SetBase._symmetric_difference,
                                     method("($self, other, /)",
                                            name="symmetric_difference"), _plain),
        m_issubset=_decl(_SetBase._issubset, method("($self, other, /)", name="issubset"),
                         _plain),
        m_issuperset=_decl(_SetBase._issuperset,
                           method("($self, other, /)", name="issuperset"), _plain),
        m_isdisjoint=_decl(_SetBase._isdisjoint,
                           method("($self, other, /)", name="isdisjoint"), _plain),
        m_contains_method=_decl(_SetBase._contains_method, method(
            "($self, object, /)", name="__contains__",
            doc="x.__contains__(y) <==> y in x.")),
        m_reduce=_decl(_SetBase._reduce, method("($self, /)", name="__reduce__")),
        m_sizeof=_decl(_SetBase._sizeof, method("($self, /)", name="__sizeof__")),
        m_class_getitem=_decl(_SetBase._class_getitem, method(
            "($type, alias, /)", name="__class_getitem__", kind="classmethod")),
    )


def _set_type():
    namespace = {"__slots__": (), "__doc__": """set() -> new empty set object
set(iterable) -> new set object

Build an unordered collection of unique elements."""}
    namespace.update(_shared_declarations())

    def new(w_type, args_w, kwnames):
        """Counterpart: set_new: an empty set (set.__init__ fills it)."""
        if w_type is W_Set.w_type and kwnames:
            raise type_error("set() takes no keyword arguments")
        return make_new_set(w_type, None)

    def init(self, args_w, kwnames):
        """Counterpart: set_init."""
        if kwnames:
            raise type_error("set() takes no keyword arguments")
        if len(args_w) > 1:
            raise type_error("%s expected at most 1 argument, got %d"
                             % (self.ob_type.name, len(args_w)))
        if self.fill:
            self.clear_internal()
        self.hash_cache = -1
        if args_w:
            self.update_internal(args_w[0])

    def clear_refs(self):
        self.clear_internal()

    def inplace_or(self, w_other):
        from glass.objects.tuple import not_implemented
        if not is_any_set(w_other):
            return not_implemented()
        self.update_internal(w_other)
        self.ob_refcnt += 1
        return self

    def inplace_and(self, w_other):
        from glass.objects.tuple import not_implemented
        if not is_any_set(w_other):
            return not_implemented()
        self._intersection_update([w_other])
        self.ob_refcnt += 1
        return self

    def inplace_sub(self, w_other):
        from glass.objects.tuple import not_implemented
        if not is_any_set(w_other):
            return not_implemented()
        self.difference_update_internal(w_other)
        self.ob_refcnt += 1
        return self

    def inplace_xor(self, w_other):
        from glass.objects.tuple import not_implemented
        if not is_any_set(w_other):
            return not_implemented()
        self.symmetric_difference_update_internal(w_other)
        self.ob_refcnt += 1
        return self

    def add_method(self, w_key):
        """Add an element to a set.

This has no effect if the element is already present."""
        self.add(w_key)

    def remove(self, w_key):
        """Remove an element from a set; it must be a member.

If the element is not a member, raise a KeyError."""
        if not self._with_frozen_fallback(self.discard_key, w_key):
            from glass.objects.exceptions import key_error
            raise key_error(w_key)

    def discard(self, w_key):
        """Remove an element from a set if it is a member.

Unlike set.remove(), the discard() method does not raise
an exception when an element is missing from the set."""
        self._with_frozen_fallback(self.discard_key, w_key)

    def pop(self):
        """Remove and return an arbitrary set element.
Raises KeyError if the set is empty."""
        from glass.objects.exceptions import operation_error
        if self.used == 0:
            raise operation_error("KeyError", "pop from an empty set")
        table = self.table
        i = self.finger & self.mask
        while table[i] is None or table[i] is DUMMY:
            i += 1
            if i > self.mask:
                i = 0
        w_key = table[i]
        table[i] = DUMMY
        self.hashes[i] = -1
        self.used -= 1
        self.finger = i + 1
        return w_key                  # the set's reference becomes the caller's

    def clear(self):
        """Remove all elements from this set."""
        self.clear_internal()

    def update(self, others_w):
        """Update a set with the union of itself and others."""
        for w_other in others_w:
            self.update_internal(w_other)

    def intersection_update(self, others_w):
        """Update a set with the intersection of itself and another."""
        self._intersection_update(others_w)

    def _intersection_update(self, others_w):
        w_tmp = self.intersection_multi(others_w)
        self.swap_bodies(w_tmp)
        decref(w_tmp)

    def difference_update(self, others_w):
        """Remove all elements of another set from this set."""
        for w_other in others_w:
            self.difference_update_internal(w_other)

    def symmetric_difference_update(self, w_other):
        """Update a set with the symmetric difference of itself and another."""
        self.symmetric_difference_update_internal(w_other)

    namespace.update(
        new=slot("tp_new")(new),
        init=slot("tp_init")(init),
        clear_refs=slot("tp_clear")(clear_refs),
        hash=slot("tp_hash")(hash_not_implemented),
        inplace_or=slot("nb_inplace_or")(inplace_or),
        inplace_and=slot("nb_inplace_and")(inplace_and),
        inplace_sub=slot("nb_inplace_subtract")(inplace_sub),
        inplace_xor=slot("nb_inplace_xor")(inplace_xor),
        add_method=_plain(method("($self, object, /)", name="add")(add_method)),
        remove=_plain(method("($self, object, /)")(remove)),
        discard=_plain(method("($self, object, /)")(discard)),
        pop=_plain(method("($self, /)")(pop)),
        clear=_plain(method("($self, /)")(clear)),
        update=_multi(method("($self, /, *others)")(update)),
        intersection_update=_multi(method("($self, /, *others)")(intersection_update)),
        _intersection_update=_intersection_update,
        difference_update=_multi(method("($self, /, *others)")(difference_update)),
        symmetric_difference_update=_plain(method("($self, other, /)")(
            symmetric_difference_update)),
    )
    return namespace


W_Set = builtin_type("set", flags=BASETYPE | HAVE_GC | MATCH_SELF)(
    type("W_Set", (_SetBase,), _set_type()))


def _frozenset_type():
    namespace = {"__slots__": (), "__doc__": """frozenset() -> empty frozenset object
frozenset(iterable) -> frozenset object

Build an immutable unordered collection of unique elements."""}
    namespace.update(_shared_declarations())

    def new(w_type, args_w, kwnames):
        """Counterpart: frozenset_new: frozenset(f) is f itself."""
        from glass.objects.exceptions import type_error
        if kwnames and (w_type is W_FrozenSet.w_type or
                        w_type.tp_init is W_FrozenSet.w_type.tp_init):
            raise type_error("frozenset() takes no keyword arguments")
        npos = len(args_w) - (len(kwnames) if kwnames else 0)
        if npos > 1:
            raise type_error("%s expected at most 1 argument, got %d" % (w_type.name, npos))
        w_iterable = args_w[0] if npos else None
        if w_type is not W_FrozenSet.w_type:
            return make_new_set(w_type, w_iterable)
        if w_iterable is not None and w_iterable.ob_type is W_FrozenSet.w_type:
            w_iterable.ob_refcnt += 1
            return w_iterable
        return make_new_set(w_type, w_iterable)

    def frozenset_hash(self):
        """Counterpart: frozenset_hash: order-independent (xor of shuffled entry
        hashes), computed once."""
        if self.hash_cache != -1:
            return self.hash_cache
        value = 0
        table, hashes = self.table, self.hashes
        for i in range(len(table)):
            w_key = table[i]
            if w_key is not None and w_key is not DUMMY:
                h = hashes[i] & MASK64       # _shuffle_bits, inlined: it runs per key
                value ^= (((h ^ 89869747) ^ (h << 16)) * 3644798167) & MASK64
        value ^= ((self.used + 1) * 1927868237) & MASK64
        value ^= (value >> 11) ^ (value >> 25)
        value = (value * 69069 + 907133923) & MASK64
        if value == MASK64:
            value = 590923713
        if value >= 1 << 63:
            value -= 1 << 64
        self.hash_cache = value
        return value

    def copy_method(self):
        """Return a shallow copy of a set."""
        if self.ob_type is W_FrozenSet.w_type:
            self.ob_refcnt += 1
            return self
        return self.copy_set()

    namespace.update(
        new=slot("tp_new")(new),
        hash=slot("tp_hash")(frozenset_hash),
        m_copy=_plain(method("($self, /)", name="copy")(copy_method)),
    )
    return namespace


W_FrozenSet = builtin_type("frozenset", flags=BASETYPE | HAVE_GC | MATCH_SELF)(
    type("W_FrozenSet", (_SetBase,), _frozenset_type()))

W_Set.w_type.basicsize = SET_BASICSIZE
W_FrozenSet.w_type.basicsize = SET_BASICSIZE


# --- Making sets (the C API) ----------------------------------------------------------------

def make_new_set(w_type, w_iterable):
    """Counterpart: make_new_set: a set or frozenset of w_type from an iterable."""
    if w_type is W_Set.w_type:
        w_set = W_Set()
    elif w_type is W_FrozenSet.w_type:
        w_set = W_FrozenSet()
    else:
        w_set = alloc_subtype(w_type)
        w_set._init_table()
    if w_iterable is not None:
        try:
            w_set.update_internal(w_iterable)
        except BaseException:
            decref(w_set)
            raise
    return w_set


def make_new_set_basetype(w_type, w_iterable):
    """Counterpart: make_new_set_basetype: set or frozenset, never a subclass."""
    if w_type is not W_Set.w_type and w_type is not W_FrozenSet.w_type:
        w_type = W_Set.w_type if w_type.is_subtype(W_Set.w_type) else W_FrozenSet.w_type
    return make_new_set(w_type, w_iterable)


def new_set_from(w_iterable):
    """PySet_New(iterable)."""
    return make_new_set(W_Set.w_type, w_iterable)


def new_set(items_w):
    """A set of borrowed items (BUILD_SET)."""
    w_set = make_new_set(W_Set.w_type, None)
    try:
        for w_item in items_w:
            w_set.add(w_item)
    except BaseException:
        decref(w_set)
        raise
    return w_set


def new_frozenset(items_w):
    """A frozenset that takes over the references in items_w."""
    w_set = make_new_set(W_FrozenSet.w_type, None)
    try:
        for w_item in items_w:
            w_set.add(w_item)
    finally:
        for w_item in items_w:
            decref(w_item)
    return w_set



def frozenset_from_host(value, wrap):
    """A guest frozenset for a host frozenset constant (a code object's).

    CPython builds such a constant at compile time, or when marshal reads a
    .pyc, by inserting its items in an order the host object no longer shows,
    and where keys collide the insertion order decides the layout, so the
    guest's iteration order.  On a CPython 3.11 host whose hashes are the
    guest's, the host set *is* CPython's table: its slots are copied as they
    are.  Elsewhere (PyPy, whose sets keep insertion order, so marshal's
    order survives) the items are inserted in the host's iteration order.
    `wrap` makes a guest object from a host constant (a new reference).
    """
    items = list(value)
    items_w = [wrap(item) for item in items]
    layout = _host_set_layout(value, items)
    if layout is not None:
        mask, slots = layout
        hashes = [item_hash(w_item) for w_item in items_w]
        if all(h == hash(item) for h, item in zip(hashes, items)):
            w_set = W_FrozenSet()
            w_set.table = [None] * (mask + 1)
            w_set.hashes = [0] * (mask + 1)
            w_set.mask = mask
            for slot_index, position in enumerate(slots):
                if position is not None:
                    w_set.table[slot_index] = items_w[position]     # takes the reference
                    w_set.hashes[slot_index] = hashes[position]
            w_set.fill = w_set.used = len(items_w)
            return w_set
    return new_frozenset(items_w)


def _host_set_layout(value, items):
    """(mask, item index per slot) of a host CPython 3.11 set, or None.

    Reads the PySetObject struct (fill, used, mask, table after the object
    header) and its table of (key, hash) entries through ctypes.
    """
    import sys as host_sys
    if host_sys.implementation.name != "cpython" or host_sys.version_info[:2] != (3, 11):
        return None
    try:
        import ctypes
        import struct
        if ctypes.sizeof(ctypes.c_void_p) != 8 or hasattr(host_sys, "gettotalrefcount"):
            return None
        address = id(value)
        fill, used, mask, table = struct.unpack("@qqqQ", ctypes.string_at(address + 16, 32))
        if used != len(items) or fill != used or mask + 1 > 1 << 20:
            return None
        raw = ctypes.string_at(table, 16 * (mask + 1))
    except Exception:
        return None
    positions = {id(item): index for index, item in enumerate(items)}
    slots = [None] * (mask + 1)
    found = 0
    for slot_index in range(mask + 1):
        key_address = struct.unpack_from("@Q", raw, 16 * slot_index)[0]
        if key_address:
            position = positions.get(key_address)
            if position is None:
                return None
            slots[slot_index] = position
            found += 1
    if found != len(items):
        return None
    return mask, slots


# --- The iterator ----------------------------------------------------------------------------------

@builtin_type("set_iterator", flags=HAVE_GC, doc=NO_DOC)
class W_SetIter(W_Object):
    """Counterpart: setiterobject: a position in the live table."""
    __slots__ = ("w_set", "si_used", "position", "remaining")

    def __init__(self, w_set):
        W_Object.__init__(self, W_SetIter.w_type)
        w_set.ob_refcnt += 1
        self.w_set = w_set            # None once exhausted
        self.si_used = w_set.used
        self.position = 0
        self.remaining = w_set.used

    @slot("tp_iter")
    def iter(self):
        self.ob_refcnt += 1
        return self

    @slot("tp_iternext")
    def iternext(self):
        w_set = self.w_set
        if w_set is None:
            return None
        if self.si_used != w_set.used:
            self.si_used = -1         # make this state sticky
            from glass.objects.exceptions import runtime_error
            raise runtime_error("Set changed size during iteration")
        table = w_set.table
        i = self.position
        mask = w_set.mask
        while i <= mask and (table[i] is None or table[i] is DUMMY):
            i += 1
        self.position = i + 1
        if i > mask:
            self.w_set = None
            decref(w_set)
            return None
        self.remaining -= 1
        w_key = table[i]
        w_key.ob_refcnt += 1
        return w_key

    @no_text_signature
    @method("($self, /)")
    def __length_hint__(self):
        """Private method returning an estimate of len(list(it))."""
        from glass.objects.int import new_int
        if self.w_set is not None and self.si_used == self.w_set.used:
            return new_int(self.remaining)
        return new_int(0)

    @no_text_signature
    @method("($self, /)")
    def __reduce__(self):
        """Return state information for pickling."""
        from glass.objects.iterobject import get_builtin, reduce_value
        from glass.objects.list import W_List
        w_copy = W_SetIter.__new__(W_SetIter)
        W_Object.__init__(w_copy, W_SetIter.w_type)
        w_copy.w_set = self.w_set
        if w_copy.w_set is not None:
            w_copy.w_set.ob_refcnt += 1
        w_copy.si_used = self.si_used
        w_copy.position = self.position
        w_copy.remaining = self.remaining
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

    @slot("tp_traverse")
    def traverse(self, visit):
        if self.w_set is not None:
            visit(self.w_set)

    @slot("tp_dealloc")
    def dealloc(self):
        w_set, self.w_set = self.w_set, None
        if w_set is not None:
            decref(w_set)


W_SetIter.w_type.basicsize = 48          # sizeof(setiterobject)
from glass.objects import abstract  # noqa: E402  (hot path: no import per call)
from glass.objects.list import W_List  # noqa: E402
from glass.objects.dict import W_Dict  # noqa: E402  (hot path: no import per call)
from glass.objects.exceptions import type_error  # noqa: E402  (hot path: no import per call)
