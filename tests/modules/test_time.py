"""The time module against the host.

Counterpart: glass/modules/time.py (Modules/timemodule.c).

Clock readings differ between two processes, so they are compared by
property: their types, that they do not go backward, that two readings
agree within a margin.
"""
from __future__ import annotations

import pytest
from oracle import same_as_host

ZONES = ("UTC", "Europe/Paris", "America/New_York")


@pytest.mark.parametrize("zone", ZONES)
def test_calendar_time_in_a_zone(zone):
    same_as_host("""
        import time
        print(time.timezone, time.altzone, time.daylight, time.tzname)
        for seconds in (0, 1700000000.7, -86400 * 365, 1719000000, 2**31, -1.5):
            g, l = time.gmtime(seconds), time.localtime(seconds)
            print(g, g.tm_zone, g.tm_gmtoff, l, l.tm_zone, l.tm_gmtoff)
            print(time.mktime(l), time.asctime(g), time.ctime(seconds))
            print(time.strftime("%Y-%m-%d %H:%M:%S %Z %z %a %A %b %B %j %p %%", l))
        print(time.strftime("%Y %j", (2020, 1, 1, 0, 0, 0, 0, 1, 0)))
        print(time.mktime((2021, 6, 1, 12, 0, 0, 0, 0, -1)))
        print(time.asctime((2021, 6, 1, 12, 0, 0, 1, 152, 0)))
        class Seconds:
            def __index__(self):
                return 86400
        print(time.gmtime(Seconds()))
    """, env={"TZ": zone})


def test_struct_time_type():
    same_as_host("""
        import time
        t = time.gmtime(1700000000)
        print(type(t), type(t).__name__, type(t).__module__, len(t), t[0], t[-1], t[:3])
        print(t.tm_year, t.tm_yday, t.tm_zone, t.tm_gmtoff, t == tuple(t))
        print(time.struct_time.n_fields, time.struct_time.n_sequence_fields,
              time.struct_time.n_unnamed_fields, time.struct_time.__match_args__)
        print(time.struct_time.__doc__)
        print([getattr(time.struct_time, f).__doc__ for f in
               time.struct_time.__match_args__ + ("tm_zone", "tm_gmtoff")])
        s = time.struct_time((2000, 1, 2, 3, 4, 5, 6, 7, 0))
        print(s, s.tm_zone, s.tm_gmtoff)
        s = time.struct_time((2000, 1, 2, 3, 4, 5, 6, 7, 0), {"tm_zone": "XYZ"})
        print(s.tm_zone, time.strftime("%Z", s))
        print(t.__reduce__())
        try:
            time.struct_time((1, 2))
        except TypeError as error:
            print(error)
        print(time._STRUCT_TM_ITEMS)
    """)


def test_errors():
    same_as_host("""
        import time
        class Weird:
            pass
        tests = ['time.mktime("x")', 'time.mktime((1, 2))',
                 'time.mktime((1, 2, 3, 4, 5, 6, 7, 8, "a"))',
                 'time.asctime((1, 2, 3, 4, 5, 6, 7, 8, 9, 10))',
                 'time.mktime((1.5, 2, 3, 4, 5, 6, 7, 8, 9))', 'time.strftime(1)',
                 'time.strftime("%Y", (1,))', 'time.asctime((2020, 13, 1, 0, 0, 0, 0, 1, 0))',
                 'time.gmtime("x")', 'time.gmtime(Weird())', 'time.gmtime(1e30)',
                 'time.gmtime(float("nan"))', 'time.localtime(2**70)',
                 'time.sleep(-1)', 'time.sleep(-0.5)', 'time.sleep("x")',
                 'time.sleep(float("nan"))', 'time.sleep(2**70)', 'time.sleep(None)',
                 'time.get_clock_info("x")', 'time.get_clock_info(1)', 'time.ctime("x")',
                 'time.strftime("%Y", (2020, 1, 1, 0, 0, 0, 0, 400, 0))',
                 'time.mktime((2**40, 1, 1, 0, 0, 0, 0, 1, 0))',
                 'time.clock_gettime("x")', 'time.clock_gettime(12345)',
                 'time.clock_getres(12345)', 'time.sleep(0)', 'time.sleep(0.001)']
        for test in tests:
            try:
                print(test, "->", repr(eval(test)))
            except Exception as error:
                print(test, "->", type(error).__name__, error)
    """)


def test_clocks():
    same_as_host("""
        import time
        for name in ("time", "monotonic", "perf_counter", "process_time", "thread_time"):
            clock, clock_ns = getattr(time, name), getattr(time, name + "_ns")
            a, b = clock(), clock()
            c, d = clock_ns(), clock_ns()
            print(name, type(a).__name__, type(c).__name__,
                  (name == "time" or a <= b) and (name == "time" or c <= d),
                  abs(c / 1e9 - b) < 1.0)
            info = time.get_clock_info(name)
            print(type(info).__name__, sorted(vars(info)), info.monotonic, info.adjustable,
                  info.implementation, info.resolution)
        print(time.time() > 1.6e9, abs(time.time() - time.time_ns() / 1e9) < 1)
        start = time.monotonic()
        time.sleep(0.05)
        print(0.04 < time.monotonic() - start < 1)
        names = sorted(n for n in dir(time) if n.startswith("CLOCK_"))
        print(names, [getattr(time, n) for n in names])
        print(type(time.clock_gettime(time.CLOCK_MONOTONIC)).__name__,
              type(time.clock_gettime_ns(time.CLOCK_REALTIME)).__name__,
              time.clock_getres(time.CLOCK_MONOTONIC))
        print(sorted(n for n in dir(time) if not n.startswith("__")))
        print(time.__doc__)
        print(time.sleep.__doc__, time.strftime.__doc__, time.gmtime.__doc__)
    """)


def test_tzset():
    same_as_host("""
        import time, posix
        print(time.tzname, time.timezone)
        posix.putenv("TZ", "America/New_York")
        time.tzset()
        print(time.tzname, time.timezone, time.altzone, time.daylight)
        print(time.localtime(1700000000))
    """, env={"TZ": "UTC"})


def test_strptime():
    same_as_host("""
        import time
        print(time.strptime("2023-11-14 22:13:20", "%Y-%m-%d %H:%M:%S"))
        print(time.strptime("Tue Nov 14 22:13:20 2023"))
        try:
            time.strptime("2023", "%d")
        except ValueError as error:
            print(error)
    """)
