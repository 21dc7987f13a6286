"""The xxsubtype module: builtin types that derive from list and dict, for test_descr.

Counterpart: Modules/xxsubtype.c.

CPython's example of subtyping builtin types in C: `spamlist` (a list with
an int `state`, a METH_CLASS and a METH_STATIC method) and `spamdict` (a
dict with an int `state` member), and `bench`, which times attribute
lookups.  test_descr uses them to test builtin class and static methods
and builtin subclasses of builtin types.
"""
from __future__ import annotations

from glass.modules import builtin_module, function
from glass.objects.dict import W_Dict
from glass.objects.list import W_List
from glass.objects.signature import no_text_signature, parse_tuple, varargs
from glass.objects.type import BASETYPE, HAVE_GC, builtin_type, getter, method, slot


# getstate and setstate, the same in both types (spamlist_getstate...).

@parse_tuple
@method("($self, /)", name="getstate", doc="getstate() -> state")
def _getstate(self):
    from glass.objects.int import new_int
    return new_int(self.state)


@parse_tuple
@method("($self, state, /)", name="setstate", doc="setstate(state)")
def _setstate(self, w_state):
    from glass.objects.stringlib import getargs_int
    self.state = getargs_int(w_state)


def _special_method_result(w_self, args_w, kwargs):
    """spamlist_specialmeth: (self, args, kwargs or None)."""
    from glass.objects.dict import new_dict
    from glass.objects.none import w_None
    from glass.objects.object import decref
    from glass.objects.tuple import new_tuple, new_tuple_owned
    if kwargs:
        w_kwargs = new_dict()
        for name, w_value in kwargs.items():
            w_kwargs.setitem_str(name, w_value)
    else:
        w_None.ob_refcnt += 1
        w_kwargs = w_None
    w_args = new_tuple(args_w)
    w_self.ob_refcnt += 1
    try:
        return new_tuple_owned([w_self, w_args, w_kwargs])
    except BaseException:
        for w_item in (w_self, w_args, w_kwargs):
            decref(w_item)
        raise


@builtin_type("xxsubtype.spamlist", base=W_List, flags=BASETYPE | HAVE_GC, doc=None)
class W_SpamList(W_List):
    __slots__ = ("state",)
    getstate = _getstate
    setstate = _setstate


    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        """tp_alloc zeroes the object: `state` is 0 before __init__ runs."""
        if w_type is W_SpamList.w_type:
            self = W_SpamList([], w_type)
        else:
            self = W_List.new(w_type, args_w, kwnames)
        self.state = 0
        return self

    @slot("tp_init")
    def init(self, args_w, kwnames):
        """spamlist_init: list's __init__, then state 0."""
        W_List.init(self, args_w, kwnames)
        self.state = 0

    @varargs
    @no_text_signature
    @method("($type, *args, **kwargs)", kind="classmethod", doc="classmeth(*args, **kw)")
    def classmeth(w_type, args_w, kwargs):
        return _special_method_result(w_type, args_w, kwargs)

    @varargs
    @no_text_signature
    @method("(*args, **kwargs)", kind="staticmethod", doc="staticmeth(*args, **kw)")
    def staticmeth(args_w, kwargs):
        from glass.objects.none import w_None
        return _special_method_result(w_None, args_w, kwargs)

    @getter("state", doc="an int variable for demonstration purposes")
    def get_state(self):
        from glass.objects.int import new_int
        return new_int(self.state)


@builtin_type("xxsubtype.spamdict", base=W_Dict, flags=BASETYPE | HAVE_GC, doc=None)
class W_SpamDict(W_Dict):
    __slots__ = ("state",)
    getstate = _getstate
    setstate = _setstate


    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        """tp_alloc zeroes the object: `state` is 0 before __init__ runs."""
        if w_type is W_SpamDict.w_type:
            self = W_SpamDict(w_type)
        else:
            self = W_Dict.new(w_type, args_w, kwnames)
        self.state = 0
        return self

    @slot("tp_init")
    def init(self, args_w, kwnames):
        """spamdict_init: dict's __init__, then state 0."""
        W_Dict.init(self, args_w, kwnames)
        self.state = 0

    @getter("state", doc="an int variable for demonstration purposes", member=True)
    def get_state(self):
        from glass.objects.int import new_int
        return new_int(self.state)


W_SpamList.w_type.basicsize = W_List.w_type.basicsize + 8     # the C int, padded
W_SpamDict.w_type.basicsize = W_Dict.w_type.basicsize + 8


@builtin_module("xxsubtype")
class XxsubtypeModule:
    """xxsubtype is an example module showing how to subtype builtin types from C.
test_descr.py in the standard test suite requires it in order to complete.
If you don't care about the examples, and don't intend to run the Python
test suite, you can recompile Python without Modules/xxsubtype.c."""

    @parse_tuple
    @function("($module, obj, name, n=1000, /)")
    def bench(w_obj, w_name, w_n):
        # spam_bench (no docstring): the seconds `n` lookups of obj.name take.
        import time
        from glass.objects import abstract
        from glass.objects.float import new_float
        from glass.objects.object import decref
        from glass.objects.str import W_Str
        from glass.objects.stringlib import getargs_int
        from glass.objects.exceptions import type_error
        if not isinstance(w_name, W_Str):
            raise type_error("argument 2 must be str, not %s" % w_name.ob_type.name)
        count = 1000 if w_n is None else getargs_int(w_n)
        start = time.perf_counter()
        for _ in range(count):
            decref(abstract.getattr(w_obj, w_name))
        return new_float(time.perf_counter() - start)

    @staticmethod
    def init_module(w_module):
        for cls in (W_SpamList, W_SpamDict):
            w_module.w_dict.setitem_str(cls.w_type.name.split(".")[-1], cls.w_type)
