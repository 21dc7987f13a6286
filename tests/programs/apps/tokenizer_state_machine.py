# A table-driven tokenizer state machine for a toy language, with line/column tracking and error recovery.
KEYWORDS = {"let", "if", "else", "while", "fn", "return"}


def classify(ch):
    if ch.isalpha() or ch == "_":
        return "alpha"
    if ch.isdigit():
        return "digit"
    if ch in " \t":
        return "space"
    if ch == "\n":
        return "newline"
    if ch == '"':
        return "quote"
    if ch in "+-*/=<>!(){};,":
        return "punct"
    return "other"


def tokenize(source):
    tokens, errors = [], []
    line, col, i = 1, 1, 0
    while i < len(source):
        ch = source[i]
        kind = classify(ch)
        start_col = col
        if kind == "space":
            i += 1
            col += 1
            continue
        if kind == "newline":
            i += 1
            line += 1
            col = 1
            continue
        if kind == "alpha":
            j = i
            while j < len(source) and classify(source[j]) in ("alpha", "digit"):
                j += 1
            word = source[i:j]
            tokens.append(("KEYWORD" if word in KEYWORDS else "IDENT", word, line, start_col))
        elif kind == "digit":
            j = i
            while j < len(source) and source[j].isdigit():
                j += 1
            if j < len(source) and classify(source[j]) == "alpha":
                k = j
                while k < len(source) and classify(source[k]) in ("alpha", "digit"):
                    k += 1
                errors.append("%d:%d bad number %r" % (line, start_col, source[i:k]))
                j = k
            else:
                tokens.append(("NUMBER", int(source[i:j]), line, start_col))
        elif kind == "quote":
            j = i + 1
            while j < len(source) and source[j] not in '"\n':
                j += 1
            if j >= len(source) or source[j] == "\n":
                errors.append("%d:%d unterminated string" % (line, start_col))
            else:
                j += 1
                tokens.append(("STRING", source[i + 1:j - 1], line, start_col))
        elif kind == "punct":
            two = source[i:i + 2]
            if two in ("==", "!=", "<=", ">=", "->"):
                tokens.append(("OP", two, line, start_col))
                j = i + 2
            else:
                tokens.append(("OP", ch, line, start_col))
                j = i + 1
        else:
            errors.append("%d:%d unexpected %r" % (line, start_col, ch))
            j = i + 1
        col += j - i
        i = j
    tokens.append(("EOF", None, line, col))
    return tokens, errors


program = '''fn fib(n) {
    if n <= 1 { return n; }
    return fib(n - 1) + fib(n - 2);
}
let x = fib(10);
let name = "glass";
while x != 0 { x = x - 1; }
let bad = 12abc @ 7;
let s = "unterminated
let z = 3 >= 2;
'''
tokens, errors = tokenize(program)
for token in tokens[:12]:
    print("%-8s %-10r %d:%d" % token)
print("...", len(tokens), "tokens")
summary = {}
for kind, value, _, _ in tokens:
    summary[kind] = summary.get(kind, 0) + 1
print(sorted(summary.items()))
print([v for k, v, _, _ in tokens if k == "KEYWORD"])
print([v for k, v, _, _ in tokens if k == "OP" and len(v) == 2])
print(errors)
lines = {}
for kind, value, line, col in tokens:
    lines.setdefault(line, []).append(str(value) if value is not None else "<eof>")
for line in sorted(lines):
    print("%2d: %s" % (line, " ".join(lines[line])))
