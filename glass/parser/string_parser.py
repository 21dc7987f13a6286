"""String literals: escapes, implicit concatenation, and f-strings.

Counterpart: Parser/string_parser.c (3.11), with the parts of
Parser/action_helpers.c that use it (_PyPegen_concatenate_strings).

In 3.11 an f-string is one STRING token; this module takes it apart.  It
works, as the C code does, on the UTF-8 bytes of the token, so that the
column offsets it computes are byte offsets like every other in the AST.
Each expression inside braces is parsed by a new parser over the text
"(" + expression + ")", whose token positions are shifted to where the
expression sits in the file (fstring_compile_expr).  The shifting has
3.11's quirks, copied on purpose: only tokens on the expression's first line
are moved right, and Constant and FormattedValue parts take the position
of the whole string, not their own.
"""
from __future__ import annotations

import codecs
import warnings

from glass.parser import ast_nodes as ast
from glass.parser import diagnostics

# The characters a backslash may precede (anything else is an invalid
# escape: kept as written, with a DeprecationWarning).
_STR_ESCAPES = frozenset(b"\n\\'\"abfnrtv01234567xNuU")
_BYTES_ESCAPES = frozenset(b"\n\\'\"abfnrtv01234567x")
_SPACE = frozenset(b" \t\n\r\x0b\x0c")      # Py_ISSPACE


def concatenate_strings(p, tokens):
    """_PyPegen_concatenate_strings: STRING+ to a Constant or a JoinedStr."""
    first = tokens[0]
    last = tokens[-1]
    bytesmode = False
    bytes_value = b""
    state = FstringParser()
    for i, tok in enumerate(tokens):
        try:
            this_bytesmode, rawmode, value, fstring = parsestr(p, tok)
        except UnicodeDecodeError as error:
            p.raise_syntax_error("(unicode error) %s" % error)
        if i != 0 and bytesmode != this_bytesmode:
            p.raise_syntax_error("cannot mix bytes and nonbytes literals")
        bytesmode = this_bytesmode
        if fstring is not None:
            data, start, end = fstring
            try:
                state.concat_fstring(p, data, start, end, rawmode, 0, first, tok, last)
            except UnicodeDecodeError as error:
                p.raise_syntax_error("(unicode error) %s" % error)
        elif bytesmode:
            bytes_value += value
        else:
            state.concat(value)
    if bytesmode:
        return ast.Constant(bytes_value, None, first.lineno, first.col_offset,
                            last.end_lineno, last.end_col_offset)
    return state.finish(p, first, last)


def parsestr(p, tok):
    """_PyPegen_parsestr: (bytesmode, rawmode, value, fstring) of one STRING token.

    For an f-string, value is None and fstring is (token bytes, body start,
    body end): the caller parses it.
    """
    # Undecodable source bytes were kept as lone surrogates (source.py);
    # surrogateescape gives the bytes back, so decoding fails here as in C.
    data = tok.string.encode("utf-8", "surrogateescape")
    i = 0
    bytesmode = rawmode = fmode = False
    while data[i:i + 1].isalpha():
        c = data[i:i + 1].lower()
        if c == b"b":
            bytesmode = True
        elif c == b"r":
            rawmode = True
        elif c == b"f":
            fmode = True
        i += 1
    if fmode and p.feature_version < 6:
        p.raise_syntax_error("Format strings are only supported in Python 3.6 and greater")
    quote = data[i]
    start = i + 1
    end = len(data) - 1
    if end - start >= 4 and data[start] == quote and data[start + 1] == quote:
        start += 2          # a triple-quoted string
        end -= 2
    if fmode:
        return False, rawmode, None, (data, start, end)
    body = data[start:end]
    rawmode = rawmode or b"\\" not in data[start:]
    if bytesmode:
        if any(b >= 0x80 for b in body):
            p.raise_syntax_error_known_location(tok, "bytes can only contain ASCII literal characters")
        if rawmode:
            return True, rawmode, body, None
        return True, rawmode, decode_bytes_with_escapes(p, body, tok), None
    if rawmode:
        return False, rawmode, body.decode("utf-8"), None
    return False, rawmode, decode_unicode_with_escapes(p, body, tok), None


def _first_invalid_escape(data, valid):
    """The text after the first invalid escape's backslash, or None: an
    unknown escape character, or an octal escape above 0o377 (which 3.11
    still decodes, with a warning)."""
    i = data.find(b"\\")
    while i >= 0 and i + 1 < len(data):
        if data[i + 1] not in valid:
            return data[i + 1:]
        digits = 0
        while digits < 3 and i + 1 + digits < len(data) and 0x30 <= data[i + 1 + digits] <= 0x37:
            digits += 1
        if digits and int(data[i + 1:i + 1 + digits], 8) > 0o377:
            return data[i + 1:]
        i = data.find(b"\\", i + 2)
    return None


def decode_unicode_with_escapes(p, data, tok):
    """decode_unicode_with_escapes: a str literal's body, escapes decoded.

    As in C, non-ASCII characters are first written as \\U escapes (and a
    backslash before one as \\u005c), so the unicode-escape codec sees ASCII.
    """
    out = bytearray()
    i = 0
    n = len(data)
    while i < n:
        b = data[i]
        if b == 0x5c:                           # backslash
            out.append(b)
            i += 1
            if i >= n or data[i] & 0x80:
                out += b"u005c"
                if i >= n:
                    break
        if data[i] & 0x80:
            j = i
            while j < n and data[j] & 0x80:
                j += 1
            for ch in data[i:j].decode("utf-8"):
                out += b"\\U%08x" % ord(ch)
            i = j
        else:
            out.append(data[i])
            i += 1
    buffer = bytes(out)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            value = codecs.unicode_escape_decode(buffer)[0]
    except UnicodeDecodeError as error:
        p.raise_syntax_error("(unicode error) %s" % error)
    invalid = _first_invalid_escape(buffer, _STR_ESCAPES)
    if invalid is not None:
        warn_invalid_escape_sequence(p, invalid, tok)
    return value


def decode_bytes_with_escapes(p, data, tok):
    """decode_bytes_with_escapes: a bytes literal's body, escapes decoded."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            value = codecs.escape_decode(data)[0]
    except ValueError as error:
        p.raise_syntax_error("(value error) %s" % error)
    invalid = _first_invalid_escape(data, _BYTES_ESCAPES)
    if invalid is not None:
        warn_invalid_escape_sequence(p, invalid, tok)
    return value


def warn_invalid_escape_sequence(p, first_invalid, tok):
    """warn_invalid_escape_sequence: a DeprecationWarning, or a SyntaxError
    at the string when warnings are errors; none in the second pass, which
    parses the same strings again.  `first_invalid`: the text after the
    backslash."""
    if p.call_invalid_rules:
        return
    char = first_invalid[0]
    if 0x34 <= char <= 0x37:                    # '4'..'7': \400 and above
        message = "invalid octal escape sequence '\\%s'" % first_invalid[:3].decode("latin-1")
    else:
        message = "invalid escape sequence '\\%s'" % chr(char)
    if p.warnings is not None:
        p.warnings.append((DeprecationWarning, message, tok.lineno))
        return
    try:
        diagnostics.warn_explicit(DeprecationWarning, message, p.filename, tok.lineno)
    except DeprecationWarning:
        p.known_err_token = tok
        p.raise_syntax_error(message)


# --- f-strings -----------------------------------------------------------------------

class FstringParser:
    """FstringParser: the parts of a string being built (last_str, expr_list, fmode)."""

    def __init__(self):
        self.last_str = None
        self.expr_list = []
        self.fmode = False

    def concat(self, text):
        """_PyPegen_FstringParser_ConcatAndDel: add literal text."""
        if not text:
            return
        self.last_str = text if self.last_str is None else self.last_str + text

    def concat_fstring(self, p, data, pos, end, raw, recurse_lvl, first, tok, last):
        """_PyPegen_FstringParser_ConcatFstring: parse data[pos:end]; returns the new pos."""
        self.fmode = True
        while True:
            result, pos, literal, expr_text, expression = fstring_find_literal_and_expr(
                p, data, pos, end, raw, recurse_lvl, first, tok, last)
            if literal is not None:
                self.concat(literal)
            if expr_text is not None:
                self.concat(expr_text)
            if result == 1:
                continue
            if expression is None:
                break
            if self.last_str is not None:
                self.expr_list.append(make_str_node(self.last_str, first, last))
                self.last_str = None
            self.expr_list.append(expression)
        if recurse_lvl == 0 and pos < end - 1:
            p.raise_syntax_error("f-string: unexpected end of string")
        if recurse_lvl != 0 and (pos >= end or data[pos] != 0x7d):
            p.raise_syntax_error("f-string: expecting '}'")
        return pos

    def finish(self, p, first, last):
        """_PyPegen_FstringParser_Finish: a Constant, or a JoinedStr of the parts."""
        if not self.fmode:
            return make_str_node(self.last_str or "", first, last)
        if self.last_str is not None:
            self.expr_list.append(make_str_node(self.last_str, first, last))
            self.last_str = None
        return ast.JoinedStr(self.expr_list, first.lineno, first.col_offset,
                             last.end_lineno, last.end_col_offset)


def make_str_node(text, first, last):
    """make_str_node_and_del: kind is 'u' only for a lowercase u prefix, as in C."""
    kind = "u" if first.string.startswith("u") else None
    return ast.Constant(text, kind, first.lineno, first.col_offset, last.end_lineno,
                        last.end_col_offset)


def fstring_find_literal_and_expr(p, data, pos, end, raw, recurse_lvl, first, tok, last):
    """(result, pos, literal, expr_text, expression); result 1 means "a doubled
    brace: take the literal and scan on"."""
    result, pos, literal = fstring_find_literal(p, data, pos, end, raw, recurse_lvl, tok)
    if result == 1:
        return 1, pos, literal, None, None
    if pos >= end or data[pos] == 0x7d:          # '}'
        return 0, pos, literal, None, None
    pos, expr_text, expression = fstring_find_expr(p, data, pos, end, raw, recurse_lvl,
                                                   first, tok, last)
    return 0, pos, literal, expr_text, expression


def fstring_find_literal(p, data, pos, end, raw, recurse_lvl, tok):
    """fstring_find_literal: the literal text up to the next single brace."""
    s = pos
    literal_start = s
    result = 0
    while s < end:
        ch = data[s]
        s += 1
        if not raw and ch == 0x5c and s < end:          # backslash
            ch = data[s]
            s += 1
            if ch == 0x4e:                              # \N{...}
                if s < end:
                    s += 1
                    if data[s - 1] == 0x7b:
                        while s < end:
                            s += 1
                            if data[s - 1] == 0x7d:
                                break
                continue
            if ch == 0x7b:
                warn_invalid_escape_sequence(p, b"{", tok)
        if ch == 0x7b or ch == 0x7d:                    # '{' or '}'
            if recurse_lvl == 0:
                if s < end and data[s] == ch:
                    # A doubled brace: the literal ends after the first one,
                    # scanning resumes after the second.
                    literal = _decode_literal(p, data, literal_start, s, raw, tok)
                    return 1, s + 1, literal
                if ch == 0x7d:
                    p.raise_syntax_error("f-string: single '}' is not allowed")
            s -= 1
            break
    literal = _decode_literal(p, data, literal_start, s, raw, tok) if s != literal_start else None
    return result, s, literal


def _decode_literal(p, data, start, end, raw, tok):
    if start == end:
        return None
    if raw:
        return data[start:end].decode("utf-8")
    return decode_unicode_with_escapes(p, data[start:end], tok)


_CLOSING = {0x29: 0x28, 0x5d: 0x5b, 0x7d: 0x7b}


def fstring_find_expr(p, data, pos, end, raw, recurse_lvl, first, tok, last):
    """fstring_find_expr: one {expression!conversion:format_spec}; returns
    (new pos, expr_text for '=' or None, the FormattedValue)."""
    if recurse_lvl >= 2:
        p.raise_syntax_error("f-string: expressions nested too deeply")
    pos += 1                                    # the '{'
    expr_start = pos
    quote_char = 0
    string_type = 0
    parenstack = []
    while pos < end:
        ch = data[pos]
        if ch == 0x5c:
            p.raise_syntax_error("f-string expression part cannot include a backslash")
        if quote_char:
            if ch == quote_char:
                if string_type == 3:
                    if pos + 2 < end and data[pos + 1] == ch and data[pos + 2] == ch:
                        pos += 3
                        string_type = 0
                        quote_char = 0
                        continue
                else:
                    quote_char = 0
                    string_type = 0
                    pos += 1
                    continue
            pos += 1
            continue
        if ch == 0x27 or ch == 0x22:            # a quote
            if pos + 2 < end and data[pos + 1] == ch and data[pos + 2] == ch:
                string_type = 3
                pos += 2
            else:
                string_type = 1
            quote_char = ch
        elif ch in (0x5b, 0x7b, 0x28):          # [ { (
            if len(parenstack) >= 200:
                p.raise_syntax_error("f-string: too many nested parenthesis")
            parenstack.append(ch)
        elif ch == 0x23:                        # '#'
            p.raise_syntax_error("f-string expression part cannot include '#'")
        elif not parenstack and ch in (0x21, 0x3a, 0x7d, 0x3d, 0x3e, 0x3c):   # ! : } = > <
            if pos + 1 < end:
                following = data[pos + 1]
                if following == 0x3d and ch in (0x21, 0x3d, 0x3c, 0x3e):     # != == <= >=
                    pos += 2
                    continue
            if ch in (0x3e, 0x3c):
                pos += 1
                continue
            break
        elif ch in (0x5d, 0x7d, 0x29):          # ] } )
            if not parenstack:
                p.raise_syntax_error("f-string: unmatched '%s'" % chr(ch))
            opening = parenstack.pop()
            if opening != _CLOSING[ch]:
                p.raise_syntax_error("f-string: closing parenthesis '%s' does not match "
                                     "opening parenthesis '%s'" % (chr(ch), chr(opening)))
        pos += 1
    expr_end = pos
    if quote_char:
        p.raise_syntax_error("f-string: unterminated string")
    if parenstack:
        p.raise_syntax_error("f-string: unmatched '%s'" % chr(parenstack[-1]))
    if pos >= end:
        p.raise_syntax_error("f-string: expecting '}'")
    simple_expression = fstring_compile_expr(p, data, expr_start, expr_end, tok)
    expr_text = None
    if data[pos] == 0x3d:                       # '=': the self-documenting form
        if p.feature_version < 8:
            p.raise_syntax_error("f-string: self documenting expressions are only "
                                 "supported in Python 3.8 and greater")
        pos += 1
        while pos < len(data) and data[pos] in _SPACE:
            pos += 1
        if pos >= end:
            p.raise_syntax_error("f-string: expecting '}'")
        expr_text = data[expr_start:pos].decode("utf-8")
    conversion = -1
    if data[pos] == 0x21:                       # '!'
        pos += 1
        if pos >= end:
            p.raise_syntax_error("f-string: expecting '}'")
        conversion = data[pos]
        pos += 1
        if conversion not in (0x73, 0x72, 0x61):   # s r a
            p.raise_syntax_error("f-string: invalid conversion character: "
                                 "expected 's', 'r', or 'a'")
    format_spec = None
    if pos < end and data[pos] == 0x3a:         # ':'
        pos += 1
        if pos >= end:
            p.raise_syntax_error("f-string: expecting '}'")
        pos, format_spec = fstring_parse(p, data, pos, end, raw, recurse_lvl + 1, first, tok, last)
    if pos >= end or data[pos] != 0x7d:
        p.raise_syntax_error("f-string: expecting '}'")
    pos += 1
    if expr_text is not None and format_spec is None and conversion == -1:
        conversion = 0x72                       # '=' implies !r
    expression = ast.FormattedValue(simple_expression, conversion, format_spec,
                                    first.lineno, first.col_offset, last.end_lineno,
                                    last.end_col_offset)
    return pos, expr_text, expression


def fstring_parse(p, data, pos, end, raw, recurse_lvl, first, tok, last):
    """fstring_parse: a nested format spec, as a JoinedStr placed at token `tok`."""
    state = FstringParser()
    pos = state.concat_fstring(p, data, pos, end, raw, recurse_lvl, first, tok, last)
    return pos, state.finish(p, tok, tok)


def fstring_compile_expr(p, data, expr_start, expr_end, tok):
    """fstring_compile_expr: parse the text between the braces as an expression."""
    for i in range(expr_start, expr_end):
        if data[i] not in (0x20, 0x09, 0x0a, 0x0c):
            break
    else:
        if data[expr_end] in (0x21, 0x3a, 0x3d):        # ! : =
            p.raise_syntax_error("f-string: expression required before '%s'" % chr(data[expr_end]))
        p.raise_syntax_error("f-string: empty expression not allowed")
    lines, cols = fstring_find_expr_location(data, expr_start - 1)
    text = "(" + data[expr_start:expr_end].decode("utf-8", "surrogateescape") + ")"
    from glass.parser.parser import parse_fstring_expression
    # On a later line of the token, the column counts from that line's start.
    starting_col_offset = cols if lines else tok.col_offset + cols
    return parse_fstring_expression(p, text, tok.lineno + lines, starting_col_offset)


def fstring_find_expr_location(data, brace):
    """fstring_find_expr_location: how many lines and byte columns into the
    token the expression starts, as 3.11 counts them."""
    lines = 0
    cols = 0
    newline_after_brace = True
    i = brace + 1
    while i < len(data) and data[i] != 0x7d and data[i] != 0x0a:
        if data[i] not in (0x20, 0x09, 0x0c):
            newline_after_brace = False
            break
        i += 1
    if not newline_after_brace:
        start = brace
        while start > 0 and data[start] != 0x0a:
            start -= 1
        cols += brace - start
        if data[start] == 0x0a:
            cols -= 1
    lines = data.count(b"\n", 0, brace)
    return lines, cols
