"""The guest types `object` and `type`, attribute access, and class creation.

Counterpart: Objects/typeobject.c (object_*, type_*, type_new, type_call,
type_getattro, type_setattro) and PyObject_GenericGetAttr /
PyObject_GenericSetAttr of Objects/object.c.

Instances of classes made by a class statement are W_Instance objects (or,
for a subclass of a builtin such as int, an instance of a host subclass of
W_Int made by `instance_host_class`), with an optional __dict__ (w_dict) and
a list for __slots__ values (slots_w).
"""
from __future__ import annotations

from glass.objects import abstract
from glass.objects.exceptions import (EXCEPTION_TYPES, OperationError, argument_type_name,
                                      type_error)
from glass.objects.gctrack import inline_dict, is_inline_dict, materialize_dict
from glass.objects.gctrack import is_tracked as gc_is_tracked, link as gc_link
from glass.objects.object import W_Object, decref, xdecref
from glass.objects.signature import no_text_signature
from glass.objects.type import (BASETYPE, EQ, HAVE_GC, HEAPTYPE, INHERITED_FLAGS,
                                IMMUTABLETYPE, NE, TYPE_SUBCLASS, W_Type,
                                builtin_type, compute_mro, getter, method, setter,
                                slot)
from glass.vm.audit import audit


def _attribute_error(w_obj, name):
    from glass.objects.exceptions import attribute_error
    if isinstance(w_obj, W_Type):
        return attribute_error("type object '%s' has no attribute '%s'"
                               % (w_obj.name, name))
    return attribute_error("'%s' object has no attribute '%s'"
                           % (w_obj.ob_type.name, name))


def attribute_name(w_name):
    """An attribute name as a host str; anything but a str is refused, as
    every tp_getattro and tp_setattro of CPython refuses it."""
    if type(w_name) is not W_Str and not isinstance(w_name, W_Str):
        raise type_error("attribute name must be string, not '%s'"
                         % w_name.ob_type.name)
    return w_name.value


# --- PyObject_GenericGetAttr / PyObject_GenericSetAttr ----------------------------

def generic_getattr(w_obj, w_name, suppress=False):
    """Data descriptors on the type, then the instance dict, then the rest.

    With `suppress` (_PyObject_LookupAttr's call), a missing attribute gives
    None rather than an AttributeError that the caller would only discard.
    """
    name = attribute_name(w_name)
    w_type = w_obj.ob_type
    w_descr = w_type.lookup(name)
    get = None
    if w_descr is not None:
        descr_type = w_descr.ob_type
        get = descr_type.tp_descr_get
        if get is not None and descr_type.tp_descr_set is not None:
            return get(w_descr, w_obj, w_type)
    w_dict = getattr(w_obj, "w_dict", None)
    if w_dict is not None:
        w_value = w_dict.getitem(w_name)
        if w_value is not None:
            w_value.ob_refcnt += 1
            return w_value
    if get is not None:
        return get(w_descr, w_obj, w_type)
    if w_descr is not None:
        w_descr.ob_refcnt += 1
        return w_descr
    if suppress:
        return None
    # _PyObject_GenericGetAttrWithDict records the object and the name itself
    # (object.__getattribute__(obj, name) included).
    from glass.objects.exceptions import set_attribute_error_context
    error = _attribute_error(w_obj, name)
    set_attribute_error_context(w_obj, w_name, error)
    raise error


def generic_setattr(w_obj, w_name, w_value):
    """w_value None deletes."""
    name = attribute_name(w_name)
    w_type = w_obj.ob_type
    w_descr = w_type.lookup(name)
    if w_descr is not None:
        descr_set = w_descr.ob_type.tp_descr_set
        if descr_set is not None:
            descr_set(w_descr, w_obj, w_value)
            return
    if not hasattr(w_obj, "w_dict") or not _has_instance_dict(w_obj):
        from glass.objects.exceptions import attribute_error
        if w_descr is None:
            raise attribute_error("'%s' object has no attribute '%s'"
                                  % (w_type.name, name))
        raise attribute_error("'%s' object attribute '%s' is read-only"
                              % (w_type.name, name))
    w_dict = w_obj.w_dict
    if w_dict is None:
        from glass.objects.dict import W_Dict
        w_dict = w_obj.w_dict = W_Dict()
        if w_type.flags & HEAPTYPE and _builtin_base(w_type) is W_Object.w_type:
            inline_dict(w_dict)      # attributes live inline until __dict__ is asked for
    if w_value is None:
        if not w_dict.delitem(w_name):
            raise _attribute_error(w_obj, name)
    else:
        w_dict.setitem(w_name, w_value)


def _has_instance_dict(w_obj):
    return getattr(w_obj.ob_type, "has_dict", True)


# --- object ------------------------------------------------------------------------

class W_Instance(W_Object):
    """An instance of a class that derives from object alone."""
    # gc_finalized: __del__ already ran (_PyGC_SET_FINALIZED); unset until then.
    __slots__ = ("w_dict", "slots_w", "weakrefs", "gc_finalized")

    def __init__(self, w_type):
        W_Object.__init__(self, w_type)
        self.w_dict = None
        self.slots_w = [None] * w_type.nslots if w_type.nslots else None
        self.weakrefs = None


_HOST_CLASSES = {}


def instance_host_class(base_host_class):
    """The host class for instances of a class deriving from a builtin.

    Counterpart: the layout a heap type adds to its solid base's (a dict
    pointer, a weakref list, the __slots__ members), made once per base.
    """
    if base_host_class is W_Object or base_host_class is W_Instance:
        return W_Instance
    host = _HOST_CLASSES.get(base_host_class)
    if host is None:
        extra = tuple(n for n in ("w_dict", "slots_w", "weakrefs", "gc_finalized")
                      if not _host_has_slot(base_host_class, n))
        host = type(base_host_class.__name__ + "_Instance", (base_host_class,),
                    {"__slots__": extra})
        _HOST_CLASSES[base_host_class] = host
    return host


def _host_has_slot(cls, name):
    return any(name in getattr(k, "__slots__", ()) for k in cls.__mro__)


def _new_instance(w_type):
    """Allocate an instance of a heap type (tp_alloc), fields empty."""
    host = w_type.host_class
    if host is W_Instance:
        return W_Instance(w_type)
    w_obj = host.__new__(host)
    W_Object.__init__(w_obj, w_type)
    w_obj.w_dict = None
    w_obj.slots_w = [None] * w_type.nslots if w_type.nslots else None
    w_obj.weakrefs = None
    return w_obj


def _excess_args(args_w, kwnames):
    return bool(args_w)


@builtin_type("object", flags=BASETYPE, host_class=W_Object)
class ObjectType:
    """object()
--

The base class of the class hierarchy.

When called, it accepts no arguments and returns a new featureless
instance that has no instance attributes and cannot be given any.
"""

    @slot("tp_getattro")
    def getattro(self, w_name):
        return generic_getattr(self, w_name)

    @slot("tp_setattro")
    def setattro(self, w_name, w_value):
        generic_setattr(self, w_name, w_value)

    @slot("tp_repr")
    def repr(self):
        from glass.objects.str import new_str
        w_type = self.ob_type
        module = type_module_name(w_type)
        if module and module != "builtins":
            return new_str("<%s.%s object at %#x>" % (module, w_type.qualname, id(self)))
        return new_str("<%s object at %#x>" % (w_type.qualname, id(self)))

    @slot("tp_str")
    def str(self):
        """Counterpart: object_str: the type's tp_repr called directly, not
        through PyObject_Repr (no recursion guard of its own; the caller,
        PyObject_Str, checks the result)."""
        func = self.ob_type.tp_repr or ObjectType.repr
        return func(self)

    @slot("tp_hash")
    def hash(self):
        # _Py_HashPointer: the address rotated by 4 bits.
        address = id(self)
        return ((address >> 4) | (address << 60)) & ((1 << 63) - 1)

    @slot("tp_richcompare")
    def richcompare(self, w_other, op):
        """Counterpart: object_richcompare."""
        from glass.objects.bool import new_bool
        from glass.objects.none import w_NotImplemented
        if op == EQ:
            if self is w_other:
                return new_bool(True)
        elif op == NE:
            # __ne__ inverts __eq__ unless that says NotImplemented.
            eq = self.ob_type.tp_richcompare
            if eq is not None:
                w_res = eq(self, w_other, EQ)
                if w_res is w_NotImplemented:
                    return w_res
                try:
                    return new_bool(not abstract.is_true(w_res))
                finally:
                    decref(w_res)
        w_NotImplemented.ob_refcnt += 1
        return w_NotImplemented

    @slot("tp_init")
    def init(self, args_w, kwnames):
        """Counterpart: object_init."""
        w_type = self.ob_type
        if args_w:
            if w_type.tp_init is not ObjectType.init:
                raise type_error("object.__init__() takes exactly one argument "
                                 "(the instance to initialize)")
            if w_type.tp_new is ObjectType.new:
                raise type_error("%s.__init__() takes exactly one argument "
                                 "(the instance to initialize)" % w_type.name)

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        """Counterpart: object_new."""
        if args_w:
            if w_type.tp_new is not ObjectType.new:
                raise type_error("object.__new__() takes exactly one argument "
                                 "(the type to instantiate)")
            if w_type.tp_init is ObjectType.init:
                raise type_error("%s() takes no arguments" % w_type.name)
        if w_type.flags & IS_ABSTRACT_FLAG:
            _abstract_error(w_type)
        if w_type is W_Object.w_type:
            return W_Object(w_type)
        return _new_instance(w_type)

    @slot("tp_dealloc")
    def dealloc(self):
        """object_dealloc: a plain object holds no references."""

    @getter("__class__")
    def get_class(self):
        self.ob_type.ob_refcnt += 1
        return self.ob_type

    @setter("__class__")
    def set_class(self, w_value):
        if w_value is None:
            raise type_error("can't delete __class__ attribute")
        if not isinstance(w_value, W_Type):
            raise type_error("__class__ must be set to a class, not '%s' object"
                             % w_value.ob_type.name)
        audit("object.__setattr__", self, "__class__", w_value)
        w_old = self.ob_type
        from glass.objects.module import W_Module
        w_module_type = W_Module.w_type
        if not (w_value.is_subtype(w_module_type) and w_old.is_subtype(w_module_type)) \
                and (w_value.flags & IMMUTABLETYPE or w_old.flags & IMMUTABLETYPE):
            raise type_error("__class__ assignment only supported for mutable types "
                             "or ModuleType subclasses")
        check_compatible_for_assignment(w_old, w_value, "__class__")
        if not _host_can_become(self, w_value):
            raise type_error("__class__ assignment: '%s' object layout differs from '%s'"
                             % (w_value.name, w_old.name))
        # A builtin module type is not a heap type; its instances hold no
        # reference to it (the type object lives forever).
        if w_value.flags & HEAPTYPE:
            w_value.ob_refcnt += 1
        self.ob_type = w_value
        if w_old.flags & HEAPTYPE:
            decref(w_old)

    @method("($self, format_spec, /)")
    def __format__(self, w_spec):
        """Default object formatter."""
        from glass.objects.str import W_Str
        if not isinstance(w_spec, W_Str):
            raise type_error("__format__() argument must be str, not %s"
                             % argument_type_name(w_spec))
        if w_spec.value:
            raise type_error("unsupported format string passed to %s.__format__"
                             % self.ob_type.name)
        return abstract.str(self)

    @method("($self, protocol, /)")
    def __reduce_ex__(self, w_protocol):
        """Helper for pickle."""
        from glass.objects.objectreduce import reduce_ex
        return reduce_ex(self, abstract.int_value(w_protocol))

    @method("($self, /)")
    def __reduce__(self):
        """Helper for pickle."""
        from glass.objects.objectreduce import common_reduce
        return common_reduce(self, 0)

    @method("($self, /)")
    def __getstate__(self):
        """Helper for pickle."""
        from glass.objects.objectreduce import default_state
        return default_state(self, False)

    @method("($self, /)")
    def __sizeof__(self):
        """Size of object in memory, in bytes."""
        from glass.objects.int import new_int
        from glass.objects.layout import variable_size
        w_type = self.ob_type
        size = w_type.basicsize
        if w_type.itemsize:
            size += w_type.itemsize * variable_size(self)
        return new_int(size)

    @method("($self, /)")
    def __dir__(self):
        """Default dir() implementation."""
        from glass.objects.list import W_List
        from glass.objects.str import new_str
        names = set()
        w_dict = getattr(self, "w_dict", None)
        if w_dict is not None:
            names.update(k.value for k, _ in w_dict.item_pairs() if hasattr(k, "value"))
        for w_class in self.ob_type.mro:
            names.update(w_class.dict)
        return W_List([new_str(n) for n in names])

    @no_text_signature
    @method("($type, /, **kwargs)", kind="classmethod")
    def __init_subclass__(w_type, kwargs):
        """This method is called when a class is subclassed.

The default implementation does nothing. It may be
overridden to extend subclasses.
"""
        if kwargs:
            raise type_error("%s.__init_subclass__() takes no keyword arguments"
                             % w_type.name)

    @no_text_signature
    @method("($type, subclass, /)", kind="classmethod")
    def __subclasshook__(w_type, w_subclass):
        """Abstract classes can override this to customize issubclass().

This is invoked early on by abc.ABCMeta.__subclasscheck__().
It should return True, False or NotImplemented.  If it returns
NotImplemented, the normal algorithm is used.  Otherwise, it
overrides the normal algorithm (and the outcome is cached).
"""
        from glass.objects.none import w_NotImplemented
        w_NotImplemented.ob_refcnt += 1
        return w_NotImplemented


IS_ABSTRACT_FLAG = 1 << 20


def _abstract_error(w_type):
    w_methods = w_type.lookup("__abstractmethods__")
    names = sorted(abstract.str_text(w) for w in abstract.iterate(w_methods)) \
        if w_methods is not None else []
    raise type_error("Can't instantiate abstract class %s with abstract method%s %s"
                     % (w_type.name, "" if len(names) == 1 else "s", ", ".join(names)))


def _is_heap_slot_new(func):
    return func is slot_tp_new


def took_type_reference(w_obj, w_subtype):
    """A builtin tp_new just allocated w_obj as an instance of the heap type
    w_subtype: the instance owns a reference to its class (tp_alloc does
    Py_INCREF(type) for heap types), released by subtype_dealloc."""
    if w_obj.ob_type is w_subtype:
        w_subtype.ob_refcnt += 1
        if w_subtype.flags & HAVE_GC and not gc_is_tracked(w_obj):
            gc_link(w_obj)           # a builtin base's instance, now a GC object


def subtype_dealloc(w_obj):
    """The tp_dealloc of every class made by a class statement.

    Counterpart: subtype_dealloc: __del__ first (PEP 442: the object may be
    resurrected), then the instance dict and the __slots__ values, then the
    dealloc of the nearest builtin base (a list subclass releases its items).
    """
    finalize = w_obj.ob_type.tp_finalize
    if finalize is not None and not getattr(w_obj, "gc_finalized", False):
        from glass.vm import pystate
        # PyObject_CallFinalizerFromDealloc: __del__ runs once per object,
        # even when it resurrects the object and it dies again later.
        w_obj.gc_finalized = True
        w_obj.ob_refcnt = 1              # alive again for the call, as in CPython
        pystate.call_finalizer(finalize, w_obj)
        w_obj.ob_refcnt -= 1
        if w_obj.ob_refcnt > 0:
            return                       # the finalizer resurrected it
    if getattr(w_obj, "weakrefs", None):
        from glass.objects.weakrefobject import clear_weakrefs
        clear_weakrefs(w_obj)            # after __del__, before the dict goes
    w_dict = getattr(w_obj, "w_dict", None)
    if w_dict is not None:
        w_obj.w_dict = None
        decref(w_dict)
    slots_w = getattr(w_obj, "slots_w", None)
    if slots_w:
        w_obj.slots_w = None
        for w_value in slots_w:
            xdecref(w_value)
    w_type = w_obj.ob_type
    base_dealloc = _builtin_base_dealloc(w_type)
    if base_dealloc is not None:
        base_dealloc(w_obj)
    decref(w_type)                       # the instance's reference to its class


def _builtin_base(w_type):
    """The nearest builtin (non-heap) class on the MRO: the solid base whose
    slots handle what the instance inherits."""
    for w_class in w_type.mro:
        if not (w_class.flags & HEAPTYPE):
            return w_class
    return W_Object.w_type


def _base_owns_dict(w_base):
    """The builtin base keeps the instance dict itself (exceptions, modules,
    functions): its own traverse and clear handle it."""
    return any(w_class.typedef is not None and "__dict__" in w_class.typedef.getters
               for w_class in w_base.mro)


def subtype_traverse(w_obj, visit):
    """The tp_traverse of every class made by a class statement.

    Counterpart: subtype_traverse: the __slots__ values, the instance dict,
    the class itself (an instance owns a reference to its class), then
    whatever the builtin base holds (a list subclass's items)."""
    slots_w = getattr(w_obj, "slots_w", None)
    if slots_w:
        for w_value in slots_w:
            if w_value is not None:
                visit(w_value)
    w_base = _builtin_base(w_obj.ob_type)
    if not _base_owns_dict(w_base):
        w_dict = getattr(w_obj, "w_dict", None)
        if w_dict is None:
            pass
        elif is_inline_dict(w_dict):         # the values are the instance's own
            w_dict.traverse_values(visit)
        else:
            visit(w_dict)
    visit(w_obj.ob_type)
    base_traverse = w_base.tp_traverse
    if base_traverse is not None:
        base_traverse(w_obj, visit)


def subtype_clear(w_obj):
    """Counterpart: subtype_clear: drop the __slots__ values and the
    instance dict, then let the builtin base clear what it holds."""
    slots_w = getattr(w_obj, "slots_w", None)
    if slots_w:
        for index, w_value in enumerate(slots_w):
            if w_value is not None:
                slots_w[index] = None
                decref(w_value)
    w_base = _builtin_base(w_obj.ob_type)
    if not _base_owns_dict(w_base):
        w_dict = getattr(w_obj, "w_dict", None)
        if w_dict is not None:
            w_obj.w_dict = None
            decref(w_dict)
    base_clear = w_base.tp_clear
    if base_clear is not None:
        base_clear(w_obj)


def _builtin_base_dealloc(w_type):
    """The tp_dealloc of the nearest builtin (non-heap) base, if it has one."""
    for w_class in w_type.mro:
        if not (w_class.flags & HEAPTYPE):
            func = w_class.typedef.slots.get("tp_dealloc") if w_class.typedef else None
            if func is not None and func is not ObjectType.dealloc:
                return func
            if func is ObjectType.dealloc:
                return None
    return None


def type_module_name(w_type):
    """The __module__ of a type, as a host str ('builtins' for builtin types)."""
    if not (w_type.flags & HEAPTYPE):
        return "builtins"
    w_module = w_type.dict.get("__module__")
    if w_module is not None and hasattr(w_module, "value"):
        return w_module.value
    return None


# --- type ----------------------------------------------------------------------------

@builtin_type("type", flags=BASETYPE | HAVE_GC | TYPE_SUBCLASS, host_class=W_Type)
class TypeType:
    """type(object) -> the object's type
type(name, bases, dict, **kwds) -> a new type"""

    @slot("nb_or")
    def or_(w_left, w_right):
        """X | Y: a types.UnionType (Objects/unionobject.c, _Py_union_type_or)."""
        from glass.objects.unionobject import union_or
        return union_or(w_left, w_right)

    @slot("tp_call")
    def call(self, args_w, kwnames):
        """Counterpart: type_call: __new__, then __init__ if it made an instance."""
        if self is TypeType.w_type:
            # type(x) is x's type; only type itself has the one-argument form.
            nargs = len(args_w) - (len(kwnames) if kwnames else 0)
            if nargs == 1:
                if kwnames:                     # type_vectorcall's _PyArg_NoKwnames
                    raise type_error("type() takes no keyword arguments")
                w_type = args_w[0].ob_type
                w_type.ob_refcnt += 1
                return w_type
            if nargs != 3:
                raise type_error("type() takes 1 or 3 arguments")
        if self.tp_new is None:
            raise type_error("cannot create '%s' instances" % self.name)
        w_obj = self.tp_new(self, args_w, kwnames)
        if self.flags & HEAPTYPE and not _is_heap_slot_new(self.tp_new):
            took_type_reference(w_obj, self)
        if not w_obj.ob_type.is_subtype(self):
            return w_obj
        init = w_obj.ob_type.tp_init
        if init is not None:
            try:
                init(w_obj, args_w, kwnames)
            except OperationError:
                decref(w_obj)
                raise
        return w_obj

    @slot("tp_new")
    def new(w_metatype, args_w, kwnames):
        return type_new(w_metatype, args_w, kwnames)

    @slot("tp_init")
    def init(self, args_w, kwnames):
        nargs = len(args_w) - (len(kwnames) if kwnames else 0)
        if nargs not in (1, 3):
            raise type_error("type.__init__() takes 1 or 3 arguments")

    @slot("tp_getattro")
    def getattro(self, w_name):
        """Counterpart: type_getattro: the metatype's data descriptors, then the
        type's own MRO (binding with no instance), then the metatype's rest."""
        name = attribute_name(w_name)
        w_meta = self.ob_type
        w_meta_attr = w_meta.lookup(name)
        meta_get = None
        if w_meta_attr is not None:
            meta_get = w_meta_attr.ob_type.tp_descr_get
            if meta_get is not None and w_meta_attr.ob_type.tp_descr_set is not None:
                return meta_get(w_meta_attr, self, w_meta)
        w_attr = self.lookup(name)
        if w_attr is not None:
            local_get = w_attr.ob_type.tp_descr_get
            if local_get is not None:
                return local_get(w_attr, None, self)
            w_attr.ob_refcnt += 1
            return w_attr
        if meta_get is not None:
            return meta_get(w_meta_attr, self, w_meta)
        if w_meta_attr is not None:
            w_meta_attr.ob_refcnt += 1
            return w_meta_attr
        raise _attribute_error(self, name)

    @slot("tp_setattro")
    def setattro(self, w_name, w_value):
        """Counterpart: type_setattro: builtin types are immutable, and so
        are heap types made immutable (_ssl's SSLError, made from a spec)."""
        name = attribute_name(w_name)
        if self.flags & IMMUTABLETYPE or not (self.flags & HEAPTYPE):
            raise type_error("cannot set '%s' attribute of immutable type '%s'"
                             % (name, self.name))
        w_meta_attr = self.ob_type.lookup(name)
        if w_meta_attr is not None and w_meta_attr.ob_type.tp_descr_set is not None:
            w_meta_attr.ob_type.tp_descr_set(w_meta_attr, self, w_value)
            return
        if w_value is None:
            w_old = self.dict.pop(name, None)
            if w_old is None:
                raise _attribute_error(self, name)
            decref(w_old)
        else:
            w_value.ob_refcnt += 1
            w_old = self.dict.get(name)
            self.dict[name] = w_value
            xdecref(w_old)
        if name.startswith("__") and name.endswith("__"):
            from glass.objects.typeslots import update_heap_slots
            _update_subtree(self, lambda w_class: update_heap_slots(w_class, (name,)))

    @slot("tp_repr")
    def repr(self):
        from glass.objects.str import new_str
        module = type_module_name(self)
        if module and module != "builtins":
            return new_str("<class '%s.%s'>" % (module, self.qualname))
        return new_str("<class '%s'>" % self.qualname)

    @slot("tp_dealloc")
    def dealloc(self):
        """Counterpart: type_dealloc (heap types only: static ones never die)."""
        for w_b in self.w_bases:
            subclasses = w_b.w_subclasses
            for index, w_sub in enumerate(subclasses):
                if w_sub is self:         # tp_subclasses holds weak references
                    del subclasses[index]
                    break
        if self.weakrefs:
            from glass.objects.weakrefobject import clear_weakrefs
            clear_weakrefs(self)
        values_w = list(self.dict.values())
        self.dict.clear()
        for attr in ("w_ht_name", "w_ht_qualname"):
            w_text = getattr(self, attr)
            if w_text is not None:
                setattr(self, attr, None)
                values_w.append(w_text)
        mro, self.mro = self.mro, ()
        bases_w, self.w_bases = self.w_bases, ()
        w_base, self.w_base = self.w_base, None
        for w_value in values_w:
            decref(w_value)
        for w_class in mro:
            decref(w_class)
        for w_b in bases_w:
            decref(w_b)
        if w_base is not None:
            decref(w_base)

    @slot("tp_traverse")
    def traverse(self, visit):
        """Counterpart: type_traverse (for heap types; static types are not
        GC objects): the dict's values, the MRO, the bases."""
        for w_value in self.dict.values():
            visit(w_value)
        for w_class in self.mro:
            visit(w_class)
        for w_b in self.w_bases:
            visit(w_b)
        if self.w_base is not None:
            visit(self.w_base)

    @slot("tp_clear")
    def clear(self):
        """Counterpart: type_clear: empty the dict and drop the MRO, which
        holds the class itself (the cycle every class is part of)."""
        values_w = list(self.dict.values())
        self.dict.clear()
        mro, self.mro = self.mro, ()
        self.modified()
        for w_value in values_w:
            decref(w_value)
        for w_class in mro:
            decref(w_class)

    @getter("__name__")
    def get_name(self):
        """type_name: a static type's tp_name after its last dot ("sys.flags")."""
        from glass.objects.str import new_str
        if self.flags & HEAPTYPE:
            w_name = self.w_ht_name
            if w_name is None or w_name.value != self.name:
                self.w_ht_name = new_str(self.name)
                xdecref(w_name)
            self.w_ht_name.ob_refcnt += 1
            return self.w_ht_name
        return new_str(self.name.rsplit(".", 1)[-1])

    @setter("__name__")
    def set_name(self, w_value):
        from glass.objects.str import W_Str
        _check_special_set(self, "__name__", w_value)
        if not isinstance(w_value, W_Str):
            raise type_error("can only assign string to %s.__name__, not '%s'"
                             % (self.name, w_value.ob_type.name))
        _check_type_name(w_value)
        self.name = w_value.value

    @getter("__qualname__")
    def get_qualname(self):
        from glass.objects.str import new_str
        if self.flags & HEAPTYPE:
            w_qualname = self.w_ht_qualname
            if w_qualname is None or w_qualname.value != self.qualname:
                self.w_ht_qualname = new_str(self.qualname)
                xdecref(w_qualname)
            self.w_ht_qualname.ob_refcnt += 1
            return self.w_ht_qualname
        return new_str(self.name.rsplit(".", 1)[-1])

    @setter("__qualname__")
    def set_qualname(self, w_value):
        from glass.objects.str import W_Str
        _check_special_set(self, "__qualname__", w_value)
        if not isinstance(w_value, W_Str):
            raise type_error("can only assign string to %s.__qualname__, not '%s'"
                             % (self.name, w_value.ob_type.name))
        self.qualname = w_value.value

    @getter("__module__")
    def get_module(self):
        from glass.objects.str import new_str
        if self.flags & HEAPTYPE:
            w_module = self.dict.get("__module__")
            if w_module is None:
                raise _attribute_error(self, "__module__")
            w_module.ob_refcnt += 1
            return w_module
        if "." in self.name:                 # type_module: "sys.flags" is in sys
            return new_str(self.name.rsplit(".", 1)[0])
        return new_str("builtins")

    @setter("__module__")
    def set_module(self, w_value):
        """Counterpart: type_set_module: a heap type's __module__ is an
        entry of its dict (a deletion is refused by the check)."""
        _check_special_set(self, "__module__", w_value)
        w_value.ob_refcnt += 1
        w_old = self.dict.get("__module__")
        self.dict["__module__"] = w_value
        if w_old is not None:
            decref(w_old)

    @getter("__abstractmethods__")
    def get_abstractmethods(self):
        """Counterpart: type_abstractmethods: only a class's own dict, and
        never for `type` itself (whose dict holds this descriptor)."""
        w_value = self.dict.get("__abstractmethods__") if self is not TypeType.w_type \
            else None
        if w_value is None:
            from glass.objects.exceptions import attribute_error
            raise attribute_error("__abstractmethods__")
        w_value.ob_refcnt += 1
        return w_value

    @setter("__abstractmethods__")
    def set_abstractmethods(self, w_value):
        """Counterpart: type_set_abstractmethods: the value decides the
        IS_ABSTRACT flag object.__new__ checks; deleting clears it."""
        if w_value is None:
            w_old = self.dict.pop("__abstractmethods__", None)
            if w_old is None:
                raise _attribute_error(self, "__abstractmethods__")
            decref(w_old)
            self.flags &= ~IS_ABSTRACT_FLAG
            return
        abstract_ = abstract.is_true(w_value)
        w_value.ob_refcnt += 1
        w_old = self.dict.get("__abstractmethods__")
        self.dict["__abstractmethods__"] = w_value
        if w_old is not None:
            decref(w_old)
        if abstract_:
            self.flags |= IS_ABSTRACT_FLAG
        else:
            self.flags &= ~IS_ABSTRACT_FLAG

    @method("($self, /)")
    def __sizeof__(self):
        """Return memory consumption of the type object."""
        from glass.objects.int import new_int
        from glass.objects.layout import HEAP_TYPE_SIZE, SHARED_KEYS_SIZE, STATIC_TYPE_SIZE
        from glass.objects.layout import MANAGED_DICT
        if not self.flags & HEAPTYPE:
            return new_int(STATIC_TYPE_SIZE)
        # type___sizeof___impl: a class also pays for the keys its
        # instances' attribute dicts share (ht_cached_keys).
        return new_int(HEAP_TYPE_SIZE + (SHARED_KEYS_SIZE if self.flags & MANAGED_DICT else 0))

    @getter("__basicsize__", member=True)
    def get_basicsize(self):
        from glass.objects.int import new_int
        return new_int(self.basicsize)

    @getter("__itemsize__", member=True)
    def get_itemsize(self):
        from glass.objects.int import new_int
        return new_int(self.itemsize)

    @getter("__dictoffset__", member=True)
    def get_dictoffset(self):
        from glass.objects.int import new_int
        return new_int(self.dictoffset)

    @getter("__weakrefoffset__", member=True)
    def get_weakrefoffset(self):
        from glass.objects.int import new_int
        return new_int(self.weaklistoffset)

    @getter("__mro__", member=True)
    def get_mro(self):
        from glass.objects.tuple import new_tuple
        if not self.mro:
            return None                # tp_mro NULL: the class's mro() is running
        return new_tuple(list(self.mro))

    @getter("__bases__")
    def get_bases(self):
        from glass.objects.tuple import new_tuple
        return new_tuple(list(self.w_bases))

    @getter("__base__", member=True)
    def get_base(self):
        if self.w_base is None:
            return None
        self.w_base.ob_refcnt += 1
        return self.w_base

    @getter("__dict__")
    def get_dict(self):
        from glass.objects.mappingproxy import W_MappingProxy
        return W_MappingProxy.of_type(self)

    @getter("__doc__")
    def get_doc(self):
        """Counterpart: type_get_doc: a builtin type's tp_doc, else the
        dict's __doc__ (bound if it is a descriptor)."""
        if not (self.flags & HEAPTYPE) and self.doc is not None:
            from glass.objects.str import new_str
            return new_str(self.doc)
        w_doc = self.dict.get("__doc__")
        if w_doc is None:
            return None
        if w_doc.ob_type.tp_descr_get is not None:
            return w_doc.ob_type.tp_descr_get(w_doc, None, self)
        w_doc.ob_refcnt += 1
        return w_doc

    @getter("__text_signature__")
    def get_text_signature(self):
        """Counterpart: type_get_text_signature: the signature at the head of
        the type's internal doc ("list(iterable=(), /)\n--\n\n..."), for a
        class statement's class read from its __doc__."""
        from glass.objects.str import W_Str, new_str_or_none
        from glass.objects.type import split_internal_doc
        if not self.flags & HEAPTYPE:
            return new_str_or_none(self.text_signature)
        w_doc = self.dict.get("__doc__")
        if not isinstance(w_doc, W_Str):
            return new_str_or_none(None)
        return new_str_or_none(split_internal_doc(self.name, w_doc.value)[0])

    @setter("__doc__")
    def set_doc(self, w_value):
        """Counterpart: type_set_doc: a heap type's __doc__ is a dict entry."""
        _check_special_set(self, "__doc__", w_value)
        w_value.ob_refcnt += 1
        w_old = self.dict.get("__doc__")
        self.dict["__doc__"] = w_value
        if w_old is not None:
            decref(w_old)

    @getter("__itemsize__", member=True)
    def get_itemsize(self):
        """tp_itemsize: the size of an item of a variable-sized instance, as
        CPython 3.11 on a 64-bit machine has it (a heap type inherits its
        builtin base's)."""
        from glass.objects.int import new_int
        w_static = _static_base(self)
        while w_static is not None and w_static.name not in _ITEMSIZES:
            w_static = w_static.w_base
        return new_int(_ITEMSIZES[w_static.name] if w_static is not None else 0)

    @getter("__annotations__")
    def get_annotations(self):
        """Counterpart: type_get_annotations: the class's own dict entry
        (never a base's), an empty dict stored on first use."""
        if not (self.flags & HEAPTYPE):
            from glass.objects.exceptions import attribute_error
            raise attribute_error("type object '%s' has no attribute '__annotations__'"
                                  % self.name)
        w_annotations = self.dict.get("__annotations__")
        if w_annotations is None:
            from glass.objects.dict import W_Dict
            w_annotations = self.dict["__annotations__"] = W_Dict()
        elif w_annotations.ob_type.tp_descr_get is not None:
            return w_annotations.ob_type.tp_descr_get(w_annotations, None, self)
        w_annotations.ob_refcnt += 1
        return w_annotations

    @setter("__annotations__")
    def set_annotations(self, w_value):
        """Counterpart: type_set_annotations."""
        if self.flags & IMMUTABLETYPE or not (self.flags & HEAPTYPE):
            raise type_error("cannot set '__annotations__' attribute of immutable type '%s'"
                             % self.name)
        if w_value is None:
            w_old = self.dict.pop("__annotations__", None)
            if w_old is None:
                from glass.objects.exceptions import attribute_error
                raise attribute_error("__annotations__")
        else:
            w_value.ob_refcnt += 1
            w_old = self.dict.get("__annotations__")
            self.dict["__annotations__"] = w_value
        xdecref(w_old)

    @setter("__bases__")
    def set_bases(self, w_value):
        """Counterpart: type_set_bases: new bases for a class whose instance
        layout they keep; the MRO and the inherited slots of the class and
        its subclasses are computed again."""
        from glass.objects.tuple import W_Tuple
        _check_special_set(self, "__bases__", w_value)
        if not isinstance(w_value, W_Tuple):
            raise type_error("can only assign tuple to %s.__bases__, not %s"
                             % (self.name, w_value.ob_type.name))
        bases_w = list(w_value.items)
        if not bases_w:
            raise type_error("can only assign non-empty tuple to %s.__bases__, not ()"
                             % self.name)
        for w_base in bases_w:
            if not isinstance(w_base, W_Type):
                raise type_error("%s.__bases__ must be tuple of classes, not '%s'"
                                 % (self.name, w_base.ob_type.name))
            if w_base.is_subtype(self) or (w_base.mro and _in_base_chain(w_base, self)):
                # The tp_base chain too: a reentrant mro() may have set it
                # before the MROs were computed again.
                raise type_error("a __bases__ item causes an inheritance cycle")
        w_new_base = best_base(bases_w)
        check_compatible_for_assignment(self.w_base, w_new_base, "__bases__")
        if not _host_fields(_static_base(w_new_base).host_class) <= _host_fields(self.host_class):
            # Glass's own condition: the new builtin base's code must find
            # its fields on the instances (their host class stays).
            raise type_error("__bases__ assignment: '%s' object layout differs from '%s'"
                             % (w_new_base.name, self.w_base.name))
        old_bases, old_base, old_mro = self.w_bases, self.w_base, self.mro
        for w_b in old_bases:
            if self in w_b.w_subclasses:
                w_b.w_subclasses.remove(self)
        for w_b in bases_w:
            w_b.ob_refcnt += 1
            w_b.w_subclasses.append(self)
        w_new_base.ob_refcnt += 1
        new_bases = self.w_bases = tuple(bases_w)
        self.w_base = w_new_base
        replaced = []            # (class, its old MRO): mro_hierarchy's undo list

        def recompute(w_class):
            new = mro_invoke(w_class)
            for w_item in new:
                w_item.ob_refcnt += 1
            replaced.append((w_class, w_class.mro))
            w_class.mro = new
            _mro_changed(w_class)
        try:
            _update_subtree(self, recompute)
        except OperationError:
            # type_set_bases undoes the assignment when an mro() fails: every
            # MRO already replaced is put back, then the bases.
            for w_class, old in reversed(replaced):
                new, w_class.mro = w_class.mro, old
                _mro_changed(w_class)
                for w_item in new:
                    decref(w_item)
            if self.w_bases is new_bases:
                for w_b in bases_w:
                    if self in w_b.w_subclasses:
                        w_b.w_subclasses.remove(self)
                for w_b in old_bases:
                    w_b.w_subclasses.append(self)
                self.w_bases, self.w_base = old_bases, old_base
                for w_b in bases_w:
                    decref(w_b)
                decref(w_new_base)
            else:
                # A reentrant assignment (from an mro()) replaced the bases
                # and took over: the old ones are released, as in C.
                for w_b in old_bases:
                    decref(w_b)
                decref(old_base)
            raise
        for _w_class, old in replaced:
            for w_item in old:
                decref(w_item)
        from glass.objects.typeslots import update_heap_slots
        _update_subtree(self, update_heap_slots)
        for w_b in old_bases:
            decref(w_b)
        decref(old_base)
        del old_mro

    @getter("__flags__", member=True)
    def get_flags(self):
        from glass.objects.int import new_int
        ready = 1 << 12 if self.is_ready else 0          # Py_TPFLAGS_READY
        return new_int(self.flags | ready)

    @method("($self, /)")
    def mro(self):
        """Return a type's method resolution order."""
        from glass.objects.list import W_List
        for w_class in compute_mro(self):
            w_class.ob_refcnt += 1
        return W_List(list(compute_mro(self)))

    @method("($self, /)")
    def __subclasses__(self):
        """Return a list of immediate subclasses."""
        from glass.objects.list import W_List
        for w_class in self.w_subclasses:
            w_class.ob_refcnt += 1
        return W_List(list(self.w_subclasses))

    @method("($self, instance, /)")
    def __instancecheck__(self, w_instance):
        """Check if an object is an instance."""
        from glass.objects.bool import new_bool
        return new_bool(w_instance.ob_type.is_subtype(self))

    @method("($self, subclass, /)")
    def __subclasscheck__(self, w_subclass):
        """Check if a class is a subclass."""
        from glass.objects.bool import new_bool
        if not isinstance(w_subclass, W_Type):
            raise type_error("issubclass() arg 1 must be a class")
        return new_bool(w_subclass.is_subtype(self))

    @no_text_signature
    @method("($type, name, bases, /, **kwds)", kind="classmethod")
    def __prepare__(w_type, w_name, w_bases, kwargs):
        """Create the namespace for the class statement"""
        from glass.objects.dict import W_Dict
        return W_Dict()


# tp_itemsize of the variable-sized builtin types (64-bit CPython 3.11).
_ITEMSIZES = {"int": 4, "bool": 4, "bytes": 1, "tuple": 8, "type": 40, "memoryview": 8,
              "code": 2, "frame": 8}


def _compatible_with_base(w_child):
    """Counterpart: compatible_with_tp_base: the class adds nothing to its
    base's instance layout."""
    w_parent = w_child.w_base
    return (w_parent is not None
            and w_child.basicsize == w_parent.basicsize
            and w_child.itemsize == w_parent.itemsize
            and w_child.dictoffset == w_parent.dictoffset
            and w_child.weaklistoffset == w_parent.weaklistoffset
            and w_child.flags & HAVE_GC == w_parent.flags & HAVE_GC
            and (w_child.tp_dealloc is subtype_dealloc
                 or w_child.tp_dealloc is w_parent.tp_dealloc))


def _same_slots_added(w_a, w_b):
    """Counterpart: same_slots_added: two classes on the same base add the
    same __slots__ (and the same dict and weakref pointers)."""
    from glass.objects.layout import POINTER
    size = w_a.w_base.basicsize
    if w_a.dictoffset == size and w_b.dictoffset == size:
        size += POINTER
    if w_a.weaklistoffset == size and w_b.weaklistoffset == size:
        size += POINTER
    if not (w_a.flags & HEAPTYPE and w_b.flags & HEAPTYPE):
        return False
    if "__slots__" in w_a.dict and "__slots__" in w_b.dict:     # ht_slots
        if w_a.slot_names != w_b.slot_names:
            return False
        size += POINTER * len(w_a.slot_names)
    return size == w_a.basicsize and size == w_b.basicsize


def check_compatible_for_assignment(w_old, w_new, attr):
    """Counterpart: compatible_for_assignment: instances of w_old may
    become instances of w_new (__class__ or __bases__ assignment)."""
    from glass.objects.layout import MANAGED_DICT
    if w_new.flags & HAVE_GC != w_old.flags & HAVE_GC:          # tp_free
        raise type_error("%s assignment: '%s' deallocator differs from '%s'"
                         % (attr, w_new.name, w_old.name))
    w_new_base, w_old_base = w_new, w_old
    while _compatible_with_base(w_new_base):
        w_new_base = w_new_base.w_base
    while _compatible_with_base(w_old_base):
        w_old_base = w_old_base.w_base
    if (w_new_base is w_old_base
            or (w_new_base.w_base is w_old_base.w_base
                and _same_slots_added(w_new_base, w_old_base))):
        if w_new.flags & MANAGED_DICT == w_old.flags & MANAGED_DICT:
            return
    raise type_error("%s assignment: '%s' object layout differs from '%s'"
                     % (attr, w_new.name, w_old.name))


def _host_fields(host_class):
    fields = set()
    for klass in host_class.__mro__:
        fields.update(getattr(klass, "__slots__", ()))
    return fields


def _host_can_become(w_obj, w_new):
    """Glass's own condition: the host object carries every field the new
    class's instances use (a module becoming a module subclass's instance)."""
    host, new_host = type(w_obj), w_new.host_class
    if host is new_host or issubclass(host, new_host):
        return True
    return issubclass(new_host, host) and _host_fields(new_host) <= _host_fields(host)


def _check_special_set(w_type, name, w_value):
    """check_set_special_type_attr: a builtin type's __name__, __bases__...
    cannot be set, nobody's can be deleted, and the audit hooks hear of
    the assignment before the value itself is checked."""
    if not (w_type.flags & HEAPTYPE):
        raise type_error("cannot set '%s' attribute of immutable type '%s'"
                         % (name, w_type.name))
    if w_value is None:
        raise type_error("cannot delete '%s' attribute of immutable type '%s'"
                         % (name, w_type.name))
    audit("object.__setattr__", w_type, name, w_value)


def _in_base_chain(w_type, w_target):
    """type_is_subtype_base_chain: is w_target on w_type's tp_base chain?"""
    while w_type is not None:
        if w_type is w_target:
            return True
        w_type = w_type.w_base
    return False


def _is_subtype_during_mro(w_a, w_b):
    """PyType_IsSubtype, which walks tp_base while tp_mro is still NULL."""
    if w_a.mro:
        return w_a.is_subtype(w_b)
    while w_a is not None:
        if w_a is w_b:
            return True
        w_a = w_a.w_base
    return w_b is W_Object.w_type


def mro_invoke(w_type):
    """Counterpart: mro_invoke: the MRO as a host tuple of classes (borrowed);
    a metaclass other than type decides it with its own mro(), whose answer
    is checked (mro_check)."""
    if w_type.ob_type is TypeType.w_type:
        return compute_mro(w_type)
    from glass.objects.heapslots import call_special
    w_result = call_special(w_type, "mro", [])
    try:
        items_w = list(abstract.iterate(w_result))
    finally:
        decref(w_result)
    for w_item in items_w:
        w_item.ob_refcnt -= 1        # kept alive by the hierarchy they came from
    if not items_w:
        raise type_error("type MRO must not be empty")
    w_solid = _solid_base(w_type)
    for w_item in items_w:
        if not isinstance(w_item, W_Type):
            raise type_error("mro() returned a non-class ('%s')" % w_item.ob_type.name)
        if not _is_subtype_during_mro(w_solid, _solid_base(w_item)):
            raise type_error("mro() returned base with unsuitable layout ('%s')"
                             % w_item.name)
    return tuple(items_w)


def _mro_changed(w_type):
    """Counterpart: type_mro_modified then PyType_Modified: cached lookups
    go, and a type whose MRO holds a class that is not one of its bases (a
    metaclass's mro() may put any class there) is cached no more, since
    that class's changes would not reach it through tp_subclasses."""
    ancestors = set()
    pending = [w_type]
    while pending:
        w_class = pending.pop()
        if id(w_class) not in ancestors:
            ancestors.add(id(w_class))
            pending.extend(w_class.w_bases)
    w_type.attr_cacheable = all(id(w_class) in ancestors for w_class in w_type.mro)
    w_type.modified()


def _update_subtree(w_type, update):
    update(w_type)
    for w_sub in list(w_type.w_subclasses):
        _update_subtree(w_sub, update)


# --- Class creation (type_new) ---------------------------------------------------------

def calculate_metaclass(w_metatype, bases_w):
    """Counterpart: _PyType_CalculateMetaclass: the most derived metaclass."""
    w_winner = w_metatype
    for w_base in bases_w:
        w_base_meta = w_base.ob_type
        if w_winner.is_subtype(w_base_meta):
            continue
        if w_base_meta.is_subtype(w_winner):
            w_winner = w_base_meta
            continue
        raise type_error("metaclass conflict: the metaclass of a derived class must "
                         "be a (non-strict) subclass of the metaclasses of all its bases")
    return w_winner


def _solid_base(w_type):
    """Counterpart: solid_base: the nearest base whose instance layout
    differs from its base's (a heap type adding __slots__; a builtin type
    whose instances are another host class than its base's)."""
    while w_type.w_base is not None:
        if w_type.flags & HEAPTYPE:
            if w_type.slot_names:
                break
        elif _adds_fields(w_type.host_class, w_type.w_base.host_class):
            break
        w_type = w_type.w_base
    return w_type


def _adds_fields(host_class, base_host_class):
    """Whether a builtin type's instances carry fields its base's do not
    (a host class that only overrides methods keeps the C layout)."""
    if host_class is base_host_class:
        return False
    if not issubclass(host_class, base_host_class):
        return True
    for klass in host_class.__mro__:
        if klass is base_host_class:
            return False
        if getattr(klass, "__slots__", ()) and "__slots__" in vars(klass):
            return True
    return True


def best_base(bases_w):
    """Counterpart: best_base: the base whose layout all others extend."""
    w_best, w_best_solid = None, None
    for w_base in bases_w:
        if not isinstance(w_base, W_Type):
            raise type_error("bases must be types")
        if not (w_base.flags & BASETYPE):
            raise type_error("type '%s' is not an acceptable base type" % w_base.name)
        w_solid = _solid_base(w_base)
        if w_best_solid is None:
            w_best, w_best_solid = w_base, w_solid
        elif w_best_solid.is_subtype(w_solid):
            pass                        # the first of equal layouts stays the base
        elif w_solid.is_subtype(w_best_solid):
            w_best, w_best_solid = w_base, w_solid
        else:
            raise type_error("multiple bases have instance lay-out conflict")
    return w_best


def type_new(w_metatype, args_w, kwnames):
    """Counterpart: type_new: type(name, bases, dict, **kwds) -> a new class."""
    from glass.objects.dict import W_Dict
    from glass.objects.str import W_Str
    from glass.objects.tuple import W_Tuple
    nkw = len(kwnames) if kwnames else 0
    nargs = len(args_w) - nkw
    if nargs != 3:
        raise type_error("type.__new__() takes exactly 3 arguments (%d given)" % nargs)
    w_name, w_bases, w_dict = args_w[0], args_w[1], args_w[2]
    if not isinstance(w_name, W_Str):
        raise type_error("type.__new__() argument 1 must be str, not %s"
                         % argument_type_name(w_name))
    _check_type_name(w_name)
    if not isinstance(w_bases, W_Tuple):
        raise type_error("type.__new__() argument 2 must be tuple, not %s"
                         % argument_type_name(w_bases))
    if not isinstance(w_dict, W_Dict):
        raise type_error("type.__new__() argument 3 must be dict, not %s"
                         % argument_type_name(w_dict))
    bases_w = list(w_bases.items)
    for w_b in bases_w:                       # type_new_get_bases
        if isinstance(w_b, W_Type):
            continue
        w_entries = abstract.lookup_attr_str(w_b, "__mro_entries__")
        if w_entries is not None:
            decref(w_entries)
            raise type_error("type() doesn't support MRO entry resolution; "
                             "use types.new_class()")
    w_winner = calculate_metaclass(w_metatype, bases_w)
    if w_winner is not w_metatype and w_winner.tp_new is not TypeType.new:
        return w_winner.tp_new(w_winner, args_w, kwnames)
    w_metatype = w_winner
    if not bases_w:
        bases_w = [W_Object.w_type]
    w_base = best_base(bases_w)

    # Every class made by a class statement is a GC type (type_new_alloc).
    w_type = W_Type(w_name.value, w_base, HEAPTYPE | BASETYPE | HAVE_GC, None)
    w_type.ob_type = w_metatype     # its reference is taken by type_call / __new__
    w_type.w_bases = tuple(bases_w)
    for w_b in bases_w:
        w_b.ob_refcnt += 1
    w_type.flags |= w_base.flags & INHERITED_FLAGS & ~IMMUTABLETYPE
    # The namespace becomes the type's dict (keys are host strs here), as
    # PyDict_Copy copies it: a mapping overriding __iter__ (an OrderedDict)
    # gives its own order.
    w_namespace = w_dict
    if w_dict.ob_type.tp_iter is not W_Dict.w_type.tp_iter:
        w_namespace = W_Dict()
        try:
            w_namespace.merge(w_dict, True)
        except OperationError:
            decref(w_namespace)
            raise
    try:
        for w_key, w_value in w_namespace.item_pairs():
            if isinstance(w_key, W_Str):
                w_value.ob_refcnt += 1
                w_type.dict[w_key.value] = w_value
    finally:
        if w_namespace is not w_dict:
            decref(w_namespace)
    _set_qualname(w_type)
    _set_module(w_type)
    # type_new_set_classcell takes the __class__ cell out of the namespace
    # (set before PyType_Ready computes the MRO: a metaclass's mro() may
    # call the class's methods); a "__classcell__" slot then gets its member.
    _set_classcell(w_type)
    w_type.has_dict, w_type.nslots = _layout(w_type, w_base)
    _set_class_layout(w_type, w_base)
    w_type.host_class = instance_host_class(w_base.host_class)
    if "__doc__" not in w_type.dict:
        from glass.objects.none import new_none
        w_type.dict["__doc__"] = new_none()
    elif isinstance(w_type.dict["__doc__"], W_Str):
        _as_utf8(w_type.dict["__doc__"])    # type_new_set_doc: tp_doc is UTF-8
    _special_methods(w_type)
    w_type.mro = ()                  # tp_mro NULL while mro() runs: lookups find nothing
    w_type.mro = mro_invoke(w_type)
    _mro_changed(w_type)
    # inherit_patma_flags: the first class of the MRO with a collection flag
    # gives it (not the best base: class M(C, UserDict, Sequence) maps).
    from glass.objects.type import MAPPING, SEQUENCE
    w_type.flags &= ~(SEQUENCE | MAPPING)
    for w_class in w_type.mro[1:]:
        if isinstance(w_class, W_Type) and w_class.flags & (SEQUENCE | MAPPING):
            w_type.flags |= w_class.flags & (SEQUENCE | MAPPING)
            break
    # tp_mro and tp_base hold strong references, as in CPython (so a class
    # is referenced by its own MRO: a cycle only the collector can break).
    for w_class in w_type.mro:
        w_class.ob_refcnt += 1
    w_base.ob_refcnt += 1
    for w_b in bases_w:
        w_b.w_subclasses.append(w_type)
    w_type.modified()                # from now on its bases' changes reach it
    from glass.objects.typeslots import update_heap_slots
    update_heap_slots(w_type)
    w_type.tp_dealloc = subtype_dealloc
    w_type.tp_traverse = subtype_traverse
    w_type.tp_clear = subtype_clear
    gc_link(w_type)                  # a class is a GC object (type_new_alloc)
    w_type.is_ready = True
    _set_names(w_type)
    _init_subclass(w_type, args_w[nargs:], kwnames)
    return w_type


def _as_utf8(w_str):
    """PyUnicode_AsUTF8: a lone surrogate cannot be encoded."""
    try:
        return w_str.value.encode("utf-8")
    except UnicodeEncodeError as error:
        from glass.objects.str import _unicode_error
        raise _unicode_error("UnicodeEncodeError", "utf-8", w_str, error.start, error.end,
                             "surrogates not allowed")


def _check_type_name(w_name):
    """type_new / type_set_name: tp_name is a C string."""
    if b"\0" in _as_utf8(w_name):
        from glass.objects.exceptions import value_error
        raise value_error("type name must not contain null characters")


def _set_qualname(w_type):
    from glass.objects.str import W_Str
    w_qualname = w_type.dict.pop("__qualname__", None)
    if w_qualname is not None:
        if not isinstance(w_qualname, W_Str):
            raise type_error("type __qualname__ must be a str, not %s"
                             % w_qualname.ob_type.name)
        w_type.qualname = w_qualname.value
        decref(w_qualname)
    else:
        w_type.qualname = w_type.name


def _set_module(w_type):
    """Counterpart: type_new_set_module: __module__ defaults to the
    __name__ of the globals of the code running the class statement."""
    if "__module__" in w_type.dict:
        return
    from glass.vm import pystate
    frame = pystate.current().frame
    if frame is None:
        return
    w_name = frame.w_globals.getitem_str("__name__")
    if w_name is not None:
        w_name.ob_refcnt += 1
        w_type.dict["__module__"] = w_name


def _set_class_layout(w_type, w_base):
    """__basicsize__ and friends as type_new_descriptors computes them."""
    from glass.objects.layout import class_layout
    # _layout decided whether the class adds a weakref list (__slots__
    # naming __weakref__, no __slots__, or a secondary base having one).
    wants_weakref = w_type.has_weakref
    new_slots = w_type.nslots - (getattr(w_base, "nslots", 0) or 0)
    (w_type.basicsize, w_type.itemsize, w_type.dictoffset, w_type.weaklistoffset,
     flags) = class_layout(w_base, new_slots, w_type.has_dict, wants_weakref)
    w_type.flags |= flags


def _layout(w_type, w_base):
    """__slots__: (whether instances get a __dict__, the number of slot values)."""
    from glass.objects import abstract as ab
    from glass.objects.descr import W_MemberDescr
    from glass.objects.str import W_Str
    base_nslots = getattr(w_base, "nslots", 0) or 0
    base_has_dict = _type_has_dict(w_base)
    base_has_weakref = _has_weakref(w_base)
    # type_new_slots: __weakref__ may be added when the base has none and
    # its instances are not variable-sized.
    may_add_weakref = not base_has_weakref and not _has_item_size(w_base)
    w_slots = w_type.dict.get("__slots__")
    if w_slots is None:
        w_type.has_weakref = base_has_weakref or may_add_weakref
        _add_dict_descriptors(w_type, not base_has_dict, may_add_weakref)
        return True, base_nslots
    if isinstance(w_slots, W_Str):
        items_w = [w_slots]
    else:
        items_w = _owned_list(ab.iterate(w_slots))
    if items_w and _has_item_size(w_base):
        raise type_error("nonempty __slots__ not supported for subtype of '%s'"
                         % _static_base(w_base).name)
    has_dict = base_has_dict
    add_weakref = False
    names = []
    for w_item in items_w:
        # type_new_visit_slots: names are identifiers; __dict__ at most once.
        if not isinstance(w_item, W_Str):
            raise type_error("__slots__ items must be strings, not '%s'"
                             % w_item.ob_type.name)
        name = w_item.value
        if not name.isidentifier():
            raise type_error("__slots__ must be identifiers")
        if name == "__dict__":
            if has_dict:
                raise type_error("__dict__ slot disallowed: we already got one")
            has_dict = True
            continue
        if name == "__weakref__":
            if not may_add_weakref or add_weakref:
                raise type_error("__weakref__ slot disallowed: either we already got one, "
                                 "or __itemsize__ != 0")
            add_weakref = True
            continue
        names.append(_mangle(w_type.name, name))
    # type_new_slots_impl: a secondary base with a __dict__ or weakrefs
    # gives them to the class (class C(A, B) with A.__slots__ = ()).
    for w_other in w_type.w_bases:
        if w_other is w_base or not isinstance(w_other, W_Type):
            continue
        if not base_has_dict and not has_dict and _type_has_dict(w_other):
            has_dict = True
        if may_add_weakref and not add_weakref and _has_weakref(w_other):
            add_weakref = True
    for name in names:
        if name in w_type.dict and name not in ("__qualname__", "__classcell__"):
            from glass.objects.exceptions import value_error
            raise value_error("%r in __slots__ conflicts with class variable" % name)
    index = base_nslots
    own = []
    # CPython sorts the mangled names; a repeated name gets two slots, the
    # class dict keeping the descriptor of the last one.
    for name in sorted(names):
        w_old = w_type.dict.get(name)
        w_type.dict[name] = W_MemberDescr(w_type, name, index)
        if w_old is not None:
            decref(w_old)
        own.append(name)
        index += 1
    w_type.slot_names = tuple(own)
    w_type.has_weakref = base_has_weakref or add_weakref
    _add_dict_descriptors(w_type, has_dict and not base_has_dict, add_weakref)
    return has_dict, index


def _type_has_dict(w_type):
    """tp_dictoffset != 0: a heap type's flag; for a builtin, its layout's
    offset (inherited: OSError's instances have BaseException's __dict__)
    or its own __dict__ getter."""
    if w_type.flags & HEAPTYPE:
        return getattr(w_type, "has_dict", False)
    if w_type.dictoffset:
        return True
    return w_type.typedef is not None and "__dict__" in w_type.typedef.getters


def _has_weakref(w_type):
    """tp_weaklistoffset != 0: a heap type's flag; for a builtin, its
    layout's offset or its host class's field."""
    if w_type.flags & HEAPTYPE:
        return w_type.has_weakref
    if w_type.weaklistoffset:
        return True
    from glass.objects.weakrefobject import W_WeakRef
    host_class = w_type.host_class
    # A weak reference's own `weakrefs` field serves its heap subclasses only:
    # weakref.ref has no tp_weaklistoffset.
    return hasattr(host_class, "weakrefs") and not issubclass(host_class, W_WeakRef)


def _mangle(class_name, name):
    """Counterpart: _Py_Mangle: __private names get the class name prefixed."""
    if not name.startswith("__") or name.endswith("__") or "." in name:
        return name
    stripped = class_name.lstrip("_")
    if not stripped:
        return name
    return "_%s%s" % (stripped, name)


def _static_base(w_type):
    while w_type.flags & HEAPTYPE:
        w_type = w_type.w_base
    return w_type


def _has_item_size(w_type):
    """Whether instances are variable-sized (tp_itemsize != 0): int, tuple, bytes, type."""
    from glass.objects.bytes import W_Bytes
    from glass.objects.int import W_Int
    from glass.objects.tuple import W_Tuple
    w_static = _static_base(w_type)
    return any(w_static.is_subtype(w_var) for w_var in
               (W_Int.w_type, W_Tuple.w_type, W_Bytes.w_type, W_Type.w_type))


def _owned_list(iterator):
    items = list(iterator)
    for w_item in items:
        w_item.ob_refcnt -= 1        # kept alive by the __slots__ object
    return items


def _add_dict_descriptors(w_type, add_dict=True, add_weakref=True):
    from glass.objects.descr import W_GetSetDescr
    if add_dict and "__dict__" not in w_type.dict:
        w_type.dict["__dict__"] = W_GetSetDescr(
            w_type, "__dict__", _get_instance_dict, _set_instance_dict,
            "dictionary for instance variables (if defined)")
    if add_weakref and "__weakref__" not in w_type.dict:
        w_type.dict["__weakref__"] = W_GetSetDescr(
            w_type, "__weakref__", _get_first_weakref, None,
            "list of weak references to the object (if defined)")


def _get_first_weakref(w_obj):
    """Counterpart: subtype_getweakref: the first weak reference to the
    object (CPython keeps the plain one first), or None."""
    refs = getattr(w_obj, "weakrefs", None)
    if not refs:
        return None
    refs[0].ob_refcnt += 1
    return refs[0]


def _builtin_base_with_dict(w_type):
    """Counterpart: get_builtin_base_with_dict: the nearest builtin class in
    the base chain whose instances have a __dict__ (a module, a type, a
    function): its own __dict__ descriptor then answers for the heap class."""
    while w_type.w_base is not None:
        if not (w_type.flags & HEAPTYPE) and _type_has_dict(w_type):
            return w_type
        w_type = w_type.w_base
    return None


def _builtin_dict_descriptor(w_obj, w_base):
    w_descr = w_base.lookup("__dict__")
    if w_descr is None:
        raise _dict_descriptor_error(w_obj)
    return w_descr


def _dict_descriptor_error(w_obj):
    """Counterpart: raise_dict_descr_error."""
    return type_error("this __dict__ descriptor does not support '%s' objects"
                      % w_obj.ob_type.name)


def _get_instance_dict(w_obj):
    """Counterpart: subtype_dict."""
    from glass.objects.dict import W_Dict
    w_base = _builtin_base_with_dict(w_obj.ob_type)
    if w_base is not None:
        w_descr = _builtin_dict_descriptor(w_obj, w_base)
        get = w_descr.ob_type.tp_descr_get
        if get is None:
            raise _dict_descriptor_error(w_obj)
        return get(w_descr, w_obj, w_obj.ob_type)
    if w_obj.w_dict is None:
        w_obj.w_dict = W_Dict()
    else:
        materialize_dict(w_obj.w_dict)
    w_obj.w_dict.ob_refcnt += 1
    return w_obj.w_dict


def _set_instance_dict(w_obj, w_value):
    """Counterpart: subtype_setdict."""
    from glass.objects.dict import W_Dict
    w_base = _builtin_base_with_dict(w_obj.ob_type)
    if w_base is not None:
        w_descr = _builtin_dict_descriptor(w_obj, w_base)
        set_ = w_descr.ob_type.tp_descr_set
        if set_ is None:
            raise _dict_descriptor_error(w_obj)
        set_(w_descr, w_obj, w_value)
        return
    if w_value is None:
        # subtype_setdict: deleting is allowed; a new dict comes on next use.
        w_old, w_obj.w_dict = w_obj.w_dict, None
        xdecref(w_old)
        return
    if not isinstance(w_value, W_Dict):
        raise type_error("__dict__ must be set to a dictionary, not a '%s'"
                         % w_value.ob_type.name)
    w_value.ob_refcnt += 1
    w_old, w_obj.w_dict = w_obj.w_dict, w_value
    xdecref(w_old)


def _special_methods(w_type):
    """__new__ becomes a staticmethod; __init_subclass__ and
    __class_getitem__ become classmethods; __eq__ without __hash__ makes the
    class unhashable."""
    from glass.objects.funcobject import W_ClassMethod, W_Function, W_StaticMethod
    from glass.objects.none import new_none
    d = w_type.dict
    w_new = d.get("__new__")
    if isinstance(w_new, W_Function):
        d["__new__"] = W_StaticMethod(w_new)
        decref(w_new)
    for name in ("__init_subclass__", "__class_getitem__"):
        w_func = d.get(name)
        if isinstance(w_func, W_Function):
            d[name] = W_ClassMethod(w_func)
            decref(w_func)
    if "__eq__" in d and "__hash__" not in d:
        d["__hash__"] = new_none()


def _set_classcell(w_type):
    """The class body's __class__ cell now refers to the new class."""
    from glass.objects.funcobject import W_Cell
    w_cell = w_type.dict.pop("__classcell__", None)
    if w_cell is None:
        return
    if not isinstance(w_cell, W_Cell):
        kind = w_cell.ob_type.name
        decref(w_cell)
        raise type_error("__classcell__ must be a nonlocal cell, not <class '%s'>" % kind)
    w_type.ob_refcnt += 1
    xdecref(w_cell.w_ref)
    w_cell.w_ref = w_type
    decref(w_cell)


def _set_names(w_type):
    """Counterpart: type_new_set_names: call __set_name__ on each attribute."""
    from glass.objects.str import intern
    for name, w_value in list(w_type.dict.items()):
        w_set_name = w_value.ob_type.lookup("__set_name__")
        if w_set_name is None:
            continue
        w_name = intern(name)
        try:
            decref(abstract.call_bound_descriptor(w_set_name, w_value, [w_type, w_name]))
        except OperationError as error:
            # 3.11 replaces the error by a RuntimeError caused by it (3.12
            # adds a note instead).
            from glass.objects.genobject import format_from_cause
            message = "Error calling __set_name__ on '%s' instance %s in '%s'" % (
                w_value.ob_type.name, abstract.repr_text(w_name), w_type.name)
            raise format_from_cause(error, "RuntimeError", message)
        finally:
            decref(w_name)


def _init_subclass(w_type, kwvalues_w, kwnames):
    """Counterpart: type_new_init_subclass: super(type, type).__init_subclass__(**kw)."""
    mro = w_type.mro
    if w_type not in mro:
        # supercheck: a custom mro() left the class out of its own MRO.
        raise type_error("super(type, obj): obj must be an instance or subtype of type")
    for w_class in mro[mro.index(w_type) + 1:]:
        w_hook = w_class.dict.get("__init_subclass__")
        if w_hook is None:
            continue
        get = w_hook.ob_type.tp_descr_get
        w_bound = get(w_hook, None, w_type) if get is not None else w_hook
        if get is None:
            w_bound.ob_refcnt += 1
        try:
            decref(abstract.call(w_bound, list(kwvalues_w), kwnames))
        finally:
            decref(w_bound)
        return


from glass.objects.str import W_Str  # noqa: E402  (str.py imports this module)
from glass.objects.heapslots import slot_tp_new  # noqa: E402
