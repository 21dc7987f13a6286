"""The _operator module against the host.

Counterpart: glass/modules/_operator.py (Modules/_operator.c).
"""
from __future__ import annotations

from oracle import same_as_host


def test_operator_functions_results_and_errors():
    same_as_host(r'''
        import _operator as op
        def show(f, *args):
            try:
                print(repr(f(*args)))
            except Exception as e:
                print(type(e).__name__, e)
        class Num:
            def __init__(self, v): self.v = v
            def __add__(self, o): return Num(self.v + o)
            def __iadd__(self, o): self.v += o; return self
            def __index__(self): return self.v
            def __repr__(self): return 'Num(%r)' % self.v
            def __matmul__(self, o): return ('@', self.v, o)
            def __ipow__(self, o): return ('**=', self.v, o)
        for name in ['add', 'sub', 'mul', 'floordiv', 'truediv', 'mod', 'pow', 'lshift',
                     'rshift', 'and_', 'or_', 'xor', 'lt', 'le', 'eq', 'ne', 'gt', 'ge',
                     'iadd', 'isub', 'imul', 'ifloordiv', 'itruediv', 'imod', 'ipow',
                     'ilshift', 'irshift', 'iand', 'ior', 'ixor', 'is_', 'is_not',
                     'concat', 'iconcat', 'matmul', 'imatmul']:
            f = getattr(op, name)
            for a, b in [(7, 3), (2.5, 2), ('ab', 'c'), ([1], [2]), ((1,), 2), (1, 0),
                         ('a', 'b'), (Num(1), 2), ({1}, {2})]:
                print(name, repr(a), repr(b), end=' ')
                show(f, a, b)
        for name in ['neg', 'pos', 'abs', 'inv', 'invert', 'not_', 'truth', 'index']:
            for a in [5, -2.5, True, 'x', [], Num(3), 0]:
                print(name, repr(a), end=' ')
                show(getattr(op, name), a)
        l = [1]; print(op.iadd(l, [2]) is l, l, op.iconcat(l, (3,)) is l, l)
        show(op.concat, 1, 2); show(op.iconcat, 1, 2); show(op.concat, [1], (2,))
        show(op.contains, [1, 2], 2); show(op.contains, 3, 1)
        show(op.countOf, [1, 2, 1, 1.0], 1); show(op.countOf, 3, 1)
        show(op.indexOf, 'abc', 'c'); show(op.indexOf, [1], 2)
        d = {}; op.setitem(d, 'k', 1); show(op.getitem, d, 'k'); op.delitem(d, 'k'); print(d)
        show(op.getitem, [1], 5); show(op.delitem, (1,), 0); show(op.setitem, 'a', 0, 'b')
        show(op.getitem, 1, 0)
        show(op.length_hint, [1, 2]); show(op.length_hint, iter([1, 2, 3]))
        show(op.length_hint, 5); show(op.length_hint, 5, 7); show(op.length_hint, [], 'a')
        class H:
            def __length_hint__(self): return -1
        show(op.length_hint, H())
        show(op.call, print, 1, 2, sep='-'); show(op.call); show(op.call, 1)
        show(op._compare_digest, 'abc', 'abc'); show(op._compare_digest, b'ab', b'ac')
        show(op._compare_digest, b'ab', bytearray(b'ab')); show(op._compare_digest, 'a', b'a')
        show(op._compare_digest, 'é', 'é'); show(op._compare_digest, 1, 1)
        show(op.add); show(op.add, 1, 2, 3); show(op.truth, x=1); show(op.neg)
        print(op.add.__name__, op.add.__doc__, op.add.__text_signature__)
        print(op.length_hint.__text_signature__, op.call.__text_signature__)
    ''')


def test_itemgetter_attrgetter_methodcaller():
    same_as_host(r'''
        import _operator as op, sys
        def show(f, *args, **kw):
            try:
                print(repr(f(*args, **kw)))
            except Exception as e:
                print(type(e).__name__, e)
        ig = op.itemgetter(1); ig2 = op.itemgetter(0, -1, 'k')
        print(ig, ig2, ig((5, 6)), ig([5, 6]), ig('xy'), ig.__reduce__(), ig2.__reduce__())
        show(ig2, {0: 'a', -1: 'b', 'k': 'c'}); show(ig, (1,)); show(ig, 5)
        show(op.itemgetter); show(op.itemgetter, a=1); show(ig); show(ig, 1, 2); show(ig, x=1)
        class N:
            pass
        n = N(); n.a = N(); n.a.b = 3; n.c = 'c'
        ag = op.attrgetter('a.b'); ag2 = op.attrgetter('c', 'a.b')
        print(ag, ag2, ag(n), ag2(n), ag.__reduce__(), ag2.__reduce__())
        show(op.attrgetter('zz'), n); show(op.attrgetter('a.zz'), n)
        show(op.attrgetter); show(op.attrgetter, 1); show(op.attrgetter, 'a', 2)
        show(ag); show(ag, n, n)
        mc = op.methodcaller('split', ',', maxsplit=1); mc0 = op.methodcaller('upper')
        print(mc, mc0, mc('a,b,c'), mc0('x'), mc0.__reduce__())
        r = mc.__reduce__(); print(r, r[0](*r[1])('x,y,z'))
        show(op.methodcaller); show(op.methodcaller, 1); show(mc, 1, 2); show(mc, 1, y=2)
        show(op.methodcaller('nope'), 1)
        for t in (op.itemgetter, op.attrgetter, op.methodcaller):
            print(t, t.__module__, t.__name__, t.__doc__.splitlines()[0])
            show(type, 'X', (t,), {})
        # recursive reprs
        ig3 = op.itemgetter(None); x = [ig3]
        print(op.itemgetter(x), op.methodcaller('m', x))
        # references
        key = object(); before = sys.getrefcount(key)
        g = op.itemgetter(key); h = op.methodcaller('f', key, k=key); a = op.attrgetter('q')
        print(sys.getrefcount(key) - before)
        del g, h
        print(sys.getrefcount(key) - before)
        t = (key, 2); before = sys.getrefcount(key)
        for i in range(5): op.itemgetter(0)(t)
        print(sys.getrefcount(key) - before)
    ''')


def test_lib_operator_runs_on_the_native_module():
    """Lib/operator.py, executed as a module, takes its functions and types
    from _operator (`from _operator import *`), as on CPython."""
    import operator
    with open(operator.__file__) as file:
        source = file.read()
    same_as_host(r'''
        import sys
        source = %r
        module = type(sys)('operator')
        exec(compile(source, 'operator.py', 'exec'), module.__dict__)
        sys.modules['operator'] = module
        import operator, _operator
        print(operator.itemgetter is _operator.itemgetter, operator.add is _operator.add)
        print(sorted(n for n in operator.__all__ if getattr(operator, n) is not
                     getattr(_operator, n, None)))
        print(operator.__add__(1, 2), operator.__getitem__('ab', 1), operator.iadd([1], [2]))
        print(operator.attrgetter('imag', 'real')(3j + 1), operator.methodcaller('count', 1)([1, 1]))
        print(sorted([(2, 'b'), (1, 'c')], key=operator.itemgetter(1)))
        print(operator._compare_digest(b'a', b'a'), operator.length_hint(iter('abc')))
    ''' % source)
