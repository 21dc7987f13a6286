"""The guest's marshal module (glass/modules/marshal.py) against python3's.

The writer follows the guest's objects and reference counts as w_ref does,
so the bytes themselves are compared, not just what reads back.
"""
from oracle import same_as_host


def test_dumps_writes_the_hosts_bytes_for_every_version():
    same_as_host(r"""
        import marshal, sys
        x = "abc" * 5
        l = [1000 * 3]
        s = sys.intern("zzzqqq")
        d = {"a": 1}
        d["self"] = d
        for value in (x, [1000 * 3], l, s, (x, x), {1.5, "ab", (1, 2)}, d,
                      frozenset({("Spam", 0), ("Spam", 1)}), bytearray(b"ab"),
                      frozenset(), 2 ** 70, -2 ** 40, 1j, "h\xe9\u20ac", b"",
                      None, True, Ellipsis, StopIteration, [x, x, l, l]):
            for version in range(5):
                print(version, marshal.dumps(value, version))
        head = last = []
        for i in range(1998):
            last.append([0])
            last = last[-1]
        print(len(marshal.dumps(head)))
        last.append([0])
        class Int(int): pass
        for bad in (head, Int(), object(), [memoryview(b"abcd")[::2]]):
            try:
                marshal.dumps(bad)
            except ValueError as error:
                print(error)
    """)


def test_loads_shares_interns_and_refuses_as_the_host():
    same_as_host(r"""
        import io, marshal, sys
        l = [1.5]
        t = marshal.loads(marshal.dumps((l, l, l[0])))
        print(t, t[0] is t[1], t[0][0] is t[2])
        d = {"k": 1}
        d["self"] = d
        r = marshal.loads(marshal.dumps(d))
        print(r["self"] is r)
        s = sys.intern("this is an interned string")
        print(marshal.loads(marshal.dumps(s)) is s,
              marshal.loads(marshal.dumps(s, 2)) is s)
        for data in (b"0", b"f", b"r\x00\x00\x00\x00", b"[\x01\x00\x00\x000",
                     b"l\x02\x00\x00\x00\x00\x00\x00\x00", b"l\x02\x00\x00\x00\x01\x00\x01\x00",
                     b")\x01" * 3000 + b"N", b"\xdb\x01\x00\x00\x00r\x00\x00\x00\x00",
                     b"{N" * 10 + b"N" + b"0" * 10, marshal.dumps(2 ** 65)[:-1]):
            try:
                value = marshal.loads(data)
                print(repr(value)[:60])
            except Exception as error:
                print(type(error).__name__, error)
        file = io.BytesIO(marshal.dumps([1, "ab", 2.5]) + b"rest")
        print(marshal.load(file), file.read())
        class BadReader(io.BytesIO):
            def readinto(self, buf):
                n = super().readinto(buf)
                return n + 10 ** 6 if n is not None and n > 4 else n
        for value in (1.0, 1j, b"0123456789", "0123456789"):
            try:
                marshal.load(BadReader(marshal.dumps(value)))
            except ValueError as error:
                print(error)
        def f(a, b=2.5):
            def g():
                return a
            return g
        for data in (marshal.dumps(f.__code__), marshal.dumps((f.__code__, f.__code__, 1))):
            value = marshal.loads(data)
            code = value if type(value) is type(f.__code__) else value[0]
            print(code == f.__code__, code.co_varnames, code.co_consts[1].co_name)
    """)
