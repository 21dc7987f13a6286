"""The builtin exception types against the host.

Counterpart: glass/objects/exceptions.py (Objects/exceptions.c).
"""
from __future__ import annotations

import builtins
import textwrap

import pytest
from oracle import needs_cpython311_host, same_as_host

SHOW = '''
def show(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__, e)
'''


def check(snippet):
    same_as_host(SHOW + textwrap.dedent(snippet))


@pytest.fixture(scope="module", autouse=True)
def object_space():
    from glass.vm import pylifecycle
    pylifecycle.initialize()


@needs_cpython311_host
def test_hierarchy_and_docs_are_the_hosts():
    from glass.objects.exceptions import EXCEPTION_TYPES
    from glass.objects.type import ready
    for name, w_type in EXCEPTION_TYPES.items():
        host = getattr(builtins, name)
        ready(w_type)
        assert [t.name for t in w_type.mro] == [t.__name__ for t in host.__mro__], name
        assert w_type.doc == host.__doc__, name
        own = sorted(k for k in w_type.dict if k not in ("__doc__", "__dict__"))
        expected = sorted(k for k in vars(host) if k not in ("__doc__", "__dict__",
                                                              "__module__", "__weakref__",
                                                              "__getattribute__",
                                                              "__setattr__", "__delattr__"))
        assert own == expected, name


def test_oserror_picks_its_subclass_and_releases_its_fields():
    import errno
    from glass.objects.exceptions import EXCEPTION_TYPES, call_exception_type
    from glass.objects.int import new_int
    from glass.objects.object import decref
    from glass.objects.str import new_str
    args_w = [new_int(errno.ENOENT), new_str("No such file"), new_str("x.txt")]
    w_exc = call_exception_type(EXCEPTION_TYPES["OSError"], args_w)
    assert w_exc.ob_type.name == "FileNotFoundError"
    assert w_exc.w_filename is args_w[2] and len(w_exc.w_args.items) == 2
    assert args_w[2].ob_refcnt == 2                # ours and the exception's
    decref(w_exc)
    assert [w.ob_refcnt for w in args_w[1:]] == [1, 1]


def test_the_raising_helpers_make_the_right_objects():
    from glass.objects.exceptions import (key_error, name_error, operation_error,
                                          stop_iteration, system_exit)
    from glass.objects.int import new_int
    from glass.objects.str import new_str
    w_key = new_int(1000)
    assert key_error(w_key).w_value.w_args.items == [w_key]
    assert stop_iteration(w_key).w_value.w_value is w_key
    assert system_exit(w_key).w_value.w_code is w_key
    w_name = new_str("spam")
    assert name_error("name 'spam' is not defined", w_name).w_value.w_name is w_name
    error = operation_error("UnicodeError", "u")
    assert error.w_value.ob_type.name == "UnicodeError" and str(error) == "UnicodeError: u"


def test_construction_fields_str_and_repr():
    check("""
        show(lambda: (repr(ValueError()), repr(ValueError(1)), repr(ValueError(1, 'x')), str(ValueError(1, 2))))
        show(lambda: (str(KeyError('k')), str(KeyError()), str(KeyError(1, 2)), repr(KeyError('k'))))
        show(lambda: (StopIteration().value, StopIteration(1, 2).value, SystemExit().code, SystemExit(1, 2).code))
        show(lambda: (OSError(2, 'x'), str(OSError(2, 'x', 'f')), str(OSError(13, 'd', 'a', None, 'b'))))
        show(lambda: (OSError(2, 'x').errno, OSError('just text').errno, OSError(1, 2, 3, 4, 5, 6).args))
        show(lambda: (BlockingIOError(11, 'x', 5).characters_written, OSError(2, 'x', 'f').__reduce__()))
        show(lambda: BlockingIOError(11, 'x').characters_written)
        class MyOSError(OSError):
            def __init__(self, a, b, c):
                super().__init__(a, b)
                self.c = c
        show(lambda: (type(MyOSError(2, 'x', 3)).__name__, MyOSError(2, 'x', 3).errno, MyOSError(2, 'x', 3).c))
        show(lambda: (ImportError('m', name='n', path='p').__reduce__(), str(ImportError('a', 'b'))))
        show(lambda: ImportError('m', other=1))
        show(lambda: (NameError('n', name='x').name, AttributeError('a', name='n', obj=1).obj))
        show(lambda: AttributeError('a', nope=1))
        show(lambda: NameError('n', name='x', extra=1))
        e = SyntaxError('bad', ('dir/f.py', 3, 4, 'text\\n', 3, 6))
        show(lambda: (str(e), e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset, e.print_file_and_line))
        show(lambda: (str(SyntaxError('m')), str(SyntaxError('m', (None, 1, 2, 't'))), str(SyntaxError())))
        show(lambda: SyntaxError('m', (1, 2)))
        show(lambda: SyntaxError('m', ('f', 1, 2, 't', 5)))
        show(lambda: (str(UnicodeDecodeError('utf-8', b'\\xff', 0, 1, 'bad')), str(UnicodeEncodeError('ascii', '\\u1234x', 0, 2, 'r'))))
        show(lambda: (str(UnicodeTranslateError('\\U0001f600', 0, 1, 'r')), UnicodeError().args))
        show(lambda: UnicodeDecodeError('utf-8', 'not bytes', 0, 1, 'r'))
        show(lambda: UnicodeEncodeError('ascii', 'x', 1.5, 2, 'r'))
        u = UnicodeEncodeError('ascii', 'x', 0, 1, 'r')
        def set_start(): u.start = 'bad'
        show(set_start)
        show(lambda: (u.start, str(u)))
        show(lambda: ValueError(x=1))
        e = ValueError('v')
        e.extra = 1
        show(lambda: (e.__dict__, e.__reduce__(), e.args))
        e.__setstate__({'more': 2})
        show(lambda: e.more)
        def bad_context(): e.__context__ = 5
        show(bad_context)
        def bad_flag(): e.__suppress_context__ = 1
        show(bad_flag)
        show(lambda: e.add_note(3))
        e.add_note('n1')
        show(lambda: e.__notes__)
        show(lambda: e.with_traceback(5))
    """)


def test_exception_groups():
    check("""
        v, t, k = ValueError(1), TypeError(2), KeyError(3)
        eg = ExceptionGroup('outer', [v, ExceptionGroup('inner', [t, k])])
        show(lambda: (str(eg), repr(eg), eg.message, eg.exceptions[0] is v, type(BaseExceptionGroup('b', [v])).__name__))
        show(lambda: eg.split(ValueError))
        show(lambda: eg.split((TypeError, KeyError)))
        show(lambda: eg.subgroup(lambda e: isinstance(e, LookupError)))
        show(lambda: eg.subgroup(OSError))
        show(lambda: eg.split(ExceptionGroup))
        show(lambda: eg.split(1))
        show(lambda: eg.split([ValueError]))
        eg.add_note('outer note')
        match, rest = eg.split(TypeError)
        show(lambda: (match.__notes__, rest.__notes__, match.__notes__ is eg.__notes__))
        class Derived(ExceptionGroup):
            def derive(self, excs):
                return Derived(self.message.upper(), excs)
        show(lambda: Derived('d', [v, t]).split(TypeError))
        show(lambda: BaseExceptionGroup('m'))
        show(lambda: BaseExceptionGroup(1, [v]))
        show(lambda: BaseExceptionGroup('m', v))
        show(lambda: BaseExceptionGroup('m', []))
        show(lambda: BaseExceptionGroup('m', [1]))
        show(lambda: ExceptionGroup('m', [KeyboardInterrupt()]))
        class MyGroup(ExceptionGroup): pass
        show(lambda: MyGroup('m', [KeyboardInterrupt()]))
        show(lambda: ExceptionGroup('m', [v], x=1))
        def set_message(): eg.message = 'x'
        show(set_message)
        show(lambda: ExceptionGroup[int])
        try:
            raise eg
        except* TypeError as caught:
            show(lambda: caught.exceptions)
        except* ValueError as caught:
            show(lambda: caught.exceptions)
    """)
