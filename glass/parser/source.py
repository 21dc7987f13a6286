"""Source decoding: from the bytes of a program to the text the tokenizer reads.

Counterpart: Parser/tokenizer.c, its decoding half (check_bom,
check_coding_spec, get_coding_spec, get_normal_name, ensure_utf8,
translate_newlines, decode_str, tok_underflow_file) and
_PyPegen_raise_tokenizer_init_error in Parser/pegen_errors.c.

PEP 263 in brief: a program is UTF-8 unless its first or second line is a
comment naming another encoding (`# -*- coding: latin-1 -*-`); the second
line counts only when the first is blank or a comment.  A UTF-8 byte order
mark may start the file, and then a cookie, if any, must say utf-8.

CPython reads programs on two roads, and they do not fail alike:

* a file run as `python3 FILE` (`decode_file`): each line is read raw and,
  while no encoding is declared, checked to be UTF-8 ("Non-UTF-8 code
  starting with '\\xff' in file ... on line 2 ..."); a cookie switches the
  rest of the file to that codec ("encoding problem: bogus" when it
  cannot).  These SyntaxErrors carry no location.
* bytes given to compile()/exec() (`decode_string`): the whole buffer is
  recoded at once and any failure becomes a SyntaxError at line 0, offset
  -1 ("unknown encoding: bogus").  Bytes that are not UTF-8 are *not*
  rejected here: they surface later, in a string literal (the parser's
  "(unicode error)") or an identifier (the tokenizer's).

CPython's tokenizer works on bytes; Glass's works on text.  Bytes that CPython
lets through undecoded are kept as lone surrogates (the 'surrogateescape'
error handler), so the tokenizer can still report them where CPython would.
"""
from __future__ import annotations

import codecs

BOM_UTF8 = b"\xef\xbb\xbf"

PEP263_URL = "https://peps.python.org/pep-0263/"


def get_normal_name(name):
    """get_normal_name: canonical spellings for the two encodings CPython knows best.

    Only the first 12 characters count, '_' reads as '-', case is ignored.
    """
    low = name[:12].lower().replace("_", "-")
    if low == "utf-8" or low.startswith("utf-8-"):
        return "utf-8"
    if (low in ("latin-1", "iso-8859-1", "iso-latin-1")
            or low.startswith(("latin-1-", "iso-8859-1-", "iso-latin-1-"))):
        return "iso-8859-1"
    return name


def _is_ascii_alnum(b):
    return 48 <= b <= 57 or 65 <= b <= 90 or 97 <= b <= 122


def get_coding_spec(line):
    """get_coding_spec: the encoding a line declares, or None.

    `line` is bytes.  The cookie must sit in a comment that is the only
    thing on its line: blanks, then '#', then anywhere after it 'coding'
    followed by ':' or '=', optional blanks, and a name of ASCII letters,
    digits, '-', '_' and '.'.  CPython stops looking 6 bytes before the end
    of the line, so 'coding' needs something after it on the same line.
    """
    size = len(line)
    i = 0
    while i < size - 6:                     # only blanks may precede the '#'
        b = line[i]
        if b == 0x23:                       # '#'
            break
        if b not in (0x20, 0x09, 0x0c):
            return None
        i += 1
    while i < size - 6:
        if line.startswith(b"coding", i):
            t = i + 6
            if t < size and line[t] in (0x3a, 0x3d):      # ':' or '='
                t += 1
                while t < size and line[t] in (0x20, 0x09):
                    t += 1
                begin = t
                while t < size and (_is_ascii_alnum(line[t]) or line[t] in b"-_."):
                    t += 1
                if begin < t:
                    return get_normal_name(line[begin:t].decode("ascii"))
        i += 1
    return None


def _only_blank_or_comment(line):
    """True if the line holds nothing but blanks and maybe a comment.

    Only then does CPython go on to look for a cookie on the next line
    (check_coding_spec: "Stop checking coding spec after a line containing
    anything except a comment").
    """
    for b in line:
        if b in (0x23, 0x0a, 0x0d):         # '#', '\n', '\r'
            return True
        if b not in (0x20, 0x09, 0x0c):
            return False
    return True


def translate_newlines(text, exec_input=False):
    """translate_newlines: '\\r\\n' and '\\r' become '\\n'; exec input ends with one.

    CPython does this to every program given as a string before tokenizing
    (files get the same from its universal-newline reader), so the
    tokenizer only ever sees '\\n'.  Works on str and on bytes.

    A quirk copied on purpose: a string ending in '\\r\\n' gets one more
    newline, because the C loop stops on the '\\0' after the '\\n' it
    skipped and then sees no newline at the end.
    """
    cr, lf, crlf = ("\r", "\n", "\r\n") if isinstance(text, str) else (b"\r", b"\n", b"\r\n")
    if cr in text:
        extra = exec_input and text.endswith(crlf)
        text = text.replace(crlf, lf).replace(cr, lf)
        if extra:
            text += lf
    if exec_input and not text.endswith(lf):
        text += lf
    return text


def _split_lines(data):
    """Lines of `data` (bytes with '\\n' newlines), each keeping its '\\n'."""
    lines = []
    start = 0
    n = len(data)
    while start < n:
        nl = data.find(b"\n", start)
        end = n if nl < 0 else nl + 1
        lines.append(data[start:end])
        start = end
    return lines


def _lookup_text_codec(name):
    """codecs.lookup, refusing codecs that do not decode bytes to str (rot13...)."""
    info = codecs.lookup(name)
    if not getattr(info, "_is_text_encoding", True):
        raise LookupError("%r is not a text encoding; use codecs.decode() to "
                          "handle arbitrary codecs" % name)
    return info


def _raw(line):
    """Bytes CPython keeps undecoded, as text ('surrogateescape' keeps bad bytes)."""
    return line.decode("utf-8", "surrogateescape")


def _ensure_utf8(line, lineno, filename):
    """ensure_utf8: a line read while no encoding is declared must be UTF-8.

    CPython checks the line as a C string, so only the bytes before a NUL
    count; the NUL itself is the tokenizer's to report.
    """
    nul = line.find(b"\0")
    checked = line if nul < 0 else line[:nul]
    try:
        checked.decode("utf-8")
    except UnicodeDecodeError as err:
        raise SyntaxError(
            "Non-UTF-8 code starting with '\\x%.2x' in file %s on line %d, "
            "but no encoding declared; see %s for details"
            % (checked[err.start], filename, lineno, PEP263_URL)) from None


def decode_file(data, filename):
    """The text of a program file, decoded as `python3 FILE` decodes it.

    Raises the SyntaxError CPython raises for its encoding (no location).
    CPython reads a file line by line and finds a bad line only when the
    tokenizer gets there, so an error earlier in the program wins; for that
    order use `read_file`.
    """
    text, pending_error, _ = read_file(data, filename)
    if pending_error is not None:
        raise pending_error
    return text


def read_file(data, filename):
    """`python3 FILE`'s reading: (text, pending_error, encoding).

    Counterpart: tok_underflow_file with check_bom, check_coding_spec and
    ensure_utf8.  `text` is the program up to the first line that fails the
    UTF-8 check; `pending_error` is the SyntaxError for that line (hand both
    to the Tokenizer, which raises it on reaching that line); `encoding` is
    tok->encoding (None when neither BOM nor cookie declares one).  Cookie
    problems are raised at once: they are on line 1 or 2, before any token.
    """
    # Py_UniversalNewlineFgets (without the final-newline quirk of strings).
    data = data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    encoding = None                 # tok->encoding: set by a BOM or a cookie
    if data.startswith(BOM_UTF8):
        data = data[3:]
        encoding = "utf-8"
    lines = _split_lines(data)
    seeking = True                  # decoding_state == STATE_SEEK_CODING
    parts = []
    for index, line in enumerate(lines):
        lineno = index + 1
        if seeking and lineno <= 2:
            spec = get_coding_spec(line)
            if spec is None:
                if not _only_blank_or_comment(line):
                    seeking = False
            else:
                seeking = False
                if encoding is None:
                    encoding = spec
                    if spec != "utf-8":
                        # fp_setreadl: the rest of the file is read through
                        # the codec, starting from the cookie line's own
                        # newline (a first readline() skips it).  The cookie
                        # line itself stays raw.
                        parts.append(_raw(line))
                        rest = b"\n" + b"".join(lines[index + 1:])
                        try:
                            _lookup_text_codec(spec)
                            # Divergence: CPython decodes the rest in 8 KiB
                            # chunks, and a bad byte beyond the first chunk is
                            # reported as "(unicode error) ..." at the line
                            # being read; Glass reports every one as below.
                            decoded = translate_newlines(rest.decode(spec))
                        except (LookupError, UnicodeError, ValueError):
                            raise SyntaxError("encoding problem: %s" % spec) from None
                        parts.append(decoded[decoded.find("\n") + 1:])
                        return "".join(parts), None, encoding
                elif encoding != spec:
                    raise SyntaxError("encoding problem: %s with BOM" % spec)
        else:
            seeking = False
        if encoding is None:
            try:
                _ensure_utf8(line, lineno, filename)
            except SyntaxError as err:
                return "".join(parts), err, encoding
        parts.append(_raw(line))
    return "".join(parts), None, encoding


def decode_string(data, filename="<string>", exec_input=True):
    """The text of a program given to compile() as bytes.

    Counterpart: decode_str (tokenizer.c) and _PyPegen_raise_tokenizer_init_error:
    every failure becomes SyntaxError(message, (filename, 0, -1, None)).
    `exec_input` is true for compile(..., 'exec'): translate_newlines then
    ends the buffer with a newline before the cookie is looked for.
    """
    data = translate_newlines(data, exec_input)
    try:
        return _decode_str(data)
    except (LookupError, SyntaxError, ValueError) as err:
        # UnicodeDecodeError is a ValueError.
        message = err.msg if isinstance(err, SyntaxError) else str(err)
        raise SyntaxError(message, (filename, 0, -1, None)) from None


def _decode_str(data):
    encoding = None
    if data.startswith(BOM_UTF8):
        data = data[3:]
        encoding = "utf-8"
    newline = data.find(b"\n")
    declared = None                 # tok->enc: the codec to recode with
    if newline >= 0:
        first = data[:newline]
        candidates = [first]
        if _only_blank_or_comment(first):
            second_end = data.find(b"\n", newline + 1)
            if second_end >= 0:
                candidates.append(data[newline + 1:second_end + 1])
        for line in candidates:
            spec = get_coding_spec(line)
            if spec is None:
                continue
            if encoding is None:
                if spec != "utf-8":
                    declared = spec
                encoding = spec
            elif encoding != spec:
                raise SyntaxError("encoding problem: %s with BOM" % spec)
            break
    if declared is None:
        return _raw(data)
    nul = data.find(b"\0")          # PyUnicode_Decode(str, strlen(str), ...)
    if nul >= 0:
        data = data[:nul]
    _lookup_text_codec(declared)
    return data.decode(declared)


def declared_encoding(data):
    """tok->encoding after decoding `data`: 'utf-8' for a BOM, the cookie's
    encoding, or None when neither is there.

    It matters beyond decoding: pegen reports error offsets in characters
    only when tok->encoding is set, and in UTF-8 bytes otherwise.
    """
    data = data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    if data.startswith(BOM_UTF8):
        return "utf-8"
    lines = _split_lines(data[:4096])[:2]
    for index, line in enumerate(lines):
        if not line.endswith(b"\n"):
            break
        spec = get_coding_spec(line)
        if spec is not None:
            return spec
        if index == 0 and not _only_blank_or_comment(line):
            break
    return None


def program_text(filename, lineno, encoding):
    """_PyErr_ProgramDecodedTextObject (Python/errors.c, err_programtext): line
    `lineno` of the file *named* `filename`, read again from disk, or None.

    pegen quotes this line in the errors of a module (exec mode) even when the
    source came from a string, so compile(text, 'some/real/file.py', 'exec')
    quotes the file on disk, not `text`: a CPython quirk kept on purpose.
    The file is read in chunks of 999 bytes (C's 1000-byte line buffer), so a
    longer line gives only its last chunk; the text stops at a NUL byte, and
    decodes with the source's encoding ('replace'), or as strict UTF-8 when
    it has none.
    """
    if not isinstance(filename, str) or lineno <= 0:
        return None
    try:
        with open(filename, "rb") as file:
            data = file.read()
    except (OSError, ValueError):
        return None
    data = data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")     # universal newlines
    lines = data.split(b"\n")
    if lineno > len(lines) or (lineno == len(lines) and not lines[-1]):
        return None
    line = lines[lineno - 1] + (b"\n" if lineno < len(lines) else b"")
    if len(line) > 999:
        chunks = [line[i:i + 999] for i in range(0, len(line), 999)]
        line = chunks[-1]
    line = line.split(b"\0", 1)[0]
    try:
        if encoding is None:
            return line.decode("utf-8")
        return line.decode(encoding, "replace")
    except (UnicodeDecodeError, LookupError):
        return None
