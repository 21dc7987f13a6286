"""The _symtable module: the compiler's symbol tables, for Lib/symtable.py.

Counterpart: Modules/symtablemodule.c (and the entry type of Python/symtable.c).

symtable() parses the source with Glass's parser and builds the symbol table
with Glass's own compiler pass (glass/compiler/symtable.py), the one codegen
uses; each block is shown to the guest as a `symtable entry` object with the
attributes CPython's PySTEntryObject exposes (id, name, symbols, varnames,
children, nested, type, lineno).
"""
from __future__ import annotations

from glass.compiler import symtable as glass_symtable
from glass.modules import builtin_module, function
from glass.objects.exceptions import OperationError, argument_type_name, type_error, value_error
from glass.objects.object import W_Object, decref
from glass.objects.type import HAVE_GC, builtin_type, getter, slot

TYPE_FUNCTION, TYPE_CLASS, TYPE_MODULE = 0, 1, 2
BLOCK_TYPES = {glass_symtable.FUNCTION_BLOCK: TYPE_FUNCTION,
               glass_symtable.CLASS_BLOCK: TYPE_CLASS,
               glass_symtable.MODULE_BLOCK: TYPE_MODULE}

CONSTANTS = (
    ("USE", glass_symtable.USE), ("DEF_GLOBAL", glass_symtable.DEF_GLOBAL),
    ("DEF_NONLOCAL", glass_symtable.DEF_NONLOCAL), ("DEF_LOCAL", glass_symtable.DEF_LOCAL),
    ("DEF_PARAM", glass_symtable.DEF_PARAM), ("DEF_FREE", glass_symtable.DEF_FREE),
    ("DEF_FREE_CLASS", glass_symtable.DEF_FREE_CLASS),
    ("DEF_IMPORT", glass_symtable.DEF_IMPORT), ("DEF_ANNOT", glass_symtable.DEF_ANNOT),
    ("DEF_BOUND", glass_symtable.DEF_BOUND),
    ("TYPE_FUNCTION", TYPE_FUNCTION), ("TYPE_CLASS", TYPE_CLASS),
    ("TYPE_MODULE", TYPE_MODULE),
    ("LOCAL", glass_symtable.LOCAL), ("GLOBAL_EXPLICIT", glass_symtable.GLOBAL_EXPLICIT),
    ("GLOBAL_IMPLICIT", glass_symtable.GLOBAL_IMPLICIT), ("FREE", glass_symtable.FREE),
    ("CELL", glass_symtable.CELL),
    ("SCOPE_OFF", glass_symtable.SCOPE_OFFSET), ("SCOPE_MASK", glass_symtable.SCOPE_MASK))


def _int(value):
    from glass.objects.int import new_int
    return new_int(value)


def _str(text):
    from glass.objects.str import new_str
    return new_str(text)


@builtin_type("symtable entry", flags=HAVE_GC)
class W_SymtableEntry(W_Object):
    # entry: the host Entry; w_symbols / w_varnames / w_children: made on
    # first use, then the same objects each time (as the C entry's fields).
    __slots__ = ("entry", "w_symbols", "w_varnames", "w_children")

    def __init__(self, entry):
        W_Object.__init__(self, W_SymtableEntry.w_type)
        self.entry = entry
        self.w_symbols = None
        self.w_varnames = None
        self.w_children = None

    @slot("tp_repr")
    def repr(self):
        entry = self.entry
        return _str("<symtable entry %s(%d), line %d>"
                    % (entry.name, id(entry), entry.lineno))

    @getter("id", member=True)
    def get_id(self):
        return _int(id(self.entry))

    @getter("name", member=True)
    def get_name(self):
        return _str(self.entry.name)

    @getter("type", member=True)
    def get_type(self):
        return _int(BLOCK_TYPES.get(self.entry.type, TYPE_FUNCTION))

    @getter("lineno", member=True)
    def get_lineno(self):
        return _int(self.entry.lineno)

    @getter("nested", member=True)
    def get_nested(self):
        return _int(1 if self.entry.nested else 0)

    @getter("symbols", member=True)
    def get_symbols(self):
        if self.w_symbols is None:
            from glass.objects.dict import new_dict
            w_symbols = new_dict()
            for name, flags in self.entry.symbols.items():
                w_flags = _int(flags)
                w_symbols.setitem_str(name, w_flags)
                decref(w_flags)
            self.w_symbols = w_symbols
        self.w_symbols.ob_refcnt += 1
        return self.w_symbols

    @getter("varnames", member=True)
    def get_varnames(self):
        if self.w_varnames is None:
            from glass.objects.list import W_List
            self.w_varnames = W_List([_str(name) for name in self.entry.varnames])
        self.w_varnames.ob_refcnt += 1
        return self.w_varnames

    @getter("children", member=True)
    def get_children(self):
        if self.w_children is None:
            from glass.objects.list import W_List
            self.w_children = W_List([W_SymtableEntry(child)
                                      for child in self.entry.children])
        self.w_children.ob_refcnt += 1
        return self.w_children

    @slot("tp_dealloc")
    def dealloc(self):
        self.clear()

    @slot("tp_traverse")
    def traverse(self, visit):
        for w_obj in (self.w_symbols, self.w_varnames, self.w_children):
            if w_obj is not None:
                visit(w_obj)

    @slot("tp_clear")
    def clear(self):
        for name in ("w_symbols", "w_varnames", "w_children"):
            w_obj = getattr(self, name)
            setattr(self, name, None)
            if w_obj is not None:
                decref(w_obj)


@builtin_module("_symtable")
class SymtableModule:

    @function("($module, source, filename, startstr, /)")
    def symtable(w_source, w_filename, w_startstr):
        """Return symbol and scope dictionaries used internally by compiler."""
        from glass.modules.builtins import _fs_decode, _source_text
        from glass.objects.exceptions import syntax_error_from_host
        from glass.objects.str import W_Str
        source = _source_text(w_source, "symtable", "string or bytes")
        filename = _fs_decode(w_filename)
        if not isinstance(w_startstr, W_Str):
            raise type_error("symtable() argument 3 must be str, not %s"
                             % argument_type_name(w_startstr))
        mode = w_startstr.value
        if mode not in ("exec", "eval", "single"):
            raise value_error("symtable() arg 3 must be 'exec' or 'eval' or 'single'")
        from glass.compiler import parse
        try:
            mod = parse(source, filename, mode)
            future, _ = glass_symtable.future_features(mod)
            table = glass_symtable.build_symtable(mod, filename, future)
        except SyntaxError as error:
            raise OperationError(syntax_error_from_host(error, filename))
        return W_SymtableEntry(table.top)

    @staticmethod
    def init_module(w_module):
        from glass.objects.type import ready
        ready(W_SymtableEntry.w_type)
        W_SymtableEntry.w_type.tp_new = None
        W_SymtableEntry.w_type.dict.pop("__new__", None)
        for name, value in CONSTANTS:
            w_value = _int(value)
            w_module.w_dict.setitem_str(name, w_value)
            decref(w_value)
