"""The _sre module: compiled regular expressions, their matches and scanners.

Counterpart: Modules/_sre/sre.c.

Lib/re/_compiler.py turns a pattern into a list of code words and hands it
to _sre.compile(); this file wraps that code in the guest's re.Pattern and
runs it with the matcher of glass/modules/_sre_engine.py, which works on
host strings: a str subject is matched as its host str, a bytes-like one as
its bytes decoded as latin-1 (byte b is character chr(b)), and the slices
handed back are made of the subject's kind again.
"""
from __future__ import annotations

from glass.modules import _sre_engine as engine
from glass.modules import builtin_module, function
from glass.objects import abstract
from glass.objects.exceptions import (OperationError, argument_type_name, operation_error,
                                      type_error)
from glass.objects.object import W_Object, decref
from glass.objects.type import EQ, NE, HAVE_GC, builtin_type, getter, method, slot

COPYRIGHT = " SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB "
PY_SSIZE_T_MAX = (1 << 63) - 1

SRE_FLAG_TEMPLATE = 1
SRE_FLAG_IGNORECASE = 2
SRE_FLAG_LOCALE = 4
SRE_FLAG_MULTILINE = 8
SRE_FLAG_DOTALL = 16
SRE_FLAG_UNICODE = 32
SRE_FLAG_VERBOSE = 64
SRE_FLAG_DEBUG = 128
SRE_FLAG_ASCII = 256

FLAG_NAMES = (
    ("re.TEMPLATE", SRE_FLAG_TEMPLATE), ("re.IGNORECASE", SRE_FLAG_IGNORECASE),
    ("re.LOCALE", SRE_FLAG_LOCALE), ("re.MULTILINE", SRE_FLAG_MULTILINE),
    ("re.DOTALL", SRE_FLAG_DOTALL), ("re.UNICODE", SRE_FLAG_UNICODE),
    ("re.VERBOSE", SRE_FLAG_VERBOSE), ("re.DEBUG", SRE_FLAG_DEBUG),
    ("re.ASCII", SRE_FLAG_ASCII),
)


# --- Small helpers ---------------------------------------------------------------------

def _newref(w_obj):
    w_obj.ob_refcnt += 1
    return w_obj


def _none():
    from glass.objects.none import w_None
    w_None.ob_refcnt += 1
    return w_None


def _new_int(value):
    from glass.objects.int import new_int
    return new_int(value)


def _ssize_arg(w_value, default):
    """The clinic Py_ssize_t converter: an index, clipped to nothing, or the default."""
    if w_value is None:
        return default
    w_int = abstract.index(w_value)
    value = w_int.value
    decref(w_int)
    if not -(1 << 63) <= value < (1 << 63):
        raise operation_error("OverflowError",
                              "Python int too large to convert to C ssize_t")
    return value


def _int_arg(w_value):
    """The clinic int converter (ascii_iscased(character) and friends)."""
    from glass.objects.float import W_Float
    if isinstance(w_value, W_Float):
        raise type_error("'float' object cannot be interpreted as an integer")
    w_int = abstract.index(w_value)
    value = w_int.value
    decref(w_int)
    if not -(1 << 31) <= value < (1 << 31):
        raise operation_error("OverflowError",
                              "Python int too large to convert to C int")
    return value


def _bool(value):
    from glass.objects.bool import new_bool
    return new_bool(value)


def _is_str(w_obj):
    from glass.objects.str import W_Str
    return isinstance(w_obj, W_Str)


def _buffer_bytes(w_obj):
    """The bytes of a bytes-like object (its buffer), or None if it has none."""
    getbuffer = getattr(w_obj, "getbuffer", None)
    if getbuffer is None:
        return None
    return bytes(getbuffer())


def _current_buffer(w_obj):
    """A bytes-like subject's bytes as they are now, sliceable by byte."""
    getbuffer = getattr(w_obj, "getbuffer", None)
    if getbuffer is None:
        raise type_error("expected string or bytes-like object, got '%s'"
                         % w_obj.ob_type.name)
    data = getbuffer()
    return data if isinstance(data, (bytes, bytearray)) else bytes(data)


def get_string(w_string):
    """getstring: (host text, isbytes) of a subject; a bytes-like subject's
    text is its bytes as latin-1 characters."""
    from glass.objects.str import W_Str
    if isinstance(w_string, W_Str):
        return w_string.value, False
    data = _buffer_bytes(w_string)
    if data is None:
        raise type_error("expected string or bytes-like object, got '%s'"
                         % w_string.ob_type.name)
    return data.decode("latin-1"), True


def _engine_error():
    return operation_error("RuntimeError", "internal error in regular expression engine")


# --- The state of a match, search or scan (state_init) -----------------------------------

class SubjectState:
    """state_init's result: the engine state plus what slices are made from."""
    __slots__ = ("state", "w_string", "isbytes")

    def __init__(self, w_pattern, w_string, pos, endpos):
        text, isbytes = get_string(w_string)
        if isbytes and w_pattern.isbytes == 0:
            raise type_error("cannot use a string pattern on a bytes-like object")
        if not isbytes and w_pattern.isbytes > 0:
            raise type_error("cannot use a bytes pattern on a string-like object")
        self.state = engine.State(text, pos, endpos, w_pattern.groups)
        self.w_string = w_string
        self.isbytes = isbytes

    def getslice(self, start, end):
        """getslice: a new str or bytes of the subject's characters start..end."""
        return make_slice(self.isbytes, self.w_string, self.state.string, start, end)


def make_slice(isbytes, w_string, text, start, end):
    """getslice: PyUnicode_Substring of a str subject (the subject itself when
    it is an exact str taken whole), bytes of a bytes-like one (the subject
    itself when it is an exact bytes taken whole)."""
    if isbytes:
        from glass.objects.bytes import W_Bytes, new_bytes
        if (w_string.ob_type is W_Bytes.w_type and start == 0
                and end == len(text)):
            return _newref(w_string)
        return new_bytes(text[start:end].encode("latin-1"))
    from glass.objects.str import W_Str, new_str
    if w_string.ob_type is W_Str.w_type and start == 0 and end == len(text):
        return _newref(w_string)
    return new_str(text[start:end])


def _run(runner, state, prog):
    try:
        return runner(state, prog)
    except engine.EngineError:
        raise _engine_error()


# --- The module -------------------------------------------------------------------------------

@builtin_module("_sre")
class SreModule:
    @function("($module, /)")
    def getcodesize():
        return _new_int(engine.CODESIZE)

    @function("($module, character, /)")
    def ascii_iscased(w_character):
        return _bool(engine.ascii_iscased(_int_arg(w_character) & 0xFFFFFFFF))

    @function("($module, character, /)")
    def unicode_iscased(w_character):
        code = _int_arg(w_character) & 0xFFFFFFFF
        return _bool(code < 0x110000 and engine.unicode_iscased(code))

    @function("($module, character, /)")
    def ascii_tolower(w_character):
        return _new_int(engine.lower_ascii(_int_arg(w_character)))

    @function("($module, character, /)")
    def unicode_tolower(w_character):
        code = _int_arg(w_character)
        if not 0 <= code < 0x110000:
            return _new_int(code)
        return _new_int(engine.lower_unicode(code))

    @function("($module, /, pattern, flags, code, groups, groupindex, indexgroup)")
    def compile(w_pattern, w_flags, w_code, w_groups, w_groupindex, w_indexgroup):
        return new_pattern(w_pattern, w_flags, w_code, w_groups, w_groupindex,
                           w_indexgroup)

    @staticmethod
    def init_module(w_module):
        from glass.objects.str import new_str
        w_dict = w_module.w_dict
        for name, value in (("MAGIC", engine.MAGIC), ("CODESIZE", engine.CODESIZE),
                            ("MAXREPEAT", engine.MAXREPEAT),
                            ("MAXGROUPS", engine.MAXGROUPS)):
            w_value = _new_int(value)
            w_dict.setitem_str(name, w_value)
            decref(w_value)
        w_copyright = new_str(COPYRIGHT)
        w_dict.setitem_str("copyright", w_copyright)
        decref(w_copyright)


def new_pattern(w_pattern, w_flags, w_code, w_groups, w_groupindex, w_indexgroup):
    """_sre_compile_impl: a Pattern over the code words."""
    from glass.objects.dict import W_Dict
    from glass.objects.list import W_List
    from glass.objects.tuple import W_Tuple
    from glass.objects.none import w_None
    if not isinstance(w_code, W_List):
        raise type_error("compile() argument 'code' must be list, not %s"
                         % argument_type_name(w_code))
    if not isinstance(w_groupindex, W_Dict):
        raise type_error("compile() argument 'groupindex' must be dict, not %s"
                         % argument_type_name(w_groupindex))
    if not isinstance(w_indexgroup, W_Tuple):
        raise type_error("compile() argument 'indexgroup' must be tuple, not %s"
                         % argument_type_name(w_indexgroup))
    flags = _int_arg(w_flags)
    groups = _ssize_arg(w_groups, 0)
    code = []
    for w_word in list(w_code.items):
        value = abstract.int_value(w_word) if not hasattr(w_word, "value") else w_word.value
        if value < 0:
            raise operation_error("OverflowError",
                                  "can't convert negative value to unsigned int")
        if value > 0xFFFFFFFF:
            raise operation_error("OverflowError",
                                  "regular expression code size limit exceeded")
        code.append(value)
    if w_pattern is w_None:
        isbytes = -1
    else:
        isbytes = 1 if get_string(w_pattern)[1] else 0
    try:
        prog = engine.Program(code, groups)
    except (engine.EngineError, IndexError):
        raise operation_error("RuntimeError", "invalid SRE code")
    self = W_Pattern()
    self.w_pattern = _newref(w_pattern)
    self.flags = flags
    self.code = code
    self.groups = groups
    self.isbytes = isbytes
    self.prog = prog
    self.w_groupindex = None
    self.w_indexgroup = None
    if w_groupindex.used > 0:
        self.w_groupindex = _newref(w_groupindex)
        if w_indexgroup.items:
            self.w_indexgroup = _newref(w_indexgroup)
    return self


# --- Pattern ----------------------------------------------------------------------------------

@builtin_type("re.Pattern", flags=HAVE_GC)
class W_Pattern(W_Object):
    """Compiled regular expression object."""
    __slots__ = ("w_pattern", "flags", "code", "groups", "isbytes", "prog",
                 "w_groupindex", "w_indexgroup", "weakrefs")

    def __init__(self):
        W_Object.__init__(self, W_Pattern.w_type)
        self.weakrefs = None

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        raise type_error("cannot create 're.Pattern' instances")

    @slot("tp_dealloc")
    def dealloc(self):
        from glass.objects.weakrefobject import clear_weakrefs_if_any
        clear_weakrefs_if_any(self)
        for name in ("w_pattern", "w_groupindex", "w_indexgroup"):
            w_value = getattr(self, name, None)
            if w_value is not None:
                setattr(self, name, None)
                decref(w_value)

    @slot("tp_traverse")
    def traverse(self, visit):
        for w_value in (self.w_groupindex, self.w_indexgroup, self.w_pattern):
            if w_value is not None:
                visit(w_value)

    # --- matching ------------------------------------------------------------------

    def _state(self, w_string, w_pos=None, w_endpos=None):
        return SubjectState(self, w_string, _ssize_arg(w_pos, 0),
                            _ssize_arg(w_endpos, PY_SSIZE_T_MAX))

    @method("($self, /, string, pos=0, endpos=sys.maxsize)")
    def match(self, w_string, w_pos, w_endpos):
        """Matches zero or more characters at the beginning of the string."""
        subject = self._state(w_string, w_pos, w_endpos)
        found = _run(engine.match, subject.state, self.prog)
        return new_match(self, subject, found)

    @method("($self, /, string, pos=0, endpos=sys.maxsize)")
    def fullmatch(self, w_string, w_pos, w_endpos):
        """Matches against all of the string."""
        subject = self._state(w_string, w_pos, w_endpos)
        subject.state.match_all = True
        found = _run(engine.match, subject.state, self.prog)
        return new_match(self, subject, found)

    @method("($self, /, string, pos=0, endpos=sys.maxsize)")
    def search(self, w_string, w_pos, w_endpos):
        """Scan through string looking for a match, and return a corresponding match object instance.

Return None if no position in the string matches."""
        subject = self._state(w_string, w_pos, w_endpos)
        found = _run(engine.search, subject.state, self.prog)
        return new_match(self, subject, found)

    @method("($self, /, string, pos=0, endpos=sys.maxsize)")
    def findall(self, w_string, w_pos, w_endpos):
        """Return a list of all non-overlapping matches of pattern in string."""
        from glass.objects.list import W_List
        from glass.objects.tuple import new_tuple_owned
        subject = self._state(w_string, w_pos, w_endpos)
        state = subject.state
        items_w = []
        try:
            while state.start <= state.end:
                state.reset()
                state.ptr = state.start
                if not _run(engine.search, state, self.prog):
                    break
                if self.groups == 0:
                    items_w.append(subject.getslice(state.start, state.ptr))
                elif self.groups == 1:
                    items_w.append(_group_or_empty(subject, 1))
                else:
                    items_w.append(new_tuple_owned(
                        [_group_or_empty(subject, i) for i in range(1, self.groups + 1)]))
                state.must_advance = state.ptr == state.start
                state.start = state.ptr
        except BaseException:
            for w_item in items_w:
                decref(w_item)
            raise
        return W_List(items_w)

    @method("($self, /, string, pos=0, endpos=sys.maxsize)")
    def finditer(self, w_string, w_pos, w_endpos):
        """Return an iterator over all non-overlapping matches for the RE pattern in string.

For each match, the iterator returns a match object."""
        from glass.objects.iterobject import new_call_iter
        from glass.objects.none import w_None
        w_scanner = W_Scanner(self, self._state(w_string, w_pos, w_endpos))
        try:
            w_search = abstract.getattr_str(w_scanner, "search")
        finally:
            decref(w_scanner)
        try:
            return new_call_iter(w_search, w_None)
        finally:
            decref(w_search)

    @method("($self, /, string, pos=0, endpos=sys.maxsize)")
    def scanner(self, w_string, w_pos, w_endpos):
        return W_Scanner(self, self._state(w_string, w_pos, w_endpos))

    @method("($self, /, string, maxsplit=0)")
    def split(self, w_string, w_maxsplit):
        """Split string by the occurrences of pattern."""
        from glass.objects.list import W_List
        maxsplit = _ssize_arg(w_maxsplit, 0)
        subject = self._state(w_string)
        state = subject.state
        items_w = []
        try:
            count = 0
            last = state.start
            while not maxsplit or count < maxsplit:
                state.reset()
                state.ptr = state.start
                if not _run(engine.search, state, self.prog):
                    break
                items_w.append(subject.getslice(last, state.start))
                for index in range(1, self.groups + 1):
                    items_w.append(_group_or_none(subject, index))
                count += 1
                state.must_advance = state.ptr == state.start
                last = state.start = state.ptr
            items_w.append(subject.getslice(last, state.endpos))
        except BaseException:
            for w_item in items_w:
                decref(w_item)
            raise
        return W_List(items_w)

    @method("($self, /, repl, string, count=0)")
    def sub(self, w_repl, w_string, w_count):
        """Return the string obtained by replacing the leftmost non-overlapping occurrences of pattern in string by the replacement repl."""
        return self._subx(w_repl, w_string, _ssize_arg(w_count, 0), False)

    @method("($self, /, repl, string, count=0)")
    def subn(self, w_repl, w_string, w_count):
        """Return the tuple (new_string, number_of_subs_made) found by replacing the leftmost non-overlapping occurrences of pattern with the replacement repl."""
        return self._subx(w_repl, w_string, _ssize_arg(w_count, 0), True)

    def _subx(self, w_template, w_string, count, subn):
        """pattern_subx: a literal template is inserted as it is, a callable
        is called with each match, any other template goes through
        re._subx(pattern, template), which returns one or the other."""
        if w_template.ob_type.tp_call is not None:
            w_filter = _newref(w_template)
            filter_is_callable = True
        else:
            if _is_str(w_template):
                literal = "\\" not in w_template.value
            else:
                data = _buffer_bytes(w_template)
                literal = data is not None and b"\\" not in data
            if literal:
                w_filter = _newref(w_template)
                filter_is_callable = False
            else:
                w_filter = _call_re("_subx", [self, w_template])
                filter_is_callable = w_filter.ob_type.tp_call is not None
        try:
            subject = SubjectState(self, w_string, 0, PY_SSIZE_T_MAX)
            state = subject.state
            pieces_w = []
            try:
                n = i = 0
                while not count or n < count:
                    state.reset()
                    state.ptr = state.start
                    if not _run(engine.search, state, self.prog):
                        break
                    b, e = state.start, state.ptr
                    if i < b:
                        pieces_w.append(subject.getslice(i, b))
                    if filter_is_callable:
                        w_match = new_match(self, subject, True)
                        try:
                            w_item = abstract.call(w_filter, [w_match])
                        finally:
                            decref(w_match)
                        if _is_none(w_item):
                            decref(w_item)
                        else:
                            pieces_w.append(w_item)
                    else:
                        pieces_w.append(_newref(w_filter))
                    i = e
                    n += 1
                    state.must_advance = state.ptr == state.start
                    state.start = state.ptr
                if i < state.endpos:
                    pieces_w.append(subject.getslice(i, state.endpos))
                w_result = _join(subject, pieces_w)
            finally:
                for w_piece in pieces_w:
                    decref(w_piece)
        finally:
            decref(w_filter)
        if not subn:
            return w_result
        from glass.objects.tuple import new_tuple_owned
        return new_tuple_owned([w_result, _new_int(n)])

    # --- copying and comparing ---------------------------------------------------------

    @method("($self, /)")
    def __copy__(self):
        return _newref(self)

    @method("($self, memo, /)")
    def __deepcopy__(self, w_memo):
        return _newref(self)

    @method("($type, alias, /)", kind="classmethod")
    def __class_getitem__(w_type, w_alias):
        """See PEP 585"""
        from glass.objects.tuple import generic_alias
        return generic_alias(w_type, w_alias)

    @slot("tp_repr")
    def repr(self):
        """pattern_repr: re.compile('...', re.FLAG|...), the pattern's repr
        cut at 200 characters."""
        from glass.objects.str import new_str
        flags = self.flags
        if self.isbytes == 0 and (flags & (SRE_FLAG_LOCALE | SRE_FLAG_UNICODE |
                                           SRE_FLAG_ASCII)) == SRE_FLAG_UNICODE:
            flags &= ~SRE_FLAG_UNICODE      # the default for a str pattern
        names = []
        for name, value in FLAG_NAMES:
            if flags & value:
                names.append(name)
                flags &= ~value
        if flags:
            names.append("0x%x" % flags)
        pattern_repr = abstract.repr_text(self.w_pattern)[:200]
        if names:
            return new_str("re.compile(%s, %s)" % (pattern_repr, "|".join(names)))
        return new_str("re.compile(%s)" % pattern_repr)

    @slot("tp_richcompare")
    def richcompare(self, w_other, op):
        from glass.objects.tuple import not_implemented
        if op not in (EQ, NE) or not isinstance(w_other, W_Pattern):
            return not_implemented()
        if w_other is self:
            same = True
        else:
            same = (self.flags == w_other.flags and self.isbytes == w_other.isbytes
                    and self.code == w_other.code)
            if same:
                same = abstract.rich_compare_bool(self.w_pattern, w_other.w_pattern, EQ)
        return _bool(same if op == EQ else not same)

    @slot("tp_hash")
    def hash(self):
        """pattern_hash: the pattern's hash mixed with the code's bytes and flags."""
        import struct
        from glass.objects.hashing import hash_bytes
        value = abstract.hash(self.w_pattern)
        value ^= hash_bytes(struct.pack("<%dI" % len(self.code), *self.code))
        value ^= self.flags
        value ^= self.isbytes
        value ^= len(self.code)
        if value == -1:
            value = -2
        return value

    # --- attributes ------------------------------------------------------------------------

    @getter("pattern", doc="The pattern string from which the RE object was compiled.")
    def get_pattern(self):
        return _newref(self.w_pattern)

    @getter("flags", doc="The regex matching flags.")
    def get_flags(self):
        return _new_int(self.flags)

    @getter("groups", doc="The number of capturing groups in the pattern.")
    def get_groups(self):
        return _new_int(self.groups)

    @getter("groupindex", doc="A dictionary mapping group names to group numbers.")
    def get_groupindex(self):
        from glass.objects.dict import W_Dict
        from glass.objects.mappingproxy import W_MappingProxy
        if self.w_groupindex is None:
            return W_Dict()         # a fresh plain dict, as pattern_groupindex gives
        return W_MappingProxy(_newref(self.w_groupindex))


def _is_none(w_obj):
    from glass.objects.none import w_None
    return w_obj is w_None


def _call_re(name, args_w):
    """call(SRE_PY_MODULE, name, args): re.<name>(*args), importing re."""
    from glass.vm.imports import import_module
    w_module = import_module("re")
    try:
        w_func = abstract.getattr_str(w_module, name)
    finally:
        decref(w_module)
    try:
        return abstract.call(w_func, args_w)
    finally:
        decref(w_func)


def _join(subject, pieces_w):
    """join_list: the pieces joined into one str, or one bytes for a
    bytes-like subject (PyUnicode_Join / _PyBytes_Join, with their errors)."""
    if subject.isbytes:
        from glass.objects.bytes import new_bytes
        parts = []
        for index, w_piece in enumerate(pieces_w):
            data = _buffer_bytes(w_piece)
            if data is None:
                raise type_error("sequence item %d: expected a bytes-like object, "
                                 "%s found" % (index, w_piece.ob_type.name))
            parts.append(data)
        if len(pieces_w) == 1 and pieces_w[0].ob_type.name == "bytes":
            return _newref(pieces_w[0])
        return new_bytes(b"".join(parts))
    from glass.objects.str import W_Str, new_str
    parts = []
    for index, w_piece in enumerate(pieces_w):
        if not isinstance(w_piece, W_Str):
            raise type_error("sequence item %d: expected str instance, %s found"
                             % (index, w_piece.ob_type.name))
        parts.append(w_piece.value)
    if len(pieces_w) == 1 and pieces_w[0].ob_type is W_Str.w_type:
        return _newref(pieces_w[0])
    return new_str("".join(parts))


def _group_or_empty(subject, index):
    """state_getslice(..., empty=1): a group's text, or "" when it did not match."""
    start, end = subject.state.group_span(index)
    if start < 0:
        start = end = 0
    return subject.getslice(start, end)


def _group_or_none(subject, index):
    """state_getslice(..., empty=0): a group's text, or None."""
    start, end = subject.state.group_span(index)
    if start < 0:
        return _none()
    return subject.getslice(start, end)


# --- Match ------------------------------------------------------------------------------------

def new_match(w_pattern, subject, found):
    """pattern_new_match: a Match for a successful run, else None."""
    if not found:
        return _none()
    state = subject.state
    spans = [(state.start, state.ptr)]
    for index in range(1, w_pattern.groups + 1):
        start, end = state.group_span(index)
        if start > end:
            raise operation_error("SystemError",
                                  "The span of capturing group is wrong,"
                                  " please report a bug for the re module.")
        spans.append((start, end))
    return W_Match(w_pattern, subject, spans, state.lastindex)


@builtin_type("re.Match", flags=HAVE_GC)
class W_Match(W_Object):
    """The result of re.match() and re.search().
Match objects always have a boolean value of True."""
    __slots__ = ("w_pattern", "w_string", "text", "isbytes", "spans", "pos",
                 "endpos", "lastindex")

    def __init__(self, w_pattern, subject, spans, lastindex):
        W_Object.__init__(self, W_Match.w_type)
        self.w_pattern = _newref(w_pattern)
        self.w_string = _newref(subject.w_string)
        self.text = subject.state.string
        self.isbytes = subject.isbytes
        self.spans = spans
        self.pos = subject.state.pos
        self.endpos = subject.state.endpos
        self.lastindex = lastindex

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        raise type_error("cannot create 're.Match' instances")

    @slot("tp_dealloc")
    def dealloc(self):
        for name in ("w_pattern", "w_string"):
            w_value = getattr(self, name, None)
            if w_value is not None:
                setattr(self, name, None)
                decref(w_value)

    @slot("tp_traverse")
    def traverse(self, visit):
        for w_value in (self.w_string, self.w_pattern):
            if w_value is not None:
                visit(w_value)

    # --- groups ------------------------------------------------------------------------------

    def group_index(self, w_index):
        """match_getindex: a group number from an int or a group name."""
        from glass.objects.int import W_Int
        if w_index.ob_type.nb_index is not None:
            w_int = abstract.index(w_index)
            index = w_int.value
            decref(w_int)
        else:
            index = -1
            w_groupindex = self.w_pattern.w_groupindex
            if w_groupindex is not None:
                w_found = w_groupindex.getitem(w_index)
                if isinstance(w_found, W_Int):
                    index = w_found.value
        if index < 0 or index > self.w_pattern.groups:
            raise operation_error("IndexError", "no such group")
        return index

    def group_slice(self, index, w_default):
        """match_getslice_by_index: the group's text, or the default."""
        start, end = self.spans[index]
        if start < 0:
            return _newref(w_default)
        from glass.objects.bytes import W_Bytes, new_bytes
        if self.isbytes and self.w_string.ob_type is not W_Bytes.w_type:
            # getstring again: a mutable subject is sliced as it is now.
            data = _current_buffer(self.w_string)
            start, end = min(start, len(data)), min(end, len(data))
            return new_bytes(bytes(data[start:end]))
        return make_slice(self.isbytes, self.w_string, self.text, start, end)

    @method("($self, /, *args)", doc="""group([group1, ...]) -> str or tuple.
    Return subgroup(s) of the match by indices or names.
    For 0 returns the entire match.""")
    def group(self, args_w):
        from glass.objects.none import w_None
        from glass.objects.tuple import new_tuple_owned
        if not args_w:
            return self.group_slice(0, w_None)
        if len(args_w) == 1:
            return self.group_slice(self.group_index(args_w[0]), w_None)
        items_w = []
        try:
            for w_arg in args_w:
                items_w.append(self.group_slice(self.group_index(w_arg), w_None))
        except BaseException:
            for w_item in items_w:
                decref(w_item)
            raise
        return new_tuple_owned(items_w)

    @slot("mp_subscript")
    def getitem(self, w_key):
        from glass.objects.none import w_None
        return self.group_slice(self.group_index(w_key), w_None)

    @method("($self, /, default=None)")
    def groups(self, w_default):
        """Return a tuple containing all the subgroups of the match, from 1.

  default
    Is used for groups that did not participate in the match."""
        from glass.objects.none import w_None
        from glass.objects.tuple import new_tuple_owned
        w_default = w_default if w_default is not None else w_None
        return new_tuple_owned([self.group_slice(index, w_default)
                                for index in range(1, self.w_pattern.groups + 1)])

    @method("($self, /, default=None)")
    def groupdict(self, w_default):
        """Return a dictionary containing all the named subgroups of the match, keyed by the subgroup name.

  default
    Is used for groups that did not participate in the match."""
        from glass.objects.dict import W_Dict
        from glass.objects.none import w_None
        w_default = w_default if w_default is not None else w_None
        w_result = W_Dict()
        w_groupindex = self.w_pattern.w_groupindex
        if w_groupindex is None:
            return w_result
        try:
            for w_key, _w_value in w_groupindex.item_pairs():
                w_value = self.group_slice(self.group_index(w_key), w_default)
                try:
                    w_result.setitem(w_key, w_value)
                finally:
                    decref(w_value)
        except BaseException:
            decref(w_result)
            raise
        return w_result

    def _span_of(self, w_group):
        index = 0 if w_group is None else self.group_index(w_group)
        return self.spans[index]

    @method("($self, group=0, /)")
    def start(self, w_group):
        """Return index of the start of the substring matched by group."""
        return _new_int(self._span_of(w_group)[0])

    @method("($self, group=0, /)")
    def end(self, w_group):
        """Return index of the end of the substring matched by group."""
        return _new_int(self._span_of(w_group)[1])

    @method("($self, group=0, /)")
    def span(self, w_group):
        """For match object m, return the 2-tuple (m.start(group), m.end(group))."""
        start, end = self._span_of(w_group)
        from glass.objects.tuple import new_tuple_owned
        return new_tuple_owned([_new_int(start), _new_int(end)])

    @method("($self, /, template)")
    def expand(self, w_template):
        """Return the string obtained by doing backslash substitution on the string template, as done by the sub() method."""
        return _call_re("_expand", [self.w_pattern, self, w_template])

    @method("($self, /)")
    def __copy__(self):
        return _newref(self)

    @method("($self, memo, /)")
    def __deepcopy__(self, w_memo):
        return _newref(self)

    @method("($type, alias, /)", kind="classmethod")
    def __class_getitem__(w_type, w_alias):
        """See PEP 585"""
        from glass.objects.tuple import generic_alias
        return generic_alias(w_type, w_alias)

    @slot("tp_repr")
    def repr(self):
        from glass.objects.none import w_None
        from glass.objects.str import new_str
        w_group = self.group_slice(0, w_None)
        try:
            text = abstract.repr_text(w_group)[:50]
        finally:
            decref(w_group)
        start, end = self.spans[0]
        return new_str("<%s object; span=(%d, %d), match=%s>"
                       % (self.ob_type.name, start, end, text))

    # --- attributes ---------------------------------------------------------------------------

    @getter("string", doc="The string passed to match() or search().")
    def get_string(self):
        return _newref(self.w_string)

    @getter("re", doc="The regular expression object.")
    def get_re(self):
        return _newref(self.w_pattern)

    @getter("pos", doc="The index into the string at which the RE engine started looking for a match.")
    def get_pos(self):
        return _new_int(self.pos)

    @getter("endpos", doc="The index into the string beyond which the RE engine will not go.")
    def get_endpos(self):
        return _new_int(self.endpos)

    @getter("lastindex", doc="The integer index of the last matched capturing group.")
    def get_lastindex(self):
        if self.lastindex >= 0:
            return _new_int(self.lastindex)
        return _none()

    @getter("lastgroup", doc="The name of the last matched capturing group.")
    def get_lastgroup(self):
        w_indexgroup = self.w_pattern.w_indexgroup
        if w_indexgroup is not None and 0 <= self.lastindex < len(w_indexgroup.items):
            return _newref(w_indexgroup.items[self.lastindex])
        return _none()

    @getter("regs")
    def get_regs(self):
        from glass.objects.tuple import new_tuple_owned
        return new_tuple_owned([new_tuple_owned([_new_int(start), _new_int(end)])
                                for start, end in self.spans])


# --- Scanner ----------------------------------------------------------------------------------

@builtin_type("_sre.SRE_Scanner", flags=HAVE_GC)
class W_Scanner(W_Object):
    __slots__ = ("w_pattern", "subject", "exhausted")

    def __init__(self, w_pattern, subject):
        W_Object.__init__(self, W_Scanner.w_type)
        self.w_pattern = _newref(w_pattern)
        subject.w_string.ob_refcnt += 1       # the scanner's state owns the subject
        self.subject = subject
        self.exhausted = False
        # ... and its buffer (state->buffer), until the scanner goes away.
        from glass.objects.memoryobject import add_export
        add_export(subject.w_string, 1)

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        raise type_error("cannot create '_sre.SRE_Scanner' instances")

    @slot("tp_dealloc")
    def dealloc(self):
        subject, self.subject = self.subject, None
        if subject is not None:
            from glass.objects.memoryobject import add_export
            add_export(subject.w_string, -1)
            decref(subject.w_string)
        w_pattern, self.w_pattern = self.w_pattern, None
        if w_pattern is not None:
            decref(w_pattern)

    @slot("tp_traverse")
    def traverse(self, visit):
        if self.subject is not None:
            visit(self.subject.w_string)
        if self.w_pattern is not None:
            visit(self.w_pattern)

    def _scan(self, runner):
        """scanner_match / scanner_search: the next match, None once done."""
        if self.exhausted:
            return _none()
        state = self.subject.state
        state.reset()
        state.ptr = state.start
        found = _run(runner, state, self.w_pattern.prog)
        w_match = new_match(self.w_pattern, self.subject, found)
        if not found:
            self.exhausted = True
        else:
            state.must_advance = state.ptr == state.start
            state.start = state.ptr
        return w_match

    @method("($self, /)")
    def match(self):
        return self._scan(engine.match)

    @method("($self, /)")
    def search(self):
        return self._scan(engine.search)

    @getter("pattern", member=True)
    def get_pattern(self):
        return _newref(self.w_pattern)
