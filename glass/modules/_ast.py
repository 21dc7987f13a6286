"""The _ast module: the guest classes of the syntax tree's nodes.

Counterpart: Python/Python-ast.c (the AST base type, make_type, init_types,
astmodule_exec, ast_type_init, ast_type_reduce).

`ast.AST` is a builtin type here; every node class (`Module`, `expr`,
`Name`, `Load`...) is a heap type made from it by calling `type()`, as
init_types does, from the one table of the node types that Glass's parser
uses too (glass/parser/ast_nodes.py, NODE_TABLE).  Each class gets the
`_fields`, `__match_args__`, `_attributes`, `__doc__` and the None defaults
of optional fields that CPython gives it.  List fields get no default: a
`Module()` made by hand has no `body` until one is set (3.11's behaviour).

The classes exist once per interpreter (`ast_state()`), whether or not the
module was imported, because compile() needs them to convert trees.  The
conversions between guest trees and the parser's host-side nodes live in
glass/compiler/ast_convert.py; compile()'s AST paths are `parse_to_guest`
and `compile_guest_tree` below.
"""
from __future__ import annotations

import re

from glass.compiler.ast_convert import SIMPLE_SUMS
from glass.modules import builtin_module
from glass.objects import abstract
from glass.objects.exceptions import OperationError, type_error
from glass.objects.object import W_Object, decref, xdecref
from glass.objects.type import BASETYPE, HAVE_GC, builtin_type, getter, method, setter, slot
from glass.parser import ast_nodes

# Include/cpython/compile.h
PyCF_ONLY_AST = 0x0400
PyCF_TYPE_COMMENTS = 0x1000
PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000


# --- ast.AST ---------------------------------------------------------------------------

def _object_setattro():
    from glass.objects.typeobject import ObjectType
    return ObjectType.setattro


@builtin_type("ast.AST", flags=BASETYPE | HAVE_GC)
class W_AST(W_Object):
    # The base of every node: a plain object with a __dict__ holding the
    # fields and attributes.  (Its guest __doc__ is None, as in CPython.)
    __slots__ = ("w_dict",)

    def __init__(self, w_type):
        W_Object.__init__(self, w_type)
        self.w_dict = None

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        """PyType_GenericNew: the arguments are left to __init__.  (type_call
        gives a heap type's instance its reference to the class.)"""
        return _alloc(w_type)

    @slot("tp_init")
    def init(self, args_w, kwnames):
        """Counterpart: ast_type_init: positional arguments fill `_fields` in
        order, keywords set any attribute (a field given both ways is an
        error)."""
        ast_type_init(self, args_w, kwnames)

    @slot("tp_getattro")
    def getattro(self, w_name):
        from glass.objects.typeobject import generic_getattr
        return generic_getattr(self, w_name)

    # tp_setattro is PyObject_GenericSetAttr, object's own function, but the
    # AST type names it in its spec, so its dict has __setattr__/__delattr__.
    setattro = _object_setattro()

    @slot("tp_dealloc")
    def dealloc(self):
        w_dict, self.w_dict = self.w_dict, None
        xdecref(w_dict)

    @slot("tp_traverse")
    def traverse(self, visit):
        if self.w_dict is not None:
            visit(self.w_dict)

    @slot("tp_clear")
    def clear(self):
        w_dict, self.w_dict = self.w_dict, None
        xdecref(w_dict)

    @getter("__dict__")
    def get_dict(self):
        from glass.objects.dict import W_Dict
        if self.w_dict is None:
            self.w_dict = W_Dict()
        self.w_dict.ob_refcnt += 1
        return self.w_dict

    @setter("__dict__")
    def set_dict(self, w_value):
        from glass.objects.dict import W_Dict
        if w_value is None:
            raise type_error("cannot delete __dict__")
        if not isinstance(w_value, W_Dict):
            raise type_error("__dict__ must be set to a dictionary, not a '%s'"
                             % w_value.ob_type.name)
        w_value.ob_refcnt += 1
        w_old, self.w_dict = self.w_dict, w_value
        xdecref(w_old)

    @method("($self, /)", name="__reduce__")
    def reduce(self):
        """Counterpart: ast_type_reduce: (type, (), __dict__), so pickle and
        copy rebuild a node from its attributes."""
        from glass.objects.tuple import empty_tuple, new_tuple_owned
        w_type = self.ob_type
        w_type.ob_refcnt += 1
        w_dict = abstract.lookup_attr_str(self, "__dict__")
        items_w = [w_type, empty_tuple()]
        if w_dict is not None:
            items_w.append(w_dict)
        return new_tuple_owned(items_w)



def _alloc(w_type):
    """tp_alloc for ast.AST and the node classes: an instance with no
    attributes (the layout a heap subclass adds is empty too)."""
    if w_type is W_AST.w_type:
        return W_AST(w_type)
    host = w_type.host_class
    w_obj = host.__new__(host)
    W_Object.__init__(w_obj, w_type)
    w_obj.w_dict = None
    w_obj.slots_w = [None] * w_type.nslots if w_type.nslots else None
    w_obj.weakrefs = None
    return w_obj


def new_node(w_type):
    """A new node of a node class made from the host side (ast2obj): like
    PyType_GenericNew, the instance owns a reference to its heap class."""
    w_obj = _alloc(w_type)
    if w_type is not W_AST.w_type:
        w_type.ob_refcnt += 1
    return w_obj


def ast_type_init(w_self, args_w, kwnames):
    """Counterpart: ast_type_init."""
    nkw = len(kwnames) if kwnames else 0
    nargs = len(args_w) - nkw
    w_type = w_self.ob_type
    w_fields = abstract.lookup_attr_str(w_type, "_fields")
    fields_w = []
    try:
        fields_w = _sequence_items(w_fields) if w_fields is not None else []
        if len(fields_w) < nargs:
            raise type_error("%s constructor takes at most %d positional argument%s"
                             % (w_type.name.rsplit(".", 1)[-1], len(fields_w),
                                "" if len(fields_w) == 1 else "s"))
        for index in range(nargs):
            abstract.setattr(w_self, fields_w[index], args_w[index])
        for offset in range(nkw):
            from glass.objects.str import intern
            w_key = intern(kwnames[offset])
            try:
                position = _field_position(fields_w, w_key)
                if position is not None and position < nargs:
                    raise type_error("%s got multiple values for argument '%s'"
                                     % (w_type.name, kwnames[offset]))
                abstract.setattr(w_self, w_key, args_w[nargs + offset])
            finally:
                decref(w_key)
    finally:
        xdecref(w_fields)
        for w_field in fields_w:
            decref(w_field)


def _sequence_items(w_seq):
    """The items of `_fields` (new references), as PySequence_GetItem reads them."""
    from glass.objects.tuple import W_Tuple
    if isinstance(w_seq, W_Tuple):
        for w_item in w_seq.items:
            w_item.ob_refcnt += 1
        return list(w_seq.items)
    size = abstract.length(w_seq)
    items_w = []
    from glass.objects.int import new_int
    for index in range(size):
        w_index = new_int(index)
        try:
            items_w.append(abstract.getitem(w_seq, w_index))
        finally:
            decref(w_index)
    return items_w


def _field_position(fields_w, w_key):
    """PySequence_Index(fields, key), or None when key is not a field."""
    for position, w_field in enumerate(fields_w):
        if w_field is w_key or abstract.rich_compare_bool(w_field, w_key, 2):
            return position
    return None


# --- The node classes --------------------------------------------------------------------

class NodeClass:
    """What the converters need to know of one node class: its guest type,
    its host (parser) class, its fields and attributes."""
    __slots__ = ("name", "w_type", "host_class", "fields", "attributes",
                 "sum_name", "constructors", "w_singleton")

    def __init__(self, name, w_type, host_class, fields, attributes, sum_name):
        self.name = name
        self.w_type = w_type                # owned by the state
        self.host_class = host_class
        self.fields = fields                # [ast_nodes.Field]
        self.attributes = attributes        # [ast_nodes.Field]
        self.sum_name = sum_name            # the abstract class it derives from, or None
        self.constructors = []              # for an abstract sum: its NodeClasses
        self.w_singleton = None             # for a simple sum's constructor


class AstState:
    """Counterpart: struct ast_state: every node class by name, in the order
    init_types makes them, and the shared instances of Load, Add, Eq..."""

    def __init__(self):
        self.classes = {}                   # name -> NodeClass
        self.order = []                     # names, as the module lists them
        self.by_host_class = {}             # parser class -> NodeClass


_STATE = []


def ast_state():
    """The node classes, made on first use (get_ast_state / init_types)."""
    if not _STATE:
        _STATE.append(_init_types())
    return _STATE[0]


def ast_state_ready():
    """Have the node classes been made?  (If not, no guest node can exist.)"""
    return bool(_STATE)


def _init_types():
    from glass.objects.type import ready_all
    ready_all()                             # ast.AST, when compile() comes first
    _complete_ast_type()
    state = AstState()
    for sum_name, attribute_texts, constructors in ast_nodes.NODE_TABLE:
        attributes = _parse_fields(", ".join(attribute_texts))
        if isinstance(constructors, str):           # a product type
            _, fields = _parse_signature(constructors)
            _add_class(state, sum_name, W_AST.w_type, fields, attributes, None,
                       constructors)
            continue
        signatures = [_parse_signature(text) for text in constructors]
        w_sum = _add_class(state, sum_name, W_AST.w_type, [], attributes, None,
                           _sum_doc(sum_name, constructors)).w_type
        for (name, fields), text in zip(signatures, constructors):
            node_class = _add_class(state, name, w_sum, fields, [], sum_name, text)
            state.classes[sum_name].constructors.append(node_class)
            if sum_name in SIMPLE_SUMS:
                # ast2obj hands out one shared instance (state->Load_singleton).
                node_class.w_singleton = new_node(node_class.w_type)
        # Constructors inherit the sum's attributes (and their defaults).
        for node_class in state.classes[sum_name].constructors:
            node_class.attributes = attributes
    return state


def _complete_ast_type():
    """What init_types adds to ast.AST: empty `_fields`, `__match_args__` and
    `_attributes`, and `__module__`; with its dict in CPython's order (the
    slots of ast_type_slots, then those)."""
    from glass.objects.str import intern
    from glass.objects.tuple import empty_tuple
    w_ast_dict = W_AST.w_type.dict
    for name in ("_fields", "__match_args__", "_attributes"):
        if name not in w_ast_dict:
            w_ast_dict[name] = empty_tuple()
    if "__module__" not in w_ast_dict:
        w_ast_dict["__module__"] = intern("ast")
    for name in ("__new__", "__getattribute__", "__setattr__", "__delattr__", "__init__",
                 "__reduce__", "__dict__", "__doc__", "__module__", "_fields",
                 "__match_args__", "_attributes"):
        if name in w_ast_dict:
            w_ast_dict[name] = w_ast_dict.pop(name)


# One field of the table: `expr? returns` (a type, `?` optional or `*` list, a name).
_FIELD = re.compile(r"(\w+)([?*]?)\s+(\w+)")


def _parse_fields(text):
    return [ast_nodes.Field(name, kind, quantifier)
            for kind, quantifier, name in _FIELD.findall(text)]


def _parse_signature(text):
    name, _, rest = text.partition("(")
    return name, _parse_fields(rest.rstrip(")"))


def _sum_doc(sum_name, constructors):
    """The __doc__ of an abstract sum class: its ASDL definition."""
    if all("(" not in text for text in constructors):
        return "%s = %s" % (sum_name, " | ".join(constructors))
    joiner = "\n" + " " * (len(sum_name) + 1) + "| "
    return "%s = %s" % (sum_name, joiner.join(constructors))


def _add_class(state, name, w_base, fields, attributes, sum_name, doc):
    """make_type, add_attributes and the None defaults of init_types."""
    from glass.objects.dict import W_Dict
    from glass.objects.none import w_None
    from glass.objects.str import W_Str, intern
    from glass.objects.tuple import new_tuple, new_tuple_owned
    from glass.objects.type import W_Type
    from glass.objects.typeobject import type_new
    w_fields = new_tuple_owned([intern(field.name) for field in fields])
    w_namespace = W_Dict()
    w_namespace.setitem_str("_fields", w_fields)
    w_namespace.setitem_str("__match_args__", w_fields)
    decref(w_fields)
    w_module = intern("ast")
    w_namespace.setitem_str("__module__", w_module)
    decref(w_module)
    w_doc = W_Str(doc)
    w_namespace.setitem_str("__doc__", w_doc)
    decref(w_doc)
    w_name = intern(name)
    w_bases = new_tuple([w_base])
    try:
        w_type = type_new(W_Type.w_type, [w_name, w_bases, w_namespace], None)
    finally:
        decref(w_name)
        decref(w_bases)
        decref(w_namespace)
    if w_base is W_AST.w_type:
        _add_weakref_descriptor(w_type)
        w_attributes = new_tuple_owned([intern(a.name) for a in attributes])
        _set_type_attr(w_type, "_attributes", w_attributes)
        decref(w_attributes)
    for field in list(fields) + list(attributes):
        if field.quantifier == "?":
            _set_type_attr(w_type, field.name, w_None)
    node_class = NodeClass(name, w_type, getattr(ast_nodes, name), list(fields),
                           list(attributes), sum_name)
    state.classes[name] = node_class
    state.order.append(name)
    state.by_host_class[node_class.host_class] = node_class
    return node_class


def _add_weakref_descriptor(w_type):
    """type_new gives the first heap class below ast.AST (which has a
    __dict__ but no weak reference list) a __weakref__ descriptor."""
    from glass.objects.descr import W_GetSetDescr
    if "__weakref__" not in w_type.dict:
        w_type.dict["__weakref__"] = W_GetSetDescr(
            w_type, "__weakref__", _first_weakref, None,
            "list of weak references to the object (if defined)")


def _first_weakref(w_obj):
    """The __weakref__ getter: the object's first weak reference, or None."""
    weakrefs = getattr(w_obj, "weakrefs", None)
    if not weakrefs:
        return None
    w_ref = weakrefs[0] if isinstance(weakrefs, list) else None
    if w_ref is None:
        return None
    w_ref.ob_refcnt += 1
    return w_ref


def _set_type_attr(w_type, name, w_value):
    from glass.objects.str import intern
    w_name = intern(name)
    try:
        abstract.setattr(w_type, w_name, w_value)
    finally:
        decref(w_name)


def is_ast_node(w_obj):
    """PyAST_Check: is w_obj an instance of ast.AST?"""
    return w_obj.ob_type.is_subtype(W_AST.w_type)


# --- compile()'s AST paths -----------------------------------------------------------------

def parse_to_guest(source, filename, mode, flags, feature_version):
    """compile(source, ..., PyCF_ONLY_AST): parse with Glass's parser and
    convert the tree to guest nodes (Py_CompileStringObject with
    PyCF_ONLY_AST, then PyAST_mod2obj).  A new reference."""
    from glass.compiler.ast_convert import ast2obj
    from glass.compiler.symtable import CO_FUTURE_BARRY_AS_BDFL
    from glass.objects.exceptions import operation_error, syntax_error_from_host
    from glass.parser.parser import parse
    from glass.vm import pystate
    tstate = pystate.current()
    if feature_version is None or feature_version < 0:
        feature_version = 11
    try:
        tree = parse(source, filename, mode,
                     type_comments=bool(flags & PyCF_TYPE_COMMENTS),
                     feature_version=feature_version,
                     recursion_limit=tstate.interp.recursion_limit,
                     recursion_depth=tstate.recursion_depth,
                     barry_as_flufl=bool(flags & CO_FUTURE_BARRY_AS_BDFL))
    except SyntaxError as error:
        raise OperationError(syntax_error_from_host(error, filename))
    except RecursionError as error:
        raise operation_error("RecursionError", str(error))
    except (ValueError, OverflowError, MemoryError) as error:
        raise operation_error(type(error).__name__, str(error))
    return ast2obj(ast_state(), tree)


_MODE_CLASSES = {"exec": "Module", "eval": "Expression", "single": "Interactive"}


def compile_guest_tree(w_tree, filename, mode, flags, optimize):
    """compile(ast_object, ...): PyAST_obj2mod, _PyAST_Validate, then Glass's
    compiler on the converted tree.  A new code object."""
    from glass.compiler.ast_convert import ValidationError, obj2mod, validate
    from glass.objects.exceptions import operation_error
    state = ast_state()
    expected = state.classes[_MODE_CLASSES[mode]]
    if not w_tree.ob_type.is_subtype(expected.w_type):
        raise type_error("expected %s node, got %s"
                         % (expected.name, w_tree.ob_type.name.rsplit(".", 1)[-1]))
    mod = obj2mod(state, w_tree)
    try:
        validate(mod)
    except ValidationError as error:
        raise operation_error(error.kind, error.message)
    return compile_host_tree(mod, filename, flags, optimize)


def compile_host_tree(mod, filename, flags, optimize):
    """_PyAST_Compile on a converted tree, errors made the guest's as
    compile_code makes them."""
    from glass.compiler.codegen import compile_ast
    from glass.compiler.optimizer import optimize as fold_constants
    from glass.compiler.symtable import future_features
    from glass.objects.codeobject import W_Code
    from glass.objects.exceptions import (EXCEPTION_TYPES, operation_error,
                                          syntax_error_from_host)
    if optimize < 0:
        import sys
        optimize = sys.flags.optimize
    flags &= ~PyCF_ONLY_AST
    try:
        features, _ = future_features(mod)
        fold_constants(mod, optimize, features | flags)
        code = compile_ast(mod, filename, flags, optimize, None)
    except SyntaxError as error:
        raise OperationError(syntax_error_from_host(error, filename))
    except NotImplementedError as error:
        raise operation_error("NotImplementedError", "glass: Glass's compiler: %s" % error)
    except (ValueError, TypeError, OverflowError, MemoryError, RecursionError,
            SystemError) as error:
        name = type(error).__name__
        if name == "RecursionError":
            name = "MemoryError"
        raise operation_error(name if name in EXCEPTION_TYPES else "SystemError",
                              str(error))
    return W_Code(code)


# --- The module ----------------------------------------------------------------------------

@builtin_module("_ast", doc=None)
class AstModule:

    @staticmethod
    def init_module(w_module):
        """Counterpart: astmodule_exec: AST, the PyCF_* flags, then every
        node class in the order of the grammar."""
        from glass.objects.int import new_int
        state = ast_state()
        w_dict = w_module.w_dict
        w_dict.setitem_str("AST", W_AST.w_type)
        for name, value in (("PyCF_ALLOW_TOP_LEVEL_AWAIT", PyCF_ALLOW_TOP_LEVEL_AWAIT),
                            ("PyCF_ONLY_AST", PyCF_ONLY_AST),
                            ("PyCF_TYPE_COMMENTS", PyCF_TYPE_COMMENTS)):
            w_value = new_int(value)
            w_dict.setitem_str(name, w_value)
            decref(w_value)
        for name in state.order:
            w_dict.setitem_str(name, state.classes[name].w_type)
