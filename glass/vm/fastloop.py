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
    frame.push_all(items)   _stack[_sp:_sp + len(items)] = items; _sp += ...
    w = frame.pop()         _sp -= 1; w = _stack[_sp]; _stack[_sp] = None
    frame.top()             _stack[_sp - 1]
    frame.peek(n)           _stack[_sp - (n)]
    frame.set_peek(n, x)    _stack[_sp - (n)] = x
    frame.pop_n(n)          a slice of _stack, then cleared
    frame.localsplus        _stack            (locals and stack share a list)
    frame.pc / frame.lasti  _pc / _i
    pystate.current()       tstate            (the loop's own thread state)
    decref(w) / xdecref(w)  the count test written out (Py_DECREF's macro)
    return <frame or EXIT>  the frame's state written back, then the switch
    return None             continue          (next instruction)

A handler that returns from inside a loop, loops while it uses the stack,
or uses the stack inside a conditional expression is not inlined: the loop
writes its locals back to the frame, calls the handler, and reads them
again.  A statement that hands `frame` itself to a helper function gets the
same write-back and re-read around it, so helpers always see a true frame.
A handler that switches frames (a call, a return, a yield) is inlined too:
its answer goes where a called handler's goes, after the write-back.

Measured on bench/programs/unpack_sequence and a `while` loop of `x = x + i`,
CPython 3.11 host: see docs/STATUS.md (bench) for the ratios.
"""
from __future__ import annotations

import os
import sys

# The generator's modules, imported when a loop is generated (see
# _import_generator_modules): a start-up that finds its loop in the cache
# does not pay for them.
ast = inspect = textwrap = None

# How often each instruction runs, in percent of all instructions (the
# mean over bench/programs/, counted with the plain loop).  The dispatch is
# a search tree over the opcode number shaped by these weights, so the
# frequent instructions take few tests: 4.4 on average, against 6.3 for
# LOAD_FAST first then an even binary search, and about 14 for the twenty
# most frequent tried in turn (each test costs every instruction that
# comes after it).
OP_WEIGHTS = {
    "LOAD_FAST": 24.8, "BINARY_OP": 11.7, "STORE_FAST": 10.9, "LOAD_CONST": 7.5,
    "LOAD_ATTR": 4.4, "RESUME": 3.2, "BINARY_SUBSCR": 3.1, "FOR_ITER": 2.8, "PRECALL": 2.7,
    "CALL": 2.7, "JUMP_BACKWARD": 2.7, "POP_TOP": 1.9, "SWAP": 1.8, "RETURN_VALUE": 1.7,
    "COPY": 1.7, "YIELD_VALUE": 1.5, "LOAD_GLOBAL": 1.5, "STORE_ATTR": 1.3,
    "COMPARE_OP": 1.3, "LOAD_METHOD": 1.2, "STORE_SUBSCR": 1.0,
    "POP_JUMP_FORWARD_IF_FALSE": 1.0, "LOAD_DEREF": 1.0, "BUILD_SLICE": 0.8,
    "UNPACK_SEQUENCE": 0.8, "POP_JUMP_BACKWARD_IF_TRUE": 0.6, "BUILD_TUPLE": 0.5,
    "STORE_NAME": 0.4, "LIST_APPEND": 0.4, "LOAD_NAME": 0.4, "JUMP_FORWARD": 0.3,
    "POP_JUMP_FORWARD_IF_NONE": 0.3, "GET_ITER": 0.2, "SEND": 0.2,
}
_RARE_WEIGHT = 0.05
# A node tests its heaviest opcode first when that one weighs this share
# of the node's total; otherwise it splits the opcode range at half weight.
_TEST_FIRST_SHARE = 0.3

# frame attributes that become loop locals
_LOCAL_FOR_ATTR = {"localsplus": "_stack", "pc": "_pc", "lasti": "_i",
                   "stacktop": "_sp"}

# what never changes while a frame runs, read once when the loop enters it
_LOCAL_FOR_CHAIN = {"frame.w_code.w_consts.items": "_consts",
                    "frame.w_code.names_w": "_names", "frame.decoded": "decoded"}


class NotInlinable(Exception):
    """This handler keeps its host call."""


class StaleSource(Exception):
    """ceval.py on disk is not the one running: no fast loop this time."""


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
            if in_loop:
                raise NotInlinable("returns from inside a loop")
            if node.value is None or (isinstance(node.value, ast.Constant)
                                      and node.value.value is None):
                return [ast.Continue()]
            # A frame switch (a call, a return, a yield): the handler's
            # answer goes where the template's `switch` goes, with the
            # frame's state written back first.
            prefix = self._hoist_pops(node, None)
            value = self.expression(node.value)
            if isinstance(value, ast.Name) and value.id == "EXIT":
                return prefix + _parse(_EXIT_TEMPLATE)
            if _mentions_bare_frame(value):
                return prefix + _parse(_SWITCH_WITH_FRAME, __V=value)
            return prefix + _parse(_SWITCH_TEMPLATE, __V=value)
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
        if isinstance(call, ast.Call) and _is_frame_method(call, "push_all") \
                and isinstance(call.args[0], ast.Name):
            return _parse("_stack[_sp:_sp + len(__V)] = __V\n_sp += len(__V)",
                          __V=call.args[0])
        if isinstance(call, ast.Call) and _is_frame_method(call, "set_peek"):
            prefix = self._hoist_pops_in(call.args)
            depth, value = (self.expression(a) for a in call.args)
            return prefix + _parse("_stack[_sp - (__N)] = __V", __N=depth, __V=value)
        prefix = self._hoist_pops(node, None)
        node = self._rewrite_attributes(node)
        released = _inline_decref(node)
        if released is not None:
            return prefix + released
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
                if ast.unparse(call) == "pystate.current()":
                    # The loop runs on one thread: its own tstate argument.
                    return ast.Name("tstate", ast.Load())
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
        # Shared by all handlers (only one runs at a time): every local of
        # the loop is one more slot to set up each time a frame is resumed.
        self.temp_count += 1
        return "_t%d" % self.temp_count


def _inline_decref(node):
    """decref(name) / xdecref(name) written out (Py_DECREF is a macro): the
    count test costs less than the host call.  None if node is neither."""
    call = node.value if isinstance(node, ast.Expr) else None
    if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Name)
            and call.func.id in ("decref", "xdecref") and len(call.args) == 1
            and not call.keywords and isinstance(call.args[0], ast.Name)):
        return None
    source = "__W.ob_refcnt -= 1\nif __W.ob_refcnt == 0:\n    dealloc(__W)"
    if call.func.id == "xdecref":
        source = "if __W is not None:\n" + textwrap.indent(source, "    ")
    return _parse(source, __W=call.args[0])


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


def _import_generator_modules():
    global ast, inspect, textwrap
    if ast is None:
        import ast as ast_module
        import inspect as inspect_module
        import textwrap as textwrap_module
        ast, inspect, textwrap = ast_module, inspect_module, textwrap_module


def _substitute(tree, mapping):
    """Replace the names of `mapping` in the tree by their nodes."""
    class Substitute(ast.NodeTransformer):
        def visit_Name(self, node):
            return mapping.get(node.id, node)
    return Substitute().visit(tree)


def _parse(source, **mapping):
    _import_generator_modules()
    tree = ast.parse(textwrap.dedent(source))
    return [ast.fix_missing_locations(_substitute(s, mapping)) for s in tree.body]


def _expr(source, **mapping):
    return _parse(source, **mapping)[0].value


# --- Generating the loop -------------------------------------------------------------

def inline_handler(func, name):
    """(statements, hoisted imports) for one handler, or raise NotInlinable."""
    _import_generator_modules()
    tree = ast.parse(textwrap.dedent(inspect.getsource(func)))
    definition = tree.body[0]
    if definition.name != func.__name__:
        # The file changed since the module was imported: its lines no
        # longer show the handler that runs.
        raise StaleSource("%s: the source of %s moved" % (name, func.__name__))
    args = [a.arg for a in definition.args.args]
    if args != ["frame", "oparg"]:
        raise NotInlinable("unexpected parameters %r" % args)
    inliner = _Inliner(name)
    statements = inliner.body(definition.body)
    return statements, inliner.imports


def generate(handlers, opnames):
    """The source of the fast loop for this handler table, and what was inlined."""
    _import_generator_modules()
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
    dispatch = _as_list(_search(sorted(inlined), opnames, inlined))
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
    """The dispatch over these inlined opcodes (sorted): a search tree
    weighted by OP_WEIGHTS, with up to three `==` tests at its leaves."""
    def weight(number):
        return OP_WEIGHTS.get(opnames[number], _RARE_WEIGHT)
    if len(numbers) <= 3:
        return [_case(n, opnames[n], inlined[n]) for n in sorted(numbers, key=weight, reverse=True)]
    total = sum(weight(n) for n in numbers)
    heaviest = max(numbers, key=weight)
    if weight(heaviest) >= _TEST_FIRST_SHARE * total:
        rest = [n for n in numbers if n != heaviest]
        return [_case(heaviest, opnames[heaviest], inlined[heaviest])] + \
            _as_list(_search(rest, opnames, inlined))
    below, split, best = 0.0, 1, None
    for index in range(1, len(numbers)):
        below += weight(numbers[index - 1])
        if best is None or abs(below - total / 2) < best:
            best, split = abs(below - total / 2), index
    return ast.If(test=_expr("_op < %d" % numbers[split]),
                  body=_as_list(_search(numbers[:split], opnames, inlined)),
                  orelse=_as_list(_search(numbers[split:], opnames, inlined)))


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


# An inlined handler's `return <answer>`: what the template does with a
# non-inlined handler's answer (None: the next instruction; EXIT: the entry
# frame is done; a frame: switch to it), the frame's state written back
# first.  _SWITCH_WITH_FRAME when the answer's expression hands `frame` to
# a helper, which must see the true state.
_SWITCH_TEMPLATE = '''
_switch = __V
if _switch is None:
    continue
frame.stacktop = _sp
frame.pc = _pc
frame.lasti = _i
if _switch is EXIT:
    w_retval = frame.w_retval
    frame.w_retval = None
    return w_retval
frame = _switch
break
'''

_EXIT_TEMPLATE = '''
frame.stacktop = _sp
frame.pc = _pc
frame.lasti = _i
w_retval = frame.w_retval
frame.w_retval = None
return w_retval
'''

_SWITCH_WITH_FRAME = '''
frame.stacktop = _sp
frame.pc = _pc
frame.lasti = _i
_in_call = True
_switch = __V
_in_call = False
if _switch is None:
    _sp = frame.stacktop
    _pc = frame.pc
    continue
if _switch is EXIT:
    w_retval = frame.w_retval
    frame.w_retval = None
    return w_retval
frame = _switch
break
'''


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

    With use_cache, the generated source and its compiled host code are kept
    in __pycache__ under a key made of the sources they come from (and the
    host's version), so start-up pays neither for generating the loop
    (about half a second) nor for compiling it (about 15 ms)."""
    from glass.bytecode.opcode import OPNAME
    from glass.vm import ceval
    key = _cache_key() if use_cache else None
    source = _cached_source(key) if use_cache else None
    code = None
    if source is None:
        source, _ = generate(ceval.HANDLERS, list(OPNAME))
        if use_cache:
            _store_source(key, source)
    elif use_cache:
        code = _cached_code(key)
    if code is None:
        code = compile(source, "<glass fast loop>", "exec")
        if use_cache:
            _store_code(key, code)
    namespace = dict(vars(ceval))
    exec(code, namespace)
    loop = namespace["fast_loop"]
    loop.source = source
    return loop


def _cache_key():
    """A digest of what the loop is made from: ceval.py, this file,
    frame.py (DecodedCode) and the host (its marshal format and bytecode)."""
    try:
        if sys.implementation.name != "cpython":
            raise ImportError("PyPy's _sha256 is written in Python")
        from _sha256 import sha256        # CPython's C hash: hashlib's import costs more
    except ImportError:
        from hashlib import sha256
    here = os.path.dirname(os.path.abspath(__file__))
    digest = sha256()
    for name in ("ceval.py", "fastloop.py", "frame.py"):
        with open(os.path.join(here, name), "rb") as file:
            digest.update(file.read())
    digest.update(sys.version.encode())
    return digest.hexdigest()[:16]


def _cache_path(key, suffix):
    here = os.path.dirname(os.path.abspath(__file__))
    return os.path.join(here, "__pycache__", "fastloop-%s%s" % (key, suffix))


def _cached_source(key):
    try:
        with open(_cache_path(key, ".py"), encoding="utf-8") as file:
            return file.read()
    except OSError:
        return None


def _cached_code(key):
    import marshal
    try:
        with open(_cache_path(key, ".%s.code" % sys.implementation.cache_tag), "rb") as file:
            code = marshal.loads(file.read())
    except (OSError, ValueError, EOFError, TypeError):
        return None
    return code if isinstance(code, type(_cached_code.__code__)) else None


def _store_source(key, source):
    _store(_cache_path(key, ".py"), source.encode("utf-8"))


def _store_code(key, code):
    import marshal
    _store(_cache_path(key, ".%s.code" % sys.implementation.cache_tag), marshal.dumps(code))


def _store(path, data):
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        temporary = "%s.%d" % (path, os.getpid())
        with open(temporary, "wb") as file:
            file.write(data)
        os.replace(temporary, path)
    except OSError:
        pass                      # a read-only install generates it each time


_INSTALLED = []


def install():
    """Make eval_frame run the fast loop (unless GLASS_LOOP=plain).

    On PyPy the plain loop is the default: its JIT traces the small handler
    loop better than the large generated one (bench: about 12% faster).
    """
    default = "plain" if sys.implementation.name == "pypy" else "fast"
    if os.environ.get("GLASS_LOOP", default) == "plain":
        return None
    from glass.vm import ceval
    if not _INSTALLED:
        try:
            _INSTALLED.append(build(use_cache=True))
        except StaleSource:
            return None                    # the plain loop runs
    ceval.set_loop(_INSTALLED[0])
    return _INSTALLED[0]


if __name__ == "__main__":
    import sys
    from glass.bytecode.opcode import OPNAME
    from glass.vm import ceval
    text, names = generate(ceval.HANDLERS, list(OPNAME))
    sys.stdout.write(text + "\n")
    sys.stderr.write("inlined %d handlers: %s\n" % (len(names), " ".join(names)))
