"""Guest dicts: insertion-ordered hash tables.

Counterpart: Objects/dictobject.c (PyDictObject).

Minimal first version: a host dict maps a *key token* to [w_key, w_value].
Exact str, int and bool keys use their host value as the token (the guest
semantics of == and hash agree with the host's for those), anything else a
_Key that calls the guest's __hash__ and __eq__.  Insertion order is the
host dict's, which is CPython's.
"""
from __future__ import annotations

from glass.objects.object import W_Object, decref
from glass.objects.type import BASETYPE, DICT_SUBCLASS, HAVE_GC, MAPPING, builtin_type, method, slot


class _Key:
    """A guest key that is not an exact str or int: hashed and compared in the guest."""
    __slots__ = ("w_key", "hash")

    def __init__(self, w_key):
        from glass.objects import abstract
        self.w_key = w_key
        self.hash = abstract.hash(w_key)

    def __hash__(self):
        return self.hash

    def __eq__(self, other):
        from glass.objects import abstract
        w_other = other.w_key if isinstance(other, _Key) else _guest(other)
        return self.w_key is w_other or abstract.rich_compare_bool(self.w_key, w_other, 2)


def _guest(token):
    from glass.objects.bool import new_bool
    from glass.objects.int import new_int
    from glass.objects.str import new_str
    if isinstance(token, bool):
        return new_bool(token)
    if isinstance(token, int):
        return new_int(token)
    return new_str(token)


def key_token(w_key):
    from glass.objects.bool import W_Bool
    from glass.objects.int import W_Int
    from glass.objects.str import W_Str
    kind = w_key.ob_type
    if kind is W_Str.w_type or kind is W_Int.w_type:
        return w_key.value
    if kind is W_Bool.w_type:
        return bool(w_key.value)
    return _Key(w_key)


@builtin_type("dict", flags=BASETYPE | HAVE_GC | DICT_SUBCLASS | MAPPING)
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
    __slots__ = ("table",)

    def __init__(self, w_type=None):
        self.ob_refcnt = 1
        self.ob_type = w_type or W_Dict.w_type
        self.table = {}               # token -> [w_key, w_value], both owned

    # --- the C API (PyDict_GetItem, PyDict_SetItem, PyDict_DelItem) ---------

    def getitem(self, w_key):
        """A borrowed reference to the value, or None if the key is absent."""
        entry = self.table.get(key_token(w_key))
        return entry[1] if entry is not None else None

    def getitem_str(self, name):
        """_PyDict_GetItem_KnownHash for a host str key: borrowed, or None."""
        entry = self.table.get(name)
        return entry[1] if entry is not None else None

    def setitem(self, w_key, w_value):
        token = key_token(w_key)
        w_value.ob_refcnt += 1
        entry = self.table.get(token)
        if entry is None:
            w_key.ob_refcnt += 1
            self.table[token] = [w_key, w_value]
        else:
            w_old = entry[1]
            entry[1] = w_value
            decref(w_old)

    def setitem_str(self, name, w_value):
        from glass.objects.str import intern
        entry = self.table.get(name)
        w_value.ob_refcnt += 1
        if entry is None:
            self.table[name] = [intern(name), w_value]
        else:
            w_old = entry[1]
            entry[1] = w_value
            decref(w_old)

    def delitem(self, w_key):
        """Remove the key; False if it was absent."""
        entry = self.table.pop(key_token(w_key), None)
        if entry is None:
            return False
        decref(entry[0])
        decref(entry[1])
        return True

    # --- slots ---------------------------------------------------------------

    @slot("tp_dealloc")
    def dealloc(self):
        table, self.table = self.table, {}
        for w_key, w_value in table.values():
            decref(w_key)
            decref(w_value)

    @slot("tp_traverse")
    def traverse(self, visit):
        for w_key, w_value in self.table.values():
            visit(w_key)
            visit(w_value)

    @slot("mp_length")
    def length(self):
        return len(self.table)

    @slot("mp_subscript")
    def subscript(self, w_key):
        w_value = self.getitem(w_key)
        if w_value is None:
            from glass.objects.exceptions import key_error
            raise key_error(w_key)
        w_value.ob_refcnt += 1
        return w_value

    @slot("mp_ass_subscript")
    def ass_subscript(self, w_key, w_value):
        if w_value is None:
            if not self.delitem(w_key):
                from glass.objects.exceptions import key_error
                raise key_error(w_key)
        else:
            self.setitem(w_key, w_value)

    @slot("sq_contains")
    def contains(self, w_key):
        return key_token(w_key) in self.table

    @slot("tp_repr")
    def repr(self):
        from glass.objects import abstract
        from glass.objects.str import new_str
        parts = ["%s: %s" % (abstract.repr_text(k), abstract.repr_text(v))
                 for k, v in list(self.table.values())]
        return new_str("{%s}" % ", ".join(parts))

    @slot("tp_iter")
    def iter(self):
        from glass.objects.iterobject import W_ListSnapshotIter
        return W_ListSnapshotIter([entry[0] for entry in self.table.values()])

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        return W_Dict(None if w_type is W_Dict.w_type else w_type)

    @method("($self, key, default=None, /)")
    def get(self, w_key, w_default):
        """Return the value for key if key is in the dictionary, else default."""
        w_value = self.getitem(w_key)
        if w_value is None:
            w_value = w_default
        if w_value is None:
            return None
        w_value.ob_refcnt += 1
        return w_value
