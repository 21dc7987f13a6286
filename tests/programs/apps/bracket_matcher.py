# Bracket matching and expression linting with a stack: error positions, suggestions and a pretty caret display.
PAIRS = {")": "(", "]": "[", "}": "{", ">": "<"}
OPENERS = set(PAIRS.values())


def check(text, angle=False):
    stack = []
    for index, ch in enumerate(text):
        if ch == "<" and not angle or ch == ">" and not angle:
            continue
        if ch in OPENERS:
            stack.append((ch, index))
        elif ch in PAIRS:
            if not stack:
                return "unexpected %r" % ch, index
            opener, where = stack.pop()
            if opener != PAIRS[ch]:
                return "mismatched %r (opened with %r at %d)" % (ch, opener, where), index
    if stack:
        opener, where = stack[-1]
        return "unclosed %r" % opener, where
    return None, None


def show(text, index):
    return text + "\n" + " " * index + "^"


cases = ["(a + b) * [c - {d / e}]", "((())", "())", "{[}]", "", "no brackets", "f(x[1], {'k': (2, 3)})", "]", "([{<>}])", "<<>>"]
for text in cases:
    for angle in (False, True):
        problem, index = check(text, angle)
        label = "angle" if angle else "plain"
        if problem is None:
            print("%-5s ok      %r" % (label, text))
        else:
            print("%-5s error   %r: %s at %d" % (label, text, problem, index))
            print(show(text, index))


def depth_profile(text):
    depth, profile = 0, []
    for ch in text:
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        profile.append(depth)
    return profile


text = "a(b[c{d}e]f)g"
print(text)
print("".join(str(d) for d in depth_profile(text)), max(depth_profile(text)))


def balance(text):
    missing_open = 0
    stack = []
    for ch in text:
        if ch in "([{":
            stack.append(ch)
        elif ch in ")]}":
            if stack and stack[-1] == PAIRS[ch]:
                stack.pop()
            else:
                missing_open += 1
    closers = {"(": ")", "[": "]", "{": "}"}
    return "(" * missing_open + text + "".join(closers[c] for c in reversed(stack))


for text in ["((a)", "a))", "[(])", "{x"]:
    print(repr(text), "->", repr(balance(text)))
