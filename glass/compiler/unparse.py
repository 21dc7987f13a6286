"""Expressions back to source text, for `from __future__ import annotations`.

Counterpart: Python/ast_unparse.c (_PyAST_ExprAsUnicode).  Its output
differs from Lib/ast.py's unparse in places (spacing, `1e309` for
infinity, `(yield)`), and the annotation strings in co_consts must match
it character for character.
"""
from __future__ import annotations

# Precedence levels, lowest first (the enum in ast_unparse.c).
(PR_TUPLE, PR_TEST, PR_OR, PR_AND, PR_NOT, PR_CMP, PR_EXPR, PR_BXOR,
 PR_BAND, PR_SHIFT, PR_ARITH, PR_TERM, PR_FACTOR, PR_POWER, PR_AWAIT,
 PR_ATOM) = range(16)
PR_BOR = PR_EXPR

BINOP = {
    "Add": (" + ", PR_ARITH), "Sub": (" - ", PR_ARITH),
    "Mult": (" * ", PR_TERM), "MatMult": (" @ ", PR_TERM),
    "Div": (" / ", PR_TERM), "Mod": (" % ", PR_TERM),
    "LShift": (" << ", PR_SHIFT), "RShift": (" >> ", PR_SHIFT),
    "BitOr": (" | ", PR_BOR), "BitXor": (" ^ ", PR_BXOR),
    "BitAnd": (" & ", PR_BAND), "FloorDiv": (" // ", PR_TERM),
    "Pow": (" ** ", PR_POWER),
}
UNARYOP = {"Invert": ("~", PR_FACTOR), "Not": ("not ", PR_NOT),
           "UAdd": ("+", PR_FACTOR), "USub": ("-", PR_FACTOR)}
CMPOP = {"Eq": " == ", "NotEq": " != ", "Lt": " < ", "LtE": " <= ",
         "Gt": " > ", "GtE": " >= ", "Is": " is ", "IsNot": " is not ",
         "In": " in ", "NotIn": " not in "}


def _kind(node):
    return type(node).__name__


def unparse(e):
    return _expr(e, PR_TEST)


def _paren(text, needed):
    return "(" + text + ")" if needed else text


def _constant(value):
    if value is Ellipsis:
        return "..."
    text = repr(value)
    if isinstance(value, (float, complex)):
        # Infinity has no literal; 1e309 overflows to it.
        text = text.replace("inf", "1e309")
    return text


def _expr(e, level):
    kind = _kind(e)
    if kind == "BoolOp":
        op = " and " if _kind(e.op) == "And" else " or "
        pr = PR_AND if _kind(e.op) == "And" else PR_OR
        text = op.join(_expr(v, pr + 1) for v in e.values)
        return _paren(text, level > pr)
    if kind == "BinOp":
        op, pr = BINOP[_kind(e.op)]
        rassoc = 1 if _kind(e.op) == "Pow" else 0
        text = _expr(e.left, pr + rassoc) + op + _expr(e.right, pr + 1 - rassoc)
        return _paren(text, level > pr)
    if kind == "UnaryOp":
        op, pr = UNARYOP[_kind(e.op)]
        return _paren(op + _expr(e.operand, pr), level > pr)
    if kind == "Lambda":
        args = _arguments(e.args)
        text = "lambda" + (" " + args if args else "") + ": " + _expr(e.body, PR_TEST)
        return _paren(text, level > PR_TEST)
    if kind == "IfExp":
        text = (_expr(e.body, PR_TEST + 1) + " if " + _expr(e.test, PR_TEST + 1)
                + " else " + _expr(e.orelse, PR_TEST))
        return _paren(text, level > PR_TEST)
    if kind == "Dict":
        items = []
        for key, value in zip(e.keys, e.values):
            if key is None:
                items.append("**" + _expr(value, PR_EXPR))
            else:
                items.append(_expr(key, PR_TEST) + ": " + _expr(value, PR_TEST))
        return "{" + ", ".join(items) + "}"
    if kind == "Set":
        if not e.elts:
            return "{*()}"
        return "{" + ", ".join(_expr(elt, PR_TEST) for elt in e.elts) + "}"
    if kind == "ListComp":
        return "[" + _expr(e.elt, PR_TEST) + _comprehensions(e.generators) + "]"
    if kind == "SetComp":
        return "{" + _expr(e.elt, PR_TEST) + _comprehensions(e.generators) + "}"
    if kind == "DictComp":
        return ("{" + _expr(e.key, PR_TEST) + ": " + _expr(e.value, PR_TEST)
                + _comprehensions(e.generators) + "}")
    if kind == "GeneratorExp":
        return "(" + _expr(e.elt, PR_TEST) + _comprehensions(e.generators) + ")"
    if kind == "Await":
        return _paren("await " + _expr(e.value, PR_ATOM), level > PR_AWAIT)
    if kind == "Yield":
        if e.value is None:
            return "(yield)"
        return "(yield " + _expr(e.value, PR_TEST) + ")"
    if kind == "YieldFrom":
        return "(yield from " + _expr(e.value, PR_TEST) + ")"
    if kind == "Compare":
        text = _expr(e.left, PR_CMP + 1)
        for op, comparator in zip(e.ops, e.comparators):
            text += CMPOP[_kind(op)] + _expr(comparator, PR_CMP + 1)
        return _paren(text, level > PR_CMP)
    if kind == "Call":
        text = _expr(e.func, PR_ATOM)
        if len(e.args) == 1 and not e.keywords and _kind(e.args[0]) == "GeneratorExp":
            return text + _expr(e.args[0], PR_TEST)
        parts = [_expr(arg, PR_TEST) for arg in e.args]
        for keyword in e.keywords:
            if keyword.arg is None:
                parts.append("**" + _expr(keyword.value, PR_TEST))
            else:
                parts.append(keyword.arg + "=" + _expr(keyword.value, PR_TEST))
        return text + "(" + ", ".join(parts) + ")"
    if kind == "Constant":
        return _constant(e.value)
    if kind == "JoinedStr":
        return _fstring(e)
    if kind == "FormattedValue":
        return "f" + repr(_fstring_body([e]))
    if kind == "Attribute":
        value = e.value
        text = _expr(value, PR_ATOM)
        # `1 .real`: an int literal needs a space before the dot.
        if _kind(value) == "Constant" and type(value.value) is int:
            return text + " ." + e.attr
        return text + "." + e.attr
    if kind == "Subscript":
        return _expr(e.value, PR_ATOM) + "[" + _slice(e.slice) + "]"
    if kind == "Starred":
        return "*" + _expr(e.value, PR_EXPR)
    if kind == "Name":
        return e.id
    if kind == "List":
        return "[" + ", ".join(_expr(elt, PR_TEST) for elt in e.elts) + "]"
    if kind == "Tuple":
        if not e.elts:
            return "()"
        text = ", ".join(_expr(elt, PR_TEST) for elt in e.elts)
        if len(e.elts) == 1:
            text += ","
        return _paren(text, level > PR_TUPLE)
    if kind == "Slice":
        return _slice(e)
    if kind == "NamedExpr":
        text = _expr(e.target, PR_ATOM) + " := " + _expr(e.value, PR_ATOM)
        return _paren(text, level > PR_TUPLE)
    raise SystemError("unknown expression kind %s" % kind)


def _slice(e):
    kind = _kind(e)
    if kind == "Slice":
        text = _expr(e.lower, PR_TEST) if e.lower is not None else ""
        text += ":"
        if e.upper is not None:
            text += _expr(e.upper, PR_TEST)
        if e.step is not None:
            text += ":" + _expr(e.step, PR_TEST)
        return text
    if kind == "Tuple" and e.elts:
        text = ", ".join(_slice(elt) if _kind(elt) == "Slice" else _expr(elt, PR_TEST)
                         for elt in e.elts)
        if len(e.elts) == 1:
            text += ","
        return text
    return _expr(e, PR_TUPLE)


def _comprehensions(generators):
    text = ""
    for gen in generators:
        text += " async for " if gen.is_async else " for "
        text += _expr(gen.target, PR_TUPLE) + " in " + _expr(gen.iter, PR_TEST + 1)
        for condition in gen.ifs:
            text += " if " + _expr(condition, PR_TEST + 1)
    return text


def _arguments(a):
    parts = []
    positional = list(a.posonlyargs) + list(a.args)
    defaults = [None] * (len(positional) - len(a.defaults)) + list(a.defaults)
    for index, (arg, default) in enumerate(zip(positional, defaults)):
        parts.append(arg.arg + ("=" + _expr(default, PR_TEST) if default is not None else ""))
        if index + 1 == len(a.posonlyargs):
            parts.append("/")
    if a.vararg is not None or a.kwonlyargs:
        parts.append("*" + (a.vararg.arg if a.vararg is not None else ""))
    for arg, default in zip(a.kwonlyargs, a.kw_defaults):
        parts.append(arg.arg + ("=" + _expr(default, PR_TEST) if default is not None else ""))
    if a.kwarg is not None:
        parts.append("**" + a.kwarg.arg)
    return ", ".join(parts)


def _fstring_body(values):
    text = ""
    for value in values:
        kind = _kind(value)
        if kind == "Constant":
            text += value.value.replace("{", "{{").replace("}", "}}")
        elif kind == "FormattedValue":
            inner = _expr(value.value, PR_TEST + 1)
            if inner.startswith("{"):
                inner = " " + inner          # `{{` would be an escape
            text += "{" + inner
            if value.conversion != -1:
                text += "!" + chr(value.conversion)
            if value.format_spec is not None:
                text += ":" + _fstring_body(value.format_spec.values
                                            if _kind(value.format_spec) == "JoinedStr"
                                            else [value.format_spec])
            text += "}"
        elif kind == "JoinedStr":
            text += _fstring_body(value.values)
    return text


def _fstring(e):
    return "f" + repr(_fstring_body(e.values))
