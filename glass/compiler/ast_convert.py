"""Syntax trees between the guest and the compiler: conversion both ways, and
the validation of trees the guest built.

Counterpart: Python/Python-ast.c (ast2obj_*, obj2ast_*, PyAST_mod2obj,
PyAST_obj2mod) and Python/ast.c (_PyAST_Validate).

Glass's parser and compiler work on host-side nodes (glass/parser/ast_nodes.py);
the guest sees instances of the classes of the _ast module
(glass/modules/_ast.py).  Both come from the same node table, so one walk
driven by each class's fields converts either way:

- `ast2obj` makes guest nodes of a parsed tree (ast.parse).  Every field and
  attribute is set, None for an empty optional one; Load, Add, Eq... are the
  shared instances of the state.
- `obj2mod` reads a guest tree back, with CPython's TypeErrors and
  ValueErrors for what cannot be converted ("required field ... missing",
  "expected some sort of expr, but got ...").
- `validate` then checks what the compiler takes for granted (contexts,
  non-empty bodies, valid constants...), raising ValidationError, which the
  caller makes the guest's ValueError or TypeError.
"""
from __future__ import annotations

from glass.objects.bool import W_Bool
from glass.objects.bytes import W_Bytes
from glass.objects.complex import W_Complex
from glass.objects.dict import W_Dict
from glass.objects.exceptions import (EXCEPTION_TYPES, OperationError, operation_error,
                                      type_error)
from glass.objects.float import W_Float
from glass.objects.int import W_Int
from glass.objects.list import W_List
from glass.objects.none import w_Ellipsis, w_None
from glass.objects.object import decref
from glass.objects.set import W_FrozenSet
from glass.objects.str import W_Str
from glass.objects.tuple import W_Tuple
from glass.objects.typeobject import generic_getattr
from glass.vm.pystate import enter_recursive_call

# The sums whose constructors have no fields (as glass.modules._ast has them).
SIMPLE_SUMS = ("expr_context", "boolop", "operator", "unaryop", "cmpop")

# Kinds of field value (the ASDL builtin types, and nodes).
NODE, SIMPLE, IDENTIFIER, STRING, INT, CONSTANT = range(6)
_BUILTIN_KINDS = {"identifier": IDENTIFIER, "string": STRING, "int": INT,
                  "constant": CONSTANT}

# C ints (obj2ast_int reads fields with _PyLong_AsInt).
INT_MIN, INT_MAX = -(1 << 31), (1 << 31) - 1


def _kind_of(state, type_name):
    if type_name in _BUILTIN_KINDS:
        return _BUILTIN_KINDS[type_name]
    return SIMPLE if type_name in SIMPLE_SUMS else NODE


# --- host -> guest (ast2obj) ---------------------------------------------------------------

class _GuestRecipe:
    """How to make the guest node of one parser class: its guest type, and
    (name, interned key, kind, is_list) for each field then attribute."""
    __slots__ = ("w_type", "items", "keys_w")

    def __init__(self, state, node_class):
        from glass.objects.str import intern
        self.w_type = node_class.w_type
        self.items = [(field.name, intern(field.name), _kind_of(state, field.type),
                       field.quantifier == "*")
                      for field in node_class.fields + node_class.attributes]
        self.keys_w = [w_key for _, w_key, _, _ in self.items]


_GUEST_RECIPES = {}     # parser class -> _GuestRecipe


def ast2obj(state, tree):
    """Counterpart: PyAST_mod2obj: the guest nodes of a parsed tree (a new
    reference).  The depth was checked by the parser (parse's
    recursion_limit), as ast2obj's recursion_depth checks it."""
    if not _GUEST_RECIPES:
        for host_class, node_class in state.by_host_class.items():
            _GUEST_RECIPES[host_class] = _GuestRecipe(state, node_class)
    return _ToGuest(state).node(tree)


class _ToGuest:
    def __init__(self, state):
        from glass.modules._ast import new_node
        from glass.objects.codeobject import wrap_constant
        from glass.objects.int import new_int
        from glass.objects.str import intern
        self.state = state
        self.new_node = new_node
        # value converters by kind; each returns a new reference.
        self.converters = {
            NODE: self.node,
            SIMPLE: self.singleton,
            IDENTIFIER: intern,
            STRING: W_Str,
            INT: new_int,
            CONSTANT: wrap_constant,
        }

    def node(self, node):
        recipe = _GUEST_RECIPES[node.__class__]
        values = node.__dict__
        converters = self.converters
        values_w = []
        try:
            for name, _, kind, is_list in recipe.items:
                value = values.get(name)
                if is_list:
                    convert = converters[kind]
                    values_w.append(W_List([self.value(convert, item) for item in value]))
                else:
                    values_w.append(self.value(converters[kind], value))
            w_dict = W_Dict.from_items(recipe.keys_w, values_w)
        finally:
            for w_value in values_w:
                decref(w_value)
        w_obj = self.new_node(recipe.w_type)
        w_obj.w_dict = w_dict
        return w_obj

    @staticmethod
    def value(convert, value):
        if value is None:
            w_None.ob_refcnt += 1
            return w_None
        return convert(value)

    def singleton(self, node):
        w_singleton = self.state.by_host_class[node.__class__].w_singleton
        w_singleton.ob_refcnt += 1
        return w_singleton


# --- guest -> host (obj2ast) ---------------------------------------------------------------

class InvalidConstant:
    """A Constant value the compiler cannot take (a list, an int subclass...):
    kept until validation, which reports it by its type's name, as
    validate_constant does."""
    __slots__ = ("type_name",)

    def __init__(self, type_name):
        self.type_name = type_name

    def __repr__(self):
        return "<invalid constant of type %s>" % self.type_name


def obj2mod(state, w_tree):
    """Counterpart: obj2ast_mod (PyAST_obj2mod checked the class): a host tree."""
    return _ToHost(state).element(w_tree, "mod", None)


_HOST_SINGLETONS = {}   # parser class of Load, Add... -> its one instance


class _ToHost:
    def __init__(self, state):
        from glass.objects.str import intern
        from glass.vm import pystate
        from glass.modules._ast import W_AST
        self.state = state
        self.tstate = pystate.current()
        self.keys = {}
        self.intern = intern
        self.plain_getattr = W_AST.w_type.tp_getattro

    def key(self, name):
        w_key = self.keys.get(name)
        if w_key is None:
            w_key = self.keys[name] = self.intern(name)
            w_key.ob_refcnt = max(w_key.ob_refcnt, 1 << 20)   # interned: kept
        return w_key

    def lookup(self, w_obj, name):
        """_PyObject_LookupAttr: a new reference, or None when missing."""
        getattro = w_obj.ob_type.tp_getattro
        if getattro is self.plain_getattr:
            getattro = generic_getattr
        try:
            return getattro(w_obj, self.key(name))
        except OperationError as error:
            if error.match(EXCEPTION_TYPES["AttributeError"]):
                decref(error.w_value)
                return None
            raise

    # --- nodes ---

    def sum(self, w_obj, sum_class):
        """obj2ast_<sum>: None is NULL; the attributes are read first, then
        the first constructor class the object is an instance of."""
        if w_obj is w_None:
            return None
        attributes = self.fields(w_obj, sum_class.attributes, sum_class.name)
        w_type = w_obj.ob_type
        for constructor in sum_class.constructors:
            if w_type.is_subtype(constructor.w_type):
                values = self.fields(w_obj, constructor.fields, constructor.name)
                self.check_required(constructor, values)
                return constructor.host_class(*(values + attributes))
        raise type_error("expected some sort of %s, but got %s"
                         % (sum_class.name, _repr(w_obj)))

    def simple(self, w_obj, sum_class):
        """obj2ast_<simple sum>: the constructor's shared host instance."""
        w_type = w_obj.ob_type
        for constructor in sum_class.constructors:
            if w_type.is_subtype(constructor.w_type):
                host_class = constructor.host_class
                instance = _HOST_SINGLETONS.get(host_class)
                if instance is None:
                    instance = _HOST_SINGLETONS[host_class] = host_class()
                return instance
        raise type_error("expected some sort of %s, but got %s"
                         % (sum_class.name, _repr(w_obj)))

    def product(self, w_obj, product_class):
        """obj2ast_<product>: its fields, then its attributes (no None check:
        a None product reports its first required field as missing)."""
        values = self.fields(w_obj, product_class.fields, product_class.name)
        values += self.fields(w_obj, product_class.attributes, product_class.name)
        self.check_required(product_class, values)
        return product_class.host_class(*values)

    @staticmethod
    def check_required(node_class, values):
        """The _PyAST_<Name>() constructors: a required node or identifier
        that converted to NULL (it was None) is a ValueError."""
        for field, value in zip(node_class.fields, values):
            if value is None and not field.quantifier and field.type not in (
                    "int", "constant"):
                raise operation_error("ValueError", "field '%s' is required for %s"
                                      % (field.name, node_class.name))

    # --- fields ---

    def fields(self, w_obj, fields, owner):
        values = []
        for field in fields:
            w_value = self.lookup(w_obj, field.name)
            try:
                values.append(self.field(w_value, field, owner, values))
            finally:
                if w_value is not None:
                    decref(w_value)
        return values

    def field(self, w_value, field, owner, earlier):
        if w_value is None and field.quantifier != "?":
            raise type_error('required field "%s" missing from %s' % (field.name, owner))
        if field.quantifier == "?" and (w_value is None or w_value is w_None):
            if field.type != "int":
                return None
            # The end of a node's span defaults to its start.
            if field.name == "end_lineno":
                return earlier[0]
            if field.name == "end_col_offset":
                return earlier[1]
            return 0
        if field.quantifier != "*":
            return self.element(w_value, field.type, owner)
        if not isinstance(w_value, W_List):
            raise type_error('%s field "%s" must be a list, not a %.200s'
                             % (owner, field.name, w_value.ob_type.short_name()))
        items = []
        size = len(w_value.items)
        for index in range(size):
            w_item = w_value.items[index]
            w_item.ob_refcnt += 1
            try:
                items.append(self.element(w_item, field.type, owner))
            finally:
                decref(w_item)
            if len(w_value.items) != size:
                raise operation_error("RuntimeError",
                                      '%s field "%s" changed size during iteration'
                                      % (owner, field.name))
        return items

    def element(self, w_value, type_name, owner):
        kind = _BUILTIN_KINDS.get(type_name)
        if kind is not None:
            return _BUILTIN_CONVERTERS[kind](w_value)
        node_class = self.state.classes[type_name]
        if type_name in SIMPLE_SUMS:
            return self.simple(w_value, node_class)
        # obj2ast_<type> counts the C recursion of the walk.
        tstate = self.tstate
        enter_recursive_call(tstate, " while traversing '%s' node" % type_name)
        try:
            if node_class.constructors:
                return self.sum(w_value, node_class)
            return self.product(w_value, node_class)
        finally:
            tstate.recursion_depth -= 1


def _repr(w_obj):
    from glass.objects.abstract import repr_text
    return repr_text(w_obj)


def _identifier(w_value):
    """obj2ast_identifier: an exact str, or None (NULL)."""
    if w_value is w_None:
        return None
    if w_value.ob_type is not W_Str.w_type:
        raise type_error("AST identifier must be of type str")
    return w_value.value


def _string(w_value):
    """obj2ast_string: an exact str or bytes, or None (NULL)."""
    if w_value is w_None:
        return None
    if w_value.ob_type is W_Str.w_type:
        return w_value.value
    if w_value.ob_type is W_Bytes.w_type:
        return bytes(w_value.value)
    raise type_error("AST string must be of type str")


def _int(w_value):
    """obj2ast_int: any int (bool too) that fits a C int."""
    if not isinstance(w_value, W_Int):
        raise operation_error("ValueError", "invalid integer value: %s" % _repr(w_value))
    value = int(w_value.value)
    if not INT_MIN <= value <= INT_MAX:
        raise operation_error("OverflowError", "Python int too large to convert to C int")
    return value


def _constant(w_value):
    """obj2ast_constant: any object; the compiler's constants are host
    values, so what it cannot take becomes an InvalidConstant."""
    try:
        return unwrap_constant(w_value)
    except _Invalid as invalid:
        return InvalidConstant(invalid.args[0])


class _Invalid(Exception):
    """An object no code object can hold as a constant (its type's name)."""


def unwrap_constant(w_value):
    """The host value of a guest constant (validate_constant's exact types:
    None, Ellipsis, int, float, complex, bool, str, bytes, and tuples and
    frozensets of them).  Raises _Invalid for anything else."""
    w_type = w_value.ob_type
    if w_value is w_None:
        return None
    if w_value is w_Ellipsis:
        return Ellipsis
    if w_type is W_Str.w_type:
        return w_value.value
    if w_type is W_Bool.w_type:
        return bool(w_value.value)
    if w_type is W_Int.w_type:
        return int(w_value.value)
    if w_type is W_Float.w_type:
        return w_value.value
    if w_type is W_Complex.w_type:
        return complex(w_value.real, w_value.imag)
    if w_type is W_Bytes.w_type:
        return bytes(w_value.value)
    if w_type is W_Tuple.w_type:
        return tuple(unwrap_constant(w_item) for w_item in w_value.items)
    if w_type is W_FrozenSet.w_type:
        return frozenset(unwrap_constant(w_key) for w_key in w_value.keys_list())
    raise _Invalid(w_value.ob_type.short_name())


_BUILTIN_CONVERTERS = {IDENTIFIER: _identifier, STRING: _string, INT: _int,
                       CONSTANT: _constant}


# --- validation (Python/ast.c) --------------------------------------------------------------

class ValidationError(Exception):
    """A tree the compiler must not see: the guest exception's type name and
    message."""

    def __init__(self, kind, message):
        Exception.__init__(self, message)
        self.kind = kind
        self.message = message


def _value_error(message):
    return ValidationError("ValueError", message)


def _kind(node):
    return node.__class__.__name__


def validate(mod):
    """Counterpart: _PyAST_Validate."""
    kind = _kind(mod)
    if kind in ("Module", "Interactive"):
        _stmts(mod.body)
    elif kind == "Expression":
        _expr(mod.body, "Load")
    elif kind == "FunctionType":
        _exprs(mod.argtypes, "Load", False)
        _expr(mod.returns, "Load")


def _positions(node):
    """VALIDATE_POSITIONS: a span that ends before it starts is refused."""
    lineno, end_lineno = node.lineno, node.end_lineno
    col_offset, end_col_offset = node.col_offset, node.end_col_offset
    if lineno > end_lineno:
        raise _value_error("AST node line range (%d, %d) is not valid"
                           % (lineno, end_lineno))
    if (lineno < 0 and end_lineno != lineno) or \
            (col_offset < 0 and col_offset != end_col_offset):
        raise _value_error("AST node column range (%d, %d) for line range (%d, %d) "
                           "is not valid" % (col_offset, end_col_offset, lineno,
                                             end_lineno))
    if lineno == end_lineno and col_offset > end_col_offset:
        raise _value_error("line %d, column %d-%d is not a valid range"
                           % (lineno, col_offset, end_col_offset))


def _name(name):
    """validate_name: None, True and False are constants, not names."""
    if name in ("None", "True", "False"):
        raise _value_error("identifier field can't represent '%s' constant" % name)


def _nonempty(seq, what, owner):
    if not seq:
        raise _value_error("empty %s on %s" % (what, owner))


def _stmts(body):
    for stmt in body:
        if stmt is None:
            raise _value_error("None disallowed in statement list")
        _stmt(stmt)


def _body(body, owner):
    _nonempty(body, "body", owner)
    _stmts(body)


def _exprs(exprs, ctx, null_ok):
    for expr in exprs:
        if expr is not None:
            _expr(expr, ctx)
        elif not null_ok:
            raise _value_error("None disallowed in expression list")


def _arguments(args):
    for arg in args.posonlyargs + args.args:
        _arg(arg)
    if args.vararg is not None and args.vararg.annotation is not None:
        _expr(args.vararg.annotation, "Load")
    for arg in args.kwonlyargs:
        _arg(arg)
    if args.kwarg is not None and args.kwarg.annotation is not None:
        _expr(args.kwarg.annotation, "Load")
    if len(args.defaults) > len(args.posonlyargs) + len(args.args):
        raise _value_error("more positional defaults than args on arguments")
    if len(args.kw_defaults) != len(args.kwonlyargs):
        raise _value_error("length of kwonlyargs is not the same as kw_defaults on "
                           "arguments")
    _exprs(args.defaults, "Load", False)
    _exprs(args.kw_defaults, "Load", True)


def _arg(arg):
    _positions(arg)
    if arg.annotation is not None:
        _expr(arg.annotation, "Load")


def _keywords(keywords):
    for keyword in keywords:
        _expr(keyword.value, "Load")


def _comprehension(generators):
    if not generators:
        raise _value_error("comprehension with no generators")
    for comprehension in generators:
        _expr(comprehension.target, "Store")
        _expr(comprehension.iter, "Load")
        _exprs(comprehension.ifs, "Load", False)


def _constant_ok(value):
    """validate_constant."""
    if isinstance(value, InvalidConstant):
        raise ValidationError("TypeError", "got an invalid type in Constant: %s"
                              % value.type_name)
    return True


_CONTEXT_EXPRS = ("Attribute", "Subscript", "Starred", "Name", "List", "Tuple")


def _expr(node, ctx):
    _positions(node)
    kind = _kind(node)
    if kind in _CONTEXT_EXPRS:
        if kind == "Name":
            _name(node.id)
        actual = _kind(node.ctx)
        if actual != ctx:
            raise _value_error("expression must have %s context but has %s instead"
                               % (ctx, actual))
    elif ctx != "Load":
        raise _value_error("expression which can't be assigned to in %s context" % ctx)
    check = _EXPR_CHECKS.get(kind)
    if check is not None:
        check(node, ctx)


def _load(*names):
    """A check that validates the named child expressions in Load context
    (the optional ones when present)."""
    def check(node, ctx):
        for name in names:
            child = getattr(node, name)
            if child is not None:
                _expr(child, "Load")
    return check


def _check_boolop(node, ctx):
    if len(node.values) < 2:
        raise _value_error("BoolOp with less than 2 values")
    _exprs(node.values, "Load", False)


def _check_lambda(node, ctx):
    _arguments(node.args)
    _expr(node.body, "Load")


def _check_dict(node, ctx):
    if len(node.keys) != len(node.values):
        raise _value_error("Dict doesn't have the same number of keys as values")
    _exprs(node.keys, "Load", True)          # None keys: {**d}
    _exprs(node.values, "Load", False)


def _check_comprehension(*elements):
    def check(node, ctx):
        _comprehension(node.generators)
        for name in elements:
            _expr(getattr(node, name), "Load")
    return check


def _check_compare(node, ctx):
    if not node.comparators:
        raise _value_error("Compare with no comparators")
    if len(node.comparators) != len(node.ops):
        raise _value_error("Compare has a different number of comparators and "
                           "operands")
    _exprs(node.comparators, "Load", False)
    _expr(node.left, "Load")


def _check_call(node, ctx):
    _expr(node.func, "Load")
    _exprs(node.args, "Load", False)
    _keywords(node.keywords)


def _check_constant(node, ctx):
    _constant_ok(node.value)


def _check_elements(node, ctx):
    _exprs(node.elts, ctx, False)


def _check_values(node, ctx):
    _exprs(node.values, "Load", False)


def _check_starred(node, ctx):
    _expr(node.value, ctx)


def _check_named(node, ctx):
    if _kind(node.target) != "Name":
        raise ValidationError("TypeError", "NamedExpr target must be a Name")
    _expr(node.value, "Load")


def _check_subscript(node, ctx):
    _expr(node.slice, "Load")
    _expr(node.value, "Load")


_EXPR_CHECKS = {
    "BoolOp": _check_boolop,
    "BinOp": _load("left", "right"),
    "UnaryOp": _load("operand"),
    "Lambda": _check_lambda,
    "IfExp": _load("test", "body", "orelse"),
    "Dict": _check_dict,
    "Set": lambda node, ctx: _exprs(node.elts, "Load", False),
    "ListComp": _check_comprehension("elt"),
    "SetComp": _check_comprehension("elt"),
    "GeneratorExp": _check_comprehension("elt"),
    "DictComp": _check_comprehension("key", "value"),
    "Yield": _load("value"),
    "YieldFrom": _load("value"),
    "Await": _load("value"),
    "Compare": _check_compare,
    "Call": _check_call,
    "Constant": _check_constant,
    "JoinedStr": _check_values,
    "FormattedValue": _load("value", "format_spec"),
    "Attribute": _load("value"),
    "Subscript": _check_subscript,
    "Starred": _check_starred,
    "Slice": _load("lower", "upper", "step"),
    "List": _check_elements,
    "Tuple": _check_elements,
    "NamedExpr": _check_named,
}


# --- statements ---

def _stmt(node):
    _positions(node)
    check = _STMT_CHECKS.get(_kind(node))
    if check is not None:
        check(node)


def _check_function(node):
    _body(node.body, _kind(node))
    _arguments(node.args)
    _exprs(node.decorator_list, "Load", False)
    if node.returns is not None:
        _expr(node.returns, "Load")


def _check_class(node):
    _body(node.body, "ClassDef")
    _exprs(node.bases, "Load", False)
    _keywords(node.keywords)
    _exprs(node.decorator_list, "Load", False)


def _check_return(node):
    if node.value is not None:
        _expr(node.value, "Load")


def _check_delete(node):
    _nonempty(node.targets, "targets", "Delete")
    _exprs(node.targets, "Del", False)


def _check_assign(node):
    _nonempty(node.targets, "targets", "Assign")
    _exprs(node.targets, "Store", False)
    _expr(node.value, "Load")


def _check_augassign(node):
    _expr(node.target, "Store")
    _expr(node.value, "Load")


def _check_annassign(node):
    if _kind(node.target) != "Name" and node.simple:
        raise ValidationError("TypeError", "AnnAssign with simple non-Name target")
    _expr(node.target, "Store")
    if node.value is not None:
        _expr(node.value, "Load")
    _expr(node.annotation, "Load")


def _check_for(node):
    _expr(node.target, "Store")
    _expr(node.iter, "Load")
    _body(node.body, _kind(node))
    _stmts(node.orelse)


def _check_loop_or_if(node):
    _expr(node.test, "Load")
    _body(node.body, _kind(node))
    _stmts(node.orelse)


def _check_with(node):
    _nonempty(node.items, "items", _kind(node))
    for item in node.items:
        _expr(item.context_expr, "Load")
        if item.optional_vars is not None:
            _expr(item.optional_vars, "Store")
    _body(node.body, _kind(node))


def _check_match(node):
    _expr(node.subject, "Load")
    _nonempty(node.cases, "cases", "Match")
    for case in node.cases:
        _pattern(case.pattern, False)
        if case.guard is not None:
            _expr(case.guard, "Load")
        _body(case.body, "match_case")


def _check_raise(node):
    if node.exc is not None:
        _expr(node.exc, "Load")
        if node.cause is not None:
            _expr(node.cause, "Load")
    elif node.cause is not None:
        raise _value_error("Raise with cause but no exception")


def _check_try(node):
    owner = _kind(node)
    _body(node.body, owner)
    if not node.handlers and not node.finalbody:
        raise _value_error("%s has neither except handlers nor finalbody" % owner)
    if not node.handlers and node.orelse:
        raise _value_error("%s has orelse but no except handlers" % owner)
    for handler in node.handlers:
        if owner == "Try":
            _positions(handler)
        if handler.type is not None:
            _expr(handler.type, "Load")
        _body(handler.body, "ExceptHandler")
    _stmts(node.finalbody)
    _stmts(node.orelse)


def _check_assert(node):
    _expr(node.test, "Load")
    if node.msg is not None:
        _expr(node.msg, "Load")


def _check_import(node):
    _nonempty(node.names, "names", "Import")


def _check_import_from(node):
    if node.level < 0:
        raise _value_error("Negative ImportFrom level")
    _nonempty(node.names, "names", "ImportFrom")


def _check_names(node):
    _nonempty(node.names, "names", _kind(node))


_STMT_CHECKS = {
    "FunctionDef": _check_function,
    "AsyncFunctionDef": _check_function,
    "ClassDef": _check_class,
    "Return": _check_return,
    "Delete": _check_delete,
    "Assign": _check_assign,
    "AugAssign": _check_augassign,
    "AnnAssign": _check_annassign,
    "For": _check_for,
    "AsyncFor": _check_for,
    "While": _check_loop_or_if,
    "If": _check_loop_or_if,
    "With": _check_with,
    "AsyncWith": _check_with,
    "Match": _check_match,
    "Raise": _check_raise,
    "Try": _check_try,
    "TryStar": _check_try,
    "Assert": _check_assert,
    "Import": _check_import,
    "ImportFrom": _check_import_from,
    "Global": _check_names,
    "Nonlocal": _check_names,
    "Expr": lambda node: _expr(node.value, "Load"),
}


# --- patterns ---

def _literal_number(node, real, imaginary):
    value = node.value
    return ((real and type(value) in (int, float)) or
            (imaginary and type(value) is complex))


def _literal_negative(node, real, imaginary):
    if _kind(node.op) != "USub" or _kind(node.operand) != "Constant":
        return False
    return _literal_number(node.operand, real, imaginary)


def _literal_complex(node):
    if _kind(node.op) not in ("Add", "Sub"):
        return False
    left, right = node.left, node.right
    if _kind(left) == "Constant":
        if not _literal_number(left, True, False):
            return False
    elif _kind(left) == "UnaryOp":
        if not _literal_negative(left, True, False):
            return False
    else:
        return False
    return _kind(right) == "Constant" and _literal_number(right, False, True)


def _match_value(node):
    """validate_pattern_match_value."""
    _expr(node, "Load")
    kind = _kind(node)
    if kind == "Constant":
        if type(node.value) in (int, float, bytes, complex, str):
            return
        raise _value_error("unexpected constant inside of a literal pattern")
    if kind in ("Attribute", "JoinedStr"):
        return
    if kind == "UnaryOp" and _literal_negative(node, True, True):
        return
    if kind == "BinOp" and _literal_complex(node):
        return
    raise _value_error("patterns may only match literals and attribute lookups")


def _capture(name):
    if name == "_":
        raise _value_error("can't capture name '_' in patterns")
    _name(name)


def _patterns(patterns, star_ok):
    for pattern in patterns:
        _pattern(pattern, star_ok)


def _pattern(node, star_ok):
    """validate_pattern."""
    _positions(node)
    kind = _kind(node)
    if kind == "MatchValue":
        _match_value(node.value)
    elif kind == "MatchSingleton":
        if node.value is not None and type(node.value) is not bool:
            raise _value_error("MatchSingleton can only contain True, False and None")
    elif kind == "MatchSequence":
        _patterns(node.patterns, True)
    elif kind == "MatchMapping":
        if len(node.keys) != len(node.patterns):
            raise _value_error("MatchMapping doesn't have the same number of keys as "
                               "patterns")
        if node.rest is not None:
            _capture(node.rest)
        for key in node.keys:
            if _kind(key) == "Constant" and (key.value is None or
                                            type(key.value) is bool):
                continue
            _match_value(key)
        _patterns(node.patterns, False)
    elif kind == "MatchClass":
        if len(node.kwd_attrs) != len(node.kwd_patterns):
            raise _value_error("MatchClass doesn't have the same number of keyword "
                               "attributes as patterns")
        _expr(node.cls, "Load")
        cls = node.cls
        while _kind(cls) == "Attribute":
            cls = cls.value
        if _kind(cls) != "Name":
            raise _value_error("MatchClass cls field can only contain Name or "
                               "Attribute nodes.")
        for name in node.kwd_attrs:
            _name(name)
        _patterns(node.patterns, False)
        _patterns(node.kwd_patterns, False)
    elif kind == "MatchStar":
        if not star_ok:
            raise _value_error("can't use MatchStar here")
        if node.name is not None:
            _capture(node.name)
    elif kind == "MatchAs":
        if node.name is not None:
            _capture(node.name)
        if node.pattern is not None:
            if node.name is None:
                raise _value_error("MatchAs must specify a target name if a pattern "
                                   "is given")
            _pattern(node.pattern, False)
    elif kind == "MatchOr":
        if len(node.patterns) < 2:
            raise _value_error("MatchOr requires at least 2 patterns")
        _patterns(node.patterns, False)

