"""The _functools module: reduce, partial, cmp_to_key and the C lru_cache.

Counterpart: Modules/_functoolsmodule.c.

Lib/functools.py imports these and keeps its pure-Python versions only as
fallbacks, so what a program sees of functools.partial, cmp_to_key and
lru_cache is what this file does.
"""
from __future__ import annotations

from glass.modules import builtin_module, function
from glass.modules.builtins import no_text_signature
from glass.objects import abstract
from glass.objects.exceptions import EXCEPTION_TYPES, OperationError, type_error
from glass.objects.heapslots import hash_not_implemented
from glass.objects.object import W_Object, decref, xdecref
from glass.objects.weakrefobject import clear_weakrefs_if_any
from glass.objects.type import BASETYPE, HAVE_GC, builtin_type, getter, method, setter, slot


def _newref(w_obj):
    w_obj.ob_refcnt += 1
    return w_obj


def _new_int(value):
    from glass.objects.int import new_int
    return new_int(value)


def _is_callable(w_obj):
    return w_obj.ob_type.tp_call is not None


def _call_with_kwargs(w_func, args_w, kwargs):
    """PyObject_Call with a host dict {str: W_Object} of keywords."""
    if not kwargs:
        return abstract.call(w_func, args_w)
    return abstract.call(w_func, list(args_w) + list(kwargs.values()), tuple(kwargs))


@builtin_module("_functools")
class FunctoolsModule:
    """Tools that operate on functions."""

    @no_text_signature
    @function("($module, function, iterable, initial=<unrepresentable>, /)",
              doc="""reduce(function, iterable[, initial]) -> value

Apply a function of two arguments cumulatively to the items of a sequence
or iterable, from left to right, so as to reduce the iterable to a single
value.  For example, reduce(lambda x, y: x+y, [1, 2, 3, 4, 5]) calculates
((((1+2)+3)+4)+5).  If initial is present, it is placed before the items
of the iterable in the calculation, and serves as a default when the
iterable is empty.""")
    def reduce(w_function, w_iterable, w_initial):
        try:
            w_it = abstract.iter(w_iterable)
        except OperationError as error:
            if not error.match(EXCEPTION_TYPES["TypeError"]):
                raise
            decref(error.w_value)
            raise type_error("reduce() arg 2 must support iteration")
        w_result = _newref(w_initial) if w_initial is not None else None
        try:
            iternext = w_it.ob_type.tp_iternext
            while True:
                w_item = iternext(w_it)
                if w_item is None:
                    break
                if w_result is None:
                    w_result = w_item
                    continue
                try:
                    w_next = abstract.call(w_function, [w_result, w_item])
                finally:
                    decref(w_item)
                decref(w_result)
                w_result = w_next
        except BaseException:
            xdecref(w_result)
            raise
        finally:
            decref(w_it)
        if w_result is None:
            raise type_error("reduce() of empty iterable with no initial value")
        return w_result

    @no_text_signature
    @function("($module, /, mycmp)",
              doc="Convert a cmp= function into a key= function.")
    def cmp_to_key(w_mycmp):
        return W_KeyWrapper(w_mycmp, None)

    @staticmethod
    def init_module(w_module):
        for cls in (FunctoolsModule.partial_class, W_LruCacheWrapper):
            w_module.w_dict.setitem_str(cls.w_type.name.rsplit(".", 1)[1], cls.w_type)


# --- partial ------------------------------------------------------------------------------

@builtin_type("functools.partial", flags=BASETYPE | HAVE_GC)
class W_Partial(W_Object):
    """partial(func, *args, **keywords) - new function with partial application
    of the given arguments and keywords.
"""
    # w_args: a tuple; w_keywords: a dict; w_dict: the instance __dict__ or None.
    __slots__ = ("w_func", "w_args", "w_keywords", "w_dict", "weakrefs")

    def __init__(self, w_type):
        W_Object.__init__(self, w_type)
        self.weakrefs = None

    @staticmethod
    def create(w_type, w_func, args_w, kwargs):
        """A partial of w_type over w_func with borrowed positional args and a
        host dict of keywords (borrowed values)."""
        from glass.objects.dict import W_Dict
        from glass.objects.str import new_str
        from glass.objects.tuple import alloc_subtype, new_tuple
        if w_type is W_Partial.w_type:
            self = W_Partial(w_type)
        else:
            self = alloc_subtype(w_type)
        self.w_func = _newref(w_func)
        self.w_args = new_tuple(args_w)
        self.w_keywords = W_Dict()
        self.w_dict = None
        for name, w_value in kwargs.items():
            w_name = new_str(name)
            try:
                self.w_keywords.setitem(w_name, w_value)
            finally:
                decref(w_name)
        return self

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        """Counterpart: partial_new: a partial of a plain partial (one whose
        __dict__ was never made) is flattened into one partial."""
        npos = len(args_w) - (len(kwnames) if kwnames else 0)
        if npos < 1:
            raise type_error("type 'partial' takes at least one argument")
        w_func = args_w[0]
        inner_args_w, inner_kwargs = [], {}
        if w_func.ob_type.tp_new is W_Partial.new and w_func.w_dict is None:
            inner_args_w = w_func.w_args.items
            inner_kwargs = _keywords_dict(w_func.w_keywords)
            w_func = w_func.w_func
        if not _is_callable(w_func):
            raise type_error("the first argument must be callable")
        kwargs = dict(inner_kwargs)
        kwargs.update(zip(kwnames or (), args_w[npos:]))
        return W_Partial.create(w_type, w_func, list(inner_args_w) + list(args_w[1:npos]),
                                kwargs)

    @slot("tp_call")
    def call(self, args_w, kwnames):
        """Counterpart: partial_vectorcall / partial_call: the stored
        arguments first; a call's keyword overrides a stored one."""
        stored_w = self.w_args.items
        if self.w_keywords.used == 0:
            return abstract.call(self.w_func, list(stored_w) + list(args_w), kwnames)
        kwargs = _keywords_dict(self.w_keywords)
        npos = len(args_w) - (len(kwnames) if kwnames else 0)
        kwargs.update(zip(kwnames or (), args_w[npos:]))
        # The values are borrowed from the stored dict: hold them for the call,
        # since the callee may change that dict.
        values_w = list(kwargs.values())
        for w_value in values_w:
            w_value.ob_refcnt += 1
        try:
            return _call_with_kwargs(self.w_func, list(stored_w) + list(args_w[:npos]),
                                     kwargs)
        finally:
            for w_value in values_w:
                decref(w_value)

    @slot("tp_repr")
    def repr(self):
        """Counterpart: partial_repr: "..." for a partial inside itself."""
        from glass.objects.list import repr_enter, repr_leave
        from glass.objects.str import new_str
        if not repr_enter(self):
            return new_str("...")
        try:
            parts = [abstract.repr_text(self.w_func)]
            parts += [abstract.repr_text(w_arg) for w_arg in self.w_args.items]
            for w_key, w_value in self.w_keywords.item_pairs():
                w_key.ob_refcnt += 1
                w_value.ob_refcnt += 1
                try:
                    parts.append("%s=%s" % (abstract.str_text(w_key),
                                            abstract.repr_text(w_value)))
                finally:
                    decref(w_key)
                    decref(w_value)
            return new_str("%s(%s)" % (self.ob_type.name, ", ".join(parts)))
        finally:
            repr_leave(self)

    @getter("func", doc="function object to use in future partial calls")
    def get_func(self):
        return _newref(self.w_func)

    @getter("args", doc="tuple of arguments to future partial calls")
    def get_args(self):
        return _newref(self.w_args)

    @getter("keywords", doc="dictionary of keyword arguments to future partial calls")
    def get_keywords(self):
        return _newref(self.w_keywords)

    # func, args and keywords are read-only members in C.
    @setter("func")
    def set_func(self, w_value):
        _readonly()

    @setter("args")
    def set_args(self, w_value):
        _readonly()

    @setter("keywords")
    def set_keywords(self, w_value):
        _readonly()

    @getter("__dict__")
    def get_dict(self):
        from glass.objects.dict import W_Dict
        if self.w_dict is None:
            self.w_dict = W_Dict()
        return _newref(self.w_dict)

    @setter("__dict__")
    def set_dict(self, w_value):
        from glass.objects.funcobject import generic_set_dict
        generic_set_dict(self, w_value)

    @method("($self, /)")
    def __reduce__(self):
        from glass.objects.none import w_None
        from glass.objects.tuple import new_tuple
        w_state = new_tuple([self.w_func, self.w_args, self.w_keywords,
                             self.w_dict if self.w_dict is not None else w_None])
        w_first = new_tuple([self.w_func])
        try:
            return new_tuple([self.ob_type, w_first, w_state])
        finally:
            decref(w_first)
            decref(w_state)

    @method("($self, state, /)")
    def __setstate__(self, w_state):
        # Counterpart: partial_setstate (the method has no __doc__).
        from glass.objects.dict import W_Dict
        from glass.objects.none import w_None
        from glass.objects.tuple import W_Tuple, sequence_tuple
        if not isinstance(w_state, W_Tuple) or len(w_state.items) != 4:
            raise type_error("invalid partial state")
        w_func, w_args, w_kw, w_dict = w_state.items
        if (not _is_callable(w_func) or not isinstance(w_args, W_Tuple)
                or (w_kw is not w_None and not isinstance(w_kw, W_Dict))):
            raise type_error("invalid partial state")
        w_args = sequence_tuple(w_args)
        if w_kw is w_None:
            w_kw = W_Dict()
        elif w_kw.ob_type is not W_Dict.w_type:
            w_kw = w_kw.copy()
        else:
            w_kw = _newref(w_kw)
        w_old = (self.w_func, self.w_args, self.w_keywords, self.w_dict)
        self.w_func = _newref(w_func)
        self.w_args = w_args
        self.w_keywords = w_kw
        self.w_dict = _newref(w_dict) if w_dict is not w_None else None
        for w_value in w_old:
            xdecref(w_value)

    @method("($type, alias, /)", kind="classmethod")
    def __class_getitem__(w_type, w_alias):
        """See PEP 585"""
        from glass.objects.tuple import generic_alias
        return generic_alias(w_type, w_alias)

    @slot("tp_dealloc")
    def dealloc(self):
        clear_weakrefs_if_any(self)
        fields = (self.w_func, self.w_args, self.w_keywords, self.w_dict)
        self.w_func = self.w_args = self.w_keywords = self.w_dict = None
        for w_value in fields:
            xdecref(w_value)

    @slot("tp_traverse")
    def traverse(self, visit):
        for w_value in (self.w_func, self.w_args, self.w_keywords, self.w_dict):
            if w_value is not None:
                visit(w_value)

    @slot("tp_clear")
    def clear(self):
        """Counterpart: partial_clear (the collector breaking a cycle)."""
        fields = (self.w_func, self.w_args, self.w_keywords, self.w_dict)
        self.w_func = self.w_args = self.w_keywords = self.w_dict = None
        for w_value in fields:
            xdecref(w_value)


W_Partial.w_type.basicsize = 64
FunctoolsModule.partial_class = W_Partial       # for operator.methodcaller.__reduce__


def _readonly():
    from glass.objects.exceptions import operation_error
    raise operation_error("AttributeError", "readonly attribute")


def _keywords_dict(w_keywords):
    """A stored keywords dict as a host dict {str: W_Object} (borrowed values),
    as a call needs them: the keys must be strings."""
    from glass.objects.str import W_Str
    kwargs = {}
    for w_key, w_value in w_keywords.item_pairs():
        if not isinstance(w_key, W_Str):
            raise type_error("keywords must be strings")
        kwargs[w_key.value] = w_value
    return kwargs


# --- cmp_to_key -----------------------------------------------------------------------------

@builtin_type("functools.KeyWrapper", flags=HAVE_GC)
class W_KeyWrapper(W_Object):
    # cmp_to_key(f) returns a wrapper with no object; calling it wraps one.
    __slots__ = ("w_cmp", "w_object")

    def __init__(self, w_cmp, w_object):
        W_Object.__init__(self, W_KeyWrapper.w_type)
        self.w_cmp = _newref(w_cmp)
        self.w_object = _newref(w_object) if w_object is not None else None

    @slot("tp_call")
    def call(self, args_w, kwnames):
        """Counterpart: keyobject_call ("O:K" with the keyword obj)."""
        nkw = len(kwnames) if kwnames else 0
        if len(args_w) > 1:
            raise type_error("K() takes at most 1 %sargument (%d given)"
                             % ("keyword " if nkw == len(args_w) else "", len(args_w)))
        if not args_w or (nkw and kwnames[0] != "obj"):
            # With one parameter, a stray keyword leaves obj missing.
            raise type_error("K() missing required argument 'obj' (pos 1)")
        return W_KeyWrapper(self.w_cmp, args_w[0])

    @slot("tp_richcompare")
    def richcompare(self, w_other, op):
        """Counterpart: keyobject_richcompare: mycmp(x, y) compared with 0."""
        if w_other.ob_type is not self.ob_type:
            raise type_error("other argument must be K instance")
        if self.w_object is None or w_other.w_object is None:
            from glass.objects.exceptions import operation_error
            raise operation_error("AttributeError", "object")
        w_res = abstract.call(self.w_cmp, [self.w_object, w_other.w_object])
        w_zero = _new_int(0)
        try:
            return abstract.rich_compare(w_res, w_zero, op)
        finally:
            decref(w_res)
            decref(w_zero)

    # Rich comparisons and no hash: __hash__ = None.
    hash = slot("tp_hash")(hash_not_implemented)

    @getter("obj", doc="Value wrapped by a key function.")
    def get_obj(self):
        from glass.objects.none import w_None
        return _newref(self.w_object if self.w_object is not None else w_None)

    @slot("tp_dealloc")
    def dealloc(self):
        w_cmp, w_object = self.w_cmp, self.w_object
        self.w_cmp = self.w_object = None
        xdecref(w_cmp)
        xdecref(w_object)

    @slot("tp_traverse")
    def traverse(self, visit):
        for w_value in (self.w_cmp, self.w_object):
            if w_value is not None:
                visit(w_value)

    @slot("tp_clear")
    def clear(self):
        self.dealloc()


W_KeyWrapper.w_type.basicsize = 32


# --- The C lru_cache -----------------------------------------------------------------------

_KWD_MARK = []           # the separator object between args and keywords in a key


def _kwd_mark():
    """The module's kwd_mark: an object() that no argument can equal."""
    if not _KWD_MARK:
        _KWD_MARK.append(abstract.call(W_Object.w_type, []))
    return _KWD_MARK[0]


def make_key(args_w, kwargs, typed):
    """Counterpart: lru_cache_make_key: the args tuple itself (or its only
    item, when that is an exact int or str) when there is nothing else to
    add; else args, kwd_mark, the keyword pairs, then the types if typed."""
    from glass.objects.int import W_Int
    from glass.objects.str import W_Str, new_str
    from glass.objects.tuple import new_tuple, new_tuple_owned
    if not typed and not kwargs:
        if len(args_w) == 1:
            w_only = args_w[0]
            if w_only.ob_type is W_Int.w_type or w_only.ob_type is W_Str.w_type:
                return _newref(w_only)
        return new_tuple(args_w)
    items = [_newref(w_arg) for w_arg in args_w]
    if kwargs:
        items.append(_newref(_kwd_mark()))
        for name, w_value in kwargs.items():
            items.append(new_str(name))
            items.append(_newref(w_value))
    if typed:
        items += [_newref(w_arg.ob_type) for w_arg in args_w]
        items += [_newref(w_value.ob_type) for w_value in kwargs.values()]
    return new_tuple_owned(items)


@builtin_type("functools._lru_cache_wrapper", flags=HAVE_GC)
class W_LruCacheWrapper(W_Object):
    """Create a cached callable that wraps another function.

user_function:      the function being cached

maxsize:  0         for no caching
          None      for unlimited cache size
          n         for a bounded cache

typed:    False     cache f(3) and f(3.0) as identical calls
          True      cache f(3) and f(3.0) as distinct calls

cache_info_type:    namedtuple class with the fields:
                        hits misses currsize maxsize
"""
    # maxsize: -1 unbounded, 0 no caching, n bounded.  w_cache maps a key to
    # its result; its insertion order is the recency order of a bounded cache
    # (a hit moves the entry to the end, a full cache drops the first).
    __slots__ = ("w_func", "maxsize", "typed", "w_cache", "w_cache_info_type",
                 "hits", "misses", "w_dict", "weakrefs")

    def __init__(self, w_type):
        W_Object.__init__(self, w_type)
        self.weakrefs = None

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        """Counterpart: lru_cache_new ("OOpO:lru_cache")."""
        from glass.objects.dict import W_Dict
        from glass.objects.none import w_None
        w_func, w_maxsize, w_typed, w_info_type = _LRU_SIGNATURE.bind(
            "lru_cache", args_w, kwnames)
        if not _is_callable(w_func):
            raise type_error("the first argument must be callable")
        typed = abstract.is_true(w_typed)
        if w_maxsize is w_None:
            maxsize = -1
        elif w_maxsize.ob_type.nb_index is not None:
            maxsize = max(abstract.index_as_ssize(w_maxsize, "OverflowError"), 0)
        else:
            raise type_error("maxsize should be integer or None")
        self = W_LruCacheWrapper(w_type)       # not subclassable, as in 3.11
        self.w_func = _newref(w_func)
        self.maxsize = maxsize
        self.typed = typed
        self.w_cache = W_Dict()
        self.w_cache_info_type = _newref(w_info_type)
        self.hits = self.misses = 0
        self.w_dict = None
        return self

    @slot("tp_call")
    def call(self, args_w, kwnames):
        npos = len(args_w) - (len(kwnames) if kwnames else 0)
        if self.maxsize == 0:
            self.misses += 1
            return abstract.call(self.w_func, args_w, kwnames)
        kwargs = dict(zip(kwnames or (), args_w[npos:]))
        w_key = make_key(args_w[:npos], kwargs, self.typed)
        try:
            return self._cached_call(w_key, args_w, kwnames)
        finally:
            decref(w_key)

    def _cached_call(self, w_key, args_w, kwnames):
        """Counterpart: infinite_lru_cache_wrapper / bounded_lru_cache_wrapper."""
        cache = self.w_cache
        h = abstract.hash(w_key)
        position = cache.lookup(w_key, h)
        if position >= 0:
            self.hits += 1
            w_result = _newref(cache.values_w[position])
            if self.maxsize > 0:
                self._move_to_end(position, h)
            return w_result
        self.misses += 1
        w_result = abstract.call(self.w_func, args_w, kwnames)
        if self.maxsize > 0:
            if cache.lookup(w_key, h) >= 0:
                return w_result          # a recursive call cached it meanwhile
            if cache.used >= self.maxsize:
                self._drop_oldest()
        cache.insert(w_key, h, w_result)
        return w_result

    def _move_to_end(self, position, h):
        """Make an entry the most recently used: delete and insert it again."""
        cache = self.w_cache
        w_key, w_value = cache.keys_w[position], cache.values_w[position]
        w_key.ob_refcnt += 1
        w_value.ob_refcnt += 1
        try:
            cache.delete_entry(position)
            cache.insert(w_key, h, w_value)
        finally:
            decref(w_key)
            decref(w_value)

    def _drop_oldest(self):
        cache = self.w_cache
        for position, w_key in enumerate(cache.keys_w):
            if w_key is not None:
                cache.delete_entry(position)
                return

    @slot("tp_descr_get")
    def descr_get(self, w_obj, w_type):
        """Counterpart: lru_cache_descr_get: bound like a function."""
        from glass.objects.funcobject import W_Method
        from glass.objects.none import w_None
        if w_obj is None or w_obj is w_None:
            return _newref(self)
        return W_Method(self, w_obj)

    @method("($self, /)")
    def cache_info(self):
        # "Report cache statistics" (in C a comment: the method has no __doc__)
        from glass.objects.none import w_None
        w_maxsize = _new_int(self.maxsize) if self.maxsize >= 0 else _newref(w_None)
        values_w = [_new_int(self.hits), _new_int(self.misses), w_maxsize,
                    _new_int(self.w_cache.used)]
        try:
            return abstract.call(self.w_cache_info_type, values_w)
        finally:
            for w_value in values_w:
                decref(w_value)

    @method("($self, /)")
    def cache_clear(self):
        # "Clear the cache and cache statistics" (no __doc__ either)
        self.hits = self.misses = 0
        self.w_cache.clear()

    @method("($self, /)")
    def __reduce__(self):
        return abstract.getattr_str(self, "__qualname__")

    @method("($self, /)")
    def __copy__(self):
        return _newref(self)

    @method("($self, memo, /)")
    def __deepcopy__(self, w_memo):
        return _newref(self)

    @getter("__dict__")
    def get_dict(self):
        from glass.objects.dict import W_Dict
        if self.w_dict is None:
            self.w_dict = W_Dict()
        return _newref(self.w_dict)

    @setter("__dict__")
    def set_dict(self, w_value):
        from glass.objects.funcobject import generic_set_dict
        generic_set_dict(self, w_value)

    @slot("tp_dealloc")
    def dealloc(self):
        clear_weakrefs_if_any(self)
        fields = (self.w_func, self.w_cache, self.w_cache_info_type, self.w_dict)
        self.w_func = self.w_cache = self.w_cache_info_type = self.w_dict = None
        for w_value in fields:
            xdecref(w_value)

    @slot("tp_traverse")
    def traverse(self, visit):
        for w_value in (self.w_func, self.w_cache, self.w_cache_info_type, self.w_dict):
            if w_value is not None:
                visit(w_value)

    @slot("tp_clear")
    def clear(self):
        """Counterpart: lru_cache_tp_clear: the cache empties, the fields go."""
        if self.w_cache is not None:
            self.w_cache.clear()
        fields = (self.w_func, self.w_cache_info_type, self.w_dict)
        self.w_func = self.w_cache_info_type = self.w_dict = None
        for w_value in fields:
            xdecref(w_value)


W_LruCacheWrapper.w_type.basicsize = 152


def _lru_signature():
    from glass.objects.signature import Signature
    return Signature.parse("(user_function, maxsize, typed, cache_info_type)")


_LRU_SIGNATURE = _lru_signature()
