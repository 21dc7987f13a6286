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

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        """Counterpart: code_new_impl: the 18 fields of the signature above,
        positional only; the three name views become co_localsplusnames."""
        from glass.objects.exceptions import operation_error, type_error
        if kwnames:
            raise type_error("code() takes no keyword arguments")
        if not 16 <= len(args_w) <= 18:
            raise type_error("code expected %s arguments, got %d" % (
                "at least 16" if len(args_w) < 16 else "at most 18", len(args_w)))
        fields = {}
        for position, (name, w_value) in enumerate(zip(_NEW_ARGUMENTS, args_w)):
            fields[name] = _field_value(name, w_value, "code() argument %d" % (position + 1))
        for name in ("co_argcount", "co_posonlyargcount", "co_kwonlyargcount"):
            if fields[name] < 0:
                raise operation_error("ValueError", "code: %s must not be negative"
                                      % name[3:])
        for name in ("co_names", "co_varnames", "co_freevars", "co_cellvars"):
            for item in fields.get(name, ()):
                if type(item) is not str:
                    raise type_error("name tuples must contain only strings, not '%s'"
                                     % _guest_type_name(item))
        return _new_code(fields)

    @method("($self, /, **changes)")
    def replace(self, changes):
        """Return a copy of the code object with new values for the specified fields."""
        from glass.objects.exceptions import operation_error, type_error
        code = self.code
        fields = {name: getattr(code, name) for name in _NEW_ARGUMENTS}
        for name, w_value in changes.items():
            if name not in fields:
                raise type_error("'%s' is an invalid keyword argument for replace()" % name)
            value = _field_value(name, w_value, "replace() argument '%s'" % name)
            if _FIELD_KINDS.get(name) is None and value < 0:
                raise operation_error("ValueError", "%s must be a positive integer" % name)
            fields[name] = value
        return _new_code(fields)

    @method("($self, /, oparg)")
    def _varname_from_oparg(self, w_oparg):
        """(internal-only) Return the local variable name for the given oparg.

WARNING: this method is for internal use only and may change or go away."""
        from glass.objects import abstract
        from glass.objects.exceptions import operation_error
        from glass.objects.str import intern
        index = abstract.index_as_ssize(w_oparg, "OverflowError")
        names = self.code.co_localsplusnames
        if not 0 <= index < len(names):
            raise operation_error("IndexError", "tuple index out of range")
        return intern(names[index])

    @slot("tp_richcompare")
    def richcompare(self, w_other, op):
        from glass.objects.bool import new_bool
        from glass.objects.tuple import not_implemented
        from glass.objects.type import EQ, NE
        if not isinstance(w_other, W_Code) or op not in (EQ, NE):
            return not_implemented()
        equal = self is w_other or compare_key(self.code) == compare_key(w_other.code)
        return new_bool(equal if op == EQ else not equal)

    @slot("tp_hash")
    def hash(self):
        code = self.code
        return hash((code.co_name, code.co_code, code.co_firstlineno)) & ((1 << 61) - 1)

    @getter("co_code")
    def get_code(self):
        from glass.objects.bytes import new_bytes
        return new_bytes(self.code.co_code)


def compare_key(code):
    """What code_richcompare compares: the name, the counts, the flags, the
    first line, the bytecode, the constants (by _PyCode_ConstantKey, so 0.0
    and -0.0 differ; nested code objects compare alike), the names and the
    tables."""
    return (code.co_name, code.co_argcount, code.co_posonlyargcount,
            code.co_kwonlyargcount, code.co_flags, code.co_firstlineno,
            code.co_code, tuple(_constant_key(c) for c in code.co_consts),
            code.co_names, code.co_localsplusnames, code.co_linetable,
            code.co_exceptiontable)


def _constant_key(value):
    """Counterpart: _PyCode_ConstantKey, where a code object is its own
    key (and so compares by code_richcompare)."""
    from glass.bytecode.code import Code, const_key
    kind = type(value)
    if kind is Code:
        return ("code", compare_key(value))
    if kind is tuple:
        return (kind, tuple(_constant_key(v) for v in value))
    if kind is frozenset:
        return (kind, frozenset(_constant_key(v) for v in value))
    return const_key(value)


# The constructor's arguments, in order (code_new's signature).
_NEW_ARGUMENTS = (
    "co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals",
    "co_stacksize", "co_flags", "co_code", "co_consts", "co_names",
    "co_varnames", "co_filename", "co_name", "co_qualname", "co_firstlineno",
    "co_linetable", "co_exceptiontable", "co_freevars", "co_cellvars",
)

# Each argument's kind (Argument Clinic's converters); the others are ints.
_FIELD_KINDS = {
    "co_code": "bytes", "co_linetable": "bytes", "co_exceptiontable": "bytes",
    "co_consts": "tuple", "co_names": "tuple", "co_varnames": "tuple",
    "co_freevars": "tuple", "co_cellvars": "tuple",
    "co_filename": "str", "co_name": "str", "co_qualname": "str",
}


def _field_value(name, w_value, what):
    """The host value of one argument, after Argument Clinic's check."""
    from glass.modules.marshal import host_value
    from glass.objects import abstract
    from glass.objects.exceptions import argument_type_name, type_error
    kind = _FIELD_KINDS.get(name)
    if kind is None:
        return abstract.index_as_ssize(w_value, "OverflowError")
    if not w_value.ob_type.is_subtype(_builtin_type(kind)):
        raise type_error("%s must be %s, not %s"
                         % (what, kind, argument_type_name(w_value)))
    if kind == "tuple" and name != "co_consts":
        return tuple(_name_value(w_item) for w_item in w_value.items)
    return host_value(w_value)


def _name_value(w_item):
    """A name tuple's item: its text, or the object itself when it is no
    str (refused later, as CPython refuses it)."""
    from glass.objects.str import W_Str
    return w_item.value if isinstance(w_item, W_Str) else w_item


def _guest_type_name(item):
    return getattr(getattr(item, "ob_type", None), "name", type(item).__name__)


def _new_code(fields):
    """PyCode_NewWithPosOnlyArgs: the varnames, cellvars and freevars views
    become co_localsplusnames and its kinds; then _PyCode_Validate."""
    from glass.bytecode import marshal as marshal_format
    from glass.bytecode.code import Code, localsplus_from_views
    from glass.objects.exceptions import operation_error
    if fields["co_nlocals"] != len(fields["co_varnames"]):
        raise operation_error("ValueError", "code: co_nlocals != len(co_varnames)")
    names, kinds = localsplus_from_views(fields["co_varnames"], fields["co_cellvars"],
                                         fields["co_freevars"])
    code = Code(fields["co_argcount"], fields["co_posonlyargcount"],
                fields["co_kwonlyargcount"], fields["co_stacksize"], fields["co_flags"],
                fields["co_code"], fields["co_consts"], fields["co_names"], names, kinds,
                fields["co_filename"], fields["co_name"], fields["co_qualname"],
                fields["co_firstlineno"], fields["co_linetable"],
                fields["co_exceptiontable"])
    audit("code.__new__", code.co_code, code.co_filename, code.co_name, code.co_argcount,
          code.co_posonlyargcount, code.co_kwonlyargcount, code.co_nlocals,
          code.co_stacksize, code.co_flags)
    try:
        marshal_format.validate_code(code)
    except (SystemError, ValueError) as error:
        raise operation_error(type(error).__name__, str(error))
    return W_Code(code)


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
