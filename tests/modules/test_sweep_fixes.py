"""Behaviours CPython's test files (test_io, test_json, test_unicode) caught
Glass getting wrong, each against the host: blocking os and FileIO calls let
other threads run, json's C encoder rereads a list's length, and formatting a
str subclass with an empty spec goes through its __str__.

Counterpart: glass/modules/posix.py, glass/modules/_io.py,
glass/modules/_json.py, glass/objects/str.py.
"""
from __future__ import annotations

from oracle import same_as_host


def test_blocking_calls_release_the_gil():
    # Before the fix a thread blocked in read() held the GIL: this hung.
    same_as_host(r"""
import io, os, threading
r, w = os.pipe()
got = []
reader = threading.Thread(target=lambda: got.append(os.read(r, 100)))
reader.start()
os.write(w, b"one")
reader.join()
print(got)
f = io.FileIO(r, "r")
reader = threading.Thread(target=lambda: got.append((f.read(10), f.read(0))))
reader.start()
io.FileIO(w, "w", closefd=False).write(b"two")
reader.join()
print(got)
buffer = bytearray(5)
reader = threading.Thread(target=lambda: got.append(f.readinto(buffer)))
reader.start()
os.write(w, b"three")
reader.join()
print(got, buffer)
waiter = threading.Thread(target=lambda: got.append(os.readv(r, [bytearray(2), bytearray(3)])))
waiter.start()
os.write(w, b"xyz")
waiter.join()
print(got[-1])
os.close(w)
print(f.readall(), f.read(), os.read(r, 5))
f.close()
try:
    os.read(r, 1)
except OSError as e:
    print(type(e).__name__, e.errno)
""")


def test_json_encoder_rereads_the_list_length():
    same_as_host(r"""
import json
from json import encoder
print(encoder.c_make_encoder is not None)
a = [object()] * 10
def crasher(obj):
    del a[-1]
print(json.dumps(a, default=crasher))
b = [1, 2, 3]
def grow(obj):
    if len(b) < 8:
        b.append(len(b))
    return None
b.append(object())
print(json.dumps(b, default=grow))
print(json.dumps([[], (), [1, (2, [3])], {"k": [None, True, 1.5]}]))
print(json.dumps([1, [2, 3]], indent=1), json.dumps((1, 2), separators=(";", "=")))
c = []
c.append(c)
try:
    json.dumps(c)
except ValueError as e:
    print(e)
""")


def test_str_subclass_format_uses_str():
    same_as_host(r"""
class S(str):
    def __str__(self):
        return '__str__ overridden'
class Plain(str):
    pass
s = S('xxx')
print("%s" % s, "{}".format(s), f"{s}", format(s), format(s, ''), str(s))
print(format(s, '5'), format(s, '>6'), f"{s!r}", f"{s:^7}")
print(type(format(Plain('ab'))).__name__, type(format('ab')).__name__, type(Plain('ab').__format__('')).__name__)
class Bad(str):
    def __str__(self):
        return 42
try:
    format(Bad('x'))
except TypeError as e:
    print(e)
""")


def test_text_wrapper_encoding_arguments_are_c_strings():
    same_as_host(r"""
import io
def t(f):
    try:
        r = f(); print('ok', ascii(r))
    except Exception as e:
        print(type(e).__name__, ascii(str(e)))
b = io.BytesIO(b"abc")
w = io.TextIOWrapper(b, encoding="utf-8")
t(lambda: w.__init__(b, encoding='\udcfe'))
t(lambda: w.__init__(b, encoding='utf-8\0'))
t(lambda: w.__init__(b, encoding='utf-8', errors='\udcfe'))
t(lambda: w.__init__(b, encoding='utf-8', errors='replace\0'))
t(lambda: w.__init__(b, encoding='utf-8', newline='\udcfe'))
t(lambda: w.__init__(b, encoding='utf-8', newline='\n\0'))
t(lambda: w.__init__(b, encoding='utf-8', newline='xyzzy'))
t(lambda: w.__init__(b, encoding=42))
t(lambda: (w.__init__(b, encoding='latin-1', errors='ignore'), w.encoding, w.errors))
w = io.TextIOWrapper(io.BytesIO(), 'ascii', 'replace', '\r')
t(lambda: w.reconfigure(encoding=42))
t(lambda: w.reconfigure(encoding='\udcfe'))
t(lambda: w.reconfigure(encoding='locale\0'))
t(lambda: w.reconfigure(errors='\udcfe'))
t(lambda: w.reconfigure(newline='\udcfe'))
t(lambda: w.reconfigure(newline='xyz'))
t(lambda: (w.reconfigure(errors='ignore'), w.errors, w.encoding))
t(lambda: (w.reconfigure(encoding='latin-1'), w.errors, w.encoding))
t(lambda: io.TextIOWrapper(io.BytesIO(), encoding='bogus'))
t(lambda: io.TextIOWrapper(io.BytesIO(), encoding='rot13'))
try:
    io.BufferedReader(io.BytesIO(b"x"), 1 << 62)
except (MemoryError, OverflowError, ValueError) as e:
    print("refused", type(e).__name__)
""")


def test_os_error_filename_is_the_argument():
    same_as_host(r"""
import os
class Str(str):
    pass
for p in (b'@nonexistent_\xe7w\xf0', '@nonexistent_x', Str('@nonexistent_y')):
    for func in (os.chdir, os.lstat, os.stat, os.rmdir, os.listdir, os.unlink):
        try:
            func(p)
        except OSError as e:
            print(func.__name__, type(p).__name__, e.filename is p, type(e).__name__)
    for func, extra in ((os.rename, 'dst'), (os.open, os.O_RDONLY), (os.truncate, 0)):
        try:
            func(p, extra) if func is not os.rename else func(p, type(p)(b'dst' if isinstance(p, bytes) else 'dst'))
        except OSError as e:
            print(func.__name__, type(p).__name__, e.filename is p, e.filename2 is None)
""")


def test_itertools_pairwise_reentered_and_tee_weakrefs():
    # pairwise: 3.11.7's pairwise_next (gh-109786); tee: tee_dealloc clears
    # the weak references.
    same_as_host(r"""
import weakref
from itertools import pairwise, tee
def run(reenter_at, steps):
    class I:
        count = 0
        def __iter__(self):
            return self
        def __next__(self):
            self.count += 1
            if self.count in reenter_at:
                return next(it)
            return [self.count]
    it = pairwise(I())
    print([next(it) for _ in range(steps)])
for reenter_at, steps in (({1}, 2), ({2}, 3), ({3}, 4), ({1, 2}, 2), ({1, 3}, 2), ({1, 4}, 3), ({2, 3}, 3)):
    run(reenter_at, steps)
def run2(maxcount):
    class I:
        count = 0
        def __iter__(self):
            return self
        def __next__(self):
            if self.count >= maxcount:
                raise StopIteration
            self.count += 1
            if self.count == 1:
                return next(it, None)
            return [self.count]
    it = pairwise(I())
    print(list(it), list(it))
for maxcount in range(1, 6):
    run2(maxcount)
print(list(pairwise('abcd')), list(pairwise('a')), list(pairwise('')))
a, b = tee(range(10))
p = weakref.proxy(a)
r = weakref.ref(b, lambda ref: print("callback", ref() is None))
print(p.__class__.__name__, next(p), list(b)[:3])
del a
try:
    p.__class__
except ReferenceError as e:
    print("ReferenceError", e)
del b
print(r())
""")
