"""Guest functions, bound methods, staticmethod, classmethod and cells.

Counterpart: Objects/funcobject.c (PyFunctionObject, staticmethod,
classmethod), Objects/classobject.c (PyMethodObject) and
Objects/cellobject.c (PyCellObject).

Calling a W_Function from host code (a slot calling __repr__, a builtin
calling a key function) runs a new eval loop on the host stack; the CALL
instruction instead pushes the callee's frame in the running loop, so guest
recursion never recurses on the host (glass/vm/ceval.py).
"""
from __future__ import annotations

from glass.objects.exceptions import argument_type_name
from glass.objects.object import W_Object, decref, xdecref
from glass.objects.type import BASETYPE, HAVE_GC, builtin_type, getter, method, setter, slot
from glass.vm.audit import audit


# In func_traverse's order.
_FUNCTION_FIELDS = ("w_code", "w_globals", "w_builtins", "w_module", "w_defaults",
                    "w_kwdefaults", "w_doc", "w_name", "w_dict", "w_closure",
                    "w_annotations", "w_qualname")


@builtin_type("function", flags=HAVE_GC)
class W_Function(W_Object):
    """function(code, globals, name=None, argdefs=None, closure=None)
--

Create a function object.

  code
    a code object
  globals
    the globals dictionary
  name
    a string that overrides the name from the code object
  argdefs
    a tuple that specifies the default argument values
  closure
    a tuple that supplies the bindings for free variables"""
    __slots__ = ("w_code", "w_globals", "w_builtins", "w_name", "w_qualname",
                 "w_defaults", "w_kwdefaults", "w_closure", "w_doc", "w_dict",
                 "w_module", "w_annotations", "version", "weakrefs")

    def __init__(self, w_code, w_globals, w_qualname=None):
        W_Object.__init__(self, W_Function.w_type)
        w_code.ob_refcnt += 1
        w_globals.ob_refcnt += 1
        self.w_code = w_code
        self.w_globals = w_globals
        self.w_builtins = pystate.builtins_of(w_globals)
        self.w_builtins.ob_refcnt += 1
        from glass.objects.str import W_Str, new_str      # (str.py imports this module)
        code = w_code.code
        self.w_name = new_str(code.co_name)
        if w_qualname is None:
            w_qualname = new_str(code.co_qualname)
        else:
            w_qualname.ob_refcnt += 1
        self.w_qualname = w_qualname
        self.w_defaults = None
        self.w_kwdefaults = None
        self.w_closure = None
        self.weakrefs = None
        # The compiler puts the docstring (or None) first in co_consts, so
        # PyFunction_New takes consts[0] when it is a str.
        consts = w_code.w_consts.items
        self.w_doc = None
        if consts and isinstance(consts[0], W_Str):
            consts[0].ob_refcnt += 1
            self.w_doc = consts[0]
        self.w_dict = None
        self.w_module = w_globals.getitem_str("__name__")
        if self.w_module is not None:
            self.w_module.ob_refcnt += 1
        self.w_annotations = None
        self.version = 0

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        """Counterpart: func_new_impl: function(code, globals, name=None,
        argdefs=None, closure=None)."""
        from glass.objects.codeobject import W_Code
        from glass.objects.dict import W_Dict
        from glass.objects.exceptions import type_error, value_error
        from glass.objects.none import w_None
        from glass.objects.str import W_Str
        from glass.objects.tuple import W_Tuple
        w_code, w_globals, w_name, w_defaults, w_closure = _NEW_SIGNATURE.bind(
            "function", args_w, kwnames)
        if not isinstance(w_code, W_Code):
            raise type_error("function() argument 'code' must be code, not %s"
                             % argument_type_name(w_code))
        if not isinstance(w_globals, W_Dict):
            raise type_error("function() argument 'globals' must be dict, not %s"
                             % argument_type_name(w_globals))
        w_name = None if w_name is w_None else w_name
        w_defaults = None if w_defaults is w_None else w_defaults
        w_closure = None if w_closure is w_None else w_closure
        if w_name is not None and not isinstance(w_name, W_Str):
            raise type_error("arg 3 (name) must be None or string")
        if w_defaults is not None and not isinstance(w_defaults, W_Tuple):
            raise type_error("arg 4 (defaults) must be None or tuple")
        nfree = len(w_code.code.co_freevars)
        if not isinstance(w_closure, W_Tuple):
            if nfree and w_closure is None:
                raise type_error("arg 5 (closure) must be tuple")
            if w_closure is not None:
                raise type_error("arg 5 (closure) must be None or tuple")
        nclosure = len(w_closure.items) if w_closure is not None else 0
        if nfree != nclosure:
            raise value_error("%s requires closure of length %d, not %d"
                              % (w_code.code.co_name, nfree, nclosure))
        for w_cell in (w_closure.items if w_closure is not None else ()):
            if not isinstance(w_cell, W_Cell):
                raise type_error("arg 5 (closure) expected cell, found %s"
                                 % w_cell.ob_type.name)
        audit("function.__new__", w_code)
        w_func = W_Function(w_code, w_globals)
        if w_name is not None:
            _set_field(w_func, "w_name", w_name)
        if w_defaults is not None:
            _set_field(w_func, "w_defaults", w_defaults)
        if w_closure is not None:
            _set_field(w_func, "w_closure", w_closure)
        return w_func

    @slot("tp_call")
    def call(self, args_w, kwnames):
        from glass.vm.ceval import call_function
        return call_function(self, args_w, kwnames)

    @slot("tp_descr_get")
    def descr_get(self, w_obj, w_type):
        if w_obj is None:
            self.ob_refcnt += 1
            return self
        return W_Method(self, w_obj)

    @slot("tp_repr")
    def repr(self):
        from glass.objects.str import new_str
        return new_str("<function %s at %#x>" % (self.w_qualname.value, id(self)))

    @slot("tp_dealloc")
    def dealloc(self):
        if self.weakrefs:
            from glass.objects.weakrefobject import clear_weakrefs
            clear_weakrefs(self)
        # Every field is emptied first, then released in __slots__ order (by
        # name rather than through getattr: this runs for every function).
        owned = (self.w_code, self.w_globals, self.w_builtins, self.w_name,
                 self.w_qualname, self.w_defaults, self.w_kwdefaults, self.w_closure,
                 self.w_doc, self.w_dict, self.w_module, self.w_annotations)
        self.w_code = self.w_globals = self.w_builtins = self.w_name = None
        self.w_qualname = self.w_defaults = self.w_kwdefaults = self.w_closure = None
        self.w_doc = self.w_dict = self.w_module = self.w_annotations = None
        for w_value in owned:
            if w_value is not None:
                decref(w_value)

    @slot("tp_traverse")
    def traverse(self, visit):
        """Counterpart: func_traverse: every field the function owns."""
        for name in _FUNCTION_FIELDS:
            w_value = getattr(self, name)
            if w_value is not None:
                visit(w_value)

    @slot("tp_clear")
    def clear(self):
        """Counterpart: func_clear: let go of everything but the code, the
        name and the qualname (which a cleared function keeps, as in C)."""
        self.version = 0
        for name in ("w_globals", "w_builtins", "w_module", "w_defaults",
                     "w_kwdefaults", "w_doc", "w_dict", "w_closure", "w_annotations"):
            w_value = getattr(self, name)
            if w_value is not None:
                setattr(self, name, None)
                decref(w_value)

    @getter("__name__")
    def get_name(self):
        return _ref(self.w_name)

    @setter("__name__")
    def set_name(self, w_value):
        _set_str(self, "w_name", w_value, "__name__")

    @getter("__qualname__")
    def get_qualname(self):
        return _ref(self.w_qualname)

    @setter("__qualname__")
    def set_qualname(self, w_value):
        _set_str(self, "w_qualname", w_value, "__qualname__")

    @getter("__code__")
    def get_code(self):
        audit("object.__getattr__", self, "__code__")
        return _ref(self.w_code)

    @setter("__code__")
    def set_code(self, w_value):
        """Counterpart: func_set_code: a code object with as many free
        variables as the function's closure has cells."""
        from glass.objects.codeobject import W_Code
        from glass.objects.exceptions import type_error, value_error
        if w_value is None or not isinstance(w_value, W_Code):
            raise type_error("__code__ must be set to a code object")
        audit("object.__setattr__", self, "__code__", w_value)
        nfree = len(w_value.code.co_freevars)
        nclosure = len(self.w_closure.items) if self.w_closure is not None else 0
        if nfree != nclosure:
            raise value_error("%s() requires a code object with %d free vars, not %d"
                              % (self.w_name.value, nclosure, nfree))
        _set_field(self, "w_code", w_value)

    @getter("__globals__", member=True)
    def get_globals(self):
        return _ref(self.w_globals)

    @getter("__builtins__", member=True)
    def get_builtins(self):
        return _ref(self.w_builtins)

    @getter("__defaults__")
    def get_defaults(self):
        return _ref(self.w_defaults)

    @setter("__defaults__")
    def set_defaults(self, w_value):
        from glass.objects.tuple import W_Tuple
        w_value = _none_is_null(w_value)
        if w_value is not None and not isinstance(w_value, W_Tuple):
            from glass.objects.exceptions import type_error
            raise type_error("__defaults__ must be set to a tuple object")
        _audit_set(self, "__defaults__", w_value)
        _set_field(self, "w_defaults", w_value)

    @getter("__kwdefaults__")
    def get_kwdefaults(self):
        return _ref(self.w_kwdefaults)

    @setter("__kwdefaults__")
    def set_kwdefaults(self, w_value):
        from glass.objects.dict import W_Dict
        w_value = _none_is_null(w_value)
        if w_value is not None and not isinstance(w_value, W_Dict):
            from glass.objects.exceptions import type_error
            raise type_error("__kwdefaults__ must be set to a dict object")
        _audit_set(self, "__kwdefaults__", w_value)
        _set_field(self, "w_kwdefaults", w_value)

    @getter("__closure__", member=True)
    def get_closure(self):
        return _ref(self.w_closure)

    @getter("__doc__", member=True)
    def get_doc(self):
        return _ref(self.w_doc)

    @setter("__doc__")
    def set_doc(self, w_value):
        _set_field(self, "w_doc", _none_is_null(w_value))

    @getter("__module__", member=True)
    def get_module(self):
        return _ref(self.w_module)

    @setter("__module__")
    def set_module(self, w_value):
        _set_field(self, "w_module", w_value)

    @getter("__dict__")
    def get_dict(self):
        from glass.objects.dict import W_Dict
        if self.w_dict is None:
            self.w_dict = W_Dict()
        return _ref(self.w_dict)

    @setter("__dict__")
    def set_dict(self, w_value):
        generic_set_dict(self, w_value)

    @getter("__annotations__")
    def get_annotations(self):
        from glass.objects.dict import W_Dict
        if self.w_annotations is None:
            self.w_annotations = W_Dict()
        return _ref(self.w_annotations)

    @setter("__annotations__")
    def set_annotations(self, w_value):
        _set_field(self, "w_annotations", _none_is_null(w_value))


def _ref(w_value):
    if w_value is None:
        return None
    w_value.ob_refcnt += 1
    return w_value


def _set_field(w_obj, name, w_value):
    if w_value is not None:
        w_value.ob_refcnt += 1
    w_old = getattr(w_obj, name)
    setattr(w_obj, name, w_value)
    xdecref(w_old)


def _none_is_null(w_value):
    from glass.objects.none import w_None
    return None if w_value is w_None else w_value


def _audit_set(w_func, name, w_value):
    """func_set_defaults' audit: setting None is a deletion."""
    if w_value is None:
        audit("object.__delattr__", w_func, name)
    else:
        audit("object.__setattr__", w_func, name, w_value)


def _set_str(w_func, field, w_value, name):
    from glass.objects.exceptions import type_error
    from glass.objects.str import W_Str
    if w_value is None or not isinstance(w_value, W_Str):
        raise type_error("%s must be set to a string object" % name)
    _set_field(w_func, field, w_value)


@builtin_type("method", flags=HAVE_GC)
class W_Method(W_Object):
    """method(function, instance, /)
--

Create a bound instance method object."""
    # weakrefs: im_weakreflist, set on first use (weakref_list).
    __slots__ = ("w_func", "w_self", "weakrefs")

    def __init__(self, w_func, w_self):
        W_Object.__init__(self, W_Method.w_type)
        w_func.ob_refcnt += 1
        w_self.ob_refcnt += 1
        self.w_func = w_func
        self.w_self = w_self

    @slot("tp_call")
    def call(self, args_w, kwnames):
        from glass.objects import abstract
        return abstract.call(self.w_func, [self.w_self] + list(args_w), kwnames)

    @method("($self, /)", name="__reduce__")
    def reduce(self):
        # Counterpart: meth_reduce (Objects/classobject.c): getattr(self,
        # the function's __name__).
        from glass.objects import abstract
        from glass.objects.descr import getattr_reduction
        return getattr_reduction(self.w_self, abstract.getattr_str(self.w_func, "__name__"))

    @slot("tp_dealloc")
    def dealloc(self):
        clear_weakrefs_if_any(self)
        decref(self.w_func)
        decref(self.w_self)

    @slot("tp_traverse")
    def traverse(self, visit):
        visit(self.w_func)
        visit(self.w_self)

    @slot("tp_repr")
    def repr(self):
        from glass.objects import abstract
        from glass.objects.str import new_str
        from glass.objects.str import W_Str
        # method_repr: __qualname__, else __name__, else "?".
        w_name = abstract.lookup_attr_str(self.w_func, "__qualname__")
        if w_name is None:
            w_name = abstract.lookup_attr_str(self.w_func, "__name__")
        name = w_name.value if isinstance(w_name, W_Str) else "?"
        if w_name is not None:
            decref(w_name)
        return new_str("<bound method %s of %s>" % (name, abstract.repr_text(self.w_self)))

    @slot("tp_richcompare")
    def richcompare(self, w_other, op):
        """Counterpart: method_richcompare: equal functions bound to the same object."""
        from glass.objects import abstract
        from glass.objects.bool import new_bool
        from glass.objects.tuple import not_implemented
        from glass.objects.type import EQ, NE
        if not isinstance(w_other, W_Method) or op not in (EQ, NE):
            return not_implemented()
        same = (abstract.rich_compare_bool(self.w_func, w_other.w_func, EQ)
                and self.w_self is w_other.w_self)
        return new_bool(same if op == EQ else not same)

    @slot("tp_hash")
    def hash(self):
        """Counterpart: method_hash: the receiver's address mixed with the function's hash."""
        from glass.objects import abstract
        from glass.objects.float import hash_pointer
        value = hash_pointer(self.w_self) ^ abstract.hash(self.w_func)
        return -2 if value == -1 else value

    @slot("tp_getattro")
    def getattro(self, w_name):
        """Attributes the method does not have come from the function."""
        from glass.objects import abstract
        from glass.objects.exceptions import EXCEPTION_TYPES, OperationError
        from glass.objects.typeobject import generic_getattr
        try:
            return generic_getattr(self, w_name)
        except OperationError as error:
            if not error.match(EXCEPTION_TYPES["AttributeError"]):
                raise
            decref(error.w_value)
        return abstract.getattr(self.w_func, w_name)

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        """Counterpart: method_new: method(function, instance)."""
        from glass.objects.exceptions import type_error
        from glass.objects.none import w_None
        if kwnames:
            raise type_error("method() takes no keyword arguments")
        if len(args_w) != 2:
            raise type_error("method expected 2 arguments, got %d" % len(args_w))
        w_func, w_self = args_w
        if w_func.ob_type.tp_call is None:
            raise type_error("first argument must be callable")
        if w_self is w_None:
            raise type_error("instance must not be None")
        return W_Method(w_func, w_self)

    @getter("__func__", member=True)
    def get_func(self):
        return _ref(self.w_func)

    @getter("__doc__")
    def get_doc(self):
        """Counterpart: method_get_doc: the function's __doc__."""
        from glass.objects import abstract
        return abstract.getattr_str(self.w_func, "__doc__")

    @getter("__self__", member=True)
    def get_self(self):
        return _ref(self.w_self)


@builtin_type("staticmethod", flags=BASETYPE | HAVE_GC)
class W_StaticMethod(W_Object):
    """staticmethod(function) -> method

Convert a function to be a static method.

A static method does not receive an implicit first argument.
To declare a static method, use this idiom:

     class C:
         @staticmethod
         def f(arg1, arg2, argN):
             ...

It can be called either on the class (e.g. C.f()) or on an instance
(e.g. C().f()). Both the class and the instance are ignored, and
neither is passed implicitly as the first argument to the method.

Static methods in Python are similar to those found in Java or C++.
For a more advanced concept, see the classmethod builtin."""
    __slots__ = ("w_callable", "w_dict")

    @getter("__isabstractmethod__")
    def get_isabstractmethod(self):
        from glass.objects.bool import new_bool
        from glass.objects.property import is_abstract_method
        return new_bool(is_abstract_method(self.w_callable))

    def __init__(self, w_callable=None, w_type=None):
        W_Object.__init__(self, w_type or W_StaticMethod.w_type)
        if w_callable is not None:
            w_callable.ob_refcnt += 1
        self.w_callable = w_callable
        self.w_dict = None

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        return W_StaticMethod(None, w_type)

    @slot("tp_init")
    def init(self, args_w, kwnames):
        _init_callable_wrapper(self, "staticmethod", args_w, kwnames)

    @slot("tp_descr_get")
    def descr_get(self, w_obj, w_type):
        return _ref(self.w_callable)

    @slot("tp_call")
    def call(self, args_w, kwnames):
        from glass.objects import abstract
        return abstract.call(self.w_callable, args_w, kwnames)

    @slot("tp_dealloc")
    def dealloc(self):
        xdecref(self.w_callable)
        xdecref(self.w_dict)

    @slot("tp_traverse")
    def traverse(self, visit):
        """Counterpart: sm_traverse / cm_traverse."""
        for w_value in (self.w_callable, self.w_dict):
            if w_value is not None:
                visit(w_value)

    @slot("tp_clear")
    def clear(self):
        """Counterpart: sm_clear / cm_clear."""
        w_callable, self.w_callable = self.w_callable, None
        w_dict, self.w_dict = self.w_dict, None
        xdecref(w_callable)
        xdecref(w_dict)

    @getter("__func__", member=True)
    def get_func(self):
        return _ref(self.w_callable)

    @getter("__wrapped__", member=True)
    def get_wrapped(self):
        return _ref(self.w_callable)

    @getter("__dict__")
    def get_dict(self):
        return _wrapper_dict(self)

    @setter("__dict__")
    def set_dict(self, w_value):
        generic_set_dict(self, w_value)

    @slot("tp_repr")
    def repr(self):
        """Counterpart: sm_repr / cm_repr: <kind(callable)>."""
        from glass.objects import abstract
        from glass.objects.str import new_str
        return new_str("<%s(%s)>" % (self.ob_type.name, abstract.repr_text(self.w_callable)))


@builtin_type("classmethod", flags=BASETYPE | HAVE_GC)
class W_ClassMethod(W_Object):
    """classmethod(function) -> method

Convert a function to be a class method.

A class method receives the class as implicit first argument,
just like an instance method receives the instance.
To declare a class method, use this idiom:

  class C:
      @classmethod
      def f(cls, arg1, arg2, argN):
          ...

It can be called either on the class (e.g. C.f()) or on an instance
(e.g. C().f()).  The instance is ignored except for its class.
If a class method is called for a derived class, the derived class
object is passed as the implied first argument.

Class methods are different than C++ or Java static methods.
If you want those, see the staticmethod builtin."""
    __slots__ = ("w_callable", "w_dict")

    @getter("__isabstractmethod__")
    def get_isabstractmethod(self):
        from glass.objects.bool import new_bool
        from glass.objects.property import is_abstract_method
        return new_bool(is_abstract_method(self.w_callable))

    def __init__(self, w_callable=None, w_type=None):
        W_Object.__init__(self, w_type or W_ClassMethod.w_type)
        if w_callable is not None:
            w_callable.ob_refcnt += 1
        self.w_callable = w_callable
        self.w_dict = None

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        return W_ClassMethod(None, w_type)

    @slot("tp_init")
    def init(self, args_w, kwnames):
        _init_callable_wrapper(self, "classmethod", args_w, kwnames)

    @slot("tp_descr_get")
    def descr_get(self, w_obj, w_type):
        if w_type is None:
            w_type = w_obj.ob_type
        get = self.w_callable.ob_type.tp_descr_get
        if get is not None and not isinstance(self.w_callable, W_Function):
            # 3.9-3.12 chain descriptors: classmethod(property(...)).
            return get(self.w_callable, w_type, w_type)
        return W_Method(self.w_callable, w_type)

    @slot("tp_dealloc")
    def dealloc(self):
        xdecref(self.w_callable)
        xdecref(self.w_dict)

    @slot("tp_traverse")
    def traverse(self, visit):
        """Counterpart: sm_traverse / cm_traverse."""
        for w_value in (self.w_callable, self.w_dict):
            if w_value is not None:
                visit(w_value)

    @slot("tp_clear")
    def clear(self):
        """Counterpart: sm_clear / cm_clear."""
        w_callable, self.w_callable = self.w_callable, None
        w_dict, self.w_dict = self.w_dict, None
        xdecref(w_callable)
        xdecref(w_dict)

    @getter("__func__", member=True)
    def get_func(self):
        return _ref(self.w_callable)

    @getter("__wrapped__", member=True)
    def get_wrapped(self):
        return _ref(self.w_callable)

    @getter("__dict__")
    def get_dict(self):
        return _wrapper_dict(self)

    @setter("__dict__")
    def set_dict(self, w_value):
        generic_set_dict(self, w_value)

    @slot("tp_repr")
    def repr(self):
        """Counterpart: sm_repr / cm_repr: <kind(callable)>."""
        from glass.objects import abstract
        from glass.objects.str import new_str
        return new_str("<%s(%s)>" % (self.ob_type.name, abstract.repr_text(self.w_callable)))


def _init_callable_wrapper(w_self, name, args_w, kwnames):
    """Counterpart: cm_init and sm_init: one positional argument, no keywords."""
    from glass.objects.exceptions import type_error
    if kwnames:
        raise type_error("%s() takes no keyword arguments" % name)
    if len(args_w) != 1:
        raise type_error("%s expected 1 argument, got %d" % (name, len(args_w)))
    _set_field(w_self, "w_callable", args_w[0])
    _copy_wrapped_attributes(w_self, args_w[0])


def _copy_wrapped_attributes(w_wrapper, w_wrapped):
    """Counterpart: functools_wraps in funcobject.c: a staticmethod or
    classmethod takes the __module__, __name__, __qualname__, __doc__ and
    __annotations__ of what it wraps, when that has them."""
    from glass.objects import abstract
    from glass.objects.exceptions import EXCEPTION_TYPES, OperationError
    from glass.objects.str import intern
    for name in ("__module__", "__name__", "__qualname__", "__doc__", "__annotations__"):
        w_name = intern(name)
        try:
            try:
                w_value = abstract.getattr(w_wrapped, w_name)
            except OperationError as error:
                if not error.match(EXCEPTION_TYPES["AttributeError"]):
                    raise
                decref(error.w_value)
                continue
            try:
                abstract.setattr(w_wrapper, w_name, w_value)
            finally:
                decref(w_value)
        finally:
            decref(w_name)


def _wrapper_dict(w_wrapper):
    from glass.objects.dict import W_Dict
    if w_wrapper.w_dict is None:
        w_wrapper.w_dict = W_Dict()
    return _ref(w_wrapper.w_dict)


def generic_set_dict(w_wrapper, w_value):
    """PyObject_GenericSetDict: a new __dict__ for an object keeping its
    own in `w_dict` (functions, classmethod, functools.partial...)."""
    from glass.objects.dict import W_Dict
    from glass.objects.exceptions import type_error
    if w_value is None:
        raise type_error("cannot delete __dict__")
    if not isinstance(w_value, W_Dict):
        raise type_error("__dict__ must be set to a dictionary, not a '%s'"
                         % w_value.ob_type.name)
    _set_field(w_wrapper, "w_dict", w_value)


@builtin_type("cell", flags=HAVE_GC)
class W_Cell(W_Object):
    """cell([contents])
--

Create a new cell object.

  contents
    the contents of the cell. If not specified, the cell will be empty,
    and \n further attempts to access its cell_contents attribute will
    raise a ValueError."""
    __slots__ = ("w_ref",)

    def __init__(self, w_ref=None):
        W_Object.__init__(self, W_Cell.w_type)
        if w_ref is not None:
            w_ref.ob_refcnt += 1
        self.w_ref = w_ref

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        """Counterpart: cell_new: cell([contents])."""
        from glass.objects.exceptions import type_error
        if kwnames:
            raise type_error("cell() takes no keyword arguments")
        if len(args_w) > 1:
            raise type_error("cell expected at most 1 argument, got %d" % len(args_w))
        return W_Cell(args_w[0] if args_w else None)

    @slot("tp_richcompare")
    def richcompare(self, w_other, op):
        """Counterpart: cell_richcompare: compare the contents, an empty
        cell being smaller than any full one."""
        from glass.objects import abstract
        from glass.objects.bool import new_bool
        from glass.objects.none import w_NotImplemented
        if not isinstance(w_other, W_Cell):
            w_NotImplemented.ob_refcnt += 1
            return w_NotImplemented
        w_a, w_b = self.w_ref, w_other.w_ref
        if w_a is not None and w_b is not None:
            return abstract.rich_compare(w_a, w_b, op)
        full_a, full_b = w_a is not None, w_b is not None
        return new_bool((full_a < full_b, full_a <= full_b, full_a == full_b,
                         full_a != full_b, full_a > full_b, full_a >= full_b)[op])

    @slot("tp_dealloc")
    def dealloc(self):
        w_ref, self.w_ref = self.w_ref, None
        xdecref(w_ref)

    @slot("tp_clear")
    def clear(self):
        """Counterpart: cell_clear."""
        w_ref, self.w_ref = self.w_ref, None
        xdecref(w_ref)

    @slot("tp_traverse")
    def traverse(self, visit):
        if self.w_ref is not None:
            visit(self.w_ref)

    @slot("tp_repr")
    def repr(self):
        from glass.objects.str import new_str
        if self.w_ref is None:
            return new_str("<cell at %#x: empty>" % id(self))
        return new_str("<cell at %#x: %s object at %#x>"
                       % (id(self), self.w_ref.ob_type.name, id(self.w_ref)))

    @getter("cell_contents")
    def get_contents(self):
        if self.w_ref is None:
            from glass.objects.exceptions import value_error
            raise value_error("Cell is empty")
        return _ref(self.w_ref)

    @setter("cell_contents")
    def set_contents(self, w_value):
        _set_field(self, "w_ref", w_value)


def _new_signature():
    from glass.objects.signature import Signature
    return Signature.parse("(code, globals, name=None, argdefs=None, closure=None)")


_NEW_SIGNATURE = _new_signature()


# Late: these modules import this one.
from glass.objects.weakrefobject import clear_weakrefs_if_any  # noqa: E402
from glass.vm import pystate  # noqa: E402
