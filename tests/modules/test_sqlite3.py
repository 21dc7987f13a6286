"""_sqlite3 against the host: connections, cursors, parameters, rows, factories,
user functions, adapters and converters, blobs, errors.

Counterpart: glass/modules/_sqlite3.py (Modules/_sqlite/).
"""
from __future__ import annotations

from oracle import same_as_host


def test_sqlite3():
    same_as_host(r"""
import sqlite3, datetime
print(sqlite3.sqlite_version, sqlite3.Connection, sqlite3.Cursor.__module__, sqlite3.Error.__mro__, sqlite3.PARSE_DECLTYPES)
con = sqlite3.connect(':memory:')
cur = con.cursor()
print(type(cur), cur.connection is con, cur.arraysize, cur.rowcount, cur.lastrowid, cur.description)
cur.execute('create table t(a integer, b text, c real, d blob)')
cur.executemany('insert into t values (?, ?, ?, ?)', [(i, 'x%d' % i, i / 2, bytes([i])) for i in range(5)])
print(cur.rowcount, cur.lastrowid, con.total_changes, con.in_transaction, con.isolation_level)
for row in con.execute('select * from t where a > ?', (1,)): print(row)
cur.execute('select a, b from t where b = :name', {'name': 'x3'}); print(cur.fetchone(), cur.fetchone(), cur.description)
print(con.execute('select count(*) from t').fetchall(), cur.execute('select a from t').fetchmany(2), cur.fetchmany(), cur.fetchall())
con.commit(); print(con.in_transaction)
con.row_factory = sqlite3.Row
r = con.execute('select a as A, b from t').fetchone(); print(type(r), r['a'], r['B'], r[0], r[-1], r[0:2], len(r), list(r), r.keys(), r == r, hash(r) == hash(r))
con.row_factory = None
con.text_factory = bytes; print(con.execute("select 'héllo', x'00ff'").fetchone())
con.text_factory = lambda b: b.decode().upper(); print(con.execute("select 'abc'").fetchone())
con.text_factory = str
con.create_function('double', 1, lambda x: x * 2); print(con.execute('select double(21), double(?)', ('ab',)).fetchone())
class Sum:
    def __init__(self): self.n = 0
    def step(self, v): self.n += v
    def finalize(self): return self.n
con.create_aggregate('mysum', 1, Sum); print(con.execute('select mysum(a) from t').fetchone())
con.create_collation('rev', lambda a, b: (a < b) - (a > b)); print(con.execute('select b from t order by b collate rev').fetchall())
def t(f, *a, **k):
    try: print('ok', f(*a, **k))
    except Exception as e: print(type(e).__name__, e, getattr(e, 'sqlite_errorcode', None), getattr(e, 'sqlite_errorname', None))
t(con.execute, 'selec 1'); t(con.execute, 'select * from nope'); t(con.execute, 'select ?', (1, 2)); t(con.execute, 'select ?', (object(),))
t(con.execute, 'select :x', {}); t(con.execute, 1); t(con.execute, 'select 1', 5)
con.execute('create table u(x unique)'); con.execute('insert into u values (1)'); t(con.execute, 'insert into u values (1)')
con.create_function('boom', 0, lambda: 1 / 0); t(con.execute, 'select boom()')
class P:
    def __conform__(self, proto): return 'conformed' if proto is sqlite3.PrepareProtocol else None
print(con.execute('select ?', (P(),)).fetchone(), sqlite3.adapt(5, sqlite3.PrepareProtocol, 7))
sqlite3.register_adapter(datetime.date, lambda d: d.isoformat()); print(con.execute('select ?', (datetime.date(2020, 1, 2),)).fetchone())
sqlite3.register_converter('POINT', lambda b: tuple(map(float, b.split(b';'))))
c2 = sqlite3.connect(':memory:', detect_types=sqlite3.PARSE_DECLTYPES | sqlite3.PARSE_COLNAMES)
c2.execute('create table p(x point)'); c2.execute('insert into p values (?)', ('1;2',))
print(c2.execute('select x from p').fetchone(), c2.execute('select x as "x [point]" from p').fetchone(), c2.execute('select x as "x [point]" from p').description)
print(sqlite3.complete_statement('select 1;'), sqlite3.complete_statement('select 1'))
with con: con.execute('insert into t values (9, 9, 9, 9)')
print(con.in_transaction, list(con.iterdump())[:3])
con.close(); t(con.execute, 'select 1'); t(cur.fetchone)
class MyConn(sqlite3.Connection): pass
class MyCur(sqlite3.Cursor): pass
c3 = sqlite3.connect(':memory:', factory=MyConn); print(type(c3), type(c3.cursor(MyCur)), type(c3.execute('select 1')))
t(c3.cursor, lambda c: 5); print(c3.Error is sqlite3.Error, c3.OperationalError)
c3.execute('create table b(x blob)'); c3.execute('insert into b values (zeroblob(10))')
with c3.blobopen('b', 'x', 1) as blob:
    blob.write(b'hello'); blob.seek(0); print(blob.read(3), blob.tell(), len(blob), blob[0], blob[1:4]); blob[0] = 72; print(blob[:5])
print(len(c3.serialize()) > 0, c3.getlimit(sqlite3.SQLITE_LIMIT_LENGTH) > 0)
""")
