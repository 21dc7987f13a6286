# A small Lisp interpreter: reader, environments, special forms, closures, tail-recursive loops and errors.
class Symbol(str):
    pass


def read(text):
    tokens = text.replace("(", " ( ").replace(")", " ) ").replace("'", " ' ").split()
    position = 0

    def parse():
        nonlocal position
        if position >= len(tokens):
            raise SyntaxError("unexpected end of input")
        token = tokens[position]
        position += 1
        if token == "(":
            items = []
            while position < len(tokens) and tokens[position] != ")":
                items.append(parse())
            if position >= len(tokens):
                raise SyntaxError("missing )")
            position += 1
            return items
        if token == ")":
            raise SyntaxError("unexpected )")
        if token == "'":
            return [Symbol("quote"), parse()]
        for convert in (int, float):
            try:
                return convert(token)
            except ValueError:
                pass
        return Symbol(token)

    forms = []
    while position < len(tokens):
        forms.append(parse())
    return forms


class Env(dict):
    def __init__(self, names=(), values=(), outer=None):
        super().__init__(zip(names, values))
        self.outer = outer

    def find(self, name):
        env = self
        while env is not None:
            if name in env:
                return env
            env = env.outer
        raise NameError("unbound symbol: " + name)


class Lambda:
    def __init__(self, params, body, env):
        self.params, self.body, self.env = params, body, env

    def __repr__(self):
        return "<lambda (%s)>" % " ".join(self.params)


def standard_env():
    env = Env()
    env.update({"+": lambda *a: sum(a), "-": lambda a, b=None: -a if b is None else a - b, "*": lambda a, b: a * b,
                "/": lambda a, b: a // b if isinstance(a, int) and isinstance(b, int) else a / b, "<": lambda a, b: a < b,
                "=": lambda a, b: a == b, "list": lambda *a: list(a), "car": lambda l: l[0], "cdr": lambda l: l[1:],
                "cons": lambda a, l: [a] + l, "null?": lambda l: l == [], "length": len, "display": lambda v: print(to_string(v))})
    return env


def to_string(value):
    if value is True:
        return "#t"
    if value is False:
        return "#f"
    if isinstance(value, list):
        return "(" + " ".join(map(to_string, value)) + ")"
    return str(value)


def evaluate(x, env):
    while True:
        if isinstance(x, Symbol):
            return env.find(x)[x]
        if not isinstance(x, list):
            return x
        if not x:
            return []
        head = x[0]
        if head == "quote":
            return x[1]
        if head == "if":
            _, test, then, other = x
            x = then if evaluate(test, env) not in (False, [], 0) else other
            continue
        if head == "define":
            env[x[1]] = evaluate(x[2], env)
            return None
        if head == "set!":
            env.find(x[1])[x[1]] = evaluate(x[2], env)
            return None
        if head == "lambda":
            return Lambda(x[1], x[2], env)
        if head == "begin":
            for form in x[1:-1]:
                evaluate(form, env)
            x = x[-1]
            continue
        function = evaluate(head, env)
        args = [evaluate(a, env) for a in x[1:]]
        if isinstance(function, Lambda):
            if len(args) != len(function.params):
                raise TypeError("%r expects %d args, got %d" % (function, len(function.params), len(args)))
            x, env = function.body, Env(function.params, args, function.env)
            continue
        if not callable(function):
            raise TypeError("not a procedure: " + to_string(function))
        return function(*args)


program = """
(define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1))))))
(display (fact 20))
(define loop (lambda (i acc) (if (= i 0) acc (loop (- i 1) (+ acc i)))))
(display (loop 5000 0))
(define map (lambda (f l) (if (null? l) '() (cons (f (car l)) (map f (cdr l))))))
(display (map (lambda (x) (* x x)) '(1 2 3 4 5)))
(define counter (lambda () (begin (define n 0) (lambda () (begin (set! n (+ n 1)) n)))))
(define c (counter))
(c) (c)
(display (c))
(display (list 1 2.5 'sym (list) (= 1 1) (< 2 1)))
(display (/ 7 2))
(display (/ 7.0 2))
(display (length '(a b c)))
"""
env = standard_env()
for form in read(program):
    result = evaluate(form, env)
    if result is not None and not callable(result):
        print("=>", to_string(result))
for bad in ["(undefined 1)", "(1 2 3)", "((lambda (x) x))", "(car '())", "(+ 1", ")", "(/ 1 0)"]:
    try:
        for form in read(bad):
            print(to_string(evaluate(form, env)))
    except (SyntaxError, NameError, TypeError, IndexError, ZeroDivisionError) as error:
        print(type(error).__name__ + ":", error)
