"""The accelerators made of pure stdlib modules, against the host's C ones.

Counterpart: glass/modules/pure_accelerator.py and the modules built on it:
_datetime, _zoneinfo, _asyncio.  Each imports,
exports what the C module exports, and behaves as the host's on a small
program; its classes are distinct from the pure module's own.
"""
from __future__ import annotations

from oracle import same_as_host

# The names a module exports, as the host shows them (__file__ apart: the
# C modules are shared libraries, Glass's are builtin).
EXPORTS = r"""
def exports(module):
    return sorted(name for name in vars(module) if name not in ('__file__', 'datetime_CAPI'))
"""


def test_zoneinfo_is_its_own_class():
    same_as_host(EXPORTS + r"""
import _zoneinfo, zoneinfo, datetime
print(exports(_zoneinfo), _zoneinfo.__doc__, _zoneinfo.ZoneInfo.__module__)
print(zoneinfo.ZoneInfo is _zoneinfo.ZoneInfo)
import zoneinfo._zoneinfo as pure
print(pure.ZoneInfo is not zoneinfo.ZoneInfo, issubclass(zoneinfo.ZoneInfo, datetime.tzinfo))
zone = zoneinfo.ZoneInfo('Europe/Paris')
print(zone, zone is zoneinfo.ZoneInfo('Europe/Paris'))
for month in (1, 7):
    moment = datetime.datetime(2021, month, 1, 12, tzinfo=zone)
    print(moment.utcoffset(), moment.tzname(), moment.astimezone(datetime.timezone.utc))
try:
    zoneinfo.ZoneInfo('No/Such_Zone')
except zoneinfo.ZoneInfoNotFoundError as e:
    print(type(e).__name__)
""")


def test_zoneinfo_imported_before_its_package():
    # The accelerator imports its package, which imports the accelerator:
    # both end with the one class.
    same_as_host(r"""
import _zoneinfo
import zoneinfo
print(zoneinfo.ZoneInfo is _zoneinfo.ZoneInfo, zoneinfo.ZoneInfo('UTC').key)
""")


def test_asyncio_future_task_and_loops():
    same_as_host(EXPORTS + r"""
import asyncio, _asyncio, sys
from asyncio import events, futures, tasks
print(exports(_asyncio), _asyncio.__doc__)
print(asyncio.Future is _asyncio.Future is futures._CFuture, futures._PyFuture is not futures._CFuture)
print(asyncio.Task is _asyncio.Task is tasks._CTask, tasks._PyTask is not tasks._CTask,
      issubclass(tasks._CTask, futures._CFuture), issubclass(tasks._PyTask, futures._PyFuture))
print(events.get_event_loop is _asyncio.get_event_loop,
      events._py_get_event_loop is not events._c_get_event_loop,
      _asyncio.get_event_loop.__module__, _asyncio._enter_task.__module__)
print(tasks._all_tasks is _asyncio._all_tasks, tasks._current_tasks is _asyncio._current_tasks,
      asyncio.futures is sys.modules['asyncio.futures'], asyncio.events is events)

async def double(n):
    await asyncio.sleep(0)
    return n * 2

async def main():
    loop = asyncio.get_running_loop()
    print(loop is asyncio.get_event_loop(), loop is events._get_running_loop())
    task = asyncio.create_task(double(3))
    print(type(task) is _asyncio.Task, asyncio.current_task() in asyncio.all_tasks())
    results = await asyncio.gather(task, double(4))
    future = loop.create_future()
    loop.call_soon(future.set_result, 'done')
    print(results, await future, type(future) is _asyncio.Future, repr(future))
    try:
        await asyncio.wait_for(asyncio.sleep(10), 0.01)
    except asyncio.TimeoutError:
        print('timeout')

asyncio.run(main())
class Policy(asyncio.DefaultEventLoopPolicy):
    pass
asyncio.set_event_loop_policy(Policy())
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(asyncio.get_event_loop() is loop, _asyncio._get_event_loop() is loop)
loop.close()
""")


def test_asyncio_imported_before_its_package():
    # CPython initializes its C module twice on this path (a quirk: its
    # functions and registry then differ from asyncio's); Glass shares the
    # one the package made, so only what both agree on is compared.
    same_as_host(r"""
import _asyncio
import asyncio
print(asyncio.Future is _asyncio.Future, asyncio.Task is _asyncio.Task)
print(asyncio.run(asyncio.sleep(0, 'slept')))
""")


def test_datetime_made_the_same_way():
    same_as_host(EXPORTS + r"""
import _datetime
print(exports(_datetime), _datetime.__doc__)
import datetime
print(datetime.date is _datetime.date, datetime.timedelta(days=1, hours=2))
""")
