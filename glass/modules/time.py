"""The time module: clocks, sleeping, and calendar time as struct_time.

Counterpart: Modules/timemodule.c.

The clocks and the C library's time functions (localtime, mktime,
strftime...) are the host's time module, which calls the same C functions
CPython's does; arguments and results cross the wall as in posix.py.
strptime is Lib/_strptime.py run by the guest, as CPython's is.
"""
from __future__ import annotations

import time as host_time

from glass.modules import _signal, builtin_module, function
from glass.modules.builtins import no_text_signature
from glass.modules.posix import host_call, register_structseq, structseq_type, to_guest, to_host
from glass.objects import abstract
from glass.objects.exceptions import argument_type_name, value_error
from glass.objects.object import decref

TIME_DOC = (
    "This module provides various functions to manipulate time values.\n\n"
    "There are two standard representations of time.  One is the number\n"
    "of seconds since the Epoch, in UTC (a.k.a. GMT).  It may be an integer\n"
    "or a floating point number (to represent fractions of seconds).\n"
    "The Epoch is system-defined; on Unix, it is generally January 1st, 1970.\n"
    "The actual value can be retrieved by calling gmtime(0).\n\n"
    "The other representation is a tuple of 9 integers giving local time.\n"
    "The tuple items are:\n"
    "  year (including century, e.g. 1998)\n"
    "  month (1-12)\n"
    "  day (1-31)\n"
    "  hours (0-23)\n"
    "  minutes (0-59)\n"
    "  seconds (0-59)\n"
    "  weekday (0-6, Monday is 0)\n"
    "  Julian day (day in the year, 1-366)\n"
    "  DST (Daylight Savings Time) flag (-1, 0 or 1)\n"
    "If the DST flag is 0, the time is given in the regular time zone;\n"
    "if it is 1, the time is given in the DST time zone;\n"
    "if it is -1, mktime() should guess based on the date and time.\n")

STRUCT_TIME_DOC = (
    "The time value as returned by gmtime(), localtime(), and strptime(), and\n"
    " accepted by asctime(), mktime() and strftime().  May be considered as a\n"
    " sequence of 9 integers.\n\n"
    " Note that several fields' values are not the same as those defined by\n"
    " the C language standard for struct tm.  For example, the value of the\n"
    " field tm_year is the actual year, not year - 1900.  See individual\n"
    " fields' descriptions for details.")

STRUCT_TIME_FIELDS = (
    ("tm_year", "year, for example, 1993"),
    ("tm_mon", "month of year, range [1, 12]"),
    ("tm_mday", "day of month, range [1, 31]"),
    ("tm_hour", "hours, range [0, 23]"),
    ("tm_min", "minutes, range [0, 59]"),
    ("tm_sec", "seconds, range [0, 61])"),
    ("tm_wday", "day of week, range [0, 6], Monday is 0"),
    ("tm_yday", "day of year, range [1, 366]"),
    ("tm_isdst", "1 if summer time is in effect, 0 if not, and -1 if unknown"),
    ("tm_zone", "abbreviation of timezone name"),
    ("tm_gmtoff", "offset from UTC in seconds"),
)

register_structseq("time.struct_time", STRUCT_TIME_FIELDS, 9, STRUCT_TIME_DOC,
                   host_type=host_time.struct_time)

STRFTIME_CODES = (
    "Commonly used format codes:\n\n"
    "%Y  Year with century as a decimal number.\n"
    "%m  Month as a decimal number [01,12].\n"
    "%d  Day of the month as a decimal number [01,31].\n"
    "%H  Hour (24-hour clock) as a decimal number [00,23].\n"
    "%M  Minute as a decimal number [00,59].\n"
    "%S  Second as a decimal number [00,61].\n"
    "%z  Time zone offset from UTC.\n"
    "%a  Locale's abbreviated weekday name.\n"
    "%A  Locale's full weekday name.\n"
    "%b  Locale's abbreviated month name.\n"
    "%B  Locale's full month name.\n"
    "%c  Locale's appropriate date and time representation.\n"
    "%I  Hour (12-hour clock) as a decimal number [01,12].\n"
    "%p  Locale's equivalent of either AM or PM.\n\n"
    "Other codes may be available on your platform.  See documentation for\n"
    "the C library strftime function.\n")


def _clock(func):
    """A guest result for a host clock reading (a float or an int of ns)."""
    return to_guest(func())


def _optional(w_arg):
    """The host arguments for an optional parameter: none when left out or None
    (the functions take None as 'now')."""
    if w_arg is None:
        return ()
    return (to_host(w_arg),)


@builtin_module("time", doc=TIME_DOC)
class TimeModule:

    @function("($module, /)", doc="time() -> floating point number\n\nReturn the current "
              "time in seconds since the Epoch.\nFractions of a second may be present if "
              "the system clock provides them.")
    def time():
        return _clock(host_time.time)

    @function("($module, /)", doc="time_ns() -> int\n\nReturn the current time in "
              "nanoseconds since the Epoch.")
    def time_ns():
        return _clock(host_time.time_ns)

    @function("($module, /)", doc="monotonic() -> float\n\nMonotonic clock, cannot go "
              "backward.")
    def monotonic():
        return _clock(host_time.monotonic)

    @function("($module, /)", doc="monotonic_ns() -> int\n\nMonotonic clock, cannot go "
              "backward, as nanoseconds.")
    def monotonic_ns():
        return _clock(host_time.monotonic_ns)

    @function("($module, /)", doc="perf_counter() -> float\n\nPerformance counter for "
              "benchmarking.")
    def perf_counter():
        return _clock(host_time.perf_counter)

    @function("($module, /)", doc="perf_counter_ns() -> int\n\nPerformance counter for "
              "benchmarking as nanoseconds.")
    def perf_counter_ns():
        return _clock(host_time.perf_counter_ns)

    @function("($module, /)", doc="process_time() -> float\n\nProcess time for profiling: "
              "sum of the kernel and user-space CPU time.")
    def process_time():
        return _clock(host_time.process_time)

    @function("($module, /)", doc="process_time() -> int\n\nProcess time for profiling as "
              "nanoseconds:\nsum of the kernel and user-space CPU time.")
    def process_time_ns():
        return _clock(host_time.process_time_ns)

    @function("($module, /)", doc="thread_time() -> float\n\nThread time for profiling: "
              "sum of the kernel and user-space CPU time.")
    def thread_time():
        return _clock(host_time.thread_time)

    @function("($module, /)", doc="thread_time() -> int\n\nThread time for profiling as "
              "nanoseconds:\nsum of the kernel and user-space CPU time.")
    def thread_time_ns():
        return _clock(host_time.thread_time_ns)

    @function("($module, seconds, /)", doc="sleep(seconds)\n\nDelay execution for a given "
              "number of seconds.  The argument may be\na floating point number for "
              "subsecond precision.")
    def sleep(w_seconds):
        host_call(_sleep_without_gil, to_host(w_seconds))
        _signal.check_signals()

    @function("($module, seconds=None, /)", doc=(
        "gmtime([seconds]) -> (tm_year, tm_mon, tm_mday, tm_hour, tm_min,\n"
        "                       tm_sec, tm_wday, tm_yday, tm_isdst)\n\n"
        "Convert seconds since the Epoch to a time tuple expressing UTC (a.k.a.\n"
        "GMT).  When 'seconds' is not passed in, convert the current time instead.\n\n"
        "If the platform supports the tm_gmtoff and tm_zone, they are available as\n"
        "attributes only."))
    def gmtime(w_seconds):
        return to_guest(host_call(host_time.gmtime, *_optional(w_seconds)))

    @function("($module, seconds=None, /)", doc=(
        "localtime([seconds]) -> (tm_year,tm_mon,tm_mday,tm_hour,tm_min,\n"
        "                          tm_sec,tm_wday,tm_yday,tm_isdst)\n\n"
        "Convert seconds since the Epoch to a time tuple expressing local time.\n"
        "When 'seconds' is not passed in, convert the current time instead."))
    def localtime(w_seconds):
        return to_guest(host_call(host_time.localtime, *_optional(w_seconds)))

    @function("($module, tuple, /)", doc=(
        "mktime(tuple) -> floating point number\n\n"
        "Convert a time tuple in local time to seconds since the Epoch.\n"
        "Note that mktime(gmtime(0)) will not generally return zero for most\n"
        "time zones; instead the returned value will either be equal to that\n"
        "of the timezone or altzone attributes on the time module."))
    def mktime(w_tuple):
        return to_guest(host_call(host_time.mktime, to_host(w_tuple)))

    @function("($module, tuple=None, /)", doc=(
        "asctime([tuple]) -> string\n\n"
        "Convert a time tuple to a string, e.g. 'Sat Jun 06 16:26:11 1998'.\n"
        "When the time tuple is not present, current time as returned by localtime()\n"
        "is used."))
    def asctime(w_tuple):
        return to_guest(host_call(host_time.asctime, *_optional(w_tuple)))

    @function("($module, seconds=None, /)", doc=(
        "ctime(seconds) -> string\n\n"
        "Convert a time in seconds since the Epoch to a string in local time.\n"
        "This is equivalent to asctime(localtime(seconds)). When the time tuple is\n"
        "not present, current time as returned by localtime() is used."))
    def ctime(w_seconds):
        return to_guest(host_call(host_time.ctime, *_optional(w_seconds)))

    @function("($module, format, tuple=None, /)", doc=(
        "strftime(format[, tuple]) -> string\n\n"
        "Convert a time tuple to a string according to a format specification.\n"
        "See the library reference manual for formatting codes. When the time tuple\n"
        "is not present, current time as returned by localtime() is used.\n\n"
        + STRFTIME_CODES))
    def strftime(w_format, w_tuple):
        return to_guest(host_call(host_time.strftime, to_host(w_format),
                                  *_optional(w_tuple)))

    @function("($module, string, format=None, /)", doc=(
        "strptime(string, format) -> struct_time\n\n"
        "Parse a string to a time tuple according to a format specification.\n"
        "See the library reference manual for formatting codes (same as\n"
        "strftime()).\n\n" + STRFTIME_CODES))
    def strptime(w_string, w_format):
        """Counterpart: time_strptime: _strptime._strptime_time(*args)."""
        from glass.vm.imports import import_module
        w_module = import_module("_strptime")
        try:
            w_func = abstract.getattr_str(w_module, "_strptime_time")
        finally:
            decref(w_module)
        args_w = [w_string] if w_format is None else [w_string, w_format]
        try:
            return abstract.call(w_func, args_w)
        finally:
            decref(w_func)

    @function("($module, name, /)", doc="get_clock_info(name: str) -> dict\n\nGet "
              "information of the specified clock.")
    def get_clock_info(w_name):
        from glass.objects.namespaceobject import new_namespace
        from glass.objects.str import W_Str
        if not isinstance(w_name, W_Str):
            from glass.objects.exceptions import type_error
            raise type_error("get_clock_info() argument 1 must be str, not %s"
                             % argument_type_name(w_name))
        if w_name.value not in ("time", "monotonic", "perf_counter", "process_time",
                                "thread_time"):
            raise value_error("unknown clock")
        info = host_time.get_clock_info(w_name.value)
        values_w = [(name, to_guest(getattr(info, name)))
                    for name in ("implementation", "monotonic", "adjustable",
                                 "resolution")]
        try:
            return new_namespace(values_w)
        finally:
            for _name, w_value in values_w:
                decref(w_value)

    @function("($module, clk_id, /)", doc="clock_gettime(clk_id) -> float\n\nReturn the "
              "time of the specified clock clk_id.")
    def clock_gettime(w_clk_id):
        return to_guest(host_call(host_time.clock_gettime, to_host(w_clk_id)))

    @function("($module, clk_id, /)", doc="clock_gettime_ns(clk_id) -> int\n\nReturn the "
              "time of the specified clock clk_id as nanoseconds.")
    def clock_gettime_ns(w_clk_id):
        return to_guest(host_call(host_time.clock_gettime_ns, to_host(w_clk_id)))

    @function("($module, clk_id, /)", doc="clock_getres(clk_id) -> floating point "
              "number\n\nReturn the resolution (precision) of the specified clock clk_id.")
    def clock_getres(w_clk_id):
        return to_guest(host_call(host_time.clock_getres, to_host(w_clk_id)))

    @function("($module, clk_id, time, /)", doc="clock_settime(clk_id, time)\n\nSet the "
              "time of the specified clock clk_id.")
    def clock_settime(w_clk_id, w_time):
        host_call(host_time.clock_settime, to_host(w_clk_id), to_host(w_time))

    @function("($module, clk_id, time, /)", doc="clock_settime_ns(clk_id, time)\n\nSet "
              "the time of the specified clock clk_id with nanoseconds.")
    def clock_settime_ns(w_clk_id, w_time):
        host_call(host_time.clock_settime_ns, to_host(w_clk_id), to_host(w_time))

    @function("($module, thread_id, /)", doc="pthread_getcpuclockid(thread_id) -> int\n\n"
              "Return the clk_id of a thread's CPU time clock.")
    def pthread_getcpuclockid(w_thread_id):
        # Guest threads are host threads, so a guest thread id is the host's.
        return to_guest(host_call(host_time.pthread_getcpuclockid, to_host(w_thread_id)))

    @function("($module, /)", doc=(
        "tzset()\n\n"
        "Initialize, or reinitialize, the local timezone to the value stored in\n"
        "os.environ['TZ']. The TZ environment variable should be specified in\n"
        "standard Unix timezone format as documented in the tzset man page\n"
        "(eg. 'US/Eastern', 'Europe/Amsterdam'). Unknown timezones will silently\n"
        "fall back to UTC. If the TZ environment variable is not set, the local\n"
        "timezone is set to the systems best guess of wallclock time.\n"
        "Changing the TZ environment variable without calling tzset *may* change\n"
        "the local timezone used by methods such as localtime, but this behaviour\n"
        "should not be relied on."))
    def tzset():
        """Counterpart: time_tzset: reset the C library's zone, then the
        module's timezone, altzone, daylight and tzname."""
        host_call(host_time.tzset)
        from glass.vm import pystate
        w_module = pystate.interpreter().w_modules.getitem_str("time")
        if w_module is not None:
            _set_zone_values(w_module)

    @staticmethod
    def init_module(w_module):
        w_dict = w_module.w_dict
        _set_zone_values(w_module)
        for name, value in vars(host_time).items():
            if name.startswith("CLOCK_") and type(value) is int:
                w_value = to_guest(value)
                w_dict.setitem_str(name, w_value)
                decref(w_value)
        w_dict.setitem_str("struct_time", structseq_type("time.struct_time"))
        w_items = to_guest(11)
        w_dict.setitem_str("_STRUCT_TM_ITEMS", w_items)
        decref(w_items)


def _set_zone_values(w_module):
    """init_timezone: timezone, altzone, daylight and tzname, the host's (which
    computes them from the C library as CPython does)."""
    for name in ("timezone", "altzone", "daylight", "tzname"):
        w_value = to_guest(getattr(host_time, name))
        w_module.w_dict.setitem_str(name, w_value)
        decref(w_value)


def _sleep_without_gil(seconds):
    """time.sleep lets other guest threads run while it waits.  On the
    guest's main thread a signal for the guest ends the wait early (EINTR):
    its handler runs, and the sleep goes on for the time left unless the
    handler raised (pysleep)."""
    from glass.vm import pystate
    from glass.vm.gil import released
    main = pystate.current() is pystate.interpreter().main_thread
    if not main or not isinstance(seconds, (int, float)) or not seconds > 0:
        with released():
            host_time.sleep(seconds)       # the host checks the argument
        return
    deadline = host_time.monotonic() + seconds
    remaining = seconds
    while remaining > 0:
        with released():
            interrupted = _signal.wait_for_any_signal(remaining)
        if interrupted:
            _signal.check_signals()
        remaining = deadline - host_time.monotonic()


# CPython's time functions are METH_VARARGS / METH_NOARGS with a usage line
# for a docstring: none has a __text_signature__.
for _func in list(vars(TimeModule).values()):
    if hasattr(_func, "_glass_method"):
        no_text_signature(_func)
del _func
