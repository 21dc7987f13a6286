"""The _operator module: operators as functions, and the getter/caller types.

Counterpart: Modules/_operator.c.

Each function is one call into the generic protocols of
glass/objects/abstract.py (PyNumber_Add, PyObject_GetItem, ...), so results
and error messages are those of the operator itself.  itemgetter, attrgetter
and methodcaller are small callable types that remember what to fetch.
"""
from __future__ import annotations

from _operator import _compare_digest as host_compare_digest

from glass.modules import builtin_module, function
from glass.objects import abstract
from glass.objects.exceptions import type_error
from glass.objects.object import W_Object, decref
from glass.objects.type import EQ, GE, GT, HAVE_GC, LE, LT, NE, builtin_type, method, slot


def _new_bool(value):
    from glass.objects.bool import new_bool
    return new_bool(value)


def _new_int(value):
    from glass.objects.int import new_int
    return new_int(value)


def _new_str(text):
    from glass.objects.str import new_str
    return new_str(text)


def _newref(w_obj):
    w_obj.ob_refcnt += 1
    return w_obj


# --- compare_digest, shared with _hashlib -----------------------------------------

COMPARE_DIGEST_DOC = """Return 'a == b'.

This function uses an approach designed to prevent
timing analysis, making it appropriate for cryptography.

a and b must both be of the same type: either str (ASCII only),
or any bytes-like object.

Note: If a and b are of different lengths, or if an error occurs,
a timing attack could theoretically reveal information about the
types and lengths of a and b--but not their values."""


def compare_digest(w_a, w_b):
    """_operator__compare_digest_impl, and _hashlib_compare_digest_impl
    (which the C code keeps in step with it by hand): a guest bool.  The
    host's own _compare_digest compares, so the time taken does not depend
    on where the values differ (_tscmp)."""
    from glass.objects.str import W_Str
    if isinstance(w_a, W_Str) and isinstance(w_b, W_Str):
        if not (w_a.value.isascii() and w_b.value.isascii()):
            raise type_error("comparing strings with non-ASCII characters "
                             "is not supported")
        return _new_bool(host_compare_digest(w_a.value, w_b.value))
    data_a, data_b = _buffer_bytes(w_a), _buffer_bytes(w_b)
    if data_a is None and data_b is None:
        raise type_error("unsupported operand types(s) or combination of types: "
                         "'%s' and '%s'" % (w_a.ob_type.name, w_b.ob_type.name))
    for data, w_obj in ((data_a, w_a), (data_b, w_b)):
        if data is None:
            raise type_error("a bytes-like object is required, not '%s'"
                             % w_obj.ob_type.name)
    return _new_bool(host_compare_digest(data_a, data_b))


# --- Function factories: one per shape of operator ---------------------------------
#
# The module class below lists every function by name; these helpers make the
# bodies, so that "add is PyNumber_Add" reads as one line.

def _binary(name, slot_name, symbol, doc):
    """a OP b through binary_op (PyNumber_Add and friends)."""
    def operation(w_a, w_b):
        return abstract.binary_op(w_a, w_b, slot_name, symbol)
    operation.__name__ = name
    return function("($module, a, b, /)", name=name, doc=doc)(operation)


def _inplace(name, slot_name, symbol, doc):
    """a OP= b through inplace_op (PyNumber_InPlaceAdd and friends)."""
    def operation(w_a, w_b):
        return abstract.inplace_op(w_a, w_b, "nb_inplace_" + slot_name[3:],
                                   slot_name, symbol)
    operation.__name__ = name
    return function("($module, a, b, /)", name=name, doc=doc)(operation)


def _unary(name, slot_name, symbol, doc):
    """OP a through unary_op (PyNumber_Negative and friends)."""
    def operation(w_a):
        return abstract.unary_op(w_a, slot_name, symbol)
    operation.__name__ = name
    return function("($module, a, /)", name=name, doc=doc)(operation)


def _comparison(name, op, doc):
    """a OP b through rich_compare (PyObject_RichCompare)."""
    def operation(w_a, w_b):
        return abstract.rich_compare(w_a, w_b, op)
    operation.__name__ = name
    return function("($module, a, b, /)", name=name, doc=doc)(operation)


def _is_sequence(w_obj):
    """PySequence_Check: has sq_item and is not a dict."""
    from glass.objects.dict import W_Dict
    if isinstance(w_obj, W_Dict):
        return False
    return w_obj.ob_type.sq_item is not None


def _iter_search(w_seq, w_value, find_index):
    """Counterpart: _PySequence_IterSearch (count, or the index of the first
    match); items are compared with PyObject_RichCompareBool."""
    count = 0
    for w_item in abstract.iterate(w_seq, "argument of type '%s' is not iterable"):
        try:
            equal = abstract.rich_compare_bool(w_item, w_value, EQ)
        finally:
            decref(w_item)
        if equal:
            if find_index:
                return count
            count += 1
        elif find_index:
            count += 1
    if find_index:
        from glass.objects.exceptions import value_error
        raise value_error("sequence.index(x): x not in sequence")
    return count


def _buffer_bytes(w_obj):
    """The bytes of a bytes-like object, or None (PyObject_CheckBuffer)."""
    get = getattr(w_obj, "getbuffer", None)
    if get is None:
        return None
    return bytes(get())


@builtin_module("_operator")
class OperatorModule:
    """Operator interface.

This module exports a set of functions implemented in C corresponding
to the intrinsic operators of Python.  For example, operator.add(x, y)
is equivalent to the expression x+y.  The function names are those
used for special methods; variants without leading and trailing
'__' are also provided for convenience."""

    # --- truth and identity ---------------------------------------------------------

    @function("($module, a, /)")
    def truth(w_a):
        """Return True if a is true, False otherwise."""
        return _new_bool(abstract.is_true(w_a))

    @function("($module, a, /)", name="not_")
    def not_(w_a):
        """Same as not a."""
        return _new_bool(not abstract.is_true(w_a))

    @function("($module, a, b, /)", name="is_")
    def is_(w_a, w_b):
        """Same as a is b."""
        return _new_bool(w_a is w_b)

    @function("($module, a, b, /)")
    def is_not(w_a, w_b):
        """Same as a is not b."""
        return _new_bool(w_a is not w_b)

    # --- numbers --------------------------------------------------------------------

    add = _binary("add", "nb_add", "+", "Same as a + b.")
    sub = _binary("sub", "nb_subtract", "-", "Same as a - b.")
    mul = _binary("mul", "nb_multiply", "*", "Same as a * b.")
    matmul = _binary("matmul", "nb_matrix_multiply", "@", "Same as a @ b.")
    floordiv = _binary("floordiv", "nb_floor_divide", "//", "Same as a // b.")
    truediv = _binary("truediv", "nb_true_divide", "/", "Same as a / b.")
    mod = _binary("mod", "nb_remainder", "%", "Same as a % b.")
    lshift = _binary("lshift", "nb_lshift", "<<", "Same as a << b.")
    rshift = _binary("rshift", "nb_rshift", ">>", "Same as a >> b.")
    and_ = _binary("and_", "nb_and", "&", "Same as a & b.")
    xor = _binary("xor", "nb_xor", "^", "Same as a ^ b.")
    or_ = _binary("or_", "nb_or", "|", "Same as a | b.")

    iadd = _inplace("iadd", "nb_add", "+=", "Same as a += b.")
    isub = _inplace("isub", "nb_subtract", "-=", "Same as a -= b.")
    imul = _inplace("imul", "nb_multiply", "*=", "Same as a *= b.")
    imatmul = _inplace("imatmul", "nb_matrix_multiply", "@=", "Same as a @= b.")
    ifloordiv = _inplace("ifloordiv", "nb_floor_divide", "//=", "Same as a //= b.")
    itruediv = _inplace("itruediv", "nb_true_divide", "/=", "Same as a /= b.")
    imod = _inplace("imod", "nb_remainder", "%=", "Same as a %= b.")
    ilshift = _inplace("ilshift", "nb_lshift", "<<=", "Same as a <<= b.")
    irshift = _inplace("irshift", "nb_rshift", ">>=", "Same as a >>= b.")
    iand = _inplace("iand", "nb_and", "&=", "Same as a &= b.")
    ixor = _inplace("ixor", "nb_xor", "^=", "Same as a ^= b.")
    ior = _inplace("ior", "nb_or", "|=", "Same as a |= b.")

    neg = _unary("neg", "nb_negative", "-", "Same as -a.")
    pos = _unary("pos", "nb_positive", "+", "Same as +a.")
    inv = _unary("inv", "nb_invert", "~", "Same as ~a.")
    invert = _unary("invert", "nb_invert", "~", "Same as ~a.")

    @function("($module, a, /)", name="abs")
    def abs_(w_a):
        """Same as abs(a)."""
        func = w_a.ob_type.nb_absolute
        if func is None:
            raise type_error("bad operand type for abs(): '%s'" % w_a.ob_type.name)
        return func(w_a)

    @function("($module, a, b, /)", name="pow")
    def pow_(w_a, w_b):
        """Same as a ** b."""
        return abstract.power(w_a, w_b, None)

    @function("($module, a, b, /)")
    def ipow(w_a, w_b):
        """Same as a **= b."""
        from glass.objects.none import w_None
        func = w_a.ob_type.nb_inplace_power
        if func is not None:
            w_res = func(w_a, w_b, w_None)
            if w_res is not _not_implemented():
                return w_res
            decref(w_res)
        return abstract._ternary(w_a, w_b, None, "**=")

    @function("($module, a, /)")
    def index(w_a):
        """Same as a.__index__()"""
        return abstract.index(w_a)

    # --- comparisons ----------------------------------------------------------------

    lt = _comparison("lt", LT, "Same as a < b.")
    le = _comparison("le", LE, "Same as a <= b.")
    eq = _comparison("eq", EQ, "Same as a == b.")
    ne = _comparison("ne", NE, "Same as a != b.")
    gt = _comparison("gt", GT, "Same as a > b.")
    ge = _comparison("ge", GE, "Same as a >= b.")

    # --- sequences and mappings -----------------------------------------------------

    @function("($module, a, b, /)")
    def concat(w_a, w_b):
        """Same as a + b, for a and b sequences."""
        return _sequence_concat(w_a, w_b, inplace=False)

    @function("($module, a, b, /)")
    def iconcat(w_a, w_b):
        """Same as a += b, for a and b sequences."""
        return _sequence_concat(w_a, w_b, inplace=True)

    @function("($module, a, b, /)")
    def contains(w_a, w_b):
        """Same as b in a (note reversed operands)."""
        return _new_bool(abstract.contains(w_a, w_b))

    @function("($module, a, b, /)")
    def countOf(w_a, w_b):
        """Return the number of items in a which are, or which equal, b."""
        return _new_int(_iter_search(w_a, w_b, find_index=False))

    @function("($module, a, b, /)")
    def indexOf(w_a, w_b):
        """Return the first index of b in a."""
        return _new_int(_iter_search(w_a, w_b, find_index=True))

    @function("($module, a, b, /)")
    def getitem(w_a, w_b):
        """Same as a[b]."""
        return abstract.getitem(w_a, w_b)

    @function("($module, a, b, c, /)")
    def setitem(w_a, w_b, w_c):
        """Same as a[b] = c."""
        abstract.setitem(w_a, w_b, w_c)

    @function("($module, a, b, /)")
    def delitem(w_a, w_b):
        """Same as del a[b]."""
        abstract.setitem(w_a, w_b, None)

    @function("($module, obj, default=0, /)")
    def length_hint(w_obj, w_default):
        """Return an estimate of the number of items in obj.

This is useful for presizing containers when building from an iterable.

If the object supports len(), the result will be exact.
Otherwise, it may over- or under-estimate by an arbitrary amount.
The result will be an integer >= 0."""
        from glass.objects.iterobject import length_hint
        default = 0
        if w_default is not None:
            default = abstract.index_as_ssize(w_default, "OverflowError")
        return _new_int(length_hint(w_obj, default))

    # --- calls ----------------------------------------------------------------------

    @function("($module, obj, /, *args, **kwargs)")
    def call(w_obj, args_w, kwargs):
        """Same as obj(*args, **kwargs)."""
        kwnames = tuple(kwargs) if kwargs else None
        return abstract.call(w_obj, list(args_w) + list(kwargs.values()), kwnames)

    @function("($module, a, b, /)", doc=COMPARE_DIGEST_DOC)
    def _compare_digest(w_a, w_b):
        return compare_digest(w_a, w_b)

    @staticmethod
    def init_module(w_module):
        for cls in (W_ItemGetter, W_AttrGetter, W_MethodCaller):
            w_module.w_dict.setitem_str(cls.w_type.name.rsplit(".", 1)[1], cls.w_type)


def _not_implemented():
    from glass.objects.none import w_NotImplemented
    return w_NotImplemented


def _sequence_concat(w_a, w_b, inplace):
    """Counterpart: PySequence_Concat / PySequence_InPlaceConcat: the sequence
    slots first, then + (or +=) when both operands are sequences."""
    w_type = w_a.ob_type
    if inplace and w_type.sq_inplace_concat is not None:
        return w_type.sq_inplace_concat(w_a, w_b)
    if w_type.sq_concat is not None:
        return w_type.sq_concat(w_a, w_b)
    if _is_sequence(w_a) and _is_sequence(w_b):
        if inplace:
            w_res = abstract.binary_op1(w_a, w_b, "nb_inplace_add")
            if w_res is _not_implemented():
                decref(w_res)
                w_res = abstract.binary_op1(w_a, w_b, "nb_add")
        else:
            w_res = abstract.binary_op1(w_a, w_b, "nb_add")
        if w_res is not _not_implemented():
            return w_res
        decref(w_res)
    raise type_error("'%s' object can't be concatenated" % w_type.name)


# --- itemgetter, attrgetter, methodcaller -------------------------------------------------

def _no_keywords(name, kwnames):
    if kwnames:
        raise type_error("%s() takes no keyword arguments" % name)


def _one_argument(name, args_w, kwnames):
    """The argument check of the three types' calls: one positional argument."""
    _no_keywords(name, kwnames)
    if len(args_w) != 1:
        raise type_error("%s expected 1 argument, got %d" % (name, len(args_w)))
    return args_w[0]


def _repr_guarded(w_obj, build):
    """Py_ReprEnter around a repr: "operator.itemgetter(...)" when recursive."""
    from glass.objects.list import repr_enter, repr_leave
    if not repr_enter(w_obj):
        return _new_str("%s(...)" % w_obj.ob_type.name)
    try:
        return _new_str(build())
    finally:
        repr_leave(w_obj)


@builtin_type("operator.itemgetter", flags=HAVE_GC)
class W_ItemGetter(W_Object):
    """itemgetter(item, ...) --> itemgetter object

Return a callable object that fetches the given item(s) from its operand.
After f = itemgetter(2), the call f(r) returns r[2].
After g = itemgetter(2, 5, 3), the call g(r) returns (r[2], r[5], r[3])"""
    __slots__ = ("items_w", "w_item", "index")

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        _no_keywords("itemgetter", kwnames)
        if len(args_w) <= 1:
            if len(args_w) != 1:
                raise type_error("itemgetter expected 1 argument, got %d" % len(args_w))
        self = W_ItemGetter(w_type)
        self.items_w = list(args_w)
        for w_item in args_w:
            w_item.ob_refcnt += 1
        # The C fast path: one non-negative int item indexes a tuple directly.
        self.index = -1
        if len(args_w) == 1:
            from glass.objects.int import W_Int
            w_item = args_w[0]
            if type(w_item) is W_Int and 0 <= w_item.value < (1 << 63):
                self.index = w_item.value
        return self

    @slot("tp_call")
    def call(self, args_w, kwnames):
        from glass.objects.tuple import W_Tuple, new_tuple_owned
        w_obj = _one_argument("itemgetter", args_w, kwnames)
        if len(self.items_w) == 1:
            if (self.index >= 0 and w_obj.ob_type is W_Tuple.w_type
                    and self.index < len(w_obj.items)):
                return _newref(w_obj.items[self.index])
            return abstract.getitem(w_obj, self.items_w[0])
        results = []
        try:
            for w_item in self.items_w:
                results.append(abstract.getitem(w_obj, w_item))
        except BaseException:
            for w_res in results:
                decref(w_res)
            raise
        return new_tuple_owned(results)

    @slot("tp_repr")
    def repr(self):
        return _repr_guarded(self, lambda: "%s(%s)" % (
            self.ob_type.name, ", ".join(abstract.repr_text(w) for w in self.items_w)))

    @method("($self, /)", doc="Return state information for pickling")
    def __reduce__(self):
        from glass.objects.tuple import new_tuple, new_tuple_owned
        return new_tuple_owned([_newref(self.ob_type), new_tuple(self.items_w)])

    @slot("tp_dealloc")
    def dealloc(self):
        items, self.items_w = self.items_w, []
        for w_item in items:
            decref(w_item)

    @slot("tp_traverse")
    def traverse(self, visit):
        for w_item in self.items_w:
            visit(w_item)


@builtin_type("operator.attrgetter", flags=HAVE_GC)
class W_AttrGetter(W_Object):
    """attrgetter(attr, ...) --> attrgetter object

Return a callable object that fetches the given attribute(s) from its operand.
After f = attrgetter('name'), the call f(r) returns r.name.
After g = attrgetter('name', 'date'), the call g(r) returns (r.name, r.date).
After h = attrgetter('name.first', 'name.last'), the call h(r) returns
(r.name.first, r.name.last)."""
    # paths_w: for each attribute, the host list of its interned name parts.
    __slots__ = ("paths_w",)

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        from glass.objects.str import W_Str, intern
        _no_keywords("attrgetter", kwnames)
        if len(args_w) == 0:
            raise type_error("attrgetter expected 1 argument, got 0")
        for w_name in args_w:
            if not isinstance(w_name, W_Str):
                raise type_error("attribute name must be a string")
        self = W_AttrGetter(w_type)
        self.paths_w = [[intern(part) for part in w_name.value.split(".")]
                        for w_name in args_w]
        return self

    @slot("tp_call")
    def call(self, args_w, kwnames):
        from glass.objects.tuple import new_tuple_owned
        w_obj = _one_argument("attrgetter", args_w, kwnames)
        if len(self.paths_w) == 1:
            return _dotted_getattr(w_obj, self.paths_w[0])
        results = []
        try:
            for path in self.paths_w:
                results.append(_dotted_getattr(w_obj, path))
        except BaseException:
            for w_res in results:
                decref(w_res)
            raise
        return new_tuple_owned(results)

    def dotted_names(self):
        return [".".join(w_part.value for w_part in path) for path in self.paths_w]

    @slot("tp_repr")
    def repr(self):
        from glass.objects.str import str_repr
        return _repr_guarded(self, lambda: "%s(%s)" % (
            self.ob_type.name, ", ".join(str_repr(name) for name in self.dotted_names())))

    @method("($self, /)", doc="Return state information for pickling")
    def __reduce__(self):
        from glass.objects.tuple import new_tuple_owned
        return new_tuple_owned([_newref(self.ob_type), new_tuple_owned(
            [_new_str(name) for name in self.dotted_names()])])

    @slot("tp_dealloc")
    def dealloc(self):
        paths, self.paths_w = self.paths_w, []
        for path in paths:
            for w_part in path:
                decref(w_part)


def _dotted_getattr(w_obj, path):
    """getattr(obj, "a.b.c") one name at a time."""
    w_obj.ob_refcnt += 1
    for w_part in path:
        try:
            w_next = abstract.getattr(w_obj, w_part)
        finally:
            decref(w_obj)
        w_obj = w_next
    return w_obj


@builtin_type("operator.methodcaller", flags=HAVE_GC)
class W_MethodCaller(W_Object):
    """methodcaller(name, ...) --> methodcaller object

Return a callable object that calls the given method on its operand.
After f = methodcaller('name'), the call f(r) returns r.name().
After g = methodcaller('name', 'date', foo=1), the call g(r) returns
r.name('date', foo=1)."""
    # kwargs: a host dict {str: W_Object}, in the order the caller gave them.
    __slots__ = ("w_name", "args_w", "kwargs")

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        from glass.objects.str import W_Str, intern
        npos = len(args_w) - (len(kwnames) if kwnames else 0)
        if npos < 1:
            raise type_error("methodcaller needs at least one argument, the method name")
        w_name = args_w[0]
        if not isinstance(w_name, W_Str):
            raise type_error("method name must be a string")
        self = W_MethodCaller(w_type)
        self.w_name = intern(w_name.value)
        self.args_w = list(args_w[1:npos])
        self.kwargs = dict(zip(kwnames or (), args_w[npos:]))
        for w_value in args_w[1:]:
            w_value.ob_refcnt += 1
        return self

    @slot("tp_call")
    def call(self, args_w, kwnames):
        w_obj = _one_argument("methodcaller", args_w, kwnames)
        w_method = abstract.getattr(w_obj, self.w_name)
        try:
            return abstract.call(w_method, self.args_w + list(self.kwargs.values()),
                                 tuple(self.kwargs) or None)
        finally:
            decref(w_method)

    @slot("tp_repr")
    def repr(self):
        def build():
            parts = [abstract.repr_text(self.w_name)]
            parts += [abstract.repr_text(w_arg) for w_arg in self.args_w]
            parts += ["%s=%s" % (key, abstract.repr_text(w_value))
                      for key, w_value in self.kwargs.items()]
            return "%s(%s)" % (self.ob_type.name, ", ".join(parts))
        return _repr_guarded(self, build)

    @method("($self, /)", doc="Return state information for pickling")
    def __reduce__(self):
        from glass.objects.tuple import new_tuple, new_tuple_owned
        if not self.kwargs:
            return new_tuple_owned([_newref(self.ob_type),
                                    new_tuple([self.w_name] + self.args_w)])
        # With keywords: functools.partial(type(self), name, **kwargs), args.
        # find_module_def loads _functools and readies its types.
        from glass.modules import find_module_def
        W_Partial = find_module_def("_functools").partial_class
        w_partial = W_Partial.create(W_Partial.w_type, self.ob_type, [self.w_name],
                                     dict(self.kwargs))
        return new_tuple_owned([w_partial, new_tuple(self.args_w)])

    @slot("tp_dealloc")
    def dealloc(self):
        w_name, self.w_name = self.w_name, None
        args, self.args_w = self.args_w, []
        kwargs, self.kwargs = self.kwargs, {}
        decref(w_name)
        for w_value in args + list(kwargs.values()):
            decref(w_value)

    @slot("tp_traverse")
    def traverse(self, visit):
        for w_value in self.args_w + list(self.kwargs.values()):
            visit(w_value)


W_ItemGetter.w_type.basicsize = 48       # sizeof(itemgetterobject)
W_AttrGetter.w_type.basicsize = 40
W_MethodCaller.w_type.basicsize = 40
