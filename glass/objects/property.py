"""property: a data descriptor calling fget, fset and fdel.

Counterpart: the property type of Objects/descrobject.c.
"""
from __future__ import annotations

from glass.objects import abstract
from glass.objects.exceptions import attribute_error, type_error
from glass.objects.object import W_Object, decref, xdecref
from glass.objects.signature import no_text_signature, varargs
from glass.objects.type import BASETYPE, HAVE_GC, builtin_type, getter, method, setter, slot


@builtin_type("property", flags=BASETYPE | HAVE_GC)
class W_Property(W_Object):
    """property(fget=None, fset=None, fdel=None, doc=None)
--

Property attribute.

  fget
    function to be used for getting an attribute value
  fset
    function to be used for setting an attribute value
  fdel
    function to be used for del'ing an attribute
  doc
    docstring

Typical use is to define a managed attribute x:

class C(object):
    def getx(self): return self._x
    def setx(self, value): self._x = value
    def delx(self): del self._x
    x = property(getx, setx, delx, "I'm the 'x' property.")

Decorators make defining new properties or modifying existing ones easy:

class C(object):
    @property
    def x(self):
        "I am the 'x' property."
        return self._x
    @x.setter
    def x(self, value):
        self._x = value
    @x.deleter
    def x(self):
        del self._x"""
    __slots__ = ("w_fget", "w_fset", "w_fdel", "w_doc", "w_name", "w_dict", "getter_doc")

    def __init__(self, w_type=None):
        W_Object.__init__(self, w_type or W_Property.w_type)
        self.w_fget = self.w_fset = self.w_fdel = self.w_doc = self.w_name = None
        self.getter_doc = False
        self.w_dict = None

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        return W_Property(w_type)

    @slot("tp_init")
    def init(self, args_w, kwnames):
        """Counterpart: property_init_impl: with no doc given, the getter's
        __doc__ is used (and remembered as such, for getter() copies); a
        subclass instance gets its doc set as an attribute instead."""
        from glass.objects.none import new_none, w_None
        bound = _INIT_SIGNATURE.bind("property", args_w, kwnames)
        for field, w_value in zip(("w_fget", "w_fset", "w_fdel"), bound):
            if w_value is w_None:
                w_value = None
            if w_value is not None:
                w_value.ob_refcnt += 1
            w_old = getattr(self, field)
            setattr(self, field, w_value)
            xdecref(w_old)
        w_doc = bound[3]
        self.getter_doc = False
        if w_doc is not None and w_doc is not w_None:
            w_doc.ob_refcnt += 1
        elif self.w_fget is not None:
            w_doc = abstract.lookup_attr_str(self.w_fget, "__doc__")
            if w_doc is w_None and self.ob_type is not W_Property.w_type:
                decref(w_doc)
                w_doc = None
            self.getter_doc = w_doc is not None
        else:
            w_doc = None
        if self.ob_type is W_Property.w_type:
            w_old, self.w_doc = self.w_doc, w_doc
            xdecref(w_old)
            return
        if w_doc is None:
            w_doc = new_none()
        try:
            from glass.objects.str import intern
            w_name = intern("__doc__")
            try:
                abstract.setattr(self, w_name, w_doc)
            finally:
                decref(w_name)
        finally:
            decref(w_doc)

    @slot("tp_descr_get")
    def descr_get(self, w_obj, w_type):
        if w_obj is None:
            self.ob_refcnt += 1
            return self
        if self.w_fget is None:
            raise attribute_error(self._message("getter", w_obj))
        return abstract.call(self.w_fget, [w_obj])

    @slot("tp_descr_set")
    def descr_set(self, w_obj, w_value):
        if w_value is None:
            if self.w_fdel is None:
                raise attribute_error(self._message("deleter", w_obj))
            decref(abstract.call(self.w_fdel, [w_obj]))
        else:
            if self.w_fset is None:
                raise attribute_error(self._message("setter", w_obj))
            decref(abstract.call(self.w_fset, [w_obj, w_value]))

    def _message(self, what, w_obj):
        # The owner is named by its type's qualified name, in quotes (%R).
        owner = repr(w_obj.ob_type.qualname)
        if self.w_name is not None:
            return "property %s of %s object has no %s" % (
                abstract.repr_text(self.w_name), owner, what)
        return "property of %s object has no %s" % (owner, what)

    @slot("tp_dealloc")
    def dealloc(self):
        for field in ("w_fget", "w_fset", "w_fdel", "w_doc", "w_name", "w_dict"):
            xdecref(getattr(self, field))
            setattr(self, field, None)

    @slot("tp_traverse")
    def traverse(self, visit):
        for field in ("w_fget", "w_fset", "w_fdel", "w_doc", "w_name", "w_dict"):
            w_value = getattr(self, field)
            if w_value is not None:
                visit(w_value)

    @slot("tp_clear")
    def clear(self):
        """Counterpart: property_clear: only the doc goes."""
        w_doc, self.w_doc = self.w_doc, None
        xdecref(w_doc)

    @varargs
    @no_text_signature
    @method("($self, *args)")
    def __set_name__(self, args_w):
        """Method to set name of a property."""
        if len(args_w) != 2:          # property_set_name counts them itself
            raise type_error("__set_name__() takes 2 positional arguments but %d were given"
                             % len(args_w))
        w_name = args_w[1]
        w_name.ob_refcnt += 1
        xdecref(self.w_name)
        self.w_name = w_name

    @no_text_signature
    @method("($self, getter, /)", name="getter")
    def with_getter(self, w_func):
        """Descriptor to obtain a copy of the property with a different getter."""
        return self._copy(w_func, self.w_fset, self.w_fdel)

    @no_text_signature
    @method("($self, setter, /)", name="setter")
    def with_setter(self, w_func):
        """Descriptor to obtain a copy of the property with a different setter."""
        return self._copy(self.w_fget, w_func, self.w_fdel)

    @no_text_signature
    @method("($self, deleter, /)", name="deleter")
    def with_deleter(self, w_func):
        """Descriptor to obtain a copy of the property with a different deleter."""
        return self._copy(self.w_fget, self.w_fset, w_func)

    def _copy(self, w_fget, w_fset, w_fdel):
        from glass.objects.none import w_None
        # property_copy: a doc taken from the old getter is not carried over
        # to a copy with a new getter (whose own __doc__ is used instead).
        if self.getter_doc and w_fget is not None:
            w_doc = w_None
        else:
            w_doc = self.w_doc
        args = [w or w_None for w in (w_fget, w_fset, w_fdel, w_doc)]
        w_new = abstract.call(self.ob_type, args)
        if isinstance(w_new, W_Property) and self.w_name is not None:
            self.w_name.ob_refcnt += 1
            w_new.w_name = self.w_name
        return w_new

    @getter("fget", member=True)
    def get_fget(self):
        return _ref(self.w_fget)

    @getter("fset", member=True)
    def get_fset(self):
        return _ref(self.w_fset)

    @getter("fdel", member=True)
    def get_fdel(self):
        return _ref(self.w_fdel)

    @setter("fget")
    def set_fget(self, w_value):
        raise attribute_error("readonly attribute")

    @setter("fset")
    def set_fset(self, w_value):
        raise attribute_error("readonly attribute")

    @setter("fdel")
    def set_fdel(self, w_value):
        raise attribute_error("readonly attribute")

    @getter("__doc__", member=True)
    def get_doc(self):
        return _ref(self.w_doc)

    @setter("__doc__")
    def set_doc(self, w_value):
        """__doc__ is a writable member in CPython (deleting leaves None)."""
        if w_value is not None:
            w_value.ob_refcnt += 1
        w_old, self.w_doc = self.w_doc, w_value
        xdecref(w_old)

    @getter("__isabstractmethod__")
    def get_isabstractmethod(self):
        """Counterpart: property_get___isabstractmethod__: any accessor abstract."""
        from glass.objects.bool import new_bool
        return new_bool(any(is_abstract_method(w) for w in (self.w_fget, self.w_fset,
                                                              self.w_fdel)))


def is_abstract_method(w_obj):
    """_PyObject_IsAbstract: a true __isabstractmethod__ attribute."""
    from glass.objects import abstract
    if w_obj is None:
        return False
    w_flag = abstract.lookup_attr_str(w_obj, "__isabstractmethod__")
    if w_flag is None:
        return False
    try:
        return abstract.is_true(w_flag)
    finally:
        from glass.objects.object import decref
        decref(w_flag)


def _ref(w_value):
    if w_value is not None:
        w_value.ob_refcnt += 1
    return w_value


def _init_signature():
    from glass.objects.signature import Signature
    return Signature.parse("($self, fget=None, fset=None, fdel=None, doc=None)")


_INIT_SIGNATURE = _init_signature()
