"""The _locale module: the C library's locale, behind locale.py.

Counterpart: Modules/_localemodule.c.

The locale is the process's, and Glass runs in the host's process, so each
function is the host's _locale (the same C library calls) with CPython's
argument checks on the guest side; locale.Error is the guest's own class.
"""
from __future__ import annotations

import _locale as host_locale

from glass.objects.buildvalue import build_value
from glass.modules import builtin_module, function
from glass.objects import abstract
from glass.objects.exceptions import (EXCEPTION_TYPES, OperationError, argument_type_name,
                                      operation_error, overflow_error, type_error)
from glass.objects.object import decref

W_LOCALE_ERROR = []       # [locale.Error], made with the module
CONSTANT_NAMES = sorted(name for name in dir(host_locale)
                        if name.isupper() or name == "_DATE_FMT")


def locale_encoding():
    """Counterpart: _Py_GetLocaleEncoding: nl_langinfo(CODESET), "utf-8"
    when that is empty (3.11 does not look at the UTF-8 mode here).  The
    host's own getencoding where it has one (PyPy 3.9's _locale has not)."""
    getencoding = getattr(host_locale, "getencoding", None)
    if getencoding is not None:
        return getencoding()
    return host_locale.nl_langinfo(host_locale.CODESET) or "utf-8"


def run_host(func, *args):
    try:
        return func(*args)
    except host_locale.Error as error:
        from glass.objects.str import new_str
        w_message = new_str(str(error))
        try:
            w_error = abstract.call(W_LOCALE_ERROR[0], [w_message])
        finally:
            decref(w_message)
        raise OperationError(w_error)
    except (ValueError, TypeError, OverflowError, UnicodeError, OSError) as error:
        raise operation_error(type(error).__name__, str(error))


def str_arg(function_name, position, w_value, allow_none=False):
    """Clinic's str converter (or str-or-None)."""
    from glass.objects.none import w_None
    from glass.objects.str import W_Str
    if allow_none and w_value is w_None:
        return None
    if not isinstance(w_value, W_Str):
        raise type_error("%s() argument %d must be str%s, not %s" % (
            function_name, position, " or None" if allow_none else "",
            "None" if w_value is w_None else argument_type_name(w_value)))
    return w_value.value


def int_arg(w_value):
    """Clinic's int converter."""
    from glass.objects.float import W_Float
    if isinstance(w_value, W_Float):
        raise type_error("'float' object cannot be interpreted as an integer")
    w_int = abstract.index(w_value)
    value = w_int.value
    decref(w_int)
    if not -(1 << 31) <= value < (1 << 31):
        raise overflow_error("Python int too large to convert to C int")
    return value


@builtin_module("_locale")
class LocaleModule:
    """Support for POSIX locales."""

    @function("($module, category, locale=<unrepresentable>, /)")
    def setlocale(w_category, w_locale):
        """Activates/queries locale processing."""
        category = int_arg(w_category)
        if w_locale is None:
            return build_value(run_host(host_locale.setlocale, category))
        locale = str_arg("setlocale", 2, w_locale, allow_none=True)
        return build_value(run_host(host_locale.setlocale, category, locale))

    @function("($module, /)")
    def localeconv():
        """Returns numeric and monetary locale-specific parameters."""
        return build_value(run_host(host_locale.localeconv))

    @function("($module, os1, os2, /)")
    def strcoll(w_os1, w_os2):
        """Compares two strings according to the locale."""
        first = str_arg("strcoll", 1, w_os1)
        second = str_arg("strcoll", 2, w_os2)
        return build_value(run_host(host_locale.strcoll, first, second))

    @function("($module, string, /)")
    def strxfrm(w_string):
        """Return a string that can be used as a key for locale-aware comparisons."""
        return build_value(run_host(host_locale.strxfrm, str_arg("strxfrm", 1, w_string)))

    @function("($module, /)")
    def getencoding():
        """Get the current locale encoding."""
        return build_value(run_host(locale_encoding))

    @function("($module, key, /)")
    def nl_langinfo(w_key):
        """Return the value for the locale information associated with key."""
        return build_value(run_host(host_locale.nl_langinfo, int_arg(w_key)))

    @function("($module, msg, /)")
    def gettext(w_msg):
        """gettext(msg) -> string

Return translation of msg."""
        return build_value(run_host(host_locale.gettext, str_arg("gettext", 1, w_msg)))

    @function("($module, domain, msg, /)")
    def dgettext(w_domain, w_msg):
        """dgettext(domain, msg) -> string

Return translation of msg in domain."""
        domain = str_arg("dgettext", 1, w_domain, allow_none=True)
        return build_value(run_host(host_locale.dgettext, domain,
                                 str_arg("dgettext", 2, w_msg)))

    @function("($module, domain, msg, category, /)")
    def dcgettext(w_domain, w_msg, w_category):
        """Return translation of msg in domain and category."""
        domain = str_arg("dcgettext", 1, w_domain, allow_none=True)
        msg = str_arg("dcgettext", 2, w_msg)
        return build_value(run_host(host_locale.dcgettext, domain, msg, int_arg(w_category)))

    @function("($module, domain, /)")
    def textdomain(w_domain):
        """Set the C library's textdmain to domain, returning the new domain."""
        domain = str_arg("textdomain", 1, w_domain, allow_none=True)
        return build_value(run_host(host_locale.textdomain, domain))

    @function("($module, domain, dir, /)")
    def bindtextdomain(w_domain, w_dir):
        """Bind the C library's domain to dir."""
        from glass.objects.none import w_None
        domain = str_arg("bindtextdomain", 1, w_domain)
        directory = None
        if w_dir is not w_None:
            from glass.modules.posix import fspath
            w_path = fspath(w_dir)
            directory = w_path.value
            decref(w_path)
        return build_value(run_host(host_locale.bindtextdomain, domain, directory))

    @function("($module, domain, codeset, /)")
    def bind_textdomain_codeset(w_domain, w_codeset):
        """Bind the C library's domain to codeset."""
        domain = str_arg("bind_textdomain_codeset", 1, w_domain)
        codeset = str_arg("bind_textdomain_codeset", 2, w_codeset, allow_none=True)
        return build_value(run_host(host_locale.bind_textdomain_codeset, domain, codeset))

    @staticmethod
    def init_module(w_module):
        from glass.objects.exceptions import new_exception_class
        if not W_LOCALE_ERROR:
            W_LOCALE_ERROR.append(new_exception_class("locale.Error",
                                                      EXCEPTION_TYPES["Exception"]))
        w_module.w_dict.setitem_str("Error", W_LOCALE_ERROR[0])
        for name in CONSTANT_NAMES:
            w_value = build_value(getattr(host_locale, name))
            w_module.w_dict.setitem_str(name, w_value)
            decref(w_value)
