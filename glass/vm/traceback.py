"""Traceback objects, and printing an uncaught exception as 3.11 prints it.

Counterpart: Python/traceback.c (PyTraceBack_Here, tb_displayline with the
^^^ and ~~~ location lines, tb_printinternal), the exception printing of
Python/pythonrun.c (print_exception_recursive, print_exception_group,
print_exception, print_error_text), Python/suggestions.c (the "Did you
mean" hints) and PyErr_WriteUnraisable of Python/errors.c.

Printing builds the text first and writes it to the guest's sys.stderr in
one call.  # Divergence: CPython writes piece by piece (PyFile_WriteString),
which only a guest file object that watches each write() could tell.
"""
from __future__ import annotations

from glass.objects.exceptions import OperationError, argument_type_name, type_error, value_error
from glass.objects.object import W_Object, decref, xdecref
from glass.objects.signature import no_text_signature
from glass.objects.type import HAVE_GC, builtin_type, getter, method, setter, slot
from glass.vm import audit

EXCEPTION_TB_HEADER = "Traceback (most recent call last):\n"
EXCEPTION_GROUP_TB_HEADER = "Exception Group Traceback (most recent call last):\n"
CAUSE_MESSAGE = "The above exception was the direct cause of the following exception:\n"
CONTEXT_MESSAGE = "During handling of the above exception, another exception occurred:\n"
TB_RECURSIVE_CUTOFF = 3
TRACEBACK_LIMIT = 1000               # PyTraceBack_LIMIT
SOURCE_LINE_INDENT = 4               # _TRACEBACK_SOURCE_LINE_INDENT
MAX_GROUP_WIDTH = 15                 # PyErr_MAX_GROUP_WIDTH
MAX_GROUP_DEPTH = 10                 # PyErr_MAX_GROUP_DEPTH
WHITESPACE = (" ", "\t", "\f")       # IS_WHITESPACE


@builtin_type("traceback", flags=HAVE_GC)
class W_Traceback(W_Object):
    """TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno)
--

Create a new traceback object."""
    # lasti_bytes: tb_lasti as TracebackType() was given it (maybe odd).
    __slots__ = ("w_next", "w_frame", "lasti", "lineno", "lasti_bytes")

    def __init__(self, w_next, w_frame, lasti, lineno):
        W_Object.__init__(self, W_Traceback.w_type)
        if w_next is not None:
            w_next.ob_refcnt += 1
        self.w_next = w_next
        self.w_frame = w_frame            # owned
        self.lasti = lasti                # in code units
        self.lineno = lineno
        self.lasti_bytes = None

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        """Counterpart: tb_new: traceback(tb_next, tb_frame, tb_lasti, tb_lineno)."""
        from glass.objects import abstract
        from glass.objects.frame import W_Frame
        from glass.objects.none import w_None
        bound = _TB_NEW_SIGNATURE.bind("traceback", args_w, kwnames)
        w_next, w_frame, w_lasti, w_lineno = bound
        if w_next is w_None:
            w_next = None
        elif not isinstance(w_next, W_Traceback):
            raise type_error("expected traceback object or None, got '%s'"
                             % w_next.ob_type.name)
        if not isinstance(w_frame, W_Frame):
            raise type_error("TracebackType() argument 'tb_frame' must be frame, not %s"
                             % argument_type_name(w_frame))
        lasti = abstract.index_as_ssize(w_lasti)
        lineno = abstract.index_as_ssize(w_lineno)
        w_frame.ob_refcnt += 1
        w_tb = W_Traceback(w_next, w_frame, lasti // 2, lineno)
        w_tb.lasti_bytes = lasti
        return w_tb

    @slot("tp_dealloc")
    def dealloc(self):
        w_next, self.w_next = self.w_next, None
        xdecref(w_next)
        w_frame, self.w_frame = self.w_frame, None
        xdecref(w_frame)

    @slot("tp_traverse")
    def traverse(self, visit):
        if self.w_next is not None:
            visit(self.w_next)
        visit(self.w_frame)

    @no_text_signature
    @method("($self, /)")
    def __dir__(self):
        from glass.objects.list import W_List
        from glass.objects.str import new_str
        return W_List([new_str(n) for n in ("tb_frame", "tb_next", "tb_lasti",
                                            "tb_lineno")])

    @getter("tb_next")
    def get_next(self):
        if self.w_next is None:
            return None
        self.w_next.ob_refcnt += 1
        return self.w_next

    @setter("tb_next")
    def set_next(self, w_value):
        """Counterpart: tb_next_set: None or a traceback, and no loops."""
        from glass.objects.none import w_None
        if w_value is None:
            raise type_error("can't delete tb_next attribute")
        if w_value is w_None:
            w_value = None
        elif not isinstance(w_value, W_Traceback):
            raise type_error("expected traceback object, got '%s'" % w_value.ob_type.name)
        cursor = w_value
        while cursor is not None:
            if cursor is self:
                raise value_error("traceback loop detected")
            cursor = cursor.w_next
        if w_value is not None:
            w_value.ob_refcnt += 1
        w_old, self.w_next = self.w_next, w_value
        xdecref(w_old)

    @getter("tb_frame", member=True)
    def get_frame(self):
        audit.audit("object.__getattr__", self, "tb_frame")      # PY_AUDIT_READ
        self.w_frame.ob_refcnt += 1
        return self.w_frame

    @getter("tb_lineno")
    def get_lineno(self):
        from glass.objects.int import new_int
        return new_int(self.lineno if self.lineno is not None else -1)

    @getter("tb_lasti", member=True)
    def get_lasti(self):
        from glass.objects.int import new_int
        if self.lasti_bytes is not None:
            return new_int(self.lasti_bytes)
        return new_int(self.lasti * 2)


def _tb_new_signature():
    from glass.objects.signature import Signature
    return Signature.parse("(tb_next, tb_frame, tb_lasti, tb_lineno)")


_TB_NEW_SIGNATURE = _tb_new_signature()


def add_traceback_entry(w_exc, frame):
    """Counterpart: PyTraceBack_Here: prepend an entry for `frame`."""
    from glass.objects.frame import frame_object
    w_frame = frame_object(frame)
    w_tb = W_Traceback(w_exc.w_traceback, w_frame, frame.lasti, frame.line_number())
    xdecref(w_exc.w_traceback)
    w_exc.w_traceback = w_tb


# --- Printing: the context of one print (struct exception_print_context) --------------

class PrintContext:
    """Counterpart: struct exception_print_context."""
    __slots__ = ("out", "seen", "group_depth", "need_close", "max_group_width",
                 "max_group_depth")

    def __init__(self):
        self.out = []                     # the text, piece by piece
        self.seen = set()                 # ids of the exceptions printed so far
        self.group_depth = 0
        self.need_close = False
        self.max_group_width = MAX_GROUP_WIDTH
        self.max_group_depth = MAX_GROUP_DEPTH

    def margin(self):
        """EXC_MARGIN: "| " inside an exception group."""
        return "| " if self.group_depth else ""

    def indent(self):
        """EXC_INDENT: two spaces per group level."""
        return 2 * self.group_depth

    def write_indented_margin(self):
        self.out.append(" " * self.indent() + self.margin())


def format_exception(w_exc):
    """The text PyErr_Display prints for an exception and its chain.  If the
    printing itself fails (a RecursionError in a very long chain), what was
    printed so far is kept and the error dropped, as _PyErr_Display does."""
    ctx = PrintContext()
    try:
        _print_exception_recursive(ctx, w_exc)
    except OperationError as error:
        decref(error.w_value)
    return "".join(ctx.out)


def _print_exception_recursive(ctx, w_value):
    """Counterpart: print_exception_recursive: causes and contexts first."""
    from glass.objects.exceptions import W_BaseExceptionGroup
    from glass.vm import pystate
    with pystate.recursion_guard(" in print_exception_recursive"):
        _print_cause_and_context(ctx, w_value)
        if isinstance(w_value, W_BaseExceptionGroup):
            _print_exception_group(ctx, w_value)
        else:
            _print_exception(ctx, w_value)


def _print_cause_and_context(ctx, w_value):
    """Counterpart: print_exception_cause_and_context."""
    from glass.objects.exceptions import W_BaseException
    ctx.seen.add(id(w_value))
    if not isinstance(w_value, W_BaseException):
        return
    w_cause = w_value.w_cause
    if w_cause is not None:
        if id(w_cause) not in ctx.seen:
            _print_chained(ctx, w_cause, CAUSE_MESSAGE)
        return
    if w_value.suppress_context:
        return
    w_context = w_value.w_context
    if w_context is not None and id(w_context) not in ctx.seen:
        _print_chained(ctx, w_context, CONTEXT_MESSAGE)


def _print_chained(ctx, w_value, message):
    """Counterpart: print_chained."""
    from glass.vm import pystate
    need_close = ctx.need_close
    with pystate.recursion_guard(" in print_chained"):
        _print_exception_recursive(ctx, w_value)
    ctx.need_close = need_close
    ctx.write_indented_margin()
    ctx.out.append("\n")
    ctx.write_indented_margin()
    ctx.out.append(message)
    ctx.write_indented_margin()
    ctx.out.append("\n")


def _print_exception_group(ctx, w_value):
    """Counterpart: print_exception_group: the boxes around the members."""
    from glass.vm import pystate
    if ctx.group_depth > ctx.max_group_depth:
        ctx.write_indented_margin()
        ctx.out.append("... (max_group_depth is %d)\n" % ctx.max_group_depth)
        return
    if ctx.group_depth == 0:
        ctx.group_depth += 1
    _print_exception(ctx, w_value)
    excs_w = w_value.w_excs.items
    count = len(excs_w)
    shown = count if count <= ctx.max_group_width else ctx.max_group_width + 1
    ctx.need_close = False
    for i in range(shown):
        last = i == shown - 1
        if last:
            ctx.need_close = True        # the closing line may come from deeper
        truncated = i >= ctx.max_group_width
        ctx.out.append(" " * ctx.indent())
        ctx.out.append("%s+---------------- %s ----------------\n"
                       % ("+-" if i == 0 else "  ", "..." if truncated else i + 1))
        ctx.group_depth += 1
        if not truncated:
            with pystate.recursion_guard(" in print_exception_group"):
                _print_exception_recursive(ctx, excs_w[i])
        else:
            remaining = count - ctx.max_group_width
            ctx.write_indented_margin()
            ctx.out.append("and %d more exception%s\n"
                           % (remaining, "s" if remaining > 1 else ""))
        if last and ctx.need_close:
            ctx.out.append(" " * ctx.indent())
            ctx.out.append("+------------------------------------\n")
            ctx.need_close = False
        ctx.group_depth -= 1
    if ctx.group_depth == 1:
        ctx.group_depth -= 1


def _print_exception(ctx, w_value):
    """Counterpart: print_exception: traceback, SyntaxError location, the
    message line with its suggestion, then the notes."""
    from glass.objects.exceptions import W_BaseException
    if not isinstance(w_value, W_BaseException):
        ctx.out.append(" " * ctx.indent())
        ctx.out.append("TypeError: print_exception(): Exception expected for value, "
                       "%s found\n" % w_value.ob_type.name)
        return
    _flush_stdout()
    _print_exception_traceback(ctx, w_value)
    w_type = w_value.ob_type
    w_shown = _print_file_and_line(ctx, w_value)     # SyntaxError: its msg
    try:
        _print_exception_message(ctx, w_type, w_shown)
        _print_suggestions(ctx, w_shown)
        ctx.out.append("\n")
        _print_notes(ctx, w_shown)
    finally:
        decref(w_shown)


def _print_exception_traceback(ctx, w_value):
    from glass.objects.exceptions import W_BaseExceptionGroup
    w_tb = w_value.w_traceback
    if w_tb is None:
        return
    header = EXCEPTION_TB_HEADER
    header_margin = ctx.margin()
    if isinstance(w_value, W_BaseExceptionGroup):
        header = EXCEPTION_GROUP_TB_HEADER
        if ctx.group_depth == 1:
            header_margin = "+ "
    print_tb(ctx.out, w_tb, ctx.indent(), ctx.margin(), header_margin, header)


def print_tb(out, w_tb, indent=0, margin="", header_margin="",
             header=EXCEPTION_TB_HEADER):
    """Counterpart: _PyTraceBack_Print_Indented (sys.tracebacklimit applies)."""
    from glass.objects.int import W_Int
    limit = TRACEBACK_LIMIT
    w_limit = _sys_attr("tracebacklimit")
    if isinstance(w_limit, W_Int):
        limit = w_limit.value
        if limit <= 0:
            return
    out.append(" " * indent + header_margin + header)
    _tb_print_internal(out, w_tb, limit, indent, margin)


def _tb_print_internal(out, w_tb, limit, indent, margin):
    """Counterpart: tb_printinternal: the last `limit` entries; a line repeated
    more than three times in a row collapses into one message."""
    depth = 0
    w_each = w_tb
    while w_each is not None:
        depth += 1
        w_each = w_each.w_next
    while w_tb is not None and depth > limit:
        depth -= 1
        w_tb = w_tb.w_next
    last = None
    count = 0
    while w_tb is not None:
        code = w_tb.w_frame.frame.w_code.code
        lineno = w_tb.lineno if w_tb.lineno is not None else -1
        key = (code.co_filename, lineno, code.co_name)
        if key != last or lineno == -1:
            if count > TB_RECURSIVE_CUTOFF:
                out.append(_repeated(count))
            last = key
            count = 0
        count += 1
        if count <= TB_RECURSIVE_CUTOFF:
            _tb_displayline(out, w_tb, code, lineno, indent, margin)
        w_tb = w_tb.w_next
    if count > TB_RECURSIVE_CUTOFF:
        out.append(_repeated(count))


def _repeated(count):
    """Counterpart: tb_print_line_repeated."""
    count -= TB_RECURSIVE_CUTOFF
    return "  [Previous line repeated %d more time%s]\n" % (count, "s" if count > 1 else "")


def _tb_displayline(out, w_tb, code, lineno, indent, margin):
    """Counterpart: tb_displayline: the File line, the source, the carets."""
    prefix = " " * indent + margin
    out.append('%s  File "%s", line %d, in %s\n' % (prefix, code.co_filename, lineno,
                                                   code.co_name))
    line = source_line(code.co_filename, lineno)
    if line is None:
        return
    lead = 0
    while lead < len(line) and line[lead] in " \t\f":
        lead += 1
    truncation = lead - SOURCE_LINE_INDENT
    out.append(prefix + " " * SOURCE_LINE_INDENT + line[lead:] + "\n")
    carets = _caret_line(w_tb, code, line, truncation)
    if carets is not None:
        out.append(prefix + carets + "\n")


def _caret_line(w_tb, code, line, truncation):
    """The ^^^/~~~ line under the source, or None when it would underline
    the whole line (print_error_location_carets and the code before it)."""
    positions = code.co_positions()
    try:
        start_line, end_line, start_col, end_col = _nth(positions, w_tb.lasti)
    except IndexError:
        return None
    if None in (start_line, end_line, start_col, end_col):
        return None
    start = _char_offset(line, start_col)
    end = _char_offset(line, end_col)
    left_end = right_start = -1
    primary = secondary = "^"
    if start_line == end_line:
        anchors = _anchors(line, start, end, code.co_filename)
        if anchors is not None:
            left_end, right_start, primary, secondary = anchors
    else:
        # A multi-line expression: underline to the last non-blank of the
        # line.  CPython scans the UTF-8 bytes from the character length.
        data = line.encode("utf-8", "surrogatepass")
        i = len(line)
        while True:
            i -= 1
            if i < 0 or data[i:i + 1] not in (b" ", b"\t", b"\f"):
                break
        end = i + 1
    special = left_end != -1 or right_start != -1
    if end - start == len(line) - truncation - SOURCE_LINE_INDENT and not special:
        return None
    chars = []
    offset = truncation
    while True:
        offset += 1
        if offset > end:
            break
        if offset <= start:
            chars.append(" ")
        elif special and left_end < offset <= right_start:
            chars.append(secondary)
        else:
            chars.append(primary)
    return "".join(chars)


def _nth(iterable, index):
    if index < 0:
        raise IndexError(index)
    for i, item in enumerate(iterable):
        if i == index:
            return item
    raise IndexError(index)


def _char_offset(line, byte_offset):
    """_PyPegen_byte_offset_to_character_offset: a UTF-8 column as a character
    count (one past the end counts the terminating NUL, as in C)."""
    data = line.encode("utf-8", "surrogatepass")
    byte_offset = min(byte_offset, len(data) + 1)
    return len((data + b"\0")[:byte_offset].decode("utf-8", "replace"))


def _anchors(line, start, end, filename=None):
    """Counterpart: extract_anchors_from_line: in a one-line segment that is
    a binary operation or a subscript, the operator or the brackets get the
    secondary marks.  (left_end, right_start, primary, secondary) or None.

    # Divergence: CPython runs its AST optimizer on the segment first; a
    # segment that folds to a constant cannot be the failing instruction's.
    """
    segment = line[start:end]
    if audit.should_audit():
        # _PyParser_ASTFromString's "compile"; a refusal means no anchors.
        try:
            audit.audit("compile", segment.encode("utf-8", "surrogatepass"), filename)
        except OperationError as error:
            decref(error.w_value)
            return None
    tree = parse_segment(segment)
    if tree is None or len(tree.body) != 1:
        return None
    statement = tree.body[0]
    if type(statement).__name__ != "Expr":
        return None
    expr = statement.value
    kind = type(expr).__name__
    data = segment.encode("utf-8", "surrogatepass")
    if kind == "BinOp":
        left_anchor = right_anchor = -1
        for i in range(expr.left.end_col_offset, expr.right.col_offset):
            if data[i:i + 1] in (b" ", b"\t", b"\f"):
                continue
            left_anchor, right_anchor = i, i + 1
            if i + 1 < expr.right.col_offset and data[i + 1:i + 2] not in (b" ", b"\t", b"\f"):
                right_anchor += 1            # a two-character operator (//, **...)
            if i + 1 < expr.right.col_offset and data[i:i + 1] == b")":
                continue                     # the left operand's closing parenthesis
            break
    elif kind == "Subscript":
        # From the end of the value to its '[', and from the end of the
        # slice past its ']' (parentheses and blanks may sit in between).
        left_anchor = expr.value.end_col_offset
        right_anchor = expr.slice.end_col_offset + 1
        while left_anchor < len(data) and data[left_anchor:left_anchor + 1] != b"[":
            left_anchor += 1
        while right_anchor < len(data) and data[right_anchor:right_anchor + 1] != b"]":
            right_anchor += 1
        if right_anchor < len(data):
            right_anchor += 1
    else:
        return None
    return (_char_offset(segment, left_anchor) + start,
            _char_offset(segment, right_anchor) + start, "~", "^")


def parse_segment(segment):
    """Parse a piece of a source line as a module, or None if it is not one.

    Glass's own parser when it is there and works; the host's `ast`
    otherwise (its nodes have the same fields and UTF-8 columns)."""
    try:
        from glass.parser.parser import parse
    except Exception:                       # not importable (yet)
        parse = None
    if parse is not None:
        try:
            return parse(segment, "<traceback>", "exec")
        except Exception:
            return None
    try:
        import ast
        return ast.parse(segment)
    except Exception:
        return None


def source_line(filename, lineno):
    """The line as the traceback shows it (the file's encoding, universal
    newlines, no newline), or None; display_source_line_with_margin's read."""
    if lineno is None or lineno < 1:
        return None
    if filename.startswith("<") and filename.endswith(">"):
        return None
    data = _read_source(filename)
    if data is None:
        return None
    encoding = _source_encoding(data)
    try:
        text = data.decode(encoding, "strict")
    except (UnicodeDecodeError, LookupError):
        return None
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if lineno > len(lines) or (lineno == len(lines) and lines[-1] == ""):
        return None
    return lines[lineno - 1]


def _read_source(filename):
    """Open the file, or its name under a sys.path entry (_Py_FindSourceFile)."""
    import os
    data = _read_file(filename)
    if data is not None:
        return data
    from glass.objects.list import W_List
    from glass.objects.str import W_Str
    w_path = _sys_attr("path")
    if not isinstance(w_path, W_List):
        return None
    tail = filename.rsplit(os.sep, 1)[-1]
    for w_entry in list(w_path.items):
        if not isinstance(w_entry, W_Str):
            continue
        data = _read_file(os.path.join(w_entry.value, tail))
        if data is not None:
            return data
    return None


def _read_file(path):
    """The bytes of a file, or None.  CPython opens it with io.open(path,
    "rb"), so the audit hooks hear FileIO's "open" first (and a hook's
    refusal counts as a failed open)."""
    import os
    if audit.should_audit():
        try:
            audit.audit("open", path, "r", os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
        except OperationError as error:
            decref(error.w_value)
            return None
    try:
        with open(path, "rb") as file:
            return file.read()
    except (OSError, ValueError):
        return None


def _source_encoding(data):
    """The encoding the tokenizer would find (_PyTokenizer_FindEncodingFilename)."""
    import re
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    for line in data.split(b"\n")[:2]:
        match = re.match(rb"^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)", line)
        if match:
            return match.group(1).decode("ascii")
        if line.strip() and not line.lstrip().startswith(b"#"):
            break
    return "utf-8"


# --- SyntaxError: the File/line/caret block (print_exception_file_and_line) ----------

def _print_file_and_line(ctx, w_value):
    """For an exception with `print_file_and_line` (a SyntaxError), print where
    the error is and return its msg (a new reference) to show instead of it;
    otherwise return the exception itself (a new reference)."""
    w_flag = _lookup(w_value, "print_file_and_line")
    if w_flag is None:
        w_value.ob_refcnt += 1
        return w_value
    decref(w_flag)
    parsed = _parse_syntax_error(w_value)
    if parsed is None:
        w_value.ob_refcnt += 1
        return w_value
    w_message, filename, lineno, offset, end_lineno, end_offset, text = parsed
    ctx.write_indented_margin()
    ctx.out.append('  File "%s", line %d\n' % (filename, lineno))
    if text is not None:
        size = len(text.encode("utf-8", "surrogatepass"))
        if end_lineno > lineno:
            end_offset = size
        if end_offset > size + 1:
            end_offset = size + 1
        ctx.out.append(_error_text(offset, end_offset, text))
    return w_message


def _lookup(w_obj, name):
    """_PyObject_LookupAttr: the attribute, or None on AttributeError; other
    errors are swallowed too, as print_exception_file_and_line does."""
    from glass.objects import abstract
    try:
        return abstract.lookup_attr_str(w_obj, name)
    except OperationError as error:
        decref(error.w_value)
        return None


def _parse_syntax_error(w_value):
    """Counterpart: parse_syntax_error: (msg, filename, lineno, offset,
    end_lineno, end_offset, text) as host values (msg a new reference), or
    None if an attribute is missing or of the wrong kind."""
    from glass.objects import abstract
    from glass.objects.exceptions import EXCEPTION_TYPES
    from glass.objects.none import w_None
    w_message = None
    try:
        w_message = abstract.getattr_str(w_value, "msg")
        w_filename = abstract.getattr_str(w_value, "filename")
        if w_filename is w_None:
            filename = "<string>"
        else:
            filename = abstract.str_text(w_filename)
        decref(w_filename)
        lineno = _ssize_attr(w_value, "lineno", None)
        offset = _ssize_attr(w_value, "offset", -1)
        if w_value.ob_type is EXCEPTION_TYPES["SyntaxError"]:
            end_lineno = _ssize_attr(w_value, "end_lineno", lineno, missing_ok=True)
            end_offset = _ssize_attr(w_value, "end_offset", -1, missing_ok=True)
        else:
            end_lineno, end_offset = lineno, -1
        w_text = abstract.getattr_str(w_value, "text")
        text = None if w_text is w_None else abstract.str_text(w_text)
        decref(w_text)
    except OperationError as error:
        decref(error.w_value)
        xdecref(w_message)
        return None
    return w_message, filename, lineno, offset, end_lineno, end_offset, text


def _ssize_attr(w_obj, name, none_value, missing_ok=False):
    """getattr, then PyLong_AsSsize_t (None gives none_value where C allows it)."""
    from glass.objects import abstract
    from glass.objects.int import W_Int
    from glass.objects.none import w_None
    try:
        w_attr = abstract.getattr_str(w_obj, name)
    except OperationError as error:
        if not missing_ok:
            raise
        decref(error.w_value)
        return none_value
    try:
        if w_attr is w_None and none_value is not None:
            return none_value
        if not isinstance(w_attr, W_Int):
            w_int = abstract.index(w_attr)
            value = w_int.value
            decref(w_int)
            return value
        return w_attr.value
    finally:
        decref(w_attr)


def _error_text(offset, end_offset, text):
    """Counterpart: print_error_text: the source line and the ^ marks.  As in
    C, the text is handled as UTF-8 bytes while the offsets count characters."""
    repetitions = end_offset - offset if (end_offset > 0 and end_offset > offset) else 1
    data = text.encode("utf-8", "surrogatepass")
    if b"\0" in data:
        data = data[:data.index(b"\0")]
    offset -= 1
    while data[:1] in (b" ", b"\t", b"\f"):
        data = data[1:]
        offset -= 1
    length = len(data)
    if length > 0 and data[length - 1:length] == b"\n":
        length -= 1
    if offset > length:
        offset = length
    while True:
        newline = data.find(b"\n")
        if newline == -1 or newline >= offset:
            break
        newline += 1
        data = data[newline:]
        length -= newline
        offset -= newline
    pieces = ["    ", data.decode("utf-8", "surrogateescape")]
    if data[length:length + 1] != b"\n":
        pieces.append("\n")
    if offset < 0:
        return "".join(pieces)
    pieces.append("    " + " " * offset + "^" * repetitions + "\n")
    return "".join(pieces)


# --- The message line, suggestions, notes ------------------------------------------------

def _print_exception_message(ctx, w_type, w_value):
    """Counterpart: print_exception_message: module.qualname[: str(exc)]."""
    from glass.objects import abstract
    from glass.objects.none import w_None
    from glass.objects.str import W_Str
    ctx.write_indented_margin()
    ctx.out.append(type_display_name(w_type))
    if w_value is w_None:
        return
    try:
        w_text = abstract.str(w_value)
    except OperationError as error:
        decref(error.w_value)
        ctx.out.append(": <exception str() failed>")
        return
    text = w_text.value if isinstance(w_text, W_Str) else ""
    decref(w_text)
    if text:
        ctx.out.append(": ")
    ctx.out.append(text)


def type_display_name(w_type):
    """`module.Qualname`, without the module for builtins and __main__."""
    from glass.objects import abstract
    from glass.objects.str import W_Str
    try:
        w_module = abstract.getattr_str(w_type, "__module__")
    except OperationError as error:
        decref(error.w_value)
        w_module = None
    if not isinstance(w_module, W_Str):
        prefix = "<unknown>."
    elif w_module.value in ("builtins", "__main__"):
        prefix = ""
    else:
        prefix = w_module.value + "."
    xdecref(w_module)
    return prefix + type_qualname(w_type)


def type_qualname(w_type):
    """PyType_GetQualName: a heap type's __qualname__, a static type's name."""
    from glass.objects.type import HEAPTYPE
    if w_type.flags & HEAPTYPE:
        return w_type.qualname
    return w_type.name.rsplit(".", 1)[-1]


def _print_suggestions(ctx, w_value):
    """Counterpart: print_exception_suggestions: ". Did you mean: 'x'?"."""
    try:
        suggestion = offer_suggestions(w_value)
    except OperationError as error:
        decref(error.w_value)
        suggestion = None
    if suggestion is not None:
        ctx.out.append(". Did you mean: '%s'?" % suggestion)


def _print_notes(ctx, w_value):
    """Counterpart: print_exception_notes: each line of each note, indented."""
    from glass.objects import abstract
    from glass.objects.exceptions import W_BaseException
    from glass.objects.str import W_Str
    if not isinstance(w_value, W_BaseException):
        return
    try:
        w_notes = abstract.lookup_attr_str(w_value, "__notes__")
    except OperationError as error:
        decref(error.w_value)
        return
    if w_notes is None:
        return
    try:
        if not _is_sequence(w_notes):
            ctx.write_indented_margin()
            try:
                ctx.out.append(abstract.repr_text(w_notes))
            except OperationError as error:
                decref(error.w_value)
                ctx.out.append("<__notes__ repr() failed>")
            ctx.out.append("\n")
            return
        count = abstract.length(w_notes)
        for index in range(count):
            w_note = abstract.getitem(w_notes, _int(index))
            try:
                w_text = abstract.str(w_note)
            except OperationError as error:
                decref(error.w_value)
                w_text = None
            finally:
                decref(w_note)
            if w_text is None:
                ctx.write_indented_margin()
                ctx.out.append("<note str() failed>")
            else:
                text = w_text.value if isinstance(w_text, W_Str) else ""
                decref(w_text)
                for piece in _splitlines_keepends(text):
                    ctx.write_indented_margin()
                    ctx.out.append(piece)
            ctx.out.append("\n")
    except OperationError as error:
        decref(error.w_value)
    finally:
        decref(w_notes)


def _splitlines_keepends(text):
    lines = text.splitlines(True)
    return lines if lines else []


def _int(value):
    from glass.objects.int import new_int
    return new_int(value)


def _is_sequence(w_obj):
    from glass.objects.exceptions import _is_sequence as is_sequence
    return is_sequence(w_obj)


# --- "Did you mean" (Python/suggestions.c) ---------------------------------------------

MAX_CANDIDATE_ITEMS = 750
MAX_STRING_SIZE = 40
MOVE_COST = 2
CASE_COST = 1


def offer_suggestions(w_exc):
    """Counterpart: _Py_Offer_Suggestions: a near name for an AttributeError
    (among dir(obj)) or a NameError (locals, then globals, then builtins of
    the frame that raised it), as a host str, or None."""
    from glass.objects.exceptions import EXCEPTION_TYPES
    if w_exc.ob_type.is_subtype(EXCEPTION_TYPES["AttributeError"]):
        return _suggest_for_attribute(w_exc)
    if w_exc.ob_type.is_subtype(EXCEPTION_TYPES["NameError"]):
        return _suggest_for_name(w_exc)
    return None


def _suggest_for_attribute(w_exc):
    from glass.objects.str import W_Str
    w_name = getattr(w_exc, "w_name", None)
    w_obj = getattr(w_exc, "w_obj", None)
    if w_name is None or w_obj is None or w_name.ob_type is not W_Str.w_type:
        return None
    from glass.modules.builtins import object_dir
    w_dir = object_dir(w_obj)
    try:
        return _calculate_suggestions(w_dir.items, w_name.value)
    finally:
        decref(w_dir)


def _suggest_for_name(w_exc):
    from glass.objects.dict import W_Dict
    from glass.objects.str import W_Str
    w_name = getattr(w_exc, "w_name", None)
    w_tb = w_exc.w_traceback
    if w_name is None or w_name.ob_type is not W_Str.w_type or \
            not isinstance(w_tb, W_Traceback):
        return None
    while isinstance(w_tb.w_next, W_Traceback):
        w_tb = w_tb.w_next
    frame = w_tb.w_frame.frame
    from glass.objects.str import new_str
    varnames = [new_str(n) for n in frame.w_code.code.co_varnames]
    try:
        found = _calculate_suggestions(varnames, w_name.value)
    finally:
        for w_item in varnames:
            decref(w_item)
    if found is not None:
        return found
    for w_dict in (frame.w_globals, frame.w_builtins):
        if not isinstance(w_dict, W_Dict):
            return None
        keys_w = w_dict.keys_list()
        found = _calculate_suggestions(keys_w, w_name.value)
        if found is not None:
            return found
    return None


def _calculate_suggestions(items_w, name):
    """Counterpart: calculate_suggestions: the closest candidate within a third
    of the characters involved; the first one wins a tie."""
    from glass.objects.str import W_Str
    if len(items_w) >= MAX_CANDIDATE_ITEMS:
        return None
    name_bytes = _utf8(name)
    best = None
    best_distance = None
    for w_item in items_w:
        if not isinstance(w_item, W_Str):
            return None                       # PyUnicode_AsUTF8AndSize fails
        item = w_item.value
        if item == name:
            continue
        item_bytes = _utf8(item)
        max_distance = (len(name_bytes) + len(item_bytes) + 3) * MOVE_COST // 6
        if best_distance is not None:
            max_distance = min(max_distance, best_distance - 1)
        distance = levenshtein_distance(name_bytes, item_bytes, max_distance)
        if distance > max_distance:
            continue
        if best is None or distance < best_distance:
            best, best_distance = item, distance
    return best


def _utf8(text):
    return text.encode("utf-8", "surrogatepass")


def _substitution_cost(a, b):
    """A case flip costs less than any other change (bytes compared)."""
    if a & 31 != b & 31:
        return MOVE_COST
    if a == b:
        return 0
    if 65 <= a <= 90:
        a += 32
    if 65 <= b <= 90:
        b += 32
    return CASE_COST if a == b else MOVE_COST


def levenshtein_distance(a, b, max_cost):
    """The edit distance between two byte strings, with a case change cheaper
    than a substitution; above max_cost the answer is just max_cost + 1."""
    while a and b and a[0] == b[0]:
        a, b = a[1:], b[1:]
    while a and b and a[-1] == b[-1]:
        a, b = a[:-1], b[:-1]
    if not a or not b:
        return (len(a) + len(b)) * MOVE_COST
    if len(a) > MAX_STRING_SIZE or len(b) > MAX_STRING_SIZE:
        return max_cost + 1
    if len(b) < len(a):
        a, b = b, a
    if (len(b) - len(a)) * MOVE_COST > max_cost:
        return max_cost + 1
    # One row of the matrix, updated in place: row[i] is the cost of turning
    # b[:j] into a[:i + 1] for the current j.
    row = [(i + 1) * MOVE_COST for i in range(len(a))]
    result = 0
    for b_index, code in enumerate(b):
        distance = result = b_index * MOVE_COST
        minimum = None
        for index in range(len(a)):
            substitute = distance + _substitution_cost(code, a[index])
            distance = row[index]
            insert_delete = min(result, distance) + MOVE_COST
            result = min(insert_delete, substitute)
            row[index] = result
            if minimum is None or result < minimum:
                minimum = result
        if minimum > max_cost:
            return max_cost + 1
    return result


# --- Displaying: sys.excepthook, PyErr_Display, PyErr_Print -----------------------------

def display(w_value, w_tb=None):
    """Counterpart: PyErr_Display: print to the guest's sys.stderr."""
    from glass.objects.none import w_None
    w_file = _sys_attr("stderr")
    if w_file is None:
        import sys
        sys.stderr.write("lost sys.stderr\n")
        return
    if w_file is w_None:
        return
    display_to(w_file, w_value, w_tb)


def display_to(w_file, w_value, w_tb=None):
    """Counterpart: _PyErr_Display: print an exception and its chain to w_file."""
    from glass.objects.exceptions import W_BaseException
    if isinstance(w_value, W_BaseException) and isinstance(w_tb, W_Traceback) \
            and w_value.w_traceback is None:
        w_tb.ob_refcnt += 1
        w_value.w_traceback = w_tb          # issue #18776
    text = format_exception(w_value)
    _write_and_flush(w_file, text)


def _write_and_flush(w_file, text):
    from glass.modules.sys import flush, write_text
    write_text(w_file, text)
    try:
        flush(w_file)
    except OperationError as error:          # a flush error is ignored
        decref(error.w_value)


def print_uncaught(w_exc):
    """Counterpart: _PyErr_PrintEx for an exception that is not SystemExit:
    set sys.last_type/last_value/last_traceback, then call sys.excepthook."""
    from glass.objects import abstract
    from glass.objects.none import w_None
    w_tb = w_exc.w_traceback if w_exc.w_traceback is not None else w_None
    w_sys = _sys_module()
    if w_sys is not None:
        for name, w_item in (("last_type", w_exc.ob_type), ("last_value", w_exc),
                             ("last_traceback", w_tb)):
            w_sys.w_dict.setitem_str(name, w_item)
    w_hook = _sys_attr("excepthook")
    try:
        audit.audit("sys.excepthook", w_hook if w_hook is not None else w_None,
                    w_exc.ob_type, w_exc, w_tb)
    except OperationError as error:
        from glass.objects.exceptions import EXCEPTION_TYPES
        if error.match(EXCEPTION_TYPES["RuntimeError"]):
            decref(error.w_value)             # a hook vetoed the report
            return
        write_unraisable(error, "Exception ignored in audit hook", None)
    if w_hook is None:
        _write_stderr("sys.excepthook is missing\n")
        display(w_exc, w_tb)
        return
    try:
        decref(abstract.call(w_hook, [w_exc.ob_type, w_exc, w_tb]))
    except OperationError as error:
        from glass.objects.exceptions import EXCEPTION_TYPES
        if error.match(EXCEPTION_TYPES["SystemExit"]):
            raise                             # handle_system_exit
        _flush_stdout()
        _write_stderr("Error in sys.excepthook:\n")
        display(error.w_value, error.w_value.w_traceback)
        _write_stderr("\nOriginal exception was:\n")
        display(w_exc, w_tb)
        decref(error.w_value)


def _write_stderr(text):
    """PySys_WriteStderr."""
    from glass.modules.sys import write_text
    from glass.objects.none import w_None
    w_file = _sys_attr("stderr")
    if w_file is None or w_file is w_None:
        import sys
        sys.stderr.write(text)
        return
    try:
        write_text(w_file, text)
    except OperationError as error:
        decref(error.w_value)


def _sys_module():
    from glass.vm import pystate
    return pystate.interpreter().w_sys


def _sys_attr(name):
    """PySys_GetObject: a borrowed reference, or None."""
    w_sys = _sys_module()
    if w_sys is None:
        return None
    return w_sys.w_dict.getitem_str(name)


def _flush_stdout():
    """fflush(stdout) before the traceback, so the two streams interleave right."""
    from glass.objects.none import w_None
    w_out = _sys_attr("stdout")
    if w_out is None or w_out is w_None:
        return
    try:
        from glass.modules.sys import flush
        flush(w_out)
    except OperationError as error:
        decref(error.w_value)


# --- PyErr_WriteUnraisable ---------------------------------------------------------------

def write_unraisable(error, message, w_obj, func=None):
    """Counterpart: PyErr_WriteUnraisable / _PyErr_WriteUnraisableMsg: report
    an exception nobody can catch (one raised by __del__, for instance),
    through sys.unraisablehook.  `message` is the "Exception ignored ..."
    text (None for the default); when `func` is a finalizer, the object named
    is the __del__ method found on the type, as slot_tp_finalize names it."""
    w_exc = error.w_value
    if func is not None and w_obj is not None:
        w_del = w_obj.ob_type.lookup("__del__")
        if w_del is not None:
            w_obj = w_del
        message = None
    if message is not None and message.endswith(" in"):
        message = None                        # the default wording
    if w_exc.w_traceback is None:
        # _PyErr_WriteUnraisableMsg: an exception raised by C code (no
        # traceback yet) gets one from the running frame.
        from glass.vm import pystate
        frame = pystate.current().frame
        if frame is not None:
            add_traceback_entry(w_exc, frame)
    try:
        _unraisable(w_exc, message, w_obj)
    finally:
        decref(w_exc)


def _unraisable(w_exc, message, w_obj):
    """The rest of _PyErr_WriteUnraisableMsg: the audit hooks hear
    "sys.unraisablehook" (hook, args), then sys.unraisablehook is called.
    When an audit hook or sys.unraisablehook itself fails, its own error is
    what the default hook reports."""
    from glass.objects import abstract
    from glass.objects.none import w_None
    from glass.objects.str import new_str_or_none
    w_hook = _sys_attr("unraisablehook")
    calls_hook = w_hook is not None and w_hook is not w_None and \
        w_hook is not _sys_attr("__unraisablehook__")
    if not calls_hook and not audit.should_audit():
        write_unraisable_default(w_exc.ob_type, w_exc, w_exc.w_traceback, message, w_obj)
        return
    from glass.modules.sys import make_unraisable_hook_args
    w_msg = new_str_or_none(message)
    w_tb = w_exc.w_traceback if w_exc.w_traceback is not None else w_None
    w_args = make_unraisable_hook_args(w_exc.ob_type, w_exc, w_tb, w_msg,
                                       w_obj if w_obj is not None else w_None)
    decref(w_msg)
    try:
        try:
            audit.audit("sys.unraisablehook", w_hook if w_hook is not None else w_None,
                        w_args)
        except OperationError as error:
            _report_own_error(error, "Exception ignored in audit hook", None)
            return
        if not calls_hook:
            write_unraisable_default(w_exc.ob_type, w_exc, w_exc.w_traceback, message, w_obj)
            return
        try:
            decref(abstract.call(w_hook, [w_args]))
        except OperationError as error:
            _report_own_error(error, "Exception ignored in sys.unraisablehook", w_hook)
    finally:
        decref(w_args)


def _report_own_error(error, message, w_obj):
    """The default hook reports an error of the reporting itself."""
    w_error = error.w_value
    try:
        write_unraisable_default(w_error.ob_type, w_error, w_error.w_traceback, message,
                                 w_obj)
    finally:
        decref(w_error)


def write_unraisable_default(w_type, w_exc, w_tb, message, w_obj):
    """Counterpart: write_unraisable_exc_file (sys.__unraisablehook__)."""
    from glass.objects import abstract
    from glass.objects.none import w_None
    w_file = _sys_attr("stderr")
    if w_file is None or w_file is w_None:
        return
    out = []
    if w_obj is not None and w_obj is not w_None:
        out.append(message + ": " if message is not None else "Exception ignored in: ")
        try:
            out.append(abstract.repr_text(w_obj))
        except OperationError as error:
            decref(error.w_value)
            out.append("<object repr() failed>")
        out.append("\n")
    elif message is not None:
        out.append(message + ":\n")
    if isinstance(w_tb, W_Traceback):
        print_tb(out, w_tb)
    if w_type is not None and w_type is not w_None:
        out.append(_unraisable_type_name(w_type))
        if w_exc is not None and w_exc is not w_None:
            out.append(": ")
            try:
                out.append(abstract.str_text(w_exc))
            except OperationError as error:
                decref(error.w_value)
                out.append("<exception str() failed>")
        out.append("\n")
    _write_and_flush(w_file, "".join(out))


def _unraisable_type_name(w_type):
    """As type_display_name, but a missing module prints "<unknown>" alone."""
    name = type_display_name(w_type)
    if name.startswith("<unknown>."):
        return "<unknown>" + type_qualname(w_type)
    return name
