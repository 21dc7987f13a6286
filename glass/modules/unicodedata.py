"""The unicodedata module: the Unicode Character Database.

Counterpart: Modules/unicodedata.c.

The database is the host's unicodedata.  On a CPython 3.11 host that is
exactly the guest's database (Unicode 14.0.0).  A PyPy 3.9 host carries an
older one (13.0.0), and Glass then answers from it, saying so in
`unidata_version` and in the module's __doc__: a documented divergence,
since reproducing the database would mean shipping its tables.

This file owns the guest side: CPython's argument checks and messages, the
module-level functions (the current version), and the UCD type whose one
instance, ucd_3_2_0, answers for Unicode 3.2.0 (what IDNA needs).
`_ucnhash_CAPI`, a capsule for C code, is absent: Glass has no capsules.
"""
from __future__ import annotations

import unicodedata as host_unicodedata

from glass.modules import builtin_module, function
from glass.objects.exceptions import (OperationError, argument_type_name, operation_error,
                                      type_error)
from glass.objects.object import W_Object
from glass.objects.type import builtin_type, getter, method

NORMAL_FORMS = ("NFC", "NFKC", "NFD", "NFKD")


# --- Arguments and results -----------------------------------------------------------

def character(w_chr, func_name, position=""):
    """Clinic's int(accept={str}) converter: a str of exactly one character."""
    from glass.objects.str import W_Str
    if not isinstance(w_chr, W_Str) or len(w_chr.value) != 1:
        raise type_error("%s() argument%s must be a unicode character, not %s"
                         % (func_name, position, argument_type_name(w_chr)))
    return w_chr.value


def text(w_value, func_name, position):
    from glass.objects.str import W_Str
    if not isinstance(w_value, W_Str):
        raise type_error("%s() argument %s must be str, not %s"
                         % (func_name, position, argument_type_name(w_value)))
    return w_value.value


def _str(value):
    from glass.objects.str import new_str
    return new_str(value)


def _int(value):
    from glass.objects.int import new_int
    return new_int(value)


def with_default(host_func, char, w_default):
    """decimal/digit/numeric/name: the host's answer, else the default, else
    the host's ValueError as the guest's."""
    try:
        return host_func(char)
    except ValueError as error:
        if w_default is not None:
            w_default.ob_refcnt += 1
            return w_default
        raise operation_error("ValueError", str(error))


# --- The queries, on a host database (the module, or its ucd_3_2_0) ------------------

def query_decimal(db, w_chr, w_default):
    char = character(w_chr, "decimal", " 1")
    result = with_default(db.decimal, char, w_default)
    return result if isinstance(result, W_Object) else _int(result)


def query_digit(db, w_chr, w_default):
    char = character(w_chr, "digit", " 1")
    result = with_default(db.digit, char, w_default)
    return result if isinstance(result, W_Object) else _int(result)


def query_numeric(db, w_chr, w_default):
    from glass.objects.float import new_float
    char = character(w_chr, "numeric", " 1")
    result = with_default(db.numeric, char, w_default)
    return result if isinstance(result, W_Object) else new_float(result)


def query_name(db, w_chr, w_default):
    char = character(w_chr, "name", " 1")
    result = with_default(db.name, char, w_default)
    return result if isinstance(result, W_Object) else _str(result)


def query_lookup(db, w_name):
    """lookup(): a str (as UTF-8) or a read-only bytes-like name ("s#")."""
    from glass.objects import stringlib
    from glass.objects.bytearray import W_ByteArray
    from glass.objects.str import W_Str
    if isinstance(w_name, W_Str):
        name = w_name.value
    else:
        data = stringlib.getbuffer(w_name)
        if data is None:
            raise type_error("a bytes-like object is required, not '%s'"
                             % w_name.ob_type.name)
        if isinstance(w_name, W_ByteArray):
            raise type_error("lookup() argument must be read-only bytes-like object, "
                             "not %s" % w_name.ob_type.name)
        name = bytes(data)
    try:
        return _str(db.lookup(name))
    except KeyError as error:
        from glass.objects.exceptions import EXCEPTION_TYPES, new_exception
        raise OperationError(new_exception(EXCEPTION_TYPES["KeyError"], error.args[0]))
    except UnicodeDecodeError:
        # CPython reads the bytes as Latin-1-ish C chars: no such name.
        from glass.objects.exceptions import EXCEPTION_TYPES, new_exception
        raise OperationError(new_exception(
            EXCEPTION_TYPES["KeyError"],
            "undefined character name '%s'" % name.decode("latin-1")))


def query_form(db, name, w_form, w_unistr):
    form = text(w_form, name, "1")
    unistr = text(w_unistr, name, "2")
    if form not in NORMAL_FORMS:
        raise operation_error("ValueError", "invalid normalization form")
    if name == "normalize":
        return _str(db.normalize(form, unistr))
    from glass.objects.bool import new_bool
    return new_bool(db.is_normalized(form, unistr))


# --- The UCD type ------------------------------------------------------------------------------

@builtin_type("unicodedata.UCD")
class W_UCD(W_Object):
    """A Unicode database of one version (CPython's PreviousDBVersion)."""
    __slots__ = ("db",)

    def __init__(self, db):
        W_Object.__init__(self, W_UCD.w_type)
        self.db = db                      # the host's database object

    @getter("unidata_version", member=True)
    def get_unidata_version(self):
        return _str(self.db.unidata_version)

    @method("($self, chr, default=<unrepresentable>, /)")
    def decimal(self, w_chr, w_default):
        """Converts a Unicode character into its equivalent decimal value.

Returns the decimal value assigned to the character chr as integer.
If no such value is defined, default is returned, or, if not given,
ValueError is raised."""
        return query_decimal(self.db, w_chr, w_default)

    @method("($self, chr, default=<unrepresentable>, /)")
    def digit(self, w_chr, w_default):
        """Converts a Unicode character into its equivalent digit value.

Returns the digit value assigned to the character chr as integer.
If no such value is defined, default is returned, or, if not given,
ValueError is raised."""
        return query_digit(self.db, w_chr, w_default)

    @method("($self, chr, default=<unrepresentable>, /)")
    def numeric(self, w_chr, w_default):
        """Converts a Unicode character into its equivalent numeric value.

Returns the numeric value assigned to the character chr as float.
If no such value is defined, default is returned, or, if not given,
ValueError is raised."""
        return query_numeric(self.db, w_chr, w_default)

    @method("($self, chr, /)")
    def category(self, w_chr):
        """Returns the general category assigned to the character chr as string."""
        return _str(self.db.category(character(w_chr, "category")))

    @method("($self, chr, /)")
    def bidirectional(self, w_chr):
        """Returns the bidirectional class assigned to the character chr as string.

If no such value is defined, an empty string is returned."""
        return _str(self.db.bidirectional(character(w_chr, "bidirectional")))

    @method("($self, chr, /)")
    def combining(self, w_chr):
        """Returns the canonical combining class assigned to the character chr as integer.

Returns 0 if no combining class is defined."""
        return _int(self.db.combining(character(w_chr, "combining")))

    @method("($self, chr, /)")
    def mirrored(self, w_chr):
        """Returns the mirrored property assigned to the character chr as integer.

Returns 1 if the character has been identified as a "mirrored"
character in bidirectional text, 0 otherwise."""
        return _int(self.db.mirrored(character(w_chr, "mirrored")))

    @method("($self, chr, /)")
    def east_asian_width(self, w_chr):
        """Returns the east asian width assigned to the character chr as string."""
        return _str(self.db.east_asian_width(character(w_chr, "east_asian_width")))

    @method("($self, chr, /)")
    def decomposition(self, w_chr):
        """Returns the character decomposition mapping assigned to the character chr as string.

An empty string is returned in case no such mapping is defined."""
        return _str(self.db.decomposition(character(w_chr, "decomposition")))

    @method("($self, form, unistr, /)")
    def is_normalized(self, w_form, w_unistr):
        """Return whether the Unicode string unistr is in the normal form 'form'.

Valid values for form are 'NFC', 'NFKC', 'NFD', and 'NFKD'."""
        return query_form(self.db, "is_normalized", w_form, w_unistr)

    @method("($self, form, unistr, /)")
    def normalize(self, w_form, w_unistr):
        """Return the normal form 'form' for the Unicode string unistr.

Valid values for form are 'NFC', 'NFKC', 'NFD', and 'NFKD'."""
        return query_form(self.db, "normalize", w_form, w_unistr)

    @method("($self, chr, default=<unrepresentable>, /)")
    def name(self, w_chr, w_default):
        """Returns the name assigned to the character chr as a string.

If no name is defined, default is returned, or, if not given,
ValueError is raised."""
        return query_name(self.db, w_chr, w_default)

    @method("($self, name, /)")
    def lookup(self, w_name):
        """Look up character by name.

If a character with the given name is found, return the
corresponding character.  If not found, KeyError is raised."""
        return query_lookup(self.db, w_name)


# --- The module: the same queries on the current database -----------------------------------

class CurrentDatabase:
    """What the UCD methods need of `self` when the module calls them."""
    db = host_unicodedata


CURRENT = CurrentDatabase()


def _module_function(ucd_method):
    """A module function made from a UCD method: the same signature, docstring
    and code, asked of the current database (CPython passes the module as
    `self`, and the methods see that it is not a UCD object)."""
    guest_name, signature, _kind, _doc = ucd_method._glass_method

    def call(*args_w):
        return ucd_method(CURRENT, *args_w)
    call.__name__ = guest_name
    call.__doc__ = ucd_method.__doc__
    return function(signature, name=guest_name)(call)


def _module_doc(version):
    return ("This module provides access to the Unicode Character Database which\n"
            "defines character properties for all Unicode characters. The data in\n"
            "this database is based on the UnicodeData.txt file version\n"
            "%s which is publicly available from ftp://ftp.unicode.org/.\n\n"
            "The module uses the same names and symbols as defined by the\n"
            "UnicodeData File Format %s." % (version, version))


@builtin_module("unicodedata", doc=_module_doc(host_unicodedata.unidata_version))
class UnicodedataModule:
    decimal = _module_function(W_UCD.decimal)
    digit = _module_function(W_UCD.digit)
    numeric = _module_function(W_UCD.numeric)
    category = _module_function(W_UCD.category)
    bidirectional = _module_function(W_UCD.bidirectional)
    combining = _module_function(W_UCD.combining)
    mirrored = _module_function(W_UCD.mirrored)
    east_asian_width = _module_function(W_UCD.east_asian_width)
    decomposition = _module_function(W_UCD.decomposition)
    is_normalized = _module_function(W_UCD.is_normalized)
    normalize = _module_function(W_UCD.normalize)
    name = _module_function(W_UCD.name)
    lookup = _module_function(W_UCD.lookup)

    @staticmethod
    def init_module(w_module):
        from glass.objects.object import decref
        from glass.objects.type import ready
        ready(W_UCD.w_type)
        W_UCD.w_type.tp_new = None            # cannot create 'unicodedata.UCD' instances
        W_UCD.w_type.dict.pop("__new__", None)
        w_dict = w_module.w_dict
        w_dict.setitem_str("UCD", W_UCD.w_type)
        w_version = _str(host_unicodedata.unidata_version)
        w_dict.setitem_str("unidata_version", w_version)
        decref(w_version)
        w_old = W_UCD(host_unicodedata.ucd_3_2_0)
        w_dict.setitem_str("ucd_3_2_0", w_old)
        decref(w_old)
