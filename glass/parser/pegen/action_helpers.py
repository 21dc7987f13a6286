"""The helpers the grammar's actions call to build AST nodes.

Counterpart: Parser/action_helpers.c (and the small structs of
Parser/pegen.h: CmpopExprPair, KeyValuePair, NameDefaultPair,
SlashWithDefault, StarEtc, KeywordOrStarred, KeyPatternPair).

C needs many of these to build sequences; where Python says it in one
expression ([a] + b) the grammar writes that instead, and only the helpers
with real logic remain here.  Names are CPython's without `_PyPegen_`.
"""
from __future__ import annotations

from glass.parser import ast_nodes as ast

LOAD = ast.Load()
STORE = ast.Store()
DEL = ast.Del()

# TARGETS_TYPE (pegen.h): what kind of target an invalid one was meant to be.
STAR_TARGETS, DEL_TARGETS, FOR_TARGETS = "STAR_TARGETS", "DEL_TARGETS", "FOR_TARGETS"


# --- The intermediate records of pegen.h ---------------------------------------

class CmpopExprPair:
    __slots__ = ("cmpop", "expr")

    def __init__(self, cmpop, expr):
        self.cmpop = cmpop
        self.expr = expr


class KeyValuePair:
    __slots__ = ("key", "value")

    def __init__(self, key, value):
        self.key = key
        self.value = value


class KeyPatternPair:
    __slots__ = ("key", "pattern")

    def __init__(self, key, pattern):
        self.key = key
        self.pattern = pattern


class NameDefaultPair:
    __slots__ = ("arg", "value")

    def __init__(self, arg, value):
        self.arg = arg
        self.value = value


class SlashWithDefault:
    __slots__ = ("plain_names", "names_with_defaults")

    def __init__(self, plain_names, names_with_defaults):
        self.plain_names = plain_names
        self.names_with_defaults = names_with_defaults


class StarEtc:
    __slots__ = ("vararg", "kwonlyargs", "kwarg")

    def __init__(self, vararg, kwonlyargs, kwarg):
        self.vararg = vararg
        self.kwonlyargs = kwonlyargs
        self.kwarg = kwarg


class KeywordOrStarred:
    __slots__ = ("element", "is_keyword")

    def __init__(self, element, is_keyword):
        self.element = element
        self.is_keyword = is_keyword


# --- Sequences -------------------------------------------------------------------

def seq_flatten(seqs):
    """_PyPegen_seq_flatten: a list of lists made one list."""
    return [item for seq in seqs for item in seq]


def seq_count_dots(tokens):
    """_PyPegen_seq_count_dots: the level of `from ...x import y` ('...' is one token)."""
    return sum(3 if tok.string == "..." else 1 for tok in tokens)


def get_keys(pairs):
    return [pair.key for pair in pairs or ()]


def get_values(pairs):
    return [pair.value for pair in pairs or ()]


def get_pattern_keys(pairs):
    return [pair.key for pair in pairs]


def get_patterns(pairs):
    return [pair.pattern for pair in pairs]


def get_cmpops(pairs):
    return [pair.cmpop for pair in pairs]


def get_exprs(pairs):
    return [pair.expr for pair in pairs]


def seq_extract_starred_exprs(kwargs):
    """_PyPegen_seq_extract_starred_exprs: the *args among f(k=1, *args)."""
    return [k.element for k in kwargs if not k.is_keyword]


def seq_delete_starred_exprs(kwargs):
    """_PyPegen_seq_delete_starred_exprs: the keywords among f(k=1, *args)."""
    return [k.element for k in kwargs if k.is_keyword]


# --- Nodes -------------------------------------------------------------------------

def set_ctx(e, ctx):
    """_PyPegen_set_expr_context: a copy of a target with Store or Del context."""
    kind = type(e)
    if kind is ast.Name:
        return ast.Name(e.id, ctx, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset)
    if kind is ast.Tuple:
        return ast.Tuple([set_ctx(elt, ctx) for elt in e.elts], ctx, e.lineno, e.col_offset,
                         e.end_lineno, e.end_col_offset)
    if kind is ast.List:
        return ast.List([set_ctx(elt, ctx) for elt in e.elts], ctx, e.lineno, e.col_offset,
                        e.end_lineno, e.end_col_offset)
    if kind is ast.Subscript:
        return ast.Subscript(e.value, e.slice, ctx, e.lineno, e.col_offset, e.end_lineno,
                             e.end_col_offset)
    if kind is ast.Attribute:
        return ast.Attribute(e.value, e.attr, ctx, e.lineno, e.col_offset, e.end_lineno,
                             e.end_col_offset)
    if kind is ast.Starred:
        return ast.Starred(set_ctx(e.value, ctx), ctx, e.lineno, e.col_offset, e.end_lineno,
                           e.end_col_offset)
    return e


def join_names_with_dot(first, second):
    """_PyPegen_join_names_with_dot: `a.b` in an import, as one Name 'a.b'."""
    return ast.Name(first.id + "." + second.id, LOAD, first.lineno, first.col_offset,
                    second.end_lineno, second.end_col_offset)


def type_comment(tok):
    """NEW_TYPE_COMMENT: the text of a TYPE_COMMENT token, or None."""
    return tok.string if tok else None


def add_type_comment_to_arg(a, tc):
    """_PyPegen_add_type_comment_to_arg."""
    if not tc:
        return a
    return ast.arg(a.arg, a.annotation, tc.string, a.lineno, a.col_offset, a.end_lineno,
                   a.end_col_offset)


def name_default_pair(arg, value, tc):
    """_PyPegen_name_default_pair."""
    return NameDefaultPair(add_type_comment_to_arg(arg, tc), value)


def empty_arguments():
    """_PyPegen_empty_arguments: the arguments of `def f():` and `lambda: 0`."""
    return ast.arguments([], [], None, [], [], None, [])


def make_arguments(slash_without_default, slash_with_default, plain_names,
                   names_with_default, star_etc):
    """_PyPegen_make_arguments: the five parts of a parameter list to ast.arguments."""
    if slash_without_default is not None:
        posonlyargs = slash_without_default
    elif slash_with_default is not None:
        posonlyargs = slash_with_default.plain_names + [
            pair.arg for pair in slash_with_default.names_with_defaults]
    else:
        posonlyargs = []
    posargs = list(plain_names or []) + [pair.arg for pair in names_with_default or ()]
    posdefaults = []
    if slash_with_default is not None:
        posdefaults += [pair.value for pair in slash_with_default.names_with_defaults]
    posdefaults += [pair.value for pair in names_with_default or ()]
    vararg = star_etc.vararg if star_etc is not None else None
    kwonly = star_etc.kwonlyargs if star_etc is not None and star_etc.kwonlyargs else []
    kwarg = star_etc.kwarg if star_etc is not None else None
    return ast.arguments(posonlyargs, posargs, vararg, [pair.arg for pair in kwonly],
                         [pair.value for pair in kwonly], kwarg, posdefaults)


def class_def_decorators(decorators, class_def):
    """_PyPegen_class_def_decorators: the decorators join the class (which keeps its own position)."""
    class_def.decorator_list = decorators
    return class_def


def function_def_decorators(decorators, function_def):
    """_PyPegen_function_def_decorators."""
    function_def.decorator_list = decorators
    return function_def


def collect_call_seqs(args, kwargs, lineno, col_offset, end_lineno, end_col_offset):
    """_PyPegen_collect_call_seqs: the arguments of a call, as a Call with a placeholder func."""
    if kwargs is None:
        return ast.Call(None, args, [], lineno, col_offset, end_lineno, end_col_offset)
    return ast.Call(None, args + seq_extract_starred_exprs(kwargs),
                    seq_delete_starred_exprs(kwargs), lineno, col_offset, end_lineno,
                    end_col_offset)


def get_last_comprehension_item(comprehension):
    """_PyPegen_get_last_comprehension_item."""
    if comprehension.ifs:
        return comprehension.ifs[-1]
    return comprehension.iter


# --- Error helpers ---------------------------------------------------------------

_EXPR_NAMES = {
    "Attribute": "attribute", "Subscript": "subscript", "Starred": "starred",
    "Name": "name", "List": "list", "Tuple": "tuple", "Lambda": "lambda",
    "Call": "function call", "BoolOp": "expression", "BinOp": "expression",
    "UnaryOp": "expression", "GeneratorExp": "generator expression",
    "Yield": "yield expression", "YieldFrom": "yield expression",
    "Await": "await expression", "ListComp": "list comprehension",
    "SetComp": "set comprehension", "DictComp": "dict comprehension",
    "Dict": "dict literal", "Set": "set display", "JoinedStr": "f-string expression",
    "FormattedValue": "f-string expression", "Compare": "comparison",
    "IfExp": "conditional expression", "NamedExpr": "named expression",
}


def get_expr_name(e):
    """_PyPegen_get_expr_name: how error messages call an expression."""
    if type(e) is ast.Constant:
        value = e.value
        if value is None:
            return "None"
        if value is False:
            return "False"
        if value is True:
            return "True"
        if value is Ellipsis:
            return "ellipsis"
        return "literal"
    return _EXPR_NAMES[type(e).__name__]


def get_invalid_target(e, targets_type):
    """_PyPegen_get_invalid_target: the part of a would-be target that cannot be one."""
    if e is None:
        return None
    kind = type(e)
    if kind is ast.List or kind is ast.Tuple:
        for elt in e.elts:
            child = get_invalid_target(elt, targets_type)
            if child is not None:
                return child
        return None
    if kind is ast.Starred:
        if targets_type == DEL_TARGETS:
            return e
        return get_invalid_target(e.value, targets_type)
    if kind is ast.Compare:
        # `for a in b` parses `a in b` as a comparison: look at its left side.
        if targets_type == FOR_TARGETS:
            if type(e.ops[0]) is ast.In:
                return get_invalid_target(e.left, targets_type)
            return None
        return e
    if kind in (ast.Name, ast.Subscript, ast.Attribute):
        return None
    return e
