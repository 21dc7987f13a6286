# Recursive-descent parser and evaluator for arithmetic with variables, functions and error positions.
class ParseError(Exception):
    pass


def tokenize(text):
    tokens, i = [], 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            start = i
            while i < len(text) and (text[i].isdigit() or text[i] == "."):
                i += 1
            literal = text[start:i]
            tokens.append(("num", float(literal) if "." in literal else int(literal), start))
        elif ch.isalpha() or ch == "_":
            start = i
            while i < len(text) and (text[i].isalnum() or text[i] == "_"):
                i += 1
            tokens.append(("name", text[start:i], start))
        elif text.startswith("**", i):
            tokens.append(("op", "**", i))
            i += 2
        elif ch in "+-*/%(),^":
            tokens.append(("op", ch, i))
            i += 1
        else:
            raise ParseError("unexpected character %r at %d" % (ch, i))
    tokens.append(("end", None, len(text)))
    return tokens


class Parser:
    def __init__(self, text):
        self.tokens = tokenize(text)
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos]

    def take(self, kind=None, value=None):
        token = self.tokens[self.pos]
        if (kind and token[0] != kind) or (value and token[1] != value):
            raise ParseError("expected %s but found %r at %d" % (value or kind, token[1], token[2]))
        self.pos += 1
        return token

    def parse(self):
        node = self.expression()
        self.take("end")
        return node

    def expression(self):
        node = self.term()
        while self.peek()[1] in ("+", "-"):
            op = self.take()[1]
            node = (op, node, self.term())
        return node

    def term(self):
        node = self.factor()
        while self.peek()[1] in ("*", "/", "%"):
            op = self.take()[1]
            node = (op, node, self.factor())
        return node

    def factor(self):
        if self.peek()[1] in ("-", "+"):
            op = self.take()[1]
            return ("neg" if op == "-" else "pos", self.factor())
        base = self.atom()
        if self.peek()[1] in ("**", "^"):
            self.take()
            return ("**", base, self.factor())
        return base

    def atom(self):
        kind, value, where = self.peek()
        if kind == "num":
            self.take()
            return ("num", value)
        if kind == "name":
            self.take()
            if self.peek()[1] == "(":
                self.take()
                args = []
                if self.peek()[1] != ")":
                    args.append(self.expression())
                    while self.peek()[1] == ",":
                        self.take()
                        args.append(self.expression())
                self.take("op", ")")
                return ("call", value, args)
            return ("var", value)
        if value == "(":
            self.take()
            node = self.expression()
            self.take("op", ")")
            return node
        raise ParseError("unexpected %r at %d" % (value, where))


FUNCTIONS = {"max": max, "min": min, "abs": abs, "sum": lambda *a: sum(a), "sqrt": lambda x: x ** 0.5}


def evaluate(node, env):
    kind = node[0]
    if kind == "num":
        return node[1]
    if kind == "var":
        if node[1] not in env:
            raise NameError("undefined variable " + node[1])
        return env[node[1]]
    if kind == "neg":
        return -evaluate(node[1], env)
    if kind == "pos":
        return +evaluate(node[1], env)
    if kind == "call":
        return FUNCTIONS[node[1]](*[evaluate(a, env) for a in node[2]])
    left, right = evaluate(node[1], env), evaluate(node[2], env)
    return {"+": lambda: left + right, "-": lambda: left - right, "*": lambda: left * right, "/": lambda: left / right,
            "%": lambda: left % right, "**": lambda: left ** right}[kind]()


def show(node):
    if node[0] == "num":
        return repr(node[1])
    if node[0] == "var":
        return node[1]
    if node[0] in ("neg", "pos"):
        return "(%s%s)" % ("-" if node[0] == "neg" else "+", show(node[1]))
    if node[0] == "call":
        return "%s(%s)" % (node[1], ", ".join(show(a) for a in node[2]))
    return "(%s %s %s)" % (show(node[1]), node[0], show(node[2]))


env = {"x": 3, "y": 4.5, "big": 2 ** 70}
for text in ["1 + 2 * 3", "(1 + 2) * 3", "-x ** 2", "2 ** 3 ** 2", "x * y - 1 / 4", "max(x, y, 2) + min(1, 2)", "sqrt(x*x + 16)",
             "big * big % 1000", "10 / 4", "10 % 4 - -3", "sum(1, 2, 3, 4) / 0", "1 +", "(1 + 2", "2 $ 3", "undefined + 1", "abs(-7.25)",
             "1.5.2 + 1", "max()", "x y", "((((1))))", "3 ^ 2 ^ 0"]:
    try:
        tree = Parser(text).parse()
        print("%-28s %-40s = %r" % (text, show(tree), evaluate(tree, env)))
    except (ParseError, NameError, ZeroDivisionError, ValueError, TypeError) as error:
        print("%-28s %s: %s" % (text, type(error).__name__, error))
