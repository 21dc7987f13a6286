"""_datetime against the host: the module test_datetime's load_tests needs.

Counterpart: glass/modules/_datetime.py (Modules/_datetimemodule.c), made
of datetime.py's pure-Python classes.
"""
from __future__ import annotations

from oracle import same_as_host


def test_datetime_module_and_fresh_imports():
    same_as_host(r"""
import _datetime, datetime, sys
print(_datetime.__doc__, sorted(n for n in vars(_datetime) if not n.startswith('_') and n != 'datetime_CAPI'))
print(datetime.datetime is _datetime.datetime, datetime.date.__module__, datetime.__doc__)
print(_datetime.MINYEAR, _datetime.MAXYEAR, _datetime.UTC, _datetime.timezone.utc is _datetime.UTC)
d = datetime.datetime(2020, 2, 29, 23, 59, 58, tzinfo=datetime.timezone(datetime.timedelta(hours=-3)))
print(d + datetime.timedelta(seconds=3), d.isoformat(), d.astimezone(datetime.UTC), d.timetuple()[:6])
print(datetime.date.fromisoformat('2021-12-31').toordinal(), datetime.time(1, 2, 3, 4).isoformat('milliseconds'))
try: datetime.date(2021, 2, 29)
except ValueError as e: print(type(e).__name__)
from test.support.import_helper import import_fresh_module
pure = import_fresh_module('datetime', fresh=['datetime', '_strptime'], blocked=['_datetime'])
fast = import_fresh_module('datetime', fresh=['datetime', '_datetime', '_strptime'])
for modname in ['datetime', '_datetime', '_strptime']:
    sys.modules.pop(modname, None)
print(pure is not None, fast is not None, pure.date is not fast.date, fast.date(2000, 1, 1) - fast.timedelta(1))
""")
