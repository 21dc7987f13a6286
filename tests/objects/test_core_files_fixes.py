"""Fixes found by running CPython's own test files (issue 7) under Glass:
bytearray exports, bytes() from a list that changes, int() of a huge
literal, the pattern-matching flags of a class, the base of a class,
LOAD_NAME with a dict subclass as builtins.

Counterpart: Objects/bytearrayobject.c, Objects/bytesobject.c,
Objects/longobject.c, Objects/typeobject.c (best_base, inherit_patma_flags),
Python/ceval.c (LOAD_NAME).
"""
from __future__ import annotations

from oracle import same_as_host


def test_bytearray_cannot_resize_while_exported():
    same_as_host("""
        b = bytearray(range(10))
        v = memoryview(b)
        def resize(n):
            b[1:-1] = range(n + 1, 2*n - 1)
        resize(10)
        orig = b[:]
        attempts = [lambda: resize(11), lambda: resize(9), lambda: resize(0),
                    lambda: b.pop(0), lambda: b.remove(b[1]), lambda: b.__delitem__(1),
                    lambda: b.__setitem__(slice(1, -1, 2), b""),
                    lambda: b.__setitem__(slice(1, 1, 2), b""),
                    lambda: b.append(1), lambda: b.extend(b"ab"), lambda: b.extend([1]),
                    lambda: b.extend(b""), lambda: b.insert(0, 1), lambda: b.clear(),
                    lambda: b.__iadd__(b"x"), lambda: b.__iadd__(b""),
                    lambda: b.__imul__(2), lambda: b.__imul__(1), lambda: b.__init__(),
                    lambda: b.__init__(b"abc"), lambda: b.__setitem__(slice(0, 2), b"xy"),
                    lambda: b.__delitem__(slice(0, 0)), lambda: b.reverse()]
        for attempt in attempts:
            try:
                result = attempt()
                print("ok", result is b)
            except BufferError as e:
                print("BufferError", e)
            print(b == orig, len(b), b)
        m2 = v[2:5]
        v.release()
        try:
            b.append(1)
        except BufferError as e:
            print("a slice still exports:", e)
        m2.release()
        b.append(1)
        print(b)
        with memoryview(b) as m3:
            m4 = memoryview(m3)
            try:
                b.pop()
            except BufferError as e:
                print(e)
        m4.release()
        print(b.pop(), b)
        class S(bytearray):
            pass
        s = S(b"abc")
        m = memoryview(s)
        try:
            s += b"x"
        except BufferError as e:
            print(e)
        del m
        s += b"x"
        print(s)
        # join exports the separator while it iterates (gh-112625)
        array = bytearray(b",")
        def clearing():
            array.clear()
            yield b"A"
        try:
            array.join(clearing())
        except BufferError as e:
            print("join:", e)
        print(array.join(iter([b"A", b"B"])), array)
    """)


def test_bytearray_subclass_with_slots_pickles_and_copies_its_slots():
    same_as_host("""
        import copy, pickle
        class WS(bytearray):
            __slots__ = ('x', 'y', '__dict__')
        a = WS(b"abcd")
        a.x = 10
        a.z = WS(b"efgh")
        for proto in range(pickle.HIGHEST_PROTOCOL + 1):
            c = pickle.loads(pickle.dumps(a, proto))
            print(proto, c, c.x, c.z, type(c.z).__name__, hasattr(c, 'y'))
        for method in (copy.copy, copy.deepcopy):
            c = method(a)
            print(c, c.x, c.z, hasattr(c, 'y'))
        print(a.__reduce_ex__(2)[2], bytearray(b"q").__reduce_ex__(4))
    """)


def test_bytes_from_a_list_its_items_change():
    same_as_host("""
        class X:
            def __index__(self):
                a.clear()
                return 42
        a = [X(), X()]
        print(bytes(a))
        class Y:
            def __index__(self):
                if len(a) < 1000:
                    a.append(self)
                return 42
        a = [Y()]
        print(bytes(a) == b'*' * 1000)
        for bad in ([1, 300], [1, -1], [1, "x"], [1, 2**70], (1, 256)):
            try:
                bytes(bad)
            except Exception as e:
                print(type(e).__name__, e)
        print(bytes([1, 2, 3]), bytes((4, 5)), bytes(iter([6])), bytes([]))
    """)


def test_int_from_text_underscores_and_digit_limit():
    same_as_host("""
        texts = ["1_2", "1__2", "_1", "1_", "0x_f", "0x__f", "0b102", " -0o17 ", "0_0",
                 "00", "007", "0_7", "12abc", "ZZ", "zz", "1 2", "+_1", "0x", "0b_",
                 "\\u0661\\u0662", "1e5", "\\t+9_9\\n", "-", ""]
        for text in texts:
            for base in (0, 10, 16, 36, 2):
                try:
                    print(repr(text), base, int(text, base))
                except ValueError as e:
                    print(repr(text), base, "ValueError", e)
        for huge in ("7" * 1_200_000, "-" + "1" * 5000, "1_" * 3000 + "1"):
            try:
                int(huge)
            except ValueError as e:
                print(str(e)[:90])
        print(int("f" * 5000, 16) % 1000, int(b"1_000"), int(bytearray(b" 12 ")))
    """)


def test_match_flags_come_from_the_first_class_of_the_mro():
    same_as_host("""
        import collections, collections.abc
        def kind(x):
            match x:
                case [*_]:
                    return "seq"
                case {}:
                    return "map"
        class C: pass
        class M1(collections.UserDict, collections.abc.Sequence): pass
        class M2(C, collections.UserDict, collections.abc.Sequence): pass
        class M3(collections.UserDict, C, list): pass
        class M4(dict, collections.abc.Sequence, C): pass
        class S1(collections.UserList, collections.abc.Mapping): pass
        class S2(C, collections.UserList, collections.abc.Mapping): pass
        class S3(list, C, collections.abc.Mapping): pass
        class S4(collections.UserList, dict, C): pass
        for k in (M1, M2, M3, M4, S1, S2, S3, S4):
            print(k.__name__, kind(k()), k.__base__.__name__)
        class A: pass
        class B(A): pass
        class X(A, object): pass
        class Y(int, object): pass
        class Z(object, int): pass
        print(X.__base__, Y.__base__, Z.__base__, B.__base__)
    """)


def test_load_name_reads_builtins_through_a_dict_subclass():
    same_as_host("""
        class SetOnlyError(Exception): pass
        class SetOnly(dict):
            def __getitem__(self, key):
                raise SetOnlyError
        for src in ("globalname", "superglobal", "len"):
            code = compile(src, "test", "exec")
            try:
                exec(code, {'__builtins__': SetOnly({'superglobal': 1})})
                print("no error")
            except SetOnlyError:
                print("SetOnlyError")
            try:
                exec(code, SetOnly({'globalname': 1}))
                print("no error")
            except SetOnlyError:
                print("SetOnlyError")
        class Missing(dict):
            def __missing__(self, key):
                return 42
        g = {'__builtins__': Missing(len=len)}
        exec("x = zzz\\ny = len('ab')", g)
        print(g['x'], g['y'])
        try:
            exec("nothing_here", {'__builtins__': {}})
        except NameError as e:
            print(e)
    """)
