"""Types: W_Type, its slots, the builtin-type registry, the MRO, class creation.

Counterpart: Objects/typeobject.c (PyTypeObject, slotdefs, PyType_Ready,
type_new, mro_internal, _PyType_Lookup).

A type carries CPython's slots as attributes (`tp_repr`, `nb_add`,
`sq_length`...).  Each holds a host function with the C slot's argument order
(see SLOT_SIGNATURES) or None.  The eval loop and the abstract protocols call
slots, never dunder names, which is what makes builtin operations fast.

Builtin types are declared once on their W_ class:

    @builtin_type("list", flags=BASETYPE | HAVE_GC | LIST_SUBCLASS)
    class W_List(W_Object):
        @method("($self, object, /)")
        def append(self, w_item): ...
        @slot("sq_length")
        def length(self): ...

and `ready()` builds the guest type from that: method descriptors, getsets,
slot wrappers (`list.__len__` wraps sq_length) and inherited slots.  A class
statement makes a heap type whose slots call the dunders it defines
(update_slot); see glass/objects/typeslots.py.

Builtin types are static singletons, as in CPython: one W_Type per builtin
type per host process, made when its module is imported.
"""
from __future__ import annotations

from glass.objects.object import W_Object

# --- Type flags (Include/object.h Py_TPFLAGS_*) ----------------------------------
HEAPTYPE = 1 << 9
BASETYPE = 1 << 10
HAVE_GC = 1 << 14
IS_ABSTRACT = 1 << 20
MATCH_SELF = 1 << 22          # _Py_TPFLAGS_MATCH_SELF: int(x) as a class pattern
SEQUENCE = 1 << 5             # collections.abc.Sequence for match
MAPPING = 1 << 6
IMMUTABLETYPE = 1 << 8
DISALLOW_INSTANTIATION = 1 << 7
LONG_SUBCLASS = 1 << 24
LIST_SUBCLASS = 1 << 25
TUPLE_SUBCLASS = 1 << 26
BYTES_SUBCLASS = 1 << 27
UNICODE_SUBCLASS = 1 << 28
DICT_SUBCLASS = 1 << 29
BASE_EXC_SUBCLASS = 1 << 30
TYPE_SUBCLASS = 1 << 31
# The fast-subclass bits are inherited: every subclass of int has LONG_SUBCLASS.
INHERITED_FLAGS = (LONG_SUBCLASS | LIST_SUBCLASS | TUPLE_SUBCLASS | BYTES_SUBCLASS |
                   UNICODE_SUBCLASS | DICT_SUBCLASS | BASE_EXC_SUBCLASS |
                   TYPE_SUBCLASS | SEQUENCE | MAPPING | HAVE_GC | MATCH_SELF)

# --- Slots --------------------------------------------------------------------
# Every slot a type can fill, with the host signature of its function.  The
# arguments are CPython's, with host values where C has C values: lengths,
# indexes and hashes are host ints, truth is a host bool, a missing value
# (C's NULL) is None, and a call's arguments come vectorcall style.
SLOT_SIGNATURES = {
    "tp_dealloc": "(w_self) -> None",
    "tp_repr": "(w_self) -> W_Str",
    "tp_str": "(w_self) -> W_Str",
    "tp_hash": "(w_self) -> int (never -1)",
    "tp_call": "(w_self, args_w, kwnames) -> W_Object",
    "tp_getattro": "(w_self, w_name) -> W_Object",
    "tp_setattro": "(w_self, w_name, w_value or None to delete) -> None",
    "tp_richcompare": "(w_self, w_other, op: int) -> W_Object (maybe NotImplemented)",
    "tp_iter": "(w_self) -> W_Object",
    "tp_iternext": "(w_self) -> W_Object, or None when exhausted",
    "tp_descr_get": "(w_self, w_obj or None, w_type or None) -> W_Object",
    "tp_descr_set": "(w_self, w_obj, w_value or None to delete) -> None",
    "tp_init": "(w_self, args_w, kwnames) -> None",
    "tp_new": "(w_type, args_w, kwnames) -> W_Object",
    "tp_finalize": "(w_self) -> None   (__del__, PEP 442)",
    "tp_traverse": "(w_self, visit) -> None; visit(w_child) for each reference",
    "tp_clear": "(w_self) -> None",
    "am_await": "(w_self) -> W_Object",
    "am_aiter": "(w_self) -> W_Object",
    "am_anext": "(w_self) -> W_Object",
    "nb_bool": "(w_self) -> bool",
    "nb_index": "(w_self) -> W_Int",
    "nb_int": "(w_self) -> W_Int",
    "nb_float": "(w_self) -> W_Float",
    "nb_negative": "(w_self) -> W_Object",
    "nb_positive": "(w_self) -> W_Object",
    "nb_absolute": "(w_self) -> W_Object",
    "nb_invert": "(w_self) -> W_Object",
    "nb_power": "(w_a, w_b, w_c) -> W_Object",
    "nb_inplace_power": "(w_a, w_b, w_c) -> W_Object",
    "sq_length": "(w_self) -> int",
    "sq_concat": "(w_self, w_other) -> W_Object",
    "sq_repeat": "(w_self, count: int) -> W_Object",
    "sq_item": "(w_self, index: int) -> W_Object",
    "sq_ass_item": "(w_self, index: int, w_value or None) -> None",
    "sq_contains": "(w_self, w_item) -> bool",
    "sq_inplace_concat": "(w_self, w_other) -> W_Object",
    "sq_inplace_repeat": "(w_self, count: int) -> W_Object",
    "mp_length": "(w_self) -> int",
    "mp_subscript": "(w_self, w_key) -> W_Object",
    "mp_ass_subscript": "(w_self, w_key, w_value or None) -> None",
}
# The binary number slots: (w_a, w_b) -> W_Object or NotImplemented; either
# operand may be the one whose type owns the slot (binary_op1).
BINARY_NUMBER_SLOTS = (                            # ORDER OP: NB_OPS
    "nb_add", "nb_and", "nb_floor_divide", "nb_lshift", "nb_matrix_multiply",
    "nb_multiply", "nb_remainder", "nb_or", "nb_power", "nb_rshift",
    "nb_subtract", "nb_true_divide", "nb_xor",
    "nb_inplace_add", "nb_inplace_and", "nb_inplace_floor_divide",
    "nb_inplace_lshift", "nb_inplace_matrix_multiply", "nb_inplace_multiply",
    "nb_inplace_remainder", "nb_inplace_or", "nb_inplace_power",
    "nb_inplace_rshift", "nb_inplace_subtract", "nb_inplace_true_divide",
    "nb_inplace_xor",
)
for _name in BINARY_NUMBER_SLOTS + ("nb_divmod",):
    SLOT_SIGNATURES.setdefault(_name, "(w_a, w_b) -> W_Object or NotImplemented")
SLOT_NAMES = tuple(SLOT_SIGNATURES)

# Rich comparison operators (Include/object.h Py_LT...), in CMP_OP order.
LT, LE, EQ, NE, GT, GE = range(6)


_UNCACHED = object()
_ATTR_CACHE_SIZE = 1024          # names cached per type before it starts over


class TypeDict(dict):
    """A type's tp_dict.  Every change tells the type (PyType_Modified), so
    the lookup cache can never answer with a value that is gone: type
    setattr, the class body's copy, and the native modules' direct stores
    all go through these methods."""
    __slots__ = ("w_owner",)

    def __init__(self, w_owner):
        dict.__init__(self)
        self.w_owner = w_owner

    def __setitem__(self, key, value):
        dict.__setitem__(self, key, value)
        self.w_owner.modified()

    def __delitem__(self, key):
        dict.__delitem__(self, key)
        self.w_owner.modified()

    def pop(self, *args):
        value = dict.pop(self, *args)
        self.w_owner.modified()
        return value

    def popitem(self):
        item = dict.popitem(self)
        self.w_owner.modified()
        return item

    def setdefault(self, key, default=None):
        value = dict.setdefault(self, key, default)
        self.w_owner.modified()
        return value

    def update(self, *args, **kwargs):
        dict.update(self, *args, **kwargs)
        self.w_owner.modified()

    def clear(self):
        dict.clear(self)
        self.w_owner.modified()

    def __ior__(self, other):
        self.update(other)
        return self


class W_Type(W_Object):
    """A guest type.  Counterpart: PyTypeObject (and PyHeapTypeObject)."""
    __slots__ = ("name", "qualname", "w_bases", "w_base", "mro", "dict", "flags",
                 "host_class", "typedef", "w_subclasses", "is_ready", "doc", "text_signature",
                 "w_module", "slot_names", "basicsize", "has_dict",
                 "nslots", "weakrefs", "has_weakref", "itemsize", "dictoffset",
                 "weaklistoffset", "attr_cache", "attr_cacheable",
                 "w_ht_name", "w_ht_qualname") + SLOT_NAMES

    def __init__(self, name, w_base=None, flags=0, host_class=None):
        W_Object.__init__(self, None)       # ob_type is set by the caller
        self.name = name                     # tp_name (for builtins, no module)
        self.qualname = name
        self.w_base = w_base                 # tp_base: the solid base
        self.w_bases = (w_base,) if w_base is not None else ()
        self.mro = ()                        # tp_mro as a host tuple of W_Type
        self.dict = TypeDict(self)           # tp_dict: host str -> W_Object
        # _PyType_Lookup's cache (name -> what the MRO gives, None included),
        # emptied by modified(); off for an MRO a metaclass made of classes
        # that are not bases (type_mro_modified clears the version tag).
        self.attr_cache = {}
        self.attr_cacheable = True
        self.flags = flags
        self.host_class = host_class         # the W_ class of its instances
        self.typedef = None
        self.w_subclasses = []               # weak in CPython; plain list here
        self.is_ready = False
        self.doc = None
        self.text_signature = None           # a builtin's, from its internal doc
        self.w_module = None
        self.slot_names = ()                 # __slots__ names, for heap types
        # ht_name, ht_qualname: a heap type's __name__ and __qualname__ as
        # guest strings (the same object each time), made when first asked.
        self.w_ht_name = None
        self.w_ht_qualname = None
        # tp_basicsize and friends (glass/objects/layout.py; a class
        # statement's class gets its own in type_new)
        (self.basicsize, self.itemsize, self.dictoffset,
         self.weaklistoffset) = builtin_layout(name, w_base)
        self.has_dict = False                # instances have a __dict__
        self.nslots = 0                      # values in an instance's slots_w
        # tp_weaklistoffset != 0, for heap types (builtins: their host class
        # has a `weakrefs` field).
        self.has_weakref = False
        self.weakrefs = None                 # tp_weaklist: weak references to the type
        for slot_name in SLOT_NAMES:
            setattr(self, slot_name, None)

    def __repr__(self):
        return "<W_Type %s>" % self.name

    # --- _PyType_Lookup -------------------------------------------------------

    def lookup(self, name):
        """Find `name` (a host str) along the MRO; a borrowed reference or None.

        Counterpart: _PyType_Lookup and its method cache (keyed there on the
        type's version tag; here a per-type dict that modified() empties):
        an instance attribute misses along the whole MRO on every access
        without it.
        """
        w_value = self.attr_cache.get(name, _UNCACHED)
        if w_value is not _UNCACHED:
            return w_value
        w_value = None
        for w_class in self.mro:
            w_value = w_class.dict.get(name)
            if w_value is not None:
                break
        if self.attr_cacheable and self.mro:
            cache = self.attr_cache
            if len(cache) >= _ATTR_CACHE_SIZE:
                cache.clear()
            cache[name] = w_value
        return w_value

    def modified(self):
        """Counterpart: PyType_Modified: the type's dict or MRO changed, so
        its cached lookups and those of every subclass are dropped."""
        if self.attr_cache:
            self.attr_cache = {}
        for w_sub in self.w_subclasses:
            w_sub.modified()

    def short_name(self):
        """_PyType_Name: tp_name after its last dot."""
        return self.name.rsplit(".", 1)[-1]

    def is_subtype(self, w_other):
        """PyType_IsSubtype: is w_other in this type's MRO?"""
        return w_other in self.mro if self.mro else self is w_other

    def has_flag(self, flag):
        return bool(self.flags & flag)


# --- The registry of builtin types -------------------------------------------------

class TypeDef:
    """What a W_ class declares about its guest type, collected by @builtin_type."""
    __slots__ = ("name", "host_class", "base", "flags", "doc", "methods",
                 "slots", "getters", "setters", "members")

    def __init__(self, name, host_class, base, flags, doc):
        self.name = name
        self.host_class = host_class
        self.base = base              # a W_ class, or None for object
        self.flags = flags
        self.doc = doc
        self.methods = []             # (guest name, host function, signature, kind, doc)
        self.slots = {}               # slot name -> host function
        self.getters = {}             # attribute name -> getter(w_self)
        self.setters = {}             # attribute name -> setter(w_self, w_value or None)
        self.members = set()          # the getters that are tp_members fields


BUILTIN_TYPES = []        # every W_Type made by @builtin_type, in creation order

# @builtin_type(..., doc=NO_DOC): CPython's tp_doc is NULL, so the class's own
# docstring (written for people reading Glass) is not the guest's __doc__.
NO_DOC = ""


def method(signature, name=None, kind="method", doc=None):
    """Declare a guest method on a builtin type: its text signature, once.

    `kind` is "method", "classmethod" or "staticmethod".  The docstring of the
    host function becomes the guest __doc__.
    """
    def decorate(func):
        func._glass_method = (name or func.__name__, signature, kind, doc)
        return func
    return decorate


def slot(slot_name):
    """Declare that a function fills one of the type's slots (see SLOT_SIGNATURES)."""
    if slot_name not in SLOT_SIGNATURES:
        raise ValueError("unknown slot %r" % slot_name)

    def decorate(func):
        func._glass_slots = getattr(func, "_glass_slots", ()) + (slot_name,)
        return func
    return decorate


def getter(attr_name, doc=None, member=False):
    """Declare a getset attribute's getter: getter(w_self) -> new reference.

    `member=True` says that CPython declares the attribute in tp_members (a
    field of the object: function.__globals__, slice.start...), so the
    type's dict holds a member_descriptor for it instead of a
    getset_descriptor; a member without a setter is read-only."""
    def decorate(func):
        func._glass_getter = (attr_name, doc)
        if member:
            func._glass_member = True
        return func
    return decorate


def setter(attr_name):
    """Declare a getset attribute's setter: setter(w_self, w_value or None)."""
    def decorate(func):
        func._glass_setter = attr_name
        return func
    return decorate


from glass.objects.layout import builtin_layout  # noqa: E402


def builtin_type(name, base=None, flags=0, doc=None, host_class=None):
    """Class decorator: make the W_ class's guest type (readied later).

    The W_Type is stored on the class as `w_type`, so constructors can set
    `self.ob_type = W_List.w_type` without a lookup.  With `host_class`, the
    decorated class is only a namespace for the methods, and the instances
    are of `host_class` (how `object` and `type` are declared).
    """
    def decorate(cls):
        instances = host_class or cls
        typedef = TypeDef(name, instances, base, flags | IMMUTABLETYPE,
                          cls.__doc__ if doc is None else (doc or None))
        for attr in list(vars(cls).values()):
            _collect(typedef, attr)
        w_base = base.w_type if base is not None else None
        w_type = W_Type(name, w_base, typedef.flags, instances)
        w_type.ob_refcnt = 1 << 30           # static types are never freed
        w_type.typedef = typedef
        instances.w_type = w_type
        if host_class is not None:
            cls.w_type = w_type
        BUILTIN_TYPES.append(w_type)
        return cls
    return decorate


def _collect(typedef, attr):
    if isinstance(attr, (classmethod, staticmethod)):
        # A class body makes __init_subclass__ and __class_getitem__
        # classmethods by itself, hiding the registry's marks on the function.
        attr = attr.__func__
    spec = getattr(attr, "_glass_method", None)
    if spec is not None:
        guest_name, signature, kind, doc = spec
        typedef.methods.append((guest_name, attr, signature, kind,
                                doc or attr.__doc__))
    for slot_name in getattr(attr, "_glass_slots", ()):
        typedef.slots[slot_name] = attr
    spec = getattr(attr, "_glass_getter", None)
    if spec is not None:
        typedef.getters[spec[0]] = (attr, spec[1] or attr.__doc__)
        if getattr(attr, "_glass_member", False):
            typedef.members.add(spec[0])
    spec = getattr(attr, "_glass_setter", None)
    if spec is not None:
        typedef.setters[spec] = attr


# --- MRO (C3 linearization) -----------------------------------------------------------

def compute_mro(w_type):
    """Counterpart: mro_implementation.  Raises OperationError on a conflict."""
    bases = w_type.w_bases
    if not bases:
        return (w_type,)
    for w_base in bases:
        if not w_base.mro:
            # tp_mro NULL: the base's own mro() is still running.
            from glass.objects.exceptions import type_error
            raise type_error("Cannot extend an incomplete type '%s'" % w_base.name)
    if len(bases) == 1:
        return (w_type,) + bases[0].mro
    for index, w_base in enumerate(bases):
        # check_duplicates: a base named twice gets its own message.
        if any(w_other is w_base for w_other in bases[index + 1:]):
            from glass.objects.exceptions import type_error
            raise type_error("duplicate base class " + w_base.name)
    sequences = [list(b.mro) for b in bases] + [list(bases)]
    result = [w_type]
    while True:
        sequences = [s for s in sequences if s]
        if not sequences:
            return tuple(result)
        for seq in sequences:
            candidate = seq[0]
            if not any(candidate in s[1:] for s in sequences):
                break
        else:
            from glass.objects.exceptions import type_error
            names = []
            for seq in sequences:
                if seq[0].name not in names:
                    names.append(seq[0].name)
            raise type_error("Cannot create a consistent method resolution\n"
                             "order (MRO) for bases " + ", ".join(names))
        result.append(candidate)
        for seq in sequences:
            if seq and seq[0] is candidate:
                del seq[0]


# --- PyType_Ready ---------------------------------------------------------------------

def ready(w_type):
    """Counterpart: PyType_Ready for a builtin type: dict, MRO, inherited slots."""
    if w_type.is_ready:
        return
    from glass.objects.typeslots import add_slot_wrappers, inherit_slots
    from glass.objects.descr import make_getset, make_member, make_method_descr
    w_base = w_type.w_base
    if w_base is None and w_type.name != "object":
        w_base = w_type.w_base = W_Object.w_type
        w_type.w_bases = (w_base,)
    if w_base is not None:
        ready(w_base)
    w_type.ob_type = W_Type.w_type
    w_type.mro = compute_mro(w_type)
    w_type.modified()
    typedef = w_type.typedef or TypeDef(w_type.name, w_type.host_class, None,
                                        w_type.flags, w_type.doc)
    w_type.typedef = typedef
    if w_base is not None:
        w_type.flags |= w_base.flags & INHERITED_FLAGS
        w_base.w_subclasses.append(w_type)
    w_type.text_signature, w_type.doc = split_internal_doc(w_type.name, typedef.doc)
    for slot_name, func in typedef.slots.items():
        setattr(w_type, slot_name, func)
    for guest_name, func, signature, kind, doc in typedef.methods:
        w_type.dict[guest_name] = make_method_descr(w_type, guest_name, func,
                                                    signature, kind, doc)
    for attr_name, (get, doc) in typedef.getters.items():
        make = make_member if attr_name in typedef.members else make_getset
        w_type.dict[attr_name] = make(w_type, attr_name, get,
                                      typedef.setters.get(attr_name), doc)
    if "__dict__" in typedef.getters:
        w_type.has_dict = True           # tp_dictoffset: instances have a __dict__
    add_slot_wrappers(w_type)
    inherit_slots(w_type)
    # type_ready_set_new: a builtin type on object without a tp_new of its
    # own cannot be instantiated (a dict view, an iterator): it does not
    # inherit object's.
    if "tp_new" not in typedef.slots and w_base is W_Object.w_type \
            and not (w_type.flags & HEAPTYPE):
        w_type.flags |= DISALLOW_INSTANTIATION
    if w_type.flags & DISALLOW_INSTANTIATION:
        w_type.tp_new = None
    if "__doc__" not in w_type.dict:
        from glass.objects.str import new_str_or_none
        w_type.dict["__doc__"] = new_str_or_none(w_type.doc)
    w_type.is_ready = True


SIGNATURE_END_MARKER = ")\n--\n\n"


def split_internal_doc(type_name, doc):
    """(text signature or None, doc) from a doc that may start with the
    signature, as CPython's builtin docs do: "list(iterable=(), /)\n--\n\n...".

    Counterpart: _PyType_GetTextSignatureFromInternalDoc and
    _PyType_GetDocFromInternalDoc (find_signature, skip_signature)."""
    if doc is None:
        return None, None
    name = type_name.rsplit(".", 1)[-1]
    if not doc.startswith(name + "("):
        return None, doc
    start = len(name)
    end = doc.find(SIGNATURE_END_MARKER, start)
    blank = doc.find("\n\n", start)
    if end < 0 or (0 <= blank < end):
        return None, doc
    return doc[start:end + 1], doc[end + len(SIGNATURE_END_MARKER):] or None


def ready_all():
    """Ready every builtin type made since the last call (at interpreter
    start-up, and when a native module file declared more)."""
    made = list(BUILTIN_TYPES)
    for w_type in made[_READIED[0]:]:
        ready(w_type)
    _READIED[0] = len(made)


_READIED = [0]          # how many of BUILTIN_TYPES ready_all has readied
