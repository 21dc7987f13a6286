"""Guest code objects (glass/objects/codeobject.py) against python3's:
the constructor, replace() and comparison (code_richcompare)."""
from oracle import same_as_host


def test_constructor_replace_and_equality_as_the_host():
    same_as_host(r"""
        import marshal
        def f(a, b):
            def g():
                return a
            c = 1.0
            return g, c
        co = f.__code__
        CodeType = type(co)
        fields = ("co_argcount", "co_posonlyargcount", "co_kwonlyargcount",
                  "co_nlocals", "co_stacksize", "co_flags", "co_code", "co_consts",
                  "co_names", "co_varnames", "co_filename", "co_name", "co_qualname",
                  "co_firstlineno", "co_linetable", "co_exceptiontable",
                  "co_freevars", "co_cellvars")
        copy = CodeType(*[getattr(co, name) for name in fields])
        print(copy == co, hash(copy) == hash(co), copy is co)
        print(marshal.loads(marshal.dumps(co)) == co)
        print(co.replace(co_consts=co.co_consts[:-1] + (-0.0,)) == co)
        print(co.replace(co_name="other") == co, co.replace(co_name="f") == co)
        for change in (dict(co_varnames=("spam",), co_nlocals=1),
                       dict(co_cellvars=("cellvar",)), dict(co_freevars=("x",)),
                       dict(co_varnames=("x", "y", "z", "w"), co_nlocals=4)):
            new = co.replace(**change)
            print(new.co_varnames, new.co_cellvars, new.co_freevars, new.co_nlocals)
        for change in (dict(co_nlocals=2), dict(co_varnames=(1,)), dict(co_argcount=-1),
                       dict(co_names=("a", 1)), dict(co_code="x"), dict(bogus=1)):
            try:
                co.replace(**change)
            except Exception as error:
                print(type(error).__name__, error)
        args = [getattr(co, name) for name in fields]
        for position, value in ((3, 9), (0, -1), (6, "x"), (9, (1,))):
            try:
                CodeType(*(args[:position] + [value] + args[position + 1:]))
            except Exception as error:
                print(type(error).__name__, error)
        for bad in ((1, 2), args + [(), (), ()]):
            try:
                CodeType(*bad)
            except TypeError as error:
                print(error)
        print([co._varname_from_oparg(i) for i in range(len(co.co_varnames) + 1)])
        try:
            co._varname_from_oparg(99)
        except IndexError as error:
            print(error)
    """)
