"""The _contextvars module: Context, ContextVar, Token (PEP 567).

Counterpart: Python/context.c (CPython keeps the mapping in a HAMT,
Python/hamt.c; Glass copies a host dict on write, which gives the same
immutable-snapshot semantics with simpler code).

Each thread state has a current Context (created on first use); Context.run
makes another one current for the duration of a call.
"""
from __future__ import annotations

from glass.modules import builtin_module, function
from glass.objects import abstract
from glass.objects.exceptions import (EXCEPTION_TYPES, OperationError, operation_error,
                                      type_error)
from glass.objects.object import W_Object, decref
from glass.objects.signature import no_text_signature
from glass.objects.type import HAVE_GC, builtin_type, getter, method, slot


def _thread_context():
    """The current context of this thread (a borrowed reference)."""
    from glass.vm import pystate
    tstate = pystate.current()
    w_ctx = _CURRENT.get(id(tstate))
    if w_ctx is None:
        w_ctx = W_Context({})
        _CURRENT[id(tstate)] = w_ctx
    return w_ctx


_CURRENT = {}                # id(thread state) -> W_Context (owned)


def _set_thread_context(w_ctx):
    from glass.vm import pystate
    key = id(pystate.current())
    w_old = _CURRENT.get(key)
    w_ctx.ob_refcnt += 1
    _CURRENT[key] = w_ctx
    if w_old is not None:
        decref(w_old)


def _key_error(w_key):
    from glass.objects.exceptions import call_exception_type
    return OperationError(call_exception_type(EXCEPTION_TYPES["KeyError"], [w_key]))


@builtin_type("_contextvars.Context", flags=HAVE_GC)
class W_Context(W_Object):
    __slots__ = ("vars", "w_prev", "entered")

    def __init__(self, variables):
        W_Object.__init__(self, W_Context.w_type)
        self.vars = variables            # id(W_ContextVar) -> (w_var, w_value), owned
        self.w_prev = None
        self.entered = False

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        if args_w:
            raise type_error("Context() does not accept any arguments")
        return W_Context({})

    @no_text_signature
    @method("($self, /, *args, **kwargs)")
    def run(self, args_w, kwargs):
        """Counterpart: context_run (METH_FASTCALL | METH_KEYWORDS: its own
        check of the callable, and no text signature)."""
        if not args_w:
            raise type_error("run() missing 1 required positional argument")
        w_callable, args_w = args_w[0], args_w[1:]
        if self.entered:
            raise operation_error("RuntimeError",
                                  "cannot enter context: %s is already entered"
                                  % abstract.repr_text(self))
        w_prev = _thread_context()
        w_prev.ob_refcnt += 1
        self.entered = True
        _set_thread_context(self)
        try:
            names = tuple(kwargs)
            return abstract.call(w_callable, list(args_w) + list(kwargs.values()),
                                 names or None)
        finally:
            self.entered = False
            _set_thread_context(w_prev)
            decref(w_prev)

    @method("($self, /)")
    def copy(self):
        """Return a shallow copy of the context object."""
        return _copy(self)

    @method("($self, key, default=None, /)")
    def get(self, w_key, w_default):
        """Return the value for `key` if `key` has the value in the context object.

If `key` does not exist, return `default`. If `default` is not given,
return None."""
        from glass.objects.none import new_none
        _check_var(w_key)
        entry = self.vars.get(id(w_key))
        if entry is None:
            if w_default is None:
                return new_none()
            w_default.ob_refcnt += 1
            return w_default
        entry[1].ob_refcnt += 1
        return entry[1]

    @slot("mp_subscript")
    def getitem(self, w_key):
        _check_var(w_key)
        entry = self.vars.get(id(w_key))
        if entry is None:
            raise _key_error(w_key)
        entry[1].ob_refcnt += 1
        return entry[1]

    @slot("sq_contains")
    def contains(self, w_key):
        _check_var(w_key)
        return id(w_key) in self.vars

    @slot("mp_length")
    def length(self):
        return len(self.vars)

    @slot("tp_iter")
    def iter(self):
        return _iter_of([w_var for w_var, _ in self.vars.values()])

    @method("($self, /)")
    def keys(self):
        """Return a list of all variables in the context object."""
        return _list_of([w_var for w_var, _ in self.vars.values()])

    @method("($self, /)")
    def values(self):
        """Return a list of all variables' values in the context object."""
        return _list_of([w_value for _, w_value in self.vars.values()])

    @method("($self, /)")
    def items(self):
        """Return all variables and their values in the context object.

The result is returned as a list of 2-tuples (variable, value)."""
        from glass.objects.list import W_List
        from glass.objects.tuple import new_tuple
        return W_List([new_tuple([w_var, w_value]) for w_var, w_value in self.vars.values()])

    @slot("tp_richcompare")
    def richcompare(self, w_other, op):
        from glass.objects.bool import new_bool
        from glass.objects.none import w_NotImplemented
        from glass.objects.type import EQ, NE
        if not isinstance(w_other, W_Context) or op not in (EQ, NE):
            w_NotImplemented.ob_refcnt += 1
            return w_NotImplemented
        equal = self.vars.keys() == w_other.vars.keys() and all(
            abstract.rich_compare_bool(self.vars[k][1], w_other.vars[k][1], EQ)
            for k in self.vars)
        return new_bool(equal if op == EQ else not equal)

    @slot("tp_hash")
    def hash_(self):
        raise type_error("unhashable type: 'Context'")

    @slot("tp_dealloc")
    def dealloc(self):
        for w_var, w_value in self.vars.values():
            decref(w_var)
            decref(w_value)
        self.vars = {}


def _copy(w_ctx):
    variables = dict(w_ctx.vars)
    for w_var, w_value in variables.values():
        w_var.ob_refcnt += 1
        w_value.ob_refcnt += 1
    return W_Context(variables)


def _list_of(items_w):
    from glass.objects.list import W_List
    for w_item in items_w:
        w_item.ob_refcnt += 1
    return W_List(list(items_w))


def _iter_of(items_w):
    w_list = _list_of(items_w)
    try:
        return abstract.iter(w_list)
    finally:
        decref(w_list)


def _check_var(w_key):
    if not isinstance(w_key, W_ContextVar):
        raise type_error("a ContextVar key was expected, got %s"
                         % abstract.repr_text(w_key))


@builtin_type("_contextvars.ContextVar", flags=HAVE_GC)
class W_ContextVar(W_Object):
    __slots__ = ("w_name", "w_default")

    def __init__(self, w_name, w_default):
        W_Object.__init__(self, W_ContextVar.w_type)
        w_name.ob_refcnt += 1
        self.w_name = w_name
        if w_default is not None:
            w_default.ob_refcnt += 1
        self.w_default = w_default

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        from glass.objects.signature import Signature
        from glass.objects.str import W_Str
        w_name, w_default = Signature.parse("(name, /, *, default=<unrepresentable>)").bind(
            "ContextVar", args_w, kwnames)
        if not isinstance(w_name, W_Str):
            raise type_error("context variable name must be a str")
        return W_ContextVar(w_name, w_default)

    @getter("name", member=True)
    def get_name(self):
        self.w_name.ob_refcnt += 1
        return self.w_name

    @method("($self, default=<unrepresentable>, /)")
    def get(self, w_default):
        """Return a value for the context variable for the current context.

If there is no value for the variable in the current context, the method will:
 * return the value of the default argument of the method, if provided; or
 * return the default value for the context variable, if it was created
   with one; or
 * raise a LookupError."""
        entry = _thread_context().vars.get(id(self))
        if entry is not None:
            w_value = entry[1]
        elif w_default is not None:
            w_value = w_default
        elif self.w_default is not None:
            w_value = self.w_default
        else:
            from glass.objects.exceptions import call_exception_type
            raise OperationError(call_exception_type(EXCEPTION_TYPES["LookupError"],
                                                     [self]))
        w_value.ob_refcnt += 1
        return w_value

    @method("($self, value, /)")
    def set(self, w_value):
        """Call to set a new value for the context variable in the current context.

The required value argument is the new value for the context variable.

Returns a Token object that can be used to restore the variable to its previous
value via the `ContextVar.reset()` method."""
        w_ctx = _thread_context()
        entry = w_ctx.vars.get(id(self))
        w_old = entry[1] if entry is not None else None
        w_token = W_Token(w_ctx, self, w_old)
        _store(w_ctx, self, w_value)
        return w_token

    @method("($self, token, /)")
    def reset(self, w_token):
        """Reset the context variable.

The variable is reset to the value it had before the `ContextVar.set()` that
created the token was used."""
        if not isinstance(w_token, W_Token):
            raise type_error("expected an instance of Token, got %s"
                             % abstract.repr_text(w_token))
        if w_token.used:
            raise operation_error("RuntimeError", "%s has already been used once"
                                  % abstract.repr_text(w_token))
        if w_token.w_var is not self:
            raise operation_error("ValueError", "%s was created by a different ContextVar"
                                  % abstract.repr_text(w_token))
        w_ctx = _thread_context()
        if w_token.w_ctx is not w_ctx:
            raise operation_error("ValueError", "%s was created in a different Context"
                                  % abstract.repr_text(w_token))
        w_token.used = True
        if w_token.w_old is None:
            entry = w_ctx.vars.pop(id(self), None)
            if entry is not None:
                decref(entry[0])
                decref(entry[1])
        else:
            _store(w_ctx, self, w_token.w_old)

    @method("($cls, item, /)", kind="classmethod")
    def __class_getitem__(w_cls, w_item):
        """See PEP 585"""
        from glass.objects.genericalias import new_generic_alias
        return new_generic_alias(w_cls, w_item)

    @slot("tp_repr")
    def repr(self):
        from glass.objects.str import new_str
        text = "<ContextVar name=%s" % abstract.repr_text(self.w_name)
        if self.w_default is not None:
            text += " default=%s" % abstract.repr_text(self.w_default)
        return new_str(text + " at %#x>" % id(self))

    @slot("tp_hash")
    def hash_(self):
        return id(self) >> 4

    @slot("tp_dealloc")
    def dealloc(self):
        decref(self.w_name)
        if self.w_default is not None:
            decref(self.w_default)


def _store(w_ctx, w_var, w_value):
    """A context's mapping changes by copy, as a HAMT would: a Context
    object copied earlier keeps its snapshot."""
    variables = dict(w_ctx.vars)
    old = variables.get(id(w_var))
    w_var.ob_refcnt += 1
    w_value.ob_refcnt += 1
    variables[id(w_var)] = (w_var, w_value)
    w_ctx.vars = variables
    if old is not None:
        decref(old[0])
        decref(old[1])


@builtin_type("_contextvars.Token")
class W_Token(W_Object):
    __slots__ = ("w_ctx", "w_var", "w_old", "used")

    def __init__(self, w_ctx, w_var, w_old):
        W_Object.__init__(self, W_Token.w_type)
        w_ctx.ob_refcnt += 1
        w_var.ob_refcnt += 1
        if w_old is not None:
            w_old.ob_refcnt += 1
        self.w_ctx, self.w_var, self.w_old = w_ctx, w_var, w_old
        self.used = False

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        raise operation_error("RuntimeError", "Tokens can only be created by ContextVars")

    @getter("var")
    def get_var(self):
        self.w_var.ob_refcnt += 1
        return self.w_var

    @getter("old_value")
    def get_old_value(self):
        w_old = self.w_old if self.w_old is not None else _missing()
        w_old.ob_refcnt += 1
        return w_old

    @method("($cls, item, /)", kind="classmethod")
    def __class_getitem__(w_cls, w_item):
        """See PEP 585"""
        from glass.objects.genericalias import new_generic_alias
        return new_generic_alias(w_cls, w_item)

    @slot("tp_repr")
    def repr(self):
        from glass.objects.str import new_str
        return new_str("<Token%s var=%s at %#x>" % (
            " used" if self.used else "", abstract.repr_text(self.w_var), id(self)))

    @slot("tp_dealloc")
    def dealloc(self):
        decref(self.w_ctx)
        decref(self.w_var)
        if self.w_old is not None:
            decref(self.w_old)


@builtin_type("Token.MISSING")
class W_TokenMissing(W_Object):
    __slots__ = ()

    @slot("tp_repr")
    def repr(self):
        from glass.objects.str import new_str
        return new_str("<Token.MISSING>")


def _missing():
    if not _MISSING:
        w_missing = W_TokenMissing(W_TokenMissing.w_type)
        w_missing.ob_refcnt = 1 << 30
        _MISSING.append(w_missing)
    return _MISSING[0]


_MISSING = []


@builtin_module("_contextvars")
class ContextvarsModule:
    """Context Variables"""

    @function("($module, /)")
    def copy_context():
        return _copy(_thread_context())


def init_module(w_module):
    d = w_module.w_dict
    d.setitem_str("Context", W_Context.w_type)
    d.setitem_str("ContextVar", W_ContextVar.w_type)
    d.setitem_str("Token", W_Token.w_type)
    W_Token.w_type.dict["MISSING"] = _missing()


ContextvarsModule.init_module = staticmethod(init_module)
