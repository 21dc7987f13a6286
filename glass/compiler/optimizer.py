"""AST constant folding, before the symbol table and code generation.

Counterpart: Python/ast_opt.c (CPython 3.11).

`optimize(mod, optimize_level, future_features)` rewrites the tree in place
and returns it.  Every fold computes with the host's own operators, and, as
ast_opt.c does, refuses folds whose result could be huge (the safe_*
helpers and their limits), and silently keeps the expression when the
operation raises (`1/0` stays a division).

Folds: BinOp and UnaryOp on constants, tuples of constants, subscripts of
constants, `not (a is b)` -> `a is not b`, list/set literals iterated by
`for`/`in` -> tuple/frozenset, `__debug__`, and `"%s" % (x,)` -> f-string
(optimize_format).
"""
from __future__ import annotations

import sys

CO_FUTURE_ANNOTATIONS = 0x1000000

# The limits of ast_opt.c.
MAX_INT_SIZE = 128           # bits
MAX_COLLECTION_SIZE = 256
MAX_STR_SIZE = 4096
MAX_TOTAL_ITEMS = 1024


class Unfoldable(Exception):
    """The fold is refused (too big, or the operation raised)."""


def _kind(node):
    return type(node).__name__


def _new(template, node_kind, **fields):
    """A new node of class `kind` from the template's AST module, at the
    template's position."""
    cls = getattr(sys.modules[type(template).__module__], node_kind)
    node = cls(**fields)
    for attr in ("lineno", "col_offset", "end_lineno", "end_col_offset"):
        setattr(node, attr, getattr(template, attr, None))
    return node


def _constant(template, value):
    return _new(template, "Constant", value=value, kind=None)


def _positionless_constant(template, value):
    node = _constant(template, value)
    node.lineno = node.col_offset = node.end_lineno = node.end_col_offset = -1
    return node


def _is_const(node):
    return node is not None and _kind(node) == "Constant"


# --- The safe operations -------------------------------------------------------

def _is_int(value):
    return isinstance(value, int)


def _check_complexity(obj, limit):
    if isinstance(obj, tuple):
        limit -= len(obj)
        for item in obj:
            if limit < 0:
                break
            limit = _check_complexity(item, limit)
    elif isinstance(obj, frozenset):
        limit -= len(obj)
    return limit


def safe_multiply(v, w):
    if _is_int(v) and _is_int(w) and v and w:
        if abs(v).bit_length() + abs(w).bit_length() > MAX_INT_SIZE:
            raise Unfoldable
    elif _is_int(v) and isinstance(w, (tuple, frozenset)):
        if len(w):
            if v < 0 or v > MAX_COLLECTION_SIZE // len(w):
                raise Unfoldable
            if v and _check_complexity(w, MAX_TOTAL_ITEMS // v) < 0:
                raise Unfoldable
    elif _is_int(v) and isinstance(w, (str, bytes)):
        if len(w):
            if v < 0 or v > MAX_STR_SIZE // len(w):
                raise Unfoldable
    elif _is_int(w) and isinstance(v, (tuple, frozenset, str, bytes)):
        return safe_multiply(w, v)
    return v * w


def safe_power(v, w):
    if _is_int(v) and _is_int(w) and v and w > 0:
        if abs(v).bit_length() > MAX_INT_SIZE // w:
            raise Unfoldable
    return v ** w


def safe_lshift(v, w):
    if _is_int(v) and _is_int(w) and v and w:
        if w < 0:
            raise Unfoldable          # PyLong_AsSize_t fails
        vbits = abs(v).bit_length()
        if w > MAX_INT_SIZE or vbits > MAX_INT_SIZE - w:
            raise Unfoldable
    return v << w


def safe_mod(v, w):
    if isinstance(v, (str, bytes)):
        raise Unfoldable
    return v % w


BINOPS = {
    "Add": lambda a, b: a + b,
    "Sub": lambda a, b: a - b,
    "Mult": safe_multiply,
    "Div": lambda a, b: a / b,
    "FloorDiv": lambda a, b: a // b,
    "Mod": safe_mod,
    "Pow": safe_power,
    "LShift": safe_lshift,
    "RShift": lambda a, b: a >> b,
    "BitOr": lambda a, b: a | b,
    "BitXor": lambda a, b: a ^ b,
    "BitAnd": lambda a, b: a & b,
}

UNARYOPS = {
    "Invert": lambda a: ~a,
    "Not": lambda a: not a,
    "UAdd": lambda a: +a,
    "USub": lambda a: -a,
}

# `not (a is b)` -> `a is not b`; == and < are not safely invertible.
INVERTED_COMPARE = {"Is": "IsNot", "IsNot": "Is", "In": "NotIn", "NotIn": "In"}


def _fold(compute, *args):
    """Counterpart: make_const: the value, or Unfoldable if the operation
    raised (the error is swallowed, as PyErr_Clear does)."""
    try:
        return compute(*args)
    except Unfoldable:
        raise
    except KeyboardInterrupt:
        raise
    except Exception:
        raise Unfoldable


COMPILER_STACK_FRAME_SCALE = 3
RECURSION_MESSAGE = "maximum recursion depth exceeded during compilation"


def compile_recursion_limit(recursion_limit=None, recursion_depth=0):
    """How deeply statements, expressions and patterns may nest: as
    _PyAST_Optimize counts, COMPILER_STACK_FRAME_SCALE times the recursion
    limit, less as many times the depth of the frame that compiles."""
    if recursion_limit is None:
        recursion_limit = sys.getrecursionlimit()
    return COMPILER_STACK_FRAME_SCALE * (recursion_limit - recursion_depth)


class Optimizer:
    """Counterpart: the astfold_* functions, one method per node kind.

    astfold_stmt, astfold_expr and astfold_pattern count how deeply they
    nest and raise RecursionError past `recursion_limit` (see
    compile_recursion_limit); `deepest` is the deepest nesting seen, which
    tells the caller how much host stack the later stages need.
    """

    def __init__(self, optimize=0, features=0, recursion_limit=None):
        self.optimize = optimize
        self.features = features
        self.recursion_limit = (compile_recursion_limit() if recursion_limit is None
                                else recursion_limit)
        self.depth = 0
        self.deepest = 0

    def _enter(self):
        depth = self.depth = self.depth + 1
        if depth > self.deepest:
            self.deepest = depth
            if depth > self.recursion_limit:
                raise RecursionError(RECURSION_MESSAGE)

    @property
    def future_annotations(self):
        return self.features & CO_FUTURE_ANNOTATIONS

    # --- Module and statements ------------------------------------------------

    def mod(self, node):
        kind = _kind(node)
        if kind == "Module":
            self.body(node.body)
        elif kind == "Interactive":
            self.stmts(node.body)
        elif kind == "Expression":
            node.body = self.expr(node.body)
        return node

    def body(self, stmts):
        """Counterpart: astfold_body: a string folded into first place
        (`"a" + "b"`) must not become a docstring, so it is wrapped in a
        JoinedStr."""
        had_docstring = _docstring_node(stmts) is not None
        self.stmts(stmts)
        if not had_docstring and _docstring_node(stmts) is not None:
            first = stmts[0]
            first.value = _new(first, "JoinedStr", values=[first.value])

    def stmts(self, stmts):
        for stmt in stmts:
            self.stmt(stmt)

    def exprs(self, exprs):
        for index, expr in enumerate(exprs):
            if expr is not None:
                exprs[index] = self.expr(expr)

    def opt(self, expr):
        return self.expr(expr) if expr is not None else None

    def stmt(self, s):
        self._enter()
        self._stmt(s)
        self.depth -= 1

    def _stmt(self, s):
        kind = _kind(s)
        if kind in ("FunctionDef", "AsyncFunctionDef"):
            self.arguments(s.args)
            self.body(s.body)
            self.exprs(s.decorator_list)
            if not self.future_annotations:
                s.returns = self.opt(s.returns)
        elif kind == "ClassDef":
            self.exprs(s.bases)
            for keyword in s.keywords:
                keyword.value = self.expr(keyword.value)
            self.body(s.body)
            self.exprs(s.decorator_list)
        elif kind == "Return":
            s.value = self.opt(s.value)
        elif kind == "Delete":
            self.exprs(s.targets)
        elif kind == "Assign":
            self.exprs(s.targets)
            s.value = self.expr(s.value)
        elif kind == "AugAssign":
            s.target = self.expr(s.target)
            s.value = self.expr(s.value)
        elif kind == "AnnAssign":
            s.target = self.expr(s.target)
            if not self.future_annotations:
                s.annotation = self.expr(s.annotation)
            s.value = self.opt(s.value)
        elif kind == "For":
            s.target = self.expr(s.target)
            s.iter = self.expr(s.iter)
            self.stmts(s.body)
            self.stmts(s.orelse)
            s.iter = self.fold_iter(s.iter)
        elif kind == "AsyncFor":
            s.target = self.expr(s.target)
            s.iter = self.expr(s.iter)
            self.stmts(s.body)
            self.stmts(s.orelse)
        elif kind in ("While", "If"):
            s.test = self.expr(s.test)
            self.stmts(s.body)
            self.stmts(s.orelse)
        elif kind in ("With", "AsyncWith"):
            for item in s.items:
                item.context_expr = self.expr(item.context_expr)
                item.optional_vars = self.opt(item.optional_vars)
            self.stmts(s.body)
        elif kind == "Raise":
            s.exc = self.opt(s.exc)
            s.cause = self.opt(s.cause)
        elif kind == "Match":
            s.subject = self.expr(s.subject)
            for case in s.cases:
                case.pattern = self.pattern(case.pattern)
                case.guard = self.opt(case.guard)
                self.stmts(case.body)
        elif kind in ("Try", "TryStar"):
            self.stmts(s.body)
            for handler in s.handlers:
                handler.type = self.opt(handler.type)
                self.stmts(handler.body)
            self.stmts(s.orelse)
            self.stmts(s.finalbody)
        elif kind == "Assert":
            s.test = self.expr(s.test)
            s.msg = self.opt(s.msg)
        elif kind == "Expr":
            s.value = self.expr(s.value)

    def arguments(self, a):
        for arg in list(a.posonlyargs) + list(a.args):
            self.arg(arg)
        if a.vararg is not None:
            self.arg(a.vararg)
        for arg in a.kwonlyargs:
            self.arg(arg)
        self.exprs(a.kw_defaults)
        if a.kwarg is not None:
            self.arg(a.kwarg)
        self.exprs(a.defaults)

    def arg(self, arg):
        if not self.future_annotations:
            arg.annotation = self.opt(arg.annotation)

    def pattern(self, p):
        self._enter()
        p = self._pattern(p)
        self.depth -= 1
        return p

    def _pattern(self, p):
        kind = _kind(p)
        if kind == "MatchValue":
            p.value = self.expr(p.value)
        elif kind in ("MatchSequence", "MatchOr"):
            p.patterns = [self.pattern(sub) for sub in p.patterns]
        elif kind == "MatchMapping":
            self.exprs(p.keys)
            p.patterns = [self.pattern(sub) for sub in p.patterns]
        elif kind == "MatchClass":
            p.cls = self.expr(p.cls)
            p.patterns = [self.pattern(sub) for sub in p.patterns]
            p.kwd_patterns = [self.pattern(sub) for sub in p.kwd_patterns]
        elif kind == "MatchAs":
            if p.pattern is not None:
                p.pattern = self.pattern(p.pattern)
        return p

    # --- Expressions ---------------------------------------------------------------

    def expr(self, e):
        self._enter()
        e = self._expr(e)
        self.depth -= 1
        return e

    def _expr(self, e):
        kind = _kind(e)
        if kind == "BoolOp":
            self.exprs(e.values)
        elif kind == "BinOp":
            e.left = self.expr(e.left)
            e.right = self.expr(e.right)
            return self.fold_binop(e)
        elif kind == "UnaryOp":
            e.operand = self.expr(e.operand)
            return self.fold_unaryop(e)
        elif kind == "Lambda":
            self.arguments(e.args)
            e.body = self.expr(e.body)
        elif kind == "IfExp":
            e.test = self.expr(e.test)
            e.body = self.expr(e.body)
            e.orelse = self.expr(e.orelse)
        elif kind == "Dict":
            self.exprs(e.keys)
            self.exprs(e.values)
        elif kind == "Set":
            self.exprs(e.elts)
        elif kind in ("ListComp", "SetComp", "GeneratorExp"):
            e.elt = self.expr(e.elt)
            self.comprehensions(e.generators)
        elif kind == "DictComp":
            e.key = self.expr(e.key)
            e.value = self.expr(e.value)
            self.comprehensions(e.generators)
        elif kind in ("Await", "YieldFrom"):
            e.value = self.expr(e.value)
        elif kind == "Yield":
            e.value = self.opt(e.value)
        elif kind == "Compare":
            e.left = self.expr(e.left)
            self.exprs(e.comparators)
            # fold_compare: `x in [1, 2]` iterates a tuple instead.
            if _kind(e.ops[-1]) in ("In", "NotIn"):
                e.comparators[-1] = self.fold_iter(e.comparators[-1])
        elif kind == "Call":
            e.func = self.expr(e.func)
            self.exprs(e.args)
            for keyword in e.keywords:
                keyword.value = self.expr(keyword.value)
        elif kind == "FormattedValue":
            e.value = self.expr(e.value)
            e.format_spec = self.opt(e.format_spec)
        elif kind == "JoinedStr":
            self.exprs(e.values)
        elif kind == "Attribute":
            e.value = self.expr(e.value)
        elif kind == "Subscript":
            e.value = self.expr(e.value)
            e.slice = self.expr(e.slice)
            return self.fold_subscr(e)
        elif kind == "Starred":
            e.value = self.expr(e.value)
        elif kind == "Slice":
            e.lower = self.opt(e.lower)
            e.upper = self.opt(e.upper)
            e.step = self.opt(e.step)
        elif kind == "List":
            self.exprs(e.elts)
        elif kind == "Tuple":
            self.exprs(e.elts)
            return self.fold_tuple(e)
        elif kind == "Name":
            if _kind(e.ctx) == "Load" and e.id == "__debug__":
                return _constant(e, not self.optimize)
        elif kind == "NamedExpr":
            e.value = self.expr(e.value)
        return e

    def comprehensions(self, generators):
        for generator in generators:
            generator.target = self.expr(generator.target)
            generator.iter = self.expr(generator.iter)
            self.exprs(generator.ifs)
            generator.iter = self.fold_iter(generator.iter)

    # --- The folds -------------------------------------------------------------

    def fold_binop(self, e):
        left, right = e.left, e.right
        if not _is_const(left):
            return e
        op = _kind(e.op)
        if (op == "Mod" and _kind(right) == "Tuple" and isinstance(left.value, str)
                and not any(_kind(elt) == "Starred" for elt in right.elts)):
            return optimize_format(e, left.value, right.elts)
        if not _is_const(right) or op not in BINOPS:
            return e
        try:
            value = _fold(BINOPS[op], left.value, right.value)
        except Unfoldable:
            return e
        return _constant(e, value)

    def fold_unaryop(self, e):
        operand = e.operand
        op = _kind(e.op)
        if not _is_const(operand):
            if op == "Not" and _kind(operand) == "Compare" and len(operand.ops) == 1:
                inverted = INVERTED_COMPARE.get(_kind(operand.ops[0]))
                if inverted:
                    # COPY_NODE: the Compare takes the UnaryOp's place, with
                    # its own position.
                    operand.ops = [_new(operand.ops[0], inverted)]
                    return operand
            return e
        try:
            value = _fold(UNARYOPS[op], operand.value)
        except Unfoldable:
            return e
        return _constant(e, value)

    def fold_tuple(self, e):
        if _kind(e.ctx) != "Load":
            return e
        if all(_is_const(elt) for elt in e.elts):
            return _constant(e, tuple(elt.value for elt in e.elts))
        return e

    def fold_subscr(self, e):
        if (_kind(e.ctx) != "Load" or not _is_const(e.value)
                or not _is_const(e.slice)):
            return e
        try:
            value = _fold(lambda a, b: a[b], e.value.value, e.slice.value)
        except Unfoldable:
            return e
        return _constant(e, value)

    def fold_iter(self, node):
        kind = _kind(node)
        if kind == "List":
            if any(_kind(elt) == "Starred" for elt in node.elts):
                return node
            node = _new(node, "Tuple", elts=node.elts, ctx=node.ctx)
            if all(_is_const(elt) for elt in node.elts):
                return _constant(node, tuple(elt.value for elt in node.elts))
            return node
        if kind == "Set":
            if all(_is_const(elt) for elt in node.elts):
                try:
                    value = frozenset(elt.value for elt in node.elts)
                except TypeError:
                    return node
                return _constant(node, value)
        return node


def _docstring_node(stmts):
    """Counterpart: _PyAST_GetDocString."""
    if not stmts:
        return None
    first = stmts[0]
    if _kind(first) != "Expr":
        return None
    value = first.value
    if _kind(value) == "Constant" and isinstance(value.value, str):
        return value
    return None


# --- "%s" % (x,) -> f"{x!s}" (optimize_format) ----------------------------------

MAXDIGITS = 3


def _parse_literal(fmt, pos):
    start = pos
    has_percents = False
    while pos < len(fmt):
        if fmt[pos] != "%":
            pos += 1
        elif pos + 1 < len(fmt) and fmt[pos + 1] == "%":
            has_percents = True
            pos += 2
        else:
            break
    if pos == start:
        return None, pos
    text = fmt[start:pos]
    if has_percents:
        text = text.replace("%%", "%")
    return text, pos


def _simple_format_arg_parse(fmt, pos):
    """Returns (spec, flags, width, prec, pos), or None when unsupported."""
    flags = ""
    width = prec = -1
    length = len(fmt)

    def nextc(pos):
        if pos >= length:
            raise IndexError
        return fmt[pos], pos + 1

    try:
        while True:
            ch, pos = nextc(pos)
            if ch in "-+ #0":
                flags += ch
                continue
            break
        if "0" <= ch <= "9":
            width = 0
            digits = 0
            while "0" <= ch <= "9":
                width = width * 10 + ord(ch) - 48
                ch, pos = nextc(pos)
                digits += 1
                if digits >= MAXDIGITS:
                    return None
        if ch == ".":
            ch, pos = nextc(pos)
            prec = 0
            if "0" <= ch <= "9":
                digits = 0
                while "0" <= ch <= "9":
                    prec = prec * 10 + ord(ch) - 48
                    ch, pos = nextc(pos)
                    digits += 1
                    if digits >= MAXDIGITS:
                        return None
    except IndexError:
        return None
    return ch, flags, width, prec, pos


def optimize_format(node, fmt, elts):
    values = []
    pos = 0
    count = 0
    while True:
        literal, pos = _parse_literal(fmt, pos)
        if literal is not None:
            values.append(_positionless_constant(node, literal))
        if pos >= len(fmt):
            break
        if count >= len(elts):
            return node                 # more format units than items
        pos += 1                        # the '%'
        parsed = _simple_format_arg_parse(fmt, pos)
        if parsed is None:
            return node
        spec, flags, width, prec, pos = parsed
        arg = elts[count]
        count += 1
        if spec not in "sra" or not spec:
            return node
        spec_text = ""
        if "-" not in flags and width > 0:
            spec_text += ">"
        if width >= 0:
            spec_text += "%d" % width
        if prec >= 0:
            spec_text += ".%d" % prec
        format_spec = None
        if spec_text:
            format_spec = _positionless_constant(node, spec_text)
        values.append(_new(arg, "FormattedValue", value=arg,
                           conversion=ord(spec), format_spec=format_spec))
    if count < len(elts):
        return node                     # more items than format units
    return _new(node, "JoinedStr", values=values)


def optimize(mod, optimize_level=0, features=0, recursion_limit=None):
    """Fold constants in the module AST (in place); returns it."""
    return Optimizer(optimize_level, features, recursion_limit).mod(mod)
