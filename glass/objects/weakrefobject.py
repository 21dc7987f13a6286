"""Weak references: weakref.ref, weakref.proxy, and clearing them at death.

Counterpart: Objects/weakrefobject.c.

An object that can be weakly referenced keeps, in its `weakrefs` field, the
host list of the weak references to it (CPython's tp_weaklist).  The list
keeps CPython's order: the plain ref without callback first, then the plain
proxy, then the rest in creation order, so callbacks run in CPython's order
when the object dies (clear_weakrefs, PyObject_ClearWeakRefs).
"""
from __future__ import annotations

from glass.objects.exceptions import OperationError, type_error
from glass.objects.object import W_Object, decref, xdecref
from glass.objects.signature import no_text_signature
from glass.objects.type import (BASETYPE, EQ, HAVE_GC, HEAPTYPE, NE, builtin_type, getter,
                                method, slot)


def weakref_list(w_obj):
    """The list of weak references of w_obj (made on first use), or a
    TypeError if its type does not support them (no tp_weaklistoffset)."""
    w_type = w_obj.ob_type
    if w_type.flags & HEAPTYPE and not w_type.has_weakref:
        # A class whose __slots__ leave out __weakref__ (tp_weaklistoffset 0).
        raise type_error("cannot create weak reference to '%s' object" % w_type.name)
    try:
        refs = w_obj.weakrefs
    except AttributeError:
        # A builtin type may leave its `weakrefs` field unset until the
        # first weak reference (bound methods, made by the million).
        if not hasattr(type(w_obj), "weakrefs"):
            raise type_error("cannot create weak reference to '%s' object"
                             % w_obj.ob_type.name)
        refs = None
    if refs is None:
        refs = w_obj.weakrefs = []
    return refs


def _is_basic(w_ref, kind):
    return type(w_ref) is kind and w_ref.ob_type is kind.w_type and w_ref.w_callback is None


@builtin_type("weakref.ReferenceType", flags=BASETYPE | HAVE_GC)
class W_WeakRef(W_Object):
    __slots__ = ("w_referent", "w_callback", "hash", "w_dict", "slots_w", "weakrefs")

    def __init__(self, w_referent, w_callback, w_type=None):
        W_Object.__init__(self, w_type or W_WeakRef.w_type)
        self.w_referent = w_referent          # borrowed: a weak reference
        if w_callback is not None:
            w_callback.ob_refcnt += 1
        self.w_callback = w_callback
        self.hash = -1
        self.w_dict = None
        self.slots_w = None
        self.weakrefs = None

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        """Counterpart: weakref___new__: an existing plain ref is shared."""
        from glass.objects.none import w_None
        # Keywords are left to __init__ (a subclass's may take some).
        positional = len(args_w) - len(kwnames or ())
        _check_arg_count("__new__", positional)
        w_obj = args_w[0]
        w_callback = args_w[1] if positional == 2 else None
        if w_callback is w_None:
            w_callback = None
        refs = weakref_list(w_obj)
        if w_callback is None and w_type is W_WeakRef.w_type:
            for w_ref in refs:
                if _is_basic(w_ref, W_WeakRef):
                    w_ref.ob_refcnt += 1
                    return w_ref
        if w_type is W_WeakRef.w_type:
            w_ref = W_WeakRef(w_obj, w_callback)
        else:
            w_ref = w_type.host_class(w_obj, w_callback, w_type)
            w_ref.slots_w = [None] * w_type.nslots if w_type.nslots else None
        _insert(refs, w_ref, basic=w_callback is None and w_type is W_WeakRef.w_type)
        return w_ref

    @slot("tp_init")
    def init(self, args_w, kwnames):
        """Counterpart: weakref___init__: no keywords, one or two arguments
        (already used by __new__)."""
        if kwnames:
            raise type_error("ref() takes no keyword arguments")
        _check_arg_count("__init__", len(args_w))
        return None

    @slot("tp_call")
    def call(self, args_w, kwnames):
        """Counterpart: weakref_vectorcall: the referent, or None once dead."""
        from glass.objects.none import new_none
        if args_w:
            raise type_error("weakref() takes no arguments" if not kwnames else
                             "weakref() takes no keyword arguments")
        w_obj = self.w_referent
        if w_obj is None:
            return new_none()
        w_obj.ob_refcnt += 1
        return w_obj

    @slot("tp_hash")
    def hash_(self):
        from glass.objects import abstract
        if self.hash != -1:
            return self.hash
        if self.w_referent is None:
            raise type_error("weak object has gone away")
        self.hash = abstract.hash(self.w_referent)
        return self.hash

    @slot("tp_richcompare")
    def richcompare(self, w_other, op):
        """Counterpart: weakref_richcompare: live refs compare their referents,
        dead ones by identity; only == and != are defined."""
        from glass.objects import abstract
        from glass.objects.bool import new_bool
        from glass.objects.none import w_NotImplemented
        if op not in (EQ, NE) or not isinstance(w_other, W_WeakRef):
            w_NotImplemented.ob_refcnt += 1
            return w_NotImplemented
        if self.w_referent is None or w_other.w_referent is None:
            same = self is w_other
            return new_bool(same if op == EQ else not same)
        return abstract.rich_compare(self.w_referent, w_other.w_referent, op)

    @slot("tp_repr")
    def repr(self):
        from glass.objects.str import new_str
        w_obj = self.w_referent
        if w_obj is None:
            return new_str("<weakref at %#x; dead>" % id(self))
        w_obj.ob_refcnt += 1                  # alive while __name__ is looked up
        try:
            name = _name_for_repr(w_obj)
            if name is None:
                return new_str("<weakref at %#x; to '%s' at %#x>"
                               % (id(self), w_obj.ob_type.name, id(w_obj)))
            return new_str("<weakref at %#x; to '%s' at %#x (%s)>"
                           % (id(self), w_obj.ob_type.name, id(w_obj), name))
        finally:
            decref(w_obj)

    @getter("__callback__", member=True)
    def get_callback(self):
        from glass.objects.none import new_none
        if self.w_callback is None:
            return new_none()
        self.w_callback.ob_refcnt += 1
        return self.w_callback

    @no_text_signature
    @method("($cls, item, /)", kind="classmethod")
    def __class_getitem__(w_cls, w_item):
        """See PEP 585"""
        from glass.objects.genericalias import new_generic_alias
        return new_generic_alias(w_cls, w_item)

    @slot("tp_dealloc")
    def dealloc(self):
        unlink(self)
        xdecref(self.w_callback)
        self.w_callback = None

    @slot("tp_traverse")
    def traverse(self, visit):
        """Counterpart: gc_traverse (weakrefobject.c): the callback."""
        if self.w_callback is not None:
            visit(self.w_callback)

    @slot("tp_clear")
    def clear(self):
        """Counterpart: gc_clear: the reference goes dead, the callback goes."""
        unlink(self)
        w_callback, self.w_callback = self.w_callback, None
        xdecref(w_callback)


def _check_arg_count(funcname, count):
    """PyArg_UnpackTuple(args, funcname, 1, 2, ...)."""
    if count > 2:
        raise type_error("%s expected at most 2 arguments, got %d" % (funcname, count))
    if count < 1:
        raise type_error("%s expected at least 1 argument, got %d" % (funcname, count))


def _name_for_repr(w_obj):
    """Counterpart: weakref_repr's look-up of __name__: on the type, as a
    special method is (an instance's __getattr__ is not asked: gh-99184);
    the text if it is a str, else None."""
    from glass.objects.str import W_Str
    w_descr = w_obj.ob_type.lookup("__name__")          # _PyObject_LookupSpecial
    if w_descr is None:
        return None
    get = w_descr.ob_type.tp_descr_get
    if get is None:
        w_descr.ob_refcnt += 1
        w_name = w_descr
    else:
        w_name = get(w_descr, w_obj, w_obj.ob_type)
    try:
        return w_name.value if isinstance(w_name, W_Str) else None
    finally:
        xdecref(w_name)


def _insert(refs, w_ref, basic):
    """Keep CPython's order: the plain ref first, the plain proxy next, then
    the others, newest first (weakref___new__ inserts each new one right
    after the plain ones), so callbacks run newest first."""
    if basic:
        refs.insert(0, w_ref)
        return
    position = 1 if refs and _is_basic(refs[0], W_WeakRef) else 0
    if not (isinstance(w_ref, W_Proxy) and w_ref.w_callback is None):
        if len(refs) > position and isinstance(refs[position], W_Proxy) and \
                refs[position].w_callback is None:
            position += 1                     # after the plain proxy
    refs.insert(position, w_ref)


def unlink(w_ref):
    """A dying weak reference leaves its referent's list."""
    w_obj = w_ref.w_referent
    if w_obj is not None:
        w_ref.w_referent = None
        refs = w_obj.weakrefs
        if refs:
            for index, w_other in enumerate(refs):
                if w_other is w_ref:
                    del refs[index]
                    break


def clear_weakrefs(w_obj):
    """Counterpart: PyObject_ClearWeakRefs: the object is dying; every weak
    reference to it goes dead, then the callbacks run, in list order, each
    with its (dead) reference.  An exception in a callback is reported as
    unraisable."""
    refs = w_obj.weakrefs
    if not refs:
        return
    w_obj.weakrefs = None
    pending = []
    for w_ref in refs:
        w_ref.w_referent = None
        if w_ref.w_callback is not None and w_ref.ob_refcnt > 0:
            w_ref.ob_refcnt += 1              # alive while its callback runs
            pending.append(w_ref)
    for w_ref in pending:
        w_callback = w_ref.w_callback
        w_ref.w_callback = None
        try:
            _run_callback(w_callback, w_ref)
        finally:
            decref(w_callback)
            decref(w_ref)


def _run_callback(w_callback, w_ref):
    from glass.objects import abstract
    try:
        w_result = abstract.call(w_callback, [w_ref])
        decref(w_result)
    except OperationError as error:
        from glass.vm.traceback import write_unraisable
        write_unraisable(error, "Exception ignored in", w_callback)


def clear_weakrefs_if_any(w_obj):
    """For the deallocs of weakly referenceable builtin types."""
    if getattr(w_obj, "weakrefs", None):
        clear_weakrefs(w_obj)


# --- Proxies -------------------------------------------------------------------

def _referent(w_proxy):
    w_obj = w_proxy.w_referent
    if w_obj is None:
        from glass.objects.exceptions import operation_error
        raise operation_error("ReferenceError",
                              "weakly-referenced object no longer exists")
    return w_obj


def _unwrap(w_obj):
    return _referent(w_obj) if isinstance(w_obj, W_Proxy) else w_obj


# The binary number slots of proxies and their operators (proxy_as_number).
_BINARY_SYMBOLS = {
    "nb_add": "+", "nb_subtract": "-", "nb_multiply": "*", "nb_remainder": "%",
    "nb_divmod": "divmod()", "nb_lshift": "<<", "nb_rshift": ">>", "nb_and": "&",
    "nb_xor": "^", "nb_or": "|", "nb_floor_divide": "//", "nb_true_divide": "/",
    "nb_matrix_multiply": "@"}
_INPLACE_SLOTS = ("nb_add", "nb_subtract", "nb_multiply", "nb_remainder", "nb_lshift",
                  "nb_rshift", "nb_and", "nb_xor", "nb_or", "nb_floor_divide",
                  "nb_true_divide", "nb_matrix_multiply")


def _unwrapped(w_obj):
    """Counterpart: UNWRAP: a proxy's referent (ReferenceError once dead),
    any other object itself; a new reference, so that the operation cannot
    free what it works on."""
    if isinstance(w_obj, W_Proxy):
        w_obj = _referent(w_obj)
    w_obj.ob_refcnt += 1
    return w_obj


def _on_referents(operation, *operands_w):
    """The operation applied to the operands, proxies replaced by their referents."""
    unwrapped = []
    try:
        for w_operand in operands_w:
            unwrapped.append(_unwrapped(w_operand))
        return operation(*unwrapped)
    finally:
        for w_operand in unwrapped:
            decref(w_operand)


def _forward_binary(name):
    """Counterpart: WRAP_BINARY: proxy_add and the other binary number slots."""
    from glass.objects import abstract
    symbol = _BINARY_SYMBOLS[name]

    def operation(w_a, w_b):
        return abstract.binary_op(w_a, w_b, name, symbol)

    def forward(w_a, w_b):
        return _on_referents(operation, w_a, w_b)
    return forward


def _forward_inplace(name):
    """Counterpart: WRAP_BINARY with PyNumber_InPlaceAdd and friends."""
    from glass.objects import abstract
    inplace_name = "nb_inplace_" + name[3:]
    symbol = _BINARY_SYMBOLS[name] + "="

    def operation(w_a, w_b):
        return abstract.inplace_op(w_a, w_b, inplace_name, name, symbol)

    def forward(w_a, w_b):
        return _on_referents(operation, w_a, w_b)
    return forward


def _power(w_a, w_b, w_c):
    """Counterpart: proxy_pow (WRAP_TERNARY with PyNumber_Power)."""
    from glass.objects import abstract
    return _on_referents(abstract.power, w_a, w_b, w_c)


def _inplace_power(w_a, w_b, w_c):
    """Counterpart: proxy_ipow (PyNumber_InPlacePower)."""
    from glass.objects import abstract

    def operation(w_x, w_y, w_z):
        return abstract.inplace_op(w_x, w_y, "nb_inplace_power", "nb_power", "**=")
    return _on_referents(operation, w_a, w_b, w_c)


def _forward_unary(operation):
    """Counterpart: WRAP_UNARY."""
    def forward(w_proxy):
        return _on_referents(operation, w_proxy)
    return forward


def _negative(w_obj):
    from glass.objects import abstract
    return abstract.unary_op(w_obj, "nb_negative", "-")


def _positive(w_obj):
    from glass.objects import abstract
    return abstract.unary_op(w_obj, "nb_positive", "+")


def _invert(w_obj):
    from glass.objects import abstract
    return abstract.unary_op(w_obj, "nb_invert", "~")


def _absolute(w_obj):
    """PyNumber_Absolute."""
    absolute = w_obj.ob_type.nb_absolute
    if absolute is None:
        raise type_error("bad operand type for abs(): '%s'" % w_obj.ob_type.name)
    return absolute(w_obj)


def _int(w_obj):
    from glass.objects.int import number_long
    return number_long(w_obj)


def _float(w_obj):
    from glass.objects.float import number_float
    return number_float(w_obj)


def _index(w_obj):
    from glass.objects import abstract
    return abstract.index(w_obj)


@builtin_type("weakref.ProxyType", flags=HAVE_GC)
class W_Proxy(W_Object):
    __slots__ = ("w_referent", "w_callback", "hash")

    def __init__(self, w_referent, w_callback, w_type=None):
        W_Object.__init__(self, w_type or W_Proxy.w_type)
        self.w_referent = w_referent
        if w_callback is not None:
            w_callback.ob_refcnt += 1
        self.w_callback = w_callback
        self.hash = -1

    @slot("tp_getattro")
    def getattro(self, w_name):
        from glass.objects import abstract
        return abstract.getattr(_referent(self), w_name)

    @slot("tp_setattro")
    def setattro(self, w_name, w_value):
        from glass.objects import abstract
        abstract.setattr(_referent(self), w_name, w_value)

    @slot("tp_repr")
    def repr(self):
        """Counterpart: proxy_repr: a dead proxy's referent is None."""
        from glass.objects.none import w_None
        from glass.objects.str import new_str
        w_obj = self.w_referent if self.w_referent is not None else w_None
        return new_str("<weakproxy at %#x to %s at %#x>"
                       % (id(self), w_obj.ob_type.name, id(w_obj)))

    @slot("tp_str")
    def str(self):
        from glass.objects import abstract
        return abstract.str(_referent(self))

    @slot("tp_richcompare")
    def richcompare(self, w_other, op):
        from glass.objects import abstract
        return abstract.rich_compare(_referent(self), _unwrap(w_other), op)

    @slot("nb_bool")
    def bool(self):
        from glass.objects import abstract
        return abstract.is_true(_referent(self))

    @slot("sq_length")
    def length(self):
        from glass.objects import abstract
        return abstract.length(_referent(self))

    @slot("mp_subscript")
    def getitem(self, w_key):
        from glass.objects import abstract
        return abstract.getitem(_referent(self), w_key)

    @slot("mp_ass_subscript")
    def setitem(self, w_key, w_value):
        from glass.objects import abstract
        abstract.setitem(_referent(self), w_key, w_value)

    @slot("sq_contains")
    def contains(self, w_item):
        from glass.objects import abstract
        return abstract.contains(_referent(self), w_item)

    @slot("tp_iter")
    def iter(self):
        from glass.objects import abstract
        return abstract.iter(_referent(self))

    @slot("tp_iternext")
    def iternext(self):
        from glass.objects import abstract
        w_obj = _referent(self)
        if not abstract.iter_check(w_obj):
            raise type_error("Weakref proxy referenced a non-iterator '%s' object"
                             % w_obj.ob_type.name)
        return abstract.next(w_obj)

    @slot("tp_hash")
    def hash_(self):
        raise type_error("unhashable type: '%s'" % self.ob_type.name)

    @no_text_signature
    @method("($self, /)")
    def __bytes__(self):
        from glass.objects import abstract
        return abstract.call_method(_referent(self), "__bytes__", [])

    @no_text_signature
    @method("($self, /)")
    def __reversed__(self):
        from glass.objects import abstract
        return abstract.call_method(_referent(self), "__reversed__", [])

    @slot("tp_dealloc")
    def dealloc(self):
        unlink(self)
        xdecref(self.w_callback)
        self.w_callback = None

    @slot("tp_traverse")
    def traverse(self, visit):
        """Counterpart: gc_traverse (weakrefobject.c): the callback."""
        if self.w_callback is not None:
            visit(self.w_callback)

    @slot("tp_clear")
    def clear(self):
        """Counterpart: gc_clear: the reference goes dead, the callback goes."""
        unlink(self)
        w_callback, self.w_callback = self.w_callback, None
        xdecref(w_callback)

    for _name in _BINARY_SYMBOLS:
        locals()[_name] = slot(_name)(_forward_binary(_name))
    for _name in _INPLACE_SLOTS:
        locals()["nb_inplace_" + _name[3:]] = slot("nb_inplace_" + _name[3:])(
            _forward_inplace(_name))
    del _name
    nb_power = slot("nb_power")(_power)
    nb_inplace_power = slot("nb_inplace_power")(_inplace_power)
    nb_negative = slot("nb_negative")(_forward_unary(_negative))
    nb_positive = slot("nb_positive")(_forward_unary(_positive))
    nb_absolute = slot("nb_absolute")(_forward_unary(_absolute))
    nb_invert = slot("nb_invert")(_forward_unary(_invert))
    nb_int = slot("nb_int")(_forward_unary(_int))
    nb_float = slot("nb_float")(_forward_unary(_float))
    nb_index = slot("nb_index")(_forward_unary(_index))


@builtin_type("weakref.CallableProxyType", flags=HAVE_GC)
class W_CallableProxy(W_Proxy):
    # In CPython a type of its own (not a subclass of ProxyType) with the
    # same slots, no methods (no __bytes__, __reversed__), and tp_call.
    __slots__ = ()
    locals().update((name, attr) for name, attr in vars(W_Proxy).items()
                    if getattr(attr, "_glass_slots", None))

    def __init__(self, w_referent, w_callback):
        W_Proxy.__init__(self, w_referent, w_callback, W_CallableProxy.w_type)

    @slot("tp_call")
    def call(self, args_w, kwnames):
        from glass.objects import abstract
        return abstract.call(_referent(self), args_w, kwnames)


def new_proxy(w_obj, w_callback):
    """Counterpart: PyWeakref_NewProxy: a plain proxy is shared."""
    from glass.objects.none import w_None
    if w_callback is w_None:
        w_callback = None
    refs = weakref_list(w_obj)
    callable_ = w_obj.ob_type.tp_call is not None
    kind = W_CallableProxy if callable_ else W_Proxy
    if w_callback is None:
        for w_ref in refs:
            if type(w_ref) is kind and w_ref.w_callback is None:
                w_ref.ob_refcnt += 1
                return w_ref
    w_proxy = kind(w_obj, w_callback)
    _insert(refs, w_proxy, basic=False)
    return w_proxy
