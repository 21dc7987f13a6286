"""super(): attribute lookup that starts after a class in an instance's MRO.

Counterpart: the super type of Objects/typeobject.c (super_init,
super_getattro, and the zero-argument form's frame inspection).
"""
from __future__ import annotations

from glass.objects.exceptions import runtime_error, type_error
from glass.objects.object import W_Object, xdecref
from glass.objects.type import BASETYPE, HAVE_GC, W_Type, builtin_type, getter, slot


@builtin_type("super", flags=BASETYPE | HAVE_GC)
class W_Super(W_Object):
    """super() -> same as super(__class__, <first argument>)
super(type) -> unbound super object
super(type, obj) -> bound super object; requires isinstance(obj, type)
super(type, type2) -> bound super object; requires issubclass(type2, type)
Typical use to call a cooperative superclass method:
class C(B):
    def meth(self, arg):
        super().meth(arg)
This works for class methods too:
class C(B):
    @classmethod
    def cmeth(cls, arg):
        super().cmeth(arg)
"""
    __slots__ = ("w_type_", "w_obj", "w_obj_type")

    def __init__(self, w_type=None):
        W_Object.__init__(self, w_type or W_Super.w_type)
        self.w_type_ = None
        self.w_obj = None
        self.w_obj_type = None

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        return W_Super(w_type)

    @slot("tp_init")
    def init(self, args_w, kwnames):
        if kwnames:
            raise type_error("super() takes no keyword arguments")
        if len(args_w) > 2:
            raise type_error("super() expected at most 2 arguments, got %d" % len(args_w))
        if not args_w:
            w_type, w_obj = _zero_argument_super()
        else:
            w_type = args_w[0]
            w_obj = args_w[1] if len(args_w) > 1 else None
        if not isinstance(w_type, W_Type):
            raise type_error("super() argument 1 must be a type, not %s" % w_type.ob_type.name)
        from glass.objects.none import w_None
        if w_obj is w_None:
            w_obj = None               # super(T, None) is an unbound super
        w_obj_type = _supercheck(w_type, w_obj) if w_obj is not None else None
        for w in (w_type, w_obj):
            if w is not None:
                w.ob_refcnt += 1
        w_olds = (self.w_type_, self.w_obj, self.w_obj_type)
        self.w_type_, self.w_obj, self.w_obj_type = w_type, w_obj, w_obj_type
        for w_old in w_olds:
            xdecref(w_old)

    @slot("tp_descr_get")
    def descr_get(self, w_obj, w_type):
        """Counterpart: super_descr_get: an unbound super found through an
        instance binds to it (super(C).__get__(obj) is super(C, obj))."""
        from glass.objects.none import w_None
        if w_obj is None or w_obj is w_None or self.w_obj is not None:
            self.ob_refcnt += 1
            return self
        if self.ob_type is not W_Super.w_type:
            from glass.objects import abstract
            return abstract.call(self.ob_type, [self.w_type_, w_obj])
        w_obj_type = _supercheck(self.w_type_, w_obj)
        w_new = W_Super()
        self.w_type_.ob_refcnt += 1
        w_obj.ob_refcnt += 1
        w_new.w_type_, w_new.w_obj, w_new.w_obj_type = self.w_type_, w_obj, w_obj_type
        return w_new

    @slot("tp_getattro")
    def getattro(self, w_name):
        """Look the name up on the MRO of type(obj), after the given class."""
        from glass.objects.typeobject import generic_getattr
        w_start = self.w_obj_type
        if w_start is not None and w_name.value != "__class__":
            mro = w_start.mro
            try:
                index = mro.index(self.w_type_) + 1
            except ValueError:
                index = len(mro)
            for w_class in mro[index:]:
                w_res = w_class.dict.get(w_name.value)
                if w_res is None:
                    continue
                get = w_res.ob_type.tp_descr_get
                if get is None:
                    w_res.ob_refcnt += 1
                    return w_res
                w_obj = None if self.w_obj is w_start else self.w_obj
                return get(w_res, w_obj, w_start)
        return generic_getattr(self, w_name)

    @slot("tp_repr")
    def repr(self):
        from glass.objects.str import new_str
        if self.w_obj_type is not None:
            return new_str("<super: <class '%s'>, <%s object>>"
                           % (self.w_type_.name, self.w_obj_type.name))
        return new_str("<super: <class '%s'>, NULL>"
                       % (self.w_type_.name if self.w_type_ else "NULL"))

    @slot("tp_dealloc")
    def dealloc(self):
        xdecref(self.w_type_)
        xdecref(self.w_obj)
        xdecref(self.w_obj_type)

    @slot("tp_traverse")
    def traverse(self, visit):
        """Counterpart: super_traverse."""
        for w_value in (self.w_obj, self.w_type_, self.w_obj_type):
            if w_value is not None:
                visit(w_value)

    @getter("__thisclass__", member=True)
    def get_thisclass(self):
        if self.w_type_ is not None:
            self.w_type_.ob_refcnt += 1
        return self.w_type_

    @getter("__self_class__", member=True)
    def get_self_class(self):
        if self.w_obj_type is not None:
            self.w_obj_type.ob_refcnt += 1
        return self.w_obj_type

    @getter("__self__", member=True)
    def get_self(self):
        if self.w_obj is not None:
            self.w_obj.ob_refcnt += 1
        return self.w_obj


def _supercheck(w_type, w_obj):
    """Counterpart: supercheck: the type whose MRO to search (a new
    reference): obj itself when it is a subclass, else its type, else the
    class its __class__ attribute names (a proxy's)."""
    if isinstance(w_obj, W_Type) and w_obj.is_subtype(w_type):
        w_obj.ob_refcnt += 1
        return w_obj
    if w_obj.ob_type.is_subtype(w_type):
        w_obj.ob_type.ob_refcnt += 1
        return w_obj.ob_type
    from glass.objects import abstract
    from glass.objects.object import decref
    w_class = abstract.lookup_attr_str(w_obj, "__class__")
    if w_class is not None:
        if (isinstance(w_class, W_Type) and w_class is not w_obj.ob_type
                and w_class.is_subtype(w_type)):
            return w_class
        decref(w_class)
    raise type_error("super(type, obj): obj must be an instance or subtype of type")


def _zero_argument_super():
    """Counterpart: super_init_without_args: __class__ cell and first argument."""
    from glass.bytecode.code import CO_FAST_CELL, CO_FAST_FREE
    from glass.vm import pystate
    frame = pystate.current().frame
    if frame is None:
        raise runtime_error("super(): no current frame")
    code = frame.w_code.code
    if code.co_argcount == 0:
        raise runtime_error("super(): no arguments")
    w_obj = frame.localsplus[0]
    if w_obj is not None and code.co_localspluskinds[0] & CO_FAST_CELL:
        w_obj = w_obj.w_ref       # the first argument was moved into a cell
    if w_obj is None:
        raise runtime_error("super(): arg[0] deleted")
    for i, name in enumerate(code.co_localsplusnames):
        if name == "__class__" and code.co_localspluskinds[i] & CO_FAST_FREE:
            w_cell = frame.localsplus[i]
            w_type = w_cell.w_ref if w_cell is not None else None
            if w_type is None:
                raise runtime_error("super(): empty __class__ cell")
            if not isinstance(w_type, W_Type):
                raise runtime_error("super(): __class__ is not a type (%s)"
                                    % w_type.ob_type.name)
            return w_type, w_obj
    raise runtime_error("super(): __class__ cell not found")
