"""_tkinter against the host: Tcl interpreters without Tk (there is no display).

Counterpart: glass/modules/_tkinter.py (Modules/_tkinter.c).

Each snippet drives a Tcl interpreter made by _tkinter.create(..., wantTk=False)
or tkinter.Tcl() and prints what comes back: values crossing both ways, the
errors of argument parsing, callbacks, timers, file handlers, reference counts
and calls from other threads.  What differs between two runs (a channel's
number, an address) is compared by property, never printed.
"""
from __future__ import annotations

import pytest

from oracle import same_as_host

try:
    import _tkinter  # noqa: F401
except ImportError:
    pytest.skip("because the host has no _tkinter to compare with", allow_module_level=True)

PRELUDE = """
        import _tkinter as t, sys
        app = t.create(None, '', 'Tk', False, 1, False, False, None)
        def show(text):
            try:
                print(text, '->', repr(eval(text)))
            except Exception as e:
                print(text, '!!', type(e).__name__, e)
"""


def test_module_surface():
    same_as_host("""
        import _tkinter as t
        print([name for name in dir(t) if name != '__file__'])
        for name in ('READABLE', 'WRITABLE', 'EXCEPTION', 'WINDOW_EVENTS', 'FILE_EVENTS',
                     'TIMER_EVENTS', 'IDLE_EVENTS', 'ALL_EVENTS', 'DONT_WAIT',
                     'TCL_VERSION', 'TK_VERSION'):
            print(name, repr(getattr(t, name)))
        print(t.TclError.__mro__, t.TclError.__module__, t.__doc__)
        for T in (t.TkappType, t.TkttType, t.Tcl_Obj):
            print(T, T.__name__, T.__module__, T.__doc__, sorted(vars(T)))
            try:
                T()
            except TypeError as e:
                print(e)
        for T in (t.TkappType, t.TkttType):
            for name, value in sorted(vars(T).items()):
                print(name, getattr(value, '__text_signature__', None), value.__doc__
                      if name not in ('__module__',) else '')
        for name in ('create', '_flatten', 'getbusywaitinterval', 'setbusywaitinterval'):
            f = getattr(t, name)
            print(name, f.__text_signature__, repr(f.__doc__))
        print(t.Tcl_Obj.string.__doc__, t.Tcl_Obj.typename.__doc__)
        print(t.Tcl_Obj.__hash__, t.Tcl_Obj.__eq__)
    """)


def test_values_crossing_both_ways():
    same_as_host(PRELUDE + """
        class S(str): pass
        class B(bytes): pass
        class Fl(float): pass
        class I(int):
            def __str__(self): return 'I-str'
            def __repr__(self): return 'I-repr'
        class O:
            def __str__(self): return 'O-str'
        values = [True, False, 0, -1, 2**31, 2**63, -2**63 - 1, 2**1000, 1.5, 1/3, 1e-300,
                  float('inf'), -float('inf'), 'string', 'string\\u20ac', 'str\\x00ing',
                  'str\\U0001f4bb', '<\\udce2\\udc82\\udcac>', b'str\\x00ing', b'\\xc0\\x80',
                  b'\\xbd', (), [], (1, '2', (3.4,)), ['a', ['b', 'c']], S('s'), B(b'b'),
                  Fl(2.5), I(3), O(), None, (None, 1), [None]]
        for value in values:
            result = app.call('set', 'x', value)
            print(type(value).__name__, repr(result), type(result).__name__,
                  repr(app.getvar('x')))
        print(repr(app.call('set', 'x', float('nan'))))
        show("app.call()")
        show("app.call(('set', 'y', 5))")
        show("app.call(['set', 'y', 5])")
        show("app.call('set', 'y', None, O())")
        show("app.call(('list', (1, 2)))")
        show("app.call('list', 1, 2.5, 'a b', b'x', (3, 4), [])")
        show("app.call('expr', '2**70')")
        show("app.call('expr', '1 < 2')")
        show("app.call('binary', 'format', 'a3', 'x')")
        show("app.call('string', 'repeat', 'ab', 3)")
        show("app.eval('set z {a b}')")
        show("app.eval('error boom')")
        show("app.call('error', 'boom')")
        show("app.eval('list \\\\u20ac')")
        for flag in (0, 1):
            app.wantobjects(flag)
            print(app.wantobjects(), repr(app.call('expr', '1.5')),
                  repr(app.call('list', 1, (2, 3))), repr(app.getvar('x')),
                  repr(app.call('dict', 'create', 'a', 1)))
        d = app.call('dict', 'create', 'k', 'v')
        e = app.call('dict', 'create', 'k', 'w')
        print(type(d).__name__, repr(d), str(d), d.string, d.typename, d.string is d.string)
        print(d == d, d != e, d < e, d <= e, d > e, d >= e, d == 'k v', d.__eq__('x'))
        try:
            hash(d)
        except TypeError as err:
            print(err)
        try:
            d.attr = 1
        except AttributeError as err:
            print(err)
        print(repr(app.call('set', 'dd', d)), repr(app.call('list', d, 'x')),
              app.splitlist(d), app.call('set', d, 5),
              app.getvar(d))
        print(t._flatten(((1, [2, None]), [], None, 'x')), t._flatten([]),
              t._flatten([[[]]] * 3))
        for bad in ('t._flatten(1)', 't._flatten("ab")', 't._flatten({1: 2})'):
            show(bad)
        nested = []
        for i in range(1100):
            nested = [nested, 1]
        show("t._flatten(nested)")
    """)


def test_methods_and_argument_errors():
    same_as_host(PRELUDE + """
        class I(int):
            def __repr__(self): return 'I-repr'
        class O:
            def __str__(self): return 'O-str'
        app.call('set', 'a', 'q')
        for text in [
                "app.eval(1)", "app.eval('a\\\\0b')", "app.eval('\\\\udc80')", "app.eval()",
                "app.eval('x', 'y')", "app.eval(script='x')",
                "app.createcommand(1, len)", "app.createcommand('x', 1)", "app.createcommand('x')",
                "app.createcommand('a\\\\0', len)",
                "app.getvar(1)", "app.getvar('a', 1)", "app.getvar()", "app.getvar(b'a')",
                "app.getvar('a\\\\0')", "app.getvar(b'a\\\\0')", "app.getvar('nonexist')",
                "app.getvar('\\\\udc80')", "app.globalgetvar('a')",
                "app.setvar('a')", "app.setvar('a', 1, 2, 3)", "app.setvar(1, 2)",
                "app.setvar('arr', 1, 2)", "app.setvar('arr', 'k', 2)", "app.getvar('arr', 'k')",
                "app.getvar('arr(k)')", "app.globalsetvar('g', 7)", "app.globalgetvar('g')",
                "app.unsetvar(b'a')", "app.unsetvar()", "app.unsetvar(1, 2, 3)",
                "app.unsetvar('arr', 'k')", "app.unsetvar('arr', 'k')", "app.globalunsetvar('g')",
                "app.globalunsetvar('g')",
                "app.getint(1)", "app.getint(I(3))", "app.getint('12')", "app.getint('0x10')",
                "app.getint('x')", "app.getint(1.5)", "app.getint(b'3')", "app.getint('2**70')",
                "app.getint('1' * 30)", "app.getint('\\\\udc80')",
                "app.getdouble(1)", "app.getdouble(True)", "app.getdouble(2.5)",
                "app.getdouble('1.5')", "app.getdouble('x')", "app.getdouble(b'1')",
                "app.getdouble(O())", "app.getdouble(1+2j)",
                "app.getboolean(1)", "app.getboolean(0)", "app.getboolean(True)",
                "app.getboolean('yes')", "app.getboolean('off')", "app.getboolean('x')",
                "app.getboolean(2.0)",
                "app.exprstring('1+2')", "app.exprlong('1+2')", "app.exprdouble('1+2')",
                "app.exprboolean('1+2')", "app.exprlong('2**70')", "app.exprlong('x')",
                "app.exprstring(5)", "app.exprdouble('1/3.')", "app.exprboolean('0')",
                "app.splitlist('a {b c}')", "app.splitlist((1, 2))", "app.splitlist([1, [2]])",
                "app.splitlist(1)", "app.splitlist(b'a b')", "app.splitlist(bytearray(b'a b'))",
                "app.splitlist('{')", "app.splitlist('')", "app.splitlist('a\\\\n b\\\\t c')",
                "app.splitlist(b'a\\\\xc0\\\\x80b c')",
                "app.splitlist(app.call('list', 1, '2', (3.4,)))",
                "app.wantobjects()", "app.wantobjects(1, 2)", "app.wantobjects('x')",
                "app.wantobjects(1.5)",
                "app.dooneevent(t.DONT_WAIT)", "app.dooneevent('x')", "app.mainloop()",
                "app.mainloop(1.5)", "app.quit()", "app.quit(1)", "app.willdispatch()",
                "type(app.interpaddr())", "app.interpaddr() == app.interpaddr()",
                "app.createtimerhandler(10, 1)", "app.createtimerhandler('x', len)",
                "app.createtimerhandler(2**40, len)",
                "app.createfilehandler(0, 1, 3)", "app.createfilehandler('x', 1, len)",
                "app.createfilehandler(0, 'x', len)", "app.deletefilehandler(0)",
                "app.deletefilehandler('x')", "app.deletefilehandler(-1)",
                "app.deletecommand('nonexist')", "app.deletecommand(1)",
                "app.record('set z 1')", "app.adderrorinfo('x')", "app.adderrorinfo(1)",
                "app.evalfile('/nonexist')", "app.evalfile(1)",
                "t.setbusywaitinterval(-1)", "t.setbusywaitinterval('x')",
                "t.getbusywaitinterval()", "t.setbusywaitinterval(25)", "t.getbusywaitinterval()",
                "t.create(1)", "t.create(None, 1)", "t.create(None, '', 2)",
                "t.create(None, '', 'Tk', 'x')", "t.create(None, '', 'Tk', 2.5)",
                "t.create(None, '', 'Tk', 0, 0, 0, 0, 1)",
                "t.create(None, '', 'Tk', 0, 0, 0, 0, None, 1)", "t._flatten(x=1)",
                "(lambda m: m(x=1))(app.wantobjects)", "(lambda m: m(x=1))(app.call)",
                "(lambda m: m(x=1))(app.setvar)", "(lambda m: m(x=1))(app.getvar)",
                "type(t.create(None, '', 'Tk', False, True, False, False, None))",
                ]:
            show(text)
        import os, tempfile
        if not os.environ.get('DISPLAY'):
            show("t.create(None, '', 'Tk', False, 1, False, False, None).loadtk()")
        with tempfile.TemporaryDirectory() as directory:
            path = os.path.join(directory, 'script.tcl')
            with open(path, 'w') as f:
                f.write('set a 1\\nset b [expr $a+1]\\n')
            print(app.evalfile(path), app.getvar('b'))
            with open(path, 'w') as f:
                f.write('error {in file}')
            try:
                app.evalfile(path)
            except t.TclError as err:
                print(err)
    """)


def test_callbacks_and_reference_counts():
    same_as_host(PRELUDE + """
        import os, gc
        print(sys.getrefcount(app))
        f = lambda *a: ('ret', a)
        app.createcommand('f', f)
        print(sys.getrefcount(app), sys.getrefcount(f))
        print(app.call('f', 1, 2.5, (1, 2), b'x', 'y z', True))
        print(app.eval('f a {b c}'), repr(app.call('f')))
        app.deletecommand('f')
        print(sys.getrefcount(app), sys.getrefcount(f))
        app.createcommand('f', f)
        app.eval('rename f {}')
        print(sys.getrefcount(app), sys.getrefcount(f))
        app.createcommand('none', lambda: None)
        app.createcommand('obj', lambda: 2**70)
        print(repr(app.call('none')), repr(app.call('obj')))
        def boom(*a):
            raise KeyError('k')
        app.createcommand('boom', boom)
        try:
            app.call('boom')
        except Exception as e:
            print(type(e).__name__, repr(e))
        print(repr(app.eval('catch boom msg; set msg')))
        try:
            app.mainloop()
        except KeyError as e:
            print('mainloop', repr(e), e.__traceback__ is not None)
        app.mainloop()
        class Weird:
            def __str__(self):
                raise ValueError('no str')
        try:
            app.call('set', 'x', Weird())
        except ValueError as e:
            print(type(e).__name__, e)
        app.createcommand('weird', lambda: Weird())
        try:
            app.call('weird')
        except t.TclError as e:
            print(repr(e))
        try:
            app.mainloop()
        except ValueError as e:
            print('mainloop', repr(e))
        calls = []
        tok = app.createtimerhandler(0, lambda: calls.append('t1'))
        print(repr(tok).startswith('<tktimertoken at 0x'), repr(tok).endswith('deleted>'),
              sys.getrefcount(tok))
        tok.deletetimerhandler()
        print(repr(tok).endswith(', handler deleted>'), sys.getrefcount(tok))
        tok.deletetimerhandler()
        g = lambda: calls.append('t2')
        tok = app.createtimerhandler(0, g)
        print(sys.getrefcount(g))
        while app.dooneevent(t.DONT_WAIT):
            pass
        print(calls, sys.getrefcount(tok), sys.getrefcount(g), repr(tok).endswith('deleted>'))
        tok = app.createtimerhandler(0, lambda: 1/0)
        while app.dooneevent(t.DONT_WAIT):
            pass
        try:
            app.mainloop()
        except ZeroDivisionError as e:
            print('mainloop', repr(e))
        r, w = os.pipe()
        class F:
            def fileno(self):
                return r
        fo = F()
        seen = []
        def handler(file, mask):
            seen.append((file is fo, mask))
            os.read(r, 10)
        app.createfilehandler(fo, t.READABLE, handler)
        print(sys.getrefcount(handler), sys.getrefcount(fo))
        os.write(w, b'x')
        while app.dooneevent(t.DONT_WAIT):
            pass
        print(seen)
        app.deletefilehandler(fo)
        print(sys.getrefcount(handler), sys.getrefcount(fo))
        os.close(r)
        os.close(w)
        del app
        gc.collect()
        print(sys.getrefcount(f))
    """)


def test_tkinter_without_tk():
    same_as_host("""
        import tkinter, _tkinter, time
        tcl = tkinter.Tcl()
        print(tcl.tk.wantobjects(), tkinter.TkVersion, tkinter.TclVersion)
        v = tkinter.StringVar(tcl, 'hi', 'myvar')
        log = []
        cb = v.trace_add('write', lambda *a: log.append(a))
        v.set('x y')
        print(v.get(), log, [(mode, name.endswith('<lambda>')) for mode, name in v.trace_info()])
        v.trace_remove('write', cb)
        print(tkinter.IntVar(tcl, 5).get(), tkinter.DoubleVar(tcl, 1.5).get(),
              tkinter.BooleanVar(tcl, True).get())
        try:
            tkinter.IntVar(tcl, 'x').get()
        except Exception as e:
            print(type(e).__name__, e)
        res = []
        tcl.after(1, lambda: res.append('after'))
        tcl.after_idle(lambda: res.append('idle'))
        time.sleep(0.02)
        tcl.update()
        print(res)
        tcl.after_cancel(tcl.after(10000, lambda: None))
        print(tkinter._splitdict(tcl.tk, '-a 1 -b {2 3}'))
        print(tkinter._join(['a b', ('c', 'd'), 'e']))
        print(tcl.tk.splitlist(tcl.tk.call('list', 'a', ('b', 'c'))))
        try:
            tcl.eval('expr {1/0}')
        except tkinter.TclError as e:
            print('TclError', e)
        print(tcl.getboolean('on'), tcl.getint('0x10'), tcl.getdouble('1e3'))
        print(tcl.tk.exprstring('2.0*3'), tcl.tk.exprlong('7/2'))
        try:
            tkinter.Tk()
        except tkinter.TclError as e:
            print('Tk:', e)
        from tkinter import ttk
        print(ttk._format_optdict({'padding': (1, 2)}), ttk._list_from_layouttuple(
            tcl.tk, ('Button.border', {'children': [('Button.label', {})]})))
    """)


def test_calls_from_other_threads():
    same_as_host(PRELUDE + """
        import threading, time
        out = []
        app.createcommand('cb', lambda *a: out.append(
            ('cb', threading.current_thread().name, a)) or 'r')
        def early():
            try:
                app.call('expr', '1')
            except RuntimeError as e:
                out.append(str(e))
        th = threading.Thread(target=early)
        th.start()
        th.join()
        app.willdispatch()
        def worker(n):
            for i in range(3):
                out.append((n, app.call('cb', n, i)))
                out.append((n, app.call('expr', '%d*7' % i)))
                app.setvar('v%d' % n, i)
                out.append((n, app.getvar('v%d' % n)))
        threads = [threading.Thread(target=worker, args=(n,), name='w%d' % n)
                   for n in range(2)]
        for th in threads:
            th.start()
        deadline = time.time() + 20
        while any(th.is_alive() for th in threads) and time.time() < deadline:
            app.dooneevent(t.DONT_WAIT)
            time.sleep(0.001)
        for th in threads:
            th.join()
        print(sorted(map(str, out)))
        count = [0]
        def spin():
            for i in range(20000):
                count[0] += 1
        th = threading.Thread(target=spin)
        th.start()
        app.createtimerhandler(50, lambda: out.append('timer'))
        app.dooneevent(0)          # waits for the timer, the other thread runs meanwhile
        th.join()
        print(out[-1], count[0])
    """)


def test_keywords_refused_through_the_descriptor():
    same_as_host(PRELUDE + """
        for text in ["app.call(x=1)", "app.setvar(x=1)", "app.getvar(x=1)",
                     "app.wantobjects(x=1)", "app.unsetvar(x=1)"]:
            show(text)
    """)
