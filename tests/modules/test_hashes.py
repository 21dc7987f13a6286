"""The builtin hash modules against the host: digests, attributes, messages.

Counterpart: glass/modules/_md5.py, _sha1.py, _sha256.py, _sha512.py,
_sha3.py, _blake2.py (Modules/md5module.c & co.).
"""
from __future__ import annotations

from oracle import same_as_host


def test_md5_sha1_sha2_objects_and_messages():
    same_as_host(r"""
import _md5, _sha1, _sha256, _sha512
cons = [_md5.md5, _sha1.sha1, _sha256.sha224, _sha256.sha256, _sha512.sha384, _sha512.sha512]
for con in cons:
    m = con(b'abc')
    c = m.copy(); c.update(b'more'); c.update(bytearray(b'x'))
    print(type(m), type(m).__module__, type(m).__name__, m.name, m.digest_size, m.block_size)
    print(m.hexdigest(), m.digest(), c.hexdigest(), type(c), con().hexdigest())
    print(con(string=b'a' * 1000).hexdigest(), con(b'', usedforsecurity=False).hexdigest())
    print(con.__name__, con.__doc__, con.__text_signature__)
    print(type(m).update.__doc__, type(m).copy.__text_signature__, type(m).update.__text_signature__)
    for args, kwargs in [(('abc',), {}), ((1,), {}), ((None,), {}), ((b'a', b'b'), {}),
                         ((), {'data': b'x'}), ((b'x',), {'foo': 1}), ((b'x',), {'usedforsecurity': []})]:
        try:
            print(con(*args, **kwargs).hexdigest())
        except TypeError as e:
            print('TypeError', e)
    for bad in ('x', 3, None):
        try: m.update(bad)
        except TypeError as e: print('TypeError', e)
    try: type(m)()
    except TypeError as e: print('TypeError', e)
print(_md5.MD5Type, _sha1.SHA1Type, _sha256.SHA224Type, _sha256.SHA256Type, _sha512.SHA384Type, _sha512.SHA512Type)
print(sorted(k for k in dir(_sha256) if not k.startswith('__')), sorted(k for k in dir(_md5) if not k.startswith('__')))
""")


def test_sha3_and_shake():
    same_as_host(r"""
import _sha3
print(_sha3.implementation, _sha3.keccakopt, sorted(k for k in dir(_sha3) if not k.startswith('__')))
for name in ('sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'shake_128', 'shake_256'):
    t = getattr(_sha3, name)
    h = t(b'abc'); c = h.copy(); c.update(b'def')
    print(t, t.__doc__, h.name, h.digest_size, h.block_size, h._capacity_bits, h._rate_bits, h._suffix, type(c))
    if name.startswith('shake'):
        print(h.hexdigest(20), h.digest(7), c.hexdigest(33), h.digest(0))
        for bad in (-1, 2**70, 2**64 - 1, 2**29, 'a', 1.5, True):
            try: print(len(h.digest(bad)))
            except Exception as e: print(type(e).__name__, e)
    else:
        print(h.hexdigest(), h.digest(), c.hexdigest())
    for args, kwargs in [(('abc',), {}), ((1,), {}), ((None,), {}), ((b'a', b'b'), {}),
                         ((), {'data': b'x'}), ((), {'string': b'x'}),
                         ((b'x',), {'usedforsecurity': False, 'foo': 1}), ((bytearray(b'q'),), {'usedforsecurity': False})]:
        try:
            print(t(*args, **kwargs).name)
        except TypeError as e:
            print('TypeError', e)
    try:
        class X(t): pass
    except TypeError as e: print(e)
""")


def test_blake2():
    same_as_host(r"""
import _blake2
print(_blake2.__doc__, sorted(k for k in dir(_blake2) if not k.startswith('__')))
print([getattr(_blake2, k) for k in sorted(dir(_blake2)) if k.isupper()])
for t in (_blake2.blake2b, _blake2.blake2s):
    print(t, t.__doc__, t.MAX_DIGEST_SIZE, t.MAX_KEY_SIZE, t.PERSON_SIZE, t.SALT_SIZE)
    h = t(b'x', digest_size=16, key=b'key', salt=b'salt', person=b'me', fanout=2, depth=3, leaf_size=5,
          node_offset=6, node_depth=7, inner_size=8, last_node=True)
    c = h.copy(); c.update(memoryview(b'more') if False else b'more')
    print(h.hexdigest(), h.digest(), c.hexdigest(), h.name, h.digest_size, h.block_size, t().hexdigest())
    print(t(bytearray(b'abc'), key=bytearray(b'k'), usedforsecurity=False).hexdigest())
    def e(**kw):
        try:
            print(t(**kw).hexdigest())
        except Exception as ex:
            print(type(ex).__name__, ex)
    for kw in [dict(digest_size=0), dict(digest_size=65), dict(digest_size=33), dict(key=b'k' * 65), dict(key=b'k' * 33),
               dict(salt=b's' * 17), dict(salt=b's' * 9), dict(person=b'p' * 17), dict(person=b'p' * 9),
               dict(fanout=256), dict(fanout=-1), dict(depth=0), dict(leaf_size=-1), dict(leaf_size=2**32),
               dict(leaf_size=2**64), dict(leaf_size=1.5), dict(node_offset=-1), dict(node_offset=2**48), dict(node_offset=2**48 - 1),
               dict(node_offset=2**64), dict(node_offset='a'), dict(node_depth=256), dict(inner_size=65), dict(inner_size=33),
               dict(digest_size=2**40), dict(digest_size=1.5), dict(digest_size='a'), dict(key='x'), dict(data=b'x'),
               dict(string=b'x'), dict(last_node=[]), dict(salt=b'', person=b'', key=b'')]:
        e(**kw)
    for args in [('x',), (1,), (None,), (b'a', b'b')]:
        try: t(*args)
        except TypeError as ex: print(ex)
    try:
        class X(t): pass
    except TypeError as ex: print(ex)
""")


def test_hashlib_and_hmac_on_the_builtin_modules():
    # The guest's hashlib has no _hashlib (OpenSSL) here, so it runs on the
    # modules above; the host runs on OpenSSL: only the results can agree.
    same_as_host(r"""
import hashlib, hmac, io, warnings
warnings.simplefilter('ignore', DeprecationWarning)   # Glass runs the pure-Python pbkdf2_hmac
for name in sorted(hashlib.algorithms_guaranteed):
    h = hashlib.new(name, b'abc')
    c = h.copy(); c.update(b'def')
    args = (16,) if name.startswith('shake') else ()
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest(*args), c.digest(*args).hex(), getattr(hashlib, name)(b'abc').hexdigest(*args))
print(hashlib.sha256(b'x').hexdigest(), hashlib.md5(b'a', usedforsecurity=False).hexdigest(), hashlib.new('SHA256', data=b'q').hexdigest())
print(hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 100).hex(), hashlib.pbkdf2_hmac('sha1', b'pw', b'salt', 3, dklen=50).hex())
print(hashlib.file_digest(io.BytesIO(b'data' * 1000), 'sha1').hexdigest(), hashlib.file_digest(io.BytesIO(b'z'), hashlib.sha512).hexdigest()[:16])
try: hashlib.new('nope')
except ValueError as e: print(e)
for digestmod in ('md5', 'sha1', 'sha256', 'sha512', 'sha3_256', 'blake2b', hashlib.sha224):
    m = hmac.new(b'key', b'message', digestmod)
    m2 = m.copy(); m2.update(b'more')
    print(m.name, m.digest_size, m.block_size, m.hexdigest(), m2.digest().hex(), hmac.digest(b'key', b'message', digestmod).hex())
print(hmac.compare_digest(b'abc', b'abc'), hmac.compare_digest('abc', 'abd'))
try: hmac.new(b'key')
except TypeError as e: print(e)
""")
