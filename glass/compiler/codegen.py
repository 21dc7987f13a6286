"""Code generation: the AST becomes instructions in basic blocks.

Counterpart: Python/compile.c of CPython 3.11 (compiler_visit_stmt,
compiler_visit_expr and their helpers); the flow-graph passes and the
assembler are in flowgraph.py and assembler.py.

The emitter reads like the bytecode it emits:

    self.emit("LOAD_FAST", i)
    self.emit_jump("POP_JUMP_IF_FALSE", orelse)
    self.use_next_block(orelse)

Locations follow CPython's rules exactly, because the line table is part of
the code object: each statement sets the location (SET_LOC), each expression
sets it for its own instructions and restores it afterwards, and artificial
instructions get NO_LOCATION (UNSET_LOC) so that a later pass fills them in.

The compiler reads nodes by class name and fields only, so the host's `ast`
and Glass's own parser (same classes, same fields) both feed it.
"""
from __future__ import annotations

import math

from glass.bytecode.code import Code
from glass.compiler import assembler
from glass.compiler.flowgraph import Block, Instr, NO_LOCATION, NO_FALLTHROUGH, JUMPS
from glass.compiler.patterns import MatchCompiler
from glass.compiler.symtable import (
    CELL, DEF_FREE_CLASS, DEF_IMPORT, FREE, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, LOCAL,
    SCOPE_OFFSET, mangle)

# Scope types of a compiler unit (COMPILER_SCOPE_*).
SCOPE_MODULE, SCOPE_CLASS, SCOPE_FUNCTION = "module", "class", "function"
SCOPE_ASYNC_FUNCTION, SCOPE_LAMBDA, SCOPE_COMPREHENSION = (
    "async function", "lambda", "comprehension")

# Frame block types (enum fblocktype).
WHILE_LOOP, FOR_LOOP, TRY_EXCEPT, FINALLY_TRY, FINALLY_END = (
    "while", "for", "try-except", "finally-try", "finally-end")
WITH, ASYNC_WITH, HANDLER_CLEANUP, POP_VALUE = (
    "with", "async with", "handler cleanup", "pop value")
EXCEPTION_HANDLER, EXCEPTION_GROUP_HANDLER = "handler", "group handler"
ASYNC_COMPREHENSION_GENERATOR = "async comprehension"

CO_MAXBLOCKS = 20
# The instructions after which code generation starts a new basic block.
ENDS_BLOCK = JUMPS | NO_FALLTHROUGH | frozenset(("RAISE_VARARGS", "RERAISE"))
STACK_USE_GUIDELINE = 30
CO_FUTURE_ANNOTATIONS = 0x1000000
PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000

COMP_GENEXP, COMP_LISTCOMP, COMP_SETCOMP, COMP_DICTCOMP = range(4)

BINOP_ARG = {
    "Add": 0, "BitAnd": 1, "FloorDiv": 2, "LShift": 3, "MatMult": 4,
    "Mult": 5, "Mod": 6, "BitOr": 7, "Pow": 8, "RShift": 9, "Sub": 10,
    "Div": 11, "BitXor": 12,
}
INPLACE_OFFSET = 13            # NB_INPLACE_ADD - NB_ADD

UNARY_OP = {"Invert": "UNARY_INVERT", "Not": "UNARY_NOT",
            "UAdd": "UNARY_POSITIVE", "USub": "UNARY_NEGATIVE"}

COMPARE_OP = {"Lt": 0, "LtE": 1, "Eq": 2, "NotEq": 3, "Gt": 4, "GtE": 5}


def _kind(node):
    return type(node).__name__


def _loc(node):
    return (node.lineno, node.end_lineno, node.col_offset, node.end_col_offset)


def get_docstring(body):
    """Counterpart: _PyAST_GetDocString."""
    if not body:
        return None
    first = body[0]
    if _kind(first) != "Expr":
        return None
    value = first.value
    if _kind(value) == "Constant" and isinstance(value.value, str):
        return value.value
    return None


def find_ann(stmts):
    """Does the body (not nested scopes) hold an annotated assignment?"""
    for st in stmts:
        kind = _kind(st)
        if kind == "AnnAssign":
            return True
        if kind in ("For", "AsyncFor", "While", "If"):
            if find_ann(st.body) or find_ann(st.orelse):
                return True
        elif kind in ("With", "AsyncWith"):
            if find_ann(st.body):
                return True
        elif kind in ("Try", "TryStar"):
            for handler in st.handlers:
                if find_ann(handler.body):
                    return True
            if find_ann(st.body) or find_ann(st.finalbody) or find_ann(st.orelse):
                return True
    return False


def const_key(value):
    """Counterpart: _PyCode_ConstantKey: 1, 1.0 and True are different
    constants, and so are 0.0 and -0.0; a NaN equals itself."""
    kind = type(value)
    if kind is float:
        if value != value:
            return (kind, "nan", id(value))   # a NaN equals only itself
        return (kind, value, math.copysign(1.0, value))
    if kind is complex:
        if value != value:
            return (kind, "nan", id(value))
        return (kind, const_key(value.real), const_key(value.imag))
    if kind is tuple:
        return (kind, tuple(const_key(item) for item in value))
    if kind is frozenset:
        return (kind, frozenset(const_key(item) for item in value))
    if kind is Code:
        # Equal code objects are one constant (code_richcompare), as when
        # a `while` test holding a lambda is compiled twice.  A code
        # object's key holds its nested ones' keys: each is made once, or
        # 1,000 nested lambdas would take a million steps.
        cached = _CODE_KEYS.get(id(value))
        if cached is not None and cached[0] is value:
            return cached[1]
        key = (kind, value.co_name, value.co_qualname, value.co_argcount,
               value.co_posonlyargcount, value.co_kwonlyargcount,
               value.co_flags, value.co_firstlineno, value.co_code,
               const_key(value.co_consts), value.co_names,
               value.co_localsplusnames, value.co_linetable,
               value.co_exceptiontable)
        _CODE_KEYS[id(value)] = (value, key)
        return key
    return (kind, value)


# id(code) -> (code, its const_key), for the compilations under way (the
# code object is kept so that its id is not reused meanwhile).
_CODE_KEYS = {}
_compilations = [0]


class ConstTable:
    """co_consts under construction: each value once, by const_key."""
    __slots__ = ("values", "keys")

    def __init__(self):
        self.values = []
        self.keys = {}

    def add(self, value, key=None):
        key = const_key(value) if key is None else key
        index = self.keys.get(key)
        if index is None:
            index = self.keys[key] = len(self.values)
            self.values.append(value)
        return index


def _dict_by_type(symbols, scope, flag, offset):
    """Counterpart: dictbytype: the names of one scope, sorted, numbered."""
    names = sorted(name for name, flags in symbols.items()
                   if ((flags >> SCOPE_OFFSET) & 7) == scope or flags & flag)
    return {name: offset + i for i, name in enumerate(names)}


class Unit:
    """Counterpart: struct compiler_unit: one code object being built."""

    def __init__(self, ste, name, scope_type, firstlineno, filename):
        self.ste = ste
        self.name = name
        self.qualname = None
        self.scope_type = scope_type
        self.filename = filename
        self.consts = ConstTable()
        self.names = {}
        self.varnames = {name: i for i, name in enumerate(ste.varnames)}
        self.cellvars = _dict_by_type(ste.symbols, CELL, 0, 0)
        if ste.needs_class_closure:
            self.cellvars["__class__"] = 0      # the implicit __class__ cell
        self.freevars = _dict_by_type(ste.symbols, FREE, DEF_FREE_CLASS,
                                      len(self.cellvars))
        self.private = None
        self.argcount = self.posonlyargcount = self.kwonlyargcount = 0
        self.blocks = []
        self.curblock = self.new_block()
        self.firstlineno = firstlineno
        self.loc = (firstlineno, firstlineno, 0, 0)
        self.fblocks = []

    def new_block(self):
        block = Block(len(self.blocks))
        self.blocks.append(block)
        return block

    def curblock_returns(self):
        return any(instr.op == "RETURN_VALUE" for instr in self.curblock.instrs)

    def _append(self, instr):
        instrs = self.curblock.instrs
        if instrs and instrs[-1].op in ENDS_BLOCK:
            # A jump ends its basic block.
            new = self.new_block()
            self.curblock.next = new
            self.curblock = new
            instrs = new.instrs
        instrs.append(instr)

    def emit(self, op, arg=0):
        self._append(Instr(op, arg, None, self.loc))

    def load_const(self, value):
        self.emit("LOAD_CONST", self.consts.add(value))


class CompileError(Exception):
    pass


class Compiler(MatchCompiler):
    """Counterpart: struct compiler and the compiler_* functions (those of
    `match` are in patterns.py)."""

    def __init__(self, symtable, filename, flags=0, optimize=0,
                 interactive=False):
        self.st = symtable
        self.filename = filename
        self.flags = flags
        self.optimize = optimize
        self.interactive = interactive
        self.stack = []
        self.u = None
        self.nestlevel = 0

    # --- Emitting ---------------------------------------------------------------

    def emit(self, op, arg=0):
        self.u.emit(op, arg)

    def emit_noline(self, op, arg=0):
        self.u._append(Instr(op, arg, None, NO_LOCATION))

    def emit_jump(self, op, target):
        self.u._append(Instr(op, 0, target, self.u.loc))

    def emit_jump_noline(self, op, target):
        self.u._append(Instr(op, 0, target, NO_LOCATION))

    def load_const(self, value):
        self.u.load_const(value)

    def emit_name(self, op, name):
        """Counterpart: compiler_addop_name: the name is mangled first."""
        self.emit(op, self.add_name(mangle(self.u.private, name)))

    def emit_name_unmangled(self, op, name):
        self.emit(op, self.add_name(name))

    def add_name(self, name):
        names = self.u.names
        index = names.get(name)
        if index is None:
            index = names[name] = len(names)
        return index

    def new_block(self):
        return self.u.new_block()

    def use_next_block(self, block):
        self.u.curblock.next = block
        self.u.curblock = block

    def next_block(self):
        self.use_next_block(self.new_block())

    def set_loc(self, node):
        self.u.loc = _loc(node)

    def unset_loc(self):
        self.u.loc = NO_LOCATION

    def error(self, message):
        lineno, end_lineno, col, end_col = self.u.loc
        error = SyntaxError(message)
        error.filename = self.filename
        error.lineno = lineno
        error.offset = col + 1
        error.end_lineno = end_lineno
        error.end_offset = end_col + 1
        error.text = program_text(self.filename, lineno)
        return error

    # --- Scopes -------------------------------------------------------------------

    def enter_scope(self, name, scope_type, key, lineno):
        ste = self.st.lookup(key)
        unit = Unit(ste, name, scope_type, lineno, self.filename)
        if self.u is not None:
            self.stack.append(self.u)
            unit.private = self.u.private
        self.u = unit
        self.nestlevel += 1
        if scope_type == SCOPE_MODULE:
            unit.loc = (0,) + unit.loc[1:]
        else:
            self.set_qualname()
        self.emit("RESUME", 0)
        if scope_type == SCOPE_MODULE:
            unit.loc = (-1,) + unit.loc[1:]

    def exit_scope(self):
        self.nestlevel -= 1
        self.u = self.stack.pop() if self.stack else None

    def set_qualname(self):
        """Counterpart: compiler_set_qualname."""
        u = self.u
        base = None
        if len(self.stack) > 1:
            parent = self.stack[-1]
            force_global = False
            if u.scope_type in (SCOPE_FUNCTION, SCOPE_ASYNC_FUNCTION, SCOPE_CLASS):
                mangled = mangle(parent.private, u.name)
                if parent.ste.scope_of(mangled) == GLOBAL_EXPLICIT:
                    force_global = True
            if not force_global:
                if parent.scope_type in (SCOPE_FUNCTION, SCOPE_ASYNC_FUNCTION,
                                         SCOPE_LAMBDA):
                    base = parent.qualname + ".<locals>"
                else:
                    base = parent.qualname
        u.qualname = base + "." + u.name if base is not None else u.name

    def assemble(self, add_none):
        return assembler.assemble(self.u, add_none, self.flags)

    def is_top_level_await(self):
        return (self.flags & PyCF_ALLOW_TOP_LEVEL_AWAIT
                and self.u.ste.type == "module")

    # --- Frame blocks -------------------------------------------------------------

    def push_fblock(self, kind, block, exit=None, datum=None):
        if len(self.u.fblocks) >= CO_MAXBLOCKS:
            raise self.error("too many statically nested blocks")
        self.u.fblocks.append((kind, block, exit, datum))

    def pop_fblock(self, kind, block):
        top = self.u.fblocks.pop()
        assert top[0] == kind and top[1] is block

    def call_exit_with_nones(self):
        self.load_const(None)
        self.load_const(None)
        self.load_const(None)
        self.emit("PRECALL", 2)
        self.emit("CALL", 2)

    def unwind_fblock(self, info, preserve_tos):
        """Counterpart: compiler_unwind_fblock: the code a `return`, `break`
        or `continue` runs to leave one block."""
        kind, _, _, datum = info
        if kind in (WHILE_LOOP, EXCEPTION_HANDLER, EXCEPTION_GROUP_HANDLER,
                    ASYNC_COMPREHENSION_GENERATOR):
            return
        if kind == FOR_LOOP:
            if preserve_tos:
                self.emit("SWAP", 2)
            self.emit("POP_TOP")                      # the iterator
        elif kind == TRY_EXCEPT:
            self.emit("POP_BLOCK")
        elif kind == FINALLY_TRY:
            # This POP_BLOCK gets the line number of the unwinding statement.
            self.emit("POP_BLOCK")
            if preserve_tos:
                self.push_fblock(POP_VALUE, None)
            self.visit_stmts(datum)
            if preserve_tos:
                self.pop_fblock(POP_VALUE, None)
            # The finally body appears to run after the unwinding statement.
            self.unset_loc()
        elif kind == FINALLY_END:
            if preserve_tos:
                self.emit("SWAP", 2)
            self.emit("POP_TOP")                      # exc_value
            if preserve_tos:
                self.emit("SWAP", 2)
            self.emit("POP_BLOCK")
            self.emit("POP_EXCEPT")
        elif kind in (WITH, ASYNC_WITH):
            self.set_loc(datum)
            self.emit("POP_BLOCK")
            if preserve_tos:
                self.emit("SWAP", 2)
            self.call_exit_with_nones()
            if kind == ASYNC_WITH:
                self.emit("GET_AWAITABLE", 2)
                self.load_const(None)
                self.add_yield_from(True)
            self.emit("POP_TOP")
            self.unset_loc()
        elif kind == HANDLER_CLEANUP:
            if datum:
                self.emit("POP_BLOCK")
            if preserve_tos:
                self.emit("SWAP", 2)
            self.emit("POP_BLOCK")
            self.emit("POP_EXCEPT")
            if datum:
                self.load_const(None)
                self.nameop(datum, "Store")
                self.nameop(datum, "Del")
        elif kind == POP_VALUE:
            if preserve_tos:
                self.emit("SWAP", 2)
            self.emit("POP_TOP")

    def unwind_fblock_stack(self, preserve_tos, want_loop=False):
        """Unwind every frame block; with want_loop, stop at the innermost
        loop and return it."""
        fblocks = self.u.fblocks
        if not fblocks:
            return None
        top = fblocks[-1]
        if top[0] == EXCEPTION_GROUP_HANDLER:
            raise self.error("'break', 'continue' and 'return' cannot appear "
                             "in an except* block")
        if want_loop and top[0] in (WHILE_LOOP, FOR_LOOP):
            return top
        fblocks.pop()
        self.unwind_fblock(top, preserve_tos)
        loop = self.unwind_fblock_stack(preserve_tos, want_loop)
        fblocks.append(top)
        return loop

    # --- Modules --------------------------------------------------------------------

    def compile_module(self, mod):
        """Counterpart: compiler_mod."""
        self.enter_scope("<module>", SCOPE_MODULE, mod, 1)
        add_none = True
        kind = _kind(mod)
        if kind == "Module":
            self.body(mod.body)
        elif kind == "Interactive":
            if find_ann(mod.body):
                self.emit("SETUP_ANNOTATIONS")
            self.interactive = True
            self.visit_stmts(mod.body)
        elif kind == "Expression":
            self.visit_expr(mod.body)
            add_none = False
        code = self.assemble(add_none)
        self.exit_scope()
        return code

    def body(self, stmts):
        """Counterpart: compiler_body: docstring, annotations, statements."""
        if self.u.scope_type == SCOPE_MODULE and stmts:
            self.set_loc(stmts[0])
        if find_ann(stmts):
            self.emit("SETUP_ANNOTATIONS")
        if not stmts:
            return
        start = 0
        if self.optimize < 2:
            docstring = get_docstring(stmts)
            if docstring is not None:
                start = 1
                self.visit_expr(stmts[0].value)
                self.unset_loc()
                self.nameop("__doc__", "Store")
        for stmt in stmts[start:]:
            self.visit_stmt(stmt)

    def visit_stmts(self, stmts):
        for stmt in stmts:
            self.visit_stmt(stmt)

    # --- Statements, in Python.asdl order -----------------------------------------

    def visit_stmt(self, s):
        # Always assign a location to the next instruction of a statement.
        self.set_loc(s)
        getattr(self, "visit_" + _kind(s))(s)

    def visit_FunctionDef(self, s, is_async=False):
        """Counterpart: compiler_function."""
        args = s.args
        self.check_debug_args(args)
        self.visit_exprs(s.decorator_list)
        firstlineno = s.lineno
        if s.decorator_list:
            firstlineno = s.decorator_list[0].lineno
        funcflags = self.default_arguments(args)
        if self.visit_annotations(args, s.returns):
            funcflags |= 0x04
        scope = SCOPE_ASYNC_FUNCTION if is_async else SCOPE_FUNCTION
        self.enter_scope(s.name, scope, s, firstlineno)
        docstring = get_docstring(s.body) if self.optimize < 2 else None
        self.u.consts.add(docstring)       # co_consts[0]: docstring or None
        self.u.argcount = len(args.args)
        self.u.posonlyargcount = len(args.posonlyargs)
        self.u.kwonlyargcount = len(args.kwonlyargs)
        for stmt in s.body[1 if docstring is not None else 0:]:
            self.visit_stmt(stmt)
        code = self.assemble(True)
        qualname = self.u.qualname
        self.exit_scope()
        self.make_closure(code, funcflags, qualname)
        self.apply_decorators(s.decorator_list)
        self.nameop(s.name, "Store")

    def visit_AsyncFunctionDef(self, s):
        self.visit_FunctionDef(s, True)

    def visit_ClassDef(self, s):
        """Counterpart: compiler_class."""
        decorators = s.decorator_list
        self.visit_exprs(decorators)
        firstlineno = s.lineno
        if decorators:
            firstlineno = decorators[0].lineno
        self.enter_scope(s.name, SCOPE_CLASS, s, firstlineno)
        self.u.private = s.name                # the class name mangles
        self.nameop("__name__", "Load")
        self.nameop("__module__", "Store")
        self.load_const(self.u.qualname)
        self.nameop("__qualname__", "Store")
        self.body(s.body)
        self.unset_loc()                       # the rest is artificial
        if self.u.ste.needs_class_closure:
            # Store __classcell__ into the class namespace and return it.
            self.emit("LOAD_CLOSURE", self.u.cellvars["__class__"])
            self.emit("COPY", 1)
            self.nameop("__classcell__", "Store")
        else:
            self.load_const(None)
        self.emit("RETURN_VALUE")
        code = self.assemble(True)
        self.exit_scope()
        self.emit("PUSH_NULL")
        self.emit("LOAD_BUILD_CLASS")
        self.make_closure(code, 0, None)
        self.load_const(s.name)
        self.call_helper(2, s.bases, s.keywords)
        self.apply_decorators(decorators)
        self.nameop(s.name, "Store")

    def visit_Return(self, s):
        """Counterpart: compiler_return."""
        value = s.value
        preserve_tos = value is not None and _kind(value) != "Constant"
        if self.u.ste.type != "function":
            raise self.error("'return' outside function")
        if value is not None and self.u.ste.coroutine and self.u.ste.generator:
            raise self.error("'return' with value in async generator")
        if preserve_tos:
            self.visit_expr(value)
        elif value is not None:
            # A NOP carries the line of the returned constant.
            self.set_loc(value)
            self.emit("NOP")
        if value is None or value.lineno != s.lineno:
            self.set_loc(s)
            self.emit("NOP")
        self.unwind_fblock_stack(preserve_tos)
        if value is None:
            self.load_const(None)
        elif not preserve_tos:
            self.load_const(value.value)
        # No NEXT_BLOCK: the return stays the current block's end, so
        # assemble() adds no implicit `return None` (nor its None constant).
        self.emit("RETURN_VALUE")

    def visit_Delete(self, s):
        self.visit_exprs(s.targets)

    def visit_Assign(self, s):
        self.visit_expr(s.value)
        targets = s.targets
        for index, target in enumerate(targets):
            if index < len(targets) - 1:
                self.emit("COPY", 1)
            self.visit_expr(target)

    def visit_AugAssign(self, s):
        """Counterpart: compiler_augassign."""
        e = s.target
        kind = _kind(e)
        saved = self.u.loc
        self.set_loc(e)
        if kind == "Attribute":
            self.visit_expr(e.value)
            self.emit("COPY", 1)
            self.update_start_location_to_match_attr(e)
            self.emit_name("LOAD_ATTR", e.attr)
        elif kind == "Subscript":
            self.visit_expr(e.value)
            self.visit_expr(e.slice)
            self.emit("COPY", 2)
            self.emit("COPY", 2)
            self.emit("BINARY_SUBSCR")
        elif kind == "Name":
            self.nameop(e.id, "Load")
        else:
            raise SystemError("invalid node type for augmented assignment")
        self.u.loc = saved
        self.visit_expr(s.value)
        self.emit("BINARY_OP", BINOP_ARG[_kind(s.op)] + INPLACE_OFFSET)
        self.set_loc(e)
        if kind == "Attribute":
            self.update_start_location_to_match_attr(e)
            self.emit("SWAP", 2)
            self.emit_name("STORE_ATTR", e.attr)
        elif kind == "Subscript":
            self.emit("SWAP", 3)
            self.emit("SWAP", 2)
            self.emit("STORE_SUBSCR")
        else:
            self.nameop(e.id, "Store")

    def visit_AnnAssign(self, s):
        """Counterpart: compiler_annassign."""
        target = s.target
        if s.value is not None:
            self.visit_expr(s.value)
            self.visit_expr(target)
        kind = _kind(target)
        if kind == "Name":
            self.forbidden_name(target.id, "Store")
            if s.simple and self.u.scope_type in (SCOPE_MODULE, SCOPE_CLASS):
                if self.flags & CO_FUTURE_ANNOTATIONS:
                    self.visit_annexpr(s.annotation)
                else:
                    self.visit_expr(s.annotation)
                self.emit_name("LOAD_NAME", "__annotations__")
                self.load_const(mangle(self.u.private, target.id))
                self.emit("STORE_SUBSCR")
        elif kind == "Attribute":
            self.forbidden_name(target.attr, "Store")
            if s.value is None:
                self.check_ann_expr(target.value)
        elif kind == "Subscript":
            if s.value is None:
                self.check_ann_expr(target.value)
                self.check_ann_subscr(target.slice)
        if not s.simple and not (self.flags & CO_FUTURE_ANNOTATIONS):
            if self.u.scope_type in (SCOPE_MODULE, SCOPE_CLASS):
                self.check_ann_expr(s.annotation)

    def check_ann_expr(self, e):
        self.visit_expr(e)
        self.emit("POP_TOP")

    def check_ann_subscr(self, e):
        kind = _kind(e)
        if kind == "Slice":
            for part in (e.lower, e.upper, e.step):
                if part is not None:
                    self.check_ann_expr(part)
        elif kind == "Tuple":
            for elt in e.elts:
                self.check_ann_subscr(elt)
        else:
            self.check_ann_expr(e)

    def visit_For(self, s):
        """Counterpart: compiler_for."""
        start = self.new_block()
        body = self.new_block()
        cleanup = self.new_block()
        end = self.new_block()
        self.push_fblock(FOR_LOOP, start, end)
        self.visit_expr(s.iter)
        self.emit("GET_ITER")
        self.use_next_block(start)
        self.emit_jump("FOR_ITER", cleanup)
        self.use_next_block(body)
        self.visit_expr(s.target)
        self.visit_stmts(s.body)
        self.unset_loc()                       # the jump back is artificial
        self.emit_jump("JUMP", start)
        self.use_next_block(cleanup)
        self.pop_fblock(FOR_LOOP, start)
        self.visit_stmts(s.orelse)
        self.use_next_block(end)

    def visit_AsyncFor(self, s):
        """Counterpart: compiler_async_for."""
        if self.is_top_level_await():
            self.u.ste.coroutine = True
        elif self.u.scope_type != SCOPE_ASYNC_FUNCTION:
            raise self.error("'async for' outside async function")
        start = self.new_block()
        except_ = self.new_block()
        end = self.new_block()
        self.visit_expr(s.iter)
        self.emit("GET_AITER")
        self.use_next_block(start)
        self.push_fblock(FOR_LOOP, start, end)
        # SETUP_FINALLY guards the __anext__ call.
        self.emit_jump("SETUP_FINALLY", except_)
        self.emit("GET_ANEXT")
        self.load_const(None)
        self.add_yield_from(True)
        self.emit("POP_BLOCK")
        self.visit_expr(s.target)
        self.visit_stmts(s.body)
        self.unset_loc()
        self.emit_jump("JUMP", start)
        self.pop_fblock(FOR_LOOP, start)
        self.use_next_block(except_)
        # END_ASYNC_FOR belongs to the `for`, so it takes the iterator's line.
        self.set_loc(s.iter)
        self.emit("END_ASYNC_FOR")
        self.visit_stmts(s.orelse)
        self.use_next_block(end)

    def visit_While(self, s):
        """Counterpart: compiler_while: the test is compiled twice, once
        before the loop and once at the bottom as a backward jump."""
        loop = self.new_block()
        body = self.new_block()
        anchor = self.new_block()
        end = self.new_block()
        self.use_next_block(loop)
        self.push_fblock(WHILE_LOOP, loop, end)
        self.jump_if(s.test, anchor, False)
        self.use_next_block(body)
        self.visit_stmts(s.body)
        self.set_loc(s)
        self.jump_if(s.test, body, True)
        self.pop_fblock(WHILE_LOOP, loop)
        self.use_next_block(anchor)
        if s.orelse:
            self.visit_stmts(s.orelse)
        self.use_next_block(end)

    def visit_If(self, s):
        end = self.new_block()
        orelse = self.new_block() if s.orelse else end
        self.jump_if(s.test, orelse, False)
        self.visit_stmts(s.body)
        if s.orelse:
            self.emit_jump_noline("JUMP", end)
            self.use_next_block(orelse)
            self.visit_stmts(s.orelse)
        self.use_next_block(end)

    def visit_With(self, s, pos=0):
        """Counterpart: compiler_with (one call per `with` item)."""
        item = s.items[pos]
        body = self.new_block()
        final = self.new_block()
        exit = self.new_block()
        cleanup = self.new_block()
        self.visit_expr(item.context_expr)
        self.emit("BEFORE_WITH")                  # pushes the bound __exit__
        self.emit_jump("SETUP_WITH", final)
        self.use_next_block(body)
        self.push_fblock(WITH, body, final, s)
        if item.optional_vars is not None:
            self.visit_expr(item.optional_vars)
        else:
            self.emit("POP_TOP")                  # discard __enter__()'s result
        pos += 1
        if pos == len(s.items):
            self.visit_stmts(s.body)
        else:
            self.visit_With(s, pos)
        self.unset_loc()
        self.emit("POP_BLOCK")
        self.pop_fblock(WITH, body)
        # Success: call __exit__(None, None, None).
        self.set_loc(s)
        self.call_exit_with_nones()
        self.emit("POP_TOP")
        self.emit_jump("JUMP", exit)
        # Failure: the exception goes to __exit__.
        self.use_next_block(final)
        self.emit_jump("SETUP_CLEANUP", cleanup)
        self.emit("PUSH_EXC_INFO")
        self.emit("WITH_EXCEPT_START")
        self.with_except_finish(cleanup)
        self.use_next_block(exit)

    def visit_AsyncWith(self, s, pos=0):
        """Counterpart: compiler_async_with."""
        item = s.items[pos]
        if self.is_top_level_await():
            self.u.ste.coroutine = True
        elif self.u.scope_type != SCOPE_ASYNC_FUNCTION:
            raise self.error("'async with' outside async function")
        block = self.new_block()
        final = self.new_block()
        exit = self.new_block()
        cleanup = self.new_block()
        self.visit_expr(item.context_expr)
        self.emit("BEFORE_ASYNC_WITH")
        self.emit("GET_AWAITABLE", 1)
        self.load_const(None)
        self.add_yield_from(True)
        self.emit_jump("SETUP_WITH", final)
        self.use_next_block(block)
        self.push_fblock(ASYNC_WITH, block, final, s)
        if item.optional_vars is not None:
            self.visit_expr(item.optional_vars)
        else:
            self.emit("POP_TOP")
        pos += 1
        if pos == len(s.items):
            self.visit_stmts(s.body)
        else:
            self.visit_AsyncWith(s, pos)
        self.pop_fblock(ASYNC_WITH, block)
        self.emit("POP_BLOCK")
        self.set_loc(s)
        self.call_exit_with_nones()
        self.emit("GET_AWAITABLE", 2)
        self.load_const(None)
        self.add_yield_from(True)
        self.emit("POP_TOP")
        self.emit_jump("JUMP", exit)
        self.use_next_block(final)
        self.emit_jump("SETUP_CLEANUP", cleanup)
        self.emit("PUSH_EXC_INFO")
        self.emit("WITH_EXCEPT_START")
        self.emit("GET_AWAITABLE", 2)
        self.load_const(None)
        self.add_yield_from(True)
        self.with_except_finish(cleanup)
        self.use_next_block(exit)

    def with_except_finish(self, cleanup):
        self.unset_loc()
        exit = self.new_block()
        self.emit_jump("POP_JUMP_IF_TRUE", exit)
        self.next_block()
        self.emit("RERAISE", 2)
        self.use_next_block(cleanup)
        self.pop_except_and_reraise()
        self.use_next_block(exit)
        self.emit("POP_TOP")                      # exc_value
        self.emit("POP_BLOCK")
        self.emit("POP_EXCEPT")
        self.emit("POP_TOP")
        self.emit("POP_TOP")

    def pop_except_and_reraise(self):
        # [exc_info, lasti, exc] COPY 3; POP_EXCEPT; RERAISE 1
        self.emit("COPY", 3)
        self.emit("POP_EXCEPT")
        self.emit("RERAISE", 1)

    def visit_Raise(self, s):
        count = 0
        if s.exc is not None:
            self.visit_expr(s.exc)
            count += 1
            if s.cause is not None:
                self.visit_expr(s.cause)
                count += 1
        self.emit("RAISE_VARARGS", count)
        self.next_block()

    def visit_Try(self, s):
        if s.finalbody:
            self.try_finally(s)
        else:
            self.try_except(s)

    def try_finally(self, s):
        """Counterpart: compiler_try_finally."""
        body = self.new_block()
        end = self.new_block()
        exit = self.new_block()
        cleanup = self.new_block()
        # `try` block
        self.emit_jump("SETUP_FINALLY", end)
        self.use_next_block(body)
        self.push_fblock(FINALLY_TRY, body, end, s.finalbody)
        if s.handlers:
            if _kind(s) == "TryStar":
                self.try_star_except(s)
            else:
                self.try_except(s)
        else:
            self.visit_stmts(s.body)
        self.emit_noline("POP_BLOCK")
        self.pop_fblock(FINALLY_TRY, body)
        self.visit_stmts(s.finalbody)
        self.emit_jump_noline("JUMP", exit)
        # `finally` block, run with the exception
        self.use_next_block(end)
        self.unset_loc()
        self.emit_jump("SETUP_CLEANUP", cleanup)
        self.emit("PUSH_EXC_INFO")
        self.push_fblock(FINALLY_END, end)
        self.visit_stmts(s.finalbody)
        self.pop_fblock(FINALLY_END, end)
        self.emit("RERAISE", 0)
        self.use_next_block(cleanup)
        self.pop_except_and_reraise()
        self.use_next_block(exit)

    def try_except(self, s):
        """Counterpart: compiler_try_except."""
        body = self.new_block()
        except_ = self.new_block()
        end = self.new_block()
        cleanup = self.new_block()
        self.emit_jump("SETUP_FINALLY", except_)
        self.use_next_block(body)
        self.push_fblock(TRY_EXCEPT, body)
        self.visit_stmts(s.body)
        self.pop_fblock(TRY_EXCEPT, body)
        self.emit_noline("POP_BLOCK")
        if s.orelse:
            self.visit_stmts(s.orelse)
        self.emit_jump_noline("JUMP", end)
        handlers = s.handlers
        self.use_next_block(except_)
        self.unset_loc()
        self.emit_jump("SETUP_CLEANUP", cleanup)
        self.emit("PUSH_EXC_INFO")
        # The runtime pushes a block here, so account for it.
        self.push_fblock(EXCEPTION_HANDLER, None)
        for index, handler in enumerate(handlers):
            self.set_loc(handler)
            if handler.type is None and index < len(handlers) - 1:
                raise self.error("default 'except:' must be last")
            except_ = self.new_block()
            if handler.type is not None:
                self.visit_expr(handler.type)
                self.emit("CHECK_EXC_MATCH")
                self.emit_jump("POP_JUMP_IF_FALSE", except_)
            if handler.name:
                cleanup_end = self.new_block()
                cleanup_body = self.new_block()
                self.nameop(handler.name, "Store")
                # try: body; finally: name = None; del name
                self.emit_jump("SETUP_CLEANUP", cleanup_end)
                self.use_next_block(cleanup_body)
                self.push_fblock(HANDLER_CLEANUP, cleanup_body, None, handler.name)
                self.visit_stmts(handler.body)
                self.pop_fblock(HANDLER_CLEANUP, cleanup_body)
                self.unset_loc()
                self.emit("POP_BLOCK")
                self.emit("POP_BLOCK")
                self.emit("POP_EXCEPT")
                self.load_const(None)
                self.nameop(handler.name, "Store")
                self.nameop(handler.name, "Del")
                self.emit_jump("JUMP", end)
                # except: name = None; del name; reraise
                self.use_next_block(cleanup_end)
                self.unset_loc()
                self.load_const(None)
                self.nameop(handler.name, "Store")
                self.nameop(handler.name, "Del")
                self.emit("RERAISE", 1)
            else:
                cleanup_body = self.new_block()
                self.emit("POP_TOP")              # exc_value
                self.use_next_block(cleanup_body)
                self.push_fblock(HANDLER_CLEANUP, cleanup_body)
                self.visit_stmts(handler.body)
                self.pop_fblock(HANDLER_CLEANUP, cleanup_body)
                self.unset_loc()
                self.emit("POP_BLOCK")
                self.emit("POP_EXCEPT")
                self.emit_jump("JUMP", end)
            self.use_next_block(except_)
        self.unset_loc()
        self.pop_fblock(EXCEPTION_HANDLER, None)
        self.emit("RERAISE", 0)
        self.use_next_block(cleanup)
        self.pop_except_and_reraise()
        self.use_next_block(end)

    def visit_TryStar(self, s):
        if s.finalbody:
            self.try_finally(s)
        else:
            self.try_star_except(s)

    def try_star_except(self, s):
        """Counterpart: compiler_try_star_except."""
        body = self.new_block()
        except_ = self.new_block()
        orelse = self.new_block()
        end = self.new_block()
        cleanup = self.new_block()
        reraise_star = self.new_block()
        self.emit_jump("SETUP_FINALLY", except_)
        self.use_next_block(body)
        self.push_fblock(TRY_EXCEPT, body)
        self.visit_stmts(s.body)
        self.pop_fblock(TRY_EXCEPT, body)
        self.emit_noline("POP_BLOCK")
        self.emit_jump_noline("JUMP", orelse)
        handlers = s.handlers
        self.use_next_block(except_)
        self.unset_loc()
        self.emit_jump("SETUP_CLEANUP", cleanup)
        self.emit("PUSH_EXC_INFO")
        self.push_fblock(EXCEPTION_GROUP_HANDLER, None, None, "except handler")
        for index, handler in enumerate(handlers):
            self.set_loc(handler)
            except_ = self.new_block()
            except_with_error = self.new_block()
            no_match = self.new_block()
            if index == 0:
                # [exc] -> [orig, [], exc]: the original group, and the list
                # of exceptions the except* bodies raise.
                self.emit("COPY", 1)
                self.emit("BUILD_LIST", 0)
                self.emit("SWAP", 2)
            if handler.type is not None:
                self.visit_expr(handler.type)
                self.emit("CHECK_EG_MATCH")
                self.emit("COPY", 1)
                self.emit_jump("POP_JUMP_IF_NONE", no_match)
            cleanup_end = self.new_block()
            cleanup_body = self.new_block()
            if handler.name:
                self.nameop(handler.name, "Store")
            else:
                self.emit("POP_TOP")              # exc
            self.emit_jump("SETUP_CLEANUP", cleanup_end)
            self.use_next_block(cleanup_body)
            self.push_fblock(HANDLER_CLEANUP, cleanup_body, None, handler.name)
            self.visit_stmts(handler.body)
            self.pop_fblock(HANDLER_CLEANUP, cleanup_body)
            self.unset_loc()
            self.emit("POP_BLOCK")
            if handler.name:
                self.load_const(None)
                self.nameop(handler.name, "Store")
                self.nameop(handler.name, "Del")
            self.emit_jump("JUMP", except_)
            # except: the body raised; add that to the list
            self.use_next_block(cleanup_end)
            self.unset_loc()
            if handler.name:
                self.load_const(None)
                self.nameop(handler.name, "Store")
                self.nameop(handler.name, "Del")
            self.emit("LIST_APPEND", 3)           # exc
            self.emit("POP_TOP")                  # lasti
            self.emit_jump("JUMP", except_with_error)
            self.use_next_block(except_)
            self.emit("NOP")                      # holds a propagated location
            self.emit_jump("JUMP", except_with_error)
            self.use_next_block(no_match)
            self.emit("POP_TOP")                  # the None of CHECK_EG_MATCH
            self.use_next_block(except_with_error)
            if index == len(handlers) - 1:
                # The unhandled rest of the group joins the list.
                self.emit("LIST_APPEND", 1)
                self.emit_jump("JUMP", reraise_star)
        self.unset_loc()
        self.pop_fblock(EXCEPTION_GROUP_HANDLER, None)
        reraise = self.new_block()
        self.use_next_block(reraise_star)
        self.emit("PREP_RERAISE_STAR")
        self.emit("COPY", 1)
        self.emit_jump("POP_JUMP_IF_NOT_NONE", reraise)
        self.next_block()
        # Nothing to reraise
        self.emit("POP_TOP")
        self.emit("POP_BLOCK")
        self.emit("POP_EXCEPT")
        self.emit_jump("JUMP", end)
        self.use_next_block(reraise)
        self.emit("POP_BLOCK")
        self.emit("SWAP", 2)
        self.emit("POP_EXCEPT")
        self.emit("RERAISE", 0)
        self.use_next_block(cleanup)
        self.pop_except_and_reraise()
        self.use_next_block(orelse)
        self.visit_stmts(s.orelse)
        self.use_next_block(end)

    def visit_Assert(self, s):
        """Counterpart: compiler_assert (nothing at all under -O, but the
        warning about a parenthesized test and message comes first)."""
        test = s.test
        if (_kind(test) == "Tuple" and test.elts) or (
                _kind(test) == "Constant" and isinstance(test.value, tuple) and test.value):
            self.warn("assertion is always true, perhaps remove parentheses?")
        if self.optimize:
            return
        end = self.new_block()
        self.jump_if(s.test, end, True)
        self.emit("LOAD_ASSERTION_ERROR")
        if s.msg is not None:
            self.visit_expr(s.msg)
            self.emit("PRECALL", 0)
            self.emit("CALL", 0)
        self.emit("RAISE_VARARGS", 1)
        self.use_next_block(end)

    def visit_Import(self, s):
        """Counterpart: compiler_import."""
        for alias in s.names:
            self.load_const(0)
            self.load_const(None)
            self.emit_name("IMPORT_NAME", alias.name)
            if alias.asname:
                self.import_as(alias.name, alias.asname)
            else:
                self.nameop(alias.name.split(".")[0], "Store")

    def import_as(self, name, asname):
        """`import a.b.c as d` walks down with IMPORT_FROM."""
        parts = name.split(".")
        if len(parts) > 1:
            for index, attr in enumerate(parts[1:], 1):
                self.emit_name_unmangled("IMPORT_FROM", attr)
                if index == len(parts) - 1:
                    break
                self.emit("SWAP", 2)
                self.emit("POP_TOP")
            self.nameop(asname, "Store")
            self.emit("POP_TOP")
            return
        self.nameop(asname, "Store")

    def visit_ImportFrom(self, s):
        """Counterpart: compiler_from_import."""
        self.load_const(s.level)
        names = tuple(alias.name for alias in s.names)
        if (s.lineno > self.future_lineno and s.module == "__future__"):
            raise self.error("from __future__ imports must occur at the "
                             "beginning of the file")
        self.load_const(names)
        self.emit_name("IMPORT_NAME", s.module or "")
        for index, alias in enumerate(s.names):
            if index == 0 and alias.name.startswith("*"):
                self.emit("IMPORT_STAR")
                return
            self.emit_name("IMPORT_FROM", alias.name)
            self.nameop(alias.asname or alias.name, "Store")
        self.emit("POP_TOP")                       # the module

    def visit_Global(self, s):
        pass

    visit_Nonlocal = visit_Global

    def visit_Expr(self, s):
        """Counterpart: compiler_visit_stmt_expr."""
        value = s.value
        if self.interactive and self.nestlevel <= 1:
            self.visit_expr(value)
            self.emit("PRINT_EXPR")
            return
        if _kind(value) == "Constant":
            self.emit("NOP")                       # a constant statement
            return
        self.visit_expr(value)
        self.unset_loc()                           # the POP_TOP is artificial
        self.emit("POP_TOP")

    def visit_Pass(self, s):
        self.emit("NOP")

    def visit_Break(self, s):
        self.emit("NOP")                           # carries the line
        loop = self.unwind_fblock_stack(False, want_loop=True)
        if loop is None:
            raise self.error("'break' outside loop")
        self.unwind_fblock(loop, False)
        self.emit_jump("JUMP", loop[2])
        self.next_block()

    def visit_Continue(self, s):
        self.emit("NOP")
        loop = self.unwind_fblock_stack(False, want_loop=True)
        if loop is None:
            raise self.error("'continue' not properly in loop")
        self.emit_jump("JUMP", loop[1])
        self.next_block()

    # --- Function helpers ----------------------------------------------------------

    def check_debug_args(self, args):
        for arg in list(args.posonlyargs) + list(args.args) + list(args.kwonlyargs) \
                + [a for a in (args.vararg, args.kwarg) if a is not None]:
            if arg.arg == "__debug__":
                self.set_loc(arg)
                raise self.error("cannot assign to __debug__")

    def default_arguments(self, args):
        """Counterpart: compiler_default_arguments; returns MAKE_FUNCTION flags."""
        flags = 0
        if args.defaults:
            self.visit_exprs(args.defaults)
            self.emit("BUILD_TUPLE", len(args.defaults))
            flags |= 0x01
        if args.kwonlyargs:
            keys = []
            for arg, default in zip(args.kwonlyargs, args.kw_defaults):
                if default is not None:
                    keys.append(mangle(self.u.private, arg.arg))
                    self.visit_expr(default)
            if keys:
                self.load_const(tuple(keys))
                self.emit("BUILD_CONST_KEY_MAP", len(keys))
                flags |= 0x02
        return flags

    def visit_annotations(self, args, returns):
        """Counterpart: compiler_visit_annotations: a flat tuple of
        (name, value) pairs; True when one was pushed."""
        count = 0
        for arg in list(args.args) + list(args.posonlyargs):
            count += self.visit_argannotation(arg.arg, arg.annotation)
        if args.vararg is not None and args.vararg.annotation is not None:
            count += self.visit_argannotation(args.vararg.arg, args.vararg.annotation)
        for arg in args.kwonlyargs:
            count += self.visit_argannotation(arg.arg, arg.annotation)
        if args.kwarg is not None and args.kwarg.annotation is not None:
            count += self.visit_argannotation(args.kwarg.arg, args.kwarg.annotation)
        count += self.visit_argannotation("return", returns)
        if count:
            self.emit("BUILD_TUPLE", count)
            return True
        return False

    def visit_argannotation(self, name, annotation):
        if annotation is None:
            return 0
        self.load_const(mangle(self.u.private, name))
        if self.flags & CO_FUTURE_ANNOTATIONS:
            self.visit_annexpr(annotation)
        elif _kind(annotation) == "Starred":
            # *args: *Ts -- [value] = [*Ts]
            self.visit_expr(annotation.value)
            self.emit("UNPACK_SEQUENCE", 1)
        else:
            self.visit_expr(annotation)
        return 2

    def visit_annexpr(self, annotation):
        from glass.compiler.unparse import unparse
        self.load_const(unparse(annotation))

    def make_closure(self, code, flags, qualname):
        """Counterpart: compiler_make_closure."""
        freevars = code.co_freevars
        if freevars:
            for name in freevars:
                # A class may hold a method's free variable as its own
                # __class__ cell, or as both free and local.
                if self.u.scope_type == SCOPE_CLASS and name == "__class__":
                    reftype = CELL
                else:
                    reftype = self.u.ste.scope_of(name)
                if reftype == CELL:
                    arg = self.u.cellvars[name]
                else:
                    arg = self.u.freevars[name]
                self.emit("LOAD_CLOSURE", arg)
            flags |= 0x08
            self.emit("BUILD_TUPLE", len(freevars))
        self.load_const(code)
        self.emit("MAKE_FUNCTION", flags)

    def apply_decorators(self, decorators):
        saved = self.u.loc
        for decorator in reversed(decorators):
            self.set_loc(decorator)
            self.emit("PRECALL", 0)
            self.emit("CALL", 0)
        self.u.loc = saved

    # --- Names ------------------------------------------------------------------------

    def forbidden_name(self, name, ctx):
        if ctx == "Store" and name == "__debug__":
            raise self.error("cannot assign to __debug__")
        if ctx == "Del" and name == "__debug__":
            raise self.error("cannot delete __debug__")

    def nameop(self, name, ctx):
        """Counterpart: compiler_nameop: the scope picks FAST, DEREF,
        GLOBAL or NAME."""
        self.forbidden_name(name, ctx)
        u = self.u
        mangled = mangle(u.private, name)
        scope = u.ste.scope_of(mangled)
        optype = "NAME"
        table = None
        if scope == FREE:
            table, optype = u.freevars, "DEREF"
        elif scope == CELL:
            table, optype = u.cellvars, "DEREF"
        elif scope == LOCAL:
            if u.ste.type == "function":
                optype = "FAST"
        elif scope == GLOBAL_IMPLICIT:
            if u.ste.type == "function":
                optype = "GLOBAL"
        elif scope == GLOBAL_EXPLICIT:
            optype = "GLOBAL"
        if optype == "DEREF":
            if ctx == "Load":
                op = "LOAD_CLASSDEREF" if u.ste.type == "class" else "LOAD_DEREF"
            else:
                op = "STORE_DEREF" if ctx == "Store" else "DELETE_DEREF"
            self.emit(op, table[mangled])
            return
        if optype == "FAST":
            index = u.varnames.get(mangled)
            if index is None:
                index = u.varnames[mangled] = len(u.varnames)
            op = {"Load": "LOAD_FAST", "Store": "STORE_FAST", "Del": "DELETE_FAST"}[ctx]
            self.emit(op, index)
            return
        prefix = {"Load": "LOAD_", "Store": "STORE_", "Del": "DELETE_"}[ctx]
        index = self.add_name(mangled)
        if optype == "GLOBAL":
            if ctx == "Load":
                index <<= 1                      # bit 0: push NULL (unset)
            self.emit(prefix + "GLOBAL", index)
        else:
            self.emit(prefix + "NAME", index)

    # --- Expressions ------------------------------------------------------------------

    def visit_exprs(self, exprs):
        for e in exprs:
            self.visit_expr(e)

    def visit_expr(self, e):
        saved = self.u.loc
        self.set_loc(e)
        getattr(self, "visit_" + _kind(e))(e)
        self.u.loc = saved

    def visit_BoolOp(self, e):
        """Counterpart: compiler_boolop."""
        jump = "JUMP_IF_FALSE_OR_POP" if _kind(e.op) == "And" else "JUMP_IF_TRUE_OR_POP"
        end = self.new_block()
        values = e.values
        for value in values[:-1]:
            self.visit_expr(value)
            self.emit_jump(jump, end)
            self.next_block()
        self.visit_expr(values[-1])
        self.use_next_block(end)

    def visit_NamedExpr(self, e):
        self.visit_expr(e.value)
        self.emit("COPY", 1)
        self.visit_expr(e.target)

    def visit_BinOp(self, e):
        self.visit_expr(e.left)
        self.visit_expr(e.right)
        self.emit("BINARY_OP", BINOP_ARG[_kind(e.op)])

    def visit_UnaryOp(self, e):
        self.visit_expr(e.operand)
        self.emit(UNARY_OP[_kind(e.op)])

    def visit_Lambda(self, e):
        """Counterpart: compiler_lambda."""
        args = e.args
        self.check_debug_args(args)
        funcflags = self.default_arguments(args)
        self.enter_scope("<lambda>", SCOPE_LAMBDA, e, e.lineno)
        # None first, so that a lambda never has a docstring.
        self.u.consts.add(None)
        self.u.argcount = len(args.args)
        self.u.posonlyargcount = len(args.posonlyargs)
        self.u.kwonlyargcount = len(args.kwonlyargs)
        self.visit_expr(e.body)
        if self.u.ste.generator:
            code = self.assemble(False)
        else:
            self.emit("RETURN_VALUE")
            code = self.assemble(True)
        qualname = self.u.qualname
        self.exit_scope()
        self.make_closure(code, funcflags, qualname)

    def visit_IfExp(self, e):
        end = self.new_block()
        orelse = self.new_block()
        self.jump_if(e.test, orelse, False)
        self.visit_expr(e.body)
        self.emit_jump_noline("JUMP", end)
        self.use_next_block(orelse)
        self.visit_expr(e.orelse)
        self.use_next_block(end)

    def visit_Dict(self, e):
        """Counterpart: compiler_dict: runs of key: value pairs, merged with
        `**` mappings by DICT_UPDATE."""
        n = len(e.values)
        have_dict = False
        elements = 0
        for i in range(n):
            if e.keys[i] is None:                  # ** unpacking
                if elements:
                    self.subdict(e, i - elements, i)
                    if have_dict:
                        self.emit("DICT_UPDATE", 1)
                    have_dict = True
                    elements = 0
                if not have_dict:
                    self.emit("BUILD_MAP", 0)
                    have_dict = True
                self.visit_expr(e.values[i])
                self.emit("DICT_UPDATE", 1)
            elif elements * 2 > STACK_USE_GUIDELINE:
                self.subdict(e, i - elements, i + 1)
                if have_dict:
                    self.emit("DICT_UPDATE", 1)
                have_dict = True
                elements = 0
            else:
                elements += 1
        if elements:
            self.subdict(e, n - elements, n)
            if have_dict:
                self.emit("DICT_UPDATE", 1)
            have_dict = True
        if not have_dict:
            self.emit("BUILD_MAP", 0)

    def subdict(self, e, begin, end):
        n = end - begin
        big = n * 2 > STACK_USE_GUIDELINE
        keys = e.keys[begin:end]
        if n > 1 and not big and all(_kind(k) == "Constant" for k in keys):
            self.visit_exprs(e.values[begin:end])
            self.load_const(tuple(k.value for k in keys))
            self.emit("BUILD_CONST_KEY_MAP", n)
            return
        if big:
            self.emit("BUILD_MAP", 0)
        for i in range(begin, end):
            self.visit_expr(e.keys[i])
            self.visit_expr(e.values[i])
            if big:
                self.emit("MAP_ADD", 1)
        if not big:
            self.emit("BUILD_MAP", n)

    def visit_Set(self, e):
        self.starunpack_helper(e.elts, 0, "BUILD_SET", "SET_ADD", "SET_UPDATE", False)

    def visit_ListComp(self, e):
        self.comprehension(e, COMP_LISTCOMP, "<listcomp>", e.generators, e.elt, None)

    def visit_SetComp(self, e):
        self.comprehension(e, COMP_SETCOMP, "<setcomp>", e.generators, e.elt, None)

    def visit_DictComp(self, e):
        self.comprehension(e, COMP_DICTCOMP, "<dictcomp>", e.generators, e.key, e.value)

    def visit_GeneratorExp(self, e):
        self.comprehension(e, COMP_GENEXP, "<genexpr>", e.generators, e.elt, None)

    def visit_Await(self, e):
        if not self.is_top_level_await():
            if self.u.ste.type != "function":
                raise self.error("'await' outside function")
            if self.u.scope_type not in (SCOPE_ASYNC_FUNCTION, SCOPE_COMPREHENSION):
                raise self.error("'await' outside async function")
        self.visit_expr(e.value)
        self.emit("GET_AWAITABLE", 0)
        self.load_const(None)
        self.add_yield_from(True)

    def visit_Yield(self, e):
        if self.u.ste.type != "function":
            raise self.error("'yield' outside function")
        if e.value is not None:
            self.visit_expr(e.value)
        else:
            self.load_const(None)
        self.add_yield()

    def visit_YieldFrom(self, e):
        if self.u.ste.type != "function":
            raise self.error("'yield' outside function")
        if self.u.scope_type == SCOPE_ASYNC_FUNCTION:
            raise self.error("'yield from' inside async function")
        self.visit_expr(e.value)
        self.emit("GET_YIELD_FROM_ITER")
        self.load_const(None)
        self.add_yield_from(False)

    def add_yield(self):
        if self.u.ste.generator and self.u.ste.coroutine:
            self.emit("ASYNC_GEN_WRAP")
        self.emit("YIELD_VALUE")
        self.emit("RESUME", 1)

    def add_yield_from(self, await_):
        """Counterpart: compiler_add_yield_from: the SEND loop."""
        start = self.new_block()
        resume = self.new_block()
        exit = self.new_block()
        self.use_next_block(start)
        self.emit_jump("SEND", exit)
        self.use_next_block(resume)
        self.emit("YIELD_VALUE")
        self.emit("RESUME", 3 if await_ else 2)
        self.emit_jump("JUMP_NO_INTERRUPT", start)
        self.use_next_block(exit)

    def visit_Compare(self, e):
        """Counterpart: compiler_compare: a chain keeps the middle operand
        with SWAP/COPY and stops at the first false link."""
        self.check_compare(e)
        self.visit_expr(e.left)
        n = len(e.ops) - 1
        if n == 0:
            self.visit_expr(e.comparators[0])
            self.emit_compare(e.ops[0])
            return
        cleanup = self.new_block()
        for i in range(n):
            self.visit_expr(e.comparators[i])
            self.emit("SWAP", 2)
            self.emit("COPY", 2)
            self.emit_compare(e.ops[i])
            self.emit_jump("JUMP_IF_FALSE_OR_POP", cleanup)
            self.next_block()
        self.visit_expr(e.comparators[-1])
        self.emit_compare(e.ops[-1])
        end = self.new_block()
        self.emit_jump_noline("JUMP", end)
        self.use_next_block(cleanup)
        self.emit("SWAP", 2)
        self.emit("POP_TOP")
        self.use_next_block(end)

    def emit_compare(self, op):
        kind = _kind(op)
        if kind == "Is":
            self.emit("IS_OP", 0)
        elif kind == "IsNot":
            self.emit("IS_OP", 1)
        elif kind == "In":
            self.emit("CONTAINS_OP", 0)
        elif kind == "NotIn":
            self.emit("CONTAINS_OP", 1)
        else:
            self.emit("COMPARE_OP", COMPARE_OP[kind])

    def visit_Call(self, e):
        """Counterpart: compiler_call."""
        if self.maybe_optimize_method_call(e):
            return
        self.check_caller(e.func)
        self.set_loc(e.func)
        self.emit("PUSH_NULL")
        self.set_loc(e)
        self.visit_expr(e.func)
        self.call_helper(0, e.args, e.keywords)

    def maybe_optimize_method_call(self, e):
        """`obj.meth(args)` becomes LOAD_METHOD ... PRECALL/CALL."""
        meth = e.func
        args = e.args
        keywords = e.keywords
        if _kind(meth) != "Attribute" or _kind(meth.ctx) != "Load":
            return False
        # A name the module imports is called as an attribute: the method
        # form would only cost it (is_import_originated looks at the
        # module's table only).
        base = meth.value
        if _kind(base) == "Name" and self.st.top.symbols.get(base.id, 0) & DEF_IMPORT:
            return False
        if len(args) + len(keywords) + (1 if keywords else 0) >= STACK_USE_GUIDELINE:
            return False
        if any(_kind(arg) == "Starred" for arg in args):
            return False
        if any(keyword.arg is None for keyword in keywords):
            return False
        self.visit_expr(meth.value)
        self.set_loc(meth)
        self.update_start_location_to_match_attr(meth)
        self.emit_name("LOAD_METHOD", meth.attr)
        self.visit_exprs(args)
        if keywords:
            self.visit_exprs([keyword.value for keyword in keywords])
            self.call_simple_kw_helper(keywords)
        self.set_loc(e)
        self.update_start_location_to_match_attr(meth)
        self.emit("PRECALL", len(args) + len(keywords))
        self.emit("CALL", len(args) + len(keywords))
        return True

    def update_start_location_to_match_attr(self, attr):
        """A multi-line attribute chain locates its instruction at the
        attribute name's own line."""
        lineno, end_lineno, col, end_col = self.u.loc
        if lineno != attr.end_lineno:
            lineno = attr.end_lineno
            length = len(attr.attr)
            if length <= attr.end_col_offset:
                col = attr.end_col_offset - length
            else:
                col = end_col = -1
            end_lineno = max(lineno, end_lineno)
            if lineno == end_lineno:
                end_col = max(col, end_col)
            self.u.loc = (lineno, end_lineno, col, end_col)

    def call_simple_kw_helper(self, keywords):
        self.emit("KW_NAMES", self.u.consts.add(tuple(k.arg for k in keywords)))

    def validate_keywords(self, keywords):
        seen = set()
        for keyword in keywords:
            if keyword.arg is None:
                continue
            self.forbidden_name(keyword.arg, "Store")
            if keyword.arg in seen:
                self.set_loc(keyword)
                raise self.error("keyword argument repeated: %s" % keyword.arg)
            seen.add(keyword.arg)

    def call_helper(self, n, args, keywords):
        """Counterpart: compiler_call_helper: `n` arguments are already on
        the stack (the class body function and name, for a class)."""
        self.validate_keywords(keywords)
        nelts = len(args)
        nkwelts = len(keywords)
        if (nelts + nkwelts * 2 <= STACK_USE_GUIDELINE
                and not any(_kind(arg) == "Starred" for arg in args)
                and not any(k.arg is None for k in keywords)):
            self.visit_exprs(args)
            if nkwelts:
                self.visit_exprs([k.value for k in keywords])
                self.call_simple_kw_helper(keywords)
            self.emit("PRECALL", n + nelts + nkwelts)
            self.emit("CALL", n + nelts + nkwelts)
            return
        # CALL_FUNCTION_EX: a tuple of positionals and maybe a dict.
        if n == 0 and nelts == 1 and _kind(args[0]) == "Starred":
            self.visit_expr(args[0].value)
        else:
            self.starunpack_helper(args, n, "BUILD_LIST", "LIST_APPEND",
                                   "LIST_EXTEND", True)
        if nkwelts:
            have_dict = False
            nseen = 0
            for i, keyword in enumerate(keywords):
                if keyword.arg is None:
                    if nseen:
                        self.subkwargs(keywords, i - nseen, i)
                        if have_dict:
                            self.emit("DICT_MERGE", 1)
                        have_dict = True
                        nseen = 0
                    if not have_dict:
                        self.emit("BUILD_MAP", 0)
                        have_dict = True
                    self.visit_expr(keyword.value)
                    self.emit("DICT_MERGE", 1)
                else:
                    nseen += 1
            if nseen:
                self.subkwargs(keywords, nkwelts - nseen, nkwelts)
                if have_dict:
                    self.emit("DICT_MERGE", 1)
        self.emit("CALL_FUNCTION_EX", 1 if nkwelts else 0)

    def subkwargs(self, keywords, begin, end):
        n = end - begin
        big = n * 2 > STACK_USE_GUIDELINE
        if n > 1 and not big:
            self.visit_exprs([k.value for k in keywords[begin:end]])
            self.load_const(tuple(k.arg for k in keywords[begin:end]))
            self.emit("BUILD_CONST_KEY_MAP", n)
            return
        if big:
            self.emit_noline("BUILD_MAP", 0)
        for keyword in keywords[begin:end]:
            self.load_const(keyword.arg)
            self.visit_expr(keyword.value)
            if big:
                self.emit_noline("MAP_ADD", 1)
        if not big:
            self.emit("BUILD_MAP", n)

    def visit_FormattedValue(self, e):
        """Counterpart: compiler_formatted_value."""
        self.visit_expr(e.value)
        conversion = e.conversion
        oparg = {115: 1, 114: 2, 97: 3, -1: 0}[conversion]   # !s !r !a none
        if e.format_spec is not None:
            self.visit_expr(e.format_spec)
            oparg |= 0x04
        self.emit("FORMAT_VALUE", oparg)

    def visit_JoinedStr(self, e):
        """Counterpart: compiler_joined_str."""
        values = e.values
        if len(values) > STACK_USE_GUIDELINE:
            self.load_const("")
            self.emit_name("LOAD_METHOD", "join")
            self.emit("BUILD_LIST", 0)
            for value in values:
                self.visit_expr(value)
                self.emit("LIST_APPEND", 1)
            self.emit("PRECALL", 1)
            self.emit("CALL", 1)
        else:
            self.visit_exprs(values)
            if len(values) != 1:
                self.emit("BUILD_STRING", len(values))

    def visit_Constant(self, e):
        self.load_const(e.value)

    def visit_Attribute(self, e):
        self.visit_expr(e.value)
        ctx = _kind(e.ctx)
        if ctx == "Load":
            self.update_start_location_to_match_attr(e)
            self.emit_name("LOAD_ATTR", e.attr)
        elif ctx == "Store":
            self.forbidden_name(e.attr, "Store")
            self.update_start_location_to_match_attr(e)
            self.emit_name("STORE_ATTR", e.attr)
        else:
            self.update_start_location_to_match_attr(e)
            self.emit_name("DELETE_ATTR", e.attr)

    def visit_Subscript(self, e):
        ctx = _kind(e.ctx)
        if ctx == "Load":
            self.check_subscripter(e.value)
            self.check_index(e.value, e.slice)
        self.visit_expr(e.value)
        self.visit_expr(e.slice)
        self.emit({"Load": "BINARY_SUBSCR", "Store": "STORE_SUBSCR",
                   "Del": "DELETE_SUBSCR"}[ctx])

    # --- compile-time warnings (compiler_warn and its checks) ---------------------

    def warn(self, message):
        """Counterpart: compiler_warn: a SyntaxWarning at the current line; if
        the warnings filters make it an error, a SyntaxError instead."""
        from glass.parser import diagnostics
        try:
            diagnostics.warn_explicit(SyntaxWarning, message, self.filename, self.u.loc[0])
        except SyntaxWarning:
            raise self.error(message)

    def check_compare(self, e):
        """check_compare: `is`/`is not` with a literal other than the singletons."""
        left = _is_arg_ok(e.left)
        for op, right_expr in zip(e.ops, e.comparators):
            right = _is_arg_ok(right_expr)
            kind = _kind(op)
            if kind in ("Is", "IsNot") and not (left and right):
                self.warn('"is" with a literal. Did you mean "=="?' if kind == "Is" else
                          '"is not" with a literal. Did you mean "!="?')
                return
            left = right

    def check_caller(self, func):
        """check_caller: calling a literal or a display."""
        if _kind(func) in ("Constant", "Tuple", "List", "ListComp", "Dict", "DictComp",
                           "Set", "SetComp", "GeneratorExp", "JoinedStr",
                           "FormattedValue"):
            self.warn("'%s' object is not callable; perhaps you missed a comma?"
                      % _inferred_type(func))

    def check_subscripter(self, value):
        """check_subscripter: subscripting something that cannot be subscripted."""
        kind = _kind(value)
        if kind == "Constant":
            v = value.value
            if not (v is None or v is Ellipsis or type(v) in (int, float, complex, bool)
                    or isinstance(v, frozenset)):
                return
        elif kind not in ("Set", "SetComp", "GeneratorExp", "Lambda"):
            return
        self.warn("'%s' object is not subscriptable; perhaps you missed a comma?"
                  % _inferred_type(value))

    def check_index(self, value, index):
        """check_index: a sequence literal indexed by something not an index."""
        index_type = _inferred_type(index)
        if index_type is None or index_type in ("int", "bool", "slice"):
            return
        kind = _kind(value)
        if kind == "Constant":
            if not isinstance(value.value, (str, bytes, tuple)):
                return
        elif kind not in ("Tuple", "List", "ListComp", "JoinedStr", "FormattedValue"):
            return
        self.warn("%s indices must be integers or slices, not %s; perhaps you missed "
                  "a comma?" % (_inferred_type(value), index_type))

    def visit_Starred(self, e):
        if _kind(e.ctx) == "Store":
            raise self.error("starred assignment target must be in a list or tuple")
        raise self.error("can't use starred expression here")

    def visit_Name(self, e):
        self.nameop(e.id, _kind(e.ctx))

    def visit_List(self, e):
        ctx = _kind(e.ctx)
        if ctx == "Store":
            self.assignment_helper(e.elts)
        elif ctx == "Load":
            self.starunpack_helper(e.elts, 0, "BUILD_LIST", "LIST_APPEND",
                                   "LIST_EXTEND", False)
        else:
            self.visit_exprs(e.elts)

    def visit_Tuple(self, e):
        ctx = _kind(e.ctx)
        if ctx == "Store":
            self.assignment_helper(e.elts)
        elif ctx == "Load":
            self.starunpack_helper(e.elts, 0, "BUILD_LIST", "LIST_APPEND",
                                   "LIST_EXTEND", True)
        else:
            self.visit_exprs(e.elts)

    def visit_Slice(self, e):
        n = 2
        if e.lower is not None:
            self.visit_expr(e.lower)
        else:
            self.load_const(None)
        if e.upper is not None:
            self.visit_expr(e.upper)
        else:
            self.load_const(None)
        if e.step is not None:
            n += 1
            self.visit_expr(e.step)
        self.emit("BUILD_SLICE", n)

    # --- Sequences ----------------------------------------------------------------------

    def starunpack_helper(self, elts, pushed, build, add, extend, tuple_):
        """Counterpart: starunpack_helper: build a list/tuple/set, with
        `*x` items spliced in by the extend opcode."""
        n = len(elts)
        if n > 2 and all(_kind(elt) == "Constant" for elt in elts):
            folded = tuple(elt.value for elt in elts)
            if tuple_ and not pushed:
                self.load_const(folded)
            else:
                if add == "SET_ADD":
                    folded = frozenset(folded)
                self.emit(build, pushed)
                self.load_const(folded)
                self.emit(extend, 1)
                if tuple_:
                    self.emit("LIST_TO_TUPLE")
            return
        big = n + pushed > STACK_USE_GUIDELINE
        seen_star = any(_kind(elt) == "Starred" for elt in elts)
        if not seen_star and not big:
            self.visit_exprs(elts)
            self.emit("BUILD_TUPLE" if tuple_ else build, n + pushed)
            return
        sequence_built = False
        if big:
            self.emit(build, pushed)
            sequence_built = True
        for i, elt in enumerate(elts):
            if _kind(elt) == "Starred":
                if not sequence_built:
                    self.emit(build, i + pushed)
                    sequence_built = True
                self.visit_expr(elt.value)
                self.emit(extend, 1)
            else:
                self.visit_expr(elt)
                if sequence_built:
                    self.emit(add, 1)
        if tuple_:
            self.emit("LIST_TO_TUPLE")

    def unpack_helper(self, elts):
        n = len(elts)
        seen_star = False
        for i, elt in enumerate(elts):
            if _kind(elt) == "Starred":
                if seen_star:
                    raise self.error("multiple starred expressions in assignment")
                if i >= 1 << 8 or n - i - 1 >= (2 ** 31 - 1) >> 8:
                    raise self.error("too many expressions in star-unpacking "
                                     "assignment")
                self.emit("UNPACK_EX", i + ((n - i - 1) << 8))
                seen_star = True
        if not seen_star:
            self.emit("UNPACK_SEQUENCE", n)

    def assignment_helper(self, elts):
        self.unpack_helper(elts)
        for elt in elts:
            self.visit_expr(elt.value if _kind(elt) == "Starred" else elt)

    # --- Conditions ---------------------------------------------------------------------

    def jump_if(self, e, target, cond):
        """Counterpart: compiler_jump_if: jump to target when bool(e) == cond,
        without building the intermediate booleans of `and`, `or`, `not`."""
        kind = _kind(e)
        if kind == "UnaryOp" and _kind(e.op) == "Not":
            return self.jump_if(e.operand, target, not cond)
        if kind == "BoolOp":
            values = e.values
            cond2 = _kind(e.op) == "Or"
            next2 = target
            if cond2 != cond:
                next2 = self.new_block()
            for value in values[:-1]:
                self.jump_if(value, next2, cond2)
            self.jump_if(values[-1], target, cond)
            if next2 is not target:
                self.use_next_block(next2)
            return
        if kind == "IfExp":
            end = self.new_block()
            next2 = self.new_block()
            self.jump_if(e.test, next2, False)
            self.jump_if(e.body, target, cond)
            self.emit_jump_noline("JUMP", end)
            self.use_next_block(next2)
            self.jump_if(e.orelse, target, cond)
            self.use_next_block(end)
            return
        if kind == "Compare":
            # The comparison's location is set here and left in place for
            # the jump and what follows, as 3.11 does.
            self.set_loc(e)
        if kind == "Compare" and len(e.ops) > 1:
            cleanup = self.new_block()
            self.visit_expr(e.left)
            n = len(e.ops) - 1
            for i in range(n):
                self.visit_expr(e.comparators[i])
                self.emit("SWAP", 2)
                self.emit("COPY", 2)
                self.emit_compare(e.ops[i])
                self.emit_jump("POP_JUMP_IF_FALSE", cleanup)
                self.next_block()
            self.visit_expr(e.comparators[-1])
            self.emit_compare(e.ops[-1])
            self.emit_jump("POP_JUMP_IF_TRUE" if cond else "POP_JUMP_IF_FALSE", target)
            self.next_block()
            end = self.new_block()
            self.emit_jump_noline("JUMP", end)
            self.use_next_block(cleanup)
            self.emit("POP_TOP")
            if not cond:
                self.emit_jump_noline("JUMP", target)
            self.use_next_block(end)
            return
        self.visit_expr(e)
        self.emit_jump("POP_JUMP_IF_TRUE" if cond else "POP_JUMP_IF_FALSE", target)
        self.next_block()

    # --- Comprehensions -------------------------------------------------------------

    def comprehension(self, e, kind, name, generators, elt, value):
        """Counterpart: compiler_comprehension: a nested function called
        with the outermost iterator."""
        outer_scope = self.u.scope_type
        top_level_await = self.is_top_level_await()
        outermost = generators[0]
        self.enter_scope(name, SCOPE_COMPREHENSION, e, e.lineno)
        self.set_loc(e)
        is_async_generator = self.u.ste.coroutine
        if (is_async_generator and kind != COMP_GENEXP
                and outer_scope not in (SCOPE_ASYNC_FUNCTION, SCOPE_COMPREHENSION)
                and not top_level_await):
            raise self.error("asynchronous comprehension outside of an "
                             "asynchronous function")
        if kind != COMP_GENEXP:
            self.emit({COMP_LISTCOMP: "BUILD_LIST", COMP_SETCOMP: "BUILD_SET",
                       COMP_DICTCOMP: "BUILD_MAP"}[kind], 0)
        self.comprehension_generator(generators, 0, 0, elt, value, kind)
        if kind != COMP_GENEXP:
            self.emit("RETURN_VALUE")
        code = self.assemble(True)
        qualname = self.u.qualname
        self.exit_scope()
        if top_level_await and is_async_generator:
            self.u.ste.coroutine = True
        self.make_closure(code, 0, qualname)
        self.visit_expr(outermost.iter)
        self.emit("GET_AITER" if outermost.is_async else "GET_ITER")
        self.emit("PRECALL", 0)
        self.emit("CALL", 0)
        if is_async_generator and kind != COMP_GENEXP:
            self.emit("GET_AWAITABLE", 0)
            self.load_const(None)
            self.add_yield_from(True)

    def comprehension_generator(self, generators, index, depth, elt, value, kind):
        if generators[index].is_async:
            self.async_comprehension_generator(generators, index, depth, elt,
                                               value, kind)
        else:
            self.sync_comprehension_generator(generators, index, depth, elt,
                                              value, kind)

    def comprehension_element(self, elt, value, kind, depth):
        if kind == COMP_GENEXP:
            self.visit_expr(elt)
            self.add_yield()
            self.emit("POP_TOP")
        elif kind == COMP_LISTCOMP:
            self.visit_expr(elt)
            self.emit("LIST_APPEND", depth + 1)
        elif kind == COMP_SETCOMP:
            self.visit_expr(elt)
            self.emit("SET_ADD", depth + 1)
        else:
            # {k: v}: k is evaluated before v.
            self.visit_expr(elt)
            self.visit_expr(value)
            self.emit("MAP_ADD", depth + 1)

    def sync_comprehension_generator(self, generators, index, depth, elt, value, kind):
        start = self.new_block()
        if_cleanup = self.new_block()
        anchor = self.new_block()
        gen = generators[index]
        if index == 0:
            # The outermost iterator arrives as the argument `.0`.
            self.u.argcount = 1
            self.emit("LOAD_FAST", 0)
        else:
            # Fast path for the idiom `for y in [f(x)]`.
            elts = gen.iter.elts if _kind(gen.iter) in ("List", "Tuple") else ()
            if len(elts) == 1 and _kind(elts[0]) != "Starred":
                self.visit_expr(elts[0])
                start = None
            else:
                self.visit_expr(gen.iter)
                self.emit("GET_ITER")
        if start is not None:
            depth += 1
            self.use_next_block(start)
            self.emit_jump("FOR_ITER", anchor)
            self.next_block()
        self.visit_expr(gen.target)
        for condition in gen.ifs:
            self.jump_if(condition, if_cleanup, False)
            self.next_block()
        index += 1
        if index < len(generators):
            self.comprehension_generator(generators, index, depth, elt, value, kind)
        else:
            self.comprehension_element(elt, value, kind, depth)
        self.use_next_block(if_cleanup)
        if start is not None:
            self.emit_jump("JUMP", start)
            self.use_next_block(anchor)

    def async_comprehension_generator(self, generators, index, depth, elt, value, kind):
        start = self.new_block()
        except_ = self.new_block()
        if_cleanup = self.new_block()
        gen = generators[index]
        if index == 0:
            self.u.argcount = 1
            self.emit("LOAD_FAST", 0)
        else:
            self.visit_expr(gen.iter)
            self.emit("GET_AITER")
        self.use_next_block(start)
        self.push_fblock(ASYNC_COMPREHENSION_GENERATOR, start)
        self.emit_jump("SETUP_FINALLY", except_)
        self.emit("GET_ANEXT")
        self.load_const(None)
        self.add_yield_from(True)
        self.emit("POP_BLOCK")
        self.visit_expr(gen.target)
        for condition in gen.ifs:
            self.jump_if(condition, if_cleanup, False)
            self.next_block()
        depth += 1
        index += 1
        if index < len(generators):
            self.comprehension_generator(generators, index, depth, elt, value, kind)
        else:
            self.comprehension_element(elt, value, kind, depth)
        self.use_next_block(if_cleanup)
        self.emit_jump("JUMP", start)
        self.pop_fblock(ASYNC_COMPREHENSION_GENERATOR, start)
        self.use_next_block(except_)
        self.emit("END_ASYNC_FOR")


# Counterpart: infer_type: the type of a literal or display, by name.
_DISPLAY_TYPES = {"Tuple": "tuple", "List": "list", "ListComp": "list", "Dict": "dict",
                  "DictComp": "dict", "Set": "set", "SetComp": "set",
                  "GeneratorExp": "generator", "Lambda": "function", "JoinedStr": "str",
                  "FormattedValue": "str"}
_CONSTANT_TYPES = {type(None): "NoneType", type(Ellipsis): "ellipsis"}


def _inferred_type(e):
    kind = _kind(e)
    if kind == "Constant":
        kind_of_value = type(e.value)
        return _CONSTANT_TYPES.get(kind_of_value, kind_of_value.__name__)
    return _DISPLAY_TYPES.get(kind)


def _is_arg_ok(e):
    """check_is_arg: anything but a constant, or one of the named singletons."""
    if _kind(e) != "Constant":
        return True
    return e.value is None or e.value is True or e.value is False or e.value is Ellipsis


def program_text(filename, lineno):
    """Counterpart: PyErr_ProgramTextObject: the compiler's errors show the
    line as the *file* named `filename` has it (None when there is no such
    file), not as the compiled string has it."""
    try:
        with open(filename, "rb") as file:
            for number, line in enumerate(file, 1):
                if number == lineno:
                    return line.decode("utf-8", "replace")
    except (OSError, ValueError):
        return None
    return None


def compile_ast(mod, filename, flags=0, optimize=0, source=None):
    """AST (already constant-folded) -> Code.  Counterpart: _PyAST_Compile."""
    from glass.compiler.symtable import build_symtable, future_features
    features, future_lineno = future_features(mod)
    flags |= features
    table = build_symtable(mod, filename, flags)
    compiler = Compiler(table, filename, flags, optimize)
    compiler.future_lineno = future_lineno
    compiler.source = source
    _compilations[0] += 1
    try:
        return compiler.compile_module(mod)
    finally:
        _compilations[0] -= 1
        if not _compilations[0]:
            _CODE_KEYS.clear()
