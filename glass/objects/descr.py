"""Descriptors for builtin methods, slot wrappers, getsets and members.

Counterpart: Objects/descrobject.c (method_descriptor, classmethod_descriptor,
wrapper_descriptor, method-wrapper, getset_descriptor, member_descriptor) and
Objects/methodobject.c (builtin_function_or_method).

A builtin method is a host function plus its parsed Signature; calling it
binds the guest arguments to the host parameters (glass/objects/signature.py)
and calls the function with the receiver first.  A function that returns host
None returns guest None: builtins that "return nothing" need not say so.
"""
from __future__ import annotations

from glass.objects.object import W_Object
from glass.objects.signature import Signature
from glass.objects.signature import no_text_signature
from glass.objects.type import BASETYPE, HAVE_GC, NO_DOC, builtin_type, getter, method, slot  # noqa: F401


def _result(w_res):
    """A host function's result as a new reference (None means guest None)."""
    if w_res is None:
        w_None.ob_refcnt += 1
        return w_None
    return w_res


def _descr_type_error(name, w_objclass, w_obj):
    from glass.objects.exceptions import type_error
    return type_error("descriptor '%s' for '%s' objects doesn't apply to a '%s' object"
                      % (name, w_objclass.name, w_obj.ob_type.name))


def _descr_dealloc(w_descr):
    """descr_dealloc: release __objclass__."""
    from glass.objects.object import decref
    decref(w_descr.w_objclass)


def descr_check(w_descr, w_obj):
    """Counterpart: descr_check: True when the descriptor is read from the
    class (the caller returns the descriptor itself); a TypeError when the
    instance is not of its __objclass__."""
    if w_obj is None:
        return True
    if not w_obj.ob_type.is_subtype(w_descr.w_objclass):
        raise _descr_type_error(w_descr.name, w_descr.w_objclass, w_obj)
    return False


def _needs_argument(name, w_objclass):
    from glass.objects.exceptions import type_error
    return type_error("unbound method %s.%s() needs an argument"
                      % (w_objclass.name, name))


def _text_signature(text):
    """The guest __text_signature__ drops the '$self, ' marker only in inspect;
    CPython stores it as written, so we do too."""
    from glass.objects.str import new_str
    return new_str(text)


# --- What every descriptor of a type shows (descr_members, descr_getset) ---------------
#
# Shared by the descriptor types below: each class body names the ones its
# CPython type has.

@getter("__name__", member=True)
def _descr_name(self):
    from glass.objects.str import new_str
    return new_str(self.name)


@getter("__objclass__", member=True)
def _descr_objclass(self):
    return _incref(self.w_objclass)


def type_qualname(w_type):
    """A class's __qualname__: a class statement's own, a builtin's tp_name
    after its last dot."""
    from glass.objects.type import HEAPTYPE
    return w_type.qualname if w_type.flags & HEAPTYPE else w_type.name.rsplit(".", 1)[-1]


@getter("__qualname__")
def _descr_qualname(self):
    """Counterpart: descr_get_qualname: the class's qualname, a dot, the name."""
    from glass.objects.str import new_str
    return new_str("%s.%s" % (type_qualname(self.w_objclass), self.name))


@getter("__doc__")
def _descr_doc(self):
    from glass.objects.str import new_str_or_none
    return new_str_or_none(self.doc)


def getattr_reduction(w_owner, w_name):
    """(getattr, (owner, name)): how descriptors, bound builtins, bound
    methods and method-wrappers pickle, found again by name.  Takes over
    the reference to w_name."""
    from glass.objects.tuple import new_tuple_owned
    from glass.vm import pystate
    w_getattr = pystate.interpreter().w_builtins.getitem_str("getattr")
    return new_tuple_owned([_incref(w_getattr), new_tuple_owned([_incref(w_owner), w_name])])


@method("($self, /)", name="__reduce__")
def _descr_reduce(self):
    # Counterpart: descr_reduce: rebuilt by getattr(objclass, name).  (A
    # comment, not a docstring: CPython's __reduce__ here has no __doc__.)
    from glass.objects.str import new_str
    return getattr_reduction(self.w_objclass, new_str(self.name))


@builtin_type("builtin_function_or_method", flags=HAVE_GC, doc=NO_DOC)
class W_BuiltinFunction(W_Object):
    """A builtin function, or a builtin method bound to its receiver.

    Counterpart: PyCFunctionObject.  `w_self` is the receiver (the module for
    a module-level function, as in CPython), or None.
    """
    # weakrefs: m_weakreflist, set on first use (weakref_list).
    __slots__ = ("name", "func", "signature", "w_self", "doc", "qualname_prefix",
                 "pass_self", "weakrefs")

    def __init__(self, name, func, signature, w_self=None, doc=None,
                 qualname_prefix=None, pass_self=True):
        W_Object.__init__(self, W_BuiltinFunction.w_type)
        self.name = name
        self.func = func
        self.signature = signature
        self.w_self = w_self
        if w_self is not None:
            w_self.ob_refcnt += 1
        self.doc = doc
        self.qualname_prefix = qualname_prefix
        self.pass_self = pass_self   # module functions don't take the module

    @slot("tp_call")
    def call(self, args_w, kwnames):
        bound = self.signature.bind(self.name, args_w, kwnames, self._qualname_for_errors)
        if self.pass_self and self.w_self is not None:
            return _result(self.func(self.w_self, *bound))
        return _result(self.func(*bound))

    def _owner_qualname(self):
        """Counterpart: meth_get__qualname__'s owner: the receiver's class
        (the receiver itself if it is a class: a classmethod), the declaring
        class of a builtin staticmethod, or None for a module's function."""
        from glass.objects.type import W_Type
        w_self = self.w_self
        if self.qualname_prefix is None:
            return None
        if w_self is None:
            return self.qualname_prefix
        return type_qualname(w_self if isinstance(w_self, W_Type) else w_self.ob_type)

    def _qualname_for_errors(self):
        """The name argument errors give, made only when one is raised."""
        owner = self._owner_qualname()
        if owner is not None:
            return "%s.%s" % (owner, self.name)
        convention = getattr(self.signature, "convention", None)
        if not self.pass_self and (convention == "fastcall" or convention is None and
                                   getattr(self.signature, "text", None) is not None):
            # _PyObject_FunctionStr: "sys.getrefcount", but plain "len"; the
            # old METH_VARARGS functions (no text signature) name themselves
            # bare, as PyArg_ParseTuple's "reduce()" does.
            module = self._module_name()
            if module is not None and module != "builtins":
                return "%s.%s" % (module, self.name)
        return None

    def _is_static(self):
        """A builtin staticmethod (METH_STATIC): m_self is its class, which
        its repr shows, but it is not passed, nor is it __self__."""
        from glass.objects.type import W_Type
        return not self.pass_self and isinstance(self.w_self, W_Type)

    @slot("tp_repr")
    def repr(self):
        from glass.objects.module import W_Module
        from glass.objects.str import new_str
        if self.w_self is None or isinstance(self.w_self, W_Module):
            return new_str("<built-in function %s>" % self.name)
        return new_str("<built-in method %s of %s object at %#x>"
                       % (self.name, self.w_self.ob_type.name, id(self.w_self)))

    @slot("tp_richcompare")
    def richcompare(self, w_other, op):
        """Counterpart: meth_richcompare: the same C function on the same receiver."""
        if not isinstance(w_other, W_BuiltinFunction):
            return _same_binding(None, None, op)
        return _same_binding(self.func is w_other.func and self.name == w_other.name,
                             self.w_self is w_other.w_self, op)

    @slot("tp_hash")
    def hash(self):
        """Counterpart: meth_hash: receiver and function addresses mixed."""
        from glass.objects.float import hash_pointer
        return _mix_hash(hash_pointer(self.w_self) if self.w_self is not None else 0,
                         hash(self.func))

    @slot("tp_dealloc")
    def dealloc(self):
        clear_weakrefs_if_any(self)
        if self.w_self is not None:
            from glass.objects.object import decref
            w_self, self.w_self = self.w_self, None
            decref(w_self)

    @slot("tp_traverse")
    def traverse(self, visit):
        if self.w_self is not None:     # meth_traverse: m_self
            visit(self.w_self)

    @getter("__name__")
    def get_name(self):
        from glass.objects.str import new_str
        return new_str(self.name)

    @no_text_signature
    @method("($self, /)")
    def __reduce__(self):
        # Counterpart: meth_reduce: a module function pickles as its name
        # (found again in its module), a bound method as getattr(self, name).
        from glass.objects.module import W_Module
        from glass.objects.str import new_str
        if self.w_self is None or isinstance(self.w_self, W_Module):
            return new_str(self.name)
        return getattr_reduction(self.w_self, new_str(self.name))

    def _module_name(self):
        """The name of the module a module-level function belongs to (m_module)."""
        from glass.objects.module import W_Module
        from glass.objects.str import W_Str
        if not isinstance(self.w_self, W_Module):
            return None
        w_name = self.w_self.w_dict.getitem_str("__name__")
        return w_name.value if isinstance(w_name, W_Str) else None

    @getter("__module__", member=True)
    def get_module(self):
        from glass.objects.str import new_str
        module = self._module_name()
        return new_str(module) if module is not None else None

    @getter("__qualname__")
    def get_qualname(self):
        from glass.objects.str import new_str
        owner = self._owner_qualname()
        if owner is not None:
            return new_str("%s.%s" % (owner, self.name))
        return new_str(self.name)

    get_doc = _descr_doc

    @getter("__text_signature__")
    def get_text_signature(self):
        from glass.objects.str import new_str_or_none
        return new_str_or_none(self.signature.text if self.signature else None)

    @getter("__self__")
    def get_self(self):
        # A getter's host None reads as guest None (PyCFunction_GET_SELF).
        if self.w_self is None or self._is_static():
            return None
        return _incref(self.w_self)


def _incref(w_obj):
    w_obj.ob_refcnt += 1
    return w_obj


@builtin_type("method_descriptor", flags=HAVE_GC, doc=NO_DOC)
class W_MethodDescr(W_Object):
    """An unbound builtin method: list.append.  Counterpart: PyMethodDescrObject."""
    __slots__ = ("w_objclass", "name", "func", "signature", "doc")

    def __init__(self, w_objclass, name, func, signature, doc):
        W_Object.__init__(self, W_MethodDescr.w_type)
        w_objclass.ob_refcnt += 1          # d_type is a strong reference
        self.w_objclass = w_objclass
        self.name = name
        self.func = func
        self.signature = signature
        self.doc = doc

    @slot("tp_descr_get")
    def descr_get(self, w_obj, w_type):
        if descr_check(self, w_obj):
            return _incref(self)
        return W_BuiltinFunction(self.name, self.func, self.signature, w_obj,
                                 self.doc, self.w_objclass.name)

    @slot("tp_call")
    def call(self, args_w, kwnames):
        nkw = len(kwnames) if kwnames else 0
        if len(args_w) - nkw < 1:
            raise _needs_argument(self.name, self.w_objclass)
        w_self = args_w[0]
        if not w_self.ob_type.is_subtype(self.w_objclass):
            raise _descr_type_error(self.name, self.w_objclass, w_self)
        bound = self.signature.bind(self.name, args_w[1:], kwnames, self._qualname_for_errors,
                                    through_descriptor=True)
        return _result(self.func(w_self, *bound))

    def _qualname_for_errors(self):
        """"list.append": the name argument errors give, made only for one
        (_PyObject_FunctionStr: the descriptor's __qualname__, so a dotted
        tp_name counts from its last dot: "deque.append")."""
        return "%s.%s" % (type_qualname(self.w_objclass), self.name)

    @slot("tp_dealloc")
    def dealloc(self):
        _descr_dealloc(self)

    @slot("tp_traverse")
    def traverse(self, visit):
        visit(self.w_objclass)          # descr_traverse: d_type

    @slot("tp_repr")
    def repr(self):
        from glass.objects.str import new_str
        return new_str("<method '%s' of '%s' objects>" % (self.name, self.w_objclass.name))

    get_name = _descr_name
    get_objclass = _descr_objclass
    get_qualname = _descr_qualname
    reduce = _descr_reduce

    get_doc = _descr_doc

    @getter("__text_signature__")
    def get_text_signature(self):
        from glass.objects.str import new_str_or_none
        return new_str_or_none(self.signature.text if self.signature else None)


@builtin_type("classmethod_descriptor", flags=HAVE_GC, doc=NO_DOC)
class W_ClassMethodDescr(W_MethodDescr):
    """A builtin classmethod: dict.fromkeys.  Counterpart: PyClassMethodDescr_Type."""
    __slots__ = ()

    def __init__(self, w_objclass, name, func, signature, doc):
        W_MethodDescr.__init__(self, w_objclass, name, func, signature, doc)
        self.ob_type = W_ClassMethodDescr.w_type

    @slot("tp_traverse")
    def traverse(self, visit):
        visit(self.w_objclass)          # descr_traverse: d_type

    @slot("tp_descr_get")
    def descr_get(self, w_obj, w_type):
        """classmethod_get: bound to a subtype of __objclass__, whatever the instance."""
        from glass.objects.exceptions import type_error
        if w_type is None:
            if w_obj is None:
                raise type_error("descriptor '%s' for type '%s' needs either an object "
                                 "or a type" % (self.name, self.w_objclass.name))
            w_type = w_obj.ob_type
        self._check_type(w_type)
        return W_BuiltinFunction(self.name, self.func, self.signature, w_type,
                                 self.doc, self.w_objclass.name)

    def _check_type(self, w_type):
        from glass.objects.exceptions import type_error
        from glass.objects.type import W_Type
        if not isinstance(w_type, W_Type):
            raise type_error("descriptor '%s' for type '%s' needs a type, not a '%s' as arg 2"
                             % (self.name, self.w_objclass.name, w_type.ob_type.name))
        if not w_type.is_subtype(self.w_objclass):
            raise type_error("descriptor '%s' requires a subtype of '%s' but received '%s'"
                             % (self.name, self.w_objclass.name, w_type.name))

    @slot("tp_call")
    def call(self, args_w, kwnames):
        """classmethoddescr_call: the first argument is the class."""
        from glass.objects.exceptions import type_error
        nkw = len(kwnames) if kwnames else 0
        if len(args_w) - nkw < 1:
            raise type_error("descriptor '%s' of '%s' object needs an argument"
                             % (self.name, self.w_objclass.name))
        self._check_type(args_w[0])
        bound = self.signature.bind(self.name, args_w[1:], kwnames, self._qualname_for_errors)
        return _result(self.func(args_w[0], *bound))

    @slot("tp_repr")
    def repr(self):
        from glass.objects.str import new_str
        return new_str("<method '%s' of '%s' objects>" % (self.name, self.w_objclass.name))

    # Its own type's attributes (the host subclass declares nothing by
    # inheritance); like CPython's, no __reduce__.
    get_name = _descr_name
    get_objclass = _descr_objclass
    get_qualname = _descr_qualname
    get_doc = _descr_doc
    get_text_signature = W_MethodDescr.get_text_signature


@builtin_type("wrapper_descriptor", flags=HAVE_GC, doc=NO_DOC)
class W_SlotWrapper(W_Object):
    """A slot under its dunder name: list.__len__.  Counterpart: PyWrapperDescrObject."""
    __slots__ = ("w_objclass", "name", "slot_name", "kind", "func")

    def __init__(self, w_objclass, name, slot_name, kind, func):
        W_Object.__init__(self, W_SlotWrapper.w_type)
        w_objclass.ob_refcnt += 1          # d_type is a strong reference
        self.w_objclass = w_objclass
        self.name = name
        self.slot_name = slot_name
        self.kind = kind
        self.func = func

    @slot("tp_descr_get")
    def descr_get(self, w_obj, w_type):
        if descr_check(self, w_obj):
            return _incref(self)
        return W_MethodWrapper(self, w_obj)

    @slot("tp_call")
    def call(self, args_w, kwnames):
        from glass.objects.typeslots import call_wrapper
        from glass.objects.exceptions import type_error
        # Counterpart: wrapperdescr_call, whose messages differ from method descriptors'.
        if not args_w:
            raise type_error("descriptor '%s' of '%s' object needs an argument"
                             % (self.name, self.w_objclass.name))
        w_self = args_w[0]
        if not w_self.ob_type.is_subtype(self.w_objclass):
            raise type_error("descriptor '%s' requires a '%s' object but received a '%s'"
                             % (self.name, self.w_objclass.name, w_self.ob_type.name))
        if self.kind not in _KEYWORD_KINDS:
            _no_keywords(self.name, kwnames)
        return call_wrapper(self.kind, self.func, w_self, args_w[1:], self.name, kwnames)

    @slot("tp_dealloc")
    def dealloc(self):
        _descr_dealloc(self)

    @slot("tp_traverse")
    def traverse(self, visit):
        visit(self.w_objclass)          # descr_traverse: d_type

    @slot("tp_repr")
    def repr(self):
        from glass.objects.str import new_str
        return new_str("<slot wrapper '%s' of '%s' objects>"
                       % (self.name, self.w_objclass.name))

    get_name = _descr_name
    get_objclass = _descr_objclass
    get_qualname = _descr_qualname
    reduce = _descr_reduce

    @getter("__doc__")
    def get_doc(self):
        """Counterpart: wrapperdescr_get_doc: the slotdef's doc, after its signature."""
        from glass.objects.str import new_str_or_none
        return new_str_or_none(_slot_doc(self)[1])

    @getter("__text_signature__")
    def get_text_signature(self):
        from glass.objects.str import new_str_or_none
        return new_str_or_none(_slot_doc(self)[0])



def _slot_doc(w_wrapper):
    """(text signature, doc) of a slot wrapper, from typeslots.SLOT_DOCS."""
    from glass.objects.typeslots import SLOT_DOC_OVERRIDES, SLOT_DOCS
    signature, doc = SLOT_DOCS.get(w_wrapper.name, (None, None))
    return signature, SLOT_DOC_OVERRIDES.get((w_wrapper.name, w_wrapper.slot_name), doc)


def _same_binding(same_function, same_receiver, op):
    """The == / != answer of two bound builtins; NotImplemented otherwise."""
    from glass.objects.bool import new_bool
    from glass.objects.tuple import not_implemented
    from glass.objects.type import EQ, NE
    if same_function is None or op not in (EQ, NE):
        return not_implemented()
    same = bool(same_function and same_receiver)
    return new_bool(same if op == EQ else not same)


def _mix_hash(x, y):
    value = x ^ y
    if value >= 1 << 63:
        value -= 1 << 64
    return -2 if value == -1 else value


# The slot wrappers flagged PyWrapperFlag_KEYWORDS: __init__ and __call__.
_KEYWORD_KINDS = ("init", "call")


def _no_keywords(name, kwnames):
    if kwnames:
        from glass.objects.exceptions import type_error
        raise type_error("wrapper %s() takes no keyword arguments" % name)


@builtin_type("method-wrapper", flags=HAVE_GC, doc=NO_DOC)
class W_MethodWrapper(W_Object):
    """A slot wrapper bound to its receiver: [].__len__.  Counterpart: wrapperobject."""
    __slots__ = ("w_descr", "w_self")

    def __init__(self, w_descr, w_self):
        W_Object.__init__(self, W_MethodWrapper.w_type)
        w_descr.ob_refcnt += 1
        w_self.ob_refcnt += 1
        self.w_descr = w_descr
        self.w_self = w_self

    @no_text_signature
    @method("($self, /)", name="__reduce__")
    def reduce(self):
        # Counterpart: wrapper_reduce: getattr(self, name).
        from glass.objects.str import new_str
        return getattr_reduction(self.w_self, new_str(self.w_descr.name))

    @slot("tp_richcompare")
    def richcompare(self, w_other, op):
        """Counterpart: wrapper_richcompare: same slot wrapper, same receiver."""
        if not isinstance(w_other, W_MethodWrapper):
            return _same_binding(None, None, op)
        return _same_binding(self.w_descr is w_other.w_descr,
                             self.w_self is w_other.w_self, op)

    @slot("tp_hash")
    def hash(self):
        """Counterpart: wrapper_hash."""
        from glass.objects.float import hash_pointer
        return _mix_hash(hash_pointer(self.w_self), hash_pointer(self.w_descr))

    @slot("tp_call")
    def call(self, args_w, kwnames):
        from glass.objects.typeslots import call_wrapper
        d = self.w_descr
        if d.kind not in _KEYWORD_KINDS:
            _no_keywords(d.name, kwnames)
        return call_wrapper(d.kind, d.func, self.w_self, args_w, d.name, kwnames)

    @slot("tp_dealloc")
    def dealloc(self):
        from glass.objects.object import decref
        decref(self.w_descr)
        decref(self.w_self)

    @slot("tp_traverse")
    def traverse(self, visit):
        visit(self.w_descr)             # wrapper_traverse
        visit(self.w_self)

    @slot("tp_repr")
    def repr(self):
        from glass.objects.str import new_str
        return new_str("<method-wrapper '%s' of %s object at %#x>"
                       % (self.w_descr.name, self.w_self.ob_type.name, id(self.w_self)))

    @getter("__self__", member=True)
    def get_self(self):
        return _incref(self.w_self)

    @getter("__name__")
    def get_name(self):
        from glass.objects.str import new_str
        return new_str(self.w_descr.name)

    @getter("__qualname__")
    def get_qualname(self):
        return self.w_descr.get_qualname()

    @getter("__doc__")
    def get_doc(self):
        return self.w_descr.get_doc()

    @getter("__text_signature__")
    def get_text_signature(self):
        return self.w_descr.get_text_signature()

    @getter("__objclass__")
    def get_objclass(self):
        return _incref(self.w_descr.w_objclass)


@builtin_type("getset_descriptor", flags=HAVE_GC, doc=NO_DOC)
class W_GetSetDescr(W_Object):
    """A computed attribute of a builtin type: type.__name__.  Counterpart: PyGetSetDescrObject."""
    __slots__ = ("w_objclass", "name", "get", "set", "doc")

    def __init__(self, w_objclass, name, get, set_, doc):
        W_Object.__init__(self, W_GetSetDescr.w_type)
        w_objclass.ob_refcnt += 1          # d_type is a strong reference
        self.w_objclass = w_objclass
        self.name = name
        self.get = get
        self.set = set_
        self.doc = doc

    @slot("tp_descr_get")
    def descr_get(self, w_obj, w_type):
        if descr_check(self, w_obj):
            return _incref(self)
        return _result(self.get(w_obj))

    @slot("tp_descr_set")
    def descr_set(self, w_obj, w_value):
        if self.set is None:
            from glass.objects.exceptions import attribute_error
            raise attribute_error("attribute '%s' of '%s' objects is not writable"
                                  % (self.name, self.w_objclass.name), raw=True)
        if not w_obj.ob_type.is_subtype(self.w_objclass):
            raise _descr_type_error(self.name, self.w_objclass, w_obj)
        self.set(w_obj, w_value)

    @slot("tp_dealloc")
    def dealloc(self):
        _descr_dealloc(self)

    @slot("tp_traverse")
    def traverse(self, visit):
        visit(self.w_objclass)          # descr_traverse: d_type

    @slot("tp_repr")
    def repr(self):
        from glass.objects.str import new_str
        return new_str("<attribute '%s' of '%s' objects>" % (self.name, self.w_objclass.name))

    get_name = _descr_name
    get_objclass = _descr_objclass
    get_qualname = _descr_qualname

    get_doc = _descr_doc


@builtin_type("member_descriptor", flags=HAVE_GC, doc=NO_DOC)
class W_MemberDescr(W_Object):
    """A field of the instances of a type, by name: a __slots__ entry of a
    class (its value in the instance's slot list, at `index`), or a member
    a builtin type declares (read by `get`, written by `set`, read-only
    without one).

    Counterpart: PyMemberDescrObject (T_OBJECT_EX members of __slots__, and
    the tp_members of builtin types: function.__globals__, slice.start...).
    """
    __slots__ = ("w_objclass", "name", "index", "get", "set", "doc")

    def __init__(self, w_objclass, name, index, get=None, set_=None, doc=None):
        W_Object.__init__(self, W_MemberDescr.w_type)
        w_objclass.ob_refcnt += 1          # d_type is a strong reference
        self.w_objclass = w_objclass
        self.name = name
        self.index = index
        self.get = get
        self.set = set_
        self.doc = doc

    @slot("tp_descr_get")
    def descr_get(self, w_obj, w_type):
        if descr_check(self, w_obj):
            return _incref(self)
        if self.get is not None:
            return _result(self.get(w_obj))
        w_value = w_obj.slots_w[self.index]
        if w_value is None:
            from glass.objects.exceptions import attribute_error
            raise attribute_error("'%s' object has no attribute '%s'"
                                  % (w_obj.ob_type.name, self.name), raw=True)
        return _incref(w_value)

    @slot("tp_descr_set")
    def descr_set(self, w_obj, w_value):
        if self.index is None and self.set is None:
            from glass.objects.exceptions import attribute_error
            raise attribute_error("readonly attribute", raw=True)
        if not w_obj.ob_type.is_subtype(self.w_objclass):
            raise _descr_type_error(self.name, self.w_objclass, w_obj)
        if self.set is not None:
            self.set(w_obj, w_value)
            return
        w_old = w_obj.slots_w[self.index]
        if w_value is None and w_old is None:
            from glass.objects.exceptions import attribute_error
            raise attribute_error(self.name)
        if w_value is not None:
            w_value.ob_refcnt += 1
        w_obj.slots_w[self.index] = w_value
        xdecref(w_old)

    @slot("tp_dealloc")
    def dealloc(self):
        _descr_dealloc(self)

    @slot("tp_traverse")
    def traverse(self, visit):
        visit(self.w_objclass)          # descr_traverse: d_type

    @slot("tp_repr")
    def repr(self):
        from glass.objects.str import new_str
        return new_str("<member '%s' of '%s' objects>" % (self.name, self.w_objclass.name))

    get_name = _descr_name
    get_objclass = _descr_objclass
    get_qualname = _descr_qualname
    reduce = _descr_reduce

    get_doc = _descr_doc


# --- Building descriptors from a TypeDef (used by type.ready) -------------------------

def make_method_descr(w_type, name, func, signature_text, kind, doc):
    signature = Signature.parse(signature_text)
    if getattr(func, "_glass_raw_signature", ()) is None:
        signature.text = None                # @no_text_signature: a usage line instead
    signature.convention = getattr(func, "_glass_convention", None)   # @varargs, @parse_tuple
    if signature.convention == "defining_class":
        signature.simple = False             # no shortcut past _PyArg_UnpackKeywords
    if kind == "classmethod":
        return W_ClassMethodDescr(w_type, name, func, signature, doc)
    if kind == "staticmethod":
        from glass.objects.funcobject import W_StaticMethod
        w_func = W_BuiltinFunction(name, func, signature, w_type, doc, type_qualname(w_type),
                                   pass_self=False)
        w_static = W_StaticMethod(w_func)
        w_func.ob_refcnt -= 1                 # now owned by the staticmethod
        return w_static
    return W_MethodDescr(w_type, name, func, signature, doc)


def make_getset(w_type, name, get, set_, doc):
    return W_GetSetDescr(w_type, name, get, set_, doc)


def make_member(w_type, name, get, set_, doc):
    return W_MemberDescr(w_type, name, None, get, set_, doc)


def _took_type_reference(w_obj, w_subtype):
    from glass.objects.type import HEAPTYPE
    from glass.objects.typeobject import took_type_reference
    if w_subtype.flags & HEAPTYPE:
        took_type_reference(w_obj, w_subtype)


def make_new_wrapper(w_type):
    """`T.__new__`: a builtin bound to the type.  Counterpart: tp_new_wrapper."""
    signature = Signature.parse("($type, *args, **kwargs)")

    def tp_new_wrapper(w_self_type, args, kwargs):
        from glass.objects.exceptions import type_error
        if not args:
            raise type_error("%s.__new__(): not enough arguments" % w_type.name)
        w_subtype = args[0]
        from glass.objects.type import W_Type
        if not isinstance(w_subtype, W_Type):
            raise type_error("%s.__new__(X): X is not a type object (%s)"
                             % (w_type.name, w_subtype.ob_type.name))
        if not w_subtype.is_subtype(w_type):
            raise type_error("%s.__new__(%s): %s is not a subtype of %s"
                             % (w_type.name, w_subtype.name, w_subtype.name, w_type.name))
        # object.__new__(dict) would build a dict without its storage: the
        # nearest base not defining __new__ in Python must use this tp_new.
        from glass.objects.heapslots import slot_tp_new
        w_static = w_subtype
        while w_static is not None and w_static.tp_new == slot_tp_new:
            w_static = w_static.w_base
        if w_static is not None and w_static.tp_new != w_type.tp_new:
            raise type_error("%s.__new__(%s) is not safe, use %s.__new__()"
                             % (w_type.name, w_subtype.name, w_static.name))
        kwnames = tuple(kwargs) or None
        w_obj = w_type.tp_new(w_subtype, list(args[1:]) + list(kwargs.values()), kwnames)
        _took_type_reference(w_obj, w_subtype)
        return w_obj

    tp_new_wrapper.wraps_tp_new = True      # see heapslots.slot_function
    return W_BuiltinFunction("__new__", tp_new_wrapper, signature, w_type,
                             "Create and return a new object.  See help(type) "
                             "for accurate signature.", w_type.name)


# Imported last, for _result (every builtin that returns nothing): none.py
# imports the type registry this module is part of.
from glass.objects.none import w_None  # noqa: E402
from glass.objects.object import xdecref  # noqa: E402  (hot path: no import per call)
from glass.objects.weakrefobject import clear_weakrefs_if_any  # noqa: E402  (hot path: no import per call)
