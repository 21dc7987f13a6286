"""Guest strs.

Counterpart: Objects/unicodeobject.c (PyUnicodeObject, unicode_methods,
unicode_repr, PyUnicode_Concat, the latin-1 singletons, interning) with
Objects/unicodectype.c; str.format and %-formatting are in
glass/objects/strformat.py, the algorithms shared with bytes in
glass/objects/stringlib.py.

A W_Str holds a host str (which, like CPython's, may hold lone surrogates).
The empty string and the 256 one-character latin-1 strings are shared
singletons, as in CPython, so `'abc'[0] is 'a'` holds; identifiers are
interned (one W_Str per name), as CPython interns the names in code objects.

# Divergence: the Unicode database is the host's (isprintable, isidentifier,
# case mappings, str.split's whitespace).  On a CPython 3.11 host it is
# CPython's own; a 3.9 host (Unicode 13.0 rather than 14.0) differs only on
# characters added in Unicode 14.
"""
from __future__ import annotations

from glass.objects import abstract, stringlib
from glass.objects.exceptions import (EXCEPTION_TYPES, OperationError, argument_type_name,
                                      index_error, operation_error, overflow_error, type_error,
                                      value_error)
from glass.objects.object import W_Object, decref
from glass.objects.signature import no_text_signature, parse_tuple
from glass.objects.type import (BASETYPE, EQ, GT, LE, LT, MATCH_SELF, NE, UNICODE_SUBCLASS,
                                NO_DOC, builtin_type, method, slot)


@builtin_type("str", flags=BASETYPE | UNICODE_SUBCLASS | MATCH_SELF)
class W_Str(W_Object):
    """str(object='') -> str
str(bytes_or_buffer[, encoding[, errors]]) -> str

Create a new string object from the given object. If encoding or
errors is specified, then the object must expose a data buffer
that will be decoded using the given encoding and error handler.
Otherwise, returns the result of object.__str__() (if defined)
or repr(object).
encoding defaults to sys.getdefaultencoding().
errors defaults to 'strict'."""
    __slots__ = ("value", "hash_cache")

    def __init__(self, value, w_type=None):
        self.ob_refcnt = 1
        self.ob_type = w_type or W_Str.w_type
        self.value = value
        self.hash_cache = -1

    def unchanged(self):
        """unicode_result_unchanged: self when exact, else an exact copy."""
        if self.ob_type is W_Str.w_type:
            self.ob_refcnt += 1
            return self
        return new_str(self.value)

    def result(self, text):
        """The result of strip, lstrip, rstrip: self (or an exact copy) when
        nothing was removed, as _PyUnicode_XStrip does, else a new str."""
        if len(text) == len(self.value):
            return self.unchanged()
        return new_str(text)

    # --- object slots --------------------------------------------------------

    @slot("tp_repr")
    def repr(self):
        return new_str(str_repr(self.value))

    @slot("tp_str")
    def str(self):
        return self.unchanged()

    @slot("tp_hash")
    def hash(self):
        if self.hash_cache == -1:
            self.hash_cache = hash_str(self.value)
        return self.hash_cache

    @slot("tp_richcompare")
    def richcompare(self, w_other, op):
        """Counterpart: PyUnicode_RichCompare (code point order)."""
        if not isinstance(w_other, W_Str):
            w_NotImplemented.ob_refcnt += 1
            return w_NotImplemented
        a, b = self.value, w_other.value
        if op == EQ:
            return new_bool(a == b)
        if op == NE:
            return new_bool(a != b)
        if op == LT:
            return new_bool(a < b)
        if op == LE:
            return new_bool(a <= b)
        if op == GT:
            return new_bool(a > b)
        return new_bool(a >= b)

    @slot("tp_iter")
    def iter(self):
        if self.value.isascii():
            return W_StrAsciiIter(self)
        return W_StrIter(self)

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        """Counterpart: unicode_new_impl and unicode_subtype_new."""
        w_obj, w_encoding, w_errors = _NEW_SIGNATURE.bind("str", args_w, kwnames)
        if w_obj is None:
            text = ""
        elif w_encoding is None and w_errors is None:
            w_res = abstract.str(w_obj)
            text = w_res.value
            if w_type is W_Str.w_type:
                return w_res
            decref(w_res)
        else:
            encoding = "utf-8" if w_encoding is None else \
                str_arg(w_encoding, "str() argument 'encoding'")
            errors = "strict" if w_errors is None else \
                str_arg(w_errors, "str() argument 'errors'")
            text = decode_object(w_obj, encoding, errors)
        if w_type is W_Str.w_type:
            return new_str(text)
        return new_subtype_str(w_type, text)

    # --- sequence and mapping slots ---------------------------------------------

    @slot("sq_length")
    def length(self):
        return len(self.value)

    @slot("sq_concat")
    def concat(self, w_other):
        """Counterpart: PyUnicode_Concat (an empty operand gives the other back)."""
        if not isinstance(w_other, W_Str):
            raise type_error('can only concatenate str (not "%s") to str'
                             % w_other.ob_type.name)
        if not self.value:
            return w_other.unchanged()
        if not w_other.value:
            return self.unchanged()
        return W_Str(self.value + w_other.value)

    @slot("sq_repeat")
    def repeat(self, count):
        """Counterpart: unicode_repeat."""
        text = self.value
        if count < 1 or not text:
            return new_str("")
        if count == 1:
            return self.unchanged()
        if len(text) > stringlib.SSIZE_MAX // count:
            raise overflow_error("repeated string is too long")
        return new_str(stringlib.repeat(text, count))

    @slot("sq_item")
    def item(self, index):
        """Counterpart: unicode_getitem."""
        text = self.value
        if index < 0 or index >= len(text):
            raise index_error("string index out of range")
        return new_str(text[index])

    @slot("mp_subscript")
    def subscript(self, w_key):
        """Counterpart: unicode_subscript: an index or a slice."""
        text = self.value
        if type(w_key) is W_Int and -_SSIZE_LIMIT <= w_key.value < _SSIZE_LIMIT:
            index = w_key.value              # an exact int that fits: no __index__ call
            if index < 0:
                index += len(text)
            return self.item(index)
        if w_key.ob_type.nb_index is not None:
            index = abstract.index_as_ssize(w_key)
            if index < 0:
                index += len(text)
            return self.item(index)
        if isinstance(w_key, W_Slice):
            start, stop, step, length = w_key.indices(len(text))
            if length <= 0:
                return new_str("")
            if start == 0 and step == 1 and length == len(text):
                return self.unchanged()
            if step == 1:
                return new_str(text[start:stop])
            return fresh_str(text[stringlib.host_slice(start, stop, step)])
        raise type_error("string indices must be integers, not '%s'"
                         % w_key.ob_type.name)

    @slot("sq_contains")
    def contains(self, w_item):
        if not isinstance(w_item, W_Str):
            raise type_error("'in <string>' requires string as left operand, not %s"
                             % w_item.ob_type.name)
        return w_item.value in self.value

    @slot("nb_remainder")
    def mod(self, w_args):
        """Counterpart: unicode_mod: printf-style formatting (str % args)."""
        from glass.objects.strformat import unicode_format
        if not isinstance(self, W_Str):
            w_NotImplemented.ob_refcnt += 1
            return w_NotImplemented
        return unicode_format(self, w_args)

    # --- methods, in the order of unicode_methods --------------------------------

    @method("($self, /, encoding='utf-8', errors='strict')")
    def encode(self, w_encoding, w_errors):
        """Encode the string using the codec registered for encoding.

  encoding
    The encoding in which to encode the string.
  errors
    The error handling scheme to use for encoding errors.
    The default is 'strict' meaning that encoding errors raise a
    UnicodeEncodeError.  Other possible values are 'ignore', 'replace' and
    'xmlcharrefreplace' as well as any other name registered with
    codecs.register_error that can handle UnicodeEncodeErrors."""
        from glass.objects.bytes import new_bytes
        encoding = "utf-8" if w_encoding is None else \
            str_arg(w_encoding, "encode() argument 'encoding'")
        errors = "strict" if w_errors is None else \
            str_arg(w_errors, "encode() argument 'errors'")
        return new_bytes(encode_text(self.value, encoding, errors))

    @method("($self, old, new, count=-1, /)")
    def replace(self, w_old, w_new, w_count):
        """Return a copy with all occurrences of substring old replaced by new.

  count
    Maximum number of occurrences to replace.
    -1 (the default value) means replace all occurrences.

If the optional argument count is given, only the first count occurrences are
replaced."""
        old = str_arg(w_old, "replace() argument 1")
        new = str_arg(w_new, "replace() argument 2")
        count = -1 if w_count is None else stringlib.ssize_arg(w_count)
        text = self.value.replace(old, new, count)
        if count == 0 or w_old is w_new or (not old and not new) or \
                old not in self.value:
            return self.unchanged()              # replace(): "nothing to replace"
        return fresh_str(text)

    @method("($self, /, sep=None, maxsplit=-1)")
    def split(self, w_sep, w_maxsplit):
        """Return a list of the substrings in the string, using sep as the separator string.

  sep
    The separator used to split the string.

    When set to None (the default value), will split on any whitespace
    character (including \\n \\r \\t \\f and spaces) and will discard
    empty strings from the result.
  maxsplit
    Maximum number of splits (starting from the left).
    -1 (the default value) means no limit.

Note, str.split() is mainly useful for data that has been intentionally
delimited.  With natural text that includes punctuation, consider using
the regular expression module."""
        maxsplit = stringlib.maxsplit_arg(w_maxsplit)
        sep = _sep_arg(w_sep)
        return self.list_of(self.value.split(sep, maxsplit))

    @method("($self, /, sep=None, maxsplit=-1)")
    def rsplit(self, w_sep, w_maxsplit):
        """Return a list of the substrings in the string, using sep as the separator string.

  sep
    The separator used to split the string.

    When set to None (the default value), will split on any whitespace
    character (including \\n \\r \\t \\f and spaces) and will discard
    empty strings from the result.
  maxsplit
    Maximum number of splits (starting from the left).
    -1 (the default value) means no limit.

Splitting starts at the end of the string and works to the front."""
        maxsplit = stringlib.maxsplit_arg(w_maxsplit)
        sep = _sep_arg(w_sep)
        return self.list_of(self.value.rsplit(sep, maxsplit))

    @method("($self, iterable, /)")
    def join(self, w_iterable):
        """Concatenate any number of strings.

The string whose method is called is inserted in between each given string.
The result is returned as a new string.

Example: '.'.join(['ab', 'pq', 'rs']) -> 'ab.pq.rs'"""
        items_w = stringlib.sequence_fast(w_iterable, "can only join an iterable")
        try:
            if len(items_w) == 1 and items_w[0].ob_type is W_Str.w_type:
                w_only = items_w[0]
                w_only.ob_refcnt += 1      # PyUnicode_Join gives the one item back
                return w_only
            parts = []
            for index, w_item in enumerate(items_w):
                if not isinstance(w_item, W_Str):
                    raise type_error("sequence item %d: expected str instance, %s found"
                                     % (index, w_item.ob_type.name))
                parts.append(w_item.value)
        finally:
            for w_item in items_w:
                decref(w_item)
        return fresh_str(self.value.join(parts))

    @method("($self, /)")
    def capitalize(self):
        """Return a capitalized version of the string.

More specifically, make the first character have upper case and the rest lower
case."""
        return fresh_str(self.value.capitalize())

    @method("($self, /)")
    def casefold(self):
        """Return a version of the string suitable for caseless comparisons."""
        return fresh_str(self.value.casefold())

    @method("($self, /)")
    def title(self):
        """Return a version of the string where each word is titlecased.

More specifically, words start with uppercased characters and all remaining
cased characters have lower case."""
        return fresh_str(self.value.title())

    @method("($self, width, fillchar=' ', /)")
    def center(self, w_width, w_fillchar):
        """Return a centered string of length width.

Padding is done using the specified fill character (default is a space)."""
        return self.pad(w_width, w_fillchar, "center")

    @parse_tuple
    @method("($self, sub, start=None, end=None, /)")
    def count(self, w_sub, w_start, w_end):
        """S.count(sub[, start[, end]]) -> int

Return the number of non-overlapping occurrences of substring sub in
string S[start:end].  Optional arguments start and end are
interpreted as in slice notation."""
        start, end = stringlib.slice_index(w_start), stringlib.slice_index(w_end)
        return new_int(self.value.count(_sub_arg(w_sub), start, end))

    @method("($self, /, tabsize=8)")
    def expandtabs(self, w_tabsize):
        """Return a copy where all tab characters are expanded using spaces.

If tabsize is not given, a tab size of 8 characters is assumed."""
        tabsize = 8 if w_tabsize is None else stringlib.int_arg(w_tabsize)
        text = self.value.expandtabs(tabsize)
        if "\t" not in self.value:
            return self.unchanged()
        return new_str(text)

    @parse_tuple
    @method("($self, sub, start=None, end=None, /)")
    def find(self, w_sub, w_start, w_end):
        """S.find(sub[, start[, end]]) -> int

Return the lowest index in S where substring sub is found,
such that sub is contained within S[start:end].  Optional
arguments start and end are interpreted as in slice notation.

Return -1 on failure."""
        return new_int(self.find_impl(w_sub, w_start, w_end, False))

    @method("($self, sep, /)")
    def partition(self, w_sep):
        """Partition the string into three parts using the given separator.

This will search for the separator in the string.  If the separator is found,
returns a 3-tuple containing the part before the separator, the separator
itself, and the part after it.

If the separator is not found, returns a 3-tuple containing the original string
and two empty strings."""
        return self.partition_impl(w_sep, False)

    @parse_tuple
    @method("($self, sub, start=None, end=None, /)")
    def index(self, w_sub, w_start, w_end):
        """S.index(sub[, start[, end]]) -> int

Return the lowest index in S where substring sub is found,
such that sub is contained within S[start:end].  Optional
arguments start and end are interpreted as in slice notation.

Raises ValueError when the substring is not found."""
        result = self.find_impl(w_sub, w_start, w_end, False)
        if result < 0:
            raise value_error("substring not found")
        return new_int(result)

    @method("($self, width, fillchar=' ', /)")
    def ljust(self, w_width, w_fillchar):
        """Return a left-justified string of length width.

Padding is done using the specified fill character (default is a space)."""
        return self.pad(w_width, w_fillchar, "ljust")

    @method("($self, /)")
    def lower(self):
        """Return a copy of the string converted to lowercase."""
        return fresh_str(self.value.lower())

    @method("($self, chars=None, /)")
    def lstrip(self, w_chars):
        """Return a copy of the string with leading whitespace removed.

If chars is given and not None, remove characters in chars instead."""
        return self.result(self.value.lstrip(_strip_arg(w_chars, "lstrip")))

    @parse_tuple
    @method("($self, sub, start=None, end=None, /)")
    def rfind(self, w_sub, w_start, w_end):
        """S.rfind(sub[, start[, end]]) -> int

Return the highest index in S where substring sub is found,
such that sub is contained within S[start:end].  Optional
arguments start and end are interpreted as in slice notation.

Return -1 on failure."""
        return new_int(self.find_impl(w_sub, w_start, w_end, True))

    @parse_tuple
    @method("($self, sub, start=None, end=None, /)")
    def rindex(self, w_sub, w_start, w_end):
        """S.rindex(sub[, start[, end]]) -> int

Return the highest index in S where substring sub is found,
such that sub is contained within S[start:end].  Optional
arguments start and end are interpreted as in slice notation.

Raises ValueError when the substring is not found."""
        result = self.find_impl(w_sub, w_start, w_end, True)
        if result < 0:
            raise value_error("substring not found")
        return new_int(result)

    @method("($self, width, fillchar=' ', /)")
    def rjust(self, w_width, w_fillchar):
        """Return a right-justified string of length width.

Padding is done using the specified fill character (default is a space)."""
        return self.pad(w_width, w_fillchar, "rjust")

    @method("($self, chars=None, /)")
    def rstrip(self, w_chars):
        """Return a copy of the string with trailing whitespace removed.

If chars is given and not None, remove characters in chars instead."""
        return self.result(self.value.rstrip(_strip_arg(w_chars, "rstrip")))

    @method("($self, sep, /)")
    def rpartition(self, w_sep):
        """Partition the string into three parts using the given separator.

This will search for the separator in the string, starting at the end. If
the separator is found, returns a 3-tuple containing the part before the
separator, the separator itself, and the part after it.

If the separator is not found, returns a 3-tuple containing two empty strings
and the original string."""
        return self.partition_impl(w_sep, True)

    @method("($self, /, keepends=False)")
    def splitlines(self, w_keepends):
        """Return a list of the lines in the string, breaking at line boundaries.

Line breaks are not included in the resulting list unless keepends is given and
true."""
        keepends = stringlib.keepends_arg(w_keepends)
        return self.list_of(self.value.splitlines(keepends))

    @method("($self, chars=None, /)")
    def strip(self, w_chars):
        """Return a copy of the string with leading and trailing whitespace removed.

If chars is given and not None, remove characters in chars instead."""
        return self.result(self.value.strip(_strip_arg(w_chars, "strip")))

    @method("($self, /)")
    def swapcase(self):
        """Convert uppercase characters to lowercase and lowercase characters to uppercase."""
        return fresh_str(self.value.swapcase())

    @method("($self, table, /)")
    def translate(self, w_table):
        """Replace each character in the string using the given translation table.

  table
    Translation table, which must be a mapping of Unicode ordinals to
    Unicode ordinals, strings, or None.

The table must implement lookup/indexing via __getitem__, for instance a
dictionary or list.  If this operation raises LookupError, the character is
left untouched.  Characters mapped to None are deleted."""
        if not self.value:
            return self.unchanged()
        return new_str(translate_charmap(self.value, w_table))

    @method("($self, /)")
    def upper(self):
        """Return a copy of the string converted to uppercase."""
        return fresh_str(self.value.upper())

    @parse_tuple
    @method("($self, prefix, start=None, end=None, /)")
    def startswith(self, w_prefix, w_start, w_end):
        """S.startswith(prefix[, start[, end]]) -> bool

Return True if S starts with the specified prefix, False otherwise.
With optional start, test S beginning at that position.
With optional end, stop comparing S at that position.
prefix can also be a tuple of strings to try."""
        return new_bool(stringlib.tailmatch("startswith", self.value, w_prefix,
                                            w_start, w_end, _tail_arg, "str"))

    @parse_tuple
    @method("($self, suffix, start=None, end=None, /)")
    def endswith(self, w_suffix, w_start, w_end):
        """S.endswith(suffix[, start[, end]]) -> bool

Return True if S ends with the specified suffix, False otherwise.
With optional start, test S beginning at that position.
With optional end, stop comparing S at that position.
suffix can also be a tuple of strings to try."""
        return new_bool(stringlib.tailmatch("endswith", self.value, w_suffix,
                                            w_start, w_end, _tail_arg, "str"))

    @method("($self, prefix, /)")
    def removeprefix(self, w_prefix):
        """Return a str with the given prefix string removed if present.

If the string starts with the prefix string, return string[len(prefix):].
Otherwise, return a copy of the original string."""
        prefix = str_arg(w_prefix, "removeprefix() argument")
        if prefix and self.value.startswith(prefix):
            return new_str(self.value[len(prefix):])
        return self.unchanged()

    @method("($self, suffix, /)")
    def removesuffix(self, w_suffix):
        """Return a str with the given suffix string removed if present.

If the string ends with the suffix string and that suffix is not empty,
return string[:-len(suffix)]. Otherwise, return a copy of the original
string."""
        suffix = str_arg(w_suffix, "removesuffix() argument")
        if suffix and self.value.endswith(suffix):
            return new_str(self.value[:len(self.value) - len(suffix)])
        return self.unchanged()

    @method("($self, /)")
    def isascii(self):
        """Return True if all characters in the string are ASCII, False otherwise.

ASCII characters have code points in the range U+0000-U+007F.
Empty string is ASCII too."""
        return new_bool(self.value.isascii())

    @method("($self, /)")
    def islower(self):
        """Return True if the string is a lowercase string, False otherwise.

A string is lowercase if all cased characters in the string are lowercase and
there is at least one cased character in the string."""
        return new_bool(self.value.islower())

    @method("($self, /)")
    def isupper(self):
        """Return True if the string is an uppercase string, False otherwise.

A string is uppercase if all cased characters in the string are uppercase and
there is at least one cased character in the string."""
        return new_bool(self.value.isupper())

    @method("($self, /)")
    def istitle(self):
        """Return True if the string is a title-cased string, False otherwise.

In a title-cased string, upper- and title-case characters may only
follow uncased characters and lowercase characters only cased ones."""
        return new_bool(self.value.istitle())

    @method("($self, /)")
    def isspace(self):
        """Return True if the string is a whitespace string, False otherwise.

A string is whitespace if all characters in the string are whitespace and there
is at least one character in the string."""
        return new_bool(self.value.isspace())

    @method("($self, /)")
    def isdecimal(self):
        """Return True if the string is a decimal string, False otherwise.

A string is a decimal string if all characters in the string are decimal and
there is at least one character in the string."""
        return new_bool(self.value.isdecimal())

    @method("($self, /)")
    def isdigit(self):
        """Return True if the string is a digit string, False otherwise.

A string is a digit string if all characters in the string are digits and there
is at least one character in the string."""
        return new_bool(self.value.isdigit())

    @method("($self, /)")
    def isnumeric(self):
        """Return True if the string is a numeric string, False otherwise.

A string is numeric if all characters in the string are numeric and there is at
least one character in the string."""
        return new_bool(self.value.isnumeric())

    @method("($self, /)")
    def isalpha(self):
        """Return True if the string is an alphabetic string, False otherwise.

A string is alphabetic if all characters in the string are alphabetic and there
is at least one character in the string."""
        return new_bool(self.value.isalpha())

    @method("($self, /)")
    def isalnum(self):
        """Return True if the string is an alpha-numeric string, False otherwise.

A string is alpha-numeric if all characters in the string are alpha-numeric and
there is at least one character in the string."""
        return new_bool(self.value.isalnum())

    @method("($self, /)")
    def isidentifier(self):
        """Return True if the string is a valid Python identifier, False otherwise.

Call keyword.iskeyword(s) to test whether string s is a reserved identifier,
such as "def" or "class"."""
        return new_bool(self.value.isidentifier())

    @method("($self, /)")
    def isprintable(self):
        """Return True if the string is printable, False otherwise.

A string is printable if all of its characters are considered printable in
repr() or if it is empty."""
        return new_bool(self.value.isprintable())

    @method("($self, width, /)")
    def zfill(self, w_width):
        """Pad a numeric string with zeros on the left, to fill a field of the given width.

The string is never truncated."""
        width = stringlib.ssize_arg(w_width)
        padded = stringlib.zfill(self.value, width)
        if padded is None:
            return self.unchanged()
        return fresh_str(padded)

    @no_text_signature
    @method("($self, /, *args, **kwargs)")
    def format(self, args_w, kwargs):
        """S.format(*args, **kwargs) -> str

Return a formatted version of S, using substitutions from args and kwargs.
The substitutions are identified by braces ('{' and '}')."""
        from glass.objects.strformat import format_string
        return format_string(self, args_w, kwargs, None)

    @no_text_signature
    @method("($self, mapping, /)")
    def format_map(self, w_mapping):
        """S.format_map(mapping) -> str

Return a formatted version of S, using substitutions from mapping.
The substitutions are identified by braces ('{' and '}')."""
        from glass.objects.strformat import format_string
        return format_string(self, None, None, w_mapping)

    @method("($self, format_spec, /)")
    def __format__(self, w_spec):
        """Return a formatted version of the string as described by format_spec."""
        if not isinstance(w_spec, W_Str):
            raise type_error("__format__() argument must be str, not %s"
                             % argument_type_name(w_spec))
        if not w_spec.value:
            if self.ob_type is W_Str.w_type:
                self.ob_refcnt += 1
                return self
            # format_obj: a subclass is formatted by its str(), which may be
            # overridden.
            from glass.objects import abstract
            return abstract.str(self)
        from glass.objects import formatter
        return new_str(formatter.format_str(self.value, w_spec.value, self.ob_type.name))

    @method("(x, y=<unrepresentable>, z=<unrepresentable>, /)", kind="staticmethod")
    def maketrans(w_x, w_y, w_z):
        """Return a translation table usable for str.translate().

If there is only one argument, it must be a dictionary mapping Unicode
ordinals (integers) or characters to Unicode ordinals, strings or None.
Character keys will be then converted to ordinals.
If there are two arguments, they must be strings of equal length, and
in the resulting dictionary, each character in x will be mapped to the
character at the same position in y. If there is a third argument, it
must be a string, whose characters will be mapped to None in the result."""
        return maketrans(w_x, w_y, w_z)

    @method("($self, /)")
    def __sizeof__(self):
        """Return the size of the string in memory, in bytes."""
        return new_int(str_sizeof(self.value))

    @no_text_signature
    @method("($self, /)")
    def __getnewargs__(self):
        from glass.objects.tuple import new_tuple_owned
        return new_tuple_owned([W_Str(self.value)])

    # --- helpers the methods share ---------------------------------------------

    def list_of(self, parts):
        """A guest list of new strs (split, splitlines)."""
        from glass.objects.list import W_List
        if len(parts) == 1 and parts[0] is self.value:
            return W_List([self.unchanged()])
        return W_List([new_str(part) for part in parts])

    def find_impl(self, w_sub, w_start, w_end, reverse):
        start, end = stringlib.slice_index(w_start), stringlib.slice_index(w_end)
        sub = _sub_arg(w_sub)
        if reverse:
            return self.value.rfind(sub, start, end)
        return self.value.find(sub, start, end)

    def partition_impl(self, w_sep, reverse):
        """PyUnicode_Partition / PyUnicode_RPartition: a 3-tuple holding the
        string itself when the separator is absent, else the separator itself
        between two new strs (both objects as given, subclasses included)."""
        from glass.objects.tuple import new_tuple, new_tuple_owned
        sep = _sub_arg(w_sep)
        stringlib.check_separator(sep)
        text = self.value
        w_empty = new_str("")
        try:
            if reverse:
                head, found, tail = text.rpartition(sep)
                if not found:
                    return new_tuple([w_empty, w_empty, self])
            else:
                head, found, tail = text.partition(sep)
                if not found:
                    return new_tuple([self, w_empty, w_empty])
        finally:
            decref(w_empty)
        w_sep.ob_refcnt += 1
        return new_tuple_owned([new_str(head), w_sep, new_str(tail)])

    def pad(self, w_width, w_fillchar, where):
        """center, ljust, rjust (pad in unicodeobject.c)."""
        width = stringlib.ssize_arg(w_width)
        fill = " " if w_fillchar is None else _fill_arg(w_fillchar)
        padded = stringlib.pad(self.value, width, fill, where)
        if padded is None:
            return self.unchanged()
        return fresh_str(padded)


# --- Argument conversion --------------------------------------------------------------

def str_arg(w_obj, what):
    """A clinic `str` argument: "<what> must be str, not int"."""
    if not isinstance(w_obj, W_Str):
        # _PyArg_BadArgument names None itself rather than NoneType.
        given = "None" if w_obj is w_None else w_obj.ob_type.name
        raise type_error("%s must be str, not %s" % (what, given))
    return w_obj.value


def _sub_arg(w_obj):
    """ensure_unicode: the substring of find, count, partition..."""
    if not isinstance(w_obj, W_Str):
        raise type_error("must be str, not %s" % w_obj.ob_type.name)
    return w_obj.value


def _sep_arg(w_sep):
    if w_sep is None or w_sep is w_None:
        return None
    if not isinstance(w_sep, W_Str):
        raise type_error("must be str or None, not %s" % w_sep.ob_type.name)
    stringlib.check_separator(w_sep.value)
    return w_sep.value


def _strip_arg(w_chars, name):
    if w_chars is None or w_chars is w_None:
        return None
    if not isinstance(w_chars, W_Str):
        raise type_error("%s arg must be None or str" % name)
    return w_chars.value


def _fill_arg(w_fill):
    """The Py_UCS4 converter of center/ljust/rjust (convert_uc)."""
    if not isinstance(w_fill, W_Str):
        raise type_error("The fill character must be a unicode character, not %s"
                         % w_fill.ob_type.name)
    if len(w_fill.value) != 1:
        raise type_error("The fill character must be exactly one character long")
    return w_fill.value


def _tail_arg(w_obj, message, message_args):
    if not isinstance(w_obj, W_Str):
        raise type_error(message % message_args)
    return w_obj.value


from glass.objects.signature import Signature  # noqa: E402

_NEW_SIGNATURE = Signature.parse(
    "($type, /, object=<unrepresentable>, encoding=<unrepresentable>, "
    "errors=<unrepresentable>)")


# --- Creation: singletons and interning ---------------------------------------------

_SSIZE_LIMIT = 1 << 63          # PY_SSIZE_T_MAX + 1


def _immortal(text):
    w_str = W_Str(text)
    w_str.ob_refcnt = 1 << 30          # shared for the life of the process
    return w_str


_EMPTY = _immortal("")
# unicode_latin1: the one-character strings U+0000..U+00FF are shared.
_LATIN1 = [_immortal(chr(code)) for code in range(256)]


def new_str(value):
    """PyUnicode_FromString: a new reference to a str (a shared one if short)."""
    if len(value) <= 1:
        if not value:
            w_str = _EMPTY
        else:
            code = ord(value)
            if code >= 256:
                return W_Str(value)
            w_str = _LATIN1[code]
        w_str.ob_refcnt += 1
        return w_str
    return W_Str(value)


def fresh_str(value):
    """A str CPython builds with PyUnicode_New and returns as is: a new
    object even for one latin-1 character (case mappings, replace, join,
    padding, stepped slices); only the empty string is shared."""
    if not value:
        return new_str(value)
    return W_Str(value)


def new_str_or_none(value):
    """A new str, or None (guest None) when value is None."""
    if value is None:
        return new_none()
    return new_str(value)


def new_subtype_str(w_type, text):
    """An instance of a str subclass holding text (unicode_subtype_new)."""
    from glass.objects.typeobject import _new_instance
    w_obj = _new_instance(w_type)
    w_obj.value = text
    w_obj.hash_cache = -1
    return w_obj


_INTERNED = {}


def intern(value):
    """PyUnicode_InternFromString: the one shared W_Str for a name (new reference)."""
    w_str = _INTERNED.get(value)
    if w_str is None:
        # The empty string is the one shared '', but a one-character name
        # gets its own object: in CPython 3.11 the interned 'a' of a code
        # object is not chr(97)'s latin-1 singleton.
        w_str = _INTERNED[value] = _immortal(value) if value else _EMPTY
    w_str.ob_refcnt += 1
    return w_str


def is_interned(w_str):
    """PyUnicode_CHECK_INTERNED: is this the interned W_Str of its text?"""
    return _INTERNED.get(w_str.value) is w_str


# --- repr and size ----------------------------------------------------------------------

def str_repr(text):
    """Counterpart: unicode_repr: the quotes, escapes and printable characters.

    Single quotes unless the text holds a single quote and no double quote.
    A character stays as it is when it is printable in the sense of
    Py_UNICODE_ISPRINTABLE; the host's str.isprintable applies the same rule.
    """
    quote = "'"
    if "'" in text and '"' not in text:
        quote = '"'
    if text.isascii() and text.isprintable() and "\\" not in text and quote not in text:
        return quote + text + quote          # the common case: nothing to escape
    out = [quote]
    for ch in text:
        code = ord(ch)
        if ch == quote or ch == "\\":
            out.append("\\" + ch)
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\r":
            out.append("\\r")
        elif code < 0x20 or code == 0x7F:
            out.append("\\x%02x" % code)
        elif code < 0x7F or ch.isprintable():
            out.append(ch)
        elif code <= 0xFF:
            out.append("\\x%02x" % code)
        elif code <= 0xFFFF:
            out.append("\\u%04x" % code)
        else:
            out.append("\\U%08x" % code)
    out.append(quote)
    return "".join(out)


def str_sizeof(text):
    """unicode___sizeof__: the compact layouts of PEP 393 (ASCII, then 1, 2, 4 bytes
    a character), with their header sizes on a 64-bit build."""
    if text.isascii():
        return 48 + len(text) + 1
    widest = max(map(ord, text))
    width = 1 if widest < 0x100 else 2 if widest < 0x10000 else 4
    return 72 + (len(text) + 1) * width


# --- translate and maketrans ---------------------------------------------------------------

def _translate_lookup(code, w_table):
    """charmaptranslate_lookup: the table's value for a code point (a new
    reference), or None when the table raises LookupError (keep the char)."""
    w_key = new_int(code)
    try:
        w_value = abstract.getitem(w_table, w_key)
    except OperationError as error:
        if error.match(EXCEPTION_TYPES["LookupError"]):
            decref(error.w_value)
            return None
        raise
    finally:
        decref(w_key)
    if w_value is w_None or isinstance(w_value, W_Str):
        return w_value
    if isinstance(w_value, W_Int):
        if not 0 <= w_value.value <= 0x10FFFF:
            decref(w_value)
            raise value_error("character mapping must be in range(0x110000)")
        return w_value
    decref(w_value)
    raise type_error("character mapping must return integer, None or str")


_DELETE = object()


def translate_charmap(text, w_table):
    """Counterpart: _PyUnicode_TranslateCharmap with errors="ignore".

    As CPython does, an ASCII string first goes through a fast path that
    looks each distinct character up once (unicode_fast_translate), until a
    character maps outside ASCII; the rest looks every character up.
    """
    out = []
    start = 0
    if text.isascii():
        cache = {}
        for ch in text:
            mapped = cache.get(ch)
            if mapped is None:
                w_value = _translate_lookup(ord(ch), w_table)
                if w_value is None:
                    mapped = ch
                elif w_value is w_None:
                    mapped = _DELETE
                elif isinstance(w_value, W_Str):
                    mapped = w_value.value if (len(w_value.value) == 1 and
                                               w_value.value.isascii()) else None
                else:
                    mapped = chr(w_value.value) if w_value.value < 128 else None
                if w_value is not None:
                    decref(w_value)
                if mapped is None:
                    break                    # leave the fast path at this char
                cache[ch] = mapped
            if mapped is not _DELETE:
                out.append(mapped)
            start += 1
        else:
            return "".join(out)
    for ch in text[start:]:
        w_value = _translate_lookup(ord(ch), w_table)
        if w_value is None:
            out.append(ch)
            continue
        if isinstance(w_value, W_Str):
            out.append(w_value.value)
        elif w_value is not w_None:
            out.append(chr(w_value.value))
        decref(w_value)
    return "".join(out)


def maketrans(w_x, w_y, w_z):
    """Counterpart: unicode_maketrans_impl: a dict from code points."""
    from glass.objects.dict import W_Dict
    if w_y is not None:
        str_arg(w_y, "maketrans() argument 2")
    if w_z is not None:
        str_arg(w_z, "maketrans() argument 3")
    w_new = W_Dict()
    try:
        if w_y is not None:
            if not isinstance(w_x, W_Str):
                raise type_error("first maketrans argument must be a string if "
                                 "there is a second argument")
            if len(w_x.value) != len(w_y.value):
                raise value_error("the first two maketrans arguments must have "
                                  "equal length")
            for a, b in zip(w_x.value, w_y.value):
                _setitem_owned(w_new, new_int(ord(a)), new_int(ord(b)))
            if w_z is not None:
                for ch in w_z.value:
                    w_None.ob_refcnt += 1
                    _setitem_owned(w_new, new_int(ord(ch)), w_None)
            return w_new
        if w_x.ob_type is not W_Dict.w_type:
            raise type_error("if you give only one argument to maketrans it must "
                             "be a dict")
        for w_key in abstract.iterate(w_x):
            try:
                w_value = abstract.getitem(w_x, w_key)
                if isinstance(w_key, W_Str):
                    if len(w_key.value) != 1:
                        decref(w_value)
                        raise value_error("string keys in translate table must "
                                          "be of length 1")
                    _setitem_owned(w_new, new_int(ord(w_key.value)), w_value)
                elif isinstance(w_key, W_Int):
                    w_key.ob_refcnt += 1
                    _setitem_owned(w_new, w_key, w_value)
                else:
                    decref(w_value)
                    raise type_error("keys in translate table must be strings "
                                     "or integers")
            finally:
                decref(w_key)
        return w_new
    except OperationError:
        decref(w_new)
        raise


def _setitem_owned(w_dict, w_key, w_value):
    """PyDict_SetItem with references the caller gives away."""
    try:
        abstract.setitem(w_dict, w_key, w_value)
    finally:
        decref(w_key)
        decref(w_value)


# --- Codecs: encoding and decoding --------------------------------------------------------
#
# Counterpart: PyUnicode_AsEncodedString, PyUnicode_Decode and
# PyUnicode_FromEncodedObject (with the fast paths of unicodeobject.c for
# utf-8, ascii and latin-1, and _PyCodec_LookupTextEncoding for the rest).
#
# Divergence: until Glass has its _codecs module and runs the guest
# `encodings` package, the byte-level work runs on the host's codecs, which
# implement the same encodings and error handlers (strict, ignore, replace,
# backslashreplace, surrogateescape, surrogatepass, xmlcharrefreplace,
# namereplace); a handler the guest registers with codecs.register_error is
# not seen yet.  Errors come back as guest exceptions with the host's
# positions and reasons.

def _text_codec(encoding, action):
    import codecs
    if "\0" in encoding:
        raise value_error("embedded null character")
    try:
        info = codecs.lookup(encoding)
    except LookupError:
        raise operation_error("LookupError", "unknown encoding: %s" % encoding)
    if not getattr(info, "_is_text_encoding", True):
        raise operation_error("LookupError", "'%s' is not a text encoding; use "
                              "codecs.%s() to handle arbitrary codecs"
                              % (encoding, action))
    return info


def encode_text(text, encoding, errors):
    """PyUnicode_AsEncodedString on host values: host str -> host bytes, or a
    guest error.  UTF-8/16/32, ASCII and Latin-1 are encoded here, as C does;
    any other encoding goes through the guest's codec registry, so its
    codec's Python code runs (and shows in a traceback) as in CPython."""
    from glass.modules._codecs import GuestHandlerFailure
    if "\0" in encoding or "\0" in errors:
        raise value_error("embedded null character")
    fast = _builtin_codec(encoding)
    if fast is None:
        return _encode_with_registry(text, encoding, errors)
    info = _text_codec(fast, "encode")
    try:
        data = info.encode(text, _host_errors(errors))[0]
    except UnicodeEncodeError as error:
        raise _unicode_error("UnicodeEncodeError", _codec_name(error.encoding, info),
                             new_str(error.object), error.start, error.end, error.reason)
    except LookupError:
        raise _unknown_handler(errors)
    except GuestHandlerFailure as failure:          # a guest error handler raised
        raise failure.error
    return data


def decode_bytes(data, encoding, errors):
    """PyUnicode_Decode on host values: host bytes -> host str, or a guest
    error; the encodings C decodes itself are decoded here, the others by
    the guest's codec (given a memoryview of the data, as C gives it)."""
    from glass.modules._codecs import GuestHandlerFailure
    from glass.objects.bytes import new_bytes
    if "\0" in encoding or "\0" in errors:
        raise value_error("embedded null character")
    fast = _builtin_codec(encoding)
    if fast is None:
        return _decode_with_registry(data, encoding, errors)
    info = _text_codec(fast, "decode")
    try:
        text = info.decode(data, _host_errors(errors))[0]
    except UnicodeDecodeError as error:
        raise _unicode_error("UnicodeDecodeError", _codec_name(error.encoding, info, data),
                             new_bytes(bytes(error.object)), error.start, error.end,
                             error.reason)
    except LookupError:
        raise _unknown_handler(errors)
    except GuestHandlerFailure as failure:
        raise failure.error
    return text


# _Py_normalize_encoding'd names that PyUnicode_AsEncodedString and
# PyUnicode_Decode handle in C, and the host codec doing the same.
_BUILTIN_CODECS = {"utf8": "utf-8", "utf_8": "utf-8", "utf16": "utf-16",
                   "utf_16": "utf-16", "utf32": "utf-32", "utf_32": "utf-32",
                   "ascii": "ascii", "us_ascii": "ascii", "latin1": "latin-1",
                   "latin_1": "latin-1", "iso_8859_1": "latin-1", "iso8859_1": "latin-1"}


def _builtin_codec(encoding):
    """The host codec for an encoding C handles itself, or None.  The name is
    normalized as _Py_normalize_encoding does: ASCII letters and digits and
    '.' kept (lowercased), each run of anything else one '_'.  The answers
    for the names seen are kept (a program names few encodings, often)."""
    try:
        return _BUILTIN_CODEC_OF_NAME[encoding]
    except KeyError:
        pass
    codec = _normalized_builtin_codec(encoding)
    if len(_BUILTIN_CODEC_OF_NAME) < 256:
        _BUILTIN_CODEC_OF_NAME[encoding] = codec
    return codec


_BUILTIN_CODEC_OF_NAME = {}


def _normalized_builtin_codec(encoding):
    out = []
    punct = False
    for char in encoding:
        if (char.isascii() and char.isalnum()) or char == ".":
            if punct and out:
                out.append("_")
            punct = False
            out.append(char.lower())
        else:
            punct = True
    return _BUILTIN_CODECS.get("".join(out))


def _host_errors(errors):
    """The error handler name for a host codec: a handler the guest registered
    (codecs.register_error) is reached through a host handler calling it."""
    from glass.modules._codecs import BUILTIN_ERROR_HANDLERS, host_handler_name
    if errors in BUILTIN_ERROR_HANDLERS:
        return errors
    return host_handler_name(errors)


def _registry_codec(encoding, action):
    """_PyCodec_LookupTextEncoding: the guest's CodecInfo (a new reference),
    refused if it says it is not a text encoding."""
    from glass.modules import _codecs
    from glass.objects import abstract
    w_info = _codecs.lookup(encoding)
    w_is_text = abstract.lookup_attr_str(w_info, "_is_text_encoding")
    if w_is_text is not None:
        try:
            is_text = abstract.is_true(w_is_text)
        finally:
            decref(w_is_text)
        if not is_text:
            decref(w_info)
            raise operation_error("LookupError", "'%s' is not a text encoding; use "
                                  "codecs.%s() to handle arbitrary codecs" % (encoding, action))
    return w_info


def _call_registry_codec(encoding, action, w_input, errors):
    """_PyCodec_EncodeInternal/_PyCodec_DecodeInternal: the codec's function
    called with (input, errors); the first item of the pair it returns."""
    from glass.objects import abstract
    from glass.objects.tuple import W_Tuple
    w_info = _registry_codec(encoding, action)
    w_errors = new_str(errors)
    try:
        w_result = abstract.call(w_info.items[0 if action == "encode" else 1],
                                 [w_input, w_errors])
    finally:
        decref(w_errors)
        decref(w_info)
    try:
        if not isinstance(w_result, W_Tuple) or len(w_result.items) != 2:
            raise type_error("%s must return a tuple (object,integer)"
                             % ("encoder" if action == "encode" else "decoder"))
        w_value = w_result.items[0]
        w_value.ob_refcnt += 1
        return w_value
    finally:
        decref(w_result)


def _encode_with_registry(text, encoding, errors):
    from glass.objects.bytearray import W_ByteArray
    from glass.objects.bytes import W_Bytes
    w_text = new_str(text)
    try:
        w_value = _call_registry_codec(encoding, "encode", w_text, errors)
    finally:
        decref(w_text)
    try:
        if isinstance(w_value, W_ByteArray):
            from glass.modules._warnings import warn
            warn("RuntimeWarning", "encoder %s returned bytearray instead of bytes; "
                 "use codecs.encode() to encode to arbitrary types" % encoding)
            return bytes(stringlib.getbuffer(w_value))
        if not isinstance(w_value, W_Bytes):
            raise type_error("'%s' encoder returned '%s' instead of 'bytes'; use "
                             "codecs.encode() to encode to arbitrary types"
                             % (encoding, w_value.ob_type.name))
        return w_value.value
    finally:
        decref(w_value)


def _decode_with_registry(data, encoding, errors):
    from glass.objects.bytes import W_Bytes
    from glass.objects.memoryobject import new_memoryview
    w_data = W_Bytes(bytes(data))
    try:
        w_view = new_memoryview(w_data)
    finally:
        decref(w_data)
    try:
        w_value = _call_registry_codec(encoding, "decode", w_view, errors)
    finally:
        decref(w_view)
    try:
        if not isinstance(w_value, W_Str):
            raise type_error("'%s' decoder returned '%s' instead of 'str'; use "
                             "codecs.decode() to decode to arbitrary types"
                             % (encoding, w_value.ob_type.name))
        return w_value.value
    finally:
        decref(w_value)


def decode_object(w_obj, encoding, errors):
    """PyUnicode_FromEncodedObject: str(obj, encoding, errors) -> host str."""
    if isinstance(w_obj, W_Str):
        raise type_error("decoding str is not supported")
    data = stringlib.getbuffer(w_obj)
    if data is None:
        raise type_error("decoding to str: need a bytes-like object, %s found"
                         % w_obj.ob_type.name)
    return decode_bytes(bytes(data), encoding, errors)


def _unknown_handler(errors):
    """The LookupError of an error handler nobody registered."""
    return operation_error("LookupError", "unknown error handler name '%s'" % errors)


def _codec_name(reported, info, data=None):
    """The codec name CPython 3.11's own codecs put in an error (PyPy's name
    theirs differently): 'latin-1', and for UTF-16/32 the codec's name when
    encoding, the byte order chosen from the BOM when decoding."""
    if reported in ("latin1", "iso8859-1"):
        return "latin-1"
    reported = reported.replace("utf16", "utf-16").replace("utf32", "utf-32")
    if info.name in ("utf-16", "utf-32") and reported.startswith(info.name):
        if data is None:
            return info.name
        big_bom = b"\xfe\xff" if info.name == "utf-16" else b"\x00\x00\xfe\xff"
        return info.name + ("-be" if data.startswith(big_bom) else "-le")
    return reported


def _unicode_error(name, encoding, w_object, start, end, reason):
    """A guest UnicodeEncodeError/UnicodeDecodeError built from its five fields."""
    args_w = [new_str(encoding), w_object, new_int(start), new_int(end), new_str(reason)]
    try:
        w_exc = abstract.call(EXCEPTION_TYPES[name], args_w)
    finally:
        for w_arg in args_w:
            decref(w_arg)
    return OperationError(w_exc)


# --- Iterators ------------------------------------------------------------------------------

class StrIterMethods:
    """What the two str iterators share (unicodeiter_* of unicodeobject.c)."""
    __slots__ = ()

    @slot("tp_iter")
    def iter(self):
        self.ob_refcnt += 1
        return self

    @slot("tp_iternext")
    def iternext(self):
        w_seq = self.w_seq
        if w_seq is None:
            return None
        text = w_seq.value
        if self.index < len(text):
            ch = text[self.index]
            self.index += 1
            return new_str(ch)
        self.w_seq = None                 # exhausted: let go of the string
        decref(w_seq)
        return None

    @slot("tp_dealloc")
    def dealloc(self):
        w_seq, self.w_seq = self.w_seq, None
        if w_seq is not None:
            decref(w_seq)

    @method("($self, /)")
    def __length_hint__(self):
        """Private method returning an estimate of len(list(it))."""
        if self.w_seq is None:
            return new_int(0)
        return new_int(max(0, len(self.w_seq.value) - self.index))

    @method("($self, /)")
    def __reduce__(self):
        """Return state information for pickling."""
        return iterator_reduce(self.w_seq, self.index, new_str(""))

    @method("($self, state, /)")
    def __setstate__(self, w_state):
        """Set state information for unpickling."""
        if self.w_seq is not None:
            self.index = iterator_setstate(w_state, len(self.w_seq.value))


def iterator_reduce(w_seq, index, w_empty):
    """The __reduce__ of the builtin sequence iterators: (iter, (seq,), index),
    or (iter, (empty,)) once exhausted.  Takes the reference to w_empty."""
    from glass.objects.tuple import new_tuple_owned
    from glass.vm import pystate
    w_iter = pystate.interpreter().w_builtins.getitem_str("iter")
    w_iter.ob_refcnt += 1
    if w_seq is None:
        return new_tuple_owned([w_iter, new_tuple_owned([w_empty])])
    decref(w_empty)
    w_seq.ob_refcnt += 1
    return new_tuple_owned([w_iter, new_tuple_owned([w_seq]), new_int(index)])


def iterator_setstate(w_state, length):
    """The __setstate__ of the sequence iterators: the index, clamped."""
    index = abstract.index_as_ssize(w_state)
    if index < 0:
        index = 0
    elif index > length:
        index = length
    return index


@builtin_type("str_iterator", doc=NO_DOC)
@stringlib.share_methods(StrIterMethods)
class W_StrIter(W_Object):
    """Iterates over a str: one new one-character str at a time."""
    __slots__ = ("w_seq", "index")

    def __init__(self, w_seq):
        W_Object.__init__(self, type(self).w_type)
        w_seq.ob_refcnt += 1
        self.w_seq = w_seq
        self.index = 0


@builtin_type("str_ascii_iterator", doc=NO_DOC)
@stringlib.share_methods(StrIterMethods)
class W_StrAsciiIter(W_StrIter):
    """The iterator of an all-ASCII str (3.11 gives it its own type)."""
    __slots__ = ()

# Imported last: these modules are loaded after this one.
from glass.objects.bool import new_bool  # noqa: E402
from glass.objects.hashing import hash_str  # noqa: E402
from glass.objects.int import W_Int, new_int  # noqa: E402
from glass.objects.none import new_none, w_None, w_NotImplemented  # noqa: E402
from glass.objects.slice import W_Slice  # noqa: E402
