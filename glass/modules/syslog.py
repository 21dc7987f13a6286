"""The syslog module: messages to the system logger.

Counterpart: Modules/syslogmodule.c.

The calls are the host's openlog, syslog, closelog and setlogmask (the C
library's).  What the module decides itself is kept here, as in C: the
default ident is the basename of the guest's sys.argv[0], and syslog()
opens the log with it first when nobody has.
"""
from __future__ import annotations

import syslog as host_syslog

from glass.modules import builtin_module
from glass.modules.builtins import raw_function
from glass.objects.exceptions import type_error
from glass.objects.stringlib import index_value
from glass.objects.object import decref
from glass.vm.audit import audit

_OPENED = [False]            # S_log_open


def _str_arg(w_value, function_name, position, what="str"):
    """PyArg_ParseTuple's "U": a str."""
    from glass.objects.exceptions import argument_type_name
    from glass.objects.str import W_Str
    if not isinstance(w_value, W_Str):
        raise type_error("%s() argument %d must be %s, not %s"
                         % (function_name, position, what, argument_type_name(w_value)))
    return w_value.value


def _default_ident():
    """syslog_get_argv: the last path component of sys.argv[0], or None."""
    from glass.modules.sys import sys_attr
    from glass.objects.list import W_List
    from glass.objects.str import W_Str
    w_argv = sys_attr("argv")
    if not isinstance(w_argv, W_List) or not w_argv.items:
        return None
    w_first = w_argv.items[0]
    if not isinstance(w_first, W_Str) or not w_first.value:
        return None
    return w_first.value.rpartition("/")[2]


def _open(ident, logoption, facility):
    from glass.modules._codecs import guest_unicode_error
    from glass.objects.exceptions import OperationError
    if ident is None:
        ident = _default_ident()
    audit("syslog.openlog", ident, logoption, facility)
    try:
        if ident is None:
            host_syslog.openlog(logoption=logoption, facility=facility)
        else:
            host_syslog.openlog(ident, logoption, facility)
    except UnicodeEncodeError as error:
        raise OperationError(guest_unicode_error(error))
    _OPENED[0] = True


@builtin_module("syslog", doc=host_syslog.__doc__)
class SyslogModule:

    @raw_function(None)
    def openlog(args_w, keywords):
        names = ("ident", "logoption", "facility")
        values = list(args_w) + [None] * (3 - len(args_w))
        if len(args_w) > 3:
            raise type_error("openlog() takes at most 3 arguments (%d given)"
                             % (len(args_w) + len(keywords)))
        for name, w_value in keywords:
            if name not in names:
                raise type_error("'%s' is an invalid keyword argument for openlog()" % name)
            index = names.index(name)
            if values[index] is not None:
                raise type_error("argument for openlog() given by name ('%s') and "
                                 "position (%d)" % (name, index + 1))
            values[index] = w_value
        w_ident, w_logoption, w_facility = values
        from glass.objects.none import new_none, w_None
        ident = None if w_ident is None or w_ident is w_None else \
            _str_arg(w_ident, "openlog", 1)
        logoption = 0 if w_logoption is None else index_value(w_logoption)
        facility = host_syslog.LOG_USER if w_facility is None else \
            index_value(w_facility)
        _open(ident, logoption, facility)
        return new_none()

    @raw_function(None)
    def syslog(args_w, keywords):
        from glass.objects.none import new_none
        if keywords:
            raise type_error("syslog() takes no keyword arguments")
        # PyArg_ParseTuple "iU;..." then "U;...": any failure says the format.
        from glass.objects.exceptions import OperationError
        try:
            if len(args_w) == 1:
                priority = host_syslog.LOG_INFO
                message = _str_arg(args_w[0], "syslog", 1)
            elif len(args_w) == 2:
                priority = index_value(args_w[0])
                message = _str_arg(args_w[1], "syslog", 2)
            else:
                raise type_error("")
        except OperationError as error:
            decref(error.w_value)
            raise type_error("[priority,] message string")
        audit("syslog.syslog", priority, message)
        if not _OPENED[0]:
            _open(None, 0, host_syslog.LOG_USER)
        from glass.vm.gil import released
        with released():               # as syslog_syslog: Py_BEGIN_ALLOW_THREADS
            host_syslog.syslog(priority, message)
        return new_none()

    @raw_function(None)
    def closelog(args_w, keywords):
        from glass.objects.none import new_none
        if args_w or keywords:
            raise type_error("syslog.closelog() takes no arguments (%d given)"
                             % (len(args_w) + len(keywords)))
        audit("syslog.closelog")
        if _OPENED[0]:
            host_syslog.closelog()
            _OPENED[0] = False
        return new_none()

    @raw_function(None)
    def setlogmask(args_w, keywords):
        return _one_int_call("setlogmask", host_syslog.setlogmask, args_w, keywords,
                             event="syslog.setlogmask")

    @raw_function(None)
    def LOG_MASK(args_w, keywords):
        return _one_int_call("LOG_MASK", host_syslog.LOG_MASK, args_w, keywords)

    @raw_function(None)
    def LOG_UPTO(args_w, keywords):
        return _one_int_call("LOG_UPTO", host_syslog.LOG_UPTO, args_w, keywords)


def _one_int_call(name, host_func, args_w, keywords, event=None):
    from glass.objects.int import new_int
    if keywords:
        raise type_error("%s() takes no keyword arguments" % name)
    if len(args_w) != 1:
        raise type_error("%s() takes exactly 1 argument (%d given)" % (name, len(args_w)))
    value = index_value(args_w[0])
    if event is not None:
        audit(event, value)
    return new_int(host_func(value))


def init_module(w_module):
    from glass.objects.int import new_int
    for name in dir(host_syslog):
        if name.startswith("LOG_") and type(getattr(host_syslog, name)) is int:
            w_value = new_int(getattr(host_syslog, name))
            w_module.w_dict.setitem_str(name, w_value)
            decref(w_value)


SyslogModule.init_module = staticmethod(init_module)
