"""unicodedata against the host: every query, both databases, the messages.

Counterpart: glass/modules/unicodedata.py (Modules/unicodedata.c).
"""
from __future__ import annotations

from oracle import same_as_host


def test_queries_on_both_databases():
    same_as_host(r"""
import unicodedata as u
print(u.__doc__, u.unidata_version, u.UCD, type(u.ucd_3_2_0), u.ucd_3_2_0.unidata_version)
print(sorted(k for k in dir(u) if not k.startswith('_')))
for name in ('decimal', 'digit', 'numeric', 'category', 'bidirectional', 'combining', 'mirrored', 'east_asian_width',
             'decomposition', 'is_normalized', 'normalize', 'name', 'lookup'):
    f = getattr(u, name); m = getattr(u.UCD, name)
    print(name, f.__text_signature__, f.__doc__ == m.__doc__, m.__text_signature__, m.__doc__)
chars = [chr(c) for c in list(range(0, 0x3000, 7)) + [0x1F600, 0x10FFFF, 0xAC00, 0xD7A3, 0x4E00, 0x20000, 0xE0001, 0x221, 0x1E9E, 0x2160, 0xBD, 0x0F33, 0x1F1E6]]
for db in (u, u.ucd_3_2_0):
    rows = []
    for c in chars:
        rows.append((db.category(c), db.bidirectional(c), db.combining(c), db.mirrored(c), db.east_asian_width(c),
                     db.decomposition(c), db.decimal(c, None), db.digit(c, -1), db.numeric(c, 'none'), db.name(c, '?')))
    print(hash(tuple(rows)) == hash(tuple(rows)), rows[::37])
    for form in ('NFC', 'NFKC', 'NFD', 'NFKD'):
        s = 'ﬁ Å é ﬃ ㌀ 가 \u1100\u1161\u11a8 ½ ẛ̣'
        print(form, ascii(db.normalize(form, s)), db.is_normalized(form, s), db.is_normalized(form, db.normalize(form, s)))
    print(db.lookup('LATIN SMALL LETTER A'), db.lookup(b'SNOWMAN'), db.lookup('HANGUL SYLLABLE GAG'), db.lookup('CJK UNIFIED IDEOGRAPH-4E00'))
def t(f, *a, **k):
    try: r = f(*a, **k); print('ok', repr(r))
    except Exception as e: print(type(e).__name__, e)
for db in (u, u.ucd_3_2_0):
    t(db.lookup, 'nope'); t(db.name, 'ab'); t(db.name, '\x00'); t(db.decimal, 'a'); t(db.digit, 'a'); t(db.numeric, 'a'); t(db.category, 1)
    t(db.normalize, 'X', 'a'); t(db.lookup, 'x' * 300); t(db.is_normalized, 'NFC', 1); t(db.normalize, 1, 'a'); t(db.lookup, 1); t(db.lookup, bytearray(b'A'))
    t(db.name, '\x00', 5); t(db.name, '\u0221'); t(db.lookup, 'LATIN CAPITAL LETTER A WITH MACRON AND GRAVE'); t(db.decimal, '') ; t(db.combining, 'xy')
    t(db.name, 'a', 1, 2); t(db.lookup, b'\xff\xfe')
t(u.UCD); t(u.UCD.name, 'a', 'a')
""")
