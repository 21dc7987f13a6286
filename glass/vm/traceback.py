"""Traceback objects, and printing an uncaught exception as 3.11 prints it.

Counterpart: Python/traceback.c (PyTraceBack_Here, tb_displayline with the
^^^ and ~~~ location lines, tb_printinternal) and the exception printing of
Python/pythonrun.c (print_exception_recursive, print_exception).
"""
from __future__ import annotations

from glass.objects.exceptions import OperationError
from glass.objects.object import W_Object, decref, xdecref
from glass.objects.type import HAVE_GC, builtin_type, getter, slot

EXCEPTION_TB_HEADER = "Traceback (most recent call last):\n"
CAUSE_MESSAGE = ("\nThe above exception was the direct cause "
                 "of the following exception:\n\n")
CONTEXT_MESSAGE = ("\nDuring handling of the above exception, "
                   "another exception occurred:\n\n")
TB_RECURSIVE_CUTOFF = 3
SOURCE_LINE_INDENT = 4


@builtin_type("traceback", flags=HAVE_GC)
class W_Traceback(W_Object):
    """Create a new traceback object."""
    __slots__ = ("w_next", "w_frame", "lasti", "lineno")

    def __init__(self, w_next, w_frame, lasti, lineno):
        W_Object.__init__(self, W_Traceback.w_type)
        if w_next is not None:
            w_next.ob_refcnt += 1
        self.w_next = w_next
        self.w_frame = w_frame            # owned
        self.lasti = lasti                # in code units
        self.lineno = lineno

    @slot("tp_dealloc")
    def dealloc(self):
        xdecref(self.w_next)
        decref(self.w_frame)

    @getter("tb_next")
    def get_next(self):
        if self.w_next is None:
            return None
        self.w_next.ob_refcnt += 1
        return self.w_next

    @getter("tb_frame")
    def get_frame(self):
        self.w_frame.ob_refcnt += 1
        return self.w_frame

    @getter("tb_lineno")
    def get_lineno(self):
        from glass.objects.int import new_int
        return new_int(self.lineno if self.lineno is not None else -1)

    @getter("tb_lasti")
    def get_lasti(self):
        from glass.objects.int import new_int
        return new_int(self.lasti * 2)


def add_traceback_entry(w_exc, frame):
    """Counterpart: PyTraceBack_Here: prepend an entry for `frame`."""
    from glass.objects.frame import frame_object
    w_frame = frame_object(frame)
    w_tb = W_Traceback(w_exc.w_traceback, w_frame, frame.lasti, frame.line_number())
    xdecref(w_exc.w_traceback)
    w_exc.w_traceback = w_tb


# --- Printing --------------------------------------------------------------------------

def format_exception(w_exc):
    """The text PyErr_Display prints for an exception and its chain."""
    out = []
    _print_chain(w_exc, out, set())
    return "".join(out)


def _print_chain(w_exc, out, seen):
    """Counterpart: print_exception_recursive: causes and contexts first."""
    seen.add(id(w_exc))
    w_cause = w_exc.w_cause
    w_context = w_exc.w_context
    if w_cause is not None and id(w_cause) not in seen:
        _print_chain(w_cause, out, seen)
        out.append(CAUSE_MESSAGE)
    elif w_context is not None and not w_exc.suppress_context and id(w_context) not in seen:
        _print_chain(w_context, out, seen)
        out.append(CONTEXT_MESSAGE)
    if w_exc.w_traceback is not None:
        out.append(EXCEPTION_TB_HEADER)
        _print_tb(w_exc.w_traceback, out)
    out.append(exception_only(w_exc))


def _print_tb(w_tb, out):
    """Counterpart: tb_printinternal (repeated lines collapse after three)."""
    last = None
    count = 0
    while w_tb is not None:
        code = w_tb.w_frame.frame.w_code.code
        key = (code.co_filename, w_tb.lineno, code.co_name)
        if key != last:
            if count > TB_RECURSIVE_CUTOFF:
                out.append(_repeated(count))
            last = key
            count = 0
        count += 1
        if count <= TB_RECURSIVE_CUTOFF:
            out.append(_display_line(w_tb, code))
        w_tb = w_tb.w_next
    if count > TB_RECURSIVE_CUTOFF:
        out.append(_repeated(count))


def _repeated(count):
    count -= TB_RECURSIVE_CUTOFF
    return "  [Previous line repeated %d more time%s]\n" % (count, "s" if count > 1 else "")


def _display_line(w_tb, code):
    """Counterpart: tb_displayline: the File line, the source, the carets."""
    lineno = w_tb.lineno
    text = '  File "%s", line %s, in %s\n' % (
        code.co_filename, lineno if lineno is not None else -1, code.co_name)
    source = source_line(code.co_filename, lineno)
    if source is None:
        return text
    lead = len(source) - len(source.lstrip(" \t\f"))
    text += " " * SOURCE_LINE_INDENT + source[lead:] + "\n"
    positions = list(code.co_positions())
    if w_tb.lasti >= len(positions):
        return text
    start_line, end_line, start_col, end_col = positions[w_tb.lasti]
    if None in (start_line, end_line, start_col, end_col):
        return text
    start = _char_offset(source, start_col)
    end = _char_offset(source, end_col)
    left_end = right_start = -1
    primary = secondary = "^"
    if start_line == end_line:
        anchors = _anchors(source[start:end])
        if anchors is not None:
            left_end, right_start, primary, secondary = anchors
            left_end = _char_offset(source[start:end], left_end) + start
            right_start = _char_offset(source[start:end], right_start) + start
    else:
        end = len(source.rstrip(" \t\f"))
    special = left_end != -1 or right_start != -1
    if end - start == len(source) - lead and not special:
        return text                     # the whole line: no indicators
    carets = []
    offset = lead - SOURCE_LINE_INDENT
    while True:
        offset += 1
        if offset > end:
            break
        if offset <= start:
            carets.append(" ")
        elif special and left_end < offset <= right_start:
            carets.append(secondary)
        else:
            carets.append(primary)
    return text + "".join(carets) + "\n"


def _char_offset(line, byte_offset):
    """_PyPegen_byte_offset_to_character_offset."""
    data = line.encode("utf-8", "surrogatepass")
    byte_offset = min(byte_offset, len(data) + 1)
    return len((data + b"\0")[:byte_offset].decode("utf-8", "replace"))


def _anchors(segment):
    """Counterpart: extract_anchors_from_line: a BinOp's operator or a
    Subscript's brackets get the secondary marks.  Needs a parser: Glass's
    own when it exists, the host's ast meanwhile (on any host)."""
    try:
        import ast
        tree = ast.parse(segment)
    except Exception:
        return None
    if len(tree.body) != 1 or not isinstance(tree.body[0], ast.Expr):
        return None
    expr = tree.body[0].value
    data = segment.encode("utf-8")
    if isinstance(expr, ast.BinOp):
        left, right = expr.left, expr.right
        for i in range(left.end_col_offset, right.col_offset):
            if data[i:i + 1] in (b" ", b"\t", b"\f"):
                continue
            right_anchor = i + 1
            if i + 1 < right.col_offset and data[i + 1:i + 2] not in (b" ", b"\t", b"\f"):
                right_anchor += 1
            return i, right_anchor, "~", "^"
        return None
    if isinstance(expr, ast.Subscript):
        return expr.value.end_col_offset, expr.slice.end_col_offset + 1, "~", "^"
    return None


def source_line(filename, lineno):
    """The line as the traceback shows it (the file's encoding, no newline)."""
    if lineno is None or (filename.startswith("<") and filename.endswith(">")):
        return None
    try:
        with open(filename, "rb") as file:
            data = file.read()
    except OSError:
        return None
    encoding = _source_encoding(data)
    try:
        text = data.decode(encoding, "strict")
    except (UnicodeDecodeError, LookupError):
        return None
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if lineno < 1 or lineno > len(lines):
        return None
    return lines[lineno - 1]


def _source_encoding(data):
    import re
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    for line in data.split(b"\n")[:2]:
        match = re.match(rb"^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)", line)
        if match:
            return match.group(1).decode("ascii")
    return "utf-8"


def exception_only(w_exc):
    """Counterpart: print_exception: the "Type: message" line and the notes."""
    from glass.objects import abstract
    from glass.objects.typeobject import type_module_name
    w_type = w_exc.ob_type
    module = type_module_name(w_type)
    name = w_type.qualname
    if module not in ("builtins", "__main__"):
        name = "%s.%s" % (module or "<unknown>", name)
    try:
        message = abstract.str_text(w_exc)
    except OperationError as error:
        decref(error.w_value)
        message = "<exception str() failed>"
    line = name + (": " + message if message else "") + "\n"
    w_notes = w_exc.w_notes
    if w_notes is not None:
        for w_note in list(getattr(w_notes, "items", [])):
            try:
                line += abstract.str_text(w_note) + "\n"
            except OperationError as error:
                decref(error.w_value)
                line += "<note str() failed>\n"
    return line


def write_unraisable(error, message, w_obj, func=None):
    """Counterpart: PyErr_WriteUnraisable: report an exception nobody can catch."""
    import sys
    from glass.objects import abstract
    try:
        where = abstract.repr_text(w_obj)
    except OperationError as inner:
        decref(inner.w_value)
        where = "<object repr() failed>"
    sys.stderr.write("%s: %s\n" % (message, where))
    sys.stderr.write(format_exception(error.w_value))
    decref(error.w_value)
