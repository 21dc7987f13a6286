"""The format mini-language: format(value, spec) for str, int, float and complex.

Counterpart: Python/formatter_unicode.c (and PyOS_double_to_string of
Python/pystrtod.c, which renders a double for it).

    [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]

Each entry point takes host values and returns a host str, raising
OperationError with CPython's messages:

    format_str(text, spec)        str.__format__
    format_int(value, spec)       int.__format__
    format_float(value, spec)     float.__format__
    format_complex(value, spec)   complex.__format__

`type_name` (the object's type name) only appears in error messages.

A formatted number is laid out as formatter_unicode.c lays it out:

    <lpadding> <sign> <prefix> <spadding> <grouped digits> <decimal> <remainder> <rpadding>

where at most one of the paddings is non-empty, and a '0' fill with '='
alignment is done by the grouping itself (so '010,' gives '00,001,234').
"""
from __future__ import annotations

import math

from glass.objects.exceptions import overflow_error, value_error

SSIZE_MAX = (1 << 63) - 1
INT_MAX = (1 << 31) - 1

# LocaleType: which digit grouping a spec asks for.
LT_NO_LOCALE = ""
LT_DEFAULT_LOCALE = ","
LT_UNDERSCORE_LOCALE = "_"
LT_UNDER_FOUR_LOCALE = "_4"
LT_CURRENT_LOCALE = "n"


class FormatSpec:
    """InternalFormatSpec: a parsed format spec.  `type` is "" when omitted
    for float and complex (C's '\\0'); `width` and `precision` are -1 when
    not given."""
    __slots__ = ("fill_char", "align", "alternate", "no_neg_0", "sign", "width",
                 "thousands_separators", "precision", "type")

    def __init__(self, default_type, default_align):
        self.fill_char = " "
        self.align = default_align
        self.alternate = False
        self.no_neg_0 = False
        self.sign = ""
        self.width = -1
        self.thousands_separators = LT_NO_LOCALE
        self.precision = -1
        self.type = default_type


# --- Parsing the spec ----------------------------------------------------------------------

def _decimal_value(char):
    """Py_UNICODE_TODECIMAL: 0-9 for any Unicode decimal digit, else -1."""
    if "0" <= char <= "9":
        return ord(char) - 48
    if ord(char) < 128:
        return -1
    import unicodedata
    return unicodedata.decimal(char, -1)


def _get_integer(spec, pos):
    """get_integer: (value, characters consumed)."""
    value = 0
    start = pos
    while pos < len(spec):
        digit = _decimal_value(spec[pos])
        if digit < 0:
            break
        if value > (SSIZE_MAX - digit) // 10:
            raise value_error("Too many decimal digits in format string")
        value = value * 10 + digit
        pos += 1
    return value, pos - start


def _char_for_message(char):
    """How formatter_unicode.c prints a type character: itself, or \\x.. ."""
    code = ord(char)
    if 32 < code < 128:
        return char
    return "\\x%x" % code


def parse_spec(spec, type_name, default_type, default_align):
    """parse_internal_render_format_spec: a FormatSpec, or ValueError."""
    f = FormatSpec(default_type, default_align)
    end = len(spec)
    pos = 0
    fill_char_specified = align_specified = False
    if end - pos >= 2 and spec[pos + 1] in "<>=^":
        f.align = spec[pos + 1]
        f.fill_char = spec[pos]
        fill_char_specified = align_specified = True
        pos += 2
    elif end - pos >= 1 and spec[pos] in "<>=^":
        f.align = spec[pos]
        align_specified = True
        pos += 1
    if pos < end and spec[pos] in "+- ":
        f.sign = spec[pos]
        pos += 1
    if pos < end and spec[pos] == "z":
        f.no_neg_0 = True
        pos += 1
    if pos < end and spec[pos] == "#":
        f.alternate = True
        pos += 1
    # The '0' flag: zero fill, and '=' alignment for numbers (those whose
    # default alignment is right).
    if not fill_char_specified and pos < end and spec[pos] == "0":
        f.fill_char = "0"
        if not align_specified and default_align == ">":
            f.align = "="
        pos += 1
    width, consumed = _get_integer(spec, pos)
    pos += consumed
    if consumed:
        f.width = width
    if pos < end and spec[pos] == ",":
        f.thousands_separators = LT_DEFAULT_LOCALE
        pos += 1
    if pos < end and spec[pos] == "_":
        if f.thousands_separators != LT_NO_LOCALE:
            raise value_error("Cannot specify both ',' and '_'.")
        f.thousands_separators = LT_UNDERSCORE_LOCALE
        pos += 1
    if pos < end and spec[pos] == ",":
        if f.thousands_separators == LT_UNDERSCORE_LOCALE:
            raise value_error("Cannot specify both ',' and '_'.")
    if pos < end and spec[pos] == ".":
        pos += 1
        precision, consumed = _get_integer(spec, pos)
        pos += consumed
        if not consumed:
            raise value_error("Format specifier missing precision")
        f.precision = precision
    if end - pos > 1:
        raise value_error("Invalid format specifier '%s' for object of type '%s'"
                          % (spec, type_name[:200]))
    if end - pos == 1:
        f.type = spec[pos]
    if f.thousands_separators:
        if f.type in ("d", "e", "f", "g", "E", "G", "%", "F", ""):
            pass                          # PEP 378
        elif f.type in ("b", "o", "x", "X") and \
                f.thousands_separators == LT_UNDERSCORE_LOCALE:
            f.thousands_separators = LT_UNDER_FOUR_LOCALE      # PEP 515: every 4
        else:
            raise value_error("Cannot specify '%s' with '%s'."
                              % (f.thousands_separators, _char_for_message(f.type)))
    return f


def _unknown_presentation_type(format_type, type_name):
    return value_error("Unknown format code '%s' for object of type '%s'"
                       % (_char_for_message(format_type), type_name[:200]))


# --- Locale and grouping ----------------------------------------------------------------------

class LocaleInfo:
    __slots__ = ("decimal_point", "thousands_sep", "grouping")

    def __init__(self, decimal_point, thousands_sep, grouping):
        self.decimal_point = decimal_point
        self.thousands_sep = thousands_sep
        self.grouping = grouping     # group sizes, as localeconv() lists them


def get_locale_info(kind):
    """get_locale_info: the decimal point, separator and grouping to use."""
    if kind == LT_CURRENT_LOCALE:
        import locale
        conv = locale.localeconv()
        return LocaleInfo(conv["decimal_point"], conv["thousands_sep"], conv["grouping"])
    if kind == LT_NO_LOCALE:
        return LocaleInfo(".", "", [])
    if kind == LT_DEFAULT_LOCALE:
        return LocaleInfo(".", ",", [3])
    if kind == LT_UNDERSCORE_LOCALE:
        return LocaleInfo(".", "_", [3])
    return LocaleInfo(".", "_", [4])


CHAR_MAX = 127


def _group_sizes(grouping):
    """GroupGenerator: the sizes of the digit groups, right to left.

    As in C's lconv.grouping: a 0 (or the end of the list) repeats the last
    size forever, CHAR_MAX stops grouping; an empty grouping yields nothing.
    """
    previous = 0
    for size in grouping:
        if size == 0:
            break
        if size == CHAR_MAX:
            return
        previous = size
        yield size
    while previous > 0:
        yield previous


def insert_thousands_grouping(digits, min_width, grouping, thousands_sep):
    """_PyUnicode_InsertThousandsGrouping: the digits with separators, padded
    on the left with zeros (grouped too) to at least min_width characters."""
    min_width = max(0, min_width)
    remaining = len(digits)
    pos = remaining
    chunks = []                     # right to left
    use_separator = False
    loop_broken = False
    for size in _group_sizes(grouping):
        size = min(size, max(remaining, min_width, 1))
        n_zeros = max(0, size - remaining)
        n_chars = max(0, min(remaining, size))
        if use_separator:
            chunks.append(thousands_sep)
        chunks.append("0" * n_zeros + digits[pos - n_chars:pos])
        pos -= n_chars
        use_separator = True
        remaining -= n_chars
        min_width -= size
        if remaining <= 0 and min_width <= 0:
            loop_broken = True
            break
        min_width -= len(thousands_sep)
    if not loop_broken:
        size = max(remaining, min_width, 1)
        n_zeros = max(0, size - remaining)
        n_chars = max(0, min(remaining, size))
        if use_separator:
            chunks.append(thousands_sep)
        chunks.append("0" * n_zeros + digits[pos - n_chars:pos])
    chunks.reverse()
    return "".join(chunks)


def fill_number(sign_char, prefix, digits, has_decimal, remainder, f, locale,
                toupper=False):
    """calc_number_widths + fill_number: one number laid out in its field.

    `digits` are the integer digits (grouped here), `remainder` whatever
    follows the decimal point (fraction, exponent, '%'), `sign_char` '-'
    or "" for the number's own sign.
    """
    if f.sign == "+":
        sign = "-" if sign_char == "-" else "+"
    elif f.sign == " ":
        sign = "-" if sign_char == "-" else " "
    else:
        sign = "-" if sign_char == "-" else ""
    decimal = locale.decimal_point if has_decimal else ""
    n_non_digit_non_padding = len(sign) + len(prefix) + len(decimal) + len(remainder)
    if f.fill_char == "0" and f.align == "=":
        min_width = f.width - n_non_digit_non_padding
    else:
        min_width = 0
    if digits:
        grouped = insert_thousands_grouping(digits, min_width, locale.grouping,
                                            locale.thousands_sep)
    else:
        grouped = ""                      # only for 'c', whose char is remainder
    n_padding = f.width - (n_non_digit_non_padding + len(grouped))
    lpad = spad = rpad = 0
    if n_padding > 0:
        if f.align == "<":
            rpad = n_padding
        elif f.align == "^":
            lpad = n_padding // 2
            rpad = n_padding - lpad
        elif f.align == "=":
            spad = n_padding
        else:
            lpad = n_padding
    if toupper:
        prefix = prefix.upper()
        grouped = grouped.upper()
    fill = f.fill_char
    return "".join((fill * lpad, sign, prefix, fill * spad, grouped, decimal,
                    remainder, fill * rpad))


def _pad(text, width, align, fill):
    """calc_padding, then the fill: text aligned in a field of `width`."""
    total = max(width, len(text))
    if align == ">":
        lpad = total - len(text)
    elif align == "^":
        lpad = (total - len(text)) // 2
    else:
        lpad = 0
    rpad = total - len(text) - lpad
    return fill * lpad + text + fill * rpad


# --- str ------------------------------------------------------------------------------------

def format_str(text, spec, type_name="str"):
    """_PyUnicode_FormatAdvancedWriter: format(text, spec) for a str."""
    if not spec:
        return text
    f = parse_spec(spec, type_name, "s", "<")
    if f.type != "s":
        raise _unknown_presentation_type(f.type, type_name)
    if f.sign:
        if f.sign == " ":
            raise value_error("Space not allowed in string format specifier")
        raise value_error("Sign not allowed in string format specifier")
    if f.no_neg_0:
        raise value_error("Negative zero coercion (z) not allowed in string format "
                          "specifier")
    if f.alternate:
        raise value_error("Alternate form (#) not allowed in string format specifier")
    if f.align == "=":
        raise value_error("'=' alignment not allowed in string format specifier")
    if f.precision >= 0 and len(text) > f.precision:
        text = text[:f.precision]
    return _pad(text, f.width, f.align, f.fill_char)


# --- int ------------------------------------------------------------------------------------

def format_int(value, spec, type_name="int"):
    """_PyLong_FormatAdvancedWriter: format(value, spec) for a host int."""
    from glass.objects.int import int_as_double, int_to_decimal_string
    if not spec:
        return int_to_decimal_string(value)
    f = parse_spec(spec, type_name, "d", ">")
    if f.type in ("b", "c", "d", "o", "x", "X", "n"):
        return _format_long_internal(value, f)
    if f.type in ("e", "E", "f", "F", "g", "G", "%"):
        return _format_float_internal(int_as_double(value), f)
    raise _unknown_presentation_type(f.type, type_name)


def _format_long_internal(value, f):
    """format_long_internal"""
    from glass.objects.int import int_to_decimal_string
    if f.precision != -1:
        raise value_error("Precision not allowed in integer format specifier")
    if f.no_neg_0:
        raise value_error("Negative zero coercion (z) not allowed in integer format "
                          "specifier")
    prefix = ""
    if f.type == "c":
        if f.sign:
            raise value_error("Sign not allowed with integer format specifier 'c'")
        if f.alternate:
            raise value_error("Alternate form (#) not allowed with integer format "
                              "specifier 'c'")
        if not -(1 << 63) <= value < (1 << 63):
            raise overflow_error("Python int too large to convert to C long")
        if not 0 <= value <= 0x10FFFF:
            raise overflow_error("%c arg not in range(0x110000)")
        # The character goes out as a "remainder": copied, never grouped.
        sign_char, digits, remainder = "", "", chr(value)
    else:
        magnitude = abs(value)
        if f.type == "b":
            digits = bin(magnitude)[2:]
        elif f.type == "o":
            digits = "%o" % magnitude
        elif f.type in ("x", "X"):
            digits = "%x" % magnitude
        else:
            digits = int_to_decimal_string(magnitude)
        if f.alternate and f.type in ("b", "o", "x", "X"):
            prefix = "0" + f.type.lower()
        sign_char = "-" if value < 0 else ""
        remainder = ""
    kind = LT_CURRENT_LOCALE if f.type == "n" else f.thousands_separators
    return fill_number(sign_char, prefix, digits, False, remainder, f,
                       get_locale_info(kind), toupper=f.type == "X")


# --- float ----------------------------------------------------------------------------------

def format_float(value, spec, type_name="float"):
    """_PyFloat_FormatAdvancedWriter: format(value, spec) for a host float."""
    if not spec:
        return repr(value)
    f = parse_spec(spec, type_name, "", ">")
    if f.type in ("", "e", "E", "f", "F", "g", "G", "n", "%"):
        return _format_float_internal(value, f)
    raise _unknown_presentation_type(f.type, type_name)


def _parse_number(text):
    """parse_number: (integer digits, has a decimal point, remainder)."""
    pos = 0
    while pos < len(text) and "0" <= text[pos] <= "9":
        pos += 1
    has_decimal = text[pos:pos + 1] == "."
    return text[:pos], has_decimal, text[pos + has_decimal:]


def _format_float_internal(value, f):
    """format_float_internal"""
    if f.precision > INT_MAX:
        raise value_error("precision too big")
    precision = f.precision
    format_type = f.type
    add_dot_0 = add_pct = False
    default_precision = 6
    if format_type == "":
        # No type: like repr() without a precision, else like 'g' but
        # with at least one digit after the decimal point.
        add_dot_0 = True
        format_type = "r"
        default_precision = 0
    if format_type == "n":
        format_type = "g"                 # with the locale's separators, below
    if format_type == "%":
        format_type = "f"
        value *= 100
        add_pct = True
    if precision < 0:
        precision = default_precision
    elif format_type == "r":
        format_type = "g"
    text = double_to_string(value, format_type, precision, add_dot_0=add_dot_0,
                            alt=f.alternate, no_neg_0=f.no_neg_0)
    if add_pct:
        text += "%"
    if f.sign not in ("+", " ") and f.width == -1 and f.type != "n" and \
            not f.thousands_separators:
        return text
    sign_char = ""
    if text.startswith("-"):
        sign_char = "-"
        text = text[1:]
    digits, has_decimal, remainder = _parse_number(text)
    kind = LT_CURRENT_LOCALE if f.type == "n" else f.thousands_separators
    return fill_number(sign_char, "", digits, has_decimal, remainder, f,
                       get_locale_info(kind))


# --- complex --------------------------------------------------------------------------------

def format_complex(value, spec, type_name="complex"):
    """_PyComplex_FormatAdvancedWriter: format(value, spec) for a host complex."""
    if not spec:
        from glass.objects.complex import complex_repr
        return complex_repr(value.real, value.imag)
    f = parse_spec(spec, type_name, "", ">")
    if f.type in ("", "e", "E", "f", "F", "g", "G", "n"):
        return _format_complex_internal(value.real, value.imag, f)
    raise _unknown_presentation_type(f.type, type_name)


def _format_complex_internal(re, im, f):
    """format_complex_internal: each part formatted unpadded, then the whole
    padded; the imaginary part always signed unless the real part is omitted."""
    if f.precision > INT_MAX:
        raise value_error("precision too big")
    if f.fill_char == "0":
        raise value_error("Zero padding is not allowed in complex format specifier")
    if f.align == "=":
        raise value_error("'=' alignment flag is not allowed in complex format "
                          "specifier")
    precision = f.precision
    format_type = f.type
    default_precision = 6
    skip_re = add_parens = False
    if format_type == "":
        # No type: like str(self), or 'g' with a precision.
        format_type = "r"
        default_precision = 0
        if re == 0.0 and math.copysign(1.0, re) == 1.0:
            skip_re = True
        else:
            add_parens = True
    if format_type == "n":
        format_type = "g"
    if precision < 0:
        precision = default_precision
    elif format_type == "r":
        format_type = "g"
    re_text = double_to_string(re, format_type, precision, alt=f.alternate,
                               no_neg_0=f.no_neg_0)
    im_text = double_to_string(im, format_type, precision, alt=f.alternate,
                               no_neg_0=f.no_neg_0)
    locale = get_locale_info(LT_CURRENT_LOCALE if f.type == "n"
                             else f.thousands_separators)
    # The parts get no padding of their own (fill '\0', width -1).
    part_format = FormatSpec(f.type, "<")
    part_format.fill_char = "\0"
    part_format.sign = f.sign
    parts = []
    if add_parens:
        parts.append("(")
    if not skip_re:
        parts.append(_format_part(re_text, part_format, locale))
        part_format.sign = "+"
    parts.append(_format_part(im_text, part_format, locale))
    parts.append("j")
    if add_parens:
        parts.append(")")
    return _pad("".join(parts), f.width, f.align, f.fill_char)


def _format_part(text, f, locale):
    sign_char = ""
    if text.startswith("-"):
        sign_char = "-"
        text = text[1:]
    digits, has_decimal, remainder = _parse_number(text)
    return fill_number(sign_char, "", digits, has_decimal, remainder, f, locale)


# --- Rendering a double (Python/pystrtod.c) ------------------------------------------------------

def _dtoa(x, mode, ndigits):
    """_Py_dg_dtoa for a finite x: (digits, decpt, negative).

    The value is 0.<digits> * 10**decpt, digits without trailing zeros.
    Mode 0 is the shortest string that reads back as x (the host's repr
    finds exactly that); mode 2 rounds to ndigits significant digits,
    mode 3 to ndigits places after the point, both half-even on the exact
    binary value (the host's %e and %f do exactly that).  Mode 3 gives
    no digits at all (decpt = -ndigits) when x rounds to zero.
    """
    negative = math.copysign(1.0, x) < 0
    x = abs(x)
    if x == 0.0:
        return "0", 1, negative
    if mode == 0:
        mantissa, _, exponent = repr(x).partition("e")
        whole, _, fraction = mantissa.partition(".")
        digits = whole + fraction
        decpt = len(whole) + (int(exponent) if exponent else 0)
    elif mode == 2:
        mantissa, _, exponent = ("%.*e" % (ndigits - 1, x)).partition("e")
        digits = mantissa.replace(".", "")
        decpt = int(exponent) + 1
    else:
        whole, _, fraction = ("%.*f" % (ndigits, x)).partition(".")
        digits = whole + fraction
        decpt = len(whole)
    stripped = digits.lstrip("0")
    decpt -= len(digits) - len(stripped)
    digits = stripped.rstrip("0")
    if not digits:
        return "", -ndigits, negative
    return digits, decpt, negative


def double_to_string(x, format_code, precision, always_add_sign=False, add_dot_0=False,
                     alt=False, no_neg_0=False):
    """PyOS_double_to_string (format_float_short): a double as text.

    format_code is one of 'e', 'E', 'f', 'F', 'g', 'G' or 'r' (repr); the
    flags are Py_DTSF_SIGN, Py_DTSF_ADD_DOT_0, Py_DTSF_ALT, Py_DTSF_NO_NEG_0.
    """
    upper = format_code in ("E", "F", "G")
    code = format_code.lower()
    if code == "e":
        mode = 2
        precision += 1
    elif code == "f":
        mode = 3
    elif code == "g":
        mode = 2
        if precision == 0:
            precision = 1                 # 0 significant digits means 1
    else:
        mode = 0
    if not math.isfinite(x):
        if math.isnan(x):
            body, sign = "nan", ""        # the sign of a NaN is ignored
        else:
            body, sign = "inf", "-" if x < 0 else ""
        if not sign and always_add_sign:
            sign = "+"
        return sign + (body.upper() if upper else body)
    digits, decpt, negative = _dtoa(x, mode, precision)
    if no_neg_0 and negative and digits in ("", "0"):
        negative = False
    # The output is a slice vdigits[vdigits_start:vdigits_end] of the digits
    # padded with zeros on both sides forever, with a decimal point inside.
    digits_len = len(digits)
    vdigits_end = digits_len
    use_exp = False
    if code == "e":
        use_exp = True
        vdigits_end = precision
    elif code == "f":
        vdigits_end = decpt + precision
    elif code == "g":
        if decpt <= -4 or decpt > (precision - 1 if add_dot_0 else precision):
            use_exp = True
        if alt:
            vdigits_end = precision
    elif decpt <= -4 or decpt > 16:       # 'r' switches to an exponent at 1e16
        use_exp = True
    exponent = 0
    if use_exp:
        exponent = decpt - 1
        decpt = 1
    vdigits_start = decpt - 1 if decpt <= 0 else 0
    if not use_exp and add_dot_0:
        vdigits_end = max(vdigits_end, decpt + 1)
    else:
        vdigits_end = max(vdigits_end, decpt)
    out = ["-" if negative else ("+" if always_add_sign else "")]
    if decpt <= 0:
        out.append("0" * (decpt - vdigits_start) + "." + "0" * -decpt)
    else:
        out.append("0" * -vdigits_start)
    if 0 < decpt <= digits_len:
        out.append(digits[:decpt] + "." + digits[decpt:])
    else:
        out.append(digits)
    if digits_len < decpt:
        out.append("0" * (decpt - digits_len) + "." + "0" * (vdigits_end - decpt))
    else:
        out.append("0" * (vdigits_end - digits_len))
    text = "".join(out)
    if text.endswith(".") and not alt:
        text = text[:-1]
    if use_exp:
        text += ("E" if upper else "e") + "%+.02d" % exponent
    return text
