"""The _string module: the format-string parser string.Formatter uses.

Counterpart: Objects/unicodeobject.c (formatter_parser,
formatter_field_name_split) over Objects/stringlib/unicode_format.h.

The parse is the host's own _string functions (the same algorithm and
messages); the iterators they return are materialised into guest lists at
once, since parsing has no side effects.
"""
from __future__ import annotations

import _string as host_string

from glass.objects.buildvalue import build_value
from glass.objects.signature import fastcall
from glass.modules import builtin_module, function
from glass.objects.exceptions import operation_error, type_error


def _parse(func, w_str):
    from glass.objects.str import W_Str
    if not isinstance(w_str, W_Str):
        raise type_error("expected str, got %s" % w_str.ob_type.name)
    try:
        return func(w_str.value)
    except ValueError as error:
        raise operation_error("ValueError", str(error))


def _list_iterator(values):
    from glass.objects import abstract
    from glass.objects.list import W_List
    from glass.objects.object import decref
    w_list = W_List([build_value(v) for v in values])
    try:
        return abstract.iter(w_list)
    finally:
        decref(w_list)


@builtin_module("_string")
class StringModule:
    """string helper module"""

    @fastcall
    @function("($module, str, /)")
    def formatter_parser(w_str):
        """parse the argument as a format string"""
        def parse_all(text):
            return list(host_string.formatter_parser(text))
        parse_all.__name__ = "formatter_parser"
        return _list_iterator(_parse(parse_all, w_str))

    @fastcall
    @function("($module, str, /)")
    def formatter_field_name_split(w_str):
        """split the argument as a field name"""
        from glass.objects.tuple import new_tuple_owned

        def split(text):
            first, rest = host_string.formatter_field_name_split(text)
            return first, list(rest)
        split.__name__ = "formatter_field_name_split"
        first, rest = _parse(split, w_str)
        return new_tuple_owned([build_value(first), _list_iterator(rest)])
