"""The _csv module: the CSV reader and writer behind csv.py.

Counterpart: Modules/_csv.c.

A Dialect holds the parsing options as host values (one-character strs or
None for "not set").  The reader runs _csv.c's character state machine over
each guest line and hands back a guest list of fields; the writer quotes and
escapes each field as join_append_data does and calls the file's write()
with the whole record.  The registry of named dialects and the field size
limit are module state, as in CPython.
"""
from __future__ import annotations

from glass.modules import builtin_module, function
from glass.modules.builtins import raw_function
from glass.objects import abstract
from glass.objects.exceptions import EXCEPTION_TYPES, OperationError, type_error
from glass.objects.object import W_Object, decref
from glass.objects.type import BASETYPE, HAVE_GC, builtin_type, getter, method, slot

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = 0, 1, 2, 3
QUOTE_STYLES = (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE)

# The parser's states (ParserState).
(START_RECORD, START_FIELD, ESCAPED_CHAR, IN_FIELD, IN_QUOTED_FIELD,
 ESCAPE_IN_QUOTED_FIELD, QUOTE_IN_QUOTED_FIELD, EAT_CRNL, AFTER_ESCAPED_CRNL) = range(9)

# The end of a line, fed to the state machine after its last character; an
# empty str equals no dialect character (those are one character or None).
EOL = ""
NEWLINES = ("\n", "\r")

DIALECT_KEYWORDS = ("dialect", "delimiter", "doublequote", "escapechar",
                    "lineterminator", "quotechar", "quoting", "skipinitialspace",
                    "strict")


class CsvState:
    """The module state: the Error class, the dialect registry, the limit."""
    w_error = None
    w_dialects = None
    field_limit = 128 * 1024


def csv_error(message):
    return OperationError(new_guest_exception(CsvState.w_error, message))


def new_guest_exception(w_type, message):
    """w_type(message) called as the guest calls it: new_exception() drops a
    reference to a heap exception class (reported to the lead)."""
    w_message = _str(message)
    try:
        return abstract.call(w_type, [w_message])
    finally:
        decref(w_message)


def _newref(w_obj):
    w_obj.ob_refcnt += 1
    return w_obj


def _str(text):
    from glass.objects.str import new_str
    return new_str(text)


def _char_or_none(char):
    from glass.objects.none import w_None
    if char is None:
        return _newref(w_None)
    return _str(char)


def _is_str(w_obj):
    from glass.objects.str import W_Str
    return isinstance(w_obj, W_Str)


def _parse_arguments(args_w, kwnames, keywords, max_positional=None):
    """PyArg_ParseTupleAndKeywords with "|O..." formats: the values by keyword
    name (missing ones absent), with getargs.c's messages."""
    nkw = len(kwnames) if kwnames else 0
    npos = len(args_w) - nkw
    limit = len(keywords) if max_positional is None else max_positional
    if npos > limit:
        raise type_error("function takes at most %d argument%s (%d given)"
                         % (limit, "" if limit == 1 else "s", npos))
    values = dict(zip(keywords, args_w[:npos]))
    for index, name in enumerate(kwnames or ()):
        if name not in keywords:
            raise type_error("'%s' is an invalid keyword argument for this function"
                             % name)
        if name in values:
            raise type_error("argument for function given by name ('%s') and "
                             "position (%d)" % (name, keywords.index(name) + 1))
        values[name] = args_w[npos + index]
    return values


# --- Dialect ----------------------------------------------------------------------------

def _set_bool(w_src, default):
    if w_src is None:
        return default
    return abstract.is_true(w_src)


def _set_int(name, w_src, default):
    from glass.objects.int import W_Int
    if w_src is None:
        return default
    if w_src.ob_type is not W_Int.w_type:
        raise type_error('"%s" must be an integer' % name)
    value = w_src.value
    if not -(1 << 31) <= value < (1 << 31):
        from glass.objects.exceptions import overflow_error
        raise overflow_error("Python int too large to convert to C int")
    return value


def _set_char_or_none(name, w_src, default):
    from glass.objects.none import w_None
    if w_src is None:
        return default
    if w_src is w_None:
        return None
    if not _is_str(w_src):
        raise type_error('"%s" must be string or None, not %s'
                         % (name, w_src.ob_type.name))
    if len(w_src.value) != 1:
        raise type_error('"%s" must be a 1-character string' % name)
    return w_src.value


def _set_char(name, w_src, default):
    if w_src is None:
        return default
    if not _is_str(w_src):
        raise type_error('"%s" must be string, not %s' % (name, w_src.ob_type.name))
    if len(w_src.value) != 1:
        raise type_error('"%s" must be a 1-character string' % name)
    return w_src.value


def _set_str(name, w_src, default):
    """The line terminator: a new guest str, or None when set to None."""
    from glass.objects.none import w_None
    if w_src is None:
        return _str(default)
    if w_src is w_None:
        return None
    if not _is_str(w_src):
        raise type_error('"%s" must be a string' % name)
    return _newref(w_src)


@builtin_type("_csv.Dialect", flags=BASETYPE | HAVE_GC)
class W_Dialect(W_Object):
    """CSV dialect

The Dialect type records CSV parsing and generation options.
"""
    __slots__ = ("delimiter", "doublequote", "escapechar", "w_lineterminator",
                 "quotechar", "quoting", "skipinitialspace", "strict")

    def __init__(self, w_type):
        W_Object.__init__(self, w_type)
        self.init_fields()

    def init_fields(self):
        self.delimiter = ","
        self.doublequote = True
        self.escapechar = None
        self.w_lineterminator = None
        self.quotechar = '"'
        self.quoting = QUOTE_MINIMAL
        self.skipinitialspace = False
        self.strict = False

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        """Counterpart: dialect_new: options from a dialect (an instance, a
        registered name, or any object with the attributes) and keywords."""
        values = _parse_arguments(args_w, kwnames, DIALECT_KEYWORDS)
        w_dialect = values.pop("dialect", None)
        if w_dialect is not None:
            if _is_str(w_dialect):
                w_dialect = get_dialect_from_registry(w_dialect)
            else:
                w_dialect = _newref(w_dialect)
            try:
                if not values and isinstance(w_dialect, W_Dialect):
                    return _newref(w_dialect)      # reuse the instance
                owned = {}
                try:
                    for name in DIALECT_KEYWORDS[1:]:
                        if name in values:
                            owned[name] = _newref(values[name])
                        else:
                            owned[name] = _lookup_attr_or_none(w_dialect, name)
                    return _make_dialect(w_type, owned)
                finally:
                    for w_value in owned.values():
                        if w_value is not None:
                            decref(w_value)
            finally:
                decref(w_dialect)
        return _make_dialect(w_type, values)

    @getter("delimiter")
    def get_delimiter(self):
        return _char_or_none(self.delimiter)

    @getter("escapechar")
    def get_escapechar(self):
        return _char_or_none(self.escapechar)

    @getter("quotechar")
    def get_quotechar(self):
        return _char_or_none(self.quotechar)

    @getter("lineterminator")
    def get_lineterminator(self):
        return _newref(self.w_lineterminator)

    @getter("quoting")
    def get_quoting(self):
        from glass.objects.int import new_int
        return new_int(self.quoting)

    @getter("doublequote", member=True)
    def get_doublequote(self):
        from glass.objects.bool import new_bool
        return new_bool(self.doublequote)

    @getter("skipinitialspace", member=True)
    def get_skipinitialspace(self):
        from glass.objects.bool import new_bool
        return new_bool(self.skipinitialspace)

    @getter("strict", member=True)
    def get_strict(self):
        from glass.objects.bool import new_bool
        return new_bool(self.strict)

    @method("($self, /, *args)", name="__reduce__")
    def reduce(self, args_w):
        """raises an exception to avoid pickling"""
        raise type_error("cannot pickle '%s' instances" % self.ob_type.name.rsplit(".")[-1])

    @method("($self, /, *args)", name="__reduce_ex__")
    def reduce_ex(self, args_w):
        """raises an exception to avoid pickling"""
        raise type_error("cannot pickle '%s' instances" % self.ob_type.name.rsplit(".")[-1])

    @slot("tp_dealloc")
    def dealloc(self):
        w_terminator, self.w_lineterminator = self.w_lineterminator, None
        if w_terminator is not None:
            decref(w_terminator)

    @slot("tp_traverse")
    def traverse(self, visit):
        if self.w_lineterminator is not None:
            visit(self.w_lineterminator)

    def line_terminator(self):
        return self.w_lineterminator.value


def _lookup_attr_or_none(w_obj, name):
    """DIALECT_GETATTR: the attribute, or None (NULL) when getting it fails."""
    try:
        return abstract.getattr_str(w_obj, name)
    except OperationError as error:
        decref(error.w_value)
        return None


def _make_dialect(w_type, values):
    """The checks and conversions of dialect_new, in its order."""
    if w_type is W_Dialect.w_type:
        self = W_Dialect(w_type)
    else:
        from glass.objects.typeobject import _new_instance
        self = _new_instance(w_type)
        self.init_fields()
    try:
        get = values.get
        from glass.objects.none import w_None
        self.delimiter = _set_char("delimiter", get("delimiter"), ",")
        self.doublequote = _set_bool(get("doublequote"), True)
        self.escapechar = _set_char_or_none("escapechar", get("escapechar"), None)
        self.w_lineterminator = _set_str("lineterminator", get("lineterminator"), "\r\n")
        self.quotechar = _set_char_or_none("quotechar", get("quotechar"), '"')
        self.quoting = _set_int("quoting", get("quoting"), QUOTE_MINIMAL)
        self.skipinitialspace = _set_bool(get("skipinitialspace"), False)
        self.strict = _set_bool(get("strict"), False)
        if self.quoting not in QUOTE_STYLES:
            raise type_error('bad "quoting" value')
        if get("quotechar") is w_None and get("quoting") is None:
            self.quoting = QUOTE_NONE
        if self.quoting != QUOTE_NONE and self.quotechar is None:
            raise type_error("quotechar must be set if quoting enabled")
        if self.w_lineterminator is None:
            raise type_error("lineterminator must be set")
    except OperationError:
        decref(self)
        raise
    return self


def call_dialect(w_dialect, keywords):
    """_call_dialect: Dialect(dialect, **keywords) for reader(), writer() and
    register_dialect()."""
    args_w = [] if w_dialect is None else [w_dialect]
    kwnames = tuple(name for name, _ in keywords)
    return abstract.call(W_Dialect.w_type, args_w + [w for _, w in keywords],
                         kwnames or None)


def get_dialect_from_registry(w_name):
    w_dialect = CsvState.w_dialects.getitem(w_name)
    if w_dialect is None:
        raise csv_error("unknown dialect")
    return _newref(w_dialect)


# --- Reader -----------------------------------------------------------------------------

@builtin_type("_csv.reader", flags=HAVE_GC)
class W_Reader(W_Object):
    """CSV reader

Reader objects are responsible for reading and parsing tabular data
in CSV format.
"""
    # fields: the current record's guest values (owned); field: its pending
    # characters; numeric_field: the field is to become a float.
    __slots__ = ("w_input_iter", "w_dialect", "fields_w", "state", "field",
                 "numeric_field", "line_num")

    def __init__(self):
        W_Object.__init__(self, W_Reader.w_type)
        self.w_input_iter = None
        self.w_dialect = None
        self.fields_w = None
        self.state = START_RECORD
        self.field = []
        self.numeric_field = False
        self.line_num = 0

    @getter("dialect", member=True)
    def get_dialect(self):
        return _newref(self.w_dialect)

    @getter("line_num", member=True)
    def get_line_num(self):
        from glass.objects.int import new_int
        return new_int(self.line_num)

    @slot("tp_iter")
    def iter(self):
        return _newref(self)

    @slot("tp_iternext")
    def iternext(self):
        """Counterpart: Reader_iternext: read lines until a record is complete."""
        from glass.objects.list import W_List
        self.reset()
        try:
            while True:
                w_line = abstract.next(self.w_input_iter)
                if w_line is None:
                    if self.field or self.state == IN_QUOTED_FIELD:
                        if self.w_dialect.strict:
                            raise csv_error("unexpected end of data")
                        self.save_field()
                        break
                    return None
                try:
                    if not _is_str(w_line):
                        raise csv_error("iterator should return strings, not %s "
                                        "(the file should be opened in text mode)"
                                        % w_line.ob_type.name)
                    self.line_num += 1
                    self.parse_line(w_line.value)
                finally:
                    decref(w_line)
                if self.state == START_RECORD:
                    break
            fields_w, self.fields_w = self.fields_w, None
            return W_List(fields_w)
        finally:
            self.drop_fields()

    def reset(self):
        self.drop_fields()
        self.fields_w = []
        self.field = []
        self.state = START_RECORD
        self.numeric_field = False

    def drop_fields(self):
        fields_w, self.fields_w = self.fields_w, None
        for w_field in fields_w or ():
            decref(w_field)

    def save_field(self):
        """parse_save_field: the pending characters become a str (or float)."""
        w_field = _str("".join(self.field))
        self.field = []
        if self.numeric_field:
            self.numeric_field = False
            from glass.objects.float import number_float
            try:
                w_number = number_float(w_field)
            finally:
                decref(w_field)
            w_field = w_number
        self.fields_w.append(w_field)

    def add_char(self, char):
        if len(self.field) >= CsvState.field_limit:
            raise csv_error("field larger than field limit (%d)" % CsvState.field_limit)
        self.field.append(char)

    def parse_line(self, line):
        for char in line:
            self.process_char(char)
        self.process_char(EOL)

    def process_char(self, c):
        """Counterpart: parse_process_char, one character (or EOL) at a time."""
        dialect = self.w_dialect
        state = self.state
        if state == START_RECORD:
            if c == EOL:
                return                                  # an empty line: []
            if c in NEWLINES:
                self.state = EAT_CRNL
                return
            state = self.state = START_FIELD            # a normal character
        if state == START_FIELD:
            if c in NEWLINES or c == EOL:
                self.save_field()                       # an empty field
                self.state = START_RECORD if c == EOL else EAT_CRNL
            elif c == dialect.quotechar and dialect.quoting != QUOTE_NONE:
                self.state = IN_QUOTED_FIELD
            elif c == dialect.escapechar:
                self.state = ESCAPED_CHAR
            elif c == " " and dialect.skipinitialspace:
                pass                                    # spaces before a field
            elif c == dialect.delimiter:
                self.save_field()
            else:
                if dialect.quoting == QUOTE_NONNUMERIC:
                    self.numeric_field = True
                self.add_char(c)
                self.state = IN_FIELD
            return
        if state == ESCAPED_CHAR:
            if c in NEWLINES:
                self.add_char(c)
                self.state = AFTER_ESCAPED_CRNL
                return
            if c == EOL:
                c = "\n"
            self.add_char(c)
            self.state = IN_FIELD
            return
        if state == AFTER_ESCAPED_CRNL:
            if c == EOL:
                return
            state = IN_FIELD
        if state == IN_FIELD:
            if c in NEWLINES or c == EOL:
                self.save_field()
                self.state = START_RECORD if c == EOL else EAT_CRNL
            elif c == dialect.escapechar:
                self.state = ESCAPED_CHAR
            elif c == dialect.delimiter:
                self.save_field()
                self.state = START_FIELD
            else:
                self.add_char(c)
                self.state = IN_FIELD
            return
        if state == IN_QUOTED_FIELD:
            if c == EOL:
                pass
            elif c == dialect.escapechar:
                self.state = ESCAPE_IN_QUOTED_FIELD
            elif c == dialect.quotechar and dialect.quoting != QUOTE_NONE:
                self.state = QUOTE_IN_QUOTED_FIELD if dialect.doublequote else IN_FIELD
            else:
                self.add_char(c)
            return
        if state == ESCAPE_IN_QUOTED_FIELD:
            if c == EOL:
                c = "\n"
            self.add_char(c)
            self.state = IN_QUOTED_FIELD
            return
        if state == QUOTE_IN_QUOTED_FIELD:
            # A quote inside a quoted field: doubled, or the field's end.
            if dialect.quoting != QUOTE_NONE and c == dialect.quotechar:
                self.add_char(c)
                self.state = IN_QUOTED_FIELD
            elif c == dialect.delimiter:
                self.save_field()
                self.state = START_FIELD
            elif c in NEWLINES or c == EOL:
                self.save_field()
                self.state = START_RECORD if c == EOL else EAT_CRNL
            elif not dialect.strict:
                self.add_char(c)
                self.state = IN_FIELD
            else:
                raise csv_error("'%s' expected after '%s'"
                                % (dialect.delimiter, dialect.quotechar))
            return
        if state == EAT_CRNL:
            if c in NEWLINES:
                pass
            elif c == EOL:
                self.state = START_RECORD
            else:
                raise csv_error("new-line character seen in unquoted field - do you "
                                "need to open the file in universal-newline mode?")

    @slot("tp_dealloc")
    def dealloc(self):
        self.drop_fields()
        for name in ("w_input_iter", "w_dialect"):
            w_obj = getattr(self, name)
            setattr(self, name, None)
            if w_obj is not None:
                decref(w_obj)

    @slot("tp_traverse")
    def traverse(self, visit):
        for w_obj in (self.w_input_iter, self.w_dialect):
            if w_obj is not None:
                visit(w_obj)
        for w_field in self.fields_w or ():
            visit(w_field)

    @slot("tp_clear")
    def clear(self):
        self.dealloc()


# --- Writer -----------------------------------------------------------------------------

def _is_number(w_obj):
    """PyNumber_Check."""
    from glass.objects.complex import W_Complex
    w_type = w_obj.ob_type
    return (w_type.nb_index is not None or w_type.nb_int is not None or
            w_type.nb_float is not None or isinstance(w_obj, W_Complex))


@builtin_type("_csv.writer", flags=HAVE_GC)
class W_Writer(W_Object):
    """CSV writer

Writer objects are responsible for generating tabular data
in CSV format from sequence input.
"""
    __slots__ = ("w_write", "w_dialect")

    def __init__(self):
        W_Object.__init__(self, W_Writer.w_type)
        self.w_write = None
        self.w_dialect = None

    @getter("dialect", member=True)
    def get_dialect(self):
        return _newref(self.w_dialect)

    @method("($self, row, /)")
    def writerow(self, w_seq):
        """writerow(iterable)

Construct and write a CSV record from an iterable of fields.  Non-string
elements will be converted to string."""
        from glass.objects.none import w_None
        dialect = self.w_dialect
        try:
            w_iter = abstract.iter(w_seq)
        except OperationError as error:
            if not error.match(EXCEPTION_TYPES["TypeError"]):
                raise
            decref(error.w_value)
            raise csv_error("iterable expected, not %s" % w_seq.ob_type.name)
        parts = []
        try:
            while True:
                w_field = abstract.next(w_iter)
                if w_field is None:
                    break
                try:
                    if dialect.quoting == QUOTE_NONNUMERIC:
                        quoted = not _is_number(w_field)
                    else:
                        quoted = dialect.quoting == QUOTE_ALL
                    if w_field is w_None:
                        text = ""
                    elif _is_str(w_field):
                        text = w_field.value
                    else:
                        w_text = abstract.str(w_field)
                        text = w_text.value
                        decref(w_text)
                finally:
                    decref(w_field)
                parts.append(self.join_field(text, quoted))
        finally:
            decref(w_iter)
        if len(parts) == 1 and parts[0] == "":
            if dialect.quoting == QUOTE_NONE:
                raise csv_error("single empty field record must be quoted")
            parts[0] = self.join_field("", True)
        w_line = _str(dialect.delimiter.join(parts) + dialect.line_terminator())
        try:
            return abstract.call(self.w_write, [w_line])
        finally:
            decref(w_line)

    def join_field(self, text, quoted):
        """join_append_data: the field's characters, escaped; quoted when it
        asks for it or holds a special character."""
        dialect = self.w_dialect
        terminator = dialect.line_terminator()
        specials = {dialect.delimiter, dialect.escapechar, dialect.quotechar}
        out = []
        for c in text:
            if c in specials or c in terminator:
                want_escape = False
                if dialect.quoting == QUOTE_NONE:
                    want_escape = True
                else:
                    if c == dialect.quotechar:
                        if dialect.doublequote:
                            out.append(c)
                        else:
                            want_escape = True
                    elif c == dialect.escapechar:
                        want_escape = True
                    if not want_escape:
                        quoted = True
                if want_escape:
                    if dialect.escapechar is None:
                        raise csv_error("need to escape, but no escapechar set")
                    out.append(dialect.escapechar)
            out.append(c)
        if quoted:
            return dialect.quotechar + "".join(out) + dialect.quotechar
        return "".join(out)

    @method("($self, rows, /)")
    def writerows(self, w_seqseq):
        """writerows(iterable of iterables)

Construct and write a series of iterables to a csv file.  Non-string
elements will be converted to string."""
        for w_row in abstract.iterate(w_seqseq):
            try:
                w_result = self.writerow(w_row)
            finally:
                decref(w_row)
            decref(w_result)

    @slot("tp_dealloc")
    def dealloc(self):
        for name in ("w_write", "w_dialect"):
            w_obj = getattr(self, name)
            setattr(self, name, None)
            if w_obj is not None:
                decref(w_obj)

    @slot("tp_traverse")
    def traverse(self, visit):
        for w_obj in (self.w_write, self.w_dialect):
            if w_obj is not None:
                visit(w_obj)

    @slot("tp_clear")
    def clear(self):
        self.dealloc()


def _unpack_one_or_two(positional):
    """PyArg_UnpackTuple(args, "", 1, 2, ...)."""
    if len(positional) < 1:
        raise type_error(" expected at least 1 argument, got %d" % len(positional))
    if len(positional) > 2:
        raise type_error(" expected at most 2 arguments, got %d" % len(positional))
    return positional[0], (positional[1] if len(positional) == 2 else None)


# --- The module ---------------------------------------------------------------------------

@builtin_module("_csv")
class CsvModule:
    """CSV parsing and writing.

This module provides classes that assist in the reading and writing
of Comma Separated Value (CSV) files, and implements the interface
described by PEP 305.  Although many CSV files are simple to parse,
the format is not formally defined by a stable specification and
is subtle enough that parsing lines of a CSV file with something
like line.split(",") is bound to fail.  The module supports three
basic APIs: reading, writing, and registration of dialects.


DIALECT REGISTRATION:

Readers and writers support a dialect argument, which is a convenient
handle on a group of settings.  When the dialect argument is a string,
it identifies one of the dialects previously registered with the module.
If it is a class or instance, the attributes of the argument are used as
the settings for the reader or writer:

    class excel:
        delimiter = ','
        quotechar = '"'
        escapechar = None
        doublequote = True
        skipinitialspace = False
        lineterminator = '\\r\\n'
        quoting = QUOTE_MINIMAL

SETTINGS:

    * quotechar - specifies a one-character string to use as the
        quoting character.  It defaults to '"'.
    * delimiter - specifies a one-character string to use as the
        field separator.  It defaults to ','.
    * skipinitialspace - specifies how to interpret spaces which
        immediately follow a delimiter.  It defaults to False, which
        means that spaces immediately following a delimiter is part
        of the following field.
    * lineterminator - specifies the character sequence which should
        terminate rows.
    * quoting - controls when quotes should be generated by the writer.
        It can take on any of the following module constants:

        csv.QUOTE_MINIMAL means only when required, for example, when a
            field contains either the quotechar or the delimiter
        csv.QUOTE_ALL means that quotes are always placed around fields.
        csv.QUOTE_NONNUMERIC means that quotes are always placed around
            fields which do not parse as integers or floating point
            numbers.
        csv.QUOTE_NONE means that quotes are never placed around fields.
    * escapechar - specifies a one-character string used to escape
        the delimiter when quoting is set to QUOTE_NONE.
    * doublequote - controls the handling of quotes inside fields.  When
        True, two consecutive quotes are interpreted as one during read,
        and when writing, each quote character embedded in the data is
        written as two quotes
"""

    @raw_function(None)
    def reader(positional, keywords):
        """    csv_reader = reader(iterable [, dialect='excel']
                        [optional keyword args])
    for row in csv_reader:
        process(row)

The "iterable" argument can be any object that returns a line
of input for each iteration, such as a file object or a list.  The
optional "dialect" parameter is discussed below.  The function
also accepts optional keyword arguments which override settings
provided by the dialect.

The returned object is an iterator.  Each iteration returns a row
of the CSV file (which can span multiple input lines).
"""
        self = W_Reader()
        try:
            w_iterable, w_dialect = _unpack_one_or_two(positional)
            self.w_input_iter = abstract.iter(w_iterable)
            self.w_dialect = call_dialect(w_dialect, keywords)
        except OperationError:
            decref(self)
            raise
        return self

    @raw_function(None)
    def writer(positional, keywords):
        """    csv_writer = csv.writer(fileobj [, dialect='excel']
                            [optional keyword args])
    for row in sequence:
        csv_writer.writerow(row)

    [or]

    csv_writer = csv.writer(fileobj [, dialect='excel']
                            [optional keyword args])
    csv_writer.writerows(rows)

The "fileobj" argument can be any object that supports the file API.
"""
        self = W_Writer()
        try:
            w_file, w_dialect = _unpack_one_or_two(positional)
            self.w_write = abstract.lookup_attr_str(w_file, "write")
            if self.w_write is None or self.w_write.ob_type.tp_call is None:
                raise type_error('argument 1 must have a "write" method')
            self.w_dialect = call_dialect(w_dialect, keywords)
        except OperationError:
            decref(self)
            raise
        return self

    @raw_function(None)
    def register_dialect(positional, keywords):
        """Create a mapping from a string name to a dialect class.
    dialect = csv.register_dialect(name[, dialect[, **fmtparams]])"""
        w_name, w_dialect = _unpack_one_or_two(positional)
        if not _is_str(w_name):
            raise type_error("dialect name must be a string")
        w_new = call_dialect(w_dialect, keywords)
        try:
            CsvState.w_dialects.setitem(w_name, w_new)
        finally:
            decref(w_new)

    @function("($module, /, name)")
    def unregister_dialect(w_name):
        """Delete the name/dialect mapping associated with a string name.

    csv.unregister_dialect(name)"""
        if not CsvState.w_dialects.delitem(w_name):
            raise csv_error("unknown dialect")

    @function("($module, /, name)")
    def get_dialect(w_name):
        """Return the dialect instance associated with name.

    dialect = csv.get_dialect(name)"""
        return get_dialect_from_registry(w_name)

    @function("($module, /)")
    def list_dialects():
        """Return a list of all known dialect names.

    names = csv.list_dialects()"""
        from glass.objects.list import new_list
        return new_list(CsvState.w_dialects.keys_list())

    @raw_function("($module, /, new_limit=<unrepresentable>)")
    def field_size_limit(positional, keywords):
        """Sets an upper limit on parsed fields.

    csv.field_size_limit([limit])

Returns old limit. If limit is not given, no new limit is set and
the old limit is returned"""
        from glass.objects.int import W_Int, new_int
        if len(positional) + len(keywords) > 1:
            raise type_error("field_size_limit() takes at most 1 argument (%d given)"
                             % (len(positional) + len(keywords)))
        w_limit = positional[0] if positional else None
        for name, w_value in keywords:
            if name != "new_limit":
                raise type_error("'%s' is an invalid keyword argument for "
                                 "field_size_limit()" % name)
            w_limit = w_value
        old_limit = CsvState.field_limit
        if w_limit is not None:
            if w_limit.ob_type is not W_Int.w_type:
                raise type_error("limit must be an integer")
            if not -(1 << 63) <= w_limit.value < (1 << 63):
                from glass.objects.exceptions import overflow_error
                raise overflow_error("Python int too large to convert to C long")
            CsvState.field_limit = w_limit.value
        return new_int(old_limit)

    @staticmethod
    def init_module(w_module):
        from glass.objects.exceptions import new_exception_class
        from glass.objects.dict import new_dict
        from glass.objects.int import new_int
        if CsvState.w_error is None:
            CsvState.w_error = new_exception_class("_csv.Error",
                                                   EXCEPTION_TYPES["Exception"])
            CsvState.w_dialects = new_dict()
        w_dict = w_module.w_dict
        w_dict.setitem_str("Error", CsvState.w_error)
        w_dict.setitem_str("_dialects", CsvState.w_dialects)
        w_dict.setitem_str("Dialect", W_Dialect.w_type)
        w_dict.setitem_str("Reader", W_Reader.w_type)
        w_dict.setitem_str("Writer", W_Writer.w_type)
        from glass.objects.type import ready
        for cls in (W_Dialect, W_Reader, W_Writer):
            ready(cls.w_type)
            if "__module__" not in cls.w_type.dict:   # heap types in CPython
                cls.w_type.dict["__module__"] = _str("_csv")
        for cls in (W_Reader, W_Writer):
            cls.w_type.tp_new = None         # only reader() and writer() make them
            cls.w_type.dict.pop("__new__", None)
        for name, value in (("QUOTE_MINIMAL", QUOTE_MINIMAL), ("QUOTE_ALL", QUOTE_ALL),
                            ("QUOTE_NONNUMERIC", QUOTE_NONNUMERIC),
                            ("QUOTE_NONE", QUOTE_NONE)):
            w_value = new_int(value)
            w_dict.setitem_str(name, w_value)
            decref(w_value)
        w_version = _str("1.0")
        w_dict.setitem_str("__version__", w_version)
        decref(w_version)
