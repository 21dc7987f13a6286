"""The _abc module: the native half of abc.ABCMeta.

Counterpart: Modules/_abc.c.

Lib/abc.py uses these helpers when _abc exists (else Lib/_py_abc.py).  Each
ABC keeps an `_abc_data` object in its `_abc_impl` attribute, holding three
sets of weak references to classes: the registry of virtual subclasses, the
positive cache and the negative cache.  A weak reference in these sets has a
callback that removes it from its set when its class dies, so an ABC never
keeps a class alive.  A global counter, bumped by every register() on any ABC,
tells each ABC when its negative cache has gone stale (get_cache_token()).

Two things make the native helpers observably different from _py_abc:
_abc_init moves `__abc_tpflags__` from the class namespace into the type's
flags (collections.abc.Sequence and Mapping set it), and register() passes
those flags on to the registered class and its subclasses; the eval loop's
MATCH_SEQUENCE / MATCH_MAPPING read them for `case [...]` and `case {...}`.
"""
from __future__ import annotations

from glass.modules import builtin_module, function
from glass.objects import abstract
from glass.objects.exceptions import EXCEPTION_TYPES, OperationError, operation_error, type_error
from glass.objects.object import W_Object, decref, xdecref
from glass.objects.type import (HAVE_GC, IMMUTABLETYPE, IS_ABSTRACT, MAPPING, SEQUENCE,
                                TYPE_SUBCLASS, builtin_type, slot)

COLLECTION_FLAGS = SEQUENCE | MAPPING
C_LONG_MAX = (1 << 63) - 1


# --- The invalidation counter (one per interpreter, like _abcmodule_state) ----------

_INVALIDATION_COUNTERS = {}          # id(interpreter) -> registrations so far


def _interpreter_key():
    from glass.vm import pystate
    return id(pystate.interpreter())


def invalidation_counter():
    return _INVALIDATION_COUNTERS.get(_interpreter_key(), 0)


def _bump_invalidation_counter():
    key = _interpreter_key()
    _INVALIDATION_COUNTERS[key] = _INVALIDATION_COUNTERS.get(key, 0) + 1


# --- _abc_data --------------------------------------------------------------------------

WEAK_SET_FIELDS = ("w_registry", "w_cache", "w_negative_cache")


@builtin_type("_abc._abc_data", flags=HAVE_GC)
class W_AbcData(W_Object):
    """Internal state held by ABC machinery."""
    __slots__ = WEAK_SET_FIELDS + ("negative_cache_version", "alive")

    def __init__(self, w_type=None):
        W_Object.__init__(self, w_type or W_AbcData.w_type)
        # Each set is made on first use; None is C's NULL.
        self.w_registry = None
        self.w_cache = None
        self.w_negative_cache = None
        self.negative_cache_version = invalidation_counter()
        # The destroy callbacks of the weak references check this: once the
        # data is gone, its sets are gone too (see _destroy_callback).
        self.alive = True

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        """Counterpart: abc_data_new: the arguments are ignored."""
        return W_AbcData(w_type)

    @slot("tp_traverse")
    def traverse(self, visit):
        for field in WEAK_SET_FIELDS:
            w_set = getattr(self, field)
            if w_set is not None:
                visit(w_set)

    @slot("tp_clear")
    def clear(self):
        self._release_sets()

    @slot("tp_dealloc")
    def dealloc(self):
        self.alive = False
        self._release_sets()

    def _release_sets(self):
        for field in WEAK_SET_FIELDS:
            w_set = getattr(self, field)
            setattr(self, field, None)
            xdecref(w_set)


def _get_impl(w_self):
    """The ABC's _abc_data (a new reference)."""
    w_impl = abstract.getattr_str(w_self, "_abc_impl")
    if w_impl.ob_type is not W_AbcData.w_type:
        decref(w_impl)
        raise type_error("_abc_impl is set to a wrong type")
    return w_impl


# --- Sets of weak references -------------------------------------------------------------

def _new_weakref(w_obj, w_callback=None):
    """PyWeakref_NewRef (a new reference)."""
    from glass.objects.weakrefobject import W_WeakRef
    args_w = [w_obj] if w_callback is None else [w_obj, w_callback]
    return W_WeakRef.new(W_WeakRef.w_type, args_w, None)


def _in_weak_set(w_set, w_obj):
    """Is there a weak reference to w_obj in the set?  An object that cannot
    be weakly referenced is in no such set."""
    if w_set is None or w_set.used == 0:
        return False
    try:
        w_ref = _new_weakref(w_obj)
    except OperationError as error:
        if not error.match(EXCEPTION_TYPES["TypeError"]):
            raise
        decref(error.w_value)
        return False
    try:
        return w_set.contains_key(w_ref)
    finally:
        decref(w_ref)


def _destroy_callback(w_data, field):
    """The callback of the weak references in one of w_data's sets: a dead
    class's reference leaves the set.

    _abc.c gives the callback a weak reference to the set itself; here the
    callback holds the _abc_data on the host side only (no guest reference,
    so it keeps nothing alive) and checks that it still lives.
    """
    from glass.objects.descr import W_BuiltinFunction
    from glass.objects.none import new_none
    from glass.objects.signature import Signature

    def destroy(w_objweakref):
        if w_data.alive:
            w_set = getattr(w_data, field)
            if w_set is not None:
                w_set.discard_key(w_objweakref)
        return new_none()
    return W_BuiltinFunction("_destroy", destroy, Signature.parse("($module, objweakref, /)"),
                             None, None, pass_self=False)


def _add_to_weak_set(w_data, field, w_obj):
    """Add a weak reference to w_obj to one of w_data's sets, making the set
    on first use."""
    from glass.objects.set import W_Set
    w_set = getattr(w_data, field)
    if w_set is None:
        w_set = W_Set()
        setattr(w_data, field, w_set)
    w_callback = _destroy_callback(w_data, field)
    try:
        w_ref = _new_weakref(w_obj, w_callback)
    finally:
        decref(w_callback)
    try:
        w_set.add(w_ref)
    finally:
        decref(w_ref)


def _set_copy(w_set):
    """PySet_New(set): a new set with the same weak references."""
    from glass.objects.set import W_Set
    w_copy = W_Set()
    if w_set is not None:
        w_copy.merge(w_set)
    return w_copy


# --- Helpers ----------------------------------------------------------------------------------

def _is_type(w_obj):
    """PyType_Check."""
    return bool(w_obj.ob_type.flags & TYPE_SUBCLASS)


def _is_subclass(w_derived, w_cls):
    """PyObject_IsSubclass, as a host bool."""
    from glass.modules.builtins import object_issubclass
    return object_issubclass(w_derived, w_cls)


def _lookup_attr(w_obj, w_name):
    """_PyObject_LookupAttr: the attribute (a new reference), or None if
    AttributeError."""
    try:
        return abstract.getattr(w_obj, w_name)
    except OperationError as error:
        if not error.match(EXCEPTION_TYPES["AttributeError"]):
            raise
        decref(error.w_value)
        return None


def _is_abstract(w_value):
    """_PyObject_IsAbstract: a true __isabstractmethod__."""
    w_flag = abstract.lookup_attr_str(w_value, "__isabstractmethod__")
    if w_flag is None:
        return False
    try:
        return abstract.is_true(w_flag)
    finally:
        decref(w_flag)


def _owned_list(w_iterable):
    """The items of a guest iterable as a host list of new references
    (none leaked if the iteration raises)."""
    items_w = []
    try:
        for w_item in abstract.iterate(w_iterable):
            items_w.append(w_item)
    except BaseException:
        for w_item in items_w:
            decref(w_item)
        raise
    return items_w


def _mapping_items(w_mapping):
    """PyMapping_Items: a host list of new references to the item pairs."""
    from glass.objects.dict import W_Dict
    from glass.objects.tuple import new_tuple
    if w_mapping.ob_type is W_Dict.w_type:
        return [new_tuple([w_key, w_value]) for w_key, w_value in w_mapping.item_pairs()]
    w_output = abstract.call_method(w_mapping, "items", [])
    try:
        try:
            w_iter = abstract.iter(w_output)
        except OperationError as error:
            if not error.match(EXCEPTION_TYPES["TypeError"]):
                raise
            decref(error.w_value)
            raise type_error("%s.items() returned a non-iterable (type %s)"
                             % (w_mapping.ob_type.name, w_output.ob_type.name))
    finally:
        decref(w_output)
    try:
        return _owned_list(w_iter)
    finally:
        decref(w_iter)


def _item_pair(w_item):
    """PySequence_Fast on one entry of items(), which must hold two values:
    a tuple or list (a new reference) whose `items` are the key and value."""
    from glass.objects.list import W_List
    from glass.objects.tuple import W_Tuple, new_tuple_owned
    if isinstance(w_item, (W_Tuple, W_List)):
        w_item.ob_refcnt += 1
        w_fast = w_item
    else:
        try:
            w_fast = new_tuple_owned(_owned_list(w_item))
        except OperationError as error:
            if not error.match(EXCEPTION_TYPES["TypeError"]):
                raise
            decref(error.w_value)
            raise type_error("items() returned non-iterable")
    if len(w_fast.items) != 2:
        decref(w_fast)
        raise type_error("items() returned item which size is not 2")
    return w_fast


# --- _abc_init --------------------------------------------------------------------------------

def compute_abstract_methods(w_cls):
    """Set __abstractmethods__: the names bound to an abstract value in the
    class namespace, then the inherited abstract names still abstract here."""
    from glass.objects.set import new_frozenset
    from glass.objects.tuple import W_Tuple
    names_w = []                          # new references, in discovery order
    try:
        w_ns = abstract.getattr_str(w_cls, "__dict__")
        try:
            items_w = _mapping_items(w_ns)
        finally:
            decref(w_ns)
        try:
            for w_item in items_w:
                w_fast = _item_pair(w_item)
                try:
                    w_key, w_value = w_fast.items
                    if _is_abstract(w_value):
                        w_key.ob_refcnt += 1
                        names_w.append(w_key)
                finally:
                    decref(w_fast)
        finally:
            for w_item in items_w:
                decref(w_item)

        w_bases = abstract.getattr_str(w_cls, "__bases__")
        try:
            if not isinstance(w_bases, W_Tuple):
                raise type_error("__bases__ is not tuple")
            for w_base in list(w_bases.items):
                _add_inherited_abstracts(w_cls, w_base, names_w)
        finally:
            decref(w_bases)
    except BaseException:
        for w_name in names_w:
            decref(w_name)
        raise
    w_abstracts = new_frozenset(names_w)
    try:
        abstract.setattr(w_cls, _interned("__abstractmethods__"), w_abstracts)
        _set_abstract_flag(w_cls, w_abstracts)
    finally:
        decref(w_abstracts)


def _add_inherited_abstracts(w_cls, w_base, names_w):
    w_base_abstracts = abstract.lookup_attr_str(w_base, "__abstractmethods__")
    if w_base_abstracts is None:
        return
    try:
        names = _owned_list(w_base_abstracts)
    finally:
        decref(w_base_abstracts)
    for index, w_name in enumerate(names):
        try:
            w_value = _lookup_attr(w_cls, w_name)
            if w_value is None:
                continue
            try:
                abstract_here = _is_abstract(w_value)
            finally:
                decref(w_value)
            if abstract_here:
                w_name.ob_refcnt += 1
                names_w.append(w_name)
        except BaseException:
            for w_rest in names[index:]:
                decref(w_rest)
            raise
        decref(w_name)


def _set_abstract_flag(w_cls, w_abstracts):
    """What type's __abstractmethods__ setter does (type_set_abstractmethods):
    a class with abstract methods cannot be instantiated.  Glass's type has no
    such getset yet, so setting the attribute stored it in the dict only."""
    if not _is_type(w_cls):
        return
    if abstract.is_true(w_abstracts):
        w_cls.flags |= IS_ABSTRACT
    else:
        w_cls.flags &= ~IS_ABSTRACT


def _interned(name):
    from glass.objects.str import intern
    w_name = intern(name)
    w_name.ob_refcnt -= 1                 # interned strings live forever
    return w_name


def _take_collection_flags(w_cls):
    """Move __abc_tpflags__ from the class namespace into the type's flags."""
    from glass.objects.int import W_Int
    w_flags = w_cls.dict.get("__abc_tpflags__")
    if w_flags is None:
        return
    if w_flags.ob_type is W_Int.w_type:
        value = w_flags.value
        if not -C_LONG_MAX - 1 <= value <= C_LONG_MAX:
            raise operation_error("OverflowError", "Python int too large to convert to C long")
        if (value & COLLECTION_FLAGS) == COLLECTION_FLAGS:
            raise type_error("__abc_tpflags__ cannot be both Py_TPFLAGS_SEQUENCE "
                             "and Py_TPFLAGS_MAPPING")
        w_cls.flags |= value & COLLECTION_FLAGS
    w_flags = w_cls.dict.pop("__abc_tpflags__", None)
    xdecref(w_flags)


def _set_collection_flag_recursive(w_child, flag):
    """A class registered as a Sequence (or Mapping) matches `case [...]`
    (or `case {...}`), and so do its subclasses; immutable types keep their
    flags."""
    if w_child.flags & IMMUTABLETYPE or (w_child.flags & COLLECTION_FLAGS) == flag:
        return
    w_child.flags = (w_child.flags & ~COLLECTION_FLAGS) | flag
    for w_grandchild in list(w_child.w_subclasses):
        _set_collection_flag_recursive(w_grandchild, flag)


# --- _abc_subclasscheck ------------------------------------------------------------------------

def _check_registry(w_impl, w_subclass):
    """Is w_subclass a registered class, or a subclass of one?"""
    w_registry = w_impl.w_registry
    if _in_weak_set(w_registry, w_subclass):
        return True
    if w_registry is None or w_registry.used == 0:
        return False
    # A weak reference's callback may shrink the registry while we look:
    # walk a snapshot.
    refs_w = w_registry.keys_list()
    for w_ref in refs_w:
        w_ref.ob_refcnt += 1
    try:
        for w_ref in refs_w:
            w_registered = w_ref.w_referent
            if w_registered is None:
                continue
            w_registered.ob_refcnt += 1
            try:
                found = _is_subclass(w_subclass, w_registered)
            finally:
                decref(w_registered)
            if found:
                _add_to_weak_set(w_impl, "w_cache", w_subclass)
                return True
        return False
    finally:
        for w_ref in refs_w:
            decref(w_ref)


def abc_subclasscheck(w_self, w_subclass):
    """The algorithm of ABCMeta.__subclasscheck__, as a host bool."""
    from glass.objects.bool import w_False, w_True
    from glass.objects.list import W_List
    from glass.objects.none import w_NotImplemented
    if not _is_type(w_subclass):
        raise type_error("issubclass() arg 1 must be a class")
    w_impl = _get_impl(w_self)
    try:
        # 1. The positive cache.
        if _in_weak_set(w_impl.w_cache, w_subclass):
            return True
        # 2. The negative cache, emptied if a register() happened since.
        counter = invalidation_counter()
        if w_impl.negative_cache_version < counter:
            if w_impl.w_negative_cache is not None:
                w_impl.w_negative_cache.clear_internal()
            w_impl.negative_cache_version = counter
        elif _in_weak_set(w_impl.w_negative_cache, w_subclass):
            return False
        # 3. The subclass hook.
        w_ok = abstract.call_method(w_self, "__subclasshook__", [w_subclass])
        try:
            if w_ok is w_True:
                _add_to_weak_set(w_impl, "w_cache", w_subclass)
                return True
            if w_ok is w_False:
                _add_to_weak_set(w_impl, "w_negative_cache", w_subclass)
                return False
            if w_ok is not w_NotImplemented:
                raise operation_error("AssertionError", "__subclasshook__ must return "
                                      "either False, True, or NotImplemented")
        finally:
            decref(w_ok)
        # 4. A real subclass.
        if w_self in w_subclass.mro:
            _add_to_weak_set(w_impl, "w_cache", w_subclass)
            return True
        # 5. A registered class, or a subclass of one (recursively).
        if _check_registry(w_impl, w_subclass):
            return True
        # 6. A subclass of a subclass (recursively).
        w_subclasses = abstract.call_method(w_self, "__subclasses__", [])
        try:
            if not isinstance(w_subclasses, W_List):
                raise type_error("__subclasses__() must return a list")
            for w_scls in list(w_subclasses.items):
                w_scls.ob_refcnt += 1
                try:
                    found = _is_subclass(w_subclass, w_scls)
                finally:
                    decref(w_scls)
                if found:
                    _add_to_weak_set(w_impl, "w_cache", w_subclass)
                    return True
        finally:
            decref(w_subclasses)
        # No dice: remember the answer.
        _add_to_weak_set(w_impl, "w_negative_cache", w_subclass)
        return False
    finally:
        decref(w_impl)


# --- The module -------------------------------------------------------------------------------

@builtin_module("_abc")
class AbcModule:
    """Module contains faster C implementation of abc.ABCMeta"""

    @function("($module, /)")
    def get_cache_token():
        """Returns the current ABC cache token.

The token is an opaque object (supporting equality testing) identifying the
current version of the ABC cache for virtual subclasses. The token changes
with every call to register() on any ABC."""
        from glass.objects.int import new_int
        return new_int(invalidation_counter())

    @function("($module, self, /)")
    def _abc_init(w_self):
        """Internal ABC helper for class set-up. Should be never used outside abc module."""
        from glass.objects.none import new_none
        compute_abstract_methods(w_self)
        w_data = W_AbcData()
        try:
            abstract.setattr(w_self, _interned("_abc_impl"), w_data)
        finally:
            decref(w_data)
        if _is_type(w_self):
            _take_collection_flags(w_self)
        return new_none()

    @function("($module, self, subclass, /)")
    def _abc_register(w_self, w_subclass):
        """Internal ABC helper for subclasss registration. Should be never used outside abc module."""
        if not _is_type(w_subclass):
            raise type_error("Can only register classes")
        if _is_subclass(w_subclass, w_self):
            w_subclass.ob_refcnt += 1
            return w_subclass                 # already a subclass
        # Test for cycles only after "already a subclass", so that
        # X.register(X) is a no-op.
        if _is_subclass(w_self, w_subclass):
            raise operation_error("RuntimeError", "Refusing to create an inheritance cycle")
        w_impl = _get_impl(w_self)
        try:
            _add_to_weak_set(w_impl, "w_registry", w_subclass)
        finally:
            decref(w_impl)
        _bump_invalidation_counter()          # every negative cache is now stale
        if _is_type(w_self):
            flag = w_self.flags & COLLECTION_FLAGS
            if flag:
                _set_collection_flag_recursive(w_subclass, flag)
        w_subclass.ob_refcnt += 1
        return w_subclass

    @function("($module, self, instance, /)")
    def _abc_instancecheck(w_self, w_instance):
        """Internal ABC helper for instance checks. Should be never used outside abc module."""
        from glass.objects.bool import new_bool
        w_impl = _get_impl(w_self)
        try:
            w_subclass = abstract.getattr_str(w_instance, "__class__")
            try:
                if _in_weak_set(w_impl.w_cache, w_subclass):
                    return new_bool(True)
                w_subtype = w_instance.ob_type
                if w_subtype is w_subclass:
                    if (w_impl.negative_cache_version == invalidation_counter()
                            and _in_weak_set(w_impl.w_negative_cache, w_subclass)):
                        return new_bool(False)
                    return abstract.call_method(w_self, "__subclasscheck__", [w_subclass])
                w_result = abstract.call_method(w_self, "__subclasscheck__", [w_subclass])
                try:
                    if abstract.is_true(w_result):
                        w_result.ob_refcnt += 1
                        return w_result
                finally:
                    decref(w_result)
                return abstract.call_method(w_self, "__subclasscheck__", [w_subtype])
            finally:
                decref(w_subclass)
        finally:
            decref(w_impl)

    @function("($module, self, subclass, /)")
    def _abc_subclasscheck(w_self, w_subclass):
        """Internal ABC helper for subclasss checks. Should be never used outside abc module."""
        from glass.objects.bool import new_bool
        return new_bool(abc_subclasscheck(w_self, w_subclass))

    @function("($module, self, /)")
    def _get_dump(w_self):
        """Internal ABC helper for cache and registry debugging.

Return shallow copies of registry, of both caches, and
negative cache version. Don't call this function directly,
instead use ABC._dump_registry() for a nice repr."""
        from glass.objects.int import new_int
        from glass.objects.tuple import new_tuple_owned
        w_impl = _get_impl(w_self)
        try:
            return new_tuple_owned([_set_copy(w_impl.w_registry), _set_copy(w_impl.w_cache),
                                    _set_copy(w_impl.w_negative_cache),
                                    new_int(w_impl.negative_cache_version)])
        finally:
            decref(w_impl)

    @function("($module, self, /)")
    def _reset_registry(w_self):
        """Internal ABC helper to reset registry of a given class.

Should be only used by refleak.py"""
        from glass.objects.none import new_none
        w_impl = _get_impl(w_self)
        try:
            if w_impl.w_registry is not None:
                w_impl.w_registry.clear_internal()
        finally:
            decref(w_impl)
        return new_none()

    @function("($module, self, /)")
    def _reset_caches(w_self):
        """Internal ABC helper to reset both caches of a given class.

Should be only used by refleak.py"""
        from glass.objects.none import new_none
        w_impl = _get_impl(w_self)
        try:
            for w_set in (w_impl.w_cache, w_impl.w_negative_cache):
                if w_set is not None:
                    w_set.clear_internal()
        finally:
            decref(w_impl)
        return new_none()
