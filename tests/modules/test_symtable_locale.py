"""_symtable, _locale, _opcode, _queue, _statistics and _tracemalloc against the
host, through the stdlib modules built on them (symtable, locale, dis,
queue, statistics, tracemalloc).

Counterpart: glass/modules/_symtable.py (Modules/symtablemodule.c),
_locale.py (Modules/_localemodule.c), _opcode.py (Modules/_opcode.c),
_queue.py (Modules/_queuemodule.c), _statistics.py, _tracemalloc.py.
"""
from __future__ import annotations

from oracle import same_as_host


def test_symtable():
    same_as_host(r"""
import symtable, _symtable
# Glass bug (reported): weakref.ref subclasses with __slots__ (KeyedRef) fail, so the
# factory's WeakValueDictionary memo is swapped for a dict, on both sides alike.
symtable._newSymbolTable._SymbolTableFactory__memo = {}
def t(f,*a,**k):
    try: print('ok', f(*a,**k))
    except Exception as e: print(type(e).__name__, e)
print(sorted((n, getattr(_symtable, n)) for n in dir(_symtable) if n.isupper()))
src = '''
import os, sys as system
from math import *
x: int = 1
g = 2
def outer(a, b=1, *args, c, d=2, **kw):
    global g
    y = a + x
    def inner(z):
        nonlocal y
        y += z
        return y + b
    lam = lambda q: q + a
    return [i * y for i in args], inner, lam
class C(object):
    attr = 1
    def method(self):
        return __class__, self.attr, attr_missing
    class Nested:
        pass
async def coro():
    async for v in aiter():
        await v
'''
top = symtable.symtable(src, 'mod.py', 'exec')
def walk(table, depth=0):
    pad = '  ' * depth
    print(pad, table.get_type(), table.get_name(), table.get_lineno(), table.is_optimized(), table.is_nested(), table.has_children(), sorted(table.get_identifiers()))
    if table.get_type() == 'function':
        print(pad, ' params', table.get_parameters(), 'locals', table.get_locals(), 'globals', table.get_globals(), 'nonlocals', table.get_nonlocals(), 'frees', table.get_frees())
    if table.get_type() == 'class':
        print(pad, ' methods', table.get_methods())
    for sym in sorted(table.get_symbols(), key=lambda s: s.get_name()):
        print(pad, '  ', sym.get_name(), sym.is_referenced(), sym.is_imported(), sym.is_parameter(), sym.is_global(), sym.is_nonlocal(), sym.is_declared_global(),
              sym.is_local(), sym.is_annotated(), sym.is_free(), sym.is_assigned(), sym.is_namespace(), len(sym.get_namespaces()))
    for child in table.get_children():
        walk(child, depth + 1)
walk(top)
print(top.lookup('outer').get_namespace().get_name())
raw = _symtable.symtable('a = b', 'f', 'exec'); print(raw.name, raw.type, raw.lineno, raw.nested, raw.symbols, raw.varnames, raw.children, type(raw).__name__)
e = symtable.symtable('x + y', 'e', 'eval'); print(e.get_type(), sorted(e.get_identifiers()))
t(symtable.symtable, 'def (:', 'bad.py', 'exec'); t(_symtable.symtable, 'x', 'f', 'nope'); t(symtable.symtable, b'q = 1', 'b', 'exec')
t(symtable.symtable, 'def f():\n    global x\n    x = 1\n    nonlocal y', 's', 'exec')
""")


def test_locale():
    # strcoll is compared by sign only: the C library promises no more, and
    # glibc 2.36's wcscmp returns 2 instead of 1 when a string sits near the
    # end of a memory page, so the value differs between any two processes.
    same_as_host(r"""
import _locale, locale
def sign(n): return (n > 0) - (n < 0)
def t(f,*a,**k):
    try: print('ok', repr(f(*a,**k))[:200])
    except Exception as e: print(type(e).__name__, e)
print(_locale.__doc__, sorted((n, getattr(_locale, n)) for n in dir(_locale) if n.isupper()))
print(_locale.Error.__mro__, locale.Error is _locale.Error)
for n in ('setlocale', 'localeconv', 'strcoll', 'strxfrm', 'getencoding', 'nl_langinfo', 'gettext', 'dgettext', 'dcgettext', 'textdomain', 'bindtextdomain', 'bind_textdomain_codeset'):
    f = getattr(_locale, n); print(n, f.__text_signature__, f.__doc__)
t(_locale.setlocale, _locale.LC_ALL); t(_locale.setlocale, _locale.LC_CTYPE, 'C'); t(_locale.setlocale, 1, 'xx_XX'); t(_locale.setlocale, 999); t(_locale.setlocale, 'x')
t(_locale.setlocale, 1, 5); t(_locale.localeconv); print('sign', sign(_locale.strcoll('a', 'b')), sign(_locale.strcoll('b', 'a')), _locale.strcoll('a', 'a')); t(_locale.strcoll, 'a', 1); t(_locale.strxfrm, 'abc'); t(_locale.strxfrm, 'a\0b')
t(_locale.getencoding); t(_locale.nl_langinfo, _locale.CODESET); t(_locale.nl_langinfo, _locale.DAY_1); t(_locale.nl_langinfo, 99999); t(_locale.gettext, 'hello')
t(_locale.textdomain, None); t(_locale.dgettext, None, 'x'); t(_locale.dcgettext, None, 'x', _locale.LC_MESSAGES)
print(locale.getlocale(), locale.getpreferredencoding(False), locale.getencoding(), locale.format_string('%.2f', 1234.5, grouping=True), locale.currency(5) if locale.localeconv()['currency_symbol'] else 'nocur')
print(locale.normalize('en_US.utf8'), locale.str(1.5), locale.atof('3.25'), locale.atoi('42'), sign(locale.strcoll('a', 'B')), sorted(['b', 'A', 'a'], key=locale.strxfrm))
t(locale.setlocale, locale.LC_ALL, 'C.UTF-8'); print(locale.getlocale(locale.LC_CTYPE), locale.localeconv()['decimal_point'])
""")


def test_opcode_queue_statistics_tracemalloc():
    same_as_host(r"""

import dis, _opcode, opcode
def t(f, *a, **k):
    try: print('ok', f(*a, **k))
    except Exception as e: print(type(e).__name__, e)
print(_opcode.__doc__, _opcode.stack_effect.__text_signature__, _opcode.stack_effect.__doc__, _opcode.get_specialization_stats())
rows = []
for op in range(256):
    for arg in ((None,) if op < opcode.HAVE_ARGUMENT else (0, 1, 3, 0x0F, 260)):
        for jump in (None, True, False):
            try: rows.append((op, arg, jump, dis.stack_effect(op, arg, jump=jump)))
            except ValueError as e: rows.append((op, arg, jump, str(e)))
print(len(rows), rows)
t(dis.stack_effect, 1, 1); t(dis.stack_effect, 100); t(dis.stack_effect, 100, 1, jump=3); t(dis.stack_effect, 'x'); t(dis.stack_effect, 100, 'x'); t(dis.stack_effect, 1, None)
import queue, _queue, threading
print(_queue.__doc__, _queue.Empty.__mro__, _queue.Empty.__doc__, _queue.SimpleQueue.__doc__, queue.SimpleQueue is _queue.SimpleQueue, queue.Empty is _queue.Empty)
for n in ('put', 'put_nowait', 'get', 'get_nowait', 'empty', 'qsize'):
    f = getattr(_queue.SimpleQueue, n); print(n, f.__text_signature__, f.__doc__)
q = queue.SimpleQueue(); print(type(q), q.empty(), q.qsize(), _queue.SimpleQueue[int])
q.put(1); q.put_nowait('x'); q.put([2], block=False, timeout=5); print(q.qsize(), q.get(), q.get_nowait(), q.get(False), q.empty())
t(q.get_nowait); t(q.get, timeout=0.01); t(q.get, timeout=-1); t(q.get, False, -1); t(_queue.SimpleQueue, 1); t(q.get, timeout='x')
class Sub(_queue.SimpleQueue): pass
s = Sub(); s.put(5); print(type(s).__name__, s.get())
q2 = queue.Queue(); q2.put(3); print(q2.get())
import statistics, _statistics
print(_statistics.__doc__, _statistics._normal_dist_inv_cdf.__text_signature__)
print([_statistics._normal_dist_inv_cdf(p, 1.5, 2.0) for p in (0.001, 0.02, 0.3, 0.5, 0.8, 0.999)], statistics.NormalDist(10, 3).inv_cdf(0.75))
t(_statistics._normal_dist_inv_cdf, 'x', 0, 1); print(statistics.NormalDist(0, 1).quantiles(4))
import tracemalloc, _tracemalloc
for n in sorted(dir(_tracemalloc)):
    f = getattr(_tracemalloc, n)
    if callable(f) and not n.startswith('__'): print(n, f.__text_signature__, f.__doc__)
print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit(), tracemalloc.get_traced_memory() == (0, 0))
t(tracemalloc.start, 0); t(tracemalloc.start, 70000); t(tracemalloc.start, 'x')
tracemalloc.stop(); tracemalloc.clear_traces(); tracemalloc.reset_peak()
print(tracemalloc.is_tracing(), tracemalloc.get_object_traceback(object()))
t(tracemalloc.take_snapshot)
""")
