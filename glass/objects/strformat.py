"""str.format, str.format_map and printf-style formatting (str % args, bytes % args).

Counterpart: Objects/stringlib/unicode_format.h (MarkupIterator, parse_field,
FieldNameIterator, get_field_object, build_string), PyUnicode_Format and its
helpers in Objects/unicodeobject.c (unicode_format_arg_parse,
unicode_format_arg_format, mainformatlong, formatfloat, formatchar,
unicode_format_arg_output), and _PyBytes_FormatEx in Objects/bytesobject.c.

Each replacement field is formatted by the value's own __format__
(abstract.format), so the format mini-language itself lives with the types
(glass/objects/formatter.py).
"""
from __future__ import annotations

from glass.objects import abstract
from glass.objects.exceptions import (EXCEPTION_TYPES, OperationError, index_error,
                                      key_error, overflow_error, type_error,
                                      value_error)
from glass.objects.object import decref

SSIZE_MAX = (1 << 63) - 1
INT_MAX = (1 << 31) - 1


class Writer:
    """_PyUnicodeWriter, as far as the guest can tell.

    CPython hands back a str object itself, not a copy, when it is written
    whole into a still-empty writer on the last write (the writer's
    "readonly" buffer): so `'{}'.format(s) is s`, and `fmt % ()` is `fmt`
    when fmt holds no '%'.  `overallocate` is on until the last write.
    """
    __slots__ = ("parts", "w_whole", "overallocate")

    def __init__(self):
        self.parts = []               # host strs copied into the buffer
        self.w_whole = None           # the readonly buffer: a str object (owned)
        self.overallocate = True

    def write(self, text):
        """Copy characters (_PyUnicodeWriter_WriteASCIIString and friends)."""
        if text:
            self._copy_whole()
            self.parts.append(text)

    def write_str(self, w_str):
        """_PyUnicodeWriter_WriteStr: a whole str object."""
        text = w_str.value
        if not text:
            return
        if not self.parts and self.w_whole is None and not self.overallocate:
            w_str.ob_refcnt += 1
            self.w_whole = w_str
            return
        self._copy_whole()
        self.parts.append(text)

    def _copy_whole(self):
        if self.w_whole is not None:
            w_whole, self.w_whole = self.w_whole, None
            self.parts.append(w_whole.value)
            decref(w_whole)

    def finish(self):
        """_PyUnicodeWriter_Finish: the result, a new reference."""
        from glass.objects.str import new_str
        if self.w_whole is not None:
            w_whole, self.w_whole = self.w_whole, None
            return w_whole
        return new_str("".join(self.parts))

    def discard(self):
        """_PyUnicodeWriter_Dealloc (on an error)."""
        if self.w_whole is not None:
            w_whole, self.w_whole = self.w_whole, None
            decref(w_whole)


# ===================================================================================
# str.format and str.format_map (unicode_format.h)
# ===================================================================================

ANS_INIT, ANS_AUTO, ANS_MANUAL = 0, 1, 2


class AutoNumber:
    """Whether fields are numbered automatically ('{}') or by hand ('{0}')."""
    __slots__ = ("state", "number")

    def __init__(self):
        self.state = ANS_INIT
        self.number = 0


def format_string(w_format, args_w, kwargs, w_mapping):
    """do_string_format / do_string_format_map: a new W_Str.

    str.format passes its positional arguments (a host list) and keyword
    arguments (a host dict {name: W_Object}); format_map passes only the
    mapping, and positional fields are then an error.
    """
    text = w_format.value
    return build_string(text, 0, len(text), w_format, args_w, kwargs, w_mapping, 2,
                        AutoNumber())


def build_string(text, start, end, w_whole, args_w, kwargs, w_mapping, depth, auto):
    """Render text[start:end]; w_whole is the str object it spans, if it
    spans one entirely (so that the writer may hand it back)."""
    if depth <= 0:
        raise value_error("Max string recursion exceeded")
    writer = Writer()
    try:
        pos = start
        while pos < end:
            lit_start, lit_end, field, pos = next_markup(text, pos, end)
            if lit_end != lit_start:
                if field is None and pos >= end:
                    writer.overallocate = False
                if w_whole is not None and lit_start == 0 and lit_end == len(text):
                    writer.write_str(w_whole)
                else:
                    writer.write(text[lit_start:lit_end])
            if field is not None:
                if pos >= end:
                    writer.overallocate = False
                output_markup(field, writer, text, args_w, kwargs, w_mapping, depth,
                              auto)
        return writer.finish()
    except BaseException:
        writer.discard()
        raise


def next_markup(text, pos, end):
    """Counterpart: MarkupIterator_next.

    Returns (literal_start, literal_end, field, new_pos), where field is None
    or (name, spec_start, spec_end, conversion, spec_needs_expanding); a
    doubled brace is a literal brace.
    """
    start = pos
    ch = ""
    markup_follows = False
    while pos < end:
        ch = text[pos]
        pos += 1
        if ch == "{" or ch == "}":
            markup_follows = True
            break
    at_end = pos >= end
    literal_end = pos
    if ch == "}" and markup_follows and (at_end or text[pos] != "}"):
        raise value_error("Single '}' encountered in format string")
    if at_end and ch == "{" and markup_follows:
        raise value_error("Single '{' encountered in format string")
    if not at_end and markup_follows:
        if text[pos] == ch:
            pos += 1                      # '{{' or '}}': the brace is literal text
            markup_follows = False
        else:
            literal_end -= 1
    if not markup_follows:
        return start, literal_end, None, pos
    field, pos = parse_field(text, pos, end)
    return start, literal_end, field, pos


def parse_field(text, pos, end):
    """Counterpart: parse_field: the name, then '!conversion', then ':spec'."""
    name_start = pos
    ch = ""
    while pos < end:
        ch = text[pos]
        pos += 1
        if ch == "{":
            raise value_error("unexpected '{' in field name")
        if ch == "[":
            while pos < end and text[pos] != "]":
                pos += 1
            continue
        if ch == "}" or ch == ":" or ch == "!":
            break
    name = text[name_start:pos - 1]
    conversion = None
    if ch == "!" or ch == ":":
        if ch == "!":
            if pos >= end:
                raise value_error("end of string while looking for conversion "
                                  "specifier")
            conversion = text[pos]
            pos += 1
            if pos < end:
                ch = text[pos]
                pos += 1
                if ch == "}":
                    return (name, pos, pos, conversion, False), pos
                if ch != ":":
                    raise value_error("expected ':' after conversion specifier")
        spec_start = pos
        depth = 1
        expanding = False
        while pos < end:
            ch = text[pos]
            pos += 1
            if ch == "{":
                expanding = True
                depth += 1
            elif ch == "}":
                depth -= 1
                if depth == 0:
                    return (name, spec_start, pos - 1, conversion, expanding), pos
        raise value_error("unmatched '{' in format spec")
    if ch != "}":
        raise value_error("expected '}' before end of string")
    return (name, pos, pos, None, False), pos


def output_markup(field, writer, text, args_w, kwargs, w_mapping, depth, auto):
    """Counterpart: output_markup: look the field up, convert, format, write."""
    from glass.objects.str import new_str
    name, spec_start, spec_end, conversion, expanding = field
    w_obj = get_field_object(name, args_w, kwargs, w_mapping, auto)
    try:
        if conversion is not None:
            w_converted = do_conversion(w_obj, conversion)
            decref(w_obj)
            w_obj = w_converted
        if expanding:
            w_spec = build_string(text, spec_start, spec_end, None, args_w, kwargs,
                                  w_mapping, depth - 1, auto)
        else:
            w_spec = new_str(text[spec_start:spec_end])
        try:
            w_res = abstract.format(w_obj, w_spec)       # render_field
        finally:
            decref(w_spec)
    finally:
        decref(w_obj)
    try:
        writer.write_str(w_res)
    finally:
        decref(w_res)


def do_conversion(w_obj, conversion):
    """!r, !s and !a."""
    if conversion == "r":
        return abstract.repr(w_obj)
    if conversion == "s":
        return abstract.str(w_obj)
    if conversion == "a":
        return ascii(w_obj)
    code = ord(conversion)
    if 32 < code < 127:
        raise value_error("Unknown conversion specifier %s" % conversion)
    raise value_error("Unknown conversion specifier \\x%x" % code)


def ascii(w_obj):
    """PyObject_ASCII: the repr with non-ASCII characters escaped."""
    from glass.objects.str import new_str
    w_repr = abstract.repr(w_obj)
    if w_repr.value.isascii():
        return w_repr
    text = w_repr.value
    decref(w_repr)
    return new_str(text.encode("ascii", "backslashreplace").decode("ascii"))


def get_integer(text):
    """Counterpart: get_integer: the decimal value of a field name, or -1."""
    if not text or not text.isdecimal():
        return -1
    value = int(text)
    if value > SSIZE_MAX:
        raise value_error("Too many decimal digits in format string")
    return value


def field_name_split(name):
    """Counterpart: field_name_split: the first part, up to '.' or '['."""
    for index, ch in enumerate(name):
        if ch == "." or ch == "[":
            return name[:index], index
    return name, len(name)


def next_field_part(name, pos):
    """Counterpart: FieldNameIterator_next: (is_attribute, key, index, new_pos),
    or None at the end of the field name."""
    end = len(name)
    if pos >= end:
        return None
    ch = name[pos]
    pos += 1
    if ch == ".":
        start = pos
        while pos < end and name[pos] not in ".[":
            pos += 1
        key = name[start:pos]
        is_attribute = True
        index = -1
    elif ch == "[":
        start = pos
        while pos < end and name[pos] != "]":
            pos += 1
        if pos >= end:
            raise value_error("Missing ']' in format string")
        key = name[start:pos]
        pos += 1                          # the ']'
        is_attribute = False
        index = get_integer(key)
    else:
        raise value_error("Only '.' or '[' may follow ']' in format field specifier")
    if not key:
        raise value_error("Empty attribute in format string")
    return is_attribute, key, index, pos


def get_field_object(name, args_w, kwargs, w_mapping, auto):
    """Counterpart: get_field_object: the argument, then .attr and [key] lookups."""
    from glass.objects.str import new_str
    first, pos = field_name_split(name)
    index = get_integer(first)
    is_empty = not first
    numeric = is_empty or index != -1
    if numeric:
        if auto.state == ANS_INIT:
            auto.state = ANS_AUTO if is_empty else ANS_MANUAL
        if auto.state == ANS_MANUAL and is_empty:
            raise value_error("cannot switch from manual field specification to "
                              "automatic field numbering")
        if auto.state == ANS_AUTO and not is_empty:
            raise value_error("cannot switch from automatic field numbering to "
                              "manual field specification")
        if is_empty:
            index = auto.number
            auto.number += 1
    if index == -1:
        w_key = new_str(first)
        try:
            if w_mapping is not None:
                w_obj = abstract.getitem(w_mapping, w_key)
            else:
                w_obj = kwargs.get(first) if kwargs else None
                if w_obj is None:
                    raise key_error(w_key)
                w_obj.ob_refcnt += 1
        finally:
            decref(w_key)
    else:
        if args_w is None:
            raise value_error("Format string contains positional fields")
        if index >= len(args_w):
            raise index_error("Replacement index %d out of range for positional "
                              "args tuple" % index)
        w_obj = args_w[index]
        w_obj.ob_refcnt += 1
    try:
        while True:
            part = next_field_part(name, pos)
            if part is None:
                return w_obj
            is_attribute, key, key_index, pos = part
            if is_attribute:
                w_next = abstract.getattr_str(w_obj, key) if key.isidentifier() else \
                    _getattr_text(w_obj, key)
            elif key_index == -1:
                w_key = new_str(key)
                try:
                    w_next = abstract.getitem(w_obj, w_key)
                finally:
                    decref(w_key)
            elif _sequence_check(w_obj):
                w_next = w_obj.ob_type.sq_item(w_obj, key_index)
            else:
                w_key = new_int(key_index)
                try:
                    w_next = abstract.getitem(w_obj, w_key)
                finally:
                    decref(w_key)
            decref(w_obj)
            w_obj = w_next
    except BaseException:
        decref(w_obj)
        raise


def _getattr_text(w_obj, name):
    from glass.objects.str import new_str
    w_name = new_str(name)
    try:
        return abstract.getattr(w_obj, w_name)
    finally:
        decref(w_name)


def _sequence_check(w_obj):
    """PySequence_Check: sq_item, and not a dict."""
    from glass.objects.type import DICT_SUBCLASS
    w_type = w_obj.ob_type
    return w_type.sq_item is not None and not (w_type.flags & DICT_SUBCLASS)


# Parsing for string.Formatter (the _string module): the same grammar.

def formatter_parser(text):
    """_string.formatter_parser: (literal, field_name, format_spec, conversion)
    tuples of host values (None where CPython gives None)."""
    pos, end = 0, len(text)
    out = []
    while pos < end:
        lit_start, lit_end, field, pos = next_markup(text, pos, end)
        literal = text[lit_start:lit_end]
        if field is None:
            out.append((literal, None, None, None))
        else:
            name, spec_start, spec_end, conversion, _ = field
            out.append((literal, name, text[spec_start:spec_end], conversion))
    return out


# ===================================================================================
# printf-style formatting: PyUnicode_Format and _PyBytes_FormatEx
# ===================================================================================

F_LJUST, F_SIGN, F_BLANK, F_ALT, F_ZERO = 1, 2, 4, 8, 16
_FLAGS = {"-": F_LJUST, "+": F_SIGN, " ": F_BLANK, "#": F_ALT, "0": F_ZERO}
_DIGITS = "0123456789"


class FormatArgs:
    """The arguments of a % operation and where we are in them.

    A tuple gives its items one by one; any other object is the single
    argument (arglen -1).  A mapping that is not a tuple or a string also
    serves %(key)s, and then each key's value becomes the argument.
    """
    __slots__ = ("w_args", "arglen", "argidx", "w_dict", "w_owned", "what")

    def __init__(self, w_args, is_string, what):
        from glass.objects.tuple import W_Tuple
        self.w_args = w_args
        if isinstance(w_args, W_Tuple):
            self.arglen = len(w_args.items)
            self.argidx = 0
        else:
            self.arglen = -1
            self.argidx = -2
        self.w_dict = None
        if w_args.ob_type.mp_subscript is not None and \
                not isinstance(w_args, W_Tuple) and not is_string(w_args):
            self.w_dict = w_args
        self.w_owned = None
        self.what = what              # "string" or "bytes", for the messages

    def next(self):
        """getnextarg: a borrowed reference."""
        argidx = self.argidx
        if argidx < self.arglen:
            self.argidx += 1
            if self.arglen < 0:
                return self.w_args
            return self.w_args.items[argidx]
        raise type_error("not enough arguments for format string")

    def select(self, w_key):
        """%(key): the mapping's value becomes the one argument."""
        w_value = abstract.getitem(self.w_dict, w_key)
        self.release()
        self.w_owned = self.w_args = w_value
        self.arglen = -1
        self.argidx = -2

    def release(self):
        if self.w_owned is not None:
            w_owned, self.w_owned = self.w_owned, None
            decref(w_owned)

    def check_all_used(self):
        if self.argidx < self.arglen and self.w_dict is None:
            raise type_error("not all arguments converted during %s formatting"
                             % self.what)

    def check_after_key(self):
        if self.w_dict is not None and self.argidx < self.arglen:
            raise type_error("not all arguments converted during %s formatting"
                             % self.what)


class Spec:
    """One conversion specification: %[(key)][flags][width][.precision]type."""
    __slots__ = ("flags", "width", "prec", "type", "end")

    def __init__(self):
        self.flags = 0
        self.width = -1
        self.prec = -1
        self.type = ""
        self.end = 0                  # the index just past the type character


def parse_spec(fmt, pos, args, make_key, prec_too_big="precision too big"):
    """Counterpart: unicode_format_arg_parse (and its copy in _PyBytes_FormatEx).

    `fmt` is a host str or bytes (read as a str of code points), `pos` the
    index just past the '%'.  Reading past the end is "incomplete format".
    """
    spec = Spec()
    end = len(fmt)
    if pos < end and fmt[pos] == "(":
        if args.w_dict is None:
            raise type_error("format requires a mapping")
        pos += 1
        key_start = pos
        depth = 1
        while depth > 0:
            if pos >= end:
                raise value_error("incomplete format key")
            ch = fmt[pos]
            if ch == ")":
                depth -= 1
            elif ch == "(":
                depth += 1
            pos += 1
        w_key = make_key(fmt[key_start:pos - 1])
        try:
            args.select(w_key)
        finally:
            decref(w_key)

    def read():
        if pos >= end:
            raise value_error("incomplete format")
        return fmt[pos]

    ch = read()
    pos += 1
    while ch in _FLAGS:
        spec.flags |= _FLAGS[ch]
        ch = read()
        pos += 1
    if ch == "*":
        spec.width = _star_arg(args, False)
        if spec.width < 0:
            spec.flags |= F_LJUST
            spec.width = -spec.width
        ch = read()
        pos += 1
    elif ch in _DIGITS:
        width = int(ch)
        ch = read()
        pos += 1
        while ch in _DIGITS:
            width = width * 10 + int(ch)
            if width > SSIZE_MAX:
                raise value_error("width too big")
            ch = read()
            pos += 1
        spec.width = width
    if ch == ".":
        spec.prec = 0
        ch = read()
        pos += 1
        if ch == "*":
            spec.prec = max(0, _star_arg(args, True))
            ch = read()
            pos += 1
        elif ch in _DIGITS:
            prec = int(ch)
            ch = read()
            pos += 1
            while ch in _DIGITS:
                prec = prec * 10 + int(ch)
                if prec > INT_MAX:
                    raise value_error(prec_too_big)
                ch = read()
                pos += 1
            spec.prec = prec
    if ch in "hlL":
        ch = read()                  # a C length modifier: accepted and ignored
        pos += 1
    spec.type = ch
    spec.end = pos
    return spec


def _star_arg(args, is_precision):
    """A '*' width or precision: the next argument, which must be an int."""
    w_value = args.next()
    if not isinstance(w_value, W_Int):
        raise type_error("* wants int")
    value = w_value.value
    if is_precision:
        if not -INT_MAX - 1 <= value <= INT_MAX:
            raise overflow_error("Python int too large to convert to C int")
    elif not -SSIZE_MAX - 1 <= value <= SSIZE_MAX:
        raise overflow_error("Python int too large to convert to C ssize_t")
    return value


# --- the conversions shared by str and bytes ------------------------------------

def number_check(w_obj):
    """PyNumber_Check: __index__, __int__ or __float__, or a complex."""
    w_type = w_obj.ob_type
    return (w_type.nb_index is not None or w_type.nb_int is not None or
            w_type.nb_float is not None or w_type.is_subtype(_complex_type()))


def _complex_type():
    from glass.objects.complex import W_Complex
    return W_Complex.w_type


def _number_long(w_obj):
    """PyNumber_Long for the number types: __int__, then __index__."""
    w_type = w_obj.ob_type
    func = w_type.nb_int or w_type.nb_index
    if func is None:
        raise type_error("int() argument must be a string, a bytes-like object or a "
                         "real number, not '%s'" % w_type.name)
    w_res = func(w_obj)
    if not isinstance(w_res, W_Int):
        kind = w_res.ob_type.name
        decref(w_res)
        raise type_error("__int__ returned non-int (type %s)" % kind)
    value = w_res.value
    decref(w_res)
    return value


def integer_value(w_obj, kind):
    """The int a %d/%x/%o argument stands for (mainformatlong / formatlong).

    None means "wrong type": the caller raises its own message.
    """
    if isinstance(w_obj, W_Int):
        return w_obj.value
    if not number_check(w_obj):
        return None
    try:
        if kind in "oxX":
            w_int = abstract.index(w_obj)
            value = w_int.value
            decref(w_int)
            return value
        return _number_long(w_obj)
    except OperationError as error:
        if error.match(EXCEPTION_TYPES["TypeError"]):
            decref(error.w_value)
            return None
        raise


def format_long(value, flags, prec, kind):
    """_PyUnicode_FormatLong: digits with sign, at least prec of them, and
    the 0o/0x/0X prefix with '#'."""
    if prec > INT_MAX - 3:
        raise overflow_error("precision too large")
    if kind in "diu":
        # long_to_decimal_string: the guest's digit limit, not the host's.
        from glass.objects.int import int_to_decimal_string
        digits = int_to_decimal_string(abs(value))
    elif kind == "o":
        digits = "%o" % abs(value)
    else:
        digits = "%x" % abs(value)
    if prec > len(digits):
        digits = "0" * (prec - len(digits)) + digits
    if flags & F_ALT and kind in "oxX":
        digits = "0" + ("o" if kind == "o" else "x") + digits
    if kind == "X":
        digits = digits.upper()
    return "-" + digits if value < 0 else digits


def float_value(w_obj):
    """PyFloat_AsDouble: a host float."""
    return float_as_double(w_obj)


def format_float(value, flags, prec, kind):
    """formatfloat: PyOS_double_to_string with the precision (6 by default)
    and '#'; the host's float formatting is that same function."""
    if prec < 0:
        prec = 6
    return ("%" + ("#" if flags & F_ALT else "") + "." + str(prec) + kind) % value


def pad_output(text, spec, numeric):
    """Counterpart: unicode_format_arg_output (and the output part of
    _PyBytes_FormatEx): truncation, sign, the 0x prefix, padding."""
    flags, width, prec, kind = spec.flags, spec.width, spec.prec, spec.type
    length = len(text)
    if (width == -1 or width <= length) and (prec == -1 or prec >= length) and \
            not (flags & (F_SIGN | F_BLANK)):
        return text
    if kind in "sra" and 0 <= prec < length:
        text = text[:prec]
        length = prec
    fill = "0" if numeric and flags & F_ZERO else " "
    sign = ""
    if numeric:
        if text[:1] in ("-", "+"):
            sign = text[0]
            text = text[1:]
            length -= 1
        elif flags & F_SIGN:
            sign = "+"
        elif flags & F_BLANK:
            sign = " "
    if width < length:
        width = length
    out = []
    if sign:
        if fill != " ":
            out.append(sign)
        if width > length:
            width -= 1
    prefix = ""
    if flags & F_ALT and kind in "oxX" and numeric:
        prefix = text[:2]
        text = text[2:]
        if fill != " ":
            out.append(prefix)
        width = max(0, width - 2)
        length -= 2
    if width > length and not (flags & F_LJUST):
        out.append(fill * (width - length))
        width = length
    if fill == " ":
        out.append(sign)
        out.append(prefix)
    out.append(text)
    if width > length:
        out.append(" " * (width - length))
    return "".join(out)


def _bad_type_char(fmt, spec, for_bytes):
    ch = spec.type
    code = ord(ch)
    if for_bytes and code >= 0x80:
        # _PyBytes_FormatEx passes a signed char to %c: CPython's own quirk.
        return overflow_error("character argument not in range(0x110000)")
    shown = ch if (32 <= code < 127 or for_bytes) else "?"
    return value_error("unsupported format character '%s' (0x%x) at index %d"
                       % (shown, code, spec.end - 1))


# --- str % args ---------------------------------------------------------------------

def unicode_format(w_format, w_args):
    """Counterpart: PyUnicode_Format: a new W_Str."""
    from glass.objects.str import W_Str, new_str
    fmt = w_format.value
    end = len(fmt)
    args = FormatArgs(w_args, lambda w: isinstance(w, W_Str), "string")
    writer = Writer()
    try:
        pos = 0
        while pos < end:
            percent = fmt.find("%", pos)
            if percent != pos:
                stop = end if percent < 0 else percent
                if stop == end:
                    writer.overallocate = False
                if pos == 0 and stop == end:
                    writer.write_str(w_format)
                else:
                    writer.write(fmt[pos:stop])
                pos = stop
                continue
            pos += 1
            if pos < end and fmt[pos] == "%":
                writer.write("%")
                pos += 1
                continue
            spec = parse_spec(fmt, pos, args, new_str)
            pos = spec.end
            if pos == end:
                writer.overallocate = False
            w_value = args.next()
            _format_unicode_arg(writer, w_value, spec, fmt)
            args.check_after_key()
        args.check_all_used()
        return writer.finish()
    except BaseException:
        writer.discard()
        raise
    finally:
        args.release()


def _format_unicode_arg(writer, w_value, spec, fmt):
    """Counterpart: unicode_format_arg_format and unicode_format_arg_output."""
    kind = spec.type
    if kind in "sra":
        if type(w_value) is W_Int and w_value.ob_type is W_Int.w_type and \
                spec.width == -1 and spec.prec == -1:
            writer.write("%d" % w_value.value)
            return
        if kind == "s":
            w_text = abstract.str(w_value)
        elif kind == "r":
            w_text = abstract.repr(w_value)
        else:
            w_text = ascii(w_value)
        try:
            text = w_text.value
            out = pad_output(text, spec, False)
            if out is text:
                writer.write_str(w_text)
            else:
                writer.write(out)
        finally:
            decref(w_text)
        return
    if kind in "diuoxX":
        value = integer_value(w_value, kind)
        if value is None:
            if kind in "oxX":
                raise type_error("%%%s format: an integer is required, not %s"
                                 % (kind, w_value.ob_type.name))
            raise type_error("%%%s format: a real number is required, not %s"
                             % (kind, w_value.ob_type.name))
        writer.write(pad_output(format_long(value, spec.flags, spec.prec, kind),
                                spec, True))
        return
    if kind in "eEfFgG":
        text = format_float(float_value(w_value), spec.flags, spec.prec, kind)
        writer.write(pad_output(text, spec, True))
        return
    if kind == "c":
        writer.write(pad_output(_format_char(w_value), spec, False))
        return
    raise _bad_type_char(fmt, spec, False)


def _format_char(w_value):
    """formatchar: a one-character str, or an int code point."""
    from glass.objects.str import W_Str
    if isinstance(w_value, W_Str):
        if len(w_value.value) == 1:
            return w_value.value
        raise type_error("%c requires int or char")
    if w_value.ob_type.nb_index is None:
        raise type_error("%c requires int or char")
    w_int = abstract.index(w_value)
    code = w_int.value
    decref(w_int)
    if not 0 <= code <= 0x10FFFF:
        raise overflow_error("%c arg not in range(0x110000)")
    return chr(code)


# --- bytes % args ---------------------------------------------------------------------

def bytes_format(data, w_args):
    """Counterpart: _PyBytes_FormatEx: host bytes in, host bytes out."""
    from glass.objects.bytearray import W_ByteArray
    from glass.objects.bytes import W_Bytes, new_bytes
    from glass.objects.str import W_Str
    # Work on the format as a str of code points 0..255: the parser is shared.
    fmt = data.decode("latin-1")
    end = len(fmt)
    args = FormatArgs(w_args, lambda w: isinstance(w, (W_Bytes, W_ByteArray, W_Str)),
                      "bytes")
    out = []
    try:
        pos = 0
        while pos < end:
            percent = fmt.find("%", pos)
            if percent != pos:
                stop = end if percent < 0 else percent
                out.append(fmt[pos:stop])
                pos = stop
                continue
            pos += 1
            if pos < end and fmt[pos] == "%":
                out.append("%")
                pos += 1
                continue
            spec = parse_spec(fmt, pos, args,
                              lambda key: new_bytes(key.encode("latin-1")), "prec too big")
            pos = spec.end
            w_value = args.next()
            out.append(_format_bytes_arg(w_value, spec, fmt))
            args.check_after_key()
        args.check_all_used()
    finally:
        args.release()
    return "".join(out).encode("latin-1")


def _format_bytes_arg(w_value, spec, fmt):
    """One conversion of _PyBytes_FormatEx, as a str of code points 0..255."""
    kind = spec.type
    if kind in "ra":
        text = abstract.repr_text(w_value)
        text = text.encode("ascii", "backslashreplace").decode("ascii")
        if 0 <= spec.prec < len(text):
            text = text[:spec.prec]
        return pad_output(text, spec, False)
    if kind in "sb":
        text = bytes_of(w_value).decode("latin-1")
        if 0 <= spec.prec < len(text):
            text = text[:spec.prec]
        return pad_output(text, spec, False)
    if kind in "diuoxX":
        if kind == "i":
            kind = "d"
        value = integer_value(w_value, kind)
        if value is None:
            raise type_error("%%%s format: %s is required, not %s"
                             % (kind, "an integer" if kind in "oxX" else "a real number",
                                w_value.ob_type.name))
        text = format_long(value, spec.flags, spec.prec, kind)
        return pad_output(text, spec, True)
    if kind in "eEfFgG":
        try:
            number = float_value(w_value)
        except OperationError as error:
            decref(error.w_value)
            raise type_error("float argument required, not %s" % w_value.ob_type.name)
        return pad_output(format_float(number, spec.flags, spec.prec, kind), spec, True)
    if kind == "c":
        text = chr(_byte_of(w_value))
        if spec.width == -1:
            return text
        return pad_output(text, spec, False)
    raise _bad_type_char(fmt, spec, True)


def bytes_of(w_value):
    """format_obj: bytes, bytearray, __bytes__, or a buffer."""
    from glass.objects.bytearray import W_ByteArray
    from glass.objects.bytes import W_Bytes
    from glass.objects import stringlib
    if isinstance(w_value, (W_Bytes, W_ByteArray)):
        return bytes(w_value.value)
    w_method = w_value.ob_type.lookup("__bytes__")
    if w_method is not None:
        w_res = abstract.call_bound_descriptor(w_method, w_value, [])
        if not isinstance(w_res, W_Bytes):
            kind = w_res.ob_type.name
            decref(w_res)
            raise type_error("__bytes__ returned non-bytes (type %s)" % kind)
        data = w_res.value
        decref(w_res)
        return data
    data = stringlib.getbuffer(w_value)
    if data is not None:
        return bytes(data)
    raise type_error("%%b requires a bytes-like object, or an object that "
                     "implements __bytes__, not '%s'" % w_value.ob_type.name)


def _byte_of(w_value):
    """byte_converter: a one-byte bytes or bytearray, or an int in range(256)."""
    from glass.objects.bytearray import W_ByteArray
    from glass.objects.bytes import W_Bytes
    if isinstance(w_value, (W_Bytes, W_ByteArray)) and len(w_value.value) == 1:
        return w_value.value[0]
    if w_value.ob_type.nb_index is None:
        raise type_error("%c requires an integer in range(256) or a single byte")
    w_int = abstract.index(w_value)
    value = w_int.value
    decref(w_int)
    if not 0 <= value <= 255:
        raise overflow_error("%c arg not in range(256)")
    return value

# Imported last: these modules are loaded after this one.
from glass.objects.float import float_as_double  # noqa: E402
from glass.objects.int import W_Int, new_int  # noqa: E402
