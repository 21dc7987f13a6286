"""Guest bools: the two instances of a subclass of int.

Counterpart: Objects/boolobject.c.
"""
from __future__ import annotations

from glass.objects.int import W_Int
from glass.objects.type import builtin_type, slot


@builtin_type("bool", base=W_Int)
class W_Bool(W_Int):
    """bool(x) -> bool

Returns True when the argument x is true, False otherwise.
The builtins True and False are the only two instances of the class bool.
The class bool is a subclass of the class int, and cannot be subclassed."""
    __slots__ = ()

    @slot("tp_repr")
    def repr(self):
        from glass.objects.str import new_str
        return new_str("True" if self.value else "False")

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        from glass.objects import abstract
        if kwnames:
            from glass.objects.exceptions import type_error
            raise type_error("bool() takes no keyword arguments")
        return new_bool(abstract.is_true(args_w[0]) if args_w else False)


w_True = W_Bool(1, W_Bool.w_type)
w_True.ob_refcnt = 1 << 30
w_False = W_Bool(0, W_Bool.w_type)
w_False.ob_refcnt = 1 << 30


def new_bool(value):
    """PyBool_FromLong: a new reference to True or False."""
    w_res = w_True if value else w_False
    w_res.ob_refcnt += 1
    return w_res
