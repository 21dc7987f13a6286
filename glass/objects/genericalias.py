"""types.GenericAlias: what `list[int]` makes (PEP 585).

Counterpart: Objects/genericaliasobject.c (gaobject, Py_GenericAlias).

A first version, made for the containers' __class_getitem__: the alias keeps
its origin and arguments, prints as `list[int]`, compares and hashes by
them, makes instances of the origin when called (recording __orig_class__),
gives the origin to a class statement (__mro_entries__), refuses isinstance(),
and answers every other attribute from the origin, as CPython's does.
Substituting type variables is done for plain TypeVar-like arguments (those
with __typing_subst__); `X | Y` (types.UnionType) and `*tuple[...]` are not
here yet.  Iterating an alias gives it once more, starred (`*tuple[int]`,
ga_iter), which prints with a star and differs from the plain one.
"""
from __future__ import annotations

from glass.objects.object import W_Object, decref
from glass.objects.signature import no_text_signature
from glass.objects.type import (BASETYPE, EQ, HAVE_GC, NE, builtin_type, getter, method,
                                slot)

# The attributes an alias answers itself; any other comes from the origin.
ATTR_EXCEPTIONS = ("__class__", "__origin__", "__args__", "__unpacked__",
                   "__parameters__", "__typing_unpacked_tuple_args__",
                   "__mro_entries__", "__reduce_ex__", "__reduce__", "__copy__",
                   "__deepcopy__")


@builtin_type("types.GenericAlias", flags=BASETYPE | HAVE_GC)
class W_GenericAlias(W_Object):
    """Represent a PEP 585 generic type

E.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,)."""
    __slots__ = ("w_origin", "w_args", "w_parameters", "starred")

    def __init__(self, w_origin, w_args, w_type=None, starred=False):
        """Both arguments are borrowed; w_args is a tuple."""
        W_Object.__init__(self, w_type or W_GenericAlias.w_type)
        w_origin.ob_refcnt += 1
        w_args.ob_refcnt += 1
        self.w_origin = w_origin
        self.w_args = w_args
        self.w_parameters = None       # computed on first use
        self.starred = starred         # made by iterating an alias: *tuple[int]

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        """Counterpart: ga_new: GenericAlias(origin, args)."""
        from glass.objects.exceptions import type_error
        if kwnames:
            raise type_error("GenericAlias() takes no keyword arguments")
        if len(args_w) != 2:
            raise type_error("GenericAlias expected 2 arguments, got %d" % len(args_w))
        if w_type is not W_GenericAlias.w_type:
            return _new_subclass_instance(w_type, args_w[0], args_w[1])
        return new_generic_alias(args_w[0], args_w[1])

    @slot("tp_getattro")
    def getattro(self, w_name):
        """Counterpart: ga_getattro: most names are looked up on the origin."""
        from glass.objects import abstract
        from glass.objects.str import W_Str
        from glass.objects.typeobject import generic_getattr
        if isinstance(w_name, W_Str) and w_name.value not in ATTR_EXCEPTIONS:
            return abstract.getattr(self.w_origin, w_name)
        return generic_getattr(self, w_name)

    @slot("tp_repr")
    def repr(self):
        """Counterpart: ga_repr: `origin[arg, ...]`, classes by qualified name."""
        from glass.objects.str import new_str
        items = self.w_args.items
        parts = ", ".join(_repr_item(w_item) for w_item in items)
        if not items:
            parts = "()"
        return new_str("%s%s[%s]" % ("*" if self.starred else "", _repr_item(self.w_origin),
                                     parts))

    @slot("tp_richcompare")
    def richcompare(self, w_other, op):
        """Counterpart: ga_richcompare: the same origin and the same arguments."""
        from glass.objects import abstract
        from glass.objects.bool import new_bool
        from glass.objects.tuple import not_implemented
        if not isinstance(w_other, W_GenericAlias) or op not in (EQ, NE):
            return not_implemented()
        if op == NE:
            w_eq = self.richcompare(w_other, EQ)
            try:
                return new_bool(not abstract.is_true(w_eq))
            finally:
                decref(w_eq)
        if self.starred != w_other.starred or \
                not abstract.rich_compare_bool(self.w_origin, w_other.w_origin, EQ):
            return new_bool(False)
        return abstract.rich_compare(self.w_args, w_other.w_args, EQ)

    @slot("tp_hash")
    def hash(self):
        """Counterpart: ga_hash: hash(origin) ^ hash(args)."""
        from glass.objects import abstract
        value = abstract.hash(self.w_origin) ^ abstract.hash(self.w_args)
        return -2 if value == -1 else value

    @slot("tp_call")
    def call(self, args_w, kwnames):
        """Counterpart: ga_call: call the origin, then record __orig_class__."""
        from glass.objects import abstract
        from glass.objects.exceptions import EXCEPTION_TYPES, OperationError
        from glass.objects.str import intern
        w_obj = abstract.call(self.w_origin, args_w, kwnames)
        w_name = intern("__orig_class__")
        try:
            abstract.setattr(w_obj, w_name, self)
        except OperationError as error:
            if not (error.match(EXCEPTION_TYPES["AttributeError"]) or
                    error.match(EXCEPTION_TYPES["TypeError"])):
                decref(w_obj)
                raise
            decref(error.w_value)
        finally:
            w_name.ob_refcnt -= 1
        return w_obj

    @slot("nb_or")
    def or_(w_left, w_right):
        """list[int] | None: a types.UnionType (_Py_union_type_or)."""
        from glass.objects.unionobject import union_or
        return union_or(w_left, w_right)

    @slot("mp_subscript")
    def subscript(self, w_item):
        """Counterpart: ga_getitem: substitute the type variables."""
        return _substitute(self, w_item)

    @slot("tp_traverse")
    def traverse(self, visit):
        visit(self.w_origin)
        visit(self.w_args)
        if self.w_parameters is not None:
            visit(self.w_parameters)

    @slot("tp_dealloc")
    def dealloc(self):
        for name in ("w_origin", "w_args", "w_parameters"):
            w_value = getattr(self, name)
            setattr(self, name, None)
            if w_value is not None:
                decref(w_value)

    @getter("__origin__", member=True)
    def get_origin(self):
        self.w_origin.ob_refcnt += 1
        return self.w_origin

    @getter("__args__", member=True)
    def get_args(self):
        self.w_args.ob_refcnt += 1
        return self.w_args

    @getter("__parameters__", doc="Type variables in the GenericAlias.")
    def get_parameters(self):
        w_parameters = self.parameters()
        w_parameters.ob_refcnt += 1
        return w_parameters

    @getter("__unpacked__", member=True)
    def get_unpacked(self):
        from glass.objects.bool import new_bool
        return new_bool(self.starred)

    @slot("tp_iter")
    def iter(self):
        """Counterpart: ga_iter: an iterator that gives the starred alias once."""
        return W_GenericAliasIterator(self)

    @getter("__typing_unpacked_tuple_args__")
    def get_unpacked_tuple_args(self):
        from glass.objects.none import new_none
        return new_none()

    def parameters(self):
        """The alias's type variables (borrowed): _Py_make_parameters."""
        if self.w_parameters is None:
            self.w_parameters = _make_parameters(self.w_args)
        return self.w_parameters

    @no_text_signature
    @method("($self, bases, /)")
    def __mro_entries__(self, w_bases):
        from glass.objects.tuple import new_tuple
        return new_tuple([self.w_origin])

    @no_text_signature
    @method("($self, instance, /)")
    def __instancecheck__(self, w_instance):
        from glass.objects.exceptions import type_error
        raise type_error("isinstance() argument 2 cannot be a parameterized generic")

    @no_text_signature
    @method("($self, subclass, /)")
    def __subclasscheck__(self, w_subclass):
        from glass.objects.exceptions import type_error
        raise type_error("issubclass() argument 2 cannot be a parameterized generic")

    @no_text_signature
    @method("($self, /)")
    def __reduce__(self):
        from glass.objects.tuple import new_tuple, new_tuple_owned
        if self.starred:
            # ga_reduce: next(iter(the plain alias)) makes the starred one again.
            from glass.objects import abstract
            from glass.objects.iterobject import get_builtin
            w_plain = W_GenericAlias(self.w_origin, self.w_args)
            w_iterator = W_GenericAliasIterator(w_plain)
            decref(w_plain)
            return new_tuple_owned([get_builtin("next"), new_tuple_owned([w_iterator])])
        W_GenericAlias.w_type.ob_refcnt += 1
        return new_tuple_owned([W_GenericAlias.w_type,
                                new_tuple([self.w_origin, self.w_args])])


@builtin_type("generic_alias_iterator", flags=HAVE_GC)
class W_GenericAliasIterator(W_Object):
    """Counterpart: gaiterobject: gives one starred copy of its alias."""
    __slots__ = ("w_alias",)

    def __init__(self, w_alias):
        W_Object.__init__(self, W_GenericAliasIterator.w_type)
        w_alias.ob_refcnt += 1
        self.w_alias = w_alias

    @slot("tp_iter")
    def iter(self):
        self.ob_refcnt += 1
        return self

    @slot("tp_iternext")
    def next(self):
        w_alias = self.w_alias
        if w_alias is None:
            return None                  # exhausted: StopIteration
        self.w_alias = None
        try:
            return W_GenericAlias(w_alias.w_origin, w_alias.w_args, starred=True)
        finally:
            decref(w_alias)

    @no_text_signature
    @method("($self, /)")
    def __reduce__(self):
        """Counterpart: ga_iter_reduce: iter(alias), or iter(()) when used up."""
        from glass.objects.iterobject import get_builtin
        from glass.objects.tuple import new_tuple, new_tuple_owned
        if self.w_alias is not None:
            return new_tuple_owned([get_builtin("iter"), new_tuple([self.w_alias])])
        return new_tuple_owned([get_builtin("iter"), new_tuple_owned([new_tuple([])])])

    @slot("tp_traverse")
    def traverse(self, visit):
        if self.w_alias is not None:
            visit(self.w_alias)

    @slot("tp_dealloc")
    def dealloc(self):
        w_alias, self.w_alias = self.w_alias, None
        if w_alias is not None:
            decref(w_alias)


def _repr_item(w_item):
    """Counterpart: ga_repr_item."""
    from glass.objects import abstract
    from glass.objects.none import w_Ellipsis, w_None
    if w_item is w_Ellipsis:
        return "..."
    for attr in ("__origin__", "__args__"):
        w_attr = abstract.lookup_attr_str(w_item, attr)
        if w_attr is None:
            break
        decref(w_attr)
    else:
        return abstract.repr_text(w_item)          # it looks like an alias
    w_qualname = abstract.lookup_attr_str(w_item, "__qualname__")
    if w_qualname is None:
        return abstract.repr_text(w_item)
    try:
        w_module = abstract.lookup_attr_str(w_item, "__module__")
        if w_module is None or w_module is w_None:
            if w_module is not None:
                decref(w_module)
            return abstract.repr_text(w_item)
        try:
            module = abstract.str_text(w_module)
        finally:
            decref(w_module)
        qualname = abstract.str_text(w_qualname)
    finally:
        decref(w_qualname)
    if module == "builtins":
        return qualname
    return "%s.%s" % (module, qualname)


def _make_parameters(w_args):
    """Counterpart: _Py_make_parameters: the type variables among the
    arguments (what has __typing_subst__), and those of nested aliases."""
    from glass.objects import abstract
    from glass.objects.tuple import new_tuple
    from glass.objects.type import W_Type
    found = []
    for w_arg in w_args.items:
        if isinstance(w_arg, W_Type):
            continue
        w_subst = abstract.lookup_attr_str(w_arg, "__typing_subst__")
        if w_subst is not None:
            decref(w_subst)
            if not any(w is w_arg for w in found):
                found.append(w_arg)
            continue
        w_params = abstract.lookup_attr_str(w_arg, "__parameters__")
        if w_params is None:
            continue
        try:
            for w_param in abstract.iterate(w_params):
                if not any(w is w_param for w in found):
                    found.append(w_param)
                decref(w_param)
        finally:
            decref(w_params)
    return new_tuple(found)


def _substitute(w_alias, w_item):
    """Counterpart: _Py_subs_parameters, for plain type variables."""
    from glass.objects import abstract
    from glass.objects.exceptions import type_error
    from glass.objects.tuple import W_Tuple, new_tuple_owned
    w_parameters = w_alias.parameters()
    params = w_parameters.items
    if not params:
        raise type_error("%s is not a generic class" % abstract.repr_text(w_alias))
    items = list(w_item.items) if isinstance(w_item, W_Tuple) else [w_item]
    if len(items) != len(params):
        raise type_error("Too %s arguments for %s; actual %d, expected %d"
                         % ("many" if len(items) > len(params) else "few",
                            abstract.repr_text(w_alias), len(items), len(params)))
    new_args = []
    try:
        for w_arg in w_alias.w_args.items:
            position = next((i for i, w in enumerate(params) if w is w_arg), -1)
            if position >= 0:
                w_subst = abstract.getattr_str(w_arg, "__typing_subst__")
                try:
                    new_args.append(abstract.call(w_subst, [items[position]]))
                finally:
                    decref(w_subst)
                continue
            w_sub_params = abstract.lookup_attr_str(w_arg, "__parameters__")
            if w_sub_params is not None and abstract.length(w_sub_params):
                chosen = []
                for w_param in abstract.iterate(w_sub_params):
                    index = next(i for i, w in enumerate(params) if w is w_param)
                    chosen.append(items[index])
                    decref(w_param)
                decref(w_sub_params)
                w_key = chosen[0] if len(chosen) == 1 else new_tuple_owned(
                    [_newref(w) for w in chosen])
                try:
                    new_args.append(abstract.getitem(w_arg, w_key))
                finally:
                    if len(chosen) != 1:
                        decref(w_key)
                continue
            if w_sub_params is not None:
                decref(w_sub_params)
            w_arg.ob_refcnt += 1
            new_args.append(w_arg)
    except BaseException:
        for w in new_args:
            decref(w)
        raise
    w_args = new_tuple_owned(new_args)
    try:
        return W_GenericAlias(w_alias.w_origin, w_args)
    finally:
        decref(w_args)


def _new_subclass_instance(w_type, w_origin, w_args):
    """An instance of a subclass of GenericAlias (with the heap type's fields)."""
    from glass.objects.tuple import W_Tuple, new_tuple
    if not isinstance(w_args, W_Tuple):
        w_tuple = new_tuple([w_args])
    else:
        w_tuple = w_args
        w_tuple.ob_refcnt += 1
    try:
        w_alias = w_type.host_class(w_origin, w_tuple, w_type)
    finally:
        decref(w_tuple)
    w_alias.w_dict = None
    w_alias.slots_w = [None] * w_type.nslots if w_type.nslots else None
    w_alias.weakrefs = None
    return w_alias


def _newref(w_obj):
    w_obj.ob_refcnt += 1
    return w_obj


def new_generic_alias(w_origin, w_args):
    """Counterpart: Py_GenericAlias: a non-tuple argument becomes a 1-tuple."""
    from glass.objects.tuple import W_Tuple, new_tuple
    from glass.objects.type import ready
    ready(W_GenericAlias.w_type)          # made on first use, after start-up
    if isinstance(w_args, W_Tuple):
        return W_GenericAlias(w_origin, w_args)
    w_tuple = new_tuple([w_args])
    try:
        return W_GenericAlias(w_origin, w_tuple)
    finally:
        decref(w_tuple)
