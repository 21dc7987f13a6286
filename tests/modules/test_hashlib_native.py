"""The _hashlib module against the host: OpenSSL's digests, HMAC, the KDFs.

Counterpart: glass/modules/_hashlib.py (Modules/_hashopenssl.c), and the
GIL release it shares with _sha3 and _blake2 (glass/modules/_hash_objects.py).
"""
from __future__ import annotations

from oracle import same_as_host

# The snippets print reprs with their addresses masked, and catch errors as
# "module.Type: message".
PRELUDE = r"""
import re
import _hashlib as h

def show(*values):
    print(*(re.sub('0x[0-9a-f]+', '0xADDRESS', repr(v)) for v in values))

def t(f):
    try:
        show(f())
    except BaseException as e:
        print('%s.%s: %s' % (type(e).__module__, type(e).__qualname__, e))
"""


def test_hash_objects_names_digests_and_copies():
    same_as_host(PRELUDE + r"""
names = ['md5', 'MD5', 'sha1', 'SHA256', 'sha512_224', 'SHA512_256', 'sha3_256', 'sha3-384',
         'blake2b', 'blake2s256', 'ripemd160', 'sm3', 'md5-sha1', 'shake_128', 'SHAKE256']
for name in names:
    m = h.new(name, b'abc')
    show(m, type(m), m.name, m.digest_size, m.block_size)
    c = m.copy()
    c.update(bytearray(b'more'))
    c.update(memoryview(b'x' * 3000))
    if isinstance(m, h.HASHXOF):
        show(m.digest(10), m.hexdigest(length=33), c.hexdigest(5), m.digest(0))
    else:
        show(m.digest(), m.hexdigest(), c.hexdigest(), type(c))
for cons in h._constructors:
    show(cons, cons(b'a' * 5000).hexdigest(3) if 'shake' in cons.__name__
         else cons(string=b'a' * 5000, usedforsecurity=False).hexdigest())
show(h.new('md5', usedforsecurity=False).hexdigest(), h.openssl_sha1(usedforsecurity=[]).name)
class Name(str): pass
show(h.new(Name('sha1')).name, h.new('null'))
""")


def test_hash_errors_as_cpython_reports_them():
    same_as_host(PRELUDE + r"""
t(lambda: h.new('foo'))
t(lambda: h.new('foo', 'text first'))
t(lambda: h.new(b'md5'))
t(lambda: h.new('md5\0'))
t(lambda: h.new('\udc80'))
t(lambda: h.new())
t(lambda: h.new('md5', b'', b''))
t(lambda: h.new('md5', 1))
t(lambda: h.new('md5', None))
t(lambda: h.openssl_md5(None))
t(lambda: h.openssl_md5(b'a', b'b'))
t(lambda: h.openssl_md5(data=b''))
t(lambda: h.new('md5').update('text'))
t(lambda: h.new('md5').update(obj=b''))
t(lambda: h.new('md5').update(memoryview(b'abcd')[::2]))
t(lambda: h.HASH('md5'))
t(lambda: h.HASHXOF('shake_128'))
t(lambda: h.HMAC())
t(lambda: h.HASH.copy(1))
xof = h.new('shake_128')
for length in (-1, 2**63, 1.0, None, True):
    t(lambda: xof.digest(length))
t(lambda: xof.digest())
t(lambda: xof.hexdigest(3, 4))
t(lambda: xof.hexdigest(-1))
def subclass():
    class X(h.HASH): pass
    return X()
t(subclass)
""")


def test_hmac_objects_and_single_shot():
    same_as_host(PRELUDE + r"""
for digestmod in ('md5', 'sha256', 'SHA512', 'sha3_256', 'blake2b', h.openssl_sha1,
                  h.openssl_sha3_512):
    m = h.hmac_new(b'key', b'message', digestmod)
    c = m.copy()
    c.update(msg=b'x' * 3000)
    show(m, m.name, m.digest_size, m.block_size, m.digest(), m.hexdigest(), c.hexdigest())
    show(h.hmac_digest(b'key', b'message', digestmod), h.hmac_digest(key=bytearray(b'k'),
         msg=memoryview(b'm'), digest=digestmod))
show(h.hmac_new(b'k', None, 'md5').hexdigest(), h.hmac_new(b'k', digestmod='md5\0x').name)
show(h.hmac_new(key=b'k', digestmod='md5'), h.hmac_new(b'k', b'a' * 5000, 'sha1').hexdigest())
t(lambda: h.hmac_new(b'k', b'm'))
t(lambda: h.hmac_new(b'k', b'm', None))
t(lambda: h.hmac_new(b'k', b'm', 'foo'))
t(lambda: h.hmac_new(b'k', b'm', len))
t(lambda: h.hmac_new(b'k', b'm', []))
t(lambda: h.hmac_new(b'k', b'm', 'shake_128'))
t(lambda: h.hmac_new(b'k', b'm', '\udc80'))
t(lambda: h.hmac_new('k', b'm', 'md5'))
t(lambda: h.hmac_new(b'k', 'm', 'md5'))
t(lambda: h.hmac_new(b'k', 5, 'foo'))
t(lambda: h.hmac_new(b'k', b'', 'md5', 4))
t(lambda: h.hmac_new(b'k', digestmod='md5').update('x'))
t(lambda: h.hmac_new(b'k', digestmod='md5').update())
t(lambda: h.HMAC.copy(h.new('md5')))
t(lambda: h.hmac_digest(b'k', b'm', 'bar'))
t(lambda: h.hmac_digest(b'k', b'm', 3))
t(lambda: h.hmac_digest('k', b'm', 'md5'))
t(lambda: h.hmac_digest(b'k', 'm', 'md5'))
t(lambda: h.hmac_digest(b'k', b'm', 'shake_256'))
t(lambda: h.hmac_digest(b'k', b'm'))
""")


def test_pbkdf2_scrypt_and_the_small_functions():
    same_as_host(PRELUDE + r"""
t(lambda: h.pbkdf2_hmac('sha1', b'password', b'salt', 2))
t(lambda: h.pbkdf2_hmac('sha256', bytearray(b'p'), memoryview(b's'), 3, 50))
t(lambda: h.pbkdf2_hmac(hash_name='sha512', password=b'p', salt=b's', iterations=1, dklen=None))
for args in [('sha1', b'p', b's', 0), ('sha1', b'p', b's', 2**31), ('sha1', b'p', b's', 2**63),
             ('sha1', b'p', b's', 1.0), ('sha1', b'p', b's', 1, 0), ('sha1', b'p', b's', 1, 2**31),
             ('sha1', b'p', b's', 1, 2**64), ('sha1', b'p', b's', 1, 1.5), ('foo', b'p', b's', 1),
             ('foo', b'p', b's', 1, 1.5), (b'sha1', b'p', b's', 1), ('sha1', 'p', b's', 1),
             ('sha1', b'p', 's', 1), ('shake_128', b'p', b's', 1), ('sha1\0', b'p', b's', 1),
             ('\udc80', b'p', b's', 1), ('sha1',)]:
    t(lambda: h.pbkdf2_hmac(*args))
t(lambda: h.scrypt(b'password', salt=b'salt', n=16, r=8, p=1))
t(lambda: h.scrypt(bytearray(b'p'), salt=memoryview(b's'), n=2, r=True, p=1, dklen=4))
for kwargs in [dict(n=2, r=8, p=1), dict(salt=None, n=2, r=8, p=1), dict(salt=b's', n=3, r=8, p=1),
               dict(salt=b's', r=8, p=1), dict(salt=b's', n=2.0, r=8, p=1),
               dict(salt=b's', n=None, r=8, p=1), dict(salt=b's', n=-2, r=8, p=1),
               dict(salt=b's', n=2, p=1), dict(salt=b's', n=2, r=8), dict(salt=b's', n=2**70, r=8, p=1),
               dict(salt=b's', n=2, r=8, p=1, maxmem=-1), dict(salt=b's', n=2, r=8, p=1, maxmem=1),
               dict(salt=b's', n=2, r=8, p=1, maxmem=2**63), dict(salt=b's', n=2, r=8, p=1, dklen=0),
               dict(salt=b's', n=2, r=8, p=1, dklen=2**31), dict(salt=b's', n=2**20, r=8, p=1),
               dict(salt=b's', n=2, r=0, p=1), dict(salt='s', n=2, r=8, p=1), dict(zz=1)]:
    t(lambda: h.scrypt(b'p', **kwargs))
t(lambda: h.scrypt(b'p', b's', n=2, r=8, p=1))
t(lambda: h.scrypt('p', salt=b's', n=2, r=8, p=1))
t(lambda: h.get_fips_mode())
t(lambda: h.get_fips_mode(1))
for a, b in [(b'a', b'a'), ('a', 'a'), ('a', b'a'), (1, 2), ('\xe9', '\xe9'),
             (b'ab', bytearray(b'ab')), (b'ab', 1), (b'ab', b'abc')]:
    t(lambda: h.compare_digest(a, b))
""")


def test_the_module_as_hashlib_and_hmac_see_it():
    same_as_host(PRELUDE + r"""
import sys
print(h.__doc__, sorted(k for k in dir(h) if not k.startswith('__') or k == '__doc__'))
print(sorted(h.openssl_md_meth_names), type(h.openssl_md_meth_names))
show(type(h._constructors), list(h._constructors.items()))
show(h.UnsupportedDigestmodError.__mro__, h.UnsupportedDigestmodError.__module__)
for name in sorted(dir(h)):
    obj = getattr(h, name)
    if callable(obj) and not isinstance(obj, type):
        print(name, obj.__text_signature__, repr(obj.__doc__))
# (Glass's builtin types keep no __module__ in their dict, as CPython's
# PyType_FromSpec types do: a difference of every such type, left out here.)
for cls in (h.HASH, h.HASHXOF, h.HMAC):
    attrs = sorted(set(vars(cls)) - {'__module__'})
    print(cls, cls.__base__, bool(cls.__flags__ & (1 << 10)), cls.__text_signature__,
          repr(cls.__doc__), attrs)
    for attr in attrs:
        value = vars(cls)[attr]
        print('   ', attr, getattr(value, '__text_signature__', None),
              repr(value.__doc__) if attr not in ('__doc__', '__module__') else '')
# A module made again has its own state: its own error and constructors.
del sys.modules['_hashlib']
import _hashlib as again
print(again is h, again.UnsupportedDigestmodError is h.UnsupportedDigestmodError)
t(lambda: again.hmac_new(b'k', b'', h.openssl_md5))
show(again.hmac_new(b'k', b'', again.openssl_md5).name)
import hashlib, hmac
show(hashlib.md5, hashlib.sha3_256, hashlib.shake_128, hashlib.new('sha512_256', b'x'))
show(hashlib.pbkdf2_hmac, hashlib.scrypt, hmac.compare_digest)
show(type(hmac.new(b'k', b'm', 'sha256')._hmac), hmac.new(b'k', b'm', hashlib.sha256).hexdigest())
show(hmac.digest(b'k', b'm', 'sha3_256'), sorted(hashlib.algorithms_available))
""")


def test_large_updates_let_other_threads_run():
    """Data of HASHLIB_GIL_MINSIZE bytes or more is hashed without the GIL
    by _hashlib, _sha3 and _blake2; 3.11's _md5 keeps it."""
    same_as_host(r"""
import threading, time, _hashlib, _sha3, _blake2, _md5

DATA = bytes(16 << 20)

def turns_of_another_thread_during_an_update(make):
    # A few at most (at the update's edges) if it keeps the GIL, dozens if not.
    h = make()
    stamps = []
    done = threading.Event()
    def other():
        while not done.is_set():
            stamps.append(time.perf_counter())
            time.sleep(0.0005)
    thread = threading.Thread(target=other)
    thread.start()
    while not stamps:
        time.sleep(0.001)
    start = time.perf_counter()
    h.update(DATA)
    end = time.perf_counter()
    done.set()
    thread.join()
    return sum(start < stamp < end for stamp in stamps)

makers = [('openssl_sha256', _hashlib.openssl_sha256), ('sha3_256', _sha3.sha3_256),
          ('hmac', lambda: _hashlib.hmac_new(b'key', digestmod='sha256')),
          ('blake2b', _blake2.blake2b), ('md5', _md5.md5)]
for name, make in makers:
    print(name, turns_of_another_thread_during_an_update(make) >= 5)
""")
