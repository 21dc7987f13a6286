"""The symbol table: which scope every name lives in.

Counterpart: Python/symtable.c (and Lib/symtable.py for the reading API).

Two passes, as in CPython 3.11.  The first walks the AST and records, for
every block (module, class, function, lambda, comprehension, annotation
scope), each name with flags saying how it is used (DEF_LOCAL, USE,
DEF_PARAM, DEF_GLOBAL, ...).  The second (`analyze_block`) decides each
name's scope (LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL) by
passing the sets of names bound and declared global down the tree and the
free names back up.

The compiler reads `SymbolTable.lookup(node)` -> `Entry` and
`Entry.scope_of(name)`.  `symtable(source, filename, mode)` at the bottom
answers as the stdlib `symtable` module does.

Written against AST node class names and fields only (`type(node).__name__`),
so the host's `ast` and Glass's own parser both feed it.
"""
from __future__ import annotations

# Flags of a name in one block (Include/internal/pycore_symtable.h).
DEF_GLOBAL = 1            # global statement
DEF_LOCAL = 2             # assignment in code block
DEF_PARAM = 2 << 1        # formal parameter
DEF_NONLOCAL = 2 << 2     # nonlocal statement
USE = 2 << 3              # name is used
DEF_FREE = 2 << 4         # name used but not defined in nested block
DEF_FREE_CLASS = 2 << 5   # free variable from class's method
DEF_IMPORT = 2 << 6       # assignment occurred via import
DEF_ANNOT = 2 << 7        # this name is annotated
DEF_COMP_ITER = 2 << 8    # this name is a comprehension iteration variable
DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT

# Scopes, stored in the flags above SCOPE_OFFSET.
SCOPE_OFFSET = 11
SCOPE_MASK = DEF_GLOBAL | DEF_LOCAL | DEF_PARAM | DEF_NONLOCAL
LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL = 1, 2, 3, 4, 5

# Block types (_Py_block_ty).
FUNCTION_BLOCK, CLASS_BLOCK, MODULE_BLOCK, ANNOTATION_BLOCK = (
    "function", "class", "module", "annotation")

# Comprehension kinds (_Py_comprehension_ty).
NO_COMPREHENSION, LIST_COMPREHENSION, DICT_COMPREHENSION = 0, 1, 2
SET_COMPREHENSION, GENERATOR_EXPRESSION = 3, 4

CO_FUTURE_ANNOTATIONS = 0x1000000
CO_FUTURE_BARRY_AS_BDFL = 0x400000

_COMPREHENSION_WORD = {
    LIST_COMPREHENSION: "list comprehension",
    DICT_COMPREHENSION: "dict comprehension",
    SET_COMPREHENSION: "set comprehension",
    GENERATOR_EXPRESSION: "generator expression",
}


def mangle(private, name):
    """Counterpart: _Py_Mangle: `__spam` in class `Ham` becomes `_Ham__spam`."""
    if private is None or not name.startswith("__"):
        return name
    if name.endswith("__") or "." in name:
        return name
    stripped = private.lstrip("_")
    if not stripped:
        return name
    return "_" + stripped + name


def _syntax_error(message, filename, node):
    error = SyntaxError(message)
    error.filename = filename
    error.lineno = getattr(node, "lineno", None)
    col = getattr(node, "col_offset", None)
    error.offset = col + 1 if col is not None else None
    error.end_lineno = getattr(node, "end_lineno", None)
    end_col = getattr(node, "end_col_offset", None)
    error.end_offset = end_col + 1 if end_col is not None else None
    from glass.compiler.codegen import program_text
    error.text = program_text(filename, error.lineno) if error.lineno else None
    return error


class Entry:
    """One block's symbols.  Counterpart: PySTEntryObject."""

    def __init__(self, name, block_type, node, lineno, parent):
        self.name = name
        self.type = block_type
        self.node = node
        self.lineno = lineno
        self.symbols = {}            # name -> flags (scope in the high bits)
        self.varnames = []           # parameters, in order
        self.children = []
        self.directives = []
        self.nested = parent is not None and (
            parent.nested or parent.type == FUNCTION_BLOCK)
        self.generator = False
        self.coroutine = False
        self.comprehension = NO_COMPREHENSION
        self.varargs = False
        self.varkeywords = False
        self.returns_value = False
        self.needs_class_closure = False
        self.free = False            # this block has free variables
        self.child_free = False      # a child block has free variables
        self.comp_iter_target = False
        self.comp_iter_expr = 0

    def scope_of(self, name):
        """Counterpart: _PyST_GetScope."""
        return (self.symbols.get(name, 0) >> SCOPE_OFFSET) & 7

    def __repr__(self):
        return "<Entry %s %s line %s>" % (self.type, self.name, self.lineno)


class SymbolTable:
    """Counterpart: struct symtable and _PySymtable_Build."""

    def __init__(self, filename, future_features=0):
        self.filename = filename
        self.future = future_features
        self.blocks = {}             # id(node) -> Entry
        self.stack = []
        self.cur = None
        self.top = None
        self.private = None
        self._keep = []              # keeps keyed nodes alive (ids stay unique)

    # --- Building ---------------------------------------------------------

    def build(self, mod):
        self.enter_block("top", MODULE_BLOCK, mod, 0)
        self.top = self.cur
        kind = type(mod).__name__
        if kind in ("Module", "Interactive"):
            for stmt in mod.body:
                self.visit_stmt(stmt)
        elif kind == "Expression":
            self.visit_expr(mod.body)
        self.exit_block()
        self.analyze()
        return self

    def lookup(self, node):
        return self.blocks[id(node)]

    def enter_block(self, name, block_type, node, lineno):
        entry = Entry(name, block_type, node, lineno, self.cur)
        self.blocks[id(node)] = entry
        self._keep.append(node)
        if self.cur is not None:
            self.cur.children.append(entry)
            self.stack.append(self.cur)
            # A block inside a comprehension's iterable (a lambda there) is
            # in it too: its walrus is refused as well.
            entry.comp_iter_expr = self.cur.comp_iter_expr
        self.cur = entry
        return entry

    def exit_block(self):
        self.cur = self.stack.pop() if self.stack else None

    def exit_annotation_block(self):
        """Leave a `from __future__ import annotations` annotation block:
        it was entered for its checks only (no yield, await or walrus in
        an annotation that is never evaluated), so 3.11 keeps it out of
        its parent's children, and the names it uses bind nothing."""
        entry = self.cur
        self.exit_block()
        self.cur.children.remove(entry)

    def error(self, message, node):
        return _syntax_error(message, self.filename, node)

    def add_def(self, name, flag, node, entry=None):
        """Counterpart: symtable_add_def_helper."""
        entry = entry or self.cur
        mangled = mangle(self.private, name)
        old = entry.symbols.get(mangled)
        if old is not None:
            if flag & DEF_PARAM and old & DEF_PARAM:
                raise self.error(
                    "duplicate argument '%s' in function definition" % name, node)
            value = old | flag
        else:
            value = flag
        if entry.comp_iter_target:
            if value & (DEF_GLOBAL | DEF_NONLOCAL):
                raise self.error(
                    "comprehension inner loop cannot rebind assignment "
                    "expression target '%s'" % name, node)
            value |= DEF_COMP_ITER
        entry.symbols[mangled] = value
        if flag & DEF_PARAM:
            entry.varnames.append(mangled)
        elif flag & DEF_GLOBAL:
            # Counterpart: the st_global update: a global statement anywhere
            # also marks the name in the module's own table.
            self.top.symbols[mangled] = self.top.symbols.get(mangled, 0) | flag

    def lookup_flags(self, name):
        return self.cur.symbols.get(mangle(self.private, name), 0)

    # --- Statements (symtable_visit_stmt) -------------------------------------

    def visit_stmts(self, stmts):
        for stmt in stmts:
            self.visit_stmt(stmt)

    def visit_exprs(self, exprs):
        for expr in exprs:
            if expr is not None:
                self.visit_expr(expr)

    def visit_stmt(self, s):
        kind = type(s).__name__
        getattr(self, "stmt_" + kind)(s)

    def stmt_FunctionDef(self, s, is_async=False):
        self.add_def(s.name, DEF_LOCAL, s)
        self.visit_exprs(s.args.defaults)
        self.visit_exprs(s.args.kw_defaults)
        self.visit_annotations(s, s.args, s.returns)
        self.visit_exprs(s.decorator_list)
        entry = self.enter_block(s.name, FUNCTION_BLOCK, s, s.lineno)
        if is_async:
            entry.coroutine = True
        self.visit_arguments(s.args)
        self.visit_stmts(s.body)
        self.exit_block()

    def stmt_AsyncFunctionDef(self, s):
        self.stmt_FunctionDef(s, True)

    def stmt_ClassDef(self, s):
        self.add_def(s.name, DEF_LOCAL, s)
        self.visit_exprs(s.bases)
        for keyword in s.keywords:
            self.visit_expr(keyword.value)
        self.visit_exprs(s.decorator_list)
        self.enter_block(s.name, CLASS_BLOCK, s, s.lineno)
        saved, self.private = self.private, s.name
        self.visit_stmts(s.body)
        self.private = saved
        self.exit_block()

    def stmt_Return(self, s):
        if s.value is not None:
            self.visit_expr(s.value)
            self.cur.returns_value = True

    def stmt_Delete(self, s):
        self.visit_exprs(s.targets)

    def stmt_Assign(self, s):
        self.visit_exprs(s.targets)
        self.visit_expr(s.value)

    def stmt_AugAssign(self, s):
        self.visit_expr(s.target)
        self.visit_expr(s.value)

    def stmt_AnnAssign(self, s):
        target = s.target
        if type(target).__name__ == "Name":
            current = self.lookup_flags(target.id)
            if (current & (DEF_GLOBAL | DEF_NONLOCAL)
                    and self.cur is not self.top and s.simple):
                raise self.error(
                    "annotated name '%s' can't be %s" % (
                        target.id,
                        "global" if current & DEF_GLOBAL else "nonlocal"), s)
            if s.simple:
                self.add_def(target.id, DEF_ANNOT | DEF_LOCAL, target)
            elif s.value is not None:
                self.add_def(target.id, DEF_LOCAL, target)
        else:
            self.visit_expr(target)
        self.visit_annotation(s.annotation)
        if s.value is not None:
            self.visit_expr(s.value)

    def stmt_For(self, s):
        self.visit_expr(s.target)
        self.visit_expr(s.iter)
        self.visit_stmts(s.body)
        self.visit_stmts(s.orelse)

    stmt_AsyncFor = stmt_For

    def stmt_While(self, s):
        self.visit_expr(s.test)
        self.visit_stmts(s.body)
        self.visit_stmts(s.orelse)

    def stmt_If(self, s):
        self.visit_expr(s.test)
        self.visit_stmts(s.body)
        self.visit_stmts(s.orelse)

    def stmt_Match(self, s):
        self.visit_expr(s.subject)
        for case in s.cases:
            self.visit_pattern(case.pattern)
            if case.guard is not None:
                self.visit_expr(case.guard)
            self.visit_stmts(case.body)

    def stmt_Raise(self, s):
        if s.exc is not None:
            self.visit_expr(s.exc)
            if s.cause is not None:
                self.visit_expr(s.cause)

    def stmt_Try(self, s):
        self.visit_stmts(s.body)
        self.visit_stmts(s.orelse)
        for handler in s.handlers:
            if handler.type is not None:
                self.visit_expr(handler.type)
            if handler.name:
                self.add_def(handler.name, DEF_LOCAL, handler)
            self.visit_stmts(handler.body)
        self.visit_stmts(s.finalbody)

    stmt_TryStar = stmt_Try

    def stmt_Assert(self, s):
        self.visit_expr(s.test)
        if s.msg is not None:
            self.visit_expr(s.msg)

    def stmt_Import(self, s):
        for alias in s.names:
            self.visit_alias(alias, s)

    stmt_ImportFrom = stmt_Import

    def stmt_Global(self, s):
        for name in s.names:
            current = self.lookup_flags(name)
            if current & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT):
                if current & DEF_PARAM:
                    message = "name '%s' is parameter and global"
                elif current & USE:
                    message = "name '%s' is used prior to global declaration"
                elif current & DEF_ANNOT:
                    message = "annotated name '%s' can't be global"
                else:
                    message = "name '%s' is assigned to before global declaration"
                raise self.error(message % name, s)
            self.add_def(name, DEF_GLOBAL, s)
            self.cur.directives.append((name, s))

    def stmt_Nonlocal(self, s):
        for name in s.names:
            current = self.lookup_flags(name)
            if current & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT):
                if current & DEF_PARAM:
                    message = "name '%s' is parameter and nonlocal"
                elif current & USE:
                    message = "name '%s' is used prior to nonlocal declaration"
                elif current & DEF_ANNOT:
                    message = "annotated name '%s' can't be nonlocal"
                else:
                    message = "name '%s' is assigned to before nonlocal declaration"
                raise self.error(message % name, s)
            self.add_def(name, DEF_NONLOCAL, s)
            self.cur.directives.append((name, s))

    def stmt_Expr(self, s):
        self.visit_expr(s.value)

    def stmt_Pass(self, s):
        pass

    stmt_Break = stmt_Continue = stmt_Pass

    def stmt_With(self, s):
        for item in s.items:
            self.visit_expr(item.context_expr)
            if item.optional_vars is not None:
                self.visit_expr(item.optional_vars)
        self.visit_stmts(s.body)

    stmt_AsyncWith = stmt_With

    # --- Expressions (symtable_visit_expr) ----------------------------------------

    def visit_expr(self, e):
        getattr(self, "expr_" + type(e).__name__)(e)

    def expr_NamedExpr(self, e):
        self.raise_if_annotation_block("named expression", e)
        if self.cur.comp_iter_expr > 0:
            raise self.error("assignment expression cannot be used in a "
                             "comprehension iterable expression", e)
        if self.cur.comprehension:
            self.extend_namedexpr_scope(e.target)
        self.visit_expr(e.value)
        self.visit_expr(e.target)

    def extend_namedexpr_scope(self, target):
        """Counterpart: symtable_extend_namedexpr_scope: the walrus target
        of a comprehension binds in the nearest enclosing non-comprehension."""
        name = target.id
        for entry in reversed(self.stack + [self.cur]):
            if entry.comprehension:
                if entry.symbols.get(name, 0) & DEF_COMP_ITER:
                    raise self.error(
                        "assignment expression cannot rebind comprehension "
                        "iteration variable '%s'" % name, target)
                continue
            if entry.type == FUNCTION_BLOCK:
                flags = entry.symbols.get(name, 0)
                if flags & DEF_GLOBAL:
                    self.add_def(name, DEF_GLOBAL, target)
                else:
                    self.add_def(name, DEF_NONLOCAL, target)
                self.add_def(name, DEF_LOCAL, target, entry)
                return
            if entry.type == MODULE_BLOCK:
                self.add_def(name, DEF_GLOBAL, target)
                self.add_def(name, DEF_GLOBAL, target, entry)
                return
            if entry.type == CLASS_BLOCK:
                raise self.error("assignment expression within a comprehension "
                                 "cannot be used in a class body", target)
        raise self.error("assignment expression within a comprehension "
                         "cannot be used in a class body", target)

    def expr_BoolOp(self, e):
        self.visit_exprs(e.values)

    def expr_BinOp(self, e):
        self.visit_expr(e.left)
        self.visit_expr(e.right)

    def expr_UnaryOp(self, e):
        self.visit_expr(e.operand)

    def expr_Lambda(self, e):
        self.visit_exprs(e.args.defaults)
        self.visit_exprs(e.args.kw_defaults)
        self.enter_block("lambda", FUNCTION_BLOCK, e, e.lineno)
        self.visit_arguments(e.args)
        self.visit_expr(e.body)
        self.exit_block()

    def expr_IfExp(self, e):
        self.visit_expr(e.test)
        self.visit_expr(e.body)
        self.visit_expr(e.orelse)

    def expr_Dict(self, e):
        self.visit_exprs(e.keys)
        self.visit_exprs(e.values)

    def expr_Set(self, e):
        self.visit_exprs(e.elts)

    def expr_GeneratorExp(self, e):
        self.handle_comprehension(e, "genexpr", GENERATOR_EXPRESSION, e.elt, None)

    def expr_ListComp(self, e):
        self.handle_comprehension(e, "listcomp", LIST_COMPREHENSION, e.elt, None)

    def expr_SetComp(self, e):
        self.handle_comprehension(e, "setcomp", SET_COMPREHENSION, e.elt, None)

    def expr_DictComp(self, e):
        self.handle_comprehension(e, "dictcomp", DICT_COMPREHENSION, e.key, e.value)

    def handle_comprehension(self, e, name, kind, elt, value):
        """Counterpart: symtable_handle_comprehension: in 3.11 every
        comprehension is its own function scope; the outermost iterable is
        evaluated outside and passed in as the implicit parameter `.0`."""
        generators = e.generators
        outermost = generators[0]
        self.cur.comp_iter_expr += 1
        self.visit_expr(outermost.iter)
        self.cur.comp_iter_expr -= 1
        entry = self.enter_block(name, FUNCTION_BLOCK, e, e.lineno)
        entry.comprehension = kind
        if outermost.is_async:
            entry.coroutine = True
        self.add_def(".0", DEF_PARAM, e)          # symtable_implicit_arg(st, 0)
        entry.comp_iter_target = True
        self.visit_expr(outermost.target)
        entry.comp_iter_target = False
        self.visit_exprs(outermost.ifs)
        for generator in generators[1:]:
            entry.comp_iter_target = True
            self.visit_expr(generator.target)
            entry.comp_iter_target = False
            entry.comp_iter_expr += 1
            self.visit_expr(generator.iter)
            entry.comp_iter_expr -= 1
            self.visit_exprs(generator.ifs)
            if generator.is_async:
                entry.coroutine = True
        if value is not None:
            self.visit_expr(value)
        self.visit_expr(elt)
        is_generator = kind == GENERATOR_EXPRESSION
        entry.generator = is_generator
        is_async = entry.coroutine and not is_generator
        self.exit_block()
        if is_async:
            self.cur.coroutine = True

    def raise_if_annotation_block(self, what, e):
        if self.cur.type == ANNOTATION_BLOCK:
            raise self.error("'%s' can not be used within an annotation" % what, e)

    def expr_Yield(self, e):
        self.raise_if_annotation_block("yield expression", e)
        if e.value is not None:
            self.visit_expr(e.value)
        self.cur.generator = True
        if self.cur.comprehension:
            self.raise_comprehension_yield(e)

    def expr_YieldFrom(self, e):
        self.raise_if_annotation_block("yield expression", e)
        self.visit_expr(e.value)
        self.cur.generator = True
        if self.cur.comprehension:
            self.raise_comprehension_yield(e)

    def raise_comprehension_yield(self, e):
        raise self.error("'yield' inside %s"
                         % _COMPREHENSION_WORD[self.cur.comprehension], e)

    def expr_Await(self, e):
        self.raise_if_annotation_block("await expression", e)
        self.visit_expr(e.value)
        self.cur.coroutine = True

    def expr_Compare(self, e):
        self.visit_expr(e.left)
        self.visit_exprs(e.comparators)

    def expr_Call(self, e):
        self.visit_expr(e.func)
        self.visit_exprs(e.args)
        for keyword in e.keywords:
            self.visit_expr(keyword.value)

    def expr_FormattedValue(self, e):
        self.visit_expr(e.value)
        if e.format_spec is not None:
            self.visit_expr(e.format_spec)

    def expr_JoinedStr(self, e):
        self.visit_exprs(e.values)

    def expr_Constant(self, e):
        pass

    def expr_Attribute(self, e):
        self.visit_expr(e.value)

    def expr_Subscript(self, e):
        self.visit_expr(e.value)
        self.visit_expr(e.slice)

    def expr_Starred(self, e):
        self.visit_expr(e.value)

    def expr_Slice(self, e):
        for part in (e.lower, e.upper, e.step):
            if part is not None:
                self.visit_expr(part)

    def expr_Name(self, e):
        is_load = type(e.ctx).__name__ == "Load"
        self.add_def(e.id, USE if is_load else DEF_LOCAL, e)
        # Special-case super: it counts as a use of __class__.
        if is_load and self.cur.type == FUNCTION_BLOCK and e.id == "super":
            self.add_def("__class__", USE, e)

    def expr_List(self, e):
        self.visit_exprs(e.elts)

    expr_Tuple = expr_List

    # --- Patterns, arguments, annotations, aliases --------------------------

    def visit_pattern(self, p):
        kind = type(p).__name__
        if kind == "MatchValue":
            self.visit_expr(p.value)
        elif kind == "MatchSequence":
            for sub in p.patterns:
                self.visit_pattern(sub)
        elif kind == "MatchStar":
            if p.name:
                self.add_def(p.name, DEF_LOCAL, p)
        elif kind == "MatchMapping":
            self.visit_exprs(p.keys)
            for sub in p.patterns:
                self.visit_pattern(sub)
            if p.rest:
                self.add_def(p.rest, DEF_LOCAL, p)
        elif kind == "MatchClass":
            self.visit_expr(p.cls)
            for sub in p.patterns:
                self.visit_pattern(sub)
            for sub in p.kwd_patterns:
                self.visit_pattern(sub)
        elif kind == "MatchAs":
            if p.pattern is not None:
                self.visit_pattern(p.pattern)
            if p.name:
                self.add_def(p.name, DEF_LOCAL, p)
        elif kind == "MatchOr":
            for sub in p.patterns:
                self.visit_pattern(sub)

    def visit_arguments(self, a):
        for arg in list(a.posonlyargs) + list(a.args) + list(a.kwonlyargs):
            self.add_def(arg.arg, DEF_PARAM, arg)
        if a.vararg is not None:
            self.add_def(a.vararg.arg, DEF_PARAM, a.vararg)
            self.cur.varargs = True
        if a.kwarg is not None:
            self.add_def(a.kwarg.arg, DEF_PARAM, a.kwarg)
            self.cur.varkeywords = True

    def visit_annotation(self, annotation):
        future = self.future & CO_FUTURE_ANNOTATIONS
        if future:
            self.enter_block("_annotation", ANNOTATION_BLOCK, annotation,
                             annotation.lineno)
        self.visit_expr(annotation)
        if future:
            self.exit_annotation_block()

    def visit_annotations(self, s, a, returns):
        future = self.future & CO_FUTURE_ANNOTATIONS
        if future:
            self.enter_block("_annotation", ANNOTATION_BLOCK, a, s.lineno)
        for arg in list(a.posonlyargs) + list(a.args):
            if arg.annotation is not None:
                self.visit_expr(arg.annotation)
        if a.vararg is not None and a.vararg.annotation is not None:
            self.visit_expr(a.vararg.annotation)
        if a.kwarg is not None and a.kwarg.annotation is not None:
            self.visit_expr(a.kwarg.annotation)
        for arg in a.kwonlyargs:
            if arg.annotation is not None:
                self.visit_expr(arg.annotation)
        if future:
            self.exit_annotation_block()
        if returns is not None:
            self.visit_annotation(returns)

    def visit_alias(self, alias, stmt):
        """Counterpart: symtable_visit_alias: `import a.b` binds `a`."""
        name = alias.asname or alias.name
        if name == "*":
            if self.cur.type != MODULE_BLOCK:
                # Located at the alias (the `*`), as symtable_visit_alias does.
                raise self.error("import * only allowed at module level", alias)
            return
        self.add_def(name.split(".")[0], DEF_IMPORT, alias)

    # --- Analysis (analyze_block and friends) --------------------------------

    def analyze(self):
        self.analyze_block(self.top, None, set(), set())

    def analyze_block(self, entry, bound, free, global_):
        local = set()
        scopes = {}
        newglobal = set()
        newfree = set()
        newbound = set()
        # Class bindings are not visible in methods, so a class passes its
        # parents' sets down before looking at its own names.
        if entry.type == CLASS_BLOCK:
            newglobal |= global_
            if bound is not None:
                newbound |= bound
        for name, flags in entry.symbols.items():
            self.analyze_name(entry, scopes, name, flags, bound, local, free,
                              global_)
        if entry.type != CLASS_BLOCK:
            if entry.type == FUNCTION_BLOCK:
                newbound |= local
            if bound is not None:
                newbound |= bound
            newglobal |= global_
        else:
            newbound.add("__class__")
        allfree = set()
        for child in entry.children:
            child_free = set(newfree)
            self.analyze_block(child, set(newbound), child_free, set(newglobal))
            allfree |= child_free
            if child.free or child.child_free:
                entry.child_free = True
        newfree |= allfree
        if entry.type == FUNCTION_BLOCK:
            # analyze_cells: a local that a child needs becomes a cell.
            for name, scope in scopes.items():
                if scope == LOCAL and name in newfree:
                    scopes[name] = CELL
                    newfree.discard(name)
        elif entry.type == CLASS_BLOCK:
            # drop_class_free: __class__ is the class's own implicit cell.
            if "__class__" in newfree:
                newfree.discard("__class__")
                entry.needs_class_closure = True
        self.update_symbols(entry, scopes, bound, newfree,
                            entry.type == CLASS_BLOCK)
        free |= newfree

    def analyze_name(self, entry, scopes, name, flags, bound, local, free,
                     global_):
        if flags & DEF_GLOBAL:
            if flags & DEF_NONLOCAL:
                raise self.error("name '%s' is nonlocal and global" % name,
                                 self._directive(entry, name))
            scopes[name] = GLOBAL_EXPLICIT
            global_.add(name)
            if bound is not None:
                bound.discard(name)
            return
        if flags & DEF_NONLOCAL:
            if bound is None:
                raise self.error("nonlocal declaration not allowed at module "
                                 "level", self._directive(entry, name))
            if name not in bound:
                raise self.error("no binding for nonlocal '%s' found" % name,
                                 self._directive(entry, name))
            scopes[name] = FREE
            entry.free = True
            free.add(name)
            return
        if flags & DEF_BOUND:
            scopes[name] = LOCAL
            local.add(name)
            global_.discard(name)
            return
        if bound is not None and name in bound:
            scopes[name] = FREE
            entry.free = True
            free.add(name)
            return
        if global_ is not None and name in global_:
            scopes[name] = GLOBAL_IMPLICIT
            return
        if entry.nested:
            entry.free = True
        scopes[name] = GLOBAL_IMPLICIT

    @staticmethod
    def _directive(entry, name):
        for directive_name, node in entry.directives:
            if directive_name == name:
                return node
        return entry.node

    @staticmethod
    def update_symbols(entry, scopes, bound, free, classflag):
        symbols = entry.symbols
        for name in list(symbols):
            symbols[name] |= scopes[name] << SCOPE_OFFSET
        for name in free:
            flags = symbols.get(name)
            if flags is not None:
                # A method's free variable that is also bound in the class.
                if classflag and flags & (DEF_BOUND | DEF_GLOBAL):
                    symbols[name] = flags | DEF_FREE_CLASS
                continue
            if bound is not None and name not in bound:
                continue                 # it is a global
            symbols[name] = FREE << SCOPE_OFFSET


# Counterpart: the features Python/future.c knows (the first seven are
# mandatory in Python 3 and set no flag).
FUTURE_FLAGS = {"nested_scopes": 0, "generators": 0, "division": 0,
                "absolute_import": 0, "with_statement": 0, "print_function": 0,
                "unicode_literals": 0, "generator_stop": 0,
                "barry_as_FLUFL": CO_FUTURE_BARRY_AS_BDFL, "annotations": CO_FUTURE_ANNOTATIONS}


def future_features(mod, filename=None):
    """Counterpart: Python/future.c (_PyFuture_FromAST): the CO_FUTURE_*
    flags a module asks for, and the line of the last `from __future__
    import` (ff_lineno).  With a filename, its SyntaxErrors are raised: an
    unknown feature, `braces`, or a future import after other statements on
    the line of an earlier one."""
    features = 0
    lineno = -1
    body = getattr(mod, "body", None)
    if not isinstance(body, list) or type(mod).__name__ not in ("Module", "Interactive"):
        return features, lineno
    done = False
    prev_line = 0
    for index, stmt in enumerate(body):
        kind = type(stmt).__name__
        if kind == "Expr" and index == 0 and type(stmt.value).__name__ == "Constant" \
                and isinstance(stmt.value.value, str) and type(mod).__name__ == "Module":
            continue                                  # the docstring
        if done and stmt.lineno > prev_line:
            break
        prev_line = stmt.lineno
        if kind == "ImportFrom" and stmt.module == "__future__":
            if done:
                _future_error(filename, stmt, "from __future__ imports must occur at "
                                              "the beginning of the file", 0)
                break
            for alias in stmt.names:
                if alias.name in FUTURE_FLAGS:
                    features |= FUTURE_FLAGS[alias.name]
                elif alias.name == "braces":
                    _future_error(filename, stmt, "not a chance")
                else:
                    _future_error(filename, stmt, "future feature %s is not defined"
                                  % alias.name[:100])
            lineno = stmt.lineno
        else:
            done = True
    return features, lineno


def _future_error(filename, stmt, message, one=1):
    """PyErr_SyntaxLocationObject(filename, lineno, col_offset + 1) (future.c
    gives the late-import error the bare col_offset)."""
    if filename is None:
        return
    error = SyntaxError(message)
    error.filename = filename
    error.lineno = error.end_lineno = stmt.lineno
    error.offset = stmt.col_offset + one
    error.end_offset = None
    error.text = None
    raise error


def build_symtable(mod, filename, future=0):
    """Build and analyze the symbol table of an AST module."""
    return SymbolTable(filename, future).build(mod)


# --- The stdlib `symtable` module's API (Lib/symtable.py) -------------------------

class Symbol:
    def __init__(self, name, flags, namespaces=None, module_scope=False):
        self._name = name
        self._flags = flags
        self._scope = (flags >> SCOPE_OFFSET) & 7
        self._namespaces = namespaces or ()
        self._module_scope = module_scope

    def __repr__(self):
        return "<symbol %r>" % self._name

    def get_name(self):
        return self._name

    def is_referenced(self):
        return bool(self._flags & USE)

    def is_parameter(self):
        return bool(self._flags & DEF_PARAM)

    def is_global(self):
        return bool(self._scope in (GLOBAL_IMPLICIT, GLOBAL_EXPLICIT)
                    or (self._module_scope and self._flags & DEF_BOUND))

    def is_nonlocal(self):
        return bool(self._flags & DEF_NONLOCAL)

    def is_declared_global(self):
        return bool(self._scope == GLOBAL_EXPLICIT)

    def is_local(self):
        return bool(self._scope in (LOCAL, CELL)
                    or (self._module_scope and self._flags & DEF_BOUND))

    def is_annotated(self):
        return bool(self._flags & DEF_ANNOT)

    def is_free(self):
        return bool(self._scope == FREE)

    def is_imported(self):
        return bool(self._flags & DEF_IMPORT)

    def is_assigned(self):
        return bool(self._flags & DEF_LOCAL)

    def is_namespace(self):
        return bool(self._namespaces)

    def get_namespaces(self):
        return self._namespaces

    def get_namespace(self):
        if len(self._namespaces) != 1:
            raise ValueError("name is bound to multiple namespaces")
        return self._namespaces[0]


class Table:
    """Counterpart: symtable.SymbolTable (and Function, Class)."""

    def __init__(self, entry, filename):
        self._entry = entry
        self._filename = filename
        self._symbols = {}

    def __repr__(self):
        kind = "" if type(self) is Table else type(self).__name__ + " "
        if self._entry.type == MODULE_BLOCK:
            return "<%sSymbolTable for module %s>" % (kind, self._filename)
        return "<%sSymbolTable for %s in %s>" % (kind, self._entry.name,
                                                 self._filename)

    def get_type(self):
        return self._entry.type

    def get_id(self):
        return id(self._entry)

    def get_name(self):
        return self._entry.name

    def get_lineno(self):
        return self._entry.lineno

    def is_optimized(self):
        return bool(self._entry.type == FUNCTION_BLOCK)

    def is_nested(self):
        return bool(self._entry.nested)

    def has_children(self):
        return bool(self._entry.children)

    def get_identifiers(self):
        return self._entry.symbols.keys()

    def lookup(self, name):
        symbol = self._symbols.get(name)
        if symbol is None:
            flags = self._entry.symbols[name]
            namespaces = [_table(child, self._filename)
                          for child in self._entry.children
                          if child.name == name]
            symbol = self._symbols[name] = Symbol(
                name, flags, namespaces,
                module_scope=(self._entry.type == MODULE_BLOCK))
        return symbol

    def get_symbols(self):
        return [self.lookup(name) for name in self.get_identifiers()]

    def get_children(self):
        return [_table(child, self._filename) for child in self._entry.children]


class Function(Table):
    def _names(self, test):
        return tuple(name for name in self.get_identifiers()
                     if test(self._entry.symbols[name]))

    def get_parameters(self):
        return tuple(self._entry.varnames)

    def get_locals(self):
        return self._names(lambda f: ((f >> SCOPE_OFFSET) & 7) in (LOCAL, CELL))

    def get_globals(self):
        return self._names(lambda f: ((f >> SCOPE_OFFSET) & 7) in (
            GLOBAL_IMPLICIT, GLOBAL_EXPLICIT))

    def get_nonlocals(self):
        return self._names(lambda f: f & DEF_NONLOCAL)

    def get_frees(self):
        return self._names(lambda f: ((f >> SCOPE_OFFSET) & 7) == FREE)


class Class(Table):
    def get_methods(self):
        return tuple(child.name for child in self._entry.children
                     if child.type == FUNCTION_BLOCK)


def _table(entry, filename):
    if entry.type == FUNCTION_BLOCK:
        return Function(entry, filename)
    if entry.type == CLASS_BLOCK:
        return Class(entry, filename)
    return Table(entry, filename)


def parse_with_host(source, filename, mode):
    """The one place that borrows the host's parser (until glass.parser feeds us)."""
    import ast
    return ast.parse(source, filename, mode)


def symtable(source, filename, mode="exec"):
    """Answer as the stdlib's symtable.symtable(code, filename, compile_type)."""
    mod = parse_with_host(source, filename, mode)
    future, _ = future_features(mod)
    table = build_symtable(mod, filename, future)
    return _table(table.top, filename)
