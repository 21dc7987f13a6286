"""types.GenericAlias: what `list[int]` makes (PEP 585).

Counterpart: Objects/genericaliasobject.c (gaobject, Py_GenericAlias).

The alias keeps its origin and arguments, prints as `list[int]`, compares
and hashes by them, makes instances of the origin when called (recording
__orig_class__), gives the origin to a class statement (__mro_entries__),
refuses isinstance(), and answers every other attribute from the origin, as
CPython's does.  Iterating an alias gives it once more, starred
(`*tuple[int]`, ga_iter), which prints with a star and differs from the
plain one.  Subscripting substitutes its type variables (_Py_subs_parameters,
shared with types.UnionType): starred tuples in the subscript are unpacked,
and typing's TypeVarTuple and ParamSpec regroup the items through
__typing_prepare_subst__.
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
    __slots__ = ("w_origin", "w_args", "w_parameters", "starred", "weakrefs")

    def __init__(self, w_origin, w_args, w_type=None, starred=False):
        """Both arguments are borrowed; w_args is a tuple."""
        W_Object.__init__(self, w_type or W_GenericAlias.w_type)
        w_origin.ob_refcnt += 1
        w_args.ob_refcnt += 1
        self.w_origin = w_origin
        self.w_args = w_args
        self.w_parameters = None       # computed on first use
        self.starred = starred         # made by iterating an alias: *tuple[int]
        self.weakrefs = None

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
        """Counterpart: ga_getitem: substitute the type variables; the new
        alias is starred if this one is."""
        w_new_args = subs_parameters(self, self.w_args, self.parameters(), w_item)
        try:
            return W_GenericAlias(self.w_origin, w_new_args, starred=self.starred)
        finally:
            decref(w_new_args)

    @slot("tp_traverse")
    def traverse(self, visit):
        visit(self.w_origin)
        visit(self.w_args)
        if self.w_parameters is not None:
            visit(self.w_parameters)

    @slot("tp_dealloc")
    def dealloc(self):
        if self.weakrefs:
            from glass.objects.weakrefobject import clear_weakrefs
            clear_weakrefs(self)
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
        """Counterpart: ga_unpacked_tuple_args: the arguments of a starred
        tuple alias (*tuple[int, str]), None for any other."""
        from glass.objects.none import new_none
        from glass.objects.tuple import W_Tuple
        if self.starred and self.w_origin is W_Tuple.w_type:
            self.w_args.ob_refcnt += 1
            return self.w_args
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
    @method("($self, /)")
    def __dir__(self):
        """Counterpart: ga_dir: the origin's names and the alias's own."""
        from glass.objects import abstract
        from glass.objects.iterobject import get_builtin
        from glass.objects.str import new_str
        w_dir = get_builtin("dir")
        try:
            w_names = abstract.call(w_dir, [self.w_origin])
        finally:
            decref(w_dir)
        try:
            for name in ATTR_EXCEPTIONS:
                w_name = new_str(name)
                try:
                    if not abstract.contains(w_names, w_name):
                        decref(abstract.call_method(w_names, "append", [w_name]))
                finally:
                    decref(w_name)
        except BaseException:
            decref(w_names)
            raise
        return w_names

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
    arguments (what has __typing_subst__), and those of nested aliases (a
    tuple __parameters__); a class's own __parameters__ is not looked at."""
    from glass.objects import abstract
    from glass.objects.tuple import W_Tuple, new_tuple
    from glass.objects.type import W_Type
    found = []
    held = []                   # nested __parameters__, alive until new_tuple
    try:
        for w_arg in w_args.items:
            if isinstance(w_arg, W_Type):
                continue
            w_subst = abstract.lookup_attr_str(w_arg, "__typing_subst__")
            if w_subst is not None:
                decref(w_subst)
                _add_once(found, w_arg)
                continue
            w_params = abstract.lookup_attr_str(w_arg, "__parameters__")
            if w_params is None:
                continue
            held.append(w_params)
            if isinstance(w_params, W_Tuple):
                for w_param in w_params.items:
                    _add_once(found, w_param)
        return new_tuple(found)
    finally:
        for w_params in held:
            decref(w_params)


def _add_once(found, w_item):
    """Counterpart: tuple_add: append unless already there (by identity)."""
    if _index(found, w_item) < 0:
        found.append(w_item)


def _index(items_w, w_item):
    """Counterpart: tuple_index: the position of w_item by identity, or -1."""
    for position, w in enumerate(items_w):
        if w is w_item:
            return position
    return -1


def _is_unpacked_typevartuple(w_arg):
    """Counterpart: _is_unpacked_typevartuple: `*Ts` says so through
    __typing_is_unpacked_typevartuple__."""
    from glass.objects import abstract
    from glass.objects.type import W_Type
    if isinstance(w_arg, W_Type):
        return False
    w_flag = abstract.lookup_attr_str(w_arg, "__typing_is_unpacked_typevartuple__")
    if w_flag is None:
        return False
    try:
        return abstract.is_true(w_flag)
    finally:
        decref(w_flag)


def _unpacked_tuple_args(w_arg):
    """Counterpart: _unpacked_tuple_args: the arguments of `*tuple[...]`
    (a new reference), or None for anything else."""
    from glass.objects import abstract
    from glass.objects.none import w_None
    from glass.objects.tuple import W_Tuple
    if (isinstance(w_arg, W_GenericAlias) and w_arg.starred
            and w_arg.w_origin is W_Tuple.w_type):
        w_arg.w_args.ob_refcnt += 1
        return w_arg.w_args
    w_result = abstract.lookup_attr_str(w_arg, "__typing_unpacked_tuple_args__")
    if w_result is w_None:
        decref(w_result)
        return None
    return w_result


def _unpack_args(w_item):
    """Counterpart: _unpack_args: the subscript as a tuple, with each
    `*tuple[X, Y]` spread into X, Y (but `*tuple[X, ...]` kept whole)."""
    from glass.objects.none import w_Ellipsis
    from glass.objects.tuple import W_Tuple, new_tuple
    from glass.objects.type import W_Type
    items = w_item.items if isinstance(w_item, W_Tuple) else [w_item]
    new_items = []
    held = []                  # the unpacked tuples, alive until new_tuple
    try:
        for w_arg in items:
            if not isinstance(w_arg, W_Type):
                w_subargs = _unpacked_tuple_args(w_arg)
                if w_subargs is not None:
                    held.append(w_subargs)
                    if isinstance(w_subargs, W_Tuple) and not (
                            w_subargs.items and w_subargs.items[-1] is w_Ellipsis):
                        new_items.extend(w_subargs.items)
                        continue
            new_items.append(w_arg)
        return new_tuple(new_items)
    finally:
        for w_subargs in held:
            decref(w_subargs)


def subs_parameters(w_self, w_args, w_parameters, w_item):
    """Counterpart: _Py_subs_parameters: the arguments w_args of w_self
    (an alias or a union) with its type variables w_parameters replaced by
    the subscript w_item; a new tuple.

    The subscript is unpacked first (`*tuple[int, str]` counts as two), then
    each parameter with __typing_prepare_subst__ (TypeVarTuple, ParamSpec)
    may regroup it, so that there is one item per parameter.  A TypeVarTuple
    argument `*Ts` then takes its item, a tuple, spread out."""
    from glass.objects import abstract
    from glass.objects.exceptions import type_error
    from glass.objects.none import w_None
    from glass.objects.tuple import W_Tuple, new_tuple_owned
    from glass.objects.type import W_Type
    params = w_parameters.items
    if not params:
        raise type_error("%s is not a generic class" % abstract.repr_text(w_self))
    w_item = _unpack_args(w_item)
    new_args = []
    try:
        for w_param in params:
            w_prepare = abstract.lookup_attr_str(w_param, "__typing_prepare_subst__")
            if w_prepare is None:
                continue
            try:
                if w_prepare is not w_None:
                    w_items = w_item if isinstance(w_item, W_Tuple) else \
                        new_tuple_owned([_newref(w_item)])
                    try:
                        w_prepared = abstract.call(w_prepare, [w_self, w_items])
                    finally:
                        if w_items is not w_item:
                            decref(w_items)
                    decref(w_item)
                    w_item = w_prepared
            finally:
                decref(w_prepare)
        argitems = w_item.items if isinstance(w_item, W_Tuple) else [w_item]
        if len(argitems) != len(params):
            raise type_error("Too %s arguments for %s; actual %d, expected %d"
                             % ("many" if len(argitems) > len(params) else "few",
                                abstract.repr_text(w_self), len(argitems), len(params)))
        # list[T][int] -> (int,); dict[T, list[S]][str, int] -> (str, list[int]);
        # tuple[*Ts][int, str] -> (int, str)
        for w_arg in w_args.items:
            if isinstance(w_arg, W_Type):
                new_args.append(_newref(w_arg))
                continue
            unpack = _is_unpacked_typevartuple(w_arg)
            w_subst = abstract.lookup_attr_str(w_arg, "__typing_subst__")
            if w_subst is not None:
                try:
                    w_new = abstract.call(w_subst, [argitems[_index(params, w_arg)]])
                finally:
                    decref(w_subst)
            else:
                w_new = _subs_tvars(w_arg, params, argitems)
            if unpack:
                try:
                    new_args.extend(_newref(w) for w in _tuple_items(w_new))
                finally:
                    decref(w_new)
            else:
                new_args.append(w_new)
    except BaseException:
        for w in new_args:
            decref(w)
        raise
    finally:
        decref(w_item)
    return new_tuple_owned(new_args)


def _tuple_items(w_obj):
    """The items of what an unpacked TypeVarTuple substitutes to (a tuple)."""
    from glass.objects import abstract
    from glass.objects.tuple import W_Tuple
    if isinstance(w_obj, W_Tuple):
        return list(w_obj.items)
    # Divergence: CPython reads a non-tuple here as a tuple unchecked; a
    # __typing_subst__ that returns no tuple is iterated instead.
    w_tuple = abstract.sequence_tuple(w_obj)
    try:
        return list(w_tuple.items)
    finally:
        decref(w_tuple)


def _subs_tvars(w_obj, params, argitems):
    """Counterpart: subs_tvars: a nested alias (list[T] inside dict[S,
    list[T]]) subscripted with the items its own parameters take; anything
    without parameters comes back as it is.  A new reference."""
    from glass.objects import abstract
    from glass.objects.tuple import W_Tuple, new_tuple
    w_subparams = abstract.lookup_attr_str(w_obj, "__parameters__")
    if w_subparams is None:
        return _newref(w_obj)
    try:
        if not isinstance(w_subparams, W_Tuple) or not w_subparams.items:
            return _newref(w_obj)
        subargs = []
        for w_subparam in w_subparams.items:
            position = _index(params, w_subparam)
            if position >= 0:
                w_value = argitems[position]
                # A TypeVarTuple (its type iterates) gives its items spread out.
                if (params[position].ob_type.tp_iter is not None
                        and isinstance(w_value, W_Tuple)):
                    subargs.extend(w_value.items)
                    continue
                subargs.append(w_value)
            else:
                subargs.append(w_subparam)
        w_subargs = new_tuple(subargs)
        try:
            return abstract.getitem(w_obj, w_subargs)
        finally:
            decref(w_subargs)
    finally:
        decref(w_subparams)


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
