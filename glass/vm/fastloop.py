"""The fast tier: the handlers of ceval.py inlined into one generated loop.

Counterpart: Python/generated_cases.c.h (3.12), which CPython generates from
the instruction definitions of bytecodes.c.  Here the single source is the
handlers of glass/vm/ceval.py; this module turns them into one host function
in which the value stack pointer, the program counter and the current
instruction index live in local variables instead of frame attributes, and
a handler's body runs without a host call.

    python3 -m glass.vm.fastloop          # print the generated loop

How a handler is inlined (everything else about it is kept as written):

    frame.push(x)           _stack[_sp] = x; _sp += 1
    w = frame.pop()         _sp -= 1; w = _stack[_sp]; _stack[_sp] = None
    frame.top()             _stack[_sp - 1]
    frame.peek(n)           _stack[_sp - (n)]
    frame.set_peek(n, x)    _stack[_sp - (n)] = x
    frame.pop_n(n)          a slice of _stack, then cleared
    frame.localsplus        _stack            (locals and stack share a list)
    frame.pc / frame.lasti  _pc / _i
    return None             continue          (next instruction)

A handler that returns a frame (calls and returns), loops while it uses the
stack, or uses the stack inside a conditional expression is not inlined: the
loop writes its locals back to the frame, calls the handler, and reads them
again.  A statement that hands `frame` itself to a helper function gets the
same write-back and re-read around it, so helpers always see a true frame.

Measured on bench/programs/unpack_sequence and a `while` loop of `x = x + i`,
CPython 3.11 host: see docs/STATUS.md (bench) for the ratios.
"""
from __future__ import annotations

import ast
import inspect
import os
import textwrap

# Opcodes tried first, in this order: the ones that run most in real programs
# (a linear test per instruction is cheap for these; the rest go through a
# binary search on the opcode number).
HOT_OPS = (
    "LOAD_FAST", "LOAD_CONST", "STORE_FAST", "LOAD_GLOBAL", "LOAD_ATTR",
    "POP_TOP", "BINARY_OP", "COMPARE_OP", "POP_JUMP_FORWARD_IF_FALSE",
    "POP_JUMP_FORWARD_IF_TRUE", "JUMP_BACKWARD", "FOR_ITER", "LOAD_METHOD",
    "PRECALL", "PUSH_NULL", "BINARY_SUBSCR", "RESUME", "STORE_ATTR",
    "POP_JUMP_BACKWARD_IF_TRUE", "POP_JUMP_BACKWARD_IF_FALSE",
)

# frame attributes that become loop locals
_LOCAL_FOR_ATTR = {"localsplus": "_stack", "pc": "_pc", "lasti": "_i",
                   "stacktop": "_sp"}

# what never changes while a frame runs, read once when the loop enters it
_LOCAL_FOR_CHAIN = {"frame.w_code.w_consts.items": "_consts",
                    "frame.w_code.names_w": "_names"}


class NotInlinable(Exception):
    """This handler keeps its host call."""


class _Inliner:
    """Rewrites one handler's body into statements for the generated loop."""

    def __init__(self, name):
        self.name = name
        self.temp_count = 0
        self.imports = []

    # --- statements ---------------------------------------------------------

    def body(self, statements, in_loop=False):
        out = []
        for statement in statements:
            out.extend(self.statement(statement, in_loop))
        return out

    def statement(self, node, in_loop):
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant) \
                and isinstance(node.value.value, str):
            return []                                  # the docstring
        if isinstance(node, ast.ImportFrom) and not in_loop:
            self.imports.append(node)                  # hoisted to module level
            return []
        if isinstance(node, ast.Return):
            if node.value is not None and not (isinstance(node.value, ast.Constant)
                                               and node.value.value is None):
                raise NotInlinable("returns a value (a frame switch)")
            if in_loop:
                raise NotInlinable("returns from inside a loop")
            return [ast.Continue()]
        if isinstance(node, (ast.For, ast.While)):
            if self._uses_stack(node):
                raise NotInlinable("uses the stack inside a loop")
            node.body = self.body(node.body, True)
            node.orelse = self.body(node.orelse, True)
            return [node]
        if isinstance(node, ast.If):
            prefix = self._hoist_pops(node, ["test"])
            node.test = self.expression(node.test)
            node.body = self.body(node.body, in_loop) or [ast.Pass()]
            node.orelse = self.body(node.orelse, in_loop)
            return prefix + [node]
        if isinstance(node, ast.Try):
            node.body = self.body(node.body, in_loop) or [ast.Pass()]
            for handler in node.handlers:
                handler.body = self.body(handler.body, in_loop) or [ast.Pass()]
            node.orelse = self.body(node.orelse, in_loop)
            node.finalbody = self.body(node.finalbody, in_loop)
            return [node]
        if isinstance(node, ast.With):
            node.body = self.body(node.body, in_loop) or [ast.Pass()]
            return [node]
        return self.simple_statement(node)

    def simple_statement(self, node):
        call = node.value if isinstance(node, ast.Expr) else None
        if isinstance(call, ast.Call) and _is_frame_method(call, "push"):
            prefix = self._hoist_pops_in(call.args)
            value = self.expression(call.args[0])
            return prefix + _parse("_stack[_sp] = __V\n_sp += 1", __V=value)
        if isinstance(call, ast.Call) and _is_frame_method(call, "set_peek"):
            prefix = self._hoist_pops_in(call.args)
            depth, value = (self.expression(a) for a in call.args)
            return prefix + _parse("_stack[_sp - (__N)] = __V", __N=depth, __V=value)
        prefix = self._hoist_pops(node, None)
        node = self._rewrite_attributes(node)
        if _mentions_bare_frame(node):
            # A helper receives the frame: give it the true state and take
            # back whatever it did to the stack or the counters.
            return (prefix + _parse("frame.stacktop = _sp\nframe.pc = _pc\n"
                                    "frame.lasti = _i\n_in_call = True")
                    + [node] + _parse("_in_call = False\n_sp = frame.stacktop\n_pc = frame.pc"))
        return prefix + [node]

    # --- expressions -----------------------------------------------------------

    def expression(self, node):
        return self._rewrite_attributes(node)

    def _rewrite_attributes(self, node):
        inliner = self

        class Rewriter(ast.NodeTransformer):
            def visit_Call(self, call):
                self.generic_visit(call)
                if _is_frame_method(call, "top"):
                    return _expr("_stack[_sp - 1]")
                if _is_frame_method(call, "peek"):
                    return _expr("_stack[_sp - (__N)]", __N=call.args[0])
                if _is_frame_call(call):
                    raise NotInlinable("frame.%s() in an expression" % call.func.attr)
                return call

            def visit_Attribute(self, attribute):
                chain = ast.unparse(attribute)
                if chain in _LOCAL_FOR_CHAIN and isinstance(attribute.ctx, ast.Load):
                    return ast.Name(_LOCAL_FOR_CHAIN[chain], ast.Load())
                self.generic_visit(attribute)
                if _is_frame(attribute.value) and attribute.attr in _LOCAL_FOR_ATTR:
                    return ast.Name(_LOCAL_FOR_ATTR[attribute.attr], attribute.ctx)
                return attribute

        del inliner
        return ast.fix_missing_locations(Rewriter().visit(node))

    def _hoist_pops(self, node, fields):
        """Pull each frame.pop() / pop_n() of a statement out in front of it."""
        targets = [getattr(node, f) for f in fields] if fields else [node]
        return self._hoist_pops_in(targets)

    def _hoist_pops_in(self, nodes):
        prefix = []
        for root in nodes:
            for parent in ast.walk(root):
                for field, value in ast.iter_fields(parent):
                    values = value if isinstance(value, list) else [value]
                    for index, child in enumerate(values):
                        if not (isinstance(child, ast.Call) and
                                (_is_frame_method(child, "pop") or
                                 _is_frame_method(child, "pop_n"))):
                            continue
                        if isinstance(parent, (ast.IfExp, ast.BoolOp, ast.Lambda,
                                               ast.comprehension)):
                            raise NotInlinable("pops under a condition")
                        temp = self._temp()
                        if child.func.attr == "pop":
                            prefix += _parse("_sp -= 1\n%s = _stack[_sp]\n_stack[_sp] = None" % temp)
                        else:
                            count = self._temp()
                            prefix += [ast.Assign([ast.Name(count, ast.Store())], child.args[0])]
                            prefix += _parse(
                                "_sp -= %(n)s\n%(t)s = _stack[_sp:_sp + %(n)s]\n"
                                "_stack[_sp:_sp + %(n)s] = [None] * %(n)s" % {"n": count, "t": temp})
                        replacement = ast.Name(temp, ast.Load())
                        if isinstance(value, list):
                            value[index] = replacement
                        else:
                            setattr(parent, field, replacement)
        return [ast.fix_missing_locations(s) for s in prefix]

    def _uses_stack(self, node):
        return any(isinstance(n, ast.Call) and _is_frame_call(n) for n in ast.walk(node))

    def _temp(self):
        self.temp_count += 1
        return "_%s_t%d" % (self.name.lower(), self.temp_count)


def _is_frame(node):
    return isinstance(node, ast.Name) and node.id == "frame"


def _is_frame_call(call):
    return isinstance(call.func, ast.Attribute) and _is_frame(call.func.value)


def _is_frame_method(call, name):
    return _is_frame_call(call) and call.func.attr == name


def _mentions_bare_frame(node):
    """Is `frame` used other than as `frame.<attribute>`?"""
    attribute_bases = {id(n.value) for n in ast.walk(node) if isinstance(n, ast.Attribute)}
    return any(_is_frame(n) and id(n) not in attribute_bases for n in ast.walk(node))


class _Substitute(ast.NodeTransformer):
    def __init__(self, mapping):
        self.mapping = mapping

    def visit_Name(self, node):
        return self.mapping.get(node.id, node)


def _parse(source, **mapping):
    tree = ast.parse(textwrap.dedent(source))
    return [ast.fix_missing_locations(_Substitute(mapping).visit(s)) for s in tree.body]


def _expr(source, **mapping):
    return _parse(source, **mapping)[0].value


# --- Generating the loop -------------------------------------------------------------

def inline_handler(func, name):
    """(statements, hoisted imports) for one handler, or raise NotInlinable."""
    tree = ast.parse(textwrap.dedent(inspect.getsource(func)))
    definition = tree.body[0]
    args = [a.arg for a in definition.args.args]
    if args != ["frame", "oparg"]:
        raise NotInlinable("unexpected parameters %r" % args)
    inliner = _Inliner(name)
    statements = inliner.body(definition.body)
    return statements, inliner.imports


def generate(handlers, opnames):
    """The source of the fast loop for this handler table, and what was inlined."""
    inlined = {}
    imports = []
    for number, func in enumerate(handlers):
        name = opnames[number]
        if func is None or name.startswith("<") or func.__name__ != name:
            continue
        try:
            statements, hoisted = inline_handler(func, name)
        except NotInlinable:
            continue
        inlined[number] = statements
        imports.extend(hoisted)
    order = [n for n in (opnames.index(op) for op in HOT_OPS if op in opnames) if n in inlined]
    rest = sorted(n for n in inlined if n not in order)
    dispatch = []
    for number in order:
        dispatch.append(_case(number, opnames[number], inlined[number]))
    if rest:
        dispatch.append(_search(rest, opnames, inlined))
    loop = _parse(_LOOP_TEMPLATE)[0]
    # The dispatch goes where the template's inner loop has its `pass`.
    inner_while = [n for n in ast.walk(loop) if isinstance(n, ast.While)][1]
    marker = [i for i, s in enumerate(inner_while.body) if isinstance(s, ast.Pass)][0]
    inner_while.body[marker:marker + 1] = dispatch
    module = ast.Module(body=_unique_imports(imports) + [loop], type_ignores=[])
    ast.fix_missing_locations(module)
    return ast.unparse(module), sorted(opnames[n] for n in inlined)


def _case(number, name, statements):
    return ast.If(test=_expr("_op == %d" % number),
                  body=[ast.Expr(ast.Constant(name))] + statements + [ast.Continue()],
                  orelse=[])


def _search(numbers, opnames, inlined):
    """A binary search over the remaining inlined opcodes."""
    if len(numbers) <= 3:
        return [_case(n, opnames[n], inlined[n]) for n in numbers]
    middle = len(numbers) // 2
    return ast.If(test=_expr("_op < %d" % numbers[middle]),
                  body=_as_list(_search(numbers[:middle], opnames, inlined)),
                  orelse=_as_list(_search(numbers[middle:], opnames, inlined)))


def _as_list(node_or_list):
    return node_or_list if isinstance(node_or_list, list) else [node_or_list]


def _unique_imports(imports):
    seen, out = set(), []
    for node in imports:
        key = ast.dump(node)
        if key not in seen:
            seen.add(key)
            out.append(node)
    return out


_LOOP_TEMPLATE = '''
def fast_loop(tstate, frame):
    """The generated loop: see glass/vm/fastloop.py."""
    while True:
        decoded = frame.decoded
        _ops, _arg_next = decoded.ops, decoded.arg_next
        _consts, _names = frame.w_code.w_consts.items, frame.w_code.names_w
        _stack = frame.localsplus
        _sp = frame.stacktop
        _pc = frame.pc
        _i = _pc
        _in_call = False
        try:
            while True:
                _i = _pc
                # Kept on the frame at every instruction, as 3.11 keeps
                # prev_instr: guest code called from an inlined handler may
                # read this frame's f_lineno (sys._getframe(1)).
                frame.lasti = _i
                _op = _ops[_i]
                oparg, _pc = _arg_next[_i]
                pass
                frame.stacktop = _sp
                frame.pc = _pc
                frame.lasti = _i
                _in_call = True
                switch = HANDLERS[_op](frame, oparg)
                _in_call = False
                if switch is not None:
                    if switch is EXIT:
                        w_retval = frame.w_retval
                        frame.w_retval = None
                        return w_retval
                    frame = switch
                    break
                _sp = frame.stacktop
                _pc = frame.pc
        except OperationError as error:
            if not _in_call:
                frame.stacktop = _sp
                frame.pc = _pc
                frame.lasti = _i
            frame = handle_error(tstate, frame, error)
'''


def build(use_cache=False):
    """Generate, compile and return the fast loop for ceval's current handlers.

    With use_cache, the generated source is kept in __pycache__ under a key
    made of the sources it is generated from, so start-up does not pay for
    generating it again (about half a second)."""
    from glass.bytecode.opcode import OPNAME
    from glass.vm import ceval
    source = _cached_source() if use_cache else None
    if source is None:
        source, _ = generate(ceval.HANDLERS, list(OPNAME))
        if use_cache:
            _store_source(source)
    namespace = dict(vars(ceval))
    code = compile(source, "<glass fast loop>", "exec")
    exec(code, namespace)
    loop = namespace["fast_loop"]
    loop.source = source
    return loop


def _cache_path():
    import hashlib
    import sys
    here = os.path.dirname(os.path.abspath(__file__))
    digest = hashlib.sha256()
    for name in ("ceval.py", "fastloop.py", "frame.py"):     # frame.py: DecodedCode
        with open(os.path.join(here, name), "rb") as file:
            digest.update(file.read())
    digest.update(sys.version.encode())
    return os.path.join(here, "__pycache__", "fastloop-%s.py" % digest.hexdigest()[:16])


def _cached_source():
    try:
        with open(_cache_path(), encoding="utf-8") as file:
            return file.read()
    except OSError:
        return None


def _store_source(source):
    path = _cache_path()
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        temporary = "%s.%d" % (path, os.getpid())
        with open(temporary, "w", encoding="utf-8") as file:
            file.write(source)
        os.replace(temporary, path)
    except OSError:
        pass                      # a read-only install generates it each time


_INSTALLED = []


def install():
    """Make eval_frame run the fast loop (unless GLASS_LOOP=plain)."""
    if os.environ.get("GLASS_LOOP", "fast") == "plain":
        return None
    from glass.vm import ceval
    if not _INSTALLED:
        _INSTALLED.append(build(use_cache=True))
    ceval.set_loop(_INSTALLED[0])
    return _INSTALLED[0]


if __name__ == "__main__":
    import sys
    from glass.bytecode.opcode import OPNAME
    from glass.vm import ceval
    text, names = generate(ceval.HANDLERS, list(OPNAME))
    sys.stdout.write(text + "\n")
    sys.stderr.write("inlined %d handlers: %s\n" % (len(names), " ".join(names)))
