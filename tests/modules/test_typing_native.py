"""The _typing module against the host.

Counterpart: glass/modules/_typing.py (Modules/_typingmodule.c).
"""
from __future__ import annotations

from oracle import same_as_host


def test_idfunc_and_newtype_call():
    """_idfunc is the identity; typing's NewType takes it as __call__, and a
    builtin function binds no self, so UserId(5) is 5."""
    same_as_host(r'''
        import _typing, typing
        print([name for name in dir(_typing) if name != '__file__'])
        print(repr(_typing.__doc__), _typing._idfunc.__doc__,
              _typing._idfunc.__text_signature__, repr(_typing._idfunc))
        o = object()
        print(_typing._idfunc(o) is o)
        UserId = typing.NewType('UserId', int)
        print(UserId(5), UserId.__call__ is _typing._idfunc)
        for args in ((), (1, 2)):
            try:
                _typing._idfunc(*args)
            except TypeError as e:
                print(e)
        try:
            _typing._idfunc(x=1)
        except TypeError as e:
            print(e)
    ''')
