"""What the issue-8 sweep (test_gc, test_weakref, test_weakset,
test_finalization, test_sys) led to, kept as tests.

Counterpart: Modules/gcmodule.c's subtract_refs and move_unreachable, and
the tp_traverse of the types the collector now reads directly.

test_weakref's threaded tests call gc.collect() in a loop in a second
thread, and the file once ran past the sweep's time limit.  A full
collection in glass/vm/gc.py now counts the internal references in one
pass (a Counter), passes over the objects that refer to nothing still
pending in one set test, and reads the fields of functions, descriptors,
cells, modules, properties and classes without calling their tp_traverse
(about 1.3x faster full collections).  These tests hold it to the same
results and the same order as before, which are the host's: the order in
tests/programs/memory/gc_scan_order.py (a corpus program, so compared on
both compilers), the field readers in tests/vm/test_gc_referents.py.
"""
from __future__ import annotations

from oracle import same_as_host


def test_garbage_of_each_kind_read_without_tp_traverse():
    """gc.collect() counts garbage cycles through functions, closures,
    bound methods, properties, static and class methods, modules, classes,
    method-wrappers and builtin methods as the host counts them."""
    same_as_host(r'''
import gc, types
gc.collect()
def make_garbage(kind):
    if kind == 'function':
        def f(): return f
    elif kind == 'closure':
        def outer():
            x = []
            def inner(): return x
            x.append(inner)
        outer()
    elif kind == 'method':
        class C:
            def m(self): pass
        c = C(); c.bound = c.m
    elif kind == 'property':
        p = property(lambda self: None)
        holder = [p]; p.fget.__dict__['h'] = holder
    elif kind == 'staticmethod':
        def g(): pass
        s = staticmethod(g); g.s = s
        c = classmethod(g); g.c = c
    elif kind == 'module':
        m = types.ModuleType('m'); m.me = m
    elif kind == 'class':
        class K: pass
    elif kind == 'method-wrapper':
        l = []; l.append(l.__len__)
    elif kind == 'builtin-method':
        l = []; l.append(l.append)
for kind in ('function', 'closure', 'method', 'property', 'staticmethod', 'module',
             'class', 'method-wrapper', 'builtin-method'):
    make_garbage(kind)
    print(kind, gc.collect())
''')
