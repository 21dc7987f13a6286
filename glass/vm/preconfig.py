"""The UTF-8 mode and the encoding and error handler of sys.stdin/stdout/stderr.

Counterpart: Python/preconfig.c (preconfig_init_utf8_mode) and the stdio
part of Python/initconfig.c (config_init_stdio_encoding,
config_get_stdio_errors, config_get_locale_encoding) with
Python/pylifecycle.c's init_stdio_encoding.

CPython decides both from the command line, the environment and the
LC_CTYPE locale before anything runs: the "C" and "POSIX" locales switch
the UTF-8 mode on, and the UTF-8 mode, those locales and the locales that
locale coercion targets (C.UTF-8...) make stdin and stdout use
surrogateescape, so undecodable bytes survive a round trip.
"""
from __future__ import annotations

import platform
import sys

# _Py_IsLocaleCoercionTarget: the locales PEP 538 coerces "C" to.
COERCION_TARGETS = ("C.UTF-8", "C.utf8", "UTF-8")


def _environ(config):
    import os
    return {} if getattr(config, "ignore_environment", False) else os.environ


def utf8_mode(config):
    """preconfig_init_utf8_mode: -X utf8[=0|1], then PYTHONUTF8, then 1 in the
    C or POSIX locale, else 0."""
    xoptions = getattr(config, "xoptions", None) or {}
    if "utf8" in xoptions:
        return 0 if xoptions["utf8"] == "0" else 1
    explicit = _environ(config).get("PYTHONUTF8")
    if explicit:
        return 1 if explicit == "1" else 0
    return 1 if _locale_was_c_at_startup() else 0


def warn_default_encoding(config):
    """config->warn_default_encoding: -X warn_default_encoding or
    PYTHONWARNDEFAULTENCODING (PEP 597)."""
    xoptions = getattr(config, "xoptions", None) or {}
    return "warn_default_encoding" in xoptions or \
        bool(_environ(config).get("PYTHONWARNDEFAULTENCODING"))


def _locale_was_c_at_startup():
    """Was LC_CTYPE "C" or "POSIX" when the interpreter started, before any
    locale coercion?  A CPython host made the same decision from the same
    environment (coercion then changed LC_CTYPE, so the environment no longer
    tells); another host is asked what the environment's locale is."""
    import os
    if platform.python_implementation() == "CPython" and "PYTHONUTF8" not in os.environ \
            and sys.version_info >= (3, 7):
        return bool(sys.flags.utf8_mode)
    return _env_locale() in ("C", "POSIX")


def _env_locale():
    """setlocale(LC_CTYPE, NULL) after _Py_SetLocaleFromEnv(LC_CTYPE)."""
    import locale
    if platform.python_implementation() != "CPython":
        try:
            locale.setlocale(locale.LC_CTYPE, "")
        except locale.Error:
            pass
    return locale.setlocale(locale.LC_CTYPE)


def _ctype_locale():
    """The LC_CTYPE locale after PEP 538's locale coercion too (which a
    CPython host has done already)."""
    import locale
    _env_locale()
    if platform.python_implementation() != "CPython":
        _coerce_c_locale()
    return locale.setlocale(locale.LC_CTYPE)


def _coerce_c_locale():
    """_Py_CoerceLegacyLocale: in the C or POSIX locale, unless LC_ALL is set
    or PYTHONCOERCECLOCALE=0, LC_CTYPE becomes the first coercion target the
    system has (and the environment says so, for child processes too)."""
    import locale
    import os
    if locale.setlocale(locale.LC_CTYPE) not in ("C", "POSIX") or os.environ.get("LC_ALL") \
            or os.environ.get("PYTHONCOERCECLOCALE") == "0":
        return
    for target in COERCION_TARGETS:
        try:
            locale.setlocale(locale.LC_CTYPE, target)
        except locale.Error:
            continue
        os.environ["LC_CTYPE"] = target
        return


def stdio_encoding_and_errors(config):
    """config_init_stdio_encoding: (encoding, errors) for stdin and stdout
    (stderr always uses backslashreplace).  PYTHONIOENCODING=enc:errors wins;
    an encoding given there without errors means strict."""
    encoding = errors = None
    setting = _environ(config).get("PYTHONIOENCODING")
    if setting:
        named, _, named_errors = setting.partition(":")
        if named:
            encoding = named
            errors = named_errors or "strict"
        elif named_errors:
            errors = named_errors
    mode = utf8_mode(config)
    if encoding is None:
        encoding = "utf-8" if mode else _locale_encoding()
    if errors is None:
        errors = _default_stdio_errors(mode)
    return encoding, errors


def _locale_encoding():
    """_Py_GetLocaleEncoding: nl_langinfo(CODESET), or UTF-8 when it is empty."""
    import locale
    _ctype_locale()
    try:
        codeset = locale.nl_langinfo(locale.CODESET)
    except (AttributeError, ValueError):
        codeset = ""
    return codeset or "utf-8"


def _default_stdio_errors(mode):
    """config_get_stdio_errors."""
    if mode:
        return "surrogateescape"
    current = _ctype_locale()
    if current in ("C", "POSIX") or current in COERCION_TARGETS:
        return "surrogateescape"
    return "strict"


def codec_name(encoding):
    """config_get_codec_name: the codec's own name for an encoding
    ('latin-1' -> 'iso8859-1'), or None if there is no such codec."""
    import codecs
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        return None
