"""Basic blocks and the passes that optimise them.

Counterpart: the control-flow-graph half of Python/compile.c in 3.11
(normalize_basic_block, extend_block, optimize_basic_block and its peephole
rules, jump threading, mark_reachable, clean_basic_block,
eliminate_empty_basic_blocks, duplicate_exits_without_lineno,
propagate_line_numbers, stackdepth, label_exception_targets); CPython 3.12
moved these into Python/flowgraph.c.

Instructions name their opcode by string ("LOAD_FAST"); the compiler's
pseudo-instructions (PSEUDO_OPS below) live only here and in codegen, and
never reach glass/bytecode/opcode.py.  A location is a 4-tuple
(lineno, end_lineno, col_offset, end_col_offset); lineno -1 marks an
artificial instruction with no location of its own.
"""
from __future__ import annotations

from glass.bytecode import opcode as _opcode

NO_LOCATION = (-1, -1, -1, -1)

# The compiler's pseudo-instructions and their stack effects
# (not taken, taken); they become NOPs or real jumps before assembly.
PSEUDO_OPS = {
    "SETUP_FINALLY": (0, 1),       # the handler gets the exception pushed
    "SETUP_CLEANUP": (0, 2),       # ... and lasti under it
    "SETUP_WITH": (0, 1),          # ... after __enter__'s result is popped
    "POP_BLOCK": (0, 0),
    "JUMP": (0, 0),
    "JUMP_NO_INTERRUPT": (0, 0),
    "POP_JUMP_IF_FALSE": (-1, -1),
    "POP_JUMP_IF_TRUE": (-1, -1),
    "POP_JUMP_IF_NONE": (-1, -1),
    "POP_JUMP_IF_NOT_NONE": (-1, -1),
}

VIRTUAL_JUMPS = frozenset(("JUMP", "JUMP_NO_INTERRUPT", "POP_JUMP_IF_FALSE",
                           "POP_JUMP_IF_TRUE", "POP_JUMP_IF_NONE",
                           "POP_JUMP_IF_NOT_NONE"))
REAL_JUMPS = frozenset(info.name for info in _opcode.OPCODES if info.is_jump)
JUMPS = VIRTUAL_JUMPS | REAL_JUMPS
BLOCK_PUSHES = frozenset(("SETUP_FINALLY", "SETUP_CLEANUP", "SETUP_WITH"))
SCOPE_EXITS = frozenset(("RETURN_VALUE", "RAISE_VARARGS", "RERAISE"))
UNCONDITIONAL_JUMPS = frozenset(("JUMP", "JUMP_NO_INTERRUPT", "JUMP_FORWARD",
                                 "JUMP_BACKWARD", "JUMP_BACKWARD_NO_INTERRUPT"))
NO_FALLTHROUGH = SCOPE_EXITS | UNCONDITIONAL_JUMPS

MAX_COPY_SIZE = 4            # extend_block copies exit blocks this small


class Instr:
    """Counterpart: struct instr."""
    __slots__ = ("op", "arg", "target", "loc", "handler")

    def __init__(self, op, arg=0, target=None, loc=NO_LOCATION):
        self.op = op
        self.arg = arg
        self.target = target
        self.loc = loc
        self.handler = None          # i_except: the innermost handler block

    @property
    def lineno(self):
        return self.loc[0]

    def copy(self):
        new = Instr(self.op, self.arg, self.target, self.loc)
        new.handler = self.handler
        return new

    def __repr__(self):
        if self.target is not None:
            return "%s -> b%d" % (self.op, self.target.index)
        return "%s %s" % (self.op, self.arg)


class Block:
    """Counterpart: basicblock.  `next` is the fall-through successor."""
    __slots__ = ("instrs", "next", "index", "startdepth", "offset",
                 "preserve_lasti", "visited", "predecessors", "except_stack")

    def __init__(self, index):
        self.instrs = []
        self.next = None
        self.index = index
        self.startdepth = None
        self.offset = 0
        self.preserve_lasti = False
        self.visited = False
        self.predecessors = 0
        self.except_stack = None

    @property
    def last(self):
        return self.instrs[-1] if self.instrs else None

    @property
    def nofallthrough(self):
        return bool(self.instrs) and self.instrs[-1].op in NO_FALLTHROUGH

    @property
    def is_exit(self):
        return bool(self.instrs) and self.instrs[-1].op in SCOPE_EXITS

    def __repr__(self):
        return "<b%d %r>" % (self.index, self.instrs)


def is_jump(instr):
    return instr.op in JUMPS


def is_block_push(instr):
    return instr.op in BLOCK_PUSHES


def stack_effect(op, arg, jump):
    """The stack effect of a real or pseudo instruction, jump taken or not."""
    pseudo = PSEUDO_OPS.get(op)
    if pseudo is not None:
        return pseudo[1] if jump else pseudo[0]
    number = _opcode.OPMAP[op]
    return _opcode.stack_effect(
        number, arg if number >= _opcode.HAVE_ARGUMENT else None, jump)


def blocks_in_order(entry):
    block = entry
    while block is not None:
        yield block
        block = block.next


# --- The passes, in the order assemble() runs them ------------------------------

def skip_empty(block):
    while not block.instrs:
        block = block.next
    return block


def normalize_basic_block(block):
    """Jumps and exits must end their block; jumps skip empty blocks."""
    for index, instr in enumerate(block.instrs):
        if instr.op in JUMPS or instr.op in SCOPE_EXITS:
            if index != len(block.instrs) - 1:
                raise SystemError("malformed control flow graph.")
        if instr.op in JUMPS:
            instr.target = skip_empty(instr.target)


def extend_block(block):
    """An unconditional jump to a small exit block becomes a copy of it."""
    last = block.last
    if last is None or last.op not in ("JUMP", "JUMP_FORWARD", "JUMP_BACKWARD"):
        return
    target = last.target
    if target.is_exit and len(target.instrs) <= MAX_COPY_SIZE:
        if any(instr.lineno >= 0 for instr in target.instrs):
            # Only blocks without a line (an implicit `return None`) are
            # copied: a copied line would be traced twice.
            return
        last.op = "NOP"
        last.target = None
        block.instrs.extend(instr.copy() for instr in target.instrs)


# --- optimize_basic_block: the peephole rules -------------------------------------

def _jump_thread(instr, target, op):
    """Jump straight to where the target jump goes (same line only)."""
    if instr.lineno == target.lineno and instr.target is not target.target:
        instr.target = target.target
        instr.op = op
        return 1
    return 0


def _fold_tuple_on_constants(instrs, index, count, consts):
    """LOAD_CONST a; LOAD_CONST b; BUILD_TUPLE 2 -> LOAD_CONST (a, b)."""
    start = index - count
    for instr in instrs[start:index]:
        if instr.op != "LOAD_CONST":
            return
    from glass.compiler.codegen import const_key
    value = tuple(consts.values[instr.arg] for instr in instrs[start:index])
    position = consts.add(value, const_key(value))
    for instr in instrs[start:index]:
        instr.op = "NOP"
    instrs[index].op = "LOAD_CONST"
    instrs[index].arg = position


VISITED = -1


def _swaptimize(instrs, index):
    """Counterpart: swaptimize: a run of SWAPs becomes the shortest one."""
    depth = instrs[index].arg
    length = 0
    more = False
    limit = len(instrs) - index
    length = 1
    while length < limit:
        op = instrs[index + length].op
        if op == "SWAP":
            depth = max(depth, instrs[index + length].arg)
            more = True
        elif op != "NOP":
            break
        length += 1
    if not more:
        return index
    stack = list(range(depth))
    for i in range(length):
        instr = instrs[index + i]
        if instr.op == "SWAP":
            top = stack[0]
            stack[0] = stack[instr.arg - 1]
            stack[instr.arg - 1] = top
    current = length - 1
    for i in range(depth):
        if stack[i] == VISITED or stack[i] == i:
            continue
        j = i
        while True:
            if j:
                instrs[index + current].op = "SWAP"
                instrs[index + current].arg = j + 1
                current -= 1
            if stack[j] == VISITED:
                break
            next_j = stack[j]
            stack[j] = VISITED
            j = next_j
    while current >= 0:
        instrs[index + current].op = "NOP"
        current -= 1
    return index + length - 1


SWAPPABLE = ("STORE_FAST", "POP_TOP")


def _next_swappable(instrs, i, lineno):
    while True:
        i += 1
        if i >= len(instrs):
            return -1
        instr = instrs[i]
        if lineno >= 0 and instr.lineno != lineno:
            # Moving a store across a line would change what a tracer sees.
            return -1
        if instr.op == "NOP":
            continue
        if instr.op in SWAPPABLE:
            return i
        return -1


def _stores_to(instr):
    return instr.arg if instr.op == "STORE_FAST" else -1


def _apply_static_swaps(instrs, i):
    """SWAP 2; POP_TOP; STORE_FAST x -> NOP; STORE_FAST x; POP_TOP."""
    while i >= 0:
        swap = instrs[i]
        if swap.op != "SWAP":
            if swap.op == "NOP" or swap.op in SWAPPABLE:
                i -= 1
                continue
            return
        j = _next_swappable(instrs, i, -1)
        if j < 0:
            return
        k = j
        lineno = instrs[j].lineno
        for _ in range(swap.arg - 1):
            k = _next_swappable(instrs, k, lineno)
            if k < 0:
                return
        # Not safe when the two swapped stores, or a store between them,
        # write the same local.
        store_j, store_k = _stores_to(instrs[j]), _stores_to(instrs[k])
        if store_j >= 0 or store_k >= 0:
            if store_j == store_k:
                return
            for idx in range(j + 1, k):
                store = _stores_to(instrs[idx])
                if store >= 0 and store in (store_j, store_k):
                    return
        swap.op = "NOP"
        instrs[j], instrs[k] = instrs[k], instrs[j]
        i -= 1


def optimize_basic_block(block, consts):
    instrs = block.instrs
    nop = Instr("NOP")
    i = 0
    while i < len(instrs):
        instr = instrs[i]
        op = instr.op
        arg = instr.arg
        nextop = instrs[i + 1].op if i + 1 < len(instrs) else None
        if op in JUMPS or op in BLOCK_PUSHES:
            instr.target = skip_empty(instr.target)
            target = instr.target.instrs[0]
        else:
            target = nop
        if op == "LOAD_CONST":
            if nextop in ("POP_JUMP_IF_FALSE", "POP_JUMP_IF_TRUE"):
                is_true = bool(consts.values[arg])
                instr.op = "NOP"
                if is_true == (nextop == "POP_JUMP_IF_TRUE"):
                    instrs[i + 1].op = "JUMP"
                else:
                    instrs[i + 1].op = "NOP"
            elif nextop in ("JUMP_IF_FALSE_OR_POP", "JUMP_IF_TRUE_OR_POP"):
                is_true = bool(consts.values[arg])
                if is_true == (nextop == "JUMP_IF_TRUE_OR_POP"):
                    instrs[i + 1].op = "JUMP"
                else:
                    instr.op = "NOP"
                    instrs[i + 1].op = "NOP"
            elif nextop == "IS_OP":
                jump_op = instrs[i + 2].op if i + 2 < len(instrs) else None
                if consts.values[arg] is None and jump_op in (
                        "POP_JUMP_IF_FALSE", "POP_JUMP_IF_TRUE"):
                    invert = instrs[i + 1].arg
                    instr.op = "NOP"
                    instrs[i + 1].op = "NOP"
                    instrs[i + 2].op = ("POP_JUMP_IF_NOT_NONE"
                                        if invert ^ (jump_op == "POP_JUMP_IF_FALSE")
                                        else "POP_JUMP_IF_NONE")
        elif op == "BUILD_TUPLE":
            if nextop == "UNPACK_SEQUENCE" and arg == instrs[i + 1].arg:
                if arg == 1:
                    instr.op = "NOP"
                    instrs[i + 1].op = "NOP"
                    i += 1
                    continue
                if arg in (2, 3):
                    instr.op = "NOP"
                    instrs[i + 1].op = "SWAP"
                    i += 1
                    continue
            if i >= arg:
                _fold_tuple_on_constants(instrs, i, arg, consts)
        elif op == "JUMP_IF_FALSE_OR_POP":
            if target.op == "POP_JUMP_IF_FALSE":
                i -= _jump_thread(instr, target, "POP_JUMP_IF_FALSE")
            elif target.op in ("JUMP", "JUMP_IF_FALSE_OR_POP"):
                i -= _jump_thread(instr, target, "JUMP_IF_FALSE_OR_POP")
            elif target.op in ("JUMP_IF_TRUE_OR_POP", "POP_JUMP_IF_TRUE"):
                if instr.lineno == target.lineno:
                    instr.op = "POP_JUMP_IF_FALSE"
                    instr.target = instr.target.next
                    i -= 1
        elif op == "JUMP_IF_TRUE_OR_POP":
            if target.op == "POP_JUMP_IF_TRUE":
                i -= _jump_thread(instr, target, "POP_JUMP_IF_TRUE")
            elif target.op in ("JUMP", "JUMP_IF_TRUE_OR_POP"):
                i -= _jump_thread(instr, target, "JUMP_IF_TRUE_OR_POP")
            elif target.op in ("JUMP_IF_FALSE_OR_POP", "POP_JUMP_IF_FALSE"):
                if instr.lineno == target.lineno:
                    instr.op = "POP_JUMP_IF_TRUE"
                    instr.target = instr.target.next
                    i -= 1
        elif op in ("POP_JUMP_IF_NOT_NONE", "POP_JUMP_IF_NONE",
                    "POP_JUMP_IF_FALSE", "POP_JUMP_IF_TRUE", "JUMP"):
            if target.op == "JUMP":
                i -= _jump_thread(instr, target, op)
        elif op == "SWAP":
            if arg == 1:
                instr.op = "NOP"
            else:
                i = _swaptimize(instrs, i)
                _apply_static_swaps(instrs, i)
        elif op == "PUSH_NULL":
            if nextop == "LOAD_GLOBAL" and (_opcode.OPMAP["LOAD_GLOBAL"] & 1) == 0:
                # CPython tests the opcode's low bit, not the oparg's; the
                # opcode is even, so the fold always happens.
                instr.op = "NOP"
                instr.arg = 0
                instrs[i + 1].arg |= 1
        i += 1


def clean_basic_block(block, prev_lineno=-1):
    """Remove NOPs, except one that carries a line no neighbour carries."""
    kept = []
    instrs = block.instrs
    last = len(instrs) - 1
    for src, instr in enumerate(instrs):
        lineno = instr.loc[0]
        if instr.op == "NOP":
            if lineno < 0:
                continue
            if prev_lineno == lineno:
                continue
            if src < last:
                following = instrs[src + 1]
                if following.loc[0] < 0:
                    following.loc = instr.loc
                    continue
                if following.loc[0] == lineno:
                    continue
            else:
                following_block = block.next
                while following_block is not None and not following_block.instrs:
                    following_block = following_block.next
                if (following_block is not None
                        and lineno == following_block.instrs[0].lineno):
                    continue
        kept.append(instr)
        prev_lineno = lineno
    block.instrs = kept


def mark_reachable(entry):
    """Count each block's predecessors; unreachable blocks keep 0."""
    for block in blocks_in_order(entry):
        block.predecessors = 0
    entry.predecessors = 1
    stack = [entry]
    while stack:
        block = stack.pop()
        following = block.next
        if following is not None and not block.nofallthrough:
            if following.predecessors == 0:
                stack.append(following)
            following.predecessors += 1
        for instr in block.instrs:
            if instr.op in JUMPS or instr.op in BLOCK_PUSHES:
                target = instr.target
                if target.predecessors == 0:
                    stack.append(target)
                target.predecessors += 1


def eliminate_empty_basic_blocks(entry):
    for block in blocks_in_order(entry):
        following = block.next
        if following is not None:
            while not following.instrs and following.next is not None:
                following = following.next
            block.next = following
    for block in blocks_in_order(entry):
        last = block.last
        if last is not None and last.op in JUMPS:
            last.target = skip_empty(last.target)


def optimize_cfg(unit, entry, consts):
    for block in blocks_in_order(entry):
        optimize_basic_block(block, consts)
        clean_basic_block(block)
    for block in reversed(unit.blocks):
        extend_block(block)
    mark_reachable(entry)
    for block in blocks_in_order(entry):
        if block.predecessors == 0:
            block.instrs = []
    for block in blocks_in_order(entry):
        # 3.11 looks at each block alone (3.10 also looked at the block
        # falling into it).
        clean_basic_block(block)
    eliminate_empty_basic_blocks(entry)
    # A jump to the very next block is redundant.
    maybe_empty = False
    for block in blocks_in_order(entry):
        last = block.last
        if (last is not None and last.op in ("JUMP", "JUMP_NO_INTERRUPT")
                and last.target is block.next):
            last.op = "NOP"
            last.target = None
            maybe_empty = True
    if maybe_empty:
        eliminate_empty_basic_blocks(entry)


def _is_exit_without_lineno(block):
    if not block.is_exit:
        return False
    return all(instr.lineno < 0 for instr in block.instrs)


def duplicate_exits_without_lineno(unit, entry):
    """An exit block with no line number, reached by several jumps, is
    copied for each jump, so that each copy can take the jump's line."""
    for block in reversed(list(unit.blocks)):
        last = block.last
        if last is not None and last.op in JUMPS:
            target = last.target
            if _is_exit_without_lineno(target) and target.predecessors > 1:
                new_target = unit.new_block()
                new_target.instrs = [instr.copy() for instr in target.instrs]
                new_target.instrs[0].loc = last.loc
                last.target = new_target
                target.predecessors -= 1
                new_target.predecessors = 1
                new_target.next = target.next
                target.next = new_target
    for block in unit.blocks:
        while block.next is not None and not block.next.instrs:
            block.next = block.next.next
    for block in unit.blocks:
        if (not block.nofallthrough and block.next is not None and block.instrs
                and _is_exit_without_lineno(block.next)):
            block.next.instrs[0].loc = block.instrs[-1].loc


def trim_unused_consts(entry, consts):
    """Drop trailing constants nothing loads (the first, a possible
    docstring, always stays)."""
    highest = 0
    for block in blocks_in_order(entry):
        for instr in block.instrs:
            if instr.op in ("LOAD_CONST", "KW_NAMES") and instr.arg > highest:
                highest = instr.arg
    del consts.values[highest + 1:]


def propagate_line_numbers(entry):
    for block in blocks_in_order(entry):
        if not block.instrs:
            continue
        previous = NO_LOCATION
        for instr in block.instrs:
            if instr.lineno < 0:
                instr.loc = previous
            else:
                previous = instr.loc
        if not block.nofallthrough and block.next.predecessors == 1:
            first = block.next.instrs[0]
            if first.lineno < 0:
                first.loc = previous
        last = block.instrs[-1]
        if last.op in JUMPS:
            target = last.target
            if target.predecessors == 1 and target.instrs[0].lineno < 0:
                target.instrs[0].loc = previous


def guarantee_lineno_for_exits(entry, firstlineno):
    lineno = firstlineno
    for block in blocks_in_order(entry):
        if not block.instrs:
            continue
        last = block.instrs[-1]
        if last.lineno < 0:
            if last.op == "RETURN_VALUE":
                for instr in block.instrs:
                    instr.loc = (lineno,) + instr.loc[1:]
        else:
            lineno = last.lineno


def stackdepth(entry, is_generator=False):
    """Counterpart: stackdepth: the deepest the value stack gets.

    A generator starts one deep: RETURN_GENERATOR's result, which the
    prologue's POP_TOP removes."""
    for block in blocks_in_order(entry):
        block.startdepth = None
    maxdepth = 0
    stack = []

    def push(block, depth):
        if block.startdepth is None or block.startdepth < depth:
            block.startdepth = depth
            stack.append(block)

    push(entry, 1 if is_generator else 0)
    while stack:
        block = stack.pop()
        depth = block.startdepth
        following = block.next
        for instr in block.instrs:
            new_depth = depth + stack_effect(instr.op, instr.arg, False)
            maxdepth = max(maxdepth, new_depth)
            if instr.op in JUMPS or instr.op in BLOCK_PUSHES:
                target_depth = depth + stack_effect(instr.op, instr.arg, True)
                maxdepth = max(maxdepth, target_depth)
                push(instr.target, target_depth)
            depth = new_depth
            if instr.op in ("JUMP_NO_INTERRUPT", "JUMP", "RETURN_VALUE",
                            "RAISE_VARARGS", "RERAISE"):
                following = None
                break
        if following is not None:
            push(following, depth)
    return maxdepth


def label_exception_targets(entry):
    """Give every instruction its innermost handler (the exception table's
    source), following SETUP_*/POP_BLOCK along every path."""
    for block in blocks_in_order(entry):
        block.visited = False
    entry.visited = True
    entry.except_stack = []
    todo = [entry]
    while todo:
        block = todo.pop()
        stack = block.except_stack
        block.except_stack = None
        handler = stack[-1] if stack else None
        for instr in block.instrs:
            if instr.op in BLOCK_PUSHES:
                target = instr.target
                if not target.visited:
                    target.except_stack = list(stack)
                    target.visited = True
                    todo.append(target)
                if instr.op in ("SETUP_WITH", "SETUP_CLEANUP"):
                    target.preserve_lasti = True
                stack.append(target)
                handler = target
            elif instr.op == "POP_BLOCK":
                stack.pop()
                handler = stack[-1] if stack else None
            elif instr.op in JUMPS:
                instr.handler = handler
                target = instr.target
                if not target.visited:
                    target.except_stack = list(stack)
                    target.visited = True
                    todo.append(target)
            else:
                if instr.op == "YIELD_VALUE":
                    instr.arg = len(stack)
                instr.handler = handler
        following = block.next
        if not block.nofallthrough and following is not None \
                and not following.visited:
            following.except_stack = stack
            following.visited = True
            todo.append(following)


def convert_exception_handlers_to_nops(entry):
    for block in blocks_in_order(entry):
        for instr in block.instrs:
            if instr.op in BLOCK_PUSHES or instr.op == "POP_BLOCK":
                instr.op = "NOP"
                instr.target = None


def normalize_jumps(entry):
    """Resolve each virtual jump into 3.11's FORWARD or BACKWARD opcode."""
    for block in blocks_in_order(entry):
        block.visited = False
    for block in blocks_in_order(entry):
        block.visited = True
        last = block.last
        if last is None or last.op not in JUMPS:
            continue
        forward = not last.target.visited
        op = last.op
        if op == "JUMP":
            last.op = "JUMP_FORWARD" if forward else "JUMP_BACKWARD"
        elif op == "JUMP_NO_INTERRUPT":
            last.op = "JUMP_FORWARD" if forward else "JUMP_BACKWARD_NO_INTERRUPT"
        elif op.startswith("POP_JUMP_IF_"):
            last.op = ("POP_JUMP_FORWARD_IF_" if forward
                       else "POP_JUMP_BACKWARD_IF_") + op[len("POP_JUMP_IF_"):]
        elif op in ("JUMP_IF_TRUE_OR_POP", "JUMP_IF_FALSE_OR_POP") and not forward:
            raise SystemError("unexpected %s jumping backwards" % op)
