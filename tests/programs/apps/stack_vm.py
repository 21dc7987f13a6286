# A tiny stack-based virtual machine with an assembler, labels, calls and error reporting.
class VMError(Exception):
    def __init__(self, message, pc):
        super().__init__("%s at pc=%d" % (message, pc))
        self.pc = pc


def assemble(source):
    program, labels = [], {}
    for line in source.strip().splitlines():
        line = line.split(";")[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(program)
            continue
        op, *args = line.split()
        program.append((op.upper(), [int(a) if a.lstrip("-").isdigit() else a for a in args]))
    return [(op, [labels.get(a, a) if isinstance(a, str) else a for a in args]) for op, args in program]


def run(program, trace=False, limit=10000):
    stack, calls, pc, steps, output = [], [], 0, 0, []
    while pc < len(program):
        steps += 1
        if steps > limit:
            raise VMError("step limit exceeded", pc)
        op, args = program[pc]
        if trace:
            print("  %3d %-6s %-8s %s" % (pc, op, args, stack))
        pc += 1
        if op == "PUSH":
            stack.append(args[0])
        elif op == "POP":
            stack.pop()
        elif op == "DUP":
            stack.append(stack[-1])
        elif op == "SWAP":
            stack[-1], stack[-2] = stack[-2], stack[-1]
        elif op in ("ADD", "SUB", "MUL", "DIV", "MOD", "LT", "EQ"):
            if len(stack) < 2:
                raise VMError("stack underflow in " + op, pc - 1)
            b, a = stack.pop(), stack.pop()
            if op in ("DIV", "MOD") and b == 0:
                raise VMError("division by zero", pc - 1)
            stack.append({"ADD": a + b, "SUB": a - b, "MUL": a * b, "DIV": a // b if op == "DIV" else 0,
                          "MOD": a % b if op == "MOD" else 0, "LT": int(a < b), "EQ": int(a == b)}[op])
        elif op == "JMP":
            pc = args[0]
        elif op == "JZ":
            if stack.pop() == 0:
                pc = args[0]
        elif op == "CALL":
            calls.append(pc)
            pc = args[0]
        elif op == "RET":
            if not calls:
                raise VMError("return outside call", pc - 1)
            pc = calls.pop()
        elif op == "PRINT":
            output.append(stack.pop())
        elif op == "HALT":
            break
        else:
            raise VMError("unknown opcode " + op, pc - 1)
    return output, steps


factorial = """
    push 1
    push 10
loop:
    dup
    jz done
    dup
    call mulacc
    push 1
    sub
    jmp loop
done:
    pop
    print
    halt
mulacc:         ; (acc n n) -> (acc*n n)
    swap        ; acc n n -> acc n n (reorder below)
    pop
    swap
    push 0
    add
    swap
    dup
    call rot
    ret
rot:
    ret
"""
fib = """
    push 0
    push 1
    push 15
again:
    dup
    jz end
    push 1
    sub
    call step
    jmp again
end:
    pop
    print
    print
    halt
step:           ; a b n -> b a+b n
    ret
"""
simple = """
    push 6
    push 7
    mul
    dup
    print
    push 5
    mod
    print
    push 100
    push 3
    div
    print
    push 2
    push 3
    lt
    print
"""
for name, source in [("simple", simple), ("fib-ish", fib)]:
    program = assemble(source)
    print(name, len(program), "instructions")
    print(run(program))
print(run(assemble("push 1\npush 2\nadd\nprint"), trace=True))
for bad in ["push 1\nadd", "push 1\npush 0\ndiv", "ret", "bogus 1", "loop:\njmp loop", "push 1\npush 2\nmod\nprint\npush 4\npush 0\nmod"]:
    try:
        print(run(assemble(bad), limit=50))
    except VMError as error:
        print("VMError:", error, "pc", error.pc)
    except IndexError as error:
        print("IndexError:", error)
