"""_crypt against the host: crypt() with each method, its argument errors,
and the crypt module over it.

Counterpart: glass/modules/_crypt.py (Modules/_cryptmodule.c).
"""
from __future__ import annotations

from oracle import same_as_host


def test_crypt():
    same_as_host(r"""
import warnings
warnings.simplefilter('ignore', DeprecationWarning)
import _crypt, crypt
print(_crypt.__doc__, sorted(k for k in vars(_crypt) if k != '__file__'), _crypt.crypt.__text_signature__, _crypt.crypt.__doc__)
def t(f, *a, **k):
    try: print('ok', f(*a, **k))
    except Exception as e: print(type(e).__name__, e)
t(_crypt.crypt, 'secret', '$6$saltsalt'); t(_crypt.crypt, 'secret', 'ab'); t(_crypt.crypt, 'secret', '$1$abc')
t(_crypt.crypt, 1, 'ab'); t(_crypt.crypt, 'a', b'ab'); t(_crypt.crypt, 'a\0', 'ab'); t(_crypt.crypt, 'a'); t(_crypt.crypt, word='a', salt='b')
t(crypt.crypt, 'pw', '$5$abc'); print([m.name for m in crypt.methods])
h = crypt.crypt('pw', crypt.METHOD_SHA512); print(len(h), crypt.crypt('pw', h) == h)
""")
