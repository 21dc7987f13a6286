# The usual error messages of builtin operations.
cases = [
    "undefined_variable", "[1, 2, 3][10]", "(1, 2)[-5]", "'abc'[3]", "{'a': 1}['b']", "{}[(1, 2)]", "{[1]: 2}", "{{1}}",
    "hash([1])", "1 / 0", "1 // 0", "1 % 0", "1.0 / 0", "divmod(1, 0)", "2 ** -1 % 0", "int('x')", "float('y')", "int('')",
    "[].pop()", "{}.popitem()", "set().pop()", "None.attr", "(1).attr", "'s'.attr", "len(5)", "len(None)", "iter(5)", "next(iter([]))",
    "abs('x')", "-'x'", "~1.0", "'a' + 1", "1 + 'a'", "[1] + (1,)", "'a' * 'b'", "[] * 1.0", "{} < {}", "[] < 1", "None < None",
    "int(None)", "list(None)", "tuple(1)", "dict(1)", "set(1)", "max()", "min([])", "sorted(1)", "sum(['a'])", "chr(-1)", "ord('')",
    "getattr(1, 2)", "setattr(1, 'x', 2)", "object().x", "object.x", "type.x", "str.nope", "[].nope", "(lambda: 0)(1)", "(lambda x: 0)()",
    "(lambda *, k: 0)()", "(lambda x, /: 0)(x=1)", "print(sep=1)", "print(end=5)", "sorted([], key=1)", "sorted([2, 1], key=1)",
    "'{}'.format()", "'{0}{1}'.format(1)", "'{x}'.format()", "'{'.format()", "'}'.format()", "'{:d}'.format('s')", "'%d' % 'x'",
    "'%s %s' % (1,)", "'%s' % (1, 2)", "'%(k)s' % {}", "'%(k)s' % 5", "format(1, 'q')", "f'{1:q}'", "bytes('x')", "b'x' + 'y'",
    "1 < 'a'", "[1, 'a'].sort()", "import_nothing", "int.from_bytes(1, 'big')", "range(1.5)", "range(0, 1, 0)", "slice(1)[0]",
    "issubclass(1, int)", "isinstance(1, 1)", "super()", "object.__new__(5)", "object.__new__(int)",
    "int.__new__(str)", "list.__init__(5)", "str.join(1, [])", "'x'.join([1])", "'abc'.index('z')", "[1].index(2)", "(1,).index(2)",
    "[1, 2, 3][::0]", "'abc'[::0]", "[1][1:2] + 5", "frozenset([[]])", "dict.fromkeys([[]])", "{}.setdefault([])",
    "complex('x')", "round(1.5, 'a')", "pow(1, 2, 3.0)", "pow(2, -1, 4)", "pow(0, -1, 5)", "int('1' * 5000)", "str(10 ** 5000)",
    "2 ** 10 ** 10 if False else 1 << -1", "1 >> -1", "'x' << 1", "(1).__class__ = str", "exec('x = ')", "eval('1 +')", "compile('x', 'f', 'bad')",
    "eval('lambda: (yield)')().send(1)", "vars()['nope']", "globals()[0]", "locals().pop('zzz')", "callable()", "delattr(1, 'real')",
]
for source in cases:
    try:
        result = eval(source) if "=" not in source or "==" in source else exec(source)
        print(source, "->", repr(result)[:60])
    except BaseException as error:
        print(source, "!!", type(error).__name__ + ":", str(error)[:200])
