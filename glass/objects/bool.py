"""Guest bools: the two instances of a subclass of int.

Counterpart: Objects/boolobject.c.

True and False are ints (1 and 0) for every purpose but their repr and the
bitwise operators &, | and ^, which give a bool when both operands are bools.
bool cannot be subclassed (no BASETYPE flag), so a W_Bool is always one of
the two singletons.
"""
from __future__ import annotations

from glass.objects.exceptions import type_error
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
        """bool_new: bool(x=False, /)."""
        from glass.objects import abstract
        if kwnames:
            raise type_error("bool() takes no keyword arguments")
        if len(args_w) > 1:
            raise type_error("bool expected at most 1 argument, got %d" % len(args_w))
        return new_bool(abstract.is_true(args_w[0]) if args_w else False)

    @slot("nb_and")
    def and_(w_a, w_b):
        """bool_and: a bool if both are bools, else int's &."""
        if isinstance(w_a, W_Bool) and isinstance(w_b, W_Bool):
            return new_bool(w_a.value & w_b.value)
        return W_Int.and_(w_a, w_b)

    @slot("nb_or")
    def or_(w_a, w_b):
        """bool_or"""
        if isinstance(w_a, W_Bool) and isinstance(w_b, W_Bool):
            return new_bool(w_a.value | w_b.value)
        return W_Int.or_(w_a, w_b)

    @slot("nb_xor")
    def xor(w_a, w_b):
        """bool_xor"""
        if isinstance(w_a, W_Bool) and isinstance(w_b, W_Bool):
            return new_bool(w_a.value ^ w_b.value)
        return W_Int.xor(w_a, w_b)


w_True = W_Bool(1, W_Bool.w_type)
w_True.ob_refcnt = 1 << 30
w_False = W_Bool(0, W_Bool.w_type)
w_False.ob_refcnt = 1 << 30


def new_bool(value):
    """PyBool_FromLong: a new reference to True or False."""
    w_res = w_True if value else w_False
    w_res.ob_refcnt += 1
    return w_res
