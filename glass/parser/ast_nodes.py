"""Glass's AST node classes, built from one table, and `dump`.

Counterpart: Parser/Python.asdl (the node table), Python/Python-ast.c (the
classes it generates) and Lib/ast.py (`dump`).

The classes are made from one table, NODE_TABLE below, which lists 3.11's
node types with their fields and attributes.  Each sum type (`stmt`,
`expr`, ...) becomes an abstract class; each constructor becomes a subclass
with the host `ast` module's `_fields` and `_attributes`.  As in CPython, an optional field (`expr?`) and
an optional attribute (`int? end_lineno`) have the class-level default None,
which is what `dump` looks at to leave them out.

Nodes are plain Python objects (no __slots__), so tools may hang their own
attributes on them as they do on the host's nodes.  They are never the host's
classes: Glass runs on PyPy 3.9 hosts, whose `ast` is not 3.11's.

    >>> dump(Name('x', Load()))
    "Name(id='x', ctx=Load())"
"""
from __future__ import annotations

import re

# The node table.  Each entry is an abstract node type with its attributes,
# then either its concrete classes (a sum type) or, for a product type, the one
# class of that name.  A class is written as its signature, `Name(type field,
# ...)`, the text 3.11's `ast.Name.__doc__` shows; `?` marks an optional field
# (default None) and `*` a list.
NODE_TABLE = [
    ("mod", (), [
        "Module(stmt* body, type_ignore* type_ignores)",
        "Interactive(stmt* body)",
        "Expression(expr body)",
        "FunctionType(expr* argtypes, expr returns)",
    ]),
    ("stmt", ("int lineno", "int col_offset", "int? end_lineno", "int? end_col_offset"), [
        "FunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment)",
        "AsyncFunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment)",
        "ClassDef(identifier name, expr* bases, keyword* keywords, stmt* body, expr* decorator_list)",
        "Return(expr? value)",
        "Delete(expr* targets)",
        "Assign(expr* targets, expr value, string? type_comment)",
        "AugAssign(expr target, operator op, expr value)",
        "AnnAssign(expr target, expr annotation, expr? value, int simple)",
        "For(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)",
        "AsyncFor(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)",
        "While(expr test, stmt* body, stmt* orelse)",
        "If(expr test, stmt* body, stmt* orelse)",
        "With(withitem* items, stmt* body, string? type_comment)",
        "AsyncWith(withitem* items, stmt* body, string? type_comment)",
        "Match(expr subject, match_case* cases)",
        "Raise(expr? exc, expr? cause)",
        "Try(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)",
        "TryStar(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)",
        "Assert(expr test, expr? msg)",
        "Import(alias* names)",
        "ImportFrom(identifier? module, alias* names, int? level)",
        "Global(identifier* names)",
        "Nonlocal(identifier* names)",
        "Expr(expr value)",
        "Pass",
        "Break",
        "Continue",
    ]),
    ("expr", ("int lineno", "int col_offset", "int? end_lineno", "int? end_col_offset"), [
        "BoolOp(boolop op, expr* values)",
        "NamedExpr(expr target, expr value)",
        "BinOp(expr left, operator op, expr right)",
        "UnaryOp(unaryop op, expr operand)",
        "Lambda(arguments args, expr body)",
        "IfExp(expr test, expr body, expr orelse)",
        "Dict(expr* keys, expr* values)",
        "Set(expr* elts)",
        "ListComp(expr elt, comprehension* generators)",
        "SetComp(expr elt, comprehension* generators)",
        "DictComp(expr key, expr value, comprehension* generators)",
        "GeneratorExp(expr elt, comprehension* generators)",
        "Await(expr value)",
        "Yield(expr? value)",
        "YieldFrom(expr value)",
        "Compare(expr left, cmpop* ops, expr* comparators)",
        "Call(expr func, expr* args, keyword* keywords)",
        "FormattedValue(expr value, int conversion, expr? format_spec)",
        "JoinedStr(expr* values)",
        "Constant(constant value, string? kind)",
        "Attribute(expr value, identifier attr, expr_context ctx)",
        "Subscript(expr value, expr slice, expr_context ctx)",
        "Starred(expr value, expr_context ctx)",
        "Name(identifier id, expr_context ctx)",
        "List(expr* elts, expr_context ctx)",
        "Tuple(expr* elts, expr_context ctx)",
        "Slice(expr? lower, expr? upper, expr? step)",
    ]),
    ("expr_context", (), [
        "Load",
        "Store",
        "Del",
    ]),
    ("boolop", (), [
        "And",
        "Or",
    ]),
    ("operator", (), [
        "Add",
        "Sub",
        "Mult",
        "MatMult",
        "Div",
        "Mod",
        "Pow",
        "LShift",
        "RShift",
        "BitOr",
        "BitXor",
        "BitAnd",
        "FloorDiv",
    ]),
    ("unaryop", (), [
        "Invert",
        "Not",
        "UAdd",
        "USub",
    ]),
    ("cmpop", (), [
        "Eq",
        "NotEq",
        "Lt",
        "LtE",
        "Gt",
        "GtE",
        "Is",
        "IsNot",
        "In",
        "NotIn",
    ]),
    ("comprehension", (), "comprehension(expr target, expr iter, expr* ifs, int is_async)"),
    ("excepthandler", ("int lineno", "int col_offset", "int? end_lineno", "int? end_col_offset"), [
        "ExceptHandler(expr? type, identifier? name, stmt* body)",
    ]),
    ("arguments", (), "arguments(arg* posonlyargs, arg* args, arg? vararg, arg* kwonlyargs, expr* kw_defaults, arg? kwarg, expr* defaults)"),
    ("arg", ("int lineno", "int col_offset", "int? end_lineno", "int? end_col_offset"), "arg(identifier arg, expr? annotation, string? type_comment)"),
    ("keyword", ("int lineno", "int col_offset", "int? end_lineno", "int? end_col_offset"), "keyword(identifier? arg, expr value)"),
    ("alias", ("int lineno", "int col_offset", "int? end_lineno", "int? end_col_offset"), "alias(identifier name, identifier? asname)"),
    ("withitem", (), "withitem(expr context_expr, expr? optional_vars)"),
    ("match_case", (), "match_case(pattern pattern, expr? guard, stmt* body)"),
    ("pattern", ("int lineno", "int col_offset", "int end_lineno", "int end_col_offset"), [
        "MatchValue(expr value)",
        "MatchSingleton(constant value)",
        "MatchSequence(pattern* patterns)",
        "MatchMapping(expr* keys, pattern* patterns, identifier? rest)",
        "MatchClass(expr cls, pattern* patterns, identifier* kwd_attrs, pattern* kwd_patterns)",
        "MatchStar(identifier? name)",
        "MatchAs(pattern? pattern, identifier? name)",
        "MatchOr(pattern* patterns)",
    ]),
    ("type_ignore", (), [
        "TypeIgnore(int lineno, string tag)",
    ]),

]


class AST:
    """The root of every node class.  Counterpart: ast.AST (Python-ast.c)."""
    _fields = ()
    _attributes = ()

    def __init__(self, *args, **kwargs):
        # The same rules as ast_type_init in Python-ast.c: positional
        # arguments fill _fields in order, keywords may name anything.
        fields = self._fields
        if len(args) > len(fields):
            raise TypeError("%s constructor takes at most %d positional argument%s"
                            % (type(self).__name__, len(fields),
                               "" if len(fields) == 1 else "s"))
        for name, value in zip(fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            setattr(self, name, value)


class Field:
    """One field of a node: `expr? returns` is Field('returns', 'expr', '?')."""
    __slots__ = ("name", "type", "quantifier")

    def __init__(self, name, type, quantifier):
        self.name = name
        self.type = type
        self.quantifier = quantifier        # '', '?' or '*'

    def __repr__(self):
        return "%s%s %s" % (self.type, self.quantifier, self.name)


_FIELD = re.compile(r"(\w+)([?*]?)\s+(\w+)")


def _parse_fields(text):
    return [Field(m.group(3), m.group(1), m.group(2)) for m in _FIELD.finditer(text or "")]


_SIGNATURE = re.compile(r"(\w+)(?:\((.*)\))?$")


def _parse_signature(signature):
    """'If(expr test, stmt* body)' -> ('If', [Field(...), Field(...)])."""
    match = _SIGNATURE.match(signature)
    return match.group(1), _parse_fields(match.group(2))


def _fast_init(cls):
    """The per-class __init__: the parser passes every field and attribute
    positionally, and that one case is made cheap, as one tuple unpacking
    into the attributes; anything else takes the general path of
    AST.__init__.  Its source (`init_source(cls)`) is generated from the
    class's fields, so it can be printed and read."""
    source = init_source(cls)
    namespace = {"general": AST.__init__}
    exec(compile(source, "<%s.__init__>" % cls.__name__, "exec"), namespace)
    __init__ = namespace["__init__"]
    __init__.__qualname__ = cls.__name__ + ".__init__"
    return __init__


def init_source(cls):
    """The text of cls.__init__ (see _fast_init).

    Unpacking a tuple into attributes is 2.5x faster than
    self.__dict__.update(zip(names, args)) on CPython 3.11, 200x on PyPy
    (a micro-benchmark of BinOp(...), 7 arguments).
    """
    names = cls._fields + cls._attributes
    targets = ", ".join("self." + name for name in names)
    return ("def __init__(self, *args, **kwargs):\n"
            "    if len(args) == %d and not kwargs:\n"
            "        %s%s = args\n"
            "    else:\n"
            "        general(self, *args, **kwargs)\n" % (
                len(names), targets, "," if len(names) == 1 else ""))


# Each concrete class's fields, by class name (for walks that need the types).
NODE_FIELDS = {}


def _make_class(name, base, fields, attributes, namespace):
    body = {"_fields": tuple(f.name for f in fields),
            "_attributes": tuple(a.name for a in attributes),
            "__module__": __name__,
            "__doc__": "%s(%s)" % (name, ", ".join(map(repr, fields)))}
    for field in list(fields) + list(attributes):
        if field.quantifier == "?":
            body[field.name] = None         # the class default dump looks for
    cls = type(name, (base,), body)
    NODE_FIELDS[name] = list(fields)
    if fields or attributes:
        cls.__init__ = _fast_init(cls)
    namespace[name] = cls
    return cls


def _build(namespace):
    node_classes = {}
    for type_name, attribute_texts, classes in NODE_TABLE:
        attributes = _parse_fields(", ".join(attribute_texts))
        if isinstance(classes, str):        # a product type: one class
            _, fields = _parse_signature(classes)
            node_classes[type_name] = _make_class(
                type_name, AST, fields, attributes, namespace)
            continue
        base = _make_class(type_name, AST, [], attributes, namespace)
        base._attributes = tuple(a.name for a in attributes)
        for signature in classes:
            name, fields = _parse_signature(signature)
            node_classes[name] = _make_class(name, base, fields, attributes, namespace)
    return node_classes


# Every class of the table, by name: Module, stmt, FunctionDef, ..., TypeIgnore.
NODE_CLASSES = _build(globals())


def dump(node, annotate_fields=True, include_attributes=False, indent=None):
    """Text for a tree, exactly as the host's `ast.dump` writes it.

    Counterpart: ast.dump.  A node prints as `Name(field=value, ...)`; a field
    that is missing, or None where the class default is None, is left out
    (and from then on the remaining fields are named even when
    annotate_fields is false, since their positions no longer line up).
    With `indent`, each field or list item goes on its own line, unless the
    node has at most three fields that are all simple (no nested node or
    non-empty list), which stay on one line.
    """
    if not isinstance(node, AST):
        raise TypeError("expected AST, got %r" % type(node).__name__)
    if indent is not None and not isinstance(indent, str):
        indent = " " * indent
    return _Dumper(annotate_fields, include_attributes, indent).value(node, 0)[0]


class _Dumper:
    """Formats one tree; `value()` returns (text, is_simple)."""

    def __init__(self, annotate_fields, include_attributes, indent):
        self.annotate_fields = annotate_fields
        self.include_attributes = include_attributes
        self.indent = indent

    def separators(self, depth):
        """(what opens a multi-line group, what joins its items) at this depth."""
        if self.indent is None:
            return "", ", "
        margin = "\n" + self.indent * depth
        return margin, "," + margin

    def value(self, value, depth):
        if isinstance(value, AST):
            return self.node(value, depth)
        if isinstance(value, list):
            return self.sequence(value, depth)
        return repr(value), True

    def sequence(self, items, depth):
        if not items:
            return "[]", True
        if self.indent is not None:
            depth += 1
        opening, joiner = self.separators(depth)
        texts = [self.value(item, depth)[0] for item in items]
        return "[" + opening + joiner.join(texts) + "]", False

    def node(self, node, depth):
        if self.indent is not None:
            depth += 1
        parts = []
        all_simple = True
        named = self.annotate_fields
        for name, value, present in self.fields(node, node._fields):
            if not present:
                named = True            # positions no longer match _fields
                continue
            text, simple = self.value(value, depth)
            all_simple = all_simple and simple
            parts.append(name + "=" + text if named else text)
        if self.include_attributes:
            for name, value, present in self.fields(node, node._attributes):
                if present:
                    text, simple = self.value(value, depth)
                    all_simple = all_simple and simple
                    parts.append(name + "=" + text)
        name = type(node).__name__
        if all_simple and len(parts) <= 3:
            return "%s(%s)" % (name, ", ".join(parts)), not parts
        opening, joiner = self.separators(depth)
        return "%s(%s%s)" % (name, opening, joiner.join(parts)), False

    @staticmethod
    def fields(node, names):
        """(name, value, present) for each name; absent or default-None is not present."""
        cls = type(node)
        for name in names:
            if not hasattr(node, name):
                yield name, None, False
                continue
            value = getattr(node, name)
            if value is None and getattr(cls, name, ...) is None:
                yield name, None, False
            else:
                yield name, value, True
