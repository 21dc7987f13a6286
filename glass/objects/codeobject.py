"""Guest code objects: a Glass bytecode Code with its constants as guest objects.

Counterpart: Objects/codeobject.c (PyCodeObject as the guest sees it).

The bytecode layer's Code holds host values; the VM needs guest objects for
LOAD_CONST and interned names for LOAD_NAME.  W_Code converts once, when a
code object enters the VM, and keeps what the eval loop needs precomputed
(the instruction arrays of glass/vm/frame.py).
"""
from __future__ import annotations

from glass.objects.object import W_Object, decref
from glass.objects.type import builtin_type, getter, slot


@builtin_type("code")
class W_Code(W_Object):
    """Create a code object.  Not for the faint of heart."""
    __slots__ = ("code", "w_consts", "names_w", "w_filename", "decoded")

    def __init__(self, code):
        from glass.objects.str import intern, new_str
        from glass.objects.tuple import new_tuple_owned
        W_Object.__init__(self, W_Code.w_type)
        self.code = code
        self.w_consts = new_tuple_owned([wrap_constant(c) for c in code.co_consts])
        self.names_w = [intern(name) for name in code.co_names]
        self.w_filename = new_str(code.co_filename)
        self.decoded = None            # glass.vm.frame.DecodedCode, made on first run

    @slot("tp_repr")
    def repr(self):
        from glass.objects.str import new_str
        code = self.code
        return new_str('<code object %s at %#x, file "%s", line %d>'
                       % (code.co_name, id(self), code.co_filename, code.co_firstlineno))

    @slot("tp_dealloc")
    def dealloc(self):
        decref(self.w_consts)
        decref(self.w_filename)
        for w_name in self.names_w:
            w_name.ob_refcnt -= 1

    @getter("co_name")
    def get_name(self):
        from glass.objects.str import new_str
        return new_str(self.code.co_name)

    @getter("co_qualname")
    def get_qualname(self):
        from glass.objects.str import new_str
        return new_str(self.code.co_qualname)

    @getter("co_filename")
    def get_filename(self):
        self.w_filename.ob_refcnt += 1
        return self.w_filename

    @getter("co_firstlineno")
    def get_firstlineno(self):
        from glass.objects.int import new_int
        return new_int(self.code.co_firstlineno)

    @getter("co_flags")
    def get_flags(self):
        from glass.objects.int import new_int
        return new_int(self.code.co_flags)

    @getter("co_argcount")
    def get_argcount(self):
        from glass.objects.int import new_int
        return new_int(self.code.co_argcount)

    @getter("co_consts")
    def get_consts(self):
        self.w_consts.ob_refcnt += 1
        return self.w_consts

    @getter("co_varnames")
    def get_varnames(self):
        return _str_tuple(self.code.co_varnames)

    @getter("co_names")
    def get_names(self):
        return _str_tuple(self.code.co_names)

    @getter("co_freevars")
    def get_freevars(self):
        return _str_tuple(self.code.co_freevars)

    @getter("co_cellvars")
    def get_cellvars(self):
        return _str_tuple(self.code.co_cellvars)

    @getter("co_code")
    def get_code(self):
        from glass.objects.bytes import new_bytes
        return new_bytes(self.code.co_code)


def _str_tuple(names):
    from glass.objects.str import intern
    from glass.objects.tuple import new_tuple_owned
    return new_tuple_owned([intern(n) for n in names])


def wrap_constant(value):
    """A host constant of co_consts as a new guest object."""
    from glass.bytecode.code import Code
    from glass.objects.bool import new_bool
    from glass.objects.int import new_int
    from glass.objects.none import new_none, w_Ellipsis
    from glass.objects.str import W_Str, intern
    from glass.objects.tuple import new_tuple_owned
    kind = type(value)
    if value is None:
        return new_none()
    if kind is bool:
        return new_bool(value)
    if kind is int:
        return new_int(value)
    if kind is str:
        # Identifier-like constants are interned, as the compiler does.
        if value.isidentifier() or not value:
            return intern(value)
        return W_Str(value)
    if kind is tuple:
        return new_tuple_owned([wrap_constant(v) for v in value])
    if kind is Code:
        return W_Code(value)
    if value is Ellipsis:
        w_Ellipsis.ob_refcnt += 1
        return w_Ellipsis
    if kind is float:
        from glass.objects.float import new_float
        return new_float(value)
    if kind is complex:
        from glass.objects.complex import new_complex
        return new_complex(value)
    if kind is bytes:
        from glass.objects.bytes import new_bytes
        return new_bytes(value)
    if kind is frozenset:
        from glass.objects.set import frozenset_from_host
        return frozenset_from_host(value, wrap_constant)
    raise TypeError("unexpected constant %r" % (value,))
