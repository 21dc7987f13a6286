"""Guest bytearrays against the host: mutation, slice assignment, allocation.

Counterpart: glass/objects/bytearray.py (Objects/bytearrayobject.c).
"""
from __future__ import annotations

import pytest
from oracle import same_as_host


@pytest.fixture(scope="module", autouse=True)
def object_space():
    from glass.vm import pylifecycle
    pylifecycle.initialize()


def test_resize_policy_tracks_cpython():
    """PyByteArray_Resize's allocations, checked against numbers CPython 3.11 gives."""
    from glass.objects.bytearray import W_ByteArray
    w_ba = W_ByteArray()
    allocs = []
    for size in range(1, 21):
        w_ba.value.append(1)
        w_ba.resize(size - 1, size)
        allocs.append(w_ba.alloc)
    assert allocs == [2, 5, 5, 5, 8, 8, 8, 12, 12, 12, 12, 19, 19, 19, 19, 19, 19, 19,
                      27, 27]
    assert W_ByteArray(bytearray(b"abc")).alloc == 4
    assert W_ByteArray().alloc == 0


def test_mutation_same_as_host():
    same_as_host(r'''
        ba = bytearray(b"hello")
        print(ba, ba[0], ba[1:3], ba[::-1], len(ba), ba.upper(), ba.split(b"l"), ba.find(b"l"),
              b"ll" in ba, 108 in ba, ba == b"hello", b"hello" == ba, ba < b"help", ba + b"!", ba * 2,
              ba == "hello")
        ba[0] = 72; ba[-1] = 79; print(ba)
        ba[1:3] = b"EY"; print(ba)
        ba[1:3] = b""; print(ba)
        ba[0:0] = b"<<"; print(ba)
        ba[len(ba):] = [33, 34]; print(ba)
        ba[::2] = b"abcd"; print(ba)
        del ba[0]; print(ba)
        del ba[::2]; print(ba)
        del ba[-1:]; print(ba)
        ba.append(120); ba.extend(b"yz"); ba.extend([49, 50]); ba.extend(iter(range(51, 53)))
        ba.extend(bytearray(b"!")); print(ba)
        ba.insert(0, 65); ba.insert(-1, 66); ba.insert(100, 67); ba.insert(-100, 68); print(ba)
        print(ba.pop(), ba.pop(0), ba.pop(-2), ba)
        ba.remove(120); ba.reverse(); print(ba)
        c = ba.copy(); ba.clear(); print(ba, c, c is ba)
        ba += b"abc"; ba += bytearray(b"d"); print(ba)
        ba *= 2; print(ba)
        ba *= 0; print(ba, len(ba))
        x = bytearray(b"abc")
        y = x
        x += b"d"
        print(x is y, x)
        print(bytearray(), bytearray(3), bytearray([1, 2]), bytearray(b"ab"), bytearray("é", "utf-8"),
              bytearray(iter([3])), bytearray(range(2)), bytearray(b"x").__reduce__(),
              bytearray().__reduce__(), bytearray(b"ab").__reduce_ex__(3))
        q = bytearray(b"0123456789")
        q[2:8:2] = b"abc"; print(q)
        q[8:2:-2] = b"xyz"; print(q)
        q[5:2] = b"!"; print(q)
        q[::-1] = q; print(q)
        q[:] = q; print(q)
        q[1:3] = [1, 2, 3]; print(q)
        q[::3] = b""; print(q)
        it = iter(q); next(it); q.append(65)
        print(it.__length_hint__(), list(it), type(it).__name__)
        print(bytearray(b"%s-%d") % (b"a", 3), bytearray(b"%s") % bytearray(b"zz"),
              bytearray(b"ab").hex(":"), bytearray.fromhex("ab cd"), bytearray(b"\xff").decode("latin-1"),
              repr(bytearray(b"'")), repr(bytearray(b"'\"")), str(bytearray(b"q")))
        class BA(bytearray):
            def __init__(self, *args):
                super().__init__(*args)
                self.tag = "t"
        z = BA(b"ab")
        print(z, z.tag, len(z), z.upper(), z + b"c", type(z + b"c").__name__, z.__reduce__(),
              type(z[:]).__name__, BA.fromhex("bb"), type(BA.fromhex("dd")).__name__)
        print(bytearray(b"abc").partition(b"b"), bytearray(b"abc").rpartition(b"x"),
              bytearray(b"a b").split(), bytearray(b"ab").strip() is bytearray(b"ab"))
        it = iter("héllo"); next(it)
        print(it.__reduce__(), it.__length_hint__())
        it.__setstate__(3); print(list(it), it.__reduce__(), it.__length_hint__())
        it2 = iter("abc"); it2.__setstate__(-5); print(next(it2)); it2.__setstate__(99)
        print(list(it2), it2.__reduce__())
        b = iter(b"xyz"); next(b); print(b.__reduce__()); b.__setstate__(0)
        print(list(b), b.__reduce__())
        ba = bytearray(b"ab"); i3 = iter(ba); print(i3.__reduce__(), next(i3)); ba.extend(b"cd")
        print(list(i3), i3.__reduce__(), i3.__length_hint__())
    ''')


def test_allocation_same_as_host():
    same_as_host(r'''
        import sys
        print([bytearray(n).__alloc__() for n in range(12)])
        z = bytearray()
        sizes = []
        for i in range(30):
            z.append(1)
            sizes.append(z.__alloc__())
        print(sizes)
        sizes = []
        while z:
            z.pop()
            sizes.append(z.__alloc__())
        print(sizes)
        z = bytearray(b"abcdefghijklmnop")
        del z[:4]; print(z.__alloc__(), z.__sizeof__(), sys.getsizeof(z) - z.__sizeof__(), z)
        del z[0]; print(z.__alloc__(), z)
        z.extend(b"0123456789"); print(z.__alloc__(), z)
        z[:] = b""; print(z.__alloc__(), z)
        z.extend(range(10)); del z[::3]; print(z.__alloc__(), z)
        z += b"xyz" * 20; z *= 3; print(z.__alloc__(), len(z))
        z.clear(); print(z.__alloc__(), bytearray(b"ab").__sizeof__(), bytearray().__sizeof__())
        print(bytearray([1, 2.0 == 2.0]).__alloc__(), bytearray(b"xy").copy().__alloc__(),
              bytearray(b"xyz")[1:].__alloc__(), (bytearray(b"a") + b"bc").__alloc__())
    ''')


def test_errors_same_as_host():
    same_as_host(r'''
        def t(label, f):
            try:
                print(label, '->', repr(f()))
            except Exception as e:
                print(label, '!!', type(e).__name__, e)
        t('bytearray(str)', lambda: bytearray('a'))
        t('bytearray(-1)', lambda: bytearray(-1))
        t('bytearray(1.5)', lambda: bytearray(1.5))
        t('bytearray([300])', lambda: bytearray([300]))
        t('bytearray(enc only)', lambda: bytearray(encoding='utf-8'))
        t('bytearray(int, enc)', lambda: bytearray(3, 'utf-8'))
        t('append', lambda: bytearray().append(256))
        t('append str', lambda: bytearray().append('a'))
        t('pop empty', lambda: bytearray().pop())
        t('pop idx', lambda: bytearray(b'a').pop(5))
        t('remove', lambda: bytearray(b'a').remove(98))
        t('insert', lambda: bytearray(b'a').insert(0, 256))
        t('setitem', lambda: bytearray(b'a').__setitem__(0, 256))
        t('setitem idx', lambda: bytearray(b'a').__setitem__(5, 1))
        t('setitem str', lambda: bytearray(b'a').__setitem__(0, 'a'))
        t('setslice int', lambda: bytearray(b'a').__setitem__(slice(0, 1), 5))
        t('setslice str', lambda: bytearray(b'a').__setitem__(slice(0, 1), 'ab'))
        t('setslice bad list', lambda: bytearray(b'a').__setitem__(slice(0, 1), [1, 'x']))
        t('extslice', lambda: bytearray(b'abcd').__setitem__(slice(0, 4, 2), b'xyz'))
        t('delitem', lambda: bytearray(b'a').__delitem__(5))
        t('extend int', lambda: bytearray().extend(5))
        t('extend str', lambda: bytearray().extend('ab'))
        t('extend list bad', lambda: bytearray().extend([1, 'a']))
        t('iadd str', lambda: bytearray().__iadd__('a'))
        t('add str', lambda: bytearray() + 'a')
        t('hash', lambda: hash(bytearray()))
        t('getitem str', lambda: bytearray()['a'])
        t('getitem range', lambda: bytearray()[0])
        t('setitem key', lambda: bytearray(b'a').__setitem__('k', 1))
        t('find str', lambda: bytearray(b'a').find('a'))
        t('fromhex', lambda: bytearray.fromhex('zz'))
        t('lt str', lambda: bytearray() < 'a')
        print(bytearray.__hash__, bytearray(b'x').__iadd__(b'y'), bytearray(b'x').__imul__(2))
        {bytearray(): 1}
    ''')
