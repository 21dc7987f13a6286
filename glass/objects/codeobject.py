"""Guest code objects: a Glass bytecode Code with its constants as guest objects.

Counterpart: Objects/codeobject.c (PyCodeObject as the guest sees it).

The bytecode layer's Code holds host values; the VM needs guest objects for
LOAD_CONST and interned names for LOAD_NAME.  W_Code converts once, when a
code object enters the VM, and keeps what the eval loop needs precomputed
(the instruction arrays of glass/vm/frame.py).
"""
from __future__ import annotations

from glass.objects.object import W_Object, decref
from glass.objects.signature import no_text_signature
from glass.objects.type import builtin_type, getter, method, slot
from glass.vm.audit import audit


@builtin_type("code")
class W_Code(W_Object):
    """code(argcount, posonlyargcount, kwonlyargcount, nlocals, stacksize,
     flags, codestring, constants, names, varnames, filename, name,
     qualname, firstlineno, linetable, exceptiontable, freevars=(),
     cellvars=(), /)
--

Create a code object.  Not for the faint of heart."""
    __slots__ = ("code", "w_consts", "names_w", "w_filename", "decoded", "weakrefs")

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
        from glass.objects.weakrefobject import clear_weakrefs_if_any
        clear_weakrefs_if_any(self)          # co_weakreflist
        decref(self.w_consts)
        decref(self.w_filename)
        for w_name in self.names_w:
            w_name.ob_refcnt -= 1

    @getter("co_name", member=True)
    def get_name(self):
        from glass.objects.str import new_str
        return new_str(self.code.co_name)

    @getter("co_qualname", member=True)
    def get_qualname(self):
        from glass.objects.str import new_str
        return new_str(self.code.co_qualname)

    @getter("co_filename", member=True)
    def get_filename(self):
        self.w_filename.ob_refcnt += 1
        return self.w_filename

    @getter("co_firstlineno", member=True)
    def get_firstlineno(self):
        from glass.objects.int import new_int
        return new_int(self.code.co_firstlineno)

    @getter("co_flags", member=True)
    def get_flags(self):
        from glass.objects.int import new_int
        return new_int(self.code.co_flags)

    @getter("co_argcount", member=True)
    def get_argcount(self):
        from glass.objects.int import new_int
        return new_int(self.code.co_argcount)

    @getter("co_consts", member=True)
    def get_consts(self):
        self.w_consts.ob_refcnt += 1
        return self.w_consts

    @getter("co_varnames")
    def get_varnames(self):
        return _str_tuple(self.code.co_varnames)

    @getter("co_names", member=True)
    def get_names(self):
        return _str_tuple(self.code.co_names)

    @getter("co_freevars")
    def get_freevars(self):
        return _str_tuple(self.code.co_freevars)

    @getter("co_cellvars")
    def get_cellvars(self):
        return _str_tuple(self.code.co_cellvars)

    @getter("co_kwonlyargcount", member=True)
    def get_kwonlyargcount(self):
        from glass.objects.int import new_int
        return new_int(self.code.co_kwonlyargcount)

    @getter("co_posonlyargcount", member=True)
    def get_posonlyargcount(self):
        from glass.objects.int import new_int
        return new_int(self.code.co_posonlyargcount)

    @getter("co_nlocals", member=True)
    def get_nlocals(self):
        from glass.objects.int import new_int
        return new_int(self.code.co_nlocals)

    @getter("co_stacksize", member=True)
    def get_stacksize(self):
        from glass.objects.int import new_int
        return new_int(self.code.co_stacksize)

    @getter("co_linetable", member=True)
    def get_linetable(self):
        from glass.objects.bytes import new_bytes
        return new_bytes(self.code.co_linetable)

    @getter("co_exceptiontable", member=True)
    def get_exceptiontable(self):
        from glass.objects.bytes import new_bytes
        return new_bytes(self.code.co_exceptiontable)

    @getter("co_lnotab")
    def get_lnotab(self):
        """Counterpart: code_getlnotab: the pre-3.10 line table, rebuilt
        from co_lines() (deprecated, but still there in 3.11)."""
        from glass.objects.bytes import new_bytes
        return new_bytes(_lnotab(self.code))

    @getter("_co_code_adaptive")
    def get_code_adaptive(self):
        from glass.objects.bytes import new_bytes
        return new_bytes(self.code.co_code)

    @no_text_signature
    @method("($self, /)")
    def co_lines(self):
        from glass.objects import abstract
        from glass.objects.list import W_List
        from glass.objects.int import new_int
        from glass.objects.none import new_none
        from glass.objects.tuple import new_tuple_owned
        w_list = W_List([new_tuple_owned([new_int(start), new_int(end),
                                          new_int(line) if line is not None else new_none()])
                         for start, end, line in self.code.co_lines()])
        try:
            return abstract.iter(w_list)
        finally:
            decref(w_list)

    @no_text_signature
    @method("($self, /)")
    def co_positions(self):
        from glass.objects import abstract
        from glass.objects.list import W_List
        from glass.objects.int import new_int
        from glass.objects.none import new_none
        from glass.objects.tuple import new_tuple_owned
        w_list = W_List([new_tuple_owned([new_int(v) if v is not None else new_none()
                                          for v in position])
                         for position in self.code.co_positions()])
        try:
            return abstract.iter(w_list)
        finally:
            decref(w_list)

    @method("($self, /, **changes)")
    def replace(self, changes):
        """Return a copy of the code object with new values for the specified fields."""
        from glass.modules.marshal import host_value
        from glass.objects.exceptions import type_error
        host_changes = {}
        for name, w_value in changes.items():
            if name in ("co_varnames", "co_cellvars", "co_freevars", "co_nlocals"):
                raise type_error("glass: code.replace(%s=...) is not supported yet" % name)
            if not hasattr(self.code, name):
                raise type_error("replace() got an unexpected keyword argument '%s'" % name)
            _check_replace_arg(name, w_value)
            host_changes[name] = host_value(w_value)
        code = self.code.replace(**host_changes)
        audit("code.__new__", code.co_code, code.co_filename, code.co_name, code.co_argcount,
              code.co_posonlyargcount, code.co_kwonlyargcount, code.co_nlocals,
              code.co_stacksize, code.co_flags)
        return W_Code(code)

    @slot("tp_richcompare")
    def richcompare(self, w_other, op):
        from glass.objects.bool import new_bool
        from glass.objects.tuple import not_implemented
        from glass.objects.type import EQ, NE
        if not isinstance(w_other, W_Code) or op not in (EQ, NE):
            return not_implemented()
        from glass.bytecode.code import const_key
        equal = self is w_other or const_key(self.code) == const_key(w_other.code)
        return new_bool(equal if op == EQ else not equal)

    @slot("tp_hash")
    def hash(self):
        code = self.code
        return hash((code.co_name, code.co_code, code.co_firstlineno)) & ((1 << 61) - 1)

    @getter("co_code")
    def get_code(self):
        from glass.objects.bytes import new_bytes
        return new_bytes(self.code.co_code)


# code.replace()'s argument kinds (Argument Clinic's converters).
_REPLACE_KINDS = {
    "co_code": "bytes", "co_linetable": "bytes", "co_exceptiontable": "bytes",
    "co_consts": "tuple", "co_names": "tuple",
    "co_filename": "str", "co_name": "str", "co_qualname": "str",
}


def _check_replace_arg(name, w_value):
    from glass.objects import abstract
    from glass.objects.exceptions import argument_type_name, type_error
    kind = _REPLACE_KINDS.get(name)
    if kind is None:                          # an int field
        abstract.index_as_ssize(w_value)
        return
    if not w_value.ob_type.is_subtype(_builtin_type(kind)):
        raise type_error("replace() argument '%s' must be %s, not %s"
                         % (name, kind, argument_type_name(w_value)))


def _builtin_type(name):
    from glass.objects.bytes import W_Bytes
    from glass.objects.str import W_Str
    from glass.objects.tuple import W_Tuple
    return {"bytes": W_Bytes, "str": W_Str, "tuple": W_Tuple}[name].w_type


def _str_tuple(names):
    from glass.objects.str import intern
    from glass.objects.tuple import new_tuple_owned
    return new_tuple_owned([intern(n) for n in names])


def wrap_constant(value):
    """A host constant of co_consts as a new guest object."""
    if not _WRAPPERS:
        _make_wrappers()
    wrap = _WRAPPERS.get(type(value))
    if wrap is None:
        if value is Ellipsis:
            from glass.objects.none import w_Ellipsis
            w_Ellipsis.ob_refcnt += 1
            return w_Ellipsis
        raise TypeError("unexpected constant %r" % (value,))
    return wrap(value)


_WRAPPERS = {}       # host constant type -> its converter, made on first use


def _make_wrappers():
    """One converter per kind of constant (a table, not an if-chain: code
    objects enter the VM at every import, with thousands of constants)."""
    from glass.bytecode.code import Code
    from glass.objects.bool import new_bool
    from glass.objects.bytes import new_bytes
    from glass.objects.complex import new_complex
    from glass.objects.float import new_float
    from glass.objects.int import new_int
    from glass.objects.none import new_none
    from glass.objects.set import frozenset_from_host
    from glass.objects.str import W_Str, intern
    from glass.objects.tuple import new_tuple_owned

    def wrap_str(value):
        # Identifier-like constants are interned, as the compiler does.
        if value.isidentifier() or not value:
            return intern(value)
        return W_Str(value)
    _WRAPPERS.update({
        type(None): lambda value: new_none(),
        bool: new_bool,
        int: new_int,
        str: wrap_str,
        tuple: lambda value: new_tuple_owned([wrap_constant(v) for v in value]),
        Code: W_Code,
        float: new_float,
        complex: new_complex,
        bytes: new_bytes,
        frozenset: lambda value: frozenset_from_host(value, wrap_constant),
    })


def _lnotab(code):
    """The (address increment, line increment) byte pairs of the old format."""
    out = bytearray()
    last_offset, last_line = 0, code.co_firstlineno
    for start, _end, line in code.co_lines():
        if line is None or line == last_line:
            continue
        address = start - last_offset
        delta = line - last_line
        while address > 255:
            out += bytes((255, 0))
            address -= 255
        while delta > 127:
            out += bytes((address, 127))
            address, delta = 0, delta - 127
        while delta < -128:
            out += bytes((address, 256 - 128))
            address, delta = 0, delta + 128
        out += bytes((address, delta & 0xFF))
        last_offset, last_line = start, line
    return bytes(out)
